"""The learned actor chooser of German events, round 26 (issue #5; newsgraph/extract/event_chooser.py,
models/events_type/MODEL_CARD.md "Round 26 ... h5"): candidates, their features, and the choice with the shipped
weights (models/events_type/actor_chooser.json) switched on explicitly in each test, so they hold whether
[classifier.actor_chooser] ships on or off.

Real sentences of the spent blind sets (10kGNAD, CC BY-NC-SA 4.0; German Wikinews, CC BY-NC-SA 4.0) and a
constructed control."""

import json
from pathlib import Path

from .german_events import german_events

MODEL = "models/events_type/actor_chooser.json"


def _chooser(on: bool):
    def settings(s):
        s = dict(s)
        s["actor_chooser"] = {**(s.get("actor_chooser") or {}), "model": MODEL if on else ""}
        return s
    return settings


def _roles(s, etype, on):
    e = next(e for e in german_events(s, settings=_chooser(on)) if e.type == etype)
    return (e.source_actor.span.text if e.source_actor else None, e.target_actor.span.text if e.target_actor else None)


def test_a_passive_subject_the_rules_miss_is_chosen():
    # fresh14 (spent blind): "eine 20 Jahre junge Frau" stands between the place phrase and the agent-less passive;
    # the rules leave the target empty, the chooser's best candidate is that noun phrase
    s = ("Gestern Abend ist vor einem Schnellimbiss-Restaurant in Darmstadt eine 20 Jahre junge Frau mit mehreren "
         "Messerstichen erstochen worden.")
    off, on = _roles(s, "ASSAULT", False), _roles(s, "ASSAULT", True)
    assert off[1] is None
    assert on[1] is not None and on[1].endswith("junge Frau")
    assert on[0] == off[0]  # the source is not the chooser's (roles = ["target"])


def test_a_right_target_stays():
    # control: the rules' object is right, and the chooser does not override it
    s = "Die Polizei hat am Montag in Berlin zwei Demonstranten festgenommen."
    off, on = _roles(s, "COERCE", False), _roles(s, "COERCE", True)
    assert off == on
    assert on[1] == "zwei Demonstranten"


def test_candidates_hold_the_gold_actor_and_mark_the_choice():
    # the candidate set of an event: the rules' proposals and every actor-like noun phrase of the sentence
    from newsgraph.eval.events import _sentence_alone
    from newsgraph.extract.event_chooser import features
    from newsgraph.extract.events import EventExtractor

    s = ("Gestern Abend ist vor einem Schnellimbiss-Restaurant in Darmstadt eine 20 Jahre junge Frau mit mehreren "
         "Messerstichen erstochen worden.")
    a, doc = _sentence_alone(s, "de", None, True)
    ex = EventExtractor("de")
    ex.actor_log = {}
    ev = next(e for e in ex.run(a, doc) if e.type == "ASSAULT")
    parse, t, etype, cands, src, tgt = ex.actor_log[ev.id]
    texts = [c.actor.span.text for c in cands]
    assert any(x.endswith("junge Frau") for x in texts)
    frau = next(c for c in cands if c.actor.span.text.endswith("junge Frau"))
    f = features(parse, t, etype, frau, "target", {"source": src, "target": tgt})
    # (the trigger is the noun "Messerstichen"; the woman is the passive verb's subject)
    assert "cur_none:True" in f and "side:before" in f and "voice:noun" in f and "dep:nsubj:pass" in f


def test_the_shipped_weights_name_features_the_code_makes():
    # a renamed feature would leave its weight unread: every weight's prefix is one features() writes
    data = json.loads((Path(__file__).resolve().parents[1] / MODEL).read_text("utf-8"))
    prefixes = {"rule", "cur", "cur_other", "cur_none", "dep", "case", "mcase", "pos", "ent", "anim", "side", "dist",
                "path", "voice", "type", "place", "dep_voice", "case_voice", "side_voice", "mcase_voice", "dep_side",
                "rule_voice", "cur_dep", "cur_case", "cur_path", "cur_voice", "cur_side", "cur_anim", "atype", "len",
                "capital"}
    for role in ("source", "target"):
        assert data["weights"][role]
        assert {k.split(":")[0] for k in data["weights"][role]} <= prefixes
