"""The ``link.records`` component: the records the extractors made (sources, claims, events)
get the entities ``link.mentions`` found.

- ``Source.entity_id``: cited media and named people/organisations; anonymous sources stay
  without one. The publishing outlet is linked only to a KB entity.
- Claims: a claim speaks through its source (``Claim.source_id`` -> ``Source.entity_id``);
  speaker spans and later references of a source that no mention covers ("Er", "die
  Zeitung" missed by the description finder) become mentions of the source's entity, so
  every speaker span of the article can be followed to an entity.
- ``Event.source_actor / target_actor / location``: ``Actor.entity_id``; a capital in an
  actor role stands for its country's government ("Moskau" -> Russia), as a location it is
  the city. ``actor_type`` comes from the KB when the extractor left it empty, and a
  location without a country label gets the KB's country.

A record is linked by span first (the article's mentions, role descriptions included),
else by its name: a mention of the article whose words occur in the name (the extractor
writes "ukrainische Staatschef Wladimir Selenskyj" for the pronoun "Er"), else the KB.
An unknown name without a mention is not made into a new entity: German capitalises every
noun, so "Truppen" or "Beamten" would become entities.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from ..config import PACKAGE_ROOT
from ..model import Actor, Analysis, Mention, Source, SourceKind, Span, stable_id
from ..registry import component
from .api import government_of
from .config import link_config
from .kb import kb
from .names import normalise
from .resolve import entity, lookup, new_entity_id

_CAPWORD = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+$")


def _cfg() -> dict:
    return link_config()["records"]


@lru_cache(maxsize=1)
def iso3_by_iso2() -> dict[str, str]:
    """ISO 3166 alpha-3 codes as the event extractor writes them into actor span labels,
    matched to the KB's alpha-2 country codes through the country names both know."""
    path = PACKAGE_ROOT / "config" / "event_actors.toml"
    if not path.exists():
        return {}
    names = tomllib.loads(path.read_text("utf-8")).get("countries", {})
    out: dict[str, str] = {}
    for rec in kb().records.values():
        if rec.get("kind") != "country" or not rec.get("country"):
            continue
        for v in rec["variants"]:
            code = names.get(v.lower())
            if isinstance(code, str):
                out[rec["country"]] = code
                break
    return out


class _Linker:
    def __init__(self, analysis: Analysis):
        self.a = analysis
        self.text = analysis.article.text
        self.base = kb()
        self.mentions = [m for m in analysis.mentions if m.entity_id]
        self.types = self._entity_types()

    def _entity_types(self) -> dict[str, str]:
        out = {e.id: e.type for e in self.a.entities}
        for m in self.mentions:
            if m.type != "DESC":
                out.setdefault(m.entity_id, m.type)
        return out

    def type_of(self, eid: str) -> str | None:
        rec = self.base.record(eid)
        return rec.get("type") if rec else self.types.get(eid)

    # -- by span --------------------------------------------------------------------
    def at(self, span: Span | None, types: set[str] | None = None) -> Mention | None:
        """The mention that names what ``span`` denotes: of the overlapping ones, the one
        ending nearest the span's end (the head of a German noun phrase or the name in
        apposition: "NATO-Chef Mark Rutte" is Rutte), then the longest, names before
        descriptions."""
        if span is None:
            return None
        cands = [m for m in self.mentions if m.span.overlaps(span)
                 and (types is None or (self.type_of(m.entity_id) or "") in types)]
        if not cands:
            return None
        return min(cands, key=lambda m: (abs(span.end - m.span.end), -(m.span.end - m.span.start), m.type == "DESC"))

    # -- by name --------------------------------------------------------------------
    def by_name(self, name: str, types: set[str] | None = None, allow_new: bool = False) -> str | None:
        toks = normalise(name).split()
        if not toks:
            return None
        best: tuple[int, int, str] | None = None
        for m in self.mentions:
            if m.type == "DESC" or (types is not None and (self.type_of(m.entity_id) or "") not in types):
                continue
            mt = normalise(m.span.text).split()
            pos = _find_seq(toks, mt)
            if pos < 0 and m.span.text.endswith("s"):
                pos = _find_seq(toks, normalise(m.span.text[:-1]).split())  # "Putins"
            if pos >= 0:
                key = (pos + len(mt), len(mt), m.entity_id)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best:
            return best[2]
        typ = next(iter(types)) if types and len(types) == 1 else None
        hit = lookup(name, typ)
        if hit and hit[1] >= _cfg()["min_lookup_confidence"]:
            return hit[0]
        if allow_new and typ and _looks_like_name(name):
            return new_entity_id(name, typ)
        return None

    def use(self, eid: str, name: str, type: str | None) -> None:
        """Make sure ``analysis.entities`` holds the entity a record now points to."""
        if not any(e.id == eid for e in self.a.entities):
            self.a.entities.append(entity(eid, name, type))

    def add_mention(self, span: Span, eid: str, confidence: float) -> None:
        if any(m.span.overlaps(span) and m.entity_id for m in self.a.mentions):
            return
        kind = "PRON" if span.text.lower() in self.pronouns else "DESC"
        m = Mention(id=stable_id("men", self.a.article.id, span.start, span.end), article_id=self.a.article.id,
                    span=span, type=kind, entity_id=eid, confidence=confidence)
        self.a.mentions.append(m)
        self.mentions.append(m)

    @property
    def pronouns(self) -> set[str]:
        return set(_cfg()["pronouns"])


def _find_seq(hay: list[str], needle: list[str]) -> int:
    """Index of the last occurrence of ``needle`` in ``hay`` as a contiguous run, else -1."""
    n = len(needle)
    if not n:
        return -1
    for i in range(len(hay) - n, -1, -1):
        if hay[i:i + n] == needle:
            return i
    return -1


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(_CAPWORD.match(w) for w in words)


_HOST_NOISE = re.compile(r"^(?:https?://)?(?:www\.)?|\.(?:at|de|ch|com|org|net|co\.uk|uk|fr|it|ru|ua|eu|info)/?$")


def _outlet_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _HOST_NOISE.sub("", name.strip().lower()))


@lru_cache(maxsize=1)
def _media_by_key() -> dict[str, str]:
    out: dict[str, str] = {}
    for rid, rec in kb().records.items():
        if rec.get("kind") == "media":
            for v in rec["variants"]:
                for k in (_outlet_key(v), _outlet_key(re.sub(r"^(?:the|die|der|das)\s+", "", v, flags=re.I))):
                    if len(k) >= 3:
                        out.setdefault(k, rid)
    return out


def outlet_entity(name: str | None) -> str | None:
    """The KB medium an article's outlet is, from a site name ("derStandard") or a host
    name ("www.washingtonpost.com"); None for outlets the KB does not know."""
    if not name:
        return None
    hit = lookup(name, "ORG")
    if hit and hit[1] >= _cfg()["min_lookup_confidence"] and (kb().record(hit[0]) or {}).get("kind") == "media":
        return hit[0]
    return _media_by_key().get(_outlet_key(name))


SOURCE_TYPES: dict[SourceKind, set[str] | None] = {
    SourceKind.medium: {"ORG", "MISC"},
    SourceKind.person: {"PER"},
    SourceKind.organisation: {"ORG", "LOC"},
    SourceKind.unknown: None,
}


def _link_source(lk: _Linker, src: Source) -> None:
    if src.kind in (SourceKind.anonymous, SourceKind.document):
        src.entity_id = None
        return
    if src.kind == SourceKind.outlet:
        src.entity_id = outlet_entity(src.name)
        if src.entity_id:
            lk.use(src.entity_id, src.name, "ORG")
        return
    types = SOURCE_TYPES.get(src.kind)
    m = lk.at(src.span, types)
    eid = m.entity_id if m else None
    if eid is None:
        # a later reference may be linked where the first one was not
        for sp in src.mentions:
            m = lk.at(sp, types)
            if m and m.span.overlaps(sp) and m.type != "PRON":
                eid = m.entity_id
                break
    if eid is None and src.name:
        eid = lk.by_name(src.name, types, allow_new=src.kind == SourceKind.person)
    src.entity_id = eid
    if eid is None:
        return
    typ = lk.type_of(eid) or (next(iter(types)) if types and len(types) == 1 else None)
    lk.use(eid, src.name, typ)
    conf = _cfg()["reference_confidence"]
    for sp in [src.span, *src.mentions]:
        if sp is not None:
            lk.add_mention(sp, eid, conf)


def _link_claims(lk: _Linker) -> None:
    by_id = {s.id: s for s in lk.a.sources}
    conf = _cfg()["reference_confidence"]
    for c in lk.a.claims:
        src = by_id.get(c.source_id or "")
        if src is None or c.speaker is None:
            continue
        if src.entity_id is None and src.kind not in (SourceKind.anonymous, SourceKind.document):
            m = lk.at(c.speaker, SOURCE_TYPES.get(src.kind))
            if m is not None and m.type != "PRON":
                src.entity_id = m.entity_id
        # a pronoun speaker ("Er") is a reference to the source; other speaker words the
        # extractor attributed ("Berichten zufolge") are not names of it
        if src.entity_id and c.speaker.text.lower() in lk.pronouns:
            lk.add_mention(c.speaker, src.entity_id, conf)


def _link_actor(lk: _Linker, actor: Actor | None, location: bool) -> None:
    if actor is None:
        return
    m = lk.at(actor.span)
    eid = m.entity_id if m else None
    if eid is None and actor.name:
        eid = lk.by_name(actor.name)
    if eid is None:
        return
    rec = lk.base.record(eid)
    if not location and rec is not None and (rec.get("capital_of") or (m is not None and m.metonymy == "government")):
        eid = government_of(eid) or eid  # "mit Moskau", "Moskau erklärte": the Russian state
        rec = lk.base.record(eid)
    actor.entity_id = eid
    lk.use(eid, actor.name, lk.type_of(eid))
    if rec is None:
        return
    if not actor.actor_type and rec.get("actor_type"):
        actor.actor_type = rec["actor_type"]
    if location and actor.span is not None and not actor.span.label and rec.get("country"):
        actor.span.label = iso3_by_iso2().get(rec["country"])


def link_records(analysis: Analysis) -> None:
    lk = _Linker(analysis)
    for src in analysis.sources:
        _link_source(lk, src)
    _link_claims(lk)
    for ev in analysis.events:
        _link_actor(lk, ev.source_actor, False)
        _link_actor(lk, ev.target_actor, False)
        _link_actor(lk, ev.location, True)
    analysis.mentions.sort(key=lambda m: (m.span.start, m.span.end))


class LinkRecords:
    def __call__(self, analysis: Analysis, doc) -> None:  # noqa: ARG002 (component signature)
        link_records(analysis)


@component("link.records")
def make_link_records(**settings) -> LinkRecords:  # noqa: ARG001
    return LinkRecords()


def claim_entity(analysis: Analysis, claim_id: str) -> str | None:
    """The entity a claim's speaker is: its source's entity."""
    by_id = {s.id: s for s in analysis.sources}
    for c in analysis.claims:
        if c.id == claim_id:
            src = by_id.get(c.source_id or "")
            return src.entity_id if src else None
    return None
