"""Resolutions of the Councils (synthetic, in the form the UN prints them): a Security Council
resolution is titled by its number and dated by its adoption; a Human Rights Council
resolution closes with its meeting, its date and how it was adopted, none of them a paragraph."""

from datetime import date

from cybertrack.importers import parse_bytes
from cybertrack.importers.openers import is_meeting_line

SECURITY_COUNCIL = """United Nations

S/RES/2722 (2024)

Security Council

Distr.: General
10 January 2024

Resolution 2722 (2024)

Adopted by the Security Council at its 9527th meeting, on 10 January 2024

The Security Council,

Recalling its previous resolutions on the situation in the Red Sea,

Condemning in the strongest terms the attacks,

1. Demands that the attacks cease immediately;

2. Decides to remain actively seized of the matter.
"""

HUMAN_RIGHTS_COUNCIL = """United Nations

A/HRC/RES/55/12

General Assembly

Distr.: General
10 April 2024

Human Rights Council
Fifty-fifth session
26 February-5 April 2024
Agenda item 3

Resolution adopted by the Human Rights Council on 4 April 2024

55/12. The right to privacy in the digital age

The Human Rights Council,

Guided by the purposes and principles of the Charter of the United Nations,

1. Reaffirms the right to privacy;

2. Decides to continue its consideration of the issue.

57th meeting
4 April 2024

[Adopted by a recorded vote of 28 to 13, with 6 abstentions. The voting was as follows:
In favour: Algeria, Bangladesh, Benin;
Against: Belgium, Finland;
Abstaining: Brazil.]
"""


def test_a_security_council_resolution() -> None:
    document = parse_bytes(SECURITY_COUNCIL.encode(), "S_RES_2722.txt")
    assert document.symbol == "S/RES/2722 (2024)"
    assert document.title == "Resolution 2722 (2024)"
    assert document.meeting.body == "Security Council"
    assert document.meeting.start_date == date(2024, 1, 10)
    assert [i.label for i in document.items] == ["PP1", "PP2", "1.", "2."]
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_human_rights_council_resolution() -> None:
    document = parse_bytes(HUMAN_RIGHTS_COUNCIL.encode(), "A_HRC_RES_55_12.txt")
    assert document.title == "Resolution: The right to privacy in the digital age"
    assert document.meeting.session == "Fifty-fifth session"
    assert (document.meeting.start_date, document.meeting.end_date) == (
        date(2024, 2, 26),
        date(2024, 4, 5),
    )
    assert [i.label for i in document.items] == ["PP1", "1.", "2."]
    assert document.items[-1].text == "Decides to continue its consideration of the issue."
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_councils_meeting_line_in_the_six_languages() -> None:
    lines = ["57th meeting", "57e séance", "57ª sesión", "57-е заседание", "第57次会议"]
    assert all(is_meeting_line(line) for line in [*lines, "الجلسة 57", "57th meeting 4 April 2024"])
    assert not is_meeting_line("57th meeting of the Committee was devoted to the draft")


def test_the_closing_lines_each_a_paragraph_of_their_own() -> None:
    # As a Word file sets them: the meeting, its date and the vote each a paragraph ("4 April
    # 2024" is no paragraph 4, the vote no text in no item).
    text = HUMAN_RIGHTS_COUNCIL.replace(
        "57th meeting\n4 April 2024", "57th meeting\n\n4 April 2024"
    )
    text = text.replace("4 April 2024\n\n[Adopted", "4 April 2024\n\n[Adopted")
    document = parse_bytes(text.encode(), "A_HRC_RES_55_12.txt")
    assert [i.label for i in document.items] == ["PP1", "1.", "2."]
    assert document.coverage.left_out == 0 and not document.warnings
