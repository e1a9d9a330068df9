"""Plain-text articles: decoding (with encoding detection), Unicode clean-up, title and byline.

The text an ``Article`` carries is the cleaned text: decoded, mojibake repaired where ftfy can do it
safely, NFC-normalised. It is stored as is, so every offset the later steps produce points into it.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from charset_normalizer import from_bytes

from quotes.read.boilerplate import is_page_furniture

# "By Patrick Sykes and Henry Meyer", "By Jane Doe, Reuters"
_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_BYLINE = re.compile(
    rf"^\s*(?:[Bb]y|BY)\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s*[,|/]\s*[\w .,]+)?\s*$"
)
# "Imogen Carrow in Harwick", "Sam Roe in London and Ann Lee in Paris": a name and where they write from
_PLACE = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
_FULL_NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}"
_PLACED_BYLINE = re.compile(
    rf"^\s*(?P<names>{_FULL_NAME}\s+in\s+{_PLACE}(?:\s*(?:,|and|&)\s*{_FULL_NAME}\s+in\s+{_PLACE})*)\s*$"
)
# "Marie Redmond" or "Marie Redmond, Political Correspondent" on a line of its own under the headline
_BARE_BYLINE = re.compile(
    rf"^\s*(?P<names>{_FULL_NAME})(?:\s*,\s*[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){{0,3}})?\s*$"
)
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30

# When the detector finds several legacy encodings equally plausible, the Western ones win: this is
# a tool for news in English, where cp1252 is by far the commonest single-byte encoding.
_PREFERRED_LEGACY = ("cp1252", "iso8859_15", "latin_1", "cp1251")
_MOSTLY_ASCII = 0.9
# Text with more control characters than this (tabs and line breaks aside) is binary data.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_OK = set("\t\n\r\f\v")

# ftfy, restricted to repairs that cannot damage a sound text: undo mojibake (UTF-8 read as cp1252
# and the like), drop terminal escapes and stray control characters, NFC. It must leave quote marks,
# line breaks, ligatures, full-width forms and HTML entities alone.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=False,
)


def decode(data: bytes) -> str:
    """Decode article bytes: UTF-32/UTF-16 with a BOM, UTF-8 (BOM optional), else a legacy encoding
    found by charset-normalizer. Raises ValueError for binary data and undetectable encodings."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("looks like a binary file (it contains NUL bytes), not a text article")
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + bom
        text = _decode_legacy(data[bom:])
        if text is None:
            raise ValueError(
                f"is not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}) and its encoding "
                "could not be detected; save it as UTF-8 and run again"
            ) from None
    if _looks_binary(text):
        raise ValueError("looks like a binary file (it is mostly control characters), not a text article")
    return text


def _decode_legacy(data: bytes) -> str | None:
    # Mostly ASCII with a few accented letters: a Western text (Cyrillic, Greek or Arabic text in a
    # single-byte encoding is mostly non-ASCII). Detectors guess poorly from so few telling bytes.
    ascii_share = sum(byte < 0x80 for byte in data) / len(data)
    if ascii_share >= _MOSTLY_ASCII:
        for name in _PREFERRED_LEGACY:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                continue
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda match: match.chaos)
    for name in _PREFERRED_LEGACY:
        for match in matches:
            if match.encoding == name and match.chaos <= best.chaos:
                return str(match)
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for char in sample if char not in _CONTROL_OK and unicodedata.category(char) == "Cc")
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def clean_text(text: str) -> str:
    """Repair mojibake where it is safe, remove stray control characters, normalise to NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", ftfy.fix_text(text, _FTFY))


def split_title_and_author(text: str) -> tuple[str | None, str | None]:
    """The first non-empty line is the title when it looks like a headline; a byline is the author."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:4]
    title = author = None
    for index, line in enumerate(lines):
        if author is None and is_byline(line, placed=index > 0):
            author = _byline_names(line)
        elif index == 0 and looks_like_title(line):
            title = line
        elif index > 0 and line != title and not (index == 1 and title is not None and looks_like_title(line)):
            break  # the byline sits right under the headline (or its standfirst), if anywhere
    return title, author


def is_byline(line: str, placed: bool = True) -> bool:
    """'By Patrick Sykes and Henry Meyer', or under the headline (``placed``) 'Imogen Carrow in
    Harwick' or a name alone, 'Marie Redmond, Political Correspondent': a line naming the article's
    authors."""
    # (a name alone is no menu item that looks like one: 'Select Language')
    placed_match = placed and (_PLACED_BYLINE.match(line) or _BARE_BYLINE.match(line) and not is_page_furniture(line))
    return (_BYLINE.match(line) is not None or bool(placed_match)) \
        and len(line.split()) <= 16 and not line.strip().endswith(".")


def _byline_names(line: str) -> str:
    match = _BYLINE.match(line)
    if match is not None:
        return match.group("names").strip()
    bare = _BARE_BYLINE.match(line)
    if bare is not None:
        return bare.group("names").strip()  # (without what they are: 'Political Correspondent')
    # (without where each writes from)
    names = _PLACED_BYLINE.match(line).group("names")
    return re.sub(r"\s+in\s+" + _PLACE, "", names).strip()


def byline_spans(text: str, lines: int = 4) -> list[tuple[int, int]]:
    """Character spans of the bylines among a text's first non-empty lines (where a byline can be)."""
    spans, start, seen = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            if is_byline(line, placed=seen > 0):
                spans.append((start, start + len(line)))
            seen += 1
            if seen == lines:
                break
        start += len(line) + 1
    return spans


def looks_like_title(line: str) -> bool:
    words = line.split()
    if not words or len(line) > _TITLE_MAX_CHARS or len(words) > _TITLE_MAX_WORDS:
        return False
    # Headlines do not end a sentence with a full stop, and open with a capital or a digit.
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"
