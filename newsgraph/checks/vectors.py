"""Topic vectors of German nouns and names (models/checks_de/word_vectors.npy, built by
training/checks/build_vectors.py: PPMI + SVD over content-word co-occurrence in German news,
speeches and encyclopaedic text).

Words are keyed by a light stem of their surface form ("Truppen" -> "trupp"), not by the
tagger's lemma, so the runtime needs no lemmatiser and the training corpus needed no tagging;
an unknown compound falls back to its longest known tail ("Friedenstruppe" -> "trupp").
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

# inflection and plural endings; stripping them only has to map forms of a word onto one key
_SUFFIXES = ("innen", "ern", "en", "es", "er", "in", "e", "n", "s")
MIN_STEM = 4


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    w = word.lower()
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= MIN_STEM:
            return w[: -len(suf)]
    return w


def word_keys(word: str) -> list[str]:
    """Keys for a (possibly hyphenated) word: the whole and, for "NATO-Mitglieder", its last part."""
    parts = [p for p in word.split("-") if p]
    if not parts:
        return []
    keys = [stem(word.replace("-", ""))] if len(parts) > 1 else [stem(parts[0])]
    if len(parts) > 1 and len(parts[-1]) >= 3:
        keys.append(stem(parts[-1]))
    return keys


def compound_parts(index: dict[str, int], key: str) -> list[int]:
    """Rows of an unknown compound's longest known head and longest known first part, those that exist
    ("sicherheitsbedenk": "bedenk", "sicherheit")."""
    head = next((index[key[c:]] for c in range(1, len(key) - MIN_STEM + 1) if key[c:] in index), None)
    first = next((index[key[:c]] for c in range(len(key) - 1, MIN_STEM - 1, -1) if key[:c] in index), None)
    return [i for i in (head, first) if i is not None]


class WordVectors:
    def __init__(self, directory: Path):
        meta = json.loads((directory / "word_vocab.json").read_text("utf-8"))
        self.vocab: list[str] = meta["vocab"]
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self.weight = np.asarray(meta["weight"], dtype=np.float32)  # idf-like: frequent words say little
        self.vectors = np.load(directory / "word_vectors.npy").astype(np.float32)
        # share of the corpus documents using a word that use it twice or more (None: not built)
        self.burst = np.asarray(meta["burst"], dtype=np.float32) if "burst" in meta else None
        self.lookup = lru_cache(maxsize=65536)(self._lookup)
        self.burstiness = lru_cache(maxsize=65536)(self._burstiness)

    def _burstiness(self, word: str) -> float | None:
        """Burstiness of the word, or of its head for an unknown compound."""
        if self.burst is None:
            return None
        keys = word_keys(word)
        for k in keys:
            i = self.index.get(k)
            if i is not None:
                return float(self.burst[i])
        if not keys:
            return None
        k = keys[0]
        head = next((self.index[k[c:]] for c in range(1, len(k) - MIN_STEM + 1) if k[c:] in self.index), None)
        return float(self.burst[head]) if head is not None else None

    def _lookup(self, word: str) -> tuple[np.ndarray, float] | None:
        """(unit vector, weight) of a word; an unknown compound gets the mean of its longest
        known head and its longest known first part ("Sicherheitsbedenken": "sicherheit" + "bedenk")."""
        keys = word_keys(word)
        if not keys:
            return None
        for k in keys:
            i = self.index.get(k)
            if i is not None:
                return self.vectors[i], float(self.weight[i])
        ids = compound_parts(self.index, keys[0])
        if not ids:
            return None
        v = self.vectors[ids].sum(axis=0)
        n = float(np.linalg.norm(v))
        return (v / n if n else v), float(self.weight[ids].max())


@lru_cache(maxsize=4)
def load_vectors(directory: str) -> WordVectors | None:
    p = Path(directory)
    if not (p / "word_vocab.json").exists():
        return None
    return WordVectors(p)


class SubwordVectors:
    """floret skip-gram vectors (models/checks_de/floret.npy, training/checks/build_floret.py):
    hashed character n-grams, so an unseen word still gets a vector. Learnt from a +-5 word
    window, they say whether two words are of a kind, where the topic vectors say whether they
    belong to one story."""

    def __init__(self, directory: Path):
        from spacy.vectors import Vectors

        meta = json.loads((directory / "floret.json").read_text("utf-8"))
        table = np.load(directory / "floret.npy").astype(np.float32)
        self._vectors = Vectors(data=table, mode="floret", minn=meta["minn"], maxn=meta["maxn"],
                                hash_count=meta["hash_count"], hash_seed=meta["hash_seed"], bow=meta["bow"],
                                eow=meta["eow"])
        self.lower = meta.get("lowercase", True)
        self._cache: dict[str, np.ndarray] = {}
        self._raw: dict[str, np.ndarray] = {}
        # output (context) vectors of frequent words: input . output estimates how well a word fits
        # the words around it, as in the skip-gram's training objective
        self.context: np.ndarray | None = None
        self.context_index: dict[str, int] = {}
        if (directory / "floret_context.npy").exists():
            self.context = np.load(directory / "floret_context.npy").astype(np.float32)
            words = json.loads((directory / "floret_context.json").read_text("utf-8"))
            self.context_index = {w: i for i, w in enumerate(words)}

    def batch(self, words: list[str]) -> np.ndarray:
        """Unit vectors of ``words`` (rows)."""
        words = [w.lower() if self.lower else w for w in words]
        todo = sorted({w for w in words if w not in self._cache})
        if todo:
            raw = np.asarray(self._vectors.get_batch(todo), dtype=np.float32)
            n = np.linalg.norm(raw, axis=1, keepdims=True)
            vs = raw / np.where(n > 0, n, 1.0)
            if len(self._cache) > 100_000:
                self._cache.clear()
                self._raw.clear()
            self._cache.update(zip(todo, vs))
            self._raw.update(zip(todo, raw))
        dim = self._vectors.shape[1]
        return np.stack([self._cache[w] for w in words]) if words else np.zeros((0, dim), np.float32)

    def slot_fit(self, words: list[str], contexts: list[str]) -> np.ndarray | None:
        """For each word: the mean log-sigmoid of its input vector against the output vectors of the
        known ``contexts`` (the skip-gram's log-likelihood of seeing them around it); None when no
        context word is known or there are no output vectors."""
        if self.context is None or not words:
            return None
        rows = [self.context_index[c.lower() if self.lower else c] for c in contexts
                if (c.lower() if self.lower else c) in self.context_index]
        if not rows:
            return None
        self.batch(words)
        raw = np.stack([self._raw[w.lower() if self.lower else w] for w in words])
        dots = raw @ self.context[rows].T
        return (-np.logaddexp(0.0, -dots)).mean(axis=1)

    def fit_to(self, words: list[str], context: str) -> np.ndarray | None:
        """For each word: log-sigmoid of its input vector against the output vector of the one word
        ``context`` (how well the word fills a slot of it); None when ``context`` has no output vector."""
        row = self.context_index.get(context.lower() if self.lower else context) if self.context is not None else None
        if row is None or not words:
            return None
        self.batch(words)
        raw = np.stack([self._raw[w.lower() if self.lower else w] for w in words])
        return -np.logaddexp(0.0, -(raw @ self.context[row]))


@lru_cache(maxsize=4)
def load_subword(directory: str) -> SubwordVectors | None:
    p = Path(directory)
    return SubwordVectors(p) if (p / "floret.json").exists() else None
