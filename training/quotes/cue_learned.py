"""A learned speech-verb decision where the lemma lists are silent (de_cues card, Round 24, h10; measured, not shipped).

Round 23's late steps give a cue-less quote the verb its message hangs on (late_heads, kheadA without the list) or
the verb before its comma clause (late_complements, compL with ``any_verb``) only when the lemma lists know that
verb. Here a logistic regression decides instead for the unlisted ones. It is fitted on rows from quotes-de train
GOLD (every lower-case verb that governs a clause, ``gold_rows``; label: the verb is part of a gold cue; a
``listed`` flag on verbs the lists know) of the articles of one fold (i % 2, as training/runs/quote_folds22) and
decides on the candidates of the other fold's articles, so no article's own words decide for it; dev is decided by
a model fitted on all train rows. Candidates come from the saved final quotes (cue_r23_ab.py --save, HEAD
settings) with the fold's cue words; each accepted candidate is applied to a copy and the sets are scored as
cue_r23_ab.py scores them (complements first, then heads, the order of quotes_cues.late_cues):

    OMP_NUM_THREADS=1 python training/quotes/cue_r23_ab.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r24/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r24/acts_cv.json --fold-only 0|1 --save /tmp/h10/q_tr0.pkl|/tmp/h10/q_tr1.pkl --variant ""
    OMP_NUM_THREADS=1 python training/quotes/cue_r23_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r24/qcache_dev.spacy --save /tmp/h10/q_dev.pkl --variant ""
    OMP_NUM_THREADS=1 python training/quotes/cue_learned.py --train /work/shared/data/quotes-de/data/train \
        --train-cache /tmp/r24/qcache_train.spacy --load /tmp/h10/q_tr0.pkl --load /tmp/h10/q_tr1.pkl \
        --folds /work/main/training/runs/quote_folds22 --rows-out /tmp/h10/rows_tr.pkl \
        --C 0.3 --thr 0.2 --thr 0.3 --thr 0.5 --show 30 --half-check new --half-check head+comp
    OMP_NUM_THREADS=1 python training/quotes/cue_learned.py --rows-in /tmp/h10/rows_tr.pkl \
        --dev /work/shared/data/quotes-de/data/dev --dev-cache /tmp/r24/qcache_dev.spacy --dev-load /tmp/h10/q_dev.pkl \
        --C 0.3 --thr 0.2 --thr 0.3 --thr 0.5

The dev run must be a process of its own (``--rows-in``): the train run sets the fold taggers' cue words.
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402
from cue_tidy_ab import groups  # noqa: E402
from rule_ab import changed  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups, score_doc  # noqa: E402
from newsgraph.extract.quotes_cues import _doc_ids, _is_speech, _set_cue, _speech_words, _verb_complex  # noqa: E402
from newsgraph.extract.quotes_features import Tok, tokens_from_doc  # noqa: E402

HEAD_MODES = ("Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported")
_OPENERS = frozenset({"dass", "ob", "wie", "warum", "weshalb", "wieso", "was", "wer", "wo", "wann", "weil"})


def head_candidate(doc, toks: list[Tok], q, starts: list[int], steps: int = 3):
    """(verb, branch token, head steps, message doc ids) of the verb a cue-less top-level quote's message hangs on
    (late_heads' walk, any mode but Direct), or None."""
    from newsgraph.extract.quotes import _tok_ids

    if q.cue or q.nested or not q.message or q.mode not in HEAD_MODES:
        return None
    msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
    tops = [doc[i] for i in sorted(msg) if doc[i].head.i not in msg]
    if not tops:
        return None
    t, sent = tops[0], tops[0].sent
    for n in range(steps):
        h = t.head
        if h.i == t.i or h.i in msg or not (sent.start <= h.i < sent.end):
            return None
        if h.pos_ == "VERB" and h.text[:1].islower():
            return h, t, n + 1, msg
        t = h
    return None


def speech_verb_features(doc, pick, dep: str, konj: bool, lo: int, hi: int) -> list[str]:
    """What the learned speech-verb decision reads of a verb and the clause [lo, hi] (doc indices) it governs: the
    verb's lemma and lemma ending (unlisted speech verbs share endings: "-ieren", "-kündigen"), morphology and
    particle, the relation the clause hangs by, the clause's opening word and mood, the verb's subject, which side
    and how far, and the punctuation between."""
    lem = pick.lemma_.lower()
    f = ["lemma=" + lem, "suf3=" + lem[-3:], "tag=" + pick.tag_, "dep=" + dep]
    for k in ("VerbForm", "Mood", "Tense", "Person"):
        v = pick.morph.get(k)
        f.append(k + "=" + (v[0] if v else "-"))
    prt = [c for c in pick.children if c.dep_ == "compound:prt"]
    f.append("prt=" + (prt[0].lemma_.lower() if prt else "-"))
    first = doc[lo]
    f.append("open=" + (first.text.lower() if first.text.lower() in _OPENERS else first.pos_))
    f.append(f"konj={int(konj)}")
    subj = [c for c in pick.children if c.dep_ in ("nsubj", "nsubj:pass") and not lo <= c.i <= hi]
    f.append("subj=" + ((subj[0].ent_type_ or subj[0].pos_) if subj else "-"))
    before = pick.i < lo
    gap = (lo - pick.i) if before else (pick.i - hi)
    f.append("side=" + ("before" if before else "inside" if pick.i < hi else "after"))
    f.append("gap=" + ("1" if gap <= 1 else "2-3" if gap <= 3 else "4-8" if gap <= 8 else "9+"))
    a, b = (pick.i, lo) if before else (hi, pick.i)
    between = {doc[j].text for j in range(a, b + 1)}
    f.append(f"comma={int(',' in between)}")
    f.append(f"colon={int(':' in between)}")
    return f


def head_features(doc, toks: list[Tok], q, starts: list[int], pick, branch, nsteps: int, msg: set[int]) -> list[str]:
    """speech_verb_features of a head_candidate (the clause: the message)."""
    from newsgraph.extract.quotes import _tok_ids

    konj = any(toks[k].mood_sub for k in _tok_ids(toks, q.message, starts))
    return speech_verb_features(doc, pick, branch.dep_, konj, min(msg), max(msg))


def complement_features(doc, toks: list[Tok], v, a: int, b: int, konj: bool) -> list[str]:
    """speech_verb_features of reported_complements' verb and its comma clause toks[a:b]."""
    ids = sorted(toks[j].i for j in range(a, b) if toks[j].i >= 0)
    tops = [doc[i] for i in ids if doc[i].head.i not in ids]
    dep = tops[0].dep_ if tops and tops[0].head.i == v.i else "far"
    return speech_verb_features(doc, v, dep, konj, ids[0], ids[-1])


def _articles(run, saved, word_folds=None):
    """(article, gold, parsed doc, saved quotes) of each article with a parse, in article order; with ``word_folds``
    the word lists of the article's fold (i % 2) are set up before it is yielded."""
    from fold_taggers import fold_setup

    by_text = {d.text: d for d in run.docs}
    cur = None
    for i in sorted(saved):
        if word_folds and i % 2 != cur:
            cur = i % 2
            fold_setup(Path(word_folds) / f"fold{cur}of2")
        g = run.gold[i]
        doc = by_text[g.text]
        if doc.has_annotation("DEP"):
            yield i, g, doc, saved[i]


def rows_of(run, saved, word_folds=None):
    """One row per candidate: (article, quote index, features, label, the cue's doc ids)."""
    out = []
    for i, g, doc, quotes in _articles(run, saved, word_folds):
        lemmas, stems = _speech_words()
        toks = tokens_from_doc(doc, "de")
        starts = [t.start for t in toks]
        gg = gold_groups(g)
        base = groups(g, quotes)
        for qi, q in enumerate(quotes):
            c = head_candidate(doc, toks, q, starts)
            if c is None or _is_speech(c[0], lemmas, stems):
                continue
            cue = _verb_complex(c[0]) - c[3]
            qs = copy.deepcopy(quotes)
            apply_cue(doc, toks, qs[qi], cue)
            label = 0
            for _a, b, gold in changed(base, groups(g, qs), gg):
                if gold is not None and set(b.roles["cue"]) & set(gold.roles["cue"]):
                    label = 1
            out.append(SimpleNamespace(art=i, qi=qi, f={k: 1 for k in head_features(doc, toks, q, starts, *c)}, y=label, cue=cue,
                                       lemma=c[0].lemma_, text=c[0].text, kind="head"))
    return out


def comp_rows(run, saved, word_folds=None):
    """One row per unlisted verb late_complements(any_verb) would give a cue-less free / Reported quote (compL)."""
    from newsgraph.extract.quotes_cues import late_complements

    out = []
    for i, g, doc, quotes in _articles(run, saved, word_folds):
        toks = tokens_from_doc(doc, "de")
        gg = gold_groups(g)
        base = groups(g, quotes)
        for qi in range(len(quotes)):
            seen = []
            qs = copy.deepcopy(quotes)
            late_complements(doc, toks, [qs[qi]], any_verb=True,
                             verb_ok=lambda v, a, b, konj, seen=seen: seen.append((v, a, b, konj)) and False)
            for v, a, b, konj in seen:
                qs = copy.deepcopy(quotes)
                late_complements(doc, toks, [qs[qi]], any_verb=True, verb_ok=lambda w, *_, v=v: w.i == v.i)
                label = 0
                for _a, bb, gold in changed(base, groups(g, qs), gg):
                    if gold is not None and set(bb.roles["cue"]) & set(gold.roles["cue"]):
                        label = 1
                out.append(SimpleNamespace(art=i, qi=qi, f={k: 1 for k in complement_features(doc, toks, v, a, b, konj)},
                                           y=label, vi=v.i, lemma=v.lemma_, text=v.text, kind="comp"))
    return out


CLAUSE_DEPS = ("ccomp", "parataxis", "dep", "advcl", "xcomp", "conj", "acl", "obj", "csubj")


def clauses_of(doc, v):
    """The clauses verb ``v`` governs (a CLAUSE_DEPS child that is a verb, its span not holding ``v``): (child, first
    word after any opening punctuation, last token)."""
    for c in v.children:
        if c.dep_ not in CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        lo, hi = c.left_edge.i, c.right_edge.i
        if lo <= v.i <= hi:
            continue
        while lo < hi and doc[lo].is_punct:
            lo += 1
        yield c, lo, hi


def gold_rows(run, listed=True):
    """One row per (verb, clause it governs) of every train article: label = the verb is (part of) a gold cue."""
    from newsgraph.extract.quotes_features import config

    de = config().get("de", {})
    lemmas = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", [])) | \
        frozenset(de.get("direct_lemmas", []))
    stems = tuple(de.get("indirect_stems", [])) + tuple(de.get("reported_stems", []))
    by_text = {d.text: d for d in run.docs}
    out = []
    for i, g in enumerate(run.gold):
        doc = by_text[g.text]
        if not doc.has_annotation("DEP"):
            continue
        cue_chars = set()
        for gr in gold_groups(g):
            for t in gr.roles["cue"]:
                cue_chars.update(range(*g.tokens[t]))
        for v in doc:
            if v.pos_ != "VERB" or not v.text[:1].islower():
                continue
            y = int(any(c in cue_chars for c in range(v.idx, v.idx + len(v.text))))
            for c, lo, hi in clauses_of(doc, v):
                konj = any("Sub" in doc[j].morph.get("Mood") for j in range(lo, hi + 1))
                f = {k: 1 for k in speech_verb_features(doc, v, c.dep_, konj, lo, hi)}
                if listed and _is_speech(v, lemmas, stems):
                    # the lists' verbs carry the frame features; the flag keeps their prior from the unlisted ones
                    f["listed"] = 1
                out.append(SimpleNamespace(art=i, y=y, f=f, lemma=v.lemma_, text=v.text))
    return out


def new_rows(run, saved):
    """The new-quote variant: a verb (listed or not) outside all our quotes' messages and cues that governs a clause
    of at least four words opening with dass / ob or holding a Konjunktiv, itself outside them too, gives a new
    Indirect quote (message = the clause, cue = the verb's complex, speaker = its subject); one row per verb."""
    from newsgraph.extract.quotes import RawQuote

    by_text = {d.text: d for d in run.docs}
    out = []
    for i in sorted(saved):
        doc = by_text[run.gold[i].text]
        if not doc.has_annotation("DEP"):
            continue
        cover = set()
        for q in saved[i]:
            for a, b in list(q.message or []) + list(q.cue or []):
                cover.update(range(a, b))
        for v in doc:
            if v.pos_ != "VERB" or not v.text[:1].islower() or v.idx in cover:
                continue
            for c, lo, hi in clauses_of(doc, v):
                while hi > lo and doc[hi].is_punct:
                    hi -= 1
                if hi - lo < 3:
                    continue
                konj = any("Sub" in doc[j].morph.get("Mood") for j in range(lo, hi + 1))
                if not (konj or doc[lo].lower_ in ("dass", "ob")):
                    continue
                if any(k in cover for k in range(doc[lo].idx, doc[hi].idx + len(doc[hi]))):
                    continue
                cue = sorted(_verb_complex(v))
                subj = [x for x in v.children if x.dep_ in ("nsubj", "nsubj:pass")]
                spk = [(subj[0].left_edge.idx, subj[0].right_edge.idx + len(subj[0].right_edge))] if subj else []
                q = RawQuote(message=[(doc[lo].idx, doc[hi].idx + len(doc[hi]))], mode="Indirect",
                             cue=[(doc[k].idx, doc[k].idx + len(doc[k])) for k in cue], speaker=spk, origin="learned")
                out.append(SimpleNamespace(art=i, qi=-1, kind="new", q=q, y=None, lemma=v.lemma_, text=v.text,
                                           f={k: 1 for k in speech_verb_features(doc, v, c.dep_, konj, lo, hi)}))
                break
    return out


def apply_cue(doc, toks, q, cue) -> None:
    from newsgraph.extract.quotes import finish_cues

    _set_cue(toks, q, cue)
    finish_cues(doc, toks, [q])


def fit(rows, C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([r.f for r in rows])
    y = [r.y for r in rows]
    m = LogisticRegression(C=C, max_iter=2000, class_weight=None).fit(X, y)
    return vec, m


def score(run, saved, accept):
    """Scores with the accepted candidate rows applied: complements first, then heads on quotes still cue-less (the
    order of late_complements and late_heads in quotes_cues.late_cues)."""
    from newsgraph.extract.quotes_cues import late_complements

    by_text = {d.text: d for d in run.docs}
    by_art: dict[int, list] = {}
    for r in accept:
        by_art.setdefault(r.art, []).append(r)
    sc = Scores()
    for i in sorted(saved):
        g = run.gold[i]
        doc = by_text[g.text]
        qs = copy.deepcopy(saved[i])
        toks = tokens_from_doc(doc, "de")
        rs = sorted(by_art.get(i, []), key=lambda r: r.kind != "comp")
        qs += [r.q for r in rs if r.kind == "new"]
        for r in rs:
            if r.kind == "new":
                continue
            q = qs[r.qi]
            if q.cue:
                continue
            if r.kind == "comp":
                late_complements(doc, toks, [q], any_verb=True, verb_ok=lambda w, *_, vi=r.vi: w.i == vi)
            else:
                apply_cue(doc, toks, q, r.cue)
        score_doc(sc, groups(g, qs), gold_groups(g))
    return sc


def line(name, sc) -> str:
    p, r, f = sc.overlap("cue")
    return (f"{name:<28} message={sc.overlap('quote')[2]:.4f} cue={f:.4f} (P {p:.4f} R {r:.4f}) "
            f"speaker={sc.overlap('speaker')[2]:.4f}")


def load(paths):
    saved = {}
    for p in paths:
        saved.update(pickle.loads(Path(p).read_bytes()))
    return saved


def report(name, run, saved, rows, Cs, thrs, show, fitter) -> None:
    """Figures per candidate kind and together: none, all, the oracle (the gold-cue candidates), and the decision at
    each C / threshold (``fitter(fold, C)``: the model for the articles of that fold)."""
    for kind in ("head", "comp", "head+comp", "new"):
        rk = [r for r in rows if r.kind in kind.split("+")]
        print(f"{name} {kind}: candidates {len(rk)}, gold cue {sum(r.y or 0 for r in rk)}")
        print(line(f"{name} {kind} none", score(run, saved, [])))
        print(line(f"{name} {kind} all", score(run, saved, rk)))
        if kind != "new":  # no label: a new quote's worth is its message, cue and speaker together
            print(line(f"{name} {kind} oracle", score(run, saved, [r for r in rk if r.y])))
    for C in Cs:
        probs = {}
        for fold in (0, 1):
            vec, m = fitter(fold, C)
            for r in rows:
                if r.art % 2 == fold:
                    probs[id(r)] = m.predict_proba(vec.transform([r.f]))[0, 1]
        for thr in thrs:
            for kind in ("head", "comp", "head+comp", "new"):
                acc = [r for r in rows if r.kind in kind.split("+") and probs[id(r)] >= thr]
                tp = sum(r.y or 0 for r in acc)
                print(line(f"{name} {kind} C={C} thr={thr} ({len(acc)}: {tp}+)", score(run, saved, acc)))
        for r in sorted(rows, key=lambda r: -probs[id(r)])[:show]:
            print(f"   {probs[id(r)]:.2f} y={r.y} {r.kind} {r.text} ({r.lemma})")
        for r in rows:
            if r.kind == "new" and probs[id(r)] >= thrs[-1]:
                print(f"   new quote at thr {thrs[-1]}: {probs[id(r)]:.2f} {r.text} | "
                      f"{run.gold[r.art].text[r.q.message[0][0]:r.q.message[0][1]][:80]}")


def half_check(run, saved, rows, kinds, C, grid=(0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01)) -> None:
    """The threshold chosen on one train half (by message + cue + speaker F1, out-of-fold probabilities) and used on
    the other half's articles; 1.01 = no fire."""
    probs = {}
    for fold in (0, 1):
        vec, m = fit([r for r in rows["gold"] if r.art % 2 != fold], C)
        for r in rows["cands"]:
            if r.art % 2 == fold:
                probs[id(r)] = m.predict_proba(vec.transform([r.f]))[0, 1]
    rk = [r for r in rows["cands"] if r.kind in kinds]

    def total(sc):
        return sc.overlap("quote")[2] + sc.overlap("cue")[2] + sc.overlap("speaker")[2]

    picked = {}
    for h in (0, 1):
        half = {i: q for i, q in saved.items() if i % 2 == h}
        picked[1 - h] = max(grid, key=lambda t: (total(score(run, half, [r for r in rk if r.art % 2 == h
                                                                          and probs[id(r)] >= t])), t))
    acc = [r for r in rk if probs[id(r)] >= picked[r.art % 2]]
    print(line(f"train {'+'.join(kinds)} thr chosen on the other half {picked}", score(run, saved, acc)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train")
    ap.add_argument("--train-cache")
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--folds", default=None, help="fold dirs for each article's fold cue words (the lists' stems)")
    ap.add_argument("--dev")
    ap.add_argument("--dev-cache")
    ap.add_argument("--dev-load")
    ap.add_argument("--C", type=float, action="append", default=None)
    ap.add_argument("--thr", type=float, action="append", default=None)
    ap.add_argument("--rows-out", default=None, help="pickle the train rows here")
    ap.add_argument("--rows-in", default=None, help="train rows (--rows-out) instead of building them (the dev run)")
    ap.add_argument("--half-check", action="append", default=[],
                    help="KIND[+KIND]: choose the threshold on one train half, score the other (train run only)")
    ap.add_argument("--no-listed", action="store_true", help="no 'listed' flag on the gold rows")
    ap.add_argument("--show", type=int, default=0, help="print this many accepted / rejected rows per fold")
    args = ap.parse_args(argv)
    Cs = args.C or [0.3]
    thrs = args.thr or [0.5]
    if args.rows_in:
        rows = pickle.loads(Path(args.rows_in).read_bytes())
        grows = pickle.loads(Path(args.rows_in + ".gold").read_bytes())
    else:
        tr_run = setup(SimpleNamespace(dir=args.train, cache=args.train_cache, acts_cv=None, set=[]))
        tr_saved = load(args.load)
        rows = rows_of(tr_run, tr_saved, args.folds) + comp_rows(tr_run, tr_saved, args.folds) + new_rows(tr_run, tr_saved)
        grows = gold_rows(tr_run, not args.no_listed)
        if args.rows_out:
            Path(args.rows_out).write_bytes(pickle.dumps(rows))
            Path(args.rows_out + ".gold").write_bytes(pickle.dumps(grows))
        print(f"gold rows {len(grows)}, cue verbs {sum(r.y for r in grows)}")
        report("train", tr_run, tr_saved, rows, Cs, thrs, args.show, lambda fold, C: fit(
            [r for r in grows if r.art % 2 != fold], C))
        for kinds in args.half_check:
            half_check(tr_run, tr_saved, {"gold": grows, "cands": rows}, kinds.split("+"), Cs[0])
    if args.dev:
        # the shipped taggers and cue words: run without --folds (a separate process from the train part)
        dev_run = setup(SimpleNamespace(dir=args.dev, cache=args.dev_cache, acts_cv=None, set=[]))
        dev_saved = load([args.dev_load])
        drows = rows_of(dev_run, dev_saved) + comp_rows(dev_run, dev_saved) + new_rows(dev_run, dev_saved)
        report("dev", dev_run, dev_saved, drows, Cs, thrs, args.show, lambda fold, C: fit(grows, C))
    return 0


if __name__ == "__main__":
    sys.exit(main())
