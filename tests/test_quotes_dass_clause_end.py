"""An Indirect message opening with "dass" that runs on past its clause into the narrator's main clause is cut at the
clause's end (quotes.dass_clause_ends, [model] dass_clause_end; de_quotes card, Round 22 late, h9). The sentences are
quotes-de train's."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, dass_clause_ends, model_available
from newsgraph.extract.quotes_features import tokens_from_doc
from newsgraph.extract.quotes_rules import _span

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

# gold (train 54568): message "dass die Fahrgäste an den Unfällen selber Schuld seien", cue "Hieß es"
FRONTED = ("Hieß es zunächst noch, dass die Fahrgäste an den Unfällen selber Schuld seien, wird nun eine halbe Million "
           "Euro in die Sicherheit dieser Türen investiert.")
# gold (train 14742): one message over both dass-clauses, the second opening with "dass", not a verb
TWO_DASS = ("Ein BA-Sachbearbeiter sagte gegenüber Heise, dass es eher unwahrscheinlich sei, dass jemand, der gegenüber "
            "dem Arbeitsamt lüge, auf dem Finanzamt richtige Angaben mache.")


def _quote_from(text, word):
    doc = nlp_stage.load("de")(text)
    toks = tokens_from_doc(doc, "de")
    k = next(k for k, t in enumerate(toks) if t.text == word)
    q = RawQuote(message=[_span(toks, k, len(toks) - 1)], mode="Indirect", sent=toks[k].sent)
    return doc, toks, q


def _text(text, spans):
    return " | ".join(text[a:b] for a, b in spans)


def test_a_fronted_dass_clause_ends_before_the_main_clause():
    doc, toks, q = _quote_from(FRONTED, "dass")
    dass_clause_ends(doc, toks, [q])
    assert _text(FRONTED, q.message) == "dass die Fahrgäste an den Unfällen selber Schuld seien"


def test_a_tail_not_opening_with_an_indicative_verb_stays():
    doc, toks, q = _quote_from(TWO_DASS, "dass")
    before = list(q.message)
    dass_clause_ends(doc, toks, [q])
    assert q.message == before
    assert _text(TWO_DASS, q.message).endswith("richtige Angaben mache")


def test_other_modes_are_left_alone():
    doc, toks, q = _quote_from(FRONTED, "dass")
    q.mode = "Reported"
    before = list(q.message)
    dass_clause_ends(doc, toks, [q])
    assert q.message == before
