"""A large library of precedent generated from real paragraphs, for bench/precedent.py.

Every generated paragraph comes from real ones (bench/_precedent_corpus.py: resolutions,
treaties, reports, UPR recommendations, UNFCCC decisions, the UDHR in three languages). Most
(70%) recombine them: the opening of one real paragraph goes on with clauses of others of the
same language, as agreed phrases recur in new texts. The rest are near-copies of one real
paragraph, varied the way a body's texts vary from year to year (30%: about 170 near-copies of
every real paragraph in a million): a clause replaced by another's, numbers, years and symbols
drifting, the opening verb or a subject changed ("Welcomes"/"Notes with appreciation", "Member
States"/"States parties"). So the library has the vocabulary, the
phrase frequencies and the near-duplicates of a real one (the hard part for precedent search),
not random words.

Documents of 100 paragraphs carry resolution symbols, a few L. drafts, dates from 1990 on.
The real paragraphs themselves are in the library too (document 1 onwards), so queries drawn
from them have a known source. Rows are written in bulk and the index built once, sorted.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bench._paraphrase import language
from cybertrack.domain.model import ParsedDocument, ParsedItem
from cybertrack.domain.precedent import word_count

PARAGRAPHS_PER_DOCUMENT = 100
MAX_WORDS = 160  # a generated paragraph is cut at a clause past this many words
NEAR_COPIES = 0.3  # the share of paragraphs that vary one real paragraph; the rest recombine
_NUMBER = re.compile(r"\b\d{1,4}(?:/\d{1,4})?\b")
_CLAUSE = re.compile(r"(?<=[,;])\s+")
_SWAPS = {
    "en": (
        ("Welcomes", "Notes with appreciation", "Takes note of", "Recognizes", "Acknowledges"),
        ("Requests", "Invites", "Encourages", "Urges", "Calls upon"),
        ("Member States", "States parties", "all States", "Governments"),
        ("cybercrime", "corruption", "terrorism", "trafficking in persons", "money-laundering"),
        (
            "General Assembly",
            "Human Rights Council",
            "Economic and Social Council",
            "Security Council",
        ),
        ("Secretary-General", "United Nations Office on Drugs and Crime", "Secretariat"),
        ("developing countries", "least developed countries", "small island developing States"),
    ),
    "fr": (
        ("Considérant", "Reconnaissant", "Rappelant", "Notant"),
        ("Toute personne", "Chacun", "Tout individu"),
        ("droits", "libertés", "garanties"),
    ),
    "es": (
        ("Considerando", "Reconociendo", "Recordando", "Observando"),
        ("Toda persona", "Todo individuo", "Cada persona"),
        ("derechos", "libertades", "garantías"),
    ),
}


@dataclass(frozen=True)
class Seed:
    text: str
    language: str
    clauses: tuple[str, ...]


def seeds(paragraphs: Sequence[str]) -> list[Seed]:
    found = []
    for text in dict.fromkeys(" ".join(p.split()) for p in paragraphs):
        if word_count(text) >= 6:
            found.append(Seed(text, language(text), tuple(_CLAUSE.split(text))))
    return found


def _drift_number(match: re.Match[str], rng: random.Random) -> str:
    text = match.group()
    if "/" in text:
        session = text.split("/")[0]
        return f"{max(1, int(session) + rng.randint(-6, 6))}/{rng.randint(1, 320)}"
    value = int(text)
    if 1945 <= value <= 2035:
        return str(value + rng.randint(-12, 4))
    return str(max(1, value + rng.randint(-5, 5)))


def vary(seed: Seed, by_language: dict[str, list[Seed]], rng: random.Random) -> str:
    """A new paragraph from `seed`: always one substantive change (a clause of another real
    paragraph in place of one of its own, or its last part replaced by another's), then
    drifting numbers and swapped terms. No words are dropped or added at random: that is what
    the queries do (a light paraphrase), and a variant that is itself a paraphrase of its seed
    would make "the source" of a query ill-defined."""
    donor = rng.choice(by_language[seed.language])
    clauses = list(seed.clauses)
    if len(clauses) > 1:
        clauses[rng.randrange(len(clauses))] = rng.choice(donor.clauses)
        text = " ".join(clauses)
    else:
        words, other = seed.text.split(), donor.text.split()
        keep = max(3, int(len(words) * rng.uniform(0.4, 0.7)))
        text = " ".join(words[:keep] + other[int(len(other) * rng.uniform(0.3, 0.6)) :])
    text = _NUMBER.sub(lambda m: _drift_number(m, rng) if rng.random() < 0.7 else m.group(), text)
    for group in _SWAPS[seed.language]:
        present = [term for term in group if term in text]
        if present and rng.random() < 0.5:
            text = text.replace(rng.choice(present), rng.choice(group), 1)
    words = text.split()
    if len(words) > MAX_WORDS:
        cut = next((i for i in range(MAX_WORDS, len(words)) if words[i - 1][-1] in ",;."), None)
        words = words[: cut or MAX_WORDS]
    return " ".join(words)


def recombine(seed: Seed, by_language: dict[str, list[Seed]], rng: random.Random) -> str:
    """A new paragraph that opens like `seed` and goes on with clauses of other real
    paragraphs of the same language: agreed phrases recur, in new company."""
    clauses = [seed.clauses[0]]
    for _ in range(rng.randint(1, 3)):
        clauses.append(rng.choice(rng.choice(by_language[seed.language]).clauses))
    return vary(Seed(" ".join(clauses), seed.language, tuple(clauses)), by_language, rng)


def documents(real: Sequence[str], total: int, seed: int = 2019) -> Iterator[ParsedDocument]:
    """`total` paragraphs in documents of PARAGRAPHS_PER_DOCUMENT: first the real paragraphs
    themselves, then their variations."""
    rng = random.Random(seed)
    pool = seeds(real)
    by_language: dict[str, list[Seed]] = {}
    for s in pool:
        by_language.setdefault(s.language, []).append(s)
    texts: Iterator[str] = iter([s.text for s in pool])
    made = 0
    number = 0
    while made < total:
        batch = []
        for text in texts:
            batch.append(text)
            if len(batch) == PARAGRAPHS_PER_DOCUMENT:
                break
        while len(batch) < PARAGRAPHS_PER_DOCUMENT:
            make = vary if rng.random() < NEAR_COPIES else recombine
            batch.append(make(rng.choice(pool), by_language, rng))
        batch = batch[: total - made]
        made += len(batch)
        number += 1
        session = 45 + number % 35
        draft = rng.random() < 0.1
        symbol = f"A/C.3/{session}/L.{number}" if draft else f"A/RES/{session}/{number}"
        yield ParsedDocument(
            title=f"Generated resolution {number}",
            content_hash=f"generated-{seed}-{number}",
            source_name=f"generated-{number}.txt",
            symbol=symbol,
            kind=None if draft else "resolution",
            distribution="Limited" if draft else "General",
            doc_date=date(1990, 1, 1) + timedelta(days=rng.randrange(36 * 365)),
            items=tuple(ParsedItem(str(i + 1), f"{i + 1}.", text) for i, text in enumerate(batch)),
        )
