"""Pages that are pictures of text: a scanned annex, a signed letter, a page pasted as an image.

No text layer holds what they show, so the import cannot read it; it names them instead of
losing them without a word. A page counts when it has next to no text of its own (a scanned
page of a UN document still carries its job number and page number as text) and images cover
a good part of it. A page with a chart and its caption is named too: what the chart shows is
not imported either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Characters a page may hold and still be a picture: furniture (job number, symbol, page
# number) stamped on a scan, or a line of caption.
FEW_CHARACTERS = 120
# The share of the page that images cover on a scanned page (margins, a half-page letter).
IMAGE_SHARE = 0.3


def image_pages(document: Any, characters: Sequence[int]) -> list[int]:
    """The 1-based numbers of the pages of `document` (a pypdfium2 PdfDocument) that are
    images without text; `characters` is each page's count of text characters."""
    found = []
    for index, count in enumerate(characters):
        if count <= FEW_CHARACTERS and _image_share(document, index) >= IMAGE_SHARE:
            found.append(index + 1)
    return found


def _image_share(document: Any, index: int) -> float:
    """How much of the page its images cover (overlaps counted twice: a scan is one image)."""
    import pypdfium2.raw as raw

    page = document[index]
    try:
        area = page.get_width() * page.get_height()
        covered = 0.0
        for image in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
            left, bottom, right, top = image.get_bounds()
            covered += max(0.0, right - left) * max(0.0, top - bottom)
        return covered / area if area > 0 else 0.0
    finally:
        page.close()
