"""Writing the scorers' on-disk caches safely.

Several evaluations often run at once on one machine (tuning runs in parallel); a reader must
never see a half-written cache file, so each file is written under a private name and renamed
into place, which is atomic on one file system.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, data: bytes | str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if isinstance(data, str):
            tmp.write_text(data, "utf-8")
        else:
            tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
