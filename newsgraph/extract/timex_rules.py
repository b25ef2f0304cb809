"""Rules that find time expressions in a sentence and resolve them to TIMEX3 values.

Explicit calendar dates ("20. Dezember 2024", "December 20, 2024", "20.12.2024") are parsed
by dateparser; what dateparser cannot do reliably for news (weekdays resolved by tense,
"vergangene Woche" as an ISO week, "Anfang 2025" with a START modifier, durations, sets,
seasons, decades) is done here against the document creation time (DCT = publication date).

Spans follow TimeML: prepositions ("am", "im", "on", "in") stay outside the expression,
modifiers ("vergangene", "Anfang", "last", "early") inside it.
"""

from __future__ import annotations

import re
import re._constants as _sre_constants
import re._parser as _sre_parse
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / "config" / "time.toml"
try:
    import ahocorasick
except ImportError:  # without it the anchors are tested one string at a time (same answers)
    ahocorasick = None

DIGIT = "<digit>"
_C = _sre_constants
# characters whose case folding the regex engine treats differently from str.lower (long s,
# dotted/dotless i, Kelvin sign, ligatures): a sentence with one skips the gates
UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a\ufb00-\ufb06]")
_DIGITS = re.compile(r"\d")


def _anchor(items) -> tuple[str, ...] | str | None:
    """What every match of a parsed pattern contains: a literal of three or more characters
    (lower case), one of the all-literal branches of a group, a digit (``DIGIT``), else one of
    the anchors of each alternative of a branch, or None when none of these is required."""
    best, cur, branch, deep, sub, digit = "", "", None, None, None, False
    for op, av in items:
        if op is _C.LITERAL:
            cur += chr(av)
            continue
        best, cur = max(best, cur, key=len), ""
        if op is _C.BRANCH and branch is None:
            alts = ["".join(chr(a) for o, a in b) if all(o is _C.LITERAL for o, a in b) else "" for b in av[1]]
            if all(len(a) >= 3 for a in alts):
                branch = tuple(a.lower() for a in alts)
            elif deep is None:
                # else each alternative's own anchor, so that a branch of multi-word names or of groups
                # ("Tag\s+der\s+Arbeit|…", "(folgenden|nächsten)\s+Tag|Vortag") gates its pattern too
                inner_alts = [_anchor(b) for b in av[1]]
                if all(isinstance(a, tuple) for a in inner_alts):
                    deep = tuple(dict.fromkeys(x for a in inner_alts for x in a))
        elif op is _C.SUBPATTERN and sub is None:
            inner = _anchor(av[-1])
            sub = inner if inner not in (None, DIGIT) else sub
            digit = digit or inner == DIGIT
        elif op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            digit = True
        elif op is _C.MAX_REPEAT and av[0] >= 1 and list(av[2]) == [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_DIGIT)])]:
            digit = True
    best = max(best, cur, key=len)
    if len(best) >= 3:
        return (best.lower(),)
    return branch or sub or (DIGIT if digit else deep)


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None


def _alt(words) -> str:
    # longest first so "sept" wins over "sep" and "übermorgen" over "morgen"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _requirements(items, anchor) -> tuple[tuple[tuple[str, ...], ...], bool]:
    """All that every match of a parsed pattern holds, as far as its top-level sequence shows it:
    each literal of three or more characters, and the anchor (``_anchor``) of each branch, group and
    repeat of at least one that has one, as string tuples (one of whose strings every match holds,
    lower case), with the pattern's own ``anchor``; and whether every match holds a digit. The
    anchor alone opened e.g. "des" (a day part before a date) for 940 of the 5,617 bench sentences;
    with the day-part words and the month names besides, 3."""
    reqs: list[tuple[str, ...]] = [anchor] if isinstance(anchor, tuple) else []
    digit, cur = anchor == DIGIT, ""
    for op, av in list(items) + [(None, None)]:
        if op is _C.LITERAL:
            cur += chr(av)
            continue
        if len(cur) >= 3:
            reqs.append((cur.lower(),))
        cur = ""
        a = None
        if op is _C.BRANCH:
            a = _anchor([(op, av)])
        elif op is _C.SUBPATTERN:
            a = _anchor(av[-1])
        elif op is _C.IN and av == [(_C.CATEGORY, _C.CATEGORY_DIGIT)]:
            a = DIGIT
        elif op is _C.MAX_REPEAT and av[0] >= 1:
            a = _anchor(av[2])
        if a == DIGIT:
            digit = True
        elif isinstance(a, tuple):
            reqs.append(a)
    return tuple(dict.fromkeys(reqs)), digit


# a (pattern, requirement) pair as one int in the automaton's values: pattern * _REQS + requirement
_REQS = 32


def _anchor_automaton(requires: list):
    """All requirement strings in one Aho-Corasick automaton, each string mapped to the (pattern,
    requirement) pairs it meets: a sentence is scanned once in C instead of by ~200 ``in`` tests.
    None without pyahocorasick or with an empty string."""
    owners: dict[str, set[int]] = {}
    for k, (reqs, _digit) in enumerate(requires):
        if len(reqs) >= _REQS:
            raise ValueError("too many requirements in one time pattern")
        for j, req in enumerate(reqs):
            for a in req:
                owners.setdefault(a, set()).add(k * _REQS + j)
    if ahocorasick is None or not owners or "" in owners:
        return None
    auto = ahocorasick.Automaton()
    for a, ks in owners.items():
        auto.add_word(a, frozenset(ks))
    auto.make_automaton()
    return auto


def _gate_plan(anchors: list, requires: list) -> tuple:
    """(the anchors list itself, the indices of the patterns without a gate, of those gated by a
    digit alone, and per pattern gated by strings its number of requirements and whether it needs
    a digit too). A pattern whose anchor is None runs on every sentence; the list is kept to tell
    when a caller replaced ``Rules.anchors`` (the tests run the patterns ungated that way)."""
    free = tuple(k for k, a in enumerate(anchors) if a is None)
    digit = tuple(k for k, a in enumerate(anchors) if a is not None and not requires[k][0])
    need = {k: (len(requires[k][0]), requires[k][1]) for k, a in enumerate(anchors) if a is not None and requires[k][0]}
    return anchors, free, digit, need


class Rules:
    """Compiled patterns for one language."""

    def __init__(self, lang: str, lex: dict) -> None:
        self.lang = lang
        self.lex = lex
        L = lex
        self.months = L["months"]
        self.weekdays = L["weekdays"]
        self.numbers = L["numbers"]
        self.units = L["units"]
        self.mods = L["mods"]
        self.future = set(L["future_cues"])
        M = _alt(self.months)
        W = _alt(self.weekdays)
        DP = _alt(L["dayparts"])
        N = r"(?:\d+(?:[.,]\d+)?|" + _alt(self.numbers) + ")"
        U = _alt(self.units)
        PAST, THIS, NEXT = (_alt(L[k]) for k in ("rel_past", "rel_this", "rel_next"))
        MOD = _alt(self.mods)
        SEAS = _alt(L["seasons"])
        EVERY = _alt(L["every"])
        SETS = _alt(L["sets"])
        DREL = _alt(L["days_rel"])
        YEAR = r"(?:1[89]|20)\d\d"
        self.year_gen = L.get("year_genitive", {})
        self.holidays = L.get("holidays", {})
        self.anchored_dirs = L.get("anchored_dirs", {})
        self.past_aux = set(L.get("past_aux", []))
        self.count_cues = set(L.get("count_cues", []))
        self.age_after = set(L.get("age_after", []))
        self.long_adj = L.get("long_adj", {})
        self.today_nouns = set(L.get("today_nouns", []))
        APPROX = _alt(L.get("approx", [])).replace("\\ ", r"\s+") or "(?!)"
        # "vor knapp drei Wochen", "bis zu drei Tagen": a quantity modifier is part of the span
        AP = rf"(?:(?:{APPROX})\s+)?"
        self.age_before = re.compile(r"(?:" + _alt(L.get("age_before", [])).replace("\\ ", r"\s+") + r")\s*$", re.I) \
            if L.get("age_before") else None
        NOW = _alt(L.get("now_words", [])) or "(?!)"
        FREF = _alt(L.get("future_ref", [])) or "(?!)"
        PREF = _alt(L.get("past_ref", [])) or "(?!)"
        LONG = _alt(self.long_adj) or "(?!)"
        # "29. März dieses Jahres": the genitive names the year as a number would
        YG = rf"(?:\s+(?P<y>{YEAR})|\s+(?P<yg>{_alt(self.year_gen)})\s+Jahres)" if self.year_gen else rf"(?:\s+(?P<y>{YEAR}))"
        HOL = _alt(self.holidays).replace("\\ ", r"\s+").replace(" ", r"\s+")
        AD = _alt(self.anchored_dirs)
        # "year" patterns test for the year before their many look-behinds, which cost most
        # when tried at every position
        i = re.IGNORECASE
        # (name, pattern) in priority order; earlier matches win on overlap
        if lang == "de":
            rel = rf"(?P<rel>(?:{PAST}|{THIS}|{NEXT})(?:e|en|er|es|em)?)"
            pats = [
                ("iso", rf"\b(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
                # round 23 (h9), [de] daypart_days: "am Abend des 23.06.2011" as "des 23. Juni 2011"; a bare
                # "am (späten) Abend" is that part of the day last named (resolved in find())
                *([("dpnum", rf"\b(?P<dpw>{DP})\s+des\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR})\b"),
                   ("dpbare", r"(?<=\b[Aa]m )(?:(?:frühen|späten)\s+)?(?P<dpb>Morgen|Vormittag|Mittag|Nachmittag|Abend)\b"
                              r"(?!\s+(?:des|zuvor|davor|vorher|danach|darauf|eines|vor|nach)\b)")]
                  if L.get("daypart_days") else []),
                ("numdate", rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR}|\d\d)\b"),
                # "Nacht von Mittwoch auf Donnerstag", "Nacht zum heutigen Samstag", "Nacht zu
                # heute": one night, dated by the day it starts on (TIMEX3 "Wednesday night")
                ("night", rf"\bNacht\s+(?:(?:von|vom)\s+(?:de[mn]\s+)?(?:{W}|\d{{1,2}}\.(?:\s*(?:{M})\.?)?)\s+)?"
                          rf"(?:auf|zum|zu|zur)\s+(?:de[nm]\s+)?(?:(?P<rel>heutig|gestrig|morgig|{PAST}|{THIS}|{NEXT})(?:e|en|er|es|em)?\s+)?"
                          rf"(?:(?P<wd>{W})(?:,?\s+(?:de[mn]\s+)?(?P<d2>\d{{1,2}})\.\s*(?P<mn2>{M})\.?(?:\s+(?P<y2>{YEAR}))?)?"
                          rf"|(?P<dr>heute|gestern|morgen)|(?P<d>\d{{1,2}})\.\s*(?P<mn>{M})\.?(?:\s+(?P<y>{YEAR}))?)\b"),
                ("wdate", rf"\b(?:{rel}\s+)?(?P<wd>{W})(?P<wdp>{DP})?,?\s+(?:de[mn]\s+)?(?P<d>\d{{1,2}})\.\s*(?P<mn>{M})\.?(?:\s+(?P<y>{YEAR}))?\b"),
                # "Am Morgen des 22. September 2009": that day's morning
                ("dpdate", rf"\b(?P<dpw>{DP})\s+des\s+(?P<d>\d{{1,2}})\.\s*(?P<mn>{M})\.?{YG}?\b"),
                ("dmy", rf"\b(?P<d>\d{{1,2}})\.\s*(?P<mn>{M})\.?{YG}?\b"),
                ("holiday", rf"\b(?P<hol>{HOL})(?:\s+(?P<y>{YEAR}))?\b"),
                # "einen Tag später", "zwei Wochen zuvor", "am folgenden Tag", "am Vortag": counted
                # from the date named before it in the sentence (resolved in find())
                ("anchored", rf"\b(?P<n>{N})\s+(?P<u>Tag|Tage|Tagen|Woche|Wochen|Monat|Monate|Jahr|Jahre)\s+(?P<ad>{AD})\b"),
                ("anchored", r"\b(?:(?P<nt>folgenden|nächsten)\s+Tag(?:es)?|Tag\s+(?P<td>danach|darauf)|tags\s+darauf|(?P<vt>Vortag|Vortages))\b"),
                ("agoN", rf"\bvor\s+{AP}(?P<n>{N})\s+(?P<u>{U})\b"),
                ("durPast", rf"\b(?:in\s+den\s+)?(?:{PAST})(?:e|en|er|es|em)?\s+(?P<n>{N})\s+(?P<u>{U})\b"),
                # the preposition stays outside the span (guide), a quantity modifier inside
                ("since", rf"(?<=\bseit )(?:(?:über|mehr\s+als|rund|etwa|fast|knapp|gut)\s+)?(?P<n>{N})\s+(?P<u>{U})\b"),
                ("monthyg", rf"\b(?P<mn>{M})\s+(?P<yg>{_alt(self.year_gen)})\s+Jahres\b"),
                ("relunit", rf"\b{rel}\s+(?P<u>Woche|Wochenende|Monat|Monats|Jahr|Jahres|Jahrzehnt|Quartal|Quartals)\b"),
                ("modunit", rf"\b(?P<mod>{MOD})\s+(?:de[rs]\s+)?(?:{rel}\s+)?(?P<u>Woche|Monats|Jahres)\b"),
                ("vorjahr", r"\b(?P<w>Vorjahr|Vorjahres|Vormonat|Vormonats|Vorwoche)\b"),
                ("set_every", rf"\b(?:{EVERY})\s+(?P<u>{W}|Tag|Woche|Monat|Jahr)\b"),
                # "am heutigen Nachmittag", "am gestrigen Montag" ("heutigen Tag" is "today" below)
                ("dayadj", rf"\b(?P<da>heutig|gestrig|morgig)(?:e|en|er|es|em)\s+(?:(?P<dp>{DP})|(?P<wd>{W})(?P<wdp>{DP})?)\b"),
                ("wday", rf"\b(?:{rel}\s+)?(?P<wd>{W})(?P<dp>{DP})?\b"),
                # a bare "am Wochenende": the last one, or the next in a sentence about the future
                ("weekend", r"(?=Wochenende\b)(?:(?<=\bam )|(?<=\bdieses )|(?<=\bübers ))Wochenende\b"),
                ("yearpart", r"\b(?P<yp>Jahresbeginn|Jahresanfang|Jahresmitte|Jahresende)\b"),
                ("drel", rf"\b(?P<dr>{DREL})(?:\s+(?P<dp>{DP}))?\b"),
                ("season", rf"\b(?:{rel}\s+)?(?P<s>{SEAS})(?:\s+(?P<y>{YEAR}))?\b"),
                ("modmonth", rf"\b(?P<mod>{MOD})\s+(?P<mn>{M})(?:\s+(?P<y>{YEAR}))?\b"),
                ("month", rf"\b(?:{rel}\s+)?(?P<mn>{M})(?:\s+(?P<y>{YEAR}))?\b"),
                ("decade", r"\b(?P<dec>(?:1[89]|20)\d)0er(?:\s+Jahren?)?\b"),
                ("modyear", rf"\b(?P<mod>{MOD})\s+(?:de[rs]\s+Jahres\s+)?(?P<y>{YEAR})\b"),
                ("year", rf"(?={YEAR})(?:(?<=\bim Jahr )|(?<=\bim Jahre )|(?<=\bseit )|(?<=\bbis )|(?<=\bab )|(?<=\bvon )|(?<=\bim )|(?<=\bJahr )|(?<=\bJahres )|(?<=\bbis zum )|(?<=\bin ))(?P<y>{YEAR})\b(?!\s*(?:Euro|Dollar|Menschen|Personen|Meter|km|Kilometer|Soldaten|Mitglieder|Einwohner|Stimmen|Tonnen))"),
                ("set", rf"\b(?P<set>{SETS})\b"),
                ("time", r"\b(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s+Uhr\b"),
                # "von 08:00 bis 18:00 Uhr": the first clock time has no "Uhr" of its own
                ("time", r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b"),
                ("today", r"\bheutigen\s+Tag(?:e|es)?\b"),
                # "acht bis zehn Stunden": a range has no single number (X); "16 Jahre alt" is an age
                ("durN", rf"(?<!\w){AP}(?:(?P<n0>{N})\s+(?:bis|oder)\s+)?(?P<n>{N})\s+(?P<u>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten|Stunden|Minuten)(?:\s+lang)?\b(?!\s+alt(?:e[mnrs]?)?\b)"),
                # "der vergangenen Monate", "in den letzten Jahren": a stretch of unstated length
                ("durPastX", rf"\b(?:{PAST})(?:e|en|er)\s+(?P<u>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten)\b"),
                ("durN", r"\b(?P<n>ein|eine|einen|einem|einer)\s+(?P<u>Tag|Woche|Monat|Jahr|Jahrzehnt|Stunde)(?:\s+lang)?\b(?!\s*\d)"),
                # a sentence that opens with a year: "2003 wurde er gewählt."
                ("year", rf"^(?P<y>{YEAR})\b(?=\s+[a-zäöü]|,)"),
                # round 13: "stundenlang", "jahrelange Verhandlungen"
                ("durLong", rf"\b(?P<ul>{LONG})lang(?:e[mnrs]?)?\b"),
                # "in ihrer heutigen Ausgabe": the adjective alone names the day
                ("dayadj", r"\b(?P<da>heutig|gestrig|morgig)(?:e|en|er|es|em)\b"),
                ("ref", rf"\b(?:(?P<now>{NOW})|(?P<fut>(?:{FREF})\s+Zukunft)|(?<=\bin )(?P<fut2>Zukunft)"
                        rf"|(?P<past>(?:{PREF})\s+Vergangenheit)|(?<=\bin der )(?P<past2>Vergangenheit))\b"),
                # a bare year in running text ("die 1998 umbenannt wurde", "desertierte 1984 in
                # Deutschland"): followed by a lower-case word or a sentence or clause end, not by a
                # noun it counts (count words before it are checked in find()); a bracketed year
                # labels the noun before it ("Bali (2002)") and is left out
                ("yearbare", rf"(?<![\w.,:/(-])(?P<y>{YEAR})(?![\w.,:/-]\d)(?=\s+[a-zäöüß]|\s*[,;]|\.\s*$|\.\s+[A-ZÄÖÜ])"),
            ]
        else:
            rel = rf"(?P<rel>{PAST}|{THIS}|{NEXT})"
            pats = [
                ("iso", rf"\b(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
                ("mdy", rf"\b(?P<mn>{M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?\b"),
                ("dmy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{M})(?:,?\s+(?P<y>{YEAR}))?\b"),
                ("agoN", rf"\b(?P<n>{N})\s+(?P<u>{U})\s+ago\b"),
                ("durPast", rf"\b(?:the\s+)?(?:{PAST})\s+(?P<n>{N})\s+(?P<u>{U})\b"),
                ("since", rf"\bfor\s+(?:(?:more\s+than|over|about|almost|nearly)\s+)?(?P<n>{N})\s+(?P<u>{U})\b"),
                ("relunit", rf"\b{rel}\s+(?P<u>week|weekend|month|year|decade|quarter)\b"),
                ("modunit", rf"\b(?:the\s+)?(?P<mod>{MOD})\s+(?:of\s+)?(?:{rel}\s+)?(?P<u>week|month|year)\b"),
                ("set_every", rf"\b(?:{EVERY})\s+(?P<u>{W}|day|week|month|year)\b"),
                ("holiday", rf"\b(?P<hol>{HOL})(?:\s+(?P<y>{YEAR}))?\b"),
                ("wday", rf"\b(?:{rel}\s+)?(?P<wd>{W})(?:\s+(?P<dp>{DP}))?\b"),
                ("drel", rf"\b(?P<dr>{DREL})\b"),
                ("season", rf"\b(?:{rel}\s+)?(?P<s>{SEAS})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"),
                ("modmonth", rf"\b(?P<mod>{MOD})(?:-|\s+)(?P<mn>{M})(?:\s+(?P<y>{YEAR}))?\b"),
                ("month", rf"\b(?:{rel}\s+)?(?P<mn>{M})(?:\s+(?P<y>{YEAR}))?\b"),
                ("decade", r"\b(?:the\s+)?(?P<dec>(?:1[89]|20)\d)0s\b"),
                ("modyear", rf"\b(?P<mod>{MOD})(?:-|\s+)(?P<y>{YEAR})\b"),
                ("year", rf"(?={YEAR})(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bof )|(?<=\bfrom )|(?<=\bin the year ))(?P<y>{YEAR})\b"),
                ("set", rf"\b(?P<set>{SETS})\b"),
                ("time", r"\b(?P<h>\d{1,2})(?::(?P<mi>\d\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)"),
                ("durN", rf"\b(?P<n>{N})\s+(?P<u>days|weeks|months|years|decades|hours|minutes)\b"),
            ]
        self.patterns = [(n, re.compile(p, i)) for n, p in pats]
        # a pattern whose anchor the sentence lacks cannot match: its scan is skipped
        parsed = [_sre_parse.parse(p, i) for n, p in pats]
        self.anchors = [_anchor(x) for x in parsed]
        # every requirement of each pattern (its anchor among them): a pattern runs on a sentence
        # only if the sentence meets all of them (with the Aho-Corasick scan; else the anchor alone)
        self.requires = [_requirements(x, a) for x, a in zip(parsed, self.anchors)]
        self.anchor_scan = _anchor_automaton(self.requires)
        self._plan = None  # _gate_plan of self.anchors, made on the first find()
        self.range_year = re.compile(rf"\s*(?:bis|und|-|–|to|and|through)\s+(?:(?:Ende|Anfang|Mitte|end of|early|late)\s+)?(?:{M})\.?\s+(?P<y>{YEAR})\b", i)
        self.rel_sets = {
            "past": [w.lower() for w in L["rel_past"]],
            "this": [w.lower() for w in L["rel_this"]],
            "next": [w.lower() for w in L["rel_next"]],
        }

    # -- helpers -------------------------------------------------------------------------

    def _num(self, s: str) -> str:
        s = s.lower()
        if s in self.numbers:
            v = self.numbers[s]
            return str(v) if v != "X" else "X"
        s = s.replace(",", ".")
        return s[:-2] if s.endswith(".0") else s

    def _reldir(self, rel: str | None) -> int | None:
        if not rel:
            return None
        r = rel.lower()
        for key, off in (("past", -1), ("next", 1), ("this", 0)):
            if any(r.startswith(w) for w in self.rel_sets[key]):
                return off
        return None

    def _future(self, clause: str) -> bool:
        """A future cue in the expression's clause. Not future: the passive "bewohnt wird"
        (participle + werden) and hearsay "soll ... getötet haben" (modal + perfect)."""
        toks = re.findall(r"\w+", clause.lower())
        for k, t in enumerate(toks):
            if t not in self.future:
                continue
            if t in ("wird", "werden") and k > 0 and re.search(r"(?:^ge\w+t|\w+iert)$", toks[k - 1]):
                continue
            if t in ("soll", "sollen", "sollte", "sollten") and any(w in ("haben", "sein", "worden") for w in toks[k + 1:]):
                continue
            if t == "ab" and k == len(toks) - 1:
                continue  # the particle of a separable verb ("stattete ... einen Besuch ab"), not "ab Montag"
            return True
        return False

    def _past(self, clause: str) -> bool:
        """A past-tense marker in the clause (an auxiliary, a frequent strong preterite, a
        ge-participle or an -ierte form); without one a German clause is in the present, which
        also speaks of scheduled events. Without a past_aux list (English), or with
        present_tense_ahead off (time.toml), always past, as before."""
        if not self.past_aux or not self.lex.get("present_tense_ahead", False):
            return True
        for t in re.findall(r"\w+", clause):
            lt = t.lower()
            if lt in self.past_aux or (t[0].islower() and (re.fullmatch(r"ge\w{3,}(?:t|en)", t)
                                                         or re.fullmatch(r"\w+ierten?", t))):
                return True
        return False

    def _month_key(self, s: str) -> int:
        return self.months[s.lower().rstrip(".")]

    def _unit(self, s: str) -> str:
        return self.units.get(s.lower(), s[0].upper())

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, kind: str, g: dict, text: str, dct: date, sentence: str) -> tuple[str, str, str | None] | None:
        """(type, value, mod) for one match, or None to drop it."""
        fut = self._future(sentence)
        if g.get("yg") and not g.get("y"):
            g["y"] = str(dct.year + self.year_gen[g["yg"].lower()])
        if kind == "dpdate":
            day = self.resolve("dmy", g, text, dct, sentence)
            return ("TIME", f"{day[1]}T{self.lex['dayparts'][g['dpw'].lower()]}", None) if day and len(day[1]) == 10 else day
        if kind == "dpnum":
            try:
                day = date(int(g["y"]), int(g["m"]), int(g["d"]))
            except ValueError:
                return None
            return "TIME", f"{day.isoformat()}T{self.lex['dayparts'][g['dpw'].lower()]}", None
        if kind == "dpbare":
            # a placeholder: find() gives it the day of the nearest date before it, else the reference day
            return "TIME", f"DAYPART:{self.lex['dayparts'][g['dpb'].lower()]}", None
        if kind == "holiday":
            return self._holiday(g, dct, fut)
        if kind == "anchored":
            if g.get("n"):
                n, u = self._num(g["n"]), self._unit(g["u"])
                if n == "X" or "." in n:
                    return None
                return "DATE", f"ANCHOR:{int(n) * self.anchored_dirs[g['ad'].lower()]}:{u}", None
            return "DATE", f"ANCHOR:{-1 if g.get('vt') else 1}:D", None
        if kind == "iso":
            return "DATE", f"{g['y']}-{g['m']}-{g['d']}", None
        if kind in ("numdate", "dmy", "mdy", "wdate"):
            if g.get("y") and g.get("mn"):
                # "Freitag, dem 3. Dezember 2004": the weekday only confirms the date ("Mittwochvormittag,
                # dem 2. Juni 2010": its day part stays, round 23)
                try:
                    d = date(int(g["y"]), self._month_key(g["mn"]), int(g["d"])).isoformat()
                    if g.get("wdp") and self.lex.get("daypart_days"):
                        return "TIME", f"{d}T{self.lex['dayparts'][g['wdp'].lower()]}", None
                    return "DATE", d, None
                except (ValueError, KeyError):
                    pass
            if g.get("y") or kind == "numdate":
                return "DATE", _dateparser_value(text, self.lang, dct), None
            m, d = self._month_key(g["mn"]), int(g["d"])
            try:
                cand = date(dct.year, m, d)
            except ValueError:
                return None
            if fut and cand < dct - timedelta(days=31):
                cand = cand.replace(year=dct.year + 1)
            elif not fut and cand > dct + timedelta(days=31) and self._past(sentence):
                cand = cand.replace(year=dct.year - 1)
            return "DATE", cand.isoformat(), None
        if kind == "night":
            end = self._night_end(g, text, dct, fut)
            return ("TIME", f"{(end - timedelta(days=1)).isoformat()}TNI", None) if end else None
        if kind == "wday":
            wd = self.weekdays[g["wd"].lower()]
            d = self._rel_weekday(wd, dct, self._reldir(g.get("rel")), fut)
            dp = g.get("dp")
            if dp:
                return "TIME", f"{d.isoformat()}T{self.lex['dayparts'][dp.lower()]}", None
            return "DATE", d.isoformat(), None
        if kind == "dayadj":
            d = dct + timedelta(days={"heutig": 0, "gestrig": -1, "morgig": 1}[g["da"].lower()])
            dp = g.get("dp") or g.get("wdp")
            if dp:
                return "TIME", f"{d.isoformat()}T{self.lex['dayparts'][dp.lower()]}", None
            return "DATE", d.isoformat(), None
        if kind == "weekend":
            # ISO weeks end with their weekend: on a weekday the coming weekend is this week's,
            # the last one the previous week's; on a Saturday or Sunday it is this one
            if dct.isoweekday() >= 6 or fut:
                return "DATE", _week(dct) + "-WE", None
            return "DATE", _week(dct - timedelta(weeks=1)) + "-WE", None
        if kind == "yearpart":
            mod = {"jahresbeginn": "START", "jahresanfang": "START", "jahresmitte": "MID", "jahresende": "END"}
            return "DATE", str(dct.year), mod[g["yp"].lower()]
        if kind == "today":
            return "DATE", dct.isoformat(), None
        if kind == "drel":
            off = self.lex["days_rel"][g["dr"].lower()]
            if self.lang == "de" and g["dr"] == "Morgen":  # capitalised: "der Morgen" (morning), not tomorrow
                return None
            d = dct + timedelta(days=off)
            dp = g.get("dp")
            if dp:
                return "TIME", f"{d.isoformat()}T{self.lex['dayparts'][dp.lower()]}", None
            if g["dr"].lower() == "tonight":
                return "TIME", f"{d.isoformat()}TNI", None
            return "DATE", d.isoformat(), None
        if kind in ("month", "modmonth", "monthyg"):
            m = self._month_key(g["mn"])
            if self.lang == "en" and g["mn"].lower() in ("may", "march") and g["mn"][0].islower():
                return None  # the modal verb / the verb "march"
            y = int(g["y"]) if g.get("y") else self._month_year(m, dct, self._reldir(g.get("rel")), fut,
                                                                 self._past(sentence))
            mod = self.mods.get(g["mod"].lower()) if g.get("mod") else None
            return "DATE", f"{y}-{m:02d}", mod
        if kind in ("year", "modyear"):
            mod = self.mods.get(g["mod"].lower()) if g.get("mod") else None
            return "DATE", g["y"], mod
        if kind == "decade":
            return "DATE", g["dec"], None
        if kind == "season":
            code = self.lex["seasons"][g["s"].lower()]
            if g.get("y"):
                y = int(g["y"])
            else:
                r = self._reldir(g.get("rel"))
                y = dct.year + (r or 0)
            return "DATE", f"{y}-{code}", None
        if kind == "relunit":
            return "DATE", self._rel_unit(g["u"].lower(), self._reldir(g["rel"]) or 0, dct), None
        if kind == "modunit":
            r = self._reldir(g.get("rel")) or 0
            return "DATE", self._rel_unit(g["u"].lower(), r, dct), self.mods[g["mod"].lower()]
        if kind == "vorjahr":
            w = g["w"].lower()
            if w.startswith("vorjahr"):
                return "DATE", str(dct.year - 1), None
            if w.startswith("vormonat"):
                y, m = _add_months(dct.year, dct.month, -1)
                return "DATE", f"{y}-{m:02d}", None
            return "DATE", _week(dct - timedelta(days=7)), None
        if kind == "agoN":
            n, u = self._num(g["n"]), self._unit(g["u"])
            if n == "X" or "." in n:
                return "DATE", "PAST_REF", None
            return "DATE", self._shift(dct, -int(n), u), None
        if kind == "durLong":
            u = self.long_adj[g["ul"].lower()]
            return "DURATION", ("PTXH" if u == "H" else f"PX{u}"), None
        if kind == "ref":
            if g.get("now"):
                return "DATE", "PRESENT_REF", None
            return "DATE", "FUTURE_REF" if (g.get("fut") or g.get("fut2")) else "PAST_REF", None
        if kind == "yearbare":
            return "DATE", g["y"], None
        if kind == "durPastX":
            return "DURATION", f"PX{self._unit(g['u'])}", None
        if kind in ("since", "durPast", "durN"):
            n, u = self._num(g["n"]), self._unit(g["u"])
            if g.get("n0"):
                n = "X"
            if u in ("H", "MIN"):
                return "DURATION", f"PT{n}{'M' if u == 'MIN' else 'H'}", None
            if u == "DE":
                return "DURATION", f"P{n}DE" if n == "X" else f"P{int(float(n)) * 10}Y", None
            return "DURATION", f"P{n}{u}", None
        if kind == "set_every":
            u = g["u"].lower()
            if u in self.weekdays:
                return "SET", f"XXXX-WXX-{self.weekdays[u]}", None
            return "SET", f"P1{self._unit(u)}", None
        if kind == "set":
            return "SET", self.lex["sets"][g["set"].lower()], None
        if kind == "time":
            h = int(g["h"])
            ap = (g.get("ap") or "").lower().replace(".", "")
            if ap == "pm" and h < 12:
                h += 12
            if h > 24:
                return None
            mi = g.get("mi") or "00"
            return "TIME", f"{dct.isoformat()}T{h:02d}:{mi}", None
        return None

    def _holiday(self, g: dict, dct: date, fut: bool) -> tuple[str, str, None] | None:
        from dateutil.easter import easter

        rule = self.holidays[re.sub(r"\s+", " ", g["hol"].lower())]

        def on(y: int) -> date:
            if rule.startswith("E"):
                return easter(y) + timedelta(days=int(rule[1:]))
            return date(y, int(rule[:2]), int(rule[3:]))

        if g.get("y"):
            return "DATE", on(int(g["y"])).isoformat(), None
        d = on(dct.year)
        if fut and d < dct:
            d = on(dct.year + 1)
        elif not fut and d > dct:
            d = on(dct.year - 1)
        return "DATE", d.isoformat(), None

    def _daypart_day(self, out: list[Timex], k: int, ref: date) -> Timex:
        """A bare day part ("am Abend") on the day of the nearest day-precise date before it in the sentence,
        else on ``ref`` (the last day the article named before the sentence, else the DCT)."""
        t = out[k]
        if not t.value.startswith("DAYPART:"):
            return t
        day = ref.isoformat()
        for prev in reversed(out[:k]):
            if prev.type in ("DATE", "TIME") and re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value[:10]):
                day = prev.value[:10]
                break
        return Timex(t.start, t.end, t.text, "TIME", f"{day}T{t.value.split(':')[1]}", t.mod)

    def _anchor_shift(self, out: list[Timex], k: int, sentence: str) -> Timex | None:
        """An anchored expression ("einen Tag später") resolved from the nearest day-precision
        date before it; without one a counted span stays the duration it was read as before."""
        t = out[k]
        _, off, u = t.value.split(":")
        for prev in reversed(out[:k]):
            day = prev.value[:10]
            if prev.type in ("DATE", "TIME") and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
                d = date.fromisoformat(day)
                return Timex(t.start, t.end, t.text, "DATE", self._shift(d, int(off), u) if u != "D" else (d + timedelta(days=int(off))).isoformat())
        m = re.match(r"(\S+)\s+(\S+)", t.text)
        if m and (m.group(1).isdigit() or m.group(1).lower() in self.numbers):
            return Timex(t.start, t.start + m.end(), m.group(0), "DURATION", f"P{abs(int(off))}{u}")
        return None

    def _night_end(self, g: dict, text: str, dct: date, fut: bool) -> date | None:
        """The day a night ends on ("zum Donnerstag", "zu heute", "zum 3. Dezember")."""
        if g.get("dr"):
            return dct + timedelta(days=self.lex["days_rel"][g["dr"].lower()])
        rel = (g.get("rel") or "").lower()
        if rel in ("heutig", "gestrig", "morgig"):
            return dct + timedelta(days={"heutig": 0, "gestrig": -1, "morgig": 1}[rel])
        if g.get("d2"):
            # "Nacht zum Mittwoch, dem 26. Mai": the apposed date names the end day
            g = {"d": g["d2"], "mn": g["mn2"], "y": g.get("y2")}
        elif g.get("wd"):
            return self._rel_weekday(self.weekdays[g["wd"].lower()], dct, self._reldir(rel or None), fut)
        if g.get("d"):
            m, d = self._month_key(g["mn"]), int(g["d"])
            try:
                cand = date(int(g["y"]) if g.get("y") else dct.year, m, d)
            except ValueError:
                return None
            if not g.get("y") and not fut and cand > dct + timedelta(days=31):
                cand = cand.replace(year=dct.year - 1)
            return cand
        return None

    def _rel_weekday(self, wd: int, dct: date, rel: int | None, fut: bool) -> date:
        delta = wd - dct.isoweekday()
        if rel == 1 or (rel is None and fut):
            return dct + timedelta(days=delta if delta >= 0 else delta + 7)
        if rel == 0:
            return dct + timedelta(days=delta)
        if rel == -1 and delta == 0:
            return dct - timedelta(days=7)
        # news default: the most recent such day, the DCT itself if it is that day
        return dct + timedelta(days=delta if delta <= 0 else delta - 7)

    def _month_year(self, m: int, dct: date, rel: int | None, fut: bool, past: bool = True) -> int:
        if rel == -1:
            return dct.year if m < dct.month else dct.year - 1
        if rel == 1:
            return dct.year if m > dct.month else dct.year + 1
        if rel == 0:
            return dct.year
        if fut:
            return dct.year if m >= dct.month else dct.year + 1
        # a later month of a present-tense clause is this year's (see _past)
        return dct.year if m <= dct.month or not past else dct.year - 1

    def _rel_unit(self, u: str, off: int, dct: date) -> str:
        if u.startswith("woche") or u == "week":
            return _week(dct + timedelta(weeks=off))
        if u.startswith("wochenende") or u == "weekend":
            return _week(dct + timedelta(weeks=off)) + "-WE"
        if u.startswith("monat") or u == "month":
            y, m = _add_months(dct.year, dct.month, off)
            return f"{y}-{m:02d}"
        if u.startswith("jahrzehnt") or u == "decade":
            return str(dct.year // 10 + off)
        if u.startswith("quartal") or u == "quarter":
            q = (dct.month - 1) // 3 + off
            return f"{dct.year + q // 4}-Q{q % 4 + 1}"
        return str(dct.year + off)

    def _shift(self, dct: date, n: int, u: str) -> str:
        if u == "D":
            return (dct + timedelta(days=n)).isoformat()
        if u == "W":
            return _week(dct + timedelta(weeks=n))
        if u == "M":
            y, m = _add_months(dct.year, dct.month, n)
            return f"{y}-{m:02d}"
        if u == "DE":
            return str(dct.year // 10 + n)
        if u in ("H", "MIN"):
            return dct.isoformat()
        return str(dct.year + n)

    # -- search ---------------------------------------------------------------------------

    def find(self, sentence: str, dct: date, ref: date | None = None) -> list[Timex]:
        taken: list[tuple[int, int]] = []
        out: list[Timex] = []
        bare_wd: set[int] = set()
        clock: set[int] = set()
        low = sentence.lower() if not UNFOLDED.search(sentence) else None
        has_digit = _DIGITS.search(sentence) is not None
        patterns, anchors = self.patterns, self.anchors
        if low is None:
            run = range(len(patterns))
        elif self.anchor_scan is not None:
            # the patterns all of whose requirements the sentence meets, all found in one pass,
            # with the ungated ones and (if the sentence has a digit) the digit-gated ones, in
            # pattern order: a test per pattern and sentence cost more than the scans it saved
            plan = self._plan
            if plan is None or plan[0] is not anchors:
                plan = self._plan = _gate_plan(anchors, self.requires)
            opened = set(plan[1])
            if has_digit:
                opened.update(plan[2])
            met: set[int] = set()
            for _end, ks in self.anchor_scan.iter(low):
                met |= ks
            if met:
                count: dict[int, int] = {}
                for c in met:
                    k = c // _REQS
                    count[k] = count.get(k, 0) + 1
                need = plan[3]
                for k, c in count.items():
                    nd = need.get(k)
                    if nd is not None and c == nd[0] and (has_digit or not nd[1]):
                        opened.add(k)
            run = sorted(opened)
        else:
            run = []
            for pi, anchor in enumerate(anchors):
                # the gate is inlined: with ~40 patterns gated per sentence, a call and any()'s generator
                # cost more than the substring tests themselves
                if anchor is not None:
                    if anchor == DIGIT:
                        if not has_digit:
                            continue
                    else:
                        for a in anchor:
                            if a in low:
                                break
                        else:
                            continue
                run.append(pi)
        for pi in run:
            kind, rx = patterns[pi]
            for m in rx.finditer(sentence):
                s, e = m.span()
                if s == e or any(s < te and ts < e for ts, te in taken):
                    continue
                g = {k: v for k, v in m.groupdict().items() if v}
                if kind == "yearbare" and self._counted(sentence, s, e):
                    continue
                if kind in ("durN", "since") and self.age_before is not None \
                        and self.age_before.search(sentence[max(0, s - 24):s]):
                    continue  # "im Alter von 45 Jahren"
                if kind == "month" and not g.get("y"):
                    # "von Januar bis September 2010": the range's year holds for both ends
                    r = self.range_year.match(sentence, e)
                    if r:
                        g["y"] = r.group("y")
                res = self.resolve(kind, g, m.group(0), dct, _clause(sentence, s))
                if res is None or not res[1]:
                    continue
                taken.append((s, e))
                out.append(Timex(s, e, m.group(0), res[0], res[1], res[2]))
                if kind == "wday" and not g.get("rel") and not g.get("dp"):
                    bare_wd.add(s)
                if kind == "time":
                    clock.add(s)
        out.sort(key=lambda t: t.start)
        if any(t.value.startswith("ANCHOR:") for t in out):
            done: list[Timex] = []
            for k, t in enumerate(out):
                if t.value.startswith("ANCHOR:"):
                    t = self._anchor_shift(done + [t], len(done), sentence)
                    if t is None:
                        continue
                done.append(t)
            out = done
        if any(t.value.startswith("DAYPART:") for t in out):
            out = [self._daypart_day(out, k, ref or dct) for k in range(len(out))]
        for k, t in enumerate(out):
            # "für morgen (Mittwoch)": a bracketed weekday names the day just given
            if t.start in bare_wd and k and sentence[:t.start].rstrip().endswith("("):
                prev = out[k - 1]
                if (re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value) and sentence[prev.end:t.start].strip() == "("
                        and date.fromisoformat(prev.value).isoweekday() == self.weekdays[t.text.lower()]):
                    out[k] = Timex(t.start, t.end, t.text, t.type, prev.value, t.mod)
        if self.lang == "de":
            out = self._round13(sentence, out, clock)
        return out

    # -- round 13 (h9): classes read off tests/data/timex_de_heldout.tml ---------------------

    def _counted(self, sentence: str, s: int, e: int) -> bool:
        """A bare four-digit number that counts something: after a count word ("rund 2000"),
        before an inflected adjective and its noun ("2000 neue Stellen"), or before a "von"."""
        before = re.findall(r"[\w.]+", sentence[max(0, s - 20):s])
        if before and before[-1].lower() in self.count_cues:
            return True
        after = re.match(r"\s+([a-zäöüß]+)(?:\s+([A-ZÄÖÜ]))?", sentence[e:])
        if after and (after.group(1) in ("der", "des", "pro", "je", "mal")
                      or (after.group(2) and re.search(r"(?:e|en|er|es|em)$", after.group(1))
                          and after.group(1) not in ("in", "wieder", "unter", "über", "hinter", "oder", "aber", "seither", "später", "früher", "bereits", "erstmals"))):
            return True
        return False

    def _round13(self, sentence: str, out: list[Timex], clock: set[int]) -> list[Timex]:
        day = re.compile(r"\d{4}-\d\d-\d\d")
        res: list[Timex] = []
        for k, t in enumerate(out):
            # a clock time belongs to the day named before it in the sentence ("am 17. Oktober gegen
            # 20 Uhr"), after midnight of a night to the night's end day; else to the DCT
            if t.start in clock:
                prev = next((p for p in reversed(res) if p.type in ("DATE", "TIME") and p.start not in clock
                             and day.match(p.value)), None)
                if prev is not None:
                    d = date.fromisoformat(prev.value[:10])
                    hh = int(t.value[11:13])
                    if prev.value.endswith("TNI") and hh < 12:
                        d += timedelta(days=1)
                    t = Timex(t.start, t.end, t.text, t.type, d.isoformat() + t.value[10:], t.mod)
            # "vom 16. bis 18. November": the range's first day takes its partner's month and year
            if t.type == "DATE" and day.fullmatch(t.value):
                m = re.search(r"(?<![\d.])(\d{1,2})\.\s*(?:bis(?:\s+zum)?|und|-|–)\s*(?:zum\s+)?$", sentence[:t.start])
                if m and not any(p.end > m.start(1) for p in res):
                    try:
                        first = date.fromisoformat(t.value).replace(day=int(m.group(1)))
                    except ValueError:
                        first = None
                    if first is not None and first < date.fromisoformat(t.value):
                        res.append(Timex(m.start(1), m.end(1) + 1, sentence[m.start(1):m.end(1) + 1], "DATE",
                                         first.isoformat()))
            # "zwei Jahren und zehn Monaten": one duration
            if res and t.type == "DURATION" and res[-1].type == "DURATION" \
                    and re.fullmatch(r"\s+und\s+", sentence[res[-1].end:t.start]):
                merged = _add_durations(res[-1].value, t.value)
                if merged:
                    res[-1] = Timex(res[-1].start, t.end, sentence[res[-1].start:t.end], "DURATION", merged)
                    continue
            # "des heutigen Dorfgemeinschaftshauses" is the present-day one, "die heutige Ausgabe"
            # (an occasion noun, today_nouns) today's
            if re.fullmatch(r"heutig\w+", t.text, re.I):
                noun = re.match(r"\s+([A-ZÄÖÜ]\w*)", sentence[t.end:])
                if not (noun and any(noun.group(1).lower().startswith(n) for n in self.today_nouns)):
                    t = Timex(t.start, t.end, t.text, "DATE", "PRESENT_REF", t.mod)
            # "der heute 49-jährige": "heute" before an attributive adjective is "nowadays"
            if t.text.lower() == "heute" and t.type == "DATE" and re.search(
                    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+$", sentence[:t.start], re.I) \
                    and re.match(r"\s+[\w-]*[a-zäöüß](?:e|en|er|es|em)\s+[A-ZÄÖÜ]", sentence[t.end:]):
                t = Timex(t.start, t.end, t.text, "DATE", "PRESENT_REF", t.mod)
            res.append(t)
        return res


_DUR = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?")


def _add_durations(a: str, b: str) -> str | None:
    """"P2Y" + "P10M" -> "P2Y10M"; None when a part is unspecified or given twice."""
    ma, mb = _DUR.fullmatch(a), _DUR.fullmatch(b)
    if not ma or not mb:
        return None
    parts = []
    for x, y in zip(ma.groups(), mb.groups()):
        if x and y:
            return None
        parts.append(x or y)
    date_part = "".join(f"{v}{u}" for v, u in zip(parts[:4], "YMWD") if v)
    time_part = "".join(f"{v}{u}" for v, u in zip(parts[4:], "HM") if v)
    return "P" + date_part + (("T" + time_part) if time_part else "")


def _clause(sentence: str, pos: int) -> str:
    a = max(sentence.rfind(c, 0, pos) for c in ",;:–—") + 1
    ends = [i for i in (sentence.find(c, pos) for c in ",;:–—") if i >= 0]
    return sentence[a:min(ends) if ends else len(sentence)]


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return tomllib.loads(CONFIG.read_text("utf-8"))


@lru_cache(maxsize=4)
def rules(lang: str) -> Rules:
    lex = _lexicon()
    return Rules(lang if lang in lex else "de", lex[lang if lang in lex else "de"])


@lru_cache(maxsize=1)
def _parser_factory():
    from dateparser.date import DateDataParser

    return DateDataParser


_FULL_DATE = {
    "de": re.compile(r"(?P<d>\d{1,2})\.(?:(?P<m>\d{1,2})\.| ?(?P<mn>[^\W\d_]+) )(?P<y>\d{4})"),
    "en": re.compile(r"(?P<mn>[^\W\d_]+) (?P<d>\d{1,2}), (?P<y>\d{4})"),
}


def _full_date(text: str, lang: str) -> str | None:
    """ISO value of a complete day-month-year date in its most common spellings ("20. Dezember
    2024", "20.12.2024", "December 20, 2024"), which dateparser reads the same way at about a
    thousand times the cost (tests/test_time.py checks the two agree); None for anything else."""
    rx = _FULL_DATE.get(lang)
    m = rx.fullmatch(text) if rx else None
    if m is None:
        return None
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else _lexicon()[lang]["months"].get(g["mn"].lower())
    try:
        return date(int(m["y"]), month, int(m["d"])).isoformat() if month else None
    except ValueError:
        return None  # "31. Februar": left to dateparser


def _dateparser_value(text: str, lang: str, dct: date) -> str:
    """An explicit date via dateparser, at the granularity it reports (day/month/year)."""
    fast = _full_date(text, lang)
    if fast is not None:
        return fast
    return _dateparser_date(text, lang, dct)


def _dateparser_date(text: str, lang: str, dct: date) -> str:
    DDP = _parser_factory()
    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "PREFER_DATES_FROM": "past"}
    data = DDP(languages=[lang], settings=settings).get_date_data(text)
    if data is None or data.date_obj is None:
        return ""
    d = data.date_obj.date()
    if data.period == "year":
        return str(d.year)
    if data.period == "month":
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def find_times(sentence: str, dct: date, lang: str = "de", ref: date | None = None) -> list[Timex]:
    return rules(lang).find(sentence, dct, ref)
