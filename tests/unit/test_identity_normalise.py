"""The ASCII shortcut of identity.normalise gives what the general path gives."""

from __future__ import annotations

import re
import string
import unicodedata

from cybertrack.domain import identity


def _general(text: str) -> str:
    text = identity._FOOTNOTE.sub("", text)
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def test_ascii_paragraphs_are_keyed_as_by_the_general_path():
    samples = [
        "Recalls its resolution 74/247 of 27 December 2019,[fn2] and P-3 inter- national.",
        "snake_case, TABS\tand\nnewlines; [FN12] [fn] [x] brackets (a) 1.2.3",
        string.printable,
        "",
    ]
    for text in samples:
        assert identity.normalise(text) == _general(text), text
    assert identity.normalise("female.[fn2]") == "female"
    assert identity.normalise("P-3") == identity.normalise("P3") == "p3"


def test_other_scripts_take_the_general_path():
    for text in ("Réaffirme ¹ l'article", "Статья 5_а", "المادة ٣", "第三条。"):
        assert identity.normalise(text) == _general(text)
