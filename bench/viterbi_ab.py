"""ner_crf's batch Viterbi (``Viterbi._viterbi``) of this tree against another tree's, in one process (round 28, p2).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/model_pass_pipes.py --passes 1 --skip-unread --dump D.jsonl
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/viterbi_ab.py --base BASE_TREE --dump D.jsonl --reps 8

The sentence lengths (non-space tokens) of the 300 bench articles come from model_pass_pipes.py's dump, grouped into
the pipeline's batches of 32 articles; the state scores and transition weights are random (seeded; 9 labels, as the
shipped CRF), so only the shapes are the pipeline's. Both trees' ``_viterbi`` must give the same tags on every batch,
then each is timed ``--reps`` times over all batches, alternating (process_time).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def sentence_lengths(dump: Path) -> list[list[int]]:
    """Per article, its sentences' non-space token counts (a dump row's token: [text, …, is_sent_start at 8, …])."""
    out = []
    for line in dump.read_text("utf-8").splitlines():
        lens, cur = [], 0
        for t in json.loads(line)["tokens"]:
            if t[8] and cur:
                lens.append(cur)
                cur = 0
            cur += bool(t[0].strip())
        out.append(lens + [cur] if cur else lens)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, type=Path)
    ap.add_argument("--dump", required=True, type=Path)
    ap.add_argument("--reps", type=int, default=8)
    args = ap.parse_args()
    from pipe_ab import module_of

    from newsgraph.nlp import ner_crf

    base = module_of(args.base.resolve(), "ner_crf")
    docs = sentence_lengths(args.dump)
    rng = np.random.default_rng(1)
    L = 9
    trans, labels = rng.normal(size=(L, L)), [f"L{i}" for i in range(L)]
    data = []
    for k in range(0, len(docs), 32):
        sizes = np.array([n for d in docs[k:k + 32] for n in d if n], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        data.append((rng.normal(size=(int(sizes.sum()), L)) * 3, sizes, starts))
    print(f"{sum(len(d[1]) for d in data)} sentences, {sum(int(d[1].sum()) for d in data)} words, {len(data)} batches")
    vs = {}
    for name, mod in (("base", base), ("new", ner_crf)):
        v = object.__new__(mod.Viterbi)  # only what _viterbi reads
        v.labels, v.L, v.trans = labels, L, trans
        vs[name] = v
    same = [vs["base"]._viterbi(*d) for d in data] == [vs["new"]._viterbi(*d) for d in data]
    print(f"tags identical on every batch: {same}")
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for r in range(args.reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            c0 = time.process_time()
            for d in data:
                vs[k]._viterbi(*d)
            cpu[k].append(time.process_time() - c0)
    for k, v in cpu.items():
        print(f"_viterbi {k:<5}" + " ".join(f"{x:6.3f}" for x in v) + f"   mean {sum(v) / len(v):.3f}")


if __name__ == "__main__":
    main()
