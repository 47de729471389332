from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from cybertrack.gui.models.item_table_model import COL_TEXT
from cybertrack.gui.views.text_direction import TextDirectionDelegate


def test_each_cell_runs_in_its_own_direction(window):
    delegate = window.table.itemDelegateForColumn(COL_TEXT)
    assert isinstance(delegate, TextDirectionDelegate)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in the Arabic interface
    option = QStyleOptionViewItem()
    index = window.proxy.index(0, COL_TEXT)
    delegate.initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight  # an English item stays LTR
    model = window.item_model
    row = model.item_at(0)
    from dataclasses import replace

    model.refresh([replace(row, text="تعزيز التعاون الدولي في مجال مكافحة الجريمة السيبرانية")])
    delegate.initStyleOption(option, window.proxy.index(0, COL_TEXT))
    assert option.direction == Qt.LayoutDirection.RightToLeft


def test_the_room_time_reads_hours_then_minutes_in_a_right_to_left_window(window):
    # Qt turns a date-time field's sections about in a right-to-left layout: 09:28 read 28:09.
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    field = window.items.room_bar.as_of
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_import_previews_rows_run_in_their_own_direction(qtbot):
    # An Arabic row in the English window was laid left to right: its label at the left, its
    # text cut off beside it.
    from cybertrack.gui.dialogs.import_rows import RowList
    from cybertrack.gui.views.text_direction import TextDirectionDelegate

    rows = RowList()
    qtbot.addWidget(rows)
    assert isinstance(rows.itemDelegate(), TextDirectionDelegate)
