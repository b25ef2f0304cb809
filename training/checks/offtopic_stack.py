"""Round 26 (checks_de card, "Round 26, off-topic: one signal stacked on the shipped conjunct logit; h6").

Every refit of the conjunct model's 30 coefficients with a new feature has lost to the shipped coefficients at the tight
flag budget (rounds 22-25), so a new signal is here stacked on the shipped model instead: final = L + w * s, with L the
logit of the shipped conjunct model's probability (offtopic.json, untouched), s one signal (0 where it is unknown) and a
single weight w. w is fitted on one article fold's rows of the train-side pools and scored on the other fold, both
ways; each fold is judged at the number of its untouched candidates the shipped model flags at its own threshold (B_k)
and at half of it, so that the stacked score and the shipped one are compared at the same false flags. The decision
rule was written before the first figure (checks_de card, round 26).

Signals (``SIGNALS``): ``coord``, the round-25 pair model's logit (offtopic_coord.py) of the conjunct's pair of nouns;
``sib_rank``, the partner rank of offtopic_conjuncts.partner, centred on its unknown value 0.5.

    OMP_NUM_THREADS=1 python training/checks/offtopic_stack.py cv --pairs /tmp/h5/r25/coord \\
        --eval-rows /tmp/h6/r26/ev_train.jsonl /tmp/h6/r26/ev_gnad-side.jsonl --signal coord

``cv`` prints the decision table; ``curve`` (exploratory) found by w in-sample per fold; ``fit`` refits w on both folds pooled and the cross-fitted threshold (what would be
shipped). Nothing is written to models/ unless ``fit --out`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GRID = np.round(np.arange(-3.0, 3.0001, 0.05), 2)


def _signal(rows: list[dict], name: str) -> np.ndarray:
    if name == "coord":
        c = np.array([r["coord"] for r in rows], dtype=float)
        return np.where(np.isnan(c), 0.0, c)
    if name == "sib_rank":
        return np.array([r.get("sib_rank", 0.5) - 0.5 for r in rows], dtype=float)
    raise ValueError(name)


SIGNALS = ("coord", "sib_rank")


def found_at(score_ev: np.ndarray, score_un: np.ndarray, b: int) -> tuple[int, float]:
    """Inserted candidates found at the threshold that lets the ``b`` highest untouched candidates through, and that
    threshold (ties at the cut are not flagged, as offtopic_conjuncts._budget_report)."""
    neg = np.sort(score_un)[::-1]
    t = float(neg[b]) + 1e-9 if len(neg) > b else -np.inf
    return int((score_ev >= t).sum()), t


def fit_w(l_ev, s_ev, l_un, s_un, budgets: list[int]) -> float:
    """The grid weight that finds most at ``budgets`` (summed), ties to the smallest |w|."""
    best, best_w = -1, 0.0
    for w in sorted(GRID, key=lambda x: (abs(x), x)):
        v = sum(found_at(l_ev + w * s_ev, l_un + w * s_un, b)[0] for b in budgets)
        if v > best:
            best, best_w = v, float(w)
    return best_w


def _load(args):
    from newsgraph.checks.topic import probability
    from training.checks.offtopic_conjuncts import conjunct_rows
    from training.checks.train_offtopic import cached_rows

    rows = [r for f in args.eval_rows for r in cached_rows(f, None)]
    if args.signal == "coord":
        from training.checks.offtopic_coord import add_coord

        add_coord(rows, args.pairs)
    _ev, un, evp = conjunct_rows(rows)
    ship = json.loads(Path(args.model).read_text("utf-8"))["conjunct"]
    sn = list(ship["features"])

    def logit(d):
        p = np.array([probability(ship, {n: (float("nan") if r.get(n) is None else r[n]) for n in sn}) for r in d])
        p = np.clip(p, 1e-9, 1 - 1e-9)
        return np.log(p / (1 - p))

    l_ev, l_un = logit(evp), logit(un)
    t0 = float(np.log(ship["threshold"] / (1 - ship["threshold"])))
    return evp, un, l_ev, l_un, _signal(evp, args.signal), _signal(un, args.signal), t0


def cv(args) -> None:
    evp, un, l_ev, l_un, s_ev, s_un, t0 = _load(args)
    f_ev, f_un = np.array([r["fold"] for r in evp]), np.array([r["fold"] for r in un])
    set_ev, set_un = np.array([r["set"] for r in evp]), np.array([r["set"] for r in un])
    known_ev, known_un = float(np.mean(s_ev != 0)), float(np.mean(s_un != 0))
    print(f"signal {args.signal}: E {len(evp)} inserted conjunct candidates, U {len(un)} untouched; s != 0 for "
          f"{known_ev:.2f} / {known_un:.2f}; mean s {s_ev.mean():+.3f} / {s_un.mean():+.3f}")
    budgets = {k: int((l_un[f_un == k] >= t0).sum()) for k in (0, 1)}
    print(f"shipped threshold 0.8326: B_k (untouched flags per fold) {budgets}")
    ws = {}
    for j in (0, 1):
        sel_e, sel_u = f_ev == j, f_un == j
        ws[j] = fit_w(l_ev[sel_e], s_ev[sel_e], l_un[sel_u], s_un[sel_u], [budgets[j], round(budgets[j] / 2)])
    print(f"w fitted on fold 0: {ws[0]:+.2f}; on fold 1: {ws[1]:+.2f}")
    tot = {"ctl": {}, "stk": {}}
    for k in (0, 1):
        w = ws[1 - k]
        sel_e, sel_u = f_ev == k, f_un == k
        for b in (budgets[k], round(budgets[k] / 2)):
            cells = []
            for lab, we in (("ctl", 0.0), ("stk", w)):
                se, su = l_ev[sel_e] + we * s_ev[sel_e], l_un[sel_u] + we * s_un[sel_u]
                n, t = found_at(se, su, b)
                fq = int((se[set_ev[sel_e] == "train"] >= t).sum())
                fg = n - fq
                ug = int((su[set_un[sel_u] == "gnad-side"] >= t).sum())
                key = "B" if b == budgets[k] else "B/2"
                acc = tot[lab].setdefault(key, [0, 0, 0, 0])
                acc[0] += n
                acc[1] += fq
                acc[2] += fg
                acc[3] += ug
                cells.append(f"{lab} {n} = {fq} + {fg} (U flags gnad-side {ug} of {b})")
            print(f"  fold {k} scored with w {w:+.2f}, budget {b:3d}: " + " | ".join(cells))
    for key in ("B", "B/2"):
        c, s = tot["ctl"][key], tot["stk"][key]
        print(f"  summed at {key}: control {c[0]} = {c[1]} + {c[2]} (gnad-side U flags {c[3]}); stacked {s[0]} = "
              f"{s[1]} + {s[2]} ({s[3]}); gain {s[0] - c[0]:+d}")


def curve(args) -> None:
    """Exploratory (after the decision): found at each fold's own budget B_k as a function of w, in-sample on that fold,
    against w = 0: how much any single weight could gain, and whether the two folds agree on it."""
    evp, un, l_ev, l_un, s_ev, s_un, t0 = _load(args)
    f_ev, f_un = np.array([r["fold"] for r in evp]), np.array([r["fold"] for r in un])
    grid = [-2.0, -1.0, -0.6, -0.4, -0.3, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.2, 0.4, 1.0]
    from training.checks.offtopic_appended import _auc

    # where the decision is made: candidates the shipped model already puts near or above its threshold
    for lo in (-np.inf, 0.0, 1.0):
        e, u = (l_ev >= lo) & (s_ev != 0), (l_un >= lo) & (s_un != 0)
        print(f"shipped logit >= {lo}: {int(e.sum())} inserted, {int(u.sum())} untouched with s known; AUC of -s "
              f"(inserted above untouched) {_auc(-s_ev[e], -s_un[u]):.3f}")
    print(f"signal {args.signal}: found at B_k (and B_k/2) by w, each fold in-sample")
    for k in (0, 1):
        e, u = f_ev == k, f_un == k
        b = int((l_un[u] >= t0).sum())
        cells = [f"{w:+.2f}: {found_at(l_ev[e] + w * s_ev[e], l_un[u] + w * s_un[u], b)[0]}"
                 f"/{found_at(l_ev[e] + w * s_ev[e], l_un[u] + w * s_un[u], round(b / 2))[0]}" for w in grid]
        print(f"  fold {k} (B {b}): " + "  ".join(cells))


def fit(args) -> None:
    evp, un, l_ev, l_un, s_ev, s_un, t0 = _load(args)
    f_ev, f_un = np.array([r["fold"] for r in evp]), np.array([r["fold"] for r in un])
    b = int((l_un >= t0).sum())
    budgets = {k: int((l_un[f_un == k] >= t0).sum()) for k in (0, 1)}
    ws = {j: fit_w(l_ev[f_ev == j], s_ev[f_ev == j], l_un[f_un == j], s_un[f_un == j],
                   [budgets[j], round(budgets[j] / 2)]) for j in (0, 1)}
    cross_un = l_un + np.where(f_un == 0, ws[1], ws[0]) * s_un
    _n, thr = found_at(l_ev + np.where(f_ev == 0, ws[1], ws[0]) * s_ev, cross_un, b)
    w = fit_w(l_ev, s_ev, l_un, s_un, [b, round(b / 2)])
    n_final = int((l_un + w * s_un >= thr).sum())
    print(f"pooled B {b}; w (both folds) {w:+.2f}; cross-fitted threshold {thr:.4f} (logit); the final w's untouched "
          f"flags at it {n_final}")
    if args.out:
        Path(args.out).write_text(json.dumps({"signal": args.signal, "weight": w, "threshold_logit": round(thr, 4),
                                              "budget": b, "fold_weights": ws}, indent=1), "utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("cv", "fit", "curve"):
        p = sub.add_parser(name)
        p.add_argument("--eval-rows", nargs="+", required=True, help="offtopic_conjuncts.py build --shipped's rows")
        p.add_argument("--signal", choices=SIGNALS, required=True)
        p.add_argument("--pairs", default=None, help="offtopic_coord.py fit's --out (for --signal coord)")
        p.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
        if name == "fit":
            p.add_argument("--out", default=None)
    args = ap.parse_args()
    {"cv": cv, "fit": fit, "curve": curve}[args.cmd](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
