"""Round 26 (de_quotes card, Round 26, h12): the missed gold quotes with a cue that lie in a sentence beside a quote of
ours (h1's census row "beside a quote of ours", cue_frames26.py), classed by what gold does against what we do:

* ``b nested``: quotes-de marks the quote nested (a quote inside a quote of its own);
* ``c cue taken``: a quote of ours in the sentence carries (part of) the missed quote's cue but pairs with another gold
  quote or none (our quote took the other frame's cue);
* ``a split``: gold has two quotes in the sentence, ours one message over both (paired with the other one), or ours on
  the other only; by what heads the missed quote's cue (a second cue verb, "so X", "laut X", "nach X" / another source
  word, a word after a semicolon / colon, another word);
* ``d other``.

Reads saved final quotes (cue_r23_ab.py --save, honest protocol; e.g. /tmp/h1/r26/q_tr0.pkl, q_tr1.pkl)::

    OMP_NUM_THREADS=1 python training/quotes/beside26.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load /tmp/h1/r26/q_tr0.pkl --load /tmp/h1/r26/q_tr1.pkl --examples 3
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_frames26 import cue_top, gold_cue_tokens, load_saved  # noqa: E402

from newsgraph.eval.quotes import _overlap_f1, assign, gold_groups, quote_groups  # noqa: E402


def char_tokens(doc, spans) -> set[int]:
    out = set()
    for s, e in spans:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            out |= set(range(sp.start, sp.end))
    return out


def split_kind(doc, cue_ids: set[int], top) -> str:
    w = top.text.lower()
    if w in ("laut", "nach", "zufolge", "gemäß", "demnach", "danach"):
        return "source frame (" + ("laut" if w == "laut" else "nach" if w == "nach" else "other source") + ")"
    if w == "so":
        return "so X"
    prev = doc[min(cue_ids) - 1] if min(cue_ids) > 0 else None
    if top.pos_ in ("VERB", "AUX"):
        return "second cue verb"
    if prev is not None and prev.text in (";", ":"):
        return "after " + prev.text
    return "other cue word (" + top.pos_ + ")"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    run = setup(args)
    by_text = {d.text: d for d in run.docs}
    saved = load_saved(args.load)
    rows = []
    for i in sorted(saved):
        g = run.gold[i]
        doc = by_text[g.text]
        quotes = saved[i]
        sys_g, gold_g = quote_groups(g, quotes, lambda q: {"id": id(q)}), gold_groups(g)
        pairs = assign(sys_g, gold_g)
        pg = {gi: si for si, gi in pairs if _overlap_f1(gold_g[gi].roles["quote"], sys_g[si].roles["quote"]) > 0}
        cues, stok = gold_cue_tokens(g, doc)
        gmsg = [{stok(t) for t in gg.roles["quote"]} for gg in gold_g]
        ours = [(q, char_tokens(doc, q.message), char_tokens(doc, q.cue)) for q in quotes]
        for gi, gg in enumerate(gold_g):
            if not cues[gi] or gi in pg or not gmsg[gi]:
                continue
            sent = Counter(doc[x].sent.start for x in gmsg[gi]).most_common(1)[0][0]
            s = doc[sent].sent
            rng = set(range(s.start, s.end))
            here = [(q, m, c) for q, m, c in ours if m & rng]
            if not here:
                continue  # not "beside a quote of ours"
            top = cue_top(doc, cues[gi])
            others = [gj for gj in range(len(gold_g)) if gj != gi and gmsg[gj] & rng]
            # the quote of ours with the most of the missed message, and the gold quote it pairs with
            best = max(range(len(here)), key=lambda k: len(gmsg[gi] & here[k][1]))
            qb, mb, cb = here[best]
            si = next((k for k, sg in enumerate(sys_g) if sg.extra["id"] == id(qb)), None)
            paired = next((gj for s2, gj in pairs if s2 == si), None)
            if gg.nested:
                cls = "b nested (gold nests it in " + ("ours" if mb & gmsg[gi] else "another quote") + ")"
            elif mb & gmsg[gi] and paired is not None and paired != gi:
                cls = "a split (ours one message over two gold quotes): " + split_kind(doc, cues[gi], top)
            elif any(c & cues[gi] for _, _, c in here):
                cls = "c cue taken"
            elif others:
                cls = "a split (ours on the other gold quote only): " + split_kind(doc, cues[gi], top)
            else:
                cls = "d other"
            rows.append({"cls": cls, "doc": g.name, "ntok": len(cues[gi]), "gold": gg.form,
                         "cue": " ".join(doc[x].text for x in sorted(cues[gi])),
                         "msg": " ".join(doc[x].text for x in sorted(gmsg[gi]))[:80],
                         "ours": ["{} cue=[{}] msg=[{}]".format(q.mode + (" nested" if q.nested else ""),
                                                           " ".join(doc[x].text for x in sorted(c)),
                                                           " ".join(doc[x].text for x in sorted(m))[:80]) for q, m, c in here],
                         "sent": s.text[:160]})
    print(f"missed gold quotes with a cue beside a quote of ours: {len(rows)}, cue tokens {sum(r['ntok'] for r in rows)}")
    top_cls = Counter()
    for r in rows:
        top_cls[r["cls"].split(":")[0].split(" (")[0]] += 1
    print("by class: " + "; ".join(f"{c} {n}" for c, n in sorted(top_cls.items())))
    by = defaultdict(list)
    for r in rows:
        by[r["cls"]].append(r)
    for c in sorted(by):
        rs = by[c]
        print(f"\n== {c}: {len(rs)} quotes, {sum(r['ntok'] for r in rs)} cue tokens")
        for r in rs[:args.examples]:
            print(f"   [{r['gold']}] {r['doc'][:40]}\n      cue=[{r['cue']}] msg=[{r['msg']}]\n      sent: {r['sent']}")
            for o in r["ours"]:
                print(f"      ours: {o}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
