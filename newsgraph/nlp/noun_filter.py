"""Drop one-word entities that HanTa's lexicon reads as a common word rather than a name.

German capitalises every noun, so the NER, trained mostly on 1990s newswire, calls many plain
nouns names ("Diplomat" PER, "Friseursalon" LOC, "Palästinenser" MISC). HanTa's tagger was
trained on a large treebank and knows which capitalised forms are ordinary nouns: where its best
reading of the word is not a proper noun (NE) and beats the proper-noun reading by more than
``margin`` (log-probability), the span goes. Words that are both ("Kaiser", "Fischer", "Hof")
keep their span, because the two readings are close, and so does a one-word person right after a
capitalised word (a role noun before a surname that is also a noun). Settings in config/ner.toml
``[noun_filter]``; the GermEval cross-validation behind them is in models/de_ner/MODEL_CARD.md.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..config import PACKAGE_ROOT
from . import hanta_table
from .segment import _hanta

NE = "NE"


def settings(table: str = "noun_filter") -> dict:
    """A table of config/ner.toml (the NER's rule components read theirs from here)."""
    cfg = tomllib.loads((PACKAGE_ROOT / "config" / "ner.toml").read_text("utf-8"))
    return cfg.get(table, {})


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[str, float | None]:
    """HanTa's best tag for the word and how much more likely it is than the proper-noun (NE)
    reading (None when the best reading is NE); ("", None) without HanTa. Frequent forms come from
    the shipped table of HanTa's own answers (newsgraph/nlp/hanta_table.py)."""
    hit = hanta_table.tables()[1].get(word)
    if hit is not None:
        return hit
    tagger = _hanta()
    if tagger is None:
        return "", None
    scores = {tag: float(score) for tag, score, *_ in tagger.tag_word(word)}
    if not scores:
        return "", None
    best = max(scores, key=scores.get)
    if best == NE:
        return best, None
    # An unknown word is still guessed; a reading HanTa never offers as a name is far below.
    return best, scores[best] - scores.get(NE, float("-inf"))


def _name_margin(word: str) -> float | None:
    return _readings(word)[1]


class NounFilter:
    def __init__(self, margin: float = 3.0):
        self.margin = margin

    @staticmethod
    def _hanta_missing() -> bool:
        return _hanta() is None

    def common_word(self, word: str) -> bool:
        m = _name_margin(word)
        return m is not None and m > self.margin

    def drop(self, doc: Doc, ent) -> bool:
        if len(ent) != 1 or not self.common_word(ent[0].text):
            return False
        # Many surnames are also nouns ("Koller", "Kern", "Kurz", "Stein"); after a capitalised
        # word, which is mostly a role ("Teamchef Koller", "Kanzler Kern"), a person stays.
        if ent.label_ == "PER" and ent.start > 0:
            prev = doc[ent.start - 1]
            return not (prev.is_title and _readings(prev.text)[0] == "NN")
        return True

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents
        keep = [e for e in ents if not self.drop(doc, e)]
        if len(keep) != len(ents):
            doc.ents = keep
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_noun_filter", default_config={"margin": 3.0})
def make_noun_filter(nlp: Language, name: str, margin: float) -> NounFilter:
    return NounFilter(margin)
