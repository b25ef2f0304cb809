"""Round 18 (h11, checks_de card): ``topic.weak_heads`` on/off on train-side material, one parse per text, both settings
scored on it. Sets: the untouched and perturbed **train-side 10kGNAD rows** (``perturb.generate("gnad-side")``: rows not
held out, never scored as an evaluation set) and perturbed quotes-de train. Shipped vectors and model (as
`newsgraph eval checks` runs them): the model never saw a gnad-side row at the shipped setting, but the topic vectors were
built from the gnad-side text (build_model.py), so absolute flag counts are optimistic; the on/off difference is what is
read here. Prints false off-topic flags on untouched articles, found/missed insertions and false positives on perturbed
copies (a flag counts as found when it overlaps an insertion, as eval checks scores it), and every flag that differs.

    OMP_NUM_THREADS=1 python training/checks/offtopic_weak_heads.py --split gnad-side --seeds 101
    OMP_NUM_THREADS=1 python training/checks/offtopic_weak_heads.py --split train --seeds 101
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.perturb import generate  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic, off_topic, segments  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="gnad-side", choices=("gnad-side", "train"))
    ap.add_argument("--seeds", nargs="+", type=int, default=[101])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--variant", action="append", default=[], metavar="NAME=JSON",
                    help='a named [topic] override set, e.g. on=\'{"weak_heads": true}\' (default: off vs on)')
    args = ap.parse_args()
    variants = dict(v.split("=", 1) for v in args.variant) or {"on": '{"weak_heads": true}'}
    checks = ArticleChecks()  # shipped vectors, subword vectors, model and config
    base = {**checks.cfg["topic"], "weak_heads": False}
    cfgs = {"off": base, **{k: {**base, **json.loads(v)} for k, v in variants.items()}}
    nlp = _cached_nlp(nlp_stage.load("de"))
    n_clean = 0
    untouched: Counter = Counter()
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    diffs: list[str] = []
    seg_diffs: Counter = Counter()  # conjunct segments that a variant cuts differently (candidate or not)
    seen: set[str] = set()
    for seed in args.seeds:
        for smp in generate(args.split, seed, args.limit):
            if smp.perturbation not in ("none", "off_topic"):
                continue
            if smp.perturbation == "none":
                if smp.source in seen:
                    continue  # the untouched copies are the same for every seed
                seen.add(smp.source)
                n_clean += 1
            sents = tag_doc(nlp(smp.text))
            gold = [(d.start, d.end) for d in smp.defects if d.kind == "off_topic"]
            flags = {}
            cut = {name: {(g.start, g.end) for g in segments(sents, cfg.get("weak_heads", False)) if g.kind == "conjunct"}
                   for name, cfg in cfgs.items()}
            for name in cfgs:
                if name != "off" and cut[name] != cut["off"]:
                    seg_diffs[(name, smp.perturbation == "none")] += len(cut[name] - cut["off"])
                    for s, e in sorted(cut[name] - cut["off"]):
                        diffs.append(f"{name} segment {smp.perturbation} {smp.id}: {smp.text[s:e]!r}")
            for name, cfg in cfgs.items():
                topic = article_topic(sents, checks.vectors, cfg, checks.subword)
                got = [(o.segment.start, o.segment.end) for o in off_topic(sents, topic, cfg, checks.offtopic_model)]
                flags[name] = set(got)
                if smp.perturbation == "none":
                    untouched[name] += len(got)
                else:
                    hit = {i for s in got for i, g in enumerate(gold) if _overlap(s, g)}
                    fp[name] += sum(1 for s in got if not any(_overlap(s, g) for g in gold))
                    tp[name] += len(hit)
                    fn[name] += len(gold) - len(hit)
            for name in cfgs:
                if name != "off" and flags[name] != flags["off"]:
                    for s, e in sorted(flags[name] ^ flags["off"]):
                        side = "+" if (s, e) in flags[name] else "-"
                        ins = "insertion" if any(_overlap((s, e), g) for g in gold) else "false"
                        diffs.append(f"{name} {side} {smp.perturbation} {ins} {smp.id}: {smp.text[s:e]!r} :: "
                                     f"{smp.text[max(0, s - 60):e + 40]!r}")
    print(f"split {args.split}, seeds {args.seeds}, {n_clean} untouched articles")
    for name in cfgs:
        print(f"{name:>8}: untouched false off-topic flags {untouched[name]} ({20 * untouched[name] / max(n_clean, 1):.2f}/20); "
              f"perturbed copies: found {tp[name]}, missed {fn[name]}, false positives {fp[name]}"
              + (f"; conjunct segments cut differently: {seg_diffs[(name, True)]} untouched, {seg_diffs[(name, False)]} perturbed"
                 if name != "off" else ""))
    for d in diffs:
        print(d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
