"""Pages set in two columns are read column by column; tables and one-column pages are not."""

from cybertrack.importers.pdf_columns import split_columns
from cybertrack.importers.pdf_lines import Line

LEFT, RIGHT = 60.0, 310.0  # the two columns' margins, 230 points wide each
WIDTH = 230.0
PITCH = 14.0


def _line(page: int, y: float, x0: float, width: float, text: str, size: float = 10.0) -> Line:
    return Line(page=page, y=y, x0=x0, x1=x0 + width, size=size, bold=False, text=text)


def _column(page: int, x0: float, count: int, word: str, top: float = 760.0) -> list[Line]:
    """`count` lines of running text, a paragraph's last line short every fifth line."""
    return [
        _line(page, top - k * PITCH, x0, WIDTH if k % 5 != 4 else 90.0, f"{word} line {k} of text")
        for k in range(count)
    ]


def _two_column_page(page: int, left: int = 40, right: int = 40) -> list[Line]:
    return _column(page, LEFT, left, "left") + _column(page, RIGHT, right, "right")


def _one_column_page(page: int) -> list[Line]:
    return [_line(page, 760 - k * PITCH, LEFT, 480.0, f"wide line {k} of text") for k in range(45)]


def test_each_column_becomes_a_page_at_the_left_margin() -> None:
    pages = [_two_column_page(0), _two_column_page(1)]
    parts = split_columns(pages, 10.0)
    assert len(parts) == 4
    assert all(line.text.startswith("left") for line in parts[0])
    assert all(line.text.startswith("right") for line in parts[1])
    assert {line.x0 for line in parts[1]} == {LEFT}  # moved onto the left column's margin
    assert [line.page for line in parts[2]][:1] == [1]


def test_lines_across_the_page_stay_in_their_place() -> None:
    title = _line(0, 800.0, LEFT, 480.0, "A title set across both columns of the page")
    notes = _line(0, 60.0, LEFT, 480.0, "A note set across the foot of the page, both columns")
    page = [title, *_two_column_page(0, 35, 35), notes]
    parts = split_columns([page, _two_column_page(1)], 10.0)
    assert parts[0] == [title]
    assert parts[1][0].text.startswith("left") and parts[2][0].text.startswith("right")
    assert parts[3] == [notes]


def test_columns_read_row_by_row_are_put_in_column_order() -> None:
    # Some producers write both columns' lines row by row across the gutter.
    left, right = _column(0, LEFT, 40, "left"), _column(0, RIGHT, 40, "right")
    rows = [line for pair in zip(left, right, strict=True) for line in pair]
    parts = split_columns([rows, _two_column_page(1)], 10.0)
    assert [line.text for line in parts[0]] == [line.text for line in left]
    assert [line.text for line in parts[1]] == [line.text for line in right]


def test_a_short_last_column_is_still_a_column() -> None:
    pages = [_two_column_page(0), _two_column_page(1), _two_column_page(2, left=12, right=2)]
    parts = split_columns(pages, 10.0)
    assert len(parts) == 6
    assert [line.text for line in parts[5]] == ["right line 0 of text", "right line 1 of text"]


def test_a_table_of_two_text_columns_in_a_one_column_report_is_left_alone() -> None:
    # Labels on the left, wrapped explanations on the right: unequal, on one page of ten.
    table = _column(5, LEFT, 12, "label") + [
        _line(5, 760 - k * PITCH, 250.0, 290.0, f"explanation {k} of the variance")
        for k in range(30)
    ]
    pages = [_one_column_page(n) for n in range(5)] + [table]
    pages += [_one_column_page(n) for n in range(6, 10)]
    assert split_columns(pages, 10.0) == pages


def test_a_one_column_document_is_left_alone() -> None:
    pages = [_one_column_page(n) for n in range(4)]
    assert split_columns(pages, 10.0) == pages


def test_a_table_across_both_columns_stays_between_them() -> None:
    # A journal's page: columns above a table set across the page, columns again below it.
    above = _column(0, LEFT, 20, "left") + _column(0, RIGHT, 20, "right")
    table = [
        Line(
            page=0,
            y=460.0 - k * PITCH,
            x0=LEFT,
            x1=LEFT + 480.0,
            size=10.0,
            bold=False,
            text=f"Mission {k} 5,000 6,000",
            cells=[(LEFT, 200.0), (350.0, 400.0), (480.0, 540.0)],
            cell_texts=[f"Mission {k}", "5,000", "6,000"],
        )
        for k in range(10)  # more than a tenth of the page's lines: a title across is fewer
    ]
    below = _column(0, LEFT, 12, "lower left", top=300.0) + _column(
        0, RIGHT, 12, "lower right", top=300.0
    )
    parts = split_columns([above + table + below, _two_column_page(1)], 10.0)
    texts = [[line.text.split(" line")[0] for line in part] for part in parts]
    assert texts[:5] == [
        ["left"] * 20,
        ["right"] * 20,
        [line.text for line in table],
        ["lower left"] * 12,
        ["lower right"] * 12,
    ]
