"""Score cross-document linking of new (non-KB) people on gold pairs (JSON lines):

    {"a": {"row": 929, "name": "Koller"}, "b": {"row": 404, "name": "Marcel Koller"},
     "same": true, "note": "ÖFB-Teamchef in both"}

``row`` is the 0-based line of the article in the corpus CSV (10kGNAD test.csv), ``name``
the surface of a mention in it. A pair is predicted "same" when the two mentions carry
one entity id. Printed: pairwise precision/recall/F1 of "same" for the ids of
``link.mentions`` alone (one id per spelling) and after ``link.corpus``.

The articles are analysed into a store with the nlp stage and ``link.mentions`` only
(``--store``; built from ``--corpus`` when the file does not exist yet, about 15 minutes
for the 1,028 articles of 10kGNAD test on one core); ``link.corpus`` is then run on it
without writing.

    newsgraph eval xdoc tests/data/link_xdoc_pairs.jsonl --store /tmp/gnad_link.duckdb
    python -m newsgraph.eval.xdoc FILE [--store PATH] [--corpus CSV] [--errors]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def read_pairs(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def default_corpus() -> Path:
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    return shared / "data" / "corpora" / "10kgnad" / "test.csv"


def article_ids(corpus: Path) -> list[str | None]:
    """Article id of every row of the corpus, as ``newsgraph ingest`` computes it."""
    from ..config import load
    from ..ingest.articles import build_article
    from ..ingest.decode import BadInput
    from ..ingest.readers import read_paths
    from ..model import IngestError

    icfg = load()["ingest"]
    out: list[str | None] = []
    for item in read_paths([corpus], icfg["max_bytes"]):
        if isinstance(item, IngestError):
            out.append(None)
            continue
        try:
            out.append(build_article(item, icfg["min_chars"], None).id)
        except BadInput:
            out.append(None)
    return out


def build_store(corpus: Path, path: Path) -> None:
    import copy

    from ..config import load
    from ..pipeline import Pipeline, ingest
    from ..store.duckdb_store import DuckDBStore

    cfg = copy.deepcopy(load())
    cfg["pipeline"] = {"components": ["link.mentions"], "corpus_components": []}
    st = DuckDBStore(path)
    try:
        ingest([corpus], st, pipeline=Pipeline(cfg))
    finally:
        st.close()


def find_mention(mentions: list[dict], name: str) -> dict | None:
    exact = [m for m in mentions if m["text"] == name]
    if exact:
        return exact[0]
    part = [m for m in mentions if len(m["text"]) >= 3 and (name in m["text"] or m["text"] in name)]
    return part[0] if part else None


def score(pairs: list[dict], ids_a: list[str | None], ids_b: list[str | None]) -> tuple[float, float, float, int, int, int]:
    tp = fp = fn = 0
    for p, a, b in zip(pairs, ids_a, ids_b, strict=True):
        same = a is not None and a == b
        tp += same and p["same"]
        fp += same and not p["same"]
        fn += p["same"] and not same
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval xdoc", description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--store", default="xdoc_gnad.duckdb", help="store with link.mentions output (built if missing)")
    ap.add_argument("--corpus", default=None, help="corpus CSV the rows refer to (default: 10kGNAD test.csv)")
    ap.add_argument("--errors", action="store_true", help="print the pairs decided wrongly after link.corpus")
    args = ap.parse_args(argv)

    from ..link.corpus import CorpusLinker
    from ..store.duckdb_store import DuckDBStore

    pairs = read_pairs(args.file)
    corpus = Path(args.corpus) if args.corpus else default_corpus()
    if not corpus.exists():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 1
    store_path = Path(args.store)
    if not store_path.exists():
        print(f"building {store_path} from {corpus} (nlp + link.mentions) ...", file=sys.stderr)
        build_store(corpus, store_path)
    ids = article_ids(corpus)
    st = DuckDBStore(store_path, read_only=True)
    try:
        rows = st.query("SELECT article_id, entity_id, text, type FROM mentions WHERE entity_id IS NOT NULL "
                        "AND type <> 'DESC' ORDER BY article_id, start")
        by_art: dict[str, list[dict]] = {}
        for r in rows:
            by_art.setdefault(r["article_id"], []).append(r)
        changes, _ = CorpusLinker(st).decide(None)
    finally:
        st.close()

    missing = 0
    before: dict[str, list] = {"a": [], "b": []}
    after: dict[str, list] = {"a": [], "b": []}
    for p in pairs:
        for side in ("a", "b"):
            row = p[side]["row"]
            aid = ids[row] if row < len(ids) else None
            m = find_mention(by_art.get(aid or "", []), p[side]["name"])
            if m is None:
                missing += 1
                before[side].append(None)
                after[side].append(None)
                continue
            before[side].append(m["entity_id"])
            after[side].append(changes.get(aid, {}).get(m["entity_id"], m["entity_id"]))
    n_same = sum(p["same"] for p in pairs)
    print(f"cross-document linking on {Path(args.file).name}: {len(pairs)} pairs ({n_same} same person, "
          f"{len(pairs) - n_same} different), {missing} mentions not found by NER")
    for label, got in (("link.mentions only", before), ("with link.corpus", after)):
        prec, rec, f1, tp, fp, fn = score(pairs, got["a"], got["b"])
        print(f"{label:>18}: precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  (tp {tp} fp {fp} fn {fn})")
    if args.errors:
        for p, a, b in zip(pairs, after["a"], after["b"], strict=True):
            same = a is not None and a == b
            if same != p["same"]:
                kind = "FP" if same else "FN"
                print(f"  {kind} {p['a']['row']}:{p['a']['name']} ~ {p['b']['row']}:{p['b']['name']}  ({p['note']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
