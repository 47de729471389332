"""Languages: .ts read directly, Qt's own strings, right-to-left for Arabic."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from cybertrack.gui.i18n import LANGUAGES, TsTranslator, install_language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Stance</name>
    <message><source>Support</source><translation>Appuyer</translation></message>
    <message><source>Oppose</source><translation type="unfinished">Brouillon</translation></message>
</context>
</TS>
"""


def test_ts_translator_uses_finished_messages_only(tmp_path, qapp):
    path = tmp_path / "x_fr.ts"
    path.write_text(TS, encoding="utf-8")
    translator = TsTranslator(path)
    assert len(translator) == 1
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Stance", "Support") == "Appuyer"
        assert QCoreApplication.translate("Stance", "Oppose") == "Oppose"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_arabic_lays_out_right_to_left_and_english_left_to_right(qapp):
    app = QApplication.instance()
    translators = install_language(app, "ar")
    try:
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Qt's own strings come translated too (qtbase_ar.qm ships with PySide6).
        assert translators
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_language(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_six_un_languages_are_offered():
    assert set(LANGUAGES) == {"en", "fr", "es", "ar", "ru", "zh_CN"}


def _menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_main_window_in_french_spanish_and_arabic(qapp, seeded):
    from cybertrack.gui.main_window import MainWindow
    from cybertrack.gui.settings import DeskSettings

    app = QApplication.instance()
    seen = {}
    for language in ("fr", "es", "ar", "ru", "zh_CN"):
        translators = install_language(app, language)
        try:
            window = MainWindow(seeded, DeskSettings())
            seen[language] = (_menu_titles(window), window.isRightToLeft())
            window.close()
            window.deleteLater()
        finally:
            for t in translators:
                QCoreApplication.removeTranslator(t)
            install_language(app, "en")
    english = _menu_titles(MainWindow(seeded, DeskSettings()))
    assert english[0] == "&File"
    for language, (titles, _) in seen.items():
        assert titles != english, language  # every menu title translated
        assert all("&" in t for t in titles), language  # mnemonics kept
    assert seen["fr"][0][0].replace("&", "") == "Fichier"
    assert seen["es"][0][0].replace("&", "") == "Archivo"
    assert seen["ar"][1] and not seen["fr"][1]


def test_french_and_spanish_are_complete_and_placeholders_match():
    import re
    import xml.etree.ElementTree as ET
    from importlib.resources import files

    folder = files("cybertrack.resources").joinpath("translations")
    for language in ("fr", "es", "ar", "ru", "zh_CN"):
        root = ET.parse(str(folder.joinpath(f"cybertrack_{language}.ts"))).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if language in ("fr", "es"):
                assert translation.get("type") is None, (language, source)
            if translation.get("type") is None:
                text = translation.text or ""
                placeholders = sorted(re.findall(r"%\d", source))
                assert sorted(re.findall(r"%\d", text)) == placeholders, (language, source)
