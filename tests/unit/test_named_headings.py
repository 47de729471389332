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
    ],
)
def test_a_named_heading_is_a_whole_word(text: str, found: tuple[str, str, int] | None) -> None:
    assert chapter_or_section(text, None, named=True) == found
