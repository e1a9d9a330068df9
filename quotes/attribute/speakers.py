"""Who is speaking: named people (resolved to the fullest name the article uses), pronouns (resolved to
the nearest fitting person), title-only mentions, organisations and anonymous sources."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from quotes.attribute.affiliation import affiliation_of
from quotes.attribute.organisations import KINDS_OF_BODY, description_of
from quotes.attribute.roles import (
    HONORIFIC_OPENINGS, HONORIFICS, INSTITUTION_NOUNS, JUDICIAL_ADDRESS, LAY_PERSON_NOUNS,
    NAME_PREFIXES, ORDINALS, ORGANISATION_NAME_ENDINGS, PAST_ROLE_WORDS, POSITIONS, RELATIVE_NOUNS,
    SENIOR_COUNSEL_LETTERS, SPEAKING_FOR_TITLES, Role, hyphen_prefix,
    TITLE_MODIFIERS, bracketed_honorific, clean_role, comparing_two, has_person_noun_ending, has_title_text,
    is_honorific, is_lay_person, is_plural_title, is_relative_noun, is_title_of_address, is_title_text, is_title_word,
    noun_named_as, party_label_opening, party_label_words, role_before, role_in_predicate, role_of,
    role_with_employer_apart, title_before_bracket, under_read_apart,
)
from quotes.find.cues import (
    PARTY_LETTERS,
    PERSON_NOUN_ENDINGS,
    antecedent_of_relative,
    entity_span,
    is_age_epithet,
    is_initials,
    is_relative,
    is_speech_verb,
    main_verb_read_as_participle,
    name_after_title_read_as_verb,
    name_beside_a_noun_read_as_subject,
    name_joined_before,
    name_opened_by_plural_possessive,
    name_with_infinitive,
    plural_with_possessive_mark,
    noun_closing_a_clause_before,
    noun_phrase,
    one_more_of_those_before,
    opener_read_apart,
    sentence_bounds,
    sentence_starts,
    subject_after_opening_participle,
    subject_taken_into_opening_phrase,
    says_it_is_unnamed,
    subject_of,
    text_of,
    with_branch_number,
    with_cause_after,
)
from quotes.find.headline import headline_bounds
from quotes.parse import LOWER_CASE_SURNAME_PARTICLES
from quotes.read.text import byline_spans
from quotes.records import Speaker

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
# The personal pronouns, to tell them from a name the tagger took for one.
PRONOUN_WORDS = frozenset({"i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "one",
                           "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves"})
GENDER_CUES = {"he": "m", "him": "m", "his": "m", "himself": "m", "mr.": "m", "mr": "m", "sir": "m", "dame": "f",
               "she": "f", "her": "f", "hers": "f", "herself": "f", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
GENDERED_HONORIFICS = {"miss": "f", "madam": "f", "madame": "f", "mdm": "f", "mdm.": "f", "lady": "f", "lord": "m",
                       "smt": "f", "smt.": "f", "shrimati": "f", "kum": "f", "kum.": "f", "kumari": "f", "alhaja": "f",
                       "alhaji": "m", "aunty": "f", "auntie": "f", "uncle": "m"}
GROUP_PRONOUNS = {"they", "it", "we"}
# Conjunctions that open a clause of what may happen, whose subject is anyone who might be: 'if the
# tenant leaves', 'whether the buyer pays'.
CONDITIONAL_MARKS = frozenset({"whether", "if", "unless", "whenever"})
INDEFINITE_PRONOUNS = frozenset({"some", "someone", "somebody", "many", "others", "each", "those", "few",
                                 "several", "both", "most", "critics", "supporters"})
NON_PERSON_ENTS = {"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
                   "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def is_organisation_name(span: Span) -> bool:
    """A name of two words or more that ends like an organisation's."""
    return len(span) > 1 and span[-1].lower_ in ORGANISATION_NAME_ENDINGS


# How far back a pronoun looks for its person, in sentences.
PRONOUN_WINDOW = 3


# The Arabic article joined to a surname: 'al-Qadri', 'El-Sayed'.
ARABIC_ARTICLE = re.compile(r"^(?:al|el)[-‐](?=\w)", re.IGNORECASE)
# Nouns for a place that a name can stand before: 'Yan-Kara village', 'Kessler Road'.
PLACE_NOUNS = frozenset({"village", "town", "city", "district", "county", "province", "state", "region", "road",
                         "street", "avenue", "lane", "estate", "community", "market", "river", "forest", "junction",
                         "bridge", "area", "camp", "settlement", "neighbourhood", "neighborhood", "ward"})
# Last words of buildings' names: 'Marchetti Hall', 'Harlow Tower'.
BUILDING_WORDS = frozenset({"hall", "tower", "house", "centre", "center", "building", "stadium", "arena", "church",
                            "cathedral", "chapel", "museum", "theatre", "theater", "library", "airport", "station",
                            "court", "palace", "mall", "plaza", "hotel", "gallery", "pavilion", "castle", "abbey"})
# Last words of places named for someone: 'Clark’s Harbour', 'Mary’s Point'.
PLACE_NAME_ENDINGS = PLACE_NOUNS | frozenset({"harbour", "harbor", "bay", "cove", "point", "island", "creek",
                                              "landing", "wood", "hill", "park", "square", "green", "cross"})
# A romanised East Asian given name, its second syllable in lower case: 'Sze-man', 'Min-seo'.
EAST_ASIAN_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+[-‐][a-z]+(?:'s|’s)?$")
# A team's or a king's number, never a name of its own: 'the women's XV'.
ROMAN_NUMERAL = re.compile(r"[IVXLC]{1,6}")


def name_key(text: str) -> str:
    """Surname key: last word, casefolded, without accents or a possessive."""
    words = text.replace("’", "'").split()
    words = [w for k, w in enumerate(words) if w.lower() not in HONORIFICS
             and not (k + 1 < len(words) and words[k + 1].lower() in HONORIFIC_OPENINGS.get(w.lower(), ()))]
    if not words:
        return ""
    # ('Leung Sze-man', 'Kang Min-seo': a romanised East Asian given name, its second syllable in lower
    # case after the hyphen, comes after the family name, which 'Ms Leung' or 'Rep. Kang' repeats; an
    # English given name can come first: 'Amanda Yuen Sze-man' is Ms Yuen)
    last = words[-2] if len(words) > 1 and EAST_ASIAN_GIVEN_NAME.match(words[-1]) else words[-1]
    if last.endswith("'s"):
        last = last[:-2]
    # ('al-Qadri' alone is 'Hashem Yahya al-Qadri': a sentence can open with 'Al-Qadri', and the
    # article is left off as often as it is written)
    last = ARABIC_ARTICLE.sub("", last)
    last = unicodedata.normalize("NFKD", last)
    return "".join(c for c in last if not unicodedata.combining(c)).casefold().strip(".,")

# Particles that open a surname even in the middle of a full name, always written with a capital.
GAELIC_PARTICLES = frozenset({"ó", "ní", "nic", "mac", "mc", "o'", "ua"})
# Words that begin a surname ('Ó Murchú', 'De Klerk', 'van Rooyen', 'dos Santos', 'ole Parsitau'):
# never a first name.
SURNAME_PARTICLES = LOWER_CASE_SURNAME_PARTICLES | GAELIC_PARTICLES | frozenset({"ben", "st", "st.", "ould"})


def first_name(name: Span) -> str | None:
    """The first word of a full name ('Teodor' in 'Teodor Aldana'), when the recogniser marks it as
    part of a person's name or leaves it untagged; None for a surname alone or a titled name ('Mr Aldana')."""
    doc = name.doc
    for token in name[:-1]:
        if token.lower_ in SURNAME_PARTICLES:
            if token.text.islower() or token.lower_ in GAELIC_PARTICLES:
                return None  # what follows a particle is surname: 'Mac Giolla Phádraig', 'van der Berg'
            continue  # ('De Klerk': a capitalised particle opening the name is not a first name either)
        if token.i + 1 < len(doc) and (doc[token.i + 1].text in ("-", "‐") or not token.whitespace_):
            continue  # part of a hyphenated surname: 'Appiah-Mensah'
        # (or untagged, where the recogniser missed the whole name: 'Ivanka Trump acknowledged')
        # (the recogniser can take the first name of a name it missed for a place, a body or a work:
        # '“...,” Sofia Mendez said' tagged as a title)
        if token.ent_type_ in FIRST_NAME_ENTS and token.pos_ == "PROPN" \
                and token.text[:1].isupper() \
                and not is_honorific(token) and token.lower_ not in NAME_PREFIXES and not is_title_word(token):
            return token.lower_.strip(".")
    return None


def _capitalised(word: str) -> bool:
    """Whether the word's first letter is a capital (a word with no letter is not capitalised)."""
    return next((c for c in word if c.isalpha()), "a").isupper()


def title_case(name: str) -> str:
    """A transcript's 'JANE ROE' as 'Jane Roe'."""
    return name.title() if name.isupper() else name


@dataclass
class Mention:
    span: Span
    key: str
    subject: bool
    role: str | None = None
    headline: bool = False  # on a line in title case, whose capitals can take a word into the name
    description: bool = False  # 'the striker', found to mean the person: a role, never their name


@dataclass
class Person:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    gender_votes: dict[str, int] = field(default_factory=lambda: {"m": 0, "f": 0})
    first_names: set[str] = field(default_factory=set)
    # Titles given beside the role a mention has ('The committee’s chair, Labor senator Deborah Roe'
    # is the chair too), which find the person from a later 'the chair' but are not their role.
    other_titles: list[str] = field(default_factory=list)
    # (the name, worked out again only when the mentions change: it is asked for on every quote)
    _name: tuple[tuple[int, ...], str] | None = field(default=None, repr=False, compare=False)

    @property
    def titles(self) -> list[str]:
        return [m.role for m in self.mentions if m.role] + self.other_titles

    @property
    def gender(self) -> str | None:
        """'m' or 'f' when the text's own cues (honorifics, pronouns that follow the person as
        subject) agree; None otherwise. Never guessed from the name."""
        m, f = self.gender_votes["m"], self.gender_votes["f"]
        return "m" if m > f else "f" if f > m else None

    @property
    def name(self) -> str:
        seen = tuple(map(id, self.mentions))
        if self._name is not None and self._name[0] == seen:
            return self._name[1]
        # The fullest form, preferring normal case to a transcript's "SMITH" and running text to a
        # headline, whose capitals can take a verb into the name ('Senators Grill Marta Quell').
        best = max((m for m in self.mentions if not m.description),
                   key=lambda m: (not m.span.text.isupper(), not m.headline, len(m.span), -m.span.start))
        # Markup left in the text can stick to a name ('">Moreau'): a name starts with a letter.
        text = best.span.text.lstrip("\"'“”‘’<>/=([{#@*-—–― ")
        self._name = seen, title_case(text)
        return self._name[1]

    def speaker(self) -> Speaker:
        return Speaker(self.name, "person", gender=self.gender)

    def role_at(self, char: int) -> str | None:
        """The role given at or before this point in the article, else the first one given after; a
        title ('launch director') wins over a description given since ('a veteran of 31 launches')."""
        return _without_own_name(self._role_at(char), self.name)

    def _role_at(self, char: int) -> str | None:
        # ('X, of the Stainton Fields Action Group,': the body someone is of is their role only when the
        # article gives them no other, before or after)
        roles = [m.role for m in self.mentions if m.role]
        body_only = {r for r in roles if r.startswith("of ")}
        if len(body_only) < len(roles):
            return self._role_of([m for m in self.mentions if m.role not in body_only], char)
        return self._role_of(self.mentions, char)

    @staticmethod
    def _role_of(mentions: list[Mention], char: int) -> str | None:
        earlier = [m.role for m in mentions if m.role and m.span.start_char <= char]
        # ('Vice Chancellor, Prof. Grace Roe ... Prof. Roe said': an academic title alone says less)
        earlier = [r for r in earlier if not is_title_of_address(r)] or earlier
        # ('The Finance Minister, Senator Katrina Ellery, ... Senator Ellery said': one capitalised word
        # before a surname is how the person is addressed; a fuller title given before says more)
        earlier = [r for r in earlier if " " in r or not r[:1].isupper()] or earlier
        if earlier:
            titles = [role for role in earlier if has_title_text(role)]
            # (and a title held now over one held before: 'manager X' ... 'X, a former teacher')
            current = [role for role in titles if not role.lower().startswith(PAST_ROLE_WORDS)]
            # (and a title the article gives over one worked out from what they do: 'Arbor CEO Peter
            # Strand ... Strand, who has led Arbor since 2016,' is still the CEO)
            held = current or titles or earlier
            return ([role for role in held if not getattr(role, "inferred", False)] or held)[-1]
        later = [m.role for m in mentions if m.role]
        return later[0] if later else None


# Relatives older and younger than the person they are named for: 'the elder' and 'the younger' of
# two people with one surname.
ELDER_RELATIONS = frozenset("father mother dad mum uncle aunt grandfather grandmother grandparent parent".split())
YOUNGER_RELATIONS = frozenset("son daughter nephew niece grandson granddaughter grandchild child".split())


class People:
    """The people an article names, grouped by surname."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]):
        self.doc = doc
        # (iterating a Doc makes a new Token for every word each time; the rules walk it often)
        self.tokens = list(doc)
        self.text = text_of(doc)
        self._quoted = bytearray(len(self.text) + 1)
        for start, end in quoted:
            self._quoted[start:end] = b"\x01" * (end - start)
        self.by_key: dict[str, Person] = {}
        # (the authors a byline names write the article; nobody in it is them)
        self.bylines = byline_spans(self.text)
        # Doc.ents is rebuilt on every access: read it once. (A byline's name, whatever the recogniser
        # took it for, is no body the article speaks of either.)
        self.ents = tuple(e for e in doc.ents if e.label_ == "PERSON"
                          or not any(start <= e.start_char < end for start, end in self.bylines))
        self.entities = [(e.text, e.label_) for e in self.ents]
        self.sentence_starts = sentence_starts(doc)
        self._affiliations: dict[str | None, str | None] = {}
        self._headlines: dict[int, bool] = {}
        self.public_initials: set[str] | None = None  # (see _public_body_initials)
        self.outlets: set[str] | None = None  # (see _news_outlets)
        # The bodies that nouns for them have been found to mean, in order: (noun, where, name).
        self.bodies_called: list[tuple[str, int, str]] = []
        self.place_names = {text for text, label in self.entities if label in ("GPE", "ORG", "NORP", "LOC")}
        # Names of more than one word the recogniser tagged only as organisations ('Hollis Building
        # Materials'), which stay so where it missed them.
        self.organisation_names = {text for text, label in self.entities if label == "ORG" and " " in text} \
            - {text for text, label in self.entities if label == "PERSON"}
        # A name the article puts 'the' right before is a thing ('the Corrag', a ship), not a person.
        # ('the Tapping family' or 'the Trump campaign' name people: the 'the' is the noun's after it)
        self.thing_names = {e.text for e in self.ents if e.label_ == "PERSON" and e.start > 0
                            and doc[e.start - 1].lower_ == "the"
                            and not (e.end < len(doc) and e.root.dep_ == "compound" and e.root.head.i >= e.end
                                     and doc[e.end].pos_ == "NOUN")}
        # Nor is a name that 'which' describes: 'Halvorsen Health, which runs 41 clinics, said'.
        self.thing_names |= {e.text for e in self.ents if e.label_ == "PERSON" and e.end + 1 < len(doc)
                             and doc[e.end].text == "," and doc[e.end + 1].lower_ == "which"}
        # (one pass, comparing ids rather than strings: this runs over every token of the article)
        of_ids, person_id = {doc.vocab.strings["of"], doc.vocab.strings["for"]}, doc.vocab.strings["PERSON"]
        proper, of, capitalised_nouns, businesses, misread = [], [], [], [], []
        self.addressed: set[str] = set()  # surnames the article gives a 'Mr' or 'Ms'
        addressed = self.addressed
        for t in self.tokens:
            if t.pos == PROPN:
                if t.ent_type != person_id:
                    proper.append(t)
                if _described_as_business(t):
                    businesses.append(t)
                if t.i > 0 and doc[t.i - 1].lower_ in COURTESY_TITLES:
                    addressed.add(t.text)
            elif t.lower in of_ids:
                of.append(t)
            elif t.pos == NOUN and t.is_title and t.ent_type != person_id:
                capitalised_nouns.append(t)
            elif t.is_title and t.pos_ in ("AUX", "VERB", "ADV", "ADJ") and t.dep_ in ("nsubj", "nsubjpass", "aux"):
                misread.append(t)  # (a surname the tagger took for another word: 'Raybould' for a modal)
        fuller = {e.text.split()[-1] for e in self.ents if e.label_ == "PERSON" and len(e) > 1}
        # Nor is a name set beside a noun for a business, wherever it is named again; unless it is the
        # surname of someone the article names in full ('a label Osei said she found embarrassing',
        # after 'Marguerite Osei': the label is not Osei).
        # (nor one whose surname the article gives a 'Mr' or 'Ms', which no business is: 'Marcus Bell, a
        # train operator on the A line, ... Mr. Bell said')
        self.thing_names |= {named.text for t in businesses
                             if (named := name_span_of(t)).text.split()[-1] not in addressed} - fuller
        # Nor a one-word name that opens a body's longer name and never a person's: 'Northfield' after
        # 'Northfield Bio'.
        bodies = [e.text.split() for e in self.ents if e.label_ == "ORG" and len(e) > 1]
        self.thing_names |= {e.text for e in self.ents if e.label_ == "PERSON" and len(e) == 1
                             and e.text not in fuller and any(words[0] == e.text for words in bodies)}
        # Nor is a name set before a noun for a place: 'near Yan-Kara village', 'on Kessler Road'.
        self.thing_names |= {e.text for e in self.ents if e.label_ == "PERSON" and e.end < len(doc)
                             and doc[e.end].lower_ in PLACE_NOUNS and doc[e.end].pos_ == "NOUN"
                             and e.root.dep_ == "compound"}
        # Nor is a one-word name that the article only ever gives as what a thing is 'of': 'the
        # government of Orkney', 'the people of Darrakhan' (not 'the mother of Dylan').
        # Nor one the article only ever gives where something is: 'in Leeds and Glasgow', 'near Harlow'.
        # Nor one it only ever sets before a plural for things: 'all Alpine glaciers', 'three Grammy
        # nominations' (not 'the Kennedy brothers').
        owned, elsewhere = set(), set()
        for e in self.ents:
            if e.label_ == "PERSON" and len(e) == 1 and e.text not in fuller:
                (owned if _what_a_thing_is_of(e.root) or _where_something_is(e.root) or _modifies_things(e.root)
                 or _listed_with_things(e.root) else elsewhere).add(e.text)
        self.thing_names |= owned - elsewhere
        # Nor is a name ending in a word for a natural feature: 'Naqara Atoll', 'the Gralhorn Glacier'.
        # (and so is its first word alone: 'villagers on Naqara')
        features = {e.text for e in self.ents if len(e) > 1 and e[-1].lower_ in NATURAL_FEATURES
                    and e[-1].text[:1].isupper()}
        self.thing_names |= {e.text for e in self.ents if e.label_ == "PERSON"
                             and (e.text in features or len(e) == 1 and e.text not in fuller
                                  and any(f.split()[0] == e.text for f in features))}
        # Nor is a possessive name that opens a place's: 'Clark’s Harbour', 'St John’s Wood'.
        # (the recogniser may take the possessive ending into the name or leave it out)
        self.thing_names |= {e.text for e in self.ents if e.label_ == "PERSON"
                             and (place := e.end if e[-1].tag_ == "POS" else e.end + 1) < len(doc)
                             and doc[place - 1].tag_ == "POS" and doc[place].lower_ in PLACE_NAME_ENDINGS
                             and doc[place].text[:1].isupper()}
        # Nor is a place a headline shortens to an initial: 'N. Korea' for 'North Korea'.
        places = [e.text.split() for e in self.ents if e.label_ in ("GPE", "LOC") and len(e.text.split()) == 2]
        self.thing_names |= {e.text for e in self.ents if e.label_ == "PERSON" and len(words := e.text.split()) == 2
                             and _initial(e[0]) and any(p[1] == words[1] and p[0][0] == words[0][0] for p in places)}
        for ent in self.ents:
            # (nor the thing's name with letters after it the name drops: 'delivery app Kurio EUR 18m')
            if ent.label_ == "PERSON" and ent.text not in self.thing_names and not is_organisation_name(ent) \
                    and not any(start <= ent.start_char < end for start, end in self.bylines) \
                    and (name := person_name(ent)).text not in self.thing_names:
                self.add(_with_syllable_and_surname_after(_with_first_name_left_out(name)))
            # ('Alexandra Pryce KC', 'Jane Roe MP': letters only a person has after a name, whatever
            # the recogniser took the whole for)
            elif ent.label_ in ("ORG", "GPE", "FAC") and len(ent) >= 3 and _personal_post_nominal(ent[-1]) \
                    and all(t.pos_ == "PROPN" and _capitalised(t.text) and not t.text.isupper() for t in ent[:-1]):
                self.add(person_name(ent))
            # ('“...,” Arnaud Vasseur told reporters': a first name and a surname the recogniser took
            # for a product or a work, speaking)
            elif ent.label_ in MISTAKEN_PERSON_ENTS and 2 <= len(ent) <= 3 and ent.root.dep_ in ("nsubj", "nsubjpass") \
                    and is_speech_verb(ent.root.head) and not is_organisation_name(ent) \
                    and all(t.pos_ == "PROPN" and _capitalised(t.text) and not t.text.isupper() for t in ent):
                self.add(person_name(ent))
            # ('Marta Colombo of Capital Economics said': a person's name and the body they are of, which
            # the recogniser took whole for the body)
            elif ent.label_ == "ORG" and (named := _person_of_a_body(ent)) is not None:
                self.add(named)
            # ('Liberal Anita Sidhu': a party label the recogniser took a name into, as a body's)
            elif ent.label_ in ("ORG", "NORP", "GPE") and (named := _named_after_party_label(ent)) is not None:
                self.add(named)
            # ('Nadia Okonkwo-Reid, who became chief executive,': 'who' follows a person, not a body)
            elif ent.label_ in {"ORG", "GPE"} | MISTAKEN_PERSON_ENTS and ent.end + 1 < len(doc) \
                    and doc[ent.end].text == "," and _who_after(ent) \
                    and (named := _with_first_name_read_as_noun(ent)) is not None \
                    and not is_organisation_name(named) and len(named.text.split()) in (2, 3):
                self.add(person_name(named))
        for token in proper:
            # (a body's name set beside a title is no person: 'The President of the Students’ Union Government')
            if token.lower_ in ORGANISATION_NAME_ENDINGS and is_organisation_name(name_span_of(token)):
                continue
            # (a name the parser hung on a participle it took for a noun is no compound: 'with Deputy
            # Governor Sun-hee Park | voting for a cut')
            compound = token.dep_ == "compound" and not (
                token.head.i == token.i + 1 and token.head.tag_ == "NN" and token.head.lower_.endswith("ing"))
            # (nor a name set after a noun for a business: 'the music magazine Feedback Loop, the critic X,')
            if not compound and not is_title_word(token) and name_span_of(token).text not in self.thing_names and (
                    _has_personal_title(token) or _titled_in_apposition(token) or _given_an_age(token)
                    or _named_as_a_person(token) or _untagged_name_before_who(token)):
                self.add(name_span_of(token))
            elif token.dep_ != "compound" and (_given_an_age(token, alone=True)
                                               or _titled_in_apposition(token, alone=True)):
                # ('Shona Petrie was icing a cake ... Petrie, 26, is a vet', both taken for an
                # organisation; 'Gwen Talbot taught geography ... Talbot, a retired teacher,')
                named = _first_named_with_a_first_name(token, described=True)
                # (or someone the article names by one name alone: 'Yusuf, a 45-year-old teacher,')
                self.add(named if named is not None else name_span_of(token))
            elif token.dep_ != "compound" and len(name_span_of(token)) == 1 and token.i + 2 < len(doc) \
                    and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "who" \
                    and (named := _first_named_with_a_first_name(token, described=True)) is not None:
                # ('Mitchell Arden removed two openers ... Arden, who finished with 3-81, said', taken for a
                # body and then a place: 'who' follows a person, and a team only when it has no first name)
                self.add(named)
        # (a surname the recogniser tagged alone, 'Ravn told the audience', after the article gave it with
        # a first name, neither tagged: 'Tomas Ravn’s “Glass Harbor” received an ovation')
        for ent in self.ents:
            if ent.label_ == "PERSON" and len(ent) == 1 \
                    and (named := _first_named_with_a_first_name(ent[0], untagged=True)) is not None:
                self.add(named)
        for token in of:  # 'Leader of the Opposition Sunanda Bhosle', 'Minister for Health Aoife Roe'
            if (named := name_in_title_of_phrase(token.head)) is not None:
                self.add(named, role=title_before_name(token.head, named))
        # ('But trustee Renata Osei, one of the two dissenting votes, argued': a title the tagger took
        # for a verb, the name its object)
        for token in proper:
            if token.dep_ == "dobj" and is_title_word(token.head) \
                    and name_after_title_read_as_verb(token.head) == token:
                self.add(name_span_of(token), role=token.head.text)
        # ('The Police Public Relations Officer in X State, SP Y, made the disclosure': whatever the verb)
        for token in proper + capitalised_nouns:
            if token.dep_ in ("nsubj", "nsubjpass") and (named := _name_closing_a_title(token)) is not None:
                self.add(named, role=_title_before_comma(token, named))
        # A name the recogniser missed or took for an organisation or a building, followed in its
        # own sentence by 'he' or 'she' as the next subject or possessor: 'Winifred Aldane-Hughes was
        # 64 when she opened ...'.
        for token in proper:
            if token.dep_ in ("nsubj", "nsubjpass") and token.ent_type_ in UNKNOWN_NAME_ENTS \
                    and _named_then_gendered(token, self):
                self.add(name_span_of(token))
        # (and a surname alone so followed, which the tagger can take for a common noun, after the
        # article named it with a first name: 'Calloway Reyes could not sing ... “...,” Reyes said in an
        # interview at her home studio', both taken for an organisation)
        for token in proper + capitalised_nouns:
            if token.ent_type_ in ("", "ORG", "FAC", "GPE", "LOC", "NORP") and name_key(token.text) not in self.by_key \
                    and (named := _surname_then_gendered(token, self)) is not None:
                self.add(named)
        # A word that speaks alone ('Dobrowska said') after the article gave it with a first name
        # ('beating Katya Dobrowska'), both untagged or the surname taken for a place: a person. (So is
        # a full name taken for a place that 'who' follows: 'Amara Okafor, who worked as a designer,')
        for token in proper:
            if token.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(token.head) and not is_title_text(token.text) \
                    and len(name_span_of(token)) == 1 and name_key(token.text) not in self.by_key:
                named = _first_named_with_a_first_name(token, who_follows=True)
                if named is not None:
                    self.add(named)
        # A surname alone that the recogniser did not take for a person is still that person:
        # 'Priya Lanchester ... Lanchester appeared to soften her tone.'
        # (and the speaker between a quote and its cue, whatever the parser hung it on: '“...,” Pengelly
        # said')
        # (or the subject's possessor, as prominent: 'Ravuvu's team plans to return ... “...,” she said')
        for token in proper:
            if (token.dep_ in ("nsubj", "nsubjpass") or _verb_read_as_plural_noun(token)
                    or token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")
                    or _between_quote_and_cue(token)) and not _named_as_place_elsewhere(token, self):
                name = name_span_of(token)
                # (or the first of the person's two surnames: 'Rodrigo Benavides Ugarte ... Benavides, known as
                # ..., did not appear')
                if name_key(name.text) in self.by_key or len(name) == 1 and self.by_first_surname(name) is not None:
                    self.add(name)
        # (and one the tagger took for a verb, an auxiliary or a modifier: 'Raybould is unmoved by that
        # line', 'Raybould' read as a modal like 'would', when the article names the person elsewhere)
        for token in misread:
            if (token.dep_ in ("nsubj", "nsubjpass") or _between_quote_and_cue(token)) \
                    and name_key(token.text) in self.by_key:
                self.add(token.doc[token.i : token.i + 1])
        # A single name right after a lower-case title only a person holds is a person known by one
        # name: 'KPK spokesperson Ardiansyah said', whatever the recogniser made of it.
        for token in proper:
            if token.dep_ in ("nsubj", "nsubjpass") and token.i > 0 and len(name_span_of(token)) == 1 \
                    and _one_name_after_title(token) and name_key(token.text) not in self.by_key:
                title = clean_role(list(token.doc[token.left_edge.i : token.i]))
                self.add(token.doc[token.i : token.i + 1], role=title)
        # So is a first name or nickname alone, whatever the recogniser took it for, once the article
        # has named the one person it belongs to: 'Hildegard "Hilde" Pospisil ... Hilde laughed.'
        for token in proper:
            if token.dep_ in ("nsubj", "nsubjpass") and len(name_span_of(token)) == 1 \
                    and name_key(token.text) not in self.by_key and self.by_first_name(token) is not None:
                self.add(token.doc[token.i : token.i + 1])
        # (also where the tagger took it for a common noun, as it can a sentence's first word:
        # 'Ellery, a running back, put the Mariners ahead')
        for token in capitalised_nouns:
            if token.dep_ in ("nsubj", "nsubjpass") and self.is_known(token) \
                    and len(self.by_key[name_key(token.text)].name.split()) > 1 \
                    and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.children) \
                    and not _named_as_place_elsewhere(token, self):
                self.add(token.doc[token.i : token.i + 1])
        # A name someone goes by in place of their own is a person's, whatever the recogniser took it
        # for: 'a woman with the call sign “Lastivka”'.
        for token in proper:
            if token.dep_ == "appos" and _is_alias_noun(token.head) and name_key(token.text) not in self.by_key:
                self.add(name_span_of(token))
        self._surname_alone_to_first_named()
        self._given_name_alone_to_full_name()
        self._first_surname_alone_to_full_name()
        self._headline_words_no_one_is_called()
        self.title_acronyms: set[str] = set()
        self._titles_given_acronyms()
        self._count_gender_cues()
        self._spouses_by_honorific()
        self._titles_said_of_pronouns()
        self._titles_given_by_appointment()
        self._titles_of_descriptions()

    def _headline_words_no_one_is_called(self) -> None:
        """A title-case headline's capitals can make a title and the words after it look like a
        person ('Showrunner Defends Divisive Series Finale'). Someone found only there, never tagged a
        person, whose last word the article never writes with a capital, is no one."""
        for key, person in list(self.by_key.items()):
            if not all(m.headline for m in person.mentions) \
                    or any(t.ent_type_ == "PERSON" for m in person.mentions for t in m.span):
                continue
            last = person.mentions[0].span[-1]
            line_end = self.text.find("\n", last.idx)
            if line_end >= 0 and not re.search(rf"\b{re.escape(last.text)}\b", self.text[line_end:]):
                del self.by_key[key]

    def _surname_alone_to_first_named(self) -> None:
        """'Ellery Vance ... Vance, 34, ... her sister, actress Rowan Vance ... Vance said': of two people
        with one surname, the surname alone means the one the article named in full first. The passes
        above add names in the order the recogniser's labels allow, not the text's, so the surname can
        have gone to the other; it is moved, with the mentions of it after the first one's full name."""
        def first_full(person: Person) -> int:
            return min((m.span.start for m in person.mentions if len(m.span) > 1 and not m.description),
                       default=len(self.doc))

        for key in [k for k in self.by_key if " " not in k]:
            holder = self.by_key[key]
            others = [(k, p) for k, p in self.by_key.items() if k.startswith(key + " ") and p.key == key]
            if not others:
                continue
            other_key, first = min(others, key=lambda kp: first_full(kp[1]))
            start = first_full(first)
            if start >= first_full(holder):
                continue
            alone = [m for m in holder.mentions if len(m.span) == 1 and m.span.start > start and not m.description
                     and _gender_before(m.span) is None]
            for mention in alone:
                holder.mentions.remove(mention)
                first.mentions.append(mention)
            first.mentions.sort(key=lambda m: m.span.start)
            given = sorted(holder.first_names)
            del self.by_key[other_key]
            self.by_key[key] = first
            self.by_key[f"{key} {given[0]}" if given else other_key] = holder

    def _given_name_alone_to_full_name(self) -> None:
        """'Datuk Mohd Azhar Ismail said ... Mohd Azhar said': where the given name alone was read as a
        person before the passes above found the full name, it is the one person named in full with
        that first name (as ``add`` finds it when the full name comes first)."""
        for key, person in list(self.by_key.items()):
            if person.first_names or any(len(m.span) > 2 or len(m.span) == 2 and m.span[0].lower_ not in NAME_PREFIXES
                                         for m in person.mentions):
                continue
            named = [p for p in self.by_key.values() if p is not person and key in p.first_names]
            if len(named) != 1 or key in {p.key for p in self.by_key.values() if p is not person}:
                continue
            full = named[0]
            start = min((m.span.start for m in full.mentions if not m.description), default=len(self.doc))
            if start < min(m.span.start for m in person.mentions):
                full.mentions.extend(person.mentions)
                full.mentions.sort(key=lambda m: m.span.start)
                del self.by_key[key]

    def _first_surname_alone_to_full_name(self) -> None:
        """'Pari said' after 'Nilda Pari Chambi': where the first of two surnames alone was read as a
        person before the passes above found the full name, it is that one person (as
        ``by_first_surname`` finds them when the full name comes first)."""
        for key, person in list(self.by_key.items()):
            if len(person.name.split()) != 1 or person.first_names:
                continue
            alone = next((m.span for m in person.mentions if len(m.span) == 1 and not m.description), None)
            full = self.by_first_surname(alone) if alone is not None else None
            if full is None or full is person:
                continue
            full.mentions.extend(person.mentions)
            full.mentions.sort(key=lambda m: m.span.start)
            del self.by_key[key]

    def _titles_given_acronyms(self) -> None:
        """'Superintendent of Police (SP) B. Srinivasa Rao': a title spelt out, its acronym in brackets
        and then a name. The title is the person's role, and the acronym is a title the article uses
        for them alone ('the SP said'). The acronym must be the title's initials; one that is not
        the short form of a title ('Economic Offences Wing (EOW)') names a body."""
        doc = self.doc
        for close in (doc[i] for i in positions_of(")", doc)):
            if close.i < 3 or doc[close.i - 2].text != "(":
                continue
            acronym = doc[close.i - 1].text
            if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
                continue
            words: list[Token] = []
            for token in reversed(doc[: close.i - 2]):
                if not (token.text[:1].isupper() and token.is_alpha or token.lower_ in ("of", "and", "for")):
                    break
                words.insert(0, token)
            while words and not words[0].text[:1].isupper():
                words.pop(0)
            # (the shortest run of words before the bracket whose capitals spell the acronym)
            title = next((words[-size:] for size in range(1, len(words) + 1)
                          if "".join(w.text[0] for w in words[-size:] if w.text[:1].isupper()) == acronym), None)
            if title is None or not any(is_title_word(w) for w in title):
                continue
            after = close.i + 1
            # (past the body the title is for, up to the comma that sets the name off: 'Municipal
            # Chief Executive (MCE) for Asankrabo, Mr Yaw Darko-Mensah')
            comma = next((t.i for t in doc[after : after + 8] if t.text == ","), None) \
                if after < len(doc) and doc[after].pos_ == "ADP" else None
            if comma is not None and all(t.pos_ in ("PROPN", "DET", "ADP", "CCONJ") for t in doc[after + 1 : comma]):
                after = comma + 1
            # (or past the unit's initials set off by commas: 'Additional Director General (ADG), SOG, X')
            if after + 3 < len(doc) and doc[after].text == "," and is_initials(doc[after + 1]) \
                    and doc[after + 2].text == "," and doc[after + 1].ent_type_ != "PERSON":
                after += 3
            name = next((t for t in doc[after : after + 3] if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
                         and not is_honorific(t)), None)
            if name is None or self.inside_quote(name.idx):
                continue
            while name.dep_ == "compound" and name.i < name.head.i <= name.i + 3:
                name = name.head  # (from 'B.' to the name it begins: 'B. Srinivasa Rao')
            person = self.add(name_span_of(name), role=clean_role(title))
            if person is not None:
                person.other_titles.append(acronym)
                self.title_acronyms.add(acronym)

    def _titles_of_descriptions(self) -> None:
        """'Jake Thornbury took seven wickets. The 29-year-old fast bowler finished with 7-41': a
        definite description as a subject (or its possessor), outside quotes, means the person the text was just about
        (as a speaker's description does), and its title is theirs from there on."""
        # (or as the subject's possessor: 'The 29-year-old singer-songwriter’s second album came out in May')
        for token in self.tokens:
            # (the parser can hang the possessor's 'the' on the noun it possesses)
            possessor = token.dep_ in ("poss", "nmod") and any(c.tag_ == "POS" for c in token.children) \
                and self.doc[token.head.left_edge.i].lower_ == "the" and token.head.left_edge.i < token.i
            subject = token.head if possessor else token
            if subject.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or not is_title_word(token) \
                    or self.inside_quote(token.idx) or _in_reported_clause(subject) \
                    or is_speech_verb(subject.head) and any(c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj")
                                                            for c in subject.head.children):
                continue  # (the speaker of a report is found as such; 'has advised on inquiries' reports none)
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in subject.head.children):
                continue  # ('regardless of whether the tenant changes': anyone who might be, no one named)
            phrase = noun_phrase(token)
            if possessor and len(phrase) > 1 and phrase[-1].tag_ == "POS":
                phrase = phrase[:-1]
            person = _person_described_before(token, phrase, self)
            role = clean_role(list(phrase)) if person is not None else None
            if role is not None:
                person.mentions.append(Mention(phrase, person.key, True, role, description=True))
                person.mentions.sort(key=lambda m: m.span.start)

    def _titles_given_by_appointment(self) -> None:
        """'The Stallions promoted Lamar Dorsey to interim head coach', 'Dana Roe was named acting
        commissioner': a post the text says someone was given is one of their titles, so that 'the
        interim coach' later is them and not the coach they replaced. It is not their role: the
        article's own title for them stays that."""
        for verb in self.tokens:
            if verb.lemma_.lower() not in APPOINTING_VERBS or verb.pos_ not in ("VERB", "AUX") \
                    or any(c.dep_ == "neg" for c in verb.children) or self.inside_quote(verb.idx):
                continue
            whom = next((c for c in verb.children if c.dep_ in (("nsubj",) if verb.lemma_.lower() in ("become", "take")
                                                                  else ("dobj", "nsubjpass"))), None)
            if whom is None or whom.pos_ != "PROPN":
                continue
            posts = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + [
                o for p in [*verb.children, *whom.children] if p.dep_ == "prep" and p.lower_ in ("to", "as")
                and (p.lower_ == "as" or verb.lemma_.lower() == "promote") for o in p.children if o.dep_ == "pobj"]
            if verb.lemma_.lower() == "promote":
                # (the parser can take 'to' for an infinitive's: 'to interim head coach')
                posts += [c for c in verb.children if c.dep_ == "dobj" and c.i > whom.i
                          and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].lower_ == "to"
                          or c.dep_ == "dobj" and c.left_edge.lower_ == "to"]
            if verb.lemma_.lower() == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
                posts = [o for o in posts if o.head.lower_ == "as"]
            post = next((t for t in posts if t.pos_ == "NOUN" and is_title_word(t)), None)
            person = self.by_key.get(name_key(name_span_of(whom).text)) if post is not None else None
            if person is not None:
                title = role_with_employer_apart(sorted(
                    (t for t in post.subtree if t.dep_ not in ("relcl", "acl", "aux")), key=lambda t: t.i), post)
                if title:
                    person.other_titles.append(title)

    def _titles_said_of_pronouns(self) -> None:
        """'Dr Maren Aastveit has spent fifteen summers on the ice. She is a glaciologist at ...': a title
        the text says a pronoun's person has is that person's role from there on."""
        for token in self.tokens:
            if token.lower_ not in ("he", "she") or token.dep_ != "nsubj" or token.head.lemma_ != "be" \
                    or self.inside_quote(token.idx):
                continue
            role = role_in_predicate(self.doc[token.i : token.i + 1])
            found = self.antecedent(token) if role is not None else None
            if found is not None:
                person, _ = found
                person.mentions.append(Mention(self.doc[token.i : token.i + 1], person.key, True, role,
                                               description=True))
                person.mentions.sort(key=lambda m: m.span.start)

    def _spouses_by_honorific(self) -> None:
        """'Agnieszka Kowalczyk ... she ... her husband, Marek ... Mr Kowalczyk said': a surname given
        an honorific of the other gender than the person named with it has shown is someone else of
        that name, with the mentions the honorific marks."""
        for key, person in list(self.by_key.items()):
            gender = person.gender
            if gender is None:
                continue
            other = [m for m in person.mentions if len(m.span) == 1 and _gender_before(m.span) not in (None, gender)]
            if not other or len(other) == len(person.mentions):
                continue
            opposite = _gender_before(other[0].span)
            spouse = self.by_key.setdefault(f"{key} {opposite}", Person(person.key))
            for mention in other:
                person.mentions.remove(mention)
                person.gender_votes[opposite] -= 2
                spouse.mentions.append(mention)
                spouse.gender_votes[opposite] += 2

    def _count_gender_cues(self) -> None:
        mentions = sorted((m.span.start, m.span.end, p) for p in self.by_key.values() for m in p.mentions)
        for index, (start, end, person) in enumerate(mentions):
            # ("Mr. Smith", 'her husband Freddy', 'his wife, Ana,')
            gender = _gender_before(self.doc[start:end])
            if gender is not None:
                person.gender_votes[gender] += 2
            root = self.doc[start:end].root
            # (a subject, or a name set off beside one: 'His assistant, Maggie Roe, has known him ...')
            if self.inside_quote(self.doc[start].idx) or _names_a_thing_beside_a_noun(root) or not (
                    root.dep_ in ("nsubj", "nsubjpass")
                    or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.i < start):
                continue
            born = _born_the_child_of(root)
            if born is not None:
                person.gender_votes[born] += 2
            # The first personal pronoun after a subject, before anyone else is named, refers to it.
            stop = mentions[index + 1][0] if index + 1 < len(mentions) else len(self.doc)
            sentence_end = sentence_bounds(self.doc[start])[1]
            others = set()  # genders of pronouns that are someone else
            for token in self.doc[end : min(stop, sentence_end)]:
                # (someone else named, whom the article has not taken as a mention here, comes first:
                # 'Judge Helen Roe told Dawlish he had chosen ...')
                if token.pos_ == "PROPN" and (token.ent_type_ == "PERSON" or name_key(token.text) in self.by_key) \
                        and not root.is_ancestor(token) and not self.inside_quote(token.idx):
                    break
                if token.lower_ not in GENDER_CUES or token.pos_ != "PRON" or self.inside_quote(token.idx):
                    continue
                # ('Ian Roe, her colleague, first met her when she ...': whose colleague he is, and the
                # one his verb takes as object, are someone else, and so, most likely, is a 'she' after them)
                if token.dep_ == "poss" and _relation_set_beside(token, root) \
                        or token.dep_ in ("dobj", "dative", "pobj") and not token.lower_.endswith("self"):
                    others.add(GENDER_CUES[token.lower_])
                    continue
                if token.dep_ == "poss" and _owned_inside_a_noun_phrase(token):
                    break  # ('Roe posted a photograph of her first reply': may well be someone else's)
                if token.dep_ == "poss" and any(
                        t.dep_ == "poss" and t.lower_ in GENDER_CUES and not self.inside_quote(t.idx)
                        and GENDER_CUES[t.lower_] != GENDER_CUES[token.lower_]
                        for t in self.doc[token.i + 1 : min(stop, sentence_end)]):
                    break  # ('Roe opened by reading her review of his first film': one of the two is someone else)
                if GENDER_CUES[token.lower_] in others:
                    break
                # (an object pronoun is someone else, 'Roe scolded him', unless reflexive: 'pronounced himself')
                if token.dep_ in ("nsubj", "nsubjpass", "poss") or token.lower_.endswith("self"):
                    # (not in a clause about someone else: 'Dana Roe said the singer risked his fanbase';
                    # nor, for someone named in what another reports, after that report: 'a cook said Roe
                    # could be volcanic, though she added ...' is the cook)
                    if not _in_clause_of_another_person(token, self.doc[start:end]) \
                            and not _past_the_report_naming(root, token):
                        person.gender_votes[GENDER_CUES[token.lower_]] += 1
                    break
            else:
                # (or the next sentence's subject, with nobody named between: 'Chief Roe said the
                # admission came late. / “We had to find the spill ourselves,” she said.')
                # (past names inside the subject's own phrase: 'Chief Roe of the Wapisiw Lake Cree Nation')
                later = [m for m, _, _ in mentions[index + 1:] if m >= end and not root.is_ancestor(self.doc[m])]
                stop = later[0] if later else len(self.doc)
                pronoun = self._next_sentence_subject(sentence_end, stop) \
                    if root.head.dep_ == "ROOT" and stop >= sentence_end else None
                if pronoun is not None and GENDER_CUES[pronoun.lower_] not in others:
                    person.gender_votes[GENDER_CUES[pronoun.lower_]] += 1

    def _quoted_sentence(self, start: int) -> bool:
        """Whether every word of the sentence starting at ``start`` is inside quote marks."""
        words = [t for t in self.doc[start : sentence_bounds(self.doc[start])[1]] if not (t.is_punct or t.is_space)]
        return bool(words) and all(self.inside_quote(t.idx) for t in words)

    def _next_sentence_subject(self, start: int, stop: int) -> Token | None:
        """The personal pronoun subject of the main verb of the sentence that starts at ``start`` (words
        in quote marks aside), when it comes before ``stop``."""
        doc = self.doc
        while True:
            while start < len(doc) and (doc[start].is_space or doc[start].is_punct):
                start += 1  # (a closing mark the parser left as a sentence of its own too)
            # (and past sentences wholly inside quote marks: '“We are not asking for a handout. We are
            # asking for the State to do its job,” she said.')
            if start >= min(stop, len(doc)) or not self._quoted_sentence(start):
                break
            start = sentence_bounds(doc[start])[1]
        if start >= min(stop, len(doc)):
            return None
        end = min(sentence_bounds(doc[start])[1], stop)
        return next((t for t in doc[start:end] if t.lower_ in GENDER_CUES and t.dep_ in ("nsubj", "nsubjpass")
                     and t.head.dep_ == "ROOT" and not self.inside_quote(t.idx)), None)

    def affiliation(self, role: str | None) -> str | None:
        """The affiliation a role names, worked out once per role and article."""
        # (from the whole phrase the role came from: 'spokesman' for Kestrel)
        phrase = getattr(role, "phrase", role)
        if phrase not in self._affiliations:
            self._affiliations[phrase] = affiliation_of(phrase, self.entities)
        return self._affiliations[phrase]

    def inside_quote(self, char: int) -> bool:
        return bool(self._quoted[char]) if 0 <= char < len(self._quoted) else False

    def add(self, span: Span, role: str | None = None) -> Person | None:
        """The person a name refers to, with this mention of them; ``role`` is what the text calls
        them here when the parse does not link it to the name."""
        if not span or not (any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span)
                            or name_key(span.text) in self.by_key):
            return None
        if ROMAN_NUMERAL.fullmatch(span.text):
            return None  # ('the club’s women’s XV': a team, not a name)
        span = _with_surname_written_first(span)
        if is_title_word(span[-1]) and _name_after_second_title(span[-1]) is not None:
            return None  # ('Opposition MLA and former minister X': the title of the person named after it)
        # (or its last word, hyphen and all: 'Park Seo-yeon' ends in the token 'yeon')
        words = span.text.split()
        if not words or not (_capitalised(span[-1].text) or _capitalised(words[-1])):
            return None  # a name is capitalised: the recogniser's lower-case 'café' is not one
        key = name_key(span.text)
        if not key:
            return None
        first = first_name(span)
        person = self._same_surname_of_gender(span, key) or self._same_surname_by_age(span, key) \
            or self.by_key.get(key)
        if person is None and len(span) == 1:
            person = self._named_by_first_name(span, key)
        elif person is None and len(span) == 2 and span[0].lower_ in NAME_PREFIXES:
            # ('Mohd Azhar said' after 'Mohd Azhar Ismail': the given name, with the prefix that opens it)
            person = self._named_by_first_name(span[1:], key)
        if person is None:
            person = self.by_first_surname(span) or self.by_family_name_first(span)
        if person is None:
            person = self.by_key[key] = Person(key)
        elif first and person.first_names and first not in person.first_names \
                and not self._tail_of_a_fuller_name(span, person) and not self._fuller_name_of(span, person) \
                and not any(m.span.end == span.end and m.span.start > span.start for m in person.mentions):
            # Another person with the same surname ('Marguerite Aldana ... her son, Teodor Aldana'); the
            # surname alone still means the one named first.
            person = self.by_key.setdefault(f"{key} {first}", Person(key))
        if first:
            person.first_names.add(first)
        if (called := nickname(span)) is not None:
            person.first_names.add(called.lower())
        known = next((m for m in person.mentions if m.span.start == span.start), None)
        narrower = next((m for m in person.mentions if m.span.end == span.end and m.span.start > span.start
                         and not m.description), None)
        if narrower is not None:
            # (the recogniser's 'Velankar' in 'Leader of the Opposition Sunanda Velankar': one mention,
            # the whole name, whose role does not take in its first name)
            person.mentions.remove(narrower)
        if known is None:
            subject = _leading_subject(span)
            # (inside quote marks only a title before the name is the article's: in '“Maren is the best
            # field scientist I know,” he said' the words are his)
            found = role_before(span) if self.inside_quote(span.start_char) \
                else role_of(span, reported=_in_reported_clause(span.root))
            mention = Mention(span, key, subject, found or role, self._in_headline(span))
            person.mentions.append(mention)
            person.mentions.sort(key=lambda m: m.span.start)
            head = span.root.head
            # ('Another speaker, retired teacher Glenn Roe' is one of several who spoke, not 'the speaker')
            if mention.role and span.root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN" \
                    and is_title_word(head) and not any(c.lower_ in ("another", "other") for c in head.children):
                title = clean_role(list(noun_phrase(head)))
                if title and title != mention.role:
                    person.other_titles.append(title)
        elif known.role is None:
            known.role = role
        return person

    @staticmethod
    def _fuller_name_of(span: Span, person: Person) -> bool:
        """'Federico Álvarez Gaona' after a headline's 'Álvarez Gaona': the name in full of someone
        the article first gave by two surnames, which read as a first name and a surname."""
        words = span.text.split()
        shorter = [m.span.text.split() for m in person.mentions if not m.description]
        return any(1 < len(short) < len(words) and words[-len(short):] == short for short in shorter)

    @staticmethod
    def _tail_of_a_fuller_name(span: Span, person: Person) -> bool:
        """'Yahya al-Qadri' after 'Hashem Yahya al-Qadri', 'Ortega de la Vega' after 'Lucia Beatriz
        Ortega de la Vega': the last words of a name the article gave in full, its first name left off
        (a second given name, or the first of two surnames, is not another person's first name)."""
        words = span.text.split()
        return any(len(m.span.text.split()) > len(words) and m.span.text.split()[-len(words):] == words
                   for m in person.mentions)

    def _in_headline(self, span: Span) -> bool:
        line = self.text.rfind("\n", 0, span.start_char) + 1
        if line not in self._headlines:
            self._headlines[line] = _in_headline(self.text, line)
        return self._headlines[line]

    def _named_by_first_name(self, span: Span, key: str) -> Person | None:
        """'Sir Giles' after 'Sir Giles Hamworth': a knight or a dame goes by title and first name.
        Anyone else can too, after the article has given their full name ('Warehouse manager Craig
        Tennant ... Craig said'), when they are the only one it named with that first name."""
        if span.start > 0 and self.doc[span.start - 1].lower_ in ("sir", "dame"):
            return next((p for p in self.by_key.values() if key in p.first_names), None)
        return self.by_first_name(span[0])

    def by_first_surname(self, span: Span) -> Person | None:
        """'Quispe said' after 'Ramiro Quispe Alanoca': where a person carries two surnames (the
        Spanish and Portuguese custom, and others), the first alone names them. Only the one person
        named with three words or more whose next-to-last word it is."""
        # ('De la Cruz said' after 'Juan Carlos de la Cruz Huaman': a surname with its particles)
        words = [t.lower_ for t in span]
        if not _capitalised(span[0].text) or len(words) == 1 and words[0] in SURNAME_PARTICLES \
                or words[-1] in SURNAME_PARTICLES:
            return None
        n = len(words)
        named = [p for p in self.by_key.values()
                 if any(len(m.span) >= n + 2 and [t.lower_ for t in m.span[-n - 1 : -1]] == words
                        and not m.description for m in p.mentions)]
        return named[0] if len(named) == 1 else None

    def by_family_name_first(self, span: Span) -> Person | None:
        """'Ms Goh' after 'Goh Pei Shan', 'Mr Tan' after 'Daniel Tan Kok Wah': where the family name
        comes before two given names (the Chinese custom, and others), an honorific and that name alone
        name the person. Only the one person named with it two words or more from the end."""
        doc = span.doc
        if len(span) != 1 or span.start == 0 or not is_honorific(doc[span.start - 1]) \
                or not _capitalised(span[0].text):
            return None
        word = span[0].lower_
        named = [p for p in self.by_key.values()
                 if any(len(m.span) >= 3 and word in [t.lower_ for t in m.span[:-2]] and not m.description
                        for m in p.mentions)]
        return named[0] if len(named) == 1 else None

    def _same_surname_of_gender(self, span: Span, key: str) -> Person | None:
        """'Mrs Jacobs' after 'Abdul Jacobs' and 'the councillor’s widow, Shireen Jacobs': of two
        people with one surname, the one the text has shown to be of the honorific's gender."""
        gender = _gender_before(span)
        if len(span) != 1 or gender is None:
            return None
        same = [p for p in self.by_key.values() if p.key == key]
        if len(same) < 2:
            return None
        shown = [p for p in same if any(_gender_before(m.span) == gender for m in p.mentions)]
        return shown[0] if len(shown) == 1 else None

    def _same_surname_by_age(self, span: Span, key: str) -> Person | None:
        """'Tomás Ortega, his coach and uncle, ... the elder Ortega said': of two people with one surname,
        the one the text makes the other's elder relative (or, for 'the younger', the junior one)."""
        if len(span) != 1 or span.start == 0 or not comparing_two(self.doc[span.start - 1]):
            return None
        same = [p for p in self.by_key.values() if p.key == key]
        if len(same) != 2:
            return None
        elder = self.doc[span.start - 1].lower_ in ("elder", "older")

        def related_as(person: Person, relations: frozenset[str]) -> bool:
            return any(w in relations for title in person.titles for w in re.findall(r"[a-z]+", title.lower()))

        senior = [p for p in same if related_as(p, ELDER_RELATIONS)]
        junior = [p for p in same if related_as(p, YOUNGER_RELATIONS)]
        if len(senior) == 1 and not junior or len(junior) == 1 and senior and senior[0] is not junior[0]:
            return senior[0] if elder else next(p for p in same if p is not senior[0])
        if len(junior) == 1 and not senior:
            return junior[0] if not elder else next(p for p in same if p is not junior[0])
        return None

    def describe(self, person: Person, phrase: Span, role: str | None) -> None:
        """Record that a description ('the striker') meant this person, so that its role is theirs
        wherever the article quotes them."""
        if role and not any(m.span.start == phrase.start for m in person.mentions):
            person.mentions.append(Mention(phrase, person.key, _leading_subject(phrase), role, description=True))
            person.mentions.sort(key=lambda m: m.span.start)

    def by_first_name(self, token: Token) -> Person | None:
        """The one person the article named with this word as first name, unless the word is a place
        (whatever else the recogniser took it for: 'said Leanne' after 'Leanne Castle, 38')."""
        if token.ent_type_ in ("GPE", "LOC") or token.pos_ != "PROPN" or not _capitalised(token.text):
            return None
        named = [p for p in self.by_key.values() if token.lower_ in p.first_names]
        return named[0] if len(named) == 1 else None

    def same_or_next_narrative_paragraph(self, start: int, end: int) -> bool:
        """Whether ``end`` is in the paragraph of ``start`` or the next, not counting paragraphs that a
        quote running on from the one before fills ('“...,” X said. “...\n“...”\nThe Welshman ...')."""
        return self.narrative_paragraphs_apart(start, end) <= 1

    def narrative_paragraphs_apart(self, start: int, end: int) -> int:
        """How many paragraph breaks lie between two offsets, not counting those into paragraphs that a
        quote running on from the one before fills."""
        breaks = [i for i in range(start, end) if self.text[i] == "\n" and self.text[i + 1 : i + 2] != "\n"]
        return sum(1 for i in breaks if not self.inside_quote(i + 2))

    def mentioned_as_person(self, span: Span) -> bool:
        """Whether the words are a mention of someone the article names ('Sepúlveda said ...' after
        'Héctor Sepúlveda Araya'), whatever the recogniser took them for there."""
        return any(m.span.start <= span.start and span.end <= m.span.end and not m.description
                   for person in self.by_key.values() for m in person.mentions)

    def is_known(self, token: Token) -> bool:
        return name_key(token.text) in self.by_key

    def pair_named(self, token: Token) -> tuple[Span, Person, Person] | None:
        """'Moira Fennick and Teodor Roe said', 'Hartmann and Brenner said': two people the article
        names, joined by 'and' as a subject, who speak together; the words and the two people."""
        doc = token.doc
        other = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass") or other is None:
            return None
        first, second = name_span_of(token), name_span_of(other)
        if first.end >= len(doc) or doc[first.end].lower_ != "and" or second.start != first.end + 1:
            return None
        one, two = self.by_key.get(name_key(first.text)), self.by_key.get(name_key(second.text))
        if one is None or two is None or one is two:
            return None
        return doc[first.start : second.end], one, two

    def _subjects_between(self, start_char: int, end_char: int) -> list[tuple[Person, Mention]]:
        """The people named as subjects in this stretch of narrative (outside quotes)."""
        return [(person, mention) for person in self.by_key.values() for mention in person.mentions
                if mention.subject and start_char <= mention.span.start_char < end_char
                and not self.inside_quote(mention.span.start_char)]

    def last_subject_between(self, start_char: int, end_char: int) -> tuple[Person, Mention] | None:
        """The last person named as a subject in this stretch of narrative (outside quotes)."""
        found = self._subjects_between(start_char, end_char)
        return max(found, key=lambda pm: pm[1].span.start) if found else None

    def named_before(self, char: int) -> bool:
        """Whether the article names anyone before ``char``, outside its headline."""
        top = self.headline_end(char)
        return any(top < m.span.start_char < char and not m.headline
                   for p in self.by_key.values() for m in p.mentions)

    def headline_end(self, char: int) -> int:
        """Where the headline ends, as seen from ``char``: its first line, or all the lines before a
        byline that starts before ``char`` (a standfirst is the headline's too)."""
        return max([self.text.find("\n")] + [start for start, _ in self.bylines if start < char])

    def first_named_subject_between(self, start_char: int, end_char: int) -> Person | None:
        """The first person named in full as a subject in this stretch, outside quotes."""
        found = [(person, mention) for person, mention in self._subjects_between(start_char, end_char)
                 if len(mention.span.text.split()) > 1]
        return min(found, key=lambda pm: pm[1].span.start)[0] if found else None

    def window_start(self, token: Token, sentences: int) -> int:
        """Where the stretch of ``sentences`` sentences ending with the one holding ``token`` begins.
        Sentences inside quote marks do not count: a quote of three sentences is one turn of the
        narrative."""
        at = bisect_right(self.sentence_starts, token.i) - 1
        counted = 1
        while at > 0 and counted < sentences:
            at -= 1
            if not self.inside_quote(self.doc[self.sentence_starts[at]].idx + 1):
                counted += 1
        return self.sentence_starts[at]

    def group_antecedent(self, pronoun: Token) -> Token | None:
        """'they' / 'it': the nearest earlier subject that is a group or an institution, in this
        sentence or the two before it."""
        first = self.window_start(pronoun, 3)
        # (never inside what the pronoun's own verb reports: '[Orders from funds accounted for it],
        # they said')
        reported = _reported_before(pronoun)  # ('[Talks collapsed over ...], they said')
        found = [token for token in reversed(self.doc[first : pronoun.i])
                 if (_group_subject(token, pronoun) or pronoun.lower_ == "they" and self.pair_named(token) is not None)
                 and not any(clause.is_ancestor(token) for clause in reported)
                 and not self.inside_quote(token.idx)
                 and not pronoun.head.is_ancestor(token)]
        # (one that leads its sentence before one inside what another reported: 'Police said 11
        # people had been found in a lorry. They said the driver ...' is the police)
        # (a document named as an object, 'sent a letter. It says ...', keeps its place)
        leading = [token for token in found if token.dep_ not in ("nsubj", "nsubjpass")
                   or _leading_subject(self.doc[token.i : token.i + 1])]
        return (leading or found or [None])[0]

    def is_named(self, speaker: Speaker | None) -> bool:
        """Whether the speaker is a person the article names."""
        return speaker is not None and any(p.name == speaker.name for p in self.by_key.values())

    def is_named_in_full(self, token: Token) -> bool:
        """Whether the word is the surname or first name of someone the article names with more than one word."""
        person = self.by_key.get(name_key(token.text))
        return person is not None and len(person.name.split()) > 1 or self.by_first_name(token) is not None

    def antecedent(self, pronoun: Token, gender: str | None = None, skip: frozenset[str] = frozenset()
                   ) -> tuple[Person, Mention] | None:
        """The nearest person before the pronoun, preferring subjects, outside quoted text (of
        ``gender`` for a noun that tells it, as a pronoun does), other than those keyed in ``skip``."""
        window_start = self.window_start(pronoun, PRONOUN_WINDOW)
        gender = PERSON_PRONOUNS.get(pronoun.lower_, gender)
        answering = self._the_one_put_to(pronoun, gender, skip)
        if answering is not None:
            return answering
        reported = _reported_before(pronoun)
        earlier = [
            (person, mention)
            for person in self.by_key.values()
            if (gender is None or person.gender in (None, gender)) and person.key not in skip
            for mention in person.mentions
            # (a name in marks that someone goes by is no quoted speech: 'with the call sign “Lastivka”')
            if mention.span.end <= pronoun.i and (not self.inside_quote(mention.span.start_char)
                                                  or _is_alias_noun(mention.span.root.head))
            and not any(clause.is_ancestor(mention.span.root) for clause in reported)
            and not _names_a_thing_beside_a_noun(mention.span.root)
            and not _object_of_own_verb(pronoun, mention.span.root)
            and not _in_the_question_put_to(pronoun, mention.span.root)
        ]
        if not earlier:
            return None
        earlier.sort(key=lambda pm: pm[1].span.start)
        near = [pm for pm in earlier if pm[1].span.start >= window_start]
        if not near:
            # Nobody in the last sentences: the last person named before, preferring one the text
            # has already shown to be of the pronoun's gender (the article's subject, as a rule).
            # (and, as nearer, a subject: 'X, who joined from Spanish side Y, said ...')
            # (unless a pronoun of the gender has taken up the last one named since: 'A colleague, Lord X,
            # said ... One of the letter-writers, Marek Roe, was ... Now 41, he runs ... he said')
            shown = [pm for pm in earlier if gender is not None and pm[0].gender == gender]
            last = earlier[-1]
            if shown and shown[-1][0] is not last[0] and last[0].gender is None and any(
                    t.lower_ == pronoun.lower_ and t.dep_ in ("nsubj", "nsubjpass") and not self.inside_quote(t.idx)
                    for t in self.doc[last[1].span.end : pronoun.i]):
                shown = []
            return (shown or [pm for pm in earlier if pm[1].subject] or earlier)[-1]
        subjects = [pm for pm in near if pm[1].subject]
        # (someone just introduced with their age, whom news names so to quote them, after the last
        # subject: 'For riders like Lorraine Fitch, 68, who ..., the arithmetic is simple. “...,” she said')
        last = near[-1]
        if subjects and last[1].span.start > subjects[-1][1].span.start and _given_an_age(last[1].span.root) \
                and gender is not None and last[0].gender in (None, gender):
            return last
        if subjects:
            return self._reporter_over_reported(subjects, gender)
        # (no one named a subject nearby, but the same pronoun was, outside quotes: this one goes on
        # with that one's person, as a run of 'she' subjects means one woman. 'She will not say who
        # it was. ... When the Titans play Jacksonville, she will be in Nashville ... “...,” she says')
        if gender is not None:
            before = next((t for t in reversed(self.doc[window_start : pronoun.i])
                           if t.lower_ == pronoun.lower_ and t.dep_ in ("nsubj", "nsubjpass")
                           and not self.inside_quote(t.idx)), None)
            if before is not None and not self._points_ahead(before):
                return self.antecedent(before, skip=skip) or near[-1]
        return near[-1]

    def _points_ahead(self, pronoun: Token) -> bool:
        """Whether a pronoun in a clause opening its sentence can mean a person the main clause names
        after it: 'Asked whether she was ever afraid, Lastivka shrugged'."""
        root = pronoun.sent.root
        return pronoun.head.i != root.i and pronoun.i < root.i and any(
            t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and name_key(t.text) in self.by_key
            for t in self.doc[pronoun.i + 1 : sentence_bounds(pronoun)[1]])

    def _the_one_put_to(self, pronoun: Token, gender: str | None, skip: frozenset[str]
                        ) -> tuple[Person, Mention] | None:
        """'Sidhu pressed Korchinski on drought. “...,” he replied': who answers is the one the sentence
        before put the question to, its object, not its subject."""
        if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in ANSWER_VERBS:
            return None
        start = sentence_bounds(pronoun)[0]
        while start > 0 and self.doc[start - 1].is_space:
            start -= 1
        if start == 0:
            return None
        verb = self.doc[start - 1].sent.root
        if verb.lemma_.lower() not in QUESTIONING_VERBS:
            return None
        put_to = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        person = self.by_key.get(name_key(put_to.text)) if put_to is not None else None
        if person is None or person.key in skip or gender is not None and person.gender not in (None, gender):
            return None
        # (the object itself, or where they were named before it)
        mention = next((m for m in person.mentions if m.span.start <= put_to.i < m.span.end), None) \
            or max((m for m in person.mentions if m.span.end <= put_to.i), default=None, key=lambda m: m.span.start)
        return (person, mention) if mention is not None else None

    def _reporter_over_reported(self, subjects: list[tuple[Person, Mention]], gender: str | None
                                ) -> tuple[Person, Mention]:
        """The last subject, unless it is a subject inside what a subject before it in its sentence
        reported: 'He said he had circled the date as soon as Brennaman gave him the news. “...,” he
        said' goes on with the one who reported (or whom their pronoun means), as the main clause's
        subject is what the text is about."""
        last = subjects[-1]
        root = last[1].span.root
        verb = next((a.head for a in root.ancestors if a.dep_ == "ccomp" and is_speech_verb(a.head)), None)
        if verb is None:
            return last
        reporter = next((pm for pm in reversed(subjects[:-1]) if pm[1].span.root.head.i == verb.i
                         and pm[1].span.root.dep_ in ("nsubj", "nsubjpass")), None)
        if reporter is not None:
            return reporter
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in PERSON_PRONOUNS
                        and c.i < root.i), None)
        if pronoun is not None and gender in (None, PERSON_PRONOUNS[pronoun.lower_]) \
                and not self.inside_quote(pronoun.idx):
            return self.antecedent(pronoun) or last
        return last




# Nouns for a person of a nation that are no adjective too ('the Briton', 'the Frenchman'): the
# recogniser tags them anything from a nationality to a person or a body.
DEMONYM_NOUNS = frozenset({"briton", "brit", "scot", "spaniard", "dane", "swede", "finn", "pole", "turk", "croat",
                           "serb", "slovene", "kiwi", "aussie", "filipino", "filipina", "argentine", "dutchman",
                           "dutchwoman", "englishman", "englishwoman", "frenchman", "frenchwoman", "irishman",
                           "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman", "cornishman"})


def is_demonym(token: Token) -> bool:
    """A capitalised noun for one person of a nation: 'the Briton', 'the Croatian', 'the Portuguese'.
    Not a plural, which the lemmatiser leaves as it is in a name for a party or a people ('the Tories',
    'the Greens'); a people's name ending in 's' ends in 'ss' ('the Swiss')."""
    plural = token.lower_.endswith("s") and not token.lower_.endswith("ss")
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and (
        token.lower_ in DEMONYM_NOUNS or token.ent_type_ == "NORP" and token.lemma_.lower() == token.lower_
        and not plural)


def is_person_noun(token: Token) -> bool:
    """A noun for a person by what they do or are: 'bartender', 'resident', 'roommate', 'witness'.
    ('The programme, whose director ... said' is no one to be named later.)"""
    lemma = token.lemma_.lower()
    # (and the trades in '-man' and '-woman': 'barman', 'fisherwoman')
    return is_title_word(token) or lemma in GENDERED_NOUNS or has_person_noun_ending(lemma) \
        or lemma.endswith(("man", "woman")) and len(lemma) > 5


def _in_the_question_put_to(pronoun: Token, named: Token) -> bool:
    """'Asked whether Feeney should drop the bill, he replied': a name inside the question put to
    the pronoun's subject is what was asked about, not who answers."""
    return pronoun.dep_ == "nsubj" and any(_question_put(c) and c.i < pronoun.i and c.is_ancestor(named)
                                           for c in pronoun.head.children)


def _question_put(clause: Token) -> bool:
    """'Asked whether ...', 'Pressed on ...': a participle with no subject of its own putting a question
    to the subject of the clause it hangs on (a participle the tagger can take for a past tense)."""
    return clause.dep_ == "advcl" and clause.tag_ in ("VBN", "VBD") and clause.lemma_.lower() in QUESTION_VERBS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


# Verbs for putting a question to someone, opening the sentence that gives their answer.
QUESTION_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge"})
# Verbs for putting a question or a charge to someone, and for answering one.
QUESTIONING_VERBS = QUESTION_VERBS | {"grill", "confront", "accuse", "urge", "dare"}
ANSWER_VERBS = frozenset({"reply", "respond", "answer", "retort", "counter", "shoot"})


def _object_of_own_verb(pronoun: Token, named: Token) -> bool:
    """'Ashdown, whom she describes as ...': a pronoun subject is never the object of its own verb,
    here the person a relative pronoun object stands for."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return False
    relative = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT")), None)
    return relative is not None and verb.dep_ == "relcl" and (verb.head.i == named.i or named.is_ancestor(verb)
                                                              and verb.head.dep_ == "appos")


def _reported_before(pronoun: Token) -> list[Token]:
    """'[Kovac had returned the body], he said': the clause a pronoun's own speech verb reports
    before it. Nobody named in it is who 'he' is, as in 'he said Kovac had returned it'."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != "," \
            or not is_speech_verb(verb):
        return []
    # (the parser hangs the clause on the verb, or the verb on the clause)
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        clauses.append(verb.head)
    # (or the clause the cue interrupts after its subject: 'The detective, she wrote, “did not ask ...”')
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i for c in verb.head.children):
        clauses.append(verb.head)
    return clauses


def _reported_before_the_cue_joined(pronoun: Token) -> list[Token]:
    """'[The referee was well placed], she conceded, but she insisted ...': the clause reported
    before the speech verb that the pronoun's own is joined to."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj" or not is_speech_verb(verb) or verb.head.i > verb.i:
        return []
    first = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ == pronoun.lower_), None)
    return _reported_before(first) if first is not None else []


# The children a birth is told by: 'was born in Sunderland, the daughter of a welder'.
CHILD_GENDERS = {"daughter": "f", "son": "m"}


def _born_the_child_of(subject: Token) -> str | None:
    """The gender that 'was born in X, the daughter of Y' gives its subject, wherever the parser hung
    the child's noun in the verb's phrase."""
    verb = subject.head
    if subject.dep_ != "nsubjpass" or verb.lower_ != "born":
        return None
    child = next((t for t in verb.subtree if t.lower_ in CHILD_GENDERS and t.dep_ in ("appos", "npadvmod", "attr")
                  and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
                  and t.head.ent_type_ != "PERSON"), None)
    return CHILD_GENDERS[child.lower_] if child is not None else None


def _relation_set_beside(possessive: Token, name: Token) -> bool:
    """'Ian Roe, her colleague,', 'Tomasz Kowal, her longtime engineer,': a possessive on a noun set
    beside the name, whose possessor is someone else (no one is their own colleague or engineer)."""
    noun = possessive.head
    return noun.dep_ == "appos" and noun.head.i == name.i and noun.pos_ == "NOUN" \
        and not any(c.lower_ == "own" for c in noun.children)


def _names_a_thing_beside_a_noun(name: Token) -> bool:
    """'an interview with the magazine | Gigantes del Aro published ...': a name the parser made the
    subject of a participle, which names the thing the noun before it is, not a person."""
    # (a title is no thing: 'RTWU general secretary Dawn Makepeace said', the letters read as a verb)
    return name.dep_ in ("nsubj", "nsubjpass") and name_beside_a_noun_read_as_subject(name.head) \
        and not is_title_word(name.doc[name.left_edge.i - 1])


def _with_first_name_read_as_noun(ent: Span) -> Span | None:
    """The name of an entity the recogniser mistook for a thing, as two or three words; or, for a
    one-word name, with the capitalised word before it that the tagger took for a common noun (a
    plural, for its final 's') and hung on it as a compound: 'Dolores | Fitzpatrick-Reyes, who ...'."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.dep_ == "compound" \
            and ent.start <= before.head.i < ent.end and before.text.istitle() and not is_title_word(before) \
            and len(ent.text.split()) == 1 and ent[0].pos_ == "PROPN":
        return doc[before.i : ent.end]
    # (or with the first name the recogniser left out: 'Emeka | Chukwuma-Daniels, who ...')
    return _full_name(ent.root)


def _which_follows(name: Span) -> bool:
    """Whether ', which' follows the name (past a number that ends it: 'Local 1187, which')."""
    doc, end = name.doc, name.end
    if end < len(doc) and doc[end].text.isdigit():
        end += 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which"


# Endings of nouns for people, less the '-ant' and '-ent' that 'the government' and 'a resident' share.
PERSON_NOUN_ENDINGS_BUT_ENT = tuple(e for e in PERSON_NOUN_ENDINGS if e not in ("ant", "ent"))


def _where_something_is(name: Token) -> bool:
    """'in Glasgow', 'theatres in Leeds and Glasgow', 'near Harlow': the object of a preposition of
    place, or a conjunct of one."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in ("in", "near", "across", "throughout", "outside")


def _what_a_thing_is_of(name: Token) -> bool:
    """'(the government) of Darrakhan': the object of 'of' after a common noun that is no relation
    and no title a person holds of another ('the mother of', 'the coach of')."""
    of = name.head
    noun = of.head
    lemma = noun.lemma_.lower()
    # (a noun ending as nouns for people do may be one, 'the lawyer of', 'a supporter of'; 'the
    # government of' and 'a resident of' end in '-ent', which is left to mean a thing)
    return name.dep_ == "pobj" and of.lower_ == "of" and noun.pos_ == "NOUN" and noun.i < of.i \
        and not is_relative_noun(noun) and not is_title_word(noun) and lemma not in GENDERED_NOUNS \
        and not lemma.endswith(PERSON_NOUN_ENDINGS_BUT_ENT)


def _in_clause_of_another_person(pronoun: Token, name: Span) -> bool:
    """Whether the nearest clause around a pronoun has a subject of its own that is a person other
    than ``name``: 'the singer' in 'Roe said the singer risked his fanbase'. (A reflexive is its
    clause's subject's, whatever the subject is: 'Roe said Quispe would be summoned to defend
    himself'.)"""
    reflexive = pronoun.lower_.endswith("self")
    clause = pronoun.head
    while clause.head.i != clause.i:
        if clause.pos_ in ("VERB", "AUX"):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i != pronoun.i:
                # (nor the noun the name is set off beside: 'His assistant, Maggie Roe, ...')
                return not (name.start <= subject.i < name.end or name.root.head.i == subject.i
                            and name.root.dep_ == "appos") and subject.pos_ in ("NOUN", "PROPN") \
                    and (is_person_noun(subject) or subject.ent_type_ == "PERSON" or reflexive)
        clause = clause.head
    return False


def _gender_before(span: Span) -> str | None:
    """The gender an honorific ('Mrs Jacobs') or a noun ('her husband Freddy', 'his widow, Shireen
    Jacobs') right before a name tells."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ in GENDER_CUES and doc[start - 1].pos_ != "PRON":
        return GENDER_CUES[doc[start - 1].lower_]
    # (honorifics that are also common words tell it only capitalised: 'Miss Lyle-Bowen', not 'fans
    # will miss Jo Roe')
    if start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in GENDERED_HONORIFICS:
        return GENDERED_HONORIFICS[doc[start - 1].lower_]
    before = doc[start - 2] if start > 1 and doc[start - 1].text == "," else doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "NOUN":
        return GENDERED_NOUNS.get(before.lemma_.lower())
    return None


def _in_headline(text: str, start: int) -> bool:
    """Whether the line starting at ``start`` is written in title case (three words or more, nearly
    all capitalised)."""
    end = text.find("\n", start)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


NOUN_PLACES_IN_A_CLAUSE = ("dobj", "pobj", "prep", "attr", "appos", "npadvmod", "nsubj", "nsubjpass")


def _leading_subject(span: Span) -> bool:
    """A subject not inside the clause of someone named before it: the one the next pronoun most
    likely means ('Tulloch said Oduya had dived. He ...' is Tulloch; in 'Okoye scolded him: “...,”
    she said' the parser hangs Okoye's clause on the later 'said', and she still leads)."""
    root = span.root if span.root.dep_ != "appos" else span.root.head
    if root.dep_ == "compound" and root.head.i == span.end and _personal_post_nominal(root.head):
        root = root.head  # (the letters after the name the parser made its head: 'Helen Marsh KC told')
    if root.dep_ in ("appos", "conj") and subject_after_opening_participle(root.head) == root:
        root = root.head  # ('Reacting, the commissioner, X, said': the participle holds the subject's place)
    if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head  # the subject's possessor is as prominent: 'Roe's team is planning a trial. “...,” she said'
    if _named_as_a_person(root):
        root = root.head.head  # (the name the subject goes by: 'a student named Helena Roe drove ...')
    # (the name closing a title's 'of' phrase, which the parser made the title's object: 'Minister of
    # Works and Transport Clive Marajh, who ..., conceded')
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") \
            and (title := root.head.head).pos_ in ("NOUN", "PROPN") \
            and title.text[:1].isupper() and is_title_word(title) and title.i < span.start \
            and title.dep_ in ("nsubj", "nsubjpass"):
        root = title
    # (the object of a title the tagger took for a verb: 'But trustee Renata Osei, ..., argued')
    if root.dep_ == "dobj" and root.head.dep_ in ("nsubj", "nsubjpass") \
            and name_after_title_read_as_verb(root.head) == root:
        root = root.head
    if _verb_read_as_plural_noun(root) or _between_quote_and_cue(span[-1]):
        return True
    # ('In Newtown, Mele Tupou, a mother of four, said': a name the parser hung on the place opening
    # the sentence, whose verb has no subject of its own, is that verb's subject)
    place = root if span.root.dep_ == "appos" else None
    if place is not None and place.dep_ == "pobj" and place.head.dep_ == "prep" \
            and place.head.i == sentence_bounds(place)[0] and place.head.head.pos_ == "VERB" \
            and place.head.head.i > span.end \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in place.head.head.children):
        return True
    # ('Speaking for the developer, planning agent X, of Y, said ...': a subject the parser gave the
    # opening participle as its object)
    opener = span.doc[sentence_bounds(root)[0]]
    if root.dep_ in ("dobj", "npadvmod", "appos", "conj") and opener.head.pos_ == "VERB" and opener.head.i > root.i \
            and subject_taken_into_opening_phrase(opener.head) == root:
        return True
    # ('Council member X, who voted no, called the project ...': the parser made the name the root
    # and its verb a participle on it)
    if root.dep_ == "ROOT" and any(main_verb_read_as_participle(c) for c in root.children):
        return True
    # (or a name set beside a title the parser made the root of a sentence it found no verb in: 'The
    # leader of the council, Cllr X, accused ministers of ...', 'accused' taken for an adjective)
    if span.root.dep_ == "appos" and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < span.start:
        return True
    # ('According to Asante-Boateng, fuel is running out. He said ...': whom a report is according to
    # speaks in it, as a speaker does)
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    if root.dep_ not in ("nsubj", "nsubjpass") or _names_a_thing_beside_a_noun(root):
        return False
    clause = root.head
    # ('“...,” Bellini told reporters': whoever the parser hung the cue on, the speaker of a quote
    # right before leads)
    if span.start > 0 and span.doc[span.start - 1].is_quote and is_speech_verb(clause) and clause.i > root.i:
        return True
    inside = False
    # (however deep: 'Roe urged them to wait until Kestrel had finished. He ...' is Roe; and through a
    # noun the clause belongs to: 'Roe rejected suggestions that the host had cut it. She ...')
    while clause.head.i != clause.i:
        if clause.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp"):
            inside = True
        # (and a noun set beside one, or a subject: 'Roe said the award will go to a student of
        # engineering, the field Owen had hoped to enter')
        elif not (clause.dep_ == "conj" or inside and clause.dep_ in NOUN_PLACES_IN_A_CLAUSE):
            break
        if inside:
            outer = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if outer is not None and (outer.i < span.start or _opening_clause_of_another_subject(clause, outer)):
                return False
        clause = clause.head
    return True


def _opening_clause_of_another_subject(clause: Token, outer: Token) -> bool:
    """'After Webb resigned, the ward lost its surgeon. “...,” she said': a subject inside a
    subordinate clause that opens the sentence is in the background; the sentence's own subject,
    named after it, is what it is about. Not when that subject is a pronoun, which most likely
    means the one just named ('When Webb left, he ...')."""
    return clause.dep_ == "advcl" and clause.i < outer.i < clause.head.i \
        and any(c.dep_ == "mark" and c.i < clause.i for c in clause.children) and outer.pos_ != "PRON"


# Nouns for a person that tell their gender, as a pronoun would.
GENDERED_NOUNS = {
    **dict.fromkeys("woman mother wife daughter sister girl grandmother widow aunt niece".split(), "f"),
    **dict.fromkeys("man father husband son brother boy grandfather widower uncle nephew".split(), "m"),
}


# Nouns for a relative who, as a rule, shares the surname of the one whose relative they are.
KIN_OF_ONE_NAME = frozenset("husband wife son daughter brother sister father mother".split())


def _kin_of_the_same_surname(noun: Token, people: People) -> Person | None:
    """'Her husband', 'his son', with no name beside it: the one other person of that gender the article
    names with the surname of the one 'her' or 'his' means ('Ruth and Harlan Abernathy ... Her husband
    ...' is Harlan Abernathy)."""
    if noun.lemma_.lower() not in KIN_OF_ONE_NAME or noun.tag_ != "NN":
        return None  # (first the cheap test: this is asked of every speaker's word)
    owner_word = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner_word is None or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
        return None
    found = people.antecedent(owner_word, gender="m" if owner_word.lower_ == "his" else "f")
    if found is None:
        return None
    owner, _ = found
    gender = GENDERED_NOUNS[noun.lemma_.lower()]
    surname = owner.key.split()[0]
    # (not one the article calls another relative: 'her son, Tom Roe')
    kin = [p for p in people.by_key.values() if p is not owner and p.key.split()[0] == surname
           and len(p.name.split()) > 1 and p.gender in (None, gender)
           and not any(word in KIN_OF_ONE_NAME - {noun.lemma_.lower()} for role in p.titles
                       for word in role.lower().split())]
    return kin[0] if len(kin) == 1 else None


def _between_quote_and_cue(name: Token) -> bool:
    """'“...,” Pengelly said': a name right after a closing quote mark and right before a speech verb
    is the quote's speaker, however the parser hung it."""
    doc = name.doc
    if not any(doc[j].is_quote for j in range(max(0, name.i - 5), name.i)):
        return False  # (a cheap test first: this is asked of every proper noun)
    span = name_span_of(name)
    return span.start > 0 and doc[span.start - 1].is_quote and span.end < len(doc) \
        and doc[span.end].pos_ == "VERB" and is_speech_verb(doc[span.end])


def _verb_read_as_plural_noun(name: Token) -> bool:
    """'Penhallow laughs when the review comes up': the tagger can read a verb in -s right after a
    name that opens the sentence as a plural noun the name modifies. With a clause or an adverb of
    its own, it is the verb and the name its subject."""
    head = name.head
    return name.pos_ == "PROPN" and name.dep_ == "compound" and head.dep_ == "ROOT" and head.tag_ == "NNS" \
        and head.i == name.i + 1 and name.left_edge.i == name.sent.start \
        and any(c.dep_ in ("advcl", "advmod") and c.i > head.i for c in head.children)


def _same_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def described_subject_before(pronoun: Token, people: People) -> Token | None:
    """The nearest singular subject, in this sentence or the ones just before, that is a person
    known by title or by a noun of the pronoun's gender ('the witness', 'a woman')."""
    first = people.window_start(pronoun, PRONOUN_WINDOW)
    # (someone known only by a description is talked about locally: not beyond the paragraph before)
    text = people.text
    paragraph = text.rfind("\n", 0, pronoun.idx)
    # (past the blank line or lines between paragraphs)
    previous_paragraph = text.rfind("\n", 0, max(0, len(text[:max(0, paragraph)].rstrip())))
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    reported = _reported_before(pronoun) or _reported_before_the_cue_joined(pronoun)
    for token in reversed(pronoun.doc[first : pronoun.i]):
        if token.idx < previous_paragraph:
            break
        if any(clause.is_ancestor(token) for clause in reported):
            continue  # ('[Anyone who saw the car should call police], he said': not who he is)
        # ('Two midwives spoke. One, who qualified in 2013, said ... “...,” she said': one of a group)
        if token.lower_ == "one" and token.dep_ == "nsubj" and not people.inside_quote(token.idx) \
                and _group_picked_from(token, people) is not None:
            return token
        # (a capitalised title with 'the' is a description too: 'the Chief Minister said')
        capitalised_title = token.tag_ == "NNP" and is_title_word(token) \
            and any(c.lower_ == "the" for c in token.children) and not _has_name(noun_phrase(token))
        # (or a nation's noun for one person: 'The Welshman admitted ... He said')
        demonym = is_demonym(token) and any(c.lower_ == "the" for c in token.children)
        capitalised_title = capitalised_title or demonym
        # ('I spoke to a former night-shift worker, who asked not to be named ... She said': one
        # described by a 'who' clause is its subject too)
        # (not one a quote speaks of: '“I’ve talked to a lot of people up here who are thinking the
        # same thing,” he said')
        described_by_who = token.lower_ == "who" and token.dep_ == "nsubj" and token.head.dep_ == "relcl" \
            and token.head.head.tag_ == "NN" and not token.head.head.ent_type_ and token.head.head.i < token.i \
            and _one_spoken_to(token.head.head) and not people.inside_quote(token.idx)
        if described_by_who:
            token = token.head.head
        elif token.dep_ not in ("nsubj", "nsubjpass") or not (token.tag_ == "NN" or capitalised_title) \
                or people.inside_quote(token.idx):
            continue
        elif not _leading_subject(token.doc[token.i : token.i + 1]):
            continue  # 'X said the president was born here. He ...': X, not the one X spoke about
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.head.children):
            continue  # 'Asked whether the president would sign it, she said': one asked about
        if any(c.tag_ == "WP$" for c in token.children):
            continue  # 'Rosa Hart, whose daughter was held, ... she told reporters': Hart, described
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            continue  # 'said no official had visited. “...,” he said': nobody, not who speaks
        if any(c.dep_ == "acl" and any(_named_as_a_person(o) for o in c.children) for c in token.children):
            continue  # 'a graduate student named Helena Roe drove ... she later called': Roe, by name
        lemma = token.lemma_.lower()
        if GENDERED_NOUNS.get(lemma) == gender or is_title_word(token) and lemma not in GENDERED_NOUNS:
            return token
        if demonym and (gender is None or not lemma.endswith("man")
                        or ("f" if lemma.endswith("woman") else "m") == gender):
            return token
        # (any noun for a person given an age or a 'who' clause: 'A 52-year-old fish trader, who ...')
        if lemma not in GENDERED_NOUNS and (_described_by_age(token) or any(
                c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children)):
            return token
    return None


# Verbs for talking with someone, whose object is the one who speaks next.
TALKING_WITH_VERBS = frozenset({"speak", "talk", "interview", "reach", "contact", "visit"})


def _one_spoken_to(noun: Token) -> bool:
    """'I spoke to a former worker', 'Reporters interviewed a nurse': the one the writer talked with."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "with") else noun.head
    return noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() in TALKING_WITH_VERBS


def _group_subject(token: Token, pronoun: Token) -> bool:
    if pronoun.lower_ == "it" and token.pos_ == "NOUN" and token.lemma_.lower() in SPEAKING_DOCUMENTS \
            and token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.tag_ == "NN":
        return True  # 'The city sent a letter. It says ...'
    if pronoun.lower_ == "they" and token.tag_ == "NNS" and token.dep_ == "pobj" and token.head.lower_ == "to" \
            and token.head.head.lower_ == "according":
        return True  # ('..., according to two people familiar with the talks. ..., they said')
    if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.ent_type_ == "PERSON":
        return False
    if pronoun.lower_ == "they":
        # Plural groups, and organisations, which English often takes as plural ("the campaign ... they").
        return token.tag_ in ("NNS", "NNPS") or token.ent_type_ in ("NORP", "ORG") \
            or token.lemma_.lower() in INSTITUTION_NOUNS | COUPLE_NOUNS
    # (or one with a body's name set beside it: 'Her label, Northgate Records, ...'; or a body's
    # name the recogniser missed: 'The Digital Lenders' Association of India')
    # (or any noun 'the company' or 'the hospital' can refer back with: 'The hospital said in a
    # statement that ... It said ...')
    return token.tag_ in ("NN", "NNP") and (
        token.ent_type_ in ("ORG", "GPE") or token.lemma_.lower() in INSTITUTION_NOUNS | BODY_ANAPHORS
        or any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in token.children)
        or name_opened_by_plural_possessive(token) is not None)


def _plural_relatives(token: Token) -> bool:
    """'Sisters', 'Brothers', 'Cousins' opening a name: who the people named are to each other."""
    # (the tagger takes a capitalised plural before a name for part of it, so the word is read as is)
    word = token.lower_
    return token.text[:1].isupper() and word.endswith("s") and word[:-1] in RELATIVE_NOUNS


# Words that end a title's field of a place: 'Member for Burnett Ridge'.
FIELD_PLACE_ENDINGS = PLACE_NAME_ENDINGS | frozenset({"ridge", "valley", "heights", "springs", "falls", "vale",
                                                      "north", "south", "east", "west", "central"})


def person_name(span: Span) -> Span:
    """A PERSON entity without title words, honorifics or a possessive at its edges."""
    doc = span.doc
    start, end = span.start, span.end
    # (a fronted cue can open the entity: 'Said Jane Roe, the director: ...')
    while start < end - 1 and (is_title_word(doc[start]) or is_honorific(doc[start])
                               or not doc[start].text[:1].isupper() or doc[start].is_punct
                               or doc[start].pos_ == "VERB" and doc[start].dep_ != "compound"
                               or _rank_letters(doc[start]) and end - start > 2
                               or is_plural_title(doc[start].text)  # ('Councilmembers Rosa Delgado')
                               or _plural_relatives(doc[start])):  # ('Sisters Carmela and Joy Roe')
        start += 1
    # (nor a party label the recogniser took in: 'Conservative Dale Roe', 'Liberal Democrat Ann Roe')
    start += party_label_opening(doc, start, end)
    # A title inside the entity ends what comes before it: 'Lok Janata Dal MLA Suresh Pandhare'.
    # (or a lower-case one: 'Health Workers Union delegate Mere Tawhiri')
    inner = [i for i in range(start + 1, end - 1) if is_title_word(doc[i]) and doc[i].pos_ in ("NOUN", "PROPN")]
    if inner and all(doc[i].text[:1].isupper() for i in range(inner[-1] + 1, end)):
        start = inner[-1] + 1
    # Initials open a name, and two words stand before them only in something else's name: 'Minister
    # for Ports and Jal Marg K. Ravi Kumar' ('George W. Bush' has one word before its initial).
    initial = next((i for i in range(start + 2, end - 2) if _initial(doc[i])), None)
    if initial is not None and not any(_initial(doc[i]) for i in range(start, initial)):
        start = initial
    # (so does one word, when a title's field ends in it and two name words follow: 'Minister for
    # Ports and Shipping R. Venkat Rao')
    elif start > 0 and doc[start - 1].lower_ in ("and", "&", "of", "for") and start + 1 < end - 2 \
            and _initial(doc[start + 1]) and not _initial(doc[start + 2]):
        start += 1
    # (or without initials, a title's field joined by 'and' before a name of two words: 'Minister of
    # Works and Transport Sam Hale')
    elif end - start >= 3 and start >= 3 and doc[start - 1].lower_ in ("and", "&") \
            and doc[start - 2].text[:1].isupper() and any(
                t.lower_ in ("of", "for") and is_title_word(t.head) and t.head.text[:1].isupper()
                for t in doc[max(0, start - 6) : start - 2]):
        start += 1
    # (or a place's name of two words or more, the recogniser taking it into the name of two words
    # after it: 'Member for Burnett Ridge Nicole Sattler')
    if end - start >= 4 and start >= 2 and doc[start - 1].lower_ in ("for", "of") and is_title_word(doc[start - 2]) \
            and doc[end - 3].lower_ in FIELD_PLACE_ENDINGS:
        start = end - 2
    # (a fronted 'Said' before the name and a colon or a quote is the cue, not a first name as in
    # 'Said Mahmoud, a trader, said ...')
    if end - start >= 2 and doc[start].is_sent_start and doc[start].lower_ in ("said", "says") and end < len(doc) \
            and (doc[end].text == ":" or doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].is_quote):
        start += 1
    # ... nor letters after the name: 'Gareth Lyle KC', 'Ann Roe MBE', 'John Smith Jr.', nor a
    # title-case headline's cue ('Obama Says Museum Will ...')
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                               or doc[end - 1].text in ("Says", "Said", "Tells", "Told")
                               or _post_nominal(doc[end - 1]) and not doc[end - 2].text.isupper()):
        end -= 1
    return doc[start:_with_given_name_after(doc, end)]


def _with_syllable_and_surname_after(name: Span) -> Span:
    """'Hyun | -woo Baek': a romanised given name the recogniser cut at its hyphen, leaving the second
    syllable and the surname out, is the whole name; so is a double surname cut the same way ('Sasha
    Lindgren | -Obi'), or after a space ('Gustavo Adolfo | Peralta Iribarren')."""
    doc, end = name.doc, name.end
    # ('Gustavo Adolfo | Peralta Iribarren': the surnames the parser hangs the given names on)
    while end < len(doc) and doc[end - 1].head.i >= end and doc[end].pos_ == "PROPN" and _capitalised(doc[end].text) \
            and doc[end].ent_type_ in ("", "PERSON") and doc[end].lower_ not in PLACE_NOUNS \
            and doc[end].lower_ not in ORGANISATION_NAME_ENDINGS and not doc[end].text.isupper() \
            and not is_honorific(doc[end]) and not _post_nominal(doc[end]):
        end += 1
    if end > name.end:
        start = name.start
        while start < end - 1 and is_honorific(doc[start]):
            start += 1  # (the name the recogniser gave only its honorific: 'Datuk | Seri | Amirul Hakim Rashid')
        return doc[start:end]
    if end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and doc[end + 1].pos_ == "PROPN" and _capitalised(doc[end + 1].text) \
            and doc[end + 1].ent_type_ in ("", "PERSON"):
        return doc[name.start : end + 2]
    if end + 2 < len(doc) and doc[end].text in ("-", "‐") and not doc[end].whitespace_ \
            and _second_syllable(doc[end + 1]) and doc[end + 2].pos_ == "PROPN" and _capitalised(doc[end + 2].text):
        whole = name_span_of(doc[end + 2])
        if whole.start == name.start:
            return whole
    return name


def _who_after(name: Span) -> bool:
    """', who' right after a name, or after a description set off by commas beside it ('Kennedy
    Were, the councillor for the ward, who said')."""
    doc = name.doc
    after = name.end + 1
    described = next((c for c in name.root.children if c.dep_ == "appos" and c.left_edge.i == after), None)
    if described is not None and described.right_edge.i + 2 < len(doc) and doc[described.right_edge.i + 1].text == ",":
        after = described.right_edge.i + 2
    return after < len(doc) and doc[after].lower_ == "who"


def _with_first_name_left_out(name: Span) -> Span:
    """'Senator Aminu | Garba Kolo': the recogniser can leave a person's first name with the title
    before it; a capitalised proper noun the parser hangs on the name, between it and a capitalised
    title or honorific or a lower-case noun, adjective or verb, is the name's."""
    doc, start = name.doc, name.start
    if start < 2:
        return name
    if start >= 3 and _given_name_syllable(doc[start - 1]) and doc[start - 2].text in ("-", "‐") \
            and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_ \
            and doc[start - 3].pos_ in ("PROPN", "NOUN") and _capitalised(doc[start - 3].text) \
            and not is_title_word(doc[start - 3]) \
            and doc[start - 3].ent_type_ in ("", "PERSON") and doc[start - 3].head.i in range(start - 2, name.end):
        return doc[start - 3 : name.end]  # ('Jae-won | Shin': both syllables of the given name left out)
    before, title = doc[start - 1], doc[start - 2]
    if before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper() and before.head.i in range(start, name.end) \
            and before.ent_type_ in ("", "PERSON") and not is_title_word(before) and not is_honorific(before) \
            and not party_label_words(doc, start) \
            and (title.text[:1].isupper() and (is_title_word(title) or is_honorific(title))
                 or title.is_lower and title.pos_ in ("NOUN", "ADJ", "VERB")  # ('Hungarian qualifier Eszter | Varga')
                 # (or opening its sentence, no title itself: 'Marta | Quintela does not', not 'Councilmembers')
                 or (title.is_space or before.is_sent_start) and not has_title_text(before.text)):
        return doc[start - 1 : name.end]
    return name


def _set_beside_a_clause_s_title(appos: Token) -> bool:
    """'The 22-year-old, who became first choice after an injury to the club’s captain and regular
    goalkeeper, Dean Holloway, revealed': a name right after a relative clause on the subject that ends
    in a title is that title's holder, not the subject's name."""
    noun = noun_closing_a_clause_before(appos)
    return noun is not None and (is_title_word(noun) or is_person_noun(noun))


def _with_surname_written_first(name: Span) -> Span:
    """'Minister ... for Culture, Community and Youth Goh | Pei Shan ... Ms Goh said': a surname
    written before the given name, left with the title before it, which the article gives alone
    after an honorific, is the name's."""
    doc = name.doc
    if len(name) != 2 or name.start == 0 or any(is_honorific(t) for t in name):
        return name
    before = doc[name.start - 1]
    if before.pos_ == "PROPN" and before.is_alpha and _capitalised(before.text) and not is_title_word(before) \
            and not is_honorific(before) and before.ent_type_ in ("", "PERSON", "ORG") \
            and _given_alone_after_honorific(before):
        return doc[name.start - 1 : name.end]
    return name


def _given_alone_after_honorific(word: Token) -> bool:
    """Whether the article writes this word elsewhere right after an honorific: 'Ms Goh'."""
    doc = word.doc
    return any(i != word.i and i > 0 and is_honorific(doc[i - 1]) and (i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN")
               for i in positions_of(word.text, doc))


def _with_given_name_after(doc: Doc, end: int) -> int:
    """The end of a name, past a romanised given name the recogniser left after it: 'Kenneth Lam | Ho-yin'."""
    if end + 2 < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ \
            and doc[end + 1].text in ("-", "‐") and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
            and EAST_ASIAN_GIVEN_NAME.match(doc[end : end + 3].text) and _second_syllable(doc[end + 2]):
        return end + 3
    return end


def _initial(token: Token) -> bool:
    """'K.' in 'K. Ravi Kumar'."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _rank_letters(token: Token) -> bool:
    """'CP' in 'CP Aminu Garba', 'SP' in 'SP Kehinde Ajiboye': capitals before a first name and a
    surname are a rank's initials (initials that are a first name stand before a surname alone)."""
    return token.is_alpha and token.text.isupper() and 2 <= len(token) <= 5


# The titles of those a court report calls 'Her Honour' or 'His Lordship' (``JUDICIAL_ADDRESS``).
JUDICIAL_TITLES = frozenset({"judge", "justice", "magistrate", "recorder", "coroner", "sheriff"})


def _judge_addressed_as(token: Token, people: People) -> Person | None:
    """'Her Honour said': the one judge the article names."""
    if token.lower_ not in JUDICIAL_ADDRESS or not any(c.lower_ in ("his", "her") for c in token.children):
        return None
    judges = [p for p in people.by_key.values()
              if any(word.strip(".").lower() in JUDICIAL_TITLES for role in p.titles for word in role.split())]
    return judges[0] if len(judges) == 1 else None


# Letters after a name that only a person has: counsel's rank, honours. (Not a member's seat, 'MP'
# or 'TD', which also stand as titles before a name: 'Sinn Féin TD Rose Conway'.)
PERSONAL_POST_NOMINALS = SENIOR_COUNSEL_LETTERS | frozenset({"MBE", "OBE", "CBE"})


def _person_of_a_body(ent: Span) -> Span | None:
    """'Marta Colombo' in an entity 'Marta Colombo of Capital Economics': two or three capitalised
    words before its 'of' that hang together and end as no body's name does ('Royal Bank of Canada',
    'Supreme Court of Canada', 'Museum of London'), with no 'the' before them."""
    doc = ent.doc
    of = next((t for t in ent[2:4] if t.lower_ == "of"), None)
    # (nor before a body's common noun, which a society's name has: 'Fraternal Order of Police Lodge 7')
    if of is None or of.i + 1 >= ent.end or ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
            or doc[of.i + 1].lower_ in INSTITUTION_NOUNS:
        return None
    name = doc[ent.start : of.i]
    last = name[-1]
    words = [t.lower_ for t in name]
    if of.head.i != last.i or not all(t.pos_ == "PROPN" and t.tag_ != "NNPS" and t.text[:1].isupper()
                                      and not t.text.isupper() and t.is_alpha for t in name) \
            or any(w in ORGANISATION_NAME_ENDINGS or w in INSTITUTION_NOUNS or w in BUILDING_WORDS
                   or w in PLACE_NAME_ENDINGS for w in words) \
            or any(is_title_word(t) or is_honorific(t) for t in name):
        return None
    return name


def _personal_post_nominal(token: Token) -> bool:
    return token.text.rstrip(".") in PERSONAL_POST_NOMINALS


def _post_nominal(token: Token) -> bool:
    letters = token.text.rstrip(".")
    if letters in ("Jr", "Sr", "II", "III", "IV"):
        return True
    # (not the letters ending a body's name the recogniser tagged whole: 'Lumen Health AI')
    if token.ent_type_ == "ORG" and token.ent_iob_ == "I" and not _personal_post_nominal(token):
        return False
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 4


def _named_after_party_label(ent: Span) -> Span | None:
    """The first name and surname after a party label inside one entity: 'Liberal | Anita Sidhu'."""
    words = party_label_opening(ent.doc, ent.start, ent.end)
    rest = ent.doc[ent.start + words : ent.end]
    if words and len(rest) in (2, 3) and all(t.pos_ == "PROPN" and _capitalised(t.text) and not t.text.isupper()
                                             for t in rest) \
            and not is_organisation_name(rest) and not any(is_title_word(t) for t in rest):
        return rest
    return None


def name_span_of(token: Token) -> Span:
    """The name around a proper-noun token: the entity, or its run of proper-noun compounds. (Worked
    out once per token: the article's rules ask for it tens of thousands of times.)"""
    spans = token.doc.user_data.setdefault(NAME_SPANS, {})
    if token.i not in spans:
        spans[token.i] = _name_span_of(token)
    return spans[token.i]


# Where a doc keeps the names worked out for its tokens while its quotes are attributed.
NAME_SPANS = "quotes.name_spans"
WORD_POSITIONS = "quotes.word_positions"


def positions_of(word: str, doc: Doc) -> list[int]:
    """Where a word (as written) stands in the doc, in order."""
    return _word_positions(doc).get(word, [])


def positions_in_any_case(lower: str, doc: Doc) -> list[int]:
    """Where a word stands in the doc written in any case ('railroad', 'Railroad', 'RAILROAD'), in order."""
    return sorted(i for text, found in _word_positions(doc).items() if text.lower() == lower for i in found)


def _word_positions(doc: Doc) -> dict[str, list[int]]:
    """Each word of the doc (as written) and where it stands. (Indexed once per doc: the rules look for
    earlier mentions of a name's words over and over.)"""
    index = doc.user_data.get(WORD_POSITIONS)
    if index is None:
        index = doc.user_data[WORD_POSITIONS] = {}
        for token in doc:
            index.setdefault(token.text, []).append(token.i)
    return index


def forget_name_spans(doc: Doc) -> None:
    """Drop the names kept for a doc's tokens (a span per token) and the index of its words, once its
    quotes are attributed: a batch of parsed articles would hold them until it is stored."""
    doc.user_data.pop(NAME_SPANS, None)
    doc.user_data.pop(WORD_POSITIONS, None)


def _name_span_of(token: Token) -> Span:
    doc = token.doc
    span = doc[token.i : token.i + 1]
    ent = entity_span(token)
    if ent is not None and ent.label_ == "PERSON":
        span = person_name(ent)
    start, end = span.start, span.end
    # (the rest of a hyphenated name first: the parser hangs the words before it on its last part)
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and (doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN"
                                              or _second_syllable(doc[end + 1])):
        end += 2
    end = _with_given_name_after(doc, end)
    # The entity recogniser sometimes leaves out a first name, or takes the person for an
    # organisation: take in proper-noun compounds, up to a title or an honorific, and the first
    # half of a hyphenated surname it cut off ('Mr Pryce-Howell', 'Isidore Nwankwo-Little').
    while start > 0 and not (_initial(doc[start]) and len(span) >= 3):
        before = doc[start - 1]
        # (a first name opening a phrase set off by a comma, whatever the recogniser tagged it: 'The
        # Taoiseach, Fergal Ó Dubhghaill,', 'the spokeswoman, Carolina Itzel | Ramírez Soto,')
        run = start - 1
        while run > 0 and start - run < 3 and doc[run - 1].pos_ == "PROPN" and doc[run - 1].text[:1].isupper():
            run -= 1
        set_off = run >= 1 and doc[run - 1].text == ","
        # (not the last word of a title's field: 'Minister for Sustainability and the Environment Grace Lim')
        # (nor the one word completing a capitalised title: 'Minister of State Goh Pei Shan')
        field = before.i >= 2 and doc[before.i - 1].lower_ == "the" \
            and doc[before.i - 2].lower_ in ("and", "&", "of", "for") \
            or before.i >= 2 and doc[before.i - 1].lower_ in ("of", "for") and doc[before.i - 2].text[:1].isupper() \
            and is_title_word(doc[before.i - 2]) \
            or before.i >= 4 and doc[before.i - 1].lower_ in ("and", "&") and doc[before.i - 2].text[:1].isupper() \
            and doc[before.i - 3].lower_ in ("of", "for") and doc[before.i - 4].text[:1].isupper() \
            and is_title_word(doc[before.i - 4]) \
            or before.i >= 3 and _portfolio_word(before) and doc[before.i - 2].lower_ in ("of", "for") \
            and doc[before.i - 1].text[:1].isupper() and is_title_word(doc[before.i - 3])
        # (or of two: 'Under Secretary for Industry and Security Dan Roe'; or a field's adjective and
        # noun: 'Under-Secretary-General for Humanitarian Affairs Kwame Asante-Boateng')
        # (or the name before a romanised given name: 'Kenneth Lam | Ho-yin')
        given_name_after = EAST_ASIAN_GIVEN_NAME.match(doc[start:end].text) is not None
        if before.pos_ == "PROPN" and (before.head.i in range(start, end) or given_name_after) \
                and before.text[:1].isupper() and not field \
                and not is_title_word(before) and not is_honorific(before) \
                and not (_rank_letters(before) and end - start >= 2) and not party_label_words(doc, start) \
                and (before.ent_type_ in ("", "PERSON", token.ent_type_) or set_off or _opened_by_title(before)
                     or _first_name_ending_a_title_entity(before)
                     # (no place compounds with a surname of two joined words: 'Marta | Szymańska-Keane')
                     or before.ent_type_ in ("GPE", "NORP", "LOC") and _joined_by_hyphen(doc[start:end])):
            start -= 1
        elif _foreign_name_word(before) and before.whitespace_ and doc[start].ent_type_ == "PERSON":
            start -= 1  # ('Nguyễn | Thị Thu Hà': the tagger took a surname it did not know for a verb)
        elif before.is_sent_start and before.dep_ == "compound" and before.head.i in range(start, end) \
                and before.tag_ in ("NN", "NNS") and before.text[:1].isupper() and before.ent_type_ == "" \
                and not is_person_noun(before) and not is_honorific(before):
            start -= 1  # ('Dolores Whitcombe, president of ...': a first name the tagger took for a plural)
        elif (opening := _nickname_before(doc, start)) is not None:
            start = opening - 1  # ('Hildegard "Hilde" Pospisil': a first name, then the name she goes by)
        elif before.text in LOWER_CASE_SURNAME_PARTICLES and _particle_inside_name(before):
            start -= 1  # ('Villanueva de la Torre', the recogniser's entity only 'de la Torre')
        elif start >= 3 and _second_syllable(before) and doc[start - 2].text in ("-", "‐") \
                and not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_ \
                and doc[start - 3].text[:1].isupper():
            start -= 3  # ('Raymond Lau Chi-keung SC': a given name's syllables before letters the recogniser kept)
        elif start >= 2 and before.text in ("-", "‐") and not before.whitespace_ \
                and not doc[start - 2].whitespace_ and (doc[start - 2].text[:1].isupper()
                                                        or doc[start - 2].lower_ in ("al", "el")):
            start -= 2
        else:
            break
    # (letters after the name, wherever the recogniser left them: 'Priya Raman SC')
    while end > start + 1 and _post_nominal(doc[end - 1]) and not doc[end - 2].text.isupper():
        end -= 1
    if ent is not None and ent.label_ == "ORG" and end == ent.end:
        end = _with_country_after(ent).end
    return doc[start:end]


def _with_country_after(body: Span) -> Span:
    """'Central Reserve Bank | of Peru': a body's name ending in an institution's noun, with the
    country or place it is of, which the recogniser cut off or left out."""
    doc, of = body.doc, body.end
    if body[-1].lower_ not in ORGANISATION_NAME_ENDINGS or of + 1 >= len(doc) or doc[of].lower_ != "of":
        return body
    end = of + 1
    while end < len(doc) and end - of <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and doc[end].ent_type_ in ("", "GPE", "LOC"):
        end += 1
    # (the place ends the name: not 'the Bank of Peru Street branch')
    if end == of + 1 or end < len(doc) and (doc[end].pos_ in ("PROPN", "NOUN") or doc[end].text in ("-", "’s", "'s")):
        return body
    return doc[body.start : end]


def _foreign_name_word(token: Token) -> bool:
    """A capitalised word with a letter English words do not have ('Nguyễn', 'Şahin', 'Đặng'),
    whatever the tagger made of it: a name's."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper() \
        and any(not c.isascii() for c in token.text) and token.pos_ != "PROPN"


def _joined_by_hyphen(name: Span) -> bool:
    """Whether the name is one word of parts joined by a hyphen with no space: 'Szymańska-Keane'."""
    return len(name) >= 3 and " " not in name.text and any(t.text in ("-", "‐") for t in name[1:-1])


def _nickname_before(doc: Doc, start: int) -> int | None:
    """Where the quote mark opens a nickname of one or two capitalised words that ends right before
    ``start``, between a first name and the surname: 'Robert "Bobby" Smith'. None if there is none."""
    if start < 4 or not doc[start - 1].is_quote:
        return None
    for opening in (start - 3, start - 4):
        words = doc[opening + 1 : start - 1]
        # (marks that hug the words: not a closing mark, then an opening one)
        if opening >= 1 and doc[opening].is_quote and not doc[opening].whitespace_ and not doc[start - 2].whitespace_ \
                and all(w.text[:1].isupper() and w.is_alpha for w in words) \
                and doc[opening - 1].text[:1].isupper() and doc[opening - 1].pos_ == "PROPN" \
                and not is_title_word(doc[opening - 1]) and not is_honorific(doc[opening - 1]):
            return opening
    return None


def nickname(name: Span) -> str | None:
    """The nickname a name carries in quote marks ('Hilde' in 'Hildegard "Hilde" Pospisil')."""
    marks = [t.i for t in name if t.is_quote]
    if len(marks) != 2 or marks[0] == name.start:
        return None
    return name.doc[marks[0] + 1 : marks[1]].text


def _second_syllable(token: Token) -> bool:
    """The lower-case second syllable of a romanised East Asian given name the tokenizer split at
    its hyphen: 'man' in 'Leung Sze-man', 'seo' in 'Kang Min-seo', 'ah' in 'Soo-ah', which the tagger
    can take for an interjection (not 'Kong-based')."""
    return token.is_alpha and token.is_lower and len(token) <= 5 \
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "INTJ") \
        and token.tag_ not in ("VBN", "VBG", "VBD") and token.lower_ != "elect"  # (not 'Mayor-elect')


# Participles that end a compound before a name ('Hong Kong-born Lee', 'Lagos-based Ade').
COMPOUND_PARTICIPLES = frozenset({"born", "based", "bred", "led", "run", "made", "owned", "backed", "raised",
                                  "grown", "built", "held", "known", "linked", "funded", "trained"})


def _given_name_syllable(token: Token) -> bool:
    """A given name's second syllable, whatever the tagger made of it ('won' in 'Jae-won'), unless it
    is a participle that ends a compound."""
    return _second_syllable(token) or token.is_alpha and token.is_lower and len(token) <= 5 \
        and token.tag_ in ("VBN", "VBD") and token.lower_ not in COMPOUND_PARTICIPLES


def _without_own_name(role: str | None, name: str) -> str | None:
    """A role never ends in the first words of its holder's name, however the parser split them:
    'Minister for Health Colm' before 'Colm Byrne'."""
    if not role:
        return role
    words, names = role.split(), name.lower().split()
    shared = next((k for k in range(min(len(words) - 1, len(names) - 1), 0, -1)
                   if [w.lower() for w in words[-k:]] == names[:k]), 0)
    return " ".join(words[:-shared]) if shared else role


def _opened_by_title(token: Token) -> bool:
    """Whether the entity a name word is in begins with a title or an honorific before it: the
    recogniser can take 'MPA Syeda Naheed' for an organisation and leave out the surname."""
    ent = entity_span(token)
    return ent is not None and ent.start < token.i and (is_title_word(ent[0]) or is_honorific(ent[0])) \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)


def _first_name_ending_a_title_entity(token: Token) -> bool:
    """'Transport and Community Safety MEC Zanele | Faith Ntuli': the recogniser can end a body's
    entity on the first name after the title it holds, or after the field of a title's 'for' or 'of'
    ('Secretary for | Transport and Logistics Alvin | Cheung Wing-hong')."""
    doc = token.doc
    ent = entity_span(token)
    if ent is None or ent.end != token.i + 1 or ent.start >= token.i - 1:
        return False
    field_of_title = ent.start >= 2 and doc[ent.start - 1].lower_ in ("for", "of") \
        and is_title_word(doc[ent.start - 2]) and doc[ent.start - 2].text[:1].isupper()
    return field_of_title or is_title_word(doc[token.i - 1]) and doc[token.i - 1].text[:1].isupper()


def _particle_inside_name(particle: Token) -> bool:
    """A surname particle after a capitalised name word ('Villanueva [de] [la] Torre')."""
    doc = particle.doc
    i = particle.i - 1
    while i >= 0 and doc[i].text in LOWER_CASE_SURNAME_PARTICLES and particle.i - i < 3:
        i -= 1
    return i >= 0 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not is_title_word(doc[i]) \
        and not is_honorific(doc[i])


@dataclass
class Resolved:
    speaker: Speaker | None
    mention: Span | None
    role: str | None = None
    via_pronoun: bool = False


def _person_speaking(people: People, name: Span, role: str | None = None) -> Resolved | None:
    """The person a name found for the speaker is, as who speaks there, with their role at that point."""
    person = people.add(name, role=role)
    if person is None:
        return None
    return Resolved(person.speaker(), name, person.role_at(name.start_char))


def _one_more_of_those(token: Token, people: People) -> Resolved | None:
    """'The latter said' is the second of the last two people named, 'the former' the first; 'The
    other said' or 'Another said', after 'one of the diplomats said', is the other diplomat."""
    if not one_more_of_those_before(token):
        return None
    doc, mention = token.doc, token.doc[token.left_edge.i : token.i + 1]
    start = people.window_start(token, 2)
    if token.lower_ in ("latter", "former"):
        last: dict[str, tuple[int, Person]] = {}
        for person in people.by_key.values():
            for m in person.mentions:
                if start <= m.span.start < token.i and not people.inside_quote(m.span.start_char):
                    last[person.key] = max(last.get(person.key, (-1, person)), (m.span.start, person),
                                           key=lambda found: found[0])
        two = sorted(last.values(), key=lambda found: found[0])[-2:]
        if len(two) < 2:
            return None
        person = two[1][1] if token.lower_ == "latter" else two[0][1]
        return Resolved(person.speaker(), mention, person.role_at(token.idx), via_pronoun=True)
    # (the noun of the last unnamed speaker before it: 'one of the diplomats', 'One governor')
    for verb in reversed(doc[start : token.i]):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if is_speech_verb(verb) else None
        # (past a pronoun for the last of them, and what quotes say: 'One said ... “...,” she said.
        # Another said')
        if subject is None or subject.i == token.i or subject.lower_ in PERSON_PRONOUNS \
                or people.inside_quote(verb.idx):
            continue
        if subject.lower_ in ("one", "some") or subject.pos_ == "NUM":
            subject = next((o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj"), None) \
                or _group_picked_from(subject, people) or subject  # ('Two midwives spoke. One said ... Another said')
        if subject.pos_ != "NOUN" or not is_person_noun(subject):
            return None
        noun = subject.lemma_.lower()
        name = f"{'another' if token.lower_ == 'another' else 'the other'} {noun}"
        return Resolved(Speaker(name, "anonymous"), mention, noun if is_title_word(subject) else None)
    return None


# Words that pick some of a group just spoken of, standing for them without a noun: 'Several said'.
PICKING_QUANTIFIERS = frozenset({"several", "many", "most", "some", "few", "both", "all", "one"})
# Pronouns for a group just spoken of, after a quantifier's 'of': 'one of them'.
GROUP_PRONOUNS = frozenset({"them", "those", "these"})


def _some_of_a_group(token: Token, people: People) -> Resolved | None:
    """'Of the 30 passengers interviewed, most said', 'A few hundred nurses remained. Several said',
    'Two senators say ... One of them says': a quantifier standing alone, or before 'of them', picks
    some of the people the nearest plural noun for people before it names, in its sentence or the one
    before; they are named as such ('several nurses', 'one of the senators'). The mention stays the
    quantifier's words."""
    doc = token.doc
    group = _group_picked_from(token, people)
    if group is None:
        return None
    phrase = noun_phrase(group)
    # (how many there were, or which, is not what they are: 'the two dozen', 'more than 60'; nor
    # what they did: 'trainees who left their hospitals')
    start = min((c.left_edge.i for c in group.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
                 and c.lower_ not in PICKING_QUANTIFIERS | GROUP_QUANTIFIERS), default=group.i)
    whose = {t.i for c in group.rights if c.dep_ == "prep" and c.lower_ in ("of", "to", "for") for t in c.subtree}
    kept = [t for t in phrase if t.i >= start and (t.i <= group.i or t.i in whose)]
    words = doc[kept[0].i : kept[-1].i + 1].text
    if kept[0].is_sent_start and kept[0].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in group.children)
    owned = any(c.dep_ == "poss" for c in group.children)
    quantifier = token.lower_
    if quantifier == "one" or token.pos_ == "NUM":
        name = f"{quantifier} of {words}" if owned else f"{quantifier} of the {words}"
    else:
        name = f"{quantifier} of {words}" if owned else f"{quantifier} of the {words}" if definite \
            else f"{quantifier} {words}"
    role = _role_of_a_group(phrase, group) if is_title_word(group) or _plural_title_word(group) else None
    if role is not None and quantifier == "one" and role.endswith(group.text):
        role = role[: len(role) - len(group.text)] + group.lemma_  # ('one of the diplomats' is a diplomat)
    mention = doc[token.i : max(token.right_edge.i, token.i) + 1]
    return Resolved(Speaker(name, "anonymous"), mention, role)


def _group_picked_from(token: Token, people: People) -> Token | None:
    """The plural noun for the people a quantifier standing alone picks some of (see
    ``_some_of_a_group``), if it is one."""
    doc = token.doc
    if token.lower_ not in PICKING_QUANTIFIERS and not (token.pos_ == "NUM" and token.like_num) \
            or token.pos_ not in ("PRON", "ADJ", "ADV", "NUM", "DET") or people.inside_quote(token.idx):
        return None
    of = [c for c in token.children if c.dep_ == "prep"]
    # (a clause on it says which of them: 'One, who qualified in 2013, said')
    if any(c.dep_ not in ("prep", "det", "advmod", "punct", "relcl") for c in token.children) or len(of) > 1 \
            or of and (of[0].lower_ != "of" or not any(o.dep_ == "pobj" and (o.lower_ in GROUP_PRONOUNS
                                                                            or of[0].i < token.i)
                                                      for o in of[0].children)):
        return None  # ('most of the residents' names them; 'One of them, Zahra,' is named)
    # (an 'of' set before it says of whom: 'Of the 30 passengers interviewed, most said')
    fronted = [o for c in of if c.i < token.i for o in c.children if o.dep_ == "pobj"]
    group = next((t for t in fronted + list(reversed(doc[people.window_start(token, 2) : token.i]))
                  if t.tag_ in ("NNS", "NNPS") and (t.pos_ == "NOUN" or is_title_word(t)) and is_person_noun(t)
                  and not people.inside_quote(t.idx)
                  and (t in fronted or _brought_in_as_people_spoken_of(t))), None)
    # (whose the named people are is part of them: 'Advisers to the company's lenders')
    while group is not None and group.dep_ == "pobj" and group.head.lower_ in ("of", "to", "for") \
            and group.head.head.tag_ in ("NNS", "NNPS") and is_person_noun(group.head.head):
        group = group.head.head
    return group


def _brought_in_as_people_spoken_of(noun: Token) -> bool:
    """'Two diplomats who attended said', 'Several nurses remained', 'None of the protesters had',
    'In interviews with dozens of evacuees', 'according to two participants', 'Of the 30 tenants
    interviewed': a plural noun the narrative makes its subject, or the people it talked to, not one
    inside what someone reported."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("nsubj", "nsubjpass"):
        noun, head = head.head, head.head.head  # ('Most of the 9,000 trainees have not returned')
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return (head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT" or is_speech_verb(head)) \
            and not _in_reported_clause(noun)
    # (or opening the sentence with 'Of', whatever the parser hung it on: 'Of the 30 tenants interviewed, most')
    return noun.dep_ == "pobj" and (head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"
                                    or head.lower_ == "with" and head.head.lemma_.lower() in CONVERSATION_NOUNS
                                    or head.lower_ == "of" and head.is_sent_start)


# Nouns for talking with people, whose 'with' names those talked to: 'in interviews with residents'.
CONVERSATION_NOUNS = frozenset({"interview", "conversation", "talk", "discussion", "survey"})


def resolve_speaker(token: Token, people: People) -> Resolved:
    doc = token.doc
    if token.i >= 2 and _second_syllable(token) and doc[token.i - 1].text in ("-", "‐") \
            and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_ \
            and doc[token.i - 2].pos_ == "PROPN" and _capitalised(doc[token.i - 2].text):
        token = doc[token.i - 2]  # ('Leung Sze-man told ...': the parser's subject is the name's last syllable)
    bench = _judge_addressed_as(token, people)
    if bench is not None:
        return Resolved(bench.speaker(), doc[token.left_edge.i : token.i + 1], bench.role_at(token.idx),
                        via_pronoun=True)
    if token.i >= 2 and _personal_post_nominal(token) \
            and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 2].pos_ == "PROPN" \
            and _capitalised(doc[token.i - 1].text) and not doc[token.i - 1].text.isupper():
        token = doc[token.i - 1]  # ('Alexandra Pryce KC told jurors': the subject is the letters after the name)
    lower = token.lower_
    handle = _handle_of(token)
    if handle is not None:
        # ('one user, @kestrel_ops, wrote', 'a programmer who posts as @tinkerbyte': the handle names them)
        phrase = doc[token.left_edge.i : token.i + 1]
        described = token.pos_ == "NOUN" and handle.start > token.i
        return Resolved(Speaker(handle.text, "person"), handle, clean_role(list(phrase)) if described else None)
    if token.text == "He" and token.i > 0 and is_honorific(doc[token.i - 1]):
        # ('Ministry spokeswoman He Yaqin ... Ms He said': a family name, not the pronoun)
        named = [p for p in people.by_key.values() if "he" in p.first_names or p.key == "he"]
        if len(named) == 1:
            return Resolved(named[0].speaker(), doc[token.i : token.i + 1], named[0].role_at(token.idx))
    couple = _couple_named_before(token, people)
    if couple is not None:
        # ('Jamie and Laura Pritchard, both 36, ... The couple say ...': the two the article named)
        return Resolved(Speaker(couple.text, "person"), doc[token.left_edge.i : token.i + 1], via_pronoun=True)
    if is_relative(token):
        # 'Novak, who said ...': the speaker is the antecedent, the mention the relative pronoun.
        resolved = resolve_speaker(antecedent_of_relative(token), people)
        return Resolved(resolved.speaker, doc[token.i : token.i + 1], resolved.role)
    one_more = _one_more_of_those(token, people) or _some_of_a_group(token, people)
    if one_more is not None:
        return one_more
    beside = _person_after_a_place(token)
    if beside is not None:
        return resolve_speaker(beside, people)
    body = name_opened_by_plural_possessive(token) or name_with_infinitive(token)
    if body is not None:  # ('The Riders' Assembly said', 'The Freedom to Read Coalition said': no title before a name)
        return Resolved(Speaker(body.text, "organization"), body)
    called = _name_it_calls_itself(token)
    if called is not None:  # ('One of the factions, which calls itself the "Amazon Bloc", said')
        return Resolved(Speaker(called.text, "organization"), called)
    ending = _name_ending_subject(token, people)
    if ending is not None:
        title = clean_role(list(doc[token.left_edge.i : ending.start]))
        person = people.add(ending, role=title)
        if person is not None:
            # (the whole phrase, where the parse gave the name only its end: 'First Nations relations')
            mention = next(m for m in person.mentions if m.span.start == ending.start)
            mention.subject = True  # (whatever the parse made of the name, it is who speaks)
            if title and (mention.role is None or title.endswith(mention.role)):
                mention.role = title
            return Resolved(person.speaker(), ending, person.role_at(ending.start_char))
    # ('Sinn Féin TD for Mayo Rose Conway said': a subject title's 'for' phrase ends in the name, which
    # speaks before any reading of the title itself)
    title_of = name_in_title_of_phrase(token)
    if title_of is not None and token.dep_ in ("nsubj", "nsubjpass") and title_of.start > token.i:
        resolved = _person_speaking(people, title_of, role=title_before_name(token, title_of))
        if resolved is not None:
            return resolved
    author = _author_by_pronoun(token, people)
    if author is not None:
        return author
    # (a surname the tagger took for a pronoun, of someone the article names: '“...,” Ip said')
    if token.tag_ == "PRP" and lower not in PRONOUN_WORDS and _capitalised(token.text) \
            and name_key(token.text) in people.by_key:
        resolved = _person_speaking(people, doc[token.i : token.i + 1])
        if resolved is not None:
            return resolved
    # (a body's initials the tagger took for a pronoun are its name: 'WHO warns')
    if (token.pos_ == "PRON" or lower in PERSON_PRONOUNS) and not is_initials(token):
        mention = doc[token.i : token.i + 1]
        if lower in PERSON_PRONOUNS:
            found = people.antecedent(token)
            # Someone described rather than named, as the nearer subject ('A woman who works nearby
            # said ... “...,” she said'), or with nobody named before ('The witness ... She told ...').
            described = described_subject_before(token, people)
            # (a subject before a name in its paragraph that is not one: 'The Duchess, in a dress by
            # designer Bea Roe, joined the band. “...,” she laughed' is the Duchess)
            outranked = described is not None and found is not None and not found[1].subject \
                and _same_paragraph(people.text, described.idx, found[1].span.start_char)
            if described is not None and (found is None or found[1].span.start < described.i or outranked):
                resolved = resolve_speaker(described, people)
                # (from the paragraph before, a description that names nobody gives way to a person
                # named, unless that person was named only before the description's own paragraph and
                # without its title; a title an organisation holds, 'The landlord, Fenwick Holdings',
                # is not 'she')
                organisation = resolved.speaker is not None and resolved.speaker.kind == "organization"
                named_further_back = found is not None and not _titled_as(found[0], described) \
                    and not _same_paragraph(people.text, found[1].span.start_char, described.idx)
                if not organisation and (found is None or _same_paragraph(people.text, described.idx, token.idx)
                                         or people.is_named(resolved.speaker) or named_further_back or outranked):
                    return Resolved(resolved.speaker, mention, resolved.role, via_pronoun=True)
            if found is None:
                return Resolved(None, mention)
            person, _ = found
            return Resolved(person.speaker(), mention, person.role_at(token.idx), via_pronoun=True)
        if lower in ("they", "it"):
            group = people.group_antecedent(token)
            # ('Jamie Kimura, a tenant organizer, disputed that. They noted ...': with no group named
            # near, a person with no gender given, the subject of the sentence right before)
            single = _one_person_they_follow(token, people) if lower == "they" and group is None else None
            if single is not None:
                return Resolved(single.speaker(), mention, single.role_at(token.idx), via_pronoun=True)
            # (or one unnamed source: 'Another person familiar with the decision put it more bluntly.
            # “...,” they said'; the subject of the sentence right before, ahead of any group named
            # before it or inside what it said: 'A senior figure at one of the train companies said
            # operators had not been consulted. “...,” they said')
            source = _one_unnamed_source_they_follow(token, people) if lower == "they" else None
            if source is not None and (group is None or group.i < sentence_bounds(token)[0]):
                resolved = resolve_speaker(source, people)
                return Resolved(resolved.speaker, mention, resolved.role, via_pronoun=True)
            if group is not None:
                resolved = resolve_speaker(group, people)
                return Resolved(resolved.speaker, mention, resolved.role, via_pronoun=True)
        if lower in INDEFINITE_PRONOUNS:
            # "Some say ...", "those close to him say ...": unnamed sources, named by their phrase.
            phrase = doc[token.left_edge.i : token.right_edge.i + 1] if token.right_edge.i - token.i < 8 else mention
            return Resolved(Speaker(phrase.text, "anonymous"), phrase)
        return Resolved(None, mention)

    kin = _kin_of_the_same_surname(token, people)
    if kin is not None:  # ('Ruth and Harlan Abernathy ... Her husband, 71, remembers it differently')
        return Resolved(kin.speaker(), doc[token.left_edge.i : token.i + 1], kin.role_at(token.idx), via_pronoun=True)
    # (not one the article names right there: 'The 24-year-old’s agent, Farida Roe, confirmed')
    named_beside = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                       and not _set_beside_a_clause_s_title(c) for c in token.children)
    # (nor a body named right after its noun: 'The campaign group Safer Streets Kilmore said')
    # (or set off after it: 'The company behind the proposal, Pūtake Springs Ltd, said')
    named_after = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i and (
        c.left_edge.i == token.i + 1 or doc[c.left_edge.i - 1].text == ",") for c in token.children)
    if _described_as_someone_just_named(token) and not named_beside \
            or token.tag_ == "NN" and not named_after and (
                token.lemma_.lower() in ORGANISATION_ANAPHORS | NAMED_BODY_NOUNS
                or _body_named_ending_in(token, people) is not None):
        # 'The 34-year-old said', 'the company said': someone the article named just before.
        resolved = _epithet_antecedent(token, people)
        if resolved is not None:
            if resolved.speaker is not None and resolved.speaker.kind == "organization" \
                    and name_key(resolved.speaker.name) not in people.by_key:
                people.bodies_called.append((token.lemma_.lower(), token.idx, resolved.speaker.name))
            return resolved

    # ('the Municipal Chief Executive (MCE) for Asankrabo, Mr Yaw Darko-Mensah, has said'; and a title
    # the recogniser took for a name, which its article shows is none: 'The state Returning Officer,
    # Prof. Emmanuel Adeleke, said')
    title_read_as_name = token.ent_type_ == "PERSON" and is_title_word(token) and _after_an_article(entity_span(token))
    named = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > token.i), None) \
        if token.text in people.title_acronyms or title_read_as_name else None
    if named is not None:
        return resolve_speaker(named, people)
    if _rank_letters(token) and token.i > 0 and doc[token.i - 1].lower_ == "the" and token.dep_ != "compound":
        match = _unique_holder_of_initials(token.text, people)
        if match is not None:  # 'the DG' after 'the agency's Director-General, Dr. Folake Ajayi'
            return Resolved(match.speaker(), doc[token.i - 1 : token.i + 1], match.role_at(token.idx))

    titled = _name_after_title_and_place(token)
    if titled is not None:
        named, title = titled
        resolved = _person_speaking(people, named, role=title)
        if resolved is not None:
            return resolved
    named = _person_set_off_after_description(token)
    if named is not None:
        resolved = _person_speaking(people, named)
        if resolved is not None:
            return resolved
    named = _name_closing_a_title(token)
    if named is not None:
        resolved = _person_speaking(people, named, role=_title_before_comma(token, named))
        if resolved is not None:
            return resolved
    bracketed = _name_after_bracketed_title(token)
    if bracketed is not None:  # ('said deputy commissioner of police (traffic, west) Amol Shinde')
        resolved = _person_speaking(people, *bracketed)
        if resolved is not None:
            return resolved

    # (the couple the parser joined to the noun before them as a second subject: 'Tomasz’s parents,
    # Marek and Joanna Roe, said')
    joined = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                   and doc[c.i - 1].text == ","), None) if token.tag_ == "NNS" else None
    couple = _couple_sharing_a_surname(joined if joined is not None else token)
    if couple is not None:
        # ('Rhys's parents, Gareth and Eirlys Prosser, said': both speak, under the one surname)
        if joined is not None:
            head = joined.head
        else:
            head = token.head if token.dep_ == "appos" and token.head.pos_ == "NOUN" else None
        role = clean_role(list(doc[head.left_edge.i : head.i + 1])) if head is not None else None
        return Resolved(Speaker(couple.text, "person"), couple, role)
    pair = people.pair_named(token)
    if pair is not None:  # ('Hartmann and Brenner said': both speak, by the fullest names the article gives)
        words, one, two = pair
        return Resolved(Speaker(f"{one.name} and {two.name}", "person"), words)
    second = _name_after_second_title(token)
    if second is not None:  # ('Opposition MLA and former minister Hemant Sharma called ...': one person)
        resolved = _person_speaking(people, second)
        if resolved is not None:
            return resolved
    body = name_joined_before(token)
    if body is not None:  # ('The Ethics and Anti-Corruption Commission (EACC) said')
        return Resolved(Speaker(body.text, "organization"), body)
    if is_demonym(token) and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        # ('... said the Briton', whatever the recogniser tagged it: the person just named, as 'the
        # Croatian' is)
        phrase = noun_phrase(token)
        described = _person_described_before(token, phrase, people)
        if described is not None:
            return Resolved(described.speaker(), phrase, described.role_at(token.idx), via_pronoun=True)
        return Resolved(Speaker(_strip_determiner(phrase), "anonymous"), phrase)
    # (a person's surname opening a body's name is the body: 'Marlowe & Finch Productions said', after
    # 'the producers, Harriet Marlowe and Simeon Finch')
    body_named = entity_span(token)
    if body_named is not None and body_named.label_ == "ORG" and is_organisation_name(body_named) \
            and body_named.end > name_span_of(token).end:
        return Resolved(Speaker(body_named.text, "organization"), body_named)
    # (so is a place joined by 'and' to the rest of a body's name: 'Devon and Cornwall Police said')
    if token.pos_ == "PROPN" and len(name_span_of(token)) == 1 and token.i + 2 < len(doc) \
            and doc[token.i + 1].lower_ == "and" and not people.is_named_in_full(token):
        rest = next((name_span_of(c) for c in token.children if c.dep_ == "conj"), None)
        if rest is not None and rest.start == token.i + 2 and is_organisation_name(rest):
            whole = doc[token.i : rest.end]
            return Resolved(Speaker(whole.text, "organization"), whole)
    if _is_person_token(token, people):
        name = name_span_of(token)
        resolved = _person_speaking(people, name)
        if resolved is not None:
            return resolved

    given = _name_given(token) if token.pos_ == "NOUN" else None
    if given is not None and any(t.dep_ == "cc" for t in given):
        # ('Two sisters, who gave their names as Rosa and Itzel, said': the two together, each of whom
        # can still speak alone)
        # (their noun without the count of them: 'sisters')
        words = [t for t in doc[token.left_edge.i : token.i + 1] if not (t.like_num or t.dep_ == "det")]
        return Resolved(Speaker(given.text, "person"), given, clean_role(words))
    if given is not None:  # 'Another protester, who gave his name as Abu Yazan, said'
        resolved = _person_speaking(people, given, role=clean_role(list(doc[token.left_edge.i : token.i + 1])))
        if resolved is not None:
            return resolved

    # ('The National Prosecuting Authority (NPA) regional spokesperson Tsholofelo Mokwena said': the
    # parser can set the body, its short form, the title and the name side by side)
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i > token.i:
            title = doc[name_span_of(child).start - 1]
            if title.dep_ == "appos" and title.head.i == token.i and is_title_word(title) and title.pos_ == "NOUN":
                return resolve_speaker(child, people)
        # (or the name set beside the title: '... (NPA) regional spokesperson | Boitumelo Moloi')
        if child.dep_ == "appos" and child.i > token.i and is_title_word(child) and child.pos_ == "NOUN" \
                and child.i + 1 < len(doc) and doc[child.i + 1].ent_type_ == "PERSON" \
                and any(c.text == "(" for c in token.children):
            named = next((g for g in child.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"), None)
            if named is not None:
                return resolve_speaker(named, people)
    # ('Lumenhalt’s lead investor, the Berlin fund Kestrel Ridge Partners, said': a body's name right
    # after a noun for no person, set beside the subject, is who speaks)
    body = next((g for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token.i
                 and not is_person_noun(c)
                 for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"
                 and name_span_of(g).start == c.i + 1
                 and (g.ent_type_ == "ORG" or is_organisation_name(name_span_of(g)))), None) \
        if token.pos_ == "NOUN" else None
    if body is not None:
        named = with_branch_number(name_span_of(body))
        return Resolved(Speaker(named.text, "organization"), named,
                        clean_role(list(doc[token.left_edge.i : token.i + 1])))
    # A title noun with a name in apposition: "Russian presidential aide, Vladimir Medinsky, said".
    for child in token.children:
        if child.text in people.title_acronyms:
            continue  # ('Local Government Chairman (LGC)': the title's own short form names nobody)
        # (nor, for a person, a body's short form in brackets: 'Vice-Chancellor of the Akwadum University
        # of Science and Technology (AUST)')
        bracketed_after = 0 < child.i < len(doc) - 1 and doc[child.i - 1].text == "(" and doc[child.i + 1].text == ")"
        bracketed = is_title_word(token) and bracketed_after
        # ('the state Police Public Relations Officer, SP Kehinde Ajiboye-Lawal,': the parser can hang
        # the title, with the name beside it, on a word before it)
        # (or on a noun for a person, when the title runs straight into the name: 'Her fellow pundit,
        # former Lions wicketkeeper Gareth "Sparky" Dunne, was more sympathetic')
        named_title = next((g for g in child.children if g.dep_ == "appos" and g.ent_type_ == "PERSON"
                            and (not is_person_noun(token) or name_span_of(g).start == child.i + 1)), None) \
            if child.dep_ == "appos" and is_title_word(child) else None
        # (or named as the one the title goes by: 'The buyer, a retired teacher named Ann Roe, said')
        if named_title is None and child.dep_ == "appos" and child.i > token.i and is_person_noun(child):
            named_title = next((g for a in child.children if a.dep_ == "acl" for g in a.children
                                if g.ent_type_ == "PERSON" and noun_named_as(g) == child), None)
        if named_title is not None:
            return resolve_speaker(named_title, people)
        # (or any the recogniser calls one, set beside a noun for no person: 'Her label, Meridian Records,')
        # (not a body's own name: 'The House Majority Fund, a super PAC aligned with ..., said')
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not (token.pos_ == "PROPN" and bracketed_after) \
                and not (token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "FAC") and child.i > token.i + 1
                         and doc[child.left_edge.i].pos_ == "DET") and (
                is_organisation_name(name := name_span_of(child)) or _described_as_business(child)
                or child.ent_type_ == "ORG" and (len(name) == 1 or not is_person_noun(token)) and not is_title_word(token)
                and token.lemma_.lower() not in GENDERED_NOUNS and name_key(name.text) not in people.by_key):
            # ('Her label, Meridian Records, said': the noun says what the body is)
            role = clean_role(list(doc[token.left_edge.i : token.i + 1])) if token.pos_ == "NOUN" else None
            # (with a branch's number: 'The union for county workers, AFSCME Council 17, said')
            name = with_branch_number(name)
            return Resolved(Speaker(name.text, "organization"), name, role)  # 'The landlord, Fenwick Holdings, said
        # ('Union delegate Mere Tawhiri says': the parser can take the title for a verb and the name
        # right after it for its object)
        # (or past the title's own number: 'The former world No. 3 Hannah Whitcombe wrote')
        number = token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "nummod" and doc[token.i + 1].head == token
        adjacent = child.dep_ in ("dobj", "npadvmod", "nmod") and child.left_edge.i == token.i + 1 + number \
            and is_title_word(token) and child.ent_type_ == "PERSON"
        # (a title's, or a relative's: "Rourke's daughter, Casey Rourke Vance, said", whatever the
        # recogniser made of the name)
        # (a title set beside the noun is no name: '... officials, Director General of Police (DGP) X')
        if is_title_word(child) and child.ent_type_ != "PERSON" and not _is_person_token(child, people):
            continue
        if (child.dep_ == "appos" and not bracketed and not _set_beside_a_clause_s_title(child) or adjacent) and (
                _is_person_token(child, people) or (is_title_word(token) or token.lemma_.lower() in GENDERED_NOUNS)
                and child.pos_ == "PROPN"
                and (child.ent_type_ not in ("GPE", "LOC", "NORP") or token.lemma_.lower() in GENDERED_NOUNS)
                and not is_organisation_name(name_span_of(child))):
            couple = _couple_sharing_a_surname(child)
            if couple is not None:  # ('Rhys's parents, Gareth and Eirlys Prosser, said': both speak)
                return Resolved(Speaker(couple.text, "person"), couple,
                                clean_role(list(doc[token.left_edge.i : token.i + 1])))
            name = name_span_of(child)
            described = adjacent or token.lemma_.lower() in GENDERED_NOUNS
            title = clean_role(list(doc[token.left_edge.i : token.i + 1])) if described else None
            resolved = _person_speaking(people, name, role=title)
            if resolved is not None:
                return resolved

    if title_of is not None:
        resolved = _person_speaking(people, title_of, role=title_before_name(token, title_of))
        if resolved is not None:
            return resolved

    description = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if token.pos_ == "NUM" and description is not None:
        return resolve_speaker(description, people)  # 'one of them, a ward sister, told me'
    phrase = noun_phrase(token)
    if token.pos_ == "NUM" and token.right_edge.i - token.i < 8:
        phrase = doc[token.i : token.right_edge.i + 1]  # "two of the senators": the number needs its phrase
    source = _source_of_document(token)
    if source is not None:  # "a statement from the White House said ..."
        return resolve_speaker(source, people)
    issuer = _issuer_of_earlier_document(token) or _filer_of_earlier_lawsuit(token)
    if issuer is not None:  # "In a statement, the ministry said ... “...,” the statement said."
        resolved = resolve_speaker(issuer, people)
        if resolved.speaker is not None:
            return Resolved(resolved.speaker, phrase, resolved.role, via_pronoun=True)
    # (a capitalised title too: 'the Chief Press Secretary to the Governor, X,')
    named = _name_after_comma(phrase, people, is_title_word(token)) if (
        token.pos_ == "NOUN" or token.pos_ == "PROPN" and is_title_word(token)) \
        and token.lemma_.lower() not in INSTITUTION_NOUNS else None
    if named is not None:
        # (a relative clause the name comes after is part of what it says: 'Counsel for the families
        # of the two people who died, X,')
        if phrase.end < named.start - 1 and doc[phrase.end].tag_ in ("WP", "WDT") and doc[named.start - 1].text == ",":
            phrase = doc[phrase.start : named.start - 1]
        # (a description keeps what it says of the person, not where: 'trader' at the market)
        resolved = _person_speaking(people, named, role=clean_role(list(phrase))
                                    if is_title_word(token) and token.lemma_.lower() not in LAY_PERSON_NOUNS
                                    else role_with_employer_apart(list(phrase), token))
        if resolved is not None:
            return resolved
    if token.pos_ == "PROPN" and phrase[0].pos_ == "NOUN" and _described_as_business(token):
        # ('Streaming service Tessera+ said': the description before a body's name is no part of it)
        first = next((t.i for t in phrase if t.pos_ == "PROPN"), token.i)
        phrase = doc[first : phrase.end]
    if token.pos_ == "PROPN" and phrase.end == token.i + 1:
        phrase = _with_country_after(phrase)
    text = _strip_determiner(phrase)
    if (token.tag_ in ("NN", "NNP") and is_title_word(token) or token.text in people.title_acronyms) \
            and not _has_name(phrase):
        match = _unique_person_with_title(token, people)
        if match is not None:
            return Resolved(match.speaker(), phrase, match.role_at(token.idx))
    described = _person_described_before(token, phrase, people)
    if described is not None:
        role = clean_role(list(phrase)) if is_title_word(token) and not _in_the_team_post(described, token) else None
        people.describe(described, phrase, role)
        return Resolved(described.speaker(), phrase, role or described.role_at(token.idx), via_pronoun=True)
    source = _unnamed_source_before(token, people)
    if source is not None:
        # ('A Western security official, speaking on condition of anonymity, said ... “...,” the official
        # said': the unnamed source the article brought in with 'a', taken up again with 'the')
        resolved = resolve_speaker(source, people)
        if resolved.speaker is not None and resolved.speaker.kind == "anonymous":
            return Resolved(resolved.speaker, phrase, resolved.role, via_pronoun=True)
    if is_title_word(token) and token.tag_ in ("NN", "NNP") and (
            any(c.lower_ == "the" for c in token.children) or len(phrase) == 1):
        kind = "person"  # "the president said", "PM says": one person, known by title, whose name is not given
    else:
        kind = "organization" if _is_organization(token, phrase) else "anonymous"
    # 'the minister', 'a spokesperson for the mine': unnamed, but the title is still their role.
    role = role_with_employer_apart(_without_which(phrase, token), token, named_elsewhere=True) \
        if is_title_word(token) and token.tag_ in ("NN", "NNP") else None
    # (a lay word is a role in lower case, or opening the sentence: 'Residents said')
    if (token.tag_ == "NNS" or _plural_title_word(token)) and kind == "anonymous" and (
            is_title_word(token) or _plural_title_word(token)
            or token.is_sent_start and token.lemma_.lower() in LAY_PERSON_NOUNS):
        role = _role_of_a_group(phrase, token)
    # ('A senior government source said', 'a council staffer said': what one unnamed source is, as the
    # words before the noun tell it, is their role, whatever the noun)
    # ('a second official, a senior officer in the air force who ..., said': what an unnamed source is
    # set off as right after it is their role)
    set_off = _role_set_off_after(token) if kind == "anonymous" else None
    if set_off is not None:
        role = set_off
    if role is None and kind == "anonymous" and token.tag_ == "NN" \
            and (is_person_noun(token) or is_lay_person(token) or token.lemma_.lower() == "source") \
            and any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i for c in token.children):
        role = _role_of_a_group(phrase, token)
    # ("Dr Haddad's mother said": whose relative they are is what they are)
    if role is None and kind == "anonymous" and is_relative_noun(token) \
            and any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in token.children):
        role = clean_role([t for t in phrase if t.i <= token.i])
    if kind == "organization":
        text = _name_without_descriptor(phrase, text)
        title = _spokesperson_read_into_name(token)
        if role is None and title is not None:
            role = Role(title.text, doc[token.left_edge.i : title.i + 1].text)
    return Resolved(Speaker(text, kind), phrase, role)


def _spokesperson_read_into_name(token: Token) -> Token | None:
    """'A Department of Health and Social Care spokesperson said': the parser can make the title the
    object of the name's 'of' and the name the subject. The body speaks, through the title at the
    phrase's end, which an 'a' before a body's name betrays."""
    last = token.doc[token.right_edge.i]
    if last.lower_ in SPEAKING_FOR_TITLES and last.dep_ == "pobj" and last.i > token.i \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return last
    return None


# Nouns after a body's name that only say what kind of body it is.
KIND_AFTER_A_NAME = frozenset({"union", "party", "group", "charity", "coalition", "organisation", "organization",
                               "association", "federation", "alliance", "movement", "company", "firm", "network"})


def _name_without_descriptor(phrase: Span, text: str) -> str:
    """A body's name without the common noun after it that says what kind of body it is: 'the
    United Hospital Workers union' is the United Hospital Workers. (Not a noun that completes the
    name: 'the Kessler administration', 'the Clearwater police', 'the Jones family'.)"""
    last = phrase[-1]
    if len(phrase) > 1 and last.text in KIND_AFTER_A_NAME and phrase[-2].pos_ == "PROPN" \
            and all(t.ent_type_ == "ORG" for t in phrase[:-1] if t.lower_ != "the") and text.endswith(" " + last.text):
        return text[: -len(last.text) - 1]
    return text


GROUP_QUANTIFIERS = frozenset({"many", "several", "numerous", "multiple", "various", "other", "more", "fewer"})


def _without_which(phrase: Span, head: Token) -> list[Token]:
    """An unnamed source's words less the participle or clause saying which of them spoke: 'a banker
    advising on the sale' is a banker."""
    which = {t.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i for t in c.subtree}
    return [t for t in phrase if t.i not in which]


def _unnamed_source_before(token: Token, people: People) -> Token | None:
    """For 'the official' (a person's noun with 'the' and nothing else), the nearest earlier 'an
    official' of the same noun outside quotes who spoke, when the article names nobody so titled."""
    if token.tag_ != "NN" or not (is_title_word(token) or is_person_noun(token)) \
            or [c.lower_ for c in token.children] != ["the"]:
        return None
    lemma = token.lemma_.lower()
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lemma_.lower() == lemma and earlier.tag_ == "NN" and not people.inside_quote(earlier.idx):
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in earlier.children):
                return None
            # (a source: who spoke, not someone the report was about, 'A woman was hurt ...')
            spoke = any(is_speech_verb(verb) and subject_of(verb) == earlier
                        for verb in token.doc[earlier.i + 1 : sentence_bounds(earlier)[1]])
            return earlier if spoke and not _has_name(noun_phrase(earlier)) else None
    return None


def _one_person_they_follow(pronoun: Token, people: People) -> Person | None:
    """A 'they' opening a sentence right after one whose subject is a person the article has given no
    gender, with no group or body named there outside that subject's own phrase: the person, who
    goes by 'they'."""
    doc = pronoun.doc
    start = sentence_bounds(pronoun)[0]
    if pronoun.dep_ != "nsubj" or pronoun.i != start or start == 0:
        return None
    before = doc[sentence_bounds(doc[start - 1])[0] : start]
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.pos_ != "PROPN" or people.inside_quote(subject.idx) \
            or "\n" in doc[subject.i : pronoun.i].text:
        return None
    person = people.by_key.get(name_key(subject.text))
    if person is None or person.gender is not None or _others_named_beside(subject, before, ("ORG", "NORP")):
        return None
    return person


def _others_named_beside(subject: Token, sentence: Span, kinds: tuple[str, ...],
                         skip: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether the sentence names a group, or an entity of these kinds, outside the subject's own phrase
    (and the words in ``skip``)."""
    own = {t.i for t in subject.subtree}
    return any((t.tag_ in ("NNS", "NNPS") or t.ent_type_ in kinds) and t.i not in own and t.i not in skip
               for t in sentence)


# Nouns for a source no title names: 'a person familiar with the talks'.
UNNAMED_SOURCE_NOUNS = frozenset({"person", "source", "individual", "figure"})  # ('a senior figure at the club')


def _one_unnamed_source_they_follow(pronoun: Token, people: People) -> Token | None:
    """'Another person familiar with the decision put it more bluntly. “...,” they said': a 'they'
    with no group before it, after a sentence whose subject is one person no name is given for
    ('a', 'another' or 'one', and a noun for a person or a source), the only people or bodies named
    there."""
    doc = pronoun.doc
    start = sentence_bounds(pronoun)[0]
    while start > 0 and (doc[start - 1].is_space or doc[start - 1].is_punct):
        start -= 1  # (past the quote the cue follows, to the sentence before it)
    at = start
    while at > 0 and people.inside_quote(doc[at - 1].idx):
        at -= 1
    if at == 0:
        return None
    before = doc[sentence_bounds(doc[at - 1])[0] : at]
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    # (or 'the' one the text says it does not name: 'The member of staff, who asked not to be named,')
    if subject is None or subject.tag_ != "NN" or people.inside_quote(subject.idx) or subject.ent_type_ \
            or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                       or c.dep_ == "det" and c.lower_ == "the" and _unnamed_on_purpose(subject)
                       for c in subject.children) \
            or not (subject.lemma_.lower() in UNNAMED_SOURCE_NOUNS or is_person_noun(subject)) \
            or "\n\n" in doc[subject.i : pronoun.i].text:
        return None
    # (others named in what the source said are not who goes on speaking: 'A senior figure at one of the
    # train companies said operators had not been consulted. “...,” they said')
    reported = [c for c in subject.head.children if c.dep_ in ("ccomp", "xcomp") and is_speech_verb(subject.head)]
    said = {t.i for c in reported for t in c.subtree}
    if _others_named_beside(subject, before, ("ORG", "NORP", "PERSON"), skip=said):
        return None
    return subject


def _role_set_off_after(token: Token) -> str | None:
    """The title or person's noun set off by a comma right after an unnamed source, without what a
    clause on it says ('who asked not to be identified')."""
    doc = token.doc
    beside = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN"
                   and doc[c.left_edge.i - 1].text == "," and (is_title_word(c) or is_person_noun(c))), None)
    if beside is None:
        return None
    clauses = {t.i for w in beside.subtree if w.dep_ in ("relcl", "acl") and w.i > beside.i for t in w.subtree}
    return clean_role([t for t in beside.subtree if t.i not in clauses]) or None


def _role_of_a_group(phrase: Span, head: Token) -> str | None:
    """'Retail analysts said', 'two police officers said', 'some nurses say': what a group of unnamed
    people are, without how many of them spoke."""
    # (from the head's first modifier: not 'almost six of 10', 'all the', 'his', 'many')
    # (nor which one of them: 'a second official')
    modifiers = [c.left_edge.i for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and c.lower_ not in INDEFINITE_PRONOUNS and c.lower_ not in GROUP_QUANTIFIERS
                 and c.lower_ not in ORDINALS]
    start = min(modifiers, default=head.i)
    # (where lay people are is no part of what they are: 'residents of Elm Park' are residents)
    words = [t for t in _without_which(phrase, head) if t.i >= start and (t.i <= head.i or not is_lay_person(head))]
    role = role_with_employer_apart(words, head, named_elsewhere=True) if words else None
    if not role:
        return None
    # (a capital that only opens the sentence is not the role's)
    first = words[0]
    if first.is_sent_start and first.pos_ != "PROPN" and not first.text.isupper():
        return role[:1].lower() + role[1:]
    return role


# Documents and pieces that 'it' can refer back to as what speaks ('It says ...').
SPEAKING_DOCUMENTS = frozenset({"letter", "report", "statement", "memo", "article", "ad", "advertisement",
                                "editorial", "column", "piece", "study", "complaint", "lawsuit", "filing",
                                "document", "video", "post", "audit", "review", "assessment"})


# Nouns for a body of people who joined together, which news does not use for a public body or a board.
GROUP_ANAPHORS = frozenset({"group", "campaign", "coalition", "alliance", "charity"})
# Nouns that, with 'the' and nothing else, refer back to an organisation the article named.
ORGANISATION_ANAPHORS = frozenset(
    """
    company firm group bank carrier airline retailer insurer lender manufacturer maker club charity
    broadcaster network newspaper publisher startup conglomerate organisation organization union regulator watchdog
    chipmaker carmaker automaker drugmaker planemaker steelmaker platform app streamer label studio
    fund chain utility supplier operator magazine website tabloid outlet blog podcast newsletter
    """.split()
)
BUSINESS_ANAPHORS = frozenset("company firm bank carrier airline retailer insurer lender manufacturer maker startup "
                              "conglomerate chipmaker carmaker automaker drugmaker planemaker steelmaker platform app "
                              "streamer label studio fund chain utility supplier operator".split())
# Nouns for the public bodies that oversee others: 'the regulator', 'the watchdog'.
OVERSIGHT_ANAPHORS = frozenset({"regulator", "watchdog"})
# Nouns for bodies that 'the <noun>' refers to when the article names exactly one body with that
# word in its name ('the Union of Nursing Staff ... the union said').
NAMED_BODY_NOUNS = frozenset("union authority agency ministry department council commission trust hospital university "
                             "board committee party alliance federation association coalition force bank".split())
# The words of a body's name that such a noun refers to, where they differ: 'Wessex Valley Police ...
# the force said'.
BODY_NOUN_NAMES = {"force": {"force", "police", "constabulary"}}
# Last words of the names of public bodies, which a business anaphor does not refer to.
PUBLIC_BODY_NOUNS = frozenset("office commission ministry department agency authority council court police parliament "
                              "government committee tribunal regulator inspectorate ombudsman administration bureau"
                              .split())
# Last words of the names of institutions that are never 'the company'.
INSTITUTION_NAME_ENDINGS = frozenset("hospital university school college clinic institute".split())
# The kinds of body that workers join, each of which can be called by the others.
WORKERS_BODY_KINDS = frozenset({"union", "federation", "association", "guild", "confederation"})
# Nouns that, with 'the', refer back to a body, as 'it' can then refer to them.
BODY_ANAPHORS = ORGANISATION_ANAPHORS | NAMED_BODY_NOUNS | INSTITUTION_NAME_ENDINGS | ORGANISATION_NAME_ENDINGS \
    | frozenset({"municipality"})
# How far back, in sentences, such a noun looks for the organisation.
EPITHET_WINDOW = 3


def _epithet_antecedent(token: Token, people: People) -> Resolved | None:
    phrase = noun_phrase(token)
    # (the parser can hang an age epithet's 'the' on the verb it took it for a modifier of)
    if not any(c.lower_ == "the" for c in token.children) and not (is_age_epithet(token) and any(
            c.dep_ == "det" and c.lower_ == "the" and c.i < token.i for c in token.head.children)):
        return None
    if _described_as_someone_just_named(token):
        found = people.antecedent(token)
        given = _one_given_the_description(phrase, people)
        if given is not None:
            found = (given, None)  # ('Morag Whyte, a grandmother-of-three ... the grandmother-of-three said')
        if token.lemma_.lower() in TEEN_NOUNS:
            # ('... beat 19-year-old Ethan Brandt ... the teenager said': the one the text gave a
            # teenager's age)
            teens = [p for p in people.by_key.values() for m in p.mentions
                     if m.span.end <= token.i and 13 <= (_age_given(m.span) or 0) <= 19]
            found = (teens[-1], None) if len({p.key for p in teens}) == 1 else found
        if found is None:
            return None
        person, _ = found
        role = person.role_at(token.idx)
        if role is None and (is_title_word(token) or _trade_noun(token)):
            # (what the description says they are is their role wherever the article quotes them: 'The
            # 58-year-old contractor said ... “...,” Amundsen said')
            role = clean_role(list(phrase))
            people.describe(person, phrase, role)
        return Resolved(person.speaker(), phrase, role, via_pronoun=True)
    # ('the Leeds-based insurer' says where it is, not which it is)
    described = {t.i for c in token.children if c.dep_ == "amod" for t in c.subtree}
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase if t.i != token.i and t.lower_ != "the"
           and t.i not in described):
        return None  # 'the Veltrix company' names itself
    lemma = token.lemma_.lower()
    itself = _body_reporting_on_itself(token, people)
    if itself is not None:
        return Resolved(Speaker(itself, "organization"), phrase, via_pronoun=True)
    ending = _body_named_ending_in(token, people) if lemma not in NAMED_BODY_NOUNS | ORGANISATION_ANAPHORS else None
    if ending is not None:
        return Resolved(Speaker(ending, "organization"), phrase, via_pronoun=True)
    if lemma in NAMED_BODY_NOUNS:
        words = BODY_NOUN_NAMES.get(lemma, {lemma})
        bodies = [_with_noun_after(e, words) for e in people.ents if e.label_ == "ORG"]
        mentions = [_organisation_name(_up_to_noun(e, words)) for e in bodies
                    if e.end <= phrase.start and any(t.lemma_.lower() in words for t in e)]
        named = set(mentions)
        if len(named) == 1:
            return Resolved(Speaker(named.pop(), "organization"), phrase, via_pronoun=True)
        # (of several, the one the article names most: 'Crestline Bank ... Crestline Bank Plc ... a
        # merger with Midland Trust Bank')
        most = _named_most(Counter(mentions)) if len(named) > 1 else None
        if most is not None:
            return Resolved(Speaker(most, "organization"), phrase, via_pronoun=True)
        if not named:
            # ('..., the union representing them said. The Union of Engineering Workers is seeking ...':
            # a lede can name the body only in the sentence after the one that calls it so)
            ahead_end = _end_of_next_sentence(token)
            ahead = {_organisation_name(_up_to_noun(e, words)) for e in people.ents if e.label_ == "ORG"
                     and phrase.end <= e.start and e.end <= ahead_end and any(t.lemma_.lower() in words for t in e)}
            if len(ahead) == 1:
                return Resolved(Speaker(ahead.pop(), "organization"), phrase, via_pronoun=True)
    called = _body_the_article_calls(token, people)
    if called is not None:
        return Resolved(Speaker(called, "organization"), phrase, via_pronoun=True)
    if lemma in NAMED_BODY_NOUNS and lemma not in ORGANISATION_ANAPHORS:
        return None
    first = people.window_start(token, EPITHET_WINDOW)
    addressed = _bodies_in_setting_of_own_verb(token)
    # (a person the recogniser also tagged as an organisation somewhere is not one)
    # (nor is a title the recogniser took for one: 'the CFO')
    # (nor an office, 'its Head of Communications'; and a company the recogniser took for a title of a
    # work is one by its ending: 'The Ghana Water Limited')
    # (and a business the recogniser took for a person: 'Lumora, the consumer hardware startup')
    # (and, for 'the club', a sports club's name the recogniser took for a place, as a subject:
    # 'Wexcombe United have sacked ...', not the club a game was against)
    organisations = [e for e in people.ents if (e.label_ == "ORG" or e.label_ in MISTAKEN_PERSON_ENTS
                                                and e[-1].lower_ in COMPANY_ENDINGS
                                                or lemma == "club" and _sports_club_name(e)
                                                and e.root.dep_ in ("nsubj", "nsubjpass")
                                                or e.label_ == "PERSON" and e.text in people.thing_names)
                     and first <= e.start and e.end <= phrase.start
                     and not people.inside_quote(e.start_char) and name_key(e.text) not in people.by_key
                     and not people.mentioned_as_person(e)
                     # (nor a name inside a hyphenated modifier: 'Santiago-listed Grupo Ferrán')
                     and not (e.end < len(token.doc) and token.doc[e.end].text in ("-", "‐")
                              and not token.doc[e.end - 1].whitespace_)
                     and not is_title_text(e.text) and not _an_office(e)
                     # (nor a place's name the recogniser took for a body's: 'the remote Oltara region')
                     and not (e.root.dep_ == "compound" and e.root.head.lower_ in PLACE_NOUNS)
                     # (nor a portfolio before a title: 'Education Minister Colette Barrow')
                     and not (e.root.dep_ == "compound" and e.root.head.i == e.end and is_title_word(e.root.head))
                     and e.root.i not in addressed]
    if not organisations:
        # ('..., the charity that employed them said. According to HopeBridge International, a medical
        # charity ...': a lede can describe the body by the same noun only in the sentence after)
        ahead = _body_described_next(token, people)
        if ahead is not None:
            return Resolved(Speaker(ahead, "organization"), phrase, via_pronoun=True)
    if lemma in GROUP_ANAPHORS:
        # ('filed by Families for Safe Schools ... the group said': not the school board the lede is
        # about, which nobody calls a group)
        organisations = [e for e in organisations if e[-1].lemma_.lower() not in PUBLIC_BODY_NOUNS | {"board"}] \
            or organisations
    if lemma not in GROUP_ANAPHORS | {"organisation", "organization"}:
        # ('the club said' after the Supporters' Trust spoke: a body whose name says it is another kind
        # is not the one meant; a business's is any business's, 'Acme Group ... the company')
        kinds = NAMED_BODY_NOUNS | ORGANISATION_ANAPHORS
        # (workers' bodies go by any of their kinds: 'the Ontario Nurses' Federation ... the union said')
        organisations = [e for e in organisations if not (
            (kind := e[-1].lemma_.lower()) in kinds and kind != lemma
            and not (lemma in BUSINESS_ANAPHORS and kind in BUSINESS_ANAPHORS | {"group"})
            and not (lemma in WORKERS_BODY_KINDS and kind in WORKERS_BODY_KINDS))]
    if lemma in BUSINESS_ANAPHORS:
        # ('a cardiologist at St. Aldhelm’s Hospital ... the company said': never a hospital or a university)
        # (nor the outlet reporting the story: 'records she shared with ProPublica')
        outlets = _news_outlets(people)
        organisations = [e for e in organisations if e[-1].lemma_.lower() not in INSTITUTION_NAME_ENDINGS
                         and _organisation_name(e) not in outlets]
    if lemma in OVERSIGHT_ANAPHORS:
        # ('the regulator said': a public body, not the bank whose analyst spoke last; the one the
        # article names, however far back)
        public = [e for e in people.ents if e.label_ == "ORG" and e.end <= phrase.start
                  and e[-1].lemma_.lower() in PUBLIC_BODY_NOUNS and not people.inside_quote(e.start_char)]
        names = {_organisation_name(e) for e in public}
        if len(names) != 1:
            return None
        return Resolved(Speaker(names.pop(), "organization"), phrase, via_pronoun=True)
    if not organisations and token.lemma_.lower() in BUSINESS_ANAPHORS:
        # Nothing named in the last sentences: 'the company' is the business the article keeps naming.
        return _main_business(phrase, people)
    if not organisations:
        return None
    # One named as a noun phrase of its own before one that only modifies a noun ('hackers stole
    # Social Security numbers'), which is the one only when there is no other ('the Wells Fargo scandal').
    # A company is not the public body named beside it ('reported the breach to the Information
    # Commissioner's Office ... the company said').
    if token.lemma_.lower() in BUSINESS_ANAPHORS:
        public = _public_body_initials(people)
        businesses = [e for e in organisations if not is_public_body_name(e.text)
                      and not (e.text.isupper() and e.text in public)]
        if not businesses:
            # ('... discussions with the FDA ... the company said': not the agency's initials either,
            # nor the public body that alone was named close before)
            return _main_business(phrase, people)
        organisations = businesses
    heads = [e for e in organisations if not (e.root.dep_ in ("compound", "amod") and e.root.head.pos_ == "NOUN")]
    # (and a subject before one in a phrase: 'Ferrocycle has raised $140m in a round led by
    # Sandgate Ventures, the company said')
    subjects = [e for e in heads if e.root.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        # (with none named as a subject close before, 'the company' is the one it meant before:
        # 'the company said ... talks with French retailer Maréchal ... The company also confirmed')
        before = _body_found_before(token, people)
        if before is not None:
            return Resolved(Speaker(before, "organization"), phrase, via_pronoun=True)
    name = _organisation_name((subjects or heads or organisations)[-1])
    # (a short name stands for the one longer name it opens: 'Northfield' for 'Northfield Bio')
    name = _one_longer_name(name, {_organisation_name(e) for e in people.ents
                                   if e.label_ == "ORG" and e.end <= phrase.start}) or name
    return Resolved(Speaker(name, "organization"), phrase, via_pronoun=True)


def _news_outlets(people: People) -> set[str]:
    """Names of bodies the article gives as the outlet reporting it, and never as speaking: the one
    told or shown things ('told Reuters', 'records she shared with ProPublica', 'a document seen by
    the BBC') or whose own work it cites ('a ProPublica examination', 'the Post's analysis'). Read once
    per article."""
    if people.outlets is None:
        outlets, speaking = set(), set()
        for e in people.ents:
            if e.label_ != "ORG":
                continue
            root, name = e.root, _organisation_name(e)
            head = root.head
            if root.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(head):
                speaking.add(name)
            elif root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell" \
                    or root.dep_ == "pobj" and head.lower_ in ("with", "to", "by") \
                    and head.head.lemma_.lower() in OUTLET_VERBS \
                    or root.dep_ in ("poss", "compound") and head.lemma_.lower() in OUTLET_WORK:
                outlets.add(name)
        people.outlets = outlets - speaking
    return people.outlets


# Verbs whose 'with', 'to' or 'by' phrase names the outlet a source gave something to, and what the
# outlet itself makes.
OUTLET_VERBS = frozenset({"share", "provide", "give", "send", "show", "speak", "talk", "obtain", "review", "see",
                          "leak", "confirm", "explain", "describe", "write"})
OUTLET_WORK = frozenset({"analysis", "examination", "investigation", "review", "survey", "poll", "interview",
                         "reporting", "request", "calculation", "tally", "count"})


def _bodies_in_setting_of_own_verb(token: Token) -> set[int]:
    """The nouns a preposition takes in a phrase on the verb whose subject the body's noun is: 'In a
    filing to the Nigerian Exchange, the bank said ...' is the bank speaking to the exchange, never the
    exchange. (A possessor there may be the body itself: 'In Acme's statement, the company said'.)"""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {t.i for c in token.head.children if c.dep_ == "prep" for t in c.subtree if t.dep_ == "pobj"}


# Last words of the names of sports clubs ('Wexcombe United', 'Ashbury Rovers', 'Caldwell Town').
SPORTS_CLUB_NAME_ENDINGS = frozenset({"united", "city", "town", "county", "rovers", "athletic", "wanderers",
                                      "albion", "rangers", "fc", "afc", "hotspur", "olympic", "celtic"})


def _sports_club_name(ent: Span) -> bool:
    """A name of a place and a club's word after it, which the recogniser tags as a place or a body."""
    return len(ent) >= 2 and ent.label_ in ("GPE", "ORG", "LOC") and ent[-1].lower_ in SPORTS_CLUB_NAME_ENDINGS \
        and ent[-1].text[:1].isupper() and ent[0].text[:1].isupper()


# Nouns for any body, which an article uses for several: what one of them was found to mean carries
# over to the next only where no other body was named as a subject close before.
GENERIC_BODY_NOUNS = frozenset({"company", "firm", "group", "organisation", "organization", "business", "body"})


def _with_noun_after(ent: Span, words: set[str]) -> Span:
    """A body's name with the capitalised noun the recogniser left out of it: 'the Allied Transport
    Workers' | Union'."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in words and doc[ent.end].text[:1].isupper() \
            and not any(t.lemma_.lower() in words for t in ent):
        return doc[ent.start : ent.end + 1]
    return ent


def _body_the_article_calls(token: Token, people: People) -> str | None:
    """'Ridgeline Partners, an activist fund, ... the fund wrote'; 'The Bristol-based airline said ...
    the airline said': a noun the article has used for one body only, in a description beside its
    name or in an earlier mention found to be that body, is that body again, wherever others were
    named in between."""
    lemma = token.lemma_.lower()
    if lemma in GENERIC_BODY_NOUNS:
        return None
    names = _bodies_found_before(token, people)
    for ent in people.ents:
        if ent.label_ == "ORG" and ent.end <= token.i and not people.inside_quote(ent.start_char) \
                and _described_as(ent, lemma):
            names.add(_organisation_name(ent))
    # (a short name and the longer one it opens are one body: 'Kestrel' and 'Kestrel Harbour Holdings')
    names = {name for name in names if not any(other != name and other.startswith(name + " ") for other in names)}
    return names.pop() if len(names) == 1 else None


def _body_described_next(token: Token, people: People) -> str | None:
    """The one body the sentence after the noun's names and describes with that noun."""
    lemma, sent_end, ahead_end = token.lemma_.lower(), token.sent.end, _end_of_next_sentence(token)
    # (whatever the recogniser took the name for: the description says it is a body)
    names = {_organisation_name(ent) for ent in people.ents
             if (ent.label_ == "ORG" or ent.label_ in MISTAKEN_BODY_ENTS) and sent_end <= ent.start
             and ent.end <= ahead_end and not people.inside_quote(ent.start_char) and _described_as(ent, lemma)}
    return names.pop() if len(names) == 1 else None


def _end_of_next_sentence(token: Token) -> int:
    """Where the sentence after the token's ends (the token's own end when none follows)."""
    sent_end = token.sent.end
    return token.doc[sent_end].sent.end if sent_end < len(token.doc) else sent_end


def _described_as(ent: Span, lemma: str) -> bool:
    """Whether the description set beside a body's name ends in the noun ('an activist fund')."""
    description = description_of(ent)
    return bool(description) and description.split()[-1].lower() in (lemma, lemma + "s")


def _bodies_found_before(token: Token, people: People) -> set[str]:
    """The bodies the same noun was found to mean before it."""
    lemma = token.lemma_.lower()
    return {name for noun, at, name in people.bodies_called if noun == lemma and at < token.idx}


def _body_found_before(token: Token, people: People) -> str | None:
    """The one body the same noun was found to mean before, if it meant only one."""
    names = _bodies_found_before(token, people)
    return names.pop() if len(names) == 1 else None


def _body_reporting_on_itself(token: Token, people: People) -> str | None:
    """'Kingsford United have sacked their manager ..., the club announced': a body's noun after the
    report, as the cue's subject, is the body the report is about, named as its subject (not a
    person, nor a place: 'Prices rose, the bank said' names none)."""
    cue = token.head
    if token.dep_ != "nsubj" or cue.i < token.i:
        return None
    if any(c.dep_ == "mark" for c in cue.children):
        return None  # ('Shares of X fell after the company reported ...': a clause of time, not a cue after its report)
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i for c in token.children):
        return None  # ('..., the health technology company Veridian Labs said': it names itself)
    clause = cue.head if cue.dep_ in ("parataxis", "ccomp", "advcl", "conj") and cue.head.i < token.i else next(
        (c for c in cue.children if c.dep_ == "ccomp" and c.i < token.i), None)
    if clause is None:
        return None
    # (the subject nearest its verb: a dateline before it can be parsed as another)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    subject = subjects[-1] if subjects else None
    # (a lede the parser could not read as a clause, or whose clause it cut short, taking a later
    # verb for the cue's: the name of a body opening it, as a subject, is the subject)
    doc, start = token.doc, sentence_bounds(token)[0]
    end = start
    while end < token.i and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    cut_short = end > start and doc[end - 1].dep_ in ("nsubj", "nsubjpass") and subject is not None \
        and subject.i != end - 1
    if subject is None and clause.pos_ not in ("VERB", "AUX") or cut_short:
        opening = doc[start:end].text
        if end > start and any(
                (e.label_ == "ORG" or token.lemma_.lower() == "club" and _sports_club_name(e))
                and e.text.strip() == opening for e in people.ents):
            return opening
    ent = next((e for e in people.ents if e.start <= subject.i < e.end), None) if subject is not None else None
    # (a club's name the recogniser took for a place is the club's: 'Wexcombe United')
    club = ent is not None and token.lemma_.lower() == "club" and _sports_club_name(ent)
    # (or the body a person named as the subject works for, named before their title: 'Hollinsford
    # City goalkeeper Ryan Marsh will be out ..., the club have confirmed')
    employer = next((e for e in people.ents if subject is not None and subject.ent_type_ == "PERSON"
                     and subject.left_edge.i <= e.start and e.end <= subject.i and e.root.dep_ == "compound"
                     and subject.is_ancestor(e.root) and is_title_word(e.root.head)
                     and (e.label_ == "ORG" or token.lemma_.lower() == "club" and _sports_club_name(e))), None)
    if employer is not None:
        return _organisation_name(employer)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") \
            and not club or name_key(subject.text) in people.by_key:
        return None
    if ent is not None and (ent.label_ == "ORG" or club):
        return _organisation_name(ent)
    if ent is not None:
        return None
    words = [t for t in subject.subtree if t.i <= subject.i and (t.dep_ == "compound" or t.i == subject.i)]
    return " ".join(t.text for t in words) if all(t.text[:1].isupper() for t in words) else None


def _body_named_ending_in(token: Token, people: People) -> str | None:
    """'Twenty cars of a Prairie Central Railroad train ... the railroad said': 'the' and the common
    noun that ends the name of exactly one body the article named before is that body. (Not a noun for
    a person: 'the president' is someone's title.)"""
    lemma = token.lemma_.lower()
    # (with words before the noun only from the name: 'the relief society' for the Uganda Humanitarian
    # Relief Society)
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if token.pos_ != "NOUN" or not token.text.islower() or is_title_word(token) or is_person_noun(token) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ == "poss" or any(g.i != c.i for g in c.subtree) or not c.text.islower() for c in modifiers):
        return None
    words = {c.lower_ for c in modifiers}
    names = {_organisation_name(e) for e in people.ents if e.label_ == "ORG" and e.end <= token.i
             and len(e) > 1 and e[-1].lemma_.lower() == lemma and not people.inside_quote(e.start_char)
             and words <= {t.lower_ for t in e}}
    if modifiers:
        return names.pop() if len(names) == 1 else None
    # (or capitalised words ending in the noun, which the recogniser missed: 'a Prairie Central
    # Railroad freight train')
    doc = token.doc
    for end in (doc[i] for i in positions_in_any_case(token.lower_, doc) if i < token.i):
        if end.pos_ == "PROPN" and end.text[:1].isupper() and not people.inside_quote(end.idx):
            start = end.i
            # (a name can open in lower case before a capital: 'the eThekwini Municipality')
            while start > 0 and doc[start - 1].pos_ == "PROPN" and any(c.isupper() for c in doc[start - 1].text[:2]):
                start -= 1
            if start < end.i:
                names.add(doc[start : end.i + 1].text)
    return names.pop() if len(names) == 1 else None


def is_public_body_name(name: str) -> bool:
    """'the Information Office', 'Ministry of Digital Affairs': a public body's name, by its last
    word or its first."""
    words = [w for w in name.lower().split() if w != "the"]
    return bool(words) and (words[-1] in PUBLIC_BODY_NOUNS or words[0] in PUBLIC_BODY_NOUNS)


def _public_body_initials(people: People) -> set[str]:
    """The initials of the public bodies the article names: 'FDA' for 'the Food and Drug Administration'
    (read once per article)."""
    if people.public_initials is None:
        found = set()
        for ent in people.ents:
            words = [t for t in ent if t.lower_ not in ("the", "of", "and", "for", "on", "&")]
            if ent.label_ == "ORG" and len(words) > 1 and words[-1].lemma_.lower() in PUBLIC_BODY_NOUNS:
                found.add("".join(t.text[0].upper() for t in words))
        people.public_initials = found
    return people.public_initials


def _one_given_the_description(phrase: Span, people: People) -> Person | None:
    """The one person the article gave this description as their role, before it: 'Morag Whyte, a
    grandmother-of-three' for 'the grandmother-of-three', 'a 67-year-old retiree' for 'the retiree'."""
    described = clean_role(list(phrase))
    if not described:
        return None
    described = described.lower()
    holders = {p.key: p for p in people.by_key.values() for m in p.mentions
               if m.role and m.span.end <= phrase.start and (m.role.lower() == described
                                                             or m.role.lower().endswith(" " + described))}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _up_to_noun(ent: Span, words: set[str]) -> Span:
    """'the university' in 'the Lakeshore State University Board of Trustees' is Lakeshore State
    University: a name that goes on, after the noun, with another body's name. ('the Union of
    Nursing Staff' is the union whole.)"""
    at = next(t.i for t in ent if t.lemma_.lower() in words)
    if at > ent.start and at + 1 < ent.end and ent.doc[at + 1].text[:1].isupper():
        return ent.doc[ent.start : at + 1]
    return ent


def _organisation_name(ent: Span) -> str:
    """An organisation's name as an entity gives it, without 'the' or a possessive ('Corvanta’s
    shares ... the company'), nor the line break the recogniser can take into an entity."""
    return re.sub(r"['’]s$", "", _strip_determiner(with_cause_after(ent)).strip())


def _trade_noun(token: Token) -> bool:
    """'contractor', 'farmer', 'survivor': a noun for someone by what they do, which says more of them
    than their age or sex does ('teenager', 'widow')."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NN" and has_person_noun_ending(lemma) and lemma not in AGE_NOUNS \
        and lemma not in GENDERED_NOUNS


def _described_as_someone_just_named(token: Token) -> bool:
    """'the 34-year-old', 'the grandmother-of-six', 'the three-time All-Star': a description by age,
    children or honours, which means the person the article has just named."""
    return is_age_epithet(token) or _described_by_age(token) or _described_by_times(token)


def _described_by_times(token: Token) -> bool:
    """'The two-time All-Star said', 'the three-time champion': someone the article has just named,
    described by how many times they won or were chosen, whatever the tagger made of the noun."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "time" and any(g.like_num for g in c.children)
        for c in token.children)


def _described_by_age(token: Token) -> bool:
    """'the 29-year-old defender said', 'said the grandmother-of-six', 'the mother of five said', 'the
    teenager said': a person the article has just named, described by age or by the number of their
    children or grandchildren."""
    # (in lower case whatever the tagger made of it: 'the octogenarian' as a proper noun)
    return (token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.text.islower()) and (
        token.lemma_.lower() in AGE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
        c.dep_ == "amod" and is_age_epithet(c)
        or c.dep_ == "prep" and c.lower_ == "of" and (token.doc[c.i - 1].text == "-" or token.lemma_.lower()
                                                      in GENDERED_NOUNS)
        # (not a part of a group: 'the sister of one of the victims' is someone else's relative)
        and any(o.dep_ == "pobj" and o.like_num and not any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)
                for o in c.children)
        for c in token.children))


def _age_given(name: Span) -> int | None:
    """The age the text gives a name: '19-year-old Ethan Brandt', 'Ethan Brandt, 19,'."""
    doc = name.doc
    aged = next((t for t in doc[max(0, name.start - 6) : name.start] if is_age_epithet(t)), None)
    if aged is not None:
        number = next((t for t in aged.subtree if t.like_num), None)
        return int(number.text) if number is not None and number.text.isdecimal() else None
    if name.end + 2 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].text.isdecimal() \
            and doc[name.end + 2].text == ",":
        return int(doc[name.end + 1].text)
    return None


# Nouns that describe a person by age alone: 'the teenager said'.
TEEN_NOUNS = frozenset({"teenager", "teen", "youngster"})
AGE_NOUNS = TEEN_NOUNS | frozenset({"sexagenarian", "septuagenarian", "octogenarian", "nonagenarian", "centenarian"})


# Last words of a company's name.
COMPANY_ENDINGS = frozenset({"limited", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "corp", "corp.", "corporation",
                             "holdings", "group", "company"})


def _an_office(ent: Span) -> bool:
    """'Head of Communications', 'Director of Public Prosecutions': a post someone holds, which the
    recogniser can tag as an organisation."""
    words = [t for t in ent if t.lower_ not in ("the", "its", "their")]
    return len(words) >= 3 and is_title_word(words[0]) and words[0].text[:1].isupper() \
        and words[1].lower_ in ("of", "for")


def _one_longer_name(short: str, names) -> str | None:
    """The one name among ``names`` that ``short`` opens ('Halberd Systems' for 'Halberd'), if only one does."""
    longer = [name for name in names if name.startswith(short + " ")]
    return longer[0] if len(longer) == 1 else None


# What the recogniser tags a business's name as when it does not tag it as an organisation.
MISTAKEN_BODY_ENTS = frozenset({"PERSON", "PRODUCT", "GPE", "WORK_OF_ART", "FAC", "NORP"})


def _known_person(key: str, people: People, organisation_keys: set[str]) -> bool:
    """A name taken for a person that the text also treats as one: with a title or a role, or a
    pronoun for a man or a woman; or that the recogniser never tags as an organisation (whose names'
    keys are ``organisation_keys``)."""
    person = people.by_key.get(key)
    if person is None:
        return False
    return bool(person.titles or any(person.gender_votes.values())) or key not in organisation_keys


def _main_business(phrase: Span, people: People) -> Resolved | None:
    """The organisation named most often before ``phrase`` (at least twice, and more often than any
    other), not a public body."""
    counts: dict[str, int] = {}
    public = _public_body_initials(people)
    # (the recogniser can tag one business's name as an organisation in one place and as a person or a
    # product in others: 'HaloStep', 'Mekong Pay'; every mention counts, unless the text makes it a person)
    organisations = {text for text, label in people.entities if label == "ORG"}
    bodies = organisations | people.thing_names
    organisation_keys = {name_key(text) for text in organisations}
    for ent in people.ents:
        # (a short name the recogniser took for a person's counts too: 'Northfield' for 'Northfield Bio')
        if (ent.label_ == "ORG" or ent.text in bodies and ent.label_ in MISTAKEN_BODY_ENTS) \
                and ent.end <= phrase.start and not people.inside_quote(ent.start_char) \
                and ent[-1].lemma_.lower() not in PUBLIC_BODY_NOUNS | INSTITUTION_NAME_ENDINGS \
                and ent.text not in public \
                and not _known_person(name_key(ent.text), people, organisation_keys) \
                and not is_title_text(ent.text):
            name = _organisation_name(ent)
            counts[name] = counts.get(name, 0) + 1
    for outlet in _news_outlets(people):
        counts.pop(outlet, None)
    most = _named_most(counts)
    return Resolved(Speaker(most, "organization"), phrase, via_pronoun=True) if most is not None else None


def _named_most(counts: dict[str, int]) -> str | None:
    """The body's name counted most, at least twice and more often than any other. A short name
    counts for the one longer name it opens: 'Halberd' and 'Halberd Systems' are one."""
    counts = dict(counts)
    for short in sorted(counts, key=len):
        full = _one_longer_name(short, counts)
        if full is not None:
            counts[full] += counts.pop(short)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


# Documents that speak for whoever issued them: "a statement from the ministry", "a letter by X".
# (and the papers a party or a judge puts before a court: 'the county's brief had argued that ...',
# 'Mercer's majority opinion said ...')
DOCUMENT_NOUNS = frozenset({"statement", "release", "letter", "memo", "report", "filing", "post", "tweet",
                            "email", "note", "document", "communique", "notice", "announcement", "message", "card",
                            "brief", "opinion", "dissent", "concurrence", "motion", "complaint", "lawsuit", "suit",
                            "petition", "affidavit", "submission", "judgment", "judgement", "ruling", "decision"})
# Verbs whose subject is the author of the document they take as object ('sent the team a card').
SENDING_VERBS = frozenset({"send", "write", "issue", "publish", "post", "release", "sign", "deliver", "leave", "email"})


# Words for one written answer to the press.
STATEMENT_WORDS = frozenset({"statement", "response", "reply", "release"})


# Documents named by the verb that puts them out ('posted' a post, 'tweeted' a tweet).
POSTED_WORDS = frozenset({"post", "tweet", "email"})
# What someone said or wrote, which speaks for whoever 'his' or 'her' before it means.
OWN_WORDS = DOCUMENT_NOUNS | STATEMENT_WORDS | frozenset({"answer", "remarks", "comments", "words", "speech"})


def _author_by_pronoun(token: Token, people: People) -> Resolved | None:
    """'His statement said: “...”', 'Her reply was short: “...”': the person the possessive pronoun
    means speaks, as the pronoun itself would."""
    possessor = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in OWN_WORDS or possessor is None:
        return None
    found = people.antecedent(possessor, gender="m" if possessor.lower_ == "his" else "f")
    if found is None:
        return None
    person, _ = found
    return Resolved(person.speaker(), token.doc[possessor.i : possessor.i + 1], person.role_at(token.idx),
                    via_pronoun=True)


def _issuer_of_earlier_document(token: Token) -> Token | None:
    """'the statement said': the one who, earlier in the article, said something in a statement
    ('In a statement, Health New Zealand said ...', 'said in a statement that ...')."""
    lemma = token.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS or not any(c.lower_ == "the" for c in token.children):
        return None
    # ('In a written response, the company said ... the statement said': one written answer)
    same = STATEMENT_WORDS if lemma in STATEMENT_WORDS else {lemma}
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lemma_.lower() in same and earlier.dep_ == "pobj" and earlier.head.lower_ in ("in", "through"):
            verb = earlier.head.head
            if verb.pos_ in ("VERB", "AUX") and is_speech_verb(verb):
                return subject_of(verb)
        # ('A statement issued by the ministry said ... the statement said': the one who issued it)
        # (and 'According to a post on the department's page, ... the post says')
        if earlier.lemma_.lower() in same and (earlier.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(earlier.head)
                                               or earlier.dep_ == "pobj" and earlier.head.lower_ == "to"
                                               and earlier.head.head.lower_ == "according") \
                and (source := _source_of_document(earlier)) is not None:
            return source
        # ('Kilbride has since sent the team a cheque, a card and a photograph': its author)
        if earlier.lemma_.lower() == lemma and earlier.dep_ in ("dobj", "conj"):
            verb = earlier.head
            while verb.dep_ == "conj" and verb.pos_ == "NOUN":
                verb = verb.head
            if verb.dep_ == "dobj":
                verb = verb.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in SENDING_VERBS:
                return subject_of(verb)
    # ('The club announced on its website that ... “...,” the statement added': with no document
    # named before, the statement is the one the sentence before reported, if only one reported there;
    # and so is a post or a tweet that a verb of the same word reported: 'X posted on social media
    # that ... “...,” the post said')
    if token.sent.start > 0 and (lemma in STATEMENT_WORDS or lemma in POSTED_WORDS):
        before = token.doc[token.sent.start - 1].sent
        cues = [t for t in before if t.pos_ == "VERB" and is_speech_verb(t) and t.dep_ == "ROOT"
                and any(c.dep_ == "ccomp" for c in t.children)
                and (lemma in STATEMENT_WORDS or t.lemma_.lower() == lemma)]
        if len(cues) == 1:
            return subject_of(cues[0])
    return None


# Court filings that speak for whoever brought them, the verbs for bringing them, and the nouns for
# one who brought one.
LEGAL_FILINGS = frozenset({"complaint", "lawsuit", "suit", "petition"})
FILING_VERBS = frozenset({"file", "bring", "lodge", "launch"})
FILERS = frozenset({"petitioner", "plaintiff", "complainant", "claimant"})
# How far back, in tokens, the filing may be named.
FILING_WINDOW = 250


def _filer_of_earlier_lawsuit(token: Token) -> Token | None:
    """'The lawsuit was filed by the Riverton Law Project ... The complaint states that ...': a
    court filing speaks for whoever the article said brought it, close before; and 'the petitioner'
    is who filed the petition."""
    lemma = token.lemma_.lower()
    if not (lemma in LEGAL_FILINGS or lemma in FILERS and token.tag_ == "NN") \
            or not any(c.lower_ == "the" for c in token.children):
        return None
    for earlier in reversed(token.doc[max(0, token.i - FILING_WINDOW) : token.i]):
        if earlier.lemma_.lower() not in LEGAL_FILINGS or earlier.pos_ != "NOUN":
            continue
        # ('a lawsuit filed by X', 'The lawsuit was filed by X': the agent; 'X filed a lawsuit': the subject)
        verbs = [c for c in earlier.children if c.dep_ == "acl" and c.lemma_.lower() in FILING_VERBS]
        if earlier.dep_ == "nsubjpass" and earlier.head.lemma_.lower() in FILING_VERBS:
            verbs.append(earlier.head)
        for verb in verbs:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            filer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if filer is not None and filer.pos_ in ("PROPN", "NOUN"):
                return filer
        if earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in FILING_VERBS:
            return subject_of(earlier.head)
    return None


def _source_of_document(token: Token) -> Token | None:
    if token.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is not None and source.pos_ in ("PROPN", "NOUN"):
                return source
    # ('The statement, signed by the agency's Director-General, Dr. Folake Ajayi, said', 'A statement
    # issued by the ministry said': whoever signed or issued it)
    signed = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in SENDING_VERBS), None)
    agent = next((c for c in signed.children if c.dep_ == "agent"), None) if signed is not None else None
    signer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if signer is not None and signer.pos_ in ("PROPN", "NOUN"):
        return signer
    poss = next((c for c in token.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    # (a plural's possessive the parser left as a modifier: 'The stewards’ decision said')
    poss = poss or next((c for c in token.children if c.dep_ in ("nmod", "compound") and c.i + 2 == token.i
                         and plural_with_possessive_mark(c)), None)
    if poss is None:
        # ('a post on the department's Facebook page': whoever the page or account is; also where it
        # was posted to: 'A statement posted to the group's website')
        holders = [token] + ([signed] if signed is not None else [])
        venue = next((o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "to")
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in OWN_VENUES), None)
        poss = next((c for c in venue.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None) \
            if venue is not None else None
    return poss


# Where a body or a person publishes in its own name: 'on the council's website', 'on her X account'.
OWN_VENUES = frozenset({"page", "account", "website", "site", "feed", "channel", "profile", "blog", "handle",
                        "timeline", "newsletter"})


def _title_before_comma(token: Token, named: Span) -> str | None:
    """The title a name closes, up to its first comma, without the employer or place it is attached
    to: 'A spokeswoman for the Red Cross, Jenna Roe,' is a spokeswoman, as 'Jenna Roe, a spokeswoman
    for the Red Cross,' is, and 'A trader at Sabon Layi, Malam X,' a trader."""
    doc = token.doc
    title = list(doc[token.left_edge.i : next(t.i for t in doc[token.i : named.start] if t.text == ",")])
    return role_with_employer_apart(title, token)


def _untagged_name_before_who(token: Token) -> bool:
    """'Teresa Fehr, who farms near ...': a first name and a surname the recogniser left untagged,
    with ', who' after it, are a person's, as 'who' follows a person, not a body."""
    name = name_span_of(token)
    return token.i == name.end - 1 and 2 <= len(name) <= 3 and _who_after(name) \
        and all(t.ent_type_ == "" and t.pos_ == "PROPN" and _capitalised(t.text) and not t.text.isupper()
                and not is_title_word(t) for t in name) and not is_organisation_name(name)


def _named_as_a_person(token: Token) -> bool:
    """'a graduate student named Helena Roe-Oduya': a name a noun for a person is said to go by,
    whatever the recogniser took it for."""
    noun = noun_named_as(token)
    return noun is not None and is_person_noun(noun) and not is_organisation_name(name_span_of(token))


def _name_after_bracketed_title(token: Token) -> tuple[Span, str] | None:
    """The name right after a title's bracketed qualifier, the title being this word's, and that
    title as role ('deputy commissioner of police (traffic, west) Amol Shinde')."""
    doc = token.doc
    if not is_title_word(token) or token.pos_ != "NOUN":
        return None
    opening = token.i + 1
    while opening < len(doc) and opening - token.i <= 4 and doc[opening].ent_type_ != "PERSON" \
            and (doc[opening].lower_ in ("of", "for") or doc[opening].pos_ in ("NOUN", "PROPN", "ADJ")):
        opening += 1
    if opening >= len(doc) or doc[opening].text != "(":
        return None
    close = next((k for k in range(opening + 1, min(opening + 9, len(doc) - 1)) if doc[k].text == ")"), None)
    if close is None or doc[close + 1].ent_type_ != "PERSON" or doc[close + 1].ent_iob_ != "B":
        return None
    name = name_span_of(doc[close + 1])
    bracketed = title_before_bracket(name)
    return (name, bracketed[1]) if bracketed is not None and bracketed[0].i == token.i else None


def _name_closing_a_title(token: Token) -> Span | None:
    """'The Commissioner for Health, Dr (Mrs) Ada Roe, disclosed ...', 'The Chairman of the X
    Association, Y chapter, Dr Tunde Roe, called ...', 'The Omanhene of the X Traditional Area, Nana
    Kwaku Roe III, who ...': a capitalised title opened by 'the', with its body, then the name set
    off by commas before the verb or a 'who'. However the parser hung the pieces, the name is who speaks."""
    doc = token.doc
    # (or a lower-case title: 'a former member of the House and party chieftain in Nsukka, Hon. X,')
    # (or a possessor: 'the singer's longtime collaborator, the producer X,')
    opener = next((c for c in token.children if c.dep_ in ("det", "poss") and c.i < token.i), None)
    if not (token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("nsubj", "nsubjpass") and opener is not None
            and (opener.lower_ in ("the", "a", "an") or opener.dep_ == "poss") and token.head.i > token.i):
        return None
    verb = token.head
    # (the stretch from the title to the verb: the name is its last comma-delimited piece)
    end = verb.i
    # (and the verb's auxiliaries, where the recogniser missed the name, which other rules find then:
    # 'The Minister for Housing, Aoife Delaney, has survived')
    missed = not any(t.ent_type_ == "PERSON" for t in doc[token.i : verb.i])
    while end > token.i and (doc[end - 1].is_punct or doc[end - 1].is_space
                             or missed and doc[end - 1].dep_ in ("aux", "auxpass", "neg")
                             and doc[end - 1].head.i == verb.i):
        end -= 1
    who = next((t.i for t in doc[token.i : end] if t.lower_ == "who" and doc[t.i - 1].text == ","), None)
    if who is not None:
        end = who - 1
    commas = [t.i for t in doc[token.i : end] if t.text == ","]
    if not commas or end - commas[-1] < 3:
        return None
    start = commas[-1] + 1
    # (a description of their own can open the piece: 'The chair of judges, the historian and
    # broadcaster Sir X,')
    described = start
    while described < end and (doc[described].lower_ in ("the", "a", "an")
                               or doc[described].text.islower() and doc[described].pos_ in ("NOUN", "ADJ", "CCONJ")):
        described += 1
    titled = described > start and any(is_title_word(t) for t in doc[start:described])
    if titled:
        start = described
    # (any noun for a person, when the piece gives the title: 'the singer's longtime collaborator, the
    # producer X,')
    elif not (token.text[:1].isupper() or is_title_word(token)):
        return None
    # ('Nana' and 'Chief', traditional titles, open the name as honorifics do)
    while start < end and (is_honorific(doc[start]) or bracketed_honorific(doc, start) or _rank_letters(doc[start])
                           or doc[start].lower_ in ("nana", "chief")):
        start += 1
    piece = doc[start:end]
    if is_organisation_name(piece):
        return None  # ('The landlord, Fenwick Holdings, said': a body)
    if piece and any(a.dep_ == "prep" and a.head.i == verb.i and a.i > token.i for a in piece[-1].ancestors):
        return None  # (a name inside the verb's own phrase: '..., in a statement issued on behalf of the MD, X, said')
    # (a person by the recogniser, or by the honorific or the title before a first name and a surname)
    honoured = start > commas[-1] + 1 and len([t for t in piece if t.is_alpha]) >= 2
    # (or by the capitalised title it is set beside, where the recogniser took a first name and a
    # surname for something no body is: 'The Minister for Housing, Aoife Delaney,' read as a law)
    honoured = honoured or token.text[:1].isupper() and is_title_word(token) and 2 <= len(piece) <= 3 \
        and all(t.ent_type_ in MISTAKEN_PERSON_ENTS | {"", "LAW"} for t in piece)
    if not piece or not (honoured or any(t.ent_type_ == "PERSON" for t in piece)) \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.text in ("-", "‐") for t in piece):
        return None
    return name_span_of(piece[-1])


def _name_after_comma(phrase: Span, people: People, title: bool = True) -> Span | None:
    """A title set off by a comma from the name it describes, which the parser failed to attach.
    After a description that is no title ('A trader at the market, Garba Idris, said'), only a name
    that ends the subject, right before the comma in front of its verb."""
    doc = phrase.doc
    i = phrase.end
    # (past the title's complement, which the parser can hang elsewhere: 'the Chief Press Secretary |
    # to the Governor, Alhaji Sani Maikudi,')
    if title and i + 2 < len(doc) and doc[i].lower_ in ("to", "of", "for"):
        opening = j = i + 1 + (doc[i + 1].lower_ == "the")
        while j < min(len(doc), i + 6) and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].text[:1].isupper():
            j += 1
        if j > opening and j < len(doc) and doc[j].text == ",":
            i = j
    # (past a relative clause on the phrase's last noun: 'Counsel for the families of the two people
    # who died, Ingrid Sato, claimed')
    relative = next((c for c in doc[i - 1].children if c.dep_ == "relcl" and c.i > i), None) if i < len(doc) else None
    if relative is not None and doc[i].tag_ in ("WP", "WDT") and relative.left_edge.i == i:
        i = relative.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    end = i + 1
    # (through a bracketed second honorific, 'Dr (Mrs) Ada Roe', and a hyphenated surname)
    while end < len(doc) and (doc[end].pos_ == "PROPN" or bracketed_honorific(doc, end)
                              or doc[end].text in ("-", "‐") and not doc[end].whitespace_ and end > i + 1
                              and not doc[end - 1].whitespace_):
        end += 1
    start = i + 1
    # Title words before the name: "Defense Minister Rustem Umerov".
    while start < end - 1 and (is_title_word(doc[start]) or is_honorific(doc[start])
                               or doc[start].ent_type_ in NON_PERSON_ENTS):
        start += 1
    if start >= end or is_organisation_name(doc[start:end]):
        return None
    name = name_span_of(doc[end - 1])
    # (with a hyphenated surname, and a first name the recogniser took for part of a body's name)
    start, end = max(min(start, name.start), i + 1), max(end, name.end)
    # (past a party tag after the name: 'Its sponsor, Rep. Curtis Vollmer, R-Findlay, said')
    after = end
    if after + 4 < len(doc) and doc[after].text == "," and doc[after + 1].text in PARTY_LETTERS \
            and doc[after + 2].text in ("-", "‐") and doc[after + 3].pos_ == "PROPN":
        after = next((k for k in range(after + 3, min(len(doc), after + 7)) if doc[k].text == ","), after)
    closes_subject = after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in ("VERB", "AUX")
    if not (title or closes_subject):
        return None
    # ('The Liberal member for Kalgoorlie, Rhys Penhaligon, said': a first name and a surname set
    # off after a title are a person's, whatever the recogniser made of them)
    # (or a building's, unless its last word is one: 'the two people who died, Ingrid Sato,' taken for one)
    person = doc[end - 1].ent_type_ == "PERSON" or people.is_known(doc[end - 1]) or title and closes_subject \
        and end - start >= 2 and all(t.ent_type_ not in ("GPE", "LOC", "NORP") for t in doc[start:end]) \
        and not (doc[end - 1].ent_type_ == "FAC" and doc[end - 1].lower_ in PLACE_NAME_ENDINGS | BUILDING_WORDS)
    return doc[start:end] if person else None


def _plural_title_word(token: Token) -> bool:
    """'members', 'MPs': a title in the plural, but not a surname that looks like one, which the
    article gives after a given name ('Dale Reeves', and then 'Reeves' alone)."""
    return is_plural_title(token.text) and not any(
        e.label_ == "PERSON" and any(t.text == token.text for t in e[1:]) for e in token.doc.ents)


def _is_person_token(token: Token, people: People) -> bool:
    if _plural_title_word(token):
        return False  # ('Labour MPs', whatever the recogniser made of them, are several people)
    if _described_as_business(token) and name_span_of(token).text.split()[-1] not in people.addressed:
        return False  # (whatever the recogniser made of it)
    if _one_unnamed_title_holder(token):
        return False  # ('One Fianna Fáil TD, who asked not to be named, said', whatever the recogniser made of it)
    if token.pos_ == "PROPN" and not is_title_word(token) and _has_personal_title(token):
        return True  # 'Mr Haddon', 'Councillor Jane Roe', whatever the recogniser made of them
    name = name_span_of(token)
    if len(name) == 1 and (people.by_first_name(token) is not None or people.by_first_surname(name) is not None):
        return True  # 'said Leanne' after 'Leanne Castle, 38', whatever the recogniser made of either
    if len(name) == 1 and people.is_known(token) and any(m.role for m in people.by_key[name_key(token.text)].mentions):
        return True  # ('KPK spokesperson Ardiansyah ... Ardiansyah told reporters': known by one name and a title)
    if _named_as_place_elsewhere(token, people) or is_organisation_name(name) or name.text in people.thing_names:
        return False
    if _which_follows(name):
        return False  # ('Amalgamated Transit Union Local 1187, which represents ...': 'which' follows a thing)
    if not token.ent_type_ and name.text in people.organisation_names:
        return False
    if token.ent_type_ == "PERSON":
        return True
    if is_title_word(token) or not _capitalised(token.text):
        return False  # (a name is capitalised: a lower-case 'ministry' the tagger calls proper is not one)
    # A surname the article has given with a first name, whatever the tagger made of it here (it
    # can call a sentence's first word a noun), or the whole name for a hyphenated surname.
    if people.is_known(token) or name_key(name.text) in people.by_key:
        return True
    if len(name) == 1 and token.lower_ in ORGANISATION_NAME_ENDINGS:
        return False  # ('The Coalition for ALS Access', whatever the recogniser made of it)
    if len(name) == 1 and is_initials(token) and not any(
            token.text in _title_initials(role) for p in people.by_key.values() for role in p.titles):
        return False  # ('IOM figures': a body's initials, unless a title's: 'the DG')
    if len(name) == 1 and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and o.text[:1].isupper() for o in c.children)
            for c in token.children):
        return False  # ('The Secretariat of Security and Citizen Protection said': a body's name)
    return token.pos_ == "PROPN" and token.ent_type_ not in NON_PERSON_ENTS


# Words that say a trade's noun means a person, not a firm of that trade.
PERSONAL_MODIFIERS = frozenset({"retired", "veteran"})


# People, not firms, for all their '-maker': 'lawmaker Kwok Yee-ting', 'filmmaker Ana Roe'.
PEOPLE_WHO_MAKE = frozenset({"lawmaker", "policymaker", "filmmaker", "peacemaker", "matchmaker", "kingmaker",
                             "dressmaker", "homemaker", "playmaker", "decision-maker", "troublemaker"})


def _described_as_business(token: Token) -> bool:
    """'Pellmore, the FTSE 250 maker of pumps,', 'streaming service Tessera': a name set beside or
    after a noun for a business is one."""
    def business(noun: Token) -> bool:
        # (not a person's trade: 'Dale Roe, 67, a retired mail carrier,' has an age, and firms neither
        # retire nor are veterans: 'a veteran broadcaster')
        # (nor the last word of a body's name the parser set beside the person: 'Kirsty Campbell, who chairs
        # the Uist and Barra Ferry Users’ Group,', where 'Group' is capitalised or ends an entity)
        return noun.tag_ == "NN" and noun.ent_iob_ != "I" and not (noun.text[:1].isupper() and not noun.is_sent_start) \
            and (noun.lemma_.lower() in ORGANISATION_ANAPHORS | {"service"}
                                      or noun.lower_.endswith("maker") and noun.lower_ not in PEOPLE_WHO_MAKE
                                      and not is_title_word(noun)) \
            and not any(c.lower_ in PERSONAL_MODIFIERS for c in noun.children) \
            and not any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom") for c in noun.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
                        for c in noun.children) \
            and not (token.ent_type_ == "PERSON" and any(c.dep_ == "poss" and c.lower_ in ("her", "his")
                                                         for c in noun.children))
    # ('Dwayne Kessler, a forklift operator who has worked at the plant': 'who' is said of a person; and
    # 'Abe Soto, publisher of the Lakeshore Ledger': who publishes a named paper is a person, and so is
    # a person's 'Her publisher, Eoin Gallagher,' the recogniser calls one)
    # (or the name set beside the noun, which the parser made the head: 'streaming service | Tessera')
    # (the parser can make the noun a conjunct of a modifier before it: 'the container shipping and
    # trucking group')
    # (not a business noun set after a person's title, which says what the employer is: 'Renata Solis,
    # policy director at the Tech Equity Project, a worker advocacy group')
    titled = [c.i for c in token.children if c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN"
              and is_title_word(c) and c.lemma_.lower() not in COMPANY_ROLES]
    beside = any((c.dep_ == "appos" and c.i > token.i and not any(i < c.i for i in titled)
                  or c.dep_ == "compound" and c.i < token.i)
                 and (business(c) or c.dep_ == "appos" and any(g.dep_ == "conj" and business(g) for g in c.children))
                 for c in token.children) \
        or token.dep_ == "appos" and business(token.head) and (
            # (right before the name, of one word or more: 'the campaign group Safer Streets Kilmore')
            token.head.i == token.left_edge.i - 1
            # ('The airline, Skyreach, said': set off by a comma right after the noun)
            or token.head.i == token.left_edge.i - 2 and token.doc[token.left_edge.i - 1].text == ",")
    # (or right after the noun, however the parser hung the two: 'riders for the delivery platform
    # Zipwell began ...')
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    beside = beside or before is not None and token.pos_ == "PROPN" and before.text.islower() and business(before) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in before.children)
    return beside and not (_given_an_age(token) or _given_an_age(token, alone=True))


def _has_personal_title(token: Token) -> bool:
    """A name opened by an honorific or a person's title ('Mr Haddon', 'Councillor Jane Roe'), or a
    first name and surname after a lower-case title ('club defender Rhys Mallory')."""
    # ('Speaker of the House Marta Quell': the parser can hang a title with its own 'of' as a modifier)
    before = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i]
    # (nor a body's noun after a title word: 'General Administration of Customs')
    if not before or is_organisation_name(name_span_of(token)) or token.lower_ in ORGANISATION_NAME_ENDINGS:
        return False  # (a body's name can open with a title word: 'Justice Watch International')
    first = before[0]
    if is_honorific(first) or is_title_word(first) and first.text[:1].isupper():
        return True
    # (an honorific after a lower-case title, 'Chief executive Dr Alison Carver', still opens a name)
    if is_title_word(first) and any(is_honorific(c) and c.head.i == token.i for c in before[1:]):
        return True
    # ('ORSO Administrator Lydia Brannock': an organisation's name before the title)
    name = name_span_of(token)
    # (the parser can hang the title on the first name: 'Assemblywoman Gloria Estrada-Finch')
    before_name = name.start - 1
    if before_name >= 3 and bracketed_honorific(token.doc, before_name):
        before_name -= 3  # ('Chief (Barr.) Emeka Roe': past a bracketed second honorific)
    if before_name >= 0 and token.doc[before_name].head.i in range(name.start, name.end):
        title = token.doc[before_name]
        if is_title_word(title) and title.text[:1].isupper() and len(name) >= 2 \
                and all(_capitalised(t.text) or t.tag_ == "HYPH" for t in name):
            return True
    if not is_title_word(first):
        # (or a lower-case title right before the name that the parser hung elsewhere: 'Northern
        # Verse's trainer | Paddy Crouch said'; or a noun for someone by trade, not for a business:
        # 'vegetable seller Esther Chisale')
        first = token.doc[name.start - 1] if name.start > 0 else first
        if not ((is_title_word(first) or _trade_of_a_person(first)) and first.pos_ == "NOUN" and first.text.islower()
                and first.whitespace_):
            return False
    name = _full_name(token)
    if name is None:
        return False
    # (a company can follow a title word too: 'partner Acme Holdings' is tagged as one; a title only
    # a person holds, 'treasury spokeswoman Anneliese Ward', names a person whatever the tag)
    # (whatever the recogniser took the name for, a place too: 'substitute Tunde Okafor')
    # ('chief executive Shruti Roe': a title a body holds is a person's with a rank before it)
    ranked = any(c.dep_ == "amod" and c.lower_ in TITLE_MODIFIERS for c in first.children)
    if (first.lemma_.lower() not in COMPANY_ROLES and first.lower_ not in COMPANY_ROLES or ranked) \
            and not is_organisation_name(name) and all(t.ent_type_ in ("", "PERSON", "ORG", "GPE") for t in name):
        return True
    return not any(t.ent_type_ in NON_PERSON_ENTS for t in name)


def _name_it_calls_itself(token: Token) -> Span | None:
    """'One of the factions, which calls itself the "Amazon Bloc",', 'a group calling itself the
    Northern Front', 'One of the factions, the self-styled "Amazon Bloc",': the name a body gives
    itself is its name."""
    doc = token.doc
    styled = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and any(
        a.dep_ == "amod" and a.lower_ == "styled" and any(s.lower_ == "self" for s in a.children) for a in c.children)),
        None)
    if styled is not None:
        words = [t for t in styled.subtree if t.dep_ in ("compound", "appos") or t.i == styled.i]
        return doc[min(t.i for t in words) : styled.i + 1]
    # (on the noun itself, or on what 'One of' counts: 'One of the factions, which calls itself ...')
    holders = [token] + [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"] if token.pos_ in ("NUM", "PRON") else [token]
    for holder in holders:
        for verb in holder.children:
            if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() != "call" or verb.i < holder.i \
                    or not any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in verb.children):
                continue
            name = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
            if name is None:
                continue
            words = [t for t in name.subtree if not t.is_punct and not t.is_quote and t.dep_ != "det"]
            start, end = min(t.i for t in words), max(t.i for t in words) + 1
            if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the") for t in doc[start:end]):
                return doc[start:end]
    return None


def _trade_of_a_person(noun: Token) -> bool:
    """'seller', 'fisherman', 'pharmacist': a noun for a person by what they do, which no business
    is called ('retailer', 'developer' and '-maker' are)."""
    lemma = noun.lemma_.lower()
    return is_person_noun(noun) and lemma not in KINDS_OF_BODY \
        and not lemma.endswith("maker")


def _name_ending_subject(token: Token, people: People) -> Span | None:
    """'Conflict of Interest Commissioner Margaret Lindqvist said', 'Opposition critic for Métis
    relations Kaylee Desjarlais said': a title's phrase the parser made the subject, with the name that
    ends it hung inside it. The name, right after a noun of the phrase, is who speaks. A subject with
    a determiner or a plural head ('The lawyer for defendant Ana Roe', 'Supporters of candidate Ana
    Roe') is someone else, whose phrase only mentions the name."""
    # (a team's name before a position is no plural head, nor a person, whatever the recogniser took it
    # for: 'Comets forward Ben Achterberg', 'Forge forward Ben Achterberg')
    team = token.text[:1].isupper() and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in POSITIONS
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") and not team \
            or token.ent_type_ == "PERSON" and not team \
            or any(c.dep_ in ("det", "poss", "nummod") for c in token.children) \
            or not (token.text[:1].isupper() or is_title_word(token)):
        return None
    doc = token.doc
    end = token.right_edge.i + 1
    if end >= len(doc) or doc[end].i != token.head.i:
        return None  # (the phrase runs up to the verb it is the subject of)
    person = next((e for e in people.ents if e.label_ == "PERSON" and e.end == end), None)
    if person is None:
        # (or up to what is set off after the name: 'Forge forward Ben Achterberg, who ..., said')
        person = next((e for e in people.ents if e.label_ == "PERSON" and token.i < e.start and e.end < end - 2
                       and doc[e.end].text == "," and doc[end - 1].text == ","
                       and all(any(a.i in range(e.start, e.end) for a in t.ancestors)
                               for t in doc[e.end + 1 : end - 1])),
                      None)
    if person is None or person.start <= token.i or len(person) < 2:
        return None
    # (a capitalised word before it that is no title is more of the name: 'Sardar Imran | Khalid Bugti')
    # (a player's position the tagger can read as an adverb: 'Forge forward | Ben Achterberg')
    before = doc[person.start - 1]
    if not (before.pos_ == "NOUN" or before.pos_ == "PROPN" and is_title_word(before) or before.lower_ in POSITIONS) \
            or before.ent_type_ == "PERSON" or before.tag_ in ("NNS", "NNPS") and is_person_noun(before):
        return None
    if not any(is_title_word(t) or t.lower_ in POSITIONS for t in doc[token.left_edge.i : person.start]):
        return None
    # (a phrase of its own set off after a comma is no part of the title: 'the music magazine Feedback
    # Loop, the critic X': the name is the critic's, set beside the magazine)
    if any(t.text == "," and doc[t.i + 1].lower_ in ("the", "a", "an") for t in doc[token.left_edge.i : person.start]):
        return None
    return person_name(person)


def _name_after_title_and_place(token: Token) -> tuple[Span, str | None] | None:
    """'Superintendent of Police, Eastborough, Ravi Kumar Nair told reporters': a capitalised title
    with no determiner, the place it serves set off by commas, and the name right before the verb.
    The parser joins the three as a list; the name is who speaks, the title their role."""
    doc, verb = token.doc, token.head
    if token.dep_ != "nsubj" or not (token.text[:1].isupper() and is_title_word(token)) \
            or any(c.dep_ in ("det", "poss") for c in token.children) or verb.i <= token.i:
        return None
    ent = entity_span(doc[verb.i - 1])
    if ent is None or ent.label_ != "PERSON" or ent.end != verb.i or len(ent) < 2 or ent.start < 4 \
            or doc[ent.start - 1].text != ",":
        return None
    place_end = ent.start - 1
    place_start = place_end
    while place_start - 1 > token.i and doc[place_start - 1].pos_ == "PROPN" and doc[place_start - 1].text[:1].isupper():
        place_start -= 1
    if not 1 <= place_end - place_start <= 3 or doc[place_start - 1].text != ",":
        return None
    title = doc[token.left_edge.i : place_start - 1]
    if any(t.text == "," or t.pos_ in ("VERB", "AUX") for t in title):
        return None
    return person_name(ent), clean_role(list(title))


def _person_set_off_after_description(token: Token) -> Span | None:
    """'The Baale of Igbo-Aje, Chief Rasheed Olaniyan, told ...', 'The Queenmother of Amanfrom, Nana
    Adwoa Serwaa II, said': a subject that is one thing or person ('the' and a singular noun, a word
    the list of titles does not know; those it knows have rules of their own), with a person's name set off by commas right after its phrase,
    is that person, wherever the parser hung the name. A person's name here is one the recogniser
    tagged, or one with an honorific before it or a regnal number after it."""
    doc = token.doc
    if token.tag_ not in ("NN", "NNP") or token.ent_type_ == "PERSON" or is_title_word(token) \
            or token.lemma_.lower() in INSTITUTION_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    comma = next((k for k in range(token.i + 1, min(token.i + 10, len(doc))) if doc[k].text == ","), None)
    if comma is None or any(doc[k].pos_ in ("VERB", "AUX") for k in range(token.i + 1, comma)):
        return None
    end = comma + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or is_honorific(doc[end])) and doc[end].text[:1].isupper():
        end += 1
    if end >= len(doc) or doc[end].text != "," or end - comma < 3:
        return None
    words = doc[comma + 1 : end]
    if not (any(t.ent_type_ == "PERSON" for t in words) or is_honorific(words[0])
            or words[-1].text in ("II", "III", "IV")) or is_organisation_name(words):
        return None
    name = person_name(words)
    return name if len(name) >= 2 else None


def name_in_title_of_phrase(title: Token) -> Span | None:
    """'Leader of the Opposition Sunanda Bhosle': the parser can make the name the object of a
    capitalised title's 'of' and take the noun after 'the' into it; that noun is the title's."""
    # (a lay word's 'of' phrase is where they are: 'Residents of San Remo Heights said')
    if not (title.text[:1].isupper() and is_title_word(title)) or is_lay_person(title):
        return None
    named = _name_ending_title_phrase(title)
    if named is not None:
        return named
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return None
    name = name_span_of(obj)
    doc = name.doc
    # ('Director of rugby Siân Pritchard': a lower-case field, then a first name and a surname)
    field = doc[of.i + 1 : name.start]
    lower_field = len(field) > 0 and all(t.pos_ == "NOUN" and t.text.islower() for t in field) \
        and len(name) >= 2 and all(_capitalised(t.text) for t in name)
    if lower_field:
        pass
    elif name.start >= 1 and doc[name.start - 1].lower_ == "the" and len(name.text.split()) >= 3:
        name = doc[name.start + 1 : name.end]  # 'the Opposition Sunanda Bhosle'
    elif not (name.start >= 2 and doc[name.start - 2].lower_ == "the" and len(name.text.split()) >= 2):
        return None  # ('the Treasury Alan Brandt' is already cut at the organisation)
    if any(t.lower_ in INSTITUTION_NOUNS for t in name) or name[-1].lower_ in ORGANISATION_NAME_ENDINGS:
        return None  # 'Chair of the Senate Fisheries Oversight Committee': an institution
    if title.tag_ in ("NNS", "NNPS"):
        return None  # ('Trustees of the Whitfield Community Pantry': many, of a body, not one person named)
    return name


TITLE_PHRASE_LINKS = ("of", "for", "the", "and")


def _name_ending_title_phrase(title: Token) -> Span | None:
    """'Minister for Health Gráinne Tully said': a capitalised title, its 'of' or 'for' and a run of
    capitalised words, read from the text because the parser often splits the name across the
    phrase. The person the recogniser found at the run's end is the name; failing that, the last
    two words when the run has at least three after its last link word (a department and a name:
    'Minister for Foreign Affairs' alone has two)."""
    doc = title.doc
    # (or 'in': 'Special Agent in Charge Leon Whitaker')
    if title.i + 1 >= len(doc) or doc[title.i + 1].lower_ not in ("of", "for", "in"):
        return None
    start = end = title.i + 1
    while end < len(doc):
        token = doc[end]
        if token.lower_ in TITLE_PHRASE_LINKS or end == title.i + 1:
            start = end + 1
        elif not (token.pos_ == "PROPN" and _capitalised(token.text)
                  or token.text in ("-", "‐") and not token.whitespace_ and not doc[end - 1].whitespace_
                  or doc[end - 1].text in ("-", "‐") and _second_syllable(token)):  # ('Leung Sze-man')
            break
        end += 1
    while end > start and doc[end - 1].text in ("-", "‐"):
        end -= 1
    run = doc[start:end]
    if len(run.text.split()) < 3:
        return None
    if doc[title.i + 1].lower_ == "in":
        # ('Special Agent in Charge Marcus Bell': one word completes the title, whatever the
        # recogniser made of the rest)
        name = doc[start + 1 : end]
        return name if len(name) >= 2 and not any(t.lower_ in INSTITUTION_NOUNS or is_title_word(t)
                                                  or t.ent_type_ in NON_PERSON_ENTS - {"ORG"} for t in name) else None
    # ('Leader of the Opposition Shri Bhabani Mohapatra': an honorific opens the name)
    honorific = next((t.i for t in reversed(run[:-1]) if is_honorific(t)), None)
    if honorific is not None:
        return doc[honorific + 1 : end]
    # (and so do initials: 'Minister for Municipal Works K. R. Raman')
    initial = next((t.i for t in run if _initial(t)), None)
    if initial is not None and initial > start and not _initial(doc[end - 1]):
        return doc[initial:end]
    person = next((e for e in run.ents if e.label_ == "PERSON" and e.end == end and e.start > start
                   and len(e.text.split()) >= 2), None)
    if person is not None:
        # (with a first name the recogniser ended the field's entity on: 'Secretary for Transport and
        # Logistics Alvin | Cheung Wing-hong')
        named = name_span_of(doc[end - 1])
        # (not the one word completing the title: 'Minister of | State | Goh Pei Shan')
        return named if start < named.start and named.end == end else person_name(person)
    words = run.text.split()
    first = end - 1
    while doc[first:end].text.split() != words[-2:]:
        first -= 1
    if _portfolio_word(doc[first]) and end - first >= 2:
        first = end - 1  # ('... and Cultural Affairs Purnomo': a field's last word, then one name)
    name = doc[first:end]
    # Not a place ('Governor of New York State') nor an institution ('Chair of the Senate Fisheries
    # Oversight Committee'). The recogniser often tags department and name together as an organisation; then the
    # surname must be a person's elsewhere in the article ('Ms Cathain'), or 'Head of Google Cloud
    # Platform' would name someone.
    if any(t.ent_type_ in NON_PERSON_ENTS - {"ORG"} or t.lower_ in INSTITUTION_NOUNS or is_title_word(t) for t in name):
        return None
    # (or a portfolio's last word must come right before it: 'Minister for Housing | Aoife Delaney')
    if any(t.ent_type_ == "ORG" for t in name) and (
            not (_known_as_a_person(name[-1]) or len(name) == 2 and _portfolio_word(doc[name.start - 1])
                 and not any(_portfolio_word(t) for t in name))
            or name[-1].lower_ in ORGANISATION_NAME_ENDINGS):
        return None
    return name


def _one_name_after_title(token: Token) -> bool:
    """'KPK spokesperson Ardiansyah': one capitalised word right after a lower-case title that no
    company holds, the two one phrase."""
    title = token.doc[token.i - 1]
    return title.is_lower and title.pos_ == "NOUN" and is_title_word(title) and title.head.i == token.i \
        and title.lemma_.lower() not in COMPANY_ROLES and not is_lay_person(title) and _capitalised(token.text) \
        and token.ent_type_ not in ("LOC", "NORP", "FAC") and not is_organisation_name(token.doc[token.i : token.i + 1])


def _portfolio_word(token: Token) -> bool:
    """A word that ends a portfolio, never a first name: a plural ('Affairs', 'Fisheries'), an abstract
    noun ('Development', 'Security', 'Education', 'Housing') or a field of government ('Health')."""
    return token.tag_ == "NNPS" or token.lower_.endswith(("ment", "ity", "tion", "sion", "ture", "ance", "ence",
                                                          "sing", "ning", "cing")) \
        or token.lower_ in GOVERNMENT_FIELDS


# Fields of government that end a minister's portfolio ('Minister for Health').
GOVERNMENT_FIELDS = frozenset({"health", "finance", "defence", "defense", "justice", "transport", "energy", "trade",
                               "labour", "labor", "tourism", "sport", "interior", "treasury", "welfare", "industry",
                               "agriculture", "culture", "education", "environment", "communications", "resources",
                               "policy"})


def _known_as_a_person(surname: Token) -> bool:
    """Whether the word is a person's name somewhere else in the article: after an honorific or a
    title, or inside a person the recogniser found."""
    for token in surname.doc:
        before = token.doc[token.i - 1] if token.i > 0 else None
        # (or a capitalised title: 'Deputy Conway said')
        if token.i != surname.i and token.text == surname.text and (
                token.ent_type_ == "PERSON" or before is not None and (
                    is_honorific(before) or before.text[:1].isupper() and is_title_word(before))
                # (or speaking alone, with 'he' or 'she' after it in its sentence: 'Nakagawa said he ...')
                or token.dep_ == "nsubj" and is_speech_verb(token.head)
                and any(t.lower_ in ("he", "she") for t in token.doc[token.head.i + 1 : token.sent.end])):
            return True
    return False


def title_before_name(title: Token, name: Span) -> str | None:
    """The title and its phrase up to the name, with the words that qualify it: 'Former Leader of the House'."""
    start = min([c.left_edge.i for c in title.lefts if c.dep_ in ("amod", "compound")] + [title.i])
    if start == title.i and under_read_apart(title):
        start -= 1
    return clean_role(list(title.doc[start : name.start]))


def _full_name(token: Token) -> Span | None:
    """The name around ``token`` when it has a first name and a surname: two capitalised proper nouns."""
    name = name_span_of(token)
    words = name.text.split()  # (a hyphenated 'Okafor-Lund' or 'African-Americans' is one word)
    # (a surname's particles aside: 'Jean-Baptiste de La Roncière')
    inner = {t.i for t in name[1:-1] if t.text in LOWER_CASE_SURNAME_PARTICLES}
    # (and a nickname's quote marks: 'Robert "Bobby" Smith')
    words = [w.strip("\"“”‘’'") for w in words if w not in LOWER_CASE_SURNAME_PARTICLES]
    return name if len(words) >= 2 and all(w[:1].isupper() for w in words) \
        and all(t.pos_ == "PROPN" for t in name if not t.is_punct and t.i not in inner) else None


# Honorifics of plain courtesy, which a person's surname takes and a body's name never does.
COURTESY_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."})

# What the recogniser sometimes takes an unfamiliar person's name for.
MISTAKEN_PERSON_ENTS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Entity types a name's first word can carry (see ``first_name``): none, a person's, or a mistaken one.
FIRST_NAME_ENTS = frozenset({"PERSON", "", "ORG", "GPE", "NORP", "LOC"}) | MISTAKEN_PERSON_ENTS


def _first_named_with_a_first_name(surname: Token, described: bool = False, who_follows: bool = False,
                                   untagged: bool = False) -> Span | None:
    """The earlier 'Katya Dobrowska' for a later 'Dobrowska': the same word after a capitalised proper
    noun that is neither a title nor an honorific, the two not tagged as a place or an organisation
    (unless the later one is ``described`` by an age or a title, 'Petrie, 26,': no organisation has
    an age; or, with ``who_follows``, the earlier one is followed by ', who', which no place is). With
    ``untagged``, only where the recogniser tagged neither word."""
    doc = surname.doc
    # (a surname of two joined words is matched whole: 'Agnieszka Wróblewska-Oyelaran' for a later
    # 'Wróblewska-Oyelaran, 47,', the first name tagged as a place as the name's words often are)
    joined = name_span_of(surname)
    if not (_joined_by_hyphen(joined) and joined.end == surname.i + 1):
        joined = doc[surname.i : surname.i + 1]
    before = len(joined) - 1
    for token in (doc[i] for i in positions_of(surname.text, doc) if i < surname.i):
        if token.i <= before \
                or before and doc[token.i - before : token.i + 1].text != joined.text:
            continue
        first = doc[token.i - before - 1]
        if untagged and (first.ent_type_ or token.ent_type_):
            continue
        # (the two may be tagged together as a thing, 'Katya Dobrowska' as a building, not as a place
        # or an organisation)
        if first.pos_ == "PROPN" and first.head.i == token.i and first.dep_ == "compound" \
                and _capitalised(first.text) and first.whitespace_ \
                and (first.ent_type_ in ("", "PERSON") or first.ent_type_ == token.ent_type_ in MISTAKEN_PERSON_ENTS
                     or before and first.ent_type_ in ("GPE", "NORP", "LOC")
                     or described and first.ent_type_ == token.ent_type_ == "ORG"
                     or who_follows and first.ent_type_ == token.ent_type_ in ("ORG", "GPE")
                     and token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "who") \
                and not is_honorific(first) and not is_title_word(first) \
                and (first.i == 0 or doc[first.i - 1].pos_ != "PROPN"):
            return doc[first.i : token.i + 1]
    return None


# What the recogniser tags a person's name it does not know as, besides nothing: a body, a place, a
# people, or a work's or a product's name ('where Ganbaatar Dorjsuren keeps about 400 goats. He said').
UNKNOWN_NAME_ENTS = frozenset({"", "ORG", "FAC", "GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT"})


def _named_then_gendered(token: Token, people: "People") -> bool:
    name = _full_name(token)
    if name is None or any(t.ent_type_ not in UNKNOWN_NAME_ENTS for t in name) or people.inside_quote(token.idx):
        return False
    # A name the recogniser took for a place needs the pronoun in the name's own clause, not in what
    # it reports: 'At 71, Agnes Verhoeven still climbs the stairs to her workshop', but not 'South
    # Korea said he would visit'.
    place = any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in name)
    if name.start > 0 and token.doc[name.start - 1].lower_ == "the":
        return False  # 'The Harbour Policy Institute, reviewing his plan, ...'
    # (past a thing named after it: 'Anjali Roe owns Deer Lake Books and Games. She ...')
    things = not is_organisation_name(name)
    later = _pronoun_or_other_name_after(token, name.end, skip_things=things)
    if later is not None:
        if later.pos_ != "PRON":
            return False  # someone else named first
        if place and _in_reported_clause(later, token.head):
            return False
        return later.lower_ in GENDER_CUES
    # (or, for the subject of a sentence that names nobody else, by the pronoun opening the next one:
    # 'Remedios Ibarra-Solís is already on court. Her players drift in')
    doc, end = token.doc, sentence_bounds(token)[1]
    while end < len(doc) and doc[end].is_space:
        end += 1
    if place or token.dep_ not in ("nsubj", "nsubjpass") or end >= len(doc):
        return False
    if doc[end].lower_ in GENDER_CUES and doc[end].dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    # (or the subject of the next sentence's main verb, after a phrase that names nobody: 'Nadia
    # Okafor-Lind is sitting on an upturned crate ... In four hours she will stand ...')
    root = doc[end].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (or after the question put to them: 'Asked about Garnier's comments, he said', whose names are
    # what was asked about; see ``_in_the_question_put_to``)
    opening = doc[end]
    asked = subject is not None and _question_put(opening) and opening.head.i == root.i \
        and subject.i == opening.right_edge.i + 2
    return subject is not None and subject.lower_ in GENDER_CUES and (asked or subject.i - end <= 6 and not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in doc[end : subject.i])) \
        and "\n" not in doc[token.i : subject.i].text


def _surname_then_gendered(token: Token, people: "People") -> Span | None:
    """The earlier full name of a surname alone that is a subject followed in its own clause by 'he'
    or 'she' as subject or possessor; not by one in what it reports, which can be anyone ('Police
    said her car ...'), nor after someone else is named."""
    span = name_span_of(token)
    # (a surname of two joined words too: 'Okafor-Lind is still shaking')
    if token.dep_ not in ("nsubj", "nsubjpass") or not (len(span) == 1 or _joined_by_hyphen(span)
                                                       and span.end == token.i + 1) \
            or people.inside_quote(token.idx) or is_title_word(token):
        return None
    named = _first_named_with_a_first_name(token, described=True)
    if named is None:
        return None
    # (or the speaker of a quote that opens the next sentence: 'X is still shaking. ‘...,’ she says')
    later = _pronoun_or_other_name_after(token, token.i + 1) or _speaker_of_quote_after(token)
    if later is None or later.pos_ != "PRON" or later.lower_ not in GENDER_CUES \
            or _in_reported_clause(later, token.head):
        return None
    return named


def _speaker_of_quote_after(token: Token) -> Token | None:
    """The subject of the cue after a quote that opens the sentence after the token's, in its
    paragraph, when no other name comes before it: '‘I have sung in bigger houses,’ she says'."""
    doc, end = token.doc, sentence_bounds(token)[1]
    if end >= len(doc) or not doc[end].is_quote or "\n" in doc[token.i : end].text:
        return None
    closing = next((t for t in doc[end + 1 : end + 80] if t.is_quote), None)
    if closing is None or "\n" in doc[end : closing.i].text:
        return None
    following = doc[closing.i + 1 : closing.i + 4]
    for word in following:
        if word.pos_ == "PROPN" or word.ent_type_ == "PERSON":
            return None
        if word.pos_ == "PRON" and word.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(word.head):
            return word
    return None


def _pronoun_or_other_name_after(token: Token, start: int, skip_things: bool = False) -> Token | None:
    """The first word from ``start`` to the end of the token's sentence, outside the token's own
    phrase ('Acme, which he joined, said'), that settles whether a pronoun there means it: a subject
    or possessor pronoun that is no relative (', which sits on the corner'), or someone else's name
    (with ``skip_things``, not a name the recogniser gave a thing)."""
    for later in token.doc[start : sentence_bounds(token)[1]]:
        if token.is_ancestor(later) or skip_things and _thing_named(later):
            continue
        if later.pos_ == "PROPN" or later.ent_type_ == "PERSON":
            return later
        if later.pos_ == "PRON" and later.dep_ in ("nsubj", "nsubjpass", "poss") \
                and later.tag_ not in ("WDT", "WP", "WP$"):
            return later
    return None


# Words for natural features that end their names, and no person's: 'Naqara Atoll'.
NATURAL_FEATURES = frozenset({"atoll", "reef", "lagoon", "glacier", "peninsula", "island", "islands", "archipelago",
                              "volcano", "plateau", "canyon", "fjord", "estuary", "strait", "valley", "mountains",
                              "falls"})


def _modifies_things(token: Token) -> bool:
    """A word set right before a plural common noun that names no people: 'Alpine glaciers'."""
    head = token.head
    return token.dep_ in ("compound", "amod", "nmod") and head.i == token.i + 1 and head.tag_ == "NNS" \
        and not is_title_word(head) and not is_lay_person(head) and not is_relative_noun(head) \
        and head.lemma_.lower() not in GENDERED_NOUNS


def _listed_with_things(token: Token) -> bool:
    """A word joined by 'and' or a comma to plural common nouns that name no people: 'Mosques,
    gurdwaras and Black churches have all invested'."""
    joined = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    joined += [c for j in list(joined) for c in j.children if c.dep_ == "conj" and c.i != token.i]
    return bool(joined) and all(
        j.tag_ == "NNS" and j.text.islower() and j.lemma_.lower() != "other" and not is_title_word(j)
        and not is_lay_person(j) and not is_relative_noun(j) and j.lemma_.lower() not in GENDERED_NOUNS
        for j in joined)


def _thing_named(token: Token) -> bool:
    """Whether a word is in a name the recogniser tagged as something other than a person, or is
    joined to one by 'and' ('Deer Lake Books and | Games')."""
    return token.ent_type_ not in ("", "PERSON") or token.dep_ == "conj" and token.head.ent_type_ not in ("", "PERSON")


def _owned_inside_a_noun_phrase(possessive: Token) -> bool:
    """Whether what a possessive pronoun owns is the object of a preposition after a noun: 'a
    photograph of her reply', not 'her hands' or 'in her office'."""
    owned = possessive.head
    return owned.dep_ == "pobj" and owned.head.head.pos_ in ("NOUN", "PROPN") and owned.head.head.i < owned.head.i


def _past_the_report_naming(name: Token, pronoun: Token) -> bool:
    """Whether the name is the subject of a clause a speech verb reports and the pronoun is outside
    that clause, or speaks itself (the parser can hang 'though she added' on the clause reported)."""
    clause = name.head
    return name.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" and is_speech_verb(clause.head) \
        and (not clause.left_edge.i <= pronoun.i <= clause.right_edge.i
             or pronoun.dep_ == "nsubj" and is_speech_verb(pronoun.head))


def _in_reported_clause(token: Token, verb: Token | None = None) -> bool:
    """Whether ``token`` is inside a clause that ``verb`` (or a verb coordinated with it) reports; with
    no verb given, any speech verb ('adding that he did not know whether the landlord would help':
    someone the speaker talks about, not one the text describes)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "parataxis") and (
                is_speech_verb(node.head) if verb is None
                else node.head.i == verb.i or node.head.head.i == verb.i and node.head.dep_ == "conj"):
            return True
        node = node.head
    return False


# Titles a company can hold as well as a person.
COMPANY_ROLES = frozenset({"owner", "partner", "adviser", "advisor", "consultant", "member", "manager", "leader",
                           "founder", "executive", "representative", "counsel", "administrator", "landlord",
                           "tenant", "witness", "defendant", "plaintiff", "claimant", "candidate", "nominee",
                           "delegate", "head", "chair", "auditor", "organiser", "organizer"})


def _lone_name_word(token: Token) -> bool:
    """A capitalised word that is a name on its own here, not a title: 'Petrie' in 'Petrie, 26,' (or
    a surname of two joined by a hyphen: 'Wróblewska-Oyelaran, 47,')."""
    return " " not in name_span_of(token).text and _capitalised(token.text) and not is_title_word(token)


def _titled_in_apposition(token: Token, alone: bool = False) -> bool:
    """A first name and surname set beside a person's title by apposition, whatever the recogniser
    made of them: 'The shadow housing secretary, Olufemi Adeyinka-Ross,' and 'Marguerite
    Oyelaran-Bisset, head of research at Age Forward,' (or, ``alone``, a single capitalised word
    with a title after it: 'Talbot, a retired teacher,')."""
    # (or a relation: 'Mr Calloway’s sister, Danielle Calloway,')
    # (or someone's noun for a person, which no firm is: 'The festival’s booker, Imogen Thwaite,')
    before = token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN") and (
        is_title_word(token.head) or (is_relative_noun(token.head) or is_person_noun(token.head)
                                      and token.head.lemma_.lower() not in ORGANISATION_ANAPHORS)
        and any(c.dep_ == "poss" for c in token.head.children))
    # After the name, a bare title, or any title that only a person holds: 'the owner of the site' or
    # 'an adviser to the deal' just as often describes a company, 'a policy analyst at X' does not.
    after = any(c.dep_ == "appos" and c.i > token.i and c.pos_ == "NOUN" and is_title_word(c)
                and (c.lemma_.lower() not in COMPANY_ROLES or not any(d.dep_ in ("det", "poss") for d in c.children)
                     or _head_of_a_function(c))
                for c in token.children)
    if not (before or after):
        return False  # (checked first: this runs for every proper noun in the article)
    if after and token.dep_ == "pobj" and token.ent_type_ in ("GPE", "LOC", "FAC") \
            and token.head.lower_ in ("in", "at", "from", "near", "outside", "inside") and token.head.head.i > token.i:
        return False  # ('In Karsk, a senior official ... said': where the official spoke, set before the verb)
    if alone:
        return after and _lone_name_word(token)
    name = _full_name(token)
    if name is None or name.start > 0 and name.doc[name.start - 1].lower_ == "the":
        return False
    return after or token.head.i < name.start


def _head_of_a_function(title: Token) -> bool:
    """'the charity's head of operations', 'its chair of trustees': a post over a function or a staff
    (a bare common noun after 'of') is held by a person; 'the owner of the site' may be a company."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in o.children)
        for o in c.children) for c in title.children)


def _given_an_age(token: Token, alone: bool = False) -> bool:
    """A first name and surname with an age beside them, whatever the recogniser made of them:
    'Tamsin Greer, 38, said', 'Marcus Feld, a 15-year-old student, said' (or, ``alone``, a
    single capitalised word: 'Petrie, 26,')."""
    for child in token.children:
        # (or before the name: '87-year-old Donal Ahern')
        if child.i < token.i and child.dep_ == "amod" and is_age_epithet(child) and not alone:
            return _full_name(token) is not None
        if child.i < token.i or child.dep_ not in ("appos", "npadvmod", "amod", "nummod"):
            continue
        # (right after the name: in 'in Dublin Castle, Ní Bhriain, 58,' the age is the second name's)
        if child.like_num and child.text.isdecimal() and 0 < int(child.text) < 120 \
                and token.doc[child.i - 1].text == "," and token.doc[child.i - 2].i == token.i \
                or any(is_age_epithet(t) or "-year-old" in t.lower_ for t in child.subtree):
            if alone:
                return _lone_name_word(token)
            return _full_name(token) is not None
    # (or set off right after it, wherever the parser hung it)
    doc = token.doc
    if token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 3].text == "," \
            and doc[token.i + 2].text.isdecimal() and 0 < int(doc[token.i + 2].text) < 120 \
            and doc[token.i + 2].dep_ in ("appos", "npadvmod", "nummod") and doc[token.i + 2].head.i != token.i:
        return _lone_name_word(token) if alone else _full_name(token) is not None
    return False


def _named_as_place_elsewhere(token: Token, people: People) -> bool:
    """A one-word name the recogniser tags as a place or organisation elsewhere in the article,
    and that never comes with a first name, is not a person ("Talks in Kyiv ... Kyiv said"); nor is
    one the article puts 'the' before."""
    # (a hyphenated name is one word, whatever its last part names: 'Solberg-Maas', not the river Maas)
    name = name_span_of(token).text
    word = name if " " not in name else token.text
    if word in people.thing_names:
        return True
    person = people.by_key.get(name_key(word))
    if person is not None and len(person.name.split()) > 1:
        return False
    # (a word given an age or a person's title is someone's one name: 'Amina, 34, said')
    return word in people.place_names and not (_given_an_age(token, alone=True)
                                               or _titled_in_apposition(token, alone=True))


def describe_people_named_before(people: People) -> None:
    """'Josh Pennington took 5-48 ... The Durham seamer, recalled in place of the injured X, found late
    swing': a definite description with a title, as the subject of a sentence that quotes no one, says
    what the person the article was just talking about is, as it would if it were a cue's subject
    (see ``_person_described_before``). Their role from there on, where they have none."""
    for token in people.tokens:
        # (of the sentence's own verb: not what a clause inside it reports or supposes, 'insisting the
        # £62m midfielder is ...', 'whether the tenant changes')
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or token.tag_ != "NN" \
                or not token.text.islower() \
                or not is_title_word(token) or people.inside_quote(token.idx) \
                or is_speech_verb(token.head) \
                and any(c.dep_ in ("ccomp", "dobj", "parataxis") for c in token.head.children):
            continue  # (a cue's subject is resolved with its quote; not 'The seamer, recalled in place of ...')
        phrase = noun_phrase(token)
        if phrase.start == token.i or phrase[0].lower_ != "the":
            continue
        person = _person_described_before(token, phrase, people)
        if person is not None and person.role_at(token.idx) is None:
            people.describe(person, phrase, clean_role(list(phrase)))


def _has_name(phrase: Span) -> bool:
    # (not a title the recogniser took for a name: 'the Treasurer')
    return any(t.ent_type_ == "PERSON" and not (t.pos_ == "PROPN" and is_title_word(t)) for t in phrase)


def _person_described_before(token: Token, phrase: Span, people: People) -> Person | None:
    """'“...,” the striker said' or 'the Croatian said' where the article has given nobody that
    title: a definite description of the person it was just talking about, as a pronoun would be.
    That is the nearest person, preferring subjects, in this paragraph or the one before, whose own
    title, if the text gave one, is not a different one; the one person the text gave the word to,
    if it did; and nobody when the same noun described someone unnamed earlier."""
    demonym = is_demonym(token)
    children = _children_across_hyphen(token)
    # (a possessor's 'the' the parser hung on what it possesses: 'The 29-year-old singer-songwriter’s album')
    possessor_s_the = any(c.tag_ == "POS" for c in token.children) and token.head.left_edge.i < token.i \
        and token.doc[token.head.left_edge.i].lower_ == "the"
    if token.tag_ not in ("NN", "NNP") and not demonym \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not possessor_s_the \
            or _has_name(phrase) and not demonym:
        return None
    # ('Bernadette Nwachukwu, 79, ... The widow said': a noun for a person of one gender is said of the
    # one just named as a title is; not one of a relation, 'the widow of the late mayor')
    gendered = token.lemma_.lower() in GENDERED_NOUNS and token.tag_ == "NN" \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    # ('The former Tamil Nadu opener said': what someone was is said only of a person, whatever the noun)
    former = any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in children)
    if not (is_title_word(token) or token.ent_type_ == "NORP" or demonym or gendered or former):
        # (a noun for someone by what they are, 'the retiree', only for the one the text called so)
        return _one_given_the_description(phrase, people) if is_person_noun(token) else None
    title = hyphenated_title(token)
    # (one named only in a later sentence is no one the description can mean: 'the Ashcombe chairman
    # defended ... The supporters' trust's chair, Sandra Pike, said')
    sentence_end = sentence_bounds(token)[1]
    holders = [p for p in people.by_key.values() if any(title in role.lower().split() for role in p.titles)
               and any(m.span.start < sentence_end for m in p.mentions)]
    # (a holder whose title lacks the body the description names is someone else's: 'Harrowgate
    # manager Neil Ashdown' is not 'the Castlebrook manager')
    whose = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod") and _names_whose(c)]
    holders = [p for p in holders if any(title in role.lower().split() and all(w in role.lower().split() for w in whose)
                                         for role in p.titles)]
    # (nor a shadow holder for a plain description, nor a serving one for 'the former chancellor')
    holders = [p for p in holders
               if any(title in role.lower().split() and _same_tenure(role, phrase) for role in p.titles)]
    # (nor one whose title gives another nationality: 'Spanish director X' is not 'the Chilean director')
    nationalities = [c for c in children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    if nationalities:
        holders = [p for p in holders if not _of_another_nationality(p, nationalities)]
    if holders:
        # ('Croatian fifth seed Luka Horvat ... the Croatian said'; a title's one holder is found
        # before this, and with two, or a 'vice presidential nominee' for 'the presidential
        # nominee', not finding which is no reason to guess)
        return holders[0] if len(holders) == 1 and not is_title_word(token) else None
    # (a bare post someone held is no one described: 'since she was sacked as chancellor')
    if any(t.lemma_.lower() == title and t.pos_ == "NOUN" and t.tag_ != "NNS" and not _has_name(noun_phrase(t))
           and not (t.dep_ == "compound" and t.head.ent_type_ == "PERSON")
           and any(c.dep_ in ("det", "poss", "nummod") for c in t.children)
           and all(w in noun_phrase(t).text.lower().split() for w in whose)
           and not _in_the_headline(t)  # (a headline names nobody: 'The midwife who keeps writing ...')
           for t in token.doc[: token.i]):
        return None  # 'A spokesman said ... the spokesman said': the one described before, unnamed
    if title in COURT_OFFICES | MATCH_OFFICES:
        # 'Ben Cole denies arson. The prosecutor said ...': an office a court holds over the people
        # a report names is never the nearest of them, as a striker or a Croatian may be (nor is the
        # referee of a match one of its players)
        return None
    # (never one the description itself names as what the title is of: 'Everton rejected the bid ...
    # “...,” the Everton manager said' is not said by a person called Everton, whatever the recogniser
    # made of the club's name where it led a sentence)
    named_in_it = frozenset(name_key(name_span_of(c).text) for c in children
                            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i)
    found = people.antecedent(token, gender=GENDERED_NOUNS.get(title), skip=named_in_it)
    if found is None or not people.same_or_next_narrative_paragraph(found[1].span.start_char, token.idx):
        return None
    person, mention = found
    if mention.span.root.dep_ == "compound" and mention.span.root.head.pos_ == "NOUN":
        return None  # a name that only modifies a noun ('the Garda spokesman') is not who speaks
    role = person.role_at(token.idx)
    # (unless the party or body the description names is the one their own title is of: 'Labour’s
    # housing spokeswoman, Niamh Roe, ... said the Labour TD')
    same_body = bool(whose) and role is not None and all(
        w in getattr(role, "phrase", role).lower().replace("’", "'").replace("'s", "").split() for w in whose)
    # (a player's position goes with the post they hold in the team: 'Karsk captain Oleg Vashchuk ...
    # “...,” the defender said')
    if is_title_word(token) and role and has_title_text(role) and not same_body \
            and not _in_the_team_post(person, token):
        return None  # 'Senator Roe ... the minister said': another person
    start, end = sentence_bounds(token)
    if any(start <= m.span.start < end and people.inside_quote(m.span.start_char) for m in person.mentions):
        return None  # '“Maren is the best scientist we have,” the director says': someone else speaks of her
    return person


def _in_the_headline(token: Token) -> bool:
    """Whether the word is in the article's headline: its first line, standing alone, with no full stop
    at its end (a first line that ends as sentences do is the lede)."""
    text = text_of(token.doc)
    bounds = headline_bounds(text)
    return bounds is not None and token.idx < bounds[1] \
        and not text[: bounds[1]].rstrip().endswith((".", "!", "?", "\"", "”", "’", "'"))


def _same_tenure(role: str, description: Span) -> bool:
    """Whether a title fits a description's tenure: 'the former chancellor' is no serving one, and
    'the chancellor' no shadow one."""
    words = role.lower().replace("ex-", "former ").split()
    described = description.text.lower().replace("ex-", "former ").split()
    return ("former" not in described or "former" in words) and ("shadow" not in words or "shadow" in described)


def _in_the_team_post(person: Person, position: Token) -> bool:
    """A player's position said of someone whose role is a post in the team ('Karsk captain Oleg
    Vashchuk ... the defender said'), which stays their role."""
    role = person.role_at(position.idx)
    return role is not None and role.lower().split()[-1] in TEAM_POSTS and _player_word(position)


# Posts in a team that a player of any position holds.
TEAM_POSTS = frozenset({"captain", "skipper", "co-captain", "vice-captain"})


def _player_word(token: Token) -> bool:
    """A word for a player by position: 'defender', 'striker', 'fast bowler', 'left tackle'."""
    lemma = token.lemma_.lower()
    return lemma in POSITIONS or lemma in PLAYER_TITLES


# Players' positions that are titles in their own right (see roles.POSITIONS for the rest).
PLAYER_TITLES = frozenset({"defender", "midfielder", "striker", "winger", "goalkeeper", "quarterback", "pitcher",
                           "catcher", "shortstop", "linebacker", "fullback", "playmaker", "wicketkeeper", "flanker",
                           "hooker", "player", "batsman", "outfielder", "infielder"})


def _after_an_article(span: Span | None) -> bool:
    """Whether an article opens the phrase a span ends, past up to two lower-case words before it
    ('The state | Returning Officer'): a name takes none."""
    if span is None:
        return False
    k = span.start - 1
    while k >= 0 and span.start - k <= 2 and span.doc[k].is_lower and span.doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    return k >= 0 and span.doc[k].lower_ in ("the", "a", "an")


def hyphenated_title(token: Token) -> str:
    """A title's lemma, or the whole of a hyphenated one the tokenizer split ('co' '-' 'founder' is
    'co-founder'), which is another title than its last part."""
    return token.doc[token.i - 2 : token.i + 1].text.lower() if hyphen_prefix(token) else token.lemma_.lower()


def _children_across_hyphen(token: Token) -> list[Token]:
    """A word's dependents and, where the tokenizer split it at a hyphen, those the parser gave its
    first part ('the' on 'co' in 'the co-founder')."""
    children = list(token.children)
    return children + list(token.doc[token.i - 2].children) if hyphen_prefix(token) else children


def _same_or_next_paragraph(text: str, start: int, end: int) -> bool:
    return text[start:end].count("\n\n") + text[start:end].replace("\n\n", "").count("\n") <= 1


# How many paragraphs down a title given before anyone is named can find its one holder: past a
# headline, a byline and a dateline to the lede.
OPENING_TITLE_REACH = 3


def _unique_person_with_title(token: Token, people: People) -> Person | None:
    title = hyphenated_title(token)
    children = _children_across_hyphen(token)
    if any(c.dep_ in ("det", "nummod") and c.lower_ in ("another", "other", "one") for c in children):
        return None  # 'another analyst' or 'one director' is not the analyst or director named before
    if _unnamed_on_purpose(token):
        return None  # 'one trustee, who spoke on condition of anonymity,' is nobody the article names
    # 'a senior party leader' with words the person's role does not have is someone new, not
    # the 'Leader of the Opposition' named before ('a judge' can still be the judge named).
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children) \
        or opener_read_apart(token) is not None  # ('One experienced referee', however the parser split it)
    if indefinite and any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with") for c in token.children):
        return None  # 'a spokesperson for the minister' says whose, not which named one
    if indefinite and title in SPEAKING_FOR_TITLES:
        return None  # ('A Defence spokesperson said': a press office that gives no name, not the one named)
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    # (not one named only paragraphs later: 'the Dunmore chairman insisted ... The supporters' club ...
    # Its chair, Ann Pike, said'; before anyone is named, a headline's or a lede's title can mean the
    # one named in the story's first paragraphs: 'The health secretary has written ... In the letter,
    # Daniel Ashworth proposed')
    opening = not people.named_before(token.idx)
    # (a headline's or its standfirst's, above the byline, however far down the story names them)
    headline = token.idx < people.headline_end(len(people.text))
    reach = len(people.text) if opening and headline else OPENING_TITLE_REACH if opening else 1

    def holders(also: list[str]) -> list[Person]:
        # (or a rank set right before the name, which no role keeps: 'the district commissioner,
        # Brigadier X, ... The brigadier said')
        return [p for p in people.by_key.values()
                if any(m.span.start < token.i
                       or people.narrative_paragraphs_apart(token.idx, m.span.start_char) <= reach
                       for m in p.mentions)
                and any(_holds_title(role.lower().split(), title, also) for role in p.titles)
                or not also and any(m.span.start > 0 and token.doc[m.span.start - 1].lower_ == title
                                    and token.doc[m.span.start - 1].text[:1].isupper()
                                    and not any(title in role.lower().split() for role in p.titles)
                                    for m in p.mentions)]

    matches = holders([w.lower_ for w in modifiers])
    if not indefinite and len(matches) != 1 and modifiers and not any(_names_whose(w) or w.lower_ in TENURE_WORDS
                                                                      for w in modifiers):
        # 'the Chief Minister' is the one Chief Minister among ministers; 'the veteran minister' can
        # still be the one minister whose role lacks 'veteran', but 'the Democratic nominee' or
        # 'the Liberal leader' is not the Republican nominee or the Green leader.
        matches = holders([])
    elif not indefinite and not matches and modifiers:
        # ('captain Mitchell Carrodus ... the Australia captain': the one holder, whose title names
        # no body of its own that could be another; of several such, the one just named, below:
        # 'The opposition leader, Cllr X, ... the Conservative group leader said')
        bare = holders([]) if not any(w.lower_ in TENURE_WORDS for w in modifiers) else []
        # (a nationality says who the person is, not whose: 'Ashbourne City manager X ... the
        # Portuguese coach' is the one holder, whatever body the role names)
        nationality = all(w.ent_type_ == "NORP" and w.dep_ == "amod" for w in modifiers)
        matches = [p for p in bare if nationality and not _of_another_nationality(p, modifiers)
                   or not nationality and not any(word[:1].isupper() and not is_title_text(word)
                                                  for role in p.titles for word in role.split())]
    if any(w.lower_ in ("former", "ex") for w in modifiers):
        # ('the former England captain' is none who holds the post now: 'England captain Tom Ashworth
        # ... Graeme Whitlock, who gave up the England captaincy in 2008, ... the former England captain')
        matches = [p for p in matches if any(role.lower().startswith(PAST_ROLE_WORDS) for role in p.titles)]
    elif len(matches) > 1:
        # 'the captain' is the captain now, not a former one the article quotes too
        current = [p for p in matches if any(_holds_title(role.lower().split(), title, [])
                                             and not role.lower().startswith(PAST_ROLE_WORDS) for role in p.titles)]
        matches = current or matches
    if len(matches) > 1 and not indefinite:
        # Of two ambassadors, 'the ambassador' right after one of them was named is that one, as a
        # pronoun would be.
        last = max(((m.span.start_char, p) for p in matches for m in p.mentions if m.span.start_char < token.idx),
                   default=None, key=lambda found: found[0])
        if last is not None and _same_or_next_paragraph(people.text, last[0], token.idx):
            return last[1]
    if len(matches) == 1 and not indefinite and _described_unnamed_before(token) \
            and all(m.span.start >= sentence_bounds(token)[1] for m in matches[0].mentions):
        # ('KCNA quoted an unnamed spokesperson ... “...,” the spokesperson said' is that one, not the
        # spokesperson the article names only later)
        return None
    if len(matches) == 1 and not indefinite and _unnamed_one_since(token, matches[0], people):
        # ('Referee X waved play on ... One experienced referee, speaking on condition of anonymity,
        # said ... “...,” the referee said': the one just described, not the one named before)
        return None
    if len(matches) == 1 and not indefinite and _heads_another_body(token, matches[0]):
        return None
    return matches[0] if len(matches) == 1 else None


def _of_another_nationality(person: Person, nationalities: list[Token]) -> bool:
    """Whether a person's own title gives a nationality other than the description's: 'Spanish
    director Álvaro Roe' is not 'the Argentine director'."""
    doc = nationalities[0].doc
    given = {w.lower_ for w in nationalities}
    theirs = {word.lower() for role in person.titles for word in role.split()
              if any(t.text == word and t.ent_type_ == "NORP" for t in doc)}
    return bool(theirs) and not given <= theirs


def _heads_another_body(title: Token, person: Person) -> bool:
    """'the head of the regional demining centre' is not the one named 'head of the UN's mine action
    team': a body described in words of its own ('regional demining centre', not just 'the company')
    that share none with the body the holder's title names."""
    body = next((o for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                 for o in c.children if o.dep_ == "pobj"), None)
    if body is None or not any(c.dep_ in ("amod", "compound", "poss") for c in body.children):
        return False
    words = {w for t in body.subtree if t.is_alpha and t.dep_ != "det" for w in (t.lower_, t.lemma_.lower())}
    roles = [role.lower().split() for role in person.titles]
    named = [role for role in roles if any(w in role for w in ("of", "for", "at"))]
    return bool(named) and not any(w in role for role in named for w in words)


def _name_after_second_title(title: Token) -> Span | None:
    """'Opposition MLA and former minister Hemant Sharma': a title with no determiner, joined by
    'and' to a second title and a name, is the same person's first title, whatever the recogniser
    made of it. ('The minister and Senator Jane Roe' are two people.)"""
    doc = title.doc
    if not is_title_word(title) or any(c.dep_ == "det" for c in title.children):
        return None
    named = next((c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and c.i > title.i), None)
    if named is None:
        return None
    name = name_span_of(named)
    between = doc[title.i + 1 : name.start]
    if not between or between[0].lower_ != "and" or len(between) < 2 or not is_title_word(between[-1]) \
            or not all(is_title_word(t) or t.lower_ in TITLE_MODIFIERS for t in between[1:]):
        return None
    return name


def _couple_named_before(noun: Token, people: People) -> Span | None:
    """For 'the couple' or 'the pair', the nearest two people named before, outside quotes, as a
    couple sharing a surname ('Jamie and Laura Pritchard'), within the last few sentences."""
    if noun.lemma_.lower() not in COUPLE_NOUNS or noun.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for token in reversed(noun.doc[people.window_start(noun, COUPLE_WINDOW) : noun.i]):
        couple = _couple_sharing_a_surname(token) if not people.inside_quote(token.idx) else None
        if couple is not None:
            return couple
    return None


# Nouns for two people taken together, and how many sentences back the two can have been named.
COUPLE_NOUNS = frozenset({"couple", "pair"})
COUPLE_WINDOW = 6


def _couple_sharing_a_surname(token: Token) -> Span | None:
    """'Gareth and Eirlys Prosser': a first name alone joined by 'and' to a full name; the two share
    the surname at its end."""
    doc = token.doc
    # (the first name alone the recogniser can take for anything)
    if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", "ORG", "") or len(name_span_of(token)) != 1:
        return None
    other = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                 None)
    if other is None or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "and":
        return None
    full = name_span_of(other)
    if len(full) != 2 or full.start != token.i + 2:
        return None
    return doc[token.i : full.end]


def _handle_of(token: Token) -> Span | None:
    """The online handle a speaker's phrase gives them: '@name', or a Reddit 'u/name', in apposition
    or after 'as' ('one user, @kestrel_ops,', 'who posts as @tinkerbyte', 'one Reddit user, u/name')."""
    doc = token.doc
    if token.text.startswith("@") and len(token.text) > 1:
        return doc[token.i : token.i + 1]
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON", "ORG"):
        return None
    end = min(len(doc), max(token.right_edge.i, token.i) + 6)
    for t in doc[token.i + 1 : end]:
        if t.text in (".", ";", ":") or t.is_space or t.i == token.head.i and t.i > token.i:
            break  # (never past the verb the phrase is the subject of)
        if t.text.startswith("@") and len(t.text) > 1 and t.text[1:2].isalnum():
            return doc[t.i : t.i + 1]
        if t.lower_ == "u" and t.i + 2 < len(doc) and doc[t.i + 1].text == "/" and not t.whitespace_ \
                and not doc[t.i + 1].whitespace_ and doc[t.i + 2].text[:1].isalnum():
            return doc[t.i : t.i + 3]
    return None


def holder_of_title(title: Token, people: People) -> Person | None:
    """The one person the article gives this title, in any of its forms ('chair' for 'State Chairman')."""
    holders = [p for p in people.by_key.values()
               if any(_holds_title(role.lower().split(), title.lemma_.lower(), []) for role in p.titles)]
    return holders[0] if len(holders) == 1 else None


def _described_unnamed_before(token: Token) -> bool:
    """Whether the same noun described someone earlier in the article, below its headline, without a
    name beside it."""
    title = token.lemma_.lower()
    text = text_of(token.doc)
    body = text.find("\n") + 1 if "\n" in text[: token.idx] else 0
    return any(t.lemma_.lower() == title and t.pos_ == "NOUN" and t.idx >= body and not _has_name(noun_phrase(t))
               and not (t.dep_ == "compound" and t.head.ent_type_ == "PERSON") for t in token.doc[: token.i])


def _unnamed_one_since(token: Token, holder: Person, people: People) -> bool:
    """Whether, after the holder's last mention and in this paragraph or the one before, a subject
    with the same noun and no name speaks: someone else who holds the title."""
    title = token.lemma_.lower()
    last = max((m.span.end for m in holder.mentions if m.span.end <= token.i), default=0)
    return any(t.lemma_.lower() == title and t.pos_ == "NOUN" and not _has_name(noun_phrase(t))
               and t.i not in {c.i for c in token.children}
               and any(is_speech_verb(v) and subject_of(v) == t for v in (t.head, t.head.head))
               and not people.inside_quote(t.idx) and _same_or_next_paragraph(people.text, t.idx, token.idx)
               for t in token.doc[last : token.i])


def _unique_holder_of_initials(letters: str, people: People) -> Person | None:
    """The one person whose title's capitalised words have these initials: 'the DG' is the
    Director-General, 'the CP' the Commissioner of Police."""
    holders = [p for p in people.by_key.values() if any(letters in _title_initials(role) for role in p.titles)]
    return holders[0] if len(holders) == 1 else None


def _title_initials(role: str) -> set[str]:
    """The initials of each run of capitalised words in a title, hyphenated parts apart and small
    words inside it skipped: 'Commissioner of Police' -> CP, 'agency's Director-General' -> DG."""
    runs, run = [], ""
    for word in role.replace("-", " ").split():
        if word[:1].isupper():
            run += word[0]
        elif word not in ("of", "for", "and", "the") or not run:
            runs.append(run)
            run = ""
    runs.append(run)
    return {run[i:j] for run in runs for i in range(len(run)) for j in range(i + 2, len(run) + 1)
            if i == 0 or j == len(run)}


def _names_whose(modifier: Token) -> bool:
    """A title's modifier that says whose the title is, a party, a nation or a body ('the Democratic
    nominee', 'the French minister'), not what kind ('the veteran minister', 'the Foreign Minister')."""
    return modifier.ent_type_ == "NORP" or modifier.text[:1].isupper() and not modifier.is_sent_start \
        and not is_title_text(modifier.text)


# Verbs by which someone is given a post: 'named interim coach', 'promoted to chief of staff'.
APPOINTING_VERBS = frozenset({"name", "appoint", "promote", "elect", "hire", "install", "tap", "become", "take"})

# Words that say which of a title's holders over time is meant: 'the interim coach' is not the coach
# the article says was fired, 'the new chief executive' not the one she replaced.
TENURE_WORDS = frozenset({"interim", "acting", "caretaker", "new", "incoming", "outgoing", "former", "ex", "previous",
                          "permanent", "temporary"})

# Words that make a title someone else's second: a 'Vice President' is not 'the president'.
SUBORDINATE_TITLE_WORDS = frozenset({"vice", "deputy", "assistant", "under", "associate", "lieutenant", "lt.", "lt",
                                     "shadow"})  # (a shadow health secretary is the opposition's, not the one)

# A title as a name's prefix ('Gov. Eleanor Pryce', 'Justice Ama Mensah') and the noun a later
# mention uses for the same office ('the governor', 'the judge').
PREFIX_TITLE_NOUNS = {
    "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator", "rep.": "representative",
    "congressman": "representative", "congresswoman": "representative",
    "gen.": "general", "sgt.": "sergeant", "sgt": "sergeant", "col.": "colonel", "capt.": "captain",
    "cpl.": "corporal", "maj.": "major", "brig.": "brigadier", "cmdr.": "commander", "det.": "detective",
    "insp.": "inspector", "supt.": "superintendent", "atty.": "attorney", "amb.": "ambassador",
    "prof.": "professor", "prof": "professor", "justice": "judge", "skipper": "captain",
    "coun.": "councillor", "cllr": "councillor", "cllr.": "councillor", "ald.": "alderman",
}


def _titled_as(person: Person, title: Token) -> bool:
    """Whether the article gave the person this title ('Vice-Chancellor Devendra Shukla ... the
    vice-chancellor')."""
    words = {w for role in person.titles for w in re.split(r"[\s\-‐]+", str(role).lower())}
    return title.lemma_.lower() in words or title.lower_ in words


# Words that open a sentence with where something was said: 'Outside court, ...'.
PLACE_ADVERBS = frozenset({"outside", "inside", "afterwards", "later", "earlier", "aboard"})


def _person_after_a_place(subject: Token) -> Token | None:
    """'In Quibdo, the provincial capital, a municipal official ... said': the parser can make the
    description of the place that opens the sentence the subject, and who speaks its apposition."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ != "nsubj" or is_title_word(subject) \
            or subject.lemma_.lower() in GENDERED_NOUNS:
        return None
    doc = subject.doc
    start = subject.left_edge.i
    # ('Outside court, her daughter, Lorna Price, said', 'Aboard Air Force One, press secretary X told':
    # a place the tagger read as part of the subject, with who speaks beside it)
    if start == sentence_bounds(subject)[0] and doc[start].dep_ in ("amod", "compound") \
            and doc[start].lower_ in PLACE_ADVERBS:
        return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                     and (c.pos_ == "NOUN" and is_person_noun(c) or c.ent_type_ == "PERSON")), None)
    if subject.pos_ != "NOUN":
        return None
    opening = doc[sentence_bounds(subject)[0]]
    if start < 3 or doc[start - 1].text != "," or opening.pos_ != "ADP" or opening.right_edge.i != start - 2 \
            or not any(c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN")
                       for c in opening.children):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.pos_ == "NOUN"
                 and (is_title_word(c) or c.lemma_.lower() in GENDERED_NOUNS)), None)


def _name_given(token: Token) -> Span | None:
    """The name a described person gave in a relative clause: 'who gave his name as Abu Yazan',
    'who gave only her first name, Sheila,', 'who identified herself as Mara'."""
    # (or, with 'who', hung on a phrase after the noun: 'A father at Ridgeline Elementary, who gave
    # only his first name, Marcus,')
    clauses = list(token.children) + [c for t in token.subtree if t.i != token.i and t.dep_ in ("pobj", "appos")
                                      for c in t.children if any(w.lower_ == "who" for w in c.children)]
    # (or one the clause's infinitive says: 'who agreed to be identified only by his first name, Tamer')
    clauses += [x for c in clauses if c.dep_ == "relcl" for x in c.children
                if x.dep_ == "xcomp" and x.lemma_.lower() == "identify"]
    for clause in clauses:
        if clause.dep_ not in ("relcl", "xcomp") or clause.lemma_.lower() not in ("give", "identify"):
            continue
        name_noun = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"), None) \
            or next((o for c in clause.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                     for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "name"), None)
        if clause.lemma_.lower() == "give" and name_noun is None:
            continue
        heads = [clause] + ([name_noun] if name_noun is not None else [])
        named = next((o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                      for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if named is None and name_noun is not None:
            named = next((c for c in name_noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            # (two who gave their names together speak together: 'who gave their names as Rosa and Itzel')
            other = next((c for c in named.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            name = name_span_of(named)
            return token.doc[name.start : name_span_of(other).end] if other is not None else name
    return _name_gone_by(token)


# Nouns for a name someone goes by instead of their own.
ALIAS_NOUNS = frozenset({"nickname", "alias", "pseudonym", "codename", "handle"})


def _name_gone_by(token: Token) -> Span | None:
    """The name a described person goes by in place of their own: 'a driver who goes by the call
    sign “Zubr”', 'a volunteer with the call sign “Dzhmil”', 'a fighter who uses the nickname “Sokol”'."""
    holders = [token] + [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    for noun in (t for holder in holders for t in holder.subtree):
        if not _is_alias_noun(noun):
            continue
        head = noun.head
        # (the noun hangs on the description itself, by 'with', or on its clause, by 'use' or 'go by')
        if noun.dep_ == "pobj" and head.lower_ in ("with", "by"):
            head = head.head
        elif noun.dep_ != "dobj" or head.lemma_.lower() not in ("use", "have"):
            continue
        if head.dep_ == "relcl" and head.lemma_.lower() in ("use", "have", "go"):
            head = head.head
        name = next((c for c in noun.children if c.dep_ == "appos" and c.text[:1].isupper()), None)
        if head in holders and name is not None:
            return name_span_of(name)
    return None


def _is_alias_noun(noun: Token) -> bool:
    """'nickname', 'alias', 'call sign': a noun for a name someone goes by."""
    return noun.lemma_.lower() in ALIAS_NOUNS or noun.lemma_.lower() == "sign" and any(
        c.dep_ == "compound" and c.lower_ == "call" for c in noun.children)


def _unnamed_on_purpose(token: Token) -> bool:
    """A description that says its person is not named: 'who spoke on condition of anonymity',
    'who asked not to be named', 'who was not authorised to speak'."""
    words = [t.lemma_.lower() for t in token.subtree]
    # (or a participle set off between the subject and its verb says so: 'A regent who voted for it,
    # speaking on condition of anonymity, said ...')
    if token.dep_ in ("nsubj", "nsubjpass"):
        words += [t.lemma_.lower() for c in token.head.children if c.dep_ == "advcl" and token.i < c.i < token.head.i
                  for t in c.subtree]
    # (or says so before the noun: 'an unnamed spokesperson', 'an anonymous official')
    if any(c.dep_ == "amod" and c.lower_ in ("unnamed", "anonymous", "unidentified") for c in token.children):
        return True
    return says_it_is_unnamed(words)


# Who conducts a hearing or a case, rather than being its subject.
COURT_OFFICES = frozenset({"judge", "magistrate", "prosecutor", "coroner", "recorder", "sheriff", "justice",
                           "registrar"})
MATCH_OFFICES = frozenset({"referee", "umpire", "linesman", "lineswoman", "steward"})
# Executives' titles and the acronyms news uses for them.
EXECUTIVE_ACRONYMS = {
    "ceo": ("chief executive officer", "chief executive"),
    "cfo": ("chief financial officer", "finance director"),
    "coo": ("chief operating officer",),
    "cto": ("chief technology officer",),
    "cio": ("chief information officer", "chief investment officer"),
}
# Titles for whoever leads a board or a committee, and the bodies that have a chair.
CHAIR_TITLES = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
CHAIRED_BODIES = frozenset({"board", "committee", "commission", "council", "panel", "trust", "authority"})
# Offices that a later mention calls by what the holder does: 'Assistant County Attorney X ... the
# prosecutor said', 'X, her solicitor ... the lawyer said'.
OFFICES_BY_WHAT_THEY_DO = {
    # (counsel's part in a case, as court reports give it: 'X KC, prosecuting, said')
    "prosecutor": ("district attorney", "county attorney", "state's attorney", "state attorney",
                   "prosecuting", "crown counsel", "procurator fiscal"),
    "lawyer": ("attorney", "counsel", "solicitor", "barrister", "prosecuting", "defending", "mitigating"),
    "chair": ("chairman", "chairwoman", "chairperson"),
    # (one who writes books, whatever kind)
    "author": ("novelist", "poet", "playwright", "biographer", "memoirist"),
    "writer": ("novelist", "poet", "playwright", "biographer", "memoirist"),
    # (one who speaks for a body, whatever the house style calls it)
    "spokesperson": ("spokesman", "spokeswoman", "public relations officer", "press secretary", "press officer"),
    "spokesman": ("spokesperson", "public relations officer", "press secretary", "press officer"),
    "spokeswoman": ("spokesperson", "public relations officer", "press secretary", "press officer"),
    # (who runs a team: football's 'manager' is other sports' 'head coach', and reports use both)
    "coach": ("manager",),
}


def _holds_title(role: list[str], title: str, also: list[str]) -> bool:
    """Whether a role (its lower-case words) is that title and has the ``also`` words too: a 'Vice
    President', a 'deputy minister' or a 'vice presidential nominee' is not 'the president', 'the
    minister' or 'the presidential nominee'. A role's last word may be the title's short form or
    its prefix form ('Gov.', 'Justice')."""
    # ('Chief financial officer X' ... 'the CFO'; 'CEO X' ... 'the chief executive')
    spelt = " ".join(role)
    if any(phrase in spelt for phrase in EXECUTIVE_ACRONYMS.get(title, ()) + OFFICES_BY_WHAT_THEY_DO.get(title, ())):
        return all(w in role for w in also)
    # ('Gerald Ames, who has led the zoning board, ... the chairman said': who leads a board chairs it)
    if title in CHAIR_TITLES and role[:1] in (["leader"], ["head"]) and role[-1] in CHAIRED_BODIES:
        return all(w in role for w in also)
    role = [w for word in role for w in (EXECUTIVE_ACRONYMS[word][0].split() if word in EXECUTIVE_ACRONYMS else [word])]
    last = len(role) - 1
    # ('Rep. X' ... 'the congresswoman': both name a member of the House)
    title = PREFIX_TITLE_NOUNS.get(title, title) if title in ("congressman", "congresswoman") else title
    return all(w in role for w in also) and any(
        (word == title or i == last and PREFIX_TITLE_NOUNS.get(word) == title)
        and not any(w in SUBORDINATE_TITLE_WORDS and w not in also for w in role[:i])
        for i, word in enumerate(role)) or _same_office(role, title, also)


def _same_office(role: list[str], title: str, also: list[str]) -> bool:
    """'Council member X' ... 'the councilwoman', 'Chairwoman X' ... 'the chair': one office, whatever
    the word for its holder; the role's last word names it."""
    office = _office_of_holder(title)
    if office is None or not role or not all(w in role for w in also):
        return False
    joined = role[-2] + role[-1] if len(role) > 1 and role[-1] == "member" else role[-1]
    # (a spokesman is not a spokeswoman)
    genders = {"f" if w.endswith("woman") else "m" for w in (joined, title) if w.endswith("man")}
    return _office_of_holder(joined) == office and len(genders) < 2 \
        and not any(w in SUBORDINATE_TITLE_WORDS and w not in also for w in role[:-1])


# Endings of words for whoever holds an office ('council|woman', 'chair|man', 'spokes|person').
HOLDER_ENDINGS = ("woman", "man", "person", "member")


def _office_of_holder(word: str) -> str | None:
    """The office a title word names without the word for its holder: 'council' for 'councilwoman',
    'councilman' and 'council member' (joined), 'chair' for 'chairman' and 'chair'."""
    for ending in HOLDER_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word if word in ("chair",) else None


def _one_unnamed_title_holder(token: Token) -> bool:
    """'A Labour MP', 'one Fianna Fáil TD', 'another Senate aide': one person known by a title an
    article does not give with a name, counted by 'a', 'one' or 'another'."""
    return is_title_word(token) and not _plural_title_word(token) and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in token.children)


def _is_organization(token: Token, phrase: Span) -> bool:
    if _one_unnamed_title_holder(token):
        return False  # (a title's letters too: 'a Labour MP')
    if is_initials(token):
        return True
    if _plural_title_word(token) and token.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
        return False  # ('opposition MPs' the tagger calls proper)
    if token.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return True
    if token.pos_ == "PROPN":
        return True
    return token.lemma_.lower() in INSTITUTION_NOUNS | ORGANISATION_ANAPHORS or token.lower_ in INSTITUTION_NOUNS


def _strip_determiner(span: Span) -> str:
    text = span.text
    for det in ("the ", "The "):
        if text.startswith(det):
            return text[len(det):]
    return text
