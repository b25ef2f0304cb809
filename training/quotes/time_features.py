"""CPU time of the quote CRFs' featurizer (tokens_from_doc + Featurizer.rows over every sentence) on a
parse cache, at several cluster_features levels, best of ``--runs``:

    OMP_NUM_THREADS=1 python training/quotes/time_features.py /tmp/r11/qcache_dev.spacy --levels 0 1 0 1
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache")
    ap.add_argument("--levels", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.extract import quotes_features as qf
    from newsgraph.extract.quotes import _taggers

    nlp = nlp_stage.load("de")
    docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    pair = _taggers(qf.config()["model"]["de"])

    def run() -> float:
        t0 = time.process_time()
        for d in docs:
            toks = qf.tokens_from_doc(d, "de")
            qf.Featurizer(toks, "de").rows(0, len(toks), pair.index)
        return time.process_time() - t0

    for level in args.levels:
        qf.config()["model"]["cluster_features"] = level
        pair.index.cache.clear()
        qf._word_clusters.cache_clear()
        times = [run() for _ in range(args.runs)]
        print(f"cluster_features={level}: best {min(times):.2f} CPU s, first {times[0]:.2f} ({len(docs)} articles)",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
