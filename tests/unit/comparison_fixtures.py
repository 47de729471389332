"""Fixtures for the comparison tests: the seed and the revision we wrote of it.

Imported by the test modules that use them (not a conftest, so no other suite is affected).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cybertrack.domain.positions import Field, Stance
from cybertrack.importers import read_document
from cybertrack.services import Batch, ImportDocument, LinkDocuments, SetField, SetStance, Workspace

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def two(seeded: Workspace) -> Workspace:
    """The seed (document 1) and its revision (document 2), linked, with our stances on 1."""
    seeded.apply(ImportDocument(read_document(DATA / "seed-revised.txt")))
    seeded.apply(LinkDocuments(1, 2))
    seeded.apply(
        Batch(
            (
                SetStance((item(seeded, 1, "4"),), Stance.OPPOSE),
                SetField(item(seeded, 1, "4"), Field.NOTE, "Sovereignty first"),
                SetStance((item(seeded, 1, "10"),), Stance.SUPPORT),
                SetStance((item(seeded, 1, "20"),), Stance.AMEND),
                SetField(item(seeded, 1, "20"), Field.AMENDMENT, "delete 'buy-in'"),
                SetStance((item(seeded, 1, "21"),), Stance.SUPPORT),
            )
        )
    )
    return seeded


def item(ws: Workspace, document_id: int, number: str) -> int:
    return ws.resolve_item(f"{document_id}:{number}")


@pytest.fixture
def linked_documents(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The documents version detection links item by item, in order, as it links them."""
    from cybertrack.services import version_detection

    linked: list[int] = []
    real = version_detection.link_items

    def counting(old, new_items, *args):
        linked.append(old[0].document_id)
        return real(old, new_items, *args)

    monkeypatch.setattr(version_detection, "link_items", counting)
    return linked
