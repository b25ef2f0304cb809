"""extract.events: PLOVER events (who did what to whom, when, where, how certain).

Per sentence: trigger lexicon hits (config/events.toml) give the event type and mode; actor
phrases and word order give source and target (``event_actors``); the nearest time
expression of ``analysis.times`` that is not the date of a report gives the date; cue words
give the modality (``event_modality``). An event inside a claim's message is linked to the
claim (``claim_id``) and inherits its hedging: a reported event is not a fact.

``link.mentions`` runs later and fills ``Actor.entity_id``; this stage only guesses the actor
type and country from its own lexicon.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..model import Actor, Analysis, Certainty, Event, Modality, Span, TimeExpression, stable_id
from ..registry import component
from .event_accept import accept_filter, bare_noun_filter
from .event_actors import MONTHS_DAYS, PRONOUNS, ActorFinder, Phrase, Tok, tokenize
from .event_chooser import candidates as chooser_candidates
from .event_chooser import load as load_chooser
from .event_classifier import NONE, classifier, coded_type, features, hit_features
from .event_learned import candidates, learned_settings, load_scorer
from .event_lexicon import Lexicon, classifier_settings, context_rules, lexicon
from .event_modality import modality_for
from .event_noun_accept import noun_accept_filter
from .event_parse_actors import PARTICIPLE, ParseActor, ParseRoles, _haben_aux
from .event_senses import reacted_object, sense_filter, stage_or_setting, verbal_noun
from .quotes_features import doc_text
from .time import sentence_spans

# verbs of saying: a date next to one is the date of the report, not of the event
REPORT_CUES = re.compile(
    r"\b(berichtete\w*|sagte\w*|erklärte\w*|teilte\w*|mitteilte\w*|mitgeteilt|meldete\w*|hieß es|bekanntgab\w*|"
    r"gab\w* \w+ bekannt|bestätigte\w*|"
    r"said|says|reported|told|announced|stated|according)\b", re.IGNORECASE)

CERTAINTY_TO_MODALITY = {
    Certainty.possible: Modality.possible,
    Certainty.considered: Modality.considered,
    Certainty.conditional: Modality.conditional,
    Certainty.denied: Modality.denied,
}


try:
    import ahocorasick
except ImportError:  # without it the gates are tested one string at a time (same answers)
    ahocorasick = None

UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a\ufb00-\ufb06]")


@dataclass
class Hit:
    type: str
    start: int  # sentence-relative chars
    end: int
    text: str


def _gated(low: str, gate: tuple[str, ...]) -> bool:
    # a plain loop: any() over a generator cost a quarter more, and this runs per type and sentence
    for g in gate:
        if g in low:
            return True
    return False


# per pair of gate tables (kept, so that their ids stay theirs): an automaton of all gate strings
_GATE_SCAN: dict[tuple[int, int], tuple] = {}


def _gate_scan(lex: Lexicon):
    """One Aho-Corasick automaton over the gate strings of all types (patterns and split
    verbs), each string mapped to the (table, type) gates it belongs to; None without
    pyahocorasick or with an empty gate string."""
    key = (id(lex.gates), id(lex.split_gates))
    memo = _GATE_SCAN.get(key)
    if memo is not None and memo[0] is lex.gates and memo[1] is lex.split_gates:
        return memo[2]
    auto = None
    if ahocorasick is not None:
        owners: dict[str, set[tuple[int, str]]] = {}
        for table, gates in enumerate((lex.gates, lex.split_gates)):
            for etype, gate in gates.items():
                for g in gate or ():
                    owners.setdefault(g, set()).add((table, etype))
        if owners and "" not in owners:
            auto = ahocorasick.Automaton()
            for g, own in owners.items():
                auto.add_word(g, frozenset(own))
            auto.make_automaton()
    _GATE_SCAN[key] = (lex.gates, lex.split_gates, auto)
    return auto


def _open_gates(low: str, lex: Lexicon) -> set[tuple[int, str]] | None:
    """The (table, type) gates one of whose strings ``low`` contains, found in one pass over
    the sentence in C: the ~530 ``in`` tests a sentence of ``_gated`` calls were a seventh of
    extract.events. None: test with ``_gated``."""
    auto = _gate_scan(lex)
    if auto is None:
        return None
    found: set[tuple[int, str]] = set()
    for _end, own in auto.iter(low):
        found |= own
    return found


def triggers(sentence: str, lex: Lexicon) -> list[Hit]:
    """Non-overlapping trigger hits, longer matches first (so "held talks" beats "held")."""
    hits: list[Hit] = []
    vetoed: dict[str, list[tuple[int, int]]] = {}
    # the gates test substrings of the lower-cased sentence; characters whose case folding
    # the regex engine treats differently from str.lower (long s, dotted/dotless i, Kelvin
    # sign, ligatures) switch them off so the hits stay exactly the regex's
    low = sentence.lower() if not UNFOLDED.search(sentence) else None
    if low is not None and len(low) != len(sentence):
        low = None
    # the lowered patterns run on the lowered text (positions agree, the hit's text is the
    # sentence's own); without it the case-insensitive originals on the sentence
    text, patterns = (low, lex.triggers_low) if low is not None and lex.triggers_low else (sentence, lex.triggers)
    opened = _open_gates(low, lex) if low is not None else None
    for typ, rx in patterns.items():
        gate = lex.gates.get(typ)
        if gate is not None and low is not None and not (
                (0, typ) in opened if opened is not None else _gated(low, gate)):
            continue
        for m in rx.finditer(text):
            word = sentence[m.start():m.end()]
            if lex.lang == "en" and word[0].isupper() and sentence[:m.start()].strip():
                continue  # English capitals mid-sentence are names ("Economic Cooperation forum")
            etype = typ
            if lex.head_decides and word[:1].isupper():
                etype = _head_type(word, lex) or typ
            if _compound_non_event(word, lex) or (lex.agent_suffixes and _agent_noun(word, etype, lex)):
                continue
            if etype in lex.vetoes:
                if etype not in vetoed:
                    vetoed[etype] = [(v.start(), v.end()) for v in lex.vetoes[etype].finditer(sentence)]
                if any(a < m.end() and m.start() < b for a, b in vetoed[etype]):
                    continue
            hits.append(Hit(etype, m.start(), m.end(), word))
    for etype, rx in lex.split.items():
        gate = lex.split_gates.get(etype)
        if gate is not None and low is not None and not (
                (1, etype) in opened if opened is not None else _gated(low, gate)):
            continue
        for m in rx.finditer(sentence):
            if etype in lex.vetoes:
                if etype not in vetoed:
                    vetoed[etype] = [(v.start(), v.end()) for v in lex.vetoes[etype].finditer(sentence)]
                if any(a < m.end() and m.start() < b for a, b in vetoed[etype]):
                    continue
            hits.append(Hit(etype, m.start(), m.end(), m.group(0)))
    if lex.words or lex.heads:
        for etype, start, end in _word_hits(sentence, lex, hits):
            word = sentence[start:end]
            if _compound_non_event(word, lex) or (lex.agent_suffixes and _agent_noun(word, etype, lex)):
                continue
            if etype in lex.vetoes:
                if etype not in vetoed:
                    vetoed[etype] = [(v.start(), v.end()) for v in lex.vetoes[etype].finditer(sentence)]
                if any(a < end and start < b for a, b in vetoed[etype]):
                    continue
            hits.append(Hit(etype, start, end, word))
    if lex.hyphen_heads and "-" in sentence:
        hits.extend(_hyphen_hits(sentence, lex, hits, vetoed))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    chosen: list[Hit] = []
    for h in hits:
        # multiword patterns (separable verbs) may enclose other hits: keep the head word only
        if any(h.start < c.end and c.start < h.end for c in chosen):
            continue
        chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


TOKEN = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w])")
# a hyphenated compound: its last part after a hyphen, a capitalised noun ("US-Luftangriff")
HYPHENATED = re.compile(r"(?<![\w-])[\w-]*\w-([A-ZÄÖÜ][^\W\d_]{3,})(?![\w-])")


def _hyphen_hits(sentence: str, lex: Lexicon, hits: list[Hit], vetoed: dict):
    """Hyphenated compounds whose first part names an actor are right-headed like the others: "US-Luftangriff",
    "Nato-Außenministertreffen", "EU-Afrika-Gipfel" are a trigger of their last part's type ([dictionary]
    hyphen_heads). The patterns and the word lists stop at a hyphen (a part inside a word is no word), so
    these were never found."""
    for m in HYPHENATED.finditer(sentence):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        # a part before it names an actor (a country, city, organisation or role word of the actor tables):
        # "WLAN-Empfang", "PR-Bombe", "E-Auto-Förderung" are things of the trigger word's other senses
        firsts = [w.lower() for w in m.group(0).split("-")[:-1]]
        if not any(lex.place_country(w) or w in lex.roles or w in lex.demonyms for w in firsts):
            continue
        part = m.group(1)
        sub = [h for h in triggers(part, lex) if h.start == 0 and h.end == len(part)]
        if not sub:
            continue
        etype = sub[0].type
        if etype in lex.vetoes:
            if etype not in vetoed:
                vetoed[etype] = [(v.start(), v.end()) for v in lex.vetoes[etype].finditer(sentence)]
            if any(a < m.end() and m.start() < b for a, b in vetoed[etype]):
                continue
        yield Hit(etype, m.start(), m.end(), m.group(0))


def _word_hits(sentence: str, lex: Lexicon, hits: list[Hit]):
    """Tokens the patterns left alone that are a translated trigger word (``lex.words``) or a
    compound ending in a trigger noun (``lex.heads``: "Sprengstoffattentate", "Drohnenangriffe")."""
    taken = [(h.start, h.end) for h in hits]
    heads, suffixes, pre, tails = lex.heads, lex.head_suffixes, lex.head_min_prefix, lex.head_tails
    words, min_len, not_compounds = lex.words, pre + 5, lex.not_compounds
    for word in TOKEN.findall(sentence):
        upper = word[0].isupper()
        low = word.lower()
        etype = words.get(("n:" if upper else "v:") + low)
        if etype is None and upper and len(low) >= min_len and heads and not low.endswith(not_compounds):
            for suf in suffixes:
                if suf and not low.endswith(suf):
                    continue
                stem = low[:len(low) - len(suf)] if suf else low
                if stem[-3:] not in tails:  # most words end in no head's last letters
                    continue
                for i in range(pre, len(stem) - 4):
                    etype = heads.get(stem[i:])
                    if etype is not None:
                        break
                if etype is not None:
                    break
        if etype is not None:
            yield from _positions(sentence, word, etype, taken)


def _positions(sentence: str, word: str, etype: str, taken: list[tuple[int, int]]):
    # found by the word alone (hits are rare): its occurrences as a whole token, minus those
    # a pattern already took
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", sentence):
        s, e = m.start(), m.end()
        if not any(a < e and s < b for a, b in taken):
            taken.append((s, e))
            yield etype, s, e


def _compound_non_event(word: str, lex: Lexicon) -> bool:
    if " " in word or not word[:1].isupper():
        return False
    low = word.lower()
    # one C-level endswith over the whole tuple first: most words end in no head
    return low.endswith(lex.non_event_heads) and any(
        low.endswith(h) and len(low) > len(h) + 2 for h in lex.non_event_heads)


# a particle's verb stands left of it in its clause: the search stops at clause punctuation
_CLAUSE_STOP = frozenset(",;:()–-\"„“”")


def _particle_hits(doc, s0: int, sent: str, hits: list[Hit], lex: Lexicon, heads: bool = False) -> list[Hit]:
    """Separable verbs by the parse ([separable] of events.toml). ``particle_prepositions``: a split
    hit ("warf\\w* … vor") whose closing particle the parse makes the preposition of a noun ("warfen
    Feuerwerkskörper vor dem Gebäude", "gab heute – nach eingehenden Untersuchungen") is dropped.
    ``parse_particles``: a word tagged as separable particle (PTKVZ) that no hit holds joins the
    nearest lower-case word left of it in its clause that the lexicon knows together with it ("griff
    Militärstützpunkt im Nordosten des Landes an": the pattern's reach ends before "an"); the pair is
    tested with the lexicon's own patterns and forms, so nothing is added that it does not list.
    ``heads`` ([classifier] particle_heads): the particle joins the verb the parse attaches it to
    (compound:prt) instead of the nearest word, at any distance within the sentence ("prangert der
    UN-Generalsekretär in seinem Bericht Morde und sexuelle Gewalt gegen Kinder an")."""
    span = doc.char_span(s0, s0 + len(sent), alignment_mode="expand")
    if span is None:
        return hits
    by_end = {t.idx + len(t.text) - s0: t for t in span}
    if lex.particle_prepositions:
        kept = []
        for h in hits:
            last = h.text.rsplit(None, 1)[-1] if " " in h.text else ""
            t = by_end.get(h.end) if last.lower() in lex.particles else None
            if t is not None and t.dep_ == "case" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
                continue
            kept.append(h)
        hits = kept
    if not (lex.parse_particles or heads):
        return hits
    added, joined = [], []
    for t in span:
        if t.tag_ != "PTKVZ" or t.lower_ not in lex.particles:
            continue
        a, b = t.idx - s0, t.idx + len(t.text) - s0
        if any(h.start < b and a < h.end for h in hits):
            continue
        if heads:
            v = t.head
            # the verb the parse gives the particle, left of it in the sentence (main-clause order: a joined
            # verb "anprangert" is one word) and no part of a hit already
            if v.i >= t.i or v.i < span.start or v.pos_ not in ("VERB", "AUX") or not v.text[:1].islower():
                continue
            va = v.idx - s0
            if any(h.start < va + len(v.text) and va < h.end for h in hits):
                continue
            pair = f"{v.text} {t.text}"
            found = [h for h in triggers(pair, lex) if h.start == 0 and h.end == len(pair)]
            if found:  # the verb alone is the trigger: the words between the two parts keep their own hits
                joined.append(Hit(found[0].type, va, va + len(v.text), v.text))
            continue
        w = t
        while w.i > span.start:
            w = w.doc[w.i - 1]
            if w.text in _CLAUSE_STOP or w.text == ".":
                break
            if not w.text[:1].islower() or not w.is_alpha or w.lower_ in lex.particles:
                continue
            pair = f"{w.text} {t.text}"
            found = [h for h in triggers(pair, lex) if h.start == 0 and h.end == len(pair)]
            if found:
                added.append(Hit(found[0].type, w.idx - s0, b, sent[w.idx - s0:b]))
                break
    if not added and not joined:
        return hits
    # as in ``triggers``: the split verb encloses the hits between its parts
    out = [h for h in hits if not any(n.start <= h.start and h.end <= n.end for n in added)]
    return sorted(out + added + joined, key=lambda h: h.start)


def _light_verbs(sent: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """A light verb ([light_verbs] of events.toml: "verhängen") says only that its object happens: with
    a trigger noun of another type in its clause ("verhängte ... 15.000 Euro Strafe", "ein Reiseverbot
    verhängt") the noun is the event and the verb no second one."""
    out = []
    for h in hits:
        if h.text[:1].islower() and lex.light_verbs.match(h.text):
            # its clause; a parenthesis inside it ("der Senat (UPTS) ... Strafe") does not end it
            a = max(sent.rfind(c, 0, h.start) for c in ",;:–—") + 1
            ends = [i for i in (sent.find(c, h.end) for c in ",;:–—") if i >= 0]
            b = min(ends) if ends else len(sent)
            if any(o is not h and o.type != h.type and o.text[:1].isupper() and a <= o.start < b for o in hits):
                continue
        out.append(h)
    return out


def _head_type(word: str, lex: Lexicon) -> str | None:
    """The type of a compound's head when it is a trigger noun of the lexicon ([dictionary]
    head_decides): German compounds are right-headed, so "Rücktrittsultimatum" is an ultimatum
    (THREATEN), "Rücktrittsforderung" a demand (REQUEST), "Sanktionsdrohung" a threat, though the
    pattern that matched ("Rücktritt\\w*", "Sanktion\\w*") names the first part. None: no such head."""
    if " " in word or "-" in word:
        return None
    low = word.lower()
    heads, pre = lex.heads, lex.head_min_prefix
    if low.endswith(lex.not_compounds):
        return None
    for suf in lex.head_suffixes:
        if suf and not low.endswith(suf):
            continue
        stem = low[:len(low) - len(suf)] if suf else low
        if stem[-3:] not in lex.head_tails:
            continue
        for i in range(pre, len(stem) - 4):
            etype = heads.get(stem[i:])
            if etype is not None:
                return etype
    return None


def _agent_noun(word: str, etype: str, lex: Lexicon) -> bool:
    """A capitalised hit that is the agent noun of a trigger verb of its type names a person, not
    an act: "Unterstützer" (unterstützen), "Kämpfer" (kämpfen), "Besucher" (besuchen)."""
    if " " in word or not word[:1].isupper():
        return False
    low = word.lower()
    for suf in lex.agent_suffixes:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            stem = low[:len(low) - len(suf)]
            verb = stem + ("n" if stem.endswith("e") else "en")
            if lex.words.get("v:" + verb) == etype:
                return True
            rx = lex.triggers_low.get(etype) or lex.triggers.get(etype)
            m = rx.match(verb) if rx is not None else None
            return m is not None and m.end() == len(verb)
    return False


def mode_of(hit: Hit, sentence: str, lex: Lexicon) -> str | None:
    for mode, rx in lex.modes.get(hit.type, []):
        if rx.search(hit.text):
            return mode
    if hit.type == "MOBILIZE":
        for mode, rx in lex.modes.get("MOBILIZE", []):
            if rx.search(sentence):
                return mode
    return None


def _verbal(hit: Hit, lang: str) -> bool:
    # German capitalises nouns: a lower-case trigger is a verb or participle with its own clause
    return lang == "de" and hit.text[:1].islower()


def _tok_index(toks: list[Tok], char: int) -> int:
    for t in toks:
        if t.end > char:
            return t.i
    return max(0, len(toks) - 1)


def _actor(p: Phrase | None, offset: int, text: str) -> Actor | None:
    if p is None:
        return None
    name = p.resolved or re.sub(r"^(der|die|das|den|dem|des|the)\s+", "", p.text, flags=re.IGNORECASE)
    return Actor(span=Span(start=offset + p.start, end=offset + p.end, text=text[offset + p.start:offset + p.end],
                           label=p.country),
                 name=name, actor_type=p.actor_type)


def _parse_actor(p: ParseActor | None, finder: ActorFinder, text: str) -> Actor | None:
    """An actor found in the parse, typed by the lexicon (role nouns, countries, capitals)."""
    if p is None:
        return None
    kind = country = None
    for ph in finder.phrases(tokenize(p.text)):
        kind = kind or ph.actor_type
        country = country or ph.country
    name = re.sub(r"^(der|die|das|den|dem|des|the)\s+", "", p.name, flags=re.IGNORECASE)
    return Actor(span=Span(start=p.start, end=p.end, text=text[p.start:p.end], label=country),
                 name=name, actor_type=kind)


def _relative(actor: Actor | None, parse: ParseRoles, finder: ActorFinder, text: str) -> Actor | None:
    """A relative "dessen"/"deren" as an actor ("X, dessen Rücktritt ... gefordert wird") is
    the noun phrase before its comma."""
    if actor is None or actor.span is None or actor.span.text.lower() not in ("dessen", "deren"):
        return actor
    return _parse_actor(parse.relative_antecedent(actor.span.start), finder, text) or actor


# "laut Reuters", "der Zeitung zufolge", "nach Angaben der Polizei", "so Murtha": who reports
# the event, not who did it or to whom
ATTRIBUTION_BEFORE = re.compile(
    r"(?:\blaut|,\s*so|\baccording to|\b(?:nach|laut|gemäß)\s+(?:\w+\s+)?"
    r"(?:Angaben|Informationen|Berichten|Aussagen|Meldungen|Schätzungen|Erkenntnissen)(?:\s+(?:von|vom))?|\bAngaben)"
    r"\s+(?:der|des|dem|den|die|eines|einer|the)?\s*[„“\"]?$",
    re.IGNORECASE)
ATTRIBUTION_AFTER = re.compile(r"^[“”\"]?\s*zufolge\b", re.IGNORECASE)
# the same with names between, when word order (not the parse) proposed the actor: "Nach
# Angaben der Presseagenturen dpa und AFP umstellten ..." (only names, agency initials, "und"
# and commas)
ATTRIBUTION_NAMES_BEFORE = re.compile(
    r"\b(?:[Nn]ach|[Ll]aut|[Gg]emäß)\s+(?:\w+\s+)?(?:Angaben|Informationen|Berichten|Aussagen|Meldungen|Schätzungen|Erkenntnissen)"
    r"\s+(?:der|des|dem|den|von|vom)\s+(?:[A-ZÄÖÜ][\w.-]*\s+|(?:dpa|afp|apa|ddp|epd|kna|sda|ap)\s+|und\s+|,\s*|[„“\"]\s*){1,6}$")


def _attribution(actor: Actor | None, text: str) -> bool:
    if actor is None or actor.span is None:
        return False
    before = text[max(0, actor.span.start - 30):actor.span.start]
    return bool(ATTRIBUTION_BEFORE.search(before) or ATTRIBUTION_AFTER.search(text[actor.span.end:actor.span.end + 12])
                or ATTRIBUTION_NAMES_BEFORE.search(text[max(0, actor.span.start - 90):actor.span.start]))


def _not_an_actor(actor: Actor | None, text: str) -> bool:
    """Phrases that fill a role slot but name no one: a date ("am Mittwoch"), the source of
    a report ("laut Reuters")."""
    if actor is None:
        return False
    last = (actor.name or "").split()
    return (bool(last) and last[-1].lower().rstrip(".,") in MONTHS_DAYS) or _attribution(actor, text)


# "Der frühere Präsident des Irak, Saddam Hussein, ...": a first and last name in commas
# after a role noun (and its genitive) name the person who holds the role
APPOSED_NAME = re.compile(r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w-]+){0,2},\s+([A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2}),")


def _bracketed(actor: Actor | None, parse: ParseRoles, finder: ActorFinder, text: str) -> Actor | None:
    """An actor that is the bracketed short form of the name before it ("Naturschutzbund (ÖNB)")
    becomes the name with its bracket ([parse] bracket_names of event_actors.toml)."""
    if actor is None or actor.span is None:
        return actor
    return _parse_actor(parse.bracket_name(actor.span.start, actor.span.end), finder, text) or actor


def _apposed_name(actor: Actor | None, text: str, finder: ActorFinder) -> Actor | None:
    if actor is None or actor.span is None or finder.lex.lang != "de":
        return actor
    last = tokenize(actor.span.text)
    if not last or not finder.role_type(last[-1]):
        return actor
    m = APPOSED_NAME.match(text, actor.span.end)
    if m is None:
        return actor
    words = tokenize(m.group(1))
    if any(finder.role_type(w) or finder.place(w.low) or w.low in MONTHS_DAYS for w in words):
        return actor
    return actor.model_copy(update={"name": m.group(1)})


RELATIVE_START = re.compile(r"^\s*(der|die|das|dem|den|deren|dessen|welche\w*|wo|who|which|whose|where)\b", re.IGNORECASE)


def _clause_of(sentence: str, pos: int) -> tuple[int, int]:
    a = max(sentence.rfind(c, 0, pos) for c in ",;:–—()") + 1
    ends = [i for i in (sentence.find(c, pos) for c in ",;:–—()") if i >= 0]
    return a, min(ends) if ends else len(sentence)


def _reporting(sentence: str, pos: int) -> bool:
    """A verb of saying, not the same word as an adjective ("nicht erklärte Streiks")."""
    before = sentence[max(0, pos - 12):pos].split()
    return not (before and before[-1].lower() in ("nicht", "die", "der", "das", "den", "dem", "des", "eine", "ein", "einer"))


# "seit vergangenem Montag", "bis Ende Mai", "das Ergebnis der Wahl vom 12. Juni": the start or
# end of a period, or the date of a noun's referent, not the date of the event
ZU_INFINITIVE_END = re.compile(r"\b(?:zu\s+\w+|\w+zu\w+en)(?:\s+(?:haben|sein|werden|lassen))?\s*[.!?]?\s*$")
NOT_EVENT_DATE = re.compile(r"\b(?:seit|bis|bis zum|bis zur|ab|vom|von)(?:\s+de[mn])?\s*$", re.IGNORECASE)
# "die im Oktober 2009 verhängten Todesurteile", "Die am Donnerstag, den 26. November 2009, aus der
# JVA geflohenen Häftlinge": a date between an article and an attributive participle dates the
# participle's act, not the clause's
ATTR_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese[rnms]?)\s+"
                         r"(?:(?:am|im|vom|zum|an|in|um|gegen)\s+)?$", re.IGNORECASE)
ATTR_AFTER = re.compile(r"^(?:,[^,]{1,40},|,)?((?:\s+[\w„“\"'-]+){0,5}?)\s+"
                        r"(?P<part>(?:ge[a-zäöüß]+|[a-zäöüß]+(?:iert|t|en))(?:e|en|er|es|em))\s+[A-ZÄÖÜ]")
COORD_SECOND = re.compile(r"^\s*(?:und|oder|sowie)\s+$")
# a document's statements date from its publication ("Der gestern veröffentlichte Bericht kritisiert")
PUBLISHED_PART = re.compile(r"^(?:veröffentlicht|vorgelegt|vorgestellt|herausgegeben|erschienen|verbreitet)", re.IGNORECASE)
# pronouns that open a relative clause ("wo" opens one about the main clause's time or place)
RELATIVE_PRON = re.compile(r"^\s*(der|die|das|dem|den|deren|dessen|welche\w*)\b", re.IGNORECASE)


def _attributive(sentence: str, a: int, b: int) -> tuple[int, int] | None:
    """The span (time start, participle end) when the time expression at [a, b) stands inside
    an attributive participle phrase, else None."""
    if not ATTR_BEFORE.search(sentence[max(0, a - 30):a]):
        return None
    m = ATTR_AFTER.match(sentence[b:b + 140])
    if m is None or re.search(r"[.;:!?]", m.group(1) or "") or PUBLISHED_PART.match(m.group("part")):
        return None
    words = (m.group(1) or "").split()
    if words and ATTR_BEFORE.search(words[-1] + " "):
        return None  # "die im September wegen eines misslungenen Anschlags": another noun's attribute
    return a, b + m.end("part")


def _date_for(times: list[TimeExpression], s0: int, s1: int, trig: int, sentence: str,
              attached=None) -> TimeExpression | None:
    """The event's date: a time expression the parse attaches to the trigger ("der am 16. Juni
    ermordet zu haben"), else one in the trigger's clause, else one in a main clause of the
    sentence. Dates of reports ("berichtete ... am Freitag") and of relative clauses about
    something else ("der die Idee im Februar zur Sprache brachte") are not the event's."""
    # PRESENT_REF / PAST_REF / FUTURE_REF ("nun", "vor einigen Stunden") name no date to give an event
    times = [t for t in times if s0 <= t.span.start < s1 and not t.value.endswith("_REF")
             and not NOT_EVENT_DATE.search(sentence[max(0, t.span.start - s0 - 16):t.span.start - s0])]
    if not times:
        # most sentences have no time expression: the clause search below was most of the cost
        return None
    kept = []
    for k, t in enumerate(times):
        a, b = t.span.start - s0, t.span.end - s0
        # "im September und Oktober 2004": a coordination is dated by its first member
        if k and COORD_SECOND.match(sentence[times[k - 1].span.end - s0:a]):
            continue
        attr = _attributive(sentence, a, b)
        if attr is not None:
            if attr[0] <= trig - s0 < attr[1] and t.type in ("DATE", "TIME") and t.value:
                return t
            continue
        kept.append(t)
    times = kept
    if not times:
        return None
    ca, cb = _clause_of(sentence, trig - s0)
    # a trigger in a relative clause ("Samak, dessen Rücktritt ... gefordert wird, griff gestern
    # zu"): the main clause's date is not its date
    rel_clause = ca > 0 and (r := RELATIVE_PRON.search(sentence[ca:cb])) is not None \
        and sentence[ca + r.end():].lstrip()[:1].islower()
    same, other = [], []
    if attached is not None:
        hooked = [t for t in times if s0 <= t.span.start < s1 and t.type in ("DATE", "TIME") and t.value
                  and attached(t)]
        if hooked:
            return min(hooked, key=lambda t: abs(t.span.start - trig))
    for t in times:
        if not (s0 <= t.span.start < s1) or t.type not in ("DATE", "TIME") or not t.value:
            continue
        a, b = t.span.start - s0, t.span.end - s0
        w0 = max(0, a - 45)
        window = sentence[w0:min(len(sentence), b + 30)]
        if any(_reporting(sentence, w0 + m.start()) for m in REPORT_CUES.finditer(window)):
            continue
        if ca <= a < cb:
            same.append(t)
            continue
        if rel_clause:
            continue
        ta, tb = _clause_of(sentence, a)
        # "wird vorgeworfen, Anfang 2009 einen Vertrag geschlossen zu haben": a date in a
        # zu-infinitive after the trigger dates the infinitive's act, not the trigger's
        if ta > cb and ZU_INFINITIVE_END.search(sentence[ta:tb]):
            continue
        # a relative clause follows a comma and its pronoun a lower-case word ("der die Idee
        # im Februar ..."); "Die IAEA hat am Freitag" or ", dem 3. Dezember" are not one
        rel = RELATIVE_START.search(sentence[ta:tb])
        if not (rel and ta > 0 and sentence[ta + rel.end():].lstrip()[:1].islower()):
            other.append(t)
    pool = same or other
    return min(pool, key=lambda t: abs(t.span.start - trig)) if pool else None


def _background_words(sent: str, hits: list[Hit], preps: list[str], reach: int) -> list[Hit]:
    """English (no parse on this path), by word order: a one-word hit that is no -ed verb form, at most
    ``reach`` words after one of ``preps`` ("after two days of fierce fighting", "despite warnings of
    starvation") with no comma and no to/that/which/who between, is background to the act the sentence
    reports ([classifier] background_words). Dropped only while another hit stays."""
    rx = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in preps) + r")\s+((?:[\w'-]+\s+){0,"
                    + str(reach) + r"})$", re.IGNORECASE)
    keep = []
    for h in hits:
        m = rx.search(sent, 0, h.start)
        if (m and " " not in h.text and not h.text.lower().endswith("ed")
                and not any(w.lower() in ("to", "that", "which", "who") for w in m.group(1).split())):
            continue
        keep.append(h)
    return keep or hits


def _background(doc, start: int, end: int, preps) -> bool:
    """Whether the noun trigger at [start, end) stands in a phrase of one of ``preps`` ("wegen
    Anschlagsplänen"), or is the genitive or attribute of the noun of such a phrase ("Vor dem
    Hintergrund der Anschläge"): the reason for or a time around another act ([classifier]
    background_preps). A preposition inside the trigger ("vor Gericht") does not count."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[-1]
    if t.pos_ not in ("NOUN", "PROPN") or not t.text[:1].isupper():
        return False
    for hop in range(2):
        case = [c for c in t.children if c.dep_ == "case" and not span.start <= c.i < span.end]
        if any(c.lower_ in preps for c in case):
            return True
        # only a bare attribute (a genitive) belongs to the phrase of the noun it hangs on; one with its
        # own preposition does not ("ist wegen Gewaltdelikten in Haft" with "in Haft" hung on the noun)
        if hop == 0 and not case and t.dep_ == "nmod" and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
        else:
            break
    return False


def _derived_adjective(doc, s0: int, hit: Hit, suffixes: tuple[str, ...]) -> bool:
    """A one-word lower-case hit the parse tags an adjective or adverb and that ends in an adjective-forming
    suffix (+ inflection) is an adjective derived from the trigger's stem, never its participle or finite
    verb: "räumliche", "verhandelbare", "verhandlungsbereit" ([classifier] adjective_suffixes). The tag is
    needed: "vereinbaren", "offenbart" end so too."""
    w = hit.text
    if " " in w or not w[:1].islower():
        return False
    if not any(w.endswith(end) and w[:len(w) - len(end)].endswith(suffixes) for end in ("", "e", "er", "en", "em", "es")):
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ in ("ADJ", "ADV")


def _setting(doc, start: int, end: int, preps, heads) -> bool:
    """Whether the noun trigger at [start, end) is the setting of a statement: a phrase of one of ``preps``
    hung on a verb of saying ("sagte Gauland im Gespräch mit der FAS", "sagte Lawrow bei einer UN-Konferenz",
    "berichtete ... bei der Tagung"): the statement is what the sentence reports, not a meeting
    ([classifier] setting_preps, setting_heads)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[-1]
    if t.pos_ not in ("NOUN", "PROPN") or not t.text[:1].isupper() or t.head.i == t.i:
        return False
    case = [c for c in t.children if c.dep_ == "case" and not span.start <= c.i < span.end]
    return (any(c.lower_ in preps for c in case) and t.head.pos_ in ("VERB", "AUX")
            and t.head.lemma_.lower() in heads)


def _harm_only(hit: Hit, rx) -> bool:
    """An injury or death word ("verletzt", "starben") as an ASSAULT trigger ([classifier] harm_words)."""
    return rx is not None and bool(rx.fullmatch(hit.text))


def _caused(t) -> bool:
    """Whether the clause of the verb token ``t`` holds a "durch" phrase, its cause ("starben 150 Menschen durch
    Terroranschläge", "durch eine Bombe"; the parser may hang it on the victims): the cause may be the attack,
    so the harm stays an event."""
    return t is not None and any(k.dep_ == "case" and k.lower_ == "durch" for k in t.subtree)


def _request_and_span(doc, s0: int, hit: Hit, hits: list[Hit]):
    """The document character ranges of the sentence's REQUEST hits and ``hit``'s token span, or None when the
    sentence has no REQUEST hit or ``hit`` covers no token (shared by ``_requested`` and ``_requested_object``)."""
    asks = [(s0 + h.start, s0 + h.end) for h in hits if h.type == "REQUEST"]
    if not asks:
        return None
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return asks, span


def _requested(doc, s0: int, hit: Hit, hits: list[Hit]) -> bool:
    """Whether ``hit`` is the act a REQUEST hit of the sentence asks for: its clause verb is the zu-infinitive
    or complement clause of that REQUEST verb ("hat die arabischen Verbündeten aufgefordert, Luftangriffe ... zu
    fliegen", "fordert die Tarifvertragsparteien auf, ... Mindestlöhne ... zu vereinbaren"). The guide codes the
    demand, not what it demands ([classifier] request_content)."""
    if hit.type == "REQUEST":
        return False
    found = _request_and_span(doc, s0, hit, hits)
    if found is None:
        return False
    asks, span = found
    v = span.root
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("xcomp", "ccomp") or v.head.i == v.i:
        return False
    g = v.head
    return any(a <= g.idx < b for a, b in asks)


def _attributive_state(doc, s0: int, hit: Hit, times: list[TimeExpression]) -> bool:
    """Whether the one-word lower-case ``hit`` is an attributive participle, a state of the noun it modifies
    ("den in Afghanistan stationierten Truppen", "die verbotene Arbeiterpartei", "zwei seit November entführte
    Botschaftsmitarbeiter", "den verweigerten Orden"; the guide: "die verletzten Menschen" is a state, not an act),
    unless its phrase reports the act: a von/durch agent ("nach einem von Präsident Putin unterstützten
    Referendum") or a date ("den am 29. März ... verurteilten Schweizer"; not "seit"/"bis") between the noun's
    first word and the participle ([classifier] attributive_states)."""
    if " " in hit.text or not hit.text[:1].islower():
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    t = span[0]
    h = t.head
    if t.dep_ != "amod" or h.i <= t.i or h.pos_ not in ("NOUN", "PROPN"):
        return False
    # an attribute is inflected ("verbotene", "stationierten"); "fordert", "mahnt", "kritisiert" before a name are
    # finite verbs the parser took for attributes (10kGNAD headlines and inversions)
    if not t.lower_.endswith(("e", "en", "er", "es", "em")):
        return False
    left = min([c.left_edge.i for c in h.children if c.i <= t.i] or [t.i])
    # the parser often hangs the phrase's article and date on the clause's verb ("den am 29. März ... verurteilten
    # Schweizer" with "den" and "März" under "begnadigt"): the phrase starts at the nearest article left of the
    # participle, within its clause
    article = False
    for x in reversed(doc[max(t.sent.start, t.i - 12):t.i]):
        if x.is_punct and x.text not in ("„", "“", "\""):
            break
        if x.tag_ in ("ART", "PPOSAT", "APPR_ART"):
            left, article = min(left, x.i), True
            break
    # a finite verb tagged so needs the article to be read as an attribute ("Der ... verhaftete 15 Jahre alte
    # Junge"; not "bedankte Prieth sich")
    if t.tag_ != "ADJA" and not article:
        return False
    # a noun right after the article, with no preposition between it and the participle, is that article's own
    # phrase, and the participle the clause's verb: "Nach Angaben der Presseagenturen dpa und AFP umstellten
    # französische Sicherheitskräfte" (tagged ADJA; dev gold); "der Glaube an strafende Götter" is an attribute
    if article and left + 1 < t.i and doc[left + 1].pos_ in ("NOUN", "PROPN") \
            and not any(x.pos_ == "ADP" for x in doc[left + 2:t.i]):
        return False
    if any(x.lower_ in ("von", "vom", "durch") for x in doc[left:t.i]):
        return False
    a, b = doc[left].idx, t.idx
    for x in times:
        if x.span.start < b and a < x.span.end and x.type in ("DATE", "TIME") and x.value and not x.value.endswith("_REF") \
                and not NOT_EVENT_DATE.search(doc_text(doc)[max(0, x.span.start - 16):x.span.start]):
            return False
    return True


def _procedure_background(doc, start: int, end: int, rx, preps) -> bool:
    """Whether the noun trigger at [start, end) is a procedure ("Ermittlungen", "Untersuchung", "Verhör",
    "Vernehmung": ``rx``) in a phrase of one of ``preps`` ("Nach ersten Ermittlungen der Polizei war der Bus ...",
    "bei der Untersuchung der Pottwale", "nach Verhör ... wieder freigelassen", "zur Vernehmung nach Bangkok
    gebracht"): where a finding comes from or what a transfer is for, not an investigation the sentence reports
    ([classifier] procedure_nouns, procedure_preps)."""
    # Doc.text joins every token on each access (a sixth of the events' CPU time on the bench, once per noun hit):
    # the doc's text is read once per document (quotes_features.doc_text, equal to doc.text)
    word = doc_text(doc)[start:end]
    if not rx.match(word) or not _background(doc, start, end, preps):
        return False
    # "Bei den Ermittlungen gegen Yüksekdag geht es um ...": an investigation of someone is reported
    span = doc.char_span(start, end, alignment_mode="expand")
    return not any(k.lower_ == "gegen" for c in span[-1].children for k in c.children if k.dep_ == "case")


def _requested_object(doc, s0: int, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the noun ``hit`` is what a REQUEST verb of the sentence demands: its object or, in the passive, its
    subject ("hat die Anklage eine siebenjährige Haftstrafe gefordert", "wollen die Freilassung von fünf Angehörigen
    ... erpressen", "Gewerkschaft fordert Anerkennung des Tarifvertrags", "dessen Rücktritt ... gefordert wird"): the
    guide codes the demand, not what it demands, as ``_requested`` does for a demanded clause ([classifier]
    request_objects). Not a zu-phrase: "zu Streiks aufgerufen" is a strike call, PROTEST (fresh12)."""
    if hit.type == "REQUEST" or not hit.text[:1].isupper():
        return False
    found = _request_and_span(doc, s0, hit, hits)
    if found is None:
        return False
    asks, span = found
    t = span.root
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("obj", "nsubj:pass") or t.head.i == t.i:
        return False
    g = t.head
    return any(a <= g.idx < b for a, b in asks)


def _no_meeting(doc, s0: int, hit: Hit, forms, parse) -> bool:
    """Whether a hit of "treffen" in one of ``forms`` ("traf", "trifft") is not a meeting: a meeting names a
    person or organisation after the verb in its clause, bare or in a mit-phrase ("traf Palästinenserpräsident
    Abbas", "traf in Jordanien auch König Abdullah II.", "traf ... mit dem Alterspräsidenten ..., Deniz Baykal,
    zusammen"), or is reflexive ("trafen sich"); without one it is a footballer scoring ("Keita traf in der 28.
    Minute", "traf mit einem sehenswerten Lupfer") or a draw ("trifft in der ersten Runde auf den Slowaken Martin
    Klizan": a name in another preposition's phrase does not count; "trifft ... auf" is vetoed besides) ([classifier]
    meeting_forms). A person is a name or a word the actor rules rank as one (role nouns: "Alterspräsidenten"). The
    parser's roles are too often wrong around these verbs to use them."""
    if hit.text.lower() not in forms:
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    t = span[0]
    end = t.sent.end
    for x in doc[t.i + 1:min(end, t.i + 12)]:
        if x.text in (",", ";", ":", ".", "–", "(", ")"):
            break
        if x.lower_ == "sich":
            return False
        if x.ent_type_ in ("PER", "ORG") or (x.pos_ in ("NOUN", "PROPN") and parse.animacy(x) >= 2):
            preps = [k.lower_ for y in (x, x.head) for k in y.children if k.dep_ == "case"]
            if all(p == "mit" for p in preps):
                return False
    return True


_PHRASES: dict[int, tuple[dict, list[tuple[str, re.Pattern]]]] = {}


def _phrase_hits(sent: str, hits: list[Hit], table: dict) -> list[Hit]:
    """``hits`` and the matches of ``[classifier.phrase_triggers]`` (type -> patterns) that overlap none of them; a
    pattern's group "t" is the trigger, else the whole match (issue #5, round 26)."""
    seen = _PHRASES.get(id(table))
    if seen is None or seen[0] is not table:
        seen = _PHRASES[id(table)] = (table, [(t, re.compile(p)) for t, ps in table.items() for p in ps])
    out = list(hits)
    for etype, rx in seen[1]:
        for m in rx.finditer(sent):
            a, b = m.span("t") if "t" in rx.groupindex else m.span()
            if a < b and not any(h.start < b and a < h.end for h in out):
                out.append(Hit(etype, a, b, sent[a:b]))
    return sorted(out, key=lambda h: (h.start, h.end)) if len(out) > len(hits) else hits


class EventExtractor:
    def __init__(self, lang: str, model=False, learned=False) -> None:
        self.lex = lexicon(lang)
        self.settings = classifier_settings()
        # False: the shipped model; None: lexicon only; else a TypeClassifier (cross-validation)
        self.model = classifier() if model is False else model
        # learned triggers ([learned] of events.toml): False: as configured; None: off; else a
        # TriggerScorer (cross-validation, training/events/train_triggers.py)
        self.learned_cfg = learned_settings()
        if learned is False:
            on = self.learned_cfg.get("enabled") and self.lex.lang in self.learned_cfg.get("langs", ["de"])
            learned = load_scorer(self.learned_cfg["model"], self.lex.lang) if on else None
        self.learned = learned
        # the learned actor chooser ([classifier.actor_chooser]; None: off); actor_log, when a dict, collects each
        # event's candidates by event id (training/events/train_actor_chooser.py)
        self.chooser, self._chooser_cfg = None, None
        self.actor_log: dict | None = None

    def run(self, analysis: Analysis, doc=None) -> list[Event]:
        art = analysis.article
        text = art.text
        cfg = self.settings.get("actor_chooser") if self.lex.lang == "de" else None
        if cfg != self._chooser_cfg:  # (loaded on first use, again when the settings change: an A/B mode)
            self.chooser, self._chooser_cfg = load_chooser(cfg), cfg
        finder = ActorFinder(self.lex)
        spans = sentence_spans(analysis, doc)
        sent_toks = [tokenize(text[s0:s1]) for s0, s1 in spans]
        # the phrases found while learning names are reused below unless the sentence has
        # a pronoun (resolved only then) or a surname learned from a later sentence
        learned: list[tuple[list[Phrase], set[str]]] = []
        for toks in sent_toks:
            known = set(finder.surnames)
            ph = finder.phrases(toks)
            finder.learn(toks, ph)
            learned.append((ph, known))
        events: list[tuple[int, Event]] = []
        parse = ParseRoles(doc) if doc is not None and self.lex.lang == "de" and doc.has_annotation("DEP") else None
        if parse is not None:
            parse.mark_times(analysis.times)
        context: list[tuple[set[str], Phrase | None, TimeExpression | None]] = []
        for idx, ((s0, s1), toks) in enumerate(zip(spans, sent_toks)):
            sent = text[s0:s1]
            phrases, known = learned[idx]
            if any((t.low in PRONOUNS and finder.last_person is not None) or
                   (t.low in finder.surnames and t.low not in known) for t in toks):
                phrases = finder.phrases(toks)
            context.append(self._context(finder, toks, phrases, analysis.times, s0, s1, sent))
            found: dict[str, Event] = {}
            apart: list[Event] = []  # second events of a type already found (``_separate``)
            hits = triggers(sent, self.lex)
            pt = self.settings.get("phrase_triggers", {}).get(self.lex.lang)
            if pt:
                hits = _phrase_hits(sent, hits, pt)
            # only sentences that hold a split hit or a particle can change (most hold neither)
            ph = self.lex.lang in self.settings.get("particle_heads", ())
            if parse is not None and (self.lex.parse_particles or ph or (
                    self.lex.particle_prepositions and any(" " in h.text for h in hits))):
                hits = _particle_hits(doc, s0, sent, hits, self.lex, heads=ph)
            if self.lex.light_verbs and len(hits) > 1:
                hits = _light_verbs(sent, hits, self.lex)
            bg = self.settings.get("background_preps", {}).get(self.lex.lang)
            if bg and parse is not None and hits:
                hits = [h for h in hits if not _background(doc, s0 + h.start, s0 + h.end, bg)]
            suf = self.settings.get("adjective_suffixes", {}).get(self.lex.lang)
            if suf and parse is not None and hits:
                hits = [h for h in hits if not _derived_adjective(doc, s0, h, tuple(suf))]
            sp = self.settings.get("setting_preps", {}).get(self.lex.lang)
            if sp and parse is not None and hits:
                sh = set(self.settings.get("setting_heads", {}).get(self.lex.lang, []))
                hits = [h for h in hits if not _setting(doc, s0 + h.start, s0 + h.end, sp, sh)]
            mf = self.settings.get("meeting_forms", {}).get(self.lex.lang)
            if mf and parse is not None and hits:
                hits = [h for h in hits if not _no_meeting(doc, s0, h, mf, parse)]
            if self.settings.get("request_content", {}).get(self.lex.lang) and parse is not None and len(hits) > 1:
                hits = [h for h in hits if not _requested(doc, s0, h, hits)]
            if self.settings.get("request_objects", {}).get(self.lex.lang) and parse is not None and len(hits) > 1:
                hits = [h for h in hits if not _requested_object(doc, s0, h, hits)]
            if self.settings.get("attributive_states", {}).get(self.lex.lang) and parse is not None and hits:
                hits = [h for h in hits if not _attributive_state(doc, s0, h, analysis.times)]
            pn = self.settings.get("procedure_nouns", {}).get(self.lex.lang)
            if pn and parse is not None and hits:
                prx, pp = re.compile(pn), self.settings.get("procedure_preps", {}).get(self.lex.lang, [])
                hits = [h for h in hits if not _procedure_background(doc, s0 + h.start, s0 + h.end, prx, pp)]
            hits = sense_filter(self.settings.get("senses"), self.lex.lang, sent, hits, art.published,
                                doc if parse is not None else None, s0)
            bgw = self.settings.get("background_words", {}).get(self.lex.lang)
            if bgw and len(hits) > 1:
                hits = _background_words(sent, hits, bgw, self.settings.get("background_reach", 4))
            mods = [modality_for(sent, h.start, h.end, toks, _tok_index(toks, h.start), self.lex) for h in hits]
            typed = self._typed(sent, hits, mods)
            vn = self.settings.get("verbal_nouns")
            if vn and vn.get("types") and parse is not None and typed:
                # a demand, agreement or support named as a topic ([classifier.verbal_nouns])
                typed = [x for x in typed if not verbal_noun(vn, self.lex.lang, x[0], doc, s0)]
            ro = self.settings.get("reaction_objects")
            if ro and ro.get("types") and parse is not None and len(typed) > 1:
                # an act that a rejection, accusation or welcome is about ([classifier.reaction_objects])
                typed = [x for x in typed if not reacted_object(ro, self.lex.lang, x[0], typed, doc, s0)]
            sn = self.settings.get("senses")
            if sn and typed:
                # game and performance language, one body's session as a setting ([classifier.senses] stage_types,
                # assembly_types; round 28)
                typed = [x for x in typed if not stage_or_setting(sn, self.lex.lang, sent, x[0],
                                                                   doc if parse is not None else None, s0)]
            if self.learned is not None and parse is not None:
                if self.learned_cfg.get("veto") is not None:
                    typed = self._learned_veto(doc, s0, typed)
                if self.learned_cfg.get("add", True) and (not typed or not self.learned_cfg.get("only_empty")):
                    typed += self._learned(doc, s0, s1, sent, hits, toks, typed)
            second = self._second
            hw = self.settings.get("harm_words", {}).get(self.lex.lang)
            harm = re.compile(hw) if hw else None
            harm_reach = self.settings.get("harm_reach", 2)
            # the second verbs last: each is weighed against the event of its type found before
            typed.sort(key=lambda x: (x[0].start, x[0].end) in second)
            for hit, modality, conf in typed:
                hit = self._retyped(hit, sent, s0, parse)
                ti = _tok_index(toks, hit.start)
                te = _tok_index(toks, hit.end - 1) + 1
                src, tgt, loc = finder.roles(toks, phrases, ti, te, hit.type)
                src_actor, tgt_actor = _actor(src, s0, text), _actor(tgt, s0, text)
                if parse is not None:
                    psrc, ptgt, agentless = parse.roles(s0 + hit.start, s0 + hit.end, hit.type)
                    psrc_a, ptgt_a = _parse_actor(psrc, finder, text), _parse_actor(ptgt, finder, text)
                    # a place ("auf seiner Facebook-Seite", "östlich von Chan Junis") is no actor, from the
                    # parse or from word order ([parse] place_phrases)
                    psrc_a, ptgt_a, src_actor, tgt_actor = (
                        None if x is not None and x.span is not None and parse.in_place_phrase(x.span.start, x.span.end) else x
                        for x in (psrc_a, ptgt_a, src_actor, tgt_actor))
                    # the parse wins; word order only fills a role the parse left open, and never
                    # with the phrase the parse gave the other role or an agentless passive's source
                    if psrc_a is None and (agentless or (ptgt_a and src_actor and src_actor.span.overlaps(ptgt_a.span))):
                        src_actor = None
                    if ptgt_a is None and psrc_a and tgt_actor and tgt_actor.span.overlaps(psrc_a.span):
                        tgt_actor = None
                    src_actor = psrc_a or src_actor
                    tgt_actor = ptgt_a or tgt_actor
                    if src_actor and tgt_actor and src_actor.span.overlaps(tgt_actor.span):
                        tgt_actor = None
                if (harm is not None and hit.type == "ASSAULT" and _harm_only(hit, harm)
                        and getattr(modality, "value", modality) != "denied"
                        and (psrc_a is None and not _caused(parse.token_at(s0 + hit.start, s0 + hit.end))
                             if parse is not None else src_actor is None)
                        and not any(h.type == "ASSAULT" and not _harm_only(h, harm) for h, _, _ in typed)
                        and not any(i >= idx - harm_reach and e.type == "ASSAULT" for i, e in events)):
                    # an injury or death with no one doing it, no attack in the sentence and none in the
                    # harm_reach sentences before it (victims counted right after an attack stay): an accident,
                    # a disaster or a count, which the guide codes as no event ([classifier] harm_words)
                    continue
                if parse is not None:
                    src_actor, tgt_actor = (_relative(a, parse, finder, text) for a in (src_actor, tgt_actor))
                tt = parse.token_at(s0 + hit.start, s0 + hit.end) if parse is not None else None
                location = _actor(loc, s0, text)
                if location is None and tt is not None:
                    location = _parse_actor(parse.location(tt), finder, text)
                if _not_an_actor(src_actor, text) or (parse is not None and src_actor is not None
                                                      and parse.in_dateline(src_actor.span.start, src_actor.span.end)):
                    src_actor = None
                if _not_an_actor(tgt_actor, text) or (parse is not None and tgt_actor is not None
                                                      and parse.in_dateline(tgt_actor.span.start, tgt_actor.span.end)):
                    tgt_actor = None
                src_actor, tgt_actor = (_apposed_name(a, text, finder) for a in (src_actor, tgt_actor))
                if parse is not None:
                    src_actor, tgt_actor = (_bracketed(a, parse, finder, text) for a in (src_actor, tgt_actor))
                if parse is not None and tt is not None and (self.chooser is not None or self.actor_log is not None):
                    src_actor, tgt_actor = self._choose(parse, tt, hit.type, finder, phrases, s0, text, {
                        "current_source": src_actor, "current_target": tgt_actor,
                        "parse_source": psrc_a, "parse_target": ptgt_a,
                        "order_source": _actor(src, s0, text), "order_target": _actor(tgt, s0, text)},
                        stable_id("ev", art.id, s0 + hit.start, hit.type))
                hook = (lambda t, tt=tt: parse.attached(t.span.start, t.span.end, tt)) if tt is not None else None
                when = _date_for(analysis.times, s0, s1, s0 + hit.start, sent, hook)
                ev = Event(
                    id=stable_id("ev", art.id, s0 + hit.start, hit.type),
                    article_id=art.id, type=hit.type, mode=mode_of(hit, sent, self.lex),
                    span=art.span(s0, s1), trigger=art.span(s0 + hit.start, s0 + hit.end),
                    source_actor=src_actor, target_actor=tgt_actor,
                    location=location,
                    date=when.value if when else None, time_id=when.id if when else None,
                    modality=modality, confidence=conf,
                )
                self._link_claim(ev, analysis)
                if (hit.start, hit.end) in second and hit.type not in found:
                    continue  # its main event was retyped: nothing to weigh it against, dropped as before
                if hit.type in found:
                    keep = found[hit.type]
                    if self._apart(self.lex.lang) and _separate(parse, keep, ev):
                        _shared_subject(parse, keep, ev)
                        apart.append(ev)
                    elif (hit.start, hit.end) not in second:
                        _merge(keep, ev)
                else:
                    found[hit.type] = ev
            events.extend((idx, e) for e in sorted([*found.values(), *apart], key=lambda e: e.trigger.start))
            for p in phrases:
                if p.kind in ("person", "role"):
                    finder.last_person = p
        lend_dates = self.lex.lang not in self.settings.get("sentence_dates", [])
        for idx, ev in events:
            _fill_from_neighbours(ev, idx, context, s0_of=spans, text=text, dates=lend_dates)
        bare = self.settings.get("bare_nouns")
        if bare and bare.get("types") and parse is not None:
            # nominal aid with nobody receiving it ([classifier.bare_nouns]): credits, deliveries, production
            keep = {id(e) for e in bare_noun_filter(bare, self.lex.lang, [e for _, e in events], doc)}
            events = [(i, e) for i, e in events if id(e) in keep]
        nacc = self.settings.get("noun_accept")
        if nacc and (nacc.get("model") or nacc.get("gate")) and parse is not None:
            # the learned check on noun triggers only ([classifier.noun_accept]), per sentence: it reads the sentence's
            # other events
            kept_ids = set()
            for idx in sorted({i for i, _ in events}):
                kept_ids |= {id(e) for e in noun_accept_filter(nacc, self.lex.lang, [e for i, e in events if i == idx],
                                                               doc)}
            events = [(i, e) for i, e in events if id(e) in kept_ids]
        acc = self.settings.get("accept")
        if acc and acc.get("model") and parse is not None:
            # the learned acceptance check on each sentence's finished events ([classifier.accept])
            kept = []
            for idx in sorted({i for i, _ in events}):
                kept += accept_filter(acc, self.lex.lang, [e for i, e in events if i == idx], doc)
            return kept
        return [e for _, e in events]

    def _choose(self, parse: ParseRoles, tt, etype: str, finder: ActorFinder, phrases: list[Phrase], s0: int,
                text: str, proposals: dict, eid: str) -> tuple[Actor | None, Actor | None]:
        """The event's source and target after the learned chooser ([classifier.actor_chooser]): every candidate
        phrase is scored, the rules' choice (``proposals``' current_*) stays unless the model is sure."""
        src, tgt = proposals["current_source"], proposals["current_target"]
        cands = chooser_candidates(parse, tt, text, proposals, [_actor(p, s0, text) for p in phrases],
                                   lambda p: _parse_actor(p, finder, text))
        if self.actor_log is not None:
            self.actor_log[eid] = (parse, tt, etype, cands, src, tgt)
        if self.chooser is not None:
            src, tgt = self.chooser.choose(parse, tt, etype, cands, src, tgt)
        return src, tgt

    def _learned(self, doc, s0: int, s1: int, sent: str, hits: list[Hit], toks, typed) -> list:
        """Events the lexicon missed: verbs and nouns no pattern matched whose learned type
        probability reaches ``[learned] threshold`` (at most ``max_per_sentence``, types the
        sentence has no event of yet)."""
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None:
            return []
        cands = candidates(span, [(s0 + h.start, s0 + h.end) for h in hits], self.lex)
        if not cands:
            return []
        cfg = self.learned_cfg
        thr = cfg.get("threshold", 0.5)
        have = {h.type for h, _, _ in typed}
        scored = []
        for t, p in zip(cands, self.learned.proba(cands)):
            etype = max((k for k in p if k != "NONE"), key=p.get)
            if p[etype] >= thr and p[etype] > p.get("NONE", 0.0) and etype not in have:
                scored.append((p[etype], t, etype))
        out = []
        for p, t, etype in sorted(scored, key=lambda x: -x[0])[:cfg.get("max_per_sentence", 1)]:
            if etype in have:
                continue
            have.add(etype)
            a, b = t.idx - s0, t.idx - s0 + len(t.text)
            h = Hit(etype, a, b, t.text)
            out.append((h, modality_for(sent, a, b, toks, _tok_index(toks, a), self.lex), round(p, 3)))
        return out

    def _learned_veto(self, doc, s0: int, typed: list) -> list:
        """Lexicon events whose trigger word the learned scorer calls no event with probability
        ``[learned] veto`` or more are dropped (the rescoring use of the scorer)."""
        out = []
        for h, m, c in typed:
            span = doc.char_span(s0 + h.start, s0 + h.end, alignment_mode="expand")
            toks = [t for t in span if t.pos_ in ("VERB", "NOUN")] if span is not None else []
            if toks and self.learned.proba(toks[:1])[0].get("NONE", 0.0) >= self.learned_cfg["veto"]:
                continue
            out.append((h, m, c))
        return out

    def _retyped(self, hit: Hit, sent: str, s0: int, parse: ParseRoles | None) -> Hit:
        """The type a context rule (``[[context]]`` of events.toml) gives the hit: "verurteilt"
        to prison is COERCE, to a fine SANCTION; a ban on gatherings COERCE; stopped aid SANCTION."""
        rules = context_rules(self.lex.lang)
        if not rules:
            return hit
        trig = hit.text.lower()
        ctx = None
        for types, trig_rx, ctx_rx, new in rules:
            if hit.type not in types or not trig_rx.search(trig):
                continue
            if ctx is None:
                a, b = _clause_of(sent, hit.start)
                words = [sent[a:b].lower()]
                tok = parse.token_at(s0 + hit.start, s0 + hit.end) if parse is not None else None
                if tok is not None:
                    for c in tok.children:
                        words.append(c.lower_)
                        words.extend(g.lower_ for g in c.children)
                    # and two heads up: the parser often hangs a participle on a noun
                    # ("Gedenkfeiern ..., verboten" under "Tiananmen")
                    h = tok
                    for _ in range(2):
                        if h.head.i == h.i:
                            break
                        h = h.head
                        words.append(h.lower_)
                ctx = " ".join(words)
            if ctx_rx.search(ctx):
                return Hit(new, hit.start, hit.end, hit.text)
        return hit

    def _typed(self, sent: str, hits: list[Hit], mods: list[Modality]) -> list[tuple[Hit, Modality, float]]:
        """Which lexicon hits become events. The classifier gives the sentence's main-event
        type probabilities (NONE included); the main event is the hit whose type, as our gold
        codes it (``coded_type``), is most probable, unless NONE beats it. Other hits stay as
        events when their own type reaches ``secondary_min`` or, in German, when the trigger
        is a verb (a sentence-level model knows the main event, not how many there are).
        Without a model every hit is an event."""
        model = self.model
        self._second: set[tuple[int, int]] = set()
        if model is None or not hits:
            return [(h, m, 1.0) for h, m in zip(hits, mods)]
        lang = self.lex.lang
        probs = model.proba(features(sent, lang, hits, [m.value for m in mods]))
        scored = [probs.get(coded_type(h.type, m.value, lang), 0.0) for h, m in zip(hits, mods)]
        main = max(range(len(hits)), key=lambda k: (scored[k], -k))
        if probs.get(NONE, 0.0) > scored[main]:
            return []
        ranker = getattr(model, "ranker", None)
        if ranker is not None and len(hits) > 1 and lang in ranker.langs:
            # which trigger carries the main event: the sentence model's type probability times
            # the hit ranker's (training/events/train_type.py; PLOVER CV in the model card)
            ms = [m.value for m in mods]
            comb = [math.log(max(scored[k], 1e-9))
                    + ranker.weight * math.log(max(ranker.proba(hit_features(sent, lang, hits, ms, k)), 1e-9))
                    for k in range(len(hits))]
            main = max(range(len(hits)), key=lambda k: (comb[k], -k))
        margin = self.settings.get("relabel_margin", {}).get(lang)
        if margin is not None:
            # the lexicon's hits cap the type: a sentence whose words say another type more
            # strongly than any hit's type (by ``margin``) gets that type on its main trigger
            best = max((t for t in probs if t != NONE), key=probs.get)
            if (probs[best] > scored[main] + margin and probs[best] > probs.get(NONE, 0.0)
                    and coded_type(best, mods[main].value, lang) == best):
                h = hits[main]
                hits = hits[:main] + [Hit(best, h.start, h.end, h.text)] + hits[main + 1:]
                scored[main] = probs[best]
        out = []
        for k, (h, m) in enumerate(zip(hits, mods)):
            if k == main:
                out.append((h, m, round(scored[k], 3)))
            elif h.type != hits[main].type and (scored[k] >= self.settings["secondary_min"] or _verbal(h, lang)):
                out.append((h, m, round(min(scored[k], scored[main] * 0.99), 3)))
            elif h.type == hits[main].type and self._apart(lang) and _verbal(h, lang):
                # a second verb of the main type: kept here, ``run`` decides with the parse
                # whether it is a second event (``_separate``) or dropped as before
                out.append((h, m, round(scored[main] * 0.99, 3)))
                self._second.add((h.start, h.end))
        return out

    def _apart(self, lang: str) -> bool:
        return lang in self.settings.get("same_type_apart", [])

    def _context(self, finder: ActorFinder, toks, phrases, times, s0, s1, sent):
        """What a neighbouring sentence can lend an event: who it is about, where, when."""
        names = {_last(p.resolved or p.text) for p in phrases if p.kind in ("person", "role", "pronoun")}
        loc = None
        for p in phrases:
            if p.kind in ("place", "capital") and finder.governed(toks, p) in ("in", "bei", "at", "near"):
                loc = p
                break
        when = _date_for(times, s0, s1, s0, sent)
        return names, loc, when

    def _link_claim(self, ev: Event, analysis: Analysis) -> None:
        for c in analysis.claims:
            if c.message.start <= ev.trigger.start < c.message.end:
                ev.claim_id = c.id
                mapped = CERTAINTY_TO_MODALITY.get(c.certainty)
                if mapped is not None and ev.modality == Modality.happened:
                    ev.modality = mapped
                if c.certainty in (Certainty.hedged, Certainty.reported):
                    ev.confidence = min(ev.confidence, 0.8)
                return


def _separate(parse: ParseRoles | None, keep: Event, other: Event) -> bool:
    """Two triggers of one type in one sentence are two events when both are verbs of
    different lemmas that are coordinated ("explodierten ... Autobomben und töteten ...") or
    stand in clauses neither of which holds the other; one event (merged) when one is inside
    the other's argument or a clause under it, when they are one verb, or without a parse
    (guide: tests/data/events_de_guide.md, "a second when two distinct acts are stated")."""
    if parse is None or keep.trigger is None or other.trigger is None:
        return False
    a = parse.token_at(keep.trigger.start, keep.trigger.end)
    b = parse.token_at(other.trigger.start, other.trigger.end)
    if a is None or b is None or a.i == b.i:
        return False
    if any(t.pos_ not in ("VERB", "AUX") or not t.text[:1].islower() for t in (a, b)):
        return False
    if a.lemma_.lower() == b.lemma_.lower() or a.lower_ == b.lower_:
        return False
    if not (_active(a) and _active(b)):
        # "wurden 23 Gläubige getötet und 97 weitere verletzt", "getötet und ... zerstört": the
        # outcomes of one attack, one event in the gold (guide: two distinct acts are two)
        return False
    for top, low in ((a, b), (b, a)):
        if top.is_ancestor(low):
            # only a chain of conjuncts makes the lower verb an act of its own
            t = low
            while t.i != top.i:
                if t.dep_ != "conj":
                    return False
                t = t.head
    return True


def _shared_subject(parse: ParseRoles, keep: Event, ev: Event) -> None:
    """A verb right after "und" ("Rebellen griffen ... an und beschossen die Hauptstadt") has no
    subject of its own: it shares the first verb's source, and what the parser made its subject
    after it (the verb-second order of German puts the object there) is its target."""
    b = parse.token_at(ev.trigger.start, ev.trigger.end)
    if b is None or b.dep_ != "conj" or b.i == 0 or b.nbor(-1).dep_ != "cc" or keep.source_actor is None:
        return
    old, ev.source_actor = ev.source_actor, keep.source_actor
    if old is not None and old.span is not None and old.span.start > ev.trigger.start \
            and not (ev.target_actor and ev.target_actor.span and ev.target_actor.span.overlaps(old.span)):
        ev.target_actor = old
    if ev.target_actor and ev.target_actor.span and keep.source_actor.span \
            and ev.target_actor.span.overlaps(keep.source_actor.span):
        ev.target_actor = None


def _active(v) -> bool:
    """A verb an agent acts with: not a participle, or a participle of a haben-perfect (its own
    auxiliary or that of the verb it is coordinated with: "haben ... blockiert und ... zerstört")."""
    if not (v.tag_ == "VVPP" or PARTICIPLE.match(v.lower_)):
        return True
    for t in (v, v.head if v.dep_ == "conj" else v):
        if any(_haben_aux(c) for c in t.children):
            return True
    return False


def _merge(keep: Event, other: Event) -> None:
    """Two triggers of one type in one sentence describe one event: pool what each knows."""
    if keep.source_actor is None and other.source_actor is not None:
        keep.source_actor, keep.trigger, keep.mode = other.source_actor, other.trigger, other.mode or keep.mode
    keep.target_actor = keep.target_actor or other.target_actor
    keep.location = keep.location or other.location
    if keep.date is None:
        keep.date, keep.time_id = other.date, other.time_id
    keep.mode = keep.mode or other.mode


def _last(name: str) -> str:
    parts = name.lower().split()
    return parts[-1] if parts else ""


def _fill_from_neighbours(ev: Event, idx: int, context, s0_of, text: str, dates: bool = True) -> None:
    """A neighbouring sentence about the same actor ("Er bekräftigte am Donnerstag in Brüssel")
    often gives the date and place the event's own sentence leaves out; the date only with ``dates``
    ([classifier] sentence_dates lists the languages without)."""
    if ev.source_actor is None or ((ev.date or not dates) and ev.location):
        return
    who = _last(ev.source_actor.name)
    # two sentences away still counts: the segmenter splits glued sentences in two
    for j in (idx + 1, idx - 1, idx + 2, idx - 2):
        if not (0 <= j < len(context)) or who not in context[j][0]:
            continue
        _, loc, when = context[j]
        if dates and ev.date is None and when is not None:
            ev.date, ev.time_id = when.value, when.id
        if ev.location is None and loc is not None:
            ev.location = _actor(loc, s0_of[j][0], text)


def sentence_features(sentence: str, lang: str) -> dict[str, float]:
    """The classifier's features of a sentence, exactly as ``EventExtractor`` computes them
    (training/events/train_type.py trains on these)."""
    lex = lexicon(lang)
    toks = tokenize(sentence)
    hits = triggers(sentence, lex)
    mods = [modality_for(sentence, h.start, h.end, toks, _tok_index(toks, h.start), lex).value for h in hits]
    return features(sentence, lex.lang, hits, mods)


def hit_examples(sentence: str, lang: str, gold: str) -> tuple[list[dict[str, float]], list[int]]:
    """The hit ranker's training rows of one gold sentence: each lexicon hit's features, and
    whether its coded type is the gold type (training/events/train_type.py)."""
    lex = lexicon(lang)
    toks = tokenize(sentence)
    hits = triggers(sentence, lex)
    mods = [modality_for(sentence, h.start, h.end, toks, _tok_index(toks, h.start), lex).value for h in hits]
    return ([hit_features(sentence, lex.lang, hits, mods, k) for k in range(len(hits))],
            [int(coded_type(h.type, m, lex.lang) == gold) for h, m in zip(hits, mods)])


def extract(analysis: Analysis, doc=None) -> list[Event]:
    return EventExtractor(analysis.article.language or "de").run(analysis, doc)


@component("extract.events")
def make_event_extractor(**settings):
    def extract_events(analysis: Analysis, doc) -> None:
        analysis.events = extract(analysis, doc)

    return extract_events
