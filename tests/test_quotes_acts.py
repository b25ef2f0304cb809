"""Reported speech acts: quotes-de gives them no cue, the claims stage still reads their verb."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import extract_quotes, model_available
from newsgraph.model import Certainty
from newsgraph.pipeline import Pipeline

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")


def test_reported_act_keeps_its_verb_out_of_the_cue():
    # quotes-de train: "Der spanische Rundfunk berichtet von einem Unwetter …" is a Reported quote with no cue
    text = "Der Fernsehsender „Silverbird“ berichtete von der Bergung von 56 Leichen."
    qs = extract_quotes(nlp_stage.load("de")(text))
    rep = [q for q in qs if q.mode == "Reported"]
    assert rep, [q.mode for q in qs]
    assert rep[0].cue == []
    assert [text[a:b] for a, b in rep[0].act] == ["berichtete"]


def test_reported_denial_still_reads_the_act_verb():
    text = "Ein Sprecher des Ministeriums dementierte den Bericht der Zeitung am Montag."
    a = Pipeline().analyse_text(text, language="de")
    rep = [c for c in a.claims if c.mode.value == "Reported"]
    assert rep and rep[0].cue is not None and rep[0].cue.text == "dementierte"
    assert rep[0].certainty == Certainty.denied


def test_reported_complement_rule_reads_the_zu_clause():
    # quotes-de train (cross-fitted taggers call it a Reported act); the rule is off by default
    from newsgraph.extract.quotes import RawQuote
    from newsgraph.extract.quotes_features import config, tokens_from_doc
    from newsgraph.extract.quotes_rules import reported_complements

    text = "Greenpeace fordert, die Firma für die Schäden haftbar zu machen."
    doc = nlp_stage.load("de")(text)
    toks = tokens_from_doc(doc, "de")
    q = RawQuote(message=[(0, len(text))], mode="Reported")
    de = config()["de"]
    # as _add_rule_frames calls it: the lemmatizer gives "forderen", the stem "fordert" of reported_stems matches
    reported_complements(doc, toks, [q], frozenset(de["indirect_lemmas"]),
                         tuple(de["indirect_stems"]) + tuple(de["reported_stems"]), tuple(de["indirect_zu_stems"]))
    assert q.mode == "Indirect"
    assert text[q.message[0][0]:q.message[-1][1]] == "die Firma für die Schäden haftbar zu machen"
    assert [text[a:b] for a, b in q.cue] == ["fordert"]
