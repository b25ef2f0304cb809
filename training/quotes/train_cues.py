"""Train the second-stage cue chooser (newsgraph/extract/quotes_cues.py) on quotes-de train.

    OMP_NUM_THREADS=1 python training/quotes/train_cues.py --out models/de_cues \
        --cache-train /tmp/qcache_train.spacy --folds-dir training/runs/quote_folds --folds 2

As train_speakers.py, whose helpers it uses: (1) fold taggers (fold_taggers.py) are trained when
not there yet, so the extractor's quotes and cues on each train article are as on unseen text;
(2) the extractor runs on every train article with its fold's taggers up to the chooser's place
(chooser off, and the two steps after it, direct_cue_inherit and reported_act_cue, off), and each
decided quote's candidate cues are labelled by their token overlap F1 with the cue of the gold
quote the scorer pairs it with ("no cue" scores 1 when that gold quote has no cue or there is none;
Reported quotes and nested fragments are not decided: their cue tokens count as they end up);
(3) a logistic regression with soft targets, C and the thresholds (``switch``: the best candidate
replaces the extractor's cue when it reaches it; ``keep``) chosen by 5-fold CV over articles on the
cue overlap F1 of all of train; (4) OUT/weights.json, OUT/train_info.json.

Dev is not read here.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fold_taggers import fold_setup, train_fold  # noqa: E402
from train import DATA, _parses  # noqa: E402
from train_speakers import GRID, GoldTokens, best_thresholds, fit, predict, simulate, soft_label  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.eval.quotes import Group, assign, chars_to_tokens, gold_groups, read_dir  # noqa: E402


def collect_article(gold_doc, sdoc, rows: list, base: np.ndarray, art: int) -> None:
    from newsgraph.extract.quotes import extract_quotes
    from newsgraph.extract.quotes_cues import choose_cues
    from newsgraph.extract.quotes_features import tokens_from_doc

    quotes = extract_quotes(sdoc, "de")
    gt = GoldTokens(gold_doc.tokens)
    sys_g, idx = [], []
    for n, q in enumerate(quotes):
        roles = {"quote": chars_to_tokens(q.message, gold_doc.tokens), "cue": [], "speaker": [], "addressee": []}
        if roles["quote"]:
            sys_g.append(Group(roles, q.mode, q.nested))
            idx.append(n)
    gold_g = gold_groups(gold_doc)
    pairs = assign(sys_g, gold_g)
    gold_of = {idx[s]: set(gold_g[g].roles["cue"]) for s, g in pairs}
    paired_gold = {g for _, g in pairs}
    for gi, gg in enumerate(gold_g):
        if gi not in paired_gold:
            base[2] += len(gg.roles["cue"])
    toks = tokens_from_doc(sdoc, "de")
    decided: set[int] = set()
    text = sdoc.text

    def collect(q, cands, feats, cur_n):
        n = next(k for k, x in enumerate(quotes) if x is q)
        if n not in idx:
            return
        decided.add(n)
        g = gold_of.get(n, set())
        opts = []
        for c in cands:
            s = gt.ids([(toks[j].start, toks[j].end) for j in sorted(c.ids)])
            opts.append((len(s & g), len(s - g), len(g - s)))
        rows.append({"art": art, "feats": feats, "opts": opts, "none": (0, 0, len(g)), "cur": cur_n,
                     "mode": q.mode, "paired": n in gold_of,
                     "gold": " ".join(text[gold_doc.tokens[t][0]:gold_doc.tokens[t][1]] for t in sorted(g)),
                     "cands": [" ".join(toks[j].text for j in sorted(c.ids)) for c in cands],
                     "msg": text[q.message[0][0]:q.message[-1][1]][:100]})

    choose_cues(sdoc, toks, quotes, None, collect=collect)
    for n in idx:
        if n in decided:
            continue
        g = gold_of.get(n, set())
        # as the extractor leaves them: a Reported quote's verb goes to ``act``
        s = set() if quotes[n].mode == "Reported" and not quotes[n].nested else gt.ids(quotes[n].cue)
        base += (len(s & g), len(s - g), len(g - s))


def simulate2(rows, probs, switch: float, switch_rep: float, rep: list[bool], base, keep: float = 0.0):
    """train_speakers.simulate with the threshold ``switch_rep`` for the Reported quotes (``rep``)."""
    from newsgraph.extract.quotes_speakers import decide

    tp, fp, fn = base
    for r, p, is_rep in zip(rows, probs, rep):
        k = decide(list(p), r["cur"], switch_rep if is_rep else switch, keep)
        o = r["opts"][k] if k is not None else r["none"]
        tp, fp, fn = tp + o[0], fp + o[1], fn + o[2]
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def _targets(r) -> np.ndarray:
    """A quote's target distribution over its candidates: their soft labels, normalised; "no cue"
    (candidate 0) where none overlaps the gold cue (it then costs the fewest errors)."""
    lab = np.array([soft_label(o) for o in r["opts"]])
    if not r["none"][2]:
        lab[0] = 1.0
    if lab.sum() <= 0:
        lab[0] = 1.0
    return lab / lab.sum()


def fit_softmax(rows, C: float):
    """A conditional logit: one weight vector, a softmax over each quote's candidates, soft targets
    (``_targets``), L2 penalty 1/(2C) |w|^2; L-BFGS over the sparse 0/1 feature matrix."""
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer()
    X = vec.fit_transform([{k: 1.0 for k in f} for r in rows for f in r["feats"]]).tocsr()
    t = np.concatenate([_targets(r) for r in rows])
    bounds = np.cumsum([0] + [len(r["feats"]) for r in rows])
    group = np.repeat(np.arange(len(rows)), np.diff(bounds))

    def loss(w):
        z = X @ w
        zmax = np.maximum.reduceat(z, bounds[:-1])
        e = np.exp(z - zmax[group])
        tot = np.add.reduceat(e, bounds[:-1])
        logp = z - zmax[group] - np.log(tot)[group]
        p = e / tot[group]
        val = -(t * logp).sum() + 0.5 * (w @ w) / C
        grad = X.T @ (p - t) + w / C
        return val, grad

    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return vec, res.x


def predict_softmax(vec, w, rows):
    out = []
    for r in rows:
        z = vec.transform([{k: 1.0 for k in f} for f in r["feats"]]) @ w
        e = np.exp(z - z.max())
        out.append(e / e.sum())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="models/de_cues")
    ap.add_argument("--cache-train", default=None)
    ap.add_argument("--folds-dir", default="training/runs/quote_folds")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--fold-iters", type=int, default=200, help="CRF iterations of the fold taggers")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--every", type=int, default=1, help="every n-th train article only (quick runs)")
    ap.add_argument("--C", type=float, action="append", default=None)
    ap.add_argument("--learner", choices=("lr", "softmax"), default="lr",
                    help="lr: a logistic regression per candidate (as the speaker linker); softmax: a conditional "
                         "logit over each quote's candidates")
    ap.add_argument("--scope", choices=("all", "nocue"), default="nocue",
                    help="the quotes the chooser decides (claims.toml cue_chooser_scope): all, or those without a cue")
    ap.add_argument("--rows-cache", default=None, help="pickle of the collected candidates (read if present)")
    ap.add_argument("--acts-cv", default=None,
                    help="the act classifier's cross-fitted models (acts_cv.py): its quotes on each train article as on "
                         "unseen text (the shipped de_acts saw every article)")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (error_analysis.set_option)")
    ap.add_argument("--cv-out", default=None, help="write the CV models of the chosen C here (folds.json)")
    ap.add_argument("--acts", action="store_true",
                    help="claims.toml cue_chooser_acts: decide Reported quotes too (own threshold switch_reported) and "
                         "let Reported / cue-less free quotes take a cue inside their message")
    args = ap.parse_args(argv)
    from newsgraph.extract.quotes_features import config

    config()["model"]["cue_chooser_acts"] = args.acts
    from error_analysis import set_option

    for kv in args.set:
        set_option(kv)
    if args.acts_cv:
        import acts_cv

        acts_cv.use(args.acts_cv)

    t0 = time.time()
    if args.rows_cache and Path(args.rows_cache).exists():
        rows, base = pickle.loads(Path(args.rows_cache).read_bytes())
    else:
        for k in range(args.folds):
            train_fold(k, args.folds, Path(args.folds_dir), args.cache_train, 0.02, 0.02, args.fold_iters)
        gold = read_dir(DATA / "train")
        nlp = nlp_stage.load("de")
        parses = _parses(gold, nlp, args.cache_train)
        m = config()["model"]
        m["cue_chooser"], m["direct_cue_inherit"], m["reported_act_cue"] = "", 0, False
        rows, base = [], np.zeros(3, dtype=np.int64)
        if args.folds == 0:
            # the shipped taggers on the articles they were trained on (a quick, biased run)
            for i in range(0, len(gold), args.every):
                collect_article(gold[i], parses[i], rows, base, i)
        for k in range(args.folds):
            fold_setup(Path(args.folds_dir) / f"fold{k}of{args.folds}")
            for i in range(len(gold)):
                if i % args.folds == k and i % args.every == 0:
                    if args.acts_cv:
                        acts_cv.set_article(i)
                    collect_article(gold[i], parses[i], rows, base, i)
        if args.rows_cache:
            Path(args.rows_cache).write_bytes(pickle.dumps((rows, base)))
    print(f"{len(rows)} quotes, {sum(len(r['opts']) for r in rows)} candidates, {time.time() - t0:.0f}s", flush=True)
    cur_probs = [[1.0 if k == r["cur"] else 0.0 for k in range(len(r["opts"]))] for r in rows]
    before = simulate(rows, cur_probs, 2.0, 0.0, base)
    oracle = simulate(rows, [[soft_label(o) + (1e-3 if k == 0 and not r["none"][2] else 0.0)
                              for k, o in enumerate(r["opts"])] for r in rows], 0.0, 0.0, base)
    print(f"train, extractor's own cues (cross-fitted taggers): P {before[0]:.3f} R {before[1]:.3f} F1 {before[2]:.3f}")
    print(f"oracle choice among the candidates: F1 {oracle[2]:.3f}")
    arts = sorted({r["art"] for r in rows})
    fold_of = {a: n % args.cv for n, a in enumerate(arts)}
    results = {}
    soft = args.learner == "softmax"
    cv_models: dict[float, list] = {}
    for C in args.C or [0.3, 1.0, 3.0]:
        probs = [None] * len(rows)
        cv_models[C] = []
        for f in range(args.cv):
            tr = [r for r in rows if fold_of[r["art"]] != f]
            te = [n for n, r in enumerate(rows) if fold_of[r["art"]] == f]
            if soft:
                vec, w = fit_softmax(tr, C)
                got = predict_softmax(vec, w, [rows[n] for n in te])
                cv_models[C].append((vec, w, 0.0))
            else:
                vec, lr = fit(tr, C)
                got = predict(vec, lr, [rows[n] for n in te])
                cv_models[C].append((vec, lr.coef_[0], float(lr.intercept_[0])))
            for n, p in zip(te, got):
                probs[n] = p
        rep = [r["mode"] == "Reported" for r in rows]
        if args.scope == "nocue":
            # the chooser decides only quotes the extractor left without a cue (claims.toml
            # cue_chooser_scope): the others keep theirs, "keep" plays no part
            probs = [p if r["cur"] == 0 else np.eye(len(p))[r["cur"]] for r, p in zip(rows, probs)]
            # Reported quotes (--acts) have a threshold of their own, chosen second; 2.0 = they stay cue-less
            f1, sw = max((simulate2(rows, probs, x, 2.0, rep, base)[2], x) for x in GRID)
            kp = 0.0
        else:
            f1, sw, kp = best_thresholds(rows, probs, base)
        swr = 2.0
        if args.acts and any(rep):
            f1r, swr = max((simulate2(rows, probs, sw, x, rep, base, kp)[2], x) for x in GRID + [2.0])
        res = simulate2(rows, probs, sw, swr, rep, base, kp)
        # argmax alone (switch 0, keep 0), for the record
        am = simulate(rows, probs, 0.0, 0.0, base)
        results[C] = {"cv_f1": res[2], "cv_p": res[0], "cv_r": res[1], "switch": sw, "switch_reported": swr,
                      "keep": kp, "argmax_f1": am[2]}
        print(f"lr C={C}: CV cue P {res[0]:.4f} R {res[1]:.4f} F1 {res[2]:.4f} at switch {sw} (Reported {swr}) keep "
              f"{kp} (argmax {am[2]:.4f})", flush=True)
    C = max(results, key=lambda c: results[c]["cv_f1"])

    def to_json(vec, coef, bias) -> dict:
        weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), coef) if abs(w) > 1e-5}
        return {"bias": bias, "switch": results[C]["switch"], "switch_reported": results[C]["switch_reported"],
                "keep": results[C]["keep"], "softmax": soft, "weights": dict(sorted(weights.items()))}

    if args.cv_out:
        # the CV models (article a's: fold_of[a]) for a pipeline-level cross-fitted train score (acts_cv.use_chooser)
        cv_dir = Path(args.cv_out)
        cv_dir.mkdir(parents=True, exist_ok=True)
        (cv_dir / "folds.json").write_text(json.dumps({"fold_of": {str(a): f for a, f in fold_of.items()},
                                                        "models": [to_json(*m) for m in cv_models[C]]},
                                                       ensure_ascii=False), "utf-8")
    if soft:
        vec, coef = fit_softmax(rows, C)
        bias = 0.0
    else:
        vec, lr = fit(rows, C)
        coef, bias = lr.coef_[0], float(lr.intercept_[0])
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), coef) if abs(w) > 1e-5}
    js = {"bias": bias, "switch": results[C]["switch"], "switch_reported": results[C]["switch_reported"],
          "keep": results[C]["keep"], "softmax": soft,
          "weights": dict(sorted(weights.items()))}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "weights.json").write_text(json.dumps(js, indent=0, ensure_ascii=False) + "\n", "utf-8")
    info = {"learner": args.learner, "C": C, "train_quotes": len(rows), "candidates": sum(len(r["opts"]) for r in rows),
            "train_cue_before": {"p": before[0], "r": before[1], "f1": before[2]}, "oracle_f1": oracle[2],
            "cv": {str(c): v for c, v in results.items()}, "scope": args.scope, "folds": args.folds, "cv_folds": args.cv,
            "acts": args.acts, "acts_cv": args.acts_cv,
            "seconds": round(time.time() - t0)}
    (out / "train_info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
