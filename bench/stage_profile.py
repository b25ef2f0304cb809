"""Where our per-article stages spend CPU time, on cached parses: CPU timers around named
functions, and a CPU-time stack sampler.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/stage_profile.py \
        --cache /tmp/extract_bench.spacy --runs 3 [--all] \
        [--time newsgraph.extract.quotes:tag_candidates newsgraph.extract.quotes_crf:CRFPair.tag_rows ...] \
        [--sample /tmp/x.stacks [--top 40] [--children crf_prepare ...]] [--gc-young 20000] \
        [--components extract.claims]

The articles and the parse cache are time_extract.py's (bench_pipeline.py's corpus, the first
N of 10kGNAD test then quotes-de dev). The components are extract.claims, extract.time and
extract.events (``--all``: every per-article component of the default pipeline, after a
warm-up of the pipeline on the seed article). One untimed run warms the caches; then ``--runs``
runs from fresh analyses, and each figure is the fastest run's.

``--time MODULE:NAME`` wraps a function or ``Class.method`` with a CPU timer (the wrapped object
is replaced where it is defined; a function imported by name elsewhere is replaced there too).

``--sample FILE`` samples the stacks of the timed runs every millisecond of process CPU time
(``ITIMER_PROF``; each sample weighted by the CPU time since the last, so a wall-clock
profiler's charge for time the process spent waiting on a loaded machine does not appear) and
writes them in the collapsed format of flame graphs (``frame;frame;... microseconds``), then
prints the functions with the most self time and the most inclusive time. Time in C code is
charged to the Python function that called it; the cyclic collector's to whatever allocated.
``--gc-young N`` runs the timed runs inside ``pipeline.young_collections(N)``, as ingest does with
``[gc]`` (young threshold N, the loaded objects frozen; 0, the default: Python's collector as it is).
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


class CpuSampler:
    """Collapsed Python stacks weighted by process CPU seconds (SIGPROF). ``where``: a frame is named
    by the line it is at (``"line"``) or by its function's first line (``"function"``: one name per
    function, what bench/profile_pipeline.py's per-stage tables want)."""

    def __init__(self, interval: float = 0.001, where: str = "line") -> None:
        self.interval = interval
        self.by_function = where == "function"
        self.stacks: collections.Counter = collections.Counter()
        self._last = 0.0

    def _names(self, frame) -> list[str]:
        """The frames from the interrupted one outwards."""
        names = []
        while frame is not None:
            code = frame.f_code
            line = code.co_firstlineno if self.by_function else frame.f_lineno
            names.append(f"{code.co_name} ({_short(code.co_filename)}:{line})")
            frame = frame.f_back
        return names

    def _key(self, names: list[str]) -> str:
        return ";".join(reversed(names))

    def _handler(self, _signum, frame) -> None:
        now = time.process_time()
        weight, self._last = now - self._last, now
        self.stacks[self._key(self._names(frame))] += weight

    def start(self) -> None:
        self._last = time.process_time()
        signal.signal(signal.SIGPROF, self._handler)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def __enter__(self) -> CpuSampler:
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    def write(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as f:
            for stack, w in self.stacks.items():
                f.write(f"{stack} {round(w * 1e6)}\n")

    def children(self, runs: int, name: str, top: int = 12) -> None:
        """The inclusive time of function ``name`` (its outermost frame in each stack) split by the function it
        called (``<self>``: its own lines)."""
        split: collections.Counter = collections.Counter()
        for stack, w in self.stacks.items():
            frames = [f.rsplit(":", 1)[0] + ")" for f in stack.split(";")]
            at = next((i for i, f in enumerate(frames) if f.startswith(name + " (")), None)
            if at is not None:
                split[frames[at + 1] if at + 1 < len(frames) else "<self>"] += w
        print(f"-- {name}: {sum(split.values()) / runs:.3f} CPU s per run, by callee")
        for f, w in split.most_common(top):
            print(f"  {w / runs:7.3f}  {f}")

    def report(self, runs: int, top: int) -> None:
        own: collections.Counter = collections.Counter()
        incl: collections.Counter = collections.Counter()
        for stack, w in self.stacks.items():
            frames = [f.rsplit(":", 1)[0] + ")" for f in stack.split(";")]
            own[frames[-1]] += w
            for f in set(frames):
                incl[f] += w
        total = sum(own.values())
        print(f"sampled {total / runs:.3f} CPU s per run")
        for title, c in (("self", own), ("inclusive", incl)):
            print(f"-- {title} time, CPU s per run (share)")
            for f, w in c.most_common(top):
                print(f"  {w / runs:7.3f} ({w / total:6.1%})  {f}")


def _short(path: str) -> str:
    for mark in ("/newsgraph/", "/site-packages/"):
        if mark in path:
            return path.split(mark, 1)[-1]
    return path.rsplit("/", 1)[-1]


def wrap_timers(targets: list[str]) -> dict[str, list]:
    acc: dict[str, list] = {}
    for target in targets:
        mod_name, attr = target.split(":")
        mod = importlib.import_module(mod_name)
        *path, name = attr.split(".")
        owner = functools.reduce(getattr, path, mod)
        fn = getattr(owner, name)
        acc[target] = [0.0, 0]

        def timed(*a, _fn=fn, _k=target, **kw):
            t = time.process_time()
            try:
                return _fn(*a, **kw)
            finally:
                acc[_k][0] += time.process_time() - t
                acc[_k][1] += 1

        functools.update_wrapper(timed, fn)
        setattr(owner, name, timed)
        if not path:
            for m in list(sys.modules.values()):
                if getattr(m, "__name__", "").startswith("newsgraph") and getattr(m, name, None) is fn:
                    setattr(m, name, timed)
    return acc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--time", nargs="*", default=[])
    ap.add_argument("--sample", default=None)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--gc-young", type=int, default=0)
    # e.g. --components extract.claims: time and sample that component alone (the others are not run)
    ap.add_argument("--components", nargs="*", default=None)
    # with --sample: each named function's inclusive time split by what it called, e.g. --children crf_prepare
    ap.add_argument("--children", nargs="*", default=[])
    args = ap.parse_args(argv)

    from bench_pipeline import cached_parses, corpus_articles, fresh_analyses

    from newsgraph import nlp as nlp_stage

    arts = corpus_articles(args.gnad, args.quotes, "time_extract")
    docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)
    if args.all:
        from newsgraph.pipeline import Pipeline

        pipeline = Pipeline()
        pipeline.analyse_text((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"),
                              language="de")
        comps = pipeline.components
    else:
        from time_extract import components

        comps = components()
    if args.components:
        comps = [(name, comp) for name, comp in comps if name in args.components]
    acc = wrap_timers(args.time)
    for an, d in zip(fresh_analyses(arts, docs), docs):
        for _, comp in comps:
            comp(an, d)
    sampler = CpuSampler() if args.sample else None
    # the collector as ingest sets it ([gc] in default.toml): without it, allocation-heavy
    # functions are charged the full passes over the loaded models that ingest does not make
    from newsgraph.pipeline import young_collections

    gc_ctx = young_collections(args.gc_young)
    gc_ctx.__enter__()
    best: dict[str, float] = {}
    calls: dict[str, int] = {}
    for _ in range(args.runs):
        for v in acc.values():
            v[0], v[1] = 0.0, 0
        spent: dict[str, float] = {}
        analyses = fresh_analyses(arts, docs)
        if sampler:
            sampler.__enter__()
        for an, d in zip(analyses, docs):
            for name, comp in comps:
                t = time.process_time()
                comp(an, d)
                spent[name] = spent.get(name, 0.0) + time.process_time() - t
        if sampler:
            sampler.__exit__()
        spent.update({k: v[0] for k, v in acc.items()})
        calls = {k: v[1] for k, v in acc.items()}
        for k, v in spent.items():
            best[k] = min(best.get(k, float("inf")), v)
    gc_ctx.__exit__(None, None, None)
    print(f"{len(docs)} articles, CPU s, fastest of {args.runs} runs (load {os.getloadavg()[0]:.1f})")
    for k, v in best.items():
        print(f"  {v:7.3f}  {k}" + (f"  ({calls[k]} calls per run)" if k in calls else ""))
    if sampler:
        sampler.write(args.sample)
        sampler.report(args.runs, args.top)
        for name in args.children:
            sampler.children(args.runs, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
