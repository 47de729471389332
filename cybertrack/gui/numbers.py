"""Numbers as the interface language writes them (Arabic-Indic digits in Arabic, and so on)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int) -> str:
    """A count or an id in the locale's digits, without group separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)
