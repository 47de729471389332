"""The sample meeting shipped in seeds/, imported on first start so the user sees real content."""

from __future__ import annotations

from importlib.resources import files

from cybertrack.domain.model import ChangeSet
from cybertrack.importers import parse_bytes
from cybertrack.services.commands import ImportDocument
from cybertrack.services.workspace import Workspace

SAMPLE_SUFFIXES = (".txt", ".docx", ".pdf")


def import_samples(workspace: Workspace) -> list[ChangeSet]:
    """Import every sample document into `workspace` (already present ones are skipped)."""
    changes = []
    seeds = files("cybertrack.seeds")
    for entry in sorted(seeds.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(SAMPLE_SUFFIXES):
            parsed = parse_bytes(entry.read_bytes(), entry.name)
            changes.append(workspace.apply(ImportDocument(parsed)))
    return changes
