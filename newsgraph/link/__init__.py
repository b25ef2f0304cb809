"""link stage: one identity per entity across articles, outlets, languages and scripts.

Python API for other stages (import from ``newsgraph.link``):

- ``resolve(name, type=None, lang=None) -> (entity_id, confidence)``: a name string
  ("Wolodymyr Selenskyj", "Volodymyr Zelensky", "Зеленський", "Putins") to an entity id.
  KB entities have fixed ids (``ent_vladimir_putin``, ``ent_country_ua``, ``ent_city_kyiv``,
  ``ent_nato``, ``ent_washington_post``); confidence 1.0 for a known variant, 0.9 for the
  same phonetic key, else the name matcher's probability. An unknown name gets
  ``stable_id("ent", normalise(name), type)`` with confidence 0.0, the same id in every
  document. ``type`` is PER/LOC/ORG/MISC or None (a PER never links to a place).
- ``lookup(name, type=None)``: like ``resolve`` but None when the KB has no match.
- ``kb()``: the loaded KB; ``kb().get(id) -> Entity | None`` (variants, type, actor_type,
  country, roles like ``head_of_state:UA``), ``kb().record(id)`` the raw record (kind,
  medium, role_spans with dates, capital_of), ``kb().holders(role, of, date)``.
- ``entity(id, name, type) -> Entity``: the KB record, or a minimal one for a new id.
- ``media_for(noun_or_name, analysis)``: the medium a description like "die Post" /
  "die Zeitung" refers to in an analysed article, or None.
- ``reload_kb()``: drop caches after user KB files (NEWSGRAPH_KB_EXTRA) changed.
- ``government_of(entity_id)``: for a capital used as metonymy ("Moskau") the country
  entity id whose government it stands for.

Components: ``link.mentions`` (newsgraph/link/mentions.py) fills ``analysis.mentions`` and
``analysis.entities``; ``link.records`` (newsgraph/link/records.py) then puts entity ids on
sources, claim speakers and event actors. Corpus component: ``link.corpus``
(newsgraph/link/corpus.py) links new people across documents after each ingest and rewrites
their ids with ``store.relink_entities``. CLI: ``newsgraph entities`` (newsgraph/link/commands.py).
Scorers: ``newsgraph eval linking`` (entity links on gold sentences), ``newsgraph eval xdoc``
(cross-document pairs), ``newsgraph eval names`` (the name matcher).
"""

from __future__ import annotations

from .api import government_of, media_for, reload_kb
from .kb import kb
from .resolve import entity, lookup, new_entity_id, resolve

__all__ = ["entity", "government_of", "kb", "lookup", "media_for", "new_entity_id", "reload_kb", "resolve"]
