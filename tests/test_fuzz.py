"""Property tests: arbitrary Unicode through the extractor and the store, arbitrary bytes through the
reader. Bounded (a few dozen examples each) so the suite stays fast."""

from __future__ import annotations

import io
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.pipeline import extract_quotes
from quotes.read import ReadError, ReadOptions, read_articles
from quotes.records import Article
from quotes.store import open_database, store_article

# Arbitrary text, and text built from the pieces quotes are made of, so that marks, cues and names meet.
PIECES = ["“", "”", '"', "‘", "’", "'", "«", "»", " ", "\n", "\r\n", ".", ",", ":", "said", "told", "says",
          "according to", "Jane Roe", "he", "she", "the minister", "Officials", "We will", "SMITH:", "―", "(", ")"]
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join),
)
FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(text=TEXTS)
def test_extractor_and_store_keep_their_invariants(nlp, text):
    quotes = extract_quotes(nlp(text))
    for q in quotes:
        assert 0 <= q.start_char < q.end_char <= len(text), q
        assert text[q.start_char : q.end_char] == q.text
        if q.speaker_start_char is not None:
            assert 0 <= q.speaker_start_char < q.speaker_end_char <= len(text)
        assert 0.0 <= q.confidence <= 1.0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.db"
        db = open_database(str(path))
        store_article(db, Article(source="fuzz", text=text), quotes, "fuzz")
        db.close()
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                "select q.text, q.start_char, q.end_char, a.text from quotes q join articles a on a.id = q.article_id"
            ).fetchall()
            assert len(rows) == len({(q.start_char, q.end_char, q.kind) for q in quotes})
            for quote_text, start, end, article_text in rows:
                assert article_text == text and article_text[start:end] == quote_text
            assert conn.execute(
                "select count(*) from quotes where speaker_id is not null and speaker_id not in (select id from speakers)"
            ).fetchone() == (0,)
            assert conn.execute("pragma foreign_key_check").fetchall() == []
        finally:
            conn.close()


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600), fmt=st.sampled_from(["txt", "html", "jsonl", "csv"]))
def test_reader_never_raises_on_arbitrary_bytes(data, fmt):
    items = list(read_articles(["-"], ReadOptions(format=fmt), stdin=io.BytesIO(data)))
    for item in items:
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, Article):
            assert item.text.strip() and item.source.startswith("stdin:")
        else:
            assert item.message and item.source.startswith("<stdin>")
