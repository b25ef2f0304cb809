"""Batch writes: a batch of new articles goes in with plain INSERTs, anything else with
INSERT OR REPLACE; both must leave what the OR REPLACE path always left."""

from __future__ import annotations

from newsgraph.model import Analysis, Article, Mention, Span
from newsgraph.store import DuckDBStore


def _analysis(aid: str, mentions: list[tuple[str, int, str]]) -> Analysis:
    text = "Angela Merkel traf Olaf Scholz in Berlin."
    art = Article(id=aid, text=text, title="t", language="de", content_hash=aid)
    return Analysis(article=art, mentions=[
        Mention(id=mid, article_id=aid, span=Span(start=s, end=s + 5, text=text[s:s + 5]), type="PER", entity_id=eid)
        for mid, s, eid in mentions])


def _rows(store: DuckDBStore) -> list[tuple]:
    return store.con.execute("SELECT id, article_id, entity_id, start FROM mentions ORDER BY id").fetchall()


def test_new_batch_then_rewrite_replaces_the_records(tmp_path):
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.put_analyses([_analysis("a1", [("m1", 0, "e1"), ("m2", 19, "e2")]), _analysis("a2", [("m3", 31, "e3")])])
    assert _rows(store) == [("m1", "a1", "e1", 0), ("m2", "a1", "e2", 19), ("m3", "a2", "e3", 31)]
    # the same article again (re-ingest): its old records go, the new ones replace them
    store.put_analyses([_analysis("a1", [("m1", 0, "e9")]), _analysis("a3", [("m4", 0, "e4")])])
    assert _rows(store) == [("m1", "a1", "e9", 0), ("m3", "a2", "e3", 31), ("m4", "a3", "e4", 0)]
    assert store.counts()["articles"] == 3
    store.close()


def test_an_id_repeated_in_a_new_batch_keeps_the_first_record(tmp_path):
    # a plain INSERT would fail on the repeated id; the batch takes the OR REPLACE path instead
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.put_analyses([_analysis("a1", [("m1", 0, "e1"), ("m1", 19, "e2")])])
    assert _rows(store) == [("m1", "a1", "e1", 0)]
    store.close()


def test_put_record_data_replaces_the_json_of_those_ids_only(tmp_path):
    from newsgraph.model import Event

    store = DuckDBStore(tmp_path / "s.duckdb")
    a = _analysis("a1", [])
    a.events = [Event(id=f"ev{i}", article_id="a1", type="CONSULT", span=Span(start=0, end=6)) for i in range(3)]
    store.put_analyses([a])
    changed = a.events[1].model_copy(update={"story_event_id": "sevent_x"})
    store.put_record_data("events", [(changed.id, changed.model_dump_json())])
    assert [e.story_event_id for e in store.get_analysis("a1").events] == [None, "sevent_x", None]
    store.put_record_data("events", [])
    store.close()
