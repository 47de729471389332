"""Walking Qt's accessibility tree the way a screen reader does."""

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

# Roles a user operates or reads as a unit: each must have a name a screen reader can say.
CONTROL_ROLES = {
    QAccessible.Role.PushButton,
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Slider,
    QAccessible.Role.List,
    QAccessible.Role.Table,
    QAccessible.Role.Tree,
    QAccessible.Role.PageTab,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.ButtonDropDown,
    QAccessible.Role.MenuItem,
}


def walk(interface: QAccessibleInterface, depth: int = 0):
    yield interface
    if depth > 40 or interface.role() in (
        QAccessible.Role.Table,
        QAccessible.Role.List,
        QAccessible.Role.Tree,
    ):
        return  # cells are named by the model's data; the view itself is checked
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def unnamed_controls(
    widget: QWidget, *, text: QAccessible.Text = QAccessible.Text.Name
) -> list[str]:
    """Visible controls a screen reader would find without a name (or, with
    text=Description, without a description). Menu entries are named by their text."""
    root = QAccessible.queryAccessibleInterface(widget)
    problems = []
    for node in walk(root):
        if node.role() not in CONTROL_ROLES or node.state().invisible:
            continue
        if text != QAccessible.Text.Name and node.role() == QAccessible.Role.MenuItem:
            continue  # a menu entry's description is its status tip, shown in the status bar
        if not node.text(text).strip():
            obj = node.object()
            name = node.text(QAccessible.Text.Name)
            problems.append(f"{node.role().name} {type(obj).__name__} {name!r}")
    return problems
