"""The library of precedent: which texts are agreed language, and how a paragraph is cited.

A document is imported either as a text under negotiation or as a reference (the library:
resolutions, reports, treaties, earlier outcome documents). Both are searched for precedent;
only an adopted text of the library counts as agreed language. Whether a text is adopted is
read from what the document says of itself: a resolution or decision symbol (A/RES/74/247,
E/2019/DEC/...) or kind, a treaty, is adopted; a limited-distribution text, an L. or CRP.
symbol or a draft is not, wherever it is kept; anything else the delegation put in its library
is taken as adopted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cybertrack.domain.precedent import SharedPhrase, merge_spans

_DRAFT_SYMBOL = re.compile(r"/(?:L|CRP|WP|INF)\.\d", re.IGNORECASE)
_ADOPTED_SYMBOL = re.compile(r"(?:^|/)(?:RES|DEC)/", re.IGNORECASE)
_ADOPTED_KINDS = ("resolution", "decision", "treaty", "convention", "declaration", "protocol")
_DRAFT = r"(?:draft\s+|projet\s+de\s+|proyecto\s+de\s+|проект\s+)?"  # the ILC's drafts
# The places a citation names by the label's word, in the order they are tried; the number is
# the rest of the label ("Rule 91", "Draft conclusion 3", "Статья 5", "المادة 5").
_NAMED_PLACES = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("article", r"^(?:article|art\.?|artículo|artigo|статья|المادة)\s*(?P<n>\S+)"),
        ("rule", r"^(?:rule|règle|regla|правило|القاعدة)\s+(?P<n>\S+)"),
        ("regulation", r"^(?:regulation|cláusula|положение)\s+(?P<n>\S+)"),
        ("action", r"^(?:action|mesure|medida)\s+(?P<n>\d+)"),
        ("target", r"^(?:target|cible|meta)\s+(?P<n>\d+)"),
        ("conclusion", r"^" + _DRAFT + r"(?:conclusion|conclusión|вывода?)\s+(?P<n>\d\S*)"),
        (
            "guideline",
            r"^" + _DRAFT + r"(?:guideline|directive|directriz|руководящ\w+\s+положени\w+)"
            r"\s+(?P<n>\d\S*)",
        ),
        ("principle", r"^" + _DRAFT + r"(?:principle|principe|principio|принципа?)\s+(?P<n>\d\S*)"),
    )
)
_CJK_ARTICLE = re.compile(r"^第\s*\S+\s*条$")  # "第五条": its number is the item's
_PREAMBULAR = re.compile(r"^PP\s*(?P<n>\d+)$", re.IGNORECASE)


def is_adopted(
    *, symbol: str | None, kind: str | None, distribution: str | None, library: bool
) -> bool:
    """Whether a document is an adopted text (see the module's note)."""
    kind_text = (kind or "").lower()
    if symbol and _DRAFT_SYMBOL.search(symbol):
        return False
    if (distribution or "").lower() == "limited" or "draft" in kind_text:
        return False
    if symbol and _ADOPTED_SYMBOL.search(symbol):
        return True
    if any(word in kind_text for word in _ADOPTED_KINDS):
        return True
    return library


@dataclass(frozen=True)
class ParagraphPlace:
    """Where a paragraph sits, as a citation names it: ('para', '2'), ('article', '5'),
    ('preambular', '3')."""

    kind: str
    number: str


def paragraph_place(label: str, number: str) -> ParagraphPlace:
    """'2.' -> para. 2; 'PP3' -> preambular para. 3; 'Article 5' (Статья 5, المادة 5, 第五条) ->
    art. 5; 'Rule 91' -> rule 91; '(12)' -> para. 12."""
    text = label.strip()
    for kind, pattern in _NAMED_PLACES:
        if match := pattern.match(text):
            return ParagraphPlace(kind, match["n"].rstrip("."))
    if _CJK_ARTICLE.match(text):
        return ParagraphPlace("article", number.strip())
    if match := _PREAMBULAR.match(number.strip()) or _PREAMBULAR.match(text):
        return ParagraphPlace("preambular", match["n"])
    return ParagraphPlace("para", number.strip().strip("()").rstrip(".") or text)


@dataclass(frozen=True)
class CitedParagraph:
    """A paragraph of the library (or of any document) cited as agreed language."""

    item_id: int
    document_id: int
    symbol: str | None
    title: str
    number: str
    label: str
    text: str
    adopted: bool
    library: bool

    @property
    def source(self) -> str:
        """What the citation names: the symbol, or the title of a document without one."""
        return self.symbol or self.title

    @property
    def place(self) -> ParagraphPlace:
        return paragraph_place(self.label, self.number)


# English words of a citation, for the CLI and the tests; the papers and the desk use their own.
ENGLISH_PLACES = {
    "para": "para. {n}",
    "article": "art. {n}",
    "rule": "rule {n}",
    "regulation": "regulation {n}",
    "conclusion": "conclusion {n}",
    "guideline": "guideline {n}",
    "principle": "principle {n}",
    "action": "action {n}",
    "target": "target {n}",
    "preambular": "preambular para. {n}",
}


def cite(paragraph: CitedParagraph, places: dict[str, str] = ENGLISH_PLACES) -> str:
    """'A/RES/74/247, para. 2' in the words `places` gives for each kind of place."""
    place = paragraph.place
    return f"{paragraph.source}, {places[place.kind].format(n=place.number)}"


@dataclass(frozen=True)
class Precedent:
    """One result of a precedent search: a paragraph, its score and the phrases it shares."""

    paragraph: CitedParagraph
    score: float
    shared: tuple[SharedPhrase, ...]
    doc_date: str | None = None

    @property
    def agreed(self) -> bool:
        """An adopted text of the library: its words are agreed language."""
        return self.paragraph.library and self.paragraph.adopted


@dataclass(frozen=True)
class AgreedSpan:
    """Characters of a draft that come verbatim from an adopted text of the library."""

    start: int
    end: int
    source: CitedParagraph  # the best-ranked paragraph the words come from


def agreed_language(precedents: Sequence[Precedent]) -> list[AgreedSpan]:
    """The draft's spans shared verbatim (four words or more) with the adopted library texts
    among `precedents` (a search that already left out the paragraph being amended); each
    span names the best-ranked paragraph it comes from."""
    sources: list[tuple[int, int, CitedParagraph]] = [
        (phrase.draft_start, phrase.draft_end, precedent.paragraph)
        for precedent in precedents
        if precedent.agreed
        for phrase in precedent.shared
    ]
    spans = []
    for start, end in merge_spans((s, e) for s, e, _ in sources):
        source = next(p for s, e, p in sources if start <= s and e <= end)
        spans.append(AgreedSpan(start, end, source))
    return spans
