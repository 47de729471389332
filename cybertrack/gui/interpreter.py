"""The interpreter tuned for a window that answers within a frame while worker threads (an
import's read and write, large undos, the carry plan) run Python beside it.

Measured with bench/desk_import.py (100,000-item workspace): at Python's defaults a worker made
each turn of the event loop wait up to 5 ms per call into Python (the switch interval), and the
cyclic garbage collector's full passes, in whichever thread they fell, held the interpreter for
up to 240 ms (12 of them in one run, 2.6 s in all) while the window waited.
"""

from __future__ import annotations

import gc
import sys

# The window's thread waits at most this long for a worker to hand over the interpreter, at
# each call into Python (a paint calls hundreds): at 1 ms, reading a 5,000-paragraph file on a
# worker still held the window for 350 ms; at 0.2 ms, 165 ms, and the reading took no longer.
SWITCH_SECONDS = 0.0002
# Full collections after this many young-generation ones (Python's default: 10).
FULL_AFTER = 1000

_settled = False


def tune_for_the_window() -> None:
    """Once, when the first window has been built: what exists by then (modules, classes, the
    window) is set aside from every later collection, and full collections come rarely (their
    work is over everything alive; reference counting frees the rest as it goes)."""
    global _settled
    sys.setswitchinterval(SWITCH_SECONDS)
    if _settled:
        return
    _settled = True
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)
    gc.freeze()
