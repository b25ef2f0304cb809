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
    gender: str = ""  # "Masc" / "Fem" / "Neut" of a noun, from the morphologizer
    head: int = -1  # doc index of the syntactic head

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
    # heads as offsets in one array: t.head would make a second Token object per token
    heads = doc.to_array("HEAD").astype("int64").tolist() if len(doc) else []
    for t in doc:
        if t.is_sent_start and toks:
            sents.append(toks)
            toks = []
        if t.is_space:
            prev_ws = True
            continue
        tag = t.tag_
        number, gender = "", ""
        if tag in ("NN", "NE"):
            morph = str(t.morph)
            number = "Plur" if "Number=Plur" in morph else "Sing"
            gender = next((g for g in ("Masc", "Fem", "Neut") if "Gender=" + g in morph), "")
        elif tag in ("VVFIN", "VAFIN", "VMFIN"):
            # a finite verb's number: a coordinated subject with a singular verb is broken text
            morph = str(t.morph)
            number = "Plur" if "Number=Plur" in morph else "Sing" if "Number=Sing" in morph else ""
        toks.append(Tok(t.text, t.idx, t.idx + len(t.text), (t.lemma_ or t.text).lower(), _TAG_MAP.get(tag, tag),
                        len(sents), prev_ws, t.dep_, t.i, number, t.ent_type_, gender, t.i + heads[t.i]))
        prev_ws = bool(t.whitespace_)
    if toks:
        sents.append(toks)
    return sents
