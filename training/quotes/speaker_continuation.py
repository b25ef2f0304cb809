"""Round 26 (h11): does a cue-less Indirect quote continue the report of the previous quote with a speaker? Fitted and
A/B'd post hoc on speaker_precision.py dumps made with ``--set speaker_final_cueless_indirect=false`` (R3: the final
linker leaves those quotes alone); a post-hoc carry equals the last speaker step
(quotes_speakers.continue_cueless_indirect, [model] speaker_cueless_continuation).

    python training/quotes/speaker_continuation.py R3_TRAIN.pkl --cache QCACHE_TRAIN.spacy \
        [--dev R3_DEV.pkl --dev-cache QCACHE_DEV.spacy] [--C 1.0] [--threshold 0.5] [--out models/de_speakers/continuation.json]

Rows: every candidate of quotes_speakers.continuation_candidates with features (continuation_features); y = 1 when the
previous quote's speaker shares a token with the gold speaker paired with ours (eval.quotes.assign). Train figure: fitted
on one fold of articles (row index % 2, the taggers' folds), applied to the other; dev figure: fitted on all train. Every
carry is rescored exactly (score_doc over the groups with the speakers carried).
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from bisect import bisect_left
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from newsgraph.eval.quotes import Scores, assign, score_doc
from newsgraph.extract.quotes_speakers import continuation_candidates, continuation_features


def _spans(g, ids):
    return [tuple(g.tokens[t]) for t in sorted(ids)]


def rows_of(dump, docs, subj):
    """(article, fold, group index, previous group index, features, y, text) per candidate."""
    out = []
    for i, g, sys_g, gold_g in (r[:4] for r in dump):
        doc = docs[g.text]
        starts = [s.start_char for s in doc.sents]
        pairs = dict(assign(sys_g, gold_g))
        order = sorted((k for k, x in enumerate(sys_g) if x.roles["quote"]), key=lambda k: min(sys_g[k].roles["quote"]))
        seq = [(_spans(g, sys_g[k].roles["quote"]), _spans(g, sys_g[k].roles["speaker"]), sys_g[k].form,
                bool(sys_g[k].roles["cue"]), bool(sys_g[k].nested)) for k in order]
        for k, p, imm in continuation_candidates(seq):
            f = continuation_features(doc, starts, subj, seq[k][0], seq[k][1], seq[p][0], seq[p][1], seq[p][2],
                                      seq[p][3], imm)
            if f is None:
                continue
            si, pi = order[k], order[p]
            gs = set(gold_g[pairs[si]].roles["speaker"]) if si in pairs else set()
            y = int(bool(set(sys_g[pi].roles["speaker"]) & gs))
            c, o = set(sys_g[pi].roles["speaker"]), set(sys_g[si].roles["speaker"])
            worth = (len(c & gs) - len(c - gs)) - (len(o & gs) - len(o - gs)) if c != o else None
            txt = (g.text[g.tokens[min(sys_g[pi].roles['speaker'])][0]:g.tokens[max(sys_g[pi].roles['speaker'])][1]],
                   g.text[g.tokens[min(gs)][0]:g.tokens[max(gs)][1]] if gs else "",
                   g.text[g.tokens[min(sys_g[si].roles['quote'])][0]:g.tokens[max(sys_g[si].roles['quote'])][1]][:80])
            out.append((i, i % 2, si, pi, f, y, txt, worth))
    return out


def fit(rows, C):
    vocab = {}
    for r in rows:
        for x in r[4]:
            vocab.setdefault(x, len(vocab))
    X = _matrix(rows, vocab)
    y = np.array([r[5] for r in rows])
    m = LogisticRegression(C=C, max_iter=2000, fit_intercept=False).fit(X, y)
    return {x: float(m.coef_[0][j]) for x, j in vocab.items()}


def _matrix(rows, vocab):
    data, ri, ci = [], [], []
    for n, r in enumerate(rows):
        for x in r[4]:
            if x in vocab:
                data.append(1.0)
                ri.append(n)
                ci.append(vocab[x])
    return csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)))


def prob(w, f):
    z = sum(w.get(x, 0.0) for x in f)
    return 1.0 / (1.0 + np.exp(-z))


def rescore(dump, carries):
    """Scores before and after giving each (article, group) in ``carries`` its previous group's speaker."""
    base, new = Scores(), Scores()
    for i, _g, sys_g, gold_g in (r[:4] for r in dump):
        score_doc(base, sys_g, gold_g)
        edited = copy.deepcopy(sys_g)
        for si, pi in carries.get(i, []):
            edited[si].roles["speaker"] = list(sys_g[pi].roles["speaker"])
        score_doc(new, edited, gold_g)
    return base, new


def line(name, sc):
    return (f"{name:<26} message {sc.overlap('quote')[2]:.5f} cue {sc.overlap('cue')[2]:.5f} speaker "
            f"{sc.overlap('speaker')[2]:.5f} (TP {sc.tp['speaker']} FP {sc.fp['speaker']} FN {sc.fn['speaker']}), "
            f"attribution {sc.spk_ok}/{sc.spk_total}")


def carries_of(rows, probs, t):
    out = {}
    for r, p in zip(rows, probs):
        if p >= t:
            out.setdefault(r[0], []).append((r[2], r[3]))
    return out


def row_deltas(dump, rows):
    """Each row's own (dTP, dFP, dFN, dattribution) when it alone is carried (rows of different quotes do not interact:
    the scorer pairs quotes by message)."""
    arts = {r[0]: r for r in dump}
    out = []
    for r in rows:
        _, g, sys_g, gold_g = arts[r[0]][:4]
        b = Scores()
        score_doc(b, sys_g, gold_g)
        e = copy.deepcopy(sys_g)
        e[r[2]].roles["speaker"] = list(sys_g[r[3]].roles["speaker"])
        n = Scores()
        score_doc(n, e, gold_g)
        out.append(np.array([n.tp["speaker"] - b.tp["speaker"], n.fp["speaker"] - b.fp["speaker"],
                             n.fn["speaker"] - b.fn["speaker"], n.spk_ok - b.spk_ok]))
    return out


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def search_rules(dump, rows, args):
    from itertools import combinations

    base = Scores()
    for r in dump:
        score_doc(base, r[2], r[3])
    b = np.array([base.tp["speaker"], base.fp["speaker"], base.fn["speaker"], base.spk_ok])
    deltas = row_deltas(dump, rows)
    vals = sorted({x for r in rows for x in r[4] if x != "bias"})
    found = []
    for k in (1, 2):
        for combo in combinations(vals, k):
            hit = [n for n, r in enumerate(rows) if all(x in r[4] for x in combo)]
            if len(hit) < 5:
                continue
            t = b + sum(deltas[n] for n in hit)
            found.append((f1(*t[:3]), combo, len(hit), sum(rows[n][5] for n in hit), int(t[3])))
    found.sort(key=lambda x: -x[0])
    print(f"train R3 speaker {f1(*b[:3]):.5f} attribution {b[3]}")
    for sc, combo, n, right, att in found[:15]:
        print(f"  {sc:.5f} {' & '.join(combo)}: fires {n}, continuing {right}, attribution {att}")
    best = found[0][1]
    Path(args.out or "/dev/null").write_text(json.dumps({"rule": list(best)}) + "\n")
    if args.dev:
        ddump, ddocs = load(args.dev, args.dev_cache)
        from newsgraph.extract.quotes_features import lexicon

        drows = rows_of(ddump, ddocs, frozenset(lexicon("de").subjunctive))
        carries = {}
        for r in drows:
            if all(x in r[4] for x in best):
                carries.setdefault(r[0], []).append((r[2], r[3]))
                print(f"  dev fire y={r[5]} carry [{r[6][0]}] gold [{r[6][1]}] msg [{r[6][2]}]")
        dbase, dnew = rescore(ddump, carries)
        print(line("dev R3 (base)", dbase))
        print(line("dev rule " + " & ".join(best), dnew))
    return 0


def load(path, cache):
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage

    dump = pickle.loads(Path(path).read_bytes())
    docs = {d.text: d for d in DocBin().from_disk(cache).get_docs(nlp_stage.load("de").vocab)}
    return dump, docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--dev", default=None)
    ap.add_argument("--dev-cache", default=None)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--out", default=None)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--label", choices=("overlap", "worth"), default="overlap",
                    help="worth: y = 1 when the carry beats the quote's own speaker (rows where it changes nothing dropped)")
    ap.add_argument("--rules", action="store_true", help="variant 3: the best conjunction of <= 2 feature values on train")
    args = ap.parse_args(argv)
    from newsgraph.extract.quotes_features import lexicon

    subj = frozenset(lexicon("de").subjunctive)
    dump, docs = load(args.dump, args.cache)
    rows = rows_of(dump, docs, subj)
    if args.label == "worth":
        rows = [r[:5] + (int(r[7] > 0),) + r[6:] for r in rows if r[7] is not None]
    if args.rules:
        return search_rules(dump, rows, args)
    print(f"train candidates {len(rows)}, continuing (y=1) {sum(r[5] for r in rows)}")
    for key in ("dist", "para", "konj", "op", "own", "subj", "prevmode", "imm"):
        c = Counter((next(x for x in r[4] if x.startswith(key + "=")), r[5]) for r in rows)
        print("  ", key, sorted(((k, c[(k, 1)], c[(k, 0)]) for k in {k for k, _ in c})))
    probs = np.zeros(len(rows))
    for fold in (0, 1):
        w = fit([r for r in rows if r[1] != fold], args.C)
        for n, r in enumerate(rows):
            if r[1] == fold:
                probs[n] = prob(w, r[4])
    base, new = rescore(dump, carries_of(rows, probs, args.threshold))
    print(line("train R3 (base)", base))
    fires = [(r, p) for r, p in zip(rows, probs) if p >= args.threshold]
    print(line(f"train carry t={args.threshold}", new), f"fires {len(fires)}, right {sum(r[5] for r, _ in fires)}")
    for t in (0.3, 0.4, 0.6, 0.7):  # for the record only
        _, nt = rescore(dump, carries_of(rows, probs, t))
        print(line(f"  (record) t={t}", nt), f"fires {int((probs >= t).sum())}")
    if args.show:
        for r, p in sorted(zip(rows, probs), key=lambda x: -x[1])[:40]:
            print(f"  p={p:.2f} y={r[5]} carry [{r[6][0]}] gold [{r[6][1]}] msg [{r[6][2]}]")
    w = fit(rows, args.C)
    # in-sample, for the record only: what a live train run with the shipped (all-train) model gives
    _, ins = rescore(dump, carries_of(rows, [prob(w, r[4]) for r in rows], args.threshold))
    print(line("  (record) in-sample", ins))
    if args.dev:
        ddump, ddocs = load(args.dev, args.dev_cache)
        drows = rows_of(ddump, ddocs, subj)
        dp = np.array([prob(w, r[4]) for r in drows])
        dbase, dnew = rescore(ddump, carries_of(drows, dp, args.threshold))
        print(f"dev candidates {len(drows)}, continuing {sum(r[5] for r in drows)}")
        print(line("dev R3 (base)", dbase))
        print(line(f"dev carry t={args.threshold}", dnew), f"fires {int((dp >= args.threshold).sum())}")
        for r, p in zip(drows, dp):
            if p >= args.threshold or r[5]:
                print(f"  dev p={p:.2f} y={r[5]} carry [{r[6][0]}] gold [{r[6][1]}] msg [{r[6][2]}]")
    if args.out:
        Path(args.out).write_text(json.dumps({"threshold": args.threshold, "C": args.C, "rows": len(rows),
                                              "weights": dict(sorted(w.items()))}, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
