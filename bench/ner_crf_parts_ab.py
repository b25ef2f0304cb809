"""ner_crf's two per-batch parts of this tree against another tree's, in one process, alternating (round 29, p1).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/ner_crf_parts_ab.py --base BASE_TREE --reps 8

bench_pipeline.py's 300 articles go once through this tree's ``newsgraph.nlp.load("de")`` up to ner_crf; both trees'
``NerCrf`` are built from their own code (no built-model pickle: one written by the base tree names this tree's
classes). Checked first: the sentence lists ``_docs`` hands the Viterbi (positions and words of each sentence's
non-space tokens), the tags and the state sums of ``Viterbi.tags`` (bit for bit, also from a fresh component whose word
table grows batch by batch) equal between the trees. Then, ``--reps`` times in alternating order (process_time): the
preparation of ``_docs`` (the Viterbi stubbed out) over the 10 batches of 32 docs, and ``Viterbi.tags`` on those batches
(warm: the words already in its table).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ["NEWSGRAPH_NO_BUILT_CACHE"] = "1"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, type=Path, help="the other tree (its newsgraph/nlp/ner_crf.py)")
    ap.add_argument("--reps", type=int, default=8)
    args = ap.parse_args()

    from bench_pipeline import corpus_articles
    from pipe_ab import module_of

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import ner_crf

    nlp = nlp_stage.load("de")
    name = "newsgraph_ner_crf"
    texts = [a.text for a in corpus_articles(200, 100, "pipe_ab")]
    with nlp.select_pipes(enable=nlp.pipe_names[: nlp.pipe_names.index(name)]):
        docs = list(nlp.pipe(texts, batch_size=32))
    base = module_of(args.base.resolve(), "ner_crf")
    p = nlp.get_pipe(name)
    cfg = {"path": str(nlp_stage.models_dir() / "de_ner" / "crf"), "mode": p.mode, "threshold": p.threshold,
           "fill_threshold": p.fill_threshold, "keep_longer": p.keep_longer}
    comps = {"base": base.NerCrf(nlp, **cfg), "new": ner_crf.NerCrf(nlp, **cfg)}
    batches = [docs[b:b + 32] for b in range(0, len(docs), 32)]

    def prepared(c) -> list:
        got = []
        c._docs_fast = lambda ds, ss: got.append(ss) or ds
        for b in batches:
            c._docs(b)
        del c._docs_fast
        return got

    sents = {k: prepared(c) for k, c in comps.items()}
    print("sentence lists identical:", sents["base"] == sents["new"])
    flat = [[w for own in ss for _, w in own] for ss in sents["new"]]
    tags, sums = {}, {}
    for k, c in comps.items():
        tags[k], sums[k] = [], []
        for f in flat:
            tags[k].append(c.viterbi.tags(f))
            sums[k].append(c.viterbi._last[0].copy())

    def same(a, b) -> bool:
        return all(np.array_equal(x.view(np.int64), y.view(np.int64)) for x, y in zip(a, b, strict=True))

    fresh = ner_crf.NerCrf(nlp, **cfg).viterbi
    grown = []
    for f in flat:
        fresh.tags(f)
        grown.append(fresh._last[0].copy())
    print("tags identical:", tags["base"] == tags["new"], "| state sums bit for bit:", same(sums["base"], sums["new"]),
          "| from a fresh table:", same(sums["base"], grown))
    cpu: dict[str, dict[str, list[float]]] = {"_docs prep": {"base": [], "new": []}, "Viterbi.tags": {"base": [], "new": []}}
    for r in range(args.reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            c = comps[k]
            c._docs_fast = lambda ds, ss: ds
            c0 = time.process_time()
            for b in batches:
                c._docs(b)
            cpu["_docs prep"][k].append(time.process_time() - c0)
            del c._docs_fast
            c0 = time.process_time()
            for f in flat:
                c.viterbi.tags(f)
            cpu["Viterbi.tags"][k].append(time.process_time() - c0)
    for part, d in cpu.items():
        for k, v in d.items():
            s = sorted(v)
            print(f"{part:<13}{k:<5}" + " ".join(f"{x:6.3f}" for x in v) + f"   mean {sum(v) / len(v):.3f}  median {s[len(s) // 2]:.3f}")


if __name__ == "__main__":
    main()
