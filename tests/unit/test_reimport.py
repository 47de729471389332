"""Re-import: the same file is a no-op; the same symbol with other content is a new version."""

from cybertrack.importers import read_document
from cybertrack.services import ImportDocument
from tests.conftest import DATA


def test_same_file_twice_changes_nothing(workspace) -> None:
    parsed = read_document(DATA / "A_80_604_Add.3.docx")
    workspace.apply(ImportDocument(parsed))
    again = workspace.apply(ImportDocument(parsed))
    assert again.empty
    assert "already in the workspace" in str(again.message)
    assert len(workspace.documents()) == 1


def test_same_symbol_other_content_is_kept_as_a_new_version(workspace) -> None:
    word = workspace.apply(ImportDocument(read_document(DATA / "A_80_604_Add.3.docx")))
    pdf = workspace.apply(ImportDocument(read_document(DATA / "A_80_604_Add.3.pdf")))
    assert "new version of A/80/604/Add.3" in str(pdf.message)
    assert "new version" not in str(word.message)
    rows = workspace.documents()
    assert [r.symbol for r in rows] == ["A/80/604/Add.3", "A/80/604/Add.3"]
    assert [r.item_count for r in rows] == [37, 37]
    (word_id,) = word.document_ids
    (pdf_id,) = pdf.document_ids
    assert workspace.versions_of("A/80/604/Add.3") == [word_id, pdf_id]
    assert workspace.versions_of("A/80/604/Add.3", exclude=pdf_id) == [word_id]


def test_importing_a_version_reverts_and_reapplies(workspace) -> None:
    workspace.apply(ImportDocument(read_document(DATA / "A_80_604_Add.3.docx")))
    change = workspace.apply(ImportDocument(read_document(DATA / "A_80_604_Add.3.pdf")))
    workspace.revert(change)
    assert len(workspace.documents()) == 1
    workspace.reapply(change)
    assert len(workspace.documents()) == 2
    (pdf_id,) = change.document_ids
    assert len(workspace.items(pdf_id)) == 37
