"""The marks that end a sentence, a clause or a list entry in the six UN languages (Latin and
Cyrillic, fullwidth Chinese, Arabic): what layout and structure rules read at a line's end."""

from __future__ import annotations

STOPS = (".", "!", "?")
CJK_STOPS = ("。", "！", "？")
CLAUSE = (";", ":")
CJK_CLAUSE = ("；", "：")
ARABIC_SEMICOLON, ARABIC_COMMA, ARABIC_QUESTION = "؛", "،", "؟"
COMMAS = (",", "，", ARABIC_COMMA)
CLOSING_QUOTES = ("”", '"')
