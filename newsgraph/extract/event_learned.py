"""Learned German event triggers over the parse (issue #5): words no lexicon form holds.

On unseen text most missed events have a trigger word the lexicon has in no form, and many
depend on the sentence ("Geld fließt" is AID). This scorer looks at every verb and noun of a
parsed sentence that no lexicon pattern matched and gives PLOVER type probabilities (NONE
included) from features that carry over to unseen words: the word's floret vector (the doc's
own vectors, hashed subwords, so any word has one), its similarity to the lexicon's trigger
words of each type, the lemma's ending, the entity types of its subject and object, negation
and modal verbs around it, and the translated word list's type where the word is in it.

The model is a multinomial logistic regression trained by training/events/train_triggers.py
(models/events_type/triggers.json, card section "learned triggers"); config/events.toml
``[learned]`` switches it on and sets the threshold. numpy only at run time.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..config import models_dir

NONE = "NONE"
CAND_POS = {"VERB", "NOUN"}
# auxiliaries, copulas and modals carry no event of their own (their verb does)
NOT_CAND_DEPS = {"aux", "aux:pass", "cop", "compound:prt", "flat", "flat:name", "appos"}
MODALS = {"wollen", "sollen", "müssen", "können", "dürfen", "werden", "mögen"}
NEG = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"}
ROLE_DEPS = {"nsubj": "subj", "nsubj:pass": "subjpass", "obj": "obj", "iobj": "iobj", "obl": "obl",
             "obl:agent": "agent", "nmod": "nmod", "obl:arg": "obl"}
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{4,}")


def lexicon_words(lex) -> dict[str, list[str]]:
    """The lexicon's trigger words per type, lower case: literal stems of the hand patterns
    ("vereinbar\\w*" -> "vereinbar") and the translated / derived word lists."""
    out: dict[str, set[str]] = {}
    for etype, rx in lex.triggers.items():
        for p in rx.pattern.split("|"):
            m = _WORD.search(p.replace("\\w*", " ").replace("\\b", " "))
            if m:
                out.setdefault(etype, set()).add(m.group(0).lower())
    for key, etype in lex.words.items():
        out.setdefault(etype, set()).add(key.split(":", 1)[1])
    return {t: sorted(ws) for t, ws in sorted(out.items())}


def candidates(tokens, taken: list[tuple[int, int]], lex=None) -> list:
    """Verbs and nouns of a sentence (spaCy tokens) that no lexicon hit covers (``taken``:
    article character spans) and, given ``lex``, that no lexicon pattern or word list knows in
    any context: a word the lexicon vetoed here ("verletzt" in an accident) stays vetoed."""
    out = []
    for t in tokens:
        if t.pos_ not in CAND_POS or t.dep_ in NOT_CAND_DEPS or t.ent_type_ or len(t.text) < 4:
            continue
        a, b = t.idx, t.idx + len(t.text)
        if any(s < b and a < e for s, e in taken):
            continue
        if lex is not None and known_word(t.text, lex):
            continue
        out.append(t)
    return out


def known_word(word: str, lex) -> bool:
    low = word.lower()
    if ("v:" + low) in lex.words or ("n:" + low) in lex.words or low.endswith(lex.non_event_heads):
        return True
    for rx in lex.triggers.values():
        if rx.search(word):
            return True
    return False


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n > 0, n, 1.0)


class TriggerScorer:
    """Features and (with weights) probabilities of candidate trigger tokens."""

    def __init__(self, words: dict[str, list[str]], dict_words: dict[str, str], data: dict | None = None) -> None:
        self.types = sorted(words)
        self.words = words
        self.dict_words = dict_words
        self._proto: tuple | None = None
        self._vocab_id = None
        if data is not None:
            self.classes = data["classes"]
            self.intercept = np.asarray(data["intercept"], dtype=np.float64)
            self.dense_w = np.asarray(data["dense"], dtype=np.float64)  # (n_dense, n_classes)
            self.sparse_w = {k: np.asarray(v, dtype=np.float64) for k, v in data["sparse"].items()}
            self.scale = float(data.get("dense_scale", 1.0))

    def _prototypes(self, vocab):
        # the lexicon words' vectors from the doc's own (floret) table, once per vocab
        if self._proto is None or self._vocab_id != id(vocab):
            mats, cents = [], []
            for t in self.types:
                m = _unit(np.asarray(vocab.vectors.get_batch(self.words[t]), dtype=np.float32))
                mats.append(m)
                cents.append(_unit(m.mean(axis=0)))
            self._proto = (mats, np.stack(cents))
            self._vocab_id = id(vocab)
        return self._proto

    def dense(self, toks) -> np.ndarray:
        """Per token: unit vector of the word and of its lemma, highest similarity to a lexicon
        word of each type, similarity to each type's centroid."""
        if not toks:
            return np.zeros((0, 0), np.float32)
        vocab = toks[0].doc.vocab
        mats, cents = self._prototypes(vocab)
        wv = _unit(np.asarray(vocab.vectors.get_batch([t.text.lower() for t in toks]), dtype=np.float32))
        lv = _unit(np.asarray(vocab.vectors.get_batch([(t.lemma_ or t.text).lower() for t in toks]), dtype=np.float32))
        best = np.stack([np.maximum((wv @ m.T).max(axis=1), (lv @ m.T).max(axis=1)) for m in mats], axis=1)
        cent = lv @ cents.T
        return np.concatenate([wv, lv, best, cent], axis=1)

    def sparse(self, t) -> dict[str, float]:
        lemma = (t.lemma_ or t.text).lower()
        f = {"bias": 1.0, f"pos={t.pos_}": 1.0, f"dep={t.dep_}": 1.0, f"suf3={lemma[-3:]}": 1.0,
             f"suf4={lemma[-4:]}": 1.0, f"head_pos={t.head.pos_}": 1.0}
        vf = t.morph.get("VerbForm")
        if vf:
            f[f"verbform={vf[0]}"] = 1.0
        for key in ("v:" + t.text.lower(), "n:" + t.text.lower(), "v:" + lemma, "n:" + lemma):
            etype = self.dict_words.get(key)
            if etype:
                f[f"dict={etype}"] = 1.0
                break
        for c in t.children:
            role = ROLE_DEPS.get(c.dep_)
            if c.lower_ in NEG or (c.dep_ == "advmod" and c.lower_ == "nicht"):
                f["neg"] = 1.0
            if c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in MODALS:
                f["modal"] = 1.0
            if c.dep_ == "aux:pass":
                f["passive"] = 1.0
            if role:
                ent = c.ent_type_ or ("PRON" if c.pos_ == "PRON" else c.pos_)
                f[f"{role}={ent}"] = 1.0
                if c.dep_ in ("obl", "nmod", "obl:arg"):
                    case = next((g.lower_ for g in c.children if g.dep_ == "case"), "")
                    if case:
                        f[f"{role}_case={case}"] = 1.0
        return f

    def proba(self, toks) -> list[dict[str, float]]:
        if not toks:
            return []
        dense = self.dense(toks) * self.scale
        out = []
        for k, t in enumerate(toks):
            z = self.intercept + dense[k] @ self.dense_w
            for name, val in self.sparse(t).items():
                w = self.sparse_w.get(name)
                if w is not None:
                    z = z + val * w
            z = np.exp(z - z.max())
            p = z / z.sum()
            out.append(dict(zip(self.classes, p.tolist())))
        return out


def dict_words(lex) -> dict[str, str]:
    return dict(lex.words)


@lru_cache(maxsize=4)
def load_scorer(path: str, lang: str) -> TriggerScorer | None:
    from .event_lexicon import lexicon

    p = Path(path)
    if not p.is_absolute():
        p = models_dir() / p
    if not p.exists():
        return None
    data = json.loads(p.read_text("utf-8"))
    lex = lexicon(lang)
    return TriggerScorer(data["words"], dict_words(lex), data)


@lru_cache(maxsize=1)
def learned_settings() -> dict:
    import tomllib

    from .event_lexicon import CONFIG_DIR

    return tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8")).get("learned", {})
