"""Re-tune the chain's merge of a fold CRF (override / fill thresholds, or "replace") on GermEval CV folds.

    python -m training.ner.merge_grid --crf training/runs/h1/r19/netnoo --folds 0 1

Runs training/ner/rule_ab.py once per setting in one process (the fold caches are read, never rebuilt when
they exist): mode "replace" (the CRF's spans alone), then every override threshold × fill floor of the
grid (fill 0 = no floor), then the shipped thresholds without keep_longer. One line a setting: pooled P / R
/ F1 and per fold. Choose on folds 0-1 only (de_ner card).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

from . import rule_ab

THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
FILLS = (0.0, 0.5, 0.7, 0.8, 0.9)


def settings() -> list[list[str]]:
    grid = [["ner_crf.mode='replace'"]]
    grid += [[f"ner_crf.threshold={t}", f"ner_crf.fill_threshold={ft}"] for t in THRESHOLDS for ft in FILLS]
    grid.append(["ner_crf.threshold=0.85", "ner_crf.fill_threshold=0.8", "ner_crf.keep_longer=false"])
    return grid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--crf", type=Path, required=True, help="fold CRFs (cv<k>.crfsuite), as rule_ab.py --crf")
    ap.add_argument("--folds", type=int, nargs="*", default=[0, 1])
    ap.add_argument("--res", type=Path, default=rule_ab.RES)
    ap.add_argument("--cache", type=Path, default=rule_ab.CACHE)
    args = ap.parse_args(argv)
    for sets in settings():
        cmd = ["--folds", *map(str, args.folds), "--crf", str(args.crf), "--res", str(args.res), "--cache", str(args.cache)]
        for s in sets:
            cmd += ["--set", s]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rule_ab.main(cmd)
        first, alone = buf.getvalue().splitlines()[:2]
        print(" ".join(sets), "|", first.split(": ", 1)[1].split(" | PER")[0], "|", alone.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
