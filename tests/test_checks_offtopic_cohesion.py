"""Round 22's cohesion features of an off-topic candidate (``topic.cohesion``): whether an adverbial clause appended to a
sentence takes up that sentence's words, tense, reported-speech mood and subject, as a clause the writer added does and
one pasted in from another story does not (checks_de card, round 22, h7)."""

from __future__ import annotations

HOST = "Der Minister sagte am Montag, er werde die Kosten des Umbaus nicht allein tragen"


def _appended(text: str) -> dict[str, float]:
    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.tagging import tag_doc
    from newsgraph.checks.topic import ArticleTopic, cohesion, segments

    doc = nlp_stage.load("de")(text)
    sents = tag_doc(doc)
    segs = [s for s in segments(sents) if s.kind == "appended"]
    assert len(segs) == 1, [" ".join(t.text for t in s.toks) for s in segs]
    topic = ArticleTopic.__new__(ArticleTopic)  # cohesion reads only the sentences, not the topic vectors
    topic._sents = sents
    return cohesion(topic, segs[0], doc)


def test_a_clause_of_another_story_shares_nothing_with_its_sentence():
    """The dev insertion's clause ("während die Sonde direkt durch diese Fontänen hindurchfliegt") after reported speech:
    no word of the sentence, indicative after the Konjunktiv, a subject the text never named."""
    f = _appended(HOST + ", während die Sonde direkt durch diese Fontänen hindurchfliegt.")
    assert f["host_share"] == 0.0 and f["ctx_share"] == 0.0
    assert f["mood_clash"] == 1.0
    assert f["subj_given"] == 0.0


def test_a_clause_the_writer_added_takes_up_its_sentence():
    """The same sentence with a clause that belongs to it: it repeats "Kosten", stays in the Konjunktiv, and its subject
    is the noun the sentence named."""
    f = _appended(HOST + ", weil die Kosten viel zu hoch seien.")
    assert f["host_share"] > 0.0 and f["ctx_share"] >= f["host_share"]
    assert f["mood_clash"] == 0.0
    assert f["subj_given"] == 1.0
