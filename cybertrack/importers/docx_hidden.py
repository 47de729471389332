"""Text Word hides: runs formatted as hidden (`w:vanish`), directly or by their character or
paragraph style.

Word neither shows nor prints hidden text unless asked to, so a drafter's hidden note ("capital
opposes this") is no part of the paragraph; read as text, it went into the items and from there
into papers meant to be shared. The import leaves hidden runs out, and says how much it left
out and where the first one was, so nothing disappears without a word.
"""

from __future__ import annotations

from typing import Any

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.text import shortened
from cybertrack.importers.docx_formatting import EXCERPT, is_on, run_of, run_text
from cybertrack.importers.docx_numbering import W

_R, _RPR = W + "r", W + "rPr"
_VANISH, _VAL, _STYLE, _BASED_ON = W + "vanish", W + "val", W + "style", W + "basedOn"
_RSTYLE, _PSTYLE = W + "rStyle", W + "pStyle"


def remove_hidden_text(body: Any, styles: Any | None) -> Message | None:
    """Take the hidden runs out of the body's tree; a warning when there were any."""
    runs = _hidden_runs(body, _style_visibility(styles))
    texts = [run_text(run) for run in runs]
    chars = sum(len(text) for text in texts)
    for run in runs:
        run.getparent().remove(run)
    if not chars:
        return None
    first = " ".join(next(text for text in texts if text.strip()).split())
    return Message(Code.DOCX_HIDDEN_TEXT, chars=chars, excerpt=shortened(first, EXCERPT))


def _hidden_runs(body: Any, visibility: dict[str, bool]) -> list[Any]:
    """The hidden runs: a run's own formatting decides first, then its character style, then
    its paragraph's style. Only the elements that say anything are visited (in C)."""
    hidden: dict[Any, bool] = {}
    for vanish in body.iter(_VANISH):
        if (run := run_of(vanish)) is not None:
            hidden[run] = is_on(vanish)
    if visibility:
        for style in body.iter(_RSTYLE):
            run = style.getparent().getparent()
            if run is not None and run.tag == _R and style.get(_VAL) in visibility:
                hidden.setdefault(run, visibility[style.get(_VAL)])
        for style in body.iter(_PSTYLE):
            paragraph = style.getparent().getparent()
            if paragraph is not None and visibility.get(style.get(_VAL)):
                for run in paragraph.iter(_R):
                    hidden.setdefault(run, True)
    return [run for run, is_hidden in hidden.items() if is_hidden]


def _style_visibility(styles: Any | None) -> dict[str, bool]:
    """The styles that say whether their text is hidden (True) or shown (False), through the
    styles they are based on; a style that says nothing is not listed."""
    if styles is None or next(styles.iter(_VANISH), None) is None:
        return {}  # most documents: no style hides anything (one walk, in C)
    by_id = {style.get(W + "styleId", ""): style for style in styles.iterchildren(_STYLE)}
    found: dict[str, bool | None] = {}

    def says(style_id: str, seen: frozenset[str] = frozenset()) -> bool | None:
        if style_id in found:
            return found[style_id]
        style = by_id.get(style_id)
        if style is None or style_id in seen:
            return None
        properties = next(style.iterchildren(_RPR), None)
        own = next(properties.iterchildren(_VANISH), None) if properties is not None else None
        based = next(style.iterchildren(_BASED_ON), None)
        if own is not None:
            result: bool | None = is_on(own)
        else:
            result = says(based.get(_VAL, ""), seen | {style_id}) if based is not None else None
        found[style_id] = result
        return result

    return {style_id: verdict for style_id in by_id if (verdict := says(style_id)) is not None}
