"""Quoted words in a headline that the article's body quotes again: 'Mayor labels critics ‘armchair
experts’' over a story in which the mayor is quoted calling them “armchair experts”. Headlines drop
the cue or squeeze it ('..., magistrate says'), so the words are found by where the body has them,
and they are the words of whoever says them there."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.find.candidates import Candidate
from quotes.find.cues import text_of
from quotes.find.marks import MarkedSpan

# Longest first line read as a headline, in words.
MAX_HEADLINE_WORDS = 30

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w' -]", " ", text.translate(_APOSTROPHES).casefold()).split())


# Short words that title case writes in lower case inside a name.
TITLE_CASE_MINOR_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from",
                                    "by"})


def _names_something(quoted: str, at: int, words: str) -> bool:
    """Whether the body writes the words as a name is written, each capitalised ('the “Green
    Streets” plan', '“Lowlands” creator X'), where a capital does not just open a longer quote."""
    found = [w for w in quoted.split() if _plain(w)]
    count = len(words.split())
    first = len(_plain(quoted)[:at].split())
    written = found[first : first + count]
    # (a capital opening a longer quote may only open it; the words alone in their marks are a name)
    # (title case leaves short words inside a name in lower case: 'Kingdom of Ash')
    return bool(written) and written[0][:1].isupper() and written[-1][:1].isupper() \
        and all(w[:1].isupper() or w.casefold() in TITLE_CASE_MINOR_WORDS for w in written) \
        and (count > 1 or first > 0 or len(found) == 1)


def headline_bounds(text: str) -> tuple[int, int] | None:
    """The first line, when it stands alone as a headline: short, with more paragraphs after it."""
    end = text.find("\n")
    if end <= 0 or not text[end:].strip() or len(text[:end].split()) > MAX_HEADLINE_WORDS:
        return None
    return 0, end


def find_headline_echoes(text: str, spans: list[MarkedSpan], titles: list[MarkedSpan] = ()) -> list[Candidate]:
    """A candidate for each quoted stretch of the headline that a quoted stretch of the body
    contains, with ``echo`` set to where the body has it. A stretch that is all of one side of the
    headline's colon ('‘I panicked’: accused ...') is a direct quote; one inside the headline's own
    words is a partial one. Titles of works, in the headline or the body, are no one's words."""
    bounds = headline_bounds(text)
    if bounds is None:
        return []
    _, headline_end = bounds
    named = {(t.start, t.end) for t in titles}
    body = [s for s in spans if s.start > headline_end and (s.start, s.end) not in named]
    found = []
    for span in spans:
        if span.mark_end > headline_end or span.start < 0 or (span.start, span.end) in named:
            continue
        echo = _echo_in(text, span, body)
        if echo is None:
            continue
        before = text[: span.mark_start].strip()
        after = text[span.mark_end : headline_end].strip()
        alone = (not before and after.startswith(":")) or (before.endswith(":") and not after)
        found.append(Candidate(span.start, span.end, "direct" if alone else "partial",
                               "direct-headline" if alone else "partial-headline", confidence=0.6, echo=echo))
    return found


def _echo_in(text: str, span: MarkedSpan, body: list[MarkedSpan]) -> int | None:
    """Where the first of ``body``'s quoted stretches that contains the span's words starts, unless
    it writes them as a name."""
    words = _plain(text[span.start : span.end])
    if not words:
        return None
    pattern = re.compile(r"(?<![\w'])" + re.escape(words) + r"(?![\w'])")
    for other in body:
        match = pattern.search(_plain(text[other.start : other.end]))
        if match:
            return None if _names_something(text[other.start : other.end], match.start(), words) else other.start
    return None


# Longest quoted line read as a heading inside the article, in words, and how far below it, in
# characters, the quote it repeats may be.
MAX_HEADING_WORDS = 12
HEADING_REACH = 2000


def find_heading_echoes(text: str, spans: list[MarkedSpan], titles: list[MarkedSpan] = ()) -> list[Candidate]:
    """A live blog's or a feature's heading that is only quoted words ('09:47' / '‘We lost
    everything downstairs’'), on a line of its own below the headline, which a quote just below it
    repeats: a direct quote whose speaker is that quote's."""
    bounds = headline_bounds(text)
    headline_end = bounds[1] if bounds is not None else -1
    named = {(t.start, t.end) for t in titles}
    found = []
    for span in spans:
        if span.mark_start <= headline_end or span.start < 0 or not span.closed or (span.start, span.end) in named:
            continue
        line_start = text.rfind("\n", 0, span.mark_start) + 1
        line_end = text.find("\n", span.mark_end)
        line_end = len(text) if line_end < 0 else line_end
        words = text[span.start : span.end].split()
        # (a heading in title case styles its words as a section's name: 'King of the Harbour Front.')
        if text[line_start : span.mark_start].strip() or text[span.mark_end : line_end].strip() \
                or len(words) > MAX_HEADING_WORDS or not any(w.islower() and len(w) >= 4 for w in words):
            continue
        below = [s for s in spans if span.mark_end < s.start < span.mark_end + HEADING_REACH
                 and (s.start, s.end) not in named]
        echo = _echo_in(text, span, below)
        if echo is not None:
            found.append(Candidate(span.start, span.end, "direct", "direct-heading", confidence=0.6, echo=echo))
    return found


# A title-case headline's cue after its claim: '..., Former Harbour Pilot Says'. (In sentence
# case, '..., magistrate says', the parser finds the cue itself.)
TITLE_CASE_CUE = re.compile(
    r",\s+(?P<speaker>(?:[A-Z][\w.'’&-]*\s+){1,6})(?P<cue>Says|Say|Warns|Warn|Tells|Claims|Insists|Admits|Argues|"
    r"Predicts|Reveals|Confirms|Denies)\.?\s*$")


def find_headline_cue_after(doc: Doc) -> Candidate | None:
    """The claim of a title-case headline that ends with who says it."""
    text = text_of(doc)
    bounds = headline_bounds(text)
    if bounds is None:
        return None
    _, end = bounds
    match = TITLE_CASE_CUE.search(text[:end])
    if match is None or len(text[: match.start()].split()) < 3:
        return None
    speaker = doc.char_span(match.start("speaker"), match.end("speaker") - 1, alignment_mode="contract")
    cue = doc.char_span(match.start("cue"), match.end("cue"), alignment_mode="contract")
    if speaker is None or cue is None or not len(speaker):
        return None
    start = len(text) - len(text.lstrip())
    return Candidate(start, match.start(), "indirect", "indirect-headline", cue=cue[0], speaker=speaker[-1],
                     confidence=0.6)
