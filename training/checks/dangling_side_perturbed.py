"""Generator v3's dangling perturbation (one seed) on the untouched **train-side** 10kGNAD rows (row index mod 5 in 1-4,
donors drawn from the same rows; residue 0 is the held-out ``--split gnad``), judged by several dangling models and
settings on the same parses: how many swapped-in nouns each finds on derStandard text, which quotes-de train does not
show (checks_de card, round 14). These rows are in the corpus counts and topic vectors (not cross-fitted), so only
differences between variants mean something; pair it with ``dangling_gnad_side.py`` (flags on the untouched rows).

    OMP_NUM_THREADS=1 python training/checks/dangling_side_perturbed.py \
        --variant base=models/checks_de/dangling.json \
        --variant plural=/tmp/dangling_plural.json@plural_by_verb=true,min_prob=0.8587
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dangling_gnad_side import variant  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.perturb import _sentences, dangling, shared_dir, split_sentences  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variant", action="append", required=True, help="NAME=MODEL.json[@KEY=VALUE,...] (as dangling_gnad_side.py)")
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--residues", default="1,2,3,4", help="row index mod 5 (0 is the held-out gnad split)")
    args = ap.parse_args()
    residues = {int(x) for x in args.residues.split(",")}
    assert 0 not in residues, "residue 0 is the held-out evaluation split"
    variants = dict(variant(v) for v in args.variant)
    csv.field_size_limit(10**8)
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        arts = [(f"side-{i}", r[1]) for i, r in enumerate(csv.reader(fh, delimiter=";", quotechar="'"))
                if i % 5 in residues and len(r) >= 2]
    pool = [t for _, t in arts]
    samples = []
    for name, text in arts:
        sents = _sentences(text, split_sentences(text))
        if len(sents) < 4:
            continue
        rng = random.Random(f"{args.seed}:{name}:dangling")  # the generator's stream per article and defect
        for _ in range(3):
            d = dangling(text, sents, rng, pool[rng.randrange(len(pool))], 3)
            if d:
                samples.append((d[0], d[1]))
                break
    nlp = _cached_nlp(nlp_stage.load("de"))
    found = dict.fromkeys(variants, 0)
    other = dict.fromkeys(variants, 0)
    first = next(iter(variants.values()))
    for text, defect in samples:
        sents = tag_doc(nlp(text))
        topic = article_topic(sents, first.vectors, first.cfg["topic"], first.subword)
        for name, checks in variants.items():
            spans: list[tuple[int, int]] = []
            checks._dangling(sents, topic, lambda kind, s, e, reason, p, spans=spans: spans.append((s, e)))
            hit = [s < defect.end and defect.start < e for s, e in spans]
            found[name] += any(hit)
            other[name] += hit.count(False)
    for name in variants:
        print(f"{name}: found {found[name]} of {len(samples)} swapped-in nouns on train-side 10kGNAD rows; "
              f"{other[name]} other dangling flags on these copies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
