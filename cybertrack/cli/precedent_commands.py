"""`cybertrack precedent`: agreed language for a draft wording, headless; and the citations
that `stance ... --cite ITEM` records."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from cybertrack.cli.json_output import print_json
from cybertrack.domain.library import Precedent, cite
from cybertrack.services import SetCitations, Workspace

PREVIEW_CHARACTERS = 300


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "precedent", help="find agreed language: the paragraphs closest to a draft wording"
    )
    p.add_argument("text", nargs="+", metavar="TEXT", help="the draft wording")
    p.add_argument("--limit", type=_positive, default=10, metavar="N", help="results (10)")
    p.add_argument("--json", action="store_true", help="print JSON")


def precedent(workspace: Workspace, args: argparse.Namespace) -> int:
    if not workspace.read_only and workspace.precedent_index_pending():
        workspace.update_precedent_index()  # what an interrupted import left unindexed
    found = workspace.precedents(" ".join(args.text), args.limit)
    if args.json:
        print_json([_as_json(p) for p in found])
        return 0
    if not found:
        print("no precedent found (no paragraph shares three words in a row with the draft)")
    for rank, p in enumerate(found, start=1):
        status = "agreed language" if p.agreed else ("adopted" if p.paragraph.adopted else "draft")
        where = "library" if p.paragraph.library else f"document {p.paragraph.document_id}"
        print(f"{rank}. {cite(p.paragraph)}  score {p.score:.2f}  ({status}; {where})")
        text = p.paragraph.text
        preview = text if len(text) <= PREVIEW_CHARACTERS else text[: PREVIEW_CHARACTERS - 1] + "…"
        print(textwrap.indent(textwrap.fill(preview, 96), "   "))
        for phrase in p.shared:
            print(f'   shared: "{phrase.text}"')
    return 0


def _as_json(p: Precedent) -> dict[str, object]:
    return {
        "document_id": p.paragraph.document_id,
        "symbol": p.paragraph.symbol,
        "number": p.paragraph.number,
        "text": p.paragraph.text,
        "score": p.score,
        "shared": [phrase.text for phrase in p.shared],
    }


def citation_command(workspace: Workspace, item_id: int, cites: list[str]) -> SetCitations:
    """`--cite ITEM` given once or more: the citations to record (`--cite none` clears them)."""
    if any(c.strip().lower() == "none" for c in cites):
        return SetCitations(item_id, ())
    return SetCitations(item_id, tuple(workspace.resolve_item(c) for c in cites))


def citations_line(workspace: Workspace, item_id: int) -> str | None:
    cited = workspace.citations([item_id]).get(item_id, [])
    return "agreed language: " + "; ".join(cite(c) for c in cited) if cited else None


COMMANDS = {"precedent": precedent}
