"""The segmenter of this tree against another tree's, in one process, alternating; optionally without the join scorer (round 27, h7).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/segmenter_loop_ab.py --base BASE_TREE --reps 10
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/segmenter_loop_ab.py --base BASE_TREE --reps 10 --no-joins

bench_pipeline.py's 300 articles go once through ``newsgraph.nlp.load("de")`` up to the segmenter (a DocBin); both trees'
``Segmenter("de")`` then run on fresh copies: first their outputs (sentence starts, ``_.glued``) are compared, then each is
timed ``--reps`` times over all 300 docs in alternating order (process_time; docs read back outside the timing).
``--no-joins``: both components' ``_scored_joins`` return no join (the main loop alone; output then not the pipeline's).
"""

from __future__ import annotations

import argparse
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
    ap.add_argument("--base", required=True, type=Path, help="the other tree (its newsgraph/nlp/segment.py)")
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--no-joins", action="store_true")
    args = ap.parse_args()

    from bench_pipeline import corpus_articles
    from pipe_ab import module_of
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import segment

    nlp = nlp_stage.load("de")
    texts = [a.text for a in corpus_articles(200, 100, "segmenter_loop_ab")]
    snap = DocBin(store_user_data=True)
    upto = nlp.pipe_names[: nlp.pipe_names.index("newsgraph_segmenter")]
    with nlp.select_pipes(enable=upto):
        for d in nlp.pipe(texts, batch_size=32):
            snap.add(d)
    base = module_of(args.base.resolve(), "segment")
    comps = {"base": base.Segmenter("de"), "new": segment.Segmenter("de")}

    def docs():
        return list(snap.get_docs(nlp.vocab))

    outs = {k: [[(bool(t.is_sent_start), t._.glued) for t in c(d)] for d in docs()] for k, c in comps.items()}
    print(f"segmenter: output identical on {len(texts)} articles: {outs['base'] == outs['new']}")
    if args.no_joins:
        for c in comps.values():
            c._scored_joins = lambda doc, starts, read=None: []
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for r in range(args.reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            ds = docs()
            c0 = time.process_time()
            for d in ds:
                comps[k](d)
            cpu[k].append(time.process_time() - c0)
    for k, v in cpu.items():
        print(f"{'main loop' if args.no_joins else 'segmenter'} {k:<5}" + " ".join(f"{x:6.3f}" for x in v)
              + f"   mean {sum(v) / len(v):.3f}  median {sorted(v)[len(v) // 2]:.3f}")


if __name__ == "__main__":
    main()
