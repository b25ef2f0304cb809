"""Round 26's learned frame lexicon (de_cues card, Round 26, h1): the missed quotes' frames, and a lexicon of words that
head quotes-de train gold cues, learnt fold-fitted, as a last step that makes new Indirect quotes (``learned_frames`` below; measured on saved
final quotes, left off and not in the runtime code).

Saved extractions come from cue_r23_ab.py ``--save`` with the honest protocol (fold taggers + CV act models with the
complement model); every command below reads them:

    OMP_NUM_THREADS=1 python training/quotes/cue_r23_ab.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r25/acts_cv_comp.json --fold-only 0|1 --save /tmp/h1/r26/q_tr0.pkl|q_tr1.pkl --variant ""

* ``census``: every gold quote with a cue that no quote of ours pairs with (cue_census25's class (a)), by its cue's
  key (frame_key of the cue's top word), its type, and what the pipeline did with its sentence: a quote of ours beside
  it; or, in a sentence no quote of ours touches, whether the taggers were run on it (Featurizer.candidates), whether
  quotes_acts.complement offers a candidate and the CV complement model's P for it, the CV sentence model's best P.
* ``ab``: the lexicon learnt from the train articles of the OTHER fold (article parity, as quote_folds22: fold k's
  taggers saw the articles i % 2 != k) for each held-out article, applied to its saved quotes; a grid of (k, p); with
  ``--dev-load`` the lexicon learnt on all of train on the saved dev quotes.
* ``ceiling``: how many of the census's missed quotes (``--rows``, census ``--dump``) have their cue key in the lexicon
  of the other parity, and how many of those the step could reach at all;
* ``sources``: the nouns after a "nach" that is a gold cue, by parity, and "danach" / "demnach" / "wonach" / "zufolge" /
  "dem Vernehmen nach" in and out of gold cues (a frame-noun lexicon's material);
* ``write``: the lexicon learnt on train (``--parity`` 0 / 1 for the fold copies, none for all of train) to a file.

A word's occurrences are all its tokens in the articles (key = ``frame_key``: a verb's lemma with its separated
particle, another word's lemma); its hits the occurrences inside a gold cue. It enters the lexicon with hits >= k and
hits / occurrences >= p.
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402

from newsgraph.eval.quotes import Scores, _overlap_f1, assign, gold_groups, quote_groups, score_doc  # noqa: E402
from newsgraph.extract.quotes_features import tokens_from_doc  # noqa: E402


def frame_key(tok) -> str:
    """A frame word's key in the learned frame lexicon: a verb's lemma with its separated particle ("gab … bekannt"
    -> "bekanntgeben", as the speech lists spell it), any other word's lemma."""
    from newsgraph.extract.quotes_rules import _verb_lemma

    return _verb_lemma(tok) if tok.pos_ in ("VERB", "AUX") else tok.lemma_.lower()


def free_complements(doc, toks: list, quotes: list) -> tuple[list, list, list]:
    """quotes_acts.free_sentences' spans and modes, and (n, candidate) for each sentence n no quote of ours touches
    that has a complement candidate (quotes_acts.complement): the frame step and cue_second26.py judge the same
    candidates, so a figure of one can be set beside the other's."""
    from newsgraph.extract.quotes_acts import complement, free_sentences

    spans, mode_of = free_sentences(toks, quotes)
    cands = []
    for n, (a, b) in enumerate(spans):
        if mode_of[n]:
            continue
        comp = complement(doc, toks, a, b)
        if comp is not None:
            cands.append((n, comp))
    return spans, mode_of, cands


def learned_frames(doc, toks: list, quotes: list, words: frozenset[str]) -> None:
    """A sentence no quote of ours touches whose complement candidate (quotes_acts.complement: a clause that may be
    the content of the word above it) hangs on a word of the learned frame lexicon becomes that clause's Indirect
    quote (quotes_acts.comp_quote: cue = the verb complex, speaker = its subject), whatever the complement model
    said: the lexicon holds the words that head gold cues in most of their train occurrences, which the curated
    speech lists miss ("geht hervor", "sicherte zu"; de_cues card, Round 26). Appended to ``quotes`` in place
    (measured, not shipped: de_cues card, Round 26)."""
    from newsgraph.extract.quotes_acts import comp_quote

    if not words:
        return
    new = []
    for _, comp in free_complements(doc, toks, quotes)[2]:
        m, v = doc[toks[comp[0]].i], comp[1]
        if frame_key(m) in words or frame_key(v) in words:
            q = comp_quote(doc, toks, comp)
            q.origin = "frames"
            new.append(q)
    if new:
        quotes.extend(new)
        quotes.sort(key=lambda q: q.message[0])


def gold_cue_tokens(g, doc) -> tuple[list[set[int]], callable]:
    starts = [t.idx for t in doc]

    def stok(t: int) -> int:
        return max(0, bisect_right(starts, g.tokens[t][0]) - 1)

    return [{stok(t) for t in q.roles["cue"]} for q in gold_groups(g)], stok


def cue_top(doc, ids: set[int]):
    """The cue's top word: a verb whose head lies outside the cue first, then any word whose head does."""
    toks = [doc[i] for i in sorted(ids)]
    tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    for pool in (tops, toks):
        for t in pool:
            if t.pos_ == "VERB":
                return t
    return tops[0] if tops else toks[0]


def counts(gold, by_text, idx) -> tuple[Counter, Counter]:
    occ, hit = Counter(), Counter()
    for i in idx:
        g = gold[i]
        doc = by_text[g.text]
        cues, _ = gold_cue_tokens(g, doc)
        inside = set().union(*cues) if cues else set()
        for t in doc:
            if t.is_punct or t.is_space:
                continue
            k = frame_key(t)
            occ[k] += 1
            if t.i in inside:
                hit[k] += 1
    return occ, hit


def lexicon(occ: Counter, hit: Counter, k: int, p: float) -> frozenset[str]:
    return frozenset(w for w, h in hit.items() if h >= k and h / occ[w] >= p)


def fresh_scores(gold, by_text, saved, lex_of) -> Scores:
    sc = Scores()
    for i in sorted(saved):
        g = gold[i]
        doc = by_text[g.text]
        qs = copy.deepcopy(saved[i])
        words = lex_of(i)
        if words:
            learned_frames(doc, tokens_from_doc(doc, "de"), qs, words)
        score_doc(sc, quote_groups(g, qs), gold_groups(g))
    return sc


def score_line(sc: Scores) -> str:
    return (f"message {sc.overlap('quote')[2]:.4f} cue {sc.overlap('cue')[2]:.5f} "
            f"(TP {sc.tp['cue']} FP {sc.fp['cue']} FN {sc.fn['cue']}) speaker {sc.overlap('speaker')[2]:.5f}")


def fmt(sc: Scores) -> str:
    return score_line(sc) + f" [msg TP {sc.tp['quote']} FP {sc.fp['quote']} FN {sc.fn['quote']}]"


def load_saved(paths) -> dict:
    """Article index -> its saved final quotes, over cue_r23_ab.py ``--save`` files (one a fold)."""
    saved: dict = {}
    for p in paths:
        saved.update(pickle.loads(Path(p).read_bytes()))
    return saved


def saved_dev(args):
    """The dev articles (``--dev``, ``--dev-cache``) and their saved final quotes (``--dev-load``), which ``ab`` and
    cue_second26.py both score."""
    drun = setup(argparse.Namespace(dir=args.dev, cache=args.dev_cache, acts_cv=None, set=[]))
    return drun, pickle.loads(Path(args.dev_load).read_bytes())


def fires(gold, by_text, saved, lex_of, out) -> None:
    """Each new quote with the gold quote it meets (message overlap), for reading."""
    for i in sorted(saved):
        g = gold[i]
        doc = by_text[g.text]
        qs = copy.deepcopy(saved[i])
        n0 = len(qs)
        learned_frames(doc, tokens_from_doc(doc, "de"), qs, lex_of(i))
        if len(qs) == n0:
            continue
        new = [q for q in qs if q.origin == "frames"]
        gg = gold_groups(g)
        for q in new:
            sg = quote_groups(g, [q])[0]
            best = max(gg, key=lambda x: _overlap_f1(x.roles["quote"], sg.roles["quote"]), default=None)
            ov = _overlap_f1(best.roles["quote"], sg.roles["quote"]) if best else 0.0

            def tx(ids, g=g):
                return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids))

            out.write(f"{g.name}\tcue=[{tx(sg.roles['cue'])}] gold=[{tx(best.roles['cue']) if best and ov else '-'}] "
                      f"ov={ov:.2f} {best.form if best and ov else ''} msg=[{tx(sg.roles['quote'])[:100]}]\n")


def census(run, saved, args) -> None:
    import json

    from fold_taggers import fold_setup

    from newsgraph.extract.quotes_acts import comp_features, complement, features, free_sentences, probs
    from newsgraph.extract.quotes_features import config, doc_text, featurizer

    cv = {int(k): v for k, v in json.loads(Path(args.acts_cv).read_text("utf-8")).items()} if args.acts_cv else {}
    by_text = {d.text: d for d in run.docs}
    rows = []
    cur = None
    for i in sorted(saved, key=lambda i: (i % 2, i)):
        if args.folds and i % 2 != cur:
            cur = i % 2
            fold_setup(Path(args.folds) / f"fold{cur}of2")
        g = run.gold[i]
        doc = by_text[g.text]
        toks = tokens_from_doc(doc, "de")
        quotes = saved[i]
        sys_g, gold_g = quote_groups(g, quotes), gold_groups(g)
        pairs = assign(sys_g, gold_g)
        pg = {gi: si for si, gi in pairs if _overlap_f1(gold_g[gi].roles["quote"], sys_g[si].roles["quote"]) > 0}
        cues, stok = gold_cue_tokens(g, doc)
        spans, mode_of = free_sentences(toks, quotes)
        sent_index = {toks[a].sent: n for n, (a, _) in enumerate(spans)}
        tok_of = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
        fz = featurizer(toks, "de")
        cand = fz.candidates(tuple(config().get("de", {}).get("candidate_modals", [])),
                             bool(config().get("model", {}).get("candidate_comp", False)))
        model = cv.get(i % 5)
        text = doc_text(doc)
        for gi, gg in enumerate(gold_g):
            if not cues[gi] or gi in pg:
                continue
            top = cue_top(doc, cues[gi])
            msg = [stok(t) for t in gg.roles["quote"]]
            ks = [tok_of[x] for x in msg if x in tok_of]
            if not ks:
                continue
            n = sent_index[toks[Counter(ks).most_common(1)[0][0]].sent]
            a, b = spans[n]
            row = {"doc": g.name, "type": gg.form + (" nested" if gg.nested else ""), "key": frame_key(top),
                   "pos": top.pos_, "cue": " ".join(doc[x].text for x in sorted(cues[gi])),
                   "msg": " ".join(doc[x].text for x in sorted(msg))[:90], "ntok": len(gg.roles["cue"])}
            row["sent"] = " ".join(t.text for t in toks[a:b])[:200]
            if mode_of[n]:
                row["status"] = "beside a quote of ours"
                row["ours"] = [f"{q.mode}{' nested' if q.nested else ''} {q.origin} cue=[{' '.join(g.text[s:e] for s, e in q.cue)}] "
                               f"msg=[{' '.join(g.text[s:e] for s, e in q.message)[:80]}]" for q in quotes
                               if any(toks[a].start <= s < toks[b - 1].end for s, _ in q.message)]
            else:
                st = ["tagged" if toks[a].sent in cand else "not tagged"]
                comp = complement(doc, toks, a, b)
                if comp is None:
                    st.append("no comp candidate")
                else:
                    m = doc[toks[comp[0]].i]
                    row["comp_key"] = frame_key(m)
                    if model and model.get("comp"):
                        cm = model["comp"]
                        cf = comp_features(doc, toks, comp, mode_of, n, bool(cm.get("clusters")), int(cm.get("feats", 1)))
                        z = sum(cm["weights"].get(x, 0.0) for x in cf)
                        import math

                        row["comp_p"] = 1 / (1 + math.exp(-z))
                    st.append("comp candidate " + ("on the cue word" if m.i in cues[gi] or comp[1].i in cues[gi]
                                                   else "on another word"))
                f = features(doc, toks, spans, mode_of, n, text) if model else None
                if f is not None:
                    p = probs(model, f)
                    row["act_p"] = max(v for c, v in p.items() if c != "none")
                row["status"] = ", ".join(st)
            rows.append(row)
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    tot = Counter()
    for r in rows:
        tot[r["status"]] += r["ntok"]
    print(f"missed gold quotes with a cue: {len(rows)}, cue tokens {sum(r['ntok'] for r in rows)}")
    print("\nby what the pipeline did with the sentence (quotes, cue tokens):")
    nq = Counter(r["status"] for r in rows)
    for s, v in tot.most_common():
        print(f"   {s:<70} {nq[s]:5d} {v:5d}")
    for typ in sorted({r["type"] for r in rows}, key=lambda t: -sum(1 for r in rows if r["type"] == t)):
        sub = [r for r in rows if r["type"] == typ]
        kc = Counter(r["key"] for r in sub)
        print(f"\n{typ}: {len(sub)} quotes, {sum(r['ntok'] for r in sub)} cue tokens; top cue keys: "
              + "; ".join(f"{w} ×{c}" for w, c in kc.most_common(30)))
        st = Counter(r["status"] for r in sub)
        print("   status: " + "; ".join(f"{s} {c}" for s, c in st.most_common()))
    kc = Counter(r["key"] for r in rows)
    print("\nall types, cue keys by frequency (key: quotes | statuses):")
    for w, c in kc.most_common(args.top):
        st = Counter(r["status"].replace("no quote of ours", "") for r in rows if r["key"] == w)
        ty = Counter(r["type"] for r in rows if r["key"] == w)
        print(f"   {w:<18} {c:4d} | " + ", ".join(f"{t} {x}" for t, x in ty.most_common()) + " | "
              + "; ".join(f"{s} {x}" for s, x in st.most_common()))
    comp_rows = [r for r in rows if "comp_p" in r]
    if comp_rows:
        print(f"\ncomp candidates in empty sentences: {len(comp_rows)}; on the cue word "
              f"{sum(1 for r in comp_rows if 'on the cue word' in r['status'])}; P buckets: "
              + "; ".join(f"<{b:.1f} {sum(1 for r in comp_rows if b - 0.1 <= r['comp_p'] < b)}"
                          for b in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)))
    act = [r for r in rows if "act_p" in r]
    if act:
        print(f"act classifier rows: {len(act)}; best P buckets: "
              + "; ".join(f"<{b:.1f} {sum(1 for r in act if b - 0.1 <= r['act_p'] < b)}" for b in (0.1, 0.2, 0.3, 1.1)))
    if args.examples:
        by = defaultdict(list)
        for r in rows:
            by[r["status"]].append(r)
        for s, rs in by.items():
            print(f"\n== {s}")
            for r in rs[:args.examples]:
                print(f"   [{r['type']}] cue=[{r['cue']}] key={r['key']} comp={r.get('comp_key', '-')} "
                      f"P={r.get('comp_p', -1):.2f} act={r.get('act_p', -1):.2f} msg=[{r['msg']}]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=["census", "ab", "write", "ceiling", "sources"])
    ap.add_argument("--rows", default=None, help="ceiling: the census rows (census --dump)")
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--dev", default=None, help="dev gold dir (ab)")
    ap.add_argument("--dev-cache", default=None)
    ap.add_argument("--dev-load", default=None)
    ap.add_argument("--grid", action="append", default=[], help="K,P (ab; repeatable)")
    ap.add_argument("--fires", default=None, help="write each new quote of the first grid point here")
    ap.add_argument("--parity", type=int, default=None, help="write: learn on the articles i %% 2 == parity only")
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--p", type=float, default=0.5)
    ap.add_argument("--out", default=None)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--show-lexicon", action="store_true")
    ap.add_argument("--dump", default=None, help="census: the rows as JSON lines")
    args = ap.parse_args(argv)
    folds, acts_cv = args.folds, args.acts_cv
    args.folds = args.acts_cv = None
    run = setup(args)
    args.folds, args.acts_cv = folds, acts_cv
    by_text = {d.text: d for d in run.docs}
    saved = load_saved(args.load)
    n = len(run.gold)
    if args.cmd == "census":
        census(run, saved, args)
        return 0
    if args.cmd == "ceiling":
        # the census's missed quotes (--rows, census --dump) whose cue key is in the lexicon of the other parity
        import json

        idx = {g.name: i for i, g in enumerate(run.gold)}
        half = {r: counts(run.gold, by_text, [i for i in range(n) if i % 2 == r]) for r in (0, 1)}
        rows = [json.loads(x) for x in Path(args.rows).read_text("utf-8").splitlines() if x.strip()]
        for x in args.grid or ["3,0.5"]:
            k, p = int(x.split(",")[0]), float(x.split(",")[1])
            lex = {r: lexicon(*half[r], k, p) for r in (0, 1)}
            inl = [r for r in rows if r["key"] in lex[1 - idx[r["doc"]] % 2]]
            st = Counter(r["status"] for r in inl)
            reach = [r for r in inl if "comp candidate on the cue word" in r["status"]]
            print(f"k={k} p={p}: {len(inl)} of {len(rows)} missed quotes ({sum(r['ntok'] for r in inl)} cue tokens) have "
                  f"their cue key in the other parity's lexicon: " + "; ".join(f"{s} {c}" for s, c in st.most_common()))
            print(f"   reachable (empty sentence, complement candidate on the cue word) {len(reach)}: "
                  + ", ".join(f"{r['key']} (P {r.get('comp_p', 0):.2f})" for r in reach))
        return 0
    if args.cmd == "sources":
        # "nach" + noun: the noun (first NOUN / PROPN of the next four words) by parity, the "nach" in a gold cue or not;
        # "danach" / "demnach" / "wonach" / "zufolge" / "dem Vernehmen nach", sentence-initial or not
        occ = {0: Counter(), 1: Counter()}
        hit = {0: Counter(), 1: Counter()}
        adv = Counter()
        for i, g in enumerate(run.gold):
            doc = by_text[g.text]
            cues, _ = gold_cue_tokens(g, doc)
            inside = set().union(*cues) if cues else set()
            for t in doc:
                w = t.text.lower()
                if w == "nach" and t.pos_ == "ADP":
                    ns = [x for x in doc[t.i + 1:t.i + 5] if x.pos_ in ("NOUN", "PROPN")]
                    if ns:
                        occ[i % 2][ns[0].text.lower()] += 1
                        hit[i % 2][ns[0].text.lower()] += t.i in inside
                if w in ("danach", "demnach", "wonach", "zufolge"):
                    adv[(w, "initial" if t.i == t.sent.start else "inner", i % 2, t.i in inside)] += 1
                if w == "vernehmen" and t.i + 1 < len(doc) and doc[t.i + 1].text.lower() == "nach":
                    adv[("dem Vernehmen nach", "inner", i % 2, t.i + 1 in inside)] += 1
        for r in (0, 1):
            print(f"parity {r}, nouns after a cue 'nach' (>= 2): " + ", ".join(
                f"{w} {h}/{occ[r][w]}" for w, h in hit[r].most_common() if h >= 2))
        for key in sorted(adv):
            print(f"   {key}: {adv[key]}")
        return 0
    if args.cmd == "write":
        idx = [i for i in range(n) if args.parity is None or i % 2 == args.parity]
        occ, hit = counts(run.gold, by_text, idx)
        lex = lexicon(occ, hit, args.k, args.p)
        head = (f"# learned frame lexicon (training/quotes/cue_frames26.py write --k {args.k} --p {args.p}"
                f"{'' if args.parity is None else f' --parity {args.parity}'}): quotes-de train"
                f"{'' if args.parity is None else f' articles i % 2 == {args.parity}'}; key hits/occurrences\n")
        body = "".join(f"{w}\n" for w in sorted(lex))
        Path(args.out).write_text(head + body, "utf-8")
        for w in sorted(lex, key=lambda w: -hit[w]):
            print(f"{w}\t{hit[w]}/{occ[w]}\t{hit[w] / occ[w]:.2f}")
        return 0
    # ab: per parity counts once
    half = {r: counts(run.gold, by_text, [i for i in range(n) if i % 2 == r]) for r in (0, 1)}
    grid = [(int(x.split(",")[0]), float(x.split(",")[1])) for x in args.grid] or [(3, 0.5)]
    base = fresh_scores(run.gold, by_text, saved, lambda i: frozenset())
    print(f"train off: {fmt(base)}")
    dev = None
    if args.dev:
        drun, dsaved = saved_dev(args)
        dtext = {d.text: d for d in drun.docs}
        dev = (drun, dsaved, dtext)
        print(f"dev off:   {fmt(fresh_scores(drun.gold, dtext, dsaved, lambda i: frozenset()))}")
        occ_all = half[0][0] + half[1][0]
        hit_all = half[0][1] + half[1][1]
    for gi, (k, p) in enumerate(grid):
        lex = {r: lexicon(*half[r], k, p) for r in (0, 1)}
        # article i is scored with the lexicon of the other parity's articles
        sc = fresh_scores(run.gold, by_text, saved, lambda i, lex=lex: lex[1 - i % 2])
        print(f"train k={k} p={p} (lexicons {len(lex[0])} / {len(lex[1])} words): {fmt(sc)}")
        for r in (0, 1):
            part = {i: q for i, q in saved.items() if i % 2 == r}
            a = fresh_scores(run.gold, by_text, part, lambda i: frozenset())
            b = fresh_scores(run.gold, by_text, part, lambda i, lex=lex: lex[1 - i % 2])
            print(f"    half {r}: off {fmt(a)}\n            on  {fmt(b)}")
        if args.show_lexicon:
            print("    lexicon from parity 0: " + ", ".join(sorted(lex[0])))
            print("    lexicon from parity 1: " + ", ".join(sorted(lex[1])))
        if gi == 0 and args.fires:
            with open(args.fires, "w", encoding="utf-8") as out:
                fires(run.gold, by_text, saved, lambda i, lex=lex: lex[1 - i % 2], out)
        if dev:
            drun, dsaved, dtext = dev
            lall = lexicon(occ_all, hit_all, k, p)
            print(f"dev   k={k} p={p} (lexicon {len(lall)} words): "
                  f"{fmt(fresh_scores(drun.gold, dtext, dsaved, lambda i, lall=lall: lall))}")
            if gi == 0 and args.fires:
                with open(args.fires + ".dev", "w", encoding="utf-8") as out:
                    fires(drun.gold, dtext, dsaved, lambda i, lall=lall: lall, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
