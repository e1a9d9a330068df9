"""Speakers given by the layout rather than the syntax: a transcript label at the start of the
paragraph ("SMITH: ...") or a sign-off after the quote ("“...” ― Jane Roe")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.attribute.roles import is_title_word
from quotes.attribute.speakers import People, Resolved, holder_of_title, name_key, title_case
from quotes.find.direct import LAYOUT_NAME, SIGN_OFF
from quotes.records import Speaker

# Matched with .match(text, pos): anchored at pos, so no "^" (which would only match at 0).
# The label may follow the opening mark of a quoted transcript ('"SMITH: ...').
TRANSCRIPT_LABEL = re.compile(rf"[^\S\n]*[\"“‘']?(?P<name>{LAYOUT_NAME}):[^\S\n]")
SIGN_OFF_AFTER_QUOTE = re.compile(rf"[”\"’']?{SIGN_OFF}")


def speaker_from_layout(doc: Doc, start: int, end: int, people: People) -> Resolved | None:
    text = people.text
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    # The label may stand before the quote mark or just inside it ('"SMITH: ...').
    label = TRANSCRIPT_LABEL.match(text, para_start, start) or TRANSCRIPT_LABEL.match(text, start, end)
    if label is not None:
        return _named(doc, label.start("name"), label.end("name"), people)
    sign_off = SIGN_OFF_AFTER_QUOTE.match(text, end, para_end)
    if sign_off is not None:
        return _named(doc, sign_off.start("name"), sign_off.end("name"), people)
    return None


def _named(doc: Doc, start: int, end: int, people: People) -> Resolved | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    # ('“...” — Enugu PPC chair': the capitals only open a description; its title names the one holder)
    if span.end < len(doc) and is_title_word(doc[span.end]) and doc[span.end].is_lower:
        holder = holder_of_title(doc[span.end], people)
        if holder is not None:
            return Resolved(holder.speaker(), doc[span.start : span.end + 1], holder.role_at(start))
    person = people.by_key.get(name_key(span.text))
    name = person.name if person is not None else title_case(span.text)
    role = person.role_at(start) if person is not None else None
    return Resolved(Speaker(name, "person"), span, role)
