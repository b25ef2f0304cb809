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


# not frozen: a frozen dataclass's __init__ sets each of the 13 fields through object.__setattr__,
# half of what tag_doc cost (bench/README.md, seventeenth round). Equality and the hash are the
# frozen class's (all fields); nothing assigns to a Tok after tag_doc.
@dataclass(slots=True, unsafe_hash=True)
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
    """Tokens of a spaCy doc, sentence by sentence (whitespace tokens dropped).

    Read from the doc's token table (newsgraph/nlp/table.py), which the claims and events read
    too, not from a spaCy Token per word and attribute."""
    from ..nlp.table import token_table

    sents: list[list[Tok]] = []
    toks: list[Tok] = []
    prev_ws = True
    tab = token_table(doc)
    if not tab.n:
        return sents
    texts, idx, heads, space, ws, sent_start = tab.text, tab.idx, tab.head, tab.space, tab.ws, tab.sent_start
    lemmas, tags, deps, ents, morphs = tab.lemma, tab.tag, tab.dep, tab.ent, tab.morph
    for i in range(tab.n):
        if sent_start[i] > 0 and toks:
            sents.append(toks)
            toks = []
        if space[i]:
            prev_ws = True
            continue
        tag = tags[i]
        number, gender = "", ""
        if tag in ("NN", "NE"):
            morph = morphs[i]
            number = "Plur" if "Number=Plur" in morph else "Sing"
            gender = next((g for g in ("Masc", "Fem", "Neut") if "Gender=" + g in morph), "")
        elif tag in ("VVFIN", "VAFIN", "VMFIN"):
            # a finite verb's number: a coordinated subject with a singular verb is broken text
            morph = morphs[i]
            number = "Plur" if "Number=Plur" in morph else "Sing" if "Number=Sing" in morph else ""
        text = texts[i]
        a = idx[i]
        toks.append(Tok(text, a, a + len(text), (lemmas[i] or text).lower(), _TAG_MAP.get(tag, tag),
                        len(sents), prev_ws, deps[i], i, number, ents[i], gender, heads[i]))
        prev_ws = bool(ws[i])
    if toks:
        sents.append(toks)
    return sents


def semicolon_units(sents: list[list[Tok]]) -> list[list[Tok]]:
    """The sentences with one opened by a semicolon (segment.toml semicolon_sentences) joined to the one before it: the
    writer's sentence, which the off-topic check reads as one unit (an insertion before the semicolon belongs to the clause
    after it as much as to its own). The same list when there is none; joined tokens are copies with the new index."""
    from dataclasses import replace

    if not any(si and sents[si - 1] and sents[si - 1][-1].text == ";" for si in range(len(sents))):
        return sents
    units: list[list[Tok]] = []
    for si, toks in enumerate(sents):
        if units and si and sents[si - 1] and sents[si - 1][-1].text == ";":
            units[-1].extend(replace(t, sent=len(units) - 1) for t in toks)
        else:
            units.append([t if t.sent == len(units) else replace(t, sent=len(units)) for t in toks])
    return units
