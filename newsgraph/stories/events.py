"""Merging reports of one real-world event.

Within a story, two event records are reports of the same event when they have the same
type, compatible actors (a shared entity or name key in some role and no conflicting role; with
no actor on either side, the same day and place) and compatible dates (at most ``max_date_gap_days`` apart, or one undated). Reports are never
dropped: each keeps its record and gets the group's ``story_event_id``.
"""

from __future__ import annotations

from datetime import date

from ..model import Actor, Analysis, Event, Story, stable_id
from .features import name_key


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _actor_keys(actor: Actor | None) -> set[str]:
    if actor is None:
        return set()
    keys = set()
    if actor.entity_id:
        keys.add(f"ent:{actor.entity_id}")
    name = actor.name or (actor.span.text if actor.span else "")
    for w in name.split():
        if w[:1].isupper():
            w = w.strip(".,;:'’")
            if len(w) >= 3:
                keys.add(w.lower())  # short surnames ("Rutte") have too short a phonetic key
            k = name_key(w)
            if len(k) >= 3:
                keys.add(k)
    return keys


_ROLES = ("source_actor", "target_actor", "location")


def same_event(a: Event, b: Event, max_gap: int = 1, keys: dict | None = None) -> bool:
    """``keys``: event id -> the ``_actor_keys`` of its roles, for callers comparing many pairs."""
    if a.type != b.type:
        return False
    da, db = _day(a.date), _day(b.date)
    if da and db and abs((da - db).days) > max_gap:
        return False
    if a.date and b.date and not (da and db) and a.date[:7] != b.date[:7]:
        return False
    ra = keys[a.id] if keys is not None else _role_keys(a)
    rb = keys[b.id] if keys is not None else _role_keys(b)
    shared = False
    for ka, kb in zip(ra[:2], rb[:2]):
        if ka and kb and not ka & kb:
            return False
        shared = shared or bool(ka & kb)
    if shared:
        return True
    # no actor to compare: only the same day at the same place makes it one happening; two
    # actor-less ASSAULTs in one story are as likely two different attacks
    return bool(da and db and ra[2] & rb[2])


def _role_keys(e: Event) -> tuple[set[str], ...]:
    return tuple(_actor_keys(getattr(e, role)) for role in _ROLES)


def link_events(story: Story, members: list[Analysis], cfg: dict) -> dict[str, str]:
    """event id -> story_event_id for every event of the story's articles."""
    events = sorted((e for a in members for e in a.events), key=lambda e: (e.article_id, e.span.start, e.id))
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    gap = int(cfg.get("max_date_gap_days", 1))
    keys = {e.id: _role_keys(e) for e in events}  # once per event, not once per pair
    # only events of one type can be one event: pairs are formed within a type (the groups are
    # connected components, so the order pairs are tried in does not change them); all pairs of
    # a large story's events were most of stories.cluster on an undated corpus
    by_type: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_type.setdefault(e.type, []).append(i)
    for idx in by_type.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                if find(i) != find(j) and same_event(events[i], events[j], gap, keys):
                    parent[find(j)] = find(i)
    groups: dict[int, list[Event]] = {}
    for i, e in enumerate(events):
        groups.setdefault(find(i), []).append(e)
    links = {}
    for members_ in groups.values():
        sid = stable_id("sevent", story.id, min(e.id for e in members_))
        for e in members_:
            e.story_event_id = sid
            links[e.id] = sid
    return links
