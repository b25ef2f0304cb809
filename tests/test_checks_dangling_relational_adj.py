"""Round 24: an NP with a relational adjective is skipped by default ("Die türkische Regierung" is unique), and with
``relational`` it is a candidate marked for the model (``rel_adj``), since the adjective does not make every noun unique
("Die österreichische Beilage"). Real sentences, parsed by the nlp stage."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.dangling import definite_nps, features
from newsgraph.checks.tagging import tag_doc

TEXT = ("Die Regierung in Ankara hat neue Wahlen angesetzt. Die Opposition kritisierte den Termin scharf. "
        "Die türkische Wahlkommission prüft nun die Listen. Der Termin gilt als knapp.")


@pytest.fixture(scope="module")
def sents():
    return tag_doc(nlp_stage.load("de")(TEXT))


def test_relational_adjective_is_skipped_by_default(sents):
    nouns = {c.noun.text for c in definite_nps(sents)}
    assert "Wahlkommission" not in nouns and "Opposition" in nouns


def test_relational_adjective_marked_when_asked(sents):
    cands = {c.noun.text: c for c in definite_nps(sents, relational=True)}
    assert cands["Wahlkommission"].relational and not cands["Opposition"].relational
    f = features(cands["Wahlkommission"], (0, 0, 0, 0, 0), None, len(sents), {}, sents[cands["Wahlkommission"].sent])
    assert f["rel_adj"] == 1.0
    assert features(cands["Opposition"], (0, 0, 0, 0, 0), None, len(sents), {}, None)["rel_adj"] == 0.0
