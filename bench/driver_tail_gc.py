"""The Ray driver's serial tail (the corpus components after its last merge) and the collector.

  OMP_NUM_THREADS=1 NEWSGRAPH_SHARED=/work/shared python bench/driver_tail_gc.py DIR [--pairs 3]

DIR: a bench_merge_replay.py run directory (made there on first use: the bench articles through a
2-worker Ray job, Parquet output kept). In one process, as the driver has them: the corpus pipeline
with its lookups loaded (``_CorpusWarmUp``), then per run a fresh store, the partitions merged in
batches of 7, and the corpus components run either as ``Pipeline.after_ingest`` does now (under
``[gc]``) or as the Ray driver ran them before round 27 (the same loop under Python's thresholds).
Alternating, after one warm-up run; per run CPU s of the merges and the tail, the collector's CPU s
and full passes in each (``gc.callbacks``), each component's CPU s and a digest of every table:
equal digests, the same output.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--pairs", type=int, default=3)
    args = ap.parse_args()

    from newsgraph.config import load as load_config
    from newsgraph.ingest.dedupe import datasketch_minhash
    from newsgraph.pipeline import IngestReport
    from newsgraph.scale import settings
    from newsgraph.scale.engine import _CorpusWarmUp
    from newsgraph.scale.merge import Merger
    from newsgraph.scale.partitions import plan
    from newsgraph.store import DuckDBStore
    from newsgraph.store.schema import RECORD_TABLES

    datasketch_minhash()
    config = load_config()
    pcfg = settings.load()["partition"]
    parts = plan([args.dir / "articles.jsonl"], 20, pcfg["max_partitions_per_file"], pcfg["files_per_partition"])
    pipe = _CorpusWarmUp(config).pipeline()  # the driver's KB, name matcher and idf, loaded
    spent = [0.0, 0]
    started = [0.0]

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[0] += time.process_time() - started[0]
            spent[1] += info["generation"] == 2

    gc.callbacks.append(watch)

    def old_tail(store, ids: list[str], timings: list) -> None:  # before round 27, on the Ray driver
        for name, comp in pipe.corpus_components:
            t, c = time.perf_counter(), time.process_time()
            comp(store, ids)
            timings.append((name, time.perf_counter() - t, time.process_time() - c))

    def run(new: bool) -> None:
        with tempfile.TemporaryDirectory(prefix="driver-tail-gc-") as d:
            store = DuckDBStore(Path(d) / "s.duckdb")
            report = IngestReport()
            gc.collect()
            spent[:] = [0.0, 0]
            c = time.process_time()
            merger = Merger(store, args.dir / "out", config, report)
            for k in range(0, len(parts), 7):
                merger.merge_batch([p.id for p in parts[k:k + 7]])
            merge, merge_gc = time.process_time() - c, tuple(spent)
            spent[:] = [0.0, 0]
            timings: list = []
            c = time.process_time()
            (pipe.after_ingest if new else old_tail)(store, report.new_ids, timings)
            tail, tail_gc = time.process_time() - c, tuple(spent)
            digest = {}
            for t in ("articles", *RECORD_TABLES, "entities", "errors", "stories"):
                cols = ",".join(f'"{r[0]}"' for r in store.con.execute(f"DESCRIBE {t}").fetchall() if r[0] != "ingested_at")
                rows = store.con.execute(f"SELECT {cols} FROM {t} ORDER BY id").fetchall()
                digest[t] = hashlib.sha1(repr(rows).encode()).hexdigest()
            store.close()
        print(f"{'after_ingest ([gc])' if new else 'old loop (Python)  '}: merges {merge:.3f} CPU s (gc {merge_gc[0]:.3f}, "
              f"{merge_gc[1]} full), tail {tail:.3f} (gc {tail_gc[0]:.3f}, {tail_gc[1]} full); "
              + ", ".join(f"{n} {x:.3f}" for n, _, x in timings)
              + f"; digest {hashlib.sha1(repr(sorted(digest.items())).encode()).hexdigest()[:16]}", flush=True)

    run(True)  # warm: first use of pyarrow, DuckDB and the components
    for i in range(args.pairs):
        for new in ((False, True) if i % 2 == 0 else (True, False)):
            run(new)


if __name__ == "__main__":
    main()
