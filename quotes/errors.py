"""What the extractor got wrong on a gold set, sorted into failure patterns.

Each miss (a gold quote no prediction matched), false positive (a prediction matching no gold
quote), wrong speaker and wrong role becomes one ``Error`` record with the pattern it falls under, so that
``quotes evaluate GOLD --docs DIR --errors FILE`` can count the patterns and write every case out
for reading. The patterns are about span shapes only, so they mean the same on any gold set.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from spacy.language import Language

from quotes.evaluate import GoldQuote, dice, match_spans, overlap, role_is_right, speaker_is_right
from quotes.find.cues import OBJECT_CUES, SPEECH_ACT_NOUNS, SPEECH_VERBS
from quotes.records import Quote

MISS, FALSE_POSITIVE, WRONG_SPEAKER, WRONG_ROLE = "miss", "false positive", "wrong speaker", "wrong role"
PLURALS = {MISS: "misses", FALSE_POSITIVE: "false positives", WRONG_SPEAKER: "wrong speakers", WRONG_ROLE: "wrong roles"}
CONTEXT_CHARS = 60


@dataclass(frozen=True)
class Error:
    doc: str
    type: str  # MISS, FALSE_POSITIVE, WRONG_SPEAKER or WRONG_ROLE
    pattern: str
    kind: str  # the gold kind for misses, wrong speakers and roles, the predicted kind for false positives
    start: int
    end: int
    text: str
    context: str
    gold_speaker: str | None = None
    gold_cue: str | None = None
    predicted_speaker: str | None = None
    rule: str | None = None
    gold_roles: list[str] | None = None
    predicted_role: str | None = None


def _miss_pattern(gold: GoldQuote, predicted: Sequence[Quote], matched: set[int]) -> str:
    overlapping = [p for p in predicted if overlap(gold.start, gold.end, p.start_char, p.end_char)]
    if not overlapping:
        return "no prediction overlaps"
    best = max(overlapping, key=lambda p: dice(gold.start, gold.end, p.start_char, p.end_char))
    if dice(gold.start, gold.end, best.start_char, best.end_char) >= 0.5 and id(best) in matched:
        return "the overlapping prediction matched another gold quote"
    if best.start_char >= gold.start and best.end_char <= gold.end:
        return "prediction too short (inside the gold span)"
    if best.start_char <= gold.start and best.end_char >= gold.end:
        return "prediction too long (contains the gold span)"
    return "prediction crosses the gold boundary"


def _false_positive_pattern(quote: Quote, gold: Sequence[GoldQuote], matched_gold: set[int]) -> str:
    overlapping = [g for g in gold if overlap(g.start, g.end, quote.start_char, quote.end_char)]
    if not overlapping:
        return "no gold quote overlaps"
    host = max(overlapping, key=lambda g: overlap(g.start, g.end, quote.start_char, quote.end_char))
    inside = host.start <= quote.start_char and quote.end_char <= host.end
    if inside and id(host) in matched_gold:
        return "a second piece of a gold quote matched by another prediction"
    if inside:
        return "too short (inside a gold quote)"
    if quote.start_char <= host.start and quote.end_char >= host.end:
        return "too long (contains a gold quote)"
    return "crosses a gold boundary"


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return f"{before}[[{text[start:end]}]]{after}".replace("\n", " ")


def find_errors(
    gold_by_doc: dict[str, list[GoldQuote]], predictions_by_doc: dict[str, list[Quote]], texts: dict[str, str]
) -> list[Error]:
    errors: list[Error] = []
    for name, records in gold_by_doc.items():
        text = texts.get(name, "")
        gold = [g for g in records if g.is_quote]
        predicted = predictions_by_doc.get(name, [])
        pairs = match_spans(gold, predicted)
        matched_gold = {id(g) for g, _ in pairs}
        matched_predicted = {id(p) for _, p in pairs}
        for g in gold:
            if id(g) not in matched_gold:
                errors.append(Error(
                    name, MISS, _miss_pattern(g, predicted, matched_predicted), g.kind, g.start, g.end,
                    text[g.start : g.end], _context(text, g.start, g.end), gold_speaker=g.speaker, gold_cue=g.cue))
        for p in predicted:
            if id(p) not in matched_predicted:
                errors.append(Error(
                    name, FALSE_POSITIVE, _false_positive_pattern(p, gold, matched_gold), p.kind, p.start_char,
                    p.end_char, p.text, _context(text, p.start_char, p.end_char),
                    predicted_speaker=p.speaker.name if p.speaker else None, rule=p.rule))
        for g, p in pairs:
            if not speaker_is_right(g, p):
                pattern = "no speaker found" if p.speaker is None else (
                    "speaker taken from context (no cue)" if p.cue is None else "another speaker")
                errors.append(Error(
                    name, WRONG_SPEAKER, pattern, g.kind, p.start_char, p.end_char, p.text,
                    _context(text, p.start_char, p.end_char), gold_speaker=g.speaker, gold_cue=g.cue,
                    predicted_speaker=p.speaker.name if p.speaker else None, rule=p.rule))
            elif g.roles and not role_is_right(g, p):
                # (only where the speaker is right: a wrong speaker's role says nothing more)
                errors.append(Error(
                    name, WRONG_ROLE, "no role found" if not p.role else "another role", g.kind, p.start_char,
                    p.end_char, p.text, _context(text, p.start_char, p.end_char), gold_speaker=g.speaker,
                    gold_cue=g.cue, predicted_speaker=p.speaker.name if p.speaker else None, rule=p.rule,
                    gold_roles=list(g.roles), predicted_role=p.role))
    return errors


def cue_classifier(nlp: Language) -> Callable[[Iterable[str]], dict[str, str]]:
    """Sort gold cue strings by what this tool's lexicon makes of their lemmas: a speech verb or
    noun it knows, 'according to', punctuation, or a cue it does not treat as speech at all."""
    def classify(cues: Iterable[str]) -> dict[str, str]:
        unique = sorted(set(cues))
        classes = {}
        for cue, doc in zip(unique, nlp.pipe(unique)):
            lemmas = {t.lemma_.lower() for t in doc if not t.is_punct}
            if not lemmas:
                classes[cue] = "punctuation (a colon, a dash)"
            elif "according" in {t.lower_ for t in doc}:
                classes[cue] = "according to"
            elif lemmas & (SPEECH_VERBS | OBJECT_CUES):
                classes[cue] = "a speech verb in the lexicon"
            elif lemmas & SPEECH_ACT_NOUNS:
                classes[cue] = "a speech noun in the lexicon"
            else:
                classes[cue] = "not in the lexicon (belief, intention, evidence, other)"
        return classes
    return classify


def summarise(errors: Sequence[Error], top_cues: int = 15,
              classify: Callable[[Iterable[str]], dict[str, str]] | None = None) -> str:
    """Counts by type and pattern; for misses with no overlapping prediction, the gold cues most
    often missed (where the gold records its cues), sorted by ``classify`` when given; for false
    positives, wrong speakers and wrong roles, the rules behind them."""
    lines = []
    for error_type in (MISS, FALSE_POSITIVE, WRONG_SPEAKER, WRONG_ROLE):
        of_type = [e for e in errors if e.type == error_type]
        lines.append(f"{PLURALS[error_type]}: {len(of_type)}")
        for (pattern, kind), count in Counter((e.pattern, e.kind) for e in of_type).most_common():
            lines.append(f"  {count:5d}  {pattern} ({kind})")
        if error_type in (FALSE_POSITIVE, WRONG_SPEAKER, WRONG_ROLE) and of_type:
            rules = Counter(e.rule for e in of_type).most_common()
            lines.append("  by rule: " + ", ".join(f"{rule} {count}" for rule, count in rules))
    cues = Counter(
        e.gold_cue.strip().lower() for e in errors
        if e.type == MISS and e.pattern == "no prediction overlaps" and e.gold_cue)
    if cues and classify is not None:
        classes = classify(cues)
        lines.append("misses no prediction overlaps, by their gold cue:")
        for cue_class, count in Counter(
                classes[cue] for cue in cues.elements()).most_common():
            lines.append(f"  {count:5d}  {cue_class}")
    if cues:
        lines.append("  most frequent gold cues: " + ", ".join(
            f"{cue} {count}" for cue, count in cues.most_common(top_cues)))
    return "\n".join(lines)


def write_errors(errors: Sequence[Error], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for error in errors:
            out.write(json.dumps(asdict(error), ensure_ascii=False) + "\n")
