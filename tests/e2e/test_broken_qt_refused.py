"""A PySide6 release known to crash on this Python is refused at start, in one line, before any
work is done (it replaces the old in-process guard that patched Python's reference counts)."""

import subprocess
import sys

from cybertrack.gui.system_libraries import refused_qt
from tests.conftest import ROOT

# The interpreter as PySide6 6.12.0 on Python 3.11 would look to the app.
AS_BROKEN = """
import sys
import PySide6
PySide6.__version__ = "6.12.0"
sys.version_info = (3, 11, 7, "final", 0)
from cybertrack.entry import main
raise SystemExit(main(["--db", sys.argv[1]]))
"""


def test_the_broken_release_is_refused_only_where_it_breaks():
    assert refused_qt("6.12.0", (3, 11)) is not None
    assert refused_qt("6.12.0", (3, 12)) is None  # None is immortal there: nothing to lose
    assert refused_qt("6.11.3", (3, 11)) is None
    assert refused_qt("6.12.1", (3, 11)) is None


def test_the_app_says_so_in_one_line_and_touches_nothing(tmp_path):
    workspace = tmp_path / "w.cybertrack"
    done = subprocess.run(
        [sys.executable, "-c", AS_BROKEN, str(workspace)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: PySide6 6.12.0"), done.stderr
    assert "PySide6-Essentials!=6.12.0" in lines[0]
    assert not workspace.exists()  # refused before the workspace was opened or created
