"""The quote taggers' featurizer (``quotes_features.Featurizer.rows``) of this tree against an older one, in one
process (alternating), with their rows compared.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/featurizer_ab.py \
        --cache /tmp/extract_bench.spacy --old /tmp/old_tree [--passes 4]

The articles and parse cache are time_extract.py's (the first 200 of 10kGNAD test, then 100 of quotes-de dev).
One claims pass of this tree records each document's token list (``tokens_from_doc`` plus the BiLSTM opinion, as
the taggers see it). Then each pass builds, for each tree, a Featurizer per document and asks it for the rows of
every sentence, one sentence at a time (as ``tag_candidates`` asks), over all documents; each pass starts from a
fresh copy of the taggers' ``FeatureIndex`` (its combination cache empty, as in a new process), so a pass is what
a 300-article run costs, cold cache warming up over the documents. The rows must be equal (every sentence, both
trees), else it stops. The trees alternate per document (the order swapped each pass). Figures are CPU seconds per
pass, and the sum over documents of each document's fastest time (steadier on a loaded machine).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _record(docs, arts):
    """The token list of every document the taggers featurized in one claims pass of this tree."""
    from bench_pipeline import fresh_analyses
    from time_extract import components

    from newsgraph.extract import quotes_features

    seen, f0 = [], quotes_features.featurizer

    def spy(toks, lang="de"):
        if not seen or seen[-1] is not toks:
            seen.append(toks)
        return f0(toks, lang)

    quotes_features.featurizer = spy
    try:
        claims = dict(components())["extract.claims"]
        for an, d in zip(fresh_analyses(arts, docs), docs):
            claims(an, d)
    finally:
        quotes_features.featurizer = f0
    return seen


def main(argv=None) -> int:
    from extract_replay_ab import _old_module, replay_setup

    from newsgraph.extract import quotes_crf, quotes_features
    from newsgraph.extract.quotes import _taggers

    args, arts, docs = replay_setup(argv)
    toks_list = _record(docs, arts)
    old = _old_module(args.old, "quotes_features")
    index = _taggers(quotes_features.config()["model"]["de"]).index

    def one_pass(mod, idx):
        out = []
        for toks in toks_list:
            fz = mod.Featurizer(toks, "de")
            for s in sorted(fz.s_first):
                out.append(fz.rows(fz.s_first[s], fz.s_last[s] + 1, idx))
        return out

    if one_pass(quotes_features, quotes_crf.FeatureIndex(index.attrs)) \
            != one_pass(old, quotes_crf.FeatureIndex(index.attrs)):
        print("Featurizer.rows: rows differ")
        return 1
    # interleaved per document (on a loaded machine another job's burst then hits both trees alike), the order
    # swapped every pass; per pass and tree a fresh index, so both warm their caches over the same documents
    times = {"old": [], "new": []}
    fastest = {"old": [float("inf")] * len(toks_list), "new": [float("inf")] * len(toks_list)}
    for rep in range(args.passes):
        idx = {"old": quotes_crf.FeatureIndex(index.attrs), "new": quotes_crf.FeatureIndex(index.attrs)}
        spent = {"old": 0.0, "new": 0.0}
        order = (("old", old), ("new", quotes_features)) if rep % 2 == 0 else (("new", quotes_features), ("old", old))
        for k, toks in enumerate(toks_list):
            for label, mod in order:
                t = time.process_time()
                fz = mod.Featurizer(toks, "de")
                for s in sorted(fz.s_first):
                    fz.rows(fz.s_first[s], fz.s_last[s] + 1, idx[label])
                t = time.process_time() - t
                spent[label] += t
                fastest[label][k] = min(fastest[label][k], t)
        for label in spent:
            times[label].append(spent[label])
    n_tok = sum(len(t) for t in toks_list)
    print(f"quotes_features.Featurizer.rows ({len(toks_list)} documents, {n_tok} tokens), rows equal; CPU s per "
          "pass, old: " + " / ".join(f"{x:.3f}" for x in times["old"]) + "; new: "
          + " / ".join(f"{x:.3f}" for x in times["new"])
          + f"; summing each document's fastest: old {sum(fastest['old']):.3f}, new {sum(fastest['new']):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
