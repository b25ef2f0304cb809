"""Read endpoints: articles, claims, events, entities, stories, flags, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ..model import Certainty, ClaimMode, Modality
from . import queries
from .chain import source_graph
from .deps import Pages, State, not_found, resolve_article
from .schemas import (
    ArticleSummary,
    ArticleView,
    ClaimRow,
    EntitySummary,
    EntityView,
    EventRow,
    FlagRow,
    Graph,
    IsoDate,
    Page,
    Problem,
    SearchResult,
    Stats,
    StorySummary,
    StoryView,
)

router = APIRouter(prefix="/api")
NOT_FOUND = {404: {"model": Problem, "description": "No such record"}}

Text = Annotated[str | None, Query(max_length=500)]
Key = Annotated[str, Path(min_length=1, max_length=200)]
RELATED = 50  # claims, events, articles listed on an entity or story page


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/stats", response_model=Stats)
def stats(st: State) -> Stats:
    return Stats(counts=st.store.counts())


@router.get("/articles", response_model=Page[ArticleSummary])
def list_articles(st: State, pages: Pages, q: Text = None, outlet: Text = None,
                  language: Annotated[str | None, Query(max_length=10)] = None,
                  date_from: IsoDate | None = None, date_to: IsoDate | None = None,
                  entity: Annotated[str | None, Query(max_length=200, description="Entity id or exact name")] = None):
    """Full-text search (substring, case-insensitive) with filters; newest first."""
    return queries.articles(st.store, q=q, outlet=outlet, language=language, date_from=date_from, date_to=date_to,
                            entity=entity, limit=pages.limit, offset=pages.offset)


@router.get("/articles/{article_id}", response_model=ArticleView, responses=NOT_FOUND)
def get_article(st: State, article_id: Key):
    """One article with all its records, its source-chain graph, its stories and flags that point at it."""
    aid = resolve_article(st, article_id)
    a = st.store.get_analysis(aid)
    if a is None:
        raise not_found("article", article_id)
    related = queries.flags(st.store, article_id=aid, limit=200).items
    return ArticleView(analysis=a, chain=source_graph(a),
                       stories=queries.stories(st.store, article_id=aid, limit=50).items,
                       related_flags=[r.flag for r in related if r.flag.article_id != aid])


@router.get("/articles/{article_id}/chain", response_model=Graph, responses=NOT_FOUND)
def get_chain(st: State, article_id: Key):
    """The source chain: outlet → cited media → sources → claims."""
    a = st.store.get_analysis(resolve_article(st, article_id))
    if a is None:
        raise not_found("article", article_id)
    return source_graph(a)


@router.get("/claims", response_model=Page[ClaimRow])
def list_claims(st: State, pages: Pages, article_id: Text = None, speaker: Text = None,
                entity: Annotated[str | None, Query(max_length=200, description="Entity id: claims it made")] = None,
                about: Annotated[str | None, Query(max_length=200, description="Entity id: claims mentioning it")] = None,
                source: Annotated[str | None, Query(max_length=200, description="Name of a source anywhere in the chain")] = None,
                certainty: Certainty | None = None, mode: ClaimMode | None = None,
                q: Annotated[str | None, Query(max_length=500, description="Substring of speaker or message")] = None):
    return queries.claims(st.store, article_id=article_id, speaker=speaker, entity=entity, about=about, source=source, text=q,
                          certainty=certainty.value if certainty else None, mode=mode.value if mode else None,
                          limit=pages.limit, offset=pages.offset)


@router.get("/events", response_model=Page[EventRow])
def list_events(st: State, pages: Pages, type: Annotated[str | None, Query(max_length=50)] = None,
                actor: Annotated[str | None, Query(max_length=200, description="Entity id or actor name")] = None,
                date_from: IsoDate | None = None, date_to: IsoDate | None = None, modality: Modality | None = None,
                article_id: Text = None):
    return queries.events(st.store, article_id=article_id, type=type, actor=actor, date_from=date_from, date_to=date_to,
                          modality=modality.value if modality else None, limit=pages.limit, offset=pages.offset)


@router.get("/entities", response_model=Page[EntitySummary])
def list_entities(st: State, pages: Pages, q: Text = None, type: Annotated[str | None, Query(max_length=20)] = None):
    """Entities with their surface variants and mention counts, most mentioned first."""
    return queries.entities(st.store, q=q, type=type, limit=pages.limit, offset=pages.offset)


@router.get("/entities/{entity_id}", response_model=EntityView, responses=NOT_FOUND)
def get_entity(st: State, entity_id: Key):
    """Variants, mentions over time per outlet, claims it made and claims about it."""
    page = queries.entities(st.store, ids=[entity_id], limit=1)
    if not page.items:
        raise not_found("entity", entity_id)
    art_ids = [r["article_id"] for r in st.store.query(
        "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", [entity_id])]
    return EntityView(
        summary=page.items[0],
        timeline=queries.entity_timeline(st.store, entity_id),
        claims_by=queries.claims(st.store, entity=entity_id, limit=RELATED).items,
        claims_about=queries.claims(st.store, about=entity_id, limit=RELATED).items,
        events=queries.events(st.store, actor=entity_id, limit=RELATED).items,
        articles=queries.articles(st.store, ids=art_ids, limit=RELATED).items,
    )


@router.get("/stories", response_model=Page[StorySummary])
def list_stories(st: State, pages: Pages, q: Text = None, article_id: Text = None):
    return queries.stories(st.store, q=q, article_id=article_id, limit=pages.limit, offset=pages.offset)


@router.get("/stories/{story_id}", response_model=StoryView, responses=NOT_FOUND)
def get_story(st: State, story_id: Key):
    """Its articles (outlets side by side), the timeline of its events, its contradiction flags."""
    story = queries.get_story(st.store, story_id)
    if story is None:
        raise not_found("story", story_id)
    arts = queries.articles(st.store, ids=story.article_ids, limit=500).items
    if story.event_ids:
        evs = queries.events(st.store, ids=story.event_ids, limit=500).items
    else:
        evs = queries.events(st.store, article_ids=story.article_ids, limit=500).items
    fl = queries.flags(st.store, story_id=story.id, article_ids=story.article_ids, limit=500).items
    return StoryView(story=story, articles=arts, events=evs, flags=fl)


@router.get("/flags", response_model=Page[FlagRow])
def list_flags(st: State, pages: Pages, kind: Annotated[str | None, Query(max_length=50)] = None,
               article_id: Text = None, story_id: Text = None):
    return queries.flags(st.store, kind=kind, article_id=article_id, story_id=story_id,
                         limit=pages.limit, offset=pages.offset)


@router.get("/search", response_model=SearchResult)
def search(st: State, q: Annotated[str, Query(min_length=1, max_length=500)],
           limit: Annotated[int, Query(ge=1, le=50)] = 5):
    """One box over everything: articles (full text), entities (names and variants), claims (speaker or text), stories."""
    claims = queries.claims(st.store, text=q, limit=limit)
    return SearchResult(query=q, articles=queries.articles(st.store, q=q, limit=limit),
                        entities=queries.entities(st.store, q=q, limit=limit), claims=claims,
                        stories=queries.stories(st.store, q=q, limit=limit))
