"""Step 1: read articles from files and folders.

One article per ``.txt`` file. The text is kept exactly as decoded, so every offset the later steps
produce points into ``Article.text``. Bad files become ``ReadError`` records instead of exceptions,
so one broken file never stops a batch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from quotes.records import Article

ARTICLE_SUFFIXES = (".txt",)

# "By Patrick Sykes and Henry Meyer", "By Jane Doe, Reuters"
_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_BYLINE = re.compile(
    rf"^\s*(?:[Bb]y|BY)\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s*[,|/]\s*[\w .]+)?\s*$"
)
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30


@dataclass(frozen=True)
class ReadError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def find_article_files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand folders (recursively, sorted) into article files; keep the path as the user gave it."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield str(child), child
        elif path.is_file():
            yield given, path
        else:
            yield given, None


def decode(data: bytes) -> str:
    """Decode article bytes: UTF-8 (BOM optional), or UTF-16/UTF-32 with a BOM. Raises ValueError otherwise."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("looks like a binary file (it contains NUL bytes), not a text article")
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + bom
        raise ValueError(
            f"is not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); "
            "save it as UTF-8 and run again"
        ) from None


def split_title_and_author(text: str) -> tuple[str | None, str | None]:
    """The first non-empty line is the title when it looks like a headline; a byline is the author."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:4]
    title = author = None
    for index, line in enumerate(lines):
        byline = _BYLINE.match(line)
        if byline and author is None and len(line.split()) <= 16 and not line.endswith("."):
            author = byline.group("names").strip()
        elif index == 0 and looks_like_title(line):
            title = line
        elif index > 0 and line != title:
            break  # the byline sits right under the headline, if anywhere
    return title, author


def looks_like_title(line: str) -> bool:
    words = line.split()
    if not words or len(line) > _TITLE_MAX_CHARS or len(words) > _TITLE_MAX_WORDS:
        return False
    # Headlines do not end a sentence with a full stop, and open with a capital or a digit.
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"


def read_article(source: str, path: Path) -> Article:
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("is empty")
    text = decode(data)
    if not text.strip():
        raise ValueError("contains only whitespace")
    title, author = split_title_and_author(text)
    return Article(source=source, text=text, title=title, author=author)


def read_articles(paths: Iterable[str]) -> Iterator[Article | ReadError]:
    """Yield an Article for every readable file and a ReadError for every other one."""
    for source, path in find_article_files(paths):
        if path is None:
            yield ReadError(source, "no such file or folder")
            continue
        try:
            yield read_article(source, path)
        except (OSError, ValueError) as error:
            yield ReadError(source, str(error))
