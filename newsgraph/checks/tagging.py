"""STTS tags, lemmas and compound parts for the checks, from HanTa (the Hanover Tagger ships
its German model inside the wheel, so this works offline on a clean checkout).

The checks use HanTa rather than the doc's own tags so that they behave the same whether
or not a trained spaCy pipeline is installed; the spaCy doc only supplies tokens and
sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int
    lemma: str  # lower-cased
    tag: str  # STTS, e.g. VVFIN, ADJA, NN
    parts: tuple[str, ...] = ()  # lower-cased compound parts of a noun ("frieden", "truppe")
    sent: int = 0
    ws_before: bool = True

    @property
    def head(self) -> str:
        """Head of a compound ("truppe" for "Friedenstruppe"), else the lemma."""
        return self.parts[-1] if self.parts else self.lemma

    @property
    def is_noun(self) -> bool:
        return self.tag in ("NN", "NE")

    @property
    def is_verb(self) -> bool:
        return self.tag[:2] in ("VV", "VA", "VM")

    @property
    def is_punct(self) -> bool:
        return self.tag.startswith("$")


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


def _stts(tag: str) -> str:
    return tag.replace("(", "").replace(")", "")


def tag_sentence(words: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(lemma, STTS tag, noun compound parts) for each word."""
    if not words:
        return []
    out = []
    for _word, lemma, morphs, tag in _tagger().tag_sent(words, taglevel=3):
        tag = _stts(tag)
        parts: tuple[str, ...] = ()
        if tag == "NN":
            parts = tuple(m.lower() for m, t in morphs if t == "NN")
        out.append((lemma.lower(), tag, parts))
    return out


def tag_doc(doc) -> list[list[Tok]]:
    """Tokens of a spaCy doc, sentence by sentence, with HanTa tags."""
    sents = []
    for si, sent in enumerate(doc.sents):
        toks = [t for t in sent if not t.is_space]
        words = [t.text for t in toks]
        tagged = tag_sentence(words)
        sents.append([
            Tok(t.text, t.idx, t.idx + len(t.text), lem, tag, parts, si,
                ws_before=(t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_space))
            for t, (lem, tag, parts) in zip(toks, tagged)
        ])
    return sents
