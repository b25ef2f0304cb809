"""The verb-argument fit of a dangling candidate (newsgraph/checks/dangling_verbs.py; checks_de card, round 19): the
pairs are read off the shipped parse (a separated particle belongs to its verb, a passive subject is the verb's
patient), and counts made from parsed text rank a noun the text uses as a verb's subject above one it never does."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.dangling import definite_nps
from newsgraph.checks.dangling_verbs import candidate_slot, count_table, features, pairs
from newsgraph.checks.tagging import tag_doc


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def test_pairs_join_the_particle_and_read_a_passive_subject_as_patient(nlp):
    sents = tag_doc(nlp("Der Sprecher räumte am Montag einen Fehler ein. Der Minister wurde gestern entlassen."))
    got = pairs(sents)
    assert ("s", "einräumen", "sprech", 0) in got
    assert ("o", "einräumen", "fehl", 0) in got
    assert ("o", "entlassen", "minist", 0) in got
    first = definite_nps(sents)[0]
    assert candidate_slot(first.noun, sents[first.sent]) == ("s", "einräumen")


def test_counts_prefer_the_subject_the_corpus_gives_the_verb(nlp):
    corpus = ["Der Sprecher sagte, die Lage sei ruhig.", "Ein Sprecher der Polizei sagte am Abend, es gebe keine Opfer.",
              "Der Sprecher sagte, man prüfe den Fall.", "Die Ministerin sagte, sie werde zurücktreten.",
              "Die Saison begann im August.", "Die neue Saison beginnt im Herbst.", "Die Saison endete mit einem Sieg.",
              "Angela Merkel sagte, das Gesetz komme.", "Olaf Scholz sagte, er sei zufrieden."]
    table = count_table([pairs(tag_doc(nlp(t))) for t in corpus], min_verb=1)
    cfg = {"verb_min": 1, "verb_alpha": 1.0}

    def fit(text):
        sents = tag_doc(nlp(text))
        cand = definite_nps(sents)[0]
        nouns = [t for ts in sents for t in ts if t.is_noun]
        return features(cand.noun, sents[cand.sent], nouns, table, cfg)

    good, bad = fit("Der Sprecher sagte, der Verkehr rolle wieder."), fit("Die Saison sagte, der Verkehr rolle wieder.")
    assert good["va_has"] == bad["va_has"] == 1.0
    assert good["va_seen"] == 1.0 and bad["va_seen"] == 0.0
    assert good["va_pmi"] > bad["va_pmi"]
    # "sagen" is a verb of persons (names in the counts), "Saison" a noun of verbs that are not
    assert bad["va_agent_gap"] > good["va_agent_gap"]


def test_no_features_without_a_subject_slot_or_a_table(nlp):
    sents = tag_doc(nlp("Den Vertrag hat er am Montag unterschrieben."))
    nouns = [t for ts in sents for t in ts if t.is_noun]
    vertrag = next(t for t in sents[0] if t.text == "Vertrag")
    assert features(vertrag, sents[0], nouns, None, {})["va_has"] == 0.0
    table = count_table([pairs(sents)], min_verb=1)
    assert features(vertrag, sents[0], nouns, table, {"verb_min": 1})["va_has"] == 0.0  # an object, not a subject
