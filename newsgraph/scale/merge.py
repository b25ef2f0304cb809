"""The driver's merge: finished partitions into the store, in input order.

Duplicate decisions depend on what came before, so they are taken here, one partition after
the other, with the same ``Deduper`` and the same skip rules as ``pipeline.ingest``: the store
ends up as the local engine leaves it. Each partition is written through
``Store.put_analyses`` in one transaction. Merging is idempotent (articles already in the
store are skipped, as the local engine skips them), so a re-run or a restarted job merges every
finished partition again, into this store or a new one, without a marker per store.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..ingest.dedupe import Deduper
from ..model import Analysis, IngestError
from ..pipeline import IngestReport, Pipeline
from .tables import from_tables
from .worker import part_dir, read_tables

log = logging.getLogger("newsgraph.scale")


class Merger:
    def __init__(self, store, out: str | Path, config: dict, report: IngestReport) -> None:
        self.store, self.out, self.config, self.report = store, Path(out), config, report
        icfg = config["ingest"]
        self.dedupe = Deduper(icfg["near_duplicate_threshold"], icfg["minhash_perm"])
        for aid, chash, sig in store.known_articles():
            self.dedupe.load(aid, chash, sig)
        self.seen_in_run: set[str] = set()
        self._pipeline: Pipeline | None = None
        self.driver_analysed = 0

    def _analyse(self, art) -> Analysis:
        # only when the worker skipped an article the order of the merge says is new (it was an
        # exact repeat inside its partition of an article that turned out to be already stored)
        if self._pipeline is None:
            self._pipeline = Pipeline(self.config)
        self.driver_analysed += 1
        return self._pipeline.analyse([art])[0]

    def merge(self, pid: str) -> None:
        ids = pq.read_table(part_dir(self.out, "articles", pid) / "part-0.parquet", columns=["id"]).column("id").to_pylist()
        stored: set[str] = set()
        if ids:
            ph = ",".join("?" * len(ids))
            stored = {r["id"] for r in self.store.query(f"SELECT id FROM articles WHERE id IN ({ph})", ids)}
        if set(ids) <= stored:
            # merged before (a re-run): only count, without reading the records back
            self.report.skipped += len(ids)
            self._errors(from_tables(read_tables(self.out, pid, ("articles", "errors")))[1])
            return
        items, errors = from_tables(read_tables(self.out, pid))
        batch: list[Analysis] = []
        sigs: dict[str, Any] = {}
        for art, analysis, warns in items:
            if art.id in self.seen_in_run or art.id in stored:
                self.report.skipped += 1
                continue
            self.seen_in_run.add(art.id)
            dup, kind, sig = self.dedupe.check(art.id, art.content_hash, art.text)
            if dup:
                art.duplicate_of, art.duplicate_kind = dup, kind
                self.report.duplicates += 1
                batch.append(Analysis(article=art))
                continue
            sigs[art.id] = sig.hashvalues
            if analysis is None:
                analysis = self._analyse(art)
            else:
                art.warnings.extend(warns)
            batch.append(analysis)
        self.store.put_analyses(batch, sigs)
        self.report.stored += len(batch)
        self.report.new_ids.extend(a.article.id for a in batch)
        self._errors(errors)

    def _errors(self, errors: list[IngestError]) -> None:
        if errors:
            self.store.put_errors(errors)
            self.report.errors.extend(errors)
            for e in errors:
                log.warning("skipped %s: %s %s", e.path, e.reason, e.detail)
