"""Actor and place phrases in a sentence, and who is source / target of a trigger.

Works on surface patterns so it runs with a blank nlp pipeline: lexicon role nouns with
their adjectives and following names ("der russische Präsident Wladimir Putin"), runs of
capitalised names, countries, capitals (metonymy: "Moskau" as subject = the Russian
government) and surnames seen earlier in the same article. Roles come from word order and
prepositions: the subject is the first actor of the trigger's clause not governed by a
preposition; in zu-/to-infinitives it is the subject of the governing clause.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .event_lexicon import Lexicon

TOKEN = re.compile(r"\w(?:[\w'.-]*\w)?-?|[^\w\s]")
CLAUSE_BREAK = {",", ";", ":", "–", "—", "(", ")", "„", "“", "”", '"', "«", "»"}

FUNCTION_DE = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "am", "im", "in", "an", "auf", "mit", "von", "vom", "zu", "zum", "zur", "bei", "beim", "nach",
    "aus", "für", "über", "unter", "vor", "gegen", "durch", "um", "und", "oder", "aber", "doch",
    "auch", "als", "wie", "wenn", "dass", "ob", "da", "weil", "nachdem", "bevor", "während",
    "seit", "bis", "es", "er", "sie", "wir", "ihr", "ich", "man", "dies", "diese", "dieser",
    "dieses", "diesem", "diesen", "jede", "jeder", "jedes", "alle", "mehrere", "einige",
    "berichten", "laut", "zufolge", "nun", "dann", "so", "noch", "bereits", "schon", "damit",
    "dabei", "dazu", "darunter", "nur", "ihre", "ihren", "ihrem", "seine", "seinen", "seinem",
}
FUNCTION_EN = {
    "the", "a", "an", "in", "on", "at", "to", "of", "for", "with", "from", "by", "and", "or",
    "but", "as", "after", "before", "during", "since", "until", "it", "he", "she", "they", "we",
    "i", "this", "that", "these", "those", "his", "her", "their", "its", "according", "while",
    "when", "if", "meanwhile", "however", "also", "earlier", "later", "there", "some", "many",
}
MONTHS_DAYS = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "january", "february", "march", "june", "july", "october", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
PREP_DE = {"mit", "gegen", "an", "auf", "für", "zu", "zum", "zur", "bei", "beim", "in", "im", "nach", "aus",
           "über", "vor", "unter", "zwischen", "um", "von", "vom", "durch", "gegenüber", "seitens", "nahe", "laut"}
# "laut Reuters": who reports the event, never its source or target
ATTRIBUTION = {"laut"}
PREP_EN = {"with", "against", "to", "on", "for", "at", "in", "into", "from", "of", "over", "between",
           "by", "near", "toward", "towards", "about", "under", "upon", "among"}
AGENT = {"von", "vom", "durch", "by", "seitens"}
LOC_PREP = {"in", "bei", "nahe", "near", "at", "im", "aus", "outside", "inside"}
DIRECTION = {"in die", "in den", "nach", "into", "to"}
PRONOUNS = {"er", "sie", "he", "she"}
# role words English also uses attributively, and words after them that make them a subject
ATTRIBUTIVE_EN = {"military", "government", "police", "opposition", "security", "state", "union", "court", "press",
                  "party", "army", "rebel", "militia", "cabinet", "parliament", "council"}
VERBISH_EN = {"said", "says", "has", "have", "had", "will", "would", "could", "may", "might", "must", "should",
              "is", "are", "was", "were", "did", "does", "do", "can", "also", "then", "on", "today"}
POSSESSIVE = {"its", "his", "her", "their", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren",
              "ihrem", "ihrer"}
# noun endings that mark abstract common nouns, never names ("Verhandlung", "Sicherheit")
# endings of German abstract nouns, not names (a token holds no line break, so a suffix test answers as the regex
# "(…)$" did, without its search from every position: round 29)
NOUNISH = ("ung", "heit", "keit", "ion", "schaft", "tät", "ismus", "nis", "ment", "ität", "ungen", "ionen", "gen", "ten",
           "ern")
QUANTITY = {"reihe", "gruppe", "zahl", "anzahl", "mehrheit", "teil", "hälfte", "dutzend", "hunderte", "tausende"}
# English quantities and collectives before "of": "thousands of Iraqi Kurds", "a group of Moroccan
# diplomats", "members of the Association": who acts is the of-phrase, not the count
QUANTITY_EN = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "most", "many", "all",
               "number", "majority", "part", "patch", "none", "several"}
COLLECTIVE_EN = {"group", "groups", "members", "member", "delegation", "delegations", "contingent", "team", "unit",
                 "units", "band", "batch", "patch"}
ARTICLES_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
# possessives with an ending only: bare "ihr", "sein", "her" are pronouns or verbs as often
# ("An ihr sollen ... teilnehmen")
DETERMINERS = ARTICLES_DE | {"the", "a", "an", "its", "his", "their", "seine", "seinen", "seinem", "seiner", "seines",
                             "ihre", "ihren", "ihrem", "ihres", "unsere", "unseren", "unserem", "unseres"}


@lru_cache(maxsize=1)
def english_rules() -> dict:
    """``[english]`` of config/event_actors.toml: the English word-order role rules and their lists."""
    path = Path(__file__).resolve().parent.parent / "config" / "event_actors.toml"
    cfg = tomllib.loads(path.read_text("utf-8")).get("english", {})
    return {"passive_target": bool(cfg.get("passive_target")), "be": frozenset(cfg.get("be_forms", [])),
            "gap": frozenset(cfg.get("passive_gap", [])), "participles": frozenset(cfg.get("participles", [])),
            "adjectival": frozenset(cfg.get("adjectival", [])),
            "noun_subject_target": bool(cfg.get("noun_subject_target")), "stop_at": frozenset(cfg.get("stop_at", []))}


class Tok:
    # plain slots, lower case and capitalisation computed once: the actor finder asks for
    # them about ten times per token
    __slots__ = ("i", "start", "end", "text", "low", "cap")

    def __init__(self, i: int, start: int, end: int, text: str) -> None:
        self.i, self.start, self.end, self.text = i, start, end, text
        self.low = text.lower()
        self.cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Tok({self.i}, {self.start}, {self.end}, {self.text!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Tok) and (self.i, self.start, self.end, self.text) == (other.i, other.start, other.end, other.text)

    __hash__ = None


@dataclass
class Phrase:
    start_tok: int
    end_tok: int  # exclusive
    start: int
    end: int
    text: str
    kind: str  # person | role | org | place | capital | pronoun
    actor_type: str | None = None
    country: str | None = None
    resolved: str | None = None  # for pronouns: whom they stand for
    tags: set[str] = field(default_factory=set)


_DEMONYMS: dict[int, tuple[dict[str, str], dict[str, str]]] = {}
# per lexicon (by id of its role table): word-level answers that depend on the lexicon only,
# memoised across sentences and articles (a news corpus repeats its words)
_MEMO: dict[int, dict] = {}


def _memo(lex: Lexicon) -> dict:
    key = id(lex.roles)
    m = _MEMO.get(key)
    if m is None:
        firsts = {k.split(" ")[0] for table in (lex.multi_roles, lex.capitals, lex.countries, lex.cities)
                  for k in table if " " in k}
        m = _MEMO[key] = {"role": {}, "country": {}, "place": {}, "multi_first": frozenset(firsts)}
    return m


def _demonym_tables(lex: Lexicon) -> tuple[dict[str, str], dict[str, str]]:
    key = id(lex.demonyms)
    if key not in _DEMONYMS:
        plain = {d: c for d, c in lex.demonyms.items() if not d.endswith("-")}
        hyph = {d[:-1]: c for d, c in lex.demonyms.items() if d.endswith("-")}
        _DEMONYMS[key] = (plain, hyph)
    return _DEMONYMS[key]


def tokenize(text: str) -> list[Tok]:
    return [Tok(i, m.start(), m.end(), m.group(0)) for i, m in enumerate(TOKEN.finditer(text))]


class ActorFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.de = lex.lang == "de"
        self.function = FUNCTION_DE if self.de else FUNCTION_EN
        self.prep = PREP_DE if self.de else PREP_EN
        self.surnames: dict[str, Phrase] = {}  # known names in this article -> first phrase
        self.last_person: Phrase | None = None
        memo = _memo(lex)
        self._role_memo, self._country_memo, self._place_memo = memo["role"], memo["country"], memo["place"]
        # a multiword role or place starts with one of these words; others skip the joins
        self._multi_first = memo["multi_first"]

    # -- word classes ---------------------------------------------------------------------

    def role_type(self, tok: Tok) -> str | None:
        key = (tok.low, tok.cap)
        memo = self._role_memo
        if key in memo:
            return memo[key]
        out = memo[key] = self._role_type(tok)
        return out

    def _role_type(self, tok: Tok) -> str | None:
        low = tok.low.rstrip("-")
        if low in self.lex.roles:
            # "Präsident" etc.; compounds "NATO-Chef": a lexicon prefix decides the type
            return self._prefix_type(low) or self.lex.roles[low]
        if self.de and tok.cap:
            # compounds ending in a role noun ("Innenminister"): longest known suffix, looked up
            # per suffix rather than per role so long role lists stay cheap
            for k in range(3, len(low) - 3):
                t = self.lex.roles.get(low[k:])
                if t is not None:
                    return self._prefix_type(low[:k]) or t
        return None

    def _prefix_type(self, low: str) -> str | None:
        if "-" not in low:
            return None
        pre = low.split("-")[0]
        if pre in self.lex.roles and self.lex.roles[pre] in ("igo", "party", "media"):
            return self.lex.roles[pre]
        return None

    def country_of(self, low: str) -> str | None:
        memo = self._country_memo
        if low in memo:
            return memo[low]
        out = memo[low] = self._country_of(low)
        return out

    def _country_of(self, low: str) -> str | None:
        low = low.rstrip("-")
        # demonym prefixes ("russisch" in "russischen"), looked up per prefix of the word;
        # "us-" style entries only count in hyphenated compounds
        plain, hyph = _demonym_tables(self.lex)
        for k in range(len(low), 0, -1):
            pre = low[:k]
            if pre in plain:
                return plain[pre]
            if "-" in low and pre in hyph:
                return hyph[pre]
        return self.lex.place_country(low)

    def place(self, low: str) -> tuple[str, str | None, str | None] | None:
        """(kind, country, metonymic actor type) of a place name, genitive -s tolerated."""
        memo = self._place_memo
        if low in memo:
            return memo[low]
        out = memo[low] = self._place(low)
        return out

    def _place(self, low: str) -> tuple[str, str | None, str | None] | None:
        for form in (low, low[:-1] if low.endswith("s") else None):
            if not form:
                continue
            if form in self.lex.capitals:
                c, t = self.lex.capitals[form]
                return "capital", c, t
            if form in self.lex.countries:
                return "place", self.lex.countries[form], "government"
            if form in self.lex.cities:
                return "place", self.lex.cities[form], None
        return None

    def is_name(self, tok: Tok, sent_initial: bool) -> bool:
        if not tok.cap or tok.low in self.function or tok.low in MONTHS_DAYS:
            return False
        if not tok.text[0].isalpha() or tok.text.endswith("-"):
            return False
        if self.de and tok.low.endswith(NOUNISH) and tok.low not in self.surnames:
            return False
        if self.role_type(tok):
            return False
        return not sent_initial or tok.low in self.surnames

    # -- phrases --------------------------------------------------------------------------

    def learn(self, toks: list[Tok], phrases: list[Phrase] | None = None) -> None:
        """Remember surnames of multi-token names (role + Name Name, or Name Name)."""
        for p in self.phrases(toks) if phrases is None else phrases:
            if p.kind in ("person", "role"):
                span = toks[p.start_tok:p.end_tok]
                if not self.de:
                    # "Kenyan diplomats", "Moroccan diplomats Ali Bey": a capitalised word before the
                    # role noun is an adjective, not a surname; only names after a role noun count
                    roles = [k for k, t in enumerate(span) if not t.cap and self.role_type(t)]
                    if roles:
                        span = span[roles[-1] + 1:]
                names = [t for t in span if self.is_name(t, False) and not self.country_of(t.low)]
                if names and (len(names) >= 2 or p.kind == "role"):
                    self.surnames.setdefault(names[-1].low, p)

    def phrases(self, toks: list[Tok]) -> list[Phrase]:
        out: list[Phrase] = []
        n = len(toks)
        i = 0
        while i < n:
            p = self._multiword(toks, i)
            if p is None:
                p = self._single(toks, i)
            if p is None:
                i += 1
                continue
            out.append(p)
            i = p.end_tok
        if not self.de and len(out) > 1:
            out = self._join_collectives(toks, out)
        return out

    def _join_collectives(self, toks: list[Tok], out: list[Phrase]) -> list[Phrase]:
        """"a group of Moroccan diplomats": a collective role noun and its of-phrase are one actor
        (the scorer, and a reader, want the diplomats, not "group")."""
        joined: list[Phrase] = []
        k = 0
        while k < len(out):
            p = out[k]
            e = p.end_tok
            if (k + 1 < len(out) and out[k + 1].start_tok == e and p.kind != "pronoun" and out[k + 1].kind != "pronoun"
                    and not toks[e].cap and self.role_type(toks[e])):
                # "Human rights organization Amnesty International": a phrase right before a
                # role noun with its names is one noun phrase with it
                q = out[k + 1]
                out[k + 1] = self._mk(toks, p.start_tok, q.end_tok, q.kind, q.actor_type or p.actor_type,
                                      q.country or p.country)
                k += 1
                continue
            if (k + 1 < len(out) and toks[e - 1].low in COLLECTIVE_EN and e < len(toks) and toks[e].low == "of"):
                q = out[k + 1]
                gap = q.start_tok - e - 1
                if gap == 0 or (gap == 1 and toks[e + 1].low in ("the", "a", "an")):
                    m = self._mk(toks, p.start_tok, q.end_tok, q.kind if q.kind != "pronoun" else p.kind,
                                 q.actor_type or p.actor_type, q.country or p.country)
                    joined.append(m)
                    k += 2
                    continue
            joined.append(p)
            k += 1
        return joined

    def _multiword(self, toks: list[Tok], i: int) -> Phrase | None:
        if toks[i].low not in self._multi_first:
            return None
        for L in (3, 2):
            if i + L > len(toks):
                continue
            seg = toks[i:i + L]
            low = " ".join(t.low for t in seg)
            if low in self.lex.multi_roles:
                return self._mk(toks, i, i + L, "org", self.lex.multi_roles[low])
            pl = self.place(low)
            if pl:
                return self._mk(toks, i, i + L, pl[0], pl[2], pl[1])
        return None

    def _single(self, toks: list[Tok], i: int) -> Phrase | None:
        t = toks[i]
        low = t.low
        if low in PRONOUNS and (t.cap or self.lex.lang == "en") and self.last_person is not None:
            if self.de and low == "sie" and i + 1 < len(toks) and toks[i + 1].low in ("haben", "hatten", "sind", "waren", "wollen", "werden"):
                return None  # plural "Sie haben": not a person we track
            p = self._mk(toks, i, i + 1, "pronoun", self.last_person.actor_type, self.last_person.country)
            p.resolved = self.last_person.resolved or self.last_person.text
            return p
        pl = self.place(low) if (t.cap or not self.de) and t.text[:1].isupper() else None
        if pl:
            return self._mk(toks, i, i + 1, pl[0], pl[2], pl[1])
        # a German word in lower case is no role noun here (only a capitalised one is taken below) and no name
        # (``is_name``): most words are, so the two tests are skipped for them
        cap = t.cap
        rt = self.role_type(t) if cap or not self.de else None
        if rt and not self.de and self._attributive(toks, i):
            return None
        if rt and (t.cap or not self.de):
            j = i + 1
            # a role noun takes the names after it ("Präsident Wladimir Putin")
            while j < len(toks) and j - i <= 3 and toks[j].cap and self.is_name(toks[j], False):
                j += 1
            kind = "role" if j > i + 1 else ("org" if rt in ("igo", "media", "party") else "role")
            return self._extend_left(toks, i, j, kind, rt)
        if (not self.de and t.cap and i + 1 < len(toks) and self.country_of(low)
                and self._group_noun(toks[i + 1])):
            # "Afghan guerillas", "Russian aircraft": a demonym and a plural common noun the role
            # lexicon lacks are an actor, not a bare nationality
            return self._mk(toks, i, i + 2, "org", None)
        if low in self.surnames:
            first = self.surnames[low]
            return self._mk(toks, i, i + 1, "person", first.actor_type, first.country, resolved=first.text)
        if cap and self.is_name(t, sent_initial=(i == 0)):
            j = i + 1
            while j < len(toks) and toks[j].cap and self.is_name(toks[j], False):
                j += 1
            if (not self.de and j < len(toks) and not toks[j].cap and self.role_type(toks[j])
                    and not self._attributive(toks, j)):
                return None  # "Kenyan diplomats": the role noun after it takes the name (_extend_left)
            if j - i >= 2:
                return self._mk(toks, i, j, "person", None, None)
            if not self.de or self._looks_like_org(t):
                return self._mk(toks, i, i + 1, "person" if self.de else "name", None, None)
        return None

    def _attributive(self, toks: list[Tok], i: int) -> bool:
        """English role words used as adjectives: "military aid", "government spending"."""
        if toks[i].low not in ATTRIBUTIVE_EN or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        w = nxt.low
        return (nxt.text[:1].islower() and nxt.text.isalpha() and w not in self.lex.roles and w not in self.function
                and w not in VERBISH_EN and not re.search(r"(ed|ing|s)$", w))

    def _group_noun(self, t: Tok) -> bool:
        w = t.low
        return (not t.cap and t.text.isalpha() and w not in self.function and w not in VERBISH_EN
                and (w in ("aircraft", "personnel") or (len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "ous", "ics")))))

    def _looks_like_org(self, t: Tok) -> bool:
        # acronyms like "SPD", "ESA": all capitals
        return len(t.text) >= 2 and t.text.isupper()

    def _extend_left(self, toks: list[Tok], i: int, j: int, kind: str, atype: str | None) -> Phrase:
        k = i
        country = None
        while k > 0:
            prev = toks[k - 1]
            pl = prev.low
            if self.de:
                if (not prev.cap and re.search(r"(e|en|er|es|em)$", pl) and pl not in self.function) or \
                        (prev.text.endswith("-") and k - 1 >= 0) or (pl == "und" and k - 2 >= 0 and toks[k - 2].text.endswith("-")) \
                        or self.country_of(pl) and not prev.cap:
                    k -= 1
                    continue
                if prev.cap and self.country_of(pl) and re.search(r"(e|en|er|es)$", pl):
                    k -= 1  # sentence-initial adjective "Westeuropäische"
                    continue
            else:
                if prev.cap and prev.low not in self.function and prev.low not in MONTHS_DAYS:
                    k -= 1
                    continue
            break
        for t in toks[k:j]:
            country = country or self.country_of(t.low)
        return self._mk(toks, k, j, kind, atype, country)

    def _mk(self, toks, i, j, kind, atype, country=None, resolved=None) -> Phrase:
        s, e = toks[i].start, toks[j - 1].end
        text = " ".join(t.text for t in toks[i:j])
        if not country:
            for t in toks[i:j]:
                country = country or self.country_of(t.low)
        return Phrase(i, j, s, e, text, kind, atype, country, resolved)

    # -- roles ----------------------------------------------------------------------------

    def clause_bounds(self, toks: list[Tok], k: int) -> tuple[int, int]:
        a = k
        while a > 0 and toks[a - 1].text not in CLAUSE_BREAK:
            a -= 1
        b = k
        while b < len(toks) and toks[b].text not in CLAUSE_BREAK:
            b += 1
        return a, b

    def governed(self, toks: list[Tok], p: Phrase) -> str | None:
        """The preposition governing a phrase, if any, looking back over articles, adjectives
        and a quantifying noun ("bei einer Reihe europäischer Länder")."""
        k = p.start_tok - 1
        steps = 0
        while k >= 0 and steps < 4:
            t = toks[k]
            if t.low in self.prep:
                if (t.low == "of" and not self.de and k > 0
                        and (toks[k - 1].low in QUANTITY_EN or toks[k - 1].text.replace(",", "").isdigit())):
                    k -= 2  # "thousands of Iraqi Kurds": the quantity's own governor counts
                    steps += 1
                    continue
                return t.low
            if t.text in CLAUSE_BREAK:
                return None
            # a possessive is an article here: "von seinem Amt zurückgetreten" is no actor
            article = t.low in DETERMINERS
            adjective = not t.cap and re.search(r"(e|en|er|es|em)$", t.low) and t.low not in self.function
            quantity = self.de and t.cap and t.low in QUANTITY
            if not (article or adjective or quantity):
                return None
            k -= 1
            steps += 1
        return None

    def roles(self, toks: list[Tok], phrases: list[Phrase], trig_tok: int, trig_end_tok: int,
              event_type: str) -> tuple[Phrase | None, Phrase | None, Phrase | None]:
        """(source, target, location) for a trigger spanning tokens [trig_tok, trig_end_tok)."""
        a, b = self.clause_bounds(toks, trig_tok)
        verb = not (self.de and toks[trig_tok].cap)  # German nouns are capitalised: "zu Gesprächen"
        infinitive = verb and (trig_tok > 0 and toks[trig_tok - 1].low in ("zu", "to") or "zu" in toks[trig_tok].low[2:-4])
        loc: Phrase | None = None
        actors: list[tuple[Phrase, str | None]] = []
        for p in phrases:
            if p.start_tok <= trig_tok < p.end_tok:
                if self.de or trig_tok != p.end_tok - 1 or p.start_tok == trig_tok:
                    continue  # the trigger itself ("Demonstranten" as PROTEST)
                # "Egyptian demonstrators rioted", "Russian negotiators": the words before the
                # trigger noun say whose act it is
                p = self._mk(toks, p.start_tok, trig_tok, p.kind, p.actor_type, p.country)
            g = self.governed(toks, p)
            if g in ATTRIBUTION or (p.end_tok < len(toks) and toks[p.end_tok].low == "zufolge"):
                continue
            if p.start_tok == trig_end_tok and not verb and g is None:
                g = "gen"  # "Unterstützung Kiews": the genitive after a nominal trigger is its target
            if p.kind in ("place", "capital") and g in LOC_PREP:
                prevtwo = " ".join(t.low for t in toks[max(0, p.start_tok - 2):p.start_tok])
                if event_type in ("MOBILIZE", "ASSAULT") and any(prevtwo.endswith(d) for d in DIRECTION):
                    actors.append((p, "dir"))
                    continue
                if loc is None or abs(p.start_tok - trig_tok) < abs(loc.start_tok - trig_tok):
                    loc = p
                continue
            actors.append((p, g))
        if not self.de and toks[trig_tok].low == "must":
            # "Russia said that Sudan must return ...": the one who must act is the target, the
            # demand is the speaker's (the sentence's first actor)
            before = [p for p, g in actors if p.end_tok <= trig_tok]
            if before:
                target = before[-1]
                speaker = next((p for p, g in actors if g is None and p is not target and p.end_tok <= target.start_tok), None)
                return speaker, target, loc
        # "offered its troops to Lebanon": a possessed phrase belongs to the source
        actors = [(p, g) for p, g in actors
                  if not (p.start_tok > 0 and toks[p.start_tok - 1].low in POSSESSIVE and p.start_tok > trig_tok)]
        in_clause = [(p, g) for p, g in actors if a <= p.start_tok < b]
        source = None
        agents = [p for p, g in actors if g in AGENT and self._passive(toks)]
        if agents:
            source = agents[0]
        if source is None and not infinitive:
            free = [p for p, g in in_clause if g is None]
            if free:
                before = [p for p in free if p.start_tok < trig_tok]
                source = before[0] if before else free[0]
        if source is None:
            free = [p for p, g in actors if g is None and p.start_tok < (a if infinitive else len(toks))]
            if not free and infinitive and not self.de:
                # "The United States continued to send arms": an English to-infinitive seldom
                # has a comma before it; the governing clause's subject stands before the trigger
                free = [p for p, g in actors if g is None and p.start_tok < trig_tok]
            if free:
                source = free[0]
        en = english_rules() if not self.de else {}
        passive_subject = None
        if en.get("passive_target") and self._en_passive(toks, trig_tok, en):
            # "Three US servicemen were killed by ...": the subject before the participle undergoes
            # the act; the by-phrase (if the word order found one) did it
            before = [p for p, g in in_clause if g is None and p.end_tok <= trig_tok]
            if before:
                passive_subject = before[-1]
                if source is passive_subject:
                    source = next((p for p, g in actors if g == "by" and p.start_tok > trig_tok), None)
        rest = [(p, g) for p, g in actors if p is not source]
        target = None
        cand = [(p, g) for p, g in rest if a <= p.start_tok < b] or \
               [(p, g) for p, g in rest if p.start_tok >= trig_tok]
        if cand:
            cand.sort(key=lambda pg: (pg[0].start_tok < trig_tok, abs(pg[0].start_tok - trig_tok)))
            target = cand[0][0]
        if passive_subject is not None:
            target = passive_subject
        elif en.get("noun_subject_target"):
            # "A roadside bombing near Samarra on Sunday killed one U.S. soldier": a trigger noun whose
            # act a later verb of its type says (in the active) has that verb's object as its target
            obj = self._object_of_same_type_verb(toks, actors, trig_tok, trig_end_tok, event_type, en)
            if obj is not None:
                if obj is source:
                    source = None  # word order took the object for the subject the noun is
                target = obj
        if not self.de and event_type == "REQUEST":
            target = self._demanded_of(toks, phrases, trig_end_tok, source) or target
        if not self.de and passive_subject is None and (
                target is None or not any(t.cap for t in toks[target.start_tok:target.end_tok])):
            # "lifted a curfew in Montenegro", "withdrawal of forces from Panama": with no named
            # target, the country or capital the act is directed at is the target (PLOVER codes it so)
            place = loc if loc is not None and loc.kind in ("place", "capital") and loc.start_tok > trig_tok else None
            if place is None:
                place = next((p for p, g in actors if g in ("from", "to", "into") and p.kind in ("place", "capital")
                              and p.start_tok > trig_tok and p is not source), None)
            if place is not None and place is not source:
                target = place
        return source, target, loc

    def _demanded_of(self, toks: list[Tok], phrases: list[Phrase], trig_end_tok: int,
                     source: Phrase | None) -> Phrase | None:
        """"demanded that its partners refuse ...", "its demand today that Israel ease ...": the
        subject of the that-clause is whom the demand is made of (possessed or not)."""
        for k in range(trig_end_tok, min(trig_end_tok + 3, len(toks))):
            if toks[k].low == "that":
                for p in phrases:
                    if k < p.start_tok <= k + 3 and p is not source and p.kind != "pronoun":
                        if all(t.low in DETERMINERS for t in toks[k + 1:p.start_tok]):
                            return p
                return None
            if toks[k].text in CLAUSE_BREAK:
                return None
        return None

    def _object_of_same_type_verb(self, toks: list[Tok], actors: list, trig_tok: int, trig_end_tok: int,
                                  event_type: str, en: dict) -> Phrase | None:
        t = toks[trig_tok]
        rx = self.lex.triggers.get(event_type)
        if rx is None or t.low.endswith("ed") or t.low in en["participles"] or (t.cap and trig_tok > 0) \
                or self.role_type(t) or not self._en_noun_phrase_head(toks, trig_tok, en):
            return None
        for k in range(trig_end_tok, len(toks)):
            w = toks[k]
            if w.low in en["stop_at"] or w.text in (".", ";"):
                return None
            if w.cap or not (w.low.endswith("ed") or w.low in en["participles"]) or not rx.fullmatch(w.text):
                continue
            if k > 0 and (toks[k - 1].low in self.prep or toks[k - 1].low in DETERMINERS):
                continue  # "an investigation into alleged crimes": a participle before a noun is an adjective
            if k > 0 and (toks[k - 1].low in en["be"] or toks[k - 1].low in en["gap"]):
                return None  # a passive verb: its subject, not an object, undergoes it
            _, end = self.clause_bounds(toks, k)
            return next((p for p, g in actors if g is None and k < p.start_tok < end), None)
        return None

    def _en_noun_phrase_head(self, toks: list[Tok], i: int, en: dict) -> bool:
        """The English trigger heads a noun phrase: a determiner or number opens it ("A roadside bombing",
        "two attacks"), or it stands in the sentence's first words with modifiers only ("Recent US Predator
        attacks"); "soldiers routinely beat", "is investigating" are verbs."""
        for k in range(i - 1, max(-1, i - 4), -1):
            w = toks[k]
            if w.low in DETERMINERS or w.text.replace(",", "").isdigit():
                return True
            if w.low.endswith("ly") or w.low in en["be"] or w.low in VERBISH_EN or w.low in self.function \
                    or w.text in CLAUSE_BREAK or (not w.cap and w.low.endswith(("ed", "s"))):
                return False
        return i - 4 < 0

    def _en_passive(self, toks: list[Tok], trig_tok: int, en: dict) -> bool:
        """The English trigger is a past participle after a form of "be" (adverbs between allowed)."""
        t = toks[trig_tok]
        if not (t.low.endswith("ed") or t.low in en["participles"]) or t.low in en["adjectival"]:
            return False
        k = trig_tok - 1
        while k >= 0 and toks[k].low in en["gap"] and toks[k].low not in en["be"]:
            k -= 1
        return k >= 0 and toks[k].low in en["be"]

    def _passive(self, toks: list[Tok]) -> bool:
        lows = {t.low for t in toks}
        return bool(lows & {"wurde", "wurden", "worden", "was", "were", "been", "being"})
