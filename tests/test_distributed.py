"""The Dask engine on a local, in-process cluster: partitions extracted by cluster workers, written as
SQLite files, merged into the same database a local run writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed")

from quotes.cli import cli  # noqa: E402
from quotes.distributed import DaskEngine, merge_partitions, read_partition  # noqa: E402
from quotes.pipeline import extract_to_database  # noqa: E402
from test_workers import rowids, write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded workers in this process (no processes to start: fast, and CI-friendly)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(cluster):
    with distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 12)


@pytest.fixture(scope="module")
def local_run(nlp, corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("local") / "local.db"
    errors = []
    summary = extract_to_database([str(corpus)], str(path), on_error=errors.append)
    return path, summary, errors


def test_dask_engine_writes_the_database_a_local_run_writes(local_run, corpus, client, tmp_path, dump_db):
    reference, reference_summary, reference_errors = local_run
    work_dir = tmp_path / "parts"
    engine = DaskEngine(client, work_dir=work_dir, batch_size=2)
    errors = []
    path = tmp_path / "dask.db"
    summary = extract_to_database([str(corpus)], str(path), engine=engine, batch_size=4, on_error=errors.append)
    assert dump_db(path) == dump_db(reference)
    assert rowids(path) == rowids(reference)
    assert (summary.articles, summary.unchanged, summary.quotes, summary.new_speakers) == (
        reference_summary.articles, reference_summary.unchanged, reference_summary.quotes,
        reference_summary.new_speakers,
    )
    assert [str(e) for e in errors] == [str(e) for e in reference_errors]

    # One SQLite file per partition, in input order, with the quotes schema and every article's status.
    parts = sorted(work_dir.glob("part-*.db"))
    assert parts == engine.partitions and len(parts) == 3  # 12 articles to extract, 4 per partition
    articles, outcomes, label = read_partition(parts[0])
    assert len(articles) == 4 and all(isinstance(o, list) for o in outcomes)
    conn = sqlite3.connect(parts[0])
    assert conn.execute("select count(*) from articles").fetchone() == (4,)
    assert conn.execute("select count(*) from quote_clusters").fetchone() == (0,)  # linking is the merge's job
    conn.close()

    # Merging the kept partition files again, anywhere, gives the same database.
    merged = tmp_path / "merged.db"
    assert merge_partitions(parts, str(merged)) == 12
    assert dump_db(merged) == dump_db(reference)

    # And a second run over the same input has nothing to do.
    again = extract_to_database([str(corpus)], str(path), engine=DaskEngine(client), batch_size=4)
    assert (again.articles, again.unchanged, again.quotes) == (13, 13, 0)
    assert dump_db(path) == dump_db(reference)


def test_cli_with_a_scheduler_address(local_run, corpus, cluster, nlp, tmp_path, dump_db):
    reference, _, _ = local_run
    path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--db", str(path), "--scheduler",
                                      cluster.scheduler_address, "--partition-size", "5"])
    assert result.exit_code == 1, result.output  # the binary file, reported as in a local run
    assert "broken.txt" in result.stderr
    assert "13 articles read, 1 skipped (unchanged), 1 failed" in result.stdout
    assert dump_db(path) == dump_db(reference)


def test_a_partition_that_fails_on_the_cluster_is_reported_per_article(nlp, client, make_articles, tmp_path):
    folder = make_articles({"a.txt": "“We will keep talking,” Jane Roe said.\n"})
    errors = []
    summary = extract_to_database([str(folder)], str(tmp_path / "q.db"), on_error=errors.append,
                                  engine=DaskEngine(client, model="no_such_pipeline_here", retries=0))
    assert summary.failed == 1
    assert "partition failed on the cluster" in errors[0].message and "no_such_pipeline_here" in errors[0].message


def test_the_cluster_extracts_with_the_options_given(nlp, client, make_articles, tmp_path):
    from quotes.find import FindOptions

    folder = make_articles({"a.txt": "Senator Jane Roe called for an independent inquiry into the contracts.\n"})
    options = FindOptions(noun_phrase_contents=True)
    path = tmp_path / "q.db"
    summary = extract_to_database([str(folder)], str(path), find_options=options,
                                  engine=DaskEngine(client, find_options=options))
    assert summary.quotes == 1
    db = sqlite3.connect(path)
    assert db.execute("select text, rule from quotes").fetchall() == [
        ("an independent inquiry into the contracts", "indirect-verb-object")]
    (pipeline,) = db.execute("select pipeline from articles").fetchone()
    db.close()
    assert pipeline.endswith("+noun-phrase-contents")
