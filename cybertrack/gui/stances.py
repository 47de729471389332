"""How a stance looks on screen: a word (never colour alone), a colour, a key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cybertrack.domain.model import ItemRow, Progress
from cybertrack.domain.positions import Stance
from cybertrack.gui.numbers import number

KEYS = {Stance.SUPPORT: "1", Stance.OPPOSE: "2", Stance.AMEND: "3", None: "0"}
COLOURS = {
    Stance.SUPPORT: QColor("#2e7d32"),
    Stance.OPPOSE: QColor("#c62828"),
    Stance.AMEND: QColor("#b26a00"),
}


def stance_name(stance: Stance | None) -> str:
    names = {
        Stance.SUPPORT: QCoreApplication.translate("Stance", "Support"),
        Stance.OPPOSE: QCoreApplication.translate("Stance", "Oppose"),
        Stance.AMEND: QCoreApplication.translate("Stance", "Amend"),
        None: QCoreApplication.translate("Stance", "Undecided"),
    }
    return names[stance]


ICON_NAMES = {
    Stance.SUPPORT: "support",
    Stance.OPPOSE: "oppose",
    Stance.AMEND: "amend",
    None: "clear",
}


def progress_text(p: Progress) -> str:
    """'27 of 39 decided · 12 support · 8 oppose · 7 amend'."""
    return (
        QCoreApplication.translate("Stance", "%1 of %2 decided · %3 support · %4 oppose · %5 amend")
        .replace("%1", number(p.decided))
        .replace("%2", number(p.total))
        .replace("%3", number(p.support))
        .replace("%4", number(p.oppose))
        .replace("%5", number(p.amend))
    )


def progress_of(rows: list[ItemRow]) -> Progress:
    """How far a document is, from its rows (no query: the window holds them)."""
    stances = [row.stance for row in rows]
    return Progress(
        total=len(rows),
        support=stances.count(Stance.SUPPORT),
        oppose=stances.count(Stance.OPPOSE),
        amend=stances.count(Stance.AMEND),
    )
