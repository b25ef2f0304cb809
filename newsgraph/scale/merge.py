"""The driver's merge: finished partitions into the store, in input order.

Duplicate decisions depend on what came before, so they are taken here, one partition after
the other, with the same ``Deduper`` and the same skip rules as ``pipeline.ingest``: the store
ends up as the local engine leaves it. Each partition is written in one transaction, its
records as the rows the workers wrote (``DuckDBStore.put_record_tables``). Merging is idempotent (articles already in the
store are skipped, as the local engine skips them), so a re-run or a restarted job merges every
finished partition again, into this store or a new one, without a marker per store.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..ingest.dedupe import Deduper
from ..model import Analysis, Article, IngestError
from ..pipeline import IngestReport, Pipeline
from ..store.schema import RECORD_TABLES
from .tables import SCHEMAS, errors_from_table, to_tables
from .worker import part_dir, read_part, read_tables

log = logging.getLogger("newsgraph.scale")


class Merger:
    def __init__(self, store, out: str | Path, config: dict, report: IngestReport) -> None:
        self.store, self.out, self.config, self.report = store, Path(out), config, report
        icfg = config["ingest"]
        self.dedupe = Deduper.from_config(icfg)
        for aid, chash, sig in store.known_articles():
            self.dedupe.load(aid, chash, sig)
        self.seen_in_run: set[str] = set()
        self._pipeline: Pipeline | None = None
        self.driver_analysed = 0
        self.before_analyse: Any = None  # called before the driver analyses an article itself

    def _analyse(self, art) -> Analysis:
        # only when the worker skipped an article the order of the merge says is new (it was an
        # exact repeat inside its partition of an article that turned out to be already stored)
        if self.before_analyse is not None:
            self.before_analyse()
        if self._pipeline is None:
            self._pipeline = Pipeline(self.config)
        self.driver_analysed += 1
        return self._pipeline.analyse([art])[0]

    def merge(self, pid: str) -> None:
        self.merge_batch([pid])

    def merge_batch(self, pids: list[str]) -> None:
        """Merge finished partitions, in the order given, into the store in ONE transaction.

        Each partition's articles and records are decided exactly as if it were merged alone
        after the ones before it (the duplicate decisions and ``seen_in_run`` run partition by
        partition; what an earlier partition of the batch stored counts as stored), and its rows
        go in after theirs, so the store ends up the same. A crash before the commit leaves
        none of the batch in the store: a re-run merges it again (partitions are only ever
        "done" in the store once committed; the ``_SUCCESS`` markers are the workers')."""
        heads = {pid: read_part(part_dir(self.out, "articles", pid) / "part-0.parquet", SCHEMAS["articles"],
                                ["id"]).column("id").to_pylist() for pid in pids}
        stored = self.store.stored_ids([i for ids in heads.values() for i in ids])
        batch: list[Article] = []
        sigs: dict[str, Any] = {}
        records: dict[str, list[pa.Table]] = {t: [] for t in RECORD_TABLES}
        entities: list[tuple] = []
        errors: list[IngestError] = []
        for pid in pids:
            ids = heads[pid]
            if set(ids) <= stored | self.seen_in_run:
                # merged before (a re-run), or every article repeats one merged earlier in this run
                # (stored by then when partitions were committed one by one): only count, without
                # reading the records back
                self.report.skipped += len(ids)
                errors.extend(errors_from_table(read_tables(self.out, pid, ("errors",))["errors"]))
                continue
            self._decide(pid, stored, batch, sigs, records, entities, errors)
        self.store.put_record_tables(batch, sigs, records, entities)
        self.report.stored += len(batch)
        self.report.new_ids.extend(a.id for a in batch)
        self._errors(errors)

    def _decide(self, pid: str, stored: set[str], batch: list[Article], sigs: dict[str, Any],
                records: dict[str, list[pa.Table]], entities: list[tuple], errors: list[IngestError]) -> None:
        """One partition's articles, duplicate decisions and rows, appended to the batch."""
        tables = read_tables(self.out, pid)
        errors.extend(errors_from_table(tables["errors"]))
        mine: list[Article] = []
        from_workers: list[str] = []  # analysed by a worker: their records go to the store as rows
        by_driver: list[tuple[Article, Analysis, list[str]]] = []
        for row in tables["articles"].sort_by("seq").to_pylist():
            art = Article.model_validate_json(row["data"])
            if art.id in self.seen_in_run or art.id in stored:
                self.report.skipped += 1
                continue
            self.seen_in_run.add(art.id)
            dup, kind, sig = self.dedupe.check(art.id, art.content_hash, art.text)
            if dup:
                art.duplicate_of, art.duplicate_kind = dup, kind
                self.report.duplicates += 1
            else:
                sigs[art.id] = sig.hashvalues
                if row["analysed"]:
                    art.warnings.extend(row["analysis_warnings"] or [])
                    from_workers.append(art.id)
                else:
                    analysis = self._analyse(art)
                    art = analysis.article
                    by_driver.append((art, analysis, []))
            mine.append(art)
        batch.extend(mine)
        # the workers' rows as they are: parsing every record into pydantic and dumping it again
        # was most of the driver's merge
        keep = pa.array(from_workers, pa.string())
        part = {t: tables[t].filter(pc.is_in(tables[t].column("article_id"), value_set=keep))
                for t in (*RECORD_TABLES, "entities")}
        if by_driver:
            own = to_tables(by_driver, [])
            part = {t: pa.concat_tables([tab, own[t]]) for t, tab in part.items()}
        # entities in the order put_analyses takes them (article by article, the last of an id winning)
        ents: dict[str, list[tuple]] = {}
        for r in part.pop("entities").sort_by("seq").to_pylist():
            ents.setdefault(r["article_id"], []).append(
                (r["id"], r["name"], r["type"], r["actor_type"], r["country"], r["data"]))
        entities.extend(e for a in mine for e in ents.get(a.id, []))
        for t, tab in part.items():
            records[t].append(tab)

    def _errors(self, errors: list[IngestError]) -> None:
        if errors:
            self.store.put_errors(errors)
            self.report.errors.extend(errors)
            for e in errors:
                log.warning("skipped %s: %s %s", e.path, e.reason, e.detail)
