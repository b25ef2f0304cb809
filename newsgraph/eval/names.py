"""Score the name-pair matcher on JRC-style pairs (``name<TAB>name<TAB>TRUE|FALSE``).

By default only the held-out part is scored: the pairs whose hash puts them outside the
training split used by ``training/names/train_matcher.py`` (fixed, reproducible split).

    newsgraph eval names ../shared/data/names/jrc_name_pairs.txt [--all]
    python -m newsgraph.eval.names FILE [--all] [--hard] [--threshold T] [--errors N]

JRC's negatives are random pairs of names, which almost never look alike, so ``--hard``
also scores a harder set: held-out positives against, for each, the most similar name of
another person (a name not connected to it by any TRUE pair of the file).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

HELD_OUT_BUCKETS = frozenset({8, 9})  # of 10: 80 % train, 20 % held out


def read_pairs(path: str | Path) -> Iterator[tuple[str, str, bool]]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[2] not in ("TRUE", "FALSE"):
                continue
            yield parts[0], parts[1], parts[2] == "TRUE"


def bucket(a: str, b: str) -> int:
    return int(hashlib.sha1(f"{a}\t{b}".encode()).hexdigest()[:8], 16) % 10


def is_held_out(a: str, b: str) -> bool:
    return bucket(a, b) in HELD_OUT_BUCKETS


def prf(gold: Iterable[bool], pred: Iterable[bool]) -> tuple[float, float, float, int, int, int]:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp, fp, fn


def hard_pairs(all_pairs: list[tuple[str, str, bool]], n: int = 2000, seed: int = 13,
               held_out: bool = True) -> list[tuple[str, str, bool]]:
    """``n`` positives of the held-out (or training) part and, for each, the nearest
    non-variant of the same part as a negative."""
    import random

    import numpy as np
    from rapidfuzz import fuzz, process

    from ..link.names import normalise

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, g in all_pairs:
        if g:
            parent[find(a)] = find(b)
    held = [(a, b, g) for a, b, g in all_pairs if is_held_out(a, b) == held_out]
    names = sorted({x for a, b, _ in held for x in (a, b)})
    keys = [normalise(x) for x in names]
    pos = [p for p in held if p[2] and normalise(p[0]) != normalise(p[1])]
    pos = random.Random(seed).sample(pos, min(n, len(pos)))
    out = []
    for a, b, _ in pos:
        scores = process.cdist([normalise(a)], keys, scorer=fuzz.token_set_ratio, dtype=np.uint8)[0]
        for j in np.argsort(-scores, kind="stable")[:20]:
            c = names[int(j)]
            if find(c) != find(a) and keys[int(j)] != normalise(a):
                out += [(a, b, True), (a, c, False)]
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval names", description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--all", action="store_true", help="score every pair, not only the held-out part")
    ap.add_argument("--hard", action="store_true", help="score held-out positives against nearest other names")
    ap.add_argument("--threshold", type=float, default=None, help="override the trained threshold")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misclassified pairs")
    args = ap.parse_args(argv)

    from ..link.names import matcher

    m = matcher()
    thr = m.threshold if args.threshold is None else args.threshold
    if args.hard:
        pairs = hard_pairs(list(read_pairs(args.file)))
    else:
        pairs = [p for p in read_pairs(args.file) if args.all or is_held_out(p[0], p[1])]
    if not pairs:
        print("no pairs", file=sys.stderr)
        return 1
    probs = [m.probability(a, b) for a, b, _ in pairs]
    gold = [g for _, _, g in pairs]
    pred = [p >= thr for p in probs]
    prec, rec, f1, tp, fp, fn = prf(gold, pred)
    part = "hard: held-out positives vs nearest other names" if args.hard else "all" if args.all else "held-out"
    print(f"name matcher on {Path(args.file).name} ({part}, {len(pairs)} pairs, threshold {thr:.3f})")
    print(f"precision {prec:.4f}  recall {rec:.4f}  F1 {f1:.4f}  (tp {tp} fp {fp} fn {fn})")
    if args.errors:
        shown = 0
        for (a, b, g), p in zip(pairs, probs, strict=True):
            if (p >= thr) != g and shown < args.errors:
                print(f"{'FN' if g else 'FP'} {p:.3f}\t{a}\t{b}")
                shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
