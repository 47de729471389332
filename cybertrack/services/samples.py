"""The sample meeting shipped in seeds/, imported on first start so the user sees real content,
and a first library of precedent (the seeds named library-*: the General Assembly resolutions on
cybercrime and ICT security, the Budapest Convention and the Convention against Corruption)."""

from __future__ import annotations

from dataclasses import replace
from importlib.resources import files

from cybertrack.domain.model import ChangeSet
from cybertrack.importers import parse_bytes
from cybertrack.services.commands import ImportDocument
from cybertrack.services.workspace import Workspace

SAMPLE_SUFFIXES = (".txt", ".docx", ".pdf")
LIBRARY_PREFIX = "library-"
# What the importer cannot read from these texts' first page (a treaty has no UN symbol; the
# text form of 75/282 lost its symbol line), as their provenance headers give it.
LIBRARY_NAMES = {
    "library-a-res-75-282-ahc-modalities.txt": (
        "Countering the use of information and communications technologies for criminal "
        "purposes (modalities of the Ad Hoc Committee)",
        "A/RES/75/282",
    ),
    "library-budapest-convention-ets185.txt": ("Convention on Cybercrime (ETS No. 185)", None),
    "library-uncac-convention-against-corruption.txt": (
        "United Nations Convention against Corruption",
        None,
    ),
}


def import_samples(workspace: Workspace) -> list[ChangeSet]:
    """Import every sample document into `workspace` (already present ones are skipped), the
    texts under negotiation first, then the library."""
    changes = []
    seeds = files("cybertrack.seeds")
    entries = [e for e in seeds.iterdir() if e.name.endswith(SAMPLE_SUFFIXES)]
    for entry in sorted(entries, key=lambda e: (e.name.startswith(LIBRARY_PREFIX), e.name)):
        parsed = parse_bytes(entry.read_bytes(), entry.name)
        if entry.name in LIBRARY_NAMES:
            title, symbol = LIBRARY_NAMES[entry.name]
            parsed = replace(parsed, title=title, symbol=symbol or parsed.symbol)
        library = entry.name.startswith(LIBRARY_PREFIX)
        changes.append(workspace.apply(ImportDocument(parsed, library=library)))
    workspace.update_precedent_index()  # the library searchable as soon as the window shows
    return changes
