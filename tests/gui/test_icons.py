"""Icons come from the package's SVG files and render at any size."""

from cybertrack.gui.icons import icon
from cybertrack.gui.stances import ICON_NAMES

NAMES = [*ICON_NAMES.values(), "undo", "redo", "search", "next-undecided", "import"]


def test_every_icon_renders_sharp_at_small_and_large_sizes(qapp):
    for name in [*NAMES, "filter-clear", "cybertrack"]:
        for size in (16, 64):
            image = icon(name).pixmap(size, size).toImage()
            assert image.width() == size, name
            opaque = sum(
                image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size)
            )
            assert opaque > size, name  # something was drawn


def test_unknown_icon_is_empty(qapp):
    assert icon("no-such-icon").isNull()
