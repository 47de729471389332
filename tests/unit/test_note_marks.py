"""Footnote marks pdftotext leaves between words, told from numbers by the notes' order."""

from cybertrack.importers import parse_bytes
from tests.conftest import DATA


def _text(name: str) -> dict[str, str]:
    document = parse_bytes((DATA / name).read_bytes(), name)
    return {item.label: item.text for item in document.items}


def test_the_marks_of_a_resolutions_notes_leave_its_paragraphs():
    # A/RES/74/247 as the UN's text file holds it: marks 1-5 in the lines, its notes
    # printed under a rule on each page.
    text = _text("a-res-74-247-establishing-ahc-cybercrime.txt")
    assert "of 26 April 2013, in which the Commission welcomed" in text["PP6"]
    assert "Public Participation, adopted at the Thirteenth" in text["PP9"]
    assert "International Security, which is of the view" in text["PP13"]
    assert "report of the Secretary-General, which was prepared" in text["1."]
    # Numbers that are no marks stay: dates of a range, after "from", a day after a year.
    assert "2017, 3 to 5 April 2018" in text["PP10"]
    assert "from 17 to" in text["PP10"]


def test_numbers_stay_where_the_notes_print_no_numbers():
    # A/80/590's notes are "[fn1] ..." (taken from Word): a bare number is never a mark.
    assert (
        "The transfer of air region 1 at the airport"
        in _text("a-80-590-sg-minusma-performance.txt")["25."]
    )
