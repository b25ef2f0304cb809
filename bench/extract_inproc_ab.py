"""In one process, alternating: the speaker linker's DocViews and the act classifier's ``add_acts`` of
this tree against another tree's (its ``quotes_speakers`` and ``quotes_acts`` loaded beside these as
sibling modules), on cached parses; the act classifier is asked about every sentence (no quotes).
Prints CPU s per pass and whether both give the same quotes (sixteenth round, bench/README).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/extract_inproc_ab.py CACHE OLD_TREE [REPS]

CACHE is a DocBin of the bench articles (``time_extract.py --cache``), OLD_TREE e.g. a ``git archive``.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def main(argv: list[str]) -> int:
    from extract_replay_ab import _old_module
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.extract import quotes_acts as qa
    from newsgraph.extract import quotes_speakers as qs
    from newsgraph.extract.quotes_features import config, tokens_from_doc

    cache, old_tree = argv[0], argv[1]
    reps = int(argv[2]) if len(argv) > 2 else 4
    qa_old, qs_old = _old_module(old_tree, "quotes_acts"), _old_module(old_tree, "quotes_speakers")
    nlp = nlp_stage.load("de")
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    toks = [tokens_from_doc(d, "de") for d in docs]
    acts = qa.load_acts(config()["model"]["act_classifier"])
    level, widen = qs.feature_level(), qs.widenings()

    def views(mod):
        for d, t in zip(docs, toks):
            mod.DocView(d, t, level, widen)
            mod.DocView(d, t, 0, frozenset())

    def add_acts(mod):
        return [mod.add_acts(d, t, [], acts) for d, t in zip(docs, toks)]

    res: dict[str, list[float]] = {}
    for _ in range(reps):
        for name, fn in (("views old", lambda: views(qs_old)), ("views new", lambda: views(qs)),
                         ("add_acts old", lambda: add_acts(qa_old)), ("add_acts new", lambda: add_acts(qa))):
            t = time.process_time()
            fn()
            res.setdefault(name, []).append(time.process_time() - t)
    key = lambda qs_: [(q.message, q.mode, q.cue, q.speaker) for q in qs_]  # noqa: E731
    a, b = add_acts(qa_old), add_acts(qa)
    for k, v in res.items():
        print(f"{k}: " + " / ".join(f"{x:.3f}" for x in v))
    print("add_acts quotes identical:", all(key(x) == key(y) for x, y in zip(a, b)), sum(len(x) for x in a))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
