"""Step 1: read articles from files, folders, globs and standard input.

Formats, chosen by suffix (or ``--format`` for standard input and unknown suffixes):

- ``.txt``: one article per file; the first line is the title when it looks like a headline.
- ``.html``/``.htm``: the page's main text and metadata, extracted by trafilatura (``html.py``).
- ``.jsonl`` and ``.csv``: one article per record (``tables.py``), fields named with ``FieldNames``.

Bytes are decoded (``text.py``: BOMs, UTF-8, legacy encodings detected by charset-normalizer), repaired
by ftfy where that is safe and NFC-normalised; the result is the article text that is stored, and every
offset the later steps produce points into it. Bad input becomes ``ReadError`` records instead of
exceptions, so one broken file (or line) never stops a batch.
"""

from __future__ import annotations

import glob
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from quotes.read.boilerplate import boilerplate_ranges, in_ranges
from quotes.read.html import extract_html
from quotes.read.tables import FieldNames, TableError, read_csv, read_jsonl
from quotes.read.text import clean_text, decode, looks_like_title, split_title_and_author
from quotes.records import Article

__all__ = [
    "ARTICLE_SUFFIXES", "FORMATS", "FieldNames", "ReadError", "ReadOptions", "boilerplate_ranges",
    "clean_text", "decode", "estimate_articles", "find_article_files", "in_ranges", "looks_like_title",
    "read_articles", "split_title_and_author",
]

FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}
ARTICLE_SUFFIXES = tuple(FORMATS)
STDIN = "-"
# spaCy's own default limit (nlp.max_length). A news article is a few thousand to a few tens of
# thousands of characters; anything near this is a dump or a mistake, and parsing it would take
# minutes and gigabytes. Raise it with --max-chars; longer texts are parsed in paragraph chunks.
DEFAULT_MAX_CHARS = 1_000_000
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class ReadError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class ReadOptions:
    fields: FieldNames = field(default_factory=FieldNames)
    # The format of standard input and of explicitly named files whose suffix is not one of ours.
    format: str = "txt"
    max_chars: int = DEFAULT_MAX_CHARS


def find_article_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand folders (recursively, sorted) and globs into article files; keep paths as the user gave
    them. ``-`` (standard input) is passed through with no path; so is a path that does not exist."""
    for given in paths:
        path = Path(given)
        if given == STDIN:
            yield given, None
        elif path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            yield given, path
        elif _GLOB_CHARS & set(given):
            # Expanded here, so a quoted glob ('news/**/*.html') works as well as a shell-expanded one.
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield given, None
            for match in matches:
                match_path = Path(match)
                if match_path.is_dir():
                    yield from _folder(match_path)
                elif match_path.is_file():
                    yield match, match_path
        else:
            yield given, None


def _folder(path: Path) -> Iterator[tuple[str, Path]]:
    for child in sorted(path.rglob("*")):
        if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
            yield str(child), child


def read_articles(
    paths: Iterable[str], options: ReadOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[Article | ReadError]:
    """Yield an Article for every readable article and a ReadError for every file or record that is not."""
    options = options or ReadOptions()
    for source, path in find_article_files(paths):
        if source == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read()
            except OSError as error:
                yield ReadError("<stdin>", f"cannot be read ({error})")
                continue
            yield from _read_bytes("<stdin>", data, options.format, options, stdin=True)
            continue
        if path is None:
            message = "no file matches this pattern" if _GLOB_CHARS & set(source) else "no such file or folder"
            yield ReadError(source, message)
            continue
        try:
            data = path.read_bytes()
        except OSError as error:
            yield ReadError(source, f"cannot be read ({error.strerror or error})")
            continue
        yield from _read_bytes(source, data, FORMATS.get(path.suffix.lower(), options.format), options)


def _read_bytes(
    source: str, data: bytes, kind: str, options: ReadOptions, stdin: bool = False
) -> Iterator[Article | ReadError]:
    if not data.strip():
        yield ReadError(source, "is empty")
        return
    if kind in ("jsonl", "csv"):
        reader = read_jsonl if kind == "jsonl" else read_csv
        for item in reader(source, data, options.fields):
            if isinstance(item, TableError):
                yield ReadError(item.where, str(item))
                continue
            where, record = item
            try:
                article = make_article(where, options=options, **record)
            except ValueError as error:
                yield ReadError(where, str(error))
                continue
            yield _stdin_source(article) if stdin else article
        return
    try:
        if kind == "html":
            article = make_article(source, options=options, **extract_html(data))
        else:
            article = make_article(source, decode(data), options=options)
    except ValueError as error:
        yield ReadError(source, str(error))
        return
    except Exception as error:  # noqa: BLE001 - a reader bug on one file must not stop the batch
        yield ReadError(source, f"could not be read ({type(error).__name__}: {error})")
        return
    yield _stdin_source(article) if stdin else article


def _stdin_source(article: Article) -> Article:
    """Articles piped in have no name; they are keyed by content, so one never replaces another."""
    from dataclasses import replace

    return replace(article, source=f"stdin:{article.id}")


def make_article(
    source: str,
    text: str,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    options: ReadOptions | None = None,
) -> Article:
    """An Article from decoded text and whatever metadata came with it; title and author are read off
    the text when the metadata has none. Raises ValueError for empty or over-long texts."""
    options = options or ReadOptions()
    if len(text) > options.max_chars:
        raise ValueError(
            f"is too long: {len(text):,} characters, over the limit of {options.max_chars:,} per article; "
            "split it into articles, or raise the limit with --max-chars"
        )
    text = clean_text(text)
    if not text.strip():
        raise ValueError("contains only whitespace" if text else "is empty")
    found_title, found_author = split_title_and_author(text)
    title = clean_text(title).strip() if title else found_title
    author = clean_text(author).strip() if author else found_author
    return Article(
        source=source, text=text, title=title or None, author=author or None,
        url=url or None, published=published or None, outlet=outlet or None,
    )


def estimate_articles(paths: Iterable[str]) -> int | None:
    """A quick count of the articles under ``paths`` for a progress bar (lines of JSON Lines and CSV
    files counted, not parsed); None when standard input is among them."""
    total = 0
    for source, path in find_article_files(paths):
        if source == STDIN:
            return None
        if path is None:
            total += 1
            continue
        kind = FORMATS.get(path.suffix.lower())
        if kind in ("jsonl", "csv"):
            try:
                with path.open("rb") as handle:
                    lines = sum(1 for line in handle if line.strip())
            except OSError:
                lines = 1
            total += max(1, lines - (kind == "csv"))
        else:
            total += 1
    return total
