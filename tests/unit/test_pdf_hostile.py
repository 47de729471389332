"""Hostile PDFs: a compression bomb is refused in one sentence before PDFium inflates it, and
the import's memory stays bounded (measured in a child process, as the user's machine sees it)."""

import subprocess
import sys
import textwrap

import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.importers import parse_bytes
from cybertrack.importers.pdf_guard import MAX_INFLATED, check_pdf
from tests.conftest import DATA
from tests.unit.pdf_fixtures import bomb_pdf

_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from tests.unit.pdf_fixtures import bomb_pdf
    from cybertrack.domain.errors import ImportFailed
    from cybertrack.domain.messages import english
    from cybertrack.importers import parse_bytes
    data = bomb_pdf({mb}, layers={layers})
    try:
        parse_bytes(data, "bomb.pdf")
        print("IMPORTED")
    except ImportFailed as exc:
        print(english(exc.message))
    print(len(data))
    # VmHWM: this process image's peak (ru_maxrss would carry the forking test runner's peak
    # across exec, and grow with the suite).
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    print(status.split()[0])
    """
)


@pytest.mark.parametrize("layers", [1, 2])
def test_a_2mb_compression_bomb_is_refused_in_one_line_with_bounded_memory(layers: int) -> None:
    root = str(DATA.parent.parent)
    script = _CHILD.format(root=root, mb=2048, layers=layers)
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=root
    )
    assert run.returncode == 0, run.stderr
    message, size, peak_kb = run.stdout.strip().splitlines()
    assert "bomb.pdf is refused" in message and "compression bomb" in message
    assert "\n" not in message
    assert int(size) <= 2_300_000  # the file is about 2 MB
    assert int(peak_kb) < 500 * 1024  # kB


def test_a_stream_just_under_the_limit_is_not_refused() -> None:
    # 64 MB of inflated content is a lot for a page but no bomb: PDFium is left to read it.
    check_pdf(bomb_pdf(64), "big.pdf")


def test_the_limit_counts_every_stream_of_the_file() -> None:
    with pytest.raises(ImportFailed, match="compression bomb"):
        check_pdf(bomb_pdf(MAX_INFLATED // 2**20 + 1), "bomb.pdf")


@pytest.mark.parametrize(
    "name", ["A_81_6_Sect.16.pdf", "A_RES_79_243.pdf", "synthetic-jobnumber.pdf"]
)
def test_real_pdfs_pass_the_guard(name: str) -> None:
    check_pdf((DATA / name).read_bytes(), name)


def test_a_damaged_deflate_stream_is_left_to_pdfium() -> None:
    data = bomb_pdf(4)
    start = data.index(b"stream\n") + 7
    broken = data[:start] + b"\x00garbage" + data[start + 8 :]
    check_pdf(broken, "broken.pdf")  # not a bomb: PDFium decides what it can read
    with pytest.raises(ImportFailed):
        parse_bytes(broken, "broken.pdf")  # no text in it: refused in one sentence
