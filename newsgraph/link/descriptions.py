"""Role descriptions and anaphoric nouns that stand for an entity of the article:
"der ukrainische Staatschef", "NATO-Chef", "dem designierten US-Präsidenten" (people by role,
country and date), "die Zeitung", "die Post", "dem Medium" (a medium named in the article),
"des Blocks", "das Bündnis", "Blockmitgliedschaft" (an alliance or bloc named in the article),
and "baltische und nordische Staaten" (groups of states).

Finding is done with patterns compiled from newsgraph/data/kb/roles.yaml and the KB's
nationality adjectives; resolving is ``resolve_*`` against the mentions already linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import yaml

from .config import kb_dir
from .kb import KB, kb

INFL = r"(?:e|en|er|es|em)"  # German adjective endings
NOUN_INFL = r"(?:innen|in|en|n|es|s)?"


@dataclass
class Desc:
    start: int
    end: int
    kind: str  # person | media | bloc | group
    role: str | None = None
    of: str | None = None  # country code or entity id
    modifier: str | None = None  # president_elect | former
    fallback: str | None = None
    kinds: list[str] = field(default_factory=list)  # for bloc nouns
    short: str | None = None  # "Post" for "die Post"
    entity_id: str | None = None  # fixed target (groups)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return yaml.safe_load((kb_dir() / "roles.yaml").read_text("utf-8"))


class DescriptionFinder:
    def __init__(self, base: KB):
        lex = lexicon()
        self.adj: dict[str, str] = {}  # lower-case adjective stem -> country code
        self.adj_en: dict[str, str] = {}
        self.prefix: dict[str, str] = {}  # "US" -> "US", "NATO" -> "ent_nato"
        self.groups: dict[str, str] = {}  # "baltisch" -> ent_baltic_states
        self.shorts: dict[str, list[str]] = {}  # "Post" -> media ids
        for rid, rec in base.records.items():
            adjs = rec.get("adjectives", {})
            if rec.get("kind") == "country":
                for a in adjs.get("de", []):
                    self.adj[a.lower()] = rec["country"]
                for a in adjs.get("en", []):
                    self.adj_en[a] = rec["country"]
                for p in rec.get("prefixes", []):
                    self.prefix[p] = rec["country"]
            elif rec.get("kind") == "group":
                for a in adjs.get("de", []):
                    self.groups[a.lower()] = rid
            else:
                for p in rec.get("prefixes", []):
                    self.prefix[p] = rid
            for s in rec.get("short", []):
                self.shorts.setdefault(s, []).append(rid)
        self.noun_role: dict[str, tuple[str, str | None]] = {}
        self.noun_role_en: dict[str, tuple[str, str | None]] = {}
        for r in lex["person_roles"]:
            for n in r.get("de", []):
                self.noun_role.setdefault(n.lower(), (r["role"], r.get("fallback")))
            for n in r.get("en", []):
                self.noun_role_en.setdefault(n.lower(), (r["role"], r.get("fallback")))
        self.mods = {w.lower(): k for k, v in lex["modifiers"].items() for lang in v for w in v[lang]}
        de_nouns = [n for n in self.noun_role]
        self.re_adj = re.compile(
            rf"\b(?:(?P<det>[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\s+(?P<mods>(?:[a-zäöüß]{{3,}}{INFL}\s+){{0,2}}?))?"
            rf"(?P<adj>{_alt(self.adj)}){INFL}\s+(?P<noun>{_alt(n.capitalize() for n in de_nouns)})(?P<end>{NOUN_INFL})\b")
        self.re_prefix = re.compile(
            rf"\b(?:(?P<det>[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\s+(?P<mods>(?:[a-zäöüß]{{3,}}{INFL}\s+){{0,2}}?))?"
            rf"(?P<prefix>{_alt(self.prefix)})-?(?P<noun>(?i:{_alt(de_nouns)}))(?P<end>{NOUN_INFL})\b")
        en_nouns = list(self.noun_role_en)
        self.re_en = re.compile(
            rf"\b(?:(?P<det>[Tt]he)\s+(?P<mods>(?:[a-z-]+\s+)?))?(?P<adj>{_alt([*self.adj_en, *self.prefix])})\s+"
            rf"(?P<noun>(?i:{_alt(en_nouns)}))\b")
        self.re_media = re.compile(
            rf"\b(?P<det>[Dd]ie|[Dd]er|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Tt]he)\s+(?:(?:[a-zäöüß]+{INFL})\s+)?"
            rf"(?P<noun>{_alt(lex['media_nouns']['de'])}|{_alt(lex['media_nouns']['en'])})(?:s|es)?\b")
        self.media_kinds = {k.lower(): v for lang in ("de", "en") for k, v in lex["media_nouns"][lang].items()}
        self.re_short = re.compile(
            rf"\b(?P<det>[Dd]ie|[Dd]er|[Dd]es|[Dd]em|[Tt]he)\s+(?P<short>{_alt(self.shorts)})\b(?!\s*[-A-ZÄÖÜ])") if self.shorts else None
        bloc = {**lex["bloc_nouns"]["de"], **lex["bloc_nouns"]["en"]}
        self.bloc_kinds = {k.lower(): v for k, v in bloc.items()}
        self.re_bloc = re.compile(
            rf"\b(?:(?P<det>[Dd]es|[Dd]er|[Dd]em|[Dd]en|[Dd]as|[Dd]ie|[Tt]he)\s+)(?P<noun>{_alt(bloc)})(?:es|s|ses)?\b"
            rf"|\b(?P<comp>Block|Bündnis)(?=mitglied|staat|partner|gebiet|beitritt)\w*")
        self.re_group = re.compile(
            rf"\b(?P<adj>{_alt(self.groups)}){INFL}(?P<noun>\s+(?:Staaten|Ländern|Länder))?"
            rf"(?=(?:\s+(?:und|oder|sowie)\s+\w+)?\s+(?:Staaten|Länder|Ländern)\b)|"
            rf"\b(?P<adj2>{_alt(self.groups)}){INFL}\s+(?:Staaten|Ländern|Länder)\b") if self.groups else None
        # Necessary conditions, tested on the whole text before a pattern's own scan: the
        # pattern's required core without its optional leading determiner and modifiers (a
        # match of the pattern contains a match of its gate, so a text without one has no
        # match). re's scan of a pattern that opens with an optional group tries the group at
        # every position; a gate that opens with the word list skips along on its first
        # characters (re_prefix / re_en 0.020 / 0.033 -> 0.003 / 0.007 CPU s on the 300 bench
        # articles; find() 0.165 -> 0.062 with all seven; bench/README.md, fourteenth round, h9).
        # re_adj's gate leaves out the adjective too: with the long lower-case list in front it
        # was slower than the pattern itself.
        media = f"{_alt(lex['media_nouns']['de'])}|{_alt(lex['media_nouns']['en'])}"
        self.gates = {
            "adj": re.compile(rf"{INFL}\s+(?:{_alt(n.capitalize() for n in de_nouns)}){NOUN_INFL}\b"),
            "prefix": re.compile(rf"(?:{_alt(self.prefix)})-?(?i:{_alt(de_nouns)}){NOUN_INFL}\b"),
            "en": re.compile(rf"(?:{_alt([*self.adj_en, *self.prefix])})\s+(?i:{_alt(en_nouns)})\b"),
            "media": re.compile(rf"(?:{media})(?:s|es)?\b"),
            "short": re.compile(rf"(?:{_alt(self.shorts)})\b(?!\s*[-A-ZÄÖÜ])") if self.shorts else None,
            "bloc": re.compile(rf"(?:{_alt(bloc)})(?:es|s|ses)?\b"
                               rf"|(?:Block|Bündnis)(?=mitglied|staat|partner|gebiet|beitritt)"),
            "group": re.compile(rf"(?:{_alt(self.groups)}){INFL}") if self.groups else None,
        }

    def _mod(self, mods: str | None) -> str | None:
        for w in (mods or "").split():
            stem = re.sub(rf"{INFL}$", "", w.lower())
            for cand in (w.lower(), stem):
                if cand in self.mods:
                    return self.mods[cand]
        return None

    def find(self, text: str) -> list[Desc]:
        out: list[Desc] = []
        for m in self.re_adj.finditer(text) if self.gates["adj"].search(text) else ():
            if _plural(m):
                continue
            role, fb = self.noun_role[m["noun"].lower()]
            out.append(Desc(m.start(), m.end(), "person", role, self.adj[m["adj"].lower()], self._mod(m["mods"]), fb))
        for m in self.re_prefix.finditer(text) if self.gates["prefix"].search(text) else ():
            if _plural(m):
                continue
            role, fb = self.noun_role[m["noun"].lower()]
            of = self.prefix[m["prefix"]]
            out.append(Desc(m.start(), m.end(), "person", role, of, self._mod(m["mods"]), fb))
        for m in self.re_en.finditer(text) if self.gates["en"].search(text) else ():
            role, fb = self.noun_role_en[m["noun"].lower()]
            of = self.adj_en.get(m["adj"]) or self.prefix.get(m["adj"])
            out.append(Desc(m.start(), m.end(), "person", role, of, self._mod(m["mods"]), fb))
        for m in self.re_media.finditer(text) if self.gates["media"].search(text) else ():
            out.append(Desc(m.start(), m.end(), "media", kinds=self.media_kinds.get(m["noun"].lower(), [])))
        if self.re_short and self.gates["short"].search(text):
            for m in self.re_short.finditer(text):
                out.append(Desc(m.start(), m.end(), "media", short=m["short"]))
        for m in self.re_bloc.finditer(text) if self.gates["bloc"].search(text) else ():
            noun = (m["noun"] or m["comp"]).lower()
            out.append(Desc(m.start(), m.end(), "bloc", kinds=self.bloc_kinds.get(noun, ["alliance", "bloc"])))
        if self.re_group and self.gates["group"].search(text):
            for m in self.re_group.finditer(text):
                adj = (m["adj"] or m["adj2"]).lower()
                out.append(Desc(m.start(), m.end(), "group", entity_id=self.groups[adj]))
        out.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[Desc] = []
        for d in out:  # the longest description at a place wins
            if not any(d.start < k.end and k.start < d.end for k in kept):
                kept.append(d)
        return kept


def _plural(m: re.Match) -> bool:
    # "die ... Regierungschefs", "die Präsidenten": plural, a group, not one person.
    # (Female singular forms end in -in and are not caught here.)
    return (m["det"] or "").lower() == "die" and m["end"] in ("s", "en", "n", "innen")


def holders(base: KB, role: str, of: str, on: date | None, former: bool = False) -> list[str]:
    if not former:
        return base.holders(role, of, on)
    out = []
    for rid, rec in base.records.items():
        for r in rec.get("role_spans", []):
            if r.get("role") == role and r.get("of") == of and r.get("until") and (on is None or str(r["until"]) <= on.isoformat()):
                out.append(rid)
                break
    return out


def role_targets(base: KB, d: Desc) -> list[tuple[str, str]]:
    """(role, of) pairs to look for, best first, with organisation prefixes resolved: the
    "Kremlchef" is Russia's head of state, the "NATO-Chef" the leader of NATO, the "Kremlin
    spokesman" the Kremlin's (else Russia's) spokesperson."""
    of = d.of or ""
    role = d.role or "leader"
    rec = base.record(of)
    if rec is not None and rec.get("kind") == "government" and rec.get("country"):
        if role == "leader":
            return [("head_of_state", rec["country"])]
        return [(role, of), (role, rec["country"])]
    if rec is not None and role in ("head_of_state", "head_of_government"):
        return [("leader", of)]  # "EU-Präsidentin", "NATO-Präsident"
    if d.modifier == "president_elect" and role == "head_of_state":
        return [("president_elect", of)]
    out = [(role, of)]
    if d.fallback:
        out.append((d.fallback, of))
    return out


@lru_cache(maxsize=1)
def finder() -> DescriptionFinder:
    return DescriptionFinder(kb())
