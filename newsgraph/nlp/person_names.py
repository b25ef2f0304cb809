"""One person, one label within an article: a lone surname takes the PER label of the full name.

News text names a person in full once ("Wladimir Putin") and by surname after that ("Putin");
the NER sees each sentence on its own and calls many lone surnames LOC (the seed article's
"Putin", "Macron", "Selenskyj"). After the NER and the gazetteer, a one-word entity whose text
is the last word of a multi-word PER span in the same document, or that word with a genitive
-s ("Putins"), becomes PER; with ``fill`` the same words are also tagged PER where nothing
covers them. Settings in config/ner.toml ``[person_names]``.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .first_names import in_sorted

PER = "PER"


class PersonNames:
    def __init__(self, fill: bool = True):
        self.fill = fill

    @staticmethod
    def _surname(text: str, surnames: set[str]) -> bool:
        return text in surnames or (text.endswith("s") and text[:-1] in surnames)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        surnames = {e[-1].text for e in ents if e.label_ == PER and len(e) > 1 and e[-1].is_title}
        if not surnames:
            return doc
        out, changed = [], False
        for e in ents:
            if len(e) == 1 and e.label_ != PER and self._surname(e.text, surnames):
                e = Span(doc, e.start, e.end, label=PER)
                changed = True
            out.append(e)
        if self.fill:
            taken = {i for e in out for i in range(e.start, e.end)}
            # Only the tokens whose text is a surname or its genitive need a Token object.
            ids = np.array(sorted({get_string_id(w) for n in surnames for w in (n, n + "s")}), dtype="uint64")
            for i in in_sorted(doc.to_array(ORTH), ids).tolist():
                tok = doc[i]
                if i not in taken and tok.is_title:
                    out.append(Span(doc, i, i + 1, label=PER))
                    changed = True
        if changed:
            doc.ents = sorted(out, key=lambda e: e.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_person_names", default_config={"fill": True})
def make_person_names(nlp: Language, name: str, fill: bool) -> PersonNames:
    return PersonNames(fill)
