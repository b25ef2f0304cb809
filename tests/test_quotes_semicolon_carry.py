"""A sentence opened by a semicolon (segment.toml semicolon_sentences) goes on the message before it when it continues the
reported speech (quotes.semicolon_carry, [model] semicolon_carry; de_quotes card, Round 24, h1). quotes-de splits the
sentence at such a semicolon but keeps the message whole. The passages are quotes-de train's."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, model_available, semicolon_carry
from newsgraph.extract.quotes_features import tokens_from_doc
from newsgraph.extract.quotes_rules import _span

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

# train 57933: one gold IndirectFreeIndirect message over both halves (Konjunktiv "habe" after the semicolon)
KONJUNKTIV = ("In den kleineren Städten hingegen sei das Bild völlig unterschiedlich gewesen; hier habe Mussawi rund zwei "
              "Drittel der Stimmen erhalten.")
# train 43595: one gold FreeIndirect message, the same hearsay modal on both sides
MODAL = ("Alle Opfer sollen in Verbindung mit dem in der Nähe des Tatorts gelegenen Restaurant „Da Bruno“ gestanden "
         "haben; die Männer sollen zwischen 16 und 39 Jahre alt gewesen sein.")
# train 73055: gold message "die Anschläge verübt zu haben" only; "bekannte" is the indicative past
PAST = ("Die al-Shabaab wurde von Kenias Regierung beschuldigt, die Anschläge verübt zu haben; diese bekannte sich "
        "jedoch nie zu den Anschlägen.")
# train 82411: gold message "sich auch dort unsicher zu fühlen"; the sentence after the semicolon is the narrator's
INDICATIVE = ("Viele Menschen gaben an, sich auch dort unsicher zu fühlen; vor allem Frauen machen im Dunkeln lieber einen "
              "Bogen um den Bahnhofsvorplatz.")


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def _setup(nlp, text, start_word, mode="IndirectFreeIndirect"):
    doc = nlp(text)
    toks = tokens_from_doc(doc, "de")
    semi = next(k for k, t in enumerate(toks) if t.text == ";")
    assert toks[semi + 1].sent == toks[semi].sent + 1  # the semicolon opens a sentence
    k = next(k for k, t in enumerate(toks) if t.text == start_word)
    q = RawQuote(message=[_span(toks, k, semi)], mode=mode, sent=toks[k].sent)
    return doc, toks, q, semi


def _text(text, spans):
    return " | ".join(text[a:b] for a, b in spans)


def test_a_konjunktiv_sentence_after_the_semicolon_goes_on_the_message(nlp):
    doc, toks, q, _ = _setup(nlp, KONJUNKTIV, "In")
    out = semicolon_carry(doc, toks, [q])
    assert out == [q]
    assert _text(KONJUNKTIV, q.message) == KONJUNKTIV


def test_the_same_hearsay_modal_carries_and_takes_in_a_cue_less_quote_there(nlp):
    doc, toks, q, semi = _setup(nlp, MODAL, "Alle", "FreeIndirect")
    rest = RawQuote(message=[_span(toks, semi + 1, len(toks) - 1)], mode="Indirect", sent=toks[semi + 1].sent)
    out = semicolon_carry(doc, toks, [q, rest])
    assert out == [q]
    assert _text(MODAL, q.message) == MODAL


def test_a_quote_with_its_own_cue_after_the_semicolon_stops_the_carry(nlp):
    doc, toks, q, semi = _setup(nlp, MODAL, "Alle", "FreeIndirect")
    k = next(k for k in range(semi, len(toks)) if toks[k].text == "sollen")
    own = RawQuote(message=[_span(toks, semi + 1, len(toks) - 1)], mode="Indirect", cue=[_span(toks, k, k + 1)],
                   sent=toks[semi + 1].sent)
    before = list(q.message)
    assert semicolon_carry(doc, toks, [q, own]) == [q, own]
    assert q.message == before


@pytest.mark.parametrize("text,word", [(PAST, "die"), (INDICATIVE, "sich")])
def test_the_narrators_indicative_after_the_semicolon_stays_out(nlp, text, word):
    doc, toks, q, _ = _setup(nlp, text, word, "Indirect")
    before = list(q.message)
    semicolon_carry(doc, toks, [q])
    assert q.message == before


def test_direct_quotes_are_left_alone(nlp):
    doc, toks, q, _ = _setup(nlp, KONJUNKTIV, "In", "Direct")
    before = list(q.message)
    semicolon_carry(doc, toks, [q])
    assert q.message == before
