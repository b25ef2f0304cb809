"""Throughput of the German NER component alone (words/s on one core).

  OMP_NUM_THREADS=1 python bench/bench_ner.py [--model models/de_ner] [--n 300]

Text: 10kGNAD articles from the shared data if present, else the seed article repeated.
Tokenisation is timed separately so the figure is the model's own cost (all its components:
the NER and the place-name gazetteer after it). Both wall-clock
and CPU-time rates are printed: on a shared machine the CPU-time rate is what one free core gives.
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def texts(n: int) -> list[str]:
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
    gnad = shared / "data" / "corpora" / "10kgnad" / "test.csv"
    if gnad.exists():
        csv.field_size_limit(10_000_000)
        with gnad.open(encoding="utf-8", newline="") as f:
            out = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) >= 2]
        return out[:n]
    seed = (REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8")
    return [seed] * n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "de_ner"))
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts(args.n)]
    t_tok = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    for _, proc in nlp.pipeline:  # warm-up
        list(proc.pipe([d.copy() for d in docs[:10]]))
    # Every component of the model (the NER and the gazetteer ruler after it), one after another.
    t_ner = c_ner = 0.0
    per = {}
    for name, proc in nlp.pipeline:
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(proc.pipe(docs, batch_size=32))
        per[name] = time.process_time() - c0
        t_ner, c_ner = t_ner + time.perf_counter() - t0, c_ner + per[name]
    ents = sum(len(d.ents) for d in docs)
    print(f"docs={len(docs)} words={words} entities={ents}")
    print(f"tokenizer: {words / t_tok:,.0f} words/s")
    print(f"ner:       {words / t_ner:,.0f} words/s wall, {words / c_ner:,.0f} words/s CPU time "
          f"({', '.join(f'{k} {v:.2f}s' for k, v in per.items())} CPU)")


if __name__ == "__main__":
    main()
