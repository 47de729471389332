"""Arabic, as United Nations documents write it (Western digits, both month names)."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)

WORDS = {
    "position_paper": "ورقة موقف",
    "briefing_note": "مذكرة إحاطة",
    "dossier": "ملف داخلي",
    "comparison": "مقارنة المواقف بين الصيغ",
    "stance_sheet": "جدول المواقف",
    "shareable": "للتوزيع على الوفود الأخرى",
    "internal": "للاستخدام الداخلي – لا يُوزَّع",
    "summary": "موجز",
    "summary_line": "{count}: التأييد {support}، الاعتراض {oppose}، التعديل {amend}، "
    "دون موقف بعد {undecided}.",
    "summary_decided": "{count}: التأييد {support}، الاعتراض {oppose}، التعديل {amend}.",
    "summary_open": "{count}: التأييد {support}، الاعتراض {oppose}، التعديل {amend}، "
    "قيد النظر {undecided}.",
    "overview": "عرض عام للمواقف",
    "text": "النص",
    "position": "الموقف",
    "support": "تأييد",
    "oppose": "اعتراض",
    "amend": "تعديل",
    "undecided": "لم يُحدَّد موقف بعد",
    "flexible": "مرونة",  # capital's instruction: flexibility
    "under_consideration": "قيد النظر",
    "rationale": "السبب",
    "amendment": "الصيغة المقترحة",
    "note": "ملاحظة داخلية",
    "priority": "أولوية",
    "red_line": "خط أحمر",
    "normal": "عادية",
    "history": "سجل المواقف",
    "no_history": "لم يُسجَّل أي موقف بعد.",
    "none": "لا شيء",
    "talking_points": "نقاط للحديث",
    "level_point": "{level}: {point}",
    "we_support": "نؤيد {items:nom}.",
    "we_oppose": "نعترض على {items:nom}.",
    "we_amend": "نقترح تعديل {items:nom}.",
    "proposals": "الصيغ المقترحة والأسباب",
    "internal_notes": "ملاحظات داخلية",
    "undecided_items": "{units} التي لم يُحدَّد موقف بشأنها بعد",
    "still_open": "قيد النظر: {items:nom}.",
    "all_decided": "لم يبقَ أي موقف دون تحديد.",
    "prepared_by": "أعدّه: {initials}",
    "issued": "التاريخ: {date}",
    "page_of": "الصفحة {page} من {pages}",
    "label": "{name}: ",
    "changes": "التغييرات",
    "text_changed": "تغيّر النص",
    "stance_changed": "تغيّر الموقف",
    "new": "جديد",
    "dropped": "محذوف",
    "col_id": "المعرّف",
    "col_document": "الوثيقة",
    "col_number": "الرقم",
    "col_text": "النص",
    "col_stance": "الموقف",
    "col_priority": "الأولوية",
    "col_rationale": "السبب المعلن",
    "col_note": "ملاحظة داخلية",
    "col_amendment": "الصيغة المقترحة",
    "col_instruction": "تعليمات العاصمة",  # capital's (the negotiation day)
    # The delegation when none is set; the kinds of document the import names.
    "delegation": "الوفد",
    "kind_report": "تقرير",
    "kind_draft_report": "مشروع تقرير",
    "kind_draft_resolution": "مشروع قرار",
    "kind_draft_decision": "مشروع مقرر",
    "kind_amendments": "تعديلات",
    "kind_addendum": "إضافة",
    "kind_resolution": "قرار",
    "kind_decision": "مقرر",
    "kind_note_by_the_secretariat": "مذكرة من الأمانة العامة",
    "kind_treaty": "معاهدة",
    "kind_secretary_general_s_bulletin": "نشرة الأمين العام",
    "kind_administrative_instruction": "أمر إداري",
    "kind_information_circular": "تعميم إعلامي",
}


def _unit(
    title: str, plural: str, others: str, count: tuple[str, ...], nom: tuple[str, str]
) -> dict[str, object]:
    return {"title": title, "plural": plural, "others": others, "count": count, "nom": nom}


# Counted forms follow the plural categories zero, one, two, few (3-10), many (11-99), other.
UNITS = {
    "paragraph": _unit(
        "الفقرة",
        "الفقرات",
        "الفقرات الأخرى",
        ("{n} فقرة", "فقرة واحدة", "فقرتان", "{n} فقرات", "{n} فقرة", "{n} فقرة"),
        ("الفقرة {refs}", "الفقرات {refs}"),
    ),
    "recommendation": _unit(
        "التوصية",
        "التوصيات",
        "التوصيات الأخرى",
        ("{n} توصية", "توصية واحدة", "توصيتان", "{n} توصيات", "{n} توصية", "{n} توصية"),
        ("التوصية {refs}", "التوصيات {refs}"),
    ),
    "article": _unit(
        "المادة",
        "المواد",
        "المواد الأخرى",
        ("{n} مادة", "مادة واحدة", "مادتان", "{n} مواد", "{n} مادة", "{n} مادة"),
        ("المادة {refs}", "المواد {refs}"),
    ),
    "operative paragraph": _unit(
        "فقرة من المنطوق",
        "فقرات المنطوق",
        "فقرات المنطوق الأخرى",
        (
            "{n} فقرة من المنطوق",
            "فقرة واحدة من المنطوق",
            "فقرتان من المنطوق",
            "{n} فقرات من المنطوق",
            "{n} فقرة من المنطوق",
            "{n} فقرة من المنطوق",
        ),
        ("الفقرة {refs} من المنطوق", "الفقرات {refs} من المنطوق"),
    ),
    "preambular paragraph": _unit(
        "فقرة من الديباجة",
        "فقرات الديباجة",
        "فقرات الديباجة الأخرى",
        (
            "{n} فقرة من الديباجة",
            "فقرة واحدة من الديباجة",
            "فقرتان من الديباجة",
            "{n} فقرات من الديباجة",
            "{n} فقرة من الديباجة",
            "{n} فقرة من الديباجة",
        ),
        ("الفقرة {refs} من الديباجة", "الفقرات {refs} من الديباجة"),
    ),
    "rule": _unit(
        "القاعدة",
        "القواعد",
        "القواعد الأخرى",
        ("{n} قاعدة", "قاعدة واحدة", "قاعدتان", "{n} قواعد", "{n} قاعدة", "{n} قاعدة"),
        ("القاعدة {refs}", "القواعد {refs}"),
    ),
    "regulation": _unit(
        "البند",
        "البنود",
        "البنود الأخرى",
        ("{n} بند", "بند واحد", "بندان", "{n} بنود", "{n} بندا", "{n} بند"),
        ("البند {refs}", "البنود {refs}"),
    ),
    "provision": _unit(
        "الحكم",
        "الأحكام",
        "الأحكام الأخرى",
        ("{n} حكم", "حكم واحد", "حكمان", "{n} أحكام", "{n} حكما", "{n} حكم"),
        ("الحكم {refs}", "الأحكام {refs}"),
    ),
    "conclusion": _unit(
        "الاستنتاج",
        "الاستنتاجات",
        "الاستنتاجات الأخرى",
        (
            "{n} استنتاج",
            "استنتاج واحد",
            "استنتاجان",
            "{n} استنتاجات",
            "{n} استنتاجا",
            "{n} استنتاج",
        ),
        ("الاستنتاج {refs}", "الاستنتاجات {refs}"),
    ),
    "guideline": _unit(
        "المبدأ التوجيهي",
        "المبادئ التوجيهية",
        "المبادئ التوجيهية الأخرى",
        (
            "{n} مبدأ توجيهي",
            "مبدأ توجيهي واحد",
            "مبدآن توجيهيان",
            "{n} مبادئ توجيهية",
            "{n} مبدأ توجيهيا",
            "{n} مبدأ توجيهي",
        ),
        ("المبدأ التوجيهي {refs}", "المبادئ التوجيهية {refs}"),
    ),
    "principle": _unit(
        "المبدأ",
        "المبادئ",
        "المبادئ الأخرى",
        ("{n} مبدأ", "مبدأ واحد", "مبدآن", "{n} مبادئ", "{n} مبدأ", "{n} مبدأ"),
        ("المبدأ {refs}", "المبادئ {refs}"),
    ),
    "action": _unit(
        "الإجراء",
        "الإجراءات",
        "الإجراءات الأخرى",
        ("{n} إجراء", "إجراء واحد", "إجراءان", "{n} إجراءات", "{n} إجراء", "{n} إجراء"),
        ("الإجراء {refs}", "الإجراءات {refs}"),
    ),
    "target": _unit(
        "الغاية",
        "الغايات",
        "الغايات الأخرى",
        ("{n} غاية", "غاية واحدة", "غايتان", "{n} غايات", "{n} غاية", "{n} غاية"),
        ("الغاية {refs}", "الغايات {refs}"),
    ),
    "amendment": _unit(
        "التعديل",
        "التعديلات",
        "التعديلات الأخرى",
        ("{n} تعديلا", "تعديل واحد", "تعديلان", "{n} تعديلات", "{n} تعديلا", "{n} تعديل"),
        ("التعديل {refs}", "التعديلات {refs}"),
    ),
    "statement": _unit(
        "البيان",
        "البيانات",
        "البيانات الأخرى",
        ("{n} بيان", "بيان واحد", "بيانان", "{n} بيانات", "{n} بيانًا", "{n} بيان"),
        ("البيان {refs}", "البيانات {refs}"),
    ),
}
LIST = "، "
AND = " و"
SERIES = False  # 'A و B و C': the conjunction before each


def day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def days(first: date, last: date) -> str:
    """'27-29 تموز/يوليه 2020', as United Nations documents in Arabic write a range."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}-{day(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} - {day(last)}"
    return f"{day(first)} - {day(last)}"
