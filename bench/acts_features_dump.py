"""The act classifier's features of every sentence of a DocBin (all sentences taken as free), dumped as
JSON, and their CPU time: two trees' dumps compared with ``cmp`` (sixteenth round, bench/README).

    OMP_NUM_THREADS=1 python bench/acts_features_dump.py CACHE OUT.json
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def main(argv: list[str]) -> int:
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.extract import quotes_acts as qa
    from newsgraph.extract.quotes_features import tokens_from_doc

    nlp = nlp_stage.load("de")
    docs = list(DocBin().from_disk(argv[0]).get_docs(nlp.vocab))
    out, cpu = [], 0.0
    for d in docs:
        toks = tokens_from_doc(d, "de")
        spans, mode_of = qa.free_sentences(toks, [])
        text = d.text
        t = time.process_time()
        out.append([qa.features(d, toks, spans, mode_of, n, text) for n in range(len(spans))])
        cpu += time.process_time() - t
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f)
    print(f"{len(docs)} docs, {sum(len(x) for x in out)} sentences, features {cpu:.3f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
