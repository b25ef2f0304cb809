"""Learn the HanTa second-opinion table (newsgraph/nlp/hanta_tags.py) from dumps of
training/ud/hanta_dump.py, and print what HanTa alone and the combination score on a dump.

    python -m training.ud.hanta_second --learn /tmp/h2upos/foldB-test.jsonl \
        --score /tmp/h2upos/foldA-dev.jsonl --out /tmp/h2upos/table-for-A.json
    python -m training.ud.hanta_second --learn A.jsonl B.jsonl --toml     # the shipped [hanta] table

Learnt from a dump (one fold's model on its held-out file): ``upos_map``, the UPOS GSD gives each
STTS tag most often; ``keep_upos``, the (our UPOS, HanTa's STTS tag, sure/unsure) triples among
unsure tokens where our UPOS is right at least ``--margin`` times more often than the mapped one
(and seen at least ``--min-n`` times). Fold figures: learn on one fold's dump, score the other's
(the --score figures are offline, from the dump; `newsgraph eval ud --hanta-table` gives the
pipeline's).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from newsgraph.nlp.hanta_tags import stts


def load(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    for r in rows:
        r["h_gold"] = stts(r["h_gold"])
        if r["aligned"]:
            r["h_e2e"] = stts(r["h_e2e"])
    return rows


def upos_map(rows) -> dict[str, str]:
    c: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        c[r["xpos"]][r["upos"]] += 1
    return {x: v.most_common(1)[0][0] for x, v in sorted(c.items())}


def unsure(r, threshold: float) -> bool:
    return r["aligned"] and (r["p_tag"] < threshold or r["p_pos"] < threshold)


def learn(rows, threshold: float, sure_upos: float, min_n: int, margin: int) -> dict:
    m = upos_map(rows)
    c: dict[tuple, list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        if not unsure(r, threshold):
            continue
        key = (r["pos"], r["h_e2e"], "sure" if r["p_pos"] >= sure_upos else "unsure")
        c[key][0] += m.get(r["h_e2e"], r["pos"]) == r["upos"]
        c[key][1] += r["pos"] == r["upos"]
    keep = sorted(" ".join(k) for k, (mapped, ours) in c.items()
                  if ours - mapped >= margin and ours + mapped >= min_n)
    return {"threshold": threshold, "sure_upos": sure_upos, "upos_map": m, "keep_upos": keep}


def score(rows, table: dict) -> dict[str, float]:
    keep = {tuple(k.split()) for k in table["keep_upos"]}
    m = table["upos_map"]
    n = len(rows)
    out = collections.Counter()
    for r in rows:
        out["hanta_gold_xpos"] += r["h_gold"] == r["xpos"]
        out["hanta_gold_upos"] += m.get(r["h_gold"], "X") == r["upos"]
        if not r["aligned"]:
            continue
        out["ours_xpos"] += r["tag"] == r["xpos"]
        out["ours_upos"] += r["pos"] == r["upos"]
        out["hanta_e2e_xpos"] += r["h_e2e"] == r["xpos"]
        out["hanta_e2e_upos"] += m.get(r["h_e2e"], "X") == r["upos"]
        tag, pos = r["tag"], r["pos"]
        if unsure(r, table["threshold"]):
            out["unsure"] += 1
            tag = r["h_e2e"]
            sure = "sure" if r["p_pos"] >= table["sure_upos"] else "unsure"
            pos = pos if (pos, tag, sure) in keep else m.get(tag, pos)
        out["combined_xpos"] += tag == r["xpos"]
        out["combined_upos"] += pos == r["upos"]
    return {k: v / n for k, v in sorted(out.items())}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--learn", type=Path, nargs="+", required=True)
    ap.add_argument("--score", type=Path, nargs="*", default=[])
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--sure-upos", type=float, default=0.95)
    ap.add_argument("--min-n", type=int, default=2)
    ap.add_argument("--margin", type=int, default=1)
    ap.add_argument("--out", type=Path, help="write the table as JSON (for newsgraph eval ud --hanta-table)")
    ap.add_argument("--toml", action="store_true", help="print the table as a [hanta] TOML section")
    args = ap.parse_args(argv)
    rows = [r for p in args.learn for r in load(p)]
    table = learn(rows, args.threshold, args.sure_upos, args.min_n, args.margin)
    for p in args.score:
        print(p, json.dumps({k: round(v, 4) for k, v in score(load(p), table).items()}))
    if args.out:
        args.out.write_text(json.dumps(table, ensure_ascii=False, indent=1), "utf-8")
    if args.toml:
        m = ", ".join(f'"{k}" = "{v}"' for k, v in table["upos_map"].items())
        print(f"threshold = {table['threshold']}\nsure_upos = {table['sure_upos']}\nupos_map = {{ {m} }}")
        print("keep_upos = [\n" + "".join(f'  "{k}",\n' for k in table["keep_upos"]) + "]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
