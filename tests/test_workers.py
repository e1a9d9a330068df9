"""Batches, worker processes and streaming: `quotes extract --workers N --batch-size B` writes exactly
the database a single process writes, reads its input lazily, and stores a batch in one transaction.
(Speed is measured by benchmarks/bench.py, never here.)"""

from __future__ import annotations

import importlib.util
import sqlite3
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.pipeline import batched, extract_batches, extract_to_database
from quotes.records import Article, Quote, Speaker
from quotes.store import open_database, store_article, store_articles

REPO_ROOT = Path(__file__).resolve().parent.parent


def load_corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO_ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpus(folder: Path, count: int) -> Path:
    """Seeds and generated variants, a binary file (fails to read) and a copy of one article under
    another name (stored once): what a real run meets."""
    load_corpus_module().write_corpus(folder, count)
    (folder / "000" / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff" * 10)
    first = sorted((folder / "000").glob("*.txt"))[1]
    (folder / "000" / "zz_copy.txt").write_bytes(first.read_bytes())
    return folder


def rowids(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"select rowid, id from {table} order by rowid").fetchall()
                for table in ("articles", "quotes", "speakers")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 14)


@pytest.fixture(scope="module")
def one_process(nlp, corpus, tmp_path_factory):
    """The reference: one process, the default batch size."""
    path = tmp_path_factory.mktemp("ref") / "one.db"
    errors = []
    summary = extract_to_database([str(corpus)], str(path), on_error=errors.append)
    return path, summary, errors


def test_two_workers_write_exactly_the_database_one_process_writes(one_process, corpus, tmp_path, dump_db):
    reference, reference_summary, reference_errors = one_process
    path = tmp_path / "two.db"
    errors = []
    summary = extract_to_database([str(corpus)], str(path), workers=2, batch_size=3, on_error=errors.append)
    assert dump_db(path) == dump_db(reference)
    assert rowids(path) == rowids(reference)  # stored in input order, not in order of completion
    assert (summary.articles, summary.unchanged, summary.quotes, summary.new_speakers) == (
        reference_summary.articles, reference_summary.unchanged, reference_summary.quotes,
        reference_summary.new_speakers,
    )
    assert [str(e) for e in errors] == [str(e) for e in reference_errors]
    assert len(errors) == 1 and "broken.txt" in errors[0].source
    assert summary.articles == 15 and summary.unchanged == 1  # the copy


@pytest.mark.parametrize("batch_size", [1, 4])
def test_the_batch_size_changes_nothing_in_the_database(one_process, corpus, tmp_path, dump_db, batch_size):
    reference, _, _ = one_process
    path = tmp_path / f"b{batch_size}.db"
    extract_to_database([str(corpus)], str(path), batch_size=batch_size)
    assert dump_db(path) == dump_db(reference)
    assert rowids(path) == rowids(reference)


def test_cli_workers_and_batch_size(one_process, corpus, tmp_path, dump_db):
    reference, _, _ = one_process
    path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(path), "--workers", "2", "--batch-size", "5"])
    assert result.exit_code == 1, result.output  # the binary file
    assert "15 articles read, 1 skipped (unchanged), 1 failed" in result.stdout
    assert dump_db(path) == dump_db(reference)
    rerun = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(path), "-w", "2"])
    assert "15 articles read, 15 skipped (unchanged), 1 failed; 0 quotes" in rerun.stdout


def test_a_copy_read_before_its_original_is_stored_is_stored_once(nlp, make_articles, tmp_path):
    text = "Talks to resume\n“We will keep talking,” Foreign Minister Jane Roe said on Tuesday.\n"
    folder = make_articles({"a.txt": text, "b.txt": text, "c.txt": text.replace("Tuesday", "Monday")})
    summary = extract_to_database([str(folder)], str(tmp_path / "q.db"), batch_size=32)  # all in one batch
    assert (summary.articles, summary.unchanged) == (3, 1)
    conn = sqlite3.connect(tmp_path / "q.db")
    assert [row[0] for row in conn.execute("select source from articles order by source")] == [
        str(folder / "a.txt"), str(folder / "c.txt")]


class CountingInput:
    """Articles handed out one at a time, counting how many have been taken."""

    def __init__(self, count: int):
        self.taken = 0
        self.count = count

    def __iter__(self):
        for i in range(self.count):
            self.taken += 1
            yield Article(f"a{i}.txt", f"“We will keep talking,” Jane Roe said about item {i}.")


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_read_only_as_fast_as_it_is_parsed(nlp, workers):
    """Streaming: when the first batch comes back, only a bounded number of batches have been read
    (one in this process; two per worker in a pool), however long the input."""
    source = CountingInput(10_000)
    results = extract_batches(batched(source, 4), workers=workers)
    first_batch, first_outcomes = next(results)
    assert [a.source for a in first_batch] == ["a0.txt", "a1.txt", "a2.txt", "a3.txt"]
    assert all(isinstance(o, list) and o for o in first_outcomes)
    assert source.taken <= 4 * 2 * workers
    second, _ = next(results)
    assert second[0].source == "a4.txt"
    results.close()  # stops the pool


def test_batched_is_lazy_and_keeps_order():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert next(batched(iter(range(10**12)), 2)) == [0, 1]
    assert list(islice(batched(iter([]), 2), 1)) == []


def _quotes(text: str, name: str) -> list[Quote]:
    start = text.index("“") + 1
    end = text.index(",”")
    return [Quote(text=text[start:end], start_char=start, end_char=end, kind="direct", cue="said",
                  speaker=Speaker(name), speaker_mention=name, confidence=0.9, rule="test")]


def test_store_articles_writes_what_store_article_writes_one_by_one(tmp_path, dump_db):
    texts = {
        "a.txt": "“We will keep talking,” Jane Roe said.",
        "b.txt": "“There is no deal yet,” Jane Roe said.",
        "c.txt": "“Nothing is agreed,” Hakan Fidan said.",
    }
    items = [(Article(source, text), _quotes(text, "Jane Roe" if "Roe" in text else "Hakan Fidan"))
             for source, text in texts.items()]
    edited = (Article("a.txt", "“We will talk,” Jane Roe said."), _quotes("“We will talk,” Jane Roe said.", "Jane Roe"))
    one_by_one, batch = tmp_path / "one.db", tmp_path / "batch.db"
    db = open_database(str(one_by_one))
    results_one = [store_article(db, a, q, "test") for a, q in items + [edited]]
    db.close()
    db = open_database(str(batch))
    results_batch = store_articles(db, items, "test") + store_articles(db, [edited], "test")
    db.close()
    assert results_batch == results_one
    assert dump_db(batch) == dump_db(one_by_one)
    assert rowids(batch) == rowids(one_by_one)
