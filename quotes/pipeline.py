"""The whole flow in one place: read -> parse -> find quotes -> attribute speakers -> store."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from quotes import __version__
from quotes.attribute import attribute_quotes
from quotes.find import find_quotes
from quotes.link import link
from quotes.parse import load_pipeline
from quotes.read import ReadError, ReadOptions, boilerplate_ranges, in_ranges, read_articles
from quotes.records import Article, Quote
from quotes.store import article_is_current, leave_wal_mode, open_database, retry_when_locked, store_article

BATCH_SIZE = 32


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quote in a parsed article, with speaker, role and cue where they can be found."""
    return attribute_quotes(doc, find_quotes(doc))


def drop_boilerplate(quotes: list[Quote], ranges: list[tuple[int, int]]) -> list[Quote]:
    """Quotes that start inside boilerplate (menus, "READ MORE:" teasers, photo credits, a repeated
    headline) go; a quote whose speaker was found only in boilerplate keeps no speaker."""
    if not ranges:
        return quotes
    kept = []
    for quote in quotes:
        if in_ranges(quote.start_char, ranges):
            continue
        if quote.speaker_start_char is not None and in_ranges(quote.speaker_start_char, ranges):
            quote = dataclasses.replace(
                quote, speaker=None, speaker_mention=None, speaker_start_char=None, speaker_end_char=None,
                role=None, **({"affiliation": None} if hasattr(quote, "affiliation") else {}),
            )
        kept.append(quote)
    return kept


def extract_article_quotes(doc: Doc, article: Article) -> list[Quote]:
    """The quotes of a parsed article, less those in its boilerplate."""
    return drop_boilerplate(extract_quotes(doc), boilerplate_ranges(article.text, article.title))


def extract_text(text: str, nlp: Language | None = None) -> list[Quote]:
    """Convenience for one text: parse it and extract its quotes."""
    nlp = nlp or load_pipeline()
    return extract_quotes(parse(nlp, text))


def pipeline_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}+quotes-{__version__}"


def parse(nlp: Language, text: str) -> Doc:
    """Parse one text. A text longer than ``nlp.max_length`` (spaCy refuses those: the parser needs
    memory in proportion to the text) is parsed in chunks of whole lines and the chunks joined, so the
    Doc's text is still exactly ``text``. Articles are capped by ``--max-chars`` before they get here."""
    if len(text) <= nlp.max_length:
        return nlp(text)
    docs = [nlp(chunk) for chunk in split_into_chunks(text, nlp.max_length)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def split_into_chunks(text: str, limit: int) -> list[str]:
    """Consecutive pieces of ``text``, each at most ``limit`` characters, ending at line breaks where
    possible, else at a space, else anywhere. ``"".join(chunks) == text``."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n"), window.rfind("\r"))
        if cut <= 0:
            cut = max(window.rfind(" "), window.rfind("\t"))
        end = start + (cut + 1 if cut > 0 else limit)
        chunks.append(text[start:end])
        start = end
    chunks.append(text[start:])
    return chunks


def parse_articles(nlp: Language, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc | Exception]]:
    """Parse articles in batches; when a batch fails, parse its articles one by one so that only the
    article at fault is lost, returned with its exception instead of a Doc."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == BATCH_SIZE:
            yield from _parse_batch(nlp, batch)
            batch = []
    if batch:
        yield from _parse_batch(nlp, batch)


def _parse_batch(nlp: Language, batch: list[Article]) -> Iterator[tuple[Article, Doc | Exception]]:
    if all(len(article.text) <= nlp.max_length for article in batch):
        try:
            docs = list(nlp.pipe([article.text for article in batch], batch_size=BATCH_SIZE))
        except Exception:  # noqa: BLE001 - find the culprit below
            pass
        else:
            yield from zip(batch, docs)
            return
    for article in batch:
        try:
            yield article, parse(nlp, article.text)
        except Exception as error:  # noqa: BLE001 - one article's failure is reported, not raised
            yield article, error


@dataclass
class Summary:
    articles: int = 0  # read (stored now or already current)
    unchanged: int = 0  # skipped: already extracted by this pipeline
    quotes: int = 0  # added
    new_speakers: int = 0  # added
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.errors)

    def line(self) -> str:
        return (
            f"{self.articles} articles read, {self.unchanged} skipped (unchanged), {self.failed} failed; "
            f"{self.quotes} quotes and {self.new_speakers} speakers added in {self.seconds:.1f}s"
        )


def extract_to_database(
    paths: Iterable[str],
    db_path: str,
    model: str | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    options: ReadOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Summary:
    """Read, parse and extract every article under ``paths`` and store the results in ``db_path``.

    Each article is stored in its own transaction, so a run killed at any point leaves a consistent
    database and the next run does only what is left. ``on_error`` hears of every file, record or
    article that failed (the rest go through); ``on_progress(1)`` is called for every article done.
    """
    started = time.perf_counter()
    summary = Summary()
    nlp = load_pipeline(model)
    label = pipeline_label(nlp)
    db = open_database(db_path)
    is_current = retry_when_locked(article_is_current)

    def done() -> None:
        if on_progress:
            on_progress(1)

    def fail(error: ReadError) -> None:
        summary.errors.append(error)
        if on_error:
            on_error(error)
        done()

    def articles_to_parse() -> Iterator[Article]:
        for item in read_articles(paths, options, stdin=stdin):
            if isinstance(item, ReadError):
                fail(item)
                continue
            summary.articles += 1
            if is_current(db, item, label):
                summary.unchanged += 1
                done()
                continue
            yield item

    try:
        for article, doc in parse_articles(nlp, articles_to_parse()):
            if isinstance(doc, Exception):
                fail(ReadError(article.source, f"could not be parsed: {type(doc).__name__}: {doc}"))
                continue
            try:
                quotes = extract_article_quotes(doc, article)
            except Exception as error:  # noqa: BLE001 - a bug on one article must not stop the batch
                fail(ReadError(article.source, f"extraction failed: {type(error).__name__}: {error}"))
                continue
            try:
                result = store_article(db, article, quotes, label)
            except Exception as error:  # noqa: BLE001 - nor may one article the database refuses
                fail(ReadError(article.source, f"could not be stored: {type(error).__name__}: {error}"))
                continue
            summary.quotes += result.quotes
            summary.new_speakers += result.new_speakers
            done()
        retry_when_locked(link)(db)  # one row per speaker across all articles, aliases, roles over time, quote clusters
    finally:
        leave_wal_mode(db)
        db.close()
    summary.seconds = time.perf_counter() - started
    return summary
