"""Linking speakers and quotes across articles: one person one row, hard pairs in both directions."""

from __future__ import annotations

import random
from functools import lru_cache

import pytest
from rapidfuzz import fuzz

from quotes import link as linking
from quotes.link import (QUOTE_SIMILARITY, _normalise_quote, assign_groups, candidate_pairs, cluster_quotes, fold,
                         link, unify_affiliations)
from quotes.records import Article, Quote, Speaker
from quotes.store import open_database, store_article


def rows(*names, kind="person", role=None):
    return [{"speaker_name": n, "speaker_kind": kind, "role": role} for n in names]


@pytest.mark.parametrize(
    "names",
    [
        ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"),  # transliterations
        ("Sergei Lavrov", "Sergey Lavrov", "Lavrov"),  # first-name spellings
        ("John Smith", "J. Smith"),  # an initial
        ("Mr. Obama", "Barack Obama"),  # an honorific
        ("Mykhailo Podolyak", "Mykhaylo Podoliak"),
    ],
)
def test_spellings_of_one_person_are_one_speaker(names):
    groups = assign_groups(rows(*names))
    assert len({g.id for g in groups}) == 1, [g.key for g in groups]


@pytest.mark.parametrize(
    "names",
    [
        ("Hillary Clinton", "Bill Clinton"),  # same surname, different first names
        ("Donald Trump", "Melania Trump"),
        ("Vladimir Putin", "Vladimir Medinsky"),  # same first name, different surnames
        # people speaking together are none of them alone
        ("Gareth Pryce", "Gareth and Eirlys Pryce"),
        ("Moira Fennick", "Moira Fennick and Teodor Roe", "Teodor Roe"),
    ],
)
def test_different_people_stay_apart(names):
    groups = assign_groups(rows(*names))
    assert len({g.id for g in groups}) == len(names)


def test_a_bare_surname_shared_by_two_people_joins_the_one_with_the_same_role():
    data = (rows("Hillary Clinton", role="Secretary of State") + rows("Bill Clinton", role="former President")
            + rows("Clinton", role="former President"))
    hillary, bill, bare = assign_groups(data)
    assert bare.id == bill.id != hillary.id


def test_a_bare_surname_without_evidence_stays_apart_from_both():
    hillary, bill, bare = assign_groups(rows("Hillary Clinton", "Bill Clinton", "Clinton"))
    assert len({hillary.id, bill.id, bare.id}) == 3


def test_organisations_link_by_name_without_article():
    a, b = assign_groups(rows("The Kremlin", "Kremlin", kind="organization"))
    assert a.id == b.id and a.kind == "organization"


def test_fold_and_affiliations():
    assert fold("Zelenskyy") == fold("Zelenskiy") == fold("Zelensky")
    assert unify_affiliations({"Turkish", "Turkey", "U.S.", "US"}) == {
        "Turkish": "Turkey", "Turkey": "Turkey", "U.S.": "US", "US": "US"}


TEXTS = {
    "a.txt": "“The aim is a ceasefire that will pave the way to peace,” Volodymyr Zelenskiy said.",
    "b.txt": "“The goal is a ceasefire that will pave the way for peace,” Zelenskyy said.",
    "c.txt": "Vladimir Putin said talks would go on. Vladimir Medinsky said the talks would go on too.",
}


def quote_for(text, name, role=None, gender=None):
    start = text.index("“") + 1 if "“" in text else text.index("said") + 5
    end = text.index("”") if "”" in text else len(text) - 1
    return Quote(text[start:end], start, end, "direct", "said", Speaker(name, "person", gender=gender),
                 name, None, None, role)


def build(db, names):
    for source, name, role in names:
        text = TEXTS[source]
        store_article(db, Article(source, text), [quote_for(text, name, role, gender="m")], "test")
    link(db)


def dump(db):
    return {t: sorted(map(str, db[t].rows)) for t in ("speakers", "speaker_aliases", "speaker_roles", "quote_clusters", "quotes")}


def test_link_builds_one_row_per_person_with_aliases_roles_and_clusters(tmp_path):
    db = open_database(str(tmp_path / "q.db"))
    build(db, [("a.txt", "Volodymyr Zelenskiy", "President"), ("b.txt", "Zelenskyy", "Ukrainian President")])
    speakers = list(db["speakers"].rows)
    assert [(s["name"], s["quotes"], s["articles"], s["gender"]) for s in speakers] == [
        ("Volodymyr Zelenskiy", 2, 2, "male")]
    assert {(a["alias"], a["count"]) for a in db["speaker_aliases"].rows} == {("Volodymyr Zelenskiy", 1), ("Zelenskyy", 1)}
    assert {r["role"] for r in db["speaker_roles"].rows} == {"President", "Ukrainian President"}
    clusters = list(db["quote_clusters"].rows)
    assert len(clusters) == 1 and clusters[0]["articles"] == 2 and clusters[0]["speaker_id"] == speakers[0]["id"]
    assert {q["cluster_id"] for q in db["quotes"].rows} == {clusters[0]["id"]}


def test_relinking_changes_nothing_and_more_articles_leave_no_orphans(tmp_path):
    db = open_database(str(tmp_path / "q.db"))
    build(db, [("a.txt", "Volodymyr Zelenskiy", None), ("b.txt", "Zelenskyy", None)])
    before = dump(db)
    link(db)
    assert dump(db) == before
    build(db, [("c.txt", "Vladimir Putin", None)])
    speakers = {s["id"]: s["name"] for s in db["speakers"].rows}
    assert sorted(speakers.values()) == ["Vladimir Putin", "Volodymyr Zelenskiy"]
    used = {q["speaker_id"] for q in db["quotes"].rows}
    assert used == set(speakers)
    for table in ("speaker_aliases", "speaker_roles", "quote_clusters"):
        assert {r["speaker_id"] for r in db[table].rows} <= set(speakers)
    assert db.execute("pragma foreign_key_check").fetchall() == []


LINKED_TABLES = ("articles", "speakers", "speaker_aliases", "speaker_roles", "quote_clusters", "quotes")


def full_dump(path):
    from sqlite_utils import Database

    db = Database(path)
    return {t: sorted(map(repr, db[t].rows)) for t in LINKED_TABLES}


def test_extracting_more_articles_later_gives_the_same_database_as_all_at_once(tmp_path, monkeypatch, nlp):
    from pathlib import Path

    from quotes.pipeline import extract_to_database

    seeds = sorted(str(p.relative_to(Path(__file__).resolve().parent.parent))
                   for p in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    at_once, in_steps = str(tmp_path / "once.db"), str(tmp_path / "steps.db")
    extract_to_database(seeds, at_once)
    extract_to_database(seeds[:2], in_steps)
    extract_to_database(seeds[1:4], in_steps)
    extract_to_database(seeds, in_steps)
    extract_to_database(seeds, in_steps)  # and once more: nothing changes
    assert full_dump(in_steps) == full_dump(at_once)
    db = open_database(in_steps)
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("select count(*) from speakers where id not in (select speaker_id from quotes "
                      "where speaker_id is not null)").fetchone() == (0,)


# --- quote clustering: blocking ----------------------------------------------------------------------


NEAR_DUPLICATES = [
    # reworded
    ("The aim is a ceasefire that will pave the way to peace",
     "The goal is a ceasefire that will pave the way for peace"),
    # truncated (either end)
    ("We will not accept any agreement that leaves our soldiers in the occupied territories of the south",
     "We will not accept any agreement that leaves our soldiers"),
    ("We will not accept any agreement that leaves our soldiers in the occupied territories of the south",
     "leaves our soldiers in the occupied territories of the south"),
    # re-punctuated
    ("Talks in Istanbul were useful; a prisoner exchange of 1,000 for 1,000 is agreed.",
     "Talks in Istanbul were useful. A prisoner exchange, 1000 for 1000, is agreed!"),
    # a word inserted, one dropped, reordered clauses
    ("Sanctions on Russian oil must be tightened before the summit in Brussels next week",
     "Sanctions on Russian oil must be tightened further before the Brussels summit next week"),
    ("If Moscow wants peace, it should stop the shelling of Kharkiv tonight",
     "It should stop the shelling of Kharkiv tonight if Moscow really wants peace"),
]

# A speaker's everyday words: every filler quote is built from them, so they are common.
COMMON = ("we the will our people and of to is in a this for not war peace ukraine russia talks support "
          "today must be it that have with all".split())


@lru_cache
def _shared_filler(seed: int, count: int) -> tuple[str, ...]:
    return tuple(_filler(random.Random(seed), count))


def _filler(rng: random.Random, count: int) -> list[str]:
    """Quotes of one speaker: common words and a few rarer ones (a Zipf-like vocabulary)."""
    rare = [f"{rng.choice('bdfgklmnprstvz')}{rng.choice('aeiou')}{rng.choice('bdfgklmnprstvz')}"
            f"{rng.choice('aeiou')}{rng.choice(['n', 'r', 'sk', 'ton'])}" for _ in range(5000)]
    weights = [1 / (rank + 1) for rank in range(len(rare))]
    return [" ".join(rng.choices(COMMON, k=rng.randint(4, 9)) + rng.choices(rare, weights, k=rng.randint(2, 6)))
            for _ in range(count)]


def _all_pairs(texts):
    return {(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))
            if fuzz.token_set_ratio(texts[i], texts[j]) >= QUOTE_SIMILARITY}


@pytest.mark.parametrize("a, b", NEAR_DUPLICATES)
def test_near_duplicates_share_a_block_among_many_quotes(a, b):
    texts = [_normalise_quote(a), _normalise_quote(b)]
    assert fuzz.token_set_ratio(*texts) >= QUOTE_SIMILARITY  # the case is one the threshold joins
    texts += _shared_filler(1, 3000)
    pairs = {tuple(p) for p in candidate_pairs(texts).tolist()}
    assert (0, 1) in pairs


def test_near_duplicates_share_a_block_when_their_words_are_all_common(monkeypatch):
    # Every word in more than BLOCK_CAP statements: word blocks are skipped, runs of words still meet.
    monkeypatch.setattr(linking, "BLOCK_CAP", 20)
    rng = random.Random(2)
    texts = [" ".join(rng.choices(COMMON, k=10)) for _ in range(500)]
    original = "we must support our people in this war today and all will have peace"
    texts += [original, original.replace("all will", "we will"), " ".join(original.split()[:9])]
    pairs = {tuple(p) for p in candidate_pairs(texts).tolist()}
    n = len(texts)
    assert {(n - 3, n - 2), (n - 3, n - 1)} <= pairs
    assert len(pairs) < n * n / 20


def test_blocking_finds_every_similar_pair_that_scoring_all_pairs_finds():
    rng = random.Random(3)
    texts = _filler(rng, 600)
    # Near-duplicates of some of them: a word changed, the end cut off, a word inserted.
    for text in rng.sample(texts, 100):
        words = text.split()
        k = rng.randrange(len(words))
        choice = rng.randrange(3)
        if choice == 0:
            words[k] = "changed"
        elif choice == 1:
            words = words[:max(3, len(words) - 2)]
        else:
            words.insert(k, "indeed")
        texts.append(" ".join(words))
    texts = list(dict.fromkeys(texts))
    expected = _all_pairs(texts)
    assert len(expected) >= 100
    assert expected <= {tuple(p) for p in candidate_pairs(texts).tolist()}


def test_unrelated_quotes_sharing_a_common_word_are_not_compared():
    texts = [_normalise_quote(t) for t in (
        "Ukraine needs air defence systems before the winter arrives",
        "We discussed the grain corridor with Ankara today, Ukraine said nothing else",
        "Ukraine will host the reconstruction conference in Lviv in spring",
    )]
    assert len(candidate_pairs(texts)) == 0


def _rows(texts, articles):
    return [{"id": f"q{i}", "text": t, "article_id": a, "start_char": i} for i, (t, a) in enumerate(zip(texts, articles))]


def test_clusters_are_the_same_as_scoring_all_pairs():
    rng = random.Random(4)
    base = _filler(rng, 300)
    texts = base + [rng.choice(base) for _ in range(100)]  # exact repeats
    texts += [t.replace(t.split()[0], "indeed", 1) for t in rng.sample(base, 60)]  # near-duplicates
    articles = [f"a{rng.randrange(150)}" for _ in texts]
    rows = _rows(texts, articles)
    clusters, cluster_of = cluster_quotes({"s": rows}, lambda article: (False, "", article))

    # The reference: every pair of rows scored, from different articles, union-find.
    parent = list(range(len(rows)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    normalised = [_normalise_quote(t) for t in texts]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            if articles[i] != articles[j] and fuzz.token_set_ratio(normalised[i], normalised[j]) >= QUOTE_SIMILARITY:
                parent[find(i)] = find(j)
    expected = {}
    for i in range(len(rows)):
        expected.setdefault(find(i), set()).add(i)
    expected = {frozenset(f"q{i}" for i in group) for group in expected.values()
                if len({articles[i] for i in group}) > 1}
    found = {}
    for quote, cluster in cluster_of.items():
        found.setdefault(cluster, set()).add(quote)
    assert {frozenset(group) for group in found.values()} == expected
    assert len(expected) > 50 and len(clusters) == len(expected)


def test_identical_quotes_in_one_article_only_are_no_cluster():
    text = "The aim is a ceasefire that will pave the way to peace"
    clusters, _ = cluster_quotes({"s": _rows([text, text, "Something else entirely was said here today"],
                                             ["a1", "a1", "a2"])}, lambda article: (False, "", article))
    assert clusters == []


def test_a_speaker_quoted_thousands_of_times_is_compared_far_less_than_all_pairs(monkeypatch):
    scored = []
    score = linking._score

    def counting(first, second):
        scored.append(len(first))
        return score(first, second)

    monkeypatch.setattr(linking, "_score", counting)
    rng = random.Random(5)
    texts = _filler(rng, 5000)
    texts += [rng.choice(texts) for _ in range(2000)]  # repeats: one node each
    rows = _rows(texts, [f"a{i // 10}" for i in range(len(texts))])
    clusters, cluster_of = cluster_quotes({"s": rows}, lambda article: (False, "", article))
    k = len(texts)
    assert clusters and sum(scored) < k * k / 100
