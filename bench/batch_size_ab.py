"""The model pass at several ``nlp.pipe`` batch sizes, in one process, alternating: same annotations, then CPU s
(round 28, p2).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/batch_size_ab.py --sizes 32,64,128 --articles 128 --reps 3

bench_pipeline.py's articles (the first ``--articles``) go through ``newsgraph.nlp.load("de")`` by ``nlp.pipe`` as
the batch pipeline calls it (``batch_size``, the unread pipes disabled), once per size untimed (per-word caches
warm; the annotation hash of bench_model_pass.py and the doc tensor's bytes compared across sizes), then
``--reps`` times per size in rotating order, timed with ``process_time``. ``[nlp.de] batch_size`` is the setting.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="32,64,128")
    ap.add_argument("--articles", type=int, default=128)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()

    from bench_model_pass import annotation_hash
    from bench_pipeline import corpus_articles

    from newsgraph import nlp as nlp_stage

    sizes = [int(x) for x in args.sizes.split(",")]
    texts = [a.text for a in corpus_articles(200, 100, "batch_size_ab")][: args.articles]
    nlp = nlp_stage.load("de")
    skip = nlp_stage.unread_by_stages(nlp)
    for bs in sizes:
        docs = list(nlp.pipe(texts, batch_size=bs, disable=skip))
        tensors = hashlib.sha1(b"".join(d.tensor.tobytes() for d in docs)).hexdigest()[:16]
        print(f"batch {bs:>4}: annotations {annotation_hash(docs)}, tensors {tensors}, {len(texts)} articles")
    cpu: dict[int, list[float]] = {bs: [] for bs in sizes}
    for r in range(args.reps):
        for bs in sizes[r % len(sizes):] + sizes[: r % len(sizes)]:
            c0 = time.process_time()
            for _ in nlp.pipe(texts, batch_size=bs, disable=skip):
                pass
            cpu[bs].append(time.process_time() - c0)
    for bs, v in cpu.items():
        print(f"batch {bs:>4} " + " ".join(f"{x:7.2f}" for x in v) + f"   mean {sum(v) / len(v):.2f}"
              f"  load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
