"""The command line: `quotes extract` end to end on small folders, re-runs, bad input, --model, --version."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes import __version__
from quotes.cli import cli

REPO_ROOT = Path(__file__).resolve().parent.parent

ROE_ARTICLE = "Talks to resume in Ankara\n\n“We will keep talking,” Foreign Minister Jane Roe said.\n"
FIDAN_ARTICLE = (
    "By Jane Doe and John Roe\n"
    "“The ultimate aim is a ceasefire,” Turkish Foreign Minister Hakan Fidan said on Tuesday.\n"
)
SUMMARY = re.compile(
    r"^(?P<db>.+): (?P<articles>\d+) articles read, (?P<unchanged>\d+) skipped \(unchanged\), (?P<failed>\d+) failed; "
    r"(?P<quotes>\d+) quotes and (?P<speakers>\d+) speakers added in \d+\.\ds$"
)


@pytest.fixture
def runner(nlp):  # nlp: load the pipeline once; the CLI's load_pipeline() call hits the same cache
    return CliRunner()


def extract(runner, *args):
    result = runner.invoke(cli, ["extract", *map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def summary(result) -> dict:
    lines = result.stdout.strip().splitlines()
    assert lines, result.output
    match = SUMMARY.match(lines[-1])
    assert match, f"no summary line in {result.stdout!r}"
    return match.groupdict()


def test_extract_prints_a_summary_and_stores_rows(runner, make_articles, tmp_path, dump_db):
    folder = make_articles({"roe.txt": ROE_ARTICLE, "fidan.txt": FIDAN_ARTICLE, "notes.md": "not an article"})
    db_path = tmp_path / "out.db"
    result = extract(runner, folder, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    counts = summary(result)
    assert counts["db"] == str(db_path)
    assert (counts["articles"], counts["unchanged"], counts["failed"]) == ("2", "0", "0")

    db = sqlite_utils.Database(db_path)
    articles = {row["source"]: row for row in db["articles"].rows}
    assert set(articles) == {str(folder / "roe.txt"), str(folder / "fidan.txt")}
    roe, fidan = articles[str(folder / "roe.txt")], articles[str(folder / "fidan.txt")]
    assert (roe["title"], roe["author"], roe["text"]) == ("Talks to resume in Ankara", None, ROE_ARTICLE)
    assert (fidan["title"], fidan["author"], fidan["text"]) == (None, "Jane Doe and John Roe", FIDAN_ARTICLE)

    assert int(counts["quotes"]) == db["quotes"].count >= 2
    assert int(counts["speakers"]) == db["speakers"].count
    view = {row["quote"]: row for row in db["quotes_view"].rows}
    assert view["We will keep talking,"]["speaker"] == "Jane Roe"
    assert view["We will keep talking,"]["role"] == "Foreign Minister"
    assert view["We will keep talking,"]["kind"] == "direct"
    assert view["The ultimate aim is a ceasefire,"]["speaker"] == "Hakan Fidan"
    for row in db.execute(
        "select quotes.text, start_char, end_char, articles.text from quotes join articles on articles.id = article_id"
    ).fetchall():
        assert row[3][row[1] : row[2]] == row[0]
    db.close()


def test_rerun_on_the_same_input_changes_nothing(runner, make_articles, tmp_path, dump_db):
    folder = make_articles({"roe.txt": ROE_ARTICLE, "fidan.txt": FIDAN_ARTICLE})
    db_path = tmp_path / "out.db"
    assert extract(runner, folder, "--db", db_path).exit_code == 0
    first = dump_db(db_path)
    assert first["quotes"]

    result = extract(runner, folder, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert f"{db_path}: 2 articles read, 2 skipped (unchanged), 0 failed; 0 quotes and 0 speakers added in " in result.stdout
    assert dump_db(db_path) == first


def test_force_extracts_again_and_gives_the_same_database(runner, make_articles, tmp_path, dump_db):
    folder = make_articles({"roe.txt": ROE_ARTICLE, "fidan.txt": FIDAN_ARTICLE})
    db_path = tmp_path / "out.db"
    assert extract(runner, folder, "--db", db_path).exit_code == 0
    first = dump_db(db_path)
    result = extract(runner, folder, "--db", db_path, "--force")
    assert result.exit_code == 0, result.output
    assert f"{db_path}: 2 articles read, 0 skipped (unchanged), 0 failed; " in result.stdout
    assert dump_db(db_path) == first


def test_rerun_with_two_copies_of_one_article_changes_nothing(runner, make_articles, tmp_path, dump_db):
    """The same text saved under two names (a wire story filed twice) must not flip-flop between runs."""
    folder = make_articles({"a.txt": ROE_ARTICLE, "b.txt": ROE_ARTICLE})
    db_path = tmp_path / "out.db"
    assert extract(runner, folder, "--db", db_path).exit_code == 0
    first = dump_db(db_path)
    assert len(first["articles"]) == 1  # one text, one content-hash id
    result = extract(runner, folder, "--db", db_path)
    assert dump_db(db_path)["articles"] == first["articles"], "articles.source changed on a re-run"
    assert "2 articles read, 2 skipped (unchanged)" in result.stdout
    assert dump_db(db_path) == first


def test_an_edited_article_is_re_extracted(runner, make_articles, tmp_path):
    folder = make_articles({"roe.txt": ROE_ARTICLE, "fidan.txt": FIDAN_ARTICLE})
    db_path = tmp_path / "out.db"
    extract(runner, folder, "--db", db_path)
    (folder / "roe.txt").write_text(ROE_ARTICLE.replace("keep talking", "never stop talking"), encoding="utf-8")
    result = extract(runner, folder, "--db", db_path)
    assert "2 articles read, 1 skipped (unchanged)" in result.stdout
    db = sqlite_utils.Database(db_path)
    texts = {row["text"] for row in db["quotes"].rows}
    assert "We will never stop talking," in texts and "We will keep talking," not in texts
    assert db["articles"].count == 2
    db.close()


def test_noun_phrase_contents_are_stored_only_when_asked_for_and_a_switch_re_extracts(runner, make_articles, tmp_path):
    folder = make_articles({"roe.txt": "Senator Jane Roe called for an independent inquiry into the contracts.\n"})
    db_path = tmp_path / "out.db"

    def stored():
        db = sqlite_utils.Database(db_path)
        rows = [(row["quote"], row["speaker"], row["rule"]) for row in db["quotes_view"].rows]
        pipelines = [row["pipeline"] for row in db["articles"].rows]
        db.close()
        return rows, pipelines

    assert extract(runner, folder, "--db", db_path).exit_code == 0
    rows, (pipeline,) = stored()
    assert rows == [] and not pipeline.endswith("+noun-phrase-contents")

    result = extract(runner, folder, "--db", db_path, "--noun-phrase-contents")
    assert "1 articles read, 0 skipped (unchanged)" in result.stdout
    rows, (pipeline,) = stored()
    assert rows == [("an independent inquiry into the contracts", "Jane Roe", "indirect-verb-object")]
    assert pipeline.endswith("+noun-phrase-contents")
    result = extract(runner, folder, "--db", db_path, "--noun-phrase-contents")
    assert "1 articles read, 1 skipped (unchanged)" in result.stdout

    result = extract(runner, folder, "--db", db_path)
    assert "1 articles read, 0 skipped (unchanged)" in result.stdout
    assert stored()[0] == []


def test_bad_files_are_named_the_rest_is_stored_and_the_exit_code_fails(runner, make_articles, tmp_path):
    folder = make_articles(
        {
            "good.txt": ROE_ARTICLE,
            "empty.txt": b"",
            "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "undetectable.txt": b"Talks " + bytes(range(128, 256)) * 4,
            "records.jsonl": '{"text": "Officials met again on Monday."}\n{"text": "broken\n',
            "no_text.csv": "headline,body\nTalks resume,Officials met.\n",
            "nothing.html": b"<html><head><script>var a = 1;</script></head><body><div></div></body></html>",
        }
    )
    missing = tmp_path / "missing.txt"
    no_match = tmp_path / "nowhere" / "*.txt"
    db_path = tmp_path / "out.db"
    result = extract(runner, folder, missing, no_match, "--db", db_path)
    assert result.exit_code == 1
    for name, reason in [
        (folder / "empty.txt", "empty"),
        (folder / "binary.txt", "binary"),
        (folder / "undetectable.txt", "could not be detected"),
        (f"{folder / 'records.jsonl'}:2", "invalid JSON"),
        (folder / "no_text.csv", "no 'text' column"),
        (folder / "nothing.html", "no article text"),
        (missing, "no such file"),
        (no_match, "no file matches"),
    ]:
        [line] = [line for line in result.stderr.splitlines() if line.startswith(f"error: {name}: ")]
        assert reason in line, line
    assert "--text-field" in result.stderr and "'headline', 'body'" in result.stderr
    assert str(folder / "good.txt") not in result.stderr
    assert "Traceback" not in result.output
    counts = summary(result)
    assert (counts["articles"], counts["failed"]) == ("2", "8")

    db = sqlite_utils.Database(db_path)
    assert sorted(row["source"] for row in db["articles"].rows) == [str(folder / "good.txt"), f"{folder / 'records.jsonl'}:1"]
    assert "We will keep talking," in {row["text"] for row in db["quotes"].rows}
    db.close()


def test_only_a_missing_path_fails(runner, tmp_path):
    result = extract(runner, tmp_path / "nowhere", "--db", tmp_path / "out.db")
    assert result.exit_code != 0
    assert f"{tmp_path / 'nowhere'}: no such file or folder" in result.stderr


def test_an_unknown_model_is_a_clear_error(runner, make_articles, tmp_path):
    folder = make_articles({"roe.txt": ROE_ARTICLE})
    db_path = tmp_path / "out.db"
    result = extract(runner, folder, "--db", db_path, "--model", "nonexistent_pipeline")
    assert result.exit_code != 0
    assert "Error: " in result.stderr and "nonexistent_pipeline" in result.stderr
    assert "Traceback" not in result.output
    assert not db_path.exists()  # nothing was written


def test_extract_needs_a_path(runner):
    result = runner.invoke(cli, ["extract"])
    assert result.exit_code == 2
    assert "PATHS" in result.output


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"quotes, version {__version__}\n"


def test_python_dash_m_quotes_version():
    completed = subprocess.run(
        [sys.executable, "-m", "quotes", "--version"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == f"quotes, version {__version__}\n"
