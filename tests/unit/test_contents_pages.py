"""A table of contents set as paragraphs lists the headings again, with their pages: it is
neither headings nor items (each heading would stand twice, the first ones empty)."""

from __future__ import annotations

import pytest

from cybertrack.importers import parse_bytes
from tests.conftest import DATA

HEADINGS = [
    "I. Introduction",
    "II. Recommendations",
    "A. International cooperation",
    "B. Technical assistance",
    "III. Organization of the session",
]


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_a_typed_table_of_contents_is_set_aside(form: str) -> None:
    path = DATA / f"synthetic-contents.{form}"
    document = parse_bytes(path.read_bytes(), path.name)
    assert [s.heading for s in document.sections] == HEADINGS
    assert [(i.number, document.sections[i.section_key].heading) for i in document.items] == [
        ("1", "I. Introduction"),
        ("2", "A. International cooperation"),
        ("3", "B. Technical assistance"),
        ("4", "III. Organization of the session"),
    ]
    assert document.coverage.left_out == 0


TEXT = """Report of the Expert Group

Table des matières

I. Introduction ............ 3

II. Recommandations ......... 4

I. Introduction

1. Le Groupe d’experts a tenu sa septième session à Vienne.

II. Recommandations

2. Les États devraient renforcer la coopération.
"""


def test_dot_leaders_in_a_text_and_the_body_after_them() -> None:
    document = parse_bytes(TEXT.encode(), "rapport.txt")
    assert [s.heading for s in document.sections] == ["I. Introduction", "II. Recommandations"]
    assert [i.number for i in document.items] == ["1", "2"]


def test_a_paragraph_ending_in_a_number_is_no_contents_line() -> None:
    text = (
        "Report of the Expert Group\n\nContents\n\nI. Introduction 3\n\n"
        "I. Introduction\n\n1. The Group adopted the recommendations in annex 3\n\n"
        "2. The Group met again.\n"
    )
    document = parse_bytes(text.encode(), "report.txt")
    # The contents end at the first line with no page ("I. Introduction"): the paragraphs after
    # it are read, the first one's closing number included.
    assert [i.number for i in document.items] == ["1", "2"]
    assert document.items[0].text.endswith("annex 3")
