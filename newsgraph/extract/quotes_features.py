"""Token features for the quotation taggers (cue / speaker / addressee roles and message spans).

Features use only the token text, sentence boundaries and the lexicons in
``config/claims.toml``, never the tagger/parser output: the taggers are trained on
quotes-de through the same tokenizer and segmenter, and must not drift when the nlp
stage gains or loses a statistical model. Sentence-level flags (has a cue, a Konjunktiv
form, a quotation) give the linear-chain CRF the long-range context message spans need.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..nlp.table import token_table

CONFIG = Path(__file__).resolve().parent.parent / "config" / "claims.toml"

OPEN_ONLY = {"„", "‚"}
CLOSE_ONLY = {"”"}
PAIRS = {"„": "“", "‚": "‘", "“": "”", "»": "«", "«": "»", '"': '"', "‘": "’"}
QUOTE_CHARS = set(PAIRS) | set(PAIRS.values())


@lru_cache(maxsize=1)
def config() -> dict:
    return tomllib.loads(CONFIG.read_text("utf-8"))


@dataclass(frozen=True)
class Lexicon:
    cue_stems: tuple[str, ...]
    prepositions: frozenset[str]
    angaben: frozenset[str]
    complementizers: frozenset[str]
    subjunctive: frozenset[str]
    hedges: frozenset[str]
    exact: bool = False
    cue_words: frozenset[str] = frozenset()  # learned from the training data (model's cues.txt)

    def is_rule_cue(self, w: str) -> bool:
        """The curated lexicon only: rules must not fire on learned words like "erwartet"."""
        if self.exact:
            return w in self.cue_stems
        return w.startswith(self.cue_stems) if self.cue_stems else False

    def is_cue(self, w: str) -> bool:
        if w in self.cue_words:
            return True
        if self.exact:
            return w in self.cue_stems
        return w.startswith(self.cue_stems) if self.cue_stems else False


_CUE_WORDS: dict[str, frozenset[str]] = {}


def set_cue_words(lang: str, words: set[str] | frozenset[str]) -> None:
    """Use these learned cue words for ``lang`` (training sets them before featurizing)."""
    _CUE_WORDS[lang] = frozenset(words)
    lexicon.cache_clear()


def _learned_cue_words(lang: str) -> frozenset[str]:
    if lang in _CUE_WORDS:
        return _CUE_WORDS[lang]
    from ..config import models_dir

    name = config().get("model", {}).get(lang)
    path = models_dir() / name / "cues.txt" if name else None
    words = frozenset()
    if path is not None and path.exists():
        words = frozenset(w.strip() for w in path.read_text("utf-8").splitlines() if w.strip())
    _CUE_WORDS[lang] = words
    return words


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    c = config().get(lang if lang in ("de", "en") else "de", {})
    return Lexicon(
        cue_stems=tuple(c.get("cue_stems", [])),
        prepositions=frozenset(c.get("prepositions", [])),
        angaben=frozenset(c.get("angaben", [])),
        complementizers=frozenset(c.get("complementizers", [])),
        subjunctive=frozenset(c.get("subjunctive", [])),
        hedges=frozenset(c.get("hedges", [])),
        exact=c.get("cue_match") == "exact",
        cue_words=_learned_cue_words(lang),
    )


@dataclass
class Tok:
    text: str
    start: int
    end: int
    sent: int
    is_sent_start: bool
    mood_sub: bool = False  # from the morphologizer, when the doc has one
    i: int = -1  # index of the spaCy token
    pos: str = ""  # coarse POS when the doc has a tagger
    # the token's relation to the nearest speech verb above it in the parse ("" without a parse):
    # "V" the speech verb itself, else the dependency label of the branch under it
    # ("nsubj" speaker, "ccomp"/"parataxis" message, ...), "-" for none
    speech: str = ""
    # parse_features = 2: the speech verb's lemma ("V" tokens) and whether the token's clause
    # (nearest verb above it, with its auxiliaries) is in the Konjunktiv
    vlemma: str = ""
    csub: bool = False
    # cluster_features = 1: the word form's cluster ids (one per granularity of newsgraph/nlp/word_clusters),
    # those of the verb its clause hangs on with the relation of that branch, and of its clause's own verb
    cl: tuple[int, ...] | None = None
    gcl: tuple[int, ...] | None = None
    grel: str = ""
    hcl: tuple[int, ...] | None = None
    # [model] lstm_opinion: the BiLSTM's bucketed P(message), P(B-message), P(cue), P(speaker)
    # (extract/quotes_lstm.py); None = no opinion, no features
    nn: tuple[int, ...] | None = None


SPEECH_ARG_DEPTH = 8
CLAUSE_DEPS = {"ccomp", "parataxis", "advcl", "acl", "xcomp", "csubj", "ROOT"}


def _speech_lemmas(lang: str) -> frozenset[str]:
    c = config().get(lang if lang in ("de", "en") else "de", {})
    return frozenset(c.get("indirect_lemmas", [])) | frozenset(c.get("reported_lemmas", []))


def _doc_arrays(doc):
    """Per-token columns of the doc, from its token table (newsgraph/nlp/table.py: one
    ``Doc.to_array`` shared with the act classifier, the speaker linker, the events and the checks;
    a Token object per attribute access was the larger part of ``tokens_from_doc``): head index,
    the DEP, POS, LEMMA, MORPH string ids, character offset, ORTH string id, IS_SPACE and SENT_START."""
    from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS

    tab = token_table(doc, check=False)  # tokens_from_doc checked it
    if not tab.n:
        return [], [], [], [], [], [], [], [], []
    return (tab.head, tab.ids(DEP), tab.ids(POS), tab.ids(LEMMA), tab.ids(MORPH), tab.idx, tab.ids(ORTH), tab.space,
            tab.sent_start)


def _sentence_bounds(doc, sent_start: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each of ``doc.sents``, from the SENT_START column: ``doc.sents`` first
    checks that the doc has sentence boundaries by iterating all its tokens in Python, which cost
    as much as the rest of ``tokens_from_doc``. Docs with a sentence hook, or without boundaries
    (where ``doc.sents`` raises), go through ``doc.sents``."""
    n = len(sent_start)
    if n < 2 or "sents" in doc.user_hooks or not any(sent_start[1:]):
        return [(s.start, s.end) for s in doc.sents]
    starts = [0] + [i for i in range(1, n) if sent_start[i] == 1]
    return list(zip(starts, starts[1:] + [n]))


def _speech_relations(doc, lang: str, cols=None) -> dict[int, str]:
    """For each spaCy token id: "V" for a speech verb (lemma with its separated particle in the
    curated lists; word stems like "gab" are too loose here: "gab es"), else the dependency label of the branch that links
    it to the nearest speech verb above it within the sentence, else "-"."""
    from spacy.parts_of_speech import AUX, VERB

    lemmas = _speech_lemmas(lang)
    heads, _dep_ids, pos_ids = (cols if cols is not None else _doc_arrays(doc))[:3]
    tab = token_table(doc, check=False)
    deps, lems = tab.dep, tab.lemma
    prt: dict[int, str] = {}
    for i, d in enumerate(deps):
        if d in ("compound:prt", "svp"):
            prt.setdefault(heads[i], tab.lower[i])
    speech = {i for i, p in enumerate(pos_ids)
              if (p == VERB or p == AUX) and prt.get(i, "") + lems[i].lower() in lemmas}
    n = len(heads)
    if not speech:
        return dict.fromkeys(range(n), "-")
    out: dict[int, str] = {}
    for i in range(n):
        if i in speech:
            out[i] = "V"
            continue
        rel = "-"
        cur = i
        for _ in range(SPEECH_ARG_DEPTH):
            h = heads[cur]
            if h == cur:
                break
            if h in speech:
                rel = deps[cur].split(":")[0]
                break
            cur = h
        out[i] = rel
    return out


def _clause_mood(doc) -> dict[int, bool]:
    """For each token id: whether the nearest verb at or above it (or an auxiliary of that
    verb) has Mood=Sub: the clause is in the Konjunktiv, the mark of reported speech."""
    sub_verb: dict[int, bool] = {}
    for t in doc:
        if t.pos_ in ("VERB", "AUX") and "Sub" in t.morph.get("Mood"):
            sub_verb[t.i] = True
            if t.dep_ in ("aux", "aux:pass", "cop"):
                sub_verb[t.head.i] = True
    out: dict[int, bool] = {}
    for t in doc:
        cur = t
        val = False
        for _ in range(SPEECH_ARG_DEPTH):
            # the clause head: a full verb, a predicate with a copula ("die Lage sei ernst"), or
            # whatever heads a clausal relation
            if cur.i in sub_verb or cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "aux:pass", "cop") \
                    or cur.dep_ in CLAUSE_DEPS or cur.head.i == cur.i:
                val = sub_verb.get(cur.i, False)
                break
            cur = cur.head
        out[t.i] = val
    return out


def cluster_level(lang: str = "de") -> int:
    m = config().get("model", {})
    return int(m.get("cluster_features", 0)) if m.get(lang) else 0


@lru_cache(maxsize=2)
def _word_clusters(name: str):
    from ..config import models_dir
    from ..nlp import word_clusters

    return word_clusters.load(str(models_dir() / name)) if name else None


def _clause_heads(heads: list[int], deps: list[str], pos_ids: list[int]) -> list[int]:
    """For each token: the head of its clause, the nearest full verb (not an auxiliary or copula)
    at or above it, or a token heading a clausal relation, or the root, looked for over
    SPEECH_ARG_DEPTH steps (as ``_clause_mood``; beyond that, the token reached there). A token's
    nearest stop is its head's unless it stops itself, so each is found once."""
    from spacy.parts_of_speech import AUX, VERB

    n = len(heads)
    stop = [-1] * n  # nearest stopping token at or above
    dist = [0] * n  # steps to it
    for i in range(n):
        path = []
        cur = i
        while stop[cur] < 0:
            d = deps[cur]
            p = pos_ids[cur]
            if (p == VERB or p == AUX) and d not in ("aux", "aux:pass", "cop") \
                    or d.split(":")[0] in CLAUSE_DEPS or heads[cur] == cur or len(path) > n:
                stop[cur] = cur
                break
            path.append(cur)
            cur = heads[cur]
        for k in reversed(path):
            stop[k] = stop[heads[k]]
            dist[k] = dist[heads[k]] + 1
    out = stop
    for i in range(n):
        if dist[i] >= SPEECH_ARG_DEPTH:
            cur = i
            for _ in range(SPEECH_ARG_DEPTH):
                cur = heads[cur]
            out[i] = cur
    return out


def add_clusters(doc, toks: list[Tok], lang: str = "de", cols=None) -> None:
    """Sets the cluster fields of ``toks`` (``cluster_features``): a one-off cue verb ("monierte")
    shares its cluster with frequent ones of the same form, and a clause hanging on it by ccomp
    sees that cluster. Clusters are the NER CRF's (config [model] clusters), forms outside their
    table placed by the doc's floret vectors."""
    wc = _word_clusters(config().get("model", {}).get("clusters", ""))
    if wc is None or not toks:
        return
    vectors = doc.vocab.vectors if doc.vocab.vectors.size else None
    ids = wc.lookup([t.text for t in toks], vectors)
    for t, c in zip(toks, ids):
        t.cl = c
    if not doc.has_annotation("DEP"):
        return
    heads, dep_ids, pos_ids = (cols if cols is not None else _doc_arrays(doc))[:3]
    strings = doc.vocab.strings
    deps = [strings[d] if d else "" for d in dep_ids]
    ch = _clause_heads(heads, deps, pos_ids)
    by_i = {t.i: c for t, c in zip(toks, ids)}
    for t in toks:
        h = ch[t.i]
        t.hcl = by_i.get(h)
        if heads[h] != h:
            t.gcl = by_i.get(ch[heads[h]])
            t.grel = deps[h].split(":")[0]


def tokens_from_doc(doc, lang: str = "de") -> list[Tok]:
    has_morph = doc.has_annotation("MORPH")
    has_pos = doc.has_annotation("POS")
    m = config().get("model", {})
    level = int(m.get("parse_features", 0)) if m.get(lang) and doc.has_annotation("DEP") else 0
    # texts, POS and the Konjunktiv from the doc's token table (the string store read once per
    # document for all stages; ``doc.text`` joins every token's text anew on each access), checked
    # against the doc's annotations here, once per extraction: the readers below and the act
    # classifier's and speaker linker's columns (keyed by this token list) take it unchecked
    tab = token_table(doc)
    cols = _doc_arrays(doc)
    rel = _speech_relations(doc, lang, cols) if level else {}
    csub = _clause_mood(doc) if level >= 2 else {}
    idx, space, texts = tab.idx, tab.space, tab.text
    pos = tab.pos if has_pos else [""] * tab.n
    subs = tab.mood_sub if has_morph else [False] * tab.n
    out: list[Tok] = []
    for si, (first, end) in enumerate(_sentence_bounds(doc, tab.sent_start)):
        for i in range(first, end):
            if space[i]:
                continue
            r = rel.get(i, "")
            a = idx[i]
            w = texts[i]
            out.append(Tok(w, a, a + len(w), si, i == first, subs[i], i, pos[i], r,
                           doc[i].lemma_.lower() if level >= 2 and r == "V" else "", csub.get(i, False)))
    if cluster_level(lang):
        add_clusters(doc, out, lang, cols)
    return out


class _LastMemo:
    """The last (key, answer) of a function asked again and again about one object, the key held by identity. The
    pair is replaced as one tuple: an ingest in another thread (API workers) can never see one document's key paired
    with another's answer, as it could between two item assignments."""

    __slots__ = ("pair",)

    def __init__(self, empty=None) -> None:
        self.pair: tuple = (None, empty)

    def get(self, key, compute):
        pair = self.pair
        if pair[0] is key:
            return pair[1]
        answer = compute(key)
        self.pair = (key, answer)
        return answer


# (tokens list, its depths): the rules ask for the same list ~10 times. The other memos of this module
# are replaced as one tuple too (see _LastMemo).
_DEPTH_MEMO = _LastMemo()


def quote_depth(toks: list[Tok]) -> list[int]:
    """1 for tokens inside quotation marks (marks included), else 0 (callers must not modify the list).

    The last answer is kept: every rule of one document asks again for the same token list.
    """
    return _DEPTH_MEMO.get(toks, _quote_depth)


_TEXT_MEMO = _LastMemo("")  # (doc, its text)


def doc_text(doc) -> str:
    """``doc.text`` (``""`` for an object without one), the last doc's kept: spaCy joins it from
    every token on each access (~0.2 ms per bench article), and the cue chooser's and the
    linker's ``DocView`` and the act classifier each read it per document. A Doc's text cannot
    change (the retokenizer keeps it); the memo holds the doc itself, so its identity cannot
    pass to another document."""
    return _TEXT_MEMO.get(doc, _doc_text)


def _doc_text(doc) -> str:
    if hasattr(doc, "to_array"):
        # joined as ``Doc.text`` joins it (each token's text and one space where its SPACY flag is set),
        # from the doc's token table: a Token object per word was most of what ``doc.text`` cost.
        # Unchecked: no change to a doc's annotations changes its text (a retokenizer keeps it)
        tab = token_table(doc, check=False)
        return "".join([w + " " if sp else w for w, sp in zip(tab.text, tab.ws)])
    return getattr(doc, "text", "")


def _quote_depth(toks: list[Tok]) -> list[int]:
    """1 for tokens inside quotation marks (marks included), else 0.

    „…“ and »…« (German), “…” (English) and "…" are paired with a stack, so the German
    closing “ is told apart from the English opening “. An unclosed mark stays open only
    to the end of its paragraph-sized window (60 tokens) to limit damage from stray marks.
    """
    inside = [0] * len(toks)
    stack: list[tuple[str, int]] = []
    for i, t in enumerate(toks):
        ch = t.text
        if ch not in QUOTE_CHARS:
            if stack:
                inside[i] = 1
            continue
        if stack and PAIRS.get(stack[-1][0]) == ch:
            stack.pop()
            inside[i] = 1
            continue
        if ch in CLOSE_ONLY or ch in ("«", "’") and not stack:
            continue
        stack.append((ch, i))
        inside[i] = 1
    # marks never closed: undo beyond a window
    for _ch, i in stack:
        for j in range(i + 60, len(toks)):
            inside[j] = 0
    return inside


# closing shapes a German opening „ meets in the corpus besides its own “: the English ” and the straight " ("„ der Dicke ”",
# "„ Tod dem Diktator \"") — the legacy pairing left those open for 60 tokens
_LOOSE_CLOSERS = {"„": ("“", "”", '"')}
# single marks double as apostrophes ("Kids ’ Right", "in ‘ Adi"): one opens only if its partner follows in its sentence
_SINGLE_MARKS = {"‚", "‘", "’"}
_RULE_DEPTH_MEMO = _LastMemo()  # (tokens list, its fixed depths)


def rule_quote_depth(toks: list[Tok]) -> list[int]:
    """``quote_depth`` as the rules see it: claims.toml [model] rule_quote_depth = "fixed" pairs the mark shapes the
    legacy pairing leaves open (``_fixed_quote_depth``); "legacy" is ``quote_depth`` itself. The taggers' features keep
    ``quote_depth``: they were trained on its view."""
    if config().get("model", {}).get("rule_quote_depth", "legacy") != "fixed":
        return quote_depth(toks)
    return _RULE_DEPTH_MEMO.get(toks, _fixed_quote_depth)


def _closes(opener: str, ch: str) -> bool:
    return ch in _LOOSE_CLOSERS.get(opener, (PAIRS.get(opener),))


def _partner_ahead(toks: list[Tok], i: int, partner: str) -> bool:
    """Whether ``partner`` follows toks[i] in its sentence, as a mark of its own or glued to the end of a word."""
    s = toks[i].sent
    for t in toks[i + 1:]:
        if t.sent != s:
            return False
        if t.text == partner or len(t.text) > 1 and partner in t.text[1:]:
            return True
    return False


def _glued_close(top: str, w: str) -> bool:
    """Whether word ``w`` inside a quote opened by ``top`` carries that quote's closer glued after its first character
    ("Bild“-Zeitung", 'Jamaika"-Koalition'), beyond any pair of its own ("„.asia“-Domain" closes nothing)."""
    if len(w) < 2:
        return False
    close = PAIRS.get(top, "")
    if not close:
        return False
    if close == top:
        return w[0] != top and w.count(top) % 2 == 1
    return w[1:].count(close) > w.count(top)


def _fixed_quote_depth(toks: list[Tok]) -> list[int]:
    """``_quote_depth`` with the shapes it cannot close paired (de_cues card, Round 27 late, q2):

    a closing mark glued inside a word closes there ("„ Bild“-Zeitung", "„ Tea Party“-Bewegung": the tokenizer keeps the
    closer on the compound); „ also closes with ” and "; a « with nothing open opens when » follows in its sentence
    ("das « Schweizerhaus »"); a single mark (‚ ‘ ’) opens only when its partner follows in its sentence, so an apostrophe
    or a transliterated ayin opens nothing. What stays unclosed keeps the legacy 60-token window.
    """
    inside = [0] * len(toks)
    stack: list[tuple[str, int]] = []
    for i, t in enumerate(toks):
        ch = t.text
        if ch not in QUOTE_CHARS:
            if stack:
                inside[i] = 1
                if _glued_close(stack[-1][0], ch):
                    stack.pop()
            continue
        if stack and _closes(stack[-1][0], ch):
            stack.pop()
            inside[i] = 1
            continue
        if ch in CLOSE_ONLY or ch == "’" and not stack:
            continue
        if ch == "«" and not stack and not _partner_ahead(toks, i, "»"):
            continue
        if ch in _SINGLE_MARKS and (ch not in PAIRS or not _partner_ahead(toks, i, PAIRS[ch])):
            if stack:
                inside[i] = 1
            continue
        stack.append((ch, i))
        inside[i] = 1
    for _ch, i in stack:
        for j in range(i + 60, len(toks)):
            inside[j] = 0
    return inside


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if not any(c.isalnum() for c in w):
        return "p"
    if w.isupper() and len(w) > 1:
        return "XX"
    if w[:1].isupper():
        return "Xx"
    return "x"


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


_BUCKETS = tuple(_bucket(n) for n in range(13))  # _bucket(n) for n < 13, looked up in the hot loop


# the ±3 token window: offset, whether the ±1 features apply, and the feature name prefixes
_WINDOW = tuple(
    (off, abs(off) == 1, tuple(f"{name}[{off}]=" for name in ("w", "cue", "inq", "sh", "ww", "subj", "prep", "sp", "upos"))
     + (f"edge[{off}]",))
    for off in (-3, -2, -1, 1, 2, 3))


# cluster features: the granularities (indexes into a cluster-id tuple, coarse to fine) of the word
# itself, of its neighbours at ±1 and ±2, and of the verb its clause hangs on
_CL_NAMES = ("k64", "k256", "k1024")
_CL_WINDOW = ((-2, (0, 1)), (-1, (1, 2)), (1, (1, 2)), (2, (0, 1)))


def _cl_own(cl: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(f"{n}={c}" for n, c in zip(_CL_NAMES, cl))


def _cl_as_neighbour(cl: tuple[int, ...]) -> tuple[tuple[str, ...], ...]:
    """The features a token with clusters ``cl`` gives the token at each offset of _CL_WINDOW from it
    (the token at offset -2 of its neighbour is "[-2]" to that neighbour)."""
    return tuple(tuple(f"{_CL_NAMES[g]}[{off}]={cl[g]}" for g in gs) for off, gs in _CL_WINDOW)


def _cl_clause(t: Tok) -> tuple[str, ...]:
    f = () if t.hcl is None else (f"hv={t.hcl[1]}",)
    if t.gcl is not None:
        f += (f"gv={t.grel}|{t.gcl[1]}", f"gvk={t.gcl[2]}")
    return f


def _nn_feats(nn: tuple[int, ...], prv: int | None, nxt: int | None) -> tuple[str, ...]:
    """The BiLSTM opinion's features of a token: its own buckets and its neighbours' P(message)
    bucket (None: outside the sentence), where a message starts or ends."""
    return (f"nm={nn[0]}", f"nb={nn[1]}", f"nc={nn[2]}", f"ns={nn[3]}",
            f"nm[-1]={'E' if prv is None else prv}|{nn[0]}", f"nm[1]={nn[0]}|{'E' if nxt is None else nxt}")


def _nn_neighbours(toks: list[Tok], i: int, lo: int, hi: int) -> tuple[int | None, int | None]:
    p = toks[i - 1].nn if i - 1 >= lo else None
    q = toks[i + 1].nn if i + 1 < hi else None
    return (None if p is None else p[0]), (None if q is None else q[0])


def featurize(toks: list[Tok], lang: str = "de") -> list[list[str]]:
    return Featurizer(toks, lang).features(0, len(toks))


_FZ_MEMO: tuple = (None, None, None)  # (tokens list, language, its Featurizer), replaced whole (see _LastMemo)


def featurizer(toks: list[Tok], lang: str = "de") -> "Featurizer":
    """The ``Featurizer`` of a document's token list, shared: the taggers, the cue chooser and the
    speaker linker each built their own over the same tokens (the lexicon flags and sentence
    summaries up to three times per document) and asked it for the rows of the same sentences.
    The last one is kept, as ``quote_depth`` keeps its answer; the memo holds the list itself, so
    its identity cannot pass to another document's list. Nothing changes a ``Tok`` after
    ``tokens_from_doc`` and the BiLSTM opinion, so the shared rows are those a new one gives."""
    global _FZ_MEMO
    memo = _FZ_MEMO
    if memo[0] is toks and memo[1] == lang:
        return memo[2]
    fz = Featurizer(toks, lang)
    _FZ_MEMO = (toks, lang, fz)
    return fz


_CUE_MEMO: tuple = (None, {})  # (Lexicon, word -> is_cue), replaced whole (see _LastMemo)


def _cue_flags(lex: Lexicon, words: list[str]) -> list[bool]:
    """``lex.is_cue`` of each word, each distinct word's answer kept across documents: the stem
    test (``startswith`` over ~80 stems) cost ~0.5 µs a word, a dict probe ~0.05. The memo holds
    the Lexicon itself (``set_cue_words`` makes a new one), so its answers cannot pass to another."""
    global _CUE_MEMO
    memo = _CUE_MEMO
    if memo[0] is not lex or len(memo[1]) > 200_000:
        memo = _CUE_MEMO = (lex, {})
    known = memo[1]
    get = known.get
    out = []
    for w in words:
        c = get(w)
        if c is None:
            c = known[w] = lex.is_cue(w)
        out.append(c)
    return out


class Featurizer:
    """Token features of one document, built for a token range on demand.

    The lexicon flags and sentence summaries are computed once over the whole document, so the
    features of a range of whole sentences are exactly those ``featurize`` gives over the whole
    document: the taggers can be run on the sentences that may hold a quote and skip the rest.
    """

    def __init__(self, toks: list[Tok], lang: str = "de") -> None:
        lex = lexicon(lang)
        self.toks = toks
        n = len(toks)
        self.low = low = [t.text.lower() for t in toks]
        self.csub = int(config().get("model", {}).get("parse_features", 0)) >= 2 and any(t.speech for t in toks)
        self.inq = inq = quote_depth(toks)
        self.cue = cue = _cue_flags(lex, low)
        self.subj = subj = [w in lex.subjunctive or t.mood_sub for w, t in zip(low, toks)]
        self.prep = prep = [w in lex.prepositions for w in low]
        self.ang = ang = [w in lex.angaben for w in low]
        self.comp = comp = [w in lex.complementizers for w in low]
        s_first: dict[int, int] = {}
        s_last: dict[int, int] = {}
        for i, t in enumerate(toks):
            s_first.setdefault(t.sent, i)
            s_last[t.sent] = i
        self.s_first, self.s_last = s_first, s_last
        # what its sentence showed before each token (a cue, a comma, a complementiser, a Konjunktiv
        # verb, each outside quotation marks where that matters): the message usually starts after
        # the first cue and its comma
        self.seen = seen = []
        state, cur = (False, False, False, False), None
        for i, t in enumerate(toks):
            if t.sent != cur:
                cur, state = t.sent, (False, False, False, False)
            seen.append(state)
            c, m, p, s = state
            state = (c or (cue[i] and not inq[i]), m or (low[i] == "," and not inq[i]),
                     p or comp[i], s or (subj[i] and not inq[i]))
        summ: dict[int, dict[str, bool]] = {}
        for s, a in s_first.items():
            r = range(a, s_last[s] + 1)
            summ[s] = {
                "cue": any(cue[i] and not inq[i] for i in r),
                "subj": any(subj[i] and not inq[i] for i in r),
                "quote": any(inq[i] for i in r),
                "comp": any(comp[i] for i in r),
                "prep": any((prep[i] or ang[i]) and not inq[i] for i in r),
                "colon": any(low[i] == ":" for i in r),
                "speech": any(toks[i].speech == "V" and not inq[i] for i in r),
            }
        self.summ = summ
        self.n = n
        self.lang = lang
        # 1: the word's and its window's cluster ids and those of its clause's verbs; 2: the verbs' only
        self.clusters = cluster_level(lang)
        self.cl_words = self.clusters == 1
        self._memo: dict[int, list[list[str]]] = {}
        self._rows: dict[tuple, tuple[list[int], list[int]]] = {}
        # (CRF, sentence) -> the sentence's marginals [token, label] under that CRF (the sentence a sequence of its
        # own, from these rows): the speaker linker's ``DocView.crf_prepare`` computes them for every sentence the
        # cue chooser's ``crf_cue_probs`` asks about after it, which computed them again
        self.marginals: dict[tuple[object, int], object] = {}

    def candidates(self, modal_stems: tuple[str, ...] = (), comp: bool = False) -> set[int]:
        """Sentences that may hold a quote or its frame: a cue word, Konjunktiv, quotation mark,
        "laut"/"zufolge"/"nach Angaben", a parsed speech verb, or a hearsay modal ("soll");
        with ``comp`` also a complementiser ("dass", "ob")."""
        out = {s for s, sm in self.summ.items()
               if sm["cue"] or sm["subj"] or sm["quote"] or sm["prep"] or sm["speech"] or comp and sm["comp"]}
        if modal_stems:
            for i, w in enumerate(self.low):
                if not self.inq[i] and w.startswith(modal_stems):
                    out.add(self.toks[i].sent)
        return out

    def features(self, a: int, b: int) -> list[list[str]]:
        """Features of tokens [a, b), which must start and end at sentence boundaries (each
        sentence's features are built once and kept)."""
        out: list[list[str]] = []
        k = a
        while k < b:
            s = self.toks[k].sent
            f = self._memo.get(s)
            if f is None:
                f = self._memo[s] = self._features(k, self.s_last[s] + 1)
            out.extend(f)
            k = self.s_last[s] + 1
        return out

    def _features(self, a: int, b: int) -> list[list[str]]:
        lex = lexicon(self.lang)
        toks, low, inq, cue, subj, prep = self.toks, self.low, self.inq, self.cue, self.subj, self.prep
        ang, comp, csub, summ, s_first, s_last = self.ang, self.comp, self.csub, self.summ, self.s_first, self.s_last
        n = self.n
        shapes = {}
        for i in range(max(0, a - 1), min(n, b + 1)):
            shapes[i] = _shape(toks[i].text)
        hedges = lex.hedges
        # signed distance to the nearest cue word outside quotation marks in the same sentence:
        # speakers sit right next to it, messages start after the comma that follows it
        cue_dist: dict[int, str] = {}
        for s in range(toks[a].sent, toks[b - 1].sent + 1) if b > a else ():
            if s not in s_first:
                continue
            idx = [i for i in range(s_first[s], s_last[s] + 1) if cue[i] and not inq[i]]
            for i in range(s_first[s], s_last[s] + 1):
                if idx:
                    d = min((i - k for k in idx), key=abs)
                    cue_dist[i] = ("-" if d < 0 else "+") + _bucket(abs(d))
                else:
                    cue_dist[i] = "none"
        feats: list[list[str]] = []
        seen = self.seen
        for i in range(a, b):
            t = toks[i]
            seen_cue, seen_comma, seen_comp, seen_subj = seen[i]
            w = low[i]
            pos = i - s_first[t.sent]
            to_end = s_last[t.sent] - i
            sm = summ[t.sent]
            prev = summ.get(t.sent - 1, {})
            nxt = summ.get(t.sent + 1, {})
            f = [
                "bias", "w=" + w, "s3=" + w[-3:], "s2=" + w[-2:], "p3=" + w[:3], "sh=" + shapes[i],
                f"inq={int(inq[i])}", f"cue={int(cue[i])}", f"subj={int(subj[i])}", f"prep={int(prep[i])}",
                f"ang={int(ang[i])}", f"comp={int(comp[i])}", f"hedge={int(w in hedges)}",
                "pos=" + _bucket(pos), "toend=" + _bucket(to_end),
                f"scue={int(sm['cue'])}", f"ssubj={int(sm['subj'])}", f"squote={int(sm['quote'])}",
                f"scomp={int(sm['comp'])}", f"sprep={int(sm['prep'])}", f"scolon={int(sm['colon'])}",
                f"pcue={int(prev.get('cue', 0))}", f"psubj={int(prev.get('subj', 0))}", f"pquote={int(prev.get('quote', 0))}",
                f"ncue={int(nxt.get('cue', 0))}", f"nquote={int(nxt.get('quote', 0))}",
                f"seencue={int(seen_cue)}", f"seencomma={int(seen_comma)}", f"seencomp={int(seen_comp)}",
                f"seensubj={int(seen_subj)}", "cdist=" + cue_dist[i], f"cdist_inq={cue_dist[i]}|{int(inq[i])}",
                f"inq_cue={int(inq[i])}{int(sm['cue'])}", f"seen_cue_comma={int(seen_cue)}{int(seen_comma)}",
            ]
            if t.speech:
                if t.vlemma:
                    f.append("vlem=" + t.vlemma)
                if csub:
                    f += ["csub=" + ("1" if t.csub else "0"), f"sp_csub={t.speech}|{int(t.csub)}"]
                f += ["sp=" + t.speech, f"sspeech={int(sm['speech'])}{int(prev.get('speech', 0))}", "upos=" + t.pos,
                      f"sp_inq={t.speech}|{int(inq[i])}", f"sp_subj={t.speech}|{int(subj[i])}"]
            for off, near, p in _WINDOW:
                j = i + off
                if 0 <= j < n and toks[j].sent == t.sent:
                    f += (p[0] + low[j], p[1] + ("1" if cue[j] else "0"), p[2] + ("1" if inq[j] else "0"))
                    if near:
                        f += (p[3] + shapes[j], p[4] + w + "|" + low[j], p[5] + ("1" if subj[j] else "0"),
                              p[6] + ("1" if prep[j] else "0"))
                        if toks[j].speech:
                            f += (p[7] + toks[j].speech, p[8] + toks[j].pos)
                else:
                    f.append(p[9])
            if self.cl_words:
                if t.cl is not None:
                    f += _cl_own(t.cl)
                for k, (off, _gs) in enumerate(_CL_WINDOW):
                    j = i + off
                    if 0 <= j < n and toks[j].sent == t.sent and toks[j].cl is not None:
                        f += _cl_as_neighbour(toks[j].cl)[k]
            if self.clusters:
                f += _cl_clause(t)
            if t.nn is not None:
                f += _nn_feats(t.nn, *_nn_neighbours(toks, i, s_first[t.sent], s_last[t.sent] + 1))
            feats.append(f)
        return feats

    def rows(self, a: int, b: int, index) -> tuple[list[int], list[int]]:
        """The same features as ``features(a, b)``, straight as rows of ``index`` (a
        ``quotes_crf.FeatureIndex``): flat rows and where each token's rows end. The strings
        are built once per distinct combination of their inputs (word, flags, buckets) and
        the combination's rows kept in ``index.cache``, so a token costs a few tuple lookups
        instead of about 70 string formats and dictionary lookups. The tests check that the
        rows are those of the strings. (The lookups are written out in the loop: a helper
        taking a closure per lookup cost as much as the lookups themselves.) Each range's
        answer is kept (callers must not modify the lists): the cue chooser and the speaker
        linker ask again for sentences the taggers had."""
        key = (a, b, index)
        got = self._rows.get(key)
        if got is None:
            got = self._rows[key] = self._rows_of(a, b, index)
        return got

    def _rows_of(self, a: int, b: int, index) -> tuple[list[int], list[int]]:
        cache = index.cache
        if len(cache) > 500_000:
            cache.clear()
        get = index.row.get
        cget = cache.get
        toks, low, inq, cue, subj, prep = self.toks, self.low, self.inq, self.cue, self.subj, self.prep
        ang, comp, csub, summ, s_first, s_last = self.ang, self.comp, self.csub, self.summ, self.s_first, self.s_last
        seen = self.seen
        hedges = lexicon(self.lang).hedges
        clusters, cl_words = self.clusters, self.cl_words

        def rows_of(feats) -> tuple[int, ...]:
            return tuple(get(f, 0) for f in feats)

        edge_rows = tuple(rows_of((p[9],)) for _off, _near, p in _WINDOW)
        ww2, ww3 = _WINDOW[2][2][4], _WINDOW[3][2][4]  # the "ww[-1]=" and "ww[1]=" prefixes

        out: list[int] = []
        ends: list[int] = []
        ext = out.extend
        app = out.append
        end_app = ends.append
        for s in range(toks[a].sent, toks[b - 1].sent + 1) if b > a else ():
            if s not in s_first:
                continue
            lo, hi = s_first[s], s_last[s] + 1
            sm = summ[s]
            prev = summ.get(s - 1, {})
            nxt = summ.get(s + 1, {})
            sent_rows = [get(f, 0) for f in (
                f"scue={int(sm['cue'])}", f"ssubj={int(sm['subj'])}", f"squote={int(sm['quote'])}",
                f"scomp={int(sm['comp'])}", f"sprep={int(sm['prep'])}", f"scolon={int(sm['colon'])}",
                f"pcue={int(prev.get('cue', 0))}", f"psubj={int(prev.get('subj', 0))}", f"pquote={int(prev.get('quote', 0))}",
                f"ncue={int(nxt.get('cue', 0))}", f"nquote={int(nxt.get('quote', 0))}")]
            sm_cue = sm["cue"]
            sspeech = f"{int(sm['speech'])}{int(prev.get('speech', 0))}"
            # each token's rows as a window neighbour, for all six offsets at once (and the two
            # near ones' shape/flag rows): one lookup per token instead of one per neighbour; and
            # its own word rows. The three groups under one key (the lower-case form follows from
            # the text): one tuple built, hashed and looked up per token instead of three, which
            # were two thirds of this loop's time
            orows = []
            nrows = []
            wrows = []
            for j in range(lo, hi):
                tj = toks[j]
                key = ("T", tj.text, cue[j], inq[j], subj[j], prep[j], tj.speech, tj.pos)
                r = cget(key)
                if r is None:
                    lj, text = low[j], tj.text
                    r = cache[key] = (
                        tuple(rows_of((p[0] + lj, p[1] + ("1" if cue[j] else "0"), p[2] + ("1" if inq[j] else "0")))
                              for _off, _near, p in _WINDOW),
                        tuple(rows_of((p[3] + _shape(text), p[5] + ("1" if subj[j] else "0"),
                                       p[6] + ("1" if prep[j] else "0"))
                                      + ((p[7] + tj.speech, p[8] + tj.pos) if tj.speech else ())) if near else ()
                              for _off, near, p in _WINDOW),
                        rows_of(("bias", "w=" + lj, "s3=" + lj[-3:], "s2=" + lj[-2:], "p3=" + lj[:3],
                                 "sh=" + _shape(text), f"hedge={int(lj in hedges)}")))
                orows.append(r[0])
                nrows.append(r[1])
                wrows.append(r[2])
            if cl_words:
                # (own rows, then the rows it gives each _CL_WINDOW offset) of each token
                crows = []
                for j in range(lo, hi):
                    cl = toks[j].cl
                    if cl is None:
                        crows.append(None)
                        continue
                    key = ("C", cl)
                    r = cget(key)
                    if r is None:
                        r = cache[key] = (rows_of(_cl_own(cl)), *(rows_of(x) for x in _cl_as_neighbour(cl)))
                    crows.append(r)
            idx = [i for i in range(lo, hi) if cue[i] and not inq[i]]
            nidx = len(idx)
            for i in range(lo, hi):
                t = toks[i]
                w = low[i]
                seen_cue, seen_comma, seen_comp, seen_subj = seen[i]
                if idx:
                    # the nearest cue, the earlier one on a tie (as min() over idx in order)
                    q = bisect_left(idx, i)
                    if q == nidx or q > 0 and i - idx[q - 1] <= idx[q] - i:
                        d = i - idx[q - 1]
                    else:
                        d = i - idx[q]
                    ad = d if d >= 0 else -d
                    cd = ("-" if d < 0 else "+") + (_BUCKETS[ad] if ad < 13 else "13+")
                else:
                    cd = "none"
                ext(wrows[i - lo])
                qi = inq[i]
                key = ("f", qi, cue[i], subj[i], prep[i], ang[i], comp[i], sm_cue)
                r = cget(key)
                if r is None:
                    r = cache[key] = rows_of((f"inq={int(qi)}", f"cue={int(cue[i])}", f"subj={int(subj[i])}",
                                              f"prep={int(prep[i])}", f"ang={int(ang[i])}", f"comp={int(comp[i])}",
                                              f"inq_cue={int(qi)}{int(sm_cue)}"))
                ext(r)
                b1 = i - lo
                b1 = _BUCKETS[b1] if b1 < 13 else "13+"
                b2 = hi - 1 - i
                b2 = _BUCKETS[b2] if b2 < 13 else "13+"
                key = ("p", b1, b2)
                r = cget(key)
                if r is None:
                    r = cache[key] = rows_of(("pos=" + b1, "toend=" + b2))
                ext(r)
                ext(sent_rows)
                key = ("s", seen_cue, seen_comma, seen_comp, seen_subj, cd, qi)
                r = cget(key)
                if r is None:
                    r = cache[key] = rows_of((
                        f"seencue={int(seen_cue)}", f"seencomma={int(seen_comma)}", f"seencomp={int(seen_comp)}",
                        f"seensubj={int(seen_subj)}", "cdist=" + cd, f"cdist_inq={cd}|{int(qi)}",
                        f"seen_cue_comma={int(seen_cue)}{int(seen_comma)}"))
                ext(r)
                sp = t.speech
                if sp:
                    key = ("v", t.vlemma, csub and t.csub, sp, sspeech, t.pos, qi, subj[i])
                    r = cget(key)
                    if r is None:
                        f = ["vlem=" + t.vlemma] if t.vlemma else []
                        if csub:
                            f += ["csub=" + ("1" if t.csub else "0"), f"sp_csub={sp}|{int(t.csub)}"]
                        r = cache[key] = rows_of(f + ["sp=" + sp, "sspeech=" + sspeech, "upos=" + t.pos,
                                                      f"sp_inq={sp}|{int(qi)}", f"sp_subj={sp}|{int(subj[i])}"])
                    ext(r)
                ri = i - lo
                # the window offsets (-3, -2, -1, 1, 2, 3) written out for tokens whose whole window
                # lies in the sentence: the loop over _WINDOW with its bounds tests cost a fifth of
                # this function
                if 3 <= ri and i + 3 < hi:
                    ext(orows[ri - 3][0])
                    ext(orows[ri - 2][1])
                    ext(orows[ri - 1][2])
                    app(get(ww2 + w + "|" + low[i - 1], 0))
                    ext(nrows[ri - 1][2])
                    ext(orows[ri + 1][3])
                    app(get(ww3 + w + "|" + low[i + 1], 0))
                    ext(nrows[ri + 1][3])
                    ext(orows[ri + 2][4])
                    ext(orows[ri + 3][5])
                else:
                    for k, (off, near, p) in enumerate(_WINDOW):
                        j = i + off
                        if lo <= j < hi:
                            ext(orows[j - lo][k])
                            if near:
                                app(get(p[4] + w + "|" + low[j], 0))
                                ext(nrows[j - lo][k])
                        else:
                            ext(edge_rows[k])
                if clusters:
                    if cl_words:
                        r = crows[ri]
                        if r is not None:
                            ext(r[0])
                        for k, (off, _gs) in enumerate(_CL_WINDOW):
                            j = ri + off
                            if 0 <= j < hi - lo and crows[j] is not None:
                                ext(crows[j][k + 1])
                    key = ("G", t.hcl and t.hcl[1], t.grel, t.gcl and t.gcl[1:])
                    r = cget(key)
                    if r is None:
                        r = cache[key] = rows_of(_cl_clause(t))
                    ext(r)
                if t.nn is not None:
                    key = ("n", t.nn, *_nn_neighbours(toks, i, lo, hi))
                    r = cget(key)
                    if r is None:
                        r = cache[key] = rows_of(_nn_feats(t.nn, key[2], key[3]))
                    ext(r)
                end_app(len(out))
        return out, ends
