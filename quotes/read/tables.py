"""Article collections: JSON Lines and CSV files with one article per record.

Each record's fields are found by name (case-insensitive); ``FieldNames`` holds the defaults and the
names the user gives with ``--text-field`` and the like. A record's ``source`` is ``FILE:LINE`` for
JSON Lines and ``FILE#ROW`` for CSV (data rows counted from 1 below the header), so it is unique and
stays the same when records are appended.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from typing import Iterator

from quotes.read.text import decode

FIELDS = ("text", "title", "url", "published", "outlet", "author")


@dataclass(frozen=True)
class FieldNames:
    """For each article field, the record keys or CSV columns that may hold it, in order of preference."""

    text: tuple[str, ...] = ("text",)
    title: tuple[str, ...] = ("title",)
    url: tuple[str, ...] = ("url",)
    published: tuple[str, ...] = ("published", "date")
    outlet: tuple[str, ...] = ("outlet", "source")
    author: tuple[str, ...] = ("author",)

    def resolve(self, keys) -> dict[str, str | None]:
        """Map each article field to the key present in ``keys`` (matched case-insensitively)."""
        by_fold: dict[str, str] = {}
        for key in keys:
            by_fold.setdefault(str(key).casefold(), key)
        return {
            name: next((by_fold[c.casefold()] for c in getattr(self, name) if c.casefold() in by_fold), None)
            for name in FIELDS
        }


class TableError(ValueError):
    """A problem with one record (``where`` is ``FILE:LINE`` or ``FILE#ROW``) or the whole file."""

    def __init__(self, where: str, message: str):
        super().__init__(message)
        self.where = where


Record = dict[str, str | None]


def read_jsonl(name: str, data: bytes, fields: FieldNames) -> Iterator[tuple[str, Record] | TableError]:
    """Yield ``(source, record)`` for each JSON object line, a TableError for each bad line."""
    try:
        text = decode(data)
    except ValueError as error:
        yield TableError(name, str(error))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield TableError(where, f"invalid JSON: {error.msg} (column {error.colno})")
            continue
        except RecursionError:
            yield TableError(where, "invalid JSON: nested too deeply")
            continue
        if not isinstance(value, dict):
            yield TableError(where, f"expected a JSON object per line, found {type(value).__name__}")
            continue
        columns = fields.resolve(value)
        if columns["text"] is None:
            yield TableError(where, _missing("key", fields.text, list(value), "--text-field"))
            continue
        raw = value[columns["text"]]
        if not isinstance(raw, str):
            yield TableError(where, f"the {columns['text']!r} value is {type(raw).__name__}, not text")
            continue
        record = {field: _value(value[key]) if key is not None else None for field, key in columns.items()}
        record["text"] = raw
        yield where, record


def read_csv(name: str, data: bytes, fields: FieldNames) -> Iterator[tuple[str, Record] | TableError]:
    """Yield ``(source, record)`` for each CSV data row; a file without a text column is one error."""
    try:
        text = decode(data)
    except ValueError as error:
        yield TableError(name, str(error))
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article texts are longer than csv's 128 KiB default
    # Comma-separated first; a sniffed dialect (semicolons, tabs) only when that finds no text column.
    attempts = [csv.excel]
    try:
        attempts.append(csv.Sniffer().sniff(text[:65536], delimiters=",;\t|"))
    except csv.Error:
        pass
    header: list[str] | None = None
    for dialect in attempts:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        try:
            header = next(reader, None)
        except csv.Error as error:
            yield TableError(name, f"is not a readable CSV file ({error})")
            return
        if not header:
            yield TableError(name, "is an empty CSV file (no header row)")
            return
        columns = fields.resolve(header)
        if columns["text"] is not None:
            break
    else:
        yield TableError(name, _missing("column", fields.text, list(header or []), "--text-field"))
        return
    index = {field: header.index(key) if key is not None else None for field, key in columns.items()}
    row_number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield TableError(f"{name}#{row_number + 1}", f"is not a readable CSV row (line {reader.line_num}: {error})")
            return
        if not any(cell.strip() for cell in row):
            continue
        row_number += 1
        record = {field: _value(row[i]) if i is not None and i < len(row) else None for field, i in index.items()}
        record["text"] = row[index["text"]] if index["text"] < len(row) else ""
        yield f"{name}#{row_number}", record


def _value(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _missing(what: str, wanted: tuple[str, ...], present: list, option: str) -> str:
    names = " or ".join(repr(name) for name in wanted)
    shown = ", ".join(repr(str(key)) for key in present[:12]) or "none"
    return f"has no {names} {what} for the article text ({what}s: {shown}); name it with {option}"
