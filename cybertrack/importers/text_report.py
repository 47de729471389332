"""Plain text and markdown: the UN's text form of a report, text extracted from a PDF
(`pdftotext`, with or without -layout), or text pasted from an e-mail.

Paragraphs are blank-line separated, or start on a numbered line, or on a preambular opener
after a line closed by a comma. Text extracted from a PDF carries the page furniture inline;
`text_furniture` takes it out (job numbers, page numbers, barcodes, the running header that
repeats), footnotes after the rule "____" and tables are marked as such, and a form feed
starts a page, so a paragraph cut by a page break can be joined again. Markdown's marks and
pdftotext's right-to-left runs are put away first (`text_markup`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.heading_notes import without_heading_notes
from cybertrack.importers.headings import (
    DIVISION_ALONE,
    body_division,
    chapter_or_section,
    is_annex,
    is_caption,
    is_plain_heading,
)
from cybertrack.importers.hyphens import join_printed
from cybertrack.importers.labels import (
    is_bullet,
    is_label,
    is_subitem,
    label_alone,
    match_label,
    opens_item,
)
from cybertrack.importers.line_numbers import without_line_numbers
from cybertrack.importers.metadata import SYMBOL, opens_byline
from cybertrack.importers.note_marks import without_note_marks
from cybertrack.importers.openers import (
    COMMA,
    PP_END,
    ends_preambular,
    is_addressee,
    is_author_alone,
    is_author_line,
    is_preamble_heading,
    is_salutation,
    is_thanks,
    names_author,
    names_with_article,
    opens_chapeau,
    opens_preambular,
)
from cybertrack.importers.punctuation import STOPS
from cybertrack.importers.run_in_preamble import unfolded_preambles
from cybertrack.importers.sequences import strip_trailing_mark
from cybertrack.importers.speakers import speaker, wrapped_speaker
from cybertrack.importers.split_words import mend_split_words
from cybertrack.importers.text_cover import cover_head, cover_lines
from cybertrack.importers.text_furniture import (
    HEADING_MARK,
    Furniture,
    is_column_line,
    is_page_number,
    is_table_line,
    page_chunks,
)
from cybertrack.importers.text_markup import clean_markdown
from cybertrack.importers.text_tables import (
    ROW_LINES,
    ends_row,
    tabbed_row,
    table_chunks,
    table_lines,
)
from cybertrack.importers.wrapped_lines import UNWRAPPED, ends_short, wrap_width

# Numbered lines that make a text numbered: its paragraphs are cut at their numbers.
_NUMBERED_LINES = 3
_HEADING = HEADING_MARK
# A number alone on its line ("1." then the text below it), as pdftotext leaves resolutions.
_BARE_LABEL = re.compile(r"^(?:\(\d+\)|\d+(?:\.\d{1,4})*\.|\d+\))$")
_RULE = re.compile(r"^_{5,}\s*$")
_TITLE_LONGEST = 90  # characters: an article's title on the line under its number
_UNIT_ALONE = 30  # characters: "Recommendation 12", "Acción recomendada 3"
_SHORT_LINE = 80  # characters: the longest salutation or closing thanks
_SALUTATION_ENDS = frozenset(",:!，،")
_THANKS_ENDS = frozenset(".!。")
_INDENT_STEP = 3  # spaces: a first line set in, not a bullet's hanging text or a wobble
_SENTENCE = 20  # characters: a paragraph's text after its number, not a table's cell
# "[first-page header]": a marker a conversion tool left, no text of the document.
_MARKER = re.compile(r"^\[/?[a-z][a-z -]*\]$")
_NOTE_LINE = re.compile(r"^\[(?:fn|\^)\d{1,4}\]:?\s")
_NOTE_MARK = re.compile(r"^\*{1,3}\s+\S")
_CLAUSE_END = (";", ":", ".", "；", "：", "。")
# A presidential statement's title, whole on its line: nothing it says runs on to the next.
_OFFICE_BYLINE = re.compile(
    r"^Statement by the President of the (?:Security Council|General Assembly|"
    r"Economic and Social Council|Human Rights Council)$",
    re.IGNORECASE,  # "STATEMENT BY THE PRESIDENT OF THE SECURITY COUNCIL" (1994)
)
_PIPE_ROW = re.compile(r"^\s*\|?(?:[^|]*\|){1,}[^|]*$")


def text_blocks(text: str) -> list[Block]:
    """Split text into paragraph blocks, page by page (a form feed starts a page)."""
    pages = [
        without_line_numbers(page)
        for page in unfolded_preambles(without_heading_notes(clean_markdown(text))).split("\f")
    ]
    chunked = [page_chunks(page) for page in pages]
    furniture = Furniture(chunked)
    blocks: list[Block] = []
    in_footnotes = owed = only_numbers = False
    seen_label = False
    preamble = _Preamble()
    paged = len(chunked) > 1
    all_lines = [line.strip() for page in chunked for chunk in page for line in chunk]
    width = wrap_width(all_lines)
    numbered = width is not None and _numbered(all_lines)  # asked of a wrapped text only
    for number, with_markers in enumerate(chunked, start=1):
        first_on_page = number > 1
        in_footnotes = owed = False  # a note's text owed after its page's number is on it
        chunks = [lines for lines in map(_without_markers, with_markers) if lines]
        tabled = table_chunks(chunks)
        for index, lines in enumerate(chunks):
            edge = not paged or index < 3 or index >= len(chunks) - 3
            lines = furniture.trimmed(lines, number, edge=edge)
            owed_text = bool(blocks) and bool(_BARE_LABEL.match(blocks[-1].text))
            if furniture.is_furniture(lines, edge=edge, owed=owed_text):
                if is_page_number(lines[-1].strip()) and in_footnotes:
                    # pdftotext may print a note's number on one page and its text after the
                    # page number: the first chunk there is still the note.
                    in_footnotes = False
                    owed = only_numbers
                continue
            if _NOTE_LINE.match(lines[0].strip()):
                # "[fn1] Excludes ...", "[^1]: See ...": footnotes a text form keeps at its end.
                _add(blocks, lines, BlockRole.FOOTNOTE, number if paged else None, False)
                continue
            if (furniture.from_pdf and _NOTE_MARK.match(lines[0].strip())) or _symbol_note(lines):
                # "** Conclusions and recommendations have not been edited.": a note.
                _add(blocks, lines, BlockRole.FOOTNOTE, number if paged else None, False)
                continue
            if owed and not is_label(lines[0].strip()) and not lines[0].strip()[:1].islower():
                _add(blocks, lines, BlockRole.FOOTNOTE, number if paged else None, False)
                owed = False
                continue
            owed = False
            rule = next(
                (i for i, ln in enumerate(lines) if "_____" in ln and _RULE.match(ln.strip())), None
            )
            on_page = number if paged else None
            if rule is not None:
                # The rule above the footnotes: the body before it, the notes after.
                body = _chunk_blocks(
                    lines[:rule],
                    front=not seen_label,
                    state=preamble,
                    page=on_page,
                    width=width,
                    numbered=numbered,
                )
                first_on_page = _open_page(body, first_on_page)
                blocks.extend(body)
                in_footnotes = True
                only_numbers = True
                lines = lines[rule + 1 :]
                if not lines:
                    continue
            if in_footnotes:
                found = _footnote_end(lines)
                only_numbers = only_numbers and all(
                    line.strip().isdigit() for line in lines[: found if found is not None else None]
                )
                if found is None:
                    _add(blocks, lines, BlockRole.FOOTNOTE, number if paged else None, False)
                    continue
                _add(blocks, lines[:found], BlockRole.FOOTNOTE, number if paged else None, False)
                lines = lines[found:]
                in_footnotes = False
            body = _chunk_blocks(
                lines,
                front=not seen_label,
                state=preamble,
                page=on_page,
                width=width,
                numbered=numbered,
            )
            if tabled[index]:
                # "1. Reports to the Commission ..." over "3", "3", "3", "2": a table's row as
                # pdftotext prints it without -layout, each cell a line of its own; and the
                # cells themselves ("(1)", "(2)", "(3)=(1)-(2)" heading a budget's columns).
                body = [replace(block, role=BlockRole.TABLE) for block in body]
            first_on_page = _open_page(body, first_on_page)
            seen_label = seen_label or any(is_label(block.text) for block in body)
            blocks.extend(body)
    return mend_split_words(without_note_marks(_labels_with_their_text(blocks)))


def _numbered(lines: list[str]) -> bool:
    """The text's paragraphs carry numbers: a few lines open with one (read only that far)."""
    found = 0
    for line in lines:
        found += opens_item(line)
        if found >= _NUMBERED_LINES:
            return True
    return False


def _division_alone(line: str) -> bool:
    """A line that only names a chapter, part or annex ("Chapter I", "Annex"): a heading
    whose title is on the next line, never words wrapped inside a paragraph."""
    if len(line) > 20:
        return False
    if is_annex(line):  # "Annex", "Annex I" over the annex's title
        annex = chapter_or_section(line, None)
        return annex is not None and not annex[1]
    if (alone := DIVISION_ALONE.match(line)) and not _part_numeral(alone):
        return True  # a section's letter over its title ("A." | "Draft resolution ...")
    found = body_division(line)
    return found is not None and not found[1]


def _part_numeral(alone: re.Match[str]) -> bool:
    """A numeral alone with no stop ("I", "IV"): a draft's part, or the pronoun "I"."""
    return bool(alone["numeral"]) and not alone["numeral"].endswith(".")


def _chapter_over_item(lines: list[str], index: int) -> bool:
    """A chapter's or section's numbered heading on a line of its own ("II. Recommendations",
    "B. Follow-up") over a numbered paragraph, no blank line around it (pdftotext where the
    PDF set no wider gap): a heading, not words wrapped into the paragraph above."""
    line = lines[index]
    first = line[:1]
    if first not in "IVXLC" and line[1:2] != "." and first.isascii():
        return False  # no "II.", "B." or a chapter in Arabic or Chinese: most lines
    if chapter_or_section(line, None, named=False) is None:
        return False
    if index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    # The paragraph's number alone on its line ("1." over its text), or a section's letter
    # over its title ("II. Consideration of proposals" | "A." | "Draft resolution ...").
    section = chapter_or_section(below, None, named=False) if len(below) <= 3 else None
    return opens_item(below) or bool(_BARE_LABEL.match(below)) or bool(section and not section[1])


def _heading_over_item(lines: list[str], index: int, width: int | None) -> bool:
    """A sub-heading with no number on a line of its own between a sentence's end and a
    numbered paragraph ("... prior to the handover." / "Closure of Bamako headquarters" /
    "26. By July 2024, ..."), no blank line around it: pdftotext's run of a page that set it
    apart in bold. Not the paragraph's last words, which would close a sentence."""
    if index == 0 or index + 1 >= len(lines) or not lines[index - 1].endswith(STOPS):
        return False
    # After a sentence's end, a line with no stop of its own is no paragraph's last words,
    # however long: "Engagement with the authorities of the Sudan and South Sudan".
    longest = width if width is not None and width < UNWRAPPED else 100
    if not is_plain_heading(lines[index], longest=longest) or is_label(lines[index]):
        return False
    following = lines[index + 1]
    if _opens_numbered(following):
        return True
    # A heading over two lines ("Progress on the Joint Border Verification and Monitoring" |
    # "Mechanism benchmarks" | "13. Following ...").
    return (
        index + 2 < len(lines)
        and is_plain_heading(following, longest=longest)
        and _opens_numbered(lines[index + 2])
    )


def _opens_numbered(line: str) -> bool:
    """A numbered paragraph starts: "13. Following ...", or "2." alone, its text below (as
    pdftotext prints a report: S/2020/112)."""
    return opens_item(line) or bool(_BARE_LABEL.match(line))


def _caption_alone(line: str, before: str) -> bool:
    """ "Table 5.I.11" or "Figure 16.VII" alone on a line after a sentence's end: the caption
    of what follows, not the paragraph's last words (a text with no blank line before it)."""
    return len(line.split()) == 2 and before.endswith(STOPS) and is_caption(line)


def _title_case(line: str) -> bool:
    """Most of the line's first words capitalised: a title's words, as the Convention's
    second title after its first ("... against Cybercrime;" over "Strengthening
    International Cooperation for Combating Certain Crimes Committed by ...")."""
    words = line.split()[1:9]
    return len(words) >= 6 and sum(word[:1].isupper() for word in words) >= 6


def _year_ending(line: str, current: list[str]) -> bool:
    """A year that ends a sentence wrapped onto a line of its own ("... of Agenda" over
    "2063."): no paragraph's number, the line above not being done."""
    number = line.rstrip(".")
    return (
        len(number) == 4
        and number.isdigit()
        and bool(current)
        and not current[-1].endswith((*_CLAUSE_END, *COMMA))
        and current[-1][-1:].isalpha()
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _first_line_indent(lines: list[str], index: int, before: str) -> bool:
    """`lines[index]` is a paragraph's first line set in from the lines around it, as
    `pdftotext -layout` prints a resolution ("      Deeply concerned ..." under "... into the
    economy,"): further in than the line before, which ended a clause, and than the next."""
    if index == 0 or index + 1 >= len(lines):
        return False
    indent = _indent(lines[index])
    if indent < _indent(lines[index - 1]) + _INDENT_STEP:
        return False  # most lines: the cheap test first
    if _indent(lines[index + 1]) + _INDENT_STEP > indent:
        return False
    if is_bullet(lines[index - 1].strip()) or is_label(lines[index - 1].strip()):
        return False  # the text of a bullet's or a number's line, hanging under it
    before = strip_trailing_mark(before)  # "... June 2021, 13": a footnote's mark
    return before.endswith((*_CLAUSE_END, *COMMA))


def _labels_with_their_text(blocks: list[Block]) -> list[Block]:
    """A number alone, then the paragraph it numbers (a page's footer may stand between them
    and is gone by now): one block. A value alone in a table's column is followed by other
    short cells, not by a sentence, and stays as it is."""
    joined: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        after = blocks[at + 1] if at + 1 < len(blocks) else None
        if (
            after is not None
            and block.role is BlockRole.BODY
            and after.role is BlockRole.BODY
            and label_alone(block.text)
            and not is_label(after.text)
            and not label_alone(after.text)
            and (after.text[:1].isupper() or after.text[:1] in "“\"'")
        ):
            # A sentence, or a heading's words: "2." over "Borrowing" over "59. MINUSMA did
            # not ..." is a numbered heading.
            words = is_plain_heading(after.text, longest=_TITLE_LONGEST)
            if words or len(after.text) >= _SENTENCE:
                following = blocks[at + 2].text if at + 2 < len(blocks) else ""
                heading = words and is_label(following)
                joined.append(
                    replace(block, text=f"{block.text} {after.text}", heading_hint=heading)
                )
                at += 2
                continue
        joined.append(block)
        at += 1
    return joined


def _without_markers(lines: list[str]) -> list[str]:
    return [ln for ln in lines if "[" not in ln or not _MARKER.match(ln.strip())]


def _symbol_note(lines: list[str]) -> bool:
    """ "* A/79/50.": the note on the first page's agenda item, which a text form sets after
    the last paragraph of a one-page draft (a Markdown bullet names no document alone)."""
    if len(lines) != 1:
        return False
    line = lines[0].strip()
    mark = line[: len(line) - len(line.lstrip("*"))]
    return 1 <= len(mark) <= 3 and bool(SYMBOL.fullmatch(line[len(mark) :].strip().rstrip(".")))


@dataclass
class _Preamble:
    """An addressee line ("The General Assembly,") stands before the first preambular
    paragraph, and again only after operative paragraphs (the next decision).

    `open`: an addressee line has been read and no numbered paragraph since, so a line that
    opens like a preambular paragraph after one that closes like one starts a paragraph. In
    any other text such a line is prose wrapped there ("...with the World Bank,", then
    "United Nations Development Programme and ..."; "...against Cybercrime;", then
    "Strengthening International Cooperation ...", a title): cutting it there left the
    paragraph's tail in no item."""

    addressee_allowed: bool = True
    open: bool = False


def _open_page(blocks: list[Block], first: bool) -> bool:
    """The first block of a page starts it (a paragraph the page break cut may go on there);
    whether the page's first block is still to come."""
    if not blocks:
        return first
    if first and blocks[0].role is BlockRole.BODY:
        blocks[0] = replace(blocks[0], page_start=True)
    return False


def _add(blocks: list[Block], lines: list[str], role: BlockRole, page: int | None, s: bool) -> None:
    text = join_printed([line.strip() for line in lines if line.strip()])
    if text:
        blocks.append(Block(text, role=role, page=page, page_start=s))


def _footnote_end(lines: list[str]) -> int | None:
    """Where the body resumes inside a chunk of footnotes: at a long numbered paragraph."""
    for index, line in enumerate(lines):
        label = match_label(line.strip())
        if label is not None and label.scheme != "paren" and len(label.rest) > 60:
            return index
        if is_page_number(line.strip()) and not line.strip().isdigit():
            return index + 1
    return None


# A Markdown table: "| No. | Recommendation |" over "|-----|:---|", a cell between each bar.
_MARKDOWN_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _markdown_table(lines: list[str]) -> bool:
    return any(_MARKDOWN_RULE.match(line.strip()) for line in lines)


def _markdown_cells(row: str) -> list[str]:
    """A Markdown table row's cells, each its own block (as a Word or web table's): the
    reader of tables finds its numbered rows. Another line of a table stays one block."""
    if len(row) > 1 and row.startswith("|") and row.endswith("|"):
        return [cell for cell in (c.strip() for c in row[1:-1].split("|")) if cell]
    return [row]


def _chunk_blocks(
    lines: list[str],
    *,
    front: bool,
    state: _Preamble,
    page: int | None = None,
    width: int | None = None,
    numbered: bool = True,
) -> list[Block]:
    """The blocks of one blank-line chunk: tables apart, paragraphs cut at numbers. `lines`
    are the chunk's lines with text, markers left out; `width`, the text's printed line
    length when its lines are wrapped (`wrap_width`); `numbered`, whether the text's
    paragraphs carry numbers (`ends_short`)."""
    if front and lines and all("|" in line for line in lines) and not _markdown_table(lines):
        # A table before the first item is the first page's symbol block: its cells are
        # metadata lines ("A/80/590", "Distr.: General 7 January 2026").
        cells = [c.strip() for line in lines for c in line.split("|")]
        return [Block(cell, page=page) for cell in cells if cell]
    head = cover_head(lines) if front else 0
    if head:
        cover = [Block(text, page=page) for text in cover_lines(lines[:head])]
        if head == len(lines):
            return cover
        # A record's first page run into its first turn, no blank line between.
        rest = _chunk_blocks(
            lines[head:], front=False, state=state, page=page, width=width, numbered=numbered
        )
        return cover + rest
    if not lines:
        return []
    blocks: list[Block] = []
    current: list[str] = []
    stripped_lines = [line.strip() for line in lines]
    columns = [is_column_line(line) for line in stripped_lines]
    figures = table_lines(stripped_lines)  # a table printed a cell to a line
    in_table = False
    # Paragraphs' first lines set in (`current`, when not empty, ends with the line above).
    firsts = [_first_line_indent(lines, at, stripped_lines[at - 1]) for at in range(len(lines))]
    set_in = any(firsts)
    edge = min(_indent(line) for line in lines)
    # A speaker named over two lines has the colon on the second: where to look for one.
    colon_next = [":" in line[:60] for line in stripped_lines[1:]] + [False]
    for index, stripped in enumerate(stripped_lines):
        in_run = columns[index] and (
            (index > 0 and columns[index - 1]) or (index + 1 < len(lines) and columns[index + 1])
        )
        # A cell's second paragraph follows its row without bars, until the next numbered line.
        in_table = in_table and not is_label(stripped)
        if current and len(current) <= ROW_LINES and ends_row(stripped):
            # "      1. Reports to the Commission ..." down to "... development   3   3   3   2":
            # a table's row as pdftotext -layout prints it, its figures on its last line.
            current.append(stripped)
            blocks.append(Block(join_printed(current), role=BlockRole.TABLE, page=page))
            current = []
            continue
        table_line = is_table_line(stripped)
        if table_line or in_run or in_table or figures[index] or tabbed_row(lines[index]):
            if current:
                blocks.append(Block(join_printed(current), page=page))
                current = []
            if _MARKDOWN_RULE.match(stripped):
                continue  # the line under a Markdown table's header: no text
            blocks.extend(
                Block(" ".join(cell.split()), role=BlockRole.TABLE, page=page)
                for cell in _markdown_cells(stripped)
            )
            in_table = in_table or table_line
            continue
        if stripped.startswith(_HEADING) or is_preamble_heading(stripped):
            if current:
                blocks.append(Block(join_printed(current), page=page))
                current = []
            heading = stripped.lstrip(_HEADING).strip()
            # "Preamble" opens one as an addressee line does ("Whereas ...," paragraphs).
            state.open = state.open or is_addressee(heading) or is_preamble_heading(heading)
            blocks.append(Block(heading, heading_hint=True, page=page))
            continue
        # "The General Assembly" alone, no title's last line ("... convened under the auspices
        # of the" | "General Assembly"); Russian, Chinese and Arabic name it with no article.
        named = names_with_article(stripped) or not stripped[:1].isascii()
        if current and named and is_author_alone(stripped):
            # "The General Assembly" alone between the title and "Adopts the following
            # political declaration ...", pdftotext leaving no blank line: a line of its own.
            blocks.append(Block(join_printed(current), page=page))
            blocks.append(Block(stripped, page=page))
            current = []
            continue
        if (
            state.open
            and current
            and current[-1].endswith(PP_END)
            and stripped.endswith(COMMA)
            and is_author_alone(stripped[:-1])
        ):
            # "La Asamblea General," after the last recital, before "Proclama ...": who
            # speaks, a line of its own (the Universal Declaration, a paragraph to a line).
            blocks.append(Block(join_printed(current), page=page))
            current = []
        if front and current and (opens_byline(stripped) or _OFFICE_BYLINE.match(current[-1])):
            # "Reduction of military budgets" over "Report of the First Committee" over
            # "Rapporteur: ...": the title, who the report is from, a line each; and
            # "Statement by the President of the Security Council" over "On 12 January 2021,
            # ...": the title over the statement's first words (S/PRST/2021/1).
            blocks.append(Block(join_printed(current), page=page))
            current = []
        if current and opens_chapeau(stripped):
            # "We, Heads of State and Government ..." under the declaration's title lines.
            blocks.append(Block(join_printed(current), page=page))
            current = []
        # "(1989) concerning ..." at a line start continues the sentence above it. A speaker's
        # turn in a meeting record starts a paragraph as a number does.
        short = len(stripped) <= _SHORT_LINE
        # "Madam Chair," under the title: a line of its own (a cheap look first: most lines
        # end on no comma nor colon).
        salutation = short and stripped[-1:] in _SALUTATION_ENDS and is_salutation(stripped)
        starts_item = (
            (
                opens_item(stripped)
                or ((stripped[:1].isdigit() or stripped[:1] == "(") and _BARE_LABEL.match(stripped))
                or (bool(current) and label_alone(stripped))  # "Strategy" over "16.18"
                or (bool(current) and _division_alone(stripped))  # "Chapter I" over its title
                # A draft's part numbered alone, no stop ("...;" | "I" | "System of ..."); a
                # line "I" after words that go on is the pronoun wrapped there.
                or (
                    bool(current)
                    and current[-1].endswith((";", ".", ":"))
                    and (alone := DIVISION_ALONE.match(stripped)) is not None
                    and _part_numeral(alone)
                    and index + 1 < len(lines)
                    and not _goes_on(lines, index)
                )
                or (bool(current) and _chapter_over_item(stripped_lines, index))
                or (bool(current) and _caption_alone(stripped, current[-1]))
                or (
                    bool(current)
                    and current[-1].endswith(STOPS)
                    and _heading_over_item(stripped_lines, index, width)
                )
                or speaker(stripped) is not None
                or (
                    colon_next[index]
                    and ":" not in stripped
                    and wrapped_speaker(stripped_lines, index)
                )
                # "I thank you, Madam Chair.", "Thank you!" (a cheap look first, as above).
                or (
                    bool(current)
                    and short
                    and stripped[-1:] in _THANKS_ENDS
                    and is_thanks(stripped)
                )
                or (bool(current) and salutation)
                # "(b) To request ..." on its own line after a clause ends: a list's entry (it joins
                # its item again, or is one where letters number the text: importers/lettered.py).
                or (bool(current) and current[-1].endswith(_CLAUSE_END) and is_subitem(stripped))
            )
            and not _year_ending(stripped, current)
        )
        if starts_item:
            state.addressee_allowed = True
            state.open = False
        follows_bare_label = len(current) == 1 and _BARE_LABEL.match(current[0])
        if (
            current
            and not starts_item
            and (firsts[index] or ends_short(current[-1], stripped, width, numbered=numbered))
        ):
            blocks.append(Block(join_printed(current), page=page))  # a paragraph's first line
            current = []
        opens_preamble = (
            state.open
            and bool(current)
            and opens_preambular(stripped)
            and (
                ends_preambular(strip_trailing_mark(current[-1]))  # "... 2021, 13"
                # A paragraph to a line: a recital may close with a stop (the Unicode
                # project's Arabic Declaration).
                or (width == UNWRAPPED and current[-1].endswith((".", "。")))
            )
            and not (current[-1].endswith(";") and _title_case(stripped))
            # Where first lines are set in, a line flush with the text's left edge goes on
            # ("... Cybercrime;" over "Strengthening International Cooperation ...", a title).
            and not (set_in and _indent(lines[index]) < edge + _INDENT_STEP)
        )
        state.open = state.open or (stripped.endswith(COMMA) and names_author(stripped))
        if current and (starts_item or opens_preamble) and not follows_bare_label:
            if opens_preamble and state.addressee_allowed:
                state.addressee_allowed = False
                if len(current) > 1 and is_addressee(current[-1]):
                    # "The General Assembly," ends the title block: a line of its own.
                    blocks.append(Block(join_printed(current[:-1]), page=page))
                    current = current[-1:]
            blocks.append(Block(join_printed(current), page=page))
            current = []
        current.append(stripped)
        if len(current) == 1 and salutation:
            blocks.append(Block(stripped, page=page))  # "Madam Chair,": a line of its own
            current = []
            continue
        if len(current) == 1 and _unit_alone(stripped):
            # "Recommendation 1" on a line of its own over its text, as an evaluation's
            # report sets it in bold: the label apart, as a PDF's or Word's reader gives it.
            blocks.append(Block(stripped, page=page))
            current = []
            continue
        if (
            len(current) == 2
            and is_plain_heading(stripped, longest=_TITLE_LONGEST)
            and _article_alone(current[0])
            and not _goes_on(lines, index)
        ):
            # "Article 1" over "Statement of purpose": the article and its title, apart from
            # its first sentence on the next line (the title then reads "...purpose:"); not
            # the first line of its text, which the next line goes on in lower case.
            blocks.append(Block(join_printed(current), page=page))
            current = []
    if current:
        if len(current) > 1 and is_author_line(current[-1]):
            # "The General Assembly," under the title, the preamble in the next block: a
            # line of its own, as where the preamble goes on in the same block.
            blocks.append(Block(join_printed(current[:-1]), page=page))
            current = current[-1:]
        blocks.append(Block(join_printed(current), page=page))
    return blocks


def _unit_alone(line: str) -> bool:
    """A recommendation's or an action's label with nothing after it: "Recommendation 1"."""
    if len(line) > _UNIT_ALONE or not line[:1].isalpha():
        return False  # most lines: no pattern tried
    label = match_label(line)
    return label is not None and not label.rest and label.scheme in ("recommendation", "action")


def _goes_on(lines: list[str], index: int) -> bool:
    """The next line goes on with the sentence: it opens in lower case."""
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return following[:1].islower()


def _article_alone(line: str) -> bool:
    if len(line) > _TITLE_LONGEST // 4:  # "Article 12", "Статья 12": a short line
        return False
    label = match_label(line)
    return label is not None and label.scheme == "article" and not label.rest.strip()
