"""Linking speakers and quotes across articles: one person one row, hard pairs in both directions."""

from __future__ import annotations

import pytest

from quotes.link import assign_groups, fold, link, unify_affiliations
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
