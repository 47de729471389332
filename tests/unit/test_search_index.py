"""The desk's in-memory search finds exactly what the workspace's FTS5 search finds: the same
words read the same way (SQLite's unicode61 tokenizer, remove_diacritics 2), the same query
(words, "quoted phrases", a last word as a prefix, the scope's texts)."""

import random
import sqlite3

import pytest

from cybertrack.domain.positions import Field
from cybertrack.domain.search import SearchScope
from cybertrack.domain.search_index import SearchIndex, fold, tokens
from cybertrack.importers import read_document
from cybertrack.services import ImportDocument, SetField
from tests.conftest import DATA

# Texts in the six UN languages and in others the tokenizer treats apart: diacritics that go
# (Latin) and that stay (Cyrillic, Greek), Arabic vowel marks (word breaks for unicode61),
# CJK runs, ligatures, full-width letters, numbers of every kind, apostrophes and underscores.
SAMPLES = [
    "café CAFÉ cafe\u0301s naïve Ærø straße İstanbul ǅemal Łódź Đakovo ő ț ş ệ",
    "كَتَبَ الدولة الأعضاء شدّة تشجع الدول على الانضمام",
    "Государства-члены йод ёлка Ёж ЙОГА",
    "国际合作 打击网络犯罪 各国应继续加强合作，保护关键基础设施",
    "foo_bar x²y ½ 3.5 l'État don't Secretary-General (1) 24/7",
    "Œuvre ﬁnal ｆｕｌｌ Ⅻ ⑤ ١٢٣ ٤ ǈ ǉ ß ẞ ﬀ άλφα ΕΛΛΆΔΑ",
    "Los Estados Partes adoptarán medidas; les États parties coopèrent à l'échelle mondiale",
]


def fts_tokens(texts):
    """What SQLite's FTS5 index holds for each text, in order."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(t, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    conn.executemany("INSERT INTO f(rowid, t) VALUES (?, ?)", list(enumerate(texts)))
    found = {i: [] for i in range(len(texts))}
    for doc, term in conn.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        found[doc].append(term)
    return [found[i] for i in range(len(texts))]


def test_words_are_read_as_sqlite_reads_them():
    assert tokens("Café, CAFÉ and cafe\u0301s") == ["cafe", "cafe", "and", "cafes"]
    assert tokens("كَتَبَ") == ["ك", "ت", "ب"]  # unicode61 breaks words at Arabic vowel marks
    assert fold("ЙОД ёлка") == "йод ёлка"  # Cyrillic keeps its letters
    assert [tokens(text) for text in SAMPLES] == fts_tokens(SAMPLES)


def test_every_item_of_the_real_documents_is_read_as_sqlite_reads_it():
    texts = []
    for name in ("multiscript-report.txt", "budapest-convention-ets185.txt", "A_81_6_Sect.16.pdf"):
        texts += [item.text for item in read_document(DATA / name).items]
    assert len(texts) > 150
    assert [tokens(text) for text in texts] == fts_tokens(texts)


@pytest.fixture
def two_documents(seeded):
    """The seed and a document in Arabic, Chinese and English, with notes and wording."""
    seeded.apply(ImportDocument(read_document(DATA / "multiscript-report.txt")))
    rng = random.Random(16)
    items = seeded.items()
    for item in rng.sample(items, 12):
        field = rng.choice([Field.NOTE, Field.AMENDMENT, Field.RATIONALE])
        text = rng.choice(
            ["check with capital", "Budapest-Convention first", "الدول أولا", "合作 优先", "é"]
        )
        seeded.apply(SetField(item.id, field, f"{text} {item.text[:40]}"))
    return seeded


def index_of(workspace, document_id):
    index = SearchIndex()
    for item in workspace.items(document_id):
        index.add(item.id, (item.text, item.note, item.amendment, item.rationale))
    return index


def queries(texts, rng):
    """What a delegate types: prefixes of every length, words, phrases, two words."""
    words = [w for text in texts for w in text.split() if w.strip('",.;:()')]
    found = ["", '"', '""', "_", "a", "pr", "Stat", "states sh", '"mutual legal"', '"الدول', "合"]
    for _ in range(150):
        word = rng.choice(words)
        cut = rng.randint(1, len(word))
        kind = rng.random()
        if kind < 0.4:
            found.append(word[:cut])
        elif kind < 0.7:
            found.append(f"{rng.choice(words)} {word[:cut]}")
        else:
            found.append(f'"{rng.choice(words)} {word}"')
    return found


def test_the_desk_finds_what_the_workspace_search_finds(two_documents):
    rng = random.Random(4)
    documents = two_documents.documents()
    for document in documents:
        index = index_of(two_documents, document.id)
        texts = [
            " ".join((i.text, i.note, i.amendment, i.rationale))
            for i in two_documents.items(document.id)
        ]
        for query in queries(texts, rng):
            for scope in SearchScope:
                for min_prefix in (1, 2):
                    expected = two_documents.search(
                        query, document.id, min_prefix=min_prefix, scope=scope
                    )
                    got = index.find(query, scope, min_prefix)
                    wanted = set(expected) if expected is not None else None
                    assert got == wanted, (query, scope, min_prefix)


def test_an_edited_note_is_found_and_the_old_one_forgotten(seeded):
    (document,) = seeded.documents()
    index = index_of(seeded, document.id)
    first = seeded.items(document.id)[0]
    assert index.find("zanzibar") == set()
    index.add(first.id, (first.text, "ask Zanzibar", "", ""))
    assert index.find("zanzib") == {first.id}
    assert index.find("zanzibar", SearchScope.TEXT) == set()
    index.add(first.id, (first.text, "", "", ""))
    assert index.find("zanzib") == set()
    index.remove(first.id)
    assert first.id not in index and len(index) == 38
