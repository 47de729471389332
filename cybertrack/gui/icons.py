"""SVG icons from `resources/icons/`, read through importlib.resources, sharp at any DPI.

Qt's SVG icon engine renders each icon lazily at the size and scale it is shown, so start-up
pays for no rendering (pre-rendering six sizes of every icon cost a quarter of a second).
"""

from __future__ import annotations

from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon

# Keeps files extracted from a zipped install alive for the whole session.
_extracted = ExitStack()


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/NAME.svg` (an empty icon if there is none)."""
    resource = files("cybertrack.resources").joinpath(f"icons/{name}.svg")
    if not resource.is_file():
        return QIcon()
    path = _extracted.enter_context(as_file(resource))
    return QIcon(str(path))
