"""Rules of procedure: "Rule 91" is an item of its own, named a rule, as articles are; the rules'
numbered paragraphs stay inside them. A body negotiates its rules at its first session (the
text here is written for the test after the Ad Hoc Committee's rules)."""

from cybertrack.domain.units import Unit
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.importers import parse_bytes
from cybertrack.importers.labels import match_label

RULES = """Rules of procedure of the Ad Hoc Committee

I. Sessions

Rule 1
Dates of meetings

The Committee shall meet at the dates fixed by the General Assembly.

Rule 2
Place of meetings

1. The Committee shall meet in Vienna.

2. It may decide to meet elsewhere.

Rule 3
Agenda

The provisional agenda shall be drawn up by the secretariat.
"""


def test_rules_are_items_named_rules_with_their_paragraphs_inside() -> None:
    document = parse_bytes(RULES.encode(), "rules.txt")
    assert [(i.number, i.label, i.kind) for i in document.items] == [
        ("1", "Rule 1", Unit.RULE),
        ("2", "Rule 2", Unit.RULE),
        ("3", "Rule 3", Unit.RULE),
    ]
    assert document.items[1].text == (
        "Place of meetings: 1. The Committee shall meet in Vienna. "
        "2. It may decide to meet elsewhere."
    )
    # Rules of procedure are no treaty: the title is the document's own.
    assert document.kind is None
    assert document.title == "Rules of procedure of the Ad Hoc Committee"


def test_rules_in_russian_and_arabic() -> None:
    russian = match_label("Правило 91 Голосование по поправкам")
    arabic = match_label("القاعدة 91 التصويت على التعديلات")
    assert russian is not None and (russian.scheme, russian.number) == ("article", "91")
    assert arabic is not None and (arabic.scheme, arabic.number) == ("article", "91")
    assert match_label("Rules of procedure") is None and match_label("Ruled out") is None


def test_a_rule_is_cited_as_each_language_cites_it() -> None:
    # French and Spanish rules of procedure number articles.
    assert Vocabulary("en").unit_title("rule") == "Rule"
    assert Vocabulary("fr").unit_title("rule") == "Article"
    assert [Vocabulary("ru").count("rule", n) for n in (1, 3, 5)] == [
        "1 правило",
        "3 правила",
        "5 правил",
    ]
