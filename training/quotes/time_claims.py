"""CPU time of the extract.claims component alone, on cached parses, and its output for diffs.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python training/quotes/time_claims.py \
        --corpus bench --cache /tmp/claims_bench.spacy --runs 3 --export /tmp/claims.jsonl

``--corpus bench`` is the corpus of bench/bench_pipeline.py (--gnad 100 --quotes 50 by default),
``--corpus dev`` the 150 quotes-de dev articles. The model pass runs once and is cached as a
DocBin (keyed by text); each run then times ``extract.claims`` over every article (sentences
set up beforehand, untimed) and keeps the fastest run. ``--export`` writes each article's claims
and sources as JSON lines, so two versions of the code can be diffed for identical output;
``--profile FILE`` writes a cProfile of one more run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=("bench", "dev"), default="bench")
    ap.add_argument("--gnad", type=int, default=100)
    ap.add_argument("--quotes", type=int, default=50)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--export", default=None)
    ap.add_argument("--profile", default=None)
    args = ap.parse_args(argv)

    from bench_pipeline import cached_parses, corpus_articles, fresh_analyses

    from newsgraph import nlp as nlp_stage
    from newsgraph.extract.claims import make_claims

    n_gnad, n_quotes = (args.gnad, args.quotes) if args.corpus == "bench" else (0, 150)
    arts = corpus_articles(n_gnad, n_quotes, "time_claims")
    docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)
    comp = make_claims()

    def fresh():
        return fresh_analyses(arts, docs)

    warm = fresh()
    comp(warm[0], docs[0])
    best = float("inf")
    for _ in range(args.runs):
        ans = fresh()
        t = time.process_time()
        for an, d in zip(ans, docs):
            comp(an, d)
        best = min(best, time.process_time() - t)
    n_claims = sum(len(an.claims) for an in ans)
    print(f"extract.claims: {best:.3f} CPU s for {len(arts)} articles (best of {args.runs}), {n_claims} claims")
    if args.export:
        with open(args.export, "w", encoding="utf-8") as f:
            for an in ans:
                f.write(json.dumps({"article": an.article.id,
                                    "claims": [c.model_dump(mode="json") for c in an.claims],
                                    "sources": [s.model_dump(mode="json") for s in an.sources]},
                                   ensure_ascii=False, sort_keys=True) + "\n")
    if args.profile:
        import cProfile

        ans = fresh()
        pr = cProfile.Profile()
        pr.enable()
        for an, d in zip(ans, docs):
            comp(an, d)
        pr.disable()
        pr.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
