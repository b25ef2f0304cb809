"""A linear-chain CRF over classic word features, as a second opinion beside the spaCy NER.

The CNN NER is trained on ~10k sentences; a CRF with rich sparse features (word, affixes,
shape, a ±2 window, cluster ids of the floret vectors, the shipped name lists, HanTa's reading
of capitalised words) is known to do well on that little data and errs differently. The
component tags every sentence with the CRF and merges its spans into the entities already on the
doc (``mode``, config/ner.toml ``[ner_crf]``):
- ``fill``: a CRF span goes in where no entity covers any of its tokens;
- ``override``: as fill, and a CRF span whose tokens all have a marginal of at least
  ``threshold`` for its tags replaces the entities it overlaps.

Everything the features read ships in ``models/de_ner/crf/`` (built by training/ner/train_crf.py):
``model.crfsuite``, ``centroids.npz`` (k-means centroids of the floret vectors at a few
granularities; a word's cluster is its nearest centroid, so unseen words get one too) and
``hanta.tsv`` (HanTa's coarse reading of the capitalised words of the unlabelled text: HanTa
itself costs ~1 ms a word, far too slow at run time).

Stacking (optional, decided by the model): a CRF trained with the spaCy NER's BIO labels as attributes
("n0=B-PER", its neighbours' "n-1=", "n+1=", and the pair "n01=") reads them from the entities already on
the doc when it runs, i.e. the network's own output, so it learns where to disagree with the network
instead of re-finding what it finds. Training gives it the network's *out-of-fold* labels
(training/ner/train_crf.py ``--network``). A model without such attributes gets none.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

DIR = "crf"
MODEL = "model.crfsuite"
CENTROIDS = "centroids.npz"
# The clusters of the unlabelled text's vocabulary, computed once at training time: the floret
# look-up (subword hashing) is most of the cost of a word seen for the first time.
CLUSTER_TABLE = "clusters.npz"
HANTA = "hanta.tsv"
# Optional: distributional clusters of the unlabelled text's words (training/ner/word_clusters.py), by the
# words around them rather than by their form. A model trained without them has no such file beside it.
CONTEXT_TABLE = "context_clusters.npz"
LABELS = ("PER", "LOC", "ORG", "MISC")
# Tokens after which a capitalised word may be capitalised only because a sentence (or a quote,
# or a list item) starts there.
_STARTERS = frozenset({".", "!", "?", ":", "„", '"', "“", "»", "«", "(", "-", "–", "—", "*", "•", ";"})
_UPPER = re.compile(r"[A-ZÄÖÜÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zäöüßà-öø-ÿ]")
_DIGIT = re.compile(r"[0-9]")
# The attributes every sentence adds, as text and as the UTF-8 bytes crfsuite reads (Features.sentence, encoded).
_MARKS = {False: {m: m for m in ("bias", "BOS", "EOS", "capstart", "gazB", "gazI")}}
_MARKS[True] = {m: m.encode() for m in _MARKS[False]}


def shape(word: str) -> str:
    s = _UPPER.sub("X", word)
    s = _LOWER.sub("x", s)
    return _DIGIT.sub("d", s)


def short_shape(word: str) -> str:
    out = []
    for c in shape(word):
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


def hanta_class(readings: list) -> str:
    """HanTa's best reading coarsened (NE, NN, ADJ, V, other), with a mark when a proper-noun
    reading is close (within 3 log-probability) though not best."""
    scores = {tag: float(score) for tag, score, *_ in readings}
    if not scores:
        return "none"
    best = max(scores, key=scores.get)
    coarse = ("NE" if best == "NE" else "NN" if best.startswith("NN") else "ADJ" if best.startswith("ADJ")
              else "V" if best.startswith("V") else "other")
    if coarse != "NE" and "NE" in scores and scores[best] - scores["NE"] <= 3.0:
        coarse += "~NE"
    return coarse


class Features:
    """Word features for the CRF. Everything that depends on the word form alone is computed once
    per form and kept, already prefixed for each window offset, so a token costs a few list joins."""

    def __init__(self, centroids: dict[str, np.ndarray], hanta: dict[str, str], places: list[str],
                 given: set[str], orgs: set[str], vectors=None, dense: tuple[int, ...] = (), dense_scale: float = 1.0):
        # dense: window offsets whose unit floret vector goes in as real-valued attributes ("v3": 0.21).
        self.dense = tuple(dense)
        self.dense_scale = dense_scale
        self._vecs: dict[str, list[tuple[str, float]]] = {}
        self.centroids = [(name, c / np.linalg.norm(c, axis=1, keepdims=True)) for name, c in centroids.items()]
        self.hanta = hanta
        self.given = given
        self.orgs = orgs
        self.place_words = set()
        self._by_first: dict[str, set[tuple[str, ...]]] = {}
        for name in places:
            seq = tuple(name.split(" "))
            if seq and seq[0]:
                self._by_first.setdefault(seq[0], set()).add(seq)
                if len(seq) == 1:
                    self.place_words.add(seq[0])
        self._max_len = max((len(s) for v in self._by_first.values() for s in v), default=1)
        self.vectors = vectors
        self.table: dict[str, tuple[str, ...]] = {}
        self.keep: set[str] | None = None
        self._clusters: dict[str, tuple[str, ...]] = {}
        self._cache: dict[str, tuple[list[str], ...]] = {}
        # The same parts UTF-8 encoded, for the tagger (sentence(encoded=True)).
        self._bcache: dict[str, tuple[list[bytes], ...]] = {}
        self.max_cache = 200_000
        # Context clusters (CONTEXT_TABLE): word -> one attribute per granularity; None = not used.
        self.context: dict[str, tuple[str, ...]] | None = None
        # Stacking: also the network's O tags as attributes (_network).
        self.network_o = False

    # -- clusters ----------------------------------------------------------------------------
    def clusters(self, words: list[str]) -> None:
        """Nearest centroids of the words not seen before, in one batch."""
        new = [w for w in dict.fromkeys(words) if w not in self._clusters]
        if not new:
            return
        if self.table:
            known = [w for w in new if w in self.table]
            for w in known:
                self._clusters[w] = self.table[w]
            if len(known) == len(new):
                return
            new = [w for w in new if w not in self.table]
        if self.vectors is None or not self.centroids:
            for w in new:
                self._clusters[w] = ()
            return
        ids = self.assign(new)
        for w, row in zip(new, ids.tolist(), strict=True):
            self._clusters[w] = self._names(row)

    def _names(self, row) -> tuple[str, ...]:
        return tuple(f"{name}={i}" for (name, _), i in zip(self.centroids, row, strict=True))

    def load_table(self, path: Path) -> None:
        with np.load(path) as z:
            words = str(z["words"]).split("\n")
            ids = z["ids"].tolist()
        self.table = {w: self._names(row) for w, row in zip(words, ids, strict=True)}

    def load_context(self, path: Path) -> None:
        with np.load(path) as z:
            words = str(z["words"]).split("\n")
            ids = z["ids"].tolist()
            ks = z["ks"].tolist()
        self.context = {w: tuple(f"x{k}={i}" for k, i in zip(ks, row, strict=True))
                        for w, row in zip(words, ids, strict=True)}

    # -- per word ------------------------------------------------------------------------------
    def assign(self, words: list[str]) -> np.ndarray:
        """Cluster ids (one column per granularity) of ``words`` from their floret vectors."""
        vec = np.asarray(self.vectors.get_batch(words), dtype="float32")
        norm = np.linalg.norm(vec, axis=1, keepdims=True)
        vec = vec / np.where(norm == 0, 1, norm)
        return np.stack([np.argmax(vec @ c.T, axis=1) for _, c in self.centroids], axis=1)

    def _word(self, w: str) -> tuple[list[str], ...]:
        """(own features, then the context features for offsets -2, -1, +1, +2)."""
        got = self._cache.get(w)
        if got is not None:
            return got
        low = w.lower()
        sh = shape(w)
        ssh = short_shape(w)
        cl = self._clusters.get(w, ())
        cap = w[:1].isupper()
        hc = self.hanta.get(w, "unk") if cap else "low"
        own = [f"w={w}", f"l={low}", f"sh={sh[:8]}", f"ss={ssh}", f"h={hc}", *cl]
        # Context clusters: all granularities for the word, the coarser ones at +-1.
        cx = () if self.context is None else self.context.get(w, ("x=oov",))
        own += cx
        for n in (1, 2, 3, 4):
            if len(low) >= n:
                own.append(f"p{n}={low[:n]}")
                own.append(f"s{n}={low[-n:]}")
        if "-" in w and len(w) > 1:
            parts = w.split("-")
            own.append(f"hy0={parts[0].lower()}")
            own.append(f"hy1={parts[-1].lower()}")
        if len(w) == 1:
            own.append("len1")
        elif len(w) <= 3:
            own.append("len3")
        if w in self.given:
            own.append("given")
        if w in self.orgs:
            own.append("orglist")
        if w in self.place_words:
            own.append("place1")
        elif w.endswith("s") and w[:-1] in self.place_words:
            own.append("place1s")
        c1 = [f"l={low}", f"ss={ssh}", f"h={hc}", *cl[1:], *cx[:2]]
        if w in self.given:
            c1.append("given")
        c2 = [f"l={low}", f"ss={ssh}", *cl[1:2]]
        got = ([*own], [f"-2{f}" for f in c2], [f"-1{f}" for f in c1], [f"+1{f}" for f in c1], [f"+2{f}" for f in c2])
        if self.keep is not None:
            # Attributes the model holds no weight for change nothing but cost the tagger a look-up.
            got = tuple([f for f in part if f in self.keep] for part in got)
        self._cache[w] = got
        return got

    def _places(self, words: list[str]) -> list[str]:
        """B/I marks of the longest gazetteer match at each position (multi-word names too), left
        to right, a match's words skipped. Only the positions whose word starts some name are tried
        (one set look-up per word; most sentences have none or one)."""
        marks = [""] * len(words)
        by_first = self._by_first
        nxt = 0  # the first position after the last match
        for i in [i for i, w in enumerate(words) if w in by_first]:
            if i < nxt:
                continue
            cands = by_first[words[i]]
            for n in range(min(self._max_len, len(words) - i), 0, -1):
                if tuple(words[i:i + n]) in cands:
                    marks[i] = "gazB"
                    for j in range(i + 1, i + n):
                        marks[j] = "gazI"
                    nxt = i + n
                    break
        return marks

    def _encoded(self, w: str) -> tuple[list[bytes], ...]:
        """``_word(w)`` as UTF-8 bytes, kept per form: python-crfsuite encodes every str attribute
        of every token itself, and passes bytes through as they are."""
        got = self._bcache.get(w)
        if got is None:
            got = self._bcache[w] = tuple([f.encode() for f in part] for part in self._word(w))
        return got

    def sentence(self, words: list[str], net: list[str] | None = None, encoded: bool = False) -> list[list[str]]:
        """The attribute lists of ``words``; ``net``: the network's BIO tag of each word (stacking).
        ``encoded``: the same attributes as UTF-8 bytes, which the tagger takes as they are (run time;
        not with dense attributes, which go in as a dict of text keys)."""
        if len(self._cache) > self.max_cache:
            # A long-running ingest meets new word forms without end; start over rather than grow.
            self._cache.clear()
            self._bcache.clear()
            self._clusters.clear()
            self._vecs.clear()
        self.clusters(words)
        if self.dense:
            self._dense(words)
            encoded = False
        n = len(words)
        none = ((), (), (), (), ())
        part = self._encoded if encoded else self._word
        per = [none, none, *(part(w) for w in words), none, none]
        marks = _MARKS[encoded]
        keep = self.keep
        gaz = self._places(words)
        low = [w.lower() for w in words]
        # Word-pair features: the pair (i, i+1) is "bg+" of token i and "bg-" of token i+1.
        after, before = [()] * (n + 1), [()] * (n + 1)
        for i in range(n - 1):
            pair = f"{low[i]}|{low[i + 1]}"
            f = f"bg+={pair}"
            if keep is None or f in keep:
                after[i] = (f.encode() if encoded else f,)
            f = f"bg-={pair}"
            if keep is None or f in keep:
                before[i + 1] = (f.encode() if encoded else f,)
        out = []
        bias = marks["bias"]
        for i in range(n):
            f = [*per[i + 2][0], bias, *per[i][1], *per[i + 1][2], *per[i + 3][3], *per[i + 4][4],
                 *before[i], *after[i]]
            if i == 0:
                f.append(marks["BOS"])
            if i == n - 1:
                f.append(marks["EOS"])
            if (i == 0 or words[i - 1] in _STARTERS) and words[i][:1].isupper():
                f.append(marks["capstart"])
            if gaz[i]:
                f.append(marks[gaz[i]])
            if net is not None:
                f += [x.encode() for x in self._network(net, i)] if encoded else self._network(net, i)
            out.append(f)
        if self.dense:
            return self._with_dense(words, out)
        return out

    def _network(self, net: list[str], i: int) -> list[str]:
        """The network's tag at i, at its neighbours and the pair (i, i+1) as attributes. Only entity tags
        unless ``network_o``: training gives only GermEval sentences network labels (see train_crf.py), so
        "n0=O" on every other token would act as a GermEval marker and learn that corpus's label priors
        (long I-MISC runs through plain words, de_ner card "Round 19")."""
        n = len(net)
        prev = net[i - 1] if i > 0 else "BOS"
        nxt = net[i + 1] if i + 1 < n else "EOS"
        got = [f"n0={net[i]}", f"n-1={prev}", f"n+1={nxt}", f"n01={net[i]}|{nxt}"]
        if not self.network_o:
            got = [f for f, t in zip(got, (net[i], prev, nxt, net[i] + nxt), strict=True) if "-" in t]
        if self.keep is not None:
            got = [f for f in got if f in self.keep]
        return got

    def _dense(self, words: list[str]) -> None:
        new = [w for w in dict.fromkeys(words) if w not in self._vecs]
        if not new or self.vectors is None:
            for w in new:
                self._vecs[w] = []
            return
        vec = np.asarray(self.vectors.get_batch(new), dtype="float32")
        norm = np.linalg.norm(vec, axis=1, keepdims=True)
        vec = vec / np.where(norm == 0, 1, norm) * self.dense_scale
        for w, row in zip(new, np.round(vec, 3).tolist(), strict=True):
            self._vecs[w] = [(f"v{j}", x) for j, x in enumerate(row)]

    def _with_dense(self, words: list[str], items: list[list[str]]) -> list[dict[str, float]]:
        n = len(words)
        out = []
        for i, f in enumerate(items):
            d = dict.fromkeys(f, 1.0)
            for off in self.dense:
                j = i + off
                if 0 <= j < n:
                    pre = "" if off == 0 else f"{off:+d}"
                    d.update((pre + k, x) for k, x in self._vecs[words[j]])
            out.append(d)
        return out


def load_features(path: Path, vectors=None, dense: tuple[int, ...] = (), dense_scale: float = 1.0,
                  lists: bool = True) -> Features:
    """The features of the CRF stored at ``path`` (models/de_ner/crf), reading the name lists of
    the NER directory above it (``lists`` False: none, as training does; the shipped model holds no
    weight for them, see the de_ner card)."""
    path = Path(path)
    ner = path.parent
    with np.load(path / CENTROIDS) as z:
        centroids = {k: z[k].astype("float32") for k in sorted(z.files, key=lambda k: int(k[1:]))}
    hanta = {}
    for line in (path / HANTA).read_text("utf-8").splitlines():
        w, _, c = line.partition("\t")
        if c:
            hanta[w] = c

    def lines(name: str) -> list[str]:
        f = ner / name
        return [x for x in f.read_text("utf-8").splitlines() if x] if lists and f.exists() else []

    feats = Features(centroids, hanta, lines("gazetteer.txt"), set(lines("first_names.txt")),
                     set(lines("org_names.txt")), vectors, dense, dense_scale)
    if (path / CLUSTER_TABLE).exists():
        feats.load_table(path / CLUSTER_TABLE)
    if (path / CONTEXT_TABLE).exists():
        feats.load_context(path / CONTEXT_TABLE)
    return feats


def uses_network(attributes) -> bool:
    """Whether a CRF with these attributes was trained on the network's labels (stacking)."""
    return any(a.startswith(("n0=", "n-1=", "n+1=")) for a in attributes)


def doc_bio(doc: Doc) -> list[str]:
    """BIO tags of the doc's entities, one per token."""
    tags = ["O"] * len(doc)
    for e in doc.ents:
        tags[e.start] = f"B-{e.label_}"
        for i in range(e.start + 1, e.end):
            tags[i] = f"I-{e.label_}"
    return tags


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the BIO tags; an I- without its B- starts a span."""
    out = []
    start, label = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                out.append((start, i, label))
            start, label = (i, t[2:]) if t != "O" else (None, None)
    return out


def merge(ents: list[tuple[int, int, str]], crf: list[tuple[int, int, str]], conf: list[float] | None,
          mode: str, threshold: float, fill_threshold: float = 0.0, keep_longer: bool = False) -> list[tuple[int, int, str]]:
    """The entities ``ents`` with the CRF's spans merged in (see the module doc). ``conf`` holds,
    for each CRF span, the lowest marginal of its tags; a span fills a gap only with a ``conf`` of
    at least ``fill_threshold``. ``mode`` "replace": the CRF's spans alone (a stacked CRF has read the
    network's entities already)."""
    if mode == "replace":
        return sorted(crf)
    covered = set()
    for a, b, _ in ents:
        covered.update(range(a, b))
    out = list(ents)
    for j, (a, b, lab) in enumerate(crf):
        if not covered.intersection(range(a, b)):
            if fill_threshold and (conf is None or conf[j] < fill_threshold):
                continue
            out.append((a, b, lab))
            covered.update(range(a, b))
        elif (mode == "override" and conf is not None and conf[j] >= threshold and (a, b, lab) not in out
              and not (keep_longer and any(x <= a and b <= y and (x, y) != (a, b) and lab == la for x, y, la in out))):
            # keep_longer: the CRF never cuts an entity of its own label down ("Jason Ulmer" -> "Ulmer").
            out = [e for e in out if e[1] <= a or e[0] >= b]
            out.append((a, b, lab))
            covered.update(range(a, b))
    return sorted(out)


class NerCrf:
    def __init__(self, nlp: Language, path: str, mode: str = "fill", threshold: float = 0.9,
                 fill_threshold: float = 0.0, keep_longer: bool = False):
        import pycrfsuite

        self.keep_longer = keep_longer
        self.mode = mode
        self.threshold = threshold
        self.fill_threshold = fill_threshold
        self.features = load_features(Path(path), nlp.vocab.vectors if nlp.vocab.vectors.size else None)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(Path(path) / MODEL))
        self.features.keep = {a for a, _ in self.tagger.info().state_features}
        self.network = uses_network(self.features.keep)
        self.features.network_o = "n0=O" in self.features.keep

    def tag(self, words: list[str], net: list[str] | None = None) -> tuple[list[tuple[int, int, str]], list[float] | None]:
        tags = self.tagger.tag(self.features.sentence(words, net, encoded=True))
        spans = bio_spans(tags)
        if (self.mode != "override" and not self.fill_threshold) or not spans:
            return spans, None
        conf = [min(self.tagger.marginal(tags[i], i) for i in range(a, b)) for a, b, _ in spans]
        return spans, conf

    def __call__(self, doc: Doc) -> Doc:
        crf, conf = [], []
        # Stacking: the entities on the doc now are the network's (this runs right after `ner`).
        net = doc_bio(doc) if self.network else None
        # The words and their space marks once per doc, from the doc's arrays (no Token objects).
        text = doc.text
        at = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
        words = [text[a:a + n] for a, n, _ in at]
        for sent in (doc.sents if doc.has_annotation("SENT_START") else [doc[:]]):
            toks = [i for i in range(sent.start, sent.end) if not at[i][2]]
            if not toks:
                continue
            spans, c = self.tag([words[i] for i in toks], [net[i] for i in toks] if net else None)
            # Spans count the sentence's non-space tokens; back to doc positions.
            crf += [(toks[a], toks[b - 1] + 1, lab) for a, b, lab in spans]
            conf += c or []
        if not crf and self.mode != "replace":
            return doc
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        new = merge(ents, crf, conf or None, self.mode, self.threshold, self.fill_threshold, self.keep_longer)
        if new != ents:
            doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in new]
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("newsgraph_ner_crf",
                  default_config={"path": "", "mode": "fill", "threshold": 0.9, "fill_threshold": 0.0,
                                  "keep_longer": False})
def make_ner_crf(nlp: Language, name: str, path: str, mode: str, threshold: float, fill_threshold: float,
                 keep_longer: bool) -> NerCrf:
    return NerCrf(nlp, path, mode, threshold, fill_threshold, keep_longer)
