"""wie-clause frames whose clause the surface scan cuts short ([model] wie_frames_parse, quotes_rules._parsed_wie_clause;
de_cues card, Round 27): the scan stops at the first punctuation or quotation mark, so an apposition, a parenthesis or a
quoted name between "wie" and its verb-final speech verb hides the frame. The sentences are quotes-de train's, where gold
marks "wie … <verb>" as the cue of an Indirect quote of the rest of the sentence; the rule is asked directly."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc
from newsgraph.extract.quotes_rules import wie_frames

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

APPOSITION = ("Die Chemikalie hatte Raumtemperatur und stand unter Druck, wie Burt Rutan, Chef der Firma Scaled "
              "Composites, mitteilte.")
PARENTHESIS = ("Wie aus einer Verlautbarung der Internationalen Sicherheitsunterstützungstruppe (ISAF) hervorgeht, wurden "
               "im Bezirk Zhari in der afghanischen Provinz Kandahar fünf unbeteiligte Zivilisten getötet.")
NOT_SPEECH = "Die Namen selbst werden meist abgekürzt, wie eine aktuelle Bekanntmachung zeigt."
COMPARISON = "Das Feuer breitete sich aus wie ein Sturm, der über die Felder zieht."


def _t(text, spans):
    return " ".join(text[a:b] for a, b in spans)


def _wie(text, on):
    de = config()["de"]
    lemmas = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("wie_frame_lemmas", []))
    old = config()["model"].get("wie_frames_parse", False)
    try:
        config()["model"]["wie_frames_parse"] = on
        doc = nlp_stage.load("de")(text)
        return wie_frames(doc, tokens_from_doc(doc, "de"), lemmas)
    finally:
        config()["model"]["wie_frames_parse"] = old


def test_an_apposition_between_wie_and_its_verb():
    assert not _wie(APPOSITION, False)
    (q,) = _wie(APPOSITION, True)
    assert _t(APPOSITION, q.cue) == "wie mitteilte"
    assert _t(APPOSITION, q.message) == "Die Chemikalie hatte Raumtemperatur und stand unter Druck"
    assert q.mode == "Indirect"


def test_a_parenthesis_in_a_sentence_initial_wie_clause():
    assert not _wie(PARENTHESIS, False)
    (q,) = _wie(PARENTHESIS, True)
    assert _t(PARENTHESIS, q.cue) == "Wie hervorgeht"
    assert _t(PARENTHESIS, q.message).startswith("wurden im Bezirk Zhari")


def test_no_frame_without_a_speech_verb_or_for_a_comparison():
    assert not _wie(NOT_SPEECH, True)
    assert not _wie(COMPARISON, True)
