"""The model pass per pipe inside the pipeline (cold per-word caches) against a warm pass, and the
other stages' CPU timers and sampled self time.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_cold_start.py [--sample FILE] [--export DIR]
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_cold_start.py --mode alone

bench_pipeline.py's 300 articles (--gnad 200 --quotes 100). ``--mode pipeline``: ``ingest`` as
bench_pipeline.py's end-to-end step, with each batch of 32 sent through ``make_doc`` and then pipe
by pipe (as bench_model_pass.py), so the in-pipeline model pass is timed per pipe; CPU timers
around every per-article component, ``sentences``, ``store.put_analyses`` and the corpus
components; with ``--sample`` a CPU-time stack sampler (stage_profile.CpuSampler) over the ingest,
whose self/inclusive times outside the model pass are printed. Then one more (warm) model pass
in the same process. ``--mode alone``: a fresh process, two model passes (cold, warm), no
pipeline. bench/README.md, fourteenth round (h9).
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def staged(nlp, cpu: dict, texts, batch_size: int = 32):
    """``nlp.pipe`` as bench_model_pass.py runs it: each batch through ``make_doc``, then pipe by pipe."""
    texts = iter(texts)
    while chunk := [t for _, t in zip(range(batch_size), texts)]:
        c = time.process_time()
        batch = [nlp.make_doc(t) for t in chunk]
        cpu["tokenizer"] += time.process_time() - c
        for name, proc in nlp.pipeline:
            c = time.process_time()
            batch = list(proc.pipe(batch, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in batch]
            cpu[name] += time.process_time() - c
        yield from batch


def show(title: str, d: dict) -> None:
    print(f"{title}: total {sum(d.values()):.2f} CPU s")
    for k, v in d.items():
        print(f"  {k:<28}{v:7.2f}")


def timed(acc: dict, name: str, fn):
    def wrapper(*a, **kw):
        c = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            acc[name] += time.process_time() - c
    return wrapper


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["pipeline", "alone"], default="pipeline")
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--sample", default=None)
    ap.add_argument("--export", default=None)
    ap.add_argument("--top", type=int, default=45)
    args = ap.parse_args(argv)

    from bench_pipeline import corpus, corpus_articles, write_jsonl
    from stage_profile import CpuSampler

    import newsgraph.pipeline as pipeline_mod
    from newsgraph import nlp as nlp_stage
    from newsgraph.ingest.dedupe import Deduper
    from newsgraph.pipeline import Pipeline, ingest
    from newsgraph.store import DuckDBStore

    pipeline = Pipeline()
    nlp = nlp_stage.load("de")
    pipeline.analyse_text((REPO / "newsgraph/data/samples/seed_de.txt").read_text("utf-8"), language="de")
    icfg = pipeline.config["ingest"]
    Deduper(icfg["near_duplicate_threshold"], icfg["minhash_perm"])  # its lazy import, as bench_pipeline.py
    cpu: dict[str, float] = collections.defaultdict(float)
    texts = [a.text for a in corpus_articles(args.gnad, args.quotes, "bench_model_pass")]
    if args.mode == "alone":
        for r in range(2):
            cpu.clear()
            list(staged(nlp, cpu, texts))
            show(f"alone run {r} ({'cold' if r == 0 else 'warm'})", dict(cpu))
        return 0

    class StagedNlp:
        def __getattr__(self, name):
            return getattr(nlp, name)

        def pipe(self, texts, batch_size: int = 32, **_kw):
            return staged(nlp, cpu, texts, batch_size)

    tmp = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    src = write_jsonl(corpus(args.gnad, args.quotes), tmp / "articles.jsonl")
    stage: dict[str, float] = collections.defaultdict(float)
    pipeline.components = [(n, timed(stage, n, c)) for n, c in pipeline.components]
    pipeline.corpus_components = [(n, timed(stage, n, c)) for n, c in pipeline.corpus_components]
    pipeline_mod.nlp_stage.sentences = timed(stage, "sentences", nlp_stage.sentences)
    store = DuckDBStore(tmp / "full.duckdb")
    store.put_analyses = timed(stage, "store.put_analyses", store.put_analyses)
    pipeline.nlp = lambda _lang: StagedNlp()  # type: ignore[method-assign]
    sampler = CpuSampler() if args.sample else None
    c0 = time.process_time()
    if sampler:
        sampler.__enter__()
    report = ingest([src], store, pipeline=pipeline)
    if sampler:
        sampler.__exit__()
    full = time.process_time() - c0
    if args.export:
        store.export(args.export, "jsonl")
    store.close()
    print(f"stored {report.stored}, whole ingest {full:.2f} CPU s, load {os.getloadavg()[0]:.1f}")
    show("model pass inside the pipeline (cold)", dict(cpu))
    show("stages", dict(stage))
    print(f"  rest (ingest read/build/dedupe, glue): {full - sum(cpu.values()) - sum(stage.values()):.2f}")
    cpu.clear()
    list(staged(nlp, cpu, texts))
    show("warm model pass after it", dict(cpu))
    if sampler:
        sampler.write(args.sample)
        own: collections.Counter = collections.Counter()
        incl: collections.Counter = collections.Counter()
        for stack, w in sampler.stacks.items():
            if "staged (" in stack:  # inside the model pass
                continue
            frames = [f.rsplit(":", 1)[0] + ")" for f in stack.split(";")]
            own[frames[-1]] += w
            for f in set(frames):
                incl[f] += w
        print(f"sampled outside the model pass: {sum(own.values()):.2f} CPU s")
        for title, c in (("self", own), ("inclusive", incl)):
            print(f"-- {title}")
            for f, w in c.most_common(args.top):
                print(f"  {w:7.3f} {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
