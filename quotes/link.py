"""Step 6: link speakers and quotes across articles.

Each article names its speakers its own way ("Volodymyr Zelenskiy", "Zelenskyy", "Zelensky"). After every
run this pass rebuilds, from all stored quotes, one `speakers` row per person or organisation, their
aliases and roles over time, and clusters of the same statement carried by several articles. It is a
pure function of what is stored, so re-running it, or running it after more articles, gives the same
rows for the same evidence and leaves nothing orphaned.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

import sqlite_utils
from anyascii import anyascii
import numpy as np
from rapidfuzz import fuzz, process

from quotes.records import content_hash
from quotes.store import write_transaction

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "sen", "rep", "gov", "gen", "president"}
PRONOUNS = {"he", "she", "they", "it", "we", "him", "her", "them", "who", "i", "you"}
# First names this close (0-100) are spellings of one name ("Volodymyr"/"Volodimir").
FIRST_NAME_SIMILARITY = 80
# Quotes of one speaker this close (token-set ratio, 0-100) in different articles are one statement.
QUOTE_SIMILARITY = 80
# Shorter quotes are too generic to cluster ("No comment").
MIN_CLUSTER_CHARS = 25

# Transliteration variants folded together, applied in order to an ASCII, lower-case surname.
_FOLDS = [
    (re.compile(r"(iy|yy|ii|ij|yi|y)$"), "y"),  # Zelenskiy / Zelenskyy / Zelensky
    (re.compile(r"kh"), "h"),  # Kharkiv / Harkiv
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters
    (re.compile(r"w"), "v"),  # Lavrow / Lavrov
    (re.compile(r"ie"), "e"),
    (re.compile(r"(?<=[aeou])i|i(?=[aeou])"), "y"),  # Mykhailo / Mykhaylo, Podoliak / Podolyak
]


def fold(word: str) -> str:
    """ASCII, lower case, transliteration variants folded: a key for spellings of one name."""
    word = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


@dataclass(frozen=True)
class PersonName:
    full: str
    first: str | None  # folded first name, None for a bare surname
    surname: str  # folded

    @classmethod
    def parse(cls, name: str) -> "PersonName":
        if re.search(r"\s(?:and|&)\s", name):
            # ('Gareth and Eirlys Pryce', 'Moira Fennick and Teodor Roe': people speaking together, who
            # are no one of them alone)
            return cls(name, None, fold(name))
        words = [w for w in re.split(r"\s+", name.strip()) if w.strip(".").lower() not in HONORIFICS]
        words = [w for w in words if fold(w)] or [name]
        surname = fold(words[-1])
        first = fold(words[0]) if len(words) > 1 else None
        return cls(name, first, surname)


def first_names_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return a == b or fuzz.ratio(a, b) >= FIRST_NAME_SIMILARITY


@dataclass
class Group:
    """One linked speaker: the names, roles and quotes that belong to it."""

    kind: str
    key: str
    names: Counter = field(default_factory=Counter)
    first: str | None = None

    @cached_property
    def id(self) -> str:
        return content_hash(self.kind, self.key)

    @property
    def name(self) -> str:
        # The fullest form, then the most used, then alphabetical: deterministic.
        return sorted(self.names, key=lambda n: (-len(n.split()), -self.names[n], n))[0]


def group_people(names: Counter, roles: dict[str, set[str]]) -> dict[str, Group]:
    """Person names -> groups. Same folded surname and compatible first names join; a bare surname
    joins the one group it can belong to, or the one whose roles it shares."""
    parsed = sorted((PersonName.parse(n) for n in names), key=lambda p: (p.first is None, p.full))
    by_surname: dict[str, list[Group]] = defaultdict(list)
    assigned: dict[str, Group] = {}
    for person in parsed:
        groups = by_surname[person.surname]
        if person.first is not None:
            match = next((g for g in groups if g.first is not None and first_names_agree(g.first, person.first)), None)
            if match is None:
                match = Group("person", f"{person.surname}|{person.first[0]}", first=person.first)
                groups.append(match)
        else:
            named = [g for g in groups if g.first is not None]
            if len(named) == 1:
                match = named[0]
            else:
                sharing = [g for g in named if roles.get(person.full, set()) & _group_roles(g, roles)]
                match = sharing[0] if len(sharing) == 1 else None
            if match is None:
                match = next((g for g in groups if g.first is None), None)
            if match is None:
                match = Group("person", f"{person.surname}|")
                groups.append(match)
        match.names[person.full] += names[person.full]
        assigned[person.full] = match
    return assigned


def _group_roles(group: Group, roles: dict[str, set[str]]) -> set[str]:
    return set().union(*(roles.get(n, set()) for n in group.names)) if group.names else set()


def _role_words(role: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (role or "").lower()) if len(w) > 3}


def _plain_key(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return " ".join(anyascii(name).lower().split())


def assign_groups(rows: list[dict]) -> list[Group]:
    """The linked speaker of each row (a dict with speaker_name, speaker_kind and role)."""
    person_names = Counter(r["speaker_name"] for r in rows if r["speaker_kind"] == "person")
    person_roles: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["speaker_kind"] == "person":
            person_roles[r["speaker_name"]] |= _role_words(r["role"])
    people = group_people(person_names, person_roles)
    others: dict[tuple[str, str], Group] = {}
    assigned = []
    for r in rows:
        if r["speaker_kind"] == "person":
            group = people[r["speaker_name"]]
        else:
            key = (r["speaker_kind"], _plain_key(r["speaker_name"]))
            group = others.setdefault(key, Group(key[0], key[1]))
            group.names[r["speaker_name"]] += 1
        assigned.append(group)
    return assigned


DEMONYM_ENDINGS = ("ian", "ish", "ese", "ean", "an", "i")


def unify_affiliations(values: set[str]) -> dict[str, str]:
    """One spelling per affiliation across articles: 'U.S.' and 'US' are one; a demonym becomes the
    place name another article gives ('Turkish' -> 'Turkey') when they share a stem."""
    def plain(value: str) -> str:
        return value.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", value) else value

    places = sorted({plain(v) for v in values if not plain(v).lower().endswith(DEMONYM_ENDINGS)})
    mapping = {}
    for value in values:
        value_plain = plain(value)
        mapping[value] = value_plain
        if value_plain.lower().endswith(DEMONYM_ENDINGS):
            stem = value_plain.lower()
            best = max(places, key=lambda p: (_shared_prefix(stem, p.lower()), p), default=None)
            if best is not None and _shared_prefix(stem, best.lower()) >= 4:
                mapping[value] = best
    return mapping


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def link(db: sqlite_utils.Database) -> None:
    """Rebuild speakers, aliases, roles and quote clusters from the stored quotes, in one transaction.

    The transaction takes the write lock before reading, so no other run can store quotes between
    what this pass reads and what it writes (it would delete their speakers otherwise)."""
    with write_transaction(db):
        _link(db)


def _link(db: sqlite_utils.Database) -> None:
    has_dates = "published" in db["articles"].columns_dict
    dates = {
        row["id"]: (row.get("published") or None, row["source"])
        for row in db.query(f"select id, source{', published' if has_dates else ''} from articles")
    }
    quotes = list(
        db.query(
            "select id, article_id, text, speaker_name, speaker_kind, speaker_mention, speaker_gender, "
            "role, affiliation, start_char, speaker_id, cluster_id from quotes where speaker_name is not null "
            "order by article_id, start_char"
        )
    )
    assigned = assign_groups(quotes)
    affiliations = unify_affiliations({q["affiliation"] for q in quotes if q["affiliation"]})
    for q in quotes:
        q["stored_affiliation"] = q["affiliation"]
        q["affiliation"] = affiliations.get(q["affiliation"])
    members: dict[str, list[dict]] = defaultdict(list)
    groups: dict[str, Group] = {}
    for q, group in zip(quotes, assigned):
        groups[group.id] = group
        members[group.id].append(q)

    def when(article_id: str) -> tuple:
        published, source = dates.get(article_id, (None, ""))
        return (published is None, published or "", source)

    speaker_rows, alias_rows, role_rows = [], [], []
    for speaker_id, group in sorted(groups.items()):
        rows = members[speaker_id]
        with_roles = sorted((r for r in rows if r["role"]), key=lambda r: (when(r["article_id"]), r["start_char"]))
        # The current role is the latest dated one; undated articles count as oldest.
        dated = [r for r in with_roles if dates.get(r["article_id"], (None,))[0]]
        current = (dated or with_roles)[-1] if with_roles else None
        genders = Counter(r["speaker_gender"] for r in rows if r["speaker_gender"])
        gender = "unknown"
        if len(genders) == 1:
            gender = {"f": "female", "m": "male"}[next(iter(genders))]
        speaker_rows.append({
            "id": speaker_id,
            "name": group.name,
            "kind": group.kind,
            "role": current["role"] if current else None,
            "affiliation": current["affiliation"] if current else None,
            "gender": gender if group.kind == "person" else None,
            "quotes": len(rows),
            "articles": len({r["article_id"] for r in rows}),
        })
        aliases = Counter(r["speaker_name"] for r in rows)
        for r in rows:
            mention = (r["speaker_mention"] or "").strip()
            if mention and mention.lower() not in PRONOUNS and mention[:1].isupper() and mention != r["speaker_name"]:
                aliases[mention] += 1
        alias_rows += [{"speaker_id": speaker_id, "alias": a, "count": c} for a, c in sorted(aliases.items())]
        seen = set()
        for r in with_roles:
            if (r["role"], r["article_id"]) in seen:
                continue
            seen.add((r["role"], r["article_id"]))
            role_rows.append({
                "speaker_id": speaker_id,
                "role": r["role"],
                "article_id": r["article_id"],
                "first_seen": dates.get(r["article_id"], (None,))[0],
                "affiliation": r["affiliation"],
            })

    clusters, cluster_of = cluster_quotes(members, when)
    # Each quote's speaker, cluster and one spelling of its affiliation (kept as stored when it has
    # none), written only where they change: every write of a quotes row also re-indexes its text for
    # search (trigger quotes_au), and a run that adds a few articles changes few rows. In key order.
    updates = []
    for q, group in zip(quotes, assigned):
        cluster = cluster_of.get(q["id"])
        affiliation = q["affiliation"] or q["stored_affiliation"]
        if (group.id, cluster, affiliation) != (q["speaker_id"], q["cluster_id"], q["stored_affiliation"]):
            updates.append((group.id, cluster, affiliation, q["id"]))
    updates.sort(key=lambda u: u[-1])

    # Rows are replaced in the order that reads best; the references are checked when this commits.
    db.execute("pragma defer_foreign_keys = on")
    db.execute("update quotes set speaker_id = null, cluster_id = null "
               "where speaker_name is null and (speaker_id is not null or cluster_id is not null)")
    for table in ("speaker_aliases", "speaker_roles", "quote_clusters"):
        db.execute(f"delete from {table}")
    db["speakers"].upsert_all(speaker_rows, pk="id")
    db["speaker_aliases"].insert_all(alias_rows, pk=("speaker_id", "alias"))
    db["speaker_roles"].insert_all(role_rows, pk=("speaker_id", "role", "article_id"))
    db["quote_clusters"].insert_all(clusters, pk="id")
    db.conn.executemany("update quotes set speaker_id = ?, cluster_id = ?, affiliation = ? where id = ?", updates)
    keep = json.dumps([row["id"] for row in speaker_rows])
    db.execute("delete from speakers where id not in (select value from json_each(?))", [keep])


def _normalise_quote(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# Quote clustering: which of one speaker's statements are the same statement (token-set similarity
# >= QUOTE_SIMILARITY, from different articles)? Comparing all pairs is quadratic in a speaker's quotes,
# and a head of state is quoted 10^5 times, so pairs are found in three steps, near-linear in practice:
#
# 1. Quotes with the same normalised text are one node (they are trivially one statement): the exact
#    repeats that make up most clusters cost nothing more.
# 2. Blocking. Only pairs of nodes that share a block key are scored with fuzz.token_set_ratio. Every
#    node is filed under each of its words; it looks up the blocks of its rarest words (rarest within
#    the speaker, ties by the word), taken until they hold more than PREFIX_SHARE of its letters.
#
#    Why that finds the pairs that matter. token_set_ratio(a, b) is the best of three ratios over the
#    sorted word sets: shared words S against S + a's other words A; S against S + B; and S + A against
#    S + B. The first reaches 80 only if len(S) >= 2 * (1 + len(A)), i.e. when the shared words make at
#    least two thirds of a's letters (the second likewise for b); a truncated quote is entirely shared
#    (score 100). If the words a looks up hold more than half of its letters, they cannot all be
#    unshared, so a shares one of them with b and b is in that block: the pair is scored, whichever of
#    the two is the mostly-shared one (both look up). The third ratio can reach 80 with fewer shared
#    words only when the differing words are themselves spelt alike (S under half of both texts needs
#    A and B alike in over 60% of their letters): spelling variants of every other word, not rewording;
#    realistic near-duplicates (reworded, truncated, re-punctuated, a word inserted) share most words.
#    tests/test_link.py checks these cases against scoring every pair.
# 3. Union-find over the pairs that reach the threshold, as before.
#
# Pathological blocks: a word in more than BLOCK_CAP of one speaker's distinct statements ("peace" for a
# head of state) is not looked up; a node whose rare half reaches such a word looks up the blocks of its
# word pairs (two consecutive words) instead, which near-duplicates that keep any two words in order
# share, and over-full word-pair blocks are skipped too. So a node is compared with at most a few
# BLOCK_CAP others: the work is linear in the quotes, bounded by the cap, never quadratic.
PREFIX_SHARE = 0.5
BLOCK_CAP = 200
SHINGLE_WORDS = 3
# Candidate pairs scored at once by rapidfuzz (bounds memory).
_SCORE_CHUNK = 1 << 20


def _shingles(words: list[str]) -> dict[tuple[str, ...], None]:
    """Runs of SHINGLE_WORDS consecutive words (the whole text if shorter), each once, in order."""
    n = min(SHINGLE_WORDS, len(words))
    return dict.fromkeys(tuple(words[k:k + n]) for k in range(len(words) - n + 1))


def candidate_pairs(texts: list[str]) -> np.ndarray:
    """Pairs (i, j), i < j, of normalised texts that share a block key (see above): an (n, 2) array,
    sorted, each pair once."""
    words = [text.split() for text in texts]
    vocabularies = [sorted(set(w)) for w in words]
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, vocabulary in enumerate(vocabularies):
        for word in vocabulary:
            blocks[word].append(i)
    shingle_blocks: dict[tuple[str, ...], list[int]] | None = None
    left: list[int] = []
    right: list[int] = []
    for i, vocabulary in enumerate(vocabularies):
        needed = PREFIX_SHARE * len(" ".join(vocabulary))
        held = -1  # letters of the looked-up words joined by spaces, as token_set_ratio joins them
        too_common = False
        for word in sorted(vocabulary, key=lambda w: (len(blocks[w]), w)):
            block = blocks[word]
            if len(block) > BLOCK_CAP:
                too_common = True
            elif len(block) > 1:
                left.extend([i] * len(block))
                right.extend(block)
            held += len(word) + 1
            if held > needed:
                break
        if too_common:
            if shingle_blocks is None:  # built the first time a node needs it
                shingle_blocks = defaultdict(list)
                for j, w in enumerate(words):
                    for shingle in _shingles(w):
                        shingle_blocks[shingle].append(j)
            for shingle in _shingles(words[i]):
                block = shingle_blocks[shingle]
                if 1 < len(block) <= BLOCK_CAP:
                    left.extend([i] * len(block))
                    right.extend(block)
    if not left:
        return np.empty((0, 2), dtype=np.int64)
    a, b = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    a, b = np.minimum(a, b), np.maximum(a, b)
    codes = np.unique((a * len(texts) + b)[a != b])
    return np.stack([codes // len(texts), codes % len(texts)], axis=1)


def _score(first: list[str], second: list[str]) -> np.ndarray:
    """token_set_ratio of each pair (first[k], second[k]), 0 below QUOTE_SIMILARITY."""
    if hasattr(process, "cpdist"):  # rapidfuzz >= 3.6: native, on all cores
        return process.cpdist(first, second, scorer=fuzz.token_set_ratio, score_cutoff=QUOTE_SIMILARITY,
                              dtype=np.uint8, workers=-1)
    return np.array([fuzz.token_set_ratio(x, y, score_cutoff=QUOTE_SIMILARITY) for x, y in zip(first, second)])


def similar_pairs(texts: list[str], articles: list[frozenset]) -> Iterator[tuple[int, int]]:
    """Pairs i < j of distinct normalised texts, in blocks (see above), whose token-set similarity
    reaches QUOTE_SIMILARITY and whose quotes are not all in one article. `articles[i]` holds the
    articles quoting texts[i]."""
    pairs = candidate_pairs(texts)
    # Two texts each quoted by one and the same article only are not one statement across articles.
    codes: dict[str, int] = {}
    only = np.array([codes.setdefault(next(iter(a)), len(codes)) if len(a) == 1 else -1 for a in articles],
                    dtype=np.int64)
    i, j = pairs[:, 0], pairs[:, 1]
    pairs = pairs[(only[i] < 0) | (only[i] != only[j])]
    for start in range(0, len(pairs), _SCORE_CHUNK):
        chunk = pairs[start:start + _SCORE_CHUNK]
        scores = _score([texts[k] for k in chunk[:, 0]], [texts[k] for k in chunk[:, 1]])
        yield from map(tuple, chunk[np.nonzero(scores)[0]].tolist())


def cluster_quotes(members: dict[str, list[dict]], when) -> tuple[list[dict], dict[str, str]]:
    """Near-identical quotes of one speaker in different articles: union-find over similar pairs of
    their distinct normalised texts."""
    clusters, cluster_of = [], {}
    for speaker_id, rows in sorted(members.items()):
        rows = [r for r in rows if len(r["text"]) >= MIN_CLUSTER_CHARS]
        if len({r["article_id"] for r in rows}) < 2:
            continue
        # One node per distinct normalised text. A text with no words matches nothing, not even itself.
        node_of: dict[str, int] = {}
        nodes: list[int] = []
        for r in rows:
            text = _normalise_quote(r["text"])
            nodes.append(node_of.setdefault(text, len(node_of)) if text else -1)
        texts = list(node_of)
        articles: list[set] = [set() for _ in texts]
        for r, node in zip(rows, nodes):
            if node >= 0:
                articles[node].add(r["article_id"])
        parent = list(range(len(texts)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in similar_pairs(texts, [frozenset(a) for a in articles]):
            parent[find(i)] = find(j)
        # Rows of one node are one statement when it is carried by two articles or joined to another
        # node; otherwise they form no cluster (one article), like a row of its own.
        by_root: dict[int, list[dict]] = defaultdict(list)
        for i, (row, node) in enumerate(zip(rows, nodes)):
            by_root[find(node) if node >= 0 else ~i].append(row)
        for group in by_root.values():
            articles_of_group = {r["article_id"] for r in group}
            if len(articles_of_group) < 2:
                continue
            group.sort(key=lambda r: (when(r["article_id"]), r["start_char"], r["id"]))
            first = group[0]
            cluster_id = content_hash("cluster", first["id"])
            clusters.append({
                "id": cluster_id,
                "representative": first["text"],
                "speaker_id": speaker_id,
                "articles": len(articles_of_group),
                "quotes": len(group),
                "first_article_id": first["article_id"],
            })
            cluster_of.update({r["id"]: cluster_id for r in group})
    return clusters, cluster_of
