"""Round 28's cue gate (de_cues card, Round 28, w1): the spurious Indirect quotes of the CRF taggers.

Round 27's precision census (cue_precision27.py) found the largest class of wrong cue tokens to be the spurious quote
(no gold message shares a token with ours), and in it the taggers' Indirect quotes. The gate judges every top-level
Indirect quote of origin "crf" that has a cue, from the quote judge's view (quotes_judge.features) plus the roles
CRF's cue marginal on the cue's tokens (quotes_cues.crf_cue_probs), with a logistic regression that estimates the
share of its cue tokens gold has (each quote one row per label, weighted by its right and wrong cue tokens). Below the
threshold the gate acts ("quote": the quote goes with the quotes nested in it; "cue": only its cue goes). Rows come
from saved final quotes of cross-fitted train (cue_r23_ab.py --save with the fold taggers; the fold's taggers are set
up again here for the marginals), the fit is 5-fold CV over articles, every drop rescored exactly:

    OMP_NUM_THREADS=1 python training/quotes/cue_gate28.py rows /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --load q_tr0.pkl --load q_tr1.pkl --out rows_tr.pkl
    OMP_NUM_THREADS=1 python training/quotes/cue_gate28.py rows /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r25/qcache_dev.spacy --load q_dev.pkl --out rows_dev.pkl
    python training/quotes/cue_gate28.py fit rows_tr.pkl [--dev rows_dev.pkl] [--out models/de_cues]

The fit picks C, threshold and action on train's CV cue F1 with train message and speaker not below base (the gate
would be extract_quotes' last step, so the CV rescore of the saved quotes is the cross-fitted train figure); dev is
scored with the model fitted on all train. Measured and left off (de_cues card, Round 28, w1): no pipeline step reads
it, and ``--out`` writes the fitted ``cue_gate.json`` only for reading.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_frames26 import load_saved  # noqa: E402
from judge_quotes import feature_matrix, paired_groups  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups, quote_groups, score_doc  # noqa: E402
from newsgraph.extract.quotes import _taggers  # noqa: E402
from newsgraph.extract.quotes_cues import CUE_LABELS, FINITE, _marginals_many, _pb  # noqa: E402
from newsgraph.extract.quotes_features import config, featurizer, tokens_from_doc  # noqa: E402
from newsgraph.extract.quotes_judge import _ids, features  # noqa: E402


def gate_scope(q) -> bool:
    """The quotes the gate judges: the taggers' top-level Indirect quotes with a cue (round 27's census: the largest
    share of the spurious quotes, whose cue tokens are all wrong)."""
    return not q.nested and q.mode == "Indirect" and q.origin == "crf" and bool(q.cue) and bool(q.message)


def crf_probs(toks, sents: set[int], which: str, labels) -> dict[int, float]:
    """The marginal probability of ``labels`` under the taggers' ``which`` CRF ("roles" / "message") for each token
    of ``sents``, each sentence a sequence of its own (as quotes_cues.crf_cue_probs does for the cue labels)."""
    taggers = _taggers(config()["model"]["de"])
    crf = getattr(taggers, which)
    cols = [crf.labels.index(x) for x in labels if x in crf.labels]
    fz = featurizer(toks, "de")
    spans, scs = [], []
    for s in sorted(sents):
        if s not in fz.s_first:
            continue
        a, e = fz.s_first[s], fz.s_last[s] + 1
        r, en = fz.rows(a, e, taggers.index)
        r = np.asarray(r, dtype=np.int64)
        starts = np.concatenate([[0], np.asarray(en[:-1], dtype=np.int64)])
        spans.append((a, e))
        scs.append(np.add.reduceat(crf.state.take(r, 0), starts, axis=0))
    out: dict[int, float] = {}
    for (a, e), m in zip(spans, _marginals_many(scs, crf.trans) if scs else ()):
        out.update(zip(range(a, e), m[:, cols].sum(axis=1).tolist()))
    return out


def gate_features(doc, toks, quotes: list, n: int, ctx: dict) -> list[str] | None:
    """The quote judge's view of quote ``n`` (quotes_judge.features), how sure the roles CRF was of its cue (the highest
    and lowest cue marginal over the cue's tokens, bucketed), the cue's first word and a negation in it, how sure the
    message CRF was of the message (mean and lowest of one minus its "O" over the message's words), the message's first
    tag and whether it holds a finite verb."""
    q = quotes[n]
    f = features(doc, toks, quotes, n, q.origin, ctx)
    if f is None:
        return None
    cue = _ids(toks, q.cue, ctx["starts"])
    if not cue:
        return f
    probs = crf_probs(toks, {toks[k].sent for k in cue}, "roles", CUE_LABELS)
    ps = [probs.get(k, 0.0) for k in cue]
    f += ["gate_cmax=" + _pb(max(ps)), "gate_cmin=" + _pb(min(ps)), "gate_cw=" + toks[cue[0]].text.lower()]
    msg = [k for k in _ids(toks, q.message, ctx["starts"]) if toks[k].text[:1].isalnum()]
    if msg:
        po = crf_probs(toks, {toks[k].sent for k in msg}, "message", ("O",))
        f.append("gate_mmean=" + _pb(sum(1.0 - po.get(k, 1.0) for k in msg) / len(msg)))
        f.append("gate_mmin=" + _pb(min(1.0 - po.get(k, 1.0) for k in msg)))
        first = toks[msg[0]]
        f.append("gate_first=" + (doc[first.i].tag_ if first.i >= 0 else "?"))
        f.append("gate_fin=" + str(int(any(toks[k].i >= 0 and doc[toks[k].i].tag_ in FINITE for k in msg))))
    if any(toks[k].text.lower() in ("nicht", "kein", "keine", "nie") for k in cue):
        f.append("gate_neg")
    return f


def rows(args) -> None:
    run = setup(args)
    saved = load_saved(args.load)
    by_text = {d.text: d for d in run.docs}
    arts = {}
    for i in run.articles(args.folds):
        if i not in saved:
            continue
        g = run.gold[i]
        doc = by_text[g.text]
        toks = tokens_from_doc(doc, "de")
        quotes = saved[i]
        sys_g, at, gold_g, pairs = paired_groups(quotes, g)
        gi_of = {n: k for k, n in enumerate(at)}
        items = []
        ctx: dict = {}
        for n, q in enumerate(quotes):
            if not gate_scope(q):
                continue
            f = gate_features(doc, toks, quotes, n, ctx)
            k = gi_of.get(n)
            if f is None or k is None:
                continue
            ours = set(sys_g[k].roles["cue"])
            gk = pairs.get(k)
            gcue = set(gold_g[gk].roles["cue"]) if gk is not None else set()
            gmsg = set(gold_g[gk].roles["quote"]) if gk is not None else set()
            tp = len(ours & gcue)
            a, b = q.message[0][0], q.message[-1][1]
            items.append({"n": n, "f": f, "tp": tp, "fp": len(ours) - tp,
                          "spurious": not (set(sys_g[k].roles["quote"]) & gmsg),
                          "text": g.text[a:b][:160], "cue": " ".join(g.text[x:y] for x, y in q.cue)})
        arts[i] = {"quotes": quotes, "gold": g, "items": items}
    Path(args.out).write_bytes(pickle.dumps(arts))
    n = sum(len(a["items"]) for a in arts.values())
    tp = sum(it["tp"] for a in arts.values() for it in a["items"])
    fp = sum(it["fp"] for a in arts.values() for it in a["items"])
    print(f"{len(arts)} articles, {n} gated quotes, cue tokens right {tp} wrong {fp}; base", fmt(rescore(arts, {}, "quote")))


def apply(quotes: list, drop: set[int], action: str) -> list:
    if not drop:
        return quotes
    if action == "cue":
        out = copy.copy(quotes)
        for n in drop:
            out[n] = copy.copy(quotes[n])
            out[n].cue = []
        return out
    spans = [(quotes[n].message[0][0], quotes[n].message[-1][1]) for n in drop]
    return [q for n, q in enumerate(quotes) if n not in drop and not (
        q.nested and any(a <= q.message[0][0] and q.message[-1][1] <= b for a, b in spans))]


def rescore(arts: dict, drop: dict, action: str) -> tuple[float, float, float]:
    sc = Scores()
    for i, a in arts.items():
        score_doc(sc, quote_groups(a["gold"], apply(a["quotes"], drop.get(i, set()), action)), gold_groups(a["gold"]))
    return tuple(sc.overlap(r)[2] for r in ("quote", "cue", "speaker"))


LABEL = "cue"


def fmt(s) -> str:
    return " / ".join(f"{x:.5f}" for x in s)


def _fit(arts, keys, X, idx, C):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    its = [arts[i]["items"][n] for i, n in keys]
    rows_i = [k for k in idx for _ in (0, 1)]
    y = [lab for _ in idx for lab in (1, 0)]
    if LABEL == "spurious":
        # one unweighted label per quote: does gold have a message over it at all
        w = [max(1e-3, float(lab != its[k]["spurious"])) for k in idx for lab in (1, 0)]
    else:
        w = [max(1e-3, float(its[k]["tp" if lab else "fp"])) for k in idx for lab in (1, 0)]
    m = LogisticRegression(C=C, max_iter=3000)
    m.fit(X[np.array(rows_i)], y, sample_weight=w)
    return m


def drops(arts, keys, p, t) -> dict:
    out: dict = {}
    for (i, n), pk in zip(keys, p):
        if pk < t:
            out.setdefault(i, set()).add(arts[i]["items"][n]["n"])
    return out


def fit(args) -> None:
    import numpy as np

    arts = pickle.loads(Path(args.rows).read_bytes())
    keys, X, vocab = feature_matrix(arts, None, tuple(x for x in args.nofeat.split(",") if x))
    base = rescore(arts, {}, "quote")
    print("train base", fmt(base), f"rows {len(keys)} feats {len(vocab)}")
    ths = args.ths
    best = None
    for C in args.C:
        p = np.zeros(len(keys))
        for k in range(5):
            tr = [j for j, (i, _) in enumerate(keys) if i % 5 != k]
            te = [j for j, (i, _) in enumerate(keys) if i % 5 == k]
            p[te] = _fit(arts, keys, X, tr, C).predict_proba(X[te])[:, 1]
        for t in ths:
            d = drops(arts, keys, p, t)
            nd = sum(len(v) for v in d.values())
            for action in args.actions:
                s = rescore(arts, d, action)
                ok = s[0] >= base[0] and s[2] >= base[2] and s[1] > base[1]
                print(f"CV C={C} t={t} {action}: drop {nd} -> {fmt(s)}{' ok' if ok else ''}", flush=True)
                if ok and (best is None or s[1] > best[0][1]):
                    best = (s, C, t, action, p.copy())
    if best is None:
        print("no setting gains cue with message and speaker not down")
        return
    s, C, t, action, p = best
    print("best", fmt(s), C, t, action)
    for (i, n), pk in zip(keys, p):
        it = arts[i]["items"][n]
        if pk < t:
            print(f"  CV drop p={pk:.2f} tp={it['tp']} fp={it['fp']} spur={int(it['spurious'])} [{it['cue']}] {it['text'][:100]}")
    m = _fit(arts, keys, X, list(range(len(keys))), C)
    inv = {k: x for x, k in vocab.items()}
    weights = {inv[k]: round(float(v), 5) for k, v in enumerate(m.coef_[0]) if abs(v) > 1e-4}
    model = {"weights": weights, "intercept": round(float(m.intercept_[0]), 5), "threshold": t, "action": action,
             "info": {"C": C, "label": LABEL, "nofeat": args.nofeat, "rows": len(keys), "cv_train_message_cue_speaker": [round(x, 5) for x in s],
                      "base_train_message_cue_speaker": [round(x, 5) for x in base]}}
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("lowest", top[:12])
    print("highest", top[-12:])
    if args.out:
        Path(args.out, "cue_gate.json").write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                                   "utf-8")
    if args.dev:
        dev = pickle.loads(Path(args.dev).read_bytes())
        dk, dX, _ = feature_matrix(dev, vocab)
        dp = m.predict_proba(dX)[:, 1]
        print("dev base", fmt(rescore(dev, {}, action)))
        for tt in ths:
            d = drops(dev, dk, dp, tt)
            print(f"dev t={tt}{' *' if tt == t else ''} {action}: drop {sum(len(v) for v in d.values())} -> "
                  f"{fmt(rescore(dev, d, action))}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rows")
    add_setup_args(r)
    r.add_argument("--load", action="append", default=[])
    r.add_argument("--out", required=True)
    f = sub.add_parser("fit")
    f.add_argument("rows")
    f.add_argument("--dev")
    f.add_argument("--out")
    f.add_argument("--C", type=float, nargs="+", default=[0.01, 0.03, 0.1, 0.3])
    f.add_argument("--actions", nargs="+", default=["quote", "cue"])
    f.add_argument("--nofeat", default="", help="feature substrings left out, comma-separated (the lexical ones: "
                   "cuelem=,root=,gate_cw=)")
    f.add_argument("--ths", type=float, nargs="+", default=[0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6])
    f.add_argument("--label", default="cue", choices=("cue", "spurious"),
                   help="cue: token-weighted share of right cue tokens; spurious: whether gold has a message over it")
    args = ap.parse_args(argv)
    global LABEL
    LABEL = getattr(args, "label", "cue")
    if args.cmd == "rows":
        rows(args)
    else:
        fit(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
