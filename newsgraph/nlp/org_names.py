"""One-word organisations: mined names (``org_names.txt``) and federal institution compounds.

The NER misses organisations written as one word (Commerzbank, Uefa, Bundesnachrichtendienst) or
calls them LOC/PER/MISC (Nokia, Boeing, Airbus). After the currency/acronym rules (settings in
config/ner.toml ``[org_names]``):
- ``fill`` / ``relabel``: a word of the mined list (training/ner/org_lexicon.py: names that
  unlabelled news puts in organisation frames such as "der Konzern X", "X-Chef", "X AG") becomes
  ORG where no entity covers it, and a one-word entity of a ``relabel_labels`` label on it becomes ORG;
- ``institutions``: an uncovered capitalised word made of a ``modifiers`` part ("Bundes", or
  "bundes" inside: "Umweltbundesamt") and an institution ``heads`` ending (-ministerium, -amt,
  -kammer, -dienst, ...), in any case ending, becomes ORG. GermEval leaves generic institution
  nouns unlabelled ("Verteidigungsministerium", "Staatsanwaltschaft", "Bundesregierung"), so the
  modifier and the head list are both required; a word followed by "für"/"der"/"des" starts a
  longer name ("Bundesamt für Migration") and is left alone.
The cross-validation behind the settings is in models/de_ner/MODEL_CARD.md.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .first_names import in_sorted

ORG = "ORG"
FILE = "org_names.txt"
RULE_KEYS = ("fill", "relabel", "relabel_labels", "institutions", "modifiers", "heads", "not_heads",
             "case_endings", "name_continues", "alone", "noun_margin")


def _member(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Boolean mask: which ``values`` are in the sorted array ``ids``."""
    if not ids.size:
        return np.zeros(values.shape, dtype=bool)
    at = np.minimum(np.searchsorted(ids, values), ids.size - 1)
    return ids[at] == values


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` by a sort: numpy 2's hashing ``unique`` took ~1 ms even for one doc's few
    hundred word hashes (14 ms on the grown ``known`` array), most of this component's time."""
    s = np.sort(values)
    return s[np.concatenate(([True], s[1:] != s[:-1]))] if s.size else s


def _merged(ids: np.ndarray, new: np.ndarray) -> np.ndarray:
    """The sorted array ``ids`` with the sorted values ``new`` (none of them in ``ids``) put in
    their places: one linear copy instead of a sort of the whole array."""
    return np.insert(ids, np.searchsorted(ids, new), new)


class _Judged:
    """Which word hashes pass ``test`` (a function of the word), each word judged once and kept
    in sorted hash arrays, so a doc costs a few array look-ups rather than one call per token."""

    def __init__(self, test):
        self.test = test
        self.known = np.empty(0, dtype="uint64")
        self.hits = np.empty(0, dtype="uint64")

    def mask(self, orth: np.ndarray, strings) -> np.ndarray:
        uniq = _sorted_unique(orth)
        fresh = uniq[~_member(uniq, self.known)]
        if fresh.size:
            hit = [h for h in fresh.tolist() if self.test(strings[h])]
            if self.known.size > 500_000:
                self.known, self.hits = np.empty(0, dtype="uint64"), np.empty(0, dtype="uint64")
            # fresh words are new to both arrays, so merging them in keeps each sorted and unique;
            # re-sorting the whole grown array per doc was most of this component's time over a long
            # ingest (2.9 of 3.4 CPU s per 1,150 articles, bench/README.md, eighteenth round)
            self.known = _merged(self.known, fresh)
            if hit:
                self.hits = _merged(self.hits, np.array(hit, dtype="uint64"))
        return _member(orth, self.hits)


def rule_config(table: dict) -> dict:
    """The component's settings out of config/ner.toml ``[org_names]`` (the run-time triggers are
    the mining triggers of ``[org_lexicon]``)."""
    out = {k: table[k] for k in RULE_KEYS if k in table}
    if table.get("run_time_triggers", False):
        from .noun_filter import settings

        out["triggers"] = list(settings("org_lexicon").get("triggers", []))
    return out


class OrgNames:
    def __init__(self, path: str = "", fill: bool = True, relabel: bool = False,
                 relabel_labels: list[str] | None = None, institutions: bool = False,
                 modifiers: list[str] | None = None, heads: list[str] | None = None,
                 case_endings: list[str] | None = None, name_continues: list[str] | None = None,
                 not_heads: list[str] | None = None, alone: bool = False, triggers: list[str] | None = None,
                 not_names: frozenset[str] | None = None, noun_margin: float = 3.0):
        self.fill, self.relabel, self.institutions = fill, relabel, institutions
        self.alone = alone
        self.triggers = tuple(t.lower() for t in triggers or ())
        # Places and given names are no organisation even after a trigger ("Firma" + a town).
        self.not_names = not_names or frozenset()
        self.noun_margin = noun_margin
        self.relabel_ids = {get_string_id(x) for x in (relabel_labels or ("LOC", "PER", "MISC"))}
        self.modifiers = tuple(m.lower() for m in modifiers or ())
        self.heads = tuple(h.lower() for h in heads or ())
        self.case_endings = ("", *(case_endings or ()))
        # Heads that end in an institution head but name an event or an office ("Bundesparteitag").
        self.not_heads = tuple(h.lower() for h in not_heads or ())
        self.name_continues = set(name_continues or ())
        self.names = set(Path(path).read_text("utf-8").split()) if path else set()
        self._institution_words = _Judged(self._institution)
        self._trigger_words = _Judged(self._trigger)

    @property
    def names(self) -> set[str]:
        return self._names

    @names.setter
    def names(self, names) -> None:
        self._names = set(names)
        self._ids = np.array(sorted(get_string_id(n) for n in self._names), dtype="uint64")

    def _institution(self, word: str) -> bool:
        if not word[:1].isupper() or not word.isalpha():
            return False
        low = word.lower()
        # The modifier has to stand before the head, so a word without one anywhere cannot match:
        # one substring test rules out nearly every word before the ending/head loops.
        if not any(m in low for m in self.modifiers):
            return False
        for end in self.case_endings:
            if end and not low.endswith(end):
                continue
            stem = low[: len(low) - len(end)] if end else low
            for head in self.heads:
                if stem.endswith(head) and len(stem) > len(head):
                    rest = stem[: -len(head)]
                    if any(m in rest for m in self.modifiers) and not stem.endswith(self.not_heads):
                        return True
        return False

    def _trigger(self, word: str) -> bool:
        return word[:1].isupper() and word.lower().endswith(self.triggers)

    def _after_triggers(self, doc: Doc, orth: np.ndarray, iob: np.ndarray, typ: np.ndarray,
                        new: dict[int, Span]) -> None:
        """A capitalised word right after a capitalised trigger noun outside any entity ("Firma
        Grünenthal", "Marke ŠKODA", "Mobilfunkbetreiber E-Plus") names the organisation: ORG where
        nothing covers it, and over a one-word entity of a relabel label."""
        from .noun_filter import _readings

        n = len(doc)
        prev = np.flatnonzero(((iob == 2) | (iob == 0)) & self._trigger_words.mask(orth, doc.vocab.strings))
        for i in (prev[prev + 1 < n] + 1).tolist():
            if i in new:
                continue
            if iob[i] == 3:
                if not (self.relabel and (i + 1 == n or iob[i + 1] != 1) and int(typ[i]) in self.relabel_ids):
                    continue
            elif iob[i] == 1:
                continue
            w = doc[i].text
            # A single letter after "Gruppe" is a sports group ("Gruppe E"), no organisation.
            if len(w) < 2 or not w[:1].isupper() or w in self.not_names or not self._alone(doc, i):
                continue
            tag, margin = _readings(w)
            if tag != "NE" and margin is not None and margin > self.noun_margin:
                continue
            new[i] = Span(doc, i, i + 1, label=ORG)

    @staticmethod
    def _alone(doc: Doc, i: int) -> bool:
        """The listed word stands for the organisation itself: no capitalised word or number
        after it (a product or a longer name: "VW Polo", "Porsche 911", "Samsung Cups") and no
        number before it (a count: "1.000 SMS")."""
        if i + 1 < len(doc):
            nxt = doc[i + 1].text
            if nxt[:1].isupper() or nxt[:1].isdigit():
                return False
        return not (i > 0 and doc[i - 1].text[:1].isdigit())

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, ENT_IOB, ENT_TYPE])
        orth, iob, typ = arr[:, 0], arr[:, 1], arr[:, 2]
        new: dict[int, Span] = {}
        if (self.fill or self.relabel) and self._ids.size:
            for i in in_sorted(orth, self._ids).tolist():
                if iob[i] == 2 or iob[i] == 0:
                    if not self.fill:
                        continue
                elif not (self.relabel and iob[i] == 3 and (i + 1 == len(doc) or iob[i + 1] != 1)
                          and int(typ[i]) in self.relabel_ids):
                    continue
                if self.alone and not self._alone(doc, i):
                    continue
                new[i] = Span(doc, i, i + 1, label=ORG)
        if self.triggers:
            self._after_triggers(doc, orth, iob, typ, new)
        if self.institutions and self.heads:
            free = (iob == 2) | (iob == 0)
            for i in np.flatnonzero(free & self._institution_words.mask(orth, doc.vocab.strings)).tolist():
                if i in new:
                    continue
                if i + 1 < len(doc) and doc[i + 1].text in self.name_continues:
                    continue
                new[i] = Span(doc, i, i + 1, label=ORG)
        if new:
            ents = [e for e in doc.ents if e.start not in new]
            doc.ents = sorted([*ents, *new.values()], key=lambda e: e.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "newsgraph_org_names",
    default_config={"path": "", "fill": True, "relabel": False, "relabel_labels": ["LOC", "PER", "MISC"],
                    "institutions": False, "modifiers": [], "heads": [], "not_heads": [], "case_endings": [],
                    "name_continues": [], "alone": False, "triggers": [], "noun_margin": 3.0,
                    "not_names_paths": []},
)
def make_org_names(nlp: Language, name: str, path: str, fill: bool, relabel: bool, relabel_labels: list[str],
                   institutions: bool, modifiers: list[str], heads: list[str], not_heads: list[str],
                   case_endings: list[str], name_continues: list[str], alone: bool, triggers: list[str],
                   noun_margin: float, not_names_paths: list[str]) -> OrgNames:
    not_names = frozenset(w for p in not_names_paths if Path(p).exists()
                          for w in Path(p).read_text("utf-8").split("\n") if w)
    return OrgNames(path, fill, relabel, relabel_labels, institutions, modifiers, heads, case_endings,
                    name_continues, not_heads, alone, triggers, not_names, noun_margin)
