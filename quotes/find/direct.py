"""Quotes in quotation marks: whole direct quotes, and fragments woven into the writer's sentence.

A marked span is a direct quote when it stands where a sentence could start (paragraph start, after a
full stop, a colon, or a cue and a comma); otherwise it is a fragment inside someone's reported speech
(partial or mixed), or a scare quote / title, which is not a quote at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.find.candidates import Candidate
from quotes.find.cues import (
    JUDGING_CONTENT,
    LIST_BULLETS,
    NAMING_VERBS,
    SPEECH_ACT_NOUNS,
    is_quote_cue,
    is_speech_act,
    is_speech_verb,
    name_after_closing_mark,
    name_after_title_after_mark,
    subject_of,
    text_of,
)
from quotes.find.marks import MarkedSpan

SENTENCE_END = ".!?"
# How far from the marks a cue may sit: "...," Turkish Foreign Minister Hakan Fidan said
MAX_CUE_DISTANCE = 12
# Fragments this short, without a verb and without a cue, are scare quotes or names.
SCARE_QUOTE_MAX_WORDS = 4
# Nouns that introduce someone's words in apposition: 'the words, “...”', 'her message, “...”'.
WORDING_NOUNS = SPEECH_ACT_NOUNS | {"word", "line", "phrase", "slogan", "chant", "motto", "refrain", "sentence",
                                   "message"}


class TokenIndex:
    """Built once per doc: the text, character offset -> token index, and which characters lie
    inside quotation marks (Doc.text is rebuilt on every access, so it is read once here)."""

    def __init__(self, doc: Doc, spans: list[MarkedSpan] = ()):
        self.doc = doc
        self.text = text_of(doc)
        self._at = [0] * (len(self.text) + 1)
        position = 0
        for token in doc:
            end = token.idx + len(token.text_with_ws)
            for char in range(position, min(end, len(self._at))):
                self._at[char] = token.i
            position = end
        for char in range(position, len(self._at)):
            self._at[char] = len(doc) - 1 if len(doc) else 0
        self._quoted = bytearray(len(self.text) + 1)
        for span in spans:
            self._quoted[span.mark_start : span.mark_end] = b"\x01" * (span.mark_end - span.mark_start)

    def outside(self, token: Token) -> bool:
        """Is the token outside every pair of quotation marks?"""
        return not self._quoted[token.idx]

    def token_at(self, char: int) -> int:
        return self._at[min(max(char, 0), len(self._at) - 1)]


def paragraph_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end == -1 else end


# A name as a layout gives it (a sign-off, a transcript label): up to four capitalised words.
LAYOUT_NAME = r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}"
# A sign-off after a quote's closing mark: '” ― Jane Roe'.
SIGN_OFF = rf"[^\S\n]*[―—–][^\S\n]*(?P<name>{LAYOUT_NAME})[^\S\n]*[,.]?"
# The text before a quote mark ends with another quote and its sign-off.
SIGNED_OFF = re.compile(rf"[”\"’']{SIGN_OFF}$")


def starts_sentence(text: str, span: MarkedSpan, cue_before: bool) -> bool:
    """Does the opening mark stand where a sentence starts?"""
    para_start, _ = paragraph_bounds(text, span.open_mark)
    before = text[para_start : span.open_mark].rstrip()
    if not before or not before.strip("".join(LIST_BULLETS) + " \t"):
        return True  # (at the paragraph's start, after any bullet the list item opens with)
    last = before[-1]
    if last in SENTENCE_END + ":":
        return True
    if last in "”\"’'":  # right after another quote: "...,” she said. “Next ...”
        unquoted = before.rstrip("”\"’'")
        if unquoted and unquoted[-1] in SENTENCE_END + ",":
            return True
    # '“...” ― Jane Roe “...”': a quote signed off by its author; the next one starts afresh.
    if SIGNED_OFF.search(before):
        return True
    # '"...," he said, "..."': a comma after a cue.
    return last == "," and cue_before


def cue_after(doc: Doc, index: TokenIndex, span: MarkedSpan, spans: list[MarkedSpan]) -> Token | None:
    """A speech verb right after the closing mark, in the same sentence: '...,” X said.'"""
    first = _first_after_marks(doc, index, span)
    for token in doc[first : first + 3 * MAX_CUE_DISTANCE]:
        if not index.outside(token) or token.text == "\n" or "\n" in token.text:
            break
        if token.is_punct and token.text in SENTENCE_END and token.i > first:
            break
        if token.lower_ == "according" and first <= token.i <= first + 2:
            if speaker_of_cue(token) is not None:  # '“...,” according to Ms Roe.'
                return token
            continue
        if is_quote_cue(token):
            subject = subject_of(token)
            if subject is None or _subordinate(token):
                continue
            # Further away, only when the speaker opens the cue ('...,” X, a long title, said'),
            # however long the title before the name ('...,” Angolan Foreign Minister X, who ..., told',
            # '...,” the authority’s chief operating officer, Niamh Bell, said').
            if token.i - first < MAX_CUE_DISTANCE or first <= subject.i <= first + 4 \
                    or subject.pos_ in ("PROPN", "NOUN") and first <= _first_word(subject) <= first + 1 \
                    or name_after_closing_mark(token) is not None or name_after_title_after_mark(subject):
                return token
    return None


def _first_after_marks(doc: Doc, index: TokenIndex, span: MarkedSpan) -> int:
    """The first token after a quote's closing mark."""
    first = index.token_at(span.mark_end)
    while first < len(doc) - 1 and doc[first].idx < span.mark_end:
        first += 1
    return first


def _handed_to_cue_after(doc: Doc, index: TokenIndex, span: MarkedSpan, cue: Token) -> bool:
    """Whether a quote hands over to the cue after it: it ends with a comma, question mark or dash
    ('“...,” X said'), a comma or dash follows its closing mark, or the cue's clause starts right
    there ('“...” she said')."""
    if index.text[span.start : span.end].rstrip()[-1:] in ",?!-—–…":
        return True
    first = _first_after_marks(doc, index, span)
    if doc[first].text in (",", "-", "—", "–", "--"):
        return True
    subject = speaker_of_cue(cue)
    return first == cue.i or subject is not None and first in {t.i for t in subject.subtree}


def _first_word(phrase_head: Token) -> int:
    """Where a phrase's words begin (the parser can hang the quote's closing comma and mark on it)."""
    return next((t.i for t in phrase_head.subtree if not t.is_punct), phrase_head.i)


def speaker_of_cue(cue: Token) -> Token | None:
    """The speaker token of a direct quote's cue: the verb's subject, or the object of 'according to'."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is None and cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "to":
            to = cue.doc[cue.i + 1]
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return subject_of(cue)


def _subordinate(verb: Token) -> bool:
    """'“...,” when the senator criticized him': a verb in a clause opened by 'when', 'after', 'because'
    ... tells what happened, not who said the quote ('as he said' still does)."""
    # (not a word inside the quote the parser hung on the verb: '“This is not how ...,” X told')
    return any((c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB") and c.lower_ not in ("as", "that")
               and c.i < verb.i and not any(t.is_quote for t in verb.doc[c.i + 1 : verb.i]) for c in verb.children)


def cue_before(doc: Doc, index: TokenIndex, span: MarkedSpan, spans: list[MarkedSpan]) -> Token | None:
    """A speech verb before the opening mark, in the same sentence: 'X said: “...”', 'he added, “...”',
    or ending the paragraph before with a colon: 'X said:' / '“...”' (a block quote)."""
    text = index.text
    para_start, _ = paragraph_bounds(text, span.open_mark)
    last = index.token_at(span.open_mark) - 1
    if not text[para_start : span.open_mark].strip():
        before = text[:para_start].rstrip()
        if not before.endswith(":") or last < 0:
            return None
        # The introducing paragraph: search back from its colon.
        para_start, _ = paragraph_bounds(text, len(before) - 1)
        last = index.token_at(len(before) - 1)
    candidates = []
    for i in range(last, max(-1, last - 3 * MAX_CUE_DISTANCE), -1):
        token = doc[i]
        if token.idx < para_start or not index.outside(token):
            break
        if token.is_punct and token.text in SENTENCE_END:
            break
        if is_quote_cue(token) and subject_of(token) is not None:
            candidates.append(token)
    if not candidates:
        return None
    verb = candidates[0]  # nearest to the quote
    between = doc[verb.i + 1 : last + 1]
    # The verb must introduce the quote, not report something else earlier in the sentence.
    if any(is_speech_verb(t) for t in between):
        return None
    if len(between) and between[-1].text not in (":", ",") and len(between) > 3:
        return None
    # (nor when it reports a clause of its own before the marks, which go on with that clause: 'the
    # jury said footage showed X receiving a bottle, “in clear breach” of the rules')
    if any(c.dep_ == "ccomp" and verb.i < c.i <= last and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i
                                                              for g in c.children) for c in verb.children):
        return None
    return verb


def names_a_work(doc: Doc, index: TokenIndex, span: MarkedSpan) -> bool:
    """'his book, “Make Your Dog a Genius,”', 'on Channel 9’s “Early Edition”': words in title case
    right after the noun they name (or its possessor) are a title, not anyone's words."""
    words = [t for t in fragment_words(doc, index, span) if t.is_alpha]
    if words and words[0].is_title and all(t.is_title or t.is_upper for t in words if len(t) >= 4) \
            and _before_the_noun_it_names(doc, index, span, words):
        return True  # ('“Harbourside” creator Ana Roe': a title before the noun it qualifies)
    if len(words) < 2 or not words[0].is_title or all(t.is_upper for t in words):
        return False
    if not all(t.is_title or t.is_upper for t in words if len(t) >= 4):
        return False
    opening = index.token_at(span.mark_start)
    before = doc[opening - 1] if opening > 0 else None
    if before is not None and before.text == "," and opening > 1:
        before = doc[opening - 2]
        # ('added the words, “Hillary Clinton”': a noun of speech introduces what was said)
        return before.pos_ in ("NOUN", "PROPN") and before.ent_type_ != "PERSON" \
            and before.lemma_.lower() not in WORDING_NOUNS
    # ('called the plan “A Total Disaster”': the object of a characterisation is not named by it)
    # (nor is a name an adjective before the marks qualifies: 'a new “Kisan Samman Card”', 'the upcoming
    # single “Paper Crown”')
    return before is not None and (before.tag_ == "POS" or before.pos_ == "NOUN" and before.dep_ != "dobj"
                                   or before.dep_ == "amod" and span.start <= before.head.idx < span.end)


def _before_the_noun_it_names(doc: Doc, index: TokenIndex, span: MarkedSpan, words: list) -> bool:
    """Capitalised words in marks, with no verb, that qualify a common noun right after the closing
    mark ('“Harbourside” creator', 'the “Green Corridor” scheme')."""
    if not span.closed or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return False  # (a capitalised adjective alone may just open the sentence: '“Terrible” weather')
    after = index.token_at(span.mark_end - 1) + 1
    if after >= len(doc) or doc[after].pos_ != "NOUN" or not doc[after].text.islower():
        return False
    noun = doc[after]
    return all(t.head.i == noun.i or t.head.i in {w.i for w in words} for t in words) \
        and any(t.head.i == noun.i for t in words)


def find_marked_quotes(index: TokenIndex, spans: list[MarkedSpan]
                       ) -> tuple[list[Candidate], list[MarkedSpan], list[MarkedSpan]]:
    """Direct quotes among the marked spans, the fragments left for the caller, and the titles of
    works, which are neither."""
    doc = index.doc
    direct: list[Candidate] = []
    fragments: list[MarkedSpan] = []
    titles: list[MarkedSpan] = []
    text = index.text
    for k, span in enumerate(spans):
        if names_a_work(doc, index, span):
            titles.append(span)
            continue
        if k > 0 and direct and direct[-1].start == spans[k - 1].start and _translation_of(text, spans[k - 1], span):
            # ('“Wala na,” he said, which translates to “Nothing left.”': the speaker's own words, in
            # the article's language)
            direct.append(Candidate(span.start, span.end, "direct", "direct-translation", confidence=0.8,
                                    continues=True))
            continue
        before_cue = cue_before(doc, index, span, spans)
        if not starts_sentence(text, span, before_cue is not None):
            fragments.append(span)
            continue
        introduced = text[paragraph_bounds(text, span.open_mark)[0] : span.open_mark].rstrip().endswith(":")
        after_cue = cue_after(doc, index, span, spans)
        if (before_cue is not None or introduced) and text[span.start : span.end].rstrip()[-1:] in ".?!":
            # 'X said: “We are ready.” Y told reporters ...', 'Roe was blunt: “No.” Hill said ...': a
            # quote closed by a full stop has ended its sentence, so what introduced it wins over a
            # verb in the next sentence.
            after_cue = None
        elif before_cue is not None and after_cue is not None and not _handed_to_cue_after(doc, index, span, after_cue):
            # 'X said, “We will answer the claims” against what the office calls a smear': the quote
            # runs on into the writer's sentence, so a verb further on is not its cue.
            after_cue = None
        cue = after_cue or before_cue
        if cue is not None:
            rule = "direct-cue-after" if after_cue is not None else "direct-cue-before"
            direct.append(Candidate(span.start, span.end, "direct", rule, cue=cue,
                                    speaker=speaker_of_cue(cue), confidence=0.9))
        elif span.continued:
            # A later paragraph of a quote running over several: the attribution goes on.
            direct.append(Candidate(span.start, span.end, "direct", "direct-continued", confidence=0.9,
                                    continues=True))
        elif introduced and (label := _label_before(doc, index, span)) is not None:
            # '- Opposition leader Rafe Corrigan: “A dark day.”': a list of reactions, a headline
            direct.append(Candidate(span.start, span.end, "direct", "direct-layout", speaker=label, confidence=0.7))
        elif introduced and (introducer := _introducer(doc, index, span)) is not None:
            direct.append(Candidate(span.start, span.end, "direct", "direct-introduced", speaker=introducer,
                                    confidence=0.7))
        elif (later := _cue_further_on(doc, index, spans, k)) is not None:
            # '“We are not asking for revenge. / “If you were driving that car, call us,” Sofia Mendez
            # said.': a quote running over paragraphs names its speaker where it ends
            direct.append(Candidate(span.start, span.end, "direct", "direct-cue-later", cue=later,
                                    speaker=speaker_of_cue(later), confidence=0.8))
        elif looks_like_statement(doc, index, span):
            direct.append(Candidate(span.start, span.end, "direct", "direct-floating", confidence=0.65))
        else:
            fragments.append(span)
    return direct, fragments, titles


# What comes between a quote and its translation: '..., which translates to “...”', '..., meaning “...”'.
TRANSLATION = re.compile(r"(?:translat(?:es|ed|ing)|means|meaning)(?: roughly| loosely)?(?: as| to)?\s*$", re.I)


def _translation_of(text: str, original: MarkedSpan, span: MarkedSpan) -> bool:
    """Whether a marked span renders the quote right before it, in the same sentence and paragraph."""
    between = text[original.mark_end : span.mark_start]
    return original.closed and len(between) < 80 and "\n" not in between \
        and not any(c in between for c in ".!?") and TRANSLATION.search(between) is not None


def _cue_further_on(doc: Doc, index: TokenIndex, spans: list[MarkedSpan], k: int) -> Token | None:
    """The cue of a later paragraph of the quote that ``spans[k]`` opens and leaves unclosed."""
    while not spans[k].closed and k + 1 < len(spans) and spans[k + 1].continued:
        k += 1
        cue = cue_after(doc, index, spans[k], spans) or cue_before(doc, index, spans[k], spans)
        if cue is not None:
            return cue
    return None


# A label before a colon is a short name, not a clause.
MAX_LABEL_TOKENS = 8


def _label_before(doc: Doc, index: TokenIndex, span: MarkedSpan) -> Token | None:
    """The name that is all there is between the paragraph's start and the colon before the quote."""
    opening = index.token_at(span.open_mark)
    para_start = index.token_at(paragraph_bounds(index.text, span.open_mark)[0])
    label = doc[para_start : opening - 1]
    words = [t for t in label if not (t.is_punct or t.is_space)]
    if not words or doc[opening - 1].text != ":" or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    # '- Renata Solberg, mayor of Velmont: “...”': the name comes before the comma, the role after it
    comma = next((t.i for t in label if t.text == ","), None)
    if comma is not None:
        words = [t for t in words if t.i < comma]
    if not words or len(words) > MAX_LABEL_TOKENS:
        return None
    return words[-1] if words[-1].pos_ == "PROPN" else None


def _introducer(doc: Doc, index: TokenIndex, span: MarkedSpan) -> Token | None:
    """'Roe was unrepentant: “...”', 'The message from the school was blunt: “...”': with no speech
    verb, the subject of the clause that the colon ends introduces the quote, if it can speak."""
    colon = doc[index.token_at(span.open_mark) - 1] if index.token_at(span.open_mark) > 0 else None
    if colon is None or colon.text != ":":
        return None
    # The nearest clause before the colon that has a subject (the parser may hang that clause on
    # the quote after it).
    node = doc[colon.i - 1]
    while node.head.i != node.i and node.head.i < colon.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    subject = subject_of(node)
    if subject is None or subject.i > colon.i:
        return None
    if subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they") \
            or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subject.lemma_.lower() in WORDING_NOUNS:
        return subject
    # (or someone described, whom a 'who' clause marks as a person: 'A senior negotiator from one of
    # those countries, who was not authorised to speak publicly, was blunter: “...”')
    # (wherever in the subject's phrase the parser hung the clause)
    if subject.pos_ == "NOUN" and any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass")
                                                                   for g in c.children) for c in subject.subtree):
        return subject
    return None


def looks_like_statement(doc: Doc, index: TokenIndex, span: MarkedSpan) -> bool:
    """A quote without a cue is only a quote if it reads as a statement: a clause, not a name."""
    tokens = doc[index.token_at(span.start) : index.token_at(span.end - 1) + 1]
    words = [t for t in tokens if not t.is_punct]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    return has_verb and len(words) >= 3


def fragment_words(doc: Doc, index: TokenIndex, span: MarkedSpan) -> list[Token]:
    tokens = doc[index.token_at(span.start) : index.token_at(max(span.start, span.end - 1)) + 1]
    return [t for t in tokens if not t.is_punct]


def governing_speech_verb(doc: Doc, index: TokenIndex, span: MarkedSpan) -> tuple[Token, Token] | None:
    """The nearest speech verb above a fragment in the parse ('warned of “...”', 'urged “...”'),
    with the verb's dependent that holds the fragment."""
    words = fragment_words(doc, index, span)
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    for root in roots:
        node = root
        for _ in range(6):
            if node.head.i == node.i:
                break
            child, node = node, node.head
            if child.dep_ == "prep" and child.lower_ == "as":
                judging = _nearer_verb_taking_as(node, child)
                if judging is not None:
                    return judging, child
            if is_speech_act(node):
                if node.lemma_.lower() == "cite" and child.dep_ != "dobj":
                    return None  # ('cited his remarks as “...”': only what is cited is the citer's words)
                # (the speaker is not what is said: 'the great “pause” continued')
                return (node, child) if child.dep_ not in ("nsubj", "nsubjpass", "csubj") else None
    # ('who has called the drought “a slow-motion hurricane”': the parser can hang what a naming verb
    # calls its object anywhere; the words right after the object are what it is called)
    before = doc[index.token_at(span.mark_start) - 1] if index.token_at(span.mark_start) > 0 else None
    # (or its object the parser took for an object predicate: 'called the project “wildly out of scale”')
    if before is not None and before.dep_ in ("dobj", "oprd") and before.head.lemma_.lower() in NAMING_VERBS \
            and before.head.i < before.i and is_speech_act(before.head):
        return before.head, before
    return None


def _nearer_verb_taking_as(head: Token, as_phrase: Token) -> Token | None:
    """'proposed scrapping the cap, an idea Roe dismissed on Thursday as “not serious”': the parser
    can hang an 'as' phrase on a verb far before it; a verb of judging or naming that takes one, with
    none of its own, standing between them, is the one it belongs to."""
    doc = head.doc
    for token in reversed(doc[head.i + 1 : as_phrase.i]):
        if token.pos_ == "VERB" and ("as" in JUDGING_CONTENT.get(token.lemma_.lower(), ()) or token.lemma_.lower()
                                     in NAMING_VERBS) and is_speech_act(token) \
                and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            return token
    return None


def is_scare_quote(doc: Doc, index: TokenIndex, span: MarkedSpan) -> bool:
    words = fragment_words(doc, index, span)
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words)
    return len(words) <= SCARE_QUOTE_MAX_WORDS and not has_verb
