"""A framework's numbered targets (the Kunming-Montreal Global Biodiversity Framework's
"Target 1" over its text): each an item of its unit, named so in the papers."""

from __future__ import annotations

from cybertrack.domain.library import ParagraphPlace, paragraph_place
from cybertrack.domain.units import Unit
from cybertrack.exporters.vocabulary import Vocabulary
from cybertrack.importers import parse_bytes

FRAMEWORK = """Kunming-Montreal Global Biodiversity Framework

H. Global targets for 2030

1. Reducing threats to biodiversity

Target 1
Ensure that all areas are under participatory, integrated and biodiversity inclusive spatial
planning and/or effective management processes.

Target 2
Ensure that by 2030 at least 30 per cent of areas of degraded terrestrial, inland water, and
marine and coastal ecosystems are under effective restoration.

Target 3
Ensure and enable that by 2030 at least 30 per cent of terrestrial and inland water areas are
effectively conserved and managed. Target 2 of the Framework is recalled here.
"""


def test_targets_under_their_headings() -> None:
    # Before: no target was a number; the whole text was numbered 1 to 5 in reading order.
    document = parse_bytes(FRAMEWORK.encode(), "gbf.txt")
    assert [(i.label, i.kind) for i in document.items] == [
        ("Target 1", Unit.TARGET),
        ("Target 2", Unit.TARGET),
        ("Target 3", Unit.TARGET),
    ]
    assert document.items[0].text.startswith("Ensure that all areas")
    assert [s.label for s in document.sections] == ["H.", "1."]
    assert not document.warnings


def test_papers_and_citations_name_targets() -> None:
    targets = [("target", [("1", "Target 1"), ("3", "Target 3")], "")]
    assert Vocabulary("en").refer("we_support", targets) == "We support targets 1 and 3."
    assert Vocabulary("es").refer("we_support", targets) == "Apoyamos las metas 1 y 3."
    assert Vocabulary("ru").count("target", 2) == "2 целевые задачи"
    assert paragraph_place("Target 3", "3") == ParagraphPlace("target", "3")
