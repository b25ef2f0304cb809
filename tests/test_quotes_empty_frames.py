"""Source frames in sentences no quote of ours touches ([model] empty_frames, quotes_rules.empty_frames): "…, wonach
<clause>", "…, nach denen <clause>", a sentence opening with "Demnach", "gemäß <noun group>" — quotes-de's Indirect quotes
whose cue is the frame word (de_quotes card, Round 18). The gemäß passage is quotes-de dev's, where gold marks it so and
the taggers find nothing; the others are train passages, which the shipped taggers (fit on train) find themselves, so
the rule is asked directly with no quote of ours in the document."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import extract_quotes, model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc
from newsgraph.extract.quotes_rules import empty_frames

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

CRASH = ("Die Maschine der privaten inländischen Fluggesellschaft „Sosoliso“ befand sich auf dem Weg von Port Harcourt "
         "nach Abuja. Sieben Menschen haben die Bruchlandung bei stürmischem Wetter überlebt, das Flugzeug ging danach in "
         "Flammen auf. Durch den Aufprall verteilten sich die Trümmer gemäß einem Augenzeugen im weitem Umkreis. Der "
         "Fernsehsender „Silverbird“ berichtete von der Bergung von 56 Leichen.")
SPECULATION = ("Spekulationen, wonach der Auftraggeber möglicherweise ein staatlicher Sicherheitsdienst gewesen sein könnte, "
               "konnte der Minister nicht definitiv bestätigen.")
RUMOUR = "Es gibt auch Gerüchte, nach denen Barrett an Krebs litt."
DEMNACH = "Die Ermittler haben den Tank untersucht. Demnach ereignete sich eine chemische Reaktion."
TEMPORAL = "Die Unruhen flammten wieder auf, nach dem das Militär die Stadt verlassen hatte."


def _t(text, spans):
    return " ".join(text[a:b] for a, b in spans)


def _frames(text, kinds=("wonach", "demnach", "gemäß")):
    doc = nlp_stage.load("de")(text)
    return empty_frames(doc, tokens_from_doc(doc, "de"), [], frozenset(kinds))


def test_a_gemaess_frame_in_a_sentence_we_left_empty_becomes_an_indirect_quote():
    old = config()["model"].get("empty_frames", [])
    try:
        config()["model"]["empty_frames"] = []
        assert not [q for q in extract_quotes(nlp_stage.load("de")(CRASH)) if "Trümmer" in _t(CRASH, q.message)]
        config()["model"]["empty_frames"] = ["gemäß"]
        qs = [q for q in extract_quotes(nlp_stage.load("de")(CRASH)) if "Trümmer" in _t(CRASH, q.message)]
    finally:
        config()["model"]["empty_frames"] = old
    assert len(qs) == 1 and qs[0].mode == "Indirect"
    assert _t(CRASH, qs[0].message).startswith("Durch den Aufprall verteilten sich die Trümmer")
    assert "gemäß" not in _t(CRASH, qs[0].message)
    assert _t(CRASH, qs[0].cue) == "gemäß"
    assert _t(CRASH, qs[0].speaker).startswith("einem Augenzeugen")


def test_wonach_makes_its_clause_the_message_and_the_noun_before_it_the_speaker():
    (q,) = _frames(SPECULATION)
    assert _t(SPECULATION, q.message) == "der Auftraggeber möglicherweise ein staatlicher Sicherheitsdienst gewesen sein könnte"
    assert _t(SPECULATION, q.cue) == "wonach" and _t(SPECULATION, q.speaker) == "Spekulationen"
    assert not _frames(SPECULATION, ("demnach", "gemäß"))


def test_nach_with_a_relative_pronoun_is_a_frame_but_temporal_nach_dem_is_not():
    (q,) = _frames(RUMOUR)
    assert _t(RUMOUR, q.message) == "Barrett an Krebs litt"
    assert (_t(RUMOUR, q.cue), _t(RUMOUR, q.speaker)) == ("nach", "denen")
    assert not _frames(TEMPORAL)


def test_a_sentence_opening_with_demnach_is_framed_by_it():
    qs = _frames(DEMNACH)
    assert len(qs) == 1 and _t(DEMNACH, qs[0].message) == "ereignete sich eine chemische Reaktion"
    assert _t(DEMNACH, qs[0].cue) == "Demnach" and not qs[0].speaker


def test_no_frame_in_a_sentence_a_quote_of_ours_already_touches():
    doc = nlp_stage.load("de")(SPECULATION)
    toks = tokens_from_doc(doc, "de")
    from newsgraph.extract.quotes import RawQuote

    mine = RawQuote(message=[(toks[0].start, toks[3].end)], mode="Indirect")
    assert not empty_frames(doc, toks, [mine], frozenset({"wonach"}))
