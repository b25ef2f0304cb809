// Add articles from the browser: pasted text or a file, through the same ingest as the CLI.
import { h, articleLink, section } from "./dom.js";

async function post(url, body) {
  const res = await fetch(url, { method: "POST", body, headers: body instanceof FormData ? {} : { "Content-Type": "application/json" } });
  const data = await res.json().catch(() => ({ detail: res.statusText }));
  if (!res.ok) throw new Error(typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail));
  return data;
}

function report(out, data) {
  out.replaceChildren(h("p", { id: "ingest-result" }, `stored ${data.stored}, already there ${data.skipped}, duplicates ${data.duplicates}, errors ${data.errors.length}`),
    h("ul", { class: "plain" }, data.article_ids.map((id) => h("li", {}, articleLink(id, null, id)))),
    data.errors.length ? h("ul", { class: "plain" }, data.errors.map((e) => h("li", { class: "warn" }, `${e.path}: ${e.reason} ${e.detail}`))) : null);
}

function meta() {
  const field = (name, label, type = "text", extra = {}) => h("label", { for: `in-${name}` }, label, h("input", { id: `in-${name}`, name, type, ...extra }));
  return [field("outlet", "outlet"), field("language", "language (de, en…)", "text", { placeholder: "detected" }), field("published", "published", "date")];
}

function values(form) {
  const get = (n) => form.querySelector(`[name=${n}]`).value.trim() || null;
  return { outlet: get("outlet"), language: get("language"), published: get("published") };
}

export async function render() {
  const out = h("div", { class: "card", id: "ingest-out" }, h("p", { class: "muted" }, "Nothing sent yet."));
  const fail = (err) => out.replaceChildren(h("p", { class: "error", id: "ingest-error" }, String(err.message || err)));
  const textForm = h("form", { id: "ingest-text", class: "filters" },
    h("label", { for: "in-text", class: "wide" }, "article text (first line is the headline)", h("textarea", { id: "in-text", name: "text", rows: 10 })),
    meta(), h("button", { type: "submit" }, "Analyse and store"));
  textForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const v = values(textForm);
    const text = textForm.querySelector("[name=text]").value;
    out.replaceChildren(h("p", { class: "muted" }, "analysing…"));
    try { report(out, await post("/api/ingest/json", JSON.stringify({ articles: [{ text, ...v }] }))); } catch (err) { fail(err); }
  });
  const fileForm = h("form", { id: "ingest-file", class: "filters" },
    h("label", { for: "in-file" }, "file: txt, html, json(l), csv, warc(.gz)", h("input", { id: "in-file", name: "file", type: "file" })),
    meta().map((l) => { l.querySelector("input").id += "-f"; l.setAttribute("for", l.querySelector("input").id); return l; }),
    h("button", { type: "submit" }, "Upload"));
  fileForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = new FormData();
    const file = fileForm.querySelector("[name=file]").files[0];
    if (!file) { fail("choose a file first"); return; }
    body.append("file", file);
    for (const [k, v] of Object.entries(values(fileForm))) if (v) body.append(k, v);
    out.replaceChildren(h("p", { class: "muted" }, "uploading…"));
    try { report(out, await post("/api/ingest/upload", body)); } catch (err) { fail(err); }
  });
  return h("div", {}, h("h1", {}, "Add articles"),
    section("Paste", textForm), section("Upload", fileForm), out);
}
