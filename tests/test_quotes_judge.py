"""The quote judge (quotes_judge, [model] quote_judge): the extractor's quotes of low estimated message precision go.
A passage from quotes-de dev where the taggers mark plain narrative as a cue-less Indirect quote that gold does not have."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.extract import quotes_judge
from newsgraph.extract.quotes import extract_quotes, model_available
from newsgraph.extract.quotes_features import config

pytestmark = pytest.mark.skipif(not model_available("de") or quotes_judge.load_judge("de_acts") is None,
                                reason="de_quotes taggers or the de_acts judge not installed")

BEAR = ("Die Nähe des Bären zu menschlichen Siedlungen stellt nach Angaben des Sprechers des bayerischen "
        "Umweltministeriums, Roland Eichhorn, ein immer größer werdendes Risiko für Menschen dar – es sei nur eine Frage "
        "der Zeit, bis der Bär mit Menschen zusammentreffe, und keiner könne sagen, was passiere, wenn er sich dabei in "
        "die Enge getrieben fühle und angreife.\n\nAus diesem Grund soll der Bär jetzt so rasch wie möglich eingefangen "
        "oder im Ernstfall auch erschossen werden. Anders als in Tirol, wo eine zunächst erteilte Abschussgenehmigung "
        "für den Bären inzwischen zurückgezogen wurde, bleibt eine solche in Bayern weiterhin bestehen. Wenn möglich, "
        "will man den Bären jedoch lebend fangen. Nach bisher 25 erfolglosen Fangversuchen und einer mehrwöchigen Jagd "
        "auf den Bären quer durch die Alpen gilt dabei Hilfe aus Finnland am erfolgversprechendsten: Finnische "
        "Bärenhunde sollen im Laufe der Woche eintreffen, den Bären aufspüren und vor die Flinte eines Schützen mit "
        "einem Betäubungsgewehr locken.\n\nNach erfolgreicher Betäubung will man den Bären mit einem Hubschrauber "
        "abtransportieren und in einen Zoo bringen.")


def _quotes(text: str, setting: str):
    # Parsed with the segmenter's colon rule off (segment.toml colon_sentences, round 20): with it, the
    # colon after "am erfolgversprechendsten" starts a sentence and the taggers no longer mark the
    # narrative before it as a quote at all, so the judge would have nothing to drop here.
    import dataclasses

    nlp = nlp_stage.load("de")
    seg = next(p for _, p in nlp.pipeline if p.__class__.__name__ == "Segmenter")
    old, old_rules = config()["model"].get("quote_judge", ""), seg.rules
    config()["model"]["quote_judge"] = setting
    seg.rules = dataclasses.replace(old_rules, colon_sentences=False)
    try:
        return extract_quotes(nlp(text))
    finally:
        config()["model"]["quote_judge"] = old
        seg.rules = old_rules


def _span(text, q):
    return text[q.message[0][0]:q.message[-1][1]]


def test_narrative_the_taggers_mark_as_a_cueless_quote_is_dropped_and_the_rest_kept():
    off = _quotes(BEAR, "")
    narrative = [q for q in off if "Fangversuchen" in _span(BEAR, q)]
    assert len(narrative) == 1 and narrative[0].mode == "Indirect" and not narrative[0].cue
    on = _quotes(BEAR, "de_acts")
    assert not [q for q in on if "Fangversuchen" in _span(BEAR, q)]
    # every other quote stays as it was: the attributed one ("nach Angaben des Sprechers …") among them
    rest = [(q.mode, q.message, q.cue, q.speaker) for q in off if q is not narrative[0]]
    assert [(q.mode, q.message, q.cue, q.speaker) for q in on] == rest
    assert any("Frage der Zeit" in _span(BEAR, q) and q.cue for q in on)


def test_the_judge_leaves_reported_quotes_alone_and_knows_each_quotes_origin():
    model = quotes_judge.load_judge("de_acts")
    assert "Reported" not in model["modes"] and 0.0 < model["threshold"] < 1.0
    on = _quotes(BEAR, "")
    assert {q.origin for q in on} <= {"crf", "rule", "run", "nested", "act", "comp"}
    assert all(q.origin for q in on)
