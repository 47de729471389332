"""The precedent quality set: real UN paragraphs and light paraphrases of them as queries.

The library is built from the real documents in tests/data (resolutions, a draft and its
adopted resolution, treaties, reports, UPR recommendations, UNFCCC decisions, and the
Universal Declaration in English, French and Spanish), read by the project's own importers.
Each query is a light paraphrase (bench/_paraphrase.py) of one paragraph of at least ten
words; a query is found at rank k when the k-th result holds the source paragraph's text
(where several documents hold the same text, each counts as found).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench._paraphrase import LIGHT, Rates, language, paraphrase
from cybertrack.domain.model import ParsedDocument, ParsedItem
from cybertrack.domain.precedent import tokens, word_count

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

# Every real document of tests/data that has paragraphs, one form of each (Word over PDF).
LIBRARY_FILES = (
    "a-res-74-247-establishing-ahc-cybercrime.txt",
    "a-res-75-282-ahc-modalities.txt",
    "a-res-74-173-cybercrime-technical-assistance-expert-group.txt",
    "a-res-76-19-ict-security-oewg.txt",
    "budapest-convention-ets185.txt",
    "budapest-additional-protocol-ets189.txt",
    "uncac-convention-against-corruption.txt",
    "A_80_590.docx",
    "A_80_604_Add.3.docx",
    "A_81_6_Sect.16.docx",
    "A_81_6_Sect.11.docx",
    "FCCC_PA_CMA_2021_10_Add.3.docx",
    "A_RES_79_243.pdf",
    "A_C.3_80_L.3.pdf",
    "A_RES_80_229.pdf",
    "A_HRC_27_12.pdf",
    "A_HRC_26_5.pdf",
)
UDHR_FILES = ("udhr-en.txt", "udhr-fr.txt", "udhr-es.txt")
MIN_QUERY_WORDS = 10
_RULE = "=" * 72
_ARTICLE = re.compile(r"^(?:Article|Artículo)\s+(?P<n>\d+|premier)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?P<n>\d+)\.\s+(?P<text>.+)$")


def read_udhr(path: Path) -> ParsedDocument:
    """The Universal Declaration as tests/make_udhr_texts.py writes it: a paragraph per line,
    'Article N' headings, numbered paragraphs '1.'. Preamble paragraphs are PP1, PP2, ..."""
    lines = path.read_text(encoding="utf-8").split(_RULE, 1)[1].strip().splitlines()
    symbol, title = lines[0].strip(), lines[2].strip()
    items: list[ParsedItem] = []
    article: str | None = None
    for line in (x.strip() for x in lines[4:]):
        if not line:
            continue
        if match := _ARTICLE.match(line):
            article = "1" if match["n"].lower() == "premier" else match["n"]
        elif article is None:
            if word_count(line) >= 4:  # not the "The General Assembly," line
                n = f"PP{len(items) + 1}"
                items.append(ParsedItem(n, n, line))
        elif match := _NUMBERED.match(line):
            number, text = match["n"], match["text"]
            items.append(ParsedItem(f"{article}.{number}", f"Article {article}({number})", text))
        else:
            items.append(ParsedItem(article, f"Article {article}", line))
    return ParsedDocument(
        title=title,
        content_hash=f"udhr-{path.name}",
        source_name=path.name,
        symbol=symbol,
        kind="resolution",
        doc_date=date(1948, 12, 10),
        items=tuple(items),
    )


def library_documents(data: Path = DATA) -> list[ParsedDocument]:
    from cybertrack.importers import read_document

    documents = [read_document(data / name) for name in LIBRARY_FILES]
    return documents + [read_udhr(data / name) for name in UDHR_FILES]


@dataclass(frozen=True)
class Query:
    source: str  # the paragraph's words (see `normal`)
    text: str  # its paraphrase
    language: str


def normal(text: str) -> str:
    """The text's words as written (case aside): two documents holding the same words hold
    the same text, whatever their punctuation or line breaks."""
    return " ".join(t.word for t in tokens(text))


def make_queries(
    paragraphs: Sequence[str],
    seed: int = 18,
    rates: Rates = LIGHT,
    limit: int | None = None,
    max_words: int | None = None,
) -> list[Query]:
    """One paraphrase per distinct paragraph of at least MIN_QUERY_WORDS words (and at most
    `max_words`), or a seeded sample of `limit` of them."""
    distinct = {normal(p): " ".join(p.split()) for p in paragraphs}
    eligible = [
        p
        for p in distinct.values()
        if MIN_QUERY_WORDS <= word_count(p) <= (max_words or word_count(p))
    ]
    rng = random.Random(seed)
    if limit is not None and limit < len(eligible):
        eligible = rng.sample(eligible, limit)
    return [Query(normal(p), paraphrase(p, rng, rates), language(p)) for p in eligible]


@dataclass
class Quality:
    queries: int = 0
    first: int = 0
    top3: int = 0
    by_language: dict[str, list[int]] = field(default_factory=dict)
    misses: list[tuple[Query, list[str]]] = field(default_factory=list)

    @property
    def first_rate(self) -> float:
        return self.first / self.queries if self.queries else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.queries if self.queries else 0.0

    def line(self) -> str:
        langs = ", ".join(
            f"{lang} {first}/{n} first" for lang, (n, first, _) in sorted(self.by_language.items())
        )
        return (
            f"{self.queries} queries: source first {self.first_rate:.1%}, "
            f"top 3 {self.top3_rate:.1%} ({langs})"
        )


def evaluate(queries: Sequence[Query], search: Callable[[str], Sequence[str]]) -> Quality:
    """`search` returns the texts of its top results, best first."""
    quality = Quality()
    for query in queries:
        found = [normal(t) for t in search(query.text)[:3]]
        first = bool(found) and found[0] == query.source
        top3 = query.source in found
        quality.queries += 1
        quality.first += first
        quality.top3 += top3
        counts = quality.by_language.setdefault(query.language, [0, 0, 0])
        counts[0] += 1
        counts[1] += first
        counts[2] += top3
        if not first:
            quality.misses.append((query, found))
    return quality
