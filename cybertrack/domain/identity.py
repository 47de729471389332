"""Paragraph identity across copies: the same paragraph has the same key in every workspace.

Local row ids differ from one workspace to another (documents imported in another order get
other ids), so positions travel between colleagues keyed by what the paragraph *is*: the
fingerprint of its document's normalised text, its number, and a hash of its own normalised
text. Normalising removes what differs between the forms a document arrives in (.txt, .docx,
.pdf) without changing its words: Unicode forms, case, spacing, punctuation, line-break
hyphens and footnote markers ("P-3" and "P3", "inter- national", "female.[fn2]").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

# Footnote markers as the text importers keep them ("[fn2]"), and superscript digits as PDFs
# and Word give them; both are references, not words of the paragraph.
_FOOTNOTE = re.compile(r"\[fn\d+\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")


# ASCII's characters other than letters and digits, deleted at C speed from ASCII texts.
_ASCII_NOT_WORD = bytes(c for c in range(128) if not chr(c).isalnum())


def normalise(text: str) -> str:
    """The paragraph's letters and digits only, case-folded (the key's input)."""
    if "[" in text or not text.isascii():
        text = _FOOTNOTE.sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_NOT_WORD).decode("ascii")
    return _NOT_WORD.sub("", "".join(text.split()))  # the spaces first: most of the matches


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def text_key(text: str) -> str:
    """A hash of the paragraph's normalised text (20 hex digits)."""
    return _digest(normalise(text))


def document_fingerprint(items: Iterable[tuple[str, str]]) -> str:
    """The fingerprint of a document's normalised text: its items' numbers and texts, in order."""
    return fingerprint_and_keys(items)[0]


def fingerprint_and_keys(items: Iterable[tuple[str, str]]) -> tuple[str, list[str]]:
    """The document's fingerprint and each item's text key, every text normalised once."""
    pairs = [(number, normalise(text)) for number, text in items]
    joined = "\n".join(f"{number}\t{normal}" for number, normal in pairs)
    return _digest(joined), [_digest(normal) for _number, normal in pairs]


class ParagraphKey(NamedTuple):
    """What a paragraph is, in any workspace: its document's fingerprint, number and text key.

    A named tuple, not a dataclass: packs hold tens of thousands, hashed and compared often.
    """

    document: str
    number: str
    text: str

    def short(self) -> str:
        return f"{self.document[:8]}/{self.number}/{self.text[:8]}"
