"""Every model and proxy of the desk passes qtmodeltester; filters combine as the user expects."""

from PySide6.QtCore import Qt

from cybertrack.domain.positions import Field, Stance
from cybertrack.gui.models.item_filter_proxy import UNDECIDED, ItemFilter, ItemFilterProxy
from cybertrack.gui.models.item_table_model import COL_MARKS, ItemTableModel
from cybertrack.gui.models.navigator_model import NavigatorModel, Node, NodeRole, meeting_title
from cybertrack.services import SetField, SetStance


def _proxy(workspace):
    model = ItemTableModel()
    model.set_rows(workspace.items())
    return model, ItemFilterProxy(model)


def test_filter_proxy_passes_qtmodeltester_filtered_and_sorted(qtmodeltester, seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance(tuple(ids[:5]), Stance.SUPPORT))
    _model, proxy = _proxy(seeded)
    proxy.set_filter(ItemFilter(stance=Stance.SUPPORT))
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 5


def test_filters_combine_and_clear(seeded):
    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance(tuple(ids[:3]), Stance.AMEND))
    seeded.apply(SetField(ids[1], Field.AMENDMENT, "New wording"))
    seeded.apply(SetField(ids[2], Field.NOTE, "ask capital"))
    seeded.apply(SetField(ids[10], Field.NOTE, "undecided but noted"))
    _, proxy = _proxy(seeded)

    def shown():
        return [proxy.row_at(r).id for r in range(proxy.rowCount())]

    proxy.set_filter(ItemFilter(stance=Stance.AMEND))
    assert shown() == ids[:3]
    proxy.update_filter(has_amendment=True)
    assert shown() == [ids[1]]
    proxy.set_filter(ItemFilter(has_note=True))
    assert shown() == [ids[2], ids[10]]
    proxy.update_filter(stance=UNDECIDED)
    assert shown() == [ids[10]]
    hits = seeded.search("Budapest", seeded.documents()[0].id)
    proxy.set_filter(ItemFilter(search_ids=frozenset(hits), stance=Stance.AMEND))
    assert shown() == [i for i in ids[:3] if i in hits]
    proxy.set_filter(ItemFilter(section="no such section"))
    assert shown() == []
    proxy.set_filter(ItemFilter())
    assert len(shown()) == 39


def test_item_model_marks_note_and_amendment(seeded):
    first = seeded.items()[0].id
    seeded.apply(SetField(first, Field.NOTE, "n"))
    seeded.apply(SetField(first, Field.AMENDMENT, "a"))
    model = ItemTableModel()
    model.set_rows(seeded.items())
    assert model.data(model.index(0, COL_MARKS)) == "✎ ±"
    assert model.data(model.index(1, COL_MARKS)) == ""


def test_navigator_holds_meeting_document_sections(qtmodeltester, seeded):
    (doc,) = seeded.documents()
    model = NavigatorModel()
    model.set_documents(seeded.documents())
    meeting = model.index(0, 0)
    assert meeting.data() == (
        "Expert Group to Conduct a Comprehensive Study on Cybercrime — Vienna, 27–29 Jul 2020"
    )
    document = model.index(0, 0, meeting)
    assert document.data(NodeRole) == Node("document", doc.id)
    assert document.data().endswith("(0/39)")
    # Sections are read when the document is opened, not before.
    assert model.needs_sections(doc.id) and model.hasChildren(document)
    assert model.rowCount(document) == 0 and not model.canFetchMore(document)
    model.set_sections(doc.id, seeded.section_headings_of(doc.id))
    assert not model.needs_sections(doc.id)
    # "A." holds every item, under its chapter "II.", which holds none of its own.
    assert model.rowCount(document) == 1
    qtmodeltester.check(model)
    chapter = model.index(0, 0, document)
    assert chapter.data(NodeRole) == Node(
        "division", doc.id, "II. List of preliminary recommendations and conclusions"
    )
    assert model.division_indexes(doc.id) == [chapter]
    section = model.index(0, 0, chapter)
    assert section.data(NodeRole) == Node("section", doc.id, "A. International cooperation")
    model.update_counts(doc.id, 7, 39)
    assert model.document_index(doc.id).data().endswith("(7/39)")


def test_a_long_list_of_documents_is_made_as_the_tree_asks(qtmodeltester, seeded):
    from dataclasses import replace

    from cybertrack.gui.models.navigator_model import BATCH

    (doc,) = seeded.documents()
    many = [replace(doc, id=n, title=f"Report {n}", symbol=f"A/{n}") for n in range(1, 251)]
    model = NavigatorModel()
    model.set_documents(many)
    meeting = model.index(0, 0)
    assert model.rowCount(meeting) == BATCH and model.canFetchMore(meeting)
    model.fetchMore(meeting)
    assert model.rowCount(meeting) == 2 * BATCH
    qtmodeltester.check(model)
    # Going to a document not made yet makes the rows up to it.
    index = model.document_index(240)
    assert index.isValid() and index.data(NodeRole) == Node("document", 240)
    assert model.rowCount(meeting) == 250 and not model.canFetchMore(meeting)
    assert model.label(250) == "A/250"


def test_meeting_title_without_body_or_dates(seeded):
    (doc,) = seeded.documents()
    bare = type(doc)(**{**doc.__dict__, "body": None, "venue": None, "start_date": None})
    assert meeting_title(bare) == "Other documents — 29 Jul 2020"


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    unnamed = []
    widgets = [w for kind in kinds for w in window.findChildren(kind)]
    for widget in dict.fromkeys(widgets):
        if type(widget).__name__ in ("QToolButton",) and widget.defaultAction() is not None:
            continue  # toolbar buttons are named by their action's text
        if widget.parent() is not None and type(widget.parent()).__name__ in (
            "QScrollBar",
            "QHeaderView",
            "QTabBar",
            "QComboBox",
        ):
            continue
        if widget.objectName().startswith("qt_") or not widget.isVisibleTo(window):
            continue
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()} {widget.parent()}")
    assert unnamed == []


def test_sorting_by_a_column_keeps_the_selection_on_its_items(qtmodeltester, qtbot, seeded):
    from PySide6.QtCore import Qt

    from cybertrack.gui.models.item_table_model import COL_NUMBER, COL_STANCE
    from cybertrack.gui.views.item_table import ItemTableView

    ids = [i.id for i in seeded.items()]
    seeded.apply(SetStance((ids[5],), Stance.AMEND))
    seeded.apply(SetStance((ids[7],), Stance.SUPPORT))
    model, proxy = _proxy(seeded)
    view = ItemTableView(proxy)
    qtbot.addWidget(view)
    view.go_to_item(ids[7])
    view.sortByColumn(COL_STANCE, Qt.SortOrder.AscendingOrder)
    order = [proxy.row_at(r).id for r in range(proxy.rowCount())]
    assert order[:31] == [i for i in ids if i not in (ids[5], ids[7])][:31]  # undecided first
    assert order[-2:] == [ids[5], ids[7]]  # then amend, support
    assert view.current_row().id == ids[7]
    qtmodeltester.check(proxy)
    view.sortByColumn(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert proxy.row_at(0).id == ids[-1]
    assert model.item_at(0).id == ids[-1] and model.row_of(ids[-1]) == 0


def test_refreshing_rows_signals_only_those_that_changed(seeded):
    model = ItemTableModel()
    rows = seeded.items()
    model.set_rows(rows)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    seeded.apply(SetStance((rows[3].id,), Stance.OPPOSE))
    replaced = model.refresh(seeded.items_by_ids([r.id for r in rows]))  # one differs
    assert changed == [3]
    assert [r.id for r in replaced] == [rows[3].id] and replaced[0].stance is None
    assert model.item_at(3).stance is Stance.OPPOSE


def test_a_cell_is_painted_from_one_call_into_python_with_every_role(window):
    """The delegates read seven roles per cell; the proxy answers them in one multiData call
    (each call from Qt into Python waits its turn while a worker runs Python), with the same
    values data() gives."""
    import sys

    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from cybertrack.gui.models.item_table_model import COL_NUMBER, COL_STANCE

    window.resize(1200, 800)
    window.show()
    window.execute(SetStance((window.item_model.item_at(0).id,), Stance.SUPPORT))
    viewport = window.table.viewport()
    here = sys._getframe()
    entries = 0

    def count(frame, event, _arg):
        nonlocal entries
        if event == "call" and frame.f_back is here:
            entries += 1

    viewport.repaint()
    sys.setprofile(count)
    try:
        viewport.repaint()
    finally:
        sys.setprofile(None)
    shown_rows = window.table.rowAt(viewport.height() - 1) - window.table.rowAt(0) + 1
    cells = window.proxy.columnCount() * shown_rows
    assert entries < cells * 5  # 7.2 per cell when each role was a call of its own

    proxy = window.proxy
    for column in (COL_NUMBER, COL_STANCE, COL_MARKS):
        option = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(option, proxy.index(0, column))
        assert option.text == (proxy.data(proxy.index(0, column)) or "")
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, proxy.index(0, COL_MARKS))
    assert option.displayAlignment == proxy.data(
        proxy.index(0, COL_MARKS), Qt.ItemDataRole.TextAlignmentRole
    )


def test_the_number_column_shows_numbers_and_names_them_in_the_tooltip(workspace):
    """'Recommendation 12' or 'Article 5' would be cut to 'Recom…' in the narrow No. column:
    the column shows the number, the tooltip the whole label; printed forms stay."""
    from cybertrack.gui.models.item_table_model import COL_NUMBER
    from cybertrack.importers import parse_bytes
    from cybertrack.services import ImportDocument

    text = (
        "Evaluation of the Global Programme\n\n"
        "Recommendation 1: UNODC should strengthen its support.\n\n"
        "Recommendation 12: Donors should provide multi-year funding.\n"
    )
    workspace.apply(ImportDocument(parse_bytes(text.encode(), "evaluation.txt")))
    workspace.apply(
        ImportDocument(parse_bytes(b"Report\n\n(1) States met.\n\n(2) Again.\n", "r.txt"))
    )
    model = ItemTableModel()
    model.set_rows(workspace.items())
    shown = [
        (
            model.data(model.index(r, COL_NUMBER), Qt.ItemDataRole.DisplayRole),
            model.data(model.index(r, COL_NUMBER), Qt.ItemDataRole.ToolTipRole),
        )
        for r in range(model.rowCount())
    ]
    assert shown == [
        ("1", "Recommendation 1"),
        ("12", "Recommendation 12"),
        ("(1)", None),
        ("(2)", None),
    ]


def test_a_long_heading_takes_three_lines_of_the_navigator_at_most(qtbot, seeded):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from cybertrack.domain.model import OutlineHeading
    from cybertrack.gui.views.navigator_view import NavigatorView

    (doc,) = seeded.documents()
    long = "79/243. United Nations Convention against Cybercrime; " + "Strengthening " * 30
    model = NavigatorModel()
    model.set_documents(seeded.documents())
    model.set_sections(doc.id, [OutlineHeading(long), OutlineHeading("Preamble")])
    view = NavigatorView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(280, 400)
    document = model.document_index(doc.id)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate = view.itemDelegate()
    lines = option.fontMetrics.lineSpacing()
    heading, short = (delegate.sizeHint(option, model.index(row, 0, document)) for row in (0, 1))
    assert 2 * lines < heading.height() - 8 <= 3 * lines
    assert short.height() < heading.height()
    assert model.index(0, 0, document).data(Qt.ItemDataRole.ToolTipRole) == long
