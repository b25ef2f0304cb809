"""``Analysis`` records <-> one Arrow table per record type, as the workers write them.

The columns are the store's (``duckdb_store.TABLES``: the full record as JSON in ``data``
plus the columns queries filter on), with ``seq`` added to keep record order, so the Parquet
output can be queried like the store and read back into the very same records.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyarrow as pa

from ..model import Analysis, Article, Entity, IngestError
from ..store.schema import RECORD_TABLES, TABLES, _record_id

_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64()}

ARTICLES = pa.schema([
    ("seq", pa.int32()), ("id", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
    ("language", pa.string()), ("published", pa.date32()), ("title", pa.string()),
    ("content_hash", pa.string()), ("source_path", pa.string()),
    # False: the worker left it to the driver (already stored, or an exact repeat in the partition)
    ("analysed", pa.bool_()),
    # warnings the pipeline added (a failing component); the article in ``data`` is as ingested
    ("analysis_warnings", pa.list_(pa.string())),
    ("data", pa.string()),
])
ENTITIES = pa.schema([("article_id", pa.string()), ("seq", pa.int32()), ("id", pa.string()), ("name", pa.string()),
                      ("type", pa.string()), ("actor_type", pa.string()), ("country", pa.string()), ("data", pa.string())])
ERRORS = pa.schema([("seq", pa.int32()), ("id", pa.string()), ("path", pa.string()), ("reason", pa.string()),
                    ("detail", pa.string()), ("data", pa.string())])
RECORDS = {t: pa.schema([("article_id", pa.string()), ("seq", pa.int32()), ("id", pa.string()),
                         *[(n, _ARROW[sql]) for n, sql, _ in TABLES[t][1]], ("data", pa.string())])
           for t in RECORD_TABLES}
SCHEMAS: dict[str, pa.Schema] = {"articles": ARTICLES, "entities": ENTITIES, "errors": ERRORS, **RECORDS}


def to_tables(items: list[tuple[Article, Analysis | None, list[str]]], errors: list[IngestError],
              seqs: list[int] | None = None) -> dict[str, pa.Table]:
    """``items``: (article as ingested, its analysis or None, warnings the analysis added);
    ``seqs``: their positions in the partition when ``items`` are only some of its articles (a piece)."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for seq, (art, analysis, warns) in zip(seqs if seqs is not None else range(len(items)), items):
        rows["articles"].append({"seq": seq, "id": art.id, "url": art.url, "outlet": art.outlet, "language": art.language,
                                 "published": art.published, "title": art.title, "content_hash": art.content_hash,
                                 "source_path": art.source_path, "analysed": analysis is not None,
                                 "analysis_warnings": warns, "data": art.model_dump_json()})
        if analysis is None:
            continue
        for t in RECORD_TABLES:
            cols = TABLES[t][1]
            for i, rec in enumerate(getattr(analysis, t)):
                row = {"article_id": art.id, "seq": i, "id": _record_id(t, rec), "data": rec.model_dump_json()}
                row.update({n: g(rec) for n, _, g in cols})
                rows[t].append(row)
        for i, e in enumerate(analysis.entities):
            rows["entities"].append({"article_id": art.id, "seq": i, "id": e.id, "name": e.name, "type": e.type,
                                     "actor_type": e.actor_type, "country": e.country, "data": e.model_dump_json()})
    for seq, e in enumerate(errors):
        rows["errors"].append({"seq": seq, "id": e.id, "path": e.path, "reason": e.reason, "detail": e.detail,
                               "data": e.model_dump_json()})
    return {t: pa.Table.from_pylist(rows[t], schema=s) for t, s in SCHEMAS.items()}


def from_tables(tables: dict[str, pa.Table]) -> tuple[list[tuple[Article, Analysis | None, list[str]]], list[IngestError]]:
    """The inverse of ``to_tables``."""
    per: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for t in (*RECORD_TABLES, "entities"):
        tab = tables[t]
        for aid, seq, data in zip(tab.column("article_id").to_pylist(), tab.column("seq").to_pylist(),
                                  tab.column("data").to_pylist()):
            per[aid][t].append((seq, data))
    classes = {t: TABLES[t][0] for t in RECORD_TABLES} | {"entities": Entity}
    items = []
    arts = tables["articles"].sort_by("seq").to_pylist()
    for row in arts:
        art = Article.model_validate_json(row["data"])
        analysis = None
        if row["analysed"]:
            recs = {t: [classes[t].model_validate_json(d) for _, d in sorted(per[art.id][t])] for t in classes}
            analysis = Analysis(article=art, **recs)
        items.append((art, analysis, list(row["analysis_warnings"] or [])))
    return items, errors_from_table(tables["errors"])


def errors_from_table(tab: pa.Table) -> list[IngestError]:
    return [IngestError.model_validate_json(d) for d in tab.sort_by("seq").column("data").to_pylist()]
