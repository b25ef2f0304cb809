"""Would a tiny document through the pipeline inside a Ray worker's model load save serial seconds?

  OMP_NUM_THREADS=1 NEWSGRAPH_SHARED=/work/shared python bench/worker_warm_up_ab.py [--pairs 3]

Fresh worker-like processes, alternating: ``PartitionWorker()`` then bench_ray.py's partition 0 (20 10kGNAD
records) cold, against ``PartitionWorker()``, a warm-up (the first 600 characters of the seed article through
``Pipeline.analyse``), then the same partition. A warm-up only moves work out of the first partition; it
saves serial seconds only if warm-up + first partition cost less CPU than the cold first partition (both
runs of bench_ray.py pay it once per worker, before or in its first unit). Prints CPU s per part.
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

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def one(mode: str, src: str) -> dict:
    os.environ["NEWSGRAPH_WORKER_NO_TORCH"] = "1"  # as [ray] worker_torch = false gives a worker
    c0 = time.process_time()
    import newsgraph.scale  # noqa: F401  (the guards first, as in a worker)
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem
    from newsgraph.scale.partitions import plan
    from newsgraph.scale.worker import PartitionWorker

    out = tempfile.mkdtemp(prefix="warm-up-ab-")
    w = PartitionWorker(out)
    c1 = time.process_time()
    if mode == "warm":
        text = Path(os.environ.get("NEWSGRAPH_SHARED", "../shared"), "seed", "article_de.txt").read_text("utf-8")[:600]
        w.pipeline.analyse([build_article(RawItem(text=text, source_path="warm-up", language="de"), 0)])
    c2 = time.process_time()
    part = plan([src], 20)[0]
    s = w.run(part)
    c3 = time.process_time()
    return {"mode": mode, "load": round(c1 - c0, 3), "warm_up": round(c2 - c1, 3), "first": round(c3 - c2, 3),
            "warm_up+first": round(c3 - c1, 3), "articles": s["analysed"], "loadavg": round(os.getloadavg()[0], 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print("RESULT " + json.dumps(one(*args.one)))
        return
    from bench_pipeline import corpus, write_jsonl

    src = write_jsonl(corpus(200, 100), Path(tempfile.mkdtemp(prefix="warm-up-src-")) / "articles.jsonl")
    for _ in range(args.pairs):
        for mode in ("cold", "warm"):
            p = subprocess.run([sys.executable, __file__, "--one", mode, str(src)], capture_output=True, text=True)
            line = next((x for x in p.stdout.splitlines() if x.startswith("RESULT ")), None)
            print(line[7:] if line else p.stderr[-2000:], flush=True)


if __name__ == "__main__":
    main()
