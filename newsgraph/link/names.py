"""Name normalisation and a pairwise name matcher across scripts and transliterations.

``normalise(name)`` gives the ASCII, lower-case, title-free form used for ids and exact
lookup. ``phonetic(name)`` folds the spellings German, English and French use for the same
transliterated name onto one key (Selenskyj, Zelensky, Zelenskyy, Зеленський -> "selenski").
``NameMatcher.probability(a, b)`` is a small logistic regression over string-similarity
features, trained by ``training/names/train_matcher.py`` on JRC-Names pairs.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from .config import kb_path, link_config

_APOSTROPHES = re.compile(r"[\'’ʼʹ`´ʻ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf¡-¿]")

# Ordered rewrites onto one spelling per sound; longer patterns first so "tsch" is not
# eaten by "sch". Chosen for the German/English/French/Dutch transliterations of Slavic,
# Arabic and Asian names that news text mixes.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("dj", "j"),
    ("ck", "k"), ("ph", "f"), ("th", "t"), ("kh", "h"), ("gh", "g"), ("qu", "k"),
    ("ou", "u"), ("oe", "u"), ("ue", "u"), ("ae", "e"), ("ij", "y"),
    ("w", "v"), ("j", "y"), ("c", "k"), ("q", "k"), ("z", "s"), ("x", "ks"),
    ("y", "i"),
)
_DOUBLE = re.compile(r"(.)\1+")


def fix_mojibake(s: str) -> str:
    """Undo UTF-8 read as Latin-1 ("KrÃ¼ger"), which JRC and scraped news both contain."""
    if _MOJIBAKE.search(s):
        try:
            return s.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


@lru_cache(maxsize=200_000)
def strip_roles(name: str) -> str:
    """A person name without the role nouns NER put into its span ("Polizeisprecher Roman
    Hahslinger", "Teamchef Koller"), which would otherwise pass for given names; compounds
    match on their ending (``role_suffixes`` of link.toml [corpus])."""
    words = name.split()
    roles = link_config()["corpus"]["role_suffixes"]
    while len(words) >= 2 and words[0][:1].isalpha() and any(words[0].lower().endswith(r) for r in roles):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=200_000)
def script_of(s: str) -> str:
    """The dominant Unicode script of the letters in ``s`` (first word of the char name)."""
    counts: dict[str, int] = {}
    for ch in s:
        if ch.isalpha():
            try:
                sc = unicodedata.name(ch).split(" ")[0]
            except ValueError:
                continue
            counts[sc] = counts.get(sc, 0) + 1
    return max(counts, key=counts.get) if counts else ""


@lru_cache(maxsize=200_000)
def tokens(name: str) -> tuple[str, ...]:
    """ASCII lower-case tokens, titles dropped, "Surname, Given" turned round."""
    s = unicodedata.normalize("NFKC", fix_mojibake(name))
    if s.count(",") == 1:
        left, right = (p.strip() for p in s.split(","))
        if left and right:
            s = f"{right} {left}"
    s = _APOSTROPHES.sub("", anyascii(s).lower())
    toks = [t for t in _NON_ALNUM.split(s) if t]
    titles = _titles()
    kept = [t for t in toks if t not in titles]
    return tuple(kept or toks)


def normalise(name: str) -> str:
    return " ".join(tokens(name))


def fold(token: str) -> str:
    for a, b in _FOLDS:
        token = token.replace(a, b)
    return _DOUBLE.sub(r"\1", token)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=200_000)
def phonetic_tokens(name: str) -> tuple[str, ...]:
    # German spells umlauts out (Merz/März, Mueller/Müller); anyascii would drop the e.
    return tuple(fold(t) for t in tokens(name.translate(_UMLAUTS)))


def aligned_similarity(query: str, known: str) -> float:
    """Lowest similarity of aligned tokens (same order): how well every word of a name is
    matched. A single-token query is aligned with the last token (a surname, a city)."""
    return aligned_token_similarity(phonetic_tokens(query), phonetic_tokens(known))


def aligned_token_similarity(q: tuple[str, ...], k: tuple[str, ...]) -> float:
    """``aligned_similarity`` on phonetic tokens."""
    if not q or not k:
        return 0.0
    if len(q) == 1:
        k = k[-1:]
    if len(q) != len(k):
        return 0.0
    sims = []
    for a, b in zip(q, k, strict=True):
        if len(a) == 1 or len(b) == 1:
            sims.append(1.0 if a[0] == b[0] else 0.0)
        else:
            sims.append(fuzz.ratio(a, b) / 100 if a[0] == b[0] else 0.0)
    return min(sims)


def phonetic(name: str) -> str:
    return " ".join(phonetic_tokens(name))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(link_config()["matcher"]["titles"])


def _best_token_sim(short: tuple[str, ...], long: tuple[str, ...]) -> float:
    """Mean over the tokens of ``short`` of the best Jaro-Winkler match in ``long``; an
    initial ("j") matches a token with that first letter."""
    if not short or not long:
        return 0.0
    total = 0.0
    for t in short:
        best = 0.0
        for u in long:
            if len(t) == 1 or len(u) == 1:
                sim = 0.9 if t[0] == u[0] else 0.0
            else:
                sim = JaroWinkler.similarity(t, u)
            best = max(best, sim)
        total += best
    return total / len(short)


def person_compatible(query: str, known: str) -> bool:
    """Whether a person name can be the known one: a bare surname can ("Trump" for Donald
    Trump), a fuller name with another given name cannot ("Melania Trump")."""
    q, k = phonetic_tokens(query), phonetic_tokens(known)
    if not q or not k:
        return False
    if len(q) == 1:
        return True
    if len(k) == 1:
        return False
    a, b = q[0], k[0]
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a != b and (a, b) in _gender_pairs(a, b):
        return False  # Martin / Martina, Daniel / Daniela, Simon / Simone: two people
    return JaroWinkler.similarity(a, b) >= 0.8


def _gender_pairs(a: str, b: str) -> set[tuple[str, str]]:
    return {(x, x + e) for x in (a, b) for e in ("a", "e")} | {(x + e, x) for x in (a, b) for e in ("a", "e")}


def same_surname(a: str, b: str, min_similarity: float = 0.9) -> bool:
    """Whether two person names end in the same surname, spelling variants allowed
    (Röttgen / Roettgen / Rötgen), so that "Florian Klein" is not "Florian Kainz" however
    alike the whole strings look."""
    pa, pb = phonetic_tokens(a), phonetic_tokens(b)
    if not pa or not pb:
        return False
    x, y = pa[-1], pb[-1]
    return x == y or (x[0] == y[0] and fuzz.ratio(x, y) / 100 >= min_similarity)


FEATURES = (
    "exact", "ratio", "token_set", "token_sort", "partial", "ph_exact", "ph_ratio", "ph_token_set",
    "last_jw", "first_initial", "best_tok", "best_tok_long", "len_ratio", "same_script", "tok_overlap",
)


def features(a: str, b: str) -> list[float]:
    ta, tb = tokens(a), tokens(b)
    pa, pb = phonetic_tokens(a), phonetic_tokens(b)
    na, nb = " ".join(ta), " ".join(tb)
    ja, jb = " ".join(pa), " ".join(pb)
    short, long = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    sa, sb = set(pa), set(pb)
    return [
        float(na == nb),
        fuzz.ratio(na, nb) / 100,
        fuzz.token_set_ratio(na, nb) / 100,
        fuzz.token_sort_ratio(na, nb) / 100,
        fuzz.partial_ratio(na, nb) / 100 if na and nb else 0.0,
        float(ja == jb),
        fuzz.ratio(ja, jb) / 100,
        fuzz.token_set_ratio(ja, jb) / 100,
        JaroWinkler.similarity(pa[-1], pb[-1]) if pa and pb else 0.0,
        float(bool(pa and pb) and pa[0][0] == pb[0][0]),
        _best_token_sim(short, long),
        _best_token_sim(long, short),
        min(len(ja), len(jb)) / max(len(ja), len(jb), 1),
        float(script_of(a) == script_of(b)),
        len(sa & sb) / max(len(sa | sb), 1),
    ]


class NameMatcher:
    """Logistic regression over ``features``: ``probability(a, b)`` that two strings name
    the same entity; ``threshold`` is the F1-optimal cut found on the training split."""

    def __init__(self, weights: list[float], bias: float, threshold: float = 0.5, meta: dict | None = None):
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.meta = meta or {}
        # (a, b) -> probability: an article compares the same two names at each of their mentions, and the corpus
        # linker the same pairs across articles (bench/README.md, round 28); the weights are fixed once made
        self._memo: dict[tuple[str, str], float] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> NameMatcher:
        path = path or kb_path(link_config()["matcher"]["weights"])
        d = json.loads(Path(path).read_text("utf-8"))
        if d.get("features") != list(FEATURES):
            raise ValueError(f"{path}: trained on other features; rerun training/names/train_matcher.py")
        return cls(d["weights"], d["bias"], d.get("threshold", 0.5), d.get("meta"))

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps({
            "features": list(FEATURES), "weights": self.weights, "bias": self.bias,
            "threshold": self.threshold, "meta": self.meta,
        }, indent=1) + "\n", "utf-8")

    def probability(self, a: str, b: str) -> float:
        p = self._memo.get((a, b))
        if p is None:
            z = self.bias + sum(w * x for w, x in zip(self.weights, features(a, b), strict=True))
            p = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
            if len(self._memo) >= 200_000:
                self._memo.clear()
            self._memo[(a, b)] = p
        return p

    def same(self, a: str, b: str) -> bool:
        return self.probability(a, b) >= self.threshold


@lru_cache(maxsize=1)
def matcher() -> NameMatcher:
    return NameMatcher.load()
