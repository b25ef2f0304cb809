"""Speaker overlap tokens by quote type: where a linker change gains or loses (A/B of settings on cached parses).

    OMP_NUM_THREADS=1 python training/quotes/speaker_modes.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r12/qcache_dev.spacy [--set speaker_linker=/abs/DIR] [--folds DIR]

Quotes are paired as ``newsgraph eval quotes`` pairs them; the speaker tokens of a pair (TP, FP, FN) count under
our quote's type (``sys:Indirect`` …, nested fragments as ``sys:nested``), those of an unpaired quote of ours under
its type as well, those of a gold quote we did not find under ``missed``. The total is the scorer's speaker overlap
F1; with two runs side by side the rows show which quote types a change moves. ``--per-article FILE`` keeps each
article's counts; ``speaker_modes.py --bootstrap A.json B.json`` then resamples articles (paired) and prints how often
B's F1 beats A's and the 90 % interval of the difference.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, read_dir, score_doc  # noqa: E402


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bootstrap(a_path: str, b_path: str, n: int = 2000) -> None:
    import json

    import numpy as np

    a, b = np.array(json.loads(Path(a_path).read_text())), np.array(json.loads(Path(b_path).read_text()))
    rng = np.random.RandomState(0)
    d = []
    for _ in range(n):
        idx = rng.randint(0, len(a), len(a))
        d.append(f1(*b[idx].sum(axis=0)) - f1(*a[idx].sum(axis=0)))
    d = np.array(d)
    print(f"F1 {f1(*a.sum(axis=0)):.4f} -> {f1(*b.sum(axis=0)):.4f}: B better in {np.mean(d > 0):.3f} of {n} article "
          f"resamples, difference 90 % interval [{np.percentile(d, 5):+.4f}, {np.percentile(d, 95):+.4f}]")


def main(argv=None) -> int:
    if argv is None and len(sys.argv) == 4 and sys.argv[1] == "--bootstrap":
        bootstrap(sys.argv[2], sys.argv[3])
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None, help="directory of fold taggers (train only)")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (error_analysis.set_option)")
    ap.add_argument("--per-article", default=None,
                    help="write each article's speaker TP/FP/FN here (JSON list), for a paired bootstrap of two runs")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    gold = read_dir(args.dir)
    nlp = _Cached(_docs(gold, args.cache))
    sc = Scores()
    cnt: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    per_art: dict[int, list[int]] = {}
    for i in cross_fitted(len(gold), args.folds, 2):
        sg, gg = predict_groups(gold[i], nlp), gold_groups(gold[i])
        score_doc(sc, sg, gg)
        pairs = assign(sg, gg)
        used_s, used_g = {s for s, _ in pairs}, {g for _, g in pairs}
        items = [(sg[s], gg[g]) for s, g in pairs] + [(sg[s], None) for s in range(len(sg)) if s not in used_s]
        items += [(None, gg[g]) for g in range(len(gg)) if g not in used_g]
        for s, g in items:
            key = "missed" if s is None else "sys:" + ("nested" if s.nested else s.form)
            ss = set(s.roles["speaker"]) if s else set()
            gs = set(g.roles["speaker"]) if g else set()
            c = cnt[key]
            c[0] += len(ss & gs)
            c[1] += len(ss - gs)
            c[2] += len(gs - ss)
            c[3] += 1
            a = per_art.setdefault(i, [0, 0, 0])
            a[0] += len(ss & gs)
            a[1] += len(ss - gs)
            a[2] += len(gs - ss)
    if args.per_article:
        import json

        Path(args.per_article).write_text(json.dumps([per_art[i] for i in sorted(per_art)]))
    tot = [sum(c[k] for c in cnt.values()) for k in range(3)]
    print(f"{'type':28s} {'quotes':>6s} {'TP':>5s} {'FP':>5s} {'FN':>5s} {'F1':>6s}")
    for key in sorted(cnt):
        c = cnt[key]
        print(f"{key:28s} {c[3]:6d} {c[0]:5d} {c[1]:5d} {c[2]:5d} {f1(*c[:3]):6.3f}")
    print(f"{'all':28s} {'':6s} {tot[0]:5d} {tot[1]:5d} {tot[2]:5d} {f1(*tot):6.4f}")
    print(" ".join(f"{'message' if r == 'quote' else r}={sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
