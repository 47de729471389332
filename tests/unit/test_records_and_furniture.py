"""Page furniture and meeting records from real documents never tuned on before (fetched by a
colleague from GitHub `yuiseki/undocs`, `pdftotext` texts; provenance in tests/data/README.md).

Before: a reissued resolution's running header became a section holding operative paragraphs
2-14; a report's heading atop the next page was glued to the paragraph above, whose footnote
mark followed its stop; a record's note on corrections sat inside a State's statement; a
footer's job number run into its page number stayed in eight statements; a quotation's dots
made a paragraph's line a table's (in no item, with no word); an old record's speakers, each
opening a numbered paragraph, were no participants.
"""

from __future__ import annotations

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.text_furniture import is_printer_line, is_table_line
from tests.conftest import DATA


def test_a_reissued_resolutions_running_header_is_furniture() -> None:
    # The cover prints "A/RES/75/282*" (reissued); pages 2 and 3 "A/RES/75/282".
    parsed = read_document(DATA / "A_RES_75_282.pdftotext.txt")
    assert parsed.symbol == "A/RES/75/282"
    assert [s.label for s in parsed.sections] == ["75/282."]
    operative = [i for i in parsed.items if i.kind is Unit.OPERATIVE]
    assert [i.number for i in operative] == [str(n) for n in range(1, 15)]
    assert len([i for i in parsed.items if i.kind is Unit.PREAMBULAR]) == 3
    assert not any("A/RES/75/282" in i.text for i in parsed.items)


def test_a_heading_atop_the_page_after_a_footnote_mark_is_a_heading() -> None:
    # "... without a vote (see para. 7).3" ends page 1; page 2 opens "III. Recommendation of
    # the Sixth Committee" over paragraph 7.
    parsed = read_document(DATA / "A_77_418.pdftotext.txt")
    sections = {s.key: s.label for s in parsed.sections}
    paragraphs = {i.number: i for i in parsed.items if i.kind is not Unit.PREAMBULAR}
    assert [s.label for s in parsed.sections][:3] == ["I.", "II.", "III."]
    assert paragraphs["6"].text.endswith("without a vote (see para. 7).")
    assert sections[paragraphs["7"].section_key] == "III."


def test_a_records_note_on_corrections_leaves_the_statement_it_fell_in() -> None:
    parsed = read_document(DATA / "a-75-pv71-ga-plenary-26may2021-statements-PARTIAL.txt")
    assert not any("This record contains" in i.text for i in parsed.items)
    assert not any("verbatimrecords@un.org" in i.text for i in parsed.items)
    # The statement the note was cut into goes on across it.
    assert any("the work of the" in i.text and "Ad Hoc Committee" in i.text for i in parsed.items)


def test_a_job_number_run_into_its_page_number_is_a_printers_line() -> None:
    assert is_printer_line("23-283263/17")  # A/78/PV.15's footer: 23-28326 and 3/17
    assert not is_printer_line("in 2023-2030 3/17 of")


def test_a_dot_leader_runs_to_a_number_not_on_into_words() -> None:
    assert is_table_line("Admission of new Members to the United Nations ........ 1491")
    assert is_table_line("Introduction . . . . . . . . 3")
    assert is_table_line("Chapter II ....... Page 5")
    # A/31/PV.100, paragraph 100: a quotation opened by dots, in running text.
    assert not is_table_line("Nations, declared: ..... Western Samea accepts the obliga-")


RECORD = """United Nations
GENERAL ASSEMBLY
THIRTY-FIRST SESSION
Official Records
100th PLENARY MEETING
Wednesday, 15 December 1976, at 10.30 a.m.
NEW YORK

1. The PRESIDENT: The Assembly will now consider the report of the Security Council
on the admission of Western Samoa to membership in the United Nations.

2. I call on the representative of New Zealand.

3. Mr. TEMPLETON (New Zealand): It is an honour for me to speak on behalf of the
sponsors of the draft resolution.

4. Mr. RABETAFIKA (Madagascar) (interpretation from French): The delegation of Madagascar
welcomes the admission of Western Samoa.

5. Mr. SCRANTON (United States of America): My delegation warmly welcomes Western Samoa.
"""


def test_an_old_records_numbered_turns_name_its_participants() -> None:
    parsed = parse_bytes(RECORD.encode(), "A_31_PV.100.txt")
    assert [i.number for i in parsed.items] == ["1", "2", "3", "4", "5"]
    assert [p.name for p in parsed.participants] == [
        "New Zealand",
        "Madagascar",
        "United States of America",
    ]
