// Entity page: variants, mentions over time per outlet, claims it made and claims about it.
import { api } from "./api.js";
import { quote, h, link, articleLink, enc, snip, table, section, chip } from "./dom.js";
import { mentionChart } from "./charts.js";

export function claimRows(rows) {
  return table(["speaker", "message", "certainty", "according to", "article"],
    rows.map((r) => [r.claim.speaker ? r.claim.speaker.text : "—",
      articleLink(r.claim.article_id, r.claim.message, quote(r.claim.message.text, 110)), r.claim.certainty,
      r.chain_names.join(" → "), [r.outlet || "?", ", ", r.published || "undated"]]));
}

export function eventRows(rows) {
  return table(["type", "modality", "when", "source", "target", "evidence", "article"],
    rows.map((r) => [r.event.type, r.event.modality, r.event.date || r.published || "",
      r.event.source_actor?.name || "", r.event.target_actor?.name || "",
      articleLink(r.event.article_id, r.event.span, snip(r.event.span.text, 80)), r.outlet || "?"]));
}

export async function render([id]) {
  const v = await api(`/api/entities/${enc(id)}`);
  const e = v.summary.entity;
  return h("div", { class: "entity-view", "data-entity": e.id },
    h("h1", { id: "entity-name" }, e.name, " ", chip(e.type, `ent-${e.type}`)),
    h("p", { class: "meta" }, `${v.summary.mentions} mentions in ${v.summary.articles} articles`,
      e.actor_type ? ` · ${e.actor_type}` : "", e.country ? ` · ${e.country}` : "", e.kb_id ? [" · ", h("code", {}, e.kb_id)] : "",
      " · ", h("code", {}, e.id)),
    e.description ? h("p", {}, e.description) : null,
    section("Variants", h("div", { class: "variants", id: "variants" },
      v.summary.variants.map((x) => chip(`${x.text} × ${x.count}`, x.count ? "" : "unseen")))),
    section("Mentions over time per outlet", v.timeline.length ? mentionChart(v.timeline) : h("p", { class: "muted" }, "no mentions")),
    section(`Claims it made (${v.claims_by.length})`, v.claims_by.length ? claimRows(v.claims_by) : h("p", { class: "muted" }, "none found")),
    section(`Claims about it (${v.claims_about.length})`, v.claims_about.length ? claimRows(v.claims_about) : h("p", { class: "muted" }, "none found")),
    section(`Events (${v.events.length})`, v.events.length ? eventRows(v.events) : h("p", { class: "muted" }, "none found")),
    section(`Articles (${v.articles.length})`, h("ul", { class: "plain" }, v.articles.map((a) =>
      h("li", {}, articleLink(a.id, null, a.title || a.id), h("span", { class: "muted" }, ` ${a.outlet || "?"}, ${a.published || "undated"}`))))),
    h("p", {}, link(`#/articles?entity=${enc(e.id)}`, "all articles mentioning it →")));
}
