"""Writing an exported file whole or not at all."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path


def save_whole(save: Callable[[str], None], out: Path) -> None:
    """Call `save(path)` on a temporary file beside `out`, then put it in place in one step:
    a failed export never leaves a half-written file, nor spoils the one already there."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    try:
        save(str(partial))
        os.replace(partial, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
