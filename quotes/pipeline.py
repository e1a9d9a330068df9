"""The whole flow in one place: read -> parse -> find quotes -> attribute speakers -> store."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time
from collections import deque
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable, Iterator, TypeVar, Union

from spacy.language import Language
from spacy.tokens import Doc

from quotes import __version__
from quotes.attribute import attribute_quotes
from quotes.find import DEFAULT_OPTIONS, FindOptions, find_quotes
from quotes.link import link
from quotes.parse import load_pipeline, pipe, read
from quotes.read import ReadError, ReadOptions, boilerplate_ranges, in_ranges, read_articles
from quotes.records import Article, Quote
from quotes.store import (
    article_is_current, leave_wal_mode, open_database, retry_when_locked, store_article, store_articles,
)

# Articles parsed together by nlp.pipe, handed to a worker as one task, and stored in one transaction.
BATCH_SIZE = 32
T = TypeVar("T")


def extract_quotes(doc: Doc, find_options: FindOptions = DEFAULT_OPTIONS) -> list[Quote]:
    """Every quote in a parsed article, with speaker, role and cue where they can be found."""
    return attribute_quotes(doc, find_quotes(doc, find_options))


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


def extract_article_quotes(doc: Doc, article: Article, find_options: FindOptions = DEFAULT_OPTIONS) -> list[Quote]:
    """The quotes of a parsed article, less those in its boilerplate."""
    return drop_boilerplate(extract_quotes(doc, find_options), boilerplate_ranges(article.text, article.title))


def extract_text(text: str, nlp: Language | None = None, find_options: FindOptions = DEFAULT_OPTIONS) -> list[Quote]:
    """Convenience for one text: parse it and extract its quotes."""
    nlp = nlp or load_pipeline()
    return extract_quotes(parse(nlp, text), find_options)


def pipeline_label(nlp: Language, find_options: FindOptions = DEFAULT_OPTIONS) -> str:
    """What made an article's rows: the spaCy pipeline, this version, and any non-default option."""
    return (f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
            f"+quotes-{__version__}{find_options.label()}")


def parse(nlp: Language, text: str) -> Doc:
    """Parse one text. A text longer than ``nlp.max_length`` (spaCy refuses those: the parser needs
    memory in proportion to the text) is parsed in chunks of whole lines and the chunks joined, so the
    Doc's text is still exactly ``text``. Articles are capped by ``--max-chars`` before they get here."""
    if len(text) <= nlp.max_length:
        return read(nlp, text)
    docs = [read(nlp, chunk) for chunk in split_into_chunks(text, nlp.max_length)]
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


def parse_articles(
    nlp: Language, articles: Iterable[Article], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Article, Doc | Exception]]:
    """Parse articles in batches; when a batch fails, parse its articles one by one so that only the
    article at fault is lost, returned with its exception instead of a Doc."""
    for batch in batched(articles, batch_size):
        yield from _parse_batch(nlp, batch)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_batch(nlp: Language, batch: list[Article]) -> Iterator[tuple[Article, Doc | Exception]]:
    if all(len(article.text) <= nlp.max_length for article in batch):
        try:
            docs = list(pipe(nlp, [article.text for article in batch], batch_size=len(batch)))
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


# What extracting one article gives: its quotes, or why it failed.
Outcome = Union[list[Quote], str]
# Runs extract_batch over batches somewhere, yielding each batch with its outcomes, in input order.
Engine = Callable[[Iterable[list[Article]]], Iterator[tuple[list[Article], list[Outcome]]]]


def extract_batch(nlp: Language, batch: list[Article], find_options: FindOptions = DEFAULT_OPTIONS) -> list[Outcome]:
    """Parse and extract a batch of articles: the pure function of the articles that every engine
    runs (in this process, in a worker process, on a cluster). One outcome per article, in order: its
    quotes, or a message saying why it failed; the Docs are dropped here."""
    outcomes: list[Outcome] = []
    for article, doc in _parse_batch(nlp, batch):
        if isinstance(doc, Exception):
            outcomes.append(f"could not be parsed: {type(doc).__name__}: {doc}")
            continue
        try:
            outcomes.append(extract_article_quotes(doc, article, find_options))
        except Exception as error:  # noqa: BLE001 - a bug on one article must not stop the batch
            outcomes.append(f"extraction failed: {type(error).__name__}: {error}")
    return outcomes


def extract_batches(
    batches: Iterable[list[Article]], model: str | None = None, workers: int = 1,
    find_options: FindOptions = DEFAULT_OPTIONS,
) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """``extract_batch`` over batches, in order: in this process, or in ``workers`` processes."""
    if workers <= 1:
        nlp = load_pipeline(model)
        for batch in batches:
            yield batch, extract_batch(nlp, batch, find_options)
        return
    yield from _extract_in_pool(batches, model, workers, find_options)


# OpenBLAS's own threads slow spaCy's small matrix products down (en_core_web_sm parses about 15%
# faster with one BLAS thread) and fight the other workers for the cores. The variable is read when
# numpy loads, so it is set for worker processes at start (a user's own setting wins); the `quotes`
# command sets it for itself the same way.
BLAS_THREADS = {"OPENBLAS_NUM_THREADS": "1"}


@contextmanager
def single_threaded_blas():
    """Processes started inside this block use one BLAS thread, unless the environment says otherwise."""
    added = {name: value for name, value in BLAS_THREADS.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _start_worker(model: str | None) -> None:
    load_pipeline(model)  # once per worker process, before its first batch


def _extract_in_worker(batch: list[Article], model: str | None, find_options: FindOptions) -> list[Outcome]:
    return extract_batch(load_pipeline(model), batch, find_options)


def _extract_in_pool(
    batches: Iterable[list[Article]], model: str | None, workers: int, find_options: FindOptions
) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """Batches extracted by a pool of processes, results in input order. At most two batches per
    worker are in flight, so the input is read only as fast as it is parsed (memory stays flat). A
    worker that dies (killed, out of memory) costs its batch, reported per article; the pool is
    restarted and the other batches go through."""
    def new_pool() -> ProcessPoolExecutor:
        # Fresh interpreters (spawn), never forks of this process, which may hold threads, locks and an
        # open database; all started now, while the environment asks for one BLAS thread.
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(model,))
        with single_threaded_blas():
            for started in [pool.submit(int) for _ in range(workers)]:
                started.result()
        return pool

    pool = new_pool()
    in_flight: deque[tuple[list[Article], Future]] = deque()

    def take() -> tuple[list[Article], list[Outcome]]:
        nonlocal pool
        batch, future = in_flight.popleft()
        try:
            return batch, future.result()
        except BrokenProcessPool as error:
            # Every batch in flight is lost with the pool; only this one is reported, the rest re-run.
            pool.shutdown(wait=False, cancel_futures=True)
            pool = new_pool()
            for index, (other, _) in enumerate(in_flight):
                in_flight[index] = (other, pool.submit(_extract_in_worker, other, model, find_options))
            return batch, [f"worker process died: {error}"] * len(batch)
        except Exception as error:  # noqa: BLE001 - e.g. an outcome that cannot be pickled
            return batch, [f"extraction failed: {type(error).__name__}: {error}"] * len(batch)

    try:
        for batch in batches:
            in_flight.append((batch, pool.submit(_extract_in_worker, batch, model, find_options)))
            if len(in_flight) >= 2 * workers:
                yield take()
        while in_flight:
            yield take()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def store_batch(
    db, batch: list[Article], outcomes: list[Outcome], label: str, summary: "Summary",
    fail: Callable[[ReadError], None], done: Callable[[], None],
) -> None:
    """Store a batch's articles in one transaction; when the database refuses the batch, store them one
    by one so that only the article at fault is lost. ``fail`` hears of every article that failed,
    ``done`` of every one stored."""
    good = []
    for article, outcome in zip(batch, outcomes):
        if isinstance(outcome, str):
            fail(ReadError(article.source, outcome))
        else:
            good.append((article, outcome))
    if not good:
        return
    try:
        results = store_articles(db, good, label)
    except Exception:  # noqa: BLE001 - find the culprit below
        results = []
        for article, quotes in good:
            try:
                results.append(store_article(db, article, quotes, label))
            except Exception as error:  # noqa: BLE001 - one article the database refuses is reported
                fail(ReadError(article.source, f"could not be stored: {type(error).__name__}: {error}"))
    for result in results:
        summary.quotes += result.quotes
        summary.new_speakers += result.new_speakers
        done()


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
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    engine: Engine | None = None,
    force: bool = False,
    find_options: FindOptions = DEFAULT_OPTIONS,
) -> Summary:
    """Read, parse and extract every article under ``paths`` and store the results in ``db_path``.

    Articles are read lazily and parsed ``batch_size`` at a time (memory stays flat however large the
    input), by ``workers`` processes when more than one; each batch is stored in one transaction, in
    input order, so the database is the same whatever the number of workers, a run killed at any point
    leaves a consistent database and the next run does only what is left. ``on_error`` hears of every
    file, record or article that failed (the rest go through); ``on_progress(1)`` is called for every
    article done. ``engine`` runs the extraction elsewhere (``quotes.distributed.DaskEngine``: on a
    cluster, ``batch_size`` articles per partition); reading, skipping and storing stay here.
    ``force`` extracts articles again even when this version already did (after changing the rules).
    ``find_options`` widens what counts as a quote; articles extracted with another setting are
    extracted again.
    """
    started = time.perf_counter()
    summary = Summary()
    nlp = load_pipeline(model)
    label = pipeline_label(nlp, find_options)
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

    # Articles read but not yet stored: a copy of one of them (same text) is as good as stored.
    pending: set[str] = set()

    def articles_to_parse() -> Iterator[Article]:
        for item in read_articles(paths, options, stdin=stdin):
            if isinstance(item, ReadError):
                fail(item)
                continue
            summary.articles += 1
            if item.id in pending or (not force and is_current(db, item, label)):
                summary.unchanged += 1
                done()
                continue
            pending.add(item.id)
            yield item

    try:
        batches = batched(articles_to_parse(), batch_size)
        extracted = engine(batches) if engine is not None else extract_batches(batches, model, workers, find_options)
        for batch, outcomes in extracted:
            store_batch(db, batch, outcomes, label, summary, fail, done)
            pending.difference_update(article.id for article in batch)
        retry_when_locked(link)(db)  # one row per speaker across all articles, aliases, roles over time, quote clusters
    finally:
        leave_wal_mode(db)
        db.close()
    summary.seconds = time.perf_counter() - started
    return summary
