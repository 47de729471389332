"""The detail panel's rich text: the redline follows word_diff; highlights take any input."""

import pytest

from cybertrack.gui.views.markup import highlight_html, match_spans, redline_html


def test_redline_strikes_deletions_and_underlines_insertions():
    html = redline_html(
        "States should join the Budapest Convention.", "States may join the Convention."
    )
    assert html.startswith("States ")
    assert '<s style="color:#c62828">should</s>' in html
    assert '<u style="color:#1565c0">may</u>' in html
    # The space after a struck word goes with it, as in the paper's tracked change.
    assert '<s style="color:#c62828">Budapest </s>Convention' in html.split("join", 1)[1]


def test_redline_of_a_rewritten_sentence_strikes_it_whole():
    html = redline_html("States should join the Budapest Convention.", "States may join treaties.")
    assert html == (
        '<s style="color:#c62828">States should join the Budapest Convention.</s>'
        '<u style="color:#1565c0">States may join treaties.</u>'
    )


def test_redline_escapes_markup_in_the_texts():
    html = redline_html("a <b> c", "a <i> c")
    assert "<b>" not in html and "<i>" not in html
    assert html.startswith("a &lt;") and html.endswith("&gt; c")


def test_redline_of_identical_texts_marks_nothing():
    assert "<s" not in redline_html("same words  here", "same words here")


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("budapest", "Budapest"),
        ("Budap", "Budapest"),  # the last word is a prefix, as in the FTS search
        ("Secretary-General", "Secretary"),
        ('"quoted', "quoted"),
        ("сотрудничество", "сотрудничество"),
    ],
)
def test_highlight_marks_the_searched_words(query, marked):
    text = 'The Budapest Convention, the Secretary-General, a "quoted" word, сотрудничество.'
    html = highlight_html(text, query)
    assert f">{marked}</span>" in html


def test_highlight_with_no_match_or_no_words_only_escapes():
    assert highlight_html("a < b", "AND OR (") == "a &lt; b"
    assert highlight_html("a < b", "") == "a &lt; b"


def test_redline_on_a_dark_palette_uses_lighter_colours():
    html = redline_html("a b", "a c", dark=True)
    assert "#ef7a7a" in html and "#7cb8f2" in html and "#c62828" not in html


def test_chinese_and_arabic_hits_are_marked_where_the_scan_finds_them():
    # The scan found 人权 inside a clause, but the highlight looked for a whole word.
    text = "鉴于对人权的无视和侮蔑已发展为野蛮暴行，人权"
    assert [text[a:b] for a, b in match_spans(text, "人权")] == ["人权", "人权"]
    # Arabic: vowels unwritten in the query, the article joined to the word in the text.
    arabic = "يولد جميع الناس أحرارًا متساوين في الكرامة"
    assert [arabic[a:b] for a, b in match_spans(arabic, "أحرارا كرامة")] == ["أحرارًا", "كرامة"]
