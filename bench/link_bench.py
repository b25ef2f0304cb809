"""Throughput of entity linking (gazetteer + descriptions + resolution, no NER) on German
news: python bench/link_bench.py [N] over ../shared/data/corpora/10kgnad/test.csv."""

from __future__ import annotations

import csv
import os
import sys
import time
from pathlib import Path

from newsgraph.link import kb
from newsgraph.link.mentions import link_article
from newsgraph.model import Analysis, Article

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def main(n: int = 300) -> None:
    path = SHARED / "data/corpora/10kgnad/test.csv"
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))[:n]
    t0 = time.perf_counter()
    link_article(Analysis(article=Article(id="warm", text="Wien", language="de")))
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = chars = 0
    kb_linked = 0
    for i, (_, text) in enumerate(rows):
        a = Analysis(article=Article(id=f"b{i}", text=text, language="de"))
        link_article(a)
        mentions += len(a.mentions)
        kb_linked += sum(1 for m in a.mentions if m.entity_id and m.entity_id in kb())
        chars += len(text)
    dt = time.perf_counter() - t0
    print(f"KB + indexes load: {t_load:.2f} s")
    print(f"{len(rows)} articles, {chars / 1e6:.2f} M chars, {mentions} mentions ({kb_linked} KB entities) "
          f"in {dt:.2f} s: {len(rows) / dt:.0f} articles/s, {dt / len(rows) * 1000:.1f} ms/article")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
