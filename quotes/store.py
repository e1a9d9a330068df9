"""Step 5: store articles, speakers and quotes in SQLite.

The schema is declared once, as data, and applied idempotently. Every key is a content hash, and every
article is written in one transaction, so re-running over the same input changes nothing and an
interrupted run never leaves half an article behind.
"""

from __future__ import annotations

import functools
import json
import random
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, TypeVar

import sqlite_utils

from quotes.records import Article, Quote, content_hash

# table -> columns (name -> (type, description)), primary key, foreign keys, indexes.
SCHEMA: dict[str, dict] = {
    "articles": {
        "columns": {
            "id": (str, "Content hash of the article text"),
            "source": (str, "The file the article was read from, as given on the command line"),
            "title": (str, "Headline: the first line when it looks like one"),
            "author": (str, "Byline, e.g. 'Patrick Sykes and Henry Meyer'"),
            "url": (str, "Where the article was published (from the page's metadata or the record's url field)"),
            "published": (str, "Publication date as the source gives it; ISO 8601 (YYYY-MM-DD) from HTML pages"),
            "outlet": (str, "The publication: an HTML page's site name, or the record's outlet/source field"),
            "text": (str, "The article text as read (decoded, repaired, NFC); quote offsets point into it"),
            "chars": (int, "Length of the text in characters"),
            "pipeline": (str, "The spaCy pipeline, extractor version and any non-default option that produced this article's quotes"),
        },
        "pk": "id",
        "foreign_keys": [],
        "indexes": [["source"], ["outlet"], ["published"]],
    },
    "speakers": {
        "columns": {
            "id": (str, "Content hash of kind and the linked name key"),
            "name": (str, "Canonical name: the fullest form any article gives, e.g. 'Dmitry Peskov'"),
            "kind": (str, "person, organization or anonymous (e.g. 'sources close to the Kremlin')"),
            "role": (str, "Current role: the latest by article date where dates are known"),
            "affiliation": (str, "Country or organisation the current role names, e.g. 'Kremlin', 'Ukraine'"),
            "gender": (str, "female, male or unknown; only from the text's own pronouns and honorifics"),
            "quotes": (int, "Number of quotes attributed to this speaker"),
            "articles": (int, "Number of articles quoting this speaker"),
        },
        "pk": "id",
        "foreign_keys": [],
        "indexes": [["name"], ["kind"], ["affiliation"]],
    },
    "speaker_aliases": {
        "columns": {
            "speaker_id": (str, "The speaker"),
            "alias": (str, "A name form seen in the articles, e.g. 'Zelenskyy'"),
            "count": (int, "How many quotes name the speaker in this form"),
        },
        "pk": ("speaker_id", "alias"),
        "foreign_keys": [("speaker_id", "speakers", "id")],
        "indexes": [["speaker_id"], ["alias"]],
    },
    "speaker_roles": {
        "columns": {
            "speaker_id": (str, "The speaker"),
            "role": (str, "A role an article gives the speaker, e.g. 'Defense Minister'"),
            "article_id": (str, "The article giving it"),
            "first_seen": (str, "Publication date of that article (ISO 8601) where known"),
            "affiliation": (str, "Country or organisation the role names"),
        },
        "pk": ("speaker_id", "role", "article_id"),
        "foreign_keys": [("speaker_id", "speakers", "id"), ("article_id", "articles", "id")],
        "indexes": [["speaker_id"], ["article_id"], ["affiliation"]],
    },
    "quote_clusters": {
        "columns": {
            "id": (str, "Content hash of the cluster's first quote"),
            "representative": (str, "The quote's text as first published"),
            "speaker_id": (str, "Who said it"),
            "articles": (int, "Number of articles carrying this statement"),
            "quotes": (int, "Number of quotes in the cluster"),
            "first_article_id": (str, "The article it appeared in first (by date, else by source)"),
        },
        "pk": "id",
        "foreign_keys": [("speaker_id", "speakers", "id"), ("first_article_id", "articles", "id")],
        "indexes": [["speaker_id"], ["first_article_id"], ["articles"]],
    },
    "quotes": {
        "columns": {
            "id": (str, "Content hash of article, span and kind"),
            "article_id": (str, "The article the quote appears in"),
            "text": (str, "The quoted content exactly as it appears in the article"),
            "start_char": (int, "Offset of the first character of the quote in articles.text"),
            "end_char": (int, "Offset just past the last character of the quote in articles.text"),
            "kind": (str, "direct (all in quote marks), partial (a quoted fragment), mixed (reported clause with quoted words) or indirect (no quote marks)"),
            "cue": (str, "The reporting verb or phrase, e.g. 'told' or 'according to'"),
            "speaker_id": (str, "Who said it, linked across articles; null when no speaker was found"),
            "speaker_name": (str, "The speaker's name as this article gives it (its fullest form there)"),
            "speaker_kind": (str, "person, organization or anonymous, as found in this article"),
            "speaker_mention": (str, "The words naming the speaker at this quote, e.g. 'he' or 'Peskov'"),
            "speaker_start_char": (int, "Offset of the speaker mention in articles.text"),
            "speaker_end_char": (int, "Offset just past the speaker mention in articles.text"),
            "role": (str, "The speaker's role as the article gives it, e.g. 'Kremlin spokesman'"),
            "affiliation": (str, "Country or organisation the role names, e.g. 'Kremlin', 'Ukraine'"),
            "speaker_gender": (str, "f or m when this article's own pronouns or honorifics say so"),
            "confidence": (float, "0 to 1; higher is more often right"),
            "rule": (str, "The extraction rule that produced this quote, for filtering and audit"),
            "cluster_id": (str, "The same statement by the same speaker in other articles"),
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                         ("cluster_id", "quote_clusters", "id")],
        "indexes": [["article_id"], ["speaker_id"], ["kind"], ["role"], ["affiliation"], ["cluster_id"]],
    },
}

FTS: dict[str, list[str]] = {"quotes": ["text"], "speakers": ["name"]}

VIEWS: dict[str, str] = {
    "quotes_view": """
select
  quotes.id as quote_id,
  quotes.text as quote,
  quotes.kind,
  speakers.name as speaker,
  speakers.kind as speaker_kind,
  quotes.role,
  quotes.affiliation,
  quotes.cue,
  quotes.speaker_mention,
  quotes.confidence,
  quotes.rule,
  articles.title as article_title,
  articles.source as article_source,
  articles.outlet,
  articles.published,
  quotes.cluster_id,
  quotes.article_id,
  quotes.speaker_id,
  quotes.start_char,
  quotes.end_char
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
order by articles.source, quotes.start_char
""",
}


def open_database(path: str) -> sqlite_utils.Database:
    """Open (creating as needed) the database for writing.

    WAL mode lets several ``quotes extract`` runs write to one database while readers keep reading;
    writers queue on the busy timeout, and every per-article transaction is retried when SQLite still
    reports the database locked. ``synchronous = normal`` is safe in WAL mode against a killed process
    (only a power cut can lose the last transactions, never consistency).
    """
    db = sqlite_utils.Database(path)
    db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("pragma foreign_keys = on")
    retry_when_locked(lambda: db.execute("pragma journal_mode = wal").fetchall())()
    db.execute("pragma synchronous = normal")
    retry_when_locked(_ensure_schema_alone)(db)
    return db


def _ensure_schema_alone(db: sqlite_utils.Database) -> None:
    # Under the write lock, so two runs starting on a new database do not both create its tables.
    with write_transaction(db):
        ensure_schema(db)


def leave_wal_mode(db: sqlite_utils.Database) -> bool:
    """Switch the database back to a rollback journal (a single file, as the committed quotes.db and
    Datasette's immutable mode want it). Only possible when no other connection is open: another run
    still writing keeps WAL on, and switches it off itself when it ends. Returns whether it worked."""
    try:
        db.execute("pragma busy_timeout = 200")
        mode = db.execute("pragma journal_mode = delete").fetchone()[0]
    except sqlite3.OperationalError:
        return False
    finally:
        db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    return mode == "delete"


BUSY_TIMEOUT_MS = 30_000
LOCK_RETRIES = 10
T = TypeVar("T")


def retry_when_locked(action: Callable[..., T]) -> Callable[..., T]:
    """Run ``action``, retrying with jittered backoff while SQLite reports "database is locked" (or
    busy): under WAL a transaction that read before another writer committed cannot wait, only retry."""

    @functools.wraps(action)
    def retrying(*args, **kwargs) -> T:
        delay = 0.05
        for attempt in range(LOCK_RETRIES):
            try:
                return action(*args, **kwargs)
            except sqlite3.OperationalError as error:
                message = str(error).lower()
                if attempt == LOCK_RETRIES - 1 or ("locked" not in message and "busy" not in message):
                    raise
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")

    return retrying


@contextmanager
def write_transaction(db: sqlite_utils.Database):
    """One transaction that takes the write lock up front (BEGIN IMMEDIATE), so a concurrent writer
    waits on the busy timeout instead of failing half-way; rolled back on any error."""
    db.execute("begin immediate")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.execute("commit")
    except BaseException:
        db.rollback()
        raise


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create whatever tables, indexes, full-text indexes and views are missing."""
    for name, spec in SCHEMA.items():
        table = db[name]
        if not table.exists():
            table.create(
                {column: kind for column, (kind, _) in spec["columns"].items()},
                pk=spec["pk"],
                foreign_keys=spec["foreign_keys"],
                not_null={"text"} if name in ("articles", "quotes") else None,
            )
        else:
            # A database from an older version: add the columns it lacks.
            missing = {c: kind for c, (kind, _) in spec["columns"].items() if c not in table.columns_dict}
            for column, kind in missing.items():
                table.add_column(column, kind)
        for columns in spec["indexes"]:
            table.create_index(columns, if_not_exists=True)
    for name, columns in FTS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(columns, create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


@dataclass
class StoreResult:
    quotes: int
    new_speakers: int


def quote_id(article_id: str, quote: Quote) -> str:
    return content_hash(article_id, quote.start_char, quote.end_char, quote.kind)


def article_is_current(db: sqlite_utils.Database, article: Article, pipeline: str) -> bool:
    """Already extracted by this pipeline: the same text (from this file, or a copy of it under
    another name, which is stored once) needs no new work."""
    rows = db.execute("select 1 from articles where id = ? and pipeline = ?", [article.id, pipeline]).fetchall()
    return bool(rows)


@retry_when_locked
def store_article(
    db: sqlite_utils.Database, article: Article, quotes: Iterable[Quote], pipeline: str
) -> StoreResult:
    """Write one article and its quotes in a single transaction, replacing what it had before."""
    with write_transaction(db):
        return write_article(db, article, quotes, pipeline)


@retry_when_locked
def store_articles(
    db: sqlite_utils.Database, items: Iterable[tuple[Article, Iterable[Quote]]], pipeline: str
) -> list[StoreResult]:
    """Write several articles and their quotes in one transaction (one commit, one fsync, one lock
    for a whole batch), with exactly the rows ``store_article`` would write one by one, in order."""
    with write_transaction(db):
        return [write_article(db, article, quotes, pipeline) for article, quotes in items]


def write_article(
    db: sqlite_utils.Database, article: Article, quotes: Iterable[Quote], pipeline: str
) -> StoreResult:
    """The writes of ``store_article``, inside the caller's transaction."""
    quotes = list(quotes)
    speakers = {q.speaker.id: q.speaker for q in quotes if q.speaker is not None}
    known = {
        row[0]
        for row in db.execute(
            f"select id from speakers where id in ({','.join('?' * len(speakers))})", list(speakers)
        ).fetchall()
    } if speakers else set()
    # Replace the article's previous quotes; an edited file has a new content hash, so its old
    # version (same source, other id) goes too.
    replaced = "select id from articles where source = ? or id = ?"
    # Speakers of the quotes about to go are the only ones this write can leave without quotes.
    losing = [
        row[0] for row in db.execute(
            f"select distinct speaker_id from quotes where speaker_id is not null and article_id in ({replaced})",
            [article.source, article.id],
        ).fetchall()
    ]
    # Rows of the linking pass that point at the replaced version go first; the next link() rebuilds them.
    db.execute(f"update quotes set cluster_id = null where cluster_id in "
               f"(select id from quote_clusters where first_article_id in ({replaced}))", [article.source, article.id])
    db.execute(f"delete from quote_clusters where first_article_id in ({replaced})", [article.source, article.id])
    db.execute(f"delete from speaker_roles where article_id in ({replaced})", [article.source, article.id])
    db.execute(f"delete from quotes where article_id in ({replaced})", [article.source, article.id])
    db.execute("delete from articles where source = ? and id != ?", [article.source, article.id])
    db["articles"].upsert(
        {
            "id": article.id,
            "source": article.source,
            "title": article.title,
            "author": article.author,
            "url": article.url,
            "published": article.published,
            "outlet": article.outlet,
            "text": article.text,
            "chars": len(article.text),
            "pipeline": pipeline,
        },
        pk="id",
    )
    if speakers:
        db["speakers"].upsert_all(
            [{"id": s.id, "name": s.name, "kind": s.kind} for s in speakers.values()], pk="id", alter=True
        )
    if quotes:
        db["quotes"].upsert_all([quote_row(article.id, q) for q in quotes], pk="id")
    remove_orphan_speakers(db, losing)
    return StoreResult(quotes=len(quotes), new_speakers=len(set(speakers) - known))


def quote_row(article_id: str, q: Quote) -> dict:
    return {
        "id": quote_id(article_id, q),
        "article_id": article_id,
        "text": q.text,
        "start_char": q.start_char,
        "end_char": q.end_char,
        "kind": q.kind,
        "cue": q.cue,
        "speaker_id": q.speaker.id if q.speaker else None,
        "speaker_name": q.speaker.name if q.speaker else None,
        "speaker_kind": q.speaker.kind if q.speaker else None,
        "speaker_mention": q.speaker_mention,
        "speaker_start_char": q.speaker_start_char,
        "speaker_end_char": q.speaker_end_char,
        "role": q.role,
        "affiliation": q.affiliation,
        "speaker_gender": q.speaker.gender if q.speaker else None,
        "confidence": round(q.confidence, 3),
        "rule": q.rule,
    }


def remove_orphan_speakers(db: sqlite_utils.Database, candidates: Iterable[str] | None = None) -> None:
    """Speakers no quote points to any more go, with their aliases, roles and clusters.

    ``candidates`` limits the check to those speaker ids (the speakers of the quotes a write has just
    deleted: no other speaker can have lost its last quote), so storing an article costs the same on
    a database of a million quotes as on an empty one; None checks every speaker."""
    if candidates is None:
        orphans = "select id from speakers where id not in (select speaker_id from quotes where speaker_id is not null)"
        params: list = []
    else:
        params = list(candidates)
        if not params:
            return
        orphans = ("select value from json_each(?) where not exists "
                   "(select 1 from quotes where quotes.speaker_id = json_each.value)")
        params = [json.dumps(params)]
    db.execute(f"update quotes set cluster_id = null where cluster_id in "
               f"(select id from quote_clusters where speaker_id in ({orphans}))", params)
    for table in ("speaker_aliases", "speaker_roles", "quote_clusters"):
        db.execute(f"delete from {table} where speaker_id in ({orphans})", params)
    db.execute(f"delete from speakers where id in ({orphans})", params)
