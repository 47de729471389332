"""Messages from below the GUI, in the interface language.

The English template of each code is the source text of its translation (Qt context
"Message"); arguments are filled in afterwards, numbers and dates through the locale, words that
are messages themselves translated in turn.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Arg, Message, render


def message_text(message: Message) -> str:
    """`message` translated into the interface language."""
    template = QCoreApplication.translate("Message", message.code.english)
    locale = QLocale()
    return render(
        template,
        message.args,
        language=locale.name(),
        format_arg=lambda value: _format(value, locale),
        quote=locale.quoteString,
    )


def error_text(error: CyberTrackError) -> str:
    return message_text(error.message)


def _format(value: Arg, locale: QLocale) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        # Ids and counts alike: the locale's digits, no group separators (ids never have them).
        locale = QLocale(locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1).removesuffix(locale.decimalPoint() + "0")
    if isinstance(value, date):
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
        )
    return value
