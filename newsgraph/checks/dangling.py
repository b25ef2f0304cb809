"""Definite noun phrases with no antecedent ("Der Brief wurde ... vorgelegt" when no letter
was mentioned before).

A sentence-initial definite NP (der/die/das + adjectives + noun) is a candidate. Its noun
has an antecedent when an earlier word shares its lemma or compound head ("Friedenstruppe"
-> "Die Truppe", "Briefes" -> "Brief"), is listed as a synonym or hypernym in
config/checks.toml, or is the verb it nominalises ("vorschlagen" -> "Der Vorschlag").
Many nouns are fine without an antecedent ("Die Polizei", "Die Regierung": unique or
bridged referents); how often a noun opens discourse-new with a definite article was
counted in the training corpus (training/checks/build_model.py), and only nouns that
rarely do so are flagged.
"""

from __future__ import annotations

from dataclasses import dataclass

from .tagging import Tok

DEFINITE = {"der", "die", "das", "dem", "den", "des"}
_SKIP_BETWEEN = {"ADJA", "ADV", "CARD", "ADJD", "PTKNEG"}


@dataclass
class Candidate:
    det: Tok
    noun: Tok
    sent: int


def definite_nps(sents: list[list[Tok]], initial_only: bool = True) -> list[Candidate]:
    out = []
    for si, toks in enumerate(sents):
        positions = [0] if initial_only else range(len(toks))
        for i in positions:
            if i >= len(toks) or toks[i].tag != "ART" or toks[i].text.lower() not in DEFINITE:
                continue
            j = i + 1
            while j < len(toks) and toks[j].tag in _SKIP_BETWEEN:
                j += 1
            if j < len(toks) and toks[j].tag == "NN" and toks[j].text[:1].isupper():
                out.append(Candidate(toks[i], toks[j], si))
    return out


def _stem(word: str) -> str:
    return word[:5]


class Antecedents:
    """What the article said up to a point: lemmas, compound parts and verb stems."""

    def __init__(self, synonyms: dict[str, set[str]]):
        self.synonyms = synonyms
        self.lemmas: set[str] = set()
        self.parts: set[str] = set()
        self.verb_stems: set[str] = set()
        self.text_lower = ""

    def add_sentence(self, toks: list[Tok]) -> None:
        for t in toks:
            if t.is_noun or t.tag in ("ADJA", "TRUNC", "FM"):
                self.lemmas.add(t.lemma)
                self.lemmas.add(t.text.lower())
                self.parts.update(t.parts)
                self.parts.add(t.head)
            elif t.is_verb:
                self.verb_stems.add(_stem(t.lemma))
        self.text_lower += " " + " ".join(t.text.lower() for t in toks)

    def has(self, noun: Tok) -> bool:
        keys = {noun.lemma, noun.head, noun.text.lower()}
        if keys & self.lemmas or keys & self.parts:
            return True
        head = noun.head
        if len(head) >= 4 and head in self.text_lower:  # inflected or compound forms the tagger split differently
            return True
        for k in keys:
            if self.synonyms.get(k, set()) & (self.lemmas | self.parts):
                return True
        # nominalised verbs: "Vorschlag" <- "vorgeschlagen"/"schlägt vor" share the stem of the noun's root
        root = noun.parts[0] if len(noun.parts) == 1 else noun.head
        return len(root) >= 5 and _stem(root) in self.verb_stems


def synonym_index(groups: list[list[str]]) -> dict[str, set[str]]:
    idx: dict[str, set[str]] = {}
    for g in groups:
        for w in g:
            idx.setdefault(w, set()).update(x for x in g if x != w)
    return idx


def unresolved(sents: list[list[Tok]], synonyms: dict[str, set[str]], skip_first: int = 1) -> list[tuple[Candidate, bool]]:
    """Every sentence-initial definite NP from sentence ``skip_first`` on, with whether it has an antecedent."""
    ante = Antecedents(synonyms)
    cands = {c.sent: c for c in definite_nps(sents)}
    out = []
    for si, toks in enumerate(sents):
        c = cands.get(si)
        if c is not None and si >= skip_first:
            out.append((c, ante.has(c.noun)))
        ante.add_sentence(toks)
    return out
