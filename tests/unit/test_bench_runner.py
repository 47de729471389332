"""bench/run_all.py finds every benchmark (including ones added later) and reports them all."""

from bench.run_all import EXPECTED, Outcome, discover, write_report


def test_discovers_benchmarks_but_not_helpers():
    found = discover()
    assert {"crash", "fuzz", "scale", "startup"} <= set(found)
    assert not {"_docgen", "_mutate", "run_all", "make_workspace", "__init__"} & set(found)


def test_report_lists_every_expected_benchmark_with_its_output():
    outcomes = [Outcome("crash", 12.0, 0, "crash: losses 0"), Outcome("fuzz", 3.0, 1, "boom")]
    report = write_report(outcomes, None, ["- CPU: test"])
    for name in EXPECTED:
        assert f"| `{name}` |" in report
    assert "crash: losses 0" in report and "FAILED (1)" in report
    assert "- CPU: test" in report and "python bench/run_all.py" in report
