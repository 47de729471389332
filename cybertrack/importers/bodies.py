"""Which body a first-page line names: the General Assembly, a council, a committee, a
conference, in the six languages; and which of them meets when the Assembly's masthead stands
over another body's name."""

from __future__ import annotations

import re

# The principal organs' names in the six languages.
_ASSEMBLY = (
    "General Assembly", "Assemblée générale", "Asamblea General", "Генеральная Ассамблея",
    "大会", "الجمعية العامة",
)  # fmt: skip
_SECURITY_COUNCIL = (
    "Security Council", "Conseil de sécurité", "Consejo de Seguridad", "Совет Безопасности",
    "安全理事会", "مجلس الأمن",
)  # fmt: skip
_ECONOMIC_AND_SOCIAL_COUNCIL = (
    "Economic and Social Council", "Conseil économique et social", "Consejo Económico y Social",
    "Экономический и Социальный Совет", "经济及社会理事会", "المجلس الاقتصادي والاجتماعي",
)  # fmt: skip
# The General Assembly's Main Committees, whose records and drafts carry their name.
_MAIN_COMMITTEES = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth) Committee"
    r"|(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission"
    r"|(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión"
    r"|(?:Первый|Второй|Третий|Четвертый|Четвёртый|Пятый|Шестой) комитет"
    r"|第[一二三四五六]委员会"
    r"|اللجنة (?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)"
)
_BODY_WORDS = re.compile(
    r"^("
    # The Economic and Social Council by its English, French and Spanish names.
    + "|".join((*_ASSEMBLY, *_SECURITY_COUNCIL, *_ECONOMIC_AND_SOCIAL_COUNCIL[:3]))
    + r"|Human Rights Council|"
    r"Expert Group|Ad Hoc Committee|Open-ended|Commission on|Conference of the|"
    r"Advisory Committee|Committee on|Working Group|Ad Hoc Working Group|Subsidiary Body|"
    # The treaty bodies: "Human Rights Committee", "Committee against Torture".
    r"Human Rights Committee|Committee against|Subcommittee on|Comité des droits de l|"
    r"Comité contre|Comité de Derechos Humanos|Comité contra|Комитет по правам человека|"
    r"Комитет против|"
    + _MAIN_COMMITTEES
    # The same subsidiary bodies in the other five languages.
    + r"|Comité spécial|Groupe d[’']experts|Conférence des|Commission d|Conseil des droits|"
    r"Groupe de travail|Comité consultatif|Comité Especial|Grupo de expertos|Conferencia de|"
    r"Comisión de|Consejo de Derechos|Grupo de trabajo|Comisión Consultiva|"
    r"Специальный комитет|Группа экспертов|Конференция|Комиссия по|Совет по правам|"
    r"Рабочая группа|Консультативный комитет|"
    r"اللجنة المخصصة|فريق الخبراء|مؤتمر|لجنة|مجلس حقوق الإنسان|الفريق العامل)",
    re.IGNORECASE,
)


# Chinese names a body by its last word: "...全面国际公约特设委员会", "网络犯罪问题专家组".
_CHINESE_BODY = re.compile(r"(?:委员会|专家组|工作组|理事会|缔约国会议|大会)$")


# A principal organ's name as a sentence's subject: "General Assembly is seeing now ...".
_ORGAN_IN_A_SENTENCE = re.compile(
    "^(?:"
    + "|".join((*_ASSEMBLY, *_SECURITY_COUNCIL, *_ECONOMIC_AND_SOCIAL_COUNCIL))
    + r")\s+[a-zа-я]",
)


def is_known_body(line: str) -> bool:
    """Whether `line` names a body of the UN system (a line of its own, not a sentence)."""
    if len(line) >= 200 or _ORGAN_IN_A_SENTENCE.match(line):
        return False
    return bool(
        _BODY_WORDS.match(line) or ("\u4e00" <= line[:1] <= "\u9fff" and _CHINESE_BODY.search(line))
    )


# The General Assembly's and the Economic and Social Council's mastheads over the documents of
# the bodies they set up (the Human Rights Council, an ad hoc committee, a functional
# commission); a Main Committee's drafts are the Assembly's own, and a document of two
# principal organs ("General Assembly", "Security Council") is the first one's.
_MASTHEADS = frozenset((*_ASSEMBLY, *_ECONOMIC_AND_SOCIAL_COUNCIL))
_ORGANS = frozenset((*_ASSEMBLY, *_SECURITY_COUNCIL, *_ECONOMIC_AND_SOCIAL_COUNCIL))
_MAIN_COMMITTEE = re.compile(f"^(?:{_MAIN_COMMITTEES})$")


def meets_under(masthead: str, line: str) -> bool:
    """Whether `line` names the body that meets (the Human Rights Council, an ad hoc
    committee, the Commission on Crime Prevention and Criminal Justice) under the masthead of
    the organ that set it up."""
    return masthead in _MASTHEADS and line not in _ORGANS and not _MAIN_COMMITTEE.match(line)
