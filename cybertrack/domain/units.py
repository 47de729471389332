"""What an item is in its document, and how tracked changes touched it.

`Unit` names the kind of numbered text a delegate takes a position on; the Word papers use it to
name items ("paragraph 5", "recommendation (3)", "article 12"). Its values are the one spelling
used in the database (items.kind), in rows and in JSON.
"""

from __future__ import annotations

import enum


class Unit(enum.StrEnum):
    PARAGRAPH = "paragraph"
    RECOMMENDATION = "recommendation"
    ARTICLE = "article"
    PREAMBULAR = "preambular paragraph"
    OPERATIVE = "operative paragraph"
    RULE = "rule"  # a rule of procedure, numbered "Rule 91" ("Правило 91", "القاعدة 91")
    REGULATION = "regulation"  # of the Financial or Staff Regulations: "Regulation 5.1"
    # What the International Law Commission numbers in its texts (draft or adopted).
    CONCLUSION = "conclusion"  # "Draft conclusion 3"
    GUIDELINE = "guideline"  # "Draft guideline 3.1.5"
    PRINCIPLE = "principle"  # "Draft principle 4"
    TARGET = "target"  # a framework's targets: the Global Biodiversity Framework's "Target 1"
    AMENDMENT = "amendment"  # a document of amendments to a draft: "1. Delete the fifth ..."
    ACTION = "action"  # an outcome document's commitments: the Pact for the Future's "Action 1."
    STATEMENT = "statement"  # a speaker's turn in a meeting record

    @classmethod
    def read(cls, value: str | None) -> Unit:
        """The unit a stored value names; anything unknown (a hand-edited row) is a paragraph."""
        try:
            return cls(value or cls.PARAGRAPH)
        except ValueError:
            return cls.PARAGRAPH


class Revision(enum.StrEnum):
    """How a Word file's tracked changes touch an item (items.revision; NULL when untouched)."""

    CHANGED = "changed"  # its text differs between the original and the proposed version
    INSERTED = "inserted"  # the whole item is a proposed insertion
    DELETED = "deleted"  # the whole item is proposed for deletion


class RevisionView(enum.StrEnum):
    """Which text of a document with tracked changes is imported."""

    PROPOSED = "proposed"  # every change accepted: the text as its author proposes it
    ORIGINAL = "original"  # every change rejected: the text before the changes
