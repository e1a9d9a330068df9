"""On the seeds, every gold speaker is exactly one row of the committed database's speakers table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from quotes.evaluate import names_match, normalise_name

ROOT = Path(__file__).resolve().parent.parent


def gold_speakers():
    speakers = {}
    for line in (ROOT / "tests" / "data" / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["kind"] != "not_a_quote":
            forms = (record["speaker"], *record.get("speaker_aliases", []))
            speakers[record["speaker"]] = (record.get("speaker_type"), forms)
    return speakers


def same_speaker(name: str, kind: str | None, forms) -> bool:
    """People by surname (as the evaluation does); groups and organisations by their whole name."""
    if kind == "person":
        return names_match(name, forms)
    return normalise_name(name) in {normalise_name(form) for form in forms}


def speaker_names():
    with sqlite3.connect(f"file:{ROOT / 'quotes.db'}?mode=ro", uri=True) as conn:
        return [row[0] for row in conn.execute("select name from speakers")]


def test_every_gold_speaker_is_exactly_one_row():
    names = speaker_names()
    for speaker, (kind, forms) in gold_speakers().items():
        rows = [name for name in names if same_speaker(name, kind, forms)]
        assert len(rows) == 1, (speaker, rows)


def test_the_three_spellings_of_one_president_are_one_row_and_putin_and_medinsky_two():
    with sqlite3.connect(f"file:{ROOT / 'quotes.db'}?mode=ro", uri=True) as conn:
        aliases = dict(conn.execute(
            "select alias, speaker_id from speaker_aliases where alias in "
            "('Volodymyr Zelenskiy', 'Volodymyr Zelenskyy', 'Zelensky', 'Vladimir Putin', 'Vladimir Medinsky')"
        ).fetchall())
    assert aliases["Volodymyr Zelenskiy"] == aliases["Volodymyr Zelenskyy"] == aliases["Zelensky"]
    assert aliases["Vladimir Putin"] != aliases["Vladimir Medinsky"]
    assert aliases["Vladimir Putin"] != aliases["Zelensky"]


def test_the_repeated_ceasefire_statement_is_one_cluster_across_articles():
    with sqlite3.connect(f"file:{ROOT / 'quotes.db'}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "select c.articles, s.name from quote_clusters c join speakers s on s.id = c.speaker_id "
            "where c.representative like '%ceasefire that will pave the way%'"
        ).fetchall()
    assert rows == [(3, "Hakan Fidan")]
