// Hash router: #/view/id?query. Each view renders into <main id="view">.
import { h, clear } from "./dom.js";
import * as article from "./article.js";
import * as entity from "./entity.js";
import * as story from "./story.js";
import * as lists from "./lists.js";
import * as ingest from "./ingest.js";

const routes = [
  [/^\/?$/, lists.home],
  [/^\/search$/, lists.search],
  [/^\/articles$/, lists.articles],
  [/^\/article\/([^/]+)$/, article.render],
  [/^\/entities$/, lists.entities],
  [/^\/entity\/([^/]+)$/, entity.render],
  [/^\/claims$/, lists.claims],
  [/^\/events$/, lists.events],
  [/^\/stories$/, lists.stories],
  [/^\/story\/([^/]+)$/, story.render],
  [/^\/flags$/, lists.flags],
  [/^\/ingest$/, ingest.render],
];

let generation = 0;

async function route() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const [path, qs] = raw.split("?");
  const query = new URLSearchParams(qs || "");
  const root = document.getElementById("view");
  const mine = ++generation;
  document.getElementById("tip").hidden = true;  // its span is about to go away
  for (const [re, view] of routes) {
    const m = path.match(re);
    if (!m) continue;
    clear(root).appendChild(h("p", { class: "loading" }, "loading…"));
    try {
      const node = await view(m.slice(1).map(decodeURIComponent), query);
      if (mine === generation) clear(root).appendChild(node);
    } catch (err) {
      if (mine === generation) {
        clear(root).appendChild(h("div", { class: "error" }, h("h2", {}, err.status === 404 ? "Not found" : "Error"),
          h("p", {}, String(err.message || err))));
      }
    }
    document.body.dataset.view = path.split("/")[1] || "home";
    return;
  }
  clear(root).appendChild(h("p", { class: "error" }, "No such page."));
}

document.getElementById("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  if (q) window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

window.addEventListener("hashchange", route);
route();
