"""Request and response shapes of the HTTP API that are not records of the model.

Records themselves (Claim, Event, Flag...) come from ``newsgraph.model`` unchanged, so the
OpenAPI schema and the stored JSON never disagree.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, Field

from ..model import Analysis, Claim, Entity, Event, Flag, IngestError, Span, Story

T = TypeVar("T")

LANG_PATTERN = r"^[a-z]{2,3}$"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value):
    """Only YYYY-MM-DD, as the schema says: pydantic alone would also take "0" as a Unix time."""
    if isinstance(value, str) and not _ISO_DATE.match(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    id: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: date | None = None
    duplicate_of: str | None = None
    snippet: str = ""  # text around the search hit, or the article's start


class StorySummary(BaseModel):
    id: str
    title: str = ""
    start: date | None = None
    end: date | None = None
    n_articles: int = 0
    outlets: list[str] = Field(default_factory=list)


class GraphNode(BaseModel):
    id: str
    kind: str  # outlet | medium | person | organisation | anonymous | document | unknown | claim
    label: str
    level: int
    span: Span | None = None
    detail: str = ""


class GraphEdge(BaseModel):
    source: str
    target: str


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class ArticleView(BaseModel):
    analysis: Analysis
    chain: Graph
    stories: list[StorySummary] = Field(default_factory=list)
    related_flags: list[Flag] = Field(default_factory=list)  # flags raised on other articles that point here


class ClaimRow(BaseModel):
    claim: Claim
    article_title: str = ""
    outlet: str | None = None
    published: date | None = None
    chain_names: list[str] = Field(default_factory=list)  # outlet first, speaker last


class EventRow(BaseModel):
    event: Event
    article_title: str = ""
    outlet: str | None = None
    published: date | None = None


class Variant(BaseModel):
    text: str
    count: int


class EntitySummary(BaseModel):
    entity: Entity
    mentions: int = 0
    articles: int = 0
    variants: list[Variant] = Field(default_factory=list)


class MentionCount(BaseModel):
    outlet: str
    published: date | None = None
    count: int


class EntityView(BaseModel):
    summary: EntitySummary
    timeline: list[MentionCount]
    claims_by: list[ClaimRow]
    claims_about: list[ClaimRow]
    events: list[EventRow]
    articles: list[ArticleSummary]


class FlagRow(BaseModel):
    flag: Flag
    article_title: str = ""
    outlet: str | None = None
    other_article_title: str = ""
    other_outlet: str | None = None


class StoryView(BaseModel):
    story: Story
    articles: list[ArticleSummary]
    events: list[EventRow]
    flags: list[FlagRow]


class SearchResult(BaseModel):
    query: str
    articles: Page[ArticleSummary]
    entities: Page[EntitySummary]
    claims: Page[ClaimRow]
    stories: Page[StorySummary]


# ingest ---------------------------------------------------------------------------------------
class ArticleIn(BaseModel):
    text: str = Field(min_length=1, description="Article text; the first line is taken as the headline unless title is set")
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    language: str | None = Field(None, pattern=LANG_PATTERN)
    published: IsoDate | None = None


class IngestJSON(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)


class IngestHTML(BaseModel):
    html: str = Field(min_length=1)
    url: str | None = None
    outlet: str | None = None
    language: str | None = Field(None, pattern=LANG_PATTERN)
    published: IsoDate | None = None


class IngestResult(BaseModel):
    stored: int
    skipped: int
    duplicates: int
    article_ids: list[str]
    errors: list[IngestError]


class Problem(BaseModel):
    """The body of every 4xx answer the API raises itself."""

    detail: str | list


class Stats(BaseModel):
    counts: dict[str, int]
