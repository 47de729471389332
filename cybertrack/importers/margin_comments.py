"""A file's comments: the notes reviewers put in the margin ("We propose to delete this").

They are no part of the text and are not imported; a draft passed between delegations often
carries them, so the import says how many there are and quotes the first, never dropping them
without a word. Word keeps them in a part of their own, an .odt as `office:annotation`.
"""

from __future__ import annotations

from collections.abc import Iterable

from cybertrack.domain.messages import Code, Message
from cybertrack.domain.text import shortened
from cybertrack.importers.docx_formatting import EXCERPT


def margin_comments(texts: Iterable[str], kind: str) -> Message | None:
    """A warning naming the comments whose `texts` are given, if there are any."""
    # The UN's document system leaves its own on every file ("<<ODS JOB NO>>N2600369E<<ODS JOB
    # NO>><<ODS DOC SYMBOL1>>A/80/590 ..."): the file's records, not a reader's note.
    said = [text for text in texts if "<<ODS " not in text]
    if not said:
        return None
    first = next((" ".join(text.split()) for text in said if text.strip()), "")
    return Message(Code.COMMENTS, n=len(said), kind=kind, excerpt=shortened(first, EXCERPT))
