"""The character encoding of a text file (.txt, .md, .html): Unicode, or the legacy code page of
one of the six UN languages.

UTF-8 and UTF-16 (with its byte-order mark) are read as they are. Anything else was written in a
Windows code page, and the code page is not in the file: a Russian text in Windows-1251 read as
Western Windows-1252 is a page of "Ñòàòüÿ", stored without a word. So the candidates are tried
and the one whose words read as words of one script wins:
- GB18030 (Chinese) when it decodes the file and gives mostly Chinese characters (a text in an
  8-bit code page rarely decodes as GB18030 at all: a word of an odd number of letters breaks
  its byte pairs);
- else Windows-1252 (English, French, Spanish), Windows-1251 (Russian) or Windows-1256 (Arabic):
  the one with the fewest implausible words - a word mixing scripts ("dйcision": French read as
  Cyrillic), a Cyrillic or Latin word whose case changes inside it (Arabic read as Cyrillic),
  or a Latin word made mostly of accented letters (Russian read as Western).
An HTML page's declared charset is taken first. The import says which code page it chose.
"""

from __future__ import annotations

import codecs
import re

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code

_CHINESE = "gb18030"
_EIGHT_BIT = ("cp1252", "cp1251", "cp1256")  # in this order when equally plausible
# How each is named to the delegate (the names Word and browsers give them).
NAMES = {"gb18030": "GB18030", "cp1252": "Windows-1252", "cp1251": "Windows-1251"}
NAMES |= {"cp1256": "Windows-1256"}
_WORD = re.compile(r"[^\W\d_]+")
_CJK_SHARE = 0.9  # of the letters outside ASCII, for a GB18030 reading to be Chinese


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str | None]:
    """The file's text, and the legacy encoding it was read in (None for UTF-8 and UTF-16).
    Raises ImportFailed when no encoding reads it."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-16"
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            raise ImportFailed(Code.IMPORT_ENCODING, name=name) from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if declared is not None and (text := _decoded(data, declared)) is not None:
        return text, declared
    chinese = _decoded(data, _CHINESE)
    if chinese is not None and _mostly_chinese(chinese):
        return chinese, _CHINESE
    readings = [(enc, text) for enc in _EIGHT_BIT if (text := _decoded(data, enc)) is not None]
    if not readings:
        raise ImportFailed(Code.IMPORT_ENCODING, name=name)
    encoding, text = min(readings, key=lambda reading: _implausible(reading[1]))
    return text, encoding


_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its head (`<meta charset=...>`), if Python knows
    it; a page that says UTF-8 is read as UTF-8 anyway."""
    found = _CHARSET.search(data[:4096])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_chinese(text: str) -> bool:
    """Chinese characters make the text: nearly all its letters beyond ASCII, and as many as
    half its Latin letters at least. (A French text in Windows-1252 often decodes as GB18030
    too: "États" gives a Chinese character for "Ét", and the rest of the word in Latin.)"""
    wide = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    cjk = sum(1 for c in wide if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return bool(wide) and cjk >= _CJK_SHARE * len(wide) and 2 * cjk >= latin


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250:
        return "latin"
    if 0x370 <= code < 0x400:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x600 <= code < 0x700:
        return "arabic"
    return "other"


def _implausible(text: str) -> int:
    """How many words of `text` no language writes (see the module's text)."""
    count = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        scripts = {_script(c) for c in word}
        if len(scripts) > 1 or (
            any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
        ):
            count += 1
        elif scripts == {"latin"} and len(word) >= 3:
            count += 2 * sum(1 for c in word if not c.isascii()) > len(word)
    return count
