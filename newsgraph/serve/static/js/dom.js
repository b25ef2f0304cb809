// DOM building without markup parsing: every string becomes a text node or an attribute
// value, so article text (which may contain <script> or onerror=) can never run.

const SVG_NS = "http://www.w3.org/2000/svg";
const SAFE_ATTR = /^(class|id|hidden|rows|href|title|type|name|value|placeholder|for|role|tabindex|checked|disabled|colspan|width|height|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|d|fill|stroke|stroke-width|stroke-dasharray|points|transform|text-anchor|dominant-baseline|font-size|font-weight|marker-end|markerWidth|markerHeight|refX|refY|orient|opacity|data-[a-z-]+|aria-[a-z-]+)$/;

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") { node.addEventListener(k.slice(2), v); continue; }
    if (!SAFE_ATTR.test(k)) throw new Error("attribute not allowed: " + k);
    if (k === "href" && !/^(#|\/(?!\/))/.test(String(v))) throw new Error("only local links");
    node.setAttribute(k, v === true ? "" : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  return append(node, children);
}

export function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function snip(text, n = 90) {
  const t = String(text || "").replace(/\s+/g, " ").trim();
  return t.length <= n ? t : t.slice(0, n - 1) + "…";
}

export function link(hash, ...children) {
  return h("a", { href: hash }, ...children);
}

export const enc = encodeURIComponent;

export function articleLink(id, span, ...children) {
  const hl = span ? `?hl=${span.start}-${span.end}` : "";
  return link(`#/article/${enc(id)}${hl}`, ...children);
}

export function pager(page, go) {
  const { total, limit, offset } = page;
  const last = Math.min(offset + limit, total);
  return h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, "← previous"),
    h("span", {}, total ? `${offset + 1}–${last} of ${total}` : "nothing found"),
    h("button", { type: "button", disabled: last >= total, onclick: () => go(offset + limit) }, "next →"));
}

export function table(headers, rows) {
  return h("table", { class: "records" },
    h("thead", {}, h("tr", {}, headers.map((x) => h("th", {}, x)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c))))));
}

export function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", {}, title), ...children);
}

export function chip(text, cls = "") {
  return h("span", { class: `chip ${cls}` }, text);
}

// „…“ around a message, unless it already carries its own quotation marks
export function quote(text, n = 110) {
  const t = snip(text, n);
  return /^[„“"«»‚'‹›]/.test(t) ? t : `„${t}“`;
}
