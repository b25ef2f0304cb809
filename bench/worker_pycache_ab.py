"""A Ray worker's serial CPU with and without ``[ray] worker_pycache``, in fresh worker-like processes.

  NEWSGRAPH_SHARED=/work/shared python bench/worker_pycache_ab.py [--pairs 3]

Each child does what a Ray worker does before its second partition: Ray's own modules, then ``newsgraph.scale``
(its guards on, as config/scale.toml sets them for workers), spaCy and the worker module; ``PartitionWorker()``
(``Pipeline()`` + ``load_models``); partition 0 of bench_ray.py's input (20 records) analysed cold, tables and Parquet
written. ``off`` runs with this process's environment (on this machine PYTHONDONTWRITEBYTECODE=1: newsgraph's modules
compiled in every process), ``on`` with what ``engine._pycache_env`` gives a local Ray's processes (the bytecode
under the newsgraph cache; warmed by one child first, as any second run on a machine finds it). CPU s since the
child's start, by part; children alternate off / on (bench/README.md, twenty-sixth round, h8).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(src: str, tag: str) -> None:
    os.environ.update({"NEWSGRAPH_WORKER_NO_TORCH": "1", "NEWSGRAPH_WORKER_NO_SPACY_CLI": "1",
                       "NEWSGRAPH_WORKER_NO_PANDAS": "1"})
    import psutil  # noqa: F401  (Ray's own, loaded in a worker before ours)
    import requests  # noqa: F401
    import yaml  # noqa: F401

    c0 = time.process_time()
    importlib.import_module("newsgraph.scale")  # first, as in a worker: its guards act before spaCy's import
    import spacy  # noqa: F401

    from newsgraph.scale.partitions import plan
    from newsgraph.scale.worker import PartitionWorker

    c1 = time.process_time()
    w = PartitionWorker(tempfile.mkdtemp(prefix="pycache-ab-"))
    c2 = time.process_time()
    w.run(plan([src], 20, 64, 64)[0])
    c3 = time.process_time()
    print(json.dumps({"tag": tag, "imports": round(c1 - c0, 3), "init": round(c2 - c1, 3), "first": round(c3 - c2, 3),
                      "total": round(c3, 3), "prefix": sys.pycache_prefix, "load": round(os.getloadavg()[0], 1)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    sys.path.insert(0, str(HERE))
    from bench_pipeline import corpus, write_jsonl

    from newsgraph.scale.engine import _pycache_env

    extra = _pycache_env()
    if not extra:
        sys.exit("no worker_pycache here: the switch is off, PYTHONDONTWRITEBYTECODE unset or PYTHONPYCACHEPREFIX set")
    src = write_jsonl(corpus(200, 100), Path(tempfile.mkdtemp(prefix="pycache-ab-src-")) / "articles.jsonl")
    envs = {"off": dict(os.environ), "on": {**os.environ, **extra}}

    def run(tag: str) -> dict:
        out = subprocess.run([sys.executable, __file__, "--child", str(src), tag], env=envs[tag], check=True,
                             capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    run("on")  # the cache warm, as after any first run
    rows = []
    for _ in range(args.pairs):
        for tag in ("off", "on"):
            rows.append(run(tag))
            print(json.dumps(rows[-1]))
    diffs = [b["total"] - a["total"] for a, b in zip(rows[::2], rows[1::2])]
    print("on - off, CPU s per pair: " + ", ".join(f"{d:+.2f}" for d in diffs) + f"; mean {sum(diffs) / len(diffs):+.2f}")


if __name__ == "__main__":
    main()
