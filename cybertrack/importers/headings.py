"""Headings without an item number: chapters, sections, annexes, decisions, captions.

Chapters in Roman numerals ("II. List of ..."), by ordinal in Arabic ("ثانيا - ...") and by
numeral in Chinese ("二. ..."), sections in capitals ("A. International cooperation", Cyrillic
"Б. ...") or by letter name in Arabic ("باء - ..."), parts, chapters and annexes by name in
the six languages, the heading of each decision or resolution in a compilation ("Decision
6/CMA.3", "74/247. Title"), and captions of tables and figures, which belong with their table.
"""

from __future__ import annotations

import re

from cybertrack.importers.labels import Label
from cybertrack.importers.punctuation import ARABIC_SEMICOLON, CJK_CLAUSE, CLAUSE, COMMAS, STOPS
from cybertrack.importers.sequences import HEADING_MAX, heading_like

# The longest heading: a chapter's or annex's title of four lines.
_LONGEST = 320
# "Result 1:", "Component 2", "Objective 3 -": a heading named by a word and its number.
_NAMED_NUMBER = re.compile(r"^[A-Z][a-z]{2,20} \d{1,2}(?::| [-–—]|\.)? +\S")
_CHAPTER = re.compile(r"^(?P<label>[IVXLC]{1,7}\.)\s+(?P<title>\S.*)$")
# A negotiating text brackets its headings too: "D. [Mitigation]", "E. [[Adaptation]]".
_SECTION = re.compile(r"^(?P<label>[A-ZА-Я]\.)\s+(?P<title>\[*[^\W\d_a-z]\S*.*)$")
CONTINUED = re.compile(
    r"\s*[(（]\s*(?:continued|suite|continuación|продолжение|续|تابع)\s*[)）]\s*", re.IGNORECASE
)
_NAMED = re.compile(
    r"^(?P<label>(?:PART|Part|Partie|PARTIE|Parte|PARTE|Часть|ЧАСТЬ|CHAPTER|Chapter|Chapitre|"
    r"CHAPITRE|Capítulo|CAPÍTULO|Глава|ГЛАВА|Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|"
    r"Приложение|ПРИЛОЖЕНИЕ|Appendix|Appendice|Apéndice|Section|Sección|Раздел|"
    r"Goal|Objectif|Objetivo|Цель)\b"  # a word; "Goal 1." over the SDG targets
    r"(?:\s+(?:[IVXLC]{1,7}|\d{1,3}[A-Z]?|[A-Z]|premier|première|One|Two|Three|Four|Five|"
    r"Six|Seven|Eight|Nine|Ten|Eleven|Twelve)(?!\w))?\.?)"
    r"(?:\s*[.:–—-]?\s*(?P<title>\S.*))?$"
)
_CJK_NAMED = re.compile(
    r"^(?P<label>第[一二三四五六七八九十百\d]+[章部分节編编]|附件[一二三四五六七八九十\d]*)\s*(?P<title>.*)$"
)
_ARABIC_NAMED = re.compile(r"^(?P<label>(?:الفصل|الجزء|المرفق|الباب)(?:\s+\S+)?)\s*(?P<title>.*)$")
# The UN's Arabic documents number chapters by ordinal ("أولا - مقدمة", "ثاني عشر - ...") and
# sections by the names of the letters in their old order ("ألف -", "باء -": A, B); Chinese
# ones chapters by numeral ("一. 导言", "二、建议").
_ARABIC_CHAPTER = re.compile(
    r"^(?P<label>(?:(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع) عشر|أولا|ثانيا|ثالثا|"
    r"رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\u064b?)\s*[-–—]\s*(?P<title>\S.*)$"
)
_ARABIC_SECTION = re.compile(
    r"^(?P<label>ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون|سين|عين|فاء|صاد|"
    r"قاف|راء|شين|تاء|ثاء|خاء|ذال|ضاد|ظاء|غين)\s*[-–—]\s*(?P<title>\S.*)$"
)
_CJK_CHAPTER = re.compile(r"^(?P<label>[一二三四五六七八九十]{1,3}[.、．])\s*(?P<title>\S.*)$")
_CJK_CHAPTER_LONGEST = 60  # characters: "一、维持国际和平及安全；并为此目的：..." is a paragraph
# A heading never ends as a sentence or a clause does.
_CLAUSE_ENDS = (".", ";", *COMMAS, "。", *CJK_CLAUSE, ARABIC_SEMICOLON)
# A decision or resolution inside a compilation: "Decision 6/CMA.3", "Resolution 74/247",
# "74/247. Countering the use of ...", "Décision 1/CP.26", "Decisión 2/CMP.16", and the UN's
# Arabic "74/247 - مكافحة ...".
_DECISION = re.compile(
    r"^(?P<label>(?:(?:Draft\s+)?(?:decision|resolution)|(?:Projet\s+de\s+)?(?:décision|"
    r"résolution)|(?:Proyecto\s+de\s+)?(?:decisión|resolución)|(?:Проект\s+)?(?:решения?|"
    r"резолюции|резолюция))\s+(?:[A-Z]+/)?(?:\d+|-)/[A-Za-z0-9.]+|\d{1,3}/\d{1,4}(?:\.|\s[-–]))"
    r"(?:\s+(?P<title>\S.*))?$",
    re.IGNORECASE,
)
_DECISION_FIRST = "drpпр"  # draft, decision, resolution, projet, proyecto; Проект, решение
_CAPTION = re.compile(
    r"^(?:Table|Figure|Chart|Box|Map|Graph|Tableau|Graphique|Encadré|Carte|Cuadro|Gráfico|"
    r"Figura|Recuadro|Mapa|Таблица|Рисунок|Диаграмма|Вставка|表|图|圖|الجدول|الشكل)"
    r"\s*[\dIVXLA-Z][\w.-]*(?:\s|$|[.:])"
)
# Front-page and closing lines that are not headings of the body.
_TERMINAL = (*STOPS, *CLAUSE, *COMMAS, "。", *CJK_CLAUSE, ARABIC_SEMICOLON)


def chapter_or_section(
    text: str, previous_letter: str | None, *, named: bool = True
) -> tuple[str, str, int] | None:
    """(label, title, level) of a chapter ("II. ...", "Annex I") or section ("A. ...").

    `named`: also parts, chapters, annexes and sections by name; on the first page these are
    the document's title block ("Part IV", "Section 16"), not headings of its body.
    """
    if len(text) > _LONGEST or text.endswith(_CLAUSE_ENDS):
        return None
    # "(continued)" has its bracket: without one the pattern need not try every space.
    clean = CONTINUED.sub(" ", text).strip() if "(" in text or "（" in text else text.strip()
    match = _CHAPTER.match(clean)
    if match and not _is_section_letter(match["label"][:-1], previous_letter):
        return match["label"], match["title"].strip(), 1
    if match := _SECTION.match(clean):
        return match["label"], match["title"].strip(), 2
    for pattern, level, longest in (
        (_ARABIC_CHAPTER, 1, 160),
        (_CJK_CHAPTER, 1, _CJK_CHAPTER_LONGEST),
        (_ARABIC_SECTION, 2, 160),
    ):
        if (match := pattern.match(clean)) and len(clean) <= longest:
            return match["label"], match["title"].strip(), level
    for pattern in (_NAMED, _CJK_NAMED, _ARABIC_NAMED) if named else ():
        if (match := pattern.match(clean)) and _named_title(match["title"] or "", len(clean)):
            # "الفصل الأول: ...", "第一章：宗旨及原则": the separator belongs to neither part.
            label = match["label"].strip().rstrip(":：")
            return label, (match["title"] or "").strip().lstrip(":：-–— ").strip(), 1
    return None


def _named_title(title: str, length: int) -> bool:
    """A heading named by its word ("Annex", "Part") with a title of at most two lines; an
    annexed treaty's or report's title may run to three, its first word capitalised
    ("Annex United Nations Convention against Cybercrime; Strengthening ...")."""
    return length <= 160 or (length <= _LONGEST and not title[:1].islower())


# The words that name a division of a body: chapters and parts. (An annex, and a budget
# fascicle's "Section 16", stand in title blocks too.)
_DIVISION_WORDS = (
    frozenset(
        ("part", "partie", "parte", "часть", "chapter", "chapitre", "capítulo", "глава", "الفصل")
    )
    | {"الجزء", "الباب"}
    | {"section", "sección", "раздел"}  # a bulletin's "Section 1"
    | {"goal", "objectif", "objetivo", "цель"}  # the 2030 Agenda's "Goal 1." over its targets
)


_ANNEX_WORDS = ("annex", "annexe", "anexo", "appendix", "appendice", "apéndice", "приложение")


# A chapter's numeral or a section's letter alone on its line, its title below: "A.", "II.",
# and a draft's part numbered with no stop ("IV"); "I." is the letter.
DIVISION_ALONE = re.compile(r"^(?:(?P<letter>[A-Z])\.|(?P<numeral>[IVXLC]{2,5}\.|[IVXLC]{1,5}))$")


def is_annex(label: str) -> bool:
    """An annex's or appendix's label: "Annex", "Annex II", "Приложение I", "附件一", "المرفق"."""
    word = label.split(" ", 1)[0].rstrip(".").casefold()
    return word in _ANNEX_WORDS or label.startswith(("附件", "المرفق"))


def body_division(text: str) -> tuple[str, str] | None:
    """(label, title) of a line that names a chapter or part: "Chapter I", "CHAPTER II.
    Criminalization", "Partie premiere", "第一章 总则". Its name says it is a heading, in a
    plain text too."""
    found = chapter_or_section(text, None)
    if found is None:
        return None
    label = found[0]
    word = label.split()[0].rstrip(".").casefold()
    if word in _DIVISION_WORDS or (label.startswith("第") and label[-1] in "章部分"):
        return label, found[1]
    return None


def decision_heading(text: str) -> tuple[str, str] | None:
    """(label, title) of a decision or resolution heading in a compilation: "Decision
    1/CP.26", "74/247. Countering ...", and a draft's, not yet numbered ("Draft decision
    -/CMA.3")."""
    text = text.strip()
    if len(text) > 300 or not (text[:1].isdigit() or text[:1].lower() in _DECISION_FIRST):
        return None
    match = _DECISION.match(text)
    if not match:
        return None
    return match["label"].strip(), (match["title"] or "").strip()


def is_caption(text: str) -> bool:
    """ "Table 16.3", "Figure 16.III Performance measure: ..." (a caption and the line under it,
    as a text form runs them together, up to a long heading's length, no sentence's stop)."""
    short = len(text) <= 250 or (len(text) <= _LONGEST and not text.endswith("."))
    return short and bool(_CAPTION.match(text))


def is_plain_heading(text: str, *, longest: int = 150) -> bool:
    """A short line with no closing punctuation that opens with a capital: a sub-heading. One
    named by a word and its number ("Result 1: Member States in sub-Saharan Africa implement
    ...", "Component 1 Provision of ...", as a budget fascicle's programme plan has them) may
    run as long as a chapter's title."""
    text = text.strip()
    if _NAMED_NUMBER.match(text):
        longest = max(longest, _LONGEST)
    if not text or len(text) > longest or text.endswith(_TERMINAL):
        return False
    first = text[:1]
    return not first.islower() and not first.isdigit() and first not in "(•-–—*“\"'«["


def numbered_heading(label: Label) -> tuple[str, str] | None:
    if not heading_like(label) or len(label.rest) > HEADING_MAX:
        return None
    return label.label, label.rest.strip()


def _is_section_letter(label: str, previous_letter: str | None) -> bool:
    """'C.' is section C, not chapter 100; 'I.' is section I only right after section H."""
    if len(label) != 1:
        return False
    if label in "CDLM":
        return True
    return previous_letter is not None and ord(label) == ord(previous_letter) + 1
