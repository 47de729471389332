"""The title in the language of the text: a copy headed by a translation of its title first
(the Dutch treaty database's "Verdrag inzake ..." over the authentic "Convention on
Cybercrime") is known by the title its text speaks."""

from __future__ import annotations

from cybertrack.importers import parse_bytes, read_document
from cybertrack.importers.title_language import in_text_language
from tests.conftest import DATA

TEXT = [
    "Each Party shall adopt such legislative measures as may be necessary to establish as "
    "criminal offences under its domestic law the offences of the Convention on Cybercrime.",
]


def test_a_translated_title_gives_way_to_the_texts_own() -> None:
    titles = ["Verdrag inzake de bestrijding van strafbare feiten", "Convention on Cybercrime"]
    assert in_text_language(titles, TEXT) == ["Convention on Cybercrime"]


def test_titles_are_kept_when_none_speaks_the_texts_language() -> None:
    # Nothing to prefer: a title whose words the text never uses is still the title.
    titles = ["Verdrag inzake de bestrijding van strafbare feiten", "Traité sur les exemples"]
    assert in_text_language(titles, TEXT) == titles


def test_a_second_title_line_in_the_same_language_stays() -> None:
    # A report's title and its subtitle: both speak the text's language, neither is dropped.
    titles = ["Convention on Cybercrime", "Legislative measures of each Party"]
    assert in_text_language(titles, TEXT) == titles


def test_a_treaty_copy_headed_by_its_dutch_title() -> None:
    parsed = read_document(DATA / "budapest-additional-protocol-ets189.txt")
    assert parsed.title.startswith(
        "Treaty: Additional Protocol to the Convention on Cybercrime, concerning"
    )


def test_a_markdown_file_that_opens_on_a_meta_tag_is_read_as_markdown() -> None:
    # The Dutch treaty database's files open on "<meta http-equiv=...>" over markdown: they
    # were read as HTML, one block, and refused as having no numbered paragraph.
    text = (DATA / "uncac-convention-against-corruption.txt").read_text(encoding="utf-8")
    raw = text[text.index("<meta") :]  # the file as the database holds it, no corpus header
    parsed = parse_bytes(raw.encode(), "README.md")
    assert parsed.title == "Treaty: United Nations Convention against corruption"
    assert [i.label for i in parsed.items][14:17] == ["PP15", "Article 1", "Article 2"]


def test_an_html_fragment_under_a_meta_tag_is_still_html() -> None:
    page = b"<meta charset='utf-8'>\n<p>1. States should cooperate.</p><p>2. States act.</p>"
    parsed = parse_bytes(page, "statement.txt")
    assert [i.text for i in parsed.items] == ["States should cooperate.", "States act."]
