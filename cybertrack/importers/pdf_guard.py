"""A PDF's compressed streams are measured before PDFium inflates them.

PDFium inflates a page's content (and the fonts it needs) whole, in memory: a 2 MB file of
deflated zeros becomes gigabytes. Each stream the text extraction reads (everything but images,
which text extraction never decodes) is inflated here in bounded chunks, output thrown away, and
the total counted; past the limit the file is refused. Filter chains ([/FlateDecode
/FlateDecode]) are followed layer by layer, each layer fed by the last one's chunks. Streams in
filters this cannot count (LZW, run-length) are rare in modern PDFs; PDFium reads those itself.
"""

from __future__ import annotations

import re
import zlib

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code

# A 300-page report inflates to a few tens of MB (content and font programs); a full CJK font
# is ~20 MB. Past this, PDFium's own working memory would pass what a desktop can spare.
MAX_INFLATED = 256 * 2**20
_CHUNK = 1 << 16
_STREAM = re.compile(rb"stream\r?\n")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_OTHER_FILTER = re.compile(
    rb"/(?:LZWDecode|LZW|RunLengthDecode|RL|ASCII85Decode|A85|ASCIIHexDecode|AHx)\b"
)
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def check_pdf(data: bytes, name: str) -> None:
    """Raise ImportFailed if the streams would inflate past MAX_INFLATED."""
    total = 0
    for match in _STREAM.finditer(data):
        head = _dictionary(data, match.start())
        if head is None or _IMAGE.search(head) or not _FLATE.search(head):
            continue
        if _OTHER_FILTER.search(head):
            continue
        layers = len(_FLATE.findall(head))
        total += _inflated_size(data, match.end(), layers, MAX_INFLATED - total)
        if total >= MAX_INFLATED:
            raise ImportFailed(Code.PDF_BOMB, name=name, limit=MAX_INFLATED // 2**20)


def _dictionary(data: bytes, stream_at: int) -> bytes | None:
    """The stream's dictionary: the text between its "N 0 obj" and the stream keyword."""
    found = data.rfind(b"obj", max(0, stream_at - 4096), stream_at)
    if found < 0:
        return None
    return data[found + 3 : stream_at]


class _Past(Exception):
    """The budget is spent: stop inflating."""


def _inflated_size(data: bytes, start: int, layers: int, budget: int) -> int:
    """How many bytes the stream at `start` inflates to through `layers` deflate layers,
    stopping once past `budget`; at most one chunk per layer is held at a time."""
    decoders = [zlib.decompressobj() for _ in range(layers)]
    size = 0

    def feed(layer: int, piece: bytes) -> None:
        nonlocal size
        decoder = decoders[layer]
        while piece and not decoder.eof:
            out = decoder.decompress(piece, _CHUNK)
            piece = decoder.unconsumed_tail
            if layer + 1 < len(decoders):
                feed(layer + 1, out)
            else:
                size += len(out)
                if size > budget:
                    raise _Past

    position = start
    try:
        while position < len(data) and not decoders[0].eof:
            feed(0, data[position : position + _CHUNK])
            position += _CHUNK
    except _Past:
        pass
    except zlib.error:
        pass  # not deflate after all, or damaged: PDFium decides what to make of it
    return size
