"""Story clustering and event merging on real Wikinews articles (tests/data/stories_fixture.json)."""

from __future__ import annotations

import json
from datetime import date, timedelta
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
    cl = Clusterer(cluster={"follow_up_days": 0})
    cl.add([analyses["same_story0"], late])
    assert len(cl.stories) == 2


def test_a_close_follow_up_weeks_later_joins_a_loose_one_does_not(analyses):
    late = analyses["same_story1"].model_copy(deep=True)
    late.article.published = date(2006, 9, 30)  # 64 days after the story's last report
    for threshold, stories in ((0.2, 1), (1.01, 2)):
        cl = Clusterer(cluster={"follow_up_days": 120, "follow_up_threshold": threshold})
        cl.add([analyses["same_story0"], late])
        assert len(cl.stories) == stories, threshold
    much_later = analyses["same_story1"].model_copy(deep=True)
    much_later.article.published = date(2007, 3, 1)
    cl = Clusterer(cluster={"follow_up_days": 120, "follow_up_threshold": 0.2})
    cl.add([analyses["same_story0"], much_later])
    assert len(cl.stories) == 2


def test_the_window_rolls_with_the_story_s_last_report(analyses):
    """Three reports 5 days apart: the third is 10 days after the first, 5 after the last."""
    a, b = analyses["same_story0"], analyses["same_story1"].model_copy(deep=True)
    c = analyses["same_story1"].model_copy(deep=True)
    c.article.id = "same_story1_again"
    b.article.published = a.article.published + timedelta(days=5)
    c.article.published = a.article.published + timedelta(days=10)
    cl = Clusterer(cluster={"follow_up_days": 0})
    cl.add([a])
    cl.add([b])
    cl.add([c])
    assert len(cl.stories) == 1


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


def test_the_open_stories_are_read_at_once_and_the_streamed_stories_stay_as_they_were(tmp_path, analyses):
    """A second ingest reads the members of every open story in one call (not one per story), and
    the stories come out as when one clusterer sees both ingests in turn."""
    from newsgraph.store import DuckDBStore

    store = DuckDBStore(tmp_path / "s.duckdb")
    first = ["same_story0", "unrelated0"]
    store.put_analyses([analyses[i] for i in first])
    StoryComponent()(store, first)
    calls: list[list[str]] = []
    iter_analyses = store.iter_analyses
    store.iter_analyses = lambda ids=None, *r: (calls.append(list(ids)), iter_analyses(ids, *r))[1]
    store.put_analyses([analyses["same_story1"]])
    StoryComponent()(store, ["same_story1"])
    assert calls[0] == ["same_story1"] and sorted(calls[1]) == sorted(first)
    streamed = Clusterer()
    streamed.add([analyses[i] for i in first])
    streamed.add([analyses["same_story1"]])
    stored = {Story.model_validate_json(r["data"]).id: sorted(Story.model_validate_json(r["data"]).article_ids)
              for r in store.query("SELECT data FROM stories")}
    assert stored == {sid: sorted(st.story.article_ids) for sid, st in streamed.stories.items()}
    store.close()


def test_the_light_mentions_and_times_are_the_stored_records_as_clustering_reads_them(tmp_path, analyses):
    """stories.cluster loads mentions and times as tuples from the store's columns: the same
    records in the same order as the validated ones, so the same features and the same stories."""
    from newsgraph.store import DuckDBStore
    from newsgraph.stories.cluster import _load, settings
    from newsgraph.stories.features import features

    store = DuckDBStore(tmp_path / "s.duckdb")
    ids = sorted(analyses)
    store.put_analyses([analyses[i] for i in ids])
    light = {a.article.id: a for a in _load(store, ids)}
    full = {a.article.id: a for a in store.iter_analyses(ids, ("mentions", "times", "events"))}
    assert sum(len(a.mentions) for a in full.values()) >= 10 and any(a.times for a in full.values())
    assert any(m.entity_id for a in full.values() for m in a.mentions)
    for i in ids:
        assert [(m.entity_id, m.type, m.span.text) for m in light[i].mentions] == \
            [(m.entity_id, m.type, m.span.text) for m in full[i].mentions]
        assert [t.value for t in light[i].times] == [t.value for t in full[i].times]
        assert light[i].events == full[i].events and light[i].article == full[i].article
        idf = settings()["cluster"]["background_idf"]
        assert features(light[i], idf) == features(full[i], idf)
    store.close()


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
        cos = index.cosines(f, numbers)
        for g, n in zip(feats, numbers):
            assert cos.get(n, 0.0) == pytest.approx(cosine(f, g), abs=1e-12)


def _pairwise(f, g) -> float:
    # the cosine as story clustering has always summed it: over f's words, in f's order
    c = 0.0
    for w, v in f.words.items():
        if w in g.words:
            c += v * g.words[w]
    return c


@pytest.mark.parametrize("min_text", [0.45, 0.3])
def test_word_index_candidates_are_all_pairs_above_the_bound(min_text):
    """Candidates are found by a numpy pass that sums in another order; they must still be
    every article with enough shared names or a cosine of at least ``min_text``, and the
    cosines the pairwise ones summed in f's order (to the bit: ties between stories are
    decided on them)."""
    import math
    import random

    from newsgraph.stories.features import Features, WordIndex

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(300)]
    feats = []
    for i in range(120):
        base = feats[rng.randrange(len(feats))] if feats and rng.random() < 0.5 else None
        words = dict(base.words) if base else {}
        for w in rng.sample(vocab, rng.randint(3, 20) if base else rng.randint(20, 60)):
            words[w] = rng.random() * (3.0 if int(w[1:]) % 7 == 0 else 1.0)
        for w in list(words)[: rng.randint(0, len(words) // 4)]:
            del words[w]
        norm = math.sqrt(sum(v * v for v in words.values())) or 1.0
        names = {f"n{rng.randrange(40)}": 1.0 for _ in range(rng.randint(0, 4))}
        feats.append(Features(f"a{i}", "de", "o", None, names=names, words={w: v / norm for w, v in words.items()}))
    cfg = {"min_names": 2, "min_text_alone": min_text}
    index = WordIndex()
    found_by_text = 0
    for i, f in enumerate(feats):
        cands, cos = index.candidates(f, cfg)
        expected = set()
        for n, g in enumerate(feats[:i]):
            c = _pairwise(f, g)
            shared = len(set(f.names) & set(g.names))
            if shared >= 2 or c >= min_text:
                expected.add(n)
                assert cos[n] == c  # exactly
            found_by_text += shared < 2 and c >= min_text
        assert cands == expected
        index.add(f)
    assert found_by_text > 20  # the check above was about text-only candidates too
