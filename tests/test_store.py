"""Step 5, storing: exact rows from hand-made records (no spaCy), keys, indexes, FTS, the view, re-runs."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from quotes.records import Article, Quote, Speaker
from quotes.store import SCHEMA, StoreResult, ensure_schema, open_database, store_article

PIPELINE = "en_test-1.0+quotes-test"

ROE = Speaker("Jane Roe", "person")
OFFICIALS = Speaker("officials", "anonymous")
MINISTRY = Speaker("Defence Ministry", "organization")
FIDAN = Speaker("Hakan Fidan", "person")

TEXT_A = (
    "Ankara talks to resume next week\n"
    "By Jane Doe\n"
    "“There can be no ceasefire before talks,” Foreign Minister Jane Roe said. "
    "Officials said the next round would start on Monday.\n"
)
TEXT_B = (
    "Ministry confirms prisoner swap\n"
    "The Defence Ministry said 250 prisoners had been exchanged. "
    "“We will keep talking,” Roe told reporters.\n"
    "A statement called the swap “a first step”.\n"
)
# The same file as TEXT_A, edited: the ceasefire became a truce, the officials are gone, Fidan spoke.
TEXT_A_EDITED = (
    "Ankara talks to resume next week\n"
    "By Jane Doe\n"
    "“There can be no truce before talks,” Foreign Minister Jane Roe said. "
    "“The ultimate aim is peace,” Hakan Fidan said.\n"
)

ARTICLE_A = Article(
    "news/ankara.txt", TEXT_A, title="Ankara talks to resume next week", author="Jane Doe",
    url="https://news.example/ankara", published="2025-07-23", outlet="Example News",
)
ARTICLE_B = Article("news/ministry.txt", TEXT_B, title="Ministry confirms prisoner swap")
ARTICLE_A_EDITED = Article(
    "news/ankara.txt", TEXT_A_EDITED, title="Ankara talks to resume next week", author="Jane Doe"
)


def quote(article: Article, text: str, kind: str, speaker: Speaker | None, mention: str | None = None, **fields) -> Quote:
    start = article.text.index(text)
    spoken = {}
    if mention is not None:
        at = article.text.index(mention)
        spoken = {"speaker_mention": mention, "speaker_start_char": at, "speaker_end_char": at + len(mention)}
    return Quote(text=text, start_char=start, end_char=start + len(text), kind=kind, speaker=speaker, **spoken, **fields)


QUOTES_A = [
    quote(ARTICLE_A, "There can be no ceasefire before talks,", "direct", ROE, "Jane Roe",
          cue="said", role="Foreign Minister", confidence=0.87654, rule="direct-cue-after"),
    quote(ARTICLE_A, "the next round would start on Monday", "indirect", OFFICIALS, "Officials",
          cue="said", confidence=0.6, rule="indirect-verb-complement"),
]
QUOTES_B = [
    quote(ARTICLE_B, "250 prisoners had been exchanged", "indirect", MINISTRY, "The Defence Ministry",
          cue="said", confidence=0.7, rule="indirect-verb-complement"),
    quote(ARTICLE_B, "We will keep talking,", "direct", ROE, "Roe",
          cue="told", role="Foreign Minister", confidence=0.9, rule="direct-cue-after"),
    quote(ARTICLE_B, "a first step", "partial", None, cue="called", confidence=0.3, rule="partial-no-speaker"),
]
QUOTES_A_EDITED = [
    quote(ARTICLE_A_EDITED, "There can be no truce before talks,", "direct", ROE, "Jane Roe",
          cue="said", role="Foreign Minister", confidence=0.9, rule="direct-cue-after"),
    quote(ARTICLE_A_EDITED, "The ultimate aim is peace,", "direct", FIDAN, "Hakan Fidan",
          cue="said", confidence=0.9, rule="direct-cue-after"),
]


def sha16(*parts) -> str:
    """The documented key: the first 16 hex digits of SHA-256 over the parts joined by U+001F."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def speaker_row(speaker: Speaker) -> dict:
    """A speaker as one article's store writes it; the linking pass (tests/test_link.py) fills the rest."""
    return {"id": sha16(speaker.kind, speaker.name.casefold()), "name": speaker.name, "kind": speaker.kind,
            "role": None, "affiliation": None, "gender": None, "quotes": None, "articles": None}


def article_row(article: Article) -> dict:
    return {
        "id": sha16(article.text),
        "source": article.source,
        "title": article.title,
        "author": article.author,
        "url": article.url,
        "published": article.published,
        "outlet": article.outlet,
        "text": article.text,
        "chars": len(article.text),
        "pipeline": PIPELINE,
    }


def store(path, *pairs) -> None:
    db = open_database(str(path))
    for article, quotes in pairs:
        store_article(db, article, quotes, PIPELINE)
    db.close()


def rows(db, table: str) -> list[dict]:
    return list(db[table].rows_where(order_by="id"))


def by_id(*row_dicts) -> list[dict]:
    return sorted(row_dicts, key=lambda row: row["id"])


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "quotes.db"
    store(path, (ARTICLE_A, QUOTES_A), (ARTICLE_B, QUOTES_B))
    return path


@pytest.fixture
def db(db_path):
    database = open_database(str(db_path))
    yield database
    database.close()


A_ID = sha16(TEXT_A)
B_ID = sha16(TEXT_B)


def expected_quote_rows() -> list[dict]:
    speakers = {speaker_row(s)["id"]: s for s in (ROE, OFFICIALS, MINISTRY, FIDAN)}
    rows = _expected_quote_rows()
    for row in rows:
        speaker = speakers.get(row["speaker_id"])
        row.update(speaker_name=speaker.name if speaker else None, speaker_kind=speaker.kind if speaker else None,
                   affiliation=None, speaker_gender=None, cluster_id=None)
    return rows


def _expected_quote_rows() -> list[dict]:
    ceasefire = TEXT_A.index("There can be no ceasefire")
    monday = TEXT_A.index("the next round")
    swap = TEXT_B.index("250 prisoners")
    talking = TEXT_B.index("We will keep")
    step = TEXT_B.index("a first step")
    return by_id(
        {
            "id": sha16(A_ID, ceasefire, ceasefire + 39, "direct"),
            "article_id": A_ID,
            "text": "There can be no ceasefire before talks,",
            "start_char": ceasefire,
            "end_char": ceasefire + 39,
            "kind": "direct",
            "cue": "said",
            "speaker_id": sha16("person", "jane roe"),
            "speaker_mention": "Jane Roe",
            "speaker_start_char": TEXT_A.index("Jane Roe"),
            "speaker_end_char": TEXT_A.index("Jane Roe") + 8,
            "role": "Foreign Minister",
            "confidence": 0.877,  # rounded to 3 places
            "rule": "direct-cue-after",
        },
        {
            "id": sha16(A_ID, monday, monday + 36, "indirect"),
            "article_id": A_ID,
            "text": "the next round would start on Monday",
            "start_char": monday,
            "end_char": monday + 36,
            "kind": "indirect",
            "cue": "said",
            "speaker_id": sha16("anonymous", "officials"),
            "speaker_mention": "Officials",
            "speaker_start_char": TEXT_A.index("Officials"),
            "speaker_end_char": TEXT_A.index("Officials") + 9,
            "role": None,
            "confidence": 0.6,
            "rule": "indirect-verb-complement",
        },
        {
            "id": sha16(B_ID, swap, swap + 32, "indirect"),
            "article_id": B_ID,
            "text": "250 prisoners had been exchanged",
            "start_char": swap,
            "end_char": swap + 32,
            "kind": "indirect",
            "cue": "said",
            "speaker_id": sha16("organization", "defence ministry"),
            "speaker_mention": "The Defence Ministry",
            "speaker_start_char": TEXT_B.index("The Defence Ministry"),
            "speaker_end_char": TEXT_B.index("The Defence Ministry") + 20,
            "role": None,
            "confidence": 0.7,
            "rule": "indirect-verb-complement",
        },
        {
            "id": sha16(B_ID, talking, talking + 21, "direct"),
            "article_id": B_ID,
            "text": "We will keep talking,",
            "start_char": talking,
            "end_char": talking + 21,
            "kind": "direct",
            "cue": "told",
            "speaker_id": sha16("person", "jane roe"),
            "speaker_mention": "Roe",
            "speaker_start_char": TEXT_B.index("Roe"),
            "speaker_end_char": TEXT_B.index("Roe") + 3,
            "role": "Foreign Minister",
            "confidence": 0.9,
            "rule": "direct-cue-after",
        },
        {
            "id": sha16(B_ID, step, step + 12, "partial"),
            "article_id": B_ID,
            "text": "a first step",
            "start_char": step,
            "end_char": step + 12,
            "kind": "partial",
            "cue": "called",
            "speaker_id": None,
            "speaker_mention": None,
            "speaker_start_char": None,
            "speaker_end_char": None,
            "role": None,
            "confidence": 0.3,
            "rule": "partial-no-speaker",
        },
    )


def test_articles_rows_are_exact(db):
    assert rows(db, "articles") == by_id(
        {
            "id": A_ID,
            "source": "news/ankara.txt",
            "title": "Ankara talks to resume next week",
            "author": "Jane Doe",
            "url": "https://news.example/ankara",
            "published": "2025-07-23",
            "outlet": "Example News",
            "text": TEXT_A,
            "chars": len(TEXT_A),
            "pipeline": PIPELINE,
        },
        {
            "id": B_ID,
            "source": "news/ministry.txt",
            "title": "Ministry confirms prisoner swap",
            "author": None,
            "url": None,
            "published": None,
            "outlet": None,
            "text": TEXT_B,
            "chars": len(TEXT_B),
            "pipeline": PIPELINE,
        },
    )


def test_speakers_rows_are_exact(db):
    assert rows(db, "speakers") == by_id(speaker_row(ROE), speaker_row(OFFICIALS), speaker_row(MINISTRY))
    assert speaker_row(ROE)["id"] == sha16("person", "jane roe")


def test_quotes_rows_are_exact(db):
    assert rows(db, "quotes") == expected_quote_rows()


def test_columns_follow_the_schema_contract(db):
    assert list(db["articles"].columns_dict) == [
        "id", "source", "title", "author", "url", "published", "outlet", "text", "chars", "pipeline",
    ]
    assert list(db["speakers"].columns_dict) == [
        "id", "name", "kind", "role", "affiliation", "gender", "quotes", "articles",
    ]
    assert list(db["quotes"].columns_dict) == [
        "id", "article_id", "text", "start_char", "end_char", "kind", "cue", "speaker_id", "speaker_name",
        "speaker_kind", "speaker_mention", "speaker_start_char", "speaker_end_char", "role", "affiliation",
        "speaker_gender", "confidence", "rule", "cluster_id",
    ]
    for table in ("articles", "speakers", "quotes"):
        assert db[table].pks == ["id"]
        assert list(db[table].columns_dict) == list(SCHEMA[table]["columns"])
    assert {c.name for c in db["quotes"].columns if c.notnull} >= {"text"}
    assert {c.name for c in db["articles"].columns if c.notnull} >= {"text"}


def test_speaker_kinds_are_the_documented_ones(db):
    assert {row["kind"] for row in db["speakers"].rows} <= {"person", "organization", "anonymous"}
    assert all(0 <= row["confidence"] <= 1 for row in db["quotes"].rows)


def test_foreign_keys_are_declared_and_enforced(db):
    declared = {(fk.column, fk.other_table, fk.other_column) for fk in db["quotes"].foreign_keys}
    assert declared == {("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                        ("cluster_id", "quote_clusters", "id")}
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("pragma foreign_keys").fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError):
        db["quotes"].insert({"id": "dangling", "article_id": "no-such-article", "text": "x"})


def test_every_foreign_key_is_indexed(db):
    quote_indexes = {tuple(index.columns) for index in db["quotes"].indexes}
    assert {("article_id",), ("speaker_id",)} <= quote_indexes
    for table in db.tables:
        leading = {index.columns[0] for index in table.indexes}
        for fk in table.foreign_keys:
            assert fk.column in leading, f"{table.name}.{fk.column} has no index"


def test_fts_search_finds_the_quote(db):
    [ceasefire] = [row for row in expected_quote_rows() if "ceasefire" in row["text"]]
    assert [row["id"] for row in db["quotes"].search("ceasefire")] == [ceasefire["id"]]
    assert [row["id"] for row in db["quotes"].search("ceasefires")] == [ceasefire["id"]]  # porter stemming
    assert list(db["quotes"].search("armistice")) == []
    assert [row["name"] for row in db["speakers"].search("ministry")] == ["Defence Ministry"]


def fts_texts(db) -> list[str]:
    return sorted(row[0] for row in db.execute("select text from quotes_fts").fetchall())


def test_fts_stays_in_sync_when_a_restore_changes_the_quote_text(db):
    store_article(db, ARTICLE_A_EDITED, QUOTES_A_EDITED, PIPELINE)
    assert list(db["quotes"].search("ceasefire")) == []
    truce = [row["text"] for row in db["quotes"].search("truce")]
    assert truce == ["There can be no truce before talks,"]
    assert fts_texts(db) == sorted(row["text"] for row in db["quotes"].rows)


def test_fts_triggers_follow_updates_and_deletes(db):
    [ceasefire] = list(db["quotes"].search("ceasefire"))
    db["quotes"].update(ceasefire["id"], {"text": "There can be no armistice before talks,"})
    assert list(db["quotes"].search("ceasefire")) == []
    assert [row["id"] for row in db["quotes"].search("armistice")] == [ceasefire["id"]]
    db["quotes"].delete(ceasefire["id"])
    assert list(db["quotes"].search("armistice")) == []
    assert fts_texts(db) == sorted(row["text"] for row in db["quotes"].rows)


def test_store_result_counts_quotes_and_new_speakers(tmp_path):
    db = open_database(str(tmp_path / "q.db"))
    assert store_article(db, ARTICLE_A, QUOTES_A, PIPELINE) == StoreResult(quotes=2, new_speakers=2)
    # Roe is already known; only the ministry is new.
    assert store_article(db, ARTICLE_B, QUOTES_B, PIPELINE) == StoreResult(quotes=3, new_speakers=1)
    assert store_article(db, ARTICLE_A, QUOTES_A, PIPELINE) == StoreResult(quotes=2, new_speakers=0)


def test_storing_the_same_articles_twice_leaves_identical_tables(db_path, dump_db):
    before = dump_db(db_path)
    store(db_path, (ARTICLE_A, QUOTES_A), (ARTICLE_B, QUOTES_B))
    assert dump_db(db_path) == before
    store(db_path, (ARTICLE_B, QUOTES_B))
    assert dump_db(db_path) == before


def test_an_edited_source_replaces_its_article_quotes_and_orphaned_speakers(db_path, db):
    store_article(db, ARTICLE_A_EDITED, QUOTES_A_EDITED, PIPELINE)
    edited_id = sha16(TEXT_A_EDITED)

    assert [(row["id"], row["source"]) for row in rows(db, "articles")] == sorted(
        [(edited_id, "news/ankara.txt"), (B_ID, "news/ministry.txt")]
    )
    assert [row for row in rows(db, "articles") if row["id"] == edited_id] == [article_row(ARTICLE_A_EDITED)]

    quotes = rows(db, "quotes")
    assert sorted((row["article_id"], row["text"]) for row in quotes) == sorted(
        [(edited_id, q.text) for q in QUOTES_A_EDITED] + [(B_ID, q.text) for q in QUOTES_B]
    )
    assert [row for row in quotes if row["article_id"] == B_ID] == [
        row for row in expected_quote_rows() if row["article_id"] == B_ID
    ]
    # No quote points at the replaced article, or at any article that is gone.
    assert db.execute("select count(*) from quotes where article_id not in (select id from articles)").fetchone() == (0,)
    assert db.execute("pragma foreign_key_check").fetchall() == []

    # The officials were quoted only in the old version: gone. Roe is still quoted in B; Fidan is new.
    assert rows(db, "speakers") == by_id(speaker_row(ROE), speaker_row(MINISTRY), speaker_row(FIDAN))
    assert sorted(row[0] for row in db.execute("select name from speakers_fts").fetchall()) == sorted(
        ["Jane Roe", "Defence Ministry", "Hakan Fidan"]
    )


def test_an_article_with_no_quotes_left_removes_its_speakers(db):
    store_article(db, ARTICLE_B, [], PIPELINE)
    assert [row["article_id"] for row in db["quotes"].rows] == [A_ID, A_ID]
    assert rows(db, "speakers") == by_id(speaker_row(ROE), speaker_row(OFFICIALS))
    assert db["articles"].count == 2


def sqlite_master(db) -> list[tuple]:
    return db.execute("select type, name, tbl_name, sql from sqlite_master order by type, name").fetchall()


def test_ensure_schema_is_idempotent(db_path, dump_db):
    db = open_database(str(db_path))
    before = sqlite_master(db)
    assert {name for kind, name, _, _ in before if kind == "table"} >= {
        "articles", "speakers", "quotes", "quotes_fts", "speakers_fts"
    }
    assert {name for kind, name, _, _ in before if kind == "trigger"} >= {
        "quotes_ai", "quotes_ad", "quotes_au", "speakers_ai", "speakers_ad", "speakers_au"
    }
    data = dump_db(db_path)
    ensure_schema(db)
    ensure_schema(db)
    assert sqlite_master(db) == before
    db.close()
    assert dump_db(db_path) == data
    again = open_database(str(db_path))
    assert sqlite_master(again) == before
    again.close()


QUOTES_VIEW_COLUMNS = [
    "quote_id", "quote", "kind", "speaker", "speaker_kind", "role", "affiliation", "cue", "speaker_mention",
    "confidence", "rule", "article_title", "article_source", "outlet", "published", "cluster_id", "article_id",
    "speaker_id", "start_char", "end_char",
]


def test_quotes_view_columns_and_rows(db):
    assert db["quotes_view"].exists()
    assert [column.name for column in db["quotes_view"].columns] == QUOTES_VIEW_COLUMNS
    view = list(db["quotes_view"].rows)
    # Every quote, the speakerless one too, in reading order: article source, then offset.
    assert [row["quote"] for row in view] == [q.text for q in QUOTES_A] + [q.text for q in QUOTES_B]
    start = TEXT_A.index("There can be no ceasefire")
    assert view[0] == {
        "quote_id": sha16(A_ID, start, start + 39, "direct"),
        "quote": "There can be no ceasefire before talks,",
        "kind": "direct",
        "speaker": "Jane Roe",
        "speaker_kind": "person",
        "role": "Foreign Minister",
        "affiliation": None,
        "cue": "said",
        "speaker_mention": "Jane Roe",
        "confidence": 0.877,
        "rule": "direct-cue-after",
        "article_title": "Ankara talks to resume next week",
        "article_source": "news/ankara.txt",
        "outlet": "Example News",
        "published": "2025-07-23",
        "cluster_id": None,
        "article_id": A_ID,
        "speaker_id": sha16("person", "jane roe"),
        "start_char": start,
        "end_char": start + 39,
    }
    assert view[-1]["speaker"] is None and view[-1]["speaker_kind"] is None and view[-1]["quote"] == "a first step"


def test_every_stored_offset_points_into_the_article_text(db):
    stored = db.execute(
        """select quotes.text, quotes.start_char, quotes.end_char, quotes.speaker_mention,
                  quotes.speaker_start_char, quotes.speaker_end_char, articles.text
           from quotes join articles on articles.id = quotes.article_id"""
    ).fetchall()
    assert len(stored) == 5
    for text, start, end, mention, mention_start, mention_end, article in stored:
        assert article[start:end] == text
        if mention is not None:
            assert article[mention_start:mention_end] == mention


def test_a_failed_store_leaves_the_previous_version_intact(db_path, dump_db):
    """store.py promises one transaction per article: an error half-way must roll everything back."""
    before = dump_db(db_path)
    broken = Quote(text=None, start_char=0, end_char=5, kind="direct", speaker=FIDAN)  # violates NOT NULL
    db = open_database(str(db_path))
    with pytest.raises(sqlite3.IntegrityError):
        store_article(db, ARTICLE_A_EDITED, [broken], PIPELINE)
    db.close()
    after = dump_db(db_path)
    assert [row["id"] for row in after["articles"]] == [row["id"] for row in before["articles"]], (
        "a failed store committed part of the new version (store_article is not one transaction)"
    )
    assert after["quotes"] == before["quotes"]
    assert after == before
