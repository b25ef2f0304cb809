"""link.descriptions ``find()`` with its pattern gates against every gate open, on the bench articles:
CPU seconds of both, interleaved in one process, and whether the descriptions are identical.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_descriptions.py [--runs 5] [--gnad-test]

``--gnad-test`` adds the 10kGNAD test rows (identity over more text). bench/README.md, fourteenth round (h9).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


class _Open:
    def search(self, _text: str) -> bool:
        return True


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--gnad-test", action="store_true")
    args = ap.parse_args(argv)
    from bench_pipeline import corpus_articles, shared

    from newsgraph.link.descriptions import finder

    texts = [a.text for a in corpus_articles(200, 100, "bench_descriptions")]
    if args.gnad_test:
        with open(shared() / "corpora/10kgnad/test.csv", encoding="utf-8") as fh:
            texts += [r[-1] for r in csv.reader(fh, delimiter=";", quotechar="'")]
    f = finder()
    gated = f.gates
    opened = {k: _Open() for k in gated}
    cpu: dict[str, list[float]] = {"gates open": [], "gated": []}
    out: dict[str, list] = {}
    for _ in range(args.runs):
        for name, gates in (("gates open", opened), ("gated", gated)):
            f.gates = gates
            t = time.process_time()
            out[name] = [f.find(s) for s in texts]
            cpu[name].append(time.process_time() - t)
    f.gates = gated
    print(f"{len(texts)} texts, {sum(len(x) for x in out['gated'])} descriptions, identical: "
          f"{out['gated'] == out['gates open']} (load {os.getloadavg()[0]:.1f})")
    for name, v in cpu.items():
        print(f"  {name:<11} CPU s " + " ".join(f"{x:.3f}" for x in v) + f"  (min {min(v):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
