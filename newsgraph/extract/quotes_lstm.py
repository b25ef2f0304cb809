"""A BiLSTM's opinion on quote spans, as features of the quotation CRFs (``[model] lstm_opinion``).

The CRFs see a ±3 token window and sentence flags; a small bidirectional LSTM over each sentence
sees all of it at once. Per token its input is the floret vector of the word form (the pipeline's
vectors, the NER's), a character CNN and short-shape embedding, and flags from the parse and the
lexicons: UPOS, dependency label, Mood=Sub, the relation to the nearest speech verb
(quotes_features ``Tok.speech``), inside quotation marks, cue word, Konjunktiv word. Its tags are
message B/I, cue and speaker (``TAGS``); each token's probabilities, bucketed, become CRF features
(quotes_features ``Featurizer``). The network is trained with torch (training/quotes/train_lstm.py)
and run in numpy by newsgraph/nlp/bilstm.py, the forward pass the NER's BiLSTM uses too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from ..nlp.bilstm import Tagger, char_row
from ..nlp.ner_crf import short_shape
from .quotes_features import Tok, lexicon, quote_depth

TAGS = ("O", "B-MSG", "I-MSG", "CUE", "SPK")
UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X")
DEPS = ("ROOT", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "advmod", "ccomp", "parataxis", "advcl",
        "acl", "xcomp", "csubj", "conj", "cc", "mark", "punct", "aux", "aux:pass", "cop", "det", "amod", "nmod",
        "appos", "flat", "compound:prt", "expl", "case", "nummod")
SPEECH = ("V", "nsubj", "ccomp", "parataxis", "obl", "advcl", "-")
N_FLAGS = len(UPOS) + len(DEPS) + 1 + len(SPEECH) + 1 + 6
# probability bucket edges of the CRF features: coarse enough that each bucket has many train tokens
EDGES = np.array([0.1, 0.3, 0.5, 0.7, 0.9])


class Encoder:
    """Token inputs of one sentence: (dense [floret | flags], char ids, shape ids)."""

    def __init__(self, chars: list[str], shapes: list[str]):
        self.char_ids = {c: i for i, c in enumerate(chars)}
        self.shape_ids = {s: i for i, s in enumerate(shapes)}
        self._cache: dict[str, tuple[np.ndarray, np.ndarray, int]] = {}
        self._upos = {p: i for i, p in enumerate(UPOS)}
        self._deps = {d: i for i, d in enumerate(DEPS)}
        self._speech = {s: i for i, s in enumerate(SPEECH)}

    def words(self, words: list[str], vectors) -> None:
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if not new:
            return
        if len(self._cache) + len(new) > 200_000:
            self._cache.clear()
        if vectors is not None:
            vec = np.asarray(vectors.get_batch(new), dtype="float32")
            norm = np.linalg.norm(vec, axis=1, keepdims=True)
            vec = vec / np.where(norm == 0, 1, norm)
        else:
            vec = np.zeros((len(new), 64), dtype="float32")
        for w, v in zip(new, vec, strict=True):
            self._cache[w] = (v, char_row(w, self.char_ids), self.shape_ids.get(short_shape(w), 1))

    def sentence(self, toks: list[Tok], deps: list[str], inq: list[int], cue: list[bool], subj: list[bool],
                 vectors) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        words = [t.text for t in toks]
        self.words(words, vectors)
        rows = [self._cache[w] for w in words]
        n = len(toks)
        flags = np.zeros((n, N_FLAGS), dtype="float32")
        o1 = len(UPOS)
        o2 = o1 + len(DEPS) + 1
        o3 = o2 + len(SPEECH) + 1
        for k, t in enumerate(toks):
            p = self._upos.get(t.pos)
            if p is not None:
                flags[k, p] = 1.0
            flags[k, o1 + self._deps.get(deps[k], len(DEPS))] = 1.0
            if t.speech:
                flags[k, o2 + self._speech.get(t.speech, len(SPEECH))] = 1.0
            flags[k, o3:] = (t.mood_sub, inq[k], cue[k], subj[k], t.is_sent_start, t.text in (",", ":"))
        dense = np.concatenate([np.stack([r[0] for r in rows]), flags], axis=1)
        return dense, np.stack([r[1] for r in rows]), np.array([r[2] for r in rows], dtype="int32")


@lru_cache(maxsize=4)
def load(path: str) -> tuple[Encoder, Tagger]:
    tagger = Tagger(Path(path))
    return Encoder(tagger.meta["chars"], tagger.meta["shapes"]), tagger


def sentence_inputs(doc, toks: list[Tok], enc: Encoder, sents) -> tuple[list[list[int]], list]:
    """Token indices (into ``toks``) and encoded inputs of the given sentences of ``toks``."""
    lex = lexicon("de")
    inq = quote_depth(toks)
    low = [t.text.lower() for t in toks]
    strings = doc.vocab.strings
    dep_ids = doc.to_array("DEP") if doc.has_annotation("DEP") else None
    vectors = doc.vocab.vectors if doc.vocab.vectors.size else None
    subj_words = lex.subjunctive
    by_sent: dict[int, list[int]] = {}
    for k, t in enumerate(toks):
        if t.sent in sents:
            by_sent.setdefault(t.sent, []).append(k)
    idx = [by_sent[s] for s in sorted(by_sent)]
    out = []
    for ks in idx:
        ts = [toks[k] for k in ks]
        deps = [strings[int(dep_ids[t.i])] if dep_ids is not None and t.i >= 0 else "" for t in ts]
        out.append(enc.sentence(ts, deps, [inq[k] for k in ks], [lex.is_cue(low[k]) for k in ks],
                                [low[k] in subj_words or toks[k].mood_sub for k in ks], vectors))
    return idx, out


def probs(doc, toks: list[Tok], path: str, sents) -> tuple[list[list[int]], list[np.ndarray]]:
    """Per sentence of ``sents``: its token indices and the (n, len(TAGS)) tag probabilities."""
    enc, tagger = load(str(path))
    idx, inputs = sentence_inputs(doc, toks, enc, sents)
    return idx, tagger.probs(inputs) if inputs else []


def buckets(p: np.ndarray) -> np.ndarray:
    """(n, 4) bucket ids of P(message) = P(B)+P(I), P(B-MSG), P(CUE), P(SPK)."""
    cols = np.stack([p[:, 1] + p[:, 2], p[:, 1], p[:, 3], p[:, 4]], axis=1)
    return np.searchsorted(EDGES, cols, side="right")


def set_opinion(toks: list[Tok], idx: list[list[int]], ps: list[np.ndarray]) -> None:
    """Sets ``Tok.nn`` (the bucket ids) of the tokens of each sentence."""
    for ks, p in zip(idx, ps, strict=True):
        for k, b in zip(ks, buckets(p).tolist(), strict=True):
            toks[k].nn = tuple(b)


def set_opinion_flat(toks: list[Tok], p: np.ndarray) -> None:
    """Sets ``Tok.nn`` from (len(toks), len(TAGS)) probabilities (training: cross-fitted ones)."""
    for t, b in zip(toks, buckets(p).tolist(), strict=True):
        t.nn = tuple(b)


def doc_probs(doc, toks: list[Tok], path: str) -> np.ndarray:
    """(len(toks), len(TAGS)) probabilities over every sentence of the document."""
    out = np.zeros((len(toks), len(TAGS)), dtype="float32")
    for ks, p in zip(*probs(doc, toks, path, {t.sent for t in toks}), strict=True):
        out[ks] = p
    return out


def add_opinion(doc, toks: list[Tok], path: str, sents=None) -> None:
    """The opinion of the tagger at ``path`` on the sentences ``sents`` (default all) whose tokens
    have none yet."""
    todo = {t.sent for t in toks if t.nn is None and (sents is None or t.sent in sents)}
    if todo:
        set_opinion(toks, *probs(doc, toks, path, todo))
