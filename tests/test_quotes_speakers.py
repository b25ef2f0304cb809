"""The second-stage speaker linker (newsgraph/extract/quotes_speakers.py)."""

from __future__ import annotations

import json
import math

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.config import models_dir
from newsgraph.extract.quotes import RawQuote
from newsgraph.extract.quotes_features import tokens_from_doc
from newsgraph.extract.quotes_speakers import DocView, Linker, candidates, decide, link_speakers


def test_decide_switch_and_keep():
    # the extractor's own candidate (index 0) stands unless another one reaches "switch"
    assert decide([0.4, 0.6], 0, switch=0.7, keep=0.1) == 0
    assert decide([0.4, 0.8], 0, switch=0.7, keep=0.1) == 1
    # nothing reaches "keep": no speaker
    assert decide([0.05, 0.08], 0, switch=0.7, keep=0.1) is None
    # no speaker of its own: the best one when it reaches "switch"
    assert decide([0.3, 0.9], None, switch=0.5, keep=0.1) == 1
    assert decide([0.3, 0.4], None, switch=0.5, keep=0.1) is None
    assert decide([], None, switch=0.5, keep=0.0) is None


def _quote(text, message, cue, speaker):
    m = text.index(message)
    c = text.index(cue)
    q = RawQuote(message=[(m, m + len(message))], mode="Indirect", cue=[(c, c + len(cue))])
    if speaker:
        s = text.index(speaker)
        q.speaker = [(s, s + len(speaker))]
    return q


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load("de")


def test_candidates_hold_subject_and_frame(nlp):
    text = "Der Staatssekretär sagte der Zeitung, die Lage sei ernst. Laut der Polizei gab es keine Verletzten."
    doc = nlp(text)
    toks = tokens_from_doc(doc, "de")
    v = DocView(doc, toks)
    q1 = _quote(text, "die Lage sei ernst", "sagte", "der Zeitung")
    spans = {text[toks[c.a].start:toks[c.b - 1].end]: c.src for c in candidates(v, q1, [])}
    assert "cur" in spans["der Zeitung"]
    assert "subj" in spans["Der Staatssekretär"]
    q2 = _quote(text, "gab es keine Verletzten", "Laut", "")
    spans = {text[toks[c.a].start:toks[c.b - 1].end]: c.src for c in candidates(v, q2, [])}
    assert "frame" in spans["der Polizei"]


def test_linker_follows_its_weights(nlp):
    text = "Der Staatssekretär sagte der Zeitung, die Lage sei ernst."
    doc = nlp(text)
    toks = tokens_from_doc(doc, "de")
    q = _quote(text, "die Lage sei ernst", "sagte", "der Zeitung")
    link_speakers(doc, toks, [q], Linker({"src=subj": 4.0}, -2.0, switch=0.5, keep=0.0))
    assert [text[a:b] for a, b in q.speaker] == ["Der Staatssekretär"]
    q = _quote(text, "die Lage sei ernst", "sagte", "der Zeitung")
    # a linker that trusts nothing drops the speaker
    link_speakers(doc, toks, [q], Linker({}, -5.0, switch=0.5, keep=0.2))
    assert q.speaker == []


def test_shipped_weights_are_small_and_finite():
    path = models_dir() / "de_speakers" / "weights.json"
    if not path.exists():
        pytest.skip("models/de_speakers not trained")
    js = json.loads(path.read_text("utf-8"))
    assert 0.0 <= js["keep"] <= js["switch"] <= 1.0
    assert 10 < len(js["weights"]) < 5000
    assert all(math.isfinite(w) for w in js["weights"].values())
