"""CPU seconds of the model pass pipe by pipe, cold and warm, with a hash of everything it annotates.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_model_pass.py --gnad 200 --quotes 100 --runs 2

bench_pipeline.py's articles. Each run sends every batch of ``--batch-size`` through ``make_doc`` and
then through each pipe of ``newsgraph.nlp.load("de")`` in turn, timing each with ``time.process_time``;
run 0 in a fresh process is cold (per-word caches, HanTa, the vector memo empty), later runs warm.
The hash covers each token's text, tag, UPOS, morphology, lemma, head, dependency, sentence start,
glued mark and entity, so two settings or two trees can be compared for identical output
(``NEWSGRAPH_CONFIG`` with e.g. ``[nlp.de] gemm = "blis"`` for thinc's default products).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def annotation_hash(docs) -> str:
    h = hashlib.sha1()
    for d in docs:
        for t in d:
            h.update(f"{t.text}|{t.tag_}|{t.pos_}|{t.morph}|{t.lemma_}|{t.head.i}|{t.dep_}|"
                     f"{int(t.is_sent_start or 0)}|{t._.glued}|{t.ent_iob_}{t.ent_type_}\n".encode())
    return h.hexdigest()[:16]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)

    from bench_pipeline import corpus_articles
    from newsgraph import nlp as nlp_stage

    texts = [a.text for a in corpus_articles(args.gnad, args.quotes, "bench_model_pass")]
    nlp = nlp_stage.load("de")
    bs = args.batch_size
    for r in range(args.runs):
        cpu: dict[str, float] = defaultdict(float)
        out = []
        for k in range(0, len(texts), bs):
            c = time.process_time()
            batch = [nlp.make_doc(t) for t in texts[k:k + bs]]
            cpu["tokenizer"] += time.process_time() - c
            for name, proc in nlp.pipeline:
                c = time.process_time()
                batch = list(proc.pipe(batch, batch_size=bs)) if hasattr(proc, "pipe") else [proc(d) for d in batch]
                cpu[name] += time.process_time() - c
            out.extend(batch)
        print(f"run {r} ({'cold' if r == 0 else 'warm'}), load {os.getloadavg()[0]:.1f}: model pass {sum(cpu.values()):.2f} CPU s, "
              f"annotations {annotation_hash(out)}")
        for name, v in cpu.items():
            print(f"  {name:<28}{v:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
