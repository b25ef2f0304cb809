"""The store's tables: which records, with which promoted columns. Apart from the DuckDB
store so that Ray workers, which write these tables as Parquet, need not import DuckDB."""

from __future__ import annotations

from typing import Any

from ..model import Claim, Event, Flag, Mention, Sentence, Source, TimeExpression


# table -> (record class, promoted columns as (name, sql type, getter))
def _span(attr):
    return lambda r: (getattr(r, attr).start if getattr(r, attr) else None)


TABLES: dict[str, tuple[type, list[tuple[str, str, Any]]]] = {
    "sentences": (Sentence, [("idx", "INTEGER", lambda r: r.index), ("start", "INTEGER", lambda r: r.span.start),
                             ("end_", "INTEGER", lambda r: r.span.end), ("glued", "BOOLEAN", lambda r: r.glued)]),
    "mentions": (Mention, [("type", "VARCHAR", lambda r: r.type), ("entity_id", "VARCHAR", lambda r: r.entity_id),
                           ("text", "VARCHAR", lambda r: r.span.text), ("start", "INTEGER", lambda r: r.span.start)]),
    "sources": (Source, [("kind", "VARCHAR", lambda r: r.kind.value), ("name", "VARCHAR", lambda r: r.name),
                         ("entity_id", "VARCHAR", lambda r: r.entity_id), ("parent_id", "VARCHAR", lambda r: r.parent_id)]),
    "claims": (Claim, [("mode", "VARCHAR", lambda r: r.mode.value), ("certainty", "VARCHAR", lambda r: r.certainty.value),
                       ("source_id", "VARCHAR", lambda r: r.source_id), ("speaker", "VARCHAR", lambda r: r.speaker.text if r.speaker else None),
                       ("start", "INTEGER", lambda r: r.message.start)]),
    "times": (TimeExpression, [("type", "VARCHAR", lambda r: r.type), ("value", "VARCHAR", lambda r: r.value),
                               ("start", "INTEGER", lambda r: r.span.start)]),
    "events": (Event, [("type", "VARCHAR", lambda r: r.type), ("modality", "VARCHAR", lambda r: r.modality.value),
                       ("date", "VARCHAR", lambda r: r.date), ("source_entity", "VARCHAR", lambda r: r.source_actor.entity_id if r.source_actor else None),
                       ("target_entity", "VARCHAR", lambda r: r.target_actor.entity_id if r.target_actor else None),
                       ("claim_id", "VARCHAR", lambda r: r.claim_id), ("start", "INTEGER", lambda r: r.span.start)]),
    "flags": (Flag, [("kind", "VARCHAR", lambda r: r.kind), ("score", "DOUBLE", lambda r: r.score),
                     ("other_article_id", "VARCHAR", lambda r: r.other_article_id), ("story_id", "VARCHAR", lambda r: r.story_id)]),
}
RECORD_TABLES = ("sentences", "mentions", "sources", "claims", "times", "events", "flags")


def _record_id(table: str, rec: Any) -> str:
    if table == "sentences":
        return f"{rec.article_id}:s{rec.index}"
    return rec.id
