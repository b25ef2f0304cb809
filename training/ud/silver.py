"""Silver STTS tags for unlabelled German news, to stretch the 1,776 gold UD sentences.

HanTa (a lexicon-backed HMM tagger trained on TIGER) is ~97% accurate on STTS but far too
slow for the runtime (~1k tokens/s), so it runs once here: its tags on Wikinews articles from
quotes-de/train become extra training data for the tagger, and through the shared tok2vec
help the morphologizer and parser too. Only ``tag`` is set; every other annotation stays
missing, so the other components ignore these docs.

    python -m training.ud.silver --out training/corpus/silver/silver.spacy --max-tokens 150000
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from .convert import SHARED, docs_from_conllu

QUOTES_TRAIN = SHARED / "data" / "quotes-de" / "data" / "train"


def gold_tagset() -> set[str]:
    tags: set[str] = set()
    for f in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        for doc in docs_from_conllu(SHARED / "data" / "ud-de" / f):
            tags.update(t.tag_ for t in doc)
    return tags


def hanta_tag(tag: str) -> str:
    # HanTa writes "VV(FIN)", "ADJ(A)"; plain STTS is "VVFIN", "ADJA".
    return tag.replace("(", "").replace(")", "")


def articles():
    for f in sorted(QUOTES_TRAIN.glob("*.json")):
        yield json.loads(f.read_text("utf-8"))["originalText"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("training/corpus/silver/silver.spacy"))
    ap.add_argument("--max-tokens", type=int, default=150_000)
    args = ap.parse_args(argv)

    from HanTa import HanoverTagger as ht

    from newsgraph.nlp import segment  # noqa: F401

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    nlp = spacy.blank("de")
    nlp.add_pipe("newsgraph_segmenter")
    known = gold_tagset()
    docs, n, unknown = [], 0, 0
    for text in articles():
        doc = nlp(text)
        tags = [""] * len(doc)
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if not words:
                continue
            for t, (_, _, tag) in zip(words, tagger.tag_sent([w.text for w in words], taglevel=1), strict=True):
                tag = hanta_tag(tag)
                if tag in known:
                    tags[t.i] = tag
                else:
                    unknown += 1
        for t, tag in zip(doc, tags, strict=True):
            t.tag_ = tag
            t.is_sent_start = None
        docs.append(doc)
        n += len(doc)
        if n >= args.max_tokens:
            break
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, attrs=["ORTH", "TAG", "SPACY"]).to_disk(args.out)
    print(f"{len(docs)} articles, {n} tokens, {unknown} tags outside the gold tag set left missing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
