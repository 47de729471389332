"""Hidden and struck-through text in a Word file.

Hidden text (a drafter's note formatted as hidden, directly or by a style) is not shown nor
printed by Word: the import leaves it out of the items and says so. Before, hidden runs were
read as text: "Note to self: capital opposes this." became part of paragraph 1, and so of any
paper made from it. Struck-through text stays (the items are plain text) and is said."""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE

from cybertrack.domain.messages import Code, english
from cybertrack.importers import parse_bytes


def recommendations() -> bytes:
    document = docx.Document()
    document.add_paragraph("Draft recommendations of the Expert Group", style="Title")
    first = document.add_paragraph("1. States should strengthen cooperation.")
    first.add_run(" Note to self: capital opposes this.").font.hidden = True
    second = document.add_paragraph("2. States should share information")
    second.add_run(" [drafting note]").font.hidden = True
    second.add_run(" on a voluntary basis.")
    # A paragraph hidden whole: Word shows nothing of it, numbering included.
    document.add_paragraph().add_run("3. A paragraph withdrawn by hiding it.").font.hidden = True
    secret = document.styles.add_style("Secret comment", WD_STYLE_TYPE.CHARACTER)
    secret.font.hidden = True
    third = document.add_paragraph("3. States should train their officials")
    third.add_run(" (as agreed with the capital)", style="Secret comment")
    third.add_run(".")
    # Hidden turned off again on a run of a hiding style: shown.
    shown = document.styles.add_style("Shown again", WD_STYLE_TYPE.CHARACTER)
    shown.base_style = secret
    shown.font.hidden = False
    fourth = document.add_paragraph("4. States should report")
    fourth.add_run(" every year", style="Shown again")
    fourth.add_run(".")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_hidden_text_is_left_out_and_told() -> None:
    document = parse_bytes(recommendations(), "hidden.docx")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "States should strengthen cooperation."),
        ("2.", "States should share information on a voluntary basis."),
        ("3.", "States should train their officials."),
        ("4.", "States should report every year."),
    ]
    hidden = [w for w in document.warnings if w.code is Code.DOCX_HIDDEN_TEXT]
    assert len(hidden) == 1
    chars = len(" Note to self: capital opposes this.") + len(" [drafting note]")
    chars += len("3. A paragraph withdrawn by hiding it.") + len(" (as agreed with the capital)")
    assert hidden[0].args["chars"] == chars
    assert english(hidden[0]).startswith(
        f"hidden text in the Word file ({chars} characters, the first 'Note to self: capital"
    )
    assert not [w for w in document.warnings if w.code is Code.LEFT_OUT]


def test_a_document_without_hidden_text_says_nothing_of_it() -> None:
    document = docx.Document()
    document.add_paragraph("1. States should strengthen cooperation.")
    document.add_paragraph("2. States should share information.")
    out = io.BytesIO()
    document.save(out)
    parsed = parse_bytes(out.getvalue(), "plain.docx")
    assert [w.code for w in parsed.warnings] == []


def test_struck_through_text_is_kept_and_told() -> None:
    # A compilation marks a proposed deletion by striking it through, not as a tracked change:
    # the items hold the words as if they stood, and the import says where to look.
    document = docx.Document()
    first = document.add_paragraph("1. States shall ")
    first.add_run("cooperate").font.strike = True
    first.add_run(" coordinate their efforts.")
    second = document.add_paragraph("2. States should share information")
    second.add_run(" promptly").font.double_strike = True
    second.add_run(".")
    document.add_paragraph("3. States should train their officials.")
    out = io.BytesIO()
    document.save(out)
    parsed = parse_bytes(out.getvalue(), "compilation.docx")
    assert parsed.items[0].text == "States shall cooperate coordinate their efforts."
    struck = [w for w in parsed.warnings if w.code is Code.DOCX_STRUCK_TEXT]
    assert [english(w) for w in struck] == [
        "text struck through in 2 paragraphs of the Word file (the first 'cooperate'): a "
        "deletion proposed by formatting, not a tracked change? It is kept in the items as if "
        "it stood: read them against the document"
    ]
