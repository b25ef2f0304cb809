"""The dangling check skips groups ("Die Demonstranten"), but the morphologizer tags many singular feminine
nouns in -e plural after "Die" ("Die komplette Liste ist …"): with ``plural_by_verb`` the finite verb decides
(newsgraph/checks/dangling.plural; checks_de card, round 13). Real quotes-de-style sentences, parsed by the
nlp stage."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.dangling import definite_nps, plural
from newsgraph.checks.tagging import tag_doc


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def _cands(nlp, text: str) -> dict[str, tuple]:
    sents = tag_doc(nlp(text))
    return {c.noun.text: (c, sents[c.sent]) for c in definite_nps(sents) if c.sent > 0}


@pytest.mark.parametrize("text,noun", [
    ("Der Sender veröffentlichte am Montag eine Übersicht der Filme. Die komplette Liste ist als PDF einsehbar.", "Liste"),
    ("Bei dem Brand entstand hoher Sachschaden. Die Brandursache ist nach Angaben der Polizei unklar.", "Brandursache"),
    ("Der Zug entgleiste am Morgen. Die Studie zeigt, dass solche Unfälle selten sind.", "Studie"),
])
def test_a_singular_verb_makes_the_noun_singular(nlp, text, noun):
    c, toks = _cands(nlp, text)[noun]
    assert not plural(c, toks, by_verb=True)
    # without the verb only the morphologizer's number counts (it reads these nouns as plural)
    assert plural(c, toks, by_verb=False) == (c.noun.number == "Plur")


def test_groups_and_numbered_nouns_stay_plural(nlp):
    cands = _cands(nlp, "In Bangkok versammelten sich am Sonntag Tausende. Die Demonstranten forderten den Rücktritt der Regierung.")
    c, toks = cands["Demonstranten"]
    assert plural(c, toks, by_verb=True)
    # "Die 37 Jahre alte Lehrerin": the noun after the number is not the phrase's head, whatever the verb
    cands = _cands(nlp, "Die Schule wurde geschlossen. Die 37 Jahre alte Lehrerin wurde in Helsinki befragt.")
    hits = [(c, toks) for c, toks in cands.values() if c.noun.text == "Jahre"]
    assert all(plural(c, toks, by_verb=True) for c, toks in hits if c.noun.number == "Plur")


def test_an_unseen_compound_takes_its_heads_corpus_counts():
    """With ``head_backoff`` a compound the corpus never names is judged by its head's counts
    ("Drohbrief" like "Brief", "Erdgasliefervertrag" like "Vertrag"); a noun the corpus names keeps its own."""
    from newsgraph.checks.article import _anaphoricity
    from newsgraph.checks.dangling import noun_counts
    from newsgraph.config import models_dir

    table = _anaphoricity(str(models_dir() / "checks_de"))
    on = {"head_backoff": True, "head_min_total": 5, "head_min_len": 4}
    assert noun_counts(table, "Drohbrief", {}) == (0, 0, 0, 0, 0)
    assert noun_counts(table, "Drohbrief", on) == noun_counts(table, "Brief", on) != (0, 0, 0, 0, 0)
    assert noun_counts(table, "Erdgasliefervertrag", on) == noun_counts(table, "Vertrag", {})
    assert noun_counts(table, "Polizeikaserne", on) == noun_counts(table, "Polizeikaserne", {})  # named by the corpus itself


def test_adjacent_rule_needs_the_verb_right_after_the_noun(nlp):
    # round 24's narrow rule ("adjacent"): a singular finite verb right after the noun, the noun its subject
    c, toks = _cands(nlp, "Der Sender veröffentlichte am Montag eine Übersicht der Filme. Die komplette Liste ist als PDF "
                          "einsehbar.")["Liste"]
    assert c.noun.number == "Plur" and not plural(c, toks, by_verb="adjacent")
    # a genitive between noun and verb: the first finite verb ("vertrat", whose subject is "er") does not say the noun's
    # number, so the narrow rule keeps the morphologizer's plural where round 13's rule does not
    c, toks = _cands(nlp, "Er kam spät ins Büro. Die Anliegen seines Chefs vertrat er nicht.")["Anliegen"]
    assert c.noun.number == "Plur"
    assert plural(c, toks, by_verb="adjacent") and not plural(c, toks, by_verb=True)
