"""Where the time goes: articles/s and words/s per stage and for the whole pipeline, on one core.

  OMP_NUM_THREADS=1 python bench/bench_pipeline.py [--gnad 200] [--quotes 100] [--profile prof.txt]

Articles: the first N of 10kGNAD (``corpora/10kgnad/test.csv``) and of the quotes-de dev
articles (German Wikinews), from ``$NEWSGRAPH_SHARED/data`` (default ``../shared``). In one run:

1. the bare spaCy model pass (``nlp.pipe`` of the configured German pipeline, our segmenter
   included, as the batch pipeline runs it: without the layers no later stage reads, such as HanTa's
   corrected tags) over the texts, with each pipe's share (the left-out pipes marked "[load only]": what a newsgraph.nlp.load() user pays on top);
2. the stages one by one on those docs: ingest (read, build, dedupe), sentences, every
   configured component, store (DuckDB writes), corpus components (stories, cross-outlet checks),
   under the pipeline's collector setting (``[gc]``);
3. the whole pipeline end to end (``pipeline.ingest`` into a fresh store, models already loaded
   and warmed on the seed article); run first, so caches filled by 1. and 2. do not flatter it.

The overhead of our own stages is (whole pipeline - model pass) / model pass. Rates are given
per CPU second of this process (what one free core gives; the machine is shared) and per wall
second. Peak memory is this process's maximum RSS. ``--profile`` writes a pyinstrument profile
of step 3.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def shared() -> Path:
    return Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared")) / "data"


def corpus(n_gnad: int, n_quotes: int) -> list[dict]:
    """Real German news as JSONL records: 10kGNAD texts, then quotes-de Wikinews articles."""
    out: list[dict] = []
    gnad = shared() / "corpora" / "10kgnad" / "test.csv"
    csv.field_size_limit(10_000_000)
    with gnad.open(encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if len(out) >= n_gnad:
                break
            if len(row) >= 2:
                out.append({"text": row[1], "url": f"https://www.derstandard.at/10kgnad/test/{i}", "outlet": "derStandard.at",
                            "language": "de"})
    qdir = shared() / "quotes-de" / "data" / "dev"
    for p in sorted(qdir.glob("*.json"))[:n_quotes]:
        d = json.loads(p.read_text("utf-8"))
        name = d["documentName"]
        m = re.match(r"(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)$", name)
        title = m.group(2) if m else name
        out.append({"title": title, "text": d["originalText"], "published": m.group(3) if m else None,
                    "url": f"https://de.wikinews.org/wiki/?curid={m.group(1) if m else name}", "outlet": "Wikinews",
                    "language": "de"})
    return out


def corpus_articles(n_gnad: int, n_quotes: int, source: str = "bench") -> list:
    """``corpus`` as model Articles, for benches that time components on cached parses."""
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem

    return [build_article(RawItem(text=r["text"], source_path=source, title=r.get("title", ""), url=r.get("url"),
                                  outlet=r.get("outlet"), language=r.get("language"), published=r.get("published")), 0)
            for r in corpus(n_gnad, n_quotes)]


def cached_parses(texts: list[str], nlp, cache: str | None) -> list:
    """The model pass over ``texts``, read from the DocBin ``cache`` when it holds them all, else run and saved there."""
    from spacy.tokens import DocBin

    if cache and Path(cache).exists():
        by_text = {d.text: d for d in DocBin().from_disk(cache).get_docs(nlp.vocab)}
        if all(t in by_text for t in texts):
            return [by_text[t] for t in texts]
    docs = list(nlp.pipe(texts, batch_size=32))
    if cache:
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def fresh_analyses(arts: list, docs: list) -> list:
    """New Analyses with sentences only, so each timed repetition starts from the pipeline's state before extract."""
    from newsgraph import nlp as nlp_stage
    from newsgraph.model import Analysis

    out = []
    for a, d in zip(arts, docs):
        an = Analysis(article=a.model_copy(deep=True))
        nlp_stage.sentences(an, d)
        out.append(an)
    return out


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


class Clock:
    """CPU and wall seconds per named stage."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.wall: dict[str, float] = defaultdict(float)

    def add(self, name: str, c0: float, w0: float) -> None:
        self.cpu[name] += time.process_time() - c0
        self.wall[name] += time.perf_counter() - w0


def now() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TimedNlp:
    """The model pass as the pipeline runs it: CPU seconds spent inside ``nlp.pipe``. The
    separate model pass of step 1 runs after step 3 with the nlp components' per-word caches
    (HanTa analyses) warm; this one pays for them cold, as a fresh ingest does."""

    def __init__(self, nlp) -> None:
        self.nlp, self.cpu = nlp, 0.0

    def __getattr__(self, name: str):
        return getattr(self.nlp, name)

    def pipe(self, texts, **kw):
        it = self.nlp.pipe(texts, **kw)
        while True:
            c0 = time.process_time()
            doc = next(it, None)
            self.cpu += time.process_time() - c0
            if doc is None:
                return
            yield doc


def gc_setting(config: dict):
    """The collector as the pipeline sets it while analysing: ``[gc]`` (pipeline.collector), or in a tree
    before it ``[ingest] gc_young_threshold`` (so this script can time older commits the same way)."""
    from newsgraph import pipeline as pl

    if hasattr(pl, "collector"):
        return pl.collector(pl.gc_settings(config))
    return pl.young_collections(int(config.get("ingest", {}).get("gc_young_threshold", 0)))


def run(args) -> dict:
    from newsgraph import nlp as nlp_stage
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.dedupe import Deduper
    from newsgraph.ingest.readers import read_paths
    from newsgraph.model import Analysis
    from newsgraph.pipeline import Pipeline, ingest
    from newsgraph.store import DuckDBStore

    tmp = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    src = write_jsonl(corpus(args.gnad, args.quotes), tmp / "articles.jsonl")
    t_load = time.perf_counter()
    pipeline = Pipeline()
    nlp = nlp_stage.load("de")
    # lazy loads (KB, lexicons) happen on the seed article, which is not among the measured ones
    pipeline.analyse_text((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"), language="de")
    icfg = pipeline.config["ingest"]
    Deduper(icfg["near_duplicate_threshold"], icfg["minhash_perm"])  # its lazy import, as the other modules' above
    t_load = time.perf_counter() - t_load
    clock = Clock()

    # 3 first, so that no cache filled by the stage-by-stage runs flatters the end-to-end figure
    full_store = DuckDBStore(tmp / "full.duckdb")
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.005)
        profiler.start()
    timed = TimedNlp(nlp)
    pipeline.nlp = lambda lang: timed  # type: ignore[method-assign]
    c0, w0 = now()
    report = ingest([src], full_store, pipeline=pipeline)
    del pipeline.nlp
    full_cpu, full_wall = time.process_time() - c0, time.perf_counter() - w0
    if profiler:
        profiler.stop()
        Path(args.profile).write_text(profiler.output_text(unicode=True, color=False, show_all=False), "utf-8")
    if args.export:
        # to check that a speed-up changed nothing: diff two exports of the same corpus
        full_store.export(args.export, "jsonl")
    full_store.close()
    if args.end_to_end_only:
        return {"articles": report.stored, "words": sum(len(r["text"].split()) for r in corpus(args.gnad, args.quotes)),
                "load_s": t_load, "clock": clock, "pipes": Clock(), "full_cpu": full_cpu, "full_wall": full_wall,
                "stored": report.stored, "peak_mb": peak_mb(), "model_in_full": timed.cpu}

    # ingest: read + build + dedupe, as pipeline.ingest does it
    c0, w0 = now()
    dedupe = Deduper(icfg["near_duplicate_threshold"], icfg["minhash_perm"])
    arts = []
    for item in read_paths([src], icfg["max_bytes"]):
        a = build_article(item, icfg["min_chars"])
        dup, kind, _ = dedupe.check(a.id, a.content_hash, a.text)
        if dup:
            a.duplicate_of, a.duplicate_kind = dup, kind
        arts.append(a)
    clock.add("ingest", c0, w0)
    arts = [a for a in arts if a.duplicate_of is None]
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    bs = pipeline.config["nlp"]["de"].get("batch_size", 32)

    # 1. the bare model pass as the pipeline runs it (without the layers no later stage reads,
    # nlp_stage.unread_by_stages), and each pipe's share of it (pipe by pipe over the same batches);
    # the left-out pipes are timed too, marked, as what a newsgraph.nlp.load() user pays on top
    skip = nlp_stage.unread_by_stages(nlp)
    c0, w0 = now()
    docs = list(nlp.pipe(texts, batch_size=bs, disable=skip))
    clock.add("model pass (nlp.pipe)", c0, w0)
    pipes = Clock()
    for k in range(0, len(texts), bs):
        c0, w0 = now()
        batch = [nlp.make_doc(t) for t in texts[k:k + bs]]
        pipes.add("tokenizer", c0, w0)
        for name, proc in nlp.pipeline:
            c0, w0 = now()
            batch = list(proc.pipe(batch, batch_size=bs)) if hasattr(proc, "pipe") else [proc(d) for d in batch]
            pipes.add(f"{name.removeprefix('newsgraph_')} [load only]" if name in skip else name, c0, w0)

    # 2. our stages one by one, on the docs of the model pass, under the collector setting the pipeline
    # runs them with ([gc]; at Python's defaults a full pass over everything loaded and held lands in
    # whichever stage allocates when it comes due: round 20's checks.article +0.6, bench/README h1 round 21)
    analyses = [Analysis(article=a.model_copy(deep=True)) for a in arts]
    with gc_setting(pipeline.config):
        for a, doc in zip(analyses, docs):
            c0, w0 = now()
            nlp_stage.sentences(a, doc)
            clock.add("sentences", c0, w0)
            for name, comp in pipeline.components:
                c0, w0 = now()
                try:
                    comp(a, doc)
                except Exception as e:  # as Pipeline.analyse: a failing component does not stop the run
                    a.article.warnings.append(f"{name} failed: {e}")
                clock.add(name, c0, w0)
        store = DuckDBStore(tmp / "stages.duckdb")
        c0, w0 = now()
        for k in range(0, len(analyses), 64):
            store.put_analyses(analyses[k:k + 64])
        clock.add("store", c0, w0)
        for name, comp in pipeline.corpus_components:
            c0, w0 = now()
            comp(store, [a.article.id for a in analyses])
            clock.add(name, c0, w0)
        store.close()

    return {"articles": len(arts), "words": words, "load_s": t_load, "clock": clock, "pipes": pipes,
            "full_cpu": full_cpu, "full_wall": full_wall, "stored": report.stored, "peak_mb": peak_mb(),
                "model_in_full": timed.cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gnad", type=int, default=200, help="10kGNAD articles")
    ap.add_argument("--quotes", type=int, default=100, help="quotes-de (Wikinews) articles")
    ap.add_argument("--profile", help="write a pyinstrument profile of the end-to-end run here")
    ap.add_argument("--export", help="export the end-to-end run's store as JSONL into this directory")
    ap.add_argument("--end-to-end-only", action="store_true",
                    help="only the whole pipeline (no model pass or stage rows; for profiles and exports)")
    args = ap.parse_args()
    r = run(args)
    n, w = r["articles"], r["words"]
    clock, pipes = r["clock"], r["pipes"]
    inner, full = r["model_in_full"], r["full_cpu"]
    in_full = (f"model pass inside it (cold per-word caches) {inner:.2f} CPU s, the rest {full - inner:.2f} = "
               f"{100 * (full - inner) / inner:.0f}% of it")
    if args.end_to_end_only:
        print(f"articles={n} words={w} load avg {os.getloadavg()[0]:.1f}  whole pipeline {full:.2f} CPU s "
              f"({n / full:.1f} articles/CPU s), {r['full_wall']:.1f} wall s; peak RSS {r['peak_mb']:.0f} MB")
        print(in_full)
        return
    model_cpu = clock.cpu["model pass (nlp.pipe)"]
    print(f"articles={n} words={w} (avg {w / n:.0f} words)  model load + warm-up {r['load_s']:.1f}s  "
          f"load avg {os.getloadavg()[0]:.1f}  OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}")
    print(f"{'stage':<28}{'CPU s':>8}{'art/s':>9}{'words/s':>10}{'wall art/s':>12}{'% of model':>12}")

    def row(name: str, cpu: float, wall: float) -> None:
        print(f"{name:<28}{cpu:>8.2f}{n / cpu:>9.1f}{w / cpu:>10,.0f}{n / wall:>12.1f}{100 * cpu / model_cpu:>11.1f}%")

    for name in clock.cpu:
        row(name, clock.cpu[name], clock.wall[name])
    print("  pipes of the model pass:")
    for name in pipes.cpu:
        row("    " + name, pipes.cpu[name], pipes.wall[name])
    ours = sum(v for k, v in clock.cpu.items() if k != "model pass (nlp.pipe)")
    print(f"{'our stages (sum)':<28}{ours:>8.2f}{n / ours:>9.1f}{w / ours:>10,.0f}{'':>12}{100 * ours / model_cpu:>11.1f}%")
    row("whole pipeline (ingest())", r["full_cpu"], r["full_wall"])
    print(f"overhead of our stages over the model pass: {100 * (r['full_cpu'] - model_cpu) / model_cpu:.0f}% "
          f"(end to end) / {100 * ours / model_cpu:.0f}% (sum of stages)")
    print(f"whole pipeline: {in_full}")
    print(f"whole pipeline: {n / r['full_cpu']:.1f} articles/s per CPU second, {n / r['full_wall']:.1f} wall; "
          f"peak RSS {r['peak_mb']:.0f} MB; stored {r['stored']}")


if __name__ == "__main__":
    main()
