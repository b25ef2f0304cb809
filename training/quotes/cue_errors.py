"""Cue errors of the overlap score by kind, and within a kind by the part of the cue that differs.

    python training/quotes/cue_errors.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/qcache_train.spacy --folds training/runs/quote_folds [--examples 8] [--set KEY=VALUE]

Quotes are paired as the scorer pairs them (role_errors.classify). Every FP/FN cue token falls in one
kind:

* quote missed: a gold cue whose quote has no paired prediction;
* found, no cue: the quote is paired but we gave it no cue (split by our mode -> gold type);
* span differs (overlapping or not): the tokens that differ, by part of the cue (particle or
  pronominal adverb, auxiliary, "laut", "zufolge", "nach/gemäß", "so", "wie", "als", reflexive or
  "es", noun cue such as "Angaben", main verb, adjective/adverb, other), each also counted when the
  quote's message opens after a colon (colon frame);
* false positive: a cue of a quote with no gold partner, or of a paired quote whose gold has no cue
  (split by gold type).

With ``--folds`` (train only) each article is tagged by fold taggers that did not see it.
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, analysis_args, set_option  # noqa: E402
from role_errors import classify  # noqa: E402

from newsgraph.eval.quotes import gold_groups, predict_groups, read_dir  # noqa: E402

AUX_TAGS = {"VAFIN", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP", "VAIMP"}
PREP_PARTS = {"laut": "laut", "zufolge": "zufolge", "nach": "nach/gemäß", "gemäß": "nach/gemäß",
              "demnach": "nach/gemäß", "wonach": "nach/gemäß", "so": "so", "wie": "wie", "als": "als"}


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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    analysis_args(ap, examples=6)
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    gold = read_dir(args.dir, args.limit)
    nlp = _Cached(_docs(gold, args.cache))
    from fold_taggers import cross_fitted

    fp, fn = Counter(), Counter()
    colon_fp, colon_fn = Counter(), Counter()
    tp = 0
    by_part: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    examples: dict[str, list[str]] = defaultdict(list)
    for i in cross_fitted(len(gold), args.folds, args.fold_count):
        g = gold[i]
        doc = nlp(g.text)
        starts = [t.idx for t in doc]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)

        def stok(t: int, doc=doc, starts=starts, g=g):
            return doc[max(0, bisect_right(starts, g.tokens[t][0]) - 1)]

        def text(ids_, g=g) -> str:
            return " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids_))

        def after_colon(grp, doc=doc, stok=stok) -> bool:
            q = grp.roles["quote"]
            if not q:
                return False
            k = stok(min(q)).i
            return k > 0 and doc[k - 1].text == ":" or doc[k].text == ":" or \
                (k > 1 and doc[k - 1].text in "„\"" and doc[k - 2].text == ":")

        for kind, f_p, f_n, sg, gg in classify(sys_g, gold_g, "cue"):
            if sg is not None and gg is not None:
                tp += len(set(sg.roles["cue"]) & set(gg.roles["cue"]))
                for t in set(sg.roles["cue"]) & set(gg.roles["cue"]):
                    by_part[part_of(stok(t))][0] += 1
            for t in f_p:
                by_part[part_of(stok(t))][1] += 1
            for t in f_n:
                by_part[part_of(stok(t))][2] += 1
            if kind == "missed quote":
                keys = [("quote missed", gg.form)]
            elif kind == "no prediction":
                keys = [("found, no cue", f"{sg.form} -> {gg.form}")]
            elif kind == "spurious quote":
                keys = [("false positive: spurious quote", sg.form)]
            elif kind == "gold has none":
                keys = [("false positive: gold has no cue", f"{sg.form} -> {gg.form}")]
            else:
                keys = []
            for k in keys:
                fp[k] += len(f_p)
                fn[k] += len(f_n)
                if len(examples[k[0]]) < args.examples * 3:
                    examples[k[0]].append(f"[{k[1]}] pred=[{text(sg.roles['cue']) if sg else ''}] "
                                          f"gold=[{text(gg.roles['cue']) if gg else ''}] "
                                          f"msg=[{text((gg or sg).roles['quote'])[:80]}]")
            if keys:
                continue
            top = "span differs: " + ("no overlap" if kind == "wrong span" else "overlap")
            col = after_colon(gg) or after_colon(sg)
            for t in f_p:
                k = (top, part_of(stok(t)))
                fp[k] += 1
                colon_fp[k] += col
            for t in f_n:
                k = (top, part_of(stok(t)))
                fn[k] += 1
                colon_fn[k] += col
            parts = sorted({part_of(stok(t)) for t in f_p | f_n})
            for p in parts:
                ek = f"{top} / {p}"
                if len(examples[ek]) < args.examples:
                    examples[ek].append(f"{gg.form:<10} pred=[{text(sg.roles['cue'])}] gold=[{text(gg.roles['cue'])}] "
                                        f"msg=[{text(gg.roles['quote'])[:80]}]{' (colon)' if col else ''}")
    FP, FN = sum(fp.values()), sum(fn.values())
    p, r = tp / max(1, tp + FP), tp / max(1, tp + FN)
    print(f"cue: TP {tp} FP {FP} FN {FN}  P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
    f1 = 2 * tp / max(1, 2 * tp + FP + FN)
    print(f"{'kind':<34} {'part / type':<34} {'FP':>5} {'FN':>5} {'colon':>7}  F1 if fixed")
    tops = defaultdict(lambda: [0, 0])
    for k in set(fp) | set(fn):
        tops[k[0]][0] += fp[k]
        tops[k[0]][1] += fn[k]

    def fixed(a: int, b: int, fn_gain: bool) -> float:
        t2 = tp + (b if fn_gain else 0)
        return 2 * t2 / max(1, 2 * t2 + FP - a + FN - b)

    for top in sorted(tops, key=lambda x: -sum(tops[x])):
        a, b = tops[top]
        print(f"{top:<34} {'(all)':<34} {a:5d} {b:5d} {'':>7}  {fixed(a, b, True):.3f}")
        for k in sorted((k for k in set(fp) | set(fn) if k[0] == top), key=lambda k: -(fp[k] + fn[k]))[:12]:
            col = f"{colon_fp[k]}/{colon_fn[k]}" if top.startswith("span") else ""
            print(f"{'':<34} {k[1]:<34} {fp[k]:5d} {fn[k]:5d} {col:>7}  {fixed(fp[k], fn[k], True):.3f}")
    print(f"(F1 now {f1:.3f}; 'F1 if fixed' turns the FN into TP and drops the FP)")
    print(f"\nall cue tokens by part: {'part':<26} {'TP':>5} {'FP':>5} {'FN':>5}   P     R")
    for k, (a, b, c) in sorted(by_part.items(), key=lambda x: -sum(x[1])):
        print(f"{'':<22} {k:<26} {a:5d} {b:5d} {c:5d}  {a / max(1, a + b):.2f}  {a / max(1, a + c):.2f}")
    for k, ex in sorted(examples.items()):
        print(f"\n== {k}")
        for e in ex:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
