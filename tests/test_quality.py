"""The extractor against the seeds gold: floors just under today's figures, so a regression fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scores(nlp):
    return evaluate(ROOT / "tests" / "data" / "seeds_gold.jsonl", ROOT / "seeds", nlp)


def test_seeds_quality_floors(scores):
    ours = scores["ours"]
    assert ours.f1 >= 0.95
    assert ours.speaker_accuracy >= 0.99
    assert ours.end_to_end_f1 >= 0.95
    assert ours.role_accuracy >= 0.97
    # Linked across articles: every pair of quotes by one gold speaker shares one speakers row, and no more.
    assert ours.merge_pairs_right == ours.merge_pairs_gold == ours.merge_pairs_predicted > 0
    for kind, floor in {"direct": 1.0, "mixed": 1.0, "indirect": 1.0, "partial": 1.0}.items():
        assert ours.kind_recall(kind) >= floor, kind


def test_no_scare_quote_is_reported(scores):
    assert scores["ours"].not_quotes == 2
    assert scores["ours"].not_quotes_reported == 0


def test_ours_beats_the_textacy_baseline(scores):
    ours, textacy = scores["ours"], scores["textacy"]
    assert ours.f1 > textacy.f1 + 0.4
    assert ours.end_to_end_f1 > textacy.end_to_end_f1 + 0.4
