"""French (typography: non-breaking spaces are added by the vocabulary, not typed here)."""

from __future__ import annotations

from datetime import date

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

WORDS = {
    "position_paper": "Document de position",
    "briefing_note": "Note d’information",
    "dossier": "Dossier interne",
    "comparison": "Comparaison des positions d’une version à l’autre",
    "stance_sheet": "Tableau des positions",
    "shareable": "Pour communication aux autres délégations",
    "internal": "Usage interne – ne pas diffuser",
    "summary": "Résumé",
    "summary_line": "{count} : appui {support}, opposition {oppose}, amendement {amend}, "
    "sans position {undecided}.",
    "summary_decided": "{count} : appui {support}, opposition {oppose}, amendement {amend}.",
    "summary_open": "{count} : appui {support}, opposition {oppose}, amendement {amend}, "
    "à l’examen {undecided}.",
    "overview": "Aperçu des positions",
    "text": "Texte",
    "position": "Position",
    "support": "Appui",
    "oppose": "Opposition",
    "amend": "Amendement",
    "undecided": "Sans position",
    "flexible": "Flexibilité",  # capital's instruction: flexibility
    "under_consideration": "À l’examen",
    "rationale": "Motif",
    "amendment": "Libellé proposé",
    "note": "Note interne",
    "priority": "Priorité",
    "red_line": "Ligne rouge",
    "normal": "Normale",
    "history": "Historique des positions",
    "no_history": "Aucune position enregistrée.",
    "none": "aucune",
    "talking_points": "Éléments de langage",
    "level_point": "{level} : {point}",
    "we_support": "Nous appuyons {items:def}.",
    "we_oppose": "Nous nous opposons {items:a}.",
    "we_amend": "Nous proposons de modifier {items:def}.",
    "proposals": "Libellés proposés et motifs",
    "internal_notes": "Notes internes",
    "undecided_items": "{units} sans position",
    "still_open": "Encore à l’examen : {items:nom}.",
    "all_decided": "Aucune position ne reste à arrêter.",
    "prepared_by": "Établi par {initials}",
    "issued": "Le {date}",
    "page_of": "Page {page} sur {pages}",
    "label": "{name} : ",
    "changes": "Modifications",
    "text_changed": "texte modifié",
    "stance_changed": "position modifiée",
    "new": "nouveau",
    "dropped": "supprimé",
    "col_id": "Identifiant",
    "col_document": "Document",
    "col_number": "N°",
    "col_text": "Texte",
    "col_stance": "Position",
    "col_priority": "Priorité",
    "col_rationale": "Motif public",
    "col_note": "Note interne",
    "col_amendment": "Libellé proposé",
    "col_instruction": "Instruction de la capitale",  # capital's (the negotiation day)
    # The delegation when none is set; the kinds of document the import names.
    "delegation": "Délégation",
    "kind_report": "Rapport",
    "kind_draft_report": "Projet de rapport",
    "kind_draft_resolution": "Projet de résolution",
    "kind_draft_decision": "Projet de décision",
    "kind_amendments": "Amendements",
    "kind_addendum": "Additif",
    "kind_resolution": "Résolution",
    "kind_decision": "Décision",
    "kind_note_by_the_secretariat": "Note du Secrétariat",
    "kind_treaty": "Traité",
    "kind_secretary_general_s_bulletin": "Circulaire du Secrétaire général",
    "kind_administrative_instruction": "Instruction administrative",
    "kind_information_circular": "Circulaire d’information",
}


def _unit(
    title: str, plural: str, nom: tuple[str, str], the: tuple[str, str], to: tuple[str, str]
) -> dict[str, object]:
    singular = title[0].lower() + title[1:]
    return {
        "title": title,
        "plural": plural,
        "others": f"Autres {plural}",
        "count": (f"{{n}} {singular}", f"{{n}} {plural}"),
        "nom": nom,
        "def": the,
        "a": to,
    }


_ARTICLE = _unit(
    "Article",
    "articles",
    ("article {refs}", "articles {refs}"),
    ("l’article {refs}", "les articles {refs}"),
    ("à l’article {refs}", "aux articles {refs}"),
)

UNITS = {
    "paragraph": _unit(
        "Paragraphe",
        "paragraphes",
        ("paragraphe {refs}", "paragraphes {refs}"),
        ("le paragraphe {refs}", "les paragraphes {refs}"),
        ("au paragraphe {refs}", "aux paragraphes {refs}"),
    ),
    "recommendation": _unit(
        "Recommandation",
        "recommandations",
        ("recommandation {refs}", "recommandations {refs}"),
        ("la recommandation {refs}", "les recommandations {refs}"),
        ("à la recommandation {refs}", "aux recommandations {refs}"),
    ),
    "article": _ARTICLE,
    "operative paragraph": _unit(
        "Paragraphe du dispositif",
        "paragraphes du dispositif",
        ("paragraphe {refs} du dispositif", "paragraphes {refs} du dispositif"),
        ("le paragraphe {refs} du dispositif", "les paragraphes {refs} du dispositif"),
        ("au paragraphe {refs} du dispositif", "aux paragraphes {refs} du dispositif"),
    ),
    "preambular paragraph": _unit(
        "Alinéa du préambule",
        "alinéas du préambule",
        ("alinéa {refs} du préambule", "alinéas {refs} du préambule"),
        ("l’alinéa {refs} du préambule", "les alinéas {refs} du préambule"),
        ("à l’alinéa {refs} du préambule", "aux alinéas {refs} du préambule"),
    ),
    "rule": _ARTICLE,  # the French rules of procedure number articles
    "rule by regulation": _unit(  # the Financial and Staff Rules: "règle 105.1"
        "Règle",
        "règles",
        ("règle {refs}", "règles {refs}"),
        ("la règle {refs}", "les règles {refs}"),
        ("à la règle {refs}", "aux règles {refs}"),
    ),
    "regulation": _ARTICLE,  # and so do the French Financial and Staff Regulations
    "provision": _unit(
        "Disposition",
        "dispositions",
        ("disposition {refs}", "dispositions {refs}"),
        ("la disposition {refs}", "les dispositions {refs}"),
        ("à la disposition {refs}", "aux dispositions {refs}"),
    ),
    "conclusion": _unit(
        "Conclusion",
        "conclusions",
        ("conclusion {refs}", "conclusions {refs}"),
        ("la conclusion {refs}", "les conclusions {refs}"),
        ("à la conclusion {refs}", "aux conclusions {refs}"),
    ),
    "guideline": _unit(
        "Directive",
        "directives",
        ("directive {refs}", "directives {refs}"),
        ("la directive {refs}", "les directives {refs}"),
        ("à la directive {refs}", "aux directives {refs}"),
    ),
    "principle": _unit(
        "Principe",
        "principes",
        ("principe {refs}", "principes {refs}"),
        ("le principe {refs}", "les principes {refs}"),
        ("au principe {refs}", "aux principes {refs}"),
    ),
    "action": _unit(
        "Mesure",
        "mesures",
        ("mesure {refs}", "mesures {refs}"),
        ("la mesure {refs}", "les mesures {refs}"),
        ("à la mesure {refs}", "aux mesures {refs}"),
    ),
    "target": _unit(
        "Cible",
        "cibles",
        ("cible {refs}", "cibles {refs}"),
        ("la cible {refs}", "les cibles {refs}"),
        ("à la cible {refs}", "aux cibles {refs}"),
    ),
    "amendment": _unit(
        "Amendement",
        "amendements",
        ("amendement {refs}", "amendements {refs}"),
        ("l’amendement {refs}", "les amendements {refs}"),
        ("à l’amendement {refs}", "aux amendements {refs}"),
    ),
    "statement": _unit(
        "Déclaration",
        "déclarations",
        ("déclaration {refs}", "déclarations {refs}"),
        ("la déclaration {refs}", "les déclarations {refs}"),
        ("à la déclaration {refs}", "aux déclarations {refs}"),
    ),
}
LIST = ", "
AND = " et "
SERIES = True  # three groups or more: 'A, B and C'


def _day(value: date) -> str:
    return "1er" if value.day == 1 else str(value.day)


def day(value: date) -> str:
    return f"{_day(value)} {MONTHS[value.month - 1]} {value.year}"


def days(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{_day(first)}–{day(last)}"
    if first.year == last.year:
        return f"{_day(first)} {MONTHS[first.month - 1]}–{day(last)}"
    return f"{day(first)}–{day(last)}"
