"""A job that starts its own Ray (as ``newsgraph ingest --engine ray``): its end with Ray shut down before the
corpus components, or behind them (``[ray] shutdown_behind_tail``), alternating in fresh processes.

  NEWSGRAPH_SHARED=/work/shared python bench/ray_shutdown_ab.py [--gnad 40] [--pairs 3] [--workers 1]

Prints per run the seconds from the last merge to the call's return (actors closed, Ray's shutdown, the corpus
components), Ray's start inside the call, and end to end. bench/README.md, twenty-ninth round (p2).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def one(src: str, mode: str, workers: int) -> dict:
    from newsgraph.scale import settings
    from newsgraph.scale.engine import ray_ingest
    from newsgraph.store import DuckDBStore

    settings.load()["ray"]["shutdown_behind_tail"] = mode == "on"  # this process only
    tmp = Path(tempfile.mkdtemp(prefix="shutdown-ab-"))
    st = DuckDBStore(tmp / "s.duckdb")
    t0, at0 = time.perf_counter(), time.time()
    rep = ray_ingest([src], st, tmp / "out", workers=workers, partitioning={"records_per_partition": 10})
    wall, at1 = time.perf_counter() - t0, time.time()
    m = rep.marks
    return {"mode": mode, "stored": rep.stored, "ray_start": round(m["ray"] - at0, 2),
            "last_merge_to_return": round(at1 - m["last_merge"], 2), "close": round(m["closed"] - m["last_merge"], 2),
            "corpus": round(rep.corpus_seconds, 2), "end_to_end": round(wall, 2), "load": round(os.getloadavg()[0], 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=40)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print("RESULT " + json.dumps(one(args.one[0], args.one[1], args.workers)))
        return
    from bench_pipeline import corpus, write_jsonl

    src = write_jsonl(corpus(args.gnad, 0), Path(tempfile.mkdtemp(prefix="shutdown-src-")) / "articles.jsonl")
    for _ in range(args.pairs):
        for mode in ("off", "on"):
            p = subprocess.run([sys.executable, __file__, "--one", str(src), mode, "--workers", str(args.workers)],
                               capture_output=True, text=True)
            line = next((x for x in p.stdout.splitlines() if x.startswith("RESULT ")), None)
            print(line[7:] if line else p.stderr[-2000:], flush=True)


if __name__ == "__main__":
    main()
