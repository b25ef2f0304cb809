"""A/B of the round-25 German event switches (issue #5), in one process.

Each switch of the round is named in ``SWITCHES`` (shipped on: the function that turns it off in an extractor's
settings) or ``SHIPPED_OFF`` (shipped off: the function that turns it on). A switch read from module-level settings
(event_parse_actors.settings(), h4's actor switches) patches that function (ab_score.parse_key) and
ab_score.reset_parse restores it. Modes (comma-separated, each scored in turn) are ab_score.mode_extractor's: ``off``
(every shipped-on switch of the round off: the round's start), ``on``, ``on-NAME``, ``only+NAME`` and ``on+NAME``.

Prints one summary line per set and a pooled line over the sets named (training/events/ab_score.py): type / source /
target / date with counts, "extra" dates, no-event sentences given an event, typed precision and "false" events.
Nothing per sentence, so it may score a blind set without reading it (the lead scores fresh22 once at the round's end
with each switch off and on: ``python training/events/round25_ab.py off,on,on-NAME,on+NAME,... fresh22``).

    python training/events/round25_ab.py off,on heldout fresh4 fresh5 fresh6 fresh8 fresh10 fresh13 fresh14 fresh15 fresh17 fresh18 fresh19 fresh20 fresh21
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import PENDING_OFF, parse_key, score_switches  # noqa: E402

# switches of the round that ship on: name -> function turning it off in an extractor's settings dict
SWITCHES: dict = {}
# switches that ship off: name -> function turning it on
SHIPPED_OFF: dict = {}

# h4: actor switches of [parse] in event_actors.toml (event_parse_actors.settings(), module level). Shipped on:
# fronted_subject (a noun phrase with a comma-set aside right before the finite verb is its subject; a name as the
# aside is who acts), upheld_verdicts (a court confirming a sentence passes it), searched_places (a search's target is
# the flat or building searched, whatever its animacy). Shipped off: shared_perfect (a participle coordinated into an
# earlier perfect shares its subject; gains on the spent blind sets only), and two earlier rounds' off switches waiting
# for an unseen set: passive_order (round 23: a werden-passive read by word order) and von_frames (round 24)
SWITCHES.update({
    "parse.fronted_subject": parse_key("fronted_subject", False),
    "parse.upheld_verdicts": parse_key("upheld_verdicts", False),
    "parse.searched_places": parse_key("searched_places", False),
})
# The three shipped off above and h3's verbal_nouns (nouns of verbal acts named as a topic dropped,
# [classifier.verbal_nouns] of events.toml; shipped off) wait for an unseen set: ab_score.PENDING_OFF, which later
# rounds' scripts carry on
SHIPPED_OFF.update(PENDING_OFF)


# h3: an act a rejection, accusation or welcome is about dropped ([classifier.reaction_objects]); shipped on
def _reaction_objects_off(settings: dict) -> None:
    settings["reaction_objects"] = {**(settings.get("reaction_objects") or {}), "types": []}


SWITCHES["reaction_objects"] = _reaction_objects_off


def main(argv: list[str]) -> int:
    return score_switches(argv, SWITCHES, SHIPPED_OFF, width=26)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
