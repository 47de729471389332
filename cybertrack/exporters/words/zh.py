"""Chinese (simplified, full-width punctuation)."""

from __future__ import annotations

from datetime import date

WORDS = {
    "position_paper": "立场文件",
    "briefing_note": "情况简报",
    "dossier": "内部卷宗",
    "comparison": "各版本立场比较",
    "stance_sheet": "立场表",
    "shareable": "供分发给其他代表团",
    "internal": "内部文件——不得分发",
    "summary": "摘要",
    "summary_line": "{count}：支持 {support}，反对 {oppose}，修正 {amend}，尚无立场 {undecided}。",
    "summary_decided": "{count}：支持 {support}，反对 {oppose}，修正 {amend}。",
    "summary_open": "{count}：支持 {support}，反对 {oppose}，修正 {amend}，审议中 {undecided}。",
    "overview": "立场概览",
    "text": "案文",
    "position": "立场",
    "support": "支持",
    "oppose": "反对",
    "amend": "修正",
    "undecided": "尚无立场",
    "flexible": "灵活",  # capital's instruction: flexibility
    "under_consideration": "审议中",
    "rationale": "理由",
    "amendment": "拟议措辞",
    "note": "内部说明",
    "priority": "优先事项",
    "red_line": "红线",
    "normal": "一般",
    "history": "立场变更记录",
    "no_history": "尚未记录任何立场。",
    "none": "无",
    "talking_points": "发言要点",
    "level_point": "{level}：{point}",
    "we_support": "我们支持{items:nom}。",
    "we_oppose": "我们反对{items:nom}。",
    "we_amend": "我们提议修改{items:nom}。",
    "proposals": "拟议措辞及理由",
    "internal_notes": "内部说明",
    "undecided_items": "尚无立场的{units}",
    "still_open": "仍在审议中：{items:nom}。",
    "all_decided": "所有立场均已确定。",
    "prepared_by": "编写人：{initials}",
    "issued": "日期：{date}",
    "page_of": "第{page}页，共{pages}页",
    "label": "{name}：",
    "changes": "变化",
    "text_changed": "案文有改动",
    "stance_changed": "立场有变化",
    "new": "新增",
    "dropped": "删除",
    "col_id": "标识号",
    "col_document": "文件",
    "col_number": "编号",
    "col_text": "案文",
    "col_stance": "立场",
    "col_priority": "优先级",
    "col_rationale": "公开理由",
    "col_note": "内部说明",
    "col_amendment": "拟议措辞",
    "col_instruction": "首都指示",  # capital's (the negotiation day)
    # The delegation when none is set; the kinds of document the import names.
    "delegation": "代表团",
    "kind_report": "报告",
    "kind_draft_report": "报告草稿",
    "kind_draft_resolution": "决议草案",
    "kind_draft_decision": "决定草案",
    "kind_amendments": "修正案",
    "kind_addendum": "增编",
    "kind_resolution": "决议",
    "kind_decision": "决定",
    "kind_note_by_the_secretariat": "秘书处的说明",
    "kind_treaty": "条约",
    "kind_secretary_general_s_bulletin": "秘书长公报",
    "kind_administrative_instruction": "行政指示",
    "kind_information_circular": "情况通报",
}


def _unit(title: str, others: str, count: str, refs: str) -> dict[str, object]:
    return {"title": title, "plural": title, "others": others, "count": (count,), "nom": (refs,)}


UNITS = {
    "paragraph": _unit("段落", "其他段落", "{n}段", "第{refs}段"),
    "recommendation": _unit("建议", "其他建议", "{n}项建议", "建议{refs}"),
    "article": _unit("条款", "其他条款", "{n}条", "第{refs}条"),
    "operative paragraph": _unit(
        "执行部分段落", "执行部分其他段落", "执行部分{n}段", "执行部分第{refs}段"
    ),
    "preambular paragraph": _unit(
        "序言部分段落", "序言部分其他段落", "序言部分{n}段", "序言部分第{refs}段"
    ),
    "rule": _unit("规则", "其他规则", "{n}条规则", "第{refs}条规则"),
    "regulation": _unit("条例", "其他条例", "{n}条条例", "条例{refs}"),
    "provision": _unit("规定", "其他规定", "{n}项规定", "规定{refs}"),
    "conclusion": _unit("结论", "其他结论", "{n}项结论", "结论{refs}"),
    "guideline": _unit("准则", "其他准则", "{n}项准则", "准则{refs}"),
    "principle": _unit("原则", "其他原则", "{n}项原则", "原则{refs}"),
    "action": _unit("行动", "其他行动", "{n}项行动", "行动{refs}"),
    "target": _unit("具体目标", "其他具体目标", "{n}项具体目标", "具体目标{refs}"),
    "amendment": _unit("修正案", "其他修正案", "{n}项修正案", "修正案{refs}"),
    "statement": _unit("发言", "其他发言", "{n}次发言", "第{refs}次发言"),
}
LIST = "、"
AND = "和"
SERIES = True  # three groups or more: 'A, B and C'


def day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def days(first: date, last: date) -> str:
    """'2020年7月27日至29日', '2022年3月30日至4月1日'."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{day(first)}至{last.day}日"
    if first.year == last.year:
        return f"{day(first)}至{last.month}月{last.day}日"
    return f"{day(first)}至{day(last)}"
