"""Whether a reader can still resolve a definite noun from the words before it, without the noun
itself having been mentioned: the shared test of the perturbation generator (a reference it cuts
loose must not be resolvable, or the gold says "dangling" where a reader sees none) and of the
dangling check (a candidate resolvable this way is no candidate).

Resolvers, all on plain word strings so that raw text (generator) and tagged tokens (check) are
judged alike:
- ``synonym``: an earlier word, or the head of an earlier compound, is listed with the noun in
  ``[dangling] synonyms`` ("Das Treffen" after "G-20-Gipfel", "Die zweite Maschine" after
  "Sportflugzeuge");
- ``derivation``: an earlier verb form or agent noun shares the noun's root, allowing for ablaut and a
  separable particle ("Der Angriff" after "griffen … an", "Angreifer"; "Die Entscheidung" after
  "entschieden"; "Die Festnahme" after "festgenommen"; "Die Explosion" after "explodierte");
- ``event``: nouns that take up whatever event the text described ("Der Vorfall", "Der Vorgang"),
  listed in ``[dangling] event_nouns``; resolvable once any earlier sentence exists.
Bridging (a part or role of something mentioned: "Das Dach" of "ein Haus") is not modelled.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vectors import stem

# separable verb particles: "Angriff" <- "greifen … an", "angegriffen"
PARTICLES = ("zurück", "statt", "fest", "nach", "über", "unter", "durch", "weg", "auf", "aus", "ein", "vor", "mit",
             "bei", "los", "frei", "teil", "her", "hin", "um", "an", "ab", "zu")
_VOWELS = "aeiouyäöü"
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*|[^\w\s]")
MIN_ROOT = 4


def _norm(word: str) -> str:
    """Spelling that ablaut and inflection leave comparable: lower case, ß as ss, no lengthening h
    ("nahm" ~ "genommen"), doubled letters single ("griff" ~ "greifen")."""
    w = word.lower().replace("ß", "ss")
    w = re.sub(rf"(?<=[{_VOWELS}])h(?![{_VOWELS}])", "", w)
    return re.sub(r"(.)\1", r"\1", w)


def _skeleton(root: str) -> str:
    """A regex of the root's consonants with any vowels between them (ablaut: "griff", "greif")."""
    out, prev_vowel = [], False
    for ch in root:
        if ch in _VOWELS:
            if not prev_vowel:
                out.append(f"[{_VOWELS}]+")
            prev_vowel = True
        else:
            out.append(re.escape(ch))
            prev_vowel = False
    return "".join(out)


@lru_cache(maxsize=4096)
def derivation_pattern(noun: str) -> tuple[re.Pattern, str] | None:
    """The verb forms a noun may be derived from, as a regex over normalised words, and the separable
    particle they need (or ""). None for nouns too short to tell ("Rede" would match "Rad")."""
    w = _norm(noun.replace("-", ""))
    for suf in ("ierung", "ung"):
        if w.endswith(suf) and len(w) - len(suf) >= MIN_ROOT:
            w = w[: -len(suf)]
            break
    else:
        if w.endswith("ation") and len(w) >= MIN_ROOT + 5:
            w = w[:-5]
        elif w.endswith(("sion", "tion")) and len(w) >= MIN_ROOT + 4:
            w = w[:-4]  # "Explosion" ~ "explodierte": the root's last consonant changes
        elif w.endswith(("er", "e")) and len(w) >= MIN_ROOT + 2:
            w = w[: -2 if w.endswith("er") else -1]  # "Festnahme" ~ "nahm", "Angreifer" ~ "greif"
    particle = next((p for p in PARTICLES if w.startswith(_norm(p)) and len(w) - len(_norm(p)) >= 3), "")
    root = w[len(_norm(particle)):] if particle else w
    if len(root) < 3 or len(w) < MIN_ROOT or sum(ch not in _VOWELS for ch in root) < 2:
        return None
    p = re.escape(_norm(particle)) if particle else ""
    # particle + ge/zu + root ("angegriffen"), or the bare root with the particle elsewhere in the sentence
    # an inseparable prefix may come with the verb only ("Urteil" <- "verurteilt")
    pat = re.compile(rf"^(?:{p})?(?:ge|zu)?{_skeleton(root)}" if p else rf"^(?:ge|ver|be|er|ent|zer)?{_skeleton(root)}")
    return pat, _norm(particle)


class Resolver:
    """The words of a text up to a point, sentence by sentence, asked whether a definite noun has a
    resolvable antecedent among them (see the module doc). ``synonyms``: stem -> stems listed with it
    (``dangling.synonym_index``); ``event_nouns``: stems of nouns that take up any described event."""

    def __init__(self, synonyms: dict[str, set[str]] | None = None, event_nouns: set[str] | None = None):
        self.synonyms = synonyms or {}
        self.event_nouns = event_nouns or set()
        self.lower: list[tuple[str, int]] = []  # (normalised word, sentence number): verbs, participles
        self.agents: list[str] = []  # normalised capitalised words (agent nouns: "Angreifer")
        self.keys: set[str] = set()  # stems of capitalised words and of their hyphenated parts
        self.particles: dict[int, set[str]] = {}
        self.n_sents = 0

    def add_words(self, words: list[str]) -> None:
        """One sentence's words and punctuation marks (any tokenisation that keeps words whole)."""
        n = self.n_sents
        for i, word in enumerate(words):
            if not word[:1].isalpha():
                continue
            if word[:1].islower():
                nw = _norm(word)
                self.lower.append((nw, n))
                # a separated particle closes its clause ("griffen die Stadt an."); "an der Grenze" is a preposition
                if nw in _PARTICLE_SET and (i + 1 == len(words) or not words[i + 1][:1].isalpha()):
                    self.particles.setdefault(n, set()).add(nw)
            elif i > 0 or len(word) > 3:
                self.agents.append(_norm(word))
            # nouns only: a verb's stem may equal a noun's ("fliegen", "Flieger")
            if len(word) >= MIN_ROOT and word[:1].isupper():
                for part in word.split("-"):
                    if len(part) >= 3:
                        self.keys.add(stem(part))
                self.keys.add(stem(word.replace("-", "")))
        self.n_sents += 1

    def add_text(self, text: str) -> None:
        self.add_words(_WORD.findall(text))

    def synonym(self, noun: str) -> bool:
        syn = self.synonyms.get(stem(noun.replace("-", "")), set())
        if not syn:
            return False
        if syn & self.keys:
            return True
        # the head of an earlier compound: "Sportflugzeuge" -> "flugzeug"
        return any(len(s) >= MIN_ROOT and any(k.endswith(s) for k in self.keys) for s in syn)

    def derivation(self, noun: str) -> bool:
        d = derivation_pattern(noun)
        if d is None:
            return False
        pat, particle = d
        for w, n in self.lower:
            if w in _FUNCTION_WORDS:
                continue
            m = pat.match(w)
            if m is None:
                continue
            # a bare root needs its particle in the same sentence ("griffen … an"), unless the form has it
            if not particle or w.startswith(particle) or particle in self.particles.get(n, ()):
                return True
        # agent nouns take up the action too ("Angreifer" -> "Der Angriff")
        return bool(particle) and any(pat.match(a) and a.startswith(particle) for a in self.agents)

    def event(self, noun: str) -> bool:
        return self.n_sents > 0 and stem(noun.replace("-", "")) in self.event_nouns

    def head(self, noun: str) -> bool:
        """The head of a compound noun was mentioned ("Das Doppelalbum" after "ein Album"; the first part
        must be a word, not a prefix: "Die Anlage" is no "Lage")."""
        k = stem(noun.replace("-", ""))
        return any(len(e) >= MIN_ROOT and len(k) - len(e) >= 3 and k.endswith(e) for e in self.keys)

    def resolves(self, noun: str) -> str | None:
        """The resolver that finds an antecedent for ``noun`` ("event", "synonym", "head", "derivation") or None."""
        if self.event(noun):
            return "event"
        if self.synonym(noun):
            return "synonym"
        if self.head(noun):
            return "head"
        if self.derivation(noun):
            return "derivation"
        return None


_PARTICLE_SET = {_norm(p) for p in PARTICLES}
# auxiliaries and other short lower-case words whose consonants happen to match a root ("sind" ~ "Sender")
_FUNCTION_WORDS = {_norm(w) for w in (
    "sind", "sein", "seine", "seinen", "seiner", "seit", "sondern", "hat", "hatte", "hatten", "haben", "wird", "werden",
    "wurde", "wurden", "war", "waren", "ist", "kann", "können", "konnte", "muss", "müssen", "soll", "sollen", "sollte",
    "will", "wollen", "darf", "dürfen", "mag", "nicht", "noch", "nach", "nun", "nur", "denn", "dann", "doch", "durch",
    "mehr", "mit", "bis", "bei", "beim", "gegen", "gegenüber", "unter", "über", "zwischen", "sowie", "also", "aber",
    "oder", "und", "weil", "wenn", "wann", "wie", "was", "wer", "wo", "dass", "damit", "dabei", "dazu", "davon", "derzeit",
    "bereits", "bisher", "schon", "sehr", "viel", "viele", "vielen", "wieder", "weiter", "weitere", "weiteren", "andere",
    "anderen", "ander", "alle", "allen", "einige", "einigen", "neue", "neuen", "neuer", "große", "großen", "erste",
    "ersten", "letzte", "letzten", "jahr", "jahre", "jahren", "mal", "man", "laut", "rund", "etwa", "gut", "lange")}


def event_noun_keys(words: list[str]) -> set[str]:
    return {stem(w) for w in words}


def synonym_index(groups: list[list[str]]) -> dict[str, set[str]]:
    idx: dict[str, set[str]] = {}
    for g in groups:
        keys = [stem(w) for w in g]
        for k in keys:
            idx.setdefault(k, set()).update(x for x in keys if x != k)
    return idx


def text_resolver(cfg: dict) -> Resolver:
    """A resolver with the lexicon of ``[dangling]`` in config/checks.toml."""
    return Resolver(synonym_index(cfg.get("synonyms", [])), event_noun_keys(cfg.get("event_nouns", [])))
