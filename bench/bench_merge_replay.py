"""The Ray driver's merge alone: CPU seconds and a digest of the store it leaves.

  NEWSGRAPH_SHARED=/work/shared python bench/bench_merge_replay.py DIR [--gnad 200] [--quotes 100] [--profile]
      [--batch N] [--corpus]

The first call writes the bench articles (as bench_pipeline.py) to DIR and runs them once through
``ray_ingest`` with 2 workers (20 records per partition), keeping the Parquet output in DIR/out.
Every call then merges those finished partitions into a fresh DuckDB store three times in this
process, without Ray (run 1 is cold: Merger set-up, first use of pyarrow and DuckDB), and prints
the CPU seconds of each and a digest of every table (rows sorted by id, ``ingested_at`` left out,
plus each record table's rowid order, which reads break ties with): two trees merge identically
if the digests are equal. For an A/B, run it with ``PYTHONPATH`` set to a ``git archive`` of the
other tree (with a ``models`` symlink next to its ``newsgraph``).

``--batch N`` merges N consecutive partitions per transaction (``Merger.merge_batch``; 1, the
default, is one by one; 0 is all in one). ``--corpus`` runs the corpus components after the
merges (timed apart) and adds their output (stories, relinked records, contradiction flags) to
the digest.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(1, str(Path(__file__).resolve().parent))  # bench_pipeline; newsgraph as PYTHONPATH says


def prepare(run: Path, gnad: int, quotes: int) -> None:
    import ray
    from bench_pipeline import corpus, write_jsonl

    from newsgraph.scale.engine import ray_ingest, start_ray
    from newsgraph.store import DuckDBStore

    run.mkdir(parents=True, exist_ok=True)
    write_jsonl(corpus(gnad, quotes), run / "articles.jsonl")
    start_ray(None, 2)
    store = DuckDBStore(run / "first.duckdb")
    try:
        ray_ingest([run / "articles.jsonl"], store, run / "out", workers=2, partitioning={"records_per_partition": 20})
    finally:
        store.close()
        ray.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--profile", action="store_true", help="cProfile (CPU time) of the third run")
    ap.add_argument("--batch", type=int, default=1, help="partitions per transaction (0: all)")
    ap.add_argument("--corpus", action="store_true", help="run the corpus components after the merges")
    args = ap.parse_args()
    if not (args.dir / "out").exists():
        prepare(args.dir, args.gnad, args.quotes)

    # datasketch's import is the driver's start-up, not its merge (a tree before round 15 imports
    # the whole package, scipy included; later ones only its MinHash)
    try:
        from newsgraph.ingest.dedupe import datasketch_minhash
    except ImportError:
        import datasketch  # noqa: F401
    else:
        datasketch_minhash()

    from newsgraph.config import load as load_config
    from newsgraph.pipeline import IngestReport
    from newsgraph.scale import settings
    from newsgraph.scale.merge import Merger
    from newsgraph.scale.partitions import plan
    from newsgraph.store import DuckDBStore
    from newsgraph.store.schema import RECORD_TABLES

    config = load_config()
    pcfg = {**settings.load()["partition"], "records_per_partition": 20}
    parts = plan([args.dir / "articles.jsonl"], pcfg["records_per_partition"], pcfg["max_partitions_per_file"],
                 pcfg["files_per_partition"])
    times, corpus_times, corpus_parts, digests, tables = [], [], [], [], []
    size = args.batch if args.batch > 0 else len(parts)
    batch_api = hasattr(Merger, "merge_batch")  # an older tree merges one by one
    for rep in range(3):
        with tempfile.TemporaryDirectory(prefix="merge-replay-") as d:
            store = DuckDBStore(Path(d) / "s.duckdb")
            report = IngestReport()
            prof = cProfile.Profile(time.process_time) if args.profile and rep == 2 else None
            c = time.process_time()
            if prof:
                prof.enable()
            merger = Merger(store, args.dir / "out", config, report)
            for k in range(0, len(parts), size):
                if batch_api:
                    merger.merge_batch([p.id for p in parts[k:k + size]])
                else:
                    for p in parts[k:k + size]:
                        merger.merge(p.id)
            if prof:
                prof.disable()
            times.append(time.process_time() - c)
            if args.corpus:
                from newsgraph.pipeline import Pipeline
                from newsgraph.scale.engine import _corpus_only

                pipe = Pipeline(_corpus_only(config))
                c = time.process_time()
                cparts: list = []
                try:
                    pipe.after_ingest(store, report.new_ids, cparts)
                except TypeError:  # a tree before round 26: no per-component timings
                    pipe.after_ingest(store, report.new_ids)
                corpus_times.append(time.process_time() - c)
                corpus_parts.append(cparts)
            digest = {}
            for t in ("articles", *RECORD_TABLES, "entities", "errors", *(("stories",) if args.corpus else ())):
                cols = ",".join(f'"{r[0]}"' for r in store.con.execute(f"DESCRIBE {t}").fetchall() if r[0] != "ingested_at")
                rows = store.con.execute(f"SELECT {cols} FROM {t} ORDER BY id").fetchall()
                digest[t] = (len(rows), hashlib.sha1(repr(rows).encode()).hexdigest()[:12])
            for t in RECORD_TABLES:
                rows = store.con.execute(f"SELECT id FROM {t} ORDER BY rowid").fetchall()
                digest[t + "@rowid"] = hashlib.sha1(repr(rows).encode()).hexdigest()[:12]
            store.close()
            digests.append(hashlib.sha1(repr(sorted(digest.items())).encode()).hexdigest())
            tables.append(digest)
    print(f"{report.stored} articles in {len(parts)} partitions; merge CPU s, run 1 (cold) / 2 / 3: "
          + " / ".join(f"{x:.3f}" for x in times) + f" (batches of {size})")
    if corpus_times:
        print("corpus components CPU s, run 1 / 2 / 3: " + " / ".join(f"{x:.3f}" for x in corpus_times))
        for k, (name, _, _) in enumerate(corpus_parts[0]):
            print(f"  {name}: " + " / ".join(f"{p[k][2]:.3f}" for p in corpus_parts))
    differ = sorted(t for t in digest if len({repr(x[t]) for x in tables}) > 1)
    print(f"store digest {digests[0][:16]}{'' if len(set(digests)) == 1 else f' (differs between runs in {differ}!)'}; "
          + ", ".join(f"{t} {v[0]}" for t, v in digest.items() if "@" not in t))
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
