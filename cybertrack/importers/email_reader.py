"""An e-mail saved as a file (.eml, as Outlook, Thunderbird and webmail save one): its text.

A chair's draft often comes as the text of a message. Read as a plain text, the headers stood
above it and a message sent in base64 or quoted-printable (most are) was unreadable: "contains
no numbered paragraphs". The message's text part (or its web-page part) is read instead, under
its subject as the title; documents attached to it are named, since they are not imported.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, MIMEPart

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code, Message
from cybertrack.importers.blocks import Block, Source
from cybertrack.importers.text_report import text_blocks

# Headers of a message as mail programs save it; one of the first ones must be among them.
_HEADER = re.compile(
    rb"^(?:From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version|Delivered-To|"
    rb"X-[\w-]+):[ \t]",
    re.IGNORECASE | re.MULTILINE,
)
_NEEDED = (b"from:", b"subject:", b"date:", b"message-id:", b"received:")


def looks_like_email(data: bytes) -> bool:
    """A message's headers open the file: "From: ...", "Subject: ...", then a blank line."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    lines = headers.splitlines()
    if not lines or not _HEADER.match(lines[0]):
        return False
    lowered = headers.lower()
    return sum(needed in lowered for needed in _NEEDED) >= 2


def email_source(data: bytes, name: str) -> Source:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    attached = [
        part.get_filename() or "" for part in message.iter_attachments() if part.get_filename()
    ]
    body = message.get_body(preferencelist=("plain", "html"))
    text = _content(body) if body is not None else ""
    if not text.strip():
        if attached:
            raise ImportFailed(
                Code.IMPORT_EMAIL_ATTACHED_ONLY, name=name, files=named_files(attached)
            )
        raise ImportFailed(Code.IMPORT_EMPTY, name=name)
    if body is not None and body.get_content_subtype() == "html":
        from cybertrack.importers.html_reader import html_blocks

        blocks = html_blocks(text)
    else:
        blocks = text_blocks(text)
    subject = " ".join(str(message.get("subject", "")).split())
    if subject:
        blocks = [Block(subject), *blocks]
    said = (
        (Message(Code.IMPORT_EMAIL_ATTACHMENTS, files=named_files(attached)),) if attached else ()
    )
    return Source(blocks, (), said)


def attached_documents(data: bytes) -> list[tuple[str, bytes]]:
    """The documents attached to the message (by their names' extensions), with their bytes."""
    from cybertrack.importers.registry import SUPPORTED_SUFFIXES

    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    found = []
    documents = tuple(s for s in SUPPORTED_SUFFIXES if s != ".eml")
    for part in message.iter_attachments():
        file = part.get_filename() or ""
        if part.get_content_type() == "message/rfc822":  # a message forwarded as attached
            forwarded = part.get_content()
            if isinstance(forwarded, EmailMessage):
                subject = " ".join(str(forwarded.get("subject", "")).split())
                found.append((file or f"{subject or 'message'}.eml", bytes(forwarded)))
            continue
        payload = part.get_payload(decode=True)
        if file.lower().endswith(documents) and isinstance(payload, bytes) and payload:
            found.append((file, payload))
    return found


def _content(part: MIMEPart) -> str:
    """The part's text, decoded (base64, quoted-printable, its declared character set)."""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown or broken character set: read as Latin-1
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def named_files(files: list[str]) -> str:
    """The attachments' names, as the warnings list them."""
    return ", ".join(files)
