// Layered graph in plain SVG: one column per level (outlet → media → sources → claims),
// nodes ordered by their parents' positions to keep edges from crossing much.
import { s } from "./dom.js";

const W = 210, H = 54, GAP_X = 70, GAP_Y = 14, PAD = 20, HEAD = 28;
const LEVEL_NAMES = ["outlet", "cited media / sources", "sources", "sources", "sources"];

function lines(text, max = 30) {
  const words = String(text || "").replace(/\s+/g, " ").trim().split(" ");
  const out = [""];
  for (const w of words) {
    const cur = out[out.length - 1];
    if ((cur + " " + w).trim().length > max && cur) {
      if (out.length === 2) { out[1] = (out[1] + " …").slice(0, max); return out; }
      out.push(w);
    } else out[out.length - 1] = (cur + " " + w).trim();
  }
  return out;
}

export function drawGraph(graph, onNode) {
  const levels = new Map();
  for (const n of graph.nodes) {
    if (!levels.has(n.level)) levels.set(n.level, []);
    levels.get(n.level).push(n);
  }
  const order = [...levels.keys()].sort((a, b) => a - b);
  const parents = new Map();
  for (const e of graph.edges) {
    if (!parents.has(e.target)) parents.set(e.target, []);
    parents.get(e.target).push(e.source);
  }
  const pos = new Map();
  let maxRows = 0;
  order.forEach((lv, col) => {
    const col_nodes = levels.get(lv);
    const rank = (n) => {
      const ps = (parents.get(n.id) || []).map((p) => pos.get(p)).filter(Boolean);
      return ps.length ? ps.reduce((t, p) => t + p.row, 0) / ps.length : 0;
    };
    col_nodes.sort((a, b) => rank(a) - rank(b) || (a.span?.start ?? 0) - (b.span?.start ?? 0));
    col_nodes.forEach((n, row) => pos.set(n.id, { col, row, node: n }));
    maxRows = Math.max(maxRows, col_nodes.length);
  });
  const width = PAD * 2 + order.length * W + (order.length - 1) * GAP_X;
  const height = PAD * 2 + HEAD + Math.max(1, maxRows) * (H + GAP_Y);
  const xy = (p) => {
    const colHeight = levels.get(order[p.col]).length * (H + GAP_Y);
    const top = PAD + HEAD + (maxRows * (H + GAP_Y) - colHeight) / 2;
    return { x: PAD + p.col * (W + GAP_X), y: top + p.row * (H + GAP_Y) };
  };
  const svg = s("svg", { id: "chain-graph", class: "graph", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "source chain graph" },
  s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" },
    s("path", { d: "M0,0 L10,5 L0,10 z", fill: "#777" }))));
  order.forEach((lv, col) => {
    const isClaims = levels.get(lv).every((n) => n.kind === "claim");
    svg.appendChild(s("text", { x: PAD + col * (W + GAP_X) + W / 2, y: PAD + 12, "text-anchor": "middle", class: "col-head" },
      isClaims ? "claims" : LEVEL_NAMES[Math.min(col, LEVEL_NAMES.length - 1)]));
  });
  for (const e of graph.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    const p = xy(a), q = xy(b);
    const x1 = p.x + W, y1 = p.y + H / 2, x2 = q.x, y2 = q.y + H / 2;
    const mid = (x1 + x2) / 2;
    const back = x2 <= x1;  // an edge within or against the columns: bow it out
    const d = back ? `M${x1},${y1} C${x1 + 60},${y1} ${x2 - 60},${y2} ${x2},${y2}` : `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
    svg.appendChild(s("path", { d, class: "edge", fill: "none", stroke: "#888", "stroke-width": 1.4, "marker-end": "url(#arrow)",
      "data-source": e.source, "data-target": e.target }));
  }
  for (const { node, ...p } of pos.values()) {
    const { x, y } = xy(p);
    const ls = lines(node.label);
    const g = s("g", { class: `node kind-${node.kind}`, transform: `translate(${x},${y})`, "data-id": node.id, "data-kind": node.kind,
      tabindex: 0, role: "button" },
    s("title", {}, [node.label, node.detail].filter(Boolean).join("\n")),
    s("rect", { width: W, height: H, rx: 7, ry: 7 }),
    s("text", { x: 10, y: ls.length > 1 ? 29 : 35, class: "label" }, ls[0]),
    ls[1] ? s("text", { x: 10, y: 45, class: "label" }, ls[1]) : null,
    s("text", { x: W - 8, y: 12, "text-anchor": "end", class: "kind" }, node.kind));
    g.addEventListener("click", () => onNode && onNode(node));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && onNode) onNode(node); });
    svg.appendChild(g);
  }
  return svg;
}
