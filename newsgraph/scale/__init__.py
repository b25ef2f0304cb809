"""Scale-out: the same pipeline on Ray over many input files (``newsgraph ingest --engine ray``).

The driver cuts the inputs into partitions with stable ids, a pool of Ray actors (each holding
one ``Pipeline``, so models load once per worker) reads and analyses one partition at a time and
writes its records as Parquet under ``<out>/<table>/part=<id>/`` with a ``_SUCCESS`` marker, and
the driver merges finished partitions into the store in input order, taking the duplicate
decisions there so the store ends up exactly as the local engine leaves it. Orchestration like
``newsgraph/pipeline.py``: it may import every stage.

Ray is an optional dependency (``pip install 'newsgraph[ray]'``); only ``engine`` imports it.
"""

from __future__ import annotations

import time
from typing import Any

IMPORTED_AT = time.time()  # when a Ray worker began importing newsgraph.scale (bench/bench_ray.py's start-up breakdown)


def ray_ingest(*args: Any, **kwargs: Any):
    """See ``newsgraph.scale.engine.ray_ingest``."""
    from .engine import ray_ingest as run

    return run(*args, **kwargs)


__all__ = ["ray_ingest"]
