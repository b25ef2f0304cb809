"""Score entity linking on sentences with gold links (JSON lines):

    {"id": "...", "text": "...", "published": "2015-07-07" | null, "source": "...",
     "links": [{"start": 0, "end": 5, "text": "Wien", "entity": "ent_city_vienna" | "NEW"}]}

Every proper-name mention is annotated: with its KB id, or NEW when the KB has no entry
for it (role descriptions are not scored). The sentences run through the nlp stage (NER)
and ``link.mentions``; a predicted name mention is correct when its span equals a gold
span (``--lenient``: overlaps it) and its entity is the gold one, or the gold says NEW and
the prediction is not a KB entity.

    newsgraph eval linking tests/data/link_el_dev.jsonl [--lenient] [--errors]
    python -m newsgraph.eval.linking FILE

Printed: all links (NER and linking errors together), KB links only (precision of the ids
the linker puts on names, recall of the gold KB links), and linking accuracy on the gold
mentions the NER found (disambiguation alone).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(items: list[dict]) -> list[list[tuple[int, int, str | None]]]:
    from ..link.mentions import link_article
    from ..model import Analysis, Article
    from ..nlp import load

    nlp = load("de")
    out = []
    for it, doc in zip(items, nlp.pipe(it["text"] for it in items), strict=True):
        pub = date.fromisoformat(it["published"]) if it.get("published") else None
        a = Analysis(article=Article(id=it["id"], text=it["text"], language="de", published=pub))
        link_article(a, doc)
        out.append([(m.span.start, m.span.end, m.entity_id) for m in a.mentions if m.type not in ("DESC", "PRON")])
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(items: list[dict], preds: list[list[tuple[int, int, str | None]]], lenient: bool = False,
          errors: bool = False) -> dict[str, tuple[float, float, float]]:
    from ..link import kb

    base = kb()

    def same_span(g: dict, p: tuple) -> bool:
        return (g["start"] < p[1] and p[0] < g["end"]) if lenient else (g["start"] == p[0] and g["end"] == p[1])

    def correct(g: dict, eid: str | None) -> bool:
        if g["entity"] == "NEW":
            return eid is not None and eid not in base
        return eid == g["entity"]

    tp = n_pred = n_gold = 0
    kb_tp_p = kb_pred = kb_tp_r = kb_gold = 0
    found = found_ok = 0
    for it, pred in zip(items, preds, strict=True):
        gold = it["links"]
        n_pred += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for p in pred:
            g = next((g for j, g in enumerate(gold) if j not in used and same_span(g, p)), None)
            ok = g is not None and correct(g, p[2])
            if g is not None:
                used.add(gold.index(g))
            tp += ok
            if p[2] in base:
                kb_pred += 1
                kb_tp_p += ok
            if errors and not ok:
                want = g["entity"] if g else "(no gold name)"
                print(f"  {it['id']}: {it['text'][p[0]:p[1]]!r} -> {p[2]}  gold {want}")
        for g in gold:
            hits = [p for p in pred if same_span(g, p)]
            if g["entity"] != "NEW":
                kb_gold += 1
                kb_tp_r += any(p[2] == g["entity"] for p in hits)
            if hits:
                found += 1
                found_ok += correct(g, hits[0][2])
            elif errors:
                print(f"  {it['id']}: missed {g['text']!r} gold {g['entity']}")
    kb_p = kb_tp_p / kb_pred if kb_pred else 0.0
    kb_r = kb_tp_r / kb_gold if kb_gold else 0.0
    return {
        "all links": _prf(tp, n_pred, n_gold),
        "KB links": (kb_p, kb_r, _f(kb_p, kb_r)),
        "accuracy on found mentions": (found_ok / found if found else 0.0, found / n_gold if n_gold else 0.0, 0.0),
        "counts": (n_gold, n_pred, kb_gold),
    }


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval linking", description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--lenient", action="store_true", help="a predicted span overlapping the gold one counts")
    ap.add_argument("--errors", action="store_true", help="print wrong and missed links")
    args = ap.parse_args(argv)
    items = read_gold(args.file)
    if not items:
        print("no sentences", file=sys.stderr)
        return 1
    res = score(items, predict(items), args.lenient, args.errors)
    n_gold, n_pred, kb_gold = res["counts"]
    print(f"entity linking on {Path(args.file).name}: {len(items)} sentences, {n_gold} gold names "
          f"({kb_gold} KB, {n_gold - kb_gold} NEW), {n_pred} predicted, {'lenient' if args.lenient else 'exact'} spans")
    for name in ("all links", "KB links"):
        p, r, f = res[name]
        print(f"{name:>10}: precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    acc, cov, _ = res["accuracy on found mentions"]
    print(f"linking accuracy on the gold names NER found: {acc:.3f} ({cov:.0%} of gold names found)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
