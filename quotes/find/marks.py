"""Pair quotation marks in raw text into quoted spans.

Works on characters, not tokens, so offsets are exact. It never gives up on an article: an unclosed mark
ends its quote at the end of the paragraph and a stray closing mark is ignored. A paragraph that ends
inside a quote and is followed by one opening with a new mark (the newspaper convention for quotes
running over several paragraphs) gives one quote per paragraph, the later ones marked as continuing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.find.cues import text_of

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
    mark_start: int = -1  # where the opening mark is
    mark_end: int = -1  # just past the closing mark (the span's end when it has none)
    continued: bool = False  # opens a paragraph that goes on with the quote of the paragraph before

    def __post_init__(self):
        if self.mark_start < 0:
            object.__setattr__(self, "mark_start", self.start - 1)
        if self.mark_end < 0:
            object.__setattr__(self, "mark_end", self.end + 1 if self.closed else self.end)

    @property
    def open_mark(self) -> int:
        return self.mark_start


# Archives that lost their curly quotes write ''...'' or ``...'' for double quotation marks.
DOUBLED_APOSTROPHES = ("''", "``")


def _role(text: str, i: int, double: bool, width: int = 1) -> str | None:
    """'open', 'close' or None for the mark at ``text[i]``, judged by glyph and context."""
    ch = '"' if width == 2 else text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
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


def marked_spans_of(doc, text: str | None = None) -> list[MarkedSpan]:
    """The marked spans of a parsed article, paired once and kept on the Doc: finding quotes and
    attributing them both need them."""
    key = "quotes.marked_spans"
    if key not in doc.user_data:
        doc.user_data[key] = find_marked_spans(text_of(doc) if text is None else text)
    return doc.user_data[key]


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """All quoted spans at the top level: double marks first, then single marks outside them."""
    doubles = _pair(text, double=True)
    singles = [
        span
        for span in _pair(text, double=False)
        # (an unclosed single mark only makes a span where a quote runs over several paragraphs)
        if not any(d.mark_start <= span.start and span.end <= d.mark_end for d in doubles)
    ]
    return sorted(doubles + singles, key=lambda s: s.start)


# A doubled apostrophe is one double mark, never two single ones, so the search takes it whole.
_DOUBLE_MARKS = re.compile("''|``|[" + re.escape(DOUBLE_OPENERS + DOUBLE_CLOSERS + '"') + "]")
_SINGLE_MARKS = re.compile("''|``|[" + re.escape(SINGLE_OPENERS + SINGLE_CLOSERS + "'") + "]")


def _marks(text: str, start: int, end: int, double: bool):
    """(position, width, role) of each quotation mark of one kind in ``text[start:end]``."""
    for match in (_DOUBLE_MARKS if double else _SINGLE_MARKS).finditer(text, start, end):
        width = match.end() - match.start()
        if width == 2 and not double:
            continue
        role = _role(text, match.start(), double, width)
        if role is not None:
            yield match.start(), width, role


def _pair(text: str, double: bool) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    open_mark = -1
    continued = False  # whether the paragraph's first quote goes on with the one before
    for index, (p_start, p_end) in enumerate(paragraphs):
        continuing, continued = continued, False
        marks = list(_marks(text, p_start, p_end, double))
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        opens_next = following is not None and _starts_with_opener(text, following[0], double)
        for k, (i, width, role) in enumerate(marks):
            if not double and role == "close" and open_at is not None and _possessive(text, i) and (any(
                    later == "close" for _, _, later in marks[k + 1 : next(
                        (j for j in range(k + 1, len(marks)) if marks[j][2] == "open"), len(marks))])
                    or k + 1 == len(marks) and opens_next and _word_after(text, i) not in NOT_POSSESSED):
                # 'the residents’ views,’ she said': a plural possessive, closed further on, or in a
                # quote that runs on into the next paragraph ('nurses with ten years’ experience ...')
                continue
            if role == "toggle":
                role = "close" if open_at is not None else "open"
            if role == "open":
                label = SPEAKER_LABEL.match(text, i + width)
                if open_at is not None:
                    # A new opening mark before any closing one: the previous quote lost its closer.
                    # A transcript's next speaker label ("SMITH: ...") also starts a new quote.
                    _add_unclosed(spans, text, open_at, i, double, open_mark, continued)
                continued = continuing and not text[p_start:i].strip() and label is None
                open_at = label.end() if label is not None else i + width
                open_mark = i
            elif open_at is not None:
                start, end = _strip(text, open_at, i)
                if end > start:
                    spans.append(MarkedSpan(start, end, closed=True, single=not double,
                                            mark_start=open_mark, mark_end=i + width, continued=continued))
                open_at = None
                continued = False
            continuing = False
        if open_at is not None:
            # Each paragraph of a quote running over several is a quote of its own; the next one's
            # opening mark continues it.
            _add_unclosed(spans, text, open_at, p_end, double, open_mark, continued, goes_on=opens_next)
            continued = opens_next
            open_at = None
    return spans


def _possessive(text: str, i: int) -> bool:
    """An apostrophe after a plural 's' before the next word ('the players’ wages')."""
    return i > 0 and text[i - 1] in "sS" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum()


# Words that never follow a possessive: after 'the placards reading ‘Beds Not Photo Ops’ as ...' the
# mark closes the quote.
NOT_POSSESSED = frozenset("""as and or but nor so to in on at for with by from of off into onto over when while
    after before since until if that which who whom whose where is are was were be been the a an this these those
    he she it they we you i""".split())


def _word_after(text: str, i: int) -> str:
    """The word after the mark at ``i``, in lower case."""
    match = re.match(r"\s*(\w+)", text[i + 1 : i + 40])
    return match.group(1).lower() if match else ""


def _starts_with_opener(text: str, start: int, double: bool) -> bool:
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        return False
    if double and text[i : i + 2] in DOUBLED_APOSTROPHES:
        return True
    openers = DOUBLE_OPENERS + '"' if double else SINGLE_OPENERS + "'"
    return text[i] in openers and (double or text[i : i + 2] not in DOUBLED_APOSTROPHES)


def _add_unclosed(spans: list[MarkedSpan], text: str, open_at: int, end: int, double: bool, mark: int,
                  continued: bool = False, goes_on: bool = False) -> None:
    """A quote without its closing mark, cut at ``end``. One that ``goes_on`` in the next paragraph
    is a quote whatever its length or marks; otherwise an unpaired single mark is far more often an
    apostrophe, and a long run is a stray mark swallowing the paragraph."""
    if not double and not (continued or goes_on):
        return
    start, end = _strip(text, open_at, end)
    if 0 < end - start and (goes_on or end - start <= MAX_UNCLOSED_CHARS):
        spans.append(MarkedSpan(start, end, closed=False, single=not double, mark_start=mark, mark_end=end,
                                continued=continued))
