"""The Secretariat's issuances (ST/SGB bulletins, ST/AI instructions): the kind over the
title, "Section 1" over its name as the first heading, paragraphs 1.1, 1.2 under it."""

from __future__ import annotations

from cybertrack.importers import parse_bytes

BULLETIN = """United Nations
ST/SGB/2019/8
Secretariat
10 September 2019

Secretary-General's bulletin

Addressing discrimination, harassment, including sexual harassment, and abuse of authority

The Secretary-General, for the purpose of preventing and addressing discrimination,
promulgates the following:

Section 1
Definitions

1.1 Discrimination is any unfair treatment or arbitrary distinction based on a person's
race, sex, religion or nationality.

1.2 Harassment is any improper and unwelcome conduct that might reasonably be expected
to cause offence.

Section 2
General principles

2.1 Every staff member has the right to be treated with dignity and respect.

Section 3
Final provision

3.1 The present bulletin shall enter into force on the date of its issuance.
"""


def test_a_bulletin_s_title_and_sections() -> None:
    # Before: "Section 1" read as a budget fascicle's part, the title "Secretary-General's
    # bulletin, Section 1: Definitions", and 1.1, 1.2 under no section.
    document = parse_bytes(BULLETIN.encode(), "sgb.txt")
    assert document.symbol == "ST/SGB/2019/8"
    assert document.title == (
        "Secretary-General's bulletin: Addressing discrimination, harassment, including "
        "sexual harassment, and abuse of authority"
    )
    assert [(s.label, s.title) for s in document.sections] == [
        ("Section 1", "Definitions"),
        ("Section 2", "General principles"),
        ("Section 3", "Final provision"),
    ]
    assert [(i.number, i.section_key) for i in document.items] == [
        ("1.1", 0),
        ("1.2", 0),
        ("2.1", 1),
        ("3.1", 2),
    ]


def test_a_budget_section_s_part_is_still_its_title() -> None:
    text = BULLETIN.replace("ST/SGB/2019/8", "A/81/6 (Sect. 1)").replace(
        "Secretary-General's bulletin", "Proposed programme budget for 2027"
    )
    document = parse_bytes(text.encode(), "sect1.txt")
    assert "Section 1: Definitions" in document.title


RULES = """United Nations
ST/SGB/2013/4
Secretariat
1 July 2013

Secretary-General's bulletin

Financial Regulations and Rules of the United Nations

Rule 105.1 The Controller shall be responsible for the administration of the appropriations.

Rule 105.2 Allotments shall be issued by the Controller in writing to the heads of departments.

Rule 106.1 The Controller shall establish the funds of the Organization as required.

Rule 106.2 Trust funds shall be administered in accordance with the regulations.
"""


def test_rules_numbered_by_their_regulation() -> None:
    # Before: "Rule 105.1" read as rule 105 whose text began "1 The Controller ...", and
    # rule 105 twice.
    document = parse_bytes(RULES.encode(), "rules.txt")
    assert [(i.label, i.text[:14]) for i in document.items] == [
        ("Rule 105.1", "The Controller"),
        ("Rule 105.2", "Allotments sha"),
        ("Rule 106.1", "The Controller"),
        ("Rule 106.2", "Trust funds sh"),
    ]
    assert {str(i.kind) for i in document.items} == {"rule"}
    assert not document.warnings


FRENCH_BULLETIN = """Nations Unies
ST/SGB/2013/4
Secrétariat
1er juillet 2013

Circulaire du Secrétaire général

Règlement financier et règles de gestion financière de l'Organisation des Nations Unies

Article 5.1 : Du fait du vote des crédits par l'Assemblée générale, le Secrétaire général est
autorisé à engager des dépenses.

Règle 105.1 Le Contrôleur délivre des allocations de crédits aux chefs de département.

Article 5.2 : Les crédits sont utilisables pendant l'exercice auquel ils se rapportent.
"""


def test_a_bulletin_in_french_is_a_bulletin_and_named_so_in_each_paper_language() -> None:
    # Before: "Circulaire du Secrétaire général" was taken for the title, the real title lost;
    # and a paper in French printed the English kind ("Secretary-General's bulletin: ...").
    from cybertrack.exporters.vocabulary import Vocabulary

    document = parse_bytes(FRENCH_BULLETIN.encode(), "sgb-fr.txt")
    assert document.kind == "Secretary-General's bulletin"
    assert document.title == (
        "Secretary-General's bulletin: Règlement financier et règles de gestion financière de "
        "l'Organisation des Nations Unies"
    )
    assert [(i.label, str(i.kind)) for i in document.items] == [
        ("Article 5.1", "article"),
        ("Règle 105.1", "rule"),
        ("Article 5.2", "article"),
    ]
    french = Vocabulary("fr").document_title(document.title, document.kind)
    assert french.startswith("Circulaire du Secrétaire général\u00a0: Règlement financier")
    chinese = Vocabulary("zh").document_title(document.title, document.kind)
    assert chinese.startswith("秘书长公报：Règlement")
