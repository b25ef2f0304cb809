"""Sentences the extractor leaves without a quote on cross-fitted train (the act classifier's rows): how much of them
simple Reported / Indirect signals would get right, and whether a learnt whole-sentence Indirect class could pay.

    OMP_NUM_THREADS=1 python training/quotes/empty_rows.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r18/qcache_train.spacy --folds training/runs/quote_folds18 --base 35759,10025,12249

Rows and labels are train_acts.collect's (a row is Reported / free when an unfound gold quote of that type holds half
its tokens; here also "Indirect"). For each signal: rows, gold quotes, token precision of taking the whole sentence as a
quote (adding quotes pays only above about F1 / 2). Then a binary logistic regression on quotes_acts.features for the
Indirect rows, 5-fold CV over articles, and the cross-fitted message F1 it would give at each C and threshold, estimated
from ``--base`` (message TP,FP,FN of message_errors.py's first line) as train_acts.py does (de_quotes card, Round 18).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs  # noqa: E402
from train_acts import collect  # noqa: E402

from newsgraph.eval.quotes import read_dir  # noqa: E402

LISTS = {"r_rep", "r_cue", "r_ind", "r_indstem"}


def modal(f: set) -> bool:
    return any(x.startswith("mod=") for x in f)


REPORTED = [
    ("root verb in our lists", lambda f: bool(f & LISTS)),
    ("… and a name as subject", lambda f: bool(f & LISTS) and "sub_name" in f),
    ("… active, no modal", lambda f: bool(f & LISTS) and not modal(f) and "passive" not in f),
] + [(lem, lambda f, lem=lem: lem in f) for lem in (
    "r=kritisieren", "r=fordern", "r=warnen", "r=bestätigen", "r=ankündigen", "r=ablehnen", "r=bezeichnen",
    "r=erklären")]
INDIRECT = [
    ("Konjunktiv", lambda f: "konj" in f),
    ("Konjunktiv, no modal", lambda f: "konj" in f and not modal(f)),
    ("Konjunktiv, quote of ours before", lambda f: "konj" in f and "prevq=Indirect" in f),
    ("dass/ob", lambda f: "dass" in f),
    ("quotation mark", lambda f: "qmark" in f),
    ("speech noun", lambda f: "speech_noun" in f),
]


def table(rows, label: str, signals) -> None:
    print(f"--- {label}: rows / gold {label} quotes / token precision of the whole sentence")
    for name, pred in signals:
        sel = [r for r in rows if pred(set(r["f"]))]
        hit = [r for r in sel if r["y"] == label]
        tp = sum(r["tp"] for r in hit)
        tot = sum(r["tp"] + r["fp"] for r in sel)
        print(f"  {name:34s} {len(sel):5d} {len(hit):4d}  P {tp / max(1, tot):.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--folds", required=True)
    ap.add_argument("--base", required=True, help="message TP,FP,FN of cross-fitted train")
    args = ap.parse_args(argv)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    gold = read_dir(args.dir)
    rows = collect(gold, _Cached(_docs(gold, args.cache)), args.folds, 2)[0]
    for r in rows:
        if r["y"] == "none" and r["gold"] == "Indirect" and r["tp"] * 2 >= r["tp"] + r["fp"]:
            r["y"] = "Indirect"
    print(len(rows), "rows", dict(Counter(r["y"] for r in rows)))
    table(rows, "Reported", REPORTED)
    table(rows, "Indirect", INDIRECT)
    tp0, fp0, fn0 = (int(x) for x in args.base.split(","))

    def f1(tp, fp, fn):
        return 2 * tp / (2 * tp + fp + fn)

    print(f"--- whole-sentence Indirect class, CV estimate (base {f1(tp0, fp0, fn0):.4f})")
    x = DictVectorizer().fit_transform([{w: 1 for w in r["f"]} for r in rows])
    y = np.array([r["y"] == "Indirect" for r in rows])
    art = np.array([r["art"] for r in rows])
    for c in (0.03, 0.3, 1.0, 3.0):
        p = np.zeros(len(rows))
        for k in range(5):
            te = art % 5 == k
            p[te] = LogisticRegression(C=c, max_iter=3000).fit(x[~te], y[~te]).predict_proba(x[te])[:, 1]
        for t in (0.1, 0.2, 0.3, 0.4, 0.5):
            sel = [r for r, s in zip(rows, p >= t) if s]
            tp = sum(r["tp"] for r in sel if r["y"] == "Indirect")
            fp = sum(r["tp"] + r["fp"] for r in sel) - tp
            print(f"  C {c} threshold {t}: fires {len(sel)}, on gold {sum(r['y'] == 'Indirect' for r in sel)}, "
                  f"message F1 {f1(tp0 + tp, fp0 + fp, fn0 - tp):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
