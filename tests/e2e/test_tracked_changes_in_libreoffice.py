"""Accept all gives the proposed wording exactly, reject all the original exactly, line breaks
included, for every amended paragraph: checked with LibreOffice itself, in the position paper
and the briefing note, for small edits, rewritten sentences and multi-line sub-paragraphs."""

from datetime import date

from cybertrack.domain.positions import Field, Stance
from cybertrack.exporters.product import ExportOptions, Kind, Profile
from cybertrack.services import Batch, SetField, SetStance
from cybertrack.services.exports import export_product
from tests.e2e.libreoffice import accept_and_reject_all

SUB_PARAGRAPHS = "(a) To cooperate closely;\n(b) To exchange information;\n(c) To report annually."


def _amend(ws):
    items = ws.items()
    wordings = {
        # A small edit: word by word.
        items[1]: items[1].text.replace("should also be used", "may serve"),
        # A rewrite: the sentence becomes one deletion and one insertion.
        items[4]: "Member States are invited to consider, as appropriate, rapid response "
        "mechanisms for international cooperation.",
        # Sub-paragraphs on lines of their own, replacing a one-line text.
        items[6]: SUB_PARAGRAPHS,
        # Lines and odd spacing kept exactly, and a line added to an amended list.
        items[8]: items[8].text + "\n(a) in  particular  through 24/7 networks; \n(b) and others.",
        # Right-to-left and CJK text in the wording.
        items[10]: items[10].text.replace("Countries", "الدول") + " 各国应加强合作。",
    }
    commands = []
    for item, wording in wordings.items():
        commands += [
            SetStance((item.id,), Stance.AMEND),
            SetField(item.id, Field.AMENDMENT, wording),
        ]
    ws.apply(Batch(tuple(commands)))
    return {item.label: (item.text, wording) for item, wording in wordings.items()}


def test_libreoffice_accepts_and_rejects_every_amendment_exactly(seeded, tmp_path):
    amended = _amend(seeded)
    files = []
    for kind in (Kind.POSITION_PAPER, Kind.BRIEFING):
        for profile in (Profile.SHAREABLE, Profile.INTERNAL):
            out = tmp_path / f"{kind}-{profile}.docx"
            options = ExportOptions(kind=kind, profile=profile)
            export_product(seeded, out, options, issued=date(2026, 2, 3))
            files.append(out)
    results = accept_and_reject_all(files, tmp_path / "lo-profile")
    for file, (accepted, rejected) in results.items():
        for label, (original, wording) in amended.items():
            assert f"\nProposed wording: {wording}\n" in accepted, (file.name, label)
            assert f"\nProposed wording: {original}\n" in rejected, (file.name, label)
        assert SUB_PARAGRAPHS.split("\n")[1] + "\n" in accepted
