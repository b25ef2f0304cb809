"""``ray_ingest``: run the ingest pipeline on Ray, locally or on a cluster.

The partitions go to a pool of plain Ray actors (``[ray] executor = "actors"``, the default) or
through Ray Data's ``map_batches`` with an actor pool (``"data"``); both run the same
``PartitionWorker`` and leave the same store.

Without ``address`` a private local Ray is started with ``workers`` CPUs, no dashboard and a
small object store, and shut down at the end; with ``address`` (``ray://host:10001``,
``host:6379`` or ``auto``) the job runs on that cluster, whose nodes must see the input and
output paths (shared storage) and have newsgraph and its models installed. If Ray is already
initialised (a test, a notebook), that session is used and left running.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..built_cache import cache_root
from ..config import load as load_config
from ..import_guards import models_need_torch
from ..pipeline import IngestReport, Pipeline
from . import settings
from .merge import Merger
from .partitions import Partition, plan
from .worker import MARKERS, PartitionWorker, assemble, is_done, marker_dir

log = logging.getLogger("newsgraph.scale")


@dataclass
class RayIngestReport(IngestReport):
    partitions: int = 0
    partitions_run: int = 0  # analysed in this run; the rest had a _SUCCESS marker
    partitions_merged: int = 0  # merged into the store in this run (skips included)
    driver_analysed: int = 0
    seconds: float = 0.0
    corpus_seconds: float = 0.0  # the corpus components on the driver, after the last merge
    merge_seconds: float = 0.0  # the driver's merges (wall), inside the analysis window but the last
    merge_cpu_seconds: float = 0.0
    worker_pids: list[int] = field(default_factory=list)
    summaries: list[dict] = field(default_factory=list)
    # the serial seconds by part (bench/bench_ray.py): time.time() when each step of the driver
    # ended ("ray" started or joined, "actors" requested, "set_up" merger and warm-up started, "last_result" the
    # last unit back, "last_merge" merged, "closed" actors and Ray gone, "corpus" components done),
    # and each corpus component's (name, wall s, CPU s)
    marks: dict[str, float] = field(default_factory=dict)
    corpus_parts: list[tuple[str, float, float]] = field(default_factory=list)


def _worker_env() -> dict[str, str]:
    rcfg = settings.load()["ray"]
    threads = str(rcfg["worker_threads"])
    env = {"OMP_NUM_THREADS": threads, "OPENBLAS_NUM_THREADS": threads, "MKL_NUM_THREADS": threads}
    # a configured transformer pipeline needs torch in the workers whatever the setting says
    if not rcfg.get("worker_torch", True) and not models_need_torch(load_config()):
        env["NEWSGRAPH_WORKER_NO_TORCH"] = "1"  # read by newsgraph/scale/__init__.py in the worker
    if not rcfg.get("worker_spacy_cli", True):
        env["NEWSGRAPH_WORKER_NO_SPACY_CLI"] = "1"  # likewise
    # Ray Data's executor converts its batches through pandas, so only plain actors go without
    if not rcfg.get("worker_pandas", True) and rcfg.get("executor", "actors") == "actors":
        env["NEWSGRAPH_WORKER_NO_PANDAS"] = "1"  # likewise
    env.update({k: v for k, v in os.environ.items() if k.startswith("NEWSGRAPH_")})
    return env


def _pycache_env() -> dict[str, str]:
    """``[ray] worker_pycache``: when this process's environment forbids bytecode files
    (PYTHONDONTWRITEBYTECODE, as in many containers and this machine's shells) and names no
    place for them, a local Ray's processes keep theirs under the newsgraph cache
    (PYTHONPYCACHEPREFIX) instead of compiling newsgraph's modules again in every worker, which
    was ~0.3 CPU s of each worker's start-up (bench/README.md, twenty-sixth round). The source
    trees stay free of __pycache__, which is what the variable asks for."""
    if not settings.load()["ray"].get("worker_pycache", False):
        return {}
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return {}  # the processes read (and write) bytecode where Python usually does, or where the user said
    return {"PYTHONPYCACHEPREFIX": str(cache_root() / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}  # "": may write


def start_ray(address: str | None, workers: int | None) -> bool:
    """Start or join Ray; True if this call started it (and so must shut it down)."""
    import ray

    if ray.is_initialized():
        return False
    rcfg = settings.load()["ray"]
    common = {"include_dashboard": False, "log_to_driver": rcfg["log_to_driver"], "logging_level": logging.ERROR}
    if address:
        ray.init(address=address, runtime_env={"env_vars": _worker_env()}, **common)
        return True
    # The processes of a local Ray inherit this process's environment, so the workers' variables
    # are set for the start and restored after: a runtime_env made the Ray runtime-env agent
    # prepare every worker, which delayed the first actor by seconds (bench/README.md).
    saved = dict(os.environ)
    os.environ.update(_worker_env())
    os.environ.update(_pycache_env())
    try:
        ray.init(num_cpus=workers or os.cpu_count() or 1, object_store_memory=rcfg["object_store_mb"] << 20, **common)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return True


class _CorpusWarmUp(threading.Thread):
    """The driver's corpus pipeline, built and its lookups loaded (KB with its name indices,
    name matcher, story idf) while the actors start and analyse: they were part of the serial
    tail after the last merge. ``pipeline()`` waits for it."""

    def __init__(self, config: dict) -> None:
        super().__init__(name="newsgraph-corpus-warm-up", daemon=True)
        self.config, self._pipeline, self._error = config, None, None
        self.start()

    def run(self) -> None:
        try:
            self._pipeline = Pipeline(_corpus_only(self.config))
            names = {n for n, _ in self._pipeline.corpus_components}
            if "link.corpus" in names:
                from ..link.kb import kb
                from ..link.names import matcher

                kb()._build()
                matcher()
            if "stories.cluster" in names:
                from ..stories.cluster import settings as story_settings
                from ..stories.features import background_idf

                background_idf(story_settings().get("cluster", {}).get("background_idf", ""))
        except Exception as e:  # noqa: BLE001 (the corpus stage will load them itself, and say what fails)
            self._error = e

    def pipeline(self) -> Pipeline:
        self.join()
        return self._pipeline if self._pipeline is not None else Pipeline(_corpus_only(self.config))


def _quiet_ray_data() -> None:
    from ray.data import DataContext

    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its notices are not the user's business
    ctx = DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.execution_options.preserve_order = False  # the driver restores input order for the merge
    ctx.execution_options.verbose_progress = False


def _run_data(todo: list[Partition], n: int, kwargs: dict, on_summary) -> None:
    """The partitions through Ray Data: ``map_batches`` over the specs with an actor pool."""
    import ray

    _quiet_ray_data()
    ds = ray.data.from_items([{"spec": p.to_json()} for p in todo], override_num_blocks=len(todo))
    ds = ds.map_batches(PartitionWorker, batch_size=1, compute=ray.data.ActorPoolStrategy(size=n), num_cpus=1,
                        fn_constructor_kwargs=kwargs)
    for row in ds.iter_rows():
        on_summary(json.loads(row["summary"]))


class _ActorPool:
    """``n`` plain Ray actors holding a ``PartitionWorker`` each, created at once so that they
    start (process, imports, models) while the driver sets up its merge.

    Ray Data's actor pool cost several seconds before the first partition on this machine:
    its executor started the actors only once the driver iterated, two helper actors of its own
    (stats, autoscaling) started with them, and every process imported ``ray.data`` (pandas,
    pyarrow's dataset layer). Partitions are handed out one at a time, in input order, to
    whichever actor is free, so the driver's in-order merge rarely waits."""

    def __init__(self, n: int, kwargs: dict) -> None:
        import ray

        rcfg = settings.load()["ray"]
        actor = ray.remote(num_cpus=1, max_restarts=rcfg["max_restarts"], max_task_retries=rcfg["max_restarts"])
        self.actors = [actor(PartitionWorker).remote(**kwargs) for _ in range(n)]
        self.known: tuple = ()  # (ObjectRef of the stored ids,): sent with every unit, fetched once per process

    def keep(self, n: int) -> None:
        """Only ``n`` actors: the plan, made while they started, has work for no more."""
        import ray

        for a in self.actors[n:]:
            ray.kill(a)
        del self.actors[n:]

    def run(self, units: list[tuple[Partition, tuple[int, int] | None]], on_summary, out: Path) -> None:
        """``units``: whole partitions, and pieces (k of m) of partitions (see ``_units``); a
        partition's pieces are put together by the driver once the last one is back."""
        import ray

        queue = list(reversed(units))
        running: dict = {}
        pieces: dict[str, list] = {}

        def send(a) -> None:
            p, piece = queue.pop()
            ref = a.run.remote(p, self.known) if piece is None else a.run_piece.remote(p, *piece, known=self.known)
            running[ref] = (a, piece)

        for a in self.actors:
            if queue:
                send(a)
        while running:
            [ref], _ = ray.wait(list(running), num_returns=1)
            a, piece = running.pop(ref)
            result = ray.get(ref)
            if queue:  # the next unit goes out before the driver merges this one
                send(a)
            if piece is None:
                on_summary(result)
                continue
            got = pieces.setdefault(result[0]["id"], [])
            got.append(result)
            if len(got) == piece[1]:
                on_summary(assemble(out, pieces.pop(result[0]["id"])))

    def close(self) -> None:
        import ray

        for a in self.actors:
            ray.kill(a)  # in a session the caller keeps (a test, a notebook) they would linger


def ray_ingest(paths: list[str | Path], store, out: str | Path, overrides: dict | None = None,
               workers: int | None = None, address: str | None = None, config: dict | None = None,
               partitioning: dict | None = None, progress=None) -> RayIngestReport:
    """Ingest ``paths`` into ``store`` with ``workers`` Ray actors; Parquet output under ``out``.

    Re-running with the same ``out`` analyses only partitions without a ``_SUCCESS`` marker and
    merges every partition (idempotent: stored articles are skipped); no article is stored twice. ``partitioning``
    overrides keys of the ``[partition]`` table of ``config/scale.toml``."""
    import ray

    t0 = time.perf_counter()
    config = config or load_config()
    rcfg = settings.load()["ray"]
    pcfg = {**settings.load()["partition"], **(partitioning or {})}
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    report = RayIngestReport()
    started = finished = False
    pool = None
    stopping: threading.Thread | None = None
    n_running = 0  # partitions that can be running at once (the workers)
    try:
        # A fresh job (no partition finished under ``out``) has work: its actors are requested
        # first, and start (process, imports, models) while the driver lists and cuts the input
        # and reads the stored ids, which for a large crawl or store take seconds. A job with
        # finished partitions plans first: it may have nothing left to run, and then starts no Ray.
        actors = rcfg["executor"] == "actors"
        base = {"out": str(out), "config": config, "overrides": overrides}
        if actors and rcfg.get("actors_first", True) and not _any_finished(out):
            started = start_ray(address, workers)
            report.marks["ray"] = time.time()
            pool = _ActorPool(workers or _cluster_cpus(), base)
            report.marks["actors"] = time.time()
        parts = plan(paths, pcfg["records_per_partition"], pcfg["max_partitions_per_file"], pcfg["files_per_partition"])
        report.partitions = len(parts)
        todo = [p for p in parts if not is_done(out, p.id)]
        report.partitions_run = len(todo)
        if todo and pool is None:
            started = start_ray(address, workers)
            report.marks["ray"] = time.time()
            n_running = min(len(todo), workers or _cluster_cpus())  # no idle actors
            if actors:
                pool = _ActorPool(n_running, base)  # the actors start while the driver sets up below
        if pool is not None:
            pool.keep(len(todo))  # no idle actors
            n_running = len(pool.actors)
        if todo:
            known = ray.put(frozenset(r["id"] for r in store.query("SELECT id FROM articles")))
            # the actors get the stored ids with every unit (fetched once per process, again after a
            # restart); Ray Data's with the constructor
            if pool is not None:
                pool.known = (known,)
            kwargs = {**base, "known_ids": known}
            report.marks.setdefault("actors", time.time())
        # the driver's own set-up: the stored signatures for deduplication, the corpus pipeline
        merger = Merger(store, out, config, report)
        warm = _CorpusWarmUp(config)
        merger.before_analyse = warm.join  # the driver's own analyses share the KB the warm-up loads
        report.marks["set_up"] = time.time()
        # partitions an earlier run finished are merged (again: idempotent) while the workers start
        done = {p.id for p in parts} - {p.id for p in todo}
        size = {pid: _marker_articles(out, pid, pcfg["records_per_partition"]) for pid in done}
        merged: set[str] = set()
        order = [p.id for p in parts]
        nxt = 0
        pending: list[str] = []  # the finished prefix of ``order`` not merged yet
        batch_articles = int(settings.load()["merge"]["batch_articles"])

        def merge(pids: list[str]) -> None:
            t, c = time.perf_counter(), time.process_time()
            merger.merge_batch(pids)
            report.merge_seconds += time.perf_counter() - t
            report.merge_cpu_seconds += time.process_time() - c
            merged.update(pids)
            report.partitions_merged += len(pids)

        def merge_ready(final: bool = False) -> None:
            """Merge the finished prefix in transactions of at least ``batch_articles`` articles;
            the rest waits for more, unless every partition left is already running (then
            each is merged as it comes, so the last merge after the last partition stays one
            partition) or this is the end. A transaction's fixed cost (BEGIN, the stored-id
            lookup, the INSERT statements, COMMIT) was half the merge's CPU at 20 articles per
            partition (bench/README.md, "Fifteenth round")."""
            nonlocal nxt
            while nxt < len(order) and order[nxt] in done:
                pending.append(order[nxt])
                nxt += 1
            eager = final or len(order) - len(done) <= n_running
            batch: list[str] = []
            n = 0
            while pending:
                pid = pending.pop(0)
                batch.append(pid)
                n += size.get(pid, 0)
                if n >= batch_articles or (eager and not pending):
                    merge(batch)
                    batch, n = [], 0
            pending.extend(batch)  # too few yet

        def on_summary(s: dict) -> None:
            report.marks["last_result"] = time.time()
            report.summaries.append(s)
            done.add(s["id"])
            size[s["id"]] = s["articles"]
            if progress:
                progress(s["articles"])
            merge_ready()

        merge_ready()
        if pool is not None and todo:
            pool.run(_units(todo, n_running, rcfg), on_summary, out)
        elif todo:
            _run_data(todo, n_running, kwargs, on_summary)
        merge_ready(final=True)
        report.marks["last_merge"] = time.time()
        finished = True
    finally:
        if pool is not None:
            pool.close()
        if started:
            # Ray's shutdown is ~1.4 s of waiting for its processes (0.02-0.05 CPU s): after a job with new
            # articles it runs behind the corpus components, which need none of Ray, instead of before them
            if finished and report.new_ids and rcfg.get("shutdown_behind_tail", True):
                stopping = threading.Thread(target=ray.shutdown, name="newsgraph-ray-shutdown", daemon=True)
                stopping.start()
            else:
                ray.shutdown()
        report.marks["closed"] = time.time()
    try:
        missing = [pid for pid in order if pid not in merged]
        if missing:
            raise RuntimeError(f"{len(missing)} partitions were not merged: {missing[:5]}")
        report.driver_analysed = merger.driver_analysed
        report.worker_pids = sorted({x["pid"] for s in report.summaries for x in s.get("pieces", [s])})
        if report.new_ids:
            t1 = time.perf_counter()
            warm.pipeline().after_ingest(store, report.new_ids, report.corpus_parts)
            report.corpus_seconds = time.perf_counter() - t1
            report.marks["corpus"] = time.time()
    finally:
        if stopping is not None:
            stopping.join()  # Ray is down when the call returns, as before
            report.marks["ray_down"] = time.time()
    report.seconds = time.perf_counter() - t0
    return report


def _units(todo: list[Partition], workers: int, rcfg: dict) -> list[tuple[Partition, tuple[int, int] | None]]:
    """The actor pool's work in dispatch (input) order: whole partitions, except that the last
    ``tail_partitions`` ones go out in ``tail_pieces`` pieces each, so that the workers finish
    together instead of one idling while another analyses the last partition (bench/README.md,
    "Twenty-fifth round (h8)"). Partitions, their output and resume stay as they are. The open
    remainder of a file cut into record ranges (the line count's last line, mostly empty) is not
    counted among the last. One worker: no pieces (nothing to balance)."""
    k, m = int(rcfg.get("tail_partitions", 0)) or workers, int(rcfg.get("tail_pieces", 1))
    units: list[tuple[Partition, tuple[int, int] | None]] = [(p, None) for p in todo]
    if workers < 2 or m < 2:
        return units
    tail = [i for i, p in enumerate(todo) if not (p.end is None and p.start > 0)][-k:]
    for i in reversed(tail):
        units[i:i + 1] = [(todo[i], (j, m)) for j in range(m)]
    return units


def _cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _any_finished(out: Path) -> bool:
    """Whether an earlier run finished a partition under ``out`` (its ``_SUCCESS`` marker)."""
    return next((out / MARKERS).glob("part=*/_SUCCESS"), None) is not None


def _marker_articles(out: Path, pid: str, default: int) -> int:
    """How many articles a partition finished by an earlier run holds (its ``_SUCCESS`` summary)."""
    try:
        return int(json.loads((marker_dir(out, pid) / "_SUCCESS").read_text("utf-8"))["articles"])
    except (OSError, ValueError, KeyError):
        return default


def _corpus_only(config: dict) -> dict:
    # the driver runs only the corpus components: no per-article models to load there
    cfg = dict(config)
    cfg["pipeline"] = {**config.get("pipeline", {}), "components": []}
    return cfg


__all__ = ["RayIngestReport", "ray_ingest", "start_ray", "Partition"]
