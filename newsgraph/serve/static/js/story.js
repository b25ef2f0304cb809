// Story page: the outlets side by side, the timeline of its events, contradictions with both spans.
import { api } from "./api.js";
import { quote, h, articleLink, enc, snip, section, chip } from "./dom.js";
import { timeline } from "./charts.js";

export async function render([id]) {
  const v = await api(`/api/stories/${enc(id)}`);
  const st = v.story;
  const claims = await Promise.all(v.articles.map((a) => api("/api/claims", { article_id: a.id, limit: 200 })));
  const claimsOf = Object.fromEntries(v.articles.map((a, i) => [a.id, claims[i].items]));
  const byOutlet = new Map();
  for (const a of v.articles) {
    const o = a.outlet || "unknown outlet";
    if (!byOutlet.has(o)) byOutlet.set(o, []);
    byOutlet.get(o).push(a);
  }
  const columns = h("div", { class: "outlets", id: "outlets" }, [...byOutlet.entries()].map(([outlet, arts]) =>
    h("div", { class: "outlet-col", "data-outlet": outlet }, h("h3", {}, outlet),
      arts.map((a) => h("div", { class: "story-article" },
        h("div", {}, articleLink(a.id, null, a.title || a.id)),
        h("div", { class: "muted" }, `${a.published || "undated"} · ${a.language || "?"}`),
        h("ul", { class: "plain claims" }, claimsOf[a.id].map((r) => h("li", {},
          h("b", {}, r.claim.speaker ? r.claim.speaker.text : "—"), ": ",
          articleLink(a.id, r.claim.message, quote(r.claim.message.text, 100)),
          h("span", { class: "muted" }, ` (${r.claim.certainty})`)))))))));
  const detail = h("div", { class: "tl-detail", id: "tl-detail" }, h("p", { class: "muted" }, "Click an event for its evidence."));
  const tl = timeline(v.events, (r) => {
    detail.replaceChildren(h("p", {}, chip(r.event.type, "ev"), ` ${r.event.modality}, ${r.event.date || r.published || ""} — `,
      articleLink(r.event.article_id, r.event.span, quote(r.event.span.text, 140)), ` (${r.outlet || "?"})`));
  });
  const flags = v.flags.map((fr) => {
    const f = fr.flag;
    return h("div", { class: `flag-pair kind-${f.kind}`, "data-flag": f.id },
      h("div", { class: "flag-head" }, chip(f.kind, "flag"), ` ${f.reason}`, h("span", { class: "muted" }, ` score ${f.score}`)),
      h("div", { class: "pair" },
        h("blockquote", {}, h("div", { class: "muted" }, fr.outlet || "?", ": ", fr.article_title),
          f.span ? articleLink(f.article_id, f.span, `„${f.span.text}“`) : articleLink(f.article_id, null, "(whole article)")),
        f.other_article_id ? h("blockquote", {}, h("div", { class: "muted" }, fr.other_outlet || "?", ": ", fr.other_article_title),
          f.other_span ? articleLink(f.other_article_id, f.other_span, `„${f.other_span.text}“`)
            : articleLink(f.other_article_id, null, "(whole article)")) : null));
  });
  return h("div", { class: "story-view", "data-story": st.id },
    h("h1", {}, st.title || st.id),
    h("p", { class: "meta" }, `${st.start || "?"} – ${st.end || "?"} · ${v.articles.length} articles · ${byOutlet.size} outlets · `,
      st.languages.join(", ")),
    section("Outlets side by side", columns),
    section(`Timeline of events (${v.events.length})`, h("div", { class: "scroll-x" }, tl), detail),
    section(`Contradictions and other flags (${v.flags.length})`, flags.length ? flags : h("p", { class: "muted" }, "none")));
}
