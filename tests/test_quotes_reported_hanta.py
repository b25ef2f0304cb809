"""[de] reported_hanta_lemmas (quotes_rules.reported_acts, round 24, h2; off): verbs of quotes-de's Reported acts matched
by lemma (the parser's, else HanTa's) where the rule's finite-form stems miss them ("hat … angekündigt", "warnen" in the
plural present). Both passages are quotes-de train Reported quotes (the whole sentence the message, no cue) that the
shipped extractor misses on cross-fitted train; the rule is asked directly, with the list empty (as shipped) and with
the round's measured list. A participle of a verb off the list stays no act."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc
from newsgraph.extract.quotes_rules import reported_acts

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")
pytest.importorskip("HanTa")

SNOWDEN = "Edward Snowden hatt noch weitere Enthüllungen zum Spähprogramme der US-Geheimdienste angekündigt."
BRAZIL = "Die brasilianischen Behörden warnen außerdem vor einem erhöhten Gelbfieberrisiko in der Hauptstadt Brasilia."
OFF_LIST = "Die Regierung hat eine Untersuchung des Unfalls eingeleitet."
MEASURED = ["ankündigen", "warnen"]


def _acts(text, lemmas):
    de = config()["de"]
    doc = nlp_stage.load("de")(text)
    toks = tokens_from_doc(doc, "de")
    return [(q.mode, text[q.message[0][0]:q.message[-1][1]], q.cue)
            for q in reported_acts(toks, tuple(de["reported_stems"]), doc, frozenset(de["reported_lemmas"]),
                                   de.get("reported_max_quoted", 0.0), de.get("reported_stem_needs", {}),
                                   frozenset(lemmas))]


def test_shipped_list_is_empty():
    assert config()["de"].get("reported_hanta_lemmas", []) == []


@pytest.mark.parametrize("text", [SNOWDEN, BRAZIL])
def test_a_listed_verb_the_stems_miss_makes_the_sentence_a_reported_act(text):
    assert _acts(text, []) == []
    got = _acts(text, MEASURED)
    assert len(got) == 1, got
    mode, message, cue = got[0]
    assert mode == "Reported" and cue == []
    # quotes-de's Reported message: the whole sentence
    assert message.startswith(text.split()[0]) and message.rstrip(".") == text.rstrip("."), got


def test_a_participle_off_the_list_is_no_act():
    assert _acts(OFF_LIST, MEASURED) == []
