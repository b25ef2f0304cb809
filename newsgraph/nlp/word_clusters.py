"""Word-form cluster ids from the k-means centroids of the floret vectors.

The NER feature CRF ships the centroids (``centroids.npz``: one matrix per granularity, "k64",
"k256", "k1024") and the cluster ids of the unlabelled text's vocabulary (``clusters.npz``) in
``models/de_ner/crf/`` (built by training/ner/train_crf.py). Other taggers read the same files
through ``load``, so there is one set of clusters, not a copy per model. A form outside the table
gets its nearest centroid from the pipeline's floret vectors (subword hashing gives every string
a vector); without vectors it gets none.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

CENTROIDS = "centroids.npz"
CLUSTER_TABLE = "clusters.npz"


class WordClusters:
    """Cluster ids of word forms (case-sensitive, as the table holds them), one per granularity."""

    def __init__(self, centroids: dict[str, np.ndarray], words: list[str] | None = None,
                 ids: np.ndarray | None = None, max_cache: int = 200_000) -> None:
        self.names = tuple(centroids)
        self.sizes = tuple(int(c.shape[0]) for c in centroids.values())
        self.centroids = [c / np.linalg.norm(c, axis=1, keepdims=True) for c in centroids.values()]
        self.table: dict[str, tuple[int, ...]] = {}
        if words is not None and ids is not None:
            self.table = dict(zip(words, map(tuple, ids.tolist()), strict=True))
        # forms outside the table, assigned from their vectors; cleared when it grows past max_cache
        self._extra: dict[str, tuple[int, ...] | None] = {}
        self.max_cache = max_cache

    def assign(self, words: list[str], vectors) -> np.ndarray:
        """Nearest centroid of each word's vector, one column per granularity."""
        vec = np.asarray(vectors.get_batch(words), dtype="float32")
        norm = np.linalg.norm(vec, axis=1, keepdims=True)
        vec = vec / np.where(norm == 0, 1, norm)
        return np.stack([np.argmax(vec @ c.T, axis=1) for c in self.centroids], axis=1)

    def lookup(self, words: list[str], vectors=None) -> list[tuple[int, ...] | None]:
        """Cluster ids of ``words``: a table look-up, vectors only for forms outside the table
        (all of a call's new forms in one batch)."""
        get = self.table.get
        out = [get(w) for w in words]
        miss = [k for k, c in enumerate(out) if c is None]
        if not miss:
            return out
        extra = self._extra
        new = [w for w in dict.fromkeys(words[k] for k in miss) if w not in extra]
        if new:
            if len(extra) > self.max_cache:
                extra.clear()
            if vectors is not None and getattr(vectors, "size", 0):
                for w, row in zip(new, self.assign(new, vectors).tolist(), strict=True):
                    extra[w] = tuple(row)
            else:
                extra.update(dict.fromkeys(new))
        for k in miss:
            out[k] = extra.get(words[k])
        return out


def read(path: Path) -> WordClusters:
    path = Path(path)
    with np.load(path / CENTROIDS) as z:
        # coarse to fine, as the NER CRF orders them
        centroids = {k: z[k].astype("float32") for k in sorted(z.files, key=lambda k: int(k[1:]))}
    words = ids = None
    if (path / CLUSTER_TABLE).exists():
        with np.load(path / CLUSTER_TABLE) as z:
            words = str(z["words"]).split("\n")
            ids = z["ids"]
    return WordClusters(centroids, words, ids)


@lru_cache(maxsize=2)
def load(path: str) -> WordClusters | None:
    """The clusters in directory ``path`` (kept once per process), or None without centroids."""
    p = Path(path)
    if not (p / CENTROIDS).exists():
        return None
    return read(p)
