"""Exact and near-duplicate detection. Duplicates are recorded, never re-analysed."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch is imported where a Deduper is made: its package import pulls in scipy (about a
# second), which every Ray worker paid at start-up although only the driver deduplicates

# stored signatures are only comparable under the scheme that made them
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")}
    # each word encoded once and the bytes joined: UTF-8 of a join is the join of the UTF-8s
    enc = [w.encode("utf-8") for w in words]
    return {b" ".join(enc[i : i + k]) for i in range(len(enc) - k + 1)}


class Deduper:
    """Holds content hashes and MinHash signatures of every article seen (seeded from the store)."""

    def __init__(self, threshold: float = 0.9, num_perm: int = 64) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        from datasketch import MinHash, MinHashLSH
        from datasketch.hashfunc import sha1_hash32

        self._minhash = MinHash
        self._hashfunc = sha1_hash32
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.hashes: dict[str, str] = {}
        self.sigs: dict[str, MinHash] = {}
        # the permutations follow from the seed alone: drawn once here, not by a random
        # generator for every signature (a third of deduplication's time)
        self._perms = MinHash(num_perm=num_perm, scheme=SCHEME).permutations

    def signature(self, text: str) -> MinHash:
        m = self._minhash(num_perm=self.num_perm, scheme=SCHEME, permutations=self._perms, hashfunc=int)
        # the shingles' 32-bit SHA1 hashes as ``sha1_hash32`` computes them (the first 4 bytes of
        # each digest, little-endian), in one loop instead of a function call per shingle, read
        # off the joined digests by numpy instead of an int per shingle; the sketch keeps
        # ``sha1_hash32`` for any later ``update``
        sha1 = hashlib.sha1
        digests = b"".join([sha1(s).digest() for s in shingles(text)])
        m.update_batch(np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32))
        m.hashfunc = self._hashfunc
        return m

    def load(self, article_id: str, chash: str, sig: np.ndarray | None) -> None:
        self.hashes.setdefault(chash, article_id)
        if sig is not None and article_id not in self.sigs:
            m = self._minhash(num_perm=self.num_perm, hashvalues=np.asarray(sig, dtype=np.uint64), scheme=SCHEME,
                              permutations=self._perms)
            self.sigs[article_id] = m
            self.lsh.insert(article_id, m)

    def check(self, article_id: str, chash: str, text: str) -> tuple[str | None, str | None, MinHash]:
        """Return (duplicate_of, kind, signature) and remember the article if it is new."""
        sig = self.signature(text)
        if chash in self.hashes and self.hashes[chash] != article_id:
            return self.hashes[chash], "exact", sig
        best, best_j = None, 0.0
        for other in self.lsh.query(sig):
            if other == article_id:
                continue
            j = sig.jaccard(self.sigs[other])
            if j >= self.threshold and j > best_j:
                best, best_j = other, j
        self.hashes.setdefault(chash, article_id)
        if best is None and article_id not in self.sigs:
            self.sigs[article_id] = sig
            self.lsh.insert(article_id, sig)
        return best, ("near" if best else None), sig
