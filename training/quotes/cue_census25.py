"""Round 25's cue census (de_cues card, Round 25, h1): every cue token lost (FN) or wrong (FP) by the brief's classes,
read from a saved extraction (cue_r23_ab.py ``--save``), so the census is the pipeline's final quotes:

    OMP_NUM_THREADS=1 python training/quotes/cue_census25.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load /tmp/h1/r25/q_tr0.pkl --load /tmp/h1/r25/q_tr1.pkl [--examples 3]

Quotes are paired as the scorer pairs them (eval.quotes.assign); a pair whose messages share no token counts as no
pair. Each FP / FN cue token falls in exactly one class, tested in this order:

* (e) cue attached to the wrong quote: an FN token another of our quotes carries as its cue, an FP token that is
  another gold quote's cue (the right word scored on the wrong pair);
* (a) whole quote missed: the FN tokens of a gold quote with no pair, by gold type and by why — where its sentence
  stands (a quote of ours in the sentence: the act classifier never saw it; no quote of ours: the act classifier, the
  judge or the taggers said no) and what its frame is (a verb of our speech lists, another verb, a source preposition
  "laut" / "zufolge" / "nach", a noun, other);
* (b) quote found, cue missing: a pair whose gold quote has a cue and ours none (by our mode -> gold mode);
* (c) cue span partial or wrong: a pair where both have cues; extra / missing words by part and word (the brief's
  "zu", "dazu", "sich", auxiliaries, "laut" / "zufolge" / "nach Angaben", "wie … mitteilte");
* (d) a spurious quote's cue: FP tokens of a quote of ours with no pair (by origin, the extractor step that made it),
  and (d') a cue on a found quote that gold leaves cue-less.
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_errors import part_of  # noqa: E402
from cue_frames26 import load_saved  # noqa: E402

from newsgraph.eval.quotes import (  # noqa: E402
    Scores,
    _overlap_f1,
    assign,
    gold_groups,
    quote_groups,
    score_doc,
)
from newsgraph.extract.quotes_features import config  # noqa: E402

SOURCE_PREPS = {"laut", "zufolge", "nach", "gemäß", "demnach", "wonach"}


def speech_lists():
    de = config().get("de", {})
    lem = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", [])) | \
        frozenset(de.get("direct_lemmas", []))
    stems = tuple(de.get("indirect_stems", [])) + tuple(de.get("reported_stems", [])) + tuple(de.get("cue_stems", []))
    return lem, stems


def frame_kind(toks, lem, stems) -> str:
    """What a gold cue's head word is: a listed speech verb, another verb, a source preposition, a noun."""
    from newsgraph.extract.quotes_rules import _stem_key, _verb_lemma

    words = {t.text.lower() for t in toks}
    if words & SOURCE_PREPS:
        return "source prep (laut/zufolge/nach)"
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VAFIN", "VMFIN", "VAINF", "VMINF")]
    verbs = verbs or [t for t in toks if t.pos_ in ("VERB", "AUX")]
    if verbs:
        for v in verbs:
            if _verb_lemma(v) in lem or (stems and (_stem_key(v).startswith(stems) or v.text.lower().startswith(stems))):
                return "listed speech verb"
        return "unlisted verb"
    if any(t.pos_ in ("NOUN", "PROPN") for t in toks):
        return "noun"
    return "other"


def print_words_examples(words: dict, ex: dict) -> None:
    """Each class's 25 commonest words, then its examples (cue_precision27.py's census prints the same tail)."""
    for k in sorted(words):
        print(f"\n{k}: " + "; ".join(f"{w} ×{n}" for w, n in words[k].most_common(25)))
    for k in sorted(ex):
        print(f"\n== examples {k}")
        for e in ex[k]:
            print("   " + e)


class Census:
    def __init__(self, nex: int) -> None:
        self.nex = nex
        self.fp: Counter = Counter()
        self.fn: Counter = Counter()
        self.quotes: Counter = Counter()
        self.words: dict[str, Counter] = defaultdict(Counter)
        self.ex: dict[str, list[str]] = defaultdict(list)
        self.tp = 0

    def add(self, cls: str, sub: str, nfp: int, nfn: int, ex: str | None = None) -> None:
        self.fp[(cls, sub)] += nfp
        self.fn[(cls, sub)] += nfn
        self.quotes[(cls, sub)] += 1
        if ex and len(self.ex[cls]) < self.nex:
            self.ex[cls].append(ex)

    def article(self, g, doc, quotes, sys_g, gold_g) -> None:
        starts = [t.idx for t in doc]
        lem, stems = speech_lists()

        def stok(t: int):
            return doc[max(0, bisect_right(starts, g.tokens[t][0]) - 1)]

        def text(ids) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids)).replace("\n", " ")

        def sent_of(ids):
            return Counter(stok(t).sent.start for t in ids).most_common(1)[0][0] if ids else None

        # the scorer's pairs; one whose messages share no token scores its cues against each other, but is no pair here
        pairs = assign(sys_g, gold_g)
        ps, pg = dict(pairs), {gi: si for si, gi in pairs}
        ov0 = {si for si, gi in pairs if _overlap_f1(gold_g[gi].roles["quote"], sys_g[si].roles["quote"]) == 0}
        S = [set(s.roles["cue"]) for s in sys_g]
        G = [set(x.roles["cue"]) for x in gold_g]
        s_sents = [{stok(t).sent.start for t in s.roles["quote"]} for s in sys_g]
        for si, gi in pairs:
            self.tp += len(S[si] & G[gi])
        # FN tokens
        for gi, gg in enumerate(gold_g):
            if not G[gi]:
                continue
            si = pg.get(gi)
            mine = S[si] if si is not None else set()
            fn = G[gi] - mine
            if not fn:
                continue
            others = set().union(*[S[j] for j in range(len(S)) if j != si]) if S else set()
            wrong = fn & others
            if wrong:
                holder = next(j for j in range(len(S)) if j != si and S[j] & wrong)
                self.add("e by kind", f"FN: gold {gg.form}{' nested' if gg.nested else ''} "
                         f"({'paired, ours ' + ('cued' if mine else 'cue-less') if si is not None and si not in ov0 else 'missed'}); "
                         f"carried by our {sys_g[holder].form}{' nested' if sys_g[holder].nested else ''}", 0, len(wrong))
                self.add("e", "FN: gold cue carried by another quote of ours", 0, len(wrong),
                         f"[-> {gg.form}] gold=[{text(G[gi])}] on ours=[{text(mine)}] msg=[{text(gg.roles['quote'])[:90]}]")
            fn -= wrong
            if not fn:
                continue
            typ = f"{gg.form}{' nested' if gg.nested else ''}"
            if si is None or si in ov0:
                sn = sent_of(gg.roles["quote"])
                where = "beside a quote of ours" if any(sn in ss for ss in s_sents) else "no quote of ours in the sentence"
                fk = frame_kind([stok(t) for t in G[gi]], lem, stems)
                self.add("a", f"{typ} | {where} | {fk}", 0, len(fn))
                self.add("a type", typ, 0, len(fn))
                self.add("a where", where, 0, len(fn))
                self.add("a frame", fk, 0, len(fn))
                self.words["a frame words"][text(G[gi]).lower()] += 1
                if len(self.ex["a"]) < self.nex * 4:
                    self.ex["a"].append(f"[{typ} | {where} | {fk}] gold=[{text(G[gi])}] "
                                        f"msg=[{text(gg.roles['quote'])[:90]}]")
            elif not mine:
                self.add("b", f"{sys_g[si].form} -> {typ}", 0, len(fn),
                         f"[{sys_g[si].form} -> {typ}] gold=[{text(G[gi])}] msg=[{text(gg.roles['quote'])[:90]}]")
                self.words["b frame"][frame_kind([stok(t) for t in G[gi]], lem, stems)] += len(fn)
            else:
                sub = "partial" if mine & G[gi] else "wrong word"
                for t in fn:
                    self.add("c", f"{sub}, missing: {part_of(stok(t))}", 0, 1)
                    self.words[f"c {sub} missing"][text({t}).lower()] += 1
        # FP tokens
        for si, sg in enumerate(sys_g):
            if not S[si]:
                continue
            gi = ps.get(si)
            gold = G[gi] if gi is not None else set()
            fp = S[si] - gold
            if not fp:
                continue
            others = set().union(*[G[j] for j in range(len(G)) if j != gi]) if G else set()
            wrong = fp & others
            if wrong:
                gp = gold_g[gi] if gi is not None and si not in ov0 else None
                self.add("e by kind", f"FP: our {sg.form}{' nested' if sg.nested else ''} -> "
                         f"{('gold ' + str(gp.form) + (' nested' if gp.nested else '') + (' cued' if G[gi] else ' cue-less')) if gp else 'no pair'}",
                         len(wrong), 0)
                self.add("e", "FP: another gold quote's cue", len(wrong), 0,
                         f"[{sg.form}] ours=[{text(S[si])}] is gold cue of another quote; msg=[{text(sg.roles['quote'])[:90]}]")
            fp -= wrong
            if not fp:
                continue
            if gi is None or si in ov0:
                self.add("d", f"spurious quote ({sg.form}, {sg.extra.get('origin', '')})", len(fp), 0,
                         f"[{sg.form} {sg.extra.get('origin', '')}] ours=[{text(S[si])}] msg=[{text(sg.roles['quote'])[:90]}]")
            elif not G[gi]:
                self.add("d'", f"{sg.form} -> {gold_g[gi].form}", len(fp), 0,
                         f"[{sg.form} -> {gold_g[gi].form}] ours=[{text(S[si])}] msg=[{text(gold_g[gi].roles['quote'])[:90]}]")
            else:
                sub = "partial" if S[si] & G[gi] else "wrong word"
                for t in fp:
                    self.add("c", f"{sub}, extra: {part_of(stok(t))}", 1, 0)
                    self.words[f"c {sub} extra"][text({t}).lower()] += 1
                if len(self.ex["c"]) < self.nex * 3:
                    self.ex["c"].append(f"[{sg.form} -> {gold_g[gi].form}] ours=[{text(S[si])}] gold=[{text(G[gi])}] "
                                        f"msg=[{text(gold_g[gi].roles['quote'])[:80]}]")
        for gi, si in pg.items():
            if S[si] and G[gi] and G[gi] - S[si] and si not in ov0 and len(self.ex["c"]) < self.nex * 3 \
                    and not (S[si] - G[gi]):
                self.ex["c"].append(f"[{sys_g[si].form} -> {gold_g[gi].form}] ours=[{text(S[si])}] gold=[{text(G[gi])}] "
                                    f"msg=[{text(gold_g[gi].roles['quote'])[:80]}]")

    def report(self, sc: Scores) -> None:
        top = [c for c in ("a", "b", "c", "d", "d'", "e")]
        FP = sum(v for k, v in self.fp.items() if k[0] in top)
        FN = sum(v for k, v in self.fn.items() if k[0] in top)
        assert (self.tp, FP, FN) == (sc.tp["cue"], sc.fp["cue"], sc.fn["cue"]), \
            ((self.tp, FP, FN), (sc.tp["cue"], sc.fp["cue"], sc.fn["cue"]))
        tp = self.tp
        print(f"cue TP {tp} FP {FP} FN {FN} F1 {Scores.prf(tp, FP, FN)[2]:.4f}  message {sc.overlap('quote')[2]:.4f} "
              f"speaker {sc.overlap('speaker')[2]:.4f}")

        def fixed(a, b):
            return 2 * (tp + b) / max(1, 2 * (tp + b) + FP - a + FN - b)

        names = {"a": "(a) whole quote missed", "b": "(b) quote found, cue missing", "c": "(c) cue partial / wrong word",
                 "d": "(d) a spurious quote's cue", "d'": "(d') cue on a found quote gold leaves cue-less",
                 "e": "(e) cue on the wrong quote", "a type": "(a) by gold type", "a where": "(a) by where",
                 "a frame": "(a) by frame", "e by kind": "(e) by kind"}
        for cls in ("a", "a type", "a where", "a frame", "b", "c", "d", "d'", "e", "e by kind"):
            keys = [k for k in set(self.fp) | set(self.fn) if k[0] == cls]
            a, b = sum(self.fp[k] for k in keys), sum(self.fn[k] for k in keys)
            nq = sum(self.quotes[k] for k in keys)
            print(f"\n{names[cls]}: quotes/rows {nq} FP {a} FN {b} F1 if fixed {fixed(a, b):.4f}")
            for k in sorted(keys, key=lambda k: -(self.fp[k] + self.fn[k]))[:16]:
                print(f"   {k[1]:<80} {self.quotes[k]:5d} {self.fp[k]:5d} {self.fn[k]:5d}")
        print_words_examples(self.words, self.ex)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    args.folds = args.acts_cv = None
    run = setup(args)
    by_text = {d.text: d for d in run.docs}
    saved = load_saved(args.load)
    cen, sc = Census(args.examples), Scores()
    for i in sorted(saved):
        g = run.gold[i]
        sys_g, gold_g = quote_groups(g, saved[i], lambda q: {"origin": q.origin or ""}), gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        cen.article(g, by_text[g.text], saved[i], sys_g, gold_g)
    cen.report(sc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
