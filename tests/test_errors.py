"""Failure patterns: each miss, false positive and wrong speaker falls under exactly one."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.errors import FALSE_POSITIVE, MISS, WRONG_ROLE, WRONG_SPEAKER, find_errors, summarise
from quotes.evaluate import GoldQuote
from quotes.records import Quote, Speaker

TEXT = "x" * 400


def gold(start, end, kind="indirect", speaker="Jane Roe", cue="said", roles=()) -> GoldQuote:
    return GoldQuote(doc="a.txt", text=TEXT[start:end], start=start, end=end, kind=kind, speaker=speaker, cue=cue,
                     roles=tuple(roles))


def quote(start, end, kind="indirect", speaker="Jane Roe", rule="indirect-verb-complement", cue="said",
          role=None) -> Quote:
    return Quote(text=TEXT[start:end], start_char=start, end_char=end, kind=kind, rule=rule, cue=cue,
                 speaker=Speaker(speaker) if speaker else None, role=role)


def errors_of(golds, quotes):
    return [(e.type, e.pattern) for e in find_errors({"a.txt": golds}, {"a.txt": quotes}, {"a.txt": TEXT})]


@pytest.mark.parametrize("golds, quotes, expected", [
    ([gold(0, 100)], [], [(MISS, "no prediction overlaps")]),
    ([gold(0, 100)], [quote(0, 20)],
     [(MISS, "prediction too short (inside the gold span)"), (FALSE_POSITIVE, "too short (inside a gold quote)")]),
    ([gold(40, 60)], [quote(0, 100)],
     [(MISS, "prediction too long (contains the gold span)"), (FALSE_POSITIVE, "too long (contains a gold quote)")]),
    ([gold(0, 100)], [quote(90, 200)],
     [(MISS, "prediction crosses the gold boundary"), (FALSE_POSITIVE, "crosses a gold boundary")]),
    # '“A,” X said. “B.”' annotated as one quote and predicted as two: the second piece is the error.
    ([gold(0, 100)], [quote(0, 70), quote(80, 100)],
     [(FALSE_POSITIVE, "a second piece of a gold quote matched by another prediction")]),
    ([gold(0, 100), gold(10, 90)], [quote(5, 95)], [(MISS, "the overlapping prediction matched another gold quote")]),
    ([], [quote(0, 50)], [(FALSE_POSITIVE, "no gold quote overlaps")]),
    ([gold(0, 100)], [quote(0, 100, speaker="Tom Hill")], [(WRONG_SPEAKER, "another speaker")]),
    ([gold(0, 100)], [quote(0, 100, speaker=None)], [(WRONG_SPEAKER, "no speaker found")]),
    ([gold(0, 100)], [quote(0, 100, speaker="Tom Hill", cue=None, rule="direct-floating")],
     [(WRONG_SPEAKER, "speaker taken from context (no cue)")]),
    ([gold(0, 100)], [quote(0, 100)], []),
    # A role is checked where the gold lists one and the speaker is right.
    ([gold(0, 100, roles=["mayor"])], [quote(0, 100, role="Mayor")], []),
    ([gold(0, 100, roles=["mayor"])], [quote(0, 100, role="council leader")], [(WRONG_ROLE, "another role")]),
    ([gold(0, 100, roles=["mayor"])], [quote(0, 100)], [(WRONG_ROLE, "no role found")]),
    ([gold(0, 100, roles=["mayor"])], [quote(0, 100, speaker="Tom Hill")], [(WRONG_SPEAKER, "another speaker")]),
])
def test_each_error_has_one_pattern(golds, quotes, expected):
    assert errors_of(golds, quotes) == expected


def test_summary_counts_patterns_rules_and_missed_cues():
    errors = find_errors({"a.txt": [gold(0, 100, cue="said"), gold(200, 300, cue="shows")]},
                         {"a.txt": [quote(350, 390, rule="indirect-verb-object")]}, {"a.txt": TEXT})
    classes = {"said": "a speech verb in the lexicon", "shows": "not in the lexicon (belief, intention, evidence, other)"}
    text = summarise(errors, classify=lambda cues: {cue: classes[cue] for cue in cues})
    assert "misses: 2\n      2  no prediction overlaps (indirect)" in text
    assert "false positives: 1\n      1  no gold quote overlaps (indirect)\n  by rule: indirect-verb-object 1" in text
    assert "      1  a speech verb in the lexicon" in text and "      1  not in the lexicon" in text


def test_evaluate_writes_every_error_and_counts_them(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "Mayor Tom Hill said the bridge would open in May. The weather was fine all week."
    (docs / "a.txt").write_text(text, encoding="utf-8")
    records = [
        {"doc": "a.txt", "quote": "the bridge would open in May", "start": 20, "end": 48, "kind": "indirect",
         "speaker": "Tom Hill", "cue": "said"},
        {"doc": "a.txt", "quote": "The weather was fine all week", "start": 50, "end": 79, "kind": "indirect",
         "speaker": "nobody", "cue": "was"},
    ]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "gold.jsonl"), "--docs", str(docs),
                                      "--no-baseline", "--errors", str(out)])
    assert result.exit_code == 0, result.output
    assert "misses: 1\n      1  no prediction overlaps (indirect)" in result.output
    assert "      1  not in the lexicon (belief, intention, evidence, other)" in result.output
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (row["type"], row["start"], row["end"], row["gold_cue"]) == (MISS, 50, 79, "was")
    assert row["context"].endswith("[[The weather was fine all week]].")
