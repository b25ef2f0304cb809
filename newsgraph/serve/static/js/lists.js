// Lists with filters and paging (articles, entities, claims, events, stories, flags), the
// home page and the search results.
import { api } from "./api.js";
import { quote, h, link, articleLink, enc, snip, pager, section, chip, table } from "./dom.js";
import { claimRows, eventRows } from "./entity.js";

const LIMIT = 20;

function go(route, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  window.location.hash = `#/${route}${q.toString() ? "?" + q : ""}`;
}

// fields: [name, label, type, options?]
function filterForm(route, fields, query) {
  const inputs = {};
  const form = h("form", { class: "filters", id: `filter-${route}` },
    fields.map(([name, label, type, options]) => {
      const input = options
        ? h("select", { name, id: `f-${name}` }, h("option", { value: "" }, "any"),
          options.map((o) => { const opt = h("option", { value: o }, o); if (query.get(name) === o) opt.selected = true; return opt; }))
        : h("input", { name, id: `f-${name}`, type: type || "text" });
      if (!options) input.value = query.get(name) || "";
      inputs[name] = input;
      return h("label", { for: `f-${name}` }, label, input);
    }),
    h("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(route, Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value.trim()])));
  });
  return form;
}

function params(query, names) {
  const out = { limit: LIMIT, offset: query.get("offset") || 0 };
  for (const n of names) if (query.get(n)) out[n] = query.get(n);
  return out;
}

function paged(route, query, page) {
  return pager(page, (offset) => go(route, { ...Object.fromEntries(query.entries()), offset }));
}

function articleList(items) {
  return h("ul", { class: "plain results", id: "article-results" }, items.map((a) => h("li", {},
    articleLink(a.id, null, a.title || a.id),
    h("span", { class: "muted" }, ` ${a.outlet || "?"} · ${a.published || "undated"} · ${a.language || "?"}`),
    a.duplicate_of ? chip("duplicate", "flag") : null,
    h("div", { class: "snippet" }, a.snippet))));
}

function entityList(items) {
  return h("ul", { class: "plain results", id: "entity-results" }, items.map((x) => h("li", {},
    link(`#/entity/${enc(x.entity.id)}`, x.entity.name), " ", chip(x.entity.type, `ent-${x.entity.type}`),
    h("span", { class: "muted" }, ` ${x.mentions} mentions in ${x.articles} articles`),
    h("div", { class: "snippet" }, x.variants.slice(0, 8).map((v) => `${v.text} (${v.count})`).join(", ")))));
}

function storyList(items) {
  return h("ul", { class: "plain results", id: "story-results" }, items.map((st) => h("li", {},
    link(`#/story/${enc(st.id)}`, st.title || st.id),
    h("span", { class: "muted" }, ` ${st.start || "?"} – ${st.end || "?"} · ${st.n_articles} articles · ${st.outlets.join(", ")}`))));
}

export async function home() {
  const [stats, arts, stories, ents] = await Promise.all([api("/api/stats"), api("/api/articles", { limit: 10 }),
    api("/api/stories", { limit: 10 }), api("/api/entities", { limit: 12 })]);
  const c = stats.counts;
  return h("div", { class: "home" },
    h("p", { class: "meta", id: "counts" }, ["articles", "claims", "events", "entities", "stories", "flags"].map((k) => `${c[k] ?? 0} ${k}`).join(" · ")),
    h("div", { class: "grid2" },
      section("Latest articles", articleList(arts.items), link("#/articles", "all articles →")),
      h("div", {}, section("Stories", stories.items.length ? storyList(stories.items) : h("p", { class: "muted" }, "no stories yet")),
        section("Most mentioned", entityList(ents.items)))));
}

export async function search(_, query) {
  const q = query.get("q") || "";
  document.getElementById("search-q").value = q;
  const r = await api("/api/search", { q, limit: 10 });
  const more = (route, key) => link(`#/${route}?${key}=${enc(q)}`, "more →");
  return h("div", { class: "search-view" }, h("h1", {}, "Search: ", q),
    section(`Articles (${r.articles.total})`, articleList(r.articles.items), r.articles.total > 10 ? more("articles", "q") : null),
    section(`Entities (${r.entities.total})`, entityList(r.entities.items), r.entities.total > 10 ? more("entities", "q") : null),
    section(`Claims (${r.claims.total})`, r.claims.items.length ? claimRows(r.claims.items) : h("p", { class: "muted" }, "none"),
      r.claims.total > 10 ? more("claims", "q") : null),
    section(`Stories (${r.stories.total})`, storyList(r.stories.items)));
}

export async function articles(_, query) {
  const names = ["q", "outlet", "language", "date_from", "date_to", "entity"];
  const page = await api("/api/articles", params(query, names));
  return h("div", {}, h("h1", {}, "Articles"),
    filterForm("articles", [["q", "text", "search"], ["outlet", "outlet"], ["language", "language"],
      ["date_from", "from", "date"], ["date_to", "to", "date"], ["entity", "entity id"]], query),
    articleList(page.items), paged("articles", query, page));
}

export async function entities(_, query) {
  const page = await api("/api/entities", params(query, ["q", "type"]));
  return h("div", {}, h("h1", {}, "Entities"),
    filterForm("entities", [["q", "name or variant", "search"], ["type", "type", "text", ["PER", "ORG", "LOC", "MISC"]]], query),
    entityList(page.items), paged("entities", query, page));
}

export async function claims(_, query) {
  const names = ["q", "speaker", "source", "entity", "about", "certainty", "mode", "article_id"];
  const page = await api("/api/claims", params(query, names));
  return h("div", {}, h("h1", {}, "Claims"),
    filterForm("claims", [["q", "text"], ["speaker", "speaker"], ["source", "source in chain"], ["entity", "made by entity"],
      ["about", "about entity"],
      ["certainty", "certainty", "text", ["asserted", "reported", "hedged", "possible", "considered", "conditional", "denied"]],
      ["mode", "mode", "text", ["Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect"]]], query),
    claimRows(page.items), paged("claims", query, page));
}

export async function events(_, query) {
  const names = ["type", "actor", "date_from", "date_to", "modality", "article_id"];
  const page = await api("/api/events", params(query, names));
  return h("div", {}, h("h1", {}, "Events"),
    filterForm("events", [["type", "type"], ["actor", "actor"], ["date_from", "from", "date"], ["date_to", "to", "date"],
      ["modality", "modality", "text", ["happened", "planned", "considered", "possible", "denied", "conditional"]]], query),
    eventRows(page.items), paged("events", query, page));
}

export async function stories(_, query) {
  const page = await api("/api/stories", params(query, ["q"]));
  return h("div", {}, h("h1", {}, "Stories"), filterForm("stories", [["q", "title", "search"]], query),
    storyList(page.items), paged("stories", query, page));
}

export async function flags(_, query) {
  const page = await api("/api/flags", params(query, ["kind", "article_id", "story_id"]));
  return h("div", {}, h("h1", {}, "Flags"), filterForm("flags", [["kind", "kind"]], query),
    table(["kind", "where", "reason", "article", "other side"], page.items.map((r) => [chip(r.flag.kind, "flag"),
      r.flag.span ? articleLink(r.flag.article_id, r.flag.span, quote(r.flag.span.text, 80)) : "",
      snip(r.flag.reason, 100), [r.outlet || "?", ": ", articleLink(r.flag.article_id, null, snip(r.article_title, 60))],
      r.flag.other_article_id ? articleLink(r.flag.other_article_id, r.flag.other_span,
        `${r.other_outlet || "?"}: „${snip(r.flag.other_span?.text || r.other_article_title, 60)}“`) : ""])),
    paged("flags", query, page));
}
