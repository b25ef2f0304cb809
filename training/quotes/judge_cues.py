"""Rows, cross-validation and fit of a cue judge: a per-quote decision whether a cue of the extractor's final quotes
should go (round 21, de_cues card; script only, nothing shipped: train CV never gains).

    # one command: rows of cross-fitted train (fold taggers, each article's CV act model), 5-fold CV over articles
    # (C and threshold on the rescored cue F1), fit on all rows; [--crf]: the roles CRF's cue marginals as features
    OMP_NUM_THREADS=1 python training/quotes/judge_cues.py train /work/shared/data/quotes-de/data/train \
        --cache /tmp/r21/qcache_train.spacy --folds training/runs/quote_folds21 \
        --acts-cv training/runs/h5/acts_cv.json --rows /tmp/h5/cuejudge_train.pkl --dev /tmp/h5/cuejudge_dev.pkl [--crf]
    # scoring on dev (the trainer does not read it): rows of dev, then fit ... --dev
    OMP_NUM_THREADS=1 python training/quotes/judge_cues.py rows /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r21/qcache_dev.spacy --out /tmp/h5/cuejudge_dev.pkl [--crf]
    (run the dev rows first; the train command then fits and scores the dev rows too)

The rows are the cued quotes of the extractor's final output (a step after the quote judge would see exactly these). A cue's label is its tokens: one row
y=1 weighted by the tokens it shares with the paired gold quote's cue (eval.quotes.assign pairs quotes by message, as
the scorer does), one row y=0 weighted by the rest, so the model estimates the cue's token precision. Dropping a set of
cues is rescored exactly (score_doc with those groups' cues emptied; messages and pairs do not move).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from judge_quotes import (  # noqa: E402
    cv_proba,
    dev_proba,
    extracted,
    feature_matrix,
    fit_token_weighted,
    paired_groups,
    print_cv_drops,
    save_rows,
    train_rows,
)

from newsgraph.eval.quotes import Group, Scores, score_doc  # noqa: E402
from newsgraph.extract.quotes_cues import _pb, crf_cue_probs, governs  # noqa: E402
from newsgraph.extract.quotes_features import Tok  # noqa: E402
from newsgraph.extract.quotes_judge import _ids  # noqa: E402
from newsgraph.extract.quotes_judge import features as quote_features  # noqa: E402
from newsgraph.extract.quotes_speakers import _bucket  # noqa: E402

# the roles CRF's cue marginals over the cue as features (--crf)
CRF = False


# words of a frame cue that tell its kind apart ("nach bisherigen Erkenntnissen" vs "nach Angaben der Polizei")
JUDGE_FRAME_WORDS = frozenset({"laut", "zufolge", "gemäß", "nach", "so", "wie", "demnach", "wonach", "als", "mit"})


def cue_judge_features(doc, toks: list[Tok], quotes: list, n: int, ctx: dict) -> list[str] | None:
    """Sparse features of quote ``n``'s cue for the cue judge (script only, not shipped): the quote judge's features of the
    quote (mode, origin, cue kind and verb, Konjunktiv / dass / marks, speaker, extent, place) and the cue's own:
    its frame words and the word after a "nach", where it stands (before / after / inside the message, distance,
    sentence), whether the message hangs on a verb of it in the parse, whether another quote carries the same words
    (an Indirect quote and its nested fragment share "sagte"), nesting and the enclosing quote's mode."""
    q = quotes[n]
    starts = ctx.setdefault("starts", [t.start for t in toks])
    cue = _ids(toks, q.cue, starts)
    ids = _ids(toks, q.message, starts)
    if not cue or not ids:
        return None
    f = list(quote_features(doc, toks, quotes, n, q.origin, ctx.setdefault("judge", {})) or ["bias"])
    m = q.mode
    f += [f"nested={int(q.nested)}", f"mode={m}|nested={int(q.nested)}"]
    if q.nested:
        outer = [o for o in quotes if o is not q and not o.nested and o.message
                 and o.message[0][0] <= q.message[0][0] and q.message[-1][1] <= o.message[-1][1]]
        f.append("outer=" + (outer[0].mode + ("|cue" if outer[0].cue else "|nocue") if outer else "-"))
    low = [toks[k].text.lower() for k in cue]
    for k, w in zip(cue, low):
        if w in JUDGE_FRAME_WORDS:
            f += [f"cw={w}", f"cw={w}|{m}"]
            if w == "nach" and k + 1 < len(toks):
                f.append("nach+" + toks[k + 1].text.lower())
    f.append(f"cuelen={min(len(cue), 4)}")
    pos = sorted({toks[k].pos for k in cue})
    f.append("cuepos=" + "+".join(pos))
    inside = [k for k in cue if ids[0] <= k <= ids[-1]]
    side = "inside" if len(inside) == len(cue) else "before" if max(cue) < ids[0] else \
        "after" if min(cue) > ids[-1] else "mixed"
    dist = ids[0] - max(cue) if side == "before" else min(cue) - ids[-1] if side == "after" else 0
    f += [f"side={side}", f"side={side}|{m}", f"cdist={_bucket(dist, (1, 2, 4, 8, 16))}|{side}"]
    sd = toks[cue[0]].sent - toks[ids[0]].sent
    f.append(f"csd={max(-2, min(sd, 2))}")
    if doc.has_annotation("DEP"):
        msg_i = [toks[k].i for k in ids if toks[k].i >= 0]
        verbs = [toks[k].i for k in cue if toks[k].i >= 0 and doc[toks[k].i].pos_ in ("VERB", "AUX")]
        g = any(governs(doc, msg_i, i) for i in verbs)
        f += [f"cgov={int(g)}", f"cgov={int(g)}|{m}"]
        if verbs:
            v = doc[verbs[0]]
            f.append("vmood=" + ("sub" if "Sub" in v.morph.get("Mood") else "ind"))
            f.append(f"vdep={v.dep_}|{m}")
    cs = frozenset(cue)
    shared = sum(1 for o in quotes if o is not q and o.cue and frozenset(_ids(toks, o.cue, starts)) & cs)
    f += [f"shared={min(shared, 2)}", f"shared={min(shared, 2)}|{m}"]
    if CRF:
        if "pc" not in ctx:
            ctx["pc"] = crf_cue_probs(toks, {toks[k].sent for o in quotes if o.cue
                                             for k in _ids(toks, o.cue, starts)})
        ps = [ctx["pc"].get(k, 0.0) for k in cue]
        f += [f"ccrfmax={_pb(max(ps))}", f"ccrfmin={_pb(min(ps))}", f"ccrfmax={_pb(max(ps))}|{m}"]
    return f


def rows(args) -> None:
    run = setup(args)
    arts = {}
    for i, g, sdoc, quotes, toks in extracted(run, args.folds):
        sys_g, at, gold_g, pairs = paired_groups(quotes, g)
        ctx: dict = {}
        items = []
        for gi, (n, sg) in enumerate(zip(at, sys_g)):
            q = quotes[n]
            cue = set(sg.roles["cue"])
            if not q.cue or not cue:
                continue
            f = cue_judge_features(sdoc, toks, quotes, n, ctx)
            if f is None:
                continue
            pg = pairs.get(gi)
            tp = len(cue & set(gold_g[pg].roles["cue"])) if pg is not None else 0
            a, b = q.message[0][0], q.message[-1][1]
            items.append({"group": gi, "f": f, "tp": tp, "fp": len(cue) - tp, "mode": q.mode, "nested": q.nested,
                          "origin": q.origin, "cue": " ".join(g.text[x:y] for x, y in q.cue),
                          "gold": pg is not None and bool(gold_g[pg].roles["cue"]), "text": g.text[a:b][:160]})
        arts[i] = {"sys": sys_g, "gold": gold_g, "items": items, "name": g.name}
    scores = save_rows(arts, args.out)
    print(f"{len(arts)} articles, {sum(len(a['items']) for a in arts.values())} cued quotes; " + scores, flush=True)


def rescore(arts: dict, drop: dict[int, set[int]]) -> tuple[float, float, float]:
    """Message / cue / speaker overlap F1 with the cues of the groups in ``drop`` (article -> group indices) emptied."""
    sc = Scores()
    for i, a in arts.items():
        d = drop.get(i, set())
        sys_g = [Group(dict(g.roles, cue=[]), g.form, g.nested, g.medium, g.extra) if n in d else g
                 for n, g in enumerate(a["sys"])]
        score_doc(sc, sys_g, a["gold"])
    return tuple(sc.overlap(r)[2] for r in ("quote", "cue", "speaker"))


NOFEAT: tuple[str, ...] = ()
SCOPE: tuple[str, ...] | None = None


def _matrix(arts, vocab=None):
    # a nested quote's cue is a row of its own (unlike the quote judge's rows)
    return feature_matrix(arts, vocab, NOFEAT)


def in_scope(it) -> bool:
    return SCOPE is None or it["mode"] in SCOPE


def drop_at(arts, keys, p, t):
    drop = defaultdict(set)
    for (i, n), pk in zip(keys, p):
        it = arts[i]["items"][n]
        if pk < t and in_scope(it):
            drop[i].add(it["group"])
    return drop


THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45]


def fit(args) -> None:
    arts, keys, X, vocab, _ = train_rows(args.rows, _matrix, rescore)
    best, cvp = None, {}
    for C in args.C:
        p = cv_proba(keys, X, lambda tr, C=C: fit_token_weighted(arts, keys, X, tr, C))
        cvp[C] = p
        for t in THRESHOLDS:
            d = drop_at(arts, keys, p, t)
            s = rescore(arts, d)
            print(f"CV C={C} t={t}: drop {sum(len(v) for v in d.values())} -> " + " ".join(f"{x:.4f}" for x in s),
                  flush=True)
            # the cue decides; a cue never moves a message or a speaker
            if best is None or s[1] > best[0]:
                best = (s[1], C, t)
    print("best", best)
    _, C, t = best
    m = fit_token_weighted(arts, keys, X, list(range(len(keys))), C)
    inv = {k: x for x, k in vocab.items()}
    weights = {inv[k]: round(float(v), 6) for k, v in enumerate(m.coef_[0]) if abs(v) > 1e-6}
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("lowest", top[:15])
    print("highest", top[-15:])
    print_cv_drops(arts, keys, cvp[C], t, in_scope, lambda it: f"{it['mode']}{' nested' if it['nested'] else ''} "
                   f"{it['origin']} gold={'cue' if it['gold'] else '-'}", 44)
    if args.dev:
        dev, dk, dp = dev_proba(args.dev, _matrix, vocab, m)
        print("dev base", " ".join(f"{x:.4f}" for x in rescore(dev, {})))
        for tt in sorted(set(THRESHOLDS + [t])):
            d = drop_at(dev, dk, dp, tt)
            s = rescore(dev, d)
            print(f"dev t={tt}{' *' if tt == t else ''}: drop {sum(len(v) for v in d.values())} -> "
                  + " ".join(f"{x:.4f}" for x in s))
        for (i, n), pk in zip(dk, dp):
            it = dev[i]["items"][n]
            if pk < t and in_scope(it):
                print(f"  dev drop p={pk:.2f} {it['mode']} {it['origin']} tp={it['tp']} fp={it['fp']} "
                      f"cue=[{it['cue']}]: {it['text'][:110]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    parsers = {c: sub.add_parser(c) for c in ("rows", "fit", "train")}
    for c in ("rows", "train"):
        r = parsers[c]
        add_setup_args(r)
        r.add_argument("--crf", action="store_true", help="the roles CRF's cue marginals as features")
    parsers["rows"].add_argument("--out", required=True)
    parsers["fit"].add_argument("rows")
    parsers["train"].add_argument("--rows", required=True, help="where to write the rows (a pickle)")
    for c in ("fit", "train"):
        f = parsers[c]
        f.add_argument("--dev", help="rows of dev (judge_cues.py rows) to score the fitted model on")
        f.add_argument("--C", type=float, nargs="+", default=[0.01, 0.03, 0.1, 0.3])
        f.add_argument("--scope", default="", help="modes whose cues the judge may drop, comma-separated ('' all)")
        f.add_argument("--nofeat", default="", help="feature substrings left out, comma-separated")
    args = ap.parse_args(argv)
    global SCOPE, NOFEAT, CRF
    CRF = bool(getattr(args, "crf", False))
    if getattr(args, "scope", ""):
        SCOPE = tuple(args.scope.split(","))
    if getattr(args, "nofeat", ""):
        NOFEAT = tuple(args.nofeat.split(","))
    if args.cmd in ("rows", "train"):
        if args.cmd == "train":
            args.out = args.rows
        rows(args)
    if args.cmd in ("fit", "train"):
        fit(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
