"""Small typed records passed between the steps of the flow."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

KINDS = ("direct", "partial", "mixed", "indirect")
SPEAKER_KINDS = ("person", "organization", "anonymous")


def content_hash(*parts: object, length: int = 16) -> str:
    """A stable key from the given parts, so re-running an extraction yields the same ids."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    title: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # publication date as the source gives it (HTML: ISO 8601 date)
    outlet: str | None = None  # the publication, e.g. the site name of an HTML page

    @property
    def id(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str = "person"  # one of SPEAKER_KINDS
    gender: str | None = field(default=None, compare=False)  # "f"/"m" only from the text's own cues

    @property
    def id(self) -> str:
        return content_hash(self.kind, self.name.casefold())


@dataclass
class Quote:
    """One attribution: the quoted content, its cue, and who said it."""

    text: str
    start_char: int
    end_char: int
    kind: str  # one of KINDS
    cue: str | None = None
    speaker: Speaker | None = None
    speaker_mention: str | None = None
    speaker_start_char: int | None = None
    speaker_end_char: int | None = None
    role: str | None = None
    affiliation: str | None = None  # country or organisation the role names
    confidence: float = 0.5
    rule: str = ""
    extra: dict = field(default_factory=dict, repr=False, compare=False)
