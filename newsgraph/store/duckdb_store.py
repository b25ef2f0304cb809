"""Embedded DuckDB store: one file, created on first use."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..model import Analysis, Article, Entity, Flag, IngestError, Story
from .base import Store
from .schema import RECORD_TABLES, TABLES, _record_id


def _replace_entity_ids(obj: Any, mapping: dict[str, str]) -> bool:
    """Rewrite every ``entity_id`` field in a record's JSON in place; True if one changed."""
    changed = False
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "entity_id" and isinstance(v, str) and v in mapping:
                obj[k] = mapping[v]
                changed = True
            elif isinstance(v, (dict, list)):
                changed |= _replace_entity_ids(v, mapping)
    elif isinstance(obj, list):
        for v in obj:
            changed |= _replace_entity_ids(v, mapping)
    return changed


def _columns(rows: list[tuple], names: list[str]) -> pa.Table:
    return pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})


def _record_columns(table: str) -> list[str]:
    return ["id", "article_id", *[n for n, _, _ in TABLES[table][1]], "data"]


_ARTICLE_COLUMNS = ["id", "url", "outlet", "language", "published", "title", "text", "content_hash", "duplicate_of",
                    "duplicate_kind", "source_path", "minhash", "data"]
_ENTITY_COLUMNS = ["id", "name", "type", "actor_type", "country", "data"]


def _article_row(ar: Article, sig: Any) -> tuple:
    return (ar.id, ar.url, ar.outlet, ar.language, ar.published, ar.title, ar.text, ar.content_hash, ar.duplicate_of,
            ar.duplicate_kind, ar.source_path, [int(x) for x in sig] if sig is not None else None, ar.model_dump_json())


class DuckDBStore(Store):
    def __init__(self, path: str | Path = "newsgraph.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, read_only=read_only)
        self._lock = threading.RLock()  # one connection, shared by API worker threads
        if not read_only:
            self._create()

    # schema -------------------------------------------------------------------------------
    def _create(self) -> None:
        c = self.con
        c.execute("""CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, language VARCHAR, published DATE,
            title VARCHAR, text VARCHAR, content_hash VARCHAR, duplicate_of VARCHAR, duplicate_kind VARCHAR,
            source_path VARCHAR, minhash UBIGINT[], ingested_at TIMESTAMP DEFAULT current_timestamp, data JSON)""")
        for table, (_, cols) in TABLES.items():
            extra = "".join(f", {n} {t}" for n, t, _ in cols)
            c.execute(f"CREATE TABLE IF NOT EXISTS {table} (id VARCHAR PRIMARY KEY, article_id VARCHAR{extra}, data JSON)")
            c.execute(f"CREATE INDEX IF NOT EXISTS {table}_article ON {table}(article_id)")
        c.execute("""CREATE TABLE IF NOT EXISTS entities (id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR,
            actor_type VARCHAR, country VARCHAR, data JSON)""")
        c.execute("""CREATE TABLE IF NOT EXISTS stories (id VARCHAR PRIMARY KEY, title VARCHAR, start DATE, "end" DATE,
            n_articles INTEGER, data JSON)""")
        c.execute("""CREATE TABLE IF NOT EXISTS errors (id VARCHAR PRIMARY KEY, path VARCHAR, reason VARCHAR,
            detail VARCHAR, "at" TIMESTAMP)""")

    # writes -------------------------------------------------------------------------------
    def put_analyses(self, analyses: Iterable[Analysis], signatures: dict[str, Any] | None = None) -> None:
        analyses = list(analyses)
        if not analyses:
            return
        signatures = signatures or {}
        ids = [a.article.id for a in analyses]
        rows: dict[str, list[tuple]] = {t: [] for t in RECORD_TABLES}
        for a in analyses:
            for t in RECORD_TABLES:
                _, cols = TABLES[t]
                for rec in getattr(a, t):
                    rows[t].append((_record_id(t, rec), a.article.id, *[g(rec) for _, _, g in cols], rec.model_dump_json()))
        art_rows = [_article_row(a.article, signatures.get(a.article.id)) for a in analyses]
        entities = {e.id: e for a in analyses for e in a.entities}
        ent_rows = [(e.id, e.name, e.type, e.actor_type, e.country, e.model_dump_json()) for e in entities.values()]
        self._write(ids, art_rows, {t: _columns(rows[t], _record_columns(t)) for t in RECORD_TABLES if rows[t]}, ent_rows)

    def put_record_tables(self, articles: list[Article], signatures: dict[str, Any],
                          tables: dict[str, pa.Table | list[pa.Table]], entities: list[tuple]) -> None:
        """``put_analyses`` for analyses whose records are rows already: ``tables`` maps record
        tables to Arrow tables with (at least) the store's columns of ``articles``' records, as
        ``scale.tables`` writes them; ``entities`` are rows (id, name, type, actor_type, country,
        data), the last of an id winning. The Ray driver merges partitions this way instead of
        parsing every record into pydantic and dumping it again. A list of tables per record
        table is several batches (partitions) written in this one transaction, in list order,
        each as it would have been written alone."""
        if not articles:
            return
        art_rows = [_article_row(a, signatures.get(a.id)) for a in articles]
        parts = {t: [x.select(_record_columns(t)) for x in (tab if isinstance(tab, list) else [tab]) if x.num_rows]
                 for t, tab in tables.items()}
        self._write([a.id for a in articles], art_rows, {t: p for t, p in parts.items() if p},
                    list({r[0]: r for r in entities}.values()))

    def _write(self, ids: list[str], art_rows: list[tuple], records: dict[str, pa.Table | list[pa.Table]],
               ent_rows: list[tuple]) -> None:
        with self._lock:
            c = self.con
            c.execute("BEGIN TRANSACTION")
            try:
                # records are only ever written with their article, so an article not stored yet
                # has none to replace: one lookup instead of a DELETE per record table (they were
                # a third of a batch write). Once a stored article's records are deleted, no row
                # can hold a record id of the batch (each contains its article's id), so records
                # go in with a plain INSERT: half the cost of INSERT OR REPLACE per statement, and
                # the rows keep the batch's order, which reads break ties with (rowid)
                placeholders = ",".join("?" * len(ids))
                old = [r[0] for r in c.execute(f"SELECT id FROM articles WHERE id IN ({placeholders})", ids).fetchall()]
                for t in RECORD_TABLES:
                    if old:
                        c.execute(f"DELETE FROM {t} WHERE article_id IN ({','.join('?' * len(old))})", old)
                    if t in records:
                        self._insert_records(t, records[t])
                self._insert_arrow("articles", _columns(art_rows, _ARTICLE_COLUMNS), replace=bool(old))
                if ent_rows:
                    self._bulk_insert("entities", _ENTITY_COLUMNS, ent_rows)
                c.execute("COMMIT")
            except Exception:
                c.execute("ROLLBACK")
                raise

    def _insert_records(self, table: str, batches: pa.Table | list[pa.Table]) -> None:
        if isinstance(batches, pa.Table):
            batches = [batches]
        if len(batches) > 1:
            joined = pa.concat_tables(batches)
            # one statement for the batches of several partitions when no id repeats across them,
            # which is always so: a record id contains its article's id, and an article is
            # merged once. Otherwise each batch alone, so that each keeps the path it would
            # have taken alone (``_insert_arrow``: OR REPLACE for ids repeated within it)
            if pc.count_distinct(joined.column("id")).as_py() == joined.num_rows:
                batches = [joined]
        for batch in batches:
            self._insert_arrow(table, batch, replace=False)

    def _bulk_insert(self, table: str, names: list[str], rows: list[tuple]) -> None:
        # executemany goes row by row in DuckDB; an Arrow scan is two orders of magnitude faster
        self._insert_arrow(table, _columns(rows, names))

    def _insert_arrow(self, table: str, batch: pa.Table, replace: bool = True) -> None:  # noqa: ARG002 (``batch`` is scanned by name)
        cols = ",".join(f'"{n}"' for n in batch.column_names)
        # ``replace=False``: the caller knows no stored row has these ids. Ids repeated within
        # the batch still take the ``OR REPLACE`` path, which keeps the first of them, as it
        # always did (a plain INSERT would fail on them)
        if not replace and pc.count_distinct(batch.column("id")).as_py() < batch.num_rows:
            replace = True
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        self.con.execute(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM batch")

    def _put_entities(self, entities: Iterable[Entity]) -> None:
        # one row per id, the last winning as with row-by-row replaces; executemany was the
        # slowest part of a batch write (bench/bench_pipeline.py --profile)
        rows = list({e.id: (e.id, e.name, e.type, e.actor_type, e.country, e.model_dump_json()) for e in entities}.values())
        if rows:
            self._bulk_insert("entities", _ENTITY_COLUMNS, rows)

    def put_entities(self, entities: Iterable[Entity]) -> None:
        with self._lock:
            self._put_entities(entities)

    def relink_entities(self, changes: dict[str, dict[str, str]], entities: Iterable[Entity] = ()) -> int:
        changes = {a: m for a, m in changes.items() if m}
        entities = list(entities)
        n = 0
        with self._lock:
            c = self.con
            c.execute("BEGIN TRANSACTION")
            try:
                ids = list(changes)
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    ph = ",".join("?" * len(chunk))
                    for t in ("mentions", "sources", "claims", "events"):
                        cls, cols = TABLES[t]
                        rows = c.execute(f"SELECT id, article_id, data FROM {t} WHERE article_id IN ({ph})", chunk).fetchall()
                        updates = []
                        for rid, aid, data in rows:
                            d = json.loads(data)
                            if _replace_entity_ids(d, changes[aid]):
                                rec = cls.model_validate(d)
                                updates.append((*[g(rec) for _, _, g in cols], rec.model_dump_json(), rid))
                        if updates:
                            sets = ", ".join(f"{name} = ?" for name, _, _ in cols)
                            c.executemany(f"UPDATE {t} SET {sets}, data = ? WHERE id = ?", updates)
                            n += len(updates)
                self._put_entities(entities)
                c.execute("COMMIT")
            except Exception:
                c.execute("ROLLBACK")
                raise
        return n

    def put_record_data(self, table: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        batch = pa.table({"id": [r[0] for r in rows], "data": [r[1] for r in rows]})  # noqa: F841 (scanned by name)
        # one statement joined with an Arrow table: the VALUES lists of 500 rows took three
        # times as long to bind and plan (bench/README.md)
        with self._lock:
            self.con.execute(f"UPDATE {table} SET data = batch.data FROM batch WHERE {table}.id = batch.id")

    # one row per id and one Arrow scan per call: executemany writes row by row
    def put_errors(self, errors: Iterable[IngestError]) -> None:
        rows = list({e.id: (e.id, e.path, e.reason, e.detail, e.at) for e in errors}.values())
        if rows:
            with self._lock:
                self._bulk_insert("errors", ["id", "path", "reason", "detail", "at"], rows)

    def put_stories(self, stories: Iterable[Story], replace: bool = False) -> None:
        rows = list({s.id: (s.id, s.title, s.start, s.end, len(s.article_ids), s.model_dump_json()) for s in stories}.values())
        with self._lock:
            if replace:
                self.con.execute("DELETE FROM stories")
            if rows:
                self._bulk_insert("stories", ["id", "title", "start", "end", "n_articles", "data"], rows)

    def put_flags(self, flags: Iterable[Flag]) -> None:
        _, cols = TABLES["flags"]
        rows = list({f.id: (f.id, f.article_id, *[g(f) for _, _, g in cols], f.model_dump_json()) for f in flags}.values())
        if rows:
            with self._lock:
                self._bulk_insert("flags", ["id", "article_id", *[n for n, _, _ in cols], "data"], rows)

    # reads --------------------------------------------------------------------------------
    def known_articles(self) -> Iterator[tuple[str, str, Any]]:
        with self._lock:
            rows = self.con.execute("SELECT id, content_hash, minhash FROM articles WHERE duplicate_of IS NULL").fetchall()
        yield from rows

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def stored_ids(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return set()
        with self._lock:
            rows = self.con.execute(f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
        return {r[0] for r in rows}

    def find_article_id(self, prefix: str) -> str | None:
        with self._lock:
            rows = self.con.execute("SELECT id FROM articles WHERE id LIKE ? || '%' ORDER BY id LIMIT 2", [prefix]).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def get_article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self.con.execute("SELECT data FROM articles WHERE id = ?", [article_id]).fetchone()
        return Article.model_validate_json(row[0]) if row else None

    def get_analysis(self, article_id: str) -> Analysis | None:
        return next(self.iter_analyses([article_id]), None)

    def iter_analyses(self, article_ids: Iterable[str] | None = None,
                      records: Iterable[str] | None = None) -> Iterator[Analysis]:
        wanted = set(Analysis.RECORD_FIELDS if records is None else records)
        if "entities" in wanted:
            wanted.add("mentions")  # an analysis's entities are those its mentions name
        with self._lock:
            if article_ids is None:
                ids = [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY published NULLS LAST, id").fetchall()]
            else:
                ids = list(article_ids)
        for chunk_start in range(0, len(ids), 200):
            chunk = ids[chunk_start : chunk_start + 200]
            yield from self._load_chunk(chunk, wanted)

    def _load_chunk(self, ids: list[str], wanted: set[str]) -> Iterator[Analysis]:
        if not ids:
            return
        ph = ",".join("?" * len(ids))
        with self._lock:
            arts = dict(self.con.execute(f"SELECT id, data FROM articles WHERE id IN ({ph})", ids).fetchall())
            per: dict[str, dict[str, list]] = {i: {t: [] for t in RECORD_TABLES} for i in ids}
            for t in RECORD_TABLES:
                if t not in wanted:
                    continue
                cls = TABLES[t][0]
                order = "idx" if t == "sentences" else "start" if t != "sources" and t != "flags" else "id"
                # records with one start (two events of a sentence, a name and a description
                # at one place) in the order they were written, not in one DuckDB chose:
                # that order varied with how the rows were inserted
                for aid, data in self.con.execute(f"SELECT article_id, data FROM {t} WHERE article_id IN ({ph}) ORDER BY article_id, {order}, rowid", ids).fetchall():
                    per[aid][t].append(cls.model_validate_json(data))
            ent_ids = {m.entity_id for i in ids for m in per[i]["mentions"] if m.entity_id}
            ents: dict[str, Entity] = {}
            if ent_ids and "entities" in wanted:
                eph = ",".join("?" * len(ent_ids))
                ents = {r[0]: Entity.model_validate_json(r[1]) for r in self.con.execute(f"SELECT id, data FROM entities WHERE id IN ({eph})", list(ent_ids)).fetchall()}
        for i in ids:
            if i not in arts:
                continue
            a = Analysis(article=Article.model_validate_json(arts[i]), **per[i])
            # by id: one id is one object here (comparing the pydantic objects was quadratic)
            seen: dict[str, Entity] = {}
            for m in a.mentions:
                if m.entity_id in ents and m.entity_id not in seen:
                    seen[m.entity_id] = ents[m.entity_id]
            a.entities = list(seen.values())
            yield a

    def counts(self) -> dict[str, int]:
        out = {}
        with self._lock:
            for t in ("articles", *RECORD_TABLES, "entities", "stories", "errors"):
                out[t] = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            out["duplicates"] = self.con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
        return out

    def query(self, sql: str, params: list | None = None) -> list[dict]:
        with self._lock:
            cur = self.con.execute(sql, params or [])
            cols = [d[0] for d in cur.description] if cur.description else []
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def export(self, directory: str, fmt: str) -> list[str]:
        """JSONL: one full ``Analysis`` per line (lossless). Parquet: one file per table."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        if fmt == "jsonl":
            p = out / "analyses.jsonl"
            with p.open("w", encoding="utf-8") as fh:
                for a in self.iter_analyses():
                    fh.write(a.model_dump_json() + "\n")
            written.append(str(p))
            for table in ("entities", "stories", "errors"):
                p = out / f"{table}.jsonl"
                with self._lock:
                    # in id order: without it DuckDB's row order varies from run to run, and two
                    # exports of one store could not be compared line by line
                    self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY id) TO '{p}' (FORMAT JSON)")
                written.append(str(p))
        elif fmt == "parquet":
            for table in ("articles", *RECORD_TABLES, "entities", "stories", "errors"):
                p = out / f"{table}.parquet"
                with self._lock:
                    self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY id) TO '{p}' (FORMAT PARQUET)")
                written.append(str(p))
        else:
            raise ValueError(f"unknown export format {fmt!r} (jsonl or parquet)")
        return written

    def close(self) -> None:
        with self._lock:
            self.con.close()
