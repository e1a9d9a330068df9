"""Input formats end to end: HTML, JSON Lines, CSV (with renamed fields), globs, standard input,
legacy encodings, mojibake and NFC; metadata lands in the articles table."""

from __future__ import annotations

import io
import json
import unicodedata

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli
from quotes.read import FieldNames, ReadError, ReadOptions, read_articles
from quotes.records import Article

QUOTE = "“We will keep talking,” Foreign Minister Jane Roe said on Tuesday after the meeting in Ankara."
PAGE = f"""<!doctype html>
<html><head>
<title>Talks to resume in Ankara | Example News</title>
<meta property="og:title" content="Talks to resume in Ankara">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-07-23T10:00:00Z">
<link rel="canonical" href="https://news.example/world/ankara-talks">
<script>var tracking = "“not a quote,” said nobody";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Talks to resume in Ankara</h1>
<p>Officials from both sides met in Ankara on Tuesday for a third round of talks on a prisoner exchange.</p>
<p>{QUOTE}</p>
<p>The next round is expected to take place in two weeks, diplomats familiar with the plans said.</p>
</article>
<footer><p>Copyright Example News. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture
def runner(nlp):
    return CliRunner()


def items(*paths, options=None, stdin=None):
    return list(read_articles([str(p) for p in paths], options, stdin=stdin))


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = items(path)
    assert isinstance(article, Article), article
    assert QUOTE in article.text
    assert "Officials from both sides met" in article.text
    for furniture in ("tracking", "not a quote", "Copyright", "Sport"):
        assert furniture not in article.text
    assert (article.title, article.author, article.url, article.published, article.outlet) == (
        "Talks to resume in Ankara", "Jane Doe", "https://news.example/world/ankara-talks", "2025-07-23", "Example News",
    )


def test_html_offsets_point_into_the_extracted_text(runner, tmp_path):
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    db_path = tmp_path / "out.db"
    result = runner.invoke(cli, ["extract", str(tmp_path / "page.htm"), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    [row] = list(db["articles"].rows)
    assert (row["url"], row["published"], row["outlet"], row["author"]) == (
        "https://news.example/world/ankara-talks", "2025-07-23", "Example News", "Jane Doe",
    )
    quotes = list(db.query("select q.text, start_char, end_char, a.text as article from quotes q join articles a on a.id = q.article_id"))
    assert "We will keep talking," in [q["text"] for q in quotes]
    assert all(q["article"][q["start_char"] : q["end_char"]] == q["text"] for q in quotes)
    speaker = db.execute(
        "select s.name from quotes q join speakers s on s.id = q.speaker_id where q.text = 'We will keep talking,'"
    ).fetchone()
    assert speaker == ("Jane Roe",)
    db.close()


def test_jsonl_records_with_default_and_alternative_keys(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [
        {"text": "Talks resume\n" + QUOTE, "url": "https://news.example/1", "date": "2025-07-23", "source": "Wire"},
        {"Text": "Second article body.", "title": "Given title", "author": "John Roe", "outlet": "Daily", "published": 2025},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    first, second = items(path)
    assert first == Article(
        source=f"{path}:1", text="Talks resume\n" + QUOTE, title="Talks resume", author=None,
        url="https://news.example/1", published="2025-07-23", outlet="Wire",
    )
    assert second == Article(
        source=f"{path}:2", text="Second article body.", title="Given title", author="John Roe",
        outlet="Daily", published="2025",
    )


def test_jsonl_bad_lines_are_named_by_line_and_the_rest_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "First."}\n{"text": "Second", \n[1, 2]\n{"body": "No text key."}\n{"text": 42}\n{"text": "   "}\n{"text": "Last."}\n',
        encoding="utf-8",
    )
    got = items(path)
    assert [(type(i).__name__, i.source) for i in got] == [
        ("Article", f"{path}:1"), ("ReadError", f"{path}:2"), ("ReadError", f"{path}:3"), ("ReadError", f"{path}:4"),
        ("ReadError", f"{path}:5"), ("ReadError", f"{path}:6"), ("Article", f"{path}:7"),
    ]
    messages = [i.message for i in got if isinstance(i, ReadError)]
    assert "invalid JSON" in messages[0]
    assert "JSON object" in messages[1]
    assert "no 'text' key" in messages[2] and "'body'" in messages[2] and "--text-field" in messages[2]
    assert "not text" in messages[3]
    assert "whitespace" in messages[4]


def test_csv_rows_with_renamed_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'headline,body,link,when,site,byline\n'
        f'Talks resume,"{QUOTE.replace(chr(34), chr(34) * 2)}\nSecond paragraph.",https://news.example/2,2025-07-24,Example News,Jane Doe\n'
        '\n'
        'Another,"Body, with a comma.",,,,\n',
        encoding="utf-8",
    )
    fields = FieldNames(text=("body",), title=("headline",), url=("link",), published=("when",), outlet=("site",), author=("byline",))
    first, second = items(path, options=ReadOptions(fields=fields))
    assert first == Article(
        source=f"{path}#1", text=QUOTE + "\nSecond paragraph.", title="Talks resume", author="Jane Doe",
        url="https://news.example/2", published="2025-07-24", outlet="Example News",
    )
    assert (second.source, second.text, second.title, second.url) == (f"{path}#2", "Body, with a comma.", "Another", None)
    # Without the options the file has no text column: one error for the whole file.
    [error] = items(path)
    assert isinstance(error, ReadError) and error.source == str(path) and "no 'text' column" in error.message


def test_csv_semicolons_and_long_fields(tmp_path):
    body = "Officials met again. " * 10_000  # 210,000 characters: over the csv module's default field limit
    path = tmp_path / "semi.csv"
    path.write_text(f"title;text\nLong one;{body}\n", encoding="utf-8")
    [article] = items(path)
    assert isinstance(article, Article), article
    assert article.text == body and article.title == "Long one"


def test_cli_field_options_and_metadata_columns(runner, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"content": QUOTE, "headline": "Talks", "link": "https://n.example/x", "site": "N"}) + "\n", encoding="utf-8")
    db_path = tmp_path / "out.db"
    args = ["extract", str(path), "--db", str(db_path), "--text-field", "content", "--title-field", "headline",
            "--url-field", "link", "--outlet-field", "site"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    [row] = list(db["articles"].rows)
    assert (row["source"], row["title"], row["url"], row["outlet"], row["text"]) == (f"{path}:1", "Talks", "https://n.example/x", "N", QUOTE)
    assert db["quotes"].count >= 1
    db.close()


def test_quoted_globs_are_expanded(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "sub/c.txt", "sub/d.html", "e.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "sub/c.txt").write_text("C.")
    (tmp_path / "e.md").write_text("E.")
    monkeypatch.chdir(tmp_path)
    assert [i.source for i in items("*.txt")] == ["a.txt", "b.txt"]
    assert [i.source for i in items("**/*.txt")] == ["a.txt", "b.txt", "sub/c.txt"]
    [error] = items("*.csv")
    assert isinstance(error, ReadError) and "no file matches" in error.message


@pytest.mark.parametrize(
    "fmt, data, expected",
    [
        ("txt", "Talks resume\n“We will keep talking,” she said.\n".encode("utf-8"), ["Talks resume\n“We will keep talking,” she said.\n"]),
        ("jsonl", b'{"text": "One."}\n{"text": "Two."}\n', ["One.", "Two."]),
        ("csv", b"text\nOne.\nTwo.\n", ["One.", "Two."]),
        ("html", PAGE.encode("utf-8"), None),
    ],
)
def test_standard_input_in_each_format(fmt, data, expected):
    got = items("-", options=ReadOptions(format=fmt), stdin=io.BytesIO(data))
    assert all(isinstance(i, Article) for i in got), got
    if expected is None:
        assert len(got) == 1 and QUOTE in got[0].text
    else:
        assert [i.text for i in got] == expected
    # Piped articles are keyed by content: a later pipe never replaces an earlier one.
    assert all(i.source == f"stdin:{i.id}" for i in got)


def test_cli_reads_standard_input(runner, tmp_path):
    db_path = tmp_path / "out.db"
    result = runner.invoke(cli, ["extract", "-", "--db", str(db_path)], input=f"Talks resume\n{QUOTE}\n".encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "1 articles read" in result.stdout
    db = sqlite_utils.Database(db_path)
    assert [r["text"] for r in db["quotes"].rows] == ["We will keep talking,"]
    db.close()


@pytest.mark.parametrize(
    "data, text",
    [
        pytest.param("Café talks\nThe café owners’ “plan” was naïve.\n".encode("cp1252"),
                     "Café talks\nThe café owners’ “plan” was naïve.\n", id="cp1252"),
        pytest.param("Über die Straße\nDie Gespräche gehen weiter, sagte die Ministerin.\n".encode("latin-1"),
                     "Über die Straße\nDie Gespräche gehen weiter, sagte die Ministerin.\n", id="latin-1"),
        pytest.param(
            ("Переговоры продолжатся\nПереговоры продолжатся на следующей неделе, заявила министр иностранных дел. "
             "Стороны обсудили обмен пленными и гуманитарные вопросы.\n").encode("cp1251"),
            "Переговоры продолжатся\nПереговоры продолжатся на следующей неделе, заявила министр иностранных дел. "
            "Стороны обсудили обмен пленными и гуманитарные вопросы.\n",
            id="cp1251",
        ),
        pytest.param("Talks\n“We will keep talking,” she said.\n".encode("utf-16-le"), None, id="utf-16-no-bom-is-binary"),
    ],
)
def test_legacy_encodings_are_detected(tmp_path, data, text):
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    [item] = items(path)
    if text is None:
        assert isinstance(item, ReadError) and "binary" in item.message
    else:
        assert isinstance(item, Article), item
        assert item.text == text


def test_mojibake_is_repaired_and_text_is_nfc(tmp_path):
    # UTF-8 read as cp1252 and saved again as UTF-8: the classic double encoding.
    broken = "The minister said ‘we will keep talking’ at the café.".encode("utf-8").decode("cp1252")
    assert "â€˜" in broken and "Ã©" in broken
    decomposed = unicodedata.normalize("NFD", "Zoë Roe visited Malmö.")
    (tmp_path / "a.txt").write_text(broken + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(decomposed + "\n", encoding="utf-8")
    a, b = items(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.text == "The minister said ‘we will keep talking’ at the café.\n"
    assert b.text == "Zoë Roe visited Malmö.\n" and unicodedata.is_normalized("NFC", b.text)
    # Sound text is left alone: curly quotes, CRLF, ligature-free entities, full-width forms.
    sound = "“Quoted” ‘text’ — &amp; Ｆｕｌｌ\r\nNext line.\r\n"
    (tmp_path / "c.txt").write_text(sound, encoding="utf-8", newline="")
    [c] = items(tmp_path / "c.txt")
    assert c.text == sound
