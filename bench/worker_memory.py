"""Memory of one worker-like process, without Ray: imports, ``Pipeline`` + ``nlp("de")``, then the bench
articles through ``Pipeline.analyse`` in partitions of 20 (as a Ray worker, newsgraph/scale/worker.py), with
OMP/OpenBLAS/MKL threads 1 (as ``[ray] worker_threads``). Prints VmRSS at each step and the peak (ru_maxrss), MB.

    NEWSGRAPH_SHARED=/work/shared python bench/worker_memory.py [--n 300] [--set nlp.de.vector_memo=0]
        [--set nlp.de.gemm=blis] [--no-acts] [--trace]

``--set SECTION.KEY=VALUE`` changes the loaded config in this process only (a TOML literal, else a string);
``--no-acts`` turns off claims.toml ``[model] act_classifier``; ``--trace`` adds tracemalloc's top files (the
Python heap only: numpy and OpenBLAS buffers appear only as far as numpy reports them).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tomllib
from pathlib import Path

for _k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_k] = "1"  # before numpy is imported, as the Ray workers get it

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def rss() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--no-acts", action="store_true")
    ap.add_argument("--trace", action="store_true")
    a = ap.parse_args(argv)
    if a.trace:
        import tracemalloc

        tracemalloc.start(8)
    print("start", rss(), flush=True)
    from bench_pipeline import corpus_articles

    from newsgraph.config import load as load_config
    from newsgraph.pipeline import Pipeline

    print("imports", rss(), flush=True)
    cfg = load_config()  # cached: the nlp stage reads the same dict
    for kv in a.set:
        k, v = kv.split("=", 1)
        sec, key = k.rsplit(".", 1)
        try:
            val = tomllib.loads("x=" + v)["x"]
        except tomllib.TOMLDecodeError:
            val = v
        d = cfg
        for s in sec.split("."):
            d = d.setdefault(s, {})
        d[key] = val
    if a.no_acts:
        from newsgraph.extract.quotes import config as quotes_config

        quotes_config()["model"]["act_classifier"] = ""
    p = Pipeline(cfg)
    p.nlp("de")
    print("pipeline+nlp", rss(), "peak", peak(), flush=True)
    arts = corpus_articles(200, 100)[: a.n]
    if a.trace:
        s0 = tracemalloc.take_snapshot()
    c = time.process_time()
    for i in range(0, len(arts), 20):
        p.analyse(arts[i:i + 20])
        if i in (0, 140, 280):
            print(f"after {i + 20}", rss(), "peak", peak(), flush=True)
    print("end", rss(), "peak", peak(), "cpu", round(time.process_time() - c, 1), flush=True)
    if a.trace:
        s1 = tracemalloc.take_snapshot()
        print("traced now / peak MB", [x >> 20 for x in tracemalloc.get_traced_memory()])
        for st in s1.compare_to(s0, "filename")[:15]:
            print(st)
    return 0


if __name__ == "__main__":
    sys.exit(main())
