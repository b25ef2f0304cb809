"""Read queries of the API, in SQL over the store's tables.

Filters are always bound parameters; only fixed fragments written here are ever pasted into
SQL. Full-text search is ``ILIKE`` (DuckDB's fts extension would have to be downloaded).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..model import Claim, Entity, Event, Flag, Source, Story
from ..store.base import Store
from .schemas import (
    ArticleSummary,
    ClaimRow,
    EntitySummary,
    EventRow,
    FlagRow,
    MentionCount,
    Page,
    StorySummary,
    Variant,
)

SNIPPET = 240


def like(term: str) -> str:
    """A substring pattern with the user's own % and _ taken literally (ESCAPE '\\')."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class Where:
    parts: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, sql: str, *params) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _page(store: Store, select: str, frm: str, where: Where, order: str, limit: int, offset: int) -> tuple[int, list[dict]]:
    total = store.query(f"SELECT count(*) AS n FROM {frm}{where.sql()}", where.params)[0]["n"]
    rows = store.query(f"SELECT {select} FROM {frm}{where.sql()} ORDER BY {order} LIMIT ? OFFSET ?",
                       [*where.params, limit, offset]) if offset < total else []
    return total, rows


# articles ---------------------------------------------------------------------------------------
def _snippet(text: str, pos: int, qlen: int) -> str:
    if pos <= 0:
        return " ".join(text[:SNIPPET].split())
    start = max(0, pos - 1 - SNIPPET // 3)
    out = " ".join(text[start : start + SNIPPET].split())
    return ("…" if start else "") + out


def articles(store: Store, q: str | None = None, outlet: str | None = None, language: str | None = None,
             date_from: date | None = None, date_to: date | None = None, entity: str | None = None,
             ids: list[str] | None = None, limit: int = 20, offset: int = 0) -> Page[ArticleSummary]:
    w = Where()
    if q:
        w.add("(text ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')", like(q), like(q))
    if outlet:
        w.add("lower(outlet) = lower(?)", outlet)
    if language:
        w.add("language = ?", language)
    if date_from:
        w.add("published >= ?", date_from)
    if date_to:
        w.add("published <= ?", date_to)
    if entity:
        w.add("id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN "
              "(SELECT e.id FROM entities e WHERE e.id = ? OR lower(e.name) = lower(?)))", entity, entity)
    if ids is not None:
        if not ids:
            return Page(total=0, limit=limit, offset=offset, items=[])
        w.add(f"id IN ({','.join('?' * len(ids))})", *ids)
    select = ("id, title, url, outlet, language, published, duplicate_of, "
              "strpos(lower(text), lower(?)) AS pos, substr(text, 1, 4000) AS head, text")
    total = store.query(f"SELECT count(*) AS n FROM articles{w.sql()}", w.params)[0]["n"]
    rows = store.query(f"SELECT {select} FROM articles{w.sql()} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                       [q or "", *w.params, limit, offset]) if offset < total else []
    items = [ArticleSummary(id=r["id"], title=r["title"] or "", url=r["url"], outlet=r["outlet"], language=r["language"],
                            published=r["published"], duplicate_of=r["duplicate_of"],
                            snippet=_snippet(r["text"], r["pos"] if q else 0, len(q or "")))
             for r in rows]
    return Page(total=total, limit=limit, offset=offset, items=items)


# claims -----------------------------------------------------------------------------------------
_CLAIM_END = "CAST(c.data->'message'->>'end' AS INTEGER)"
_SPEAKER_START = "CAST(c.data->'speaker'->>'start' AS INTEGER)"
_SPEAKER_END = "CAST(c.data->'speaker'->>'end' AS INTEGER)"


def claims(store: Store, article_id: str | None = None, speaker: str | None = None, entity: str | None = None,
           about: str | None = None, source: str | None = None, certainty: str | None = None, mode: str | None = None,
           text: str | None = None, limit: int = 20, offset: int = 0) -> Page[ClaimRow]:
    """``entity``: claims the entity made (its source, or a mention inside the speaker span);
    ``about``: claims whose message mentions the entity; ``source``: a source of that name
    anywhere in the claim's chain (outlet, cited medium or speaker)."""
    w = Where()
    if article_id:
        w.add("c.article_id = ?", article_id)
    if speaker:
        w.add("c.speaker ILIKE ? ESCAPE '\\'", like(speaker))
    if entity:
        # only articles that mention the entity or cite it as a source can hold its claims:
        # narrowing to them first keeps the per-claim span test off the rest of the corpus
        w.add("c.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ? "
              "UNION SELECT article_id FROM sources WHERE entity_id = ?)", entity, entity)
        w.add("(EXISTS (SELECT 1 FROM sources s WHERE s.id = c.source_id AND s.entity_id = ?) OR "
              "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.entity_id = ? "
              f"AND m.start >= {_SPEAKER_START} AND m.start < {_SPEAKER_END}))", entity, entity)
    if about:
        w.add("c.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)", about)
        w.add("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.entity_id = ? "
              f"AND m.start >= c.start AND m.start < {_CLAIM_END})", about)
    if source:
        w.add("EXISTS (SELECT 1 FROM sources s WHERE s.article_id = c.article_id AND s.name ILIKE ? ESCAPE '\\' "
              "AND (s.id = c.source_id OR list_contains(CAST(c.data->'chain' AS VARCHAR[]), s.id)))", like(source))
    if text:
        w.add("(c.speaker ILIKE ? ESCAPE '\\' OR c.data->'message'->>'text' ILIKE ? ESCAPE '\\')", like(text), like(text))
    if certainty:
        w.add("c.certainty = ?", certainty)
    if mode:
        w.add("c.mode = ?", mode)
    total, rows = _page(store, "c.data, a.title, a.outlet, a.published", "claims c JOIN articles a ON a.id = c.article_id",
                        w, "a.published DESC NULLS LAST, c.article_id, c.start", limit, offset)
    return Page(total=total, limit=limit, offset=offset, items=claim_rows(store, rows))


def claim_rows(store: Store, rows: list[dict]) -> list[ClaimRow]:
    cls = [Claim.model_validate_json(r["data"]) for r in rows]
    names = source_names(store, {c.article_id for c in cls})
    out = []
    for c, r in zip(cls, rows):
        chain = c.chain or ([c.source_id] if c.source_id else [])
        out.append(ClaimRow(claim=c, article_title=r["title"] or "", outlet=r["outlet"], published=r["published"],
                            chain_names=[names.get(s, "?") for s in chain]))
    return out


def source_names(store: Store, article_ids: set[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    ids = list(article_ids)
    rows = store.query(f"SELECT data FROM sources WHERE article_id IN ({','.join('?' * len(ids))})", ids)
    out = {}
    for r in rows:
        s = Source.model_validate_json(r["data"])
        out[s.id] = s.name or s.kind.value
    return out


# events -----------------------------------------------------------------------------------------
def events(store: Store, article_id: str | None = None, type: str | None = None, actor: str | None = None,
           date_from: date | None = None, date_to: date | None = None, modality: str | None = None,
           ids: list[str] | None = None, article_ids: list[str] | None = None,
           limit: int = 20, offset: int = 0) -> Page[EventRow]:
    """``actor`` is an entity id or a name (substring) of the source or target actor.
    Dates filter on the event's own date, else on the article's publication date."""
    w = Where()
    if article_id:
        w.add("ev.article_id = ?", article_id)
    if type:
        w.add("upper(ev.type) = upper(?)", type)
    if modality:
        w.add("ev.modality = ?", modality)
    if actor:
        w.add("(ev.source_entity = ? OR ev.target_entity = ? OR ev.data->'source_actor'->>'name' ILIKE ? ESCAPE '\\' "
              "OR ev.data->'target_actor'->>'name' ILIKE ? ESCAPE '\\')", actor, actor, like(actor), like(actor))
    when = "coalesce(substr(ev.date, 1, 10), CAST(a.published AS VARCHAR))"
    if date_from:
        w.add(f"{when} >= ?", date_from.isoformat())
    if date_to:
        # a month ("2024-12") sorts before its days, so compare prefixes of the bound's length
        w.add(f"{when} <= ?", date_to.isoformat() + "\uffff")
    for col, values in (("ev.id", ids), ("ev.article_id", article_ids)):
        if values is not None:
            if not values:
                return Page(total=0, limit=limit, offset=offset, items=[])
            w.add(f"{col} IN ({','.join('?' * len(values))})", *values)
    total, rows = _page(store, "ev.data, a.title, a.outlet, a.published", "events ev JOIN articles a ON a.id = ev.article_id",
                        w, f"{when} NULLS LAST, ev.article_id, ev.start", limit, offset)
    items = [EventRow(event=Event.model_validate_json(r["data"]), article_title=r["title"] or "", outlet=r["outlet"],
                      published=r["published"]) for r in rows]
    return Page(total=total, limit=limit, offset=offset, items=items)


# entities ---------------------------------------------------------------------------------------
def entities(store: Store, q: str | None = None, type: str | None = None, ids: list[str] | None = None,
             limit: int = 20, offset: int = 0) -> Page[EntitySummary]:
    w = Where()
    if q:
        w.add("(e.name ILIKE ? ESCAPE '\\' OR e.id = ? OR e.id IN (SELECT mm.entity_id FROM mentions mm "
              "WHERE mm.text ILIKE ? ESCAPE '\\'))", like(q), q, like(q))
    if type:
        w.add("upper(e.type) = upper(?)", type)
    if ids is not None:
        if not ids:
            return Page(total=0, limit=limit, offset=offset, items=[])
        w.add(f"e.id IN ({','.join('?' * len(ids))})", *ids)
    frm = ("entities e LEFT JOIN (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS na FROM mentions "
           "GROUP BY entity_id) mc ON mc.entity_id = e.id")
    total, rows = _page(store, "e.id, e.data, coalesce(mc.n, 0) AS n, coalesce(mc.na, 0) AS na", frm, w,
                        "n DESC, e.name, e.id", limit, offset)
    variants = mention_variants(store, [r["id"] for r in rows])
    items = []
    for r in rows:
        ent = Entity.model_validate_json(r["data"])
        items.append(EntitySummary(entity=ent, mentions=r["n"], articles=r["na"],
                                   variants=merge_variants(ent, variants.get(r["id"], []))))
    return Page(total=total, limit=limit, offset=offset, items=items)


def mention_variants(store: Store, entity_ids: list[str]) -> dict[str, list[Variant]]:
    if not entity_ids:
        return {}
    rows = store.query(f"SELECT entity_id, text, count(*) AS n FROM mentions WHERE entity_id IN "
                       f"({','.join('?' * len(entity_ids))}) GROUP BY entity_id, text ORDER BY n DESC, text", entity_ids)
    out: dict[str, list[Variant]] = defaultdict(list)
    for r in rows:
        out[r["entity_id"]].append(Variant(text=r["text"], count=r["n"]))
    return out


def merge_variants(ent: Entity, seen: list[Variant]) -> list[Variant]:
    """Forms found in the text with their counts, then known variants not (yet) seen."""
    have = {v.text for v in seen}
    return seen + [Variant(text=t, count=0) for t in dict.fromkeys([ent.name, *ent.variants]) if t and t not in have]


def entity_timeline(store: Store, entity_id: str) -> list[MentionCount]:
    rows = store.query("SELECT coalesce(a.outlet, '?') AS outlet, a.published, count(*) AS n FROM mentions m "
                       "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? "
                       "GROUP BY 1, 2 ORDER BY 2 NULLS LAST, 1", [entity_id])
    return [MentionCount(outlet=r["outlet"], published=r["published"], count=r["n"]) for r in rows]


# stories and flags ------------------------------------------------------------------------------
def stories(store: Store, q: str | None = None, article_id: str | None = None, limit: int = 20,
            offset: int = 0) -> Page[StorySummary]:
    w = Where()
    if q:
        w.add("title ILIKE ? ESCAPE '\\'", like(q))
    if article_id:
        w.add("list_contains(CAST(data->'article_ids' AS VARCHAR[]), ?)", article_id)
    total, rows = _page(store, "data", "stories", w, 'start DESC NULLS LAST, id', limit, offset)
    return Page(total=total, limit=limit, offset=offset, items=[story_summary(Story.model_validate_json(r["data"])) for r in rows])


def story_summary(s: Story) -> StorySummary:
    return StorySummary(id=s.id, title=s.title, start=s.start, end=s.end, n_articles=len(s.article_ids), outlets=s.outlets)


def get_story(store: Store, story_id: str) -> Story | None:
    rows = store.query("SELECT data FROM stories WHERE id = ?", [story_id])
    return Story.model_validate_json(rows[0]["data"]) if rows else None


def get_entity(store: Store, entity_id: str) -> Entity | None:
    rows = store.query("SELECT data FROM entities WHERE id = ?", [entity_id])
    return Entity.model_validate_json(rows[0]["data"]) if rows else None


def flags(store: Store, kind: str | None = None, article_id: str | None = None, story_id: str | None = None,
          article_ids: list[str] | None = None, limit: int = 20, offset: int = 0) -> Page[FlagRow]:
    """``article_id`` matches a flag raised on the article or pointing at it (contradictions)."""
    w = Where()
    if kind:
        w.add("f.kind = ?", kind)
    if article_id:
        w.add("(f.article_id = ? OR f.other_article_id = ?)", article_id, article_id)
    if story_id and article_ids:
        w.add(f"(f.story_id = ? OR (f.article_id IN ({','.join('?' * len(article_ids))}) AND f.other_article_id IS NOT NULL))",
              story_id, *article_ids)
    elif story_id:
        w.add("f.story_id = ?", story_id)
    frm = ("flags f JOIN articles a ON a.id = f.article_id LEFT JOIN articles o ON o.id = f.other_article_id")
    total, rows = _page(store, "f.data, a.title, a.outlet, o.title AS otitle, o.outlet AS ooutlet", frm, w,
                        "f.kind, f.article_id, f.id", limit, offset)
    items = [FlagRow(flag=Flag.model_validate_json(r["data"]), article_title=r["title"] or "", outlet=r["outlet"],
                     other_article_title=r["otitle"] or "", other_outlet=r["ooutlet"]) for r in rows]
    return Page(total=total, limit=limit, offset=offset, items=items)
