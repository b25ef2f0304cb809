"""STTS tags and lemmas for the checks, read off the spaCy doc the nlp stage already made
(models/de_core: tagger, morphologizer, lemmatizer, parser), so the checks add no second
tagging pass.

Compound structure is not tagged; the checks compare nouns by light stems instead
(``Tok.key``: "Friedenstruppe" -> "friedenstrupp", which ends in "trupp" of "Die Truppe").
"""

from __future__ import annotations

from dataclasses import dataclass

from .vectors import stem

# the trained tagger's names for STTS tags that the rules below spell the classic way
_TAG_MAP = {"APPR_ART": "APPRART", "APPR_NE": "APPR", "PTKZU_ART": "PTKZU", "PAV": "PROAV"}


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    lemma: str  # lower-cased
    tag: str  # STTS, e.g. VVFIN, ADJA, NN
    sent: int = 0
    ws_before: bool = True
    dep: str = ""
    i: int = 0  # index in the doc
    number: str = ""  # "Sing" / "Plur" from the morphologizer
    ent: str = ""  # NER label ("PER", "ORG", …) or ""

    @property
    def key(self) -> str:
        """Light stem of the surface form: what nouns are compared and looked up by."""
        return stem(self.text.replace("-", ""))

    @property
    def is_noun(self) -> bool:
        return self.tag in ("NN", "NE")

    @property
    def is_verb(self) -> bool:
        return self.tag[:2] in ("VV", "VA", "VM")

    @property
    def is_punct(self) -> bool:
        return self.tag.startswith("$")


def tag_doc(doc) -> list[list[Tok]]:
    """Tokens of a spaCy doc, sentence by sentence (whitespace tokens dropped)."""
    sents: list[list[Tok]] = []
    toks: list[Tok] = []
    prev_ws = True
    for t in doc:
        if t.is_sent_start and toks:
            sents.append(toks)
            toks = []
        if t.is_space:
            prev_ws = True
            continue
        tag = t.tag_
        number = ""
        if tag in ("NN", "NE"):
            number = "Plur" if "Number=Plur" in str(t.morph) else "Sing"
        toks.append(Tok(t.text, t.idx, t.idx + len(t.text), (t.lemma_ or t.text).lower(), _TAG_MAP.get(tag, tag),
                        len(sents), prev_ws, t.dep_, t.i, number, t.ent_type_))
        prev_ws = bool(t.whitespace_)
    if toks:
        sents.append(toks)
    return sents
