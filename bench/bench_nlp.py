"""Throughput of the German nlp pipeline (newsgraph.nlp.load) on 10kGNAD articles, one core.

    OMP_NUM_THREADS=1 python bench/bench_nlp.py [--n 300] [--lang de] [--no-ner]
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_nlp.py --bench [--passes 2] [--dump OUT.jsonl]

Prints words/s (non-whitespace tokens) and articles/s per CPU-second and wall clock, per-component share of the time and
how many glued boundaries were flagged. The machine is shared, so numbers vary run to run.

``--bench``: bench_pipeline.py's 300 articles (``--gnad 200 --quotes 100``), pipe by pipe in batches of 32, ``--passes``
times in this fresh process (pass 0 cold: per-word caches empty after the seed article; later passes warm), CPU s per
pipe; ``--dump`` writes the nlp stage's output of pass 0, one JSON line per article (per token text, whitespace, STTS,
UPOS, morphology, lemma, head, dependency, sentence start, entity IOB/type, ``_.glued``; entities, span groups, user
data), and its SHA-1, to check record by record (``cmp``) that a speed change left the output alone
(bench/README.md, "Seventeenth round: the model pass (h3)").
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


def record(doc) -> dict:
    """The nlp stage's output of one doc, as plain data."""
    toks = [[t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.is_sent_start, t.ent_iob_,
             t.ent_type_, t._.glued] for t in doc]
    return {"tokens": toks, "ents": [[e.start, e.end, e.label_] for e in doc.ents],
            "user_data": {repr(k): repr(v) for k, v in sorted(doc.user_data.items(), key=repr)},
            "spans": {k: [[s.start, s.end, s.label_] for s in v] for k, v in doc.spans.items()}}


def bench_passes(nlp, passes: int, dump: str | None) -> None:
    import collections
    import hashlib
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pipeline import corpus_articles

    texts = [a.text for a in corpus_articles(200, 100, "bench_nlp")]
    for run in range(passes):
        cpu: dict[str, float] = collections.defaultdict(float)
        docs = []
        for k in range(0, len(texts), 32):
            c0 = time.process_time()
            batch = [nlp.make_doc(t) for t in texts[k:k + 32]]
            cpu["tokenizer"] += time.process_time() - c0
            for name, proc in nlp.pipeline:
                c0 = time.process_time()
                batch = list(proc.pipe(batch, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in batch]
                cpu[name] += time.process_time() - c0
            docs.extend(batch)
        print(f"pass {run} ({'cold' if run == 0 else 'warm'}): {sum(cpu.values()):.2f} CPU s, load {os.getloadavg()[0]:.1f}")
        for name, v in cpu.items():
            print(f"  {name:<28}{v:7.2f}")
        if run == 0 and dump:
            h = hashlib.sha1()
            with open(dump, "w", encoding="utf-8") as f:
                for d in docs:
                    line = json.dumps(record(d), ensure_ascii=False, sort_keys=True)
                    h.update(line.encode())
                    f.write(line + "\n")
            print(f"dump {dump}: {len(docs)} records, sha1 {h.hexdigest()[:16]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--bench", action="store_true", help="bench_pipeline.py's 300 articles, pipe by pipe, cold then warm")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--dump", help="with --bench: the nlp output of the cold pass, one JSON line per article")
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
    if args.bench:
        # the seed article as bench_pipeline.py warms up: lazy loads, not per-word caches of the measured texts
        nlp((Path(__file__).resolve().parents[1] / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"))
        bench_passes(nlp, args.passes, args.dump)
        return
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
