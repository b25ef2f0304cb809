"""Rule-based sentence segmentation for web news text, as a spaCy component.

It runs after the tagger/morphologizer and before the parser and presets ``is_sent_start``
on every token, so the parser only parses within the sentences chosen here (spaCy's parser
respects preset boundaries). Rules, in order of strength:

* line breaks (paragraphs, headlines without a final period) are boundaries;
* terminal punctuation (+ closing quotes) followed by a token that can open a sentence;
* a token with a trailing period (abbreviation, ordinal, year) ends a sentence only when
  the next word clearly opens one: never after titles/"z. B.", never before a month name;
* a colon between two main clauses, each with a finite verb, before a capitalised word (not a
  quote mark) starts a sentence, quotes-de's convention where it is regular (``colon_sentences``;
  the same after a semicolon, ``semicolon_sentences``, is off);
* glued sentences, where the period was lost: a verb-final subordinate clause ("dass ...
  berücksichtigen müsse") directly followed by a capitalised word ("Wichtige"), with HanTa
  as a second opinion on the finite verb; or a capitalised function word from a closed list
  ("… unbeschreiblich Also dieser …") where a clause can end. Such a boundary's first token
  gets ``Token._.glued = True``. This needs the tagger's STTS tags and morphology; without
  them (blank pipelines, English) glued detection is off;
* last, a learned scorer over the joins the rules left alone (a word directly followed by a
  capitalised word, no boundary yet: "… ums Leben gekommen Polizisten sagten …"): logistic
  regression over our tags on both sides, whether each side has a finite verb, HanTa's word
  class of the left word and (its known-word list only) of the capitalised right word as
  written, trained on quotes-de train glued variants
  (``python -m training.ud.glue_joins``); a join scored above ``join_threshold`` is a glued
  boundary too.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..config import models_dir
from . import hanta_speed, hanta_table

if not Token.has_extension("glued"):
    Token.set_extension("glued", default=False)

RULES_FILE = Path(__file__).resolve().parent.parent / "config" / "segment.toml"


@dataclass(frozen=True)
class Rules:
    terminal: frozenset[str]
    quotes: frozenset[str]
    continue_after_newline: frozenset[str]
    never_end: frozenset[str]
    months: frozenset[str]
    starters: frozenset[str]
    starter_pos: frozenset[str]
    subordinator_tags: frozenset[str]
    subordinators: frozenset[str]
    glue_exceptions: frozenset[str]
    titles: tuple[tuple[str, ...], ...]
    glue_function_words: bool
    function_pos: frozenset[str]
    function_words: frozenset[str]
    glue_after_pos: frozenset[str]
    clause_end_tags: frozenset[str]
    verb_end_tags: frozenset[str] = frozenset()
    verb_end_not_after: frozenset[str] = frozenset()
    verb_end_tagged_as: frozenset[str] = frozenset()
    verb_end_adj_after: frozenset[str] = frozenset()
    verb_end_fin_tags: frozenset[str] = frozenset()
    verb_end_sein_after: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    finite_tagged_as: frozenset[str] = frozenset()
    function_words_trusted: frozenset[str] = frozenset()
    title_nouns: tuple[str, ...] = ()
    prep_particles: frozenset[str] = frozenset()
    prep_particle_not_before: frozenset[str] = frozenset()
    sie_before_verb: frozenset[str] = frozenset()
    join_model: str = ""
    join_threshold: float = 1.0
    sie_openers: frozenset[str] = frozenset()
    colon_sentences: bool = False
    semicolon_sentences: bool = False
    colon_min_left: int = 0
    colon_comma_before_verb: bool = True
    join_clause_pair: bool = False
    continue_after_newline_tags: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def rules_for(lang: str) -> Rules:
    cfg = tomllib.loads(RULES_FILE.read_text("utf-8"))
    common = cfg["common"]
    own = cfg.get(lang, cfg["en"])

    def fs(key: str, src: dict) -> frozenset[str]:
        return frozenset(x.lower() for x in src.get(key, []))

    return Rules(
        terminal=frozenset(common["terminal"]),
        quotes=frozenset(common["quotes"]),
        continue_after_newline=frozenset(common["continue_after_newline"]),
        never_end=fs("never_end", own),
        months=fs("months", own),
        starters=fs("starters", own),
        starter_pos=frozenset(own.get("starter_pos", [])),
        subordinator_tags=frozenset(own.get("subordinator_tags", [])),
        subordinators=fs("subordinators", own),
        glue_exceptions=fs("glue_exceptions", own),
        titles=tuple(tuple(t.lower().split()) for t in own.get("titles", [])),
        glue_function_words=bool(own.get("glue_function_words", False)),
        function_pos=frozenset(own.get("function_pos", [])),
        function_words=fs("function_words", own),
        glue_after_pos=frozenset(own.get("glue_after_pos", [])),
        clause_end_tags=frozenset(own.get("clause_end_tags", [])),
        verb_end_tags=frozenset(own.get("verb_end_tags", [])),
        verb_end_not_after=fs("verb_end_not_after", own),
        verb_end_tagged_as=frozenset(own.get("verb_end_tagged_as", [])),
        verb_end_adj_after=frozenset(own.get("verb_end_adj_after", [])),
        verb_end_fin_tags=frozenset(own.get("verb_end_fin_tags", [])),
        verb_end_sein_after=frozenset(own.get("verb_end_sein_after", [])),
        particles=fs("particles", own),
        finite_tagged_as=frozenset(own.get("finite_tagged_as", [])),
        function_words_trusted=fs("function_words_trusted", own),
        title_nouns=tuple(x.lower() for x in own.get("title_nouns", [])),
        prep_particles=fs("prep_particles", own) if own.get("glue_prep_particles", False) else frozenset(),
        prep_particle_not_before=fs("prep_particle_not_before", own),
        sie_before_verb=fs("sie_before_verb", own) if own.get("glue_sie_before_verb", False) else frozenset(),
        join_model=own.get("join_model", "") if own.get("glue_join_model", False) else "",
        join_threshold=float(own.get("join_threshold", 1.0)),
        # case-sensitive: only the capitalised pronoun is formal address or a sentence opener
        sie_openers=frozenset(own.get("sie_openers", [])) if own.get("glue_sie_openers", False) else frozenset(),
        colon_sentences=bool(own.get("colon_sentences", False)),
        semicolon_sentences=bool(own.get("semicolon_sentences", False)),
        colon_min_left=int(own.get("colon_min_left", 0)),
        colon_comma_before_verb=bool(own.get("colon_comma_before_verb", True)),
        join_clause_pair=bool(own.get("join_clause_pair", False)),
        continue_after_newline_tags=frozenset(own.get("continue_after_newline_tags", []))
        if own.get("newline_tag_continuation", False) else frozenset(),
    )


def _is_finite_verb(tok: Token, has_tag: bool, has_morph: bool) -> bool:
    # Tagger and morphologizer must agree where both exist: either alone confuses
    # participle adjectives ("verseuchte Fahrbahndecke") with finite verbs.
    if has_tag:
        if tok.tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
            return False
        if not has_morph:
            return True
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


@lru_cache(maxsize=1)
def _hanta():
    """HanTa (lexicon + HMM, trained on TIGER): too slow for every token, but a cheap
    second opinion on the few candidate glued joins. None if not installed."""
    try:
        from HanTa import HanoverTagger
    except ImportError:
        return None
    # its per-word morpheme search done the same way with less overhead, each word's answer
    # memoised across callers (segmenter, mood rules, second opinion, NER rules): hanta_speed.py
    return hanta_speed.install(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"))


def _hanta_confirms(doc: Doc, first: int, verb: int, nxt: int) -> bool:
    tagger = _hanta()
    if tagger is None:
        return True
    words = [t for t in doc[first : min(len(doc), nxt + 3)] if not t.is_space]
    # taglevel 0: the tags alone (level 1 adds a lemma, one more morpheme search per word, unread)
    tags = {t.i: tag for t, tag in zip(words, tagger.tag_sent([t.text for t in words], taglevel=0), strict=True)}
    return tags.get(verb, "").endswith("(FIN)") and not tags.get(nxt, "").startswith("$")


@lru_cache(maxsize=100_000)
def hanta_analysis(low: str) -> tuple | None:
    """HanTa's analysis of a word form, (stem, morphemes, tag) as ``analyze(taglevel=3)`` gives
    it, or None without HanTa. One cache for the segmenter and the mood rules: the tag is the
    same at every taglevel, and cold look-ups were a good part of the model pass. Frequent forms
    come from the shipped table (newsgraph/nlp/hanta_table.py), which holds HanTa's own answers."""
    hit = hanta_table.tables()[0].get(low)
    if hit is not None:
        return hit
    tagger = _hanta()
    return tagger.analyze(low, taglevel=3) if tagger is not None else None


def _hanta_word_tag(low: str) -> str:
    analysis = hanta_analysis(low)
    return analysis[-1] if analysis is not None else ""


@lru_cache(maxsize=100_000)
def hanta_lexicon_class(word: str) -> str:
    """HanTa's word class of ``word`` as written (case counts: "Damals" ADV, "Abend" NN, "Erst"
    ADV) when HanTa's own list of known words holds it, "unk" when it does not, "" without HanTa.
    Only the list is read, never the morpheme search (0.3-1 ms a word cold), so this is a dict
    look-up for every capitalised word of a join: a capital mid-sentence on a word German writes
    in lower case (adverb, pronominal adverb, preposition) opens a sentence unless it is a name."""
    tagger = _hanta()
    if tagger is None:
        return ""
    if tagger.normalize(word) not in tagger.cache:
        return "unk"
    tags = tagger.tag_word(word)
    return tags[0][0] if tags else "unk"


def _capitalised_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


_FIN = frozenset(["VVFIN", "VAFIN", "VMFIN"])
_MEMO_MAX = 200_000
# Tokens that end a clause for the join scorer's "finite verb in this clause" features.
_JOIN_STOP = frozenset([",", ";", ":", "–", "-", "(", ")", "„", "“", '"', "»", "«"])
# Closed-class words the join scorer knows by name: first words of a second sentence (and formal
# address, which opens one only after some verbs) and separable particles that end a first one.
_JOIN_PREP_PARTICLES = frozenset(["an", "ab", "auf", "aus", "bei", "durch", "ein", "mit", "nach", "statt", "um", "vor", "zu"])
# Tags of a word inside a noun or prepositional phrase, never its last word ("den persönlichen | Sachen").
_JOIN_PRENOMINAL = frozenset(["ADJA", "ART", "CARD", "PIAT", "PPOSAT", "PDAT", "APPR", "APPRART", "KON", "KOKOM", "KOUS"])
# Tags of a noun phrase that can stand before a verb-second clause's finite verb ("Hunderte
# Touristen hatten", "Konzernchef Michael O'Leary sagte", "Schafe und andere Tiere werden").
_JOIN_NP_TAGS = frozenset(["NN", "NE", "ART", "ADJA", "CARD", "PIAT", "PPOSAT", "PDAT", "FM", "TRUNC", "KON"])


def _bucket(n: int) -> str:
    if n <= 2:
        return str(n)
    return "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "21+"


@dataclass(frozen=True)
class JoinLexicon:
    """How often a word opens a sentence (capitalised forms, as written) and ends one (lower
    case), as rate buckets, counted on unlabelled German text other than the training set
    (training/ud/glue_joins.py); words seen fewer than 3 times are absent ("unk")."""
    start: dict[str, str]
    end: dict[str, str]


def rate_bucket(k: int, n: int) -> str:
    if n < 3:
        return "unk"
    r = k / n
    return "0" if r == 0 else "<.1" if r < 0.1 else "<.3" if r < 0.3 else "<.6" if r < 0.6 else "hi"


@lru_cache(maxsize=4)
def _join_model(path: str) -> tuple[dict[str, float], float, JoinLexicon | None] | None:
    """(feature weights, bias, lexicon or None) of the glued-join scorer, or None without the file."""
    p = Path(path)
    if not p.is_absolute():
        p = models_dir() / p
    if not p.exists():
        return None
    d = json.loads(p.read_text("utf-8"))
    lex = d.get("lexicon")
    return d["weights"], float(d["bias"]), JoinLexicon(lex["start"], lex["end"]) if lex else None


# The join scorer's features made of two values joined by "|" ("ab=NN|VVFIN", "a_ab=NN|01"): their
# weights are looked up by the pair of values, so that no key string is made per candidate.
_JOIN_PAIRS = frozenset(["ab", "bc", "pa", "a_ab", "b_ab", "hbcu", "ab_lex"])


@lru_cache(maxsize=4)
def _join_tables(path: str) -> dict[str, dict] | None:
    """The join model's weights by feature name (the part before "="): value -> weight, for the
    pairs (value, value) -> weight under every split at a "|", so a pair's look-up finds exactly
    the key its string would be; the names without "=" ("alow", "lc_rv2") under "". None without the model."""
    model = _join_model(path)
    return None if model is None else join_weight_tables(model[0])


def join_weight_tables(weights: dict[str, float]) -> dict[str, dict]:
    """``_join_tables`` of a weights dict."""
    tables: dict[str, dict] = {}
    for key, w in weights.items():
        name, eq, val = key.partition("=")
        if not eq:
            name, val = "", key
        t = tables.setdefault(name, {})
        if name in _JOIN_PAIRS:
            for m, ch in enumerate(val):
                if ch == "|":
                    t[(val[:m], val[m + 1 :])] = float(w)
        else:
            t[val] = float(w)
    return tables


class Segmenter:
    def __init__(self, lang: str):
        self.rules = rules_for(lang)
        # the first words of the titles, so that most tokens are ruled out without a slice per title
        self._title_first = frozenset(t[0] for t in self.rules.titles if t)
        self._empty_title = any(not t for t in self.rules.titles)  # matches anywhere, as the loop would
        # the first tests of _verb_end_glue (its left word's lower case, its tag), so that most lower-case words
        # before a capital are ruled out without a call and its Token reads
        self._verb_end_low = self.rules.particles | {"sein"}
        self._verb_end_tag = self.rules.verb_end_fin_tags | self.rules.verb_end_tagged_as
        # hash -> string of the texts, lower cases and tags the loop reads (a string-store look-up makes a new
        # str each time); cleared past _MEMO_MAX entries, as the other per-word caches of a long ingest
        self._strings: dict[int, str] = {}
        self._scorer = None  # (the join model's tables, _join_scorer of them)

    # -- helpers ---------------------------------------------------------------
    def _opening(self, tok: Token, nxt: Token | None) -> bool:
        """Can ``tok`` be the first token of a sentence?"""
        t = tok.text
        if t in self.rules.quotes or t in ("–", "—", "-", "•", "*"):
            # An opening quote/bracket/bullet is glued to what follows.
            return not tok.whitespace_ and nxt is not None
        c = t[:1]
        return c.isupper() or c.isdigit()

    def _clear_starter(self, tok: Token) -> bool:
        """A capitalised word that opens a sentence rather than continuing a name/amount."""
        if not tok.text[:1].isupper():
            return tok.text in self.rules.quotes and not tok.whitespace_
        low = tok.lower_
        if low in self.rules.starters:
            return True
        return bool(self.rules.starter_pos) and tok.pos_ in self.rules.starter_pos and low not in self.rules.glue_exceptions

    def _abbrev_before_period(self, doc: Doc, i: int) -> bool:
        """The "." at ``i`` completes an abbreviation split off by the tokenizer ("Mag" ".")."""
        if i == 0:
            return False
        prev = doc[i - 1]
        if prev.whitespace_:
            return False
        low = prev.lower_ + "."
        return low in self.rules.never_end or (len(prev.text) == 1 and prev.is_alpha)

    def _is_title(self, doc: Doc, j: int) -> bool:
        if self._empty_title:
            return True
        if j >= len(doc) or doc[j].lower_ not in self._title_first:
            return False
        for title in self.rules.titles:
            words = [t.lower_ for t in doc[j : j + len(title)]]
            if tuple(words) == title:
                return True
        return False

    def _opens_clause(self, doc: Doc, i: int) -> bool:
        """A subordinator whose clause ends with its finite verb (dass/ob/weil ..., relative pronouns)."""
        a = doc[i]
        prev = next((t for t in reversed(doc[max(0, i - 3) : i]) if not t.is_space), None)
        if prev is None or prev.text in self.rules.terminal or prev.text in self.rules.quotes or prev.text == ":":
            # A sentence-initial clause ("Wenn er kommt, gehen wir") ends in a comma and a
            # main clause; read as glued it would leave a bare subordinate clause.
            return False
        if a.lower_ in self.rules.subordinators:
            return True
        if a.tag_ not in self.rules.subordinator_tags:
            return False
        if a.tag_ == "KOUS":
            return True
        # Relative pronouns only right after a comma ("…, die" / "…, an denen"), since a
        # mistagged article would otherwise open a clause that never closes.
        before = [t for t in doc[max(0, i - 2) : i] if not t.is_space]
        if before and before[-1].text == ",":
            return True
        return len(before) == 2 and before[0].text == "," and before[1].pos_ == "ADP"

    def _function_word_glue(self, doc: Doc, a: Token, b: Token) -> bool:
        """A capitalised function word inside a sentence ("… unbeschreiblich Also dieser …"):
        German capitalises only nouns and names mid-sentence, so this opens a new sentence
        unless it begins a title ("berichtete Der Standard", "in Der Pate") or is formal address.
        Titles of works mostly follow prepositions or "wie", so those do not end a sentence.
        After a clause-final participle/infinitive/particle ("… Feuer gelegt Sie …") formal
        address is unlikely, and the tagger's word class for the capitalised word is not needed."""
        trusted = b.lower_ in self.rules.function_words_trusted
        if not _capitalised_word(b) or not (trusted or b.lower_ in self.rules.function_words):
            return False
        # Hyphenated compounds ("US-Dollar", "Crew-Mitglieder") end clauses as well as words.
        if not a.text.replace("-", "").isalpha() or a.text.endswith("-"):
            return False
        if a.is_lower and a.lower_ in self.rules.prep_particles:
            return self._prep_particle_glue(doc, a, b)
        if a.pos_ not in self.rules.glue_after_pos or a.tag_ in ("KOKOM", "KOUS", "APPR", "APPRART"):
            return False
        if self._is_title(doc, b.i) or a.lower_.endswith(self.rules.title_nouns):
            return False
        if a.tag_ in self.rules.clause_end_tags or trusted:
            return True
        return b.pos_ in self.rules.function_pos and (
            b.lower_ not in self.rules.glue_exceptions or self._sie_verb_glue(doc, a, b))

    def _sie_verb_glue(self, doc: Doc, a: Token, b: Token) -> bool:
        """Capitalised "Sie" directly between two lower-case finite verbs (our tags): "… als er
        die Geisel begleitete Sie waren auf …". Formal address sits after its verb too ("Haben
        Sie …", "…, dass wir Sie sehen"), but then the next verb is non-finite or the word
        before is not a verb; a finite verb on both sides is two clauses, the second one's
        subject "sie". Empty ``sie_before_verb`` (glue_sie_before_verb = false) switches it off."""
        r = self.rules
        if b.lower_ not in r.sie_before_verb or not _capitalised_word(b) or b.text.isupper():
            return False
        if not (a.is_alpha and a.is_lower and a.tag_ in ("VVFIN", "VAFIN", "VMFIN")):
            return False
        c = next((t for t in doc[b.i + 1 : b.i + 3] if not t.is_space), None)
        if c is None or not (c.is_alpha and c.is_lower and c.tag_ in ("VVFIN", "VAFIN", "VMFIN")):
            return False
        # Our tagger calls adverbs after "Sie" finite too ("Was schlagen Sie stattdessen vor?",
        # 10kGNAD): HanTa's lexicon must know the word as a verb.
        return _hanta_word_tag(c.lower_).startswith("V")

    def _sie_opener_glue(self, doc: Doc, a: Token, b: Token, fin_before_a: bool, a_opens: bool) -> bool:
        """Capitalised "Sie" (formal address, kept out of every other glued rule) directly followed
        by a finite verb that has more of its clause after it, after a word that can end a clause:
        "… bei der britischen Schutzmacht Sie arbeitete dort …", "… in Panik gerieten Sie glaubten
        …". Formal address before a finite verb is the subject or object of a verb-final clause
        ("…, wenn der Arzt Sie fragt,"), whose verb ends it (comma or period next), or follows a
        word that cannot end a clause (preposition, conjunction, pronoun: "dass wir Sie sehen");
        a sentence's first finite verb before it is verb-second inversion ("Morgen besucht Sie der
        …"), and the first word of a sentence or clause before it is its opener ("STANDARD: Also
        Sie haben nicht vor", 10kGNAD). A finite verb that closes an open verb-final clause (``fin_before_a``
        True) ends a clause whatever precedes it ("…, als sie in Panik gerieten Sie glaubten").
        Read off quotes-de train glued variants (round 18); empty ``sie_openers``
        (glue_sie_openers = false) switches it off."""
        r = self.rules
        if b.text not in r.sie_openers or a_opens or not a.text[-1:].isalpha() or a.text.endswith("-"):
            return False
        before = next((t for t in reversed(doc[max(0, a.i - 3) : a.i]) if not t.is_space), None)
        if before is None or before.is_punct:
            return False  # a clause's first word: "STANDARD: Also Sie haben nicht vor"
        if a.lower_ not in r.particles and (
            a.pos_ not in r.glue_after_pos or a.tag_ in ("KOKOM", "KOUS", "KON", "APPR", "APPRART", "ART")
        ):
            return False
        if a.tag_ in _FIN and not fin_before_a:
            return False
        if self._is_title(doc, b.i) or a.lower_.endswith(r.title_nouns):
            return False
        after = [t for t in doc[b.i + 1 : b.i + 4] if not t.is_space][:2]
        if len(after) < 2:
            return False
        c, d = after
        return c.is_alpha and c.is_lower and c.tag_ in _FIN and d.is_alpha

    def _colon_sentence(self, doc: Doc, i: int, j: int, fin_before: bool, left_words: int) -> bool:
        """A colon or semicolon at ``i`` between two main clauses, each with a finite verb (our
        tags), on one line: the second opens a sentence, the convention of quotes-de (Wikinews)
        where it is regular ("… wurden nun bekanntgegeben: Mit dabei sind …", "… ist gestiegen;
        die Zahl der …"). A colon counts only before a capitalised word, not before a quote mark
        (quotes-de splits there in fewer than half the places, and a cue keeps its quote in one
        sentence), after a left side of at least ``colon_min_left`` words ("Im Gegenteil: Ich
        …", "Sicher ist: …" stay whole), and, unless ``colon_comma_before_verb``, with the right
        side's verb before any comma (a list "Arbeitslosigkeit, ein mangelhaftes …, sind …").
        A semicolon counts before any word. Off by default (colon_sentences / semicolon_sentences)."""
        r = self.rules
        a, b = doc[i], doc[j]
        colon = a.text == ":"
        if not (r.colon_sentences if colon else r.semicolon_sentences) or not fin_before:
            return False
        if not b.is_alpha or (colon and not b.text[:1].isupper()):
            return False
        if colon and left_words < r.colon_min_left:
            return False
        # inside a quotation the semicolon belongs to the quoted speech, which the quote extractor
        # needs whole in one sentence („… zu exportieren; die Regierung scheint …“)
        if not colon and _in_quotation(doc, i):
            return False
        # the left side's finite verb after any earlier colon or semicolon, not a list's
        # verb before it ("Besatzung: X, Pilot; Y, Spezialist; Z")
        for t in reversed(doc[max(0, i - left_words - 1) : i]):
            if t.text in (":", ";"):
                return False
            if t.tag_ in _FIN:
                break
        for t in doc[j : j + 40]:  # the right side's finite verb, on the same line
            if "\n" in t.text or t.text in r.terminal or t.text in (":", ";"):
                return False
            if t.tag_ in _FIN:
                return True
            if colon and t.text == "," and not r.colon_comma_before_verb:
                return False
        return False

    def _prep_particle_glue(self, doc: Doc, a: Token, b: Token) -> bool:
        """A separable particle that is also a preposition ("… fand eine Großdemonstration statt
        Die PAD …", "… streitet dies ab Sein Programm …") before a capitalised function word.
        Our tagger calls the particle a preposition (APPR), which the function-word rule does
        not trust, but a preposition is not followed by a capitalised article, pronoun or adverb
        except in a title ("nach Den Haag"), an acronym ("unter ALS") or formal address ("an
        Sie"), or by a word that is also a noun ("nach Wegen"). The sentence so far must have a
        finite verb (our tags), whose particle this is: not a heading ("Im Hype um Das …") or a
        relative clause still open ("Die Stadtpartei, die mit Für Innsbruck …")."""
        r = self.rules
        if b.text.isupper() or b.lower_ in r.glue_exceptions or b.lower_ in r.prep_particle_not_before:
            return False
        if self._is_title(doc, b.i):
            return False
        for t in reversed(doc[max(0, a.i - 80) : a.i]):
            if t.text in r.terminal or "\n" in t.text:
                return False
            if t.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
                return True
        return False

    def _verb_end_glue(self, doc: Doc, a: Token, b: Token) -> bool:
        """A main clause's closing participle or infinitive directly followed by a capitalised
        word ("… ums Leben gekommen Grund hierfür …", "… wolle darüber sprechen Lorenzen …").
        The right bracket of a German clause is followed only by extraposed phrases and
        clauses, which start in lower case or after a comma, so any capital opens a sentence.
        The small tagger, reading the capital as a noun, often calls the verb an attributive
        adjective, so HanTa decides: first its lexicon (cheap, cached), then its tagger on
        the clause up to the verb, without the capitalised word that misleads ours."""
        if not (a.is_alpha and a.is_lower and _capitalised_word(b)):
            return False
        low = a.lower_
        particle = low in self.rules.particles
        sein = low == "sein" and a.i > 0 and doc[a.i - 1].tag_ in self.rules.verb_end_sein_after
        fin = a.tag_ in self.rules.verb_end_fin_tags
        if not (particle or sein or fin or a.tag_ in self.rules.verb_end_tagged_as):
            return False
        if b.lower_ in self.rules.glue_exceptions and b.lower_ not in self.rules.function_words:
            return False
        if self._is_title(doc, b.i):
            return False
        prev = doc[a.i - 1] if a.i > 0 else None
        if prev is None or prev.tag_ == "KON":
            return False  # a second main-clause verb: "zerstören Trolle … und stellen Menschen bloß"
        if a.tag_ in ("ADJA", "ADJD") and prev.tag_ not in self.rules.verb_end_adj_after:
            # After an article, numeral or adjective the word is more likely what our tagger
            # says, an attribute ("keinen fertigen Gesetzesentwurf"), even if it can be a verb.
            return False
        if not (particle or _hanta_word_tag(low).startswith("V")):
            return False
        start = a.i
        while start > 0 and a.i - start < 12:
            prev = doc[start - 1]
            if prev.is_space or prev.text in self.rules.terminal:
                break
            start -= 1
        words = [t for t in doc[start : a.i + 1] if not t.is_space]
        if len(words) < 3:
            return False
        if any(t.lower_ in self.rules.verb_end_not_after for t in words[-5:-1]):
            return False  # "wie erwartet Anfang Mai", "wie der Stift genannt Apple Pencil"
        if fin or particle:
            # Most words tagged finite before a capital are a main clause's verb ("Die
            # Regierung plant Reformen"); only a second finite verb in the clause, by our
            # own tags, is worth asking HanTa about. Particles need their verb too.
            if not any(t.tag_ in ("VVFIN", "VAFIN", "VMFIN") for t in self._clause_before(words)):
                return False
        tags = _hanta().tag_sent([t.text for t in words], taglevel=0)  # the tags alone, no lemmas
        if not (tags[-1] in self.rules.verb_end_tags or (particle and tags[-1] == "PTKVZ")):
            return False
        # The clause's finite verb (its left bracket: "wurde … gelegt", "wolle … sprechen")
        # must come first in the same clause; without it an "-en" word is more likely a
        # plural finite verb ("Die Kernaussagen setzen Eckpunkte") or a participle attribute.
        for w, tag in zip(reversed(words[:-1]), reversed(tags[:-1]), strict=True):
            if w.text in (",", ";", ":", "–", "(") or w.text in self.rules.quotes:
                return False
            if tag.endswith("(FIN)"):
                return True
        return False

    def _clause_before(self, words: list[Token]) -> list[Token]:
        """The words of ``words[:-1]`` after the last comma, colon, quote or conjunction
        ("… Besitz und die Nutzung gefährdet Nintendos Rechte": a second clause, not a
        participle)."""
        out: list[Token] = []
        for w in reversed(words[:-1]):
            if w.text in (",", ";", ":", "–", "(") or w.text in self.rules.quotes or w.tag_ == "KON":
                break
            out.append(w)
        return out

    def _misread_finite(self, doc: Doc, a: Token) -> bool:
        """A lower-case word in a verb-final clause that our tagger reads as an attribute or
        non-finite form (misled by the capital after it: "…, die auf der Technologie beruht
        Verantwortlichen …") but HanTa's lexicon as a verb; HanTa's tagger then decides."""
        if not (a.is_alpha and a.is_lower and a.tag_ in self.rules.finite_tagged_as):
            return False
        if a.tag_ == "ADJA" and a.lower_.endswith(("e", "er", "es", "em")):
            # An inflected attribute ("der im Dezember verpflichtete Coach") is read the same
            # way; "-t" forms ("beruht") cannot be attributes, "-en" ones are left to HanTa.
            return False
        return _hanta_word_tag(a.lower_).startswith("V")

    def _closes_clause(self, a: Token, b: Token, has_tag: bool, has_morph: bool) -> bool:
        """``a`` is the finite verb that ends an open verb-final clause. Both guards are for
        a tagger that calls too much finite ("… diese Punkte berücksichtigen müsse Wichtige …",
        "für die Erreichung dauerhafter regionaler Stabilität … seien"); with a clause
        closed too early, the real end and its glued join are never looked at."""
        if not _is_finite_verb(a, has_tag, has_morph):
            return False
        if b.tag_ in ("VAFIN", "VMFIN") and not _capitalised_word(b):
            # A verb cluster ends a verb-final clause, its finite verb last; the word before
            # an auxiliary or modal is an infinitive or participle, whatever its ending
            # suggests. A capitalised one would open a glued question, so it still ends it.
            return False
        if a.tag_ == "VVFIN":
            # An adjective read as a verb ("dauerhafter") has no verb reading in HanTa's
            # lexicon. Its noun readings do not count against a verb: the look-up ignores
            # case, so "angriff" is "Angriff" to it. Without HanTa the tags decide, as before.
            tag = _hanta_word_tag(a.lower_)
            return not tag or tag.startswith(("V", "N"))
        return True

    def join_candidates(self, doc: Doc, starts: list[bool], lex: JoinLexicon | None = None) -> list[tuple[int, dict[str, float]]]:
        """Joins the rules left alone, with the join scorer's features: (token index, features).
        A candidate is a capitalised word directly after a word ending in a letter, on the same
        line, with no boundary at it in ``starts`` and not a known title ("nach Den Haag").
        Features read both sides: our STTS tags around the join, HanTa's word class of a
        lower-case left word, whether the left side (back to the last boundary; and within its
        last clause, back to a comma, dash, quote or conjunction) and the right side (up to
        the next such stop) hold a finite verb — two finite verbs in one comma-free stretch,
        split at a capital, are mostly two sentences — how far the last boundary is, HanTa's
        class of the capitalised word as written when its known-word list holds it ("Damals" ADV:
        German writes it in lower case mid-sentence; "Abend" NN), with whether the next word is
        capitalised too (two capitals in a row are more often a name), with ``join_clause_pair``
        whether the left clause is complete and a verb-second clause opens on the right
        (``_v2_clause_from``), and (with ``lex``) how often the right word opens and the left
        word ends a sentence elsewhere."""
        return [(site[0], self._join_features(site)) for site in self._join_sites(doc, starts, lex)]

    def _join_sites(self, doc: Doc, starts: list[bool], lex: JoinLexicon | None, read: tuple | None = None):
        """The candidates of ``join_candidates``, each as the values its features are made of
        (``_join_features`` makes the dict, ``_join_scorer`` sums the weights without one).
        ``read``: what ``__call__`` read of the doc already, per token (texts, tags, space marks,
        alphabetic marks, LOWER ids, lower-case marks), not read again."""
        r = self.rules
        # The non-space tokens' doc positions, texts, tags and alphabetic marks from the doc's
        # arrays, and for the candidates their lower case, UPOS and lower/punctuation marks by doc
        # position: no Token at all (a Token per candidate side was a good part of the segmenter).
        strings = doc.vocab.strings
        if read is None:
            cols = doc.to_array([ORTH, TAG, IS_SPACE, IS_ALPHA, LOWER, POS, IS_LOWER, IS_PUNCT]).T.tolist()
            all_text = [strings[x] for x in cols[0]]
            all_tag, is_space, all_alpha = None, cols[2], cols[3]
            lower_id, upos_id, is_lower, is_punct = cols[4:]
        else:
            all_text, all_tag, is_space, all_alpha, lower_id, is_lower = read
            upos_id, is_punct = doc.to_array([POS, IS_PUNCT]).T.tolist()
        pos = [i for i, sp in enumerate(is_space) if not sp]
        n = len(pos)
        if n < 2:
            return
        text = [all_text[i] for i in pos]
        tag = [strings[cols[1][i]] for i in pos] if all_tag is None else [all_tag[i] for i in pos]
        alpha = [all_alpha[i] for i in pos]
        closed_b = r.function_words | r.function_words_trusted | r.glue_exceptions
        closed_a = _JOIN_PREP_PARTICLES | r.particles
        # Forward pass: last boundary, last finite verb since it, last finite verb since the last stop.
        sent_start = [0] * n
        fin_sent = [False] * n  # a finite verb in toks[sent_start .. k-1]
        fin_clause = [False] * n  # the same after the last stop
        sub_open = [False] * n  # a subordinator after the sentence's last finite verb (its clause still open)
        fin_punct = [False] * n  # a finite verb since the last punctuation stop ("und" does not stop it)
        # a token's lower case is its text's str.lower(): the subordinators by the LOWER column's hashes
        sub_ids = frozenset(hash_string(w) for w in r.subordinators)
        sub_tags = r.subordinator_tags
        s0, fs, fc, so, fp = 0, False, False, False, False
        for k, (i, tx, tg) in enumerate(zip(pos, text, tag, strict=True)):
            if k and starts[i]:
                s0, fs, fc, so, fp = k, False, False, False, False
            sent_start[k], fin_sent[k], fin_clause[k], sub_open[k], fin_punct[k] = s0, fs, fc, so, fp
            if tg in _FIN:
                fs = fc = fp = True
                so = False
            elif tx in _JOIN_STOP:
                fc = fp = False
            elif tg == "KON":
                fc = False
            if tg in sub_tags or lower_id[i] in sub_ids:
                so = True
        for k in range(1, n):
            if starts[pos[k]] or not (alpha[k] and text[k][:1].isupper() and text[k - 1][-1:].isalpha()):
                continue
            # a line break between the two: in the space tokens between them (a's own trailing
            # whitespace is a blank at most)
            if any("\n" in all_text[m] for m in range(pos[k - 1] + 1, pos[k])):
                continue
            i, j = pos[k - 1], pos[k]
            low_a, low_b = strings[lower_id[i]], strings[lower_id[j]]
            if not self._join_sides_ok(doc, j, low_a, low_b, strings[upos_id[i]], tag[k - 1], fin_sent[k]):
                continue
            fin_r, fin_r_pos = False, 0
            for m in range(k + 1, min(n, k + 15)):
                if starts[pos[m]] or text[m] in _JOIN_STOP or tag[m] == "KON" or text[m] in r.terminal:
                    break
                if tag[m] in _FIN:
                    fin_r, fin_r_pos = True, m - k
                    break
            at, bt = tag[k - 1], tag[k]
            ct = tag[k + 1] if k + 1 < n else "END"
            pt = tag[k - 2] if k >= 2 else "BEG"
            ha = _hanta_word_tag(low_a) if is_lower[i] else "UP"
            hb = hanta_lexicon_class(text[k])
            cwu = 0
            if hb:
                # the next word's capital tells a sentence-opening adverb ("Damals wurden")
                # from a name whose first part HanTa knows as a word (two capitals in a row)
                cw = next((m for m in pos[k + 1 : k + 4] if not is_punct[m]), None)
                cwu = int(cw is not None and all_text[cw][:1].isupper())
            lc = rv2 = None
            if r.join_clause_pair:
                # Round 25: the left clause is complete — a finite verb since the last comma before the
                # last word, which can end a phrase, and no verb-final clause open ("… lebt seit 1991 in
                # Berlin"); a verb form or separable particle ends one whatever our tagger calls it
                # ("in der LTU-Arena statt", "…, die mit 70 Mann anrückte") and closes an open clause.
                # With a verb-second clause on the right, the pair is mostly two sentences.
                verb_a = at in _FIN or ha.startswith("V")
                a_ends = verb_a or at not in _JOIN_PRENOMINAL or low_a in closed_a
                lc = fin_punct[k - 1] and a_ends and (verb_a or not sub_open[k])
                rv2 = self._v2_clause_from(k, n, pos, text, tag, starts)
            bs = ae = None
            if lex is not None:
                bs, ae = lex.start.get(text[k], "unk"), lex.end.get(low_a, "unk")
            yield (j, at, bt, ct, pt, ha, is_lower[i], text[k - 1][:1].isupper(), int(fin_clause[k]), int(fin_sent[k]),
                   int(fin_r), fin_r_pos, k - sent_start[k], low_b in r.function_words, text[k].isupper(), hb, cwu,
                   low_b if low_b in closed_b else None, low_a if low_a in closed_a else None, lc, rv2, bs, ae)

    @staticmethod
    def _join_features(site: tuple) -> dict[str, float]:
        """The join scorer's features of one candidate (``_join_sites``), in the order the model sums them."""
        _, at, bt, ct, pt, ha, alow, aup, fc, fs, fin_r, fin_r_pos, dist, bfw, bup, hb, cwu, bw, aw, lc, rv2, bs, ae = site
        f = {
            "a=" + at: 1.0, "b=" + bt: 1.0, "c=" + ct: 1.0, "p=" + pt: 1.0,
            f"ab={at}|{bt}": 1.0, f"bc={bt}|{ct}": 1.0, f"pa={pt}|{at}": 1.0,
            "ha=" + ha[:2]: 1.0, "haf=" + ha: 1.0,
            "alow": float(alow), "aup": float(aup),
            f"finc={fc}": 1.0, f"fins={fs}": 1.0, f"finr={fin_r}": 1.0,
            "finrpos=" + _bucket(fin_r_pos): 1.0, f"lr={fc}{fs}{fin_r}": 1.0,
            "dist=" + _bucket(dist): 1.0,
            f"a_ab={at}|{fs}{fin_r}": 1.0, f"b_ab={bt}|{fs}{fin_r}": 1.0,
            "bfw": float(bfw), "bup": float(bup),
        }
        if hb:
            f["hb=" + hb] = 1.0
            f[f"hbcu={hb}|{cwu}"] = 1.0
        if bw is not None:
            f["bw=" + bw] = 1.0
        if aw is not None:
            f["aw=" + aw] = 1.0
        if lc is not None:
            f[f"lc={int(lc)}"] = f[f"rv2={int(rv2)}"] = 1.0
            if lc and rv2:
                f["lc_rv2"] = 1.0
        if bs is not None:
            f["bstart=" + bs] = f["aend=" + ae] = f[f"ab_lex={bs}|{ae}"] = 1.0
        return f

    def _v2_clause_from(self, k: int, n: int, pos: list[int], text: list[str], tag: list[str], starts: list[bool]) -> bool:
        """Whether a verb-second main clause opens at non-space token ``k``: a noun phrase (our
        tags, at most five words: "Hunderte Touristen hatten", "Passig ist") directly followed by
        a lower-case finite verb with more of its clause after it. A noun phrase and a finite
        verb that ends its clause (then a period, comma, quote or conjunction) is the end of a
        verb-final clause that goes on ("…, dass die Regierung | Reformen plant.") or a
        participle our tagger calls finite ("… an | Bord vermisst."); the verb also needs a verb
        reading in HanTa's lexicon (our tagger calls words after names finite: "Woody Allen lustvoll")."""
        r = self.rules
        for m in range(k + 1, min(n, k + 6)):
            if starts[pos[m]]:
                return False
            t = text[m]
            if tag[m] in _FIN:
                if not t.isalpha() or not t.islower() or m + 1 >= n or starts[pos[m + 1]] or tag[m - 1] == "KON":
                    return False
                nx = text[m + 1]
                if nx in r.terminal or nx in _JOIN_STOP or tag[m + 1] == "KON" or not nx[:1].isalnum():
                    return False
                return _hanta_word_tag(t).startswith("V")
            if tag[m] not in _JOIN_NP_TAGS:
                return False
        return False

    def _join_sides_ok(self, doc: Doc, j: int, low_a: str, low_b: str, upos_a: str, tag_a: str, fin_before: bool) -> bool:
        """What the rules already know about clean text, kept out of the scorer's hands (read off
        untouched 10kGNAD, where a first scorer without these flagged 46 false joins in 1,028
        articles): formal address ("machen Sie", "will Ihre Partei"), known titles and a title
        announced by a noun ("Roman Die Stunde …", "ARD-Krimi Auf einen Schlag"); a left word that
        cannot end a clause (preposition, conjunction, "wie": "in Der Pate", "oder Das ist …")
        unless it is a separable particle after a finite verb; and a finite verb with none before it in the sentence
        — the verb-second verb before its inverted subject ("… am Mittwoch verteidigt Benfica")."""
        r = self.rules
        if low_b in r.glue_exceptions or low_a.endswith(r.title_nouns):
            return False
        if self._empty_title or (low_b in self._title_first and self._is_title(doc, j)):
            return False  # _is_title(doc, j), its first test on the lower case we already have
        low = low_a
        if low in _JOIN_PREP_PARTICLES and not fin_before:
            return False  # a particle needs its verb: "Im Hype um Das Erwachen der Macht"
        if low not in _JOIN_PREP_PARTICLES and low not in r.particles and (
            upos_a not in r.glue_after_pos or tag_a in ("KOKOM", "KOUS", "KON", "APPR", "APPRART", "ART")
        ):
            return False
        return fin_before or tag_a not in _FIN

    def _scored_joins(self, doc: Doc, starts: list[bool], read: tuple | None = None) -> list[int]:
        """Token indices of the candidate joins the scorer puts above ``join_threshold`` (``read``: as
        ``_join_sites``)."""
        model = _join_model(self.rules.join_model) if self.rules.join_model else None
        if model is None or not 0.0 < self.rules.join_threshold < 1.0:
            return []
        bias, lex = model[1], model[2]
        t = self.rules.join_threshold
        cut = math.log(t / (1.0 - t))
        tables = _join_tables(self.rules.join_model)
        if self._scorer is None or self._scorer[0] is not tables:
            self._scorer = (tables, self._join_scorer(tables))
        score = self._scorer[1]
        return [site[0] for site in self._join_sites(doc, starts, lex, read) if bias + score(site) >= cut]

    @staticmethod
    def join_reference_score(weights: dict[str, float], f: dict[str, float]) -> float:
        """The weighted sum of a candidate's feature dict in its order (sum from 0, as training's
        model reads it): what ``_join_scorer``'s sums must equal bit for bit."""
        return sum(map(operator.mul, map(weights.get, f, itertools.repeat(0.0)), f.values()))

    @staticmethod
    def _join_scorer(tables: dict[str, dict]):
        """A function of a candidate (``_join_sites``) giving ``join_reference_score`` of its feature dict
        without making it: the same products added in the same order from 0.0. A feature whose weight
        is missing or whose value is 0.0 adds ±0.0, which leaves a float sum started at 0.0 as it was
        (it is never -0.0), so those are left out; the weights are finite (a logistic regression's)."""
        def get(name):
            return tables.get(name, {}).get

        one = tables.get("", {})
        w_alow, w_aup, w_bfw, w_bup, w_lcrv2 = (one.get(k, 0.0) for k in ("alow", "aup", "bfw", "bup", "lc_rv2"))
        two = ("0", "1")
        finc, fins, finr, lc_w, rv2_w = ([tables.get(nm, {}).get(v, 0.0) for v in two]
                                         for nm in ("finc", "fins", "finr", "lc", "rv2"))
        lr = [tables.get("lr", {}).get(f"{x}{y}{z}", 0.0) for x in two for y in two for z in two]
        fr = ("00", "01", "10", "11")
        ga, gb, gc, gp, gha, ghaf = (get(nm) for nm in ("a", "b", "c", "p", "ha", "haf"))
        gab, gbc, gpa, gaab, gbab = (get(nm) for nm in ("ab", "bc", "pa", "a_ab", "b_ab"))
        gfrp, gdist, ghb, ghbcu, gbw, gaw = (get(nm) for nm in ("finrpos", "dist", "hb", "hbcu", "bw", "aw"))
        gbs, gae, gablex = (get(nm) for nm in ("bstart", "aend", "ab_lex"))

        def score(site: tuple) -> float:
            _, at, bt, ct, pt, ha, alow, aup, fc, fs, fin_r, fin_r_pos, dist, bfw, bup, hb, cwu, bw, aw, lc, rv2, bs, ae = site
            sr = fr[fs * 2 + fin_r]
            s = (0.0 + ga(at, 0.0) + gb(bt, 0.0) + gc(ct, 0.0) + gp(pt, 0.0)
                 + gab((at, bt), 0.0) + gbc((bt, ct), 0.0) + gpa((pt, at), 0.0)
                 + gha(ha[:2], 0.0) + ghaf(ha, 0.0)
                 + (w_alow if alow else 0.0) + (w_aup if aup else 0.0)
                 + finc[fc] + fins[fs] + finr[fin_r]
                 + gfrp(_bucket(fin_r_pos), 0.0) + lr[fc * 4 + fs * 2 + fin_r]
                 + gdist(_bucket(dist), 0.0)
                 + gaab((at, sr), 0.0) + gbab((bt, sr), 0.0)
                 + (w_bfw if bfw else 0.0) + (w_bup if bup else 0.0))
            if hb:
                s = s + ghb(hb, 0.0) + ghbcu((hb, two[cwu]), 0.0)
            if bw is not None:
                s += gbw(bw, 0.0)
            if aw is not None:
                s += gaw(aw, 0.0)
            if lc is not None:
                s = s + lc_w[bool(lc)] + rv2_w[bool(rv2)]
                if lc and rv2:
                    s += w_lcrv2
            if bs is not None:
                s = s + gbs(bs, 0.0) + gae(ae, 0.0) + gablex((bs, ae), 0.0)
            return s

        return score

    # -- decisions -------------------------------------------------------------
    def _period_token_ends(self, doc: Doc, a: Token, b: Token) -> bool:
        """``a`` carries its own trailing period ("usw.", "2024.", "21.", "Dr.")."""
        low = a.lower_
        if low in self.rules.never_end:
            return False
        body = low[:-1]
        if body.replace(".", "").isdigit():
            before = next((t for t in reversed(doc[: a.i]) if not t.is_space), None)
            if before is None or before.text in self.rules.terminal or before.text == ":":
                return False  # a list number opening its item: "fest. 2. Soziale Bewegungen"
            if b.lower_ in self.rules.months:
                return False
            # A year or amount ("2024.", "2.000.") closes a sentence before any capital;
            # a small ordinal ("3. Platz") only before a clear opener.
            if len(body.replace(".", "")) >= 4:
                return self._opening(b, None)
            return self._clear_starter(b)
        if len(body) == 1 and body.isalpha():
            return False  # initials: "Donald J. Trump"
        return self._clear_starter(b)

    def _as_strings(self, ids: list[int], strings) -> list[str]:
        memo = self._strings
        try:
            return [memo[x] for x in ids]
        except KeyError:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            for x in set(ids).difference(memo):
                memo[x] = strings[x]
            return [memo[x] for x in ids]

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        r = self.rules
        has_tag, has_morph = doc.has_annotation("TAG"), doc.has_annotation("MORPH")
        glue = (has_tag or has_morph) and bool(r.subordinator_tags or r.subordinators)
        starts = [False] * len(doc)
        glued = [False] * len(doc)
        starts[0] = True
        # The token attributes the loop reads, once per doc from its arrays (a Token attribute is a
        # string-store look-up per access); a Token only for the helpers, made when one is called (most
        # tokens reach none: a Token per token was ~a fifth of the pipe).
        strings = doc.vocab.strings
        cols = doc.to_array([ORTH, LOWER, TAG, SPACY, IS_SPACE, IS_ALPHA, IS_LOWER]).T.tolist()
        text, lower, tag = (self._as_strings(c, strings) for c in cols[:3])
        space_after, is_space, alpha, is_lower = cols[3:]
        idx = [i for i, sp in enumerate(is_space) if not sp]
        # the rules the loop tests on every token, as locals
        terminal, quotes, months = r.terminal, r.quotes, r.months
        sub_tags, subs, fwords, fwords_t = r.subordinator_tags, r.subordinators, r.function_words, r.function_words_trusted
        colons = r.colon_sentences or r.semicolon_sentences
        glue_fw = glue and r.glue_function_words
        glue_ve = glue and bool(r.verb_end_tags)
        ve_low, ve_tag = self._verb_end_low, self._verb_end_tag
        sie_openers = r.sie_openers if glue else frozenset()
        fin_tagged = r.finite_tagged_as
        last = len(idx) - 1
        open_clauses = 0  # verb-final subordinate clauses awaiting their finite verb
        clause_start = 0
        fin_seen = False  # a finite verb (our tags) since the last boundary, before ``a``
        sent_first = 0  # position in ``idx`` of the current sentence's first token
        n_toks = len(doc)
        for k, i in enumerate(idx):
            a_text, a_tag = text[i], tag[i]
            fin_before_a = fin_seen
            fin_seen = fin_seen or a_tag in _FIN
            if glue:
                if (a_tag in sub_tags or lower[i] in subs) and self._opens_clause(doc, i):
                    if not open_clauses:
                        clause_start = i
                    open_clauses += 1
                elif a_text in terminal:
                    open_clauses = 0
                elif (open_clauses and lower[i] in fwords and alpha[i] and a_text[:1].isupper() and i > 0
                      and is_lower[i - 1]):
                    # "…, als ein Mob … eine Baustelle angriff Die Unruhestifter sollen …": a
                    # capitalised article after a lower-case word means the clause has ended
                    # (its verb missed by the tagger); counting on would close it at the next
                    # sentence's verb and flag a join there.
                    open_clauses = 0
            if k == last:
                break
            j = idx[k + 1]
            b_text = text[j]
            b_cap = alpha[j] and b_text[:1].isupper()  # _capitalised_word(b)
            boundary = False
            # a line break is in the space tokens between the two (a's own trailing whitespace is a blank at most)
            gap = "".join(text[m] for m in range(i + 1, j)) if j > i + 1 else ""
            if "\n" in gap:
                boundary = gap.count("\n") > 1 or not (
                    a_text in r.continue_after_newline or a_text.endswith("-") or b_text[:1].islower()
                    # no phrase ends on an article, preposition or conjunction: a wrapped line
                    or a_tag in r.continue_after_newline_tags
                )
            elif a_text in terminal:
                boundary = (self._opening(doc[j], doc[j + 1] if j + 1 < n_toks else None)
                            and not self._abbrev_before_period(doc, i))
                if a_text == "." and i > 0 and not space_after[i - 1] and doc[i - 1].like_num:
                    # "am 21 . Dezember" after tokenisation of odd spacing: same as "21."
                    boundary = boundary and lower[j] not in months
            elif a_text in quotes and i > 0:
                # closing quote/bracket right after terminal punctuation: „… gut.“ Dann
                if not space_after[i - 1] and text[i - 1] in terminal:
                    boundary = self._opening(doc[j], doc[j + 1] if j + 1 < n_toks else None)
            elif len(a_text) > 1 and a_text.endswith(".") and not doc[i].is_punct:
                boundary = self._period_token_ends(doc, doc[i], doc[j])
            elif colons and a_text in (":", ";"):
                boundary = self._colon_sentence(doc, i, j, fin_before_a, k - sent_first)
            elif glue and open_clauses and (
                # _is_finite_verb's and _misread_finite's first tests on the arrays: most words of an open
                # clause are neither, and are ruled out without the calls
                ((not has_tag or a_tag in _FIN) and self._closes_clause(doc[i], doc[j], has_tag, has_morph))
                or (
                    b_cap  # _capitalised_word(b)
                    and alpha[i] and is_lower[i] and a_tag in fin_tagged
                    and self._misread_finite(doc, doc[i])
                    and _hanta_confirms(doc, clause_start, i, j)
                )
            ):
                open_clauses -= 1
                if (
                    b_cap  # _capitalised_word(b)
                    and (lower[j] not in r.glue_exceptions or self._sie_verb_glue(doc, doc[i], doc[j])
                         or self._sie_opener_glue(doc, doc[i], doc[j], True, starts[i]))
                    and not self._is_title(doc, j)
                    and i > 0
                    and not doc[i - 1].is_punct
                    and tag[i - 1] not in r.subordinator_tags
                    and _hanta_confirms(doc, clause_start, i, j)
                ):
                    boundary = glued[j] = True
            elif (
                glue_fw
                and b_cap  # _function_word_glue's first test: most such words are in lower case
                and (lower[j] in fwords or lower[j] in fwords_t)
                and self._function_word_glue(doc, doc[i], doc[j])
            ):
                boundary = glued[j] = True
            elif (glue_ve and b_cap and alpha[i] and is_lower[i]  # _verb_end_glue's first tests
                  and (lower[i] in ve_low or a_tag in ve_tag)
                  and self._verb_end_glue(doc, doc[i], doc[j])):
                boundary = glued[j] = True
            elif b_text in sie_openers and self._sie_opener_glue(doc, doc[i], doc[j], fin_before_a, starts[i]):
                boundary = glued[j] = True
            if boundary:
                starts[j] = True
                open_clauses = 0
                fin_seen = False
                sent_first = k + 1
        if glue:
            # All candidates are scored against the rules' boundaries only, as in training.
            for j in self._scored_joins(doc, starts, (text, tag, is_space, alpha, cols[1], is_lower)):
                starts[j] = glued[j] = True
        # One array write instead of the per-token setter, which rescans the doc each time.
        doc.from_array([SENT_START], numpy.array([1 if x else -1 for x in starts], dtype="int64").astype("uint64")[:, None])
        for j in [j for j, g in enumerate(glued) if g]:
            doc[j]._.glued = True
        return doc


@Language.factory("newsgraph_segmenter")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp.lang)


_OPENING_QUOTES = ("„", "»", "‚")
_CLOSING_QUOTES = ("“", "”", "«", "‘")


def _in_quotation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` lies inside a quotation opened earlier on its line: the nearest German
    quote mark before it opens one („ » ‚), or an odd number of straight double quotes precede it."""
    straight = 0
    for t in reversed(doc[max(0, i - 200) : i]):
        if "\n" in t.text:
            break
        if t.text in _OPENING_QUOTES and not straight:
            return True
        if t.text in _CLOSING_QUOTES and not straight:
            return False
        # by character: the tokenizer leaves a closing one on its word ('"', 'Jamaika"-Koalition')
        straight += t.text.count('"')
    return straight % 2 == 1
