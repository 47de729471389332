"""Spanish."""

from __future__ import annotations

from datetime import date

MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]

WORDS = {
    "position_paper": "Documento de posición",
    "briefing_note": "Nota informativa",
    "dossier": "Expediente interno",
    "comparison": "Comparación de posiciones entre versiones",
    "stance_sheet": "Cuadro de posiciones",
    "shareable": "Para distribución a otras delegaciones",
    "internal": "Uso interno – no distribuir",
    "summary": "Resumen",
    "summary_line": "{count}: apoyo {support}, oposición {oppose}, enmienda {amend}, "
    "sin posición {undecided}.",
    "summary_decided": "{count}: apoyo {support}, oposición {oppose}, enmienda {amend}.",
    "summary_open": "{count}: apoyo {support}, oposición {oppose}, enmienda {amend}, "
    "en examen {undecided}.",
    "overview": "Resumen de posiciones",
    "text": "Texto",
    "position": "Posición",
    "support": "Apoyo",
    "oppose": "Oposición",
    "amend": "Enmienda",
    "undecided": "Sin posición",
    "flexible": "Flexibilidad",  # capital's instruction: flexibility
    "under_consideration": "En examen",
    "rationale": "Motivo",
    "amendment": "Redacción propuesta",
    "note": "Nota interna",
    "priority": "Prioridad",
    "red_line": "Línea roja",
    "normal": "Normal",
    "history": "Historial de posiciones",
    "no_history": "Aún no se ha registrado ninguna posición.",
    "none": "ninguna",
    "talking_points": "Puntos de conversación",
    "level_point": "{level}: {point}",
    "we_support": "Apoyamos {items:def}.",
    "we_oppose": "Nos oponemos {items:a}.",
    "we_amend": "Proponemos enmiendas {items:a}.",
    "proposals": "Redacción propuesta y motivos",
    "internal_notes": "Notas internas",
    "undecided_items": "{units} aún sin posición",
    "still_open": "Aún en examen: {items:nom}.",
    "all_decided": "No queda ninguna posición por decidir.",
    "prepared_by": "Preparado por {initials}",
    "issued": "Fecha: {date}",
    "page_of": "Página {page} de {pages}",
    "label": "{name}: ",
    "changes": "Cambios",
    "text_changed": "texto modificado",
    "stance_changed": "posición modificada",
    "new": "nuevo",
    "dropped": "suprimido",
    "col_id": "Identificador",
    "col_document": "Documento",
    "col_number": "N.º",
    "col_text": "Texto",
    "col_stance": "Posición",
    "col_priority": "Prioridad",
    "col_rationale": "Motivo público",
    "col_note": "Nota interna",
    "col_amendment": "Redacción propuesta",
    "col_instruction": "Instrucción de la capital",  # capital's (the negotiation day)
    # The delegation when none is set; the kinds of document the import names.
    "delegation": "Delegación",
    "kind_report": "Informe",
    "kind_draft_report": "Proyecto de informe",
    "kind_draft_resolution": "Proyecto de resolución",
    "kind_draft_decision": "Proyecto de decisión",
    "kind_amendments": "Enmiendas",
    "kind_addendum": "Adición",
    "kind_resolution": "Resolución",
    "kind_decision": "Decisión",
    "kind_note_by_the_secretariat": "Nota de la Secretaría",
    "kind_treaty": "Tratado",
    "kind_secretary_general_s_bulletin": "Boletín del Secretario General",
    "kind_administrative_instruction": "Instrucción administrativa",
    "kind_information_circular": "Circular informativa",
}


def _unit(
    title: str,
    plural: str,
    others: str,
    nom: tuple[str, str],
    the: tuple[str, str],
    to: tuple[str, str],
) -> dict[str, object]:
    singular = title[0].lower() + title[1:]
    return {
        "title": title,
        "plural": plural,
        "others": others,
        "count": (f"{{n}} {singular}", f"{{n}} {plural}"),
        "nom": nom,
        "def": the,
        "a": to,
    }


_ARTICLE = _unit(
    "Artículo",
    "artículos",
    "Otros artículos",
    ("artículo {refs}", "artículos {refs}"),
    ("el artículo {refs}", "los artículos {refs}"),
    ("al artículo {refs}", "a los artículos {refs}"),
)

UNITS = {
    "paragraph": _unit(
        "Párrafo",
        "párrafos",
        "Otros párrafos",
        ("párrafo {refs}", "párrafos {refs}"),
        ("el párrafo {refs}", "los párrafos {refs}"),
        ("al párrafo {refs}", "a los párrafos {refs}"),
    ),
    "recommendation": _unit(
        "Recomendación",
        "recomendaciones",
        "Otras recomendaciones",
        ("recomendación {refs}", "recomendaciones {refs}"),
        ("la recomendación {refs}", "las recomendaciones {refs}"),
        ("a la recomendación {refs}", "a las recomendaciones {refs}"),
    ),
    "article": _ARTICLE,
    "operative paragraph": _unit(
        "Párrafo de la parte dispositiva",
        "párrafos de la parte dispositiva",
        "Otros párrafos de la parte dispositiva",
        ("párrafo {refs} de la parte dispositiva", "párrafos {refs} de la parte dispositiva"),
        (
            "el párrafo {refs} de la parte dispositiva",
            "los párrafos {refs} de la parte dispositiva",
        ),
        (
            "al párrafo {refs} de la parte dispositiva",
            "a los párrafos {refs} de la parte dispositiva",
        ),
    ),
    "preambular paragraph": _unit(
        "Párrafo del preámbulo",
        "párrafos del preámbulo",
        "Otros párrafos del preámbulo",
        ("párrafo {refs} del preámbulo", "párrafos {refs} del preámbulo"),
        ("el párrafo {refs} del preámbulo", "los párrafos {refs} del preámbulo"),
        ("al párrafo {refs} del preámbulo", "a los párrafos {refs} del preámbulo"),
    ),
    "rule": _ARTICLE,  # the Spanish rules of procedure number articles
    "rule by regulation": _unit(  # the Financial and Staff Rules: "regla 105.1"
        "Regla",
        "reglas",
        "Otras reglas",
        ("regla {refs}", "reglas {refs}"),
        ("la regla {refs}", "las reglas {refs}"),
        ("a la regla {refs}", "a las reglas {refs}"),
    ),
    "regulation": _ARTICLE,  # a regulation cited as an article, as a rule is
    "provision": _unit(
        "Disposición",
        "disposiciones",
        "Otras disposiciones",
        ("disposición {refs}", "disposiciones {refs}"),
        ("la disposición {refs}", "las disposiciones {refs}"),
        ("a la disposición {refs}", "a las disposiciones {refs}"),
    ),
    "conclusion": _unit(
        "Conclusión",
        "conclusiones",
        "Otras conclusiones",
        ("conclusión {refs}", "conclusiones {refs}"),
        ("la conclusión {refs}", "las conclusiones {refs}"),
        ("a la conclusión {refs}", "a las conclusiones {refs}"),
    ),
    "guideline": _unit(
        "Directriz",
        "directrices",
        "Otras directrices",
        ("directriz {refs}", "directrices {refs}"),
        ("la directriz {refs}", "las directrices {refs}"),
        ("a la directriz {refs}", "a las directrices {refs}"),
    ),
    "principle": _unit(
        "Principio",
        "principios",
        "Otros principios",
        ("principio {refs}", "principios {refs}"),
        ("el principio {refs}", "los principios {refs}"),
        ("al principio {refs}", "a los principios {refs}"),
    ),
    "action": _unit(
        "Medida",
        "medidas",
        "Otras medidas",
        ("medida {refs}", "medidas {refs}"),
        ("la medida {refs}", "las medidas {refs}"),
        ("a la medida {refs}", "a las medidas {refs}"),
    ),
    "target": _unit(
        "Meta",
        "metas",
        "Otras metas",
        ("meta {refs}", "metas {refs}"),
        ("la meta {refs}", "las metas {refs}"),
        ("a la meta {refs}", "a las metas {refs}"),
    ),
    "amendment": _unit(
        "Enmienda",
        "enmiendas",
        "Otras enmiendas",
        ("enmienda {refs}", "enmiendas {refs}"),
        ("la enmienda {refs}", "las enmiendas {refs}"),
        ("a la enmienda {refs}", "a las enmiendas {refs}"),
    ),
    "statement": _unit(
        "Intervención",
        "intervenciones",
        "Otras intervenciones",
        ("intervención {refs}", "intervenciones {refs}"),
        ("la intervención {refs}", "las intervenciones {refs}"),
        ("a la intervención {refs}", "a las intervenciones {refs}"),
    ),
}
LIST = ", "
AND = " y "
SERIES = True  # three groups or more: 'A, B and C'


def day(value: date) -> str:
    return f"{value.day} de {MONTHS[value.month - 1]} de {value.year}"


def days(first: date, last: date) -> str:
    """'27 a 29 de julio de 2020', as United Nations documents in Spanish write a range."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} a {day(last)}"
    if first.year == last.year:
        return f"{first.day} de {MONTHS[first.month - 1]} a {day(last)}"
    return f"{day(first)} a {day(last)}"
