"""Person names from a first-name list: fill the gaps and the cut-off spans the NER leaves.

The NER misses many "Veronika Bellmann", "Kimi Räikkönen" outright and cuts others to one word
("Torsten Frings" -> "Torsten", "Arthur Heinrich" -> "Heinrich"). With a list of given names
(training/ner/first_names.py, shipped as ``models/de_ner/first_names.txt``), after the gazetteer:
- ``fill``: a given name followed by capitalised words, none of them inside an entity, becomes
  PER (the given name and up to ``max_surnames`` words after it, name particles such as "von"
  allowed between them);
- ``extend``: a PER span that ends in a given name takes the uncovered capitalised words after
  it, and one that an uncovered given name directly precedes takes that name;
- ``relabel``: a span of several capitalised words labelled LOC or ORG that starts with a given
  name becomes PER ("Stanley Bruce" LOC), unless its last word ends like a street ("-straße").
A surname that HanTa reads as a common noun by more than ``noun_margin`` does not count
("Anna Bücher"), so the rule needs real name-like words on both sides.
Settings in config/ner.toml ``[first_names]``; the cross-validation behind them is in
models/de_ner/MODEL_CARD.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

FILE = "first_names.txt"
PER = "PER"
# Capital letter, then lower-case letters, hyphenated parts allowed ("Müller-Lüdenscheidt").
_CAP = re.compile(r"^[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)*$")


RULE_KEYS = ("fill", "extend", "relabel", "max_surnames", "particles", "stop_margin", "relabel_labels",
             "place_endings", "noun_margin", "lone")


def rule_config(table: dict) -> dict:
    """The component's settings out of config/ner.toml ``[first_names]`` (which also holds the
    list-building ones)."""
    return {k: table[k] for k in RULE_KEYS if k in table}


def in_sorted(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Positions of ``values`` found in the sorted array ``ids`` (np.isin hashes ``ids`` anew on
    every call, ten times the cost here)."""
    if not ids.size:
        return np.empty(0, dtype="int64")
    at = np.minimum(np.searchsorted(ids, values), ids.size - 1)
    return np.flatnonzero(ids[at] == values)


def _cap(text: str) -> bool:
    return bool(_CAP.match(text)) and text[0].isupper() and not text.isupper()


class FirstNames:
    def __init__(self, path: str = "", fill: bool = True, extend: bool = True, relabel: bool = False,
                 max_surnames: int = 2, particles: list[str] | None = None, noun_margin: float | None = None,
                 stop_margin: float = 3.0, relabel_labels: list[str] | None = None,
                 place_endings: list[str] | None = None, lone: bool = False):
        self.names = set(Path(path).read_text("utf-8").split()) if path else set()
        self.lone = lone
        self.fill, self.extend, self.relabel = fill, extend, relabel
        self.max_surnames = max_surnames
        self.particles = set(particles or ())
        self.noun_margin = noun_margin
        self.stop_margin = stop_margin
        self.relabel_labels = set(relabel_labels or ("LOC", "ORG"))
        # Streets and squares are named after people ("Ben Jehudastraße"): they stay places.
        self.place_endings = tuple(place_endings or ())

    @property
    def names(self) -> set[str]:
        return self._names

    @names.setter
    def names(self, names) -> None:
        self._names = set(names)
        # Hashes of the names, to find the few tokens worth a look without a Token per word.
        self._ids = np.array(sorted(get_string_id(n) for n in self._names), dtype="uint64")

    @staticmethod
    def _hanta_missing() -> bool:
        from .segment import _hanta

        return _hanta() is None

    def _surname(self, text: str, after_particle: bool = False) -> bool:
        """A word that can stand in a name after a given name: capitalised, and not a word HanTa
        reads as a function word or verb ("Am", "Ein", "Zu" at a clause start), nor after a
        particle a plain noun ("Ida vom Bankdirektor"); with ``noun_margin`` no plain noun at all."""
        if not _cap(text):
            return False
        from .noun_filter import _readings

        tag, margin = _readings(text)
        if margin is None:
            return True
        if tag != "NN":
            return margin <= self.stop_margin
        limit = self.stop_margin if after_particle else self.noun_margin
        return limit is None or margin <= limit

    def _run(self, doc: Doc, i: int, taken: set[int]) -> int:
        """End of the surname run that starts at token i (i itself when there is none)."""
        end, n, j = i, 0, i
        while j < len(doc) and n < self.max_surnames and j not in taken:
            t = doc[j].text
            if t in self.particles and j + 1 < len(doc) and j + 1 not in taken \
                    and self._surname(doc[j + 1].text, after_particle=True):
                j += 1
            elif not self._surname(t):
                break
            n += 1
            j += 1
            end = j
        return end

    def __call__(self, doc: Doc) -> Doc:
        if not self._names or not len(doc):
            return doc
        hits = set(in_sorted(doc.to_array(ORTH), self._ids).tolist())
        if not hits:
            return doc
        ents = list(doc.ents)
        taken = {i for e in ents for i in range(e.start, e.end)}
        out, changed = [], False
        for e in ents:
            if not (e.start in hits or e.end - 1 in hits or e.start - 1 in hits):
                out.append(e)
                continue
            if self.relabel and e.label_ in self.relabel_labels and len(e) > 1 and e[0].text in self.names \
                    and all(_cap(t.text) or t.text in self.particles for t in e) \
                    and not e[-1].text.lower().endswith(self.place_endings):
                e = Span(doc, e.start, e.end, label=PER)
                changed = True
            if self.extend and e.label_ == PER:
                start, end = e.start, e.end
                if e[-1].text in self.names:
                    end = self._run(doc, e.end, taken)
                if start > 0 and start - 1 not in taken and doc[start - 1].text in self.names:
                    start -= 1
                if (start, end) != (e.start, e.end):
                    taken.update(range(start, end))
                    e = Span(doc, start, end, label=PER)
                    changed = True
            out.append(e)
        if self.fill:
            for i in sorted(hits):
                if i not in taken:
                    end = self._run(doc, i + 1, taken)
                    # A given name alone ("vier Kinder: Xavier, ...") is a person too, unless an
                    # entity follows it (a name the NER labelled otherwise: "Stephen Hawking").
                    if end > i + 1 or (self.lone and i + 1 not in taken):
                        out.append(Span(doc, i, end, label=PER))
                        taken.update(range(i, end))
                        changed = True
        if changed:
            doc.ents = sorted(out, key=lambda e: e.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "newsgraph_first_names",
    default_config={"path": "", "fill": True, "extend": True, "relabel": False, "max_surnames": 2,
                    "particles": [], "noun_margin": None, "stop_margin": 3.0,
                    "relabel_labels": ["LOC", "ORG"], "place_endings": [], "lone": False},
)
def make_first_names(nlp: Language, name: str, path: str, fill: bool, extend: bool, relabel: bool,
                     max_surnames: int, particles: list[str], noun_margin: float | None,
                     stop_margin: float, relabel_labels: list[str], place_endings: list[str],
                     lone: bool) -> FirstNames:
    return FirstNames(path, fill, extend, relabel, max_surnames, particles, noun_margin, stop_margin,
                      relabel_labels, place_endings, lone)
