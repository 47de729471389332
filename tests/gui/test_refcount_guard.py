"""PySide6 6.12 over-releases None/True/False on Python 3.11; the guard keeps sessions alive."""

import sys

from PySide6.QtCore import QObject, Signal

import cybertrack.gui  # noqa: F401  (installs the guard)
from cybertrack.gui.refcount_guard import protect_singletons


class _Emitter(QObject):
    fired = Signal(str)


def test_singletons_have_headroom_on_python_before_3_12():
    protect_singletons()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(False) > 1 << 39


def test_a_long_session_of_signals_does_not_abort(qapp):
    emitter = _Emitter()
    seen = []
    emitter.fired.connect(lambda text: seen.append(text) and None)
    for _ in range(100_000):  # more than None's natural count at this point on 3.11
        emitter.fired.emit("x")
    assert len(seen) == 100_000
