"""Terminal rendering of one analysed article (``newsgraph show``, ``newsgraph demo``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .model import Analysis


def _snip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def chain_names(a: Analysis, chain: list[str]) -> str:
    by_id = {s.id: s for s in a.sources}
    return " ← ".join(by_id[c].name or by_id[c].kind.value for c in reversed(chain) if c in by_id)


def render(a: Analysis, console: Console) -> None:
    art = a.article
    console.rule(f"[bold]{_snip(art.title or art.text, 100)}")
    console.print(f"id [bold]{art.id}[/]  language {art.language}  published {art.published or '?'}  "
                  f"outlet {art.outlet or '?'}  url {art.url or '-'}")
    if art.duplicate_of:
        console.print(f"[yellow]{art.duplicate_kind} duplicate of {art.duplicate_of}[/]: not analysed again")
        return
    glued = sum(s.glued for s in a.sentences)
    console.print(f"{len(art.text)} characters, {len(a.sentences)} sentences ({glued} glued joins), "
                  f"{len(a.mentions)} mentions, {len(a.entities)} entities, {len(a.claims)} claims, "
                  f"{len(a.events)} events, {len(a.times)} time expressions, {len(a.flags)} flags")
    for w in art.warnings:
        console.print(f"[yellow]warning[/] {w}")
    if a.sources:
        t = Table("source", "kind", "reported through", "references", title="Source chain", title_justify="left")
        by_id = {s.id: s for s in a.sources}
        for s in a.sources:
            parent = by_id.get(s.parent_id)
            refs = ", ".join(dict.fromkeys(m.text for m in s.mentions))
            t.add_row(s.name or "?", s.kind.value, parent.name if parent else "", _snip(refs, 60))
        console.print(t)
    if a.claims:
        t = Table("speaker", "cue", "mode", "certainty", "message", "according to", title="Claims", title_justify="left")
        for c in a.claims:
            t.add_row(c.speaker.text if c.speaker else "—", c.cue.text if c.cue else "—", c.mode.value,
                      c.certainty.value, _snip(c.message.text, 80), chain_names(a, c.chain))
        console.print(t)
    if a.events:
        t = Table("type", "modality", "source", "target", "where", "when", "evidence", title="Events", title_justify="left")
        for e in a.events:
            t.add_row(e.type, e.modality.value, e.source_actor.name if e.source_actor else "", e.target_actor.name if e.target_actor else "",
                      e.location.name if e.location else "", e.date or "", _snip(e.span.text, 60))
        console.print(t)
    if a.times:
        console.print("Time: " + "; ".join(f"{x.span.text} → {x.value}" for x in a.times))
    if a.entities:
        counts: dict[str, int] = {}
        for m in a.mentions:
            if m.entity_id:
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        t = Table("entity", "type", "mentions", "as", title="Entities", title_justify="left")
        for e in a.entities:
            forms = dict.fromkeys(m.span.text for m in a.mentions if m.entity_id == e.id)
            t.add_row(e.name, e.type, str(counts.get(e.id, 0)), _snip(", ".join(forms), 70))
        console.print(t)
    elif a.mentions:
        console.print("Mentions: " + ", ".join(f"{m.span.text} ({m.type})" for m in a.mentions[:40]))
    if a.flags:
        t = Table("flag", "where", "reason", title="Flags", title_justify="left")
        for f in a.flags:
            t.add_row(f.kind, _snip(f.span.text, 60) if f.span else "", _snip(f.reason, 70))
        console.print(t)
