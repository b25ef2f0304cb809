"""Round 29's census of the NESTING rows (de_quotes card, Round 29, q1): every nested quote of ours with the outer quote
of ours that holds it, the gold quotes the scorer pairs each with, and their cue tokens, read from a saved extraction
(cue_r23_ab.py ``--save``):

    OMP_NUM_THREADS=1 python training/quotes/nest_rows29.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load q_tr0.pkl --load q_tr1.pkl [--show]

Rows are grouped by (how gold pairs the nested quote, how gold's nested cue relates to gold's outer cue, whether ours
are the same cue), with the nested and the outer quote's cue TP / FP / FN against their partners (an outer quote with
two nested ones counts in both rows).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_frames26 import load_saved  # noqa: E402

from newsgraph.eval.quotes import _overlap_f1, assign, gold_groups, quote_groups  # noqa: E402


def outer_of(sys_g, ni: int):
    """The first non-nested quote of ours whose message (with its cue) holds nested quote ``ni``'s message, else the
    first one that meets it."""
    nm = set(sys_g[ni].roles["quote"])
    for oi, o in enumerate(sys_g):
        if oi != ni and not o.nested and nm <= set(o.roles["quote"]) | set(o.roles["cue"]):
            return oi
    for oi, o in enumerate(sys_g):
        if not o.nested and nm & set(o.roles["quote"]):
            return oi
    return None


def kind(gold_g, gn, go, nc, oc) -> tuple[str, str, str]:
    if gn is None:
        return "unpaired", "n/a", "ours same cue" if nc == oc else ("ours nested cue-less" if not nc else "ours differ")
    g = gold_g[gn]
    gnc = set(g.roles["cue"])
    goc = set(gold_g[go].roles["cue"]) if go is not None else set()
    paired = f"{'gold-nested' if g.nested else 'gold-top'}/{g.form}"
    if not gnc:
        rel = "gold nested cue-less"
    elif go is not None and gnc == goc:
        rel = "gold nested cue = gold outer cue"
    elif go is not None and gnc & goc:
        rel = "gold nested cue overlaps outer's"
    else:
        rel = "gold nested cue own"
    return paired, rel, "ours same cue" if nc == oc else ("ours nested cue-less" if not nc else "ours differ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--load", action="append", default=[])
    ap.add_argument("--show", action="store_true", help="print every row")
    args = ap.parse_args(argv)
    args.folds = args.acts_cv = None
    run = setup(args)
    saved = load_saved(args.load)
    count: collections.Counter = collections.Counter()
    toks: collections.Counter = collections.Counter()
    for i in sorted(saved):
        g = run.gold[i]
        sys_g = quote_groups(g, saved[i], lambda q: {"origin": q.origin or ""})
        gold_g = gold_groups(g)

        def text(ids, g=g) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids)).replace("\n", " ")

        pairs = dict(assign(sys_g, gold_g))
        real = {si: gi for si, gi in pairs.items() if _overlap_f1(gold_g[gi].roles["quote"], sys_g[si].roles["quote"]) > 0}
        for ni, n in enumerate(sys_g):
            if not n.nested:
                continue
            oi = outer_of(sys_g, ni)
            nc = set(n.roles["cue"])
            oc = set(sys_g[oi].roles["cue"]) if oi is not None else set()
            gn, go = real.get(ni), real.get(oi) if oi is not None else None
            k = kind(gold_g, gn, go, nc, oc)
            pn = set(gold_g[pairs[ni]].roles["cue"]) if ni in pairs else set()
            po = set(gold_g[pairs[oi]].roles["cue"]) if oi in pairs else set()
            count[k] += 1
            for role, mine, part in (("n", nc, pn), ("o", oc, po)):
                toks[k + (role, "tp")] += len(mine & part)
                toks[k + (role, "fp")] += len(mine - part)
                toks[k + (role, "fn")] += len(part - mine)
            if args.show:
                print(f"### art {i} nested {ni} [{'; '.join(k)}]")
                print(f"   N ours cue=[{text(nc)}] msg=[{text(n.roles['quote'])[:120]}] origin={n.extra['origin']}")
                if oi is not None:
                    o = sys_g[oi]
                    print(f"   O ours {o.form} cue=[{text(oc)}] msg=[{text(o.roles['quote'])[:160]}]")
                for tag, j in (("N", gn), ("O", go)):
                    if j is not None:
                        x = gold_g[j]
                        print(f"   gold {tag} {x.form} nested={x.nested} cue=[{text(x.roles['cue'])}] "
                              f"msg=[{text(x.roles['quote'])[:140]}]")
    print(f"{'kind':<84} {'n':>4}  nested tp/fp/fn   outer tp/fp/fn")
    for k in sorted(count, key=lambda k: -count[k]):
        n = "/".join(f"{toks[k + ('n', x)]}" for x in ("tp", "fp", "fn"))
        o = "/".join(f"{toks[k + ('o', x)]}" for x in ("tp", "fp", "fn"))
        print(f"{' | '.join(k):<84} {count[k]:4d}  {n:>14}   {o:>14}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
