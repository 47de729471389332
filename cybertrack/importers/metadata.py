"""Meeting metadata from a document's first page: symbol, dates, body, venue, kind, agenda."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from cybertrack.domain.model import Participant
from cybertrack.importers.agenda_lines import agenda_line
from cybertrack.importers.bodies import is_known_body, meets_under
from cybertrack.importers.dates import parse_date, parse_date_range
from cybertrack.importers.first_page_lines import COUNCIL_YEAR, PLACES, unfold
from cybertrack.importers.openers import CORRIGENDUM
from cybertrack.importers.sponsors import amended, sponsors_line

# UN symbols: A/80/604/Add.3, A/RES/74/247, A/81/6 (Sect. 29B), E/CN.15/2021/L.3/Rev.1,
# FCCC/PA/CMA/2021/10/Add.3, UNEP/EA.6/L.1, ECE/TRANS/2024/1, CRC/C/GC/25.
SYMBOL = re.compile(
    r"\b(?:A|E|S|ST|TD|UNODC|CTOC|CAC|HRC|UNEP|FCCC|ECE|ESCAP|ECA|ECLAC|ESCWA|CRC|CCPR|CEDAW|"
    r"CERD|CAT|CMW|CRPD|DP|ICCD|UNW|PBC|IDB|ISBA|SPLOS|CTBT|BWC|CCW|APLC|UNCITRAL)"
    # "A/ES-11/L.7": an emergency special session's number after a hyphen.
    r"(?:/[A-Z0-9](?:[A-Za-z0-9.]|-(?=\d))*)+"
    # A fascicle's section; a Security Council resolution's year ("S/RES/2601 (2021)").
    r"(?:\s*\((?:(?:Sect|Part|Income sect)\.\s*\d+[A-Z]?|Introduction|(?:19|20)\d\d)\))?"
    # A document of two organs at once: "A/79/123-S/2024/456".
    r"(?:[-–](?:A|E|S)(?:/[A-Z0-9][A-Za-z0-9.]*)+)?"
)
# The masthead's first line as a text form runs it together: "United Nations A/AC.291/22".
_ORGANIZATION = (
    r"(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|"
    r"الأمم المتحدة)"
)
_MASTHEAD = re.compile(rf"^{_ORGANIZATION}\s+(?=\S+/)")
_ORGANIZATION_ALONE = re.compile(rf"{_ORGANIZATION}\s*")


def is_organization(line: str) -> bool:
    """The Organization's name alone, as the masthead prints it over or beside the symbol."""
    return _ORGANIZATION_ALONE.fullmatch(line.strip()) is not None


# "Distr.: General", "Distr. générale", "Distr. general", "Distr. limitada".
_DISTRIBUTION = re.compile(
    r"Distr\.?\s*:?\s*(?P<kind>General|Limited|Restricted|générale|limitée|restreinte"
    r"|limitada|reservada)",
    re.IGNORECASE,
)
_DISTRIBUTIONS = {"générale": "General", "limitée": "Limited", "restreinte": "Restricted"}
_DISTRIBUTIONS |= {"limitada": "Limited", "reservada": "Restricted"}
# "Original: English", "Original : anglais", "Original: inglés", "原文：英文", "الأصل: بالإنكليزية".
_ORIGINAL = re.compile(
    r"^(?:Original\s*:|原文\s*[：:]|الأصل\s*:)\s*(?P<lang>[^\W\d_]+)", re.IGNORECASE
)
# "Vienna, 27–29 July 2020", "Genève, 29 juillet-9 août 2024", "Нью-Йорк, 29 июля - 9 августа
# 2024 года", "نيويورك، 29 تموز/يوليه - 9 آب/أغسطس 2024": a place (a few words), a comma, its
# dates, the year last ("Wednesday, 26 May 2021, 3 p.m." dates a meeting, it names no place).
_VENUE = re.compile(
    r"^(?P<venue>[^\W\d_][^\W\d_'’-]*(?:[ .'’-]+[^\W\d_]+){0,4})\s*[,،，]\s*"
    r"(?P<dates>(?:\d{1,2}|\d{4}\s*年|(?:du|del|с|من)\s+\d{1,2}).*(?:\d{4}|日)(?:\s+года|\s+г\.)?)$"
)
# A meeting record's place and day: "Held at Headquarters, New York, on Wednesday, 9 October
# 2024, at 10 a.m.", "Tenue au Siège, à New York, le mercredi ...", "Celebrada en la Sede, Nueva
# York, el miércoles ...", "состоявшемся в Центральных учреждениях, Нью-Йорк, в среду ...",
# "عقدت في المقر، نيويورك، يوم الأربعاء ...", "2024年10月9日星期三上午10时在纽约总部举行".
_HELD = re.compile(
    r"^(?:Held\s+at|Tenue\s+(?:au|à|a)|Celebrada\s+en|[Сс]остоявшем(?:ся|уся)\s+в|عقدت\s+في)\s"
    r"|^\d{4}\s*年.*在.+举行$",
    re.IGNORECASE,
)
_RESOLUTION_YEAR = re.compile(r"\s*(\(\d{4}\))")
_SPACED_SYMBOL = re.compile(r"^([A-Z]{1,6}) /(?=\d)")
# A General Assembly resolution's adoption over its number: "Resolution adopted by the
# General Assembly on 30 October 2017", "Décision adoptée par ...", "Resolución aprobada
# por ...", "Резолюция, принятая ...", "大会...通过的决议", "قرار اتخذته الجمعية العامة".
_ADOPTION_BYLINE = re.compile(
    r"^(?:(?:Resolution|Decision)\s+adopted\s+by|(?:Résolution|Décision)\s+adoptée\s+par|"
    r"(?:Resolución|Decisión)\s+aprobada\s+por|(?:Резолюция|Решение),?\s+принят|"
    r"(?:قرار|مقرر)\s+اتخذ|大会.*通过的(?:决议|决定))",
    re.IGNORECASE,
)
# A Security Council resolution's adoption under its number, in the six languages.
_ADOPTED_BY = re.compile(
    r"^(?:Adopted by|Adoptée par|Aprobada por|Принята|اتخذه)\s|^\d{4}\s*年.*会议通过$"
)
_AGENDA_TEXT = re.compile(
    r"agenda\s+item\s+(?P<number>\d+[a-z]?)(?:\s*\([a-z]\))?,?\s+entitled\s+[“\"](?P<title>[^”\"]+)[”\"]",
    re.IGNORECASE,
)
# "Eightieth session", and the same line in French, Spanish, Russian, Chinese and Arabic.
# Chinese prints the dates first: "2024年7月29日至8月9日，纽约".
_VENUE_AFTER = re.compile(r"^(?P<dates>\d{4}\s*年.*日)\s*[，,]\s*(?P<venue>[^\W\d_]{1,12})$")
_SESSION = re.compile(
    # "Seventy-eighth session", "Eleventh emergency special session".
    r"^(?P<session>(?:[A-Z][a-z]+(?:[-–][a-z]+)?(?:\s[a-z]+){0,2}\s+session|[A-ZÀ-Ü][\w-]+\s+session"
    r"|[A-ZÀ-Ü]\w+(?:\s\w+)?\s+período\s+de\s+sesiones|[А-Я]\w+(?:\s\w+)?\s+сессия"
    r"|第[一二三四五六七八九十百\d]+届会议|[\u4e00-\u9fff]{0,8}届会(?:议)?|الدورة\s+\S+(?:\s+\S+)?"
    # "Session de clôture reprise", "Período de sesiones de clausura reanudado".
    r"|Session\s+(?:de|extraordinaire|spéciale)\b[^.;]{0,60}"
    r"|Período\s+(?:extraordinario\s+)?de\s+sesiones\b[^.;]{0,60})"
    # A session held in parts: "Second session, part twelve" (the UNFCCC's working groups).
    r"(?:,\s+part\s+[a-z]+)?)$"
)
_ISSUANCE_KINDS = {
    "bulletin": re.compile(
        r"^(?:secretary-general['’]s bulletin|circulaire du secrétaire général|boletín del"
        r" secretario general|бюллетень генерального секретаря|نشرة الأمين العام|秘书长公报)$",
        re.IGNORECASE,
    ),
    "instruction": re.compile(
        r"^(?:administrative instruction|instruction administrative|instrucción administrativa"
        r"|административная инструкция|أمر إداري|行政指示)$",
        re.IGNORECASE,
    ),
    "circular": re.compile(
        r"^(?:information circular|circular informativa|информационный циркуляр|情况通报)$",
        re.IGNORECASE,
    ),
}
_KINDS = (
    ("draft report", re.compile(r"^draft report\b", re.IGNORECASE)),
    ("report", re.compile(r"^report\b", re.IGNORECASE)),
    ("addendum", re.compile(r"^addendum\b", re.IGNORECASE)),
    ("corrigendum", CORRIGENDUM),
    ("resolution", re.compile(r"^resolution\b", re.IGNORECASE)),
    ("decision", re.compile(r"^decision\b", re.IGNORECASE)),
    ("note by the secretariat", re.compile(r"^note by the secretariat\b", re.IGNORECASE)),
    # The Secretariat's issuances (ST/SGB, ST/AI, ST/IC): the kind over their own title, as
    # the six languages print it.
    ("Secretary-General's bulletin", _ISSUANCE_KINDS["bulletin"]),
    ("administrative instruction", _ISSUANCE_KINDS["instruction"]),
    ("information circular", _ISSUANCE_KINDS["circular"]),
)
_STATEMENTS = re.compile(
    r"statements\s+were\s+made\s+by\s+[^:]*:\s*(?P<names>.+?)\.?$", re.IGNORECASE | re.DOTALL
)
_ON_BEHALF = re.compile(r"^(?P<name>.+?)\s+on\s+behalf\s+of\s+(?:the\s+)?(?P<group>.+)$")


@dataclass
class FrontMatter:
    symbol: str | None = None
    doc_date: date | None = None
    distribution: str | None = None
    original_language: str | None = None
    body: str | None = None
    session: str | None = None
    venue: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    kinds: list[str] = field(default_factory=list)
    # "Resolution 2722 (2024)": the kind with its number, the title of a text that has no other.
    numbered_kind: str | None = None
    agenda_item: str | None = None
    # Lines of the first page that no other field took and that read as a title.
    titles: list[str] = field(default_factory=list)
    # "Report of the Working Group on ...": who wrote it, the title when there is no other.
    byline: str | None = None
    # A budget fascicle's section: "Section 16" and its name on the next line.
    part: str | None = None
    # A draft's sponsors, named over its title ("Belarus, China and Nicaragua: draft ...").
    sponsors: tuple[Participant, ...] = ()


def read_front_matter(lines: list[str]) -> FrontMatter:
    """Read the metadata lines that stand before the first heading or item."""
    front = FrontMatter()
    lines = unfold(lines)
    not_titles: set[int] = set()  # the lines that read as titles but are not the document's
    agenda_titles: set[int] = set()  # the agenda item's title lines
    for index, line in enumerate(lines):
        unheaded = _MASTHEAD.sub("", line, 1) if front.symbol is None else ""
        # "A /75/PV.103": the first page's symbol as pdftotext may space it.
        unheaded = _SPACED_SYMBOL.sub(r"\1/", unheaded, 1)
        if unheaded and (match := SYMBOL.match(unheaded)):
            front.symbol = " ".join(match.group(0).split())
            year = _RESOLUTION_YEAR.match(unheaded[match.end() :])
            if front.symbol.startswith("S/RES/") and year:
                front.symbol += f" {year[1]}"  # "S/RES/2722 (2024)": the year is in its symbol
        if match := _DISTRIBUTION.search(line):
            kind = match["kind"].lower()
            front.distribution = _DISTRIBUTIONS.get(kind, kind.capitalize())
            front.doc_date = parse_date(line) or front.doc_date
            continue
        if match := _ORIGINAL.match(line):
            front.original_language = match["lang"].capitalize()
            continue
        if match := _VENUE.match(line) or _VENUE_AFTER.match(line):
            dates = parse_date_range(match["dates"])
            if dates:
                front.venue = match["venue"].strip()
                front.start_date, front.end_date = dates
                if front.body is None and index > 0 and _looks_like_body(lines[index - 1]):
                    front.body = lines[index - 1]
                continue
        if front.start_date is None and len(line) < 50 and not _DISTRIBUTION.search(line):
            # A session's dates on a line of their own ("26 February-5 April 2024", under
            # "Human Rights Council" and its session): no place said, the dates still.
            dates = parse_date_range(line)
            if dates is not None and dates[0] < dates[1] and _is_date_range_line(line):
                front.start_date, front.end_date = dates
                continue
        if _HELD.match(line):
            place = next((p for p in PLACES if p in line), None)
            day = parse_date(line)
            if place is not None and front.venue is None:
                front.venue = place
            if day is not None and front.start_date is None:
                front.start_date = front.end_date = day
            continue
        if (agenda := agenda_line(line)) is not None:
            number, inline = agenda
            # "Items 138 and 139": a title each on the lines after ("Proposed programme budget
            # for 2027", "Programme planning").
            count = 1 if inline else len(re.findall(r"\d+", number))
            titles = [inline] if inline else lines[index + 1 : index + 1 + count]
            # "Agenda item 76" alone over "Resolution adopted by the General Assembly on ...":
            # the item's title is not printed, that line is no title of it.
            titles = [t for t in titles if not _ADOPTION_BYLINE.match(t)]
            # Its title lines stay among the titles: `document_title` leaves them out, but for
            # a budget fascicle's, which are its own title too.
            front.agenda_item = f"{number}. {'; '.join(titles)}".strip(" .")
            agenda_titles.update(range(index + 1, index + 1 + len(titles)))
            continue
        if (sponsored := sponsors_line(line)) is not None:
            # "Belarus, China and Nicaragua: draft resolution": the kind and its sponsors.
            front.kinds.append(sponsored[0])
            front.sponsors = front.sponsors or sponsored[1]
            if (title := amended(line)) is not None:
                front.titles.append(title)
            continue
        if match := _SESSION.match(line):
            front.session = match["session"]
            continue
        if COUNCIL_YEAR.match(line):
            # The Security Council's "Seventy-ninth year": its session, unless another organ's
            # is named (a letter to both organs).
            front.session = front.session or line
            continue
        if (
            (match := _PART.match(line))
            and front.part is None
            and _fascicle_of(front.symbol, match["part"])
        ):
            name = match["name"] or (lines[index + 1] if index + 1 < len(lines) else "")
            front.part = f"{match['part']}: {name}".strip(": ")
            continue
        agenda_title = index in agenda_titles  # "Letter dated ... (S/2014/136)": the item's
        if not agenda_title and _BYLINE.match(line) and front.byline is None and len(line) < 300:
            title, _, after = line.partition("*")  # "... Periodic Review* Chile": its mark
            front.byline = " ".join(title.split())
            reviewed = after.strip("* ") or (lines[index + 1] if index + 1 < len(lines) else "")
            if _REVIEW.search(line) and _is_state_name(reviewed):
                # The State a review reports on, under the Working Group's name: "Chile".
                front.byline += f": {reviewed}"
                not_titles = {index + 1}  # not a title of its own
            elif after.strip("* "):
                front.byline = " ".join(line.replace("*", " ").split())
        if _ADOPTED_BY.match(line):
            # "Adopted by the Security Council at its 9527th meeting, on 10 January 2024".
            day = parse_date(line)
            if day is not None and front.start_date is None:
                front.start_date = front.end_date = day
            continue
        for kind, pattern in _KINDS:
            if pattern.match(line) and len(line) < 60:
                front.kinds.append(kind)
                if front.numbered_kind is None and any(c.isdigit() for c in line):
                    front.numbered_kind = line
                break
        else:
            if front.doc_date is None and parse_date(line) and _dates_the_page(line):
                front.doc_date = parse_date(line)
            elif is_known_body(line) and (
                front.body is None or (meets_under(front.body, line) and not front.titles)
            ):
                # The body that meets under the masthead is named over the title ("Human
                # Rights Council"); one named after it is in the contents or the summary.
                front.body = line
            elif _treaty_masthead(front.symbol, line):
                continue  # "International Covenant on Civil and Political Rights" over a
                # treaty body's document: its masthead, as "General Assembly" is
            elif (numbered := _NUMBERED_TITLE.match(line)) and _looks_like_title(
                numbered["title"], front
            ):
                # "58/... The right to privacy in the digital age": a Council's draft under the
                # number it will take, "75/282. ..." a resolution's.
                front.titles.append(numbered["title"])
            elif (
                index not in not_titles and front.byline is None and _looks_like_title(line, front)
            ):
                # A title stands above the byline ("Report of the Secretary-General"); what
                # comes after it is the body's first heading.
                front.titles.append(line)
    _meeting_from_title(front)
    return front


# A report's title says where and when its meeting was held: "Report of the Conference ... on
# its eleventh session, held in Vienna from 17 to 21 October 2022", "... tenue à Vienne du 17
# au 21 octobre 2022", "... celebrado en Viena del 17 al 21 de octubre de 2022".
_HELD_IN = re.compile(
    r"\b(?:held\s+(?:in|at)|tenue?s?\s+à|celebrad[oa]s?\s+en)\s+(?P<venue>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}),?\s+(?P<dates>(?:from|on|du|le|del?|el)?\s*\d[^;]*?\d{4})"
)
_ON_ITS_SESSION = re.compile(
    r"\bon\s+its\s+(?P<session>[a-z]+(?:-[a-z]+)?(?:\s+(?:special|resumed))?\s+session)\b"
)


def _meeting_from_title(front: FrontMatter) -> None:
    """The meeting's place, dates and session from the title when no line of their own gave
    them."""
    for line in [*front.titles, front.byline or ""]:
        if front.venue is None and (held := _HELD_IN.search(line)):
            dates = parse_date_range(held["dates"])
            if dates is not None:
                front.venue = held["venue"]
                if front.start_date is None:
                    front.start_date, front.end_date = dates
        if front.session is None and (session := _ON_ITS_SESSION.search(line)):
            front.session = session["session"][:1].upper() + session["session"][1:]


_NOT_TITLE = re.compile(
    # The masthead, alone or with the symbol ("United Nations Convention against Corruption"
    # and "联合国打击网络犯罪公约草案" are titles).
    r"^(?:(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|"
    r"الأمم المتحدة)(?:\s*$|\s+\S+/)|"
    r"Contents|Table des matières|Índice|Содержание|目录|المحتويات|Summary(?!\s+record)|"
    r"Résumé|Resumen|Резюме|摘要|موجز|Page|Distr|Original|Report of|Note by|Letter dated|"
    r"Resolution adopted|Items? \d|\[|\*|\d|[A-Z]{1,3}\.\d{2}-\d{5}|"
    # A meeting record's cover: the series it is printed in, no title.
    r"Official Records|Documents officiels|Documentos oficiales|Официальные отчеты|正式记录|"
    r"الوثائق الرسمية)",
    re.IGNORECASE,
)


_PART = re.compile(
    r"^(?P<part>(?:Section|Income section|Sección|Раздел)\s+\d+[A-Z]?)(?:\s+(?P<name>[A-Z]\S.*))?$"
)
_SYMBOL_SECTION = re.compile(r"\((?:Income )?sect\.\s*(\d+[A-Z]?)\)", re.IGNORECASE)


def _fascicle_of(symbol: str | None, part: str) -> bool:
    """Whether "Section 16" is the budget fascicle's own part: its symbol names that section
    ("A/81/6 (Sect. 16)"), or there is no symbol to tell. A bulletin's "Section 1" over its
    first provisions (ST/SGB/2019/8) is a heading of the text."""
    return symbol is None or _names_section(symbol, part)


def _names_section(symbol: str, label: str) -> bool:
    named = _SYMBOL_SECTION.search(symbol)
    return named is not None and label.split()[-1].upper() == named.group(1).upper()


def fascicle_part(lines: list[str], label: str) -> bool:
    """Whether "Section 16" over the first items is the budget fascicle's own part, named in
    its title block ("A/81/6 (Sect. 16)"), not a heading of the text."""
    return any(
        _names_section(symbol.group(0), label) for line in lines if (symbol := SYMBOL.search(line))
    )


_BYLINE = re.compile(r"^(?:Report of|Note by|Letter dated|Statement by)\b")
# A Universal Periodic Review's report names the State it reviews on the line under its title.
_REVIEW = re.compile(r"Universal Periodic Review", re.IGNORECASE)


def _is_state_name(line: str) -> bool:
    """A State's name on a line of its own: a few words, capitalised, no digit, no fact."""
    words = line.split()
    return (
        0 < len(words) <= 6
        and line[:1].isupper()
        and not any(c.isdigit() for c in line)
        and not line.endswith((".", ":", ";", ","))
        and not _NOT_TITLE.match(line)
        and not SYMBOL.match(line)
        and not is_known_body(line)
    )


# A treaty body's documents carry the treaty's name as their masthead ("CCPR/C/ITA/CO/7" under
# "International Covenant on Civil and Political Rights").
_TREATY_BODY_SYMBOL = re.compile(r"^(?:CCPR|CRC|CAT|CERD|CEDAW|CMW|CRPD|CED)/")
_TREATY_NAME = re.compile(
    r"^(?:International Covenant|International Convention|Convention|Optional Protocol|Pacte"
    r" international|Convention internationale|Pacto Internacional|Convención|Международный"
    r" пакт|Международная конвенция|Конвенция)\b"
)


def _treaty_masthead(symbol: str | None, line: str) -> bool:
    return bool(symbol and _TREATY_BODY_SYMBOL.match(symbol) and _TREATY_NAME.match(line))


_NUMBERED_TITLE = re.compile(r"^\d{1,3}/(?:\.\.\.|…|\d{1,4}\.)\s+(?P<title>\S.*)$")


# "Structure: numbered paragraphs ...": a field of a header block, not a title.
# A negotiating draft's own title names its kind the same way: "Draft resolution: Countering
# ...", "Zero draft: ...", "Non-paper: ...".
_FIELD_LINE = re.compile(
    r"^(?!(?:(?:Zero|Revised|First|Second|Third|Final)\s+)?[Dd]raft\b|Non-paper\b)"
    r"[A-Z][a-z]+(?:\s[a-z]+)?:\s"
)


# A meeting's day on a record's cover: "Wednesday, 26 May 2021, 3 p.m.", "Mercredi 26 mai 2021".
_WEEKDAY = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
    re.IGNORECASE,
)


def _is_date_range_line(line: str) -> bool:
    """A line that is two dates and nothing else: digits, month names, dashes, "to"."""
    words = re.sub(r"[\d\s,.\-–—/年月日至]+", " ", line).split()
    return len(words) <= 4 and not any(w.casefold() in ("session", "meeting") for w in words)


def _dates_the_page(line: str) -> bool:
    """A line that is a date (a sentence that holds one is not)."""
    return len(line) < 30 or (len(line) < 60 and _WEEKDAY.match(line) is not None)


def _looks_like_title(line: str, front: FrontMatter) -> bool:
    first = line[:1]
    shortest = 4 if "\u3040" <= first <= "\u9fff" else 12  # Chinese says it in fewer signs
    if not shortest <= len(line) <= 400 or line.endswith((".", ";", ":", "。", ",", "，", "،")):
        return False
    if _FIELD_LINE.match(line) or _NOT_TITLE.match(line) or SYMBOL.match(line):
        return False
    # A capital, or a script without case (Arabic, Chinese).
    capital = first.isalpha() and not first.islower()
    return capital and line != front.body and not is_known_body(line)


# What kind of document it is, as its cover says: "Draft resolution", "Provisional agenda".
_KIND_LINE = re.compile(
    r"^(?:(?:draft|revised|provisional|proposed|annotated)\s+)?(?:report|addendum|resolution"
    r"|decision|agenda|programme of work|note by the secretariat|secretary-general['’]s bulletin"
    r"|administrative instruction|information circular)\b",
    re.IGNORECASE,
)


def opens_body(lines: list[str]) -> bool:
    """The last of the lines before the first item is the body's first heading, not a line of
    the title block: it reads as a heading ("International cooperation") but is no byline,
    kind of document, header fact or date, and a title of the document stands above it."""
    if len(lines) < 2:
        return False
    *above, last = lines
    if not _looks_like_title(last, FrontMatter()) or _BYLINE.match(last):
        return False
    if is_cover_line(last) or is_front_fact(last) or _KIND_LINE.match(last):
        return False
    return has_title(above)


def has_title(lines: list[str]) -> bool:
    """Whether a title of the document stands among these first-page lines."""
    return bool(read_front_matter(lines).titles)


# A draft numbered among others in a report, its title on the next line: "Draft resolution I",
# "Projet de décision II", "Proyecto de resolución III", "Проект резолюции I".
_NUMBERED_DRAFT = re.compile(
    r"^(?:Draft (?:resolution|decision)|Projet de (?:résolution|décision)"
    r"|Proyecto de (?:resolución|decisión)|Проект (?:резолюции|решения)) [IVXLC\d]+$"
)


def document_title(front: FrontMatter) -> str | None:
    """The document's own title: the first title line of its first page that is not the
    agenda item's title (a report's subject, a resolution's title)."""
    agenda = set(front.agenda_item.split(". ", 1)[-1].split("; ")) if front.agenda_item else ()
    # A budget fascicle's title is its agenda item's ("Proposed programme budget for 2027").
    fascicle = front.part is not None or bool(front.symbol and _SYMBOL_SECTION.search(front.symbol))
    titles = [t for t in front.titles if t not in agenda or fascicle]
    for index, line in enumerate(titles):
        if front.part is None or not front.part.endswith(line):
            line = line.rstrip("*† ")  # "... Periodic Review*": its note's mark, no word of it
            if _NUMBERED_DRAFT.match(line) and index + 1 < len(titles):
                return f"{line}: {titles[index + 1]}"  # "Draft resolution I: Countering ..."
            return f"{line}, {front.part}" if front.part else line
    return front.part


def is_cover_line(line: str) -> bool:
    """A line of the first page that stands alone in print: the symbol, the distribution, the
    original language, the session, the agenda item, a date, a draft's sponsors ("Italy: draft
    resolution"). A note's mark after it is no part of it ("A/81/6 (Sect. 16)/Part A*")."""
    line = line.strip().rstrip("*").rstrip()
    if SYMBOL.fullmatch(line) or _DISTRIBUTION.search(line) or _ORIGINAL.match(line):
        return True
    if sponsors_line(line) is not None:
        return True
    if _SESSION.match(line) or agenda_line(line) or _PRELIMINARY_LIST.match(line):
        return True
    return _dates_the_page(line) and parse_date(line) is not None


_RAPPORTEUR = re.compile(r"^(?:Rapporteur|Rapporteuse|Relator|Relatora|Докладчик)\s*:")


def opens_byline(line: str) -> bool:
    """ "Report of the First Committee", "Note by the Secretary-General" opening a line: who
    the document is from, under its title and none of it; "Rapporteur: ..." too."""
    return bool(_BYLINE.match(line) or _RAPPORTEUR.match(line))


def is_adoption_byline(line: str) -> bool:
    """ "Adopted by the Security Council at its 8889th meeting, on 29 October 2021", "Resolution
    adopted by the General Assembly on 30 October 2017": when and by whom, no title."""
    return bool(_ADOPTED_BY.match(line) or _ADOPTION_BYLINE.match(line))


def is_header_fact(line: str) -> bool:
    """A line only a first page's header prints: the distribution, the original language, the
    session, the agenda item (a symbol or a date may stand in a table too)."""
    line = line.strip()
    if _DISTRIBUTION.search(line) or _ORIGINAL.match(line) or _SESSION.match(line):
        return True
    return bool(agenda_line(line) or _PRELIMINARY_LIST.match(line))


_PRELIMINARY_LIST = re.compile(r"^Items?\s+\d+(?:\s+and\s+\d+)?\s+of\s+the\b")


# The header lines of an English first page, by their opening words: a symbol-like code, the
# distribution and original, a date alone, the session, the agenda item, the Organization.
_HEADER_LINE = re.compile(
    r"^(?:[A-Z]{1,6}/\S+|Distr|Original|\d{1,2} [A-Z][a-z]+ \d{4}$|[A-Z][a-z-]+ session$"
    r"|(?:Provisional )?[Aa]genda item|United Nations$|General Assembly$|Security Council$)"
)


def is_front_fact(line: str) -> bool:
    """A line of the first page's header that stands on its own: the body ("General
    Assembly", "الجمعية العامة"), the session ("Восьмидесятая сессия"), the symbol, the
    distribution or the agenda item, in any of the six languages the patterns above read."""
    line = line.strip()
    return bool(
        _HEADER_LINE.match(line)
        or is_known_body(line)
        or _SESSION.match(line)
        or SYMBOL.match(line)
        or _DISTRIBUTION.search(line)
        or agenda_line(line) is not None
        or (_WEEKDAY.match(line) is not None and len(line) < 60 and parse_date(line) is not None)
    )


def _looks_like_body(line: str) -> bool:
    return (
        len(line) < 200
        and not line.endswith(".")
        and parse_date(line) is None
        and not _ORIGINAL.match(line)
        and line[:1].isupper()
    )


def agenda_from_text(text: str) -> str | None:
    """'... under agenda item 2, entitled “International cooperation”' -> '2. International ...'."""
    # Every paragraph is asked: a word it must hold, looked for first, spares most the search.
    if "agenda" not in text.lower():
        return None
    match = _AGENDA_TEXT.search(text)
    return f"{match['number']}. {match['title'].strip()}" if match else None


def participants_from_text(text: str) -> tuple[Participant, ...] | None:
    """The delegations in a 'Statements were made by ...: A, B, C.' paragraph."""
    # "tatement" has no letter that matches another when case is ignored (as "s" does "ſ").
    if "tatement" not in text.lower():
        return None
    match = _STATEMENTS.search(text)
    if not match:
        return None
    names = [n.strip() for n in re.split(r",\s*|;\s*", match["names"]) if n.strip()]
    if names and names[-1].startswith("and "):
        names[-1] = names[-1][4:]
    result = []
    for name in names:
        name = name.rstrip(".")
        behalf = _ON_BEHALF.match(name)
        result.append(Participant(name, behalf["group"] if behalf else None))
    return tuple(result)
