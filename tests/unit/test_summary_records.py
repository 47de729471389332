"""A summary record (synthetic, in the form of the Main Committees' records): its title, the
meeting's place and day, its speakers, and its lines of procedure, which are no one's words."""

from datetime import date

from cybertrack.importers import parse_bytes

ENGLISH = """United Nations

A/C.6/79/SR.5

General Assembly

Seventy-ninth session

Official Records

Sixth Committee

Summary record of the 5th meeting

Held at Headquarters, New York, on Wednesday, 9 October 2024, at 10 a.m.

Chair: Mr. Smith (Australia)

The meeting was called to order at 10.05 a.m.

Agenda item 79: Crimes against humanity

1. Mr. Dupont (France) said that his delegation supported the draft articles.

2. Ms. García (Mexico) said that the Committee should recommend a convention.

The meeting was suspended at 11.30 a.m. and resumed at 11.50 a.m.

3. Mr. Li (China) said that more time was needed for consultations.

The meeting rose at 1 p.m.
"""

FRENCH = """Nations Unies

A/C.6/79/SR.5

Assemblée générale

Soixante-dix-neuvième session

Documents officiels

Sixième Commission

Compte rendu analytique de la 5e séance

Tenue au Siège, à New York, le mercredi 9 octobre 2024, à 10 heures

La séance est ouverte à 10 h 5.

Point 79 de l’ordre du jour : Crimes contre l’humanité

1. M. Dupont (France) dit que sa délégation appuie le projet d’articles.

2. Mme García (Mexique) dit que la Commission devrait recommander une convention.

La séance est levée à 13 heures.
"""


def test_an_english_summary_record() -> None:
    document = parse_bytes(ENGLISH.encode(), "A_C.6_79_SR.5.txt")
    assert document.title == "A/C.6/79/SR.5: Summary record of the 5th meeting"
    assert document.meeting.venue == "New York"
    assert document.meeting.start_date == date(2024, 10, 9)
    assert [i.label for i in document.items] == ["1.", "2.", "3."]
    assert document.items[1].text.endswith("recommend a convention.")  # not the suspension
    assert [p.name for p in document.participants] == ["France", "Mexico", "China"]
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_french_summary_record() -> None:
    document = parse_bytes(FRENCH.encode(), "A_C.6_79_SR.5-fr.txt")
    assert document.title.endswith("Compte rendu analytique de la 5e séance")
    assert document.meeting.venue == "New York"
    assert document.meeting.start_date == date(2024, 10, 9)
    assert [i.label for i in document.items] == ["1.", "2."]
    assert document.coverage.left_out == 0 and not document.warnings
