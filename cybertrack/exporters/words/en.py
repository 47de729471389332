"""English."""

from __future__ import annotations

from datetime import date

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

WORDS = {
    "position_paper": "Position paper",
    "briefing_note": "Briefing note",
    "dossier": "Internal dossier",
    "comparison": "Comparison of positions across versions",
    "stance_sheet": "Stance table",
    "shareable": "For distribution to other delegations",
    "internal": "Internal – not for distribution",
    "summary": "Summary",
    "summary_line": "{count}: support {support}, oppose {oppose}, amend {amend}, "
    "no position yet {undecided}.",
    "summary_decided": "{count}: support {support}, oppose {oppose}, amend {amend}.",
    "summary_open": "{count}: support {support}, oppose {oppose}, amend {amend}, "
    "under consideration {undecided}.",
    "overview": "Overview of positions",
    "text": "Text",
    "position": "Position",
    "support": "Support",
    "oppose": "Oppose",
    "amend": "Amend",
    "undecided": "No position yet",
    "flexible": "Flexible",  # capital's instruction: flexibility
    "under_consideration": "Under consideration",
    "rationale": "Reason",
    "amendment": "Proposed wording",
    "note": "Internal note",
    "priority": "Priority",
    "red_line": "Red line",
    "normal": "Normal",
    "history": "Stance history",
    "no_history": "No stance recorded yet.",
    "none": "none",
    "talking_points": "Talking points",
    "level_point": "{level}: {point}",
    "we_support": "We support {items:acc}.",
    "we_oppose": "We oppose {items:acc}.",
    "we_amend": "We propose amendments to {items:acc}.",
    "proposals": "Proposed wording and reasons",
    "internal_notes": "Internal notes",
    "undecided_items": "{units} without a position yet",
    "still_open": "Still under consideration: {items:nom}.",
    "all_decided": "Nothing remains undecided.",
    "prepared_by": "Prepared by {initials}",
    "issued": "Issued {date}",
    "page_of": "Page {page} of {pages}",
    "label": "{name}: ",
    "changes": "Changes",
    "text_changed": "text changed",
    "stance_changed": "stance changed",
    "new": "new",
    "dropped": "dropped",
    "col_id": "Item ID",
    "col_document": "Document",
    "col_number": "No.",
    "col_text": "Text",
    "col_stance": "Stance",
    "col_priority": "Priority",
    "col_rationale": "Public reason",
    "col_note": "Internal note",
    "col_amendment": "Proposed wording",
    "col_instruction": "Capital's instruction",  # capital's (the negotiation day)
    # The delegation when none is set; the kinds of document the import names.
    "delegation": "Delegation",
    "kind_report": "Report",
    "kind_draft_report": "Draft report",
    "kind_draft_resolution": "Draft resolution",
    "kind_draft_decision": "Draft decision",
    "kind_amendments": "Amendments",
    "kind_addendum": "Addendum",
    "kind_resolution": "Resolution",
    "kind_decision": "Decision",
    "kind_note_by_the_secretariat": "Note by the Secretariat",
    "kind_treaty": "Treaty",
    "kind_secretary_general_s_bulletin": "Secretary-General's bulletin",
    "kind_administrative_instruction": "Administrative instruction",
    "kind_information_circular": "Information circular",
}


def _unit(title: str, plural: str) -> dict[str, object]:
    singular = title[0].lower() + title[1:]
    return {
        "title": title,
        "plural": plural,
        "others": f"Other {plural}",
        "count": (f"{{n}} {singular}", f"{{n}} {plural}"),
        "nom": (f"{singular} {{refs}}", f"{plural} {{refs}}"),
    }


UNITS = {
    "paragraph": _unit("Paragraph", "paragraphs"),
    "recommendation": _unit("Recommendation", "recommendations"),
    "article": _unit("Article", "articles"),
    "operative paragraph": _unit("Operative paragraph", "operative paragraphs"),
    "preambular paragraph": _unit("Preambular paragraph", "preambular paragraphs"),
    "rule": _unit("Rule", "rules"),
    "regulation": _unit("Regulation", "regulations"),
    "provision": _unit("Provision", "provisions"),  # a legal text's mix (vocabulary.PROVISIONS)
    "conclusion": _unit("Conclusion", "conclusions"),
    "guideline": _unit("Guideline", "guidelines"),
    "principle": _unit("Principle", "principles"),
    "action": _unit("Action", "actions"),
    "target": _unit("Target", "targets"),
    "amendment": _unit("Amendment", "amendments"),
    "statement": _unit("Statement", "statements"),
}
LIST = ", "
AND = " and "
SERIES = True  # three groups or more: 'A, B and C'


def day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def days(first: date, last: date) -> str:
    """'27–29 July 2020', '30 March–1 April 2022' (the UN's forms)."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]}–{day(last)}"
    return f"{day(first)}–{day(last)}"
