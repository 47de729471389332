"""Numbers as Chinese texts set them: "一、" counting an enumeration, "1．" and "１．" with the
full-width stop and digits."""

from __future__ import annotations

from cybertrack.importers import parse_bytes

OWN_TEXT = (
    "关于网络犯罪的建议草案\n\n一、各国应加强国际合作。\n\n二、各国应指定联络点。\n\n"
    "三、各国应交流良好做法。\n"
)


def test_a_text_counted_by_chinese_numbers_alone() -> None:
    document = parse_bytes(OWN_TEXT.encode(), "jianyi.txt")
    assert [(i.number, i.label, i.text) for i in document.items] == [
        ("1", "一、", "各国应加强国际合作。"),
        ("2", "二、", "各国应指定联络点。"),
        ("3", "三、", "各国应交流良好做法。"),
    ]
    assert document.title == "关于网络犯罪的建议草案"
    assert document.coverage.left_out == 0


def test_chinese_counting_numbers_over_numbered_paragraphs_are_headings() -> None:
    text = (
        "中国关于公约草案的意见\n\n一、总体意见\n\n1. 中方支持制定一项全面的国际公约。\n\n"
        "2. 公约应尊重各国主权。\n\n二、具体意见\n\n3. 关于第5条，中方建议删除第2款。\n"
    )
    document = parse_bytes(text.encode(), "yijian.txt")
    titles = {s.key: s.title for s in document.sections}
    assert [(i.number, titles[i.section_key]) for i in document.items] == [
        ("1", "总体意见"),
        ("2", "总体意见"),
        ("3", "具体意见"),
    ]


def test_full_width_stops_and_digits() -> None:
    text = (
        "建议草案\n\n1．各国应加强国际合作。\n\n２．各国应指定联络点。\n\n"
        "３. 各国应交流良好做法。\n"
    )
    document = parse_bytes(text.encode(), "quanjiao.txt")
    assert [(i.number, i.text) for i in document.items] == [
        ("1", "各国应加强国际合作。"),
        ("2", "各国应指定联络点。"),
        ("3", "各国应交流良好做法。"),
    ]
    assert not document.warnings
