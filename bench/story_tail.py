"""stories.cluster's parts in CPU s, as the Ray driver runs it after the last merge: a fresh store
(PATH, overwritten) gets the analyses of a ``bench_pipeline.py --export`` directory (their story
event ids cleared), then the component runs once on all of them (bench/README.md, "Twenty-fourth
round, late").  python bench/story_tail.py EXPORT_DIR /tmp/you/tail.duckdb"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import newsgraph.stories.cluster as cluster
from newsgraph.model import Analysis
from newsgraph.store import DuckDBStore
from newsgraph.stories.features import background_idf

export, db = Path(sys.argv[1]), Path(sys.argv[2])
db.unlink(missing_ok=True)
store = DuckDBStore(db)
analyses = [Analysis.model_validate_json(line) for line in (export / "analyses.jsonl").open(encoding="utf-8")]
for a in analyses:
    for e in a.events:
        e.story_event_id = None
store.put_analyses(analyses)
background_idf(cluster.settings().get("cluster", {}).get("background_idf", ""))  # the driver's warm-up loads it
parts: dict[str, float] = {}


def timed(owner, name: str, label: str) -> None:
    f = getattr(owner, name)

    def run(*args, **kwargs):
        c = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            parts[label] = parts.get(label, 0.0) + time.process_time() - c

    setattr(owner, name, run)


timed(cluster, "_load", "load analyses")
timed(cluster.Clusterer, "add", "add")
timed(cluster, "features", "features (in add)")
timed(cluster.Clusterer, "merge_events", "merge events")
timed(cluster, "_write_event_links", "write events")
timed(store, "put_stories", "put stories")
c = time.process_time()
cluster.StoryComponent()(store, [a.article.id for a in analyses])
print(f"stories.cluster {time.process_time() - c:.3f}", " ".join(f"{k} {v:.3f}" for k, v in parts.items()))
