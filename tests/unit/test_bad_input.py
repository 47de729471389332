"""Bad input gets one clear sentence (ImportFailed), never a library traceback, and no hang."""

import io
import random
import zipfile
from pathlib import Path

import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.importers import parse_bytes, read_document
from tests.conftest import SEED
from tests.unit.docx_builder import DocBuilder


def _docx_with_part(part: str, content: bytes) -> bytes:
    doc = DocBuilder()
    doc.para("1.\tThe Committee met.")
    source = zipfile.ZipFile(io.BytesIO(doc.bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = content if info.filename == part else source.read(info.filename)
            target.writestr(info.filename, data)
    return out.getvalue()


def _zip_of(name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.docx", b"   \n", "is empty"),
        ("noise.bin", random.Random(7).randbytes(5000), "not a document|not a readable"),
        (
            "archive.docx",
            _zip_of("hello.txt", b"hi"),
            "not a readable Word file|not a Word|damaged Word file",
        ),
        (
            "broken-xml.docx",
            _docx_with_part("word/document.xml", b"<w:document><unclosed>"),
            "damaged Word file|could not be read",
        ),
        ("notes.txt", b"Dear colleagues, nothing numbered here.\n", "no numbered paragraphs"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, r"old binary Word"),
    ],
)
def test_bad_bytes_give_one_clear_sentence(name: str, data: bytes, expected: str) -> None:
    with pytest.raises(ImportFailed, match=expected) as caught:
        parse_bytes(data, name)
    message = str(caught.value)
    assert name in message and "\n" not in message


def test_a_100_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk, reads as zeros
    with pytest.raises(ImportFailed, match="too large"):
        read_document(big)


def test_recommendations_of_a_report_are_told_apart() -> None:
    from tests.conftest import DATA

    parsed = read_document(DATA / "A_80_604_Add.3.docx")
    # Paragraphs 17, 23, 25, 26, 30 and 37 are where "the Advisory Committee recommends".
    assert [i.number for i in parsed.items if i.kind == "recommendation"] == [
        "17",
        "23",
        "25",
        "26",
        "30",
        "37",
    ]
    assert {i.kind for i in parsed.items} == {"recommendation", "paragraph"}


def test_a_file_name_in_another_encoding_is_stored_and_printed(tmp_path):
    # "r\xe9s.txt", a Latin-1 name on a UTF-8 system: its stray byte failed the workspace's
    # write, after the files before it in the batch were saved.
    import os

    from cybertrack.services import ImportDocument, Workspace

    raw = os.fsencode(str(tmp_path)) + b"/r\xe9s.txt"
    with open(raw, "wb") as handle:
        handle.write(SEED.read_bytes())
    name = os.fsdecode(raw)
    document = read_document(Path(name))
    assert document.source_name == "r\ufffds.txt"
    with Workspace.open(tmp_path / "ws.cybertrack") as workspace:
        workspace.apply(ImportDocument(document))
        (row,) = workspace.documents()
        assert row.item_count == 39
