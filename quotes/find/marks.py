"""Pair quotation marks in raw text into quoted spans.

Works on characters, not tokens, so offsets are exact. It never gives up on an article: an unclosed mark
ends its quote at the end of the paragraph, a stray closing mark is ignored, and a paragraph that ends
inside a quote and is followed by one opening with a new mark continues the same quote (the newspaper
convention for quotes running over several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT = "\"'"

# A quote longer than this without a closing mark is more likely a stray mark than a quote.
MAX_UNCLOSED_CHARS = 600

# A transcript's speaker label right after an opening mark: '"SMITH: ...' (the label is not quoted).
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’\- ]{1,40}:[ \t]+")

_OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | {""}


@dataclass(frozen=True)
class MarkedSpan:
    """The content between a pair of quotation marks: ``text[start:end]``, marks excluded."""

    start: int
    end: int
    closed: bool = True  # False when the closing mark was missing and the span was cut off
    single: bool = False  # in single marks (‘...’), used at top level by some outlets

    @property
    def open_mark(self) -> int:
        return self.start - 1

    @property
    def close_mark(self) -> int:
        return self.end if self.closed else self.end - 1


def _role(text: str, i: int, double: bool) -> str | None:
    """'open', 'close' or None for the mark at ``text[i]``, judged by glyph and context."""
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if double:
        if ch in DOUBLE_OPENERS and after and not after.isspace():
            return "open"
        if ch in DOUBLE_CLOSERS and before and not before.isspace():
            return "close"
    else:
        if ch in SINGLE_OPENERS and after.isalnum():
            return "open"
        if ch in SINGLE_CLOSERS or ch == "'":
            # An apostrophe sits between letters ("that’s", "don't"); a closing mark does not.
            if before and after.isalpha() and (before.isalpha()):
                return None
            if before and not before.isspace() and (not after or not after.isalnum()):
                return "close"
            if ch == "'" and before in _OPEN_CONTEXT and after.isalnum():
                return "open"
            return None
    # Straight marks, and curly marks used the wrong way round: decide by which side has a space.
    left_open = before in _OPEN_CONTEXT or before in DOUBLE_OPENERS + SINGLE_OPENERS
    right_open = not after or after.isspace() or after in ".,;:!?)]}—–-" or after in DOUBLE_CLOSERS
    if left_open and not right_open:
        return "open"
    if right_open and not left_open:
        return "close"
    return "toggle"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """All quoted spans at the top level: double marks first, then single marks outside them."""
    doubles = _pair(text, double=True)
    singles = [
        span
        for span in _pair(text, double=False)
        if not any(d.open_mark <= span.start and span.end <= d.close_mark + 1 for d in doubles)
        and span.closed
    ]
    return sorted(doubles + singles, key=lambda s: s.start)


def _pair(text: str, double: bool) -> list[MarkedSpan]:
    marks = (DOUBLE_OPENERS + DOUBLE_CLOSERS + '"') if double else (SINGLE_OPENERS + SINGLE_CLOSERS + "'")
    spans: list[MarkedSpan] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        continuing = open_at is not None
        for i in range(p_start, p_end):
            if text[i] not in marks:
                continue
            role = _role(text, i, double)
            if role is None:
                continue
            if role == "toggle":
                role = "close" if open_at is not None else "open"
            if role == "open":
                label = SPEAKER_LABEL.match(text, i + 1)
                if continuing and not text[p_start:i].strip() and label is None:
                    continuing = False  # the new paragraph's opening mark continues the quote
                    continue
                if open_at is not None:
                    # A new opening mark before any closing one: the previous quote lost its closer.
                    # A transcript's next speaker label ("SMITH: ...") also starts a new quote.
                    end = paragraphs[index - 1][1] if continuing else i
                    _add_unclosed(spans, text, open_at, end, double)
                open_at = label.end() if label is not None else i + 1
                continuing = False
            elif open_at is not None:
                start, end = _strip(text, open_at, i)
                if end > start:
                    spans.append(MarkedSpan(start, end, closed=True, single=not double))
                open_at = None
            continuing = False
        if open_at is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            opens_next = following is not None and _starts_with_opener(text, following[0], double)
            if not opens_next:
                _add_unclosed(spans, text, open_at, p_end, double)
                open_at = None
    return spans


def _starts_with_opener(text: str, start: int, double: bool) -> bool:
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        return False
    openers = DOUBLE_OPENERS + '"' if double else SINGLE_OPENERS + "'"
    return text[i] in openers


def _add_unclosed(spans: list[MarkedSpan], text: str, open_at: int, end: int, double: bool) -> None:
    if not double:
        return  # an unpaired single mark is far more often an apostrophe than a quote
    start, end = _strip(text, open_at, end)
    if 0 < end - start <= MAX_UNCLOSED_CHARS:
        spans.append(MarkedSpan(start, end, closed=False))
