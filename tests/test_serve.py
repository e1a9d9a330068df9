"""The Datasette front end: metadata, search, facets, stored queries, pages, exports, and `serve`.

The database is built from hand-made records (and linked like a real run), so these tests need no spaCy
pipeline. The same journeys in a real browser are in test_browser.py.
"""

from __future__ import annotations

import asyncio
import csv
import io
import shutil
from urllib.parse import urlencode

import click
import pytest
from click.testing import CliRunner

from quotes import serve as serve_module
from quotes.link import link
from quotes.records import Article, Quote, Speaker
from quotes.serve import QUERIES, TABLES, build_metadata, make_datasette, serve
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
    mention = fields.get("speaker_mention")
    if mention:  # the mention after the quote, else the nearest one before it
        at = article.find(mention, start + len(text))
        at = at if at != -1 else article.rindex(mention, 0, start)
        fields.update(speaker_start_char=at, speaker_end_char=at + len(mention))
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
    link(db)
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
        published = tables[table]["columns"]
        assert set(published) == set(spec["columns"]), table
        for name, (_, description) in spec["columns"].items():
            assert published[name].startswith(description), (table, name)
    # Units and scales follow the description.
    assert tables["articles"]["columns"]["chars"].endswith("(characters)")
    assert tables["quotes"]["columns"]["confidence"].endswith("(probability, 0 to 1)")
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
    assert visible == {"articles", "quotes", "speakers", "speaker_aliases", "speaker_roles", "quote_clusters"}
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


# --- a richer database: a statement carried by two outlets, dates and outlets, hostile text ---------

ARTICLE_3 = (
    "Talks stall again\n"
    '"There can be no ceasefire before talks," Kremlin spokesman Dmitry Peskov said on Friday. '
    '<script>alert("x")</script> is not a plan, said Jane Roe.'
)
QUOTES_3 = [
    quote(ARTICLE_3, "There can be no ceasefire before talks,", "direct", PESKOV,
          cue="said", speaker_mention="Dmitry Peskov", role="Kremlin spokesman", confidence=0.9, rule="quote-cue-speaker"),
    quote(ARTICLE_3, '<script>alert("x")</script> is not a plan', "indirect", Speaker("Jane Roe", "person"),
          cue="said", speaker_mention="Jane Roe", role="<b>envoy</b>", confidence=0.6, rule="reported-speech"),
]
EXTRAS = {  # source -> (outlet, published, url)
    "kremlin.txt": ("Wire One", "2025-05-16T09:00:00", "https://example.org/kremlin"),
    "zelensky.txt": ("Wire One", "2025-05-17", "https://example.org/zelensky"),
    "again.txt": ("Daily <i>Two</i>", "2025-05-17", "javascript:alert(1)"),
}


@pytest.fixture
def rich_db_path(db_path):
    """db_path plus a third article from another outlet repeating Peskov, and url/published/outlet."""
    db = open_database(str(db_path))
    for column in ("url", "published", "outlet"):
        if column not in db["articles"].columns_dict:
            db["articles"].add_column(column, str)
    store_article(db, Article("again.txt", ARTICLE_3, title='Talks stall <script>alert("t")</script>'), QUOTES_3, "test")
    for source, (outlet, published, url) in EXTRAS.items():
        db.execute("update articles set outlet = ?, published = ?, url = ? where source = ?", [outlet, published, url, source])
    db.conn.commit()
    link(db)
    db.close()
    return db_path


def ids(ds, sql: str) -> list:
    return get(ds, "/quotes.json?" + urlencode({"sql": sql, "_shape": "arrayfirst"})).json()


def test_every_table_has_a_title_description_and_described_columns(db_path):
    tables = get(make_datasette(db_path), "/-/metadata.json").json()["databases"]["quotes"]["tables"]
    for table in list(SCHEMA) + ["quotes_view"]:
        assert tables[table]["title"] and tables[table]["description"], table
        assert all(tables[table]["columns"].values()), table
    for table in SCHEMA:
        assert tables[table].get("label_column") in SCHEMA[table]["columns"], table


def test_facets_that_matter(db_path):
    ds = make_datasette(db_path)
    facets = get(ds, "/quotes/quotes.json").json()["facet_results"]
    assert {"speaker_id", "role", "affiliation", "kind", "article_id"} <= set(facets)
    facets = get(ds, "/quotes/speakers.json").json()["facet_results"]
    assert {"kind", "affiliation", "role", "gender"} <= set(facets)
    # Default sort: the most quoted speakers first.
    names = [row["name"] for row in get(ds, "/quotes/speakers.json?_shape=array").json()]
    assert names[:2] == ["Dmitry Peskov", "Volodymyr Zelensky"]


def test_outlet_and_date_facets_once_articles_have_them(rich_db_path):
    ds = make_datasette(rich_db_path)
    facets = get(ds, "/quotes/articles.json").json()["facet_results"]
    outlets = {result["value"]: result["count"] for result in facets["outlet"]["results"]}
    assert outlets == {"Wire One": 2, "Daily <i>Two</i>": 1}
    assert "published" in facets  # a date facet: articles per day
    days = {result["value"]: result["count"] for result in facets["published"]["results"]}
    assert days == {"2025-05-16": 1, "2025-05-17": 2}
    # Without those columns the facets are simply not offered.
    assert "outlet" not in build_metadata(columns={"articles": ["id", "title"]})["databases"]["quotes"]["tables"]["articles"]["facets"]


def test_search_quotes_finds_speakers_by_name(db_path):
    rows = get(make_datasette(db_path), "/quotes/search_quotes.json?q=peskov&_shape=array").json()
    assert {row["quote"] for row in rows} == {QUOTES_1[0].text, QUOTES_1[1].text}
    assert {row["matched_on"] for row in rows} == {"speaker"}
    # A word in both the quote and the speaker's name ranks that quote first.
    rows = get(make_datasette(db_path), "/quotes/search_quotes.json?q=zelensky&_shape=array").json()
    assert [row["speaker"] for row in rows] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]
    assert all(row["relevance"] > 0 and row["speaker_id"] and row["article_id"] for row in rows)


def test_search_page_shows_ranked_quote_cards(db_path):
    html = get(make_datasette(db_path), "/quotes/search_quotes?q=sanctions").text
    cards = html.split('<article class="quote-card')[1:]
    assert len(cards) == 2
    first, second = cards
    # Best match first, with the sentence around it, the speaker mention and the cue highlighted.
    assert '<span class="said">Sanctions, sanctions and more sanctions only harden our position,</span>' in first
    assert '<mark class="mention">Peskov</mark> <mark class="cue">said</mark>' in first
    assert '<span class="role">Kremlin spokesman</span>' in first
    assert 'class="speaker" href="/quotes/-/speaker/' in first and ">Dmitry Peskov</a>" in first
    assert 'href="/quotes/-/article/' in first and "Kremlin rejects ceasefire plan" in first
    assert "Ukrainian President" in second
    # The search box keeps what was typed; the table and CSV are a click away.
    assert 'name="q" value="sanctions"' in html
    assert "search_quotes.csv?q=sanctions" in html


def test_speaker_query_pages_show_cards_and_empty_searches_say_so(db_path):
    ds = make_datasette(db_path)
    html = get(ds, "/quotes/quotes_by_speaker?speaker=zelensky").text
    assert html.count('<article class="quote-card') == 2
    assert "No quotes found" in get(ds, "/quotes/search_quotes?q=zzzz").text
    assert "No quotes found" not in get(ds, "/quotes/search_quotes").text


def test_quoted_about_a_term(db_path):
    rows = get(make_datasette(db_path), "/quotes/quoted_about.json?term=sanctions&_shape=array").json()
    assert [(row["speaker"], row["quotes"]) for row in rows] == [("Dmitry Peskov", 1), ("Volodymyr Zelensky", 1)]
    assert rows[0]["best_quote"] == QUOTES_1[1].text
    assert get(make_datasette(db_path), "/quotes/quoted_about.json?term=&_shape=array").json() == []


def test_quoted_in_several_outlets(rich_db_path):
    ds = make_datasette(rich_db_path)
    rows = get(ds, "/quotes/quoted_in_several_outlets.json?min_outlets=&_shape=array").json()
    assert [(row["quote"], row["speaker"], row["outlets"]) for row in rows] == [
        ("There can be no ceasefire before talks,", "Dmitry Peskov", 2)]
    assert set(rows[0]["carried_by"].split(",")) == {"Wire One", "Daily <i>Two</i>"}
    assert get(ds, "/quotes/quoted_in_several_outlets.json?min_outlets=3&_shape=array").json() == []


def test_speaker_roles_over_time(rich_db_path):
    rows = get(make_datasette(rich_db_path), "/quotes/speaker_roles_over_time.json?speaker=peskov&_shape=array").json()
    assert [(row["role"], row["seen"][:10]) for row in rows] == [
        ("Kremlin spokesman", "2025-05-16"), ("Kremlin spokesman", "2025-05-17")]
    assert get(make_datasette(rich_db_path), "/quotes/speaker_roles_over_time.json?speaker=&_shape=array").json() == []


def test_every_stored_query_runs(rich_db_path):
    ds = make_datasette(rich_db_path)
    params = {"q": "ceasefire", "speaker": "peskov", "term": "ceasefire", "min_outlets": "2"}
    for name in QUERIES:
        data = get(ds, f"/quotes/{name}.json?" + urlencode(params)).json()
        assert data["ok"] and data["rows"], name
        get(ds, f"/quotes/{name}?" + urlencode(params))


def test_speaker_page(rich_db_path):
    ds = make_datasette(rich_db_path)
    [speaker_id] = ids(ds, "select id from speakers where name = 'Dmitry Peskov'")
    html = get(ds, f"/quotes/-/speaker/{speaker_id}").text
    assert '<h1 class="speaker-name">Dmitry Peskov</h1>' in html
    assert "Kremlin spokesman" in html
    assert "Named as" in html and ">Peskov <span" in html  # aliases with counts
    assert "Roles over time" in html and "2025-05-16" in html
    assert "Carried by several articles" in html
    assert html.count('<article class="quote-card') == 3
    assert f"quotes_view.csv?speaker_id={speaker_id}&amp;_stream=on&amp;_dl=1" in html
    # Speakers and titles in the tables link to these pages.
    assert f'href="/quotes/-/speaker/{speaker_id}"' in get(ds, "/quotes/speakers").text
    assert f'href="/quotes/-/speaker/{speaker_id}"' in get(ds, "/quotes/quotes_view").text


def test_article_page_marks_the_quotes(db_path):
    ds = make_datasette(db_path)
    [article_id] = ids(ds, "select id from articles where source = 'kremlin.txt'")
    html = get(ds, f"/quotes/-/article/{article_id}").text
    assert '<h1 class="article-title">Kremlin rejects ceasefire plan</h1>' in html
    assert "3 quotes" in html
    for q in QUOTES_1:
        assert q.text in html
    assert html.count('<span class="said kind-') == 3
    assert '<mark class="mention">Dmitry Peskov</mark>' in html
    [quote_id] = ids(ds, "select id from quotes where text like 'There can be%'")
    assert f'id="q-{quote_id}"' in html
    assert f'href="/quotes/-/article/{article_id}"' in get(ds, "/quotes/articles").text


def test_charts_page(rich_db_path):
    ds = make_datasette(rich_db_path)
    html = get(ds, "/quotes/-/charts").text
    for title in ("Quotes per speaker", "Quotes per outlet", "Quotes per day", "Quotes per kind"):
        assert f"<figcaption>{title}" in html
    assert '<span class="bar-label">Dmitry Peskov</span>' in html
    assert '<span class="bar-label">2025-05-17</span>' in html
    # The front page carries the speakers chart.
    assert '<span class="bar-label">Dmitry Peskov</span>' in get(ds, "/").text


def test_pages_404_on_unknown_things(db_path):
    ds = make_datasette(db_path)
    for path in ("/quotes/-/speaker/nope", "/quotes/-/article/nope", "/nodb/-/charts", "/nodb/-/speaker/x"):
        assert asyncio.run(ds.client.get(path)).status_code == 404, path


def test_user_text_is_escaped_everywhere(rich_db_path):
    ds = make_datasette(rich_db_path)
    [article_id] = ids(ds, "select id from articles where source = 'again.txt'")
    [speaker_id] = ids(ds, "select id from speakers where name = 'Jane Roe'")
    pages = [
        "/quotes/search_quotes?q=plan", f"/quotes/-/article/{article_id}", f"/quotes/-/speaker/{speaker_id}",
        "/quotes/-/charts", "/quotes/quotes_view", "/quotes/quoted_in_several_outlets?min_outlets=2",
    ]
    for path in pages:
        html = get(ds, path).text
        assert "<script>alert" not in html and "<b>envoy" not in html and "<i>Two" not in html, path
        assert "javascript:alert" not in html.replace("&#34;", '"').split("<body")[1] or path.endswith("quotes_view"), path
    article = get(ds, f"/quotes/-/article/{article_id}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in article
    assert 'href="javascript:' not in article  # only http(s) links to the original


def test_public_mode_is_read_only_without_arbitrary_sql(db_path):
    ds = make_datasette(db_path, public=True)
    assert asyncio.run(ds.client.get("/quotes?sql=select+1")).status_code == 403
    assert asyncio.run(ds.client.get("/quotes/quotes?_where=1")).status_code == 403
    assert get(ds, "/quotes/search_quotes.json?q=ceasefire&_shape=array").json()
    assert get(ds, "/quotes/quotes_view.csv?_stream=on").text.count("\n") == len(ALL_QUOTES) + 1
    data = get(ds, "/-/databases.json").json()
    assert data[0]["is_mutable"] is False
    # Table counts come from the inspect data computed at start-up.
    assert ds.inspect_data["quotes"]["tables"]["quotes"]["count"] == len(ALL_QUOTES)
    assert "Edit SQL" not in get(ds, "/quotes/top_speakers").text


def test_cli_serve_passes_host_port_and_public(db_path, monkeypatch):
    from quotes.cli import cli

    calls = []
    monkeypatch.setattr(serve_module, "serve", lambda *args, **kwargs: calls.append((args, kwargs)))
    result = CliRunner().invoke(cli, ["serve", str(db_path), "--host", "0.0.0.0", "--port", "9000", "--public"])
    assert result.exit_code == 0, result.output
    assert calls == [((str(db_path),), {"host": "0.0.0.0", "port": 9000, "public": True})]


def test_stored_queries_and_tables_are_declared_for_every_table():
    assert set(SCHEMA) <= set(TABLES)
