"""Small helpers other stages call with linking results in hand."""

from __future__ import annotations

from ..model import Analysis
from .kb import kb


def government_of(entity_id: str) -> str | None:
    """The country entity a capital (or a state body like the Kremlin) stands for."""
    rec = kb().record(entity_id)
    if rec is None:
        return None
    cc = rec.get("capital_of") or (rec.get("country") if rec.get("kind") in ("government", "country") else None)
    return f"ent_country_{cc.lower()}" if cc and len(cc) == 2 else None


def media_for(text: str, analysis: Analysis) -> str | None:
    """Entity id of the medium that ``text`` ("die Post", "der Zeitung", "Washington
    Post") denotes in ``analysis``: the linked mention with that surface text if there is
    one, else the medium DESC mention nearest before it."""
    base = kb()
    t = text.strip().lower()
    for m in analysis.mentions:
        if m.entity_id and m.span.text.lower() == t:
            rec = base.record(m.entity_id)
            if rec is not None and rec.get("kind") == "media":
                return m.entity_id
    media = [m for m in analysis.mentions if m.entity_id and (base.record(m.entity_id) or {}).get("kind") == "media"]
    return media[-1].entity_id if media else None


def reload_kb() -> None:
    """Forget the loaded KB and everything indexed from it (after changing user KB files)."""
    from .descriptions import finder
    from .gazetteer import gazetteer
    from .kb import kb as _kb
    from .resolve import lookup

    _kb.cache_clear()
    lookup.cache_clear()
    gazetteer.cache_clear()
    finder.cache_clear()
