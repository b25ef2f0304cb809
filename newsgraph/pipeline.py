"""The pipeline: ingest -> nlp -> extract -> link -> checks per article, then the corpus-level
stages (stories, cross-outlet checks) over the store.

``Pipeline.analyse(articles)`` is the Python API for in-memory use; ``ingest(paths, store)``
is what ``newsgraph ingest`` runs: read, deduplicate against the store, analyse in batches,
write each batch atomically, so a crash mid-run followed by a re-run stores every article once.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from . import nlp as nlp_stage
from .config import load as load_config
from .ingest.articles import build_article
from .ingest.decode import BadInput
from .ingest.dedupe import Deduper
from .ingest.readers import RawItem, error, read_paths
from .model import Analysis, Article, IngestError
from .registry import create

log = logging.getLogger("newsgraph")


class Pipeline:
    """Analyse articles with the configured components."""

    def __init__(self, config: dict | None = None) -> None:
        self.config = config or load_config()
        pcfg = self.config.get("pipeline", {})
        self.components = self._build(pcfg.get("components", []))
        self.corpus_components = self._build(pcfg.get("corpus_components", []))

    def _build(self, names: list[str]) -> list[tuple[str, Any]]:
        built = []
        for name in names:
            settings = self.config
            for part in name.split("."):
                settings = settings.get(part, {}) if isinstance(settings, dict) else {}
            try:
                built.append((name, create(name, **settings)))
            except (KeyError, ModuleNotFoundError) as e:
                # a configured component whose module is not installed: say so, run the rest
                log.warning("component %s unavailable: %s", name, e)
        return built

    def nlp(self, lang: str):
        return nlp_stage.load(lang or "de")

    def load_models(self, langs: Iterable[str]) -> dict[str, Any]:
        """The nlp models of ``langs``, loaded (once per process) under the ``[gc]`` thresholds but not frozen:
        the caller's ``collector`` freezes them with the rest. At Python's thresholds loading the German model
        ran ~840 young, ~76 middle and 3 full collections, 1.4-1.6 CPU s of a ~5 s load; under ``[gc]``'s 10
        young ones, ~0.2 (bench/README, twenty-second round, h8). Nothing else changes: the same objects."""
        with collector({"thresholds": gc_settings(self.config).get("thresholds", [])}):
            return {lang: self.nlp(lang) for lang in langs}

    def analyse(self, articles: Iterable[Article]) -> list[Analysis]:
        """Full per-article analysis; duplicates are passed through untouched."""
        articles = list(articles)
        results: dict[int, Analysis] = {}
        by_lang: dict[str, list[int]] = defaultdict(list)
        for i, art in enumerate(articles):
            results[i] = Analysis(article=art)
            if art.duplicate_of is None:
                by_lang[art.language or "de"].append(i)
        # the models are loaded (once per process) before the collector settings freeze what exists
        nlps = self.load_models(by_lang)
        with collector(gc_settings(self.config)):
            for lang, idx in by_lang.items():
                nlp = nlps[lang]
                bs = self.config.get("nlp", {}).get(lang, {}).get("batch_size", 32)
                # layers no later stage reads (nlp_stage.unread_by_stages) are not computed here
                skip = nlp_stage.unread_by_stages(nlp)
                for i, doc in zip(idx, nlp.pipe((articles[i].text for i in idx), batch_size=bs, disable=skip)):
                    a = results[i]
                    nlp_stage.sentences(a, doc)
                    for name, comp in self.components:
                        try:
                            comp(a, doc)
                        except Exception as e:  # one component failing must not lose the article
                            log.exception("component %s failed on %s", name, a.article.id)
                            a.article.warnings.append(f"{name} failed: {type(e).__name__}: {e}")
        return [results[i] for i in range(len(articles))]

    def analyse_text(self, text: str, language: str | None = None, published: str | None = None,
                     outlet: str | None = None, url: str | None = None, title: str = "") -> Analysis:
        item = RawItem(text=text, source_path="<text>", title=title or text.strip().split("\n", 1)[0], url=url)
        art = build_article(item, 1, {"language": language, "published": published, "outlet": outlet})
        return self.analyse([art])[0]

    def after_ingest(self, store, new_ids: list[str], timings: list | None = None) -> None:
        """The corpus components over ``new_ids``; ``timings`` (a list) gets each component's
        (name, wall s, CPU s): the Ray job's serial tail by part (bench/bench_ray.py).

        Under the ``[gc]`` settings, as ``ingest`` already ran them: the Ray driver called this with
        Python's thresholds, and stories.cluster's allocations set off a full pass over everything
        the driver had loaded (KB, name indices, idf), ~0.25 of the tail's ~1.0 CPU s (bench/README.md,
        twenty-seventh round, r1). The components' output is the same."""
        with collector(gc_settings(self.config)):
            for name, comp in self.corpus_components:
                t, c = time.perf_counter(), time.process_time()
                try:
                    comp(store, new_ids)
                except Exception:
                    log.exception("corpus component %s failed", name)
                if timings is not None:
                    timings.append((name, time.perf_counter() - t, time.process_time() - c))


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0  # already in the store from an earlier run
    duplicates: int = 0
    errors: list[IngestError] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)


def _items(paths: list[str | Path], max_bytes: int) -> Iterator[RawItem | IngestError]:
    yield from read_paths(paths, max_bytes)


_GC_LOCK = threading.Lock()
_GC_STATE: dict[str, Any] = {"users": 0, "saved": None, "froze": False}


def gc_settings(config: dict) -> dict:
    """The ``[gc]`` table of ``config`` (default.toml): ``thresholds``, ``freeze``, ``freeze_batches``."""
    return dict(config.get("gc", {}))


@contextmanager
def collector(settings: dict) -> Iterator[None]:
    """The cyclic collector as ``[gc]`` configures it while the block runs (ingest, ``Pipeline.analyse``,
    a Ray worker's partition), undone after it, also after an exception.

    ``thresholds``: ``gc.set_threshold`` (each never below Python's current value; ``[]`` leaves them).
    ``freeze``: the objects that exist on entry (the loaded models, lexicons, KB, per-word memos) are
    frozen out of collection (``gc.freeze``) and handed back at the end (``gc.unfreeze``; both O(1)).
    At Python's defaults (700, 10, 10) a 300-article bench run spends ~2 CPU s in the collector, most of
    it in four full passes over everything loaded; with both settings ~0.35 (bench/README, "the
    collector (h1)"). The setting is per process: overlapping users (API worker threads, ``ingest``
    calling ``analyse``) set it once and the last one out restores it. A process that froze objects
    itself (``gc.get_freeze_count()``) keeps its own freeze: nothing is frozen or unfrozen then."""
    thresholds = [int(x) for x in settings.get("thresholds", [])]
    freeze = bool(settings.get("freeze", False))
    if not any(t > 0 for t in thresholds) and not freeze:
        yield
        return
    with _GC_LOCK:
        if _GC_STATE["users"] == 0:
            saved = _GC_STATE["saved"] = gc.get_threshold()
            if thresholds:
                gc.set_threshold(*(max(t, s) for t, s in zip(thresholds, saved)), *saved[len(thresholds):])
            _GC_STATE["froze"] = freeze and gc.get_freeze_count() == 0
            if _GC_STATE["froze"]:
                gc.freeze()
        _GC_STATE["users"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["users"] -= 1
            if _GC_STATE["users"] == 0:
                if _GC_STATE["froze"]:
                    gc.unfreeze()
                gc.set_threshold(*_GC_STATE["saved"])


def young_collections(threshold: int) -> AbstractContextManager[None]:
    """``collector`` with the young threshold ``threshold`` and the loaded objects frozen; 0 leaves
    the collector alone (for the bench scripts' ``--gc-young``)."""
    return collector({"thresholds": [threshold], "freeze": True} if threshold > 0 else {})


def settle_batch(mode: str) -> None:
    """After a flushed batch, move what survived it (the per-word memos and caches the nlp stage
    and the components grew, the store's and deduper's state) out of the collector's way as
    ``collector`` did for the loaded models, so that later full passes do not walk it
    again. 1,150 articles reach no full pass inside ingest either way; the middle passes cost
    0.41 -> 0.22 CPU s (86 -> 79), peak RSS unchanged, output identical (bench/README, eighteenth
    round, h13); a longer ingest that reaches the full-pass trigger is where it pays. ``"collect"`` first runs one full pass, which only walks the
    objects allocated since the last freeze (one batch), so the batch's cyclic garbage is freed,
    not frozen; ``"freeze"`` freezes without it; ``"off"`` does neither. Only when this ingest
    froze the models and is the process's only one: a concurrent ingest's half-built batch is
    not frozen. ``collector``'s ``gc.unfreeze`` at the end hands it all back."""
    if mode == "off":
        return
    with _GC_LOCK:
        if _GC_STATE["users"] != 1 or not _GC_STATE["froze"]:
            return
        if mode == "collect":
            gc.collect()
        gc.freeze()


def ingest(paths: list[str | Path], store, overrides: dict | None = None, pipeline: Pipeline | None = None,
           batch_size: int = 64, progress: Callable[[int], Any] | None = None,
           items: Iterable[RawItem | IngestError] | None = None) -> IngestReport:
    pipeline = pipeline or Pipeline()
    with collector(gc_settings(pipeline.config)):
        return _ingest(paths, store, overrides, pipeline, batch_size, progress, items)


def _ingest(paths: list[str | Path], store, overrides: dict | None, pipeline: Pipeline, batch_size: int,
            progress: Callable[[int], Any] | None, items: Iterable[RawItem | IngestError] | None) -> IngestReport:
    icfg = pipeline.config["ingest"]
    dedupe = Deduper.from_config(icfg)
    for aid, chash, sig in store.known_articles():
        dedupe.load(aid, chash, sig)
    report = IngestReport()
    settle = str(gc_settings(pipeline.config).get("freeze_batches", "off"))
    batch: list[Article] = []
    sigs: dict[str, Any] = {}

    def flush() -> None:
        if not batch:
            return
        analyses = pipeline.analyse(batch)
        store.put_analyses(analyses, sigs)
        report.stored += len(batch)
        report.new_ids.extend(a.id for a in batch)
        batch.clear()
        sigs.clear()
        del analyses
        settle_batch(settle)

    seen_in_run: set[str] = set()

    def admit(art: Article, stored: set[str]) -> None:
        if art.id in seen_in_run or art.id in stored:
            report.skipped += 1
            return
        seen_in_run.add(art.id)
        dup, kind, sig = dedupe.check(art.id, art.content_hash, art.text)
        if dup:
            art.duplicate_of, art.duplicate_kind = dup, kind
            report.duplicates += 1
        else:
            sigs[art.id] = sig.hashvalues
        batch.append(art)
        if len(batch) >= batch_size:
            flush()

    # items are read ahead by ``batch_size`` so that the store is asked once per chunk which of
    # its articles it has (a query per article was 2 ms each); the store does not change
    # within a chunk except through ``flush``, whose articles are in ``seen_in_run``
    source = iter(items if items is not None else _items(paths, icfg["max_bytes"]))
    while chunk := list(islice(source, batch_size)):
        built: list[Article | None] = []
        for item in chunk:
            if progress:
                progress(1)
            if isinstance(item, IngestError):
                report.errors.append(item)
                built.append(None)
                continue
            try:
                art = build_article(item, icfg["min_chars"], overrides)
            except BadInput as e:
                report.errors.append(error(item.source_path, e.reason, e.detail))
                built.append(None)
                continue
            for w in art.warnings:
                log.warning("%s: %s", art.source_path, w)
            built.append(art)
        stored = store.stored_ids([a.id for a in built if a is not None])
        for art in built:
            if art is not None:
                admit(art, stored)
    flush()
    store.put_errors(report.errors)
    for e in report.errors:
        log.warning("skipped %s: %s %s", e.path, e.reason, e.detail)
    if report.new_ids:
        pipeline.after_ingest(store, report.new_ids)
    return report
