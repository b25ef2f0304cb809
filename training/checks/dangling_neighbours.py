"""Round 25 (checks_de card, "Round 25 … h6"): corpus counts for the dangling candidates the counts have not seen. The
census of round 24 found the largest class of missed insertions scored below the threshold to be nouns the corpus counts
(almost) never name ("Die Rauchvergiftung befindet sich im Urlaub"): their first-definite ratio and indefinite share are
the config's priors, the same for every such noun. Here they borrow the counts of their nearest counted stems by the
floret vectors (subword n-grams: "rauchvergiftung" lies near "vergiftung", "lungenentzündung" near "entzündung"):

- ``nb_ratio`` / ``nb_countable``: the k nearest counted stems' (total >= ``--min-total``) mean first-definite ratio and
  indefinite share;
- ``ratio_nb`` / ``countable_nb``: the noun's own counts smoothed towards those neighbour values instead of the fixed priors
  (as ``dangling.features`` smooths towards ``prior_first_definite`` / ``prior_indefinite``).

Training only: it adds the columns to the cached pool rows of ``predicate_fit.py dangling`` / ``dangling_pools.py --rows``
(each row's ``noun`` and ``fold``; the fold's counts from the pools' fold dirs, the fold's floret from ``--floret``, both
leak-free) and scores the variants as dangling_pools.py does:

    OMP_NUM_THREADS=1 python training/checks/dangling_neighbours.py --rows /tmp/h6/r25/rows101.json \
        --folds /tmp/h6/r22/gfold0 /tmp/h6/r22/gfold1 --floret /tmp/h11/ff0 /tmp/h7/gfold1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.article import _anaphoricity  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.vectors import load_subword, stem  # noqa: E402
from training.checks import dangling_pools as dp  # noqa: E402

NB_FEATURES = ("nb_ratio", "nb_countable", "ratio_nb", "countable_nb")


class Neighbours:
    """The counted stems of one fold (total >= ``min_total``) with their floret vectors."""

    def __init__(self, counts: dict, sub, min_total: int = 10, k: int = 10):
        self.counts, self.sub, self.k = counts, sub, k
        self.keys = [w for w, c in counts.items() if c[4] >= min_total and len(w) >= 3]
        c = np.array([counts[w] for w in self.keys], dtype=np.float64)
        self.ratio = (c[:, 0] + 1.0) / (c[:, 0] + c[:, 2] + 2.0)
        self.countable = (c[:, 3] + 0.5) / (c[:, 4] + 1.0)
        self.mat = sub.batch(self.keys)
        self.index = {w: i for i, w in enumerate(self.keys)}

    def of(self, key: str) -> tuple[float, float]:
        sims = self.mat @ self.sub.batch([key])[0]
        if key in self.index:
            sims[self.index[key]] = -2.0  # its own counts are the noun's own features already
        top = np.argpartition(-sims, self.k)[: self.k]
        return float(self.ratio[top].mean()), float(self.countable[top].mean())


def add_columns(pools: dict, fold_dirs: list[str], floret_dirs: list[str], min_total: int, k: int) -> None:
    dc = section("dangling")
    strength = dc.get("prior_strength", 4)
    nbs = [Neighbours(_anaphoricity(d), load_subword(f), min_total, k) for d, f in zip(fold_dirs, floret_dirs)]
    memo: dict[tuple[int, str], tuple[float, float]] = {}
    for d, _n in pools.values():
        for r in d:
            key = stem(r["noun"].replace("-", ""))
            if (r["fold"], key) not in memo:
                memo[(r["fold"], key)] = nbs[r["fold"]].of(key)
            nr, nc = memo[(r["fold"], key)]
            df, _dl, of, ind, tot = nbs[r["fold"]].counts.get(key, (0, 0, 0, 0, 0))
            r.update(nb_ratio=nr, nb_countable=nc, ratio_nb=(df + strength * nr) / (df + of + strength),
                     countable_nb=(ind + strength * nc) / (tot + strength))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True)
    ap.add_argument("--folds", nargs=2, required=True, help="the pools' fold dirs (their anaphoricity.json)")
    ap.add_argument("--floret", nargs=2, required=True, help="each fold's leak-free floret dir")
    ap.add_argument("--filter", nargs="*", default=["runtime"])
    ap.add_argument("--min-total", type=int, default=10)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--C", type=float, default=1.0)
    args = ap.parse_args()
    dp.FILTERS[:] = args.filter
    pools = {k: (v[0], v[1]) for k, v in json.loads(Path(args.rows).read_text("utf-8")).items()}
    add_columns(pools, args.folds, args.floret, args.min_total, args.k)
    base = ["part_known"]
    for lab, names in (("C control", base), ("N1", base + ["nb_ratio", "nb_countable"]),
                       ("N2", base + ["ratio_nb", "countable_nb"])):
        print(lab)
        dp.score(pools, list(dp.BASE) + names, {}, names, False, args.C)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
