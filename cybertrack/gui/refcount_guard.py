"""A guard against a reference-counting bug in PySide6 6.12 under Python 3.11.

Measured here (PySide6-Essentials 6.12.0, Python 3.11.7): every Python-emitted signal, every
`QModelIndex.data()` that returns no value, and many slot calls release one reference to None,
True or False that they never took. From Python 3.12 those objects are immortal and nothing
happens; on 3.11 their counts fall with each action until the interpreter aborts
("Fatal Python error: none_dealloc"), after some thousands of actions: a delegate's evening.

pyproject.toml excludes 6.12.0, so a normal install never meets the bug. Should that version be
installed anyway, the guard gives these singletons a count so high that no session can exhaust
it, which is what Python 3.12 does for them anyway. It writes the count field in place (the
first field of every CPython object), only under PySide6 6.12.0 on CPython older than 3.12.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 40  # ~10^12 releases; a count that never nears zero (or overflows)
_SINGLETONS = (None, True, False, Ellipsis, NotImplemented, ())


AFFECTED = ("6.12.0",)


def protect_singletons(pyside_version: str | None = None) -> bool:
    """Raise the counts of None, True, False and co.; True if anything was changed."""
    if pyside_version is None:
        from PySide6 import __version__ as pyside_version
    if pyside_version not in AFFECTED:
        return False
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in _SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    return True
