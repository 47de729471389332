"""The .ctpack file: plain and sealed round trips; damaged, truncated, newer, foreign and
wrong-passphrase packs are refused with one message and change nothing."""

from __future__ import annotations

import json

import pytest

from cybertrack.domain.errors import CyberTrackError
from cybertrack.domain.messages import Code
from cybertrack.domain.positions import Stance
from cybertrack.services import SetSetting, SetStance
from cybertrack.services.team import pack_file
from cybertrack.services.team.pack_file import FORMAT, PackError, read_pack


@pytest.fixture
def pack_path(seeded, tmp_path):
    seeded.apply(SetSetting("author", "Anna"))
    ids = [i.id for i in seeded.items()][:3]
    seeded.apply(SetStance(tuple(ids), Stance.OPPOSE))
    out = tmp_path / "anna.ctpack"
    seeded.team.export_pack(out, passphrase="correct horse")
    return out


def _state(ws):
    return ws.items(), ws._store.team.rows(), ws.team.merges()


def test_a_sealed_pack_opens_with_its_passphrase_only(pack_path):
    assert pack_file.is_sealed(pack_path)
    assert b"oppose" not in pack_path.read_bytes()  # the content is not readable as such
    pack = read_pack(pack_path, "correct horse")
    assert [r.stance for r in pack.rows] == [Stance.OPPOSE] * 3
    assert {r.author for r in pack.rows} == {"Anna"}
    with pytest.raises(PackError) as wrong:
        read_pack(pack_path, "Correct horse")
    assert wrong.value.message.code is Code.PACK_WRONG_PASSPHRASE
    with pytest.raises(PackError) as missing:
        read_pack(pack_path)
    assert missing.value.message.code is Code.PACK_NEEDS_PASSPHRASE


def test_a_plain_pack_round_trips(seeded, tmp_path):
    seeded.apply(SetSetting("author", "Anna"))
    first = seeded.items()[0]
    seeded.apply(SetStance((first.id,), Stance.AMEND))
    rows, size = seeded.team.export_pack(tmp_path / "p.ctpack")
    assert rows == 1 and size == (tmp_path / "p.ctpack").stat().st_size
    pack = read_pack(tmp_path / "p.ctpack")
    (row,) = pack.rows
    assert (row.key.number, row.stance, row.author) == (first.number, Stance.AMEND, "Anna")
    assert pack.texts[row.key] == first.text
    (document,) = pack.documents
    assert document.title == seeded.documents()[0].title and len(document.sample) == 24


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        (lambda b: b[: len(b) // 2], Code.PACK_WRONG_PASSPHRASE),  # truncated (sealed)
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), Code.PACK_WRONG_PASSPHRASE),  # one bit flipped
        (lambda b: b"CTPACK" + bytes([FORMAT + 1, 0]) + b[8:], Code.PACK_NEWER),
        (lambda b: b"PK\x03\x04" + b[4:], Code.PACK_NOT_A_PACK),
        (lambda b: b"CTPACK" + bytes([1, 0]) + b"\x78\x9c" + b[10:40], Code.PACK_DAMAGED),
        (lambda b: b"", Code.PACK_NOT_A_PACK),
    ],
)
def test_a_bad_pack_is_refused_and_changes_nothing(seeded, pack_path, tmp_path, damage, code):
    bad = tmp_path / "bad.ctpack"
    bad.write_bytes(damage(pack_path.read_bytes()))
    before = _state(seeded)
    with pytest.raises(CyberTrackError) as refused:
        seeded.team.preview_pack(bad, "correct horse")
    assert refused.value.message.code is code
    assert _state(seeded) == before


def test_a_newer_format_is_refused_in_one_line(pack_path, tmp_path):
    newer = tmp_path / "newer.ctpack"
    newer.write_bytes(b"CTPACK" + bytes([9, 0]) + b"whatever comes in format 9")
    with pytest.raises(PackError) as refused:
        read_pack(newer)
    text = str(refused.value)
    assert "\n" not in text and "newer CyberTrack" in text and "format 9" in text


def test_a_plain_pack_damaged_inside_is_refused(seeded, tmp_path):
    seeded.apply(SetSetting("author", "Anna"))
    seeded.apply(SetStance((seeded.items()[0].id,), Stance.AMEND))
    seeded.team.export_pack(tmp_path / "p.ctpack")
    data = bytearray((tmp_path / "p.ctpack").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "p.ctpack").write_bytes(bytes(data))
    with pytest.raises(PackError) as refused:
        read_pack(tmp_path / "p.ctpack")
    assert refused.value.message.code is Code.PACK_DAMAGED


def test_a_pack_needs_an_author(seeded, tmp_path):
    with pytest.raises(CyberTrackError) as refused:
        seeded.team.export_pack(tmp_path / "p.ctpack")
    assert refused.value.message.code is Code.TEAM_NO_AUTHOR
    assert not (tmp_path / "p.ctpack").exists()


def test_own_rows_are_written_as_canonical_json(seeded):
    """The fast spelling of a position's values is exactly domain.team.canonical's."""
    from cybertrack.domain.positions import Field
    from cybertrack.domain.team import POSITION, canonical
    from cybertrack.services import SetField

    seeded.apply(SetSetting("author", "Anna"))
    first = seeded.items()[0].id
    seeded.apply(SetStance((first,), Stance.AMEND))
    seeded.apply(SetField(first, Field.NOTE, 'quotes " and \\\\ and «accents» and a\\nline'))
    seeded.apply(SetStance((seeded.items()[1].id,), None))
    for own in seeded._store.team.own_positions():
        assert own.data == canonical(POSITION.read(json.loads(own.data)))


@pytest.mark.parametrize(
    "values",
    [
        {"stance": None, "note": "", "amendment": "", "rationale": "", "priority": "normal"},
        {
            "stance": "amend",
            "note": 'a "quote"\n\\ «é» 中文',
            "amendment": "x",
            "rationale": "",
            "priority": "red-line",
        },
    ],
)
def test_the_fast_spelling_of_a_position_is_json_dumps(values):
    from cybertrack.domain.team import canonical

    slow = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert canonical(values) == slow
