"""German events of round 23 (issue #5; models/events_type/MODEL_CARD.md, "Round 23 ... h5"): the learned acceptance
check on finished events, ``[classifier.accept]`` of events.toml (extract/event_accept.py,
models/events_type/accept.json, training/events/train_accept.py).

The features are read off real parses; the filter is set explicitly in each test (the shipped model and threshold, or
none), so the tests hold whether the table ships on or off."""

import tomllib

import pytest

from newsgraph import nlp
from newsgraph.extract.event_accept import accept_filter, features
from newsgraph.extract.event_lexicon import CONFIG_DIR

from .german_events import german_events

ACCEPT = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))["classifier"]["accept"]
SHIPPED = {**ACCEPT, "model": ACCEPT.get("model") or "models/events_type/accept.json"}


def _events(text, cfg):
    def settings(s):
        out = {k: v for k, v in s.items() if k != "accept"}
        if cfg:
            out["accept"] = cfg
        return out

    return german_events(text, settings=settings)


def test_features_read_the_triggers_place_in_the_parse():
    # a topic noun under a preposition ("Bei Unruhen ... wurden ... getötet") vs. a verb with its own subject
    text = "Bei Unruhen in der Hauptstadt wurden 35 Personen getötet. Die Polizei nahm den Mann fest."
    evs = _events(text, None)
    doc = nlp.load("de")(text)
    by_trigger = {e.trigger.text: features(e, doc, 1) for e in evs}
    noun = next(f for t, f in by_trigger.items() if t.startswith("Unruhen"))
    assert noun["prep=bei"] == 1.0 and noun["pos=NOUN"] == 1.0 and noun["plural=True"] == 1.0
    assert "det=none" in noun and "has_subj" not in noun
    arrest = next(f for t, f in by_trigger.items() if t.startswith("nahm"))
    assert arrest["type=COERCE"] == 1.0 and arrest["has_subj"] == 1.0 and arrest["src=True"] == 1.0


@pytest.mark.parametrize("text, kept, dropped", [
    # fresh7 (read): the conference names who demands, no meeting is reported
    ("Die neue Präsidentin der Universitätenkonferenz fordert Umschichtungen im Budget zugunsten der Hochschulen.",
     "REQUEST", "CONSULT"),
    # fresh9 (read): the talks are the setting of the delegation suspending its part in them
    ("Sanaa – Nur einen Tag nach dem Start direkter Friedensgespräche der jemenitischen Konfliktparteien hat die "
     "Regierungsdelegation ihre weitere Teilnahme ausgesetzt.", "SANCTION", "CONSULT"),
])
def test_shipped_model_drops_a_topic_noun_beside_the_act(text, kept, dropped):
    off = {e.type for e in _events(text, None)}
    on = {e.type for e in _events(text, SHIPPED)}
    assert {kept, dropped} <= off
    assert kept in on and dropped not in on


def test_filter_off_without_model_for_english_and_without_parse():
    text = "Die Polizei nahm den Mann fest."
    evs = _events(text, None)
    doc = nlp.load("de")(text)
    strict = {**SHIPPED, "threshold": 1.01}  # would drop everything
    assert accept_filter({**strict, "model": ""}, "de", evs, doc) == evs
    assert accept_filter(strict, "en", evs, doc) == evs
    assert accept_filter(strict, "de", evs, None) == evs
    assert accept_filter(strict, "de", evs, doc) == []
    # through the extractor: the strict table drops the arrest, the shipped one keeps it
    assert not _events(text, strict)
    assert [e.type for e in _events(text, SHIPPED)] == ["COERCE"]


def test_shipped_table_names_the_recipe_check_accept_refits():
    # training/events/check_accept.py refits the table from the "fit" command of its "about" line (h10, round 23): the
    # line must name it, with the threshold the table and events.toml use, and the read sets train_accept.py fits on
    import importlib.util
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "training" / "events"))
    spec = importlib.util.spec_from_file_location("check_accept", root / "training/events/check_accept.py")
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    table = json.loads((root / SHIPPED["model"]).read_text("utf-8"))
    c, threshold, drop, lex = check.recipe(table["about"])
    assert (c, drop, lex) == (0.03, ("lemma=", "conf"), False)
    assert threshold == table["threshold"] == ACCEPT["threshold"]
    assert f"read sets {', '.join(check.T.READ)};" in table["about"]
    assert not any(k.startswith(drop) for k in table["weights"])
