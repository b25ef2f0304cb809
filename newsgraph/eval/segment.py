"""Score sentence segmentation and glued-sentence detection against gold sentence starts.

FILE is either a single gold JSON like ``tests/data/seed_sentences.json`` (``source`` text
file + ``sentences``) or JSON lines ``{"id", "text", "sentences": [{"start", "glued"}] | null}``
as written by ``training.ud.glued_data``. Boundaries are sentence starts after the first
(character offsets, compared exactly after skipping whitespace, a closing quote and an opening quote
mark: the same boundary before or after „ is one boundary, for gold and prediction alike). Printed: boundary P/R/F1, glued P/R/F1, the rate of
predicted glued boundaries per 1,000 predicted sentences, and glued recall split by the
gold ``last`` word class when present. Documents without gold only count glued boundaries
(``--show`` prints them for reading).

``--colon-boundaries`` / ``--semicolon-boundaries`` score a second, lenient figure for two
annotation conventions (quotes-de splits after a colon before a quote or capital, "Er fuhr
fort: „Das …", in 30 of 83 such places, and after a semicolon in 12 of 13; we keep one
sentence, which the quote extractor relies on): a boundary there is optional, so a gold one
counts as matched whether or not we split, and a predicted one not in gold is not a false
boundary. The rule is the same for every system; the plain figure is printed first and stays
the headline.

    python -m newsgraph.eval.segment tests/data/seed_sentences.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> list[dict]:
    raw = path.read_text("utf-8")
    if path.suffix == ".json":
        d = json.loads(raw)
        src = Path(d["source"])
        if not src.is_absolute():
            src = Path(__file__).resolve().parents[2] / src
        return [{"id": path.stem, "text": src.read_text("utf-8"), "sentences": d["sentences"]}]
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


CLOSING = set("“”\"»«'’)]")
OPENING = set("„“\"»«‚‘'")


def _norm(text: str, o: int) -> int:
    """Where a sentence visibly starts: gold files differ on whether a closing quote after
    the period belongs to the next sentence (quotes-de puts it there), so skip it; and on
    whether an opening quote mark belongs to the sentence it opens (quotes-de sometimes leaves
    „ or a single-quoted list key's ' in the previous one), so skip that too. Both sides of
    every comparison go through here, so the same boundary one quote mark apart is one."""
    while o < len(text) and text[o] in CLOSING and (o + 1 == len(text) or text[o + 1].isspace()):
        o += 1
    while o < len(text) and text[o].isspace():
        o += 1
    while o < len(text) and text[o] in OPENING:
        o += 1
    while o < len(text) and text[o].isspace():
        o += 1
    return o


OPENING_AFTER_COLON = OPENING


def optional_boundary(text: str, o: int, after: str) -> bool:
    """Whether the boundary at ``o`` follows one of the characters in ``after`` (":" only before
    a quote or capital, the quotes-de convention; ";" before anything)."""
    i = o - 1
    # o is normalised past the opening quote mark ("fort: „|Das"): step back over it once
    while i >= 0 and text[i].isspace():
        i -= 1
    while i >= 0 and text[i] in OPENING_AFTER_COLON:
        i -= 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] not in after:
        return False
    if text[i] == ":":
        # o has been normalised past an opening quote, so also look just before it
        return o < len(text) and (text[o].isupper() or text[o] in OPENING_AFTER_COLON
                                  or text[o - 1] in OPENING_AFTER_COLON)
    return True


def predict(nlp, texts: list[str]):
    for doc in nlp.pipe(texts, batch_size=16):
        starts = [s[0].idx for s in doc.sents if not all(t.is_space for t in s)]
        glued = {s[0].idx for s in doc.sents if s[0]._.glued}
        yield doc, starts, glued


def score(nlp, docs: list[dict], show: int = 0, misses: int = 0, optional_after: str = "") -> dict:
    """Plain scores; with ``optional_after`` (e.g. ":;") also ``boundary_lenient``, where a
    boundary after one of those characters is optional (see the module docstring)."""
    b = Counter()
    lb = Counter()
    g = Counter()
    by_last: Counter = Counter()
    by_last_hit: Counter = Counter()
    n_pred_sents = 0
    shown = 0
    for d, (_doc, starts, glued) in zip(docs, predict(nlp, [d["text"] for d in docs]), strict=True):
        n_pred_sents += len(starts)
        g["pred"] += len(glued)
        glued = {_norm(d["text"], o) for o in glued}
        if shown < show:
            for o in sorted(glued):
                print(f"  glued {d['id']}: …{d['text'][max(0, o - 60):o]!r} | {d['text'][o:o + 40]!r}")
                shown += 1
        if d.get("sentences") is None:
            continue
        text = d["text"]
        gold = {_norm(text, s["start"]) for s in d["sentences"]}
        gold -= {min(gold)}
        pred = {_norm(text, o) for o in starts}
        pred -= {min(pred, default=0)}
        gold.discard(len(text))
        pred.discard(len(text))
        b["tp"] += len(gold & pred)
        b["fp"] += len(pred - gold)
        b["fn"] += len(gold - pred)
        if optional_after:
            opt = {o for o in gold | pred if optional_boundary(text, o, optional_after)}
            lb["tp"] += len(gold & pred) + len((gold - pred) & opt)
            lb["fp"] += len((pred - gold) - opt)
            lb["fn"] += len((gold - pred) - opt)
            lb["optional_gold_unsplit"] += len((gold - pred) & opt)
            lb["optional_pred_not_gold"] += len((pred - gold) & opt)
        for o in sorted(gold - pred)[: max(0, misses - b["shown_misses"])]:
            print(f"  missed {d['id'][:30]}: …{text[max(0, o - 60):o]!r} | {text[o:o + 40]!r}")
            b["shown_misses"] += 1
        ggold = {_norm(text, s["start"]) for s in d["sentences"] if s.get("glued")}
        # Gold files mark only generated joins as glued; a glued prediction on another
        # gold boundary (a period-less sentence end in the source) is still a right boundary.
        g["on_gold_boundary"] += len((glued - ggold) & {_norm(text, o) for o in gold})
        g["tp"] += len(ggold & glued)
        g["fp"] += len(glued - ggold)
        g["fn"] += len(ggold - glued)
        g["gold_docs"] += 1
        for s in d["sentences"]:
            if s.get("glued") and s.get("last"):
                by_last[s["last"]] += 1
                by_last_hit[s["last"]] += _norm(text, s["start"]) in glued
    return {
        "boundary": _prf(b["tp"], b["fp"], b["fn"]),
        "boundary_counts": {k: v for k, v in b.items() if k != "shown_misses"},
        **({"boundary_lenient": _prf(lb["tp"], lb["fp"], lb["fn"]), "boundary_lenient_counts": dict(lb)}
           if optional_after else {}),
        "glued": _prf(g["tp"], g["fp"], g["fn"]),
        "glued_counts": dict(g),
        "glued_per_1000": 1000 * g["pred"] / max(n_pred_sents, 1),
        "pred_sentences": n_pred_sents,
        "by_last": {k: (by_last_hit[k], v) for k, v in by_last.most_common()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval segment", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--lang", default="de")
    ap.add_argument("--show", type=int, default=0, help="print this many predicted glued joins")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed gold boundaries")
    ap.add_argument("--colon-boundaries", action="store_true",
                    help="also print boundary P/R/F1 with a boundary after ':' before a quote or capital optional")
    ap.add_argument("--semicolon-boundaries", action="store_true",
                    help="also print boundary P/R/F1 with a boundary after ';' optional")
    args = ap.parse_args(argv)
    from ..nlp import load

    after = ":" * args.colon_boundaries + ";" * args.semicolon_boundaries
    s = score(load(args.lang), read_gold(args.file), args.show, args.misses, after)
    p, r, f = s["boundary"]
    if s["boundary_counts"]:
        print(f"boundaries  precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  {s['boundary_counts']}")
    if after and s["boundary_counts"]:
        p, r, f = s["boundary_lenient"]
        print(f"  optional after {after!r}: precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  "
              f"{s['boundary_lenient_counts']}")
    p, r, f = s["glued"]
    print(f"glued       precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  {s['glued_counts']}")
    print(f"glued per 1000 predicted sentences {s['glued_per_1000']:.2f} ({s['pred_sentences']} sentences)")
    for k, (hit, n) in s["by_last"].items():
        print(f"  glued recall when sentence ends in {k:<12} {hit}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
