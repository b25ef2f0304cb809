"""Round 28's speaker census over a speaker_precision.py dump: every FP and FN speaker token, by pairing, and two
classes speaker_wrong27.py leaves out (de_speakers card, Round 28, q2).

    python training/quotes/speaker_census28.py DUMP.pkl --cache QCACHE.spacy totals
    python training/quotes/speaker_census28.py DUMP.pkl --cache QCACHE.spacy none [--examples N]
    python training/quotes/speaker_census28.py DUMP.pkl --cache QCACHE.spacy span [--examples N]

* totals: the scorer's FP / FN speaker tokens split by the pairing (eval.quotes.assign): paired quotes where ours has
  no speaker and gold has one (FN), gold none (FP), no shared token (FP and FN), overlapping spans (the extra and the
  missing tokens); unpaired quotes of ours (FP) and of gold (FN). The rows add up to the scorer's FP and FN.
* none: the paired quotes where we name no speaker and gold does, by our mode / cue, where gold's speaker stands
  (the message's sentences, earlier, later) and what it is (a pronoun, inside our message, our cue verb's subject,
  another verb's subject, a prepositional phrase, other dependency).
* span: the overlapping spans: the extra / missing tokens before or after gold's (or our) span, by the first word.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_wrong27 import _chars, _sent, _text, is_pron, span  # noqa: E402

from newsgraph.eval.quotes import assign  # noqa: E402


def totals(rows, docs, n_ex) -> None:
    c: Counter = Counter()
    for row in rows:
        _, g, S, G = row[:4]
        pairs = assign(S, G)
        ps, pg = {si for si, _ in pairs}, {gi for _, gi in pairs}
        for si, gi in pairs:
            s, gs = set(S[si].roles["speaker"]), set(G[gi].roles["speaker"])
            if not s and not gs:
                continue
            if not s:
                c["paired, ours none, gold some: FN"] += len(gs)
                c["paired, ours none, gold some: quotes"] += 1
            elif not gs:
                c["paired, gold none: FP"] += len(s)
            elif not s & gs:
                c["paired, no shared token: FP"] += len(s)
                c["paired, no shared token: FN"] += len(gs)
            else:
                c["paired, overlap, extra tokens: FP"] += len(s - gs)
                c["paired, overlap, missing tokens: FN"] += len(gs - s)
        c["unpaired quotes of ours: FP"] += sum(len(sg.roles["speaker"]) for si, sg in enumerate(S) if si not in ps)
        c["unpaired gold quotes: FN"] += sum(len(gg.roles["speaker"]) for gi, gg in enumerate(G) if gi not in pg)
    for k, v in c.items():
        print(f"{k:45} {v:6d}")
    print(f"{'FP total':45} {sum(v for k, v in c.items() if k.endswith('FP')):6d}")
    print(f"{'FN total':45} {sum(v for k, v in c.items() if k.endswith('FN')):6d}")


def none(rows, docs, n_ex) -> None:
    tab: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    for row in rows:
        _, g, S, G = row[:4]
        doc = docs[g.text]
        for si, gi in assign(S, G):
            sg, gg = S[si], G[gi]
            s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
            if s or not gs:
                continue
            gold = span(doc, g, gs)
            msg = _chars(g, sg.roles["quote"]) | _chars(g, gg.roles["quote"])
            if gold is None or not msg:
                continue
            lo, hi = _sent(doc, min(msg)), _sent(doc, max(msg))
            gsn = _sent(doc, gold.start_char)
            where = "earlier" if gsn < lo else "later" if gsn > hi else "local"
            qch = _chars(g, sg.roles["quote"])
            inside = bool(qch) and min(qch) <= gold.start_char and gold.end_char - 1 <= max(qch)
            cue = _chars(g, sg.roles["cue"])
            cue_i = {t.i for t in doc if t.idx in cue}
            verbs = cue_i | {doc[k].head.i for k in cue_i}
            r = gold.root
            if is_pron(gold):
                rel = "a pronoun"
            elif inside:
                rel = "inside our message"
            elif r.dep_ in ("nsubj", "nsubj:pass") and r.head.i in verbs:
                rel = "our cue verb's subject"
            elif r.dep_ in ("nsubj", "nsubj:pass"):
                rel = "another verb's subject"
            elif any(c.dep_ == "case" for c in r.children) or gold[0].pos_ == "ADP":
                rel = "a prepositional phrase"
            else:
                rel = "other: " + r.dep_
            mode = sg.form + (", cue" if sg.roles["cue"] else ", no cue") + (", nested" if sg.nested else "")
            for k in ((mode, where, rel), ("*", where, "*"), ("*", where, rel), ("*", "*", rel), (mode, "*", "*")):
                tab[k]["n"] += 1
                tab[k]["fn"] += len(gs)
            if len(ex[(mode, where, rel)]) < n_ex:
                ex[(mode, where, rel)].append(f"gold=[{_text(g, gs)}] cue=[{_text(g, sg.roles['cue'])}] "
                                              f"msg=[{_text(g, sg.roles['quote'])[:100]}]")
    print(f"{'mode | where gold is | what gold is':<75} quotes    FN")
    for k, c in sorted(tab.items(), key=lambda kv: -kv[1]["fn"]):
        if c["fn"] >= 15 or "*" in k:
            print(f"{' | '.join(k):<75} {c['n']:6d} {c['fn']:5d}")
    for k in sorted(ex, key=lambda k: -tab[k]["fn"])[:14]:
        print("\n==", " | ".join(k), tab[k]["n"], tab[k]["fn"])
        for line in ex[k]:
            print("   ", line[:260])


def span_census(rows, docs, n_ex) -> None:
    tab: Counter = Counter()
    n: Counter = Counter()
    ex: dict = defaultdict(list)
    for row in rows:
        _, g, S, G = row[:4]
        for si, gi in assign(S, G):
            s, gs = set(S[si].roles["speaker"]), set(G[gi].roles["speaker"])
            if not s & gs:
                continue
            for what, ids, ref in (("extra", sorted(s - gs), gs), ("missing", sorted(gs - s), s)):
                lo, hi = min(ref), max(ref)
                for part, side in (([i for i in ids if i < lo], "before"), ([i for i in ids if i > hi], "after"),
                                   ([i for i in ids if lo <= i <= hi], "inside")):
                    if not part:
                        continue
                    first = g.text[g.tokens[part[0]][0]: g.tokens[part[0]][1]]
                    kind = f"{what} {side}"
                    if side == "after":
                        kind += f" [{first if first in (',', '(', '–', '-') else 'word'}]"
                    elif side == "before":
                        kind += f" [{first.lower() if len(part) <= 2 else '>2 tokens'}]"
                    tab[kind] += len(part)
                    n[kind] += 1
                    if len(ex[kind]) < n_ex:
                        ex[kind].append(f"ours=[{_text(g, s)}] gold=[{_text(g, gs)}]")
    agg: Counter = Counter()
    aggn: Counter = Counter()
    for k, v in tab.items():
        agg[k.split(" [")[0]] += v
        aggn[k.split(" [")[0]] += n[k]
    print(f"{'tokens of overlapping spans':<40} quotes tokens")
    for k, v in agg.most_common():
        print(f"{k:<40} {aggn[k]:6d} {v:6d}")
    for k, v in tab.most_common(12):
        print(f"   {k:<37} {n[k]:6d} {v:6d}")
    for k in sorted(ex, key=lambda k: -tab[k])[:6]:
        print("\n==", k, n[k], tab[k])
        for line in ex[k]:
            print("   ", line[:250])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("what", choices=("totals", "none", "span"))
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage

    rows = pickle.loads(Path(args.dump).read_bytes())
    docs = {}
    if args.what == "none":
        vocab = nlp_stage.load("de").vocab
        docs = {d.text: d for d in DocBin().from_disk(args.cache).get_docs(vocab)}
    {"totals": totals, "none": none, "span": span_census}[args.what](rows, docs, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
