"""What a Ray actor does with one partition: read, build articles, analyse, write Parquet.

An actor builds its ``Pipeline`` once and keeps it for every partition it is given. Outputs
go to temporary names and are renamed into place, the ``_SUCCESS`` marker last, so a worker
killed half-way leaves a partition that the next run simply redoes.
"""

from __future__ import annotations

import io
import json
import logging
import os
import resource
import shutil
import time
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..ingest.articles import build_article
from ..ingest.decode import BadInput
from ..ingest.readers import RawItem, error, read_file, read_warc
from ..model import Analysis, Article, IngestError
from ..pipeline import Pipeline, collector, gc_settings
from . import IMPORT_CPU, IMPORTED_AT
from .partitions import Partition
from .tables import SCHEMAS, to_tables

log = logging.getLogger("newsgraph.scale")

MARKERS = "_partitions"  # <out>/_partitions/part=<id>/_SUCCESS


def marker_dir(out: str | Path, pid: str) -> Path:
    return Path(out) / MARKERS / f"part={pid}"


def part_dir(out: str | Path, table: str, pid: str) -> Path:
    return Path(out) / table / f"part={pid}"


def is_done(out: str | Path, pid: str) -> bool:
    return (marker_dir(out, pid) / "_SUCCESS").exists()


class _WarcRange:
    """What ``read_warc`` needs of a path (``str`` and ``open``), for a byte range of the file."""

    def __init__(self, path: str, start: int, end: int | None) -> None:
        self.path, self.start, self.end = path, start, end

    def __str__(self) -> str:
        return self.path

    def open(self, mode: str = "rb") -> io.BytesIO:
        with open(self.path, "rb") as fh:
            fh.seek(self.start)
            return io.BytesIO(fh.read() if self.end is None else fh.read(self.end - self.start))


def _relabel(items, path: str, label: str):
    """Items read from the absolute ``path`` as if read from ``label``, as the local engine names them."""
    if path == label:
        yield from items
        return
    for it in items:
        if isinstance(it, IngestError):
            if it.path.startswith(path):
                it = error(label + it.path[len(path):], it.reason, it.detail)
        elif it.source_path.startswith(path):
            it.source_path = label + it.source_path[len(path):]
        yield it


def read_partition(p: Partition, max_bytes: int):
    labels = p.labels or p.paths
    if p.offset or p.offset_end is not None:
        items = read_warc(_WarcRange(p.paths[0], p.offset, p.offset_end), max_bytes)  # type: ignore[arg-type]
        yield from _relabel(items, p.paths[0], labels[0])
        return
    for f, label in zip(p.paths, labels):
        items = read_file(Path(f), max_bytes)
        yield from _relabel(islice(items, p.start, p.end) if p.start or p.end is not None else items, f, label)


def build(p: Partition, icfg: dict, overrides: dict | None) -> tuple[list[Article], list[IngestError]]:
    """Articles and errors of a partition, in reading order, exactly as the local engine builds them."""
    arts, errs = [], []
    for item in read_partition(p, icfg["max_bytes"]):
        if isinstance(item, IngestError):
            errs.append(item)
            continue
        assert isinstance(item, RawItem)
        try:
            arts.append(build_article(item, icfg["min_chars"], overrides))
        except BadInput as e:
            errs.append(error(item.source_path, e.reason, e.detail))
    return arts, errs


def write_partition(out: str | Path, pid: str, tables: dict, summary: dict) -> None:
    for table, tab in tables.items():
        d = part_dir(out, table, pid)
        if d.exists():
            shutil.rmtree(d)  # leftovers of an interrupted attempt
        d.mkdir(parents=True)
        tmp = d / ".part-0.parquet.tmp"
        pq.write_table(tab, tmp)
        os.replace(tmp, d / "part-0.parquet")
    m = marker_dir(out, pid)
    m.mkdir(parents=True, exist_ok=True)
    tmp = m / "._SUCCESS.tmp"
    tmp.write_text(json.dumps(summary), "utf-8")
    os.replace(tmp, m / "_SUCCESS")


def read_tables(out: str | Path, pid: str, tables: tuple[str, ...] | None = None) -> dict:
    """The partition's tables; those not asked for come back empty."""
    return {t: read_part(part_dir(out, t, pid) / "part-0.parquet", s) if tables is None or t in tables
            else s.empty_table() for t, s in SCHEMAS.items()}


def read_part(path: Path, schema: pa.Schema, columns: list[str] | None = None) -> pa.Table:
    # ``ParquetFile.read`` instead of ``pq.read_table``: the same table at half the driver's CPU
    # per file (read_table goes through pyarrow's dataset layer, and imports it on first use);
    # the driver reads 11 files per partition (bench/README.md, "the Ray driver (h11)")
    tab = pq.ParquetFile(path).read(columns=columns)
    if columns is None and not tab.schema.equals(schema):
        tab = tab.cast(schema)  # as read_table(schema=...) did; the workers write these schemas
    return tab


def piece_cuts(sizes: list[int], m: int) -> list[int]:
    """Where to cut a run of articles (their text lengths) into ``m`` contiguous pieces of about
    equal text: ``m + 1`` positions, the first 0 and the last ``len(sizes)``; pieces may be empty."""
    total, acc, cuts, j = sum(sizes), 0, [0], 1
    for i, n in enumerate(sizes):
        while j < m and acc + n / 2 > total * j / m:  # an article goes to the piece holding its middle
            cuts.append(i)
            j += 1
        acc += n
    cuts += [len(sizes)] * (m + 1 - len(cuts))
    return cuts


def assemble(out: str | Path, results: list[tuple[dict, dict]]) -> dict:
    """A partition's output from its pieces' ``run_piece`` results (any order): the same tables
    and rows in the same order as ``run`` writes for the whole partition, written the same way,
    the ``_SUCCESS`` marker last. Returns the partition's summary."""
    results = sorted(results, key=lambda r: r[0]["piece"][0])
    summaries = [s for s, _ in results]
    tables = {}
    for t in SCHEMAS:
        tab = pa.concat_tables([tabs[t] for _, tabs in results])
        if t == "articles":
            tab = tab.sort_by("seq")  # the first piece carries the articles no piece analysed
        tables[t] = tab.combine_chunks()
    first = summaries[0]
    summary = {**first, "analysed": sum(s["analysed"] for s in summaries), "errors": sum(s["errors"] for s in summaries),
               "words": sum(s["words"] for s in summaries), "seconds": round(sum(s["seconds"] for s in summaries), 3),
               "cpu_seconds": round(sum(s["cpu_seconds"] for s in summaries), 3),
               "started_at": min(s["started_at"] for s in summaries), "finished_at": max(s["finished_at"] for s in summaries),
               "max_rss_mb": max(s["max_rss_mb"] for s in summaries),
               "pieces": [{k: v for k, v in s.items() if k not in ("id", "index", "partition")} for s in summaries]}
    del summary["piece"]
    write_partition(out, first["id"], tables, summary)
    return summary


def _created_at() -> float | None:
    """When this process started (time.time()), for the start-up timeline; None if unknown."""
    try:
        import psutil  # Ray's own dependency

        return psutil.Process().create_time()
    except Exception:  # noqa: BLE001 (a timeline detail only)
        return None


class PartitionWorker:
    """The Ray actor (or the class given to Ray Data's ``map_batches``): one Pipeline per worker process."""

    def __init__(self, out: str, config: dict | None = None, overrides: dict | None = None,
                 known_ids: Any = None) -> None:
        t0, init_cpu = time.perf_counter(), time.process_time()
        self.init_started_at = time.time()
        self.out = out
        self.pipeline = Pipeline(config)
        self.pipeline.load_models(["de"])  # load the model now, once per worker, not inside the first partition
        self.overrides = overrides
        self.icfg = self.pipeline.config["ingest"]
        if known_ids is not None and not isinstance(known_ids, (set, frozenset)):
            import ray  # an ObjectRef: the driver shares the stored ids once, not per actor call

            known_ids = ray.get(known_ids)
        self.known = known_ids or frozenset()
        self._known_ref: Any = None
        self.load_seconds = time.perf_counter() - t0
        self.init_finished_at = time.time()
        self.init_cpu = (IMPORT_CPU, init_cpu, time.process_time())  # bench/bench_ray.py's start-up by part

    def _know(self, known: tuple) -> None:
        """``known``: () or (ObjectRef of the stored ids,), as the actor pool sends it with every unit
        once the driver has read them (the actors start before); fetched once per process, so an
        actor that Ray restarted fetches it again."""
        if known and known[0] != self._known_ref:
            import ray

            self.known, self._known_ref = ray.get(known[0]), known[0]

    def run(self, p: Partition, known: tuple = ()) -> dict:
        self._know(known)
        # the [gc] settings for the whole partition (analysis and its tables), as ingest sets them
        with collector(gc_settings(self.pipeline.config)):
            summary, tables = self._run(p)
            write_partition(self.out, p.id, tables, summary)
            return summary

    def run_piece(self, p: Partition, k: int, m: int, known: tuple = ()) -> tuple[dict, dict]:
        """Piece ``k`` of ``m`` of a partition: its summary and its rows, which the driver puts
        together with the other pieces' (``assemble``) into the partition's output."""
        self._know(known)
        with collector(gc_settings(self.pipeline.config)):
            return self._run(p, (k, m))

    def _run(self, p: Partition, piece: tuple[int, int] | None = None) -> tuple[dict, dict]:
        t0, c0, started = time.perf_counter(), time.process_time(), time.time()
        arts, errs = build(p, self.icfg, self.overrides)
        todo, seen_ids, seen_hashes = [], set(), set()
        for i, a in enumerate(arts):
            # already stored, or repeated within the partition: the driver decides, no need to analyse
            if a.id in self.known or a.id in seen_ids or a.content_hash in seen_hashes:
                continue
            seen_ids.add(a.id)
            seen_hashes.add(a.content_hash)
            todo.append(i)
        rows = range(len(arts))
        if piece is not None:
            # every piece reads the whole partition and takes the same duplicate decisions; it
            # analyses its own slice of the articles to analyse, the first piece also carries the
            # rest (articles left to the driver, errors)
            k, m = piece
            cuts = piece_cuts([len(arts[i].text) for i in todo], m)
            mine = set(todo[cuts[k]:cuts[k + 1]])
            skipped = set(rows) - set(todo) if k == 0 else set()
            rows = [i for i in rows if i in mine or i in skipped]
            todo = [i for i in todo if i in mine]
            if k:
                errs = []
        n_warn = {i: len(arts[i].warnings) for i in todo}
        analyses: dict[int, Analysis] = dict(zip(todo, self.pipeline.analyse([arts[i] for i in todo])))
        items = []
        for i in rows:
            a = arts[i]
            an = analyses.get(i)
            warns: list[str] = []
            if an is not None:
                warns = a.warnings[n_warn[i]:]
                del a.warnings[n_warn[i]:]
            items.append((a, an, warns))
        seconds = time.perf_counter() - t0
        summary = {"id": p.id, "index": p.index, "articles": len(arts), "analysed": len(todo), "errors": len(errs),
                   "words": sum(len(arts[i].text.split()) for i in todo), "seconds": round(seconds, 3),
                   "cpu_seconds": round(time.process_time() - c0, 3), "started_at": started, "finished_at": time.time(),
                   "pid": os.getpid(), "load_seconds": round(self.load_seconds, 2),
                   "import_started_at": IMPORTED_AT, "init_started_at": self.init_started_at,
                   "init_finished_at": self.init_finished_at, "init_cpu": self.init_cpu,
                   "process_created_at": _created_at(),
                   "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                   "partition": json.loads(p.to_json())}
        if piece is not None:
            summary["piece"] = list(piece)
        return summary, to_tables(items, errs, list(rows) if piece is not None else None)

    def __call__(self, batch: dict) -> dict:
        summaries = [self.run(Partition.from_json(s)) for s in batch["spec"]]
        return {"summary": [json.dumps(s) for s in summaries]}
