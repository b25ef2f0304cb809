"""Records read back from the store come in the order they were written where their sort key
(start) ties: two events of one sentence, a name and a description at one place."""

from __future__ import annotations

from newsgraph.model import Analysis, Article, Event, Mention, Span
from newsgraph.store import DuckDBStore


def test_records_with_one_start_keep_their_written_order(tmp_path):
    store = DuckDBStore(tmp_path / "s.duckdb")
    text = "Treffen zwischen Vorstand und Betriebsrat."
    art = Article(id="a1", text=text, content_hash="a1")
    kinds = ["Z", "A", "M", "B", "Q", "C", "K", "D"]  # neither alphabetical nor by id
    events = [Event(id=f"ev{9 - i}", article_id="a1", type=t, span=Span(start=0, end=7)) for i, t in enumerate(kinds)]
    mentions = [Mention(id=f"men{9 - i}", article_id="a1", span=Span(start=8, end=24), type=t, entity_id=f"e{t}")
                for i, t in enumerate(["ORG", "DESC", "MISC", "PER"])]
    store.put_analyses([Analysis(article=art, events=events, mentions=mentions)])
    back = store.get_analysis("a1")
    assert [e.type for e in back.events] == kinds
    assert [m.type for m in back.mentions] == ["ORG", "DESC", "MISC", "PER"]
    store.close()
