"""The desktop app starts for real in its own process, shows the sample meeting, and quits."""

import os
import subprocess
import sys

from tests.conftest import ROOT

CODE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cybertrack.gui.app import run

app = QApplication(sys.argv[:1])
def check():
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "" and w.isVisible()
                  and hasattr(w, "workspace"))
    print("rows", window.proxy.rowCount(), "title", window.windowTitle())
    app.quit()
QTimer.singleShot(500, check)
sys.exit(run(Path(sys.argv[1])))
"""


def test_app_starts_with_the_sample_meeting_and_quits(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    db = tmp_path / "first.cybertrack"
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "rows 39 title CyberTrack — " in result.stdout
    assert "Traceback" not in result.stderr
    assert db.is_file()
    assert (tmp_path / "config" / "CyberTrack" / "CyberTrack.conf").is_file()  # remembered
