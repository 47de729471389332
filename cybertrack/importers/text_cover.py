"""The first page's header in a text form, a line each, as print sets it.

pdftotext, a viewer's copy and paste or Word's "save as text" give the header in blocks that
run its lines together, or with no blank line at all before the first paragraph: "United
Nations <gap> A/C.3/80/L.3" (-layout's first line), the agenda item's title over sixteen
sponsors wrapped over five lines, a record's first page run into its first turn. The
metadata reader needs the body, the session, the agenda item, the sponsors and the title a
line each; the lines between them that wrap one line (a title's, the sponsors') joined.
"""

from __future__ import annotations

import re

from cybertrack.importers.agenda_lines import agenda_line
from cybertrack.importers.bodies import is_known_body
from cybertrack.importers.dates import parse_date
from cybertrack.importers.headings import chapter_or_section
from cybertrack.importers.labels import label_alone, opens_item
from cybertrack.importers.metadata import (
    is_adoption_byline,
    is_cover_line,
    is_header_fact,
    is_organization,
    opens_byline,
)
from cybertrack.importers.openers import COMMA, is_author_line, opens_preambular
from cybertrack.importers.speakers import speaker, wrapped_speaker
from cybertrack.importers.sponsors import sponsors_line, sponsors_start
from cybertrack.importers.text_furniture import HEADING_MARK, line_cells

_COVER_LINES = 8  # a first-page block: symbol, body, distribution, session, agenda item
# Header lines a long block needs to be the header: the session and the agenda item over an
# agenda item's title and a draft's fifty sponsors (A/ES-11/L.7) are.
_COVER_CELLS = 2
_LISTED = re.compile(r"^[^\W\d_][\w-]*,")  # a first word and its comma: names listed


def cover_head(lines: list[str]) -> int:
    """How many of a first-page block's lines are the header, read a line each: those before
    its body begins (`_opens_body`; a record's first page runs into its first turn, a text
    saved from Word has no blank line at all), with a header line among them; when they are
    many (sixteen sponsors wrapped over five lines), three header lines or more, one a fact
    only a header prints (a table of symbols and dates in a summary is none). A line with a
    cover cell is the cover's whatever its first words ("United Nations <gap> A/C.3/80/L.3"
    opens as "United ..." might open a preambular paragraph)."""
    stripped = [line.strip() for line in lines]
    head = next(
        (at for at in range(len(lines)) if _opens_body(stripped, at)),
        len(lines),
    )
    if head > _COVER_LINES:
        facts = [line for line in lines[:head] if is_header_fact(line)]
        cells = sum(is_cover_line(cell) for line in lines[:head] for cell in line_cells(line))
        if not facts or cells < _COVER_CELLS:
            return 0
    if any(
        _preambular_line(line)
        and not _cover_row(line, first=at == 0)
        # An agenda item's title: "Countering the use of information and ...".
        and not (at and agenda_line(lines[at - 1].strip()))
        for at, line in enumerate(lines[:head])
    ):
        return 0
    return head if any(is_cover_line(c) for line in lines[:head] for c in line_cells(line)) else 0


def _opens_body(lines: list[str], at: int) -> bool:
    """The body begins at this line of a first-page block: a numbered paragraph, a speaker's
    turn, a chapter's heading with its title ("I. Introduction", "一. 导言"; "Part IV" alone
    is a budget fascicle's header), the addressee over a preamble ("The General Assembly,")."""
    line = lines[at]
    if opens_item(line) or speaker(line) or wrapped_speaker(lines, at) or is_author_line(line):
        return True
    division = chapter_or_section(line, None)
    return division is not None and bool(division[1])


def _preambular_line(line: str) -> bool:
    """A preambular paragraph's line in a block that might be the cover: it opens like one
    and ends like one ("Recalling its resolution 74/247 of 27 December 2019,"); not a title
    that opens on a participle ("Proposed programme budget for 2027", "Countering the use of
    information and communications technologies for criminal purposes")."""
    line = line.strip()
    # "Grenada, Guatemala, ...," (a sponsors' line) is a list of names, its first one
    # ending like a participle.
    return opens_preambular(line) and line.endswith(COMMA) and not _LISTED.match(line)


def _cover_row(line: str, *, first: bool) -> bool:
    """A row of the first page's header: a cover cell in it, the Organization's name alone,
    or the masthead beside the symbol ("United Nations <gap> A/81/6 (Sect. 16)/Part A*") as
    the text's first line."""
    return (
        any(map(is_cover_line, line_cells(line)))
        or is_organization(line)
        or (first and len(line_cells(line)) > 1)
    )


def cover_lines(lines: list[str]) -> list[str]:
    """The first page's lines: each cover line (symbol, distribution, session, agenda item,
    date) on its own, the lines between them (a title cut over two lines) joined."""
    out: list[str] = []
    run: list[str] = []  # lines alone that may be one line wrapped: a title's, sponsors'
    titles = 0  # lines to come that are each an agenda item's title

    def close() -> None:
        start = sponsors_start(run)
        out.extend(" ".join(part) for part in (run[:start], run[start:]) if part)
        run.clear()

    for line in lines:
        cells = line_cells(line)
        for cell in cells:
            if run and is_adoption_byline(run[-1]) and parse_date(cell) is not None:
                # "Adopted by the Security Council at its 8889th meeting, on" | "29 October
                # 2021": one line, the title above it none of it.
                run.append(cell)
                close()
            elif is_adoption_byline(cell) or (run and opens_byline(cell)):
                # "Reduction of military budgets" | "Report of the First Committee" |
                # "Rapporteur: Mr. ...": the title, then who it is from, a line each.
                close()
                run.append(cell)
            elif run and sponsors_line(cell) is not None and sponsors_start([*run, cell]) > 0:
                # "... Northern Ireland and" | "United States of America:* draft resolution":
                # the last line of a sponsors' list wrapped over the lines above it.
                run.append(cell)
                close()
            elif label_alone(cell):
                close()  # "IS1.1" alone over its paragraph: the body begins
                out.append(cell)
                titles = 0
            elif (
                is_cover_line(cell)
                or cell.startswith(HEADING_MARK)
                or is_organization(cell)
                or is_known_body(cell)  # "United Nations" over "General Assembly"
            ):
                close()
                out.append(cell.lstrip(HEADING_MARK))
                agenda = agenda_line(cell)
                # "Items 138 and 139 of the preliminary list" over a title each.
                titles = len(re.findall(r"\d+", agenda[0])) if agenda and not agenda[1] else 0
                titles = titles if titles > 1 else 0
            elif titles and len(cells) == 1:
                out.append(cell)
                titles -= 1
            elif len(cells) == 1:
                run.append(cell)
            else:
                # A cell beside another ("United Nations <gap> A/81/6 (Sect. 16)/Part A*") is a
                # line of its own.
                close()
                out.append(cell)
    close()
    return out
