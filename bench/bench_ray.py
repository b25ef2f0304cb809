"""Scaling of ``ingest --engine ray``: 1 vs 2 Ray workers on this machine, and memory per worker.

  python bench/bench_ray.py [--gnad 300] [--quotes 100] [--per-partition 20] [--workers 1 2] [--executor actors|data]
                            [--export DIR] [--partitions FILE] [--tail-pieces M] [--ray-in-clock]

The same real articles as bench_pipeline.py (10kGNAD + quotes-de Wikinews, from
``$NEWSGRAPH_SHARED/data``) go through ``newsgraph.scale.ray_ingest`` into a fresh store once per
worker count. Each worker count runs in a fresh process; Ray is started and ``ray.data`` imported before the
clock (their start-up is not the pipeline's), so each run
times: actors loading their models, analysis, Parquet writes, the driver's merge into DuckDB and
the corpus components. Printed per run: end-to-end wall time and articles/s; the analysis window
(first partition started to last finished, so model loading is left out); each worker's peak RSS.
The ratio of the 2-worker to the 1-worker rate is the scaling figure. Per worker a timeline of its
start on the run's clock with CPU seconds by part (Ray's own start, our imports, ``Pipeline`` + models, the
first unit and its cold excess over the later units). ``--ray-in-clock`` leaves Ray's start to
``ray_ingest`` as the command does, so the clock holds it too: what a user waits for.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_pipeline import corpus, write_jsonl  # noqa: E402


def one_run(src: Path, workers: int, per_partition: int, executor: str | None = None, export: str | None = None,
            tail_pieces: int | None = None, ray_in_clock: bool = False) -> dict:
    import ray

    from newsgraph.scale import settings
    from newsgraph.scale.engine import ray_ingest, start_ray
    from newsgraph.store import DuckDBStore

    if executor:
        settings.load()["ray"]["executor"] = executor  # this process only
    if tail_pieces is not None:
        settings.load()["ray"]["tail_pieces"] = tail_pieces  # this process only
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-ray-{workers}-"))
    r0 = time.perf_counter()
    if not ray_in_clock:
        start_ray(None, workers)
    ray_init = time.perf_counter() - r0
    if settings.load()["ray"]["executor"] == "data":
        import ray.data  # noqa: F401  (Ray's start-up too: before the clock, as ray.init)
    try:
        load = os.getloadavg()[0]
        store = DuckDBStore(tmp / "store.duckdb")
        collections = _watch_collector()
        c0, t0, at0 = time.process_time(), time.perf_counter(), time.time()
        # --ray-in-clock: ray_ingest starts (and stops) Ray itself, as for a user's `newsgraph ingest --engine ray`
        rep = ray_ingest([src], store, tmp / "out", workers=workers, partitioning={"records_per_partition": per_partition})
        wall, driver_cpu, at1 = time.perf_counter() - t0, time.process_time() - c0, time.time()
        collections = list(collections)  # the clock's passes only: not the export's or Ray's shutdown below
        if export:
            # to check that a start-up change altered nothing: the stored analyses with the input's
            # temporary directory masked, so two runs' files compare byte for byte
            d = Path(export) / f"workers-{workers}"
            store.export(str(d), "jsonl")
            for f in d.glob("*.jsonl"):
                f.write_text(f.read_text("utf-8").replace(str(src.parent), "SRC"), "utf-8")
        store.close()
    finally:
        ray.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    s = rep.summaries
    # a partition handed out in pieces ([ray] tail_pieces) ran on several workers: count each piece where it ran
    units = [{**x, **u} for x in s for u in x.get("pieces", [x])]
    analysed = sum(x["analysed"] for x in s)
    t_first, t_last = min(x["started_at"] for x in units), max(x["finished_at"] for x in units)
    window = t_last - t_first
    per_worker: dict[int, dict] = {}
    for x in units:
        w = per_worker.setdefault(x["pid"], {"partitions": 0, "pieces": 0, "articles": 0, "cpu": 0.0, "rss": 0,
                                             "load": x["load_seconds"], "busy": 0.0, "first": x["started_at"], "last": 0.0})
        w["pieces" if "piece" in x or "pieces" in x else "partitions"] += 1
        w["articles"] += x["analysed"]
        w["cpu"] += x["cpu_seconds"]
        w["busy"] += x["seconds"]  # analysis and tables, not the Parquet write
        w["first"], w["last"] = min(w["first"], x["started_at"]), max(w["last"], x["finished_at"])
        w["rss"] = max(w["rss"], x["max_rss_mb"])
    for w in per_worker.values():
        # idle in the window: before its first unit, between units (the Parquet write, the hand-out), after its last
        w["idle_start"], w["idle_end"] = w.pop("first") - t_first, t_last - w.pop("last")
        w["idle"] = window - w["busy"]
    return {"workers": workers, "executor": settings.load()["ray"]["executor"],
            "tail_pieces": settings.load()["ray"].get("tail_pieces", 1), "load": load, "stored": rep.stored, "analysed": analysed, "wall": wall,
            "window": window, "driver_cpu": driver_cpu, "per_worker": per_worker, "partitions": rep.partitions,
            # what lies outside the window: actor start-up (process, imports, models) before the first
            # partition; the last merge and the corpus components after the last one
            "before": t_first - at0, "after": at1 - t_last,
            "corpus": getattr(rep, "corpus_seconds", 0.0), "merge_cpu": getattr(rep, "merge_cpu_seconds", 0.0),
            "startup": _startup(units, at0), "ray_init": ray_init, "serial": _serial(rep, at0, t_first, t_last),
            "timeline": _timeline(units, at0), "marks": {k: v - at0 for k, v in getattr(rep, "marks", {}).items()},
            "collector": _collector(collections, getattr(rep, "marks", {})),
            # per partition, for the offline dispatch estimate (bench/tail_estimate.py)
            "parts": [{k: x[k] for k in ("id", "index", "articles", "words", "seconds", "cpu_seconds", "started_at",
                                         "finished_at", "pid")} | {"bytes": _bytes(x["partition"]),
                                                                   "pieces": x.get("pieces", [])} for x in s]}


def _serial(rep, at0: float, t_first: float, t_last: float) -> dict | None:
    """The seconds outside the window by part, from the driver's marks (a tree without them: None).
    Before: the driver to its actors' request, its own set-up (merger, warm-up thread), then the wait
    for the first unit to start. After: the last unit finished to its result at the driver (for
    pieces: assembled), the last merge, closing the actors and Ray, each corpus component."""
    m = getattr(rep, "marks", None)
    if not m or "last_merge" not in m:
        return None
    out = {"to_actors": m["actors"] - at0, "set_up": m["set_up"] - m["actors"], "to_first_unit": t_first - m["set_up"],
           "to_last_result": m["last_result"] - t_last, "last_merge": m["last_merge"] - m["last_result"],
           "close": m["closed"] - m["last_merge"]}
    if "corpus" in m:
        parts = rep.corpus_parts
        out["warm_up_join"] = (m["corpus"] - m["closed"]) - sum(w for _, w, _ in parts)
        out["corpus"] = [list(x) for x in parts]
    return out


def _watch_collector() -> list[tuple[float, float, int]]:
    """The driver's cyclic-collector passes from now on: (time.time() at its start, CPU s, generation)."""
    import gc

    seen: list[tuple[float, float, int]] = []
    began = [0.0, 0.0]

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            began[:] = [time.time(), time.process_time()]
        else:
            seen.append((began[0], time.process_time() - began[1], info["generation"]))

    gc.callbacks.append(watch)
    return seen


def _collector(seen: list[tuple[float, float, int]], marks: dict) -> dict | None:
    """The driver's collector CPU s and full passes up to its last merge, while the actors and Ray
    close, and in the corpus tail (bench/README.md, twenty-seventh round, r1: full passes over the
    loaded KB there)."""
    if "last_merge" not in marks or "closed" not in marks:
        return None
    parts = {"before": [x for x in seen if x[0] < marks["last_merge"]],
             "close": [x for x in seen if marks["last_merge"] <= x[0] < marks["closed"]],
             "tail": [x for x in seen if x[0] >= marks["closed"]]}
    return {k: [sum(c for _, c, _ in xs), sum(g == 2 for _, _, g in xs)] for k, xs in parts.items()}


def _bytes(spec: dict) -> int:
    """The bytes of a partition's record range in its input (a deterministic size estimate)."""
    if spec["start"] == 0 and spec["end"] is None:
        return sum(os.path.getsize(p) for p in spec["paths"])
    with open(spec["paths"][0], "rb") as fh:
        lines = fh.read().split(b"\n")
    return sum(len(x) + 1 for x in lines[spec["start"]:spec["end"]])


def _startup(summaries: list[dict], at0: float) -> list[tuple[float, float, float, float]] | None:
    """Per worker, seconds from the call: to its module import (driver, Ray scheduling, process),
    then imports, then Pipeline and models, then waiting for the first partition."""
    first: dict[int, dict] = {}
    for x in summaries:
        if x["pid"] not in first or x["started_at"] < first[x["pid"]]["started_at"]:
            first[x["pid"]] = x
    if not all("import_started_at" in x for x in first.values()):
        return None  # a tree without the worker's timestamps
    return [(x["import_started_at"] - at0, x["init_started_at"] - x["import_started_at"],
             x["init_finished_at"] - x["init_started_at"], x["started_at"] - x["init_finished_at"])
            for x in first.values()]


def _timeline(units: list[dict], at0: float) -> list[dict] | None:
    """Per worker, its start on the run's clock (s after ``ray_ingest`` was called; negative: before,
    e.g. a process Ray started idle at ``ray.init``) with CPU seconds per part: the process, Ray's own
    start before our first import, our imports, ``Pipeline`` + models, the first unit, and how much
    more CPU that first unit took than the worker's later units at their rate per word (its cold
    caches). None for a tree whose workers do not report their CPU by part."""
    by: dict[int, list[dict]] = {}
    for x in units:
        by.setdefault(x["pid"], []).append(x)
    out = []
    for pid, xs in sorted(by.items()):
        xs.sort(key=lambda x: x["started_at"])
        f = xs[0]
        if "init_cpu" not in f:
            return None
        rest_cpu, rest_words = sum(x["cpu_seconds"] for x in xs[1:]), sum(x["words"] for x in xs[1:])
        cold = f["cpu_seconds"] - f["words"] * rest_cpu / rest_words if rest_words else None
        c_imp, c_init, c_done = f["init_cpu"]
        created = f.get("process_created_at")
        out.append({"pid": pid, "created": None if created is None else created - at0,
                    "import": f["import_started_at"] - at0, "init": f["init_started_at"] - at0,
                    "ready": f["init_finished_at"] - at0, "first": f["started_at"] - at0, "first_end": f["finished_at"] - at0,
                    "cpu_ray": c_imp, "cpu_imports": c_init - c_imp, "cpu_init": c_done - c_init,
                    "cpu_first": f["cpu_seconds"], "cold": cold})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gnad", type=int, default=300)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--per-partition", type=int, default=20, help="records per partition")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--executor", choices=["actors", "data"], help="override [ray] executor of config/scale.toml")
    ap.add_argument("--tail-pieces", type=int, help="override [ray] tail_pieces of config/scale.toml (1: off)")
    ap.add_argument("--export", help="export each run's store as JSONL into DIR/workers-N (temporary paths masked)")
    ap.add_argument("--partitions", help="write each run's per-partition summaries (JSON lines, one run a line) to FILE")
    ap.add_argument("--ray-in-clock", action="store_true",
                    help="time Ray's start too (ray_ingest starts and stops it, as the command does for a user)")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: one run on this input file, JSON to stdout
    args = ap.parse_args()
    if args.one:
        r = one_run(Path(args.one), args.workers[0], args.per_partition, args.executor, args.export, args.tail_pieces,
                    args.ray_in_clock)
        r["per_worker"] = {str(k): v for k, v in r["per_worker"].items()}
        print("RESULT " + json.dumps(r))
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-ray-src-"))
    src = write_jsonl(corpus(args.gnad, args.quotes), tmp / "articles.jsonl")
    runs = []
    for w in args.workers:
        # each worker count in a fresh process: in one process the second run found the driver's
        # imports, KB and lexicons loaded by the first, which flattered it
        proc = subprocess.run([sys.executable, __file__, "--one", str(src), "--workers", str(w),
                               "--per-partition", str(args.per_partition),
                               *(["--executor", args.executor] if args.executor else []),
                               *(["--tail-pieces", str(args.tail_pieces)] if args.tail_pieces is not None else []),
                               *(["--export", args.export] if args.export else []),
                               *(["--ray-in-clock"] if args.ray_in_clock else [])], capture_output=True, text=True)
        if proc.returncode:
            sys.exit(f"the run with {w} workers failed:\n{proc.stderr[-3000:]}")
        r = json.loads(next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))[7:])
        runs.append(r)
        print(f"workers={w} ({r['executor']}, tail_pieces {r['tail_pieces']}): {r['stored']} articles in {r['partitions']} partitions, load avg {r['load']:.1f} at start")
        print(f"  end to end {r['wall']:.1f}s = {r['stored'] / r['wall']:.2f} articles/s; "
              f"analysis window {r['window']:.1f}s = {r['analysed'] / r['window']:.2f} articles/s; "
              f"driver CPU {r['driver_cpu']:.1f}s")
        print(f"  outside the window: {r['before']:.1f}s before the first partition started (actor start-up), "
              f"{r['after']:.1f}s after the last finished (last merge, corpus components {r['corpus']:.1f}s)")
        for t in r["startup"] or []:
            print(f"  start-up: {t[0]:.1f}s to the worker module's import (driver, Ray, process), imports {t[1]:.1f}s, "
                  f"Pipeline + models {t[2]:.1f}s, {t[3]:.1f}s more to the first partition")
        for t in r.get("timeline") or []:
            made = "?" if t["created"] is None else f"{t['created']:+.2f}"
            cold = "?" if t["cold"] is None else f"{t['cold']:+.2f}"
            print(f"  timeline {t['pid']}: process {made}s (CPU {t['cpu_ray']:.2f} Ray's), imports {t['import']:+.2f}s "
                  f"(CPU {t['cpu_imports']:.2f}), Pipeline + models {t['init']:+.2f}..{t['ready']:+.2f}s (CPU {t['cpu_init']:.2f}), "
                  f"first unit {t['first']:+.2f}..{t['first_end']:+.2f}s (CPU {t['cpu_first']:.2f}, {cold} against the later units' rate)")
        if r.get("marks"):
            print("  driver marks: " + ", ".join(f"{k} {v:+.2f}s" for k, v in sorted(r["marks"].items(), key=lambda kv: kv[1])))
        print(f"  driver: merges {r['merge_cpu']:.1f} CPU s (inside the window but the last); Ray started in "
              f"{r.get('ray_init', 0.0):.2f}s before the clock")
        sr = r.get("serial")
        if sr:
            print(f"  before: {sr['to_actors']:.2f}s to the actors' request, {sr['set_up']:.2f}s the driver's set-up, "
                  f"{sr['to_first_unit']:.2f}s more to the first unit; after: {sr['to_last_result']:.2f}s to the last "
                  f"result at the driver (pieces assembled), last merge {sr['last_merge']:.2f}s, actors and Ray closed "
                  f"{sr['close']:.2f}s, warm-up join {sr.get('warm_up_join', 0.0):.2f}s")
            print("  corpus components (wall / CPU s): "
                  + ", ".join(f"{n} {w:.2f} / {c:.2f}" for n, w, c in sr.get("corpus", [])))
        gcx = r.get("collector")
        if gcx:
            print(f"  driver's collector: {gcx['before'][0]:.2f} CPU s ({gcx['before'][1]} full passes) up to the last merge, "
                  f"{gcx['close'][0]:.2f} ({gcx['close'][1]} full) closing the actors and Ray, "
                  f"{gcx['tail'][0]:.2f} ({gcx['tail'][1]} full) in the corpus tail")
        for pid, x in sorted(r["per_worker"].items()):
            print(f"  worker {pid}: {x['partitions']} partitions + {x['pieces']} pieces, {x['articles']} articles, "
                  f"model load {x['load']:.1f}s, {x['articles'] / x['cpu']:.2f} articles per CPU second, peak RSS {x['rss']} MB")
            print(f"    busy {x['busy']:.2f}s of the {r['window']:.2f}s window, idle {x['idle']:.2f}s: "
                  f"{x['idle_start']:.2f}s before its first unit, {x['idle_end']:.2f}s after its last, "
                  f"{x['idle'] - x['idle_start'] - x['idle_end']:.2f}s between units (Parquet writes, hand-outs)")
    shutil.rmtree(tmp, ignore_errors=True)
    if args.partitions:
        with open(args.partitions, "w", encoding="utf-8") as fh:
            for r in runs:
                fh.write(json.dumps({"workers": r["workers"], "window": r["window"], "wall": r["wall"], "parts": r["parts"]}) + "\n")
    base = runs[0]
    for r in runs[1:]:
        print(f"scaling {r['workers']} vs {base['workers']} workers: end to end "
              f"{(r['stored'] / r['wall']) / (base['stored'] / base['wall']):.2f}x, analysis window "
              f"{(r['analysed'] / r['window']) / (base['analysed'] / base['window']):.2f}x")
    print(f"peak RSS per worker: max {max(x['rss'] for r in runs for x in r['per_worker'].values())} MB")


if __name__ == "__main__":
    main()
