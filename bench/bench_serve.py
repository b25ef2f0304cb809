"""Latency of the HTTP API per endpoint, in-process, on a store of N copies of the seed fixtures.

    python bench/bench_serve.py [--copies 200] [--rounds 30]

Prints median and 95th percentile milliseconds per endpoint. The records are the hand-built
ones of the tests (tests/serve_records.py), re-keyed per copy so the store grows.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.config import load as load_config  # noqa: E402
from newsgraph.serve.app import create_app  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from tests.serve_records import counter_analysis, seed_analysis  # noqa: E402


def rekey(analysis, n: int):
    """The same records under new ids, so each copy is another article."""
    raw = re.sub(r'"((?:art|clm|men|evt|tim|flg|src)_[A-Za-z0-9_]+)"', rf'"\1_{n:05d}"', analysis.model_dump_json())
    return type(analysis).model_validate_json(raw)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.duckdb")
        seed = seed_analysis()
        counter = counter_analysis(seed)
        batch = []
        for n in range(args.copies):
            batch += [rekey(seed, n), rekey(counter, n)]
        store.put_analyses(batch)
        client = TestClient(create_app(store, load_config()))
        aid = batch[0].article.id
        urls = [f"/api/articles/{aid}", "/api/articles?q=Ukraine", "/api/articles?entity=ent_putin",
                "/api/claims?source=Washington", "/api/claims?about=ent_ukraine", "/api/events?type=CONSULT&date_from=2024-12-19",
                "/api/entities", "/api/entities/ent_selenskyj", "/api/search?q=NATO"]
        print(f"store: {len(batch)} articles, {store.counts()['claims']} claims, {store.counts()['mentions']} mentions")
        print(f"{'endpoint':55} {'p50 ms':>8} {'p95 ms':>8}")
        for url in urls:
            times = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (url, r.status_code)
            times.sort()
            print(f"{url[:55]:55} {statistics.median(times):8.1f} {times[int(0.95 * (len(times) - 1))]:8.1f}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
