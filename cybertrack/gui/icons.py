"""SVG icons from `resources/icons/`, read through importlib.resources, sharp at any DPI."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/NAME.svg`, rendered at the usual sizes (empty if missing)."""
    resource = files("cybertrack.resources").joinpath(f"icons/{name}.svg")
    if not resource.is_file():
        return QIcon()
    renderer = QSvgRenderer(QByteArray(resource.read_bytes()))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
