"""Overlap F1 of message / cue / speaker on quotes-de to four places (missed_quotes.py prints three), for A/Bs
of settings and tagger directories on cached parses.

    OMP_NUM_THREADS=1 python training/quotes/score_quotes.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r12/qcache_dev.spacy [--set de=/abs/DIR --set lstm_opinion=lstm.npz] [--folds DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups, predict_groups, read_dir, score_doc  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None, help="directory of fold taggers (train only)")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (error_analysis.set_option)")
    ap.add_argument("--tag", default="")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    gold = read_dir(args.dir)
    nlp = _Cached(_docs(gold, args.cache))
    sc = Scores()
    for i in cross_fitted(len(gold), args.folds, 2):
        score_doc(sc, predict_groups(gold[i], nlp), gold_groups(gold[i]))
    print(args.tag, " ".join(f"{'message' if r == 'quote' else r}={sc.overlap(r)[2]:.4f}"
                             for r in ("quote", "cue", "speaker")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
