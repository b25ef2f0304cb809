"""Where gold cue tokens go unpredicted (cue recall), by class (de_cues card, round 14).

    OMP_NUM_THREADS=1 python training/quotes/cue_misses.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r12/qcache_dev.spacy [--examples 10]
    (train: …/train --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        --acts-cv training/runs/h2/acts_cv.json)

Quotes pair as the scorer pairs them (eval.quotes.assign). Every FN cue token (gold cue token we do not give the
paired quote) falls in one class, each split by gold quote type:

* quote missed: the gold quote has no paired prediction;
* found, no cue: paired, we gave no cue (split by our mode, and "act" when the act classifier added the quote);
* cue elsewhere: paired, our cue shares no token with gold's;
* partial: paired, overlapping, gold tokens we lack, by part (cue_errors.part_of: particle, auxiliary, "laut",
  "nach", "wie", noun, main verb, …).

``--acts-cv`` uses the cross-fitted act classifier models of acts_cv.py (train: the shipped model saw every article).
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acts_cv  # noqa: E402
from cue_errors import part_of  # noqa: E402
from error_analysis import _Cached, _docs, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import (  # noqa: E402
    Scores,
    assign,
    chars_to_tokens,
    gold_groups,
    quote_groups,
    read_dir,
    score_doc,
)
from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes import extract_quotes  # noqa: E402


def mark_act_quotes() -> None:
    """Quotes the act classifier adds carry ``from_act`` (analysis only)."""
    orig = quotes_acts.add_acts

    def add(*a, **k):
        out = orig(*a, **k)
        for q in out:
            q.from_act = True
        return out

    quotes_acts.add_acts = add


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--chooser-cv", default=None, help="train_cues.py --cv-out DIR: each article's CV chooser")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--examples", type=int, default=8)
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    if args.acts_cv:
        acts_cv.use(args.acts_cv)
    if args.chooser_cv:
        acts_cv.use_chooser(args.chooser_cv)
    mark_act_quotes()
    gold = read_dir(args.dir)
    nlp = _Cached(_docs(gold, args.cache))
    fn: Counter = Counter()
    fn_type: Counter = Counter()
    fp_kind: Counter = Counter()
    quotes_n: Counter = Counter()
    ex: dict[str, list[str]] = defaultdict(list)
    sc = Scores()
    tp = 0
    for i in cross_fitted(len(gold), args.folds, 2):
        acts_cv.set_article(i)
        g = gold[i]
        doc = nlp(g.text)
        starts = [t.idx for t in doc]
        sg_all = quote_groups(g, extract_quotes(doc, "de"), lambda q, g=g: {
            "act": getattr(q, "from_act", False), "actverb": chars_to_tokens(q.act, g.tokens)})
        gg_all = gold_groups(g)
        score_doc(sc, sg_all, gg_all)

        def text(ids, g=g) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids))

        def stok(t, doc=doc, starts=starts, g=g):
            return doc[max(0, bisect_right(starts, g.tokens[t][0]) - 1)]

        pairs = assign(sg_all, gg_all)
        paired_g = {gi: si for si, gi in pairs}
        paired_s = {si for si, _ in pairs}
        for si, sg in enumerate(sg_all):
            if si not in paired_s and sg.roles["cue"]:
                fp_kind[("spurious", sg.form)] += len(sg.roles["cue"])
        for gi, gg in enumerate(gg_all):
            G = set(gg.roles["cue"])
            si = paired_g.get(gi)
            sg = sg_all[si] if si is not None else None
            S = set(sg.roles["cue"]) if sg else set()
            tp += len(G & S)
            if sg is not None and S - G:
                fp_kind[("paired" if G else "gold has none", f"{sg.form}->{gg.form}" + (" act" if sg.extra["act"] else ""))] += len(S - G)
            if not G:
                continue
            miss = G - S
            if not miss:
                continue
            if sg is None:
                key = ("quote missed", gg.form)
            elif not S:
                key = ("found, no cue", f"{sg.form}->{gg.form}" + (" act" if sg.extra["act"] else "")
                       + (" actverb=" + ("gold" if set(sg.extra["actverb"]) & G else "other") if sg.extra["actverb"] else ""))
            elif not S & G:
                key = ("cue elsewhere", f"{sg.form}->{gg.form}")
            else:
                key = None
            fn_type[gg.form] += len(miss)
            if key:
                fn[key] += len(miss)
                quotes_n[key] += 1
                if len(ex[key[0]]) < args.examples * 3:
                    ex[key[0]].append(f"[{key[1]}] pred=[{text(S)}] gold=[{text(G)}] "
                                      f"msg=[{text(gg.roles['quote'])[:90]}]")
            else:
                for t in miss:
                    k = ("partial", part_of(stok(t)))
                    fn[k] += 1
                    fn[("partial (by type)", gg.form)] += 1
                k2 = "partial / " + ",".join(sorted({part_of(stok(t)) for t in miss}))
                quotes_n[("partial", "quotes")] += 1
                if len(ex["partial"]) < args.examples * 4:
                    ex["partial"].append(f"[{gg.form}] pred=[{text(S)}] gold=[{text(G)}] missing=[{text(miss)}] "
                                         f"{k2}")
    p, r, f = sc.overlap("cue")
    print(f"cue overlap P {p:.4f} R {r:.4f} F1 {f:.4f}; message {sc.overlap('quote')[2]:.4f} "
          f"speaker {sc.overlap('speaker')[2]:.4f}; TP {tp} FN {sum(fn_type.values())}")
    print("FN tokens by gold type:", dict(fn_type.most_common()))
    tops = Counter()
    for k, n in fn.items():
        if k[0] != "partial (by type)":
            tops[k[0]] += n
    for top, n in tops.most_common():
        print(f"{top:<20} {n:5d} FN tokens")
        for k in sorted((k for k in fn if k[0] == top), key=lambda k: -fn[k])[:14]:
            print(f"{'':<20} {k[1]:<44} {fn[k]:5d}  ({quotes_n.get(k, '')} quotes)")
        if top == "partial":
            for k in sorted((k for k in fn if k[0] == "partial (by type)"), key=lambda k: -fn[k]):
                print(f"{'':<20} type {k[1]:<39} {fn[k]:5d}")
            print(f"{'':<20} quotes with a partial cue: {quotes_n[('partial', 'quotes')]}")
    print("FP tokens:")
    for k, n in fp_kind.most_common(14):
        print(f"  {k[0]:<16} {k[1]:<40} {n:5d}")
    for k, e in ex.items():
        print(f"\n== {k}")
        for x in e:
            print("  " + x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
