"""Round 26 (issue #7, dangling): the predicate fit read against the article — the swapped noun's fit to its head
compared with what this article puts there, and the rank's interaction with the topic features — scored on the pools'
cached rows (``predicate_fit.py dangling --rows``) as dangling_pools.py scores them (checks_de card, round 26).

Columns (products centred so that an unknown head, ``pf_rank`` 0.5, gives 0):
  pf_rank_c  (pf_rank - 0.5) * closest      the rank where the noun has / lacks a close word in the article
  pf_rank_s  (pf_rank - 0.5) * slot_gap     the rank times the slot's gap (the noun against its window; fl_slot_gap)
  pf_z       (pf_own - the article's nouns' mean fit) / their spread   (pf_own_x / pf_spread^2)
  pf_rank_z  (pf_rank - 0.5) * sub_z        the rank times the noun's topic fit against the article's spread (fl_sub_z)
  pf_role_gap pf_role_rank pf_role_known     rows built since round 26: against the article's nouns in the same role

A pool "v4 cut antecedents" in the cache (generator v4's references: the author's own fluent definite NP whose
introducing sentence was cut) is scored against the quotes-de train untouched budget; ``--auc`` adds each pool's AUC.

    OMP_NUM_THREADS=1 python training/checks/dangling_contrast.py --rows ROWS101 [--rows ROWS102 ROWS103]
    OMP_NUM_THREADS=1 python training/checks/dangling_contrast.py --build-cut ROWS101 CUT101 --rows CUT101 --variants C U K8 --auc
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training/checks"))

from training.checks import dangling_pools as dp  # noqa: E402
from training.checks.offtopic_appended import _auc  # noqa: E402

BASE = ["part_known"]
FIT = ["pf_own", "pf_rank", "pf_known"]
VARIANTS = {
    "C": BASE, "U": BASE + FIT,
    "K1": BASE + FIT + ["pf_rank_c"], "K2": BASE + FIT + ["pf_rank_s"], "K3": BASE + FIT + ["pf_z"],
    "K4": BASE + FIT + ["pf_rank_c", "pf_rank_s"], "K5": BASE + FIT + ["pf_rank_z"],
    "K6": BASE + FIT + ["pf_role_gap", "pf_role_rank", "pf_role_known"],
    # amended after K1-K6: the interactions with their main effects (the fold floret's sub_z / slot_gap)
    "K7": BASE + FIT + ["fl_sub_z", "pf_rank_z"], "K8": BASE + FIT + ["fl_slot_gap", "pf_rank_s"],
    # diagnostics of K8 (not candidates): the slot's gap alone, with and without the fit
    "K8a": BASE + FIT + ["fl_slot_gap"], "K8b": BASE + ["fl_slot_gap"],
}


def add_columns(rows: list[dict]) -> None:
    for r in rows:
        c = r["pf_rank"] - 0.5
        r["pf_rank_c"] = c * r["closest"]
        # the pools' own slot_gap / sub_z are 0 (no floret in their fold dirs): rows built since round 26 carry the fold
        # floret's as fl_slot_gap / fl_sub_z
        r["pf_rank_s"] = c * r.get("fl_slot_gap", r["slot_gap"])
        r["pf_rank_z"] = c * r.get("fl_sub_z", r["sub_z"])
        sp = r["pf_spread"]
        r["pf_z"] = r["pf_own_x"] / (sp * sp) if r["pf_known"] > 0 and sp > 1e-6 else 0.0


def pool_auc(pools: dict, names: list[str], c: float = 1.0) -> None:
    """The AUC of each pool's insertions above the quotes-de train untouched candidates under the model fitted by
    article fold as dangling_pools.score fits it (round 26: the v4 pool is too small for found counts to differ)."""
    from sklearn.linear_model import LogisticRegression

    keep = {k: [r for r in d if not any(r.get(f, 0.0) for f in dp.FILTERS)] for k, (d, _n) in pools.items()}
    fit_rows = keep["quotes-de train"]
    x = np.array([[r[f] for f in names] for r in fit_rows], dtype=np.float64)
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd > 1e-6, sd, 1.0)
    y, fold = np.array([r["y"] for r in fit_rows]), np.array([r["fold"] for r in fit_rows])
    models = {k: LogisticRegression(C=c, max_iter=3000).fit(((x - mu) / sd)[fold != k], y[fold != k]) for k in (0, 1)}

    def prob(d):
        z = (np.array([[r[f] for f in names] for r in d], dtype=np.float64) - mu) / sd
        fo = np.array([r["fold"] for r in d])
        p = np.zeros(len(d))
        for k, m in models.items():
            p[fo == k] = m.predict_proba(z[fo == k])[:, 1]
        return p

    clean = [r for r in fit_rows if r["clean"]]
    pc = prob(clean)
    for name, d in keep.items():
        ins = [r for r in d if r["y"]]
        print(f"  {name}: AUC of {len(ins)} insertions above {len(clean)} untouched train candidates {_auc(prob(ins), pc):.3f}")


def build_cut(base: str, out: str, folds: list[str], floret: list[str], seed: int = 101) -> None:
    """Generator v4's cut-antecedent rows of quotes-de train ``seed``, with the columns ``predicate_fit.py dangling`` adds
    (the fold floret's fit and ``fl_*``), merged into the cache ``base`` as the pool "v4 cut antecedents"."""
    from training.checks import predicate_fit as pf

    def only_cut() -> None:
        d = json.loads(Path(base).read_text("utf-8"))
        d["v4 cut antecedents"] = dp.rows("train", [seed], folds, {}, gen=4)
        Path(out).write_text(json.dumps(d), "utf-8")
        print(f"{len(d['v4 cut antecedents'][0])} v4 rows -> {out}")

    main, dp.main = dp.main, only_cut
    try:
        pf.dangling([], floret)
    finally:
        dp.main = main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True, nargs="+", help="rows caches of predicate_fit.py dangling")
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--filter", nargs="*", default=["runtime"])
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--auc", action="store_true", help="also each pool's AUC against the train untouched candidates")
    ap.add_argument("--build-cut", nargs=2, metavar=("BASE", "OUT"), help="first add the v4 pool to BASE's rows, into OUT")
    ap.add_argument("--folds", nargs=2, default=["/tmp/h6/r22/gfold0", "/tmp/h6/r22/gfold1"], help="with --build-cut")
    ap.add_argument("--floret", nargs=2, default=["/tmp/h11/ff0", "/tmp/h7/gfold1"], help="with --build-cut")
    args = ap.parse_args()
    if args.build_cut:
        build_cut(*args.build_cut, args.folds, args.floret)
    dp.FILTERS[:] = args.filter
    for path in args.rows:
        print(f"== {path}")
        pools = {k: (v[0], v[1]) for k, v in json.loads(Path(path).read_text("utf-8")).items()}
        for d, _n in pools.values():
            add_columns(d)
        has_role = all("pf_role_gap" in r for d, _n in pools.values() for r in d)
        cols = ["pf_rank_c", "pf_rank_s", "pf_z", "pf_rank_z"] + (["pf_role_gap", "pf_role_rank"] if has_role else [])
        for name, (d, _n) in pools.items():
            d = [r for r in d if not any(r.get(f, 0.0) for f in dp.FILTERS) and r["pf_known"] > 0]
            for f in cols:
                a = np.array([r[f] for r in d if r["y"] and (f[:7] != "pf_role" or r["pf_role_known"] > 0)])
                b = np.array([r[f] for r in d if r["clean"] and (f[:7] != "pf_role" or r["pf_role_known"] > 0)])
                if not len(b):
                    continue  # the v4 pool has no untouched rows of its own (--auc scores it against train's)
                print(f"  {name}: {f} inserted {a.mean():+.3f} untouched {b.mean():+.3f} AUC {_auc(a, b):.3f} (n {len(a)}/{len(b)})")
        for v in args.variants:
            names = VARIANTS[v]
            if not has_role and any(n.startswith(("pf_role", "fl_")) for n in names):
                continue
            print(v)
            dp.score(pools, list(dp.BASE) + names, {}, names, False, args.C)
            if args.auc:
                pool_auc(pools, list(dp.BASE) + names, args.C)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
