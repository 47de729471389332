"""The start-up probe the bundle's smoke test times: the app shows its window, then quits."""

import os
import subprocess
import sys


def test_app_shows_then_quits_with_the_sample(tmp_path):
    db = tmp_path / "probe.cybertrack"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CYBERTRACK_EXIT_WHEN_SHOWN": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "cybertrack", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "cybertrack", "--db", str(db), "documents", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert '"item_count": 39' in listed.stdout
