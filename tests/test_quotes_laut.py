"""The adjective "laut" of "laut werden" is no source frame ([de] laut_adjective_next, quotes_rules.laut_adjective;
de_quotes card, Round 18 second wave). The passage is quotes-de dev's (64683, Schäuble-Tochter): gold marks no quote on
"war vereinzelt Kritik laut geworden", and before the guard the rule frame made one with speaker "geworden" and the
cue back-off gave the taggers' message cue "laut". The "Laut Boudegast …" sentence of the same article is the
preposition and must stay a frame."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import extract_quotes, model_available
from newsgraph.extract.quotes_features import config, tokens_from_doc
from newsgraph.extract.quotes_rules import german_frames, laut_adjective

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

SWR = ("Gerade die familiäre Beziehung der Juristin Christine Strobl zu zwei einflussreichen baden-württembergischen "
       "CDU-Politikern, sorgt senderintern für Unmut, zumal in diesem Zusammenhang Filz-Vorwürfe laut werden. Schon 2006, "
       "als sie ihren jetzigen Posten bekam, war vereinzelt Kritik laut geworden. Für einige stellt sich die Frage nach "
       "ihrer Kompetenz, da sie im Alter von 39 Jahren die zweithöchste Funktion innerhalb des SWR bekleiden soll.\n\n"
       "Laut Boudegast waren alleine die Fach- und Führungskompetenz und nicht die familiären Umstände für die Auswahl "
       "von Frau Strobl entscheidend.")


def _t(text, spans):
    return " ".join(text[a:b] for a, b in spans)


def _with_next(words):
    old = config().setdefault("de", {}).get("laut_adjective_next", [])
    config()["de"]["laut_adjective_next"] = words
    return old


def test_laut_before_werden_is_the_adjective_and_before_a_name_the_preposition():
    toks = tokens_from_doc(nlp_stage.load("de")(SWR), "de")
    at = {toks[k + 1].text: laut_adjective(toks, k) for k in range(len(toks) - 1) if toks[k].text.lower() == "laut"}
    assert at == {"werden": True, "geworden": True, "Boudegast": False}


def test_no_rule_frame_and_no_laut_cue_on_the_adjective():
    doc = nlp_stage.load("de")(SWR)
    old = _with_next([])
    try:
        before = german_frames(tokens_from_doc(doc, "de"))
        cues_before = [_t(SWR, q.cue) for q in extract_quotes(doc)]
    finally:
        config()["de"]["laut_adjective_next"] = old
    assert "geworden" in [_t(SWR, q.speaker) for q in before]  # the failure the guard is for
    assert cues_before.count("laut") >= 2
    after = german_frames(tokens_from_doc(doc, "de"))
    speakers = [_t(SWR, q.speaker) for q in after]
    assert "geworden" not in speakers and "werden" not in speakers
    assert "Boudegast" in speakers  # the preposition still frames its sentence
    qs = extract_quotes(doc)
    assert [_t(SWR, q.cue) for q in qs].count("laut") == 0
    assert any(_t(SWR, q.cue) == "Laut" and _t(SWR, q.speaker) == "Boudegast" for q in qs)
