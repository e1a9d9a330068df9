"""Boilerplate in scraped article text: the character ranges that are page furniture, not reporting.

The text is never changed (offsets must stay exact); instead ``boilerplate_ranges`` returns the
``(start, end)`` ranges of lines and fragments that are menus, "READ MORE:" teasers, photo credits,
share and follow prompts, or the headline repeated. The extractor drops quotes that start inside one.

Every rule is about the shape of a line, never about the wording of one site or article.
"""

from __future__ import annotations

import re

# Teasers for other articles: "READ MORE: ...", "Also read - ...", "Related: ...", "See also: ...".
_TEASER = re.compile(
    r"^\W{0,3}(?:read\s+more|read\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|related(?:\s+(?:articles?|stories|coverage|reading|content|news))?"
    r"|see\s+also|recommended(?:\s+for\s+you)?|most\s+read|top\s+stories|trending(?:\s+now)?|watch|listen|more\s+from\s+\w+)"
    r"\s*(?:[:|>»\-–—]|$)",
    re.IGNORECASE,
)
# "Read more about ..." with no separator still is a teaser when the line is short.
_READ_MORE_PHRASE = re.compile(r"^\W{0,3}(?:read\s+more|also\s+read|read\s+also)\b", re.IGNORECASE)

_CREDIT_WORDS = r"(?:photo|photos|image|images|picture|pictures|pic|pics|photograph|photography|video|graphic|illustration|credit|source|caption|image\s+credit|photo\s+credit|image\s+caption|photo\s+caption)"
# "(Image: AP)", "(Photo: Jane Doe/Reuters)", "(Picture credit: Getty)", "[Image: PA]"
_CREDIT_IN_BRACKETS = re.compile(
    rf"[(\[]\s*{_CREDIT_WORDS}\s*(?:credit|by)?\s*[:\-–—]\s*[^()\[\]\n]{{1,100}}[)\]]", re.IGNORECASE
)
# "(AFP via Getty Images)", "(Getty Images)", "(AP Photo/Jane Doe)", "(Reuters/Jane Doe)" as a whole
_AGENCY_IN_BRACKETS = re.compile(
    r"[(\[][^()\[\]\n]{0,60}\b(?:getty\s+images|ap\s+photo|afp\s+photo|reuters\s+photo|shutterstock|alamy|epa-efe)\b[^()\[\]\n]{0,40}[)\]]",
    re.IGNORECASE,
)
# A line that is only a credit or caption label: "Photograph: Jane Doe/Reuters", "Image caption: ..."
_CREDIT_LINE = re.compile(rf"^\W{{0,3}}{_CREDIT_WORDS}s?\s*(?:credit|by)?\s*[:\-–—]", re.IGNORECASE)

# Share, follow, sign-up and navigation prompts, on short lines of their own.
_PROMPT = re.compile(
    r"^\W{0,3}(?:share(?:\s+this)?|follow(?:\s+us)?|tweet|e-?mail\s+this|print\s+this|copy\s+(?:the\s+)?link|subscribe|sign\s+(?:up|in)"
    r"|log\s+in|skip\s+to|select\s+(?:a\s+)?language|choose\s+(?:a\s+)?language|click\s+here|like\s+us|join\s+us\s+on"
    r"|download\s+the\s+app|listen\s+to\s+this\s+article|\d+\s+min(?:ute)?s?\s+read|gift\s+this\s+article|save\s+(?:this\s+)?article"
    r"|back\s+to\s+top|accept\s+(?:all\s+)?cookies)\b",
    re.IGNORECASE,
)
# Navigation words, only as (nearly) the whole line: "Advertisement", "Home", "Comments (12)".
_NAV = re.compile(
    r"^\W{0,3}(?:advertisement|advertising|sponsored(?:\s+content)?|home|menu|search|close|previous|next|language|register"
    r"|comments?|email|print|share|newsletter|cookies?|login|log\s+out)\b",
    re.IGNORECASE,
)
_NAV_MAX_WORDS = 3
_PROMPT_MAX_WORDS = 10
_MENU_SEPARATORS = re.compile(r"\s*[|•·»›]\s*")
_QUOTE_MARKS = set("\"“”„«»‘’‚‹›")
_SENTENCE_END = re.compile(r"[.!?…]['’\"”)]*\s*$")


def boilerplate_ranges(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` character ranges of ``text`` that are boilerplate."""
    ranges: list[tuple[int, int]] = []
    title_key = _key(title) if title else None
    first_content_line = True
    for start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + (len(line) - len(line.lstrip()))
        end = start + len(line.rstrip())
        is_first = first_content_line
        first_content_line = False
        if _is_boilerplate_line(stripped, title_key, is_first):
            ranges.append((lead, end))
            continue
        for pattern in (_CREDIT_IN_BRACKETS, _AGENCY_IN_BRACKETS):
            for match in pattern.finditer(line):
                ranges.append((start + match.start(), start + match.end()))
    return _merge(ranges)


def in_ranges(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls inside one of the sorted ``ranges``."""
    low, high = 0, len(ranges)
    while low < high:
        middle = (low + high) // 2
        if ranges[middle][1] <= offset:
            low = middle + 1
        else:
            high = middle
    return low < len(ranges) and ranges[low][0] <= offset < ranges[low][1]


def is_page_furniture(line: str) -> bool:
    """Whether a line is a menu, prompt, teaser or credit wherever it stands ('Select Language')."""
    return _is_boilerplate_line(line.strip(), None, False)


def _is_boilerplate_line(line: str, title_key: str | None, is_first: bool) -> bool:
    words = line.split()
    has_quote_marks = any(char in _QUOTE_MARKS for char in line)
    if _TEASER.match(line):
        return True
    if _READ_MORE_PHRASE.match(line) and len(words) <= 25:
        return True
    if _CREDIT_LINE.match(line) and len(words) <= 25 and not has_quote_marks:
        return True
    if _CREDIT_IN_BRACKETS.fullmatch(line) or _AGENCY_IN_BRACKETS.fullmatch(line):
        return True
    # The headline again, below the first line (the first occurrence is the article's own headline).
    if title_key and not is_first and _key(line) == title_key and not _SENTENCE_END.search(line):
        return True
    short = len(words) <= _PROMPT_MAX_WORDS and not has_quote_marks
    if short and _PROMPT.match(line) and not _SENTENCE_END.search(line.rstrip("!")):
        return True
    if len(words) <= _NAV_MAX_WORDS and _NAV.match(line) and not _SENTENCE_END.search(line):
        return True
    if short and _is_menu(line, words):
        return True
    return False


def _is_menu(line: str, words: list[str]) -> bool:
    """Navigation: items joined by separators ("Home | World | Business"), or an all-capitals line
    of several words with no sentence punctuation ("WORLD  BUSINESS  SPORT  OPINION")."""
    items = [item for item in _MENU_SEPARATORS.split(line) if item]
    if len(items) >= 3 and all(len(item.split()) <= 4 for item in items):
        return True
    letters = [char for char in line if char.isalpha()]
    return (
        len(words) >= 2
        and len(letters) >= 4
        and all(char.isupper() for char in letters if char.isupper() or char.islower())
        and not re.search(r"[.!?:;,]", line)  # "SMITH: ..." and "JANE ROE, MINISTER" are transcript labels
    )


def _key(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line.casefold()).split())


def _lines(text: str):
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line.rstrip("\r\n")
        offset += len(line)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
