"""Distributional word clusters for the NER's feature CRF (newsgraph/nlp/ner_crf.py, ``context_clusters.npz``).

    OMP_NUM_THREADS=1 python -m training.ner.word_clusters --out models/de_ner/crf

The CRF already reads k-means clusters of the floret vectors (centroids.npz). Floret builds a word's
vector largely from its character n-grams, so those clusters group words by form ("Gewerkschaft" with
"Gesellschaft"). The clusters here group words by the company they keep and nothing else, as Brown
clusters do in the classic CRF NER systems: each word of the unlabelled text (training/corpus/vectors/
text.txt: 10kGNAD, quotes-de, SpkAtt, CoNLL, Europarl; no GermEval) seen at least ``min_count`` times
is described by the words at offsets ``offsets`` around it (the ``contexts`` most frequent forms, every
rarer one by its short shape), weighted by positive PMI with smoothed context probabilities, reduced by a
truncated SVD and clustered by spherical k-means at each granularity of ``ks``. Settings:
config/ner.toml ``[context_clusters]``. Words outside the table have no cluster (``x=oov`` at run time).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from newsgraph.nlp.ner_crf import CONTEXT_TABLE, short_shape
from newsgraph.nlp.noun_filter import settings

from .convert import REPO

TEXT = REPO / "training" / "corpus" / "vectors" / "text.txt"


def context_matrix(lines: list[list[str]], vocab: list[str], n_contexts: int, offsets: list[int]):
    """Sparse counts: rows the words of ``vocab``, columns (offset, context) pairs."""
    from scipy import sparse

    counts = Counter(w for line in lines for w in line)
    top = [w for w, _ in counts.most_common(n_contexts)]
    cidx = {w: i for i, w in enumerate(top)}
    shapes: dict[str, int] = {}
    row_of = {w: i for i, w in enumerate(vocab)}

    def ctx(w: str) -> int:
        i = cidx.get(w)
        if i is not None:
            return i
        s = "<" + short_shape(w) + ">"
        if s not in shapes:
            shapes[s] = len(top) + len(shapes)
        return shapes[s]

    rows, cols = [], []
    for line in lines:
        pad = ["<s>"] * max(offsets) + line + ["</s>"] * max(offsets)
        ids = [ctx(w) for w in pad]
        m = max(offsets)
        for i, w in enumerate(line):
            r = row_of.get(w)
            if r is None:
                continue
            for j, off in enumerate(offsets):
                rows.append(r)
                cols.append(j * 1_000_000 + ids[i + m + off])
    cols = np.asarray(cols, dtype=np.int64)
    width = len(top) + len(shapes)
    cols = (cols // 1_000_000) * width + cols % 1_000_000
    mat = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (np.asarray(rows), cols)),
                            shape=(len(vocab), width * len(offsets))).tocsr()
    mat.sum_duplicates()
    return mat


def ppmi(mat, alpha: float):
    """Positive PMI of a count matrix, context probabilities smoothed by ``alpha`` (Levy et al. 2015)."""
    total = mat.sum()
    row = np.asarray(mat.sum(axis=1)).ravel()
    col = np.asarray(mat.sum(axis=0)).ravel() ** alpha
    col /= col.sum()
    coo = mat.tocoo()
    pmi = np.log((coo.data / total) / ((row[coo.row] / total) * col[coo.col]))
    keep = pmi > 0
    from scipy import sparse

    return sparse.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=mat.shape)


def build(out: Path, text: Path = TEXT) -> dict:
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    cfg = settings("context_clusters")
    t0 = time.process_time()
    lines = [line.split() for line in text.read_text("utf-8").splitlines() if line.strip()]
    counts = Counter(w for line in lines for w in line)
    vocab = sorted(w for w, n in counts.items() if n >= int(cfg["min_count"]))
    mat = context_matrix(lines, vocab, int(cfg["contexts"]), list(cfg["offsets"]))
    weights = ppmi(mat, float(cfg["alpha"]))
    svd = TruncatedSVD(n_components=int(cfg["dims"]), random_state=int(cfg["seed"]), algorithm="randomized")
    emb = svd.fit_transform(weights)
    # Singular values to the power 0.5 (the symmetric split of Levy et al.), then unit length: spherical k-means.
    emb = emb / np.maximum(svd.singular_values_, 1e-9) * np.sqrt(svd.singular_values_)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    ids = []
    for k in cfg["ks"]:
        km = MiniBatchKMeans(n_clusters=int(k), random_state=int(cfg["seed"]), batch_size=4096, n_init=3)
        ids.append(km.fit_predict(emb))
    ids = np.stack(ids, axis=1).astype("uint16")
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / CONTEXT_TABLE, words=np.array("\n".join(vocab)), ids=ids,
                        ks=np.asarray(cfg["ks"], dtype="uint16"))
    info = {"words": len(vocab), "matrix": mat.shape, "nnz": weights.nnz, "cpu_s": round(time.process_time() - t0, 1)}
    print(f"context clusters: {info}", file=sys.stderr)
    return info


def show(path: Path, words: list[str]) -> None:
    """The words sharing the finest cluster of each of ``words`` (a look by eye)."""
    with np.load(path / CONTEXT_TABLE) as z:
        vocab = str(z["words"]).split("\n")
        ids = z["ids"]
    col = ids[:, -1]
    index = {w: i for i, w in enumerate(vocab)}
    for w in words:
        if w not in index:
            print(f"{w}: not in the table")
            continue
        mates = [vocab[i] for i in np.flatnonzero(col == col[index[w]])]
        print(f"{w} ({len(mates)}): {' '.join(mates[:40])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="directory for context_clusters.npz")
    ap.add_argument("--show", nargs="*", help="print the finest cluster of these words instead of building")
    args = ap.parse_args(argv)
    if args.show:
        show(args.out, args.show)
        return 0
    build(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
