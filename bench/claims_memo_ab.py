"""Replays of two per-document memos of extract.claims (twenty-sixth round, bench/README), this tree against another
tree's functions (loaded beside these as sibling modules), in one process, alternating, with every answer compared:

1. the late speaker steps' ``quotes_speakers._one_span_speakers`` (each document's calls, with their quotes, as one
   claims pass of this tree made them; per document the token table is first read checked, as ``tokens_from_doc``
   reads it at the start of the extraction);
2. the cue chooser's ``quotes_cues.crf_cue_probs`` (each call's token list and sentences, with the document's
   Featurizer as the claims pass left it: the speaker linker's kept marginals in it).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/claims_memo_ab.py --cache C --old OLD_TREE [--passes 6]

C is time_extract.py's parse cache of the bench articles, OLD_TREE e.g. a ``git archive`` of the base commit. Prints CPU
s per pass over all recorded calls for each variant (the order swapped each pass) and stops at the first answer that
differs (the Tokens' indices and the quotes for 1, the probability dicts with ``==`` and in the same order for 2).
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


def _record(arts, docs):
    """Per document, the ``_one_span_speakers`` calls (doc, quotes as they were) and the ``crf_cue_probs`` calls
    (token list, sentences, the document's Featurizer) of one claims pass of this tree."""
    import copy

    from bench_pipeline import fresh_analyses
    from time_extract import components

    from newsgraph.extract import quotes_cues, quotes_features, quotes_speakers

    spans, cues = [], []
    s0, c0 = quotes_speakers._one_span_speakers, quotes_cues.crf_cue_probs

    def spy_spans(doc, quotes):
        spans[-1].append(copy.deepcopy(quotes))
        return s0(doc, quotes)

    def spy_cues(toks, sents):
        out = c0(toks, sents)
        cues.append((toks, set(sents), quotes_features.featurizer(toks, "de")))
        return out

    claims = dict(components())["extract.claims"]
    quotes_speakers._one_span_speakers, quotes_cues.crf_cue_probs = spy_spans, spy_cues
    try:
        for an, d in zip(fresh_analyses(arts, docs), docs):
            spans.append([])
            claims(an, d)
    finally:
        quotes_speakers._one_span_speakers, quotes_cues.crf_cue_probs = s0, c0
    return spans, cues


def main(argv=None) -> int:
    from extract_replay_ab import _old_module, replay_setup

    from newsgraph.extract import quotes_cues, quotes_features, quotes_speakers
    from newsgraph.nlp.table import token_table

    args, arts, docs = replay_setup(argv)
    spans, cues = _record(arts, docs)
    old_sp, old_cu = _old_module(args.old, "quotes_speakers"), _old_module(args.old, "quotes_cues")
    print(f"{sum(map(len, spans))} _one_span_speakers calls over {len(docs)} documents; {len(cues)} crf_cue_probs calls, "
          f"{sum(len(s) for _, s, _ in cues)} sentences")

    def run_spans(fn):
        out = []
        for d, calls in zip(docs, spans):
            token_table(d)
            for qs in calls:
                out.append([(qs.index(q), f.i, la.i) for q, f, la in fn(d, qs)])
        return out

    def run_cues(fn):
        out = []
        for toks, sents, fz in cues:
            quotes_features._FZ_MEMO = (toks, "de", fz)  # the document's Featurizer, as the pass left it
            out.append(list(fn(toks, sents).items()))
        return out

    parts = (("_one_span_speakers", run_spans, old_sp._one_span_speakers, quotes_speakers._one_span_speakers),
             ("crf_cue_probs", run_cues, old_cu.crf_cue_probs, quotes_cues.crf_cue_probs))
    for name, run, old, new in parts:
        spent = {"old": [], "new": []}
        for p in range(args.passes):
            got = {}
            for v in (("old", "new") if p % 2 == 0 else ("new", "old")):
                t = time.process_time()
                got[v] = run(old if v == "old" else new)
                spent[v].append(time.process_time() - t)
            if got["old"] != got["new"]:
                print(f"{name}: DIFFERENT answers")
                return 1
        print(f"{name}: answers identical; CPU s per pass, old " + " / ".join(f"{x:.3f}" for x in spent["old"])
              + "; new " + " / ".join(f"{x:.3f}" for x in spent["new"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
