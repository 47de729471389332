"""How blocks become items, whatever format they came from: the rules one by one."""

from cybertrack.domain.messages import Code
from cybertrack.domain.units import Unit
from cybertrack.importers import parse_bytes
from cybertrack.importers.blocks import Block, BlockRole
from cybertrack.importers.build import build_document
from cybertrack.importers.sequences import strip_trailing_mark


def build(*blocks: Block | str):
    made = [b if isinstance(b, Block) else Block(b) for b in blocks]
    return build_document(made, source_name="t", content_hash="h")


def numbers(document) -> list[str]:
    return [i.number for i in document.items]


def texts(document) -> dict[str, str]:
    return {i.number: i.text for i in document.items}


def test_a_block_opening_a_page_continues_the_paragraph_the_break_cut() -> None:
    document = build(
        "1. The Committee notes that the proposed budget",
        Block("The Committee is of the view that the mission should", page=2, page_start=True),
        Block("2. The Committee recommends approval.", page=2),
    )
    assert numbers(document) == ["1", "2"]
    assert texts(document)["1"].endswith("the mission should")


def test_the_next_number_at_the_top_of_a_page_starts_a_paragraph() -> None:
    document = build(
        "1. The Committee notes the proposal.",
        Block("2. The Committee recommends approval.", page=2, page_start=True),
    )
    assert texts(document) == {
        "1": "The Committee notes the proposal.",
        "2": "The Committee recommends approval.",
    }


def test_a_numbered_heading_at_the_foot_of_a_page_swallows_nothing() -> None:
    document = build(
        "39. The Committee notes the revenue.",
        "40. The Committee trusts the mission will report.",
        Block("1. Other revenue and adjustments", page=3),
        Block("41. Other revenue amounted to $1.2 million.", page=4, page_start=True),
        Block("42. The Committee recommends approval.", page=4),
    )
    assert numbers(document) == ["39", "40", "41", "42"]
    assert texts(document)["41"] == "Other revenue amounted to $1.2 million."
    assert [s.heading for s in document.sections] == ["1. Other revenue and adjustments"]


def test_a_table_caption_at_the_foot_of_a_page_swallows_nothing() -> None:
    document = build(
        "12. Resources are shown in table 3.",
        Block("Table 3", page=5),
        Block("(Thousands of United States dollars)", page=5),
        Block("Category", role=BlockRole.TABLE, page=5),
        Block("13. The Committee recommends approval.", page=6, page_start=True),
    )
    assert texts(document) == {
        "12": "Resources are shown in table 3.",
        "13": "The Committee recommends approval.",
    }
    assert document.coverage.tables == len("Table 3(Thousands of United States dollars)Category")


def test_a_table_note_is_not_glued_to_an_item() -> None:
    document = build(
        "5. Requirements are set out below.",
        Block("Posts 12 14", role=BlockRole.TABLE),
        "a For the period from 1 July 2024 to 30 June 2025.",
        "Note: figures are rounded.",
        "6. The Committee recommends approval.",
    )
    assert texts(document)["5"] == "Requirements are set out below."
    assert document.coverage.left_out == 0


def test_a_paragraph_number_without_its_stop_continues_the_sequence() -> None:
    document = build(
        "47. The mission reduced fuel use.",
        "48. The mission closed two camps.",
        "49 For the period under review, the mission returned equipment.",
        "50. The Committee recommends approval.",
    )
    assert numbers(document) == ["47", "48", "49", "50"]
    assert texts(document)["49"].startswith("For the period under review")


def test_numbers_of_any_size_continue_a_sequence() -> None:
    blocks = [f"({n}) Recommendation number {n}." for n in range(9998, 10003)]
    assert numbers(build(*blocks)) == ["9998", "9999", "10000", "10001", "10002"]


def test_a_year_at_a_line_start_is_no_paragraph() -> None:
    document = build(
        "13. The Office will report in",
        "2025. The report will cover every region.",
        "14. The Office will train officers.",
    )
    assert numbers(document) == ["13", "14"]
    assert not any(w.code is Code.GAP for w in document.warnings)


def test_an_isolated_large_number_in_parentheses_is_text() -> None:
    document = build(
        "(1) States should cooperate.",
        "(2) States should train judges.",
        "(2000) The figure refers to the baseline.",
        "(3) States should act.",
    )
    assert numbers(document) == ["1", "2", "3"]


def test_a_quoted_numbered_paragraph_stays_in_the_paragraph_quoting_it() -> None:
    document = build(
        "11. The Committee notes the mandate.",
        "12. Paragraph 5 of resolution 70/1 reads as follows:",
        "1. Requests the Secretary-General to report annually;",
        "2. Decides to remain seized of the matter.",
        "13. The Committee recommends approval.",
    )
    assert numbers(document) == ["11", "12", "13"]
    assert "1. Requests the Secretary-General" in texts(document)["12"]


def test_a_long_numbered_sub_heading_is_a_heading() -> None:
    heading = (
        "2. Evaluation activities and the response of the Office to the findings of the Board "
        "of Auditors and of the Office of Internal Oversight Services during the period"
    )
    document = build(
        "15. The Office completed three evaluations.",
        heading,
        "16. The Office implemented 40 recommendations.",
    )
    assert numbers(document) == ["15", "16"]
    assert document.sections[0].heading == heading


def test_the_cover_page_is_not_part_of_paragraph_1() -> None:
    document = build(
        "A/80/999",
        "Distr.: General 8 April 2026 Original: English 1. This document presents the budget.",
        "2. The budget is approved.",
    )
    assert texts(document)["1"] == "This document presents the budget."
    assert document.original_language == "English"


def test_sub_items_and_bullets_stay_with_their_paragraph() -> None:
    document = build(
        "7. Decides that the work programme should:",
        "(a) Enable implementation;",
        "(b) Enhance understanding;",
        "• with the Adaptation Committee;",
        "(i) and with observers;",
        "8. Agrees to meet again.",
    )
    assert numbers(document) == ["7", "8"]
    assert texts(document)["7"] == (
        "Decides that the work programme should: (a) Enable implementation; "
        "(b) Enhance understanding; • with the Adaptation Committee; (i) and with observers;"
    )


def test_a_stray_double_asterisk_hides_nothing() -> None:
    text = (
        "1. The Group met in Vienna.\n\n2. The **Group adopted its report.\n\n"
        "3. The Group thanked the host.\n\n4. The Group closed its session.\n"
    )
    document = parse_bytes(text.encode(), "stray.md")
    assert numbers(document) == ["1", "2", "3", "4"]
    assert texts(document)["2"] == "The Group adopted its report."


def test_a_numbered_line_with_no_gap_or_indent_starts_a_paragraph() -> None:
    text = (
        "121.238. Adopt measures to guarantee the rights of\nindigenous peoples (Peru);\n"
        "121.239. Strengthen the national human rights institution (Spain).\n"
    )
    document = parse_bytes(text.encode(), "upr.txt")
    assert texts(document) == {
        "121.238": "Adopt measures to guarantee the rights of indigenous peoples (Peru);",
        "121.239": "Strengthen the national human rights institution (Spain).",
    }


def test_a_footnote_mark_typed_after_the_last_stop_is_dropped() -> None:
    document = build("1. Welcomes the election of the officers, on 10 May 2021; 1")
    assert texts(document)["1"] == "Welcomes the election of the officers, on 10 May 2021;"


def test_a_references_number_at_the_end_is_kept() -> None:
    # The number of a reference is no footnote's mark ("... - Para. 2", "A/80/604/Add.3",
    # "Rev.1", "paras. 12"); a mark after the last stop is one.
    assert strip_trailing_mark("Source of position: A/HRC/40/6/Add.1 - Para. 2").endswith("2")
    kept = ["in A/80/604/Add.3", "in A/79/6 (Sect. 29B)/Rev.1", "in paras. 12", "No. 5"]
    assert [strip_trailing_mark(text) for text in kept] == kept
    assert strip_trailing_mark("the Convention.2") == "the Convention."


def test_footnotes_and_tables_are_counted_apart() -> None:
    document = build(
        "1. The Committee met twice.",
        Block("1 See A/80/5.", role=BlockRole.FOOTNOTE),
        Block("Total 35 40", role=BlockRole.TABLE),
        "2. The Committee recommends approval.",
    )
    coverage = document.coverage
    assert (coverage.footnotes, coverage.tables, coverage.left_out) == (13, 11, 0)
    assert coverage.placed == len(
        "1. The Committee met twice.2. The Committee recommends approval."
    )


def test_unit_of_each_item() -> None:
    recommendations = build(
        "1. The Expert Group adopted the following recommendations:",
        "(1) States should cooperate.",
        "(2) States should act.",
    )
    assert [(i.number, i.kind) for i in recommendations.items] == [
        ("1", Unit.RECOMMENDATION),
        ("2", Unit.RECOMMENDATION),
    ]
    report = build("1. The Committee met.", "2. The Advisory Committee recommends approval.")
    assert [i.kind for i in report.items] == [Unit.PARAGRAPH, Unit.RECOMMENDATION]


def test_a_paragraph_whose_number_heads_its_recommendations_is_an_item() -> None:
    # A review's report: paragraph 41 introduces recommendations 41.1, 41.2 numbered under it;
    # it is one of the report's paragraphs, unlike "1." before a list "(1)", "(2)" above,
    # even where the recommendations outnumber the paragraphs.
    document = build(
        "40. The delegation thanked the States.",
        "41. The following recommendations will be examined by the State:",
        "41.1. Ratify the Optional Protocol (France);",
        "41.2. Adopt a national action plan (Chile);",
        "41.3. Strengthen the national human rights institution (Peru);",
        "41.4. Combat discrimination (Spain).",
        "42. The report reflects the position of the State.",
    )
    assert numbers(document) == ["40", "41", "41.1", "41.2", "41.3", "41.4", "42"]
    assert document.warnings == ()


def test_preambular_paragraphs_split_by_a_page_break_do_not_merge() -> None:
    document = build(
        "The General Assembly,",
        "Recalling its resolution 74/247,",
        Block("Noting the work of the Ad Hoc Committee,", page=2, page_start=True),
        "Deeply concerned by the rise in crime, and stressing",
        Block("the need to cooperate,", page=3, page_start=True),
        "1. Decides to convene a session;",
    )
    assert [(i.label, i.text) for i in document.items] == [
        ("PP1", "Recalling its resolution 74/247,"),
        ("PP2", "Noting the work of the Ad Hoc Committee,"),
        ("PP3", "Deeply concerned by the rise in crime, and stressing the need to cooperate,"),
        ("1.", "Decides to convene a session;"),
    ]


def test_a_word_list_level_tied_to_a_paragraph_style() -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    from tests.unit.docx_builder import W_NS, DocBuilder

    doc = DocBuilder()
    abstract = doc.abstract([("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1)])
    num = doc.num(abstract)
    styles = doc.document.styles
    for name, level in (("Para", 0), ("SubPara", 1)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W_NS}><w:numId w:val="{num}"/></w:numPr>')
        )
        # The list definition names the style that takes each level, as Word writes it.
        lvl = doc._numbering.xpath(
            f'//w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="{level}"]'
        )[0]
        lvl.insert(0, parse_xml(f'<w:pStyle {W_NS} w:val="{style.style_id}"/>'))
    doc.para("Requests the Secretary-General:", style="Para")
    doc.para("To report on cooperation;", style="SubPara")
    doc.para("Decides to remain seized of the matter.", style="Para")
    document = parse_bytes(doc.bytes(), "levels.docx")
    assert [(i.label, i.text) for i in document.items] == [
        ("1.", "Requests the Secretary-General: (a) To report on cooperation;"),
        ("2.", "Decides to remain seized of the matter."),
    ]


def test_a_bracketed_paragraph_of_a_negotiating_text_is_no_heading() -> None:
    # Short, and closed by its bracket rather than by the stop inside it.
    document = build(
        "1. [Parties shall cooperate.]",
        "1 bis. [Parties may report.]",
        "D. [Mitigation]",
        "2. [Option 1: Each Party shall act.]",
    )
    assert numbers(document) == ["1", "1 bis", "2"]
    assert [(s.label, s.title) for s in document.sections] == [("D.", "[Mitigation]")]


def test_a_list_numbered_1_2_does_not_end_a_budget_sections_numbering() -> None:
    # A budget section numbered 16.1, 16.2, ... with a list numbered 1., 2. in its running
    # text (a deliverables table set as text, a list in a paragraph): 16.3 and on are still
    # the section's paragraphs, not "16.3 under a paragraph 16" that does not exist.
    document = build(
        "16.1 The programme is under the responsibility of the Office.",
        "16.2 Table 16.3 lists all deliverables of the subprogramme.",
        "1. Documents of the Conference of the Parties to the Convention.",
        "2. Documents of the Ad Hoc Committee on Countering the Use of Information.",
        "16.3 The objective, to which this subprogramme contributes, is to ensure responses.",
        "16.4 To contribute to the objective, the subprogramme will promote approaches.",
    )
    assert [n for n in numbers(document) if n.startswith("16.")] == [
        "16.1",
        "16.2",
        "16.3",
        "16.4",
    ]
    assert not document.left_out


def test_a_word_cut_after_its_hyphen_by_a_page_break_is_one_word() -> None:
    # A PDF's paragraph runs over a page break after "Secretary-": the next page carries on
    # the word. A hyphen left hanging before "and" keeps its space.
    opening = "The Committee notes the proposal of the Mission for the period. " * 5
    document = build(
        f"1. {opening}It trusts that the Secretary-",
        Block("General will provide updated information.", page=2, page_start=True),
        Block(f"2. {opening}It notes that troop-", page=2),
        Block("and police-contributing countries took part.", page=3, page_start=True),
    )
    assert texts(document) == {
        "1": f"{opening}It trusts that the Secretary-General will provide updated information.",
        "2": f"{opening}It notes that troop- and police-contributing countries took part.",
    }


def test_a_short_paragraph_cut_by_a_page_break_in_a_word_is_no_heading() -> None:
    document = build(
        "1. The Committee trusts that the Secretary-",
        Block("General will provide updated information.", page=2, page_start=True),
        Block("2. The Committee recommends approval.", page=2),
    )
    assert texts(document) == {
        "1": "The Committee trusts that the Secretary-General will provide updated information.",
        "2": "The Committee recommends approval.",
    }


def test_a_non_breaking_hyphen_is_a_hyphen_in_every_format() -> None:
    # Word's non-breaking hyphen reaches the .docx reader as its own mark ("-"), but an .odt,
    # .html or .rtf made from the file, or text typed with it, holds U+2011; a PDF prints "-".
    html = (
        "<html><body><p>1. The non&#8209;serialized equipment is up&#8209;to&#8209;date.</p>"
        "<p>2. The Committee recommends approval.</p></body></html>"
    )
    document = parse_bytes(html.encode(), "hyphens.html")
    assert texts(document)["1"] == "The non-serialized equipment is up-to-date."


def test_a_sub_item_cut_by_a_table_is_no_caption_of_it() -> None:
    # "(d) Promote ... and cooperate with" at the foot of a page, a table (or a running
    # header read as one) at the top of the next, then the rest of (d): (d) is the item's
    # text, not a short title standing above the table.
    document = build(
        "14.58 To contribute to the objective, the subprogramme will:",
        "(c) Develop and disseminate innovative knowledge management tools;",
        Block("(d) Promote the uptake of environmentally sound practices and cooperate with"),
        Block("Category | 2025 | 2026", role=BlockRole.TABLE, page=2),
        Block(
            "United Nations country teams to mainstream lessons learned.", page=2, page_start=True
        ),
        "14.59 These workstreams will help Member States make progress.",
    )
    assert texts(document)["14.58"] == (
        "To contribute to the objective, the subprogramme will: (c) Develop and disseminate "
        "innovative knowledge management tools; (d) Promote the uptake of environmentally "
        "sound practices and cooperate with United Nations country teams to mainstream "
        "lessons learned."
    )


def test_a_tables_title_lines_above_its_heading_row_go_with_the_table() -> None:
    # "... is as follows:", then the table's title and unit, then its first column's heading
    # set apart from the rest of the table: none of them is the paragraph's text.
    document = build(
        "41. The unencumbered balance for the periods from 2022/23 to 2024/25 is as follows:",
        "Trend of the unencumbered balance",
        "(Thousands of United States dollars)",
        "Group",
        Block("Amount 2022/23 2023/24 Military 78.7 (908.9)", role=BlockRole.TABLE),
        "42. Prior-period obligations were cancelled as follows.",
    )
    assert texts(document)["41"] == (
        "The unencumbered balance for the periods from 2022/23 to 2024/25 is as follows:"
    )
    assert not document.left_out


def test_a_number_cited_at_a_line_start_stays_in_its_sentence() -> None:
    # A PDF line (or a text pasted line by line) breaks right before a cited number: the
    # item above ends mid-sentence, the number neither continues nor restarts a sequence.
    document = build(
        "27.I.10 The Office will coordinate the humanitarian response of the system.",
        "27.I.11 The Office will lead an initiative, as reflected in the result of subprogramme",
        "2. By negotiating collectively, the United Nations can better defend principles. The "
        "Office will establish a data collaborative, as outlined in paragraph",
        "27.I.5. Furthermore, coordination will be simplified.",
        "27.I.12 The Office will also integrate supply chains.",
        "3. The third element of the plan is set out in the annex.",
    )
    assert numbers(document)[:3] == ["27.I.10", "27.I.11", "27.I.12"]
    assert texts(document)["27.I.11"] == (
        "The Office will lead an initiative, as reflected in the result of subprogramme 2. By "
        "negotiating collectively, the United Nations can better defend principles. The Office "
        "will establish a data collaborative, as outlined in paragraph 27.I.5. Furthermore, "
        "coordination will be simplified."
    )


def test_a_year_in_brackets_at_a_line_start_stays_in_its_sentence() -> None:
    # "... Security Council resolution 2640" | "(2025) to contribute to: ...": the block the
    # layout starts at "(2025)" carries on the sentence, it is not left out.
    document = build(
        "5.I.23 The Force will continue to implement its mandate.",
        "5.I.24 The Force will implement the mandate set out in Security Council resolution 2640",
        "(2025) to contribute to: (a) the protection of civilians in its area of deployment.",
        "5.I.25 The Force will support the political process.",
    )
    assert texts(document)["5.I.24"].endswith(
        "resolution 2640 (2025) to contribute to: (a) the protection of civilians in its area "
        "of deployment."
    )
    assert not document.left_out


def test_a_bracketed_article_or_paragraph_of_a_negotiating_text_is_an_item() -> None:
    """Not agreed, a whole article or paragraph is bracketed, its number with it: "[Article 6"
    was swallowed by article 5 bis (with "6 missing" reported), "[2. Decides" by paragraph 1.
    Each is an item whose text keeps its brackets; a bracketed "ter" is an inserted number."""
    document = build(
        "Article 5 bis",
        "Illegal interception",
        "Each State Party shall establish illegal interception as an offence.",
        "[Article 6",
        "Interference with electronic data]",
        "[Each State Party shall establish interference with data as an offence.]",
        "Article 6 [ter] Misuse of devices",
        "Each State Party shall establish misuse of devices as an offence.",
        "Article 7",
        "Jurisdiction",
        "1. Each State Party shall establish its jurisdiction.",
        "[2. A State Party may also establish its jurisdiction over offences against nationals.]",
        "[3. This Convention does not exclude other jurisdiction.]",
    )
    assert [(i.label, i.number) for i in document.items] == [
        ("Article 5 bis", "5 bis"),
        ("Article 6", "6"),
        ("Article 6 [ter]", "6 ter"),
        ("Article 7", "7"),
    ]
    assert document.items[1].text == (
        "[Interference with electronic data] "
        "[Each State Party shall establish interference with data as an offence.]"
    )
    # Number and title on one line, as a text form joins them: the title is the article's.
    one_line = parse_bytes(
        b"Draft\n\nArticle 5\nScope\n\nStates act.\n\n[Article 6\nInterference with data]\n\n"
        b"[States shall act.]\n",
        "draft.txt",
    )
    assert one_line.items[1].text == "[Interference with data]: [States shall act.]"
    # Inside an article its paragraphs, bracketed or not, stay in its text.
    assert document.items[3].text.endswith(
        "[2. A State Party may also establish its jurisdiction over offences against nationals.] "
        "[3. This Convention does not exclude other jurisdiction.]"
    )
    assert not [w for w in document.warnings if w.code is Code.GAP]


def test_invisible_formatting_characters_leave_the_text() -> None:
    """Soft hyphens (HTML's &shy;, a web page copied), word joiners and a byte-order mark
    pasted mid-text: kept, "Com\\u00admittee" is found by no search for "Committee" and two
    versions of a paragraph differ where nothing changed."""
    html = (
        "<html><body><h1>Report of the Com&shy;mittee</h1>"
        "<p>1. The Com&shy;mit&shy;tee met on 3&nbsp;May.</p>"
        "<p>2. It decided\u2060 to act\ufeff.</p></body></html>"
    )
    document = parse_bytes(html.encode(), "report.html")
    assert document.title == "Report of the Committee"
    assert texts(document) == {"1": "The Committee met on 3 May.", "2": "It decided to act."}
    text = "Report\n\n1. The Com\u00admittee met.\n\n2. It decided.\n"
    assert texts(parse_bytes(text.encode(), "r.txt"))["1"] == "The Committee met."


def test_an_arabic_resolution_is_headed_by_its_number_and_title() -> None:
    """The UN's Arabic texts print "74/247 - <title>" where the others print "74/247.
    <title>": the resolution's heading and title were lost (its title was "Resolution")."""
    title = "مكافحة استخدام تكنولوجيات المعلومات والاتصالات للأغراض الإجرامية"
    text = (
        f"الأمم المتحدة A/RES/74/247\n\nالجمعية العامة\n\n74/247 - {title}\n\n"
        "إن الجمعية العامة،\n\nإذ تسترشد بمقاصد ميثاق الأمم المتحدة ومبادئه،\n\n"
        "1 - تقرر إنشاء لجنة حكومية دولية مخصصة؛\n\n2 - تطلب إلى الأمين العام تقديم تقرير.\n"
    )
    document = parse_bytes(text.encode(), "res.txt")
    assert [(s.label, s.title) for s in document.sections] == [("74/247 -", title)]
    assert document.title == f"Resolution: {title}"
    assert [i.label for i in document.items] == ["PP1", "1 -", "2 -"]


def test_a_bulleted_line_under_a_heading_is_never_a_heading() -> None:
    # A/81/6 (Sect. 16): "Conventions and protocols" over a bulleted list of the treaties;
    # each short bullet became a heading (the next paragraphs filed under "• United Nations
    # Convention against Corruption"), the longer ones were reported one by one.
    text = (
        "16.12 The list below provides all mandates entrusted to the programme.\n\n"
        "Conventions and protocols\n\n"
        "• Single Convention on Narcotic Drugs of 1961\n\n"
        "• United Nations Convention against Corruption\n\n"
        "Overall orientation\n\n"
        "16.13 The Office supports Member States."
    )
    document = parse_bytes(text.encode(), "mandates.txt")
    assert [s.title for s in document.sections] == [
        "Conventions and protocols",
        "Overall orientation",
    ]
    assert document.items[-1].section_key == 1
    left_out = [w for w in document.warnings if w.code is Code.LEFT_OUT]
    assert len(left_out) == 1 and left_out[0].args["excerpt"].startswith("• Single Convention")


def test_a_long_figure_caption_and_the_heading_under_it() -> None:
    # A/81/6 (Sect. 16) as a text form: the figure's caption runs on with its performance
    # measure (257 characters), reported as text in no item; in Word, "Deliverables" under a
    # figure's caption was counted with the caption instead of heading paragraph 16.29.
    caption = (
        "Figure 16.III Performance measure: number of Member States with strengthened "
        "normative, policy and institutional frameworks to prevent and counter organized crime, "
        "in line with the United Nations Convention against Transnational Organized Crime "
        "(cumulative)"
    )
    assert len(caption) > 250
    document = build(
        "16.28 Expected progress towards the objective is presented in the performance measure "
        "below (see figure 16.III).",
        caption,
        "Deliverables",
        "16.29 Table 16.3 lists all deliverables of the subprogramme.",
    )
    assert numbers(document) == ["16.28", "16.29"]
    assert [s.title for s in document.sections] == ["Deliverables"]
    assert document.coverage.tables == len(caption) and document.coverage.left_out == 0


def test_a_heading_named_by_a_word_and_its_number_may_be_long() -> None:
    # A/81/6 (Sect. 16): "Result 1: ..." and "Component 1 ..." headings of the programme plan,
    # 150 to 240 characters: reported as text in no item.
    result = (
        "Result 1: Member States in sub-Saharan Africa implement stronger health and development "
        "interventions in the context of addressing the world drug problem"
    )
    component = (
        "Component 1 Provision of secretariat services and substantive support to the Commission "
        "on Narcotic Drugs, the Commission on Crime Prevention and Criminal Justice and the "
        "International Narcotics Control Board"
    )
    document = build(
        "16.40 The subprogramme will continue to work with Member States.",
        result,
        "16.41 The subprogramme supported 14 Member States.",
        component,
        "16.42 The component will continue its support.",
    )
    assert numbers(document) == ["16.40", "16.41", "16.42"]
    assert [s.title for s in document.sections] == [result, component]
    assert document.coverage.left_out == 0


def test_the_adoption_line_atop_the_last_page_closes_the_resolution() -> None:
    # A French resolution printed to PDF: "65e séance plénière" opens page 2 under operative
    # paragraph 6 (closed by " ;"); read as the paragraph's continuation, it left its date,
    # "26 mai 2021", as text in no item.
    document = build(
        "L'Assemblée générale,",
        "Rappelant sa résolution 74/247,",
        "1. Décide que le Comité spécial tiendra six sessions ;",
        "2. Décide en outre que le Comité spécial tiendra sa session de clôture à New York ;",
        Block("65e séance plénière", page=2, page_start=True),
        Block("26 mai 2021", page=2),
    )
    assert numbers(document) == ["PP1", "1", "2"]
    assert texts(document)["2"].endswith("New York ;")
    assert document.coverage.left_out == 0 and not document.warnings


def test_prose_read_as_the_cover_is_told_not_counted_left_out() -> None:
    # A chair's note with an unnumbered introduction before paragraph 1, and a report's
    # summary on its first page: read as the cover, without a word.
    introduction = (
        "The present note has been prepared by the Chair to facilitate the discussions of the "
        "Ad Hoc Committee at its resumed session. It sets out possible elements for a draft "
        "decision, without prejudice to the positions of any delegation."
    )
    document = build(
        "Note by the Chair",
        "Elements for a draft decision on the modalities of future work",
        introduction,
        "1. The Committee may wish to decide to hold two sessions in 2027.",
        "2. The Committee may wish to request a compilation of views.",
    )
    assert numbers(document) == ["1", "2"]
    told = [w for w in document.warnings if w.code is Code.COVER_PROSE]
    assert [(w.args["chars"], w.args["excerpt"][:30]) for w in told] == [
        (len(introduction), "The present note has been prep")
    ]
    assert document.coverage.left_out == 0  # the cover is no item's: --strict unaffected


def test_a_covering_letters_short_sentences_are_told_too() -> None:
    # A letter transmitting a statement: its two sentences, each shorter than a report's
    # summary paragraph, went to the cover unsaid.
    sentences = [
        "I have the honour to transmit herewith the joint statement on cybercrime (see annex).",
        "I should be grateful if you would have the present letter circulated as a document.",
    ]
    document = build(
        "Letter dated 1 March 2024 from the Permanent Representative of Norway addressed to the"
        " Secretary-General",
        *sentences,
        "1. We reaffirm our commitment to combating cybercrime.",
        "2. We call on all States to ratify the Convention.",
    )
    told = [w for w in document.warnings if w.code is Code.COVER_PROSE]
    assert [w.args["chars"] for w in told] == [sum(len(s) for s in sentences)]


def test_a_letter_run_into_its_signature_is_told() -> None:
    # S/2020/112: the Secretary-General's letter, its sentences run into "(Signed) António
    # Guterres", ended on no stop: not prose, so 882 characters of cover went unsaid and the
    # import said 100%.
    letter = (
        "I have the honour to refer to the United Nations Interim Security Force for Abyei. "
        "The Security Council requested me to report on progress. I should be grateful if "
        "you would bring the present letter to the attention of the members of the Council. "
        "(Signed) António Guterres"
    )
    document = build(
        "Letter dated 7 February 2020 from the Secretary-General",
        letter,
        "1. The present report is submitted pursuant to resolution 2497 (2019).",
        "2. The situation in Abyei remained calm.",
    )
    told = [w for w in document.warnings if w.code is Code.COVER_PROSE]
    assert [w.args["chars"] for w in told] == [len(letter)]
    # An agenda item's long title holds no sentence: the cover's, unsaid.
    title = build(
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major"
        " United Nations conferences and summits in the economic, social and related fields and"
        " follow-up to the outcome of the Millennium Summit, A/78/L.1",
        "1. The programme is responsible for the Commission's work.",
        "2. The Commission met twice.",
    )
    assert not [w for w in title.warnings if w.code is Code.COVER_PROSE]


def test_operative_paragraphs_go_on_under_a_chapter_heading() -> None:
    # A draft decision whose operative part has chapter headings (as FCCC decisions do): the
    # paragraphs after "II." continue the numbers and are operative; a chapter whose numbers
    # start again (a report after the decision) is not.
    text = "\n\n".join(
        [
            "Draft decision on capacity-building",
            "The Conference of the Parties,",
            "Recalling its earlier decisions,",
            "I. Working group",
            "1. Decides to establish a working group;",
            "2. Requests the secretariat to support it;",
            "II. Final provisions",
            "3. Decides to remain seized of the matter.",
            "III. Report of the meeting",
            "1. The meeting was opened by the Chair.",
        ]
    )
    document = parse_bytes(text.encode(), "decision.txt")
    kinds = [(i.label, i.kind) for i in document.items]
    assert kinds == [
        ("PP1", Unit.PREAMBULAR),
        ("1.", Unit.OPERATIVE),
        ("2.", Unit.OPERATIVE),
        ("3.", Unit.OPERATIVE),
        ("1.", Unit.PARAGRAPH),
    ]


def test_a_draft_decision_whose_operative_part_opens_under_its_first_chapter() -> None:
    # As the Glasgow Climate Pact's draft was printed: the decision's heading, not yet
    # numbered, its title, a preamble, then "I. Science and urgency" and "A." over paragraph 1.
    text = "\n\n".join(
        [
            "Draft decision -/CMA.3",
            "Glasgow Climate Pact",
            "The Conference of the Parties serving as the meeting of the Parties to the Paris"
            " Agreement,",
            "Recalling Articles 2, 3 and 4 of the Paris Agreement,",
            "Noting the importance of ensuring the integrity of all ecosystems,",
            "I. Science and urgency",
            "A. Findings",
            "1. Recognizes the importance of the best available science;",
            "2. Expresses alarm and utmost concern;",
            "II. Adaptation",
            "3. Notes with serious concern the findings;",
        ]
    )
    document = parse_bytes(text.encode(), "draft-decision.txt")
    assert document.title == "Draft decision: Glasgow Climate Pact"  # the kind its heading names
    assert [(i.label, i.kind) for i in document.items] == [
        ("PP1", Unit.PREAMBULAR),
        ("PP2", Unit.PREAMBULAR),
        ("1.", Unit.OPERATIVE),
        ("2.", Unit.OPERATIVE),
        ("3.", Unit.OPERATIVE),
    ]
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_titles_note_mark_is_no_part_of_it() -> None:
    document = build(
        "A/HRC/WG.6/45/L.10",
        "Draft report of the Working Group on the Universal Periodic Review*",
        "1. The Working Group held its forty-fifth session from 22 January to 2 February 2024.",
        "2. The delegation was headed by the State Secretary.",
    )
    assert document.title.endswith(
        "Draft report of the Working Group on the Universal Periodic Review"
    )


def test_a_draft_numbered_among_others_is_titled_with_its_title() -> None:
    # A commission's report recommends draft resolutions I, II, ...: each names itself, then
    # its title on the next line.
    document = build(
        "Draft resolution I",
        "Countering cybercrime",
        "The General Assembly,",
        "Recalling its resolution 74/247 of 27 December 2019,",
        "1. Requests the Office to continue its work;",
        "2. Decides to remain seized of the matter.",
    )
    assert document.title == "Draft resolution I: Countering cybercrime"


def test_a_statements_closing_thanks_is_no_text_left_out() -> None:
    document = build(
        "Statement by the delegation of Norway",
        "1. Norway aligns itself with the statement of the European Union.",
        "2. We call for the adoption of a convention.",
        "Thank you, Madam Chair.",
    )
    assert numbers(document) == ["1", "2"]
    assert texts(document)["2"] == "We call for the adoption of a convention."
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_preamble_flattened_on_one_line_is_told_not_lost_unsaid() -> None:
    # A treaty's text form with its whole preamble on one line, closed by "Have agreed as
    # follows:" (the Budapest Convention's markdown source): it goes to the cover, and says so.
    preamble = (
        "Preamble The member States of the Council of Europe and the other States signatory"
        " hereto, Considering that the aim of the Council of Europe is to achieve a greater"
        " unity between its members; Convinced of the need to pursue a common criminal policy;"
        " Have agreed as follows:"
    )
    document = build(
        "Convention on Cybercrime",
        preamble,
        "Article 1 Definitions: For the purposes of this Convention: computer data means data.",
        "Article 2 Illegal access: Each Party shall adopt such measures as may be necessary.",
    )
    told = [w for w in document.warnings if w.code is Code.COVER_PROSE]
    assert [w.args["chars"] for w in told] == [len(preamble)]


def test_a_paragraph_cut_by_a_page_over_a_note_read_as_a_table_is_no_tables_title() -> None:
    # A scanned resolution's OCR layer: the page's last paragraph stops mid-sentence, a
    # footnote whose mark OCR misread ("©" for "6") is read as a table, and the paragraph
    # goes on atop the next page. The paragraph was taken for the "table's" title: gone
    # from the items, counted as table text, without a word.
    blocks = [
        Block("The General Assembly,"),
        Block("Deeply concerned about the links between crime and terrorism,", page=2),
        Block(
            "Convinced that the rule of law and development are strongly interrelated and that "
            "the advancement of the rule of law at the national and",
            page=2,
        ),
        Block("© See A/CONF.234/16.", role=BlockRole.TABLE, page=2),
        Block("7 Resolution 76/181, annex.", role=BlockRole.FOOTNOTE, page=2),
        Block("international levels is essential for sustained growth,", page=3, page_start=True),
        Block("Welcoming the twenty-fifth anniversary of the Convention,", page=3),
        Block("1. Reaffirms the importance of the programme;", page=3),
        Block("2. Requests the Secretary-General to report.", page=3),
    ]
    document = build_document(blocks, source_name="x.pdf", content_hash="x", source_format="pdf")
    assert [i.label for i in document.items] == ["PP1", "PP2", "PP3", "1.", "2."]
    assert document.items[1].text == (
        "Convinced that the rule of law and development are strongly interrelated and that the "
        "advancement of the rule of law at the national and international levels is essential "
        "for sustained growth,"
    )


def test_the_symbol_over_a_masthead_table_is_the_symbol_not_a_caption() -> None:
    # A masthead whose symbol is a paragraph and whose "General Assembly", "Distr.: General"
    # stand in a table under it (a PDF converted to Word, some templates): the symbol was
    # read as that table's title and the document had none.
    document = build(
        "United Nations",
        "A/81/6 (Sect. 29B)/Part A*",
        Block("General Assembly", role=BlockRole.TABLE),
        Block("Distr.: General", role=BlockRole.TABLE),
        "Proposed programme budget for 2027",
        "29B.1 The Department supports every entity of the Secretariat in its work.",
        "29B.2 The Department supports every entity of the Secretariat in its work.",
    )
    assert document.symbol == "A/81/6 (Sect. 29B)"
    assert numbers(document) == ["29B.1", "29B.2"]
