"""Files that arrive by e-mail may be broken or hostile: each is refused with one sentence."""

import io
import random
import time
import zipfile

import pytest

from bench._mutate import (
    BILLION_LAUGHS,
    BROKEN_XREF_PDF,
    XXE_DOCUMENT,
    build_docx,
    docx_parts,
)
from cybertrack.domain.errors import ImportFailed, WorkspaceError
from cybertrack.domain.messages import Code
from cybertrack.domain.model import ParsedDocument, ParsedItem
from cybertrack.importers import parse_bytes, read_document, zip_guard
from cybertrack.services import ImportDocument
from tests.conftest import DATA, SEED

REAL_DOCX = (DATA / "A_80_604_Add.3.docx").read_bytes()


def refusal(data: bytes, name: str = "report.docx") -> str:
    with pytest.raises(ImportFailed) as caught:
        parse_bytes(data, name)
    message = str(caught.value)
    assert name in message and "\n" not in message
    return message


def test_a_real_un_docx_passes_the_guard():
    zip_guard.check_docx(REAL_DOCX, "A_80_604_Add.3.docx")


def test_zip_bomb_disguised_as_docx_is_refused_before_unpacking():
    parts = docx_parts(REAL_DOCX)
    parts["word/document.xml"] = b" " * (60 * 1024 * 1024)  # 60 MB that deflates to ~60 KB
    bomb = build_docx(parts)
    assert len(bomb) < 1024 * 1024
    started = time.perf_counter()
    message = refusal(bomb)
    assert "zip bomb" in message and "word/document.xml" in message
    assert time.perf_counter() - started < 5  # refused from the directory, not by unpacking


def test_total_unpacked_size_is_bounded(monkeypatch):
    monkeypatch.setattr(zip_guard, "MAX_UNPACKED_BYTES", 100_000)
    assert "would unpack to" in refusal(REAL_DOCX)


def test_too_many_parts_are_refused(monkeypatch):
    monkeypatch.setattr(zip_guard, "MAX_PARTS", 10)
    assert "parts" in refusal(REAL_DOCX)


@pytest.mark.parametrize(
    ("part", "content"),
    [
        ("word/document.xml", XXE_DOCUMENT),
        ("word/styles.xml", BILLION_LAUGHS),
        ("word/document.xml", XXE_DOCUMENT.decode().replace("UTF-8", "UTF-16").encode("utf-16")),
        ("word/_rels/document.xml.rels", b'<?xml version="1.0"?><!doctype r SYSTEM "x">'),
        # Only the prolog is read: a tag inside a comment before it does not end the search.
        ("word/styles.xml", b'<?xml version="1.0"?><!-- <w:styles> -->' + BILLION_LAUGHS[21:]),
        (
            "word/settings.xml",  # a comment of random words: no zip bomb, a prolog of 3 MB
            b"<!--" + random.Random(1).randbytes(1_500_000).hex().encode() + b"--><w:settings/>",
        ),
    ],
    ids=["xxe", "billion-laughs", "xxe-utf16", "doctype-in-rels", "after-comment", "long-prolog"],
)
def test_xml_entity_declarations_are_refused(part, content):
    parts = docx_parts(REAL_DOCX)
    parts[part] = content
    message = refusal(build_docx(parts))
    assert "declares XML entities" in message and part in message


def test_a_declaration_after_the_root_element_is_refused_as_damaged():
    # The guard reads each part's prolog only: past the root, a parser refuses a DOCTYPE.
    parts = docx_parts(REAL_DOCX)
    document = parts["word/document.xml"]
    body = document.index(b"<w:body>") + len(b"<w:body>")
    parts["word/document.xml"] = (
        document[:body] + b'<!DOCTYPE x [<!ENTITY a "b">]>' + document[body:]
    )
    assert "damaged" in refusal(build_docx(parts))


@pytest.mark.parametrize("missing", ["word/document.xml", "[Content_Types].xml", "_rels/.rels"])
def test_docx_with_missing_parts_is_refused(missing):
    parts = docx_parts(REAL_DOCX)
    del parts[missing]
    assert f"part {missing} is missing" in refusal(build_docx(parts))


def test_truncated_docx_is_refused_as_damaged():
    assert "zip container is damaged" in refusal(REAL_DOCX[: len(REAL_DOCX) // 2])


def test_docx_with_a_corrupt_compressed_part_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in docx_parts(REAL_DOCX).items():
            archive.writestr(name, content)
    data = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(100, 400):  # scramble the deflate stream itself
        data[start + offset] ^= 0x5A
    assert "damaged Word file" in refusal(bytes(data))


def test_encrypted_zip_entries_are_refused():
    data = bytearray(build_docx(docx_parts(REAL_DOCX)))
    # Set the 'encrypted' flag of the first local and central headers.
    data[6] |= 1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1
    assert "password-protected" in refusal(bytes(data))


def test_a_word_file_protected_by_a_password_is_named_so():
    # Word seals a protected .docx in a compound file, the container of an old .doc: it was
    # refused as "an old binary Word (.doc) file LibreOffice could not convert".
    data = (DATA / "password-protected.docx").read_bytes()
    message = refusal(data, "password-protected.docx")
    assert "password-protected; remove the password in Word" in message
    assert ".doc" not in message.replace("password-protected.docx", "")


def test_pdf_with_a_broken_xref_is_repaired_or_refused_cleanly():
    # PDFium rebuilds a broken cross-reference table from the objects themselves, as viewers do:
    # the one page's text is recovered exactly. A PDF cut short is refused in one sentence.
    (item,) = parse_bytes(BROKEN_XREF_PDF, "broken.pdf").items
    assert (item.label, item.text) == ("(1)", "Recommendation")
    cut = BROKEN_XREF_PDF[: BROKEN_XREF_PDF.index(b"stream")]
    refusal(cut, "cut.pdf")


def test_a_100_mb_text_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"(1) States should consider cooperation in criminal matters.\n\n"
    with path.open("wb") as out:
        for _ in range(100 * 1024 * 1024 // len(line) + 1):
            out.write(line)
    try:
        with pytest.raises(ImportFailed, match=r"huge\.txt is too large"):
            read_document(path)
    finally:
        path.unlink()


def test_invalid_utf8_is_read_as_windows_text_or_refused_clearly():
    latin = "(1) Les États devraient coopérer.\n".encode("cp1252")
    assert parse_bytes(latin, "latin.txt").items[0].text == "Les États devraient coopérer."
    # Bytes no Western code page holds are letters of another (Windows-1251's Ѓ, Ќ, Џ): read
    # so, and said; bytes no encoding reads are refused in one line.
    other = parse_bytes(b"(1) abc \x81\x8d\x8f def\n", "other.txt")
    assert [w.code for w in other.warnings] == [Code.IMPORT_LEGACY_ENCODING]
    assert "not valid text" in refusal(b"\xff\xfe(\x001\x00)\x00\x00\xd8", "bad.txt")


def test_a_path_with_non_latin_characters(tmp_path, workspace):
    folder = tmp_path / "Делегация 代表团"
    folder.mkdir()
    path = folder / "доклад 报告 تقرير.txt"
    path.write_bytes(SEED.read_bytes())
    document = read_document(path)
    assert document.source_name == "доклад 报告 تقرير.txt"
    workspace.apply(ImportDocument(document))
    assert workspace.documents()[0].source_name == path.name
    with pytest.raises(ImportFailed, match="报告"):
        read_document(folder / "нет 报告.txt")


def test_a_failing_import_leaves_no_partial_document(seeded):
    before = (seeded.documents(), seeded.items())
    items = tuple(ParsedItem(str(n), f"({n})", f"text {n}") for n in range(1, 9))
    broken = (*items[:5], ParsedItem("6", "(6)", None), *items[6:])  # None breaks NOT NULL
    document = ParsedDocument(
        title="Half", content_hash="h" * 64, source_name="half.txt", items=broken
    )
    with pytest.raises(WorkspaceError, match="nothing was saved"):
        seeded.apply(ImportDocument(document))
    assert (seeded.documents(), seeded.items()) == before


@pytest.mark.parametrize("name", ["report.docx", "report.odt"])
def test_a_zip_needing_an_unknown_version_to_extract_is_refused_as_damaged(name):
    # The fuzzer's find: a central directory whose entries need "zip version 18.6" made the
    # zip module raise NotImplementedError, which no reader caught (a traceback).
    data = bytearray((DATA / "synthetic-statement.docx").read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        data[at + 6 : at + 8] = (186).to_bytes(2, "little")  # version needed to extract
        at = data.find(b"PK\x01\x02", at + 4)
    with pytest.raises(ImportFailed) as refused:
        parse_bytes(bytes(data), name)
    assert refused.value.message.code in (Code.ZIP_DAMAGED, Code.ODT_DAMAGED)
