"""Paragraph identity: the same key from every form a paragraph arrives in."""

import pytest

from cybertrack.domain.identity import (
    document_fingerprint,
    fingerprint_and_keys,
    normalise,
    text_key,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The P-3 post, inter- national.", "the P3 post international"),
        ("Equality for women and girls.[fn2]", "Equality for women and girls."),
        ("Égalité des femmes² et des filles", "égalité des femmes et des filles"),
        ("“Quoted” – with a dash_and_underscore", '"quoted" with a dash and underscore'),
        ("Статья 5: Криминализация", "статья 5 криминализация"),
        ("第五条 刑事定罪。", "第五条刑事定罪"),
    ],
)
def test_forms_of_one_paragraph_have_one_key(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)
    assert text_key(a) == text_key(b)


def test_only_letters_and_digits_are_kept_in_any_script() -> None:
    assert normalise("A (1) b_c; Ünïcode — 12.5%") == "a1bcünïcode125"
    assert normalise("plain ascii, with 3 numbers!") == "plainasciiwith3numbers"


def test_the_fingerprint_and_the_keys_come_from_one_pass_alike() -> None:
    items = [("1", "First paragraph."), ("2", "Deuxième paragraphe – fin.")]
    fingerprint, keys = fingerprint_and_keys(items)
    assert fingerprint == document_fingerprint(items)
    assert keys == [text_key(text) for _number, text in items]
    assert fingerprint != document_fingerprint([("1", "First paragraph."), ("2", "Other.")])
