"""Story clustering and event merging on real Wikinews articles (tests/data/stories_fixture.json)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsgraph.model import Actor, Analysis, Article, Event, Span, Story
from newsgraph.pipeline import Pipeline
from newsgraph.stories.cluster import Clusterer, StoryComponent
from newsgraph.stories.events import link_events
from newsgraph.stories.features import name_key

DATA = Path(__file__).parent / "data"


def _articles(fix: dict) -> dict[str, Article]:
    out = {}
    for key in ("same_story", "unrelated"):
        for i, a in enumerate(fix[key]):
            aid = f"{key}{i}"
            out[aid] = Article(id=aid, title=a["title"], text=a["title"] + "\n" + a["text"], language="de",
                               published=date.fromisoformat(a["published"]), outlet=f"outlet{i}")
    return out


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    fix = json.loads((DATA / "stories_fixture.json").read_text("utf-8"))
    arts = _articles(fix)
    return {a.article.id: a for a in Pipeline().analyse(arts.values())}


def test_same_story_clusters_unrelated_does_not(analyses):
    cl = Clusterer()
    cl.add(list(analyses.values()))
    story_of = {aid: sid for sid, st in cl.stories.items() for aid in st.story.article_ids}
    assert story_of["same_story0"] == story_of["same_story1"]
    assert story_of["unrelated0"] != story_of["same_story0"]
    st = cl.stories[story_of["same_story0"]].story
    assert st.start == date(2006, 7, 26) and st.end == date(2006, 7, 28)
    assert set(st.outlets) == {"outlet0", "outlet1"}


def test_streaming_joins_existing_story_and_ids_are_stable(analyses):
    first = Clusterer()
    first.add([analyses["same_story0"], analyses["unrelated0"]])
    before = {aid: sid for sid, st in first.stories.items() for aid in st.story.article_ids}
    changed = first.add([analyses["same_story1"]])
    assert changed == {before["same_story0"]}
    again = Clusterer()
    again.add(list(analyses.values()))
    assert set(again.stories) == set(first.stories)


def test_outside_time_window_opens_new_story(analyses):
    late = analyses["same_story1"].model_copy(deep=True)
    late.article.published = date(2006, 9, 30)
    cl = Clusterer()
    cl.add([analyses["same_story0"], late])
    assert len(cl.stories) == 2


def test_story_component_writes_stories_to_store(tmp_path, analyses):
    from newsgraph.store import DuckDBStore

    store = DuckDBStore(tmp_path / "s.duckdb")
    store.put_analyses([analyses["same_story0"], analyses["unrelated0"]])
    StoryComponent()(store, ["same_story0", "unrelated0"])
    store.put_analyses([analyses["same_story1"]])
    StoryComponent()(store, ["same_story1"])
    rows = store.query("SELECT data FROM stories ORDER BY n_articles DESC")
    stories = [Story.model_validate_json(r["data"]) for r in rows]
    assert len(stories) == 2
    assert sorted(stories[0].article_ids) == ["same_story0", "same_story1"]
    # stories read only the records they use; the rest come back empty
    full = store.get_analysis("same_story0")
    part = next(store.iter_analyses(["same_story0"], ("mentions", "times")))
    assert part.mentions == full.mentions and part.times == full.times and part.article == full.article
    assert full.sentences and not part.sentences and not part.entities
    assert next(store.iter_analyses(["same_story0"], ("entities",))).entities == full.entities


def test_name_key_bridges_german_and_english_spellings():
    assert name_key("Selenskyj") == name_key("Zelensky")
    assert name_key("Kiew") == name_key("Kyiv")
    assert name_key("Wladimir") == name_key("Vladimir")
    assert name_key("Putin") != name_key("Biden")


def test_reports_of_one_event_share_story_event_id():
    def ev(aid: str, eid: str, typ: str, day: str, src: str) -> Event:
        return Event(id=eid, article_id=aid, type=typ, span=Span(start=0, end=5, text="x"), date=day,
                     source_actor=Actor(name=src))

    a = Analysis(article=Article(id="a", text="x"), events=[ev("a", "e1", "CONSULT", "2024-12-18", "Mark Rutte"),
                                                              ev("a", "e2", "CONSULT", "2024-02-10", "Emmanuel Macron")])
    b = Analysis(article=Article(id="b", text="x"), events=[ev("b", "e3", "CONSULT", "2024-12-18", "Rutte")])
    links = link_events(Story(id="s"), [a, b], {"max_date_gap_days": 1})
    assert links["e1"] == links["e3"]
    assert links["e2"] != links["e1"]
    assert len(set(links.values())) == 2  # three reports, two real-world events


def test_word_index_cosines_are_pairwise_cosines(analyses):
    from newsgraph.stories.features import WordIndex, cosine, features

    feats = [features(a, "checks_de/topic_vocab.json") for a in analyses.values()]
    index = WordIndex()
    numbers = [index.add(f) for f in feats]
    for f in feats:
        cos = index.cosines(f)
        for g, n in zip(feats, numbers):
            assert cos.get(n, 0.0) == pytest.approx(cosine(f, g), abs=1e-12)
