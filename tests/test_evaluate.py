"""Scoring against gold, with hand-built records; the textacy adapter on small parsed texts."""

from __future__ import annotations

import json
import re

import pytest

from quotes.evaluate import (
    GoldQuote,
    Scores,
    check_gold_offsets,
    dice,
    evaluate,
    format_table,
    load_gold,
    match_spans,
    normalise_name,
    normalise_role,
    read_docs,
    role_is_right,
    score,
    speaker_is_right,
    surname,
    textacy_quotes,
)
from quotes.parse import load_pipeline
from quotes.records import Quote, Speaker


def gold(start, end, kind="direct", speaker="Hakan Fidan", doc="a.txt", **extra) -> GoldQuote:
    return GoldQuote(doc=doc, text="", start=start, end=end, kind=kind, speaker=speaker, **extra)


def quote(start, end, kind="direct", speaker="Fidan", role=None, **extra) -> Quote:
    return Quote(
        text="",
        start_char=start,
        end_char=end,
        kind=kind,
        speaker=Speaker(speaker) if speaker is not None else None,
        role=role,
        **extra,
    )


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


# --- dice and matching ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((0, 10), (0, 10), 1.0),
        ((0, 10), (5, 15), 0.5),
        ((0, 10), (0, 5), 10 / 15),
        ((0, 10), (10, 20), 0.0),  # touching is not overlapping
        ((0, 10), (30, 40), 0.0),
        ((5, 15), (0, 10), 0.5),  # symmetric
        ((3, 3), (3, 3), 0.0),  # empty spans do not divide by zero
    ],
)
def test_dice(a, b, expected):
    assert dice(*a, *b) == pytest.approx(expected)


def test_match_needs_dice_of_at_least_one_half():
    g = gold(0, 10)
    assert match_spans([g], [quote(5, 15)]) == [(g, quote(5, 15))]  # exactly 0.5
    assert match_spans([g], [quote(6, 16)]) == []  # 0.4


def test_prediction_over_two_gold_spans_matches_only_the_better_one():
    first, second = gold(0, 10), gold(10, 22)
    wide = quote(0, 22)  # Dice 0.625 with the first, 0.706 with the second
    assert match_spans([first, second], [wide]) == [(second, wide)]


def test_two_predictions_on_one_gold_span_match_once_best_first():
    g = gold(0, 10)
    near, exact = quote(0, 8), quote(0, 10)
    assert match_spans([g], [near, exact]) == [(g, exact)]


def test_greedy_matching_pairs_each_side_once():
    g1, g2 = gold(0, 10), gold(6, 16)
    p1, p2 = quote(0, 10), quote(4, 14)  # p2 overlaps both, but g1 is taken by the exact p1
    pairs = match_spans([g1, g2], [p1, p2])
    assert pairs == [(g1, p1), (g2, p2)]


# --- speakers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold_speaker, aliases, predicted, right",
    [
        ("Hakan Fidan", (), "Fidan", True),
        ("Hakan Fidan", (), "hakan FIDAN", True),
        ("Hakan Fidan", (), "Hakan", False),  # a first name is not enough
        ("Donald Trump", (), "Donald Duck", False),
        ("Volodymyr Zelensky", ("Zelenskyy",), "Volodymyr Zelenskyy", True),  # by alias
        ("Volodymyr Zelensky", ("Zelenskyy",), "Zelenskiy", False),
        ("José Ñúñez", (), "Jose Nunez", True),  # accents
        ("Recep Tayyip Erdogan", (), "Erdoğan", True),
        ("Conan O’Brien", (), "O'Brien", True),  # curly apostrophe
        ("The New York Post", (), "the Post", True),
        ("The Kremlin", (), "Kremlin", True),
        ("Donald Trump", (), "Trump,", True),  # stray punctuation
        ("Donald Trump", (), "", False),
    ],
)
def test_speaker_by_surname(gold_speaker, aliases, predicted, right):
    g = gold(0, 10, speaker=gold_speaker, speaker_aliases=aliases)
    assert speaker_is_right(g, quote(0, 10, speaker=predicted)) is right


@pytest.mark.parametrize(
    "raw, normal",
    [
        ("The  Élysée\nPalace", "elysee palace"),
        ("Conan O‘Brien’s", "conan o'brien's"),
        ("Theresa May", "theresa may"),  # only a whole leading word "the" goes
    ],
)
def test_normalise_name(raw, normal):
    assert normalise_name(raw) == normal


def test_surname_is_the_last_normalised_word():
    assert surname("The Élysée") == "elysee"
    assert surname("“Reuters.”") == "reuters"
    assert surname("  ") == ""


@pytest.mark.parametrize(
    "speaker_span, right",
    [
        ((100, 110), True),  # same span
        ((105, 130), True),  # any overlap will do
        ((110, 120), False),  # touching only
        ((None, None), False),  # no predicted span: the names decide, and they differ
    ],
)
def test_speaker_by_span_overlap(speaker_span, right):
    g = gold(0, 10, speaker="sources", speaker_start=100, speaker_end=110)
    p = quote(0, 10, speaker="officials", speaker_start_char=speaker_span[0], speaker_end_char=speaker_span[1])
    assert speaker_is_right(g, p) is right


def test_a_prediction_without_speaker_is_wrong_even_on_the_right_span():
    g = gold(0, 10, speaker="Fidan", speaker_start=100, speaker_end=110)
    p = quote(0, 10, speaker=None, speaker_mention="Fidan", speaker_start_char=100, speaker_end_char=110)
    assert speaker_is_right(g, p) is False


# --- roles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, normal",
    [
        ("The Turkish Foreign Minister", "turkish foreign minister"),
        ("a  spokesman\nfor the Kremlin", "spokesman for the kremlin"),
        ("An adviser", "adviser"),
        ("Kremlin’s spokesman", "kremlin's spokesman"),
        ("Theatre director", "theatre director"),  # only a whole leading word is an article
        ("  anchor ", "anchor"),
    ],
)
def test_normalise_role(raw, normal):
    assert normalise_role(raw) == normal


@pytest.mark.parametrize(
    "predicted, right",
    [
        ("the Turkish foreign minister", True),
        ("Foreign Minister", True),
        ("minister", False),
        (None, False),
        ("", False),
    ],
)
def test_role_is_right(predicted, right):
    g = gold(0, 10, roles=("Turkish Foreign Minister", "foreign minister"))
    assert role_is_right(g, quote(0, 10, role=predicted)) is right


# --- scores -----------------------------------------------------------------------------------------


def test_score_counts_everything():
    gold_by_doc = {
        "a.txt": [
            gold(0, 10, kind="direct", roles=("President",)),  # matched, speaker right, role right
            gold(20, 40, kind="indirect", speaker="Dmitry Peskov", roles=("Kremlin spokesman",)),  # wrong speaker and role
            gold(50, 60, kind="partial"),  # missed
            gold(70, 80, kind="not_a_quote", speaker=None),  # reported
        ],
        "b.txt": [
            gold(0, 30, kind="mixed", doc="b.txt", speaker="The Post", speaker_start=40, speaker_end=48),
            gold(100, 110, kind="not_a_quote", speaker=None, doc="b.txt"),  # not reported
        ],
        "c.txt": [],  # a document with no gold quotes still counts as a document
    }
    predictions = {
        "a.txt": [
            quote(0, 10, role="president"),
            quote(22, 40, kind="direct", speaker="Vladimir Putin", role="President"),
            quote(70, 80),  # a not_a_quote span: reported, and an unmatched prediction
        ],
        "b.txt": [quote(2, 30, kind="indirect", speaker="it", speaker_start_char=45, speaker_end_char=47)],
        "c.txt": [quote(0, 5, kind="partial", speaker=None)],
        "elsewhere.txt": [quote(0, 5)],  # not in the gold set: ignored
    }
    s = score(gold_by_doc, predictions)
    assert (s.documents, s.gold, s.predicted, s.matched) == (3, 4, 5, 3)
    assert s.precision == pytest.approx(3 / 5)
    assert s.recall == pytest.approx(3 / 4)
    assert s.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert (s.speaker_right, s.speaker_accuracy) == (2, pytest.approx(2 / 3))
    assert s.end_to_end_precision == pytest.approx(2 / 5)
    assert s.end_to_end_recall == pytest.approx(2 / 4)
    assert s.end_to_end_f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert (s.role_right, s.role_gold, s.role_accuracy) == (1, 2, 0.5)
    assert s.gold_by_kind == {"direct": 1, "indirect": 1, "partial": 1, "mixed": 1}
    assert s.matched_by_kind == {"direct": 1, "indirect": 1, "mixed": 1}
    assert [s.kind_recall(k) for k in ("direct", "partial", "mixed", "indirect")] == [1.0, 0.0, 1.0, 1.0]
    assert s.predicted_by_kind == {"direct": 3, "indirect": 1, "partial": 1}
    assert s.kind_confusion == {("direct", "direct"): 1, ("indirect", "direct"): 1, ("mixed", "indirect"): 1}
    assert s.kind_right == 1
    assert (s.not_quotes_reported, s.not_quotes) == (1, 2)


def test_not_a_quote_is_reported_by_any_overlapping_prediction_even_if_already_matched():
    g_quote, g_not = gold(0, 10), gold(0, 12, kind="not_a_quote", speaker=None)
    s = score({"a.txt": [g_quote, g_not]}, {"a.txt": [quote(0, 10)]})
    assert (s.gold, s.matched, s.not_quotes, s.not_quotes_reported) == (1, 1, 1, 1)


@pytest.mark.parametrize("predictions", [{}, {"a.txt": []}])
def test_zero_predictions_give_zero_rates_without_dividing_by_zero(predictions):
    s = score({"a.txt": [gold(0, 10, roles=("President",))]}, predictions)
    assert (s.predicted, s.matched) == (0, 0)
    rates = [s.precision, s.recall, s.f1, s.speaker_accuracy, s.end_to_end_precision, s.end_to_end_recall]
    assert rates + [s.end_to_end_f1, s.role_accuracy, s.kind_recall("direct"), s.kind_recall("mixed")] == [0.0] * 10


def test_empty_gold_set_scores_zero():
    s = score({}, {"a.txt": [quote(0, 10)]})
    assert (s.documents, s.gold, s.predicted, s.f1) == (0, 0, 0, 0.0)


# --- the table --------------------------------------------------------------------------------------


def table_value(table: str, label: str) -> list[str]:
    """The cells of the row whose label is ``label``."""
    for line in table.splitlines():
        if line.startswith(label + "  "):
            return line[len(label) :].split()
    raise AssertionError(f"no row {label!r} in\n{table}")


def test_format_table_one_column_per_system():
    ours = score({"a.txt": [gold(0, 10), gold(20, 30, kind="indirect", roles=("Envoy",))]}, {"a.txt": [quote(0, 10)]})
    textacy = Scores(documents=1, gold=2, gave_up=1)
    table = format_table({"ours": ours, "textacy": textacy})
    assert table.splitlines()[0].split() == ["metric", "ours", "textacy"]
    assert table_value(table, "documents") == ["1", "1"]
    assert table_value(table, "articles textacy gave up on") == ["0", "1"]
    assert table_value(table, "matched (Dice >= 0.5)") == ["1", "0"]
    assert table_value(table, "quote P") == ["1.000", "0.000"]
    assert table_value(table, "quote R") == ["0.500", "0.000"]
    assert table_value(table, "quote F1") == ["0.667", "0.000"]
    assert table_value(table, "role accuracy") == ["-", "(n=0)", "-", "(n=0)"]
    assert table_value(table, "recall direct") == ["1.000", "(n=1)", "-", "(n=0)"]
    assert table_value(table, "recall indirect") == ["0.000", "(n=1)", "-", "(n=0)"]
    assert table_value(table, "not-a-quote spans reported") == ["0", "of", "0", "0", "of", "0"]


def test_format_table_without_baseline_has_no_give_up_row():
    table = format_table({"ours": Scores()})
    assert "gave up" not in table
    assert table_value(table, "speaker accuracy") == ["-", "(n=0)"]


# --- gold files -------------------------------------------------------------------------------------


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_load_gold_groups_by_document(tmp_path):
    path = tmp_path / "gold.jsonl"
    write_jsonl(
        path,
        [
            {"doc": "b.txt", "quote": "x", "start": 1, "end": 2, "kind": "direct", "speaker": "A B",
             "speaker_aliases": ["B"], "roles": ["envoy"], "level": "core"},
            {"doc": "a.txt", "quote": "y", "start": 3, "end": 9, "kind": "not_a_quote"},
            {"doc": "b.txt", "quote": "z", "start": 5, "end": 8, "kind": "indirect", "speaker": "C",
             "speaker_start": 10, "speaker_end": 11, "roles": [], "cue": "said"},
        ],
    )
    by_doc = load_gold(path)
    assert list(by_doc) == ["b.txt", "a.txt"]
    first, second = by_doc["b.txt"]
    assert (first.speaker_aliases, first.roles, first.level) == (("B",), ("envoy",), "core")
    assert (second.speaker_start, second.speaker_end, second.cue) == (10, 11, "said")
    (not_quote,) = by_doc["a.txt"]
    assert (not_quote.is_quote, not_quote.speaker, not_quote.roles) == (False, None, ())


def test_inverted_span_of_a_discontinuous_quote_covers_its_pieces(tmp_path):
    path = tmp_path / "gold.jsonl"
    record = {"doc": "a.txt", "quote": "", "start": 209, "end": 186, "pieces": [[209, 236], [91, 186]], "kind": "indirect"}
    write_jsonl(path, [record])
    (g,) = load_gold(path)["a.txt"]
    assert (g.start, g.end, g.pieces) == (91, 236, ((209, 236), (91, 186)))


@pytest.mark.parametrize(
    "record, message",
    [
        ({"doc": "a.txt", "start": 0, "end": 4, "kind": "quoted"}, "unknown kind"),
        ({"doc": "a.txt", "start": 4, "end": 4, "kind": "direct"}, "bad span"),
        ({"doc": "a.txt", "start": 0, "kind": "direct"}, "missing field 'end'"),
    ],
)
def test_load_gold_names_the_bad_line(tmp_path, record, message):
    path = tmp_path / "gold.jsonl"
    write_jsonl(path, [{"doc": "a.txt", "start": 0, "end": 4, "kind": "direct"}, record])
    with pytest.raises(ValueError, match=f"gold.jsonl:2: bad gold record: {message}"):
        load_gold(path)


def test_missing_documents_are_named(tmp_path):
    (tmp_path / "here.txt").write_text("text", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="not found in .*: gone.txt"):
        read_docs(tmp_path, ["here.txt", "gone.txt"])


def test_documents_are_read_exactly(tmp_path):
    (tmp_path / "a.txt").write_bytes("line one\r\nlíne two".encode("utf-8"))
    assert read_docs(tmp_path, ["a.txt"]) == {"a.txt": "line one\r\nlíne two"}


def test_gold_offsets_that_miss_their_text_are_an_error():
    good = GoldQuote(doc="a.txt", text="peace", start=4, end=9, kind="direct")
    check_gold_offsets({"a.txt": [good]}, {"a.txt": "for peace"})
    with pytest.raises(ValueError, match="a.txt: gold span 4-9 reads 're pe', not 'peace'"):
        check_gold_offsets({"a.txt": [good]}, {"a.txt": "before peace"})


# --- textacy and the whole run ----------------------------------------------------------------------


def test_textacy_adapter(nlp):
    text = "“We will not back down from this fight,” Senator John Smith said on Tuesday."
    (q,) = textacy_quotes(nlp(text))
    assert (q.start_char, q.end_char) == (1, 39)
    assert q.text == text[1:39] == "We will not back down from this fight,"  # without the quote marks
    assert q.kind == "direct"
    assert q.cue == "said"
    assert q.speaker == Speaker("Senator John Smith")
    assert text[q.speaker_start_char : q.speaker_end_char] == "Senator John Smith"


def test_textacy_gives_up_on_unbalanced_quote_marks(nlp):
    with pytest.raises(ValueError, match="unclosed"):
        textacy_quotes(nlp('"We will not back down from this fight, Smith said.'))


def test_evaluate_runs_both_systems_on_one_parse(tmp_path, nlp):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text('The mayor said: "The budget is balanced and the city is fine." Then she left.', encoding="utf-8")
    (docs / "broken.txt").write_text('"We will not back down from this fight, Smith said.', encoding="utf-8")
    write_jsonl(
        tmp_path / "gold.jsonl",
        [
            {"doc": "good.txt", "quote": "The budget is balanced and the city is fine.", "start": 17, "end": 61,
             "kind": "direct", "speaker": "the mayor", "speaker_start": 0, "speaker_end": 9, "roles": ["mayor"]},
            {"doc": "broken.txt", "quote": "We will not back down from this fight", "start": 1, "end": 38,
             "kind": "direct", "speaker": "Smith", "roles": []},
        ],
    )
    seen = []

    def extractor(doc):
        seen.append(doc.text[:4])
        return [] if doc.text.startswith('"') else [quote(17, 61, speaker="Mayor", role="the Mayor")]

    results = evaluate(tmp_path / "gold.jsonl", docs, nlp, extractor=extractor)
    assert sorted(seen) == ['"We ', "The "]
    ours, textacy = results["ours"], results["textacy"]
    assert (ours.documents, ours.gold, ours.predicted, ours.matched, ours.speaker_right, ours.role_right) == (2, 2, 1, 1, 1, 1)
    assert ours.gave_up == 0
    assert (textacy.predicted, textacy.matched, textacy.speaker_right, textacy.role_right, textacy.gave_up) == (1, 1, 1, 0, 1)
    assert list(evaluate(tmp_path / "gold.jsonl", docs, nlp, baseline=False, extractor=extractor)) == ["ours"]


def test_evaluate_names_a_missing_document(tmp_path, nlp):
    write_jsonl(tmp_path / "gold.jsonl", [{"doc": "lost.txt", "start": 0, "end": 4, "kind": "direct"}])
    with pytest.raises(FileNotFoundError, match="lost.txt"):
        evaluate(tmp_path / "gold.jsonl", tmp_path, nlp, extractor=lambda doc: [])


def test_evaluate_scores_the_extractor_with_the_options_given(tmp_path, nlp):
    from click.testing import CliRunner

    from quotes.cli import cli

    docs = tmp_path / "docs"
    docs.mkdir()
    text = "Senator Jane Roe called for an independent inquiry into the contracts."
    (docs / "roe.txt").write_text(text, encoding="utf-8")
    content = "an independent inquiry into the contracts"
    start = text.index(content)
    write_jsonl(tmp_path / "gold.jsonl", [{"doc": "roe.txt", "quote": content, "start": start,
                                           "end": start + len(content), "kind": "indirect", "speaker": "Jane Roe"}])
    runner = CliRunner()
    args = ["evaluate", str(tmp_path / "gold.jsonl"), "--docs", str(docs), "--no-baseline"]
    by_default = runner.invoke(cli, args)
    widened = runner.invoke(cli, [*args, "--noun-phrase-contents"])
    assert by_default.exit_code == widened.exit_code == 0, by_default.output + widened.output
    assert re.search(r"^matched \(Dice >= 0\.5\) +0$", by_default.stdout, re.M)
    assert re.search(r"^matched \(Dice >= 0\.5\) +1$", widened.stdout, re.M)
    assert re.search(r"^speaker accuracy +1\.000 \(n=1\)$", widened.stdout, re.M)
