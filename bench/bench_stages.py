"""CPU time of every stage after the model pass (the per-article components, the store's writes,
the corpus components) on cached parses of the bench corpus, first run and later runs apart.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_stages.py \
        --gnad 200 --quotes 100 --cache /tmp/stages_bench.spacy --runs 3 [--export DIR] [--gc-young N]

The articles are bench_pipeline.py's corpus; the model pass runs once and is cached as a DocBin
(``--cache``, keyed by text, the same file as time_extract.py's), so only our own stages are
timed. Each run starts from fresh analyses (sentences set, untimed), runs the configured
components article by article in pipeline order, writes the analyses to a new DuckDB store in
batches of 64 and runs the corpus components over it, timing each stage. The first run pays what
a fresh ingest pays (memo tables of name lookup, lexicon caches), so it is printed on its own;
then the fastest of the later runs per stage. The collector's time inside the runs is printed
too (``gc.callbacks``); ``--gc-young N`` runs the stages inside ``pipeline.young_collections(N)``
as the pipeline does with ``[gc]`` (young threshold N, the loaded objects frozen;
0, the default here: Python's collector as it is, to compare the two).

``--export DIR`` writes the first run's store as JSONL (``Store.export``) for byte-level diffs
between two trees.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


class GcClock:
    """CPU seconds spent in the cyclic collector while ``on``."""

    def __init__(self) -> None:
        self.cpu, self.on, self._c0 = 0.0, False, 0.0
        gc.callbacks.append(self._cb)

    def _cb(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._c0 = time.process_time()
        elif self.on:
            self.cpu += time.process_time() - self._c0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--export", default=None)
    ap.add_argument("--gc-young", type=int, default=0)
    args = ap.parse_args(argv)

    from bench_pipeline import cached_parses, corpus_articles, fresh_analyses

    from newsgraph import nlp as nlp_stage
    from newsgraph.pipeline import Pipeline, young_collections
    from newsgraph.store import DuckDBStore

    arts = corpus_articles(args.gnad, args.quotes, "time_extract")
    docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)
    pipeline = Pipeline()
    # lazy loads (KB, lexicons, models) on the seed article, as bench_pipeline.py does
    pipeline.analyse_text((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"), language="de")
    gclock = GcClock()
    tmp = Path(tempfile.mkdtemp(prefix="bench-stages-"))
    runs: list[dict[str, float]] = []
    for r in range(args.runs):
        analyses = fresh_analyses(arts, docs)
        spent: dict[str, float] = {}
        gclock.cpu, gclock.on = 0.0, True
        with young_collections(args.gc_young):
            for an, doc in zip(analyses, docs):
                for name, comp in pipeline.components:
                    c0 = time.process_time()
                    comp(an, doc)
                    spent[name] = spent.get(name, 0.0) + time.process_time() - c0
            store = DuckDBStore(tmp / f"run{r}.duckdb")
            c0 = time.process_time()
            for k in range(0, len(analyses), 64):
                store.put_analyses(analyses[k:k + 64])
            spent["store"] = time.process_time() - c0
            ids = [a.article.id for a in analyses]
            for name, comp in pipeline.corpus_components:
                c0 = time.process_time()
                comp(store, ids)
                spent[name] = time.process_time() - c0
        gclock.on = False
        spent["(of which the collector)"] = gclock.cpu
        if r == 0 and args.export:
            store.export(args.export, "jsonl")
        store.close()
        runs.append(spent)
    n = len(docs)
    print(f"{n} articles, load {os.getloadavg()[0]:.1f}; CPU s per stage, first run"
          + (f" / best of the other {args.runs - 1}" if args.runs > 1 else ""))
    for name in runs[0]:
        later = f" / {min(x[name] for x in runs[1:]):.3f}" if args.runs > 1 else ""
        print(f"  {name}: {runs[0][name]:.3f}{later}")
    total = [sum(v for k, v in x.items() if not k.startswith("(")) for x in runs]
    print(f"  all stages: {total[0]:.2f}" + (f" / {min(total[1:]):.2f}" if args.runs > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
