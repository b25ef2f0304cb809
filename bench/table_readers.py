"""CPU time of the readers of a document's tokens that the seventeenth round moved onto one token
table per document (newsgraph/nlp/table.py), in the order the pipeline calls them per article: the
claims extractor's ``tokens_from_doc``, ``doc_text``, the act classifier's columns, the cue chooser's
and the speaker linker's ``DocView``, then the checks' ``tag_doc``. Run it once per tree (``PYTHONPATH``
set to a ``git archive`` of each commit, from that tree), alternating, on one parse cache; it prints
CPU s per pass (each the sum over all documents) and a digest of what the readers returned, which
must be the same in both trees.

    OMP_NUM_THREADS=1 python bench/table_readers.py CACHE [REPS]
"""

from __future__ import annotations

import hashlib
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def main(argv: list[str]) -> int:
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.tagging import tag_doc
    from newsgraph.extract import quotes_acts as qa
    from newsgraph.extract import quotes_speakers as qs
    from newsgraph.extract.quotes_features import doc_text, tokens_from_doc

    cache = argv[0]
    reps = int(argv[1]) if len(argv) > 1 else 3
    nlp = nlp_stage.load("de")
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    level, widen = qs.feature_level(), qs.widenings()
    parts = ("tokens_from_doc", "doc_text", "act columns", "DocView x2", "tag_doc")

    def one_pass(keep: list | None) -> dict[str, float]:
        spent = dict.fromkeys(parts, 0.0)
        for d in docs:
            t0 = time.process_time()
            toks = tokens_from_doc(d, "de")
            t1 = time.process_time()
            text = doc_text(d)
            t2 = time.process_time()
            cols = qa._columns(d, toks)
            t3 = time.process_time()
            v0 = qs.DocView(d, toks, 0, frozenset())
            v1 = qs.DocView(d, toks, level, widen)
            t4 = time.process_time()
            sents = tag_doc(d)
            t5 = time.process_time()
            for k, a, b in zip(parts, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5)):
                spent[k] += b - a
            if keep is not None:
                keep.append(repr(([vars(t) for t in toks], text, cols, v0.head, v0.sent_nps, v1.sent_nps,
                                  [v1.dep(i) + v1.pos(i) + v1.ent(i) for i in range(len(v1.head))],
                                  [[(t.text, t.start, t.end, t.lemma, t.tag, t.sent, t.ws_before, t.dep, t.i, t.number,
                                     t.ent, t.gender, t.head) for t in s] for s in sents])))
        return spent

    got: list[str] = []
    one_pass(got)  # warm-up, and what the readers return
    digest = hashlib.sha1("\n".join(got).encode()).hexdigest()
    runs = [one_pass(None) for _ in range(reps)]
    print(f"{len(docs)} docs, {sum(len(d) for d in docs)} tokens; readers' output sha1 {digest[:12]}")
    for k in (*parts, "all"):
        vals = [sum(r.values()) if k == "all" else r[k] for r in runs]
        print(f"  {k:16s} " + " / ".join(f"{v:.3f}" for v in vals) + " CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
