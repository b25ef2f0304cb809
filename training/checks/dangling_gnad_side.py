"""Dangling-reference flags on untouched **train-side** 10kGNAD rows (none of them in the held-out ``--split gnad``
rows; residues 1-4 of the row index by default, 822 articles), for several dangling models and settings at once on
the same parses: how many flags each makes on real news text, and which ones differ from the first variant's.
These rows are in the corpus counts and topic vectors (not cross-fitted), so only differences between variants mean
something (checks_de card, round 13).

    OMP_NUM_THREADS=1 python training/checks/dangling_gnad_side.py \
        --variant base=models/checks_de/dangling.json \
        --variant plural=/tmp/dangling_plural.json@plural_by_verb=true,min_prob=0.8553
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.perturb import shared_dir  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def variant(spec: str) -> tuple[str, ArticleChecks]:
    """NAME=MODEL.json[@KEY=VALUE,...]: the model file and [dangling] overrides (JSON values; min_prob defaults to
    the model's own threshold)."""
    name, rest = spec.split("=", 1)
    path, _, sets = rest.partition("@")
    model = json.loads(Path(path).read_text("utf-8"))["model"]
    over = {"min_prob": model["threshold"]}
    for item in filter(None, sets.split(",")):
        k, v = item.split("=", 1)
        over[k] = json.loads(v)
    checks = ArticleChecks(dangling=over)
    checks.dangling_model = model
    return name, checks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variant", action="append", required=True, help="NAME=MODEL.json[@KEY=VALUE,...]")
    ap.add_argument("--residues", default="1,2,3,4", help="row index mod 5 (0 is the held-out gnad split)")
    ap.add_argument("--show", action="store_true", help="print the flags that differ from the first variant's")
    args = ap.parse_args()
    residues = {int(x) for x in args.residues.split(",")}
    assert 0 not in residues, "residue 0 is the held-out evaluation split"
    variants = dict(variant(v) for v in args.variant)
    nlp = _cached_nlp(nlp_stage.load("de"))
    csv.field_size_limit(10**8)
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        rows = [(i, r[1]) for i, r in enumerate(csv.reader(fh, delimiter=";", quotechar="'")) if i % 5 in residues and len(r) >= 2]
    flags: dict[str, set] = {n: set() for n in variants}
    first = next(iter(variants.values()))
    for i, text in rows:
        sents = tag_doc(nlp(text))
        topic = article_topic(sents, first.vectors, first.cfg["topic"], first.subword)
        for name, checks in variants.items():
            checks._dangling(sents, topic, lambda kind, s, e, reason, score, i=i, text=text, name=name:
                             flags[name].add((i, text[s:e], text[max(0, s - 70):e + 50].replace("\n", " "))))
    base = flags[next(iter(variants))]
    for name, fl in flags.items():
        print(f"{name}: {len(fl)} dangling flags on {len(rows)} untouched train-side 10kGNAD rows ({20 * len(fl) / len(rows):.2f} per 20)")
        if args.show:
            for f in sorted(fl - base):
                print(f"   + row {f[0]} {f[1]!r} :: {f[2]}")
            for f in sorted(base - fl):
                print(f"   - row {f[0]} {f[1]!r} :: {f[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
