"""Map a name string to an entity id: KB variant, phonetic key, fuzzy match scored by the
name matcher, else a new id derived from the normalised name (the same in every document)."""

from __future__ import annotations

from functools import lru_cache

from ..model import Entity, stable_id
from .config import link_config
from .kb import kb
from .names import aligned_similarity, matcher, normalise, person_compatible, phonetic, phonetic_tokens

NEW_ENTITY_CONFIDENCE = 0.0


def new_entity_id(name: str, type: str | None) -> str:
    return stable_id("ent", normalise(name), type or "MISC")


def resolve(name: str, type: str | None = None, lang: str | None = None) -> tuple[str, float]:
    """``(entity_id, confidence)`` for a name. A KB entity gets its fixed id with the
    confidence of the match (1.0 exact variant, 0.9 same phonetic key, else the matcher's
    probability); an unknown name gets ``new_entity_id(name, type)`` and confidence 0.0.
    ``lang`` is accepted for callers' convenience; names are matched across languages."""
    hit = lookup(name, type)
    if hit:
        return hit
    return new_entity_id(name, type), NEW_ENTITY_CONFIDENCE


@lru_cache(maxsize=200_000)
def lookup(name: str, type: str | None = None) -> tuple[str, float] | None:
    """The KB entity a name refers to, or None.

    Memoised: news repeats names, and the fuzzy pass over all KB keys was a fifth of the
    pipeline's time (bench/README.md); ``reload_kb`` clears the memo."""
    base = kb()
    if not normalise(name):
        return None
    eid = base.pick(base.exact(name), type)
    if eid:
        return eid, 1.0
    if len(name) > 4 and name.endswith("s"):  # German genitive: "Putins", "Kiews"
        eid = base.pick(base.exact(name[:-1]), type)
        if eid:
            return eid, 0.95
    # Approximate matching only for names long enough to carry evidence: acronyms ("UEFA"
    # is not Ufa) and MISC spans (often adjectives like "Wiener") match exactly or not at all.
    if type == "MISC" or len(normalise(name)) < 5 or name.replace(".", "").isupper():
        return None
    eid = base.pick(base.phonetic_exact(name), type)
    if eid:
        return eid, 0.9
    return fuzzy(name, type)


def fuzzy(name: str, type: str | None = None) -> tuple[str, float] | None:
    cfg = link_config()["resolve"]
    base = kb()
    base._build()
    cands = base.fuzzy_candidates(phonetic(name), cfg["candidates"], cfg["min_candidate_score"],
                                  cfg["min_token_similarity"])
    m = matcher()
    best: tuple[str, float] | None = None
    for cand_key in cands:
        eid = base.pick(base.by_phon[cand_key], type)
        if not eid or (type and base.records[eid].get("type") != type):
            continue
        # Score against the entity's best variant, not the phonetic key, so the matcher
        # sees real names as in training.
        # every word must have a close counterpart ("Robert de Niro" is not Robert Fico,
        # "Camera" not Cameron), whatever the overall similarity says
        variants = [v for v in base.records[eid]["variants"] if phonetic(v) == cand_key
                    and aligned_similarity(name, v) >= cfg["min_token_similarity"]]
        if base.records[eid].get("type") == "PER":
            variants = [v for v in variants if person_compatible(name, v)]
        elif len(phonetic_tokens(name)) == 1:
            # a bare surname may be a person's last word; a bare word is not a place or
            # organisation whose name it ends ("Sahara" is not Western Sahara)
            variants = [v for v in variants if len(phonetic_tokens(v)) == 1]
        if not variants:
            continue
        prob = max(m.probability(name, v) for v in variants)
        if prob >= cfg["min_probability"] and (best is None or prob > best[1]):
            best = (eid, prob)
    return best


def entity(entity_id: str, name: str | None = None, type: str | None = None) -> Entity:
    """The full Entity record: from the KB, else a minimal one for a new entity."""
    e = kb().get(entity_id)
    if e is not None:
        return e
    return Entity(id=entity_id, name=name or entity_id, type=type or "MISC", variants=[name] if name else [])
