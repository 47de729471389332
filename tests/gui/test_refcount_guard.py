"""PySide6 6.12.0 over-releases None/True/False on Python 3.11: it is excluded in pyproject, and
the guard keeps sessions alive should it be installed anyway."""

import sys

from PySide6.QtCore import QObject, Signal

import cybertrack.gui  # noqa: F401  (installs the guard)
from cybertrack.gui.refcount_guard import protect_singletons


class _Emitter(QObject):
    fired = Signal(str)


def test_the_guard_acts_only_for_the_affected_version():
    before = sys.getrefcount(None)
    assert protect_singletons("6.11.3") is False
    assert sys.getrefcount(None) < before + 1000  # nothing written
    if sys.version_info < (3, 12):
        assert protect_singletons("6.12.0") is True
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(False) > 1 << 39


def test_a_long_session_of_signals_does_not_abort(qapp):
    emitter = _Emitter()
    seen = []
    emitter.fired.connect(lambda text: seen.append(text) and None)
    for _ in range(100_000):  # more than None's natural count at this point on 3.11
        emitter.fired.emit("x")
    assert len(seen) == 100_000
