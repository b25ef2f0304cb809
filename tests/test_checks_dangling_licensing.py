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


def _flags(nlp, checks, text: str) -> dict[str, float]:
    from newsgraph.checks.topic import article_topic

    sents = tag_doc(nlp(text))
    topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword)
    out: dict[str, float] = {}
    checks._dangling(sents, topic, lambda kind, s, e, reason, p: out.__setitem__(text[s:e], p))
    return out


def test_a_second_fit_free_model_flags_what_the_first_lets_pass(nlp, tmp_path):
    """``[dangling] intro_model`` (round 29, off): a regression without the topic-fit features flags a candidate the
    shipped model lets pass when its own probability reaches ``intro_min_prob``; off ("") the stage is the shipped one.
    The second model here is hand-written: it reads only ``countable``, whatever the noun's fit."""
    import json

    from newsgraph.checks.article import ArticleChecks

    base = ArticleChecks(dangling={"min_prob": 0.999})
    assert _flags(nlp, base, CONCERT) == {}  # the shipped model at a threshold nothing reaches
    intro = {"model": {"features": ["countable"], "mean": [0.0], "scale": [1.0], "coef": [100.0], "intercept": 0.0}}
    (tmp_path / "intro.json").write_text(json.dumps(intro), "utf-8")
    on = ArticleChecks(dangling={"min_prob": 0.999, "intro_model": str(tmp_path / "intro.json"), "intro_min_prob": 0.9})
    flags = _flags(nlp, on, CONCERT)
    assert list(flags) == ["Der Beifahrer"] and flags["Der Beifahrer"] >= 0.999
    strict = ArticleChecks(dangling={"min_prob": 0.999, "intro_model": str(tmp_path / "intro.json"), "intro_min_prob": 1.01})
    assert _flags(nlp, strict, CONCERT) == {}
