"""Property-based and mutation fuzzing of every importer through parse_bytes.

Whatever the bytes, the only failure is ImportFailed with one sentence, within a time bound,
and a failed import leaves the workspace unchanged. Word and PDF readers merged later are
covered by the same tests, because the seeds include a real .docx and .pdf.
"""

import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench._mutate import mutate, mutate_docx_part
from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.model import ParsedDocument
from cybertrack.importers import parse_bytes
from cybertrack.services import ImportDocument
from tests.conftest import DATA, SEED

SECONDS_PER_FILE = 20
SEEDS = {
    "text": SEED.read_bytes(),
    "resolution": (DATA / "a-res-75-282-ahc-modalities.txt").read_bytes(),
    "docx": (DATA / "A_80_604_Add.3.docx").read_bytes(),
    "pdf": (DATA / "A_80_604_Add.3.pdf").read_bytes(),
}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Hang(Exception):
    pass


@contextmanager
def time_bound(seconds: int) -> Iterator[None]:
    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"an importer ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_or_refuse(data: bytes, name: str) -> ParsedDocument | None:
    """Parse within the time bound; ImportFailed (one sentence) is the only allowed failure."""
    with time_bound(SECONDS_PER_FILE):
        try:
            document = parse_bytes(data, name)
        except ImportFailed as exc:
            assert str(exc) and "\n" not in str(exc) and "Traceback" not in str(exc)
            return None
    assert document.items, "a parsed document always has items"
    return document


@FUZZ
@given(data=st.binary(max_size=4096), name=st.sampled_from(["a.txt", "a.docx", "a.pdf", "a"]))
def test_arbitrary_bytes_never_crash(data, name):
    parse_or_refuse(data, name)


@FUZZ
@given(seed=st.sampled_from(sorted(SEEDS)), rng_seed=st.integers(0, 2**32 - 1))
def test_mutated_real_documents_never_crash(seed, rng_seed):
    parse_or_refuse(mutate(SEEDS[seed], random.Random(rng_seed)), f"mutated.{seed[:4]}")


@FUZZ
@given(rng_seed=st.integers(0, 2**32 - 1))
def test_mutated_parts_inside_a_valid_docx_never_crash(rng_seed):
    parse_or_refuse(mutate_docx_part(SEEDS["docx"], random.Random(rng_seed)), "parts.docx")


_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
)
_PARAGRAPHS = st.lists(st.lists(_WORDS, min_size=1, max_size=12), min_size=1, max_size=25)


@FUZZ
@given(
    paragraphs=_PARAGRAPHS,
    style=st.sampled_from(["({n}) ", "{n}. ", "{n}.\n", "Article {n}\n", ""]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    newline=st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\f"]),
)
def test_generated_documents_parse_or_are_refused(paragraphs, style, encoding, newline):
    text = newline.join(
        style.format(n=n) + " ".join(words) for n, words in enumerate(paragraphs, start=1)
    )
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    document = parse_or_refuse(data, "generated.txt")
    if document is not None:
        assert len(document.items) <= max(len(paragraphs), 1) * 4
        assert all(item.text.strip() for item in document.items)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(rng_seed=st.integers(0, 2**32 - 1), seed=st.sampled_from(["text", "resolution"]))
def test_no_partial_import_whatever_the_input(workspace, rng_seed, seed):
    """Import what parses; the workspace afterwards holds the whole document or nothing."""
    before = len(workspace.items())
    document = parse_or_refuse(mutate(SEEDS[seed], random.Random(rng_seed)), "mutated.txt")
    if document is None:
        assert len(workspace.items()) == before
        return
    change = workspace.apply(ImportDocument(document))
    added = len(document.items) if not change.empty else 0
    assert len(workspace.items()) == before + added
    if not change.empty:
        workspace.revert(change)
        assert len(workspace.items()) == before


def test_the_time_bound_really_stops_a_hang():
    with pytest.raises(Hang), time_bound(1):
        while True:
            pass
