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

    @classmethod
    def _what(cls) -> Code:
        return Code.WORD_FIELD


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
}
