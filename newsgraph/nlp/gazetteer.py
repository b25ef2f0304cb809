"""Place-name gazetteer after the NER: exact token matches of a name list become LOC entities
where the model labelled none of the tokens.

The list is built at training time (training/ner/gazetteer.py) and ships next to the NER as
``models/de_ner/gazetteer.txt``, one name per line. spaCy's entity_ruler would do the same, but
loading it runs every earlier pipe (the NER) over each of its ~70k phrases; this one only
tokenises them. Filling gaps rather than overriding the model scored better in cross-validation
(GermEval: overriding turns clubs, firms and people named after places into LOC).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

FILE = "gazetteer.txt"


class Gazetteer:
    def __init__(self, nlp: Language, path: str = "", label: str = "LOC"):
        self.label = label
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._tokenizer = nlp.tokenizer
        if path:
            self.add_names(Path(path).read_text("utf-8").splitlines())

    def add_names(self, names: list[str]) -> None:
        self.matcher.add(self.label, list(self._tokenizer.pipe(n for n in names if n.strip())))

    def __call__(self, doc: Doc) -> Doc:
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        spans = [doc[s:e] for _, s, e in self.matcher(doc) if not taken.intersection(range(s, e))]
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
