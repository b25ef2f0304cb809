"""Every quotes-de article's raw quotes (``extract_quotes``) and its claims and sources (the ``extract.claims``
component), one JSON line per article with keys sorted, for byte comparisons of two trees (output-identical
speed changes): run it in each tree (``PYTHONPATH`` set to it, run from it) and ``cmp`` the two files.

    OMP_NUM_THREADS=1 python bench/quotes_dump.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r18/qcache_dev.spacy --out /tmp/dev_quotes.jsonl

The parses come from the cache (a DocBin of the quotes-de texts, as training/quotes/score_quotes.py reads it) or
the nlp stage. Each raw quote gives message, cue, speaker, addressee, act, mode, nested, inherited and origin;
each claim all its fields (spans, speaker, cue, mode, certainty, chain, confidence).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training" / "quotes"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)

    from error_analysis import _docs

    from newsgraph import nlp as nlp_stage
    from newsgraph.config import load as load_config
    from newsgraph.eval.quotes import read_dir
    from newsgraph.extract.quotes import extract_quotes
    from newsgraph.ingest.articles import build_article
    from newsgraph.ingest.readers import RawItem
    from newsgraph.model import Analysis
    from newsgraph.pipeline import Pipeline

    gold = read_dir(args.dir)
    docs = _docs(gold, args.cache)
    cfg = load_config()
    cfg["pipeline"] = dict(cfg.get("pipeline", {}), components=["extract.claims"], corpus_components=[])
    comps = Pipeline(cfg).components
    n_q = n_c = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for g, d in zip(gold, docs):
            raw = [dict(message=q.message, cue=q.cue, speaker=q.speaker, addressee=q.addressee, act=q.act,
                        mode=q.mode, nested=q.nested, inherited=q.inherited, origin=q.origin)
                   for q in extract_quotes(d, "de")]
            an = Analysis(article=build_article(RawItem(text=g.text, source_path="quotes-de", language="de"), 0))
            nlp_stage.sentences(an, d)
            for _, comp in comps:
                comp(an, d)
            claims = [c.model_dump(mode="json") for c in an.claims]
            n_q += len(raw)
            n_c += len(claims)
            f.write(json.dumps({"doc": g.name, "quotes": raw, "claims": claims,
                                "sources": [s.model_dump(mode="json") for s in an.sources]},
                               ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(gold)} articles, {n_q} quotes, {n_c} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
