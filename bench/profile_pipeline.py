"""Where the whole pipeline's CPU time goes: ``pipeline.ingest`` end to end, every CPU second
charged to exactly one stage, and a CPU-time stack sample per stage.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/profile_pipeline.py \
        --gnad 1000 --quotes 150 [--sample /tmp/x.stacks] [--top 12] [--interval 0.002] [--export DIR]

The articles are bench_pipeline.py's corpus, ingested into a fresh DuckDB store after the
models are loaded and warmed on the seed article (as ``bench_pipeline.py --end-to-end-only``).
The stages are labels pushed and popped around the pipeline's parts (functions wrapped in this
process only; the code under test is not changed): reading, ``build_article``, the deduper, the
store's id lookups, the tokenizer and each pipe of the spaCy model pass (spaCy's ``_pipe``
wrapped, so a pipe's generator is charged only its own time, not that of the pipes upstream of
it), ``sentences``, each per-article component, the store's writes (records serialised vs the
DuckDB transaction), each corpus component (its store reads apart), and the cyclic collector
(``gc.callbacks``). CPU time no label claims is "other" (``Pipeline.analyse``'s own loop,
``Analysis`` creation, the ingest loop). Each CPU second is charged to the innermost label
open at the time (``time.process_time`` at every push and pop).

``--sample FILE`` also samples the Python stack every ``--interval`` s of process CPU time
(``ITIMER_PROF``, weighted by CPU time, bench/stage_profile.py's sampler) and prints each
stage's functions with the most self time (time in C code is charged to the Python function
that called it; Cython pipes show as the thinc layers they call). Python runs a signal handler
only between bytecodes, so a long stretch of Cython without Python calls (the parser's and the NER's
transition loops, the tokenizer) is charged to the next Python function that runs after it
(``minibatch``, ``enum.__members__``, ``lex_attrs.lower``): the per-stage totals are exact, the
functions inside a Cython pipe are not. ``--export DIR`` writes the store as JSONL afterwards
(``Store.export``); the articles' ``source_path`` names this run's temporary directory.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from stage_profile import CpuSampler  # noqa: E402


class Labels:
    """Exclusive CPU seconds per label: the innermost open label is charged."""

    def __init__(self) -> None:
        self.cpu: collections.Counter = collections.Counter()
        self.calls: collections.Counter = collections.Counter()
        self.stack = ["other"]
        self.gc_gen: dict[int, tuple[int, float]] = {}  # collector passes and CPU s per generation
        self.gc_t0 = 0.0
        self._t = time.process_time()

    def push(self, label: str) -> None:
        t = time.process_time()
        self.cpu[self.stack[-1]] += t - self._t
        self._t = t
        self.stack.append(label)
        self.calls[label] += 1

    def pop(self) -> None:
        t = time.process_time()
        self.cpu[self.stack[-1]] += t - self._t
        self._t = t
        self.stack.pop()

    def func(self, label: str, fn):
        @functools.wraps(fn)
        def wrapped(*a, **kw):
            self.push(label)
            try:
                return fn(*a, **kw)
            finally:
                self.pop()
        return wrapped

    def gen(self, label: str, it):
        """A generator's steps charged to ``label`` (not the time its consumer spends between them)."""
        it = iter(it)
        while True:
            self.push(label)
            try:
                x = next(it)
            except StopIteration:
                return
            finally:
                self.pop()
            yield x

    def gen_func(self, label: str, fn):
        @functools.wraps(fn)
        def wrapped(*a, **kw):
            return self.gen(label, fn(*a, **kw))
        return wrapped


class LabelSampler(CpuSampler):
    """stage_profile's sampler with each stack rooted at the stage label open when it was taken, and
    frames named by function."""

    def __init__(self, labels: Labels, interval: float) -> None:
        super().__init__(interval, where="function")
        self.labels = labels

    def _key(self, names: list[str]) -> str:
        if names and names[0].startswith("_handler"):
            names = names[1:]
        return ";".join([self.labels.stack[-1], *reversed(names)])

    def own_by_label(self) -> dict[str, collections.Counter]:
        out: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for stack, w in self.stacks.items():
            frames = stack.split(";")
            out[frames[0]][frames[-1]] += w
        return out


def instrument(labels: Labels, pipeline, nlp) -> None:
    """Wrap the pipeline's parts with labels (this process only)."""
    import spacy.language

    from newsgraph import nlp as nlp_stage
    from newsgraph import pipeline as pl
    from newsgraph.ingest.dedupe import Deduper
    from newsgraph.store.duckdb_store import DuckDBStore

    pl._items = labels.gen_func("ingest: read", pl._items)
    pl.build_article = labels.func("ingest: build_article", pl.build_article)
    Deduper.check = labels.func("ingest: dedupe", Deduper.check)
    DuckDBStore.stored_ids = labels.func("store: id lookups", DuckDBStore.stored_ids)
    DuckDBStore.known_articles = labels.gen_func("store: id lookups", DuckDBStore.known_articles)
    DuckDBStore.put_analyses = labels.func("store: records to rows (pydantic JSON)", DuckDBStore.put_analyses)
    DuckDBStore._write = labels.func("store: DuckDB transaction", DuckDBStore._write)
    DuckDBStore._load_chunk = labels.gen_func("store: reads (corpus stages)", DuckDBStore._load_chunk)
    nlp_stage.sentences = labels.func("sentences", nlp_stage.sentences)

    orig_pipe = spacy.language._pipe

    def _pipe(docs, proc, name, **kw):
        return labels.gen(f"model: {name}", orig_pipe(docs, proc=proc, name=name, **kw))

    spacy.language._pipe = _pipe
    nlp._ensure_doc = labels.func("model: tokenizer", nlp._ensure_doc)
    pipeline.components = [(n, labels.func(n, c)) for n, c in pipeline.components]
    pipeline.corpus_components = [(n, labels.func(n, c)) for n, c in pipeline.corpus_components]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            labels.push("gc (cyclic collector)")
            labels.gc_t0 = time.process_time()
        else:
            labels.pop()
            gen = info.get("generation", -1)
            labels.gc_gen[gen] = labels.gc_gen.get(gen, (0, 0.0))
            labels.gc_gen[gen] = (labels.gc_gen[gen][0] + 1, labels.gc_gen[gen][1] + time.process_time() - labels.gc_t0)

    gc.callbacks.append(on_gc)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gnad", type=int, default=1000)
    ap.add_argument("--quotes", type=int, default=150)
    ap.add_argument("--sample", default=None, help="write the collapsed stacks here and print each stage's top functions")
    ap.add_argument("--interval", type=float, default=0.002)
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--min-share", type=float, default=0.01, help="print functions only for stages above this share")
    ap.add_argument("--export", help="export the store as JSONL into this directory (to compare two trees' output)")
    args = ap.parse_args(argv)

    from bench_pipeline import REPO as BREPO
    from bench_pipeline import corpus, write_jsonl

    from newsgraph import nlp as nlp_stage
    from newsgraph.ingest.dedupe import Deduper
    from newsgraph.pipeline import Pipeline, ingest
    from newsgraph.store import DuckDBStore

    tmp = Path(tempfile.mkdtemp(prefix="profile-pipeline-"))
    recs = corpus(args.gnad, args.quotes)
    src = write_jsonl(recs, tmp / "articles.jsonl")
    words = sum(len(r["text"].split()) for r in recs)
    pipeline = Pipeline()
    nlp = nlp_stage.load("de")
    pipeline.analyse_text((BREPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"), language="de")
    Deduper.from_config(pipeline.config["ingest"])
    labels = Labels()
    instrument(labels, pipeline, nlp)
    store = DuckDBStore(tmp / "full.duckdb")
    sampler = LabelSampler(labels, args.interval) if args.sample else None
    labels.cpu.clear()
    labels.calls.clear()
    labels.gc_gen.clear()
    c0 = time.process_time()
    labels._t = c0
    if sampler:
        sampler.start()
    report = ingest([src], store, pipeline=pipeline)
    if sampler:
        sampler.stop()
    total = time.process_time() - c0
    labels.cpu[labels.stack[-1]] += time.process_time() - labels._t
    if args.export:
        store.export(args.export, "jsonl")
    store.close()

    n = report.stored
    print(f"articles={n} words={words} load avg {os.getloadavg()[0]:.1f}  whole pipeline {total:.2f} CPU s "
          f"({n / total:.1f} articles per CPU s){'  [sampler on]' if sampler else ''}")
    groups: collections.Counter = collections.Counter()
    for k, v in labels.cpu.items():
        groups[k.split(":")[0] if ":" in k else ("our components" if k in dict(pipeline.components) else
                                                  "corpus components" if k in dict(pipeline.corpus_components) else k)] += v
    print(f"{'stage':<46}{'CPU s':>8}{'share':>8}{'ms/art':>8}")
    for k, v in groups.most_common():
        print(f"{'[' + k + ']':<46}{v:>8.2f}{v / total:>8.1%}{1000 * v / n:>8.2f}")
    print()
    for k, v in labels.cpu.most_common():
        print(f"{k:<46}{v:>8.2f}{v / total:>8.1%}{1000 * v / n:>8.2f}")
    print("collector passes (CPU s) by generation: "
          + ", ".join(f"{g}: {c} ({t:.2f})" for g, (c, t) in sorted(labels.gc_gen.items())))
    if sampler:
        sampler_total = sum(sampler.stacks.values())
        Path(args.sample).write_text("".join(f"{s} {round(w * 1e6)}\n" for s, w in sampler.stacks.items()), "utf-8")
        print(f"\nsampled {sampler_total:.2f} CPU s; top self time per stage (CPU s)")
        for label, own in sorted(sampler.own_by_label().items(), key=lambda kv: -sum(kv[1].values())):
            s = sum(own.values())
            if s / sampler_total < args.min_share:
                continue
            print(f"-- {label}: {s:.2f}")
            for f, w in own.most_common(args.top):
                print(f"   {w:7.3f}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
