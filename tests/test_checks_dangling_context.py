"""Round 22's dangling helpers (newsgraph/checks/dangling_context.py; checks_de card, round 22, h6): a copula clause and
a number in apposition anchor a definite NP, an act noun takes up the verb of the sentence before, and the noun's compound
parts are compared with the text before it."""

from __future__ import annotations

import pytest

from newsgraph.checks.article import ArticleChecks
from newsgraph.checks.dangling import definite_nps
from newsgraph.checks.dangling_context import context_features, copula_clause, number_after, takes_up
from newsgraph.checks.tagging import tag_doc
from newsgraph.checks.topic import article_topic


def _first_np(nlp, text: str, sent: int = 0):
    sents = tag_doc(nlp(text))
    toks = sents[sent]
    j = next(k for k, t in enumerate(toks) if t.tag in ("NN", "NE"))
    return sents, toks, j


@pytest.mark.parametrize("text, anchored", [
    ("Die Frage ist vielleicht nur, wann die Regierung handelt.", True),
    ("Das Problem war: Niemand hatte einen Schlüssel.", True),
    ("Die Frage ist berechtigt.", False),
    ("Die Frage wurde am Montag im Parlament gestellt.", False),
])
def test_a_copula_with_a_clause_announces_the_noun(nlp, text, anchored):
    _, toks, j = _first_np(nlp, text)
    assert copula_clause(toks, j) is anchored


def test_a_number_in_apposition_says_which_one(nlp):
    _, toks, j = _first_np(nlp, "Das Jahr 2010 war für die Firma ein gutes Jahr.")
    assert number_after(toks, j)
    _, toks, j = _first_np(nlp, "Das Jahr war für die Firma ein gutes Jahr.")
    assert not number_after(toks, j)


def test_an_act_noun_takes_up_the_verb_before(nlp):
    text = ("Der Bürgermeister forderte die Bewohner am Montag auf, ihre Häuser zu verlassen. "
            "Die Aufforderung stieß auf Unverständnis.")
    sents = tag_doc(nlp(text))
    cand = next(c for c in definite_nps(sents) if c.sent == 1)
    assert takes_up(cand.noun, sents[0])
    other = tag_doc(nlp(text.replace("Die Aufforderung", "Die Rauchvergiftung")))
    cand = next(c for c in definite_nps(other) if c.sent == 1)
    assert not takes_up(cand.noun, other[0])


def test_the_story_part_of_a_compound_fits_the_text_before(checks, nlp):
    # "Absturz" of "Absturzwaldstelle" is what the sentences before are about; neither part of "Parfumverpackung" is
    text = ("Ein Flugzeug ist am Montag in den Alpen abgestürzt. Die Maschine war auf dem Weg nach Wien. "
            "Alle Passagiere kamen beim Absturz ums Leben. {np} wurde am Abend von der Polizei abgesperrt.")

    def feats(np):
        sents = tag_doc(nlp(text.format(np=np)))
        cand = next(c for c in definite_nps(sents) if c.sent == 3)
        return context_features(cand, article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword))

    story, foreign = feats("Die Absturzwaldstelle"), feats("Die Parfumverpackung")
    assert story["pv_mod"] > foreign["pv_mod"]
    assert story["pv_mod_close"] > foreign["pv_mod_close"]
    sents = tag_doc(nlp("Die Parfumverpackung wurde abgesperrt."))
    first = definite_nps(sents)[0]
    # nothing before the first sentence: no evidence either way
    assert context_features(first, article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword))["pv_fit"] == 0.0


@pytest.mark.parametrize("text", [
    "Die Explosion war so stark, dass die Fenster zerbrachen.",
    "Die Stadtverwaltung ist skeptisch, ob das Projekt gelingt.",
])
def test_a_clause_of_the_adjective_or_of_so_anchors_nothing(nlp, text):
    _, toks, j = _first_np(nlp, text)
    assert not copula_clause(toks, j)


def _dangling_nps(nlp, text: str, **dangling) -> list[str]:
    checks = ArticleChecks(dangling={"min_prob": 0.0, **dangling})  # every unresolved candidate reaches the flag
    if checks.vectors is None:
        pytest.skip("no topic vectors in models/checks_de")
    sents = tag_doc(nlp(text))
    topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword)
    out: list[str] = []
    checks._dangling(sents, topic, lambda kind, s, e, reason, p: out.append(text[s:e]))
    return out


def test_the_event_filter_drops_an_event_noun_and_nothing_else(nlp):
    text = ("Am Montag stürmten Demonstranten das Rathaus der Stadt. Der Vorgang wird von der Polizei untersucht. "
            "Die Rauchvergiftung wurde am Abend im Stadtrat besprochen.")
    assert "Der Vorgang" in _dangling_nps(nlp, text)  # off (the shipped setting): the model judges it
    on = _dangling_nps(nlp, text, event_filter=True)
    assert "Der Vorgang" not in on and "Die Rauchvergiftung" in on


def test_the_copula_switch_drops_an_announced_noun(nlp):
    text = ("Die Regierung hat am Montag neue Regeln für Mieter beschlossen. Die Frage ist nur, wann sie gelten. "
            "Die Rauchvergiftung wurde am Abend im Stadtrat besprochen.")
    assert "Die Frage" in _dangling_nps(nlp, text)
    on = _dangling_nps(nlp, text, copula_anchors=True)
    assert "Die Frage" not in on and "Die Rauchvergiftung" in on
