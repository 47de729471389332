"""bench/run_all.py finds every benchmark (including ones added later), judges every figure
they print, and cannot call a miss "ok"."""

from bench._verdict import Verdicts, parse
from bench.run_all import EXPECTED, Outcome, discover, main, write_report

MET = (
    "RESULT search median, 1,000 items = 9.0 ms | baseline QSFPM 20.0 ms "
    "| target at most 16 ms | met"
)
MISSED = (
    "RESULT stance commit, 1,000,000 items = 7.2 ms | baseline bare sqlite3 4.0 ms "
    "| target at most 5 ms | missed"
)


def test_discovers_benchmarks_but_not_helpers():
    found = discover()
    assert {"crash", "fuzz", "scale", "startup", "gui", "compare"} <= set(found)
    assert not {"_docgen", "_mutate", "_verdict", "run_all", "make_workspace", "__init__"} & set(
        found
    )


def test_every_figure_is_a_row_with_its_baseline_target_and_verdict():
    outcomes = [
        Outcome("gui", 10.0, 1, f"gui: chatter\n{MET}\n{MISSED}"),
        Outcome("crash", 12.0, 0, "crash: losses 0"),  # judges nothing line by line
        Outcome("fuzz", 3.0, 1, "boom"),  # failed without a RESULT line
    ]
    report = write_report(outcomes, [], ["- CPU: test"])
    assert (
        "| `gui` | search median, 1,000 items | 9.0 ms | QSFPM 20.0 ms | at most 16 ms | met |"
        in (report)
    )
    assert "| 7.2 ms | bare sqlite3 4.0 ms | at most 5 ms | **missed** |" in report
    assert "| `crash` | the script's own verdict | exit 0 |" in report
    fuzz_row = next(line for line in report.splitlines() if line.startswith("| `fuzz`"))
    assert "exit 1" in fuzz_row and fuzz_row.endswith("**missed** |")
    assert "3 of 4 figures" not in report and "2 of 4 figures met their target; missed: 2" in report
    not_run = set(EXPECTED) - {"gui", "crash", "fuzz"}
    assert all(f"`{name}`" in report for name in not_run)  # listed as not run this time
    assert "- CPU: test" in report and "python bench/run_all.py" in report


def test_a_script_that_fails_after_meeting_every_figure_is_still_a_miss():
    report = write_report([Outcome("scale", 1.0, 2, MET)], [], [])
    assert "| `scale` | the script's exit | exit 2 |" in report


def test_the_scaling_table_joins_the_benchmarks_columns_by_size():
    outcomes = [
        Outcome("startup", 1.0, 0, 'SCALING {"items": 1000, "startup ratio": 1.4}'),
        Outcome("gui", 1.0, 0, 'SCALING {"items": 1000, "search median ms": 9.5}'),
        Outcome("scale", 1.0, 0, 'SCALING {"items": 1000000, "stance ms": 4.25}'),
    ]
    report = write_report(outcomes, [], [])
    assert "## Scaling" in report
    assert "| 1,000 | 1.40x | 9.5 ms | – |" in report
    assert "| 1,000,000 | – | – | – | 4.25 ms |" in report


def test_verdicts_print_parseable_lines_and_fail_on_a_miss(capsys):
    verdicts = Verdicts()
    verdicts.check("a figure", "3 ms", "baseline 4 ms", "at most 5 ms", True)
    assert verdicts.exit_code() == 0
    verdicts.check("another", "7 ms", "baseline 4 ms", "at most 5 ms", False)
    assert verdicts.exit_code() == 1
    (first, second) = parse(capsys.readouterr().out)
    assert first.met and not second.met and second.figure == "7 ms"


def test_run_all_exits_non_zero_on_a_miss(tmp_path, monkeypatch):
    import bench.run_all as run_all

    monkeypatch.setattr(run_all, "RESULTS", tmp_path / "results.json")
    monkeypatch.setattr(run_all, "SIZES", ())  # no workspace to build
    monkeypatch.setattr(run_all, "discover", lambda: ["gui"])
    monkeypatch.setattr(
        run_all, "run", lambda name, timeout, arguments=None: Outcome(name, 1.0, 1, MISSED)
    )
    out = tmp_path / "BENCHMARKS.md"
    assert main(["gui", "--keep-workspaces", "--out", str(out)]) == 1
    assert "**missed**" in out.read_text()
    monkeypatch.setattr(
        run_all, "run", lambda name, timeout, arguments=None: Outcome(name, 1.0, 0, MET)
    )
    (tmp_path / "results.json").unlink()
    assert main(["gui", "--keep-workspaces", "--out", str(out)]) == 0
