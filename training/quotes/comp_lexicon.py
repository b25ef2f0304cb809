"""The complement model with a cue-word lexicon feature (de_acts card, Round 26, h9; issue #4, cue F1).

h1's census (de_cues card, Round 26) found missed quotes whose complement candidate the complement model (quotes_acts
"comp") rejected, and that the candidate word's gold-cue rate in unseen train articles raised a second opinion's AUC.
Here that rate is one more feature of the complement model itself (quotes_acts.lex_feature: the smoothed rate of the
verb and of the word above the clause, bucketed), fitted leak-free:

- counts per CV fold (article i in fold i % 5, the split of train_acts.py's and acts_cv.py's models): for every word
  of a train article's parse (quotes_acts.lex_key) its occurrences and how many lie in a gold cue; ``prior`` = the
  pooled rate of verbs, ``m`` = 5 pseudo-occurrences (both fixed before any result);
- the model for new text ("comp_lex" in OUT/weights.json, a copy of models/de_acts's with "comp" unchanged): every
  complement row of train, the row of an article in fold g taking the counts of the other four folds; at run time the
  counts of all of train (OUT/comp_lexicon.json). Measured and left off in round 26, so not in models/de_acts: OUT
  is a scratch dir, scored with ``--set act_classifier=/abs/OUT --set comp_lexicon=true``;
- the five CV stand-ins (``--cv-out``, acts_cv.json form: ``--base-cv``'s sentence and complement models plus a
  "comp_lex"): model f is fitted on the rows of folds g != f, each row taking the counts of the folds other than f
  and g (so no word of fold f weighs in model f at all), and applied with the counts of the folds other than f.

Same rows as acts_cv.py (the extractor on cross-fitted train, the act classifier off), the shipped comp C and
threshold. The rows are pickled (``--rows``) so a rerun skips the extraction. Dev is not read.

    OMP_NUM_THREADS=1 python training/quotes/comp_lexicon.py --cache-train /tmp/r25/qcache_train.spacy \
        --folds-dir training/runs/quote_folds22 --folds 2 --base-cv /tmp/r25/acts_cv_comp.json \
        --cv-out /tmp/h9/r26/acts_cv_lex.json --out /tmp/h9/r26/de_acts_lex --rows /tmp/h9/r26/crows.pkl

Judge with ``message_errors.py … --acts-cv CV_OUT --set comp_lexicon=true`` (train) and ``score_quotes.py …/dev
--set act_classifier=/tmp/h9/r26/de_acts_lex --set comp_lexicon=true`` (dev).
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

from newsgraph.extract import quotes_acts  # noqa: E402

K = 5
M = 5  # pseudo-occurrences of the smoothing, fixed before any result (de_acts card, Round 26)


def fold_counts(gold, docs, k: int = K):
    """Per fold: {key: [cue hits, occurrences]} over the words of its articles' parses, and the verbs' pooled
    [hits, occurrences] (the prior)."""
    from cue_frames26 import gold_cue_tokens

    out = [({}, [0, 0]) for _ in range(k)]
    for i, (g, doc) in enumerate(zip(gold, docs)):
        counts, prior = out[i % k]
        cues, _ = gold_cue_tokens(g, doc)
        inside = set().union(*cues) if cues else set()
        for t in doc:
            if t.is_punct or t.is_space:
                continue
            c = counts.setdefault(quotes_acts.lex_key(t), [0, 0])
            hit = int(t.i in inside)
            c[0] += hit
            c[1] += 1
            if t.pos_ in ("VERB", "AUX"):
                prior[0] += hit
                prior[1] += 1
    return out


def lexicon(fc, folds) -> dict:
    """The lexicon of the articles of ``folds``: summed counts, the verbs' pooled rate as prior."""
    counts: dict[str, list[int]] = {}
    ph = po = 0
    for f in folds:
        c, (h, o) = fc[f]
        ph, po = ph + h, po + o
        for w, (a, b) in c.items():
            x = counts.setdefault(w, [0, 0])
            x[0] += a
            x[1] += b
    return {"counts": counts, "prior": round(ph / po, 5), "m": M}


def with_lex(rows, lex_of) -> list[dict]:
    return [dict(r, f=r["f"] + [quotes_acts.lex_feature(r["keys"], lex_of(r["art"]))]) for r in rows]


def fit(rows, C: float):
    from sklearn.linear_model import LogisticRegression
    from train_acts import vectorize

    X, _, vocab = vectorize(rows, label=False)
    return LogisticRegression(C=C, max_iter=2000).fit(X, [r["y"] for r in rows]), vocab


def prob(m, vocab, rows) -> np.ndarray:
    from train_acts import vectorize

    X, _, _ = vectorize(rows, vocab, label=False)
    return m.predict_proba(X)[:, list(m.classes_).index(1)]


def auc(y, p) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p))


def screen(crows, fc) -> None:
    """``--screen``: out-of-fold AUC and fires at P >= 0.5 of variants of the feature on the rows alone (nested
    counts as the CV stand-ins; information, not a choice: de_acts card, Round 26), and the rows the declared feature
    moves across 0.5."""
    every = set(range(K))
    y = np.array([r["y"] for r in crows])
    arts = np.array([r["art"] for r in crows])
    lexs: dict = {}

    def lex(ex, m):
        key = (tuple(sorted(ex)), m)
        if key not in lexs:
            lexs[key] = dict(lexicon(fc, every - set(ex)), m=m)
        return lexs[key]

    def oof(feat, m=M, drop=()):
        def rows(rs, ex_of):
            return [dict(r, f=[x for x in r["f"] if not (drop and x.startswith(drop))]
                         + (feat(r, lex(ex_of(r["art"]), m)) if feat else [])) for r in rs]

        p = np.zeros(len(crows))
        for f in range(K):
            te = np.where(arts % K == f)[0]
            mod, voc = fit(rows([r for r in crows if r["art"] % K != f], lambda a, f=f: {f, a % K}), 1.0)
            p[te] = prob(mod, voc, rows([crows[i] for i in te], lambda a, f=f: {f}))
        return p

    def declared(r, lx):
        return [quotes_acts.lex_feature(r["keys"], lx)]

    variants = [("no feature", None, M, ()), ("declared", declared, M, ()), ("m 1", declared, 1, ()),
                ("m 20", declared, 20, ()),
                ("the verb's key only", lambda r, lx: [quotes_acts.lex_feature(r["keys"][:1], lx)], M, ()),
                ("declared, without the cv= lemma feature", declared, M, ("cv=",)),
                ("declared + bucket x clause kind", lambda r, lx: declared(r, lx) + [
                    declared(r, lx)[0] + "|" + next(x for x in r["f"] if x.startswith("ck="))], M, ())]
    ps = {}
    for name, feat, m, drop in variants:
        p = ps[name] = oof(feat, m, drop)
        s = p >= 0.5
        print(f"{name:42s} AUC {auc(y, p):.4f}, P >= 0.5: {int(s.sum())} ({int(y[s].sum())} Indirect)")
    p0, p1 = ps["no feature"], ps["declared"]
    for i in np.where((p0 >= 0.5) != (p1 >= 0.5))[0]:
        r = crows[i]
        print(f"  {'on ' if p1[i] >= 0.5 else 'off'} y={r['y']} P {p0[i]:.2f} -> {p1[i]:.2f} {r['keys']} "
              f"{quotes_acts.lex_feature(r['keys'], lex({r['art'] % K}, M))} article {r['art']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache-train", required=True)
    ap.add_argument("--folds-dir", default="training/runs/quote_folds22")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--base-cv", required=True, help="acts_cv.py output: the CV models the comp_lex models join")
    ap.add_argument("--cv-out", required=True)
    ap.add_argument("--out", default=None,
                    help="model dir: comp_lexicon.json and the shipped weights.json plus comp_lex (else none written)")
    ap.add_argument("--rows", default=None, help="pickle of the complement rows (written if missing, read if there)")
    ap.add_argument("--no-feature", action="store_true",
                    help="OUT's comp_lex without the feature: the shipped complement model re-fitted on today's rows "
                         "(the control of the dev figure)")
    ap.add_argument("--screen", action="store_true", help="only the variants' CV AUC on the rows (nothing written)")
    args = ap.parse_args(argv)
    t0 = time.process_time()
    from error_analysis import _Cached, _docs
    from train import DATA
    from train_acts import collect, drop_json

    from newsgraph.config import models_dir
    from newsgraph.eval.quotes import read_dir

    shipped = json.loads((models_dir() / "de_acts" / "weights.json").read_text("utf-8"))
    info, scomp = shipped.get("info", {}), shipped["comp"]
    C, thr = float(info["comp_C"]), float(scomp["threshold"])
    gold = read_dir(DATA / "train")
    docs = _docs(gold, args.cache_train)
    if args.rows and Path(args.rows).exists():
        crows = pickle.loads(Path(args.rows).read_bytes())
    else:
        # as acts_cv.build: the shipped features, the classifier off while rows are collected
        quotes_acts.set_level(info.get("features", 1), info.get("merge", False))
        quotes_acts.COMP_CLUSTERS = bool(scomp.get("clusters", False))
        quotes_acts.COMP_FEATS = int(scomp.get("feats", 1))
        collect(gold, _Cached(docs), args.folds_dir, args.folds, comp=True)
        crows = collect.crows
        if args.rows:
            Path(args.rows).write_bytes(pickle.dumps(crows))
    print(f"complement rows {len(crows)}, Indirect {sum(r['y'] for r in crows)} ({time.process_time() - t0:.0f} CPU s)")
    fc = fold_counts(gold, docs)
    if args.screen:
        screen(crows, fc)
        return 0
    every = set(range(K))
    lex_out = {f: lexicon(fc, every - {f}) for f in range(K)}
    lex_pair = {(f, g): lexicon(fc, every - {f, g}) for f in range(K) for g in range(K)}
    base = {int(k): v for k, v in json.loads(Path(args.base_cv).read_text("utf-8")).items()}
    y = np.array([r["y"] for r in crows])
    arts = np.array([r["art"] for r in crows])
    p_old, p_new = np.zeros(len(crows)), np.zeros(len(crows))
    same = 0
    for f in range(K):
        tr = [r for r in crows if r["art"] % K != f]
        te = np.where(arts % K == f)[0]
        m0, v0 = fit(tr, C)
        p_old[te] = prob(m0, v0, [crows[i] for i in te])
        old = drop_json(m0, v0, thr)["weights"]
        # the control: without the feature these rows give the base CV file's complement model again
        same += int(all(abs(old.get(x, 0.0) - w) < 1e-4 for x, w in base[f]["comp"]["weights"].items()))
        trl = with_lex(tr, lambda a, f=f: lex_pair[(f, a % K)])
        m1, v1 = fit(trl, C)
        p_new[te] = prob(m1, v1, with_lex([crows[i] for i in te], lambda a, f=f: lex_out[f]))
        base[f]["comp_lex"] = dict(drop_json(m1, v1, thr), clusters=bool(scomp.get("clusters", False)),
                                   feats=int(scomp.get("feats", 1)), lexicon=lex_out[f])
    print(f"control: {same} of {K} CV complement models equal to {args.base_cv}'s")
    print(f"CV AUC of the complement rows: {auc(y, p_old):.4f} -> {auc(y, p_new):.4f} with the lexicon feature; "
          f"rows at P >= {thr}: {int((p_old >= thr).sum())} ({int(y[p_old >= thr].sum())} Indirect) -> "
          f"{int((p_new >= thr).sum())} ({int(y[p_new >= thr].sum())} Indirect)")
    for half in (0, 1):
        sel = arts % 2 == half
        print(f"  articles of parity {half}: AUC {auc(y[sel], p_old[sel]):.4f} -> {auc(y[sel], p_new[sel]):.4f}")
    Path(args.cv_out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.cv_out).write_text(json.dumps(base, ensure_ascii=False), "utf-8")
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        m, v = fit(crows if args.no_feature else with_lex(crows, lambda a: lex_out[a % K]), C)
        lex_all = lexicon(fc, every)
        (out / "comp_lexicon.json").write_text(json.dumps(lex_all, ensure_ascii=False, sort_keys=True), "utf-8")
        # the shipped weights with comp_lex added: OUT may be a scratch dir (score with act_classifier=/abs/OUT)
        model = json.loads((models_dir() / "de_acts" / "weights.json").read_text("utf-8"))
        model["comp_lex"] = dict(drop_json(m, v, thr), clusters=bool(scomp.get("clusters", False)),
                                 feats=int(scomp.get("feats", 1)),
                                 **({} if args.no_feature else {"lexicon": "comp_lexicon.json"}))
        model.setdefault("info", {}).update(comp_lex_rows=len(crows), comp_lex_positive=int(y.sum()),
                                            comp_lex_cv_auc=f"{auc(y, p_old):.4f} -> {auc(y, p_new):.4f}",
                                            comp_lex_m=M, comp_lex_prior=lex_all["prior"])
        (out / "weights.json").write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
    print(f"{time.process_time() - t0:.0f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
