"""Parse caches of quotes-de (a DocBin of the nlp stage's parses per split, store_user_data=True), as
score_quotes.py / train.py / fold_taggers.py --cache read them, optionally with ``[hanta]`` keys of
config/mood.toml replaced for this process only (the A/B of a tagging change downstream without
editing the shared config):

    OMP_NUM_THREADS=1 python training/quotes/make_cache.py --out-dir /tmp/h2 \
        --hanta enabled=true --hanta 'scope="all"' --hanta 'upos_pairs=[]' --hanta 'layer="tags"'
        # round 17: [hanta] unrestricted, written into pos_ / tag_ (since round 18 the default layer "corrected"
        # leaves those alone, so a cache made without layer="tags" has the tagger's tags, as with [hanta] off)

Writes OUT_DIR/qcache_{dev,train}.spacy (each via a temporary file, so a reader never sees half a
cache). Values are TOML ("true", '"all"', "[]").
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from spacy.tokens import DocBin

from newsgraph.eval.quotes import read_dir
from newsgraph.nlp import hanta_tags

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import DATA  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--split", action="append", default=None, help="dev, train (default both)")
    ap.add_argument("--hanta", action="append", default=[], help="[hanta] KEY=TOML-VALUE for this process")
    args = ap.parse_args(argv)
    over = {}
    for kv in args.hanta:
        over.update(tomllib.loads(kv))
    if over:
        base = hanta_tags.settings
        hanta_tags.settings = lambda: {**base(), **over}
    from newsgraph import nlp as nlp_stage

    nlp = nlp_stage.load("de")
    print(nlp.pipe_names, over, flush=True)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for split in args.split or ("dev", "train"):
        gold = read_dir(DATA / split)
        docs = list(nlp.pipe([g.text for g in gold], batch_size=16))
        tmp = out / f"qcache_{split}.tmp.spacy"
        DocBin(docs=docs, store_user_data=True).to_disk(tmp)
        tmp.rename(out / f"qcache_{split}.spacy")
        print(split, len(docs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
