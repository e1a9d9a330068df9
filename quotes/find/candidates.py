"""The record the finders produce: a quote span with the tokens that attribute it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass
class Candidate:
    start: int  # character offsets of the quoted content
    end: int
    kind: str  # direct, partial, mixed, indirect
    rule: str
    cue: Token | None = None
    speaker: Token | None = None  # head token of the speaker mention; None for a floating quote
    confidence: float = 0.5
    continues: bool = False  # a paragraph of a quote running over several, after its first
    echo: int | None = None  # where the body quotes again the words a headline quotes

    def overlap(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))

    def within(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end
