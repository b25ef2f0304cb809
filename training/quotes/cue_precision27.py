"""Round 27's cue PRECISION census (de_cues card, Round 27, h1): every cue token we output that gold does not have
(an FP cue token of the overlap score), by kind, read from a saved extraction (cue_r23_ab.py ``--save``), so the
census is the pipeline's final quotes:

    OMP_NUM_THREADS=1 python training/quotes/cue_precision27.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load q_tr0.pkl --load q_tr1.pkl [--examples 3] [--dump rows.jsonl]

Quotes are paired as the scorer pairs them (eval.quotes.assign); a pair whose messages share no token is scored by the
scorer (its cues against each other) but is no real pair here. Each FP cue token of a quote of ours falls in exactly
one class, tested in this order:

* spurious: our message shares no token with any gold message (by our mode and origin);
* fragment: our message overlaps a gold message, but the scorer paired that gold quote with another quote of ours
  (gold's quote split or nested across ours) — "cue of a quote gold splits or nests";
* another gold quote's cue, on a found quote: the token is the cue of a gold quote other than our partner — "nest"
  when that gold quote's message overlaps ours or nests with our partner's, "neighbour" otherwise;
* gold splits our message: our found quote's message overlaps two or more gold messages (the token is no gold cue);
* gold leaves the found quote cue-less;
* extra words: our cue shares a token with gold's; by what the extra word is (particle, auxiliary, "wie", "so",
  adverb, a frame's noun "nach Angaben", sich / es, a second verb, …);
* wrong word: our cue shares no token with gold's (other).

``--dump`` writes one json row per FP token (class, kind, word, tag, dep, our mode / origin, the quote's cue and
message text) for reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_census25 import print_words_examples  # noqa: E402
from cue_frames26 import load_saved  # noqa: E402

from newsgraph.eval.quotes import Scores, _overlap_f1, assign, gold_groups, quote_groups, score_doc  # noqa: E402

AUX_TAGS = {"VAFIN", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP", "VAIMP"}
SOURCE = {"laut", "zufolge", "nach", "gemäß", "demnach", "wonach", "danach"}


def word_kind(tok) -> str:
    """What an extra cue word is (the brief's kinds first)."""
    low = tok.text.lower()
    if low in ("wie", "so", "als"):
        return f'"{low}"'
    if low in SOURCE:
        return "source word (laut / nach / zufolge …)"
    if tok.tag_ == "PTKVZ":
        return "separated particle"
    if tok.tag_ == "PROAV" or (low.startswith(("da", "wo")) and tok.pos_ == "ADV"
                               and low not in ("dann", "damals", "dabei", "doch")):
        return "pronominal adverb (dazu, darauf …)"
    if tok.tag_ in AUX_TAGS or tok.pos_ == "AUX":
        return "auxiliary / modal"
    if tok.tag_ == "PRF" or low in ("sich", "es"):
        return "sich / es"
    if tok.tag_ in ("ART", "APPR", "APPRART", "KON", "KOUS", "PTKZU", "PTKNEG"):
        return "function word (article, prep., zu, nicht …)"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun (a frame's noun: Angaben, Worten …)"
    if tok.pos_ == "VERB":
        return "a (second) main verb"
    if tok.pos_ in ("ADJ", "ADV"):
        return "adverb / adjective"
    if not tok.text[:1].isalnum():
        return "punctuation"
    return "other"


class Census:
    def __init__(self, nex: int, dump=None) -> None:
        self.nex = nex
        self.fp: Counter = Counter()
        self.quotes: dict = defaultdict(set)
        self.words: dict[str, Counter] = defaultdict(Counter)
        self.ex: dict[str, list[str]] = defaultdict(list)
        self.tp = self.fn = 0
        self.dump = dump
        self.exq: set = set()

    def add(self, cls: str, sub: str, n: int, qkey, ex: str | None = None, row: dict | None = None) -> None:
        self.fp[(cls, sub)] += n
        self.quotes[(cls, sub)].add(qkey)
        if ex and len(self.ex[cls]) < self.nex and (cls, qkey) not in self.exq:
            self.exq.add((cls, qkey))
            self.ex[cls].append(ex)
        if row is not None and self.dump:
            self.dump.write(json.dumps(dict(row, cls=cls, sub=sub), ensure_ascii=False) + "\n")

    def article(self, ai, g, doc, sys_g, gold_g) -> None:
        starts = [t.idx for t in doc]

        def stok(t: int):
            return doc[max(0, bisect_right(starts, g.tokens[t][0]) - 1)]

        def text(ids) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids)).replace("\n", " ")

        pairs = assign(sys_g, gold_g)
        ps = dict(pairs)
        real = {si: gi for si, gi in pairs if _overlap_f1(gold_g[gi].roles["quote"], sys_g[si].roles["quote"]) > 0}
        S = [set(s.roles["cue"]) for s in sys_g]
        G = [set(x.roles["cue"]) for x in gold_g]
        SM = [set(s.roles["quote"]) for s in sys_g]
        GM = [set(x.roles["quote"]) for x in gold_g]
        for si, gi in pairs:
            self.tp += len(S[si] & G[gi])
            self.fn += len(G[gi] - S[si])
        paired_g = {gi for _, gi in pairs}
        self.fn += sum(len(G[gi]) for gi in range(len(gold_g)) if gi not in paired_g)
        for si, sg in enumerate(sys_g):
            gi = ps.get(si)
            fp = S[si] - (G[gi] if gi is not None else set())
            if not fp:
                continue
            qkey = (ai, si)
            over = [j for j in range(len(gold_g)) if GM[j] & SM[si]]
            typ = f"{sg.form}{' nested' if sg.nested else ''}"
            origin = sg.extra.get("origin", "")
            base = {"art": ai, "mode": typ, "origin": origin, "cue": text(S[si]),
                    "msg": text(SM[si])[:160], "gold_cue": text(G[gi]) if si in real else ""}
            for t in sorted(fp):
                tok = stok(t)
                row = dict(base, word=tok.text, tag=tok.tag_, pos=tok.pos_, dep=tok.dep_, kind=word_kind(tok))
                ex = f"[{typ} {origin}] ours=[{text(S[si])}] gold=[{base['gold_cue']}] msg=[{text(SM[si])[:90]}]"
                if not over:
                    self.add("spurious", f"{typ} ({origin})", 1, qkey, ex, row)
                    self.words["spurious: word"][tok.text.lower()] += 1
                    continue
                if si not in real:
                    self.add("fragment", f"{typ} ({origin})", 1, qkey, ex, row)
                    continue
                gp = real[si]
                other = [j for j in range(len(gold_g)) if j != gp and t in G[j]]
                if other:
                    j = other[0]
                    nest = bool(GM[j] & SM[si]) or gold_g[j].nested or gold_g[gp].nested \
                        or GM[j] <= GM[gp] or GM[gp] <= GM[j]
                    cls = "nest" if nest else "neighbour"
                    self.add(cls, f"our {typ} -> gold {gold_g[gp].form}, the cue of gold {gold_g[j].form}"
                                  f"{' nested' if gold_g[j].nested else ''}", 1, qkey,
                             ex + f" (cue of gold msg=[{text(GM[j])[:60]}])", row)
                    continue
                if len(over) >= 2:
                    self.add("split", f"our {typ} over {len(over)} gold quotes", 1, qkey, ex, row)
                    continue
                if not G[gp]:
                    self.add("cue-less", f"our {typ} -> gold {gold_g[gp].form}", 1, qkey, ex, row)
                    self.words["cue-less: our cue"][text(S[si]).lower()] += 1
                    continue
                if S[si] & G[gp]:
                    k = word_kind(tok)
                    self.add("extra", k, 1, qkey, ex, row)
                    self.words[f"extra: {k}"][tok.text.lower()] += 1
                    if len(self.ex[f"extra {k}"]) < self.nex and (k, qkey) not in self.exq:
                        self.exq.add((k, qkey))
                        self.ex[f"extra {k}"].append(ex)
                    continue
                self.add("wrong", f"ours {word_kind(tok)}", 1, qkey, ex, row)
                self.words["wrong: ours / gold"][f"{text(S[si]).lower()} / {text(G[gp]).lower()}"] += 1

    def report(self, sc: Scores) -> None:
        FP = sum(self.fp.values())
        assert (self.tp, FP, self.fn) == (sc.tp["cue"], sc.fp["cue"], sc.fn["cue"]), \
            ((self.tp, FP, self.fn), (sc.tp["cue"], sc.fp["cue"], sc.fn["cue"]))
        tp, fn = self.tp, self.fn
        print(f"cue TP {tp} FP {FP} FN {fn} F1 {Scores.prf(tp, FP, fn)[2]:.5f}  P {Scores.prf(tp, FP, fn)[0]:.4f}  "
              f"message {sc.overlap('quote')[2]:.4f} speaker {sc.overlap('speaker')[2]:.5f}")

        def fixed(a):
            return 2 * tp / max(1, 2 * tp + FP - a + fn)

        names = {"spurious": "spurious quote (no gold message overlaps ours)",
                 "fragment": "fragment: gold's quote is paired with another of ours (gold splits / nests)",
                 "nest": "found quote, cue of a gold quote nested in / around / overlapping ours",
                 "neighbour": "found quote, cue of a neighbouring gold quote",
                 "split": "found quote, our message over two+ gold quotes (no gold cue)",
                 "cue-less": "found quote gold leaves cue-less",
                 "extra": "found quote, extra cue words (ours shares a token with gold's)",
                 "wrong": "found quote, wrong word (ours shares none with gold's)"}
        for cls in names:
            keys = [k for k in self.fp if k[0] == cls]
            a = sum(self.fp[k] for k in keys)
            nq = len(set().union(*[self.quotes[k] for k in keys])) if keys else 0
            print(f"\n{names[cls]}: quotes {nq} FP tokens {a} ({a / max(1, FP):.1%}) cue F1 if gone {fixed(a):.5f}")
            for k in sorted(keys, key=lambda k: -self.fp[k])[:14]:
                print(f"   {k[1]:<90} {len(self.quotes[k]):5d} {self.fp[k]:5d}")
        print_words_examples(self.words, self.ex)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--dump")
    args = ap.parse_args(argv)
    args.folds = args.acts_cv = None
    run = setup(args)
    by_text = {d.text: d for d in run.docs}
    saved = load_saved(args.load)
    dump = open(args.dump, "w") if args.dump else None
    cen, sc = Census(args.examples, dump), Scores()
    for i in sorted(saved):
        g = run.gold[i]
        sys_g, gold_g = quote_groups(g, saved[i], lambda q: {"origin": q.origin or ""}), gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        cen.article(i, g, by_text[g.text], sys_g, gold_g)
    cen.report(sc)
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
