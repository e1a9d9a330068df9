"""Safety: a run killed with SIGKILL leaves a consistent database and the next run completes it; two
runs writing one database at once both finish; bad and hostile input is reported, never a crash."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

import quotes.pipeline
from quotes.cli import cli
from quotes.pipeline import extract_quotes, extract_to_database, parse, split_into_chunks
from quotes.read import ReadOptions

REPO_ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Jane Roe", "John Doe", "Mary Major", "Richard Miles", "Ann Brown", "Tom Green", "Lucy White"]


def write_articles(folder: Path, count: int, offset: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(offset, offset + count):
        name = NAMES[n % len(NAMES)]
        (folder / f"{n:04d}.txt").write_text(
            f"Talks round {n} ends in Ankara\n\n“Round {n} was useful and we will keep talking,” Foreign Minister "
            f"{name} said on Monday.\nOfficials said the next round would follow within {n % 9 + 2} weeks.\n",
            encoding="utf-8",
        )
    return folder


def check_consistent(db_path: Path, every_article_quoted: bool = True) -> int:
    """Integrity of a database a run may have left half-way; returns the number of articles."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        assert conn.execute("select count(*) from quotes where article_id not in (select id from articles)").fetchone() == (0,)
        assert conn.execute(
            "select count(*) from quotes where speaker_id is not null and speaker_id not in (select id from speakers)"
        ).fetchone() == (0,)
        assert conn.execute(
            "select count(*) from speakers where id not in (select speaker_id from quotes where speaker_id is not null)"
        ).fetchone() == (0,), "orphan speakers"
        for text, start, end, article in conn.execute(
            "select q.text, q.start_char, q.end_char, a.text from quotes q join articles a on a.id = q.article_id"
        ):
            assert 0 <= start < end <= len(article) and article[start:end] == text
        # Every stored article is complete: it has its quote (each generated article has one direct quote).
        if every_article_quoted:
            assert conn.execute(
                "select count(*) from articles where id not in (select article_id from quotes where kind = 'direct')"
            ).fetchone() == (0,)
        return conn.execute("select count(*) from articles").fetchone()[0]
    finally:
        conn.close()


def tables(dump):
    return {table: dump[table] for table in ("articles", "speakers", "quotes", "quotes_fts", "speakers_fts")}


def run_quotes(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", *map(str, args)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_a_run_killed_mid_way_leaves_a_consistent_database_and_the_next_run_completes_it(nlp, tmp_path, dump_db):
    total = 320
    folder = write_articles(tmp_path / "news", total)
    db_path = tmp_path / "killed.db"
    process = run_quotes(folder, "--db", db_path, "--quiet")
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            conn = None
            try:
                conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.1)
                stored = conn.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.Error:
                stored = 0  # not created yet, or the schema is being written
            finally:
                if conn is not None:
                    conn.close()
            if stored:
                break
            time.sleep(0.01)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, process.stderr.read()
    assert stored > 0, "the run stored nothing before the deadline"

    left = check_consistent(db_path)
    assert 0 < left < total, f"the run was not interrupted mid-way ({left} of {total} articles stored)"

    summary = extract_to_database([str(folder)], str(db_path))
    assert summary.errors == []
    assert (summary.articles, summary.unchanged) == (total, left)
    assert check_consistent(db_path) == total

    clean = tmp_path / "clean.db"
    extract_to_database([str(folder)], str(clean))
    assert tables(dump_db(db_path)) == tables(dump_db(clean))
    # Back to a rollback journal when the run ends: a single file, as immutable serving wants it.
    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma journal_mode").fetchone() == ("delete",)
    conn.close()
    assert not Path(f"{db_path}-wal").exists()


def test_two_runs_write_one_database_at_once(nlp, tmp_path, dump_db):
    first = write_articles(tmp_path / "first", 40)
    second = write_articles(tmp_path / "second", 40, offset=40)
    shared = write_articles(tmp_path / "shared", 30, offset=80)  # both runs store these
    db_path = tmp_path / "shared.db"
    runs = [run_quotes(first, shared, "--db", db_path), run_quotes(shared, second, "--db", db_path)]
    outputs = [run.communicate(timeout=180) for run in runs]
    for run, (stdout, stderr) in zip(runs, outputs):
        assert run.returncode == 0, stderr
        assert "locked" not in stderr.lower() and "Traceback" not in stderr
        assert "70 articles read" in stdout and "0 failed" in stdout
    assert check_consistent(db_path) == 110

    clean = tmp_path / "clean.db"
    extract_to_database([str(first), str(shared), str(second)], str(clean))
    assert tables(dump_db(db_path)) == tables(dump_db(clean))


def test_huge_files_are_refused_with_a_message_and_the_rest_goes_through(nlp, tmp_path):
    folder = write_articles(tmp_path / "news", 1)
    huge = folder / "huge.txt"
    paragraph = "Officials met again on Monday and said the talks would go on. " * 20 + "\n"
    huge.write_text(paragraph * (24_000_000 // len(paragraph)), encoding="utf-8")  # about 24 MB
    assert huge.stat().st_size > 20_000_000
    db_path = tmp_path / "out.db"
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(db_path)])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if str(huge) in line]
    assert "too long" in line and "--max-chars" in line
    assert "1 articles read" in result.stdout and "1 failed" in result.stdout
    assert check_consistent(db_path) == 1
    assert elapsed < 20, f"refusing a huge file took {elapsed:.1f}s"


def test_texts_over_spacys_max_length_are_parsed_in_chunks(nlp, monkeypatch):
    text = (
        "Talks to resume in Ankara\n"
        "“We will keep talking,” Foreign Minister Jane Roe said on Tuesday.\n"
        "Officials said the next round would follow within two weeks.\n"
        "“The ceasefire must hold,” John Doe told reporters after the meeting.\n"
    )
    whole = [(q.text, q.start_char, q.end_char, q.speaker and q.speaker.name) for q in extract_quotes(nlp(text))]
    monkeypatch.setattr(nlp, "max_length", 90)
    chunks = split_into_chunks(text, 90)
    assert "".join(chunks) == text and len(chunks) > 2 and all(len(c) <= 90 for c in chunks)
    doc = parse(nlp, text)
    assert doc.text == text
    chunked = [(q.text, q.start_char, q.end_char, q.speaker and q.speaker.name) for q in extract_quotes(doc)]
    assert chunked == whole and len(whole) >= 2
    # A single line longer than the limit is cut at spaces, and the text still joins up exactly.
    assert "".join(split_into_chunks("word " * 100, 42)) == "word " * 100


def test_max_chars_above_spacys_limit_goes_through_the_whole_flow(nlp, monkeypatch, tmp_path):
    folder = write_articles(tmp_path / "news", 2)
    monkeypatch.setattr(nlp, "max_length", 60)
    summary = extract_to_database([str(folder)], str(tmp_path / "out.db"), options=ReadOptions(max_chars=10_000))
    assert summary.errors == [] and summary.quotes >= 2
    assert check_consistent(tmp_path / "out.db") == 2


def test_thousands_of_unbalanced_quote_marks(nlp, tmp_path):
    marks = "“”\"‘’«»"
    lines = [" ".join(f"{marks[(i * 7 + j) % len(marks)]}talks" for j in range(25)) for i in range(80)]  # 2,000 marks
    folder = write_articles(tmp_path / "news", 1)
    (folder / "marks.txt").write_text("Unbalanced\n" + "\n".join(lines) + "\n", encoding="utf-8")
    db_path = tmp_path / "out.db"
    started = time.perf_counter()
    summary = extract_to_database([str(folder)], str(db_path))
    elapsed = time.perf_counter() - started
    assert summary.errors == [] and summary.articles == 2
    assert check_consistent(db_path, every_article_quoted=False) == 2
    assert elapsed < 30, f"{elapsed:.1f}s"


def test_an_article_that_fails_is_reported_and_the_rest_go_through(nlp, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "news", 3)
    (folder / "0001.txt").write_text("Boom\n“This article breaks the parser,” she said.\n", encoding="utf-8")
    (folder / "0002.txt").write_text("Bang\n“This one breaks the extractor,” he said.\n", encoding="utf-8")
    real_extract, real_parse = quotes.pipeline.extract_quotes, quotes.pipeline.parse

    def failing_pipe(*args, **kwargs):
        raise RuntimeError("batch failed")

    def failing_parse(nlp_, text):
        if "breaks the parser" in text:
            raise ValueError("parser fell over")
        return real_parse(nlp_, text)

    def failing_extract(doc, *options):
        if "breaks the extractor" in doc.text:
            raise KeyError("extractor bug")
        return real_extract(doc, *options)

    monkeypatch.setattr(nlp, "pipe", failing_pipe)
    monkeypatch.setattr(quotes.pipeline, "parse", failing_parse)
    monkeypatch.setattr(quotes.pipeline, "extract_quotes", failing_extract)
    errors = []
    summary = extract_to_database([str(folder)], str(tmp_path / "out.db"), on_error=errors.append)
    assert [(e.source, e.message.split(":")[0]) for e in errors] == [
        (str(folder / "0001.txt"), "could not be parsed"),
        (str(folder / "0002.txt"), "extraction failed"),
    ]
    assert "parser fell over" in errors[0].message and "extractor bug" in errors[1].message
    assert (summary.articles, summary.failed) == (3, 2)
    assert check_consistent(tmp_path / "out.db") == 1


def test_progress_bar_on_a_terminal_only(nlp, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "news", 3)
    runner = CliRunner()
    plain = runner.invoke(cli, ["extract", str(folder), "--db", str(tmp_path / "a.db")])
    assert plain.exit_code == 0 and plain.stderr == ""  # not a terminal: no bar
    monkeypatch.setattr("quotes.cli.stderr_is_terminal", lambda: True)
    shown = runner.invoke(cli, ["extract", str(folder), "--db", str(tmp_path / "b.db")])
    assert shown.exit_code == 0, shown.output
    assert "extracting" in shown.stderr and "3/3" in shown.stderr
    quiet = runner.invoke(cli, ["extract", str(folder), "--db", str(tmp_path / "c.db"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert shown.stdout.split(" in ")[0].replace("b.db", "") == quiet.stdout.split(" in ")[0].replace("c.db", "")
