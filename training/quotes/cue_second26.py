"""Round 26's second opinion on complement candidates in sentences no quote of ours touches (de_cues card, Round 26,
h1; measurement only). Rows come from saved final quotes (cue_r23_ab.py ``--save``, honest protocol): every sentence
no quote touches whose quotes_acts.complement candidate exists gives a row — the CV complement model's P for it
(``--acts-cv``, model i % 5, "comp"), its kind and list class, and article context the complement model does not see;
label: the candidate's quote (quotes_acts.comp_quote) shares a message token and a cue token with a gold quote.
A logistic regression fitted on one parity's train articles decides for the other's (fold-fitted, as quote_folds22);
dev is decided by the model fitted on all of train (its P from the shipped complement model, ``--dev-acts``):

    OMP_NUM_THREADS=1 python training/quotes/cue_second26.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load /tmp/h1/r26/q_tr0.pkl --load /tmp/h1/r26/q_tr1.pkl \
        --acts-cv /tmp/r25/acts_cv_comp.json --dev /work/shared/data/quotes-de/data/dev \
        --dev-cache /tmp/r25/qcache_dev.spacy --dev-load /tmp/h1/r26/q_dev.pkl --thr 0.5 [--thr 0.3 …]
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_frames26 import counts, frame_key, free_complements, load_saved, saved_dev, score_line  # noqa: E402

from newsgraph.eval.quotes import Scores, _overlap_f1, gold_groups, quote_groups, score_doc  # noqa: E402
from newsgraph.extract.quotes_acts import comp_features, comp_quote  # noqa: E402
from newsgraph.extract.quotes_features import tokens_from_doc  # noqa: E402


def comp_p(model, doc, toks, comp, mode_of, n) -> float:
    cm = model["comp"]
    cf = comp_features(doc, toks, comp, mode_of, n, bool(cm.get("clusters")), int(cm.get("feats", 1)))
    z = sum(cm["weights"].get(x, 0.0) for x in cf)
    return 1 / (1 + math.exp(-z)), cf


def rows_of(gold, docs, saved, model_of, rate_of=None):
    by_text = {d.text: d for d in docs}
    out = []
    for i in sorted(saved):
        g = gold[i]
        doc = by_text[g.text]
        toks = tokens_from_doc(doc, "de")
        quotes = saved[i]
        spans, mode_of, cands = free_complements(doc, toks, quotes)
        nq = sum(1 for q in quotes if not q.nested)
        nind = sum(1 for q in quotes if not q.nested and q.mode == "Indirect")
        gg = gold_groups(g)
        for n, comp in cands:
            p, cf = comp_p(model_of(i), doc, toks, comp, mode_of, n)
            q = comp_quote(doc, toks, comp)
            q.origin = "second"
            sg = quote_groups(g, [q])
            label = 0
            if sg:
                s = sg[0]
                label = int(any(_overlap_f1(x.roles["quote"], s.roles["quote"]) > 0
                                and set(x.roles["cue"]) & set(s.roles["cue"]) for x in gg))
            pb = min(9, int(p * 10))
            f = {f"pb={pb}": 1, "lp": math.log(max(p, 1e-4) / max(1 - p, 1e-4)) / 4,
                 f"nq={min(nq, 8)}": 1, f"nind={min(nind, 5)}": 1,
                 "prev=" + (mode_of[n - 1] if n > 0 else "start"): 1,
                 "next=" + (mode_of[n + 1] if n + 1 < len(spans) else "end"): 1,
                 f"pos={min(n, 4)}": 1, f"dens={min(4, int(5 * nq / max(1, len(spans))))}": 1}
            for x in cf:
                if x.startswith(("ck=", "cl=", "ck|cl=", "csub=")):
                    f[x] = 1
            if rate_of is not None:
                # --lexicon-feature: the candidate word's gold-cue rate in the train articles this article's models
                # may see (cue_frames26's counts; the other parity for train, all of train for dev)
                occ, hit = rate_of(i)
                m = doc[toks[comp[0]].i]
                r = max((hit[w] / (occ[w] + 1) for w in (frame_key(m), frame_key(comp[1]))), default=0.0)
                f["lexr"] = r
                f[f"lexb={min(4, int(r * 5))}"] = 1
            out.append({"i": i, "n": n, "f": f, "y": label, "p": p, "q": q})
    return out


def scores(gold, docs, saved, adds) -> Scores:
    sc = Scores()
    for i in sorted(saved):
        g = gold[i]
        qs = copy.deepcopy(saved[i]) + adds.get(i, [])
        qs.sort(key=lambda q: q.message[0])
        score_doc(sc, quote_groups(g, qs), gold_groups(g))
    return sc


def main(argv=None) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--dev", default=None)
    ap.add_argument("--dev-cache", default=None)
    ap.add_argument("--dev-load", default=None)
    ap.add_argument("--dev-acts", default="models/de_acts/weights.json")
    ap.add_argument("--thr", action="append", type=float, default=[])
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--fires", default=None)
    ap.add_argument("--lexicon-feature", action="store_true",
                    help="add the candidate word's fold-fitted gold-cue rate (cue_frames26 counts) as a feature")
    args = ap.parse_args(argv)
    acts_cv = args.acts_cv
    args.folds = args.acts_cv = None
    run = setup(args)
    cv = {int(k): v for k, v in json.loads(Path(acts_cv).read_text("utf-8")).items()}
    saved = load_saved(args.load)
    half = None
    if args.lexicon_feature:
        by_text = {d.text: d for d in run.docs}
        n = len(run.gold)
        half = {r: counts(run.gold, by_text, [i for i in range(n) if i % 2 == r]) for r in (0, 1)}
    rows = rows_of(run.gold, run.docs, saved, lambda i: cv[i % 5],
                   (lambda i: half[1 - i % 2]) if half else None)
    print(f"train rows {len(rows)}, positive {sum(r['y'] for r in rows)}; "
          f"with CV comp P >= 0.5 (should be none: those became quotes) {sum(1 for r in rows if r['p'] >= 0.5)}")
    for r in (0, 1):
        tr = [x for x in rows if x["i"] % 2 != r]
        te = [x for x in rows if x["i"] % 2 == r]
        dv = DictVectorizer()
        X = dv.fit_transform([x["f"] for x in tr])
        lr = LogisticRegression(C=args.C, max_iter=2000).fit(X, [x["y"] for x in tr])
        pp = lr.predict_proba(dv.transform([x["f"] for x in te]))[:, 1]
        for x, v in zip(te, pp):
            x["s"] = float(v)
        ys = [x["y"] for x in te]
        print(f"half {r}: rows {len(te)} positive {sum(ys)}; AUC second opinion "
              f"{roc_auc_score(ys, pp):.3f}, CV comp P alone {roc_auc_score(ys, [x['p'] for x in te]):.3f}")
    base = scores(run.gold, run.docs, saved, {})
    print(f"train off: {score_line(base)}")
    for r in (0, 1):
        part = {i: q for i, q in saved.items() if i % 2 == r}
        print(f"   half {r} off: {score_line(scores(run.gold, run.docs, part, {}))}")
    dev = None
    if args.dev:
        drun, dsaved = saved_dev(args)
        shipped = json.loads(Path(args.dev_acts).read_text("utf-8"))
        both = (half[0][0] + half[1][0], half[0][1] + half[1][1]) if half else None
        drows = rows_of(drun.gold, drun.docs, dsaved, lambda i: shipped, (lambda i: both) if both else None)
        dv = DictVectorizer()
        X = dv.fit_transform([x["f"] for x in rows])
        lr = LogisticRegression(C=args.C, max_iter=2000).fit(X, [x["y"] for x in rows])
        if drows:
            pp = lr.predict_proba(dv.transform([x["f"] for x in drows]))[:, 1]
            for x, v in zip(drows, pp):
                x["s"] = float(v)
        print(f"dev rows {len(drows)} positive {sum(x['y'] for x in drows)}; dev off: {score_line(scores(drun.gold, drun.docs, dsaved, {}))}")
        top = sorted(lr.coef_[0].tolist(), reverse=True)
        names = dv.get_feature_names_out()
        w = sorted(zip(lr.coef_[0], names), key=lambda t: -abs(t[0]))[:15]
        print("   all-train model, largest weights: " + ", ".join(f"{n} {c:+.2f}" for c, n in w))
        del top
        dev = (drun, dsaved, drows)
    # the route's ceiling: every candidate whose quote would meet a gold quote's message and cue
    oracle: dict = {}
    for x in rows:
        if x["y"]:
            oracle.setdefault(x["i"], []).append(x["q"])
    print(f"oracle (all {sum(x['y'] for x in rows)} right candidates): {score_line(scores(run.gold, run.docs, saved, oracle))}")
    if dev:
        doracle: dict = {}
        for x in dev[2]:
            if x["y"]:
                doracle.setdefault(x["i"], []).append(x["q"])
        print(f"   dev oracle: {score_line(scores(dev[0].gold, dev[0].docs, dev[1], doracle))}")
    for t in args.thr or [0.5]:
        adds: dict = {}
        sel = [x for x in rows if x["s"] >= t]
        for x in sel:
            adds.setdefault(x["i"], []).append(x["q"])
        print(f"thr {t}: train fires {len(sel)}, right {sum(x['y'] for x in sel)}: {score_line(scores(run.gold, run.docs, saved, adds))}")
        for r in (0, 1):
            part = {i: q for i, q in saved.items() if i % 2 == r}
            print(f"   half {r} on: {score_line(scores(run.gold, run.docs, part, adds))}")
        if args.fires and t == (args.thr or [0.5])[0]:
            with open(args.fires, "w", encoding="utf-8") as out:
                for x in sel:
                    g = run.gold[x["i"]]
                    q = x["q"]
                    out.write(f"{x['y']}\t{x['s']:.2f}\t{x['p']:.2f}\t{g.name[:40]}\tcue=[{' '.join(g.text[s:e] for s, e in q.cue)}] "
                              f"msg=[{' '.join(g.text[s:e] for s, e in q.message)[:100]}]\n")
        if dev:
            drun, dsaved, drows = dev
            dadds: dict = {}
            dsel = [x for x in drows if x.get("s", 0) >= t]
            for x in dsel:
                dadds.setdefault(x["i"], []).append(x["q"])
            print(f"   dev fires {len(dsel)}, right {sum(x['y'] for x in dsel)}: {score_line(scores(drun.gold, drun.docs, dsaved, dadds))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
