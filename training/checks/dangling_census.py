"""Census of the dangling check's misses and false flags on a development split, by the classes of the round-18
brief (checks_de card, "Round 18, dangling; h9"). Every recorded dangling reference and every untouched candidate at or
above ``--clean-min`` probability gets the first class whose test it meets, in this order:

- ``no candidate`` / ``plural`` / ``antecedent found`` / ``part noun or bridged (table)``: the check never scores it (as
  ``ArticleChecks._dangling``);
- ``segmentation``: the NP does not open a sentence in the text (no sentence end before it: "… die Zinsen: Der Kreis");
- ``anchored``: a genitive, prepositional attribute, apposition, colon or clause after the noun would pin it down
  (``dangling.anchored(…, "all")``: "Die Mutter in der Nähe von Bergen", "Der Monat israelischer Truppen");
- ``compound/verb before``: its head or stem is part of an earlier word or verb (``topic.shared_forms``: a shared prefix of
  at least ``--prefix`` letters or one word inside the other; ``Antecedents.has_modifier``);
- ``event noun``: a noun that takes up any told event (``[dangling] event_nouns``: "Der Zwischenfall");
- ``generic/unique``: the corpus sees the noun definite at a first mention at least ``--generic`` of the time (``ratio``);
- ``related noun before``: the closest earlier noun by the subword vectors has cosine >= ``--related`` (``sub_prev``);
- ``misfit only``: none of these; what tells a reader is that the noun does not fit its verb or sentence.

The tests are automatic; the card quotes them with examples read by hand.

    OMP_NUM_THREADS=1 python training/checks/dangling_census.py --split quotes-dev
    OMP_NUM_THREADS=1 python training/checks/dangling_census.py --split gnad
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.dangling import (  # noqa: E402
    Antecedents,
    anchored,
    definite_nps,
    features,
    noun_counts,
    plural,
    unresolved,
)
from newsgraph.checks.perturb import generate  # noqa: E402
from newsgraph.checks.resolve import event_noun_keys  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic, probability  # noqa: E402
from newsgraph.checks.vectors import stem  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402

_ENDS = set(".!?“”\"»«)")


def classify(c, sents, text, f, events, args) -> str:
    toks = sents[c.sent]
    before = text[:c.det.start].rstrip()
    if before and before[-1] not in _ENDS:
        return "segmentation"
    if anchored(toks, c.noun.i - c.det.i, "all"):
        return "anchored"
    ante = Antecedents()
    for t in sents[:c.sent]:
        ante.add_sentence(t)
    if f["contained"] or f["prefix"] >= args.prefix or ante.has_modifier(c.noun.text):
        return "compound/verb before"
    if stem(c.noun.text.lower()) in events:
        return "event noun"
    if f["ratio"] >= args.generic:
        return "generic/unique"
    if f["sub_prev"] >= args.related:
        return "related noun before"
    return "misfit only"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="quotes-dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--gen", type=int, default=3)
    ap.add_argument("--clean-min", type=float, default=0.6, help="untouched candidates at or above this probability")
    ap.add_argument("--prefix", type=int, default=6)
    ap.add_argument("--related", type=float, default=0.75)
    ap.add_argument("--generic", type=float, default=0.5)
    ap.add_argument("--examples", type=int, default=6)
    args = ap.parse_args()
    checks = ArticleChecks()
    dc = checks.cfg["dangling"]
    events = event_noun_keys(dc.get("event_nouns", []))
    nlp = _cached_nlp(nlp_stage.load("de"))
    table: dict[str, Counter] = defaultdict(Counter)
    vals: dict[str, list[tuple[float, float, float]]] = defaultdict(list)  # (sub_prev, ratio, fit) of the scored rows
    ex: dict[tuple[str, str], list[str]] = defaultdict(list)
    thr = dc.get("min_prob", 0.5)
    for smp in generate(args.split, args.seed, None, args.gen):
        if smp.perturbation not in ("none", "dangling_reference"):
            continue
        sents = tag_doc(nlp(smp.text))
        topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword)
        gold = [(d.start, d.end, d.note) for d in smp.defects]
        res = {c.sent: (c, has) for c, has in unresolved(sents, checks.synonyms, dc.get("skip_first_sentences", 1))}
        found_gold = False
        for c, has in res.values():
            is_gold = any(c.det.start < ge and gs < c.noun.end for gs, ge, _ in gold)
            if is_gold:
                found_gold = True
            if has:
                cls = "antecedent found"
                p = float("nan")
            elif dc.get("skip_plurals", True) and plural(c, sents[c.sent], dc.get("plural_by_verb", False)):
                cls = "plural"
                p = float("nan")
            elif c.noun.text.lower() in checks.part_nouns or checks._bridged(c.noun, sents[:c.sent]):
                cls = "part noun or bridged (table)"
                p = float("nan")
            else:
                f = features(c, noun_counts(checks.anaphoricity, c.noun.text, dc), topic, len(sents), dc, sents[c.sent], True)
                p = probability(checks.dangling_model, f)
                cls = classify(c, sents, smp.text, f, events, args)
            if smp.perturbation == "none":
                if p == p and p >= args.clean_min:
                    col = "false flag" if p >= thr else f"untouched {args.clean_min}-{thr}"
                else:
                    continue
            elif is_gold:
                col = "found" if p == p and p >= thr else "missed"
            else:
                continue  # an untouched candidate of a perturbed copy: counted on the untouched copy
            table[col][cls] += 1
            if p == p:
                vals[col].append((f["sub_prev"], f["ratio"], f["fit"]))
            line = f"{c.det.text} {c.noun.text}" + (f" p={p:.2f}" if p == p else "")
            if smp.perturbation != "none":
                line += f" [{gold[0][2][:40]}]"
            line += f" :: {smp.text[max(0, c.det.start - 50):c.noun.end + 40]!r}"
            ex[(col, cls)].append(line)
        if smp.perturbation == "dangling_reference" and not found_gold:
            inits = [c for c in definite_nps(sents) for gs, ge, _ in gold if c.det.start < ge and gs < c.noun.end]
            cls = "no candidate (first sentence)" if inits else "no candidate (anchored, name or tag)"
            table["missed"][cls] += 1
            gs, ge, note = gold[0]
            ex[("missed", cls)].append(f"{smp.text[gs:ge]} [{note[:40]}] :: {smp.text[max(0, gs - 50):ge + 40]!r}")
    cols = ["found", "missed", "false flag", f"untouched {args.clean_min}-{thr}"]
    classes = sorted({k for col in table.values() for k in col}, key=lambda k: -sum(table[c][k] for c in cols))
    print(f"dangling census, {args.split} seed {args.seed} v{args.gen} (threshold {thr}; prefix >= {args.prefix}, "
          f"related >= {args.related}, generic ratio >= {args.generic})")
    print(f"| class | {' | '.join(cols)} |")
    print("|---|" + "---|" * len(cols))
    for k in classes:
        print(f"| {k} | {' | '.join(str(table[c][k]) for c in cols)} |")
    print(f"| all | {' | '.join(str(sum(table[c].values())) for c in cols)} |")
    import numpy as np
    for col in cols:
        if vals[col]:
            q = np.quantile(np.array(vals[col]), [0.25, 0.5, 0.75], axis=0)
            print(f"{col}: quartiles of sub_prev {q[:, 0].round(2).tolist()}, ratio {q[:, 1].round(2).tolist()}, "
                  f"fit {q[:, 2].round(2).tolist()} (n={len(vals[col])})")
    for (col, cls), lines in sorted(ex.items()):
        print(f"\n== {col} / {cls} ({len(lines)})")
        for line in lines[:args.examples]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
