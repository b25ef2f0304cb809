"""The one data model every stage reads and writes.

All offsets are character offsets into ``Article.text`` (the normalised text). ``Article``
keeps an offset map back to ``Article.raw_text`` so any span can be shown on the original.
Every record is a pydantic model: ``record.model_dump_json()`` and
``Record.model_validate_json(s)`` round-trip losslessly, and FastAPI derives the OpenAPI
schema from the same classes.
"""

from __future__ import annotations

import bisect
import hashlib
from datetime import date, datetime
from enum import Enum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """A deterministic id: the same inputs give the same id on every run and machine."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:length]}"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Record):
    start: int
    end: int
    text: str = ""
    label: str | None = None

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class OffsetMap(Record):
    """Piecewise-constant shift from normalised offsets to raw offsets.

    ``anchors`` holds ``(norm_offset, raw_offset)`` pairs where the shift changes; between
    anchors characters map one to one. This stays tiny for news text, where only a few
    stray spaces or line breaks are collapsed.
    """

    anchors: list[tuple[int, int]] = Field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        if not self.anchors:
            return offset
        i = bisect.bisect_right(self.anchors, (offset, float("inf"))) - 1
        if i < 0:
            return offset
        norm, raw = self.anchors[i]
        return raw + (offset - norm)


class Article(Record):
    id: str
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: date | None = None
    title: str = ""
    text: str
    raw_text: str | None = None
    offset_map: OffsetMap = Field(default_factory=OffsetMap)
    source_path: str | None = None
    content_hash: str = ""
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # "exact" | "near"
    warnings: list[str] = Field(default_factory=list)
    meta: dict[str, str] = Field(default_factory=dict)

    def raw_span(self, span: Span) -> tuple[int, int]:
        """Where ``span`` lies in ``raw_text`` (end is exclusive, so map the last char)."""
        start = self.offset_map.to_raw(span.start)
        if span.end <= span.start:
            return start, start
        return start, self.offset_map.to_raw(span.end - 1) + 1

    def span(self, start: int, end: int, label: str | None = None) -> Span:
        return Span(start=start, end=end, text=self.text[start:end], label=label)


class Sentence(Record):
    article_id: str
    index: int
    span: Span
    glued: bool = False  # the boundary before this sentence was found without punctuation


class Token(Record):
    """A token as the NLP stage saw it. Not stored by default; exposed for debugging/API."""

    start: int
    end: int
    text: str
    lemma: str = ""
    pos: str = ""
    morph: str = ""
    dep: str = ""
    head: int = -1


class Entity(Record):
    id: str
    name: str
    type: str = "MISC"  # PER | LOC | ORG | MISC
    actor_type: str | None = None  # government, military, party, igo, media, civilians, business...
    country: str | None = None
    kb_id: str | None = None
    description: str | None = None
    variants: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class Mention(Record):
    id: str
    article_id: str
    span: Span
    type: str = "MISC"  # PER | LOC | ORG | MISC | DESC (role description) | PRON
    entity_id: str | None = None
    confidence: float = 1.0
    metonymy: str | None = None  # e.g. "government" for "Moskau" standing for the state


class SourceKind(str, Enum):
    outlet = "outlet"  # the publishing outlet, root of every chain
    medium = "medium"  # a cited outlet or publication
    person = "person"
    organisation = "organisation"
    anonymous = "anonymous"
    document = "document"
    unknown = "unknown"


class Source(Record):
    id: str
    article_id: str
    kind: SourceKind = SourceKind.unknown
    name: str = ""
    span: Span | None = None  # first mention
    mentions: list[Span] = Field(default_factory=list)  # later references ("die Zeitung")
    entity_id: str | None = None
    parent_id: str | None = None  # whom this source is reported through


class ClaimMode(str, Enum):
    direct = "Direct"
    indirect = "Indirect"
    reported = "Reported"
    free_indirect = "FreeIndirect"
    indirect_free_indirect = "IndirectFreeIndirect"


class Certainty(str, Enum):
    asserted = "asserted"
    reported = "reported"
    hedged = "hedged"
    possible = "possible"
    considered = "considered"
    conditional = "conditional"
    denied = "denied"


class Claim(Record):
    id: str
    article_id: str
    message: Span
    cue: Span | None = None
    speaker: Span | None = None
    addressee: Span | None = None
    source_id: str | None = None  # the Source that speaks
    mode: ClaimMode = ClaimMode.indirect
    certainty: Certainty = Certainty.reported
    chain: list[str] = Field(default_factory=list)  # source ids, outlet first, speaker last
    confidence: float = 1.0


class TimeExpression(Record):
    id: str
    article_id: str
    span: Span
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    value: str = ""  # TIMEX3 value: 2024-12-20, 2024-02, P3Y, XXXX-WXX-1


class Actor(Record):
    span: Span | None = None
    name: str = ""
    entity_id: str | None = None
    actor_type: str | None = None


class Modality(str, Enum):
    happened = "happened"
    planned = "planned"
    considered = "considered"
    possible = "possible"
    denied = "denied"
    conditional = "conditional"


class Event(Record):
    id: str
    article_id: str
    type: str  # PLOVER event type, e.g. CONSULT
    mode: str | None = None  # PLOVER mode
    context: str | None = None
    span: Span  # evidence
    trigger: Span | None = None
    source_actor: Actor | None = None
    target_actor: Actor | None = None
    location: Actor | None = None
    date: str | None = None  # TIMEX3 value
    time_id: str | None = None
    modality: Modality = Modality.happened
    claim_id: str | None = None
    confidence: float = 1.0
    story_event_id: str | None = None  # the real-world event this report belongs to


class Story(Record):
    id: str
    title: str = ""
    article_ids: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    start: date | None = None
    end: date | None = None
    event_ids: list[str] = Field(default_factory=list)
    entity_ids: list[str] = Field(default_factory=list)


class Flag(Record):
    id: str
    article_id: str
    kind: str  # glued_sentence | off_topic | dangling_reference | duplicate_paragraph | truncated | mixed_language | contradiction...
    span: Span | None = None
    reason: str = ""
    score: float = 1.0
    other_article_id: str | None = None
    other_span: Span | None = None
    story_id: str | None = None


class IngestError(Record):
    id: str
    path: str
    reason: str
    detail: str = ""
    at: datetime = Field(default_factory=datetime.utcnow)


class Analysis(Record):
    """An article with everything the pipeline found in it: the unit stages pass along."""

    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)

    # record lists the store persists, in write order
    RECORD_FIELDS: ClassVar[tuple[str, ...]] = (
        "sentences", "mentions", "entities", "sources", "claims", "times", "events", "flags",
    )
