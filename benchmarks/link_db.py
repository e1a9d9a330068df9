"""Time the linking pass alone on the generated database of benchmarks/browse_db.py.

    .venv/bin/python benchmarks/link_db.py --quotes 100000            # build (unlinked), then time link()
    .venv/bin/python benchmarks/link_db.py --quotes 100000 --dump out.json   # ... and write what it linked

The database is built once per --work-dir (stored, not linked) and copied before every run, so
runs of different code link exactly the same stored quotes. --dump writes every linked table
(speakers, aliases, roles, clusters, and each quote's speaker and cluster) as sorted rows, to compare
two versions of quotes/link.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LINKED = {
    "speakers": "select * from speakers",
    "speaker_aliases": "select * from speaker_aliases",
    "speaker_roles": "select * from speaker_roles",
    "quote_clusters": "select * from quote_clusters",
    "quotes": "select id, speaker_id, cluster_id, affiliation from quotes",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--work-dir", default="/tmp/quotes-link-bench")
    parser.add_argument("--dump", help="write the linked tables here (JSON)")
    args = parser.parse_args()

    from browse_db import build_database

    work = Path(args.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    stored = work / f"stored-{args.quotes}.db"
    if not stored.exists():
        partial = work / "partial.db"
        for leftover in work.glob("partial.db*"):
            leftover.unlink()
        timings = build_database(partial, args.quotes, link=False)
        partial.rename(stored)
        print(f"stored {args.quotes:,} quotes in {timings['store_seconds']:.1f}s")
    db_path = work / "linked.db"
    shutil.copyfile(stored, db_path)

    from quotes.link import link
    from quotes.store import open_database

    db = open_database(str(db_path))
    started = time.perf_counter()
    link(db)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    link(db)  # again, as every later `quotes extract` run does: nothing changes
    again = time.perf_counter() - started
    counts = {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in LINKED}
    db.close()
    print(f"linked in {seconds:.2f}s, linked again in {again:.2f}s: "
          + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    if args.dump:
        conn = sqlite3.connect(db_path)
        tables = {t: sorted(map(list, conn.execute(sql))) for t, sql in LINKED.items()}
        conn.close()
        Path(args.dump).write_text(json.dumps(tables, default=str))


if __name__ == "__main__":
    main()
