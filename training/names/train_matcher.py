"""Train the name-pair matcher (logistic regression over newsgraph.link.names.features)
on the training split of JRC-Names pairs and write newsgraph/data/kb/name_matcher.json.

    python training/names/train_matcher.py [../shared/data/names/jrc_name_pairs.txt]

The split is fixed by a hash of the pair (newsgraph.eval.names.bucket); the threshold is the
F1-optimal cut on the training split, so the held-out part is never looked at here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

from newsgraph.eval.names import hard_pairs, is_held_out, prf, read_pairs
from newsgraph.link.config import kb_path
from newsgraph.link.names import FEATURES, NameMatcher, features

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))


def fit_logreg(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000, lr: float = 0.5):
    """Plain full-batch gradient descent: 15 features need nothing heavier."""
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        z = np.clip(x @ w + b, -50, 50)
        p = 1 / (1 + np.exp(-z))
        g = p - y
        w -= lr * (x.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return w, b


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best, best_t = -1.0, 0.5
    for t in np.linspace(0.05, 0.95, 91):
        f1 = prf(y.astype(bool), p >= t)[2]
        if f1 > best:
            best, best_t = f1, float(t)
    return best_t


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=str(SHARED / "data/names/jrc_name_pairs.txt"))
    ap.add_argument("--out", default=str(kb_path("name_matcher.json")))
    ap.add_argument("--hard", type=int, default=3000,
                    help="add this many mined hard negatives (nearest other name) from the training part")
    args = ap.parse_args(argv)

    t0 = time.time()
    everything = list(read_pairs(args.file))
    train = [(a, b, g) for a, b, g in everything if not is_held_out(a, b)]
    if args.hard:
        # JRC's own negatives are random and easy; names that look alike but are not
        # variants teach the model what a surname mismatch means.
        mined = [p for p in hard_pairs(everything, args.hard, seed=29, held_out=False) if not p[2]]
        print(f"{len(mined)} mined hard negatives in {time.time() - t0:.0f}s", file=sys.stderr)
        train += mined
    x = np.array([features(a, b) for a, b, _ in train])
    y = np.array([float(g) for _, _, g in train])
    print(f"{len(train)} training pairs, features in {time.time() - t0:.1f}s", file=sys.stderr)
    w, b = fit_logreg(x, y)
    p = 1 / (1 + np.exp(-np.clip(x @ w + b, -50, 50)))
    thr = best_threshold(p, y)
    prec, rec, f1, *_ = prf(y.astype(bool), p >= thr)
    print(f"train: threshold {thr:.2f} P {prec:.4f} R {rec:.4f} F1 {f1:.4f}", file=sys.stderr)
    for name, wi in zip(FEATURES, w, strict=True):
        print(f"  {name:14s} {wi:+.3f}", file=sys.stderr)
    m = NameMatcher([round(float(v), 5) for v in w], round(float(b), 5), round(thr, 3), meta={
        "data": Path(args.file).name, "train_pairs": len(train), "hard_negatives": args.hard,
        "train_f1": round(f1, 4), "train_precision": round(prec, 4), "train_recall": round(rec, 4),
    })
    m.save(Path(args.out))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
