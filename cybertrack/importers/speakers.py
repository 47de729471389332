"""Who speaks in a meeting record: the designation that opens each speaker's turn.

A verbatim record (A/75/PV.71, S/PV.9000) has no paragraph numbers: it prints each turn as a
paragraph that opens with the speaker, then a colon. A delegate's speaker is a title, a name and
the delegation in brackets, sometimes the language spoken after it; the presiding officer is
named by office alone, with the article the cover's "President: Mr. Bozkir (Turkey)" has not.
In the six languages:

- "Mr. Kuzmin (Russian Federation) (spoke in Russian):", "The Acting President:"
- "M. Kuzmin (Fédération de Russie) (parle en russe) :", "La Présidente par intérim :"
- "El Sr. Kuzmin (Federación de Rusia) (habla en ruso):", "El Presidente interino:"
- "Г-н Кузьмин (Российская Федерация) (говорит по-русски):", "Исполняющий обязанности
  Председателя:"
- "库兹明先生（俄罗斯联邦）（以俄语发言）：", "代理主席："
- "السيد كوزمين (الاتحاد الروسي) (تكلم بالروسية):", "الرئيس بالنيابة:"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BRACKETS = r"(?:\s*[(（][^()（）]{1,80}[)）])*"  # "(spoke in Russian)", "（以俄语发言）"
_COLON = r"\s*[:：]"
_CAPACITY = r"(?:,\s*[^:：()]{1,120}?)?"  # ", speaking on behalf of the Group of 77 and China"
_NAME = r"[^():：（）\d]{1,60}?"
_DELEGATION = r"\s*[(（](?P<delegation>[^()（）]{2,100})[)）]"
_TITLES = (
    r"Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?|Sir|Dame|Lord|Lady|Baroness|Archbishop|Monsignor|Sheikh"
    r"|M\.|Mme|Mlle|(?:El|La)\s+Sra?\.|(?:La\s+)?Srta\.|Г-н|Г-жа|السيد|السيدة|الآنسة"
)
_OFFICES = (
    r"The\s+(?:Acting\s+|Temporary\s+)?(?:President|Vice-President|Chair(?:person|man|woman)?"
    r"|Co-Chair|Secretary-General|Deputy\s+Secretary-General|Under-Secretary-General)"
    r"|(?:Le|La)\s+(?:Vice-)?Présidente?(?:\s+par\s+intérim)?|(?:Le|La)\s+Secrétaire\s+générale?"
    r"|(?:El|La)\s+(?:Vice)?President[ea](?:\s+interin[oa]|\s+Provisional)?"
    r"|(?:El|La)\s+Secretari[oa]\s+General"
    r"|(?:Исполняющ\w+\s+обязанности\s+)?(?:Председател\w+|Генеральн\w+\s+секретар\w+)"
    r"|代理主席|主席|副主席|秘书长|常务副秘书长"
    r"|(?:الرئيس|الرئيسة|نائب\s+الرئيس|الأمين\s+العام)(?:\s+بالنيابة)?"
)
_DELEGATES = (
    re.compile(rf"^(?:{_TITLES})\s+{_NAME}{_DELEGATION}{_BRACKETS}{_CAPACITY}{_COLON}"),
    re.compile(rf"^{_NAME}(?:先生|女士|夫人|阁下){_DELEGATION}{_BRACKETS}{_CAPACITY}{_COLON}"),
)
# A summary record reports a delegate in its numbered paragraphs: "5. Mr. Kuzmin (Russian
# Federation) said that ...", "M. X (France) dit que", "El Sr. X (España) dice", "Г-н X
# (Россия) говорит", "X先生（中国）说", "السيد X (مصر) قال".
_REPORTED = (
    re.compile(
        rf"^(?:{_TITLES})\s+{_NAME}{_DELEGATION}{_BRACKETS}{_CAPACITY}\s+(?=[^\W\d_])(?![A-Z])"
    ),
    re.compile(rf"^{_NAME}(?:先生|女士|夫人|阁下){_DELEGATION}(?:说|指出|表示|强调|欢迎|询问)"),
)
_OFFICER = re.compile(rf"^(?:{_OFFICES}){_BRACKETS}{_COLON}")


@dataclass(frozen=True)
class Speaker:
    """A turn's opening as printed, and the delegation that speaks (None for the chair)."""

    designation: str
    delegation: str | None


def reported_delegation(text: str) -> str | None:
    """The delegation a summary record's paragraph reports ("Mr. X (Brazil) said ...")."""
    if "(" not in text[:160] and "（" not in text[:160]:
        return None
    for pattern in _REPORTED:
        if match := pattern.match(text):
            return _delegation(match["delegation"])
    return None


def _delegation(text: str) -> str | None:
    """A delegation's name, or None for what brackets hold besides ("see A/75/PV.71")."""
    if "/" in text or any(c.isdigit() for c in text):
        return None
    return " ".join(text.split())


def speaker(text: str) -> Speaker | None:
    """The speaker whose turn the paragraph opens, if it opens one."""
    if ":" not in text[:200] and "：" not in text[:200]:
        return None  # the common case, a paragraph of a turn: no pattern tried
    for pattern in _DELEGATES:
        if (match := pattern.match(text)) and (delegation := _delegation(match["delegation"])):
            return Speaker(match.group(0).rstrip(":： "), delegation)
    match = _OFFICER.match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip()
    if len(rest) < 100 and rest.endswith((")", "）")):
        return None  # the cover's "President: Mr. Bozkir (Turkey)": who presides, no turn
    return Speaker(match.group(0).rstrip(":： "), None)


def wrapped_speaker(lines: list[str], index: int) -> bool:
    """A turn whose speaker is named over two lines of a record's narrow column ("Mr. Kuzmin
    (Russian Federation) (spoke in" / "Russian): Russia has submitted ...")."""
    line = lines[index]
    if ":" in line or index + 1 >= len(lines) or ":" not in lines[index + 1][:60]:
        return False
    return speaker(f"{line} {lines[index + 1]}") is not None
