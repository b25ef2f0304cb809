// How each record is described in tooltips, the detail box and lists.
import { h, link, articleLink, enc, snip } from "./dom.js";

export function chainNames(chain, sourcesById) {
  return (chain || []).map((id) => {
    const s = sourcesById[id];
    return s ? (s.name || s.kind) : "?";
  });
}

function actor(a) {
  if (!a) return "";
  return a.name || (a.span && a.span.text) || "";
}

// → {title, rows: [[key, value(node|string)]], links: [node]}
export function describe(item, ctx) {
  const r = item.rec;
  switch (item.kind) {
    case "mention": {
      const ent = r.entity_id ? ctx.entities[r.entity_id] : null;
      return {
        title: `Entity mention (${r.type})`,
        rows: [["text", r.span.text], ["entity", ent ? `${ent.name} (${ent.type})` : r.entity_id || "unlinked"],
          ["confidence", String(r.confidence)], r.metonymy ? ["stands for", r.metonymy] : null],
        links: r.entity_id ? [link(`#/entity/${enc(r.entity_id)}`, "entity page →")] : [],
      };
    }
    case "claim": {
      const names = chainNames(r.chain, ctx.sources);
      return {
        title: `Claim — ${item.part}`,
        rows: [["speaker", r.speaker ? r.speaker.text : "—"], ["cue", r.cue ? r.cue.text : "—"],
          ["message", snip(r.message.text, 200)], ["mode", r.mode], ["certainty", r.certainty],
          ["according to", names.length ? names.join(" → ") : "—"]],
        links: [],
      };
    }
    case "event":
      return {
        title: `Event ${r.type}`,
        rows: [["evidence", snip(r.span.text, 160)], ["trigger", r.trigger ? r.trigger.text : "—"],
          ["modality", r.modality], ["when", r.date || "—"], ["source actor", actor(r.source_actor) || "—"],
          ["target actor", actor(r.target_actor) || "—"], ["where", actor(r.location) || "—"],
          r.mode ? ["mode", r.mode] : null],
        links: [r.source_actor, r.target_actor].filter((x) => x && x.entity_id)
          .map((x) => link(`#/entity/${enc(x.entity_id)}`, `${actor(x)} →`)),
      };
    case "source": {
      const up = r.parent_id ? ctx.sources[r.parent_id] : null;
      return {
        title: `Source (${r.kind})`,
        rows: [["name", r.name || "—"], ["reported through", up ? (up.name || up.kind) : "—"],
          ["referred to as", [...new Set([r.span?.text, ...r.mentions.map((m) => m.text)].filter(Boolean))].join(", ") || "—"]],
        links: r.entity_id ? [link(`#/entity/${enc(r.entity_id)}`, "entity page →")] : [],
      };
    }
    case "time":
      return { title: `Time expression (${r.type})`, rows: [["text", r.span.text], ["value", r.value || "—"]], links: [] };
    case "flag": {
      const other = item.pointsHere ? r.article_id : r.other_article_id;
      const otherSpan = item.pointsHere ? r.span : r.other_span;
      return {
        title: `Flag: ${r.kind}`,
        rows: [["reason", r.reason || "—"], ["score", String(r.score)],
          ["here", snip((item.pointsHere ? r.other_span : r.span)?.text || "", 160)],
          other ? ["other side", snip(otherSpan?.text || "", 160)] : null],
        links: other ? [articleLink(other, otherSpan, "other article →")] : [],
      };
    }
    default:
      return { title: item.kind, rows: [], links: [] };
  }
}

export function card(item, ctx, withLinks) {
  const d = describe(item, ctx);
  return h("div", { class: `rec rec-${item.layer}` },
    h("div", { class: "rec-title" }, d.title),
    h("dl", {}, d.rows.filter(Boolean).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    withLinks && d.links.length ? h("div", { class: "rec-links" }, d.links) : null);
}
