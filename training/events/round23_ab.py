"""A/B of the round-23 German event switches (issue #5), in one process.

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
Nothing per sentence, so it may score a blind set without reading it.

    python training/events/round23_ab.py off,on,on+parse.passive_order,on+parse.setting_verb dev fresh fresh2 ...
    python training/events/round23_ab.py off,on+accept dev fresh fresh2 ...      # h5's acceptance check
    python training/events/round23_ab.py on-time.daypart_days,on dev fresh fresh2 ...   # h9: time.toml [de] daypart_days
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsgraph.eval.events as E
import newsgraph.extract.timex_rules as T

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import parse_key, reset_parse, score_switches  # noqa: E402

# switches of the round that ship on: name -> function turning it off in an extractor's settings dict (h4's
# parse.aimed_owner is added below, where its patch is defined)
SWITCHES: dict = {}

# h4: actor switches of [parse] in event_actors.toml, read through event_parse_actors.settings() (module level); a mode
# patches that function (ab_score.parse_key), _reset restores it
SWITCHES.update({
    "parse.aimed_owner": parse_key("aimed_owner", False),
})


# h9: [de] daypart_days of time.toml (extract/timex_rules.py), read when the rules are built; a mode patches the
# lexicon the rules read, and both the rules and the per-article analyses the scorer caches (times included) are
# rebuilt (_reset restores and clears them)
_LEXICON = T._lexicon


def _time_key(key: str, value: bool):
    def patch(settings: dict) -> None:
        def lex() -> dict:
            d = dict(_LEXICON())  # the lexicon is cached: patch a copy
            d["de"] = {**d["de"], key: value}
            return d

        T._lexicon = lex
        T.rules.cache_clear()
        E._PREPARED.clear()

    return patch


SWITCHES.update({
    "time.daypart_days": _time_key("daypart_days", False),
})
# switches that ship off: name -> function turning it on
SHIPPED_OFF = {
    "parse.passive_order": parse_key("passive_order", True),
    "parse.setting_verb": parse_key("setting_verb", True),
}

# h5: the learned acceptance check on finished German events ([classifier.accept] of events.toml,
# extract/event_accept.py), shipped off (model = ""): on+accept points it at the shipped weights
ACCEPT_MODEL = "models/events_type/accept.json"


def _accept_on(settings: dict) -> None:
    acc = dict(settings.get("accept") or {})
    acc["model"] = acc.get("model") or ACCEPT_MODEL
    acc.setdefault("langs", ["de"])
    settings["accept"] = acc


SHIPPED_OFF["accept"] = _accept_on


def _reset() -> None:
    """Undo module-level patches of a previous mode (h4's [parse] switches, h9's time key)."""
    reset_parse()
    if T._lexicon is not _LEXICON:
        T._lexicon = _LEXICON
        T.rules.cache_clear()
        E._PREPARED.clear()


def main(argv: list[str]) -> int:
    return score_switches(argv, SWITCHES, SHIPPED_OFF, _reset)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
