"""Frame sentences that point back with a demonstrative ([model] anaphor_frames): "<content>. Das meldet X." — quotes-de's
message is the content sentence with the demonstrative, the cue the verb, the speaker its subject. Passages from quotes-de
dev, where gold marks them so."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import extract_quotes, model_available
from newsgraph.extract.quotes_features import config

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")

ISRAEL = ("Israel startete am Samstagabend die seit Tagen erwartete Bodenoffensive in den Gazastreifen. Das meldet die "
          "israelische Tageszeitung Haaretz in ihrer Onlineausgabe. Die israelische Armee hatte heute mit dem Beschuss des "
          "Gazastreifens durch ihre Artillerie begonnen.")
NOBEL = ("Der diesjährige Friedensnobelpreis wird dem Welternährungsprogramm der Vereinten Nationen verliehen. Dies gab das "
         "norwegische Nobelkomitee gestern in Oslo bekannt. Die UN-Organisation bekommt den Preis unter anderem für ihre "
         "Bemühungen im Kampf gegen den Hunger.")


def _quotes(text: str, on: bool):
    old = config()["model"].get("anaphor_frames", False)
    config()["model"]["anaphor_frames"] = on
    try:
        return extract_quotes(nlp_stage.load("de")(text))
    finally:
        config()["model"]["anaphor_frames"] = old


def _t(text, spans):
    return " ".join(text[a:b] for a, b in spans)


def test_the_content_sentence_before_a_demonstrative_frame_becomes_the_message():
    assert not [q for q in _quotes(ISRAEL, False) if _t(ISRAEL, q.message).startswith("Israel startete")]
    qs = [q for q in _quotes(ISRAEL, True) if _t(ISRAEL, q.message).startswith("Israel startete")]
    assert len(qs) == 1 and qs[0].mode == "Indirect"
    assert _t(ISRAEL, qs[0].message).endswith("in den Gazastreifen. Das")
    assert _t(ISRAEL, qs[0].cue) == "meldet"
    assert _t(ISRAEL, qs[0].speaker).startswith("die israelische Tageszeitung Haaretz")


def test_a_quote_of_the_demonstrative_alone_takes_in_the_sentence_and_keeps_its_cue_and_speaker():
    off = [q for q in _quotes(NOBEL, False) if "Dies" in _t(NOBEL, q.message)]
    on = [q for q in _quotes(NOBEL, True) if "Dies" in _t(NOBEL, q.message)]
    assert len(off) == 1 and _t(NOBEL, off[0].message) == "Dies"
    assert len(on) == 1 and _t(NOBEL, on[0].message).startswith("Der diesjährige Friedensnobelpreis")
    assert _t(NOBEL, on[0].message).endswith("verliehen. Dies")
    assert (on[0].cue, on[0].speaker) == (off[0].cue, off[0].speaker) and on[0].cue
