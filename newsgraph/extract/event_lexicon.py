"""Compiled event lexicons: PLOVER triggers and modes, modality cues, actor words.

Everything comes from ``config/events.toml`` and ``config/event_actors.toml`` so the lists
can be tuned without touching code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


def _words(patterns: list[str]) -> re.Pattern:
    # whole-word match; longest alternatives first so multiword forms win
    alts = sorted(patterns, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in alts) + r")(?![\w])", re.IGNORECASE)


@dataclass
class Lexicon:
    lang: str
    triggers: dict[str, re.Pattern]
    modes: dict[str, list[tuple[str, re.Pattern]]]
    modality: dict[str, re.Pattern]
    modality_order: list[str]
    negation_window: int
    legacy: dict[str, str]
    roles: dict[str, str] = field(default_factory=dict)  # word -> actor type
    multi_roles: dict[str, str] = field(default_factory=dict)  # multiword -> actor type
    countries: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, tuple[str, str]] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)
    # compound heads that make a trigger stem part of a person or thing ("Untersuchungsrichter")
    non_event_heads: tuple[str, ...] = ()
    vetoes: dict[str, re.Pattern] = field(default_factory=dict)  # type -> contexts that are no event

    def place_country(self, low: str) -> str | None:
        for table in (self.countries, self.cities):
            if low in table:
                return table[low]
        if low in self.capitals:
            return self.capitals[low][0]
        return None


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    ev = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))
    ac = tomllib.loads((CONFIG_DIR / "event_actors.toml").read_text("utf-8"))
    lang = lang if lang in ("de", "en") else "de"
    triggers = {t: _words(v[lang]) for t, v in ev["triggers"].items() if v.get(lang)}
    modes = {
        t: [(m, _words(p)) for m, p in table.items()]
        for t, table in ev.get("modes", {}).items()
    }
    mcfg = ev["modality"]
    modality = {k: _words(v) for k, v in mcfg[lang].items()}
    roles: dict[str, str] = {}
    multi: dict[str, str] = {}
    for atype, by_lang in ac["roles"].items():
        for w in by_lang.get(lang, []):
            (multi if " " in w else roles)[w] = atype
    return Lexicon(
        lang=lang, triggers=triggers, modes=modes, modality=modality,
        modality_order=mcfg["order"], negation_window=mcfg["negation_window"],
        legacy=ev.get("legacy", {}), roles=roles, multi_roles=multi,
        countries=ac["countries"], demonyms=ac["demonyms"],
        capitals={k: (v[0], v[1]) for k, v in ac["capitals"].items()}, cities=ac["cities"],
        non_event_heads=tuple(ev.get("non_event_heads", {}).get(lang, [])),
        vetoes={t: re.compile("|".join(f"(?:{p})" for p in v[lang])) for t, v in ev.get("vetoes", {}).items() if v.get(lang)},
    )


def legacy_map() -> dict[str, str]:
    return lexicon("en").legacy


@lru_cache(maxsize=1)
def classifier_settings() -> dict:
    ev = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))
    return ev.get("classifier", {"secondary_min": 0.2})


@lru_cache(maxsize=1)
def _intent() -> dict[str, set[str]]:
    ev = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))
    return {k: set(v) for k, v in ev["intent"].items()}


def plover2016(etype: str, modality: str) -> str:
    """The type PLOVER 2016 (the English gold) gives an event: intent is coded by direction,
    planned (or conditionally promised) cooperation is AGREE, planned harm is THREATEN,
    refused cooperation is REJECT (config/events.toml [intent]); other events keep their type."""
    intent = _intent()
    if modality == "denied" and etype in intent["cooperative"]:
        return "REJECT"
    if modality in ("planned", "conditional"):
        if etype in intent["cooperative"]:
            return "AGREE"
        if etype in intent["conflictual"]:
            return "THREATEN"
    return etype
