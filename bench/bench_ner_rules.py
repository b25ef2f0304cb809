"""CPU time of the NER rule components (everything after the statistical NER: noun filter,
gazetteer, first names, organisation forms, misc rules, organisation names, surnames) on the
bench corpus, each component alone, and their entity spans for byte-level diffs between trees.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_ner_rules.py \
        --gnad 200 --quotes 100 --cache /tmp/ner_rules_pre.spacy --runs 5 [--export /tmp/ents.jsonl] [--cold]

The articles are bench_pipeline.py's corpus. The pipeline up to and including ``ner`` runs once
and is cached as a DocBin (``--cache``, keyed by text): the statistical pipes are the same in
two trees whose rule code differs, so one cache serves both and only the rules are compared.
Each run copies the cached docs and runs the rule components in pipeline order, timing each one;
the figure per component is the fastest of ``--runs``. ``--cold`` skips the warm-up on ten docs
and prints the first run on its own: what a fresh process pays for the components' per-word
caches (HanTa readings, judged words) before the later runs' warm figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--export", default=None)
    ap.add_argument("--cold", action="store_true",
                    help="no warm-up: the first run pays the components' lexicon loads and per-word caches as a fresh "
                         "process does; it is printed apart from the best of the later (warm) runs")
    args = ap.parse_args(argv)

    from spacy.tokens import DocBin

    from bench_pipeline import corpus_articles
    from newsgraph import nlp as nlp_stage

    texts = [a.text for a in corpus_articles(args.gnad, args.quotes, "bench_ner_rules")]
    nlp = nlp_stage.load("de")
    names = nlp.pipe_names
    cut = names.index("ner") + 1
    rules = nlp.pipeline[cut:]

    docs = None
    if args.cache and Path(args.cache).exists():
        by_text = {d.text: d for d in DocBin(store_user_data=True).from_disk(args.cache).get_docs(nlp.vocab)}
        if all(t in by_text for t in texts):
            docs = [by_text[t] for t in texts]
    if docs is None:
        with nlp.select_pipes(disable=[name for name, _ in rules]):
            docs = list(nlp.pipe(texts, batch_size=32))
        if args.cache:
            DocBin(docs=docs, store_user_data=True).to_disk(args.cache)

    if not args.cold:
        for _, proc in rules:  # warm-up: lexicons and per-word caches
            for d in docs[:10]:
                proc(d.copy())
    best = {name: float("inf") for name, _ in rules}
    first: dict[str, float] = {}
    for r in range(args.runs):
        out = [d.copy() for d in docs]
        for name, proc in rules:
            t = time.process_time()
            out = [proc(d) for d in out]
            if args.cold and r == 0:
                first[name] = time.process_time() - t
            else:
                best[name] = min(best[name], time.process_time() - t)
    if first:
        for name, s in first.items():
            print(f"{name}: {s:.3f} CPU s for {len(docs)} articles (cold: first run, no warm-up)")
        print(f"all rules, cold: {sum(first.values()):.3f} CPU s")
        args.runs -= 1
    for name, s in best.items():
        print(f"{name}: {s:.3f} CPU s for {len(docs)} articles (best of {args.runs})")
    print(f"all rules: {sum(best.values()):.3f} CPU s, load {os.getloadavg()[0]:.1f}")
    if args.export:
        with open(args.export, "w", encoding="utf-8") as f:
            for d in out:
                f.write(json.dumps([(e.start, e.end, e.label_) for e in d.ents]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
