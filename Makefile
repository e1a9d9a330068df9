# quotes: who said what, in the news.
#
#   make test      create .venv (first time, or when pyproject.toml changes) and run the tests
#   make db        extract quotes from seeds/ into quotes.db
#   make demo      ... and browse them in Datasette at http://127.0.0.1:8001/
#   make evaluate  score the extractor against tests/data/seeds_gold.jsonl
#   make bench     measure throughput, memory and browse speed (benchmarks/bench.py; ~15 min, 2,000 articles)
#   make screenshots  refresh docs/search.png and docs/speaker.png (README) from the browser test
#   make clean     remove build/test leftovers (distclean also removes .venv); quotes.db is committed and stays
#
# Needs only python3 (with its venv module) and network access to PyPI for the first install; the
# browser test also needs Chromium (Debian: apt-get install chromium; .ci/run installs it).

PYTHON ?= python3
VENV ?= .venv
DB ?= quotes.db
HOST ?= 127.0.0.1
PORT ?= 8001

BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SOURCES := $(wildcard quotes/*.py quotes/*/*.py)
SEEDS := $(wildcard seeds/*.txt)

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv test db demo evaluate bench screenshots clean distclean

# A failed extraction or install leaves no half-made target behind to look up to date.
.DELETE_ON_ERROR:

venv: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
		|| { echo "error: quotes needs Python 3.10 or later; set PYTHON=/path/to/python3.x" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV) \
		|| { rm -rf $(VENV); echo "error: '$(PYTHON) -m venv' failed (on Debian/Ubuntu: apt install python3-venv)" >&2; exit 1; }

# Re-install only when the dependencies (pyproject.toml) change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[test]'
	touch $@

# `python -m pytest` puts the checkout on sys.path, so the tests import this tree's code.
test: $(STAMP)
	$(BIN)/python -m pytest -q

# Built from scratch, so the committed file is exactly what the current extractor writes.
$(DB): $(STAMP) $(SEEDS) $(SOURCES)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/quotes extract seeds/ --db $(DB)

db: $(DB)

demo: $(DB)
	$(BIN)/quotes serve $(DB) --host $(HOST) --port $(PORT)

evaluate: $(STAMP)
	$(BIN)/quotes evaluate tests/data/seeds_gold.jsonl --docs seeds

# Figures for README's Performance section; BENCH_ARGS=--articles 500 for a quicker run.
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

# The end-to-end browser test saves its screenshots here; only the two the README shows are kept.
screenshots: $(STAMP)
	mkdir -p docs
	QUOTES_SCREENSHOTS=docs QUOTES_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q tests/test_browser.py
	rm -f docs/article.png

clean:
	rm -f $(DB)-wal $(DB)-shm $(DB)-journal
	rm -rf build dist *.egg-info .pytest_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
