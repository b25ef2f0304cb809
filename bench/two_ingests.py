"""The corpus components over two ingests on one store (CPU s per component, then a digest of every table):
the first K partitions of a bench_merge_replay.py DIR merged + corpus components, then the rest + corpus components.

    OMP_NUM_THREADS=1 NEWSGRAPH_SHARED=/work/shared PYTHONPATH=TREE python bench/two_ingests.py DIR 8
"""

import hashlib
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.config import load as load_config
from newsgraph.pipeline import IngestReport
from newsgraph.scale.engine import _CorpusWarmUp
from newsgraph.scale.merge import Merger
from newsgraph.scale.partitions import plan
from newsgraph.store import DuckDBStore
from newsgraph.store.schema import RECORD_TABLES

d, k = Path(sys.argv[1]), int(sys.argv[2])
config = load_config()
parts = plan([d / "articles.jsonl"], 20, 64, 64)
pipe = _CorpusWarmUp(config).pipeline()
with tempfile.TemporaryDirectory() as t:
    store = DuckDBStore(Path(t) / "s.duckdb")
    for rnd, chunk in enumerate((parts[:k], parts[k:])):
        rep = IngestReport()
        m = Merger(store, d / "out", config, rep)
        m.merge_batch([p.id for p in chunk])
        out = []
        for name, comp in pipe.corpus_components:
            c = time.process_time()
            comp(store, rep.new_ids)
            out.append(f"{name} {time.process_time() - c:.3f}")
        print(f"ingest {rnd + 1}: {len(rep.new_ids)} new; " + ", ".join(out))
    digest = {}
    for tb in ("articles", *RECORD_TABLES, "entities", "stories"):
        cols = ",".join(f'"{r[0]}"' for r in store.con.execute(f"DESCRIBE {tb}").fetchall() if r[0] != "ingested_at")
        rows = store.con.execute(f"SELECT {cols} FROM {tb} ORDER BY id").fetchall()
        digest[tb] = hashlib.sha1(repr(rows).encode()).hexdigest()[:12]
    print("digest", hashlib.sha1(repr(sorted(digest.items())).encode()).hexdigest()[:16], digest["stories"], digest["events"], digest["flags"])
