"""The reading side of the browser: quote cards, speaker and article pages, charts.

A small Datasette plugin, registered in-process by `serve.make_datasette` (no entry point, so a plain
`datasette` run elsewhere in the environment is unaffected). It adds:

  /DB/-/speaker/ID   a speaker: current role, aliases, roles over time, statements carried by several
                     articles, and every quote as a card
  /DB/-/article/ID   an article's text with its quotes, speaker mentions and cues marked
  /DB/-/charts       quotes per speaker, per outlet (or source file), per day where dates are known,
                     and per kind, as bar charts that need no JavaScript

and, for the templates, `quote_cards(database, rows)`, which turns rows carrying a `quote_id` (the
card stored queries) into cards: the sentence around the quote with the quote, the speaker mention
and the cue highlighted. Cells naming a speaker, a quote or an article link to these pages.

Every piece of text from the database reaches the page through Jinja's autoescaping (or
markupsafe.escape in render_cell); nothing is marked safe unescaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote as url_quote

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

# How far a card's excerpt reaches beyond the quote and its speaker mention to find the sentence's
# start and end, in characters.
CONTEXT_CHARS = 240
# A sentence ends at ., ! or ? (closing quotes and brackets included) followed by white space, or at a
# line break.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n\s*")

# Highlight priority where spans overlap: the mention and the cue are drawn over the quote.
_PRIORITY = {"quote": 1, "cue": 2, "mention": 3}


def register() -> None:
    """Register this module as a Datasette plugin, once per process."""
    import sys

    from datasette.plugins import pm

    module = sys.modules[__name__]
    if not pm.is_registered(module):
        pm.register(module, name="quotes-browse")


# --- text: excerpts and highlighted segments ------------------------------------------------------


@dataclass
class Segment:
    text: str
    mark: str | None = None  # "quote", "mention", "cue" or None
    quote: dict | None = None  # on article pages: the quote this piece belongs to
    last: bool = False  # the last piece of that quote


def segments(text: str, lo: int, hi: int, spans: list[tuple[int, int, str, dict | None]]) -> list[Segment]:
    """text[lo:hi] cut into runs that share one highlight; spans are (start, end, mark, quote)."""
    marks: list[tuple[int, str, dict | None] | None] = [None] * (hi - lo)
    for start, end, mark, quote in spans:
        for i in range(max(start, lo), min(end, hi)):
            current = marks[i - lo]
            if current is None or _PRIORITY[mark] > current[0]:
                marks[i - lo] = (_PRIORITY[mark], mark, quote if quote is not None else (current[2] if current else None))
    runs: list[Segment] = []
    for i, label in enumerate(marks):
        mark, quote = (label[1], label[2]) if label else (None, None)
        if runs and runs[-1].mark == mark and runs[-1].quote is quote:
            runs[-1].text += text[lo + i]
        else:
            runs.append(Segment(text[lo + i], mark, quote))
    # Flag each quote's last run, so the article page can name the speaker after it.
    seen: set[int] = set()
    for run in reversed(runs):
        if run.quote is not None and id(run.quote) not in seen:
            seen.add(id(run.quote))
            run.last = True
    return runs


def sentence_bounds(text: str, lo: int, hi: int, reach: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The start of the sentence holding text[lo] and the end of the one holding text[hi - 1], looking
    at most `reach` characters out; cut at a word boundary when no sentence boundary is that close."""
    start = max(0, lo - reach)
    for match in _SENTENCE_END.finditer(text, start, lo):
        if match.end() <= lo:
            start = match.end()
    if start == max(0, lo - reach) and start > 0:
        space = text.find(" ", start, lo)
        start = space + 1 if space != -1 else start
    end = min(len(text), hi + reach)
    # A boundary whose punctuation is the quote's own last character still ends the sentence.
    match = _SENTENCE_END.search(text, max(lo, hi - 1), end)
    if match:
        end = match.start() + len(match.group().rstrip())
    elif end < len(text):
        space = text.rfind(" ", hi, end)
        end = space if space != -1 else end
    return start, end


def find_cue(text: str, cue: str | None, lo: int, hi: int, quote: tuple[int, int]) -> tuple[int, int] | None:
    """The occurrence of the cue in text[lo:hi] outside the quote and nearest to it."""
    if not cue:
        return None
    best = None
    for match in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", text[lo:hi], re.IGNORECASE):
        start, end = lo + match.start(), lo + match.end()
        if start < quote[1] and end > quote[0]:
            continue
        distance = quote[0] - end if end <= quote[0] else start - quote[1]
        if best is None or distance < best[0]:
            best = (distance, start, end)
    return best[1:] if best else None


def excerpt(article_text: str, quote: dict) -> dict:
    """The sentence(s) around a quote, reaching to its speaker mention when that is close, as segments."""
    start, end = quote["start_char"], quote["end_char"]
    lo, hi = start, end
    mention = None
    if quote.get("speaker_start_char") is not None and quote.get("speaker_end_char") is not None:
        mention = (quote["speaker_start_char"], quote["speaker_end_char"])
        if abs(mention[0] - start) <= CONTEXT_CHARS * 2:
            lo, hi = min(lo, mention[0]), max(hi, mention[1])
    lo, hi = sentence_bounds(article_text, lo, hi)
    spans: list[tuple[int, int, str, dict | None]] = [(start, end, "quote", None)]
    if mention:
        spans.append((mention[0], mention[1], "mention", None))
    cue = find_cue(article_text, quote.get("cue"), lo, hi, (start, end))
    if cue:
        spans.append((cue[0], cue[1], "cue", None))
    return {
        "segments": segments(article_text, lo, hi, spans),
        "cut_before": lo > 0 and not article_text[:lo].rstrip().endswith(("\n", ".", "!", "?", "”", '"')),
        "cut_after": hi < len(article_text.rstrip()) and not article_text[:hi].rstrip().endswith((".", "!", "?", "”", '"')),
    }


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are followed; anything else (javascript:, data:) is shown as text."""
    if url and re.match(r"https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


# --- database access -------------------------------------------------------------------------------


async def _columns(db, table: str) -> set[str]:
    return set(await db.table_columns(table)) if await db.table_exists(table) else set()


async def _article_select(db) -> str:
    """The optional article columns this database has, as select terms (null where missing)."""
    columns = await _columns(db, "articles")
    return ", ".join(f"articles.{c} as {c}" if c in columns else f"null as {c}" for c in ("url", "published", "outlet"))


_CARD_SQL = """
select
  quotes.id as quote_id, quotes.text, quotes.start_char, quotes.end_char, quotes.kind, quotes.cue,
  quotes.speaker_id, quotes.speaker_mention, quotes.speaker_start_char, quotes.speaker_end_char,
  quotes.role, {affiliation} as affiliation, quotes.confidence, {cluster} as cluster_id,
  speakers.name as speaker, speakers.kind as speaker_kind,
  articles.id as article_id, articles.title as article_title, articles.source as article_source,
  articles.text as article_text, {article_extras}
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
where {where}
order by {order}
"""


async def fetch_cards(db, where: str, params: dict, order: str = "quotes.id") -> list[dict]:
    """Quotes as cards: the quote's fields, its speaker and article, and the excerpt around it."""
    quote_columns = await _columns(db, "quotes")
    sql = _CARD_SQL.format(
        affiliation="quotes.affiliation" if "affiliation" in quote_columns else "null",
        cluster="quotes.cluster_id" if "cluster_id" in quote_columns else "null",
        article_extras=await _article_select(db),
        where=where,
        order=order,
    )
    rows = (await db.execute(sql, params)).rows
    cards = []
    for row in rows:
        card = dict(row)
        card.update(excerpt(card.pop("article_text"), card))
        card["url"] = safe_url(card["url"])
        cards.append(card)
    return cards


async def quote_cards(datasette, database: str, rows) -> list[dict]:
    """Cards for rows of a stored query that carry a quote_id, in the rows' order."""
    ids = []
    for row in rows or []:
        keys = row.keys() if hasattr(row, "keys") else ()
        if "quote_id" in keys and row["quote_id"] is not None:
            ids.append(row["quote_id"])
    if not ids:
        return []
    db = datasette.get_database(database)
    cards = {}
    # In batches, to stay under SQLite's limit on bound parameters.
    for i in range(0, len(ids), 500):
        batch = ids[i:i + 500]
        placeholders = ", ".join(f":p{n}" for n in range(len(batch)))
        for card in await fetch_cards(db, f"quotes.id in ({placeholders})",
                                      {f"p{n}": value for n, value in enumerate(batch)}):
            cards[card["quote_id"]] = card
    return [cards[i] for i in ids if i in cards]


async def _database(datasette, request):
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}")
    await datasette.ensure_permissions(request.actor, [("view-database", name), "view-instance"])
    if not await db.table_exists("quotes"):
        raise NotFound(f"{name} holds no quotes")
    return name, db


# --- pages -------------------------------------------------------------------------------------


async def speaker_page(datasette, request):
    name, db = await _database(datasette, request)
    speaker_id = request.url_vars["speaker_id"]
    speaker_columns = await _columns(db, "speakers")
    rows = (await db.execute("select * from speakers where id = :id", {"id": speaker_id})).rows
    if not rows:
        raise NotFound("No such speaker")
    speaker = dict(rows[0])
    for column in ("role", "affiliation", "gender", "quotes", "articles"):
        speaker.setdefault(column, None)
    extras = await _article_select(db)
    order = "articles.published is null, articles.published, " if "published" in await _columns(db, "articles") else ""
    aliases, roles, clusters = [], [], []
    if await db.table_exists("speaker_aliases"):
        aliases = [dict(r) for r in (await db.execute(
            "select alias, count from speaker_aliases where speaker_id = :id order by count desc, alias",
            {"id": speaker_id})).rows]
    if await db.table_exists("speaker_roles"):
        roles = [dict(r) for r in (await db.execute(
            f"""select speaker_roles.role, speaker_roles.affiliation, speaker_roles.first_seen,
                       articles.id as article_id, articles.title as article_title,
                       articles.source as article_source, {extras}
                from speaker_roles join articles on articles.id = speaker_roles.article_id
                where speaker_roles.speaker_id = :id
                order by coalesce(speaker_roles.first_seen, published) is null,
                         coalesce(speaker_roles.first_seen, published), articles.source, speaker_roles.role""",
            {"id": speaker_id})).rows]
    if await db.table_exists("quote_clusters"):
        clusters = [dict(r) for r in (await db.execute(
            """select representative, articles, quotes from quote_clusters
               where speaker_id = :id and articles > 1 order by articles desc, representative""",
            {"id": speaker_id})).rows]
    cards = await fetch_cards(db, "quotes.speaker_id = :id", {"id": speaker_id},
                              order=f"{order}articles.source, quotes.start_char")
    context = {
        "database": name,
        "speaker": speaker,
        "has_summary": "quotes" in speaker_columns,
        "aliases": aliases,
        "roles": roles,
        "clusters": clusters,
        "cards": cards,
        "article_count": len({card["article_id"] for card in cards}),
    }
    return Response.html(await datasette.render_template("quotes-speaker.html", context, request=request))


async def article_page(datasette, request):
    name, db = await _database(datasette, request)
    article_id = request.url_vars["article_id"]
    rows = (await db.execute(f"select *, {await _article_select(db)} from articles where id = :id",
                             {"id": article_id})).rows
    if not rows:
        raise NotFound("No such article")
    article = dict(rows[0])
    article["url"] = safe_url(article["url"])
    quotes = [dict(r) for r in (await db.execute(
        """select quotes.id, quotes.text, quotes.start_char, quotes.end_char, quotes.kind, quotes.cue,
                  quotes.speaker_id, quotes.speaker_mention, quotes.speaker_start_char, quotes.speaker_end_char,
                  quotes.role, quotes.confidence, speakers.name as speaker, speakers.kind as speaker_kind
           from quotes left join speakers on speakers.id = quotes.speaker_id
           where quotes.article_id = :id order by quotes.start_char, quotes.end_char""",
        {"id": article_id})).rows]
    text = article["text"] or ""
    spans: list[tuple[int, int, str, dict | None]] = []
    for number, quote in enumerate(quotes, 1):
        quote["number"] = number
        spans.append((quote["start_char"], quote["end_char"], "quote", quote))
        if quote["speaker_start_char"] is not None and quote["speaker_end_char"] is not None:
            spans.append((quote["speaker_start_char"], quote["speaker_end_char"], "mention", None))
    context = {
        "database": name,
        "article": article,
        "quotes": quotes,
        "segments": segments(text, 0, len(text), spans),
        "speakers": sorted({(q["speaker"], q["speaker_id"]) for q in quotes if q["speaker_id"]}),
    }
    return Response.html(await datasette.render_template("quotes-article.html", context, request=request))


@dataclass
class Chart:
    title: str
    note: str
    bars: list[dict] = field(default_factory=list)

    @property
    def largest(self) -> int:
        return max((bar["count"] for bar in self.bars), default=0) or 1


async def _chart(db, title: str, note: str, sql: str, link) -> Chart:
    chart = Chart(title, note)
    for row in (await db.execute(sql)).rows:
        chart.bars.append({"label": row["label"] if row["label"] not in (None, "") else "(unknown)",
                           "count": row["count"], "href": link(row)})
    return chart


async def charts(datasette, name: str, db, limit: int = 25) -> list[Chart]:
    """The browser's charts: quotes per speaker, per outlet or source, per day, per kind."""
    urls = datasette.urls
    article_columns = await _columns(db, "articles")
    outlet = "coalesce(articles.outlet, articles.source)" if "outlet" in article_columns else "articles.source"
    view = urls.table(name, "quotes_view")
    result = [
        await _chart(
            db, "Quotes per speaker", f"The {limit} most quoted speakers",
            f"""select speakers.name as label, speakers.id as speaker_id, count(*) as count
                from quotes join speakers on speakers.id = quotes.speaker_id
                group by speakers.id order by count desc, label limit {limit}""",
            lambda row: urls.database(name) + "/-/speaker/" + url_quote(row["speaker_id"], safe="")),
        await _chart(
            db, "Quotes per outlet" if "outlet" in article_columns else "Quotes per source file", "",
            f"""select {outlet} as label, count(*) as count
                from quotes join articles on articles.id = quotes.article_id
                group by label order by count desc, label limit {limit}""",
            lambda row: f"{view}?{'outlet' if 'outlet' in article_columns else 'article_source'}="
                        + url_quote(str(row["label"] or ""), safe="")),
    ]
    if "published" in article_columns:
        result.append(await _chart(
            db, "Quotes per day", "By the article's publication date",
            """select substr(articles.published, 1, 10) as label, count(*) as count
               from quotes join articles on articles.id = quotes.article_id
               where articles.published is not null
               group by label order by label""",
            lambda row: f"{view}?published__startswith=" + url_quote(str(row["label"]), safe="")))
    result.append(await _chart(
        db, "Quotes per kind", "direct, partial, mixed or indirect",
        "select kind as label, count(*) as count from quotes group by kind order by count desc, label",
        lambda row: f"{view}?kind=" + url_quote(str(row["label"]), safe="")))
    return result


async def charts_page(datasette, request):
    name, db = await _database(datasette, request)
    context = {"database": name, "charts": await charts(datasette, name, db)}
    return Response.html(await datasette.render_template("quotes-charts.html", context, request=request))


# --- hooks ---------------------------------------------------------------------------------------


@hookimpl
def register_routes(datasette):
    return [
        (r"^/(?P<database>[^/]+)/-/speaker/(?P<speaker_id>[^/]+)$", speaker_page),
        (r"^/(?P<database>[^/]+)/-/article/(?P<article_id>[^/]+)$", article_page),
        (r"^/(?P<database>[^/]+)/-/charts$", charts_page),
    ]


@hookimpl
def extra_template_vars(datasette, request):
    async def cards(database, rows):
        return await quote_cards(datasette, database, rows)

    async def top_speakers_chart(database, limit=8):
        db = datasette.get_database(database)
        if not await db.table_exists("quotes"):
            return None
        return (await charts(datasette, database, db, limit=limit))[0]

    from quotes.serve import CARD_QUERIES

    return {
        "quote_cards": cards,
        "top_speakers_chart": top_speakers_chart,
        "card_queries": CARD_QUERIES,
    }


def _link(href: str, text) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def _get(row, column):
    try:
        return row[column]
    except (IndexError, KeyError, TypeError):
        return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Names link to speaker pages, quotes and titles to the article page."""
    if value is None or value == "":
        return None
    base = datasette.urls.database(database)
    if table == "speakers" and column == "name" and _get(row, "id"):
        return _link(f"{base}/-/speaker/{url_quote(row['id'], safe='')}", value)
    if table == "articles" and column == "title" and _get(row, "id"):
        return _link(f"{base}/-/article/{url_quote(row['id'], safe='')}", value)
    if table in (None, "quotes_view") and column == "speaker" and _get(row, "speaker_id"):
        return _link(f"{base}/-/speaker/{url_quote(row['speaker_id'], safe='')}", value)
    if table in (None, "quotes_view") and column in ("article", "article_title", "first_article"):
        article_id = _get(row, "article_id") or _get(row, "first_article_id")
        if article_id:
            anchor = f"#q-{url_quote(_get(row, 'quote_id'), safe='')}" if _get(row, "quote_id") else ""
            return _link(f"{base}/-/article/{url_quote(article_id, safe='')}{anchor}", value)
    return None
