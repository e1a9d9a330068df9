"""Interviews and transcripts laid out without quote marks: paragraphs opened by a speaker's label
('SMITH: ...', 'Jane Roe: ...'), or by 'Q:' and then 'A:' or the answerer's name. Each labelled
turn is its speaker's direct speech; an 'A:' turn is the interviewee's, the subject of the
paragraph that introduces the interview. Questions are the interviewer's and are not reported.
A headline opened by a person's name and a colon ('Roe: Budget Will Pass') is that person's claim.
A block quote whose marks the layout dropped (a paragraph of its own after 'X wrote:') is X's."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from quotes.find.candidates import Candidate
from quotes.find.cues import WEAK_SPEECH_VERBS, is_speech_verb, text_of
from quotes.find.direct import LAYOUT_NAME, TokenIndex, cue_before, speaker_of_cue
from quotes.find.marks import MarkedSpan

TURN = re.compile(rf"^[^\S\n]*(?P<label>Q|A|{LAYOUT_NAME})[^\S\n]*:[^\S\n]+(?P<body>\S[^\n]*)", re.MULTILINE)
# A dialogue has at least this many labelled turns.
MIN_TURNS = 2
# A turn shorter than this is a heading ('Photo: Reuters'), not speech.
MIN_TURN_WORDS = 3
# A paragraph that is a block quote: it opens with a capital and ends a sentence, and has no marks
# at its start (a marked one is found with its marks).
BLOCK = re.compile(r"(?<=:)[^\S\n]*\n\s*(?P<body>[A-Z][^\n]*[.!?…][)\]]?)[^\S\n]*(?=\n|$)")
# A block quote is a sentence or more, not a heading or a list item.
MIN_BLOCK_WORDS = 5
# The first line of an article, when it is a line of its own: its headline.
# (its label can be a title or a body in sentence case: 'State police: ...')
HEADLINE = re.compile(rf"\s*(?P<label>{LAYOUT_NAME}|[A-Z][\w'’\-]*(?: [a-z][\w'’\-]*){{1,2}})[^\S\n]*:[^\S\n]+"
                      r"(?P<body>\S[^\n]*?)[^\S\n]*\n")


def find_transcript_turns(doc: Doc) -> Iterator[Candidate]:
    text = text_of(doc)
    turns = [m for m in TURN.finditer(text) if len(m.group("body").split()) >= MIN_TURN_WORDS]
    questions = any(m.group("label") == "Q" for m in turns)
    interview = questions and any(m.group("label") == "A" for m in turns)
    named = [m for m in turns if m.group("label") not in ("Q", "A") and _names_a_speaker(doc, m)]
    # Two or more named speakers make a dialogue, and so do questions answered by one named speaker
    # ('Q: ...' / 'ROE: ...').
    if len({m.group("label") for m in named}) < MIN_TURNS and not (questions and named):
        named = []
    interviewee = _last_person_before(doc, min(m.start() for m in turns)) if interview else None
    for match in sorted(named + ([m for m in turns if m.group("label") == "A"] if interview else []),
                        key=lambda m: m.start()):
        start, end = match.start("body"), match.end("body")
        while end > start and text[end - 1].isspace():
            end -= 1
        # A named turn's speaker is read off its label when the quote is attributed.
        speaker = interviewee if match.group("label") == "A" else None
        yield Candidate(start, end, "direct", "direct-layout", speaker=speaker, confidence=0.7)


def find_block_quotes(index: TokenIndex, spans: list[MarkedSpan]) -> Iterator[Candidate]:
    """'The governor added:' / 'It is typical of her. ...': web pages set a quoted statement or post
    off as a block and the extracted text keeps no marks, only the colon of the paragraph before. The
    paragraph is the words of the one the speech verb before the colon has as subject."""
    for match in BLOCK.finditer(index.text):
        start, end = match.span("body")
        if len(match.group("body").split()) < MIN_BLOCK_WORDS or TURN.match(match.group("body")):
            continue
        cue = cue_before(index.doc, index, MarkedSpan(start, end, mark_start=start, mark_end=end), spans)
        if cue is not None:
            yield Candidate(start, end, "direct", "direct-block", cue=cue, speaker=speaker_of_cue(cue),
                            confidence=0.7)


def find_headline_claim(doc: Doc) -> Candidate | None:
    """'Roe: Budget Will Pass by Summer': headlines give a claim to the person named before a colon.
    Only a name the article gives a person ('Brexit: ...' or 'Poll: ...' names a topic or a
    source), or a title or body the article itself has speak or sets before a name ('Sheriff: Pickup
    crossed center line', over 'Sheriff Wade Kessler said'); and only a claim with a verb, to its
    first semicolon ('...; two students still hospitalized' is the desk's next item)."""
    text = text_of(doc)
    match = HEADLINE.match(text)
    if match is None or len(match.group("body").split()) < MIN_TURN_WORDS:
        return None
    label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
    body = doc.char_span(match.start("body"), match.end("body"), alignment_mode="expand")
    if label is None or body is None or not (_named_person(doc, label, after=match.end())
                                             or _speaking_title_or_body(doc, label, after=match.end())):
        return None
    end = match.end("body")
    semicolon = text.find(";", match.start("body"), end)
    if semicolon > 0:
        end = semicolon
        body = doc.char_span(match.start("body"), end, alignment_mode="contract")
    if body is None or not any(t.pos_ in ("VERB", "AUX") for t in body):
        return None
    if text[end - 1] in ".;":  # the headline's own full stop; a closing mark stays
        end -= 1
    return Candidate(match.start("body"), end, "indirect", "indirect-headline", speaker=label[-1], confidence=0.6)


def _named_person(doc: Doc, label: Span, after: int) -> bool:
    """The label's last word ends the name of a person the article itself names (after ``after``)."""
    surname = label[-1].text
    return any(e.label_ == "PERSON" and e[-1].text == surname and e.start_char >= after for e in doc.ents)


def _speaking_title_or_body(doc: Doc, label: Span, after: int) -> bool:
    """The label's last word, a common noun, is one the article (after ``after``) sets right before a
    person's name ('Sheriff Wade Kessler') or makes the subject of a speech verb ('state police said')."""
    word = label[-1]
    if word.ent_type_ == "PERSON" or not word.is_alpha:
        return False
    return any(t.lower_ == word.lower_ and t.idx >= after and t.ent_type_ != "PERSON" and (
        t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON" and doc[t.i + 1].ent_iob_ == "B"
        or t.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(t.head, strong_only=True)
        and t.head.lemma_.lower() not in WEAK_SPEECH_VERBS) for t in doc)


def _names_a_speaker(doc: Doc, match: re.Match) -> bool:
    """A label that is a name: written in capitals as transcripts do ('SMITH'), or a person the
    article names ('Jane Roe'); not a heading such as 'Update' or 'Photo'."""
    label = match.group("label")
    if label.isupper() and len(label) > 1:
        return True
    span = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
    if span is None:
        return False
    surname = span[-1].text
    return any(e.label_ == "PERSON" and e[-1].text == surname for e in doc.ents)


def _last_person_before(doc: Doc, char: int) -> Token | None:
    """The interviewee: the name that is the subject of the paragraph introducing the interview
    ('After the launch, Marchetti spoke with us ...'), else the last person named before it."""
    text = text_of(doc)
    intro_end = len(text[:char].rstrip())
    intro_start = text.rfind("\n", 0, intro_end) + 1
    intro = doc.char_span(intro_start, intro_end, alignment_mode="expand") or []
    subjects = [t for t in intro if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    people: list[Span] = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= char]
    return people[-1][-1] if people else None
