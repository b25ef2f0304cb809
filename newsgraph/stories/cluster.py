"""``stories.cluster``: group articles that report the same story, as they arrive.

Streaming: after each ingest the new articles, in date order, join the most similar open
story (one whose time span, widened by ``window_days``, covers the article's date) or open
a new one. A story's id derives from the article that opened it, so re-running the same
ingests gives the same ids. Duplicates join the story of their original.

Within a story, event records from different articles that report the same real-world
event share one ``story_event_id``; ``Story.event_ids`` lists those real-world events, so
an event reported ten times is still one event.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..model import Analysis, Event, Story, stable_id
from ..registry import component
from .events import link_events
from .features import Features, WordIndex, features, similarity

CONFIG = Path(__file__).resolve().parent.parent / "config" / "stories.toml"


@lru_cache(maxsize=1)
def settings() -> dict:
    return tomllib.loads(CONFIG.read_text("utf-8"))


@dataclass
class OpenStory:
    story: Story
    members: list[Features] = field(default_factory=list)
    indexed: list[int] = field(default_factory=list)  # the members' numbers in Clusterer.index

    def covers(self, d: date | None, window: int) -> bool:
        if d is None or self.story.start is None:
            return True
        return self.story.start - timedelta(days=window) <= d <= (self.story.end or self.story.start) + timedelta(days=window)


def _sort_key(a: Analysis) -> tuple:
    return (a.article.published or date.max, a.article.id)


class Clusterer:
    """The clustering itself, independent of the store (the eval and tests use it directly)."""

    def __init__(self, **overrides):
        self.cfg = dict(settings().get("cluster", {}))
        self.cfg.update(overrides.get("cluster", overrides))
        self.stories: dict[str, OpenStory] = {}
        self.analyses: dict[str, Analysis] = {}
        self.index = WordIndex()
        self.member_story: list[str] = []  # index number -> story id
        self.member_features: list[Features] = []  # index number -> its features
        self.story_of: dict[str, str] = {}  # article id -> story id

    def load(self, story: Story, members: list[Analysis]) -> None:
        st = self.stories[story.id] = OpenStory(story)
        for a in members:
            self._member(st, features(a, self.cfg["background_idf"]))
            self.analyses[a.article.id] = a
        for aid in story.article_ids:
            self.story_of.setdefault(aid, story.id)

    def _member(self, st: OpenStory, f: Features) -> None:
        st.members.append(f)
        st.indexed.append(self.index.add(f))
        self.member_story.append(st.story.id)
        self.member_features.append(f)

    def _best(self, f: Features) -> tuple[str | None, float]:
        """The story ``f`` joins, if any, and how alike they are. A story open within
        ``window_days`` of its last article takes an article at ``threshold``; a follow-up
        (a trial's verdict weeks after the charge, a disaster's cause after the rescue)
        needs ``follow_up_threshold`` within ``follow_up_days`` of the story's last article."""
        window, follow = self.cfg["window_days"], self.cfg.get("follow_up_days", 0)
        follow_min = self.cfg.get("follow_up_threshold", 1.0)
        best, best_sim = None, 0.0
        late, late_sim = None, 0.0
        cands, cos = self.index.candidates(f, self.cfg)
        if cands is None:
            per_story = {sid: list(zip(st.members, st.indexed)) for sid, st in self.stories.items()}
        else:
            # only stories with a member that can score above 0 (the others can never be best), and
            # of those only such members: walking every member of a story that grew large (an
            # undated corpus keeps all stories open) to find the candidates was quadratic
            per_story = {}
            for n in sorted(cands):
                per_story.setdefault(self.member_story[n], []).append((self.member_features[n], n))
        for sid, members in per_story.items():
            st = self.stories[sid]
            recent = st.covers(f.published, window)
            if not recent and not (follow > window and st.covers(f.published, follow)):
                continue
            sim = max((similarity(f, m, self.cfg, cos.get(n, 0.0)) for m, n in members), default=0.0)
            if recent:
                if sim > best_sim or (sim == best_sim and best is not None and sid < best):
                    best, best_sim = sid, sim
            elif sim >= follow_min and (sim > late_sim or (sim == late_sim and late is not None and sid < late)):
                late, late_sim = sid, sim
        if late is not None and (best is None or best_sim < self.cfg["threshold"]):
            return late, late_sim
        return best, best_sim

    def add(self, analyses: list[Analysis]) -> set[str]:
        """Assign each new article to a story; return the ids of stories that changed."""
        changed: set[str] = set()
        by_id = {a.article.id: a for a in analyses}
        for a in sorted(analyses, key=_sort_key):
            aid = a.article.id
            if aid in self.story_of:
                continue
            self.analyses[aid] = a
            orig = a.article.duplicate_of
            target = self.story_of.get(orig) if orig else None
            f = features(by_id[aid], self.cfg["background_idf"])
            if target is None:
                sid, sim = self._best(f)
                target = sid if sid is not None and sim >= self.cfg["threshold"] else None
            if target is None:
                target = stable_id("story", aid)
                self.stories[target] = OpenStory(Story(id=target, title=a.article.title))
            st = self.stories[target]
            if not orig:
                self._member(st, f)
            self._extend(st.story, a)
            self.story_of.setdefault(aid, target)
            changed.add(target)
        return changed

    @staticmethod
    def _extend(s: Story, a: Analysis) -> None:
        art = a.article
        s.article_ids.append(art.id)
        if art.outlet and art.outlet not in s.outlets:
            s.outlets.append(art.outlet)
        if art.language and art.language not in s.languages:
            s.languages.append(art.language)
        if art.published:
            s.start = min(s.start, art.published) if s.start else art.published
            s.end = max(s.end, art.published) if s.end else art.published
        for m in a.mentions:
            if m.entity_id and m.entity_id not in s.entity_ids:
                s.entity_ids.append(m.entity_id)

    def merge_events(self, story_id: str) -> dict[str, str]:
        st = self.stories[story_id]
        members = [self.analyses[i] for i in st.story.article_ids if i in self.analyses]
        links = link_events(st.story, members, settings().get("events", {}))
        st.story.event_ids = sorted(set(links.values()))
        return links


# ---------------------------------------------------------------------------------------
def _existing(store, earliest: date | None, window: int) -> list[Story]:
    sql = "SELECT data FROM stories"
    params: list = []
    if earliest is not None:
        sql += ' WHERE "end" IS NULL OR "end" >= ?'
        params.append(earliest - timedelta(days=window))
    return [Story.model_validate_json(r["data"]) for r in store.query(sql, params)]


def _write_event_links(store, events: list[Event]) -> None:
    """Store the ``story_event_id`` of events whose merge changed it. The events are the ones
    clustering loaded, so their records are written as they are, not read back from the store
    first (an UPDATE per row was once the largest cost of stories.cluster)."""
    store.put_record_data("events", [(e.id, e.model_dump_json()) for e in events])


# what clustering and event merging read of an analysis: events (written back, so whole),
# mentions and times (_light_records; claims, sources, flags and entity records were a good
# part of loading them); sentences only matter without mentions (their starts tell
# sentence-initial capitals from names), so only such articles load them
def _load(store, ids: list[str]) -> list[Analysis]:
    out = list(store.iter_analyses(ids, ("events",)))
    _light_records(store, {a.article.id: a for a in out})
    bare = {a.article.id: a for a in out if not a.mentions}
    if bare:
        for a in store.iter_analyses(list(bare), ("sentences",)):
            bare[a.article.id].sentences = a.sentences
    return out


# what clustering reads of a mention and of a time expression (pydantic's model_construct
# resolves every default field by field, slower than validating the JSON)
class _Text(NamedTuple):
    text: str


class _Mention(NamedTuple):
    entity_id: str | None
    type: str
    span: _Text


class _Time(NamedTuple):
    value: str


def _light_records(store, by_id: dict[str, Analysis]) -> None:
    """The mentions and times of these analyses with only what clustering reads of them (a
    mention's entity id, type and text; a time's value), from the store's columns in the order
    ``iter_analyses`` gives them (by start, then as written). pydantic's validation of every
    record's JSON was the largest part of loading (bench/README.md, twenty-sixth round, late,
    s2). Safe: these records were validated when they were written, stories.cluster only reads
    them, and only events and stories are written back, so the partial records never leave it."""
    ids = list(by_id)
    for k in range(0, len(ids), 200):
        chunk = ids[k:k + 200]
        ph = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT article_id, entity_id, type, text FROM mentions WHERE article_id IN ({ph}) "
                             "ORDER BY article_id, start, rowid", chunk):
            by_id[r["article_id"]].mentions.append(_Mention(r["entity_id"], r["type"], _Text(r["text"])))
        for r in store.query(f"SELECT article_id, value FROM times WHERE article_id IN ({ph}) "
                             "ORDER BY article_id, start, rowid", chunk):
            by_id[r["article_id"]].times.append(_Time(r["value"]))


class StoryComponent:
    def __init__(self, **settings_):
        self.settings = settings_

    def __call__(self, store, new_ids: list[str]) -> None:
        new = _load(store, new_ids)
        if not new:
            return
        cl = Clusterer(**self.settings)
        dates = [a.article.published for a in new if a.article.published]
        reach = max(cl.cfg["window_days"], cl.cfg.get("follow_up_days", 0))  # follow-ups may join older stories
        existing = _existing(store, min(dates) if dates else None, reach)
        # the open stories' members in one read, not one per story (a query per record table
        # each; bench/README.md, twenty-sixth round, h8); each story still loads its own, in order
        loaded = {a.article.id: a for a in _load(store, list(dict.fromkeys(i for s in existing for i in s.article_ids)))}
        for s in existing:
            cl.load(s, [loaded[i] for i in s.article_ids if i in loaded and loaded[i].article.duplicate_of is None])
        changed = cl.add(new)
        events = {e.id: e for a in cl.analyses.values() for e in a.events}
        before = {eid: e.story_event_id for eid, e in events.items()}
        links: dict[str, str] = {}
        for sid in sorted(changed):
            links.update(cl.merge_events(sid))
        store.put_stories([cl.stories[sid].story for sid in sorted(changed)])
        _write_event_links(store, [events[eid] for eid, sid in links.items() if before.get(eid) != sid])


@component("stories.cluster")
def make_story_clusterer(**settings_) -> StoryComponent:
    return StoryComponent(**settings_)
