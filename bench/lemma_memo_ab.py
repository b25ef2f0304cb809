"""The edit-tree lemmatizer as spaCy has it against newsgraph/nlp/lemma_memo.py, in one process (round 26, h10).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/lemma_memo_ab.py --reps 6

bench_pipeline.py's 300 articles (``--gnad 200 --quotes 100``) go once through the pipes before the lemmatizer
(tok2vec, tagger, morphologizer: each doc keeps the tensor the lemmatizer's listener reads). Then the same component
object runs as ``EditTreeLemmatizer`` ("plain") and as ``MemoEditTreeLemmatizer`` ("memo"; its memo warm from the
comparison run), each doc's lemmas reset to 0 before every run outside the timing; first both runs' lemmas (hash per
token) and the string store's additions are compared, then each is timed ``--reps`` times over the 300 docs
(``pipe(batch_size=32)``), order swapped every rep. Prints CPU s per run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=6)
    args = ap.parse_args()
    from bench_pipeline import corpus_articles
    from spacy.attrs import LEMMA
    from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp.lemma_memo import MemoEditTreeLemmatizer

    nlp = nlp_stage.load("de")
    name = "trainable_lemmatizer"
    lem = nlp.get_pipe(name)
    assert type(lem) is MemoEditTreeLemmatizer, "lemma_memo is off in this tree's config"
    nlp((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"))
    texts = [a.text for a in corpus_articles(200, 100, "lemma_ab")]
    with nlp.select_pipes(enable=nlp.pipe_names[: nlp.pipe_names.index(name)]):
        docs = list(nlp.pipe(texts, batch_size=32))
    print("words", sum(len(t.split()) for t in texts), "tokens", sum(len(d) for d in docs))
    classes = {"plain": EditTreeLemmatizer, "memo": MemoEditTreeLemmatizer}

    def run(kind: str) -> float:
        for d in docs:
            d.from_array([LEMMA], np.zeros((len(d), 1), dtype="uint64"))
        lem.__class__ = classes[kind]
        c0 = time.process_time()
        for _ in lem.pipe(docs, batch_size=32):
            pass
        t = time.process_time() - c0
        lem.__class__ = MemoEditTreeLemmatizer
        return t

    strings = nlp.vocab.strings
    out = {}
    for kind in ("plain", "memo"):
        n0 = len(strings)
        run(kind)
        out[kind] = ([d.to_array(LEMMA).tobytes() for d in docs], [[t.lemma_ for t in d] for d in docs], len(strings) - n0)
    print("lemmas identical on", len(docs), "docs:", out["plain"][:2] == out["memo"][:2],
          "| new strings plain / memo:", out["plain"][2], out["memo"][2])
    cpu: dict[str, list[float]] = {"plain": [], "memo": []}
    for r in range(args.reps):
        for kind in (("plain", "memo") if r % 2 == 0 else ("memo", "plain")):
            cpu[kind].append(run(kind))
    for k, v in cpu.items():
        print(f"{k:<6}" + " ".join(f"{x:7.3f}" for x in v) + f"   mean {sum(v) / len(v):.3f}  min {min(v):.3f}")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
