"""Run formatting as Word toggles it (w:vanish, w:strike, w:dstrike): a toggle is on unless its
w:val says off, and it formats a run only in that run's own properties (not in a paragraph
mark's, nor in the old properties a tracked formatting change keeps)."""

from __future__ import annotations

from typing import Any

from cybertrack.importers.docx_numbering import W

_R, _RPR, _T, _DEL_TEXT, _VAL = W + "r", W + "rPr", W + "t", W + "delText", W + "val"
_OFF = ("0", "false", "off")
# The first words of what a warning names ("the first 'Note to self: ...'").
EXCERPT = 60


def is_on(toggle: Any) -> bool:
    return (toggle.get(_VAL) or "true").lower() not in _OFF


def run_of(toggle: Any) -> Any | None:
    """The run whose own properties hold `toggle`, else None."""
    properties = toggle.getparent()
    run = properties.getparent() if properties is not None else None
    return run if properties.tag == _RPR and run is not None and run.tag == _R else None


def run_text(run: Any, *, deleted: bool = True) -> str:
    """The run's text, with what a tracked change deleted from it unless `deleted` is False."""
    return "".join(t.text or "" for t in run.iter(*((_T, _DEL_TEXT) if deleted else (_T,))))
