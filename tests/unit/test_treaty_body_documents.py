"""A treaty body's document (concluding observations, a general comment) carries the treaty's
name as its masthead, where other documents carry "General Assembly", and names the committee
that adopted it. Before, the treaty's name was the title ("International Covenant on Civil and
Political Rights") and "Human Rights Committee" no body at all."""

from __future__ import annotations

import pytest

from cybertrack.importers import parse_bytes


def _observations(masthead: str, committee: str, symbol: str) -> bytes:
    return "\n\n".join(
        [
            f"United Nations {symbol}",
            f"{masthead}\nDistr.: General\n1 December 2022",
            "Original: English",
            committee,
            "Concluding observations on the seventh periodic report of Italy*",
            "A. Introduction",
            "1. The Committee considered the seventh periodic report of Italy.",
            "B. Principal matters of concern and recommendations",
            "2. The Committee is concerned about the broad powers of surveillance.",
            "3. The State party should establish independent oversight mechanisms.",
        ]
    ).encode()


@pytest.mark.parametrize(
    ("masthead", "committee", "symbol"),
    [
        (
            "International Covenant on Civil and Political Rights",
            "Human Rights Committee",
            "CCPR/C/ITA/CO/7",
        ),
        (
            "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or"
            " Punishment",
            "Committee against Torture",
            "CAT/C/ITA/CO/7",
        ),
        (
            "Convention on the Rights of the Child",
            "Committee on the Rights of the Child",
            "CRC/C/ITA/CO/7",
        ),
    ],
)
def test_concluding_observations(masthead: str, committee: str, symbol: str) -> None:
    document = parse_bytes(_observations(masthead, committee, symbol), "co.txt")
    assert document.symbol == symbol
    assert document.title == (
        f"{symbol}: Concluding observations on the seventh periodic report of Italy"
    )
    assert document.meeting.body == committee
    assert [i.label for i in document.items] == ["1.", "2.", "3."]


def test_a_treaty_itself_keeps_its_name_as_its_title() -> None:
    text = "\n\n".join(
        [
            "Convention on the Rights of the Child",
            "Preamble",
            "The States Parties to the present Convention,",
            "Considering that the recognition of the inherent dignity is the foundation,",
            "Have agreed as follows:",
            "Article 1",
            "For the purposes of the present Convention, a child means every human being.",
            "Article 2",
            "States Parties shall respect the rights set forth in the present Convention.",
            "Article 3",
            "In all actions concerning children, the best interests of the child shall prevail.",
        ]
    )
    document = parse_bytes(text.encode(), "crc.txt")
    assert "Convention on the Rights of the Child" in document.title
