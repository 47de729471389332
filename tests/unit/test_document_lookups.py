"""Documents found by symbol, symbol stem and title through indexes, not by reading them all
(every import and every version detection looks them up)."""

from dataclasses import replace

from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace
from cybertrack.storage import queries
from tests.conftest import SEED

SYMBOLS = (
    "A/AC.291/L.3",
    "A/AC.291/L.3/Rev.1",
    "A/AC.291/L.3/Corr.2",
    "A/AC.291/L.30",
    "A/AC.291/L.3/Add.1",
    "A/AC.291/L.4/Rev.1",
)


def _workspace(tmp_path) -> Workspace:
    ws = Workspace.open(tmp_path / "ws.cybertrack")
    seed = read_document(SEED)
    for number, symbol in enumerate(SYMBOLS):
        title = "Revised draft convention" if symbol.endswith("L.30") else f"Document {number}"
        ws.apply(ImportDocument(replace(seed, symbol=symbol, title=title, content_hash=symbol)))
    return ws


def test_a_stem_finds_its_revisions_and_corrections_only(tmp_path):
    with _workspace(tmp_path) as ws:
        documents = ws._store.documents
        by_id = {d.id: d.symbol for d in ws.documents()}
        found = {by_id[i] for i in documents.of_symbol_stem("A/AC.291/L.3")}
        assert found == {"A/AC.291/L.3", "A/AC.291/L.3/Rev.1", "A/AC.291/L.3/Corr.2"}
        named = documents.named("A/AC.291/L.4/Rev.1", "revised DRAFT convention")
        assert {d.symbol for d in named} == {"A/AC.291/L.4/Rev.1", "A/AC.291/L.30"}


def test_the_lookups_search_indexes_and_never_scan_the_documents(tmp_path):
    with _workspace(tmp_path) as ws:
        conn = ws._store.database.conn
        for sql, parameters in (
            (queries.DOCUMENTS_OF_SYMBOL_STEM, ["A/AC.291/L.3"]),
            (queries.DOCUMENTS_NAMED, ["A/AC.291/L.3", "Document 1"]),
        ):
            rows = conn.execute("EXPLAIN QUERY PLAN " + sql, parameters)
            plan = " | ".join(row[3] for row in rows)
            assert "SCAN" not in plan.replace("SCAN CONSTANT", ""), plan
            assert "documents_symbol" in plan, plan
