import os

# Before any Qt import: without a display Qt would abort the whole test process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, Workspace

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "unodc-eg4-2020-international-cooperation.txt"
DATA = ROOT / "tests" / "data"


def early_copy_of_590(folder: Path) -> Path:
    """A/80/590 as a colleague's earlier text copy: paragraph 40 ends "are set out below" where
    the issued text reads "are presented below" (one real edit), so that paragraph matches no
    paragraph of the issued .docx by its text and a team merge must offer it for linking."""
    text = (DATA / "a-80-590-sg-minusma-performance.txt").read_text(encoding="utf-8")
    issued = "recommendations. The most relevant ones are presented below."
    assert text.count(issued) == 1
    copy = folder / "a-80-590-early-copy.txt"
    copy.write_text(text.replace(issued, issued.replace("presented", "set out")), "utf-8")
    return copy


class TickingClock:
    """A clock that moves one second per reading, so history order is deterministic."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ws.cybertrack", clock=TickingClock()) as ws:
        yield ws


@pytest.fixture
def seeded(workspace: Workspace) -> Workspace:
    workspace.apply(ImportDocument(read_document(SEED)))
    workspace.update_precedent_index()  # as the desk's writer and the CLI do after an import
    return workspace
