"""Reported speech found through the dependency parse: 'X said (that) ...', '..., X said',
'according to X, ...', and participles ('saying ...', 'adding that ...') that inherit a subject."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from quotes.find.candidates import Candidate
from quotes.find.cues import SPEECH_NOUNS, complements_of, reported_phrase_of, content_bounds, is_speech_verb, span_chars, subject_of

MIN_CONTENT_TOKENS = 3


def find_reported_speech(doc: Doc) -> Iterator[Candidate]:
    for token in doc:
        if token.lower_ == "according":
            candidate = _according_to(token)
            if candidate is not None:
                yield candidate
        elif token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS:
            candidate = _speech_noun(token)
            if candidate is not None:
                yield candidate
        elif is_speech_verb(token):
            yield from _speech_verb(token, weak=not is_speech_verb(token, strong_only=True))


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def _speech_verb(verb: Token, weak: bool = False) -> list[Candidate]:
    """Reported speech around one speech verb. A weak cue ('questioned', 'continued') only counts
    with a clausal complement of its own."""
    doc = verb.doc
    spans = []
    for complement in complements_of(verb):
        if not _has_subject(complement):
            continue  # "which X indicated should ...": a relative clause, its subject is elsewhere
        bounds = content_bounds(complement)
        if bounds is not None:
            spans.append((bounds, "indirect-verb-complement"))
    if not spans and not weak:
        phrase = reported_phrase_of(verb)
        if phrase is not None:
            bounds = content_bounds(phrase)
            if bounds is not None:
                spans.append((bounds, "indirect-verb-phrase"))
    if not spans and not weak and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ) and verb.head.pos_ in ("VERB", "AUX") and not is_speech_verb(verb.head):
        if _set_off_by_commas(verb):
            # "All of this, he acknowledges, could be undone": the cue sits inside its content.
            bounds = content_bounds(verb.head)
            if bounds is not None:
                spans.append((bounds, "indirect-cue-inside"))
        elif verb.head.i < verb.i and _comma_before_cue(verb):
            # "The talks will be very difficult, he said": the parser hangs the cue off the content.
            bounds = content_bounds(verb.head, exclude=verb)
            if bounds is not None:
                spans.append((bounds, "indirect-cue-after"))
    speaker = subject_of(verb)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON") \
            or speaker.lower_ in ("it", "that", "this", "what", "which"):
        return []
    if speaker.lower_ in ("i", "we", "you", "me", "us"):
        return []  # first or second person: speech reported inside someone's own words
    candidates = []
    for (start, end), rule in spans:
        if end - start < MIN_CONTENT_TOKENS or not _has_verb(doc, start, end):
            continue
        if start <= speaker.i < end and rule != "indirect-cue-inside":
            continue
        char_start, char_end = span_chars(doc, start, end)
        candidates.append(Candidate(char_start, char_end, "indirect", rule, cue=verb, speaker=speaker, confidence=0.75))
    return candidates


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children) or clause.pos_ not in ("VERB", "AUX")


def _set_off_by_commas(verb: Token) -> bool:
    """', he said,' in the middle of its sentence (the parser may hang the commas on the verb)."""
    doc = verb.doc
    subtree = sorted(t.i for t in verb.subtree)
    first, last = subtree[0], subtree[-1]
    left = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    right = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    sentence = verb.sent
    return left and right and sentence.start < first and last < sentence.end - 1


def _comma_before_cue(verb: Token) -> bool:
    """'..., he said': the cue clause is set off from the content by a comma right before it."""
    first = min(t.i for t in verb.subtree)
    marks = (",", "—", "–")
    # The parser may hang the comma on the cue itself.
    return verb.doc[first].text in marks or (first > 0 and verb.doc[first - 1].text in marks)


def _speech_noun(noun: Token) -> Candidate | None:
    """'Trump's claim that ...', 'a New York Times report that ...', 'X issued a statement that ...'."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and _has_subject(c)), None)
    if clause is None:
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if speaker is None:
        speaker = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if speaker is None and noun.dep_ == "dobj":
        speaker = subject_of(noun.head)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN") :
        return None
    bounds = content_bounds(clause)
    if bounds is None or bounds[1] - bounds[0] < MIN_CONTENT_TOKENS:
        return None
    char_start, char_end = span_chars(noun.doc, *bounds)
    return Candidate(char_start, char_end, "indirect", "indirect-speech-noun", cue=noun, speaker=speaker, confidence=0.6)


def _according_to(according: Token) -> Candidate | None:
    doc = according.doc
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    head = according.head
    if head.i == according.i or head.pos_ not in ("VERB", "AUX"):
        return None
    bounds = content_bounds(head, exclude=according)
    if bounds is None:
        return None
    start, end = bounds
    if end - start < MIN_CONTENT_TOKENS or not _has_verb(doc, start, end):
        return None
    char_start, char_end = span_chars(doc, start, end)
    return Candidate(char_start, char_end, "indirect", "indirect-according-to", cue=according,
                     speaker=source, confidence=0.7)
