"""A compilation of proposals: an article named over its paragraphs, and under each paragraph
what delegations propose, each line opened by who proposes it.

Before, "Article 5. Protection of sovereignty" went to the cover (no heading) and every
delegation's proposal was reported as text in no item: 55% of the text below."""

from __future__ import annotations

from cybertrack.domain.subdivisions import laid_out
from cybertrack.importers import parse_bytes
from cybertrack.importers.draft import Entry
from cybertrack.importers.entries import prepare
from cybertrack.importers.proposals import attributed_lines
from cybertrack.importers.text_report import text_blocks

COMPILATION = """Compilation of proposals and contributions submitted by Member States

Article 5. Protection of sovereignty

1. States Parties shall carry out their obligations under this Convention in a manner
consistent with the principles of sovereign equality.

Proposal by the Russian Federation: States Parties shall carry out their obligations in
accordance with the principles of sovereign equality and territorial integrity of States.

European Union and its member States: Delete the paragraph.

2. Nothing in this Convention shall entitle a State Party to undertake in the territory of
another State the exercise of jurisdiction.

China: Replace "entitle" with "authorize".

United States of America: Retain the paragraph as drafted.
"""


def test_each_proposal_belongs_to_the_paragraph_above() -> None:
    document = parse_bytes(COMPILATION.encode(), "compilation.txt")
    assert [(s.label, s.title) for s in document.sections] == [
        ("Article 5", "Protection of sovereignty")
    ]
    by_label = {i.label: i.text for i in document.items}
    assert list(by_label) == ["1.", "2."]
    assert by_label["1."].endswith(
        "territorial integrity of States. European Union and its member States: Delete the "
        "paragraph."
    )
    assert by_label["2."].endswith(
        '"authorize". United States of America: Retain the paragraph as drafted.'
    )
    assert document.coverage.left_out == 0 and not document.warnings
    assert laid_out(by_label["1."]).split("\n")[1].startswith("Proposal by the Russian")


def _entries(text: str) -> list[Entry]:
    return prepare(text_blocks(text))


def test_a_single_bare_name_and_a_documents_own_words_are_no_proposals() -> None:
    one = _entries("1. States shall cooperate.\n\nBrazil: the delegation spoke.\n")
    assert attributed_lines(one) == set()
    own = _entries("1. States shall cooperate.\n\nNote: see above.\n\nSource: UNODC.\n")
    assert attributed_lines(own) == set()
    # Named explicitly, one is enough; in the other languages too.
    explicit = _entries(
        "1. Les États coopèrent.\n\nProposition de la Chine : remplacer « coopèrent ».\n\n"
        "2. 各国应合作。\n\n中国的提案：删除本段。\n"
    )
    assert len(attributed_lines(explicit)) == 2
