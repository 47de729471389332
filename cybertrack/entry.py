"""The `cybertrack` entry point: the desktop app, or one of the headless commands.

It is the one module above both front ends, so that the CLI itself never loads Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence

from cybertrack.cli.main import build_parser, run_command
from cybertrack.services import default_workspace_path
from cybertrack.services.paths import ENV_VAR


def main(argv: Sequence[str] | None = None) -> int:
    # A bundled app started as a worker process (the desk's version detection) runs the
    # worker's job here and exits; a no-op otherwise.
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        try:
            from cybertrack.gui.app import run  # Qt is loaded only for the desktop app
        except ImportError as exc:  # most often a Qt system library missing: say which, in one line
            from cybertrack.gui.system_libraries import import_failure

            message = import_failure(exc)
            if message is None:
                raise
            print(f"error: {message}", file=sys.stderr)
            return 1
        explicit = bool(args.db or os.environ.get(ENV_VAR))  # else the last one used reopens
        return run(default_workspace_path(args.db), explicit=explicit)
    return run_command(args)


if __name__ == "__main__":
    raise SystemExit(main())
