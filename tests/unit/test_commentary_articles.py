"""An explanatory report, a commentary or interpretative notes name articles over paragraphs
numbered through the whole document: the articles are headings and the paragraphs items.

Before, each "Article N – title" was read as a treaty's article and swallowed the report's
paragraphs under it: paragraphs 3-8 of the text below were four articles, without a word.
"""

from __future__ import annotations

from cybertrack.importers import parse_bytes

REPORT = """Explanatory Report to the Convention on Cybercrime

I. Introduction

1. The Council of Europe's Committee on Crime Problems decided to set up a committee of experts.

2. The text of this explanatory report does not constitute an authoritative interpretation.

II. Commentary on the articles of the Convention

Chapter I – Use of terms

Article 1 – Definitions

3. The drafters understood that Parties would not be obliged to copy the concepts verbatim.

4. A computer system under the Convention is a device consisting of hardware and software.

Chapter II – Measures to be taken at the national level

Article 2
Illegal access

5. "Illegal access" covers the basic offence of attacks against the security of systems.

6. The need for protection reflects the interests of organisations and individuals.

Article 3 – Illegal interception

7. This provision aims to protect the right of privacy of data communication.
"""

TREATY = """Convention on examples

Chapter I – Use of terms

Article 1 – Definitions

1. For the purposes of this Convention, an example is any example.

2. A Party may define further terms.

Article 2 – Illegal access

1. Each Party shall adopt such measures as may be necessary.

2. A Party may require that the offence be committed by infringing security measures.
"""


def test_articles_over_paragraphs_numbered_throughout_are_headings() -> None:
    document = parse_bytes(REPORT.encode(), "explanatory-report.txt")
    assert [i.label for i in document.items] == [f"{n}." for n in range(1, 8)]
    assert document.items[0].section_key == document.items[1].section_key == 0  # I.
    sections = {s.key: s for s in document.sections}
    headed = [
        (sections[i.section_key].label, sections[i.section_key].title) for i in document.items
    ]
    assert headed[2:] == [
        ("Article 1", "Definitions"),
        ("Article 1", "Definitions"),
        ("Article 2", "Illegal access"),  # the title on the line under the article's name
        ("Article 2", "Illegal access"),
        ("Article 3", "Illegal interception"),
    ]
    assert document.coverage.left_out == 0 and not document.warnings


def test_a_treatys_articles_restart_their_paragraphs_and_stay_items() -> None:
    document = parse_bytes(TREATY.encode(), "convention.txt")
    assert [i.label for i in document.items] == ["Article 1", "Article 2"]
    assert document.items[1].text.startswith("Illegal access: 1. Each Party shall adopt")
