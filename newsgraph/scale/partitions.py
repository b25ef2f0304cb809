"""Cut the inputs into partitions: the units of work, of output and of resume.

A partition is a record range of one JSONL/CSV file, a byte range of a WARC file (cut at
response records), or a run of small files. Its id is derived from the file paths, sizes and range, so a re-run plans the same ids
and can skip what is finished, while a file that changed gets new ids and is read again.
Partitions are listed in the order the local engine reads, which the driver's merge keeps.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..ingest.readers import CSV_EXT, JSONL_EXT, WARC_EXT, _ext, iter_files
from ..model import stable_id

# record formats that can be cut into ranges of records; a ".json" file may be one array
_RANGED = (JSONL_EXT - {".json"}) | CSV_EXT


@dataclass(frozen=True)
class Partition:
    id: str
    index: int  # position in reading order
    paths: tuple[str, ...]  # absolute, for workers whose working directory is not the driver's
    start: int = 0  # first item (record or error) of the file, for a record range
    end: int | None = None  # one past the last item; None reads to the end of the file
    offset: int = 0  # WARC: the byte range to read, cut at record boundaries
    offset_end: int | None = None
    labels: tuple[str, ...] = ()  # the paths as given, which the local engine records as source_path

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, s: str) -> Partition:
        d = json.loads(s)
        return cls(**{**d, "paths": tuple(d["paths"]), "labels": tuple(d.get("labels", ()))})


def _count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 22):
            n += block.count(b"\n")
    return n + 1


def warc_cuts(path: Path, per: int) -> list[int]:
    """Byte offsets at which to cut a WARC file: every ``per``-th response record.

    One pass through the file (decompressing it); a file warcio cannot walk to the end (a
    truncated crawl) is not cut, so its reader reports the damage exactly as the local engine."""
    from warcio.archiveiterator import ArchiveIterator

    cuts, n = [0], 0
    try:
        with path.open("rb") as fh:
            it = ArchiveIterator(fh, arc2warc=True)
            for rec in it:
                if rec.rec_type == "response":
                    if n and n % per == 0:
                        cuts.append(it.get_record_offset())
                    n += 1
                rec.content_stream().read()  # to the end of the record, so corrupt members show here
    except Exception:
        return [0]
    return cuts


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1  # unreadable: the reader turns it into an error record


def plan(paths: list[str | Path], records_per_partition: int = 256, max_partitions_per_file: int = 64,
         files_per_partition: int = 64) -> list[Partition]:
    """Partitions covering every file under ``paths`` in the local engine's reading order.

    Ranged files are cut by a line count, an estimate of their records: the last range is
    open-ended, so an estimate that is off only changes partition sizes, never what is read."""
    out: list[Partition] = []
    group: list[Path] = []

    def add(files: list[Path], start: int = 0, end: int | None = None, offset: int = 0, offset_end: int | None = None) -> None:
        keys = [f"{f.resolve()}|{_size(f)}" for f in files]
        pid = stable_id("part", *keys, start, end, *((offset, offset_end) if offset or offset_end else ()))
        out.append(Partition(id=pid, index=len(out), paths=tuple(str(f.resolve()) for f in files), start=start, end=end,
                             offset=offset, offset_end=offset_end, labels=tuple(str(f) for f in files)))

    def flush() -> None:
        if group:
            add(list(group))
            group.clear()

    for f in iter_files(paths):
        ext = _ext(f)
        if ext in _RANGED and _size(f) > 0:
            flush()
            lines = _count_lines(f)
            per = max(records_per_partition, -(-lines // max_partitions_per_file))
            starts = list(range(0, lines, per)) or [0]
            for i, s in enumerate(starts):
                add([f], s, starts[i + 1] if i + 1 < len(starts) else None)
        elif ext in WARC_EXT:
            flush()
            cuts = warc_cuts(f, records_per_partition)
            for i, c in enumerate(cuts):
                add([f], offset=c, offset_end=cuts[i + 1] if i + 1 < len(cuts) else None)
        else:
            group.append(f)
            if len(group) >= files_per_partition:
                flush()
    flush()
    return out
