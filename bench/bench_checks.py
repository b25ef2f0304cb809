"""CPU time of the ``checks.article`` component per article (target: <= 10 ms, so the whole
pipeline keeps >= 20 articles/s on one core).

    python bench/bench_checks.py [--limit 100]
    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_checks.py --gnad 200 --quotes 100 \
        --cache /tmp/checks_bench.spacy --runs 3 [--export /tmp/checks_flags.jsonl]

Default mode: parses quotes-de dev and held-out 10kGNAD articles with the German pipeline (not
timed), then times only ``checks.article`` on the parsed docs, in CPU seconds of this process (the
machine is shared, so wall-clock figures would measure the neighbours).

Corpus mode (``--gnad``/``--quotes``): bench_pipeline.py's 300 articles, the model pass cached as a
DocBin keyed by text (``--cache``), so two trees can be compared on the same parses; the figure is
the fastest of ``--runs`` whole passes. ``--export`` writes every flag of every article (sorted by
article and flag id, keys sorted): byte-identical files mean the same output.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.perturb import load_articles  # noqa: E402
from newsgraph.model import Analysis, Article  # noqa: E402


def corpus_mode(args) -> int:
    from bench_pipeline import cached_parses, corpus_articles, fresh_analyses

    arts = corpus_articles(args.gnad, args.quotes, "bench_checks")
    docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)
    checks = ArticleChecks()

    def fresh():
        return fresh_analyses(arts, docs)

    warm = fresh()
    checks(warm[0], docs[0])  # loads the model files
    best = float("inf")
    for _ in range(args.runs):
        ans = fresh()
        spent = 0.0
        for an, d in zip(ans, docs):
            t = time.process_time()
            checks(an, d)
            spent += time.process_time() - t
        best = min(best, spent)
    n = sum(len(an.flags) for an in ans)
    print(f"checks.article: {best:.3f} CPU s for {len(arts)} articles (best of {args.runs}), {n} flags, "
          f"load {os.getloadavg()[0]:.1f}")
    if args.export:
        with open(args.export, "w", encoding="utf-8") as f:
            for an in sorted(ans, key=lambda an: an.article.id):
                flags = sorted((fl.model_dump(mode="json") for fl in an.flags), key=lambda r: r["id"])
                f.write(json.dumps({"article": an.article.id, "flags": flags}, ensure_ascii=False, sort_keys=True) + "\n")
    if args.profile:
        import cProfile

        ans = fresh()
        pr = cProfile.Profile(time.process_time)
        pr.enable()
        for an, d in zip(ans, docs):
            checks(an, d)
        pr.disable()
        pr.dump_stats(args.profile)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gnad", type=int, default=None, help="corpus mode: bench_pipeline.py's articles")
    ap.add_argument("--quotes", type=int, default=None)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--export", default=None)
    ap.add_argument("--profile", default=None, help="corpus mode: cProfile dump of one more pass")
    args = ap.parse_args()
    if args.gnad is not None or args.quotes is not None:
        args.gnad, args.quotes = args.gnad or 0, args.quotes or 0
        return corpus_mode(args)
    arts = load_articles("dev")
    arts = arts[: args.limit // 2] + arts[-(args.limit - args.limit // 2):]
    nlp = nlp_stage.load("de")
    parsed = []
    for name, text, _ in arts:
        a = Analysis(article=Article(id=name, text=text, language="de"))
        doc = nlp(text)
        nlp_stage.sentences(a, doc)
        parsed.append((a, doc))
    checks = ArticleChecks()
    checks(*parsed[0])  # loads the model files
    per_article = []
    for a, doc in parsed:
        c0 = time.process_time()
        for _ in range(args.repeat):
            a.flags = []
            checks(a, doc)
        per_article.append((time.process_time() - c0) / args.repeat)
    words = sum(len(d) for _, d in parsed) / len(parsed)
    print(f"checks.article on {len(parsed)} articles (mean {words:.0f} tokens), load {os.getloadavg()[0]:.1f}: "
          f"mean {1000 * statistics.mean(per_article):.1f} ms CPU, median {1000 * statistics.median(per_article):.1f} ms, "
          f"max {1000 * max(per_article):.1f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
