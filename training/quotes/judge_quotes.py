"""Rows, cross-validation and fit of the quote judge (newsgraph/extract/quotes_judge.py, models/de_acts/judge.json).

    # one command: rows of cross-fitted train (fold taggers, each article's CV act model), 5-fold CV over articles
    # (C and threshold on the rescored message F1), fit on all rows, write judge.json
    OMP_NUM_THREADS=1 python training/quotes/judge_quotes.py train /work/shared/data/quotes-de/data/train \
        --cache /tmp/r17/qcache_train.spacy --folds training/runs/quote_folds17 \
        --acts-cv training/runs/h5/acts_cv.json --rows /tmp/h4/judge_train.pkl --out models/de_acts
    # scoring on dev (the trainer does not read it): rows of dev, then fit ... --dev
    OMP_NUM_THREADS=1 python training/quotes/judge_quotes.py rows /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r17/qcache_dev.spacy --out /tmp/h4/judge_dev.pkl
    python training/quotes/judge_quotes.py fit /tmp/h4/judge_train.pkl --dev /tmp/h4/judge_dev.pkl [--scope …]

A quote's label is its message tokens: one row y=1 weighted by the tokens it shares with its paired gold
message (eval.quotes.assign), one row y=0 weighted by the rest, so the model estimates token precision.
Dropping a set of quotes is rescored exactly (score_doc over the remaining groups: message, cue, speaker).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402

from newsgraph.eval.quotes import (  # noqa: E402
    PRED_MEDIUM,
    Group,
    Scores,
    assign,
    chars_to_tokens,
    gold_groups,
    score_doc,
)
from newsgraph.extract import quotes as Q  # noqa: E402
from newsgraph.extract import quotes_judge  # noqa: E402
from newsgraph.extract.quotes_features import config, tokens_from_doc  # noqa: E402


def rows(args) -> None:
    run = setup(args)
    # the rows are the quotes the judge would see: the extractor's output without it
    config()["model"]["quote_judge"] = ""
    gold, nlp = run.gold, run.nlp
    arts = {}
    for i in run.articles(args.folds):
        g = gold[i]
        sdoc = nlp(g.text)
        quotes = Q.extract_quotes(sdoc, "de")
        toks = tokens_from_doc(sdoc, "de")
        sys_g, raw = [], []
        for q in quotes:
            roles = {r: chars_to_tokens(getattr(q, a), g.tokens) for r, a in
                     (("quote", "message"), ("cue", "cue"), ("speaker", "speaker"), ("addressee", "addressee"))}
            if roles["quote"]:
                sys_g.append(Group(roles, q.mode, q.nested, PRED_MEDIUM))
                raw.append(q)
        gold_g = gold_groups(g)
        pairs = dict(assign(sys_g, gold_g))
        ctx: dict = {}
        items = []
        for n, (q, sg) in enumerate(zip(raw, sys_g)):
            # the outer quote a nested one goes with
            outer = None
            if q.nested:
                outer = next((m for m, o in enumerate(raw) if not o.nested and o.message[0][0] <= q.message[0][0]
                              and q.message[-1][1] <= o.message[-1][1]), None)
                items.append({"nested": True, "outer": outer})
                continue
            f = quotes_judge.features(sdoc, toks, raw, n, q.origin, ctx)
            msg = set(sg.roles["quote"])
            gi = pairs.get(n)
            tp = len(msg & set(gold_g[gi].roles["quote"])) if gi is not None else 0
            a, b = q.message[0][0], q.message[-1][1]
            items.append({"nested": False, "f": f, "tp": tp, "fp": len(msg) - tp, "mode": q.mode,
                          "origin": q.origin, "cue": bool(q.cue), "text": g.text[a:b][:200]})
        arts[i] = {"sys": sys_g, "gold": gold_g, "items": items, "name": g.name}
    Path(args.out).write_bytes(pickle.dumps(arts))
    sc = Scores()
    for a in arts.values():
        score_doc(sc, a["sys"], a["gold"])
    print(f"{len(arts)} articles, {sum(len(a['items']) for a in arts.values())} quotes; "
          + " ".join(f"{r}={sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker")))


def rescore(arts: dict, drop: dict[int, set[int]]) -> tuple[float, float, float]:
    sc = Scores()
    for i, a in arts.items():
        d = drop.get(i, set())
        if d:
            d = d | {n for n, it in enumerate(a["items"]) if it["nested"] and it["outer"] in d}
        score_doc(sc, [g for n, g in enumerate(a["sys"]) if n not in d], a["gold"])
    return tuple(sc.overlap(r)[2] for r in ("quote", "cue", "speaker"))


def _matrix(arts, vocab=None):
    from scipy.sparse import csr_matrix

    keys, feats = [], []
    for i, a in arts.items():
        for n, it in enumerate(a["items"]):
            if not it["nested"]:
                keys.append((i, n))
                feats.append(it["f"])
    if vocab is None:
        cnt = Counter(x for f in feats for x in set(f) if not any(p in x for p in NOFEAT))
        vocab = {x: k for k, x in enumerate(sorted(x for x, c in cnt.items() if c >= 2))}
    r, c = [], []
    for k, f in enumerate(feats):
        for x in set(f):
            if x in vocab:
                r.append(k)
                c.append(vocab[x])
    X = csr_matrix(([1.0] * len(r), (r, c)), shape=(len(feats), len(vocab)))
    return keys, X, vocab


def _fit(arts, keys, X, idx, C):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    its = [arts[i]["items"][n] for i, n in keys]
    rows_i = [k for k in idx for _ in (0, 1)]
    y = [lab for _ in idx for lab in (1, 0)]
    w = [max(1e-3, float(its[k]["tp" if lab else "fp"])) for k in idx for lab in (1, 0)]
    m = LogisticRegression(C=C, max_iter=3000)
    m.fit(X[np.array(rows_i)], y, sample_weight=w)
    return m


SCOPE: tuple[str, ...] | None = None
NOFEAT: tuple[str, ...] = ()


def in_scope(it) -> bool:
    """SCOPE names modes ("FreeIndirect") or a mode with its cue state ("Indirect-nocue")."""
    return SCOPE is None or it["mode"] in SCOPE or f"{it['mode']}-{'cue' if it['cue'] else 'nocue'}" in SCOPE


def drop_at(keys, p, t, arts=None):
    drop = defaultdict(set)
    for (i, n), pk in zip(keys, p):
        if pk < t and in_scope(arts[i]["items"][n]):
            drop[i].add(n)
    return drop


def fit(args) -> None:
    import numpy as np

    arts = pickle.loads(Path(args.rows).read_bytes())
    keys, X, vocab = _matrix(arts)
    base = rescore(arts, {})
    print("train base", " ".join(f"{x:.4f}" for x in base), f"rows {len(keys)} feats {len(vocab)}")
    ths = [0.2, 0.25, 0.3, 0.33, 0.36, 0.4, 0.45, 0.5]
    best, best_scores = None, None
    cvp = {}
    for C in args.C:
        p = np.zeros(len(keys))
        for k in range(5):
            tr = [j for j, (i, _) in enumerate(keys) if i % 5 != k]
            te = [j for j, (i, _) in enumerate(keys) if i % 5 == k]
            m = _fit(arts, keys, X, tr, C)
            p[te] = m.predict_proba(X[te])[:, 1]
        cvp[C] = p
        for t in ths:
            s = rescore(arts, drop_at(keys, p, t, arts))
            n = sum(len(v) for v in drop_at(keys, p, t, arts).values())
            print(f"CV C={C} t={t}: drop {n} -> " + " ".join(f"{x:.4f}" for x in s), flush=True)
            if best is None or s[0] > best[0]:
                best = (s[0], C, t)
                best_scores = s
    print("best", best)
    _, C, t = best
    m = _fit(arts, keys, X, list(range(len(keys))), C)
    inv = {k: x for x, k in vocab.items()}
    weights = {inv[k]: float(v) for k, v in enumerate(m.coef_[0]) if abs(v) > 1e-6}
    model = {"weights": weights, "intercept": float(m.intercept_[0]), "threshold": t, "modes": list(SCOPE or ()),
             "info": {"C": C, "rows": len(keys), "cv_train_message_cue_speaker": list(best_scores),
                      "base_train_message_cue_speaker": list(base)}}
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("lowest", top[:15])
    print("highest", top[-15:])
    # which quotes CV drops at the chosen point, by mode/origin/cue, with their tokens
    p = cvp[C]
    tally = defaultdict(Counter)
    for (i, n), pk in zip(keys, p):
        it = arts[i]["items"][n]
        if pk < t and in_scope(it):
            c = tally[f"{it['mode']} {it['origin']} {'cue' if it['cue'] else 'nocue'}"]
            c["n"] += 1
            c["tp"] += it["tp"]
            c["fp"] += it["fp"]
    for k, c in sorted(tally.items(), key=lambda kv: -kv[1]["n"]):
        print(f"  CV drops {k:<40} {c['n']:4d} TP {c['tp']:5d} FP {c['fp']:5d}")
    if args.out:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        Path(args.out, "judge.json").write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                                "utf-8")
    if args.dev:
        dev = pickle.loads(Path(args.dev).read_bytes())
        dk, dX, _ = _matrix(dev, vocab)
        dp = m.predict_proba(dX)[:, 1]
        print("dev base", " ".join(f"{x:.4f}" for x in rescore(dev, {})))
        for tt in sorted(set(ths + [t])):
            s = rescore(dev, drop_at(dk, dp, tt, dev))
            print(f"dev t={tt}{' *' if tt == t else ''}: drop {sum(1 for x in dp if x < tt)} -> "
                  + " ".join(f"{x:.4f}" for x in s))
        for (i, n), pk in zip(dk, dp):
            it = dev[i]["items"][n]
            if pk < t and in_scope(it):
                print(f"  dev drop p={pk:.2f} {it['mode']} {it['origin']} cue={int(it['cue'])} tp={it['tp']} "
                      f"fp={it['fp']}: {it['text'][:120]}")


DEFAULT_SCOPE = "Indirect,FreeIndirect,IndirectFreeIndirect,Direct"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    parsers = {c: sub.add_parser(c) for c in ("rows", "fit", "train")}
    for c in ("rows", "train"):
        r = parsers[c]
        r.add_argument("dir")
        r.add_argument("--cache")
        r.add_argument("--folds")
        r.add_argument("--acts-cv")
        r.add_argument("--set", action="append", default=[])
    parsers["rows"].add_argument("--out", required=True)
    parsers["fit"].add_argument("rows")
    parsers["train"].add_argument("--rows", required=True, help="where to write the rows (a pickle)")
    for c in ("fit", "train"):
        f = parsers[c]
        f.add_argument("--dev", help="rows of dev (judge_quotes.py rows) to score the fitted model on")
        f.add_argument("--out", help="models directory to write judge.json into")
        f.add_argument("--C", type=float, nargs="+", default=[0.003, 0.01, 0.03, 0.1])
        f.add_argument("--scope", default=DEFAULT_SCOPE,
                       help="modes the judge may drop, comma-separated (Reported: train and dev annotate speech "
                            "acts differently, de_quotes card)")
        f.add_argument("--nofeat", default="", help="feature substrings left out, comma-separated")
    args = ap.parse_args(argv)
    global SCOPE, NOFEAT
    if getattr(args, "scope", None):
        SCOPE = tuple(args.scope.split(","))
    if getattr(args, "nofeat", ""):
        NOFEAT = tuple(args.nofeat.split(","))
    if args.cmd in ("rows", "train"):
        if args.cmd == "train":
            out, args.out = args.out, args.rows
            rows(args)
            args.out = out
        else:
            rows(args)
    if args.cmd in ("fit", "train"):
        fit(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
