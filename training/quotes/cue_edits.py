"""Rows, cross-validation and fit of a cue-edit model: which words next to a cue's verbs join or leave the cue (round
21, de_cues card; script only, nothing shipped: it gains on cross-fitted train and loses on dev), and the same test for
a verb-preposition table learned from train gold cues (``vprep``).

    # one command: rows of cross-fitted train (fold taggers, each article's CV act model), 5-fold CV over articles
    # (C and the two thresholds on the rescored cue F1), fit on all rows, score the dev rows (made first:)
    OMP_NUM_THREADS=1 python training/quotes/cue_edits.py rows /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r21/qcache_dev.spacy --out /tmp/h5/edits_dev.pkl
    OMP_NUM_THREADS=1 python training/quotes/cue_edits.py train /work/shared/data/quotes-de/data/train \
        --cache /tmp/r21/qcache_train.spacy --folds training/runs/quote_folds21 \
        --acts-cv training/runs/h5/acts_cv.json --rows /tmp/h5/edits_train.pkl --dev /tmp/h5/edits_dev.pkl
    # the verb-preposition table (train gold cues; each train article scored with the table of the other half)
    OMP_NUM_THREADS=1 python training/quotes/cue_edits.py vprep /tmp/h5/edits_train.pkl /tmp/h5/edits_dev.pkl \
        --gold /work/shared/data/quotes-de/data/train --cache /tmp/r21/qcache_train.spacy

A row is one word next to a cue verb of one of the extractor's final cued quotes (edit_candidates: prepositions
of its objects, light-verb nouns and their articles, pronominal adverbs, "sich" / "es", particles, auxiliaries, "wie",
the cue's own non-verb words); its label is whether the paired gold quote's cue holds the
word (eval.quotes.assign pairs quotes by message, as the scorer does; an unpaired quote's words are all 0). Each
setting is rescored exactly on the token sets (score_doc with the edited cues; messages and pairs do not move).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from judge_quotes import (  # noqa: E402
    cv_proba,
    dev_proba,
    extracted,
    feature_matrix,
    paired_groups,
    save_rows,
    train_rows,
)

from newsgraph.eval.quotes import Group, Scores, chars_to_tokens, score_doc  # noqa: E402
from newsgraph.extract.quotes import _tok_ids  # noqa: E402
from newsgraph.extract.quotes_cues import OPENING_MARKS, _doc_ids  # noqa: E402
from newsgraph.extract.quotes_speakers import _bucket  # noqa: E402

# dependents of a cue verb whose membership in the cue the cue-edit model decides: prepositions of its objects and
# obliques ("sprach von", "warnte vor"), the objects' light-verb nouns with their articles ("äußerten Zweifel"),
# pronominal adverbs ("sagte dazu", "begründete damit"), "sich" / "es", particles, auxiliaries, "wie" / "so"
EDIT_ARG_DEPS = ("obj", "obl", "obl:arg", "iobj", "nmod")
EDIT_SELF_DEPS = ("compound:prt", "aux", "aux:pass", "expl", "expl:pv", "mark", "advmod", "cop", "obj", "nsubj:pass")


def edit_candidates(doc, cue: set[int], msg: set[int]) -> dict[int, tuple]:
    """Doc index -> (cue verb, relation kind) of the words next to the cue's verbs in the parse whose membership in
    the cue the cue-edit model decides (script only); words of the message are never candidates."""
    out: dict[int, tuple] = {}
    verbs = [doc[i] for i in sorted(cue) if doc[i].pos_ in ("VERB", "AUX")]
    for v in verbs:
        for c in v.children:
            if c.i in msg or c.is_punct or c.sent.start != v.sent.start:
                continue
            low = c.text.lower()
            if c.dep_ in EDIT_ARG_DEPS:
                for p in c.children:
                    if p.dep_ == "case" and p.pos_ == "ADP" and p.i not in msg:
                        out.setdefault(p.i, (v, "case"))
                if c.pos_ == "NOUN" and c.dep_ in ("obj", "obl", "obl:arg"):
                    out.setdefault(c.i, (v, "noun"))
                    for d in c.children:
                        if d.dep_ == "det" and d.i not in msg:
                            out.setdefault(d.i, (v, "det"))
            if c.tag_ in ("PROAV", "PRF", "PTKVZ") or low in ("es", "wie", "so") or c.pos_ == "AUX" \
                    or c.dep_ in ("compound:prt", "aux", "aux:pass", "expl", "expl:pv"):
                out.setdefault(c.i, (v, "self"))
    # the cue's own words that are no verb and hang on none of its verbs stay candidates too (to leave it)
    for i in cue:
        t = doc[i]
        if t.pos_ not in ("VERB",) and i not in out:
            out[i] = (t.head if t.head.i in cue else None, "cur")
    return out


def edit_features(doc, i: int, v, kind: str, cue: set[int], msg: set[int], mode: str) -> list[str]:
    t = doc[i]
    low = t.text.lower()
    lem = _edit_verb_key(v) if v is not None else "-"
    cur = int(i in cue)
    side = "before" if v is not None and i < v.i else "after"
    between = int(bool(msg) and (max(cue) < i < min(msg) or max(msg) < i < min(cue)))
    dv = abs(i - v.i) if v is not None else 99
    f = ["bias", f"cur={cur}", f"kind={kind}|cur={cur}", f"w={low}", f"w={low}|cur={cur}", f"dep={t.dep_}|cur={cur}",
         f"tag={t.tag_}|cur={cur}", f"v={lem}", f"v={lem}|w={low}", f"v={lem}|kind={kind}", f"w={low}|{side}",
         f"w={low}|{mode}", f"mode={mode}|cur={cur}", f"between={between}|cur={cur}", f"w={low}|between={between}",
         f"dv={_bucket(dv, (1, 2, 3, 5, 8))}|cur={cur}", f"kind={kind}|{side}|cur={cur}"]
    if t.is_sent_start:
        f.append(f"w={low}|sent_start")
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if nxt in OPENING_MARKS:
        f.append(f"w={low}|before_mark")
    if kind in ("case", "det", "noun"):
        n = t if kind == "noun" else t.head
        f += [f"noun={n.lemma_.lower()}", f"v={lem}|noun={n.lemma_.lower()}", f"kind={kind}|noun_in_msg={int(n.i in msg)}"]
    return f


def _edit_verb_key(v) -> str:
    prt = [c.text.lower() for c in v.children if c.dep_ == "compound:prt"]
    return (prt[0] if prt else "") + v.lemma_.lower()


def collect_candidates(doc, toks, quotes, collect) -> None:
    """``collect(q, i, feats)`` for every candidate word (doc index ``i``) of every cued quote."""
    if not quotes or doc is None or not doc.has_annotation("DEP"):
        return
    starts = [t.start for t in toks]
    for q in quotes:
        if not q.cue or not q.message:
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not cue:
            continue
        for i, (v, kind) in sorted(edit_candidates(doc, cue, msg).items()):
            collect(q, i, edit_features(doc, i, v, kind, cue, msg, q.mode))


def rows(args) -> None:
    run = setup(args)
    arts = {}
    for i, g, sdoc, quotes, toks in extracted(run, args.folds):
        sys_g, at, gold_g, pairs = paired_groups(quotes, g)
        gi_of = {id(quotes[n]): gi for gi, n in enumerate(at)}
        items = []

        def collect(q, di, f, sys_g=sys_g, gold_g=gold_g, pairs=pairs, items=items, g=g, sdoc=sdoc, gi_of=gi_of):
            gi = gi_of.get(id(q))
            if gi is None:
                return
            t = sdoc[di]
            gids = chars_to_tokens([(t.idx, t.idx + len(t.text))], g.tokens)
            pg = pairs.get(gi)
            gcue = set(gold_g[pg].roles["cue"]) if pg is not None else set()
            items.append({"group": gi, "f": f, "gids": gids, "y": int(bool(gids) and set(gids) <= gcue),
                          "cur": int(set(gids) <= set(sys_g[gi].roles["cue"]) and bool(gids)), "word": t.text,
                          "mode": q.mode, "sent": t.sent.text[:160]})

        collect_candidates(sdoc, toks, quotes, collect)
        arts[i] = {"sys": sys_g, "gold": gold_g, "items": items, "name": g.name}
    scores = save_rows(arts, args.out)
    its = [it for a in arts.values() for it in a["items"]]
    print(f"{len(arts)} articles, {len(its)} candidate words ({sum(it['cur'] for it in its)} in our cues, "
          f"{sum(it['y'] for it in its)} in gold's); " + scores, flush=True)


def rescore(arts: dict, edits: dict[int, dict[int, tuple[set, set]]]) -> tuple[float, float, float]:
    """Overlap F1 with each edited group's cue = its cue minus the removed plus the added gold token ids (a cue is
    never emptied)."""
    sc = Scores()
    for i, a in arts.items():
        e = edits.get(i, {})
        sys_g = []
        for n, g in enumerate(a["sys"]):
            if n in e:
                rem, add = e[n]
                cue = (set(g.roles["cue"]) - rem) | add
                if cue:
                    g = Group(dict(g.roles, cue=sorted(cue)), g.form, g.nested, g.medium, g.extra)
            sys_g.append(g)
        score_doc(sc, sys_g, a["gold"])
    return tuple(sc.overlap(r)[2] for r in ("quote", "cue", "speaker"))


def edits_at(arts, keys, p, keep: float, add: float):
    out: dict = defaultdict(dict)
    for (i, n), pk in zip(keys, p):
        it = arts[i]["items"][n]
        if it["cur"] and pk < keep:
            out[i].setdefault(it["group"], (set(), set()))[0].update(it["gids"])
        elif not it["cur"] and pk >= add:
            out[i].setdefault(it["group"], (set(), set()))[1].update(it["gids"])
    return out


def _fit(arts, keys, X, idx, C):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    y = [arts[keys[k][0]]["items"][keys[k][1]]["y"] for k in idx]
    m = LogisticRegression(C=C, max_iter=3000)
    m.fit(X[np.array(idx)], y)
    return m


KEEPS = [0.0, 0.1, 0.2, 0.3, 0.4]
ADDS = [1.01, 0.8, 0.7, 0.6, 0.5, 0.4]


def fit(args) -> None:
    arts, keys, X, vocab, _ = train_rows(args.rows, feature_matrix, rescore)
    best, cvp = None, {}
    for C in args.C:
        p = cv_proba(keys, X, lambda tr, C=C: _fit(arts, keys, X, tr, C))
        cvp[C] = p
        for keep in KEEPS:
            for add in ADDS:
                s = rescore(arts, edits_at(arts, keys, p, keep, add))
                print(f"CV C={C} keep<{keep} add>={add}: " + " ".join(f"{x:.4f}" for x in s), flush=True)
                if best is None or s[1] > best[0] + 1e-9:
                    best = (s[1], C, keep, add, s)
    print("best", best)
    _, C, keep, add, _ = best
    m = _fit(arts, keys, X, list(range(len(keys))), C)
    inv = {k: x for x, k in vocab.items()}
    weights = {inv[k]: round(float(v), 6) for k, v in enumerate(m.coef_[0]) if abs(v) > 1e-6}
    print("weights, lowest", sorted(weights.items(), key=lambda kv: kv[1])[:12])
    print("weights, highest", sorted(weights.items(), key=lambda kv: kv[1])[-12:])
    p = cvp[C]
    tally = Counter()
    for (i, n), pk in zip(keys, p):
        it = arts[i]["items"][n]
        if (it["cur"] and pk < keep) or (not it["cur"] and pk >= add):
            tally[(("drop " if it["cur"] else "add ") + it["word"].lower(), it["y"])] += 1
    print("CV edits (word, gold holds it): count")
    for (w, y), c in tally.most_common(40):
        print(f"  {w:<24} y={y} {c}")
    if args.dev:
        dev, dk, dp = dev_proba(args.dev, feature_matrix, vocab, m)
        print("dev base", " ".join(f"{x:.4f}" for x in rescore(dev, {})))
        for kk in KEEPS:
            for aa in ADDS:
                s = rescore(dev, edits_at(dev, dk, dp, kk, aa))
                print(f"dev keep<{kk} add>={aa}{' *' if (kk, aa) == (keep, add) else ''}: "
                      + " ".join(f"{x:.4f}" for x in s))
        for (i, n), pk in zip(dk, dp):
            it = dev[i]["items"][n]
            if (it["cur"] and pk < keep) or (not it["cur"] and pk >= add):
                print(f"  dev {'drop' if it['cur'] else 'add'} p={pk:.2f} y={it['y']} [{it['word']}] {it['sent'][:120]}")


PP_DEPS = ("obl", "obl:arg", "obj", "iobj", "nmod")


def gold_vprep_tables(gold_dir: str, cache: str | None) -> list[dict]:
    """(verb key, preposition) -> [times the preposition of a prepositional object / oblique of a gold cue verb stands
    outside the message, times gold's cue holds it], one table per article parity (the fold taggers' split)."""
    from error_analysis import _docs

    from newsgraph.eval.quotes import read_dir

    gold = read_dir(gold_dir)
    docs = _docs(gold, cache)
    tabs: list[dict] = [defaultdict(lambda: [0, 0]) for _ in range(2)]
    for ai, (g, doc) in enumerate(zip(gold, docs)):
        for q in g.quotes:
            if not q["cue"]:
                continue
            cue, msg = set(), set()
            for ids, out in ((q["cue"], cue), (q["quote"], msg)):
                for t in ids:
                    sp = doc.char_span(*g.tokens[t], alignment_mode="expand")
                    if sp is not None:
                        out.update(x.i for x in sp)
            for i in cue:
                v = doc[i]
                if v.pos_ != "VERB":
                    continue
                for ch in v.children:
                    if ch.dep_ not in PP_DEPS:
                        continue
                    for p in ch.children:
                        if p.dep_ == "case" and p.pos_ == "ADP" and p.i not in msg:
                            row = tabs[ai % 2][(_edit_verb_key(v), p.text.lower())]
                            row[0] += 1
                            row[1] += int(p.i in cue)
    return tabs


def _verb_word(f: list[str]) -> tuple[str | None, str | None]:
    for x in f:
        if x.startswith("v=") and "|w=" in x:
            v, w = x[2:].split("|w=", 1)
            return v, w
    return None, None


def vprep_edits(arts: dict, table_of, nmin: int, rate: float, drop: float | None):
    """A preposition of a cue verb's object / oblique (candidate kind "case") joins the cue when the table has the pair
    at least ``nmin`` times and gold's cue holds it at least ``rate`` of them; with ``drop``, one in our cue leaves it
    when gold holds it at most ``drop`` of them."""
    edits: dict = defaultdict(dict)
    fired = Counter()
    for i, a in arts.items():
        tab = table_of(i)
        for it in a["items"]:
            if not ({"kind=case|cur=0", "kind=case|cur=1"} & set(it["f"])):
                continue
            n, c = tab.get(_verb_word(it["f"]), (0, 0))
            if n < nmin:
                continue
            if not it["cur"] and c / n >= rate:
                edits[i].setdefault(it["group"], (set(), set()))[1].update(it["gids"])
                fired[(*_verb_word(it["f"]), "add", it["y"])] += 1
            elif it["cur"] and drop is not None and c / n <= drop:
                edits[i].setdefault(it["group"], (set(), set()))[0].update(it["gids"])
                fired[(*_verb_word(it["f"]), "drop", it["y"])] += 1
    return edits, fired


def vprep(args) -> None:
    tabs = gold_vprep_tables(args.gold, args.cache)
    full: dict = defaultdict(lambda: [0, 0])
    for t in tabs:
        for k, (n, c) in t.items():
            full[k][0] += n
            full[k][1] += c
    tr = pickle.loads(Path(args.train_rows).read_bytes())
    dv = pickle.loads(Path(args.dev_rows).read_bytes())
    print(f"base: train cue {rescore(tr, {})[1]:.4f}, dev cue {rescore(dv, {})[1]:.4f}")
    for nmin in (2, 3, 4):
        for rate in (0.5, 0.75, 0.9):
            for drop in (None, 0.0):
                et, ft = vprep_edits(tr, lambda i: tabs[1 - i % 2], nmin, rate, drop)
                ed, fd = vprep_edits(dv, lambda i: full, nmin, rate, drop)
                st, sd = rescore(tr, et), rescore(dv, ed)
                print(f"n>={nmin} rate>={rate} drop<={drop}: cross-fitted train cue {st[1]:.4f} ({sum(ft.values())} "
                      f"fires), dev {sd[1]:.4f} ({sum(fd.values())} fires); message {st[0]:.4f} / {sd[0]:.4f}")
    _, fd = vprep_edits(dv, lambda i: full, 2, 0.5, 0.0)
    _, ft = vprep_edits(tr, lambda i: tabs[1 - i % 2], 2, 0.5, 0.0)
    print("fires at n>=2 rate>=0.5 drop<=0 (verb, preposition, edit, gold holds it): train", dict(ft), "dev", dict(fd))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    parsers = {c: sub.add_parser(c) for c in ("rows", "fit", "train", "vprep")}
    parsers["vprep"].add_argument("train_rows")
    parsers["vprep"].add_argument("dev_rows")
    parsers["vprep"].add_argument("--gold", required=True, help="the train gold directory (the table's source)")
    parsers["vprep"].add_argument("--cache", help="parse cache of the train gold")
    for c in ("rows", "train"):
        add_setup_args(parsers[c])
    parsers["rows"].add_argument("--out", required=True)
    parsers["fit"].add_argument("rows")
    parsers["train"].add_argument("--rows", required=True, help="where to write the rows (a pickle)")
    for c in ("fit", "train"):
        f = parsers[c]
        f.add_argument("--dev", help="rows of dev (cue_edits.py rows) to score the fitted model on")
        f.add_argument("--C", type=float, nargs="+", default=[0.03, 0.1, 0.3, 1.0])
    args = ap.parse_args(argv)
    if args.cmd in ("rows", "train"):
        if args.cmd == "train":
            args.out = args.rows
        rows(args)
    if args.cmd in ("fit", "train"):
        fit(args)
    if args.cmd == "vprep":
        vprep(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
