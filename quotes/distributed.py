"""Extraction on a Dask cluster: ``quotes extract PATHS --engine dask [--scheduler ADDRESS]``.

The machine running ``quotes extract`` (the driver) reads the input, skips what the database already
has, and cuts the rest into partitions of ``--partition-size`` articles. Each partition goes to a Dask
worker as one task, which runs the same pure function as the local engine (``pipeline.extract_batch``:
parse, find, attribute, drop boilerplate) and writes its result as a small SQLite file with the quotes
schema: the partition's articles and quotes (not yet linked) and one row per article saying where it
stands (``partition`` table: position, source, article id, error). The driver keeps those files
(``--work-dir``; a temporary folder otherwise) and merges them, in input order, into the database
through the same code as a local run (content-hash keys, one transaction per partition, a copy of an
article stored once, an edited source replacing its old version), then links speakers across
everything. So the database is the same as a local run's over the same input.

Only the driver needs the input files; workers need ``quotes`` and the spaCy pipeline installed.
Without ``--scheduler`` a local cluster of ``--workers`` processes is started.

Dask rather than Ray: the work is a plain map over independent partitions with results gathered in
order, which ``distributed``'s futures do directly; ``distributed`` is pure Python, installs with pip
next to spaCy, starts an in-process test cluster in well under a second, and reaches real clusters
through its own deployers (SSH, Kubernetes, Slurm/PBS via dask-jobqueue, cloud). Ray's actors, object
store and GPU scheduling are not needed here, and its large native wheels and cluster start-up would
make CI slower without giving the extraction anything.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from quotes.find import DEFAULT_OPTIONS, FindOptions
from quotes.records import Article, Quote, Speaker

DEFAULT_PARTITION_SIZE = 256


class DaskNotInstalled(RuntimeError):
    pass


def require_dask():
    try:
        import distributed
    except ImportError:
        raise DaskNotInstalled(
            "the dask engine needs Dask's distributed scheduler: pip install 'quotes[dask]'"
        ) from None
    return distributed


# --- on a worker -------------------------------------------------------------------------------------

# spaCy pipelines are not meant to be shared by threads running at once: a worker with several
# threads runs one partition at a time per process (start workers with --nthreads 1 and one per core).
_PIPELINE_LOCK = threading.Lock()


def extract_partition(articles: list[Article], model: str | None = None, batch_size: int = 32,
                      find_options: FindOptions = DEFAULT_OPTIONS) -> bytes:
    """One partition's result as the bytes of a SQLite file (see ``write_partition``)."""
    from quotes.parse import load_pipeline
    from quotes.pipeline import batched, extract_batch, pipeline_label

    with _PIPELINE_LOCK:
        nlp = load_pipeline(model)
        outcomes = []
        for batch in batched(articles, batch_size):
            outcomes += extract_batch(nlp, batch, find_options)
        label = pipeline_label(nlp, find_options)
    folder = tempfile.mkdtemp(prefix="quotes-partition-")
    try:
        path = Path(folder) / "partition.db"
        write_partition(path, articles, outcomes, label)
        return path.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_partition(path: str | Path, articles: list[Article], outcomes: list, label: str) -> None:
    """A SQLite file with the quotes schema holding the articles that were extracted and their quotes
    (unlinked), and a ``partition`` table listing every article in order with its error, if any."""
    from quotes.store import leave_wal_mode, open_database, store_articles

    db = open_database(str(path))
    try:
        db.execute("create table if not exists partition "
                   "(position integer primary key, source text, article_id text, error text)")
        good = [(article, quotes) for article, quotes in zip(articles, outcomes) if not isinstance(quotes, str)]
        store_articles(db, good, label)
        with db.conn:
            db.conn.executemany(
                "insert into partition values (?, ?, ?, ?)",
                [(i, a.source, a.id, o if isinstance(o, str) else None)
                 for i, (a, o) in enumerate(zip(articles, outcomes))],
            )
        leave_wal_mode(db)
    finally:
        db.close()


# --- on the driver -----------------------------------------------------------------------------------

def read_partition(path: str | Path) -> tuple[list[Article], list, str | None]:
    """The articles of a partition file, in order, each with its quotes or its error, and the pipeline
    label they were extracted with: what ``pipeline.store_batch`` takes."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        articles, outcomes, label = [], [], None
        for entry in conn.execute("select * from partition order by position"):
            row = conn.execute("select * from articles where id = ?", [entry["article_id"]]).fetchone()
            if entry["error"] is not None or row is None:
                articles.append(Article(source=entry["source"], text=""))
                outcomes.append(entry["error"] or "missing from its partition")
                continue
            label = row["pipeline"]
            articles.append(Article(
                source=row["source"], text=row["text"], title=row["title"], author=row["author"],
                url=row["url"], published=row["published"], outlet=row["outlet"],
            ))
            quotes = conn.execute("select * from quotes where article_id = ? order by rowid", [row["id"]])
            outcomes.append([_quote(q) for q in quotes])
        return articles, outcomes, label
    finally:
        conn.close()


def _quote(row: sqlite3.Row) -> Quote:
    speaker = None
    if row["speaker_name"] is not None:
        speaker = Speaker(row["speaker_name"], row["speaker_kind"], row["speaker_gender"])
    return Quote(
        text=row["text"], start_char=row["start_char"], end_char=row["end_char"], kind=row["kind"],
        cue=row["cue"], speaker=speaker, speaker_mention=row["speaker_mention"],
        speaker_start_char=row["speaker_start_char"], speaker_end_char=row["speaker_end_char"],
        role=row["role"], affiliation=row["affiliation"], confidence=row["confidence"], rule=row["rule"],
    )


class DaskEngine:
    """An engine for ``pipeline.extract_to_database``: partitions extracted on a Dask cluster, written
    to ``work_dir`` and read back in input order.

    ``scheduler`` is a scheduler address (``tcp://host:8786``), a ``distributed.Client`` or a cluster
    object; None starts a local cluster of ``workers`` single-threaded processes (stopped at the end).
    At most ``in_flight`` partitions per worker thread are submitted ahead of the one being merged, so
    the driver's memory stays flat on any input size.
    """

    def __init__(self, scheduler=None, model: str | None = None, workers: int = 1,
                 work_dir: str | Path | None = None, in_flight: int = 2, retries: int = 2, batch_size: int = 32,
                 find_options: FindOptions = DEFAULT_OPTIONS):
        self.scheduler = scheduler
        self.model = model
        self.find_options = find_options
        self.workers = max(1, workers)
        self.work_dir = Path(work_dir) if work_dir is not None else None
        self.in_flight = in_flight
        self.retries = retries
        self.batch_size = batch_size
        self.partitions: list[Path] = []  # the partition files written (kept when work_dir is given)

    def _connect(self):
        distributed = require_dask()
        if isinstance(self.scheduler, distributed.Client):
            return self.scheduler, []
        if self.scheduler is None or isinstance(self.scheduler, str) and not self.scheduler:
            address = os.environ.get("DASK_SCHEDULER_ADDRESS")
            if address:
                return distributed.Client(address), []
            cluster = distributed.LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None,
            )
            client = distributed.Client(cluster)
            return client, [client, cluster]
        client = distributed.Client(self.scheduler)
        return client, [client]

    def __call__(self, batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list]]:
        client, owned = self._connect()
        work_dir = self.work_dir
        temporary = work_dir is None
        if temporary:
            work_dir = Path(tempfile.mkdtemp(prefix="quotes-partitions-"))
        work_dir.mkdir(parents=True, exist_ok=True)
        pending: deque = deque()
        try:
            threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or 1
            window = max(1, self.in_flight * threads)
            for index, batch in enumerate(batches):
                pending.append((index, batch, client.submit(
                    extract_partition, batch, self.model, self.batch_size, self.find_options,
                    pure=False, retries=self.retries,
                    key=f"quotes-partition-{index:06d}-{os.getpid()}-{id(self)}",
                )))
                if len(pending) >= window:
                    yield self._take(pending, work_dir, temporary)
            while pending:
                yield self._take(pending, work_dir, temporary)
        finally:
            for _, _, future in pending:  # left when the caller stopped early
                future.cancel()
            for thing in owned:
                thing.close()
            if temporary:
                shutil.rmtree(work_dir, ignore_errors=True)

    def _take(self, pending: deque, work_dir: Path, temporary: bool) -> tuple[list[Article], list]:
        index, batch, future = pending.popleft()
        try:
            data = future.result()
        except Exception as error:  # noqa: BLE001 - a lost partition is reported per article
            return batch, [f"partition failed on the cluster: {type(error).__name__}: {error}"] * len(batch)
        finally:
            future.release()
        path = work_dir / f"part-{index:06d}.db"
        path.write_bytes(data)
        articles, outcomes, _ = read_partition(path)
        if temporary:
            path.unlink()
        else:
            self.partitions.append(path)
        return articles, outcomes


def merge_partitions(paths: Iterable[str | Path], db_path: str) -> int:
    """Merge partition files (``--work-dir`` of a dask run) into ``db_path`` in the order given, with
    the rules of a local run, then link. Returns the number of articles stored."""
    from quotes.link import link
    from quotes.store import leave_wal_mode, open_database, retry_when_locked, store_articles

    db = open_database(db_path)
    stored = 0
    try:
        for path in paths:
            articles, outcomes, label = read_partition(path)
            good = [(a, o) for a, o in zip(articles, outcomes) if not isinstance(o, str)]
            if good:
                store_articles(db, good, label)
                stored += len(good)
        retry_when_locked(link)(db)
    finally:
        leave_wal_mode(db)
        db.close()
    return stored
