"""Place-name gazetteer after the NER: exact token matches of a name list become LOC entities
where the model labelled none of the tokens.

The list is built at training time (training/ner/gazetteer.py) and ships next to the NER as
``models/de_ner/gazetteer.txt``, one name per line. spaCy's entity_ruler would do the same, but
loading it runs every earlier pipe (the NER) over each of its ~70k phrases, and even a
PhraseMatcher needs a Doc per name (5.5 CPU s per load, mostly new lexemes); matching token-text
tuples (as string hashes) indexed by their first token gives the same matches as a PhraseMatcher on ORTH. Filling gaps rather than overriding the model scored better in cross-validation
(GermEval: overriding turns clubs, firms and people named after places into LOC).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .first_names import in_sorted

FILE = "gazetteer.txt"
# Word characters with single spaces: the tokenizer splits these only at the spaces (checked on
# the whole shipped list), so only the other names go through it.
_PLAIN = re.compile(r"\w+(?: \w+)*")


class Gazetteer:
    def __init__(self, nlp: Language, path: str = "", label: str = "LOC"):
        self.label = label
        self._tokenizer = nlp.tokenizer
        # Names as tuples of token-text hashes, indexed by the first one: the doc's ORTH array then
        # finds the few positions worth a look without a Token object per word.
        self._by_first: dict[int, set[tuple[int, ...]]] = {}
        self._first_ids = np.empty(0, dtype="uint64")
        if path:
            self.add_names(Path(path).read_text("utf-8").splitlines())

    def add_names(self, names: list[str]) -> None:
        names = [n for n in names if n.strip()]
        seqs = [tuple(n.split(" ")) for n in names if _PLAIN.fullmatch(n)]
        other = (n for n in names if not _PLAIN.fullmatch(n))
        seqs += [tuple(t.text for t in d) for d in self._tokenizer.pipe(other)]
        for seq in seqs:
            if seq:
                ids = tuple(get_string_id(w) for w in seq)
                self._by_first.setdefault(ids[0], set()).add(ids)
        self._first_ids = np.array(sorted(self._by_first), dtype="uint64")

    def _matches(self, doc: Doc):
        orth = doc.to_array(ORTH)
        hits = in_sorted(orth, self._first_ids)
        if not hits.size:
            return
        words = orth.tolist()
        for i in hits.tolist():
            for seq in self._by_first[words[i]]:
                if tuple(words[i : i + len(seq)]) == seq:
                    yield i, i + len(seq)

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        spans = [doc[s:e] for s, e in self._matches(doc) if not taken.intersection(range(s, e))]
        if spans:
            # Longest match first, then leftmost, as spaCy's entity_ruler resolves overlaps.
            new = [Span(doc, sp.start, sp.end, label=self.label) for sp in filter_spans(spans)]
            doc.ents = sorted([*doc.ents, *new], key=lambda e: e.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_gazetteer", default_config={"path": "", "label": "LOC"})
def make_gazetteer(nlp: Language, name: str, path: str, label: str) -> Gazetteer:
    return Gazetteer(nlp, path, label)
