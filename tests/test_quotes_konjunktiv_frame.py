"""A frame verb in Konjunktiv I is itself reported speech ("Er gehe davon aus, dass …"): quotes_cues.tidy_cues moves it
from the cue to the act, and quotes-de's message takes the frame's clause in; quotes.konjunktiv_frame_heads ([model]
konjunktiv_frame_head) extends the message back to that clause's start (de_quotes card, Round 21, message tokens; h4).
The sentence is quotes-de dev's, where the extractor's message started at "dass"."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, konjunktiv_frame_heads, model_available
from newsgraph.extract.quotes_features import tokens_from_doc
from newsgraph.extract.quotes_rules import _span

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

TEXT = ("Ein Sprecher erklärte, er gehe davon aus, dass Hashim Thaçi die Unabhängigkeit der Provinz direkt am Sonntag "
        "ausrufen werde.")


def _setup():
    toks = tokens_from_doc(nlp_stage.load("de")(TEXT), "de")
    at = {t.text: k for k, t in enumerate(toks)}
    return toks, at


def _quote(toks, at, **kw):
    return RawQuote(message=[_span(toks, at["dass"], len(toks) - 1)], mode="Indirect", sent=0, **kw)


def _text(q):
    return " | ".join(TEXT[a:b] for a, b in q.message)


def test_the_konjunktiv_frame_clause_joins_the_message():
    toks, at = _setup()
    assert toks[at["gehe"]].mood_sub
    q = _quote(toks, at, act=[_span(toks, at["gehe"], at["gehe"] + 1)])
    konjunktiv_frame_heads(toks, [q])
    # back to the comma after "erklärte": the indicative frame stays out
    assert _text(q).startswith("er gehe davon aus, dass Hashim")


def test_indicative_or_cued_frames_and_other_quotes_stop_it():
    toks, at = _setup()
    act = [_span(toks, at["gehe"], at["gehe"] + 1)]
    cued = _quote(toks, at, act=act, cue=[_span(toks, at["erklärte"], at["erklärte"] + 1)])
    indicative = _quote(toks, at, act=[_span(toks, at["erklärte"], at["erklärte"] + 1)])
    q = _quote(toks, at, act=act)
    other = RawQuote(message=[_span(toks, at["er"], at["aus"] + 1)], mode="IndirectFreeIndirect", sent=0)
    konjunktiv_frame_heads(toks, [cued, indicative])
    konjunktiv_frame_heads(toks, [other, q])
    assert [_text(x).split()[0] for x in (cued, indicative, q)] == ["dass", "dass", "dass"]
