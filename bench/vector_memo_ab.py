"""``MemoVectors.get_batch`` of this tree against another tree's, in one process (round 26, h10).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/vector_memo_ab.py --base BASE_TREE --reps 6

The NER's key batches of the model pass (bench_pipeline.py's 300 articles, ``--gnad 200 --quotes 100``, in batches of
32 docs: each batch's ORTH columns end to end, as spaCy's StaticVectors asks) go through a memo table of each tree
(``BASE_TREE``'s newsgraph/nlp/vector_memo.py beside this tree's, both copies of the loaded pipeline's floret table);
every answer is compared byte for byte (and dtype, shape), then each tree's memo, warm, is timed ``--reps`` times over
all batches, order swapped every rep. Prints CPU s per pass of the batches.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, type=Path)
    ap.add_argument("--reps", type=int, default=6)
    args = ap.parse_args()
    from bench_pipeline import corpus_articles

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import vector_memo

    spec = importlib.util.spec_from_file_location("_base_vector_memo", args.base.resolve() / "newsgraph/nlp/vector_memo.py")
    base = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(base)
    nlp = nlp_stage.load("de")
    texts = [a.text for a in corpus_articles(200, 100, "vector_ab")]
    docs = [nlp.make_doc(t) for t in texts]
    batches = [np.concatenate([d.to_array("ORTH") for d in docs[k : k + 32]]) for k in range(0, len(docs), 32)]
    memos = {"base": base.MemoVectors.of(nlp.vocab.vectors, 100_000), "new": vector_memo.MemoVectors.of(nlp.vocab.vectors, 100_000)}
    same = True
    for rnd in range(2):  # empty memo, then warm
        for b in batches:
            x, y = memos["base"].get_batch(b), memos["new"].get_batch(b)
            same &= x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes()
    print(f"{len(batches)} batches, {sum(len(b) for b in batches)} keys: answers identical (empty and warm memo): {same}")
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for r in range(args.reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            m = memos[k]
            c0 = time.process_time()
            for b in batches:
                m.get_batch(b)
            cpu[k].append(time.process_time() - c0)
    for k, v in cpu.items():
        print(f"{k:<5}" + " ".join(f"{x:7.4f}" for x in v) + f"   mean {sum(v) / len(v):.4f}")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
