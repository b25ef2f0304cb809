"""[model] parsed_indirect_hanta (quotes_rules.parsed_indirect, round 20, h4; off): a speech verb whose parser lemma
misses [de] indirect_lemmas is matched by HanTa's lemma of its form. de_core leaves the participle of a periphrastic
tense as its own lemma ("hat … darauf hingewiesen" -> "hingewiesen"), so the rule skipped its "dass" complement.
The passage is quotes-de train's (gold: cue "hat darauf hingewiesen", message the dass clause); the rule is asked
directly. Matched by HanTa alone, a complement must be marked (dass / ob, Konjunktiv, zu-infinitive) and open with
no other subordinator: the temporal clause after "gemeldet" ("nachdem er … zu sehen war") stays no quote."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc
from newsgraph.extract.quotes_rules import parsed_indirect

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")
hanta = pytest.importorskip("HanTa")

AMNESTY = ("Amnesty International hat bereits mehrfach darauf hingewiesen, dass es sich um eine unnötige "
           "Strafverschärfung handelt.")
# a quotes-de train passage where the unrestricted match fired on a clause gold leaves unmarked
TEMPORAL = ("Die Fluglotsen hatten den Hubschrauber kurz vor der Landung als vermisst gemeldet, nachdem er auf den "
            "Radarschirmen nicht mehr zu sehen war.")


def _fires(text, on):
    de = config()["de"]
    old = config()["model"].get("parsed_indirect_hanta", False)
    config()["model"]["parsed_indirect_hanta"] = on
    try:
        doc = nlp_stage.load("de")(text)
        toks = tokens_from_doc(doc, "de")
        return [(" ".join(text[a:b] for a, b in q.message), " ".join(text[a:b] for a, b in q.cue))
                for q in parsed_indirect(doc, toks, frozenset(de["indirect_lemmas"]), tuple(de["indirect_zu_stems"]),
                                         tuple(de["indirect_stems"]))]
    finally:
        config()["model"]["parsed_indirect_hanta"] = old


def test_a_participle_the_parser_does_not_lemmatize_frames_its_dass_clause_with_hanta():
    doc = nlp_stage.load("de")(AMNESTY)
    verb = next(t for t in doc if t.text == "hingewiesen")
    if verb.lemma_.lower() == "hinweisen":
        pytest.skip("this parser lemmatizes the participle itself")
    assert not [m for m, _ in _fires(AMNESTY, False) if m.startswith("dass")]
    got = _fires(AMNESTY, True)
    assert any(m.startswith("dass es sich um eine unnötige Strafverschärfung handelt") and "hingewiesen" in c
               for m, c in got), got


def test_a_temporal_clause_is_no_complement_of_a_hanta_matched_verb():
    assert not [m for m, _ in _fires(TEMPORAL, True) if "Radarschirmen" in m]
