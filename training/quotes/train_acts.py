"""Train the sentence classifier for cue-less quotes (newsgraph/extract/quotes_acts.py) on quotes-de train.

    OMP_NUM_THREADS=1 python training/quotes/train_acts.py --out models/de_acts \
        --cache-train /tmp/r12/qcache_train.spacy [--folds-dir training/runs/quote_folds --folds 2]

(1) the extractor runs on every train article with the fold taggers that did not see it
(fold_taggers.py), and each sentence it leaves without a quote (before the free-speaker
inheritance and the linker, where quotes_acts runs) becomes a row: its features and the gold
label "Reported" / "free" (FreeIndirect, IndirectFreeIndirect) when a gold quote of that type holds
at least half of the sentence's tokens, else "none"; (2) a multinomial logistic regression,
5-fold CV over articles, C and a threshold per class chosen on the message overlap F1 of all of
train the CV probabilities would give (estimated from token counts: a sentence's tokens inside
a gold message not found otherwise are true positives, one new quote per gold quote, the rest
false); (3) the chosen C and thresholds are checked by
running the extractor with each article's CV model (cross-fitted train, the honest figure, printed
with cue and speaker); (4) OUT/weights.json and OUT/train_info.json. Dev is not read here (score it with
score_quotes.py --set act_classifier=OUT). ``--drop`` also learns which cue-less Reported / free
quotes of the extractor to drop (quotes_acts.judge_quotes; tried, not shipped: de_quotes card,
nineteenth pass). ``--comp-only --cv-out F`` without ``--out`` reads the shipped sentence model and writes only F, so
models/de_acts is never rewritten (the CV models of the honest train figure come from acts_cv.py, which now holds the
complement model too).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402
from train import DATA  # noqa: E402

from newsgraph.eval.quotes import (  # noqa: E402
    Scores,
    assign,
    chars_to_tokens,
    gold_groups,
    predict_groups,
    read_dir,
    score_doc,
)
from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes_features import config  # noqa: E402

CLASSES = ["none", "Reported", "free"]
FREE = {"FreeIndirect", "IndirectFreeIndirect"}
GRID = [round(x, 2) for x in np.arange(0.15, 0.91, 0.05)]


def collect(gold, nlp, folds: str | None, fold_count: int, comp: bool = False):
    """Rows (article, features, label, tp tokens, fp tokens) and the message token counts
    (TP, FP, FN) of the extractor without the classifier."""
    rows: list[dict] = []
    drows: list[dict] = []
    crows: list[dict] = []
    cur: dict = {}

    def hook(toks, a, b, f):
        g = cur["g"]
        s, e = toks[a].start, toks[b - 1].end
        ids = [k for k, (x, y) in enumerate(g.tokens) if x >= s and y <= e and g.text[x:y] not in ".,;:!?-–()"]
        if ids:
            cur["rows"].append({"art": cur["i"], "f": f, "ids": ids})

    def chook(toks, comp, f):
        g = cur["g"]
        s, e = toks[comp[3]].start, toks[comp[4] - 1].end
        ids = [k for k, (x, y) in enumerate(g.tokens) if x >= s and y <= e and g.text[x:y] not in ".,;:!?-–()"]
        if ids:
            # the candidate's words' lexicon keys: comp_lexicon.py adds their fold-fitted rate at fit time
            keys = (quotes_acts.lex_key(comp[1].doc[toks[comp[0]].i]), quotes_acts.lex_key(comp[1]))
            cur["crows"].append({"art": cur["i"], "f": f, "ids": ids, "keys": keys})

    def dhook(q, f):
        cur["drows"].append({"art": cur["i"], "f": f, "msg": list(q.message)})

    quotes_acts.ROW_HOOK = hook
    quotes_acts.DROP_HOOK = dhook
    quotes_acts.COMP_HOOK = chook if comp else None
    config()["model"]["act_classifier"] = "__rows__"  # no weights there: add_acts only calls the hook
    scores = Scores()
    for i in cross_fitted(len(gold), folds, fold_count):
        g = gold[i]
        gold_g = gold_groups(g)
        cur.update(g=g, i=i, rows=[], drows=[], crows=[])
        sys_g = predict_groups(g, nlp)
        score_doc(scores, sys_g, gold_g)
        # a new quote can only gain where a gold quote is not found yet (the scorer pairs one to one)
        found = {gi for si, gi in assign(sys_g, gold_g) if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}
        for r in cur["rows"]:
            ids = set(r.pop("ids"))
            best, cover = None, 0
            for gi, gg in enumerate(gold_g):
                if gg.nested or gi in found:
                    continue
                n = len(set(gg.roles["quote"]) & ids)
                if n > cover:
                    best, cover = gi, n
            form = gold_g[best].form if best is not None else ""
            label = "none"
            if cover * 2 >= len(ids):
                label = "Reported" if form == "Reported" else "free" if form in FREE else "none"
            r.update(y=label, tp=cover, fp=len(ids) - cover, gq=(i, best) if best is not None else None, gold=form)
            rows.append(r)
        # a complement candidate: an Indirect quote when a gold Indirect quote not found otherwise holds half of it
        for r in cur["crows"]:
            ids = set(r.pop("ids"))
            best, cover = None, 0
            for gi, gg in enumerate(gold_g):
                if gg.nested or gi in found:
                    continue
                n = len(set(gg.roles["quote"]) & ids)
                if n > cover:
                    best, cover = gi, n
            form = gold_g[best].form if best is not None else ""
            r.update(y=int(cover * 2 >= len(ids) and form in ("Indirect", "IndirectFreeIndirect")), tp=cover,
                     fp=len(ids) - cover, gq=(i, best) if best is not None else None, gold=form)
            crows.append(r)
        # a judged quote: its tokens' fate in the scorer's pairing (true where its gold partner lies)
        sets = [frozenset(sg.roles["quote"]) for sg in sys_g]
        partner = {si: gi for si, gi in assign(sys_g, gold_g)}
        for r in cur["drows"]:
            ids = frozenset(chars_to_tokens(r.pop("msg"), g.tokens))
            si = next((k for k, x in enumerate(sets) if x == ids), None)
            if si is None or not ids:
                continue
            gi = partner.get(si)
            tp = len(ids & set(gold_g[gi].roles["quote"])) if gi is not None else 0
            r.update(y=int(tp > 0.4 * len(ids)), tp=tp, fp=len(ids) - tp)
            drows.append(r)
    quotes_acts.ROW_HOOK = None
    quotes_acts.DROP_HOOK = None
    quotes_acts.COMP_HOOK = None
    collect.crows = crows
    return rows, drows, (scores.tp["quote"], scores.fp["quote"], scores.fn["quote"]), scores


def est_f1(base, add_tp: float, add_fp: float) -> float:
    tp, fp, fn = base
    tp2, fp2, fn2 = tp + add_tp, fp + add_fp, fn - add_tp
    return 2 * tp2 / (2 * tp2 + fp2 + fn2)


def gain(rows, on) -> tuple[int, int]:
    """Message tokens the chosen rows add as true and false positives: one row per gold quote
    pairs with it, another row on the same gold quote is false throughout."""
    tp = fp = 0
    seen = set()
    for r, o in sorted(zip(rows, on), key=lambda x: -x[0]["tp"]):
        if not o:
            continue
        if r["gq"] is not None and r["gq"] not in seen and r["tp"]:
            seen.add(r["gq"])
            tp, fp = tp + r["tp"], fp + r["fp"]
        else:
            fp += r["tp"] + r["fp"]
    return tp, fp


def choose(rows, probs, base, grid=GRID):
    """The thresholds (Reported, free) with the best estimated message F1, and that F1."""
    best = (est_f1(base, 0, 0), 2.0, 2.0)
    pr, pf = probs[:, 1], probs[:, 2]
    for tr in grid + [2.0]:
        for tf in grid + [2.0]:
            on = ((pr >= pf) & (pr >= tr)) | ((pf > pr) & (pf >= tf))
            f = est_f1(base, *gain(rows, on))
            if f > best[0] + 1e-9:
                best = (f, tr, tf)
    return best


def _fold_probs(rows, C: float, k: int):
    """Out-of-fold P(y=1) of every row (folds by article id mod k) and the k fold models with their vocabularies."""
    from sklearn.linear_model import LogisticRegression

    arts = np.array([r["art"] for r in rows])
    p = np.zeros(len(rows))
    models = {}
    for f in range(k):
        tr = [r for r, a in zip(rows, arts) if a % k != f]
        te = np.where(arts % k == f)[0]
        X, _, vocab = vectorize(tr, label=False)
        m = LogisticRegression(C=C, max_iter=2000).fit(X, [r["y"] for r in tr])
        Xt, _, _ = vectorize([rows[i] for i in te], vocab, label=False)
        p[te] = m.predict_proba(Xt)[:, list(m.classes_).index(1)]
        models[f] = (m, vocab)
    return p, models


def drop_cv(drows, base, C: float, k: int = 5):
    """CV P(keep) of the judged quotes, the threshold with the best estimated message F1, the fold models."""
    p, models = _fold_probs(drows, C, k)
    tp = np.array([r["tp"] for r in drows], float)
    fp = np.array([r["fp"] for r in drows], float)
    best = (est_f1(base, 0, 0), 0.0)
    for t in GRID:
        d = p < t
        f1 = est_f1(base, -tp[d].sum(), -fp[d].sum())
        if f1 > best[0] + 1e-9:
            best = (f1, t)
    return best, models


def comp_cv(crows, base, C: float, k: int = 5):
    """CV P(Indirect) of the complement candidates, the threshold with the best estimated message F1 (gain()),
    and the fold models."""
    p, models = _fold_probs(crows, C, k)
    best = (est_f1(base, 0, 0), 2.0)
    for t in GRID + [0.95]:
        f1 = est_f1(base, *gain(crows, p >= t))
        if f1 > best[0] + 1e-9:
            best = (f1, t)
    return best, models, p


def drop_json(m, vocab, threshold) -> dict:
    w = {x: round(float(m.coef_[0][j]), 5) for x, j in vocab.items() if abs(m.coef_[0][j]) > 1e-6}
    w["bias"] = round(w.get("bias", 0.0) + float(m.intercept_[0]), 5)
    return {"weights": w, "threshold": threshold}


def vectorize(rows, vocab=None, label=True):
    from scipy.sparse import csr_matrix

    if vocab is None:
        vocab = {}
        for r in rows:
            for x in r["f"]:
                vocab.setdefault(x, len(vocab))
    ind, ptr = [], [0]
    for r in rows:
        ids = sorted({vocab[x] for x in r["f"] if x in vocab})
        ind.extend(ids)
        ptr.append(len(ind))
    X = csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(vocab)))
    y = np.array([CLASSES.index(r["y"]) for r in rows]) if label else None
    return X, y, vocab


def fit(X, y, C: float):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=C, max_iter=2000)
    m.fit(X, y)
    return m


def cv_probs(rows, C: float, k: int = 5):
    arts = np.array([r["art"] for r in rows])
    out = np.zeros((len(rows), len(CLASSES)))
    models = {}
    for f in range(k):
        tr = [r for r, a in zip(rows, arts) if a % k != f]
        te = np.where(arts % k == f)[0]
        X, y, vocab = vectorize(tr)
        m = fit(X, y, C)
        Xt, _, _ = vectorize([rows[i] for i in te], vocab)
        p = m.predict_proba(Xt)
        for ci, c in enumerate(m.classes_):
            out[te, c] = p[:, ci]
        models[f] = (m, vocab)
    return out, models


def to_json(m, vocab, thresholds, info) -> dict:
    W = np.zeros((len(vocab), len(CLASSES)))
    coef = m.coef_
    for ci, c in enumerate(m.classes_):
        W[:, c] = coef[ci]
    weights = {x: [round(float(v), 5) for v in W[j]] for x, j in vocab.items() if np.abs(W[j]).max() > 1e-6}
    b = weights.setdefault("bias", [0.0] * len(CLASSES))
    for ci, c in enumerate(m.classes_):
        b[c] = round(b[c] + float(m.intercept_[ci]), 5)
    return {"classes": CLASSES, "thresholds": thresholds, "weights": weights, "info": info}


def comp_only(args, cres, gold, nlp, t0) -> int:
    """``--comp-only``: the complement model (best C of the CV estimate) added to the sentence model in
    OUT/weights.json and to the CV sentence models of ``--acts-cv``; cross-fitted train with and without it."""
    from sklearn.linear_model import LogisticRegression

    from newsgraph.config import models_dir

    # without --out only the CV models are written: the shipped models/de_acts is read, never rewritten
    out = Path(args.out) if args.out else None
    model = json.loads(((out or models_dir() / "de_acts") / "weights.json").read_text("utf-8"))
    model.pop("comp", None)
    folds = {int(k): v for k, v in json.loads(Path(args.acts_cv).read_text("utf-8")).items()}
    cC = max(cres, key=lambda c: cres[c][0])
    f1, thr, cms, _ = cres[cC]
    if args.comp_threshold is not None:
        # the shipped model's threshold instead of today's CV choice: the CV models then stand in for the shipped one
        thr = args.comp_threshold
    with_comp = {k: dict(v, comp=dict(drop_json(*cms[k], thr), clusters=args.comp_clusters,
                                                   feats=args.comp_feats)) for k, v in folds.items()}
    orig = quotes_acts.load_acts
    cur = {}
    config()["model"]["act_classifier"] = "cv"
    figs = []
    for fm in (folds, with_comp):
        quotes_acts.load_acts = lambda name, fm=fm: fm[cur["i"] % 5]
        sc = Scores()
        for i in cross_fitted(len(gold), args.folds_dir, args.folds):
            cur["i"] = i
            score_doc(sc, predict_groups(gold[i], nlp), gold_groups(gold[i]))
        figs.append(" / ".join(f"{sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker")))
    quotes_acts.load_acts = orig
    print(f"cross-fitted train message / cue / speaker (CV models of {args.acts_cv}): {figs[0]} -> {figs[1]} with the "
          f"complement model")
    crows = collect.crows
    Xc, _, cvocab = vectorize(crows, label=False)
    cm = LogisticRegression(C=cC, max_iter=2000).fit(Xc, [r["y"] for r in crows])
    model["comp"] = dict(drop_json(cm, cvocab, thr), clusters=args.comp_clusters, feats=args.comp_feats)
    info = model.setdefault("info", {})
    info.update(comp_C=cC, comp_threshold=thr, comp_cv_estimate_f1=round(f1, 4), comp_rows=len(crows),
                comp_positive=sum(r["y"] for r in crows), comp_xfit_train=f"{figs[0]} -> {figs[1]}",
                comp_clusters=args.comp_clusters, comp_feats=args.comp_feats)
    if args.cv_out:
        Path(args.cv_out).write_text(json.dumps(with_comp, ensure_ascii=False), "utf-8")
    if out is not None:
        (out / "weights.json").write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
        (out / "train_info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    print(json.dumps({k: v for k, v in info.items() if k.startswith("comp")}))
    print(f"{time.process_time() - t0:.0f} CPU s")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None,
                    help="where weights.json goes (required, except with --comp-only --cv-out: then only the CV "
                         "models are written)")
    ap.add_argument("--cache-train", required=True)
    ap.add_argument("--folds-dir", default="training/runs/quote_folds")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--C", type=float, action="append", default=None)
    ap.add_argument("--only", choices=["Reported", "free"], default=None, help="emit one class only")
    ap.add_argument("--features", type=int, default=1, help="feature level of quotes_acts.features")
    ap.add_argument("--merge", action="store_true", help="consecutive free sentences become one quote")
    ap.add_argument("--drop", action="store_true", help="also learn to drop cue-less Reported / free quotes")
    ap.add_argument("--no-add", action="store_true", help="learn only the drop model")
    ap.add_argument("--rows", default=None, help="pickle the rows here (analysis)")
    ap.add_argument("--comp", action="store_true", help="also learn which complement clauses are Indirect quotes")
    ap.add_argument("--comp-C", type=float, action="append", default=None)
    ap.add_argument("--comp-clusters", action="store_true", help="the complement verb's word clusters as features")
    ap.add_argument("--comp-feats", type=int, default=1, help="feature level of quotes_acts.comp_features")
    ap.add_argument("--comp-only", action="store_true",
                    help="keep OUT/weights.json's sentence model, add the complement model only; its five CV sentence "
                         "models are read from --acts-cv (the honest cross-fitted check)")
    ap.add_argument("--comp-threshold", type=float, default=None,
                    help="with --comp-only: this threshold instead of the CV choice (the shipped 0.5: CV stand-ins of "
                         "models/de_acts for an honest cross-fitted train figure, de_cues card Round 25)")
    ap.add_argument("--acts-cv", default="training/runs/h3/acts_cv.json")
    ap.add_argument("--cv-out", default=None, help="write the five CV models (acts_cv.json form) here")
    args = ap.parse_args(argv)
    if args.out is None and not (args.comp_only and args.cv_out):
        ap.error("--out is required (except with --comp-only --cv-out)")
    t0 = time.process_time()
    quotes_acts.set_level(args.features, args.merge)
    quotes_acts.COMP_CLUSTERS = args.comp_clusters
    quotes_acts.COMP_FEATS = args.comp_feats
    gold = read_dir(DATA / "train")
    nlp = _Cached(_docs(gold, args.cache_train))
    rows, drows, base, scores = collect(gold, nlp, args.folds_dir, args.folds, args.comp)
    crows = collect.crows
    print(f"train rows {len(rows)} {dict(Counter(r['y'] for r in rows))}; message TP/FP/FN {base}; "
          f"F1 {est_f1(base, 0, 0):.4f} ({time.process_time() - t0:.0f} CPU s)")
    if args.rows:
        import pickle

        Path(args.rows).write_bytes(pickle.dumps({"rows": rows, "crows": crows}))
    cres = {}
    if args.comp:
        print(f"complement candidates {len(crows)}, Indirect {sum(r['y'] for r in crows)}")
        for C in args.comp_C or [0.1, 0.3, 1.0]:
            (f1, t), cm, cp = comp_cv(crows, base, C)
            cres[C] = (f1, t, cm, cp)
            print(f"comp C {C}: CV estimate message F1 {est_f1(base, 0, 0):.4f} -> {f1:.4f} (Indirect >= {t})")
    if args.comp_only:
        return comp_only(args, cres, gold, nlp, t0)
    dres = {}
    if args.drop:
        for C in args.C or [0.1, 0.3, 1.0]:
            (f1, t), dm = drop_cv(drows, base, C)
            dres[C] = (f1, t, dm)
            print(f"drop C {C}: {len(drows)} judged quotes ({sum(r['y'] for r in drows)} kept by gold): CV estimate "
                  f"message F1 {est_f1(base, 0, 0):.4f} -> {f1:.4f} (keep >= {t})")
    res = {}
    for C in args.C or [0.1, 0.3, 1.0]:
        p, models = cv_probs(rows, C)
        if args.only == "Reported":
            p[:, 2] = 0
        elif args.only == "free":
            p[:, 1] = 0
        f, tr, tf = choose(rows, p, base)
        res[C] = (f, tr, tf, p, models)
        print(f"C {C}: CV estimate message F1 {est_f1(base, 0, 0):.4f} -> {f:.4f} (Reported >= {tr}, free >= {tf})")
    C = max(res, key=lambda c: res[c][0])
    f, tr, tf, p, models = res[C]
    thresholds = {"Reported": 2.0 if args.only == "free" else tr, "free": 2.0 if args.only == "Reported" else tf}
    if args.no_add:
        thresholds = {"Reported": 2.0, "free": 2.0}
    # (3) the extractor with each article's CV model on cross-fitted train
    fold_models = {k: to_json(m, v, thresholds, {}) for k, (m, v) in models.items()}
    dC = max(dres, key=lambda c: dres[c][0]) if dres else None
    if dC is not None and dres[dC][1] > 0:
        for k, (m, v) in dres[dC][2].items():
            fold_models[k]["drop"] = drop_json(m, v, dres[dC][1])
    cC = max(cres, key=lambda c: cres[c][0]) if cres else None
    if cC is not None and cres[cC][1] <= 1.0:
        for k, (m, v) in cres[cC][2].items():
            fold_models[k]["comp"] = dict(drop_json(m, v, cres[cC][1]), clusters=args.comp_clusters)
    quotes_acts.set_level(args.features, args.merge)
    orig = quotes_acts.load_acts
    cur = {}
    quotes_acts.load_acts = lambda name: fold_models[cur["i"] % 5]
    config()["model"]["act_classifier"] = "cv"
    sc = Scores()
    for i in cross_fitted(len(gold), args.folds_dir, args.folds):
        cur["i"] = i
        score_doc(sc, predict_groups(gold[i], nlp), gold_groups(gold[i]))
    quotes_acts.load_acts = orig

    def fmt(s):
        return " / ".join(f"{s.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker"))

    print(f"cross-fitted train message / cue / speaker (CV models): {fmt(scores)} -> {fmt(sc)}")
    X, y, vocab = vectorize(rows)
    m = fit(X, y, C)
    model = to_json(m, vocab, thresholds, {})
    info = {"C": C, "train_rows": len(rows), "labels": dict(Counter(r["y"] for r in rows)),
            "cv_estimate_f1": round(f, 4), "base_f1": round(est_f1(base, 0, 0), 4),
            "xfit_train_before": fmt(scores), "xfit_train_after_cv": fmt(sc), "only": args.only,
            "features": args.features, "merge": args.merge}
    model["info"] = info
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if dC is not None and dres[dC][1] > 0:
        from sklearn.linear_model import LogisticRegression

        Xd, _, dvocab = vectorize(drows, label=False)
        dm = LogisticRegression(C=dC, max_iter=2000).fit(Xd, [r["y"] for r in drows])
        model["drop"] = drop_json(dm, dvocab, dres[dC][1])
        info.update(drop_C=dC, drop_threshold=dres[dC][1], drop_cv_estimate_f1=round(dres[dC][0], 4), judged=len(drows))
    if cC is not None and cres[cC][1] <= 1.0:
        from sklearn.linear_model import LogisticRegression

        Xc, _, cvocab = vectorize(crows, label=False)
        cm = LogisticRegression(C=cC, max_iter=2000).fit(Xc, [r["y"] for r in crows])
        model["comp"] = dict(drop_json(cm, cvocab, cres[cC][1]), clusters=args.comp_clusters)
        info.update(comp_C=cC, comp_threshold=cres[cC][1], comp_cv_estimate_f1=round(cres[cC][0], 4),
                    comp_rows=len(crows), comp_positive=sum(r["y"] for r in crows))
    if args.cv_out:
        Path(args.cv_out).write_text(json.dumps(fold_models, ensure_ascii=False), "utf-8")
    (out / "weights.json").write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
    (out / "train_info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    print(json.dumps(info))
    print(f"{time.process_time() - t0:.0f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
