"""Shared fixtures: the spaCy pipeline (loaded once per session), article folders, database dumps."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

import pytest

from quotes.parse import load_pipeline

REPO_ROOT = Path(__file__).resolve().parent.parent
TABLES = ("articles", "speakers", "quotes")


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline; ``load_pipeline`` caches it, so the CLI tests reuse this one."""
    return load_pipeline()


@pytest.fixture
def make_articles(tmp_path) -> Callable[..., Path]:
    """``make_articles({name: text_or_bytes}, folder="articles")`` writes the files and returns the folder.

    Text is written as UTF-8 bytes with no newline translation, so "\\r\\n" stays "\\r\\n"; bytes are
    written as given (for BOMs, UTF-16, binary and broken files). Names may contain "/" for sub-folders.
    """

    def make(files: dict[str, str | bytes], folder: str = "articles") -> Path:
        root = tmp_path / folder
        root.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return root

    return make


def dump_database(path: str | Path) -> dict[str, list]:
    """Everything a run writes, in a stable order: every table's rows by id, FTS contents, the schema.

    The database is opened read-only, so dumping never changes (or creates) the file.
    """
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        dump: dict[str, list] = {
            table: [dict(row) for row in conn.execute(f"select * from {table} order by id")]
            for table in TABLES
        }
        dump["quotes_fts"] = sorted(row[0] for row in conn.execute("select text from quotes_fts"))
        dump["speakers_fts"] = sorted(row[0] for row in conn.execute("select name from speakers_fts"))
        dump["sqlite_master"] = [
            tuple(row)
            for row in conn.execute("select type, name, tbl_name, sql from sqlite_master order by type, name")
        ]
        return dump
    finally:
        conn.close()


@pytest.fixture(scope="session")
def dump_db() -> Callable[[str | Path], dict[str, list]]:
    """``dump_db(path)`` -> {table: rows ordered by id, ..., "sqlite_master": [...]} (see dump_database)."""
    return dump_database
