"""Exports list the entity, story and error tables in id order, so two exports of one store
compare line by line."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from newsgraph.model import Story
from newsgraph.store import DuckDBStore


def test_export_tables_in_id_order(tmp_path):
    store = DuckDBStore(tmp_path / "s.duckdb")
    ids = [f"story-{i:03d}" for i in range(40)]
    for sid in reversed(ids):  # stored in the opposite order
        store.put_stories([Story(id=sid, title=sid)])
    store.export(str(tmp_path / "j"), "jsonl")
    store.export(str(tmp_path / "p"), "parquet")
    store.close()
    lines = (tmp_path / "j" / "stories.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ids
    assert pq.read_table(tmp_path / "p" / "stories.parquet").column("id").to_pylist() == ids
