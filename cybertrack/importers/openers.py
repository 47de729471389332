"""How a resolution or a decision frames its paragraphs, in the six UN languages.

A resolution or decision names its author in an addressee line ("The General Assembly,",
"L'Assemblée générale,", "La Asamblea General,", "Генеральная Ассамблея,", "إن الجمعية العامة،",
"大会，"), then states its reasons in unnumbered preambular paragraphs, each opened by a
participle or an adjective and closed by a comma, then acts in numbered operative paragraphs.
The structure finds preambular paragraphs by that position; the opener cues here only help to
cut text that lost its layout (a resolution pasted as plain text) into paragraphs. They go by
grammar (a participle ending, an adverb ending), not by a list of English words.
"""

from __future__ import annotations

import re

from cybertrack.importers.bodies import is_known_body

# What closes a preambular paragraph (and the addressee line), in each script.
PP_END = (",", "،", "，", ";", "؛", "；")
COMMA = (",", "،", "，")

# A participle or adjective opener ("Recalling", "Convinced", "Aware"), or one in lower case
# after an adverb ("Deeply concerned", "Also encouraging", "Profondément préoccupée",
# "Profundamente preocupada"); "Noting also" forms are covered by the suffixes.
# A French masculine plural ("Préoccupés", "Déterminés": the States Parties speak) but no
# noun in "-tés" ("Activités", "Priorités").
_SUFFIXES = r"(?:ing|ed|ant|ando|iendo|yendo|ée|ées|(?<!t)és|ue|ues|ente|ada|ado|ida|ido|adas|idas)"
# The parties' adjectives, and the Spanish masculine plurals a suffix would confuse with
# nouns ("Preocupados" but "Estados", "Tratados", "Contenidos").
_ADJECTIVES = (
    r"(?:Aware|Mindful|Cognizant|Conscious|Consciente|Conscientes|Conscients|Determined|"
    r"Desirous|Resolved|Committed|Persuaded|Sachant|Whereas|Convaincus|Résolus|Soucieux|"
    r"Désireux|Preocupados|Convencidos|Decididos|Resueltos|Deseosos|Persuadidos|Alarmados)"
)
_ADVERB = r"(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:ly|ment|mente)|Also|Further|Ayant|Habiendo|Tenant|Teniendo)"
_LATIN_OPENER = re.compile(
    rf"^(?:{_ADVERB}\s+(?:[a-zà-ÿ]+{_SUFFIXES}|(?i:{_ADJECTIVES}))\b"
    rf"|(?:(?:Bearing|Taking|Having)\s+)?(?:[A-ZÀ-Ý][a-zà-ÿ]+{_SUFFIXES}|{_ADJECTIVES})\b"
    # French reflexives: "Se félicitant", "S'inquiétant".
    r"|(?:Se\s+|S['’])[a-zà-ÿ]+ant\b)"
)
# Russian: a verbal adverb ("Ссылаясь", "Отмечая", "Будучи") or an adverb before one.
_CYRILLIC_OPENER = re.compile(
    r"^(?:[А-ЯЁ][а-яё]+\s+){0,2}?[А-ЯЁа-яё][а-яё]*(?:ая|яя|уя|юя|ясь|ась|ав|ев|ив|вшись|учи|ючи)"
    r"(?=,|\s+[а-яё«\"(\d])"
)
# Arabic: "إذ" / "وإذ" (while ...), "وقد" (having ...), "... منها" (out of its ...),
# "لما كان" / "ولما كان" / "في حين أن" (whereas: the Universal Declaration's recitals).
_ARABIC_OPENER = re.compile(r"^(?:و?إذ|وقد|و?لم\u0651?ا\s+كانت?|و?في\s+حين|و?\S+اً?\s+منها)\s")
# Chinese: a verb of noting or recalling opens the paragraph; the paragraph ends with "，".
_CJK_OPENER = re.compile(
    r"^(?:又|还|并|再次|深为|深感|极为|严重)?"
    r"(?:回顾|重申|注意到|确认|认识到|欢迎|强调|关切|深信|铭记|考虑到|意识到|赞赏|表示|承认|申明|认为|决心|希望|"
    r"鉴于)"
)

# The adoption line closes a resolution: "52nd (resumed) plenary meeting", "52e séance
# plénière", "52ª sesión plenaria", "52-е пленарное заседание", "第52次全体会议",
# "الجلسة العامة 52". Its date follows it, or nothing: never a sentence's next words ("At its
# 3rd plenary meeting, on 16 September 2022, the General Assembly ...", a report's paragraph).
ADOPTION = re.compile(
    r"(?:^|\s)(?:\d{1,3}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary meeting\b"
    r"|\d{1,3}(?:e|re|ème)\s+séance\s+plénière\b"
    r"|\d{1,3}(?:ª|a\.?)\s+sesión\s+plenaria\b"
    r"|\d{1,3}-(?:е|м)\s+пленарное\s+заседание\b"
    r"|第\s*\d{1,3}\s*次全体会议"
    r"|الجلسة\s+العامة\s+[\d٠-٩]{1,3})"
    r"(?=\s*(?:$|[\d٠-٩]))"
    r".*$",
    re.DOTALL,
)


# A meeting record's own procedure, between its paragraphs: "The meeting was called to order
# at 10.05 a.m.", "The meeting was suspended at 11.30 a.m. and resumed at 11.50 a.m.", "The
# meeting rose at 1 p.m.", in the six languages. No one's statement, no paragraph's end.
_PROCEDURE = re.compile(
    r"^(?:The meeting (?:was called to order|was opened|rose|was suspended|(?:was )?resumed"
    r"|was adjourned)\b"
    r"|La séance (?:est|a été) (?:ouverte|levée|suspendue|reprise)\b"
    r"|Se (?:abre|levanta|suspende|reanuda) la sesión\b|Se declara abierta la sesión\b"
    r"|Заседание (?:открывается|закрывается|прерывается|возобновляется|объявляется открытым)\b"
    r"|(?:افتتحت|رفعت|علقت|عُلّقت|استؤنفت) الجلسة"
    r"|.{0,30}(?:宣布开会|散会|会议暂停|复会)。?$)"
)


_HOUR = re.compile(r"[\d٠-٩]")
# A corrigendum's cover says so, alone on its line, in the six languages.
CORRIGENDUM = re.compile(
    r"^(?:corrigendum|rectificatif|corrección|исправление|更正|تصويب)$", re.IGNORECASE
)


def is_corrigendum(text: str) -> bool:
    """The cover line of a corrigendum, whose numbered lines are its corrections ("1.
    Paragraph 12, second sentence" over "For 1,234,500 read 1,243,500"), not headings."""
    return CORRIGENDUM.match(text.strip()) is not None


def is_procedure(text: str) -> bool:
    """A meeting record's line of procedure ("The meeting rose at 1 p.m."): short, at an
    hour ("The meeting resumed its work on the draft ..." is a sentence of the record)."""
    return len(text) < 160 and _PROCEDURE.match(text) is not None and bool(_HOUR.search(text))


# The Human Rights Council's adoption line names a meeting, not a plenary one: "57th meeting",
# "57e séance", "57ª sesión", "57-е заседание", "第57次会议", "الجلسة 57", alone on its line or
# with its date ("57th meeting 4 April 2024" once lines are joined).
_MEETING_LINE = re.compile(
    r"^(?:\d{1,3}(?:st|nd|rd|th)\s+meeting|\d{1,3}(?:e|re|ème)\s+séance|\d{1,3}(?:ª|a\.?)\s+sesión"
    r"|\d{1,3}-(?:е|м)\s+заседание|第\s*\d{1,3}\s*次会议|الجلسة\s+[\d٠-٩]{1,3})"
    r"(?P<rest>\s.*)?$"
)


def is_meeting_line(text: str) -> bool:
    """An adoption line naming the meeting, with nothing after it but its date."""
    match = _MEETING_LINE.match(text)
    if match is None:
        return False
    rest = (match["rest"] or "").strip()
    return not rest or (len(rest) < 40 and any(c.isdigit() for c in rest))


# A word each form of the adoption line must contain: the long pattern runs only where one is.
_ADOPTION_CUES = ("plenary", "séance", "sesión", "пленарное", "全体会议", "الجلسة")


# A treaty's preamble ends with its parties' agreement ("Have agreed as follows:"), and its
# last article with the testimonium ("IN WITNESS WHEREOF, ...") and the place of signature
# ("DONE at Budapest, ..."): the formulas frame the articles and are none of them.
_AGREED = re.compile(
    r"^(?:Have\s+agreed\s+as\s+follows|Hereby\s+agree\s+as\s+follows|"
    # The Covenants: "Agree upon the following articles:".
    r"(?:Have\s+agreed|Agree)\s+upon\s+the\s+following\s+articles|Sont\s+convenu(?:e)?s\s+de\s+ce\s+qui\s+suit|"
    r"Han\s+convenido\s+(?:en\s+)?lo\s+siguiente|[Сс]огласились\s+о\s+нижеследующем|"
    r"兹协议如下|(?:قد\s+)?اتفقت\s+على\s+ما\s+يلي)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_TESTIMONIUM = re.compile(
    r"^(?:IN\s+(?:WITNESS|FAITH)\s+(?:WHEREOF|THEREOF)|EN\s+FOI\s+DE\s+QUOI|EN\s+FE\s+DE\s+LO\s+CUAL|"
    r"В\s+УДОСТОВЕРЕНИЕ\s+ЧЕГО|DONE\s+(?:at|in)\s|FAIT\s+à\s|HECHO\s+en\s|СОВЕРШЕНО\s+в\s|"
    r"وإثباتا\s+لذلك|下列签署)"
    r"|以昭信守。?$"
)


# The enacting formula of a convention a conference adopts (UNESCO's, the ILO's): "Adopts
# this Convention on the fourteenth day of December 1960.", "...; adopts this sixteenth day
# of June of the year two thousand and eleven the following Convention, which may be cited
# as the Domestic Workers Convention, 2011."
_ENACTS = re.compile(r"^[Aa]dopts\s+this\s")
_ENACTS_LONGEST = 250


def closes_preamble(text: str) -> bool:
    """ "Have agreed as follows:" and its forms in the six languages; a conference's "Adopts
    this Convention ..."."""
    text = text.strip()
    if len(text) <= 80 and _AGREED.match(text):
        return True
    return len(text) <= _ENACTS_LONGEST and bool(_ENACTS.match(text))


def is_testimonium(text: str) -> bool:
    """A treaty's closing formula: "IN WITNESS WHEREOF, the undersigned ...", "DONE at ..."."""
    return bool(_TESTIMONIUM.search(text.strip()))


def drop_adoption(text: str) -> str:
    """An operative paragraph without the adoption line the last one runs into."""
    # Only "plenary" among the cues is ASCII: most paragraphs need one look, not six.
    if "plenary" not in text and (text.isascii() or not any(c in text for c in _ADOPTION_CUES)):
        return text
    return ADOPTION.sub("", text).strip() or text


def opens_preambular(text: str) -> bool:
    """Whether `text` opens like a preambular paragraph in any of the six languages."""
    return bool(
        _LATIN_OPENER.match(text)
        or _CYRILLIC_OPENER.match(text)
        or _ARABIC_OPENER.match(text)
        or _CJK_OPENER.match(text)
    )


# A speaker's salutation ("Madam Chair,", "Mr. President,") is no resolution's author.
_VOCATIVE = re.compile(
    r"^(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Monsieur|Messieurs|Mesdames|Señor|Señora|Sr\.|Sra\.|"
    r"Excellenc|Distinguished|Dear|Honou?rable|Colleagues|Chers|Chères|Estimad|Distinguid|"
    r"Господин|Госпожа|Уважаем|Дамы|السيد|السيدة|أصحاب|主席|尊敬的)",
    re.IGNORECASE,
)


# The author of a resolution named alone, with no comma: "The General Assembly" over "Adopts
# the following Pact for the Future:" (its only operative sentence).
_AUTHOR_ALONE = re.compile(
    r"^(?:(?:The|L['’]|La|El|إن)\s*)?(?:General Assembly|Security Council|Economic and Social "
    r"Council|Human Rights Council|Assemblée générale|Conseil de sécurité|Conseil économique et "
    r"social|Conseil des droits de l['’]homme|Asamblea General|Consejo de Seguridad|Consejo "
    r"Económico y Social|Consejo de Derechos Humanos|Генеральная Ассамблея|Совет Безопасности|"
    r"Экономический и Социальный Совет|Совет по правам человека|الجمعية العامة|مجلس الأمن|大会|"
    r"安全理事会|经济及社会理事会|人权理事会)$"
)


def is_author_alone(text: str) -> bool:
    return bool(_AUTHOR_ALONE.match(text.strip()))


# Characters: "The Conference of the Parties, the Conference of the Parties serving as the
# meeting of the Parties to the Kyoto Protocol and ... the Paris Agreement," is one addressee.
_ADDRESSEE_LONGEST = 250
# Without an article: "The member States of the Council of Europe and the other States
# signatory hereto," (83), "Государства-участники настоящей Конвенции,"; a line of 187
# characters ("في حين أن ...،", a recital whose opener is not known) is none.
_ADDRESSEE_PLAIN = 120
_ADDRESSEE_CJK = 30
# "We, the Ministers," names the authors; a longer opening clause is negotiated (`is_chapeau`).
_CHAPEAU_AS_ADDRESSEE = 160
# How an author's name opens in the Latin-script languages.
_AUTHOR_OPENS = re.compile(r"^(?:(?:The|La|Le|Les|El|Los|Las)\s|L['’])")


def _chinese(text: str) -> bool:
    """A text that opens with a Chinese character (no spaces between its words)."""
    return "\u4e00" <= text[:1] <= "\u9fff"


def _addressee_longest(text: str) -> int:
    """How long an author's line may be. Taken for one, a recital would be lost: only a name
    opened by an article runs long ("The Conference of the Parties, the Conference ...")."""
    if _chinese(text):
        return _ADDRESSEE_CJK  # "联合国气候变化框架公约缔约方会议，"
    return _ADDRESSEE_LONGEST if _AUTHOR_OPENS.match(text) else _ADDRESSEE_PLAIN


def is_addressee(text: str) -> bool:
    """A short line naming the author and closed by a comma: "The General Assembly,", and
    in a negotiating text, bracketed whole: "[The Parties to this Agreement,"; a treaty whose
    recitals end in semicolons may close it with one ("... signatory hereto;")."""
    text = text.strip().lstrip("[")
    if not text.endswith(COMMA) and not (text.endswith(";") and _AUTHOR_OPENS.match(text)):
        return False
    if len(text) > _addressee_longest(text) or len(text) < 3:
        return False
    if _VOCATIVE.match(text):
        return False
    if len(text) > _CHAPEAU_AS_ADDRESSEE and _CHAPEAU.match(text):
        return False  # "We, Heads of State ..., assembled ..., to reaffirm ...,": a paragraph
    if opens_preambular(text):
        return False
    return not text[:1].isdigit() and not text[:1].islower()


_FIRST_WORD = re.compile(r"\w+")
_CJK_OPENING = 2  # characters: Chinese writes no spaces, "鉴于" opens each recital


def same_opening(text: str, other: str) -> bool:
    """Whether two paragraphs open with the same word ("Whereas", "Considérant", "鉴于";
    Arabic "لما كان" and "ولما كان", the second with its "and")."""
    first, second = _FIRST_WORD.match(text.strip()), _FIRST_WORD.match(other.strip())
    if first is None or second is None:
        return False
    a, b = first.group().casefold(), second.group().casefold()
    if _chinese(a):
        return a[:_CJK_OPENING] == b[:_CJK_OPENING]
    if a[:1] == "و" and len(a) > 2:
        a = a[1:]
    if b[:1] == "و" and len(b) > 2:
        b = b[1:]
    return a == b


# A declaration speaks in the first person plural: "We, Heads of State and Government, ...,",
# "Nous, chefs d'État ...,", "Nosotros, los Jefes de Estado ...,", "Мы, главы государств ...,",
# "我们，各国元首和政府首脑……，", "نحن، رؤساء الدول والحكومات ...،".
_CHAPEAU = re.compile(r"^(?i:We|Nous|Nosotros|Nosotras|Мы|我们|نحن)\s*[,，،]")


def opens_chapeau(line: str) -> bool:
    """ "We, Heads of State ..." opening a line: a declaration's opening clause begins."""
    return bool(_CHAPEAU.match(line))


def is_chapeau(text: str) -> bool:
    """A declaration's opening clause, closed by a comma or a colon, over its paragraphs."""
    text = text.strip()
    return len(text) <= 1000 and text.endswith((*COMMA, ":")) and bool(_CHAPEAU.match(text))


# "Preamble" in the six languages.
PREAMBLE_WORD = (
    r"(?:Preamble|PREAMBLE|Préambule|PRÉAMBULE|Preámbulo|PREÁMBULO|Преамбула|ПРЕАМБУЛА|序言|"
    r"الديباجة)"
)
_PREAMBLE_HEADING = re.compile(rf"^{PREAMBLE_WORD}\s*[:：]?$")


def is_preamble_heading(text: str) -> bool:
    """ "Preamble" on a line of its own, in the six languages."""
    return bool(_PREAMBLE_HEADING.match(text.strip()))


# "...; and" closing a recital before the last: the Universal Declaration's "...; и" in
# Russian, "..., and" in an ILO convention.
_LAST_BUT_ONE = re.compile(r"[,;،؛，；]\s*(?:and|et|y|e|и|و)$")


def ends_preambular(text: str) -> bool:
    text = text.rstrip().rstrip("”’\"'»")
    return text.endswith(PP_END) or bool(_LAST_BUT_ONE.search(text[-8:]))


# A statement's closing thanks, in the six languages: "Thank you.", "I thank you, Madam Chair.",
# "Je vous remercie.", "Muchas gracias.", "Благодарю за внимание.", "谢谢。", "شكراً".
_THANKS = re.compile(
    r"^(?:I\s+)?(?:thank\s+you|merci|je\s+vous\s+remercie|(?:muchas\s+)?gracias|спасибо|"
    r"благодарю|谢谢|شكرا|شكراً)\b",
    re.IGNORECASE,
)


def is_salutation(text: str) -> bool:
    """A speaker's salutation on a line of its own: "Mr. President,", "Madame la Présidente,"."""
    text = text.strip()
    return len(text) <= 80 and text.endswith((*COMMA, ":", "!")) and bool(_VOCATIVE.match(text))


def is_thanks(text: str) -> bool:
    """A statement's closing line: "Thank you.", "I thank you, Madam Chair."."""
    text = text.strip()
    return len(text) <= 80 and bool(_THANKS.match(text))


# A list's wrapped line ("Port Facilities (Angola, ..., Mauritius,") holds these; an author's
# name does not.
_INNER_PUNCTUATION = re.compile(r"[,،，;؛；()]")


def names_with_article(line: str) -> bool:
    """Whether a line opens on an article, as an author's name does in the Latin-script
    languages ("The General Assembly", "L'Assemblée générale", "La Asamblea General")."""
    return bool(_AUTHOR_OPENS.match(line))


def is_author_line(line: str) -> bool:
    """An addressee line by its words alone, with no preamble after it to tell: "The General
    Assembly,", "La Conférence des Parties,", "Генеральная Ассамблея," (a title's last line
    "Information and Communications Technologies for Criminal Purposes," is none)."""
    if not names_author(line):
        return False
    return names_with_article(line) or is_known_body(line.rstrip(",،，、 "))


def names_author(line: str) -> bool:
    """An addressee line as it stands in running text: "The General Assembly,", one name and
    its comma (a wrapped line of a list, "Port Facilities (Angola, ..., Mauritius,", is not)."""
    return is_addressee(line) and not _INNER_PUNCTUATION.search(line.rstrip()[:-1])
