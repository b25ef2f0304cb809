"""Throughput of the German nlp pipeline (newsgraph.nlp.load) on 10kGNAD articles, one core.

    OMP_NUM_THREADS=1 python bench/bench_nlp.py [--n 300] [--lang de] [--no-ner]

Prints words/s (non-whitespace tokens) and articles/s per CPU-second and wall clock, per-component share of the time and
how many glued boundaries were flagged. The machine is shared, so numbers vary run to run.
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GNAD = SHARED / "data" / "corpora" / "10kgnad" / "test.csv"


def articles(n: int) -> list[str]:
    with GNAD.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) == 2]
    return [r[1] for r in rows[:n]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--lang", default="de")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-ner", action="store_true", help="time the core pipeline without the sourced NER")
    args = ap.parse_args()

    from thinc.api import set_gpu_allocator  # noqa: F401  (import cost outside the timing)

    from newsgraph.nlp import load

    t0 = time.perf_counter()
    nlp = load(args.lang)
    if args.no_ner and "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    print(f"pipeline {nlp.pipe_names} loaded in {time.perf_counter() - t0:.2f}s")
    texts = articles(args.n)
    nlp(texts[0])  # warm-up (lazy HanTa load etc.)

    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=args.batch_size))
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    words = sum(1 for d in docs for t in d if not t.is_space)
    glued = sum(1 for d in docs for t in d if t._.glued)
    sents = sum(1 for d in docs for _ in d.sents)
    print(f"{len(docs)} articles, {words} words, {sents} sentences in {total:.1f}s")
    # CPU seconds of this single-threaded process: on a shared machine wall time also
    # counts the other jobs' share of the core.
    print(f"per CPU-second: words/s {words / cpu:,.0f}   articles/s {len(docs) / cpu:.1f}")
    print(f"wall clock:     words/s {words / total:,.0f}   articles/s {len(docs) / total:.1f}")
    print(f"glued boundaries flagged: {glued} ({1000 * glued / max(sents, 1):.1f} per 1000 sentences)")

    # Per-component time on a copy of the run, so the figures above stay end to end.
    sample = texts[: min(100, len(texts))]
    docs = [nlp.make_doc(t) for t in sample]
    print("CPU seconds per component on", len(sample), "articles:")
    for name, proc in nlp.pipeline:
        c0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=args.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        print(f"  {name:<22} {time.process_time() - c0:6.2f}s")


if __name__ == "__main__":
    main()
