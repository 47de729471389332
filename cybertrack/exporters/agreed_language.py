"""The agreed-language line of the papers: "Agreed language: A/RES/74/247, para. 2".

A delegation's proposed wording carries more weight when it shows that the membership already
agreed it; the paragraphs it cites (the precedent chosen in the desk or with `stance --cite`)
are named after the wording, in the paper's language. No docx code beyond the one line here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cybertrack.domain.library import ENGLISH_PLACES, CitedParagraph, cite

if TYPE_CHECKING:
    from cybertrack.exporters.docx_blocks import Writer

STYLE = "CT Rationale"  # a field line under the item, like the public reason

_WORDS = {
    "en": {"agreed_language": "Agreed language", **ENGLISH_PLACES},
    "fr": {
        "agreed_language": "Libellé convenu",
        "para": "par. {n}",
        "article": "art. {n}",
        "rule": "art. {n}",  # the French rules of procedure number articles
        "regulation": "art. {n}",
        "conclusion": "conclusion {n}",
        "guideline": "directive {n}",
        "principle": "principe {n}",
        "action": "mesure {n}",
        "target": "cible {n}",
        "preambular": "alinéa {n} du préambule",
    },
    "es": {
        "agreed_language": "Lenguaje convenido",
        "para": "párr. {n}",
        "article": "art. {n}",
        "rule": "art. {n}",  # the Spanish rules of procedure number articles
        "regulation": "art. {n}",
        "conclusion": "conclusión {n}",
        "guideline": "directriz {n}",
        "principle": "principio {n}",
        "action": "medida {n}",
        "target": "meta {n}",
        "preambular": "párr. {n} del preámbulo",
    },
    "ar": {
        "agreed_language": "الصيغة المتفق عليها",
        "para": "الفقرة {n}",
        "article": "المادة {n}",
        "rule": "القاعدة {n}",
        "regulation": "البند {n}",
        "conclusion": "الاستنتاج {n}",
        "guideline": "المبدأ التوجيهي {n}",
        "principle": "المبدأ {n}",
        "action": "الإجراء {n}",
        "target": "الغاية {n}",
        "preambular": "الفقرة {n} من الديباجة",
    },
    "ru": {
        "agreed_language": "Согласованная формулировка",
        "para": "пункт {n}",
        "article": "статья {n}",
        "rule": "правило {n}",
        "regulation": "положение {n}",
        "conclusion": "вывод {n}",
        "guideline": "руководящее положение {n}",
        "principle": "принцип {n}",
        "action": "мера {n}",
        "target": "целевая задача {n}",
        "preambular": "пункт {n} преамбулы",
    },
    "zh": {
        "agreed_language": "商定措辞",
        "para": "第{n}段",
        "article": "第{n}条",
        "rule": "第{n}条规则",
        "regulation": "条例{n}",
        "conclusion": "结论{n}",
        "guideline": "准则{n}",
        "principle": "原则{n}",
        "action": "行动{n}",
        "target": "具体目标{n}",
        "preambular": "序言部分第{n}段",
    },
}


def label(language: str) -> str:
    return _WORDS[language]["agreed_language"]


def references(citations: Sequence[CitedParagraph], language: str) -> str:
    """'A/RES/74/247, para. 2; A/RES/75/282, para. 3' in `language`."""
    return "; ".join(cite(c, _WORDS[language]) for c in citations)


def citation_line(citations: Sequence[CitedParagraph], language: str) -> str:
    return f"{label(language)}: {references(citations, language)}"


def write_citations(
    writer: Writer, citations: Sequence[CitedParagraph], direction: str | None = None
) -> Any:
    """The agreed-language line (its paragraph), if the item cites anything."""
    if not citations:
        return None
    language = writer.vocab.language
    return writer.field(STYLE, label(language), references(citations, language), direction)
