"""Places and bodies a title block names, in the six languages (United Nations usage).

A name not listed here stays as the document gives it."""

from __future__ import annotations

NAMES: dict[str, dict[str, str]] = {
    "Vienna": {"fr": "Vienne", "es": "Viena", "ar": "فيينا", "ru": "Вена", "zh": "维也纳"},
    "New York": {
        "fr": "New York",
        "es": "Nueva York",
        "ar": "نيويورك",
        "ru": "Нью-Йорк",
        "zh": "纽约",
    },
    "Geneva": {"fr": "Genève", "es": "Ginebra", "ar": "جنيف", "ru": "Женева", "zh": "日内瓦"},
    "Nairobi": {"fr": "Nairobi", "es": "Nairobi", "ar": "نيروبي", "ru": "Найроби", "zh": "内罗毕"},
    "Bangkok": {"fr": "Bangkok", "es": "Bangkok", "ar": "بانكوك", "ru": "Бангкок", "zh": "曼谷"},
    "Addis Ababa": {
        "fr": "Addis-Abeba",
        "es": "Addis Abeba",
        "ar": "أديس أبابا",
        "ru": "Аддис-Абеба",
        "zh": "亚的斯亚贝巴",
    },
    "Doha": {"fr": "Doha", "es": "Doha", "ar": "الدوحة", "ru": "Доха", "zh": "多哈"},
    "Kyoto": {"fr": "Kyoto", "es": "Kioto", "ar": "كيوتو", "ru": "Киото", "zh": "京都"},
    "Rome": {"fr": "Rome", "es": "Roma", "ar": "روما", "ru": "Рим", "zh": "罗马"},
    "Paris": {"fr": "Paris", "es": "París", "ar": "باريس", "ru": "Париж", "zh": "巴黎"},
    "General Assembly": {
        "fr": "Assemblée générale",
        "es": "Asamblea General",
        "ar": "الجمعية العامة",
        "ru": "Генеральная Ассамблея",
        "zh": "大会",
    },
    "Security Council": {
        "fr": "Conseil de sécurité",
        "es": "Consejo de Seguridad",
        "ar": "مجلس الأمن",
        "ru": "Совет Безопасности",
        "zh": "安全理事会",
    },
    "Economic and Social Council": {
        "fr": "Conseil économique et social",
        "es": "Consejo Económico y Social",
        "ar": "المجلس الاقتصادي والاجتماعي",
        "ru": "Экономический и Социальный Совет",
        "zh": "经济及社会理事会",
    },
    "Human Rights Council": {
        "fr": "Conseil des droits de l’homme",
        "es": "Consejo de Derechos Humanos",
        "ar": "مجلس حقوق الإنسان",
        "ru": "Совет по правам человека",
        "zh": "人权理事会",
    },
    "Commission on Crime Prevention and Criminal Justice": {
        "fr": "Commission pour la prévention du crime et la justice pénale",
        "es": "Comisión de Prevención del Delito y Justicia Penal",
        "ar": "لجنة منع الجريمة والعدالة الجنائية",
        "ru": "Комиссия по предупреждению преступности и уголовному правосудию",
        "zh": "预防犯罪和刑事司法委员会",
    },
    "Expert Group to Conduct a Comprehensive Study on Cybercrime": {
        "fr": "Groupe d’experts chargé de réaliser une étude approfondie sur la cybercriminalité",
        "es": "Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito "
        "Cibernético",
        "ar": "فريق الخبراء المعني بإجراء دراسة شاملة عن الجريمة السيبرانية",
        "ru": "Группа экспертов для проведения всестороннего исследования проблемы "
        "киберпреступности",
        "zh": "网络犯罪问题综合研究专家组",
    },
    "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the "
    "Use of Information and Communications Technologies for Criminal Purposes": {
        "fr": "Comité spécial chargé d’élaborer une convention internationale générale sur la "
        "lutte contre l’utilisation des technologies de l’information et des communications à "
        "des fins criminelles",
        "es": "Comité Especial encargado de Elaborar una Convención Internacional Integral sobre "
        "la Lucha contra la Utilización de las Tecnologías de la Información y las "
        "Comunicaciones con Fines Delictivos",
        "ar": "اللجنة المخصصة لوضع اتفاقية دولية شاملة بشأن مكافحة استخدام تكنولوجيات "
        "المعلومات والاتصالات للأغراض الإجرامية",
        "ru": "Специальный комитет по разработке всеобъемлющей международной конвенции о "
        "противодействии использованию информационно-коммуникационных технологий в преступных "
        "целях",
        "zh": "拟订一项关于打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会",
    },
    "Conference of the Parties to the United Nations Convention against Transnational "
    "Organized Crime": {
        "fr": "Conférence des Parties à la Convention des Nations Unies contre la criminalité "
        "transnationale organisée",
        "es": "Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
        "Delincuencia Organizada Transnacional",
        "ar": "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
        "ru": "Конференция участников Конвенции Организации Объединенных Наций против "
        "транснациональной организованной преступности",
        "zh": "联合国打击跨国有组织犯罪公约缔约方会议",
    },
    "Advisory Committee on Administrative and Budgetary Questions": {
        "fr": "Comité consultatif pour les questions administratives et budgétaires",
        "es": "Comisión Consultiva en Asuntos Administrativos y de Presupuesto",
        "ar": "اللجنة الاستشارية لشؤون الإدارة والميزانية",
        "ru": "Консультативный комитет по административным и бюджетным вопросам",
        "zh": "行政和预算问题咨询委员会",
    },
}


def _key(text: str) -> str:
    # A typed apostrophe is the typographic one: "d'élaborer" is "d’élaborer".
    return " ".join(text.casefold().replace("'", "’").split())


# Looked up without regard to case, spacing or the apostrophe's form, by the name in any of
# the six languages (a Russian document names its body "Генеральная Ассамблея").
_ENGLISH = {
    _key(form): english for english, forms in NAMES.items() for form in (english, *forms.values())
}


def un_name(text: str, language: str) -> str:
    """A place or body as the UN names it in `language` ("en", "fr", ..., "zh"), whatever
    language `text` names it in; a name not listed here unchanged."""
    english = _ENGLISH.get(_key(text))
    if english is None:
        return text
    return english if language == "en" else NAMES[english].get(language, text)
