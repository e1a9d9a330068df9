from quotes.cli import cli

cli(prog_name="quotes")
