"""A fresh Ray-worker-like process's start-up in CPU seconds, with the worker guards off or on.

  OMP_NUM_THREADS=1 python bench/worker_imports.py off|cli|on

Imports what a Ray worker has loaded before ours (yaml, requests, psutil: Ray's own), then times what a
``PartitionWorker`` does before its first partition's rows are written: ``newsgraph.scale`` + spaCy + the worker
module, ``Pipeline()`` + ``load_models(["de"])``, and the first Parquet table (``Table.from_pylist`` + a write).
Torch is refused as under ``[ray] worker_torch = false``. ``cli`` sets what ``[ray] worker_spacy_cli = false``
sets in a worker, ``on`` also what ``[ray] worker_pandas = false`` sets; ``off`` neither. One JSON line; run
the tags alternating, one process each, and compare pairs (bench/README.md, twenty-fifth round, late: h12).
"""

from __future__ import annotations

import datetime
import importlib
import io
import json
import os
import sys
import time

tag = sys.argv[1] if len(sys.argv) > 1 else "on"
os.environ["OMP_NUM_THREADS"] = os.environ.get("OMP_NUM_THREADS", "1")
os.environ["NEWSGRAPH_WORKER_NO_TORCH"] = "1"
for var in ("NEWSGRAPH_WORKER_NO_SPACY_CLI", "NEWSGRAPH_WORKER_NO_PANDAS"):
    os.environ.pop(var, None)
if tag in ("cli", "on"):
    os.environ["NEWSGRAPH_WORKER_NO_SPACY_CLI"] = "1"
if tag == "on":
    os.environ["NEWSGRAPH_WORKER_NO_PANDAS"] = "1"

import psutil  # noqa: E402,F401  (loaded by Ray in a worker before ours)
import requests  # noqa: E402,F401
import yaml  # noqa: E402,F401

c1 = time.process_time()
# in this order, as a worker: the guards run in newsgraph.scale, before spaCy is imported
for name in ("newsgraph.scale", "spacy", "newsgraph.scale.worker"):
    importlib.import_module(name)

c2 = time.process_time()
from newsgraph.pipeline import Pipeline  # noqa: E402

pipe = Pipeline()
pipe.load_models(["de"])
c3 = time.process_time()
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from newsgraph.scale.tables import SCHEMAS  # noqa: E402

tab = pa.Table.from_pylist([{"seq": 1, "id": "a", "published": datetime.date(2024, 1, 1), "analysis_warnings": ["x"],
                             "analysed": True}], schema=SCHEMAS["articles"])
pq.write_table(tab, io.BytesIO())
c4 = time.process_time()
print(json.dumps({"tag": tag, "imports": round(c2 - c1, 3), "pipeline+models": round(c3 - c2, 3),
                  "first table": round(c4 - c3, 3), "total": round(c4 - c1, 3), "modules": len(sys.modules),
                  "pandas": "pandas" in sys.modules, "typer": "typer" in sys.modules,
                  "load": round(os.getloadavg()[0], 1)}))
