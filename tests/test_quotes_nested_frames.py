"""An Indirect message of a speech verb that opens with a source frame holds a quote of that frame in quotes-de: gold
keeps the outer message whole and nests the frame's quote in it (quotes.nested_frames, [model] nested_frames; de_quotes
card, Round 26 late, q1). The sentence is quotes-de train's (12599), where gold nests the "nach" quote in the "sagte" one."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import RawQuote, model_available, nested_frames
from newsgraph.extract.quotes_rules import _span

from .quote_sentences import at, joined, parsed

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

NESTED = ("Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend gegenüber der Presse, nach neuesten Erkenntnissen "
          "habe ein Unbekannter den Namen der Frau verwendet, um ihr Kind in eBay anzubieten.")
# split_frames' case: the frame after a clause of the message, which gold cuts there, not nests
MID = ("Er sagte, die Männer seien festgenommen worden und nach Angaben der Polizei hätten sie Waffen bei sich "
       "getragen.")


def _outer(toks, cue_word, start_word):
    v, s = at(toks, cue_word), at(toks, start_word)
    return RawQuote(message=[_span(toks, s, len(toks) - 1)], mode="Indirect", cue=[_span(toks, v, v + 1)],
                    sent=toks[v].sent)


def test_a_source_frame_opening_the_message_gets_a_nested_quote():
    doc, toks = parsed(NESTED)
    q = _outer(toks, "sagte", "nach")
    before = list(q.message)
    new = nested_frames(doc, toks, [q])
    assert len(new) == 1
    r = new[0]
    assert r.nested and r.mode == "Indirect"
    assert joined(NESTED, r.cue) == "nach"
    assert joined(NESTED, r.speaker) == "neuesten Erkenntnissen"
    assert joined(NESTED, r.message) == ("habe ein Unbekannter den Namen der Frau verwendet, um ihr Kind in eBay "
                                         "anzubieten")
    # the outer quote stays whole, with its own cue
    assert q.message == before and joined(NESTED, q.cue) == "sagte"


def test_no_nested_quote_for_a_frame_inside_the_message_a_frame_cue_or_a_direct_quote():
    doc, toks = parsed(MID)
    assert nested_frames(doc, toks, [_outer(toks, "sagte", "die")]) == []
    doc, toks = parsed(NESTED)
    # the frame is the quote's own cue: nothing to nest it in
    n = at(toks, "nach")
    q = RawQuote(message=[_span(toks, n + 3, len(toks) - 1)], mode="Indirect", cue=[_span(toks, n, n + 1)],
                 sent=toks[n].sent)
    assert nested_frames(doc, toks, [q]) == []
    d = _outer(toks, "sagte", "nach")
    d.mode = "Direct"
    assert nested_frames(doc, toks, [d]) == []
