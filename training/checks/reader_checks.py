"""How many of generator v4's dangling references each reader check of v5 removes
(newsgraph/checks/perturb.py ``reader_check``), with the removed references to read.

    python training/checks/reader_checks.py --split quotes-dev [--seed 13] [--show]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.perturb import _sentences, dangling_v4_all, load_articles, needs_introducing  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="quotes-dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", action="store_true", help="print each v4 reference with the check that removes it")
    args = ap.parse_args()
    introduced = needs_introducing()
    stats: Counter = Counter()
    for name, text, spans in load_articles(args.split):
        sents = _sentences(text, spans)
        if len(sents) < 4:
            continue
        # the same random stream as generate(), so these are v4's references
        r = random.Random(f"{args.seed}:{name}:dangling")
        log: list = []
        dangling_v4_all(text, sents, r, introduced, log=log)
        for why, ref, removed in log:
            stats[why] += 1
            if args.show:
                print(f"{why:<10} {ref:<35} cut: {' '.join(removed.split())[:110]}")
    print(f"{args.split} seed {args.seed}: v4 references {sum(stats.values())}, {dict(stats)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
