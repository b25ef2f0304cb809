"""CPU time of the quotation taggers' BiLSTM opinion ([model] lstm_opinion, newsgraph/extract/quotes_lstm.py)
alone, on cached parses: every sentence of every article through ``add_opinion`` (inputs and the numpy forward).

    OMP_NUM_THREADS=1 python bench/time_quotes_lstm.py /tmp/r12/qcache_dev.spacy training/runs/quote_lstm/all/lstm.npz

Pass 0 is cold (the per-form cache of vectors, characters and shapes empty, as for a fresh process); the
later passes reuse it. Figures are CPU seconds (``time.process_time``), per 100 articles.
"""

from __future__ import annotations

import argparse
import time

from spacy.tokens import DocBin

from newsgraph import nlp as nlp_stage
from newsgraph.extract import quotes_lstm as ql
from newsgraph.extract.quotes_features import tokens_from_doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache", help="DocBin of nlp-stage parses")
    ap.add_argument("model", help="the BiLSTM npz")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    nlp = nlp_stage.load("de")
    docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    toks = [tokens_from_doc(d, "de") for d in docs]
    ql.load(args.model)
    for rep in range(args.passes):
        for ts in toks:
            for t in ts:
                t.nn = None
        t0 = time.process_time()
        for d, ts in zip(docs, toks, strict=True):
            ql.add_opinion(d, ts, args.model)
        dt = time.process_time() - t0
        print(f"pass {rep}: {dt:.2f} CPU s for {len(docs)} articles ({sum(map(len, toks))} tokens), "
              f"{100 * dt / len(docs):.2f} CPU s per 100 articles")


if __name__ == "__main__":
    main()
