"""HanTa's STTS tagger as a second opinion on our tagger's STTS tag (``tag_``) and UPOS (``pos_``).

Our tagger and morphologizer learnt from 1.7k GSD sentences; HanTa's HMM tagger was trained on
a large German treebank (never on GSD) and tags the same STTS set. On GSD, end to end, HanTa's
STTS tag is right more often than ours (fold A dev 0.943 against 0.914, fold B test 0.939
against 0.893; models/de_core/MODEL_CARD.md "HanTa second opinion"), so where our tagger or
morphologizer is unsure of a token (probability of its choice below ``threshold``), the token
takes HanTa's STTS tag, and its UPOS becomes the one GSD mostly gives that STTS tag
(``upos_map``) unless a learnt pair says our UPOS is the better one there (``keep_upos``: our
UPOS, the STTS tag, and whether the morphologizer was sure of the UPOS, learnt by
training/ud/hanta_second.py on the two folds' dumps). Settings: ``[hanta]`` in
config/mood.toml.

``scope = "finite"`` limits the changes to the finite-verb decision (our or HanTa's tag V*FIN),
which is what the Konjunktiv rules need and what downstream rules fit on our tags tolerate best.

Cost: the probabilities come from the tagger's and morphologizer's output layers on
``doc.tensor`` (the shared tok2vec's output, kept on the doc), so no second tok2vec pass;
HanTa tags only spans of ``window`` tokens around unsure ones, with its per-word analysis
cached, and (``context = "ours"``) the sure words of a span go in with our tag fixed, so HanTa's
lexicon analyses only the unsure ones. The component sits after the parser (segmentation and
parse are as before) and before the Konjunktiv rules.

Where the correction goes (``layer``): ``"corrected"`` (round 18) records it in the corrected layer
``Token._.upos`` / ``Token._.stts`` (newsgraph/nlp/corrected.py) and leaves ``tag_``, ``pos_`` and
``morph`` as the tagger set them, so every later component and stage, all fit on the tagger's tags,
reads exactly what it reads with the component off; ``"tags"`` writes it into ``tag_`` / ``pos_``
(and drops the features of the old word class), as rounds 16-17 measured it, for experiments that
re-fit the downstream models on the corrected tags (training/quotes/make_cache.py --hanta).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

import numpy
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.tokens import Doc
from spacy.util import minibatch

from ..config import PACKAGE_ROOT
from . import corrected
from .segment import _hanta, hanta_analysis

# HanTa's word tags are STTS with the verb/adjective subtype in brackets (VV(FIN)); a few names
# differ from GSD's STTS: PROAV is GSD's PAV, its NNA/NNI are nouns, "$" is "$(", and a fused
# preposition + article ("zum") is APPR_ART in our tagger (training/ud/convert.py merges GSD's
# multi-word tokens).
_RENAME = {"$": "$(", "PROAV": "PAV", "NNA": "NN", "NNI": "NN", "APPRART": "APPR_ART"}
_FINITE = ("VVFIN", "VAFIN", "VMFIN")
# closed word classes: never a verb, no lexicon look-up needed
_CLOSED = ("ART", "APPR", "APPR_ART", "APPO", "APZR", "KON", "KOUS", "KOUI", "KOKOM", "PPER", "PRF", "PRELS", "PRELAT",
           "PDS", "PDAT", "PIS", "PIAT", "PPOSAT", "PWS", "PWAT", "PWAV", "PTKNEG", "PTKZU", "PTKA", "PAV", "CARD",
           "$(", "$,", "$.")
_VERB_FEATS = ("VerbForm", "Mood", "Tense", "Person")
_UNKNOWN = 3  # HanTa's tag number for "no reading"
_ADJ_FEATS = ("Degree",)


def settings() -> dict:
    cfg = tomllib.loads((PACKAGE_ROOT / "config" / "mood.toml").read_text("utf-8"))
    return cfg.get("hanta", {})


def stts(tag: str) -> str:
    tag = tag.replace("(", "").replace(")", "")
    return _RENAME.get(tag, tag)


# A context word whose tag we trust is passed to HanTa as this prefix + HanTa's tag number: its
# emission is then that one tag, and HanTa spends no lexicon analysis on it.
_FIXED = "\x00fixed:"


@lru_cache(maxsize=1)
def _tagger():
    """HanTa with its per-word lexical analysis memoised (the sentence tagger recomputes it for
    every occurrence of a word outside HanTa's own list of frequent words) and the fixed-tag
    context words of ``_FIXED``."""
    tagger = _hanta()
    if tagger is None:
        return None
    word_tags = lru_cache(maxsize=200_000)(
        lambda w, cutoff, casesensitive, conditional: tuple(tagger.__class__._tag_word(
            tagger, w, cutoff=cutoff, casesensitive=casesensitive, conditional=conditional)))

    def tag_word(w, cutoff=5, casesensitive=True, conditional=False):
        if w.startswith(_FIXED):
            return [(int(w[len(_FIXED):]), 0.0)]
        return list(word_tags(w, cutoff, casesensitive, conditional))

    tagger._tag_word = tag_word
    return tagger


@lru_cache(maxsize=256)
def _hanta_number(tag: str) -> int | None:
    """HanTa's tag number of one of our STTS tags (VVFIN -> VV(FIN)), None if it has none."""
    tagger = _hanta()
    for k, v in _RENAME.items():
        if v == tag and k not in ("$", "NNA", "NNI"):
            tag = k
    if tag[:2] in ("VV", "VA", "VM") and len(tag) > 2:
        tag = f"{tag[:2]}({tag[2:]})"
    elif tag in ("ADJA", "ADJD"):
        tag = f"ADJ({tag[3]})"
    return tagger.tag2int.get(tag) if tagger is not None else None


def _softmax(x) -> numpy.ndarray:
    x = numpy.asarray(x)
    e = numpy.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class HantaTags:
    def __init__(self, nlp: Language, threshold: float, upos_map: dict, keep_upos: list[str],
                 sure_upos: float = 0.95, scope: str = "all", window: int = 0, context: str = "hanta",
                 upos_pairs: list[str] | None = None, skip_pairs: list[str] | None = None,
                 layer: str = "corrected"):
        if layer not in ("corrected", "tags"):
            raise ValueError(f"[hanta] layer must be 'corrected' or 'tags', not {layer!r}")
        self.nlp = nlp
        self.layer = layer
        # changes "OUR NEW" (UPOS before and after; "VERB VERB": a tag change within VERB) allowed (empty: all)
        # and refused: downstream rules and models key on some of our tags
        self.pairs = {tuple(k.split()) for k in upos_pairs or []}
        self.skip = {tuple(k.split()) for k in skip_pairs or []}
        self._from = {a for a, _ in self.pairs}
        self.context = context
        self._unsure_now: set[int] = set()
        self.scope = scope
        self.window = window
        self.threshold = threshold
        self.sure_upos = sure_upos
        self.upos_map = dict(upos_map)
        self.keep = {tuple(k.split()) for k in keep_upos}
        self._labels = None
        self._pos_cols = None  # (upos_names, column of each UPOS id in the morphologizer's UPOS probabilities)

    def _setup(self):
        if self._labels is None:
            tagger = self.nlp.get_pipe("tagger")
            morph = self.nlp.get_pipe("morphologizer")
            pos = [dict(f.split("=", 1) for f in lab.split("|") if "=" in f).get("POS", "") for lab in morph.labels]
            names = sorted(set(pos))
            onehot = numpy.zeros((len(pos), len(names)))
            onehot[numpy.arange(len(pos)), [names.index(p) for p in pos]] = 1.0
            self._labels = (list(tagger.labels), set(tagger.labels), names, onehot)
        return self._labels

    def _probs(self, docs: list[Doc]):
        _, _, upos_names, onehot = self._setup()
        tp = self.nlp.get_pipe("tagger").model.predict(docs)
        mp = self.nlp.get_pipe("morphologizer").model.predict(docs)
        out = []
        for doc, t, m in zip(docs, tp, mp, strict=True):
            if not len(doc):
                out.append(None)
                continue
            # the morphologizer's labels are UPOS + features: a UPOS's probability is their sum
            out.append((_softmax(t).max(axis=1), _softmax(m) @ onehot, upos_names))
        return out

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size: int = 32):
        for batch in minibatch(docs, size=batch_size):
            yield from self._batch(list(batch))

    def _batch(self, docs: list[Doc]):
        tagger = _tagger()
        if tagger is None or not docs or "tagger" not in self.nlp.pipe_names:
            yield from docs
            return
        usable = [d for d in docs if d.tensor is not None and d.tensor.size and len(d)]
        probs = dict(zip(map(id, usable), self._probs(usable), strict=True)) if usable else {}
        for doc in docs:
            p = probs.get(id(doc))
            if p is not None:
                self._fix(doc, tagger, *p)
            yield doc

    def _doubtful(self, doc: Doc, p_tag, up, upos_names) -> numpy.ndarray:
        """Per token: the tagger's probability of its tag, or the morphologizer's of the token's UPOS, is
        below ``threshold``. Read for the whole doc before any change: a sentence's changes touch only its
        own tokens, and the sentences without such a token need no Token objects at all."""
        if self._pos_cols is None or self._pos_cols[0] is not upos_names:
            look = numpy.full(max(map(int, UPOS_IDS.values())) + 1, -1, dtype=numpy.int64)
            for k, name in enumerate(upos_names):
                if name in UPOS_IDS:
                    look[int(UPOS_IDS[name])] = k
            self._pos_cols = (upos_names, look)
        col = self._pos_cols[1][doc.to_array("POS").astype(numpy.int64)]
        p_pos = numpy.where(col >= 0, up[numpy.arange(len(doc)), numpy.maximum(col, 0)], numpy.inf)
        return (numpy.asarray(p_tag) < self.threshold) | (p_pos < self.threshold)

    def _fix(self, doc: Doc, tagger, p_tag, up, upos_names) -> None:
        low = self._doubtful(doc, p_tag, up, upos_names)
        for sent in doc.sents:
            if not low[sent.start:sent.end].any():
                continue
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            doubt = [k for k, t in enumerate(toks) if low[t.i]]
            unsure = [k for k in doubt if self._candidate(toks[k])]
            self._unsure_now = {toks[k].i for k in doubt}
            if not unsure:
                continue
            by_k = self._hanta_tags(tagger, toks, unsure, up, upos_names)
            for k in unsure:
                new = by_k.get(k)
                change = None if new is None else self._change(toks[k], new, up, upos_names)
                if change is None:
                    continue
                if self.layer == "tags":
                    self._set(toks[k], *change)
                else:
                    corrected.record(toks[k], *change)

    def _change(self, t, new: str, up, upos_names) -> tuple[str, str] | None:
        """The (STTS tag, UPOS) token ``t`` takes when HanTa tags it ``new``; None where it keeps its own."""
        if new not in self._labels[1] or (self.scope == "finite" and not (new in _FINITE or t.tag_ in _FINITE)):
            return None
        p_pos = up[t.i, upos_names.index(t.pos_)] if t.pos_ in upos_names else 0.0
        sure = "sure" if p_pos >= self.sure_upos else "unsure"
        upos = t.pos_ if (t.pos_, new, sure) in self.keep else self.upos_map.get(new, t.pos_)
        if (self.pairs and (t.pos_, upos) not in self.pairs) or (t.pos_, upos) in self.skip:
            return None
        return new, upos

    def _candidate(self, tok) -> bool:
        """Scope "finite": only tokens whose finiteness is in question, i.e. tagged as a verb, or
        a lower-case word the lexicon (cached) reads as a verb. Punctuation is never a candidate:
        HanTa's lexicon reads typographic quotation marks and dashes („ “ – …) as XY/FM, where GSD and
        our tagger have $( / PUNCT (quotes-de dev, scope "all": 465 quote marks PUNCT -> X)."""
        if tok.is_punct:
            return False
        if self.pairs and tok.pos_ not in self._from:
            return False  # no allowed change starts from its UPOS: HanTa need not read it
        if self.scope != "finite":
            return True
        if tok.tag_.startswith("V") or tok.pos_ in ("VERB", "AUX"):
            return True
        if not (tok.is_alpha and tok.is_lower) or tok.tag_ in _CLOSED:
            return False
        if self.context == "ours":
            return True  # HanTa analyses it in its span anyway: no separate lexicon look-up
        analysis = hanta_analysis(tok.lower_)
        return analysis is not None and analysis[-1][:2] in ("VV", "VA", "VM")

    def _hanta_tags(self, tagger, toks, unsure: list[int], up, upos_names) -> dict[int, str]:
        """HanTa's tags of the unsure tokens, from the whole sentence or (``window`` > 0) from
        spans of ``window`` tokens either side of them: its HMM looks two tags back, so a short
        span gives the same tag nearly always. With ``context = "ours"`` the sure words of the
        span go in with our tag fixed, so HanTa analyses only the unsure ones (its lexicon
        analysis of a word it has not seen costs milliseconds).

        A span is tagged only if one of its unsure tokens could change: HanTa's sentence tagger
        picks each word's tag among the readings its lexicon gives the word (``_tag_word``, asked
        exactly as the tagger asks it, so the answer is shared), and where no reading of any of
        them would pass ``_change`` (restricted pairs, scope, tags our tagger lacks) the span's
        outcome is known without tagging it, or analysing its other unsure words. The tokens of
        a span left out get no entry."""
        if self.window <= 0:
            spans = [(0, len(toks))]
        else:
            spans = []
            for k in unsure:
                a, b = max(0, k - self.window), min(len(toks), k + self.window + 1)
                if spans and a <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], b)
                else:
                    spans.append((a, b))
        cands = set(unsure)
        out = {}
        for a, b in spans:
            words = [self._word(t) for t in toks[a:b]]
            if not any(self._may_change(tagger, toks[k], words[k - a], k > a, up, upos_names)
                       for k in range(a, b) if k in cands):
                continue
            for k, tag in zip(range(a, b), tagger.tag_sent(words, taglevel=0), strict=True):
                out[k] = stts(tag)
        return out

    def _may_change(self, tagger, tok, word: str, casesensitive: bool, up, upos_names) -> bool:
        """Whether some tag HanTa's sentence tagger can give ``word`` at this place changes ``tok``.
        The tagger asks ``_tag_word(word, cutoff=5, casesensitive, conditional=True)`` (case
        sensitive except for a span's first word) and keeps only those readings, unless there are
        none or only HanTa's UNKNOWN: then any tag can win."""
        readings = [tag for tag, _ in tagger._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True)]
        if not readings or readings == [_UNKNOWN]:
            return True
        return any(self._change(tok, stts(tagger.int2tag[r]), up, upos_names) not in (None, (tok.tag_, tok.pos_))
                   for r in readings)

    def _word(self, tok) -> str:
        if self.context == "ours" and tok.i not in self._unsure_now:
            n = _hanta_number(tok.tag_)
            if n is not None:
                return f"{_FIXED}{n}"
        return tok.text

    @staticmethod
    def _set(tok, tag: str, upos: str) -> None:
        old_tag, old_pos = tok.tag_, tok.pos_
        if tag != old_tag:
            tok.tag_ = tag
        if upos != old_pos:
            tok.pos_ = upos
        if tag[:1] == old_tag[:1] and upos == old_pos:
            return
        # A token moved between word classes keeps no features of the old class: a participle
        # read as an adjective loses Degree, an adjective read as a verb form gets its VerbForm
        # (finite verbs get theirs, and their Mood, from the Konjunktiv rules that follow).
        feats = tok.morph.to_dict()
        if tag.startswith("V"):
            for k in _ADJ_FEATS + ("Case", "Gender"):
                feats.pop(k, None)
            if tag.endswith("PP"):
                feats = {"VerbForm": "Part"}
            elif tag.endswith(("INF", "IZU")):
                feats = {"VerbForm": "Inf"}
            elif feats.get("VerbForm") != "Fin":
                for k in _VERB_FEATS:
                    feats.pop(k, None)
        else:
            for k in _VERB_FEATS:
                feats.pop(k, None)
        tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())) or None)


@Language.factory("newsgraph_hanta_tags",
                  default_config={"threshold": 0.9, "sure_upos": 0.95, "upos_map": {}, "keep_upos": [],
                                  "scope": "all", "window": 0, "context": "hanta", "upos_pairs": [],
                                  "skip_pairs": [], "layer": "corrected"})
def make_hanta_tags(nlp: Language, name: str, threshold: float, sure_upos: float, upos_map: dict,
                    keep_upos: list[str], scope: str, window: int, context: str, upos_pairs: list[str],
                    skip_pairs: list[str], layer: str) -> HantaTags:
    return HantaTags(nlp, threshold, upos_map, keep_upos, sure_upos, scope, window, context, upos_pairs, skip_pairs,
                     layer)


def unread_by_stages() -> list[str]:
    """The component's name when no later stage reads what it writes (``layer = "corrected"``) and
    ``[hanta] in_batch`` is false: the batch pipeline leaves it out (``newsgraph.nlp.unread_by_stages``)."""
    cfg = settings()
    if cfg.get("layer", "corrected") == "corrected" and not cfg.get("in_batch", False):
        return ["newsgraph_hanta_tags"]
    return []


def add(nlp: Language, table: dict | None = None) -> None:
    """Put the component before the Konjunktiv rules (or last) if ``[hanta] enabled``; ``table``
    (keys of ``[hanta]``) replaces the configured threshold, map and pairs (the fold scores)."""
    cfg = {**settings(), **(table or {})}
    if not cfg.get("enabled", False) or "tagger" not in nlp.pipe_names or "newsgraph_hanta_tags" in nlp.pipe_names:
        return
    where = {"before": "newsgraph_mood"} if "newsgraph_mood" in nlp.pipe_names else {}
    nlp.add_pipe("newsgraph_hanta_tags", **where, config={
        "threshold": float(cfg.get("threshold", 0.9)), "sure_upos": float(cfg.get("sure_upos", 0.95)),
        "upos_map": dict(cfg.get("upos_map", {})), "keep_upos": list(cfg.get("keep_upos", [])),
        "scope": str(cfg.get("scope", "all")), "window": int(cfg.get("window", 0)),
        "context": str(cfg.get("context", "hanta")), "upos_pairs": list(cfg.get("upos_pairs", [])),
        "skip_pairs": list(cfg.get("skip_pairs", [])), "layer": str(cfg.get("layer", "corrected"))})
