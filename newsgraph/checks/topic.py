"""Off-topic insertions: a coordinated phrase or a clause whose content words have nothing to
do with their sentence or the article ("… dauerhafter regionaler Stabilität und des
Klimawandels …" in a text about troops for Ukraine).

Every content word (noun or name with a topic vector, newsgraph/checks/vectors.py) gets its
fit to the article: the cosine between its vector and the weighted sum of all *other* words
of the article. Candidates are
- conjuncts: "und/oder/sowie + noun phrase", judged against the article and against the noun
  phrase it is coordinated with (natural conjuncts are alike: "Frankreich und Deutschland");
- comma clauses and parentheticals, judged by their best-fitting word against the article.
A word the rest of the article repeats (same stem) is on topic by definition.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .tagging import Tok
from .vectors import WordVectors, stem

_NP_INNER = {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "PDAT", "ADV"}
_CONJ = {"und", "oder", "sowie", "bzw.", "beziehungsweise"}
_CUT_TEXT = {"–", "—", ";", ":", "(", ")"}


@dataclass
class Segment:
    toks: list[Tok]
    kind: str  # "conjunct" or "clause"
    sibling: list[Tok] | None = None  # for a conjunct: the noun phrase it is coordinated with

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


@dataclass
class OffTopic:
    segment: Segment
    score: float  # fit to the article; lower is worse
    words: list[str]
    reason: str


def _np_after(toks: list[Tok], j: int) -> int | None:
    """End (exclusive) of a noun phrase starting at j: determiners/adjectives, a noun, an
    optional genitive attribute ("des laufenden Konflikts")."""
    while j < len(toks) and toks[j].tag in _NP_INNER:
        j += 1
    if j >= len(toks) or toks[j].tag not in ("NN", "NE"):
        return None
    j += 1
    while j < len(toks) and toks[j].tag == "NE":
        j += 1
    if j + 1 < len(toks) and toks[j].tag == "ART" and toks[j].lemma in ("der", "des"):
        k = j + 1
        while k < len(toks) and toks[k].tag == "ADJA":
            k += 1
        if k < len(toks) and toks[k].tag in ("NN", "NE"):
            return k + 1
    return j


def _np_before(toks: list[Tok], i: int) -> list[Tok]:
    """The noun phrase ending right before position i (the first conjunct)."""
    j = i - 1
    if j < 0 or toks[j].tag not in ("NN", "NE"):
        return []
    while j - 1 >= 0 and toks[j - 1].tag in ("NN", "NE", "ADJA", "ART", "CARD", "PPOSAT", "PIAT"):
        j -= 1
    return toks[j:i]


def segments(sents: list[list[Tok]]) -> list[Segment]:
    out: list[Segment] = []
    for toks in sents:
        # conjuncts
        for i, t in enumerate(toks):
            if t.tag == "KON" and t.text.lower() in _CONJ and i > 0:
                end = _np_after(toks, i + 1)
                first = _np_before(toks, i)
                if end is not None and first:
                    out.append(Segment(toks[i:end], "conjunct", first))
        # clauses: stretches between commas, dashes, brackets
        cur: list[Tok] = []
        for t in toks:
            if t.tag in ("$,", "$(", "$.") or t.text in _CUT_TEXT:
                if cur:
                    out.append(Segment(cur, "clause"))
                cur = []
            else:
                cur.append(t)
        if cur and len(cur) < len([t for t in toks if not t.is_punct]):
            out.append(Segment(cur, "clause"))
    return out


class ArticleTopic:
    """Leave-one-out fit of each content word to the article."""

    def __init__(self, sents: list[list[Tok]], vectors: WordVectors, stop: set[str]):
        self.word: dict[int, tuple[np.ndarray, float]] = {}  # token index in doc -> (vector, weight)
        keys: dict[str, int] = {}
        for toks in sents:
            for t in toks:
                if not t.is_noun or len(t.text) < 3 or t.ent == "PER":
                    continue
                k = t.key
                if k in stop:
                    continue
                keys[k] = keys.get(k, 0) + 1
                found = vectors.lookup(t.text)
                if found is not None:
                    self.word[t.i] = found
        self.key_count = keys
        self.n = len(self.word)
        dim = vectors.vectors.shape[1]
        self.total = sum((v * w for v, w in self.word.values()), np.zeros(dim, dtype=np.float32))

    def fit(self, toks: list[Tok]) -> list[tuple[Tok, float]]:
        """(token, cosine to the article without this segment) for the segment's known words."""
        known = [(t, self.word[t.i]) for t in toks if t.i in self.word]
        if not known:
            return []
        vs = np.stack([v for _, (v, _w) in known])
        ws = np.array([w for _, (_v, w) in known], dtype=np.float32)
        rest = self.total - (vs * ws[:, None]).sum(axis=0)
        rn = float(np.linalg.norm(rest))
        if rn == 0:
            return []
        sims = (vs @ rest) / rn
        return [(t, float(s)) for (t, _), s in zip(known, sims)]

    def repeated(self, toks: list[Tok]) -> bool:
        """Some content word of the segment comes up again elsewhere in the article."""
        own: dict[str, int] = {}
        for t in toks:
            if t.is_noun:
                own[t.key] = own.get(t.key, 0) + 1
        return any(self.key_count.get(k, 0) > c for k, c in own.items())

    def pair(self, a: list[Tok], b: list[Tok]) -> float | None:
        va = [self.word[t.i][0] for t in a if t.i in self.word]
        vb = [self.word[t.i][0] for t in b if t.i in self.word]
        if not va or not vb:
            return None
        sa, sb = np.sum(va, axis=0), np.sum(vb, axis=0)
        d = float(np.linalg.norm(sa) * np.linalg.norm(sb))
        return float(sa @ sb) / d if d else None


def conjunct_score(topic: ArticleTopic, seg: Segment, cfg: dict, best: float | None = None) -> tuple[float, float]:
    """(fit, similarity to the sibling) of a conjunct: the mean of its best word's fit to the article
    and its similarity to the phrase it is coordinated with (the article fit where that is unknown)."""
    if best is None:
        best = max(f for _, f in topic.fit(seg.toks))
    sib = topic.pair(seg.toks, seg.sibling or [])
    sib_v = sib if sib is not None else best
    w = cfg.get("conjunct_article_weight", 0.5)
    return w * best + (1 - w) * sib_v, sib_v


def article_topic(sents: list[list[Tok]], vectors: WordVectors, cfg: dict) -> ArticleTopic:
    return ArticleTopic(sents, vectors, {stem(w) for w in cfg.get("generic_words", [])})


def off_topic(sents: list[list[Tok]], topic: ArticleTopic, cfg: dict) -> list[OffTopic]:
    if topic.n < cfg.get("min_article_words", 12):
        return []
    out: list[OffTopic] = []
    taken: list[tuple[int, int]] = []
    for seg in segments(sents):
        if any(s < seg.end and seg.start < e for s, e in taken):
            continue
        fits = topic.fit(seg.toks)
        if not fits or topic.repeated(seg.toks):
            continue
        best = max(f for _, f in fits)
        words = [t.text for t, _ in fits]
        if seg.kind == "conjunct":
            score, sib_v = conjunct_score(topic, seg, cfg, best)
            if score < cfg.get("max_conjunct_fit", 0.2):
                sib_text = " ".join(t.text for t in seg.sibling or [])
                out.append(OffTopic(seg, score, words,
                                    f"'{' '.join(words)}' is coordinated with '{sib_text}' but fits neither it "
                                    f"(similarity {sib_v:.2f}) nor the article ({best:.2f})"))
                taken.append((seg.start, seg.end))
        else:
            if not cfg.get("check_clauses", False) or len(fits) < cfg.get("min_clause_words", 1):
                continue
            # a clause is judged by its best word: one on-topic word makes it fit
            if best < cfg.get("max_clause_fit", 0.1):
                out.append(OffTopic(seg, best, words,
                                    f"'{', '.join(words[:4])}' is unrelated to the rest of the article "
                                    f"(best topic fit {best:.2f})"))
                taken.append((seg.start, seg.end))
    return out
