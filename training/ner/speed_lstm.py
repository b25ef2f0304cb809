"""CPU time of the NER's BiLSTM component alone (newsgraph/nlp/ner_lstm.py) on 10kGNAD articles.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python -m training.ner.speed_lstm --gnad 300 [--model DIR]

The pipeline up to the component runs once (not timed); then the component runs over copies of
those docs: a first pass (per-form caches filling) and ``--runs`` more, each timed with
``time.process_time``, whole docs through ``pipe`` as the pipeline calls it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[2]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--model", type=Path, default=REPO / "models" / "de_ner" / "lstm")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO / "bench"))
    from bench_pipeline import corpus_articles

    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp.ner_lstm import NerLstm

    texts = [a.text for a in corpus_articles(args.gnad, 0, "speed_lstm")]
    nlp = nlp_stage.load("de")
    cut = nlp.pipe_names.index("ner") + 1
    with nlp.select_pipes(disable=nlp.pipe_names[cut:]):
        docs = list(nlp.pipe(texts, batch_size=32))
    tokens = sum(len(d) for d in docs)
    t = time.process_time()
    comp = NerLstm(nlp, str(args.model))
    print(f"load {time.process_time() - t:.2f} CPU s")
    for run in range(args.runs + 1):
        out = [d.copy() for d in docs]
        t = time.process_time()
        out = list(comp.pipe(out))
        s = time.process_time() - t
        print(f"{'cold' if run == 0 else 'warm'} pass: {s:.2f} CPU s for {len(docs)} articles, {tokens} tokens "
              f"(load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
