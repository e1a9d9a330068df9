"""Publish the database with Datasette (the pages themselves are in quotes/browse.py).

Everything Datasette shows about the data (table and column descriptions, label columns, facets,
full-text search) is derived here from `quotes.store`, so descriptions are declared once, in
`store.SCHEMA`. The front page gets a search box that runs the `search_quotes` canned query, which
ranks by full-text relevance (the table page's `_search` filters but does not rank).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Iterable

import click

from quotes import __version__, store

TITLE = "quotes: who said what, in the news"
DESCRIPTION = (
    "Quotations found in news articles: what was said, who said it, in what role, and how it was "
    "reported (direct, partial, mixed or indirect). Search the quotes, facet them by speaker, kind "
    "or article, or start from the quotes_view view, which joins everything into one row per quote."
)

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
# URL prefix the stylesheet is served under (a Datasette static mount).
STATIC_MOUNT = "quotes-static"

SOURCE = "News articles read by quotes {version}; each article's source file (and outlet and URL where known) is on its page"
# The quotations are excerpts of the publishers' articles: their terms apply, not the software's.
LICENSE = "article texts and quotations: their publishers' terms; the quotes software: Apache-2.0"

# Columns the articles table gains when the reader knows them; pages, facets and queries use them only
# when the database has them.
ARTICLE_EXTRAS = ("url", "published", "outlet")

# Units and scales, appended to the column descriptions from store.SCHEMA. (Datasette's own `units`
# key takes physical units only, so these go into the text.)
UNITS: dict[str, dict[str, str]] = {
    "articles": {"chars": "characters"},
    "quotes": {
        "start_char": "0-based character offset",
        "end_char": "0-based character offset, exclusive",
        "speaker_start_char": "0-based character offset",
        "speaker_end_char": "0-based character offset, exclusive",
        "confidence": "probability, 0 to 1",
    },
    "speakers": {"quotes": "count", "articles": "count"},
    "speaker_aliases": {"count": "count of quotes"},
    "speaker_roles": {"first_seen": "ISO 8601 date"},
    "quote_clusters": {"articles": "count", "quotes": "count"},
    "quotes_view": {"confidence": "probability, 0 to 1", "start_char": "0-based character offset",
                    "end_char": "0-based character offset, exclusive"},
}

# Per table: title, description, label column (so foreign keys show names), default sort, facets.
# Facets naming a column the database lacks are dropped (see build_metadata); {"date": column} facets
# group a date column by day.
TABLES: dict[str, dict] = {
    "articles": {
        "title": "Articles",
        "description": "One row per article read, with its full text; quote offsets point into it. "
                       "Open an article's title for its text with the quotes marked.",
        "label_column": "title",
        "sort": "source",
        "facets": ["outlet", {"date": "published"}, "author"],
        "source": "The article files given to `quotes extract`",
    },
    "speakers": {
        "title": "Speakers",
        "description": "People, organisations and anonymous sources quoted in the articles, one row per "
                       "speaker linked across articles. Open a name for the speaker's page.",
        "label_column": "name",
        "sort_desc": "quotes",
        "facets": ["kind", "affiliation", "role", "gender"],
    },
    "speaker_aliases": {
        "title": "Speaker aliases",
        "description": "The name forms each speaker appears under, with how often.",
        "label_column": "alias",
        "sort_desc": "count",
        "facets": ["speaker_id"],
    },
    "speaker_roles": {
        "title": "Speaker roles",
        "description": "Every role an article gives a speaker, with the article and its date: roles over time.",
        "label_column": "role",
        "sort": "speaker_id",
        "facets": ["speaker_id", "role", "affiliation", {"date": "first_seen"}],
    },
    "quote_clusters": {
        "title": "Statements carried by several articles",
        "description": "The same statement by the same speaker found in more than one article.",
        "label_column": "representative",
        "sort_desc": "articles",
        "facets": ["speaker_id", "articles"],
    },
    "quotes": {
        "title": "Quotes",
        "description": (
            "One row per quotation: the quoted text, its reporting cue, the speaker and their role. "
            "Sorted by article; Datasette sorts on one column, so within an article use quotes_view "
            "(reading order) or sort by start_char."
        ),
        "label_column": "text",
        # Datasette sorts on one column (ties broken by primary key): grouping by article is the
        # most useful default here, and quotes_view keeps full reading order.
        "sort": "article_id",
        "facets": ["speaker_id", "role", "affiliation", "kind", "article_id"],
    },
    "quotes_view": {
        "title": "Quotes, with speakers and articles",
        "description": (
            "Every quote joined to its speaker and article, in reading order (article, then "
            "position). Export it as CSV from here: add _stream=on to the CSV link for every row."
        ),
        "facets": ["speaker", "role", "affiliation", "kind", "outlet", "article_source", {"date": "published"}],
    },
}

# The FTS5 match expression for a user's search: escape_fts() (registered by Datasette on every
# connection) quotes each word so operators and punctuation are taken literally; line breaks are
# turned into spaces first because escape_fts only pairs quotes within a line. A blank search
# (escape_fts gives '') matches nothing instead of failing with an FTS syntax error.
_SEARCH_CTE = """with search as (
  select escape_fts(replace(replace(replace(:{param}, char(9), ' '), char(10), ' '), char(13), ' ')) as expr
)"""

# A speaker named by any part of their canonical name or of a name form an article used.
_SPEAKER_MATCHES = """trim(:speaker) != '' and (
    speakers.name like '%' || trim(:speaker) || '%'
    or speakers.id in (select speaker_id from speaker_aliases where alias like '%' || trim(:speaker) || '%')
  )"""

# Stored queries whose rows are shown as quote cards above the table (each row has a quote_id).
CARD_QUERIES = ("search_quotes", "quotes_by_speaker")


def build_queries(article_columns: Iterable[str] = ()) -> dict[str, dict]:
    """The stored (canned) queries, using the articles' outlet and date when the database has them.

    Each may list the tables it `needs`; build_metadata leaves out a query whose tables are missing
    (a database written before the linking pass).
    """
    article_columns = set(article_columns)
    outlet = "coalesce(articles.outlet, articles.source)" if "outlet" in article_columns else "articles.source"
    published = "articles.published" if "published" in article_columns else "null"
    # Reading order across articles: by date where known, then by file.
    article_order = (f"{published} is null, {published}, " if published != "null" else "") + "articles.source"
    return {
        "search_quotes": {
            "title": "Search quotes, best match first",
            "description": (
                "Full-text search over what was said and who said it (words are stemmed, so 'talks' "
                "finds 'talk'), ranked by relevance (BM25): quotes matching both the text and the "
                "speaker's name first. Quote a phrase to search for it exactly."
            ),
            "hide_sql": True,
            "sql": f"""
{_SEARCH_CTE.format(param="q")},
matches as (
  select quotes.id as quote_id, quotes_fts.rank as rank, 'text' as matched
  from search
  join quotes_fts on quotes_fts match search.expr
  join quotes on quotes.rowid = quotes_fts.rowid
  where search.expr != ''
  union all
  select quotes.id, speakers_fts.rank, 'speaker'
  from search
  join speakers_fts on speakers_fts match search.expr
  join speakers on speakers.rowid = speakers_fts.rowid
  join quotes on quotes.speaker_id = speakers.id
  where search.expr != ''
),
ranked as (
  select quote_id, min(rank) as rank, count(*) as hits, group_concat(matched, ' and ') as matched_on
  from matches
  group by quote_id
)
select
  quotes.text as quote,
  speakers.name as speaker,
  quotes.role,
  quotes.kind,
  quotes.cue,
  articles.title as article,
  {outlet} as article_source,
  ranked.matched_on,
  round(-ranked.rank, 3) as relevance,
  quotes.id as quote_id,
  quotes.speaker_id,
  quotes.article_id
from ranked
join quotes on quotes.id = ranked.quote_id
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
order by ranked.hits desc, ranked.rank, quotes.id
limit 200
""".strip(),
        },
        "quotes_by_speaker": {
            "title": "Quotes by speaker",
            "description": (
                "Everything said by speakers whose name, or any name form an article used for them, "
                "contains the given text (case-insensitive), in reading order."
            ),
            "hide_sql": True,
            "needs": ["speaker_aliases"],
            "sql": f"""
select
  speakers.name as speaker,
  quotes.role,
  quotes.text as quote,
  quotes.kind,
  quotes.cue,
  articles.title as article,
  {outlet} as article_source,
  quotes.id as quote_id,
  quotes.speaker_id,
  quotes.article_id
from quotes
join speakers on speakers.id = quotes.speaker_id
join articles on articles.id = quotes.article_id
where {_SPEAKER_MATCHES}
order by speakers.name, {article_order}, quotes.start_char
limit 1000
""".strip(),
        },
        "top_speakers": {
            "title": "Most quoted speakers",
            "description": "Speakers by number of quotes, with how many articles quote them and the roles they are given.",
            "sql": """
select
  speakers.name as speaker,
  speakers.kind,
  count(*) as quotes,
  count(distinct quotes.article_id) as articles,
  group_concat(distinct quotes.role) as roles,
  speakers.id as speaker_id
from quotes
join speakers on speakers.id = quotes.speaker_id
group by speakers.id
order by quotes desc, speakers.name
limit 100
""".strip(),
        },
        "quoted_about": {
            "title": "Who is quoted about a term",
            "description": (
                "Speakers whose quotes mention the term (full-text, stemmed), most quotes first, with "
                "their best-matching quote. Quotes with no speaker found are counted as one row."
            ),
            "hide_sql": True,
            "sql": f"""
{_SEARCH_CTE.format(param="term")},
hits as (
  select quotes.id, quotes.text, quotes.speaker_id, quotes.article_id, quotes.role, quotes_fts.rank as rank
  from search
  join quotes_fts on quotes_fts match search.expr
  join quotes on quotes.rowid = quotes_fts.rowid
  where search.expr != ''
)
select
  coalesce(speakers.name, '(speaker not found)') as speaker,
  speakers.kind,
  count(*) as quotes,
  count(distinct hits.article_id) as articles,
  group_concat(distinct hits.role) as roles,
  (select best.text from hits as best where best.speaker_id is hits.speaker_id
   order by best.rank, best.id limit 1) as best_quote,
  hits.speaker_id
from hits
left join speakers on speakers.id = hits.speaker_id
group by hits.speaker_id
order by quotes desc, min(hits.rank), speaker
limit 200
""".strip(),
        },
        "quoted_in_several_outlets": {
            "title": "Statements carried by several outlets",
            "description": (
                "The same statement by the same speaker found in articles from at least min_outlets "
                "different outlets (2 when blank); where articles have no outlet, each source file "
                "counts as one."
            ),
            "hide_sql": True,
            "needs": ["quote_clusters"],
            "sql": f"""
select
  quote_clusters.representative as quote,
  speakers.name as speaker,
  count(distinct {outlet}) as outlets,
  quote_clusters.articles,
  quote_clusters.quotes,
  group_concat(distinct {outlet}) as carried_by,
  first.title as first_article,
  quote_clusters.speaker_id,
  quote_clusters.first_article_id,
  quote_clusters.id as cluster_id
from quote_clusters
join quotes on quotes.cluster_id = quote_clusters.id
join articles on articles.id = quotes.article_id
left join articles as first on first.id = quote_clusters.first_article_id
left join speakers on speakers.id = quote_clusters.speaker_id
group by quote_clusters.id
having count(distinct {outlet}) >= coalesce(cast(nullif(trim(:min_outlets), '') as integer), 2)
order by outlets desc, quote_clusters.articles desc, speaker, quote_clusters.id
limit 500
""".strip(),
        },
        "speaker_roles_over_time": {
            "title": "A speaker's roles over time",
            "description": (
                "Every role the articles give speakers whose name (or a name form) contains the given "
                "text, oldest first where dates are known."
            ),
            "hide_sql": True,
            "needs": ["speaker_roles", "speaker_aliases"],
            "sql": f"""
select
  speakers.name as speaker,
  speaker_roles.role,
  speaker_roles.affiliation,
  coalesce(speaker_roles.first_seen, {published}) as seen,
  articles.title as article,
  {outlet} as article_source,
  speakers.id as speaker_id,
  speaker_roles.article_id
from speaker_roles
join speakers on speakers.id = speaker_roles.speaker_id
join articles on articles.id = speaker_roles.article_id
where {_SPEAKER_MATCHES}
order by speakers.name, seen is null, seen, articles.source, speaker_roles.role
limit 1000
""".strip(),
        },
    }


# Kept for callers that want the queries of a database with the full current schema.
QUERIES: dict[str, dict] = build_queries(store.SCHEMA["articles"]["columns"])

_VIEW_COLUMN = re.compile(r"^\s*(\w+)\.(\w+)(?:\s+as\s+(\w+))?\s*,?\s*$", re.IGNORECASE)


def column_descriptions(table: str) -> dict[str, str]:
    """Descriptions of a table's (or view's) columns, taken from store.SCHEMA, with units.

    A view's columns inherit the description of the table column they select, read from the view's
    SQL (lines of the form `table.column [as alias],`).
    """
    descriptions: dict[str, str] = {}
    if table in store.SCHEMA:
        descriptions = {name: description for name, (_, description) in store.SCHEMA[table]["columns"].items()}
    else:
        for line in store.VIEWS.get(table, "").splitlines():
            match = _VIEW_COLUMN.match(line)
            if not match:
                continue
            source_table, source_column, alias = match.groups()
            spec = store.SCHEMA.get(source_table, {}).get("columns", {}).get(source_column)
            if spec:
                descriptions[alias or source_column] = spec[1]
    for column, unit in UNITS.get(table, {}).items():
        if column in descriptions:
            descriptions[column] = f"{descriptions[column]} ({unit})"
    return descriptions


def _facet_column(facet: str | dict) -> str:
    return facet if isinstance(facet, str) else next(iter(facet.values()))


def build_metadata(database: str = "quotes", columns: dict[str, list[str]] | None = None,
                   public: bool = False) -> dict:
    """Datasette metadata for a quotes database served under the name `database` (the file stem).

    `columns` maps each table and view in the database to its columns (see database_columns); facets,
    sorts and queries naming anything missing are left out. Without it the current schema is assumed.
    `public` turns off arbitrary SQL: only the stored queries run.
    """
    if columns is None:
        columns = {name: list(spec["columns"]) for name, spec in store.SCHEMA.items()}
        columns["quotes_view"] = list(column_descriptions("quotes_view"))
    tables: dict[str, dict] = {}
    for name, settings in TABLES.items():
        if name not in columns:
            continue
        present = set(columns[name])
        table = {key: value for key, value in settings.items() if key != "facets"}
        table["facets"] = [f for f in settings.get("facets", []) if _facet_column(f) in present]
        for key in ("sort", "sort_desc"):
            if key in table and table[key] not in present:
                del table[key]
        # A view's columns are described from the view's SQL; columns added since (outlet, published)
        # take their description from the articles table.
        described = column_descriptions(name)
        for column in present - set(described):
            if column in store.SCHEMA["articles"]["columns"]:
                described[column] = store.SCHEMA["articles"]["columns"][column][1]
        table["columns"] = {column: text for column, text in described.items() if column in present}
        tables[name] = table
    for name, fts_columns in store.FTS.items():
        fts_table = f"{name}_fts"
        tables.setdefault(name, {}).update(
            {
                "fts_table": fts_table,
                # The FTS index is an external-content table keyed by the content table's rowid
                # (our primary keys are text hashes), so the join key is rowid, not id.
                "fts_pk": "rowid",
                # Each word is quoted before matching, so any input is a valid search.
                # Add ?_searchmode=raw to a table page for FTS operators (OR, NEAR, prefix*).
                "searchmode": "escaped",
            }
        )
        # Datasette hides tables whose names start with a hidden table's name, which covers the
        # shadow tables (quotes_fts_data, _idx, _docsize, _config).
        tables[fts_table] = {"hidden": True}
        for suffix in ("data", "idx", "docsize", "config", "content"):
            tables[f"{fts_table}_{suffix}"] = {"hidden": True}
    queries = {
        name: {key: value for key, value in query.items() if key != "needs"}
        for name, query in build_queries(columns.get("articles", ())).items()
        if all(table in columns for table in query.get("needs", ()))
    }
    source = SOURCE.format(version=__version__)
    metadata = {
        "title": TITLE,
        "description": DESCRIPTION,
        "source": source,
        "license": LICENSE,
        "extra_css_urls": [f"/{STATIC_MOUNT}/browse.css"],
        "databases": {
            database: {
                "title": TITLE,
                "description": DESCRIPTION,
                "source": source,
                "license": LICENSE,
                        "tables": tables,
                "queries": queries,
            }
        },
    }
    if public:
        # No arbitrary SQL (the SQL box, ?sql=, table filters written in SQL); stored queries still run.
        metadata["allow_sql"] = False
    return metadata


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def database_columns(db_path: str | Path) -> dict[str, list[str]]:
    """Every table and view in the database, with its columns."""
    conn = _connect_read_only(Path(db_path))
    try:
        names = [row[0] for row in conn.execute(
            "select name from sqlite_master where type in ('table', 'view') order by name")]
        return {name: [row[1] for row in conn.execute(f"pragma table_info([{name}])")] for name in names}
    finally:
        conn.close()


def check_database(db_path: str | Path) -> Path:
    """Fail with a clear message unless db_path is a SQLite file holding a quotes table."""
    path = Path(db_path)
    hint = f"create it with: quotes extract ARTICLES... --db {db_path}"
    if not path.exists():
        raise click.ClickException(f"{db_path}: no such database file; {hint}")
    if not path.is_file():
        raise click.ClickException(f"{db_path}: not a file")
    try:
        conn = _connect_read_only(path)
        try:
            found = conn.execute(
                "select 1 from sqlite_master where type = 'table' and name = 'quotes'"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise click.ClickException(f"{db_path}: not a SQLite database ({error})")
    if not found:
        raise click.ClickException(f"{db_path}: has no quotes table; {hint}")
    return path


def inspect_data(db_path: str | Path) -> dict:
    """What `datasette inspect` records for an immutable file (hash, size, row counts), so table pages
    show exact counts without counting on every request. Counting rows is cheap at this scale."""
    from datasette.inspect import inspect_hash

    path = Path(db_path)
    conn = _connect_read_only(path)
    try:
        tables = [row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")]
        counts = {name: conn.execute(f"select count(*) from [{name}]").fetchone()[0] for name in tables}
    finally:
        conn.close()
    return {
        database_name(path): {
            "hash": inspect_hash(path),
            "size": path.stat().st_size,
            "file": str(path),
            "tables": {name: {"count": count} for name, count in counts.items()},
        }
    }


def make_datasette(db_path: str | Path, immutable: bool = False, public: bool = False):
    """A Datasette instance serving db_path with the quotes metadata, templates, pages and queries.

    `public` is the read-only mode for publishing: the file is opened immutable (never written,
    counted once) and arbitrary SQL is off.
    """
    from datasette.app import Datasette

    from quotes import browse

    browse.register()
    path = check_database(db_path)
    immutable = immutable or public
    return Datasette(
        files=[] if immutable else [str(path)],
        immutables=[str(path)] if immutable else [],
        inspect_data=inspect_data(path) if public else None,
        metadata=build_metadata(database_name(path), database_columns(path), public=public),
        template_dir=str(TEMPLATES),
        static_mounts=[(STATIC_MOUNT, str(STATIC))],
        settings={
            # Article texts are long; show the start in HTML tables (JSON and CSV stay whole).
            "truncate_cells_html": 300,
            "facet_time_limit_ms": 500,
        },
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, public: bool = False) -> None:
    """Serve db_path with Datasette until interrupted."""
    import uvicorn

    ds = make_datasette(db_path, public=public)
    shown_host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    mode = " read-only, no arbitrary SQL" if public else ""
    click.echo(f"Serving {db_path}{mode} at http://{shown_host}:{port}/  (Ctrl+C to stop)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
