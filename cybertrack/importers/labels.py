"""An item's printed number: which scheme it belongs to and where it sits in its sequence.

Schemes, as UN documents print them in the six languages:
- dot "12." (in Arabic "12 -"), bracket "12)", paren "(12)": numbers of any size, "12 bis";
- decimal "16.4", "29B.1" (a section number with a letter), "5.I.3" and "27.II.26" (budget
  sections numbered by part), "140.12" (a Universal Periodic Review recommendation);
- article "Article 5", "Article premier", "Article IV", "Artículo 5", "Статья 5", "第五条",
  "المادة 5" and "المادة الأولى" (by ordinal word), a rule of procedure "Rule 91", "Правило
  91", "القاعدة 91" (French and Spanish print "Article"), a financial or staff regulation
  and rule "Regulation 5.1", "Rule 105.1" ("Article 5.1", "Положение 5.1", "Cláusula 1.1";
  "Règle", "Regla");
- pp "PP3", "Pp3" and op "OP12": the preambular and operative paragraphs of a negotiating
  text, numbered as delegations cite them;
- a paragraph named as a compilation or an informal text names it, "Paragraph 3.", "Para. 3:",
  "Paragraphe 3", "Párrafo 3", "Пункт 3", "الفقرة 3", "第3段": scheme dot, as "3." is.

A label's `stem` and `ordinal` place it in a sequence: "5.I.3" is the third of stem "5.I",
"16.4" the fourth of stem "16", "12 bis" comes after 12 (ordinal 12, suffix "bis").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cybertrack.domain.numbering import ROMAN, roman_value
from cybertrack.domain.subdivisions import ALTERNATIVE
from cybertrack.domain.units import Unit

# An inserted number's Latin suffix, bracketed when the insertion is not agreed: "3 [ter]".
_LATIN_WORDS = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)"
_SUFFIX = r"(?:\s*(?:" + _LATIN_WORDS + r"|\[" + _LATIN_WORDS + r"\]))"
_LATIN = re.compile(r"(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)$")
# A negotiating text's alternative to a paragraph, numbered after it: "OP2 alt", "PP5 Alt.",
# "OP7 alt 2" (an item of its own, beside the paragraph it would replace).
_ALT_WORD = r"(?:\s?(?:alt|Alt)(?:\s?\d{1,2}(?!\d))?(?=[\s.:]))"
_ALT = re.compile(r"((?:alt|Alt)(?:\s?\d{1,2})?)$")
# Arabic-Indic, Persian and full-width digits ("１．" as Chinese typing sets it) read as 0-9.
_TO_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
# "Article premier"/"1er" (French), "Artículo primero"/"único" (Spanish): the first and only
# article.
_FIRST_WORDS = {"premier": "1", "première": "1", "primero": "1", "unique": "1", "único": "1"}
_FIRST_WORDS |= {"1er": "1", "1re": "1", "1ᵉʳ": "1"}  # "Article 1er", as French prints it
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CJK_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
# "Article IV": the arms-control treaties (and the Staff Regulations' divisions) number their
# articles in capital Roman numerals, up to the hundreds.
_ROMAN = r"(?-i:" + ROMAN.pattern + r"\b)"
# "المادة الأولى", "المادة الحادية والعشرون": Arabic treaties often number articles by
# feminine ordinal words, one to ninety-nine (and the hundredth).
_ARABIC_UNITS = {
    "الأولى": 1, "الاولى": 1, "الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4,
    "الخامسة": 5, "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9,
}  # fmt: skip
_ARABIC_TENS = {
    "العاشرة": 10, "العشرون": 20, "الثلاثون": 30, "الأربعون": 40, "الاربعون": 40,
    "الخمسون": 50, "الستون": 60, "السبعون": 70, "الثمانون": 80, "التسعون": 90,
    "المائة": 100, "المئة": 100,
}  # fmt: skip
_ARABIC_ORDINAL = (
    r"(?:(?:"
    + "|".join(_ARABIC_UNITS)
    + r")(?:\s+عشرة?|\s+و\s?(?:"
    + "|".join(_ARABIC_TENS)
    + r"))?|"
    + "|".join(_ARABIC_TENS)
    + r")(?!\S)"
)
# What may follow a number: a stop, a colon or dash before the title, or the text itself.
# "Artículo 1.- Objeto" too, and the bracket closing "[Article 3 bis]".
_AFTER_ARTICLE = r"(?:\s*(?:\.\s?[-–—]|[.:–—-])\s*|\s+|$|(?=\]))"
# The International Law Commission's units as its texts name them, draft or adopted, in
# English, French, Spanish and Russian (case as printed at a paragraph's start).
_ILC_UNITS = {
    "conclusion": (
        r"Draft conclusion|Conclusion|Projet de conclusion|Proyecto de conclusión|Conclusión"
        r"|Проект вывода|Вывод"
    ),
    "guideline": (
        r"Draft guideline|Guideline|Projet de directive|Directive|Proyecto de directriz"
        r"|Directriz|Проект руководящего положения|Руководящее положение"
    ),
    "principle": (
        r"Draft principle|Principle|Projet de principe|Principe|Proyecto de principio"
        r"|Principio|Проект принципа|Принцип"
    ),
    "article": r"Draft article|Projet d['’]article|Proyecto de artículo|Проект статьи",
    # Not the Commission's, but numbered and read the same way: a framework's targets.
    "target": r"Target|Cible|Meta",
}
# "Draft conclusion 3", "Guideline 3.1.5", "Projet de principe 4", "Проект вывода 1".
_ILC = (
    "article",
    re.compile(
        r"^(?P<label>(?:"
        + "|".join(_ILC_UNITS.values())
        + r")\s+(?P<number>\d+(?:\.\d+)*"
        + _SUFFIX
        + r"?))"
        + _AFTER_ARTICLE
    ),
)

# "IS1.1", "IS3.12": the programme budget's income sections number their paragraphs so.
_INCOME_SECTION = (
    "decimal",
    re.compile(r"^(?P<label>(?P<number>IS\d{1,2}\.\d{1,4}" + _SUFFIX + r"?)\.?)\s+"),
)
# Order matters: the first pattern that matches wins.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "article",
        re.compile(
            r"^(?P<label>(?:Article|Art[íi]culo|Artigo)\s+"
            r"(?P<number>\d+(?:\.\d+)*"
            + _SUFFIX
            + r"?|1(?:er|re|ᵉʳ)|premi[eè]re?|primero|unique|[úu]nico|"
            + _ROMAN
            + r"))"
            + _AFTER_ARTICLE,
            re.IGNORECASE,
        ),
    ),
    (
        "article",
        re.compile(
            r"^(?P<label>Статья\s+(?P<number>\d+"
            + _SUFFIX
            + r"?|"
            + _ROMAN
            + r"))"
            + _AFTER_ARTICLE
        ),
    ),
    (
        "article",
        re.compile(
            # "Rule 105.1": the Financial and Staff Rules number theirs by regulation.
            r"^(?P<label>(?:Rule|Règle|Regla|Правило|القاعدة)\s+(?P<number>[\d٠-٩]+(?:\.\d+)*"
            + _SUFFIX
            + r"?))"
            + _AFTER_ARTICLE
        ),
    ),
    # "Regulation 5.1", "Положение 1.1", "Cláusula 1.1": the Financial and Staff Regulations,
    # always numbered by their article ("Regulation 2019/1150 ..." is a sentence).
    (
        "article",
        re.compile(
            r"^(?P<label>(?:Regulation|Cláusula|Положение)\s+(?P<number>\d+(?:\.\d+)+"
            + _SUFFIX
            + r"?))"
            + _AFTER_ARTICLE
        ),
    ),
    (
        "article",
        re.compile(
            r"^(?P<label>المادة\s+(?P<number>[\d٠-٩]+|" + _ARABIC_ORDINAL + r"))" + _AFTER_ARTICLE
        ),
    ),
    _ILC,
    (
        "article",
        re.compile(r"^(?P<label>第\s*(?P<number>[〇零一二两三四五六七八九十百千\d]+)\s*条)\s*"),
    ),
    # "Recommendation 1: ...", as expert and evaluation reports number theirs, in the six
    # languages; a stop, colon or dash after the number, or the line's end (the text below):
    # "Recommendation 1 of the Group ..." at a line's start is a sentence, not a label.
    (
        "recommendation",
        re.compile(
            r"^(?P<label>(?:Recommendation|Recommandation|Recomendación|Рекомендация|التوصية"
            r"|建议)\s*(?P<number>[\d٠-٩]+))(?:\s*[.:：–—-]\s*|\s*$)"
        ),
    ),
    # An outcome document's actions, numbered through its chapters among its paragraphs: the
    # Pact for the Future's "Action 1. We will take bold ..." ("Mesure 1.", "Medida 1.").
    (
        "action",
        re.compile(r"^(?P<label>(?:Action|Mesure|Medida)\s+(?P<number>\d+))(?:\s*[.:–—-]\s*|\s*$)"),
    ),
    # A negotiating text's printed preambular and operative numbers: "PP3", "Pp3", "OP 12".
    (
        "pp",
        re.compile(
            r"^(?P<label>P[Pp]\.?\s?(?P<number>\d{1,3}"
            + _SUFFIX
            + r"?"
            + _ALT_WORD
            + r"?))[.:]?\s+"
        ),
    ),
    (
        "op",
        re.compile(
            r"^(?P<label>O[Pp]\.?\s?(?P<number>\d{1,3}"
            + _SUFFIX
            + r"?"
            + _ALT_WORD
            + r"?))[.:]?\s+"
        ),
    ),
    ("paren", re.compile(r"^(?P<label>[(（](?P<number>\d+" + _SUFFIX + r"?)[)）])\s+")),
    (
        "decimal",
        re.compile(
            r"^(?P<label>(?P<number>\d{1,3}[A-Z]?(?:\.(?:[IVXL]{1,5}|\d{1,4}))*\.\d{1,4}"
            + _SUFFIX
            + r"?)\.?)\s+"
        ),
    ),
    _INCOME_SECTION,
    # The SDG targets a goal sets by letter, "1.a Ensure ...", and their indicators "1.a.1".
    ("decimal", re.compile(r"^(?P<label>(?P<number>\d{1,2}\.[a-z](?:\.\d{1,2})?))\s+(?=[A-Z(])")),
    # "1.- Los Estados ...": the stop and dash of Latin American Spanish typing.
    ("dot", re.compile(r"^(?P<label>(?P<number>\d+" + _SUFFIX + r"?)\.(?:\s?[-–])?)\s+")),
    # "1．各国应 ...": the full-width stop, which no space follows in Chinese.
    ("dot", re.compile(r"^(?P<label>(?P<number>\d+)．)\s*(?=\S)")),
    # The UN's Arabic documents print "1 - " where the others print "1. ".
    ("dot", re.compile(r"^(?P<label>(?P<number>\d{1,4})\s?[-–])\s+(?=[\u0621-\u064a])")),
    ("bracket", re.compile(r"^(?P<label>(?P<number>\d+" + _SUFFIX + r"?)[)）])\s+")),
)
# "Paragraph 3." and its kin in the six languages: a stop, colon or dash after the number, or
# the line's end; "Paragraph 3 of resolution 74/247 ..." at a line's start is a sentence.
_NAMED_PARAGRAPHS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "dot",
        re.compile(
            r"^(?P<label>(?:Paragraph|Para\.?|Paragraphe|P[áa]rrafo|Par[áa]grafo|Пункт|Параграф"
            r"|الفقرة)\s*(?P<number>[\d٠-٩]+" + _SUFFIX + r"?))(?:\s*[.:：–—-]\s*|\s*$)",
            re.IGNORECASE,
        ),
    ),
    ("dot", re.compile(r"^(?P<label>第\s*(?P<number>\d+)\s*段)(?:\s*[.:：]\s*|\s+|$)")),
)
# The patterns a first character can open, in the order above: every line of a document is
# read, so the others are not tried.
_BY_DIGIT = tuple(
    p
    for p in _PATTERNS
    if p[0] in ("decimal", "dot", "bracket")
    and not p[1].pattern.startswith("^(?P<label>(?P<number>IS")
)
_BY_PAREN = tuple(p for p in _PATTERNS if p[0] == "paren")
_BY_INCOME = (_INCOME_SECTION,)
_BY_PP_OP = tuple(p for p in _PATTERNS if p[0] in ("pp", "op")) + _NAMED_PARAGRAPHS
_BY_PP_OP += (_ILC,)  # "Principle 4", "Projet de conclusion 1", "Proyecto de ..."
_BY_ARTICLE = (
    tuple(p for p in _PATTERNS if p[0] in ("article", "recommendation", "action"))
    + _NAMED_PARAGRAPHS
)
# Article/Artículo/Artigo, Статья, Rule/Recommendation, Правило/Пункт, Рекомендация, المادة,
# 第, 建议
_ARTICLE_FIRST = "ACDGMTСRПРВ\u0627第建"  # Latin C, D, G, M, T: "Cláusula", "Target"
# A number with no stop ("49 For the ..."): an item only where it continues its sequence.
_BARE = re.compile(r"^(?P<label>(?P<number>\d{1,5}))\s+(?=\S)")

# Sub-items stay inside their parent item: (a), a), (iv), (aa); Cyrillic (а), Arabic (أ),
# Chinese (一); bullets of every kind Word and typists use.
_SUBITEM = re.compile(
    r"^(?:[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|[а-я]|[\u0621-\u064a]|[一二三四五六七八九十]{1,3})[)）]"
    r"|(?:[a-z]|[ivx]{1,4}|[а-я])\))\s*"
    r"|^[•●○◦▪▫■□‣⁃∙·\-–—*\uf0b7\uf0a7\uf0d8\uf076\uf0fc](?:\s+|$)"
)
_BULLET = re.compile(r"^[•●○◦▪▫■□‣⁃∙·\-–—*\uf0b7\uf0a7\uf0d8\uf076\uf0fc](?:\s+|$)")


_DIGITS = re.compile(r"\d+")
_SPACED_LATIN = re.compile(r"(\d)\s*(" + _LATIN.pattern[:-1] + r")$")


@dataclass(frozen=True)
class Label:
    """A printed number. `stem` is what its sequence shares ("16" for 16.4, "5.I" for 5.I.3,
    "" for 12), `ordinal` its counting part (4 for 16.4, 12 for "12 bis"), `suffix` "bis",
    "ter", ... for an inserted number, else ""."""

    scheme: str
    number: str
    label: str
    rest: str
    stem: str = field(init=False, compare=False)
    ordinal: int = field(init=False, compare=False)
    suffix: str = field(init=False, compare=False)

    def __init__(self, scheme: str, number: str, label: str, rest: str) -> None:
        head, _, last = number.rpartition(".")
        lettered = scheme == "decimal" and last.isalpha()  # an SDG target "1.a": its own list
        if last.isdecimal():  # most numbers: no pattern to run
            ordinal, suffix = int(last), ""
        elif scheme == "letter" or lettered:  # "a" is 1, "z" 26, "aa" 27 (importers/lettered.py)
            ordinal, suffix = ord(last[0]) - ord("a") + 1 + 26 * (len(last) - 1), ""
        else:
            digits = _DIGITS.search(last)  # "PP3" counts 3
            latin = _LATIN.search(number) or _ALT.search(number)
            ordinal = int(digits.group(0)) if digits else 0
            suffix = latin.group(1) if latin else ""
        # Every field in one update (a test holds the parameters to the fields): a frozen
        # dataclass's own __init__ sets each through object.__setattr__, and a document's
        # every paragraph may be read for its number.
        vars(self).update(
            scheme=scheme,
            number=number,
            label=label,
            rest=rest,
            stem=f"{head} by letter" if lettered else _stem(scheme, head, label),
            ordinal=ordinal,
            suffix=suffix,
        )

    @property
    def sequence(self) -> tuple[str, str]:
        return (self.scheme, self.stem)


_WORDS_BEFORE_NUMBER = re.compile(r"\s+(?=\d)")


def _stem(scheme: str, head: str, label: str) -> str:
    """ "16" for 16.4; "Rule 105" for rule 105.1 and "Regulation 1" for regulation 1.1: the
    Staff Regulations and Rules interleave regulation 1.1 and rule 1.1, two sequences."""
    if scheme == "decimal":
        return head
    if scheme == "article" and head:
        return f"{_WORDS_BEFORE_NUMBER.split(label, maxsplit=1)[0]} {head}"  # "Draft guideline 3"
    return ""


def arabic_ordinal(words: str) -> int:
    """ "الثالثة" -> 3, "الثانية عشرة" -> 12, "الخامسة والعشرون" -> 25 (as the pattern admits)."""
    total = 0
    for word in words.split():
        if word in ("عشرة", "عشر"):
            total += 10
            continue
        if word not in _ARABIC_UNITS and word[:1] == "و":  # "والعشرون": "and twenty"
            word = word[1:]
        total += _ARABIC_UNITS.get(word, 0) + _ARABIC_TENS.get(word, 0)
    return total


def cjk_number(text: str) -> str:
    if text.isdigit():
        return str(int(text))
    total, current = 0, 0
    for char in text:
        if char in _CJK_DIGITS:
            current = _CJK_DIGITS[char]
        elif char in _CJK_UNITS:
            total += (current or 1) * _CJK_UNITS[char]
            current = 0
    return str(total + current)


def _normal_number(scheme: str, raw: str) -> str:
    if raw.isascii() and raw.replace(".", "").isdigit():
        return raw  # "12", "16.4": as printed (most numbers)
    number = " ".join(raw.replace("[", " ").replace("]", "").split()).translate(_TO_ASCII_DIGITS)
    if scheme == "article":
        lowered = number.lower()
        if lowered in _FIRST_WORDS:
            return _FIRST_WORDS[lowered]
        if ROMAN.fullmatch(number):
            return str(roman_value(number))
        if number[:1] == "ا":  # an Arabic ordinal word ("الأولى")
            return str(arabic_ordinal(number))
        if not number[:1].isdigit():
            return cjk_number(number)
    if number.replace(".", "").isalnum() and not _LATIN.search(number):
        return number  # "12", "16.4", "29B.1", "5.I.3": nothing to respace
    return _SPACED_LATIN.sub(r"\1 \2", number)


def _first_match(text: str) -> tuple[str, re.Match[str]] | None:
    """The scheme and match of the first pattern that opens `text`."""
    first = text[:1]
    if not first or first.islower() or first in " \t•-–—*“\"'«[":
        return None  # a number never comes after these
    if first.isdigit():
        patterns = _BY_DIGIT
    elif first in "(（":
        patterns = _BY_PAREN
    elif first in "PO":
        patterns = _BY_PP_OP
    elif first == "I" and text.startswith("IS"):
        patterns = _BY_INCOME
    elif first in _ARTICLE_FIRST:
        patterns = _BY_ARTICLE
    else:
        return None
    for scheme, pattern in patterns:
        match = pattern.match(text)
        if match:
            return scheme, match
    return None


def _bracketed(text: str) -> tuple[str, str]:
    """A negotiating text brackets what is not agreed, numbers included: "[12. Decides ...]",
    "[Article 6". The opening brackets, and the text after them."""
    if not text.startswith("["):
        return "", text
    body = text.lstrip("[")
    return text[: len(text) - len(body)], body


def match_label(text: str) -> Label | None:
    """The item number at the start of `text`, if any: "(2) States ..." -> paren "2" "(2)".

    "15.8 months" or "2025. the" (a number and a word in lower case) is a sentence cut at a
    line end, not an item; "(1) the State" and "1) the State" are items of a list. A number in
    a negotiating text's brackets is one too: "[12. Decides ...]" is item 12, whose text
    keeps its brackets ("[Decides ...]").
    """
    brackets, text = _bracketed(text)
    found = _first_match(text)
    if found is None:
        return None
    scheme, match = found
    rest = text[match.end() :]
    closed = bool(brackets) and rest.startswith("]")
    if closed:  # "[Article 3 bis] (REDD-PLUS)": the label in its own brackets
        brackets, rest = brackets[1:], rest[1:].lstrip()
    if _cut_at_line_end(scheme, match["number"], rest[:1]) or _named_in_a_sentence(
        scheme, match, rest
    ):
        return None
    number = _normal_number(scheme, match["number"])
    if scheme == "pp":
        number = f"PP{number}"  # as the structure numbers an unnumbered preamble
    label = match["label"]
    if " " in label or not label.isprintable():  # white space inside: "12 bis", "Article  5"
        label = " ".join(label.split())
    if closed:
        label = f"[{label}]"
    return Label(scheme, number, label, brackets + rest)


def _cut_at_line_end(scheme: str, number: str, first: str) -> bool:
    """A number and a word in lower case ("15.8 months", "2025. the"): a sentence cut at a
    line end, no item. Russian resolutions open their paragraphs in lower case ("1.
    постановляет ...", "2. просит ..."): a paragraph number of up to three digits before a
    Cyrillic word is one. A year in brackets then a word in lower case is a citation's date
    wrapped to the line start ("... its resolution 1894" over "(2009) of 11 November 2009")."""
    if scheme == "paren" and len(number) == 4 and first.islower():
        return True
    if scheme not in ("dot", "decimal") or not first.islower():
        return False
    return not (scheme == "dot" and "а" <= first <= "я" and len(number.strip()) <= 3)


def _named_in_a_sentence(scheme: str, match: re.Match[str], rest: str) -> bool:
    """ "Article 4 of the Treaty recognizes ...", "Principle 10 of the Rio Declaration ...": an
    article named in a sentence (a word in lower case right after its number, no stop or
    colon between), which goes on the paragraph it stands in, not an article's own label."""
    if scheme != "article" or not rest[:1].islower():
        return False
    return not match.string[match.end("label") : match.end()].strip()


def is_label(text: str) -> bool:
    """Whether `match_label` finds a label, without building it."""
    text = _bracketed(text)[1]
    found = _first_match(text)
    if found is None:
        return False
    scheme, match = found
    rest = text[match.end() :]
    return not (
        _cut_at_line_end(scheme, match["number"], rest[:1])
        or _named_in_a_sentence(scheme, match, rest)
    )


def opens_item(text: str) -> bool:
    """`text` opens with an item number and then text not in lower case: what `match_label`
    finds with a `rest` not in lower case, read without building the label (a reader asks it
    of every line)."""
    text = _bracketed(text)[1]
    found = _first_match(text)
    if found is None:
        return False
    first = text[found[1].end() : found[1].end() + 1]
    return not _cut_at_line_end(found[0], found[1]["number"], first)


def match_bare_number(text: str) -> Label | None:
    """'49 For the period ...': a number with no stop, read as scheme dot when it fits."""
    match = _BARE.match(text)
    if not match:
        return None
    rest = text[match.end() :]
    if not rest[:1].isupper():
        return None
    return Label("dot", str(int(match["number"])), match["label"] + ".", rest)


_BARE_NUMBER = re.compile(r"\d{1,5}")


def label_from_auto(auto_label: str) -> Label | None:
    """A number produced by Word's automatic numbering, e.g. "(3)", "12.", "16.4" (followed by
    a capital to stand for its text: "Z", no Roman numeral, or "Article" would be article X)."""
    return match_label(auto_label.strip() + " Z")


def auto_number(auto_label: str) -> Label | None:
    """The label of a number the format itself printed (Word's list numbering, a table's
    "No." column): as `label_from_auto`, and a bare "12" too, which a list numbers without a
    stop (in running text a bare number is a page's or a year)."""
    number = auto_label.strip()
    if _BARE_NUMBER.fullmatch(number):
        return Label("dot", str(int(number)), number, "")
    return label_from_auto(number)


def table_number(text: str) -> str | None:
    """A table cell holding a bare number and nothing else ("12"): a row's number in a table
    with a "No." column."""
    text = text.strip()
    return text if _BARE_NUMBER.fullmatch(text) else None


_WORDS = re.compile(r"[^\W\d_]{2,}")


def reads_as_text(text: str) -> bool:
    """A cell of words (an item's text), not of figures: "1,000", "n/a" or "2025" are not."""
    return len(_WORDS.findall(text, 0, 200)) >= 2


def is_lone_label(text: str) -> bool:
    """An item's number and nothing else: "Article 6", "12.", "(3)", "16.4" (a table's cell
    that numbers the text of the next one)."""
    text = " ".join(text.split())
    label = match_label(text)
    return label_from_auto(text) is not None if label is None else not label.rest.strip()


def is_alternative(text: str) -> bool:
    """An alternative wording under a paragraph of a negotiating text ("Option 2: ...")."""
    return bool(ALTERNATIVE.match(text))


def is_subitem(text: str) -> bool:
    """(a), b), (iv), bullets: sub-paragraphs that stay inside their parent item."""
    return bool(_SUBITEM.match(text))


def is_lone_subitem(text: str) -> bool:
    """A sub-item's label or a bullet and nothing else ("(a)", "ii)", "•")."""
    text = text.strip()
    found = _SUBITEM.match(text)
    return found is not None and found.end() == len(text)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def without_bullet(text: str) -> str:
    """The text of a bulleted line, its bullet gone."""
    return _BULLET.sub("", text, count=1)


# Articles of another kind, named as such: a rule of procedure, a financial or staff rule or
# regulation, the International Law Commission's conclusions, guidelines and principles.
_NAMED_UNITS = (
    (re.compile(r"^(?:Rule|Règle|Regla|Правило|القاعدة)\s"), Unit.RULE),
    (re.compile(r"^(?:Regulation|Cláusula|Положение)\s"), Unit.REGULATION),
    (re.compile(r"^(?:" + _ILC_UNITS["conclusion"] + r")\s"), Unit.CONCLUSION),
    (re.compile(r"^(?:" + _ILC_UNITS["guideline"] + r")\s"), Unit.GUIDELINE),
    (re.compile(r"^(?:" + _ILC_UNITS["principle"] + r")\s"), Unit.PRINCIPLE),
    (re.compile(r"^(?:" + _ILC_UNITS["target"] + r")\s"), Unit.TARGET),
)


def named_unit(label: Label) -> Unit | None:
    """The unit an article-like label names by its word ("Rule 91", "Draft conclusion 3"),
    None for an article itself."""
    if label.scheme != "article":
        return None
    return next((unit for pattern, unit in _NAMED_UNITS if pattern.match(label.label)), None)


ITEM_KIND = {
    "paren": Unit.RECOMMENDATION,
    "dot": Unit.PARAGRAPH,
    "bracket": Unit.PARAGRAPH,
    "decimal": Unit.PARAGRAPH,
    "article": Unit.ARTICLE,
    "recommendation": Unit.RECOMMENDATION,
    "action": Unit.ACTION,
    "pp": Unit.PREAMBULAR,
    "op": Unit.OPERATIVE,
    "turn": Unit.STATEMENT,  # a speaker's turn (importers/record.py)
}


def label_alone(text: str) -> bool:
    """A line that is only an item's number ("16.15", "(a)", "5.I.1"), as `pdftotext` prints a
    hanging number apart from its paragraph."""
    if " " in text or len(text) > 12:
        return False
    return label_from_auto(text) is not None or is_subitem(f"{text} X")
