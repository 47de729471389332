"""How a stance looks on screen: a word (never colour alone), a colour, a key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cybertrack.domain.model import Stance

KEYS = {Stance.SUPPORT: "1", Stance.OPPOSE: "2", Stance.AMEND: "3", None: "0"}
COLOURS = {
    Stance.SUPPORT: QColor("#2e7d32"),
    Stance.OPPOSE: QColor("#c62828"),
    Stance.AMEND: QColor("#b26a00"),
}


def stance_name(stance: Stance | None) -> str:
    tr = QCoreApplication.translate
    names = {
        Stance.SUPPORT: tr("Stance", "Support"),
        Stance.OPPOSE: tr("Stance", "Oppose"),
        Stance.AMEND: tr("Stance", "Amend"),
        None: tr("Stance", "Undecided"),
    }
    return names[stance]


ICON_NAMES = {
    Stance.SUPPORT: "support",
    Stance.OPPOSE: "oppose",
    Stance.AMEND: "amend",
    None: "clear",
}
