"""A source frame inside its clause ("laut X", "nach Angaben X", "X zufolge", "demnach"): quotes-de's message is the
clause on both sides of the frame, without it; the taggers and rule frames often stop at the frame, and
quotes.frame_sides ([model] frame_sides) takes in the other side up to the clause's end (de_quotes card, Round 21,
message tokens; h4). The sentences are quotes-de dev's, where the extractor's message held one side only."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import RawQuote, frame_sides, model_available
from newsgraph.extract.quotes_rules import _span

from .quote_sentences import at, parsed

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")


def _quote(toks, a, b, cue_k, mode="Indirect"):
    return RawQuote(message=[_span(toks, a, b)], mode=mode, cue=[_span(toks, cue_k, cue_k + 1)], sent=toks[a].sent)


def _text(text, q):
    return " | ".join(text[a:b] for a, b in q.message)


def test_the_head_before_a_frame_joins_the_message():
    text = "Heute wurden nach israelischen Armeeangaben mindestens 40 Ziele angegriffen."
    doc, toks = parsed(text)
    n = at(toks, "nach")
    q = _quote(toks, at(toks, "mindestens"), len(toks) - 1, n)
    frame_sides(doc, toks, [q])
    # "nach israelischen Armeeangaben" (cue and speaker) stays out, as in gold
    assert _text(text, q) == "Heute wurden | mindestens 40 Ziele angegriffen"


def test_the_tail_after_a_nach_frame_joins_the_message():
    text = "800.000 Menschen wurden nach Angaben des Roten Kreuzes obdachlos."
    doc, toks = parsed(text)
    n = at(toks, "nach")
    q = _quote(toks, 0, n, n)
    frame_sides(doc, toks, [q])
    assert _text(text, q) == "800.000 Menschen wurden | obdachlos"


def test_the_extension_stops_at_the_clause_and_leaves_other_quotes_alone():
    text = "Die Laufzeit war kurz, im Detail sollen demnach die drei Dienste das Recht besitzen."
    doc, toks = parsed(text)
    d = at(toks, "demnach")
    q = _quote(toks, d + 1, len(toks) - 1, d)
    frame_sides(doc, toks, [q])
    assert _text(text, q) == "im Detail sollen | die drei Dienste das Recht besitzen"
    # a message not next to its frame, a cue that is no source frame, a Direct quote: unchanged
    far = _quote(toks, d + 2, len(toks) - 1, d)
    verb = _quote(toks, d + 1, len(toks) - 1, at(toks, "sollen"))
    direct = _quote(toks, d + 1, len(toks) - 1, d, mode="Direct")
    before = [list(x.message) for x in (far, verb, direct)]
    frame_sides(doc, toks, [far])
    frame_sides(doc, toks, [verb])
    frame_sides(doc, toks, [direct])
    assert [x.message for x in (far, verb, direct)] == before
    # the clause's other side already another quote's message: nothing taken from it
    own = _quote(toks, d + 1, len(toks) - 1, d)
    other = RawQuote(message=[_span(toks, at(toks, "im"), d)], mode="Indirect", sent=toks[d].sent)
    frame_sides(doc, toks, [other, own])
    assert _text(text, own) == "die drei Dienste das Recht besitzen"
