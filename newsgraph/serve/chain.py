"""An article's source chain as a layered graph: outlet → cited media → sources → claims."""

from __future__ import annotations

from ..model import Analysis, SourceKind
from .schemas import Graph, GraphEdge, GraphNode

ROOT = "outlet"


def _snip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def source_graph(a: Analysis) -> Graph:
    outlets = [s for s in a.sources if s.kind == SourceKind.outlet]
    root = outlets[0].id if outlets else ROOT
    nodes: dict[str, GraphNode] = {}
    if not outlets:
        # older or partial analyses have no outlet source: the publisher is still the root
        nodes[ROOT] = GraphNode(id=ROOT, kind="outlet", label=a.article.outlet or "publishing outlet", level=0)
    parent: dict[str, str] = {}

    def link(child: str, up: str) -> None:
        # a cycle in parent_id (an extractor's slip) must not hang or flatten the drawing
        node = up
        while node in parent:
            if node == child:
                return
            node = parent[node]
        if node != child:
            parent[child] = up

    for s in a.sources:
        nodes[s.id] = GraphNode(id=s.id, kind=s.kind.value, label=s.name or s.kind.value, level=0, span=s.span,
                                detail=", ".join(dict.fromkeys(m.text for m in s.mentions)))
    for s in a.sources:
        if s.parent_id in nodes and s.parent_id != s.id:
            link(s.id, s.parent_id)
    # a claim's chain also says who reports through whom, where parent_id was left empty
    for c in a.claims:
        for up, down in zip(c.chain, c.chain[1:]):
            if up in nodes and down in nodes and down not in parent and down != up and down != root:
                link(down, up)
    for s in a.sources:
        if s.id not in parent and s.id != root and s.kind != SourceKind.outlet:
            link(s.id, root)

    def depth(sid: str) -> int:
        d = 0
        while sid in parent:
            sid = parent[sid]
            d += 1
        return d

    for sid, node in nodes.items():
        node.level = depth(sid)
    edges = [GraphEdge(source=p, target=s) for s, p in parent.items()]
    claim_level = max((n.level for n in nodes.values()), default=0) + 1
    for c in a.claims:
        speaker = c.source_id if c.source_id in nodes else (c.chain[-1] if c.chain and c.chain[-1] in nodes else root)
        who = c.speaker.text if c.speaker else ""
        nodes[c.id] = GraphNode(id=c.id, kind="claim", label=_snip(c.message.text, 60), level=claim_level, span=c.message,
                                detail=f"{c.mode.value}, {c.certainty.value}" + (f", said by {who}" if who else ""))
        edges.append(GraphEdge(source=speaker, target=c.id))
    return Graph(nodes=list(nodes.values()), edges=edges)
