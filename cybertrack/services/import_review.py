"""Fixing an import before it is saved: the preview's rows and the edits a delegate makes.

The preview shows the items found and, between them where they stand in the source, every
passage the import placed in no item. The delegate may split an item in two, merge a row into
the item above it, make a left-out passage an item, or give an item another number; each edit
returns new rows (plain data, no Qt), and `reviewed_document` turns the rows back into the
document that is imported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from cybertrack.domain.model import ParsedDocument, ParsedItem, Passage
from cybertrack.domain.units import Unit


@dataclass(frozen=True)
class Row:
    """One line of the preview: an item (ticked or not), or a passage left out."""

    item: ParsedItem | None = None
    passage: Passage | None = None
    checked: bool = True

    @property
    def text(self) -> str:
        if self.item is not None:
            return self.item.text
        return self.passage.text if self.passage is not None else ""

    @property
    def is_item(self) -> bool:
        return self.item is not None


def rows_of(document: ParsedDocument) -> list[Row]:
    """The items in order, each left-out passage after the item it follows in the source."""
    after: dict[int | None, list[Passage]] = {}
    for passage in document.left_out:
        after.setdefault(passage.after, []).append(passage)
    rows = [Row(passage=p) for p in after.get(None, [])]
    for index, item in enumerate(document.items):
        rows.append(Row(item=item))
        rows.extend(Row(passage=p) for p in after.get(index, []))
    return rows


def _section_before(rows: list[Row], index: int) -> int | None:
    for row in reversed(rows[:index]):
        if row.item is not None:
            return row.item.section_key
    return None


def relabelled(item: ParsedItem, number: str) -> ParsedItem:
    """The item under another number, printed the way its old number was ("(3)" -> "(4)")."""
    number = " ".join(number.split())
    label = item.label.replace(item.number, number, 1) if item.number in item.label else number
    return replace(item, number=number, label=label)


def relabel(rows: list[Row], index: int, number: str) -> list[Row]:
    row = rows[index]
    if row.item is None or not number.strip():
        return rows
    return [*rows[:index], replace(row, item=relabelled(row.item, number)), *rows[index + 1 :]]


def split(rows: list[Row], index: int, at: int, number: str) -> list[Row]:
    """Cut the item at `at` (a position in its text); the second part takes `number`."""
    row = rows[index]
    if row.item is None:
        return rows
    head, tail = row.item.text[:at].strip(), row.item.text[at:].strip()
    if not head or not tail or not number.strip():
        return rows
    first = replace(row.item, text=head)
    second = relabelled(replace(row.item, text=tail, revision=None, other_text=None), number)
    return [*rows[:index], replace(row, item=first), Row(item=second), *rows[index + 1 :]]


def merge_into_previous(rows: list[Row], index: int) -> list[Row]:
    """Join the row (an item or a passage) to the item above it."""
    if index <= 0 or index >= len(rows):
        return rows
    target = next((i for i in range(index - 1, -1, -1) if rows[i].is_item), None)
    if target is None:
        return rows
    above = rows[target].item
    assert above is not None
    joined = replace(above, text=f"{above.text} {rows[index].text}".strip())
    merged = [*rows[:target], replace(rows[target], item=joined), *rows[target + 1 : index]]
    return merged + rows[index + 1 :]


def make_item(rows: list[Row], index: int, number: str, kind: Unit | None = None) -> list[Row]:
    """A left-out passage becomes an item numbered `number`, in the section it stands in."""
    row = rows[index]
    if row.passage is None or not number.strip():
        return rows
    before = next((r.item for r in reversed(rows[:index]) if r.item is not None), None)
    number = " ".join(number.split())
    label = relabelled(before, number).label if before is not None and before.number else number
    item = ParsedItem(
        number=number,
        label=label,
        text=row.passage.text.replace("\n", " ").strip(),
        kind=kind or _usual_unit(rows, label),
        section_key=_section_before(rows, index),
    )
    return [*rows[:index], Row(item=item), *rows[index + 1 :]]


def _usual_unit(rows: list[Row], label: str) -> Unit:
    """The unit most items numbered like `label` have ("3." like "2.": a paragraph)."""
    shape = re.sub(r"\d+", "#", label)
    kinds = Counter(
        r.item.kind
        for r in rows
        if r.item is not None and re.sub(r"\d+", "#", r.item.label) == shape
    )
    return kinds.most_common(1)[0][0] if kinds else Unit.PARAGRAPH


def suggested_number(rows: list[Row], index: int) -> str:
    """The number an added item most likely has: the one after the item above it."""
    before = next((r.item for r in reversed(rows[:index]) if r.item is not None), None)
    if before is None:
        return "1"
    match = re.match(r"^(.*?)(\d+)$", before.number)
    if not match:
        return before.number
    return f"{match.group(1)}{int(match.group(2)) + 1}"


def reviewed_document(
    document: ParsedDocument, rows: list[Row], *, title: str, symbol: str
) -> ParsedDocument:
    """The document as the delegate fixed it: ticked items in order, title and symbol."""
    items = tuple(r.item for r in rows if r.item is not None and r.checked)
    left = tuple(r.passage for r in rows if r.passage is not None)
    return replace(
        document,
        title=title.strip() or document.title,
        symbol=symbol.strip() or None,
        items=items,
        left_out=left,
    )
