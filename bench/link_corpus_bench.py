"""Time of link.corpus (cross-document linking of new people) on a store made by
``newsgraph eval xdoc`` or ``newsgraph ingest``: python bench/link_corpus_bench.py STORE.
Runs the decisions over the whole store without writing."""

from __future__ import annotations

import sys
import time

from newsgraph.link.corpus import CorpusLinker
from newsgraph.store.duckdb_store import DuckDBStore


def main(path: str) -> None:
    st = DuckDBStore(path, read_only=True)
    n = st.query("SELECT count(*) AS n FROM articles")[0]["n"]
    m = st.query("SELECT count(*) AS n FROM mentions WHERE type = 'PER'")[0]["n"]
    t0 = time.perf_counter()
    changes, entities = CorpusLinker(st).decide(None)
    dt = time.perf_counter() - t0
    moved = sum(len(v) for v in changes.values())
    print(f"{n} articles, {m} PER mentions: {moved} entity ids changed in {len(changes)} articles, "
          f"{len(entities)} merged entities, in {dt:.2f} s")
    st.close()


if __name__ == "__main__":
    main(sys.argv[1])
