"""The NER's floret vector table with each word's vector remembered across batches.

spaCy's floret ``Vectors.get_batch`` builds a word's vector from scratch on every batch: it cuts
the word into its character n-grams (3-5 here), hashes each with MurmurHash in a Python loop and
averages the rows they name. It does so once per distinct word of a batch and forgets the answer,
so the frequent words of German news are hashed again in every batch of 32 articles; on the bench
corpus this was about 40 % of the NER pipe (bench/README.md, thirteenth round).

``MemoVectors`` is the same table (same data, settings and serialisation) whose ``get_batch``
keeps each word's averaged row. A word's row is computed by the parent class exactly as before, and
the mean of one word's n-gram rows does not depend on the other words of its batch (thinc's
``reduce_mean`` sums each segment on its own), so the returned matrix is the same to the bit. The
memo is bounded (``max_words``; it starts afresh when full) so a long-running worker does not grow
without limit.
"""

from __future__ import annotations

import numpy as np
from spacy.vectors import Mode, Vectors


class MemoVectors(Vectors):
    """A floret ``Vectors`` whose ``get_batch`` remembers each key's row (up to ``max_words`` keys)."""

    def __init__(self, *args, max_words: int = 100_000, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_words = int(max_words)
        self._clear()

    @classmethod
    def of(cls, vectors: Vectors, max_words: int) -> "MemoVectors":
        """A memoising copy of ``vectors`` (its bytes, hence the same table and floret settings).

        The string store is not copied: the copy shares the original's, and reloading that store into
        itself (sorting and re-adding its ~78,000 strings) was ~0.1 CPU s of every process's model load
        with the same strings after (bench/README.md, twenty-third round)."""
        memo = cls(strings=vectors.strings, max_words=max_words)
        memo.from_bytes(vectors.to_bytes(exclude=["strings"]), exclude=["strings"])
        return memo

    def _clear(self) -> None:
        self._row: dict[int, int] = {}
        self._rows = np.zeros((0, 0), dtype="float32")

    def get_batch(self, keys):
        if self.mode != Mode.floret or self.max_words <= 0:
            return super().get_batch(keys)
        # Keys are string hashes (the NER's ORTH column) or strings (newsgraph/extract asks by word);
        # either kind is remembered as given, and the parent maps both to the same string.
        # An integer array (the NER's case) becomes the same Python ints in one ``tolist``.
        ints = isinstance(keys, np.ndarray) and keys.dtype.kind in "ui"
        keys = keys.tolist() if ints else [k if isinstance(k, str) else int(k) for k in keys]
        # Key 0 is the empty string, for which the parent returns zeros (float64 when a whole batch
        # is empty): batches holding it go to the parent unchanged.
        if not keys or 0 in keys or (not ints and "" in keys):
            return super().get_batch(keys)
        row = self._row
        new = [k for k in dict.fromkeys(keys) if k not in row]
        if new:
            if len(row) + len(new) > self.max_words:
                self._clear()
                row = self._row
                new = list(dict.fromkeys(keys))
            vecs = np.asarray(super().get_batch(new), dtype="float32")
            n = len(row)
            if n + len(new) > self._rows.shape[0]:
                grown = np.zeros((max(2 * self._rows.shape[0], n + len(new), 1024), vecs.shape[1]), dtype="float32")
                if n:
                    grown[:n] = self._rows[:n]
                self._rows = grown
            self._rows[n:n + len(new)] = vecs
            for i, k in enumerate(new):
                row[k] = n + i
        return self._rows[np.fromiter(map(row.__getitem__, keys), dtype=np.intp, count=len(keys))]
