"""Round 26 (issue #7, dangling): round 24's narrow plural rule (A) (``plural_by_verb = "adjacent"``) with a control of
fronted plural objects ("Die besten Chancen hat der …": a plural object before a singular verb and its subject), scored on
rows built with ``--set plural_by_verb=true`` (row flags ``plural_tag`` / ``plural_adj``, the ``np`` string: the sentence
up to two words after the noun) as dangling_pools.py scores them (checks_de card, round 26).

  P1  (A), but a "Die" noun stays skipped where the word after the verb opens a nominative (OPEN_WIDE) and the verb is no
      copula form
  P2  P1, and a plural-tagged noun after Der / Das stays skipped too
  P3  P1 with only the unambiguous nominative openers (OPEN_NARROW)

    OMP_NUM_THREADS=1 python training/checks/dangling_plural_fronted.py --rows ROWS [ROWS …]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training/checks"))

from training.checks import dangling_pools as dp  # noqa: E402

OPEN_WIDE = {"der", "die", "das", "ein", "eine", "einer", "er", "sie", "es", "man", "ich", "wir", "ihr", "du", "dieser",
             "diese", "jener", "kein", "keine"}
OPEN_NARROW = {"der", "er", "ich", "wir", "du", "man", "ihr", "dieser", "jener"}
COPULA = {"ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "bleibt", "blieb", "scheint"}


def fronted(r: dict, opens: set[str]) -> bool:
    """The row's noun, the verb after it and the word after that, read off ``np``: a fronted object by the word list."""
    w = r["np"].split()
    j = next((k for k in range(1, len(w)) if w[k] == r["noun"]), None)
    if j is None or j + 2 >= len(w) or w[0].lower() != "die":
        return False
    return w[j + 2].lower() in opens and w[j + 1].lower() not in COPULA


def flags(rows: list[dict]) -> None:
    for r in rows:
        tag, adj = r["plural_tag"] > 0, r["plural_adj"] > 0
        widened = tag and not adj  # what (A) admits
        det = r["np"].split()[0].lower() if r["np"] else ""
        r["plural_p1"] = float(adj or (widened and fronted(r, OPEN_WIDE)))
        r["plural_p2"] = float(r["plural_p1"] or (widened and det in ("der", "das")))
        r["plural_p3"] = float(adj or (widened and fronted(r, OPEN_NARROW)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", nargs="+", required=True)
    ap.add_argument("--filter", nargs="*", default=["runtime", "rel_adj"])
    ap.add_argument("--variants", nargs="*", default=["plural_tag", "plural_adj", "plural_p1", "plural_p2", "plural_p3"])
    args = ap.parse_args()
    names = list(dp.BASE) + ["part_known"]
    for path in args.rows:
        print(f"== {path}")
        pools = {k: (v[0], v[1]) for k, v in json.loads(Path(path).read_text("utf-8")).items()}
        for d, _n in pools.values():
            flags(d)
        base = [r for d, _n in pools.values() for r in d if not any(r.get(f, 0.0) for f in args.filter)]
        ctl = [r for r in base if not r["plural_tag"]]
        for v in args.variants:
            kept = [r for r in base if not r[v]]
            ins = sum(r["y"] for r in kept) - sum(r["y"] for r in ctl)
            unt = sum(r["clean"] for r in kept) - sum(r["clean"] for r in ctl)
            print(f"{v}: admits {ins} insertions and {unt} untouched candidates beyond the control (all pools of the file)")
            dp.FILTERS[:] = args.filter + [v]
            dp.score(pools, names, {}, ["part_known"], False, 1.0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
