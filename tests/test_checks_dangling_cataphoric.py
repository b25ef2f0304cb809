"""A definite NP opened by a lower-case article is no dangling-reference candidate (newsgraph/checks/dangling.
definite_nps; round 23, h1): with segment.toml's semicolon_sentences on, a semicolon between two main clauses starts a
sentence, and the article after it goes on the writer's sentence ("…, dass Nadal sehr stark war; die Art, wie er …" was
a false flag on the untouched quotes-de dev article 84711). Passage from quotes-de train (68535); the same passage with a
period keeps its candidate."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.dangling import definite_nps
from newsgraph.checks.tagging import tag_doc


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def _nouns(nlp, text: str) -> set[str]:
    return {c.noun.text for c in definite_nps(tag_doc(nlp(text))) if c.sent > 0}


def test_a_lower_case_article_after_a_semicolon_is_no_candidate(nlp):
    text = ("43 oder 44 Tage hat die Hauptverhandlung gegen den prominenten Wettermoderator gedauert; die "
            "Berichterstatter sind sich da nicht einig.")
    sents = tag_doc(nlp(text))
    assert [s[0].text for s in sents] == ["43", "die"]  # the semicolon opens a sentence (semicolon_sentences)
    assert "Berichterstatter" not in _nouns(nlp, text)


def test_the_same_noun_after_a_period_stays_a_candidate(nlp):
    text = ("43 oder 44 Tage hat die Hauptverhandlung gegen den prominenten Wettermoderator gedauert. Die "
            "Berichterstatter sind sich da nicht einig.")
    assert "Berichterstatter" in _nouns(nlp, text)
