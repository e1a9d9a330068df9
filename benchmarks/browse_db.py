"""A large quotes database for timing the browser, generated without spaCy (10 quotes per article).

Speakers are made-up people quoted with a long-tailed frequency (a few are in a large share of the
articles, as heads of state are in a real archive), named in full or by surname, with roles,
outlets, dates, and statements repeated across articles (so the linking pass has clusters to find).
The rows go through the project's own store and link code.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from corpus import made_up_name

from quotes.records import Article, Quote, Speaker

QUOTES_PER_ARTICLE = 10
WORDS = ("ceasefire talks peace prisoners exchange sanctions summit delegation agreement border energy grain "
         "corridor security guarantees negotiations memorandum troops withdrawal aid reconstruction elections "
         "economy inflation budget reform court ruling vote parliament coalition strike protest weather "
         "harvest exports tariffs market investment").split()
ROLES = ["Foreign Minister", "Defence Minister", "spokesman", "President", "Prime Minister", "senator",
         "party leader", "central bank governor", "union leader", "analyst", "ambassador", "mayor"]
OUTLETS = [f"Example News {i}" for i in range(20)]

PAGES = [
    "index", "database", "quotes_view", "quotes table", "speakers table", "articles table",
    "search_quotes", "quotes_by_speaker", "top_speakers", "quoted_about", "quoted_in_several_outlets",
    "speaker_roles_over_time", "speaker page", "article page", "charts",
]


def build_database(db_path: Path, quotes: int, seed: int = 0, link: bool = True) -> dict:
    from quotes.link import link as link_database
    from quotes.store import leave_wal_mode, open_database, store_articles

    rng = random.Random(seed)
    people = [made_up_name(rng) for _ in range(max(50, quotes // 50))]
    weights = [1 / (rank + 1) for rank in range(len(people))]
    said: dict[int, list[str]] = {}
    db = open_database(str(db_path))
    started = time.perf_counter()
    batch = []
    for index in range(max(1, quotes // QUOTES_PER_ARTICLE)):
        batch.append(_article(index, rng, people, weights, said))
        if len(batch) == 200:
            store_articles(db, batch, "bench")
            batch = []
    if batch:
        store_articles(db, batch, "bench")
    stored = time.perf_counter() - started
    if not link:
        db.close()
        return {"store_seconds": stored}
    started = time.perf_counter()
    link_database(db)
    linked = time.perf_counter() - started
    db.execute("analyze")
    leave_wal_mode(db)
    db.close()
    return {"store_seconds": stored, "link_seconds": linked}


def _article(index: int, rng: random.Random, people, weights, said) -> tuple[Article, list[Quote]]:
    lines = [f"Item {index}: {' '.join(rng.sample(WORDS, 4)).capitalize()}"]
    quotes = []
    offset = len(lines[0]) + 1
    for who in rng.choices(range(len(people)), weights, k=QUOTES_PER_ARTICLE):
        first, last = people[who]
        name = f"{first} {last}"
        mention = name if rng.random() < 0.7 else last
        role = ROLES[who % len(ROLES)]
        earlier = said.setdefault(who, [])
        if earlier and rng.random() < 0.2:
            content = rng.choice(earlier)  # the same statement, carried by another article
        else:
            content = " ".join(rng.choices(WORDS, k=rng.randint(6, 16))).capitalize()
            if len(earlier) < 20:
                earlier.append(content)
        line = f"“{content},” {role} {mention} said."
        start = offset + 1
        quotes.append(Quote(
            text=content + ",", start_char=start, end_char=start + len(content) + 1, kind="direct", cue="said",
            speaker=Speaker(name if mention == name else last), speaker_mention=mention,
            speaker_start_char=offset + line.index(mention), speaker_end_char=offset + line.index(mention) + len(mention),
            role=role, confidence=0.88, rule="direct-cue-after",
        ))
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines)
    day = 1 + index % 28
    month = 1 + (index // 28) % 12
    return Article(f"bench/{index:07d}.txt", text, title=lines[0], outlet=OUTLETS[index % len(OUTLETS)],
                   published=f"{2024 + index % 2}-{month:02d}-{day:02d}"), quotes


def page_paths(db_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    try:
        top_id, top_name = conn.execute("select id, name from speakers order by quotes desc limit 1").fetchone()
        article_id = conn.execute("select article_id from quotes where speaker_id = ? limit 1", [top_id]).fetchone()[0]
    finally:
        conn.close()
    surname = top_name.split()[-1]
    d = "/" + db_path.stem
    return {
        "index": "/",
        "database": d,
        "quotes_view": f"{d}/quotes_view",
        "quotes table": f"{d}/quotes",
        "speakers table": f"{d}/speakers",
        "articles table": f"{d}/articles",
        "search_quotes": f"{d}/search_quotes?q=ceasefire+talks",
        "quotes_by_speaker": f"{d}/quotes_by_speaker?speaker={surname}",
        "top_speakers": f"{d}/top_speakers",
        "quoted_about": f"{d}/quoted_about?term=sanctions",
        "quoted_in_several_outlets": f"{d}/quoted_in_several_outlets?min_outlets=2",
        "speaker_roles_over_time": f"{d}/speaker_roles_over_time?speaker={surname}",
        "speaker page": f"{d}/-/speaker/{top_id}",
        "article page": f"{d}/-/article/{article_id}",
        "charts": f"{d}/-/charts",
    }
