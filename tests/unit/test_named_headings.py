"""Named headings ("Part II", "Annex I", "Section 16", "Глава 3") are whole words: a title that
begins with the same letters ("Participation of society", a UNCAC article's title) is none."""

import pytest

from cybertrack.importers.headings import chapter_or_section


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Part II. Substantive provisions", ("Part II.", "Substantive provisions", 1)),
        ("Annex I", ("Annex I", "", 1)),
        ("Section 16", ("Section 16", "", 1)),
        ("Глава 3", ("Глава 3", "", 1)),
        # Cut as "Part" + "icipation of society", the title became a section labelled "Part".
        ("Participation of society", None),
        ("Partnerships for the goals", None),
        ("Annexed documents", None),
        ("Sectional reports", None),
        # A title whose first word opens with a numeral's letter: "I" of "Interpretative".
        (
            "Annex Interpretative notes on specific articles",
            ("Annex", "Interpretative notes on specific articles", 1),
        ),
        ("Annex United Nations Convention", ("Annex", "United Nations Convention", 1)),
        ("Part One General provisions", ("Part One", "General provisions", 1)),
    ],
)
def test_a_named_heading_is_a_whole_word(text: str, found: tuple[str, str, int] | None) -> None:
    assert chapter_or_section(text, None, named=True) == found


def test_an_annexed_treaty_keeps_its_long_title() -> None:
    # A/RES/79/243: the annex heading over the convention's whole title, three lines long.
    title = (
        "United Nations Convention against Cybercrime; Strengthening International Cooperation "
        "for Combating Certain Crimes Committed by Means of Information and Communications "
        "Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes"
    )
    assert chapter_or_section(f"Annex {title}", None) == ("Annex", title, 1)
    # A sentence as long, its title in lower case, is no heading.
    assert chapter_or_section(f"Annex {title.lower()} and more", None) is None
