"""The Datasette front end: metadata, search, facets, canned queries, exports, and `serve` errors.

The database is built from hand-made records, so these tests need no spaCy pipeline.
"""

from __future__ import annotations

import asyncio
import csv
import io
import shutil

import click
import pytest
from click.testing import CliRunner

from quotes import serve as serve_module
from quotes.records import Article, Quote, Speaker
from quotes.serve import build_metadata, make_datasette, serve
from quotes.store import SCHEMA, open_database, store_article

PESKOV = Speaker("Dmitry Peskov", "person")
ZELENSKY = Speaker("Volodymyr Zelensky", "person")
KREMLIN_SOURCES = Speaker("sources close to the Kremlin", "anonymous")

ARTICLE_1 = (
    "Kremlin rejects ceasefire plan\n"
    '"There can be no ceasefire before talks," Kremlin spokesman Dmitry Peskov told reporters. '
    '"Sanctions, sanctions and more sanctions only harden our position," Peskov said. '
    "Sources close to the Kremlin said the plan was dead on arrival."
)
ARTICLE_2 = (
    "Zelensky calls for more air defence\n"
    "Ukrainian President Volodymyr Zelensky said the meeting covered trade, energy, grain exports, "
    "the border and, at the very end, sanctions. "
    '"We need air defence now," Zelensky said.'
)


def quote(article: str, text: str, kind: str, speaker: Speaker | None, **fields) -> Quote:
    start = article.index(text)
    return Quote(text=text, start_char=start, end_char=start + len(text), kind=kind, speaker=speaker, **fields)


QUOTES_1 = [
    quote(ARTICLE_1, "There can be no ceasefire before talks,", "direct", PESKOV,
          cue="told", speaker_mention="Dmitry Peskov", role="Kremlin spokesman", confidence=0.9, rule="quote-cue-speaker"),
    quote(ARTICLE_1, "Sanctions, sanctions and more sanctions only harden our position,", "direct", PESKOV,
          cue="said", speaker_mention="Peskov", role="Kremlin spokesman", confidence=0.85, rule="quote-speaker-cue"),
    quote(ARTICLE_1, "the plan was dead on arrival", "indirect", KREMLIN_SOURCES,
          cue="said", speaker_mention="Sources close to the Kremlin", confidence=0.6, rule="reported-speech"),
]
QUOTES_2 = [
    quote(ARTICLE_2, "the meeting covered trade, energy, grain exports, the border and, at the very end, sanctions",
          "indirect", ZELENSKY, cue="said", speaker_mention="Volodymyr Zelensky", role="Ukrainian President",
          confidence=0.7, rule="reported-speech"),
    quote(ARTICLE_2, "We need air defence now,", "direct", ZELENSKY,
          cue="said", speaker_mention="Zelensky", role="Ukrainian President", confidence=0.9, rule="quote-speaker-cue"),
]
ALL_QUOTES = QUOTES_1 + QUOTES_2


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "quotes.db"
    db = open_database(str(path))
    store_article(db, Article("kremlin.txt", ARTICLE_1, title="Kremlin rejects ceasefire plan"), QUOTES_1, "test")
    store_article(db, Article("zelensky.txt", ARTICLE_2, title="Zelensky calls for more air defence"), QUOTES_2, "test")
    db.close()
    return path


def get(ds, path: str):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response


def test_table_page_lists_all_quotes(db_path):
    rows = get(make_datasette(db_path), "/quotes/quotes.json?_shape=array").json()
    assert sorted(row["text"] for row in rows) == sorted(q.text for q in ALL_QUOTES)


def test_table_search_returns_exactly_the_matching_quote(db_path):
    ds = make_datasette(db_path)
    rows = get(ds, "/quotes/quotes.json?_search=ceasefire&_shape=array").json()
    assert [row["text"] for row in rows] == ["There can be no ceasefire before talks,"]
    # Porter stemming: the plural finds it too; punctuation cannot break the escaped search.
    assert len(get(ds, "/quotes/quotes.json?_search=ceasefires&_shape=array").json()) == 1
    assert get(ds, '/quotes/quotes.json?_search="ceasefire&_shape=array').json()[0]["text"].startswith("There")


def test_speaker_facet_shows_names_and_counts(db_path):
    data = get(make_datasette(db_path), "/quotes/quotes.json").json()
    facets = data["facet_results"]
    assert {"speaker_id", "kind", "article_id", "role"} <= set(facets)
    speakers = {result["label"]: result["count"] for result in facets["speaker_id"]["results"]}
    assert speakers == {"Dmitry Peskov": 2, "Volodymyr Zelensky": 2, "sources close to the Kremlin": 1}
    articles = {result["label"]: result["count"] for result in facets["article_id"]["results"]}
    assert articles == {"Kremlin rejects ceasefire plan": 3, "Zelensky calls for more air defence": 2}
    kinds = {result["value"]: result["count"] for result in facets["kind"]["results"]}
    assert kinds == {"direct": 3, "indirect": 2}


def test_view_facets(db_path):
    facets = get(make_datasette(db_path), "/quotes/quotes_view.json").json()["facet_results"]
    assert {"speaker", "kind", "article_source"} <= set(facets)
    sources = {result["value"]: result["count"] for result in facets["article_source"]["results"]}
    assert sources == {"kremlin.txt": 3, "zelensky.txt": 2}


def test_search_quotes_ranks_the_better_match_first(db_path):
    ds = make_datasette(db_path)
    rows = get(ds, "/quotes/search_quotes.json?q=sanctions&_shape=array").json()
    assert [row["quote"] for row in rows] == [QUOTES_1[1].text, QUOTES_2[0].text]
    best = rows[0]
    assert best["speaker"] == "Dmitry Peskov"
    assert best["role"] == "Kremlin spokesman"
    assert best["kind"] == "direct"
    assert best["cue"] == "said"
    assert best["article"] == "Kremlin rejects ceasefire plan"


def test_search_quotes_tolerates_blank_and_odd_input(db_path):
    ds = make_datasette(db_path)
    for q in ["", "%20%09%0A", "%22", "%22a%0Ab", "AND", "(*", "NEAR(a", "-x%2C%27"]:
        data = get(ds, f"/quotes/search_quotes.json?q={q}").json()
        assert data["ok"] is True and data["error"] is None, (q, data.get("error"))
    assert get(ds, "/quotes/search_quotes.json?q=&_shape=array").json() == []
    # A quoted phrase is matched as a phrase.
    rows = get(ds, "/quotes/search_quotes.json?q=%22air+defence%22&_shape=array").json()
    assert [row["quote"] for row in rows] == ["We need air defence now,"]


def test_quotes_by_speaker_and_top_speakers(db_path):
    ds = make_datasette(db_path)
    rows = get(ds, "/quotes/quotes_by_speaker.json?speaker=peskov&_shape=array").json()
    assert [row["quote"] for row in rows] == [QUOTES_1[0].text, QUOTES_1[1].text]
    assert get(ds, "/quotes/quotes_by_speaker.json?speaker=&_shape=array").json() == []
    top = get(ds, "/quotes/top_speakers.json?_shape=array").json()
    assert [(row["speaker"], row["quotes"]) for row in top] == [
        ("Dmitry Peskov", 2),
        ("Volodymyr Zelensky", 2),
        ("sources close to the Kremlin", 1),
    ]
    assert top[0]["roles"] == "Kremlin spokesman"


def test_column_descriptions_are_published(db_path):
    ds = make_datasette(db_path)
    metadata = get(ds, "/-/metadata.json").json()
    tables = metadata["databases"]["quotes"]["tables"]
    for table, spec in SCHEMA.items():
        assert tables[table]["columns"] == {name: description for name, (_, description) in spec["columns"].items()}
    view_columns = tables["quotes_view"]["columns"]
    assert view_columns["quote"] == SCHEMA["quotes"]["columns"]["text"][1]
    assert view_columns["speaker"] == SCHEMA["speakers"]["columns"]["name"][1]
    assert view_columns["article_title"] == SCHEMA["articles"]["columns"]["title"][1]
    html = get(ds, "/quotes/quotes").text
    assert SCHEMA["quotes"]["columns"]["start_char"][1] in html


def test_every_view_column_is_described(db_path):
    ds = make_datasette(db_path)
    header = get(ds, "/quotes/quotes_view.json?_size=1").json()["columns"]
    described = build_metadata()["databases"]["quotes"]["tables"]["quotes_view"]["columns"]
    assert set(header) == set(described)


def test_fts_tables_are_hidden(db_path):
    tables = get(make_datasette(db_path), "/quotes.json").json()["tables"]
    visible = {table["name"] for table in tables if not table["hidden"]}
    hidden = {table["name"] for table in tables if table["hidden"]}
    assert visible == {"articles", "quotes", "speakers"}
    assert {"quotes_fts", "quotes_fts_data", "speakers_fts", "speakers_fts_idx"} <= hidden


def test_view_csv_export_streams_every_row(db_path):
    response = get(make_datasette(db_path), "/quotes/quotes_view.csv?_stream=on")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and set(rows[0]) >= {"quote", "speaker", "role", "kind", "cue", "article_title"}
    assert sorted(row["quote"] for row in rows) == sorted(q.text for q in ALL_QUOTES)
    # Reading order: article source, then position in the article.
    assert [row["quote"] for row in rows] == [q.text for q in ALL_QUOTES]


def test_front_page_searches_with_the_ranked_query(db_path):
    html = get(make_datasette(db_path), "/").text
    assert "quotes: who said what, in the news" in html
    assert 'action="/quotes/search_quotes"' in html
    html = get(make_datasette(db_path), "/quotes/search_quotes?q=ceasefire").text
    assert "There can be no ceasefire before talks," in html


def test_metadata_uses_the_file_stem(db_path, tmp_path):
    other = tmp_path / "news-2024.db"
    shutil.copy(db_path, other)
    ds = make_datasette(other, immutable=True)
    data = get(ds, "/news-2024/quotes.json?_search=ceasefire").json()
    assert len(data["rows"]) == 1
    assert data["facet_results"]["speaker_id"]["results"][0]["label"] == "Dmitry Peskov"
    assert get(ds, "/news-2024/top_speakers.json?_shape=array").json()[0]["speaker"] == "Dmitry Peskov"
    assert list(build_metadata("news-2024")["databases"]) == ["news-2024"]


def test_serve_errors_clearly_on_a_missing_file(tmp_path):
    missing = tmp_path / "nope.db"
    with pytest.raises(click.ClickException, match="no such database file"):
        serve(missing)
    from quotes.cli import cli

    result = CliRunner().invoke(cli, ["serve", str(missing)])
    assert result.exit_code == 1
    assert "nope.db" in result.output and "no such database file" in result.output


def test_serve_rejects_a_database_without_quotes(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(click.ClickException, match="no quotes table"):
        make_datasette(empty)
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, just some text " * 100)
    with pytest.raises(click.ClickException, match="not a SQLite database"):
        make_datasette(junk)


def test_serve_runs_uvicorn_and_prints_the_url(db_path, monkeypatch, capsys):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    serve_module.serve(db_path, host="127.0.0.1", port=8765)
    assert "http://127.0.0.1:8765/" in capsys.readouterr().out
    [(app, kwargs)] = calls
    assert callable(app) and kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8765
