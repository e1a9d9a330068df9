"""Reporting cues: the verbs and phrases that introduce speech, and how to read them off the parse.

Only verbs of saying are cues. Verbs of belief, intention or evidence ("wants", "plans", "a poll shows")
are left out on purpose: they attribute something, but not a quotation.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

# Lemmas of verbs that report speech or writing.
SPEECH_VERBS = frozenset(
    """
    say tell add state claim argue insist warn stress note confirm write explain announce declare
    report reply respond answer suggest acknowledge admit deny predict promise vow pledge indicate
    emphasize emphasise reiterate repeat assert contend maintain allege complain concede recall mention
    remark observe comment caution tweet post testify counter retort boast joke quip conclude urge
    threaten demand ask pronounce continue reveal disclose assure affirm proclaim estimate lament
    acknowledge dismiss describe call charge accuse blast slam criticize criticise praise
    recount recall inform advise tout question wonder
    reason muse guarantee swear shout yell whisper exclaim specify clarify underline underscore
    highlight reaffirm protest plead propose remind forecast chant liken
    condemn denounce characterize characterise dub brand hail encourage implore beg exhort instruct
    scold chide rebuke admonish opine aver apprise term label
    mutter murmur mumble grumble snap growl sigh bellow hiss stammer scoff interject laugh caption
    signal deride decry lambaste appeal defend mock ridicule
    """.split()
)

# Verbs that report only through a noun holding a 'that' clause: 'expressed concern that ...',
# 'voiced hope that ...' (not 'expressed interest in the site').
EXPRESSING_VERBS = frozenset({"express", "voice"})
# Nouns for a view held, whose 'that' clause is the view: 'his view that ...', 'concern that ...'.
# (Not any noun: in 'stressing the danger that such a plan would pose' the 'that' opens a relative
# clause.)
VIEW_NOUNS = frozenset("""
    view position stance belief claim assertion contention argument concern fear hope worry doubt
    confidence conviction opinion assessment warning insistence commitment pledge promise message point
    suggestion expectation optimism frustration disappointment regret feeling sense assurance
    """.split())


def that_clause_of(head: Token) -> Token | None:
    """The clause after ``head``, hung on it, that opens with 'that' and has a subject of its own
    ('his view [that the plan was unaffordable]'), however the parser labelled it."""
    return next((c for c in head.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > head.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 and any(t.dep_ in ("nsubj", "nsubjpass") for t in c.children)), None)


def _view_clause(verb: Token) -> Token | None:
    """The 'that' clause a view noun the verb takes as object holds: 'reiterated [his view] that ...'."""
    return next((clause for obj in verb.children if obj.dep_ == "dobj" and obj.i > verb.i and obj.pos_ == "NOUN"
                 and obj.lemma_.lower() in VIEW_NOUNS and (clause := that_clause_of(obj)) is not None), None)

# Verbs that only count as cues with a clausal complement or a colon ("X continued: ..."), never
# on their own, because their ordinary sense is not speech.
WEAK_SPEECH_VERBS = frozenset({"continue", "call", "describe", "question", "wonder", "term", "label", "appeal",
                               "defend"})

# Verbs that report speech only with a clause of their own ("both sides agreed that ..."); with an
# infinitive or an object they name an act ("agreed to talk", "agreed with her").
# A court's or an official's ruling ('ruled that ...', 'held that ...') is a statement too, and so
# is what a witness concedes ('accepted that the sheets had been signed').
CLAUSE_ONLY_SPEECH_VERBS = frozenset({"agree", "rule", "hold", "accept", "submit", "recommend"})

# Verbs that name or characterise what they take as object ('called the plan “a disaster”').
NAMING_VERBS = frozenset({"call", "dub", "brand", "label", "term", "describe", "characterize", "characterise"})

# Nouns naming a speech act, which report their content in a that-clause:
# "Trump's claim that ...", "a statement that ...".
SPEECH_NOUNS = frozenset(
    """
    claim statement assertion remark comment announcement warning promise pledge report allegation
    accusation suggestion insistence argument declaration admission denial assurance prediction vow
    ultimatum threat demand appeal charge message acknowledgment acknowledgement conclusion request
    """.split()
)
# Speech-act nouns whose content can be a noun phrase after a preposition: "his comments [about the
# ruling]", "her criticism [of the plan]".
NOUN_PREPOSITION_CONTENT = {
    **{noun: {"about"} for noun in ("claim", "statement", "comment", "remark", "question", "rhetoric", "answer",
                                     "complaint", "joke", "warning")},
    **{noun: {"of"} for noun in ("criticism", "assessment", "condemnation", "denunciation", "praise",
                                 "endorsement", "description", "characterization")},
}
# Speech-act nouns whose content can be a to-infinitive: "a request to delay the vote".
INFINITIVE_NOUNS = frozenset({"request", "promise", "pledge", "vow", "call", "appeal", "demand", "ultimatum"})
# Every noun that can name a speech act with a content.
SPEECH_ACT_NOUNS = SPEECH_NOUNS | frozenset(NOUN_PREPOSITION_CONTENT)

# Verbs that report speech through their object, which names the speech act: "gave an ultimatum",
# "issued a warning", "raised questions about".
LIGHT_VERBS = frozenset({"give", "issue", "make", "deliver", "send", "repeat", "renew", "raise", "voice", "express",
                         "offer", "level", "lodge", "post", "publish"})

# Phrasal cues: verb + particle.
PHRASAL_CUES = frozenset({("point", "out"), ("go", "on"), ("lay", "out"), ("spell", "out"),
                          ("shoot", "back"), ("hit", "back"), ("fire", "back")})
PHRASAL_CUE_VERBS = frozenset(verb for verb, _ in PHRASAL_CUES)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
# "saying ...", "adding that ...": participles that take the subject of the verb they hang from.
INVERSION_PUNCT = frozenset({",", "”", "\"", "’", "'"})
INHERITING_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "pcomp", "acl"})


def text_of(doc) -> str:
    """The doc's text, read once per doc (``Doc.text`` is rebuilt from the tokens on every access)."""
    key = "quotes.text"
    if key not in doc.user_data:
        doc.user_data[key] = doc.text
    return doc.user_data[key]


def sentence_starts(doc) -> list[int]:
    """Token indices where the doc's sentences start, worked out once per doc (``Token.sent``
    walks the whole doc on every call)."""
    key = "quotes.sentence_starts"
    if key not in doc.user_data:
        doc.user_data[key] = [s.start for s in doc.sents]
    return doc.user_data[key]


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the sentence holding ``token``."""
    starts = sentence_starts(token.doc)
    at = bisect_right(starts, token.i) - 1
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(token.doc)


# Who hears evidence in court reports: 'The court heard from X, prosecuting, that ...'.
HEARING_BODIES = frozenset({"court", "jury", "inquest", "tribunal", "hearing", "magistrate", "panel", "inquiry"})


def heard_from(verb: Token) -> Token | None:
    """'The court heard from Rebecca Roe, prosecuting, that ...': the one a court heard a 'that'
    clause from is who said it."""
    if verb.lemma_.lower() != "hear" or not any(c.dep_ == "nsubj" and c.lemma_.lower() in HEARING_BODIES
                                                 for c in verb.children):
        return None
    source = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj"), None)
    if source is None or not any(c.dep_ == "mark" and c.lower_ == "that" for t in verb.subtree if t.dep_ == "ccomp"
                                 for c in t.children):
        return None
    return source


# Verbs of catching someone in the act, seen, heard or recorded: 'X was heard ... saying'.
PERCEPTION_VERBS = frozenset({"hear", "overhear", "see", "film", "record", "catch", "videotape", "tape", "watch"})


def perceived_speaking(verb: Token) -> Token | None:
    """'Roe could be heard on the team radio shouting ...', 'was overheard on a train telling a friend
    that ...': a speech participle inside the place phrase of a passive verb of hearing, seeing or
    recording, which the parser hung on the place's noun or gave it as subject, is the passive
    subject's speech. That subject, or None."""
    if verb.tag_ != "VBG":
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None and (own.pos_ != "NOUN" or _can_speak(own)):
        return None
    node = verb
    for _ in range(3):  # (saying -> recording -> on -> heard, or shouting -> on -> heard)
        node = node.head
        if node.dep_ == "prep" and node.head.lemma_.lower() in PERCEPTION_VERBS and node.head.tag_ == "VBN":
            perceiver = node.head
            subject = next((c for c in perceiver.children if c.dep_ == "nsubjpass"), None)
            return subject if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None
        if node.dep_ not in ("pobj", "pcomp", "acl", "prep"):
            return None
    return None


def is_speech_verb(token: Token, strong_only: bool = False) -> bool:
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = token.lemma_.lower()
    # (most verbs are no cue at all: the word is looked at before the negation is looked for)
    if lemma == "hear":
        return heard_from(token) is not None and not strong_only
    if lemma in EXPRESSING_VERBS:
        return not strong_only and not is_negated(token) and _view_clause(token) is not None
    if lemma not in SPEECH_VERBS and lemma not in CLAUSE_ONLY_SPEECH_VERBS and lemma not in ("put", "read") \
            and lemma not in PHRASAL_CUE_VERBS:
        return False
    if is_negated(token):
        return False  # "has not indicated that ..." reports nothing
    if lemma in SPEECH_VERBS:
        if lemma == "add" and any(c.dep_ == "dobj" and (c.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
                                                         or any(n.dep_ == "nummod" for n in c.children))
                                  for c in token.children):
            return False  # 'employers added 42,000 jobs': adding a number of things is not saying it
        if lemma == "admit" and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) \
                and not any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
            return False  # 'she was admitted to a ward': let in, not owning up
        return not (strong_only and lemma in WEAK_SPEECH_VERBS)
    if lemma == "put" and (_as_put_it(token) or put_it_to_clause(token) is not None):
        return True
    if lemma == "read" and _written_words_follow(token):
        return True
    if lemma in CLAUSE_ONLY_SPEECH_VERBS:
        # (a ruling needs its 'that': 'could hold executives liable' reports nothing)
        # (or hung on counsel's part: 'agreed with X SC, defending, that ...')
        clauses = list(token.children) + [c for p in token.children if p.lower_ in COUNSEL_PARTICIPLES
                                          for c in p.children]
        return not strong_only and any(c.dep_ in ("ccomp", "parataxis") and (lemma == "agree" or any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) for c in clauses)
    # (the parser can take the particle for an adverb: 'shot back')
    return any(
        (lemma, child.lower_) in PHRASAL_CUES for child in token.children if child.dep_ in ("prt", "advmod")
    )


# Verbs of remembering: no report of their own ('voters remember the strike'), but beside a quote
# they say who recalls it ('“We had nothing,” she remembers.').
RECOLLECTION_VERBS = frozenset({"remember", "reminisce"})


def is_quote_cue(token: Token) -> bool:
    """A verb that can say whose a quote right beside it is: a speech verb, or one of remembering
    with nothing else to report ('“...,” he remembers.', 'She remembers: “...”'), or the coming of an
    answer from someone ('“...,” came the reply from X')."""
    if is_speech_verb(token) or answer_came_from(token) is not None:
        return True
    return token.lemma_.lower() in RECOLLECTION_VERBS and token.pos_ == "VERB" and not is_negated(token) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") and c.i > token.i for c in token.children)


# Nouns for an answer, which can 'come' from someone after a quote: '“...,” came the reply from X'.
ANSWER_NOUNS = frozenset({"reply", "response", "answer", "retort", "rejoinder"})


def answer_came_from(verb: Token) -> Token | None:
    """'“...,” came the reply from his race engineer, Marcus Fenwick': an answer that came from
    someone, inverted after the quote, is that one's words; who it came from speaks."""
    if verb.lemma_.lower() != "come":
        return None
    answer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i
                   and c.lemma_.lower() in ANSWER_NOUNS), None)
    if answer is None:
        return None
    source = next((c for c in (*answer.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"
                   and c.i > answer.i), None)
    return next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None


# What someone writes to say something, whose words 'read': 'The statement read in part: “...”'.
# (A sign's or a banner's slogan is nobody's statement.)
WRITTEN_ITEMS = frozenset({"statement", "communique", "communiqué", "letter", "message", "note", "post", "notice",
                           "release", "memo", "email", "text", "tweet", "petition", "resolution"})


# Verbs by which a body or a person puts out something written in its name: 'issued a statement
# saying ...' (not 'received a letter saying ...', whose writer is someone else).
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "post", "put", "write", "sign", "read", "make",
                           "deliver", "circulate", "share", "tweet", "email", "submit", "distribute", "give"})


def _issuer_of_written_item(participle: Token) -> Token | None:
    """'Her management issued a statement saying she was ...', 'the club responded with a statement
    saying ...': a participle of saying on something written says it for whoever put the writing out,
    the subject of the verb of issuing (or of the verb the 'with' phrase is on)."""
    item = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or item.i > participle.i \
            or item.lemma_.lower() not in WRITTEN_ITEMS:
        return None
    if item.dep_ == "dobj" and item.head.lemma_.lower() in ISSUING_VERBS:
        return item.head
    if item.dep_ == "pobj" and item.head.lower_ == "with" and item.head.head.pos_ == "VERB":
        return item.head.head
    return None


def _written_words_follow(verb: Token) -> bool:
    """'The communique read: “...”', 'the statement, signed by ..., read in part, “...”': what a written
    thing says, quoted after the verb."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        subject = verb.head  # (the parser can hang the verb on the noun: 'The statement, signed by X, read ...')
    if subject is None or subject.lemma_.lower() not in WRITTEN_ITEMS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    doc = verb.doc
    i = verb.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].lower_ == "part":
        i += 2
    while i < len(doc) and doc[i].text in (":", ",") or i < len(doc) and doc[i].is_space:
        i += 1
    return i < len(doc) and doc[i].is_quote


def put_it_to_clause(verb: Token) -> Token | None:
    """The clause of the idiom 'put it to the witness that ...', a charge put to someone. The parser
    hangs it anywhere in the verb's phrase (on 'it', on 'the witness'), so the clause is the one its
    'that' opens right after the one addressed."""
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return None
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > verb.i), None)
    if to is None:
        return None
    addressed = next((c for c in to.children if c.dep_ == "pobj"), None)
    if addressed is None or addressed.i + 1 >= len(verb.doc):
        return None
    that = verb.doc[addressed.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or not verb.is_ancestor(that.head):
        return None
    return that.head


def _as_put_it(verb: Token) -> bool:
    """The idiom 'as X put it', which reports the words it hangs on."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and [
        c.lower_ for c in verb.children if c.dep_ == "dobj"] == ["it"]


# Verbs that say the act under them did not happen: 'declined to say how many ...'; or only that
# someone wanted it to: 'senators pressed her to explain why ...'.
UNDONE_VERBS = frozenset({"decline", "refuse", "fail", "press", "pressure", "push", "challenge", "dare"})


# Endings of English nouns for people by what they do: 'bartender', 'survivor', 'resident', 'trustee',
# 'roommate'.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "mate")


def has_person_noun_ending(lemma: str) -> bool:
    """Whether a noun ends as nouns for people do ('resident', 'adviser'), not as nouns for acts and
    things in '-ment' ('statement', 'government')."""
    return lemma.endswith(PERSON_NOUN_ENDINGS) and not lemma.endswith("ment")


# Verbs for turning something down, which the speaker does, not what they report: 'but declined to ...'.
REFUSING_VERBS = frozenset({"decline", "refuse"})


def is_negated(token: Token) -> bool:
    """A 'not' on the verb, outside quote marks (a 'not' inside the quote does not count), or a verb
    saying it was not done ('declined to say'), or one done 'without' ('left without saying why', the
    idiom 'it goes without saying')."""
    # (and the verbs joined to it: 'declined to discuss a motive or say whether ...')
    first = token
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.dep_ == "xcomp" and first.head.lemma_.lower() in UNDONE_VERBS:
        return True
    # (a bare verb the parser joined to the declining verb itself goes with its infinitive)
    if token.dep_ == "conj" and token.tag_ == "VB" and token.head.lemma_.lower() in UNDONE_VERBS \
            and any(c.dep_ == "xcomp" for c in token.head.children):
        return True
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True
    # ('no one can say where the money went', 'nobody has said why': said by nobody)
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or c.lower_ == "one" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in token.children):
        return True
    return any(child.dep_ == "neg" and not _quote_mark_between(child, token) for child in token.children)


def is_speech_act(token: Token) -> bool:
    """A speech verb, or a light verb whose object names a speech act ("issued a warning")."""
    if is_speech_verb(token):
        return True
    # ('resigned, citing “personal reasons”': what someone cites in marks is their words)
    if token.pos_ == "VERB" and token.lemma_.lower() == "cite":
        return True
    # ('rejected the accusations as “fiction”': a rejection that says what the thing is)
    if token.pos_ == "VERB" and token.lemma_.lower() == "reject" and any(
            p.dep_ == "prep" and p.lower_ == "as" for c in [token, *token.children] for p in c.children):
        return True
    return token.pos_ == "VERB" and token.lemma_.lower() in LIGHT_VERBS and any(
        child.dep_ == "dobj" and child.lemma_.lower() in SPEECH_NOUNS for child in token.children)


def _made_to_speak(verb: Token) -> Token | None:
    """'The figures prompted the Doctors' Alliance to accuse ...', 'forced Roe to admit ...': the one
    speaking is the object of the verb that made them speak, not its subject. (After a verb of
    asking or urging, 'asked X to confirm', X has not spoken yet; that is the asker's report.)"""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or is_speech_verb(head) or head.lemma_.lower() in DIRECTIVES:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    # (a name or a pronoun: 'used strong words to condemn ...' is a purpose, not a speaker made to speak)
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i
                 and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))), None)


def name_after_closing_mark(verb: Token) -> Token | None:
    """'“...,” Tolliver said': a name or a personal pronoun alone between a closing quote mark and
    the verb is its speaker, whatever dependency the parser gave it (it sometimes hangs the verb
    on the quote and the name on the verb as a modifier)."""
    doc = verb.doc
    start = verb.i
    # (the tagger can take a surname it does not know after the mark for an adverb or a noun; a title
    # before it can join two, 'MAC Deputy Minister and spokesman Lin Cheng-yu told', and a romanised
    # given name ends in a lower-case syllable)
    # (or a noun's tag with another part of speech: 'Raybould' tagged NN, read as an auxiliary)
    while start > 0 and verb.i - start < 10 and (
            (doc[start - 1].pos_ in ("PROPN", "NOUN", "ADV", "ADJ") or doc[start - 1].tag_ in ("NN", "NNP"))
            and doc[start - 1].text[:1].isupper()
            or start == verb.i and start >= 3 and doc[start - 1].is_lower and doc[start - 2].text in ("-", "‐")
            and not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_
            or start < verb.i and doc[start].pos_ != "PUNCT" and doc[start - 1].text in ("-", "‐")
            and not doc[start - 1].whitespace_
            or start < verb.i and doc[start - 1].lower_ == "and" and doc[start - 2].text[:1].isupper()
            or start < verb.i and doc[start - 1].pos_ == "NOUN" and doc[start - 1].dep_ == "compound"
            and doc[start].text[:1].isupper()):
        start -= 1
    if start == verb.i and start > 0 and doc[start - 1].lower_ in ("he", "she", "they"):
        start -= 1
    end = verb.i
    # (or a name with its description set off by commas before the verb: '“...,” Priya Roe, the
    # firm’s co-founder, said')
    described = _name_described_before(verb) if start == verb.i else None
    if described is not None:
        start = end = described.i + 1
        # (a hyphenated first name too: 'Jean-Marc Dufresne')
        while start > 0 and end - start < 5 and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
                                                 or start >= 2 and doc[start - 1].text in ("-", "‐")
                                                 and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
                                                 and doc[start - 2].pos_ == "PROPN"):
            start -= 1
    if start == end or start < 2:
        return None
    # (a place's name opening the phrase the tagger took for a verb: '“...,” Tulsa fire Chief X said')
    if start >= 3 and doc[start - 1].pos_ == "VERB" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].text[1:].islower() and doc[start - 2].is_quote:
        start -= 1
    mark = doc[start - 2] if doc[start - 1].text == "," else doc[start - 1]
    closing = mark.is_quote and (mark.text in ("”", "’") or not doc[mark.i - 1].whitespace_)
    return doc[end - 1] if closing else None


def _name_described_before(verb: Token) -> Token | None:
    """The last word of a proper noun right before a comma that opens a description ending, with
    another comma, right before the verb, with no verb or quote mark inside it."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    # (a plural's possessive apostrophe is no quote mark: 'president of the Spirits Producers' Union')
    # (and the recogniser can take a person with an unfamiliar name for a body)
    comma = next((k for k in range(verb.i - 2, max(verb.i - 14, 2), -1) if doc[k].text == ","), None)
    if comma is None or any(doc[k].pos_ in ("VERB", "AUX") or doc[k].is_quote and doc[k].tag_ != "POS"
                            for k in range(comma + 1, verb.i)):
        return None
    name = doc[comma - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ in ("", "PERSON", "ORG") and name.text[:1].isupper() \
        else None


def report_subject_read_as_cue_s(verb: Token) -> Token | None:
    """'A cousin of the family, X, said relatives planned to push for a law': the parser can make the
    report's subject a subject of the cue and the report's past-tense verb a participle on it
    ('relatives [who were] planned'). Only a participle taking an object or a clause, as a past tense
    does ('said officials briefed on the talks' is no report), and only when the cue's speaker is
    before it: another subject, or a name set off right before the cue."""
    doc = verb.doc
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i
                 and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.i + 1), None)
    if noun is None:
        return None
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > noun.i
                       and doc[c.i - 1].text != "," and not any(d.dep_ == "agent" for d in c.children)
                       and any(d.dep_ in ("dobj", "xcomp", "ccomp") for d in c.children)), None)
    if participle is None:
        return None
    before = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    return noun if before or _name_set_off_before(verb) is not None else None


def main_verb_read_as_participle(verb: Token) -> bool:
    """'Jane Roe, director of X, called the approach “...”', parsed as a name with a participle
    after it and no verb: a participle with an object is active, and the name it hangs on, the
    sentence's root, is its subject; so is one with a preposition ('Roe's lawyer, Ann Lee, asked for
    five years, saying ...') or a 'that' clause ('Acme, which ..., announced that ...'): the sentence
    has no other verb."""
    # (or on the name set beside the root: 'The city's mayor, Ann Roe, called him “...”')
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") \
        and (head.dep_ == "ROOT" or head.dep_ == "appos" and head.head.dep_ == "ROOT" and head.head.i < head.i) \
        and head.pos_ in ("PROPN", "NOUN") and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ in ("dobj", "oprd") or c.dep_ == "prep" and c.i == verb.i + 1 or c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def relative_subject_read_as_head(verb: Token) -> bool:
    """'an idea Roe dismissed as ...', 'the firm Acme bought': a relative clause with no 'that', whose
    subject, a name right before its past-tense verb, the parser made the noun the verb modifies."""
    head = verb.head
    # (the tagger can take the name for a common noun and the verb for a participle, as it does the
    # clause; a capital mid-sentence still marks the name)
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.i == verb.i - 1 \
        and (head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.text[:1].isupper() and not head.is_sent_start) \
        and head.dep_ in ("appos", "compound", "dobj", "pobj", "npadvmod") and head.head.i < head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in verb.children)


def _owner_before_whose_clause(verb: Token) -> Token | None:
    """'Rachel Roe, whose son Callum has autism, said ...': a name, then a 'whose' clause set off by
    commas right before the verb, is who speaks, however the parser hung the clause (it can take the
    clause's verb for what was said and its nouns for the speaker)."""
    doc = verb.doc
    start, _ = sentence_bounds(verb)
    # (a tensed verb: a participle goes on from the clause before, 'praised X, whose ..., calling him ...')
    if verb.i < 4 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    whose = next((t for t in reversed(doc[start : verb.i - 1]) if t.tag_ == "WP$" and t.lower_ == "whose"), None)
    if whose is None or whose.i < start + 2 or doc[whose.i - 1].text != ",":
        return None
    owner = doc[whose.i - 2]
    between = doc[whose.i + 1 : verb.i - 1]
    # (a name set off inside the clause keeps its commas: 'whose 10-year-old son, Eli, was on the bus')
    named = _commas_setting_off_names(between)
    if owner.pos_ not in ("PROPN", "NOUN") or owner.dep_ in ("dobj", "pobj", "dative") \
            or any(t.text in ",;:" and t.i not in named or t.is_quote or is_speech_verb(t) for t in between):
        return None
    return owner


def _commas_setting_off_names(stretch: Span) -> set[int]:
    """Where the commas are that set off a name inside a stretch, ', Eli,': one opening in it, one to
    three capitalised proper nouns, then the one closing."""
    doc, found = stretch.doc, set()
    for comma in stretch:
        if comma.text != ",":
            continue
        i = comma.i + 1
        while i < len(doc) and i - comma.i <= 3 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
            i += 1
        if i > comma.i + 1 and i < len(doc) and doc[i].text == ",":
            found |= {comma.i, i}
    return found


def _inside_marks_from(a: Token, b: Token) -> bool:
    """Whether ``b`` is inside quote marks that open after ``a``: an odd number of marks between them."""
    return len(_marks_between(a, b)) % 2 == 1


def _quote_mark_between(a: Token, b: Token) -> bool:
    return bool(_marks_between(a, b))


def _marks_between(a: Token, b: Token) -> list[Token]:
    """The quote marks strictly between two tokens."""
    low, high = sorted((a.i, b.i))
    return [t for t in a.doc[low + 1 : high] if _is_quote_mark(t)]


def _is_quote_mark(token: Token) -> bool:
    """A quote mark, not a plural's possessive apostrophe ('the Municipal Workers’ Union')."""
    return token.is_quote and token.dep_ != "case" and token.tag_ != "POS"


def cue_text(verb: Token) -> str:
    """The cue as written: the verb with its particle, e.g. 'said', 'pointed out', 'according to',
    'put it'."""
    if verb.lower_ == "according":
        return "according to"
    lemma = verb.lemma_.lower()
    parts = [verb] + [c for c in verb.children
                      if c.dep_ == "prt" or c.dep_ == "advmod" and (lemma, c.lower_) in PHRASAL_CUES
                      or c.dep_ == "dobj" and c.lower_ == "it" and lemma == "put"]
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


# Verbs of saying that also report what evidence shows; with one of the nouns below as subject
# ('the data suggest', 'the survey indicated') nobody is speaking.
EVIDENTIAL_VERBS = frozenset({"suggest", "indicate", "conclude", "reveal", "confirm", "estimate", "predict", "show",
                              "signal"})
EVIDENCE_NOUNS = frozenset(
    """
    data datum figure number statistic evidence survey poll study research analysis result finding model
    trend sample test experiment chart graph record measurement reading estimate projection
    audit inspection assessment forecast simulation calculation scan biopsy autopsy trial footage imagery
    modelling modeling replay video photo photograph image picture
    """.split()
)

# What a market report makes the subject of its verbs, which says nothing: 'Shares of X fell ... and
# warned that ...' is the parser giving the company's warning to its shares.
MARKET_NOUNS = frozenset({"shares", "stocks", "stock", "prices", "bonds", "yields", "futures", "markets"})


# Verbs whose passive subject is the one spoken to, not the speaker.
ADDRESSED_VERBS = frozenset({"ask", "tell", "inform", "urge", "warn", "advise", "question", "remind", "assure",
                             "encourage", "implore", "beg", "exhort", "instruct"})

# Verbs whose object is the one talked about: in the passive, their subject is that target.
TARGETED_VERBS = frozenset({"accuse", "blame", "criticize", "criticise", "praise", "attack", "condemn", "denounce",
                            "deride", "decry", "lambaste",
                            "slam", "blast", "mock", "fault", "ridicule", "hail", "thank", "describe", "call",
                            "charge", "cite", "mention", "quote"})

# Verbs whose passive subject is not their speaker.
NOT_SPOKEN_BY_PASSIVE_SUBJECT = ADDRESSED_VERBS | TARGETED_VERBS

# Entity types that never speak: a time stamp or an amount parsed as a subject is a parse error. A
# percentage can speak: "42 percent said ..." reports what that share of a poll's respondents said.
NON_SPEAKER_ENTS = frozenset({"TIME", "DATE", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"})


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker token of a verb (see ``_subject_of``), unless it is a time, date or amount. A
    number heading an 'of' phrase counts people ('one of the family's lawyers said')."""
    subject = _subject_of(verb, depth)
    if subject is not None and subject.ent_type_ in NON_SPEAKER_ENTS and not (
            subject.ent_type_ == "CARDINAL" and (counts_people(subject) or quantifier_as_pronoun(subject))) \
            and not is_age_epithet(subject):
        return None
    return subject


def is_age_epithet(token: Token) -> bool:
    """'the 34-year-old said': a person named by their age."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


def _subject_of_absolute_participle(verb: Token) -> Token | None:
    """'..., with both sides accusing each other of bad faith and mediators warning that ...': the
    parser can join the participle's noun to the phrase before it and hang the participle on the
    sentence; the noun right before it, inside the 'with' phrase, is who speaks."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    # (joined to the phrase before, or a name: after a bare object the participle can describe it,
    # 'replaced the clause with vaguer wording asking for ...')
    with_ = next((a for a in noun.ancestors if a.dep_ == "prep" and a.lower_ == "with"), None)
    if noun.pos_ not in ("NOUN", "PROPN") or not (noun.dep_ == "conj" or noun.ent_type_ in ("PERSON", "ORG", "NORP")) \
            or with_ is None:
        return None
    # (a subject the parser gave it from before the 'with' is the sentence's)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > with_.i for c in verb.children):
        return None
    return noun


def _clause_continued(participle: Token) -> Token:
    """The clause a participle hangs on; through a preposition set off by a comma, the clause that
    holds it ('said the room was “gutted”, before adding: ...')."""
    head = participle.head
    if participle.dep_ == "pcomp" and participle.tag_ == "VBG" and head.dep_ == "prep" \
            and head.lower_ in ("before", "after", "while") and head.i > 0 and participle.doc[head.i - 1].text == ",":
        return head.head
    return head


def continues_outer_report(participle: Token) -> bool:
    """'X said the toll stood at 20, adding ...', 'X said he was wrong, arguing ...': a participle of
    saying after a comma, hung by the parser on the reported clause, goes on with the outer report,
    unless the clause has a named subject of its own, who is then the one speaking ('X said Russia
    rejected it, saying ...')."""
    return outer_report_continued(participle) is not None


def outer_report_continued(participle: Token) -> Token | None:
    """The report's clause that a participle goes on from (see ``continues_outer_report``), whose
    head is the report's verb; None when it goes on with nothing."""
    clause = _clause_continued(participle)
    trailing = participle.dep_ == "advcl" and participle.tag_ == "VBG" \
        and participle.doc[participle.left_edge.i - 1].text == "," or clause.i != participle.head.i
    # 'He added that hiring would slow but said ...': a coordinated speech verb with no subject
    coordinated = participle.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in participle.children) \
        and not backshifted_with_the_report(participle)
    # (up to the clause the report takes, from one inside it: 'said the company expected growth to
    # remain low, adding ...', where the parser hung 'adding' on 'remain')
    while trailing and clause.dep_ in ("ccomp", "xcomp") and clause.head.dep_ in ("ccomp", "xcomp") \
            and not _saying_or_declining_to(clause.head):
        clause = clause.head
    if not ((trailing or coordinated) and clause.dep_ == "ccomp" and participle.i > clause.i
            and (is_speech_verb(participle) or participle.lemma_.lower() in OBJECT_CUES or _points_to(participle))
            and _saying_or_declining_to(clause.head)):
        return None
    if participle.lemma_.lower() == "add":
        return clause
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    return None if named else clause


# Auxiliaries of a clause reported in the past, which the speaker's own next verb does not take.
BACKSHIFTED_AUXILIARIES = frozenset({"had", "would", "could", "was", "were"})


def backshifted_with_the_report(conjunct: Token) -> bool:
    """'said her son had diabetes and had called her from the jail': a verb joined to the reported
    clause with no subject and a past auxiliary of its own goes on with what was reported (the
    speaker's next verb would be 'and called for ...'), speech verb or not."""
    return conjunct.dep_ == "conj" and subjectless_with_auxiliary(conjunct, BACKSHIFTED_AUXILIARIES)


def subjectless_with_auxiliary(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """A verb with no subject of its own and one of these auxiliaries before it ('and had called')."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children) \
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ in auxiliaries and c.i < verb.i for c in verb.children)


def _saying_or_declining_to(verb: Token) -> bool:
    """A verb of saying, said or declined: a participle goes on from 'declined to say whether the
    agency would ask for more, insisting ...' as from a report (his insisting, not the agency's)."""
    return is_speech_verb(verb) or verb.lemma_.lower() in SPEECH_VERBS and is_negated(verb)


def _points_to(participle: Token) -> bool:
    """'insisted the agency had turned a corner, pointing to a record intake': the speaker citing
    grounds for the report, which is no part of it."""
    return participle.lemma_.lower() == "point" and any(c.dep_ == "prep" and c.lower_ == "to"
                                                        for c in participle.children)


QUANTIFIERS = frozenset({"several", "many", "some", "most", "all", "few", "both", "none", "each", "either",
                         "neither", "half",
                         # (and the nouns of round numbers: 'Dozens of students said ...')
                         "dozens", "scores", "hundreds", "thousands", "tens", "millions"})


def counts_people(number: Token) -> bool:
    """A number or a quantifier heading an 'of' phrase: 'one of the lawyers', 'several of them'."""
    return (number.pos_ == "NUM" or number.lower_ in QUANTIFIERS) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in number.children)


def quantifier_as_pronoun(word: Token) -> bool:
    """'Several said ...', 'Most agreed that ...': a quantifier standing alone as the subject, for
    people the article has just named ('A few said ...' too)."""
    # (or with a clause saying which of them: 'One, who qualified in 2013, said')
    return (word.lower_ in QUANTIFIERS or word.lower_ == "one" and any(c.dep_ == "relcl" for c in word.children)) \
        and word.dep_ in ("nsubj", "nsubjpass") \
        and all(c.dep_ == "det" and c.lower_ == "a" and word.lower_ == "few" or c.dep_ in ("relcl", "punct")
                for c in word.children)


def addressee_read_into_report(verb: Token) -> Token | None:
    """'told jurors Arbor's rules nearly sank them': with no object of its own, the parser can take the
    people a verb of telling addresses for a modifier opening its report's subject. A plural noun
    for people right after the verb, hung on a noun inside the report, is the addressee."""
    doc = verb.doc
    if verb.lemma_.lower() not in ADDRESSED_VERBS or verb.i + 2 >= len(doc) \
            or any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return None
    addressee = doc[verb.i + 1]
    report = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if report is None or addressee.tag_ != "NNS" or addressee.dep_ != "compound" \
            or not has_person_noun_ending(addressee.lemma_.lower()) or not report.is_ancestor(addressee):
        return None
    return addressee


def _headline_subject(verb: Token) -> bool:
    """A subject as headlines write it: a common noun with no determiner ('Residents told ...',
    'Jury told ...'); a name or 'the court' is how running text writes one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in subject.children)


def inverted_after_its_report(verb: Token) -> Token | None:
    """'The deal will fail, warned the senator.': a finite speech verb right after its report, with no
    subject before it and one noun phrase after it that ends the sentence, has that phrase as its
    subject (English inverts only there), even a verb whose object is otherwise the one addressed.
    The parser hangs the report on the verb or the verb on the report ('conj'); with 'and' between
    them the verb shares the report's subject instead ('opened the bridge and warned the crowd').
    'tell', 'ask' and 'inform' need an addressee, so they never invert, and the object of a verb
    that names or judges ('calls charges baseless', 'blamed the council') is never its subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or doc[verb.i - 1].text != "," \
            or verb.lemma_.lower() in NAMING_VERBS | TARGETED_VERBS | {"tell", "ask", "inform", "question"}:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    head = verb.head
    report_before = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) or (
        verb.dep_ == "conj" and head.i < verb.i and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
        and not any(t.dep_ == "cc" for t in doc[head.i + 1:verb.i]))
    if not report_before:
        return None
    after = [c for c in verb.rights if c.dep_ not in ("punct", "prep", "npadvmod", "advmod")]
    if len(after) != 1 or after[0].dep_ not in ("dobj", "nsubj", "attr") or after[0].pos_ not in ("NOUN", "PROPN"):
        return None
    # (someone who can speak: a headline's 'tours the flood zone, vows help' has no such inversion)
    if not (_can_speak(after[0]) or any(c.dep_ == "det" for c in after[0].children)):
        return None
    end = max(t.i for t in after[0].subtree) + 1
    # (after it, only the verb's own adjuncts: 'warned the senator on Sunday.')
    if not all(t.is_punct or t.is_space or verb in t.ancestors for t in doc[end:sentence_bounds(verb)[1]]):
        return None
    return after[0]


def passive_agent(verb: Token) -> Token | None:
    """Who does a passive verb's act: "it was said by X" (not 'said by telephone', which the parser
    can label so)."""
    if verb.tag_ != "VBN":
        return None
    holders = [verb]
    if verb.lemma_.lower() in NAMING_VERBS:
        # (the parser can hang the 'by' on what the thing is called: 'was called “a disgrace” by the mayor')
        for child in verb.children:
            if child.dep_ == "oprd":
                holders.append(child)
            elif child.dep_ == "prep" and child.lower_ == "as":
                holders.extend(c for c in child.children if c.dep_ == "pobj")
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "agent" or holder is not verb and child.dep_ == "prep" and child.lower_ == "by" \
                    and not _inside_marks_from(verb, child):  # (not the quote's own: 'called it “rule by decree”')
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
    return None


def speaker_read_as_apposition(verb: Token) -> Token | None:
    """'The launch was put off, the consortium, which builds the craft, said on Monday': the parser can
    take the speaker set off by commas at the end of the report for an apposition inside it, leaving
    the cue with no subject, or hang the cue on it as a participle ('..., announced on Monday'). The
    apposition, ending right before the cue, is who speaks."""
    doc = verb.doc
    if verb.dep_ == "acl" and verb.head.dep_ == "appos" and verb.head.i < verb.i:
        noun = verb.head
        if verb.tag_ not in ("VBD", "VBN") or not is_speech_verb(verb) or doc[verb.i - 1].text != ",":
            return None
    elif not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.pos_ == "VERB" and verb.tag_ == "VBD":
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        last = verb.i - 1
        while last > 0 and doc[last].is_punct:
            last -= 1
        noun = next((t for t in clause.subtree if t.dep_ == "appos" and t.right_edge.i == last), None) \
            if clause is not None else None
    else:
        return None
    if noun is None or noun.head.i > noun.i \
            or doc[min(t.i for t in noun.subtree if not t.is_punct) - 1].text != "," \
            or not (_can_speak(noun) or _common_source(noun) or noun.ent_type_ == "ORG"):
        return None
    end = max(t.i for t in noun.subtree if t.i < verb.i)
    return noun if all(t.is_punct for t in doc[end + 1 : verb.i]) else None


# Parties in the tags American papers set after a legislator's name: 'Sen. Ana Ruiz, D-Ore.,'.
PARTY_LETTERS = frozenset({"D", "R", "I"})


def name_before_party_tag(token: Token) -> Token | None:
    """'Sen. Ana Ruiz, D-Ore., said', 'Rep. Tom Beck (R-Texas) said': where the parser made the tag's
    state the subject, the name set before the tag is who speaks."""
    doc, i = token.doc, token.i
    if i < 4 or not token.text[:1].isupper() or doc[i - 1].text != "-" or doc[i - 1].whitespace_ \
            or doc[i - 2].text not in PARTY_LETTERS or doc[i - 2].whitespace_ or doc[i - 3].text not in (",", "("):
        return None
    name = doc[i - 4]
    return name if name.pos_ == "PROPN" and name.text[:1].isupper() else None


def _noun_of_with_phrase(verb: Token) -> Token | None:
    """'The pair have split, with friends saying ...', '..., with a spokesperson saying ...': in a 'with'
    phrase the noun is who is saying it, also where the parser hung the participle on the main verb
    rather than on the phrase right before it ('..., with two members, A and B, now saying ...'), not
    the main verb's subject."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.i < verb.i and noun.dep_ == "pobj" \
            and noun.head.lower_ == "with" and (_can_speak(noun) or _common_source(noun)):
        return noun
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    prep = next((c for c in reversed(list(verb.head.children)) if c.dep_ == "prep" and c.i < verb.i), None)
    if prep is None or prep.lower_ != "with":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or not (_can_speak(noun) or _common_source(noun)):
        return None
    between = verb.doc[max(t.i for t in noun.subtree) + 1 : verb.i]
    if not all(t.is_punct or t.dep_ == "advmod" and t.head.i == verb.i for t in between):
        return None
    return noun


def _subject_set_off_in_opening_participle(verb: Token) -> Token | None:
    """'Reached by satellite phone, a village elder in X, who ..., said ...': the parser can take the
    subject for an apposition inside the participle's phrase that opens the sentence. One that ends
    at the comma right before the cue is its subject."""
    doc = verb.doc
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < verb.i
                    and c.left_edge.is_sent_start), None)
    if opening is None or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    return next((t for t in opening.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                 and t.head.i < t.i and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == verb.i - 2), None)


def _verb_quoting(head: Token, verb: Token) -> Token | None:
    """'called the brothers “the kind of farmers everyone claims to want to protect” and said ...':
    the parser can join a speech verb after a closing mark to a verb inside the quoted words. It goes
    on with the verb the quoted words follow."""
    if head.i > verb.i or not _inside_marks_from(head, verb):
        return None
    doc = verb.doc
    opening = next((t for t in reversed(doc[: head.i]) if _is_quote_mark(t)), None)
    if opening is None or opening.i == 0:
        return None
    word = doc[opening.i - 1]
    if word.is_punct or word.is_space:
        return None  # (a quote opening its sentence follows no verb of its sentence)
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word if word.pos_ in ("VERB", "AUX") and word.i < opening.i else None


def _one_asked_whether(clause: Token) -> Token | None:
    """'Al-Hiyari, asked whether the system could be integrated ..., smiled and said ...': the parser can
    read the participle as the main verb and join the verbs after it to the question. The one asked,
    not the question's subject, goes on to answer."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() != "ask" \
            or not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.head.i), None)


def _subject_joined_to_clause_before(verb: Token) -> Token | None:
    """'The seizure came after the EU renewed sanctions, and a Western security official, speaking on
    condition of anonymity, said ...': the parser can join the verb's subject by 'and' to the clause
    before it, and hang that clause on the verb. A noun so joined that ends, with what is set off
    after it, right before the verb is who speaks."""
    doc = verb.doc
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.pos_ not in ("VERB", "AUX"):
            continue
        # (a noun joined to a verb anywhere in it; what is set off after the noun may hang on that verb:
        # ', speaking on condition of anonymity,')
        for noun in clause.subtree:
            if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX") \
                    or doc[noun.left_edge.i - 1].lower_ != "and" or noun.right_edge.i >= verb.i:
                continue
            set_off = {t.i for c in noun.head.children if c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN")
                       and c.i > noun.i and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
            if all(t.is_punct or t.i in set_off for t in doc[noun.right_edge.i + 1 : verb.i]):
                return noun
    return None


def _name_of_a_thing_in_apposition(second: Token, first: Token) -> bool:
    """'Rashidi, the founder of the charity Safer Odds, whose son ..., said': the parser can make
    the charity's name a second subject of the cue. A name right after a common noun that belongs to
    the subject before it ('the charity | Safer Odds') names that noun's thing, not who speaks."""
    before = second.i - 1 if second.is_ancestor(first) else second.left_edge.i - 1
    if before < 0 or first.i >= second.i or first.pos_ != "PROPN":
        return False
    noun = second.doc[before]
    return noun.pos_ == "NOUN" and noun.text.islower() and first.is_ancestor(noun) \
        and first.right_edge.i == before


def _description_read_as_second_subject(second: Token, first: Token, verb: Token) -> bool:
    """'Fermín López Santiago, the village’s elected agent, said': the parser can make the description
    set off by commas after a name a second subject of the cue; the name is who speaks. So with
    'one of ...' after any subject: 'Residents of the Mayfair section, one of the neighborhoods
    hardest hit, said' (the section is one of them, and the residents speak)."""
    doc = verb.doc
    one_of = second.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in second.children)
    return (first.ent_type_ == "PERSON" and second.pos_ == "NOUN" or one_of) and first.i < second.i < verb.i \
        and first.right_edge.i + 2 == second.left_edge.i and doc[first.right_edge.i + 1].text == "," \
        and doc[verb.i - 1].text == "," and second.right_edge.i + 2 >= verb.i


def cue_read_as_modifier_of_subject(verb: Token) -> Token | None:
    """'..., said it would work with the council, but argued hosts should not pay': a second cue
    joined by 'but' or 'and' that the parser read as an adjective on the subject right after it, so
    that the clause it reports became a conjunct of the first cue. The clause, or None."""
    subject, doc = verb.head, verb.doc
    clause = subject.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or subject.i != verb.i + 1 or verb.i == 0 \
            or subject.dep_ not in ("nsubj", "nsubjpass") or doc[verb.i - 1].lower_ not in ("but", "and") \
            or clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX") or not is_speech_verb(clause.head):
        return None
    return clause


def _subject_read_as_object_of_what(verb: Token) -> Token | None:
    """'weeks of what administrator Marcus Teague called “a flood of rumors”': the parser can take the
    named speaker after 'what' for the object 'what' determines. A verb with no subject of its own
    whose object before it opens with 'what' and is, or is set beside, a name has that name as subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i
                and any(d.dep_ == "det" and d.lower_ in ("what", "whatever") for d in c.children)), None)
    if obj is None:
        return None
    if obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG"):
        return obj
    return next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i), None)


def _subject_of(verb: Token, depth: int = 0, conjoined: bool = False) -> Token | None:
    """The speaker token of a verb: its subject, an inverted subject ('said Peskov'), or the subject
    inherited from the verb it depends on ('..., saying ...', 'X arrived and said ...'). A verb joined
    to another by 'and' (``conjoined``) shares its subject, not a passive one's agent."""
    absolute = _subject_of_absolute_participle(verb) or answer_came_from(verb)
    if absolute is not None:
        return absolute
    misread = subject_before_cue_read_as_adjective(verb) or _subject_read_as_object_of_what(verb)
    if misread is not None:
        return misread
    misread = cue_read_as_modifier_of_subject(verb)
    if misread is not None:
        return _subject_of(misread.head, depth + 1)
    if verb.dep_ == "acl" and verb.lemma_.lower() == "read" and _written_words_follow(verb):
        return verb.head  # 'The statement, signed by X, read ...': the statement speaks (for its issuer)
    heard = heard_from(verb) or perceived_speaking(verb)
    if heard is not None:
        return heard
    # ('A grandmother has been fined by her council – and says she is too frightened': the
    # grandmother says it)
    agent = None if conjoined and any(c.dep_ == "nsubjpass" for c in verb.children) else passive_agent(verb)
    if agent is not None:
        return agent
    if main_verb_read_as_participle(verb) or relative_subject_read_as_head(verb):
        return verb.head
    subordinated = subject_read_as_object_of_conjunction(verb)
    if subordinated is not None:
        return subordinated
    passive = verb.tag_ == "VBN" and (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ in ("advcl", "acl"))
    # ('Asked what ..., Roe is quiet': a participle the tagger took for a past tense, with no subject;
    # not a past tense right after its speaker set off by commas, which the parser can hang on the
    # quote's verb: '“...,” the city’s chief electoral officer, Dale Roe, told reporters')
    passive = passive or verb.tag_ == "VBD" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and _name_set_off_before(verb) is None
    # (however the parser hung it: a participle opening its sentence with no subject of its own)
    passive = passive or verb.tag_ == "VBN" and verb.is_sent_start and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    # ('Residents told it may be too late to leave': a headline's passive without its 'are'; 'tell'
    # needs the one it addresses, so with a clause and no one addressed its subject is told; a
    # relative clause leaves its object out: 'the story Kennedy told')
    passive = passive or verb.lemma_.lower() == "tell" and verb.tag_ in ("VBD", "VBN") and verb.dep_ != "relcl" \
        and not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children) \
        and any(c.dep_ == "ccomp" for c in verb.children) and _headline_subject(verb) \
        and addressee_read_into_report(verb) is None
    # ('X, whose district includes the village, called ...': a past tense the parser hung on the
    # clause's last noun is no participle; the name before the clause is its subject)
    # (nor one hung on a name before a participle's aside set off by commas: 'Nkemelu, speaking after
    # the hearing, called ...')
    owner = _owner_before_whose_clause(verb) or _name_before_aside(verb) \
        if passive and verb.tag_ == "VBD" and verb.dep_ == "acl" else None
    if owner is not None:
        return owner
    if passive and verb.lemma_.lower() in NOT_SPOKEN_BY_PASSIVE_SUBJECT:
        # "Lind was asked whether ...", "Asked whether ..., Lind said": Lind is the addressee;
        # "Novak was accused of ...", "the mayor was criticized for ...": the target, not the speaker.
        return None
    reported = report_subject_read_as_cue_s(verb)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != reported]
    # '“... One of the best,” Jane Roe said': a word inside the quote the parser also made a subject.
    # A relative pronoun ('Novak, who said ...') is resolved with the speakers.
    # (a pair of marks between them is a scare quote: 'Tallis, leader of the “dovish” wing, struck ...')
    outside = [c for c in subjects if not _inside_marks_from(c, verb)]
    # (the tokenizer splits a hyphenated title, and the parser can make each part a subject: 'said
    # co-founder Grace Roe', 'the co-founder said': the word is its last part)
    outside = [c for c in outside if not _part_before_hyphen(c)] or outside
    chosen = (outside[-1] if outside[-1].i < verb.i else outside[0]) if outside else None
    if chosen is not None:
        # (or the name's first word made a verb whose subject is the person: 'X, founder of the group
        # | Save the Kelden, wrote')
        earlier = outside[:-1] + [c for c in chosen.children if c.dep_ == "nsubj" and c.i < chosen.i]
        chosen = next((e for e in reversed(earlier) if _name_of_a_thing_in_apposition(chosen, e)
                       or _description_read_as_second_subject(chosen, e, verb)), chosen)
    if chosen is None:
        owner = _owner_before_whose_clause(verb) or _subject_set_off_in_opening_participle(verb)
        if owner is not None:
            return owner
    if chosen is None or chosen.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and not one_more_of_those_before(chosen) \
            or not chosen.text[:1].isalnum():
        # ('“...,” the alliance’s chief executive, Priya Ramsundar, said', 'Ferrocycle’s co-founder and
        # chief executive, Tamsin Oduya, said': where the parser made a quoted word or a hyphen the
        # subject, the name set off right before the cue is who speaks)
        named = _name_set_off_before(verb) or _name_read_as_modifier(verb) or name_after_title_read_as_verb(chosen) \
            or (subject_taken_into_opening_phrase(verb) if chosen is not None and chosen.pos_ == "ADV" else None)
        if named is not None:
            return named
    opened = subject_after_opening_participle(chosen) if chosen is not None else None
    if opened is not None:
        chosen = opened
    elif chosen is not None and chosen.left_edge.is_sent_start \
            and (after := _subject_after_dateline(chosen, verb)) is not None:
        # (a place of two words too: 'SAN MARCELO, Valdoria — Bishop Roe told ...')
        chosen = after
    elif chosen is not None and chosen.tag_ == "VBG" and chosen.is_sent_start:
        # ('Reading from a prepared text on state television, a colonel who ... said': or at the end of
        # the participle's phrase, set off by a comma right before the verb)
        chosen = next((t for t in chosen.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                       and chosen.doc[t.left_edge.i - 1].text == "," and t.right_edge.i + 1 == verb.i), chosen)
    if chosen is not None:
        chosen = name_before_party_tag(chosen) or chosen
        # ('Horáková’s coach, the former doubles specialist Pavel Dvořák, argued': a person's noun and a
        # phrase set off after it that ends in a name, right before the verb, whatever the parser made
        # of the phrase's words)
        set_off = _name_set_off_after_title(chosen, verb)
        if set_off is not None:
            return set_off
        return _title_shared_by_conjunction(chosen) or _second_clause_read_as_conjunct(chosen) \
            or _last_of_names_joined_by_a_comma(chosen) or _one_of_them_named(chosen) \
            or _name_after_a_place_set_off(chosen) or chosen
    misread_relative = relative_read_as_report(verb)
    if misread_relative is not None:
        return misread_relative[1]
    taken = subject_taken_into_opening_phrase(verb) or speaker_read_as_apposition(verb) \
        or _subject_joined_to_clause_before(verb)
    if taken is not None:
        return taken
    named = name_after_closing_mark(verb)
    if named is not None:
        return named
    # ('“...,” the 63-year-old said': the parser can hang the age on the verb, as if it were a noun)
    aged = next((c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and is_age_epithet(c)), None)
    if aged is not None and not subjects:
        return aged
    # ('Some irrigators downstream have claimed ...': or hang the subject on an adverb after it)
    hung = next((s for c in verb.children if c.dep_ == "advmod" and c.i < verb.i
                 for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")), None)
    if hung is not None and not subjects:
        return hung
    # ('Everly said ...', 'Tolliver said ...', 'Pike added ...': the tagger can take an unfamiliar
    # surname opening the sentence for an adverb or an interjection of the verb)
    surname = next((c for c in verb.children if c.dep_ in ("advmod", "intj") and c.pos_ in ("ADV", "PROPN", "INTJ")
                    and c.i == verb.i - 1 and c.is_sent_start and c.text[:1].isupper() and c.text[1:].islower()
                    and _named_in_full_elsewhere(c)), None)
    if surname is not None and not subjects and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text != ",":
        return surname
    opening = name_opening_before_aside(verb) if not subjects else None
    if opening is not None:
        return opening
    # Inverted '..., said Peskov': the parser often labels the speaker as an object. Only a finite
    # verb inverts; after '..., encouraging' or '..., urged' the object is the one addressed, unless
    # the verb follows the quote's closing mark ('“Stay in,” urged the mayor').
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    # (nor does a verb that names or judges what it takes as object: ', described her son as')
    if previous is not None and previous.text in INVERSION_PUNCT and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and (verb.lemma_.lower() not in ADDRESSED_VERBS | NAMING_VERBS | TARGETED_VERBS or previous.is_quote
                 or inverted_after_its_report(verb) is not None):
        for child in verb.rights:
            if child.i <= verb.i + 4 and child.dep_ in ("dobj", "dative", "attr", "npadvmod", "nsubj") \
                    and child.pos_ in ("PROPN", "NOUN"):
                return child
        # ('“...,” said Marge Olsen, 81, whose husband was a customer': the parser can take the 'whose'
        # clause's verb for what was said, and the name for its subject)
        # (or, a name set off by a comma, the verb of a participle's phrase after it: '“...,” said Sister
        # Ana Roe, the shelter's director, standing in a courtyard strung with laundry')
        if previous.is_quote:
            named = next((t for t in verb.doc[verb.i + 1 : verb.i + 6] if t.pos_ == "PROPN" and t.dep_ == "nsubj"
                          and t.head.dep_ == "ccomp" and t.head.head.i == verb.i
                          and (t.i < verb.i + 4 and any(w.tag_ == "WP$" for w in t.head.subtree)
                               or t.left_edge.i == verb.i + 1 and verb.doc[t.i + 1].text == ",")), None)
            if named is not None:
                return named
    # ('Said Ellery: “...”': a fronted cue opening its sentence, which the parser took for the first
    # word of the name after it)
    if verb.is_sent_start and verb.dep_ == "compound" and verb.head.i > verb.i and verb.head.pos_ in ("PROPN", "NOUN") \
            and verb.head.text[:1].isupper() and not subjects:
        return verb.head
    if subjects:
        return subjects[0]
    described = _subject_read_as_object_of_its_adjective(verb)
    if described is not None:
        return described
    # ('Calloway, asked whether ..., said only ...': the parser can give the subject to the participle
    # set off by commas between it and its verb)
    # (or take the participle for the sentence's verb and hang the verb on it: 'Ricci, asked about
    # Brennan ..., said he did not discuss ...')
    asked = verb.head if verb.dep_ in ("dep", "parataxis", "conj") and verb.head.i < verb.i \
        and verb.head.lemma_.lower() in ("ask", "question", "press") and verb.doc[verb.i - 1].text == "," else None
    for clause in [*verb.lefts, *([asked] if asked is not None else [])]:
        if (clause.dep_ in ("advcl", "acl") or clause is asked) and clause.tag_ in ("VBD", "VBN") and clause.i > 0 \
                and verb.doc[clause.i - 1].text == ",":
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i - 1), None)
            if subject is not None:
                return subject
    made_to = _made_to_speak(verb)
    if made_to is not None:
        return made_to
    noun = _noun_of_with_phrase(verb)
    if noun is not None:
        return noun
    recorded = _person_right_before_participle(verb)
    if recorded is not None:
        return recorded
    head = verb.head
    outer = outer_report_continued(verb)
    if outer is not None:
        head = outer.head
    issuing = _issuer_of_written_item(verb)
    if issuing is not None and depth < 3:
        return _subject_of(issuing, depth + 1)
    if depth < 3 and verb.dep_ in INHERITING_DEPS and head.i != verb.i:
        # "opened the talks by urging ...", "refused to comment, aside from saying ..."
        for _ in range(2):
            if head.pos_ in ("ADP", "ADV") and head.dep_ in ("prep", "advmod") and head.head.i != head.i:
                head = head.head
        if verb.dep_ == "conj":
            head = _parallel_speech_verb(verb, _nearest_conjunct(verb, head))
            answering = _one_asked_whether(head)
            if answering is not None:
                return answering
            quoting = _verb_quoting(head, verb)
            if quoting is not None:
                return _subject_of(quoting, depth + 1)
        # ('Roe insisted the offer, an 8 percent rise, was fair, adding that ...', '“I have seen worse,”
        # Roe said, before adding: ...': the parser can make the report the main clause and its cue a
        # clause inside it; the participle goes on with the cue)
        inner_cue = next((c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
                          and not is_speech_verb(head) and is_speech_verb(c)
                          and any(g.dep_ == "nsubj" for g in c.children)), None)
        if inner_cue is not None:
            head = inner_cue
        if head.lemma_.lower() == "quote":
            # 'X was quoted by the agency as saying ...', 'the release quoted X as saying ...': X says
            # it; the agency or the release only relays it.
            quoted = next((c for c in head.children if c.dep_ in ("nsubjpass", "dobj")), None)
            if quoted is not None:
                return quoted
        ruled = _adjudicator_just_before(verb, head)
        if ruled is not None:
            return ruled
        thing = head.head
        if verb.dep_ == "advcl" and head.dep_ == "relcl" and verb.doc[verb.left_edge.i - 1].text == "," \
                and thing.dep_ in ("dobj", "pobj") and thing.pos_ == "NOUN" and not _can_speak(thing) \
                and any(is_relative(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
            # ('vetoed a bill that would have extended ..., calling the measure “...”': a participle
            # set off after a relative clause on a thing goes on with the clause the thing is in)
            main = thing.head.head if thing.dep_ == "pobj" else thing.head
            if main.pos_ in ("VERB", "AUX") and any(_can_speak(c) for c in main.children if c.dep_ == "nsubj"):
                return _subject_of(main, depth + 1)
        if verb.dep_ == "advcl" and head.dep_ in ("acl", "relcl") and verb.doc[verb.left_edge.i - 1].text == "," \
                and thing.pos_ == "NOUN" and thing.dep_ in ("dobj", "pobj") \
                and any(c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN") for c in head.children):
            # ('rejected suggestions that the station was understaffed, saying ...': nor does one set off
            # after what a noun's 'that' clause says; it goes on with the clause that holds the noun)
            # (a 'that' the tagger calls a conjunction opens such a clause wherever the parser hung it)
            main = thing.head.head if thing.dep_ == "pobj" else thing.head
            if main.pos_ in ("VERB", "AUX") and any(_can_speak(c) for c in main.children if c.dep_ == "nsubj"):
                return _subject_of(main, depth + 1)
        if verb.dep_ == "conj" and head.dep_ == "relcl" and head.head.i < head.i:
            # ('Barkley, whose ward includes the corridor, ... said he would ...': the parser can join
            # the cue to the relative clause; what a 'whose' phrase names does not speak, its owner does)
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and any(c.tag_ == "WP$" for c in subject.children):
                return head.head
        return _subject_of(head, depth + 1, conjoined=verb.dep_ == "conj")
    if depth == 0 and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and previous is not None:
        # "In a letter to the board of the museum Smith said ...": with no comma after a long opening
        # phrase, the parser may take the speaker for the end of that phrase.
        if previous.dep_ in ("pobj", "compound", "appos") and (
                previous.pos_ == "PROPN" or previous.ent_type_ in ("PERSON", "ORG", "FAC", "NORP")
                or previous.lower_ in ("he", "she", "they")):
            return previous
        # 'Opening the case, Jane Roe KC, prosecuting, told the jury ...': a person named before the
        # verb, in its sentence, that the parser hung on the opening phrase instead.
        start = sentence_bounds(verb)[0]
        # (or joined to the opening phrase's noun, ending right before the verb: 'Outside the court,
        # retired driver Lim Ah Huat, 71, told reporters ...')
        # (or with an aside on it, set off by commas: 'In Live Oak, Teresa Gandy, 71, who uses ..., said')
        named = next((t for t in reversed(verb.doc[start : verb.i]) if t.ent_type_ == "PERSON" and t.head.i < verb.i
                      and (t.dep_ in ("npadvmod", "appos", "dep", "nmod")
                           or t.dep_ == "conj" and all(u.is_punct for u in verb.doc[t.right_edge.i + 1 : verb.i]))),
                     None)
        if named is not None:
            return named
    # 'Some shoppers interviewed, however, said ...': the parser can read a subject and the participle
    # after it ('shoppers [who were] interviewed') as a clause reported before the verb.
    reduced = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBD", "VBN")
                    and not any(g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for g in c.children)
                    and all(t.is_punct for t in c.subtree if t.i > c.i)), None)
    if reduced is not None:
        subject = next((g for g in reduced.children if g.dep_ == "nsubj" and g.i == reduced.i - 1
                        and g.tag_ in ("NNS", "NNPS")), None)
        if subject is not None:
            return subject
    # 'Save Our Parks Trust said ...': a name that reads as a clause; its last word heads it.
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if clause is not None:
        words = [t for t in clause.subtree if not t.is_punct]
        if len(words) > 1 and all(t.text[:1].isupper() for t in words) and words[-1].pos_ == "PROPN":
            return words[-1]
        # ('Australia fielder Corey Lang said': a title the tagger took for a verb, the name its object)
        named = next((c for c in clause.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                      and c.right_edge.i == clause.right_edge.i), None)
        if named is not None and clause.tag_ in ("VBP", "VB") and clause.text.islower() \
                and all(t.text[:1].isupper() for t in clause.subtree if t.i != clause.i and not t.is_punct):
            return named
    return None


def _spaced_dash(doc, i: int) -> bool:
    """A dash with a space before it, as after a dateline ('FAIRVIEW - A clerk'); a hyphen inside a
    word has none. ('--' is a dash typed as two hyphens: 'VALLESE, Italy -- The coach ...')"""
    return doc[i].text in ("-", "—", "–", "--") and doc[i - 1].whitespace_


def _subject_after_dateline(subject: Token, verb: Token) -> Token | None:
    """'LONDON, May 6 – Britain's competition regulator said': the parser can make a dateline the
    subject and what follows its spaced dash an apposition to it; that apposition is the subject."""
    doc = subject.doc
    dash = next((i for i in range(subject.i + 1, verb.i) if _spaced_dash(doc, i)), None)
    if dash is None:
        return None
    # (or to the dateline's place: 'Mora, Zanara - The World Food Programme has warned')
    # (or as a conjunct: 'SINGAPORE, Oct 7 (Business Wire Desk) - Vossberg Freight, the ... group, said')
    places = [subject] + [c for c in subject.children if c.dep_ == "appos" and c.i < dash]
    return next((c for place in places for c in place.children if c.dep_ in ("appos", "conj") and dash < c.i < verb.i),
                None)


def stems_of_participle(word: str) -> set[str]:
    """The verbs a word in -ing can be the participle of: 'reacting' -> react, 'noting' -> note,
    'admitting' -> admit."""
    if not word.endswith("ing") or len(word) < 6:
        return set()
    stem = word[:-3]
    return {stem, stem + "e"} | ({stem[:-1]} if stem[-1] == stem[-2] else set())


# Verbs whose participle alone opens a sentence before its speaker, beside the verbs of speech:
# 'Reacting, the commissioner said', and in court reports 'Prosecuting, X said', 'Mitigating, Y told
# the court', 'Sentencing, Judge Z said'.
OPENING_PARTICIPLES = frozenset({"react", "speak", "respond", "prosecute", "defend", "mitigate", "sentence"})


def subject_after_opening_participle(subject: Token) -> Token | None:
    """'Reacting, the commissioner said': the parser can make a participle that opens the sentence,
    set off by a comma, the subject and the speaker its conjunct. A participle names nobody."""
    doc = subject.doc
    # (the tagger can take the capitalised participle for a noun; only one of speaking or reacting
    # is taken for one then, so that 'Manning, the head coach, said' keeps its surname)
    participle = subject.tag_ == "VBG" or subject.pos_ in ("PROPN", "NOUN") and not subject.ent_type_ \
        and stems_of_participle(subject.lower_) & (SPEECH_VERBS | OPENING_PARTICIPLES)
    if not participle or subject.dep_ != "nsubj" or subject.i != sentence_bounds(subject)[0] \
            or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return None
    beside = [c for c in subject.children if c.dep_ in ("conj", "appos") and c.i > subject.i + 1
              and (c.pos_ in ("NOUN", "PROPN") or c.tag_ == "PRP")]
    # (the name, where the parser set it beside the title: 'Reacting, the Commissioner, Tobi Adeleke,')
    return next((c for c in beside if c.ent_type_ == "PERSON"), beside[0] if beside else None)


def one_more_of_those_before(token: Token) -> bool:
    """'The other said', 'Another said', 'The latter added': a word that stands for one more of the
    people just spoken of, without a noun of its own."""
    if token.lower_ in ("another", "other", "latter", "former") and not any(c.dep_ in ("amod", "compound")
                                                                          for c in token.children):
        return token.lower_ == "another" or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return False


def subject_taken_into_opening_phrase(verb: Token) -> Token | None:
    """'Speaking to reporters outside the court, a health official, requesting anonymity, said ...':
    a verb with no subject whose opening participle (or prepositional phrase) the parser gave the
    subject as its object. The comma before that noun sets it off from the opening phrase."""
    doc = verb.doc
    # (an opening adverb the parser took for the subject is none: 'Back at the party office in X, Ann
    # Roe, 58, said')
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not (c.pos_ == "ADV"
                                                              and c.left_edge.i == sentence_bounds(verb)[0])
           for c in verb.children):
        return None
    for opener in verb.children:
        # (an opening phrase's head can come after its first word: 'Farther | north in Dixie County')
        if opener.i > verb.i or opener.left_edge.i != sentence_bounds(verb)[0]:
            continue
        # (or a passive one: 'Reached by phone, Esperance, a mother of three, said')
        # (which the parser can take for the verb's subject: 'Speaking at an event on Monday, X declined')
        # (a participle opening the sentence the tagger took for a past tense: 'Asked what he meant, | Strand')
        participle = opener.tag_ in ("VBG", "VBN") or opener.tag_ == "VBD" and opener.i == sentence_bounds(verb)[0] \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in opener.children)
        if opener.dep_ in ("advcl", "csubj") and participle:
            taken = next((t for t in opener.children if t.dep_ in ("dobj", "npadvmod", "appos") and t.i < verb.i
                          and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i > opener.i + 1
                          and doc[t.left_edge.i - 1].text == ","), None)
            # (or a name set off by commas at the end of the phrase, deeper in it: 'Speaking to
            # reporters on Monday, Dash, who represents the seat, said')
            # (or running up to the verb: 'Speaking at an event on Monday, Director of Monetary Policy
            # Paulo Siqueira declined ...')
            named = [t for t in opener.subtree if t.dep_ in ("appos", "conj") and t.pos_ == "PROPN"
                     and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
                     and (doc[t.right_edge.i + 1].text == "," and t.right_edge.i + 2 == verb.i
                          or t.right_edge.i + 1 == verb.i)]
            return taken or (named[-1] if named else None)
        if opener.dep_ == "prep" or opener.pos_ == "ADV" and opener.dep_ in ("nsubj", "advcl", "advmod"):
            # (or an opening place, the subject set beside it: 'In Catanduanes, where ..., a provincial
            # official who ... said', 'Farther north in Dixie County, a state official, who ..., said')
            # (the comma closing a clause on it too: 'a supervisor ..., who asked not to be named, said')
            return next((t for t in opener.subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                         and doc[t.left_edge.i - 1].text == "," and (t.right_edge.i + 1 == verb.i
                                                                    or t.right_edge.i + 2 == verb.i
                                                                    and doc[verb.i - 1].text == ",")), None)
    return None


def _named_in_full_elsewhere(word: Token) -> bool:
    """Whether the article gives this word elsewhere as part of a full name ('Wade Tolliver')."""
    doc = word.doc
    return any(t.text == word.text and t.i != word.i and (
        t.ent_type_ == "PERSON" or t.i > 0 and t.pos_ == "PROPN" and doc[t.i - 1].pos_ == "PROPN") for t in doc)


# Conjunctions the parser can take for prepositions, and the subject after them for their object.
SUBORDINATORS_READ_AS_PREPOSITIONS = frozenset({"after", "before", "until", "till", "since", "once"})


def name_after_title_after_mark(name: Token) -> bool:
    """Whether a name is set off by a comma after a phrase of nouns that opens right after a closing
    quote mark: '”, Orrin’s co-founder and chief scientist, Dr. X'."""
    doc, k = name.doc, name.i
    while k > 0 and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].text in ("-", "‐") and not doc[k - 1].whitespace_):
        k -= 1
    if k < 3 or doc[k - 1].text != ",":
        return False
    j = k - 2
    while j > 0 and not doc[j].is_quote:
        token = doc[j]
        if not (token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PART") or token.text in ("-", "‐")) \
                or token.tag_.startswith("VB"):
            return False
        j -= 1
    return doc[j].is_quote and j < k - 2 and doc[j].text in ("”", "\"", "’", "'")


def _name_set_off_after_title(subject: Token, verb: Token) -> Token | None:
    """The name that ends a phrase set off by commas right after a subject noun and right before its
    verb (see ``_subject_of``); not one the phrase says something of ('The club, which signed X,',
    'The report, written by X,')."""
    doc = subject.doc
    if subject.pos_ != "NOUN" or not subject.i + 3 < verb.i \
            or doc[subject.i + 1].text != "," or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    between = doc[subject.i + 2 : verb.i - 1]
    if name.ent_type_ != "PERSON" or name.dep_ in ("appos", "pobj", "conj") or not subject.is_ancestor(name) \
            or any(t.text in (",", ";", ":") or t.is_quote or t.tag_ in ("WDT", "WP", "WP$", "VBG", "VBN", "VBD", "IN")
                   for t in between):
        return None
    return name


def joined_to_next_by_hyphen(token: Token) -> bool:
    """Whether a hyphen with no space on either side joins a token to the word after it ('co' in
    'co' '-' 'founder')."""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and doc[i + 1].text in ("-", "‐") and not token.whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha


def _part_before_hyphen(token: Token) -> bool:
    """Whether a token is a hyphen inside a word, or a part of the word before one ('co' '-' 'founder')."""
    doc, i = token.doc, token.i
    if token.text in ("-", "‐"):
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not token.whitespace_
    return joined_to_next_by_hyphen(token)


def name_opening_before_aside(verb: Token) -> Token | None:
    """'Otieno, the company’s co-founder and chief executive, said ...': a name opening the sentence,
    set off by commas from the verb with no subject, which the parser hung on the verb as an adverb
    or a clause because the tagger read the name as something else. The name, or None."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 4 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    name = doc[sentence_bounds(verb)[0]]
    while name.i + 1 < verb.i and doc[name.i + 1].text[:1].isupper() and doc[name.i + 1].pos_ in ("PROPN", "ADV", "ADJ"):
        name = doc[name.i + 1]
    if doc[name.i + 1].text != "," or name.i + 2 >= verb.i - 1 or not verb.is_ancestor(name) \
            or not (name.text[:1].isupper() and name.text[1:].islower()) \
            or not (name.ent_type_ == "PERSON" or _named_in_full_elsewhere(name)):
        return None
    # (only an aside between them: a noun phrase or a participle's, no clause of its own)
    aside = doc[name.i + 2 : verb.i - 1]
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in aside):
        return None
    return name


def _name_before_aside(verb: Token) -> Token | None:
    """The name a tensed verb is hung on, when only an aside of the name's, set off by commas, comes
    between them: 'Nkemelu, speaking after the hearing, called ...'."""
    doc, name = verb.doc, verb.head
    if verb.dep_ != "acl" or name.i >= verb.i - 3 or name.pos_ != "PROPN" or doc[verb.i - 1].text != "," \
            or doc[name.i + 1].text != ",":
        return None
    aside = next((c for c in name.children if c.dep_ in ("acl", "appos") and c.left_edge.i == name.i + 2
                  and c.right_edge.i == verb.i - 2), None)
    return name if aside is not None else None


def subject_read_as_object_of_conjunction(verb: Token) -> Token | None:
    """'... began in 2022 after the new pastor, the Rev. X, asked why ...': a tensed verb with no
    subject right after the object of an 'after' the parser read as a preposition; that object is
    its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    node = doc[verb.i - 2] if doc[verb.i - 1].text == "," else doc[verb.i - 1]
    for _ in range(3):
        if node.dep_ == "pobj":
            break
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in SUBORDINATORS_READ_AS_PREPOSITIONS \
            or node.right_edge.i not in (verb.i - 1, verb.i - 2) or node.pos_ not in ("NOUN", "PROPN", "PRON") \
            or node.ent_type_ in ("DATE", "TIME"):  # ('until earlier this year')
        return None
    # (nor a preposition of a participle's aside: 'X, speaking after the hearing, called ...')
    if _name_before_aside(verb) is not None:
        return None
    # (nor after an 'and' that joins the verb to one before, whose subject it shares: '..., and then,
    # after a pause, added')
    if verb.dep_ == "conj" and any(t.dep_ == "cc" and t.head.i == verb.head.i for t in doc[verb.head.i : node.head.i]):
        return None
    # (nor one inside a participle's aside after the subject, which the parser read as the verb the
    # cue is joined to: 'Ashdown, asked about it after a simulator session, called them ...')
    if verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i + 2 == verb.head.i and doc[c.i + 1].text == ","
            for c in verb.head.children):
        return None
    return node


# Who rules: 'ruling that ...' is a court's act, whichever clause the parser hung it on.
ADJUDICATORS = frozenset({"judge", "court", "justice", "magistrate", "tribunal", "panel", "jury", "arbitrator",
                          "commission", "coroner", "referee", "umpire", "ombudsman"})


def _adjudicator_just_before(participle: Token, head: Token) -> Token | None:
    """'X walked free after a judge threw out his conviction, ruling that ...': the participle of
    ruling goes with the judge in the clause right before it, not the main clause's subject."""
    if participle.lemma_.lower() != "rule" or participle.tag_ != "VBG":
        return None
    clause = next((c for c in head.children if c.dep_ == "advcl" and c.i < participle.i
                   and c.right_edge.i + 2 >= participle.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return subject if subject is not None and subject.lemma_.lower() in ADJUDICATORS else None


def _second_clause_read_as_conjunct(subject: Token) -> Token | None:
    """'District policy bars staff from ..., and a district spokesperson, Kelly Roe, said ...': where
    the tagger took the first clause's verb for a noun, the parser joins its subject to the speaker
    as if both spoke. Two subjects joined by ', and', the second named in apposition and standing
    right before the verb, are two clauses; the second is the speaker."""
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    if len(conjuncts) != 1 or subject.i > subject.head.i:
        return None
    second = conjuncts[0]
    doc = subject.doc
    if not (second.i >= 2 and doc[second.left_edge.i - 1].dep_ == "cc" and doc[second.left_edge.i - 2].text == ","):
        return None
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in second.children)
    return second if named and second.right_edge.i + 2 >= subject.head.i else None


def _one_of_them_named(subject: Token) -> Token | None:
    """'One of them, fish vendor Lorna Abellana, 46, said ...': the name set off by a comma after 'one
    of' a group, which the parser can join to 'one' as a second subject, is who speaks."""
    doc = subject.doc
    if subject.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None
    named = next((c for c in subject.children if c.dep_ in ("conj", "appos") and c.i > subject.i
                  and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
    if named is None or doc[named.left_edge.i - 1].text != "," or any(c.dep_ == "cc" for c in subject.children):
        return None
    return named


# Nouns for a place that an opening phrase names, and whose name it may set off after it.
SETTING_PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "county",
                                 "state", "port", "island"})


def _name_after_a_place_set_off(subject: Token) -> Token | None:
    """'In the provincial capital, Sta. Elena, Gov. Teresita Valderrama said': the place's name set
    off after an opening phrase about the place, which the parser made the subject with the person in
    apposition to it; the person speaks."""
    doc = subject.doc
    named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > subject.i),
                 None)
    opening = subject.left_edge.i
    if named is None or opening < 2 or doc[opening - 1].text != ",":
        return None
    place = doc[opening - 2]
    return named if place.lemma_.lower() in SETTING_PLACE_NOUNS and place.dep_ == "pobj" \
        and subject.head.is_ancestor(place) else None


def _last_of_names_joined_by_a_comma(subject: Token) -> Token | None:
    """'Delivering judgment in the petition filed by the candidate ..., Chief Emeka Nwosu, Justice
    Folasade Ogunleye held that ...': two names the parser joined with only a comma between them, the
    first set off after the opening phrase it ends; the second, right before the verb, is who speaks."""
    doc = subject.doc
    conjuncts = [c for c in subject.children if c.dep_ == "conj" and c.i > subject.i]
    if len(conjuncts) != 1 or any(c.dep_ == "cc" for c in subject.children) or subject.pos_ != "PROPN" \
            or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return None
    second = conjuncts[0]
    if second.pos_ == "PROPN" and doc[second.left_edge.i - 1].text == "," and second.right_edge.i + 1 == subject.head.i:
        return second
    return None


def _title_shared_by_conjunction(subject: Token) -> Token | None:
    """'Oceans and Fisheries Minister Daniel Roe announced ...': the parser can read a title that
    joins two portfolios as two subjects; the name at its end is the one subject."""
    # ('Tarrant founder and Chief Investment Officer Lionel Ashcombe wrote': two titles of one person,
    # the first with no determiner of its own; 'the minister and Senator Roe' are two people)
    titles = subject.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in subject.children)
    if subject.ent_type_ == "PERSON" or not (subject.text[:1].isupper() or titles) \
            or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    for conjunct in subject.children:
        # (a capitalised word before the name that is no part of it: the title)
        if conjunct.dep_ == "conj" and conjunct.ent_type_ == "PERSON" and any(
                t.dep_ == "compound" and t.text[:1].isupper() and not t.ent_type_
                and conjunct.is_ancestor(t) for t in subject.doc[subject.i + 1 : conjunct.i]):
            return conjunct
        # (or lower-case titles before a name the recogniser took for a body's: 'co-founder and chief
        # executive Shruti Roe said', parsed as the founder and Roe)
        if titles and subject.text.islower() and conjunct.dep_ == "conj" and conjunct.pos_ == "PROPN" \
                and conjunct.ent_type_ in ("PERSON", "ORG", "") and conjunct.i > subject.i + 2 \
                and subject.doc[subject.i + 1].dep_ == "cc" and _lower_case_words_then_name(subject, conjunct):
            return conjunct
    return None


def _lower_case_words_then_name(subject: Token, name: Token) -> bool:
    """Between the 'and' after ``subject`` and ``name``: lower-case nouns and adjectives (a second
    title), then capitalised words of the name alone."""
    words = list(subject.doc[subject.i + 2 : name.i])
    title = [t for t in words if t.text.islower()]
    capitalised = words[len(title):]
    return bool(title) and title[-1].pos_ == "NOUN" \
        and all(t.pos_ in ("NOUN", "ADJ") and not any(c.dep_ == "det" for c in t.children) for t in title) \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in capitalised)


def noun_closing_a_clause_before(name: Token) -> Token | None:
    """'The 22-year-old, who became first choice after an injury to the club’s goalkeeper, Dean
    Holloway, revealed': the noun ending a relative clause on the word a name is set beside, right
    before the name's comma; the name is that noun's holder, not the word's."""
    doc = name.doc
    start = name.left_edge.i
    clause = next((c for c in name.head.children if c.dep_ == "relcl" and name.head.i < c.i < start), None)
    if clause is None or start < 2 or doc[start - 1].text != "," or clause.right_edge.i != start - 2 \
            or doc[start - 2].pos_ != "NOUN":
        return None
    return doc[start - 2]


def _name_set_off_before(verb: Token) -> Token | None:
    """A person's name in apposition that ends, with a comma, right before the verb: '..., the
    alliance’s chief executive, Priya Ramsundar, said'."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    # (or, when the verb has no subject at all, wherever the parser hung it inside the quote before:
    # '“... sustain,” the council’s chair, Dr. Fiona Roe, said', with 'Roe' an attribute of 'are')
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # (not a name set beside a person's own, which says what they are: 'Kirsty Campbell, who chairs
    # the Uist and Barra Ferry Users’ Group, said', the body's name taken for a person's)
    beside_a_name = name.dep_ == "appos" and name.head.pos_ == "PROPN" and name.head.ent_type_ == "PERSON" \
        and name.head.i < name.i
    if name.ent_type_ == "PERSON" and (name.dep_ == "appos" or subjectless) and verb.is_ancestor(name) \
            and noun_closing_a_clause_before(name) is None and not beside_a_name:
        return name
    # (or hung inside the quote, set beside a title that opens right after its closing mark: '“...,”
    # the union's president, Deborah Roe, told a rally', the cue joined to the quote's verb)
    opening = name.head.left_edge.i
    if subjectless and name.ent_type_ == "PERSON" and name.dep_ == "appos" and name.head.i < name.i \
            and opening > 0 and doc[opening - 1].is_quote and not verb.is_ancestor(name):
        return name
    # (however the parser hung the title and the name, when nothing but they stand between the closing
    # mark and the cue: '“...,” Orrin’s co-founder and chief scientist, Dr. X, wrote')
    if subjectless and name.ent_type_ == "PERSON" and not verb.is_ancestor(name) and name_after_title_after_mark(name):
        return name
    # (a name the recogniser took for something else, set beside a title: 'The company’s co-founder
    # and chief executive, Arjun Castellanos-Reid, told ...')
    if name.pos_ == "PROPN" and name.dep_ == "appos" and name.head.pos_ == "NOUN" and name.head.i < name.i \
            and doc[name.left_edge.i - 1].text == "," and verb.is_ancestor(name):
        return name
    # (or beside the body the title is of, when the verb has no subject: 'the spokesperson of the Osun
    # State Police Command, SP Yetunde Oyelami-Adio, confirmed')
    if subjectless and name.pos_ == "PROPN" and name.ent_type_ in ("", "PERSON") and name.dep_ == "appos" \
            and name.head.ent_type_ == "ORG" and name.head.i < name.i and doc[name.left_edge.i - 1].text == "," \
            and verb.is_ancestor(name) and name.i - name.left_edge.i >= 1:
        return name
    # (or a name with its description, hung on the phrase before: 'Reached by phone, Yusuf, a
    # 45-year-old teacher, said')
    described = name.head
    if subjectless and name.pos_ == "NOUN" and name.dep_ == "appos" and described.pos_ == "PROPN" \
            and described.i < name.i and doc[name.left_edge.i - 1].text == "," and verb.is_ancestor(name):
        return described
    # (or with an age: 'In the village of Chhiudi, Hari Roe, 63, said', the name joined to the place)
    # (or both the name and the age set beside the place: 'at a dinner in Dublin Castle, Ní Bhriain, 58, said')
    given_the_age = doc[name.i - 2] if name.i >= 2 else None
    if subjectless and given_the_age is not None and name.like_num and name.text.isdecimal() \
            and 0 < int(name.text) < 120 and name.dep_ in ("appos", "npadvmod", "nummod") \
            and given_the_age.pos_ == "PROPN" and given_the_age.text[:1].isupper() \
            and described.i in (given_the_age.i, given_the_age.head.i) \
            and doc[name.i - 1].text == "," and verb.is_ancestor(name):
        return given_the_age
    return None


def relative_read_as_report(verb: Token) -> tuple[Token, Token] | None:
    """'Prof. X, a pharmacologist who has advised the agency but was not involved in the testing, said
    ...': the parser can make the relative clause's second verb a report before the cue, with the
    name as its subject. Returns that clause, which reports nothing, and the name, who speaks."""
    doc = verb.doc
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    # (the comma before the cue in the clause or just after it)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and (
        c.right_edge.i + 2 == verb.i and doc[c.right_edge.i + 1].text == ","
        or c.right_edge.i + 1 == verb.i and c.right_edge.text == ",")), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or subject.ent_type_ != "PERSON" or not subject.left_edge.is_sent_start \
            or not any(t.lower_ in ("who", "whom", "whose") for t in doc[subject.i : clause.i]):
        return None
    return clause, subject


def subject_before_cue_read_as_adjective(verb: Token) -> Token | None:
    """'X, a spokesman for the group, insisted residents had never ...': a past-tense speech verb right
    after the comma closing the subject's apposition, which the parser made an adjective of the noun
    after it (the report's subject), with the report's verb as the sentence's. The subject, or None."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or verb.i == 0 or doc[verb.i - 1].text != "," \
            or head.i != verb.i + 1 or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    root = verb.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if root.pos_ not in ("VERB", "AUX") or root.i <= head.i or subject is None \
            or not any(c.dep_ == "appos" and c.i < verb.i for c in subject.children):
        return None
    return subject


def name_after_title_read_as_verb(subject: Token | None) -> Token | None:
    """'But trustee Renata Osei, one of the two dissenting votes, argued ...': the tagger can take a
    lower-case title for a verb, made the subject, and the name right after it for its object."""
    if subject is None or subject.pos_ != "VERB" or not subject.text.islower():
        return None
    return next((c for c in subject.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "") and c.left_edge.i == subject.i + 1
                 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in subject.doc[c.left_edge.i : c.i + 1])),
                None)


def _name_read_as_modifier(verb: Token) -> Token | None:
    """'In its blog post, Pocketly said ...': a capitalised name right before a verb with no subject,
    which the parser took for an adverb of it, is its subject."""
    doc = verb.doc
    if verb.i < 1 or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.pos_ == "PROPN" and name.head.i == verb.i and name.dep_ in ("advmod", "npadvmod", "dep") \
            and name.text[:1].isupper() and not name.is_sent_start and doc[name.i - 1].text == ",":
        return name
    return None


def _nearest_conjunct(verb: Token, head: Token) -> Token:
    """'The talks are taking place after Trump issued a deadline, and threatened sanctions': the
    parser may attach the second verb to a verb higher up. Coordination joins the nearest verb of the
    same form; a speech verb wants a subject that can speak. So a verb of the same form between the
    two, inside the head's clause, whose subject is a name or a personal pronoun, wins over a head
    whose subject is a common noun."""
    head_subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (a title with the name set beside it can: 'The EU’s lead negotiator, X, insisted the bloc
    # remained committed but argued that ...')
    if head_subject is None or _can_speak(head_subject) \
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head_subject.children):
        return head
    for t in reversed(verb.doc[head.i + 1 : verb.i]):
        if t.pos_ == "VERB" and t.tag_ == verb.tag_ and head.is_ancestor(t) and t.dep_ != "relcl":
            subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # (or 'it', a body: 'Shares plunged after it withdrew its forecast and said ...')
            if subject is not None and (_can_speak(subject) or subject.lower_ == "it"):
                return t
    return head


# Personal pronouns that can be the subject of a speech verb.
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _parallel_speech_verb(verb: Token, head: Token) -> Token:
    """'X said in a statement that the park had lost its heart and announced that ...': the parser
    can join a speech verb to a verb of another form inside what an earlier one reports; it goes
    with that earlier speech verb, of its own form, and shares its subject."""
    if is_speech_verb(verb) and is_speech_verb(head) and head.dep_ == "ccomp" and head.head.tag_ == verb.tag_ \
            and is_speech_verb(head.head) and head.tag_ != verb.tag_:
        return head.head  # ('told council staff could report back by June, but cautioned that ...')
    if not is_speech_verb(verb) or is_speech_verb(head) or head.tag_ == verb.tag_:
        return head
    # (not from someone who can speak: 'reported that the minister had met them, and assured them ...')
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "NORP")
                                or subject.lower_ in SPEAKING_PRONOUNS):
        return head
    for ancestor in head.ancestors:
        if ancestor.i < head.i and ancestor.tag_ == verb.tag_ and is_speech_verb(ancestor):
            return ancestor
    return head


def _subject_read_as_object_of_its_adjective(verb: Token) -> Token | None:
    """'One experienced top-flight referee, speaking on condition of anonymity, said ...': the parser
    can read a participle describing the subject as a verb, with 'One' or 'A' its subject and the
    noun its object. The noun, right after, is who speaks."""
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl", "csubj"):
            continue
        noun = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and all(t.i == c.i or t.dep_ in ("amod", "compound", "punct") for t in c.lefts)), None)
        if noun is not None and opener_read_apart(noun) is not None:
            return noun
    return None


def opener_read_apart(noun: Token) -> Token | None:
    """The 'One' or 'A' of 'One experienced referee' where the parser read the adjective as a verb
    with 'One' its subject and the noun its object."""
    clause = noun.head
    if noun.dep_ != "dobj" or clause.tag_ not in ("VBN", "VBD") or clause.i == 0 or noun.left_edge.i != clause.i + 1:
        return None
    opener = noun.doc[clause.i - 1]
    return opener if opener.dep_ == "nsubj" and opener.head.i == clause.i and opener.pos_ in ("NUM", "DET") else None


def _person_right_before_participle(verb: Token) -> Token | None:
    """'footage of Ana Ruiz asking, “...”', 'a clip of Roe telling the crowd ...': a participle of
    saying right after a named person, with no comma between, says what that person was doing
    (a reduced relative clause), however the parser hung it on the main verb. After a comma ('X
    thanked Roe, saying ...') the participle goes on with the main clause's subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl", "acl") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    named = noun.pos_ == "PROPN" and noun.ent_type_ in ("PERSON", "") and noun.text[:1].isupper()
    if (named or noun.lower_ in ("him", "her", "them")) and noun.dep_ in ("pobj", "dobj") \
            and noun.head.i < noun.i and noun.right_edge.i == noun.i:
        return noun
    return None


def _common_source(noun: Token) -> bool:
    """A common noun that can be a source: a plural ('friends') or one with its determiner ('a
    spokesperson'), not evidence ('figures')."""
    return not noun.ent_type_ and noun.lemma_.lower() not in EVIDENCE_NOUNS and (
        noun.tag_ == "NNS" or noun.tag_ == "NN" and any(c.dep_ == "det" for c in noun.children))


def _can_speak(token: Token) -> bool:
    token = antecedent_of_relative(token)
    # (a proper noun too, whatever the recogniser made of it: 'Pellow said ... and insisted ...')
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lower_ in SPEAKING_PRONOUNS \
        or token.pos_ == "PROPN" and token.ent_type_ not in NON_SPEAKER_ENTS


def is_relative(token: Token) -> bool:
    """A relative pronoun subject: 'Novak, who said', 'the department which reported'."""
    if token.tag_ not in ("WP", "WDT") or token.lower_ not in ("who", "which", "that"):
        return False
    return token.head.dep_ == "relcl" or (token.dep_ in ("nsubj", "nsubjpass") and _noun_before(token) is not None)


def _noun_before(token: Token) -> Token | None:
    """The noun right before a relative pronoun (past a comma), for a clause the parser did not
    label a relative clause."""
    i = token.i - 1
    if i >= 0 and token.doc[i].text == ",":
        i -= 1
    if i < 0 or token.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = token.doc[i]
    return noun.head if noun.dep_ == "compound" else noun


# Words that count some of a group in an aside after it: 'traders, most of them women,'.
COUNTING_WORDS = frozenset({"most", "many", "some", "all", "several", "few", "half", "both", "none", "one", "two",
                            "three", "four", "five", "dozens", "hundreds", "thousands", "each", "nearly", "almost"})


def _noun_before_counting_aside(token: Token) -> Token | None:
    """The noun before an aside set off by commas that counts some of it ('most of them women',
    'many of them elderly'), right before a relative pronoun."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    comma = next((i for i in range(token.i - 2, max(-1, token.i - 10), -1) if doc[i].text == ","), None)
    if comma is None or comma < 1:
        return None
    aside = doc[comma + 1 : token.i - 1]
    of = next((t for t in aside if t.lower_ == "of"), None)
    if of is None or of.i + 1 >= token.i or doc[of.i + 1].lower_ not in ("them", "whom") \
            or not all(t.lower_ in COUNTING_WORDS or t.like_num for t in doc[comma + 1 : of.i]) or of.i == comma + 1:
        return None
    noun = doc[comma - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS"):
        return None
    return noun.head if noun.dep_ == "compound" else noun


def antecedent_of_relative(token: Token) -> Token:
    """'Trump, who has warned that ...': the speaker is the noun the relative clause hangs from. The
    parser may hang the clause on a place closing a prepositional phrase ('officials in Moscow, who
    said'); a 'who' there means the noun the phrase modifies."""
    if not is_relative(token):
        return token
    antecedent = token.head.head if token.head.dep_ == "relcl" else _noun_before(token)
    # ('thousands of traders, most of them women, who say': the people the aside counts)
    counted = _noun_before_counting_aside(token)
    if counted is not None:
        return counted
    # (not when what the phrase modifies is something said, whose maker 'who' means: 'earlier
    # comments from Venkataraman, who told analysts', the name taken for a place)
    said_by = token.lower_ == "who" and antecedent.pos_ == "PROPN" and antecedent.dep_ == "pobj" \
        and antecedent.head.head.lemma_.lower() in SPEECH_ACT_NOUNS
    if not said_by and (antecedent.ent_type_ in ("GPE", "LOC", "FAC") and antecedent.dep_ == "pobj"
                        and antecedent.head.dep_ == "prep" and antecedent.head.head.pos_ in ("NOUN", "PROPN")):
        antecedent = antecedent.head.head
    # ('a source close to the club, who said', 'a spokesman for Acme, who said': 'who' is the
    # person the phrase describes, not a thing or a body at its end)
    elif not said_by and token.lower_ in ("who", "whom") and antecedent.ent_type_ != "PERSON" \
            and antecedent.pos_ != "PRON" and antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep":
        owner = antecedent.head.head
        if owner.dep_ == "amod":
            owner = owner.head  # 'a source close to the club': 'close' modifies 'source'
        # (not from people to a bare noun for what they gave: 'drew criticism from patient advocates and
        # doctors, who said')
        given_by = antecedent.tag_ == "NNS" and owner.tag_ == "NN" \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in owner.children)
        if (owner.pos_ == "NOUN" or is_age_epithet(owner)) and not given_by:
            antecedent = owner
    # ('drew a sharp response from Kennedy Were, the councillor for the ward, who said': the name a
    # description set off by commas right before 'who' is set beside, inside the noun's phrase)
    if token.lower_ in ("who", "whom") and token.i >= 2 and token.doc[token.i - 1].text == "," \
            and antecedent.ent_type_ != "PERSON":
        described = next((a for a in token.doc[token.i - 2].ancestors if a.dep_ == "appos"
                          and token.doc[a.left_edge.i - 1].text == "," and a.right_edge.i == token.i - 2), None)
        named = described.head if described is not None else None
        if named is not None and named.pos_ == "PROPN" and named.ent_type_ in ("PERSON", "FAC", "") \
                and named.i != antecedent.i and antecedent.is_ancestor(named):
            return named
    # ('Denise Kowalczyk, a teacher from Lakewood, who said': the person the description is set beside,
    # or the age: 'Abdirahman, a 19-year-old from Dastan, who said')
    if token.lower_ in ("who", "whom") and antecedent.dep_ == "appos" \
            and (antecedent.pos_ == "NOUN" or is_age_epithet(antecedent)) \
            and antecedent.head.pos_ == "PROPN" and antecedent.head.i < antecedent.i:
        antecedent = antecedent.head
    return antecedent


# Directives report an infinitive only with an addressee ("urged voters to ..."); without one the
# infinitive is about the speaker ("asked not to be named").
DIRECTIVES = frozenset({"urge", "ask", "call", "tell", "advise", "warn", "encourage", "implore", "beg", "exhort",
                        "instruct", "appeal"})
# Speech verbs whose content can be a to-infinitive ("vowed to repeal ...") or a prepositional
# object ("called for a ceasefire", "warned of sanctions") rather than a clause.
INFINITIVE_CONTENT = DIRECTIVES | {"promise", "vow", "pledge", "threaten", "demand"}
PREPOSITION_CONTENT = {
    "call": {"for", "on"}, "ask": {"for"}, "warn": {"of", "about", "against"}, "accuse": {"of"},
    "talk": {"about"}, "speak": {"about", "of"}, "complain": {"about", "of"},
    "respond": {"by", "with"}, "reply": {"by", "with"},
}


def reported_phrase_of(verb: Token, infinitive_only: bool = False) -> Token | None:
    """A non-clausal content: 'vowed [to repeal the law]', 'called [for a ceasefire]'."""
    lemma = verb.lemma_.lower()
    # (the addressee of 'called on the council to act' is the object of 'on', of 'appealed to the
    # traders to cooperate' the object of 'to')
    addressed = any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and (c.lower_ in ("on", "upon")
                                                                          or c.lower_ == "to" and lemma == "appeal")
                    and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    # ('pledged $410 million to expand the ward': after an amount, the infinitive says what the money
    # is for, not what was promised)
    amount = any(c.dep_ == "dobj" and (c.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or c.like_num)
                 for c in verb.children)
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in INFINITIVE_CONTENT and child.i > verb.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and (addressed or lemma not in DIRECTIVES) and not amount:
            return child
    if infinitive_only:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PREPOSITION_CONTENT.get(lemma, ()) and child.i > verb.i:
            # The content is what follows the preposition: "called for [a ceasefire]".
            content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if content is not None:
                return content
    return None


# Verbs of saying whose direct object is what was said: "cited the ruling", "denied the report",
# "proposed a freeze". Left out: verbs that also name non-verbal acts ("raise", "issue", "push"),
# "say" and "tell", whose objects are rarely the content, and verbs of conversation ("discuss",
# "talk about"), which name a topic shared by several people rather than anything one of them said,
# and "express", whose object is a feeling ("expressed optimism"), which this tool does not report.
OBJECT_CONTENT = frozenset(
    """
    cite note highlight reject defend propose offer reference demand criticize criticise
    indicate acknowledge praise mention deny explain echo repeat reiterate condemn tout underscore detail
    protest recommend outline recall downplay dispute emphasize emphasise stress denounce announce declare
    """.split()
)
# Verbs of judging whose object is only the target; with a reason or a description after it, the
# whole is what was said: "blamed [the mayor for the delays]", "described [the plan as a trap]".
JUDGING_CONTENT = {
    "estimate": {"at"},  # 'estimated the loss at “north of $80,000”'
    "attack": {"for", "as"}, "slam": {"for", "as"}, "blast": {"for", "as"}, "mock": {"for", "as"},
    "blame": {"for"}, "fault": {"for"}, "ridicule": {"for", "as"}, "thank": {"for"}, "criticize": {"for", "as"},
    "criticise": {"for", "as"}, "praise": {"for", "as"}, "condemn": {"for", "as"}, "cite": {"as"},
    "describe": {"as"}, "deride": {"as"}, "dismiss": {"as"}, "hail": {"as", "for"}, "compare": {"to", "with"},
    "reject": {"as"},
    "liken": {"to"},
    "offer": {"to"}, "mention": {"to"},
}
# Verbs whose content can follow a preposition without a verb in it: "called for [an end to the
# war]", "asked about [his tax returns]".
PREPOSITION_OBJECT_CONTENT = {
    "call": {"for"}, "criticize": {"for"}, "criticise": {"for"}, "blame": {"for"}, "praise": {"for"},
    "ask": {"about"}, "wonder": {"about"}, "press": {"about"}, "brag": {"about"}, "boast": {"about"},
    "complain": {"about"}, "joke": {"about"}, "warn": {"about", "of", "against"},
}
# Verbs of saying whose content can be an -ing clause: "proposed [scrapping the tax]".
GERUND_CONTENT = frozenset({"propose", "suggest", "admit", "recommend", "deny"})
# Verbs that say a view again or with weight, whose object's 'that' clause is what was said.
RESTATING_VERBS = frozenset({"reiterate", "repeat", "reaffirm", "stress", "emphasize", "emphasise", "underline",
                             "underscore", "maintain"}) | EXPRESSING_VERBS


OBJECT_CUES = OBJECT_CONTENT | set(JUDGING_CONTENT) | set(PREPOSITION_OBJECT_CONTENT) | GERUND_CONTENT


# Prepositions that can introduce what any speech verb reports: "warned of", "spoke about",
# "described as".
CONTENT_PREPOSITIONS = frozenset({"of", "about", "as"})


# Words that open an adverbial clause of time, reason or concession ('whether' and 'if' can open
# what was asked).
SETTING_MARKS = frozenset({"as", "when", "because", "although", "though", "after", "before", "while", "since",
                           "until", "unless", "once", "whenever", "where"})


def _judged_as(verb: Token, clause: Token) -> bool:
    """'dismissed the vote as “theater” staged for ...': a verb judging its object 'as' something, where
    the parser read the 'as' as opening a clause whose subject is what the object is judged to be."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    lemma = verb.lemma_.lower()
    if mark is None or "as" not in JUDGING_CONTENT.get(lemma, ()) and lemma not in NAMING_VERBS:
        return False
    after = next((t for t in verb.doc[mark.i + 1 : clause.i] if not t.is_punct), None)
    # (or hung the phrase on the 'as' itself: 'described the order as “the hardest call this board
    # has had to make”'; or made the judgement itself the clause: 'described it as “untested
    # anywhere else”')
    # (or a likeness: 'described the scene as “like a giant had picked up the town”', 'as if ...')
    judgement = after is None and clause.pos_ in ("ADJ", "NOUN") \
        or after is not None and (after.dep_ == "nsubj" and after.head.i == clause.i or mark.is_ancestor(after)
                                  or after.dep_ == "mark" and after.head.i == clause.i
                                  and after.lower_ in ("like", "if", "though"))
    return judgement and any(c.dep_ == "dobj" and c.i < mark.i for c in verb.children)


def is_setting_of_speech(verb: Token, child: Token) -> bool:
    """Whether the dependent of a speech verb names where, when or to whom something was said
    rather than what: 'said on “Weekend Report”', 'told “Early Edition”' (a programme, an
    addressee), so quoted words inside it are a title, not the speaker's words."""
    lemma = verb.lemma_.lower()
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in child.children) \
            and not _judged_as(verb, child):
        return True  # 'reported long queues as residents engaged in “typhoon shopping”': when or why, not what
    if child.dep_ == "advcl" and child.lemma_.lower() in SPEAKING_VERBS | {"appear"} and all(
            c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in child.children):
        return True  # 'Speaking on “The Late Show”, she argued ...': where she spoke, not what she said
    if any(t.pos_ in ("VERB", "AUX") for t in child.subtree):
        return False  # a clause: what was said, even where the parser hangs it on a preposition
    # ('described her eyesight as “...”': not the object the parser took for an adverb, which is judged)
    judged = "as" in JUDGING_CONTENT.get(lemma, ()) and any(c.dep_ == "prep" and c.lower_ == "as"
                                                            for c in child.children)
    if child.dep_ == "advmod" and any(c.dep_ == "prep" for c in child.children) and not judged:
        return True  # 'told Variety ahead of the premiere of “...”': when, not what
    if child.dep_ == "prep":
        allowed = CONTENT_PREPOSITIONS | PREPOSITION_CONTENT.get(lemma, set()) \
            | PREPOSITION_OBJECT_CONTENT.get(lemma, set()) | JUDGING_CONTENT.get(lemma, set())
        return child.lower_ not in allowed
    return child.dep_ in ("dative", "dobj") and lemma in ADDRESSED_VERBS and any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def reported_object_of(verb: Token) -> tuple[int, int] | None:
    """Token bounds of a content that is a noun phrase or an -ing clause rather than a clause:
    'cited [the ruling]', 'blamed [the mayor for the delays]', 'called for [a ceasefire]'."""
    bounds = _reported_object_of(verb)
    return None if bounds is None else without_aside(verb.doc, *bounds)


def without_aside(doc, start: int, end: int) -> tuple[int, int]:
    """A noun-phrase content without a trailing ', which ...' or ', who ...': a non-restrictive
    relative clause is the writer telling the reader about the thing, not what was said of it."""
    for i in range(start + 1, end - 1):
        pronoun = doc[i + 1]
        if doc[i].text == "," and pronoun.lower_ in ("which", "who") and pronoun.head.dep_ == "relcl" \
                and max(t.i for t in pronoun.head.subtree) >= end - 1:
            return start, i
    return start, end


def _reported_object_of(verb: Token) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if lemma == "call" and obj is not None:
        # 'called [the plan a disgrace]': naming says what the speaker holds the object to be;
        # 'called the vote', 'called him': summoning, not calling for.
        name = next((c for c in children if c.dep_ in ("oprd", "ccomp") and c.i > obj.i), None)
        if name is None:
            return None
        return min(t.i for t in obj.subtree), max(t.i for t in name.subtree) + 1
    if obj is not None and obj.tag_ not in ("WP", "WDT"):
        bounds = content_bounds(obj) if obj.pos_ != "PRON" else (obj.i, obj.i + 1)
        if bounds is None:
            return None
        # The reason may hang on the verb or on its object ('blamed [workers for the losses]').
        reasons = JUDGING_CONTENT.get(lemma, ())
        reason = next((c for c in children if c.dep_ == "prep" and c.i >= bounds[1] and c.lower_ in reasons), None) \
            or next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in reasons), None)
        if reason is not None:
            return bounds[0], max(bounds[1], max(t.i for t in reason.subtree) + 1)
        if obj.pos_ != "PRON":  # ('cited it': a pronoun alone says nothing; 'asked him about ...' goes on below)
            if lemma in OBJECT_CONTENT:
                return bounds
            if lemma in GERUND_CONTENT and obj.tag_ == "VBG":
                return bounds
            return None
    bounds = preposition_content(verb, PREPOSITION_OBJECT_CONTENT.get(lemma, ()))
    if bounds is not None:
        return bounds
    for child in children:
        if child.i > verb.i and child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" \
                and lemma in GERUND_CONTENT and not _has_clause(child):
            return content_bounds(child)
    return None


def preposition_content(head: Token, prepositions) -> tuple[int, int] | None:
    """Token bounds of what follows one of ``prepositions`` after ``head``: 'called for [a truce]',
    'criticism of [the plan]'. A pronoun there ('asked about it') says nothing by itself."""
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in prepositions:
            content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if content is not None and content.pos_ != "PRON":
                bounds = content_bounds(content)
                return None if bounds is None else without_aside(head.doc, *bounds)
    return None


# How court reports name counsel by their part in the case, set off by commas beside the name:
# 'Priya Sandhu, defending, said', 'Prosecuting, Daniel Hurst told the court'.
COUNSEL_PARTICIPLES = frozenset({"prosecuting", "defending", "mitigating"})


def _introduced_by_nearer_cue(verb: Token, clause: Token) -> bool:
    """'warned jurors not to ..., telling them: “...”': a clause after a colon that a later speech
    verb introduces is that verb's content, wherever the parser hung it."""
    if clause.i < verb.i:
        return False
    colon = next((t for t in verb.doc[verb.i + 1 : clause.left_edge.i] if t.text == ":"), None)
    return colon is not None and any(is_speech_verb(t) for t in verb.doc[verb.i + 1 : colon.i])


# Conjunctions that open a clause of time, cause or contrast, which says when or why, not what was said
# (not 'where', which can open an indirect question: 'told reporters where the money went').
ADVERBIAL_SUBORDINATORS = SETTING_MARKS - {"where", "whenever"}


# Words that make a subordinating conjunction with the 'that' after them: 'on condition that', 'so that'.
THAT_SUBORDINATORS = frozenset({"condition", "provided", "providing", "so", "order", "now", "given", "except",
                                "assuming"})
# Of those, the nouns, which make one only after their preposition: 'on condition that', 'in order that'.
PREPOSITION_OF_SUBORDINATOR = {"condition": ("on", "upon"), "order": ("in",)}


def that_ends_subordinator(that: Token) -> bool:
    """Whether a 'that' ends a subordinating conjunction ('on condition that', 'so that', 'provided
    that'), which opens no report."""
    doc, i = that.doc, that.i
    if that.lower_ != "that" or i < 1 or doc[i - 1].lower_ not in THAT_SUBORDINATORS:
        return False
    needed = PREPOSITION_OF_SUBORDINATOR.get(doc[i - 1].lower_)
    return needed is None or i >= 2 and doc[i - 2].lower_ in needed


def _opened_by_subordinator(verb: Token, clause: Token) -> bool:
    """'Pryce accused of misleading parliament as rail link blowout hits $1.4bn': a clause right after a
    subordinating conjunction the parser hung on the verb as a preposition is adverbial, no report."""
    doc = clause.doc
    opener = doc[clause.left_edge.i - 1] if clause.left_edge.i > verb.i + 1 else None
    # (or a 'that' that ends one: 'promised £900,000 on condition that ...', 'so that ...')
    that = doc[clause.left_edge.i] if doc[clause.left_edge.i].lower_ == "that" else None
    # (or one the clause opens with, after a comma closing what was said: '..., officials said Friday,
    # as the outbreak grew to 31 cases')
    first = doc[clause.left_edge.i]
    trailing = first.i > verb.i + 1 and first.dep_ == "mark" and first.lower_ in ADVERBIAL_SUBORDINATORS \
        and doc[first.i - 1].text == "," and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    return trailing or opener is not None and (opener.lower_ in ADVERBIAL_SUBORDINATORS and opener.head.i == verb.i
                                               and opener.dep_ in ("prep", "mark", "advmod")
                                               or that is not None and that.i > verb.i + 1
                                               and that_ends_subordinator(that))


def complements_of(verb: Token) -> list[Token]:
    """The clauses a speech verb reports: its clausal complements ('said (that) ...'). There can be
    two when the parser also hangs a neighbouring quote on the verb."""
    # (a clause before the verb and cut off from it by a colon or a semicolon is a sentence of its
    # own: 'The deal is dead: officials said ...')
    # (nor does a verb that names what it takes as object report a clause before it: '..., a gap
    # cardiologists describe as “residual risk”')
    misread_relative = relative_read_as_report(verb)
    found = [child for child in verb.children if child.dep_ == "ccomp" and not (
        child.i < verb.i and (any(t.text in (":", ";") for t in verb.doc[child.right_edge.i + 1 : verb.i])
                              or verb.lemma_.lower() in NAMING_VERBS)) and not _introduced_by_nearer_cue(verb, child)
             and not _when_it_was_said(verb, child) and not _absolute_after(verb, child)
             and not (misread_relative is not None and misread_relative[0] is child)
             and not (child.i < verb.i and name_beside_a_noun_read_as_subject(child))
             and not _opened_by_subordinator(verb, child)]
    found = [clause for child in found for clause in _participle_on_the_setting(verb, child)]
    # ('Speaking to Midlands Live on Monday, Kavanagh said the man ...': an opening participle's phrase
    # the parser read as a clause of its own is how it was said, when the cue reports a clause after it)
    if any(f.i > verb.i for f in found):
        found = [f for f in found if not (f.i < verb.i and f.left_edge.is_sent_start
                                          and f.left_edge.tag_ in ("VBG", "VBN") and f.left_edge.i < f.i)]
    # ('Homes were without power, and officials warned that ...': with a 'that' clause after it, a clause
    # joined to the cue's by 'and' or 'but' is the narrative's, not the report)
    if any(f.i > verb.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in f.children) for f in found):
        # (the parser can end the clause before with the 'and')
        found = [f for f in found if not (f.i < verb.i and any(t.pos_ == "CCONJ"
                                                              for t in verb.doc[f.right_edge.i : verb.i]))]
    if not any(f.i > verb.i for f in found):
        # (or hung rightly on the noun, with the clause on the participle)
        found += [clause for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i
                  for noun in prep.children if noun.dep_ == "pobj"
                  for participle in noun.children if participle.dep_ == "acl"
                  for clause in _participle_on_the_setting(verb, participle) if clause is not participle]
    # ('reiterated his view that the plan was unaffordable': what is said again is the clause the
    # object holds, whatever the noun; not after 'denied reports that ...', whose clause is denied)
    if verb.lemma_.lower() in RESTATING_VERBS and not found and (view := _view_clause(verb)) is not None:
        found.append(view)
    # ('wrote in a paper that delayed relief pushes farmers ...': a verb has no relative clause; one the
    # parser hung on it, opened by 'that' read as its subject, is the report)
    found += [child for child in verb.children if child.dep_ == "relcl" and child.i > verb.i
              and verb.pos_ == "VERB" and _that_read_as_relative(child.left_edge, child)]
    found += [child for child in verb.children
              if child.dep_ in ("xcomp", "parataxis") and child.i > verb.i and _has_clause(child)
              and child.lower_ not in COUNSEL_PARTICIPLES and not cue_of_the_clause_before(child)
              and not _absolute_after(verb, child)]
    # ('told Mary Roe BL, prosecuting, that ...': the parser can hang the clause on counsel's part)
    found += [clause for child in verb.children if child.dep_ in ("advcl", "xcomp", "acl", "appos")
              and child.lower_ in COUNSEL_PARTICIPLES and child.i > verb.i
              for clause in child.children if clause.dep_ == "ccomp" and clause.i > child.i]
    # ('submitted that A, that B and that C': the parser can take the second 'that' clause for an
    # adverbial one on the verb)
    found += [child for child in verb.children
              if child.dep_ == "advcl" and verb.doc[child.left_edge.i - 1].text == ","
              and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
              and any(f.dep_ == "ccomp" and verb.i < f.i < child.i for f in found)]
    # ('said A, and that B': or for a clause coordinated with the verb itself, opened by its own 'that'
    # and with a subject of its own, the rest of the verb's report)
    found += [child for child in verb.children
              if child.dep_ == "conj" and child.i > verb.i and child.pos_ in ("VERB", "AUX")
              and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < child.i for c in child.children)
              and _has_clause(child) and any(f.dep_ == "ccomp" and verb.i < f.i < child.i for f in found)]
    # ('said Roe had been “intoxicated” and had probably fallen': a verb joined to the cue with no
    # subject but a tense the cue lacks, a modal or a pluperfect 'had', goes on with the report;
    # 'said A but refused to ...' is the speaker's own act)
    if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        found += [child for child in verb.children
                  if child.dep_ == "conj" and child.i > verb.i and child.pos_ in ("VERB", "AUX")
                  and not _has_clause(child) and any(f.dep_ == "ccomp" and verb.i < f.i < child.i for f in found)
                  and any(c.dep_ == "aux" and (c.lower_ in ("would", "could", "might", "should", "had")) and c.i < child.i
                          for c in child.children)]
    return found


def _absolute_after(verb: Token, clause: Token) -> bool:
    """'“...,” Budha said, his fingers still bandaged.': a clause set off by a comma right after the
    cue of a quote before it says how the speaker was, not what was said (which is the quote)."""
    doc = verb.doc
    return clause.i > verb.i and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "," \
        and clause.left_edge.i == verb.i + 2 \
        and not any(c.dep_ in ("mark", "aux") or c.dep_ == "auxpass" and c.lemma_ != "be" for c in clause.children) \
        and any(t.is_quote and t.is_right_punct or t.text in ("”", "\"") for t in doc[max(verb.i - 5, 0) : verb.i])


def _participle_on_the_setting(verb: Token, clause: Token) -> list[Token]:
    """'said in a statement | accompanying the paper | that the results ...': a participle with no
    subject right after the noun of where something was said describes that noun, though the parser
    made it the cue's clause; the 'that' clause it holds is what was said."""
    doc = verb.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if clause.tag_ != "VBG" or clause.i < verb.i or before is None or before.dep_ != "pobj" \
            or before.head.head.i != verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
            or clause.dep_ == "acl" and clause.head.i != before.i:
        return [clause]
    # (or on the participle's object, as if it said what the paper was: 'accompanying the study that ...')
    objects = [clause] + [o for o in clause.children if o.dep_ == "dobj"]
    held = [c for o in objects for c in o.children if c.dep_ in ("ccomp", "acl") and c.i > o.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return held or [clause]


def name_beside_a_noun_read_as_subject(clause: Token) -> bool:
    """'In an interview with the magazine | Gigantes del Aro published hours after ..., he said': a
    name set right after a common noun inside the clause's opening phrase names that noun's thing;
    the parser made it the subject of a participle that describes the thing, and took the whole for
    a clause of its own."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    # (from the name's first word: the parser can hang the comma before it on the name)
    first = next((t.i for t in subject.subtree if not t.is_punct), 0) if subject is not None else 0
    if subject is None or subject.pos_ != "PROPN" or first == 0:
        return False
    noun = subject.doc[first - 1]
    return noun.pos_ == "NOUN" and noun.text.islower() and noun.dep_ in ("pobj", "dobj") \
        and clause.is_ancestor(noun) and not subject.is_ancestor(noun)


def cue_of_the_clause_before(clause: Token) -> bool:
    """'A deal could be announced next month, one of the people said': a speech verb set off by a comma,
    with its subject and nothing it reports after it, is the cue of the clause before it, not what
    that clause's verb reports."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
    return clause.dep_ == "parataxis" and is_speech_verb(clause) and subject is not None \
        and clause.doc[subject.left_edge.i - 1].text == "," \
        and not any(c.dep_ in COMPLEMENT_DEPS | {"ccomp"} and c.i > clause.i for c in clause.children)


def _when_it_was_said(verb: Token, clause: Token) -> bool:
    """'“...,” Okafor says, when the subject comes up': after a report before the cue, a clause set
    off by a comma and opened by 'when', 'while' or 'because' says when or why it was said, however
    the parser labelled it."""
    doc = clause.doc
    opener = doc[clause.left_edge.i]
    return clause.i > verb.i and opener.lower_ in SETTING_MARKS and doc[opener.i - 1].text == "," \
        and opener.dep_ in ("advmod", "mark") and opener.head.i == clause.i \
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or _day_set_beside_the_day(verb, clause)


def _day_set_beside_the_day(verb: Token, clause: Token) -> bool:
    """'“...,” she said Saturday, the first day residents were allowed back': a phrase of time set off
    after the day the cue names says more of that day, whatever clause the parser made of it."""
    doc, opener = clause.doc, clause.doc[clause.left_edge.i]
    return clause.i > verb.i and opener.i >= 2 and doc[opener.i - 1].text == "," \
        and opener.ent_type_ in ("DATE", "TIME") and doc[opener.i - 2].ent_type_ in ("DATE", "TIME") \
        and doc[opener.i - 2].head.i == verb.i


def _has_clause(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def content_bounds(head: Token, exclude: Token | None = None) -> tuple[int, int] | None:
    """Token bounds [start, end) of a reported clause: its subtree without a leading 'that' or
    punctuation, without trailing punctuation, and without ``exclude``'s subtree when it sits at
    an edge (the cue clause in '..., he said')."""
    tokens = sorted(head.subtree, key=lambda t: t.i)
    if exclude is not None:
        skip = {t.i for t in exclude.subtree}
        tokens = [t for t in tokens if t.i not in skip]
        if tokens:
            # Keep only the contiguous run that contains the head.
            run = [t for t in tokens if (t.i < exclude.i) == (head.i < exclude.i)]
            tokens = run
    # After a cue ('X said A; B'), a semicolon ends the report: B is a sentence of its own, whichever
    # of the two the parser made the head.
    semicolon = next((t.i for t in tokens if t.text == ";"), None) if exclude is None else None
    if semicolon is not None and tokens[0].i < semicolon:
        tokens = [t for t in tokens if t.i < semicolon]
    while tokens and (tokens[0].is_space or tokens[0].dep_ == "cc"
                      or (tokens[0].dep_ == "mark" or tokens[0].pos_ == "SCONJ") and tokens[0].lower_ in ("that", "whether", "if")
                      or _that_read_as_object(tokens[0], head)
                      or tokens[0].is_punct and tokens[0].text not in "“\"‘'"):
        tokens.pop(0)
    # (a time the parser took into the report from the cue is when it was said: 'said last month | it
    # would not approve ...'; not a time the report is about: 'said 2024 was the hottest year')
    when = 0
    while when < len(tokens) and tokens[when].ent_type_ in ("DATE", "TIME"):
        when += 1
    if 0 < when < len(tokens) and tokens[when].dep_ in ("nsubj", "nsubjpass", "expl") \
            and any(t.dep_ == "npadvmod" and not tokens[0].i <= t.head.i < tokens[when].i for t in tokens[:when]):
        tokens = tokens[when:]
    # ('said the chance had been the moment the day turned | but refused to blame his team-mate': a
    # refusal with no subject of its own, joined deep in the report by the parser, is the speaker's act)
    refusal = next((k for k, t in enumerate(tokens) if k > 0 and t.dep_ == "conj" and t.lemma_.lower() in REFUSING_VERBS
                    and tokens[k - 1].dep_ == "cc" and tokens[k - 1].lower_ in ("but", "and")
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                    and any(c.dep_ == "xcomp" for c in t.children)), None)
    if refusal is not None and exclude is None:
        tokens = tokens[: refusal - 1]
    if tokens:
        tokens += _rest_of_a_split_word(head, tokens[-1])
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ == "cc"
                      or tokens[-1].is_punct and tokens[-1].text not in "”\"’'%"):
        tokens.pop()
    if not tokens:
        return None
    tokens = _without_closing_comment(tokens)
    return after_dateline(tokens), _end_taking_a_stray_last_noun(tokens[-1])


def _without_closing_comment(tokens: list[Token]) -> list[Token]:
    """'... has left them short of water, an argument that the commissioner has taken up': a noun
    for a view set off after the report, in apposition to the whole, is the writer's comment on it."""
    comma = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].text == ","), None)
    if comma is None:
        return tokens
    # (however the parser hung it: as an apposition or as an adverb of the clause's verb)
    noun = next((t for t in tokens[comma + 1 : comma + 4] if t.dep_ in ("appos", "npadvmod") and t.pos_ == "NOUN"),
                None)
    if noun is not None and noun.lemma_.lower() in VIEW_NOUNS and noun.left_edge.i == tokens[comma].i + 1 \
            and noun.right_edge.i == tokens[-1].i and any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return tokens[:comma]
    return tokens


def _rest_of_a_split_word(head: Token, last: Token) -> list[Token]:
    """What a report that stops inside a hyphenated word still holds ('the team had cross|-|checked
    every estimate'): the parser can hang each part on the cue as a clause of its own. The hyphen and
    the part after it, with all it holds, are the same report."""
    doc, rest = head.doc, []
    end = last.i + 1
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        part = doc[end + 1]
        if part.head.i != head.head.i or part.i == head.head.i or part.left_edge.i != end + 1:
            break
        rest += doc[end : part.right_edge.i + 1]
        end = part.right_edge.i + 1
    return rest


def _end_taking_a_stray_last_noun(last: Token) -> int:
    """The end of a report whose last noun the parser hung elsewhere ('... to paid family | leave.'): a
    noun with nothing of its own right after the report's last noun, and only the sentence's end after it."""
    doc, after = last.doc, last.i + 1
    if after + 1 < len(doc) and last.pos_ == "NOUN" and doc[after].pos_ == "NOUN" and not doc[after].ent_type_ \
            and not list(doc[after].children) and doc[after + 1].text in (".", "!", "?") \
            and doc[after].head.i not in range(after + 1, len(doc)) and last.whitespace_:
        return after + 1
    return after


def after_dateline(tokens: list[Token]) -> int:
    """Where a report opening its article's first paragraph starts: after the dateline the parser took
    into it ('LEEDS, England — Drivers will strike, the union said'), which runs from the sentence's
    start to a spaced dash through names, numbers, dates and the agency in brackets."""
    doc, first = tokens[0].doc, tokens[0]
    if not first.is_sent_start:
        return first.i
    dash = next((t.i for t in tokens[1:10] if _spaced_dash(doc, t.i)), None)
    if dash is None or dash + 1 >= len(doc) or not doc[dash + 1].text[:1].isupper() \
            or not all(t.is_punct or t.like_num or t.text[:1].isupper() or t.ent_type_ == "DATE"
                       for t in doc[first.i : dash]):
        return first.i
    # (a place in capitals or an agency in brackets, or else the article's first paragraph: elsewhere
    # 'Ana Ruiz - the author - will speak' is no dateline)
    marked = any(t.is_alpha and t.is_upper and len(t) > 2 or t.text == "(" for t in doc[first.i : dash])
    return dash + 1 if marked or text_of(doc)[: first.idx].count("\n\n") <= 1 else first.i


def _that_read_as_object(token: Token, head: Token) -> bool:
    """'countered that the case rests on ...': a 'that' the parser made the clause's object or
    subject, though the clause has a subject of its own after it, is the conjunction opening it."""
    return token.lower_ == "that" and token.dep_ in ("dobj", "nsubj") and token.head.i == head.i \
        and (any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in head.children)
             or _that_read_as_relative(token, head))


def _that_read_as_relative(token: Token, clause: Token) -> bool:
    """Whether 'that' opens a clause the parser made a relative one on a verb, taking the clause's
    first word for its verb ('wrote that | delayed relief pushes ...')."""
    return token.lower_ == "that" and token.dep_ == "nsubj" and token.head.i == clause.i \
        and clause.dep_ == "relcl" and clause.head.pos_ == "VERB"


def span_chars(doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def entity_span(token: Token) -> Span | None:
    """The named entity a token is part of, found from its IOB tags (Doc.ents is rebuilt on every
    access, so it is not scanned here)."""
    if not token.ent_type_ or token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


# Words that, shortly after a 'not', say a source is left unnamed.
UNNAMED_WORDS = frozenset({"name", "named", "identify", "identified", "authorize", "authorise", "authorized",
                           "authorised"})


def says_it_is_unnamed(lemmas: list[str]) -> bool:
    """Whether these words say someone is left unnamed: 'on condition of anonymity', 'asked not to be
    named', 'not authorised to speak', 'asked that his name not be used'."""
    return "anonymity" in lemmas or any(
        word == "not" and any(w in UNNAMED_WORDS for w in lemmas[i + 1 : i + 4])
        or word == "name" and "not" in lemmas[i + 1 : i + 3] for i, word in enumerate(lemmas))


# Longest relative clause an unnamed source's name keeps ('two people who attended the briefing').
IDENTIFYING_CLAUSE_WORDS = 10


def _identifying_participle(token: Token, participle: Token) -> bool:
    """'two people briefed on the talks', 'a banker advising on the sale': a participle after an
    unnamed source says which people are meant, unless it only says they are unnamed ('speaking on
    condition of anonymity') or how they spoke ('speaking to reporters')."""
    # (a participle the tagger took for a past tense too: 'People | briefed on the process said')
    return participle.dep_ == "acl" and participle.i > token.i and not _says_only_when(participle) and (
        participle.tag_ in ("VBN", "VBD")
        or participle.tag_ == "VBG" and participle.lemma_.lower() not in SPEAKING_VERBS
        and not says_it_is_unnamed([t.lemma_.lower() for t in participle.subtree]))


def _says_only_when(participle: Token) -> bool:
    """'homeowners interviewed Monday', 'voters polled last week': a participle that says only when,
    which tells no one which people are meant."""
    words = [t for t in participle.subtree if t.i != participle.i and not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and t.lower_ in ("on", "in", "at")
                               for t in words)


# Verbs for the act of speaking itself, whose participle after a source says how it spoke.
SPEAKING_VERBS = frozenset({"speak", "talk", "write", "comment", "say", "tell", "post", "tweet", "testify"})


def _identifying_clause(token: Token, clause: Token) -> bool:
    """Whether the relative clause says which people an unnamed source is (see below)."""
    return _identifying_clause_words(token, clause) is not None


def _identifying_clause_words(token: Token, clause: Token) -> list[Token] | None:
    """The words of a clause that says which people are meant, or None for any other clause.
    'two people who attended a closed briefing', 'residents who live near the plant': a relative
    clause with no comma before it says which people are meant, and is part of an unnamed source's
    name; one saying only that they are unnamed is not ('a diplomat who asked not to be named' is 'a
    diplomat', as annotators name such a source: 2 of the 62 invented sets of 2026-12-07's second
    session kept the clause, and trimming it mended speakers in 4 sets and harmed none). A second
    clause joined to it is no part of the name and not counted ('who was laid off and who asked not to
    be named because ...')."""
    joined = {t.i for c in clause.children if c.dep_ in ("cc", "conj") for t in c.subtree}
    words = [t for t in clause.subtree if t.i not in joined]
    # (nor an aside the parser hung on it after a comma: 'a senator who is not on the committee,
    # speaking on condition of anonymity,')
    comma = next((k for k, t in enumerate(words) if k > 0 and t.text == ","), None)
    words = words[:comma] if comma is not None else words
    opener = words[0]
    identifying = clause.dep_ == "relcl" and clause.i > token.i and opener.i > 0 \
        and not opener.doc[opener.i - 1].is_punct \
        and opener.lower_ in ("who", "that") and len(words) <= IDENTIFYING_CLAUSE_WORDS \
        and not says_it_is_unnamed([t.lemma_.lower() for t in words]) \
        and not is_speech_verb(clause)  # ('patients who say they were removed': the report itself)
    return words if identifying else None


# Symbols that open the items of a list, which some newsrooms set before each paragraph.
LIST_BULLETS = frozenset("•◦▪‣●■►▸")


def noun_phrase(token: Token) -> Span:
    """The words naming a speaker: a named entity when the token is in one, else its noun phrase
    without appositions, relative clauses and trailing punctuation."""
    doc = token.doc
    ent = entity_span(token)
    # (a number names nobody alone: 'one of the diplomats' is the phrase, not the CARDINAL 'one')
    if ent is not None and ent.label_ != "CARDINAL":
        return _trim_entity(_with_joined_name(ent))
    if token.pos_ == "PRON":
        return doc[token.i : token.i + 1]
    joined = name_joined_before(token) or name_opened_by_plural_possessive(token) or name_with_infinitive(token)
    if joined is not None:
        return joined
    cut = {"appos", "relcl", "punct", "cc", "conj", "advcl", "acl"}
    # (nor the day the parser hung on the noun: 'A housing expert on Wednesday urged ...'; an age
    # is a description, 'a farmer in his sixties')
    # ('Critics at the time said')
    when = {c.i for c in token.children if c.dep_ == "prep" and c.i > token.i and any(c.children) and all(
        (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in ("time", "moment"))
        and not any(d.dep_ == "poss" for d in o.children) for o in c.children)}
    keep = [token]
    # An unnamed source keeps the participle that describes it: 'two people briefed on the talks', 'a
    # person briefed on the call'.
    described = not token.ent_type_ and (token.tag_ == "NNS" or token.tag_ == "NN" and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in token.children))
    # (a hyphen holds its compound together: 'the 29-year-old centre-half')
    # (a possessor speaks without its possessive ending: 'the Kessler administration's request')
    # (two groups of unnamed people joined by 'and' speak together: 'patient advocates and doctors')
    group = next((c for c in token.children if c.dep_ == "conj" and c.i > token.i and c.tag_ == "NNS"
                  and not c.ent_type_ and not token.ent_type_ and token.tag_ == "NNS"
                  and token.doc[c.left_edge.i - 1].lower_ == "and" and c.left_edge.i - 2 == token.i), None)
    stack = [c for c in token.children if c.i not in when and (c.dep_ not in cut or c.tag_ == "HYPH"
             or _hyphenated_with(token, c)
             or described and (_identifying_participle(token, c) or _identifying_clause(token, c))
             or group is not None and (c.i == group.i or c.dep_ == "cc" and c.i == group.left_edge.i - 1))
             and not (c.dep_ == "case" and token.dep_ == "poss")]
    while stack:
        child = stack.pop()
        keep.append(child)
        # (a name's own 'and' stays: 'analysts at Carrow & Pike'; so does one inside a modifier of a
        # word under the head: 'a lawmaker on the security and defence committee')
        # (and a name set right after a noun inside it, with no comma: 'with French retailer Maréchal')
        # (and the place named with another before one body's noun: 'a spokesperson for Perth and
        # Kinross Council'; and two joined in a preposition's object: 'a spokesman for US Customs and
        # Border Protection', 'a person familiar with talks between the government and the bank')
        joined_body = _body_named_for_two_places(child)
        stack.extend(c for c in child.children if c.dep_ not in cut or c.tag_ == "HYPH"
                     or c.dep_ in ("cc", "conj") and (c.ent_iob_ == "I" and child.ent_type_
                                                      or child.dep_ in ("nmod", "compound", "amod", "pobj")
                                                      or joined_body is not None and c.i <= joined_body.i)
                     or c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == child.i + 1
                     and child.pos_ == "NOUN" and child.i != token.i
                     # (and, for an unnamed source, a clause saying which body it is at: 'an official
                     # at the company that operates the plant', 'a diplomat from a country that ...')
                     or described and child.dep_ == "pobj" and child.pos_ == "NOUN"
                     and (_identifying_clause(child, c) or _identifying_participle(child, c)))
    # (an identifying clause is kept whole, its own 'and' too: 'researchers who study adolescents and
    # technology')
    keep += [t for c in token.children if described and c.dep_ == "relcl"
             for t in (_identifying_clause_words(token, c) or [])]
    indices = sorted(t.i for t in keep)
    # Contiguous run around the head only.
    start = end = token.i
    index_set = set(indices)
    while start - 1 in index_set:
        start -= 1
    while end + 1 in index_set:
        end += 1
    while end > token.i and doc[end].is_space:
        end -= 1  # (the line break after a headline's last word is no part of it)
    # (a hyphenated word whose parts the parser made subjects each is one, with the first part's 'the':
    # 'the vice-chancellors wrote')
    if start == token.i and start >= 2 and _hyphenated_with(doc[start - 2], token):
        start -= 2
        while start > 0 and doc[start - 1].dep_ in ("det", "amod", "poss") and doc[start - 1].head.i == start:
            start -= 1
    # (a dateline the parser took into the subject, 'FAIRVIEW - A gas station clerk', ends at its
    # spaced dash)
    dash = max((i for i in range(start + 1, token.i) if _spaced_dash(doc, i)), default=None)
    if dash is not None:
        start = dash + 1
    if start < token.i and doc[start].tag_ == "WP" and doc[start].dep_ == "det":
        start += 1  # ('what its vice-chancellor described as': the 'what' is what was described)
    while start < token.i and doc[start].text in LIST_BULLETS:
        start += 1  # (a list's bullet opening the line: '• One longtime product manager')
    # ('a move analysts called “a gamble”': 'a' never counts a plural; the parser took the noun the
    # clause is on, with its 'a', into the plural subject)
    if token.tag_ == "NNS" and start + 2 == token.i and doc[start].lower_ in ("a", "an") \
            and doc[start + 1].dep_ == "compound" and doc[start + 1].tag_ == "NN":
        start = token.i
    owner = _plural_owner_read_as_second_subject(token, start)
    if owner is not None:
        start = owner.left_edge.i
    return doc[start : end + 1]


def _hyphenated_with(first: Token, part: Token) -> bool:
    """Whether ``part`` is the hyphen or the word after it in a word the tokenizer split at its hyphen
    ('vice', '-', 'chancellor'), nothing spaced between."""
    return joined_to_next_by_hyphen(first) and part.i in (first.i + 1, first.i + 2)


def _plural_owner_read_as_second_subject(token: Token, start: int) -> Token | None:
    """'A Felton United Supporters’ Club spokesperson said': the parser can cut a name at its plural
    possessive and make the plural a subject of the verb too (its mark a subject's case, or
    punctuation of the verb). The plural right before the phrase, with its possessive mark, opens the
    phrase."""
    doc = token.doc
    if start < 2 or token.dep_ not in ("nsubj", "nsubjpass") or doc[start - 1].dep_ not in ("case", "punct"):
        return None
    owner = doc[start - 2]
    if owner.head.i != token.head.i or owner.dep_ not in ("nsubj", "nsubjpass") \
            or not plural_with_possessive_mark(owner) or not owner.text[:1].isupper():
        return None
    return owner


def plural_with_possessive_mark(word: Token) -> bool:
    """A plural with a possessive's bare apostrophe right after it, whatever the parser hung the mark
    on: 'Supporters’ Club', 'the stewards’ decision'."""
    doc = word.doc
    return word.tag_ in ("NNS", "NNPS") and word.i + 1 < len(doc) and doc[word.i + 1].text in ("'", "’") \
        and not word.whitespace_


# Last words of the names of public bodies, which an 'and' can join to the words before them
# ('the Prudential and Conduct Authority').
BODY_NAME_ENDINGS = frozenset("authority commission administration agency council service services department office "
                              "board institute association bank trust fund foundation society union ministry".split())


# Words for a branch of a body that its number follows: 'Local 1187', 'Lodge 12', 'Chapter 9'.
NUMBERED_BRANCHES = frozenset({"local", "lodge", "chapter", "branch", "post", "district", "division", "unit",
                               "council"})


def with_branch_number(name: Span) -> Span:
    """A body's name with the number after its last word when that word is a branch's: 'AFSCME Council
    | 17', 'Amalgamated Transit Union Local | 1187'."""
    doc = name.doc
    if name[-1].lower_ in NUMBERED_BRANCHES and name.end < len(doc) and doc[name.end].text.isdigit():
        return doc[name.start : name.end + 1]
    return name


def with_cause_after(ent: Span) -> Span:
    """'Families | for Age-Appropriate Schools', 'Parents | Against Pit Closures': a body named for the
    people in it and the cause they joined for, which the recogniser cut after the people."""
    doc, stop = ent.doc, ent.end + 1
    # (or cut before the cause: 'Families for | Age-Appropriate Schools')
    people = ent.start - 2
    if ent.label_ == "ORG" and people >= 0 and doc[people + 1].lower_ in ("for", "against") \
            and doc[people].tag_ in ("NNS", "NNPS") and doc[people].text[:1].isupper() \
            and doc[people].ent_type_ in ("", "ORG"):
        return doc[people : ent.end]
    if ent.label_ != "ORG" or ent[-1].tag_ not in ("NNS", "NNPS") or stop >= len(doc) \
            or doc[ent.end].lower_ not in ("for", "against") or not doc[stop].text[:1].isupper():
        return ent
    while stop < len(doc) and (doc[stop].text[:1].isupper() and doc[stop].is_alpha
                               or doc[stop].text in ("-", "‐") and not doc[stop].whitespace_
                               and not doc[stop - 1].whitespace_):
        stop += 1
    return doc[ent.start : stop]


def _with_joined_name(ent: Span) -> Span:
    """A name the recogniser split at its '&' or 'and': 'Brannock & Co', 'the Prudential and Conduct
    Authority', 'the Ministry of Labour and Workforce Development'. After '&', the capitalised words
    joined on are the name's; after 'and', only words ending in a body's noun with one 'the' before
    the whole, or the second thing a body is 'of' or 'for' ('Google and Microsoft' are two)."""
    doc = ent.doc
    cause = with_cause_after(ent)
    if cause.end > ent.end:
        return cause
    # ('the Liberal | Democrats', 'the Social | Democrats': a plural name for a party's members with the
    # proper noun before it that says which)
    while ent.start > 0 and ent[-1].tag_ == "NNPS" and (before := doc[ent.start - 1]).tag_ == "NNP" \
            and before.dep_ in ("compound", "amod") and before.head.i == ent.end - 1 and not before.ent_type_:
        ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
    # ('Amalgamated Transit Union Local | 1187': a branch's number, which the recogniser took for a date)
    if ent.label_ == "ORG" and (numbered := with_branch_number(ent)).end > ent.end:
        return numbered
    # ('the Office of the Refugee Relief | Commissioner': a capitalised head noun the recogniser left
    # off the end of a body's 'of' phrase, where the noun phrase ends with it)
    if ent.label_ == "ORG" and any(t.lower_ == "of" for t in ent) and ent.end < len(doc) \
            and ent[-1].head.i == ent.end and doc[ent.end].pos_ in ("NOUN", "PROPN") and not doc[ent.end].ent_type_ \
            and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha \
            and not (ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper() and doc[ent.end + 1].is_alpha):
        ent = doc[ent.start : ent.end + 1]
        ent.label_ = "ORG"
    # ('the UN Office | for the Coordination of Humanitarian Affairs (OCHA)': a body's 'for' or 'of'
    # phrase of capitalised words, up to its initials in brackets, is its name's)
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("for", "of") and ent[-1].lower_ in BODY_NAME_ENDINGS:
        stop = ent.end + 1
        while stop < len(doc) and (doc[stop].text[:1].isupper() and doc[stop].is_alpha
                                   or doc[stop].lower_ in ("the", "of", "and", "for")):
            stop += 1
        if stop + 2 < len(doc) and doc[stop].text == "(" and is_initials(doc[stop + 1]) and doc[stop + 2].text == ")":
            return doc[ent.start : stop]
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("&", "and"):
        return ent
    joined = next((c for t in ent for c in t.children if c.dep_ == "conj" and c.i > ent.end), None)
    if joined is None or not all(t.text[:1].isupper() for t in doc[ent.end + 1 : joined.i + 1]) \
            or any(c.dep_ == "det" for c in joined.children):
        return ent
    stop = joined.i + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
        stop += 1  # (the rest of the name: 'Workforce Development')
    if doc[ent.end].lower_ == "and":
        words = [t for t in ent if t.lower_ != "the"]
        the_before = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"
        # (or 'for': 'the Department for Energy Security and Net Zero')
        of_two = bool(words) and words[0].lower_ in BODY_NAME_ENDINGS and any(t.lower_ in ("of", "for") for t in ent)
        # ('the Kenya Union of Post-Primary and Primary Educators (Kuppe)': a short form in brackets
        # right after the whole says where the name ends)
        if not (joined.lower_ in BODY_NAME_ENDINGS and the_before or of_two or _short_form_at(doc, stop)):
            return ent
    return doc[ent.start : stop]


def _body_named_for_two_places(name: Token) -> Token | None:
    """'Perth and Kinross Council', 'Argyll and Bute Council': a one-word proper noun joined by 'and' to
    capitalised words ending in a body's noun is the first half of that body's name (two bodies are
    each named whole: 'Acme Council and Beta Council')."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.lower_ in BODY_NAME_ENDINGS or name.i + 2 >= len(doc) \
            or doc[name.i + 1].lower_ != "and" or doc[name.i - 1].pos_ == "PROPN":
        return None
    body = next((c for c in name.children if c.dep_ == "conj" and c.i > name.i + 1), None)
    if body is None or body.pos_ != "PROPN" or body.lower_ not in BODY_NAME_ENDINGS \
            or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[name.i + 2 : body.i + 1]):
        return None
    return body


def _short_form_at(doc: Doc, i: int) -> bool:
    """A body's short form in brackets at ``i``: '(EACC)', '(Kuppe)'."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_alpha \
        and doc[i + 1].text[:1].isupper() and (is_initials(doc[i + 1]) or doc[i + 1].pos_ == "PROPN")


def name_joined_before(token: Token) -> Span | None:
    """'The Ethics and Anti-Corruption Commission (EACC)': capitalised words the recogniser left
    before a body's name and its 'and', up to the body's noun and its short form in brackets, are the
    name's."""
    doc = token.doc
    own = entity_span(token)  # (which the recogniser may have tagged as anything but a place)
    if own is not None and (own.end != token.i + 1 or own.label_ in ("GPE", "LOC", "NORP", "PERSON")) \
            or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return None
    body = next((c for c in token.children if c.dep_ == "conj" and c.ent_type_ == "ORG"), None)
    ent = entity_span(body) if body is not None else None
    # (a plural possessive is the name's too: 'The Dockers' and Allied Workers Union (DAWU)')
    if ent is None or ent[-1].lower_ not in BODY_NAME_ENDINGS or not _short_form_at(doc, ent.end) \
            or not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "for", "&") or t.tag_ == "POS"
                       for t in doc[token.i : ent.start]):
        return None
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start : ent.end]


# Last words of the names of campaigns and alliances, which can hold a 'to' and a verb: 'Freedom to
# Read Coalition', 'Campaign to Protect Rural England'.
CAMPAIGN_NAME_ENDINGS = BODY_NAME_ENDINGS | frozenset(
    "coalition campaign alliance network movement group project initiative committee partnership".split())


def name_with_infinitive(token: Token) -> Span | None:
    """'The Freedom to Read Coalition', 'the Right to Know Network': capitalised words joined by 'to'
    and a capitalised verb, ending in a body's noun, are one name, however the tagger read the 'to'."""
    doc = token.doc
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or token.i + 3 >= len(doc) \
            or doc[token.i + 1].lower_ != "to":
        return None
    end = token.i + 2
    while end < len(doc) and end - token.i <= 6 and doc[end].is_alpha and doc[end].text[:1].isupper():
        if doc[end].lower_ in CAMPAIGN_NAME_ENDINGS and end > token.i + 2:
            start = token.i
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                    and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i == token.i:
                start -= 1
            return doc[start : end + 1]
        end += 1
    return None


def name_opened_by_plural_possessive(token: Token) -> Span | None:
    """'The Riders' Assembly', 'the Digital Lenders' Association of India': a body's noun after a
    capitalised plural in the possessive is one name with it, whatever the recogniser tagged (a
    person's name has no plural possessive inside it)."""
    doc = token.doc
    owner = next((c for c in token.children if c.dep_ == "poss" and c.i < token.i), None)
    # (the tagger can take the plural for a common noun: its capital, past the sentence's start, is a name's)
    if owner is None or token.pos_ != "PROPN" or not token.text[:1].isupper() or owner.tag_ not in ("NNPS", "NNS") \
            or not owner.text[:1].isupper() or owner.is_sent_start \
            or not any(c.tag_ == "POS" and c.text in ("'", "’") for c in owner.children):
        return None
    start = owner.left_edge.i
    while start < owner.i and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    end = token.i + 1
    # ('... Association of India': and the place or field it is of)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    if of is not None and of.right_edge.i > of.i and all(t.text[:1].isupper() or t.lower_ in ("and", "&")
                                                        for t in doc[of.i + 1 : of.right_edge.i + 1]):
        end = of.right_edge.i + 1
    words = doc[start:end]
    return words if all(t.text[:1].isupper() or t.tag_ == "POS" or t.lower_ in ("of", "and", "&") for t in words) \
        else None


def is_initials(token: Token) -> bool:
    """A body's initials: 'WHO', 'OCHA', 'IOM' (not a common noun after 'a': a shouted lede's 'A
    BARMAN told a jury')."""
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha() and not (
        token.tag_ in ("NN", "NNS") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children))


def _trim_entity(ent: Span) -> Span:
    start, end = ent.start, ent.end
    doc = ent.doc
    # (a name ends before a verb the recogniser took into it: 'Okafor | told The Times' as a title)
    verb = next((t.i for t in ent if t.pos_ in ("VERB", "AUX") and t.text.islower() and t.i > start), None)
    if verb is not None:
        end = verb
    # (nor an adverb opening the sentence, set off by its comma: 'Nationally, CUSU said')
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].tag_ == "RB" and start + 1 < end and doc[start + 1].text == ","):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return doc[start:end] if end > start else ent
