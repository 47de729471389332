"""The first page's lines as print sets them, from text forms that run them together.

A text form (pdftotext, a LibreOffice export, the UN's own text files) gives the first page's
lines in one block: "Human Rights Council Twenty-sixth session Agenda item 6 Universal periodic
review". The metadata reader needs the body, the session, the agenda item and the title a line
each; and a title wrapped over two of a PDF's lines ("... for criminal" / "purposes") whole.
"""

from __future__ import annotations

import re

from cybertrack.importers.agenda_lines import STARTS as AGENDA_STARTS

# "Seventy-ninth year", "Soixante-dix-neuvième année", "Septuagésimo noveno año".
COUNCIL_YEAR = re.compile(r"^[A-ZÀ-Ý][^\W\d_]+(?:[-\s][^\W\d_]+){0,3}\s+(?:year|année|año)$")

# Where the UN's meetings take place, as its six languages write them.
PLACES = (
    "New York",
    "Nueva York",
    "Нью-Йорк",
    "纽约",
    "نيويورك",
    "Geneva",
    "Genève",
    "Ginebra",
    "Женева",
    "日内瓦",
    "جنيف",
    "Vienna",
    "Vienne",
    "Viena",
    "Вена",
    "维也纳",
    "فيينا",
    "Nairobi",
    "Найроби",
    "内罗毕",
    "نيروبي",
    "Bangkok",
    "Бангкок",
    "曼谷",
    "بانكوك",
    "Addis Ababa",
    "Addis-Abeba",
    "Addis Abeba",
    "Аддис-Абеба",
    "亚的斯亚贝巴",
    "أديس أبابا",
    "Santiago",
    "Сантьяго",
    "圣地亚哥",
    "سانتياغو",
    "Beirut",
    "Beyrouth",
    "Бейрут",
    "贝鲁特",
    "بيروت",
    "Bonn",
    "Бонн",
    "波恩",
    "بون",
    "Rome",
    "Roma",
    "Рим",
    "罗马",
    "روما",
    "Paris",
    "París",
    "Париж",
    "巴黎",
    "باريس",
    "The Hague",
    "La Haye",
    "La Haya",
    "Гаага",
    "海牙",
    "لاهاي",
    "Montreal",
    "Montréal",
    "Монреаль",
    "蒙特利尔",
    "مونتريال",
)

# Where the printed first page starts a new line that text forms run together.
_LANGUAGES = ("English", "French", "Spanish", "Arabic", "Russian", "Chinese")
_LINE_STARTS = re.compile(
    r"(?<=\ssession)\s+(?=[A-Z])"
    # A meeting's place and its dates at the line's end: "... reprise New York, 29 juillet-9
    # août 2024". A place that is not known would be cut at its first capital: "Criminal
    # Purposes New York" (a body's name in title case) cannot be told from "Purposes New York".
    r"|\s+(?=(?:" + "|".join(PLACES) + r")\s*[,،，]\s*(?:\d|du\s|del\s|من\s))"
    # The session line in French and Spanish: "Session de clôture reprise".
    r"|\s+(?=(?:Session\s+(?:de|extraordinaire|spéciale)|Período\s+(?:extraordinario\s+)?de"
    r"\s+sesiones)\b)"
    r"|\s+(?=(?:" + AGENDA_STARTS + r")|Items?\s+\d+\s+(?:and\s+\d+\s+)?of\s+the\b)"
    # Two organs' document: "General Assembly Security Council", each then with its session.
    r"|(?<=General Assembly)\s+(?=Security Council)|(?<=Assemblée générale)\s+(?=Conseil de"
    r" sécurité)|(?<=Asamblea General)\s+(?=Consejo de Seguridad)|(?<=Генеральная Ассамблея)"
    r"\s+(?=Совет Безопасности)|(?:(?<=Security Council)|(?<=Conseil de sécurité)"
    r"|(?<=Consejo de Seguridad))\s+(?=" + COUNCIL_YEAR.pattern[1:] + ")"
    # The session line's end in Spanish and Russian, before the committee's name.
    r"|(?<=período de sesiones)\s+(?=[A-ZÁÉÍÓÚÑ])|(?<=\sсессия)\s+(?=[А-ЯЁ])"
    # "Distr.: General", and "Distr. limitée", "Distr. general" with no colon.
    r"|\s+(?=Original\s*:|Distr\.?\s*:|Distr\.\s+(?:générale|limitée|restreinte|general|limitada))"
    # What follows the original language ("Original: English Report of the ...").
    r"|(?:" + "|".join(f"(?<=Original: {language})" for language in _LANGUAGES) + r")\s+(?=[A-Z])"
    r"|(?<=[a-zé])\s+(?=(?:[A-ZÀ-Ý][^\W\d_]+(?:[-–][^\W\d_]+){0,3}(?:\s[a-z]+)?\s+session)$)"
    # The session line in Russian and Chinese ("Возобновленная заключительная сессия",
    # "续会闭幕届会").
    r"|(?<=[а-я])\s+(?=[А-Я][а-я]+(?:\s[а-я]+)?\s+сессия$)"
    r"|\s+(?=[\u4e00-\u9fff]{0,8}届会(?:议)?$)"
    # A budget fascicle's programme under its section: "Section 14 Environment Programme 11
    # Environment".
    r"|(?<=[a-z])\s+(?=Programme\s+\d+\b)"
    # A budget fascicle's section under its title: "... for 2027 Income section 1 Income from
    # staff assessment".
    r"|(?<=[a-z0-9])\s+(?=(?:Income section|Section)\s+\d+[A-Z]?(?:\s|$))"
    # A meeting record's header: "Official Records 71st plenary meeting", "New York President:
    # Mr. Bozkir (Turkey)", and the drafts under its agenda item: "... for criminal purposes
    # Draft resolution A/75/L.87/Rev.1 Draft amendments A/75/L.90, A/75/L.91 and A/75/L.92".
    r"|(?<=Official Records)\s+"
    r"|\s+(?=President\s*:\s)"
    r"|\s+(?=Draft\s+(?:resolutions?|decisions?|amendments?)\s+[A-Z]{1,3}/)"
    # A State's statement: "Permanent Mission of Norway ... (Vienna) Statement by the
    # delegation of Norway ... Madam Chair,".
    r"|(?<=[a-z)])(?<!Joint)\s+(?=(?:Statement|Intervention)\s+by\s)"
    r"|(?<=\S)\s+(?=(?:Madam|Mr\.?|Madame|Monsieur|Señora|Señor)\s+(?:Chair|President|Co-Chair"
    r"|Vice-Chair|Chairperson|Président|Présidente|Presidente)[^,]{0,20},$)"
    # Who reports, under the title a text form ran it into: "... Entebbe, Uganda Report of
    # the Secretary-General".
    r"|(?<=\S)\s+(?=(?:Report of the|Note by the|Rapport du|Note du|Informe del|Nota del|Доклад)"
    r"\s+(?:Secretary-General|Secretariat|Advisory Committee on Administrative and Budgetary"
    r" Questions|Secrétaire général|Secrétariat|Secretario General|Secretaría|Генерального"
    r" секретаря)$)"
)


def unfold(lines: list[str]) -> list[str]:
    """Text forms run the first-page lines together ("Human Rights Council Twenty-sixth session
    Agenda item 6 Universal periodic review"): give the body, the session and the agenda item
    a line each, as the printed page has them."""
    out: list[str] = []
    for line in lines:
        if out and _carries_on(out[-1], line):
            out[-1] = f"{out[-1]} {line}"  # a title's last word, wrapped: "... criminal" "purposes"
            continue
        if len(line) > 400:
            out.append(line)
            continue
        pending = [line]
        while pending:  # each part split again: "... сессия" is a line's end once its place is
            pieces = [p.strip() for p in _LINE_STARTS.split(pending.pop(0)) if p.strip()]
            if len(pieces) > 1:
                pending[:0] = pieces
            else:
                out.extend(pieces)
    return out


# The words a line never ends on unless it goes on: "... workstreams 1 and 2 of the".
_DANGLING = frozenset({
    "of", "the", "on", "and", "for", "to", "in", "a", "an", "by", "with", "at", "from",
    "de", "du", "des", "la", "le", "les", "et", "à", "pour", "sur",
    "del", "y", "el", "los", "las", "en", "para", "por", "con",
    "и", "в", "на", "по", "о", "об", "для", "с",
})  # fmt: skip


def _carries_on(line: str, after: str) -> bool:
    """`after` is the end of `line`, wrapped onto a line of its own (a PDF's lines): it opens in
    lower case after a long line that stops with no punctuation, or `line` stops on a word
    that never ends one ("of the")."""
    if len(line) <= 40 or line.endswith((".", ":", ";", ",")):
        return False
    return after[:1].islower() or line.rsplit(None, 1)[-1].casefold() in _DANGLING
