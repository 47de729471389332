"""The scripted tour renders every main view, and leaves the application as it found it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cybertrack.gui.tour import main


def test_tour_renders_the_main_views(qapp, tmp_path, capsys):
    palette = qapp.palette().color(qapp.palette().ColorRole.Window).name()
    assert main([str(tmp_path)]) == 0
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert names == {
        "main-window",
        "filtered",
        "amendment-redline",
        "item-history",
        "precedent-list",
        "precedent-window",
        "room-column",
        "room-as-of",
        "proposals",
        "dark",
        "main-window-fr",
        "main-window-ar",
        "main-window-zh_CN",
        "import-result-fr",
        "import-result-ar",
        "import-error-fr",
        "import-error-ar",
        "import-preview-version",
        "carry-prompt",
        "carry-over",
        "carry-done",
        "amend-from-original",
        "detail-1280x720",
        "import-warning-fr",
        "import-warning-status-fr",
        "import-warning-ar",
        "import-warning-status-ar",
    }
    for name in names:
        image = QImage(str(tmp_path / f"{name}.png"))
        smallest = 100 if name.startswith("import-error") else 300  # a message box
        assert image.width() > smallest and image.height() > smallest / 2
    dark = QImage(str(tmp_path / "dark.png")).pixelColor(5, 400)
    assert dark.lightness() < 100  # the dark palette really applied
    assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == palette
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # Arabic shot undone
    assert "main-window.png" in capsys.readouterr().out


def test_tour_needs_one_folder(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err
