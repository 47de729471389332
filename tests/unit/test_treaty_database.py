"""Treaties as the Dutch treaty database publishes them (markdown files of GitHub
`statengeneraal/laws-markdown`): the authentic English text of conventions adopted by a UN
conference, by UNESCO or by the ILO, none of them tuned on before. Expected numbers are
written from reading each text.

Before: each file was read as HTML (it opens on a <meta> tag) and refused as having no
numbered paragraph; without that line, their preambles were all cover page (in no item, a
warning at most), the database's note "Treedt in werking op een nader te bepalen tijdstip"
was every ILO article's title, and a link whose target holds brackets left half of its
target in the text.
"""

from __future__ import annotations

import pytest

from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes, read_document
from tests.conftest import DATA


def test_an_ilo_convention_its_recitals_and_articles() -> None:
    parsed = read_document(DATA / "ilo-c189-domestic-workers.laws-markdown.md")
    assert parsed.title == "Treaty: Convention concerning decent work for domestic workers"
    preamble = [i for i in parsed.items if i.kind is Unit.PREAMBULAR]
    assert len(preamble) == 11
    assert preamble[0].text == (
        "Having been convened at Geneva by the Governing Body of the International Labour "
        "Office, and having met in its 100th Session on 1 June 2011, and"
    )
    assert preamble[1].text.startswith("Mindful of the commitment of the International Labour")
    assert "Migration for Employment Convention (Revised), 1949 (No. 97)," in preamble[6].text
    # The enacting formula ("adopts this sixteenth day of June ...") is no recital.
    assert preamble[-1].text == (
        "Having determined that these proposals shall take the form of an international Convention;"
    )
    articles = [i for i in parsed.items if i.kind is Unit.ARTICLE]
    assert [i.label for i in articles] == [f"Article {n}" for n in range(1, 28)]
    assert articles[0].text.startswith("For the purpose of this Convention: a) the term")
    assert not any("Treedt" in i.text for i in parsed.items)
    assert not any("Treedt" in s.title for s in parsed.sections)
    assert parsed.coverage.left_out == 0


def test_a_unesco_convention_before_its_dutch_translation() -> None:
    parsed = read_document(DATA / "unesco-discrimination-education.laws-markdown.md")
    assert parsed.title == "Treaty: Convention against Discrimination in Education"
    preamble = [i for i in parsed.items if i.kind is Unit.PREAMBULAR]
    # "...session,Recalling that ...": recitals with no space after the comma.
    assert [i.text.split(" ", 1)[0] for i in preamble] == [
        "Recalling",
        "Considering",
        "Considering",
        "Recognizing",
        "Having",
        "Having",
    ]
    assert preamble[-1].text.endswith("as well as of recommendations to Member States,")
    articles = [i for i in parsed.items if i.kind is Unit.ARTICLE]
    assert [i.label for i in articles][:19] == [f"Article {n}" for n in range(1, 20)]


BODY = "Each Party shall act."


def _convention(preamble: str, closing: str = "") -> bytes:
    blocks = ["Convention on Examples", preamble, "Article 1", BODY, "Article 2", BODY, closing]
    return "\n\n".join(b for b in blocks if b).encode()


def test_a_run_in_preamble_closed_by_hereby_agree() -> None:
    preamble = (
        "The Parties to this Convention,Deeply concerned by the magnitude of the illicit "
        "traffic,Recognizing the links between illicit traffic and organized crime,"
        "Hereby agree as follows:"
    )
    parsed = parse_bytes(_convention(preamble), "convention.md")
    assert [(i.label, i.text) for i in parsed.items[:2]] == [
        ("PP1", "Deeply concerned by the magnitude of the illicit traffic,"),
        ("PP2", "Recognizing the links between illicit traffic and organized crime,"),
    ]
    assert [i.label for i in parsed.items[2:]] == ["Article 1", "Article 2"]


@pytest.mark.parametrize("formula", ["IN WITNESS THEREOF", "IN FAITH WHEREOF"])
def test_the_testimonium_in_its_other_wordings_closes_the_articles(formula: str) -> None:
    closing = f"{formula} the undersigned, duly authorized, have signed the present Convention."
    parsed = parse_bytes(_convention("The Parties,", closing), "convention.md")
    assert parsed.items[-1].text == BODY


def test_an_article_titled_annex_is_no_annex() -> None:
    text = "\n\n".join(
        [
            "Convention on Examples",
            "### Article 24",
            "####Other agreements",
            BODY,
            "### Article 25",
            "####Annex",
            "The annex to the present Convention forms an integral part of the Convention.",
            "### Article 26",
            "####Depositary",
            "The Secretary-General is the depositary.",
        ]
    )
    parsed = parse_bytes(text.encode(), "convention.md")
    assert [(i.label, i.text) for i in parsed.items] == [
        ("Article 24", f"Other agreements: {BODY}"),
        (
            "Article 25",
            "Annex: The annex to the present Convention forms an integral part of the Convention.",
        ),
        ("Article 26", "Depositary: The Secretary-General is the depositary."),
    ]
    assert parsed.coverage.left_out == 0


def test_emphasis_marks_that_lost_their_spaces_keep_the_words_apart() -> None:
    text = (
        "1. The plant of the species *Papaver somniferum*L; the rules apply *mutatis "
        "mutandis.*In addition, security,*ordre public*or other interests.\n\n2. Closing."
    )
    parsed = parse_bytes(text.encode(), "convention.md")
    assert parsed.items[0].text == (
        "The plant of the species Papaver somniferum L; the rules apply mutatis mutandis. In "
        "addition, security, ordre public or other interests."
    )


def test_the_covenants_closing_formula_ends_a_run_in_preamble() -> None:
    # The ICCPR as the database prints it: "The States Parties to the present Covenant,
    # Considering ..., Recognizing ..., Agree upon the following articles:" on one line.
    preamble = (
        "The States Parties to the present Covenant, Considering that recognition of the "
        "inherent dignity is the foundation of freedom, Recognizing that these rights derive "
        "from the inherent dignity of the human person, Agree upon the following articles:"
    )
    parsed = parse_bytes(_convention(preamble), "covenant.md")
    assert [i.label for i in parsed.items] == ["PP1", "PP2", "Article 1", "Article 2"]
    assert parsed.items[1].text == (
        "Recognizing that these rights derive from the inherent dignity of the human person,"
    )


def test_a_convention_with_no_preamble_is_known_by_its_english_heading() -> None:
    # The Dutch title in the title block, the English one as the heading over article 1.
    text = "\n\n".join(
        [
            "##Verdrag van de Verenigde Naties tegen grensoverschrijdende georganiseerde misdaad",
            "####United Nations Convention against Transnational Organized Crime",
            "### Article  1",
            "####Statement of purpose",
            "The purpose of this United Nations Convention is to promote cooperation to prevent "
            "and combat transnational organized crime more effectively.",
            "### Article  2",
            "####Use of terms",
            'For the purposes of this Convention, ``Organized criminal group" shall mean a '
            "structured group of three or more persons.",
            "### Article  3",
            "####Scope of application",
            "This Convention shall apply to the prevention of offences against it.",
        ]
    )
    parsed = parse_bytes(text.encode(), "untoc.md")
    assert parsed.title == (
        "Treaty: United Nations Convention against Transnational Organized Crime"
    )
    # TeX's opening quotes, as the database leaves them, are a quotation mark.
    assert 'Use of terms: For the purposes of this Convention, “Organized criminal group"' in (
        parsed.items[1].text
    )


def test_a_sub_paragraphs_letter_glued_to_its_first_word_is_spaced() -> None:
    # The database prints "a.To abrogate ...", "b.To ensure ..." on lines of their own.
    parsed = read_document(DATA / "unesco-discrimination-education.laws-markdown.md")
    (article,) = [i for i in parsed.items if i.label == "Article 3"]
    assert "undertake: a. To abrogate any statutory provisions" in article.text
    assert "; b. To ensure, by legislation where necessary," in article.text
    assert ".To" not in article.text
