"""Objects built from shipped model files, kept per machine as pickles (``~/.cache/newsgraph``).

A process that builds such an object from the files (the quote CRFs' weights read out of their
``.crfsuite`` files and laid side by side) pays for it every time: each Ray worker once on its
first partition, each CLI run. ``cached`` reads the pickle when one was written for the very same
inputs, else builds and writes it. The key is the SHA-1 of every input file's bytes, of the
source files of the code that builds and defines the object (a change to either is a new key),
of any settings the build reads, and of the Python and numpy versions (pickled arrays are read by the numpy that wrote them). Only
this module writes there, whole or not at all (a temporary file renamed into place, so workers
writing at once are safe); any failure to read or write falls back to building. Switched off by
``[cache] built_models = false`` (config/default.toml) or ``NEWSGRAPH_NO_BUILT_CACHE=1``.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import load as load_config

log = logging.getLogger("newsgraph")


def cache_root() -> Path:
    return Path(os.environ.get("NEWSGRAPH_CACHE", Path.home() / ".cache/newsgraph"))


def enabled() -> bool:
    if os.environ.get("NEWSGRAPH_NO_BUILT_CACHE"):
        return False
    return bool(load_config().get("cache", {}).get("built_models", True))


def key(name: str, inputs: list[Path], code: list[Path], extra: bytes = b"") -> str:
    import numpy

    h = hashlib.sha1(f"{name}|py{sys.version_info[0]}.{sys.version_info[1]}|np{numpy.__version__}".encode())
    h.update(extra)
    for p in (*inputs, *code):
        data = Path(p).read_bytes()
        h.update(f"|{Path(p).name}:{len(data)}|".encode())
        h.update(data)
    return h.hexdigest()


KEEP = 4  # pickles per name: a retrained model or changed code writes a new one; two trees alternating need two


def _prune(name: str, newest: Path) -> None:
    """All but the ``KEEP`` most recently written pickles of ``name`` removed (tens of MB each)."""
    old = sorted((p for p in newest.parent.glob(f"{name}-*.pickle") if p != newest),
                 key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for p in old[KEEP - 1:]:
        with contextlib.suppress(OSError):
            p.unlink()


def cached(name: str, inputs: list[Path], code: list[Path], build: Callable[[], Any], kind: type,
           extra: bytes = b"") -> Any:
    """``build()``, or the object a process built before from the same ``inputs`` with the same
    ``code`` and ``extra`` (settings the build reads, other than files; an instance of ``kind``)."""
    if not enabled():
        return build()
    path = None
    try:
        path = cache_root() / f"{name}-{key(name, inputs, code, extra)}.pickle"
        if path.exists():
            obj = load(path)
            if isinstance(obj, kind):
                return obj
    except Exception as e:  # noqa: BLE001  (unreadable or an input missing: build it, write it again)
        log.debug("%s: built-model cache unreadable: %s", name, e)
    obj = build()
    if path is not None and write(path, obj, name):
        try:
            _prune(name, path)
        except OSError as e:  # another worker pruned the same files meanwhile
            log.debug("%s not cached: %s", name, e)
    return obj


def load(path: Path) -> Any:
    """The object pickled at ``path``, read with the cyclic collector paused: unpickling makes hundreds of
    thousands of containers (the NER CRF's name tables), and each allocation threshold crossed meanwhile
    started a collection, now and then a full one over the whole heap (a worker's loaded models):
    0.47-2.6 CPU s -> 0.12-0.15 for the NER CRF's pickle (bench/README.md, "Twenty-seventh round, late")."""
    was = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if was:
            gc.enable()


def write(path: Path, obj: Any, what: str) -> bool:
    """``obj`` pickled to ``path``, whole or not at all: workers may write the same file at once, and a
    reader must never see half of one. False (logged) when it could not be written."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return True
    except OSError as e:
        log.debug("%s not cached: %s", what, e)
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
