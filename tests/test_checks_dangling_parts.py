"""The topic vectors' parts of a dangling candidate (newsgraph/checks/dangling.py ``part_features``; checks_de card, round
21): a known noun has one vector, an unknown compound of two known parts two (its head's and its first part's), and the
parts are scored apart against the article without the candidate; the shipped model reads ``part_known``."""

from __future__ import annotations

from newsgraph.checks.dangling import definite_nps, part_features
from newsgraph.checks.tagging import tag_doc
from newsgraph.checks.topic import article_topic

TEXT = ("Ein Flugzeug ist am Montag in den Alpen abgestürzt. Die Maschine war auf dem Weg nach Wien. "
        "Alle Passagiere kamen ums Leben. {np} wurde am Abend von der Polizei abgesperrt. "
        "Die Ermittler suchen nach der Ursache des Absturzes.")


def parts(checks, nlp, np: str) -> dict[str, float]:
    sents = tag_doc(nlp(TEXT.format(np=np)))
    cand = next(c for c in definite_nps(sents) if c.sent == 3)
    topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword)
    return part_features(cand, topic)


def test_a_known_noun_has_one_vector_an_unknown_compound_two(checks, nlp):
    known = parts(checks, nlp, "Der Ort")
    assert known["part_known"] == 1.0 and known["part_max"] == known["part_min"]
    compound = parts(checks, nlp, "Die Absturzwaldstelle")  # no corpus text names it; "Absturz" and "Stelle" are known
    assert compound["part_known"] == 2.0
    assert compound["part_max"] >= compound["part_min"]


def test_the_story_part_of_a_compound_fits_the_story(checks, nlp):
    # the first part of "Absturzwaldstelle" is what the text is about; the known head of "Parfumverpackung" is not
    story = parts(checks, nlp, "Die Absturzwaldstelle")
    foreign = parts(checks, nlp, "Die Parfumverpackung")
    assert story["part_max"] > foreign["part_max"]


def test_the_shipped_model_reads_part_known(checks):
    assert checks.dangling_model is not None and "part_known" in checks.dangling_model["features"]
