"""An e-mail saved as a file (.eml): the message's text under its subject, attachments named.

Before, the file was read as plain text: its headers stood above the paragraphs, and a message
sent in base64 or quoted-printable (most mail programs send one so) was refused as containing
no numbered paragraphs."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code, english
from cybertrack.importers import parse_bytes
from cybertrack.importers.registry import detect_format

TEXT = (
    "Dear colleagues,\n\nPlease find below the Chair's proposal.\n\n"
    "1. Les États devraient renforcer la coopération.\n\n"
    "2. Les États devraient échanger des informations.\n\nBest regards,\nThe Chair\n"
)


def message(text: str | None = TEXT, *, html: str | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Chair <chair@example.org>"
    mail["To"] = "delegations@example.org"
    mail["Subject"] = "Chair's proposal on international cooperation"
    mail["Date"] = "Mon, 30 Nov 2026 10:00:00 +0100"
    if text is not None:
        mail.set_content(text, cte="base64")
    if html is not None:
        if text is None:
            mail.set_content(html, subtype="html", cte="quoted-printable")
        else:
            mail.add_alternative(html, subtype="html")
    return mail


def test_the_text_of_an_email_under_its_subject() -> None:
    data = bytes(message())
    assert detect_format(data, "proposal.eml") == "email"
    document = parse_bytes(data, "proposal.eml")
    assert document.title == "Chair's proposal on international cooperation"
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "Les États devraient renforcer la coopération."),
        ("2.", "Les États devraient échanger des informations."),
    ]
    assert not document.warnings


def test_an_email_sent_as_a_web_page_only() -> None:
    html = (
        "<html><body><p>Dear colleagues,</p><ol><li>States should cooperate.</li>"
        "<li>States should share information.</li></ol></body></html>"
    )
    document = parse_bytes(bytes(message(None, html=html)), "proposal.eml")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "States should cooperate."),
        ("2.", "States should share information."),
    ]


def test_attachments_are_named_not_lost_without_a_word() -> None:
    mail = message()
    mail.add_attachment(
        b"PK\x03\x04 a Word file",
        "application",
        "octet-stream",
        filename="Chair-proposal-rev1.docx",
    )
    document = parse_bytes(bytes(mail), "proposal.eml")
    assert len(document.items) == 2
    said = [w for w in document.warnings if w.code is Code.IMPORT_EMAIL_ATTACHMENTS]
    assert [english(w) for w in said] == [
        "the e-mail's text is imported; the documents attached to it (Chair-proposal-rev1.docx) "
        "are not: save them and import each"
    ]


def _word_file() -> bytes:
    document = docx.Document()
    document.add_paragraph("Chair's proposal on international cooperation", style="Title")
    document.add_paragraph("1. States should cooperate to the widest extent possible.")
    document.add_paragraph("2. States should designate a point of contact.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_document_sent_as_attached_is_imported_from_the_email() -> None:
    mail = message("Dear colleagues,\n\nPlease find attached the Chair's proposal.\n")
    mail.add_attachment(_word_file(), "application", "octet-stream", filename="Proposal.docx")
    document = parse_bytes(bytes(mail), "proposal.eml")
    assert document.source_name == "Proposal.docx"
    assert [i.label for i in document.items] == ["1.", "2."]
    assert english(document.warnings[0]) == (
        "the text of proposal.eml holds no numbered paragraphs: the document attached to it, "
        "Proposal.docx, is imported"
    )


def test_an_email_with_several_documents_attached_says_which_to_import() -> None:
    mail = message("\n")
    mail.add_attachment(_word_file(), "application", "octet-stream", filename="Rev1.docx")
    mail.add_attachment(b"%PDF-1.7", "application", "pdf", filename="A_AC.291_22.pdf")
    with pytest.raises(ImportFailed) as failed:
        parse_bytes(bytes(mail), "forward.eml")
    assert failed.value.message.code is Code.IMPORT_EMAIL_ATTACHED_ONLY
    assert "Rev1.docx, A_AC.291_22.pdf" in english(failed.value.message)


def test_a_text_that_merely_opens_with_a_from_line_is_a_text() -> None:
    text = b"From: the Chair\n\n1. States should cooperate.\n\n2. States should share.\n"
    assert detect_format(text, "memo.txt") == "text"


def test_a_message_forwarded_as_an_attachment_is_read() -> None:
    forwarded = message("1. States should cooperate.\n\n2. States should share information.\n")
    outer = EmailMessage()
    outer["From"] = "colleague@mission.example"
    outer["Subject"] = "Fwd: Chair's proposal"
    outer["Date"] = "Mon, 30 Nov 2026 11:00:00 +0100"
    outer.set_content("FYI, see below.\n")
    outer.add_attachment(forwarded)
    document = parse_bytes(bytes(outer), "fwd.eml")
    assert document.title == "Chair's proposal on international cooperation"
    assert [i.label for i in document.items] == ["1.", "2."]
    assert document.warnings[0].code is Code.IMPORT_EMAIL_ATTACHMENT_READ
