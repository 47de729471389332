"""Security Council documents as pdftotext gives them (GitHub `yuiseki/undocs`; provenance in
tests/data/README.md), never tuned on before: a presidential statement, which quotes each of
its unnumbered paragraphs, and a report sent under a covering letter, whose headings stand
over numbers printed alone on their lines.

Before: S/PRST/2021/1 came out as 9 paragraphs for its 18 and its introduction (a paragraph
ending on a full line, or in two words, ran on into the next); S/2020/112's four headings
ended the paragraphs above them, and its covering letter went to the cover without a word.
"""

from __future__ import annotations

from cybertrack.domain.messages import Code
from cybertrack.importers import read_document
from tests.conftest import DATA


def test_a_presidential_statements_quoted_paragraphs() -> None:
    parsed = read_document(DATA / "S_PRST_2021_1.pdftotext.txt")
    # Its title line ran on into the introduction; the title was the symbol.
    assert parsed.title == "Statement by the President of the Security Council"
    intro, *quoted = parsed.items
    assert intro.text.startswith("On 12 January 2021, in connection with the Council’s")
    assert intro.text.endswith("issued the following statement on behalf of the Council:")
    assert len(quoted) == 18
    assert all(i.text.startswith("“The Security Council ") for i in quoted)
    assert quoted[0].text.startswith("“The Security Council recalls resolution 1373 (2001)")
    assert quoted[0].text.endswith("Security Council resolutions.")
    assert parsed.coverage.left_out == 0


def test_a_reports_headings_over_numbers_printed_alone() -> None:
    parsed = read_document(DATA / "S_2020_112.pdftotext.txt")
    assert [s.title for s in parsed.sections] == [
        "Conflict dynamics and security situation in Abyei",
        "Force reconfiguration",
        "Engagement with the authorities of the Sudan and South Sudan",
        "Progress on the Joint Border Verification and Monitoring Mechanism benchmarks",
    ]
    assert [i.number for i in parsed.items] == [str(n) for n in range(1, 18)]
    assert parsed.items[0].text.endswith("the implementation of the mandate.")
    cover = [w for w in parsed.warnings if w.code is Code.COVER_PROSE]
    assert cover and str(cover[0].args["excerpt"]).startswith("Letter dated 7 February 2020")
