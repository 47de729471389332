"""A draft's line numbers in the margin are furniture; a paragraph's number is not."""

from cybertrack.importers.pdf_line_numbers import drop_line_numbers
from cybertrack.importers.pdf_lines import Line

PITCH = 14.0
CELLS = [(62.0, 70.0), (90.0, 400.0)]  # a line's number, then its text
ROW = [(90.0, 98.0), (120.0, 300.0), (400.0, 440.0)]  # a table row: number, name, amount


def _line(y: float, x0: float, text: str, cells: list[tuple[float, float]] | None = None) -> Line:
    texts = text.split("|") if cells else [text]
    x1 = cells[-1][1] if cells else x0 + 6.0 * len(text)
    return Line(
        page=0,
        y=y,
        x0=x0,
        x1=x1,
        size=11.0,
        bold=False,
        text=" ".join(texts),
        cells=cells or [(x0, x1)],
        cell_texts=texts,
    )


def _text_lines(count: int) -> list[Line]:
    return [_line(760 - k * PITCH, 90.0, f"running text of line {k}") for k in range(count)]


def test_numbers_read_after_the_page_text_are_dropped() -> None:
    text = _text_lines(20)
    numbers = [_line(760 - k * PITCH, 62.0, str(k + 1)) for k in range(20)]  # left of the text
    assert drop_line_numbers([text + numbers]) == [text]


def test_a_number_set_as_the_line_first_cell_is_taken_off_the_line() -> None:
    lines = [
        _line(760 - k * PITCH, 62.0, f"{k + 1}|running text of line {k}", CELLS) for k in range(12)
    ]
    [page] = drop_line_numbers([lines])
    assert [line.text for line in page] == [f"running text of line {k}" for k in range(12)]
    assert {line.x0 for line in page} == {90.0}


def test_paragraph_numbers_in_the_margin_stay() -> None:
    # "12." hangs in the margin, one per paragraph, with its stop: an item's number.
    lines = []
    for k in range(8):
        lines.append(_line(760 - 3 * k * PITCH, 62.0, f"{k + 1}."))
        lines += _text_lines(3)
    assert drop_line_numbers([lines]) == [lines]


def test_numbered_table_rows_at_the_margin_stay() -> None:
    # Row numbers in a table's first column stand at the text's margin, not left of it.
    rows = [_line(760 - k * PITCH, 90.0, f"{k + 1}|Mission {k}|5,000", ROW) for k in range(10)]
    page = _text_lines(10) + rows
    assert drop_line_numbers([page]) == [page]
