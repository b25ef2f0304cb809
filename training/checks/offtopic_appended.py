"""Round 23 (checks_de card, "Round 23, off-topic; h7"): the appended-clause model trained on many more clauses.

``perturb.generate`` appends an adverbial clause for about 8 % of its off-topic insertions, so the appended model has
learnt from 111 train rows. ``perturb.generate_appended`` (training only) makes up to ``--copies`` clause copies of
every train-side article. This script builds their rows (leak-free: donors from the article's own fold; cross-fitted:
each article scored with the fold vectors built without its fold, ``--folds``; ``topic.features`` plus
``topic.cohesion``), then fits the appended model by article fold on the pooled train-side rows (quotes-de train and
the train-side 10kGNAD rows share the folds of ``build_model.py --gnad-folds``) and scores the shipped generator's own
clauses (``offtopic_census`` rows, ``--eval-rows``) of the other fold: found at 0 … 4 untouched flags on each pool.

    OMP_NUM_THREADS=1 python training/checks/offtopic_appended.py build --split train --copies 4 --seed 201 \
        --folds /tmp/h7/pf0 /tmp/h7/gfold1 --rows /tmp/h7/r23/app_train.jsonl
    OMP_NUM_THREADS=1 python training/checks/offtopic_appended.py fit --rows /tmp/h7/r23/app_train.jsonl \
        /tmp/h7/r23/app_gnad.jsonl --eval-rows /tmp/h7/orows_app2.jsonl

Nothing is written to models/ unless ``fit --out`` is given (a copy of offtopic.json with the new appended model).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.perturb import generate_appended  # noqa: E402
from newsgraph.checks.topic import COHESION_FEATURES, cohesion  # noqa: E402
from training.checks.train_offtopic import cached_rows  # noqa: E402


def build(args) -> None:
    from training.checks import offtopic_census
    from training.checks.offtopic_recall import rows as recall_rows

    def samples(seed: int):
        return generate_appended(args.split, seed, copies=args.copies, donor_folds=len(args.folds), near=args.near)

    # offtopic_census's donor-closeness fields for each insertion
    def insertion(smp, d, sents, vecs, text_of):
        a = offtopic_census._centroid(vecs, offtopic_census._CAP.findall(smp.text[:d.start] + smp.text[d.end:]))
        b = offtopic_census._centroid(vecs, offtopic_census._CAP.findall(text_of[smp.donor]))
        ctx = smp.text[max(0, d.start - 80):d.start] + "[[" + smp.text[d.start:d.end] + "]]" + smp.text[d.end:d.end + 30]
        return {"donor_sim": float(a @ b) if a is not None and b is not None else None, "ctx": ctx.replace("\n", " ")}

    data = cached_rows(args.rows, lambda: recall_rows(args.split, args.folds, [args.seed], more=cohesion,
                                                       insertion=insertion, samples=samples))
    ins = [r for r in data if r["kind"] == "_ins"]
    print(f"{args.split}: {len(data)} rows, {len(ins)} insertions, candidates "
          f"{sum(1 for r in data if r['kind'] == 'appended' and r['y'])} inserted appended")


def _x(d: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[np.nan if r.get(f) is None else r[f] for f in names] for r in d], dtype=np.float64)


def _fit(train: list[dict], names: list[str], c: float):
    """Logistic regression standardised on ``train`` (NaN as the column mean, as train_offtopic.fit_kind); returns
    (model, mean, scale) so rows of another set can be scored the same way."""
    from sklearn.linear_model import LogisticRegression

    x = _x(train, names)
    mu = np.nanmean(x, axis=0)
    x = np.where(np.isnan(x), mu, x)
    mean, sd = x.mean(axis=0), x.std(axis=0)
    scale = np.where(sd > 1e-6, sd, 1.0)
    m = LogisticRegression(C=c, max_iter=3000).fit((x - mean) / scale, np.array([r["y"] for r in train]))
    return m, mu, mean, scale


def _score(fitted, d: list[dict], names: list[str]) -> np.ndarray:
    m, mu, mean, scale = fitted
    x = _x(d, names)
    x = np.where(np.isnan(x), mu, x)
    return m.predict_proba((x - mean) / scale)[:, 1]


def _cv_score(train: list[dict], test: list[dict], names: list[str], c: float) -> np.ndarray:
    """Each fold of ``test`` scored by a model fitted on the other folds' ``train`` rows."""
    p = np.zeros(len(test))
    folds = np.array([r["fold"] for r in test])
    for k in sorted(set(folds.tolist())):
        fitted = _fit([r for r in train if r["fold"] != k], names, c)
        sel = np.flatnonzero(folds == k)
        p[sel] = _score(fitted, [test[i] for i in sel], names)
    return p


def _auc(pos: np.ndarray, neg: np.ndarray) -> float:
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def _report(label: str, p_ev: np.ndarray, ev: list[dict], p_un: np.ndarray, un: list[dict], flags=(0, 1, 2, 3, 4)) -> list[int]:
    """Found of the evaluation insertions (by pool) at the thresholds letting ``flags`` pooled untouched candidates
    through, with the untouched flags that land on each pool."""
    y = np.array([r["y"] for r in ev], dtype=bool)
    sets = np.array([r["set"] for r in ev])
    uset = np.array([r["set"] for r in un])
    neg = np.sort(p_un)[::-1]
    cells, totals = [], []
    for k in flags:
        t = float(neg[k]) + 1e-6 if len(neg) > k else 0.0
        fq = int((p_ev[y & (sets == "train")] >= t).sum())
        fg = int((p_ev[y & (sets == "gnad-side")] >= t).sum())
        uq = int((p_un[uset == "train"] >= t).sum())
        ug = int((p_un[uset == "gnad-side"] >= t).sum())
        totals.append(fq + fg)
        cells.append(f"{fq}+{fg}={fq + fg} ({uq}/{ug})")
    print(f"  {label:<34} AUC {_auc(p_ev[y], p_un):.3f}  " + " | ".join(cells))
    return totals


def fit(args) -> None:
    from newsgraph.checks.topic import probability

    new = [r for f in args.rows for r in cached_rows(f, None) if r["kind"] == "appended"]
    ev_all = cached_rows(args.eval_rows, None)
    ev = [r for r in ev_all if r["kind"] == "appended" and not r["clean"]]  # perturbed copies: insertions + host clauses
    un = [r for r in ev_all if r["kind"] == "appended" and r["clean"]]      # untouched articles' candidates
    evp = [r for r in ev if r["y"]]
    ins = [r for f in args.rows for r in cached_rows(f, None) if r["kind"] == "_ins"]
    print(f"training rows: {len(new)} appended candidates, {sum(r['y'] for r in new)} inserted "
          f"({len(ins)} clauses made; train {sum(1 for r in new if r['y'] and r['set'] == 'train')}, gnad-side "
          f"{sum(1 for r in new if r['y'] and r['set'] == 'gnad-side')})")
    print(f"evaluation (the shipped generator's clauses, {args.eval_rows}): {len(evp)} inserted (train "
          f"{sum(1 for r in evp if r['set'] == 'train')}, gnad-side {sum(1 for r in evp if r['set'] == 'gnad-side')}); "
          f"untouched candidates train {sum(1 for r in un if r['set'] == 'train')}, gnad-side "
          f"{sum(1 for r in un if r['set'] == 'gnad-side')}")
    print("found of the evaluation clauses train+gnad-side=total (untouched flags train/gnad-side) at 0 | 1 | 2 | 3 | 4 "
          "pooled untouched flags")
    model = json.loads(Path(args.model).read_text("utf-8"))
    ship = model["appended"]
    sn = list(ship["features"])

    def shipped_p(d):
        return np.array([probability(ship, {n: (float("nan") if r.get(n) is None else r[n]) for n in sn}) for r in d])

    _report("shipped model (as is)", shipped_p(evp), evp, shipped_p(un), un)
    _report("shipped features, CV on eval rows", _cv_score(ev + un, evp, sn, args.C), evp, _cv_score(ev + un, un, sn, args.C), un)
    add_sets = [("", [])] + [(f" + {f}", [f]) for f in COHESION_FEATURES] + [(" + all five", list(COHESION_FEATURES))]
    for src, train in (("new rows", new), ("new + eval rows", None)):
        for lab, add in add_sets:
            names = sn + add
            if train is None:
                # the eval rows of the other fold join the training rows; each fold is still scored out of fold
                train_rows = new + ev + un
            else:
                train_rows = train
            _report(f"{src}{lab}", _cv_score(train_rows, evp, names, args.C), evp, _cv_score(train_rows, un, names, args.C), un)
    # the new rows' own CV (their clauses, the same untouched candidates)
    newp = [r for r in new if r["y"]]
    for lab, add in (("", []), (" + all five", list(COHESION_FEATURES))):
        _report(f"new rows' own CV{lab}", _cv_score(new, newp, sn + add, args.C), newp, _cv_score(new, un, sn + add, args.C), un)
    if args.out:
        names = sn + list(args.add)
        train_rows = new + (ev + un if args.with_eval else [])
        p_un = _cv_score(train_rows, un, names, args.C)
        thr = float(np.max(p_un)) + 1e-6
        m, mu, mean, scale = _fit(train_rows, names, args.C)
        model["appended"] = {"features": names, "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
                             "coef": m.coef_[0].round(6).tolist(), "intercept": round(float(m.intercept_[0]), 6),
                             "threshold": round(thr, 4)}
        model.setdefault("report", {})["appended"] = {
            "round23": {"rows": args.rows, "with_eval": args.with_eval, "added": list(args.add), "C": args.C,
                        "threshold": "max of the pooled untouched train-side candidates' fold-CV probabilities",
                        "untouched_candidates": len(un), "training_candidates": len(train_rows),
                        "inserted": int(sum(r["y"] for r in train_rows))}}
        Path(args.out).write_text(json.dumps(model, indent=1), "utf-8")
        print(f"wrote {args.out}: threshold {thr:.4f} (fold-CV, 0 pooled untouched flags); the final model's own "
              f"untouched maximum {float(np.max(_score((m, mu, mean, scale), un, names))):.4f}")
        for f, c in sorted(zip(names, m.coef_[0]), key=lambda x: -abs(x[1]))[:12]:
            print(f"  {f:12s} {c:+.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--split", default="train", choices=("train", "gnad-side"))
    b.add_argument("--copies", type=int, default=4)
    b.add_argument("--seed", type=int, default=201)
    b.add_argument("--near", type=float, default=0.0)
    b.add_argument("--folds", nargs="+", required=True)
    b.add_argument("--rows", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--rows", nargs="+", required=True, help="build's row files (training rows)")
    f.add_argument("--eval-rows", required=True, help="offtopic_census rows of the shipped generator (round 22)")
    f.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    f.add_argument("--C", type=float, default=0.1)
    f.add_argument("--add", nargs="*", default=[], help="cohesion features of the exported model")
    f.add_argument("--with-eval", action="store_true", help="the exported model also fits the eval rows")
    f.add_argument("--out", default=None, help="write a copy of offtopic.json with the new appended model")
    args = ap.parse_args()
    if args.cmd == "build":
        build(args)
    else:
        fit(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
