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

import os
import time
from typing import Any

from ..import_guards import defer_spacy_cli, pyarrow_without_pandas, refuse_torch

IMPORTED_AT = time.time()  # when a Ray worker began importing newsgraph.scale (bench/bench_ray.py's start-up breakdown)
IMPORT_CPU = time.process_time()  # and the process's CPU seconds by then (Ray's own start and imports)

# A worker that ``engine.start_ray`` started with ``[ray] worker_torch = false`` (config/scale.toml):
# thinc imports torch whenever it is installed (the ``train`` extra puts it in the venv) though
# nothing at run time uses it, which cost each actor ~1.3 CPU s of start-up and ~190 MB (bench/README.md,
# rounds 13 and 23). A ``None`` in sys.modules makes ``import torch`` fail, so thinc takes its
# no-torch path; this package is the first of ours a worker imports, before spaCy. Other
# processes (the driver, training) never see the variable.
if os.environ.get("NEWSGRAPH_WORKER_NO_TORCH") == "1":
    refuse_torch()
# ``[ray] worker_spacy_cli = false``: spaCy's command line stays unimported until something reads it
if os.environ.get("NEWSGRAPH_WORKER_NO_SPACY_CLI") == "1":
    defer_spacy_cli()
# ``[ray] worker_pandas = false``: pyarrow asks once, now, with pandas hidden; pandas stays importable
if os.environ.get("NEWSGRAPH_WORKER_NO_PANDAS") == "1":
    pyarrow_without_pandas()


def ray_ingest(*args: Any, **kwargs: Any):
    """See ``newsgraph.scale.engine.ray_ingest``."""
    from .engine import ray_ingest as run

    return run(*args, **kwargs)


__all__ = ["ray_ingest"]
