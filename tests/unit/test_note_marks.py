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


def test_a_part_numbered_in_a_sentence_is_no_mark():
    # A/81/6 (Sect. 16) as pdftotext gives it: "In coordination with subprogramme 1," was
    # taken for note 1's mark, so the marks of notes 1 and 2 stayed where they are ("the
    # General Assembly 1 and the Security Council, 2 including"), and note 3's ("violent
    # extremist 3 prisoners") once "Subprogramme 1: ..." headings had taken the numbers.
    for name in ("A_81_6_Sect.16.pdftotext.txt", "A_81_6_Sect.16.layout.txt"):
        texts = " ".join(_text(name).values())
        assert "In coordination with subprogramme 1, promote" in texts
        assert "the General Assembly and the Security Council, including the United" in texts
        assert "treatment of violent extremist prisoners" in texts


def test_an_annexed_drafts_notes_count_again_from_one():
    # A report's note 1, then its annexed draft resolution's own notes 1 and 2.
    text = "\n".join(
        [
            "Report of the Committee",
            "",
            "1. The Committee met on 3 October 2022. 1",
            "__________________",
            "1 See A/C.6/77/SR.9.",
            "\f2. The Committee recommends the following draft resolution:",
            "",
            "The General Assembly,",
            "",
            "Recalling its resolution 76/114 of 9 December 2021, 1 which the Commission noted,",
            "",
            "Noting the report of the Commission on its seventy-third session, 2 which it",
            "welcomed,",
            "",
            "1. Decides to continue its work.",
            "__________________",
            "1 Resolution 76/114.",
            "2 A/77/10.",
        ]
    )
    items = parse_bytes(text.encode(), "report.txt").items
    assert [i.label for i in items] == ["1.", "2.", "PP1", "PP2", "1."]
    assert items[0].text == "The Committee met on 3 October 2022."
    assert items[2].text == (
        "Recalling its resolution 76/114 of 9 December 2021, which the Commission noted,"
    )
    assert items[3].text.startswith(
        "Noting the report of the Commission on its seventy-third session, which"
    )


def test_a_numbered_part_named_after_a_colon_keeps_its_number():
    # Note 2's mark is awaited when "Panel 2:" comes: a panel numbered, then its name.
    text = (
        "1. The meeting will hold panels, 1 with Panel 2: Scaling up responses, 2 and more.\n"
        "__________________\n1 See A/77/1.\n2 See A/77/2.\n"
    )
    items = {i.label: i.text for i in parse_bytes(text.encode(), "note.txt").items}
    assert (
        items["1."] == "The meeting will hold panels, with Panel 2: Scaling up responses, and more."
    )


def test_a_formulas_subscript_and_a_units_power_are_no_marks():
    # pdftotext prints "UF6" and "m²" as "UF 6" and "m 2": no note's mark, though the
    # next note is 6 (S/2021/1000) or 2 (S/2021/1022).
    text = (
        "1. The enrichment of UF 6 at the plant continued, 1 while 2,964,019.21 m 2 of land "
        "were cleared, 2 and more.\n__________________\n1 See GOV/2021/39.\n2 See S/2021/1.\n"
    )
    items = {i.label: i.text for i in parse_bytes(text.encode(), "report.txt").items}
    assert items["1."] == (
        "The enrichment of UF 6 at the plant continued, while 2,964,019.21 m 2 of land were "
        "cleared, and more."
    )
