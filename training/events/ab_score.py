"""Scoring and summary lines shared by the per-round German event A/B scripts (round21_ab.py to
round26_ab.py): each mode is scored on the ``events_de_<set>`` files named, one line per set and a pooled line; nothing
per sentence, so a script may score a blind set without reading it. The switch modes (``mode_extractor``) and the
patch of h4's [parse] switches (``parse_key``) are round 22's and round 23's, kept here so the two scripts read their
modes alike."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import newsgraph.extract.event_parse_actors as P
from newsgraph.eval.events import score_german
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
KEYS = ("type", "source", "target", "date", "date_extra")

# h4's actor switches of [parse] in event_actors.toml are read through event_parse_actors.settings() (module level),
# not the extractor's settings: a mode patches that function with _PARSE, reset_parse restores it
_PARSE_SETTINGS = P.settings
_PARSE: dict = {}


def parse_key(key: str, value: bool) -> Callable[[dict], None]:
    def patch(settings: dict) -> None:
        _PARSE[key] = value
        d = {**_PARSE_SETTINGS(), **_PARSE}
        P.settings = lambda: d

    return patch


def reset_parse() -> None:
    P.settings = _PARSE_SETTINGS
    _PARSE.clear()


def _verbal_nouns_on(settings: dict) -> None:
    settings["verbal_nouns"] = {**(settings.get("verbal_nouns") or {}),
                                "types": ["REQUEST", "AGREE", "SUPPORT", "CONCEDE", "REJECT", "COOPERATE"]}


# Shipped-off switches still waiting for an unseen set, name -> function turning it on: each round's script starts its
# SHIPPED_OFF from a copy, so that the round's blind set is scored with them too. passive_order (round 23), von_frames
# (round 24), shared_perfect (round 25) of [parse] in event_actors.toml; round 25's verbal_nouns of [classifier] in
# events.toml
PENDING_OFF: dict = {
    "parse.shared_perfect": parse_key("shared_perfect", True),
    "parse.passive_order": parse_key("passive_order", True),
    "parse.von_frames": parse_key("von_frames", True),
    "verbal_nouns": _verbal_nouns_on,
}


def score_switches(argv: list[str], switches: dict, shipped_off: dict, reset: Callable[[], None] = reset_parse,
                   width: int = 22) -> int:
    """``MODE,MODE,... SET SET ...`` of a round's switch script, each mode's extractor by ``mode_extractor``;
    ``reset`` undoes the script's module-level patches before each mode and at the end (by default only the
    [parse] patches of ``parse_key``; a script that patches more passes its own)."""

    def extractor(mode: str) -> EventExtractor:
        reset()
        return mode_extractor(mode, switches, shipped_off)

    score_modes(argv[0].split(","), argv[1:], extractor, width)
    reset()
    return 0


def mode_extractor(mode: str, switches: dict, shipped_off: dict) -> EventExtractor:
    """The German extractor of one mode: ``off`` (every switch of ``switches``, name -> function turning a shipped-on
    switch off in the settings, off), ``on``, ``on-NAME``, ``only+NAME`` or ``on+NAME`` (``shipped_off``: name ->
    function turning a shipped-off switch on). The caller undoes its module-level patches first."""
    ex = EventExtractor("de")
    settings = dict(ex.settings)
    if mode.startswith("on+"):
        if mode[3:] not in shipped_off:
            raise SystemExit(f"unknown shipped-off switch {mode[3:]!r}; known: {', '.join(shipped_off)}")
        shipped_off[mode[3:]](settings)
        off = []
    elif mode == "on":
        off = []
    elif mode == "off":
        off = list(switches)
    elif mode.startswith("on-"):
        off = [mode[3:]]
    elif mode.startswith("only+"):
        off = [k for k in switches if k != mode[5:]]
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    for name in off:
        if name not in switches:
            raise SystemExit(f"unknown switch {name!r}; known: {', '.join(switches)}")
        switches[name](settings)
    ex.settings = settings
    return ex


def line(acc: Counter, none: Counter, tp: int, fp: int, false: bool = True) -> str:
    """type / source / target / date with counts, "extra" (dated where gold has no date), "none" (no-event sentences
    given an event), typed precision and, with ``false`` (round 22 on), the predicted events that are no gold event of
    their type; round 21's lines had no "false" cell and keep that form."""
    cells = [f"{acc[k, 0] / max(1, acc[k, 1]):.3f} ({acc[k, 0]}/{acc[k, 1]})" for k in KEYS[:4]]
    return (" / ".join(cells) + f"  extra {acc['date_extra', 0]}/{acc['date_extra', 1]}"
            + f"  none {none[0]}/{none[1]}  typed P {tp / max(1, tp + fp):.3f}" + (f"  false {fp}" if false else ""))


def score_modes(modes: list[str], names: list[str], extractor: Callable[[str], EventExtractor], width: int,
                false: bool = True) -> None:
    """Print each mode's lines; ``width`` pads the mode column (each script keeps its own so its lines compare with
    the ones its card quotes)."""
    for mode in modes:
        ex = extractor(mode)
        pooled, pnone, ptp, pfp = Counter(), Counter(), 0, 0
        for name in names:
            recs = [json.loads(x) for x in (DATA / f"events_de_{name}.jsonl").read_text("utf-8").splitlines()]
            res = score_german(recs, ex)
            acc = Counter({(k, i): res["acc"][k][i] for k in KEYS for i in (0, 1)})
            none = Counter({0: res["none"][0], 1: res["none"][1]})
            tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
            pooled += acc
            pnone += none
            ptp, pfp = ptp + tp, pfp + fp
            print(f"{mode:<{width}} {name:<8} {line(acc, none, tp, fp, false)}", flush=True)
        print(f"{mode:<{width}} {'pooled':<8} {line(pooled, pnone, ptp, pfp, false)}", flush=True)
