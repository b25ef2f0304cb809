"""Perturbed real articles for evaluating the article checks.

Articles come from quotes-de (German Wikinews, gold sentence boundaries) and from the 10kGNAD
rows held out of the topic vectors (derStandard, sentences split by punctuation). From each
article the generator makes one untouched copy and one copy per defect, recording where the
defect is:
- glued_sentence: the period between two sentences of a paragraph is deleted;
- off_topic: material from an article on another topic (the *donor*: fewest shared nouns
  among a few random candidates) is put into a sentence, as in the seed ("… regionaler
  Stabilität und des Klimawandels …"): either a coordinated noun phrase ("und/sowie + NP")
  after a noun, or one of the donor's comma clauses at a comma. The inserted phrase carries
  one of the donor's topic nouns (a noun the donor uses at least twice);
- dangling_reference: the noun of a sentence-initial definite NP is replaced by a noun that
  another article introduced with an indefinite article ("eine Studie", "einen Brief": a
  noun that needs introducing), of the right gender, that the article never mentions (v1-v3);
  since v4 (``--gen 4``) the sentences that introduced the noun of a sentence-initial definite NP
  are cut instead, so the reference stays fluent and on topic and only its antecedent is missing.
Everything is drawn from ``random.Random(seed)``, so the same seed gives the same set.

Donors: by default any article of the split may be an insertion's donor. For training data that is scored under
k-fold cross-fitting (each fold's articles judged with topic vectors and counts built without that fold),
``generate(..., donor_folds=k)`` draws each article's donors only from its own fold, so the inserted words come
from text the scoring model never saw, as quotes-dev's donors are dev articles outside the shipped model (round 15:
with donors from all 700 train articles about half the insertions had their donor inside the model, and those are
found far more often; checks_de card). ``Sample.donor`` names the donor either way.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

_NOUN = r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?"
_DEF_NP = re.compile(rf"\b(des|der|dem|den|die|das) ((?:[a-zäöüß]+(?:en|er|es|e) ){{0,2}})({_NOUN})"
                     rf"((?: (?:des|der) (?:[a-zäöüß]+(?:en|er|es|e) )?{_NOUN})?)(?=[ ,.])")
_INITIAL_DEF = re.compile(r"^(Der|Die|Das) ((?:[a-zäöüß]+(?:e|en|er|es|em) ){0,2})([A-ZÄÖÜ][\wäöüß\-]+)")
# the indefinite article says the gender of the noun it introduces
_INDEF = {"einen": "Der", "eine": "Die", "einer": "Die", "ein": None, "einem": None}
_INDEF_NP = re.compile(rf"\b(einen|einem|einer|eine|ein) ((?:[a-zäöüß]+(?:en|er|es|e) ){{0,2}})({_NOUN})\b")
_ANCHORED = re.compile(r"(?: (?:des|der|eines|einer|von|vom|zur|zum|für|aus|über|mit|namens|[A-ZÄÖÜ])|, (?:der|die|das|den|dem|dessen|deren|welche[rs]?)\b)")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"“”»«]?\s+(?=[A-ZÄÖÜ„\"])")


@dataclass
class Defect:
    kind: str
    start: int
    end: int
    note: str = ""


@dataclass
class Sample:
    id: str
    text: str
    defects: list[Defect] = field(default_factory=list)
    source: str = ""
    perturbation: str = "none"
    donor: str = ""          # the article an off-topic or dangling insertion took its words from


def shared_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared"


def gnad_heldout(n_rows: int = 1028, every: int = 5) -> set[int]:
    """Rows of 10kGNAD kept out of the topic vectors (training/checks/build_model.py) for evaluation."""
    return set(range(0, n_rows, every))


def load_quotes_de(split: str = "dev") -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(name, text, sentence spans) of quotes-de articles."""
    out = []
    for p in sorted((shared_dir() / "data/quotes-de/data" / split).glob("*.json")):
        d = json.loads(p.read_text("utf-8"))
        text = d["originalText"]
        spans = [(s["charBegin"], s["charEnd"]) for s in d["sentences"]]
        out.append((d["documentName"], text, spans))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENT_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def load_gnad_heldout() -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(name, text, sentence spans) of the held-out 10kGNAD rows; the name carries the topic label."""
    csv.field_size_limit(10**8)
    held = gnad_heldout()
    out = []
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if i in held and len(row) >= 2:
                out.append((f"10kgnad-{i}-{row[0]}", row[1], split_sentences(row[1])))
    return out


def load_gnad_side() -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(name, text, sentence spans) of the 10kGNAD rows *not* held out (``gnad_heldout``): training material for the
    checks' classifiers (training/checks/train_offtopic.py ``--gnad-side-seeds``); never scored as a held-out set."""
    csv.field_size_limit(10**8)
    held = gnad_heldout()
    out = []
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if i not in held and len(row) >= 2:
                out.append((f"10kgnad-{i}-{row[0]}", row[1], split_sentences(row[1])))
    return out


def load_articles(split: str) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """``dev``: quotes-de dev + held-out 10kGNAD; ``quotes-dev``, ``gnad``, ``train`` (quotes-de train, in the
    topic vectors' training data: for debugging only); ``gnad-side``: the 10kGNAD rows not held out (training only)."""
    if split == "gnad-side":
        return load_gnad_side()
    if split == "dev":
        return load_quotes_de("dev") + load_gnad_heldout()
    if split == "quotes-dev":
        return load_quotes_de("dev")
    if split == "gnad":
        return load_gnad_heldout()
    return load_quotes_de(split)


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _nouns(text: str) -> Counter:
    return Counter(m.group().lower()[:6] for m in re.finditer(r"(?<=[a-zäöüß,] )[A-ZÄÖÜ][a-zäöüß]{3,}", text))


def pick_donor(text: str, pool: list[str], rng: random.Random, tries: int = 8) -> str:
    """Of a few random articles, the one sharing the fewest nouns with ``text``: another topic."""
    own = set(_nouns(text))
    cands = [pool[rng.randrange(len(pool))] for _ in range(tries)]
    cands = [c for c in cands if c != text] or cands
    return min(cands, key=lambda c: len(own & set(_nouns(c))) / (1 + len(set(_nouns(c)))))


def glue(text: str, sents: list[tuple[int, int]], rng: random.Random) -> tuple[str, Defect] | None:
    options = []
    for (s0, e0), (s1, e1) in zip(sents, sents[1:]):
        between = text[e0:s1]
        if "\n" in between or text[e0 - 1] != "." or not text[s1:s1 + 1].isupper():
            continue
        prev_word = text[s0:e0 - 1].split()[-1] if text[s0:e0 - 1].split() else ""
        if not prev_word or prev_word[-1:].isdigit() or len(prev_word) < 3 or prev_word[-1] in "\"“”»«)":
            continue
        options.append((e0, s1, e1))
    if not options:
        return None
    e0, s1, e1 = rng.choice(options)
    new = text[: e0 - 1] + text[e0:]
    ls = new.rfind(" ", 0, e0 - 1) + 1
    first_end = s1 - 1 + len(text[s1:e1].split()[0])
    return new, Defect("glued_sentence", ls, first_end, text[s1:e1].split()[0])


def _topical(donor: str) -> set[str]:
    """Noun prefixes the donor uses at least twice: its topic."""
    return {k for k, c in _nouns(donor).items() if c >= 2}


def off_topic(text: str, sents: list[tuple[int, int]], donor: str, rng: random.Random, version: int = 1,
              common: set[str] | frozenset = frozenset()) -> tuple[str, Defect] | None:
    if version >= 2:
        return off_topic_v2(text, sents, donor, rng, common)
    body = sents[1:] if len(sents) > 2 else sents
    own = text.lower()
    topical = _topical(donor)

    def foreign(phrase: str) -> bool:
        nouns = re.findall(r"[A-ZÄÖÜ][a-zäöüß]{3,}", phrase)
        return bool(nouns) and any(n.lower()[:6] in topical for n in nouns) and not any(n.lower()[:6] in own for n in nouns)

    if rng.random() < 0.5:
        # a noun phrase coordinated into a sentence, as in the seed ("und des Klimawandels")
        nps = [m for m in _DEF_NP.finditer(donor) if foreign(m.group(3))]
        if not nps:
            return None
        np_ = rng.choice(nps)
        conj = rng.choice(["und", "und", "und", "sowie", "oder"])
        phrase = f"{conj} {np_.group(1)} {np_.group(2)}{np_.group(3)}{np_.group(4)}"
        spots = []
        for s, e in body:
            for m in re.finditer(r"(?<=[a-zäöüß] )[A-ZÄÖÜ][a-zäöüß]{3,}(?= [a-zäöü]|[,.])", text[s:e]):
                spots.append(s + m.end())
        if not spots:
            return None
        at = rng.choice(spots)
        new = text[:at] + " " + phrase + text[at:]
        return new, Defect("off_topic", at + 1, at + 1 + len(phrase), phrase)
    # a comma clause from another article
    clauses = []
    for m in re.finditer(r"(?<=, )[^,.;:!?„“\"\n()]{25,110}(?=,)", donor):
        c = m.group().strip()
        if foreign(c) and 4 <= len(c.split()) <= 14:
            clauses.append(c)
    if not clauses:
        return None
    clause = rng.choice(clauses)
    spots = [s + m.start() + 1 for s, e in body for m in re.finditer(r",(?= )", text[s:e])]
    if not spots:
        return None
    at = rng.choice(spots)
    new = text[:at] + " " + clause + "," + text[at:]
    return new, Defect("off_topic", at + 1, at + 1 + len(clause), clause)


# adverbial clauses attach to any main clause, so one pasted from another article stays grammatical
_ADV_CLAUSE = re.compile(r"(?<=, )(?:weil|nachdem|obwohl|während|als|bevor|wobei|seitdem|sodass|wenn) "
                         r"[^,.;:!?„“\"\n()]{15,110}?(?=[,.] )")


def common_nouns(pool: list[str], share: float = 0.03) -> set[str]:
    """Noun prefixes found in more than ``share`` of the articles: words that fit any topic
    ("des Landes", "die Maschine"), not off-topic material."""
    df: Counter = Counter()
    for t in pool:
        df.update(set(_nouns(t)))
    return {k for k, c in df.items() if c > share * len(pool)}


def off_topic_v2(text: str, sents: list[tuple[int, int]], donor: str, rng: random.Random,
                 common: set[str] | frozenset) -> tuple[str, Defect] | None:
    """Realistic insertions, as the seed's "… regionaler Stabilität und des Klimawandels …":
    - a whole definite noun phrase of the donor (not cut inside a name: "der Nationalen …") whose
      noun is specific to the donor (one of its topic nouns, in at most 3 % of the articles),
      coordinated with a noun phrase of the article that has the same article word, so the two
      conjuncts agree in case ("des Bauverbands und des Klimawandels");
    - an adverbial clause of the donor ("…, weil die Regierung den Vertrag gekündigt hatte") with
      a specific donor noun, appended to a sentence of the article before its final period."""
    body = sents[1:] if len(sents) > 2 else sents
    own = text.lower()
    topical = _topical(donor) - set(common)

    def foreign(phrase: str) -> bool:
        nouns = [n.lower()[:6] for n in re.findall(r"[A-ZÄÖÜ][a-zäöüß]{3,}", phrase)]
        return any(n in topical for n in nouns) and not any(n in own for n in nouns)

    if rng.random() < 0.5:
        return _insert_conjunct(text, body, donor, rng, foreign)
    return _append_clause(text, body, donor, rng, foreign)


def _insert_conjunct(text: str, body: list[tuple[int, int]], donor: str, rng: random.Random, foreign) -> tuple[str, Defect] | None:
    """One of the donor's definite noun phrases with a foreign noun, coordinated with a phrase of ``body`` that has the
    same article word (``off_topic_v2``'s conjunct branch)."""
    nps = []
    for m in _DEF_NP.finditer(donor):
        after = donor[m.end():m.end() + 2]
        # a capitalised word after the noun: a name or a title cut in two
        if after[:1] == " " and after[1:2].isupper():
            continue
        if m.group(4) or not foreign(m.group(3)):
            continue
        nps.append(m)
    rng.shuffle(nps)
    for np_ in nps:
        art = np_.group(1)
        spot_re = re.compile(rf"(?<=[a-zäöüß,] ){art} (?:[a-zäöüß]+(?:en|er|es|e) ){{0,2}}[A-ZÄÖÜ][a-zäöüß]{{3,}}"
                             r"(?= (?!des |der |und |oder |sowie )[a-zäöü]|[,.])")
        spots = [s + m.end() for s, e in body for m in spot_re.finditer(text[s:e])]
        if not spots:
            continue
        conj = rng.choice(["und", "und", "und", "sowie", "oder"])
        phrase = f"{conj} {art} {np_.group(2)}{np_.group(3)}"
        at = rng.choice(spots)
        return text[:at] + " " + phrase + text[at:], Defect("off_topic", at + 1, at + 1 + len(phrase), phrase)
    return None


def _append_clause(text: str, body: list[tuple[int, int]], donor: str, rng: random.Random, foreign) -> tuple[str, Defect] | None:
    """One of the donor's adverbial clauses with a foreign noun, appended to a sentence of ``body`` before its period."""
    clauses = []
    for m in _ADV_CLAUSE.finditer(donor):
        c = m.group()
        words = c.split()
        if 4 <= len(words) <= 14 and words[-1][:1].islower() and foreign(c):
            clauses.append(c)
    spots = [e - 1 for s, e in body if text[e - 1] == "." and text[e - 2:e - 1].isalpha() and len(text[s:e].split()) >= 6]
    if not clauses or not spots:
        return None
    clause = rng.choice(clauses)
    at = rng.choice(spots)
    return text[:at] + ", " + clause + text[at:], Defect("off_topic", at + 2, at + 2 + len(clause), clause)


def generate_appended(split: str, seed: int, copies: int = 4, donor_folds: int | None = 2, tries: int = 12,
                      near: float = 0.0, limit: int | None = None, kind: str = "appended") -> list[Sample]:
    """TRAINING ONLY (round 23): each article's untouched copy and up to ``copies`` copies with one appended adverbial
    clause each (``off_topic_v2``'s clause branch and filters), so the appended-clause model has many more rows than
    ``generate``'s one insertion per article gives it (a clause for about 8 % of them). Donors as ``generate``'s with
    ``donor_folds`` (the article's own fold); ``near`` is the share of copies whose donor is the candidate sharing the
    *most* nouns with the article (a same-domain donor, the hard case) instead of the fewest. Never used for the scored
    sets: ``generate`` is unchanged. ``kind="conjunct"`` (round 24) makes conjunct copies instead (``_insert_conjunct``,
    the conjunct branch's filters and spots): ``generate_conjuncts``."""
    insert = _insert_conjunct if kind == "conjunct" else _append_clause
    arts, fold_of = _donor_articles(split, seed, donor_folds, limit)
    pool = [t for _, t, _ in arts]
    names = [n for n, _, _ in arts]
    common = common_nouns(pool)
    noun_sets = {t: set(_nouns(t)) for t in pool}
    fold_pools: dict[int, list[str]] = {}
    for n, t in zip(names, pool):
        fold_pools.setdefault(fold_of.get(n, 0), []).append(t)
    index = {t: j for j, t in enumerate(pool)}
    out: list[Sample] = []
    for i, (name, text, spans) in enumerate(arts):
        sents = _sentences(text, spans)
        if len(sents) < 4:
            continue
        out.append(Sample(f"{i}:none", text, [], name, "none"))
        body = sents[1:] if len(sents) > 2 else sents
        own_text = text.lower()
        dpool = fold_pools[fold_of.get(name, 0)]
        own_nouns = noun_sets[text]
        seen: set[str] = set()
        for c in range(copies):
            r = random.Random(f"{seed}:{name}:{kind}{c}")
            is_near = r.random() < near
            got = None
            for _ in range(tries):
                cands = [dpool[r.randrange(len(dpool))] for _ in range(8)]
                cands = [d for d in cands if d != text] or cands
                shared = [len(own_nouns & noun_sets[d]) / (1 + len(noun_sets[d])) for d in cands]
                pick = max(shared) if is_near else min(shared)
                donor = cands[shared.index(pick)]
                topical = _topical(donor) - set(common)

                def foreign(phrase: str, topical=topical, own_text=own_text) -> bool:
                    nouns = [n.lower()[:6] for n in re.findall(r"[A-ZÄÖÜ][a-zäöüß]{3,}", phrase)]
                    return any(n in topical for n in nouns) and not any(n in own_text for n in nouns)

                got = insert(text, body, donor, r, foreign)
                if got and got[1].note not in seen:
                    break
                got = None
            if got:
                seen.add(got[1].note)
                out.append(Sample(f"{i}:{kind}{c}", got[0], [got[1]], name, "off_topic", names[index[donor]]))
    return out


def generate_conjuncts(split: str, seed: int, copies: int = 2, donor_folds: int | None = 2, near: float = 0.5,
                       limit: int | None = None) -> list[Sample]:
    """TRAINING ONLY (round 24): ``generate_appended``'s many-rows recipe for conjuncts ("… und des Klimawandels …"):
    the untouched copy and up to ``copies`` conjunct copies per article, ``near`` of them from the same-domain donor
    (the one of eight sharing the most nouns), which ``generate``'s donors (the fewest) rarely are and the conjunct model
    misses most (round 22: found 0.46 near against 0.77 far)."""
    return generate_appended(split, seed, copies, donor_folds, near=near, limit=limit, kind="conjunct")


def introduced_nouns(donor: str) -> dict[str, list[str]]:
    """Nouns the donor introduces with an indefinite article, by the definite article of their gender."""
    out: dict[str, list[str]] = {"Der": [], "Die": [], "Das": []}
    for m in _INDEF_NP.finditer(donor):
        noun = m.group(3)
        det = _INDEF[m.group(1)]
        if det is None:
            # "ein X" is masculine or neuter: the donor's own "das X" / "der X" says which
            det = ("Das" if re.search(rf"\b[Dd]as {noun}\b", donor)
                   else "Der" if m.group(1) == "ein" and re.search(rf"\b[Dd]er {noun}\b", donor) else None)
        if det is not None and noun not in out[det]:
            out[det].append(noun)
    return out


# the finite verb right after a sentence-initial subject, in the plural ("Die Insassen wurden", "Die Ermittler
# gehen"): singular finite forms end in -t, -te or -e, or are strong past forms, never in -en
_PLURAL_VERB = re.compile(r" (?:sind|(?!(?:eben|gegen|wegen|neben|zwischen|unten|oben|morgen|offen|trotzdem)\b)[a-zäöüß]+en)\b")


def dangling(text: str, sents: list[tuple[int, int]], rng: random.Random, donor: str,
             version: int = 3) -> tuple[str, Defect] | None:
    """``version`` 3 keeps the number: a noun before a plural verb is not replaced by the singular
    nouns the donors introduce (v2 made "Die Cohabitation wurden …")."""
    options = []
    for s, e in sents[2:]:
        m = _INITIAL_DEF.match(text[s:e])
        # a noun with a genitive, prepositional attribute or relative clause is anchored on the spot
        # ("Der Sprecher des Ministeriums"): swapping it would not leave a dangling reference
        if m and not _ANCHORED.match(text, s + m.end()):
            if version >= 3 and _PLURAL_VERB.match(text, s + m.end()):
                continue
            options.append((s, m))
    if not options:
        return None
    s, m = rng.choice(options)
    det = m.group(1)
    low = text.lower()
    nouns = [n for n in introduced_nouns(donor)[det] if n.lower()[:5] not in low]
    if not nouns:
        return None
    noun = rng.choice(nouns)
    start = s + len(det) + 1 + len(m.group(2))
    new = text[:start] + noun + text[s + m.end():]
    return new, Defect("dangling_reference", s, start + len(noun), f"{det} {noun} for {m.group()}")


def _mentions(noun: str, text: str) -> bool:
    """``text`` names the noun or a compound of it ("Drohbrief" for "Brief") by its first five
    letters or, for a compound head, its last five."""
    low = text.lower()
    n = noun.lower()
    return n[:5] in low or (len(n) >= 6 and re.search(rf"[a-zäöüß]{{2,}}{re.escape(n[-5:])}", low) is not None)


_CORPUS: list[str] | None = None


def corpus_texts() -> list[str]:
    """The generator's view of German news usage: quotes-de train and dev and all 10kGNAD rows (read once)."""
    global _CORPUS
    if _CORPUS is None:
        texts = [t for split in ("train", "dev") for _, t, _ in load_quotes_de(split)]
        csv.field_size_limit(10**8)
        with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
            texts += [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]
        _CORPUS = texts
    return _CORPUS


def needs_introducing(min_share: float = 0.1) -> set[str]:
    """Lower-cased nouns that German news (quotes-de train and dev, all 10kGNAD rows) introduces with an
    indefinite article in at least ``min_share`` of their mid-sentence uses ("ein Vertrag": 18 %): things
    that need an antecedent. Unique referents do not ("die Polizei": 3 of 441, "die Staatsanwaltschaft":
    0 of 121, "die Bundesregierung"), so v4 never makes them dangling, and neither does a reader."""
    texts = corpus_texts()
    indef: Counter = Counter()
    uses: Counter = Counter()
    for t in texts:
        indef.update(m.group(3) for m in _INDEF_NP.finditer(t))
        uses.update(re.findall(r"(?<=[a-zäöüß,] )[A-ZÄÖÜ][a-zäöüß]{3,}", t))
    return {n.lower() for n, k in indef.items() if k >= min_share * max(1, uses[n])}


def dangling_v4(text: str, sents: list[tuple[int, int]], rng: random.Random,
                introduced: set[str]) -> tuple[str, Defect] | None:
    made = dangling_v4_all(text, sents, rng, introduced, 1)
    return made[0] if made else None


_TERMINAL = ".!?\"“”»«)"
_WHOLE_OF = re.compile(rf"\b(?:der|die|das|dem|den) (?:[a-zäöüß]+(?:e|en|er|es|em) ){{0,2}}({_NOUN}) (?:des|der) "
                       rf"(?:[a-zäöüß]+(?:e|en|er|es|em) ){{0,2}}({_NOUN})")
_CAP = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}\b")
_BRIDGES: dict[str, set[str]] | None = None
_LOWER: set[str] | None = None


def _anchor(word: str) -> str:
    """A modifier or genitive noun as compared with the kept text: lower case, no linking s, first six letters."""
    w = word.lower()
    if len(w) > 5 and w.endswith("s"):
        w = w[:-1]
    return w[:6]


def bridges() -> dict[str, set[str]]:
    """Part-of and role-of relations German news uses, from the generator's corpus (``corpus_texts``):
    noun (lower case) -> anchors (``_anchor``) of the wholes it belongs to, read off genitive attributes
    ("der Motor des Wagens": motor -> wagen) and compounds ("Flüchtlingsheim": heim -> flücht, "Kinderheim":
    heim -> kinder; ``bridging`` uses anchors of five letters or more, so "Müll|transport" does not count). A definite noun whose whole the text has mentioned is a bridging
    reference ("Der Motor" of a car the text is about): a reader needs no antecedent for it."""
    global _BRIDGES
    if _BRIDGES is None:
        out: dict[str, set[str]] = {}
        vocab: set[str] = set()
        for t in corpus_texts():
            for m in _WHOLE_OF.finditer(t):
                out.setdefault(m.group(1).lower(), set()).add(_anchor(m.group(2)))
            vocab.update(w.lower() for w in _CAP.findall(t))
        for w in vocab:
            # modifier and head at least 4 letters each ("Kinder|heim", not "Anl|age"), and both words of
            # their own, which leaves out place names ("Forch|heim", "Hoffen|heim")
            for cut in range(4, len(w) - 3):
                mod, head = w[:cut], w[cut:]
                if head in vocab and (mod in vocab or mod[:-1] in vocab and mod[-1] == "s"):
                    out.setdefault(head, set()).add(_anchor(mod))
        _BRIDGES = out
    return _BRIDGES


def bridging(noun: str, before: str) -> bool:
    """The kept text before the reference names a whole the noun is a part or role of (``bridges``): one
    of its capitalised words contains an anchor of the noun (5-6 letters; "Betriebskindergarten" has
    "kinder" of "Kindereinrichtung")."""
    anchors = {a for a in bridges().get(noun.lower(), ()) if len(a) >= 5}
    if not anchors:
        return False
    words = {w.lower() for w in re.findall(r"[A-ZÄÖÜ][a-zäöüß]{4,}", before)}
    return any(a in w for w in words for a in anchors)


def event_noun(noun: str) -> bool:
    """The noun names an action or process ("Die Annäherung", "Der Transport", "Die Festnahme"), so
    its antecedent may be any sentence describing the event, in other words ("Der Transport" after
    "wird per Schiff nach Hamburg gebracht"), which no word match can rule out: a nominalising suffix,
    or the noun is the stem of a verb German news uses ("transportieren", "besuchen")."""
    global _LOWER
    n = noun.lower()
    if n.endswith(("ung", "tion", "sion", "nahme")) and len(n) >= 7:
        return True
    if _LOWER is None:
        _LOWER = {w for t in corpus_texts() for w in re.findall(r"(?<=[a-zäöüß] )[a-zäöüß]{8,}", t)}
    # only -ieren: a noun equal to the stem of a plain verb is often no action ("Verein", "vereinen")
    return len(n) >= 4 and n + "ieren" in _LOWER


def reader_check(text: str, sents: list[tuple[int, int]], k: int, earlier: list[int], noun: str,
                 dcfg: dict | None = None, corpus_checks: bool = True) -> str | None:
    """Why a reader could still resolve the reference of sentence ``k`` once the sentences ``earlier``
    are cut, or None when it really dangles (generator v5). "segment": a cut sentence or the one before
    it does not end a sentence (a mis-segmented source: "Karadžić Das Massaker", "Familiendrama:"), so
    the cut leaves broken text; otherwise the resolvers of ``newsgraph/checks/resolve.py`` ("event",
    "synonym", "head", "derivation") over the kept text before the reference, and, with ``corpus_checks``
    (the default; the check itself has no corpus), two judged on German news usage: "event_noun" (a
    nominalised action, ``event_noun``) and "bridging" (a part or role of a whole the kept text names,
    ``bridging``; not for person nouns)."""
    from .config import section
    from .resolve import text_resolver

    for j in earlier:
        ends = [sents[j][1]] + ([sents[j - 1][1]] if j > 0 else [])
        if any(text[e - 1] not in _TERMINAL for e in ends):
            return "segment"
    if text[sents[k - 1][1] - 1] not in _TERMINAL:
        return "segment"
    res = text_resolver(dcfg if dcfg is not None else section("dangling"))
    kept = []
    for j in range(k):
        if j not in earlier:
            res.add_text(text[sents[j][0]:sents[j][1]])
            kept.append(text[sents[j][0]:sents[j][1]])
    why = res.resolves(noun)
    if why or not corpus_checks:
        return why
    if event_noun(noun):
        return "event_noun"
    # persons are introduced, not parts of something ("Feuerwehrmann" makes no "Der Mann" of a fire brigade)
    persons = set((dcfg if dcfg is not None else section("dangling")).get("person_nouns", []))
    if noun.lower() not in persons and bridging(noun, " ".join(kept)):
        return "bridging"
    return None


def dangling_v4_all(text: str, sents: list[tuple[int, int]], rng: random.Random, introduced: set[str],
                    most: int = 3, reader_checks: bool = False, log: list | None = None) -> list[tuple[str, Defect]]:
    """A dangling reference made the way real ones arise, by cutting its antecedent: a sentence-initial
    definite NP (singular verb, not anchored, as v3) loses the earlier sentences (at most ``max_cut``,
    never the first) that name its noun ("Ein Brief ging ein. … Der Brief wurde … vorgelegt"). v3
    swapped in another article's noun, which rarely fitted its verb ("Die Pizzeria ermittelt"), so a
    detector could win by the misfit; here the reference is the author's own, fluent and on topic, and
    only the missing antecedent is wrong. Only nouns that need introducing are used (``introduced``,
    lower-cased, from ``needs_introducing``), not unique referents ("Die Bundesregierung", "Die
    Polizei"), which are never dangling. The cut is
    only made when no other definite subject after it loses its last antecedent with it. Up to ``most``
    copies of an article, each with another reference cut loose (an article has few such pairs).
    ``reader_checks`` (v5) leaves out references a reader could still resolve (``reader_check``); ``log``
    gets (check or "kept", reference, cut text) for each reference v4 makes (with ``reader_checks`` off)."""
    max_cut = 2
    options = []
    for k, (s, e) in enumerate(sents[2:], start=2):
        m = _INITIAL_DEF.match(text[s:e])
        if not m or m.group(3).endswith("-") or _ANCHORED.match(text, s + m.end()) or _PLURAL_VERB.match(text, s + m.end()):
            continue
        noun = m.group(3)
        if noun.lower() not in introduced:
            continue
        earlier = [j for j in range(k) if _mentions(noun, text[sents[j][0]:sents[j][1]])]
        if not earlier or len(earlier) > max_cut or earlier[0] == 0:
            continue
        options.append((k, earlier, m))
    rng.shuffle(options)
    out: list[tuple[str, Defect]] = []
    for k, earlier, m in options:
        if len(out) >= most:
            break
        cuts = [(sents[j][0], sents[j + 1][0]) for j in earlier]
        kept = "".join(text[a:b] for a, b in zip([0] + [c[1] for c in cuts], [c[0] for c in cuts] + [len(text)]))
        removed = " ".join(text[a:b] for a, b in cuts)
        # another definite subject after the cut must keep an antecedent
        ok = True
        for k2 in range(earlier[0] + 1, len(sents)):
            if k2 == k or k2 in earlier:
                continue
            s2, e2 = sents[k2]
            m2 = _INITIAL_DEF.match(text[s2:e2])
            if m2 and _mentions(m2.group(3), removed):
                before = "".join(text[a:b] for a, b in zip([0] + [c[1] for c in cuts], [c[0] for c in cuts] + [s2]) if a < s2)
                if not _mentions(m2.group(3), before):
                    ok = False
                    break
        if not ok:
            continue
        if reader_checks or log is not None:
            why = reader_check(text, sents, k, earlier, m.group(3))
            if log is not None:
                log.append((why or "kept", m.group(), removed))
            if why and reader_checks:
                continue
        shift = sum(b - a for a, b in cuts)
        s = sents[k][0] - shift
        out.append((kept, Defect("dangling_reference", s, s + len(m.group()), f"{m.group()} (cut: {removed[:100]})")))
    return out


def article_folds(split: str, arts: list[tuple[str, str, list[tuple[int, int]]]], k: int) -> dict[str, int]:
    """The cross-fitting fold of each article, as the training scripts assign it: quotes-de by its index in the split
    (training/checks/train_offtopic.py ``fold_of``), 10kGNAD rows by their row index (``build_model.py --gnad-folds``)."""
    if split in ("gnad", "gnad-side"):
        return {name: int(name.split("-")[1]) % k for name, _, _ in arts}
    return {name: i % k for i, (name, _, _) in enumerate(arts)}


def _donor_articles(split: str, seed: int, donor_folds: int | None, limit: int | None):
    """The articles of ``generate`` and ``generate_appended`` and each one's fold (``article_folds``; empty without
    ``donor_folds``). The folds are taken on the whole split, before ``limit`` samples it, so a limited run keeps the
    folds of a full one; the sample draws on its own generator (seed + 1) and leaves the samples' draws alone."""
    arts = load_articles(split)
    fold_of = article_folds(split, arts, donor_folds) if donor_folds else {}
    if limit:
        # both sources in a limited run too
        arts = sorted(random.Random(seed + 1).sample(arts, min(limit, len(arts))))
    return arts, fold_of


def generate(split: str = "dev", seed: int = 13, limit: int | None = None, version: int = 3,
             donor_folds: int | None = None) -> list[Sample]:
    """``version`` 1 is the first off-topic generator (kept to compare figures): donor phrases
    in the donor's case, cut inside names, generic nouns, comma clauses at any comma. Version 2
    is the current off-topic generator; version 3 (default) the same, with dangling references
    that keep the verb's number (``dangling``); version 4 the same, with dangling references made by
    cutting the sentence that introduced their noun (``dangling_v4``); version 5 the same without the
    references a reader could still resolve (``reader_check``). ``donor_folds`` = k draws each article's donors
    from its own cross-fitting fold only (``article_folds``; module docstring); None (the default) from all articles."""
    arts, fold_of = _donor_articles(split, seed, donor_folds, limit)
    pool = [t for _, t, _ in arts]
    names = [n for n, _, _ in arts]
    common = common_nouns(pool) if version >= 2 else set()
    # the donor pools: one per fold with donor_folds (the article itself stays in its own pool, as in the default
    # pool; pick_donor skips it), else the whole split
    fold_pools: dict[int, list[int]] = {}
    for j, n in enumerate(names):
        fold_pools.setdefault(fold_of.get(n, 0), []).append(j)
    introduced: set[str] | None = None
    out: list[Sample] = []
    for i, (name, text, spans) in enumerate(arts):
        sents = _sentences(text, spans)
        if len(sents) < 4:
            continue

        def rng(kind: str, name: str = name) -> random.Random:
            # one stream per article and defect: a change to one generator leaves the other samples as they were
            return random.Random(f"{seed}:{name}:{kind}")

        out.append(Sample(f"{i}:none", text, [], name, "none"))
        g = glue(text, sents, rng("glued"))
        if g:
            out.append(Sample(f"{i}:glued", g[0], [g[1]], name, "glued_sentence"))
        own = fold_pools[fold_of.get(name, 0)]
        dpool = pool if len(own) == len(pool) else [pool[j] for j in own]
        r = rng("off_topic")
        o = None
        for _ in range(3 if version >= 2 else 1):  # not every donor has a fitting phrase
            donor = pick_donor(text, dpool, r)
            o = off_topic(text, sents, donor, r, version, common)
            if o:
                break
        if o:
            out.append(Sample(f"{i}:offtopic", o[0], [o[1]], name, "off_topic", names[pool.index(donor)]))
        r = rng("dangling")
        if version >= 4:
            if introduced is None:
                introduced = needs_introducing()
            for k, (new, dd) in enumerate(dangling_v4_all(text, sents, r, introduced, reader_checks=version >= 5)):
                out.append(Sample(f"{i}:dangling" + (str(k + 1) if k else ""), new, [dd], name, "dangling_reference"))
            continue
        d = None
        for _ in range(3):  # not every donor introduces a noun of the needed gender
            donor = dpool[r.randrange(len(dpool))]
            d = dangling(text, sents, r, donor, version)
            if d:
                break
        if d:
            out.append(Sample(f"{i}:dangling", d[0], [d[1]], name, "dangling_reference", names[pool.index(donor)]))
    return out


if __name__ == "__main__":
    import sys

    for smp in generate(sys.argv[1] if len(sys.argv) > 1 else "dev", limit=int(sys.argv[2]) if len(sys.argv) > 2 else 8,
                        version=int(sys.argv[3]) if len(sys.argv) > 3 else 3):
        for d in smp.defects:
            print(smp.id, smp.source[:30], d.kind, repr(smp.text[max(0, d.start - 60): d.end + 40]))
