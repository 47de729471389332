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
