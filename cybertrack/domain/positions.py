"""What a delegation holds on a paragraph, as enums spelled one way everywhere.

The value of each member is its one spelling: in the database, on the command line, in the
stance spreadsheet and in JSON. `parse` also accepts the spellings older versions wrote.

Adding a free-text field (a text a delegate writes about a paragraph): add a member to `Field`,
a column of the same name to the `positions` table (a migration in storage/migrations.py) and to
`PositionImage`, and its word to `FIELD_WORDS`; `SetField` and undo then work for it unchanged.
"""

from __future__ import annotations

import enum
from typing import Self

from cybertrack.domain.errors import BadValue
from cybertrack.domain.messages import Code, Message


class _Choice(enum.StrEnum):
    """A closed set of values the user picks from; `parse` reads what a person typed."""

    @classmethod
    def _aliases(cls) -> dict[str, str]:
        return {}

    @classmethod
    def _what(cls) -> Code:
        raise NotImplementedError

    @classmethod
    def parse(cls, value: str | None) -> Self | None:
        """The member `value` names; 'none', '' or None -> None; BadValue otherwise."""
        if value is None:
            return None
        key = " ".join(value.strip().lower().replace("_", " ").split())
        if key in ("", "none", "clear"):
            return None
        key = cls._aliases().get(key, key)
        for member in cls:
            if key in (member.value, member.value.replace("-", " ")):
                return member
        choices = ", ".join([m.value for m in cls] + ["none"])
        raise BadValue(Code.BAD_CHOICE, what=Message(cls._what()), value=value, choices=choices)

    @property
    def word(self) -> Message:
        """The member as a word inside a message ("Set 2 items to support")."""
        return Message(WORDS[self])


class Stance(_Choice):
    SUPPORT = "support"
    OPPOSE = "oppose"
    AMEND = "amend"

    @classmethod
    def _what(cls) -> Code:
        return Code.WORD_STANCE


class Priority(_Choice):
    """How much a paragraph matters to the delegation; red lines are never conceded."""

    NORMAL = "normal"
    PRIORITY = "priority"
    RED_LINE = "red-line"

    @classmethod
    def _aliases(cls) -> dict[str, str]:
        # Spellings of earlier versions: the spreadsheet wrote "red line", the database 0/1/2.
        return {"0": "normal", "1": "priority", "2": "red-line", "redline": "red-line"}

    @classmethod
    def _what(cls) -> Code:
        return Code.WORD_PRIORITY

    @property
    def rank(self) -> int:
        """0 normal, 1 priority, 2 red line: the order a briefing puts them in (highest last)."""
        return list(Priority).index(self)


class Field(_Choice):
    """The free texts a delegate writes about a paragraph (one SetField command for all)."""

    NOTE = "note"  # internal: never in a shareable product
    AMENDMENT = "amendment"  # the proposed wording
    RATIONALE = "rationale"  # the public reason a shareable paper may give
    FALLBACK = "fallback"  # capital's fallback wording: internal
    INSTRUCTION_NOTE = "instruction_note"  # capital's note with its instruction: internal

    @classmethod
    def _what(cls) -> Code:
        return Code.WORD_FIELD


class RoomStatus(_Choice):
    """Where the room stands on a paragraph, as the Secretariat's "status as of" tables say."""

    AGREED = "agreed"
    AD_REF = "ad-ref"  # agreed ad referendum: subject to a capital's confirmation
    PENDING = "pending"
    INFORMALS = "informals"  # sent to informal consultations
    BRACKETED = "bracketed"
    DELETED = "deleted"

    @classmethod
    def _aliases(cls) -> dict[str, str]:
        aliases = {
            "adref": "ad-ref",
            "ad ref.": "ad-ref",
            "ad referendum": "ad-ref",
            "in informals": "informals",
            "informal": "informals",
            "informal consultations": "informals",
            "brackets": "bracketed",
            "in brackets": "bracketed",
        }
        # "agreed ad ref", "agreed ad referendum": the way the Secretariat writes it.
        aliases |= {f"agreed {key}": value for key, value in aliases.items() if value == "ad-ref"}
        aliases["agreed ad ref"] = "ad-ref"
        return aliases

    @classmethod
    def _what(cls) -> Code:
        return Code.WORD_ROOM_STATUS

    @property
    def settled(self) -> bool:
        """Agreed (ad ref included) or deleted: no longer open in the room."""
        return self in (RoomStatus.AGREED, RoomStatus.AD_REF, RoomStatus.DELETED)


class Instruction(_Choice):
    """What capital instructed on a paragraph; `flexible` leaves the line to the delegation."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    AMEND = "amend"
    FLEXIBLE = "flexible"

    @classmethod
    def _aliases(cls) -> dict[str, str]:
        return {"flexibility": "flexible", "flex": "flexible"}

    @classmethod
    def _what(cls) -> Code:
        return Code.WORD_INSTRUCTION

    @property
    def stance(self) -> Stance | None:
        """The stance this instruction asks for (None: flexibility, any stance will do)."""
        return None if self is Instruction.FLEXIBLE else Stance(self.value)


def is_deviation(instruction: Instruction | None, stance: Stance | None) -> bool:
    """Our line departs from capital's: a firm instruction (support, oppose, amend) and a stance
    that differs. Flexibility is never departed from; an undecided stance has not departed yet."""
    if instruction is None or stance is None:
        return False
    wanted = instruction.stance
    return wanted is not None and wanted is not stance


WORDS: dict[enum.Enum, Code] = {
    Stance.SUPPORT: Code.WORD_SUPPORT,
    Stance.OPPOSE: Code.WORD_OPPOSE,
    Stance.AMEND: Code.WORD_AMEND,
    Priority.NORMAL: Code.WORD_NORMAL,
    Priority.PRIORITY: Code.WORD_PRIORITY,
    Priority.RED_LINE: Code.WORD_RED_LINE,
    Field.NOTE: Code.WORD_NOTE,
    Field.AMENDMENT: Code.WORD_AMENDMENT,
    Field.RATIONALE: Code.WORD_RATIONALE,
    Field.FALLBACK: Code.WORD_FALLBACK,
    Field.INSTRUCTION_NOTE: Code.WORD_INSTRUCTION_NOTE,
    RoomStatus.AGREED: Code.WORD_AGREED,
    RoomStatus.AD_REF: Code.WORD_AD_REF,
    RoomStatus.PENDING: Code.WORD_PENDING,
    RoomStatus.INFORMALS: Code.WORD_INFORMALS,
    RoomStatus.BRACKETED: Code.WORD_BRACKETED,
    RoomStatus.DELETED: Code.WORD_DELETED,
    Instruction.SUPPORT: Code.WORD_SUPPORT,
    Instruction.OPPOSE: Code.WORD_OPPOSE,
    Instruction.AMEND: Code.WORD_AMEND,
    Instruction.FLEXIBLE: Code.WORD_FLEXIBLE,
}
