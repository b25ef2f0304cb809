"""A source frame on the cue verb of a quote of ours, outside its message, makes the verb's clause a quote of the frame
too, one quote per side of the frame (quotes.outer_source_frames, [model] outer_source_frame; de_quotes card, Round 29,
w3). The sentences are quotes-de train's (articles 444, 272, 584), where gold has those quotes."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import RawQuote, extract_quotes, model_available, outer_source_frames
from newsgraph.extract.quotes_features import config
from newsgraph.extract.quotes_rules import _span

from .quote_sentences import at, joined, parsed

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

WORDS = frozenset({"laut", "zufolge"})
TAGESSCHAU = "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein schiitischer Stamm diskriminiert werde."
ZAIDI = ("Das Team um Anita Zaidi kam der Meldung zufolge zu dem Schluss, dass die Infektionen auf einen Mangel an "
         "Wissen und Ausbildung zurückgeführt werden können.")
SPIEGEL = ("Laut Informationen des Nachrichtenmagazins DER SPIEGEL hat der IWF angekündigt, keine finanzielle Hilfe "
           "mehr leisten zu wollen.")


def _quote(text, toks, cue_words, message, speaker=""):
    """An Indirect quote of ``text``: that message, a cue of those words (first match each), that speaker."""
    m0 = text.index(message)
    m1 = m0 + len(message)
    cue = []
    for w in cue_words:
        k = at(toks, w)
        cue.append(_span(toks, k, k + 1))
    sp = [(text.index(speaker), text.index(speaker) + len(speaker))] if speaker else []
    return RawQuote(message=[(m0, m1)], mode="Indirect", cue=cue, speaker=sp, sent=toks[at(toks, cue_words[0])].sent)


def test_a_frame_inside_the_clause_gives_one_quote_per_side():
    doc, toks = parsed(TAGESSCHAU)
    q = _quote(TAGESSCHAU, toks, ["hatte", "kritisiert"], "dass sein schiitischer Stamm diskriminiert werde", "er")
    new = outer_source_frames(doc, toks, [q], WORDS)
    assert [joined(TAGESSCHAU, r.message) for r in new] == [
        "Außerdem hatte er", "kritisiert, dass sein schiitischer Stamm diskriminiert werde"]
    for r in new:
        assert r.mode == "Indirect" and not r.nested
        assert joined(TAGESSCHAU, r.cue) == "laut"
        assert joined(TAGESSCHAU, r.speaker) == "„tagesschau.de“"
    # the verb's own quote is left as it was
    assert joined(TAGESSCHAU, q.cue) == "hatte | kritisiert"


def test_a_postposed_zufolge_frame():
    doc, toks = parsed(ZAIDI)
    msg = "dass die Infektionen auf einen Mangel an Wissen und Ausbildung zurückgeführt werden können"
    q = _quote(ZAIDI, toks, ["kam", "zu", "dem", "Schluss"], msg, "Das Team um Anita Zaidi")
    new = outer_source_frames(doc, toks, [q], WORDS)
    assert [joined(ZAIDI, r.message) for r in new] == ["Das Team um Anita Zaidi kam", "zu dem Schluss, " + msg]
    assert {joined(ZAIDI, r.speaker) for r in new} == {"der Meldung"}
    # a word the key does not list fires nothing
    assert outer_source_frames(doc, toks, [q], frozenset({"laut"})) == []


def test_a_fronted_frame_the_linker_took_as_speaker_and_the_guards():
    doc, toks = parsed(SPIEGEL)
    msg = "keine finanzielle Hilfe mehr leisten zu wollen"
    frame = "Informationen des Nachrichtenmagazins DER SPIEGEL"
    q = _quote(SPIEGEL, toks, ["hat", "angekündigt"], msg, frame)
    new = outer_source_frames(doc, toks, [q], WORDS)
    assert [joined(SPIEGEL, r.message) for r in new] == ["hat der IWF angekündigt, " + msg]
    assert joined(SPIEGEL, new[0].speaker) == frame
    # the frame inside another quote's message is that quote's, not a second frame of the verb
    other = _quote(SPIEGEL, toks, ["hat", "angekündigt"], msg)
    inside = RawQuote(message=[(0, SPIEGEL.index(" hat"))], mode="Indirect", sent=other.sent)
    assert outer_source_frames(doc, toks, [other, inside], WORDS) == []
    # a Reported or nested quote, or one without a cue, has no verb clause of a report to frame
    for change in ({"mode": "Reported"}, {"nested": True}, {"cue": []}):
        r = _quote(SPIEGEL, toks, ["hat", "angekündigt"], msg)
        for k, v in change.items():
            setattr(r, k, v)
        assert outer_source_frames(doc, toks, [r], WORDS) == []


def test_end_to_end_the_key_adds_the_frame_quotes():
    doc, _ = parsed(TAGESSCHAU)
    m = config()["model"]
    old = m.get("outer_source_frame", [])
    try:
        got = {}
        for on in (False, True):
            m["outer_source_frame"] = ["laut", "zufolge"] if on else []
            got[on] = sorted((" ".join(TAGESSCHAU[a:b] for a, b in q.cue), joined(TAGESSCHAU, q.message))
                             for q in extract_quotes(doc, "de"))
    finally:
        m["outer_source_frame"] = old
    assert not any(c == "laut" for c, _ in got[False]), got
    assert set(got[False]) < set(got[True])
    assert ("laut", "Außerdem hatte er") in got[True], got
