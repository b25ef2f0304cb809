"""Round 29's census of the cue RECALL side (de_quotes card, Round 29, q1): where every missed gold cue token lies — its
gold quote unpaired (missed), paired with a quote of ours without a cue, with a cue sharing some of its words (partial)
or none (other words) — read from a saved extraction (cue_r23_ab.py ``--save``):

    OMP_NUM_THREADS=1 python training/quotes/cue_recall29.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load q_tr0.pkl --load q_tr1.pkl [--dump rows.jsonl]

A pair whose messages share no token counts as unpaired here (the scorer still scores its cues against each other, so
the total differs from the scorer's FN by a few tokens).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from bisect import bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_frames26 import load_saved  # noqa: E402

from newsgraph.eval.quotes import _overlap_f1, assign, gold_groups, quote_groups  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--dump")
    args = ap.parse_args(argv)
    args.folds = args.acts_cv = None
    run = setup(args)
    saved = load_saved(args.load)
    by_text = {d.text: d for d in run.docs}
    tokens: collections.Counter = collections.Counter()
    quotes: collections.Counter = collections.Counter()
    words: dict = collections.defaultdict(collections.Counter)
    dump = open(args.dump, "w") if args.dump else None
    for i in sorted(saved):
        g = run.gold[i]
        doc = by_text[g.text]
        starts = [t.idx for t in doc]

        def word(t: int, doc=doc, starts=starts, g=g) -> str:
            return doc[max(0, bisect_right(starts, g.tokens[t][0]) - 1)].text.lower()

        def text(ids, g=g) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids)).replace("\n", " ")

        sys_g, gold_g = quote_groups(g, saved[i]), gold_groups(g)
        by_gold = {gi: si for si, gi in assign(sys_g, gold_g)}
        for gi, x in enumerate(gold_g):
            gc = set(x.roles["cue"])
            if not gc:
                continue
            si = by_gold.get(gi)
            ours: set = set()
            if si is None or _overlap_f1(x.roles["quote"], sys_g[si].roles["quote"]) == 0:
                k = f"gold quote unpaired / missed ({x.form}{' nested' if x.nested else ''})"
            else:
                ours = set(sys_g[si].roles["cue"])
                if not ours:
                    k = f"paired, ours cue-less (ours {sys_g[si].form}{' nested' if sys_g[si].nested else ''} -> gold {x.form})"
                elif ours & gc:
                    k = "paired, ours partial"
                else:
                    k = "paired, ours other words"
            fn = gc - ours
            if not fn:
                continue
            tokens[k] += len(fn)
            quotes[k] += 1
            words[k].update(word(t) for t in fn)
            if dump:
                dump.write(json.dumps(dict(art=i, k=k, gold=text(gc), ours=text(ours), miss=text(fn),
                                           msg=text(x.roles["quote"])[:120], sp=text(x.roles["speaker"])),
                                      ensure_ascii=False) + "\n")
    print("cue FN tokens", sum(tokens.values()))
    for k in sorted(tokens, key=lambda k: -tokens[k]):
        print(f"{k:<84} quotes {quotes[k]:4d} tokens {tokens[k]:4d}  {words[k].most_common(6)}")
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
