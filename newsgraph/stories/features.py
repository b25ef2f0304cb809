"""What an article contributes to story matching: names (entity ids where the link stage
set them, else a spelling-independent key of capitalised words), content words, numbers and
dates. Names carry across German and English; content words only within a language."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache, reduce
from operator import add

import numpy as np

from ..config import models_dir
from ..model import Analysis

_WORD = re.compile(r"[^\W\d_][\w\-]*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])\d{2,}(?:[.,]\d+)*(?![\w])")
_STOP = set("""der die das den dem des ein eine einer eines einem einen und oder aber auch nicht noch nur schon
sich sie er es wir ihr ich man mit von für auf aus bei nach vor über unter zum zur im am an in zu als wie
dass wenn weil ob hat haben hatte hatten ist sind war waren wird werden wurde wurden sein seine seiner
the a an and or but not of to in on at by for with from as is are was were be been has have had it its
this that these those he she they we you i his her their our said says will would could should can may
about after before over into than then there here which who whom what when where why how all any some
mehr sehr bereits sowie diese dieser dieses jedoch laut soll sollen kann können muss müssen""".split())


@lru_cache(maxsize=200_000)
def name_key(word: str) -> str:
    """A spelling-independent key for a name: Selenskyj/Zelensky, Kiew/Kyiv, Wladimir/Vladimir
    collapse to the same consonant skeleton."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if not unicodedata.combining(c))
    w = re.sub(r"(?<=\w)s$", "", w) if len(w) > 5 else w  # genitive / plural s
    for a, b in (("sch", "sh"), ("tsch", "ch"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("z", "s"), ("c", "k"),
                 ("q", "k"), ("x", "ks"), ("j", ""), ("y", ""), ("h", "")):
        w = w.replace(a, b)
    w = re.sub(r"[aeiouäöü\-']", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=2)
def background_idf(rel: str) -> tuple[dict[str, float], float]:
    p = models_dir() / rel
    if not p.exists():
        return {}, 5.0
    meta = json.loads(p.read_text("utf-8"))
    idf = dict(zip(meta["vocab"], meta["idf"]))
    return idf, max(idf.values()) if idf else 5.0


@dataclass
class Features:
    article_id: str
    language: str
    outlet: str
    published: date | None
    names: dict[str, float] = field(default_factory=dict)  # key -> weight
    words: dict[str, float] = field(default_factory=dict)  # tf-idf, unit length
    numbers: set[str] = field(default_factory=set)
    title: str = ""

    # an article is compared with dozens of others: its name keys and their total once
    @cached_property
    def name_set(self) -> set[str]:
        return set(self.names)

    @cached_property
    def name_total(self) -> float:
        return sum(self.names.values())


def features(a: Analysis, idf_file: str) -> Features:
    art = a.article
    idf, max_idf = background_idf(idf_file)
    text = art.text
    names: Counter = Counter()
    for m in a.mentions:
        if m.entity_id:
            names[f"ent:{m.entity_id}"] += 1
        elif m.type in ("PER", "LOC", "ORG", "MISC"):
            for part in m.span.text.split():
                k = name_key(part)
                if len(k) >= 3:
                    names[k] += 1
    if a.mentions:
        # counted first and filtered after: the words keep their first-seen order (which the
        # cosine sums follow), at a fraction of the per-match loop's cost
        words: Counter = Counter(map(str.lower, _WORD.findall(text)))
        for lw in [lw for lw in words if lw in _STOP or len(lw) < 3]:
            del words[lw]
    else:
        starts = {s.span.start for s in a.sentences}
        words = Counter()
        for mt in _WORD.finditer(text):
            w = mt.group()
            lw = w.lower()
            if lw in _STOP or len(lw) < 3:
                continue
            words[lw] += 1
            # capitalised words that are not sentence-initial: names in English, names and nouns in German
            if w[:1].isupper() and mt.start() not in starts and (art.language != "de" or len(w) >= 4):
                k = name_key(w)
                if len(k) >= 3:
                    names[k] += 1
    for w in _WORD.finditer(art.title or ""):
        if w.group()[:1].isupper() and not a.mentions:
            k = name_key(w.group())
            if len(k) >= 3:
                names[k] += 1
    vec = {w: (1 + math.log(c)) * idf.get(w, max_idf) for w, c in words.items()}
    n = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    nums = set(_NUMBER.findall(text))
    nums |= {t.value for t in a.times if len(t.value) >= 7 and t.value[:4].isdigit()}
    return Features(art.id, art.language or "", art.outlet or "", art.published,
                    names={k: 1 + math.log(c) for k, c in names.items()},
                    words={w: v / n for w, v in vec.items()}, numbers=nums, title=art.title)


def name_overlap(a: Features, b: Features) -> tuple[float, int]:
    shared = a.name_set & b.name_set
    if not shared:
        return 0.0, 0
    num = sum(min(a.names[k], b.names[k]) for k in shared)
    den = min(a.name_total, b.name_total) or 1.0
    return min(1.0, num / den), len(shared)


def cosine(a: Features, b: Features) -> float:
    if len(a.words) > len(b.words):
        a, b = b, a
    return sum(v * b.words.get(w, 0.0) for w, v in a.words.items())


def similarity(a: Features, b: Features, cfg: dict, text: float | None = None) -> float:
    """``text``: ``cosine(a, b)`` when the caller has it already (``WordIndex``)."""
    names, n_shared = name_overlap(a, b)
    if a.language != b.language:
        text = 0.0
    elif text is None:
        text = cosine(a, b)
    nums = len(a.numbers & b.numbers) / max(1, min(len(a.numbers), len(b.numbers))) if a.numbers and b.numbers else 0.0
    if n_shared < cfg.get("min_names", 2) and text < cfg.get("min_text_alone", 0.45):
        return 0.0
    return cfg.get("weight_names", 0.55) * names + cfg.get("weight_text", 0.35) * text + cfg.get("weight_numbers", 0.1) * nums


class WordIndex:
    """Content words -> the indexed articles that have them, so that one article's cosine
    with every indexed one costs a pass over the words they share, not over all its words
    once per article (pairwise cosines were most of story clustering).

    The pass over the posting lists runs in numpy (a ``bincount`` over the concatenated
    lists: 4.6 million postings walked in Python for 1,178 undated articles were ~4 CPU s),
    and only says which articles to compare: its sums come in another order, so the cosine
    of every candidate is then summed again product by product in ``f``'s word order, as
    story clustering always summed it (ties between stories are decided on these scores)."""

    # candidates within float rounding of the bound are checked with the exact sum
    _MARGIN = 1e-9

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}  # word -> its posting list's number
        # word number -> the index numbers and the weights of the articles that have it, as
        # Python lists: appending to them costs a fraction of setting numpy items one by one, and
        # a query gathers them with list.extend before one conversion (numpy slices per word
        # were most of the search; bench/README.md, twenty-sixth round, late, s2)
        self.post_numbers: list[list[int]] = []
        self.post_weights: list[list[float]] = []
        self.words: list[dict[str, float]] = []  # index number -> the article's word weights
        self.name_postings: dict[str, list[int]] = {}
        self.size = 0

    def add(self, f: Features) -> int:
        """Index ``f``; returns its number for ``cosines``."""
        n = self.size
        self.size += 1
        self.words.append(f.words)
        ids, numbers, weights = self.ids, self.post_numbers, self.post_weights
        for w, v in f.words.items():
            i = ids.get(w)
            if i is None:
                ids[w] = len(numbers)
                numbers.append([n])
                weights.append([v])
            else:
                numbers[i].append(n)
                weights[i].append(v)
        for k in f.names:
            self.name_postings.setdefault(k, []).append(n)
        return n

    def shared_names(self, f: Features) -> dict[int, int]:
        """How many names ``f`` shares with each indexed article that shares one."""
        out: dict[int, int] = {}
        get = out.get
        for k in f.names:
            for n in self.name_postings.get(k, ()):
                out[n] = get(n, 0) + 1
        return out

    def candidates(self, f: Features, cfg: dict) -> tuple[set[int] | None, dict[int, float]]:
        """The indexed articles ``similarity`` can score above 0 with ``f`` (None: all of them),
        and the cosines with them: the rest have too few shared names and too little text in
        common, so most articles of a large store are never compared."""
        min_names, min_text = cfg.get("min_names", 2), cfg.get("min_text_alone", 0.45)
        if min_names <= 0 or min_text <= 0:
            return None, self.cosines(f, range(self.size))
        out = {n for n, k in self.shared_names(f).items() if k >= min_names}
        numbers, products = self._shared(f)
        if not len(numbers):
            return out, dict.fromkeys(out, 0.0)
        # which articles can reach ``min_text``: summed in any order, within rounding of it
        dots = np.bincount(numbers, weights=products, minlength=self.size)
        near = np.flatnonzero(dots >= min_text - self._MARGIN).tolist()
        cos = self._exact(numbers, products, out.union(near))
        out.update(n for n in near if cos[n] >= min_text)
        return out, cos

    def _shared(self, f: Features) -> tuple[np.ndarray, np.ndarray]:
        """For every word ``f`` shares with indexed articles, in ``f``'s word order, each such
        article's number and the product of the two weights."""
        nums: list[int] = []
        weights: list[float] = []
        scale, counts = [], []
        ids, post_numbers, post_weights = self.ids, self.post_numbers, self.post_weights
        for w, v in f.words.items():
            i = ids.get(w)
            if i is not None:
                p = post_numbers[i]
                nums.extend(p)
                weights.extend(post_weights[i])
                scale.append(v)
                counts.append(len(p))
        if not scale:
            return np.empty(0, dtype=np.int64), np.empty(0)
        # the same float64 products, element by element, as before
        return np.array(nums, dtype=np.int64), np.array(weights) * np.repeat(scale, counts)

    @staticmethod
    def _exact(numbers: np.ndarray, products: np.ndarray, wanted: set[int]) -> dict[int, float]:
        """The cosines with the ``wanted`` articles, each summed one product after the other in
        ``f``'s word order (a stable sort keeps that order within an article), as ``cosines``."""
        cos = dict.fromkeys(wanted, 0.0)
        if not wanted:
            return cos
        keep = np.isin(numbers, np.fromiter(wanted, dtype=np.int64, count=len(wanted)))
        nums, prods = numbers[keep], products[keep]
        order = np.argsort(nums, kind="stable")
        nums, prods = nums[order].tolist(), prods[order].tolist()
        start = 0
        for end in [*(np.flatnonzero(np.diff(nums)) + 1).tolist(), len(nums)]:
            # reduce: a plain left-to-right sum in every Python version (sum() compensates from 3.12)
            cos[nums[start]] = reduce(add, prods[start:end], 0.0)
            start = end
        return cos

    def cosines(self, f: Features, numbers) -> dict[int, float]:
        """``cosine(f, g)`` for the indexed ``g`` with these numbers, summed over the shared
        words in ``f``'s word order."""
        fw = f.words
        order = {w: i for i, w in enumerate(fw)}
        out: dict[int, float] = {}
        for n in numbers:
            g = self.words[n]
            c = 0.0
            for w in sorted(fw.keys() & g.keys(), key=order.__getitem__):
                c += fw[w] * g[w]
            out[n] = c
        return out
