"""Step 6: publish the database with Datasette.

Everything Datasette shows about the data (table and column descriptions, label columns, facets,
full-text search) is derived here from `quotes.store`, so descriptions are declared once, in
`store.SCHEMA`. The front page gets a search box that runs the `search_quotes` canned query, which
ranks by full-text relevance (the table page's `_search` filters but does not rank).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import click

from quotes import __version__, store

TITLE = "quotes: who said what, in the news"
DESCRIPTION = (
    "Quotations found in news articles: what was said, who said it, in what role, and how it was "
    "reported (direct, partial, mixed or indirect). Search the quotes, facet them by speaker, kind "
    "or article, or start from the quotes_view view, which joins everything into one row per quote."
)

TEMPLATES = Path(__file__).parent / "templates"

TABLES: dict[str, dict] = {
    "articles": {
        "title": "Articles",
        "description": "One row per article read, with its full text; quote offsets point into it.",
        "label_column": "title",
        "sort": "source",
    },
    "speakers": {
        "title": "Speakers",
        "description": "People, organizations and anonymous sources quoted in the articles, one row per canonical name.",
        "label_column": "name",
        "sort": "name",
        "facets": ["kind"],
    },
    "quotes": {
        "title": "Quotes",
        "description": (
            "One row per quotation: the quoted text, its reporting cue, the speaker and their role. "
            "Sorted by article; Datasette sorts on one column, so within an article use quotes_view "
            "(reading order) or sort by start_char."
        ),
        # Datasette sorts on one column (ties broken by primary key): grouping by article is the
        # most useful default here, and quotes_view keeps full reading order.
        "sort": "article_id",
        "facets": ["speaker_id", "kind", "article_id", "role"],
    },
    "quotes_view": {
        "title": "Quotes, with speakers and articles",
        "description": (
            "Every quote joined to its speaker and article, in reading order (article, then "
            "position). Export it as CSV or JSON from here."
        ),
        "facets": ["speaker", "kind", "article_source"],
    },
}

# The FTS5 match expression for a user's search: escape_fts() (registered by Datasette on every
# connection) quotes each word so operators and punctuation are taken literally; line breaks are
# turned into spaces first because escape_fts only pairs quotes within a line. A blank search
# (escape_fts gives '') matches nothing instead of failing with an FTS syntax error.
_SEARCH_CTE = """with search as (
  select escape_fts(replace(replace(replace(:{param}, char(9), ' '), char(10), ' '), char(13), ' ')) as expr
)"""

QUERIES: dict[str, dict] = {
    "search_quotes": {
        "title": "Search quotes, best match first",
        "description": (
            "Full-text search over the quoted text (words are stemmed, so 'talks' finds 'talk'), "
            "ranked by relevance (BM25). Quote a phrase to search for it exactly."
        ),
        "sql": f"""
{_SEARCH_CTE.format(param="q")}
select
  quotes.text as quote,
  speakers.name as speaker,
  quotes.role,
  quotes.kind,
  quotes.cue,
  articles.title as article,
  articles.source as article_source,
  quotes.id as quote_id
from search
join quotes_fts on quotes_fts match search.expr
join quotes on quotes.rowid = quotes_fts.rowid
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
where search.expr != ''
order by quotes_fts.rank, quotes.id
limit 200
""".strip(),
    },
    "quotes_by_speaker": {
        "title": "Quotes by speaker",
        "description": "Everything said by speakers whose name contains the given text (case-insensitive), in reading order.",
        "sql": """
select
  speakers.name as speaker,
  quotes.role,
  quotes.text as quote,
  quotes.kind,
  quotes.cue,
  articles.title as article,
  articles.source as article_source,
  quotes.id as quote_id
from quotes
join speakers on speakers.id = quotes.speaker_id
join articles on articles.id = quotes.article_id
where trim(:speaker) != '' and speakers.name like '%' || trim(:speaker) || '%'
order by speakers.name, articles.source, quotes.start_char
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
  group_concat(distinct quotes.role) as roles
from quotes
join speakers on speakers.id = quotes.speaker_id
group by speakers.id
order by quotes desc, speakers.name
limit 100
""".strip(),
    },
}

_VIEW_COLUMN = re.compile(r"^\s*(\w+)\.(\w+)(?:\s+as\s+(\w+))?\s*,?\s*$", re.IGNORECASE)


def column_descriptions(table: str) -> dict[str, str]:
    """Descriptions of a table's (or view's) columns, taken from store.SCHEMA.

    A view's columns inherit the description of the table column they select, read from the view's
    SQL (lines of the form `table.column [as alias],`).
    """
    if table in store.SCHEMA:
        return {name: description for name, (_, description) in store.SCHEMA[table]["columns"].items()}
    descriptions = {}
    for line in store.VIEWS.get(table, "").splitlines():
        match = _VIEW_COLUMN.match(line)
        if not match:
            continue
        source_table, source_column, alias = match.groups()
        spec = store.SCHEMA.get(source_table, {}).get("columns", {}).get(source_column)
        if spec:
            descriptions[alias or source_column] = spec[1]
    return descriptions


def build_metadata(database: str = "quotes") -> dict:
    """Datasette metadata for a quotes database served under the name `database` (the file stem)."""
    tables: dict[str, dict] = {}
    for name, settings in TABLES.items():
        tables[name] = {**settings, "columns": column_descriptions(name)}
    for name, columns in store.FTS.items():
        fts_table = f"{name}_fts"
        tables[name].update(
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
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "source": f"Extracted from news articles with spaCy by quotes {__version__}",
        "databases": {
            database: {
                "title": TITLE,
                "description": DESCRIPTION,
                "tables": tables,
                "queries": {name: dict(query) for name, query in QUERIES.items()},
            }
        },
    }


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def check_database(db_path: str | Path) -> Path:
    """Fail with a clear message unless db_path is a SQLite file holding a quotes table."""
    path = Path(db_path)
    hint = f"create it with: quotes extract ARTICLES... --db {db_path}"
    if not path.exists():
        raise click.ClickException(f"{db_path}: no such database file; {hint}")
    if not path.is_file():
        raise click.ClickException(f"{db_path}: not a file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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


def make_datasette(db_path: str | Path, immutable: bool = False):
    """A Datasette instance serving db_path with the quotes metadata, templates and canned queries."""
    from datasette.app import Datasette

    path = str(check_database(db_path))
    return Datasette(
        files=[] if immutable else [path],
        immutables=[path] if immutable else [],
        metadata=build_metadata(database_name(path)),
        template_dir=str(TEMPLATES),
        settings={
            # Article texts are long; show the start in HTML tables (JSON and CSV stay whole).
            "truncate_cells_html": 300,
            "facet_time_limit_ms": 500,
        },
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve db_path with Datasette until interrupted."""
    import uvicorn

    ds = make_datasette(db_path)
    shown_host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    click.echo(f"Serving {db_path} at http://{shown_host}:{port}/  (Ctrl+C to stop)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
