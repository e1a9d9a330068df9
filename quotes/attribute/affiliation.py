"""Affiliation: the country or organisation a role names ('Kremlin spokesman' -> Kremlin,
'Ukrainian Foreign Ministry spokesman' -> Ukraine, 'Turkish Foreign Minister' -> Turkey)."""

from __future__ import annotations

from typing import Sequence

from quotes.attribute.roles import is_title_text

COUNTRY_LABELS = ("GPE", "NORP")
ORGANISATION_LABELS = ("ORG", "FAC")
# A demonym and its country share their first letters ("Ukrain-ian"/"Ukrain-e", "Turk-ish"/"Turk-ey").
MIN_SHARED_PREFIX = 4


def affiliation_of(role: str | None, entities: Sequence[tuple[str, str]]) -> str | None:
    """A country when the role names one (demonyms become the country the article names), else an
    organisation, else the capitalised body of the role; where the role ends in a body's whole name
    after 'of', 'for', 'at' or 'with', that name. ``entities`` are the article's named entities as
    (text, label)."""
    found = _affiliation_named_in(role, entities)
    named = _name_after_preposition(role, entities)
    if named is None:
        return found
    name, kind = named
    # (the whole name, where the recogniser cut it short: 'general secretary of the Care Workers’
    # Alliance', 'MP for Westbridge and Hale'; or any name a noun for a body sets beside it: 'founder
    # of the charity Safer Odds')
    return name if kind or found is not None and _contains_word(name, found) else found


# Nouns for a body that set its name beside them: 'the charity Safer Odds', 'the campaign group Rivers First'.
BODY_KIND_NOUNS = frozenset("group charity campaign union party company firm organisation organization coalition "
                            "alliance association trust foundation network club band magazine newspaper".split())
# Words that join the words of a body's name.
NAME_JOINERS = ("and", "of", "&", "for", "the")


def _name_after_preposition(role: str | None, entities: Sequence[tuple[str, str]]) -> tuple[str, bool] | None:
    """The capitalised name a role ends in after its last 'of', 'for', 'at' or 'with', and whether a
    noun for a body stands before it; not a person's name ('aide to President X' is no body's)."""
    if not role:
        return None
    plain = role.replace("’", "'")
    words = plain.split()
    at = max((i for i, w in enumerate(words) if w in ("of", "for", "at", "with")), default=None)
    if at is None:
        return None
    rest = words[at + 1:]
    while rest and rest[0] == "the":
        rest = rest[1:]
    kind = []
    while rest and rest[0].islower():
        kind.append(rest.pop(0))
    run = []
    for word in rest:
        if not (word[:1].isupper() or run and word in NAME_JOINERS):
            break
        run.append(word)
    while run and run[-1] in NAME_JOINERS:
        run.pop()
    if not run or is_title_text(run[0]):
        return None  # ('spokesman for Prime Minister X': an office's holder)
    people = {w for text, label in entities if label == "PERSON" for w in text.split()}
    body_kind = bool(kind) and kind[-1] in BODY_KIND_NOUNS
    if not body_kind and (kind or any(w in people for w in run)):
        return None
    # (the original characters: the role's own apostrophes)
    name = " ".join(run)
    start = plain.find(name)
    return (role[start : start + len(name)], body_kind) if start >= 0 else None


def _affiliation_named_in(role: str | None, entities: Sequence[tuple[str, str]]) -> str | None:
    if not role:
        return None
    countries = [text for text, label in entities if label == "GPE"]
    for text, label in entities:
        if label in COUNTRY_LABELS and _contains_word(role, text):
            return text if label == "GPE" else country_of_demonym(text, countries)
    for text, label in entities:
        if label in ORGANISATION_LABELS and _contains_word(role, text) and not all(
            is_title_text(word) for word in text.split()
        ):
            return _without_article(text)
    people = {text for text, label in entities if label == "PERSON"}
    # Possessive: "Ukraine’s first deputy foreign minister", "Halden Health's president"; not a
    # person's ("Emily's mother"), nor one inside a body's name ("Boston Children's Hospital spokesman").
    words = role.replace("’", "'").split()
    for i, word in enumerate(words):
        if word.endswith("'s") and word[:1].isupper() and i + 1 < len(words) \
                and (words[i + 1][:1].islower() or is_title_text(words[i + 1])):
            start = i
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            possessor = " ".join(words[start : i + 1])[:-2]
            if not any(part in name.split() for name in people for part in possessor.split()):
                return possessor
    body = _named_body(role)
    if body is None or any(name in body for name in people):
        return None
    # One capitalised word is a body only as an acronym or a name the article knows: in 'Central
    # bank governor' or 'Energy Minister' the capital only opens the title.
    # (a person's name is no body's, nor a title the recogniser took for one: 'Returning Officer')
    named = {word for text, label in entities if label != "PERSON" for word in text.split()}
    if " " not in body and not (body.isupper() and len(body) > 1) and body not in named:
        return None
    return body


def _named_body(role: str) -> str | None:
    """The run of capitalised words in a role, without the title at its end:
    'Security and Defense Council Secretary' -> 'Security and Defense Council'."""
    runs, run = [], []
    for word in role.split():
        if word[:1].isupper() or (run and word in ("and", "of", "&")):
            run.append(word)
        else:
            runs.append(run)
            run = []
    runs.append(run)
    for run in sorted(runs, key=len, reverse=True):
        while run and (is_title_text(run[-1]) or run[-1] in ("and", "of", "&")):
            run = run[:-1]
        if run and not all(is_title_text(w) for w in run):
            return " ".join(run)
    return None


def country_of_demonym(demonym: str, countries: list[str]) -> str:
    """The article's own place name sharing the demonym's stem; the demonym itself otherwise."""
    stem = demonym.casefold()
    best = None
    for country in countries:
        shared = 0
        for a, b in zip(stem, country.casefold()):
            if a != b:
                break
            shared += 1
        if shared >= MIN_SHARED_PREFIX and (best is None or shared > best[0]):
            best = (shared, country)
    return best[1] if best else demonym


def _contains_word(role: str, text: str) -> bool:
    words = role.replace("’s", "").replace("'s", "").split()
    target = text.split()
    return any(words[i : i + len(target)] == target for i in range(len(words) - len(target) + 1))


def _without_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
