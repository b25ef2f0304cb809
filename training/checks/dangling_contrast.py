"""Round 26 (issue #7, dangling): the predicate fit read against the article — the swapped noun's fit to its head
compared with what this article puts there, and the rank's interaction with the topic features — scored on the pools'
cached rows (``predicate_fit.py dangling --rows``) as dangling_pools.py scores them (checks_de card, round 26).

Columns (products centred so that an unknown head, ``pf_rank`` 0.5, gives 0):
  pf_rank_c  (pf_rank - 0.5) * closest      the rank where the noun has / lacks a close word in the article
  pf_rank_s  (pf_rank - 0.5) * slot_gap     the rank times the slot's gap (the noun against its window; fl_slot_gap)
  pf_z       (pf_own - the article's nouns' mean fit) / their spread   (pf_own_x / pf_spread^2)
  pf_rank_z  (pf_rank - 0.5) * sub_z        the rank times the noun's topic fit against the article's spread (fl_sub_z)
  pf_role_gap pf_role_rank pf_role_known     rows built since round 26: against the article's nouns in the same role

    OMP_NUM_THREADS=1 python training/checks/dangling_contrast.py --rows ROWS101 [--rows ROWS102 ROWS103]
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", required=True, nargs="+", help="rows caches of predicate_fit.py dangling")
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--filter", nargs="*", default=["runtime"])
    ap.add_argument("--C", type=float, default=1.0)
    args = ap.parse_args()
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
                print(f"  {name}: {f} inserted {a.mean():+.3f} untouched {b.mean():+.3f} AUC {_auc(a, b):.3f} (n {len(a)}/{len(b)})")
        for v in args.variants:
            names = VARIANTS[v]
            if not has_role and any(n.startswith(("pf_role", "fl_")) for n in names):
                continue
            print(v)
            dp.score(pools, list(dp.BASE) + names, {}, names, False, args.C)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
