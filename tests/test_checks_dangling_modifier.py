"""A compound whose first part the text named before is no dangling reference: "Der Flughafenbereich" after
"Flughafen" names a part of something mentioned (bridging by the compound's modifier; newsgraph/checks/dangling.
Antecedents.has_modifier, config ``[dangling] modifier_antecedents``, off; checks_de card, round 16). The head was
already covered ("Die Truppe" after "Friedenstruppe"), the modifier was not."""

from __future__ import annotations

from newsgraph.checks.dangling import unresolved
from newsgraph.checks.tagging import Tok


def _sents(*sentences):
    out, i, k = [], 0, 0
    for si, words in enumerate(sentences):
        toks = []
        for w, tag in words:
            toks.append(Tok(w, i, i + len(w), w.lower(), tag, si, True, "", k, "Sing" if tag == "NN" else ""))
            i += len(w) + 1
            k += 1
        out.append(toks)
    return out


def _resolved(sents, modifiers):
    return {c.noun.text: has for c, has in unresolved(sents, {}, 1, modifiers=modifiers)}


def test_an_earlier_noun_as_first_part_of_the_compound_is_its_antecedent():
    sents = _sents([("Am", "APPRART"), ("Flughafen", "NN"), ("brannte", "VVFIN"), ("es", "PPER"), (".", "$.")],
                   [("Der", "ART"), ("Flughafenbereich", "NN"), ("wurde", "VAFIN"), ("gesperrt", "VVPP"), (".", "$.")])
    assert _resolved(sents, modifiers=False) == {"Flughafenbereich": False}
    assert _resolved(sents, modifiers=True) == {"Flughafenbereich": True}


def test_short_first_parts_adjectives_and_later_words_anchor_nothing():
    # "Land" (4 letters) says nothing about "Landwirtschaft"; a lower-case "sicher" is no noun; a noun named only
    # after the reference cannot be its antecedent
    sents = _sents([("Das", "ART"), ("Land", "NN"), ("ist", "VAFIN"), ("sicher", "ADJD"), (".", "$.")],
                   [("Die", "ART"), ("Landwirtschaft", "NN"), ("leidet", "VVFIN"), (".", "$.")],
                   [("Die", "ART"), ("Sicherheitslage", "NN"), ("bleibt", "VVFIN"), ("ruhig", "ADJD"), (".", "$.")],
                   [("Der", "ART"), ("Brandherd", "NN"), ("lag", "VVFIN"), ("im", "APPRART"), ("Brand", "NN"), (".", "$.")])
    assert _resolved(sents, modifiers=True) == {"Landwirtschaft": False, "Sicherheitslage": False, "Brandherd": False}
