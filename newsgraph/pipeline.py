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
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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

    def analyse(self, articles: Iterable[Article]) -> list[Analysis]:
        """Full per-article analysis; duplicates are passed through untouched."""
        articles = list(articles)
        results: dict[int, Analysis] = {}
        by_lang: dict[str, list[int]] = defaultdict(list)
        for i, art in enumerate(articles):
            results[i] = Analysis(article=art)
            if art.duplicate_of is None:
                by_lang[art.language or "de"].append(i)
        for lang, idx in by_lang.items():
            nlp = self.nlp(lang)
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

    def after_ingest(self, store, new_ids: list[str]) -> None:
        for name, comp in self.corpus_components:
            try:
                comp(store, new_ids)
            except Exception:
                log.exception("corpus component %s failed", name)


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


@contextmanager
def young_collections(threshold: int) -> Iterator[None]:
    """While the block runs, Python's young-generation collection threshold is raised to
    ``threshold`` (never lowered) and the objects that exist on entry (the loaded models,
    lexicons and KB) are frozen out of collection (``gc.freeze``); both are undone after it.
    0 leaves the collector alone. Ingest allocates records by the hundred thousand: at the
    default threshold (700) the collector ran ~1,500 young passes per 300 bench articles and
    full passes over the ~600k objects of the models and lexicons (0.25-0.36 CPU s each); with
    both, the collector's time in a 300-article bench run fell from 2.3-2.5 to 1.6-1.7 CPU s, output
    identical (bench/README.md, twelfth round). The setting is per process: overlapping ingests (API
    worker threads) set it once and the last one out restores it. A process that froze objects
    itself (``gc.get_freeze_count()``) keeps its own freeze: nothing is frozen or unfrozen then."""
    if threshold <= 0:
        yield
        return
    with _GC_LOCK:
        if _GC_STATE["users"] == 0:
            saved = _GC_STATE["saved"] = gc.get_threshold()
            gc.set_threshold(max(threshold, saved[0]), *saved[1:])
            _GC_STATE["froze"] = gc.get_freeze_count() == 0
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


def settle_batch(mode: str) -> None:
    """After a flushed batch, move what survived it (the per-word memos and caches the nlp stage
    and the components grew, the store's and deduper's state) out of the collector's way as
    ``young_collections`` did for the loaded models, so that later full passes do not walk it
    again. 1,150 articles reach no full pass inside ingest either way; the middle passes cost
    0.41 -> 0.22 CPU s (86 -> 79), peak RSS unchanged, output identical (bench/README, eighteenth
    round, h13); a longer ingest that reaches the full-pass trigger is where it pays. ``"collect"`` first runs one full pass, which only walks the
    objects allocated since the last freeze (one batch), so the batch's cyclic garbage is freed,
    not frozen; ``"freeze"`` freezes without it; ``"off"`` does neither. Only when this ingest
    froze the models and is the process's only one: a concurrent ingest's half-built batch is
    not frozen. ``young_collections``' ``gc.unfreeze`` at the end hands it all back."""
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
    with young_collections(int(pipeline.config["ingest"].get("gc_young_threshold", 0))):
        return _ingest(paths, store, overrides, pipeline, batch_size, progress, items)


def _ingest(paths: list[str | Path], store, overrides: dict | None, pipeline: Pipeline, batch_size: int,
            progress: Callable[[int], Any] | None, items: Iterable[RawItem | IngestError] | None) -> IngestReport:
    icfg = pipeline.config["ingest"]
    dedupe = Deduper.from_config(icfg)
    for aid, chash, sig in store.known_articles():
        dedupe.load(aid, chash, sig)
    report = IngestReport()
    settle = str(icfg.get("gc_freeze_batches", "off"))
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
