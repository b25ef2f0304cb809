"""Second-stage speaker linker for German quotes.

The taggers and rules of ``quotes`` give each quote at most one speaker from one path (tagged
span, cue verb subject, frame noun group, previous quote); where those disagree the first one
that fires wins. Here every path proposes a candidate span, and a logistic regression over
the candidates' features (``models/de_speakers/weights.json``, trained by
``training/quotes/train_speakers.py`` on quotes-de train with cross-fitted taggers) picks one.
Candidates of a quote:

* the speaker the extractor gave it (``cur``; ``inh`` when inherited from an earlier quote);
* the subject of each cue token's verb (``subj``);
* the noun group of a prepositional frame: "laut X", "nach Angaben X", "X zufolge", "…, so X";
* the speakers of the five previous quotes (``prev1``..``prev3``, then ``prevfar``);
* subjects of any verb, and PER/ORG names, in the quote's sentence and the two before it.

The best candidate replaces the extractor's speaker when its probability reaches ``switch``,
and a quote keeps no speaker when no candidate (its own included) reaches ``keep``.

Optional groups, each switched by a name in ``[model] speaker_link_widen`` (the weights must be
trained with the same list): ``msg_end``, ``src_suffix``, ``cue_args``/``cue_obl``, ``cue_pass`` (see
``candidates`` and ``quote_features``); ``coref`` (the noun group a pronoun candidate stands for,
``DocView.antecedent``), ``cont`` (the gap to the previous quote), ``mention`` (which of several
candidates naming the same source this one is); the last three are off (de_speakers card, round 12).
Round 13, all off (train CV up to +0.007, dev within its noise): ``frame_s`` ("laut"/"zufolge"/"nach" frames and
"demnach" outside the cue as candidates), ``path`` (the dependency path from a candidate to the message), ``hverb``
(the lemma of the verb a candidate hangs on), ``cuelem`` (the cue's lemmas crossed with the candidate's paths).
Round 18, off (train CV +0.002, dev -0.005): ``run`` (speaker continuity: the previous speaker's distance, paragraph
and names between, crossed with what the quote offers of its own; a pronoun opening the message).
Round 20, off (final linker: train CV -0.004, out of fold -0.003, dev -0.003): ``earlier`` (a candidate in a sentence
before the message's: how far back, whether its sentence holds a message of ours or opens the paragraph, whether it is
its main verb's subject, crossed with what the quote offers of its own).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

import numpy as np

from ..nlp.table import token_table
from .quotes_features import Tok, doc_text, quote_depth

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "sb", "csubj"}
FRAME_AFTER = {"laut", "gemäß", "nach", "so"}
# distance ranks among a quote's candidates and source x POS features (off: no gain in train CV)
RANK_FEATURES = False
EDGE_PUNCT = {",", ".", ";", ":", "–", "-", "—"}
PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "du"}
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"}
# heads of noun groups that name a source without being a subject or a name ("in einer Presseerklärung",
# "auf der Webseite des …", "nach Zeitungsberichten"): candidates at speaker_link_features 2
SOURCE_NOUNS = ("pressemitteilung", "presseerklärung", "erklärung", "mitteilung", "stellungnahme", "bericht",
                "zeitungsbericht", "medienbericht", "angaben", "zeitung", "medien", "agentur", "nachrichtenagentur",
                "webseite", "website", "homepage", "internetseite", "studie", "aussage", "zeugen", "quelle",
                "kreise", "informationen", "sender", "magazin", "blatt", "interview", "gutachten", "memorandum")
# compounds ending in a source noun ("Abschlussbericht", "documenta-Homepage", "LSVD-Schreiben"): with
# speaker_link_widen "src_suffix"
SOURCE_SUFFIXES = ("bericht", "erklärung", "mitteilung", "homepage", "webseite", "website", "schreiben", "zeitung",
                   "agentur", "studie", "interview", "magazin", "sender", "konferenz")
# dependents of a cue verb besides its subject that name a source: "heißt es auf der Homepage", "geht aus
# dem Urteil hervor", "wird von Spiegel-Online zitiert" (speaker_link_widen "cue_args")
CUE_ARG_DEPS = {"obl", "obl:agent", "obl:arg", "obj", "nmod", "iobj"}
# speaker_link_widen "cue_obl": only prepositional dependents with a preposition that can name a source
# (objects and other obliques of a speech verb are mostly its addressee or topic)
CUE_OBL_DEPS = {"obl", "obl:agent", "obl:arg"}
SOURCE_PREPS = {"in", "im", "auf", "aus", "von", "vom", "bei", "beim", "seitens", "gemäß", "laut", "zufolge"}
SPEAKER_NOUNS = ("sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "chef", "chefin",
                 "polizei", "regierung", "zeitung", "agentur", "experte", "expertin", "vorsitzende")


@dataclass
class Cand:
    a: int
    b: int
    src: set[str] = field(default_factory=set)
    # speaker_link_widen "coref": this span is the antecedent of a pronoun candidate of the quote; each entry
    # says whether that pronoun lies inside the message ("in") or not ("out"). Kept apart from ``src`` so the
    # source features (nsrc, only, ovl) stay what they were
    ant: set[str] = field(default_factory=set)


def _range(starts: list[int], toks: list[Tok], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not spans:
        return None
    a = bisect_left(starts, spans[0][0])
    b = bisect_left(starts, spans[-1][1])
    return (a, b) if b > a and a < len(toks) else None


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def is_lone_adverb(v: "DocView", k: int) -> bool:
    """A sentence-initial adverb outside any name ("Darin", "Unterdessen", "Zunächst", "Insbesondere"): the roles
    tagger sometimes marks the first word of a sentence as its speaker, and quotes-de never does, save the
    source adverbs "demnach"/"danach"/"wonach" (FRAME_ADVERBS)."""
    t = v.toks[k]
    return (t.is_sent_start and t.i >= 0 and v.pos(t.i) == "ADV" and not v.ent(t.i)
            and t.text.lower() not in FRAME_ADVERBS)


def pronoun_level() -> int:
    """[model] speaker_pronoun_antecedent (resolve_opening_pronouns' level; 0 off)."""
    from .quotes_features import config

    return int(config().get("model", {}).get("speaker_pronoun_antecedent", 0))


def drop_adverbs() -> bool:
    """[model] speaker_drop_adverbs: a lone sentence-initial adverb (``is_lone_adverb``) is no speaker
    candidate, so the linker picks another candidate or none."""
    from .quotes_features import config

    return bool(config().get("model", {}).get("speaker_drop_adverbs", False))


def opener_words() -> frozenset[str]:
    """[model] speaker_drop_openers: the file (under models/) of lower-cased sentence-opener words that quotes-de's
    train gold never has in a speaker span and HanTa does not take for names ("offiziell", "sinngemäß", "gestern",
    "medienberichten"; training/quotes/speaker_openers.py); "" off."""
    from .quotes_features import config

    name = config().get("model", {}).get("speaker_drop_openers", "")
    return _read_openers(name) if name else frozenset()


@lru_cache(maxsize=4)
def _read_openers(name: str) -> frozenset[str]:
    from ..config import models_dir

    return frozenset(json.loads((models_dir() / name).read_text("utf-8"))["words"])


def opener_tags() -> frozenset[str]:
    """[model] speaker_drop_opener_tags: HanTa word classes ("ADV", "ADJ(D)", "KOUS") of a capitalised one-word
    sentence opener that is then no speaker candidate; [] off."""
    from .quotes_features import config

    return frozenset(config().get("model", {}).get("speaker_drop_opener_tags", []))


def _hanta_best(word: str) -> str:
    """HanTa's most likely word class of ``word`` as written, out of context ("" without HanTa): unlike the
    tagger in context, it keeps "Bush" and "Stoiber" NE and "Offiziell" ADJ(D), "Sinngemäß" ADV."""
    from ..nlp.segment import _hanta

    tagger = _hanta()
    readings = tagger.tag_word(word) if tagger is not None else []
    return max(readings, key=lambda r: r[1])[0] if readings else ""


def is_listed_opener(v: DocView, k: int) -> bool:
    """A capitalised sentence-initial word outside any name whose lower-case form is in ``v.drop_openers`` or whose
    HanTa class is in ``v.drop_opener_tags``; "Demnach"/"danach"/"wonach" stay (FRAME_ADVERBS)."""
    t = v.toks[k]
    if not (t.is_sent_start and t.i >= 0 and t.text[:1].isupper() and not v.ent(t.i)
            and t.text.lower() not in FRAME_ADVERBS):
        return False
    return t.text.lower() in v.drop_openers or bool(v.drop_opener_tags and _hanta_best(t.text) in v.drop_opener_tags)


def feature_level() -> int:
    """[model] speaker_link_features: which candidate features beyond the first set (0) the linker
    computes; the weights must have been trained with the same level (train_info.json)."""
    from .quotes_features import config

    return int(config().get("model", {}).get("speaker_link_features", 0))


def widenings() -> frozenset[str]:
    """[model] speaker_link_widen: which wider candidate sets the linker gathers (``candidates``);
    the weights must have been trained with the same list (train_info.json "widen")."""
    from .quotes_features import config

    return frozenset(config().get("model", {}).get("speaker_link_widen", []))


def key_words(toks: list[Tok], a: int, b: int) -> frozenset[str]:
    """The capitalised content words of a span ("Der GdP-Vorsitzende Konrad Freiberg" ->
    gdp-vorsitzende, konrad, freiberg): two spans sharing one likely name the same source."""
    return frozenset(t.text.lower() for t in toks[a:b]
                     if t.text[:1].isupper() and len(t.text) > 2 and t.text.lower() not in ARTICLES
                     and t.text.lower() not in PRONOUNS)


class Linker:
    """Scores candidates: a logistic regression over the feature strings (``weights``), or, when
    ``trees`` is given, a boosted tree ensemble over the same strings read as 0/1 columns."""

    def __init__(self, weights: dict[str, float], bias: float, switch: float, keep: float,
                 trees: "TreeEnsemble | None" = None, softmax: bool = False,
                 widen: frozenset[str] = frozenset()) -> None:
        self.w = weights
        self.bias = bias
        self.switch = switch
        self.keep = keep
        self.trees = trees
        # feature groups beyond [model] speaker_link_widen this linker's weights need ("widen" in its json; a final
        # linker's, see ``link_speakers``): the DocView computes them too, the main linker has no weight for them
        self.widen = widen
        # a conditional logit (train_speakers.py --learner softmax): the candidates of one quote and a "no
        # speaker" option (``none_features``) share one softmax, so a candidate's probability is weighed
        # against the others of its quote instead of scored alone
        self.softmax = softmax

    @classmethod
    def from_json(cls, path) -> "Linker":
        js = json.loads(open(path, encoding="utf-8").read())
        trees = TreeEnsemble(js["trees"]) if "trees" in js else None
        return cls(js.get("weights", {}), js.get("bias", 0.0), js["switch"], js["keep"], trees,
                   bool(js.get("softmax", False)), frozenset(js.get("widen", [])))

    def prob(self, feats: list[str], z0: float = 0.0) -> float:
        # map over the dict's own get rather than a generator: the same weights summed in the same order,
        # without a Python frame per feature (~1.2 M features per bench pass)
        z = self.bias + z0 + sum(map(self.w.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probs(self, feats: list[list[str]]) -> list[float]:
        if self.trees is not None:
            return self.trees.probs(feats)
        if self.softmax:
            w = self.w
            return self.softmax_probs([sum(w.get(f, 0.0) for f in fs) for fs in feats], feats)
        return [self.prob(f) for f in feats]

    def softmax_probs(self, z: list[float], full: list[list[str]], mode: str | None = None,
                      has_cue: str | None = None) -> list[float]:
        """The candidates' shares of one softmax over their scores ``z`` and the "no speaker" option
        (scored from ``none_features`` of the candidates' full feature lists ``full``)."""
        if not z:
            return []
        w = self.w
        zn = sum(w.get(f, 0.0) for f in none_features(full, mode, has_cue))
        m = max(max(z), zn)
        e = [math.exp(x - m) for x in z]
        tot = sum(e) + math.exp(zn - m)
        return [x / tot for x in e]


class TreeEnsemble:
    """Boosted binary trees exported as plain lists (train_speakers.py --learner trees): each node
    tests one feature string, present goes right; a leaf holds its share of the log-odds. All trees
    are walked at once for all candidates of a quote (arrays trees x nodes)."""

    def __init__(self, js: dict) -> None:
        self.names: list[str] = js["features"]
        self.col = {f: k for k, f in enumerate(self.names)}
        self.base = float(js["base"])
        trees = js["nodes"]
        n = max(len(t["feature"]) for t in trees)
        nf = len(self.names)
        T = len(trees)
        # padding and leaves test the always-absent column nf and stay where they are
        self.feat = np.full((T, n), nf, dtype=np.int64)
        self.right = np.tile(np.arange(n, dtype=np.int64), (T, 1))
        self.left = self.right.copy()
        self.value = np.zeros((T, n))
        depth = 1
        for k, t in enumerate(trees):
            m = len(t["feature"])
            fe = np.array(t["feature"], dtype=np.int64)
            inner = fe >= 0
            self.feat[k, :m] = np.where(inner, fe, nf)
            self.left[k, :m] = np.where(inner, t["left"], np.arange(m))
            self.right[k, :m] = np.where(inner, t["right"], np.arange(m))
            self.value[k, :m] = t["value"]
            depth = max(depth, int(t.get("depth", m)))
        self.depth = depth
        self.rows = np.arange(T)

    def probs(self, feats: list[list[str]]) -> list[float]:
        if not feats:
            return []
        col = self.col
        x = np.zeros((len(feats), len(self.names) + 1), dtype=bool)
        for i, f in enumerate(feats):
            x[i, [col[s] for s in f if s in col]] = True
        node = np.zeros((len(feats), len(self.rows)), dtype=np.int64)
        cand = np.arange(len(feats))[:, None]
        for _ in range(self.depth):
            fi = self.feat[self.rows, node]
            node = np.where(x[cand, fi], self.right[self.rows, node], self.left[self.rows, node])
        z = self.base + self.value[self.rows, node].sum(axis=1)
        return (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).tolist()


@lru_cache(maxsize=2)
def load_linker(name: str) -> Linker | None:
    from ..config import models_dir

    path = models_dir() / name / "weights.json"
    return Linker.from_json(path) if path.exists() else None


class _ViewBase:
    """The parts of a ``DocView`` that depend on the document and its tokens alone (not on the
    linker's feature level or widenings): the cue chooser and the linker each build a DocView of
    the same document, and these were built twice (``_view_base``)."""

    def __init__(self, doc, toks: list[Tok]) -> None:
        self.doc, self.toks = doc, toks
        self.starts = [t.start for t in toks]
        self.by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
        self.parsed = doc is not None and doc.has_annotation("DEP")
        # paragraph number of each token: a line break in the text between two tokens starts one
        text = doc_text(doc) if doc is not None else ""
        self.par: list[int] = []
        p = 0
        for k, t in enumerate(toks):
            if k and "\n" in text[toks[k - 1].end:t.start]:
                p += 1
            self.par.append(p)
        # token positions of each capitalised word, to count earlier mentions of a candidate's name
        self.word_pos: dict[str, list[int]] = {}
        for k, t in enumerate(toks):
            if t.text[:1].isupper():
                self.word_pos.setdefault(t.text.lower(), []).append(k)
        self.head: list[int] = []
        # (sentence, noun group) of each subject's subtree, then of each PER/ORG name, in doc order
        self.subj_nps: list[tuple[int, tuple[int, int, str]]] = []
        self.ent_nps: list[tuple[int, tuple[int, int, str]]] = []
        self.ent_starts: list[int] = []
        self.empty = doc is None or not len(doc)
        if self.empty:
            return
        # the parse as lists, from the doc's token table (newsgraph/nlp/table.py: one read of the doc
        # shared with the other extractors and the checks; a spaCy Token per word cost more than the rest)
        tab = token_table(doc, check=False)  # checked by the tokens_from_doc that made ``toks``
        self.head = tab.head
        self.dep, self.pos, self.ent = tab.dep, tab.pos, tab.ent
        if self.parsed:
            for i in [i for i, d in enumerate(self.dep) if d in SUBJECT_DEPS]:
                if i in self.by_i:
                    r = _subtree(toks, self.by_i, doc[i], 14)
                    if r:
                        self.subj_nps.append((toks[r[0]].sent, (r[0], r[1], "np_subj")))
        for e in getattr(doc, "ents", ()):
            if e.label_ not in ("PER", "ORG"):
                continue
            ks = [self.by_i[i] for i in range(e.start, e.end) if i in self.by_i]
            if ks:
                self.ent_nps.append((toks[ks[0]].sent, (ks[0], ks[-1] + 1, "ent_" + e.label_)))
                self.ent_starts.append(ks[0])
        self.ent_starts.sort()


_VIEW_MEMO: tuple = (None, None, None)  # (doc, tokens list, their _ViewBase), replaced whole


def _view_base(doc, toks: list[Tok]) -> _ViewBase:
    """The last document's ``_ViewBase``, kept (as ``quotes_features.featurizer`` keeps its
    Featurizer): the memo holds the doc and the token list themselves, so their identity cannot
    pass to another document's, and nothing changes a ``Tok``'s text, offsets, sentence or POS
    after ``tokens_from_doc``. Callers read its lists and never modify them."""
    global _VIEW_MEMO
    memo = _VIEW_MEMO
    if memo[0] is doc and memo[1] is toks:
        return memo[2]
    base = _ViewBase(doc, toks)
    _VIEW_MEMO = (doc, toks, base)
    return base


def _subtree(toks: list[Tok], by_i: dict[int, int], t, max_len: int) -> tuple[int, int] | None:
    """Token range of the subject's subtree within its sentence, trailing punctuation cut."""
    sid = toks[by_i[t.i]].sent
    ids = [by_i[i] for i in range(t.left_edge.i, t.right_edge.i + 1) if i in by_i and toks[by_i[i]].sent == sid]
    if not ids:
        return None
    a, b = min(ids), max(ids) + 1
    while b > a + 1 and toks[b - 1].text in (",", ".", ";", ":"):
        b -= 1
    return (a, b) if b - a <= max_len else None


class DocView:
    """What the candidates of all quotes of one document share: token lookups, the parse as
    plain lists (one pass over the doc), the subjects and names of each sentence."""

    def __init__(self, doc, toks: list[Tok], level: int = 0, widen: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.level = level
        self.widen = widen
        # [model] speaker_drop_adverbs, set by link_speakers
        self.drop_adverbs = False
        # [model] speaker_drop_openers' words, set by link_speakers
        self.drop_openers: frozenset[str] = frozenset()
        # [model] speaker_drop_opener_tags, set by link_speakers
        self.drop_opener_tags: frozenset[str] = frozenset()
        self.toks = toks
        base = _view_base(doc, toks)
        self.starts = base.starts
        self.by_i = base.by_i
        self.parsed = base.parsed
        self.inq = quote_depth(toks)
        self.sent_nps: dict[int, list[tuple[int, int, str]]] = {}
        self.span_cache: dict[tuple[int, int], tuple[list[str], int | None]] = {}
        self.score_cache: dict[tuple[int, int], float] = {}
        self.head: list[int] = base.head
        self._ant: dict[int, tuple[int, int] | None] = {}
        self.par: list[int] = base.par
        self.ent_starts: list[int] = base.ent_starts
        self.word_pos: dict[str, list[int]] = base.word_pos
        # speaker_link_widen "crf" (``crf_prepare``): each sentence's feature rows, the taggers' own when
        # ``link_speakers`` is given them, and the marginals of the sentences done so far, by token
        self.sent_rows: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._fz = None
        self._crf_done: set[int] = set()
        self._crf_spk: list[float] = [0.0] * len(toks)
        self._crf_msg: list[float] = [0.0] * len(toks)
        if base.empty:
            return
        self._dep, self._pos, self._ent = base.dep, base.pos, base.ent
        # each sentence's noun groups: subjects, then (level 2) source nouns, then names, as found in doc order
        for sid, np_ in base.subj_nps:
            self.sent_nps.setdefault(sid, []).append(np_)
        if self.parsed and level >= 2:
            for k, t in enumerate(toks):
                low = t.text.lower()
                if t.i >= 0 and t.pos in ("NOUN", "PROPN") and not self.inq[k] and (
                        low.startswith(SOURCE_NOUNS)
                        or ("src_suffix" in widen and low.endswith(SOURCE_SUFFIXES))):
                    r = self._subtree(doc[t.i], 10)
                    if r:
                        self.sent_nps.setdefault(toks[r[0]].sent, []).append((r[0], r[1], "np_src"))
        for sid, np_ in base.ent_nps:
            self.sent_nps.setdefault(sid, []).append(np_)

    def _subtree(self, t, max_len: int) -> tuple[int, int] | None:
        """Token range of the subject's subtree within its sentence, trailing punctuation cut."""
        return _subtree(self.toks, self.by_i, t, max_len)

    def antecedent(self, k: int) -> tuple[int, int] | None:
        """The noun group a subject pronoun at token k ("er", "sie") most likely stands for (speaker_link_widen
        "coref"): the nearest subject noun group or PER/ORG name ending before it in its sentence or the two before,
        outside quotation marks, that names a person or body (a PER/ORG name, a speaker noun, a speech verb's
        subject), the longer of two that end together ("der Vorsitzende …, Sebastian Edathy" over
        its name). quotes-de marks the pronoun as the speaker when it is the cue's subject outside the message
        (159 of 2411 train speakers are pronouns; only 10 noun speakers have "er"/"sie" next to the cue), but the
        noun group it stands for when the pronoun opens the message ("Er halte … für vertretbar": 126 quotes)."""
        if k in self._ant:
            return self._ant[k]
        toks = self.toks
        sid = toks[k].sent
        best = None
        for s in (sid, sid - 1, sid - 2):
            for a, b, src in self.sent_nps.get(s, ()):
                if src not in ("np_subj", "ent_PER", "ent_ORG") or b > k or self.inq[a]:
                    continue
                if b - a == 1 and (toks[a].text.lower() in PRONOUNS or toks[a].text[:1].islower()):
                    continue
                # a source is a person or a body: a name, a speaker noun, or the subject of a speech verb
                if src == "np_subj" and not any(
                        toks[j].speech == "nsubj" or toks[j].text.lower().startswith(SPEAKER_NOUNS)
                        or (toks[j].i >= 0 and self.ent(toks[j].i) in ("PER", "ORG")) for j in range(a, b)):
                    continue
                if best is None or (b, b - a) > (best[1], best[1] - best[0]):
                    best = (a, b)
            if best is not None:
                break
        self._ant[k] = best
        return best

    def crf_prepare(self, sents) -> None:
        """speaker_link_widen "crf": the taggers' marginals (``crf_at``) of every sentence of ``sents`` not
        done yet, all in one forward-backward per CRF (``quotes_cues._marginals_many``, the same numbers as one
        sentence at a time): one numpy recursion per sentence and CRF was half of the final linker's cost.
        Each sentence is still a sequence of its own, tagged alone. Its feature rows come from
        ``sent_rows`` (the taggers' own, ``quotes.tag_candidates``) or, for a sentence they did not tag,
        from the document's Featurizer (kept in ``sent_rows`` too)."""
        done = self._crf_done
        todo = sorted(s for s in set(sents) if s not in done)
        if not todo:
            return
        done.update(todo)
        from .quotes import _taggers
        from .quotes_cues import _marginals_many
        from .quotes_features import config, featurizer

        name = config().get("model", {}).get("de")
        taggers = _taggers(name) if name else None
        if taggers is None:
            return
        fz = self._fz
        if fz is None:
            # the document's shared Featurizer: its rows of a sentence are those the taggers asked for already
            fz = self._fz = featurizer(self.toks, "de")
        rows = self.sent_rows
        spans, parts, sids = [], [], []
        for s in todo:
            if s not in fz.s_first:
                continue
            a, e = fz.s_first[s], fz.s_last[s] + 1
            got = rows.get(s)
            if got is None:
                r, en = fz.rows(a, e, taggers.index)
                got = rows[s] = np.array(r, dtype=np.int32), np.array(en, dtype=np.int64)
            spans.append((a, e))
            parts.append(got)
            sids.append(s)
        if not parts:
            return
        # every token's state scores in one gather and one ``reduceat`` per CRF over all the sentences' rows
        # laid end to end: each token's rows are summed in the same order as over its sentence alone
        starts, base = [], 0
        for r, en in parts:
            starts.append(base)
            starts.append(en[:-1] + base)
            base += len(r)
        flat = np.concatenate([r for r, _ in parts])
        starts = np.concatenate([np.asarray(x, dtype=np.int64).reshape(-1) for x in starts])
        cut = np.cumsum([e - a for a, e in spans])[:-1]
        spk, msg = self._crf_spk, self._crf_msg
        # each sentence's marginals kept with the document's Featurizer: the cue chooser (``crf_cue_probs``) reads the
        # roles CRF's of the same sentences after the linker
        kept = fz.marginals
        for crf, labels, into in ((taggers.roles, ("B-SPK", "I-SPK"), spk), (taggers.message, ("O",), msg)):
            cols = [crf.labels.index(x) for x in labels if x in crf.labels]
            # ``take`` along axis 0 rather than ``state[flat]``: the same rows gathered (so the same sums), without
            # fancy indexing's general path, which cost a third more over the ~4.5 M rows of a bench pass
            scs = np.split(np.add.reduceat(crf.state.take(flat, 0), starts, axis=0), cut)
            for s, (a, e), m in zip(sids, spans, _marginals_many(scs, crf.trans)):
                kept[(crf, s)] = m
                into[a:e] = m[:, cols].sum(axis=1).tolist()
        # one minus the message CRF's "O", as the features read it
        for a, e in spans:
            msg[a:e] = [1.0 - x for x in msg[a:e]]

    def crf_marginals(self, s: int) -> tuple[list[float], list[float]] | None:
        """speaker_link_widen "crf": for each token of sentence ``s`` (tagged alone), the roles CRF's marginal
        probability of a speaker label and one minus the message CRF's of "O" (how close the taggers came to
        calling it speaker / message, where their Viterbi path said otherwise); None without taggers."""
        self.crf_prepare((s,))
        fz = self._fz
        if fz is None or s not in fz.s_first:
            return None
        a, e = fz.s_first[s], fz.s_last[s] + 1
        return self._crf_spk[a:e], self._crf_msg[a:e]

    def crf_at(self, k: int) -> tuple[float, float]:
        """``crf_marginals`` at token k; (0.0, 0.0) without taggers."""
        if self.toks[k].sent not in self._crf_done:
            self.crf_prepare((self.toks[k].sent,))
        return self._crf_spk[k], self._crf_msg[k]

    def dep(self, i: int) -> str:
        return self._dep[i]

    def pos(self, i: int) -> str:
        return self._pos[i]

    def ent(self, i: int) -> str:
        return self._ent[i]

    def tok_range(self, spans):
        return _range(self.starts, self.toks, spans)

    def tok_ids(self, spans) -> list[int]:
        """The tokens of each of ``spans`` (``tok_range`` of each)."""
        out: list[int] = []
        for s, e in spans:
            r = _range(self.starts, self.toks, [(s, e)])
            if r:
                out.extend(range(*r))
        return out


def candidates(v: DocView, q, prev_speakers: list[tuple[int, int]]) -> list[Cand]:
    """Candidate speaker token ranges of one quote, each with the paths that proposed it."""
    from .quotes_rules import _np_end, _np_start, parse_subject

    toks = v.toks
    out: dict[tuple[int, int], Cand] = {}

    def add(r, src):
        if r is None:
            return
        a, b = r
        # quotes-de's speaker spans never end on a comma or open on a dash
        while b > a and toks[b - 1].text in EDGE_PUNCT:
            b -= 1
        while a < b and toks[a].text in EDGE_PUNCT:
            a += 1
        if b <= a:
            return
        if v.drop_adverbs and b - a == 1 and is_lone_adverb(v, a):
            return
        if (v.drop_openers or v.drop_opener_tags) and b - a == 1 and is_listed_opener(v, a):
            return
        c = out.setdefault((a, b), Cand(a, b))
        c.src.add(src)

    msg = v.tok_range(q.message)
    if msg is None:
        return []
    sid = toks[msg[0]].sent
    in_msg = set()
    for s, e in q.message:
        r = v.tok_range([(s, e)])
        if r:
            in_msg.update(range(*r))
    cur = v.tok_range(q.speaker)
    if cur:
        add(cur, "inh" if q.inherited else "cur")
    cue_ids = set()
    for s, e in q.cue:
        r = v.tok_range([(s, e)])
        if r:
            cue_ids.update(range(*r))
    for k in sorted(cue_ids):
        w = toks[k].text.lower()
        if v.parsed:
            add(parse_subject(v.doc, toks, k, in_msg), "subj")
            if v.widen & {"cue_args", "cue_obl"}:
                for r, src in cue_args(v, k, in_msg, "cue_args" not in v.widen):
                    add(r, src)
        s_end = k
        while s_end < len(toks) and toks[s_end].sent == toks[k].sent:
            s_end += 1
        if w in FRAME_AFTER and k + 1 < s_end:
            e = _np_end(toks, k + 1, s_end)
            if e > k + 1:
                add((k + 1, e), "frame")
        elif w == "zufolge":
            s0 = k
            while s0 > 0 and toks[s0 - 1].sent == toks[k].sent:
                s0 -= 1
            a = _np_start(toks, k, s0)
            if a < k:
                add((a, k), "frame")
        elif w in FRAME_ADVERBS and "frame_s" in v.widen:
            # quotes-de marks the adverb itself ("Demnach soll …": 29 train speakers are demnach/danach/wonach)
            add((k, k + 1), "frame")
    if "frame_s" in v.widen:
        for r in sentence_frames(v, msg, cue_ids):
            add(r, "frame_s")
    for n, r in enumerate(prev_speakers[:5]):
        add(r, f"prev{n + 1}" if n < 3 else "prevfar")
    for s in (sid, sid - 1, sid - 2, sid + 1):
        for a, b, src in v.sent_nps.get(s, ()):
            add((a, b), src)
    if "msg_end" in v.widen:
        # a message over several sentences: its speaker may follow its end ("… Das gab der Minister bekannt.")
        for s in range(sid + 2, toks[msg[1] - 1].sent + 2):
            for a, b, src in v.sent_nps.get(s, ()):
                add((a, b), src)
                add((a, b), "end_win")
    if "coref" in v.widen:
        # the noun group a pronoun candidate stands for (DocView.antecedent), marked on whatever candidate
        # covers it, or added as a candidate without a source
        for c in list(out.values()):
            if c.b - c.a != 1 or toks[c.a].text.lower() not in ("er", "sie"):
                continue
            r = v.antecedent(c.a)
            if r is None:
                continue
            d = out.get(r)
            if d is None:
                d = out[r] = Cand(r[0], r[1])
            d.ant.add("in" if c.a in in_msg else "out")
    if v.level >= 2:
        # a source of the paragraph further back: the subject of a speech verb
        par = v.par[msg[0]]
        for s in range(sid - 3, sid - 7, -1):
            for a, b, src in v.sent_nps.get(s, ()):
                if src == "np_subj" and v.par[a] == par and any(toks[k].speech == "nsubj" for k in range(a, b)):
                    add((a, b), "np_far")
    return list(out.values())


# speaker_link_widen "frame_s": source frames outside the cue
FRAME_ADVERBS = {"demnach", "danach", "wonach"}
# "nach X" names a source only when X is one ("nach Angaben der Polizei", "nach Polizeiangaben", "seiner Ansicht
# nach"), not a time or place ("nach dem Spiel")
NACH_SOURCE = ("angaben", "ansicht", "meinung", "auffassung", "einschätzung", "aussage", "worten", "darstellung",
               "überzeugung", "schätzung", "bericht", "information", "erkenntnis", "ermittlung", "umfrage")


def sentence_frames(v: DocView, msg: tuple[int, int], cue_ids: set[int]) -> list[tuple[int, int]]:
    """speaker_link_widen "frame_s": the noun groups of "laut X", "gemäß X", "X zufolge", "nach X" (X a source
    noun or a PER/ORG name) and the adverbs "demnach"/"wonach" anywhere in the sentences of the message, not
    only in its cue: a quote whose cue the taggers took elsewhere, or which has none, keeps its frame
    ("Zeitungsberichten zufolge …", "nach dem vorläufigen Endergebnis")."""
    from .quotes_rules import _np_end, _np_start

    toks = v.toks
    a = msg[0]
    while a > 0 and toks[a - 1].sent == toks[msg[0]].sent:
        a -= 1
    last = toks[msg[1] - 1].sent
    b = msg[1]
    while b < len(toks) and toks[b].sent == last:
        b += 1
    out = []
    for k in range(a, b):
        if k in cue_ids:
            continue
        w = toks[k].text.lower()
        s0, s1 = k, k
        while s0 > a and toks[s0 - 1].sent == toks[k].sent:
            s0 -= 1
        while s1 < b and toks[s1].sent == toks[k].sent:
            s1 += 1
        if w == "nach" and k > s0 and toks[k - 1].text.lower().startswith(NACH_SOURCE):
            # "seiner Ansicht nach", "ihrer Meinung nach"
            st = _np_start(toks, k, s0)
            if st < k:
                out.append((st, k))
                continue
        if w in ("laut", "gemäß", "nach") and k + 1 < s1:
            e = _np_end(toks, k + 1, s1)
            if e <= k + 1:
                continue
            if w == "nach" and not any(
                    toks[j].text.lower().startswith(SOURCE_NOUNS + NACH_SOURCE)
                    or toks[j].text.lower().endswith(SOURCE_SUFFIXES + NACH_SOURCE)
                    or (toks[j].i >= 0 and v.parsed and v.ent(toks[j].i) in ("PER", "ORG")) for j in range(k + 1, e)):
                continue
            out.append((k + 1, e))
        elif w == "zufolge":
            st = _np_start(toks, k, s0)
            if st < k:
                out.append((st, k))
        elif w in ("demnach", "wonach"):
            out.append((k, k + 1))
    return out


def cue_args(v: DocView, k: int, in_msg: set[int], obl_only: bool = False) -> list[tuple[tuple[int, int], str]]:
    """Noun groups hanging on the cue token's verb other than its subject (CUE_ARG_DEPS), each with
    and without its preposition: quotes-de marks "Auf der documenta-Homepage" but "dem Antrag" in
    "In dem Antrag heißt es"."""
    from .quotes_rules import cue_verb_heads

    toks, doc = v.toks, v.doc
    if toks[k].i < 0:
        return []
    out = []
    for h in cue_verb_heads(doc, toks, k):
        for ch in h.children:
            if ch.dep_ not in CUE_ARG_DEPS or ch.pos_ not in ("NOUN", "PROPN") or ch.i not in v.by_i:
                continue
            if obl_only and (ch.dep_ not in CUE_OBL_DEPS or not any(
                    g.dep_ == "case" and g.lower_ in SOURCE_PREPS for g in ch.children)):
                continue
            r = v._subtree(ch, 14)
            if r is None or any(x in in_msg for x in range(*r)):
                continue
            out.append((r, "cue_arg"))
            a, b = r
            if b - a > 1 and toks[a].i >= 0 and v.dep(toks[a].i) == "case":
                out.append(((a + 1, b), "cue_arg"))
    return out


def span_features(v: DocView, a: int, b: int) -> tuple[list[str], int | None]:
    """The features of a span that do not depend on the quote (cached per document), and its
    parse root."""
    key = (a, b)
    got = v.span_cache.get(key)
    if got is not None:
        return got
    toks = v.toks
    f = ["len=" + _bucket(b - a, (1, 2, 3, 4, 6, 9, 14))]
    first = toks[a].text
    low = first.lower()
    if b - a == 1 and low in PRONOUNS:
        f.append("pron=" + low)
    f.append("first=" + ("det" if low in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem")
                         else "cap" if first[:1].isupper() else "low" if first[:1].islower() else "other"))
    if any(v.inq[k] for k in range(a, b)):
        f.append("quoted")
    if any(toks[k].text.lower().startswith(SPEAKER_NOUNS) for k in range(a, b)):
        f.append("speaker_noun")
    r = None
    if v.parsed:
        ids = {toks[k].i for k in range(a, b) if toks[k].i >= 0}
        head = v.head
        roots = sorted(i for i in ids if head[i] not in ids or head[i] == i)
        if roots:
            r = roots[0]
            f.append("pos=" + v.pos(r))
            f.append("dep=" + v.dep(r))
            if v.ent(r):
                f.append("ent=" + v.ent(r))
            if "hverb" in v.widen and v.head[r] != r and v.pos(v.head[r]) in ("VERB", "AUX"):
                # speaker_link_widen "hverb": the lemma of the verb the candidate hangs on, so that the weights
                # learn speech acts beyond the speech-verb list ("verurteilte", "forderte", "warnte")
                f.append(f"hverb={v.doc[v.head[r]].lemma_.lower()}|{v.dep(r).split(':')[0]}")
        f.append("roots=" + str(min(len(roots), 3)))
    v.span_cache[key] = (f, r)
    return f, r


PASSIVE_AUX = {"wird", "wurde", "werden", "wurden", "worden", "würde", "würden"}


def cue_passive(v: DocView, cue_ids: set[int]) -> bool:
    """Whether the cue is a passive speech verb: a form of "werden" among its words, or a passive
    auxiliary on its verb in the parse."""
    toks = v.toks
    for k in cue_ids:
        if toks[k].text.lower() in PASSIVE_AUX:
            return True
        i = toks[k].i
        if v.parsed and i >= 0 and (v.dep(i) == "aux:pass" or any(
                v.head[j] == i and v.dep(j) == "aux:pass" for j in range(max(0, i - 6), min(len(v.head), i + 6)))):
            return True
    return False


def quote_features(v: DocView, q, c: Cand, msg: tuple[int, int], cue_ids: set[int], in_msg: set[int],
                   root: int | None) -> list[str]:
    """The features of a candidate that depend on its quote."""
    toks = v.toks
    mode = q.mode
    has_cue = "cue" if cue_ids else "nocue"
    f = [f"mode={mode}", f"mode={mode}|{has_cue}"]
    srcs = sorted(c.src)
    for s in srcs:
        f += [f"src={s}", f"src={s}|{mode}", f"src={s}|{has_cue}"]
        if v.parsed and RANK_FEATURES:
            f.append(f"src={s}|pos={v.pos(toks[c.a].i) if toks[c.a].i >= 0 else ''}")
    f.append(f"nsrc={min(len(srcs), 4)}")
    if len(srcs) == 1:
        f.append(f"only={srcs[0]}")
    sd = max(-1, min(toks[msg[0]].sent - toks[c.a].sent, 3))
    f += [f"sentd={sd}", f"sentd={sd}|{has_cue}", f"sentd={sd}|{mode}"]
    inside = sum(1 for k in range(c.a, c.b) if k in in_msg)
    where = "all" if inside == c.b - c.a else "some" if inside else "none"
    f += ["inmsg=" + where, f"inmsg|{mode}=" + where]
    f.append("side=" + ("before" if c.b <= msg[0] else "after" if c.a >= msg[1] else "overlap"))
    if cue_ids:
        d = min(min(abs(k - j) for j in cue_ids) for k in (c.a, c.b - 1))
        f.append("cued=" + _bucket(d))
        f.append("cueside=" + ("before" if c.b <= min(cue_ids) else "after" if c.a > max(cue_ids) else "around"))
    if "cue_pass" in v.widen and cue_ids and cue_passive(v, cue_ids):
        # "wird vorgeworfen", "es wird vermutet": quotes-de leaves the speaker of a passive cue open, and its
        # subject is the one spoken about
        f += ["cuepass"] + [f"cuepass|src={s}" for s in srcs]
    if "cuelem" in v.widen and cue_ids and v.parsed:
        # speaker_link_widen "cuelem": the cue's words by lemma, crossed with the candidate's paths and sentence
        # distance ("heißt es" takes a source-noun group, "sagte" its subject, "laut" its frame)
        lems = sorted({v.doc[toks[k].i].lemma_.lower() for k in cue_ids
                       if toks[k].i >= 0 and toks[k].text.lower() not in ("es", "sich")})[:3]
        for lem in lems:
            f += [f"cuelem={lem}|src={s}" for s in srcs] + [f"cuelem={lem}|sentd={sd}"]
    if root is not None:
        dep = v.dep(root)
        f.append(f"dep={dep}|{has_cue}")
        if cue_ids and v.head[root] in {toks[k].i for k in cue_ids}:
            f.append("head_is_cue")
            f.append(f"head_is_cue|{dep}")
    return f


def chain_features(v: DocView, c: Cand, msg: tuple[int, int], has_cue: str, root: int | None,
                   hist: list[frozenset[str]], prev_q: tuple[int, int] | None, mode: str = "") -> list[str]:
    """Features of a candidate's place in the article's chain of sources (speaker_link_features 1):
    its paragraph against the quote's, names standing between it and the quote, how often it (by
    its capitalised words) already spoke or was mentioned, whether the parse makes it the subject
    of a speech verb."""
    toks = v.toks
    f = []
    pd = v.par[msg[0]] - v.par[c.a]
    f.append("par=" + ("same" if pd == 0 else "prev" if pd == 1 else "next" if pd < 0 else "far"))
    f.append(f"par={f[-1][4:]}|{has_cue}")
    if prev_q is not None and any(s.startswith("prev") for s in c.src):
        same = "same" if prev_q[0] == v.par[msg[0]] else "other"
        f += [f"prevq_par={same}", f"prevq_par={same}|{has_cue}"]
        if v.level >= 3:
            # the chain: a new name between the quote before and this one breaks it
            new = bisect_left(v.ent_starts, msg[0]) - bisect_left(v.ent_starts, prev_q[1]) > 0
            f += [f"prevq_par={same}|{has_cue}|{mode}", f"prevq_new={int(new)}|{same}|{has_cue}",
                  f"prevq_new={int(new)}|{mode}"]
    if c.b <= msg[0]:
        n = bisect_left(v.ent_starts, msg[0]) - bisect_left(v.ent_starts, c.b)
        f += [f"between={_bucket(n, (0, 1, 2))}", f"between={_bucket(n, (0, 1, 2))}|{has_cue}"]
    kw = key_words(toks, c.a, c.b)
    if kw:
        cnt = sum(1 for h in hist if h & kw)
        f += [f"hist={_bucket(cnt, (0, 1, 2))}", f"hist={_bucket(cnt, (0, 1, 2))}|{has_cue}"]
        if hist and hist[0] & kw:
            f.append("hist_first")
        m = max(bisect_left(v.word_pos.get(w, ()), c.a) for w in kw)
        f.append(f"ment={_bucket(m, (0, 1, 3))}")
    else:
        f.append("nokw")
    if root is not None and root in v.by_i:
        sp = toks[v.by_i[root]].speech
        f.append("speech=" + (sp if sp in ("nsubj", "V", "-", "") else "other"))
    return f


def link_features(v: DocView, c: Cand, mode: str, has_cue: str, msg: tuple[int, int],
                  prev: list[tuple[int, int]], prev_q: tuple[int, int] | None) -> list[str]:
    """speaker_link_widen "coref": whether a candidate is the noun group a pronoun candidate stands for, and where
    that pronoun stands (inside the message or not: quotes-de marks the noun group only when the pronoun is part
    of the message), whether a pronoun's noun group is the previous quote's speaker. "cont": how the previous
    quote's message ends against this one's for the previous speaker (inside one quotation that goes on, the same
    sentence, the next)."""
    toks = v.toks
    f: list[str] = []
    if "coref" in v.widen:
        for pin in sorted(c.ant):
            f += ["antec", f"antec|pin={pin}", f"antec|pin={pin}|{mode}", f"antec|pin={pin}|{has_cue}"]
        if c.b - c.a == 1 and toks[c.a].text.lower() in ("er", "sie"):
            r = v.antecedent(c.a)
            if r is not None:
                f.append("pant")
                if prev and prev[0][0] < r[1] and r[0] < prev[0][1]:
                    f += ["pant|prev1", f"pant|prev1|{mode}"]
                elif any(p[0] < r[1] and r[0] < p[1] for p in prev):
                    f.append("pant|prev")
    if "cont" in v.widen and prev_q is not None and "prev1" in c.src:
        end = prev_q[1]
        if end <= msg[0]:
            gap = range(max(0, end - 1), min(len(toks), msg[0] + 1))
            inside = all(v.inq[k] for k in gap)
            sd = toks[msg[0]].sent - toks[end - 1].sent
            g = "inq" if inside else "s0" if sd == 0 else "s1" if sd == 1 else "far"
        else:
            g = "overlap"
        f += [f"pgap={g}", f"pgap={g}|{mode}", f"pgap={g}|{has_cue}"]
    return f


OWN_SOURCES = {"cur", "subj", "frame"}


def own_status(v: DocView, cands: list[Cand], msg: tuple[int, int]) -> str:
    """What a quote offers as a speaker of its own (speaker_link_widen "run"): "name" when the tagger, the cue
    verb's subject or a frame proposes a non-pronoun span in the message's first sentence, "pron" when all they
    propose there are pronouns, "none" when they propose nothing there (a cue-less continuation)."""
    toks = v.toks
    sid = toks[msg[0]].sent
    got = "none"
    for c in cands:
        if not (c.src & OWN_SOURCES) or toks[c.a].sent != sid:
            continue
        if c.b - c.a == 1 and toks[c.a].text.lower() in PRONOUNS:
            got = "pron"
        else:
            return "name"
    return got


def run_features(v: DocView, c: Cand, msg: tuple[int, int], in_msg: set[int], own: str, mode: str, has_cue: str,
                 prev_q: tuple[int, int] | None) -> list[str]:
    """speaker_link_widen "run": speaker continuity in a run of quotes. For the previous quote's speaker, how far
    back that quote ended (sentences), whether it lies in this paragraph, whether a PER/ORG name stands between,
    crossed with what the quote offers of its own (``own_status``): a quote with no speaker of its own, or only a
    pronoun, right after a quote of the same paragraph mostly continues that speaker. For a pronoun candidate,
    whether it opens the message (quotes-de then marks the noun group it stands for, mostly the previous speaker)
    and whether that previous speaker is near."""
    toks = v.toks
    if prev_q is None:
        near = "noprev"
    else:
        sd = toks[msg[0]].sent - toks[max(0, prev_q[1] - 1)].sent
        d = "0" if sd <= 0 else "1" if sd == 1 else "2" if sd == 2 else "3+"
        same = "same" if prev_q[0] == v.par[msg[0]] else "other"
        new = bisect_left(v.ent_starts, msg[0]) - bisect_left(v.ent_starts, prev_q[1]) > 0
        near = f"{d}|{same}|new{int(new)}"
    f: list[str] = []
    if "prev1" in c.src:
        f += [f"run={own}", f"run={own}|{mode}", f"run={own}|{has_cue}", f"run={own}|{near}",
              f"run_d={near}|{mode}", f"run_d={near}|{has_cue}"]
    elif c.src & {"prev2", "prev3", "prevfar"}:
        f.append(f"run_far={own}")
    if c.b - c.a == 1 and toks[c.a].text.lower() in PRONOUNS:
        opens = "open" if c.a == msg[0] else "in" if c.a in in_msg else "out"
        f += [f"run_pron={opens}", f"run_pron={opens}|{near}", f"run_pron={opens}|{mode}"]
    return f


def earlier_features(v: DocView, c: Cand, msg: tuple[int, int], own: str, mode: str, has_cue: str,
                     quote_sents: set[int]) -> list[str]:
    """speaker_link_widen "earlier": a candidate in a sentence before the message's. quotes-de names the source of a
    continuation there ("Das Robert-Koch-Institut gab Entwarnung. Lediglich Personen … seien …"): the subject of a
    sentence that holds no quote of ours (an introduction, or a quote we missed), often the paragraph's first, for a
    quote with no speaker of its own (``own_status``). How far back, same paragraph or not, whether its sentence holds
    a message of ours, whether it opens the paragraph, whether it is the subject of its sentence's main verb, crossed
    with what the quote offers of its own and its mode and cue."""
    toks = v.toks
    sid = toks[msg[0]].sent
    if toks[c.b - 1].sent >= sid:
        return []
    sc = toks[c.a].sent
    sd = sid - sc
    d = "1" if sd == 1 else "2" if sd == 2 else "3+"
    par = "same" if v.par[c.a] == v.par[msg[0]] else "other"
    hasq = "q" if sc in quote_sents else "noq"
    k = c.a
    while k > 0 and toks[k - 1].sent == sc:
        k -= 1
    opener = "open" if k == 0 or v.par[k - 1] != v.par[k] else "mid"
    root = span_features(v, c.a, c.b)[1]
    main = "main" if (root is not None and v.dep(root) in SUBJECT_DEPS and v.head[v.head[root]] == v.head[root]) \
        else "sub" if root is not None and v.dep(root) in SUBJECT_DEPS else "nosubj"
    return [f"ea={d}|{par}|{hasq}", f"ea={d}|{par}|{hasq}|{own}", f"ea={d}|{par}|{mode}|{has_cue}",
            f"ea_open={opener}|{par}|{own}", f"ea_open={opener}|{hasq}|{mode}", f"ea_main={main}|{hasq}|{own}",
            f"ea_main={main}|{d}|{par}", f"ea_own={own}|{mode}|{has_cue}"]


def _ancestors(v: DocView, i: int, cap: int = 40) -> list[int]:
    out = [i]
    while len(out) < cap and v.head[out[-1]] != out[-1]:
        out.append(v.head[out[-1]])
    return out


def message_root(v: DocView, in_msg: set[int]) -> int | None:
    """The highest parse token of a message (doc index): the one of its tokens whose head lies outside it,
    nearest the sentence root."""
    ids = {v.toks[k].i for k in in_msg if v.toks[k].i >= 0}
    if not ids or not v.parsed:
        return None
    tops = [i for i in ids if v.head[i] not in ids or v.head[i] == i]
    return min(tops, key=lambda i: (len(_ancestors(v, i)), i)) if tops else None


def path_features(v: DocView, root: int | None, mroot: int | None, cue_ids: set[int], has_cue: str,
                  mode: str) -> list[str]:
    """speaker_link_widen "path": the dependency path from a candidate's root up to the lowest word it shares
    with the message's root and down to that root ("nsubj^ccomp": the subject of the verb the message hangs on,
    "nmod.obj^acl": the genitive of the noun the "dass"-clause belongs to), and what that word is (a cue word,
    its POS). The other features see the candidate and the cue or message apart; this ties the two in one parse."""
    if root is None or mroot is None:
        return ["path=none"]
    a, b = _ancestors(v, root), _ancestors(v, mroot)
    pos_b = {x: n for n, x in enumerate(b)}
    lca = next(((n, pos_b[x]) for n, x in enumerate(a) if x in pos_b), None)
    if lca is None:
        return ["path=xsent", f"path=xsent|{mode}"]
    na, nb = lca
    up = [v.dep(a[j]).split(":")[0] for j in range(na)]
    down = [v.dep(b[j]).split(":")[0] for j in range(nb)][::-1]
    p = "long" if len(up) > 3 or len(down) > 3 else ".".join(up) + "^" + ".".join(down)
    top = a[na]
    cue_doc = {v.toks[k].i for k in cue_ids}
    what = "cue" if top in cue_doc else v.pos(top)
    return [f"path={p}", f"path={p}|{has_cue}", f"path={p}|{mode}", f"path={p}|lca={what}", f"lca={what}|{has_cue}",
            f"pathlen={min(len(up), 4)},{min(len(down), 4)}"]


# features whose holders among a quote's candidates the context features compare (speaker_link_features 4)
CONTEXT_MARKERS = ("src=cur", "src=inh", "src=subj", "src=frame", "src=prev1", "src=np_subj", "src=np_src",
                   "src=ent_PER", "src=ent_ORG", "speech=nsubj", "head_is_cue", "speaker_noun", "sentd=0",
                   "pos=PROPN", "ent=PER", "hist_first")


def context_features(feats: list[list[str]], dists: list[int]) -> list[list[str]]:
    """What a candidate is among the other candidates of its quote (speaker_link_features 4): for
    each marker, whether it is the only candidate holding it, one of several, or lacks it while
    another has it; its rank by distance to the cue (or the message) among all candidates and
    among those that are a speech verb's subject or a name."""
    n = len(feats)
    sets = [set(f) for f in feats]
    count = {m: sum(1 for s in sets if m in s) for m in CONTEXT_MARKERS}
    out: list[list[str]] = [[] for _ in range(n)]
    for k, s in enumerate(sets):
        o = out[k]
        for m in CONTEXT_MARKERS:
            c = count[m]
            if m in s:
                o.append(f"ctx={m}|" + ("only" if c == 1 else "shared"))
            elif c:
                o.append(f"ctx={m}|elsewhere")
    order = sorted(range(n), key=dists.__getitem__)
    for r, k in enumerate(order[:3]):
        out[k].append(f"rank={r}")
    for name, keys in (("subj", ("src=subj", "speech=nsubj", "head_is_cue")), ("name", ("ent=PER", "ent=ORG"))):
        hold = [k for k in order if any(m in sets[k] for m in keys)]
        for r, k in enumerate(hold[:2]):
            out[k].append(f"rank_{name}={r}")
    return out


def _pb(x: float) -> str:
    """A probability as one of seven buckets."""
    for e in (0.02, 0.1, 0.3, 0.5, 0.7, 0.9):
        if x <= e:
            return str(e)
    return "1"


# features whose presence on any candidate of a quote the "no speaker" option of the softmax linker sees
NONE_MARKERS = ("src=cur", "src=inh", "src=subj", "src=frame", "src=prev1", "src=np_src", "head_is_cue",
                "speech=nsubj", "speaker_noun", "ent=PER", "ent=ORG", "pron=er", "pron=sie", "cuepass", "sentd=0",
                "hist_first", "prevq_par=same")


def none_features(full: list[list[str]], mode: str | None = None, has_cue: str | None = None) -> list[str]:
    """Features of the "no speaker" option of a quote (softmax linker), from its candidates' feature lists:
    the quote's mode and whether it has a cue (read off the candidates' ``mode=…|cue`` feature unless given),
    how many candidates it has, and which of NONE_MARKERS some candidate holds (a cue verb's subject, a frame,
    a name …) or none does."""
    held: set[str] = set()
    for f in full:
        held.update(f)
    if mode is None or has_cue is None:
        mc = next((x for x in held if x.startswith("mode=") and "|" in x), "mode=?|nocue")
        mode, has_cue = mc[5:].split("|", 1)
    out = ["none", f"none|{mode}", f"none|{mode}|{has_cue}", f"none|n={_bucket(len(full), (1, 3, 6, 10, 20))}"]
    for m in NONE_MARKERS:
        if m in held:
            out += [f"none|has={m}", f"none|has={m}|{has_cue}", f"none|has={m}|{mode}"]
        else:
            out.append(f"none|no={m}|{mode}")
    return out


def features(v: DocView, q, c: Cand, msg: tuple[int, int], cue_ids: set[int], in_msg: set[int]) -> list[str]:
    static, root = span_features(v, c.a, c.b)
    return static + quote_features(v, q, c, msg, cue_ids, in_msg, root)


def decide(probs: list[float], cur: int | None, switch: float, keep: float) -> int | None:
    """The candidate to use (None: no speaker): the best one when it reaches ``switch``, else
    the extractor's own; nothing when that falls below ``keep``."""
    best = max(range(len(probs)), key=probs.__getitem__) if probs else None
    pick = best if best is not None and probs[best] >= switch else cur
    if pick is not None and probs[pick] < keep:
        return None
    return pick


def link_speakers(doc, toks: list[Tok], quotes: list, linker: Linker, collect=None,
                  final: Linker | None = None, rows: dict | None = None) -> dict[int, tuple[list, bool, bool]]:
    """Re-choose each quote's speaker among its candidates (in place). ``collect(q, cands,
    feats)``, when given, receives every quote's candidates (training); with ``linker`` None
    as well, the speakers stay as they are.

    ``final`` (``[model] speaker_final_linker``) scores the same candidates and features with other weights; its
    pick is returned (quote index -> (speaker spans, inherited)) instead of set, so the steps after the linker that
    read the speakers (message_after_speaker, drop_bare_indirect, the cue chooser, the judge) still see ``linker``'s,
    and ``extract_quotes`` puts the final speakers in last (``hold_final_speakers`` / ``settle_final_speakers``):
    a better linker then changes speakers only, never a message, cue or quote.

    ``rows`` (sentence -> feature rows, from ``quotes.tag_candidates``) spares the "crf" features rows the taggers
    built already; the sentences the linker adds go into it."""
    finals: dict[int, tuple[list, bool, bool]] = {}
    if not quotes:
        return finals
    level = feature_level()
    v = DocView(doc, toks, level, widenings() | (final.widen if final is not None else frozenset()))
    v.drop_adverbs = drop_adverbs()
    v.drop_openers = opener_words()
    v.drop_opener_tags = opener_tags()
    if rows is not None:
        v.sent_rows = rows
    # "crf": the marginals of every message's sentences and the sentence on either side in one batch up front
    # (each quote asks for its own, and 4 in 5 of the other sentences its candidates ask for are next to one: on
    # the bench, one batch per quote for them cost more than the third of them never asked for); any other
    # candidate's sentence is done with the rest of its quote's (``crf_prepare``)
    crf_first: set[int] = set()
    if "crf" in v.widen:
        side: set[int] = set()
        for q in quotes:
            for s, e in q.message if not q.nested else ():
                r = v.tok_range([(s, e)])
                if r:
                    side.update(t.sent + d for t in (toks[r[0]], toks[r[1] - 1]) for d in (-1, 1))
                    crf_first.update(t.sent for t in toks[r[0]:r[1]])
        # a sentence beside a message is read only for a candidate in it, and nearly all of those are its noun groups
        # (``sent_nps``) or lie by a cue: the others would be rows and marginals nobody reads (on the bench 154 of the
        # 1,142 sentences whose rows this built, 4 after); a candidate there after all is done with its quote's own
        # batch (the same numbers: each sentence is a sequence of its own)
        cue_sents = {toks[k].sent for q in quotes for k in v.tok_ids(q.cue)} if side - crf_first else set()
        crf_first.update(s for s in side - crf_first if s in v.sent_nps or s in cue_sents)
    prev: list[tuple[int, int]] = []
    # the key words of each earlier quote's speaker, in article order; the previous quote's paragraph and end
    hist: list[frozenset[str]] = []
    prev_q: tuple[int, int] | None = None
    order = sorted(range(len(quotes)), key=lambda n: quotes[n].message[0])
    linked: dict[int, list] = {}
    # speaker_link_widen "earlier": the sentences that hold (the start of) a message of ours
    quote_sents: set[int] = set()
    if "earlier" in v.widen:
        for q in quotes:
            r = v.tok_range(q.message) if not q.nested else None
            if r:
                quote_sents.add(toks[r[0]].sent)
    for n in order:
        q = quotes[n]
        if q.nested:
            continue
        msg = v.tok_range(q.message)
        if msg is None:
            continue
        cands = candidates(v, q, prev)
        in_msg: set[int] = set()
        for s, e in q.message:
            r = v.tok_range([(s, e)])
            if r:
                in_msg.update(range(*r))
        cue_ids: set[int] = set()
        for s, e in q.cue:
            r = v.tok_range([(s, e)])
            if r:
                cue_ids.update(range(*r))
        # the quote-independent features of each candidate, apart from ``feats`` when scoring
        statics: list[list[str]] = [[] for _ in cands]
        if collect is not None:
            feats = [features(v, q, c, msg, cue_ids, in_msg) for c in cands]
        else:
            # scoring: the quote-independent part of each span's score is summed once per document
            feats = []
            static_z = []
            w = linker.w
            for c in cands:
                key = (c.a, c.b)
                static, root = span_features(v, c.a, c.b)
                statics[len(feats)] = static
                if linker.trees is None and key not in v.score_cache:
                    v.score_cache[key] = sum(map(w.get, static, repeat(0.0)))  # as Linker.prob sums
                static_z.append(v.score_cache.get(key, 0.0))
                feats.append(quote_features(v, q, c, msg, cue_ids, in_msg, root))
        anchor = min(cue_ids) if cue_ids else msg[0]

        def dist(c: Cand) -> int:
            return min(abs(c.a - anchor), abs(c.b - 1 - anchor))

        near = sorted(range(len(cands)), key=lambda k: dist(cands[k]))
        near_name = [k for k in near if any(s.startswith(("ent_", "np_subj")) for s in cands[k].src)]
        if level >= 1:
            has_cue = "cue" if cue_ids else "nocue"
            for c, f in zip(cands, feats):
                f.extend(chain_features(v, c, msg, has_cue, span_features(v, c.a, c.b)[1], hist, prev_q,
                                         q.mode))
        for c, f in zip(cands, feats):
            # other paths proposing an overlapping span with another extent back this one's head
            ovl = {s for d in cands if d is not c and d.a < c.b and c.a < d.b for s in d.src}
            f.extend(f"ovl={s}" for s in sorted(ovl))
        if v.widen & {"coref", "cont"}:
            for c, f in zip(cands, feats):
                f.extend(link_features(v, c, q.mode, "cue" if cue_ids else "nocue", msg, prev, prev_q))
        if "earlier" in v.widen:
            own = own_status(v, cands, msg)
            for c, f in zip(cands, feats):
                f.extend(earlier_features(v, c, msg, own, q.mode, "cue" if cue_ids else "nocue", quote_sents))
        if "run" in v.widen:
            own = own_status(v, cands, msg)
            for c, f in zip(cands, feats):
                f.extend(run_features(v, c, msg, in_msg, own, q.mode, "cue" if cue_ids else "nocue", prev_q))
        if "path" in v.widen:
            mroot = message_root(v, in_msg)
            has_cue = "cue" if cue_ids else "nocue"
            for c, f in zip(cands, feats):
                f.extend(path_features(v, span_features(v, c.a, c.b)[1], mroot, cue_ids, has_cue, q.mode))
        if "crf" in v.widen and cands:
            # the taggers' own confidence: the roles CRF's speaker marginal on the candidate's words, and the
            # message CRF's on the quote's (a quote the tagger barely believes in deserves no speaker)
            v.crf_prepare(crf_first | {toks[k].sent for k in in_msg}
                          | {toks[k].sent for c in cands for k in range(c.a, c.b)})
            crf_first = set()
            spk, mq = v._crf_spk, v._crf_msg
            qm = sum(mq[k] for k in in_msg) / max(1, len(in_msg))
            qb = _pb(qm)
            for c, f in zip(cands, feats):
                ps = spk[c.a:c.b]
                hi, lo = _pb(max(ps)), _pb(min(ps))
                f += [f"crfspk={hi}", f"crfspk={hi}|{q.mode}", f"crfspk={hi}|{'cue' if cue_ids else 'nocue'}",
                      f"crfspk_min={lo}", f"qmsg={qb}", f"qmsg={qb}|{q.mode}"]
        if "pres" in v.widen and cands:
            # a lone "er"/"sie" the decoder's last step turns into the noun group it stands for
            # (resolve_opening_pronouns): with rows labelled so (train_speakers.py --pronoun-rows) the linker scores
            # it for what it will become
            plevel = pronoun_level()
            for c, f in zip(cands, feats):
                if c.b - c.a == 1 and resolvable_pronoun(doc, toks, v.starts, q, c.a, plevel):
                    f += ["pres=1", f"pres=1|{q.mode}", f"pres=1|ant={v.antecedent(c.a) is not None}"]
        if "mention" in v.widen:
            # several candidates naming the same source ("Bundeskanzlerin Angela Merkel" … "Merkel"): quotes-de
            # marks one mention, mostly the one nearest the cue; which one is this, by distance and by length
            kws = [key_words(toks, c.a, c.b) for c in cands]
            for k, (c, f) in enumerate(zip(cands, feats)):
                same = [j for j in range(len(cands)) if j != k and kws[k] and kws[j] & kws[k]]
                if not same:
                    continue
                nearer = "nearest" if dist(c) < min(dist(cands[j]) for j in same) else "farther"
                longer = "longest" if c.b - c.a > max(cands[j].b - cands[j].a for j in same) else "shorter"
                f += [f"kw={nearer}", f"kw={nearer}|{q.mode}", f"kw={longer}", f"kw={nearer}|{longer}"]
        if level >= 4:
            full = [st + f for st, f in zip(statics, feats)]
            for f, g in zip(feats, context_features(full, [dist(c) for c in cands])):
                f.extend(g)
        if RANK_FEATURES:
            # rank by distance to the cue (or the message): train CV 0.540 with, 0.540 without
            for r, k in enumerate(near[:3]):
                feats[k].append(f"near={r}")
                feats[k].append(f"near={r}|{q.mode}")
            for r, k in enumerate(near_name[:2]):
                feats[k].append(f"near_np={r}")
        if collect is not None:
            collect(q, cands, feats)
        if linker is not None:
            # with ``collect`` too: training rows whose earlier speakers are the linker's, as at run time
            if linker.trees is not None:
                probs = linker.probs([st + f for st, f in zip(statics, feats)])
            elif linker.softmax:
                w = linker.w
                full = [st + f for st, f in zip(statics, feats)]
                probs = linker.softmax_probs([sum(w.get(x, 0.0) for x in f) for f in full], full, q.mode,
                                             "cue" if cue_ids else "nocue")
            elif collect is None:
                probs = [linker.prob(f, z) for f, z in zip(feats, static_z)]
            else:
                probs = linker.probs(feats)
            cur = next((k for k, c in enumerate(cands) if c.src & {"cur", "inh"}), None)
            if final is not None and collect is None:
                fp = decide(final.probs([st + f for st, f in zip(statics, feats)]), cur, final.switch, final.keep)
                if fp is None:
                    finals[n] = ([], False, False)
                else:
                    c = cands[fp]
                    finals[n] = ([(toks[c.a].start, toks[c.b - 1].end)],
                                 not (c.src & {"subj", "frame", "cur"}) and any(s.startswith("prev") for s in c.src),
                                 "inh" in c.src)
            pick = decide(probs, cur, linker.switch, linker.keep)
            if pick is None:
                q.speaker, q.inherited = [], False
            elif pick != cur:
                c = cands[pick]
                q.speaker = [(toks[c.a].start, toks[c.b - 1].end)]
                q.inherited = not (c.src & {"subj", "frame", "cur"}) and any(s.startswith("prev") for s in c.src)
            linked[n] = q.speaker
        r = v.tok_range(q.speaker)
        if r and (not prev or prev[0] != r):
            prev = [r] + [p for p in prev if p != r][:4]
        if r:
            kw = key_words(toks, *r)
            if kw:
                hist.append(kw)
        prev_q = (v.par[msg[0]], msg[1])
    if collect is None:
        # nested fragments speak with the voice of the quote around them
        for qi, q in enumerate(quotes):
            if not q.nested:
                continue
            for n, sp in linked.items():
                p = quotes[n]
                if any(s <= q.message[0][0] and q.message[-1][1] <= e for s, e in p.message):
                    q.speaker = list(sp)
                    if n in finals:
                        finals[qi] = (list(finals[n][0]), q.inherited, False)
                    break
    return finals


def hold_final_speakers(doc, toks: list[Tok], quotes: list, finals: dict[int, tuple[list, bool, bool]],
                        tidy: int) -> list[tuple]:
    """The final linker's speakers (``link_speakers``' ``final``), tidied as the main linker's are at the same step
    (quotes.tidy_speakers on a copy of each quote), held with the speaker the quote has now; called right after
    extract_quotes' own tidy_speakers."""
    from .quotes import RawQuote, tidy_speakers
    from .quotes_features import config

    # [model] speaker_final_scope: "all" lets the final linker name a speaker where the first one left none;
    # "no_free_add" not for a cue-less free continuation (FreeIndirect / IndirectFreeIndirect), whose speaker the claims
    # stage takes from a postposed frame ("X sei … . Y habe …, fügte die Zeitung hinzu": claims._close_over) or the
    # previous claim; "named" only re-chooses (or drops) a speaker the first linker named; "free_earlier" and "free_inherit"
    # (off, de_speakers card Round 20: dev -0.005 / -0.003) as "no_free_add", save a speaker from a sentence before the
    # continuation's, or the previous speaker it had inherited
    scope = config().get("model", {}).get("speaker_final_scope", "all")
    held = []
    starts = [t.start for t in toks]
    for n, (sp, inh, restores) in finals.items():
        q = quotes[n]
        if sp == q.speaker:
            continue
        free_add = not q.speaker and not q.cue and q.mode in ("FreeIndirect", "IndirectFreeIndirect")
        if free_add and scope == "free_earlier" and sp and _sentence_before(toks, starts, sp, q.message):
            # "free_earlier": a cue-less free continuation may take a speaker named in a sentence before its own
            # (the source of the report it continues), never one of its own sentence ("Der Konzern stehe …")
            pass
        elif free_add and scope == "free_inherit" and restores:
            # "free_inherit": ... or only the previous quote's speaker it had inherited (inherit_free_speakers)
            # before the first linker dropped it
            pass
        elif not q.speaker and (scope == "named" or (scope in ("no_free_add", "free_earlier", "free_inherit") and free_add)):
            continue
        shadow = RawQuote(message=list(q.message), mode=q.mode, speaker=list(sp))
        if tidy and sp:
            tidy_speakers(doc, toks, [shadow], tidy)
        held.append((q, list(q.speaker), shadow.speaker, inh))
    return held


def _sentence_before(toks: list[Tok], starts: list[int], sp: list, message: list) -> bool:
    """Whether a speaker span (chars) ends in a sentence before the one the message opens in."""
    a = bisect_left(starts, message[0][0])
    b = bisect_left(starts, sp[-1][1]) - 1
    return 0 <= b < len(toks) and a < len(toks) and toks[b].sent < toks[a].sent


def settle_final_speakers(quotes: list, held: list[tuple]) -> int:
    """Last step of extract_quotes: each quote still alive whose speaker is still the one ``hold_final_speakers``
    saw takes the final linker's; returns how many changed."""
    from .quotes_features import config

    # [model] speaker_final_cueless_indirect = false: the final linker leaves alone an Indirect quote that every cue step
    # left without a cue (de_speakers card, Round 26)
    keep_cueless = not config().get("model", {}).get("speaker_final_cueless_indirect", True)
    alive = {id(q) for q in quotes}
    n = 0
    for q, was, sp, inh in held:
        if keep_cueless and q.mode == "Indirect" and not q.cue and not q.nested:
            continue
        if id(q) in alive and q.speaker == was:
            q.speaker, q.inherited = list(sp), inh
            n += 1
    return n


# pronouns quotes-de resolves when one opens a message: the subject of an indirect report names no speaker of its own
OPENING_PRONOUNS = ("er", "sie")


def _konjunktiv_subject(doc, t) -> bool:
    """Whether the verb the subject ``t`` belongs to is in the Konjunktiv: its head verb or that verb's auxiliary
    (not any verb of the sentence: "Sie fordern …, die … zur Folge hätten")."""
    v = t.head
    return any(x.pos_ in ("VERB", "AUX") and "Sub" in x.morph.get("Mood")
               for x in [v, *(c for c in v.children if c.dep_ in ("aux", "aux:pass", "cop"))])


def _reported_pronoun(toks: list[Tok], starts: list[int], q, a: int) -> bool:
    """Level 3 of resolve_opening_pronouns: the pronoun at token ``a`` stands inside the quote's message or in the
    sentence the message opens in ("Zuerst habe sie nicht damit gerechnet, dass …": the cue clause is itself reported,
    its Konjunktiv the mark, and quotes-de names the noun group). On quotes-de train no non-Reported gold quote has a
    pronoun of its own message as its speaker (the 19 such are Reported)."""
    if q.mode == "Reported":
        return False
    lo, hi = q.message[0][0], q.message[-1][1]
    if lo <= toks[a].start and toks[a].end <= hi:
        return True
    m = min(bisect_left(starts, lo), len(toks) - 1)
    return toks[m].sent == toks[a].sent


def resolvable_pronoun(doc, toks: list[Tok], starts: list[int], q, a: int, level: int) -> bool:
    """Whether resolve_opening_pronouns at ``level`` gives the quote ``q`` the antecedent of a lone speaker token ``a``
    (the training rows of the linker use the same test: train_speakers.py --pronoun-rows)."""
    if level <= 0 or q.nested or toks[a].text.lower() not in OPENING_PRONOUNS:
        return False
    m = bisect_left(starts, q.message[0][0])
    while m < a and not toks[m].text[:1].isalnum():
        m += 1
    if m != a and not (level == 3 and _reported_pronoun(toks, starts, q, a)):
        return False
    if (level in (1, 3) or q.mode == "Reported") and (toks[a].i < 0 or not _konjunktiv_subject(doc, doc[toks[a].i])):
        return False
    return True


def pronoun_antecedent(doc, toks: list[Tok], v: "DocView", q, a: int, tidy: int) -> list[tuple[int, int]] | None:
    """The speaker span (chars) a resolvable pronoun at token ``a`` gives way to: DocView.antecedent, tidied."""
    from .quotes import RawQuote, tidy_speakers

    ant = v.antecedent(a)
    if ant is None:
        return None
    tmp = RawQuote(message=list(q.message), speaker=[(toks[ant[0]].start, toks[ant[1] - 1].end)], mode=q.mode)
    if tidy:
        # not level 6: the parse's noun group holds the appositions it sees, and after "…, Sebastian Edathy," the
        # comma run of an inverted sentence is the verb's object ("…, Edathy, den Gesetzentwurf.")
        tidy_speakers(doc, toks, [tmp], min(tidy, 5))
    return list(tmp.speaker)


def resolve_opening_pronouns(doc, toks: list[Tok], quotes: list, tidy: int = 0, level: int = 1) -> int:
    """[model] speaker_pronoun_antecedent: a quote whose speaker is the lone "er"/"sie" that opens its own message
    ("Er halte die Verlängerung … für vertretbar") takes the noun group the pronoun stands for (DocView.antecedent,
    tidied as every speaker is), and so do the fragments nested in it that inherited the pronoun. On quotes-de train,
    of the gold messages that open with "er"/"sie", the 67 Indirect / IndirectFreeIndirect / FreeIndirect ones name
    the noun group, the 10 Reported ones the pronoun ("Sie bezeichnet diese Lösung als Irrweg"). Our message can
    open with the cue's subject where gold's does not ("Sie fordern Verbesserungen …", gold: "Sie"), so level 1
    resolves only when the pronoun's own verb is in the Konjunktiv, the mark of the report itself; level 2
    also a non-Reported quote's pronoun before an indicative verb; level 3 as 1, and a non-Reported quote's Konjunktiv
    pronoun anywhere in its message or the sentence it opens in (_reported_pronoun). Returns how many quotes changed."""
    if doc is None or not doc.has_annotation("DEP"):
        return 0
    starts = [t.start for t in toks]
    todo = []
    for q in quotes:
        if q.nested or len(q.speaker) != 1 or not q.message:
            continue
        a = bisect_left(starts, q.speaker[0][0])
        if a >= len(toks) or toks[a].end != q.speaker[0][1] or not resolvable_pronoun(doc, toks, starts, q, a, level):
            continue
        todo.append((q, a))
    if not todo:
        return 0
    v = DocView(doc, toks)
    n = 0
    for q, a in todo:
        sp = pronoun_antecedent(doc, toks, v, q, a, tidy)
        if sp is None:
            continue
        old = list(q.speaker)
        lo, hi = q.message[0][0], q.message[-1][1]
        for o in quotes:
            if o is q or (o.nested and o.speaker == old and lo <= o.message[0][0] and o.message[-1][1] <= hi):
                o.speaker = list(sp)
                o.inherited = o is not q or o.inherited
        n += 1
    return n


_OFFSET_MEMO: tuple = (None, None, None)  # (token table, start offset -> token, end offset -> token), replaced whole


def _offset_index(doc) -> tuple[dict[int, int], dict[int, int]]:
    """Token index by start and by end offset of ``doc`` (a later token wins a shared key, as in dicts over
    ``doc``), kept with the token table they were read from: the late speaker steps each ask once per document
    (seven steps), and a checked ``token_table`` (one ``Doc.to_array``) and the two dicts per step were ~0.2 CPU s
    of a bench pass. Unchecked: it runs within ``extract_quotes``, whose ``tokens_from_doc`` checked the table,
    and a doc's offsets and texts cannot change without a retokenizer, which no step after the nlp stage runs."""
    global _OFFSET_MEMO
    tab = token_table(doc, check=False)
    memo = _OFFSET_MEMO
    if memo[0] is tab:
        return memo[1], memo[2]
    at = dict(zip(tab.idx, range(tab.n)))
    ends = dict(zip([a + len(w) for a, w in zip(tab.idx, tab.text)], range(tab.n)))
    _OFFSET_MEMO = (tab, at, ends)
    return at, ends


def _one_span_speakers(doc, quotes: list):
    """(quote, first token, last token) of each quote whose speaker is one span that starts and ends on token
    boundaries of a parsed doc: what the speaker repairs below work on."""
    if doc is None or not doc.has_annotation("DEP"):
        return
    # token index by start and by end offset, from the token table (a Token made per token and attribute was most of
    # these steps' cost), made once a quote needs them and kept for the document (``_offset_index``)
    at = ends = None
    for q in quotes:
        if len(q.speaker) != 1:
            continue
        if at is None:
            at, ends = _offset_index(doc)
        s, e = q.speaker[0]
        a, b = at.get(s), ends.get(e)
        if a is not None and b is not None and b >= a:
            yield q, doc[a], doc[b]


# the fronted phrase's relations to the verb that leave the subject slot to a pronoun after it (not "obl": "Nach
# Informationen des Geheimdienstes habe er …", "laut einer Sprecherin" name the source, the pronoun the one reported on)
_FRONTED_OBJECTS = ("obj", "iobj", "obl:arg", "advmod", "nmod", "dep", "xcomp")


def pronoun_subject_speakers(doc, quotes: list) -> int:
    """[model] speaker_pronoun_subject: a speaker that is the fronted object of its verb while a lone "er"/"sie" is that
    verb's subject ("Die Bürgerinnen und Bürger forderte er auf, …", "Sie warf dem Bundesinnenminister vor, …") gives way
    to the pronoun, which quotes-de marks as the speaker of a cue's subject. The parser often makes the fronted phrase
    a second nsubj of the verb ("Die Tat bezeichnete er als sinnlos"); then only "er", the one nominative-only pronoun,
    after the verb: "Der Hauptgeschäftsführer … kritisierte sie" is the fronted subject's. The pronoun may stand in the
    message only if the speaker does. Returns how many quotes changed."""
    n = 0
    for q, first, last in _one_span_speakers(doc, quotes):
        span = range(first.i, last.i + 1)
        roots = [t for t in doc[first.i:last.i + 1] if t.head.i not in span or t.head.i == t.i]
        if len(roots) != 1 or roots[0].head.i == roots[0].i:
            continue
        r = roots[0]
        v = r.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        if r.dep_ in ("nsubj", "nsubj:pass"):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in span]
            if len(subj) != 1 or subj[0].lower_ != "er" or not r.i < v.i < subj[0].i:
                continue
        elif r.dep_ in _FRONTED_OBJECTS:
            subj = [c for c in v.children if c.dep_ == "nsubj" and c.i not in span]
            if len(subj) != 1 or subj[0].lower_ not in ("er", "sie"):
                continue
        else:
            continue
        s = subj[0]
        inside = [any(ms <= t.idx < me for ms, me in q.message) for t in (s, first)]
        if inside[0] and not inside[1]:
            continue
        q.speaker = [(s.idx, s.idx + len(s.text))]
        n += 1
    return n


# determiners and pronouns that mark a noun group as no subject (accusative / dative)
_OBLIQUE_FIRST = ("den", "dem", "einen", "einem", "ihn", "ihm", "ihnen", "diesen", "diesem")
# the head words of a noun group that names a person or body (beside PER/ORG names), compounds included
_SOURCE_STEMS = SPEAKER_NOUNS + ("anwalt", "vorsitzend", "bürgermeister", "kanzler", "direktor", "leiter", "sekretär",
                                 "führer", "kommissar", "sprecher")


def _names_source(t) -> bool:
    """Whether the noun group headed by ``t`` names a person or body: er/sie/es, a PER/ORG name, a proper noun, a
    speaker noun ("Der Generalanwalt", "Ein Sprecher des Übergangsrates"); not "Die Äußerungen Hassemers"."""
    low = t.lower_
    # a proper noun only with an entity label: the tagger makes "Unmissverständlich" at a sentence's start one
    return low in ("er", "sie", "es") or t.ent_type_ in ("PER", "ORG") or (t.pos_ == "PROPN" and t.ent_type_) \
        or (t.pos_ == "NOUN" and any(x in low for x in _SOURCE_STEMS))


def fronted_subject_speakers(doc, toks: list, quotes: list, tidy: int = 5) -> int:
    """[model] speaker_fronted_subject: a speaker after the finite verb that the parser made one of the verb's two
    subjects (or its object) gives way to the other subject, the one before the verb, where German word order puts
    the subject when nothing else is fronted ("Der Generalanwalt kritisierte das VW-Gesetz …", "Thaksin beschuldigte
    General Prem, …"). The fronted one must name a person or body (_names_source), open with no preposition and no
    accusative/dative word; ours must not open with "der"/"ein" (a nominative: "… sieht der SPD-Vorsitzende …");
    not for "zitieren", whose object is the one quoted. The new span is the fronted noun group, tidied as the linker's
    spans are; it may stand in the message only if ours does. Returns how many quotes changed."""
    from .quotes import RawQuote, tidy_speakers

    n = 0
    for q, first, last in list(_one_span_speakers(doc, quotes)):
        span = range(first.i, last.i + 1)
        roots = [t for t in doc[first.i:last.i + 1] if t.head.i not in span or t.head.i == t.i]
        if len(roots) != 1 or roots[0].head.i == roots[0].i or first.lower_ in ("der", "ein"):
            continue
        r = roots[0]
        v = r.head
        if v.pos_ not in ("VERB", "AUX") or v.lemma_ == "zitieren" or r.dep_ not in ("nsubj", "nsubj:pass", "obj", "iobj"):
            continue
        # the finite verb: the verb or its first auxiliary
        fin = min([v.i, *(c.i for c in v.children if c.dep_ in ("aux", "aux:pass", "cop"))])
        pre = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < fin and c.i not in span]
        if r.i < fin or len(pre) != 1:
            continue
        s = pre[0]
        if doc[s.left_edge.i].lower_ in _OBLIQUE_FIRST or doc[s.left_edge.i].pos_ == "ADP" or not _names_source(s):
            continue
        a, b = (s.i, s.i) if s.pos_ == "PRON" else (s.left_edge.i, s.right_edge.i)
        if b - a >= 15 or any(t.text in ("„", "“", ":", ";") for t in doc[a:b + 1]):
            continue
        inside = [any(ms <= t.idx < me for ms, me in q.message) for t in (doc[a], first)]
        if inside[0] and not inside[1]:
            continue
        tmp = RawQuote(message=list(q.message), speaker=[(doc[a].idx, doc[b].idx + len(doc[b].text))], mode=q.mode)
        if tidy:
            tidy_speakers(doc, toks, [tmp], tidy)
        if tmp.speaker:
            q.speaker = list(tmp.speaker)
            n += 1
    return n


def join_title_apposition(doc, quotes: list) -> int:
    """[model] speaker_title_apposition: a speaker that is the second half of a "<title>, <name>" or "<name>, <title>"
    pair ("Der ÖAMTC-Flugbetriebsleiter, Reinhard Kraxner, …", "Stephen Singer, ein Klimaexperte vom WWF, erklärte")
    takes the first half too, as quotes-de's speakers do. The parser makes the second half a conj or appos of the
    first's head (the tidy steps' apposition only looks right of the head); the first half holds no verb, no comma or
    quotation mark, no coordination, and one of the halves a PER name. Returns how many quotes changed."""
    n = 0
    for q, first, last in _one_span_speakers(doc, quotes):
        if first.i < 2 or doc[first.i - 1].text != ",":
            continue
        span = doc[first.i:last.i + 1]
        r = next((t for t in span if not (first.i <= t.head.i <= last.i) or t.head.i == t.i), None)
        if r is None or r.dep_ not in ("conj", "appos") or r.head.i >= first.i - 1:
            continue
        a = r.head.left_edge.i
        pre = doc[a:first.i - 1]
        if not 0 < len(pre) <= 12 or any(t.pos_ in ("VERB", "AUX") or t.dep_ == "cc" or t.is_punct for t in pre):
            continue
        if any(c.dep_ == "cc" for c in r.children) or not any(t.ent_type_ == "PER" for t in (*pre, *span)):
            continue
        # a first half inside the message of a speaker outside it is the message's
        inside = [any(ms <= t.idx < me for ms, me in q.message) for t in (pre[0], first)]
        if inside[0] and not inside[1]:
            continue
        q.speaker = [(doc[a].idx, q.speaker[0][1])]
        n += 1
    return n


def passive_agent_speakers(doc, quotes: list) -> int:
    """[model] speaker_passive_agent: a speaker that is the passive subject of its verb ("Die Forderungen Berningers
    wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet") gives way to the verb's "von"-agent
    when that names a person or body (a PER/ORG name or a proper noun), without the preposition; the agent may stand in
    the message only if the subject does. Returns how many quotes changed."""
    n = 0
    for q, first, last in _one_span_speakers(doc, quotes):
        roots = [t for t in doc[first.i:last.i + 1] if not (first.i <= t.head.i <= last.i) or t.head.i == t.i]
        if len(roots) != 1 or roots[0].dep_ not in ("nsubj", "nsubj:pass"):
            continue
        v = roots[0].head
        if not any(c.dep_ == "aux:pass" for c in v.children):
            continue
        c = next((c for c in v.children if c.dep_ in ("obl:agent", "obl")
                  and any(x.dep_ == "case" and x.lower_ in ("von", "vom") for x in c.children)), None)
        if c is None:
            continue
        a, b = c.left_edge.i, c.right_edge.i
        if doc[a].dep_ == "case" and doc[a].head.i == c.i:
            a += 1
        agent = doc[a:b + 1]
        if not len(agent) or not any(t.ent_type_ in ("PER", "ORG") or t.pos_ == "PROPN" for t in agent):
            continue
        inside = [any(ms <= t.idx < me for ms, me in q.message) for t in (agent[0], first)]
        if inside[0] and not inside[1]:
            continue
        q.speaker = [(agent[0].idx, agent[-1].idx + len(agent[-1].text))]
        n += 1
    return n


# the articles and preposition that open a frame noun's source attribute ("nach Angaben der Polizei", "von n24")
_ATTRIBUTE_OPENERS = ("der", "des", "eines", "einer", "von")


def frame_attribute_speakers(doc, quotes: list) -> int:
    """[model] speaker_frame_attribute: a speaker that is a frame noun alone ("nach Angaben", "Berichten … zufolge",
    "nach Meinung": NACH_SOURCE) takes the noun group after it that names the source, which quotes-de marks with it
    ("Angaben informierter Kreise", "Meinung politischer Beobachter", "Angaben von n24"): a genitive article or "von",
    then adjectives, then a capitalised noun or a name, and the names right after it. Read off the words, not the
    tree: the parser hangs such a genitive on the verb as often as on the frame noun. Returns how many quotes
    changed."""
    n = 0
    for q, first, last in list(_one_span_speakers(doc, quotes)):
        if first.i != last.i or not first.lower_.startswith(NACH_SOURCE):
            continue
        j = first.i + 1
        if j < len(doc) and doc[j].lower_ in _ATTRIBUTE_OPENERS:
            j += 1
        while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].lower_.endswith(("er", "en")):
            j += 1
        # a bare plural after the frame noun ("nach Angaben Menschen …") has no genitive mark: not its attribute
        if j == first.i + 1 or j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN") or doc[j].is_sent_start:
            continue
        if doc[j].pos_ == "NOUN" and not doc[j].text[:1].isupper():
            continue
        e = j
        while e + 1 < len(doc) and doc[e + 1].pos_ == "PROPN" and not doc[e + 1].is_sent_start:
            e += 1
        q.speaker = [(first.idx, doc[e].idx + len(doc[e].text))]
        n += 1
    return n


def frame_adverb_speakers(doc, quotes: list) -> int:
    """[model] speaker_frame_adverb: a quote left with no speaker whose whole cue is "demnach" / "wonach" / "danach"
    (FRAME_ADVERBS) takes the adverb as its speaker, as quotes-de marks it ("Demnach soll …": 29 train speakers);
    the fragments nested in its message without a speaker follow. Returns how many quotes changed."""
    text = doc_text(doc) if doc is not None else ""  # the memoised doc.text (the chooser has read it)
    n = 0
    for q in quotes:
        if q.nested or q.speaker or len(q.cue) != 1:
            continue
        s, e = q.cue[0]
        if text[s:e].strip(" ,.").lower() not in FRAME_ADVERBS:
            continue
        q.speaker = [(s, e)]
        n += 1
        for f in quotes:
            if f.nested and not f.speaker and any(ms <= f.message[0][0] and f.message[-1][1] <= me for ms, me in q.message):
                f.speaker = [(s, e)]
    return n


def passive_subject_speakers(doc, quotes: list) -> int:
    """[model] speaker_passive_subject: a speaker that is the passive subject of its cue verb when that verb has no
    agent ("Israel wurde aufgefordert, …", "Klien wurde vorgeworfen, …", "Gestern war berichtet worden, dass …") is the
    one spoken to or about, not the source: the quote keeps no speaker (with a "von"/"durch" agent,
    passive_agent_speakers names the agent). Not for "zitieren", whose passive subject is the one quoted ("Panetta wird
    … zitiert"). The fragments nested in its message that share the speaker lose it too. Returns how many quotes
    changed."""
    n = 0
    for q, first, last in list(_one_span_speakers(doc, quotes)):
        if q.nested or not q.cue:
            continue
        roots = [t for t in doc[first.i:last.i + 1] if not (first.i <= t.head.i <= last.i) or t.head.i == t.i]
        if len(roots) != 1 or roots[0].dep_ != "nsubj:pass":
            continue
        # the cue's token indices by bisecting the token starts (a scan of the doc made a Token per word per quote)
        starts = token_table(doc, check=False).idx
        cue = {i for s, e in q.cue for i in range(bisect_left(starts, s), bisect_left(starts, e))}
        verbs = [doc[i] for i in sorted(cue) if doc[i].pos_ == "VERB" and any(c.dep_ == "aux:pass" for c in doc[i].children)]
        if len(verbs) != 1 or roots[0].head.i != verbs[0].i or verbs[0].lemma_ == "zitieren":
            continue
        v = verbs[0]
        if any(c.dep_ == "obl:agent" or (c.dep_ == "obl" and any(x.dep_ == "case" and x.lower_ in ("von", "vom", "durch")
                                                                 for x in c.children)) for c in v.children):
            continue
        old = list(q.speaker)
        q.speaker = []
        n += 1
        for f in quotes:
            if f.nested and f.speaker == old and any(ms <= f.message[0][0] and f.message[-1][1] <= me
                                                     for ms, me in q.message):
                f.speaker = []
    return n


# the subject's noun group ends before these (a comma opens an apposition or a clause gold leaves out)
_SUBJECT_STOPS = (",", "„", "“", "(", ":", ";")


def _subject_group(doc, s) -> tuple[int, int]:
    """The noun group of subject ``s``: a pronoun alone; else its subtree, cut before a comma, a bracket, a quotation
    mark or a relative clause, and after such a mark before it."""
    if s.pos_ == "PRON":
        return s.i, s.i
    a, b = s.left_edge.i, s.right_edge.i
    for t in doc[s.i + 1: b + 1]:
        if t.dep_ in ("acl", "acl:relcl"):
            b = min(t.left_edge.i, t.i) - 1
            break
        if t.text in _SUBJECT_STOPS:
            b = t.i - 1
            break
    for t in reversed(list(doc[a: s.i])):
        if t.text in (",", "„", "“", ")", ":", ";"):
            a = t.i + 1
            break
    while b > s.i and doc[b].is_punct:
        b -= 1
    return a, b


def _span_tokens(doc):
    """A function from character spans to the doc's tokens they cover, in order. Token starts are bisected, so a
    quote costs no scan of the doc."""
    starts = token_table(doc, check=False).idx

    def tokens_in(spans):
        at = {i for s, e in spans for i in range(bisect_left(starts, s), bisect_left(starts, e))}
        return [doc[i] for i in sorted(at)]

    return tokens_in


def cue_subject_speakers(doc, quotes: list) -> int:
    """[model] speaker_cue_subject: a quote whose speaker is no subject (an object, a prepositional phrase, an outlet
    the cue names: "… wird von der Nachrichtenagentur Reuters mit den Worten zitiert", "In einem Bericht rechtfertigte
    das Verteidigungsministerium …"), or that has none, takes the one subject of its cue verb when that names a person
    or body (_names_source), as quotes-de marks the cue verb's subject. The cue must hold a verb (not "laut",
    "demnach"); an auxiliary's lexical verb is the verb; "es" is no subject; a passive's subject is the one spoken to
    or about (passive_subject_speakers) but for "zitieren", whose passive subject is the one quoted. Returns how many
    quotes changed."""
    if doc is None or not doc.has_annotation("DEP"):
        return 0
    tokens_in = _span_tokens(doc)

    n = 0
    for q in quotes:
        if q.nested or not q.cue:
            continue
        cue = tokens_in(q.cue)
        if not any(t.pos_ == "VERB" for t in cue):
            continue
        verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
        v = verbs[-1] if verbs[-1].pos_ == "VERB" else verbs[0]
        if v.dep_ in ("aux", "aux:pass", "cop"):
            v = v.head
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ != "es"]
        if len(subs) != 1:
            continue
        s = subs[0]
        if v.lemma_ != "zitieren" and (s.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in v.children)):
            continue
        if not _names_source(s):
            continue
        a, b = _subject_group(doc, s)
        if b < a or b - a >= 15:
            continue
        ours = tokens_in(q.speaker)
        if any(a <= t.i <= b for t in ours):
            continue
        if ours:
            lo, hi = ours[0].i, ours[-1].i
            roots = [t for t in ours if not (lo <= t.head.i <= hi) or t.head.i == t.i]
            if any(r.dep_ in ("nsubj", "nsubj:pass") for r in roots):
                continue
        q.speaker = [(doc[a].idx, doc[b].idx + len(doc[b].text))]
        n += 1
    return n


def _speech_stems() -> tuple[str, ...]:
    from .quotes_features import config

    return tuple(config().get("de", {}).get("cue_stems", []))


def local_speech_speakers(doc, quotes: list) -> int:
    """[model] speaker_local_speech: a quote left without a speaker, or whose speaker stands in a sentence before its
    message's (carried from an earlier report), takes the subject of a speech verb in the message's own sentences
    ("Die Ursache sei noch unklar, verlautbarte Peter Sharp, …"; a fragment of "…, erklärte Koch-Mehrin" carrying the
    speaker of the paragraph's first report): the first such verb (a VERB whose word opens with one of [de] cue_stems)
    with one subject that is not "es" and names a person or body (_names_source), its noun group (_subject_group) as
    the cue verb's subject is marked. The cue steps missed that verb, so the linker reached back. Returns how many
    quotes changed."""
    if doc is None or not doc.has_annotation("DEP"):
        return 0
    stems = _speech_stems()
    if not stems:
        return 0
    tokens_in = _span_tokens(doc)

    n = 0
    for q in quotes:
        if not q.message:
            continue
        msg = tokens_in(q.message)
        if not msg:
            continue
        first = msg[0].sent.start
        ours = tokens_in(q.speaker)
        if ours and ours[-1].i >= first:
            continue
        subject = None
        for st in sorted({t.sent.start for t in msg}):
            for v in doc[st].sent:
                if v.pos_ != "VERB" or not v.lower_.startswith(stems):
                    continue
                subs = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ != "es"]
                if len(subs) == 1 and _names_source(subs[0]):
                    subject = subs[0]
                    break
            if subject is not None:
                break
        if subject is None:
            continue
        a, b = _subject_group(doc, subject)
        if b < a or b - a >= 15:
            continue
        q.speaker = [(doc[a].idx, doc[b].idx + len(doc[b].text))]
        n += 1
    return n


def message_clause(doc, span):
    """(finite verb, subject) of the first clause of ``span`` (a message) that the parse roots inside it and that
    has a finite verb (the root itself, or its auxiliary / copula): "Die Ursache sei noch unklar" -> (sei, Ursache).
    (None, None) when no root clause is finite; the subject is None when the clause has none."""
    lo, hi = span.start, span.end
    for r in span:
        if lo <= r.head.i < hi and r.head.i != r.i:
            continue
        fin = r if "Fin" in r.morph.get("VerbForm") else next(
            (c for c in r.children if c.dep_ in ("aux", "aux:pass", "cop") and "Fin" in c.morph.get("VerbForm")), None)
        if fin is None:
            continue
        subj = next((c for c in r.children if c.dep_ in SUBJECT_DEPS), None)
        return fin, subj
    return None, None


# what a subject pronoun cannot stand for, by the (gender, number) of the open speaker's head: "er" no feminine,
# neuter or plural noun, "sie" no masculine or neuter singular ("sie" is also the plural); "es", "man", "wir", "ich"
# agree with any (an expletive "es", a "man" / "wir" that takes the speaker in)
_PRONOUN_CLASHES = {"er": {("Fem", "Sing"), ("Neut", "Sing"), ("*", "Plur")}, "sie": {("Masc", "Sing"), ("Neut", "Sing")}}


def _agrees(pron, head) -> bool:
    """Whether subject pronoun ``pron`` can stand for the speaker headed by ``head``: no clash of gender or number
    the morphology shows (a name without gender clashes with nothing); a pronoun speaker agrees with the same
    pronoun only."""
    low = pron.lower_
    if low not in _PRONOUN_CLASHES:
        return True
    if head.pos_ == "PRON":
        return head.lower_ in ("er", "sie") and (head.lower_ == low or low == "sie")
    clash = _PRONOUN_CLASHES[low]
    number = head.morph.get("Number")
    if "Plur" in number:
        return ("*", "Plur") not in clash
    return not any((gd, "Sing") in clash for gd in head.morph.get("Gender"))


def carry_open_speakers(doc, quotes: list, k: int = 2, subject: str = "nosource", agree: bool = True,
                        between: str = "", modes: str = "", chain: bool = True, konj: str = "any",
                        opener: str = "", speech: str = "") -> int:
    """The open report's speaker for a cue-less continuation (open_carry_speakers runs it with the guards chosen on
    train). A non-nested quote left without cue and speaker takes the speaker of the open report — the last quote
    with a speaker (message order; ``opener``: what such a quote needs to open one, _opens_report), or with
    ``speech`` "root" a sentence outside every message of ours whose main verb has one subject naming a person or body
    ("Der Iran streitet dies ab. Sein Programm diene …"; "stems": a speech verb of [de] cue_stems, not only the main
    verb) — when the parse says the report goes on: the quote's first finite clause is in the Konjunktiv (Mood=Sub;
    ``konj`` "one": Konjunktiv I only, Tense=Pres: "sei", "habe", not "hätte", "könnte"),
    its subject names no new source (``subject`` "nosource"; "pron": a pronoun or none; "any": no guard), a pronoun
    subject does not clash with the open speaker (``agree``, _agrees), and its message starts at most ``k``
    sentences after the open report ends. No quote of another speaker stands between: the open speaker is the last
    one. ``between`` (comma-separated): "para" no paragraph break between, "name" no PER/ORG name outside our
    messages between; ``modes``: only these modes ("" all); with ``chain`` a carried quote is the open report for
    the next one. Returns how many quotes changed."""
    if doc is None or not doc.has_annotation("DEP") or k <= 0:
        return 0
    tokens_in = _span_tokens(doc)
    starts = [s.start_char for s in doc.sents]
    want_modes = {m for m in modes.split(",") if m}
    checks = {c for c in between.split(",") if c}
    order = sorted((q for q in quotes if q.message and not q.nested), key=lambda q: q.message[0][0])
    msg_tokens = {t.i for q in order for t in tokens_in(q.message)}
    opens = {c for c in opener.split(",") if c}
    # the open reports, by where they end: (end char, speaker spans, the speaker's head or None)
    events = []
    if speech:
        stems = _speech_stems()
        for sent in doc.sents:
            if any(t.i in msg_tokens for t in sent):
                continue
            for v in sent:
                if speech == "root":
                    # the sentence's main verb, whatever it is ("Das Robert-Koch-Institut sieht … keine Gefahr.")
                    if v.dep_ != "ROOT" or v.pos_ not in ("VERB", "AUX"):
                        continue
                elif v.pos_ != "VERB" or not v.lower_.startswith(stems):
                    continue
                subs = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ != "es"]
                if len(subs) == 1 and _names_source(subs[0]):
                    lo, hi = _subject_group(doc, subs[0])
                    if lo <= hi and hi - lo < 15:
                        events.append((sent.end_char, [(doc[lo].idx, doc[hi].idx + len(doc[hi].text))], subs[0]))
                    break
    ev = 0
    open_sp, open_end, open_head = None, 0, None
    n = 0
    for q in order:
        a = q.message[0][0]
        while ev < len(events) and events[ev][0] <= a:
            if events[ev][0] >= open_end:
                open_end, open_sp, open_head = events[ev]
            ev += 1
        if q.speaker:
            open_sp, open_end, open_head = q.speaker, max(e for _, e in q.message), None
            if opens and not _opens_report(doc, tokens_in, q, opens):
                open_sp = None
            continue
        if open_sp is None or q.cue or (want_modes and q.mode not in want_modes):
            continue
        end = open_end
        if a < end or bisect_left(starts, a + 1) - bisect_left(starts, end) > k:
            continue
        msg = tokens_in(q.message)
        if not msg:
            continue
        verb, subj = message_clause(doc, doc[msg[0].i: msg[-1].i + 1])
        if verb is None or "Sub" not in verb.morph.get("Mood") or (konj == "one" and "Pres" not in verb.morph.get("Tense")):
            continue
        if subj is not None and subj.pos_ == "PRON":
            if agree:
                if open_head is None:
                    sp = tokens_in(open_sp)
                    lo, hi = (sp[0].i, sp[-1].i) if sp else (0, -1)
                    open_head = next((t for t in sp if not (lo <= t.head.i <= hi) or t.head.i == t.i), None)
                if open_head is None or not _agrees(subj, open_head):
                    continue
        elif subj is not None and (subject == "pron" or (subject == "nosource" and _names_source(subj))):
            continue
        if "para" in checks and "\n" in doc.text[end:a]:
            continue
        if "name" in checks and any(t.ent_type_ in ("PER", "ORG") and t.i not in msg_tokens
                                    for t in doc.char_span(end, a, alignment_mode="expand") or ()):
            continue
        q.speaker, q.inherited = list(open_sp), True
        n += 1
        if chain:
            open_end = max(e for _, e in q.message)
    return n


def _opens_report(doc, tokens_in, q, opens: set) -> bool:
    """Whether quote ``q`` may open a report a cue-less continuation carries on: ``cue`` it has a cue; ``source`` its
    speaker's head names a person or body or is a frame noun ("Angaben", "Berichten"); ``own`` its speaker was not
    carried; ``konj`` its message's first finite clause is in the Konjunktiv or it has a cue."""
    if "cue" in opens and not q.cue:
        return False
    if "own" in opens and q.inherited:
        return False
    if "source" in opens:
        sp = tokens_in(q.speaker)
        if not sp:
            return False
        lo, hi = sp[0].i, sp[-1].i
        head = next((t for t in sp if not (lo <= t.head.i <= hi) or t.head.i == t.i), sp[0])
        if not (_names_source(head) or head.lower_.startswith(NACH_SOURCE)):
            return False
    if "konj" in opens and not q.cue:
        msg = tokens_in(q.message)
        verb, _ = message_clause(doc, doc[msg[0].i: msg[-1].i + 1]) if msg else (None, None)
        if verb is None or "Sub" not in verb.morph.get("Mood"):
            return False
    return True


def open_carry_speakers(doc, quotes: list) -> int:
    """[model] speaker_open_carry = k (0 off): carry_open_speakers with the guards chosen on cross-fitted train (de_speakers
    card, Round 29, q2): a sentence outside our messages whose main verb has one subject naming a person or body opens
    a report as a quote with a speaker does; a quote opens one only when its speaker's head names a person or body or
    is a frame noun; the continuation's clause is in the Konjunktiv I (a Konjunktiv II "hätte", "könnte" is as often a
    conditional as a report) and starts at most k sentences after the open report."""
    from .quotes_features import config

    k = int(config().get("model", {}).get("speaker_open_carry", 0))
    return carry_open_speakers(doc, quotes, k=k, speech="root", opener="source", konj="one")


# a message's opening word, by the clause it opens (a cue-less "dass"/"ob" clause hangs on a verb we did not take as
# a cue; a main clause in the Konjunktiv is a report of its own)
_OPENERS = {"dass": "dass", "daß": "dass", "ob": "ob", "zu": "zu", "wie": "wh", "was": "wh", "warum": "wh",
            "wann": "wh", "wo": "wh", "wer": "wh", "weil": "weil", "damit": "damit"}


def _span_kind(words) -> str:
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower_ in PRONOUNS:
        return "pron"
    return "propn" if any(t.pos_ == "PROPN" for t in words) else "noun" if any(t.pos_ == "NOUN" for t in words) else "other"


def continuation_candidates(quotes_in_order: list) -> list[tuple[int, int, bool]]:
    """(index, index of the previous quote with a speaker, whether that one is the quote right before) for every
    non-nested Indirect quote without a cue in a list of (message, speaker, mode, has_cue, nested) tuples in message
    order; read before any carry, so no carried speaker is carried on."""
    out = []
    last = None
    for k, (msg, sp, mode, has_cue, nested) in enumerate(quotes_in_order):
        if nested or not msg:
            continue
        if mode == "Indirect" and not has_cue and last is not None:
            prev_any = max(j for j in range(k) if not quotes_in_order[j][4] and quotes_in_order[j][0])
            out.append((k, last, prev_any == last))
        if sp:
            last = k
    return out


def continuation_features(doc, sent_starts: list[int], subj: frozenset, msg: list, own: list, prev_msg: list,
                          prev_sp: list, prev_mode: str, prev_cue: bool, immediate: bool) -> list[str] | None:
    """What the parse says of whether a cue-less Indirect quote (message ``msg``, its own speaker ``own``; char spans)
    continues the report of the previous quote with a speaker (``prev_*``): how far back that one is, a paragraph
    between, the clause's Konjunktiv / hearsay, its opening word and subject, and what it has of its own. None when the
    previous quote is more than 3 sentences back (training/quotes/speaker_continuation.py fits the weights on these)."""
    a, b = msg[0][0], msg[-1][1]
    pa, pb = prev_msg[0][0], prev_msg[-1][1]
    s_q = bisect_left(sent_starts, a + 1) - 1
    s_p = bisect_left(sent_starts, pb) - 1
    dist = max(0, s_q - s_p)
    if dist > 3 or pb > a:
        return None
    words = [t for t in doc if a <= t.idx < b]
    if not words:
        return None
    konj = any("Sub" in t.morph.get("Mood") or t.lower_ in subj for t in words)
    hear = any(t.lemma_ in ("sollen", "wollen") and t.pos_ in ("AUX", "VERB") for t in words)
    opener = next((t for t in words if t.is_alpha), None)
    op = _OPENERS.get(opener.lower_, "other") if opener is not None else "other"
    sent = doc[words[0].i].sent
    opens_sent = all(not t.is_alpha for t in doc[sent.start:words[0].i])
    para = "\n" in doc.text[pb:a]
    ids = {t.i for t in words}
    subjects = [t for t in words if t.dep_ in SUBJECT_DEPS and t.head.i in ids]
    sk = _span_kind([subjects[0]]) if subjects else "none"
    prev_words = [t for s, e in prev_sp for t in doc if s <= t.idx < e]
    prev_lemmas = {t.lemma_.lower() for t in prev_words if t.pos_ in ("NOUN", "PROPN")}
    subj_prev = bool(subjects) and any(t.lemma_.lower() in prev_lemmas for t in subjects[0].subtree)
    own_words = [t for s, e in own for t in doc if s <= t.idx < e]
    ok = _span_kind(own_words)
    own_same = bool(own) and own == prev_sp
    own_in = bool(own_words) and all(a <= t.idx < b for t in own_words)
    d = str(dist)
    f = ["bias", "dist=" + d, f"para={int(para)}", f"imm={int(immediate)}", "prevmode=" + prev_mode,
         f"prevcue={int(prev_cue)}", f"konj={int(konj)}", f"hear={int(hear)}", "op=" + op, f"opens={int(opens_sent)}",
         "subj=" + sk, f"subjprev={int(subj_prev)}", "own=" + ok, f"ownsame={int(own_same)}", f"ownin={int(own_in)}",
         f"prevkind={_span_kind(prev_words)}",
         f"dist={d}|konj={int(konj)}", f"dist={d}|para={int(para)}", f"op={op}|opens={int(opens_sent)}",
         f"konj={int(konj)}|subj={sk}", f"own={ok}|konj={int(konj)}", f"prevmode={prev_mode}|dist={d}"]
    return f


@lru_cache(maxsize=2)
def load_continuation(name: str = "de_speakers") -> dict | None:
    from ..config import models_dir

    path = models_dir() / name / "continuation.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def continue_cueless_indirect(doc, quotes: list) -> int:
    """[model] speaker_cueless_continuation (with speaker_final_cueless_indirect = false, which leaves these quotes the
    first linker's speaker): a non-nested Indirect quote without a cue takes the speaker of the previous quote with a
    speaker when the continuation model (models/de_speakers/continuation.json, training/quotes/speaker_continuation.py)
    says it continues that report ("Angaben zufolge … . Zuerst habe er dort …", gold: the same source). Decisions are
    read from the speakers as they stand before the step. Returns how many quotes changed."""
    model = load_continuation()
    if model is None or doc is None:
        return 0
    from .quotes_features import lexicon

    subj = frozenset(lexicon("de").subjunctive)
    order = sorted((q for q in quotes if q.message), key=lambda q: q.message[0][0])
    seq = [(list(q.message), list(q.speaker), q.mode, bool(q.cue), bool(q.nested)) for q in order]
    starts = [s.start_char for s in doc.sents]
    w, t = model["weights"], model["threshold"]
    n = 0
    for k, p, imm in continuation_candidates(seq):
        f = continuation_features(doc, starts, subj, seq[k][0], seq[k][1], seq[p][0], seq[p][1], seq[p][2], seq[p][3],
                                  imm)
        if f is None or seq[k][1] == seq[p][1]:
            continue
        z = sum(w.get(x, 0.0) for x in f)
        if 1.0 / (1.0 + math.exp(-z)) >= t:
            order[k].speaker, order[k].inherited = list(seq[p][1]), True
            n += 1
    return n
