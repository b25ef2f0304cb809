"""CPU time of the ``checks.article`` component per article (target: <= 10 ms, so the whole
pipeline keeps >= 20 articles/s on one core).

    python bench/bench_checks.py [--limit 100]

Parses quotes-de dev and held-out 10kGNAD articles with the German pipeline (not timed), then
times only ``checks.article`` on the parsed docs, in CPU seconds of this process (the machine is
shared, so wall-clock figures would measure the neighbours).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.perturb import load_articles  # noqa: E402
from newsgraph.model import Analysis, Article  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
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
