"""A small BiLSTM tagger over floret vectors and a character CNN, as a third opinion beside the
spaCy NER and the feature CRF, run in numpy.

It is trained with torch (training/ner/train_lstm.py, the ``train`` extra) and exported as an npz of
weights, so the default install needs no torch: the forward pass below is the same network in
numpy (newsgraph/nlp/bilstm.py, shared with the quotation taggers' opinion), batched over the
sentences of a doc. Per token the input is the word's floret vector, a
character CNN over its characters, a short-shape embedding and a few list flags (the CRF's own
resources: HanTa's reading, given names, organisation names, gazetteer places and the B/I of the
longest gazetteer match, capitalisation after a sentence start); everything that depends on the
word form alone is computed once per form and cached. Its spans merge into the doc's entities as
the CRF's do (``ner_crf.merge``: override where every tag of a span has a probability of at least
``threshold``, fill gaps from ``fill_threshold``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .bilstm import MAX_CHARS, Tagger, char_row  # noqa: F401  (MAX_CHARS, Tagger: the training script and tests import them from here)
from .ner_crf import DIR as CRF_DIR
from .ner_crf import bio_spans, load_features, merge, short_shape

DIR = "lstm"
MODEL = "model.npz"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
HANTA_CLASSES = ("low", "unk", "none", "NE", "NN", "ADJ", "V", "other", "NN~NE", "ADJ~NE", "V~NE", "other~NE")
# Per-form flags, then the context flags set per position.
N_WORD_FLAGS = 7 + len(HANTA_CLASSES)
N_FLAGS = N_WORD_FLAGS + 3


class Encoder:
    """Token inputs of the tagger: (dense part [floret | flags], char ids, shape id)."""

    def __init__(self, crf_dir: Path, vectors, chars: list[str], shapes: list[str]):
        self.feats = load_features(crf_dir)
        self.vectors = vectors
        self.char_ids = {c: i for i, c in enumerate(chars)}
        self.shape_ids = {s: i for i, s in enumerate(shapes)}
        self.chars = chars
        self.shapes = shapes
        self._cache: dict[str, tuple[np.ndarray, np.ndarray, int]] = {}
        self.max_cache = 200_000
        self._hanta_ix = {c: i for i, c in enumerate(HANTA_CLASSES)}

    def _char_row(self, w: str) -> np.ndarray:
        return char_row(w, self.char_ids)

    def _flags(self, w: str) -> np.ndarray:
        f = np.zeros(N_WORD_FLAGS, dtype="float32")
        F = self.feats
        f[0] = w[:1].isupper()
        f[1] = w.isupper() and len(w) > 1
        f[2] = any(c.isdigit() for c in w)
        f[3] = "-" in w
        f[4] = w in F.given
        f[5] = w in F.orgs
        f[6] = w in F.place_words or (w.endswith("s") and w[:-1] in F.place_words)
        hc = F.hanta.get(w, "unk") if w[:1].isupper() else "low"
        f[7 + self._hanta_ix.get(hc, 1)] = 1.0
        return f

    def words(self, words: list[str]) -> None:
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if not new:
            return
        if len(self._cache) + len(new) > self.max_cache:
            self._cache.clear()
        if self.vectors is not None:
            vec = np.asarray(self.vectors.get_batch(new), dtype="float32")
            norm = np.linalg.norm(vec, axis=1, keepdims=True)
            vec = vec / np.where(norm == 0, 1, norm)
        else:
            vec = np.zeros((len(new), 64), dtype="float32")
        for w, v in zip(new, vec, strict=True):
            self._cache[w] = (np.concatenate([v, self._flags(w)]), self._char_row(w),
                              self.shape_ids.get(short_shape(w), 1))

    def sentence(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        self.words(words)
        rows = [self._cache[w] for w in words]
        dense = np.stack([r[0] for r in rows])
        ctx = np.zeros((len(words), 3), dtype="float32")
        for i, g in enumerate(self.feats._places(words)):
            if g:
                ctx[i, 0 if g == "gazB" else 1] = 1.0
        from .ner_crf import _STARTERS

        for i, w in enumerate(words):
            ctx[i, 2] = w[:1].isupper() and (i == 0 or words[i - 1] in _STARTERS)
        return (np.concatenate([dense, ctx], axis=1), np.stack([r[1] for r in rows]),
                np.array([r[2] for r in rows], dtype="int32"))


def decode(p: np.ndarray) -> tuple[list[tuple[int, int, str]], list[float]]:
    """Spans of the argmax tags and, for each, the lowest probability of its tags."""
    best = p.argmax(axis=1)
    tags = [TAGS[i] for i in best]
    spans = bio_spans(tags)
    conf = [float(p[np.arange(a, b), best[a:b]].min()) for a, b, _ in spans]
    return spans, conf


def load(path: Path, vectors) -> tuple[Encoder, Tagger]:
    path = Path(path)
    tagger = Tagger(path / MODEL)
    enc = Encoder(path.parent / CRF_DIR, vectors, tagger.meta["chars"], tagger.meta["shapes"])
    return enc, tagger


class NerLstm:
    def __init__(self, nlp: Language, path: str, mode: str = "override", threshold: float = 0.9,
                 fill_threshold: float = 0.0, keep_longer: bool = True, batch: int = 128):
        self.enc, self.tagger = load(Path(path), nlp.vocab.vectors if nlp.vocab.vectors.size else None)
        self.mode = mode
        self.threshold = threshold
        self.fill_threshold = fill_threshold
        self.keep_longer = keep_longer
        self.batch = batch

    def _spans(self, doc: Doc):
        sents = []
        for sent in (doc.sents if doc.has_annotation("SENT_START") else [doc[:]]):
            toks = [t.i for t in sent if not t.is_space]
            if toks:
                sents.append(toks)
        return sents

    def _apply(self, doc: Doc, sents: list[list[int]], probs: list[np.ndarray]) -> Doc:
        spans, conf = [], []
        for toks, p in zip(sents, probs, strict=True):
            sp, cf = decode(p)
            spans += [(toks[a], toks[b - 1] + 1, lab) for a, b, lab in sp]
            conf += cf
        if not spans:
            return doc
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        new = merge(ents, spans, conf, self.mode, self.threshold, self.fill_threshold, self.keep_longer)
        if new != ents:
            doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in new]
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def _run(self, docs: list[Doc]):
        # Sentences of several docs in one pass, sorted by length so the padded batches stay short:
        # the recurrent steps cost per call, not per sentence.
        sents = [(d, toks) for d, doc in enumerate(docs) for toks in self._spans(doc)]
        words = [[docs[d][i].text for i in toks] for d, toks in sents]
        order = sorted(range(len(sents)), key=lambda i: len(words[i]))
        probs: list[np.ndarray | None] = [None] * len(sents)
        for s in range(0, len(order), self.batch):
            idx = order[s:s + self.batch]
            for j, p in zip(idx, self.tagger.probs([self.enc.sentence(words[j]) for j in idx]), strict=True):
                probs[j] = p
        for d, doc in enumerate(docs):
            mine = [j for j, (dd, _) in enumerate(sents) if dd == d]
            yield self._apply(doc, [sents[j][1] for j in mine], [probs[j] for j in mine])

    def pipe(self, docs, batch_size: int = 16):
        for buf in minibatch(docs, size=batch_size):
            yield from self._run(list(buf))


@Language.factory("newsgraph_ner_lstm",
                  default_config={"path": "", "mode": "override", "threshold": 0.9, "fill_threshold": 0.0,
                                  "keep_longer": True, "batch": 128})
def make_ner_lstm(nlp: Language, name: str, path: str, mode: str, threshold: float, fill_threshold: float,
                  keep_longer: bool, batch: int) -> NerLstm:
    return NerLstm(nlp, path, mode, threshold, fill_threshold, keep_longer, batch)
