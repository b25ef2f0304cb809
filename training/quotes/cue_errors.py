"""Cue errors of the overlap score by kind, and within a kind by the part of the cue that differs.

    OMP_NUM_THREADS=1 python training/quotes/cue_errors.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r18/qcache_dev.spacy [--examples 6] [--set KEY=VALUE] [--json OUT]
    (cross-fitted train: …/train --cache /tmp/r18/qcache_train.spacy --folds training/runs/quote_folds18 \
        --acts-cv training/runs/h5/acts_cv.json)

Quotes are paired as the scorer pairs them (eval.quotes.assign: the Hungarian assignment pairs as many quotes as it
can, also two whose messages share no token). Every FP / FN cue token of the overlap score falls in exactly one kind
(round 19, de_cues card; the letters are the brief's):

* (a) quote missed: a gold cue whose quote has no paired prediction, by gold type;
* (b) wrong word: the quotes are paired (messages share a token), both have a cue, no token in common; FP and FN by
  part of the cue (particle or pronominal adverb, auxiliary, "laut", "zufolge", "nach/gemäß", "so", "wie", "als",
  reflexive or "es", noun such as "Angaben", main verb, adjective/adverb, other);
* (b0) found, no cue: paired, gold has a cue, we gave none (by our mode -> gold type);
* (c) spurious cue: a cue on a paired quote that gold leaves cue-less (by our mode -> gold type), or on a quote with
  no gold partner (by our mode);
* (d) partial: paired, overlapping cues whose extra (FP) / missing (FN) words cost, by part; the differing word
  pairs ("nach Angaben" vs "nach") are listed;
* (e) paired without a shared message token: the assignment pairs two quotes that overlap nowhere, so their cues
  score against each other (their tokens are (a) and (c) in substance, but the scorer counts them here).

Scorer-level effects (e), counted over the same tokens (an overlay: they cut across the kinds above):
how many contiguous pieces a gold cue has ("teilte … mit" is two), gold cue tokens shared by two gold quotes (one
frame, two messages), our cue tokens shared by two of our quotes, FN tokens another of our quotes carries as its
cue and FP tokens that are another gold quote's cue (the right word, scored on the wrong pair), cue errors in
pairs whose messages overlap below F1 0.5, and the cue F1 an article-level token match would give (the ceiling
of what pairing costs).

With ``--folds`` (train only) each article is tagged by fold taggers that did not see it; ``--acts-cv`` gives each
article the CV act classifier that did not see it (crossfit.py; message_errors.py's cross-fitted setup).
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402
from error_analysis import analysis_args  # noqa: E402

from newsgraph.eval.quotes import Scores, _overlap_f1, assign, gold_groups, predict_groups, score_doc  # noqa: E402

AUX_TAGS = {"VAFIN", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP", "VAIMP"}
PREP_PARTS = {"laut": "laut", "zufolge": "zufolge", "nach": "nach/gemäß", "gemäß": "nach/gemäß",
              "demnach": "nach/gemäß", "wonach": "nach/gemäß", "so": "so", "wie": "wie", "als": "als"}
KIND_NAMES = {
    "a": "(a) quote missed",
    "b": "(b) wrong word (paired, no token in common)",
    "b0": "(b0) found, no cue emitted",
    "c1": "(c) spurious cue: gold quote has none",
    "c2": "(c) spurious cue: quote has no gold partner",
    "d": "(d) partial (overlapping cues)",
    "e": "(e) paired without a shared message token",
}


def part_of(tok) -> str:
    """The part of a cue a spaCy token plays (the kinds of the brief's table)."""
    low = tok.text.lower()
    if low in PREP_PARTS:
        return PREP_PARTS[low]
    if tok.tag_ == "PTKVZ" or (tok.tag_ == "PROAV" or (low.startswith(("da", "wo")) and tok.pos_ == "ADV"
                                                        and low not in ("dann", "damals", "dabei", "doch"))):
        return "particle / pron. adverb"
    if tok.tag_ in AUX_TAGS or tok.pos_ == "AUX":
        return "auxiliary"
    if tok.tag_ == "PRF" or low in ("sich", "es"):
        return "sich / es"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun (Angaben …)"
    if tok.pos_ == "VERB":
        return "main verb"
    if tok.pos_ in ("ADJ", "ADV"):
        return "adj / adv"
    if not tok.text[:1].isalnum():
        return "punctuation"
    return "other"


def pieces(ids) -> int:
    """Contiguous runs of token ids ("teilte … mit" is two)."""
    ids = sorted(ids)
    return sum(1 for k, t in enumerate(ids) if k == 0 or t != ids[k - 1] + 1)


class Census:
    """Token tallies per (kind, sub-kind), the overlay counters and examples, over all articles."""

    def __init__(self, nex: int, dump=None) -> None:
        self.nex = nex
        # one JSON line per quote (pair or singleton) with a cue error, for reading the cases (--dump)
        self.dump = dump
        self.tp = 0
        self.fp: Counter = Counter()
        self.fn: Counter = Counter()
        self.quotes: Counter = Counter()
        self.words: dict[str, Counter] = defaultdict(Counter)
        self.over: Counter = Counter()
        self.ex: dict[str, list[str]] = defaultdict(list)
        self.doc_tp = self.doc_fp = self.doc_fn = 0

    def add(self, kind: str, sub: str, fp_ids, fn_ids, sample: str | None = None) -> None:
        self.fp[(kind, sub)] += len(fp_ids)
        self.fn[(kind, sub)] += len(fn_ids)
        self.quotes[(kind, sub)] += 1
        if sample and len(self.ex[kind]) < self.nex:
            self.ex[kind].append(sample)

    def article(self, g, doc, sys_g, gold_g) -> None:
        starts = [t.idx for t in doc]

        def stok(t: int):
            return doc[max(0, bisect_right(starts, g.tokens[t][0]) - 1)]

        def text(ids) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids))

        def sample(sg, gg, note: str = "") -> str:
            form = f"{sg.form if sg else '-'} -> {gg.form if gg else '-'}"
            msg = text((gg or sg).roles["quote"]).replace("\n", " ")
            return (f"[{form}] ours=[{text(sg.roles['cue']) if sg else ''}] gold=[{text(gg.roles['cue']) if gg else ''}]"
                    f"{note} msg=[{msg[:90]}]")

        def record(kind: str, sg, gg) -> None:
            if self.dump is None:
                return
            S, G = set(sg.roles["cue"]) if sg else set(), set(gg.roles["cue"]) if gg else set()
            if S == G:
                return
            m = (gg or sg).roles["quote"]
            sent = stok(min(m)).sent.text if m else ""
            self.dump.write(json.dumps({
                "doc": g.name, "kind": kind, "ours": [sg.form, sg.nested] if sg else None,
                "gold": [gg.form, gg.nested] if gg else None, "our_cue": text(S), "gold_cue": text(G),
                "tp": len(S & G), "fp": len(S - G), "fn": len(G - S),
                "our_msg": text(sg.roles["quote"])[:200] if sg else "", "gold_msg": text(gg.roles["quote"])[:200] if gg else "",
                "sent": sent[:400]}, ensure_ascii=False) + "\n")

        pairs = assign(sys_g, gold_g)
        paired_s = {si: gi for si, gi in pairs}
        paired_g = {gi: si for si, gi in pairs}
        s_cues = [set(s.roles["cue"]) for s in sys_g]
        g_cues = [set(x.roles["cue"]) for x in gold_g]
        # article-level ceiling: cue tokens matched in the article whatever quote carries them
        all_s, all_g = set().union(*s_cues) if s_cues else set(), set().union(*g_cues) if g_cues else set()
        self.doc_tp += len(all_s & all_g)
        self.doc_fp += len(all_s - all_g)
        self.doc_fn += len(all_g - all_s)
        # a token in two gold cues (one frame, two messages) / in two of our cues
        g_count = Counter(t for c in g_cues for t in c)
        s_count = Counter(t for c in s_cues for t in c)
        for gi, G in enumerate(g_cues):
            if not G:
                continue
            self.over["gold quotes with a cue"] += 1
            self.over["gold cue tokens"] += len(G)
            n = pieces(G)
            self.over[f"gold cues of {min(n, 3)}{'+' if n >= 3 else ''} piece(s)"] += 1
            S = s_cues[paired_g[gi]] if gi in paired_g else set()
            if n > 1:
                self.over["gold cue tokens in cues of 2+ pieces"] += len(G)
                self.over["gold cue tokens in cues of 2+ pieces, FN"] += len(G - S)
                if S & G and G - S:
                    self.over["gold cues of 2+ pieces, partly found (quotes)"] += 1
            shared = {t for t in G if g_count[t] > 1}
            if shared:
                self.over["gold cue tokens shared with another gold quote (per quote)"] += len(shared)
                self.over["gold cue tokens shared with another gold quote, FN"] += len(shared - S)
                self.over["gold cue tokens shared with another gold quote, FN, quote missed"] += \
                    len(shared - S) if gi not in paired_g else 0
        for si, S in enumerate(s_cues):
            shared = {t for t in S if s_count[t] > 1}
            if shared:
                G = g_cues[paired_s[si]] if si in paired_s else set()
                self.over["our cue tokens shared with another of our quotes (per quote)"] += len(shared)
                self.over["our cue tokens shared with another of our quotes, FP"] += len(shared - G)

        for si, gi in pairs:
            sg, gg = sys_g[si], gold_g[gi]
            S, G = s_cues[si], g_cues[gi]
            self.tp += len(S & G)
            if not S and not G:
                continue
            ov = _overlap_f1(gg.roles["quote"], sg.roles["quote"])
            others_g = set().union(*[c for j, c in enumerate(g_cues) if j != gi]) if len(g_cues) > 1 else set()
            others_s = set().union(*[c for j, c in enumerate(s_cues) if j != si]) if len(s_cues) > 1 else set()
            self.over["FP tokens that are another gold quote's cue"] += len((S - G) & others_g)
            self.over["FN tokens another of our quotes has as cue"] += len((G - S) & others_s)
            if 0 < ov < 0.5:
                self.over["FP tokens in pairs with message F1 < 0.5"] += len(S - G)
                self.over["FN tokens in pairs with message F1 < 0.5"] += len(G - S)
            if ov == 0:
                self.add("e", f"{sg.form} -> {gg.form}", S - G, G - S, sample(sg, gg))
                record("e", sg, gg)
                continue
            record("b0" if not S else "c1" if not G else "b" if not S & G else "d", sg, gg)
            if not S:
                self.add("b0", f"{sg.form} -> {gg.form}", set(), G, sample(sg, gg))
            elif not G:
                self.add("c1", f"{sg.form} -> {gg.form}", S, set(), sample(sg, gg))
            elif not S & G:
                for t in S:
                    self.add("b", f"ours: {part_of(stok(t))}", {t}, set())
                for t in G:
                    self.add("b", f"gold: {part_of(stok(t))}", set(), {t})
                self.words["b pairs"][f"{text(S).lower()} | {text(G).lower()}"] += 1
                if len(self.ex["b"]) < self.nex:
                    self.ex["b"].append(sample(sg, gg))
            else:
                for t in S - G:
                    self.add("d", f"extra: {part_of(stok(t))}", {t}, set())
                    self.words["d extra"][text({t}).lower()] += 1
                for t in G - S:
                    self.add("d", f"missing: {part_of(stok(t))}", set(), {t})
                    self.words["d missing"][text({t}).lower()] += 1
                if S != G:
                    self.quotes[("d", "quotes")] += 1
                    self.words["d pairs"][f"{text(S).lower()} | {text(G).lower()}"] += 1
                    if len(self.ex["d"]) < self.nex:
                        self.ex["d"].append(sample(sg, gg, f" extra=[{text(S - G)}] missing=[{text(G - S)}]"))
        for si, sg in enumerate(sys_g):
            if si not in paired_s and s_cues[si]:
                others_g = set().union(*g_cues) if g_cues else set()
                self.over["FP tokens that are another gold quote's cue"] += len(s_cues[si] & others_g)
                self.add("c2", str(sg.form), s_cues[si], set(), sample(sg, None))
                record("c2", sg, None)
        for gi, gg in enumerate(gold_g):
            if gi not in paired_g and g_cues[gi]:
                others_s = set().union(*s_cues) if s_cues else set()
                self.over["FN tokens another of our quotes has as cue"] += len(g_cues[gi] & others_s)
                self.add("a", str(gg.form), set(), g_cues[gi], sample(None, gg))
                record("a", None, gg)

    def report(self, sc: Scores, out=sys.stdout) -> dict:
        w = out.write
        FP, FN, tp = sum(self.fp.values()), sum(self.fn.values()), self.tp
        assert (tp, FP, FN) == (sc.tp["cue"], sc.fp["cue"], sc.fn["cue"]), "census and scorer disagree"
        p, r, f1 = Scores.prf(tp, FP, FN)
        mp, mr, mf = sc.overlap("quote")
        w(f"cue: TP {tp} FP {FP} FN {FN}  P {p:.4f} R {r:.4f} F1 {f1:.4f}   (message {mf:.4f} speaker "
          f"{sc.overlap('speaker')[2]:.4f})\n")
        w(f"{'kind':<46} {'sub-kind':<36} {'quotes':>6} {'FP':>5} {'FN':>5}  F1 if fixed  share of the loss\n")
        loss = FP + FN

        def fixed(a: int, b: int) -> float:
            return 2 * (tp + b) / max(1, 2 * (tp + b) + FP - a + FN - b)

        tops: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for k in set(self.fp) | set(self.fn):
            tops[k[0]][0] += self.fp[k]
            tops[k[0]][1] += self.fn[k]
            tops[k[0]][2] += self.quotes[k]
        res: dict = {"tp": tp, "fp": FP, "fn": FN, "p": p, "r": r, "f1": f1, "message_f1": mf,
                     "speaker_f1": sc.overlap("speaker")[2], "kinds": {}}
        for top in sorted(tops, key=lambda x: (-sum(tops[x][:2]), x)):
            a, b, nq = tops[top]
            if top in ("b", "d"):
                nq = self.quotes[(top, "quotes")] if top == "d" else sum(self.words["b pairs"].values())
            w(f"{KIND_NAMES[top]:<46} {'(all)':<36} {nq:6d} {a:5d} {b:5d}  {fixed(a, b):.4f}       "
              f"{(a + b) / max(1, loss):.3f}\n")
            res["kinds"][top] = {"name": KIND_NAMES[top], "quotes": nq, "fp": a, "fn": b, "f1_if_fixed": fixed(a, b),
                                 "sub": {}}
            subs = [k for k in set(self.fp) | set(self.fn) if k[0] == top and k[1] != "quotes"]
            for k in sorted(subs, key=lambda k: (-(self.fp[k] + self.fn[k]), k))[:12]:
                q = "" if top in ("b", "d") else f"{self.quotes[k]:6d}"
                w(f"{'':<46} {k[1]:<36} {q:>6} {self.fp[k]:5d} {self.fn[k]:5d}  {fixed(self.fp[k], self.fn[k]):.4f}\n")
                res["kinds"][top]["sub"][k[1]] = {"fp": self.fp[k], "fn": self.fn[k]}
        w(f"(F1 if fixed: the kind's FN turned TP and its FP dropped; share: of all {loss} FP + FN tokens)\n")
        dp, dr, df = Scores.prf(self.doc_tp, self.doc_fp, self.doc_fn)
        w("\n(e) scorer-level overlay (tokens; cuts across the kinds above)\n")
        w(f"  cue F1 if cue tokens were matched per article, whatever quote carries them: P {dp:.4f} R {dr:.4f} "
          f"F1 {df:.4f} (TP {self.doc_tp} FP {self.doc_fp} FN {self.doc_fn})\n")
        for k, v in sorted(self.over.items()):
            w(f"  {k:<70} {v:6d}\n")
        res["article_level"] = {"p": dp, "r": dr, "f1": df}
        res["overlay"] = dict(self.over)
        for k in ("b pairs", "d pairs", "d extra", "d missing"):
            w(f"\n{k} (ours | gold, lower case), most frequent:\n  ")
            w("; ".join(f"{t} ×{n}" for t, n in self.words[k].most_common(18)) + "\n")
            res[k] = self.words[k].most_common(30)
        for k in sorted(self.ex):
            w(f"\n== {KIND_NAMES[k]}\n")
            for e in self.ex[k]:
                w("  " + e + "\n")
        return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    analysis_args(ap, examples=6)
    ap.add_argument("--acts-cv", default=None, help="acts_cv.py models: the act classifier cross-fitted (train)")
    ap.add_argument("--json", default=None, help="also write the tallies as JSON here")
    ap.add_argument("--dump", default=None, help="write one JSON line per quote with a cue error here")
    args = ap.parse_args(argv)
    run = setup(args, args.limit)
    by_text = {d.text: d for d in run.docs}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    census, sc = Census(args.examples, dump), Scores()
    for i in run.articles(args.folds, args.fold_count):
        g = run.gold[i]
        sys_g, gold_g = predict_groups(g, run.nlp), gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        census.article(g, by_text[g.text], sys_g, gold_g)
    res = census.report(sc)
    if dump:
        dump.close()
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
