"""The seed report and pasted text, read as a delegate would read them."""

from datetime import date

import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.labels import match_label


@pytest.fixture(scope="module")
def seed():
    from tests.conftest import SEED

    return read_document(SEED)


def test_seed_meeting_metadata(seed):
    assert seed.meeting.body == "Expert Group to Conduct a Comprehensive Study on Cybercrime"
    assert seed.meeting.venue == "Vienna"
    assert seed.meeting.start_date == date(2020, 7, 27)
    assert seed.meeting.end_date == date(2020, 7, 29)
    assert seed.doc_date == date(2020, 7, 27)
    assert seed.kind == "draft report, addendum"
    assert seed.original_language == "English"
    assert seed.agenda_item == "2. International cooperation"


def test_seed_sections_nest_under_the_chapter(seed):
    headings = [(s.label, s.title, s.level) for s in seed.sections]
    assert headings[:2] == [
        ("II.", "List of preliminary recommendations and conclusions", 1),
        ("A.", "International cooperation", 2),
    ]
    chapter, section = seed.sections[:2]
    assert section.parent_key == chapter.key
    assert {item.section_key for item in seed.items} == {section.key}


def test_seed_has_exactly_the_39_recommendations_in_order(seed):
    assert [i.number for i in seed.items] == [str(n) for n in range(1, 40)]
    assert [i.label for i in seed.items][:3] == ["(1)", "(2)", "(3)"]
    assert {i.kind for i in seed.items} == {"recommendation"}


def test_paragraphs_cut_by_a_page_break_are_joined(seed):
    second = seed.items[1].text
    assert "instruments on cybercrime should not go against existing ones" in second
    assert "\n" not in second
    assert "in the countries where they are based, and ensure" in seed.items[14].text


def test_markdown_residue_is_removed(seed):
    every_text = " ".join(i.text for i in seed.items)
    assert "**" not in every_text
    assert "(#)" not in every_text and "[74/247]" not in every_text
    assert "resolution 74/247 of 27 December 2019" in seed.items[1].text
    assert "  " not in every_text


def test_markdown_escapes_as_pandoc_writes_them_are_read():
    # A Word file written out as markdown by pandoc: "3\." (not a list), "\[shall\]", "\*".
    text = (
        "# Report of the Expert Group\n\n"
        "1\\. States \\[shall\\]\\[may\\] cooperate to the widest extent.\n\n"
        "2\\. Parties should report \\*\\*annually\\*\\* on progress.\n\n"
        "3\\. The secretariat should support them.\n"
    )
    document = parse_bytes(text.encode(), "draft.md")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "States [shall][may] cooperate to the widest extent."),
        ("2.", "Parties should report **annually** on progress."),
        ("3.", "The secretariat should support them."),
    ]
    assert not document.warnings


def test_a_proposal_quoted_in_an_email_is_read_without_its_quotation_marks():
    text = (
        "Dear colleagues,\n\nPlease find below the proposal.\n\n"
        "> 1. States shall cooperate to the widest extent possible.\n>\n"
        "> 2. States should exchange information on best practices\n"
        "> in combating cybercrime.\n>\n> 3. The secretariat shall report.\n\n"
        "Best regards\n"
    )
    document = parse_bytes(text.encode(), "forwarded.txt")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "States shall cooperate to the widest extent possible."),
        ("2.", "States should exchange information on best practices in combating cybercrime."),
        ("3.", "The secretariat shall report."),
    ]
    assert document.title == "forwarded.txt"  # a salutation is no title
    # A line alone opening with ">" is text ("> 50 per cent of requests ...").
    single = parse_bytes(b"Report\n\n1. Of all requests,\n> 50 per cent were answered.\n", "r.txt")
    assert single.items[0].text == "Of all requests, > 50 per cent were answered."


def test_statements_list_gives_20_delegations(seed):
    names = [p.name for p in seed.participants]
    assert len(names) == 20
    assert names[0] == "Algeria" and names[-1] == "United States of America"
    assert "State of Palestine on behalf of the Group of 77 and China" in names
    g77 = next(p for p in seed.participants if p.on_behalf_of)
    assert g77.on_behalf_of == "Group of 77 and China"


def test_the_same_bytes_give_the_same_hash(seed_path):
    data = seed_path.read_bytes()
    assert parse_bytes(data, "a.txt").content_hash == parse_bytes(data, "b.txt").content_hash
    assert parse_bytes(data + b" ", "a.txt").content_hash != parse_bytes(data, "a.txt").content_hash


def test_pasted_email_text_with_hard_wrapped_lines():
    text = (
        "Subject: informals\n\n"
        "1. Decides to convene a meeting\nof the working group in Vienna;\n"
        "2. Requests the Secretariat to\nprepare a report:\n"
        "(a) on capacity-building;\n(b) on cooperation;\n"
        "3. Invites Member States to comment.\n"
    )
    doc = parse_bytes(text.encode(), "mail.txt")
    assert [i.label for i in doc.items] == ["1.", "2.", "3."]
    assert doc.items[0].text == "Decides to convene a meeting of the working group in Vienna;"
    assert "(a) on capacity-building; (b) on cooperation;" in doc.items[1].text


@pytest.mark.parametrize(
    ("text", "scheme", "number", "label"),
    [
        ("(12) States should", "paren", "12", "(12)"),
        ("12. States should", "dot", "12", "12."),
        ("16.4 The programme", "decimal", "16.4", "16.4"),
        ("3) Countries", "bracket", "3", "3)"),
        ("Article 5 Criminalization", "article", "5", "Article 5"),
        ("12 bis. Parties", "dot", "12 bis", "12 bis."),
    ],
)
def test_number_forms(text, scheme, number, label):
    found = match_label(text)
    assert found is not None
    assert (found.scheme, found.number, found.label) == (scheme, number, label)


@pytest.mark.parametrize("text", ["(a) sub", "2020 was a year", "In 2019. Then", "(iv) more"])
def test_things_that_are_not_item_numbers(text):
    assert match_label(text) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"Just a letter with no numbered paragraphs.", "no numbered"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".doc"),
        (b"\x00\x01\x02binary" * 20, "binary"),
    ],
)
def test_unreadable_input_gets_one_clear_message(data, message):
    with pytest.raises(ImportFailed, match=message):
        parse_bytes(data, "input.bin")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportFailed, match="does not exist"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(ImportFailed, match="folder"):
        read_document(tmp_path)


def test_latin1_text_is_read():
    doc = parse_bytes("1. Le délégué présente.\n".encode("cp1252"), "fr.txt")
    assert doc.items[0].text == "Le délégué présente."
