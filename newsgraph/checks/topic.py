"""Off-topic insertions: a coordinated phrase or a clause whose content words have nothing to
do with their sentence or the article ("… dauerhafter regionaler Stabilität und des
Klimawandels …" in a text about troops for Ukraine).

Every content word (noun or name with a topic vector, newsgraph/checks/vectors.py) gets its
fit to the article: the cosine between its vector and the weighted sum of all *other* words
of the article. Candidates are
- conjuncts: "und/oder/sowie + noun phrase", judged against the article and against the noun
  phrase it is coordinated with (natural conjuncts are alike: "Frankreich und Deutschland");
- comma clauses and parentheticals, judged by their best-fitting word against the article.
A word the rest of the article repeats (same stem) is on topic by definition.
Conjuncts are judged by a logistic regression over ``features`` (models/checks_de/offtopic.json,
training/checks/train_offtopic.py); the hand-weighted ``conjunct_score`` is the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .tagging import Tok
from .vectors import SubwordVectors, WordVectors, stem

_NP_INNER = {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "PDAT", "ADV"}
_CONJ = {"und", "oder", "sowie", "bzw.", "beziehungsweise"}
_CUT_TEXT = {"–", "—", ";", ":", "(", ")"}
_FORM_TAGS = {"VVFIN", "VVINF", "VVPP", "VVIZU", "ADJA", "ADJD"}
# adverbial subordinators: a clause they open can be appended to any main clause ("…, weil die Sonde …"), so one
# pasted from another text stays grammatical and is judged by its words alone (kind "appended")
_APPENDED_OPENERS = {"weil", "nachdem", "obwohl", "obgleich", "während", "als", "bevor", "ehe", "wobei", "seitdem",
                     "seit", "sodass", "wenn", "da", "indem", "zumal", "sobald", "solange"}


@dataclass
class Segment:
    toks: list[Tok]
    kind: str  # "conjunct", "clause" or "appended" (an adverbial clause that ends its sentence)
    sibling: list[Tok] | None = None  # for a conjunct: the noun phrase it is coordinated with

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


@dataclass
class OffTopic:
    segment: Segment
    score: float  # fit to the article; lower is worse
    words: list[str]
    reason: str


_DEFINITE = {"der", "die", "das", "des", "dem", "den"}


def _invariable(word: str) -> bool:
    """Whether HanTa's lexicon reads the word as an invariable adjective ("der Wiener Polizei", "des Grazer
    Bischofs"), the one kind after a definite article that does not end in -e/-en."""
    from ..nlp.segment import hanta_analysis

    analysis = hanta_analysis(word.lower())
    return analysis is not None and any(tag == "ADJ_INVAR" for _m, tag in analysis[1])


def _np_after(toks: list[Tok], j: int, weak_heads: bool = False, name_runs_on: bool = False) -> int | None:
    """End (exclusive) of a noun phrase starting at j: determiners/adjectives, a noun, an
    optional genitive attribute ("des laufenden Konflikts"). With ``weak_heads`` (round 18, ``topic.weak_heads``):
    after a definite article an adjective is weakly declined (-e, -en), so a capitalised "adjective" ending otherwise
    is the phrase's noun ("bzw. die Rentenversicherungsträger/ADJA Zwangsmitglied einer anderen Krankenkasse": the
    phrase ends there instead of running on into the predicative noun). With ``name_runs_on`` (round 20,
    ``topic.name_runs_on``): capitalised nouns and names right after the noun belong to the phrase ("und die Ärztekammer
    Westfalen-Lippe", "und das Rote/NN Kreuz", "und die Region Haute-Savoie"): a name or an apposition the phrase
    would otherwise be cut inside."""
    definite = False
    while j < len(toks) and toks[j].tag in _NP_INNER:
        t = toks[j]
        if weak_heads and definite and t.tag == "ADJA" and t.text[:1].isupper() and t.text.isalpha() \
                and not t.text.endswith(("e", "en")) and not _invariable(t.text):
            return j + 1
        definite = definite or (t.tag == "ART" and t.text.lower() in _DEFINITE)
        j += 1
    if j >= len(toks) or toks[j].tag not in ("NN", "NE"):
        return None
    j += 1
    while j < len(toks) and (toks[j].tag == "NE"
                             or (name_runs_on and toks[j].tag == "NN" and toks[j].text[:1].isupper())):
        j += 1
    if j + 1 < len(toks) and toks[j].tag == "ART" and toks[j].lemma in ("der", "des"):
        k = j + 1
        while k < len(toks) and toks[k].tag == "ADJA":
            k += 1
        if k < len(toks) and toks[k].tag in ("NN", "NE"):
            return k + 1
    return j


def _np_before(toks: list[Tok], i: int) -> list[Tok]:
    """The noun phrase ending right before position i (the first conjunct)."""
    j = i - 1
    if j < 0 or toks[j].tag not in ("NN", "NE"):
        return []
    while j - 1 >= 0 and toks[j - 1].tag in ("NN", "NE", "ADJA", "ART", "CARD", "PPOSAT", "PIAT"):
        j -= 1
    return toks[j:i]


def segments(sents: list[list[Tok]], weak_heads: bool = False, name_runs_on: bool = False) -> list[Segment]:
    out: list[Segment] = []
    for toks in sents:
        # conjuncts
        for i, t in enumerate(toks):
            if t.tag == "KON" and t.text.lower() in _CONJ and i > 0:
                end = _np_after(toks, i + 1, weak_heads, name_runs_on)
                first = _np_before(toks, i)
                if end is not None and first:
                    out.append(Segment(toks[i:end], "conjunct", first))
        # clauses: stretches between commas, dashes, brackets
        cur: list[Tok] = []
        for t in toks:
            if t.tag in ("$,", "$(", "$.") or t.text in _CUT_TEXT:
                if cur:
                    out.append(Segment(cur, "clause"))
                cur = []
            else:
                cur.append(t)
        if cur and len(cur) < len([t for t in toks if not t.is_punct]):
            out.append(Segment(cur, "clause"))
        # the sentence's last comma clause, opened by an adverbial subordinator and closed by the sentence's end
        last = len(toks)
        while last > 0 and toks[last - 1].tag == "$.":
            last -= 1
        k = last - 1
        while k >= 0 and toks[k].tag not in ("$,", "$(", "$.") and toks[k].text not in _CUT_TEXT:
            k -= 1
        if 0 < k < last - 2 and toks[k].tag == "$," and toks[k + 1].text.lower() in _APPENDED_OPENERS \
                and last < len(toks) and any(t.is_verb for t in toks[k + 2:last]):
            out.append(Segment(toks[k + 1:last], "appended"))
    return out


class ArticleTopic:
    """Leave-one-out fit of each content word to the article."""

    def __init__(self, sents: list[list[Tok]], vectors: WordVectors, stop: set[str],
                 subword: SubwordVectors | None = None, unknown_candidates: bool = False, weak_heads: bool = False,
                 name_runs_on: bool = False):
        self.vectors = vectors
        self.doc = None  # the spaCy doc, for the finite verbs' tense and mood (``cohesion``); set by the caller
        self.weak_heads = weak_heads  # how conjuncts are segmented (``_np_after``)
        self.name_runs_on = name_runs_on
        self.subword = subword
        # content words without a topic vector; with ``unknown_candidates`` (config ``topic.subword_fallback``)
        # a conjunct made only of them is judged too (``unknown_fits``)
        self.unknown: set[int] = set()
        self.unknown_candidates = unknown_candidates and subword is not None
        self._sents = sents
        self._sub: tuple[list[Tok], np.ndarray, np.ndarray, np.ndarray] | None = None
        self.word: dict[int, tuple[np.ndarray, float]] = {}  # token index in doc -> (vector, weight)
        keys: dict[str, int] = {}
        for toks in sents:
            for t in toks:
                if not t.is_noun or len(t.text) < 3 or t.ent == "PER":
                    continue
                k = t.key
                if k in stop:
                    continue
                keys[k] = keys.get(k, 0) + 1
                found = vectors.lookup(t.text)
                if found is not None:
                    self.word[t.i] = found
                else:
                    self.unknown.add(t.i)
        self.key_count = keys
        self.n = len(self.word)
        dim = vectors.vectors.shape[1]
        self.sent_of = {t.i: si for si, toks in enumerate(sents) for t in toks if t.i in self.word}
        self._ids = list(self.word)
        self._key_of = {t.i: t.key for toks in sents for t in toks if t.i in self.word}
        self._mat = np.stack([self.word[i][0] for i in self._ids]) if self._ids else np.zeros((0, dim), np.float32)
        # the weighted vectors in one product, and the article's and each sentence's sums as reductions along the
        # first axis: row after row from 0.0, the same float32 additions in the same order as summing them one by
        # one (output identical; bench/README, twenty-fifth round: our stages)
        weighted = self._mat * np.array([w for _, w in self.word.values()], dtype=np.float32)[:, None]
        self.total = np.add.reduce(weighted, axis=0, initial=0.0)
        rows: dict[int, list[int]] = {}
        for k, i in enumerate(self._ids):
            rows.setdefault(self.sent_of[i], []).append(k)
        self.sent_total: dict[int, np.ndarray] = {si: np.add.reduce(weighted[ks], axis=0, initial=0.0)
                                                  for si, ks in rows.items()}
        self._loo: dict[int, float] | None = None
        self._forms: list[tuple[int, str]] | None = None

    @property
    def forms(self) -> list[tuple[int, str]]:
        """Every content word's lower-cased form, for word-form overlap (``shared_forms``); on first use."""
        if self._forms is None:
            self._forms = [(t.i, t.text.lower().replace("-", "")) for toks in self._sents for t in toks
                           if len(t.text) >= 5 and (t.is_noun or t.tag in _FORM_TAGS)]
        return self._forms

    @property
    def per_sents(self) -> set[int]:
        return {si for si, toks in enumerate(self._sents) if any(t.ent == "PER" for t in toks)}

    def loo(self) -> dict[int, float]:
        """Leave-one-out fit of every known word of the article (token index -> cosine)."""
        if self._loo is None:
            self._loo = {}
            if self._ids:
                ws = np.array([self.word[i][1] for i in self._ids], dtype=np.float32)
                rest = self.total[None, :] - self._mat * ws[:, None]
                norms = np.linalg.norm(rest, axis=1)
                sims = np.einsum("ij,ij->i", self._mat, rest) / np.where(norms > 0, norms, 1.0)
                self._loo = dict(zip(self._ids, sims.tolist()))
        return self._loo

    def fit(self, toks: list[Tok]) -> list[tuple[Tok, float]]:
        """(token, cosine to the article without this segment) for the segment's known words."""
        known = [(t, self.word[t.i]) for t in toks if t.i in self.word]
        if not known:
            return []
        vs = np.stack([v for _, (v, _w) in known])
        ws = np.array([w for _, (_v, w) in known], dtype=np.float32)
        rest = self.total - (vs * ws[:, None]).sum(axis=0)
        rn = float(np.linalg.norm(rest))
        if rn == 0:
            return []
        sims = (vs @ rest) / rn
        return [(t, float(s)) for (t, _), s in zip(known, sims)]

    def unknown_fits(self, toks: list[Tok]) -> list[tuple[Tok, float]]:
        """For a segment none of whose content words has a topic vector (10kGNAD's Austrian words: 25 of 150
        inserted conjuncts), its content words with a NaN fit: the topic features are then unknown (the
        classifier reads them as the training mean) and the subword features judge it. Empty unless asked for."""
        if not self.unknown_candidates:
            return []
        return [(t, float("nan")) for t in toks if t.i in self.unknown]

    def burst(self, t: Tok) -> float:
        b = self.vectors.burstiness(t.text)
        return b if b is not None else 0.2

    def closest(self, toks: list[Tok], known: list[Tok] | None = None) -> float:
        """Highest cosine of a known word of ``toks`` to any single other word of the article
        (-1 when there is none): a word can fit one neighbour without fitting the whole."""
        own = {t.i for t in toks}
        own_keys = {t.key for t in toks}
        others = [j for j, i in enumerate(self._ids) if i not in own and self._key_of[i] not in own_keys]
        known = [t for t in (known if known is not None else toks) if t.i in self.word]
        if not others or not known:
            return -1.0
        return float((self._mat[others] @ np.stack([self.word[t.i][0] for t in known]).T).max())

    def repeated(self, toks: list[Tok]) -> bool:
        """Some content word of the segment comes up again elsewhere in the article."""
        own: dict[str, int] = {}
        for t in toks:
            if t.is_noun:
                own[t.key] = own.get(t.key, 0) + 1
        return any(self.key_count.get(k, 0) > c for k, c in own.items())

    def shared_forms(self, toks: list[Tok]) -> tuple[float, float]:
        """(longest prefix, in characters, that a noun of the segment shares with a content word
        elsewhere in the article; whether one contains the other): a word the article uses a
        relative of ("Krankenhausärzte" after "Krankenhaus", "Integration" after "integriert")
        belongs to its topic even where the vectors do not know it well."""
        own = {t.i for t in toks}
        best_prefix, contained = 0, 0.0
        for t in toks:
            if not t.is_noun or len(t.text) < 5:
                continue
            w = t.text.lower().replace("-", "")
            k = stem(w)
            for i, o in self.forms:
                if i in own or stem(o) == k:
                    continue
                n = 0
                for a, b in zip(w, o):
                    if a != b:
                        break
                    n += 1
                best_prefix = max(best_prefix, n)
                if (len(o) >= 5 and o[:-1] in w) or (len(k) >= 5 and k in o):
                    contained = 1.0
        return float(min(best_prefix, 10)), contained

    def sub_nouns(self) -> tuple[list[Tok], np.ndarray, np.ndarray, np.ndarray]:
        """(nouns, their subword unit vectors, sum, leave-one-out fit of each) over the article's
        common nouns; computed on first use (most articles have no candidate)."""
        if self._sub is None:
            nouns = [t for toks in self._sents for t in toks if t.tag == "NN" and len(t.text) >= 3]
            mat = self.subword.batch([t.text for t in nouns])
            total = mat.sum(axis=0) if len(nouns) else np.zeros(mat.shape[1], np.float32)
            rest = total[None, :] - mat
            norms = np.linalg.norm(rest, axis=1)
            loo = np.einsum("ij,ij->i", mat, rest) / np.where(norms > 0, norms, 1.0)
            self._sub = (nouns, mat, total, loo)
        return self._sub

    def sub_features(self, head: Tok, sibling: Tok | None, own: set[int]) -> dict[str, float]:
        """Subword-vector features of a noun: similarity to the noun it is coordinated with
        (``sub_sib``), its fit to the article's other nouns (``sub_fit``) as a z-score among theirs
        (``sub_z``), and its closest earlier noun (``sub_prev``: "Der Brief" after "das Schreiben")."""
        if self.subword is None:
            return {"sub_sib": 0.0, "sub_fit": 0.0, "sub_z": 0.0, "sub_prev": 0.0, "slot": 0.0, "slot_gap": 0.0}
        nouns, mat, total, loo = self.sub_nouns()
        v = self.subword.batch([head.text] + ([sibling.text] if sibling is not None else []))
        keep = np.array([t.i not in own for t in nouns], dtype=bool)
        rest = mat[keep].sum(axis=0) if keep.any() else total * 0
        rn = float(np.linalg.norm(rest))
        fit = float(v[0] @ rest) / rn if rn > 0 else 0.0
        sd = float(loo.std()) if len(loo) > 2 else 0.0
        z = (fit - float(loo.mean())) / sd if sd > 1e-6 else 0.0
        before = np.array([t.i < head.i and t.i not in own for t in nouns], dtype=bool)
        prev = float((mat[before] @ v[0]).max()) if before.any() else 0.0
        sib = float(v[0] @ v[1]) if sibling is not None else 0.0
        # how well the noun fits the words around it, against how well the article's other nouns
        # would fit there ("Der Frieden schrieb einige Titel": a swapped-in noun fits its slot badly)
        window = [t.text for t in self._sents[head.sent] if t.i != head.i and abs(t.i - head.i) <= 5]
        others = list(dict.fromkeys(t.text for t in nouns if t.i not in own))[:60]
        fits = self.subword.slot_fit([head.text] + others, window)
        slot = float(fits[0]) if fits is not None else 0.0
        gap = slot - float(fits[1:].mean()) if fits is not None and len(fits) > 1 else 0.0
        return {"sub_sib": sib, "sub_fit": fit, "sub_z": z, "sub_prev": prev, "slot": slot, "slot_gap": gap}

    def pair(self, a: list[Tok], b: list[Tok]) -> float | None:
        va = [self.word[t.i][0] for t in a if t.i in self.word]
        vb = [self.word[t.i][0] for t in b if t.i in self.word]
        if not va or not vb:
            return None
        sa, sb = np.sum(va, axis=0), np.sum(vb, axis=0)
        d = float(np.linalg.norm(sa) * np.linalg.norm(sb))
        return float(sa @ sb) / d if d else None


FEATURES = ("best", "mean", "sib", "has_sib", "maxpair", "sent_fit", "n_known", "unknown", "weight", "is_ne",
            "oder", "log_n", "burst", "z_best", "sib_gap", "worst_gap", "prefix", "contained", "sub_sib", "sub_fit", "sub_z", "sub_prev", "slot", "slot_gap",
            "nb_fit", "nb_gap", "sub_nb", "case_clash", "sing_verb", "parse_conj", "sib_ne", "num_clash",
            "sib_count", "in_list", "no_vector")

# the cases a definite article can mark with a noun of this gender and number ("der" + feminine noun:
# genitive or dative, never the nominative of "der Prozess")
_ART_CASES = {
    ("der", "Masc"): {"Nom"}, ("der", "Fem"): {"Gen", "Dat"}, ("der", "Plur"): {"Gen"},
    ("die", "Fem"): {"Nom", "Acc"}, ("die", "Plur"): {"Nom", "Acc"}, ("das", "Neut"): {"Nom", "Acc"},
    ("des", "Masc"): {"Gen"}, ("des", "Neut"): {"Gen"}, ("dem", "Masc"): {"Dat"}, ("dem", "Neut"): {"Dat"},
    ("den", "Masc"): {"Acc"}, ("den", "Plur"): {"Dat"},
}


def _cases(det: Tok | None, noun: Tok | None) -> set[str] | None:
    if det is None or noun is None or det.tag != "ART":
        return None
    key = "Plur" if noun.number == "Plur" else noun.gender
    return _ART_CASES.get((det.text.lower(), key))


_PERSON_SUFFIXES = ("ist", "isten")


def person_noun(tok: Tok | None, vocab: dict[str, int] | set[str]) -> float:
    """Whether a noun names a person, read off the corpus without a lexicon: German derives the female form of
    person nouns with -in (-innen), so "Politiker" is one because "Politikerin" is a word of the corpus, and
    "Computer" is none ("Computerin" is not). ``vocab``: lower-cased words of the corpus (the shipped subword
    model's context vocabulary, models/checks_de/floret_context.json). Names tagged PER count too; a compound
    counts by its longest head that the test knows ("Bundesinnenminister" -> "minister"). 1.0 / 0.0."""
    if tok is None:
        return 0.0
    if tok.ent == "PER":
        return 1.0
    if tok.tag != "NN":
        return 0.0
    w = tok.text.lower().split("-")[-1]
    if len(w) < 4:
        return 0.0
    # the female forms themselves: "Lehrerinnen", "Politikerin" (base "lehrer", "politiker" a corpus word)
    for suf in ("innen", "in"):
        if w.endswith(suf) and len(w) - len(suf) >= 4 and w[: -len(suf)] in vocab:
            return 1.0
    if w.endswith(_PERSON_SUFFIXES) and len(w) >= 7:
        return 1.0  # "Polizist", "Journalisten"
    # inflected forms: "Beratern" -> "berater", "Präsidenten" -> "präsident"
    bases = [w] + [w[: -len(e)] for e in ("n", "en", "s") if w.endswith(e) and len(w) - len(e) >= 4]
    for b in bases:
        if b + "in" in vocab or b + "innen" in vocab:
            return 1.0
        # a compound's head: ever shorter tails of at least 6 letters that are corpus words themselves (not
        # "griff" of "Angriff", whose "Griffin" is a name)
        for c in range(1, len(b) - 5):
            h = b[c:]
            if h in vocab and (h + "in" in vocab or h + "innen" in vocab):
                return 1.0
    return 0.0


def animacy(topic: ArticleTopic, seg: Segment) -> dict[str, float]:
    """Person against thing: coordination joins like with like, and a phrase pasted next to a person ("die
    Aufständigen und die verdächtigen Chemikalien", "die Forschergruppe sowie die Ausstellung") or a thing next
    to one ("dem französischen Politiker sowie dem Angriff") breaks that (``person_clash``); ``own_person`` and
    ``sib_person`` are the two sides (``person_noun``). Unknown (0) without the subword model's vocabulary."""
    vocab = topic.subword.context_index if topic.subword is not None else {}
    if not vocab:
        return {"own_person": 0.0, "sib_person": 0.0, "person_clash": 0.0}
    sib_noun = next((t for t in reversed(seg.sibling or []) if t.is_noun), None)
    own_noun = next((t for t in seg.toks if t.is_noun), None)
    a, b = person_noun(own_noun, vocab), person_noun(sib_noun, vocab)
    return {"own_person": a, "sib_person": b, "person_clash": float(sib_noun is not None and a != b)}


_DEF_WORDS = {"der", "die", "das", "dem", "den", "des", "dieser", "diese", "dieses", "diesem", "diesen", "zum", "zur",
              "im", "am", "vom", "beim"}


def presupposed(topic: ArticleTopic, seg: Segment) -> dict[str, float]:
    """What the segment takes as known: its definite noun phrases ("während die Sonde direkt durch diese Fontänen
    hindurchfliegt") and whether the article named their nouns before (``dangling.Antecedents``: the same stem, a
    compound's head, a synonym, the verb a noun nominalises). A phrase pasted from another article keeps the definite
    articles its own text licensed, so its referents are new here (``def_new``: how many; ``def_new_share``: of its
    definite NPs, 0.5 when it has none)."""
    from .dangling import Antecedents  # dangling imports this module

    sents = topic._sents
    first = seg.toks[0]
    ante = Antecedents()
    for toks in sents[:first.sent]:
        ante.add_sentence(toks)
    ante.add_sentence([t for t in sents[first.sent] if t.i < first.i])
    own = {t.i for t in seg.toks}
    n_def = n_new = 0
    toks = seg.toks
    for k, t in enumerate(toks):
        if t.tag != "NN" or t.i not in own:
            continue
        j = k - 1
        while j >= 0 and toks[j].tag in ("ADJA", "ADV", "CARD"):
            j -= 1
        if j < 0 or toks[j].text.lower() not in _DEF_WORDS:
            continue
        n_def += 1
        n_new += int(not ante.has(t.text))
    return {"def_new": float(n_new), "def_new_share": n_new / n_def if n_def else 0.5}


# round 17's candidate features (measured on leak-free train CV, not in the shipped model): computed only for a model
# that uses them (``features(extra=True)``), since the antecedent test walks the article once per candidate
EXTRA_FEATURES = ("own_person", "sib_person", "person_clash", "def_new", "def_new_share")


def extra_features(topic: ArticleTopic, seg: Segment) -> dict[str, float]:
    return {**animacy(topic, seg), **presupposed(topic, seg)}


# round 22's candidate features (h7): how a segment hangs together with the sentence it sits in; computed only for a
# model that lists them (``cohesion``)
COHESION_FEATURES = ("host_share", "ctx_share", "tense_clash", "mood_clash", "subj_given")
_CONTENT_TAGS = ("NN", "NE", "VVFIN", "VVINF", "VVPP", "VVIZU", "ADJA", "ADJD")
_GIVEN_PRONOUNS = {"PPER", "PDS", "PRELS", "PPOSS", "PIS"}


def _verb_forms(doc, toks: list[Tok]) -> tuple[set[str], set[str]]:
    """(tenses, moods) of the finite verbs among ``toks``, from the morphologizer."""
    tenses: set[str] = set()
    moods: set[str] = set()
    for t in toks:
        if t.tag in ("VVFIN", "VAFIN", "VMFIN"):
            m = doc[t.i].morph
            tenses.update(m.get("Tense"))
            moods.update(m.get("Mood"))
    return tenses, moods


def cohesion(topic: ArticleTopic, seg: Segment, doc=None) -> dict[str, float]:
    """Whether a segment belongs to the sentence it sits in, read off the words and verbs, not the topic vectors. A
    clause a writer adds ("…, weil er die Kosten nicht tragen wolle") takes up the sentence: it repeats its words
    (``host_share``: the share of the segment's content words whose stem the rest of its sentence has; ``ctx_share`` the
    same with the sentences before and after), keeps its tense and its reported-speech mood (``tense_clash``,
    ``mood_clash``: the segment's finite verbs share no tense / mood with the rest of the sentence's; 0.5 unknown), and
    its subject is given (``subj_given``: a pronoun or a noun the text named before; 0.5 without a subject). A clause
    pasted in from another story does none of these."""
    sents = topic._sents
    own = {t.i for t in seg.toks}
    si = seg.toks[0].sent
    host = [t for t in sents[si] if t.i not in own]
    near = host + [t for j in (si - 1, si + 1) if 0 <= j < len(sents) for t in sents[j]]

    def keys(toks: list[Tok]) -> set[str]:
        return {k for t in toks if t.tag in _CONTENT_TAGS and len(t.text) >= 4 for k in (t.key, stem(t.lemma))}

    words = [t for t in seg.toks if t.tag in _CONTENT_TAGS and len(t.text) >= 4]
    hk, nk = keys(host), keys(near)
    host_share = sum(1 for t in words if t.key in hk or stem(t.lemma) in hk) / len(words) if words else 0.0
    ctx_share = sum(1 for t in words if t.key in nk or stem(t.lemma) in nk) / len(words) if words else 0.0
    tense_clash = mood_clash = 0.5
    if doc is not None:
        st, sm = _verb_forms(doc, seg.toks)
        ht, hm = _verb_forms(doc, host)
        if st and ht:
            tense_clash = float(not (st & ht))
        if sm and hm:
            mood_clash = float(("Sub" in sm) != ("Sub" in hm))
    subj_given = 0.5
    subj = next((t for t in seg.toks if t.dep.startswith("nsubj")), None)
    if subj is not None:
        if subj.tag in _GIVEN_PRONOUNS:
            subj_given = 1.0
        else:
            before = {t.key for toks in sents[:si + 1] for t in toks if t.i < seg.toks[0].i and t.is_noun}
            subj_given = float(subj.key in before)
    return {"host_share": host_share, "ctx_share": ctx_share, "tense_clash": tense_clash, "mood_clash": mood_clash,
            "subj_given": subj_given}


def grammar(topic: ArticleTopic, seg: Segment) -> dict[str, float]:
    """Whether the conjunct breaks the grammar of the phrase it joins: its article and noun mark a case
    the sibling's cannot have (``case_clash``: "der Prozess und der Entführung wurde"), or it joins
    a subject whose finite verb stays singular (``sing_verb``: "hat die Wahlkommission und die Idee den
    Termin festgelegt"). Coordination that belongs to the text agrees; a phrase pasted in often does not."""
    sib = seg.sibling or []
    sib_noun = next((t for t in reversed(sib) if t.is_noun), None)
    own_noun = next((t for t in seg.toks if t.is_noun), None)
    a, b = _cases(sib[0] if sib else None, sib_noun), _cases(seg.toks[1] if len(seg.toks) > 1 else None, own_noun)
    clash = float(a is not None and b is not None and not (a & b))
    sing = 0.0
    if sib_noun is not None and sib_noun.dep.startswith("nsubj") and sib_noun.number == "Sing":
        sent = topic._sents[sib_noun.sent]
        verb = next((t for t in sent if t.i == sib_noun.head), None)
        fin = verb if verb is not None and verb.tag.endswith("FIN") else next(
            (t for t in sent if t.head == sib_noun.head and t.tag in ("VAFIN", "VMFIN")), None)
        sing = float(fin is not None and fin.number == "Sing")
    # the parser's own view: a coordination it can read hangs the second noun on the first ("conj"); a
    # pasted phrase it reads as something else (an object, an attribute of a later word) does not
    parse_conj = float(own_noun is not None and sib_noun is not None and own_noun.dep == "conj"
                       and own_noun.head == sib_noun.i)
    # coordinated names ("der Ukraine und der Krim") are common in news; only a name spelt like a word counts, since
    # the training insertions were never placed after an acronym ("die EU") and the model would learn that instead
    sib_ne = float(sib_noun is not None and sib_noun.tag == "NE" and len(sib_noun.text) >= 4
                   and sib_noun.text[0].isupper() and sib_noun.text[1:].isalpha() and sib_noun.text[1:].islower())
    num_clash = float(own_noun is not None and sib_noun is not None and own_noun.number != sib_noun.number)
    # a sibling the article keeps coming back to is a topic word, next to which a one-off NP stands out; a
    # one-off sibling, or one inside an enumeration ("A, B und C"), makes a list of new items, which are often unlike
    sib_count = float(np.log1p(topic.key_count.get(sib_noun.key, 0))) if sib_noun is not None else 0.0
    in_list = 0.0
    if sib:
        sent = topic._sents[sib[0].sent]
        k = next((j for j, t in enumerate(sent) if t.i == sib[0].i), 0)
        in_list = float(k > 0 and (sent[k - 1].tag == "$," or sent[k - 1].tag == "KON"))
    return {"case_clash": clash, "sing_verb": sing, "parse_conj": parse_conj, "sib_ne": sib_ne, "num_clash": num_clash,
            "sib_count": sib_count, "in_list": in_list}


def relative(topic: ArticleTopic, seg: Segment, fits: list[tuple[Tok, float]]) -> dict[str, float]:
    """How the segment fits compared with the rest of *this* article (articles differ in how
    tightly their words hang together, so an absolute fit means different things): its best fit
    as a z-score among the leave-one-out fits of all the article's words, and how much better the
    phrase it is coordinated with fits (a conjunct pasted in from elsewhere fits far worse than
    its sibling)."""
    loo = topic.loo()
    vals = np.fromiter(loo.values(), dtype=np.float32, count=len(loo))
    best = max(f for _, f in fits)
    sd = float(vals.std()) if len(vals) > 2 else 0.0
    z = (best - float(vals.mean())) / sd if sd > 1e-6 else 0.0
    sib_fits = [loo[t.i] for t in seg.sibling or [] if t.i in loo]
    sib_gap = max(sib_fits) - best if sib_fits else 0.0
    return {"z_best": z, "sib_gap": sib_gap}


def neighbours(topic: ArticleTopic, seg: Segment, fits: list[tuple[Tok, float]], nouns: list[Tok]) -> dict[str, float]:
    """Discourse fit: how the segment's words fit the sentences before and after its own (topic vectors,
    ``nb_fit``), against their fit to the whole article (``nb_gap`` = nb_fit - best), and the closest
    subword neighbour among those sentences' nouns (``sub_nb``). An insertion that suits the article's
    topic in general may still have nothing to do with the passage it was pasted into."""
    si = topic.sent_of.get(fits[0][0].i)
    best = max(f for _, f in fits)
    nb_fit, sub_nb = best, 0.0
    if si is not None:
        rest = sum((topic.sent_total[j] for j in (si - 1, si + 1) if j in topic.sent_total), np.zeros_like(topic.total))
        rn = float(np.linalg.norm(rest))
        v = sum(topic.word[t.i][0] for t, _ in fits)
        vn = float(np.linalg.norm(v))
        if rn > 1e-6 and vn > 1e-6:
            nb_fit = float(v @ rest) / (rn * vn)
    if topic.subword is not None and nouns:
        sents = topic._sents
        head = nouns[0]
        own = {t.i for t in seg.toks}
        near = [t.text for j in (head.sent - 1, head.sent, head.sent + 1) if 0 <= j < len(sents)
                for t in sents[j] if t.tag == "NN" and len(t.text) >= 3 and t.i not in own]
        if near:
            mat = topic.subword.batch([head.text] + near)
            sub_nb = float((mat[1:] @ mat[0]).max())
    return {"nb_fit": nb_fit, "nb_gap": nb_fit - best, "sub_nb": sub_nb}


# the features read off the topic vectors: unknown (NaN) for a segment without any (``ArticleTopic.unknown_fits``)
TOPIC_FEATURES = ("best", "mean", "sib", "has_sib", "maxpair", "sent_fit", "weight", "burst", "z_best", "sib_gap",
                  "worst_gap", "nb_fit", "nb_gap")


def features(topic: ArticleTopic, seg: Segment, fits: list[tuple[Tok, float]], neighbour: bool = True,
             extra: bool = False, cohesive: bool = False) -> dict[str, float]:
    """What the off-topic classifier (models/checks_de/offtopic.json) judges a segment by: how its
    content words fit the article as a whole, their closest single word in it, their own sentence,
    and the phrase a conjunct is coordinated with."""
    if fits and all(t.i not in topic.word for t, _ in fits):
        out = _unknown_features(topic, seg, fits, neighbour, extra)
        return {**out, **cohesion(topic, seg, topic.doc)} if cohesive else out
    best = max(f for _, f in fits)
    ws = np.array([topic.word[t.i][1] for t, _ in fits], dtype=np.float32)
    mean = float(np.dot(ws, [f for _, f in fits]) / ws.sum()) if ws.sum() else best
    sib = topic.pair(seg.toks, seg.sibling or []) if seg.kind == "conjunct" else None
    maxpair = topic.closest(seg.toks, [t for t, _ in fits])
    sent_fit = None
    si = topic.sent_of.get(fits[0][0].i)
    if si is not None:
        rest = topic.sent_total[si] - sum(topic.word[t.i][0] * topic.word[t.i][1] for t, _ in fits)
        rn = float(np.linalg.norm(rest))
        if rn > 1e-6:
            v = sum(topic.word[t.i][0] for t, _ in fits)
            vn = float(np.linalg.norm(v))
            sent_fit = float(v @ rest) / (rn * vn) if vn else None
    nouns = [t for t in seg.toks if t.is_noun]
    nb = neighbours(topic, seg, fits, nouns) if neighbour else {}
    return {**nb, "best": best, "mean": mean, "sib": sib if sib is not None else best, "has_sib": float(sib is not None),
            "maxpair": maxpair, "sent_fit": sent_fit if sent_fit is not None else best,
            "n_known": float(len(fits)), "unknown": float(len(nouns) - len(fits)), "weight": float(ws.max()), "no_vector": 0.0,
            "is_ne": float(any(t.tag == "NE" for t, _ in fits)), "oder": float(seg.toks[0].text.lower() == "oder"),
            "log_n": float(np.log(max(1, topic.n))), "burst": max(topic.burst(t) for t, _ in fits),
            **relative(topic, seg, fits), **dict(zip(("prefix", "contained"), topic.shared_forms(seg.toks))),
            **topic.sub_features(nouns[0], next((t for t in reversed(seg.sibling or []) if t.is_noun), None),
                                 {t.i for t in seg.toks}), **grammar(topic, seg),
            **(extra_features(topic, seg) if extra else {}), **(cohesion(topic, seg, topic.doc) if cohesive else {})}


def _unknown_features(topic: ArticleTopic, seg: Segment, fits: list[tuple[Tok, float]], neighbour: bool,
                      extra: bool = False) -> dict[str, float]:
    """``features`` of a segment whose words have no topic vector: the subword, word-form and grammar ones;
    the topic ones NaN."""
    nan = float("nan")
    nouns = [t for t in seg.toks if t.is_noun]
    sub_nb = 0.0
    if neighbour and topic.subword is not None and nouns:
        sents, head, own = topic._sents, nouns[0], {t.i for t in seg.toks}
        near = [t.text for j in (head.sent - 1, head.sent, head.sent + 1) if 0 <= j < len(sents)
                for t in sents[j] if t.tag == "NN" and len(t.text) >= 3 and t.i not in own]
        if near:
            mat = topic.subword.batch([head.text] + near)
            sub_nb = float((mat[1:] @ mat[0]).max())
    return {**{f: nan for f in TOPIC_FEATURES}, "sub_nb": sub_nb, "n_known": 0.0, "unknown": float(len(nouns)),
            "no_vector": 1.0, "is_ne": float(any(t.tag == "NE" for t, _ in fits)),
            "oder": float(seg.toks[0].text.lower() == "oder"), "log_n": float(np.log(max(1, topic.n))),
            **dict(zip(("prefix", "contained"), topic.shared_forms(seg.toks))),
            **topic.sub_features(nouns[0], next((t for t in reversed(seg.sibling or []) if t.is_noun), None),
                                 {t.i for t in seg.toks}), **grammar(topic, seg),
            **(extra_features(topic, seg) if extra else {})}


def determiners(cfg: dict) -> frozenset[str] | None:
    words = cfg.get("conjunct_determiners")
    return frozenset(w.lower() for w in words) if words else None


def scored_candidates(sents: list[list[Tok]], topic: ArticleTopic, kinds: tuple[str, ...],
                      dets: frozenset[str] | None = None, neighbour: bool = True, extra: bool = False,
                      cohesive: bool = False):
    """(segment, fits, features) of the article's candidates; ``worst_gap`` compares each with the
    worst-fitting other candidate of its kind (an insertion is usually the article's worst).
    ``neighbour``: also the discourse-fit features (``neighbours``), which only a model using them needs."""
    rows = [(seg, fits, features(topic, seg, fits, neighbour, extra, cohesive))
            for seg, fits in candidates(sents, topic, kinds, dets)]
    for seg, _fits, f in rows:
        if f["no_vector"]:
            continue  # its worst_gap stays unknown
        others = [g["best"] for s2, _, g in rows if s2 is not seg and s2.kind == seg.kind and not g["no_vector"]]
        f["worst_gap"] = f["best"] - min(others) if others else 0.0
    return rows


def probability(model: dict, feats: dict[str, float]) -> float:
    """Logistic regression exported by training/checks/train_offtopic.py. An unknown (NaN) feature counts as
    its training mean, as in training (``fit_kind``)."""
    x = np.array([feats[f] for f in model["features"]], dtype=np.float64)
    if np.isnan(x).any():
        x = np.where(np.isnan(x), np.array(model["mean"]), x)
    z = float(((x - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(model["coef"])) + model["intercept"]
    return float(1.0 / (1.0 + np.exp(-z)))


def conjunct_score(topic: ArticleTopic, seg: Segment, cfg: dict, best: float | None = None) -> tuple[float, float]:
    """(fit, similarity to the sibling) of a conjunct: the mean of its best word's fit to the article
    and its similarity to the phrase it is coordinated with (the article fit where that is unknown)."""
    if best is None:
        best = max(f for _, f in topic.fit(seg.toks))
    sib = topic.pair(seg.toks, seg.sibling or [])
    sib_v = sib if sib is not None else best
    w = cfg.get("conjunct_article_weight", 0.5)
    return w * best + (1 - w) * sib_v, sib_v


def article_topic(sents: list[list[Tok]], vectors: WordVectors, cfg: dict,
                  subword: SubwordVectors | None = None) -> ArticleTopic:
    return ArticleTopic(sents, vectors, {stem(w) for w in cfg.get("generic_words", [])}, subword,
                        cfg.get("subword_fallback", False), cfg.get("weak_heads", False),
                        cfg.get("name_runs_on", False))


def candidates(sents: list[list[Tok]], topic: ArticleTopic, kinds: tuple[str, ...] = ("conjunct", "clause"),
               dets: frozenset[str] | None = None):
    """(segment, fits) of the segments the off-topic check judges: conjuncts and clauses with a
    known content word none of which the rest of the article repeats. ``dets``: judge only
    conjuncts whose noun phrase opens with one of these words (config ``topic.conjunct_determiners``)."""
    for seg in segments(sents, topic.weak_heads, topic.name_runs_on):
        if seg.kind not in kinds:
            continue
        if dets is not None and seg.kind == "conjunct" and (len(seg.toks) < 2 or seg.toks[1].text not in dets):
            continue
        fits = topic.fit(seg.toks) or topic.unknown_fits(seg.toks)
        if fits and not topic.repeated(seg.toks):
            yield seg, fits


def off_topic(sents: list[list[Tok]], topic: ArticleTopic, cfg: dict, model: dict | None = None) -> list[OffTopic]:
    if topic.n < cfg.get("min_article_words", 12):
        return []
    if model is not None:
        return _classified(sents, topic, cfg, model)
    out: list[OffTopic] = []
    taken: list[tuple[int, int]] = []
    for seg in segments(sents, topic.weak_heads, topic.name_runs_on):
        if any(s < seg.end and seg.start < e for s, e in taken):
            continue
        fits = topic.fit(seg.toks)
        if not fits or topic.repeated(seg.toks):
            continue
        best = max(f for _, f in fits)
        words = [t.text for t, _ in fits]
        if seg.kind == "conjunct":
            score, sib_v = conjunct_score(topic, seg, cfg, best)
            if score < cfg.get("max_conjunct_fit", 0.2):
                sib_text = " ".join(t.text for t in seg.sibling or [])
                out.append(OffTopic(seg, score, words,
                                    f"'{' '.join(words)}' is coordinated with '{sib_text}' but fits neither it "
                                    f"(similarity {sib_v:.2f}) nor the article ({best:.2f})"))
                taken.append((seg.start, seg.end))
        else:
            if not cfg.get("check_clauses", False) or len(fits) < cfg.get("min_clause_words", 1):
                continue
            # a clause is judged by its best word: one on-topic word makes it fit
            if best < cfg.get("max_clause_fit", 0.1):
                out.append(OffTopic(seg, best, words,
                                    f"'{', '.join(words[:4])}' is unrelated to the rest of the article "
                                    f"(best topic fit {best:.2f})"))
                taken.append((seg.start, seg.end))
    return out


def _classified(sents: list[list[Tok]], topic: ArticleTopic, cfg: dict, model: dict) -> list[OffTopic]:
    out: list[OffTopic] = []
    taken: list[tuple[int, int]] = []
    kinds = tuple(k for k in ("conjunct", "clause", "appended") if k in model)
    names = {name for k in kinds for name in (model.get(k) or {}).get("features", [])}
    uses_nb = bool(names & {"nb_fit", "nb_gap", "sub_nb"})
    uses_extra = bool(names & set(EXTRA_FEATURES))
    uses_cohesion = bool(names & set(COHESION_FEATURES))
    scored = [(seg, fits, f, probability(model[seg.kind], f))
              for seg, fits, f in scored_candidates(sents, topic, kinds, determiners(cfg), uses_nb, uses_extra,
                                                    uses_cohesion)]
    top = _rank_pick(scored, cfg)
    for seg, fits, f, p in scored:
        if any(s < seg.end and seg.start < e for s, e in taken):
            continue
        if p < cfg.get(f"min_{seg.kind}_prob", 0.9) and seg is not top:
            continue
        words = [t.text for t, _ in fits]
        if seg.kind == "conjunct" and f.get("no_vector"):
            sib_text = " ".join(t.text for t in seg.sibling or [])
            reason = (f"'{' '.join(words)}' is coordinated with '{sib_text}' but is unlike it (subword similarity "
                      f"{f['sub_sib']:.2f}) and the article's nouns (z {f['sub_z']:.2f}; no topic vector)")
        elif seg.kind == "conjunct":
            sib_text = " ".join(t.text for t in seg.sibling or [])
            reason = (f"'{' '.join(words)}' is coordinated with '{sib_text}' but fits neither it (similarity "
                      f"{f['sib']:.2f}) nor the article ({f['best']:.2f}; closest word {f['maxpair']:.2f})")
        else:
            reason = (f"'{', '.join(words[:4])}' is unrelated to the rest of the article (best topic fit "
                      f"{f['best']:.2f}, closest word {f['maxpair']:.2f})")
        out.append(OffTopic(seg, 1.0 - p, words, reason + f"; off-topic probability {p:.2f}"))
        taken.append((seg.start, seg.end))
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return float(np.log(p / (1 - p)))


def _rank_pick(scored: list, cfg: dict):
    """The article's most likely conjunct when it stands out from the others (``topic.rank_rule``):
    probabilities are poorly comparable across articles, while an insertion is nearly always its
    article's most likely conjunct, so a clear lead over the runner-up lowers the bar for it. An
    article with one candidate has no runner-up and keeps the global threshold."""
    if not cfg.get("rank_rule", False):
        return None
    conj = sorted((r for r in scored if r[0].kind == "conjunct"), key=lambda r: -r[3])
    if len(conj) < 2:
        return None
    (seg, _, _, p1), (_, _, _, p2) = conj[0], conj[1]
    if p1 >= cfg.get("rank_min_prob", 1.0) and _logit(p1) - _logit(p2) >= cfg.get("rank_min_margin", 1e9):
        return seg
    return None
