"""A partition analysed whole against the same partition in pieces (``[ray] tail_pieces``), in one
worker-like process without Ray: the pieces' extra CPU and the output, table by table.

  python bench/tail_pieces.py [--gnad 200] [--quotes 100] [--per-partition 20] [--parts 13 14] [--pieces 2 3 4]
                              [--rounds 3] [--costs FILE]

The input is bench_ray.py's (10kGNAD + quotes-de Wikinews). A ``PartitionWorker`` (Pipeline and
models loaded, then every partition analysed once so that its per-word memos are warm, as a worker's
are at the tail of a job) runs each chosen partition whole (``run``: analysis, tables, Parquet) and
in ``m`` pieces (``run_piece`` for each, then ``assemble`` as the driver does), alternating, and
prints the CPU seconds of each, the pieces' extra over the whole and the driver's share
(``assemble``). Every assembled partition is compared with the whole one: each table's rows equal
and the Parquet files' bytes equal. ``--costs FILE`` writes the first pass's CPU seconds per partition
(the first one cold) as a 1-worker run of ``bench_ray.py --partitions``, for ``tail_estimate.py``: a
replay of this tree's costs that a loaded machine's wall clock does not distort."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bench_ray  # noqa: E402
from bench_pipeline import corpus, write_jsonl  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--per-partition", type=int, default=20)
    ap.add_argument("--parts", type=int, nargs="+", default=[13, 14], help="partition indices (the last real ones)")
    ap.add_argument("--pieces", type=int, nargs="+", default=[2, 3, 4])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--costs", help="write the first pass's per-partition CPU seconds for tail_estimate.py to FILE")
    args = ap.parse_args()

    from newsgraph.scale.partitions import plan
    from newsgraph.scale.tables import SCHEMAS
    from newsgraph.scale.worker import PartitionWorker, assemble, part_dir, read_tables

    tmp = Path(tempfile.mkdtemp(prefix="tail-pieces-"))
    try:
        src = write_jsonl(corpus(args.gnad, args.quotes), tmp / "articles.jsonl")
        parts = plan([src], args.per_partition)
        w = PartitionWorker(str(tmp / "warm"))
        costs = []
        for p in parts:
            c, t = time.process_time(), time.time()
            x = w.run(p)
            costs.append({k: x[k] for k in ("id", "index", "articles", "words", "pid")} | {
                "seconds": time.process_time() - c, "cpu_seconds": time.process_time() - c, "started_at": t,
                "finished_at": time.time(), "bytes": bench_ray._bytes(x["partition"])})
        if args.costs:
            Path(args.costs).write_text(json.dumps({"workers": 1, "window": sum(x["seconds"] for x in costs),
                                                    "wall": 0.0, "parts": costs}) + "\n", "utf-8")
        cpu: dict[tuple[int, int], list[float]] = {}
        driver: dict[tuple[int, int], list[float]] = {}
        same = True
        for r in range(args.rounds):
            for idx in args.parts:
                p = parts[idx]
                for m in [1, *args.pieces]:
                    out = tmp / f"r{r}-p{idx}-m{m}"
                    w.out = str(out)
                    c = time.process_time()
                    if m == 1:
                        w.run(p)
                        d = 0.0
                    else:
                        results = [w.run_piece(p, k, m) for k in range(m)]
                        d = time.process_time()
                        assemble(out, results)
                        d = time.process_time() - d
                    cpu.setdefault((idx, m), []).append(time.process_time() - c)
                    driver.setdefault((idx, m), []).append(d)
                    if m > 1:
                        whole, cut = read_tables(tmp / f"r{r}-p{idx}-m1", p.id), read_tables(out, p.id)
                        for t in SCHEMAS:
                            a = (part_dir(tmp / f"r{r}-p{idx}-m1", t, p.id) / "part-0.parquet").read_bytes()
                            b = (part_dir(out, t, p.id) / "part-0.parquet").read_bytes()
                            if not whole[t].equals(cut[t]) or a != b:
                                same = False
                                print(f"DIFFERENT: partition {idx}, {m} pieces, table {t} (rows equal: {whole[t].equals(cut[t])})")
        for idx in args.parts:
            base = cpu[(idx, 1)]
            print(f"partition #{idx}: whole {' '.join(f'{x:.3f}' for x in base)} CPU s")
            for m in args.pieces:
                xs = cpu[(idx, m)]
                extra = [x - b for x, b in zip(xs, base)]
                print(f"  {m} pieces: {' '.join(f'{x:.3f}' for x in xs)} CPU s, extra {' '.join(f'{x:+.3f}' for x in extra)}"
                      f" ({sum(extra) / len(extra) / (m - 1):+.3f} per extra piece), of it assemble (driver) "
                      f"{' '.join(f'{x:.3f}' for x in driver[(idx, m)])}")
        print("output: every assembled partition equal to the whole one (rows and Parquet bytes)" if same
              else "output: DIFFERENT (see above)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
