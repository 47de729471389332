"""Small text helpers every importer and exporter shares."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter


def normalise_space(text: str) -> str:
    """Fold runs of white space (including no-break, ideographic and zero-width spaces, line
    and paragraph separators) to one space."""
    text = unicodedata.normalize("NFC", text)
    if "\u200b" in text:
        text = text.replace("\u200b", " ")  # the one space str.split does not know
    # str.split is some ten times faster than a regular expression that rewrites every space.
    return " ".join(text.split())


# Formatting characters no reader sees: the soft hyphen (a place a word may be hyphenated), the
# word joiner, and the zero-width no-break space (a byte-order mark pasted mid-text). Kept, they
# cut a word in two for a search, and two versions of a paragraph differ where nothing changed.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """`text` without soft hyphens, word joiners and zero-width no-break spaces."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


# Latin ligatures typeset as one glyph (a PDF from LaTeX or a layout program maps them so): a
# word must read as typed ("ﬁnancial" is found by neither a search for "financial" nor the
# precedent index, and exports with a glyph the paper's font may lack).
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl"}
_LIGATURES |= {0xFB05: "st", 0xFB06: "st"}


def shortened(text: str, longest: int) -> str:
    """`text` cut to at most `longest` characters, an ellipsis where it was cut."""
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"


def unligatured(text: str) -> str:
    """`text` with its typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) written as their letters."""
    return text.translate(_LIGATURES)


def same_words(a: str, b: str) -> bool:
    """The same text but for white space (an amendment left as the original it started from)."""
    return normalise_space(a) == normalise_space(b)


def is_right_to_left(text: str) -> bool:
    """True when most strongly directional letters are right-to-left (Arabic, Hebrew...).

    The majority, not the first letter, decides: an Arabic paragraph may open with "UNODC".
    """
    return strong_direction(text) == "rtl"


# Line breaks as Word, Excel and other platforms write them: a Word soft line break (Shift+Enter
# pastes U+000B), a page break (U+000C), CR LF, CR, NEL and the Unicode line/paragraph separators.
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# What is left that no document can hold: other C0/C1 controls (XML 1.0 forbids most), lone
# surrogates and the non-characters U+FFFE/U+FFFF. Tab and line feed are text.
_UNWRITABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """`text` as a document can hold it: every kind of line break becomes "\\n", other control
    characters are removed. Letters, bidi marks and astral characters are kept as they are.

    Applied where text enters (commands, the stance sheet) and again by every exporter, so a
    string stored by an older version still writes."""
    return _UNWRITABLE.sub("", _LINE_BREAK.sub("\n", text))


def strong_direction(text: str) -> str | None:
    """'rtl' or 'ltr' by the majority of strongly directional letters; None when there are none
    (digits, punctuation, a label like "(12)")."""
    if text.isascii():  # most texts: no need to look each character up
        return "ltr" if _LATIN_LETTER.search(text) else None
    counts = Counter(map(unicodedata.bidirectional, text))
    rtl, ltr = counts["R"] + counts["AL"], counts["L"]
    if rtl == ltr == 0:
        return None
    return "rtl" if rtl > ltr else "ltr"


_LATIN_LETTER = re.compile("[A-Za-z]")
