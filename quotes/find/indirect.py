"""Reported speech found through the dependency parse: 'X said (that) ...', '..., X said',
'according to X, ...', and participles ('saying ...', 'adding that ...') that inherit a subject."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from quotes.find.candidates import Candidate
from quotes.find.cues import (
    ADDRESSED_VERBS,
    BACKSHIFTED_AUXILIARIES,
    BODY_NAME_ENDINGS,
    DIRECTIVES,
    EVIDENCE_NOUNS,
    EVIDENTIAL_VERBS,
    INFINITIVE_NOUNS,
    LIGHT_VERBS,
    MARKET_NOUNS,
    NAMING_VERBS,
    NOUN_PREPOSITION_CONTENT,
    OBJECT_CUES,
    SPEECH_ACT_NOUNS,
    SPEECH_VERBS,
    TARGETED_VERBS,
    addressee_read_into_report,
    after_dateline,
    backshifted_with_the_report,
    complements_of,
    content_bounds,
    continues_outer_report,
    counts_people,
    cue_of_the_clause_before,
    cue_read_as_modifier_of_subject,
    has_person_noun_ending,
    inverted_after_its_report,
    is_age_epithet,
    is_negated,
    is_relative,
    is_speech_verb,
    main_verb_read_as_participle,
    one_more_of_those_before,
    preposition_content,
    put_it_to_clause,
    quantifier_as_pronoun,
    report_subject_read_as_cue_s,
    reported_object_of,
    reported_phrase_of,
    sentence_bounds,
    span_chars,
    speaker_read_as_apposition,
    stems_of_participle,
    subject_before_cue_read_as_adjective,
    subject_of,
    subject_read_as_object_of_conjunction,
    subjectless_with_auxiliary,
    text_of,
    that_clause_of,
    that_ends_subordinator,
)

MIN_CONTENT_TOKENS = 3


def find_reported_speech(doc: Doc, noun_phrase_contents: bool = False) -> Iterator[Candidate]:
    """Every reported-speech candidate in ``doc``. A content that is only a noun phrase ('cited [the
    ruling]', 'her criticism [of the plan]') names a speech act but reports no words, so it counts
    only when ``noun_phrase_contents`` asks for it."""
    for token in doc:
        if token.lower_ == "according":
            candidate = _according_to(token)
            if candidate is not None:
                yield candidate
        elif token.lower_ == "with":
            candidate = _with_someone_saying(token)
            if candidate is not None:
                yield candidate
        elif token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_ACT_NOUNS:
            candidate = _speech_noun(token, noun_phrase_contents)
            if candidate is not None:
                yield candidate
        elif _is_as_clause(token):
            candidate = _as_clause(token)
            if candidate is not None:
                yield candidate
        else:
            found = []
            if is_speech_verb(token):
                found = _speech_verb(token, weak=not is_speech_verb(token, strong_only=True),
                                     preposition_contents=noun_phrase_contents)
                yield from found
            if noun_phrase_contents and not found and token.pos_ == "VERB" and token.lemma_.lower() in OBJECT_CUES:
                candidate = _speech_act_object(token)
                if candidate is not None:
                    yield candidate


# How far after 'with' its speaker's participle can be: 'with the officer leading the inquiry warning'.
WITH_PARTICIPLE_WINDOW = 8


def _with_someone_saying(with_: Token) -> Candidate | None:
    """'..., with a magistrate warning that the next group should not expect leniency': 'with', a
    noun phrase and a participle of saying, whatever the parser made of it (often a noun, 'a
    magistrate warning'), report the 'that' clause after it, said by the noun phrase's person."""
    doc = with_.doc
    end = min(with_.i + WITH_PARTICIPLE_WINDOW + 1, len(doc))
    said = next((t for t in doc[with_.i + 2 : end] if t.text.endswith("ing") and t.text.islower()
                 and stems_of_participle(t.lower_) & SPEECH_VERBS), None)
    # (a participle read rightly, with its subject, is a cue like any other)
    if said is None or any(t.is_punct for t in doc[with_.i + 1 : said.i]) \
            or said.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
        return None
    clause = that_clause_of(said)
    speaker = next((t for t in doc[with_.i + 1 : said.i] if t.pos_ in ("NOUN", "PROPN")), None)
    if clause is None or speaker is None or speaker.lemma_.lower() in EVIDENCE_NOUNS \
            or speaker.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
        return None
    bounds = _before_another_report(clause, content_bounds(clause))
    if bounds is None or bounds[1] - bounds[0] < MIN_CONTENT_TOKENS:
        return None
    char_start, char_end = span_chars(doc, *bounds)
    return Candidate(char_start, char_end, "indirect", "indirect-with-participle", cue=said, speaker=speaker,
                     confidence=0.6)


def _object_of_its_own(verb: Token) -> Token | None:
    """'vows response', 'promises action': a common noun for no person as the verb's object after it,
    which is what the verb does, so the clause before it is not what it reports. (Whom a verb of
    telling addresses is no such object: 'told reporters', 'warned investors'.)"""
    if verb.lemma_.lower() in ADDRESSED_VERBS:
        return None
    # (nor whom a verb of charging or blaming has as its target: 'the commission his company charges app
    # developers', whatever the parser hung on it)
    targeted = verb.lemma_.lower() in TARGETED_VERBS or verb.lemma_.lower() == "charge"
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and c.pos_ == "NOUN"
                 and (targeted or c.text.islower() and not has_person_noun_ending(c.lemma_.lower()))), None)


def _thing_that_threatens(verb: Token) -> bool:
    """'a rift that threatens to complicate the talks', 'a strike that had threatened to shut down
    production': a thing that threatens or promises to do something, in a clause describing it, is
    likely to, and says nothing. (As a sentence's own verb it can be a body's threat: 'Universities
    threaten to dock pay'.)"""
    if verb.lemma_.lower() not in ("threaten", "promise") or verb.dep_ != "relcl":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    thing = verb.head
    return subject is not None and subject.tag_ == "WDT" and thing.pos_ == "NOUN" \
        and not has_person_noun_ending(thing.lemma_.lower()) and thing.lemma_.lower() not in BODY_NAME_ENDINGS


def _told_oneself(verb: Token) -> bool:
    """'she had told herself that ...': what one tells oneself is a thought, not speech."""
    return verb.lemma_.lower() == "tell" and any(
        c.dep_ in ("dobj", "dative") and c.lower_.endswith(("self", "selves")) for c in verb.children)


# Object pronouns: a clause whose subject is one is a small clause, with no tense of its own.
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _small_clause(clause: Token) -> bool:
    """'reported him missing': a clause whose subject is an object pronoun and which has no tense
    says what the verb's object is, not what anyone said."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in OBJECT_PRONOUNS and not _is_tensed(clause) \
        and not any(c.dep_ == "ccomp" and _is_tensed(c) for c in clause.children)


def _relative_reported_across_cue(clause: Token, verb: Token) -> tuple[int, int] | None:
    """'a move that officials said would benefit 18 lakh farmers': a relative pronoun the subject of a
    clause reported by a cue inside the relative clause; the report is the clause after the cue."""
    doc = clause.doc
    opener = doc[clause.left_edge.i]
    # (a 'that' the tagger took for a conjunction too, right after its noun: 'readings that the family’s
    # lawyers say should have triggered ...')
    relative = opener.tag_ in ("WDT", "WP") or opener.lower_ == "that" and opener.i > 0 \
        and doc[opener.i - 1].pos_ in ("NOUN", "PROPN")
    if verb.dep_ != "relcl" or not opener.i < verb.i < clause.i or not relative \
            or opener.dep_ not in ("nsubj", "nsubjpass") or opener.head.i != clause.i:
        return None
    end = _trim_end(doc, verb.i + 1, max(t.i for t in clause.subtree) + 1)
    return (verb.i + 1, end) if end > verb.i + 1 else None


def _relative_read_as_complement(clause: Token, verb: Token) -> bool:
    """'said Dr Ousmane, head of the centre that the aid group runs in the camp': a clause opened by a
    relative pronoun that is its object or subject, right after a noun, describes that noun; the
    parser can still hang it on the cue. (Not after the one the cue addresses: 'told reporters that
    was the end of it'.)"""
    doc = clause.doc
    opener = doc[clause.left_edge.i]
    # (or its relative subject, past the words before it that the parser hung on the clause too: 'In a
    # note titled “Lantern or Bust” that was sent to clients, X wrote that ...')
    opener = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                   and c.i < clause.i), opener)
    # (the noun can be a title in quote marks: 'an article headlined “Who Built It?” that drew on ...')
    before = opener.i - 1
    if before > 0 and doc[before].is_quote:
        before -= 1
        while before > 0 and doc[before].text in ("?", "!", ".", ","):
            before -= 1
    if not (opener.lower_ in ("that", "which", "who", "whom") and opener.head.i == clause.i
            and opener.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and opener.i > 0 and before >= 0
            and doc[before].pos_ in ("NOUN", "PROPN")):
        return False
    # (nor after where or how it was said: 'said outside the courthouse that ...')
    node = doc[before]
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return node.i != verb.i and node.head.i != verb.i


def _whose_clause_before_cue(clause: Token, verb: Token) -> bool:
    """'Sarah Roe, chair of the campaign, whose son is a chorister, said ...': the parser can take a
    'whose' clause on the subject, before the cue, for what was said. A clause whose subject 'whose'
    opens describes someone; it reports nothing."""
    return clause.i < verb.i and any(
        s.dep_ in ("nsubj", "nsubjpass") and any(c.tag_ == "WP$" for c in s.children) for s in clause.children)


def _subject_read_into_setting(verb: Token, clause: Token) -> int | None:
    """'said in a statement that claims worth Rs. 212 crore were being processed': the parser can read
    the 'that' and the clause's subject as a relative clause on the noun saying where it was said,
    leaving the clause without a subject. The report starts right after the 'that'."""
    for prep in verb.children:
        if prep.dep_ != "prep" or not verb.i < prep.i < clause.i:
            continue
        for noun in prep.children:
            relative = next((r for r in noun.children if r.dep_ == "relcl" and r.left_edge.lower_ == "that"
                             and r.right_edge.i + 1 == clause.left_edge.i), None) if noun.dep_ == "pobj" else None
            if relative is not None:
                return relative.left_edge.i + 1
    return None


# Words that open a rough count, which the parser can read as a preposition: 'about one in five'.
ROUGH_COUNT_WORDS = frozenset({"about", "around", "over", "under", "nearly", "almost", "roughly", "some",
                               "approximately"})


def _clause_under_opening_participle(complement: Token) -> Token | None:
    """'Excluded students who get a first dose can return after 72 hours, he said': the parser can
    take a participle opening the report's subject for the report's head, and the clause for its
    complement. The clause, with a subject of its own right after the participle, is the report."""
    inner = next((c for c in complement.children if c.dep_ == "ccomp" and c.i > complement.i), None)
    if complement.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in complement.children) \
            or inner is None or not _has_subject(inner):
        return None
    subject = next(c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass"))
    return inner if subject.left_edge.i == complement.i + 1 and subject.pos_ in ("NOUN", "PROPN") else None


def _counted_subject_read_as_preposition(verb: Token, clause: Token) -> int | None:
    """'She said about one in five samples tested ... had turned out to be ...': the parser can read a
    report's subject that opens with a rough count as a phrase of the cue, right before the clause it
    leaves without a subject. The report starts at the count."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if prep is None or prep.lower_ not in ROUGH_COUNT_WORDS or prep.right_edge.i + 1 != clause.left_edge.i:
        return None
    counted = any(t.dep_ in ("nummod", "quantmod") or t.like_num for t in prep.subtree if t.i != prep.i)
    return prep.i if counted else None


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    # (or a clause's verb the tagger took for a noun: 'At least one lives on a boat, she says')
    return any(t.pos_ in ("VERB", "AUX") or t.pos_ == "NOUN" and t.dep_ == "ccomp" for t in doc[start:end])


# Marks that can open a quote.
OPENING_MARKS = frozenset({'"', "“", "‘", "'"})


def _speech_verb(verb: Token, weak: bool = False, preposition_contents: bool = False) -> list[Candidate]:
    """Reported speech around one speech verb. A weak cue ('questioned', 'continued') only counts
    with a clausal complement of its own."""
    if _asked_in_passing(verb) or _asked_to_stay_unnamed(verb) or _told_oneself(verb):
        return []
    doc = verb.doc
    spans = []
    gapped = _report_with_gap_in_relative(verb)
    for complement in complements_of(verb) if gapped is None else ():
        if _small_clause(complement):
            continue  # ('reported him missing': what the object is, not what was said)
        if complement.i < verb.i and complement.right_edge.text == ":":
            continue  # ('The pattern is familiar: the rebels declared a truce ...': a colon opens what explains)
        if complement.i < verb.i and _object_of_its_own(verb) is not None:
            continue  # ('EU imposes tariffs on Chinese cars, Beijing vows response': a headline's two clauses)
        across = _relative_reported_across_cue(complement, verb)
        if across is not None:
            spans.append((across, "indirect-verb-complement"))
            continue
        if _relative_read_as_complement(complement, verb) or _whose_clause_before_cue(complement, verb):
            continue
        bounds = None
        if spans and (_word_cut_at_hyphen(complement, spans[-1][0]) or _phrase_set_off_after(complement, spans[-1][0])
                      or _clause_right_after_marks(complement, spans[-1][0])):
            # ('said investigators had cross-checked ...': the parser can cut a hyphenated verb in two;
            # 'said 17 homes had been broken into, most of them in the evening': and hang a phrase set
            # off at the report's end on the cue)
            bounds = _joined_to_last(spans, complement)
        elif _has_subject(complement):
            # (less the speaker the parser took into it: '..., the consortium, which builds it, said')
            bounds = _before_another_report(complement, _without_setting(
                verb, complement, content_bounds(complement, exclude=speaker_read_as_apposition(verb))))
            bounds = _before_trailing_report(complement, _after_relative_cue(verb, complement, bounds))
        elif (subject := _subject_taken_as_object(verb, complement)) is not None:
            subject_bounds, clause_bounds = content_bounds(subject), _before_another_report(
                complement, content_bounds(complement))
            if subject_bounds is not None and clause_bounds is not None:
                bounds = _after_body_addressed(verb, subject_bounds[0]), clause_bounds[1]
        elif (inner := _clause_under_opening_participle(complement)) is not None:
            clause_bounds = _before_another_report(inner, content_bounds(inner))
            if clause_bounds is not None:
                bounds = complement.i, clause_bounds[1]
        elif (start := _subject_read_into_setting(verb, complement)) is not None \
                or (start := _counted_subject_read_as_preposition(verb, complement)) is not None:
            clause_bounds = _before_another_report(complement, content_bounds(complement))
            if clause_bounds is not None:
                bounds = start, clause_bounds[1]
        elif spans and (_object_read_as_subjectless_clause(complement, spans[-1][0])
                        or _continues_subject_with_participle(complement, spans[-1][0])
                        or _shares_subject(complement, spans[-1][0])):
            # ('said he accepted the remorse was genuine': the parser can hang the inner clause's
            # verb on the cue and leave its subject as the object of the verb before it; 'said genetic
            # sequencing carried out at X showed ...': take a participle on the subject for the
            # clause's verb and hang the real one on the cue; 'said the bank would hold rates, would
            # review them in July and ...': one content)
            bounds = _joined_to_last(spans, complement)
        # else "which X indicated should ...": a relative clause, its subject is elsewhere
        if bounds is not None:
            spans.append((bounds, "indirect-verb-complement"))
    if spans:
        spans[-1] = (_report_going_on_on_the_cue(verb, spans[-1][0]), spans[-1][1])
    addressee = addressee_read_into_report(verb)
    if addressee is not None:  # ('told [jurors] Arbor's rules nearly sank them': whom it was told to)
        spans = [((start + 1 if start == addressee.i else start, end), rule) for (start, end), rule in spans]
    # (the complements are pieces of one report the parser cut up, whatever each was taken for)
    spans = _clause_split_into_complements(verb) or spans
    if gapped is not None:
        bounds = content_bounds(gapped)
        spans = [(bounds, "indirect-verb-complement")] if bounds is not None else []
    elif not spans:
        spans = (_misparsed_clauses(verb) or _report_subject_read_as_second_subject(verb)
                 or _clause_under_relative(verb) or _put_to(verb)
                 or _clause_after_setting(verb) or _unlinked_content_before(verb) or _report_before_inverted_cue(verb)
                 or _report_read_as_relative(verb) or _tensed_clause_read_as_complement(verb)
                 or _clause_split_at_its_modal(verb) or _clause_after_misread_that(verb)
                 or _report_with_aside_read_as_adverbial(verb) or _counted_report_read_as_adverbial(verb)
                 or _clause_read_as_modifier_of_object(verb) or _clause_folded_into_object(verb)
                 or _object_before_subjectless_clause(verb)
                 or _report_holding_its_speaker(verb)
                 or _report_before_quoted_as_saying(verb) or _report_hung_on_the_speaker(verb)
                 or _report_of_cue_read_as_modifier(verb) or _report_after_cue_read_as_adjective(verb))
    if spans:
        spans += _that_clause_joined_to_the_cue(verb)
    if not spans:
        spans = _directive_read_as_relative(verb)
    if not spans:
        # (a weak cue reports only a directive's infinitive: 'called on the council [to act]'; what
        # follows a preposition, 'accused the firm [of allowing ...]', 'warned [against any rush ...]',
        # names what was said the way a noun phrase does, so it counts only with noun-phrase contents)
        phrase = reported_phrase_of(verb, infinitive_only=weak or not preposition_contents)
        if phrase is not None and not _thing_that_threatens(verb):
            bounds = content_bounds(phrase, exclude=_speech_participle_after_comma(phrase))
            if bounds is not None:
                spans.append((bounds, "indirect-verb-phrase"))
    # (a naming verb names what it takes as object, and a judging one judges it; neither reports the
    # clause it hangs on: '..., the presenter fans have dubbed “the Queen of Mornings”', '..., a
    # provision Rep. Roe derided as “corporate welfare”')
    clause = verb.head
    # ('The real change, she told me, is that ...': the parser can hang the cue on the subject it
    # interrupts)
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("nsubj", "nsubjpass") and clause.i < verb.i < clause.head.i:
        clause = clause.head
    # ('Though the handover went smoothly, he said, a second one would not': or on the opening
    # clause, when the sentence's main clause follows the cue; the content is the whole sentence)
    elif clause.dep_ == "advcl" and clause.i < verb.i < clause.head.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    # ('Policymakers are divided over ..., five sources said, with several worried that ...': or on a
    # clause trailing the report, which goes on past the cue; the report is the main clause before it)
    elif clause.dep_ == "advcl" and clause.head.i < verb.i < clause.i and clause.head.pos_ in ("VERB", "AUX") \
            and not is_speech_verb(clause.head) and _set_off_by_commas(verb) and not spans:
        bounds = content_bounds(clause.head, exclude=clause)
        if bounds is not None and bounds[1] <= verb.left_edge.i:
            spans.append((bounds, "indirect-cue-after"))
    # (only a tensed cue: 'The governors traded barbs, each one boasting of a record' is no report)
    if not spans and not weak and verb.lemma_.lower() not in NAMING_VERBS | TARGETED_VERBS and _finite(verb) \
            and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ) and (clause.pos_ in ("VERB", "AUX") and (not is_speech_verb(clause) or cue_of_the_clause_before(verb))
           and _finite(clause) or _verb_read_as_modifier(clause, verb)
           or _clause_under_opening_participle(clause) is not None):
        if _set_off_by_commas(verb):
            # "Most of it, she admits, could still go wrong": the cue sits inside its content.
            found = _around_inside_cue(clause, verb)
            if found is not None:
                spans.append(found)
        elif verb.head.i < verb.i and _comma_before_cue(verb) and not any(
                c.dep_ == "mark" and c.lower_ in TIME_AND_CAUSE_MARKS for c in [*verb.children, *verb.head.children]):
            # "The talks will be very difficult, he said": the parser hangs the cue off the content.
            # (not a clause of time or cause, on either: '..., six days after a first bid was dismissed by
            # X'; 'When the doctor put up a slide ..., one woman shouted, “Liar!”')
            bounds = content_bounds(verb.head, exclude=verb)
            # (however the parser read the word opening it)
            if bounds is not None and doc[bounds[0]].lower_ not in TIME_AND_CAUSE_MARKS:
                spans.append((bounds, "indirect-cue-after"))
    speaker = _speaker_of(verb)
    if speaker is None:
        return []
    candidates = []
    for (start, end), rule in sorted(spans):
        if (end - start < MIN_CONTENT_TOKENS and not _bare_commitment(verb, start, end, rule)) \
                or not _has_verb(doc, start, end):
            continue
        if end - start >= 2 and doc[end - 1].text in OPENING_MARKS and doc[end - 2].text == ":":
            continue  # ('What they're saying: “...,” said X': a label before a quote, which is the report)
        if doc[start].tag_ in ("VBN", "VBD") and doc[start].lemma_.lower() in ASKING_VERBS \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[start].children):
            continue  # '[Asked whether she would open another], she laughs': what she was asked
        if start <= speaker.i < end and rule != "indirect-cue-inside":
            continue
        if _absolute_of_manner(doc, start, end):
            continue  # ('Peña told councillors, her voice breaking': how she spoke, not what)
        if start >= 2 and that_ends_subordinator(doc[start - 1]):
            continue  # ('promised £900,000 on condition that ...': on what terms, not what was said)
        char_start, char_end = span_chars(doc, start, end)
        candidates.append(Candidate(char_start, char_end, "indirect", rule, cue=verb, speaker=speaker, confidence=0.75))
    return candidates


def _around_inside_cue(clause: Token, verb: Token) -> tuple[tuple[int, int], str] | None:
    """The content around a cue set off by commas inside it. A participle after the cue that says how
    the speaker spoke ('..., one of them said, asking not to be named') is the speaker's, not the
    content's; with nothing else after the cue, the cue ends the content."""
    doc = verb.doc
    manner = next((c for c in clause.children if c.i > verb.i and c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   and doc[c.left_edge.i - 1].text == ","), None)
    bounds = content_bounds(clause, exclude=manner)
    if bounds is None or manner is None:
        return (bounds, "indirect-cue-inside") if bounds is not None else None
    cue_start, cue_end = min(t.i for t in verb.subtree), max(t.i for t in verb.subtree) + 1
    if any(not (t.is_punct or t.is_space) for t in doc[cue_end : bounds[1]]):
        return bounds, "indirect-cue-inside"
    return (bounds[0], _trim_end(doc, bounds[0], cue_start)), "indirect-cue-after"


# What a source asks be done with their name.
NAMING_TERMS = frozenset({"use", "publish", "print", "give", "withhold", "disclose", "reveal", "omit", "change"})


def _asked_to_stay_unnamed(verb: Token) -> bool:
    """'a trader, who asked that her name not be used, said ...': the terms a source gave for
    speaking, as with 'asked not to be named', not something they reported; so is how much of the
    name may be given ('asked that only his first name, Rafiq, be used', 'that his name be withheld')."""
    return verb.lemma_.lower() in ("ask", "request") and any(
        any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("name", "identity") for c in clause.children)
        and (any(c.dep_ == "neg" for c in clause.children) or clause.lemma_.lower() in NAMING_TERMS)
        for clause in complements_of(verb))


# Verbs of putting a question to someone, whose participle says what they were asked.
ASKING_VERBS = frozenset({"ask", "question", "press"})
# Words that open what someone was asked: 'asked whether ...', 'asked about ...'.
ASKED_ABOUT = frozenset({"whether", "if", "about", "what", "why", "how", "when", "who", "where", "for", "on"})


def _asked_in_passing(verb: Token) -> bool:
    """'Calloway, asked whether she would delay it, said only ...': a participle set off by commas
    between a subject and its verb, or opening the sentence, says what the subject was asked, not
    what they said."""
    doc = verb.doc
    # (a comma never parts a subject from its verb: 'Calloway, asked ...' is a parenthesis, however parsed)
    if verb.lemma_.lower() not in ASKING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    # ('Asked by reporters whether she would ..., Haddix said only ...': an opening participle, even
    # with the askers named, is the question the answer that follows was given to)
    if verb.i == sentence_bounds(verb)[0] and verb.dep_ in ("advcl", "ccomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return True
    # (past where and when it was asked: 'Ibarra, asked at the finish whether ...')
    k = verb.i + 1
    while k < len(doc) and (setting := next((c for c in verb.children if c.dep_ == "prep" and c.i == k
                                             and c.lower_ not in ASKED_ABOUT), None)) is not None:
        k = setting.right_edge.i + 1
    return verb.i > 1 \
        and k < len(doc) and doc[k].lower_ in ASKED_ABOUT \
        and doc[verb.i - 1].text == "," and doc[verb.i - 2].pos_ in ("PROPN", "NOUN", "PRON") \
        and verb.dep_ != "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and subject_read_as_object_of_conjunction(verb) is None \
        and not any(c.dep_ == "mark" for c in verb.children)  # ('after the pastor, X, asked why': a clause)


def _is_as_clause(verb: Token) -> bool:
    """'as the mayor noted', 'as one adviser put it', 'as reported by the Times': a speech verb in an
    'as' clause with no content of its own, so what it reports is the clause it hangs on."""
    if verb.dep_ != "advcl" or _as_clause_host(verb).pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    # (nor one whose passive subject is what was spoken of: 'walked out as the prize was announced' is
    # a time, where 'as was announced' or 'as it was reported' stands for the clause it hangs on)
    if any(c.dep_ == "nsubjpass" and c.lower_ not in ("it", "what") for c in verb.children):
        return False
    # (a weak cue needs a clause or a colon of its own, which an 'as' clause never has: 'as the
    # tremors continued' is time going on)
    return is_speech_verb(verb, strong_only=True) and all(
        c.lower_ == "it" for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "dative")) and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "about", "of", "against", "with") for c in verb.children)


def _as_clause_host(verb: Token) -> Token:
    """The clause an 'as' clause reports; the parser may hang it on that clause's subject."""
    head = verb.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head.head
    return head


def _as_clause(verb: Token) -> Candidate | None:
    head = _as_clause_host(verb)
    cue = [t.i for t in verb.subtree]
    # (a conjunction opening the sentence is no part of the clause around the cue: 'But as X put it, ...')
    subtree = [t.i for t in head.subtree if not t.is_punct and not (t.dep_ == "cc" and t.i < min(cue))]
    if min(subtree) < min(cue) and max(cue) < max(subtree):
        bounds = content_bounds(head)  # 'The plan, as she put it, is dead': the cue stays inside
    else:
        bounds = _rest_of_sentence_after(verb) or content_bounds(head, exclude=verb)
    # Only the clause's own subject or agent: the head's subject belongs to the content ('the plan
    # failed, as predicted').
    speaker = _speaker_of(verb) if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) else None
    if bounds is None or speaker is None or bounds[0] <= speaker.i < bounds[1] and min(cue) <= bounds[0]:
        return None
    start, end = bounds
    if end - start < MIN_CONTENT_TOKENS or not _has_verb(verb.doc, start, end):
        return None
    char_start, char_end = span_chars(verb.doc, start, end)
    return Candidate(char_start, char_end, "indirect", "indirect-as-cue", cue=verb, speaker=speaker, confidence=0.7)


def _rest_of_sentence_after(verb: Token) -> tuple[int, int] | None:
    """'But as one fund manager put it, a bank can look brilliant until the moment it does not': an
    'as' clause opening its sentence, set off by a comma, reports all the rest of the sentence,
    however the parser split it."""
    doc = verb.doc
    start, end = sentence_bounds(verb)
    cue = sorted(t.i for t in verb.subtree)
    comma = cue[-1] + 1
    if comma >= end or doc[comma].text != "," or any(t.pos_ not in ("CCONJ", "ADV") for t in doc[start : cue[0]]):
        return None
    while end > comma + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (comma + 1, end) if end > comma + 1 else None


def _directive_read_as_relative(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'urged anyone with information about the shooting to call the tip line': the parser can hang
    what was urged on a noun at the end of a long addressee, as if it said what that noun is for, or
    on the verb as a purpose ('urged residents of the valley to stay indoors'). With no other
    content, the infinitive is what was urged, as it is in 'urged residents to leave'."""
    if verb.lemma_.lower() not in DIRECTIVES or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return []
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if addressee is None or not (addressee.ent_type_ == "PERSON" or addressee.tag_ in ("NNS", "NNPS", "PRP")
                                 or addressee.lower_ in ("anyone", "anybody", "everyone", "everybody", "someone")):
        return []
    # (the addressee's phrase, and the phrases after it that the parser hung on the verb instead)
    after = [addressee] + [c for c in verb.children if c.dep_ == "prep" and c.i > addressee.i]
    last = addressee.right_edge.i
    for phrase in after[1:]:
        if phrase.left_edge.i != last + 1:
            break
        last = phrase.right_edge.i
    infinitive = next((t for t in verb.doc[addressee.i : last + 1] if t.dep_ in ("relcl", "acl") and t.tag_ == "VB"
                       and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)), None)
    if infinitive is None:
        infinitive = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB"
                           and c.left_edge.i == last + 1
                           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        last = infinitive.right_edge.i if infinitive is not None else last
    if infinitive is None or infinitive.right_edge.i != last:
        return []
    return [((infinitive.left_edge.i, last + 1), "indirect-verb-phrase")]


def _absolute_of_manner(doc: Doc, start: int, end: int) -> bool:
    """'her voice breaking', 'his hands shaking': a possessive, a noun and a word in '-ing', with no
    tensed verb, says how someone spoke."""
    words = doc[start:end]
    return 3 <= len(words) <= 5 and words[0].tag_ == "PRP$" and words[-1].lower_.endswith("ing") \
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)


def _report_after_cue_read_as_adjective(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'Douglas Hughes, a spokesman for the group, insisted residents had never opposed ...': the
    parser can read a past-tense cue after a subject set off by commas as an adjective on the noun
    after it, and that noun's verb as the sentence's. The report runs from that noun to the end."""
    if subject_before_cue_read_as_adjective(verb) is None:
        return []
    doc = verb.doc
    end = _trim_end(doc, verb.i + 1, sentence_bounds(verb)[1])
    return [((verb.i + 1, end), "indirect-verb-complement")] if end > verb.i + 2 else []


def _misparsed_clauses(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """A reported clause the parser took for an adverbial one: 'said after the vote he would
    resign', 'tweeted overnight that ...', 'The top tenth paid 30 percent, the office said'. Only a
    clause with a subject of its own and no subordinating word but 'that' ('said, because ...' and
    'said when ...' are adverbials)."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        if any(c.dep_ in ("mark", "advmod") and c.lower_ != "that" and c.i < clause.i
               and (c.dep_ == "mark" or c.tag_ == "WRB") for c in clause.children):
            continue
        if clause.i < verb.i:
            last = max(t.i for t in clause.subtree)
            if verb.doc[last].text != "," and (last + 1 >= len(verb.doc) or verb.doc[last + 1].text != ","):
                continue
            bounds = content_bounds(clause)
            rule = "indirect-cue-after"
        else:
            bounds = _without_setting(verb, clause, content_bounds(clause))
            rule = "indirect-verb-complement"
        if bounds is not None:
            found.append((bounds, rule))
    return found


# Verbs of thinking take a clause of their own ('the figures that she believes were inflated').
THINKING_VERBS = frozenset({"think", "believe", "know", "expect", "hope", "fear", "suspect", "feel", "assume",
                            "suppose", "understand", "realise", "realize", "find", "show", "estimate", "reckon"})


def _clause_split_into_complements(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'The centre said heavy to very heavy rain was likely': the parser can cut a report whose
    subject it misread into complements of the cue, side by side, none with a subject of its own;
    together, from right after the cue, with a tensed verb among them, they are one report."""
    # (a gerund opening it can be read as the cue's own complement: 'said tracking indirect suppliers
    # — the farms that ... — was a challenge')
    parts = sorted((c for c in verb.children if c.i > verb.i and (
        c.dep_ == "ccomp" or c.dep_ == "xcomp" and c.tag_ == "VBG")), key=lambda c: c.i)
    subjects = ("nsubj", "nsubjpass", "expl", "csubj")
    if len(parts) < 2 or parts[0].left_edge.i != verb.i + 1 \
            or any(g.dep_ in subjects or g.dep_ == "mark" for c in parts for g in c.children) \
            or any(b.left_edge.i != a.right_edge.i + 1 for a, b in zip(parts, parts[1:])) \
            or not any(c.tag_ in ("VBD", "VBZ", "VBP") for c in parts):
        return []
    start, end = verb.i + 1, parts[-1].right_edge.i + 1
    end = _trim_end(verb.doc, start, end)
    return [((start, end), "indirect-verb-complement")] if end - start >= MIN_CONTENT_TOKENS else []


def _that_clause_joined_to_the_cue(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'The bank said stress was rising, but that arrears remained low': the parser can join a second
    report to the cue itself, and read its 'that' as a determiner; opened by 'that', with a subject of
    its own, it is another report of the same cue."""
    found = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX") or not _has_subject(conj):
            continue
        first = next((t for t in conj.subtree if not t.is_punct and t.dep_ != "cc"), None)
        if first is None or first.lower_ != "that":
            continue
        bounds = content_bounds(conj)
        if bounds is not None and conj.doc[bounds[0]].lower_ == "that":
            bounds = bounds[0] + 1, bounds[1]
        if bounds is not None:
            found.append((bounds, "indirect-verb-complement"))
    return found


def _report_subject_read_as_second_subject(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """The report whose subject the parser made the cue's (see ``report_subject_read_as_cue_s``):
    that noun's phrase, its verb read as a participle and all."""
    subject = report_subject_read_as_cue_s(verb)
    bounds = content_bounds(subject) if subject is not None else None
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _clause_under_relative(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'said the towns that critics mention had recovered': after a subject with a relative clause
    the parser may make the subject the cue's object and hang the reported clause's verb on the
    relative one ('told the workers who came that ...' likewise hangs what they were told there).
    Only when the relative verb is not one that takes a clause itself ('the claims that he said
    were false' is a noun phrase), and the tensed verb hung on it ends the object."""
    addressed = verb.lemma_.lower() in ADDRESSED_VERBS
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        end = max(t.i for t in obj.subtree)
        for relative in obj.subtree:
            if relative.dep_ != "relcl" or is_speech_verb(relative) or relative.lemma_.lower() in THINKING_VERBS:
                continue
            for clause in relative.children:
                if clause.dep_ not in ("ccomp", "xcomp") or clause.i < relative.i or not _is_tensed(clause) \
                        or max(t.i for t in clause.subtree) != end:
                    continue
                if addressed:
                    # 'told the workers who came that the plant would stay open': the object is
                    # the one addressed, and only a that-clause is what they were told
                    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                        continue
                    bounds = content_bounds(clause)
                else:
                    bounds = content_bounds(obj)
                return [(bounds, "indirect-verb-complement")] if bounds is not None else []
    return []


def _tensed_clause_read_as_complement(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'told the court Vance, who had kept the books since 2014, moved money ...': with no 'that',
    the parser can take the reported clause's subject for the cue's object and its tensed verb for a
    complement of the cue. A complement has no tense of its own, so a tensed one is the report, from
    its subject on (after 'told', from the name that follows the one addressed)."""
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.tag_ in ("VBD", "VBZ")
                   and not any(g.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for g in c.children)), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i and clause is not None
                and c.i < clause.i), None)
    if obj is None:
        return []
    start = obj.left_edge.i
    if verb.lemma_.lower() in ADDRESSED_VERBS:
        # ('the court' before 'Vance', which the parser joined into one noun phrase, is who was told)
        start = next((t.i for t in obj.subtree if t.pos_ == "PROPN" and t.i > start and t.i <= obj.i
                      and obj.doc[t.i - 1].pos_ == "NOUN"), None)
        if start is None:
            return []
    end = _trim_end(obj.doc, start, clause.right_edge.i + 1)
    return [((start, end), "indirect-verb-complement")] if end - start >= 3 else []


def _report_with_aside_read_as_adverbial(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'He said the case fatality rate, at 1.6 percent, remained above ...': with an aside set off by
    commas after the reported clause's subject, the parser can take the subject for the cue's object,
    and the clause for a clause of the cue with no subject (the aside hung on either). A tensed one
    right after the aside is the report, from its subject on."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
                   and c.tag_ in ("VBD", "VBZ", "VBP")
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and clause is not None and verb.i < c.i < clause.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return []
    opening, closing = obj.right_edge.i + 1, clause.i - 1
    while closing > opening and doc[closing].text != ",":
        closing -= 1
    aside = doc[opening + 1 : closing]
    # (a phrase of its own, opened by a preposition, with no verb: not a clause set off)
    if doc[opening].text != "," or closing <= opening + 1 or aside[0].pos_ != "ADP" \
            or any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in aside) \
            or clause.left_edge.i not in (opening + 1, closing + 1):
        return []
    bounds = _before_another_report(clause, (obj.left_edge.i, _trim_end(doc, obj.left_edge.i, clause.right_edge.i + 1)))
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


# Conjunctions opening a clause of time, cause or concession, which says when or why, never what was said.
TIME_AND_CAUSE_MARKS = frozenset({"after", "before", "when", "whenever", "while", "since", "until", "till", "once",
                                  "because", "although", "though", "if", "unless"})


def _counted_report_read_as_adverbial(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'Savenko said about half of the city had power again': the parser can read the rough count
    opening a report's subject as a conjunction, and the report as a clause of the cue's. A tensed
    clause right after the cue, opened by such a word before a count, is the report."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
                   and c.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.i == verb.i + 1), None) \
        if clause is not None else None
    if mark is None or mark.lower_ not in ROUGH_COUNT_WORDS or mark.i + 1 >= len(doc):
        return []
    count = doc[mark.i + 1]
    if not (count.like_num or count.lower_ in COUNT_NOUNS or count.lower_ in ("a", "one") and mark.i + 2 < len(doc)
            and doc[mark.i + 2].lower_ in COUNT_NOUNS):
        return []
    bounds = _before_another_report(clause, (mark.i, _trim_end(doc, mark.i, clause.right_edge.i + 1)))
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


# Nouns for a share of a whole or a round number, which open a rough count: 'about half of the city'.
COUNT_NOUNS = frozenset({"half", "third", "quarter", "fifth", "tenth", "dozen", "hundred", "thousand", "million",
                         "billion"})


def _clause_split_at_its_modal(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'arguing full-time custody would make it impossible ...': the parser can take the reported
    clause's subject for the cue's object and hang its verb, after a modal, elsewhere. An object
    followed right away by a modal and a verb with no subject of its own is that verb's subject."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or verb.lemma_.lower() in ADDRESSED_VERBS:
        return []
    after = obj.right_edge.i + 1
    # (past a phrase the parser hung on the cue that goes on the object: 'insisted the siren on the
    # water tower | near his home | had been broken')
    while after < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i == verb.i:
        after = doc[after].right_edge.i + 1
    # (or a tensed auxiliary: 'had been broken', 'was closing')
    tensed = after < len(doc) and (doc[after].tag_ == "MD" or doc[after].dep_ in ("aux", "auxpass")
                                   and doc[after].lemma_ in ("have", "be") and doc[after].tag_ in ("VBD", "VBZ", "VBP"))
    if not tensed:
        return []
    clause = doc[after].head
    if clause.i <= after or clause.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
            or doc[after].tag_ != "MD" and not (clause.head.i == verb.i and clause.dep_ in ("advcl", "ccomp", "dep", "conj")):
        return []
    return [((obj.left_edge.i, _trim_end(doc, after, clause.right_edge.i + 1)), "indirect-verb-complement")]


# What 'say' takes as its object when it is no clause: 'said a prayer', 'said the words printed on the card'.
SAID_THINGS = frozenset({"word", "prayer", "goodbye", "hello", "thing", "something", "nothing", "anything", "grace",
                         "mass", "line", "name", "vow", "farewell"})


def _clause_read_as_modifier_of_object(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'said about 30 hours of tape survived in his attic, and that ...': the parser can take the
    reported clause's subject for the cue's object and its past-tense verb for a modifier of it. A
    verb in the past with no subject of its own that ends the object of a cue whose object is not
    what was said is the report, and so is a 'that' clause joined to the cue after it."""
    doc = verb.doc
    if verb.lemma_.lower() in ADDRESSED_VERBS | OBJECT_CUES:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                and c.lemma_.lower() not in SAID_THINGS), None)
    # (a past participle too after 'say', which seldom takes an object but what was said, and those
    # are left out above; not in a headline, which drops a passive's 'were': 'Army says four soldiers
    # killed')
    tags = ("VBD", "VBN") if verb.lemma_.lower() == "say" and sentence_bounds(verb)[0] > 0 else ("VBD",)
    # (or of a noun in the object's phrase: 'said the improvement in margins owed more to ...')
    clause = next((c for c in obj.subtree if c.dep_ == "acl" and c.tag_ in tags and c.i > obj.i
                   and (c.head.i == obj.i or c.head.dep_ == "pobj" and c.head.head.head.i == obj.i)
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for g in c.children)),
                  None) if obj is not None else None
    if clause is None or clause.right_edge.i != obj.right_edge.i:
        return []
    found = [((obj.left_edge.i, _trim_end(doc, obj.left_edge.i, clause.right_edge.i + 1)), "indirect-verb-complement")]
    for joined in verb.children:
        # (an opening 'that' makes it a clause of its own: see ``_has_subject``)
        if joined.dep_ == "conj" and joined.i > clause.i and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                 for c in joined.children):
            bounds = content_bounds(joined)
            if bounds is not None:
                found.append((bounds, "indirect-verb-complement"))
    return found


def _clause_folded_into_object(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'said the bloc had limited leverage over ...': the parser can read a clause's tensed auxiliary
    and participle as modifiers of its object ('had limited' on 'leverage'), leaving the whole clause
    as the cue's object. An object that holds a subject with a tensed verb of its own is a clause."""
    if verb.lemma_.lower() in ADDRESSED_VERBS | OBJECT_CUES | NAMING_VERBS:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                and c.lemma_.lower() not in SAID_THINGS), None)
    if obj is None:
        return []
    # (the subject opens the object, and its verb sits inside it: 'the bloc | had')
    inside = {t.i for t in obj.subtree}
    # (after its 'that': 'insisted that waiting would have | cost clubs their window', 'cost' taken for a noun)
    that = obj.left_edge if obj.left_edge.lower_ == "that" and obj.left_edge.dep_ == "mark" else None
    opening = obj.left_edge.i + (that is not None)
    # (a past tense the tagger took for a participle too, with a subject and no auxiliary of its own:
    # 'says the collapse | erased retirement savings')
    subject = next((t for t in obj.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == opening
                    and t.head.i in inside and t.head.i != obj.i and (t.head.tag_ in ("VBD", "VBZ", "VBP", "MD")
                    or t.head.tag_ == "VB" and any(c.tag_ == "MD" for c in t.head.children)
                    or t.head.tag_ == "VBN" and t.dep_ == "nsubj"
                    and not any(c.dep_ in ("aux", "auxpass") for c in t.head.children))
                    and not is_relative(t)), None)
    if subject is None:
        return []
    bounds = content_bounds(obj)
    if bounds is not None and that is not None:
        bounds = (opening, bounds[1])
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _object_before_subjectless_clause(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'said about 150 tour groups, carrying 4,500 travellers, had been cancelled', 'saying winds
    across the city were expected to strengthen': the parser can take the reported clause's subject
    for the cue's object and hang the clause's verb elsewhere, with no subject. The next tensed verb
    after the object, with no subject of its own and no other tensed verb before it, is the clause's."""
    doc = verb.doc
    if verb.lemma_.lower() in ADDRESSED_VERBS | OBJECT_CUES | NAMING_VERBS:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "NUM")
                and c.lemma_.lower() not in SAID_THINGS), None)
    if obj is None:
        return []
    end = sentence_bounds(verb)[1]
    for token in doc[obj.right_edge.i + 1 : end]:
        if token.pos_ == "CCONJ":
            return []  # ('reported weaker sales and warned that ...': a verb after 'and' goes on with the cue's subject)
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass") or token.tag_ in ("VBG", "VB", "TO"):
            continue
        tensed = token.tag_ in ("VBD", "VBZ", "VBP") or token.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in token.children)
        if not tensed:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in token.children) or token.dep_ == "relcl" \
                or token.is_ancestor(verb):
            return []
        return [((obj.left_edge.i, _trim_end(doc, obj.left_edge.i, token.right_edge.i + 1)), "indirect-verb-complement")]
    return []


def _clause_after_misread_that(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'Feldt warned that the time savings could erode ...': the parser can take the 'that' for the
    cue's object and scatter the clause after it. Right after the cue, with no clause hung on the cue,
    'that' and a clause with a subject and a tensed verb to the end of the sentence are the report."""
    doc = verb.doc
    that = verb.i + 1
    if that >= len(doc) or doc[that].lower_ != "that" or doc[that].dep_ == "mark" \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []
    end = _trim_end(doc, that, sentence_bounds(verb)[1])
    words = doc[that + 1 : end]
    if not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in range(that + 1, end) and _is_tensed(t.head)
               for t in words):
        return []
    return [((that + 1, end), "indirect-verb-complement")]


def _speech_participle_after_comma(head: Token) -> Token | None:
    """', arguing ...' after what a cue reports: a speech act of its own, no part of the first."""
    return next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and is_speech_verb(c)
                 and c.i > head.i and head.doc[c.i - 1].text == ","), None)


def _report_read_as_relative(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'told the inquest the trust had since recruited 140 nurses': with no 'that', the parser can
    read what the addressee was told as a relative clause on the addressee. A relative clause has a
    gap; a clause with a subject of its own, no relative word, and its object filled has none, so it
    is the report."""
    if verb.lemma_.lower() not in ADDRESSED_VERBS - {"ask", "question"}:
        return []
    addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    clause = next((c for c in addressee.children if c.dep_ == "relcl" and c.i > addressee.i), None) \
        if addressee is not None else None
    if clause is None and addressee is not None:
        # (or on when or where it was said, after the one told: 'told reporters after the vote he
        # expected ...')
        setting = next((o for p in verb.children if p.dep_ == "prep" and p.i == addressee.right_edge.i + 1
                        for o in p.children if o.dep_ == "pobj"), None)
        clause = next((c for c in setting.children if c.dep_ == "relcl" and c.i > setting.i), None) \
            if setting is not None else None
        addressee = setting if clause is not None else addressee
    if clause is None or not _is_tensed(clause):
        return []
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or is_relative(subject) or subject.lower_ == "that" \
            or subject.left_edge.i != max(t.i for t in addressee.subtree if not clause.is_ancestor(t)
                                           and t.i != clause.i) + 1:
        return []
    filled = any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd") for c in clause.children) \
        or subject.dep_ == "nsubjpass"
    dangling = any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
                   for t in clause.subtree)
    # (or its object taken by the cue instead, right after the clause: 'told the court she had received
    # | threatening phone calls after ...')
    taken = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.i > clause.i
                  and c.left_edge.i == clause.right_edge.i + 1), None) if not filled and not dangling else None
    if taken is not None and subject.tag_ in ("PRP", "NNP") and not any(
            c.dep_ in ("dobj", "prep") for c in clause.children):
        bounds, rest = content_bounds(clause), content_bounds(taken)
        return [((bounds[0], rest[1]), "indirect-verb-complement")] if bounds is not None and rest is not None else []
    if not filled or dangling:
        return []
    bounds = content_bounds(clause)
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _report_of_cue_read_as_modifier(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'but argued hosts should not pay': the clause whose subject the parser took the cue to modify."""
    clause = cue_read_as_modifier_of_subject(verb)
    if clause is None:
        return []
    bounds = content_bounds(clause)
    return [((verb.i + 1, bounds[1]), "indirect-verb-complement")] if bounds is not None else []


def _report_hung_on_the_speaker(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'Rep. Jane Roe, a Democrat who ..., posted on social media that the order was overdue': where
    the parser took the main verb for a participle on the name, it can hang the 'that' clause after
    the verb on the name too, as a relative clause. A clause that has a subject of its own after its
    'that' is no relative one: it is the report."""
    if not main_verb_read_as_participle(verb):
        return []
    # (as a clause of any kind on it: 'Their guitarist, Ruth Roe, posted on Facebook that ...')
    clause = next((c for c in verb.head.children if c.dep_ in ("relcl", "acl") and c.i > verb.i), None)
    if clause is None or not _is_tensed(clause):
        return []
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if that is None or subject is None or not that.i < subject.i or is_relative(subject):
        return []
    bounds = content_bounds(clause)
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _report_holding_its_speaker(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'The launch was put off after a valve failed, the consortium, which builds the craft, announced
    on Monday': with the cue hung on its speaker as a participle, the report is the sentence's main
    clause up to the speaker."""
    speaker = speaker_read_as_apposition(verb)
    if speaker is None or verb.dep_ != "acl":
        return []
    root = verb.sent.root
    bounds = content_bounds(root, exclude=speaker) if root.i < speaker.i else None
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _report_before_quoted_as_saying(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'Varkhan will not attend, the state news agency quoted the minister as saying': the report is the
    clause before the 'quoted ... as saying' that closes the sentence."""
    if verb.lemma_.lower() != "say" or verb.dep_ != "pcomp" or verb.head.lower_ != "as" \
            or verb.head.head.lemma_.lower() != "quote":
        return []
    clause = next((c for c in verb.head.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    bounds = content_bounds(clause) if clause is not None else None
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _put_to(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'put it to the witness that she had never heard it': what was put to them."""
    clause = put_it_to_clause(verb) if verb.lemma_.lower() == "put" else None
    bounds = content_bounds(clause) if clause is not None else None
    return [(bounds, "indirect-verb-complement")] if bounds is not None else []


def _is_tensed(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


# Words that open an adverbial clause: 'When he arrived, she said nothing' reports nothing before the comma.
ADVERBIAL_OPENERS = frozenset({"when", "if", "because", "although", "though", "as", "after", "before", "while",
                               "since", "until", "unless", "once", "whether", "whenever", "where"})


def _unlinked_content_before(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'At least one lives on a fishing boat, she says with evident satisfaction.': a sentence that
    ends with its cue, whose clause before the comma the parser failed to hang on the verb (it took
    'lives' for a noun, or the clause for a prepositional phrase). The cue must be the sentence's
    root with its subject right after the comma, and nothing after it but adjuncts."""
    doc = verb.doc
    start, _ = sentence_bounds(verb)
    subject = subject_of(verb)
    if verb.dep_ != "ROOT" or subject is None or subject.i > verb.i or verb.lemma_.lower() in NAMING_VERBS:
        return []  # (a verb that names its object reports nothing before it)
    cue_start = min(t.i for t in subject.subtree)
    if cue_start - 1 <= start or doc[cue_start - 1].text != ",":
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd") and c.i > verb.i
           for c in verb.children):
        return []
    # (someone: a pronoun, a name, a noun with its determiner, or people named by a plural after the
    # comma, 'local authorities said'; not a headline's 'job cuts announced')
    if not (subject.pos_ in ("PRON", "PROPN") or any(c.dep_ in ("det", "poss") for c in subject.children)
            or subject.tag_ == "NNS" and subject.text.islower() and _plural_for_sources(subject)):
        return []
    first = next((t for t in doc[start:cue_start] if t.dep_ != "cc"), doc[start])
    if first.is_punct or first.lower_ in ADVERBIAL_OPENERS and (first.dep_ == "mark" or first.pos_ == "SCONJ"
                                                               or first.tag_ == "WRB"):
        return []  # (an opening prepositional phrase is fine: 'After the vote the mood changed, she said')
    if first.tag_ in ("VBN", "VBG") and first.dep_ == "advcl":
        return []  # 'Asked whether ..., she replied': the question put to her, or how she spoke
    start = after_dateline(list(doc[start:cue_start]))
    content = range(start, cue_start - 1)
    # A clause of its own: a finite verb (or one the tagger took for a noun, with a subject before it;
    # or a past tense it took for a participle on the subject, when the sentence has no other verb:
    # 'Talks between the two sides stalled on Thursday, the envoy said', outside a headline, where
    # 'Four soldiers killed in ambush' drops its 'were')
    if not any(doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[i].pos_ == "NOUN" and doc[i].dep_ == "ccomp"
               or doc[i].tag_ == "VBN" and any(c.dep_ == "nsubj" for c in doc[i].children) for i in content) \
            and not _past_tense_read_as_participle(doc[start:cue_start - 1]):
        return []
    if any(doc[i].text in ("“", "”", '"') for i in content):
        return []  # quoted words are the direct-quote rules' to read
    return [((start, cue_start - 1), "indirect-cue-after")]


# Nouns for people who are quoted as a group, bare in the plural: 'officials said', 'authorities said'.
SOURCE_NOUNS = frozenset({"authority", "official", "source", "expert", "critic", "diplomat", "aide", "police",
                          "medic", "witness", "relative", "neighbour", "neighbor", "colleague", "staff"})


def _plural_for_sources(noun: Token) -> bool:
    """'local authorities', 'senior officials', 'aid workers', 'analysts': people, not 'job cuts'."""
    lemma = noun.lemma_.lower()
    return lemma in SOURCE_NOUNS or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee"))


def _past_tense_read_as_participle(content: Span) -> bool:
    """Whether a stretch with no tensed verb has one verb, a past form hung on a noun before it, with
    no agent: the sentence's own verb ('Talks between the two sides stalled on Thursday'), outside a
    headline. Not after an opening preposition: 'In a statement released Friday, the firm said.'"""
    verbs = [t for t in content if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1 or verbs[0].tag_ != "VBN" or verbs[0].dep_ != "acl" or content.start == 0 \
            or text_of(content.doc).find("\n", 0, content.start_char) < 0 or content[0].pos_ == "ADP":
        return False
    verb = verbs[0]
    return content.start <= verb.head.i < verb.i and not any(c.dep_ == "agent" for c in verb.children)


def _report_before_inverted_cue(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'The reservoir could run dry by August, cautioned the engineer.': an inverted cue the parser
    joined to the report before it as a second verb."""
    if verb.dep_ != "conj" or is_speech_verb(verb.head) or inverted_after_its_report(verb) is None:
        return []
    bounds = content_bounds(verb.head, exclude=verb)
    return [(bounds, "indirect-cue-after")] if bounds is not None else []


def _without_setting(verb: Token, clause: Token, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
    """'said after the meeting he would resign', 'said on Monday the plan was dead': with no 'that',
    a phrase right after the verb and before the clause's subject tells when or where it was said."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if bounds is None or subject is None or bounds[0] != verb.i + 1 or clause.i < verb.i:
        return bounds
    if any(c.dep_ == "mark" for c in clause.children):
        return bounds
    first = verb.doc[bounds[0]]
    if first.dep_ in ("prep", "npadvmod") and first.head.i == clause.i and first.i < subject.i:
        return min(t.i for t in subject.subtree), bounds[1]
    return bounds


MODALS = frozenset({"would", "could", "will", "can", "may", "might", "should", "must", "shall"})


def _shares_subject(clause: Token, previous: tuple[int, int]) -> bool:
    """A clause with a modal or a pluperfect 'had' but no subject right after a reported clause goes
    on with it."""
    if not any(c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "had" and clause.tag_ == "VBN")
               for c in clause.children):
        return False
    between = clause.doc[previous[1] : min(t.i for t in clause.subtree)]
    return len(between) <= 2 and all(t.text == "," or t.dep_ == "cc" for t in between)


def _joined_to_last(spans: list, clause: Token) -> tuple[int, int]:
    """The last report's content, taken off ``spans``, stretched over a clause that goes on with it."""
    (start, _), _ = spans.pop()
    return start, _trim_end(clause.doc, start, max(t.i for t in clause.subtree) + 1)


def _word_cut_at_hyphen(clause: Token, previous: tuple[int, int]) -> bool:
    """A clause that starts right after the reported one, past only a hyphen with no space around it:
    the two are one word's halves ('cross' | '-' | 'checked')."""
    doc = clause.doc
    start, hyphen = min(t.i for t in clause.subtree), previous[1]
    return 0 < hyphen < len(doc) and start in (hyphen, hyphen + 1) and doc[hyphen].text in ("-", "‐") \
        and not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_


def _phrase_set_off_after(clause: Token, previous: tuple[int, int]) -> bool:
    """A phrase with no verb of its own as head, set off by a comma right at the reported clause's end
    ('..., most of them in the evening', '..., a serious concern for grid storage'), goes on with the
    report; not one holding a cue of its own ('language, she wrote, that ...')."""
    doc = clause.doc
    start, end = min(t.i for t in clause.subtree), previous[1]
    # (the comma can be the phrase's own or the clause's before it)
    return end < len(doc) and doc[end].text == "," and start in (end, end + 1) \
        and clause.pos_ not in ("VERB", "AUX") \
        and not any(is_speech_verb(t) or t.tag_ in ("WDT", "WP") for t in clause.subtree)


def _clause_right_after_marks(clause: Token, previous: tuple[int, int]) -> bool:
    """A clause that starts right where the reported one ends, past only the closing mark of quoted
    words ('had been “one of the hardest” | the panel had taken'), is a relative clause without its
    'that', not a second report: two reports are joined by a word or a comma."""
    doc = clause.doc
    start, end = min(t.i for t in clause.subtree), previous[1]
    first = max(start, end)
    while first < len(doc) and doc[first].is_quote:
        first += 1
    return start >= end and first > end and first < len(doc) and all(t.is_quote for t in doc[end:first]) \
        and doc[first].pos_ not in ("CCONJ", "SCONJ") and doc[first].lower_ != "that"


def _continues_subject_with_participle(clause: Token, previous: tuple[int, int]) -> bool:
    """A tensed clause with no subject right after a reported one whose verb is a bare participle
    ('genetic sequencing carried out at the institute | showed ...'): the participle is on the subject,
    and the clause is its verb."""
    doc = clause.doc
    if clause.tag_ not in ("VBD", "VBZ", "VBP") or clause.left_edge.i != previous[1] or is_speech_verb(clause) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return False
    head = next((t for t in doc[previous[0] : previous[1]] if t.dep_ == "ccomp" and t.head == clause.head), None)
    return head is not None and head.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in head.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _object_read_as_subjectless_clause(clause: Token, previous: tuple[int, int]) -> bool:
    """A tensed clause with no subject that starts where the reported clause before it ends on its
    verb's object: the object is the subject the clause lacks."""
    if clause.tag_ not in ("VBD", "VBZ", "VBP") or clause.left_edge.i != previous[1] or is_speech_verb(clause) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return False
    doc = clause.doc
    for verb in (t for t in doc[previous[0] : previous[1]] if t.pos_ == "VERB"):
        # (not objects joined by 'and', whose last may open a clause of its own: '... mishandled the
        # inquiry and Democrats accused ...')
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                   and not any(t.dep_ == "cc" for t in c.subtree)]
        # (the object may carry a phrase the parser hung on the verb: 'the remorse [in the letter]')
        if len(objects) == 1 and all(t.i in range(objects[0].left_edge.i, objects[0].right_edge.i + 1)
                                     or t.dep_ == "prep" and t.head == verb or t.head.dep_ in ("prep", "pobj")
                                     and t.head.i > objects[0].i for t in doc[objects[0].i : previous[1]]):
            return True
    return False


# Auxiliaries that carry a reported clause's tense on to a verb joined to it ('was focused', 'had called'),
# in the past or, for a report in the present, in the present.
TENSE_AUXILIARIES = BACKSHIFTED_AUXILIARIES | frozenset({"is", "are", "has", "have", "will"})


def _report_going_on_on_the_cue(verb: Token, bounds: tuple[int, int]) -> tuple[int, int]:
    """'told Jornal Golo the player was “flattered” by the interest but was focused on ...': after
    quoted words the parser can hang the rest of the report on the cue, the passive's 'by' phrase and
    a verb joined by 'and' or 'but' that has no subject, carries the report's tense in an auxiliary
    and is no speech verb of the speaker's own. They go on with the report."""
    doc = verb.doc
    start, end = bounds
    clause = next((t for t in doc[start:end] if t.head.i == verb.i and t.dep_ == "ccomp"), None)
    if clause is None or not any(t.is_quote for t in doc[start:end]):
        return bounds
    agent = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i == end), None)
    if agent is not None and any(c.dep_ == "auxpass" for c in clause.children):
        end = agent.right_edge.i + 1
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i == end and c.lower_ in ("and", "but")), None)
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.left_edge.i == end + 1), None) \
        if cc is not None else None
    if conj is not None and conj.pos_ == "VERB" and not is_speech_verb(conj) \
            and subjectless_with_auxiliary(conj, TENSE_AUXILIARIES):
        end = conj.right_edge.i + 1
    return start, _trim_end(doc, start, end)


def _trim_end(doc, start: int, end: int) -> int:
    while end > start + 1 and (doc[end - 1].is_punct and doc[end - 1].text != "%" or doc[end - 1].is_space):
        end -= 1
    return end


# Verbs by which someone comes to know what a clause says ('after learning that ...').
LEARNING_VERBS = frozenset({"learn", "hear", "see", "discover", "read", "notice", "realise", "realize", "confirm",
                            "ensure", "decide", "agree", "prove", "check", "establish", "determine"})


def _clause_after_setting(verb: Token) -> list[tuple[tuple[int, int], str]]:
    """'said outside the courthouse that ...', 'said in a statement that ...': the parser may hang
    the reported clause on the noun of the phrase that says where or how it was said. A clause
    opened by 'that' as a conjunction, with a subject of its own, is what was said."""
    # ('in a statement that ...': the statement's content is what was said, too.) The addressee of
    # 'told a meeting of growers that ...' can get the clause the same way.
    # (however many such phrases: 'said in a statement before the game that ...')
    nouns, heads = [], [verb]
    # ('The findings add to evidence that ...': 'add to' is to increase, and the clause is the noun's)
    increases = verb.lemma_.lower() == "add"
    # (or on a gerund there that takes no clause: 'told reporters after training that ...', not
    # 'after learning that ...')
    for _ in range(3):
        heads = [noun for head in heads for prep in head.children
                 if prep.dep_ in ("prep", "dative") and prep.i > verb.i and not (increases and prep.lower_ == "to")
                 for noun in prep.children if noun.dep_ == "pobj" or noun.dep_ == "pcomp" and noun.tag_ == "VBG"
                 and not is_speech_verb(noun) and noun.lemma_.lower() not in THINKING_VERBS | LEARNING_VERBS]
        nouns += heads
    if verb.lemma_.lower() in ADDRESSED_VERBS:
        addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        # (the parser can take the noun the one told ends in for a gerund of its own: 'told a Senate
        # estimates hearing on Wednesday that ...')
        nouns += addressed + [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and any(
            o.right_edge.i + 1 == c.i for o in addressed) and not any(
            g.dep_ in ("nsubj", "dobj", "aux") for g in c.children)]
    # (or on a participle set off after the verb that says where the words were put: 'claims in the
    # lawsuit, filed Monday in federal court, that ...')
    # (a participle, not a clause of its own: 'while donor governments have said privately that ...')
    settings = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > verb.i
                and c.doc[c.left_edge.i - 1].text == ","
                and not any(d.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for d in c.children)]
    # (or on the verb of a clause of time set between the cue and its 'that': 'said in a statement after
    # the market closed that ...'; not one whose own verb takes a clause: 'after he learned that ...')
    settings += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(d.dep_ == "mark" and d.lower_ in ("after", "before", "when", "once") for d in c.children)
                 and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
                 and not any(d.dep_ == "dobj" for d in c.children) and not is_speech_verb(c)
                 and c.lemma_.lower() not in THINKING_VERBS | LEARNING_VERBS]
    # (or on a participle on such a noun: 'arguing in a letter seen by Reuters that ...')
    nouns += [c for noun in nouns if noun.dep_ == "pobj" for c in noun.children
              if c.dep_ == "acl" and c.tag_ == "VBN" and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    for noun in nouns + settings:
        for clause in noun.children:
            # ('that' tagged as a conjunction, whatever its label, not as a relative pronoun)
            if (clause.dep_ in ("acl", "relcl", "ccomp") or clause.dep_ == "advcl" and noun in settings) \
                    and clause.i > noun.i and (any(
                    c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN") for c in clause.children)
                    or _that_cannot_be_relative(clause) or noun.dep_ == "pobj" and _content_owed(verb, clause)) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children):
                bounds = _before_another_report(clause, content_bounds(clause))
                if bounds is not None and clause.doc[bounds[0]].lower_ == "that":
                    bounds = bounds[0] + 1, bounds[1]  # (the 'that' the parser made an object opens the clause)
                if bounds is not None:
                    return [(bounds, "indirect-verb-complement")]
    return []


def _that_as_object_before_subject(clause: Token) -> Token | None:
    """The 'that' the parser made the object of a relative clause that has a subject of its own after
    it; None if the clause has no such 'that'."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or that.dep_ not in ("dobj", "dative") \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children):
        return None
    return that


def _that_cannot_be_relative(clause: Token) -> bool:
    """'said in a press release that it welcomed the scheme': the parser made 'that' the object of a
    relative clause, but the clause has a subject and an object of its own, so 'that' only opens it."""
    if _that_as_object_before_subject(clause) is not None and any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i > clause.i for c in clause.children):
        return True
    # ('said in a written response to questions that he expected to deliver his findings ...': or of a
    # verb deeper in it that has an object of its own besides)
    that = clause.left_edge
    # (or of a preposition that has its object: 'told reporters at a briefing that the crew's health
    # would be monitored for a year')
    return that.lower_ == "that" and that.dep_ in ("dobj", "pobj") and that.head is not clause \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children) \
        and any(c.dep_ == that.dep_ and c.i > that.i for c in that.head.children)


def _content_owed(verb: Token, clause: Token) -> bool:
    """'told reporters after the hearing that her client had cooperated': 'say' and 'tell' report
    something, so when they have nothing else, a clause opened by 'that' with a subject of its own is
    what was said, even where the parser made 'that' the object of a relative clause on the noun
    of the phrase between them (not on the one addressed: 'told the man that she met at the market
    about the plan'), unless something else says what it was about."""
    if verb.lemma_.lower() not in ("say", "tell") or any(
            c.dep_ == "prep" and c.lower_ in ("about", "of") for c in verb.children):
        return False
    that = _that_as_object_before_subject(clause)
    # (or its adverb, on a noun of time: 'said in a statement at the time that the departures were ...')
    that = that or next((c for c in clause.children if c.lower_ == "that" and c.dep_ == "advmod" and c.i < clause.i
                         and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in clause.children)), None)
    return that is not None and that.i == clause.left_edge.i


RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _after_relative_cue(verb: Token, clause: Token, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
    """'the plan, which the mayor said would cost $2m': the cue sits inside a relative clause whose
    pronoun belongs to what was said. The content is the clause after the cue; the pronoun stands
    for the noun it follows, which the writer named."""
    if bounds is None or not bounds[0] < verb.i < bounds[1]:
        return bounds
    before = [t for t in clause.subtree if t.i < verb.i]
    if not any(t.tag_ in RELATIVE_TAGS or t.lower_ == "that" and t.dep_ != "mark" for t in before):
        return bounds
    after = [t.i for t in clause.subtree if t.i > verb.i]
    return (min(after), bounds[1]) if after else None


def _report_with_gap_in_relative(verb: Token) -> Token | None:
    """'..., a decision farmers said could push thousands of acres out of production': a cue in a
    relative clause with no 'that', whose subject follows the noun it describes, reports a clause
    whose subject is that noun, left out. The report is the clause after the cue, without a subject;
    the sentence the noun is in is not what was said."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0 or is_relative(subject) \
            or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = doc[subject.left_edge.i - 1]
    # (the parser can make the noun a compound of the subject, an 'a' on a plural betraying it: 'a
    # decision ranchers warned could put ...')
    misread = next((c for c in subject.children if c.dep_ == "compound" and c.i == subject.i - 1 and c.tag_ == "NN"),
                   None) if subject.tag_ == "NNS" and any(c.lower_ in ("a", "an") for c in subject.children) else None
    if misread is not None:
        noun = misread
    elif noun.pos_ != "NOUN" or noun.is_punct or noun.i in {t.i for t in subject.subtree}:
        return None
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                 and c.left_edge.i == verb.i + 1
                 and _is_tensed(c) and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)),
                None)


def _subject_taken_as_object(verb: Token, clause: Token) -> Token | None:
    """'has said single parents - and foster parents - would qualify': after a long subject the
    parser may make it the verb's object and leave the reported clause without one."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children):
        return None
    doc = clause.doc
    # ('told the court one of the tenants ... had been made to sleep ...')
    found = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i
                  and (c.pos_ in ("NOUN", "PROPN", "PRON") or c.pos_ == "NUM" and counts_people(c))), None)
    comma = clause.left_edge.i - 1
    if doc[comma].text == "," and not (found is not None and any(
            c.dep_ in ("acl", "relcl", "appos") and doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 == comma
            for c in found.subtree if c is not found) or found is not None and any(
            c.dep_ in ("acl", "advcl") and c.tag_ in ("VBN", "VBD") and c.i > found.i
            and doc[c.left_edge.i - 1].text == ","
            and c.right_edge.i in (comma - 1, comma) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in verb.children)):
        # 'Roe, asked the same question, was less forthcoming': no subject is cut off by a comma, unless
        # the comma closes what is set off inside it ('said the report, released last week, recommends ...',
        # however the parser hung it: 'argued the plea, entered at the first opportunity, should ...'), or
        # inside a phrase of it: 'said its plant in Eleme, Rivers State, will resume ...')
        return None
    if found is None and verb.lemma_.lower() == "tell":
        # ('told magistrates the dispute had been simmering': the parser can take the one told for a
        # verb and the clause's subject for its object)
        found = next((o for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i == verb.i + 1 < clause.i
                      for o in c.children if o.dep_ == "dobj" and o.i < clause.i and o.pos_ in ("NOUN", "PROPN")),
                     None)
    return found


# Bodies one tells something, which the parser can read as a modifier of the noun after them: 'told
# the court data extracted from his phone showed ...'.
BODIES_ADDRESSED = frozenset({"court", "jury", "inquest", "inquiry", "hearing", "tribunal", "committee", "panel",
                              "council", "board", "meeting", "assembly", "chamber", "senate", "commission"})


def _after_body_addressed(verb: Token, start: int) -> int:
    """Where the subject taken as the object of 'tell' begins, after the body told ('the court') when
    the parser read it into the subject's noun phrase."""
    doc = verb.doc
    if verb.lemma_.lower() == "tell" and start + 2 < len(doc) and doc[start].lower_ == "the" \
            and doc[start + 1].lower_ in BODIES_ADDRESSED and doc[start + 1].dep_ == "compound" \
            and doc[start + 2].pos_ in ("NOUN", "ADJ", "PROPN"):
        return start + 2
    return start


# Conjunctions that set someone else's report beside the one reported: 'confirmed A, although the
# council said B', 'told the Dáil A, as the opposition accused him of B'.
CONTRAST_MARKS = frozenset({"although", "though", "while", "whereas", "as"})


def _before_another_report(clause: Token, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
    """'She said A, and when asked ..., the mayor replied ...', 'said A and urged voters to ...': a
    speech verb coordinated with the reported clause is another report, by someone else or by the
    same speaker (the parser hangs the speaker's second verb on the content), so the content stops
    before it."""
    if bounds is None:
        return None
    # (a contrast with someone else's report can hang on a verb deeper in the clause: 'expected Albany
    # to cover part of the cost, though a spokesman for the governor said ...'; the loop tells which)
    deeper = [t for t in clause.subtree if t.dep_ == "advcl" and t.head.i != clause.i and t.i > clause.i]
    for conjunct in [*clause.children, *deeper]:
        # (a naming verb is a speech act too: 'said A, and termed the scheme a “sop”')
        # ('said A and that an exam had revealed B' goes on with the same report)
        # ('confirmed A, although the council, which ..., said B': a contrast with someone
        # else's report, with a subject of its own, or one made at the same time: 'as the
        # opposition accused him of ...')
        contrast = conjunct.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in conjunct.children) and any(
            m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in conjunct.children)
        if (conjunct.dep_ == "conj" or contrast) and clause.i < conjunct.i < bounds[1] and (
                is_speech_verb(conjunct) or conjunct.dep_ == "conj" and conjunct.lemma_.lower() in NAMING_VERBS
                or conjunct.dep_ == "conj" and _speech_verb_read_as_subject(conjunct)) \
                and not any(m.dep_ == "mark" and m.lower_ == "that" for m in conjunct.children) \
                and not backshifted_with_the_report(conjunct):
            doc, end = clause.doc, min(t.i for t in conjunct.subtree)
            while end > bounds[0] and doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
            return (bounds[0], end) if end > bounds[0] else None
    return bounds


def _speech_verb_read_as_subject(conjunct: Token) -> bool:
    """'said A, and promised a new ferry would be in service': the parser can make the speaker's
    second verb, with no subject of its own, the clausal subject of the clause it reports."""
    verb = conjunct.left_edge
    return verb.dep_ == "csubj" and verb.head.i == conjunct.i and verb.tag_ in ("VBD", "VBZ") \
        and is_speech_verb(verb) and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "and"


def _before_trailing_report(clause: Token, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
    """The content stops before a participle that goes on with the outer report ('said the toll
    stood at 20, adding that it could rise'; see ``continues_outer_report``), and before a comment set
    off at its end that has a speaker of its own."""
    if bounds is None:
        return None
    for token in clause.subtree:
        if bounds[0] < token.i < bounds[1] and continues_outer_report(token):
            return bounds[0], token.left_edge.i - 1
    doc = clause.doc
    for token in clause.subtree:
        # ('said it would buy back shares, a move Roe described as “a vote of confidence”', '...,
        # which Roe described as “easily absorbed”': a phrase set off at the end with a speaker of
        # its own is that speaker's comment on the report, not part of it)
        if bounds[0] < token.left_edge.i < bounds[1] and doc[token.left_edge.i - 1].text == "," \
                and (token.dep_ in ("npadvmod", "appos", "relcl") or token.dep_ == "advcl"
                     and token.left_edge.lower_ == "which") and token.right_edge.i + 1 >= bounds[1] \
                and _has_own_speaker(token):
            return bounds[0], token.left_edge.i - 1
    return bounds


def _has_own_speaker(phrase: Token) -> bool:
    """A speech verb in the phrase (the phrase's head or a clause on it) with a subject that names
    someone: 'a move Roe described as ...', 'which the minister called ...'; or a naming verb after
    'which', whoever its subject: '..., which she called “the best number in the release”' is a
    comment of its own on the report. ('a decision he called “crazy”' is, as a rule, the reporting
    speaker's own comment.)"""
    verbs = [phrase] + [c for c in phrase.children if c.dep_ in ("relcl", "acl")]
    which = phrase.left_edge.lower_ == "which"
    return any(is_speech_verb(v) and any(c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "NOUN") or which
                                                                 and v.lemma_.lower() in NAMING_VERBS)
                                         for c in v.children)
               for v in verbs)


def _speaker_of(verb: Token) -> Token | None:
    speaker = subject_of(verb)
    if speaker is None or speaker.lower_ in ("that", "this", "what", "which") and not is_relative(speaker):
        return None
    if speaker.pos_ not in ("PROPN", "NOUN", "PRON") and not counts_people(speaker) and not is_age_epithet(speaker) \
            and not quantifier_as_pronoun(speaker) \
            and not (speaker.dep_ == "advmod" and speaker.text[:1].isupper()) \
            and not (speaker.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and speaker.text[:1].isupper()) \
            and not _name_read_as_adjective(speaker) and not one_more_of_those_before(speaker):
        return None  # (a surname read as an adverb, or as an interjection: 'Pike said ...')
    if speaker.lower_ in ("i", "we", "you", "me", "us"):
        return None  # first or second person: speech reported inside someone's own words
    if speaker.lower_ == "it" and speaker.dep_ == "nsubjpass":
        return None  # ('Nobody, it should be said, has ...', 'it is said that ...': no one in particular)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() in EVIDENTIAL_VERBS \
            and verb.head.lemma_.lower() in CHANGE_VERBS and verb.head.i < verb.i:
        return None  # ('X fell 4.5%, suggesting investors were wary': the writer's reading of a movement)
    if speaker.lower_ in MARKET_NOUNS:
        # ('Shares of X fell after the company reported ... and warned that ...': shares say nothing;
        # the cue goes with the speech verb before it, whose subject speaks)
        start = sentence_bounds(verb)[0]
        before = next((t for t in reversed(verb.doc[start : verb.i]) if is_speech_verb(t)), None)
        subject = next((c for c in before.children if c.dep_ == "nsubj"), None) if before is not None else None
        return subject if subject is not None and subject.lower_ not in MARKET_NOUNS else None
    if _hypothetical_speech(verb, speaker):
        return None  # 'Critics would say ...': what someone might say, not what anyone said
    if verb.lemma_.lower() in EVIDENTIAL_VERBS and speaker.lemma_.lower() in EVIDENCE_NOUNS:
        return None  # 'the data suggest ...': evidence, not anyone's words
    if speaker.lemma_.lower() in ("correspondent", "reporter") and any(
            c.lower_ in ("our", "this") and c.dep_ in ("poss", "det") for c in speaker.children):
        return None  # 'Our correspondent observed that ...': the article's own account, quoting nobody
    return speaker


def _name_read_as_adjective(word: Token) -> bool:
    """'Dahlqvist, seated between two rivals, said ...': the tagger can take a surname opening a
    sentence, before an aside, for an adjective. A capitalised word the article uses elsewhere as a
    proper noun is that name."""
    return word.pos_ == "ADJ" and word.text[:1].isupper() and word.text[1:].islower() and any(
        t.text == word.text and t.pos_ == "PROPN" for t in word.doc)


# Verbs of a figure's movement, which no one says: 'Corvane fell 4.5%, suggesting ...'.
CHANGE_VERBS = frozenset({"fall", "rise", "drop", "climb", "gain", "slide", "jump", "surge", "tumble", "plunge",
                          "slip", "sink", "soar", "dip", "rally", "edge", "decline", "increase", "decrease", "grow"})


# Modals that make a speech verb hypothetical when its subject is no one in particular.
HYPOTHETICAL_MODALS = frozenset({"would", "might", "could", "may"})


def _hypothetical_speech(verb: Token, speaker: Token) -> bool:
    """'Critics would say ...', 'Some might argue ...', 'Sceptics could point out ...': a modal
    speech verb whose subject is a bare plural (or 'some', 'many', 'others'), people in general, not a
    source. ('The spokesman would say only that ...' reports what one did say.)"""
    if not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
        return False
    generic = speaker.tag_ in ("NNS", "NNPS") and not speaker.ent_type_ \
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in speaker.children)
    return generic or speaker.lower_ in ("some", "many", "others")


def _speech_act_object(verb: Token) -> Candidate | None:
    """'Trump cited [the ruling]', 'blamed [the mayor for the delays]', 'called for [a ceasefire]':
    a speech act whose content is a noun phrase. Only verbs of saying qualify (see OBJECT_CUES)."""
    if is_negated(verb):
        return None
    bounds = reported_object_of(verb)
    if bounds is None or bounds[1] - bounds[0] < MIN_CONTENT_TOKENS:
        return None
    speaker = _speaker_of(verb)
    if speaker is None or bounds[0] <= speaker.i < bounds[1]:
        return None
    char_start, char_end = span_chars(verb.doc, *bounds)
    return Candidate(char_start, char_end, "indirect", "indirect-verb-object", cue=verb, speaker=speaker,
                     confidence=0.6)


def _has_subject(clause: Token) -> bool:
    """Whether a complement is a clause of its own. An opening 'that' says so even where the parser
    missed the subject ('demanding that the council vote again')."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or c.dep_ == "mark" and c.lower_ == "that"
           for c in clause.children) or clause.pos_ not in ("VERB", "AUX"):
        return True
    # ('said she had never before considered it': the parser can hang the subject on an adverb)
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in clause.doc[clause.left_edge.i : clause.i])


# Verbs that commit the speaker to what they will do: their infinitive is what they said, however short.
COMMITMENT_VERBS = frozenset({"vow", "pledge", "promise", "threaten", "swear"})


def _bare_commitment(verb: Token, start: int, end: int, rule: str) -> bool:
    """'vowed to appeal', 'threatened to resign': a two-word infinitive under a verb of commitment,
    with nothing of it cut off after it ('promising to meet and ... exceed', misparsed)."""
    doc = verb.doc
    return rule == "indirect-verb-phrase" and end - start == 2 and verb.lemma_.lower() in COMMITMENT_VERBS \
        and doc[start].lower_ == "to" and doc[start + 1].tag_ == "VB" \
        and all(c.i == start for c in doc[start + 1].children) \
        and (end >= len(doc) or doc[end].lower_ not in ("and", "or"))


def _verb_read_as_modifier(root: Token, cue: Token) -> bool:
    """'Rovers have sacked manager X ..., the club announced': a sentence whose verb the parser read
    as a modifier of the noun after it, making that noun the root. A tensed auxiliary before the
    cue's clause shows the clause the root stands for."""
    return root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < cue.i and any(
        t.dep_ in ("aux", "auxpass") and t.tag_ in ("VBZ", "VBP", "VBD", "MD")
        for t in root.doc[root.left_edge.i : root.i])


def _finite(verb: Token) -> bool:
    """A clause's verb that can state something: not a bare participle ('“...,” he said, his voice
    breaking', where the parser hung the cue on the participle)."""
    return verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _set_off_by_commas(verb: Token) -> bool:
    """', he said,' in the middle of its sentence (the parser may hang the commas on the verb)."""
    doc = verb.doc
    # ('Though the merger went smoothly, he said, ...': the parser can hang the content's opening
    # clause on the cue; it stays part of the content.)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opening = {t.i for c in verb.children if c.dep_ == "advcl" and subject is not None and c.i < subject.i
               for t in c.subtree}
    subtree = sorted(t.i for t in verb.subtree if t.i not in opening)
    first, last = subtree[0], subtree[-1]
    left = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    right = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    start, end = sentence_bounds(verb)
    return left and right and start < first and last < end - 1


def _comma_before_cue(verb: Token) -> bool:
    """'..., he said': the cue clause is set off from the content by a comma right before it."""
    first = min(t.i for t in verb.subtree)
    if verb.doc[first].dep_ == "mark" and verb.doc[first].lower_ != "as":
        return False  # ('..., while logistics firms warned of higher prices': a clause of its own)
    marks = (",", "—", "–")
    # The parser may hang the comma on the cue itself.
    return verb.doc[first].text in marks or (first > 0 and verb.doc[first - 1].text in marks)


def _speech_noun(noun: Token, noun_phrase_contents: bool = False) -> Candidate | None:
    """'Trump's claim that ...', 'a Daily Courier report that ...', 'X issued a statement that ...',
    'his comments about ...', 'her criticism of ...', 'a request to ...'."""
    lemma = noun.lemma_.lower()
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and _has_subject(c)), None)
    bounds = content_bounds(clause) if clause is not None else None
    loose = False  # a content without a clause of its own needs a speaker tied to the noun itself
    if bounds is None:
        bounds = _phrase_content(noun, lemma, noun_phrase_contents)
        loose = True
    if bounds is None or bounds[1] - bounds[0] < MIN_CONTENT_TOKENS:
        return None
    speaker = _speaker_of_noun(noun, loose)
    if speaker is None:
        return None
    char_start, char_end = span_chars(noun.doc, *bounds)
    return Candidate(char_start, char_end, "indirect", "indirect-speech-noun", cue=noun, speaker=speaker, confidence=0.6)


def _phrase_content(noun: Token, lemma: str, noun_phrase_contents: bool) -> tuple[int, int] | None:
    """'a request [to delay the vote]'; with ``noun_phrase_contents`` also 'comments [about the ruling]',
    'criticism [of the plan]'."""
    if noun_phrase_contents:
        bounds = preposition_content(noun, NOUN_PREPOSITION_CONTENT.get(lemma, ()))
        if bounds is not None:
            return bounds
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("acl", "relcl") and lemma in INFINITIVE_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return content_bounds(child)
    return None


# Verbs besides the light ones (see LIGHT_VERBS) whose subject makes the statement they take as object.
MAKING_VERBS = frozenset({"reiterate", "restate", "reaffirm", "file", "submit", "release", "put", "write", "tweet",
                          "sign", "echo", "add", "share", "announce", "stand", "dictate", "circulate"})


def _speaker_of_noun(noun: Token, loose: bool) -> Token | None:
    """Whose speech act a noun names: its possessor ('Trump's claim', 'his remarks'), a name before
    it ('the Trump statement'), 'by'/'from X', or the subject of a verb taking it as object ('issued a
    warning'); for a noun-phrase content only a light verb's subject counts ('raised questions')."""
    # The parser sometimes labels a possessor 'nsubj'; its "'s" gives it away.
    speaker = next((c for c in noun.lefts if c.pos_ in ("PROPN", "NOUN", "PRON") and (
        c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children))), None)
    if speaker is None:
        speaker = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if speaker is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        speaker = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    # (only a verb of making the statement: who 'rejected claims that ...' or 'heard reports that ...'
    # did not make them)
    if speaker is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS | MAKING_VERBS:
        speaker = subject_of(noun.head)
        if loose and speaker is not None and speaker.pos_ == "NOUN" and not speaker.ent_type_:
            speaker = None  # 'the returns raise questions about ...': a thing, not a speaker
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON") or speaker.lower_ in ("it", "its", "this", "that"):
        return None
    if speaker.lower_ in ("i", "we", "you", "me", "us", "my", "our", "your"):
        return None
    return speaker


# Evidence, and documents that record rather than speak ('a statement' or 'a letter' speaks for
# whoever issued it and is not here).
RECORDS = EVIDENCE_NOUNS | frozenset({"report", "account", "paper", "trial", "filing", "document", "minute", "audit",
                                      "review", "inspection", "census", "index", "ranking", "database", "register",
                                      "budget", "disclosure", "record", "log", "transcript", "text", "copy",
                                      "draft", "tally", "manifest", "list", "ledger", "roster", "schedule",
                                      "sheet", "page", "website", "site", "dashboard", "tracker", "map", "chart"})


# Numbers a source publishes, which are evidence rather than its word, whoever published them.
RAW_DATA = frozenset({"data", "datum", "figure", "number", "statistic"})


# What a thing is done 'according to' when it follows a norm rather than a source's word.
NORMS = frozenset({"plan", "rule", "regulation", "law", "guideline", "policy", "protocol", "procedure", "standard",
                   "definition", "formula", "criterion", "tradition", "custom", "script", "principle",
                   "arrangement", "agreement", "schedule", "timetable", "constitution", "convention"})


# Verbs for coming by a record someone else made: its 'by' names who has it, not who wrote it.
RECEIVING_VERBS = frozenset({"obtain", "see", "review", "analyse", "analyze", "examine", "acquire", "receive",
                             "read", "view", "inspect", "get"})


def _author_of(record: Token) -> Token | None:
    """The named author of a record: 'a study [by the Budget Office]', 'a report [from Fenwick
    Bank]', 'figures released by [the Ministry of Health]', '[IOM] figures'."""
    # (not who came by it: 'district records obtained by The Denver Post', 'emails seen by Reuters')
    holders = [record] + [c for c in record.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          and c.lemma_.lower() not in RECEIVING_VERBS]
    by = next((c for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")),
              None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if author is None:
        author = next((c for c in record.children if c.i < record.i and (
            c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")
            or c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper())), None)  # (not 'body mass')
    if author is None or not (author.pos_ == "PROPN" or author.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
        return None
    return author


def _come_by(record: Token) -> bool:
    """'documents seen by the Financial Times', 'a draft obtained by the BBC': a record someone says
    they have seen, which stands for its unnamed authors."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in RECEIVING_VERBS
               and any(g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by" for g in c.children)
               for c in record.children)


def _clause_read_as_apposition(source: Token) -> Token | None:
    """The verb, or the plural 'noun' that is one, set off after the source and ending the sentence."""
    doc = source.doc
    _, sentence_end = sentence_bounds(source)
    for appos in source.children:
        if appos.dep_ == "appos" and appos.tag_ in ("NNS", "VBZ", "VBD", "VBP") and appos.i > source.i \
                and doc[appos.left_edge.i - 1].text == "," and appos.left_edge.i < appos.i \
                and all(t.is_punct or t.is_space for t in doc[appos.right_edge.i + 1 : sentence_end]) \
                and any(c.i > appos.i and c.dep_ in ("prep", "dobj", "acomp", "advmod") for c in appos.children):
            return appos
    return None


def _name_left_after_to(to: Token) -> Token | None:
    """'According to Mr Fraser, Forbes’ DNA was recovered': a name right after 'to' that runs up to a
    comma, which the parser hung on the clause's subject (or made that subject the object of 'to')."""
    doc = to.doc
    end = to.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == to.i + 1 or end >= len(doc) or doc[end].text != "," \
            or not any(t.ent_type_ == "PERSON" for t in doc[to.i + 1 : end]):
        return None
    return doc[end - 1]


def _according_to(according: Token) -> Candidate | None:
    doc = according.doc
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None:
        return None
    # (the last object: where the parser split a name from its title, 'harbour' | 'master Ian Pryce',
    # the name comes last)
    source = next((c for c in reversed(list(to.children)) if c.dep_ == "pobj"), None)
    named = _name_left_after_to(to)
    if named is not None and (source is None or source.i > named.i + 1):
        source = named  # (the object the parser gave 'to' is past the name's comma: the clause's subject)
    if source is not None and source.lemma_.lower() in NORMS:
        return None  # 'according to plan', 'according to the rules set by the council': what governs, not a source
    if source is not None and source.lemma_.lower() in RAW_DATA:
        return None  # ('according to data from Statistics Norland': numbers, whoever published them)
    if source is not None and source.lemma_.lower() in RECORDS:
        # ('according to a study by the Budget Office': a record with its author is the author's word;
        # one a newsroom came by, 'documents seen by the Financial Times', is a source of its own)
        source = _author_of(source) or (source if _come_by(source) else None)
    if source is None:
        return None  # 'according to the figures', 'according to the annual report': evidence, not anyone's words
    head = according.head
    # A sentence whose only verb the tagger took for a plural noun ('According to fishermen, the
    # catch shrinks every year') has that noun as its root: it is still the clause reported.
    misread_verb = head.dep_ == "ROOT" and head.pos_ == "NOUN" and head.i > according.i
    # So does a sentence before a trailing 'according to' whose verb was read as a modifier, leaving a
    # name or preposition as its root ('Tom Reyes routinely belittled staff, according to former employees'); the
    # clause must still hold a verb, so a bare tally ('Some 200 deaths, according to ...') is no report.
    misread_before = (head.dep_ == "ROOT" and head.pos_ not in ("VERB", "AUX") and head.i < according.i
                      and doc[according.i - 1].text == ",")
    if head.i == according.i:
        # ('According to mill foreman Ann Lee, the old weir leaks like a sieve': with the verb read as a
        # plural noun, the parser can make 'according' the root and the clause an apposition to the source)
        head = _clause_read_as_apposition(source)
        misread_verb = head is not None
    # (a verb the tagger took for a noun, with its own subject and auxiliary: 'but her horns had since
    # regrown to ten centimetres, according to ...')
    tensed_noun = head is not None and head.pos_ == "NOUN" and head.dep_ == "conj" \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
        and any(c.dep_ == "aux" for c in head.children)
    if head is None or head.pos_ not in ("VERB", "AUX") and not (misread_verb or misread_before or tensed_noun):
        return None
    # (trailing the last of two clauses joined into one sentence, it is the whole sentence's source)
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.dep_ == "ROOT" \
            and head.i < according.i and doc[according.i - 1].text == "," and according.head.i == head.i:
        head = head.head
    bounds = content_bounds(head, exclude=according if head.is_ancestor(according) else None)
    if bounds is None:
        return None
    start, end = bounds
    holder = _holder_read_as_subject(according, source, head)
    if holder is not None:
        source, start = holder
    if source.i == (named.i if named is not None else -1) and according.i < source.i < head.i:
        start = source.i + 2  # (right past the name and its comma, whatever the parser hung where)
    # ('According to Roe, the humanitarian operation is also running out of fuel': the parser can hang
    # the clause's subject on the source as an apposition that runs straight on into the verb, which
    # has no subject of its own; the report starts at it)
    hung = next((c for c in source.children if c.dep_ == "appos" and source.i < c.i and c.right_edge.i < head.i
                 and doc[c.left_edge.i - 1].text == ","
                 and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in doc[c.right_edge.i + 1 : head.i])
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in head.children)), None)
    if holder is None and hung is not None and hung.left_edge.i < start:
        start = hung.left_edge.i
    if end - start < MIN_CONTENT_TOKENS or not (misread_verb or _has_verb(doc, start, end)):
        return None
    char_start, char_end = span_chars(doc, start, end)
    return Candidate(char_start, char_end, "indirect", "indirect-according-to", cue=according,
                     speaker=source, confidence=0.7)


def _holder_read_as_subject(according: Token, source: Token, head: Token) -> tuple[Token, int] | None:
    """'According to City’s head of medical services, Dr Anil Sethi, Marsh’s recovery will be assessed
    ...': the name set off after the source's noun is who that is, though the parser made it the
    clause's subject and the real subject its apposition, which runs straight on into the verb (not
    'According to the report, John Smith, the mayor, resigned'). The name speaks; the report starts
    at that subject."""
    doc = according.doc
    name = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > according.i), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or source.pos_ != "NOUN" \
            or name.left_edge.i != source.right_edge.i + 2 or doc[name.left_edge.i - 1].text != ",":
        return None
    subject = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i
                    and doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 == name.i + 1), None)
    if subject is None or subject.right_edge.i + 1 >= len(doc) or doc[subject.right_edge.i + 1].is_punct:
        return None
    return name, subject.left_edge.i
