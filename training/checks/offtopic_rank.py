"""Choose the per-article ranking rule of the off-topic check (config ``topic.rank_rule``,
``rank_min_prob``, ``rank_min_margin``) on quotes-de **train** rows only.

Round 8 found that an inserted conjunct is nearly always the most likely conjunct of its article
while only about two thirds pass the one global threshold: the probabilities are not comparable
across articles. The rule: besides every conjunct at ``min_conjunct_prob``, flag the article's most
likely conjunct when its probability is at least ``rank_min_prob`` and its logit exceeds the second
most likely conjunct's by at least ``rank_min_margin`` (an article with one candidate has no margin and
keeps the global threshold alone).

Rows are the cross-fitted feature rows of train_offtopic.py (``--features`` cache); the probabilities
are cross-validated by article fold with the shipped model's features and C, so the rule is chosen on
probabilities no model saw in training. The budget counts flags on the untouched train articles,
as the global threshold does:

    OMP_NUM_THREADS=1 python training/checks/offtopic_rank.py --features /tmp/w3a/rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def cv_probs(d: list[dict], names: list[str], c: float, train: np.ndarray) -> np.ndarray:
    """Cross-validated probabilities of every row of ``d`` from models fitted on the ``train`` rows
    of the other article fold (the judged shapes only; other shapes are only scored)."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([[r[f] for f in names] for r in d], dtype=np.float64)
    y = np.array([r["y"] for r in d])
    folds = np.array([r["fold"] for r in d])
    mean, sd = x[train].mean(axis=0), x[train].std(axis=0)
    z = (x - mean) / np.where(sd > 1e-6, sd, 1.0)
    cv = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        fit = train & (folds != k)
        m = LogisticRegression(C=c, max_iter=2000).fit(z[fit], y[fit])
        cv[folds == k] = m.predict_proba(z[folds == k])[:, 1]
    return cv


def flagged(d: list[dict], p: np.ndarray, thr: float, p_low: float, margin: float,
            judged: np.ndarray | None = None) -> np.ndarray:
    """Which rows the rule flags: every row at ``thr``; the top row of its article at ``p_low`` when its
    logit beats the runner-up's by ``margin``."""
    logit = np.log(np.clip(p, 1e-9, 1 - 1e-9) / np.clip(1 - p, 1e-9, 1))
    judged = np.ones(len(p), dtype=bool) if judged is None else judged
    out = (p >= thr) & judged
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(d):
        by_doc[r["doc"]].append(i)
    for idx in by_doc.values():
        if len(idx) < 2:
            continue
        order = sorted(idx, key=lambda i: -p[i])
        top, second = order[0], order[1]
        if judged[top] and p[top] >= p_low and logit[top] - logit[second] >= margin:
            out[top] = True
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", required=True, help="feature rows cache of train_offtopic.py")
    ap.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"),
                    help="the model whose features are used (its coefficients are refitted per fold)")
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument("--max-false-per-20", type=float, default=0.3)
    ap.add_argument("--any-shape-runner-up", action="store_true",
                    help="rows built with --any-determiner: only definite conjuncts are judged, but the runner-up "
                         "may be a conjunct of any shape (scored by the same model)")
    args = ap.parse_args()
    data = [json.loads(line) for line in Path(args.features).read_text("utf-8").splitlines()]
    n_clean = sum(1 for r in data if r["kind"] == "_article")
    d = [r for r in data if r["kind"] == "conjunct"]
    names = json.loads(Path(args.model).read_text("utf-8"))["conjunct"]["features"]
    dets = {"der", "die", "das", "des", "dem", "den"}
    judged = np.array([len(r["text"].split()) > 1 and r["text"].split()[1] in dets for r in d])
    if not args.any_shape_runner_up:
        judged[:] = True
    # worst_gap compares a candidate with the other judged candidates of its article, as at check time
    docs: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(d):
        if judged[i]:
            docs[r["doc"]].append(i)
    for idx in docs.values():
        for i in idx:
            others = [d[j]["best"] for j in idx if j != i]
            d[i]["worst_gap"] = d[i]["best"] - min(others) if others else 0.0
    p = cv_probs(d, names, args.C, judged)
    y = (np.array([r["y"] for r in d]) == 1) & judged
    clean = np.array([r["clean"] for r in d]) & judged
    n_pos = int(y.sum())
    budget = int(args.max_false_per_20 * n_clean / 20)

    # how often the insertion is its article's most likely conjunct
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(d):
        by_doc[r["doc"]].append(i)
    top_ins = sum(1 for idx in by_doc.values() if any(y[i] for i in idx) and y[max(idx, key=lambda i: p[i])])
    docs_ins = sum(1 for idx in by_doc.values() if any(y[i] for i in idx))
    single = sum(1 for idx in by_doc.values() if any(y[i] for i in idx) and len(idx) == 1)
    print(f"{len(d)} candidates, {n_pos} inserted, {n_clean} untouched articles (budget {budget} false flags); "
          f"insertion ranks first in {top_ins} of {docs_ins} articles, alone in {single}")

    neg = np.sort(p[clean])[::-1]  # judged untouched candidates
    thr = float(neg[budget]) + 1e-6
    base = flagged(d, p, thr, 1.0, 1e9, judged)
    print(f"global threshold {thr:.3f}: {int((base & y).sum())} found, {int((base & clean).sum())} untouched false")
    best = (int((base & y).sum()), int((base & clean).sum()), thr, 1.0, float("inf"))  # no rule
    for t in sorted({thr, *[q for q in (0.86, 0.88, 0.9, 0.92, 0.94) if q >= thr]}):
        for p_low in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            if p_low >= t:
                continue
            for m in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0):
                f = flagged(d, p, t, p_low, m, judged)
                fp = int((f & clean).sum())
                if fp > budget:
                    continue
                tp = int((f & y).sum())
                if best is None or tp > best[0] or (tp == best[0] and fp < best[1]):
                    best = (tp, fp, t, p_low, m)
    tp, fp, t, p_low, m = best
    if m == float("inf"):
        print(f"no rule beats the global threshold alone within the budget ({tp} found, {fp} untouched false); "
              f"around p >= 0.3, margin >= 3 (found / untouched false):")
        p_low, m = 0.3, 3.0
    else:
        print(f"best rule within budget: threshold {t:.3f}, top conjunct at p >= {p_low} with margin >= {m}: "
              f"{tp} found, {fp} untouched false")
    # the neighbourhood of the choice, to see whether it is a plateau or one lucky cell
    for pl in (p_low - 0.1, p_low, p_low + 0.1):
        cells = []
        for mm in (m - 1.0, m - 0.5, m, m + 0.5, m + 1.0):
            f = flagged(d, p, t, pl, mm, judged)
            cells.append(f"{mm:.1f}:{int((f & y).sum())}/{int((f & clean).sum())}")
        print(f"   p_low {pl:.1f}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
