"""The position pack file (.ctpack): rows keyed by paragraph identity, compressed, optionally
sealed with a passphrase because packs travel by email.

Layout: b"CTPACK", one byte format version, one byte mode (0 plain, 1 sealed), then
- plain: zlib-compressed JSON (zlib's checksum finds a damaged or truncated file);
- sealed: 16 bytes salt, 12 bytes nonce, AES-256-GCM of the compressed JSON with the header as
  associated data (the key from the passphrase by scrypt); a wrong passphrase and a damaged
  file both fail the tag, and are said as one.
A newer format version is refused before anything else is read. Format 2 added the negotiation
day's rows (kinds "room" and "proposals", capital's instruction in "position"); a format 1 pack
still imports (its positions do not carry the instruction, which merging leaves as it was).

Why not SQLite's session extension: its changesets key rows by the local rowid, so the same
documents imported in another order put positions on the wrong paragraph (bench/team.py
measures both); it also needs a second SQLite build (apsw) in the app.
"""

from __future__ import annotations

import json
import os
import zlib
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from cybertrack.domain.errors import BadValue, CyberTrackError
from cybertrack.domain.identity import ParagraphKey
from cybertrack.domain.messages import Code
from cybertrack.domain.team import Pack, PackDocument, TeamRow, make_row

MAGIC = b"CTPACK"
FORMAT = 2
PLAIN, SEALED = 0, 1
_SALT, _NONCE = 16, 12
# scrypt at n=2**15, r=8: 32 MiB and about 0.1 s per key; slow enough against guessing.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
# A pack is small (10,000 positions are well under 2 MB); refuse anything absurd unread.
MAX_BYTES = 200 * 2**20


class PackError(CyberTrackError):
    """A pack that cannot be read: damaged, truncated, newer, or the wrong passphrase."""


def encode(pack: Pack, passphrase: str | None = None) -> bytes:
    body = zlib.compress(_to_json(pack).encode("utf-8"), 6)
    if not passphrase:
        return MAGIC + bytes([FORMAT, PLAIN]) + body
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = MAGIC + bytes([FORMAT, SEALED])
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, body, header)
    return header + salt + nonce + sealed


def decode(data: bytes, name: str, passphrase: str | None = None) -> Pack:
    if len(data) < len(MAGIC) + 2 or not data.startswith(MAGIC):
        raise PackError(Code.PACK_NOT_A_PACK, name=name)
    version, mode = data[len(MAGIC)], data[len(MAGIC) + 1]
    if version > FORMAT:
        raise PackError(Code.PACK_NEWER, name=name, version=version, supported=FORMAT)
    start = len(MAGIC) + 2
    if mode == SEALED:
        body = _open_sealed(data, start, name, passphrase)
    elif mode == PLAIN:
        body = data[start:]
    else:
        raise PackError(Code.PACK_DAMAGED, name=name)
    try:
        content = json.loads(zlib.decompress(body).decode("utf-8"))
        return _from_json(content)
    except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError):
        raise PackError(Code.PACK_DAMAGED, name=name) from None


def write_pack(path: Path, pack: Pack, passphrase: str | None = None) -> int:
    """Write the pack under a temporary name, then rename: never a half-written pack."""
    data = encode(pack, passphrase)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CyberTrackError(
            Code.CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc)
        ) from None
    return len(data)


def read_pack(path: Path, passphrase: str | None = None) -> Pack:
    try:
        if path.is_dir():
            raise PackError(Code.IMPORT_FOLDER, path=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise PackError(Code.PACK_DAMAGED, name=path.name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise PackError(Code.FILE_MISSING, path=str(path)) from None
    except OSError as exc:
        raise PackError(
            Code.IMPORT_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)
        ) from None
    return decode(data, path.name, passphrase)


def is_sealed(path: Path) -> bool:
    """Whether the pack at `path` needs a passphrase (False for anything unreadable)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(MAGIC) + 2)
    except OSError:
        return False
    return head.startswith(MAGIC) and len(head) == len(MAGIC) + 2 and head[-1] == SEALED


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase.encode("utf-8"))


def _open_sealed(data: bytes, start: int, name: str, passphrase: str | None) -> bytes:
    if not passphrase:
        raise PackError(Code.PACK_NEEDS_PASSPHRASE, name=name)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = data[start : start + _SALT]
    nonce = data[start + _SALT : start + _SALT + _NONCE]
    sealed = data[start + _SALT + _NONCE :]
    if len(salt) < _SALT or len(nonce) < _NONCE or len(sealed) < 16:
        raise PackError(Code.PACK_DAMAGED, name=name)
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, data[:start])
    except InvalidTag:
        raise PackError(Code.PACK_WRONG_PASSPHRASE, name=name) from None


# -- JSON ----------------------------------------------------------------------------------------
# Documents are listed once and rows refer to them by index; texts likewise, once per paragraph.


def _to_json(pack: Pack) -> str:
    """The pack as JSON text. Rows are written by hand around their values, which are JSON
    already (TeamRow.data): ten times faster than a json.dumps of the whole for large packs."""
    index = {d.key: n for n, d in enumerate(pack.documents)}
    q = _quote
    rows = ",".join(
        f"[{index[r.key.document]},{q(r.key.number)},{q(r.key.text)},{q(r.kind)},"
        f"{q(r.author)},{q(r.at)},{r.data}]"
        for r in pack.rows
    )
    head = {
        "format": FORMAT,
        "made_by": pack.made_by,
        "made_at": pack.made_at,
        "documents": [[d.key, d.title, d.symbol, d.sample] for d in pack.documents],
        "texts": [
            [index[k.document], k.number, k.text, text]
            for k, text in sorted(pack.texts.items())
            if k.document in index
        ],
    }
    return json.dumps(head, ensure_ascii=False)[:-1] + f',"rows":[{rows}]}}'


def _quote(text: str) -> str:
    return encode_basestring(text)


def _from_json(content: Any) -> Pack:
    documents = tuple(
        PackDocument(
            _str(d[0]),
            _str(d[1]),
            _str(d[2]) if d[2] is not None else None,
            tuple((_str(n), _str(k)) for n, k in (d[3] if len(d) > 3 else [])),
        )
        for d in content["documents"]
    )
    keys = [d.key for d in documents]

    def document(index: Any) -> str:
        if not isinstance(index, int) or not 0 <= index < len(keys):
            raise BadValue(Code.PACK_BAD_VALUE, value=repr(index)[:40])
        return keys[index]

    rows: list[TeamRow] = []
    for doc, number, text, kind, author, at, values in content["rows"]:
        key = ParagraphKey(document(doc), _str(number), _str(text))
        rows.append(make_row(key, _str(kind), author, at, values))
    texts = {
        ParagraphKey(document(doc), _str(number), _str(key)): _str(text)
        for doc, number, key, text in content.get("texts", [])
    }
    return Pack(_str(content["made_by"]), _str(content["made_at"]), documents, tuple(rows), texts)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(Code.PACK_BAD_VALUE, value=repr(value)[:40])
    return value
