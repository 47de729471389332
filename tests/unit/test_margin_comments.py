"""A draft passed between delegations carries comments in its margin ("We propose to
delete this"). They are no part of the text and are not imported: before, they went without a
word; now the import says how many there are and quotes the first."""

from __future__ import annotations

import io

import docx

from cybertrack.domain.messages import Code
from cybertrack.importers import parse_bytes


def _draft(comments: list[str]) -> bytes:
    document = docx.Document()
    paragraphs = [
        document.add_paragraph(f"{n}. States shall cooperate to the widest extent possible.")
        for n in range(1, 4)
    ]
    for paragraph, text in zip(paragraphs, comments, strict=False):
        document.add_comment(paragraph.runs, text=text, author="EU", initials="EU")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_comments_of_a_draft_are_said() -> None:
    document = parse_bytes(
        _draft(["We propose to delete “widest”.", "Capital: can accept."]), "draft.docx"
    )
    assert [i.text for i in document.items] == [
        "States shall cooperate to the widest extent possible."
    ] * 3
    (said,) = [w for w in document.warnings if w.code is Code.COMMENTS]
    assert said.args["n"] == 2
    assert said.args["excerpt"] == "We propose to delete “widest”."


def test_a_draft_without_comments_says_nothing_of_them() -> None:
    document = parse_bytes(_draft([]), "draft.docx")
    assert not [w for w in document.warnings if w.code is Code.COMMENTS]


def test_the_un_document_systems_own_comment_is_not_said() -> None:
    """Every official UN Word file carries one comment of the document system's records
    ("<<ODS JOB NO>>N2607694E<<ODS JOB NO>> ..."): no reader's note, nothing to say."""
    from tests.conftest import DATA

    document = parse_bytes((DATA / "A_80_604_Add.3.docx").read_bytes(), "A_80_604_Add.3.docx")
    assert not [w for w in document.warnings if w.code is Code.COMMENTS]
    ods = _draft(["<<ODS JOB NO>>N2607694E<<ODS JOB NO>><<ODS DOC SYMBOL1>>A/80/604/Add.3"])
    assert not [w for w in parse_bytes(ods, "d.docx").warnings if w.code is Code.COMMENTS]


def test_the_comments_of_an_opendocument_draft_are_said() -> None:
    """An .odt keeps a comment as an `office:annotation` inside the paragraph: its words went
    nowhere, unsaid (its text is not the paragraph's either)."""
    from tests.unit.test_formats import _odt

    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    paragraphs = "".join(
        f"<text:p>{n}. States shall cooperate to the widest extent possible."
        + (
            "<office:annotation><text:p>We propose to delete “widest”.</text:p></office:annotation>"
            if n == 2
            else ""
        )
        + "</text:p>"
        for n in range(1, 4)
    )
    content = (
        f'<office:document-content xmlns:office="{office}" xmlns:text="{text}">'
        f"<office:body><office:text>{paragraphs}</office:text></office:body>"
        "</office:document-content>"
    ).encode()
    document = parse_bytes(_odt(content), "draft.odt")
    assert [i.text for i in document.items] == [
        "States shall cooperate to the widest extent possible."
    ] * 3
    (said,) = [w for w in document.warnings if w.code is Code.COMMENTS]
    assert (said.args["n"], said.args["kind"]) == (1, "OpenDocument")
    assert said.args["excerpt"] == "We propose to delete “widest”."


def test_the_comments_of_an_rtf_draft_are_said() -> None:
    """RTF keeps a comment in an `\\annotation` group the reader skips: said now, its words
    read through their Unicode escapes and the bytes shown in their place."""
    paragraph = r"\pard {n}. States shall cooperate to the widest extent possible.\par "
    annotation = (
        r"{\*\atnid EU}{\*\atnauthor EU}\chatn{\*\annotation{\*\atnref 1}{\*\atndate 17435}"
        r"\pard We propose to delete \uc3 \u8220\'e2\'80\'9cwidest\u8221\'e2\'80\'9d.\uc1 \par}"
    )
    body = "".join(paragraph.replace("{n}", str(n)) for n in range(1, 4))
    rtf = r"{\rtf1\ansi " + body.replace(r"2. States", annotation + r" 2. States") + "}"
    document = parse_bytes(rtf.encode("latin-1"), "draft.rtf")
    assert len(document.items) == 3
    (said,) = [w for w in document.warnings if w.code is Code.COMMENTS]
    assert (said.args["n"], said.args["kind"]) == (1, "RTF")
    assert said.args["excerpt"] == "We propose to delete “widest”."


def test_thousands_of_rtf_comments_are_counted_not_each_read() -> None:
    """Past the first 200, comments are counted without being read (a hostile file's open
    groups are not each read to its end)."""
    rtf = (
        r"{\rtf1\ansi \pard 1. States shall cooperate.\par \pard 2. States shall act.\par "
        + r"{\*\annotation x}" * 5_000
        + "}"
    )
    document = parse_bytes(rtf.encode("latin-1"), "many.rtf")
    (said,) = [w for w in document.warnings if w.code is Code.COMMENTS]
    assert said.args["n"] == 5_000
