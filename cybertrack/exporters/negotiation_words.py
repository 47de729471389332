"""The fixed words of the report to capital and the status table, in English, French, Spanish.

Kept beside the papers' vocabulary (exporters/vocabulary.py), in the same three languages and
with the same keys in each; dates and the shared words (support, oppose...) come from there.
"""

from __future__ import annotations

from datetime import datetime

from cybertrack.domain.positions import Instruction, RoomStatus, Stance
from cybertrack.exporters.vocabulary import Vocabulary

_EN = {
    "capital_report": "Report to capital",
    "status_table": "Status of negotiations",
    "report_day": "Negotiations of {date}",
    "as_of": "As of {moment}",
    "summary_line": "Paragraphs that changed status: {moves} · proposals: {proposals} · "
    "deviations from instructions: {deviations} · still open: {open}",
    "deviations": "Deviations from instructions",
    "no_deviations": "Our line follows capital's instructions on every paragraph.",
    "moved": "Movement in the room",
    "no_moves": "No paragraph changed status in the room that day.",
    "proposals": "Proposals made",
    "no_proposals": "No proposal was recorded that day.",
    "still_open": "Paragraphs still open",
    "nothing_open": "No paragraph is still open in the room.",
    "not_taken_up": "Not yet taken up in the room: {items}.",
    "paragraph": "Paragraph",
    "status": "Status",
    "as_of_column": "As of",
    "room_note": "Room note",
    "change": "Change",
    "our_stance": "Our stance",
    "instruction": "Instruction",
    "fallback": "Fallback wording",
    "instruction_note": "Capital's note",
    "proposed_by": "{by}, {time}",
    "supported_by": "Supported by",
    "opposed_by": "Opposed by",
    "withdrawn": "withdrawn",
    "new_paragraph": "new paragraph",
    "agreed": "Agreed",
    "ad-ref": "Agreed ad ref.",
    "pending": "Pending",
    "informals": "In informals",
    "bracketed": "Bracketed",
    "deleted": "Deleted",
    "no_status": "Not yet discussed",
    "flexible": "Flexible",
    "no_instruction": "No instruction",
    "count": "{status}: {n}",
    "moment": "{date}, {time}",
}
_FR = {
    "capital_report": "Rapport à la capitale",
    "status_table": "État des négociations",
    "report_day": "Négociations du {date}",
    "as_of": "Situation au {moment}",
    "summary_line": "Paragraphes dont le statut a changé : {moves} · propositions : "
    "{proposals} · écarts par rapport aux instructions : {deviations} · encore en suspens : "
    "{open}",
    "deviations": "Écarts par rapport aux instructions",
    "no_deviations": "Notre ligne suit les instructions de la capitale sur chaque paragraphe.",
    "moved": "Évolution en salle",
    "no_moves": "Aucun paragraphe n'a changé de statut en salle ce jour-là.",
    "proposals": "Propositions faites",
    "no_proposals": "Aucune proposition n'a été enregistrée ce jour-là.",
    "still_open": "Paragraphes encore en suspens",
    "nothing_open": "Aucun paragraphe n'est encore en suspens en salle.",
    "not_taken_up": "Pas encore examinés en salle : {items}.",
    "paragraph": "Paragraphe",
    "status": "Statut",
    "as_of_column": "Au",
    "room_note": "Note de séance",
    "change": "Évolution",
    "our_stance": "Notre position",
    "instruction": "Instruction",
    "fallback": "Libellé de repli",
    "instruction_note": "Note de la capitale",
    "proposed_by": "{by}, {time}",
    "supported_by": "Appuyée par",
    "opposed_by": "Contestée par",
    "withdrawn": "retirée",
    "new_paragraph": "nouveau paragraphe",
    "agreed": "Adopté",
    "ad-ref": "Adopté ad referendum",
    "pending": "En suspens",
    "informals": "En consultations officieuses",
    "bracketed": "Entre crochets",
    "deleted": "Supprimé",
    "no_status": "Pas encore examiné",
    "flexible": "Flexibilité",
    "no_instruction": "Sans instruction",
    "count": "{status} : {n}",
    "moment": "{date}, {time}",
}
_ES = {
    "capital_report": "Informe a la capital",
    "status_table": "Estado de las negociaciones",
    "report_day": "Negociaciones del {date}",
    "as_of": "Situación al {moment}",
    "summary_line": "Párrafos que cambiaron de estado: {moves} · propuestas: {proposals} · "
    "desviaciones de las instrucciones: {deviations} · aún pendientes: {open}",
    "deviations": "Desviaciones de las instrucciones",
    "no_deviations": "Nuestra línea sigue las instrucciones de la capital en cada párrafo.",
    "moved": "Evolución en la sala",
    "no_moves": "Ningún párrafo cambió de estado en la sala ese día.",
    "proposals": "Propuestas presentadas",
    "no_proposals": "No se registró ninguna propuesta ese día.",
    "still_open": "Párrafos aún pendientes",
    "nothing_open": "Ningún párrafo sigue pendiente en la sala.",
    "not_taken_up": "Aún no examinados en la sala: {items}.",
    "paragraph": "Párrafo",
    "status": "Estado",
    "as_of_column": "Al",
    "room_note": "Nota de sala",
    "change": "Cambio",
    "our_stance": "Nuestra posición",
    "instruction": "Instrucción",
    "fallback": "Redacción alternativa",
    "instruction_note": "Nota de la capital",
    "proposed_by": "{by}, {time}",
    "supported_by": "Apoyada por",
    "opposed_by": "Rechazada por",
    "withdrawn": "retirada",
    "new_paragraph": "nuevo párrafo",
    "agreed": "Acordado",
    "ad-ref": "Acordado ad referéndum",
    "pending": "Pendiente",
    "informals": "En consultas oficiosas",
    "bracketed": "Entre corchetes",
    "deleted": "Suprimido",
    "no_status": "Aún no examinado",
    "flexible": "Flexibilidad",
    "no_instruction": "Sin instrucción",
    "count": "{status}: {n}",
    "moment": "{date}, {time}",
}
_WORDS = {"en": _EN, "fr": _FR, "es": _ES}


class NegotiationWords:
    """The report's and table's words in one language, with the papers' vocabulary beside."""

    def __init__(self, language: str) -> None:
        self.vocab = Vocabulary(language)  # refuses a language the papers do not speak
        self._words = _WORDS[language]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def keys(self) -> set[str]:
        return set(self._words)

    def room(self, status: RoomStatus | None) -> str:
        return self._words[status.value if status else "no_status"]

    def instruction(self, instruction: Instruction | None) -> str:
        if instruction is None:
            return self._words["no_instruction"]
        if instruction is Instruction.FLEXIBLE:
            return self._words["flexible"]
        return self.vocab[instruction.value]

    def stance(self, stance: Stance | None) -> str:
        return self.vocab[stance.value if stance else "undecided"]

    def moment(self, local: datetime) -> str:
        """'30 November 2026, 17:30' (a moment already in the reader's time zone)."""
        return self._words["moment"].format(
            date=self.vocab.format_date(local.date()), time=local.strftime("%H:%M")
        )

    def time(self, local: datetime) -> str:
        return local.strftime("%H:%M")
