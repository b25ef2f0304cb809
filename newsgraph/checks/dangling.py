"""Definite noun phrases with no antecedent ("Der Brief wurde ... vorgelegt" when no letter
was mentioned before).

A sentence-initial definite NP (der/die/das + adjectives + noun) is a candidate. Its noun
has an antecedent when an earlier word shares its stem or compound head ("Friedenstruppe"
-> "Die Truppe", "Briefes" -> "Brief"), is listed as a synonym or hypernym in
config/checks.toml, or is the verb it nominalises ("vorschlagen" -> "Der Vorschlag").
Many nouns are fine without an antecedent ("Die Polizei", "Die Regierung": unique, generic
or bridged referents). How often a noun's definite uses are first mentions was counted in
German text (training/checks/build_vectors.py, with this module's antecedent test); only
nouns that rarely open with a definite article are flagged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .dangling_context import context_features
from .resolve import Resolver, synonym_index  # noqa: F401  (synonym_index: imported from here by callers)
from .tagging import Tok
from .topic import person_noun
from .vectors import compound_parts, stem, word_keys

DEFINITE = {"der", "die", "das", "dem", "den", "des"}
_SKIP_BETWEEN = {"ADJA", "ADV", "CARD", "ADJD", "PTKNEG"}
MIN_KEY = 4
MIN_MODIFIER = 5  # "Land" in "Landwirtschaft" says nothing; "Flughafen" in "Flughafenbereich" does
SHORT_HEAD = 3  # "Uhr", "Bus", "Rat": a head this short ends many words that are no compounds of it ("Apparat", "Motor")
_LINKS = ("es", "en", "er", "s", "n", "e")  # linking elements between a compound's parts ("Staatsrat", "Sonnenuhr")
# closed word classes: they name nothing a noun could refer back to
# ``Tok.is_verb`` (its tag's first two letters) and ``Tok.is_noun``, for the per-token loops
_VERB_TAGS = ("VV", "VA", "VM")
_NOUN_TAGS = ("NN", "NE")
_FUNCTION_TAGS = {"ART", "APPR", "APPRART", "APPO", "APZR", "KON", "KOUS", "KOUI", "KOKOM", "PPER", "PRF", "PRELS",
                  "PRELAT", "PDS", "PDAT", "PIS", "PIAT", "PPOSAT", "PWS", "PWAV", "PWAT", "PTKZU", "PTKNEG",
                  "PTKVZ", "PTKA", "PTKANT", "PROAV", "$,", "$.", "$("}


@dataclass
class Candidate:
    det: Tok
    noun: Tok
    sent: int
    relational: bool = False  # a relational adjective before the noun ("Die türkische Regierung"; ``definite_nps``)


def definite_nps(sents: list[list[Tok]], attributes: bool | str = False, relational: bool = False) -> list[Candidate]:
    """Sentence-initial definite NPs that are not names, not tied by a relational adjective and not
    anchored on the spot (``anchored``; ``attributes``: any prepositional attribute or close apposition too).
    ``relational`` (round 24): an NP with a relational adjective is a candidate too, marked ``Candidate.relational``
    for the model to weigh ("Die türkische Regierung" is unique, "Die österreichische Beilage" is not)."""
    out = []
    for si, toks in enumerate(sents):
        if not toks or toks[0].tag != "ART" or toks[0].text.lower() not in DEFINITE or toks[0].text == "Des":
            continue  # a sentence-initial genitive is an idiom ("Des Weiteren", "Des Rätsels Lösung")
        if not toks[0].text[:1].isupper():
            # a lower-case article after a semicolon (segment.toml semicolon_sentences) goes on the writer's
            # sentence, whose clause before it the reader has in view ("…, dass Nadal sehr stark war; die Art, wie …")
            continue
        j = 1
        while j < len(toks) and toks[j].tag in _SKIP_BETWEEN:
            j += 1
        if j < len(toks) and toks[j].tag in ("NN", "NE") and toks[j].text[:1].isupper() and not toks[j].ent:
            # "Die Kanadier", "Die Linke": a name or a named group is no dangling object
            # "Der türkische Verkehrsminister": a relational adjective ties the noun to a country or domain,
            # which makes its referent unique
            rel = any(t.tag == "ADJA" and t.text.lower().endswith(_RELATIONAL) for t in toks[1:j])
            if (relational or not rel) and not anchored(toks, j, attributes):
                out.append(Candidate(toks[0], toks[j], si, rel))
    return out


# what may follow a noun and pin its referent down on the spot ("Der Sprecher des Weißen Hauses",
# "Die Einladung zur Pressekonferenz", "Der Punkt, der ...")
ANCHORS = {"des", "der", "eines", "einer", "von", "vom", "zur", "zum", "für", "aus", "über", "mit", "namens"}
_RELATIONAL = ("ische", "ischen", "ischer", "sche", "schen", "scher", "deutsche", "deutschen")
_OPEN_QUOTES = {"„", "»", "\"", "“", "‚"}
_RELATIVE = {"der", "die", "das", "den", "dem", "dessen", "deren", "welcher", "welche", "welches"}


# with ``attributes``: whatever preposition or pronominal adverb follows the noun ("Die Fertigung in der Halle läuft",
# "Die Gefährdung durch das Rauchen ist", "Die Verbitterung darüber kann"): in the prefield of a main clause
# everything before the finite verb belongs to the subject NP, so the attribute says which one is meant
_ATTRIBUTE_TAGS = {"APPR", "APPRART", "PROAV", "APPO"}
_CLAUSE_OPENERS = {"wie", "wo", "wobei", "dass", "ob", "warum", "wann", "weshalb", "wieso", "wonach", "wodurch", "womit",
                   "worauf", "worin", "woran", "worüber", "welcher", "welche", "welches"}


def anchored(toks: list[Tok], j: int, attributes: bool | str = False) -> bool:
    """The noun at j is followed by a genitive, a prepositional attribute or a relative clause. With
    ``attributes`` ("clauses" or True) a colon, a clause that says which one ("Die Art, wie …", "Der Tag, an dem …")
    and a name after a comma count too; with ``attributes`` = True (or "all") also any prepositional attribute (not
    only those of ``ANCHORS``) and a capitalised noun in close apposition that the tagger did not call a name ("Der
    Schauspieler Piotr Adamczyk", "Die Gewerkschaft Verdi"; generator v3's ``perturb._ANCHORED`` has the capitalised
    word, but not the other prepositions, so its gold calls "Die Ausgrabung in der Halle" dangling)."""
    nxt = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
    if nxt in ANCHORS or (j + 1 < len(toks) and toks[j + 1].tag == "NE"):
        return True
    if attributes in (True, "all") and j + 1 < len(toks) and (
            toks[j + 1].tag in _ATTRIBUTE_TAGS or (toks[j + 1].tag == "NN" and toks[j + 1].text[:1].isupper())):
        return True
    if attributes and j + 1 < len(toks):
        # cataphoric: the NP announces what follows ("Die einfache Erklärung: Wind ist Wind.")
        if nxt == ":":
            return True
        # a clause that says which one is meant: "Die Art, wie …", "Die Tatsache, dass …", "Der Tag, an dem …"
        if nxt == "," and j + 2 < len(toks):
            w = toks[j + 2]
            if w.text.lower() in _CLAUSE_OPENERS:
                return True
            # a name in apposition says who: "Der ÖAMTC-Flugbetriebsleiter, Reinhard Kraxner, spekulierte …"
            if w.tag == "NE" or w.ent == "PER":
                return True
            if w.tag in ("APPR", "APPRART") and j + 3 < len(toks) and toks[j + 3].text.lower() in _RELATIVE:
                return True
    # a quoted name in apposition ("Die Performance-Truppe „Improv Everywhere“", "Die Firma „Hvalur hf“")
    if nxt in _OPEN_QUOTES and j + 2 < len(toks) and toks[j + 2].text[:1].isupper():
        return True
    return nxt == "," and j + 2 < len(toks) and toks[j + 2].text.lower() in _RELATIVE


_FINITE = ("VVFIN", "VAFIN", "VMFIN")


def plural(cand: Candidate, toks: list[Tok], by_verb: bool | str = True) -> bool:
    """Whether a candidate names a group ("Die Demonstranten": groups are introduced definite, so they are
    skipped). The morphologizer's number alone is often wrong on "Die" + a feminine noun in -e ("Die Studie",
    "Die Liste", "Die Maschine" tagged plural): with ``by_verb`` a noun after "Der"/"Das", or one whose
    sentence's first finite verb after it is singular ("Die Liste ist …"), counts as singular. Not when a
    number stands between article and noun ("Die 37 Jahre alte …": the noun is not the head). ``by_verb`` =
    "adjacent" (round 24): only a singular finite verb right after the noun, with the noun parsed as its subject,
    makes a "Die" noun singular ("Die Liste ist …", not "Die Anliegen seines Chefs vertrat er …", a fronted object)."""
    if cand.noun.number != "Plur":
        return False
    if not by_verb:
        return True
    between = toks[1:cand.noun.i - cand.det.i]
    if any(t.tag == "CARD" for t in between):
        return True
    det = cand.det.text.lower()
    if det in ("der", "das"):
        return False
    if det != "die":
        return True  # "Den Informationen zufolge": a dative plural
    j = cand.noun.i - cand.det.i
    if by_verb == "adjacent":
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return not (nxt is not None and nxt.tag in _FINITE and nxt.number == "Sing" and cand.noun.dep.startswith("nsubj"))
    verb = next((t for t in toks[j + 1:] if t.tag in _FINITE), None)
    return not (verb is not None and verb.number == "Sing")


_NO_COUNTS = (0, 0, 0, 0, 0)


def noun_counts(table: dict[str, tuple[int, ...]], word: str, cfg: dict) -> tuple[int, ...]:
    """The corpus counts of a noun (models/checks_de/anaphoricity.json). A compound the corpus never names
    ("Erdgasliefervertrag", "Speichelprobe": a third of the candidates) gets those of its longest head the
    corpus names often enough (``head_min_total`` mentions, ``head_min_len`` letters): whether a thing needs
    introducing is said by its head ("ein Vertrag"), not by the modifier. Off unless ``head_backoff``."""
    k = stem(word.replace("-", ""))
    c = table.get(k)
    if c is not None or not cfg.get("head_backoff", False):
        return c or _NO_COUNTS
    min_total, min_len = cfg.get("head_min_total", 5), cfg.get("head_min_len", 4)
    for i in range(1, len(k) - min_len + 1):
        h = table.get(k[i:])
        if h is not None and h[4] >= min_total:
            return h
    return _NO_COUNTS


def _verb_root(lemma: str) -> str:
    return lemma[:5]


class Antecedents:
    """Stems of what a text said up to a point (shared by the runtime check and the corpus
    statistics, so both judge "mentioned before" alike)."""

    def __init__(self, synonyms: dict[str, set[str]] | None = None, lexicon=None):
        self.synonyms = synonyms or {}
        # round 27 (d1; ``[dangling] short_heads``): the keys of known words (the topic vectors' vocabulary) by which a
        # 3-letter head is taken up from an earlier compound only where the compound splits at a known part
        # (``short_head``); None keeps the old test, which the corpus counts (anaphoricity.json) were made with
        self.lexicon = lexicon
        self.keys: set[str] = set()
        self.verb_roots: set[str] = set()
        self._words: list[str] = []
        self._text = ""
        self.noun_keys: set[str] = set()  # of nouns and names only (``has_modifier``)

    def add_word(self, word: str, verb_lemma: str | None = None) -> None:
        if verb_lemma is not None:
            self.verb_roots.add(_verb_root(verb_lemma))
        else:
            self.keys.add(stem(word.replace("-", "")))
            if "-" in word:
                self.keys.update(stem(p) for p in word.split("-") if len(p) >= 3)
        self._words.append(word.lower())

    def add_sentence(self, toks: list[Tok]) -> None:
        # ``add_word`` per token, inlined (the check adds every token of an article: bench/README.md, round 28)
        keys, roots, words, noun_keys = self.keys, self.verb_roots, self._words, self.noun_keys
        for t in toks:
            tag, word = t.tag, t.text
            if tag[:2] in _VERB_TAGS:
                roots.add(t.lemma[:5])  # _verb_root
            elif tag not in _FUNCTION_TAGS:
                k = stem(word.replace("-", ""))
                keys.add(k)
                if "-" in word:
                    keys.update(stem(p) for p in word.split("-") if len(p) >= 3)
                if tag in _NOUN_TAGS:
                    noun_keys.add(k)
            else:
                continue
            words.append(word.lower())

    def has_modifier(self, word: str) -> bool:
        """An earlier noun is the first part of this compound ("Der Flughafenbereich" after "Flughafen", "Die
        Staatsanwaltschaft" after "Staat"): the compound names a part, role or aspect of something the text
        named, which a reader takes as given (bridging). ``has`` covers the head ("Friedenstruppe" -> "Die
        Truppe"), not the modifier. Both parts at least ``MIN_MODIFIER`` / ``MIN_KEY`` letters. Not used by the
        corpus counts (anaphoricity.json), so it is an option of the check (``[dangling] modifier_antecedents``)."""
        k = stem(word.replace("-", ""))
        return any(len(e) >= MIN_MODIFIER and len(k) - len(e) >= MIN_KEY and k.startswith(e) for e in self.noun_keys)

    def _known_part(self, r: str) -> bool:
        if len(r) < SHORT_HEAD:
            return False
        lex = self.lexicon
        if r in lex or any(r.endswith(x) and len(r) - len(x) >= SHORT_HEAD and r[:-len(x)] in lex for x in _LINKS):
            return True
        # two known parts ("armband" = "arm" + "band"), the second with or without a linking element
        return any(r[:c] in lex and (r[c:] in lex or any(r[c:].endswith(x) and len(r) - c - len(x) >= SHORT_HEAD
                                                            and r[c:-len(x)] in lex for x in _LINKS))
                   for c in range(SHORT_HEAD, len(r) - SHORT_HEAD + 1))

    def short_head(self, k: str) -> bool:
        """A 3-letter head taken up from an earlier compound ending in it ("Die Uhr" after "Armbanduhr", "Der Rat" after
        "Stadtrat"), where the rest of the compound is a known word, with or without a linking element, or two known words
        of at least 3 letters each ("Apparat", "Motor", "Faktor" are no compounds of "Rat" or "Tor"). Needs ``lexicon``."""
        if self.lexicon is None or len(k) != SHORT_HEAD:
            return False
        return any(len(e) - SHORT_HEAD >= SHORT_HEAD and e.endswith(k) and self._known_part(e[:-SHORT_HEAD])
                   for e in self.keys)

    def has(self, word: str) -> bool:
        k = stem(word.replace("-", ""))
        if k in self.keys:
            return True
        if self.short_head(k):
            return True
        if len(k) >= MIN_KEY:
            if self._words:
                self._text += " " + " ".join(self._words)
                self._words = []
            # the head of an earlier compound ("Friedenstruppe" -> "Truppe") or an inflected form in running text
            if k in self._text:
                return True
            if any(len(e) >= MIN_KEY and (e.endswith(k) or k.endswith(e)) for e in self.keys):
                return True
        if self.synonyms.get(k, set()) & self.keys:
            return True
        # nominalised verbs: "Vorschlag" <- "vorgeschlagen"/"schlägt vor" share the root
        return len(k) >= 5 and _verb_root(k) in self.verb_roots




def unresolved(sents: list[list[Tok]], synonyms: dict[str, set[str]], skip_first: int = 1,
               event_nouns: set[str] | None = None, person_nouns: set[str] | None = None,
               attributes: bool | str = False, modifiers: bool = False,
               relational: bool = False, lexicon=None) -> list[tuple[Candidate, bool]]:
    """Every sentence-initial definite NP from sentence ``skip_first`` on, with whether it has an antecedent.
    With ``event_nouns`` (stems; None leaves them out) the reader's resolvers of ``resolve.py`` count too
    (derivation, compound heads of synonyms, event nouns), as in generator v5, which never records a
    reference they resolve as dangling. ``person_nouns`` (stems): a person noun has an antecedent in any
    person named before ("Der Mann" after "Hans Meier"; the generator has no NER, so only the check has this).
    ``attributes``: any prepositional attribute or close apposition anchors a candidate (``anchored``);
    ``modifiers``: a compound whose first part the text named before has it as antecedent (``Antecedents.has_modifier``);
    ``relational``: NPs with a relational adjective are candidates too (``definite_nps``);
    ``lexicon`` (round 27): known word keys by which a 3-letter head is taken up from a compound (``Antecedents.short_head``)."""
    ante = Antecedents(synonyms, lexicon)
    named_person = False
    res = Resolver(synonyms, event_nouns) if event_nouns is not None else None
    cands = {c.sent: c for c in definite_nps(sents, attributes, relational)}
    out = []
    last = max((si for si in cands if si >= skip_first), default=-1)
    for si, toks in enumerate(sents):
        c = cands.get(si)
        if c is not None and si >= skip_first:
            has = ante.has(c.noun.text) or (modifiers and ante.has_modifier(c.noun.text))
            if not has and res is not None:
                has = res.resolves(c.noun.text) is not None
            if not has and person_nouns and named_person:
                has = c.noun.key in person_nouns
            out.append((c, has))
        if si >= last:
            break  # what the text said from here on is read by no candidate
        named_person = named_person or any(t.ent == "PER" for t in toks)
        ante.add_sentence(toks)
        if res is not None:
            res.add_words([t.text for t in toks])
    return out


DANGLING_FEATURES = ("score", "ratio", "countable", "fit", "has_fit", "closest", "log_total", "log_def_first", "sent_pos",
                     "n_adj", "compound_head", "prefix", "contained", "pp_after", "per_before", "sub_fit", "sub_z", "sub_prev", "slot", "slot_gap",
                     "intro_share", "needs_intro", "later", "bridge", "bridge_n", "has_bridges")
BRIDGE_FEATURES = ("bridge", "bridge_n", "has_bridges")

# lower-case words that license nothing in particular (they are in most texts; the table's max-df drops the rest)
_ASSOC_STOP = {"werden", "wurde", "wurden", "worden", "haben", "hatte", "hatten", "nicht", "einer", "einem", "einen",
               "eines", "dieser", "diese", "dieses", "diesem", "diesen", "sowie", "schon", "wieder", "sollen", "sollte",
               "können", "konnte", "müssen", "musste", "seien", "seine", "seiner", "seinen", "seinem", "ihren", "ihrer",
               "ihrem", "unter", "durch", "gegen", "zwischen", "allerdings", "bereits", "damit", "dabei", "wegen",
               "während", "nachdem", "sowohl", "welche", "welcher", "dessen", "deren", "andere", "anderen", "weitere",
               "weiteren", "immer", "sagte", "erklärte", "meinte"}


def assoc_key(word: str) -> str | None:
    """What a lower-case word licenses a noun by (bridges.json): its first six letters, so that the forms of a
    verb ("wechselt", "wechselte") count as one; function words and short words license nothing."""
    w = word.lower()
    if len(w) < 5 or not w.isalpha() or w in _ASSOC_STOP:
        return None
    return w[:6]


def _bridge_keys(toks: list[Tok]) -> set[str]:
    keys = set()
    for t in toks:
        if t.is_noun:
            keys.add(t.key)
        elif t.text[:1].islower() and t.tag not in _FUNCTION_TAGS:
            k = assoc_key(t.text)
            if k is not None:
                keys.add(k)
    return keys


def bridge_features(noun: Tok, before: list[list[Tok]], table: dict[str, dict[str, float]] | None) -> dict[str, float]:
    """How strongly the words before the reference license its noun by bridging: the corpus association
    (PMI of "W comes before the first mention of N in a text", training/checks/build_bridges.py) of its
    strongest earlier licensor, and how many licensors the text has ("Der Vertrag" after "wechselt",
    "Transfer"; "Der Motor" after "Wagen"). A compound the table lacks is looked up by its head."""
    if not table:
        return {"bridge": 0.0, "bridge_n": 0.0, "has_bridges": 0.0}
    k = noun.key
    lic = table.get(k)
    if lic is None:
        lic = next((table[k[c:]] for c in range(1, len(k) - MIN_KEY + 1) if k[c:] in table), None)
    if lic is None:
        return {"bridge": 0.0, "bridge_n": 0.0, "has_bridges": 0.0}
    keys = set()
    for toks in before:
        keys |= _bridge_keys(toks)
    hits = [p for w, p in lic.items() if w in keys]
    return {"bridge": max(hits, default=0.0), "bridge_n": math.log1p(len(hits)), "has_bridges": 1.0}


BRIDGE_PART_FEATURES = ("bridge_part", "bridge_part_n")


def bridge_part_features(noun: Tok, before: list[list[Tok]], table: dict[str, dict[str, float]] | None) -> dict[str, float]:
    """``bridge_features`` with the earlier nouns also read by their parts (round 29): a compound the table does not
    know as a licensor still licenses by its head or first part ("Der Fahrer" after "Unfallwagen": "wagen"; "Die
    Anklage" after "Mordprozess": "prozess"). Every earlier key and its parts of at least ``MIN_KEY + 1`` letters that
    the noun's licensors name; the strongest PMI and how many."""
    if not table:
        return {"bridge_part": 0.0, "bridge_part_n": 0.0}
    k = noun.key
    lic = table.get(k)
    if lic is None:
        lic = next((table[k[c:]] for c in range(1, len(k) - MIN_KEY + 1) if k[c:] in table), None)
    if lic is None:
        return {"bridge_part": 0.0, "bridge_part_n": 0.0}
    keys = set()
    for toks in before:
        keys |= _bridge_keys(toks)
        for t in toks:
            w = t.text.lower().replace("-", "")
            if t.is_noun and len(w) > 2 * MIN_KEY:
                # heads and first parts of at least MIN_KEY + 1 letters, stemmed as a word of their own ("wagen" ->
                # "wage", where the compound's stem is "unfallwag")
                keys.update(stem(w[c:]) for c in range(1, len(w) - MIN_KEY))
                keys.update(stem(w[:c]) for c in range(MIN_KEY + 1, len(w)))
    hits = [p for w, p in lic.items() if w in keys]
    return {"bridge_part": max(hits, default=0.0), "bridge_part_n": math.log1p(len(hits))}


def features(cand: Candidate, counts: tuple[int, ...], topic, n_sents: int, cfg: dict,
             toks: list[Tok] | None = None, extended: bool = True) -> dict[str, float]:
    """What the dangling classifier (models/checks_de/dangling.json) judges a candidate by: how often its
    noun is definite at a first mention and introduced with "ein" in the corpus (smoothed towards
    the priors of config/checks.toml), how well it fits the article's topic and its closest word,
    and where it stands."""
    def_first, _def_later, other_first, indef, total = counts
    prior = cfg.get("prior_first_definite", 0.4)
    strength = cfg.get("prior_strength", 4)
    ratio = (def_first + strength * prior) / (def_first + other_first + strength)
    countable = (indef + strength * cfg.get("prior_indefinite", 0.15)) / (total + strength)
    fit, closest = None, -1.0
    prefix, contained, per_before = 0.0, 0.0, 0.0
    sub = {"sub_fit": 0.0, "sub_z": 0.0, "sub_prev": 0.0, "slot": 0.0, "slot_gap": 0.0}
    if topic is not None:
        fits = topic.fit([cand.noun])
        fit = fits[0][1] if fits else None
        closest = topic.closest([cand.noun])
        # a relative of the noun elsewhere ("Die Fertigung" in a text on a factory that "fertigt"),
        # and a person named before a role noun could refer to ("Die Politikerin" after "Julia Timoschenko")
        if extended:  # round 3's features (not in the shipped model) cost a pass over the article's words
            prefix, contained = topic.shared_forms([cand.noun])
            per_before = float(any(si < cand.sent for si in topic.per_sents))
            sub = topic.sub_features(cand.noun, None, {cand.noun.i})
    # a prepositional attribute may pin the referent down ("Die Zusammenarbeit zwischen den Behörden")
    j = cand.noun.i - cand.det.i + 1
    pp_after = float(toks is not None and j < len(toks) and toks[j].tag in ("APPR", "APPRART"))
    fit_v = fit if fit is not None else cfg.get("unknown_fit", 0.15)
    score = ratio + cfg.get("fit_weight", 1.0) * fit_v - cfg.get("indefinite_weight", 0.5) * countable
    return {"score": score, "ratio": ratio, "countable": countable, "fit": fit_v, "has_fit": float(fit is not None),
            "closest": closest, "log_total": math.log1p(total), "log_def_first": math.log1p(def_first),
            "sent_pos": cand.sent / max(1, n_sents - 1), "n_adj": float(cand.noun.i - cand.det.i - 1),
            "compound_head": float(len(cand.noun.text) >= 12), "rel_adj": float(cand.relational), "prefix": prefix, "contained": contained,
            "pp_after": pp_after, "per_before": per_before, "sub_fit": sub["sub_fit"], "sub_z": sub["sub_z"],
            "sub_prev": sub["sub_prev"], "slot": sub["slot"], "slot_gap": sub["slot_gap"],
            # a noun that texts introduce with "ein" often enough needs an antecedent; a unique referent does not
            # ("ein Vertrag" 18 %, "die Polizei" <1 %): unsmoothed, and as the 10 % line a reader's sense draws
            "intro_share": indef / total if total else 0.0, "needs_intro": float(total >= 3 and indef >= 0.1 * total),
            "later": later_mentions(cand, topic._sents if topic is not None else None),
            # round 17: a person noun ("Der Politiker", "Die Sprecherin"; topic.person_noun, read off the corpus's
            # female forms) after a named person takes that person up, as the resolvers' hand list does for a few nouns
            **_person(cand, topic, per_before, extended), **part_features(cand, topic),
            # round 22: the noun and its compound parts against the sentences before it only (dangling_context.py)
            **context_features(cand, topic), **swap_grammar(cand, toks)}


_DET_GENDER = {"der": "Masc", "das": "Neut", "die": "Fem"}


def swap_grammar(cand: Candidate, toks: list[Tok] | None) -> dict[str, float]:
    """Round 24: whether the noun disagrees with its own article or verb, as a reader hears it ("Der Minderjährigen kostete",
    "Die Ausbreitung sowie auch die FDP sprechen"): ``g_clash`` the morphologizer's gender of a singular noun against the
    article's, ``n_clash`` the noun's number against that of the sentence's root finite verb after it (the census's test,
    training/checks/dangling_side_census.py ``grammar_clash``). Read only by a model naming them."""
    out = {"g_clash": 0.0, "n_clash": 0.0}
    if toks is None:
        return out
    det, n = cand.det.text.lower(), cand.noun
    if n.gender and det in _DET_GENDER and n.number != "Plur" and n.gender != _DET_GENDER[det]:
        out["g_clash"] = 1.0
    j = n.i - cand.det.i
    verb = next((t for t in toks[j + 1:] if t.tag in _FINITE), None)
    if verb is not None and verb.number and n.number and verb.number != n.number and verb.dep in ("ROOT", "root"):
        out["n_clash"] = 1.0
    return out


def _person(cand: Candidate, topic, per_before: float, extended: bool) -> dict[str, float]:
    """Round 17's ``person`` / ``person_named`` (measured, not in the shipped model: checks_de card, round 17); only with the
    extended features, which need the subword model's vocabulary."""
    if not extended or topic is None or topic.subword is None or not topic.subword.context_index:
        return {"person": 0.0, "person_named": 0.0}
    p = person_noun(cand.noun, topic.subword.context_index)
    return {"person": p, "person_named": p * per_before}


RELATIONAL_FEATURES = ("rel_gen", "rel_poss")


def load_relational(directory: str, name: str = "relational.json") -> dict | None:
    """The relational-noun counts of ``dangling_relational.py`` in a model or fold directory; None when not built."""
    import json
    from pathlib import Path

    p = Path(directory) / name
    return json.loads(p.read_text("utf-8")) if p.exists() else None


def relational_features(word: str, table: dict | None) -> dict[str, float]:
    """Round 21: how often the corpus ties the noun to a possessor on the spot (models/checks_de/relational.json,
    training/checks/dangling_relational.py): its definite mentions followed by a genitive or "von" ("der Präsident der
    Ukraine", "die Zahl der Toten") and its mentions after a possessive article ("sein Sprecher"), each smoothed towards
    the corpus-wide share. A relational or functional noun opens a text definite by bridging to a possessor the text
    gives or implies; a sortal one ("ein Brief") needs an introduction. An unseen compound takes its head's counts."""
    if not table:
        return {"rel_gen": 0.0, "rel_poss": 0.0}
    counts, prior, a = table["counts"], table["prior"], table["strength"]
    k = stem(word.replace("-", ""))
    c = counts.get(k)
    if c is None:
        c = next((counts[k[i:]] for i in range(1, len(k) - MIN_KEY + 1) if k[i:] in counts), None)
    if c is None:
        return {"rel_gen": prior[0], "rel_poss": prior[1]}
    definite, gen, poss, total = c
    return {"rel_gen": (gen + a * prior[0]) / (definite + a), "rel_poss": (poss + a * prior[1]) / (total + a)}


PART_FEATURES = ("part_max", "part_min", "part_known")


def part_features(cand: Candidate, topic) -> dict[str, float]:
    """Round 21: the topic fit of a compound's parts. A compound the topic vectors do not know gets the mean vector of its
    longest known head and first part (``WordVectors._lookup``); here each part is scored on its own against the article
    without the candidate: ``part_max`` / ``part_min`` the better / worse part's cosine, ``part_known`` how many vectors the
    word has (1 a known word, 2 an unknown compound of two known parts, 0 none). A compound the story bridges ("Die Tatwaffe",
    "Der Absturzort") has a part the text is about; one from nowhere ("Die Rauchvergiftung" in an auction story) none."""
    zero = {"part_max": 0.0, "part_min": 0.0, "part_known": 0.0}
    vecs = getattr(topic, "vectors", None) if topic is not None else None
    if vecs is None:
        return zero
    rest = topic.total
    own = topic.word.get(cand.noun.i)
    if own is not None:
        rest = rest - own[0] * own[1]
    rn = float(np.linalg.norm(rest))
    keys = word_keys(cand.noun.text)
    if not keys or rn == 0:
        return zero
    ids = [vecs.index[k] for k in keys if k in vecs.index][:1]
    if not ids:
        ids = compound_parts(vecs.index, keys[0])
    if not ids:
        return zero
    sims = [float(vecs.vectors[i] @ rest) / rn for i in ids]
    return {"part_max": max(sims), "part_min": min(sims), "part_known": float(len(ids))}


def later_mentions(cand: Candidate, sents: list[list[Tok]] | None) -> float:
    """Sentences after the candidate's that name its noun again (log-scaled): a thing the text goes on
    about but never introduced is what a cut introduction leaves behind."""
    if not sents:
        return 0.0
    k = cand.noun.key
    n = sum(1 for toks in sents[cand.sent + 1:] if any(t.is_noun and (t.key == k or (len(k) >= MIN_KEY and t.key.endswith(k)))
                                                       for t in toks))
    return math.log1p(n)


PF_FEATURES = ("pf_own", "pf_rank", "pf_known")
# round 25: how selective the head's subject slot is, and the fit read through it (``predicate_fit``)
PF_SELECT = ("pf_spread", "pf_rank_x", "pf_own_x")
# round 26: the swapped noun against what this article puts in that role (``predicate_fit``)
PF_CONTRAST = ("pf_role_gap", "pf_role_rank", "pf_role_known")
# round 26: the rank read through the slot's gap (``pf_slot``)
PF_SLOT = ("pf_rank_s",)


def pf_slot(f: dict[str, float]) -> dict[str, float]:
    """Round 26: the predicate-fit rank (centred, 0 for an unknown head) times ``slot_gap`` (the noun against its ±5-word
    window, compared with the article's other nouns there): a noun that misfits its verb AND its window is the swap's
    mark; each alone is often a rare verb or an odd phrase. Needs ``features(extended=True)`` and ``predicate_fit``."""
    return {"pf_rank_s": (f.get("pf_rank", 0.5) - 0.5) * f.get("slot_gap", 0.0)}


def predicate_fit(cand: Candidate, topic, toks: list[Tok] | None) -> dict[str, float]:
    """Round 24: how well the noun fits the word governing it in the parse ("Der Abbruch war … deportiert worden": the
    swapped-in subject does not fit its verb), by the floret skip-gram's own association, log-sigmoid(input(noun) .
    output(head)) (``SubwordVectors.fit_to``; the head's surface form first, then its lemma): ``pf_own`` that fit,
    ``pf_rank`` the share of the article's other nouns (up to 80) fitting the head better, ``pf_known`` whether the head
    has an output vector (0 / 0.5 / 0 when not). As training/checks/predicate_fit.py ``dangling`` builds the pools' rows.
    Read only by a model naming them (``[dangling] predicate_fit``).

    Round 25: a misfit says something only where the head's slot is selective ("Die Saison räumte … ein" against "Die
    Frau hat …": "hat" takes almost any subject, so every noun of the article fits it alike). ``pf_spread`` is the spread
    (standard deviation) of the article's other nouns' fits to the head, 0 when unknown; ``pf_rank_x`` and ``pf_own_x``
    are the rank (centred) and the own fit less the others' mean, each times that spread."""
    out = {"pf_own": 0.0, "pf_rank": 0.5, "pf_known": 0.0, "pf_spread": 0.0, "pf_rank_x": 0.0, "pf_own_x": 0.0,
           "pf_role_gap": 0.0, "pf_role_rank": 0.5, "pf_role_known": 0.0}
    noun = cand.noun
    sub = getattr(topic, "subword", None) if topic is not None else None
    gov = next((t for t in toks if t.i == noun.head and t.i != noun.i), None) if toks else None
    if sub is None or sub.context is None or gov is None:
        return out
    others = list(dict.fromkeys(t.text for ts in topic._sents for t in ts
                                if t.tag == "NN" and len(t.text) >= 3 and t.key != noun.key))[:80]
    # round 26: the nouns this article itself puts in the candidate's role (its subjects, for a subject) — an article
    # whose subjects are persons and bodies makes a swapped-in "Die Saison" stand out even before a verb that takes anything
    # (measured on the pools: it says what pf_rank says; no model reads it — checks_de card, round 26)
    role = list(dict.fromkeys(t.text for ts in topic._sents for t in ts if t.tag == "NN" and len(t.text) >= 3
                              and t.dep == noun.dep and t.key != noun.key))[:80]
    extra = [w for w in role if w not in set(others)]
    for form in dict.fromkeys((gov.text, gov.lemma)):
        fit = sub.fit_to([noun.text] + others + extra, form)
        if fit is not None:
            rest = fit[1:len(others) + 1]
            rank = float((rest > fit[0]).mean()) if len(rest) else 0.5
            spread = float(rest.std()) if len(rest) > 1 else 0.0
            gap = float(fit[0] - rest.mean()) if len(rest) else 0.0
            out = {"pf_own": float(fit[0]), "pf_known": 1.0, "pf_rank": rank, "pf_spread": spread,
                   "pf_rank_x": (rank - 0.5) * spread, "pf_own_x": gap * spread,
                   "pf_role_gap": 0.0, "pf_role_rank": 0.5, "pf_role_known": 0.0}
            if len(role) >= 2:
                at = {w: k for k, w in enumerate([noun.text] + others + extra)}
                rf = fit[[at[w] for w in role]]
                out.update(pf_role_gap=float(fit[0] - rf.mean()), pf_role_rank=float((rf > fit[0]).mean()), pf_role_known=1.0)
            return out
    return out
