"""Exact and near-duplicate detection. Duplicates are recorded, never re-analysed."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

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


def datasketch_minhash() -> tuple[Any, Any]:
    """datasketch's ``MinHash`` class and ``sha1_hash32``, without running the package's
    ``__init__``: it imports every sketch, ``MinHashLSH`` among them, whose module imports
    ``scipy.integrate`` for its band parameter search (0.45 CPU s of the Ray driver's start-up,
    bench/README.md "Fifteenth round"). ``datasketch.minhash`` itself needs only numpy and
    ``datasketch.hashfunc``. The package entry is in ``sys.modules`` only while the two load:
    a later ``import datasketch`` runs the real ``__init__``, which finds them loaded and uses
    the very same classes."""
    if "datasketch.minhash" not in sys.modules and "datasketch" not in sys.modules:
        spec = importlib.util.find_spec("datasketch")
        if spec is not None and spec.submodule_search_locations is not None:
            pkg = importlib.util.module_from_spec(spec)  # the package, its __init__ not run
            sys.modules["datasketch"] = pkg
            try:
                importlib.import_module("datasketch.minhash")
            finally:
                if sys.modules.get("datasketch") is pkg:
                    del sys.modules["datasketch"]
    minhash = importlib.import_module("datasketch.minhash")
    return minhash.MinHash, minhash.sha1_hash32


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) as datasketch's ``MinHashLSH`` chooses them (equal weights of false
    positives and negatives): imports ``scipy.integrate``; configured values spare that."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, 0.5, 0.5)


class Bands:
    """The banding index of datasketch's ``MinHashLSH`` (dict storage) over the same hash values:
    ``bands`` slices of ``rows`` values each, a key a candidate of a query when one slice is
    equal. ``query`` returns what ``MinHashLSH.query`` returns, the same list in the same order
    (the buckets and the candidate set are built by the same insertions; a tie in
    ``Deduper.check`` goes to the first candidate). Our own because ``MinHashLSH`` cannot be
    imported without scipy (``datasketch_minhash``), and its parameter search is all it needs
    scipy for."""

    def __init__(self, bands: int, rows: int) -> None:
        if bands < 2 or rows < 1:
            raise ValueError(f"LSH needs at least 2 bands of 1 row, got {bands} x {rows}")
        self.bands, self.rows = bands, rows
        self.ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self.tables: list[dict[bytes, set]] = [{} for _ in range(bands)]

    def _keys(self, hashvalues: np.ndarray) -> list[bytes]:
        return [hashvalues[s:e].tobytes() for s, e in self.ranges]

    def insert(self, key: str, hashvalues: np.ndarray) -> None:
        for h, table in zip(self._keys(hashvalues), self.tables):
            bucket = table.get(h)
            if bucket is None:
                bucket = table[h] = set()
            bucket.add(key)

    def query(self, hashvalues: np.ndarray) -> list[str]:
        candidates = set()
        for h, table in zip(self._keys(hashvalues), self.tables):
            for key in table.get(h, ()):
                candidates.add(key)
        return list(candidates)


class Deduper:
    """Holds content hashes and MinHash signatures of every article seen (seeded from the store)."""

    @classmethod
    def from_config(cls, icfg: dict) -> Deduper:
        """From the ``[ingest]`` settings: threshold, permutations and the LSH (bands, rows)."""
        params = icfg.get("lsh_params")
        return cls(icfg["near_duplicate_threshold"], icfg["minhash_perm"], tuple(params) if params else None)

    def __init__(self, threshold: float = 0.9, num_perm: int = 64, params: tuple[int, int] | None = None) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        MinHash, sha1_hash32 = datasketch_minhash()  # noqa: N806 (a class)

        self._minhash = MinHash
        self._hashfunc = sha1_hash32
        bands, rows = params or lsh_params(threshold, num_perm)
        if bands * rows > num_perm:
            raise ValueError(f"{bands} bands x {rows} rows need more than {num_perm} permutations")
        self.lsh = Bands(bands, rows)
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
            self.lsh.insert(article_id, m.hashvalues)

    def check(self, article_id: str, chash: str, text: str) -> tuple[str | None, str | None, MinHash]:
        """Return (duplicate_of, kind, signature) and remember the article if it is new."""
        sig = self.signature(text)
        if chash in self.hashes and self.hashes[chash] != article_id:
            return self.hashes[chash], "exact", sig
        best, best_j = None, 0.0
        for other in self.lsh.query(sig.hashvalues):
            if other == article_id:
                continue
            j = sig.jaccard(self.sigs[other])
            if j >= self.threshold and j > best_j:
                best, best_j = other, j
        self.hashes.setdefault(chash, article_id)
        if best is None and article_id not in self.sigs:
            self.sigs[article_id] = sig
            self.lsh.insert(article_id, sig.hashvalues)
        return best, ("near" if best else None), sig
