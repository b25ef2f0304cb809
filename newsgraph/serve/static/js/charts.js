// Small SVG charts: mention counts per date and outlet; a timeline of dated events.
import { s } from "./dom.js";

export const PALETTE = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#975a16", "#2c7a7b", "#4a5568"];

// rows: [{outlet, published, count}] → grouped bars, one group per date, one bar per outlet
export function mentionChart(rows) {
  const dates = [...new Set(rows.map((r) => r.published || "undated"))].sort();
  const outlets = [...new Set(rows.map((r) => r.outlet))];
  const val = new Map(rows.map((r) => [`${r.published || "undated"}|${r.outlet}`, r.count]));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const bw = 18, gw = Math.max(90, outlets.length * bw + 24), ch = 160, left = 36, top = 16, bottom = 40;
  const width = left + dates.length * gw + 20 + 180, height = top + ch + bottom;
  const svg = s("svg", { id: "mention-chart", class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "mentions over time per outlet" });
  for (let i = 0; i <= 4; i++) {
    const v = Math.round((max * i) / 4), y = top + ch - (ch * v) / max;
    svg.appendChild(s("line", { x1: left, x2: left + dates.length * gw, y1: y, y2: y, stroke: "#e2e8f0" }));
    svg.appendChild(s("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "tick" }, String(v)));
  }
  dates.forEach((d, i) => {
    const gx = left + i * gw + 12;
    outlets.forEach((o, j) => {
      const c = val.get(`${d}|${o}`) || 0;
      if (!c) return;
      const hgt = (ch * c) / max;
      svg.appendChild(s("rect", { x: gx + j * bw, y: top + ch - hgt, width: bw - 3, height: hgt, fill: PALETTE[j % PALETTE.length],
        class: "bar", "data-outlet": o, "data-date": d }, s("title", {}, `${o}, ${d}: ${c} mentions`)));
    });
    svg.appendChild(s("text", { x: gx + (outlets.length * bw) / 2, y: top + ch + 16, "text-anchor": "middle", class: "tick" }, d));
  });
  outlets.forEach((o, j) => {
    const x = left + dates.length * gw + 24, y = top + 10 + j * 18;
    svg.appendChild(s("rect", { x, y: y - 10, width: 12, height: 12, fill: PALETTE[j % PALETTE.length] }));
    svg.appendChild(s("text", { x: x + 18, y, class: "legend-text" }, o));
  });
  return svg;
}

const MODALITY_COLOUR = { happened: "#2f855a", planned: "#2b6cb0", considered: "#d69e2e", possible: "#dd6b20",
  denied: "#c53030", conditional: "#805ad5" };

function dayNumber(iso) {
  const m = String(iso || "").match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] || 1) - 1, Number(m[3] || 1)) / 86400000;
}

// events: [{event, published, outlet, article_title}] → dots on a date axis; onPick(eventRow)
export function timeline(rows, onPick) {
  const dated = rows.map((r) => ({ r, day: dayNumber(r.event.date) ?? dayNumber(r.published) })).filter((x) => x.day !== null);
  const width = 1000, left = 40, right = 170, lane = 22;
  if (!dated.length) return s("svg", { id: "timeline", class: "chart", width: 300, height: 30 }, s("text", { x: 0, y: 20 }, "no dated events"));
  const lo = Math.min(...dated.map((x) => x.day)), hi = Math.max(...dated.map((x) => x.day));
  const span = Math.max(1, hi - lo);
  const X = (d) => left + ((d - lo) / span) * (width - left - right);
  const perDay = new Map();
  dated.sort((a, b) => a.day - b.day);
  for (const x of dated) { x.lane = perDay.get(x.day) || 0; perDay.set(x.day, x.lane + 1); }
  const lanes = Math.max(...dated.map((x) => x.lane)) + 1;
  const height = 50 + lanes * lane + 30;
  const axisY = height - 34;
  const svg = s("svg", { id: "timeline", class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "timeline of events" });
  svg.appendChild(s("line", { x1: left, x2: width - right, y1: axisY, y2: axisY, stroke: "#4a5568" }));
  for (const day of new Set(dated.map((x) => x.day))) {
    const iso = new Date(day * 86400000).toISOString().slice(0, 10);
    svg.appendChild(s("line", { x1: X(day), x2: X(day), y1: axisY - 4, y2: axisY + 4, stroke: "#4a5568" }));
    svg.appendChild(s("text", { x: X(day), y: axisY + 18, "text-anchor": "middle", class: "tick" }, iso));
  }
  for (const x of dated) {
    const e = x.r.event, cx = X(x.day), cy = axisY - 16 - x.lane * lane;
    const g = s("g", { class: "tl-event", "data-id": e.id, tabindex: 0, role: "button" },
      s("title", {}, `${e.type} (${e.modality}) ${e.date || x.r.published || ""}\n${e.span.text}\n${x.r.outlet || ""}: ${x.r.article_title}`),
      s("circle", { cx, cy, r: 6, fill: MODALITY_COLOUR[e.modality] || "#4a5568" }),
      s("text", { x: cx + 9, y: cy + 4, class: "tl-label" }, `${e.type} · ${x.r.outlet || "?"}`));
    g.addEventListener("click", () => onPick && onPick(x.r));
    svg.appendChild(g);
  }
  return svg;
}
