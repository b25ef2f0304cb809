"""Error analysis of the glued-sentence check on perturbed articles: which lost periods does it miss,
what stands on both sides of them, and what does it flag in untouched articles?

    python training/checks/glued_errors.py --split train --seed 101 [--show 40]

Use the train split to find rules (the reported sets are quotes-dev and the held-out 10kGNAD rows).
Each missed join is printed with the tags around it and sorted into a shape: what the glued-on
sentence starts with (a capitalised opener word, a noun, a name, a number, a quote, …) and what
the lost sentence ended with (a verb, a noun, a name, a number, …).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.perturb import generate  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402
from newsgraph.model import Analysis, Article  # noqa: E402


def _shape(tok) -> str:
    if tok is None:
        return "-"
    if tok.text[:1] in "„“\"»«'(":
        return "quote"
    if tok.like_num or tok.text[:1].isdigit():
        return "number"
    return tok.tag_


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=30, help="misses (and untouched flags) to print")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a [glued] setting of config/checks.toml (JSON value), e.g. lexicon_verbs=true")
    args = ap.parse_args()
    nlp = _cached_nlp(nlp_stage.load("de"))
    glued = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    checks = ArticleChecks(**({"glued": glued} if glued else {}))
    shapes: Counter = Counter()
    found = missed = untouched = false = 0
    misses: list[str] = []
    falses: list[str] = []
    for smp in generate(args.split, args.seed, args.limit):
        if smp.perturbation not in ("none", "glued_sentence"):
            continue
        doc = nlp(smp.text)
        a = Analysis(article=Article(id=smp.id, text=smp.text, language="de"))
        nlp_stage.sentences(a, doc)
        checks(a, doc)
        flags = [f for f in a.flags if f.kind == "glued_sentence" and f.span]
        if smp.perturbation == "none":
            untouched += 1
            for f in flags:
                false += 1
                falses.append(f"{smp.source[:40]}: …{smp.text[max(0, f.span.start - 60):f.span.start]}[[{smp.text[f.span.start:f.span.end]}]]"
                              f"{smp.text[f.span.end:f.span.end + 40]}…  ({f.reason})".replace("\n", " "))
            continue
        d = smp.defects[0]
        if any(f.span.start < d.end and d.start < f.span.end for f in flags):
            found += 1
            continue
        missed += 1
        # the tokens around the lost period: d.start is the last word of the first sentence, d.end the
        # first word of the second
        left = next((t for t in doc if t.idx <= d.start < t.idx + len(t.text)), None)
        right = next((t for t in doc if t.idx < d.end <= t.idx + len(t.text)), None)
        after = right.nbor(1) if right is not None and right.i + 1 < len(doc) else None
        key = f"{_shape(left)} | {_shape(right)}{' (opener word)' if right is not None and right.text.lower() in checks.cfg['glued'].get('opener_words', []) else ''}"
        shapes[key] += 1
        ctx = " ".join(f"{t.text}/{t.tag_}" for t in doc[max(0, left.i - 5):min(len(doc), right.i + 6)]) if left is not None and right is not None else ""
        misses.append(f"[{key}] …{smp.text[max(0, d.start - 70):d.end]}‖{smp.text[d.end:d.end + 50]}…\n      {ctx}"
                      f"  next={after.text if after is not None else ''}".replace("\n      ", "\n      ", 1))
    n = found + missed
    print(f"glued insertions {n}: found {found} ({found / max(1, n):.3f}), missed {missed}; "
          f"flags in {untouched} untouched articles: {false} ({20 * false / max(1, untouched):.2f} per 20)")
    print("missed, by shape of the last word | first word of the glued-on sentence:")
    for k, c in shapes.most_common():
        print(f"  {c:4d}  {k}")
    rnd = random.Random(0)
    print("\nmissed (sample):")
    for line in rnd.sample(misses, min(args.show, len(misses))):
        print("  " + line)
    print("\nflags in untouched articles (sample):")
    for line in rnd.sample(falses, min(args.show, len(falses))):
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
