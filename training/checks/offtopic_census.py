"""Round 22 (checks_de card, "Round 22, off-topic; h7"): the off-topic insertions of the train-side sets by kind, the
false flags by kind, and the cohesion of an appended clause with the sentence it sits in.

    OMP_NUM_THREADS=1 python training/checks/offtopic_census.py --folds /tmp/gfold0 /tmp/gfold1 --rows /tmp/orows22.jsonl \
        [--conjunct-seeds 101] [--show 6]

Rows: quotes-de train (seeds 101-103) and the train-side 10kGNAD rows (``perturb.generate("gnad-side")``, seed 101), both
leak-free (donors from the article's own fold, round 15) and cross-fitted (each article scored with fold vectors built by
``build_model.py`` / ``build_floret.py --exclude-fold k --gnad-folds``, which leave out that fold's quotes-de train
articles and 10kGNAD rows). Each candidate row carries ``topic.features`` plus ``topic.cohesion`` (whatever the shipped
model uses); each insertion its kind (conjunct / appended clause), why it was lost (``offtopic_classes.miss_class``), and
how close its donor article is to its host (topic-vector cosine of the two articles' nouns: a donor of the same domain
makes an insertion that the topic features cannot see).

Printed: (1) insertions by kind and class, found at the shipped budget (13 untouched quotes-de train flags, all on
conjuncts; appended clauses above every untouched candidate), also by the donor's closeness; (2) the untouched candidates
that would be flagged, by kind and shape; (3) train CV (by article fold, C = 0.1) of the appended-clause model with the
shipped features and with each cohesion feature added, found at 0 … 4 untouched train flags, and the same model scored on
the gnad-side rows (fitted on all train rows, threshold read on train). Nothing is written to models/.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.topic import COHESION_FEATURES, cohesion, probability  # noqa: E402
from newsgraph.checks.vectors import WordVectors  # noqa: E402
from training.checks.offtopic_classes import cv, found_at, inserted_kind  # noqa: E402
from training.checks.offtopic_recall import rows as recall_rows  # noqa: E402
from training.checks.train_offtopic import _auc, cached_rows  # noqa: E402

BUDGET = 13  # untouched quotes-de train conjunct candidates let through (config topic.min_conjunct_prob, round 15)
_CAP = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}\b")


def _centroid(vecs: WordVectors, words) -> np.ndarray | None:
    got = [vecs.lookup(w) for w in words]
    got = [v * w for v, w in (g for g in got if g is not None)]
    if not got:
        return None
    c = np.sum(got, axis=0)
    n = float(np.linalg.norm(c))
    return c / n if n else None


def rows(split: str, fold_dirs: list[str], seeds: list[int], conjunct_seeds: list[int] | None = None) -> list[dict]:
    """offtopic_recall's rows with each candidate's cohesion and each insertion's donor closeness. ``conjunct_seeds``:
    keep the copies with an inserted conjunct of these seeds only (every appended clause and every untouched article
    stays): the appended clauses are few, and parsing is the slow part."""

    def keep(seed, smp) -> bool:
        return (conjunct_seeds is None or smp.perturbation != "off_topic" or seed in conjunct_seeds
                or inserted_kind(smp) != "conjunct")

    def insertion(smp, d, _sents, vecs: WordVectors, text_of: dict[str, str]) -> dict:
        a = _centroid(vecs, _CAP.findall(smp.text[:d.start] + smp.text[d.end:]))
        b = _centroid(vecs, _CAP.findall(text_of[smp.donor]))
        ctx = smp.text[max(0, d.start - 80):d.start] + "[[" + smp.text[d.start:d.end] + "]]" + smp.text[d.end:d.end + 30]
        return {"donor_sim": float(a @ b) if a is not None and b is not None else None, "ctx": ctx.replace("\n", " ")}

    return recall_rows(split, fold_dirs, seeds, keep=keep, more=cohesion, insertion=insertion)


def _auc_ties(pos: np.ndarray, neg: np.ndarray) -> float:
    """Mann-Whitney AUC with ties counted half (most cohesion values are 0 or 0.5)."""
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def _matrix(d: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[np.nan if r.get(f) is None else r[f] for f in names] for r in d], dtype=np.float64)


def fit_all(train: list[dict], other: list[dict], names: list[str], c: float = 0.1) -> np.ndarray:
    """Probabilities of ``other`` from one model fitted on all ``train`` rows (standardised on them)."""
    from sklearn.linear_model import LogisticRegression

    x = _matrix(train, names)
    mu = np.nanmean(x, axis=0)
    x = np.where(np.isnan(x), mu, x)
    sd = x.std(axis=0)
    sd = np.where(sd > 1e-6, sd, 1.0)
    m = LogisticRegression(C=c, max_iter=3000).fit((x - mu) / sd, np.array([r["y"] for r in train]))
    xo = _matrix(other, names)
    xo = np.where(np.isnan(xo), mu, xo)
    return m.predict_proba((xo - mu) / sd)[:, 1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", required=True, help="fold vectors (build_model.py / build_floret.py "
                    "--exclude-fold k --gnad-folds): they serve quotes-de train and the gnad-side rows alike")
    ap.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103])
    ap.add_argument("--gnad-seeds", nargs="*", type=int, default=[101])
    ap.add_argument("--conjunct-seeds", nargs="*", type=int, default=None,
                    help="copies with an inserted conjunct only from these seeds (default: all)")
    ap.add_argument("--rows", default=None, help="cache of the rows (jsonl)")
    ap.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    ap.add_argument("--show", type=int, default=0, help="print this many insertions / flags of each class")
    ap.add_argument("--add", nargs="*", default=list(COHESION_FEATURES), help="cohesion features to measure")
    args = ap.parse_args()

    data = cached_rows(args.rows, lambda: rows("train", args.folds, args.seeds, args.conjunct_seeds)
                       + rows("gnad-side", args.folds, args.gnad_seeds, args.conjunct_seeds))
    model = json.loads(Path(args.model).read_text("utf-8"))
    cnames, anames = model["conjunct"]["features"], model["appended"]["features"]
    sets = ("train", "gnad-side")
    cand = {s: {k: [r for r in data if r["set"] == s and r["kind"] == k] for k in ("conjunct", "appended")} for s in sets}
    n_art = {s: sum(1 for r in data if r["set"] == s and r["kind"] == "_article") for s in sets}

    # scores: train rows by article-fold CV, gnad-side rows by the model fitted on all train rows
    score: dict[tuple[str, str], float] = {}
    thr: dict[str, float] = {}
    for kind, names, budget in (("conjunct", cnames, BUDGET), ("appended", anames, 0)):
        q = cand["train"][kind]
        g = cand["gnad-side"][kind]
        if not any(r["y"] for r in q):
            # no insertion of this kind in the rows (--conjunct-seeds): the shipped model and threshold score them
            cfg = section("topic")
            thr[kind] = cfg[f"min_{kind}_prob"]
            for r in q + g:
                f = {n: (float("nan") if r.get(n) is None else r[n]) for n in names}
                score[(r["doc"], r["text"])] = probability(model[kind], f)
            continue
        p = cv(q, names, 0.1)
        clean = np.array([r["clean"] for r in q])
        thr[kind] = float(np.sort(p[clean])[::-1][budget]) + 1e-6
        score.update({(r["doc"], r["text"]): float(s) for r, s in zip(q, p)})
        if g:
            score.update({(r["doc"], r["text"]): float(s) for r, s in zip(g, fit_all(q, g, names))})

    # (1) insertions by kind and class
    for s in sets:
        ins = [r for r in data if r["set"] == s and r["kind"] == "_ins"]
        if not ins:
            continue
        pos = {r["doc"]: r for k in ("conjunct", "appended") for r in cand[s][k] if r["y"]}
        table: Counter = Counter()
        ex: dict[str, list[str]] = {}
        by_sim: dict[str, Counter] = {}
        sims = sorted(r["donor_sim"] for r in ins if r["donor_sim"] is not None)
        cuts = [sims[len(sims) // 3], sims[2 * len(sims) // 3]] if sims else [0, 0]
        for r in ins:
            row = pos.get(r["doc"])
            if r["cls"] != "candidate" or row is None:
                k = r["cls"]
            elif score[(row["doc"], row["text"])] >= thr[r["ins_kind"]]:
                k = "found"
            elif row.get("no_vector"):
                k = "judged, no topic vector"
            elif row.get("prefix", 0) >= 6 or row.get("contained"):
                k = "judged, shares a word form with the article"
            elif (row.get("z_best") or 0) > 0:
                k = "judged, fits the article above its mean"
            else:
                k = "judged, fits below the article's mean"
            table[(r["ins_kind"], k)] += 1
            ex.setdefault(f"{r['ins_kind']} / {k}", []).append(r["ctx"])
            if r["donor_sim"] is not None:
                third = "far" if r["donor_sim"] < cuts[0] else "middle" if r["donor_sim"] < cuts[1] else "near"
                by_sim.setdefault(r["ins_kind"], Counter())[(third, k == "found")] += 1
        print(f"\n(1) {s}: {len(ins)} insertions in {n_art[s]} untouched articles; found at the shipped budget "
              f"(conjunct threshold {thr['conjunct']:.3f}, appended {thr['appended']:.3f}, read on quotes-de train CV)")
        for (ik, k), n in sorted(table.items()):
            print(f"  {ik:<9} {k:<50} {n:5d}")
        print(f"  by the donor's closeness to the host (thirds of the topic-vector cosine, cut at {cuts[0]:.2f} / {cuts[1]:.2f}):")
        for ik, c in sorted(by_sim.items()):
            parts = [f"{t} {c[(t, True)]}/{c[(t, True)] + c[(t, False)]}" for t in ("far", "middle", "near")]
            print(f"    {ik:<9} found of: " + ", ".join(parts))
        if args.show:
            for k, lines in sorted(ex.items()):
                if k.endswith("/ found"):
                    continue
                print(f"  [{k}]")
                for line in lines[:args.show]:
                    print("     ", line)

    # (2) the untouched candidates that would be flagged, and the ones just under the threshold
    for s in sets:
        print(f"\n(2) {s}: untouched candidates at or above the thresholds (false flags), by kind and shape")
        for kind in ("conjunct", "appended"):
            cl = [r for r in cand[s][kind] if r["clean"]]
            flagged = [r for r in cl if score[(r["doc"], r["text"])] >= thr[kind]]
            shapes = Counter()
            for r in flagged:
                if kind == "appended":
                    shapes[r["text"].split()[0].lower()] += 1
                elif r.get("next_cap"):
                    shapes["a capitalised noun follows (name or apposition cut)"] += 1
                elif r.get("zwischen"):
                    shapes["zwischen A und B"] += 1
                elif r.get("sib_list"):
                    shapes["sibling ends a list"] += 1
                elif r.get("no_vector"):
                    shapes["no topic vector"] += 1
                else:
                    shapes["other"] += 1
            print(f"  {kind:<9} {len(flagged)} of {len(cl)} untouched candidates ({20 * len(flagged) / max(1, n_art[s]):.2f} "
                  f"per 20 articles): {dict(shapes.most_common())}")
            if args.show:
                for r in sorted(cl, key=lambda r: -score[(r["doc"], r["text"])])[:args.show]:
                    print(f"     {score[(r['doc'], r['text'])]:.3f} {r['text']}")

    # (3) the appended-clause model with the cohesion features
    q, g = cand["train"]["appended"], cand["gnad-side"]["appended"]
    yq = np.array([r["y"] for r in q]).astype(bool)
    cq = np.array([r["clean"] for r in q])
    yg = np.array([r["y"] for r in g], dtype=bool)
    cg = np.array([r["clean"] for r in g], dtype=bool)
    print(f"\n(3) appended clauses: train {int(yq.sum())} inserted / {int(cq.sum())} untouched candidates; gnad-side "
          f"{int(yg.sum())} / {int(cg.sum())}")
    for f in args.add:
        a = np.array([r[f] for r in q if r["y"]], dtype=float)
        b = np.array([r[f] for r in q if r["clean"]], dtype=float)
        ag = np.array([r[f] for r in g if r["y"]], dtype=float)
        bg = np.array([r[f] for r in g if r["clean"]], dtype=float)
        print(f"  {f:<14} mean inserted / untouched: train {np.nanmean(a):.3f} / {np.nanmean(b):.3f}, "
              f"gnad-side {np.nanmean(ag):.3f} / {np.nanmean(bg):.3f}; AUC alone (ties halved, inserted higher = above "
              f"0.5) train {_auc_ties(a, b):.3f}, gnad-side {_auc_ties(ag, bg):.3f}; share > 0 inserted / untouched "
              f"{np.mean(a > 0):.2f} / {np.mean(b > 0):.2f}")
    print("  found at 0 / 1 / 2 / 3 / 4 untouched train flags (CV); gnad-side found at the train thresholds "
          "(untouched gnad-side flags there)")
    variants = [("shipped features", anames)] + [(f"+ {f}", anames + [f]) for f in args.add] + [("+ all", anames + list(args.add))]
    for label, names in variants:
        p = cv(q, names, 0.1)
        negs = np.sort(p[cq])[::-1]
        found = [found_at(p[yq], p[cq], k) for k in range(5)]
        pg = fit_all(q, g, names) if g else np.zeros(0)
        side = []
        for k in range(5):
            t = float(negs[k]) + 1e-6
            side.append(f"{int((pg[yg] >= t).sum())} ({int((pg[cg] >= t).sum())})")
        print(f"  {label:<18} AUC {_auc(p[yq], p[~yq]):.3f} / {_auc(pg[yg], pg[~yg]) if len(pg) else float('nan'):.3f}  "
              f"train {found}  gnad-side {', '.join(side)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
