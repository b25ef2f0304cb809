"""German noun-trigger acceptance of round 29 (issue #5; models/events_type/MODEL_CARD.md, "Round 29", e1):
``[classifier.noun_accept]`` of events.toml, extract/event_noun_accept.py -- a logistic model over a noun trigger's
place under its verb (``model``) and a rule gate over the same features (``gate``).

Real sentences of the read sets (dev, fresh16; quotes-de: German Wikinews, CC BY-NC-SA 4.0). Each case runs with the
table forced on and forced off, so the tests hold whether it ships on or off."""

import json
import tomllib
from pathlib import Path

from newsgraph.extract.event_noun_accept import LIST_KEYS, noun_accept_filter

from .german_events import german_events

ROOT = Path(__file__).resolve().parents[1]
MODEL = "models/events_type/noun_accept.json"


def _events(text, model="", gate=()):
    def settings(s):
        out = {k: v for k, v in s.items() if k != "accept"}
        out["noun_accept"] = {**(out.get("noun_accept") or {}), "model": model, "gate": list(gate)}
        return out

    return [(e.type, e.trigger.text) for e in german_events(text, settings=settings)]


# dev (read; gold AGREE "unterschrieben", no CONSULT): the meeting is the time frame of the signing
CLOSING = "Zum Abschluss des Treffens sollen heute einige Erklärungen unterschrieben werden."
# dev (read; no gold event of the agreement's type): the agreement is what the talks were about
DETAILS = "Selbst über scheinbar unwichtige Details der Übereinkunft war bis zuletzt hart gerungen worden."
# fresh16 (read; gold PROTEST "Ausschreitungen"): "kam es zu" reports the riots
RIOTS = "Am Samstag kam es in Dublin zu schweren Ausschreitungen."
# dev (read; gold SANCTION "Sanktionen"): the object of the verb that decides them
SANCTIONS = "Dieser könnte möglicherweise Sanktionen gegen den Iran beschließen."


def test_gate_drops_a_meeting_named_as_the_frame_of_a_signing():
    off, on = _events(CLOSING), _events(CLOSING, gate=["attr_beside_verb_event"])
    assert ("CONSULT", "Treffens") in off
    assert ("CONSULT", "Treffens") not in on
    # the sentence's act, a verb, stays
    assert [x for x in off if x[1] != "Treffens"] == on and on


def test_gate_keeps_riots_and_decided_sanctions():
    for text, ev in ((RIOTS, ("PROTEST", "Ausschreitungen")), (SANCTIONS, ("SANCTION", "Sanktionen"))):
        assert ev in _events(text, gate=["attr_beside_verb_event"])
        assert _events(text, gate=["attr_beside_verb_event"]) == _events(text)


def test_model_drops_the_agreement_talked_about_and_keeps_the_riots():
    assert any(t == "Übereinkunft" for _, t in _events(DETAILS))
    assert not any(t == "Übereinkunft" for _, t in _events(DETAILS, model=MODEL))
    assert ("PROTEST", "Ausschreitungen") in _events(RIOTS, model=MODEL)
    assert ("SANCTION", "Sanktionen") in _events(SANCTIONS, model=MODEL)


def test_off_without_model_or_gate_and_for_english():
    sentinel = [object()]
    assert noun_accept_filter({"model": "", "gate": []}, "de", sentinel, object()) is sentinel
    assert noun_accept_filter({"model": MODEL, "langs": ["de"]}, "en", sentinel, object()) is sentinel
    assert noun_accept_filter({"model": MODEL}, "de", sentinel, None) is sentinel


def test_model_file_matches_the_table():
    table = tomllib.loads((ROOT / "newsgraph" / "config" / "events.toml").read_text("utf-8"))["classifier"]["noun_accept"]
    model = json.loads((ROOT / MODEL).read_text("utf-8"))
    # the word lists are features: the file records the ones it was fitted with, the table must name the same
    assert model["lists"] == {k: table[k] for k in LIST_KEYS}
    assert model["threshold"] == table["threshold"]
    assert f"--threshold {table['threshold']}" in model["about"] and "read sets" in model["about"]
