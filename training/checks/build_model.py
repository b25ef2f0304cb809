"""Build models/checks_de: topic vectors (LSA over content lemmas) for the off-topic check and
noun anaphoricity counts for the dangling-reference check.

Data: quotes-de train (700 Wikinews articles) + 10kGNAD (1,028 derStandard articles), read
from ../shared/data (NEWSGRAPH_SHARED). quotes-de dev is left out: the checks are evaluated
on perturbed dev articles (python -m newsgraph.eval.checks).

    OMP_NUM_THREADS=1 python training/checks/build_model.py [--out models/checks_de]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from scipy.sparse import csr_matrix
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.dangling import unresolved  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import content_keys  # noqa: E402


def shared() -> Path:
    return Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def corpus_texts() -> list[str]:
    texts = []
    for p in sorted((shared() / "data/quotes-de/data/train").glob("*.json")):
        texts.append(json.loads(p.read_text("utf-8"))["originalText"])
    csv.field_size_limit(10**8)
    with open(shared() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                texts.append(row[1])
    return texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "models/checks_de"))
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    texts = corpus_texts()
    if args.limit:
        texts = texts[: args.limit]
    docs_keys: list[Counter] = []
    new_count: Counter = Counter()
    old_count: Counter = Counter()
    t0 = time.time()
    for n, doc in enumerate(nlp.pipe(texts, batch_size=32)):
        sents = tag_doc(doc)
        docs_keys.append(Counter(k for toks in sents for k in content_keys(toks)))
        # every sentence-initial definite NP: was its noun mentioned before?
        for cand, has in unresolved(sents, {}, skip_first=1):
            (old_count if has else new_count)[cand.noun.lemma] += 1
        if n % 100 == 0:
            print(f"{n}/{len(texts)} {time.time() - t0:.0f}s", flush=True)

    df = Counter(k for c in docs_keys for k in c)
    vocab = sorted(k for k, v in df.items() if v >= args.min_df)
    index = {k: i for i, k in enumerate(vocab)}
    n_docs = len(docs_keys)
    idf = np.array([math.log(n_docs / df[k]) + 1.0 for k in vocab], dtype=np.float32)
    rows, cols, vals = [], [], []
    for d, c in enumerate(docs_keys):
        for k, v in c.items():
            if k in index:
                rows.append(d)
                cols.append(index[k])
                vals.append((1 + math.log(v)) * idf[index[k]])
    m = csr_matrix((vals, (rows, cols)), shape=(n_docs, len(vocab)), dtype=np.float32)
    norms = np.sqrt(m.multiply(m).sum(axis=1)).A1
    norms[norms == 0] = 1
    m = csr_matrix(m.multiply(1 / norms[:, None]))
    k = min(args.dims, min(m.shape) - 1)
    _u, s, vt = svds(m, k=k)
    vecs = (vt.T * s).astype(np.float32)
    vn = np.linalg.norm(vecs, axis=1, keepdims=True)
    vn[vn == 0] = 1
    vecs = (vecs / vn).astype(np.float16)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "topic_vectors.npy", vecs)
    (out / "topic_vocab.json").write_text(json.dumps({"vocab": vocab, "idf": [round(float(x), 4) for x in idf]},
                                                     ensure_ascii=False), "utf-8")
    nouns = sorted(set(new_count) | set(old_count))
    stats = {w: [new_count[w], old_count[w]] for w in nouns if new_count[w] + old_count[w] >= 2}
    (out / "anaphoricity.json").write_text(json.dumps(stats, ensure_ascii=False, sort_keys=True), "utf-8")
    print(f"docs {n_docs} vocab {len(vocab)} dims {k} nouns {len(stats)} in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
