"""Perturbed real articles for evaluating the article checks.

From each article (German Wikinews from quotes-de, gold sentence boundaries) the generator
makes one untouched copy and one copy per defect, recording where the defect is:
- glued_sentence: the period between two sentences of a paragraph is deleted;
- off_topic: a noun phrase ("und des Klimawandels") or a comma clause from another article
  is inserted into a sentence;
- dangling_reference: a sentence-initial definite NP is replaced by one naming an object
  the article never mentioned ("Der Brief", "Das Video", …).
Everything is drawn from ``random.Random(seed)``, so the same seed gives the same set.
"""

from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DANGLING = {
    "Der": ["Brief", "Vertrag", "Koffer", "Wagen", "Zettel", "Film", "Antrag", "Schlüssel"],
    "Die": ["Studie", "Mail", "Akte", "Liste", "Tasche", "Urkunde", "Broschüre", "Skizze"],
    "Das": ["Schreiben", "Dokument", "Paket", "Video", "Foto", "Gerät", "Buch", "Gemälde"],
}
_DEF_NP = re.compile(r"\b(des|der|dem|den|die|das) ((?:[a-zäöüß]+ ){0,2})([A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)\b")
_INITIAL_DEF = re.compile(r"^(Der|Die|Das) ([A-ZÄÖÜ][\wäöüß\-]+)")


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


def shared_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared"


def load_quotes_de(split: str = "dev") -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(name, text, sentence spans) of quotes-de articles."""
    out = []
    for p in sorted((shared_dir() / "data/quotes-de/data" / split).glob("*.json")):
        d = json.loads(p.read_text("utf-8"))
        text = d["originalText"]
        spans = [(s["charBegin"], s["charEnd"]) for s in d["sentences"]]
        out.append((d["documentName"], text, spans))
    return out


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


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


def off_topic(text: str, sents: list[tuple[int, int]], donor: str, rng: random.Random) -> tuple[str, Defect] | None:
    body = sents[1:] if len(sents) > 2 else sents
    rng_choice = rng.random()
    if rng_choice < 0.5:
        # a noun phrase coordinated into a sentence, as in the seed ("und des Klimawandels")
        nps = [m for m in _DEF_NP.finditer(donor) if m.group(3).lower() not in text.lower()]
        if not nps:
            return None
        np_ = rng.choice(nps)
        phrase = f"und {np_.group(1)} {np_.group(2)}{np_.group(3)}"
        spots = []
        for s, e in body:
            for m in re.finditer(r"(?<=[a-zäöüß] )[A-ZÄÖÜ][a-zäöüß]{3,}(?= [a-zäöü])", text[s:e]):
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
        if re.search(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}", c) and 4 <= len(c.split()) <= 14:
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


def dangling(text: str, sents: list[tuple[int, int]], rng: random.Random) -> tuple[str, Defect] | None:
    options = []
    for s, e in sents[2:]:
        m = _INITIAL_DEF.match(text[s:e])
        if m:
            options.append((s, m))
    if not options:
        return None
    s, m = rng.choice(options)
    det = m.group(1)
    nouns = [n for n in DANGLING[det] if n.lower()[:5] not in text.lower()]
    if not nouns:
        return None
    noun = rng.choice(nouns)
    new = text[: s + len(det) + 1] + noun + text[s + m.end():]
    return new, Defect("dangling_reference", s, s + len(det) + 1 + len(noun), f"{det} {noun} for {m.group()}")


def generate(split: str = "dev", seed: int = 13, limit: int | None = None) -> list[Sample]:
    rng = random.Random(seed)
    arts = load_quotes_de(split)
    if limit:
        arts = arts[:limit]
    out: list[Sample] = []
    for i, (name, text, spans) in enumerate(arts):
        sents = _sentences(text, spans)
        if len(sents) < 4:
            continue
        out.append(Sample(f"{i}:none", text, [], name, "none"))
        g = glue(text, sents, rng)
        if g:
            out.append(Sample(f"{i}:glued", g[0], [g[1]], name, "glued_sentence"))
        donor = arts[(i + 1 + rng.randrange(len(arts) - 1)) % len(arts)][1]
        o = off_topic(text, sents, donor, rng)
        if o:
            out.append(Sample(f"{i}:offtopic", o[0], [o[1]], name, "off_topic"))
        d = dangling(text, sents, rng)
        if d:
            out.append(Sample(f"{i}:dangling", d[0], [d[1]], name, "dangling_reference"))
    return out


if __name__ == "__main__":
    import sys

    for smp in generate(sys.argv[1] if len(sys.argv) > 1 else "dev", limit=5):
        for d in smp.defects:
            print(smp.id, d.kind, repr(smp.text[max(0, d.start - 40): d.end + 40]))
