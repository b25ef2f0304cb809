"""Where a Ray worker's cold first partition goes: the same partition analysed cold and warm, sampled.

    OMP_NUM_THREADS=1 python bench/cold_memos.py --state cold|warm --out FILE.json [--partition 0]
    python bench/cold_memos.py --compare COLD.json [COLD2.json ...] --against WARM.json [WARM2.json ...]

A fresh worker-like process (``Pipeline()``, ``load_models(["de"])``, as ``PartitionWorker``) analyses
partition ``--partition`` (20 records of bench_ray.py's input: 200 10kGNAD + 100 quotes-de dev, in that
order) either first (``cold``: every per-word memo empty, side models not loaded yet) or after the other
partitions (``warm``: as a worker's later partitions find them). A CPU-time stack sampler runs over that one
partition only; the side models' first loads (quote CRFs, event lexicon, KB name indices, language
identifier) are timed by wrapping their loaders, so what is left of the cold-minus-warm difference is the
per-word memos. ``--compare`` prints the functions whose inclusive
sampled CPU grows most from warm to cold (mean over the files), which names the memo. bench/README.md,
twenty-fourth round (h8).
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LOADERS = [  # (module, attribute): loaded on a first batch's first use
    ("newsgraph.extract.quotes", "_taggers"),
    ("newsgraph.extract.event_lexicon", "lexicon"),
    ("newsgraph.ingest.language", "_identifier"),
]


def wrap(obj, name: str, acc: dict, label: str) -> None:
    """``obj.name`` replaced by a wrapper adding its CPU seconds to ``acc[label]``. startup_parts.py uses it too;
    it stays in this file so the frames this file's sampler records keep their names."""
    f = getattr(obj, name)

    @functools.wraps(f)
    def timed(*a, **k):
        c = time.process_time()
        try:
            return f(*a, **k)
        finally:
            acc[label] = acc.get(label, 0.0) + time.process_time() - c

    setattr(obj, name, timed)


def partitions(per: int) -> list[list]:
    from bench_pipeline import corpus

    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem

    recs = corpus(200, 100)
    arts = [build_article(RawItem(text=r["text"], source_path="bench", title=r.get("title", ""), url=r.get("url"),
                                  outlet=r.get("outlet"), language=r.get("language"), published=r.get("published")), 0)
            for r in recs]
    return [arts[i:i + per] for i in range(0, len(arts), per)]


def run(args) -> None:
    from stage_profile import CpuSampler

    from newsgraph.link.kb import KB
    from newsgraph.pipeline import Pipeline, collector, gc_settings

    loads: dict[str, float] = collections.defaultdict(float)
    for mod, attr in LOADERS:
        wrap(importlib.import_module(mod), attr, loads, f"{mod.rsplit('.', 1)[1]}.{attr}")
    wrap(KB, "_build", loads, "kb._build")
    c = time.process_time()
    pipe = Pipeline()
    pipe.load_models(["de"])
    startup = time.process_time() - c
    parts = partitions(args.per_partition)
    target = parts[args.partition]
    with collector(gc_settings(pipe.config)):
        if args.state == "warm":
            for i, p in enumerate(parts):
                if i != args.partition:
                    pipe.analyse([a.model_copy(deep=True) for a in p])
        loads.clear()
        arts = [a.model_copy(deep=True) for a in target]
        sampler = CpuSampler(where="function")
        c = time.process_time()
        with sampler:
            out = pipe.analyse(arts)
        cpu = time.process_time() - c
    res = {"state": args.state, "partition": args.partition, "cpu": cpu, "startup": startup,
           "sampled": sum(sampler.stacks.values()), "loads": dict(loads), "load_avg": os.getloadavg()[0],
           "claims": sum(len(a.claims) for a in out), "events": sum(len(a.events) for a in out),
           "stacks": dict(sampler.stacks)}
    Path(args.out).write_text(json.dumps(res), "utf-8")
    print(f"{args.state} partition {args.partition}: {cpu:.3f} CPU s (sampled {res['sampled']:.3f}), "
          f"side-model loads {sum(loads.values()):.3f} {dict((k, round(v, 3)) for k, v in loads.items())}, "
          f"start-up {startup:.2f}, load {res['load_avg']:.1f}")


def inclusive(stacks: dict) -> collections.Counter:
    inc: collections.Counter = collections.Counter()
    for stack, w in stacks.items():
        for f in set(stack.split(";")):
            inc[f] += w
    return inc


def compare(cold: list[str], warm: list[str], top: int) -> None:
    def mean(files):
        rs = [json.loads(Path(f).read_text("utf-8")) for f in files]
        inc: collections.Counter = collections.Counter()
        for r in rs:
            for k, v in inclusive(r["stacks"]).items():
                inc[k] += v / len(rs)
        cpu = sum(r["cpu"] for r in rs) / len(rs)
        loads = sum(sum(r["loads"].values()) for r in rs) / len(rs)
        return inc, cpu, loads, rs

    ci, cc, cl, crs = mean(cold)
    wi, wc, wl, wrs = mean(warm)
    for name, c, lo, rs in (("cold", cc, cl, crs), ("warm", wc, wl, wrs)):
        each = ", ".join(f"{r['cpu']:.3f}" for r in rs)
        print(f"{name} {c:.3f} CPU s (each: {each}; side-model loads {lo:.3f})")
    print(f"cold - warm {cc - wc:.3f}, of it side-model loads {cl - wl:.3f}, the rest {cc - wc - (cl - wl):.3f}")
    delta = {k: ci[k] - wi.get(k, 0.0) for k in ci}
    print(f"{'cold - warm':>11} {'cold':>7} {'warm':>7}  function (inclusive, sampled)")
    for k, d in sorted(delta.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{d:11.3f} {ci[k]:7.3f} {wi.get(k, 0.0):7.3f}  {k}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--state", choices=["cold", "warm"])
    ap.add_argument("--out")
    ap.add_argument("--partition", type=int, default=0)
    ap.add_argument("--per-partition", type=int, default=20)
    ap.add_argument("--compare", nargs="+")
    ap.add_argument("--against", nargs="+")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    if args.compare:
        compare(args.compare, args.against, args.top)
    else:
        run(args)


if __name__ == "__main__":
    main()
