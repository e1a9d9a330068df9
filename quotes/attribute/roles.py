"""Roles: what the article calls a speaker ('Kremlin spokesman', 'Ukraine’s first deputy foreign minister').

Three places hold a role: words before the name in the same noun phrase, an apposition after the name,
and a title noun the name stands in apposition to ('Russian presidential aide, Vladimir Medinsky').
"""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Span, Token

from quotes.parse import RANK_ORDINALS, shouted_lede
from quotes.find.cues import (
    COUNSEL_PARTICIPLES,
    entity_span,
    has_person_noun_ending,
    is_speech_verb,
    joined_to_next_by_hyphen,
    relative_subject_read_as_head,
    sentence_bounds,
    subject_after_opening_participle,
    subject_taken_into_opening_phrase,
    text_of,
)

# Head nouns of job titles and functions; a general English list, used to tell a title from a
# description and to match title-only mentions ("the minister said") to a named person.
# What someone is in a story rather than a post they hold: 'a resident', 'the passenger'. They are
# roles as titles are, but only in lower case (capitalised, they are words of a body's name: 'the
# Refugee Council'), a plural one is seldom a description of one person ('targeted pensioners'), and
# where they are is no part of them ('a resident of Hill Street').
LAY_PERSON_NOUNS = frozenset(
    """
    resident villager passenger commuter shopper homeowner landlady voter motorist pedestrian survivor eyewitness
    onlooker bystander customer patient protester demonstrator retiree pensioner taxpayer spectator attendee
    mourner tourist visitor migrant refugee employee trader vendor caterer housewife homemaker hawker diner
    star backup parishioner congregant worshipper churchgoer pilgrim patron evacuee volunteer campaigner
    """.split()
)
TITLE_WORDS = frozenset(
    """
    president vice-president premier minister secretary spokesman spokeswoman spokesperson aide adviser assistant
    attendant dealer foreman champion
    advisor envoy ambassador chief head director chairman chairwoman chair leader governor mayor senator
    congressman congresswoman representative rep. sen. gov. lawmaker legislator deputy delegate negotiator
    commander general admiral colonel officer official diplomat chancellor king queen prince princess
    emperor pope bishop judge justice attorney prosecutor lawyer counsel ceo founder cofounder executive manager
    economist analyst professor researcher scientist doctor dr. editor correspondent reporter columnist
    candidate nominee strategist pollster consultant coordinator commissioner inspector auditor
    treasurer speaker whip mp member councillor councilor councilmember councilman councilwoman sheriff superintendent
    captain lieutenant sergeant major owner partner president-elect chairperson administrator
    coach striker goalkeeper midfielder defender winger teacher headteacher headmaster headmistress nurse
    activist campaigner novelist actor actress singer chef engineer architect detective constable trooper
    archbishop cardinal rabbi imam reverend pastor priest vicar physician surgeon psychologist historian
    epidemiologist virologist organiser organizer baroness landlord neighbour neighbor tenant steward
    pm cm mla mep msp witness defendant plaintiff claimant juror
    student pupil sophomore freshman undergraduate graduate
    solicitor barrister advocate magistrate coroner registrar skipper referee umpire lecturer provost recorder garda
    rector curator conductor pilot paramedic firefighter midwife pharmacist dentist accountant broker
    banker investor shareholder author writer poet photographer artist musician journalist farmer
    substitute apprentice trainee intern
    assemblyman assemblywoman assemblymember alderman alderwoman selectman selectwoman supervisor
    comptroller trustee regent reeve warden elder prof prof. coun. ald. principal td mec pc det gda dci
    vet veterinarian critic carer caregiver fisherman fisherwoman mechanic plumber electrician
    labourer laborer welder bricklayer shopkeeper rancher councilmember councilperson
    attaché attache consul mediator ombudsman undersecretary driver announcer presenter rapporteur producer
    soldier paratrooper sailor duke duchess earl countess viscount marquess expert parent frontman frontwoman
    host taoiseach tánaiste tanaiste
    postmaster postmistress deckhand promoter trainer bartender waiter waitress cashier receptionist librarian
    janitor lifeguard dispatcher cfo coo cto cio marshal clerk junior collector agent
    flanker hooker scrum-half fly-half fullback full-back centre-back centre-half batsman batter bowler
    all-rounder spinner seamer wicketkeeper quarterback linebacker pitcher catcher sprinter swimmer
    cyclist jockey boxer golfer athlete player teammate playmaker rookie debutant debutante
    convener convenor sgt insp supt sens. reps. govs. seed shepherd herder herdsman
    gen. sgt. lt. col. capt. cpl. pvt. maj. brig. cmdr. det. insp. supt. atty. amb.
    brig gen lt col capt cpl maj cmdr dc ds di dci dcs pcso gda
    gp mpp mna mpa mha mca mlc mk chieftain monarch emir sultan oba menteri besar
    playwright screenwriter songwriter composer choreographer dancer comedian filmmaker showrunner
    illustrator cartoonist pianist guitarist drummer violinist cellist vocalist bassist rapper
    fielder outfielder infielder shortstop goaltender goalie netminder lineman cornerback halfback defenseman
    defenceman reliever
    schoolteacher worker businessman businesswoman entrepreneur therapist psychiatrist psychotherapist
    counsellor counselor dietitian nutritionist optometrist chemist physicist astronomer planner surveyor
    investigator chaplain deacon cleric preacher tutor instructor nanny hairdresser grocer trucker
    housekeeper lobbyist publicist archivist bursar commodore brigadier corporal airman medic coxswain
    ranger forester beekeeper winemaker brewer grower forecaster commentator pundit broadcaster controller examiner
    designer developer programmer technician paralegal stylist carpenter tailor baker butcher
    specialist panelist panellist reviewer scholar academic clinician
    abbot abbess prioress nun monk friar missionary evangelist cantor mullah ayatollah
    crewmember crewman crewwoman servicemember serviceman servicewoman reservist rifleman gunner
    """.split()
)

# Honorifics are not roles.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "cllr",
                        "cllr.", "cr", "cr.", "hon", "hon.", "mzee", "madam", "madame", "mdm", "mdm.",
                        # (Arabic and West African honorifics: 'Sheikh Rashid', 'Alhaji Musa Bello')
                        "sheikh", "shaikh", "sayyid", "alhaji", "alhaja",
                        # (and South Asian ones: 'Shri Ram Kumar', 'Smt Lata Rao')
                        "shri", "sri", "smt", "smt.", "shrimati", "kum", "kum.", "kumari",
                        # (and professional styles of Nigerian and Commonwealth news: 'Engr. Musa
                        # Bello', 'Barr. Ada Obi', 'Rt. Hon. Tunde Ade')
                        "engr", "engr.", "eng", "eng.", "barr", "barr.", "arc", "arc.", "comrade", "malam", "mallam",
                        "rt", "rt.",
                        # (and lawyers' styles in the Philippines and South Africa: 'Atty. Grace Lapitan',
                        # 'Adv Dumisani Zungu')
                        "atty", "atty.", "adv", "adv.",
                        # (and Malaysian styles: 'Datuk Seri Amirul Hakim', 'Encik Azman')
                        "datuk", "dato", "dato'", "datin", "seri", "puan", "encik",
                        # (and the hereditary styles that open names in Pakistan: 'Syed Nasir Jafri',
                        # 'Sardar Ahmed Leghari')
                        "syed", "syeda", "sayed", "sardar", "mir", "begum",
                        # (and the styles of royalty and traditional rulers: 'HRH Emir Sanusi Bello')
                        "hrh", "hrh.", "hrm", "hrm.",
                        # (and Gulf styles: 'His Excellency X', 'Sheikha Noura bint Saeed')
                        "excellency", "sheikha", "shaikha", "shaykh"})

# Words that are honorifics only as the first of two: 'Tan Sri' and 'Toh Puan' in Malaysian styles
# ('Tan' alone is a surname).
HONORIFIC_OPENINGS = {"tan": ("sri",), "toh": ("puan",)}


# Terms of respect for elders in Aboriginal and Torres Strait Islander communities ('Aunty Beryl
# Sampson', 'Uncle Desmond'): honorifics only capitalised before a name, elsewhere relatives.
ELDER_HONORIFICS = frozenset({"aunty", "auntie", "uncle"})


def is_honorific(token: Token) -> bool:
    if token.lower_ in HONORIFICS:
        return True
    if token.lower_ in ELDER_HONORIFICS:
        doc = token.doc
        return token.text[:1].isupper() and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" \
            and doc[token.i + 1].text[:1].isupper() and not (token.i > 0 and doc[token.i - 1].dep_ == "poss")
    second = HONORIFIC_OPENINGS.get(token.lower_)
    return second is not None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in second


# The short 'Muhammad' that opens many names in South Asia and Malaysia ('Md Anisul Karim', 'Mohd
# Azhar Ismail'): part of the name, but the person's given name is the word after it.
NAME_PREFIXES = frozenset({"md", "md.", "mohd", "mohd.", "muhd", "muhd."})


# Common nouns for institutions speak as organisations; other human nouns are anonymous sources.
INSTITUTION_NOUNS = frozenset(
    """
    ministry government administration kremlin office department agency police army military court
    company firm committee council commission party campaign embassy parliament congress senate
    cabinet presidency spokesman's authority authorities bank board union federation organization
    organisation group team delegation service newspaper paper network station magazine tribunal club regulator
    """.split()
)
# Last words that make a name an organisation's, whatever the recogniser tagged ('Fenwick Holdings');
# not those that are also surnames ('Margaret Court').
ORGANISATION_NAME_ENDINGS = (INSTITUTION_NOUNS - {"court", "spokesman's"}) | frozenset(
    """
    holdings inc inc. ltd ltd. llc plc corp corp. corporation co. partners associates trust foundation
    institute university college association society industries enterprises ventures capital systems
    technologies labs airlines airways motors insurance mutual international watch
    services solutions logistics pharmaceuticals resources investments properties consulting construction
    programme program fund alliance coalition guild productions records films pictures studios media entertainment
    publishing
    bhd berhad pty gmbh llp
    chartering shipping trading marketing mining engineering banking brewing catering manufacturing farming
    packaging printing recycling staffing lending leasing
    """.split()
)


# Words that qualify a title without naming who the person works for.
TITLE_MODIFIERS = frozenset(
    """
    foreign defense defence interior finance justice health deputy first senior former chief general
    vice acting interim prime press national security presidential top lead principal assistant asst. associate
    shadow special
    financial operating technology information marketing commercial medical scientific legal investment
    """.split()
)


class Role(str):
    """A role as the article gives it for the speaker ('analyst'), keeping the whole phrase it came
    from ('analyst at Stonehill Securities') for the affiliation."""

    phrase: str
    # (a role read from what someone does, 'who has led Westfield High School', not a title the text gives)
    inferred: bool

    def __new__(cls, text: str, phrase: str | None = None, inferred: bool = False) -> "Role":
        role = super().__new__(cls, text)
        # (a role made from another keeps the whole phrase that one came from)
        role.phrase = getattr(phrase or text, "phrase", phrase or text)
        role.inferred = inferred
        return role


# Titles that name a relation and need their 'of' phrase: 'head of research', 'member of the board'.
RELATIONAL_TITLES = frozenset({"head", "chief", "member", "part", "one", "chair", "dean"})
# Prepositions that attach an employer, a body or a place to a title: 'an analyst at Stonehill
# Securities', 'a spokesman for Kestrel', 'president of the Nurses Association', 'a surgeon in Leeds'.
EMPLOYER_PREPOSITIONS = frozenset({"at", "for", "of", "in", "with", "from", "on", "near"})
PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "on", "near"})
# Prepositions of a workplace, which the role does without even when it names no body: 'a charge
# nurse at one of the hospitals', 'a senior nurse on the intensive care unit' are a charge nurse and
# a senior nurse ('a spokesman for the family' keeps whose spokesman he is).
WORKPLACE_PREPOSITIONS = frozenset({"at", "on", "in"})
# Titles of those who speak for a body: the body's name before one says whom they speak for, as
# 'for X' after it does ('a Veltra spokesman' is a spokesman for Veltra).
SPEAKING_FOR_TITLES = frozenset({"spokesperson", "spokesman", "spokeswoman"})


# Titles of members elected for a seat, which name it with 'for': 'MP for Wrexham Central', 'TD for Mayo'.
SEATED_TITLES = frozenset({"mp", "mps", "msp", "ms", "td", "mla", "mep", "mpp", "mna", "mhk", "mhr", "member"})


def role_with_employer_apart(tokens: list[Token], head: Token, named_elsewhere: bool = False) -> Role | None:
    """The role without the employer or place a lower-case title is attached to, which becomes the
    affiliation: annotators and readers know the speaker as 'an analyst' (at X) or 'a spokesman' (for
    Y). A capitalised title keeps its phrase ('Minister for Health', 'Secretary of State'), and so
    does a title's bare-noun complement ('chief of staff', 'director of policy'). The phrase is cut only
    where the part cut off names the body, so nothing the article says is lost, unless the whole
    phrase is kept elsewhere (``named_elsewhere``: an unnamed source's phrase is its name)."""
    phrase = clean_role(tokens)
    head = _hyphenated_word_end(head)
    body_named_before = _body_named_before(tokens, head) if named_elsewhere else None
    if phrase is not None and body_named_before is not None:
        # (an unnamed source's phrase is its name, so only the title is left for the role)
        short = clean_role([t for t in tokens if t.i not in body_named_before])
        return Role(short, phrase) if short else Role(phrase)
    # (an acronym title is used as a lower-case one is: 'a GP at the Waimaro Medical Centre')
    acronym = head.text.isupper() and head.is_alpha and is_title_word(head)
    # (a capital that only opens the sentence: 'Analysts at Strand & Hale said')
    lower_case = head.text.islower() or head.is_sent_start and head.text[1:].islower()
    if phrase is None or not (lower_case and head.pos_ == "NOUN" or acronym):
        return Role(phrase) if phrase is not None else None
    # (any job keeps where it is done apart, 'a mechanic from the town of Ulmen'; only a title its
    # employer, 'a spokesman for Kestrel': 'the mother of the victim' stays whole)
    prepositions = EMPLOYER_PREPOSITIONS if is_title_word(head) else PLACE_PREPOSITIONS
    cut = set()
    # (also after a bare-noun complement of the title: 'a specialist in boundary law at the Oltenia
    # Institute', where the parser hangs the employer on 'law')
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    preps += [p for c in preps for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "NUM")
              and not any(d.dep_ in ("det", "poss") for d in o.children)
              for p in o.children if p.dep_ == "prep" and p.i > o.i and p.lower_ != "of"]
    for prep in preps:
        if prep.lower_ not in prepositions:
            continue
        if prep.lower_ == "of" and head.lemma_.lower() in RELATIONAL_TITLES:
            continue
        if prep.lower_ == "for" and head.lower_ in SEATED_TITLES:
            continue  # 'MP for Wrexham Central': the seat is part of the office, as a mayor's town is
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        # ('chairman of the Hong Kong Scheduled Minibus Operators' Association' is a body's, the place
        # only the first words of its name; so is a 'place' ending as bodies' names do: 'the
        # opposition Green Alliance')
        if prep.lower_ == "of" and any(o.ent_type_ in ("GPE", "LOC") and not _name_goes_on(o)
                                       and o.lower_ not in ORGANISATION_NAME_ENDINGS for o in objects):
            continue  # 'foreign minister of Lenmark', 'mayor of Velmont': the place is part of the office
        if objects and all(o.pos_ == "PROPN" or o.ent_type_ or any(d.dep_ in ("det", "poss") for d in o.children)
                           or o.lower_ == "one" for o in objects):
            cut.update(t.i for t in prep.subtree)
    # (when someone has held a job, or for how long, is never part of it: 'an emergency physician since
    # 2011', 'the postmistress for thirty years')
    cut.update(t.i for prep in head.children if prep.dep_ == "prep" and prep.i > head.i
               and (prep.lower_ in ("since", "until") or prep.lower_ == "for" and _names_a_duration(prep))
               for t in prep.subtree)
    # (nor what an unnamed source knows: 'an official familiar with the case', 'an aide aware of the plans')
    knows = [t.i for a in head.children if a.dep_ == "amod" and a.i > head.i and a.pos_ == "ADJ"
             and any(c.dep_ == "prep" for c in a.children) for t in a.subtree]
    cut.update(knows)
    if not cut:
        return Role(phrase)
    removed = head.doc[min(cut) : max(cut) + 1]
    names_body = any(t.ent_type_ not in ("", "PERSON", "DATE", "CARDINAL") or t.pos_ == "PROPN" for t in removed)
    only_when = all(t.ent_type_ in ("DATE", "TIME") or t.like_num or t.lower_ in ("since", "until", "for")
                    for t in removed)
    workplace = removed[0].lower_ in WORKPLACE_PREPOSITIONS
    # (a body the article names elsewhere, meant by a common noun: 'a former deputy governor of the
    # bank'; not a portfolio, 'minister for the environment')
    employer = is_title_word(head) and any(t.dep_ == "pobj" and t.head.i == removed[0].i
                                           and t.lemma_.lower() in EMPLOYER_NOUNS for t in removed)
    if not (named_elsewhere or names_body or only_when or workplace or employer or knows):
        return Role(phrase)
    short = clean_role([t for t in tokens if t.i < min(cut) or t.i > max(cut)])
    return Role(short, phrase) if short else Role(phrase)


def _body_named_before(tokens: list[Token], head: Token) -> set[int] | None:
    """The indices of a body's name set before a title of speaking for it ('a Police Scotland
    spokesperson'), with the article before it; None when the words before the title are common
    nouns ('a government spokesperson', 'a club spokesman'), which say what kind of spokesperson,
    or when nothing else is before it."""
    if head.lower_ not in SPEAKING_FOR_TITLES:
        return None
    before = [t for t in tokens if t.i < head.i]
    name = [t for t in before if t.dep_ not in ("det", "punct", "case")]
    if not name or not all(t.pos_ == "PROPN" or t.ent_type_ == "ORG" and t.pos_ != "ADJ" for t in name) \
            or not any(c.dep_ in ("compound", "nmod") and c.i in {t.i for t in name} for c in head.children):
        return None
    return {t.i for t in before}


# Common nouns for the bodies people work for: the employer a title's complement can name.
EMPLOYER_NOUNS = frozenset("""
    bank company firm group council board committee commission agency authority department ministry
    office hospital clinic school college university trust charity union association federation club
    team party institute centre center foundation society organisation organization plant factory mill
    mine store shop restaurant business practice network station newspaper
    """.split())


def _names_a_duration(preposition: Token) -> bool:
    """'for thirty years', 'for a decade': how long, not for whom."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


# Endings of the names of professions: 'cardiologist', 'criminologist', 'politician', 'technician'.
PROFESSION_ENDINGS = ("ologist", "ologists", "ician", "icians")


def is_title_word(token: Token) -> bool:
    # ('Det Con Sarah Roe': a constable only after 'Det'; alone 'Con' is a first name)
    if token.lower_ == "con":
        return token.i > 0 and token.doc[token.i - 1].lower_ in ("det", "det.", "detective")
    if comparing_two(token):
        return False
    return token.lower_ in TITLE_WORDS or _ranking(token) or token.lemma_.lower() in TITLE_WORDS \
        or token.pos_ in ("NOUN", "PROPN", "ADJ") and token.lower_.endswith(PROFESSION_ENDINGS) \
        or is_lay_person(token) or _position_opening_a_name(token) or _religious_style(token) or _rank_class(token) \
        or _capped_player(token)


def comparing_two(token: Token) -> bool:
    """'the elder Ortega': the older of two people of one name, not a title ('a community elder', 'Elder
    Mary Kunuk')."""
    doc = token.doc
    return token.lower_ in ("elder", "younger", "older") and token.text.islower() and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].lower_ == "the" and doc[token.i + 1].pos_ == "PROPN" \
        and doc[token.i + 1].text[:1].isupper()


def _ranking(token: Token) -> bool:
    """'the world No. 4', 'the fifth seed', 'the top seed': where a player stands in a ranking or a
    draw is what sports news calls them by."""
    if token.text == "No." and token.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "nummod" and c.i == token.i + 1 for c in token.children)
    return token.lemma_.lower() == "seed" and token.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "nummod", "compound") and (c.ent_type_ == "ORDINAL" or c.lower_ in ("top", "No."))
        for c in token.children)


def _capped_player(token: Token) -> bool:
    """'(former) Nigeria international Emeka Roe', 'the Wales international said': one who has played
    for a country's team, after the country and before a name, or as a noun."""
    doc = token.doc
    return token.text == "international" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" \
        and doc[token.i - 1].ent_type_ in ("GPE", "NORP", "ORG", "") \
        and (token.pos_ == "NOUN" or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
             and doc[token.i + 1].text[:1].isupper())


def _rank_class(token: Token) -> bool:
    """'Sgt. 1st Class', 'Petty Officer 2nd Class', 'Airman First Class': the ordinal and 'Class'
    after a rank are the rank's."""
    doc, i = token.doc, token.i
    if token.lower_ == "class" and token.text[:1].isupper():
        ordinal = i - 1
    elif token.lower_ in RANK_ORDINALS and i + 1 < len(doc) and doc[i + 1].text == "Class":
        ordinal = i
    else:
        return False
    return ordinal >= 1 and doc[ordinal].lower_ in RANK_ORDINALS and (
        doc[ordinal - 1].lower_ in TITLE_WORDS or doc[ordinal - 1].lemma_.lower() in TITLE_WORDS)


# How clergy and members of religious orders are addressed before their names ('the Rev. Anne
# Cole', 'Fr. Tomasz Nowak'), and the family words that orders use the same way ('Sister Cecilia
# Obuya', 'Father Boutros Khoury'), which are styles only capitalised right before a name.
RELIGIOUS_STYLES = frozenset({"rev", "rev.", "revd", "revd.", "reverend", "fr", "fr.", "msgr", "msgr.", "monsignor"})
RELIGIOUS_FAMILY_STYLES = frozenset({"father", "sister", "brother", "mother"})


def _religious_style(token: Token) -> bool:
    if token.lower_ in RELIGIOUS_STYLES:
        return True
    if token.lower_ not in RELIGIOUS_FAMILY_STYLES or not token.text[:1].isupper() or not token.text[1:].islower():
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.pos_ == "PROPN" and following.text[:1].isupper() \
        and token.head.pos_ == "PROPN" and token.head.i > token.i and token.dep_ == "compound"


def _position_opening_a_name(token: Token) -> bool:
    """'Lock Sione Havili said': a player's position opening the sentence, capitalised there, right
    before a first name and a surname, is the player's title, whatever the recogniser joined. (Not
    the positions that are also common words opening a body's name: 'Back Home Films', 'Center Stage
    Theatre'; nor before three capitalised words, or a body's last word: 'Forward Party'.)"""
    doc, i = token.doc, token.i
    return token.is_sent_start and token.lower_ in POSITIONS_BEFORE_NAMES and token.text[1:].islower() \
        and i + 2 < len(doc) and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()
                                     for t in doc[i + 1 : i + 3]) \
        and doc[i + 2].lower_ not in ORGANISATION_NAME_ENDINGS \
        and not (i + 3 < len(doc) and doc[i + 3].pos_ == "PROPN" and doc[i + 3].text[:1].isupper())


def _lay_case(token: Token) -> bool:
    """Lower case, or capitalised only because it opens its sentence: 'Retiree Ong Bee Lian, 71, said'."""
    text = token.text
    return text.islower() or text[1:].islower() and token.is_sent_start


def is_title_text(word: str) -> bool:
    """A title word or a title's qualifier, from text alone."""
    lay = word.islower()
    word = word.lower().strip(",")
    return any(w in TITLE_WORDS or w.rstrip("s") in TITLE_WORDS or w in TITLE_MODIFIERS for w in (word, word.strip("."))) \
        or word.endswith(PROFESSION_ENDINGS) or lay and word.rstrip("s") in LAY_PERSON_NOUNS


def has_title_text(phrase: str) -> bool:
    """Whether a role's text has a title word in it ('Harrowgate head coach'), unlike a description
    ('Pellow’s opposite number')."""
    return any(is_title_text(word) for word in phrase.split())


def _hyphenated_word_end(token: Token) -> Token:
    """The last part of a hyphenated title ('vice-president', 'co-founder'), where the parser can
    hang the phrase after it ('vice-president of the Growers Council')."""
    while joined_to_next_by_hyphen(token):
        token = token.doc[token.i + 2]
    return token


def hyphen_prefix(token: Token) -> bool:
    """Whether a word and a hyphen are joined to the front of ``token`` ('co' '-' 'founder')."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


def _trim_role_end(tokens: list[Token]) -> list[Token]:
    # (nor where: 'her colleague there for 40 years')
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or is_honorific(tokens[-1]) or tokens[-1].dep_ == "cc"
                      or tokens[-1].lower_ in ("there", "here") and tokens[-1].dep_ == "advmod"):
        tokens = tokens[:-1]
    # (nor is the day the parser hung on it: 'a human rights expert on Wednesday')
    when = len(tokens)
    while when > 1 and tokens[when - 1].ent_type_ in ("DATE", "TIME") and not tokens[when - 1].like_num \
            and tokens[when - 1].tag_ != "PRP$":
        when -= 1
    if when < len(tokens) and tokens[when - 1].dep_ == "prep" and tokens[when - 1].lower_ in ("on", "in", "at"):
        return _trim_role_end(tokens[: when - 1])
    # (a title's 'of' the parser left without its object: 'head of | Asia autos research', whose words it
    # hung elsewhere; the nouns right after it are the field)
    if tokens and tokens[-1].lower_ in ("of", "for") and not any(c.dep_ == "pobj" for c in tokens[-1].children):
        doc, end = tokens[-1].doc, tokens[-1].i + 1
        while end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[end].is_punct:
            end += 1
        tokens = tokens + list(doc[tokens[-1].i + 1 : end]) if end > tokens[-1].i + 1 else tokens[:-1]
    return tokens


# Adverbs that say when a role is held, not what it is: 'now a consultant paediatrician'.
SINCE_WHEN = frozenset({"now", "currently", "also", "still", "today", "then"})


# How a court report refers to the judge: 'Her Honour said', 'His Lordship added'.
JUDICIAL_ADDRESS = frozenset({"honour", "honor", "lordship", "ladyship"})


# The words of a height written before a noun: '6-foot-4', '6 ft 2 in'.
HEIGHT_PART = re.compile(r"[\d.]+|[-‐]|(?:foot|feet|ft|inch|inches|in)(?:-[\d.]+)?")


def to_end_of_body_name(tokens: list[Token]) -> list[Token]:
    """The words with the rest of the body's name their last word opens or goes on in, where the parser
    hung that rest elsewhere: 'chair of the Uist and Barra Ferry Users | ’ Group', 'Group' set beside
    the person."""
    if not tokens:
        return tokens
    last, doc = tokens[-1], tokens[-1].doc
    # (a plural possessive and a capitalised word ending a body's name: 'Ferry Users | ’ Group')
    if last.i + 2 < len(doc) and last.tag_ == "NNPS" and doc[last.i + 1].text in ("’", "'") \
            and doc[last.i + 2].lower_ in ORGANISATION_NAME_ENDINGS and doc[last.i + 2].text[:1].isupper():
        return tokens + [doc[last.i + 1], doc[last.i + 2]]
    if last.ent_iob_ not in ("B", "I"):
        return tokens
    ent = next((e for e in last.doc.ents if e.start <= last.i < e.end), None)
    if ent is None or ent.end - 1 <= last.i or len(ent) < 2 or ent[-1].lower_ not in ORGANISATION_NAME_ENDINGS:
        return tokens
    return tokens + list(last.doc[last.i + 1 : ent.end])


def clean_role(tokens: list[Token]) -> str | None:
    """Text of a role phrase without leading determiners or possessive pronouns ('their landlord' ->
    'landlord'), honorifics or punctuation at the edges."""
    tokens = to_end_of_body_name(tokens)
    # (another person named before an 'and' is no part of this one's title: 'with Vollmer and technical
    # director Sofia Lindqvist')
    joined = next((k for k, t in enumerate(tokens) if t.lower_ in ("and", "&")), None)
    # (not a portfolio's capitalised words: 'Law and Parliamentary Affairs Minister')
    if joined is not None and 0 < joined < len(tokens) - 1 and tokens[joined + 1].text.islower() \
            and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in tokens[:joined]):
        tokens = tokens[joined + 1 :]
    # (a sentence the splitter ran on past a lower-case abbreviation ends before the role: 'rose from
    # £241m. Finance director X')
    stop = next((k for k in range(len(tokens) - 1, -1, -1) if k + 1 < len(tokens) and len(tokens[k].text) > 1
                 and tokens[k].text.endswith(".") and not tokens[k].text[:1].isupper()
                 and tokens[k + 1].text[:1].isupper()), None)
    if stop is not None:
        tokens = tokens[stop + 1:]
    # (an honorific stays where it is the possessor's: 'Mrs Ellery's daughter', 'Dr Hale's husband')
    while tokens and (tokens[0].lower_ in ("the", "a", "an", "another") or tokens[0].is_punct
                      or tokens[0].lower_ == "one" and tokens[0].dep_ in ("nummod", "det") and len(tokens) > 1
                      or is_honorific(tokens[0]) and not _honours_a_possessor(tokens) and not _lord_of_a_title(tokens)
                      or tokens[0].tag_ in ("PRP$", "WP$")
                      # ('what administrator X called ...': the clause's 'what' is no part of the title)
                      or tokens[0].tag_ in ("WP", "WDT") and len(tokens) > 1
                      # ('Her Honour Judge X': how a judge is addressed, before the title)
                      or tokens[0].lower_ in JUDICIAL_ADDRESS and len(tokens) > 1
                      or tokens[0].pos_ == "CCONJ" and len(tokens) > 1  # (a sentence's 'But' or 'And')
                      # (a clause's 'that': 'The court heard that firefighter X')
                      or tokens[0].lower_ == "that" and len(tokens) > 1
                      or tokens[0].lower_ in SINCE_WHEN and len(tokens) > 1
                      or tokens[0].lower_ == "current" and tokens[0].dep_ == "amod" and len(tokens) > 1
                      # ('an unnamed spokesperson': that they are not named is no part of what they are)
                      or tokens[0].lower_ in ("unnamed", "anonymous", "unidentified") and len(tokens) > 1
                      # ('the only surgeon still working there': how many there are is no part of it)
                      or tokens[0].lower_ in ("only", "sole") and tokens[0].dep_ == "amod" and len(tokens) > 1
                      # ('with only her guitarist, X, for company': an adverb before the role is the sentence's)
                      or tokens[0].pos_ == "ADV" and tokens[0].dep_ == "advmod" and len(tokens) > 1
                      and tokens[1].tag_ in ("PRP$", "DT")
                      # ('a second adviser', 'the fourth minister to resign': which one in a count is no
                      # part of the post; a 'First Minister' or a 'second secretary' is)
                      or _counted_in_turn(tokens)):
        tokens = tokens[1:]
    # ('former captain turned television pundit': the career someone has now; see parse.career_turns)
    turned = next((i for i, t in enumerate(tokens) if t.lower_ == "turned" and t.dep_ == "cc"), None)
    if turned is not None and turned + 1 < len(tokens):
        tokens = tokens[turned + 1:]
    # A body named by a common noun as the title's possessor is the one the article is about, so no
    # part of the title: 'the system's chief medical officer' is its chief medical officer. Whose
    # relative someone is stays: 'the logistician’s mother', 'Tyler's mother' (only a pronoun, 'his
    # mother', says no more than the name beside it).
    possessive = next((i for i, t in enumerate(tokens[:4]) if t.tag_ == "POS"), None)
    # (a plural of people before the title says what kind of title: 'children's librarian')
    if possessive is not None and possessive > 0 and tokens[possessive - 1].tag_ == "NNS" \
            and _names_a_person(tokens[possessive - 1]):
        possessive = None
    if possessive is not None and 0 < possessive < len(tokens) - 1 \
            and all(t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ and t.text.islower() for t in tokens[:possessive]) \
            and is_title_word(owned := _hyphenated_word_end(tokens[possessive - 1].head)) \
            and not _names_a_relation(owned) \
            and tokens[possessive - 1].head.dep_ != "compound" and not _owns_a_body(tokens, possessive):
        tokens = tokens[possessive + 1:]
    elif (possessor_end := _named_possessor_end(tokens)) is not None:
        # A named possessor is whose the title is, which the affiliation keeps: 'Castlegate Homes’ land
        # director' is a land director (of Castlegate Homes), as 'land director at Castlegate Homes' is.
        whole = clean_role(tokens[possessor_end + 1:])
        if whole is not None:
            doc = tokens[0].doc
            return Role(whole, doc[tokens[0].i : _trim_role_end(tokens)[-1].i + 1].text)
    tokens = _fields_split_off(tokens) + tokens
    # (the parser can leave a hyphenated title's first part out of its phrase: 'co-' in 'co-founder')
    while tokens and hyphen_prefix(tokens[0]):
        doc, i = tokens[0].doc, tokens[0].i
        tokens = [doc[i - 2], doc[i - 1]] + tokens
    tokens = _trim_role_end(tokens)
    # (nor its last part: 'co' '-' 'ordinator' in 'emergency program co-ordinator', cut at the hyphen)
    if tokens and (whole := _hyphenated_word_end(tokens[-1])).i > tokens[-1].i:
        doc = tokens[0].doc
        tokens = tokens + list(doc[tokens[-1].i + 1 : whole.i + 1])
    # (an abbreviation in brackets after the role's last words is not part of it: '... for
    # Elections (PASCE)', which the parser may also cut before the closing bracket)
    bracket = next((i for i, t in enumerate(tokens) if t.text == "("), None)
    if bracket is not None and bracket > 0 and all(t.text != ")" for t in tokens[bracket + 1 : -1]):
        tokens = _trim_role_end(tokens[:bracket])
    # An age is not a role: 'a 15-year-old student' is a student.
    # (ages spelt out too: 'a twenty-six-year-old student')
    age = next((i for i, t in enumerate(tokens[:8])
                if t.lower_ == "old" and i >= 2 and tokens[i - 2].lower_ == "year"), None)
    if age is not None and age + 1 < len(tokens) and all(t.like_num or t.text == "-" or t.lower_ in ("year", "years")
                                                          for t in tokens[:age - 1]):
        tokens = tokens[age + 1:]
        # (whose the title is, when the age is the possessor's: 'the 24-year-old’s agent' is an agent)
        if tokens and tokens[0].tag_ == "POS":
            tokens = tokens[1:]
    # (nor a height: 'a 6-foot-4 junior' is a junior)
    tall = 0
    while tall < len(tokens) - 1 and HEIGHT_PART.fullmatch(tokens[tall].lower_):
        tall += 1
    if tall and tokens[0].like_num and any(t.lower_.startswith(("foot", "feet", "ft")) for t in tokens[:tall]):
        tokens = tokens[tall:]
    # (where someone is based is no part of what they are: 'a Johannesburg-based restructuring
    # specialist'; a body's description keeps it: 'a Boston-based biotech company')
    based = next((i for i, t in enumerate(tokens[:6]) if t.lower_ == "based" and i >= 2 and tokens[i - 1].text == "-"),
                 None)
    if based is not None and based + 1 < len(tokens) and is_title_word(tokens[-1]) \
            and all(t.pos_ == "PROPN" or t.text == "-" for t in tokens[: based - 1]):
        tokens = tokens[based + 1:]
    # (nor how long they have done it: 'a rock drill operator with 14 years at the mine')
    tenure = next((i for i, t in enumerate(tokens) if i > 0 and t.lower_ == "with"
                   and any(u.like_num for u in tokens[i + 1 : i + 3])), None)
    if tenure is not None:
        tokens = _trim_role_end(tokens[:tenure])
    # (nor the sentence's verb after the comma closing it, which the parser can take into the phrase:
    # 'NHS England’s chief executive, thanked staff who ...')
    verb = next((i for i, t in enumerate(tokens) if i > 0 and t.text == "," and i + 1 < len(tokens)
                 and tokens[i + 1].tag_ in ("VBD", "VBN", "VBZ", "VBP")), None)
    if verb is not None:
        tokens = _trim_role_end(tokens[:verb])
    # (nor where they come from: 'a retired school librarian from Stockport', 'a delegate from a Gulf
    # producer' are a retired school librarian and a delegate)
    origin = next((i for i, t in enumerate(tokens) if i > 0 and t.lower_ == "from" and t.dep_ == "prep"
                   and t.head.i == tokens[i - 1].i and _names_a_person(tokens[i - 1])), None)
    if origin is not None:
        tokens = _trim_role_end(tokens[:origin])
    # (nor whose side they are on: 'a developer of its own', called by a company as its witness)
    own = next((i for i, t in enumerate(tokens) if i > 0 and t.lower_ == "of" and i + 2 < len(tokens)
                and tokens[i + 1].tag_ == "PRP$" and tokens[i + 2].lower_ == "own"), None)
    if own is not None:
        tokens = _trim_role_end(tokens[:own])
    if not tokens:
        return None
    # (the recogniser often takes a title into the name's entity: 'Councillor Jane Roe')
    # (or a title the tagger took for a verb, ending the phrase: 'Australia fielder')
    if not any(t.pos_ in ("NOUN", "PROPN") and (not _is_place_or_group(t) or is_title_word(t)
                                                 or is_plural_title(t.text) or t.lower_ in FAMILY_EPITHETS)
               for t in tokens) \
            and not (tokens[-1].lower_ in TITLE_WORDS and tokens[-1].tag_ in ("VBP", "VB")) \
            and not (tokens[-1].pos_ == "ADJ" and is_title_word(tokens[-1])):  # ('microbiologist' as an adjective)
        return None
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    if any(_shouted(t) for t in tokens):
        # (a shouted lede's capitals are no part of the title: 'A GRANDMOTHER who ...')
        text = "".join((t.lower_ if _shouted(t) else t.text) + t.whitespace_ for t in tokens).strip()
    if not tokens[0].text.islower() and is_lay_person(tokens[0]):
        return text[:1].lower() + text[1:]  # (its capital only opened the sentence)
    return text


def _counted_in_turn(tokens: list[Token]) -> bool:
    """Whether the role opens with an ordinal in lower case that counts people in turn ('second
    adviser'), not a rank ('first minister', 'second secretary', 'third officer')."""
    return len(tokens) > 1 and tokens[0].lower_ in ORDINALS and tokens[0].lower_ != "first" \
        and tokens[0].text.islower() and tokens[1].lower_ not in RANKED_BY_ORDINAL


# Titles and places an ordinal ranks: 'second secretary', 'third officer', 'the third seed'.
RANKED_BY_ORDINAL = frozenset({"secretary", "officer", "lieutenant", "mate", "engineer", "violin", "baseman", "seed",
                               "string", "choice"})


def _fields_split_off(tokens: list[Token]) -> list[Token]:
    """The fields before a title's last one, where the parser split the title at its 'and': 'the
    shadow work and | pensions secretary', 'the culture, media and | sport secretary'. Only words that
    name no one and no title, so 'a lawyer and union secretary' or 'Mayor Ann Roe and Council Member
    X' stay two."""
    if not tokens or is_title_word(tokens[0]) or not any(is_title_word(t) for t in tokens):
        return []
    doc, i = tokens[0].doc, tokens[0].i - 1
    if i < 1 or doc[i].lower_ not in ("and", "&") or tokens[0].dep_ not in ("compound", "amod", "nmod"):
        return []

    def field(word: Token) -> bool:
        # (in the case of the title's own words: 'In the Commons, shadow work and ...' lists no fields)
        return word.pos_ in ("NOUN", "PROPN", "ADJ") and word.ent_type_ not in ("PERSON", "DATE", "CARDINAL") \
            and not (is_title_word(word) or is_lay_person(word) or has_person_noun_ending(word.lemma_.lower())) \
            and word.text[:1].isupper() == tokens[0].text[:1].isupper() and not word.is_sent_start

    start = i
    while start > 0 and field(doc[start - 1]) and i - start < 3:
        start -= 1
    # (earlier fields one word each, set off by commas: 'the culture, media and sport secretary')
    while start > 2 and doc[start - 1].text == "," and field(doc[start - 2]):
        start -= 2
    if start == i:
        return []
    # (the phrase opens there: a determiner, a possessor, or a clause's punctuation before it)
    before = doc[start - 1] if start > 0 else None
    if before is not None and not (before.dep_ in ("det", "poss") or before.tag_ in ("POS", "PRP$")
                                   or before.is_punct):
        return []
    return list(doc[start:i + 1])


def _lord_of_a_title(tokens: list[Token]) -> bool:
    """'Lord' opening a title, not a name: 'Lord Mayor', 'Lord Justice Clerk', 'Lord Chief Justice'."""
    return len(tokens) > 1 and tokens[0].lower_ == "lord" and tokens[1].text[:1].isupper() and is_title_word(tokens[1])


def _shouted(token: Token) -> bool:
    """Whether a word is one of a shouted lede's capitals (see ``parse.parser_text``), not an acronym."""
    if not token.text.isupper():
        return False  # (checked first: the text is looked up for every word of every role)
    text = text_of(token.doc)
    lede = shouted_lede(text, text.rfind("\n", 0, token.idx) + 1)
    return lede is not None and token.idx < lede.end()


def _name_goes_on(place: Token) -> bool:
    """Whether capitalised words go on right after a place's name: the place opens a longer name."""
    doc = place.doc
    after = place.right_edge.i + 1
    return after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha \
        and doc[after].ent_type_ not in ("GPE", "LOC")


def is_lay_person(token: Token) -> bool:
    """'resident', 'Retiree' opening a sentence: what someone is in a story, in the case a role takes."""
    return _lay_case(token) and (token.lower_ in LAY_PERSON_NOUNS or token.lemma_.lower() in LAY_PERSON_NOUNS)


def _names_a_person(noun: Token) -> bool:
    """'the mayor's chief of staff', 'the defendant's barrister': a possessor that is someone, whose
    the title is, not a body."""
    lemma = noun.lemma_.lower()
    # ('the committee's chair': a body's noun can end as people's nouns do)
    return is_title_word(noun) or lemma in FAMILY_EPITHETS or lemma in RELATIVE_NOUNS \
        or has_person_noun_ending(lemma) and lemma not in EMPLOYER_NOUNS


def _named_possessor_end(tokens: list[Token]) -> int | None:
    """Index of the possessive ending a name that opens the role and owns its title or relation
    ('Kestrel’s chief executive', 'Mrs Ellery’s daughter'); not an apostrophe inside a body's name
    ('Boston Children's Hospital spokesman'), where what follows is the body's, not the title."""
    possessive = next((i for i, t in enumerate(tokens[:6]) if t.tag_ == "POS" or _plural_possessive(t)), None)
    if possessive is None or possessive == 0 or possessive >= len(tokens) - 1:
        return None
    owner = tokens[possessive - 1]
    # (a name's words are capitalised whatever the tagger made of them: 'Families First Bramford’s')
    if not all(t.pos_ == "PROPN" or is_honorific(t) or t.text[:1].isupper() for t in tokens[:possessive]):
        return None
    owned = owner.head
    if owner.dep_ != "poss" or owned.i <= owner.i or _owns_a_body(tokens, possessive):
        return None
    if possessive >= 2 and (is_title_word(tokens[0]) or tokens[0].lower_ in TITLE_MODIFIERS) \
            and tokens[0].text[:1].isupper() and owned.text[:1].isupper():
        return None  # (an office named with a possessive, after a title: 'Assistant State's Attorney')
    # (before a name the parser hangs the possessor on the name: 'Trump’s Ukraine envoy Keith Kellogg')
    title = owned if owned.i <= tokens[-1].i else tokens[-1]
    return possessive if is_title_word(title) and not _names_a_relation(title) else None


def _names_a_relation(noun: Token) -> bool:
    """'mother', 'brother', 'great-granddaughter', 'mum': who someone is to another person."""
    return is_relative_noun(noun) or noun.lower_ in FAMILY_EPITHETS


def _owns_a_body(tokens: list[Token], possessive: int) -> bool:
    """Whether what the possessor owns is a body the title belongs to, not the title: 'the sheriff's
    office spokesperson', 'Boston Children's Hospital spokesman', 'Students’ Representative Council
    president'."""
    return any(t.lemma_.lower() in EMPLOYER_NOUNS for t in tokens[possessive + 1 : -1])


def _honours_a_possessor(tokens: list[Token]) -> bool:
    """'Mrs Ellery's daughter': the honorific is part of the name of whose the title is."""
    return len(tokens) > 2 and tokens[1].pos_ == "PROPN" and (
        tokens[2].tag_ == "POS" or len(tokens) > 3 and tokens[2].pos_ == "PROPN" and tokens[3].tag_ == "POS")


def _is_place_or_group(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "NORP", "LOC", "PERSON", "DATE", "CARDINAL") or token.tag_ == "POS"


def _titled_name_ends_at(doc: Doc, i: int) -> bool:
    """Whether a name with a lower-case title right before it ends at ``i``: 'team principal Renata
    Vogl' (not a portfolio's capitalised words, 'Oceans and Fisheries Minister'), or a person's name
    the recogniser found, with any title right before it: 'Enterprise Minister Siobhán Carty'."""
    start = i
    while start >= 0 and doc[start].pos_ == "PROPN" and doc[start].text[:1].isupper():
        start -= 1
    if start < i and start >= 0 and doc[start].text.islower() and is_title_word(doc[start]):
        return True
    name = entity_span(doc[i])
    return name is not None and name.label_ == "PERSON" and name.end == i + 1 and name.start > 0 \
        and is_title_word(doc[name.start - 1])


def title_before_bracket(name: Span) -> tuple[Token, str] | None:
    """'Additional municipal commissioner (projects) Vandana Kelkar', 'deputy commissioner of police
    (traffic, west) Amol Shinde': a title with what it covers in brackets right before the name, whatever
    the parser hung on what. The title's head noun and the role, its bracket kept."""
    doc, end = name.doc, name.start
    if end < 4 or doc[end - 1].text != ")":
        return None
    opening = next((k for k in range(end - 2, max(end - 9, 0), -1) if doc[k].text == "("), None)
    if opening is None or opening < 1 or opening == end - 2 \
            or not all(t.is_alpha or t.text in (",", "&", "/", "-") for t in doc[opening + 1 : end - 1]):
        return None
    head = doc[opening - 1]
    while head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and head.head.head.i < head.i:
        head = head.head.head  # ('commissioner of police': the title the field is of)
    if not is_title_word(head) or head.pos_ != "NOUN":
        return None
    title = clean_role(list(doc[head.left_edge.i : opening]))
    return (head, f"{title} {doc[opening:end].text}") if title is not None else None


def role_before(name: Span) -> str | None:
    """'Turkish Foreign Minister Hakan Fidan' -> 'Turkish Foreign Minister': the words left of the
    name that hang from it in the parse, up to a determiner, punctuation or a verb."""
    doc = name.doc
    bracketed = title_before_bracket(name)
    if bracketed is not None:
        return bracketed[1]
    root = _name_root(name)
    # (a capitalised title the parser made a second subject beside the name: 'Minister for Fisheries
    # and the Environment | Joan Reilly said')
    # (or a title of any case left unattached right before the name: 'The Brazilian midfielder | Thiago
    # Henrique dos Santos said')
    # (or of any case right before a name whose first word the tagger took for a modal: 'New Zealand
    # captain | Will Tarrant chose to bat')
    beside = next((c for c in root.head.children if c.i < name.start and c.i != root.i and is_title_word(c)
                   and (c.dep_ == "nsubj" and (c.text[:1].isupper() or c.i == name.start - 1)
                        or c.dep_ == "dep" and c.i == name.start - 1)),
                  None) if root.dep_ == "nsubj" else None
    # (the whole of such a title when it ends right before the name: 'Leader of opposition in the
    # council | Arvind Joshi called ...', whose words the loop below would cut at 'the'; a first name
    # the recogniser left out of the name can come between)
    if beside is not None and beside.right_edge.i < name.start \
            and not any(t.is_punct for t in doc[beside.left_edge.i : beside.right_edge.i + 1]) and all(
            t.pos_ == "PROPN" and t.dep_ == "compound" and name.start <= t.head.i < name.end
            for t in doc[beside.right_edge.i + 1 : name.start]):
        return clean_role(list(doc[beside.left_edge.i : beside.right_edge.i + 1]))
    tokens: list[Token] = []
    for i in range(name.start - 1, -1, -1):
        token = doc[i]
        # (the title, and its 'of', that the parser hung the name on: 'Leader of the Opposition X')
        holds_name = root.dep_ == "pobj" and root.head.lower_ == "of" and token.i in (root.head.i, root.head.head.i)
        if not (root.is_ancestor(token) or holds_name or any(t.is_ancestor(token) for t in tokens)
                or _inside_body_name(token, tokens, name)
                or beside is not None and (beside.i == token.i or beside.is_ancestor(token))) \
                or comparing_two(token):
            break
        # (and the 'the' after that 'of': 'chairman of the senior selection committee Manohar Ghatge')
        of_the = token.lower_ == "the" and root.dep_ == "pobj" and root.head.i == i - 1 and root.head.lower_ == "of" \
            and is_title_word(root.head.head) and root.head.head.i < i
        if _in_title_of_phrase(token) or _inside_organisation_name(token) or _title_of_a_field(token) or of_the \
                or holds_name and token.lower_ == "of" and is_title_word(token.head) \
                and not any(is_title_word(t) for t in doc[token.i + 1 : name.start]):
            # ('Secretary of State Anna Berg', 'Bank of England Governor Mark Rowe', 'director of industrial
            # relations Ann Roe'; not 'an aide of Governor Ann Roe', whose aide is someone else)
            pass
        elif token.lower_ in ("the", "a", "an") or token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON", "ADV") \
                and not _participle_modifier(token) and not _inside_hyphenated_compound(token) \
                and not (token.lower_ in TITLE_WORDS | TITLE_MODIFIERS and token.dep_ in ("compound", "amod", "nmod")) \
                and not (token.ent_type_ == "ORG" and token.text[:1].isupper() and token.dep_ == "compound"):
            # (a title the tagger took for a verb still modifies the name: 'State epidemiologist Dr. X',
            # 'Shadow housing minister X'; so does a body's name: 'Trades | Hall secretary X')
            break
        elif token.pos_ == "NOUN" and token.dep_ == "amod" and token.text.islower() and not is_title_text(token.text) \
                and i + 1 < name.start and doc[i + 1].text[:1].isupper():
            break  # a lower-case noun read as an adjective of a capitalised title: 'a move Chief Minister X described'
        # (a plural's apostrophe is the possessive the tagger missed: 'Students’ Council president')
        if token.is_punct and token.tag_ != "POS" and token.text not in ("-", "–") and not _plural_possessive(token):
            break
        # So does an 'and' after another titled name: 'Verity team principal Renata Vogl and | Reiner
        # team principal Gideon Marsh', whatever the parser hung on what.
        if token.lower_ in ("and", "&") and tokens and _titled_name_ends_at(doc, i - 1):
            break
        # A verb after another person's name ends the role: 'Senator Ann Fairley pressed department
        # secretary Warren Roe', where the parser made 'pressed' an adjective of the title.
        if token.ent_type_ == "PERSON" and tokens and (
                token.pos_ == "PROPN" and tokens[0].tag_ in ("VBD", "VBZ")
                or tokens[0].tag_ == "VBN" and tokens[0].dep_ == "amod" and tokens[0].text.islower()
                and not is_title_word(token)):
            while tokens and tokens[0].tag_ in ("VBD", "VBN", "VBZ") and tokens[0].text.islower():
                tokens = tokens[1:]
            break
        tokens.insert(0, token)
    # ('Shadow local government minister X accused ...': a qualifier of the title opening it, which the
    # parser made a second subject)
    if tokens and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in TITLE_MODIFIERS \
            and doc[tokens[0].i - 1].text[:1].isupper() and doc[tokens[0].i - 1].dep_ in ("nsubj", "dep"):
        tokens.insert(0, doc[tokens[0].i - 1])
    # ('Oceans and Fisheries Minister Daniel Roe': the parser joins the name to the title's first word)
    first = tokens[0].i if tokens else name.start
    # (a portfolio's words are capitalised on both sides; not 'stars Corbin Ashdale and newcomer Priya
    # Venkataraman', another person's name and a lower-case title)
    if tokens and first >= 2 and doc[first - 1].lower_ in ("and", "&") and root.dep_ == "conj" \
            and root.head.i == first - 2 and doc[first - 2].text[:1].isupper() and doc[first].text[:1].isupper() \
            and doc[first - 2].ent_type_ != "PERSON":  # (not another person: 'Lt. Gov. Dale Harlan and state Sen. X')
        tokens = [doc[first - 2], doc[first - 1]] + tokens
    if all(is_honorific(t) for t in tokens) and name.start > 0:
        tokens = _title_split_from_name(name) or _title_read_as_verb(name)
    # ('Dean Dr. Lalitha Rao': a word that is only sometimes a title is one before an honorific)
    if len(tokens) == 2 and is_honorific(tokens[1]) and tokens[0].lower_ in RELATIONAL_TITLES \
            and tokens[0].text[:1].isupper():
        return tokens[0].text
    # Words of the name the recogniser left out of it, from an honorific on or right after the last
    # title word: 'Labour and Employment Secretary Md Anisul | Karim Bhuiyan', 'Secretary Anisul |
    # Karim Bhuiyan'. (A title's own 'for' phrase can end in a capital: 'Minister for Health'.)
    honorific = next((k for k, t in enumerate(tokens) if k > 0 and (is_honorific(t) or t.lower_ in NAME_PREFIXES)
                      and t.text[:1].isupper()
                      and any(is_title_word(u) for u in tokens[:k])), None)
    if honorific is not None:
        tokens = tokens[:honorific]
    # (a title word in a title's own 'of' or 'for' field is the field's: 'Vice Provost for Student Affairs')
    link = next((j for j, u in enumerate(tokens) if j > 0 and u.lower_ in ("of", "for")
                 and any(is_title_word(v) for v in tokens[:j])), None)
    last_title = max((k for k, t in enumerate(tokens) if is_title_word(t) and (link is None or k < link)),
                     default=None)
    if last_title is not None and 0 < last_title < len(tokens) - 1 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON") and not is_title_text(t.text)
            for t in tokens[last_title + 1 :]):
        tokens = tokens[: last_title + 1]
    # A rank or form of address after a lower-case title is another title for the same person:
    # 'Police spokesman Major Viktor Orlan', 'Labour Court judge Justice Ann Roe' are a spokesman, a judge.
    # ('Eastern Cape police commissioner Lieutenant General Nokuthula Bam': a rank of two words too,
    # or a title with its qualifier: 'ministry spokesperson Assistant Secretary X', 'police spokesman
    # Pol Maj Gen X')
    rank = len(tokens)
    while rank > 1 and len(tokens) - rank < 3 and tokens[rank - 1].text[:1].isupper() and (
            is_title_word(tokens[rank - 1]) or rank < len(tokens) and (
                tokens[rank - 1].lower_ in TITLE_MODIFIERS or tokens[rank - 1].lower_ in RANK_PREFIXES)):
        rank -= 1
    if len(tokens) > 2 and rank < len(tokens) and is_title_word(tokens[rank - 1]) and tokens[rank - 1].text.islower() \
            and tokens[rank - 1].is_alpha:  # (not a rank's ordinal: 'Sgt. 1st Class')
        tokens = tokens[:rank]
    # ('Finance Minister Chief Adewale Bello', 'Vice-Chancellor Prof Ravi Nair': 'Chief' or 'Prof'
    # after a title is how the person is addressed; 'Deputy Chief', 'Fire Chief' are titles)
    if len(tokens) > 1 and tokens[-1].text in FORMS_OF_ADDRESS and is_title_word(tokens[-2]) \
            and tokens[-2].lower_ not in TITLE_MODIFIERS:
        tokens = tokens[:-1]
    if not any(is_title_word(t) or is_plural_title(t.text) or t.pos_ == "NOUN"
               or t.lower_ in FAMILY_EPITHETS and _inside_hyphenated_compound(doc[t.i + 2])
               or t.lower_ in RELATIONAL_TITLES and doc[t.i + 1].lower_ == "of"
               for t in tokens if t.i + 2 < len(doc)):
        return None
    if tokens and len(name) == 1 and _object_of_a_clause_left_without_that(tokens, root):
        return None
    # ('Cedar Bluff Fire & Rescue Battalion Chief Renee Okafor': a body's name cut at its '&' or
    # 'and' leaves the word after it before the title; it is no part of the role; after another
    # person's name, 'Mayor Ann Roe and | Council Member Ray Diaz', the 'and' joins two people)
    first = tokens[0].i if tokens else name.start
    if tokens and under_read_apart(tokens[0]):
        tokens.insert(0, doc[first - 1])
        first -= 1
    if len(tokens) > 1 and first >= 2 and doc[first - 1].lower_ in ("&", "and") and doc[first - 2].text[:1].isupper() \
            and doc[first - 2].ent_type_ != "PERSON" and tokens[0].text[:1].isupper() and not is_title_word(tokens[0]):
        tokens = tokens[1:]
    return clean_role(tokens)


def _object_of_a_clause_left_without_that(tokens: list[Token], root: Token) -> bool:
    """'the flagrant foul Mensah committed', 'the one bill Roe opposed': a noun for no person before a
    surname that is the subject of the next verb is what a clause with its 'that' left out is about,
    not the name's title, however the parser joined the two."""
    last = tokens[-1]
    if any(is_title_word(t) or is_plural_title(t.text) or is_lay_person(t) for t in tokens) \
            or not last.text.islower() or has_person_noun_ending(last.lemma_.lower()) \
            or last.lemma_.lower() in RELATIVE_NOUNS | FAMILY_EPITHETS:
        return False
    doc = root.doc
    after = root.i + 1
    return root.dep_ in ("nsubj", "nsubjpass") and after < len(doc) and root.head.i >= after \
        and doc[after].pos_ in ("VERB", "AUX") and doc[after].tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD") \
        and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in ("the", "this", "that", "every", "each", "any")


def under_read_apart(title: Token) -> bool:
    """'Under Secretary for Transport': the 'Under' that opens the title, which the tagger takes for a
    preposition and leaves out of it."""
    return title.lower_ == "secretary" and title.i >= 1 and title.doc[title.i - 1].text == "Under"


def _plural_possessive(token: Token) -> bool:
    """The apostrophe of a plural's possessive, which the tagger can miss: 'Students’ Council'."""
    return token.text in ("’", "'") and token.i > 0 and token.doc[token.i - 1].lower_.endswith("s")


def _inside_body_name(token: Token, tokens: list[Token], name: Span) -> bool:
    """A word of a body's name with a plural possessive inside it, which the parser tears apart, before
    a capitalised title already taken: 'Willow Point Residents’ Association president Margaret Dunphy'."""
    doc, i = token.doc, token.i
    first = next((t for t in tokens if not t.is_punct), None)
    if first is None or not first.text[:1].isupper():
        return False
    return _plural_possessive(token) and doc[i - 1].text[:1].isupper() \
        or token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and doc[i + 1].text in ("’", "'") \
        or token.text[:1].isupper() and token.pos_ == "PROPN" and doc[i + 1].text[:1].isupper() \
        and any(doc[j].text in ("’", "'") for j in range(i + 1, name.start))


# Titles that, after another title, address the person rather than name a second post.
FORMS_OF_ADDRESS = frozenset({"Chief", "Prof", "Prof.", "Professor", "Prince", "Princess", "Sheikh", "Sheikha"})


# Nouns for someone by whose they are, which need the possessor: 'the victim's brother'.
RELATIVE_NOUNS = frozenset("""
    son daughter brother sister wife husband widow widower partner cousin uncle aunt niece nephew child
    grandson granddaughter friend relative fiancé fiancée girlfriend boyfriend neighbour neighbor
    mother father parent grandmother grandfather grandchild grandparent spouse sibling stepfather stepmother
    """.split())


def is_relative_noun(token: Token) -> bool:
    """Who someone is to another person: 'sister', 'granddaughter', 'great-granddaughter'."""
    lemma = token.lemma_.lower()
    return lemma in RELATIVE_NOUNS or lemma.rsplit("-", 1)[-1] in RELATIVE_NOUNS and lemma.startswith("great-")


# Heads of the family epithets news gives a person before the name: 'Mum-of-two Hayley Brent'.
FAMILY_EPITHETS = frozenset({"mum", "mother", "dad", "father", "grandmother", "grandfather", "gran", "grandad",
                             "nan", "grandma", "grandpa", "mom", "grandmom"})


def _inside_hyphenated_compound(token: Token) -> bool:
    """'of' in 'mum-of-two' or 'father-in-law': a word joined to both neighbours by hyphens."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "-" and doc[token.i + 1].text == "-" \
        and not doc[token.i - 1].whitespace_ and not token.whitespace_


def _name_root(name: Span) -> Token:
    root = name.root
    # ('Devan Okafor | - | Reyes, chief executive of ...': the parser can hang both halves of a
    # hyphenated surname outside the name, or a first name and surname both on the verb (as two
    # subjects, or one an interjection); what is set after the name hangs on the last)
    outside = [t for t in name if not name.start <= t.head.i < name.end and t.pos_ == "PROPN"]
    if len(outside) > 1 and outside[-1].i == name.end - 1 and (
            name[-2].text in ("-", "‐") or len({t.head.i for t in outside}) == 1):
        root = outside[-1]
    # (a first name the tagger took for another word hangs outside too: 'Will | Tarrant chose', 'Will'
    # read as a modal)
    if root.pos_ != "PROPN" and outside and outside[-1].i == name.end - 1:
        root = outside[-1]
    if name.end < len(name.doc) and root.head.i == name.end and root.head.pos_ == "PROPN":
        root = root.head  # the name hangs on letters after it: 'Joseph R. Biden Jr.', 'Jane Roe KC'
    return root


def bracketed_honorific(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a bracket around an honorific after another: 'Dr (Mrs) Ada Roe'."""
    if doc[i].text == "(":
        return i + 2 < len(doc) and is_honorific(doc[i + 1]) and doc[i + 2].text == ")"
    return doc[i].text == ")" and i >= 2 and is_honorific(doc[i - 1]) and doc[i - 2].text == "("


def _part_of_honorifics(doc: Doc, i: int) -> bool:
    """An honorific, a bracket around a second one, or 'Chief' before one: 'Chief (Barr.) Emeka Roe',
    'Dr (Mrs) Ada Roe'."""
    token = doc[i]
    if is_honorific(token) or bracketed_honorific(doc, i):
        return True
    return token.lower_ == "chief" and i + 1 < len(doc) and (is_honorific(doc[i + 1]) or doc[i + 1].text == "("
                                                              and bracketed_honorific(doc, i + 1))


def _title_split_from_name(name: Span) -> list[Token]:
    """'The union’s regional organiser Bethan Roe said' and 'The firm’s founder, Sir Tobias Wren, said':
    the parser can make the title and the name two subjects of the verb, or end a sentence at the
    comma; the title's own phrase, ending right before the name, is the role."""
    doc = name.doc
    root = _name_root(name)
    i = name.start - 1
    while i >= 0 and _part_of_honorifics(doc, i):
        i -= 1
    comma = i >= 0 and doc[i].text == ","
    if comma:
        # (set off on both sides, as an apposition is: not 'At the meeting, Jane Roe said')
        after = max(name.end, root.i + 1)
        if not (after < len(doc) and doc[after].text == ","):
            return []
        i -= 1
    if i < 0:
        return []
    title = doc[i]
    # (up a capitalised title's own 'of' phrase: 'Chairman of the bench Margaret Ellery')
    while not is_title_word(title) and title.dep_ in ("pobj", "prep") and title.head.i < title.i:
        title = title.head
    if title.pos_ == "PROPN" and not _in_title_of_phrase(next((c for c in title.children if c.dep_ == "prep"), title)):
        return []
    same_slot = title.dep_ == root.dep_ and title.head.i == root.head.i
    # (or hung on the same verb, as the phrase that opens the sentence right before the name)
    same_slot = same_slot or title.dep_ in ("npadvmod", "nmod", "dep") and title.head.i == root.head.i \
        and title.left_edge.i == title.sent.start
    # (or as the apposition of a body the parser made the subject: 'Cyclones | president of basketball
    # operations | Walt Grigsby said')
    body_first = not comma and title.dep_ == "appos" and title.head.i < title.i and title.head.dep_ == root.dep_ \
        and title.head.head.i == root.head.i and title.head.text[:1].isupper() and title.head.ent_type_ != "PERSON"
    # (a sentence the parser ended at the comma: 'The panel’s chair,' | 'Sir Tobias Wren, said ...')
    cut_off = comma and title.dep_ == "ROOT" and title.sent.end in (i + 1, i + 2) and title.left_edge.i == title.sent.start
    if not (is_title_word(title) and title.pos_ in ("NOUN", "PROPN") and title.right_edge.i == i
            and (same_slot or cut_off or body_first)):
        return []
    return list(doc[(title.head if body_first else title).left_edge.i : i + 1])


def _title_read_as_verb(name: Span) -> list[Token]:
    """'State epidemiologist Dr. Obi Marsh told reporters', 'Australia fielder Corey Lang said': the
    tagger can take a lower-case title opening the sentence for a verb and parse around it. The
    title, right before the name (and its honorifics), with the capitalised words before it from the
    sentence's start, is the role."""
    doc = name.doc
    i = name.start - 1
    while i >= 0 and is_honorific(doc[i]):
        i -= 1
    if i < 0 or not (doc[i].lower_ in TITLE_WORDS and doc[i].text.islower() and doc[i].tag_.startswith("VB")):
        return []
    start = i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        start -= 1
    return list(doc[start : i + 1]) if start == sentence_bounds(doc[i])[0] else []


# Players' positions, which are titles only right before a name ('forward Emeka Okafor', 'left
# tackle Marcus Oduya'): elsewhere most are common words.
POSITIONS = frozenset({"forward", "back", "tackle", "end", "center", "centre", "safety", "wing", "prop", "lock",
                       "keeper", "closer", "starter", "hander", "guard", "receiver", "goaltender", "goalie",
                       "netminder", "lineman", "cornerback", "halfback", "defenseman", "defenceman", "reliever",
                       "rusher", "punter", "kicker", "slugger", "setter", "libero",
                       # (cricket's)
                       "opener", "batter", "batsman", "bowler", "spinner", "seamer", "paceman", "all-rounder"})
# Positions that also open bodies' names ('Center Stage Theatre', 'Wing Tai Holdings').
NAME_OPENING_POSITIONS = frozenset({"back", "center", "centre", "end", "safety", "wing", "starter"})
POSITIONS_BEFORE_NAMES = POSITIONS - NAME_OPENING_POSITIONS
# Words that say which position or what kind of player: 'rookie left tackle', 'tight end'.
POSITION_QUALIFIERS = frozenset({"rookie", "veteran", "left", "right", "tight", "wide", "running", "defensive",
                                 "offensive", "point", "shooting", "power", "small", "starting", "relief", "outside",
                                 "inside", "middle", "free", "strong", "nose", "center", "centre", "loosehead",
                                 "tighthead", "second-row", "utility", "backup", "reserve", "star", "captain",
                                 "team", "edge", "pass"})
# Titles that are also verbs taking a person as object: 'to coach Jalen Stroud', 'will host Ana Roe'.
VERB_TITLES = frozenset({"coach", "host", "chair", "head", "judge", "captain", "skipper", "referee", "umpire",
                         "pilot", "tutor", "nurse", "counsel", "witness", "partner", "parent", "doctor", "guard",
                         "tackle", "back", "lock", "start", "shepherd", "steward", "marshal", "agent", "seed",
                         "author", "produce", "clerk", "trainer", "intern", "advocate", "engineer"})
# Position words that are also particles of a verb: 'brought back Ana Roe', 'put forward Ana Roe'.
PARTICLE_POSITIONS = frozenset({"back", "forward"})


def _title_next_to_name(name: Span) -> str | None:
    """'commit to quarterback Jalen Stroud', 'said rookie left tackle Marcus Oduya', 'Center back
    Tomasz Wilk': the tagger can read a lower-case title or a player's position right before a name as
    a verb, an adverb or a particle, and the parser then hangs it anywhere. The words right before the
    name that are titles, positions or their qualifiers (and the capitalised team or body before
    them) are the role."""
    doc = name.doc
    i = name.start - 1
    # (and a rank, which is how the holder is addressed: 'police spokesperson Capt Kagiso Moeng')
    while i >= 0 and (_part_of_honorifics(doc, i) or i == name.start - 1 and doc[i].text[:1].isupper()
                      and doc[i].lower_ in MILITARY_RANKS | RANK_ABBREVIATIONS):
        i -= 1
    first = sentence_bounds(doc[name.start])[0]
    end, start = i, i + 1
    # (with what it covers in brackets: 'Deputy Inspector General of Police (Eastern Range) X')
    title_end = end
    if end > first and doc[end].text == ")":
        title_end = next((j - 1 for j in range(end - 1, max(first, end - 6), -1) if doc[j].text == "("), end)
    if title_end >= first and doc[title_end].text[:1].isupper():
        # A capitalised title opening the sentence or set off after a comma, which the parser tore
        # from the name: 'Talking to reporters, Fisheries and Livestock Secretary Md Rafiqul Hasan';
        # or ending in what it is of or for: 'Minister for Ports, Shipping and Waterways X'.
        j = title_end
        while j - 1 >= first and (doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                                  or doc[j - 1].lower_ in ("and", "of", "for", "&")
                                  or doc[j - 1].text == "," and j - 2 >= first and doc[j - 2].text[:1].isupper()
                                  and doc[j].text[:1].isupper()
                                  and any(t.lower_ == "and" for t in doc[j:title_end]) and
                                  any(t.lower_ in ("of", "for") for t in doc[first:j - 1])):
            j -= 1
        while doc[j].text == ",":
            j += 1
        run = doc[j : title_end + 1]
        complement = next((k for k, t in enumerate(run) if t.lower_ in ("of", "for")), None)
        titled = is_title_word(doc[title_end]) or complement is not None and any(
            is_title_word(t) for t in run[:complement])
        if titled and (j == first or doc[j - 1].text == ",") and doc[j].text[:1].isupper():
            # (not the title's own initials: 'Superintendent of Police (SP)')
            acronym = title_end + 3 == end and doc[end - 1].text.isupper()
            return doc[j : title_end + 1 if acronym else end + 1].text
    while i >= first:
        k = i  # (a hyphenated word is one: 'right-hander', 'second-row')
        while k - 2 >= first and doc[k - 1].text in ("-", "‐") and not doc[k - 1].whitespace_ \
                and not doc[k - 2].whitespace_:
            k -= 2
        word = doc[k : i + 1].text
        lower = word.lower()
        # (lower case, or a title's acronym: 'co-founder and CEO Hana Lindqvist')
        if not (word.islower() or k == first and word[:1].isupper() and word[1:].islower()
                or word.isupper() and lower in TITLE_WORDS) or comparing_two(doc[i]):
            break
        if i == end:
            fits = lower in TITLE_WORDS or lower in POSITIONS or lower.rsplit("-", 1)[-1] in POSITIONS
        else:
            # (or a noun the parse joins to the title as what it covers: 'Opposition transport spokeswoman')
            fits = lower in TITLE_WORDS or lower in POSITION_QUALIFIERS or lower in TITLE_MODIFIERS \
                or lower.rsplit("-", 1)[-1] in TITLE_WORDS \
                or lower == "and" and k > first and doc[k - 1].lower_.rsplit("-", 1)[-1] in TITLE_WORDS \
                or k == i and doc[i].pos_ == "NOUN" and doc[i].dep_ == "compound" and i < doc[i].head.i <= end
        if not fits:
            break
        start, i = k, k - 1
    if start > end:
        return None
    # (nor the noun a clause with its 'that' left out is about: 'the late tackle Okoro made on Lyons')
    if name.root.dep_ in ("nsubj", "nsubjpass") and name.root.head.dep_ == "relcl" and name.root.head.head.i == end:
        return None
    before = doc[start - 1] if start > 0 else None
    single = start == end and doc[start].lower_
    if before is not None and single:
        # (a verb's reading: 'to coach Jalen Stroud', 'brought back Ana Roe'; not 'said forward X', nor
        # where the name is the subject of a verb of its own: 'Kingfishers guard Matiu Rangi has signed')
        root = _name_root(name)
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i
        if single in VERB_TITLES and not subject \
                and (before.tag_ in ("TO", "MD") or before.pos_ in ("PRON", "PROPN", "AUX")):
            return None
        if single in PARTICLE_POSITIONS and before.pos_ == "VERB" and before.lemma_.lower() not in ("say", "tell"):
            return None
    # ('Cyclones forward X': the team or body before the title, capitalised, not a person)
    # (or a nationality: 'Polish-Nigerian novelist X')
    while start - 1 >= first and (doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].text[:1].isupper()
                                  and doc[start - 1].ent_type_ not in ("PERSON", "DATE", "TIME")
                                  or doc[start - 1].ent_type_ == "NORP"):
        start -= 1
    # (and a qualifier before the team: 'former Lions wicketkeeper X')
    if start - 1 >= first and start <= end and doc[start].text[:1].isupper() \
            and doc[start - 1].lower_ in ("former", "ex"):
        start -= 1
    return doc[start : end + 1].text


def _inside_organisation_name(token: Token) -> bool:
    """'of' or 'the' inside the name of an organisation that opens a title: 'Central Bank of Nigeria
    Governor', 'Bank of England Governor'."""
    if token.lower_ == "of" and token.head.i == token.i - 1 and token.head.lower_ in LOCAL_GOVERNMENT_NOUNS \
            and token.head.text[:1].isupper() and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].text[:1].isupper():
        return True  # (a local government named for its place, whatever the recogniser made of it: 'Shire of X')
    doc = token.doc
    if token.lower_ == "of" and token.head.i == token.i - 1 and token.head.pos_ == "PROPN" \
            and token.head.text[:1].isupper() and token.head.dep_ in ("nmod", "compound") \
            and token.head.head.i > token.i and token.head.head.pos_ == "NOUN" and is_title_word(token.head.head) \
            and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper():
        return True  # (or one the recogniser missed, named as the title's modifier: 'Chamber of Trade chairman')
    if token.lower_ in ("of", "for") and token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].is_alpha:
        # (or a name in capitals on both sides of its 'for' that runs into a lower-case title, whatever
        # the tagger made of its words: 'Homes for All spokeswoman X')
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and not is_title_word(doc[end]):
            end += 1
        if token.i + 1 < end < len(doc) and doc[end].text.islower() and is_title_word(doc[end]):
            return True
    return token.lower_ in ("of", "the") and token.ent_iob_ == "I" and token.ent_type_ == "ORG" \
        and token.head.i < token.i and token.head.text[:1].isupper()


# Local governments named for their place: 'Shire of Mundaring', 'City of Ballarat', 'County of Kent'.
LOCAL_GOVERNMENT_NOUNS = frozenset({"shire", "city", "county", "town", "borough", "municipality", "district",
                                    "village", "township", "parish", "province", "state"})


def _participle_modifier(token: Token) -> bool:
    """A participle the tagger calls a verb that still modifies the title: 'Managing director',
    'presiding judge', 'retired colonel'."""
    # (not after an auxiliary, which makes it the clause's verb: 'Rovers have sacked manager X')
    return token.tag_ in ("VBG", "VBN") and token.dep_ in ("amod", "compound") and token.head.i > token.i \
        and not (token.i > 0 and token.doc[token.i - 1].pos_ == "AUX")


def _in_title_of_phrase(token: Token) -> bool:
    """'of' or 'for' after a capitalised title, or 'the' in its object: 'Secretary of State', 'Leader
    of the Opposition', 'Minister for Finance', 'Minister for Heritage and the Environment'."""
    doc = token.doc
    if token.lower_ == "the" and token.head.dep_ == "conj" and token.head.text[:1].isupper() and token.i >= 2 \
            and doc[token.i - 1].lower_ in ("and", "&") and doc[token.i - 2].text[:1].isupper():
        # (the second of two fields, whatever the parser hung it on)
        return any(doc[k].lower_ in ("of", "for") and _in_title_of_phrase(doc[k])
                   for k in range(max(token.i - 6, 0), token.i - 2))
    if token.lower_ == "the" and token.head.dep_ == "pobj":
        token = token.head.head
    # (or a relational title's 'of', which makes it a title: 'Dean of Libraries', not the first name)
    relational = token.lower_ == "of" and token.head.lower_ in RELATIONAL_TITLES
    return token.lower_ in ("of", "for") and token.head.i < token.i and (is_title_word(token.head) or relational) \
        and token.head.text[:1].isupper()


def _title_of_a_field(token: Token) -> bool:
    """'of' in 'president of basketball operations Walt Grigsby', 'head of research Ana Roe': a
    lower-case title's 'of' whose object is a bare field, no title itself ('a spokesman for mayor
    Ana Roe' is the mayor's spokesman)."""
    field = next((c for c in token.children if c.dep_ == "pobj"), None)
    return token.lower_ == "of" and token.head.i < token.i and is_title_word(token.head) and field is not None \
        and field.pos_ == "NOUN" and field.text.islower() and not is_title_word(field) \
        and not any(c.dep_ in ("det", "poss") for c in field.children)


def _hyphenated_title_end(token: Token) -> bool:
    """'general' in 'director-general', which the tagger can read as an adjective."""
    doc = token.doc
    return token.pos_ == "ADJ" and token.i >= 2 and doc[token.i - 1].text in ("-", "‐") \
        and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_ and is_title_word(doc[token.i - 2])


def _subject_read_as_apposition(root: Token, appos: Token) -> bool:
    """'..., Dr Anil Sethi, Marsh’s recovery will be assessed ...': an apposition on a subject that runs
    straight on into the subject's verb, with no comma to close it and no person's noun, is the
    clause's own subject."""
    doc, verb = root.doc, root.head
    after = appos.right_edge.i + 1
    if after >= len(doc) or _names_a_person(appos) or doc[appos.left_edge.i - 1].text != ",":
        return False
    if root.dep_ not in ("nsubj", "nsubjpass"):
        # (or on a name in an opening phrase, running into a verb with no subject: 'According to Roe,
        # the humanitarian operation is also running out of fuel')
        verb = next((t for t in doc[after : after + 4] if t.dep_ not in ("aux", "auxpass", "neg", "advmod")), None)
        return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.is_ancestor(root) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    # (a title is one's description all the same, its closing comma forgotten: 'Ann Roe, the director said')
    return verb.i >= after and all(t.dep_ in ("aux", "auxpass", "neg") or t.i == verb.i
                                   for t in doc[after : verb.i + 1])


def _thing_a_clause_is_about(noun: Token) -> bool:
    """'..., a detail the team will stress': a noun for no person, with a clause of someone else's that
    has it as object and no relative word, is what the sentence before it was, not who the name is."""
    return not _names_a_person(noun) and any(
        c.dep_ == "relcl" and c.i > noun.i and c.left_edge.tag_ not in ("WDT", "WP", "WP$", "IN", "WRB")
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children) for c in noun.children)


def role_in_apposition(name: Span) -> str | None:
    """'Serhii Kyslytsia, Ukraine’s first deputy foreign minister, said' and
    'Russian presidential aide, Vladimir Medinsky, ...'."""
    root = _name_root(name)
    # ('Anselm Brody, fifty-eight, a captain ...': the parser can hang the title on the age before it)
    after_age = [g for c in root.children if c.dep_ == "appos" and c.pos_ == "NUM" and c.i > root.i
                 for g in c.children if g.dep_ == "appos" and g.i > c.i
                 and any(d.dep_ == "det" for d in g.children)]
    # ('Kestrel's chief executive, Jonah Petrakis, one of the three engineers named in the suit,': a
    # title the name is set beside, before it, is the role, whatever follows the name)
    # (but who someone is to another gives way to a job set after the name: 'Her neighbour, X, 38, a
    # farmer,' is a farmer)
    beside_title = root.dep_ == "appos" and root.head.i < root.i and is_title_word(root.head) \
        and root.head.pos_ == "NOUN" and root.head.dep_ != "pobj" and not _names_a_relation(root.head) \
        and name.start > 0 and root.doc[name.start - 1].text == ","
    # ('said Felix Amari, autos analyst at Sandberg Research': with no article, the parser can make the
    # title a second subject of the verb, set off by a comma right after the name)
    doc = root.doc
    second = [c for c in root.head.children if c.dep_ == "nsubj" and root.dep_ == "nsubj" and c.i > root.i
              and c.pos_ == "NOUN" and is_title_word(c) and c.left_edge.i == name.end + 1
              and doc[name.end].text == ","] if name.end < len(doc) else []
    # ('said Richard Osei-Bonsu, Pellmont’s general manager': or hang it on a part of a hyphenated name)
    on_part = [c for t in name if t.i != root.i for c in t.children if c.dep_ == "appos" and c.i >= name.end]
    for child in ([] if beside_title else [*root.children, *on_part, *after_age, *second,
                                           *_one_of_people_on_origin(root)]):
        if child in second:
            tokens = _contiguous(sorted(child.subtree, key=lambda t: t.i), child)
            role = role_with_employer_apart(tokens, child)
            if role:
                return role
            continue
        if child.dep_ == "appos" and child.i > root.i and child.lower_ == "one":
            member = _one_of(child)
            if member is not None:
                return member
        # (one person's role is singular: 'Kevin Harte, 52, targeted pensioners' is what he did)
        # (not one after a clause of the name's: 'X said it had taken 30,000 preorders, a figure ...')
        # ('an infectious diseases specialist at ...': a plural the parser made the head, with the title
        # hung on it right after)
        title_after = next((c for c in child.children if c.i == child.i + 1 and c.tag_ == "NN" and is_title_word(c)),
                           None) if child.tag_ == "NNS" else None
        # ('the department's director-general': the tagger can take the title's last part for an adjective)
        if child.dep_ == "appos" and child.i > root.i \
                and (child.pos_ in ("NOUN", "PROPN") or _hyphenated_title_end(child)) \
                and not (name.start <= child.i < name.end) \
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[name.end : child.left_edge.i]) \
                and (child.tag_ != "NNS" or is_title_word(child) and child.lemma_.lower() not in LAY_PERSON_NOUNS
                     or title_after is not None) \
                and not _measure_word(child) and not _bracketed_thing(child) and not _quoted_thing(child) \
                and child.ent_type_ not in ("ORDINAL", "CARDINAL") and not child.text[:1].isdigit() \
                and not _what_they_trained_as(child) \
                and not _subject_read_as_apposition(root, child) and not _thing_a_clause_is_about(child):
            # The parser may split a hyphenated title into sibling appositions: 'co', '-', 'founder'.
            parts = [child] + [c for c in root.children if c.dep_ == "appos" and c.i > child.i
                               and all(root.doc[i].dep_ == "appos" for i in range(child.i, c.i + 1))]
            # ('the co-op’s general manager': a possessor split the same way is no title; a title
            # with its possessor hung on it is one: 'Brightwave’s chief executive')
            if any(c.tag_ == "POS" for c in parts[-1].children) and (len(parts) > 1 or hyphen_prefix(parts[-1])):
                continue
            # A second role coordinated with the first ('a professor at X and the study’s lead author')
            # is left out: one role, the one given first.
            # (nor how far away: 'owner of the coffee shop two doors down')
            measure = {t.i for part in parts for c in part.children if c.dep_ in ("appos", "npadvmod")
                       and c.i > part.i and any(g.dep_ == "nummod" for g in c.children) for t in c.subtree}
            tokens = [t for part in parts for t in part.subtree
                      if t.dep_ not in ("relcl",) and not _in_relcl(t, part) and not _in_second_conjunct(t, child)
                      and not _in_origin(t, child) and t.i not in measure]
            if title_after is not None:
                tokens = sorted({t for t in child.subtree if t.i <= title_after.i} | set(title_after.subtree),
                                key=lambda t: t.i)
            tokens = _contiguous(sorted(tokens, key=lambda t: t.i), child)
            # ('spokesperson of the Department of X’s | field office': the parser can hang what a
            # possessive owns on the name as an apposition of its own)
            owned = next((c for c in root.children if c.dep_ == "appos" and tokens and tokens[-1].tag_ == "POS"
                          and c.left_edge.i == tokens[-1].i + 1), None)
            if owned is not None:
                tokens += [t for t in owned.subtree]
            # (a possessive ending the tagger read as 'is' is none: 'director of the WHO’s | Global ...')
            if any(t.tag_ == "WP$" or t.tag_ in ("VBZ", "VBD", "VBP", "MD") and t.dep_ != "case" for t in tokens):
                continue  # ('Rachel Roe, whose son Callum has epilepsy,': a clause the parser misread)
            shared = _title_shared_after_and(child) if len(parts) == 1 and title_after is None else None
            if shared is not None:
                tokens = _contiguous(sorted((t for t in child.subtree if not _in_relcl(t, child)),
                                            key=lambda t: t.i), child)
            role = role_with_employer_apart(tokens, shared or title_after or child)
            if role and (any(is_title_word(t) for t in tokens) or child.pos_ == "NOUN"):
                return role
    head = root.head
    # ('Reacting, the Commissioner for Works, Engr. Tobi Adeleke, said': the parser can set the title
    # and the name side by side on the participle that opens the sentence)
    title = next((c for c in head.children if c.dep_ == "appos" and c.i < root.i and is_title_word(c)), None) \
        if root.dep_ == "appos" and subject_after_opening_participle(head) is not None else None
    if title is not None:
        head = title
        tokens = [t for t in head.subtree if t.i < name.start and not root.is_ancestor(t)]
        return clean_role(_contiguous(sorted(tokens, key=lambda t: t.i), head))
    hired: set[int] = set()
    # ('the chairperson of the school governing body, Xolani Mafu,': the parser can hang the name
    # on the last noun of the title's complement, a place's name too ('The mayor of Lisbon, X,');
    # the title is the one it describes)
    if root.dep_ == "appos" and (head.pos_ == "NOUN" or head.ent_type_ in ("GPE", "LOC") and head.dep_ == "pobj") \
            and not is_title_word(head):
        node = head
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
            node = node.head.head
            if is_title_word(node):
                head = node
                break
        # (or through a participle on the title: 'A hydrogeologist hired by the company, Wen-Li Zhao,')
        if head.dep_ == "pobj" and head.head.dep_ in ("agent", "prep") and head.head.head.dep_ == "acl" \
                and head.head.head.tag_ == "VBN" and is_title_word(holder := head.head.head.head) \
                and holder.pos_ == "NOUN":
            hired = {t.i for t in head.head.head.subtree}  # (who hired them is no part of the role)
            head = holder
        # (or on a thing whose complement ends in the title: 'A review by the county auditor, Samuel
        # Roe, found': the name is the auditor's)
        if not _names_a_person(head) and head.lemma_.lower() not in LAY_PERSON_NOUNS:
            # (an honorific can open the name: 'The statement, signed by its Director of Public Affairs, Mr X,')
            head = next((t for t in head.subtree if t.dep_ == "pobj" and t.i > head.i and is_title_word(t)
                         and t.right_edge.i + 2 <= name.start and root.doc[t.right_edge.i + 1].text == ","
                         and all(is_honorific(w) for w in root.doc[t.right_edge.i + 2 : name.start])), head)
            # (or on a noun the title is not under at all: 'The closure is a blow to the show’s playwright,
            # X,': the person's noun set right before the comma is the one the name is set beside)
            beside = root.doc[name.start - 2] if name.start > 1 and root.doc[name.start - 1].text == "," else None
            if not _names_a_person(head) and beside is not None and beside.pos_ == "NOUN" and beside.i > head.i \
                    and _names_a_person(beside) and beside.lemma_.lower() not in LAY_PERSON_NOUNS:
                head = beside
            # (or on a place, beside the person's own description: 'Outside the courthouse, a cousin
            # of the family, X, said')
            described = next((c for c in head.children if c.dep_ == "appos" and head.i < c.i < root.i
                              and c.pos_ == "NOUN" and _names_a_person(c)), None)
            if not _names_a_person(head) and described is not None:
                head = described
            # (a title whose first words the parser made a noun of their own, that it hangs the title on:
            # 'the council’s section | 151 officer, X,')
            if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i == head.left_edge.i - 1 \
                    and _names_a_person(head):
                head = head.head
    elif root.dep_ == "appos" and is_title_word(head) and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.lower_ in ("to", "for", "of") and (outer := _title_before_complement(head.head)) is not None:
        # (even when that last noun is a title too: 'the Chief Press Secretary to the Governor, X',
        # 'a spokesman for the President, X', 'the wife of the governor, X' are the secretary, the
        # spokesman and the wife)
        head = outer
    if root.dep_ == "appos" and head.lower_ == "one" and head.i < root.i:
        member = _one_of(head)  # 'One of the drivers, Ahmad Sulaiman,'
        if member is not None:
            return member
    # ('Their landlord, Ernesto Baila,': a noun a person's name stands in apposition to describes them;
    # not 'gave only her first name, Sheila,')
    # (nor a label a colon sets before a list of names: 'Mariners: Oduya (knee), Pike (ankle)')
    # (nor the last noun of an opening phrase, when the name after it is the subject the sentence's
    # verb lacks: 'Speaking after the day's play, Bhosle, who ..., admitted')
    subjectless = head.dep_ == "pobj" and not _names_a_person(head) and head.lemma_.lower() not in LAY_PERSON_NOUNS \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.sent.root.children)
    # (nor a noun for no person far from the name, with words of other phrases between: 'His remarks
    # come days before a visit by Aveloa’s minister for culture, Losana Ruve,')
    detached = root.dep_ == "appos" and not _names_a_person(head) and head.lemma_.lower() not in LAY_PERSON_NOUNS \
        and any(not head.is_ancestor(t) for t in root.doc[head.i + 1 : root.left_edge.i] if not t.is_punct)
    # (nor a plural for people of a kind before a list: 'support among decided voters, Ann Roe at 31 per cent')
    plural_kind = head.tag_ == "NNS" and head.lemma_.lower() in LAY_PERSON_NOUNS
    # (nor a noun the name is set far from, with a title of its own right before it: 'the number he wore
    # in Sacramento, after rookie guard Jaylen Pruitt gave it up')
    before_name = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    titled_apart = root.dep_ == "appos" and before_name is not None and before_name.i > head.i \
        and before_name.pos_ == "NOUN" and (is_title_word(before_name) or before_name.lemma_.lower() in POSITIONS) \
        and before_name.dep_ != "appos" \
        and before_name.head.i != root.i \
        and any(t.pos_ in ("VERB", "AUX") for t in root.doc[head.i + 1 : before_name.i])
    # (nor a thing a clause of the name's says they did, with no comma or relative word between: 'a
    # 2022 text message Ruggiero sent to his brother')
    contact_clause = root.dep_ == "appos" and not _names_a_person(head) and name.start > 0 \
        and root.doc[name.start - 1].text != "," \
        and any(c.dep_ in ("acl", "relcl") and c.i == name.end and c.pos_ == "VERB" for c in head.children)
    misread_apposition = subjectless or detached or plural_kind or titled_apart or contact_clause
    if root.dep_ == "appos" and head.i < root.i and head.lemma_.lower() != "name" and not misread_apposition \
            and not any(t.text == ":" for t in root.doc[head.i + 1 : root.i]) and (
            head.pos_ == "NOUN" and (is_title_word(head) or root.ent_type_ == "PERSON")
            or head.pos_ == "PROPN" and is_title_word(head) or _hyphenated_title_end(head)):
        tokens = [t for t in head.subtree if t.i < name.start and not root.is_ancestor(t) and t.i != root.i
                  and t.i not in hired]
        tokens = _contiguous(sorted(tokens, key=lambda t: t.i), head)
        # (and the title's last word, which the tagger can take for a modifier of the name: 'edge |
        # rusher Malik Thornwell')
        gap = root.doc[head.i + 1 : name.start]
        if tokens and tokens[-1].i == head.i and 0 < len(gap) <= 2 \
                and all(t.is_alpha and t.text.islower() and t.head.i == root.i for t in gap):
            tokens += list(gap)
        # ('Ward | 4 councillor X said': a capitalised word right before, which the parser made a second
        # subject of the same verb, is the title's first word)
        before = root.doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
        if before is not None and head.dep_ == "nsubj" and before.dep_ == "nsubj" and before.head.i == head.head.i \
                and before.pos_ == "PROPN" and before.text[:1].isupper():
            tokens = [before] + tokens
        led_by = _title_ending_a_clause(tokens, head)
        if led_by is not None:
            return clean_role(_contiguous([t for t in led_by.subtree], led_by))
        # (a sentence the parser made a noun phrase: 'The Falcons fired | coach Brendan Voss')
        verb = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].tag_ in ("VBD", "VBZ")
                     and tokens[k].text.islower() and tokens[k].i < head.i
                     and any(t.text[:1].isupper() and t.pos_ == "PROPN" for t in tokens[:k])), None)
        if verb is not None:
            tokens = tokens[verb + 1 :]
        # (the noun's phrase starts after any comma in it: 'read by the coroner, Callum’s mother,
        # Joanne Brierley' is Callum's mother)
        commas = [i for i, t in enumerate(tokens) if t.text == "," and t.i < head.i]
        # (and a title set after the noun, between commas, is the name's: '... posing as electricity
        # department officials, Director General of Police (DGP) X said')
        set_after = [i for i, t in enumerate(tokens) if t.text == "," and t.i > head.i]
        if set_after and any(is_title_word(t) and t.text[:1].isupper() for t in tokens[set_after[-1] + 1 :]):
            return clean_role(tokens[set_after[-1] + 1 :])
        return clean_role(tokens[commas[-1] + 1 :] if commas else tokens)
    return None


def _title_before_complement(preposition: Token) -> Token | None:
    """The title a 'to', 'for' or 'of' completes: the noun the parser hung it on, or the word right
    before it, whatever the parser hung it on ('Reacting, the Chief Press Secretary | to the
    Governor'). One person holds it: not 'Aides to the President'."""
    for noun in (preposition.head, preposition.doc[preposition.i - 1]):
        if noun.pos_ in ("NOUN", "PROPN") and (is_title_word(noun) or is_relative_noun(noun)) \
                and noun.tag_ not in ("NNS", "NNPS"):
            return noun
    return None


def _what_they_trained_as(noun: Token) -> bool:
    """'Brandt, 54, an engineer by training,': what someone trained as is their background, not the post
    the article gives them."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(o.lemma_.lower() in ("training", "background", "education")
                                                             for o in c.children) for c in noun.children)


def _measure_word(token: Token) -> bool:
    """'time' in 'a three-time All-Star', 'year' in 'a first-year': the second half of a number's
    compound modifier, which the parser can leave as the head of the phrase. It is no title."""
    return hyphen_prefix(token) and (token.doc[token.i - 2].like_num or token.doc[token.i - 2].lower_ in ORDINALS)


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _quoted_thing(token: Token) -> bool:
    """An apposition opened by a quote mark is someone's words the parser hung on the name ('who has
    called the drought “a slow-motion hurricane”'), not what the person is."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].is_quote or token.doc[start].is_quote


def _bracketed_thing(token: Token) -> bool:
    """'Oduya (knee)', in a team's injury list: a lower-case word in brackets after a name that is no
    title is a note about them, not what they are."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")" \
        and token.text.islower() and not is_title_word(token)


# Plurals someone can be 'one of' that are no people: 'one of the two dissenting votes'.
NOT_PEOPLE_IN_A_GROUP = frozenset({"vote", "voice", "signature"})


def _one_of_people_on_origin(root: Token) -> list[Token]:
    """'Farida Roe from Dhaka, one of the organisers,': the parser can hang the person's 'one of' on
    the place they come from. Only one of a group of people ('from Dhaka, one of the largest cities'
    is the city's)."""
    places = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")]
    return [one for place in places for one in place.children
            if one.dep_ == "appos" and one.lower_ == "one" and one.i > place.i
            and any(g.dep_ == "pobj" and _names_a_person(g) for of in one.children if of.lower_ == "of"
                    for g in of.children)]


def _one_of(one: Token) -> str | None:
    """'Alicia Moreno, one of the parents who organised the petition' is a parent; 'one of the bus
    drivers' a bus driver: the plural's own words, in the singular."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    # (the last word of a hyphenated plural the parser took in pieces: 'vice | - | captains')
    group = next((c for c in reversed(list(of.children)) if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ != "NOUN" or group.tag_ != "NNS" or group.lemma_ == group.lower_:
        return None
    if group.lemma_.lower() in EMPLOYER_NOUNS:
        return None  # ('X Ltd, one of the licensed buying companies': a body's description, not a person's)
    if group.lemma_.lower() in NOT_PEOPLE_IN_A_GROUP:
        return None  # ('one of the two dissenting votes': how someone voted, not what they are)
    doc, start = group.doc, group.i
    while start >= 2 and joined_to_next_by_hyphen(doc[start - 2]):
        start -= 2
    if start < group.i:
        return doc[start : group.i].text + group.lemma_
    modifiers = [t for t in group.lefts if t.dep_ in ("compound", "amod") and t.i == group.i - 1]
    return " ".join([t.text for t in modifiers] + [group.lemma_])


def _title_ending_a_clause(tokens: list[Token], head: Token) -> Token | None:
    """'The Front’s delegation, led by its political bureau chief, Hashem al-Qadri': where the parser
    hung the name on a noun that is no title, a title closing a clause on that noun, right before the
    name, is the one the name stands beside."""
    words = [t for t in tokens if not t.is_punct]
    if not words or is_title_word(head):
        return None
    last = words[-1]
    if last.i == head.i or last.pos_ not in ("NOUN", "PROPN") or not is_title_word(last):
        return None
    node = last
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl"):
            return last
        node = node.head
    return None


def _in_second_conjunct(token: Token, top: Token) -> bool:
    """Whether ``token`` is in a phrase coordinated with ``top`` itself (or is the conjunction), or in
    a second title the parser hung from a word inside the first role ('a consultant at St Mary’s
    Hospital and chair of the society': 'chair' is coordinated with 'Hospital')."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.head.i == top.i and node.dep_ in ("conj", "cc") and not _joined_title(node, top) \
                and not _second_field(node, top):
            return True
        if node.dep_ == "conj" and is_title_word(node) and not is_title_word(node.head):
            return True
        node = node.head
    return False


def _second_field(node: Token, top: Token) -> bool:
    """'Minister of Energy and Water Security': capitalised words after a capitalised title's 'of' or
    'for' field and an 'and' are a second field, however the parser joined them."""
    return top.text[:1].isupper() and is_title_word(top) and node.pos_ == "PROPN" and node.text[:1].isupper() \
        and not is_title_word(node) and node.doc[node.left_edge.i - 1].lower_ in ("and", "&") \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < node.i for c in top.children)


def _joined_title(node: Token, top: Token) -> bool:
    """'president and chief executive', 'writer and showrunner': a bare title joined to the first
    right after it, under its determiner, is one post with it; 'a professor at X and the study's lead
    author' is a second."""
    doc = top.doc
    conj = node if node.dep_ == "conj" else next((c for c in top.children if c.dep_ == "conj"), None)
    # (a title's letters too: 'cofounder and CEO')
    if conj is None or not is_title_word(conj) or conj.pos_ not in ("NOUN", "PROPN") or top.i + 1 >= len(doc) \
            or doc[top.i + 1].lower_ not in ("and", "&"):
        return False
    # (a complement after both is the second's, wherever the parser hung it: 'a retired schoolteacher
    # and convener of the forum')
    return all(t.dep_ in ("compound", "amod") or t.i == conj.i for t in doc[top.i + 2 : conj.i + 1]) \
        and not any(c.dep_ in ("det", "poss", "prep") for c in conj.children) \
        and not any(c.dep_ == "prep" and c.i > conj.i for c in top.children)


def _in_origin(token: Token, top: Token) -> bool:
    """In a 'from <place>' phrase on the role: 'a nurse from Oakridge Falls' is a nurse; where she
    comes from is not part of what she is. Nor is an age ('a retired teacher of 72')."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        # (a parent's count of children is: 'a mother of three')
        if node.dep_ == "prep" and node.lower_ == "of" and node.head.i == top.i and any(
                c.dep_ == "pobj" and c.like_num for c in node.children) and top.lower_ not in FAMILY_EPITHETS:
            return True
        # (a place as the recogniser tags it, or a proper noun it mistook; not an organisation)
        # (or a common noun for a district after a place's name: 'a farmer from Hosadurga taluk')
        if node.dep_ == "prep" and node.lower_ == "from" and node.head.i == top.i and any(
                c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC", "FAC")
                                      or c.pos_ == "PROPN" and c.ent_type_ in ("", "PERSON")
                                      or c.pos_ == "NOUN" and not any(g.dep_ == "det" for g in c.children)
                                      and any(g.dep_ == "compound" and g.pos_ == "PROPN" and g.ent_type_ != "ORG"
                                              for g in c.children))
                for c in node.children):
            return True
        node = node.head
    return False


def _in_relcl(token: Token, top: Token) -> bool:
    """In a clause, or an apposition set off by a comma, inside the role phrase: 'an analyst at X,
    a research group based in Y' is an analyst at X ('the charity Clean Air for Kids' stays whole)."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") or node.dep_ == "appos" and node.left_edge.i > 0 \
                and node.doc[node.left_edge.i - 1].text == ",":
            return True
        node = node.head
    return False


def _contiguous(tokens: list[Token], anchor: Token) -> list[Token]:
    indices = {t.i for t in tokens}
    start = end = anchor.i
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    return [t for t in tokens if start <= t.i <= end]


# "X, who heads the central bank": the verb of a relative clause that says what someone leads.
LEADING_VERBS = {"head": "head", "lead": "leader", "chair": "chair", "run": "head", "direct": "director",
                 # (and who owns or founded it: 'who has owned the Blue Heron Lounge since 2012')
                 "own": "owner", "found": "founder"}
# Bodies someone heads, leads or runs, named by a common noun: 'who runs the charity'.
LED_BODIES = frozenset("""
    bank company firm business agency department ministry office committee commission council board union party
    team club school college university hospital clinic charity group association federation institute centre
    center unit lab laboratory programme program project campaign organisation organization network foundation
    cooperative co-op coop society trust division service coalition alliance panel taskforce inquiry delegation
    caucus bureau authority tribunal secretariat directorate faculty
    """.split())


# "X, who farms corn": what someone is, from what the relative clause says they do.
DOING_VERBS = {"farm": "farmer", "teach": "teacher", "organize": "organizer", "organise": "organiser",
               "coach": "coach", "manage": "manager", "train": "trainer", "found": "founder", "co-found": "co-founder",
               "fish": "fisherman"}
# Small businesses someone who runs or owns them is the owner of: 'who runs a diner' -> 'diner owner'.
OWNED_BUSINESSES = frozenset("""
    diner restaurant cafe café bar pub shop store bakery salon farm ranch garage hotel motel inn boutique pharmacy
    bookstore bookshop grocery deli barbershop gym studio vineyard winery brewery dealership laundromat kiosk stall
    guesthouse hostel
    """.split())


def _role_from_what_they_do(clause: Token) -> str | None:
    """'who farms corn' -> 'farmer', 'who runs a diner near the tracks' -> 'diner owner'. Only in the
    present (what someone did once is no role), but for having founded something."""
    lemma = clause.lemma_.lower()
    # (the present perfect goes on into the present: 'who has fished off the port for three decades')
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.children)
    founded = lemma in ("found", "co-found") and clause.tag_ == "VBD"
    if clause.tag_ not in ("VBZ", "VBP") and not perfect and not founded:
        return None
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if lemma in ("own", "run") and obj is not None and obj.lemma_.lower() in OWNED_BUSINESSES:
        words = [t.text for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"] + [obj.lemma_.lower()]
        return Role(" ".join(words + ["owner"]), inferred=True)
    if lemma in DOING_VERBS:
        return Role(DOING_VERBS[lemma], inferred=True)
    return _what_they_do_in_words(clause) if lemma in WORK_VERBS else None


# Verbs for the work someone does that have no one noun for it: 'who represents the plaintiffs',
# 'who covers wearables at Keystone Insight', 'who owns Pho Calloway'.
WORK_VERBS = frozenset("""
    run own represent cover help track advise edit host operate oversee supervise study research
    """.split())
# Parts of the relative clause that say what the work is, not where, when or how much.
WORK_DEPS = frozenset({"dobj", "prep", "xcomp", "prt", "dative", "attr", "acomp"})


def _what_they_do_in_words(clause: Token) -> str | None:
    """The relative clause's own words for the work, without 'who' or where it is done from: 'who
    runs a cheese exporter a few miles from the port' -> 'runs a cheese exporter'."""
    # (not the place in a hyphenated modifier: 'at Chandigarh-based Sutlej Capital')
    where = {t.i for c in clause.subtree if c.i != clause.i and (c.dep_ == "npadvmod" and c.head.dep_ != "amod"
                                                                 or c.dep_ == "advmod" and c.head.i == clause.i)
             for t in c.subtree}
    # (the object, and a phrase saying for whom or where they work, not how far: 'a few miles from the port')
    parts = [c for c in clause.children if c.i > clause.i and c.dep_ in WORK_DEPS
             and (c.dep_ != "prep" or c.lower_ in ("at", "for", "with", "on"))
             and not (c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children))]
    tokens = [clause] + [t for c in parts for t in c.subtree if t.i not in where]
    tokens = _contiguous(sorted(tokens, key=lambda t: t.i), clause)
    if len(tokens) < 2 or len(tokens) > 14 or any(t.text in (",", ";", "“", "”", '"') for t in tokens):
        return None
    doc = clause.doc
    return Role(doc[tokens[0].i : tokens[-1].i + 1].text, inferred=True)


def role_in_relative_clause(name: Span) -> str | None:
    """'Ahmed Nasser, who heads the country’s central bank' -> 'head of the country’s central bank';
    'Dana Roe, who teaches English and is president of the teachers' union' -> 'president'."""
    # (or on the noun set beside the name: 'Priya Nair, an Indian expat who works as a pharmacist')
    # (or a nationality: 'Kwame Roe, the Ghanaian who chairs the group')
    beside = [g for c in name.root.children if c.dep_ == "appos" and (c.pos_ == "NOUN" or c.ent_type_ == "NORP")
              for g in c.children]
    for relative in [*name.root.children, *beside]:
        if relative.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")
                                               for c in relative.children):
            continue
        # (each verb the relative pronoun is the subject of: 'who teaches ... and is ...')
        clauses = [relative] + [c for c in relative.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        title = next((t for t in map(_title_after_be, clauses) if t is not None), None) \
            or next((t for t in map(_title_worked_as, clauses) if t is not None), None)
        if title is not None:
            return title
        clause = relative
        if clause.lemma_.lower() not in LEADING_VERBS:
            title = _role_from_what_they_do(clause)
            if title is not None:
                return title
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.like_num for g in c.subtree) for c in clause.children):
            continue  # ('who leads the team with 61 catches': a tally, not a post)
        if clause.tag_ == "VBD" and any(t.lower_ == "to" and t.i > clause.i and clause.i in (t.head.i, t.head.head.i)
                                        for t in clause.subtree):
            continue  # ('who led Felton to promotion': what someone achieved, not a post)
        # (what is led must be a body: 'who heads the central bank', not 'who led that analysis')
        if obj is not None and obj.lemma_.lower() in OWNED_BUSINESSES:
            title = _role_from_what_they_do(clause)
            if title is not None:
                return title
        if obj is not None and (obj.lemma_.lower() in LED_BODIES or any(
                t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") for t in obj.subtree)):
            # (without what a clause or aside of its own says of the body: 'the Regional Airports
            # Group, which represents 22 airports')
            tokens = sorted((t for t in obj.subtree if not any(a.dep_ in ("relcl", "appos", "acl") and a.i > obj.i
                                                               and (a.is_ancestor(t) or a == t)
                                                               for a in obj.children)), key=lambda t: t.i)
            tokens = to_end_of_body_name(_contiguous(tokens, obj))
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            body = obj.doc[tokens[0].i : tokens[-1].i + 1].text
            return Role(f"{LEADING_VERBS[clause.lemma_.lower()]} of {body}", inferred=True)
        # ('who runs a cheese exporter': a business no one noun names the owner of)
        if obj is not None and clause.lemma_.lower() in WORK_VERBS and clause.tag_ in ("VBZ", "VBP"):
            title = _what_they_do_in_words(clause)
            if title is not None:
                return title
    return None


def role_set_off_before(name: Span) -> str | None:
    """'he had met the chairwoman, Dr Niamh Ní Fhlatharta, on Monday', 'opened by Kenya’s Cabinet
    Secretary for Foreign Affairs, Dr Wycliffe Simiyu, whose ...': a title phrase right before a name
    set off by commas is an apposition, wherever the parser hung the name."""
    doc = name.doc
    i = name.start - 1
    # (and a rank's capitals: 'the Police Public Relations Officer in X State, SP Y,')
    # (and one capitalised title word right before the name: 'The Finance Minister, Senator X,')
    addressed = False
    while i >= 0 and (_part_of_honorifics(doc, i) or doc[i].lower_ in TITLES_OF_ADDRESS
                      or doc[i].is_alpha and doc[i].text.isupper() and 2 <= len(doc[i]) <= 4 and i + 1 == name.start
                      or i + 1 == name.start and doc[i].text[:1].isupper() and is_title_word(doc[i])
                      and i > 0 and doc[i - 1].text == ","):
        addressed = addressed or i + 1 == name.start and is_title_word(doc[i])
        i -= 1
    after = max(name.end, _name_root(name).i + 1)
    if i < 1 or doc[i].text != "," or after >= len(doc) or doc[after].text != ",":
        return None
    end = i - 1
    # (past the body's short form in brackets: 'Chairman of the Progressive Peoples Congress (PPC),')
    last = end
    if doc[end].text == ")":
        last = next((j - 1 for j in range(end - 1, max(0, end - 5), -1) if doc[j].text == "("), end)
    title = doc[last]
    # (up from the phrase's last word to the title it belongs to: 'Secretary for ... Affairs')
    while not is_title_word(title) and title.dep_ in ("pobj", "prep", "conj", "compound", "nmod") \
            and title.head.i < title.i:
        title = title.head
    # (a hyphenated title's second part read as an adjective: 'secretary-general')
    if title.pos_ == "ADJ" and title.dep_ == "amod" and title.head.i == title.i - 2 and doc[title.i - 1].text == "-" \
            and is_title_word(title.head):
        title = title.head
    # (or any one thing 'of' somewhere the text sets before a person's name: 'The Odikro of
    # Akwaduase, Nana Kwame Boakye Ansah II,' is the Odikro, whatever the word)
    the_one_of = title.tag_ in ("NN", "NNP") and title.text[:1].isupper() and doc[title.left_edge.i].lower_ == "the" \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children) \
        and title.lower_ not in ORGANISATION_NAME_ENDINGS
    # (or whose relative, or whose anyone: 'His daughter, Siobhán Roe, who has run the bar since ...,',
    # 'The festival’s booker, Imogen Thwaite,')
    kin = (is_relative_noun(title) or _names_a_person(title)) and any(c.dep_ == "poss" for c in title.children)
    if not ((is_title_word(title) or the_one_of or kin) and title.pos_ in ("NOUN", "PROPN")
            and (title.right_edge.i in (last, end, end + 1) or name.start <= title.right_edge.i < name.end
                 or addressed and title.right_edge.i <= after
                 or (the_one_of or kin) and title.right_edge.i > end)):  # (the name, and what follows it, hung on it)
        return _the_one_of_a_place(doc, end) or _title_phrase_read_from_text(doc, end)
    return clean_role(list(doc[title.left_edge.i : end + 1]))


def _title_phrase_read_from_text(doc: Doc, end: int) -> str | None:
    """'The Police Public Relations Officer in Katsina State, SP X,': a phrase opening its sentence or
    clause with 'the' and a capitalised title, with no verb in it, ending at the comma before a name,
    however the parser hung its words on the name."""
    start = end
    while start > 0 and doc[start - 1].text not in (",", ";", ":") and not doc[start - 1].is_sent_end \
            and not doc[start].is_sent_start and end - start < 12:
        start -= 1
    words = doc[start : end + 1]
    if not words or words[0].lower_ != "the" or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if not any(is_title_word(t) and t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    return clean_role(list(words))


def _title_phrase_set_off_after(name: Span) -> str | None:
    """'Otieno, the company’s co-founder and chief executive, said ...': a phrase set off by commas
    after a name opening its sentence, with a determiner or a possessor and a title and no verb,
    read from the words where the tagger took the name for something else and the parser hung the
    phrase's words anywhere."""
    doc = name.doc
    if not doc[name.start].is_sent_start or name.end >= len(doc) or doc[name.end].text != "," \
            or doc[name.end - 1].pos_ == "PROPN":
        return None  # (a name read as one has its apposition read by the parse, or none)
    end = next((k for k in range(name.end + 1, min(name.end + 14, len(doc))) if doc[k].text == ","), None)
    words = doc[name.end + 1 : end] if end is not None else []
    if not words or not (words[0].lower_ in ("the", "a", "an") or words[0].tag_ == "PRP$") \
            or any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in words):
        return None
    if not any(is_title_word(t) and t.pos_ == "NOUN" for t in words):
        return None
    return clean_role(list(words))


def _the_one_of_a_place(doc: Doc, end: int) -> str | None:
    """'The Baale of Oke-Odan,' before a name, read from the words where the parser took the place
    and the name for one phrase: 'the', a capitalised noun that names no body, 'of' and a place's
    capitalised words, up to the comma."""
    k = end
    while k > 0 and (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() or doc[k].text in ("-", "‐")):
        k -= 1
    if k == end or k < 2 or doc[k].lower_ != "of":
        return None
    head = doc[k - 1]
    if head.tag_ in ("NN", "NNP") and head.text[:1].isupper() and doc[k - 2].lower_ == "the" \
            and head.lower_ not in ORGANISATION_NAME_ENDINGS and head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return doc[k - 1 : end + 1].text
    return None


# ... or by whom they speak for: 'Fiona Gault KC, representing the mother,', 'acting for the council'.
COUNSEL_FOR = frozenset({"representing", "acting", "appearing"})


def _cue_before(name: Span) -> bool:
    """Whether the name follows its speech verb: 'said X, representing the family.'"""
    return name.start > 0 and name.doc[name.start - 1].i == name.root.head.i and is_speech_verb(name.root.head)


def role_in_court(name: Span) -> str | None:
    """'prosecuting', 'defending', 'representing the mother': counsel's part in a case, which court
    reports set between commas after the name (past letters after it: 'Ann Roe KC, prosecuting,') or
    open the sentence with ('Defending, Ann Roe said')."""
    doc = name.doc
    i = name.end
    while i < len(doc) and doc[i].is_alpha and doc[i].is_upper and len(doc[i]) <= 3:
        i += 1  # ('KC', 'QC', 'SC')
    # (or before the sentence's end, after a cue that comes first: '“...?” asked X, defending.')
    if i + 2 < len(doc) and doc[i].text == ",":
        word = doc[i + 1]
        if word.lower_ in COUNSEL_PARTICIPLES and doc[i + 2].text in (",", "."):
            return word.lower_
        if word.lower_ in COUNSEL_FOR and (word.lower_ == "representing" or doc[i + 2].lower_ == "for"):
            end = next((k for k in range(i + 3, min(i + 10, len(doc))) if doc[k].text in (",", ".")), None)
            if end is not None and not any(doc[k].is_sent_start for k in range(i + 2, end)) \
                    and (doc[end].text == "," or _cue_before(name)):
                return doc[i + 1 : end].text
    j = name.start - 1
    while j >= 0 and is_honorific(doc[j]):
        j -= 1
    if j >= 1 and doc[j].text == ",":
        # (with whom they act for before the comma: 'Prosecuting on behalf of the society, Helen Roe said')
        start = sentence_bounds(doc[j])[0]
        if doc[start].lower_ in COUNSEL_PARTICIPLES and j - start <= 8 \
                and not any(t.text == "," for t in doc[start:j]):
            return doc[start].lower_
        # ('Representing the family, Ann Roe KC argued': whom they act for is their part)
        if doc[start].lower_ == "representing" and 2 <= j - start <= 8 \
                and not any(t.text == "," for t in doc[start:j]):
            return doc[start].lower_ + doc[start:j].text[len(doc[start].text):]
    return None


# Letters after a name that say the person is senior counsel: 'Ann Roe KC'.
SENIOR_COUNSEL_LETTERS = frozenset({"KC", "QC", "SC", "SAN"})


def counsel_letters(name: Span) -> str | None:
    """'Catriona Roe KC': where the text gives no other role, the letters after the name are one."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    if after is None or after.text.rstrip(".") not in SENIOR_COUNSEL_LETTERS:
        return None
    # (not for a surname whose full name has a part in the case: 'Defending, Alexandra Pryce KC')
    start = name.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    if start < name.start and role_in_court(doc[start : name.end]) is not None:
        return None
    return after.text.rstrip(".")


# Senior military ranks before a name: 'Lomara's army spokesman, Major Felix Ngoma,' is a spokesman.
# (A police lieutenant or sergeant is known by the rank: 'Lt. Frank Medeiros, head of the unit'.)
MILITARY_RANKS = frozenset({"major", "maj.", "maj", "colonel", "col.", "col", "general", "gen.", "gen", "brigadier",
                            "brig.", "brig", "commodore", "admiral"})
# Ranks abbreviated before a name, as police and armed forces write them: 'Capt Kagiso Moeng'.
RANK_ABBREVIATIONS = frozenset({"capt", "capt.", "lt", "lt.", "sgt", "sgt.", "cpl", "cpl.", "insp", "insp.", "supt",
                                "supt.", "det", "det.", "const", "const."})
# Words that make a military rank a police one in some countries' styles: 'Pol Col' in Thailand,
# 'Police Colonel' in the Philippines.
RANK_PREFIXES = frozenset({"pol", "pol.", "police"})
# Academic titles before a name, which say less about the person than a job the text gives them.
ACADEMIC_TITLES = frozenset({"professor", "prof", "prof.", "dr", "dr.", "doctor"})
# ... and titles of address that are as general: 'Chief Emeka Obidike', a chieftaincy title, is the
# party's state chairman in 'the state chairman, Chief Emeka Obidike'.
# Ranks of the peerage are how a peer is addressed ('Baroness Kinloch, a crossbench peer'), and one is
# also a first name ('Earl Dupree, a retired fisherman').
PEERAGE_TITLES = frozenset({"lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess",
                            "marquess", "duke", "duchess"})
TITLES_OF_ADDRESS = ACADEMIC_TITLES | {"chief"} | MILITARY_RANKS | PEERAGE_TITLES | RELIGIOUS_STYLES \
    | RELIGIOUS_FAMILY_STYLES


# Titles that alone are how a person is addressed, not their post: 'Mr Justice Harland' is a judge,
# 'Prince Ayo Bello' may be a palace's secretary, 'Deputy Roe' a member of parliament addressed as
# such. ('Chief Justice', 'Crown Prince' and 'Deputy Mayor' are posts.)
ADDRESS_ALONE = frozenset({"justice", "prince", "princess", "deputy"})


def is_title_of_address(role: str) -> bool:
    """'Prof.', 'Chief', 'Brig Gen', 'Justice': a role made of titles of address alone."""
    words = role.lower().split()
    return all(word in TITLES_OF_ADDRESS for word in words) or len(words) == 1 and words[0] in ADDRESS_ALONE


# Abbreviated titles that news puts where an honorific goes: 'Cllr Jane Roe'.
ABBREVIATED_TITLES = {"cllr": "Councillor", "cllr.": "Councillor"}


# Abbreviated titles of several people and the title of each: 'Sens. Ada Pryce and Howard Teague'.
PLURAL_ABBREVIATIONS = {"Sens.": "Sen.", "Reps.": "Rep.", "Govs.": "Gov."}


# Names for a member of a party family, which news sets bare before a name as its only label:
# 'Conservative Dale Roe', 'New Democrat Ann Roe', 'Democrat Jo Roe'.
PARTY_MEMBER_WORDS = frozenset({"conservative", "liberal", "labour", "democrat", "republican", "tory", "green",
                                "socialist", "communist", "unionist", "nationalist"})
PARTY_MEMBER_PAIRS = frozenset({"new democrat", "liberal democrat", "social democrat", "christian democrat",
                                "free democrat"})


def party_label_words(doc: Doc, end: int) -> int:
    """How many words right before ``end`` are a capitalised party label ('Liberal', 'New Democrat'),
    opening its phrase (0 if none)."""
    i = end - 1
    if not 0 <= i < len(doc) or not doc[i].text[:1].isupper() or doc[i].lower_ not in PARTY_MEMBER_WORDS:
        return 0
    count = 2 if i > 0 and f"{doc[i - 1].lower_} {doc[i].lower_}" in PARTY_MEMBER_PAIRS \
        and doc[i - 1].text[:1].isupper() else 1
    first = end - count
    # (its own phrase: 'the Liberal Party's Ann Roe' or 'Sen. Liberal' are something else)
    if first > 0 and (doc[first - 1].text[:1].isupper() and not doc[first - 1].is_sent_start
                      or doc[first - 1].lower_ in ("the", "a", "an") or doc[first - 1].tag_ == "POS"):
        return 0
    return count


def party_label_opening(doc: Doc, start: int, end: int) -> int:
    """How many words at the start of ``doc[start:end]`` are a party label with a name of two words or
    more after it: 'Liberal Democrat | Ann Roe' (0 if none)."""
    return next((words for words in (2, 1) if end - start - words >= 2
                 and party_label_words(doc, start + words) == words), 0)


def party_label_before(name: Span) -> str | None:
    """'Conservative Dale Korchinski said', 'New Democrat Rebecca Thiessen': a bare party label before
    a name, with no title, is the role the article gives that person."""
    count = party_label_words(name.doc, name.start)
    return name.doc[name.start - count : name.start].text if count else None


# A role that begins with one of these was held in the past.
PAST_ROLE_WORDS = ("former ", "ex-", "onetime ", "one-time ", "retired ", "late ")


def role_of(name: Span, reported: bool = False) -> str | None:
    """The role the text gives a name where it stands; a name inside what someone ``reported`` keeps
    what the sentence says it is or was for the speaker's ('Rourke had been “a politician of the
    parish pump”' is the Taoiseach's word for him, not his role)."""
    root = _name_root(name)
    if any(c.dep_ == "acl" and relative_subject_read_as_head(c) for c in root.children) and not any(
            _names_a_person(t) or t.lemma_.lower() in LAY_PERSON_NOUNS
            for t in root.doc[root.left_edge.i : name.start] if t.pos_ in ("NOUN", "PROPN")):
        return None  # ('the cap, an idea Roe dismissed as ...': the nouns around the name are what it is about)
    before = role_before(name) or _plural_title_shared(name)
    before = PLURAL_ABBREVIATIONS.get(before, before)
    if before is not None and " " not in before and before[:1].isupper() and not is_title_of_address(before):
        # ('The Finance Minister, Senator Katrina Ellery,': the title the text sets the name off after
        # is what it introduces them as; the one word before the name is how they are addressed)
        before = role_set_off_before(name) or before
    # ('Professor Arjun Mehta, a climatologist at ...': the climatologist is what he is here)
    if before is None or is_title_of_address(before):
        relative = role_in_relative_clause(name)
        # (a role read from what someone does gives way to a title the text sets next to the name:
        # 'Wide receiver Marcus Delane, who leads the team in catches,')
        next_to = _title_next_to_name(name) if before is None and getattr(relative, "inferred", False) else None
        # (and a past one set beside the name gives way to the post the clause on it says they came to:
        # 'Federico Lanusse, a former bond trader who became the bank’s president')
        beside = role_in_apposition(name)
        if beside is not None and beside.lower().startswith(PAST_ROLE_WORDS) and relative is not None \
                and not getattr(relative, "inferred", False):
            beside = relative
        return _one_holder(beside or role_of_one_named(name) or role_set_off_before(name)
                           or role_in_court(name)
                           or next_to or relative
                           or (None if reported else role_in_predicate(name)) or before or _abbreviated_title(name)
                           or _title_next_to_name(name) or role_by_agent(name) or counsel_letters(name)
                           or body_set_off_after(name) or _title_phrase_set_off_after(name)
                           or party_label_before(name))
    # ('Ashcombe Warriors head coach X': where the parser cut the title at a lower-case word of it that
    # it read as a verb, the words next to the name still go on with it, and so does the team's name)
    wider = _title_next_to_name(name)
    extra = wider[: -len(before)].split() if wider is not None and wider.endswith(" " + before) else []
    if extra and extra[-1].islower() and not any(w in ("&", "and") for w in extra):
        before = wider
    return _one_holder(before)


def body_set_off_after(name: Span) -> str | None:
    """'Margaret Huxley, of the Stainton Fields Action Group, said': with no title, the body a name is
    set off as being of is all the text says the person is."""
    doc, root = name.doc, _name_root(name)
    if name.end + 2 >= len(doc) or doc[name.end].text != "," or doc[name.end + 1].lower_ != "of":
        return None
    of = doc[name.end + 1]
    body = next((c for c in of.children if c.dep_ == "pobj"), None)
    after = of.right_edge.i + 1
    if of.head != root or body is None or body.pos_ != "PROPN" or not body.text[:1].isupper() \
            or body.ent_type_ in ("PERSON", "GPE", "LOC", "DATE") or after >= len(doc) or doc[after].text != ",":
        return None
    return clean_role(list(doc[of.i : after]))


def noun_named_as(token: Token) -> Token | None:
    """'a retired GP named Howard Roe', 'a graduate student called Ana Ruiz': the noun before that
    the name (here, its word ``token``) is said to go by, or None."""
    verb = token.head
    if token.dep_ == "oprd" and verb.lemma_.lower() in ("name", "call") and verb.dep_ == "acl" \
            and verb.head.i < verb.i:
        return verb.head
    return None


def role_of_one_named(name: Span) -> str | None:
    """The noun for the person a name is said to be ('a retired GP named Howard Roe'), as role."""
    noun = noun_named_as(_name_root(name))
    if noun is None or not _names_a_person(noun):
        return None
    return clean_role(list(name.doc[noun.left_edge.i : noun.i + 1]))


def _one_holder(role: str | None) -> str | None:
    """A plural title given to several names is each one's in the singular: 'Board members Tom Reyes
    and Angela Fitch' are each a 'Board member'."""
    if role is None or getattr(role, "inferred", False):
        return role  # (what someone does, in the text's words, is said of them alone)
    words = role.split()
    # (only the title itself: 'lawyer for the plaintiffs' keeps its complement as it is)
    if is_plural_title(words[-1]) and not any(w in ("for", "of", "at", "in", "on", "to", "with", "from")
                                              for w in words):
        # (and without the count of them: 'two senior members, A and B' are each a 'senior member')
        while len(words) > 1 and (like_num(words[0]) or words[0].lower() in ("both", "several")):
            words = words[1:]
        return " ".join(words[:-1] + [words[-1][:-1]])
    return role


def is_plural_title(word: str) -> bool:
    """'members', 'Chiefs': a title word in the plural."""
    return word.endswith("s") and word.lower() not in TITLE_WORDS and word[:-1].lower() in TITLE_WORDS


def _plural_title_shared(name: Span) -> str | None:
    """'Council members Ray Tolliver and Priya Natarajan': a plural title before two names joined by
    'and' is the second one's too."""
    root = _name_root(name)
    first = root.head
    if root.dep_ != "conj" or first.i >= root.i or first.ent_type_ != "PERSON":
        return None
    # (the recogniser can take the plural title into the first name: 'Councilmembers Rosa Delgado')
    start = min(t.i for t in first.subtree if t.i <= first.i and (t.i == first.i or t.dep_ == "compound"
                                                                  and t.ent_type_ == "PERSON"
                                                                  and not is_plural_title(t.text)))
    first_name = name.doc[start : first.i + 1]
    title = role_before(first_name) or role_in_apposition(first_name)
    if title in PLURAL_ABBREVIATIONS:
        return title
    return title if title is not None and is_plural_title(title.split()[-1]) else None


def _abbreviated_title(name: Span) -> str | None:
    """'Councillor' for 'Cllr Martin Ogundipe'. Not for 'Cllr Tully', which follows a fuller mention
    whose own role ('Opposition leader Graham Tully') says more."""
    previous = name.doc[name.start - 1] if name.start > 0 and len(name) > 1 else None
    return ABBREVIATED_TITLES.get(previous.lower_) if previous is not None else None


def role_in_predicate(name: Span) -> str | None:
    """'Marsh, 61, is a third-generation sheep and wheat farmer', 'Yusuf Haddad was a civil engineer
    in his home city': a title the sentence says the person has or had."""
    root = _name_root(name)
    # ('Her deckhand this morning is Callum Reid', 'His last apprentice is Aiko Tanabe': the title is
    # the subject the name says who is)
    if root.dep_ == "attr" and root.head.lemma_.lower() == "be" and root.head.i < root.i \
            and not any(c.dep_ == "neg" for c in root.head.children):
        title = next((c for c in root.head.children if c.dep_ == "nsubj" and c.i < root.head.i
                      and c.pos_ == "NOUN" and c.tag_ == "NN" and is_title_word(c)), None)
        if title is None:
            return None
        # (not when: 'this morning')
        when = {t.i for c in title.children if c.dep_ == "npadvmod" and c.i > title.i for t in c.subtree}
        tokens = [t for t in title.subtree if t.i <= title.i or t.i not in when and t.dep_ != "npadvmod"]
        return clean_role(_contiguous(sorted(tokens, key=lambda t: t.i), title))
    if root.dep_ != "nsubj":
        # ('In Dayton, Ohio, Tameka Rollins was often the only nursing assistant': a subject the parser
        # hung on the place opening the sentence)
        verb = root.sent.root
        return _title_after_be(verb) if subject_taken_into_opening_phrase(verb) == root else None
    return _title_after_be(root.head)


# What someone is who made the thing a participle says they made: 'the film, directed by X'.
MAKERS_BY = {"direct": "director", "produce": "producer", "write": "author", "found": "founder",
             "co-found": "co-founder", "design": "designer", "compose": "composer", "choreograph": "choreographer"}


def role_by_agent(name: Span) -> str | None:
    """'“The Salt Road”, directed by X,', 'a start-up founded by X': the one the work is by is its
    director, its founder."""
    root = _name_root(name)
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return None
    verb = by.head
    maker = MAKERS_BY.get(verb.lemma_.lower())
    if maker is None or verb.tag_ != "VBN" or verb.dep_ not in ("acl", "ROOT", "relcl", "advcl"):
        return None
    return Role(maker, inferred=True)


def _title_worked_as(verb: Token) -> str | None:
    """The title in 'who works as a pharmacist in Sanaiya', 'who serves as chair of the board'."""
    if verb.lemma_.lower() not in ("work", "serve") or any(c.dep_ == "neg" for c in verb.children):
        return None
    for prep in verb.children:
        title = next((c for c in prep.children if c.dep_ == "pobj"), None) \
            if prep.dep_ == "prep" and prep.lower_ == "as" else None
        if title is not None and title.pos_ == "NOUN" and is_title_word(title):
            return role_with_employer_apart(_contiguous(sorted(title.subtree, key=lambda t: t.i), title), title)
    return None


def _title_shared_after_and(noun: Token) -> Token | None:
    """'a sheep and wheat farmer', which the parser can read as 'sheep' and 'wheat farmer': a first
    noun that names no one shares the title joined to it, when that title has no article of its own
    ('a mother and a nurse' are two)."""
    if _names_a_person(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and is_title_word(c)
                 and not any(d.dep_ in ("det", "poss") for d in c.children)), None)


def _title_after_be(verb: Token) -> str | None:
    """The title in 'is a third-generation farmer', 'was a civil engineer in his home city', 'became
    chief executive in January'."""
    if verb.lemma_.lower() not in ("be", "become") or any(c.dep_ == "neg" for c in verb.children):
        return None
    title = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > verb.i), None)
    if title is None:
        return None
    joined = _title_shared_after_and(title)
    if not is_title_word(title) and joined is None:
        return None
    # (not a title whose complement is a relative word: 'the council, of which she is a member' is a
    # member of the council; 'a member' alone says nothing)
    if any(c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children) for c in verb.children):
        return None
    # (nor a record set, a superlative the clause after it measures: 'became the youngest player in the
    # club's history to score a hat trick', 'is the most senior executive the government has called')
    if any(c.tag_ == "JJS" or c.dep_ == "amod" and any(g.tag_ == "RBS" for g in c.children) for c in title.children) \
            and (any(c.dep_ in ("relcl", "acl") for c in title.children)
                 or any(c.dep_ in ("advcl", "xcomp") and c.i > title.i and any(a.tag_ == "TO" for a in c.children)
                        for c in verb.children)):
        return None
    # (where they did it is not part of it: 'a civil engineer in his home city')
    # (nor how many they had in their care: 'the only nursing assistant for 38 residents')
    where = {t.i for c in title.children if c.dep_ == "prep" and (
        c.lower_ in ("in", "on", "near")
        or c.lower_ == "for" and any(o.dep_ == "pobj" and any(n.dep_ == "nummod" for n in o.children) for o in c.children))
        for t in c.subtree}
    tokens = [t for t in title.subtree if not _in_relcl(t, title) and (joined or not _in_second_conjunct(t, title))
              and not _in_origin(t, title) and t.i not in where]
    return role_with_employer_apart(_contiguous(sorted(tokens, key=lambda t: t.i), title), joined or title)
