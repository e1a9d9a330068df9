"""The whole flow in one place: read -> parse -> find quotes -> attribute speakers -> store."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from quotes import __version__
from quotes.attribute import attribute_quotes
from quotes.find import find_quotes
from quotes.link import link
from quotes.parse import load_pipeline
from quotes.read import ReadError, read_articles
from quotes.records import Article, Quote
from quotes.store import article_is_current, open_database, store_article

BATCH_SIZE = 32


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quote in a parsed article, with speaker, role and cue where they can be found."""
    return attribute_quotes(doc, find_quotes(doc))


def extract_text(text: str, nlp: Language | None = None) -> list[Quote]:
    """Convenience for one text: parse it and extract its quotes."""
    nlp = nlp or load_pipeline()
    return extract_quotes(nlp(text))


def pipeline_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}+quotes-{__version__}"


@dataclass
class Summary:
    articles: int = 0
    unchanged: int = 0
    quotes: int = 0
    new_speakers: int = 0
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        failed = f", {len(self.errors)} failed" if self.errors else ""
        return (
            f"{self.articles} articles ({self.unchanged} unchanged{failed}), {self.quotes} quotes, "
            f"{self.new_speakers} new speakers in {self.seconds:.1f}s"
        )


def extract_to_database(
    paths: Iterable[str],
    db_path: str,
    model: str | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> Summary:
    """Read, parse and extract every article under ``paths`` and store the results in ``db_path``."""
    started = time.perf_counter()
    summary = Summary()
    nlp = load_pipeline(model)
    label = pipeline_label(nlp)
    db = open_database(db_path)

    def articles_to_parse():
        for item in read_articles(paths):
            if isinstance(item, ReadError):
                summary.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            summary.articles += 1
            if article_is_current(db, item, label):
                summary.unchanged += 1
                continue
            yield item.text, item

    for doc, article in nlp.pipe(articles_to_parse(), as_tuples=True, batch_size=BATCH_SIZE):
        try:
            quotes = extract_quotes(doc)
        except Exception as error:  # a bug on one article must not stop the batch
            failure = ReadError(article.source, f"extraction failed: {type(error).__name__}: {error}")
            summary.errors.append(failure)
            if on_error:
                on_error(failure)
            continue
        result = store_article(db, article, quotes, label)
        summary.quotes += result.quotes
        summary.new_speakers += result.new_speakers
    link(db)  # one row per speaker across all articles, aliases, roles over time, quote clusters
    summary.seconds = time.perf_counter() - started
    return summary
