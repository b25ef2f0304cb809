"""The light-verb noun of a cue verb joins the cue (quotes_cues.light_verb_nouns, [model] cue_light_verb_noun): quotes-de
train sentences, parsed."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes import RawQuote, extract_quotes, model_available
from newsgraph.extract.quotes_cues import light_verb_nouns
from newsgraph.extract.quotes_features import tokens_from_doc

from .quote_sentences import cue_after, under_key

pytestmark = pytest.mark.skipif(not model_available("de"), reason="de_quotes taggers not installed")


def _step(text: str, message: str, cue_words: list[str], speaker: str = "") -> str:
    return cue_after(light_verb_nouns, text, message, cue_words, speaker)


def test_the_object_noun_joins_with_its_article():
    # train 13726 (gold cue "stellten die Theorie auf") and 34501 ("bestätigte den Verdacht")
    text = ("Wissenschaftler stellten schon vor 20 Jahren die Theorie auf, dass der Handel mit Sperma bei Zwittern auf "
            "Gegenseitigkeit beruht.")
    msg = "dass der Handel mit Sperma bei Zwittern auf Gegenseitigkeit beruht"
    assert _step(text, msg, ["stellten", "auf"]) == "stellten die Theorie auf"
    text = "Eine Laboranalyse bestätigte den Verdacht, es handele sich um Genreis."
    assert _step(text, "es handele sich um Genreis", ["bestätigte"]) == "bestätigte den Verdacht"


def test_adjectives_come_along_but_not_the_nouns_attachments():
    # train 7546: gold "hatte eine deutliche Mahnung ausgesprochen", without "an die Politik"
    text = ("Damals hatte das Bundesverfassungsgericht eine deutliche Mahnung an die Politik ausgesprochen, dieses "
            "Instrument nicht zu missbrauchen.")
    got = _step(text, "dieses Instrument nicht zu missbrauchen", ["hatte", "ausgesprochen"])
    assert got == "hatte eine deutliche Mahnung ausgesprochen", got


def test_a_noun_outside_the_list_or_in_the_speaker_stays_out():
    text = ("Wissenschaftler stellten schon vor 20 Jahren die Regeln auf, dass der Handel mit Sperma bei Zwittern auf "
            "Gegenseitigkeit beruht.")
    msg = "dass der Handel mit Sperma bei Zwittern auf Gegenseitigkeit beruht"
    assert _step(text, msg, ["stellten", "auf"]) == "stellten auf"
    # a listed noun that is the quote's speaker ("die Befürchtung wurde bestätigt") is the speaker's, not the cue's
    text = "Die Befürchtung bestätigte sich am Abend, der Damm sei gebrochen."
    assert _step(text, "der Damm sei gebrochen", ["bestätigte"], speaker="Die Befürchtung") == "bestätigte"
    # (without a speaker the parse's subject would join: the speaker is what keeps it out)
    assert _step(text, "der Damm sei gebrochen", ["bestätigte"]) == "Die Befürchtung bestätigte"


def test_an_outer_quote_and_its_nested_fragment_get_the_same_words():
    # train 13761: gold gives the Indirect quote and the Direct quote after its colon one cue, "wagte die Prognose"
    text = ("Auch die amtierende Familienministerin Renate Schmidt (SPD) äußerte Vorbehalte und wagte die Prognose, bei "
            "der Kanzlerwahl würden nicht alle SPD-Abgeordneten für die CDU-Kanzlerkandidatin stimmen: „Ich gehe mal "
            "davon aus, dass nicht alle Stimmen der SPD-Fraktion auf Frau Merkel entfallen werden.“")
    doc = nlp_stage.load("de")(text)
    toks = tokens_from_doc(doc, "de")
    a = text.index("bei der Kanzlerwahl")
    b = text.index("„Ich")
    v = text.index("wagte")
    cue = [(v, v + len("wagte"))]
    outer = RawQuote(message=[(a, len(text))], mode="Indirect", cue=list(cue))
    inner = RawQuote(message=[(b, len(text))], mode="Direct", cue=list(cue), nested=True)
    light_verb_nouns(doc, toks, [outer, inner], [t.start for t in toks])
    assert [" ".join(text[x:y] for x, y in q.cue) for q in (outer, inner)] == ["wagte die Prognose"] * 2


def test_end_to_end_the_key_adds_the_noun_the_pipeline_leaves_out():
    # train 7546: the pipeline's cue is "hatte ausgesprochen"; the key gives gold's whole frame
    text = ("Damals hatte das Bundesverfassungsgericht eine deutliche Mahnung an die Politik ausgesprochen, dieses "
            "Instrument nicht zu missbrauchen.")
    doc = nlp_stage.load("de")(text)
    cues = {on: under_key("cue_light_verb_noun", on,
                          lambda: [" ".join(text[a:b] for a, b in q.cue) for q in extract_quotes(doc, "de")])
            for on in (False, True)}
    assert cues[False] == ["hatte ausgesprochen"], cues
    assert cues[True] == ["hatte eine deutliche Mahnung ausgesprochen"], cues
