"""A/B of the round-24 German event switches (issue #5), in one process.

Each switch of the round is named in ``SWITCHES`` (shipped on: the function that turns it off in an extractor's
settings) or ``SHIPPED_OFF`` (shipped off: the function that turns it on). A switch read from module-level settings
(event_parse_actors.settings(), h4's actor switches) patches that function and ``_reset`` restores it. Modes
(comma-separated, each scored in turn):

- ``off``: every shipped-on switch of the round off (the behaviour at the round's start; shipped-off ones stay off),
- ``on``: everything as configured,
- ``on-NAME``: as configured with shipped-on switch NAME off (what NAME adds to the rest),
- ``only+NAME``: the round start plus shipped-on switch NAME alone,
- ``on+NAME``: as configured with switch NAME, which ships off, turned on.

Prints one summary line per set and a pooled line over the sets named (training/events/ab_score.py): type / source /
target / date with counts, "extra" dates, no-event sentences given an event, typed precision and "false" events.
Nothing per sentence, so it may score a blind set without reading it (the lead scores fresh21 once at the round's end
with each switch off and on: ``python training/events/round24_ab.py off,on,on+NAME,... fresh21``).

    python training/events/round24_ab.py off,on,on-parse.dative_frames,on-parse.exposed_frames,on+parse.von_frames dev fresh ...
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import parse_key, reset_parse, score_switches  # noqa: E402,F401

# switches of the round that ship on: name -> function turning it off in an extractor's settings dict
SWITCHES: dict = {}
# switches that ship off: name -> function turning it on
SHIPPED_OFF: dict = {}

# h4: actor switches of [parse] in event_actors.toml (event_parse_actors.settings(), module level): a mode patches that
# function (ab_score.parse_key), _reset restores it. Shipped on: dative_frames (a dative-object verb's dative is its
# target), exposed_frames (criticism one meets, "stieß auf Kritik", is aimed at the clause's other phrase); shipped off:
# von_frames (a demanding verb's von-phrase is its target)
SWITCHES.update({
    "parse.dative_frames": parse_key("dative_frames", False),
    "parse.exposed_frames": parse_key("exposed_frames", False),
})
SHIPPED_OFF.update({
    "parse.von_frames": parse_key("von_frames", True),
})


# h5: the learned acceptance check ([classifier.accept] of events.toml, extract/event_accept.py), shipped off:
# on+accept23 points it at round 23's table (accept.json, events.toml's threshold), on+accept_lex at round 24's table
# with the lexical context (train_accept.py fit ... --lex; its own threshold)
ACCEPT_TABLES = {"accept23": "models/events_type/accept.json", "accept_lex": "models/events_type/accept_lex.json"}


def _accept_on(table: str):
    def patch(settings: dict) -> None:
        import json

        acc = dict(settings.get("accept") or {})
        acc["model"] = table
        acc.setdefault("langs", ["de"])
        if table != ACCEPT_TABLES["accept23"]:
            acc["threshold"] = json.loads((Path(__file__).resolve().parents[2] / table).read_text("utf-8"))["threshold"]
        settings["accept"] = acc

    return patch


for _name, _table in ACCEPT_TABLES.items():
    SHIPPED_OFF[_name] = _accept_on(_table)


# h5: nominal AID events without a receiver dropped ([classifier.bare_nouns] of events.toml); shipped on
def _bare_nouns_off(settings: dict) -> None:
    settings["bare_nouns"] = {**(settings.get("bare_nouns") or {}), "types": []}


SWITCHES["bare_nouns"] = _bare_nouns_off


def _reset() -> None:
    """Undo module-level patches of a previous mode (h4's [parse] switches)."""
    reset_parse()


def main(argv: list[str]) -> int:
    return score_switches(argv, SWITCHES, SHIPPED_OFF, _reset, width=26)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
