// Article view: the text with every record highlighted by layer, hover for the record,
// the source chain as a graph, and all records as tables.
import { api } from "./api.js";
import { quote, h, link, articleLink, enc, snip, table, section, chip, clear } from "./dom.js";
import { LAYERS, OFF_BY_DEFAULT, renderText } from "./spans.js";
import { card, chainNames } from "./records.js";
import { drawGraph } from "./graph.js";

function collect(view) {
  const a = view.analysis;
  const aid = a.article.id;
  const items = [];
  const add = (span, layer, kind, rec, extra = {}) => {
    if (span && span.end > span.start) items.push({ start: span.start, end: span.end, layer, kind, rec, ...extra });
  };
  for (const m of a.mentions) add(m.span, "entities", "mention", m, { sub: `ent-${m.type}` });
  for (const c of a.claims) {
    add(c.message, "messages", "claim", c, { part: "message" });
    add(c.cue, "cues", "claim", c, { part: "cue" });
    add(c.speaker, "speakers", "claim", c, { part: "speaker" });
  }
  for (const e of a.events) {
    add(e.span, "events", "event", e);
    add(e.trigger, "events", "event", e, { sub: "ev-trigger" });
  }
  for (const t of a.times) add(t.span, "times", "time", t);
  for (const src of a.sources) {
    add(src.span, "sources", "source", src);
    for (const m of src.mentions) add(m, "sources", "source", src, { part: `${m.start}` });
  }
  for (const f of a.flags) if (f.article_id === aid) add(f.span, "flags", "flag", f);
  for (const f of view.related_flags) add(f.other_span, "flags", "flag", f, { pointsHere: true });
  return items;
}

function context(a) {
  return {
    entities: Object.fromEntries(a.entities.map((e) => [e.id, e])),
    sources: Object.fromEntries(a.sources.map((s) => [s.id, s])),
  };
}

function flash(textBox, start, end) {
  textBox.querySelectorAll(".flash").forEach((n) => n.classList.remove("flash"));
  let first = null;
  for (const seg of textBox.querySelectorAll(".seg")) {
    const s = Number(seg.dataset.start), e = Number(seg.dataset.end);
    if (s < end && start < e) { seg.classList.add("flash"); first = first || seg; }
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  return first;
}

function activeItems(seg, items, textBox) {
  return (seg.dataset.items || "").split(",").filter(Boolean).map(Number).map((n) => items[n])
    .filter((it) => !textBox.classList.contains(`hide-${it.layer}`))
    .sort((x, y) => (x.end - x.start) - (y.end - y.start))
    .filter((it, i, all) => all.findIndex((o) => o.rec === it.rec && o.part === it.part) === i);
}

function wireHover(textBox, items, ctx, detail) {
  const tip = document.getElementById("tip");
  textBox.addEventListener("mouseover", (ev) => {
    const seg = ev.target.closest(".seg");
    const shown = seg ? activeItems(seg, items, textBox) : [];
    if (!shown.length) { tip.hidden = true; return; }
    clear(tip);
    shown.slice(0, 4).forEach((it) => tip.appendChild(card(it, ctx, false)));
    tip.hidden = false;
    const r = seg.getBoundingClientRect();
    tip.style.left = `${Math.max(8, Math.min(window.innerWidth - 380, r.left + window.scrollX))}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
  });
  textBox.addEventListener("mouseleave", () => { tip.hidden = true; });
  textBox.addEventListener("click", (ev) => {
    const seg = ev.target.closest(".seg");
    if (!seg) return;
    const shown = activeItems(seg, items, textBox);
    clear(detail);
    detail.appendChild(h("h3", {}, "Selected"));
    shown.forEach((it) => detail.appendChild(card(it, ctx, true)));
  });
}

function layerToggles(textBox, items) {
  const recs = {};
  for (const it of items) (recs[it.layer] ||= new Set()).add(it.rec);
  const counts = Object.fromEntries(Object.entries(recs).map(([k, v]) => [k, v.size]));
  return h("div", { class: "layers", id: "layers" }, h("span", { class: "muted" }, "Layers:"),
    LAYERS.map(([name, label]) => {
      const box = h("input", { type: "checkbox", id: `layer-${name}`, checked: !OFF_BY_DEFAULT.has(name),
        onchange: (ev) => textBox.classList.toggle(`hide-${name}`, !ev.target.checked) });
      return h("label", { for: `layer-${name}`, class: `toggle` }, box,
        h("span", { class: `seg L-${name} legend` }, label), h("span", { class: "muted" }, ` ${counts[name] || 0}`));
    }));
}

function sidePanel(a, ctx, textBox) {
  const jump = (span) => (ev) => { ev.preventDefault(); flash(textBox, span.start, span.end); };
  const claims = a.claims.map((c) => h("li", {},
    h("a", { href: "#", class: "jump", onclick: jump(c.message) }, h("b", {}, c.speaker ? c.speaker.text : "—"),
      c.cue ? ` ${c.cue.text}: ` : ": ", quote(c.message.text, 110)),
    h("div", { class: "muted" }, `${c.mode}, ${c.certainty}; according to ${chainNames(c.chain, ctx.sources).join(" → ") || "—"}`)));
  const events = a.events.map((e) => h("li", {},
    h("a", { href: "#", class: "jump", onclick: jump(e.span) }, chip(e.type, "ev"), ` ${snip(e.span.text, 80)}`),
    h("div", { class: "muted" }, [e.modality, e.date].filter(Boolean).join(", "))));
  const counts = {};
  for (const m of a.mentions) if (m.entity_id) counts[m.entity_id] = (counts[m.entity_id] || 0) + 1;
  const ents = a.entities.map((e) => h("li", {}, link(`#/entity/${enc(e.id)}`, e.name), ` ${e.type} × ${counts[e.id] || 0}`));
  const flags = a.flags.map((f) => h("li", {},
    f.span ? h("a", { href: "#", class: "jump", onclick: jump(f.span) }, chip(f.kind, "flag"), ` ${snip(f.reason, 80)}`)
      : [chip(f.kind, "flag"), ` ${snip(f.reason, 80)}`],
    f.other_article_id ? [" ", articleLink(f.other_article_id, f.other_span, "other side →")] : null));
  const times = a.times.map((t) => h("li", {}, h("a", { href: "#", class: "jump", onclick: jump(t.span) }, t.span.text), ` → ${t.value}`));
  const part = (title, list) => list.length ? [h("h3", {}, `${title} (${list.length})`), h("ul", { class: "plain" }, list)] : null;
  return h("aside", { class: "side", id: "side" }, h("div", { id: "detail", class: "detail" },
    h("p", { class: "muted" }, "Hover a highlight to see its record; click to pin it here.")),
  part("Claims", claims), part("Events", events), part("Entities", ents), part("Time", times), part("Flags", flags));
}

function recordsTab(a, ctx) {
  const span = (s) => (s ? s.text : "");
  return h("div", {},
    section("Sources", table(["name", "kind", "reported through", "first mention", "references"],
      a.sources.map((s) => [s.name || "?", s.kind, ctx.sources[s.parent_id]?.name || "", span(s.span),
        [...new Set(s.mentions.map((m) => m.text))].join(", ")]))),
    section("Claims", table(["speaker", "cue", "mode", "certainty", "message", "according to"],
      a.claims.map((c) => [span(c.speaker), span(c.cue), c.mode, c.certainty, snip(c.message.text, 120),
        chainNames(c.chain, ctx.sources).join(" → ")]))),
    section("Events", table(["type", "modality", "source", "target", "where", "when", "evidence"],
      a.events.map((e) => [e.type, e.modality, e.source_actor?.name || "", e.target_actor?.name || "",
        e.location?.name || "", e.date || "", snip(e.span.text, 80)]))),
    section("Sentences", h("p", { class: "muted" }, `${a.sentences.length} sentences, ${a.sentences.filter((x) => x.glued).length} glued joins`)));
}

export async function render([id], query) {
  const view = await api(`/api/articles/${enc(id)}`);
  const a = view.analysis;
  const art = a.article;
  const ctx = context(a);
  const items = collect(view);
  const textBox = renderText(art.text, items);
  for (const name of OFF_BY_DEFAULT) textBox.classList.add(`hide-${name}`);
  const detailHolder = sidePanel(a, ctx, textBox);
  wireHover(textBox, items, ctx, detailHolder.querySelector("#detail"));

  const panes = {
    text: h("div", { class: "pane with-side", id: "pane-text" }, h("div", {}, layerToggles(textBox, items), textBox), detailHolder),
    chain: h("div", { class: "pane", id: "pane-chain", hidden: true }),
    records: h("div", { class: "pane", id: "pane-records", hidden: true }, recordsTab(a, ctx)),
  };
  let drawn = false;
  const show = (name) => {
    document.getElementById("tip").hidden = true;
    for (const [k, p] of Object.entries(panes)) p.hidden = k !== name;
    tabs.querySelectorAll("button").forEach((b) => b.classList.toggle("on", b.id === `tab-${name}`));
    if (name === "chain" && !drawn) {
      drawn = true;
      panes.chain.appendChild(h("p", { class: "muted" },
        "Who reports through whom: the outlet, the media it cites, their sources, and the claims each source makes. Click a claim to see it in the text."));
      panes.chain.appendChild(drawGraph(view.chain, (node) => {
        if (node.span) { show("text"); flash(textBox, node.span.start, node.span.end); }
      }));
    }
  };
  const tabs = h("div", { class: "tabs", role: "tablist" },
    h("button", { type: "button", id: "tab-text", onclick: () => show("text") }, "Text"),
    h("button", { type: "button", id: "tab-chain", onclick: () => show("chain") }, "Source chain"),
    h("button", { type: "button", id: "tab-records", onclick: () => show("records") }, "All records"));

  const meta = [art.outlet || "unknown outlet", art.published || "undated", art.language || "?"].join(" · ");
  const page = h("article", { class: "article-view", "data-article": art.id },
    h("h1", { id: "article-title" }, art.title || snip(art.text, 100)),
    h("p", { class: "meta" }, meta, " · ", h("code", {}, art.id), art.url ? [" · ", h("span", { class: "url" }, art.url)] : null),
    art.duplicate_of ? h("p", { class: "warn" }, `${art.duplicate_kind} duplicate of `, articleLink(art.duplicate_of, null, art.duplicate_of)) : null,
    art.warnings.map((w) => h("p", { class: "warn" }, w)),
    view.stories.length ? h("p", {}, "Stories: ", view.stories.map((st) => [link(`#/story/${enc(st.id)}`, st.title || st.id), " "])) : null,
    tabs, Object.values(panes));
  show(query.get("tab") === "chain" ? "chain" : query.get("tab") === "records" ? "records" : "text");
  const hl = (query.get("hl") || "").match(/^(\d+)-(\d+)$/);
  if (hl) requestAnimationFrame(() => flash(textBox, Number(hl[1]), Number(hl[2])));
  return page;
}
