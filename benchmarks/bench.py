"""Throughput, memory and browse speed of quotes, measured on one generated corpus in one run.

    .venv/bin/python benchmarks/bench.py                  # 2,000 articles, 2 workers, 100,000-quote browse DB
    .venv/bin/python benchmarks/bench.py --articles 500 --browse-quotes 20000   # quicker

Prints, for the same texts with the same spaCy components:

- the floor: bare ``nlp.pipe`` tokens/s (nothing can be faster);
- ``quotes extract`` end to end (reading, parsing, extraction, SQLite writes, linking): articles/s,
  tokens/s, and its ratio to the floor; with ``--workers`` processes too, and the speed-up;
- the extraction alone and textacy's ``direct_quotations`` on the same parse (ms per article);
- peak memory (max RSS) of each run, and of a run over a quarter of the corpus (flat = streaming);
- the Dask engine on a local cluster of ``--workers`` processes;
- a database of ``--browse-quotes`` generated quotes: build and link time, ``datasette inspect``
  counts, and the time of the main Datasette pages and stored queries.

Every measurement runs in a fresh process (so peak memory is its own, and the model is loaded
before the clock starts). Nothing here is a test: the test suite checks that the engines write the
same database, never how fast.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def worker_peak_mb() -> float:
    """The largest worker process's peak (children that have ended: the pool or cluster is closed)."""
    return peak_rss_mb(resource.RUSAGE_CHILDREN)


# --- phases, each run in its own process ----------------------------------------------------------

def phase_floor(corpus: str, batch_size: int) -> dict:
    """Bare nlp.pipe over the corpus texts, with the components quotes uses (read beforehand)."""
    from quotes.parse import load_pipeline
    from quotes.read import read_articles

    nlp = load_pipeline()
    texts = [a.text for a in read_articles([corpus]) if hasattr(a, "text")]
    list(nlp.pipe(texts[:8]))  # warm up
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "tokens": tokens, "seconds": seconds, "components": nlp.pipe_names,
            "peak_mb": peak_rss_mb()}


def phase_extract(corpus: str, batch_size: int, workers: int, engine: str = "local") -> dict:
    """quotes extract end to end into a new database, as the command does it."""
    from quotes.parse import load_pipeline
    from quotes.pipeline import extract_to_database

    load_pipeline()
    db_path = Path(tempfile.mkdtemp()) / "bench.db"
    run_engine, cluster = None, None
    started = time.perf_counter()  # worker processes and clusters start on the clock, as for a user
    if engine == "dask":
        import distributed

        from quotes.distributed import DaskEngine

        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
        run_engine = DaskEngine(client, batch_size=batch_size)
        batch_size = 128  # articles per partition
    summary = extract_to_database([corpus], str(db_path), workers=workers, batch_size=batch_size, engine=run_engine)
    seconds = time.perf_counter() - started
    if cluster is not None:
        client.close()
        cluster.close()
    size = db_path.stat().st_size
    shutil.rmtree(db_path.parent)
    return {"articles": summary.articles, "quotes": summary.quotes, "failed": summary.failed,
            "seconds": seconds, "db_mb": size / 2**20, "peak_mb": peak_rss_mb(), "worker_peak_mb": worker_peak_mb()}


def phase_textacy(corpus: str, batch_size: int) -> dict:
    """Ours and textacy's direct_quotations, timed on the same parse (the parse itself is not counted)."""
    from textacy.extract.triples import direct_quotations

    from quotes.parse import load_pipeline
    from quotes.pipeline import extract_article_quotes
    from quotes.read import read_articles

    nlp = load_pipeline()
    articles = [a for a in read_articles([corpus]) if hasattr(a, "text")]
    ours = theirs = 0.0
    ours_quotes = theirs_quotes = theirs_failed = 0
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=batch_size)):
        started = time.perf_counter()
        ours_quotes += len(extract_article_quotes(doc, article))
        ours += time.perf_counter() - started
        started = time.perf_counter()
        try:
            theirs_quotes += len(list(direct_quotations(doc)))
        except Exception:  # noqa: BLE001 - textacy gives up on some articles (unbalanced marks)
            theirs_failed += 1
        theirs += time.perf_counter() - started
    return {"articles": len(articles), "ours_seconds": ours, "ours_quotes": ours_quotes,
            "textacy_seconds": theirs, "textacy_quotes": theirs_quotes, "textacy_failed": theirs_failed}


def phase_browse(quotes: int, repeats: int) -> dict:
    """Build a database of generated quotes, link it, and time Datasette's main pages on it."""
    import asyncio

    from browse_db import PAGES, build_database, page_paths

    folder = Path(tempfile.mkdtemp())
    db_path = folder / "quotes.db"
    timings = build_database(db_path, quotes)

    from quotes.serve import inspect_data, make_datasette

    started = time.perf_counter()
    inspected = inspect_data(db_path)
    timings["inspect_seconds"] = time.perf_counter() - started
    timings["counts"] = {name: t["count"] for name, t in next(iter(inspected.values()))["tables"].items()
                         if not name.startswith(("quotes_fts", "speakers_fts"))}
    paths = page_paths(db_path)
    pages = {}
    for mode in ("public", "default"):
        ds = make_datasette(db_path, public=mode == "public")

        async def run():
            await ds.invoke_startup()
            results = {}
            for name in PAGES:
                times, status, size = [], None, 0
                for _ in range(repeats):
                    started = time.perf_counter()
                    response = await ds.client.get(paths[name])
                    times.append(time.perf_counter() - started)
                    status, size = response.status_code, len(response.content)
                results[name] = {"path": paths[name], "status": status, "first_ms": times[0] * 1000,
                                 "median_ms": statistics.median(times) * 1000, "kb": size / 1024}
            return results

        pages[mode] = asyncio.run(run())
    timings["pages"] = pages
    timings["db_mb"] = db_path.stat().st_size / 2**20
    shutil.rmtree(folder)
    return timings


PHASES = {"floor": phase_floor, "extract": phase_extract, "textacy": phase_textacy, "browse": phase_browse}


def run_phase(name: str, **kwargs) -> dict:
    """Run a phase in a fresh interpreter with the environment `quotes extract` sets for itself."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS=os.environ.get("OPENBLAS_NUM_THREADS", "1"))
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", name, "--kwargs", json.dumps(kwargs)]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"phase {name} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- report --------------------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    return (f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"SQLite {__import__('sqlite3').sqlite_version}, {platform.system()} {platform.release()}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark quotes: throughput, memory, browse speed.")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles to extract")
    parser.add_argument("--workers", type=int, default=2, help="processes for the --workers and Dask runs")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--browse-quotes", type=int, default=100_000, help="quotes in the generated browse DB")
    parser.add_argument("--repeats", type=int, default=3, help="requests per page")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["floor", "extract", "workers", "textacy", "memory", "dask", "browse"])
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--kwargs", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](**json.loads(args.kwargs))))
        return

    from corpus import write_corpus

    print(f"machine: {machine()}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    results: dict = {"machine": machine(), "argv": sys.argv[1:]}
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    try:
        if not {"floor", "extract", "workers", "textacy", "memory", "dask"} <= set(args.skip):
            corpus = write_corpus(work / "corpus", args.articles)
            quarter = write_corpus(work / "quarter", max(1, args.articles // 4))
            kb = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1024
            print(f"corpus: {args.articles} generated articles ({kb:,.0f} KB), seeds/ renamed and shuffled\n")
            report_extraction(args, str(corpus), str(quarter), results)
        if "browse" not in args.skip:
            report_browse(args, results)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


def report_extraction(args, corpus: str, quarter: str, results: dict) -> None:
    skip = set(args.skip)
    b = args.batch_size
    floor = run_phase("floor", corpus=corpus, batch_size=b)
    results["floor"] = floor
    tokens, n = floor["tokens"], floor["articles"]
    floor_tps = tokens / floor["seconds"]
    print(f"spaCy components: {', '.join(floor['components'])}")
    row = "{:<44} {:>8} {:>11} {:>9} {:>12} {:>9}"
    print(row.format("run", "seconds", "articles/s", "tokens/s", "peak MB", "vs floor"))
    print(row.format("bare nlp.pipe (the floor)", f"{floor['seconds']:.1f}", f"{n / floor['seconds']:.1f}",
                     f"{floor_tps:,.0f}", f"{floor['peak_mb']:.0f}", "1.00x"))
    single = None
    runs = [("extract", "quotes extract, 1 process", dict(workers=1)),
            ("workers", f"quotes extract --workers {args.workers}", dict(workers=args.workers)),
            ("dask", f"quotes extract --engine dask ({args.workers} local workers)",
             dict(workers=args.workers, engine="dask"))]
    for key, label, kwargs in runs:
        if key in skip:
            continue
        run = run_phase("extract", corpus=corpus, batch_size=b, **kwargs)
        results[key] = run
        ratio = run["seconds"] / floor["seconds"]
        memory = f"{run['peak_mb']:.0f}"
        if kwargs["workers"] > 1:
            memory += f"+{kwargs['workers']}x{run['worker_peak_mb']:.0f}"
        print(row.format(label, f"{run['seconds']:.1f}", f"{run['articles'] / run['seconds']:.1f}",
                         f"{tokens / run['seconds']:,.0f}", memory, f"{ratio:.2f}x"))
        if key == "extract":
            single = run
        elif single is not None:
            results[f"{key}_speedup"] = single["seconds"] / run["seconds"]
            print(f"{'':<44} speed-up over 1 process: {single['seconds'] / run['seconds']:.2f}x")
    if single is not None:
        results["extract_vs_floor"] = single["seconds"] / floor["seconds"]
        print(f"\nquotes extract (1 process) takes {single['seconds'] / floor['seconds']:.3f}x the bare parse "
              f"(target <= 1.15x); {single['quotes']:,} quotes stored, database {single['db_mb']:.1f} MB")
    if "memory" not in skip:
        small = run_phase("extract", corpus=quarter, batch_size=b, workers=1)
        results["memory"] = small
        big = single["peak_mb"] if single else float("nan")
        print(f"peak memory, 1 process: {small['peak_mb']:.0f} MB on {small['articles']} articles, "
              f"{big:.0f} MB on {n} articles (streaming: flat as the corpus grows)")
    if "textacy" not in skip:
        t = run_phase("textacy", corpus=corpus, batch_size=b)
        results["textacy"] = t
        per = 1000 / t["articles"]
        parse_ms = floor["seconds"] * per
        print(f"\non the same parse ({parse_ms:.1f} ms/article to parse): quotes extraction "
              f"{t['ours_seconds'] * per:.2f} ms/article ({t['ours_quotes']:,} quotes), textacy direct_quotations "
              f"{t['textacy_seconds'] * per:.2f} ms/article ({t['textacy_quotes']:,} quotes, gave up on "
              f"{t['textacy_failed']} articles); parse + extraction = {1 + t['ours_seconds'] / floor['seconds']:.3f}x "
              f"the parse, parse + textacy = {1 + t['textacy_seconds'] / floor['seconds']:.3f}x")
    print()


def report_browse(args, results: dict) -> None:
    b = run_phase("browse", quotes=args.browse_quotes, repeats=args.repeats)
    results["browse"] = b
    counts = b["counts"]
    print(f"browse database: {counts['quotes']:,} quotes, {counts['articles']:,} articles, "
          f"{counts['speakers']:,} speakers, {counts['quote_clusters']:,} clusters, {b['db_mb']:.0f} MB; "
          f"stored in {b['store_seconds']:.1f}s, linked in {b['link_seconds']:.1f}s")
    print(f"datasette inspect counts (taken once by `quotes serve --public`): {b['inspect_seconds'] * 1000:.0f} ms")
    row = "{:<28} {:>13} {:>13} {:>13} {:>13}"
    print(row.format("page (ms)", "public first", "public median", "default first", "default median"))
    public, default = b["pages"]["public"], b["pages"]["default"]
    for name in public:
        p, d = public[name], default[name]
        flag = "" if p["status"] == d["status"] == 200 else f"  (HTTP {p['status']}/{d['status']})"
        print(row.format(name, f"{p['first_ms']:.0f}", f"{p['median_ms']:.0f}", f"{d['first_ms']:.0f}",
                         f"{d['median_ms']:.0f}") + flag)


if __name__ == "__main__":
    main()
