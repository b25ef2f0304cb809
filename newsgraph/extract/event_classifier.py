"""Event-type classifier: a linear model over trigger-lexicon and word features.

The lexicon (config/events.toml) finds candidate triggers; this model decides which PLOVER
type the sentence's main event has (or NONE). Lexicon features are named by PLOVER type,
so they are shared across languages: English PLOVER gold teaches German sentences whose
trigger the lexicon maps to the same type. Words and 5-letter stems add what a trigger alone
cannot say ("Angriff" on a computer network is still ASSAULT, "untersagt" by a court is a
SANCTION, by a state of emergency COERCE).

Runtime needs only numpy: the model is stored as JSON (classes, intercepts and one weight
vector per feature), written by ``training/events/train_type.py``.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..config import models_dir
from .event_lexicon import plover2016

WORD = re.compile(r"\w+")
NONE = "NONE"
# feature scales, chosen by cross-validation (models/events_type/MODEL_CARD.md): with a few
# hundred sentences the words must not drown the lexicon's answer
RULE_WEIGHT = 3.0
WORD_WEIGHT = 0.3
# cross-lingual word features ("x|w:<english word>", German words through the Ding word map
# newsgraph/data/event_triggers/de_en_words.tsv): off unless a model is trained with them
XLING = False
XLING_FILE = Path(__file__).resolve().parent.parent / "data" / "event_triggers" / "de_en_words.tsv"


@lru_cache(maxsize=1)
def _de_en() -> dict[str, tuple[str, ...]]:
    out = {}
    for line in XLING_FILE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            w, e = line.split("\t")
            out[w] = tuple(e.split())
    return out


def coded_type(etype: str, modality: str, lang: str) -> str:
    """The label our gold gives this lexicon type: English gold is PLOVER 2016 (intent coded
    by direction), German gold PLOVER 2.x (type kept, intent in the modality)."""
    return plover2016(etype, modality) if lang == "en" else etype


def features(sentence: str, lang: str, hits: list, modalities: list[str]) -> dict[str, float]:
    """Sparse features of one sentence.

    ``hits`` are lexicon trigger hits (objects with ``type``, ``text``, ``start``) in
    sentence order, ``modalities`` the modality class of each hit ("happened", "planned"...).
    """
    f: dict[str, float] = {}
    if not hits:
        f["nohit"] = 1.0
    else:
        # what the lexicon rule alone would answer (first trigger; in English coded the
        # PLOVER 2016 way): a strong prior the words may overrule
        f[f"rule:{coded_type(hits[0].type, modalities[0], lang)}"] = RULE_WEIGHT
    for k, (h, mod) in enumerate(zip(hits, modalities)):
        f[f"lex:{h.type}"] = f.get(f"lex:{h.type}", 0.0) + 1.0
        # the lexicon ranks nothing, but the first trigger is most often the main event
        if k == 0:
            f[f"lexfirst:{h.type}"] = 1.0
        if k == len(hits) - 1:
            f[f"lexlast:{h.type}"] = 1.0
        f[f"lexmod:{h.type}|{mod}"] = 1.0
        # PLOVER 2016 (English gold) codes intent by direction; our German gold does not
        f[f"{lang}|lexmod:{h.type}|{mod}"] = 1.0
        f[f"{lang}|trig:{h.text.lower()}"] = 1.0
    f[f"lang:{lang}"] = 1.0
    f[f"nhits:{min(len(hits), 3)}"] = 1.0
    for w in WORD.findall(sentence.lower()):
        if w.isdigit():
            continue
        f[f"{lang}|w:{w}"] = WORD_WEIGHT
        if XLING:
            for e in ((w,) if lang == "en" else _de_en().get(w, ())):
                f[f"x|w:{e}"] = WORD_WEIGHT
        if len(w) > 5:
            f[f"{lang}|s:{w[:5]}"] = WORD_WEIGHT
    return f


# the hit ranker's view of a trigger's neighbourhood (English): words, a reporting verb before
# or after it (PLOVER codes the reported act, not the report)
_HIT_WORD = re.compile(r"[A-Za-z'-]+")
_SAY = re.compile(r"\b(?:said|says|announced|reported|told|stated|according|claimed|added)\b", re.IGNORECASE)
_ARTICLE = {"a", "an", "the", "its", "his", "their"}


def hit_features(sentence: str, lang: str, hits: list, modalities: list[str], k: int) -> dict[str, float]:
    """Features of the k-th lexicon hit as a candidate for the sentence's main event: its coded
    type and trigger, its place among the hits, the words around it, whether it is a noun
    after an article or a verb form, and the other hits' types. The sentence model knows which
    types the sentence is about; this says which trigger carries the coded event (PLOVER
    codes "urged ... to support" as REQUEST, "imposed sanctions" as SANCTION)."""
    h, mod = hits[k], modalities[k]
    ct = coded_type(h.type, mod, lang)
    trig = h.text.lower()
    before = _HIT_WORD.findall(sentence[:h.start].lower())
    after = _HIT_WORD.findall(sentence[h.end:].lower())
    f = {f"ct:{ct}": 1.0, f"t:{h.type}|{mod}": 1.0, f"trig:{trig}|{ct}": 1.0, f"trigw:{trig}": 1.0,
         f"pos:{min(k, 3)}": 1.0, f"nh:{min(len(hits), 4)}": 1.0,
         f"relpos:{min(4, int(5 * h.start / max(1, len(sentence))))}": 1.0, f"nwb:{min(len(before), 12) // 3}": 1.0}
    if k == len(hits) - 1:
        f["last"] = 1.0
    if before:
        f[f"p1:{before[-1]}"] = 1.0
        if before[-1] == "to":
            f["prevto"] = 1.0
        if before[-1] in _ARTICLE:
            f["noun"] = 1.0
    if len(before) > 1:
        f[f"p2:{before[-2]}"] = 1.0
    if after:
        f[f"n1:{after[0]}"] = 1.0
    if trig.endswith(("ed", "ing")):
        f["verbish"] = 1.0
    if _SAY.search(sentence, 0, h.start):
        f["aftersay"] = 1.0
    if _SAY.search(sentence, h.end):
        f["beforesay"] = 1.0
    for j, o in enumerate(hits):
        if j != k:
            f[f"other:{coded_type(o.type, modalities[j], lang)}|{ct}"] = 1.0
    return f


class HitRanker:
    """P(this hit is the coded main event | hit features): binary logistic regression, trained on
    PLOVER's hits (positive: the hit's coded type is the gold type) by train_type.py."""

    def __init__(self, data: dict) -> None:
        self.langs = set(data["langs"])
        self.intercept: float = data["intercept"]
        self.weights: dict[str, float] = data["weights"]
        self.weight: float = data.get("weight", 1.0)  # its log-probability's weight next to the sentence model's

    def proba(self, feats: dict[str, float]) -> float:
        z = self.intercept
        w = self.weights
        for name, val in feats.items():
            wi = w.get(name)
            if wi is not None:
                z += wi * val
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 1e-13


class TypeClassifier:
    def __init__(self, data: dict) -> None:
        self.classes: list[str] = data["classes"]
        self.intercept: list[float] = data["intercept"]
        self.weights: dict[str, list[float]] = data["weights"]
        self.ranker: HitRanker | None = HitRanker(data["ranker"]) if data.get("ranker") else None
        # the weights as rows of one matrix (the intercept first): a sentence's scores are a sum of its features'
        # rows in one reduction instead of a Python loop over the classes per feature
        self._row = {name: k + 1 for k, name in enumerate(self.weights)}
        self._mat = np.array([self.intercept, *self.weights.values()], dtype=np.float64).reshape(-1, len(self.classes))

    @classmethod
    def load(cls, path: Path) -> TypeClassifier:
        return cls(json.loads(path.read_text("utf-8")))

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        rows, vals = [0], [1.0]
        row = self._row
        for name, val in feats.items():
            k = row.get(name)
            if k is not None:
                rows.append(k)
                vals.append(val)
        # reduced along the first axis, row after row in feature order: the same float additions, in the
        # same order, as adding each feature's products to the intercept in turn
        scores = np.add.reduce(self._mat[rows] * np.array(vals, dtype=np.float64)[:, None], axis=0).tolist()
        m = max(scores)
        exp = [math.exp(s - m) for s in scores]
        z = sum(exp)
        return {c: e / z for c, e in zip(self.classes, exp)}


@lru_cache(maxsize=2)
def classifier(path: str | None = None) -> TypeClassifier | None:
    """The shipped model, or None (lexicon-only extraction) when it is not there."""
    p = Path(path) if path else models_dir() / "events_type" / "model.json"
    return TypeClassifier.load(p) if p.exists() else None
