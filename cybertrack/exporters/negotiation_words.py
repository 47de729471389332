"""The fixed words of the report to capital and the status table, in the six UN languages.

Kept beside the papers' vocabulary (exporters/vocabulary.py), in the same languages and with the
same keys in each; dates, typography and the shared words (support, oppose...) come from there.
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
    "summary_line": "Changes of status: {moves} · proposals: {proposals} · "
    "deviations from instructions: {deviations} · still open: {open}",
    "deviations": "Deviations from instructions",
    "no_deviations": "Our line follows capital's instructions throughout.",
    "moved": "Movement in the room",
    "no_moves": "Nothing changed status in the room that day.",
    "proposals": "Proposals made",
    "no_proposals": "No proposal was recorded that day.",
    "still_open": "Still open",
    "nothing_open": "Nothing is still open in the room.",
    "not_taken_up": "Not yet taken up in the room: {items}.",
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
    "summary_line": "Changements de statut : {moves} · propositions : {proposals} · "
    "écarts par rapport aux instructions : {deviations} · encore en suspens : {open}",
    "deviations": "Écarts par rapport aux instructions",
    "no_deviations": "Notre ligne suit en tout point les instructions de la capitale.",
    "moved": "Évolution en salle",
    "no_moves": "Aucun changement de statut en salle ce jour-là.",
    "proposals": "Propositions faites",
    "no_proposals": "Aucune proposition n'a été enregistrée ce jour-là.",
    "still_open": "Encore en suspens",
    "nothing_open": "Plus rien n'est en suspens en salle.",
    "not_taken_up": "Pas encore examinés en salle : {items}.",
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
    "summary_line": "Cambios de estado: {moves} · propuestas: {proposals} · "
    "desviaciones de las instrucciones: {deviations} · aún pendiente: {open}",
    "deviations": "Desviaciones de las instrucciones",
    "no_deviations": "Nuestra línea sigue en todo las instrucciones de la capital.",
    "moved": "Evolución en la sala",
    "no_moves": "No hubo cambios de estado en la sala ese día.",
    "proposals": "Propuestas presentadas",
    "no_proposals": "No se registró ninguna propuesta ese día.",
    "still_open": "Aún pendiente",
    "nothing_open": "Ya no queda nada pendiente en la sala.",
    "not_taken_up": "Aún no examinados en la sala: {items}.",
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
_AR = {
    "capital_report": "تقرير إلى العاصمة",
    "status_table": "حالة المفاوضات",
    "report_day": "مفاوضات يوم {date}",
    "as_of": "الحالة في {moment}",
    "summary_line": "تغييرات الحالة: {moves} · مقترحات: {proposals} · "
    "انحرافات عن التعليمات: {deviations} · ما زال مفتوحا: {open}",
    "deviations": "الانحرافات عن التعليمات",
    "no_deviations": "يتبع موقفنا تعليمات العاصمة في كل شيء.",
    "moved": "التطورات في القاعة",
    "no_moves": "لم يطرأ أي تغيير على الحالة في القاعة في ذلك اليوم.",
    "proposals": "المقترحات المقدَّمة",
    "no_proposals": "لم يُسجَّل أي مقترح في ذلك اليوم.",
    "still_open": "ما زال مفتوحا",
    "nothing_open": "لم يعد هناك ما هو مفتوح في القاعة.",
    "not_taken_up": "لم تُناقش بعد في القاعة: {items}.",
    "status": "الحالة",
    "as_of_column": "في",
    "room_note": "ملاحظة القاعة",
    "change": "التغيّر",
    "our_stance": "موقفنا",
    "instruction": "التعليمات",
    "fallback": "الصيغة البديلة",
    "instruction_note": "ملاحظة العاصمة",
    "proposed_by": "{by}، {time}",
    "supported_by": "أيّده",
    "opposed_by": "عارضه",
    "withdrawn": "سُحب",
    "new_paragraph": "فقرة جديدة",
    "agreed": "متفق عليه",
    "ad-ref": "متفق عليه بشرط الاستشارة",
    "pending": "معلّق",
    "informals": "في المشاورات غير الرسمية",
    "bracketed": "بين أقواس معقوفة",
    "deleted": "محذوف",
    "no_status": "لم يُناقش بعد",
    "flexible": "مرونة",
    "no_instruction": "بلا تعليمات",
    "count": "{status}: {n}",
    "moment": "{date}، {time}",
}
_RU = {
    "capital_report": "Отчёт в столицу",
    "status_table": "Ход переговоров",
    "report_day": "Переговоры {date}",
    "as_of": "По состоянию на {moment}",
    "summary_line": "Изменения статуса: {moves} · предложения: {proposals} · "
    "отклонения от указаний: {deviations} · ещё открыто: {open}",
    "deviations": "Отклонения от указаний",
    "no_deviations": "Наша линия во всём следует указаниям столицы.",
    "moved": "Движение в зале",
    "no_moves": "В этот день изменений статуса в зале не было.",
    "proposals": "Внесённые предложения",
    "no_proposals": "В этот день предложений не записано.",
    "still_open": "Ещё открыто",
    "nothing_open": "В зале не осталось ничего открытого.",
    "not_taken_up": "Ещё не обсуждались в зале: {items}.",
    "status": "Статус",
    "as_of_column": "На момент",
    "room_note": "Заметка из зала",
    "change": "Изменение",
    "our_stance": "Наша позиция",
    "instruction": "Указание",
    "fallback": "Запасная формулировка",
    "instruction_note": "Заметка столицы",
    "proposed_by": "{by}, {time}",
    "supported_by": "Поддержали",
    "opposed_by": "Возразили",
    "withdrawn": "отозвано",
    "new_paragraph": "новый пункт",
    "agreed": "Согласовано",
    "ad-ref": "Согласовано ad referendum",
    "pending": "Ожидает",
    "informals": "На неофициальных консультациях",
    "bracketed": "В скобках",
    "deleted": "Исключено",
    "no_status": "Ещё не обсуждался",
    "flexible": "Гибкость",
    "no_instruction": "Нет указания",
    "count": "{status}: {n}",
    "moment": "{date}, {time}",
}
_ZH = {
    "capital_report": "向首都报告",
    "status_table": "谈判状况",
    "report_day": "{date}的谈判",
    "as_of": "截至{moment}",
    "summary_line": "状态变化：{moves} · 提案：{proposals} · 偏离指示：{deviations} · "
    "仍未结束：{open}",
    "deviations": "偏离指示之处",
    "no_deviations": "我方立场完全遵循首都的指示。",
    "moved": "会场动态",
    "no_moves": "当天会场没有任何状态变化。",
    "proposals": "提出的提案",
    "no_proposals": "当天没有记录提案。",
    "still_open": "仍未结束",
    "nothing_open": "会场中已没有仍未结束的事项。",
    "not_taken_up": "会场尚未讨论：{items}。",
    "status": "状态",
    "as_of_column": "时间",
    "room_note": "会场备注",
    "change": "变化",
    "our_stance": "我方立场",
    "instruction": "指示",
    "fallback": "备选措辞",
    "instruction_note": "首都备注",
    "proposed_by": "{by}，{time}",
    "supported_by": "支持方",
    "opposed_by": "反对方",
    "withdrawn": "已撤回",
    "new_paragraph": "新段落",
    "agreed": "已商定",
    "ad-ref": "待请示商定",
    "pending": "待定",
    "informals": "非正式磋商中",
    "bracketed": "加方括号",
    "deleted": "已删除",
    "no_status": "尚未讨论",
    "flexible": "灵活",
    "no_instruction": "无指示",
    "count": "{status}：{n}",
    "moment": "{date} {time}",
}
_WORDS = {"en": _EN, "fr": _FR, "es": _ES, "ar": _AR, "ru": _RU, "zh": _ZH}


class NegotiationWords:
    """The report's and table's words in one language, with the papers' vocabulary beside."""

    def __init__(self, language: str) -> None:
        self.vocab = Vocabulary(language)  # refuses a language the papers do not speak
        self._words = _WORDS[language]

    def __getitem__(self, key: str) -> str:
        return self.vocab.typeset(self._words[key])

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
