"""Refresh resources/translations/*.ts from the GUI's source (keeps existing translations).

Run after changing user-visible strings: python packaging/update_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "es", "ar", "ru", "zh_CN")


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    sources = sorted(str(p) for p in (ROOT / "cybertrack" / "gui").rglob("*.py"))
    targets = [
        str(ROOT / "resources" / "translations" / f"cybertrack_{lang}.ts") for lang in LANGUAGES
    ]
    return subprocess.call([lupdate, "-no-obsolete", *sources, "-ts", *targets])


if __name__ == "__main__":
    raise SystemExit(main())
