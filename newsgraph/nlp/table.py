"""One token table per document: the nlp stage's annotations of a spaCy ``Doc`` as plain Python
lists, read once and shared by the later stages (extract, checks) instead of each walking the
doc's Tokens again.

A spaCy ``Token`` is made anew on every ``doc[i]`` and each string attribute (``.text``, ``.tag_``,
``.lemma_`` ...) is looked up in the string store on every access; the claims, events and checks
each read the same attributes of the same ~350 tokens per article. ``token_table(doc)`` reads
them through one ``Doc.to_array`` and the string store, once per document; string columns whose
values repeat (tags, labels, morphology) are looked up once per distinct id, and every string
column is built only when a reader first asks for it.

The last document's table is kept. The memo holds the doc itself (so its identity cannot pass
to another document) and the annotation array the table was read from: a doc whose annotations
were changed in between (tests set entities, a retokenizer) is read anew.

Readers must not modify the lists.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.morphology import Morphology
from spacy.parts_of_speech import NAMES as _POS_NAMES

_EMPTY_MORPH = Morphology.EMPTY_MORPH
_SUB: dict[int, bool] = {}  # MORPH id -> "Sub" in its Mood values, for all documents

# the columns of ``Doc.to_array`` a table is read from, in this order
_ATTRS = [ORTH, LEMMA, TAG, POS, DEP, MORPH, ENT_TYPE, HEAD, IDX, IS_SPACE, SENT_START, SPACY]


class TokenTable:
    """Per token of a doc (index = ``Token.i``, whitespace tokens included):

    - ``text``, ``idx`` (character offset), ``head`` (absolute index of the syntactic head, the
      token itself at a root or without a parse), ``space`` (``Token.is_space``), ``ws``
      (``Token.whitespace_`` is not empty), ``sent_start`` (1 starts a sentence, -1 does not,
      0 unknown: ``Doc.to_array(SENT_START)``);
    - string columns made on first use, each equal to the Token attribute named: ``lemma``
      (``lemma_``), ``tag`` (``tag_``), ``pos`` (``pos_``), ``dep`` (``dep_``), ``ent``
      (``ent_type_``), ``morph`` (``str(morph)``), ``lower`` (``text.lower()``), ``mood_sub``
      (``"Sub" in morph.get("Mood")``), ``punct`` (``is_punct``), ``children`` (lists of the
      dependents' indices, ``Token.children``);
    - the raw ids of the same columns: ``ids(attr)`` for ``ORTH``, ``LEMMA``, ``TAG``, ``POS``,
      ``DEP``, ``MORPH``, ``ENT_TYPE``.
    """

    def __init__(self, doc, arr) -> None:
        self.n = n = len(doc)
        self._vocab = doc.vocab
        self._strings = doc.vocab.strings
        self._arr = arr
        self._cols: dict[str, list] = {}
        if not n:
            self.text, self.idx, self.head, self.space, self.ws, self.sent_start = [], [], [], [], [], []
            return
        strings = self._strings
        self.text: list[str] = [strings[o] for o in arr[:, 0].tolist()]
        # HEAD is the signed offset to the head, stored unsigned
        self.head: list[int] = (arr[:, 7].astype(np.int64) + np.arange(n, dtype=np.int64)).tolist()
        self.idx: list[int] = arr[:, 8].tolist()
        self.space: list[int] = arr[:, 9].tolist()
        self.sent_start: list[int] = arr[:, 10].astype(np.int64).tolist()
        self.ws: list[int] = arr[:, 11].tolist()

    def ids(self, attr: int) -> list[int]:
        return self._arr[:, _ATTRS.index(attr)].tolist() if self.n else []

    def _named(self, key: str, col: int, name=None) -> list[str]:
        """The string column ``key`` from array column ``col``: ``name(id)`` once per distinct id
        (tags, labels and analyses repeat), or, without ``name``, the string store per token."""
        got = self._cols.get(key)
        if got is None:
            ids = self._arr[:, col].tolist() if self.n else []
            if name is None:
                strings = self._strings
                got = [strings[x] for x in ids]
            else:
                names: dict[int, str] = {}
                got = []
                for x in ids:
                    v = names.get(x)
                    if v is None:
                        v = names[x] = name(x)
                    got.append(v)
            self._cols[key] = got
        return got

    def _string(self, x: int) -> str:
        return self._strings[x]

    def _morph(self, x: int) -> str:
        # as ``str(Token.morph)``: the empty analysis is stored as "_" and read as ""
        s = self._strings[x]
        return "" if s == _EMPTY_MORPH else s

    @property
    def lemma(self) -> list[str]:
        return self._named("lemma", 1)

    @property
    def tag(self) -> list[str]:
        return self._named("tag", 2, self._string)

    @property
    def pos(self) -> list[str]:
        return self._named("pos", 3, _POS_NAMES.__getitem__)

    @property
    def dep(self) -> list[str]:
        return self._named("dep", 4, self._string)

    @property
    def morph(self) -> list[str]:
        return self._named("morph", 5, self._morph)

    @property
    def ent(self) -> list[str]:
        return self._named("ent", 6, self._string)

    @property
    def mood_sub(self) -> list[bool]:
        """``"Sub" in Token.morph.get("Mood")``: the Konjunktiv, the mark of reported speech."""
        return self._named("mood_sub", 5, self._sub)

    def _sub(self, x: int) -> bool:
        # a MORPH id is the hash of its analysis string, so its answer holds for every doc and vocab:
        # kept across documents (parsing the analysis was a third of the table's cost)
        got = _SUB.get(x)
        if got is None:
            if len(_SUB) > 100_000:
                _SUB.clear()
            # spaCy keeps one feature per value ("Mood=Ind,Sub" is "Mood=Ind" and "Mood=Sub")
            got = _SUB[x] = any(f.partition("=")[0] == "Mood" and "Sub" in f.partition("=")[2].split(",")
                                for f in self._morph(x).split("|")) if x else False
        return got

    @property
    def punct(self) -> list[bool]:
        """``Token.is_punct`` (a flag of the word's lexeme), once per distinct word."""
        return self._named("punct", 0, self._is_punct)

    def _is_punct(self, x: int) -> bool:
        return self._vocab[x].is_punct

    @property
    def children(self) -> list[list[int]]:
        """Per token, the indices of its syntactic dependents in ascending order, as
        ``[c.i for c in Token.children]`` (a root is not its own child; no parse: all empty)."""
        got = self._cols.get("children")
        if got is None:
            got = [[] for _ in range(self.n)]
            for i, h in enumerate(self.head):
                if h != i:
                    got[h].append(i)
            self._cols["children"] = got
        return got

    @property
    def lower(self) -> list[str]:
        got = self._cols.get("lower")
        if got is None:
            got = self._cols["lower"] = [t.lower() for t in self.text]
        return got


_MEMO: tuple = (None, None, None)  # (doc, its annotation array, its table), replaced whole


def token_table(doc, check: bool = True) -> TokenTable:
    """The table of ``doc``, the last document's kept (see the module's docstring). The memo is
    replaced as one tuple: an ingest in another thread cannot pair one document with another's
    table.

    ``check=False`` skips the comparison with the doc's annotations (one ``Doc.to_array``, ~70 µs
    per bench article): for readers within one pass over the doc that a checked call began (the
    claims extractor's ``tokens_from_doc`` checks, the act classifier and the speaker linker it
    calls then do not). A doc the memo does not hold is read in either case."""
    global _MEMO
    memo = _MEMO
    if not check and memo[0] is doc:
        return memo[2]
    arr = doc.to_array(_ATTRS) if len(doc) else None
    if memo[0] is doc and (arr is None if memo[1] is None else arr is not None and np.array_equal(memo[1], arr)):
        return memo[2]
    table = TokenTable(doc, arr)
    _MEMO = (doc, arr, table)
    return table
