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
from typing import Iterator

import sqlite_utils
from anyascii import anyascii
import numpy as np
from rapidfuzz import fuzz, process

from quotes.records import content_hash

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

    @property
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
    """Rebuild speakers, aliases, roles and quote clusters from the stored quotes, in one transaction."""
    has_dates = "published" in db["articles"].columns_dict
    dates = {
        row["id"]: (row.get("published") or None, row["source"])
        for row in db.query(f"select id, source{', published' if has_dates else ''} from articles")
    }
    quotes = list(
        db.query(
            "select id, article_id, text, speaker_name, speaker_kind, speaker_mention, speaker_gender, "
            "role, affiliation, start_char from quotes where speaker_name is not null order by article_id, start_char"
        )
    )
    assigned = assign_groups(quotes)
    affiliations = unify_affiliations({q["affiliation"] for q in quotes if q["affiliation"]})
    for q in quotes:
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

    assignment = {q["id"]: group.id for q, group in zip(quotes, assigned)}
    clusters, cluster_of = cluster_quotes(members, when)

    with db.atomic():
        db.execute("update quotes set speaker_id = null, cluster_id = null")
        for table in ("speaker_aliases", "speaker_roles", "quote_clusters"):
            db.execute(f"delete from {table}")
        db["speakers"].upsert_all(speaker_rows, pk="id")
        db.conn.executemany("update quotes set speaker_id = ? where id = ?", [(s, q) for q, s in assignment.items()])
        keep = json.dumps([row["id"] for row in speaker_rows])
        db.execute("delete from speakers where id not in (select value from json_each(?))", [keep])
        db["speaker_aliases"].insert_all(alias_rows, pk=("speaker_id", "alias"))
        db["speaker_roles"].insert_all(role_rows, pk=("speaker_id", "role", "article_id"))
        db["quote_clusters"].insert_all(clusters, pk="id")
        db.conn.executemany("update quotes set cluster_id = ? where id = ?", [(c, q) for q, c in cluster_of.items()])
        db.conn.executemany("update quotes set affiliation = ? where id = ?",
                            [(q["affiliation"], q["id"]) for q in quotes if q["affiliation"]])


def _normalise_quote(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# Rows of the similarity matrix computed at once: bounds memory (rows x quotes bytes) for speakers
# quoted tens of thousands of times.
_PAIR_CHUNK = 1024


def similar_pairs(texts: list[str], articles: list[str]) -> Iterator[tuple[int, int]]:
    """Every pair i < j of texts from different articles whose token-set similarity reaches
    QUOTE_SIMILARITY: the same pairs as comparing them one by one with fuzz.token_set_ratio, computed
    by rapidfuzz's native all-pairs routine (on all cores), a slice of rows at a time. A speaker quoted
    k times still costs k^2/2 comparisons, but at native speed instead of one Python call each."""
    if len(texts) < 2:
        return
    article_codes = np.unique(np.asarray(articles, dtype=object), return_inverse=True)[1]
    for start in range(0, len(texts), _PAIR_CHUNK):
        # Only the columns right of the diagonal are needed: j > i.
        scores = process.cdist(texts[start:start + _PAIR_CHUNK], texts[start:], scorer=fuzz.token_set_ratio,
                               score_cutoff=QUOTE_SIMILARITY, dtype=np.uint8, workers=-1)
        rows, columns = np.nonzero(scores)
        i, j = rows + start, columns + start
        keep = (j > i) & (article_codes[i] != article_codes[j])
        yield from zip(i[keep].tolist(), j[keep].tolist())


def cluster_quotes(members: dict[str, list[dict]], when) -> tuple[list[dict], dict[str, str]]:
    """Near-identical quotes of one speaker in different articles: union-find over similar pairs."""
    clusters, cluster_of = [], {}
    for speaker_id, rows in sorted(members.items()):
        rows = [r for r in rows if len(r["text"]) >= MIN_CLUSTER_CHARS]
        if len({r["article_id"] for r in rows}) < 2:
            continue
        parent = list(range(len(rows)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        texts = [_normalise_quote(r["text"]) for r in rows]
        for i, j in similar_pairs(texts, [r["article_id"] for r in rows]):
            parent[find(i)] = find(j)
        by_root: dict[int, list[dict]] = defaultdict(list)
        for i, row in enumerate(rows):
            by_root[find(i)].append(row)
        for group in by_root.values():
            articles = {r["article_id"] for r in group}
            if len(articles) < 2:
                continue
            group.sort(key=lambda r: (when(r["article_id"]), r["start_char"], r["id"]))
            first = group[0]
            cluster_id = content_hash("cluster", first["id"])
            clusters.append({
                "id": cluster_id,
                "representative": first["text"],
                "speaker_id": speaker_id,
                "articles": len(articles),
                "quotes": len(group),
                "first_article_id": first["article_id"],
            })
            cluster_of.update({r["id"]: cluster_id for r in group})
    return clusters, cluster_of
