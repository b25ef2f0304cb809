"""Round 22 (h6): what the sentences before a definite NP say about its noun, and two shapes of real text that take a
definite NP without an antecedent (checks_de card, round 22).

``context_features``: the round-21 part features (``dangling.part_features``) compare the noun or its compound parts with
the whole article; a reader resolving "Die Tatwaffe" after a shooting looks back, not ahead, and a bridged compound is
usually bridged by its modifier ("Tat-" after the shooting), so here the noun and its parts are compared with the text
*before* the candidate only: the weighted sum of its earlier known words, and the single closest earlier word.

``copula_clause``: "Die Frage ist, wann …", "Das Problem war: …": after a copula the NP is announced, not taken up;
the clause says which one is meant (cataphora), like "Die Art, wie …" that ``dangling.anchored`` already has.

``number_after``: "Das Jahr 2010 war …": a number in close apposition says which one.

``takes_up``: an abstract noun whose verb the sentence before uses under another prefix ("Die Aufforderung" after
"forderte … auf", "Der Einwand" after "wandte … ein"): the noun names the act just described.

All measured on the leak-free pools (training/checks/dangling_pools.py ``--filter`` / ``--add``) and left off: only
``copula_clause`` has a run-time switch (``[dangling] copula_anchors``); ``number_after`` and ``takes_up`` fire on 0-3 of
1,482 untouched train-side articles' candidates and are row flags of the pools only (checks_de card, round 22).
"""

from __future__ import annotations

import numpy as np

from .tagging import Tok
from .vectors import compound_parts, word_keys

CONTEXT_FEATURES = ("pv_fit", "pv_close", "pv_mod", "pv_mod_close")


def context_features(cand, topic) -> dict[str, float]:
    """``pv_fit`` / ``pv_close``: cosine of the noun's topic vector with the weighted sum of the known words before its
    sentence / with the closest single one; ``pv_mod`` / ``pv_mod_close`` the same for the better of its compound parts
    (longest known head and first part, ``vectors.compound_parts``; a known compound is split too). 0 / -1 with nothing
    to compare."""
    out = {"pv_fit": 0.0, "pv_close": -1.0, "pv_mod": 0.0, "pv_mod_close": -1.0}
    vecs = getattr(topic, "vectors", None) if topic is not None else None
    if vecs is None:
        return out
    before = [i for i in topic._ids if topic.sent_of[i] < cand.sent]
    if not before:
        return out
    mat = topic._mat[[topic._ids.index(i) for i in before]]
    total = sum((topic.word[i][0] * topic.word[i][1] for i in before), np.zeros(mat.shape[1], dtype=np.float32))
    tn = float(np.linalg.norm(total))
    own = vecs.lookup(cand.noun.text)
    if own is not None and tn > 0:
        out["pv_fit"] = float(own[0] @ total) / tn
        out["pv_close"] = float((mat @ own[0]).max())
    keys = word_keys(cand.noun.text)
    ids = compound_parts(vecs.index, keys[0]) if keys else []
    if ids and tn > 0:
        pv = vecs.vectors[ids]
        pv = pv / np.maximum(np.linalg.norm(pv, axis=1, keepdims=True), 1e-9)
        out["pv_mod"] = float((pv @ total).max()) / tn
        out["pv_mod_close"] = float((pv @ mat.T).max())
    return out


_COPULAS = {"ist", "war", "sei", "wäre", "bleibt", "blieb", "lautet", "lautete", "scheint", "schien"}
_CATAPHORIC_OPENERS = {"dass", "daß", "ob", "wie", "wann", "wo", "warum", "weshalb", "wieso", "was", "wer", "wen", "wem",
                       "welche", "welcher", "welches", "inwiefern", "inwieweit", "womit", "wodurch", "wofür", "wozu"}
# adverbs may stand between copula and comma ("ist doch, ob"), but not "so" ("war so, dass": a result clause) nor a predicative
# adjective ("ist skeptisch, ob": the clause belongs to the adjective, the NP still needs its antecedent)
_BETWEEN = {"ADV", "PTKNEG"}


def copula_clause(toks: list[Tok], j: int) -> bool:
    """The noun at j is the subject of a copula whose complement is a clause or a colon: "Die Frage ist (vielleicht nur),
    wann …", "Das Problem war: …". Adverbs may stand between the copula and the comma."""
    k = j + 1
    if k >= len(toks) or toks[k].text.lower() not in _COPULAS:
        return False
    k += 1
    while k < len(toks) and toks[k].tag in _BETWEEN and toks[k].text.lower() != "so":
        k += 1
    if k < len(toks) and toks[k].text == ":":
        return True
    return (k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in _CATAPHORIC_OPENERS)


def number_after(toks: list[Tok], j: int) -> bool:
    """A number in close apposition pins the referent down: "Das Jahr 2010 war …", "Die Linie 5 fährt …" (a year or a
    line, not one the text must have introduced)."""
    return j + 1 < len(toks) and toks[j + 1].tag == "CARD" and toks[j + 1].text[:1].isdigit()


_PREFIXES = ("zurück", "heraus", "hervor", "voran", "gegen", "unter", "wider", "über", "durch", "nach", "zusammen",
             "auf", "aus", "ein", "vor", "mit", "ab", "an", "zu", "bei", "um", "ent", "ver", "zer", "be", "er", "ge")
_ABSTRACT = ("ung", "nahme", "gabe", "lage", "wurf", "wand", "schlag", "spruch", "trag", "zug", "ruf", "sage",
             "schluss", "schluß", "weis", "gang", "griff", "stoß", "fall", "bruch", "tritt", "stand")


def _root(word: str) -> str:
    w = word.lower()
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4:
            return w[len(p):]
    return w


def takes_up(noun: Tok, prev: list[Tok]) -> bool:
    """The noun is an act noun (an -ung nominalisation or a verb-stem noun: "Aufforderung", "Einwand", "Vorschlag",
    "Rücktritt") whose root, prefix stripped, a verb of the sentence before shares (4 letters): it names what was just
    said or done, which a reader resolves without an antecedent noun."""
    k = noun.text.lower().replace("-", "")
    if not k.endswith(_ABSTRACT):
        return False
    base = k[:-3] if k.endswith("ung") else k
    r = _root(base)
    if len(r) < 4:
        return False
    for t in prev:
        if t.is_verb and t.tag[:2] == "VV":
            lem = t.lemma.lower()
            part = next((u.text.lower() for u in prev if u.tag == "PTKVZ" and u.head == t.i), "")
            v = _root(part + lem)
            v = v[:-2] if v.endswith("en") else v[:-1] if v.endswith("n") else v
            if len(v) >= 4 and (v[:4] == r[:4]):
                return True
    return False
