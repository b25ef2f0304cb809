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
The row, matrix, fit and cross-validation helpers here serve the later judges too (judge_cues.py, cue_edits.py).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402

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

ROLES = (("quote", "message"), ("cue", "cue"), ("speaker", "speaker"), ("addressee", "addressee"))


def extracted(run, folds: str | None):
    """(index, gold, parse, final quotes, extractor tokens) of each article of ``run`` in tagging order."""
    for i in run.articles(folds):
        g = run.gold[i]
        sdoc = run.nlp(g.text)
        quotes = Q.extract_quotes(sdoc, "de")
        yield i, g, sdoc, quotes, tokens_from_doc(sdoc, "de")


def paired_groups(quotes: list, g) -> tuple[list, list[int], list, dict]:
    """The scorer's view of one article: the groups of the quotes with a message (``at``: their indices in
    ``quotes``), gold's groups, and the pairs eval.quotes.assign makes (group index -> gold group index)."""
    sys_g, at = [], []
    for n, q in enumerate(quotes):
        roles = {r: chars_to_tokens(getattr(q, a), g.tokens) for r, a in ROLES}
        if roles["quote"]:
            sys_g.append(Group(roles, q.mode, q.nested, PRED_MEDIUM))
            at.append(n)
    gold_g = gold_groups(g)
    return sys_g, at, gold_g, dict(assign(sys_g, gold_g))


def save_rows(arts: dict, out: str) -> str:
    """Writes the rows; their message / cue / speaker overlap F1 as printed."""
    Path(out).write_bytes(pickle.dumps(arts))
    sc = Scores()
    for a in arts.values():
        score_doc(sc, a["sys"], a["gold"])
    return " ".join(f"{r}={sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker"))


def rows(args) -> None:
    run = setup(args)
    # the rows are the quotes the judge would see: the extractor's output without it
    config()["model"]["quote_judge"] = ""
    arts = {}
    for i, g, sdoc, quotes, toks in extracted(run, args.folds):
        sys_g, at, gold_g, pairs = paired_groups(quotes, g)
        raw = [quotes[n] for n in at]
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
    scores = save_rows(arts, args.out)
    print(f"{len(arts)} articles, {sum(len(a['items']) for a in arts.values())} quotes; " + scores)


def rescore(arts: dict, drop: dict[int, set[int]]) -> tuple[float, float, float]:
    sc = Scores()
    for i, a in arts.items():
        d = drop.get(i, set())
        if d:
            d = d | {n for n, it in enumerate(a["items"]) if it["nested"] and it["outer"] in d}
        score_doc(sc, [g for n, g in enumerate(a["sys"]) if n not in d], a["gold"])
    return tuple(sc.overlap(r)[2] for r in ("quote", "cue", "speaker"))


def feature_matrix(arts, vocab=None, nofeat: tuple[str, ...] = (), keep=None):
    """(keys (article, item index), 0/1 CSR matrix, vocab) of the items ``keep`` admits (all without it). Without
    ``vocab``, it is the features of two rows or more that hold none of the ``nofeat`` substrings."""
    from scipy.sparse import csr_matrix

    keys, feats = [], []
    for i, a in arts.items():
        for n, it in enumerate(a["items"]):
            if keep is None or keep(it):
                keys.append((i, n))
                feats.append(it["f"])
    if vocab is None:
        cnt = Counter(x for f in feats for x in set(f) if not any(p in x for p in nofeat))
        vocab = {x: k for k, x in enumerate(sorted(x for x, c in cnt.items() if c >= 2))}
    r, c = [], []
    for k, f in enumerate(feats):
        for x in set(f):
            if x in vocab:
                r.append(k)
                c.append(vocab[x])
    X = csr_matrix(([1.0] * len(r), (r, c)), shape=(len(feats), len(vocab)))
    return keys, X, vocab


def _matrix(arts, vocab=None):
    # a nested quote goes with its outer one (rescore), so it is no row of its own
    return feature_matrix(arts, vocab, NOFEAT, lambda it: not it["nested"])


def fit_token_weighted(arts, keys, X, idx, C):
    """Logistic regression on rows ``idx``: each twice, y=1 weighted by its "tp" tokens and y=0 by its "fp" ones, so
    the model estimates token precision."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    its = [arts[i]["items"][n] for i, n in keys]
    rows_i = [k for k in idx for _ in (0, 1)]
    y = [lab for _ in idx for lab in (1, 0)]
    w = [max(1e-3, float(its[k]["tp" if lab else "fp"])) for k in idx for lab in (1, 0)]
    m = LogisticRegression(C=C, max_iter=3000)
    m.fit(X[np.array(rows_i)], y, sample_weight=w)
    return m


def cv_proba(keys, X, fit_on):
    """Out-of-fold P(y=1) of every row, 5 folds over articles (article i in fold i % 5); ``fit_on(rows)`` fits one."""
    import numpy as np

    p = np.zeros(len(keys))
    for k in range(5):
        tr = [j for j, (i, _) in enumerate(keys) if i % 5 != k]
        te = [j for j, (i, _) in enumerate(keys) if i % 5 == k]
        p[te] = fit_on(tr).predict_proba(X[te])[:, 1]
    return p


def print_cv_drops(arts, keys, p, t, in_scope, label, width: int) -> None:
    """Count and tokens of the rows CV drops at threshold ``t``, by ``label(item)``, most first."""
    tally = defaultdict(Counter)
    for (i, n), pk in zip(keys, p):
        it = arts[i]["items"][n]
        if pk < t and in_scope(it):
            c = tally[label(it)]
            c["n"] += 1
            c["tp"] += it["tp"]
            c["fp"] += it["fp"]
    for k, c in sorted(tally.items(), key=lambda kv: -kv[1]["n"]):
        print(f"  CV drops {k:<{width}} {c['n']:4d} TP {c['tp']:5d} FP {c['fp']:5d}")


def train_rows(path: str, matrix, rescore):
    """The train rows at ``path``, their keys, matrix and vocab, and their scores as they are (printed)."""
    arts = pickle.loads(Path(path).read_bytes())
    keys, X, vocab = matrix(arts)
    base = rescore(arts, {})
    print("train base", " ".join(f"{x:.4f}" for x in base), f"rows {len(keys)} feats {len(vocab)}")
    return arts, keys, X, vocab, base


def dev_proba(path: str, matrix, vocab, m):
    """The dev rows at ``path``, their keys and the fitted model's P(y=1) of each."""
    dev = pickle.loads(Path(path).read_bytes())
    dk, dX, _ = matrix(dev, vocab)
    return dev, dk, m.predict_proba(dX)[:, 1]


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
    arts, keys, X, vocab, base = train_rows(args.rows, _matrix, rescore)
    ths = [0.2, 0.25, 0.3, 0.33, 0.36, 0.4, 0.45, 0.5]
    best, best_scores = None, None
    cvp = {}
    for C in args.C:
        p = cv_proba(keys, X, lambda tr, C=C: fit_token_weighted(arts, keys, X, tr, C))
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
    m = fit_token_weighted(arts, keys, X, list(range(len(keys))), C)
    inv = {k: x for x, k in vocab.items()}
    weights = {inv[k]: float(v) for k, v in enumerate(m.coef_[0]) if abs(v) > 1e-6}
    model = {"weights": weights, "intercept": float(m.intercept_[0]), "threshold": t, "modes": list(SCOPE or ()),
             "info": {"C": C, "rows": len(keys), "cv_train_message_cue_speaker": list(best_scores),
                      "base_train_message_cue_speaker": list(base)}}
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("lowest", top[:15])
    print("highest", top[-15:])
    # which quotes CV drops at the chosen point, by mode/origin/cue, with their tokens
    print_cv_drops(arts, keys, cvp[C], t, in_scope,
                   lambda it: f"{it['mode']} {it['origin']} {'cue' if it['cue'] else 'nocue'}", 40)
    if args.out:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        Path(args.out, "judge.json").write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                                "utf-8")
    if args.dev:
        dev, dk, dp = dev_proba(args.dev, _matrix, vocab, m)
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
        add_setup_args(parsers[c])
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
