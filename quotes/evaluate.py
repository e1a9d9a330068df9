"""Score the extractor (and textacy's baseline) against a gold JSONL file.

The definitions are fixed so that figures stay comparable between runs:

* a prediction matches a gold quote when their character spans overlap with Dice >= 0.5, one-to-one,
  greedily by best overlap within a document;
* a matched quote's speaker is right when the predicted canonical name has the same normalised surname
  as the gold speaker or one of its aliases, or when the predicted speaker span overlaps the gold one;
* end-to-end, a quote counts only when it is matched *and* its speaker is right;
* a matched quote's role is right when it equals one of the gold roles after normalisation;
* ``not_a_quote`` gold records are not quotes: we only count how many of them some prediction reports.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quotes.find import DEFAULT_OPTIONS, FindOptions
from quotes.parse import pipe
from quotes.records import KINDS, Article, Quote, Speaker

NOT_A_QUOTE = "not_a_quote"
GOLD_KINDS = KINDS + (NOT_A_QUOTE,)
MIN_DICE = 0.5
OURS = "ours"
TEXTACY = "textacy"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'"})
_LEADING_THE = re.compile(r"^the\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


# --- gold ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    """One gold record: a quote span (or a span that must not be extracted) and who said it."""

    doc: str
    text: str
    start: int
    end: int
    kind: str  # one of GOLD_KINDS
    speaker: str | None = None
    speaker_aliases: tuple[str, ...] = ()
    speaker_start: int | None = None
    speaker_end: int | None = None
    roles: tuple[str, ...] = ()
    level: str | None = None
    speaker_type: str | None = None
    cue: str | None = None
    pieces: tuple[tuple[int, int], ...] = ()  # character spans of a discontinuous quote

    @property
    def is_quote(self) -> bool:
        return self.kind != NOT_A_QUOTE


def gold_from_record(record: dict) -> GoldQuote:
    """Build a GoldQuote from one parsed JSON record; raises KeyError/ValueError on bad records."""
    kind = record["kind"]
    if kind not in GOLD_KINDS:
        raise ValueError(f"unknown kind {kind!r} (expected one of {', '.join(GOLD_KINDS)})")
    start, end = int(record["start"]), int(record["end"])
    pieces = tuple((int(a), int(b)) for a, b in record.get("pieces") or ())
    if start >= end and pieces:
        # Some discontinuous gold quotes list their pieces out of text order, so start/end come out
        # inverted (and the quote text empty); their span is then the one covering every piece.
        start, end = min(a for a, _ in pieces), max(b for _, b in pieces)
    if not 0 <= start < end:
        raise ValueError(f"bad span start={start} end={end}")
    return GoldQuote(
        doc=record["doc"],
        text=record.get("quote", ""),
        start=start,
        end=end,
        kind=kind,
        speaker=record.get("speaker"),
        speaker_aliases=tuple(record.get("speaker_aliases") or ()),
        speaker_start=record.get("speaker_start"),
        speaker_end=record.get("speaker_end"),
        roles=tuple(record.get("roles") or ()),
        level=record.get("level"),
        speaker_type=record.get("speaker_type"),
        cue=record.get("cue"),
        pieces=pieces,
    )


def load_gold(path: str | Path) -> dict[str, list[GoldQuote]]:
    """Gold records grouped by document name, documents in order of first appearance."""
    by_doc: dict[str, list[GoldQuote]] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                gold = gold_from_record(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
                raise ValueError(f"{path}:{number}: bad gold record: {detail}") from None
            by_doc.setdefault(gold.doc, []).append(gold)
    return by_doc


def read_docs(docs_dir: str | Path, doc_names: Iterable[str]) -> dict[str, str]:
    """The text of every named document, decoded as UTF-8 with newlines untouched (gold offsets index it)."""
    docs_dir = Path(docs_dir)
    names = list(doc_names)
    missing = [name for name in names if not (docs_dir / name).is_file()]
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise FileNotFoundError(f"{len(missing)} gold document(s) not found in {docs_dir}: {shown}")
    return {name: (docs_dir / name).read_bytes().decode("utf-8") for name in names}


def check_gold_offsets(gold_by_doc: dict[str, list[GoldQuote]], texts: dict[str, str]) -> None:
    """Fail loudly when gold offsets do not point at the gold text: every score would be wrong otherwise."""
    for name, golds in gold_by_doc.items():
        text = texts[name]
        for gold in golds:
            if gold.text and text[gold.start : gold.end] != gold.text:
                raise ValueError(
                    f"{name}: gold span {gold.start}-{gold.end} reads {text[gold.start:gold.end][:60]!r}, "
                    f"not {gold.text[:60]!r}; is this the right docs folder?"
                )


# --- matching --------------------------------------------------------------------------------------


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters two half-open spans share: |a∩b|."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def dice(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Dice overlap of two half-open character spans: 2|a∩b| / (|a|+|b|)."""
    total = (a_end - a_start) + (b_end - b_start)
    return 2 * overlap(a_start, a_end, b_start, b_end) / total if total > 0 else 0.0


def match_spans(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> list[tuple[GoldQuote, Quote]]:
    """One-to-one matching of one document's gold quotes and predictions, best Dice first."""
    candidates = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            score = dice(g.start, g.end, p.start_char, p.end_char)
            if score >= MIN_DICE:
                candidates.append((-score, g_index, p_index))
    # Ties are broken by position in the inputs so the result never depends on set/dict order.
    candidates.sort()
    gold_taken: set[int] = set()
    predicted_taken: set[int] = set()
    pairs = []
    for _, g_index, p_index in candidates:
        if g_index in gold_taken or p_index in predicted_taken:
            continue
        gold_taken.add(g_index)
        predicted_taken.add(p_index)
        pairs.append((gold[g_index], predicted[p_index]))
    return pairs


def is_reported(gold: GoldQuote, predicted: Sequence[Quote]) -> bool:
    """Whether any prediction overlaps the span enough to count as extracting it (not one-to-one)."""
    return any(dice(gold.start, gold.end, p.start_char, p.end_char) >= MIN_DICE for p in predicted)


# --- speakers and roles ----------------------------------------------------------------------------


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Casefolded, accent-free, straight apostrophes, single spaces, no leading "the"."""
    name = " ".join(strip_accents(name).translate(_APOSTROPHES).casefold().split())
    return _LEADING_THE.sub("", name)


_PARENTHETICAL = re.compile(r"\([^)]*\)")


def surname(name: str) -> str:
    """The last word of the normalised name, without surrounding punctuation ("Trump," -> "trump").
    A parenthetical ("Sen. Jane Roe (D-Ohio)") or an apposition after a comma
    ("Ann Lee, a developer") in a gold mention is not part of the name."""
    name = _PARENTHETICAL.sub(" ", name).split(",")[0]
    words = normalise_name(name).split()
    # Punctuation is stripped so a stray comma or full stop in a mention cannot decide the score.
    return _strip_punctuation(words[-1]) if words else ""


def _strip_punctuation(word: str) -> str:
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[start:end]


def names_match(predicted: str, gold_names: Iterable[str]) -> bool:
    mine = surname(predicted)
    return bool(mine) and any(mine == surname(name) for name in gold_names if name)


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def speaker_is_right(gold: GoldQuote, quote: Quote) -> bool:
    """Same surname as the gold speaker or an alias, or a speaker span overlapping the gold one."""
    if quote.speaker is None:
        return False
    if names_match(quote.speaker.name, (gold.speaker or "", *gold.speaker_aliases)):
        return True
    return (
        gold.speaker_start is not None
        and gold.speaker_end is not None
        and quote.speaker_start_char is not None
        and quote.speaker_end_char is not None
        and spans_overlap(gold.speaker_start, gold.speaker_end, quote.speaker_start_char, quote.speaker_end_char)
    )


def normalise_role(role: str) -> str:
    """Casefolded, straight apostrophes, single spaces, no leading article."""
    role = " ".join(role.translate(_APOSTROPHES).casefold().split())
    return _LEADING_ARTICLE.sub("", role)


def role_is_right(gold: GoldQuote, quote: Quote) -> bool:
    if not quote.role:
        return False
    return normalise_role(quote.role) in {normalise_role(role) for role in gold.roles}


# --- scores ----------------------------------------------------------------------------------------


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Scores:
    """Counts for one system over one gold set; rates are derived properties."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    role_gold: int = 0  # matched quotes whose gold lists at least one role
    role_right: int = 0
    gold_by_kind: Counter = field(default_factory=Counter)
    matched_by_kind: Counter = field(default_factory=Counter)
    predicted_by_kind: Counter = field(default_factory=Counter)
    kind_confusion: Counter = field(default_factory=Counter)  # (gold kind, predicted kind) -> matched pairs
    not_quotes: int = 0
    not_quotes_reported: int = 0
    gave_up: int = 0  # articles on which the system refused to run (textacy on unbalanced quote marks)
    # Pairs of matched quotes whose gold speaker has aliases: same gold speaker / same linked speaker.
    merge_pairs_right: int = 0
    merge_pairs_predicted: int = 0  # pairs given one linked speaker
    merge_pairs_gold: int = 0  # pairs with one gold speaker

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_right, self.matched)

    @property
    def end_to_end_precision(self) -> float:
        return ratio(self.speaker_right, self.predicted)

    @property
    def end_to_end_recall(self) -> float:
        return ratio(self.speaker_right, self.gold)

    @property
    def end_to_end_f1(self) -> float:
        return f1(self.end_to_end_precision, self.end_to_end_recall)

    @property
    def role_accuracy(self) -> float:
        return ratio(self.role_right, self.role_gold)

    @property
    def kind_right(self) -> int:
        return sum(n for (gold_kind, predicted_kind), n in self.kind_confusion.items() if gold_kind == predicted_kind)

    def kind_recall(self, kind: str) -> float:
        return ratio(self.matched_by_kind[kind], self.gold_by_kind[kind])


def score(
    gold_by_doc: dict[str, list[GoldQuote]],
    predictions_by_doc: dict[str, list[Quote]],
    gave_up: int = 0,
) -> Scores:
    """Score predictions against gold. Only the gold documents count; a document absent from
    ``predictions_by_doc`` has no predictions."""
    scores = Scores(documents=len(gold_by_doc), gave_up=gave_up)
    linked_pairs: list[tuple[GoldQuote, Quote]] = []
    for name, records in gold_by_doc.items():
        predicted = predictions_by_doc.get(name, [])
        gold = [g for g in records if g.is_quote]
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        scores.gold_by_kind.update(g.kind for g in gold)
        scores.predicted_by_kind.update(p.kind for p in predicted)
        for g, p in match_spans(gold, predicted):
            scores.matched += 1
            scores.matched_by_kind[g.kind] += 1
            scores.kind_confusion[g.kind, p.kind] += 1
            scores.speaker_right += speaker_is_right(g, p)
            if g.roles:
                scores.role_gold += 1
                scores.role_right += role_is_right(g, p)
        for g in records:
            if not g.is_quote:
                scores.not_quotes += 1
                scores.not_quotes_reported += is_reported(g, predicted)
        linked_pairs.extend((g, p) for g, p in match_spans(gold, predicted) if g.speaker_aliases and p.speaker)
    _score_speaker_merging(scores, linked_pairs)
    return scores


def _score_speaker_merging(scores: Scores, pairs: list[tuple[GoldQuote, Quote]]) -> None:
    """Link the predicted speakers across documents as the database does, then count pairs of quotes:
    precision = pairs given one speaker that have one gold speaker; recall = the reverse."""
    from quotes.link import assign_groups

    groups = assign_groups([
        {"speaker_name": p.speaker.name, "speaker_kind": p.speaker.kind, "role": p.role} for _, p in pairs
    ])
    keys = [normalise_name(g.speaker or "") for g, _ in pairs]
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            same_gold, same_linked = keys[i] == keys[j], groups[i].id == groups[j].id
            scores.merge_pairs_gold += same_gold
            scores.merge_pairs_predicted += same_linked
            scores.merge_pairs_right += same_gold and same_linked


# --- the table -------------------------------------------------------------------------------------


def _rate(value: float) -> str:
    return f"{value:.3f}"


def _rate_of(part: int, whole: int) -> str:
    # A rate over nothing is shown as "-" rather than a misleading 0.000.
    return f"{_rate(ratio(part, whole)) if whole else '-'} (n={whole})"


def table_rows(scores: Scores, kinds: Sequence[str], gave_up_row: bool = True) -> list[tuple[str, str]]:
    """(label, value) rows for one system; every system yields the same labels in the same order."""
    return [
        ("documents", str(scores.documents)),
        *([("articles textacy gave up on", str(scores.gave_up))] if gave_up_row else []),
        ("gold quotes", str(scores.gold)),
        ("predicted", str(scores.predicted)),
        *((f"  predicted {kind}", str(scores.predicted_by_kind[kind])) for kind in kinds),
        ("matched (Dice >= 0.5)", str(scores.matched)),
        ("quote P", _rate(scores.precision)),
        ("quote R", _rate(scores.recall)),
        ("quote F1", _rate(scores.f1)),
        ("speaker accuracy", _rate_of(scores.speaker_right, scores.matched)),
        ("end-to-end P", _rate(scores.end_to_end_precision)),
        ("end-to-end R", _rate(scores.end_to_end_recall)),
        ("end-to-end F1", _rate(scores.end_to_end_f1)),
        ("role accuracy", _rate_of(scores.role_right, scores.role_gold)),
        *((f"recall {kind}", _rate_of(scores.matched_by_kind[kind], scores.gold_by_kind[kind])) for kind in kinds),
        ("kind right among matched", _rate_of(scores.kind_right, scores.matched)),
        ("speaker merge P (pairs)", _rate_of(scores.merge_pairs_right, scores.merge_pairs_predicted)),
        ("speaker merge R (pairs)", _rate_of(scores.merge_pairs_right, scores.merge_pairs_gold)),
        ("not-a-quote spans reported", f"{scores.not_quotes_reported} of {scores.not_quotes}"),
    ]


def format_table(columns: dict[str, Scores]) -> str:
    """One plain-text table, one column per system."""
    # Kinds beyond the standard four only appear if some system predicted them.
    extra = sorted({k for s in columns.values() for k in s.predicted_by_kind if k not in KINDS})
    kinds = [*KINDS, *extra]
    # The give-up row only means something when textacy (or another refusing system) is in the table.
    gave_up_row = TEXTACY in columns or any(s.gave_up for s in columns.values())
    per_system = {name: table_rows(scores, kinds, gave_up_row) for name, scores in columns.items()}
    labels = [label for label, _ in next(iter(per_system.values()))] if per_system else []
    label_width = max([len("metric"), *map(len, labels)])
    widths = {
        name: max([len(name), *(len(value) for _, value in rows)]) for name, rows in per_system.items()
    }
    lines = ["  ".join(["metric".ljust(label_width), *(name.rjust(widths[name]) for name in per_system)])]
    lines.append("  ".join(["-" * label_width, *("-" * widths[name] for name in per_system)]))
    for index, label in enumerate(labels):
        values = (per_system[name][index][1].rjust(widths[name]) for name in per_system)
        lines.append("  ".join([label.ljust(label_width), *values]))
    return "\n".join(lines)


# --- running the systems ---------------------------------------------------------------------------


def _char_span(tokens: Sequence) -> tuple[int, int]:
    """Character span from the first to the last of some tokens sorted by position."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def textacy_quotes(doc: Doc) -> list[Quote]:
    """textacy's ``direct_quotations`` as Quote records.

    Raises ValueError, as textacy does, when the article's quote marks are unbalanced.
    """
    from textacy.extract.triples import direct_quotations  # only the baseline needs textacy

    quotes = []
    for triple in list(direct_quotations(doc)):
        content = triple.content
        # textacy's content includes the enclosing quote marks; the gold spans do not.
        if len(content) > 2 and content[0].is_quote and content[-1].is_quote:
            content = content[1:-1]
        speaker_start, speaker_end = _char_span(triple.speaker)
        speaker_text = doc.text[speaker_start:speaker_end]
        quotes.append(
            Quote(
                text=content.text,
                start_char=content.start_char,
                end_char=content.end_char,
                kind="direct",
                cue=" ".join(token.text for token in triple.cue),
                speaker=Speaker(speaker_text),
                speaker_mention=speaker_text,
                speaker_start_char=speaker_start,
                speaker_end_char=speaker_end,
                rule="textacy.direct_quotations",
            )
        )
    return quotes


@dataclass
class Predictions:
    """One system's output over a gold set, plus the articles it refused to process."""

    by_doc: dict[str, list[Quote]] = field(default_factory=dict)
    gave_up: list[str] = field(default_factory=list)


Extractor = Callable[[Doc], list[Quote]]


def predict(
    docs_dir: str | Path,
    doc_names: Iterable[str],
    nlp: Language,
    baseline: bool = True,
    extractor: Extractor | None = None,
) -> dict[str, Predictions]:
    """Parse each document once and run our extractor (and textacy's, if ``baseline``) on the parse.

    ``extractor`` defaults to what ``quotes extract`` stores (the quotes less those in boilerplate);
    tests pass a stand-in.
    """
    return predict_texts(read_docs(docs_dir, doc_names), nlp, baseline=baseline, extractor=extractor)


def stored_quotes(doc: Doc, find_options: FindOptions = DEFAULT_OPTIONS) -> list[Quote]:
    """The quotes ``quotes extract`` would store for this article: boilerplate lines dropped."""
    from quotes.pipeline import extract_article_quotes  # late: only needed when scoring ours
    from quotes.read.text import split_title_and_author

    title, author = split_title_and_author(doc.text)
    return extract_article_quotes(doc, Article(source="", text=doc.text, title=title, author=author), find_options)


def predict_texts(
    texts: dict[str, str], nlp: Language, baseline: bool = True, extractor: Extractor | None = None
) -> dict[str, Predictions]:
    """Like ``predict``, for texts already read: ``{doc name: text}``."""
    if extractor is None:
        extractor = stored_quotes

    systems = {OURS: Predictions(), **({TEXTACY: Predictions()} if baseline else {})}
    for doc, name in zip(pipe(nlp, texts.values()), texts):
        try:
            systems[OURS].by_doc[name] = extractor(doc)
        except Exception as error:
            # Evaluation must not silently score a crash as "no quotes"; name the article instead.
            raise RuntimeError(f"the extractor failed on {name}: {type(error).__name__}: {error}") from error
        if baseline:
            try:
                systems[TEXTACY].by_doc[name] = textacy_quotes(doc)
            except ValueError:
                systems[TEXTACY].by_doc[name] = []
                systems[TEXTACY].gave_up.append(name)
    return systems


def evaluate(
    gold_path: str | Path,
    docs_dir: str | Path,
    nlp: Language,
    baseline: bool = True,
    extractor: Extractor | None = None,
) -> dict[str, Scores]:
    """Scores per system ("ours", and "textacy" when ``baseline``) on the gold file."""
    gold_by_doc, _, systems = _run_systems(gold_path, docs_dir, nlp, baseline, extractor)
    return _score_systems(gold_by_doc, systems)


def _run_systems(gold_path, docs_dir, nlp, baseline, extractor):
    gold_by_doc = load_gold(gold_path)
    texts = read_docs(docs_dir, gold_by_doc)
    check_gold_offsets(gold_by_doc, texts)
    return gold_by_doc, texts, predict_texts(texts, nlp, baseline=baseline, extractor=extractor)


def _score_systems(gold_by_doc, systems: dict[str, Predictions]) -> dict[str, Scores]:
    return {
        name: score(gold_by_doc, predictions.by_doc, gave_up=len(predictions.gave_up))
        for name, predictions in systems.items()
    }


def run_evaluation(
    gold_path: str | Path,
    docs_dir: str | Path,
    model: str | None = None,
    baseline: bool = True,
    errors_path: str | Path | None = None,
    find_options: FindOptions = DEFAULT_OPTIONS,
) -> str:
    """Load the pipeline, score every system and return the table as text. With ``errors_path``,
    also write our misses, false positives, wrong speakers and wrong roles there (JSON Lines) and add a count of
    them by failure pattern to the text. ``find_options`` scores the extractor as ``quotes extract``
    runs with the same options."""
    from quotes.parse import load_pipeline

    nlp = load_pipeline(model)
    extractor = functools.partial(stored_quotes, find_options=find_options)
    gold_by_doc, texts, systems = _run_systems(gold_path, docs_dir, nlp, baseline, extractor)
    report = format_table(_score_systems(gold_by_doc, systems))
    if errors_path is not None:
        from quotes.errors import cue_classifier, find_errors, summarise, write_errors

        errors = find_errors(gold_by_doc, systems[OURS].by_doc, texts)
        write_errors(errors, errors_path)
        report += f"\n\nFailure patterns (ours; every case is in {errors_path}):\n" + summarise(
            errors, classify=cue_classifier(nlp))
    return report
