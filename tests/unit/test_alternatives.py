"""A negotiating text's alternative wordings under a paragraph ("Option 2:", "Alt. 13.",
"Alternative:", and their forms in the other languages) belong to that paragraph.

Before, every option after the first was reported as text in no item: half the text of a
draft with options, the very wordings a delegation takes its stance on."""

from __future__ import annotations

import pytest

from cybertrack.domain.subdivisions import laid_out
from cybertrack.importers import parse_bytes
from cybertrack.importers.labels import is_alternative

DRAFT = """Draft text of the convention

Chapter III
Jurisdiction

12. [Option 1: Each State Party shall adopt such measures as may be necessary to establish
its jurisdiction over the offences.]

Option 2: Each State Party may establish its jurisdiction when the offence is committed
against a national of that State Party.

Option 3: No provision.

13. States Parties shall cooperate in matters of jurisdiction.

Alt. 13. States Parties may cooperate in matters of jurisdiction where appropriate.

14. Each State Party shall consider adopting such measures as may be necessary.

Alternative: Each State Party may adopt such measures.

Alternative development programmes are no option marker.
"""


def test_alternatives_belong_to_the_paragraph_above() -> None:
    document = parse_bytes(DRAFT.encode(), "draft.txt")
    by_label = {i.label: i.text for i in document.items}
    assert list(by_label) == ["12.", "13.", "14."]
    assert by_label["12."].endswith("national of that State Party. Option 3: No provision.")
    assert "Alt. 13. States Parties may cooperate" in by_label["13."]
    assert by_label["14."].endswith("Alternative: Each State Party may adopt such measures.")
    # A sentence that merely opens with the word is no alternative: reported as before.
    assert [w.args["excerpt"][:20] for w in document.warnings if "excerpt" in w.args] == [
        "Alternative developm"
    ]
    # Each wording on a line of its own in the papers and the detail panel.
    assert laid_out(by_label["12."]).split("\n")[1:] == [
        "Option 2: Each State Party may establish its jurisdiction when the offence is committed "
        "against a national of that State Party.",
        "Option 3: No provision.",
    ]


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Option 2: x", True),
        ("[Option B. x", True),
        ("Alt 1: x", True),
        ("Opción 2: x", True),
        ("Variante 1 : x", True),
        ("Вариант 2: x", True),
        ("备选案文2：x", True),
        ("الخيار 2: x", True),
        ("Alternative development programmes shall", False),
        ("Options for the future are open.", False),
        ("Optional Protocol to the Convention", False),
        ("Alternatively, States may", False),
    ],
)
def test_what_marks_an_alternative(text: str, marks: bool) -> None:
    assert is_alternative(text) is marks
