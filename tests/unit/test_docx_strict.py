"""Word's "Strict Open XML Document" (ISO/IEC 29500 Strict): the same elements in other
namespaces. It was refused as "not a readable Word file (damaged or not .docx)"."""

import io
import zipfile

from cybertrack.importers import parse_bytes
from tests.conftest import DATA

_STRICT = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": (
        "http://purl.oclc.org/ooxml/wordprocessingml/main"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        "http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
    "http://schemas.openxmlformats.org/drawingml/2006/main": (
        "http://purl.oclc.org/ooxml/drawingml/main"
    ),
}


def _as_strict(data: bytes) -> bytes:
    """The package with its parts in the Strict namespaces, as Word saves that format."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as strict:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                text = part.decode("utf-8")
                for usual, other in _STRICT.items():
                    text = text.replace(usual, other)
                part = text.encode("utf-8")
            strict.writestr(info, part)
    return out.getvalue()


def test_a_strict_document_reads_as_its_transitional_twin() -> None:
    data = (DATA / "A_80_604_Add.3.docx").read_bytes()
    usual = parse_bytes(data, "report.docx")
    strict = parse_bytes(_as_strict(data), "report.docx")
    assert [(i.number, i.text) for i in strict.items] == [(i.number, i.text) for i in usual.items]
    assert (strict.symbol, strict.title) == (usual.symbol, usual.title)
    assert len(strict.items) == 37
