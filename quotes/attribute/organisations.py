"""What an organisation that speaks is, as the article describes it: 'Pellbridge, the FTSE 250 maker
of pumps and valves, said', 'US private equity firm Kingfell Capital said'. The description is the
organisation's role, as a title is a person's, wherever the organisation speaks in the article."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Span, Token

from quotes.attribute.roles import INSTITUTION_NOUNS, clean_role, is_lay_person, is_title_word
from quotes.find.cues import text_of

# Longest description taken, in words: a longer apposition is a clause about the body, not what it is.
MAX_DESCRIPTION_WORDS = 12


def organisation_key(text: str) -> str:
    """A body's name for matching: casefolded words without accents, a leading 'the' or a possessive."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    words = "".join(c for c in text if not unicodedata.combining(c)).casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(words)


# Nouns for kinds of bodies, which a description before a name must end in ('US private equity firm
# Kestrel Capital'); before a name the parser also joins other nouns ('the economy cabin Greyfield
# rolled out').
KINDS_OF_BODY = INSTITUTION_NOUNS | frozenset("""
    company firm group bank carrier airline retailer insurer lender manufacturer maker startup conglomerate
    giant chain brand platform app operator provider developer producer supplier publisher broadcaster
    network outlet club charity body watchdog regulator lobby utility fund miner explorer marketplace
    coalition alliance consortium cooperative co-op nonprofit organisation organization institute agency
    daily weekly tabloid broadsheet magazine
    """.split())


def _names_a_kind_of_body(noun: Token) -> bool:
    word = noun.lower_
    return word in KINDS_OF_BODY or word.endswith("maker")


def _is_description(noun: Token) -> bool:
    """A common noun for what a body is ('maker', 'carrier', 'firm'), not for a person."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.text.islower() \
        and not is_title_word(noun) and not is_lay_person(noun)


def _words(tokens: list[Token]) -> str | None:
    # (a participle modifying the noun is a description's word: 'Boston-based')
    if not tokens or len(tokens) > MAX_DESCRIPTION_WORDS or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in tokens):
        return None
    return clean_role(tokens)


def description_of(name: Span) -> str | None:
    """The description set beside a body's name: an apposition after a comma ('Boeing, the U.S.
    planemaker,') or a description right before it ('US private equity firm Kingfell Capital',
    'industry group the Merchant Payments Coalition')."""
    doc = name.doc
    root = name.root
    for child in root.children:
        # (right after the name: 'Hapticore said it had taken 30,000 preorders, a figure that ...' is
        # about the number, wherever the parser hung it)
        if child.dep_ == "appos" and child.i >= name.end and _is_description(child) \
                and doc[child.left_edge.i - 1].text == "," and child.left_edge.i - 1 == name.end \
                and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") or c.dep_ == "poss" for c in child.children):
            # (without a relative clause after it: 'a patient group [that helped recruit participants]')
            clause = next((c for c in child.children if c.dep_ in ("relcl", "acl") and c.i > child.i), None)
            end = clause.left_edge.i if clause is not None else child.right_edge.i + 1
            return _words(list(doc[child.left_edge.i : end]))
    last = name.start - 1
    if last >= 1 and doc[last].text == "," and name.end < len(doc) and doc[name.end].is_punct:
        # ('a pay offer from the port operator, Kestrel Harbour Holdings.': the description set off
        # before the name, which the parser seldom hangs on it)
        noun = doc[last - 1]
        start = next((t.i for t in doc[noun.left_edge.i : noun.i] if t.dep_ == "det"), None)
        if _is_description(noun) and _names_a_kind_of_body(noun) and start is not None \
                and doc[start].lower_ in ("the", "a", "an") \
                and all(t.dep_ in ("amod", "compound", "nmod") and t.head.i == noun.i for t in doc[start + 1 : noun.i]):
            return _words(list(doc[start : noun.i + 1]))
    if last >= 0 and doc[last].lower_ == "the":
        last -= 1
    if last < 0 or not _is_description(doc[last]) or not _names_a_kind_of_body(doc[last]):
        return None
    noun = doc[last]
    if not (noun.head.i in range(name.start, name.end) or noun.head.i == root.head.i and noun.dep_ == root.dep_):
        return None  # (the noun must describe the name, not be another part of the sentence)
    start = noun.left_edge.i
    tokens = list(doc[start : last + 1])
    if any(t.is_punct or t.dep_ == "det" and t.i > start for t in tokens):
        return None
    return _words(tokens)


def descriptions_in(doc: Doc, mentions: list[Span]) -> dict[str, str]:
    """Each body's first description in the article, by name: from the bodies the recogniser found and
    from the mentions that speak."""
    found: dict[str, str] = {}
    names = [ent for ent in doc.ents if ent.label_ == "ORG"] + list(mentions)
    # (and wherever else a speaking body's name is written, which the recogniser may have tagged
    # otherwise there: 'the engine maker, Corvane Aero,' read as a person)
    text = text_of(doc)
    for mention in mentions:
        at = text.find(mention.text)
        while at != -1 and at < mention.start_char:
            span = doc.char_span(at, at + len(mention.text))
            if span is not None:
                names.append(span)
            at = text.find(mention.text, at + 1)
    for name in sorted(names, key=lambda span: span.start):
        key = organisation_key(name.text)
        if key and key not in found:
            description = description_of(name)
            if description:
                found[key] = description
    return found


def description_for(speaker_name: str, descriptions: dict[str, str]) -> str | None:
    """The description of the body a speaker's name is, or a shorter or longer form of its name
    ('Kingfell' for 'Kingfell Capital')."""
    key = organisation_key(speaker_name)
    if not key:
        return None
    if key in descriptions:
        return descriptions[key]
    return next((d for name, d in descriptions.items() if name.startswith(key + " ") or key.startswith(name + " ")),
                None)
