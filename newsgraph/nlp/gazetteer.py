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
from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .first_names import in_sorted

FILE = "gazetteer.txt"
# Word characters with single spaces: the tokenizer splits these only at the spaces (checked on
# the whole shipped list), so only the other names go through it.
_PLAIN = re.compile(r"\w+(?: \w+)*")


def _shipped_index(gaz: Gazetteer, path: Path) -> tuple[dict[int, set[tuple[int, ...]]], np.ndarray]:
    """The name index of the list at ``path``, read from ~/.cache when built before from this list
    by this code with a tokenizer of the same rules and spaCy version (newsgraph/built_cache.py):
    tokenizing the names that are not plain words and hashing all ~73k took ~0.46 CPU s of every
    process's load, reading it 0.16 (bench/README.md, "Twenty-fourth round, late"). Tokenizing made the names'
    lexemes at load; without it the words an article holds get theirs when it is tokenized, as any
    other word (the model pass's output over the 300 bench articles is the same)."""

    def build():
        fresh = Gazetteer.__new__(Gazetteer)
        fresh._tokenizer, fresh._by_first, fresh._first_ids = gaz._tokenizer, {}, np.empty(0, dtype="uint64")
        fresh.add_names(path.read_text("utf-8").splitlines())
        return fresh.index()

    if type(gaz._tokenizer) is not Tokenizer:
        return build()  # a tokenizer whose rules its bytes may not hold
    import spacy

    from .. import built_cache

    rules = gaz._tokenizer.to_bytes(exclude=["vocab"])
    return built_cache.cached("gazetteer", [path], [Path(__file__)], build, tuple,
                              extra=f"spacy{spacy.__version__}|".encode() + rules)


class Gazetteer:
    def __init__(self, nlp: Language, path: str = "", label: str = "LOC", trim_nouns: bool = False):
        self.label = label
        self.trim_nouns = trim_nouns
        self._trim_types = np.array([get_string_id(label), get_string_id("ORG")], dtype="uint64")
        self._tokenizer = nlp.tokenizer
        # Names as tuples of token-text hashes, indexed by the first one: the doc's ORTH array then
        # finds the few positions worth a look without a Token object per word.
        self._by_first: dict[int, set[tuple[int, ...]]] = {}
        self._first_ids = np.empty(0, dtype="uint64")
        if path:
            self._by_first, self._first_ids = _shipped_index(self, Path(path))

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

    def index(self) -> tuple[dict[int, set[tuple[int, ...]]], np.ndarray]:
        return self._by_first, self._first_ids

    def _matches(self, orth: np.ndarray):
        hits = in_sorted(orth, self._first_ids)
        if not hits.size:
            return
        words = orth.tolist()
        for i in hits.tolist():
            for seq in self._by_first[words[i]]:
                if tuple(words[i : i + len(seq)]) == seq:
                    yield i, i + len(seq)

    def __call__(self, doc: Doc) -> Doc:
        arr = doc.to_array([ORTH, ENT_IOB, ENT_TYPE])
        iob, typ = arr[:, 1], arr[:, 2]
        # Tokens inside an entity: ENT_IOB 1 (I) or 3 (B).
        inside = (iob == 1) | (iob == 3)
        spans = [doc[s:e] for s, e in self._matches(arr[:, 0]) if not inside[s:e].any()]
        # Longest match first, then leftmost, as spaCy's entity_ruler resolves overlaps.
        fill = [Span(doc, sp.start, sp.end, label=self.label) for sp in filter_spans(spans)] if spans else []
        trimmed: list[Span] = []
        cut: list[Span] = []
        if self.trim_nouns:
            # Fills are one place each and never start a longer span, so the IOB array read
            # before them still finds every multi-word span.
            starts = np.flatnonzero((iob == 3) & (np.append(iob[1:], 0) == 1) & ((typ == self._trim_types[0]) | (typ == self._trim_types[1])))
            if starts.size:
                trimmed, cut = self._trim(doc, starts.tolist(), iob, typ)
        if fill and (iob == 0).any():
            # A token without NER annotation: "doc.ents =" marks it O, as it always did.
            doc.ents = sorted([*doc.ents, *fill], key=lambda e: e.start)
            fill = []
        if fill or trimmed:
            # Fills touch no entity and trims only their own spans, so one write that leaves the
            # rest unmodified does it all: reading doc.ents back (a Span per entity) and writing
            # them all again cost more than the rest of the component.
            doc.set_ents(fill + trimmed, outside=cut, default="unmodified")
        return doc

    def _listed(self, span) -> bool:
        ids = tuple(t.orth for t in span)
        return ids in self._by_first.get(ids[0], ())

    def _trim(self, doc: Doc, starts: list[int], iob: np.ndarray, typ: np.ndarray) -> tuple[list[Span], list[Span]]:
        """GermEval marks only the name in "Stadt Bremen", "Residenzstadt Mannheim" or
        "Staatsanwaltschaft Bayreuth"; the NER often takes the noun before it along. Leading
        plain nouns (by HanTa, as the noun filter reads them) leave a multi-word LOC span when
        a word that is not a plain noun follows; an ORG span is cut the same way only when what
        remains is a listed place, which then becomes LOC ("Stadtwerke Norderstedt"). Returns the
        trimmed spans and the words cut off them."""
        from .org_rules import _plain_noun

        def leading_noun(i: int) -> bool:
            # Title-case only: "FC Bayern" keeps its acronym; hyphenated words are compounds of names.
            text = doc[i].text
            return text.istitle() and "-" not in text and _plain_noun(text)

        new, cut = [], []
        for start in starts:
            if not leading_noun(start):
                continue
            end = start + 1
            while end < len(iob) and iob[end] == 1:
                end += 1
            i = start + 1
            while i < end - 1 and leading_noun(i):
                i += 1
            if not doc[i].text[:1].isupper() or _plain_noun(doc[i].text):
                continue
            if typ[start] != self._trim_types[0] and not self._listed(doc[i:end]):
                continue
            new.append(Span(doc, i, end, label=self.label))
            cut.append(Span(doc, start, i))
        return new, cut

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_gazetteer", default_config={"path": "", "label": "LOC", "trim_nouns": False})
def make_gazetteer(nlp: Language, name: str, path: str, label: str, trim_nouns: bool) -> Gazetteer:
    return Gazetteer(nlp, path, label, trim_nouns)
