"""The committed quotes.db must be exactly what the current extractor writes for seeds/.

It is rebuilt here into a temporary database, from the repository root with the same relative paths as
`make db` (`quotes extract seeds/ --db quotes.db`), so the `source` column matches ("seeds/000_....txt").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotes import __version__
from quotes.pipeline import extract_to_database

REPO_ROOT = Path(__file__).resolve().parent.parent
COMMITTED = REPO_ROOT / "quotes.db"
SEEDS = REPO_ROOT / "seeds"

REBUILD = (
    "quotes.db is stale: it is no longer what the current extractor writes for seeds/. Rebuild it from "
    "scratch and commit it:\n"
    "    make db        (or: rm -f quotes.db && quotes extract seeds/ --db quotes.db)\n"
    "Do not just re-run `quotes extract` on the existing file: it skips articles already extracted with the "
    "same pipeline label, even when the extractor's code has changed, and keeps articles whose seed was removed."
)


@pytest.fixture(scope="module")
def committed(dump_db):
    assert COMMITTED.is_file(), f"{COMMITTED} is missing.\n{REBUILD}"
    return dump_db(COMMITTED)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory, dump_db, nlp):
    path = tmp_path_factory.mktemp("committed") / "quotes.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO_ROOT)
        summary = extract_to_database(["seeds/"], str(path))
    assert summary.errors == [], [str(error) for error in summary.errors]
    assert summary.articles == len(list(SEEDS.glob("*.txt"))) > 0
    return dump_db(path)


def difference(table: str, committed: list[dict], rebuilt: list[dict], ignore=()) -> str:
    """A short account of how the committed rows differ from the rebuilt ones, by id."""
    old = {row["id"]: {k: v for k, v in row.items() if k not in ignore} for row in committed}
    new = {row["id"]: {k: v for k, v in row.items() if k not in ignore} for row in rebuilt}
    lines = [f"{table}: {len(old)} rows committed, {len(new)} rows from the current extractor"]
    for row_id in sorted(set(old) - set(new))[:5]:
        lines.append(f"  only in quotes.db: {old[row_id]}")
    for row_id in sorted(set(new) - set(old))[:5]:
        lines.append(f"  missing from quotes.db: {new[row_id]}")
    for row_id in sorted(set(old) & set(new)):
        changed = {k: (old[row_id].get(k), new[row_id].get(k)) for k in old[row_id].keys() | new[row_id].keys()
                   if old[row_id].get(k) != new[row_id].get(k)}
        if changed:
            lines.append(f"  {row_id} differs (committed, current): {changed}")
            if len(lines) > 15:
                break
    return "\n".join(lines)


def without(rows: list[dict], column: str) -> list[dict]:
    return [{k: v for k, v in row.items() if k != column} for row in rows]


@pytest.mark.parametrize("table, ignore", [("articles", ("pipeline",)), ("speakers", ()), ("quotes", ())])
def test_committed_rows_match_a_fresh_extraction(committed, rebuilt, table, ignore):
    old = [{k: v for k, v in row.items() if k not in ignore} for row in committed[table]]
    new = [{k: v for k, v in row.items() if k not in ignore} for row in rebuilt[table]]
    assert old == new, f"{REBUILD}\n\n{difference(table, committed[table], rebuilt[table], ignore)}"


def test_committed_schema_and_search_index_match_a_fresh_extraction(committed, rebuilt):
    assert committed["sqlite_master"] == rebuilt["sqlite_master"], f"{REBUILD}\n\nThe schema changed."
    assert committed["quotes_fts"] == rebuilt["quotes_fts"], f"{REBUILD}\n\nquotes_fts differs."
    assert committed["speakers_fts"] == rebuilt["speakers_fts"], f"{REBUILD}\n\nspeakers_fts differs."


def test_committed_db_covers_every_seed_with_the_current_version(committed):
    sources = sorted(row["source"] for row in committed["articles"])
    assert sources == sorted(f"seeds/{path.name}" for path in SEEDS.glob("*.txt")), REBUILD
    labels = {row["pipeline"] for row in committed["articles"]}
    assert all(label.endswith(f"+quotes-{__version__}") for label in labels), f"{REBUILD}\n\nlabels: {labels}"
    for row in committed["articles"]:
        assert row["text"] == (REPO_ROOT / row["source"]).read_bytes().decode("utf-8-sig"), REBUILD


@pytest.fixture(scope="module")
def conn():
    assert COMMITTED.is_file(), f"{COMMITTED} is missing.\n{REBUILD}"
    connection = sqlite3.connect(f"file:{COMMITTED}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_committed_quote_offsets_point_into_the_article_text(conn):
    rows = conn.execute(
        """select quotes.id, quotes.text, start_char, end_char, speaker_mention, speaker_start_char,
                  speaker_end_char, articles.text
           from quotes join articles on articles.id = quotes.article_id"""
    ).fetchall()
    assert len(rows) == conn.execute("select count(*) from quotes").fetchone()[0] > 0
    for quote_id, text, start, end, mention, mention_start, mention_end, article in rows:
        assert article[start:end] == text, (quote_id, text, article[start:end])
        if mention is not None:
            assert article[mention_start:mention_end] == mention, (quote_id, mention)


def test_committed_keys_resolve(conn):
    dangling = conn.execute(
        "select id, speaker_id from quotes where speaker_id is not null "
        "and speaker_id not in (select id from speakers)"
    ).fetchall()
    assert dangling == []
    assert conn.execute("select count(*) from quotes where article_id not in (select id from articles)").fetchone() == (0,)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    # No speaker is left behind without a quote.
    assert conn.execute(
        "select count(*) from speakers where id not in (select speaker_id from quotes where speaker_id is not null)"
    ).fetchone() == (0,)


def test_committed_fts_is_in_sync(conn):
    quotes = conn.execute("select count(*) from quotes").fetchone()[0]
    assert conn.execute("select count(*) from quotes_fts").fetchone()[0] == quotes
    assert conn.execute("select count(*) from speakers_fts").fetchone()[0] == conn.execute(
        "select count(*) from speakers"
    ).fetchone()[0]
    # The FTS rows are the quotes' own rows, with the same text.
    assert conn.execute(
        "select count(*) from quotes join quotes_fts on quotes_fts.rowid = quotes.rowid "
        "where quotes_fts.text = quotes.text"
    ).fetchone()[0] == quotes
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
