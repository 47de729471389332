"""Start-up stays near the bare Qt floor: opening and reading a workspace imports no heavy library.

sqlite-utils (100-300 ms with click, dateutil, pluggy) is imported on the first document import
or migration; python-docx and the PDF readers only when a file of theirs is read or written.
"""

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
    # The first insert hands over to sqlite_utils (imported then, not at start-up).
    new_id = db.insert("settings", {"key": "k", "value": "v"})
    assert new_id == 1
    assert db.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == ("v",)
