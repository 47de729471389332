"""A draft's sponsors, as a committee's "L." document names them over its title.

"Belarus, China and Nicaragua: draft resolution", "Bélarus, Chine et Nicaragua : projet de
résolution", "Iraq (on behalf of the Group of 77 and China): draft decision", "Беларусь,
Китай и Никарагуа: проект резолюции", "白俄罗斯、中国和尼加拉瓜：决议草案". The line tells the
document's kind and who proposes it; it is not the title (which comes after it), and a
delegation reads the sponsors as the draft's participants.
"""

from __future__ import annotations

import re

from cybertrack.domain.model import Participant

_KIND = (
    r"(?:revised\s+)?draft\s+(?:resolution|decision)"
    r"|(?:nouveau\s+)?projet\s+de\s+(?:résolution|décision)(?:\s+révisé)?"
    r"|proyecto\s+de\s+(?:resolución|decisión)(?:\s+revisado)?"
    r"|(?:пересмотренный\s+)?проект\s+(?:резолюции|решения)"
    r"|(?:订正)?(?:决议|决定)草案(?:订正本)?"
    r"|مشروع\s+(?:قرار|مقرر)(?:\s+منقح)?"
)
# "... United States of America:* draft resolution": a note's mark after the colon.
_LINE = re.compile(rf"^(?P<sponsors>[^\W\d_].*?)\s*[:：]\*?\s*(?P<kind>{_KIND})$", re.IGNORECASE)
# "Belarus and Nicaragua: amendments to draft resolution A/C.3/79/L.15": what they amend is
# the document's title.
_AMENDS = re.compile(
    r"^(?P<sponsors>[^\W\d_].*?)\s*[:：]\s*(?P<title>(?:amendments?\s+to|amendements?\s+(?:au|à"
    r" la)|enmiendas?\s+al?|поправк[аи]\s+к)\s+\S.*)$",
    re.IGNORECASE,
)
# "Draft resolution submitted by the Vice-Chair of the Committee ... on the basis of informal
# consultations": the kind, and who submitted it in place of sponsors.
_SUBMITTED = re.compile(
    rf"^(?P<kind>{_KIND})\s*,?\s+(?:submitted|presented|proposed|recommended|déposé|présenté"
    r"|soumis|recommandé|presentado|recomendado|представленный|рекомендованный)\s",
    re.IGNORECASE,
)
_DECISION = re.compile(r"decision|décision|decisión|решения|决定|مقرر", re.IGNORECASE)

# The States whose names hold the word that joins a list's last name ("Chile and Trinidad and
# Tobago"), in the languages that write it as a word of its own.
_JOINED_NAMES = frozenset(
    name.casefold()
    for name in (
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Kitts and Nevis",
        "Saint Vincent and the Grenadines",
        "Sao Tome and Principe",
        "Trinidad and Tobago",
        "United Kingdom of Great Britain and Northern Ireland",
        "Group of 77 and China",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
        "Antigua y Barbuda",
        "Bosnia y Herzegovina",
        "Saint Kitts y Nevis",
        "San Vicente y las Granadinas",
        "Santo Tomé y Príncipe",
        "Trinidad y Tabago",
        "Антигуа и Барбуда",
        "Босния и Герцеговина",
        "Сент-Китс и Невис",
        "Сент-Винсент и Гренадины",
        "Сан-Томе и Принсипи",
        "Тринидад и Тобаго",
        "Соединенное Королевство Великобритании и Северной Ирландии",
        "安提瓜和巴布达",
        "波斯尼亚和黑塞哥维那",
        "圣基茨和尼维斯",
        "圣文森特和格林纳丁斯",
        "圣多美和普林西比",
        "特立尼达和多巴哥",
        "أنتيغوا وبربودا",
        "البوسنة والهرسك",
        "سانت كيتس ونيفس",
        "سانت فنسنت وجزر غرينادين",
        "سان تومي وبرينسيبي",
        "ترينيداد وتوباغو",
    )
)
# What joins a list's last name to the others: "and", "et", "y", "e", "и", "和", Arabic "و"
# (written onto the next word).
_AND = re.compile(r"\s+(?:and|et|y|e|и)\s+|和|\s+و(?=\S)")
# The marks a note puts on a sponsor's name ("* State not a member of the Human Rights Council").
_MARKS = " *†‡"
_COMMA = re.compile(r"\s*[,،、]\s*")
_ON_BEHALF = re.compile(
    r"^(?P<name>.+?)\s*\((?:on behalf of|au nom d[eu]s?|en nombre de|от имени|代表|باسم)\s+"
    r"(?:the\s+)?(?P<group>[^)]+)\)$",
    re.IGNORECASE,
)


def sponsors_line(line: str) -> tuple[str, tuple[Participant, ...]] | None:
    """The kind ('draft resolution', 'draft decision' or 'amendments') and the sponsors a line
    names, if it is a draft's sponsor line (no sponsors when a Chair submits the draft)."""
    match = _LINE.match(line)
    if match is not None:
        return draft_kind(match["kind"]), _names(match["sponsors"])
    if (amends := _AMENDS.match(line)) is not None:
        return "amendments", _names(amends["sponsors"])
    submitted = _SUBMITTED.match(line)
    if submitted is not None:
        return draft_kind(submitted["kind"]), ()
    return None


def sponsors_start(lines: list[str]) -> int:
    """Where the sponsors begin among lines a text form gives of one run of the first page
    ("Crime prevention and criminal justice" / "Algeria, Belarus, ... Democratic People's
    Republic of" / "Korea, ... (Bolivarian Republic of): draft" / "resolution"): the first
    line from which the rest reads as a sponsor line naming States, each a name in
    capitals ("criminal justice Algeria" is none). 0 when the lines hold no sponsor line
    or are all of it."""
    for start in range(len(lines)):
        found = sponsors_line(" ".join(lines[start:]))
        if found is None:
            return 0
        if all(_named(p.name) for p in found[1]):
            return start
    return 0


# The words a State's name holds in lower case: "Republic of Korea", "Iran (Islamic Republic
# of)", "Trinidad and Tobago", "République démocratique du Congo".
_NAME_WORDS = frozenset({
    "of", "the", "and", "de", "du", "des", "la", "le", "les", "et", "y", "del", "los", "las",
    "e", "и",
})  # fmt: skip


def _named(name: str) -> bool:
    words = name.replace("(", " ").replace(")", " ").split()
    return (
        0 < len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_WORDS or not w[:1].isalpha() for w in words)
    )


def amended(line: str) -> str | None:
    """What an amendments line amends, as the document's title: "Amendments to draft
    resolution A/C.3/79/L.15"."""
    match = _AMENDS.match(line)
    return match["title"][:1].upper() + match["title"][1:] if match is not None else None


def draft_kind(words: str) -> str:
    """'draft decision' or 'draft resolution', as the words naming the draft say."""
    return "draft decision" if _DECISION.search(words) else "draft resolution"


def _names(text: str) -> tuple[Participant, ...]:
    names: list[str] = []
    for index, part in enumerate(_outside_brackets(text)):
        part = part.strip(_MARKS)  # "Albania,* Austria,*": a State not member of the Council
        if index and part.startswith("و"):
            part = part[1:]  # Arabic writes "and" onto each name after the first: "، والصين"
        names.extend(_split_last(part))
    found = []
    for name in (n.strip(_MARKS) for n in names):
        behalf = _ON_BEHALF.match(name)
        if behalf is not None:
            found.append(Participant(behalf["name"].strip(), behalf["group"].strip()))
        elif name:
            found.append(Participant(name))
    return tuple(found)


def _outside_brackets(text: str) -> list[str]:
    """The names between commas, a comma inside brackets ("(on behalf of A, B)") kept."""
    parts: list[str] = []
    depth, start = 0, 0
    for match in re.finditer(r"[()]|" + _COMMA.pattern, text):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _split_last(part: str) -> list[str]:
    """A part that holds the list's last names: "Chile and Trinidad and Tobago" is Chile and
    Trinidad and Tobago. A name on the list of joined names stays whole, and so does what
    brackets hold ("Iraq (on behalf of the Group of 77 and China)")."""
    if _whole(part):
        return [part]
    for join in _joins(part):
        left, right = part[: join.start()].strip(), part[join.end() :].strip()
        if _whole(left) and _whole(right):
            return [left, right]
    return [part]


def _joins(name: str) -> list[re.Match[str]]:
    """The words joining names in `name`, outside brackets."""
    return [
        j
        for j in _AND.finditer(name)
        if name.count("(", 0, j.start()) <= name.count(")", 0, j.start())
    ]


def _whole(name: str) -> bool:
    return name.casefold() in _JOINED_NAMES or not _joins(name)
