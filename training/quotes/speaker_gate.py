"""A speaker gate, fitted and A/B'd on speaker_precision.py dumps (measured and left off: de_speakers card, Round 26).

Is the speaker we named for a finished quote worth naming? The gate reads what the quote judge reads of the quote
(quotes_judge.features: mode, origin, cue kind, Konjunktiv, hearsay, paragraph start, quotes before and after) and what
the speaker is (kind, entity, length, where it stands against the message and its cue, its relation in the parse); a
logistic regression estimates the share of the speaker's tokens that are gold's, and a speaker under the threshold
would be dropped (a speaker of token precision p raises the speaker overlap F1 only if p > F1 / 2). Nothing in the
extractor reads it: the features are computed by speaker_precision.py into its dump.

    # the rows: cross-fitted train and dev dumps (each final quote's gate features in its group's extra)
    OMP_NUM_THREADS=1 python training/quotes/speaker_precision.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r25/acts_cv_comp.json --dump TRAIN.pkl --examples 0
    OMP_NUM_THREADS=1 python training/quotes/speaker_precision.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r25/qcache_dev.spacy --dump DEV.pkl --examples 0
    python training/quotes/speaker_gate.py TRAIN.pkl --dev DEV.pkl [--C 0.3] [--threshold 0.31] [--out models/de_speakers/gate.json]

Train figure: the gate fitted on one fold of articles (i % 2, the quote taggers' folds) and applied to the other, so
no article is judged by a gate that saw it; dev figure: the gate fitted on all train. Each dropped speaker is rescored
exactly (score_doc over the groups with those speakers emptied). Rows as the quote judge's: one row y=1 weighted by
the speaker's tokens shared with its paired gold speaker (eval.quotes.assign), one y=0 weighted by the rest.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsgraph.eval.quotes import Scores, assign, score_doc  # noqa: E402
from newsgraph.extract.quotes_features import Tok  # noqa: E402
from newsgraph.extract.quotes_judge import _ids  # noqa: E402
from newsgraph.extract.quotes_judge import features as judge_features  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "ihm", "ihn", "ihnen", "uns", "mir", "du"}


def _b(n: int, edges) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def features(doc, toks: list[Tok], quotes: list, n: int, ctx: dict | None = None) -> list[str] | None:
    """The gate's features of quote ``n``'s speaker (None when it has none or no message)."""
    q = quotes[n]
    if not q.speaker or not q.message:
        return None
    ctx = {} if ctx is None else ctx
    jf = judge_features(doc, toks, quotes, n, q.origin, ctx)
    if jf is None:
        return None
    starts = ctx["starts"]
    sp = _ids(toks, q.speaker, starts)
    msg = _ids(toks, q.message, starts)
    if not sp or not msg:
        return None
    m = q.mode
    f = ["j:" + x for x in jf]
    words = [toks[k] for k in sp]
    low = [t.text.lower() for t in words]
    pos = {t.pos for t in words}
    kind = ("pron" if len(words) == 1 and low[0] in PRONOUNS else "propn" if "PROPN" in pos
            else "noun" if "NOUN" in pos else "other")
    cue = bool(q.cue)
    f += ["s:kind=" + kind, f"s:mode={m}|kind={kind}", f"s:cue={int(cue)}|kind={kind}",
          "s:len" + _b(len(words), (1, 2, 3, 5, 8)), f"s:inherited={int(q.inherited)}",
          f"s:origin={q.origin or '?'}|kind={kind}"]
    ms0, ms1 = toks[msg[0]].sent, toks[msg[-1]].sent
    ss = toks[sp[0]].sent
    inside = sp[0] >= msg[0] and sp[-1] <= msg[-1]
    where = ("inside" if inside else "earlier" + _b(ms0 - ss, (1, 2, 4)) if ss < ms0 else
             "later" if ss > ms1 else "before" if sp[-1] < msg[0] else "after")
    f += ["s:where=" + where, f"s:where={where}|cue={int(cue)}", f"s:where={where}|mode={m}"]
    spans = [doc[toks[k].i] for k in sp if toks[k].i >= 0]
    if spans and doc.has_annotation("DEP"):
        ids = {t.i for t in spans}
        roots = [t for t in spans if t.head.i not in ids or t.head.i == t.i]
        r = roots[0]
        f.append("s:dep=" + r.dep_)
        f.append(f"s:dep={r.dep_}|cue={int(cue)}")
        if cue:
            cue_i = {toks[k].i for k in _ids(toks, q.cue, starts) if toks[k].i >= 0}
            f.append(f"s:head_is_cue={int(r.head.i in cue_i)}")
        if len(roots) > 1:
            f.append("s:multiroot")
        ents = {t.ent_type_ for t in spans if t.ent_type_}
        f.append("s:ent=" + ("|".join(sorted(ents)) if ents else "none"))
        if r.head.pos_ in ("VERB", "AUX"):
            f.append(f"s:headmood={'sub' if 'Sub' in r.head.morph.get('Mood') else 'ind'}")
    return f


def in_scope(sg, scope: str) -> bool:
    return scope == "all" or (scope == "nocue" and not sg.roles["cue"])


def rows_of(dump, scope: str = "all"):
    """(article, group index, features, right tokens, wrong tokens) of every speaker with gate features in ``scope``
    ("all", or "nocue": the quotes without a cue)."""
    out = []
    for i, _g, sys_g, gold_g in (r[:4] for r in dump):
        pairs = dict(assign(sys_g, gold_g))
        for si, sg in enumerate(sys_g):
            f = (sg.extra or {}).get("gate")
            s = set(sg.roles["speaker"])
            if not f or not s or not in_scope(sg, scope):
                continue
            gs = set(gold_g[pairs[si]].roles["speaker"]) if si in pairs else set()
            out.append((i, si, f, len(s & gs), len(s - gs)))
    return out


def matrix(rows, vocab=None):
    grow = vocab is None
    vocab = {} if vocab is None else vocab
    data, ri, ci = [], [], []
    for n, r in enumerate(rows):
        for x in set(r[2]):
            k = vocab.setdefault(x, len(vocab)) if grow else vocab.get(x)
            if k is not None:
                data.append(1.0)
                ri.append(n)
                ci.append(k)
    return csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab))), vocab


def fit(rows, C):
    X, vocab = matrix(rows)
    n = len(rows)
    from scipy.sparse import vstack

    XX = vstack([X, X])
    y = np.r_[np.ones(n), np.zeros(n)]
    w = np.r_[[r[3] for r in rows], [r[4] for r in rows]].astype(float)
    keep = w > 0
    lr = LogisticRegression(C=C, max_iter=2000)
    lr.fit(XX[keep], y[keep], sample_weight=w[keep])
    return lr, vocab


def proba(model, rows):
    lr, vocab = model
    X, _ = matrix(rows, vocab)
    return lr.predict_proba(X)[:, 1]


def rescore(dump, drop: set):
    sc = Scores()
    for i, _g, sys_g, gold_g in (r[:4] for r in dump):
        if any((i, si) in drop for si in range(len(sys_g))):
            sys_g = copy.deepcopy(sys_g)
            for si, sg in enumerate(sys_g):
                if (i, si) in drop:
                    sg.roles["speaker"] = []
        score_doc(sc, sys_g, gold_g)
    return (sc.overlap("quote")[2], sc.overlap("cue")[2], sc.overlap("speaker")[2], sc.tp["speaker"],
            sc.fp["speaker"], sc.fn["speaker"], sc.spk_ok, sc.spk_total)


def fmt(s):
    return f"{s[0]:.5f} / {s[1]:.5f} / {s[2]:.5f} (TP {s[3]} FP {s[4]} FN {s[5]}; attribution {s[6]}/{s[7]})"


def dropped(rows, p, t, dump, nex=0):
    """The rows dropped at ``t`` and a tally of them (right / wrong tokens, by mode / origin / cue)."""
    idx = [n for n in range(len(rows)) if p[n] < t]
    c = Counter()
    for n in idx:
        c["right tok"] += rows[n][3]
        c["wrong tok"] += rows[n][4]
        c["right quotes"] += rows[n][3] > 0
    return {(rows[n][0], rows[n][1]) for n in idx}, c


def sweep(name, rows, p, dump, ths, pre: float, width: int) -> None:
    """One line a threshold of ``ths``: what the gate drops there and the rescored figures (``width``: the drop
    count's, so train's and dev's columns stay as they were printed)."""
    for t in ths:
        d, c = dropped(rows, p, t, dump)
        mark = "  <- pre-set" if t == pre else ""
        print(f"{name} t={t:<5} drop {len(d):{width}d} (right quotes {c['right quotes']}, right tok {c['right tok']}, "
              f"wrong tok {c['wrong tok']}): {fmt(rescore(dump, d))}{mark}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--dev", default=None)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--threshold", type=float, default=0.31)
    ap.add_argument("--sweep", default="0.1,0.15,0.2,0.25,0.31,0.35,0.4")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--scope", default="all", choices=("all", "nocue"), help="the quotes the gate judges")
    ap.add_argument("--out", default=None, help="write the gate fitted on all train rows (json)")
    args = ap.parse_args(argv)
    tdump = pickle.loads(Path(args.train).read_bytes())
    rows = rows_of(tdump, args.scope)
    print(f"train rows {len(rows)} (speakers with features); right tok {sum(r[3] for r in rows)}, "
          f"wrong tok {sum(r[4] for r in rows)}")
    print("train base         ", fmt(rescore(tdump, set())))
    # out of fold: fitted on the articles of one fold (i % 2), applied to the other's
    p = np.zeros(len(rows))
    for k in (0, 1):
        tr = [r for r in rows if r[0] % 2 != k]
        te = [n for n, r in enumerate(rows) if r[0] % 2 == k]
        m = fit(tr, args.C)
        p[te] = proba(m, [rows[n] for n in te])
    ths = sorted({float(x) for x in args.sweep.split(",")} | {args.threshold})
    sweep("train 2-fold", rows, p, tdump, ths, args.threshold, 4)
    if args.examples:
        d, _ = dropped(rows, p, args.threshold, tdump)
        by_art = {r[0]: r for r in tdump}
        shown = Counter()
        for n, r in enumerate(rows):
            if (r[0], r[1]) in d:
                kind = "right" if r[3] else "wrong"
                if shown[kind] >= args.examples:
                    continue
                shown[kind] += 1
                g, sg = by_art[r[0]][1], by_art[r[0]][2][r[1]]
                toks = sorted(sg.roles["speaker"])
                msg = sorted(sg.roles["quote"])
                print(f"  {kind} p={p[n]:.2f} {sg.form} [{g.text[g.tokens[toks[0]][0]:g.tokens[toks[-1]][1]]}] "
                      f"msg=[{g.text[g.tokens[msg[0]][0]:g.tokens[msg[-1]][1]][:90]}]")
    full = fit(rows, args.C)
    if args.dev:
        ddump = pickle.loads(Path(args.dev).read_bytes())
        drows = rows_of(ddump, args.scope)
        dp = proba(full, drows)
        print("dev base           ", fmt(rescore(ddump, set())))
        sweep("dev (all-train gate)", drows, dp, ddump, ths, args.threshold, 3)
    if args.out:
        lr, vocab = full
        inv = {k: x for x, k in vocab.items()}
        weights = {inv[k]: round(float(v), 6) for k, v in enumerate(lr.coef_[0]) if abs(v) > 1e-6}
        model = {"weights": weights, "intercept": float(lr.intercept_[0]), "threshold": args.threshold, "scope": args.scope,
                 "info": {"C": args.C, "rows": len(rows), "trained_on": "quotes-de train, cross-fitted extractor"}}
        Path(args.out).write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0), "utf-8")
        print("wrote", args.out, len(weights), "weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
