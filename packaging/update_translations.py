"""Refresh resources/translations/*.ts from the GUI's source (keeps existing translations).

Run after changing user-visible strings: python packaging/update_translations.py

The GUI's own strings are found by lupdate in cybertrack/gui. The messages that come from below
the GUI (cybertrack.domain.messages.Code) are handed to lupdate as a generated file of
QT_TRANSLATE_NOOP("Message", ...) calls, one per code, so they land in the context "Message".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "es", "ar", "ru", "zh_CN")
CATALOGUE = ROOT / "build" / "translation-sources" / "messages.py"


def write_message_catalogue() -> Path:
    sys.path.insert(0, str(ROOT))
    from cybertrack.domain.messages import Code

    lines = [f"QT_TRANSLATE_NOOP({'Message'!r}, {code.english!r})  # {code.key}" for code in Code]
    CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    CATALOGUE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return CATALOGUE


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    sources = sorted(str(p) for p in (ROOT / "cybertrack" / "gui").rglob("*.py"))
    sources.append(str(write_message_catalogue()))
    targets = [
        str(ROOT / "resources" / "translations" / f"cybertrack_{lang}.ts") for lang in LANGUAGES
    ]
    # No source locations: line numbers change with every edit and would only make merges clash.
    return subprocess.call(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", *targets]
    )


if __name__ == "__main__":
    raise SystemExit(main())
