"""The segmenter's ``join_candidates`` of another tree against this tree's, in one process (round 26, s1).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/join_candidates_ab.py --base BASE_TREE --reps 6

bench_pipeline.py's 300 articles go through this tree's pipeline up to the segmenter; the segmenter's own calls of
``join_candidates`` are recorded (doc, rule starts, join lexicon), both trees' methods give their (token index, features)
on every call — compared, feature order included — and are then timed ``--reps`` times over all calls, alternating.
Only the candidates, not the rest of the pipe: ``pipe_ab.py --pipe segmenter`` times the whole pipe.
``--scored`` (round 27, s1): the same calls through both trees' ``_scored_joins`` (candidates and their scores), the
kept joins compared first.
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
    ap.add_argument("--reps", type=int, default=6)
    ap.add_argument("--scored", action="store_true", help="compare and time _scored_joins (candidates and scores) instead")
    args = ap.parse_args()

    from bench_pipeline import corpus_articles
    from pipe_ab import module_of

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import segment

    nlp = nlp_stage.load("de")
    texts = [a.text for a in corpus_articles(200, 100, "pipe_ab")]
    with nlp.select_pipes(enable=nlp.pipe_names[: nlp.pipe_names.index("newsgraph_segmenter")]):
        docs = list(nlp.pipe(texts, batch_size=32))
    segs = {"base": module_of(args.base.resolve(), "segment").Segmenter("de"), "new": segment.Segmenter("de")}
    calls = []
    new = segs["new"]
    # the segmenter's own calls: through _join_sites since round 27 (the scorer sums without join_candidates' dicts)
    hook = "_join_sites" if hasattr(new, "_join_sites") else "join_candidates"
    own = getattr(new, hook)
    setattr(new, hook, lambda doc, starts, lex=None: calls.append((doc, list(starts), lex)) or own(doc, starts, lex))
    for d in docs:
        new(d)
    delattr(new, hook)
    if args.scored:
        time_scored(segs, calls, args.reps)
        return
    same, count = True, 0
    for d, s, lex in calls:
        a, b = (segs[k].join_candidates(d, s, lex) for k in ("base", "new"))
        count += len(a)
        same = same and a == b and all(list(x.items()) == list(y.items()) for (_, x), (_, y) in zip(a, b, strict=True))
    print(f"{len(calls)} docs, {count} candidates, identical (feature order too): {same}")
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for r in range(args.reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            c0 = time.process_time()
            for d, s, lex in calls:
                segs[k].join_candidates(d, s, lex)
            cpu[k].append(time.process_time() - c0)
    for k, v in cpu.items():
        print(f"{k:<5}" + " ".join(f"{x:7.4f}" for x in v) + f"   mean {sum(v) / len(v):.4f}")


def time_scored(segs: dict, calls: list, reps: int) -> None:
    """``_scored_joins`` of both trees on the recorded calls: the joins compared, then timed alternating."""
    a, b = ([segs[k]._scored_joins(d, s) for d, s, _ in calls] for k in ("base", "new"))
    print(f"{len(calls)} docs, {sum(map(len, a))} joins kept, identical: {a == b}")
    cpu: dict[str, list[float]] = {"base": [], "new": []}
    for r in range(reps):
        for k in (("base", "new") if r % 2 == 0 else ("new", "base")):
            c0 = time.process_time()
            for d, s, _ in calls:
                segs[k]._scored_joins(d, s)
            cpu[k].append(time.process_time() - c0)
    for k, v in cpu.items():
        print(f"_scored_joins {k:<5}" + " ".join(f"{x:7.4f}" for x in v) + f"   mean {sum(v) / len(v):.4f}")


if __name__ == "__main__":
    main()
