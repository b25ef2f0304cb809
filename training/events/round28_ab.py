"""A/B of the round-28 German event switches (issue #5), in one process.

Each switch of the round is named in ``SWITCHES`` (shipped on: the function that turns it off in an extractor's
settings) or ``SHIPPED_OFF`` (shipped off: the function that turns it on). A switch read from module-level settings
(event_parse_actors.settings()) patches that function (ab_score.parse_key) and ab_score.reset_parse restores it.
Modes (comma-separated, each scored in turn) are ab_score.mode_extractor's: ``off`` (every shipped-on switch of the
round off: the round's start), ``on``, ``on-NAME``, ``only+NAME`` and ``on+NAME``.

Prints one summary line per set and a pooled line over the sets named (training/events/ab_score.py): type / source /
target / date with counts, "extra" dates, no-event sentences given an event, typed precision and "false" events.
Nothing per sentence, so it may score a blind set without reading it (the round's new blind set is scored once at the
round's end with each switch off and on: ``python training/events/round28_ab.py off,on,on-NAME,on+NAME,... SET``).
The spent blind sets (fresh24 and fresh25 spent since round 27's end) and the read sets:

    python training/events/round28_ab.py off,on heldout fresh4 fresh5 fresh6 fresh8 fresh10 fresh13 fresh14 fresh15 fresh17 fresh18 fresh19 fresh20 fresh21 fresh22 fresh23 fresh24 fresh25
    python training/events/round28_ab.py off,on dev fresh fresh2 fresh3 fresh7 fresh9 fresh11 fresh12 fresh16
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import PENDING_OFF, parse_key, score_switches  # noqa: E402

# switches of the round that ship on: name -> function turning it off in an extractor's settings dict (the round's
# engineers add theirs here)
SWITCHES: dict = {}
# switches that ship off: name -> function turning it on; the earlier rounds' off switches waiting for an unseen set
# (ab_score.PENDING_OFF) among them, so that the round's blind set can be scored with them too
SHIPPED_OFF: dict = dict(PENDING_OFF)


# round 26 (h5): the learned actor chooser ([classifier.actor_chooser] of events.toml, extract/event_chooser.py),
# shipped off; scored once on fresh23, fresh24 and fresh25 (it never fired on the last two)
def _actor_chooser_on(settings: dict) -> None:
    settings["actor_chooser"] = {**(settings.get("actor_chooser") or {}),
                                 "model": "models/events_type/actor_chooser.json"}


SHIPPED_OFF["actor_chooser"] = _actor_chooser_on


# round 27 (h5): a separable particle joined with the verb the parse attaches it to at any distance ([classifier]
# particle_heads of events.toml), shipped off; never fired on fresh24 / fresh25
def _particle_heads_on(settings: dict) -> None:
    settings["particle_heads"] = ["de"]


SHIPPED_OFF["particle_heads"] = _particle_heads_on
# e3: a target phrase the parser hung one noun too low, or the phrase of an act / thing object ([parse] stray_targets of
# event_actors.toml); shipped on
SWITCHES["parse.stray_targets"] = parse_key("stray_targets", False)


# e1: [classifier.senses] stage_types (diplomatic types in sports and stage reports) and assembly_types (one body's
# session named in a prepositional phrase or as an attribute) of events.toml, shipped on (assembly_types turned off at the
# round's end, below); off is an empty type list
def _senses_off(key: str):
    def patch(settings: dict) -> None:
        senses = dict(settings.get("senses") or {})
        senses[key] = {**(senses.get(key) or {}), "de": []}
        settings["senses"] = senses

    return patch


def _assembly_on(settings: dict) -> None:
    senses = dict(settings.get("senses") or {})
    senses["assembly_types"] = {**(senses.get("assembly_types") or {}), "de": ["CONSULT"]}
    settings["senses"] = senses


SWITCHES["stage_types"] = _senses_off("stage_types")
# assembly_types shipped on by e1, turned off at the round's end by the blind-set rule (fresh26 + fresh27: one gold CONSULT
# lost against 4 false events dropped): now an on+ mode
SHIPPED_OFF["assembly_types"] = _assembly_on


def main(argv: list[str]) -> int:
    return score_switches(argv, SWITCHES, SHIPPED_OFF, width=26)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
