"""Russian (months in the genitive, as dates are written)."""

from __future__ import annotations

from datetime import date

MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]

WORDS = {
    "position_paper": "Позиционный документ",
    "briefing_note": "Информационная записка",
    "dossier": "Внутреннее досье",
    "comparison": "Сопоставление позиций по версиям",
    "stance_sheet": "Таблица позиций",
    "shareable": "Для распространения среди других делегаций",
    "internal": "Для внутреннего пользования – не для распространения",
    "summary": "Резюме",
    "summary_line": "{count}: поддержка — {support}, возражение — {oppose}, "
    "поправки — {amend}, без позиции — {undecided}.",
    "summary_decided": "{count}: поддержка — {support}, возражение — {oppose}, поправки — {amend}.",
    "summary_open": "{count}: поддержка — {support}, возражение — {oppose}, "
    "поправки — {amend}, на рассмотрении — {undecided}.",
    "overview": "Обзор позиций",
    "text": "Текст",
    "position": "Позиция",
    "support": "Поддержка",
    "oppose": "Возражение",
    "amend": "Поправка",
    "undecided": "Позиция не определена",
    "flexible": "Гибкость",  # capital's instruction: flexibility
    "under_consideration": "На рассмотрении",
    "rationale": "Обоснование",
    "amendment": "Предлагаемая формулировка",
    "note": "Внутренняя пометка",
    "priority": "Приоритет",
    "red_line": "Красная линия",
    "normal": "Обычный",
    "history": "История позиций",
    "no_history": "Позиции ещё не фиксировались.",
    "none": "нет",
    "talking_points": "Тезисы для выступления",
    "level_point": "{level}: {point}",
    "we_support": "Мы поддерживаем {items:acc}.",
    "we_oppose": "Мы возражаем против {items:gen}.",
    "we_amend": "Мы предлагаем поправки к {items:dat}.",
    "proposals": "Предлагаемые формулировки и обоснования",
    "internal_notes": "Внутренние пометки",
    "undecided_items": "{units} без определённой позиции",
    "still_open": "На рассмотрении: {items:nom}.",
    "all_decided": "Все позиции определены.",
    "prepared_by": "Подготовил(а): {initials}",
    "issued": "Дата: {date}",
    "page_of": "Стр. {page} из {pages}",
    "label": "{name}: ",
    "changes": "Изменения",
    "text_changed": "текст изменён",
    "stance_changed": "позиция изменена",
    "new": "новый",
    "dropped": "исключён",
    "col_id": "Идентификатор",
    "col_document": "Документ",
    "col_number": "№",
    "col_text": "Текст",
    "col_stance": "Позиция",
    "col_priority": "Приоритет",
    "col_rationale": "Публичное обоснование",
    "col_note": "Внутренняя пометка",
    "col_amendment": "Предлагаемая формулировка",
    "col_instruction": "Указание столицы",  # capital's (the negotiation day)
    # The delegation when none is set; the kinds of document the import names.
    "delegation": "Делегация",
    "kind_report": "Доклад",
    "kind_draft_report": "Проект доклада",
    "kind_draft_resolution": "Проект резолюции",
    "kind_draft_decision": "Проект решения",
    "kind_amendments": "Поправки",
    "kind_addendum": "Добавление",
    "kind_resolution": "Резолюция",
    "kind_decision": "Решение",
    "kind_note_by_the_secretariat": "Записка Секретариата",
    "kind_treaty": "Договор",
    "kind_secretary_general_s_bulletin": "Бюллетень Генерального секретаря",
    "kind_administrative_instruction": "Административная инструкция",
    "kind_information_circular": "Информационный циркуляр",
}


def _unit(
    title: str,
    count: tuple[str, str, str],
    nom: tuple[str, str],
    acc: tuple[str, str],
    gen: tuple[str, str],
    dat: tuple[str, str],
) -> dict[str, object]:
    plural = nom[1].replace(" {refs}", "")
    return {
        "title": title,
        "plural": plural,
        "others": f"Прочие {plural}",
        "count": count,
        "nom": nom,
        "acc": acc,
        "gen": gen,
        "dat": dat,
    }


def _point(where: str) -> dict[str, object]:
    """'пункт … преамбулы', 'пункт … постановляющей части'."""
    return _unit(
        f"Пункт {where}",
        (f"{{n}} пункт {where}", f"{{n}} пункта {where}", f"{{n}} пунктов {where}"),
        (f"пункт {{refs}} {where}", f"пункты {{refs}} {where}"),
        (f"пункт {{refs}} {where}", f"пункты {{refs}} {where}"),
        (f"пункта {{refs}} {where}", f"пунктов {{refs}} {where}"),
        (f"пункту {{refs}} {where}", f"пунктам {{refs}} {where}"),
    )


_PROVISION = _unit(
    "Положение",
    ("{n} положение", "{n} положения", "{n} положений"),
    ("положение {refs}", "положения {refs}"),
    ("положение {refs}", "положения {refs}"),
    ("положения {refs}", "положений {refs}"),
    ("положению {refs}", "положениям {refs}"),
)


UNITS = {
    "paragraph": _unit(
        "Пункт",
        ("{n} пункт", "{n} пункта", "{n} пунктов"),
        ("пункт {refs}", "пункты {refs}"),
        ("пункт {refs}", "пункты {refs}"),
        ("пункта {refs}", "пунктов {refs}"),
        ("пункту {refs}", "пунктам {refs}"),
    ),
    "recommendation": _unit(
        "Рекомендация",
        ("{n} рекомендация", "{n} рекомендации", "{n} рекомендаций"),
        ("рекомендация {refs}", "рекомендации {refs}"),
        ("рекомендацию {refs}", "рекомендации {refs}"),
        ("рекомендации {refs}", "рекомендаций {refs}"),
        ("рекомендации {refs}", "рекомендациям {refs}"),
    ),
    "article": _unit(
        "Статья",
        ("{n} статья", "{n} статьи", "{n} статей"),
        ("статья {refs}", "статьи {refs}"),
        ("статью {refs}", "статьи {refs}"),
        ("статьи {refs}", "статей {refs}"),
        ("статье {refs}", "статьям {refs}"),
    ),
    "operative paragraph": _point("постановляющей части"),
    "preambular paragraph": _point("преамбулы"),
    "rule": _unit(
        "Правило",
        ("{n} правило", "{n} правила", "{n} правил"),
        ("правило {refs}", "правила {refs}"),
        ("правило {refs}", "правила {refs}"),
        ("правила {refs}", "правил {refs}"),
        ("правилу {refs}", "правилам {refs}"),
    ),
    "regulation": _PROVISION,
    "provision": _PROVISION,  # a legal text's mix (vocabulary.PROVISIONS)
    "conclusion": _unit(
        "Вывод",
        ("{n} вывод", "{n} вывода", "{n} выводов"),
        ("вывод {refs}", "выводы {refs}"),
        ("вывод {refs}", "выводы {refs}"),
        ("вывода {refs}", "выводов {refs}"),
        ("выводу {refs}", "выводам {refs}"),
    ),
    "guideline": _unit(
        "Руководящее положение",
        (
            "{n} руководящее положение",
            "{n} руководящих положения",
            "{n} руководящих положений",
        ),
        ("руководящее положение {refs}", "руководящие положения {refs}"),
        ("руководящее положение {refs}", "руководящие положения {refs}"),
        ("руководящего положения {refs}", "руководящих положений {refs}"),
        ("руководящему положению {refs}", "руководящим положениям {refs}"),
    ),
    "principle": _unit(
        "Принцип",
        ("{n} принцип", "{n} принципа", "{n} принципов"),
        ("принцип {refs}", "принципы {refs}"),
        ("принцип {refs}", "принципы {refs}"),
        ("принципа {refs}", "принципов {refs}"),
        ("принципу {refs}", "принципам {refs}"),
    ),
    "action": _unit(
        "Мера",
        ("{n} мера", "{n} меры", "{n} мер"),
        ("мера {refs}", "меры {refs}"),
        ("меру {refs}", "меры {refs}"),
        ("меры {refs}", "мер {refs}"),
        ("мере {refs}", "мерам {refs}"),
    ),
    "target": _unit(
        "Целевая задача",
        ("{n} целевая задача", "{n} целевые задачи", "{n} целевых задач"),
        ("целевая задача {refs}", "целевые задачи {refs}"),
        ("целевую задачу {refs}", "целевые задачи {refs}"),
        ("целевой задачи {refs}", "целевых задач {refs}"),
        ("целевой задаче {refs}", "целевым задачам {refs}"),
    ),
    "amendment": _unit(
        "Поправка",
        ("{n} поправка", "{n} поправки", "{n} поправок"),
        ("поправка {refs}", "поправки {refs}"),
        ("поправку {refs}", "поправки {refs}"),
        ("поправки {refs}", "поправок {refs}"),
        ("поправке {refs}", "поправкам {refs}"),
    ),
    "statement": _unit(
        "Выступление",
        ("{n} выступление", "{n} выступления", "{n} выступлений"),
        ("выступление {refs}", "выступления {refs}"),
        ("выступление {refs}", "выступления {refs}"),
        ("выступления {refs}", "выступлений {refs}"),
        ("выступлению {refs}", "выступлениям {refs}"),
    ),
}
LIST = ", "
AND = " и "
SERIES = True  # three groups or more: 'A, B and C'


def day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year} года"


def days(first: date, last: date) -> str:
    """'27–29 июля 2020 года', '30 марта – 1 апреля 2022 года'."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {day(last)}"
    return f"{day(first)} – {day(last)}"
