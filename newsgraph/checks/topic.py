"""Off-topic clauses: a clause or coordinated phrase whose content words have nothing to do
with the rest of the article ("… regionaler Stabilität und des Klimawandels …" in a text
about troops for Ukraine).

Content words (noun lemmas, compound heads) get vectors from a small LSA model trained on
German news (models/checks_de, training/checks/build_model.py). Each sentence is cut into
segments at commas, dashes and coordinating conjunctions; a segment is off-topic when the
cosine between its vector and the vector of the rest of the article is low, both absolutely
and relative to the article's other segments.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .tagging import Tok

_CUT_TAGS = {"$,", "$(", "KON"}
_STOP_LEMMAS = {"jahr", "prozent", "mal", "uhr", "tag", "woche", "monat", "zeit", "teil", "ende", "anfang",
                "million", "milliarde", "euro", "dollar", "mensch", "leute", "frau", "herr", "art", "weise",
                "fall", "seite", "grund", "ziel", "frage", "angabe", "bericht", "sprecher", "sprecherin"}


def content_keys(toks: list[Tok]) -> list[str]:
    keys = []
    for t in toks:
        if t.tag == "NN" and len(t.lemma) > 2 and t.lemma not in _STOP_LEMMAS:
            keys.append(t.lemma)
            if len(t.parts) > 1 and t.head != t.lemma and t.head not in _STOP_LEMMAS:
                keys.append(t.head)
        elif t.tag == "NE" and len(t.lemma) > 1:
            keys.append(t.lemma)
    return keys


class TopicModel:
    def __init__(self, directory: Path):
        meta = json.loads((directory / "topic_vocab.json").read_text("utf-8"))
        self.index = {w: i for i, w in enumerate(meta["vocab"])}
        self.idf = np.asarray(meta["idf"], dtype=np.float32)
        self.vectors = np.load(directory / "topic_vectors.npy").astype(np.float32)

    def word(self, t: Tok) -> int | None:
        for k in (t.lemma, t.head):
            i = self.index.get(k)
            if i is not None:
                return i
        return None

    def centroid(self, ids: list[int]) -> np.ndarray | None:
        if not ids:
            return None
        v = (self.vectors[ids] * self.idf[ids, None]).sum(axis=0)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else None


@lru_cache(maxsize=4)
def load_model(directory: str) -> TopicModel | None:
    p = Path(directory)
    if not (p / "topic_vocab.json").exists():
        return None
    return TopicModel(p)


@dataclass
class Segment:
    toks: list[Tok]
    sent: int

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


def segments(sents: list[list[Tok]]) -> list[Segment]:
    """Cut sentences at commas, brackets, dashes and coordinating conjunctions; the conjunction
    stays with the segment it opens ("und des Klimawandels")."""
    out = []
    for si, toks in enumerate(sents):
        cur: list[Tok] = []
        for t in toks:
            if t.tag in _CUT_TAGS or t.text in ("–", "—", ";", ":"):
                if cur:
                    out.append(Segment(cur, si))
                cur = [t] if t.tag == "KON" else []
            elif t.tag == "$.":
                continue
            else:
                cur.append(t)
        if cur:
            out.append(Segment(cur, si))
    return [part for seg in out for part in _split_coordinated_np(seg)]


def _split_coordinated_np(seg: Segment) -> list[Segment]:
    """"und des Klimawandels von entscheidender Bedeutung seien" -> the coordinated NP alone,
    then the rest: an inserted conjunct is judged without the words it was pushed in front of."""
    toks = seg.toks
    if not toks or toks[0].tag != "KON":
        return [seg]
    j = 1
    while j < len(toks) and toks[j].tag in ("ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV"):
        j += 1
    if j >= len(toks) or toks[j].tag not in ("NN", "NE"):
        return [seg]
    j += 1
    if j < len(toks) and toks[j].tag == "ART" and j + 1 < len(toks) and toks[j + 1].tag in ("NN", "NE"):
        j += 2  # genitive attribute
    if j >= len(toks):
        return [seg]
    return [Segment(toks[:j], seg.sent), Segment(toks[j:], seg.sent)]


@dataclass
class OffTopic:
    segment: Segment
    similarity: float
    words: list[str]


def off_topic(sents: list[list[Tok]], model: TopicModel, cfg: dict) -> list[OffTopic]:
    segs = segments(sents)
    seg_ids = []
    for s in segs:
        ids = []
        for t in s.toks:
            if t.tag in ("NN", "NE") and t.lemma not in _STOP_LEMMAS and len(t.lemma) > 2:
                i = model.word(t)
                if i is not None:
                    ids.append(i)
        seg_ids.append(ids)
    all_ids = [i for ids in seg_ids for i in ids]
    if len(all_ids) < cfg.get("min_article_words", 12):
        return []
    total = (model.vectors[all_ids] * model.idf[all_ids, None]).sum(axis=0)
    sims = []
    for ids in seg_ids:
        if len(ids) < cfg.get("min_content_words", 1):
            sims.append(None)
            continue
        own = (model.vectors[ids] * model.idf[ids, None]).sum(axis=0)
        rest = total - own
        seg_v = model.centroid(ids)
        rn = float(np.linalg.norm(rest))
        if seg_v is None or rn == 0:
            sims.append(None)
            continue
        # a segment is judged by its best-fitting word, so one off-topic noun among on-topic ones does not count
        word_sims = [float(model.vectors[i] @ rest) / rn for i in ids]
        sims.append(max(word_sims))
    # a word the rest of the article repeats (same lemma or compound head) is on topic by definition
    all_keys = [(k, t.lemma, t.head) for k, seg in enumerate(segs) for t in seg.toks if t.tag in ("NN", "NE")]
    for k in range(len(segs)):
        own = {(lem, head) for kk, lem, head in all_keys if kk == k}
        rest = {x for kk, lem, head in all_keys if kk != k for x in (lem, head)}
        if any(lem in rest or head in rest for lem, head in own):
            sims[k] = None
    known = [s for s in sims if s is not None]
    if not known:
        return []
    median = float(np.median(known))
    out = []
    for seg, sim in zip(segs, sims):
        if sim is None:
            continue
        if sim < cfg.get("max_segment_similarity", 0.05) and sim < cfg.get("max_relative", 0.35) * median:
            words = [t.text for t in seg.toks if t.tag in ("NN", "NE")]
            out.append(OffTopic(seg, sim, words))
    return out
