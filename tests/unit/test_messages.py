"""Messages as codes: every code has its English and its five translations, placeholders kept."""

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from cybertrack.domain.errors import NotFound
from cybertrack.domain.messages import Code, Message, english, placeholders, plural_index, render

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "es", "ar", "ru", "zh_CN")


def _translations(language: str) -> dict[str, str]:
    root = ET.parse(ROOT / "resources" / "translations" / f"cybertrack_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Message":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_codes_have_unique_keys_and_english():
    keys = [code.key for code in Code]
    assert len(keys) == len(set(keys))
    for code in Code:
        assert code.english.strip(), code
        assert code.english == code.english.strip(), code


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_is_translated_with_its_placeholders(language):
    translations = _translations(language)
    missing = [code.key for code in Code if not translations.get(code.english)]
    assert not missing, f"{language}: no translation for {missing[:10]}"
    for code in Code:
        translated = translations[code.english]
        assert placeholders(translated) == placeholders(code.english), (language, code.key)


def test_render_fills_arguments_plurals_and_nested_messages():
    word = Message(Code.WORD_SUPPORT)
    message = Message(Code.DID_SET_STANCE, n=1, stance=word)
    assert english(message) == "Set 1 item to support"
    assert english(Message(Code.DID_SET_STANCE, n=3, stance=word)) == "Set 3 items to support"
    assert str(Message(Code.NO_ITEM_NUMBERED, document_id=2, number="5")) == (
        "document 2 has no item numbered 5"
    )
    # A missing argument stays visible instead of crashing.
    assert render("{a} and {b}", {"a": "x"}) == "x and {b}"
    assert render("{when}", {"when": date(2026, 11, 30)}) == "2026-11-30"


@pytest.mark.parametrize(
    ("language", "counts", "forms"),
    [
        ("en", (0, 1, 2, 21), (1, 0, 1, 1)),
        ("fr", (0, 1, 2, 21), (0, 0, 1, 1)),
        ("ru", (1, 2, 5, 11, 21, 22, 25), (0, 1, 2, 2, 0, 1, 2)),
        ("ar", (0, 1, 2, 3, 11, 100), (0, 1, 2, 3, 4, 5)),
        ("zh_CN", (1, 2), (0, 0)),
    ],
)
def test_plural_rules_of_the_six_languages(language, counts, forms):
    assert tuple(plural_index(language, n) for n in counts) == forms


def test_errors_carry_their_message_and_print_english():
    error = NotFound(Code.NO_ITEM, item_id=99)
    assert error.message == Message(Code.NO_ITEM, item_id=99)
    assert str(error) == "no item with id 99"


SENTENCE = re.compile(r"^[A-Za-z][a-z']+( [a-z'{]+){2,}")
BELOW_THE_FRONT_ENDS = ("domain", "storage", "importers", "exporters", "compare", "services")


def test_no_english_sentence_is_raised_below_the_front_ends():
    """Errors below gui/ and cli/ are raised with a Code, never with a sentence."""
    offenders = []
    for package in BELOW_THE_FRONT_ENDS:
        for path in (ROOT / "cybertrack" / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                    continue
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                args = node.exc.args
                if not args or name in ("TypeError", "NotImplementedError", "AttributeError"):
                    continue
                if isinstance(args[0], ast.Constant | ast.JoinedStr):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders
