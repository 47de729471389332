"""A document without a symbol is shown by its title; the kind the import put before it
("Resolution: ...") is named in the interface's language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from cybertrack.domain.model import DocumentRow
from cybertrack.gui.documents import document_labels, shown_name, shown_title
from cybertrack.gui.i18n import install_language
from cybertrack.gui.models.navigator_model import meeting_title

ROW = DocumentRow(
    id=1,
    symbol=None,
    title="Resolution, addendum: Countering the use of ICT for criminal purposes",
    body=None,
    session=None,
    venue=None,
    start_date=None,
    end_date=None,
    doc_date=None,
    kind="resolution, addendum",
    agenda_item=None,
    source_name="draft.txt",
    item_count=3,
)


def in_language(language: str, row: DocumentRow, shown=shown_name) -> str:
    app = QApplication.instance()
    translators = install_language(app, language)
    try:
        return shown(row)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_language(app, "en")


def test_the_kind_heading_a_title_is_shown_in_the_interface_language(qapp) -> None:
    assert shown_name(ROW) == ROW.title
    assert in_language("fr", ROW) == (
        "Résolution, additif\u00a0: Countering the use of ICT for criminal purposes"
    )
    assert in_language("es", ROW).startswith("Resolución, adición: Countering")
    assert in_language("zh_CN", ROW).startswith("决议, 增编：Countering")


def test_a_symbol_a_title_of_its_own_or_an_unknown_kind_is_shown_as_it_is(qapp) -> None:
    assert in_language("fr", replace(ROW, symbol="A/RES/79/243")) == "A/RES/79/243"
    own = replace(ROW, title="Countering the use of ICT")
    assert in_language("fr", own) == "Countering the use of ICT"
    odd = replace(ROW, kind="minutes", title="Minutes: Day 1")
    assert in_language("fr", odd) == "Minutes: Day 1"


def test_versions_of_one_kind_and_title_are_still_told_apart(qapp) -> None:
    second = replace(ROW, id=2, doc_date="2024-08-06")
    labels = document_labels([replace(ROW, doc_date="2024-07-01"), second])
    assert labels[1] != labels[2]
    assert all(label.startswith("Resolution, addendum: Countering") for label in labels.values())


def test_the_title_beside_a_symbol_names_the_kind_too(qapp) -> None:
    """The export dialog's list shows "A/RES/79/243 — Resolución: ..." in Spanish."""
    with_symbol = replace(ROW, symbol="A/RES/79/243")
    assert in_language("es", with_symbol, shown_title).startswith("Resolución, adición: ")


def test_one_meeting_in_two_languages_is_one_meeting(qapp) -> None:
    """The English and the French version of a report name their meeting in their own
    language: the navigator showed two meetings; it names known bodies and places in the
    interface's language, and shows one."""
    english = replace(ROW, body="General Assembly", venue="New York", start_date="2024-07-29")
    french = replace(english, id=2, body="Assemblée générale")
    spanish = replace(english, id=3, body="Asamblea General", venue="Nueva York")
    titles = {in_language("fr", row, meeting_title) for row in (english, french, spanish)}
    assert len(titles) == 1
    assert next(iter(titles)).startswith("Assemblée générale — New York")
    assert meeting_title(spanish).startswith("General Assembly — New York")  # in English
