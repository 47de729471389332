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
    return workspace


def reworded_590(folder: Path) -> Path:
    """A/80/590 as text with paragraph 40 worded otherwise, as a revised issue would have it.

    The text, Word and PDF forms of A/80/590 now give the same paragraphs; the team tests need
    one that matches no paragraph of another copy by its text, to be kept and offered.
    """
    text = (DATA / "a-80-590-sg-minusma-performance.txt").read_text(encoding="utf-8")
    old = "The most relevant ones are presented below."
    assert text.count(old) == 1
    path = folder / "a-80-590-reworded.txt"
    path.write_text(text.replace(old, "The most relevant ones are summarized below."), "utf-8")
    return path
