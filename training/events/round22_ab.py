"""A/B of the round-22 German event switches (issue #5), in one process.

Each switch of the round is named in ``SWITCHES`` with the function that turns it off in an extractor's settings
(a switch read from module-level settings patches its module there and restores it in ``_reset``). Modes (comma-separated, each scored in turn):

- ``off``: every switch of the round off (the behaviour at the round's start),
- ``on``: everything as configured,
- ``on-NAME``: as configured with switch NAME off (what NAME adds to the rest),
- ``only+NAME``: the round start plus switch NAME alone,
- ``on+NAME``: as configured with switch NAME, which ships off, turned on (``SHIPPED_OFF``: h4's actor switches).

Prints one summary line per set and a pooled line over the sets named: type / source / target / date with counts,
then "extra" -- found events dated where gold has no date -- no-event sentences given an event, typed precision
(predicted events of the right type over all predicted events), and "false" -- predicted events that are no gold
event of their type (spurious plus wrong type). Nothing per sentence, so it may score a blind set without reading it.

    python training/events/round22_ab.py off,on,only+senses.idioms dev fresh fresh2 ...   # any events_de_<set> names
    python training/events/round22_ab.py on,on+parse.inherited_case,on+parse.time_phrases,on+parse fresh19
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import parse_key, reset_parse, score_switches  # noqa: E402


def _sense_off(key: str):
    """Turn off one ``[classifier.senses]`` filter (h5: trigger words in no act sense)."""

    def off(settings: dict) -> None:
        senses = dict(settings.get("senses") or {})
        senses.pop(key, None)
        settings["senses"] = senses

    return off


SWITCHES = {
    # h5: false German events (events.toml [classifier.senses], extract/event_senses.py)
    "senses.participants": _sense_off("participants"),
    "senses.historical": lambda s: [_sense_off(k)(s) for k in ("historical", "historical_words", "historical_cues")],
    "senses.idioms": _sense_off("idioms"),
    "senses.sport": lambda s: (_sense_off("sport_context")(s), _sense_off("sport_senses")(s)),
}


# h4: actor switches of [parse] in event_actors.toml, read through event_parse_actors.settings() (module level),
# both shipped off (events_type card, "Round 22 ... h4"); a mode patches that function (ab_score.parse_key), _reset
# restores it
SWITCHES.update({
    "parse.inherited_case": parse_key("inherited_case", False),
    "parse.time_phrases": parse_key("time_phrases", False),
})
# switches that ship off, and how ``on+NAME`` turns each on ("parse": both actor switches)
SHIPPED_OFF = {
    "parse.inherited_case": parse_key("inherited_case", True),
    "parse.time_phrases": parse_key("time_phrases", True),
    "parse": lambda s: (parse_key("inherited_case", True)(s), parse_key("time_phrases", True)(s)),
}


def _reset() -> None:
    """Undo module-level patches of a previous mode (h4's [parse] switches)."""
    reset_parse()


def main(argv: list[str]) -> int:
    return score_switches(argv, SWITCHES, SHIPPED_OFF, _reset)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
