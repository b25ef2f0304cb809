"""Build models/hanta/words.jsonl: HanTa's answers for the word forms the nlp stage asks about most.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python -m training.hanta.build_words \
        --gnad 400 --quotes 200 --min-count 1 --keys training/runs/hanta/keys.tsv --out models/hanta/words.jsonl

1. ``--keys`` missing: the German pipeline runs over 10kGNAD test rows after the first 200 (the
   bench corpus takes those) and quotes-de *train* articles, and records every word passed to
   HanTa's ``analyze`` and ``tag_word`` with the number of batches that asked for it (the
   per-word caches are cleared between batches so repeats are seen); saved to ``--keys``.
2. The words asked in at least ``--min-count`` batches are answered by HanTa in this process,
   each answer checked to be the same when asked a second time in another order, and written
   one JSON line each after a header naming the HanTa model file (SHA-1), which
   newsgraph/nlp/hanta_table.py compares before using the table.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")


def texts(n_gnad: int, n_quotes: int) -> list[str]:
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", "../shared")) / "data"
    csv.field_size_limit(10_000_000)
    with (shared / "corpora/10kgnad/test.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter=";", quotechar="'") if len(r) >= 2]
    out = [r[1] for r in rows[200:200 + n_gnad]]
    for p in sorted((shared / "quotes-de/data/train").glob("*.json"))[:n_quotes]:
        out.append(json.loads(p.read_text("utf-8"))["originalText"])
    return out


def collect(n_gnad: int, n_quotes: int, path: Path) -> None:
    from HanTa import HanoverTagger as HT

    seen: dict[str, set] = {"analyze": set(), "tag_word": set()}
    for meth in seen:
        orig = getattr(HT.HanoverTagger, meth)

        def wrap(self, word, *a, _o=orig, _m=meth, **k):
            seen[_m].add(word)
            return _o(self, word, *a, **k)

        setattr(HT.HanoverTagger, meth, wrap)
    os.environ["NEWSGRAPH_NO_HANTA_TABLE"] = "1"
    from newsgraph import nlp as nlp_stage
    from newsgraph.nlp import noun_filter, segment

    nlp = nlp_stage.load("de")
    counts = {m: Counter() for m in seen}
    for i, _ in enumerate(nlp.pipe(texts(n_gnad, n_quotes), batch_size=32)):
        if i % 32 == 31:
            segment.hanta_analysis.cache_clear()
            noun_filter._readings.cache_clear()
            for m in seen:
                counts[m].update(seen[m])
                seen[m].clear()
    for m in seen:
        counts[m].update(seen[m])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        for m, c in counts.items():
            for w, n in c.most_common():
                if "\n" not in w:
                    f.write(f"{m}\t{w}\t{n}\n")


def readings(tagger, word: str):
    # newsgraph.nlp.noun_filter._readings without its cache and table
    scores = {tag: float(score) for tag, score, *_ in tagger.tag_word(word)}
    if not scores:
        return ["", None]
    best = max(scores, key=scores.get)
    if best == "NE":
        return [best, None]
    return [best, scores[best] - scores.get("NE", float("-inf"))]


def build(keys: Path, min_count: int, out: Path) -> None:
    from HanTa import HanoverTagger

    from newsgraph.nlp.hanta_table import encode_analysis, hanta_model_sha1

    wanted = {"analyze": [], "tag_word": []}
    # split on "\n" only: str.splitlines also breaks at U+2028, U+0085 and the like inside words
    with keys.open(encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.count("\t") < 2:
            continue  # a whitespace word broken over two lines by an older writer
        meth, rest = line.split("\t", 1)
        word, n = rest.rsplit("\t", 1)
        if int(n) >= min_count:
            wanted[meth].append(word)
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    rows = [["a", w, encode_analysis(tagger.analyze(w, taglevel=3))] for w in sorted(wanted["analyze"])]
    rows += [["r", w, readings(tagger, w)] for w in sorted(wanted["tag_word"])]
    # context-free: the same answers asked again in another order
    again = list(rows)
    random.Random(0).shuffle(again)
    for kind, w, value in again:
        fresh = encode_analysis(tagger.analyze(w, taglevel=3)) if kind == "a" else readings(tagger, w)
        if fresh != value:
            sys.exit(f"HanTa answered {w!r} differently the second time: {value} / {fresh}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"model_sha1": hanta_model_sha1(), "analyses": len(wanted["analyze"]),
                            "readings": len(wanted["tag_word"]), "min_count": min_count}) + "\n")
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{out}: {len(wanted['analyze'])} analyses, {len(wanted['tag_word'])} readings, "
          f"{out.stat().st_size / 1e6:.2f} MB")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=400)
    ap.add_argument("--quotes", type=int, default=200)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--keys", default="training/runs/hanta/keys.tsv")
    ap.add_argument("--out", default="models/hanta/words.jsonl")
    args = ap.parse_args(argv)
    keys = Path(args.keys)
    if not keys.exists():
        collect(args.gnad, args.quotes, keys)
    build(keys, args.min_count, Path(args.out))


if __name__ == "__main__":
    main()
