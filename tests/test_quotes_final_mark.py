"""The act classifier's sentence-long quotes take in their sentence's full stop ([model] close_final_mark,
quotes_rules.close_final_mark): quotes-de ends such a free indirect or Reported message with the mark, add_acts cuts
it off (de_quotes card, Round 19, message; h9). The sentence is quotes-de dev's (article 23), where the act classifier
finds it as a FreeIndirect quote and gold's message ends with the full stop."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, model_available
from newsgraph.extract.quotes_features import tokens_from_doc
from newsgraph.extract.quotes_rules import _span, _strip, close_final_mark

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

TEXT = ("Der Bär sei gefährlich, weil er sich in die Enge getrieben fühle und angreife. Aus diesem Grund soll der Bär "
        "jetzt so rasch wie möglich eingefangen oder im Ernstfall auch erschossen werden.")
SENT = "Aus diesem Grund soll der Bär jetzt so rasch wie möglich eingefangen oder im Ernstfall auch erschossen werden"


def _setup():
    doc = nlp_stage.load("de")(TEXT)
    toks = tokens_from_doc(doc, "de")
    last = toks[-1].sent
    a = min(k for k, t in enumerate(toks) if t.sent == last)
    s0, s1 = _strip(toks, a, len(toks))  # as quotes_acts.add_acts builds an act quote's message
    return toks, s0, s1


def _quote(toks, s0, s1, origin="act", cue=None, mode="FreeIndirect"):
    return RawQuote(message=[_span(toks, s0, s1)], mode=mode, cue=cue or [], sent=toks[s0].sent, origin=origin)


def _text(q):
    return " ".join(TEXT[a:b] for a, b in q.message)


def test_an_act_quote_takes_in_the_full_stop_of_its_sentence():
    toks, s0, s1 = _setup()
    q = _quote(toks, s0, s1)
    assert _text(q) == SENT
    close_final_mark(toks, [q], frozenset({"act"}))
    assert _text(q) == SENT + "."


def test_other_steps_cued_quotes_and_clauses_inside_the_sentence_are_left_alone():
    toks, s0, s1 = _setup()
    crf = _quote(toks, s0, s1, origin="crf")
    cued = _quote(toks, s0, s1, cue=[_span(toks, s0 + 3, s0 + 4)])
    comma = next(k for k, t in enumerate(toks) if t.text == ",")
    inner = _quote(toks, 0, comma)  # ends before a comma, not the closing mark
    close_final_mark(toks, [crf, cued, inner], frozenset({"act"}))
    assert _text(crf) == SENT and _text(cued) == SENT
    assert _text(inner) == "Der Bär sei gefährlich"
    off = _quote(toks, s0, s1)
    close_final_mark(toks, [off], frozenset())
    assert _text(off) == SENT

