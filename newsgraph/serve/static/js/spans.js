// Overlapping spans → flat segments. Each segment knows which records cover it, so nested
// highlights (a mention inside a message inside an event) compose without nesting markup.
import { h } from "./dom.js";

export const LAYERS = [
  ["entities", "Entities"],
  ["speakers", "Speakers"],
  ["cues", "Cues"],
  ["messages", "Messages"],
  ["events", "Events"],
  ["times", "Time"],
  ["flags", "Flags"],
  ["sources", "Sources"],
];

// layers an analyst switches on when needed: source references mostly repeat the speakers
export const OFF_BY_DEFAULT = new Set(["sources"]);

export function segments(text, items) {
  const cuts = new Set([0, text.length]);
  for (const it of items) {
    cuts.add(Math.max(0, Math.min(text.length, it.start)));
    cuts.add(Math.max(0, Math.min(text.length, it.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const cover = [];
    items.forEach((it, n) => { if (it.start <= a && it.end >= b) cover.push(n); });
    out.push({ start: a, end: b, cover });
  }
  return out;
}

export function renderText(text, items) {
  const box = h("div", { class: "article-text", id: "article-text" });
  for (const seg of segments(text, items)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.cover.length) { box.appendChild(document.createTextNode(piece)); continue; }
    const classes = new Set(["seg"]);
    for (const n of seg.cover) {
      const it = items[n];
      classes.add(`L-${it.layer}`);
      if (it.sub) classes.add(it.sub);
      if (it.start === seg.start) classes.add(`start-${it.layer}`);
    }
    box.appendChild(h("span", { class: [...classes].join(" "), "data-items": seg.cover.join(","),
      "data-start": seg.start, "data-end": seg.end }, piece));
  }
  return box;
}
