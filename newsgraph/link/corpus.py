"""The ``link.corpus`` corpus component: new (non-KB) people named in different articles get
one id when name and context agree.

``link.mentions`` gives an unknown name the same id in every document, but only for the same
spelling: "Norbert Röttgen" and "Norbert Roettgen" differ, and a bare "Röttgen" in an
article that never gives the first name is another id again. After each ingest this
component looks at the surnames the new articles touch, over the whole store:

1. Full names of one person: the same phonetic key ("Röttgen"/"Roettgen") always; other
   spellings the name matcher accepts ("Norbert Rötgen") only when their articles share
   context. Given names must be compatible, so "Thomas Müller" never merges with
   "Gerd Müller".
2. A bare surname in an article is the full-name person whose articles share the most
   context with it: entities named in both (weighted by rarity), the same outlet,
   publication dates close together. It is linked only when the best candidate is clearly
   ahead; with two people of that surname and no context to choose, it stays its own.

Decisions use the store as it is after the ingest and do not depend on earlier decisions
(a bare surname is re-decided when a new full name of that surname arrives), and the id a
group keeps is that of its longest full name, so the same corpus ends with the same ids
whatever order its articles came in. Records are rewritten with ``store.relink_entities``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..model import Entity
from ..registry import component
from .config import link_config
from .kb import kb
from .names import matcher, person_compatible, phonetic_tokens, same_surname, strip_roles
from .resolve import new_entity_id


def _cfg() -> dict:
    return link_config()["corpus"]


@dataclass
class ArticleCtx:
    id: str
    outlet: str | None
    published: date | None
    entities: set[str] = field(default_factory=set)  # KB and full-name entities named in it


@dataclass
class Person:
    """A non-KB person entity as one article names it."""

    article_id: str
    entity_id: str
    surfaces: list[str]

    @property
    def full(self) -> list[str]:
        return [s for s in self.surfaces if is_full(s)]


def is_full(name: str) -> bool:
    """A given name and a surname; "M. Hofmann" is not (the initial only narrows down
    which person of that surname it is, like a bare surname)."""
    toks = phonetic_tokens(name)
    return len(toks) >= 2 and any(len(t) > 1 for t in toks[:-1])


def name_key(name: str) -> tuple[str, ...]:
    """Phonetic tokens with a German genitive -s dropped ("Peter Stögers" = "Peter Stöger")."""
    toks = phonetic_tokens(name)
    if toks and len(toks[-1]) > 4 and toks[-1].endswith("s"):
        toks = (*toks[:-1], toks[-1][:-1])
    return toks


@dataclass
class Group:
    """Full-name occurrences of one person, with the id and name the group keeps."""

    members: list[Person]
    id: str
    name: str

    @property
    def ids(self) -> set[str]:
        return {p.entity_id for p in self.members}


def surname_key(name: str) -> str | None:
    toks = phonetic_tokens(name)
    if not toks:
        return None
    last = toks[-1]
    if len(last) < 3:
        return None  # an initial ("Abdelhamid A.") is no surname
    # a German genitive ("Röttgens", "Peter Stögers") is the same surname
    return last[:-1] if last.endswith("s") and len(last) > 4 else last


def _keys(surface: str) -> set[str]:
    k = surname_key(surface)
    if k is None:
        return set()
    toks = phonetic_tokens(surface)
    return {k, toks[-1]} if len(toks) == 1 else {k}


def _canonical(members: list[Person]) -> tuple[str, str]:
    """(id, name) a group keeps: its full name (not a genitive) in the most articles, then
    the longest, then the smaller id; a property of the group, not of the order it was
    built in."""
    arts: dict[str, set[str]] = defaultdict(set)
    ids: dict[str, set[str]] = defaultdict(set)
    for p in members:
        for s in p.full:
            arts[s].add(p.article_id)
            ids[s].add(p.entity_id)
    if not arts:
        p = min(members, key=lambda q: q.entity_id)
        return p.entity_id, p.surfaces[0]
    name = min(arts, key=lambda s: (name_key(s) != phonetic_tokens(s), -len(arts[s]), -len(s), s))
    return min(ids[name]), name


class CorpusLinker:
    def __init__(self, store):
        self.store = store
        self.base = kb()
        self.cfg = _cfg()

    # -- reading the store ------------------------------------------------------------
    def persons(self, keys: set[str] | None) -> list[Person]:
        """Non-KB person entities per article whose surname is one of ``keys`` (all if None)."""
        # new entities have hash ids (resolve.new_entity_id); KB ids are slugs
        rows = self.store.query(
            "SELECT article_id, entity_id, text FROM mentions WHERE type = 'PER' "
            "AND regexp_matches(entity_id, '^ent_[0-9a-f]{16}$') ORDER BY article_id, start")
        by: dict[tuple[str, str], list[str]] = defaultdict(list)
        for r in rows:
            if r["entity_id"] in self.base:
                continue
            if keys is not None and not (_keys(r["text"]) & keys):
                continue
            by[(r["article_id"], r["entity_id"])].append(self.clean(r["text"]))
        return [Person(a, e, s) for (a, e), s in sorted(by.items())]

    def clean(self, name: str) -> str:
        # link.mentions strips them too now; spans stored by earlier versions still have them
        return strip_roles(name)

    def contexts(self, article_ids: set[str], persons: list[Person]) -> dict[str, ArticleCtx]:
        bare = {(p.article_id, p.entity_id) for p in persons if not p.full}
        out: dict[str, ArticleCtx] = {}
        ids = sorted(article_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            ph = ",".join("?" * len(chunk))
            for r in self.store.query(f"SELECT id, outlet, published FROM articles WHERE id IN ({ph})", chunk):
                out[r["id"]] = ArticleCtx(r["id"], r["outlet"], r["published"])
            for r in self.store.query(
                    f"SELECT DISTINCT article_id, entity_id, type, text FROM mentions WHERE article_id IN ({ph}) "
                    "AND entity_id IS NOT NULL", chunk):
                if (r["article_id"], r["entity_id"]) in bare:
                    continue
                if r["entity_id"] not in self.base and r["type"] == "PER" and not is_full(self.clean(r["text"])):
                    continue  # bare surnames are what is being decided, not context
                if r["article_id"] in out:
                    out[r["article_id"]].entities.add(r["entity_id"])
        return out

    def idf(self) -> dict[str, float]:
        n = max(self.store.query("SELECT count(*) AS n FROM articles")[0]["n"], 1)
        df = self.store.query("SELECT entity_id, count(DISTINCT article_id) AS df FROM mentions "
                              "WHERE entity_id IS NOT NULL GROUP BY entity_id")
        # log(1 + N/df) / log(1 + N): rare shared names weigh most, a name in only one
        # article weighs 1, so thresholds mean the same in a small store and a large one
        norm = math.log(1 + n)
        return {r["entity_id"]: math.log(1 + n / r["df"]) / norm for r in df}

    # -- scoring ------------------------------------------------------------------------
    def similarity(self, a: ArticleCtx, b: ArticleCtx, idf: dict[str, float], exclude: set[str]) -> float:
        shared = (a.entities & b.entities) - exclude
        s = sum(max(idf.get(e, 0.0), 0.0) for e in shared)
        if a.outlet and a.outlet == b.outlet:
            s += self.cfg["same_outlet"]
        if a.published and b.published and abs((a.published - b.published).days) <= self.cfg["window_days"]:
            s += self.cfg["same_window"]
        return s

    def cluster_score(self, art: ArticleCtx, members: list[Person], ctx: dict[str, ArticleCtx],
                      idf: dict[str, float], exclude: set[str]) -> float:
        return max((self.similarity(art, ctx[p.article_id], idf, exclude) for p in members
                    if p.article_id != art.id and p.article_id in ctx), default=0.0)

    # -- deciding ---------------------------------------------------------------------
    def decide(self, keys: set[str] | None) -> tuple[dict[str, dict[str, str]], list[Entity]]:
        persons = self.persons(keys)
        if not persons:
            return {}, []
        ctx = self.contexts({p.article_id for p in persons}, persons)
        idf = self.idf()
        full = [p for p in persons if p.full]
        bare = [p for p in persons if not p.full]
        groups = [Group(members, *_canonical(members)) for members in self.full_name_clusters(full, ctx, idf)]
        changes: dict[str, dict[str, str]] = defaultdict(dict)
        entities: list[Entity] = []
        canon_of: dict[str, str] = {}
        by_key: dict[str, list[Group]] = defaultdict(list)
        for g in groups:
            for p in g.members:
                canon_of[p.entity_id] = g.id
                if p.entity_id != g.id:
                    changes[p.article_id][p.entity_id] = g.id
            variants = list(dict.fromkeys([g.name, *sorted({s for p in g.members for s in p.surfaces})]))
            if len(g.ids) > 1 or len(variants) > 1:
                entities.append(Entity(id=g.id, name=g.name, type="PER", variants=variants))
            # the group's own name must end in the surname: a group built around another
            # name (an NER span "Erwin Pröll Mitterlehner") does not take "Mitterlehner"
            key = surname_key(g.name)
            if key:
                by_key[key].append(g)
        for p in bare:
            target = self.bare_target(p, by_key, ctx, idf, canon_of)
            if target != p.entity_id:
                changes[p.article_id][p.entity_id] = target
        return {a: m for a, m in changes.items() if m}, entities

    def full_name_clusters(self, full: list[Person], ctx: dict[str, ArticleCtx],
                           idf: dict[str, float]) -> list[list[Person]]:
        parent: dict[int, int] = {i: i for i in range(len(full))}

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        m = matcher()
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(full):
            for s in p.full:
                by_key[surname_key(s)].append(i)
        for idx in by_key.values():
            for x, i in enumerate(idx):
                for j in idx[x + 1:]:
                    a, b = full[i], full[j]
                    if find(i) == find(j):
                        continue
                    if a.entity_id == b.entity_id or self._same_person(a, b, ctx, idf, m):
                        parent[find(i)] = find(j)
        groups: dict[int, list[Person]] = defaultdict(list)
        for i, p in enumerate(full):
            groups[find(i)].append(p)
        return list(groups.values())

    def _same_person(self, a: Person, b: Person, ctx, idf, m) -> bool:
        na, nb = max(a.full, key=len), max(b.full, key=len)
        if not (person_compatible(na, nb) and person_compatible(nb, na)):
            return False
        if name_key(na) == name_key(nb):
            return True
        if not same_surname(na, nb):
            return False
        if m.probability(na, nb) < self.cfg["min_name_probability"]:
            return False
        ca, cb = ctx.get(a.article_id), ctx.get(b.article_id)
        exclude = {a.entity_id, b.entity_id}
        return bool(ca and cb) and self.similarity(ca, cb, idf, exclude) >= self.cfg["min_context"]

    def bare_target(self, p: Person, by_key: dict[str, list[Group]], ctx: dict[str, ArticleCtx],
                    idf: dict[str, float], canon_of: dict[str, str]) -> str:
        """The id a bare surname in one article gets: a full-name person's, or its own."""
        surface = max(p.surfaces, key=lambda x: (len(phonetic_tokens(x)), -len(x)))  # "M. Hofmann" over "Hofmann"
        # linked by an earlier run: its own id is the one link.mentions gave the bare name
        own = new_entity_id(surface, "PER") if p.entity_id in canon_of else p.entity_id
        art = ctx.get(p.article_id)
        if art is None:
            return own
        cands = {g.id: g for k in _keys(surface) for g in by_key.get(k, [])}.values()
        scored = [(self.cluster_score(art, g.members, ctx, idf, g.ids | {p.entity_id}), g.id) for g in cands
                  if person_compatible(surface, g.name)]  # an initial must fit the given name
        if not scored:
            return own
        scored.sort(key=lambda x: (-x[0], x[1]))
        best = scored[0][0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        if best >= self.cfg["min_context"] and best - second >= self.cfg["margin"]:
            return scored[0][1]
        return own


def link_corpus(store, new_ids: list[str] | None = None) -> int:
    """Link new people across the store after ``new_ids`` were ingested (all if None).
    Returns the number of records rewritten."""
    lk = CorpusLinker(store)
    keys: set[str] | None = None
    if new_ids is not None:
        keys = set()
        for p in _new_persons(store, new_ids, lk.base):
            for s in p:
                keys |= _keys(s)
        if not keys:
            return 0
    changes, entities = lk.decide(keys)
    if not changes and not entities:
        return 0
    return store.relink_entities(changes, entities)


def _new_persons(store, new_ids: list[str], base) -> list[list[str]]:
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for start in range(0, len(new_ids), 500):
        chunk = list(new_ids[start:start + 500])
        ph = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT article_id, entity_id, text FROM mentions WHERE article_id IN ({ph}) "
                             "AND type = 'PER' AND regexp_matches(entity_id, '^ent_[0-9a-f]{16}$')", chunk):
            if r["entity_id"] not in base:
                out[(r["article_id"], r["entity_id"])].append(r["text"])
    return list(out.values())


class LinkCorpus:
    def __call__(self, store, new_ids: list[str]) -> None:
        link_corpus(store, new_ids)


@component("link.corpus")
def make_link_corpus(**settings) -> LinkCorpus:  # noqa: ARG001
    return LinkCorpus()
