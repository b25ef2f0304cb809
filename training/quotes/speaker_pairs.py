"""Two questions about quotes-de speakers that the linker's candidates depend on.

    python training/quotes/speaker_pairs.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds

1. Pronoun or antecedent: how often gold's speaker is a pronoun, and, where it is a noun group, how
   often "er"/"sie" stands next to the cue outside the message (gold would then prefer the noun group
   over a local pronoun) or opens the message ("Er halte … für vertretbar": the pronoun is part of the
   message, gold names the noun group it stands for). Gold only, no system output.
2. Split quotations: gold quotes (not nested) whose message overlaps several of our quotes. The scorer
   pairs one of them with the gold quote; the others are paired elsewhere or left unpaired (their
   speaker tokens count as false positives). Counted: who of the parts holds gold's speaker, and how
   often the paired part lacks it while another part has it (what inheriting the speaker across the
   parts of one quotation could gain at most).

With ``--folds`` (train only) each article is tagged by the fold taggers that did not see it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, analysis_args, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import assign, gold_groups, predict_groups, read_dir  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "du"}


def pronoun_table(gold) -> Counter:
    c: Counter = Counter()
    for g in gold:
        words = [g.text[s:e] for s, e in g.tokens]
        for q in g.quotes:
            sp, m, cue = q["speaker"], q["quote"], q["cue"]
            if q["nested"] or not sp:
                continue
            c["gold quotes with a speaker"] += 1
            if len(sp) == 1 and words[sp[0]].lower() in PRONOUNS:
                c["speaker is a pronoun"] += 1
                c["speaker is a pronoun, " + ("inside" if sp[0] in m else "outside") + " the message"] += 1
                continue
            if any(words[t].lower() in ("er", "sie") for t in m[:3]):
                c["noun speaker, er/sie among the message's first 3 tokens"] += 1
            if cue and any(words[t].lower() in ("er", "sie") and t not in m
                           for t in range(max(0, cue[0] - 3), min(len(words), cue[-1] + 3))):
                c["noun speaker, er/sie within 3 tokens of the cue outside the message"] += 1
    return c


def split_table(gold, nlp, folds, fold_count) -> Counter:
    c: Counter = Counter()
    for i in cross_fitted(len(gold), folds, fold_count):
        g = gold[i]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)
        pairs = assign(sys_g, gold_g)
        paired_sys = {s for s, _ in pairs}
        pair_of = {gi: si for si, gi in pairs}
        for gi, gg in enumerate(gold_g):
            if gg.nested:
                continue
            gm = set(gg.roles["quote"])
            parts = [si for si, s in enumerate(sys_g) if not s.nested and set(s.roles["quote"]) & gm]
            if len(parts) < 2:
                continue
            c["gold quotes split into 2+ of ours"] += 1
            gs = set(gg.roles["speaker"])
            pi = pair_of.get(gi)
            for si in parts:
                ss = set(sys_g[si].roles["speaker"])
                where = "paired with it" if si == pi else "paired elsewhere" if si in paired_sys else "unpaired"
                got = "no speaker" if not ss else "gold's speaker" if ss & gs else "another speaker"
                c[f"part {where}, gold {'has' if gs else 'has no'} speaker, ours: {got}"] += 1
                if where == "unpaired":
                    c["speaker tokens of unpaired parts (all false positives)"] += len(ss)
            if pi is not None and gs and not set(sys_g[pi].roles["speaker"]) & gs and any(
                    set(sys_g[s].roles["speaker"]) & gs for s in parts if s != pi):
                c["paired part lacks gold's speaker, another part has it"] += 1
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    analysis_args(ap, examples=0)
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    gold = read_dir(args.dir, args.limit)
    for k, v in sorted(pronoun_table(gold).items(), key=lambda x: -x[1]):
        print(f"{v:6d}  {k}")
    print()
    nlp = _Cached(_docs(gold, args.cache))
    for k, v in sorted(split_table(gold, nlp, args.folds, args.fold_count).items(), key=lambda x: -x[1]):
        print(f"{v:6d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
