"""The serial corpus tail: ``link.corpus``, ``stories.cluster`` and ``checks.contradictions``
timed alone over a whole job's new articles (what runs after the last Ray partition).

The articles are analysed once by the local engine with the corpus components switched off
and stored in ``--work/base.duckdb`` (reused on later runs with the same sizes); each run then
times the corpus components on a fresh copy of that store. ``--profile PREFIX`` writes one
cProfile file per component (CPU timer); ``--export DIR`` exports the store afterwards, to
check that a change leaves the output identical.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/bench_corpus_tail.py --gnad 1028 --quotes 150
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from bench_pipeline import corpus, write_jsonl  # noqa: E402

from newsgraph.pipeline import Pipeline, ingest  # noqa: E402
from newsgraph.store import DuckDBStore  # noqa: E402


def build(work: Path, gnad: int, quotes: int) -> list[str]:
    """Analyse and store the corpus once, without the corpus components; returns the new ids."""
    ids_file = work / "new_ids.json"
    if ids_file.exists():
        return json.loads(ids_file.read_text())
    work.mkdir(parents=True, exist_ok=True)
    src = write_jsonl(corpus(gnad, quotes), work / "articles.jsonl")
    pipe = Pipeline()
    pipe.corpus_components = []
    store = DuckDBStore(str(work / "base.duckdb"))
    t0 = time.perf_counter()
    report = ingest([src], store, pipeline=pipe)
    store.close()
    print(f"built: {report.stored} articles stored in {time.perf_counter() - t0:.1f} s wall")
    ids_file.write_text(json.dumps(report.new_ids))
    return report.new_ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gnad", type=int, default=1028)
    ap.add_argument("--quotes", type=int, default=150)
    ap.add_argument("--work", type=Path, default=None, help="cache dir (default /tmp/newsgraph_tail_G_Q)")
    ap.add_argument("--profile", default=None, help="prefix of per-component cProfile files")
    ap.add_argument("--export", type=Path, default=None, help="export the store here (jsonl) afterwards")
    args = ap.parse_args()
    work = args.work or Path(f"/tmp/newsgraph_tail_{args.gnad}_{args.quotes}")
    ids = build(work, args.gnad, args.quotes)
    copy = work / "run.duckdb"
    shutil.copy(work / "base.duckdb", copy)
    store = DuckDBStore(str(copy))
    print(f"{len(ids)} new articles; load avg {os.getloadavg()[0]:.1f}")
    total = 0.0
    for name, comp in Pipeline().corpus_components:
        prof = cProfile.Profile(time.process_time) if args.profile else None
        c0, w0 = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        comp(store, ids)
        if prof:
            prof.disable()
            prof.dump_stats(f"{args.profile}.{name}")
        cpu = time.process_time() - c0
        total += cpu
        print(f"{name:24s} {cpu:7.2f} CPU s {time.perf_counter() - w0:7.2f} wall s")
    print(f"{'corpus components':24s} {total:7.2f} CPU s")
    if args.export:
        shutil.rmtree(args.export, ignore_errors=True)
        store.export(str(args.export), "jsonl")
    store.close()


if __name__ == "__main__":
    main()
