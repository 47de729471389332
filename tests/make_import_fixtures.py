"""Write the synthetic import fixtures in tests/data (see tests/data/README.md for each one).

    .venv/bin/python -m tests.make_import_fixtures

Word files are built with python-docx (automatic numbering, italic openers, headers, tracked
changes written as Word writes them); the .odt, .rtf, .html, .doc and .pdf forms of the State's
statement are LibreOffice's own conversions of its .docx. Run it again only to change a fixture:
the tests read the files, not this script.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from functools import partial
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.shared import Pt

from tests.unit.docx_builder import W_NS, DocBuilder

DATA = Path(__file__).resolve().parent / "data"

# A/RES/75/282 (English text in tests/data), translated faithfully into French and Spanish.
RESOLUTION = {
    "fr": {
        "title": "Lutte contre l’utilisation des technologies de l’information et des "
        "communications à des fins criminelles",
        "addressee": "L’Assemblée générale,",
        "preamble": [
            ("Guidée", " par les buts et principes consacrés par la Charte des Nations Unies,"),
            (
                "Notant",
                " que les technologies de l’information et des communications, tout en ayant "
                "un potentiel considérable pour le développement des États, offrent de "
                "nouvelles possibilités aux auteurs d’infractions et peuvent contribuer à "
                "l’augmentation du niveau et de la complexité de la criminalité,",
            ),
            (
                "Rappelant",
                " sa résolution 74/247 du 27 décembre 2019, dans laquelle elle a décidé que le "
                "Comité spécial chargé d’élaborer une convention internationale générale sur "
                "la lutte contre l’utilisation des technologies de l’information et des "
                "communications à des fins criminelles devait convenir des grandes lignes et "
                "des modalités de ses activités futures, qui seraient soumises à l’Assemblée "
                "générale à sa soixante-quinzième session pour examen et approbation,",
            ),
        ],
        "operative": [
            "Se félicite de l’élection des membres du Bureau du Comité spécial lors de sa "
            "session d’organisation, le 10 mai 2021 ;",
            "Décide que l’Office des Nations Unies contre la drogue et le crime continuera "
            "d’assurer le secrétariat du Comité spécial ;",
            "Prend note avec satisfaction de la session d’organisation du Comité spécial, "
            "tenue à New York du 10 au 12 mai 2021 ;",
            "Décide que le Comité spécial tiendra au moins six sessions de dix jours chacune, "
            "à compter de janvier 2022, et achèvera ses travaux afin de soumettre un projet "
            "de convention à l’Assemblée générale à sa soixante-dix-huitième session ;",
            "Décide également que le Comité spécial tiendra les première, troisième et "
            "sixième sessions de négociation à New York et les deuxième, quatrième et "
            "cinquième sessions à Vienne ;",
            "Décide en outre que le Comité spécial tiendra sa session de clôture à New York "
            "aux fins de l’adoption du projet de convention ;",
        ],
    },
    "es": {
        "title": "Lucha contra la utilización de las tecnologías de la información y las "
        "comunicaciones con fines delictivos",
        "addressee": "La Asamblea General,",
        "preamble": [
            (
                "Guiada",
                " por los propósitos y principios consagrados en la Carta de las Naciones Unidas,",
            ),
            (
                "Observando",
                " que las tecnologías de la información y las comunicaciones, si bien tienen "
                "un enorme potencial para el desarrollo de los Estados, crean nuevas "
                "oportunidades para los autores de delitos y pueden contribuir a aumentar el "
                "nivel y la complejidad de la delincuencia,",
            ),
            (
                "Recordando",
                " su resolución 74/247, de 27 de diciembre de 2019, en la que decidió que el "
                "Comité Especial encargado de elaborar una convención internacional integral "
                "sobre la lucha contra la utilización de las tecnologías de la información y "
                "las comunicaciones con fines delictivos debía acordar un esquema y las "
                "modalidades de sus actividades futuras, que se presentarían a la Asamblea "
                "General en su septuagésimo quinto período de sesiones para su examen y "
                "aprobación,",
            ),
        ],
        "operative": [
            "Acoge con beneplácito la elección de los miembros de la Mesa del Comité "
            "Especial en su período de sesiones de organización, el 10 de mayo de 2021;",
            "Decide que la Oficina de las Naciones Unidas contra la Droga y el Delito seguirá "
            "prestando servicios de secretaría al Comité Especial;",
            "Toma nota con aprecio del período de sesiones de organización del Comité "
            "Especial, celebrado en Nueva York del 10 al 12 de mayo de 2021;",
            "Decide que el Comité Especial celebrará al menos seis períodos de sesiones, de "
            "diez días cada uno, a partir de enero de 2022, y concluirá su labor a fin de "
            "presentar un proyecto de convención a la Asamblea General en su septuagésimo "
            "octavo período de sesiones;",
            "Decide también que el Comité Especial celebrará los períodos de sesiones de "
            "negociación primero, tercero y sexto en Nueva York y los períodos de sesiones "
            "segundo, cuarto y quinto en Viena;",
            "Decide además que el Comité Especial celebrará el período de sesiones de "
            "clausura en Nueva York a fin de aprobar el proyecto de convención;",
        ],
    },
}


def resolution(language: str) -> bytes:
    """A resolution as the UN prints it: symbol in the default header only, italic openers,
    operative paragraphs numbered by Word."""
    text = RESOLUTION[language]
    doc = DocBuilder()
    section = doc.document.sections[0]
    section.header.paragraphs[0].text = "A/RES/75/282"
    doc.para("Asamblea General" if language == "es" else "Assemblée générale")
    doc.para("75/282.", style="Heading 1")
    doc.para(text["title"], style="Heading 1")
    doc.para(text["addressee"])
    for opener, rest in text["preamble"]:
        paragraph = doc.para("")
        run = paragraph.add_run(opener)
        run.italic = True
        paragraph.add_run(rest)
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    for paragraph in text["operative"]:
        doc.para(paragraph, num)
    doc.para("65ª sesión plenaria" if language == "es" else "65e séance plénière")
    doc.para("26 de mayo de 2021" if language == "es" else "26 mai 2021")
    return doc.bytes()


# A Main Committee's draft ("L." document) as the UN sets its first page: masthead, session,
# committee and agenda item on the left, a long list of sponsors over the title (it wraps), the
# title in large bold type (it wraps too), and the draft's text indented.
DRAFT_SPONSORS = (
    "Algeria, Belarus, Burkina Faso, China, Cuba, Democratic People's Republic of Korea, "
    "Equatorial Guinea, Eritrea, Iran (Islamic Republic of), Lao People's Democratic Republic, "
    "Mali, Nicaragua, Russian Federation, Syrian Arab Republic, Trinidad and Tobago and "
    "Venezuela (Bolivarian Republic of): draft resolution"
)
DRAFT_TITLE = (
    "Countering the use of information and communications technologies for criminal purposes"
)
DRAFT_PREAMBLE = (
    "Recalling its resolution 74/247 of 27 December 2019,",
    "Noting with appreciation the work of the Ad Hoc Committee to Elaborate a Comprehensive "
    "International Convention on Countering the Use of Information and Communications "
    "Technologies for Criminal Purposes,",
)
DRAFT_OPERATIVE = (
    "Welcomes the adoption of the United Nations Convention against Cybercrime;",
    "Requests the Secretary-General to provide the resources necessary for the conference of "
    "the States parties;",
    "Decides to remain seized of the matter.",
)


def draft_resolution() -> bytes:
    """A committee's draft resolution: sponsors over the title (see DRAFT_SPONSORS)."""
    doc = DocBuilder()
    doc.document.sections[0].header.paragraphs[0].text = "A/C.3/79/L.15"

    def line(text: str, *, bold: bool = False, size: int = 10, indent: bool = False) -> None:
        paragraph = doc.para("")
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
        if indent:
            paragraph.paragraph_format.left_indent = Pt(36)

    for text, bold, size in (
        ("United Nations", False, 10),
        ("A/C.3/79/L.15", False, 10),
        ("General Assembly", True, 14),
        ("Distr.: Limited", False, 10),
        ("17 October 2024", False, 10),
        ("Original: English", False, 10),
        ("Seventy-ninth session", True, 10),
        ("Third Committee", False, 10),
        ("Agenda item 107", True, 10),
        ("Crime prevention and criminal justice", True, 10),
    ):
        line(text, bold=bold, size=size)
    line(DRAFT_SPONSORS, indent=True)
    line(DRAFT_TITLE, bold=True, size=14, indent=True)
    line("The General Assembly,", indent=True)
    for text in DRAFT_PREAMBLE:
        line(text, indent=True)
    for number, text in enumerate(DRAFT_OPERATIVE, 1):
        line(f"{number}.\t{text}", indent=True)
    return doc.bytes()


def statement() -> bytes:
    """A State's statement typeset in Word by its delegation: its own styles (the numbered one
    takes its list from a base style; the sub-item style sets only the level), bullets, a typed
    footnote mark, a table."""
    doc = DocBuilder()
    styles = doc.document.styles
    num = doc.num(doc.abstract([("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1)]))
    base = styles.add_style("Delegation Numbered", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
    )
    body = styles.add_style("Delegation Body", WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = base
    body.font.size = Pt(12)
    sub = styles.add_style("Delegation Sub", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = body
    sub.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="1"/></w:numPr>'))
    bullets = doc.num(doc.abstract([("bullet", "•", 1)]))
    doc.para("Permanent Mission of Norway to the United Nations (Vienna)")
    doc.para(
        "Statement by the delegation of Norway at the fourth session of the Ad Hoc Committee",
        style="Heading 1",
    )
    doc.para("Madam Chair,")
    doc.para(
        "Norway aligns itself with the statement delivered on behalf of the European Union.",
        style="Delegation Body",
    )
    mark = doc.para(
        "We welcome the consolidated negotiating document prepared by the Chair",
        style="Delegation Body",
    )
    superscript = mark.add_run("1")
    superscript.font.superscript = True
    mark.add_run(" and wish to make three points on chapter II:")
    for text in (
        "The criminalization provisions must be limited to core cyber-dependent crimes;",
        "Every procedural power must be subject to conditions and safeguards;",
        "The convention must not criminalize the legitimate work of security researchers.",
    ):
        doc.para(text, style="Delegation Sub")
    doc.para("On international cooperation, we support:", style="Delegation Body")
    for text in ("expedited preservation of stored data;", "the 24/7 network of contacts."):
        doc.para(text, bullets)
    table = doc.document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Article"
    table.cell(0, 1).text = "Position"
    table.cell(1, 0).text = "Article 17"
    table.cell(1, 1).text = "Delete"
    doc.para(
        "We remain ready to work constructively with all delegations towards consensus.",
        style="Delegation Body",
    )
    doc.para("I thank you, Madam Chair.")
    return doc.bytes()


_REVISION = "w:id='{id}' w:author='Delegation of X' w:date='2026-02-01T10:00:00Z'"


def _ins(text: str, rid: int) -> str:
    return (
        f"<w:ins {_REVISION.format(id=rid)}><w:r><w:t xml:space='preserve'>{text}</w:t>"
        "</w:r></w:ins>"
    )


def _del(text: str, rid: int) -> str:
    return (
        f"<w:del {_REVISION.format(id=rid)}><w:r><w:delText xml:space='preserve'>{text}"
        "</w:delText></w:r></w:del>"
    )


def _run(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"


def tracked_changes() -> bytes:
    """A draft with a delegation's tracked changes: one paragraph amended, one proposed for
    deletion as a whole, one proposed as new, one untouched; numbered by Word."""
    doc = DocBuilder()
    num = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    numbered = f"<w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='{num}'/></w:numPr></w:pPr>"
    deleted_mark = (
        f"<w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='{num}'/></w:numPr>"
        f"<w:rPr><w:del {_REVISION.format(id=90)}/></w:rPr></w:pPr>"
    )
    inserted_mark = (
        f"<w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='{num}'/></w:numPr>"
        f"<w:rPr><w:ins {_REVISION.format(id=91)}/></w:rPr></w:pPr>"
    )
    doc.para("Draft conclusions of the Working Group")
    doc.raw_paragraph(
        numbered
        + _run("States ")
        + _del("may", 1)
        + _ins("shall", 2)
        + _run(" cooperate to the widest extent possible.")
    )
    doc.raw_paragraph(deleted_mark + _del("States should exchange information on threats.", 3))
    doc.raw_paragraph(numbered + _run("States should train judges and prosecutors."))
    doc.raw_paragraph(inserted_mark + _ins("States should protect the rights of victims.", 4))
    doc.raw_paragraph(numbered + _run("The Working Group will meet again in 2027."))
    return doc.bytes()


# A short working-group report written for these tests in Arabic, Russian and Chinese: front
# lines, then two chapters numbered as the UN numbers them in each language, with nothing but
# their number to set them apart (no bold, no space around them); paragraphs numbered "1 -" in
# Arabic, "1." in the others.
REPORT = {
    "ar": [
        "الجمعية العامة",
        "الدورة الثمانون",
        "تقرير الفريق العامل",
        "أولا - مقدمة",
        "1 - عقد الفريق العامل دورته الأولى في فيينا في الفترة من 27 إلى 29 تموز/يوليه 2020، "
        "وناقش مسائل التعاون الدولي في مكافحة الجريمة السيبرانية.",
        "2 - وأوصى الفريق العامل بأن تواصل الدول الأعضاء تعزيز قدراتها على التحقيق في الجرائم "
        "السيبرانية وتبادل المعلومات فيما بينها بطريقة سريعة وفعالة.",
        "3 - وشدد الفريق العامل على أهمية احترام حقوق الإنسان والحريات الأساسية في جميع تدابير "
        "مكافحة الجريمة السيبرانية.",
        "ثانيا - التوصيات",
        "4 - ينبغي للدول أن تنظر في إنشاء نقاط اتصال متاحة على مدار الساعة طوال أيام الأسبوع "
        "لتيسير التعاون الدولي العاجل.",
        "5 - ينبغي للدول أن تكفل أن تكون لدى سلطاتها المختصة الموارد اللازمة للاستجابة لطلبات "
        "المساعدة القانونية المتبادلة.",
    ],
    "ru": [
        "Генеральная Ассамблея",
        "Восьмидесятая сессия",
        "Доклад рабочей группы",
        "I. Введение",
        "1. Рабочая группа провела свою первую сессию в Вене 27–29 июля 2020 года и обсудила "
        "вопросы международного сотрудничества в борьбе с киберпреступностью.",
        "2. Рабочая группа рекомендовала государствам-членам продолжать укреплять свой "
        "потенциал в области расследования киберпреступлений и оперативного обмена информацией.",
        "3. Рабочая группа подчеркнула важность соблюдения прав человека и основных свобод во "
        "всех мерах по борьбе с киберпреступностью.",
        "II. Рекомендации",
        "4. Государствам следует рассмотреть вопрос о создании круглосуточных контактных пунктов "
        "для содействия срочному международному сотрудничеству.",
        "5. Государствам следует обеспечить, чтобы их компетентные органы располагали "
        "необходимыми ресурсами для ответа на запросы о взаимной правовой помощи.",
    ],
    "zh": [
        "大会",
        "第八十届会议",
        "工作组的报告",
        "一. 导言",
        "1. 工作组于2020年7月27日至29日在维也纳举行了第一届会议，"
        "讨论了打击网络犯罪的国际合作问题。",
        "2. 工作组建议会员国继续加强其调查网络犯罪和迅速有效地相互交流信息的能力。",
        "3. 工作组强调在所有打击网络犯罪的措施中尊重人权和基本自由的重要性。",
        "二. 建议",
        "4. 各国应考虑设立全天候联络点，以便利紧急国际合作。",
        "5. 各国应确保其主管当局拥有答复司法协助请求所需的资源。",
    ],
}


def report(language: str) -> bytes:
    """The report in one language; Arabic paragraphs set right to left, as Word sets them."""
    import io

    import docx

    document = docx.Document()
    for text in REPORT[language]:
        paragraph = document.add_paragraph(text)
        if language == "ar":
            paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {W_NS}/>"))
            for run in paragraph.runs:
                run._r.get_or_add_rPr().append(parse_xml(f"<w:rtl {W_NS}/>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


RECORD_SOURCE = DATA / "a-75-pv71-ga-plenary-26may2021-statements-PARTIAL.txt"
RECORD_COVER = [
    "A/75/PV.71",
    "United Nations",
    "General Assembly",
    "Seventy-fifth session",
    "Official Records",
    "71st plenary meeting",
    "Wednesday, 26 May 2021, 3 p.m.",
    "New York",
    "President: Mr. Bozkir (Turkey)",
]
RECORD_HEADINGS = [
    "Agenda item 112 (continued)",
    "Countering the use of information and communications technologies for criminal purposes",
    "Draft resolution A/75/L.87/Rev.1",
    "Draft amendments A/75/L.90, A/75/L.91 and A/75/L.92",
]
_PRINTER_LINE = re.compile(r"^(?:\d+/27|26/05/2021|A ?/75/PV\.71|21-13288.*|\*2113288\*)$")
_SPEAKER_LINE = re.compile(r"^(?:The Acting President|(?:Mr|Ms)\. [^:]+\)):\s*")


def record_paragraphs() -> list[tuple[str, str]]:
    """(speaker as printed or "", text) of each paragraph of A/75/PV.71's first pages, from its
    text form: the printer's lines out, a line cut from the page's foot joined again, and
    paragraphs ended where a line stops short after a full stop (the column is ~55 signs)."""
    body = RECORD_SOURCE.read_text(encoding="utf-8").split("=" * 72, 1)[1]
    body = body.split("The meeting was called to order at 3.20 p.m.", 1)[1]
    body = body.split("A/75/L.92", 1)[1]  # after the cover's agenda lines
    note = body.index("This record contains")
    body = body[:note] + body[body.index("*2113288*") + len("*2113288*") :]
    body = body.replace("two21-13288", "two-")
    lines = [ln.strip() for ln in body.splitlines()]
    lines = [ln for ln in lines if ln and not _PRINTER_LINE.match(ln)]
    paragraphs: list[list[str]] = []
    for index, line in enumerate(lines):
        before = lines[index - 1] if index else ""
        ends = before.endswith((".", ".”", ":")) and len(before) < 47
        if not paragraphs or _SPEAKER_LINE.match(line) or ends:
            paragraphs.append([])
        paragraphs[-1].append(line)
    out = []
    for lines_of in paragraphs:
        text = _joined(lines_of)
        match = _SPEAKER_LINE.match(text)
        if match:
            out.append((match.group(0).rstrip(), text[match.end() :]))
        else:
            out.append(("", text))
    return out


def _joined(lines: list[str]) -> str:
    """Lines joined with a space, except after a hyphen that cut a word or a symbol."""
    text = lines[0]
    for line in lines[1:]:
        text += line if text.endswith(("/", "-")) and not text.endswith(" -") else f" {line}"
    return text


def verbatim_record() -> bytes:
    """A/75/PV.71's first pages set as the UN prints a verbatim record: a cover in one column,
    the turns in two, each opening with its speaker in bold, furniture in the header and
    footer."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.header.paragraphs[0].text = "A/75/PV.71\t\t26/05/2021"
    first.footer.paragraphs[0].text = "21-13288"
    first.first_page_footer.paragraphs[0].text = "21-13288 (E)"
    for line in RECORD_COVER:  # each a line of its own, as the cover's layout sets them
        cover = document.add_paragraph()
        cover.add_run(line).bold = line in ("General Assembly", "71st plenary meeting")
        cover.paragraph_format.space_after = Pt(4)
    for line in (
        "In the absence of the President, Mr. Arriola Ramírez (Paraguay), Vice-President, "
        "took the Chair.",
        "The meeting was called to order at 3.20 p.m.",
    ):
        document.add_paragraph(line).paragraph_format.space_before = Pt(6)
    columns = document.add_section(WD_SECTION.CONTINUOUS)
    cols = parse_xml(f'<w:cols {W_NS} w:num="2" w:space="340"/>')
    columns._sectPr.append(cols)
    for heading in RECORD_HEADINGS:
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        paragraph.paragraph_format.space_before = Pt(6)
    for speaker, text in record_paragraphs():
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Cm(0.5)
        paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if speaker:
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.add_run(speaker).bold = True
            paragraph.add_run(" ")
        paragraph.add_run(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


COMPILATION_PROPOSALS = {
    "7": "Delegation A: add “and with dishonest intent”. Delegation B: retain as drafted.",
    "8": "Delegation C: delete “made by technical means”.",
    "9": "",
    "10": "Delegation A: replace “serious” by “substantial”. Delegation D: retain.",
    "11": "Delegation B: delete paragraph 2. Delegation C: merge with article 10.",
}


def compilation() -> bytes:
    """A compilation of proposals as a secretariat sets one: a table, each row an article of
    the Convention against Cybercrime (its text from A/RES/79/243, tests/data) with the
    proposals on it (written for the test), under a chapter heading."""
    from cybertrack.importers import read_document

    articles = {
        item.number: item.text
        for item in read_document(DATA / "A_RES_79_243.pdf").items
        if item.label.startswith("Article") and item.number in COMPILATION_PROPOSALS
    }
    doc = DocBuilder()
    doc.para("Compilation of proposals received on chapter II of the draft convention")
    doc.para("Chapter II. Criminalization")
    table = doc.document.add_table(rows=1, cols=3)
    table.style = doc.document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, ("Provision", "Text", "Proposals"), strict=True):
        cell.text = text
    for number, proposals in COMPILATION_PROPOSALS.items():
        cells = table.add_row().cells
        cells[0].text = f"Article {number}"
        cells[1].text = articles[number]
        cells[2].text = proposals
    return doc.bytes()


def convert(source: Path, target_format: str, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--convert-to",
                target_format,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return out_dir / f"{source.stem}.{target_format.split(':')[0]}"


def headed_elements() -> bytes:
    """A delegation's own draft: a title, then a heading right under it over the first
    numbered paragraphs (Word's Title and Heading 1 styles, automatic numbering). Texts are
    recommendations (5), (6) and (18) of the seed report and two of its technical assistance."""
    doc = DocBuilder()
    doc.para("Elements for the outcome of the session on international cooperation", style="Title")
    numbered = doc.num(doc.abstract([("decimal", "%1.", 1)]))
    doc.para("International cooperation", style="Heading 1")
    for text in (
        "The efficiency of international cooperation should be improved by establishing rapid "
        "response mechanisms for international cooperation as well as channels of "
        "communication through liaison officers and IT systems between national authorities.",
        "States should continue strengthening cooperation to protect critical infrastructure "
        "and strengthen networks of collaboration among computer emergency response teams.",
        "Countries are called upon to join, make wider use of and strengthen authorized "
        "networks of practitioners to preserve and exchange admissible electronic evidence.",
    ):
        doc.para(text, numbered)
    doc.para("Technical assistance", style="Heading 1")
    for text in (
        "States should continue to provide technical assistance and capacity-building to "
        "requesting States, in particular developing countries.",
        "UNODC should continue to support Member States in strengthening their capacity to "
        "prevent and combat cybercrime.",
    ):
        doc.para(text, numbered)
    return doc.bytes()


def bulleted_summary() -> bytes:
    """A chair's summary that is one list of bullets under the sentence that announces them
    (Word's bullet numbering), as informal consultations are summed up."""
    doc = DocBuilder()
    doc.para("Chair's summary of the informal consultations", style="Title")
    doc.para("Key points raised by delegations:")
    bullets = doc.num(doc.abstract([("bullet", "•", 1)]))
    for point in (
        "Many delegations stressed the importance of capacity-building for developing countries.",
        "Several delegations called for a clear definition of the scope of the convention.",
        "Some delegations expressed concern about human rights safeguards.",
        "One delegation proposed a new article on data protection.",
    ):
        doc.para(point, bullets)
    return doc.bytes()


def contents_report() -> bytes:
    """A report with its table of contents typed as paragraphs (headings, tabs, pages), as a
    delegation's Word file or a report set without a contents table has it; its paragraphs
    are recommendations of the seed report."""
    doc = DocBuilder()
    doc.para("Report of the Expert Group on its seventh session", style="Title")
    doc.para("Contents")
    doc.para("Page")
    for line in (
        "I.\tIntroduction\t3",
        "II.\tRecommendations\t4",
        "\tA.\tInternational cooperation\t4",
        "\tB.\tTechnical assistance\t5",
        "III.\tOrganization of the session\t6",
    ):
        doc.para(line)
    number = 0
    for heading, style, text in (
        ("I.\tIntroduction", "Heading 1", "The Expert Group held its seventh session in Vienna."),
        ("II.\tRecommendations", "Heading 1", None),
        (
            "A.\tInternational cooperation",
            "Heading 2",
            "States should continue strengthening cooperation to protect critical infrastructure.",
        ),
        (
            "B.\tTechnical assistance",
            "Heading 2",
            "Technical assistance should be provided to requesting States.",
        ),
        (
            "III.\tOrganization of the session",
            "Heading 1",
            "The session was opened by the Chair of the Expert Group.",
        ),
    ):
        doc.para(heading, style=style)
        if text:
            number += 1
            doc.para(f"{number}.\t{text}")
    return doc.bytes()


def evaluation_recommendations() -> bytes:
    """An evaluation report's recommendations as such reports set them: "Recommendation 1"
    in bold on a line of its own, its text in the paragraph below, under a heading."""
    doc = DocBuilder()
    doc.para("Evaluation of the Global Programme on Cybercrime", style="Title")
    doc.para("Recommendations", style="Heading 1")
    for number, text in enumerate(
        (
            "UNODC should strengthen its support to Member States in drafting legislation on "
            "cybercrime, in particular to small island developing States in the Pacific.",
            "UNODC should expand its capacity-building programme to the Pacific region.",
            "Donors should provide multi-year funding to the programme.",
        ),
        1,
    ):
        label = doc.para(f"Recommendation {number}")
        label.runs[0].bold = True
        doc.para(text)
    return doc.bytes()


def numbered_table() -> bytes:
    """Recommendations set as a table with a "No." column of bare numbers, as action plans
    and matrices of recommendations are: "No. | Recommendation | Responsible | Timeline"."""
    document = docx.Document()
    document.add_paragraph("Action plan on international cooperation", style="Title")
    document.add_paragraph(
        "The Expert Group agreed on the following recommendations at its eighth meeting."
    )
    rows = [
        (
            "States should strengthen mutual legal assistance, including by designating central "
            "authorities with adequate resources and training.",
            "Member States",
            "2026",
        ),
        (
            "States should designate a 24/7 point of contact for urgent requests for the "
            "preservation of electronic evidence.",
            "Member States",
            "2026",
        ),
        (
            "UNODC should continue to provide technical assistance on drafting legislation.",
            "UNODC",
            "2026-2027",
        ),
        ("Donors should provide multi-year funding for capacity-building.", "Donors", "2027"),
        (
            "The secretariat should report on progress at the next meeting of the Expert Group.",
            "Secretariat",
            "2027",
        ),
    ]
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("No.", "Recommendation", "Responsible", "Timeline"), strict=True
    ):
        cell.text = text
    for number, (text, who, when) in enumerate(rows, 1):
        for cell, value in zip(table.add_row().cells, (str(number), text, who, when), strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> None:
    for language in ("fr", "es"):
        path = DATA / f"synthetic-resolution-{language}.docx"
        path.write_bytes(resolution(language))
        convert(path, "pdf", DATA)  # the symbol in the running header only, as in Word
    (DATA / "synthetic-tracked-changes.docx").write_bytes(tracked_changes())
    statement_path = DATA / "synthetic-statement.docx"
    statement_path.write_bytes(statement())
    for target in ("odt", "rtf", "html", "doc", "pdf"):
        convert(statement_path, target, DATA)
    table = DATA / "synthetic-compilation.docx"
    table.write_bytes(compilation())
    for target in ("pdf", "odt", "html"):
        convert(table, target, DATA)
    # Word files and LibreOffice's PDF of each.
    with_pdf = {
        "synthetic-verbatim-record": verbatim_record,
        "synthetic-recommendations": evaluation_recommendations,
        "synthetic-contents": contents_report,
        "synthetic-bulleted-summary": bulleted_summary,
        "synthetic-headed-elements": headed_elements,
        "synthetic-numbered-table": numbered_table,
        "synthetic-draft-resolution": draft_resolution,
        **{f"synthetic-report-{language}": partial(report, language) for language in REPORT},
    }
    for name, build in with_pdf.items():
        path = DATA / f"{name}.docx"
        path.write_bytes(build())
        convert(path, "pdf", DATA)
    # Word files as LibreOffice saves them in its own formats: the masthead (symbol,
    # "Addendum", date) moves into the page style's header (.odt, .rtf) or the page's top;
    # tracked changes are kept as the format keeps them.
    for name, targets in LIBREOFFICE_FORMS.items():
        for target in targets:
            made = convert(DATA / f"{name}.docx", target, DATA)
            for picture in DATA.glob(f"{made.stem}_html_*"):
                picture.unlink()  # the pictures an .html refers to: not read by the import


LIBREOFFICE_FORMS = {
    "A_80_604_Add.3": ("odt", "html"),
    "synthetic-jobnumber": ("odt", "rtf"),
    "synthetic-tracked-changes": ("odt", "rtf"),
}


if __name__ == "__main__":
    main()
