"""Message token errors by kind: where the message overlap F1's false positives and false negatives come from.

    OMP_NUM_THREADS=1 python training/quotes/message_errors.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        [--acts-cv training/runs/h3/acts_cv.json] [--examples 4] [--set KEY=VALUE]

Quotes are paired as the scorer pairs them (eval.quotes.assign); a pair is "found" when the two messages share a
token. Every message FP / FN token of the overlap score is put in one class:

* missed gold quote (no found partner), by gold type; split by whether a prediction paired with another gold
  quote covers its tokens (two gold quotes merged into one prediction) or nothing does;
* spurious prediction (no found partner), by our mode and cue; split by whether its tokens lie in a gold message
  found by another prediction (a split or duplicate), in a gold cue / speaker, or outside every gold quote;
* boundary errors of found quotes, by gold type: FN tokens before / after / inside our span in the same sentence
  or in another sentence (a multi-sentence gold quote cut short); FP tokens over the gold cue, over the gold speaker,
  into another gold quote's message, into another sentence, or the rest of the sentence (before / after gold).

``--acts-cv`` (a json of five act-classifier models keyed 0..4, article i taking model i % 5, as
``training/quotes/acts_cv.py`` writes it) keeps the cross-fitted train figure honest: the shipped
models/de_acts saw every train article (0.7564 in-sample against 0.7488 cross-fitted).
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup, use_acts_cv  # noqa: E402,F401  (use_acts_cv: older imports)

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, score_doc  # noqa: E402

PUNCT = set(".,;:!?-–()\"„“”»«'")


def sentence_of(sdoc, g):
    """Gold token id -> sentence number of the parse."""
    starts = [s.start_char for s in sdoc.sents]
    return [max(0, bisect.bisect_right(starts, a) - 1) for a, _ in g.tokens]


def classify(g, sdoc, sys_g, gold_g, tally, ex, nex, prec=None):
    sent = sentence_of(sdoc, g)
    pairs = assign(sys_g, gold_g)
    found = {(si, gi) for si, gi in pairs if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}
    if prec is not None:
        partner = dict(found)
        for si, sg in enumerate(sys_g):
            sq = set(sg.roles["quote"])
            c = prec[f"{sg.form} {'cue' if sg.roles['cue'] else 'no cue'}"]
            c["n"] += 1
            if si in partner:
                c["found"] += 1
                c["tp"] += len(sq & set(gold_g[partner[si]].roles["quote"]))
                c["fp"] += len(sq - set(gold_g[partner[si]].roles["quote"]))
            else:
                c["fp"] += len(sq)
    fs = {si for si, _ in found}
    fg = {gi for _, gi in found}
    found_msg = set().union(*[set(gold_g[gi].roles["quote"]) for gi in fg]) if fg else set()
    found_pred = set().union(*[set(sys_g[si].roles["quote"]) for si in fs]) if fs else set()
    all_cue = set().union(*[set(x.roles["cue"]) for x in gold_g]) if gold_g else set()
    all_spk = set().union(*[set(x.roles["speaker"]) for x in gold_g]) if gold_g else set()
    any_gold = set().union(*[set(x.roles["quote"]) for x in gold_g]) if gold_g else set()

    def text(ids):
        ids = sorted(ids)
        return g.text[g.tokens[ids[0]][0]: g.tokens[ids[-1]][1]].replace("\n", " ") if ids else ""

    def add(kind, ids, side, sample=None):
        ids = set(ids)
        if not ids:
            return
        tally[kind][side] += len(ids)
        tally[kind]["n"] += 1
        if sample and len(ex[kind]) < nex:
            ex[kind].append(sample)

    for gi, gg in enumerate(gold_g):
        if gi in fg:
            continue
        ids = set(gg.roles["quote"])
        cov = ids & found_pred
        where = "merged into a found prediction" if len(cov) * 2 >= len(ids) else "nothing there"
        add(f"missed {gg.form or '?'} | {where}", ids, "fn", text(ids))
    for si, sg in enumerate(sys_g):
        if si in fs:
            continue
        ids = set(sg.roles["quote"])
        cue = "cue" if sg.roles["cue"] else "no cue"
        if len(ids & found_msg) * 2 >= len(ids):
            where = "in a found gold message (split/duplicate)"
        elif len(ids & any_gold) * 2 >= len(ids):
            where = "in a missed gold message (other mode?)"
        elif len(ids & (all_cue | all_spk)) * 2 >= len(ids):
            where = "on gold cue/speaker"
        else:
            where = "outside gold quotes"
        add(f"spurious {sg.form} {cue} | {where}", ids, "fp", text(ids))
    for si, gi in found:
        gq, sq = set(gold_g[gi].roles["quote"]), set(sys_g[si].roles["quote"])
        form = gold_g[gi].form
        ssents = {sent[k] for k in sq}
        gsents = {sent[k] for k in gq}
        lo, hi = min(sq), max(sq)
        fn = gq - sq
        by = defaultdict(set)
        for k in fn:
            if g.text[g.tokens[k][0]:g.tokens[k][1]] in PUNCT:
                by["punct"].add(k)
            elif sent[k] not in ssents:
                by["another sentence (cut short)"].add(k)
            elif k < lo:
                by["same sentence, before ours"].add(k)
            elif k > hi:
                by["same sentence, after ours"].add(k)
            else:
                by["inside our span (gap)"].add(k)
        for w, ids in by.items():
            add(f"short {form} | {w}", ids, "fn", f"{text(ids)} || gold: {text(gq)[:160]}")
        fp = sq - gq
        glo, ghi = min(gq), max(gq)
        by = defaultdict(set)
        others = set().union(*[set(x.roles["quote"]) for j, x in enumerate(gold_g) if j != gi]) if len(gold_g) > 1 else set()
        for k in fp:
            if g.text[g.tokens[k][0]:g.tokens[k][1]] in PUNCT:
                by["punct"].add(k)
            elif k in gold_g[gi].roles["cue"]:
                by["over the gold cue"].add(k)
            elif k in gold_g[gi].roles["speaker"]:
                by["over the gold speaker"].add(k)
            elif k in others:
                by["into another gold quote"].add(k)
            elif sent[k] not in gsents:
                by["into another sentence"].add(k)
            elif k < glo:
                by["same sentence, before gold"].add(k)
            elif k > ghi:
                by["same sentence, after gold"].add(k)
            else:
                by["inside gold span (gap)"].add(k)
        for w, ids in by.items():
            add(f"long {form} (ours {sys_g[si].form}) | {w}", ids, "fp",
                f"{text(ids)} || gold: {text(gq)[:160]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args(argv)
    run = setup(args)
    gold, docs, nlp = run.gold, run.docs, run.nlp
    by_text = {d.text: d for d in docs}
    sc = Scores()
    tally: dict = defaultdict(Counter)
    prec: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    for i in run.articles(args.folds):
        sys_g, gold_g = predict_groups(gold[i], nlp), gold_groups(gold[i])
        score_doc(sc, sys_g, gold_g)
        classify(gold[i], by_text[gold[i].text], sys_g, gold_g, tally, ex, args.examples, prec)
    tp, fp, fn = sc.tp["quote"], sc.fp["quote"], sc.fn["quote"]
    p, r, f = sc.overlap("quote")
    print(f"message TP {tp} FP {fp} FN {fn}: P/R/F1 {p:.4f}/{r:.4f}/{f:.4f}; cue {sc.overlap('cue')[2]:.5f} "
          f"speaker {sc.overlap('speaker')[2]:.5f}")
    print("F1 if the class were fixed = the message F1 with its FP (or FN) tokens gone (FN ones turned TP)\n")
    print(f"{'kind':<78} {'n':>5} {'FP tok':>7} {'FN tok':>7} {'F1 if fixed':>11}")
    tot = Counter()
    for kind, c in sorted(tally.items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"])):
        tp2, fp2, fn2 = tp + c["fn"], fp - c["fp"], fn - c["fn"]
        f2 = 2 * tp2 / (2 * tp2 + fp2 + fn2)
        print(f"{kind:<78} {c['n']:5d} {c['fp']:7d} {c['fn']:7d} {f2:11.4f}")
        head = kind.split(" ")[0]
        tot[head + " fp"] += c["fp"]
        tot[head + " fn"] += c["fn"]
    print("\nby head:", dict(tot))
    print(f"\n{'predicted (mode, cue)':<28} {'n':>5} {'found':>5} {'TP tok':>7} {'FP tok':>7} {'tok P':>6} {'F1 without':>10}")
    for k, c in sorted(prec.items(), key=lambda kv: -kv[1]["n"]):
        tp2, fp2, fn2 = tp - c["tp"], fp - c["fp"], fn + c["tp"]
        print(f"{k:<28} {c['n']:5d} {c['found']:5d} {c['tp']:7d} {c['fp']:7d} {c['tp'] / max(1, c['tp'] + c['fp']):6.3f} "
              f"{2 * tp2 / (2 * tp2 + fp2 + fn2):10.4f}")
    if args.examples:
        for kind in sorted(ex, key=lambda k: -(tally[k]["fp"] + tally[k]["fn"]))[:30]:
            print(f"\n== {kind}")
            for s in ex[kind]:
                print("  ", s[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
