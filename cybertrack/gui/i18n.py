"""Choosing and installing the interface language, Qt's own strings included.

Translations are kept as Qt Linguist sources (`resources/translations/cybertrack_xx.ts`). A built
bundle carries compiled `.qm` files (made by packaging/build.sh, never committed); a source
checkout reads the `.ts` directly through `TsTranslator`, so no build step stands between a
translator's edit and the running app.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

# The UN's six languages, each in its own name, as offered in Preferences.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh_CN": "中文",
}
RIGHT_TO_LEFT = {"ar"}


class TsTranslator(QTranslator):
    """A translator read straight from a Qt Linguist .ts file (finished and unfinished kept
    apart: only finished, non-obsolete messages are used)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._messages: dict[tuple[str, str], str] = {}
        import xml.etree.ElementTree as ET  # only when a translation is read, not at start

        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or not translation.text:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                self._messages[(name, source)] = translation.text

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None reaches Qt as a null string: "not translated here, ask the next translator".
        return self._messages.get((context, source))

    def isEmpty(self) -> bool:
        return not self._messages

    def __len__(self) -> int:
        return len(self._messages)


def system_language() -> str:
    """The system's language if CyberTrack speaks it, else English."""
    name = QLocale.system().name()  # e.g. "fr_FR", "zh_CN", "ar_EG"
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else "en"


def paper_language() -> str:
    """The language exported papers start in: the interface's ('zh_CN' -> 'zh'), else English."""
    base = QLocale().name().split("_")[0]
    return base if base in ("en", "fr", "es", "ar", "ru", "zh") else "en"


def _app_translator(language: str) -> QTranslator | None:
    folder = files("cybertrack.resources").joinpath("translations")
    compiled = folder.joinpath(f"cybertrack_{language}.qm")
    if compiled.is_file():
        translator = QTranslator()
        if translator.load(str(compiled)):
            return translator
    source = folder.joinpath(f"cybertrack_{language}.ts")
    if source.is_file():
        return TsTranslator(Path(str(source)))
    return None


# The translators installed by the last call: a new language replaces them.
_INSTALLED: list[QTranslator] = []


def install_language(app: QApplication, language: str | None) -> list[QTranslator]:
    """Install translators for `language` (None: the system's), in place of those an earlier
    call installed, and lay windows out right to left for Arabic. Returns the translators (kept
    referenced here too while installed)."""
    language = language if language in LANGUAGES else system_language()
    for old in _INSTALLED:
        QCoreApplication.removeTranslator(old)
    _INSTALLED.clear()
    installed: list[QTranslator] = []
    if language != "en":
        qt = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_path):
            installed.append(qt)
        ours = _app_translator(language)
        if ours is not None:
            installed.append(ours)
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    _INSTALLED.extend(installed)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    QLocale.setDefault(QLocale(language))
    return installed
