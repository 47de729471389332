"""Start-up stays near the bare Qt floor: opening and reading a workspace imports no heavy library.

sqlite-utils (100-300 ms with click, dateutil, pluggy) is imported only by a migration that
creates an index; python-docx and the PDF readers only when a file of theirs is read or written.
"""

import os
import subprocess
import sys

from tests.conftest import ROOT

HEAVY = ("sqlite_utils", "docx", "pypdf", "pdfplumber", "lxml", "rapidfuzz", "openpyxl")

READ_PATH = """
import sys
from cybertrack.services import Workspace
with Workspace.open(sys.argv[1]) as ws:
    for doc in ws.documents():
        ws.items(doc.id)
        ws.progress(doc.id)
    ws.search("cooperation")
    ws.apply(__import__("cybertrack.services", fromlist=["SetStance"]).SetStance((1,), None))
    from cybertrack.domain.model import ParsedDocument, ParsedItem
    from cybertrack.services import ImportDocument
    item = ParsedItem("1", "(1)", "States should cooperate.")
    ws.apply(ImportDocument(ParsedDocument("t", "hash-x", "x.txt", items=(item,))))
    ws.take_backup()
print(" ".join(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def test_opening_reading_and_editing_load_no_heavy_library(seeded):
    path = seeded.path
    seeded.close()
    done = subprocess.run(
        [sys.executable, "-c", READ_PATH.format(heavy=HEAVY), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""


def test_the_deferred_api_still_works(workspace):
    db = workspace._store.database
    assert {"items", "item_search"} <= set(db.table_names())
    new_id = db.insert("settings", {"key": "k", "value": "v"})
    assert new_id == 1
    assert db.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == ("v",)
    db.insert_all("settings", iter([{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]))
    db.insert_all("settings", [])
    rows = db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    assert rows == [("a", "1"), ("b", "2"), ("k", "v")]


WINDOW_PATH = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from cybertrack.gui.main_window import MainWindow
from cybertrack.gui.settings import DeskSettings
from cybertrack.services import Workspace
window = MainWindow(
    Workspace.open(sys.argv[1]), DeskSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
)
window.show()
app.processEvents()
later = ("cybertrack.cli", "cybertrack.exporters.docx_writer", "cybertrack.services.day_exports",
         "cybertrack.gui.dialogs.import_preview", "xml.etree.ElementTree")
print(" ".join(sorted(m for m in {heavy!r} + later if m in sys.modules)))
"""


def test_the_first_window_loads_no_writer_parser_or_dialog_it_does_not_show(seeded, tmp_path):
    path = seeded.path
    seeded.close()
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_PATH.format(heavy=HEAVY), str(path), str(tmp_path / "s.ini")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == ""
