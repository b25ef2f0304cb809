"""What the Ray driver does before it has work for its actors, on a crawl-sized input.

  NEWSGRAPH_SHARED=/work/shared python bench/ray_plan_cost.py DIR [--copies 8] [--runs 3]
  NEWSGRAPH_SHARED=/work/shared python bench/ray_plan_cost.py DIR --job [--copies 8] [--runs 3]

Writes (once) DIR/crawl.warc.gz: the 10kGNAD test texts (1,028) as HTML response records, the texts
written ``--copies`` times, then times ``plan()`` of it with the shipped partition settings (a WARC
file is cut by walking every record, so the plan reads the whole crawl). With ``[ray] actors_first`` the
actors start (process, imports, models: ~1.5-2 s on this machine) while the driver does this; without
it, after. Wall and CPU seconds, three runs.

``--job``: a 2-worker ``ray_ingest`` of DIR/sparse.warc.gz, the same crawl written as ``metadata`` records
(the plan walks them all, the readers skip them) with the first 40 texts also as ``response`` records, cut
into 2 partitions of 20 (one per worker), so the job is 40 articles behind a crawl-sized plan; ``[ray] actors_first`` off and on
alternating, each in a fresh process with Ray started before the clock (as bench_ray.py): seconds from
``ray_ingest``'s call to the actors' request, to the driver's set-up done (plan, stored ids, merger), to the
first actor ready and the first unit's start, and end to end.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def make_warc(path: Path, copies: int, kind: str = "response", responses: int = 0) -> int:
    from bench_pipeline import shared
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    root = shared() / "corpora" / "10kgnad"
    csv.field_size_limit(10_000_000)
    texts = []
    for name in ("test.csv",):
        with (root / name).open(encoding="utf-8", newline="") as f:
            texts += [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) >= 2]
    n = 0
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=True)
        for c in range(copies):
            for i, t in enumerate(texts):
                html = f"<html><head><title>{i}</title></head><body><p>{t}</p></body></html>".encode()
                head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(f"https://example.org/{c}/{i}", kind, payload=io.BytesIO(html),
                                                    http_headers=head if kind == "response" else None))
                n += 1
                if c == 0 and i < responses:
                    w.write_record(w.create_warc_record(f"https://example.org/r/{i}", "response",
                                                        payload=io.BytesIO(html), http_headers=head))
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--job", action="store_true")
    ap.add_argument("--one", choices=["off", "on"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    d = Path(args.dir)
    d.mkdir(parents=True, exist_ok=True)
    if args.one:
        print("RESULT " + json.dumps(job(d / "sparse.warc.gz", args.one == "on")))
        return
    if args.job:
        if not (d / "sparse.warc.gz").exists():
            make_warc(d / "sparse.warc.gz", args.copies, "metadata", 40)
        for _ in range(args.runs):
            for mode in ("off", "on"):
                r = subprocess.run([sys.executable, __file__, str(d), "--one", mode], capture_output=True, text=True)
                line = next((x for x in r.stdout.splitlines() if x.startswith("RESULT ")), None)
                print(line[7:] if line else r.stderr[-2000:], flush=True)
        return
    warc = d / "crawl.warc.gz"
    if not warc.exists():
        print(f"wrote {make_warc(warc, args.copies)} records, {warc.stat().st_size >> 20} MB")
    from newsgraph.scale import settings
    from newsgraph.scale.partitions import plan

    pcfg = settings.load()["partition"]
    for _ in range(args.runs):
        t, c = time.perf_counter(), time.process_time()
        parts = plan([warc], pcfg["records_per_partition"], pcfg["max_partitions_per_file"], pcfg["files_per_partition"])
        print(f"plan: {len(parts)} partitions of {warc.stat().st_size >> 20} MB, {time.perf_counter() - t:.2f} s wall, "
              f"{time.process_time() - c:.2f} CPU s")


def job(warc: Path, first: bool) -> dict:
    import tempfile

    import ray

    from newsgraph.scale import settings
    from newsgraph.scale.engine import ray_ingest, start_ray
    from newsgraph.store import DuckDBStore

    settings.load()["ray"]["actors_first"] = first  # this process only
    tmp = Path(tempfile.mkdtemp(prefix="plan-job-"))
    start_ray(None, 2)
    try:
        store = DuckDBStore(tmp / "store.duckdb")
        t0, at0 = time.perf_counter(), time.time()
        rep = ray_ingest([warc], store, tmp / "out", workers=2, partitioning={"records_per_partition": 20})
        wall = time.perf_counter() - t0
        store.close()
    finally:
        ray.shutdown()
    units = [u for x in rep.summaries for u in x.get("pieces", [x])]  # the last partitions ran in pieces
    first_unit = min(x["started_at"] for x in units) - at0
    ready = [x["init_finished_at"] - at0 for x in units]
    return {"actors_first": first, "stored": rep.stored, "actors": round(rep.marks["actors"] - at0, 2),
            "set_up": round(rep.marks["set_up"] - at0, 2),
            "actor_ready": round(min(ready), 2), "first_unit": round(first_unit, 2), "end_to_end": round(wall, 2),
            "load": round(os.getloadavg()[0], 1)}


if __name__ == "__main__":
    main()
