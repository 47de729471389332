"""A provisional agenda and its annotations (synthetic, in the form the UN issues them): each
agenda item, then each again as a heading over what the session will do under it. The
annotation is the item's, not text in no item."""

from cybertrack.importers import parse_bytes

AGENDA = """United Nations

A/AC.291/1

General Assembly

Distr.: General
20 January 2022

Ad Hoc Committee to Elaborate a Comprehensive International Convention
First session
New York, 28 February-11 March 2022

Provisional agenda and annotations

Provisional agenda

1. Opening of the session.

2. Organizational matters:

(a) Election of officers;

(b) Adoption of the agenda and organization of work.

3. Adoption of the report.

Annotations

1. Opening of the session

The first session of the Ad Hoc Committee will be opened on Monday, 28 February 2022.

2. Organizational matters

(a) Election of officers

In accordance with resolution 75/282, the Committee will elect its officers.

3. Adoption of the report

The Committee will adopt the report on its first session.
"""


def test_each_annotation_joins_the_agenda_item_it_annotates() -> None:
    document = parse_bytes(AGENDA.encode(), "A_AC.291_1.txt")
    assert [i.label for i in document.items] == ["1.", "2.", "3."]
    texts = [i.text for i in document.items]
    assert texts[0] == (
        "Opening of the session. The first session of the Ad Hoc Committee will be opened on"
        " Monday, 28 February 2022."
    )
    assert texts[1].startswith("Organizational matters: (a) Election of officers; (b) Adoption")
    assert texts[1].endswith(
        "(a) Election of officers In accordance with resolution 75/282,"
        " the Committee will elect its officers."
    )
    assert texts[2].endswith("The Committee will adopt the report on its first session.")
    assert document.coverage.left_out == 0 and not document.warnings
