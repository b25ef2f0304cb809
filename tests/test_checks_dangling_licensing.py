"""Licensing of a definite NP by the words before it, read off a learnt bridging table (newsgraph/checks/dangling.
bridge_features, round 11; bridge_part_features, round 29: the earlier nouns also by their compound parts; checks_de card,
"Round 29 … c1"). Parsed real text; the tables are small hand-written stand-ins for build_bridges.py's, so the test says
what the lookup does, not what the corpus learnt."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.dangling import bridge_features, bridge_part_features, unresolved
from newsgraph.checks.tagging import tag_doc
from newsgraph.checks.vectors import stem

CRASH = ("Auf der Autobahn bei Kassel ist am Sonntag ein Unfallwagen in die Leitplanke gekracht. "
         "Der Beifahrer wurde mit leichten Verletzungen ins Krankenhaus gebracht.")
CONCERT = ("Die Band spielte am Samstag vor ausverkauftem Haus in der Hamburger Sporthalle. "
           "Der Beifahrer wurde mit leichten Verletzungen ins Krankenhaus gebracht.")
# what build_bridges.py keeps per noun: licensor key -> PMI (nouns by stem, other words by a six-letter prefix)
TABLE = {stem("Beifahrer"): {stem("Wagen"): 2.4, stem("Autobahn"): 1.2, "gekrac": 1.9}}


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def _candidate(nlp, text: str):
    sents = tag_doc(nlp(text))
    cands = [c for c, has in unresolved(sents, {}, 1) if not has]
    assert [c.noun.text for c in cands] == ["Beifahrer"]
    return cands[0], sents[:cands[0].sent]


def test_an_earlier_compound_licenses_by_its_head(nlp):
    cand, before = _candidate(nlp, CRASH)
    whole = bridge_features(cand.noun, before, TABLE)
    part = bridge_part_features(cand.noun, before, TABLE)
    # "Unfallwagen" is no licensor as a whole word; its head "wag(en)" is
    assert part["bridge_part"] == 2.4 and part["bridge_part_n"] > whole["bridge_n"]
    assert whole["bridge"] == 1.9 and whole["has_bridges"] == 1.0  # "Autobahn" is in "Auf der Autobahn" too, but weaker


def test_nothing_before_licenses_a_passenger_at_a_concert(nlp):
    cand, before = _candidate(nlp, CONCERT)
    assert bridge_part_features(cand.noun, before, TABLE) == {"bridge_part": 0.0, "bridge_part_n": 0.0}
    assert bridge_features(cand.noun, before, TABLE)["bridge"] == 0.0
    assert bridge_part_features(cand.noun, before, None) == {"bridge_part": 0.0, "bridge_part_n": 0.0}
