"""The actor finder's phrase pass (``ActorFinder.phrases`` then ``learn``, sentence by sentence, as
extract.events runs it before anything else) with this tree's ``event_actors`` against an older tree's, in
one process, alternating per article (the order swapped each pass).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/actor_phrases_ab.py \
        --cache /tmp/extract_bench.spacy --old /tmp/old_tree [--passes 6]

The articles and parse cache are time_extract.py's. Each article's sentences are cut and tokenized as
extract.events does (``sentence_spans``, ``event_actors.tokenize``: untimed, the same token lists for both);
both trees' word memos are emptied before each pass. Every sentence's phrases (and each article's learned
surnames) must be equal, else it stops. Figures: CPU seconds per pass of the phrase pass over all articles.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    from bench_pipeline import fresh_analyses
    from extract_replay_ab import _old_module, alternate_passes, replay_setup

    from newsgraph.extract import event_actors
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.time import sentence_spans

    args, arts, docs = replay_setup(argv)
    lex = lexicon("de")
    sents = []
    for an, d in zip(fresh_analyses(arts, docs), docs):
        text = an.article.text
        sents.append([event_actors.tokenize(text[a:b]) for a, b in sentence_spans(an, d)])
    old = _old_module(args.old, "event_actors")
    trees = {"old": old, "new": event_actors}

    def one(mod, toks_list):
        finder = mod.ActorFinder(lex)
        out = []
        t = time.process_time()
        for toks in toks_list:
            ph = finder.phrases(toks)
            finder.learn(toks, ph)
            out.append(ph)
        spent = time.process_time() - t
        return spent, ([[dataclasses.astuple(p) for p in ph] for ph in out],
                       {k: dataclasses.astuple(v) for k, v in finder.surnames.items()})

    ran = alternate_passes(trees, sents, one, args.passes, "phrases")
    if ran is None:
        return 1
    times, _, last = ran
    n_phr = sum(len(x) for phrases, _ in last for x in phrases)
    print(f"phrase pass ({len(sents)} articles, {sum(len(s) for s in sents)} sentences, "
          f"{sum(len(t) for s in sents for t in s)} tokens, {n_phr} phrases), phrases and surnames equal; "
          f"CPU s per pass, old: " + " / ".join(f"{x:.3f}" for x in times["old"])
          + "; new: " + " / ".join(f"{x:.3f}" for x in times["new"]) + f" (load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
