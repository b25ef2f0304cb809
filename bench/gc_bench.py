"""The cyclic collector in the pipeline: where its passes land, what they cost, and what a setting saves.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/gc_bench.py --path ingest|worker|stages \
        [--gc config|off] [--freeze] [--threshold 50000,20,20] [--gnad 200] [--quotes 100] [--export DIR]

One process per setting (the collector's state is the process's). ``--gc config`` (the default) runs with the
``[gc]`` table of the configuration (what ships: ``pipeline.collector`` around ingest, ``Pipeline.analyse`` and a
worker's partition); ``--gc off`` empties it, so the pipeline leaves the collector alone. The models are loaded
and warmed on the seed article first (as bench_pipeline.py); then ``--freeze`` calls ``gc.freeze()`` (everything
loaded leaves the tracked generations for the rest of the process) and ``--threshold`` sets ``gc.set_threshold``
for the process, to try settings without editing the config (with ``--gc off``). Paths:

- ``ingest``: ``pipeline.ingest`` of the bench corpus into a fresh store (what ``newsgraph ingest`` runs);
- ``worker``: ``scale.worker.PartitionWorker.run`` in this process over the corpus' partitions (what a Ray
  worker runs per partition, without Ray: ``Pipeline.analyse``, Parquet tables);
- ``stages``: bench_pipeline.py's stage rows: the model pass over all texts, then each component article by
  article on the held docs (where round 20 saw checks.article +0.6 / events -0.4).

Every collector pass is recorded by ``gc.callbacks``: its generation, CPU seconds and the stage it interrupted
(profile_pipeline.py's labels). Printed: CPU s per stage (exclusive of the collector), the collector's passes and
CPU s per generation and per stage, the whole run's CPU s, peak RSS; ``--export`` writes the output (the store as
JSONL, or the partitions' tables as sorted JSON lines) to compare settings byte for byte.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--path", choices=("ingest", "worker", "stages"), default="ingest")
    ap.add_argument("--freeze", action="store_true", help="gc.freeze() after the models are loaded")
    ap.add_argument("--threshold", default="", help="gc.set_threshold after loading, e.g. 50000,20,20")
    ap.add_argument("--gc", choices=("config", "off"), default="config", help="the config's [gc] table, or none")
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--per-partition", type=int, default=256, help="worker path: records per partition (scale.toml)")
    ap.add_argument("--export", default=None)
    args = ap.parse_args(argv)

    from bench_pipeline import corpus, gc_setting, write_jsonl
    from profile_pipeline import Labels, instrument

    from newsgraph import nlp as nlp_stage
    from newsgraph.config import load as load_config
    from newsgraph.ingest.dedupe import Deduper
    from newsgraph.pipeline import Pipeline, ingest

    tmp = Path(tempfile.mkdtemp(prefix="gc-bench-"))
    recs = corpus(args.gnad, args.quotes)
    src = write_jsonl(recs, tmp / "articles.jsonl")
    cfg = load_config()
    if args.gc == "off":
        cfg["gc"] = {"thresholds": [], "freeze": False, "freeze_batches": "off"}
        cfg["ingest"]["gc_young_threshold"] = 0  # what ingest read before [gc] (2ce2f2f and older trees)
    pipeline = Pipeline(cfg)
    nlp = nlp_stage.load("de")
    pipeline.analyse_text((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"), language="de")
    Deduper.from_config(pipeline.config["ingest"])
    worker = None
    if args.path == "worker":
        from newsgraph.scale.worker import PartitionWorker

        worker = PartitionWorker(str(tmp / "out"), pipeline.config)  # its imports and set-up before the clock
        worker.pipeline = pipeline  # the loaded one (instrumented below)

    gc.collect()
    if args.freeze:
        gc.freeze()
    if args.threshold:
        gc.set_threshold(*(int(x) for x in args.threshold.split(",")))
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()

    labels = Labels()
    instrument(labels, pipeline, nlp)
    by_stage: dict[tuple[str, int], list[float]] = collections.defaultdict(lambda: [0, 0.0])
    state = {"c0": 0.0, "stage": ""}

    def on_gc(phase: str, info: dict) -> None:  # first in gc.callbacks: sees the interrupted stage
        if phase == "start":
            state["c0"], state["stage"] = time.process_time(), labels.stack[-1]
        else:
            rec = by_stage[(state["stage"], info.get("generation", -1))]
            rec[0] += 1
            rec[1] += time.process_time() - state["c0"]

    gc.callbacks.insert(0, on_gc)
    labels.cpu.clear()
    labels.calls.clear()
    labels.gc_gen.clear()
    c0 = time.process_time()
    labels._t = c0
    n = 0
    if args.path == "ingest":
        from newsgraph.store import DuckDBStore

        store = DuckDBStore(tmp / "full.duckdb")
        n = ingest([src], store, pipeline=pipeline).stored
    elif args.path == "worker":
        from newsgraph.scale.partitions import plan
        from newsgraph.scale.worker import read_tables

        parts = plan([src], args.per_partition)
        for p in parts:
            n += worker.run(p)["analysed"]  # type: ignore[union-attr]
    else:
        from newsgraph.model import Analysis

        arts = [a for a in _articles(src, pipeline) if a.duplicate_of is None]
        labels.push("model pass (all texts)")
        docs = list(nlp.pipe([a.text for a in arts], batch_size=32, disable=nlp_stage.unread_by_stages(nlp)))
        labels.pop()
        analyses = [Analysis(article=a.model_copy(deep=True)) for a in arts]
        with gc_setting(cfg):
            for a, doc in zip(analyses, docs):
                nlp_stage.sentences(a, doc)
                for _name, comp in pipeline.components:
                    comp(a, doc)
        n = len(analyses)
    total = time.process_time() - c0
    labels.cpu[labels.stack[-1]] += time.process_time() - labels._t
    gc.callbacks.remove(on_gc)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    if args.export:
        out = Path(args.export)
        out.mkdir(parents=True, exist_ok=True)
        if args.path == "ingest":
            store.export(str(out), "jsonl")
        elif args.path == "worker":
            rows = []
            for p in parts:
                for t, tab in read_tables(tmp / "out", p.id).items():
                    rows += [json.dumps({"table": t, **r}, ensure_ascii=False, sort_keys=True, default=str)
                             for r in tab.to_pylist()]
            (out / "tables.jsonl").write_text("".join(x.replace(str(tmp), "TMP") + "\n" for x in sorted(rows)), "utf-8")
        else:
            (out / "analyses.jsonl").write_text(
                "".join(a.model_dump_json().replace(str(tmp), "TMP") + "\n" for a in analyses), "utf-8")

    gcs = sum(v[1] for v in by_stage.values())
    print(f"path={args.path} gc={args.gc} {cfg.get('gc')} freeze={args.freeze} threshold={threshold} frozen={frozen}"
          f" articles={n} load {os.getloadavg()[0]:.1f}")
    print(f"whole run {total:.2f} CPU s ({n / total:.2f} articles per CPU s); collector {gcs:.2f} CPU s; "
          f"peak RSS {peak:.0f} MB")
    gens = collections.defaultdict(lambda: [0, 0.0])
    stages = collections.defaultdict(lambda: [0, 0.0])
    for (st, g), (k, t) in by_stage.items():
        gens[g][0] += k
        gens[g][1] += t
        stages[st][0] += k
        stages[st][1] += t
    print("collector by generation: " + ", ".join(f"gen{g} {k} passes {t:.2f} s" for g, (k, t) in sorted(gens.items())))
    print("full passes (gen2) by stage: " + ", ".join(
        f"{st} {k} ({t:.2f} s)" for (st, g), (k, t) in sorted(by_stage.items(), key=lambda kv: -kv[1][1]) if g == 2))
    print(f"{'stage':<44}{'CPU s':>8}{'+ gc':>8}{'passes':>8}")
    for k, v in labels.cpu.most_common():
        if k.startswith("gc ("):
            continue
        print(f"{k:<44}{v:>8.2f}{stages[k][1]:>8.2f}{stages[k][0]:>8}")
    print(json.dumps({"path": args.path, "setting": args.gc, "freeze": args.freeze, "threshold": list(threshold),
                      "total": round(total, 3), "gc": round(gcs, 3), "peak_mb": round(peak),
                      "gens": {str(g): [k, round(t, 3)] for g, (k, t) in gens.items()},
                      "stage_cpu": {k: round(v, 3) for k, v in labels.cpu.items()},
                      "stage_gc": {k: [v[0], round(v[1], 3)] for k, v in stages.items()}}))
    return 0


def _articles(src: Path, pipeline) -> list:
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import read_paths

    icfg = pipeline.config["ingest"]
    return [build_article(it, icfg["min_chars"]) for it in read_paths([src], icfg["max_bytes"])]


if __name__ == "__main__":
    sys.exit(main())
