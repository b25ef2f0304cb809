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


def _articles(which: str, n_gnad: int, n_quotes: int):
    from bench_pipeline import corpus

    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem

    recs = corpus(n_gnad, n_quotes) if which == "bench" else corpus(0, 150)
    out = []
    for r in recs:
        item = RawItem(text=r["text"], source_path="time_claims", title=r.get("title", ""), url=r.get("url"),
                       outlet=r.get("outlet"), language=r.get("language"), published=r.get("published"))
        out.append(build_article(item, 0))
    return out


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

    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.extract.claims import make_claims
    from newsgraph.model import Analysis

    arts = _articles(args.corpus, args.gnad, args.quotes)
    nlp = nlp_stage.load("de")
    docs = None
    if args.cache and Path(args.cache).exists():
        by_text = {d.text: d for d in DocBin().from_disk(args.cache).get_docs(nlp.vocab)}
        if all(a.text in by_text for a in arts):
            docs = [by_text[a.text] for a in arts]
    if docs is None:
        docs = list(nlp.pipe([a.text for a in arts], batch_size=32))
        if args.cache:
            DocBin(docs=docs, store_user_data=True).to_disk(args.cache)
    comp = make_claims()

    def fresh():
        out = []
        for a, d in zip(arts, docs):
            an = Analysis(article=a.model_copy(deep=True))
            nlp_stage.sentences(an, d)
            out.append(an)
        return out

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
