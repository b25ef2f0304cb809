"""Compiled event lexicons: PLOVER triggers and modes, modality cues, actor words.

Everything comes from ``config/events.toml`` and ``config/event_actors.toml`` so the lists
can be tuned without touching code.
"""

from __future__ import annotations

import re
import re._constants as _sre_constants
import re._parser as _sre_parse
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LITERAL, _SUBPATTERN, _BRANCH = _sre_constants.LITERAL, _sre_constants.SUBPATTERN, _sre_constants.BRANCH


def _required(pattern: str) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` contains: its longest
    literal run, or the branches of an all-literal group ("(?:Versammlung|Demonstration)").
    None when the pattern has no such anchor of three characters or more."""
    best, cur, group = "", "", None
    for op, av in _sre_parse.parse(pattern, re.IGNORECASE):
        if op is _LITERAL:
            cur += chr(av)
            continue
        best, cur = max(best, cur, key=len), ""
        if op is _SUBPATTERN:  # a capturing group: its body
            body = list(av[-1])
            op, av = body[0] if len(body) == 1 else (None, None)
        if op is _BRANCH and group is None:  # (non-capturing groups arrive flattened)
            alts = ["".join(chr(a) for o, a in b) if all(o is _LITERAL for o, a in b) else "" for b in av[1]]
            if all(len(a) >= 3 for a in alts):
                group = tuple(a.lower() for a in alts)
    best = max(best, cur, key=len)
    if len(best) >= 3:
        return (best.lower(),)
    return group


def _gate(patterns: list[str]) -> tuple[str, ...] | None:
    req = [_required(p) for p in patterns]
    return None if any(r is None for r in req) else tuple(sorted({w for r in req for w in r}))


def _words(patterns: list[str], lowered: bool = False) -> re.Pattern:
    # whole-word match; longest alternatives first so multiword forms win. ``lowered``: the
    # same pattern for lower-cased text, case-sensitive (the regex engine's case-insensitive
    # mode costs about half the trigger search)
    alts = sorted(patterns, key=len, reverse=True)
    body = r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in alts) + r")(?![\w])"
    return re.compile(_lower_literals(body)) if lowered else re.compile(body, re.IGNORECASE)


def _lower_literals(pattern: str) -> str:
    """The pattern with its literal letters lower-cased; escapes (\\W, \\S, \\B...) kept."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


@dataclass
class Lexicon:
    lang: str
    triggers: dict[str, re.Pattern]
    # type -> strings one of which any trigger match contains (lower case), None: no gate.
    # A sentence containing none of them skips that type's regex (half the trigger cost).
    gates: dict[str, tuple[str, ...] | None]
    # the trigger patterns for the lower-cased sentence (same order, same matches)
    triggers_low: dict[str, re.Pattern]
    modes: dict[str, list[tuple[str, re.Pattern]]]
    modality: dict[str, re.Pattern]
    modality_order: list[str]
    negation_window: int
    legacy: dict[str, str]
    roles: dict[str, str] = field(default_factory=dict)  # word -> actor type
    # modality classes whose cues count only before the trigger ([modality] before_only)
    modality_before: frozenset[str] = frozenset()
    # text right before a trigger that makes it a done act, so cues of `modality_before` do not
    # apply ([modality] done_before: "announced that it has called off a strike")
    modality_done: re.Pattern | None = None
    multi_roles: dict[str, str] = field(default_factory=dict)  # multiword -> actor type
    countries: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, tuple[str, str]] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)
    # compound heads that make a trigger stem part of a person or thing ("Untersuchungsrichter")
    non_event_heads: tuple[str, ...] = ()
    vetoes: dict[str, re.Pattern] = field(default_factory=dict)  # type -> contexts that are no event
    # word forms (lower case) -> type from the translated lexicon ([dictionary]); they are
    # looked up per token after the patterns, which win where both match
    words: dict[str, str] = field(default_factory=dict)
    # compound heads (lower case) -> type: "Sprengstoffattentate" ends in the head "attentat"
    heads: dict[str, str] = field(default_factory=dict)
    head_suffixes: tuple[str, ...] = ("",)
    head_tails: frozenset[str] = frozenset()  # the heads' last three letters (a cheap pre-test)
    head_min_prefix: int = 4
    # compounds ending so are no trigger ("Herausforderung", "Gerichtsverhandlung", "Reinigung")
    not_compounds: tuple[str, ...] = ()
    # separable verbs split with the particle closing the clause, derived from the lexicon's
    # own particle verbs ([separable] of events.toml); type -> case-sensitive pattern
    split: dict[str, re.Pattern] = field(default_factory=dict)
    split_gates: dict[str, tuple[str, ...] | None] = field(default_factory=dict)
    # agent-noun endings ([non_event_heads] agent_suffixes): a capitalised hit "Unterstützer",
    # "Kämpfer", "Besucher" whose verb ("unterstützen") is a trigger of its type names a person
    agent_suffixes: tuple[str, ...] = ()
    # separable particles the parse tags as such (PTKVZ) join the verb left of them in their clause
    # when the lexicon knows the pair ([separable] parse_particles); a split hit whose particle the
    # parse makes a preposition ("warfen Feuerwerkskörper vor dem Gebäude") is none
    # ([separable] particle_prepositions)
    particles: frozenset[str] = frozenset()
    parse_particles: bool = False
    particle_prepositions: bool = False
    # a capitalised pattern hit whose compound head is a trigger noun takes the head's type
    # ([dictionary] head_decides: "Rücktrittsultimatum" THREATEN, not RETREAT)
    head_decides: bool = False
    # a hyphenated compound is a trigger of its last part's type ([dictionary] hyphen_heads: "US-Luftangriff")
    hyphen_heads: bool = False
    # light verbs whose hit yields to a trigger noun of another type in its clause ([light_verbs])
    light_verbs: re.Pattern | None = None

    def place_country(self, low: str) -> str | None:
        for table in (self.countries, self.cities):
            if low in table:
                return table[low]
        if low in self.capitals:
            return self.capitals[low][0]
        return None


_HAND_NOUN = re.compile(r"(?:\\w\*|\\w\+)?(?:\[([A-ZÄÖÜ])[a-zäöüß]\])?([A-ZÄÖÜa-zäöüß]+)(\\w\*|s\?)?")


def _dictionary(ev: dict, lang: str) -> tuple[dict[str, str], dict[str, str], dict]:
    """The translated trigger words and the compound heads: the nouns of the hand lexicon
    (plain capitalised patterns) and of the translated list, minus ``[dictionary] not_heads``."""
    cfg = ev.get("dictionary", {}).get(lang)
    if not cfg:
        return {}, {}, {}
    words: dict[str, str] = {}
    nouns: dict[str, str] = {}
    # file = "" leaves the GPL-2+ word list out (see its README) and keeps the compound heads
    lines = (DATA_DIR / cfg["file"]).read_text("utf-8").splitlines() if cfg.get("file") else []
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        etype, word, pos = line.split("\t")[:3]
        # German spelling tells verb from noun: a verb form matches a lower-case token only
        # ("tagen" meets, "Tagen" is days), a noun a capitalised one (flag in the key)
        words.setdefault(("n:" if pos.startswith("n") else "v:") + word.lower(), etype)
        if pos.startswith("n"):
            nouns.setdefault(word.lower(), etype)
    # forms of the hand lexicon's own words its patterns miss ("beschloss", "drängen"): words
    # only, no compound heads (the hand nouns already are heads)
    for line in (DATA_DIR / cfg["forms_file"]).read_text("utf-8").splitlines() if cfg.get("forms_file") else []:
        if line.startswith("#") or not line.strip():
            continue
        etype, word, pos = line.split("\t")[:3]
        words.setdefault(("n:" if pos.startswith("n") else "v:") + word.lower(), etype)
    if cfg.get("dative_plurals"):
        # the lists give a noun's plural as Ding does, in the nominative ("Anschläge"); the dative
        # plural adds -n to plurals in -e, -er, -el ("nach den Anschlägen"); words only
        for key, etype in list(words.items()):
            if key.startswith("n:") and key.endswith(("e", "er", "el")):
                words.setdefault(key + "n", etype)
    # synonyms of the lexicon's words from a thesaurus (OpenThesaurus, LGPL): last, so every
    # other source wins; words only, never compound heads (a synonym's compounds were not read)
    if cfg.get("thesaurus") and cfg.get("thesaurus_file"):
        for line in (DATA_DIR / cfg["thesaurus_file"]).read_text("utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            etype, word, pos = line.split("\t")[:3]
            words.setdefault(("n:" if pos.startswith("n") else "v:") + word.lower(), etype)
    heads: dict[str, str] = {}
    if cfg.get("compound_heads"):
        for etype, v in ev["triggers"].items():
            for p in v.get(lang, []):
                m = _HAND_NOUN.fullmatch(p)
                if m and (m.group(1) or p[:1].isupper()):
                    heads.setdefault(((m.group(1) or "") + m.group(2)).lower(), etype)
        for w, etype in nouns.items():
            heads.setdefault(w, etype)
        skip = {w.lower() for w in cfg.get("not_heads", [])}
        heads = {h: t for h, t in heads.items() if len(h) >= cfg.get("head_min_len", 5) and h not in skip}
    return words, heads, cfg


def _country_file(name: str) -> dict[str, str]:
    """All ISO 3166 countries by English and German name (training/events/build_countries.py);
    the hand list of config/event_actors.toml [countries] wins where both name one."""
    if not name:
        return {}
    out = {}
    for line in (DATA_DIR / name).read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            n, code = line.split("\t")
            out[n] = code
    return out


_SPLIT = re.compile(r"([a-zäöüß]+)(\\w\*)? \.\{0,\d+\}\?\\b(?:\(\?:)?([a-zäöü|]+)\)?\\b")
_PARTICIPLE = re.compile(r"([a-zäöü]+?)ge([a-zäöüß]{3,}?)e?(?:en|t)")


def _infinitive_parts(word: str, particles: tuple[str, ...]) -> tuple[str, str] | None:
    """(particle, verb) of a separable verb's infinitive or zu-infinitive: "vorzuwerfen" ->
    ("vor", "werfen"), "zurückziehen" -> ("zurück", "ziehen"); None for other words."""
    for p in particles:  # longest first: "zurück" before "zu"
        if not word.startswith(p):
            continue
        rest = word[len(p):]
        if rest.startswith("zu") and len(rest) >= 7:
            rest = rest[2:]
        if len(rest) >= 5 and rest.endswith(("en", "ern", "eln")):
            return p, rest
    return None


def _separable(ev: dict, lang: str, words: dict[str, str]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Forms of the lexicon's separable verbs that no listed pattern or word spells out
    (``[separable.<lang>]``): the split order of an infinitive's verb with the particle closing
    the clause ("Kritiker werfen Obama vor" from "vorzuwerfen"), the joined finite forms of a
    subordinate clause ("der seine Kandidatur zurückzog" from "zog ... zurück"), and the -ung
    noun of a particle verb ("Niederschlagung" from "niedergeschlagen", "Aufforderung" from
    "auffordern"). Derived from the lexicon's own words, so they generalise to whatever verbs
    it gains; extra patterns per type and extra word forms ("v:"/"n:" keys)."""
    cfg = ev.get("separable", {}).get(lang)
    if not cfg:
        return {}, {}
    particles = tuple(sorted(cfg["particles"], key=len, reverse=True))
    reach, endings = cfg.get("reach", 60), cfg.get("finite_endings", ["", "e", "en", "t", "te", "ten", "st", "et"])
    not_nouns, not_split = set(cfg.get("not_nouns", [])), set(cfg.get("not_split", []))
    inseparable = tuple(cfg.get("inseparable", ["be", "er", "ver", "ent", "zer", "ge", "emp", "miss"]))
    close = r"(?=\s*(?:[,.;:!?)\u201c\u201d\"]|$|und\b|oder\b|aber\b|sowie\b))"
    pats: dict[str, list[str]] = {}
    extra: dict[str, str] = {}
    infinitives: dict[str, str] = {}
    for etype, v in ev["triggers"].items():
        for p in v.get(lang, []):
            if re.fullmatch(r"[a-zäöüß]+", p):
                infinitives.setdefault(p, etype)
                continue
            m = _SPLIT.fullmatch(p)
            # a split preterite behind an inseparable prefix joins into the participle
            # ("an" + "erkannte" is the adjective "anerkannte"): left out
            if m and not m.group(1).startswith(inseparable):
                for part in m.group(3).split("|"):
                    if part in particles:
                        for e in (endings if m.group(2) else [""]):
                            extra.setdefault("v:" + part + m.group(1) + e, etype)
    for key, etype in words.items():
        if key.startswith("v:"):
            infinitives.setdefault(key[2:], etype)
    for word, etype in infinitives.items():
        m = _PARTICIPLE.fullmatch(word)
        if m and m.group(1) in particles:
            noun = m.group(1) + m.group(2) + "ung"
            if noun not in not_nouns:
                extra.setdefault("n:" + noun, etype)
                extra.setdefault("n:" + noun + "en", etype)
            continue
        parts = _infinitive_parts(word, particles)
        if parts is None:
            continue
        part, verb = parts
        stem = verb[:-1] if verb.endswith(("ern", "eln")) else verb[:-2]
        if len(stem) < 3 or f"{stem} {part}" in not_split:
            continue
        pats.setdefault(etype, []).append(rf"{stem}\w* [^,.;:!?]{{0,{reach}}}?\b{part}{close}")
        # behind an inseparable prefix the weak past forms are the participle ("abverlangte")
        for e in (("", "e", "st") if verb.startswith(inseparable) else endings):
            extra.setdefault("v:" + part + stem + e, etype)
        extra.setdefault("v:" + part + verb, etype)
        noun = part + stem + "ung"
        if noun not in not_nouns:
            extra.setdefault("n:" + noun, etype)
            extra.setdefault("n:" + noun + "en", etype)
    return pats, extra


_SPLIT_HAND = re.compile(r"(.+?) \.\{0,(\d+)\}\?\\b(\w+)\\b")
_SPLIT_DERIVED = re.compile(r"(.+?) \[\^,\.;:!\?\]\{0,(\d+)\}\?\\b(\w+)\(\?=.*")


def _final_particles(pats: dict, split: dict, far: int) -> tuple[dict, dict]:
    """A separable verb whose particle closes the sentence ("wies Kritik wegen ... am Montag zurück.")
    may lie farther from its verb than a pattern's reach: the sentence end closes the verb bracket,
    so up to ``far`` characters without clause punctuation ([separable] final_reach; round 14)."""
    end = r"(?=\s*[.!?][\"“”»«]?\s*$)"
    gap = rf"[^,.;:!?]{{0,{far}}}?"
    pats = {t: list(v) + [f"{m.group(1)} {gap}\\b{m.group(3)}{end}" for v0 in v if (m := _SPLIT_HAND.fullmatch(v0))]
            for t, v in pats.items()}
    split = {t: list(v) + [f"{m.group(1)} {gap}\\b{m.group(3)}{end}" for v0 in v if (m := _SPLIT_DERIVED.fullmatch(v0))]
             for t, v in split.items()}
    return pats, split


def _with_more_triggers(ev: dict) -> dict:
    """``[triggers_more]`` added to ``[triggers]`` (word lists kept apart so a round's additions can be switched off
    as one: an empty list is off), before anything reads the triggers (compound heads, gates, separable verbs)."""
    for etype, by_lang in ev.get("triggers_more", {}).items():
        for lg, pats in by_lang.items():
            if pats:
                tr = ev["triggers"].setdefault(etype, {})
                tr[lg] = list(tr.get(lg, [])) + [p for p in pats if p not in tr.get(lg, [])]
    return ev


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    ev = _with_more_triggers(tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8")))
    ac = tomllib.loads((CONFIG_DIR / "event_actors.toml").read_text("utf-8"))
    lang = lang if lang in ("de", "en") else "de"
    modes = {
        t: [(m, _words(p)) for m, p in table.items()]
        for t, table in ev.get("modes", {}).items()
    }
    mcfg = ev["modality"]
    modality = {k: _words(v) for k, v in mcfg[lang].items()}
    roles: dict[str, str] = {}
    multi: dict[str, str] = {}
    words, heads, dcfg = _dictionary(ev, lang)
    split, joined = _separable(ev, lang, words)
    scfg = ev.get("separable", {}).get(lang, {})
    for k, t in joined.items():
        words.setdefault(k, t)
    pats = {t: v[lang] for t, v in ev["triggers"].items() if v.get(lang)}
    if scfg.get("final_reach"):
        pats, split = _final_particles(pats, split, scfg["final_reach"])
    for atype, by_lang in ac["roles"].items():
        for w in by_lang.get(lang, []):
            (multi if " " in w else roles)[w] = atype
    return Lexicon(
        lang=lang, triggers={t: _words(p) for t, p in pats.items()}, modes=modes, modality=modality,
        gates={t: _gate(p) for t, p in pats.items()},
        # case-sensitive: the derived verb must be written as a verb ("die Klage ... an" is none)
        split={t: re.compile(r"(?<![\w-])(?:" + "|".join(p) + r")(?![\w])") for t, p in split.items()},
        split_gates={t: _gate(p) for t, p in split.items()},
        triggers_low={t: _words(p, lowered=True) for t, p in pats.items()},
        modality_order=mcfg["order"], negation_window=mcfg["negation_window"],
        modality_before=frozenset(mcfg.get("before_only", {}).get(lang, [])),
        modality_done=re.compile(mcfg["done_before"][lang]) if mcfg.get("done_before", {}).get(lang) else None,
        legacy=ev.get("legacy", {}), roles=roles, multi_roles=multi,
        countries={**_country_file(ac.get("country_file", "")), **ac["countries"]}, demonyms=ac["demonyms"],
        capitals={k: (v[0], v[1]) for k, v in ac["capitals"].items()}, cities=ac["cities"],
        non_event_heads=tuple(ev.get("non_event_heads", {}).get(lang, [])),
        vetoes={t: re.compile("|".join(f"(?:{p})" for p in v[lang])) for t, v in ev.get("vetoes", {}).items() if v.get(lang)},
        words=words, heads=heads, head_tails=frozenset(h[-3:] for h in heads), head_suffixes=tuple(dcfg.get("head_suffixes", [""])),
        head_min_prefix=dcfg.get("head_min_prefix", 4),
        not_compounds=tuple(w.lower() for w in dcfg.get("not_compounds", [])),
        agent_suffixes=tuple(sorted(ev.get("non_event_heads", {}).get(lang + "_agent_suffixes", []), key=len, reverse=True)),
        particles=frozenset(scfg.get("particles", [])), head_decides=bool(dcfg.get("head_decides")),
        hyphen_heads=bool(dcfg.get("hyphen_heads")),
        light_verbs=re.compile("|".join(ev["light_verbs"][lang])) if ev.get("light_verbs", {}).get(lang) else None,
        parse_particles=bool(scfg.get("parse_particles")), particle_prepositions=bool(scfg.get("particle_prepositions")),
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


@lru_cache(maxsize=2)
def context_rules(lang: str) -> tuple[tuple[frozenset, re.Pattern, re.Pattern, str], ...]:
    """``[[context.<lang>]]`` of events.toml: (types, trigger, context, new type) per rule."""
    ev = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))
    return tuple((frozenset(r["types"]), re.compile(r["trigger"]), re.compile(r["context"]), r["type"])
                 for r in ev.get("context", {}).get(lang, []))
