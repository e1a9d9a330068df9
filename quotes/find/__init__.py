"""Step 3: find quotes. Marked spans and reported speech are found separately, then reconciled:
a fragment in quote marks inside reported speech makes it mixed, a reported clause that is really
a direct quote is dropped, speech reported inside another report is left to the outer one, and a
quote interrupted by its cue ('“A,” X said, “b”') or continued after it ('“A,” X said. “B.”') gives
a second quote that shares the first one's cue."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc

from quotes.find.candidates import Candidate
from quotes.find.direct import TokenIndex, find_marked_quotes, governing_speech_verb, starts_sentence
from quotes.find.cues import (
    NAMING_VERBS,
    content_bounds,
    is_setting_of_speech,
    is_speech_verb,
    main_verb_read_as_participle,
    passive_agent,
    sentence_bounds,
    span_chars,
    subject_of,
    text_of,
)
from quotes.find.headline import find_heading_echoes, find_headline_cue_after, find_headline_echoes
from quotes.find.indirect import ASKING_VERBS, find_reported_speech
from quotes.find.marks import MarkedSpan, marked_spans_of
from quotes.find.transcript import find_block_quotes, find_headline_claim, find_transcript_turns

__all__ = ["Candidate", "FindOptions", "find_quotes"]


@dataclass(frozen=True)
class FindOptions:
    """What counts as a quote, where users may differ from the default.

    ``noun_phrase_contents``: also report speech acts whose content is only a noun phrase ('cited [the
    ruling]', 'called for [an inquiry]', 'her criticism [of the plan]'). They say that someone spoke,
    not what they said, so by default they are not quotes; annotation schemes of attribution (PolNeAR)
    count them.
    """

    noun_phrase_contents: bool = False

    def label(self) -> str:
        """A suffix for the extractor's label, so a database knows which setting made its rows."""
        return "+noun-phrase-contents" if self.noun_phrase_contents else ""


DEFAULT_OPTIONS = FindOptions()

# A quoted fragment covering this much of a reported clause makes it a partial quote, not a mixed one.
PARTIAL_SHARE = 0.95


def find_quotes(doc: Doc, options: FindOptions = DEFAULT_OPTIONS) -> list[Candidate]:
    text = text_of(doc)
    spans = marked_spans_of(doc, text)
    index = TokenIndex(doc, spans)
    direct, fragments, titles = find_marked_quotes(index, spans)
    # Words a headline quotes and the body quotes again are the body speaker's, whatever the
    # headline's grammar makes of them.
    echoes = find_headline_echoes(text, spans, titles) + find_heading_echoes(text, spans, titles)
    direct = [d for d in direct if not any(d.overlap(e.start, e.end) for e in echoes)]
    fragments = [f for f in fragments if not any(e.start <= f.start < e.end for e in echoes)]
    # 'so-called “memoranda”': the writer's marks around a term, never anyone's words
    fragments = [f for f in fragments if not _after_so_called(text, f)]
    # ('what the authors call a “processing ladder”', 'what teachers call “half-day learning”': a term
    # as some people name it, not words they said once, as 'what he called a “textbook case”' are)
    fragments = [f for f in fragments if not _named_as_a_term(doc, f)]
    reported = [c for c in find_reported_speech(doc, options.noun_phrase_contents)
                if not _inside_marks(c, spans, direct) and not _only_a_title(doc, c, titles)]
    reported = _outermost(_drop_citations_of_speech(reported))
    reported = [r for r in reported if not any(r.overlap(e.start, e.end) for e in echoes)]
    for headline in (find_headline_claim(doc), find_headline_cue_after(doc)):
        if headline is not None and not any(headline.overlap(r.start, r.end) for r in reported + echoes):
            reported.append(headline)

    # Unmarked transcript turns; a turn already quoted in marks is found with the marks.
    turns = [t for t in find_transcript_turns(doc) if not any(t.overlap(d.start, d.end) for d in direct)]
    turns += [b for b in find_block_quotes(index, spans) if not any(b.overlap(t.start, t.end) for t in turns)]
    reported = [r for r in reported if not any(r.within(t.start, t.end) for t in turns)]
    results: list[Candidate] = list(direct) + turns + echoes
    loose: list[MarkedSpan] = []
    # A noun-phrase content with quoted words in it is left to the fragment rules, which bound a
    # characterisation ('criticized the law as a “reckless experiment”') more closely.
    reported = [r for r in reported if not (r.rule == "indirect-verb-object" and any(
        r.start <= f.start < r.end for f in fragments))]
    for fragment in fragments:
        host = next((r for r in reported if r.start <= fragment.start < r.end), None)
        if host is None:
            loose.append(fragment)
            continue
        # The parser hangs closing marks on the main verb, so the clause may stop short of them.
        host.end = max(host.end, fragment.mark_end if fragment.closed else fragment.end)
        host.kind = "mixed"
        host.rule = host.rule.replace("indirect-", "mixed-", 1)
    for candidate in reported:
        if candidate.kind == "mixed":
            inner = [f for f in fragments if f.start >= candidate.start and f.end <= candidate.end]
            # The share counts the marks too: the clause was stretched to take in the closing one.
            quoted = (min(inner[0].mark_end, candidate.end) - max(inner[0].mark_start, candidate.start)) if inner else 0
            if len(inner) == 1 and quoted >= PARTIAL_SHARE * (candidate.end - candidate.start):
                candidate.start, candidate.end = inner[0].start, inner[0].end
                candidate.kind = "partial"
                candidate.rule = candidate.rule.replace("mixed-", "partial-", 1)
        results.append(candidate)

    governed: list[tuple[MarkedSpan, object]] = []
    for fragment in loose:
        governor = governing_speech_verb(doc, index, fragment)
        # A fragment with no speech verb above it is a scare quote, a title or a term; on the dev
        # set fewer than a quarter of such fragments were attributed quotes, so they are left out.
        # (a preposition inside the quoted words is theirs, not where the speaking happened: 'calling
        # its roadmap “a year behind”')
        if governor is not None and not (is_setting_of_speech(*governor) and not (
                governor[1].dep_ == "prep" and fragment.start <= governor[1].idx < fragment.end)):
            governed.append((fragment, *governor))
    results.extend(_fragments_by_verb(doc, governed, options.noun_phrase_contents))
    results.sort(key=lambda c: (c.start, c.end))
    # A quoted sentence with no verb ('“Absolutely not.”') is only a quote where it goes on with an
    # attributed one.
    governed_spans = {id(fragment) for fragment, _, _ in governed}
    verbless = [Candidate(f.start, f.end, "direct", "direct-floating") for f in loose
                if id(f) not in governed_spans and _is_whole_sentence(text, f)]
    return _continue_attribution(doc, _mark_interrupted(doc, _dedupe(_join_clauses_of_one_cue(doc, results))),
                                 verbless)


# What may stand between two clauses one cue reports: 'said A, and that B', 'A but that “B”'.
_CLAUSE_JOINERS = frozenset({"and", "but", "that", "or"})


def _join_clauses_of_one_cue(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """'said A and that B', 'said A, but that “B”', 'submitted that A, that B and that C': one cue, one
    report, however the parser hung the clauses and whichever rule found each (attribution corpora
    annotate one attribution per cue, and so do most annotators of invented news gold). The joined
    report has quoted words if either part had."""
    text = text_of(doc)
    joined: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, c.end)):
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind != "direct" and candidate.kind != "direct" \
                and previous.cue is not None and candidate.cue is not None and previous.cue.i == candidate.cue.i \
                and previous.end <= candidate.start and _only_clause_joiners(text[previous.end : candidate.start]):
            previous.end = candidate.end
            if previous.kind != candidate.kind:
                previous.kind = "mixed"
                previous.rule = previous.rule.replace("indirect-", "mixed-", 1).replace("partial-", "mixed-", 1)
            continue
        joined.append(candidate)
    return joined


def _only_clause_joiners(gap: str) -> bool:
    """Whether the text between two clauses holds a 'that' and nothing but joining words, commas and
    quote marks."""
    words = gap.replace(",", " ").replace(";", " ").split()
    words = [w.strip("“”\"‘’'") for w in words]
    words = [w for w in words if w]
    return "that" in (w.lower() for w in words) and all(w.lower() in _CLAUSE_JOINERS for w in words)


def _after_so_called(text: str, span: MarkedSpan) -> bool:
    before = text[max(0, span.mark_start - 12) : span.mark_start].rstrip().lower()
    return before.endswith(("so-called", "so called", "so‑called"))


def _named_as_a_term(doc: Doc, span: MarkedSpan) -> bool:
    """Whether the marked words are what 'what ... call(s)', in the present tense, names; or a relative
    clause's 'call' as a habit ('which regulars still call “A Caixa”', 'a case investigators came to
    call “the Reno blade”'); or a name, by its 'the' or capital, that many people called something
    ('what generations of players called “the Farrelly lap”'); never one person's phrase."""
    mark = doc.char_span(span.mark_start, span.mark_start + 1, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return False
    verb = doc[mark.start - 1]
    if verb.lower_ in ("a", "an", "the") and verb.i > 0:
        verb = doc[verb.i - 1]
    # (one person's present, as profiles tell a life, is their phrase: 'by what he calls “one
    # extremely bad winter”')
    one_person = any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or c.ent_type_ == "PERSON")
                     for c in verb.children)
    if verb.lemma_.lower() != "call" or one_person:
        return False
    # ('came to call': however the parser hangs the infinitive)
    habit = verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() == "come" \
        and any(c.lower_ == "to" for c in verb.children)
    clause = verb.head if habit else verb
    # (a 'what' may open the subject: 'what generations of players called')
    relative = clause.dep_ == "relcl" or any(t.lower_ == "what" for t in doc[verb.left_edge.i : verb.i])
    words = text_of(doc)[span.start : span.end].split()
    # ('the Farrelly lap': a capital names; 'the worst bill in years' is what critics called a bill)
    name = bool(words) and words[1 if words[0] == "the" and len(words) > 1 else 0][:1].isupper()
    many = any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in clause.children)
    return habit or relative and (verb.tag_ in ("VBP", "VBZ") or many and name)


def _is_whole_sentence(text: str, span: MarkedSpan) -> bool:
    words = text[span.start : span.end].split()
    return bool(words) and words[0][:1].isupper() and words[-1][-1:] in ".!?" and starts_sentence(text, span, False)


def _mark_interrupted(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """'“A,” he said, “b ...”': one sentence interrupted by its cue. The second part goes on with the
    same sentence (a comma after the cue, and a comma ending the first part or a lower-case start);
    it stays a quote of its own, as each quote holds only the speaker's words, and shares the cue."""
    text = text_of(doc)
    for previous, candidate in pairwise(candidates):
        if (previous.kind == candidate.kind == "direct"
                and previous.cue is not None and candidate.cue is not None
                and previous.cue.i == candidate.cue.i
                and _only_the_cue_between(doc, previous.cue, previous.end, candidate.start)
                and text[previous.end : candidate.start].rstrip(" “\"‘'").endswith(",")
                and "\n" not in text[previous.end : candidate.start]
                and (text[candidate.start : candidate.start + 1].islower()
                     or text[previous.start : previous.end].rstrip("”\"’' ").endswith(","))):
            candidate.rule = "direct-interrupted"
    return candidates


def _words_between(doc: Doc, start: int, end: int) -> list:
    """The words (no punctuation, spaces or marks) between two character offsets."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span or [] if not (t.is_punct or t.is_space or t.is_quote)]


def _only_the_cue_between(doc: Doc, cue, start: int, end: int) -> bool:
    """Whether the words between two quotes all belong to the cue's clause ('he said'), not to a
    clause above it ('Kell sings to the crowd before asking them')."""
    return all(cue.is_ancestor(t) or t.i == cue.i for t in _words_between(doc, start, end))


def _continue_attribution(doc: Doc, candidates: list[Candidate], optional: list[Candidate] = ()) -> list[Candidate]:
    """'“A,” X said. “B.”': a quote that opens the sentence right after its cue, with no cue of its
    own, goes on with what X said, so it takes the same cue and speaker. It stays a quote of its own:
    the narration between the two is not X's words. The attribution stops at the paragraph, where a
    new voice may start."""
    previous = None
    kept = []
    optional_ids = {id(c) for c in optional}
    for candidate in sorted([*candidates, *optional], key=lambda c: (c.start, c.end)):
        if candidate.continues and candidate.cue is None and previous is not None and previous.kind == "direct":
            # the next paragraph of a quote running over several
            candidate.cue, candidate.speaker, candidate.confidence = previous.cue, previous.speaker, previous.confidence
        elif (previous is not None and candidate.kind == "direct" and candidate.cue is None
                and previous.cue is not None and previous.speaker is not None
                and previous.cue.idx >= previous.end
                and _continues_after_cue(doc, previous.cue, previous.end, candidate.start)):
            candidate.cue, candidate.speaker = previous.cue, previous.speaker
            candidate.rule, candidate.confidence = "direct-continued", previous.confidence
        elif id(candidate) in optional_ids:
            continue
        kept.append(candidate)
        previous = candidate
    return kept


def _continues_after_cue(doc: Doc, cue, gap_start: int, gap_end: int) -> bool:
    """Whether the text between two quotes is just the rest of the cue's sentence and a new one
    opens with the second quote."""
    gap = text_of(doc)[gap_start:gap_end]
    if "\n" in gap or not gap.strip():
        return False
    start, end = sentence_bounds(cue)
    last = doc[end - 1]
    if last.idx + len(last.text) > gap_end:  # the second quote is still inside the cue's sentence
        return False
    opening = gap.rstrip()[-1:]
    if opening not in "“\"'‘":  # the second quote must open with its own mark
        return False
    return all(start <= t.i < end for t in _words_between(doc, gap_start, gap_end))


def _fragments_by_verb(doc: Doc, governed: list, noun_phrase_contents: bool = False) -> list[Candidate]:
    """Fragments under a speech verb. The quote is what the verb reports, i.e. the verb's dependent
    holding the fragment ('called [half of his supporters “deplorables”]'): partial when the
    fragment is all of it, else mixed. Fragments under the same verb make one quote. What follows a
    preposition is a content only with ``noun_phrase_contents``."""
    groups: list[list] = []
    for fragment, verb, child in governed:
        if groups and groups[-1][0][1].i == verb.i:
            groups[-1].append((fragment, verb, child))
        else:
            groups.append([(fragment, verb, child)])
    candidates = []
    for group in groups:
        verb = group[0][1]
        # 'in an article headlined “Who Built Marchetti Hall?”': a title, nobody's words
        group = [member for member in group if not _title_of_a_work(doc, member[0])]
        if not group:
            continue
        start, end = group[0][0].start, group[-1][0].end
        if verb.lemma_.lower() in ASKING_VERBS and verb.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # ('Asked whether the team had entered a “transition phase”, he replied': the asker's words)
        if any(_gives_a_name(doc, fragment, verb) for fragment, _, _ in group):
            continue  # 'regulars called it the “Bottle House”': a name, not anyone's words
        if all(_names_what_follows(doc, fragment) for fragment, _, _ in group):
            continue  # 'demanded the revival of the “Green Corridor” scheme': a programme's name
        for fragment, _, child in group:
            if _is_modifier(doc, fragment):
                continue  # 'threatened “very severe” sanctions': the quoted words are an epithet
            # ('accused the agency of “sitting on” the complaint': the accusation's object is the writer's too)
            if _is_characterisation(child) or verb.lemma_.lower() in NAMING_VERBS and child.dep_ == "dobj" \
                    or verb.lemma_.lower() == "accuse" and child.dep_ in ("dobj", "prep"):
                # 'called the plan “a disaster”', 'described him as “a fraud”': the speaker's words are
                # the quoted ones; what they characterise is the writer's.
                continue
            if _after_as_on_the_object(child, fragment):
                continue
            if child.dep_ == "prep":  # 'warned of “grave consequences”': the object, not the preposition
                child = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), child)
                if child.dep_ == "pcomp" and not noun_phrase_contents:
                    # ('cautioned against “rushing” the teenager': what follows a preposition reports
                    # no clause of the speaker's; only the quoted words are theirs)
                    continue
            if child.pos_ in ("NOUN", "PROPN") and not _verb_outside_quotes(doc, child, group):
                # ('noted “serious concerns” about the count': a noun phrase reports no clause; the
                # quoted words in it are the speaker's, the rest the writer's; so does one whose only
                # verbs are quoted, or in a clause of time after it: 'praised his side’s “refusal to
                # go quietly” after ...')
                continue
            bounds = content_bounds(child) if child.dep_ not in ("nsubj", "nsubjpass", "punct") else None
            if bounds is not None:
                child_start, child_end = span_chars(doc, *bounds)
                if child_start > verb.idx or child_end <= verb.idx:  # never swallow the cue itself
                    start, end = min(start, child_start), max(end, child_end)
        for fragment, _, _ in group:
            if fragment.closed and fragment.start < end <= fragment.mark_end:
                end = fragment.mark_end  # a quote ending in quoted words keeps the closing mark
            if fragment.mark_start <= start <= fragment.start:
                start = fragment.mark_start  # ... and one starting with them, the opening mark
        quoted = sum(f.mark_end - f.mark_start if f.closed else f.end - f.start for f, _, _ in group)
        # Under a light verb ('gave an ultimatum ... or face “...”') only the quoted words are sure
        # to be the speaker's: the noun's complement is too loosely parsed to bound the content.
        if quoted >= PARTIAL_SHARE * (end - start) or not is_speech_verb(verb):
            kind, rule, start, end = "partial", "partial-governed", group[0][0].start, group[-1][0].end
        else:
            kind, rule = "mixed", "mixed-governed"
        candidates.append(Candidate(start, end, kind, rule, cue=verb, speaker=subject_of(verb), confidence=0.6))
    return candidates


# Prepositions that open a clause of time as readily as a phrase: 'after a late header secured ...'.
TIME_PREPOSITIONS = frozenset({"after", "before", "until", "since", "during"})


def _verb_outside_quotes(doc: Doc, phrase, group: list) -> bool:
    """Whether a phrase holds a verb of its own: one outside the quoted words and outside any
    adverbial clause hung on it."""
    adverbial = {t.i for clause in phrase.subtree
                 if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)
                 or clause.dep_ == "prep" and clause.lower_ in TIME_PREPOSITIONS
                 for t in clause.subtree}
    return any(t.pos_ in ("VERB", "AUX") and t.i not in adverbial
               and not any(f.start <= t.idx < f.end for f, _, _ in group) for t in phrase.subtree)


# Verbs that give a name, and the verbs that make naming a habit ('have taken to calling it ...').
NAME_GIVING_VERBS = frozenset({"call", "dub", "nickname", "christen", "brand", "label", "term", "name", "know"})
HABIT_VERBS = frozenset({"take", "start", "begin", "come"})


def _gives_a_name(doc: Doc, fragment: MarkedSpan, verb) -> bool:
    """Quoted words that a naming verb gives as a name: written as a proper name ('called it the
    “Bottle House”'), or a name people have taken to using ('traders have started calling him
    “the iron governor”', 'what traders call a “bull steepener”'). Not a quote: it is what things
    are called, not what someone said."""
    span = doc.char_span(fragment.start, fragment.end, alignment_mode="expand")
    after_as = False  # whether the words hang from an 'as' ('known among nurses as “...”')
    if span is not None:
        # 'The practice, known as “list cleaning”, has been criticised': a naming verb between the
        # quoted words and the speech verb gives them as a name.
        node = span.root
        while node.i != verb.i and node.head.i != node.i:
            node = node.head
            after_as = after_as or node.lower_ == "as"
            if node.i != verb.i and node.lemma_.lower() in NAME_GIVING_VERBS and node.pos_ == "VERB":
                verb = node
                break
    if verb.lemma_.lower() not in NAME_GIVING_VERBS | {"describe"}:
        return False
    # ('a pattern traders call a “bull steepener”', 'a gap cardiologists often describe as “residual
    # risk”': what a whole group habitually calls a thing, in the present, is its name)
    group = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (or have come to call it: 'a practice critics have dubbed “shrinkflation”')
    present = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    # ('a practice critics have dubbed ...': the parser can take the noun the clause is on, with its
    # 'a', into the plural subject; 'a' never counts a plural)
    counted = [c for c in group.children if c.dep_ in ("det", "poss", "nummod")] if group is not None else []
    misread = bool(counted) and all(c.lower_ in ("a", "an") for c in counted) \
        and any(c.dep_ == "compound" and c.tag_ == "NN" for c in group.children)
    habitual = present and group is not None and group.tag_ == "NNS" \
        and not group.ent_type_ and (misread or not counted and (
            verb.dep_ == "relcl" or any(c.tag_ == "WP" and c.dep_ in ("dobj", "nsubj") for c in verb.children)))
    if verb.lemma_.lower() == "describe" and not habitual:
        return False
    words = [w for w in text_of(doc)[fragment.start : fragment.end].split() if w[:1].isalpha()]
    capitalised = _title_cased(words)
    # (a name has a noun in it and no indefinite article: 'called the plan “A Total Disaster”' and
    # a capitalised adjective alone characterise)
    proper = capitalised and span is not None and any(t.pos_ in ("NOUN", "PROPN") for t in span)
    # ('what her campaign calls the “Made Right Here” tour': capitalised words naming the noun after them)
    proper = proper or capitalised and _is_modifier(doc, fragment)
    # ('known as “list cleaning”': what something is known as is always a name)
    known_as = verb.lemma_.lower() == "know" and (after_as or any(c.lower_ == "as" for c in verb.children))
    habit = verb.dep_ in ("xcomp", "pcomp", "pobj") and verb.head.lemma_.lower() in HABIT_VERBS or (
        verb.head.lower_ == "to" and verb.head.head.lemma_.lower() in HABIT_VERBS)
    # ('calling the device the “pocket furnace”': a definite article outside the marks makes the
    # words a label; a characterisation carries its own, 'called it “the worst deal ever”'; and
    # 'what she called the “...”' is someone's phrase for a thing, in their words)
    what = any(c.tag_ == "WP" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    labelled = span is not None and span.start > 0 and doc[span.start - 1].is_quote and span.start > 1 \
        and doc[span.start - 2].lower_ == "the" and bool(words) and not any(t.pos_ in ("VERB", "AUX") for t in span) \
        and not what
    # ('stocks often dubbed “bond proxies”': a name given in the passive, by nobody in particular)
    by_nobody = verb.lemma_.lower() in NAME_GIVING_VERBS and verb.tag_ == "VBN" and passive_agent(verb) is None \
        and (verb.dep_ == "acl" and not main_verb_read_as_participle(verb)
             or any(c.dep_ == "auxpass" for c in verb.children))
    return proper or habit or known_as or labelled or habitual or by_nobody


# Nouns for works, and verbs that give a work its title, before or beside a title in marks.
WORK_NOUNS = frozenset({"article", "book", "report", "film", "movie", "documentary", "album", "song", "play", "show",
                        "series", "novel", "memoir", "essay", "column", "headline", "study", "paper", "poem",
                        "exhibition", "podcast", "programme", "program", "editorial", "op-ed", "letter", "post"})
TITLING_VERBS = frozenset({"headline", "title", "entitle", "caption"})


def _title_of_a_work(doc: Doc, fragment: MarkedSpan) -> bool:
    """Two words or more in marks, written as a title is, right after a noun for a work or a verb
    that titles one, or set beside such a noun after them: 'an article headlined “Who Built Marchetti
    Hall?”', 'the author of “The Second Look,” a book about ...'. (A slogan chanted or proclaimed is
    someone's words.)"""
    words = [w for w in text_of(doc)[fragment.start : fragment.end].split() if w[:1].isalpha()]
    span = doc.char_span(fragment.mark_start, fragment.mark_end, alignment_mode="expand")
    if span is None:
        return False
    # (or set off after such a noun: 'cited its own report, “Following the Money,”')
    before = [t for t in doc[max(0, span.start - 3) : span.start] if t.lower_ not in ("the", "a", "an", "of")]
    if before and before[-1].text == "," and len(before) > 1:
        before = before[:-1]
    # (after a verb that titles a work, whatever is in marks is its title, however it is written: 'a
    # post titled “A Stage for Everyone”', 'a press release headlined “Forty winks, sharper minds”';
    # not what someone is 'entitled “to”')
    # (and a participle 'headed' right before it: 'a statement headed “Hands off our breaks”')
    if before and before[-1].pos_ == "VERB" and (before[-1].lemma_.lower() in TITLING_VERBS
                                                 or before[-1].lower_ == "headed" and before[-1].tag_ == "VBN"):
        return bool(words) and words[0].lower() != "to"
    if len(words) < 2 or not _title_cased(words):
        return False
    titled = bool(before) and (before[-1].lemma_.lower() in TITLING_VERBS or before[-1].lower_ in WORK_NOUNS
                               or before[-1].lower_ == "author")
    after = [t for t in doc[span.end : span.end + 5] if not t.is_punct and t.pos_ not in ("DET", "ADJ")]
    beside = any(t.text == "," for t in span[-2:]) or span.end < len(doc) and doc[span.end].text == ","
    return titled or beside and bool(after) and after[0].lower_ in WORK_NOUNS


def _title_cased(words: list[str]) -> bool:
    """Written as a name is: every word but the small ones capitalised, and no indefinite article."""
    return bool(words) and words[0].lower() not in ("a", "an") \
        and all(w[:1].isupper() for w in words if w.lower() not in ("the", "of", "and", "for", "in", "on", "to", "at"))


def _names_what_follows(doc: Doc, fragment: MarkedSpan) -> bool:
    """Words written as a name, with a noun among them, before the noun they name: 'the “Green
    Corridor” scheme'. (A capitalised adjective alone may be a headline's quoted word.)"""
    span = doc.char_span(fragment.start, fragment.end, alignment_mode="expand")
    words = [w for w in text_of(doc)[fragment.start : fragment.end].split() if w[:1].isalpha()]
    if span is None or not _is_modifier(doc, fragment):
        return False
    # (or a label of a few nouns in lower case, which no one's judgment is: 'a “zero tolerance”
    # policy', 'a ‘rail roko’ agitation'; unlike an epithet, 'threatened “very severe” sanctions')
    label = len(words) <= 3 and span.root.dep_ in ("compound", "nmod") and all(
        t.pos_ in ("NOUN", "PROPN", "NUM") or t.is_punct for t in span)
    return label or _title_cased(words) and any(t.pos_ in ("NOUN", "PROPN") for t in span)


def _is_characterisation(child) -> bool:
    """The fragment says what the verb's object is: an object predicate ('called X “Y”') or an
    'as' phrase ('described X as “Y”')."""
    verb = child.head
    # (or the passive's subject: 'the bill was called “a disgrace”')
    target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None and child.dep_ == "oprd" and verb.lemma_.lower() in NAMING_VERBS and child.i > verb.i \
            and any(t.text in "“\"" and t.i > child.left_edge.i for t in child.subtree):
        # ('called the fine “a rounding error” for a bank ...': the parser took the object into the
        # predicate it is given, whose words are the quoted ones still)
        return True
    if target is None or target.lower_.endswith(("self", "selves")):
        return False  # 'pronounced himself “satisfied”': a speaker describing themself is a partial quote
    return child.dep_ in ("oprd", "xcomp", "ccomp") and child.i > verb.i or (
        child.dep_ == "prep" and child.lower_ == "as")


def _after_as_on_the_object(child, fragment: MarkedSpan) -> bool:
    """The fragment follows an 'as' that judges the verb's object, however the parser hung it: on the
    object ('dismissed the comments as “theater” aimed at ...', 'described her eyesight as “...”', the
    object read as an adverb) or opening a clause ('dismissed the vote as “theater” staged for ...')."""
    opener = ("prep",) if child.dep_ in ("dobj", "advmod") else ("mark",) if child.dep_ == "advcl" else ()
    return any(c.dep_ in opener and c.lower_ == "as" and c.idx < fragment.start for c in child.children)


def _is_modifier(doc: Doc, fragment: MarkedSpan) -> bool:
    """A fragment that only modifies a noun outside it."""
    span = doc.char_span(fragment.start, fragment.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = [t for t in span if not t.is_punct]
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside]
    return bool(roots) and all(t.dep_ in ("amod", "compound", "nmod", "advmod") for t in roots)


def _inside_marks(candidate: Candidate, spans: list[MarkedSpan], direct: list[Candidate]) -> bool:
    """Reported speech whose cue sits inside quote marks, or whose content is mostly a direct quote."""
    if candidate.cue is not None and any(s.start <= candidate.cue.idx < s.end for s in spans):
        return True
    length = candidate.end - candidate.start
    return any(candidate.overlap(d.start, d.end) > 0.5 * length for d in direct)


def _only_a_title(doc: Doc, candidate: Candidate, titles: list[MarkedSpan]) -> bool:
    """A 'content' whose only verbs are in a title ('In his book, “Make Your Dog a Genius,” he
    suggested ...'): the parser took the title for the reported clause."""
    if not any(candidate.start <= t.start < candidate.end for t in titles):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return not any(t.pos_ in ("VERB", "AUX") and not any(s.start <= t.idx < s.end for s in titles)
                   for t in span or [])


def _drop_citations_of_speech(reported: list[Candidate]) -> list[Candidate]:
    """'X said ..., according to the news agency': the speech is X's; the agency only relays it. A
    speech act with a noun-phrase content ('X proposed a truce, according to Y') is Y's account."""
    verbs = [c for c in reported if c.rule not in ("indirect-according-to", "indirect-verb-object")]
    return [
        c for c in reported
        if c.rule != "indirect-according-to"
        or not any(v.cue is not None and c.start <= v.cue.idx < c.end for v in verbs)
    ]


def _outermost(reported: list[Candidate]) -> list[Candidate]:
    """Drop reports whose cue lies inside another report's content (speech reported within speech)."""
    kept = []
    for candidate in reported:
        cue_at = candidate.cue.idx if candidate.cue is not None else candidate.start
        if any(other is not candidate and other.start <= cue_at < other.end and candidate.within(other.start, other.end)
               for other in reported):
            continue
        kept.append(candidate)
    return kept


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per span; where two overlap heavily, keep the more confident."""
    kept: list[Candidate] = []
    for candidate in candidates:
        clash = next((k for k in kept if k.overlap(candidate.start, candidate.end)
                      > 0.5 * min(k.end - k.start, candidate.end - candidate.start)), None)
        if clash is None:
            kept.append(candidate)
        elif candidate.confidence > clash.confidence:
            kept[kept.index(clash)] = candidate
    return kept
