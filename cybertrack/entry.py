"""The `cybertrack` entry point: the desktop app, or one of the headless commands.

It is the one module above both front ends, so that the CLI itself never loads Qt, and the
desktop app never loads the CLI: a plain start (`cybertrack`, `cybertrack gui`, with or
without `--db PATH`) goes straight to the window; anything else is the command line's to read
(its parser pulls in the comparison and export code the first window does not need).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def desktop_start(argv: Sequence[str]) -> tuple[bool, str | None] | None:
    """(True, the --db value or None) when `argv` only asks for the desktop app; else None."""
    db: str | None = None
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == "--db" and words:
            db = words.pop(0)
        elif word.startswith("--db=") and len(word) > len("--db="):
            db = word[len("--db=") :]
        elif word != "gui":
            return None
    return True, db


def run_desktop(db: str | None) -> int:
    from cybertrack.services.paths import default_workspace_path, named_by_user

    try:
        from cybertrack.gui.app import run  # Qt is loaded only for the desktop app
    except ImportError as exc:  # most often a Qt system library missing: say which, in one line
        from cybertrack.gui.system_libraries import import_failure

        message = import_failure(exc)
        if message is None:
            raise
        print(f"error: {message}", file=sys.stderr)
        return 1
    explicit = named_by_user(db)  # else the last one used reopens
    return run(default_workspace_path(Path(db) if db else None), explicit=explicit)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A bundled app started as a worker process (the desk's version detection) runs the
        # worker's job here and exits.
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = list(sys.argv[1:] if argv is None else argv)
    desktop = desktop_start(arguments)
    if desktop is not None:
        return run_desktop(desktop[1])
    from cybertrack.cli.main import build_parser, run_command

    args = build_parser().parse_args(arguments)
    if args.command in (None, "gui"):  # e.g. `--db PATH gui` spelled another way
        return run_desktop(args.db)
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
