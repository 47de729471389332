"""The fixed words of every product in English, French and Spanish.

Item texts are never translated (they are the negotiated text as the delegation has it); only the
titles, labels and dates the exporters add. Every language has exactly the same keys.
"""

from __future__ import annotations

from datetime import date

from cybertrack.domain.errors import BadValue
from cybertrack.domain.messages import Code, Message

LANGUAGES = ("en", "fr", "es")

_EN = {
    "position_paper": "Position paper",
    "briefing_note": "Briefing note",
    "dossier": "Internal dossier",
    "shareable": "For distribution to other delegations",
    "internal": "Internal – not for distribution",
    "summary": "Summary",
    "summary_line": "{total} items: support {support}, oppose {oppose}, amend {amend}, "
    "no position yet {undecided}.",
    "overview": "Overview of positions",
    "item": "Item",
    "text": "Text",
    "position": "Position",
    "support": "Support",
    "oppose": "Oppose",
    "amend": "Amend",
    "undecided": "No position yet",
    "rationale": "Reason",
    "amendment": "Proposed wording",
    "note": "Internal note",
    "priority": "Priority",
    "red_line": "Red line",
    "history": "Stance history",
    "no_history": "No stance recorded yet.",
    "none": "none",
    "talking_points": "Talking points",
    "red_lines": "Red lines",
    "priorities": "Priorities",
    "level_point": "{level}: {point}",
    "we_support": "We support {items}.",
    "we_oppose": "We oppose {items}.",
    "we_amend": "We propose amendments to {items}.",
    "internal_notes": "Internal notes",
    "undecided_items": "Items still undecided",
    "all_decided": "Every item has a position.",
    "prepared_by": "Prepared by {initials}",
    "document": "Document",
    "issued": "Issued {date}",
    "page": "Page",
    "months": "January February March April May June July August September October November "
    "December",
}
_FR = {
    "position_paper": "Document de position",
    "briefing_note": "Note d'information",
    "dossier": "Dossier interne",
    "shareable": "Pour communication aux autres délégations",
    "internal": "Usage interne – ne pas diffuser",
    "summary": "Résumé",
    "summary_line": "{total} paragraphes : appui {support}, opposition {oppose}, "
    "amendement {amend}, sans position {undecided}.",
    "overview": "Aperçu des positions",
    "item": "Paragraphe",
    "text": "Texte",
    "position": "Position",
    "support": "Appui",
    "oppose": "Opposition",
    "amend": "Amendement",
    "undecided": "Sans position",
    "rationale": "Motif",
    "amendment": "Libellé proposé",
    "note": "Note interne",
    "priority": "Priorité",
    "red_line": "Ligne rouge",
    "history": "Historique des positions",
    "no_history": "Aucune position enregistrée.",
    "none": "aucune",
    "talking_points": "Éléments de langage",
    "red_lines": "Lignes rouges",
    "priorities": "Priorités",
    "level_point": "{level} : {point}",
    "we_support": "Nous appuyons {items}.",
    "we_oppose": "Nous nous opposons à {items}.",
    "we_amend": "Nous proposons de modifier {items}.",
    "internal_notes": "Notes internes",
    "undecided_items": "Paragraphes sans position",
    "all_decided": "Tous les paragraphes ont une position.",
    "prepared_by": "Établi par {initials}",
    "document": "Document",
    "issued": "Le {date}",
    "page": "Page",
    "months": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre",
}
_ES = {
    "position_paper": "Documento de posición",
    "briefing_note": "Nota informativa",
    "dossier": "Expediente interno",
    "shareable": "Para distribución a otras delegaciones",
    "internal": "Uso interno – no distribuir",
    "summary": "Resumen",
    "summary_line": "{total} párrafos: apoyo {support}, oposición {oppose}, enmienda {amend}, "
    "sin posición {undecided}.",
    "overview": "Resumen de posiciones",
    "item": "Párrafo",
    "text": "Texto",
    "position": "Posición",
    "support": "Apoyo",
    "oppose": "Oposición",
    "amend": "Enmienda",
    "undecided": "Sin posición",
    "rationale": "Motivo",
    "amendment": "Redacción propuesta",
    "note": "Nota interna",
    "priority": "Prioridad",
    "red_line": "Línea roja",
    "history": "Historial de posiciones",
    "no_history": "Aún no se ha registrado ninguna posición.",
    "none": "ninguna",
    "talking_points": "Puntos de conversación",
    "red_lines": "Líneas rojas",
    "priorities": "Prioridades",
    "level_point": "{level}: {point}",
    "we_support": "Apoyamos {items}.",
    "we_oppose": "Nos oponemos a {items}.",
    "we_amend": "Proponemos enmiendas a {items}.",
    "internal_notes": "Notas internas",
    "undecided_items": "Párrafos aún sin posición",
    "all_decided": "Todos los párrafos tienen posición.",
    "prepared_by": "Preparado por {initials}",
    "document": "Documento",
    "issued": "{date}",
    "page": "Página",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}
_WORDS = {"en": _EN, "fr": _FR, "es": _ES}


class Vocabulary:
    """The words of one language: `vocab["summary"]`, `vocab.format_date(d)`."""

    def __init__(self, language: str) -> None:
        if language not in _WORDS:
            raise BadValue(
                Code.BAD_CHOICE,
                what=Message(Code.WORD_LANGUAGE),
                value=language,
                choices=", ".join(LANGUAGES),
            )
        self.language = language
        self._words = _WORDS[language]
        self._months = self._words["months"].split()

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def keys(self) -> set[str]:
        return set(self._words)

    def month(self, day: date) -> str:
        return self._months[day.month - 1]

    def format_date(self, day: date) -> str:
        """27 July 2020 / 27 juillet 2020 / 27 de julio de 2020."""
        if self.language == "es":
            return f"{day.day} de {self.month(day)} de {day.year}"
        return f"{day.day} {self.month(day)} {day.year}"

    def format_range(self, first: date, last: date) -> str:
        """'27–29 July 2020' (the UN's form), in this language."""
        if first == last:
            return self.format_date(first)
        de = " de" if self.language == "es" else ""
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{self.format_date(last)}"
        if first.year == last.year:
            return f"{first.day}{de} {self.month(first)}–{self.format_date(last)}"
        return f"{self.format_date(first)}–{self.format_date(last)}"
