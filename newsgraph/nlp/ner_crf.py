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

import itertools
import math
import operator
import re
from pathlib import Path

import numpy as np
from spacy.attrs import IS_SPACE, ORTH, SENT_START
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
_MEMO_MAX = 200_000
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


class _ClusterTable:
    """word -> its cluster attributes, made on first look-up from the stored ids: naming all ~89,000
    words at load took ~0.2 CPU s of every process's NER load, and a batch looks up a few hundred
    (bench/README.md, twenty-third round). A mapping as ``clusters`` reads it."""

    def __init__(self, words: list[str], ids: np.ndarray, names) -> None:
        if len(words) != len(ids):
            raise ValueError(f"{len(words)} words, {len(ids)} rows of cluster ids")
        self._row = dict(zip(words, range(len(words))))
        self._ids = ids
        self._names = names

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, word: object) -> bool:
        return word in self._row

    def __getitem__(self, word: str) -> tuple[str, ...]:
        return self._names(self._ids[self._row[word]].tolist())


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
        self.table: dict[str, tuple[str, ...]] | _ClusterTable = {}
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
            ids = z["ids"]
        self.table = _ClusterTable(words, ids, self._names)

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
        got = self._parts(w)
        if self.keep is not None:
            # Attributes the model holds no weight for change nothing but cost the tagger a look-up.
            got = tuple([f for f in part if f in self.keep] for part in got)
        self._cache[w] = got
        return got

    def _parts(self, w: str) -> tuple[list[str], ...]:
        """``_word``'s attributes before the ``keep`` filter, not kept."""
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
        return (own, [f"-2{f}" for f in c2], [f"-1{f}" for f in c1], [f"+1{f}" for f in c1], [f"+2{f}" for f in c2])

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
        elif (mode == "override" and conf is not None and (a, b, lab) not in out and conf[j] >= threshold
              and not (keep_longer and any(x <= a and b <= y and (x, y) != (a, b) and lab == la for x, y, la in out))):
            # keep_longer: the CRF never cuts an entity of its own label down ("Jason Ulmer" -> "Ulmer").
            out = [e for e in out if e[1] <= a or e[0] >= b]
            out.append((a, b, lab))
            covered.update(range(a, b))
    return sorted(out)


def _model_parts(path: Path) -> tuple[list[str], list[str], np.ndarray]:
    """(labels, attributes, feature records) of a CRFsuite CRF1d model file. The file: a header, then a
    chunk of features (type, source, destination, float64 weight; type 0 = attribute -> label, 1 =
    label -> label), and the label and attribute strings in two CQDB tables, read here through their
    id -> record links."""
    import struct

    b = Path(path).read_bytes()
    magic, _, kind, _, _, n_labels, n_attrs, o_feat, o_labels, o_attrs, _, _ = struct.unpack_from("<4sI4sIIIIIIIII", b, 0)
    if magic != b"lCRF" or kind != b"FOMC" or b[o_feat:o_feat + 4] != b"FEAT":
        raise ValueError(f"{path}: not a CRFsuite CRF1d model")

    def strings(base: int, n: int) -> list[str]:
        if b[base:base + 4] != b"CQDB":
            raise ValueError(f"{path}: no CQDB table at {base}")
        n_links, o_links = struct.unpack_from("<2I", b, base + 16)
        out = []
        for i, o in enumerate(struct.unpack_from(f"<{n_links}I", b, base + o_links)):
            vid, size = struct.unpack_from("<2I", b, base + o)
            if vid != i:
                raise ValueError(f"{path}: CQDB record {i} holds id {vid}")
            out.append(b[base + o + 8:base + o + 7 + size].decode("utf-8"))
        if len(out) != n:
            raise ValueError(f"{path}: {len(out)} strings, the header says {n}")
        return out

    n_feat = struct.unpack_from("<I", b, o_feat + 8)[0]
    feats = np.frombuffer(b, dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
                          count=n_feat, offset=o_feat + 12)
    return strings(o_labels, n_labels), strings(o_attrs, n_attrs), feats


def read_model(path: Path) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """(labels, attributes, state weights [attribute, label], transition weights [label, label]) of a
    CRFsuite CRF1d model file, at full precision (python-crfsuite's ``info()`` parses a text dump
    that rounds them to six decimals)."""
    return _tables(path, *_model_parts(path))


def _tables(path: Path, labels: list[str], attrs: list[str], feats: np.ndarray) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """``read_model`` on the parts ``_model_parts`` read from the file at ``path``."""
    state = np.zeros((len(attrs), len(labels)))
    trans = np.zeros((len(labels), len(labels)))
    for kind_id, table in ((0, state), (1, trans)):
        f = feats[feats["type"] == kind_id]
        if len({(a, c) for a, c in zip(f["src"].tolist(), f["dst"].tolist(), strict=True)}) != len(f):
            raise ValueError(f"{path}: a feature twice")
        table[f["src"], f["dst"]] = f["w"]
    return labels, attrs, state, trans


def state_attributes(path: Path) -> set[str]:
    """The attributes that hold a state feature in the model file: the set python-crfsuite's
    ``info().state_features`` names (equal on every CRF of this repository), without its text dump,
    which took ~0.25 CPU s of every process's NER load (bench/README.md, twenty-third round)."""
    return _state_attributes(*_model_parts(path)[1:])


def _state_attributes(attrs: list[str], feats: np.ndarray) -> set[str]:
    return {attrs[i] for i in np.unique(feats["src"][feats["type"] == 0]).tolist()}


# The word offsets of the parts of Features._word, in its order.
_PARTS = (0, -2, -1, 1, 2)


class Viterbi:
    """The CRF's best tag sequences computed here, for many sentences at once, from the model's own
    weights: what ``Tagger.tag`` returns, bit for bit, without handing the tagger ~27 attribute
    strings per token (turning them into ids was half the component's time).

    CRFsuite's tagger sums each token's state scores attribute by attribute, in the order the token
    lists them, starting from 0, and runs its Viterbi on those sums and the transition weights
    (first best predecessor wins, first best last label). Here each word form's attribute ids are
    kept per part (its own, as a ±1 and as a ±2 neighbour; ``Features._word``), padded with a row
    of zeros (adding 0.0 changes no sum), and the sums are built column by column over all tokens
    of a batch, in the token's attribute order (``Features.sentence``): the same additions in the
    same order, so the same float64 sums, and the same comparisons in the Viterbi. The marginals the
    component's merge reads come from the same sums by CRFsuite's forward-backward (``marginals``)."""

    def __init__(self, model: Path, features: Features, parts: tuple | None = None):
        # parts: what _model_parts read from ``model`` already
        labels, attrs, state, trans = read_model(model) if parts is None else _tables(model, *parts)
        self.labels = labels
        self.L = len(labels)
        self.aid = {a: i for i, a in enumerate(attrs)}
        self.zero = len(attrs)  # the padding id: a row of zeros
        self.W = np.vstack([state, np.zeros((1, self.L))])
        self.trans = trans
        self._exp_trans: np.ndarray | None = None
        self._last: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.features = features
        self.marks = {m: self.aid.get(m, self.zero) for m in _MARKS[False]}
        # word pair "a|b" -> (id of "bg+=a|b", id of "bg-=a|b"), the zero id for the one the model lacks: one
        # look-up per pair of neighbours, most of which the model has neither of
        self.pairs: dict[str, tuple[int, int]] = {}
        for a in attrs:
            if a.startswith(("bg+=", "bg-=")):
                pair = a[4:]
                self.pairs[pair] = (self.aid.get(f"bg+={pair}", self.zero), self.aid.get(f"bg-={pair}", self.zero))
        self._reset()

    def _reset(self) -> None:
        # word form -> its row of attribute ids, one block per part of Features._word (its own, then
        # as the word two before, one before, one after, two after a token), each block padded with
        # the zero id to the widest so far; row 0: no word (outside the sentence), all zero ids
        # (the table has room for more rows than it uses: rows 0 .. self.used - 1 are filled)
        self.rows: dict[str, int] = {}
        self.width = [0] * len(_PARTS)
        self.table = np.full((4096, 0), self.zero, dtype=np.int32)
        # per row, the first steps of a token's state sum, which depend on its word alone: from 0, the weights of
        # its own attributes in their order, then the bias (``own_sums``)
        self.own = np.zeros((4096, self.L))
        self.used = 1

    def _add_words(self, words: list[str]) -> None:
        new = [w for w in dict.fromkeys(words) if w not in self.rows]
        if not new:
            return
        aid, z = self.aid, self.zero
        # the attributes the model knows (its attributes are the tagger's ``keep``: Features._word's
        # filter), straight from the unfiltered parts, without keeping their text per word
        parts = [[[a for a in map(aid.get, part) if a is not None] for part in self.features._parts(w)] for w in new]
        width = [max([old, *(len(p[k]) for p in parts)]) for k, old in enumerate(self.width)]
        used, need = self.used, self.used + len(new)
        if width != self.width or need > len(self.table):
            # a part wider than any before (re-pad), or the table is full (double it)
            old, ow = self.table, self.width
            # doubling, but not far past the row count at which tags() starts over
            grow = max(need, min(2 * need, self.features.max_cache + 1)) if need > len(old) else len(old)
            self.table = np.full((grow, sum(width)), z, dtype=np.int32)
            for k in range(len(_PARTS)):
                lo, o = sum(width[:k]), sum(ow[:k])
                self.table[:used, lo:lo + ow[k]] = old[:used, o:o + ow[k]]
            self.width = width
            own = self.own
            self.own = np.zeros((grow, self.L))
            self.own[:used] = own[:used]
        pad = [[z] * n for n in range(max(width) + 1)]
        self.table[used:need] = [[x for k, part in enumerate(p) for x in (*part, *pad[width[k] - len(part)])] for p in parts]
        self.own[used:need] = self.own_sums(self.table[used:need, :width[0]])
        for i, w in enumerate(new):
            self.rows[w] = used + i
        self.used = need

    def own_sums(self, ids: np.ndarray) -> np.ndarray:
        """Per row of ``ids`` (a word's own attribute ids, padded with the zero id), the state sum a token of that
        word starts with: from 0, each attribute's weights added in order, then the bias's. CRFsuite adds the own
        attributes first, so this is the running sum of every token of the word after them, bit for bit; a wider
        block later adds only more padding, and adding 0.0 leaves a sum started at 0.0 as it was (such a sum is never
        -0.0: +0.0 + -0.0 and x + -x are +0.0)."""
        out = np.zeros((len(ids), self.L))
        for c in ids.T:
            out += self.W[c]
        out += self.W[self.marks["bias"]]
        return out

    def tags(self, sents: list[list[str]]) -> list[list[str]]:
        """The best tag sequence of each sentence (lists of words, none empty)."""
        if not sents:
            return []
        f = self.features
        if len(self.rows) > f.max_cache:
            # as Features.sentence: a long ingest meets new forms without end; start over, the
            # features' per-word caches too (sentence() now sees only the marginal sentences)
            self._reset()
            for cache in (f._cache, f._bcache, f._clusters, f._vecs):
                cache.clear()
        words = [w for s in sents for w in s]
        f.clusters(words)  # the per-form features read the word's clusters
        self._add_words(words)
        n = len(words)
        sizes = np.array([len(s) for s in sents], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        pos = np.arange(n) - np.repeat(starts, sizes)
        size = np.repeat(sizes, sizes)
        row = np.fromiter(map(self.rows.__getitem__, words), dtype=np.int64, count=n)

        def at(d: int) -> np.ndarray:
            # the row of the word d positions away in the same sentence, else 0 (no word)
            ok = (pos + d >= 0) & (pos + d < size)
            return np.where(ok, row[np.clip(np.arange(n) + d, 0, n - 1)], 0)

        # extra attributes: bias, word pairs, sentence marks, gazetteer marks; zero id where absent
        z, marks = self.zero, self.marks
        low = list(map(str.lower, words))
        bg_minus = np.full(n, z, dtype=np.int64)
        bg_plus = np.full(n, z, dtype=np.int64)
        bos = np.where(pos == 0, marks["BOS"], z)
        eos = np.where(pos == size - 1, marks["EOS"], z)
        cap = np.full(n, z, dtype=np.int64)
        gaz = np.full(n, z, dtype=np.int64)
        # the pairs (j, j + 1) inside a sentence: bg+ of j, bg- of j + 1
        # (per-word steps through map and compress: the look-ups in C, a Python step only for the few hits)
        inside = (pos[1:] != 0).tolist()
        got = list(map(self.pairs.get, map("|".join, zip(low, low[1:]))))
        for j in itertools.compress(range(n - 1), map(operator.is_not, got, itertools.repeat(None))):
            if inside[j]:
                bg_plus[j], bg_minus[j + 1] = got[j]
        # capitalised at a sentence start or after a starter mark
        upper = np.fromiter(map(str.isupper, map(operator.itemgetter(slice(None, 1)), words)), dtype=bool, count=n)
        after = np.zeros(n, dtype=bool)
        after[1:] = np.fromiter(map(_STARTERS.__contains__, words[:-1]), dtype=bool, count=n - 1)
        cap[upper & ((pos == 0) | after)] = marks["capstart"]
        # the gazetteer's marks, only in the sentences with a word that starts some name
        first = list(itertools.compress(range(n), map(f._by_first.__contains__, words)))
        for s_i in dict.fromkeys((np.searchsorted(starts, first, side="right") - 1).tolist()):
            i, s = int(starts[s_i]), sents[s_i]
            for k, g in enumerate(f._places(s)):
                if g:
                    gaz[i + k] = marks[g]
        # the token's attributes in Features.sentence's order: its own, bias, the neighbours' parts
        # (-2, -1, +1, +2), the word pairs, BOS, EOS, capstart, the gazetteer mark
        # (its own part and the bias are summed once per word form: own_sums)
        cols = []
        for k, d in enumerate(_PARTS):
            if d != 0:
                lo = sum(self.width[:k])
                cols.append(self.table[at(d), lo:lo + self.width[k]].T)
        cols.append(np.stack([bg_minus, bg_plus, bos, eos, cap, gaz]))
        W = self.W
        score = self.own[row]
        # each column's weight rows gathered into one buffer (no new array per column); every id is a row of W
        # (the zero id its last), so "clip" never moves one and spares take's bounds check and buffering
        gathered = np.empty((n, self.L))
        for block in cols:
            for ids in block:
                np.take(W, ids, axis=0, out=gathered, mode="clip")
                score += gathered
        # kept for marginals(): the same state sums CRFsuite's tagger makes from the text attributes
        self._last = (score, sizes, starts)
        return self._viterbi(score, sizes, starts)

    def marginals(self, which: list[int]) -> list[np.ndarray]:
        """The marginal probability of every label at every token ([token, label]) of the sentences
        ``which`` (indices into the last ``tags`` call), by CRFsuite's forward-backward on the state sums
        that call made: CRFsuite's operations in CRFsuite's order (exp from the C library, as the tagger's;
        sums left to right from 0; alpha scaled by 1/sum per step, beta by the same factors; marginal =
        alpha * beta / scale), so the same float64 values as ``Tagger.marginal`` after ``Tagger.set`` —
        without the ~27 attribute strings per token that ``set`` reads. Vectorised over the sentences
        (longest first, as ``_viterbi``), each sentence's own steps in its own order."""
        if not which:
            return []
        score, sizes, starts = self._last
        L = self.L
        if self._exp_trans is None:
            self._exp_trans = np.array([[math.exp(x) for x in r] for r in self.trans.tolist()])
        E = self._exp_trans
        idx = np.asarray(which, dtype=np.int64)
        order = np.argsort(-sizes[idx], kind="stable")
        sz, st = sizes[idx][order], starts[idx][order]
        T, S = int(sz[0]), len(sz)
        # exp of the chosen sentences' state sums, one row per token, through the C library's exp
        first = np.concatenate([[0], np.cumsum(sz)[:-1]])
        tok = np.repeat(st - first, sz) + np.arange(int(sz.sum()))
        flat = np.array(list(map(math.exp, score[tok].ravel().tolist()))).reshape(-1, L)
        # [step, sentence] -> row of flat (a sentence's last row past its end, never read)
        es = flat[first[None, :] + np.minimum(np.arange(T)[:, None], sz[None, :] - 1)]
        alpha = np.empty((T, S, L))
        scale = np.empty((T, S))

        def _norm(cur: np.ndarray, k: int, t: int) -> None:
            tot = cur[:, 0] + 0.0
            for j in range(1, L):
                tot += cur[:, j]
            sc = np.where(tot != 0.0, 1.0 / np.where(tot != 0.0, tot, 1.0), 1.0)
            scale[t, :k] = sc
            alpha[t, :k] = cur * sc[:, None]

        _norm(es[0], S, 0)
        for t in range(1, T):
            k = int(np.searchsorted(-sz, -t, side="left"))  # sentences longer than t
            prev = alpha[t - 1, :k]
            cur = np.zeros((k, L))
            for i in range(L):
                cur += prev[:, i, None] * E[i][None, :]
            _norm(cur * es[t, :k], k, t)
        # beta by steps back from each sentence's own end: step u is token sz - 1 - u
        beta = np.empty((T, S, L))
        rows = np.arange(S)
        beta[0] = np.repeat(scale[sz - 1, rows][:, None], L, axis=1)
        for u in range(1, T):
            k = int(np.searchsorted(-sz, -u, side="left"))  # sentences with a token u before their last
            t = sz[:k] - 1 - u
            row = beta[u - 1, :k] * es[t + 1, rows[:k]]
            cur = np.zeros((k, L))
            for j in range(L):
                cur += E[:, j][None, :] * row[:, j, None]
            beta[u, :k] = cur * scale[t, rows[:k]][:, None]
        out: list[np.ndarray] = [None] * len(which)  # type: ignore[list-item]
        for r, w in enumerate(order.tolist()):
            m = int(sz[r])
            out[w] = alpha[:m, r] * beta[m - 1 :: -1, r] / scale[:m, r, None]
        return out

    def _viterbi(self, score: np.ndarray, sizes: np.ndarray, starts: np.ndarray) -> list[list[str]]:
        # sentences longest first, so the ones still running at step t are a prefix
        order = np.argsort(-sizes, kind="stable")
        sz, st = sizes[order], starts[order]
        alpha = score[st]  # step 0: the state scores
        backs = []
        last = np.empty((len(order), self.L))
        done = sz == 1
        last[done] = alpha[done]
        for t in range(1, int(sz[0]) if len(sz) else 0):
            k = int(np.searchsorted(-sz, -t, side="left"))  # sentences longer than t: sz > t
            prev = alpha[:k]
            cand = prev[:, :, None] + self.trans[None, :, :]
            back = cand.argmax(axis=1)
            # the best is the value at the first best predecessor: read there, not found again by a second reduction
            alpha = np.take_along_axis(cand, back[:, None, :], axis=1)[:, 0, :] + score[st[:k] + t]
            backs.append(back)
            ends = sz[:k] == t + 1
            last[:k][ends] = alpha[ends]
        out: list[list[str]] = [[]] * len(order)
        if not len(order):
            return out
        # the back-pointers followed for all sentences at once, step by step from the longest one's end: row r's
        # label at t - 1 is backs[t - 1][r, its label at t] (the same look-ups as one sentence at a time, so the same
        # labels); a sentence's own last label, its best, is in place before the step that reads it
        S, T = len(order), int(sz[0])
        y = np.zeros((S, T), dtype=np.int64)
        y[np.arange(S), sz - 1] = last.argmax(axis=1)
        rows = np.arange(S)
        for t in range(T - 1, 0, -1):
            k = len(backs[t - 1])  # the sentences longer than t
            y[:k, t - 1] = backs[t - 1][rows[:k], y[:k, t]]
        flat = np.array(self.labels, dtype=object)[y[np.arange(T)[None, :] < sz[:, None]]].tolist()
        i = 0
        for s_i, m in zip(order.tolist(), sz.tolist(), strict=True):
            out[s_i] = flat[i:i + m]
            i += m
        return out


class NerCrf:
    def __init__(self, nlp: Language, path: str, mode: str = "fill", threshold: float = 0.9,
                 fill_threshold: float = 0.0, keep_longer: bool = False, fast: bool = True):
        import pycrfsuite

        self.keep_longer = keep_longer
        self.mode = mode
        self.threshold = threshold
        self.fill_threshold = fill_threshold
        features, self.viterbi, self.network = _built(Path(path), fast)
        # the vectors are the pipeline's, never in the pickle (Features reads them only for words outside its tables)
        features.vectors = nlp.vocab.vectors if nlp.vocab.vectors.size else None
        self.features = features
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(Path(path) / MODEL))
        self._strings: dict[int, str] = {}
        if self.viterbi is not None and self.viterbi.labels != list(self.tagger.labels()):
            self.viterbi = None

    def tag(self, words: list[str], net: list[str] | None = None) -> tuple[list[tuple[int, int, str]], list[float] | None]:
        tags = self.tagger.tag(self.features.sentence(words, net, encoded=True))
        spans = bio_spans(tags)
        if (self.mode != "override" and not self.fill_threshold) or not spans:
            return spans, None
        conf = [min(self.tagger.marginal(tags[i], i) for i in range(a, b)) for a, b, _ in spans]
        return spans, conf

    def __call__(self, doc: Doc) -> Doc:
        return self._docs([doc])[0]

    def pipe(self, docs, batch_size: int = 128):
        # the Viterbi runs over all sentences of a batch at once
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._docs(batch)
                batch = []
        if batch:
            yield from self._docs(batch)

    def _words(self, ids: list[int], strings) -> list[str]:
        # hash -> str through a memo (a string-store look-up makes a new str each time), cleared past _MEMO_MAX
        memo = self._strings
        try:
            return list(map(memo.__getitem__, ids))
        except KeyError:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            for x in set(ids).difference(memo):
                memo[x] = strings[x]
            return list(map(memo.__getitem__, ids))

    def _docs(self, docs: list[Doc]) -> list[Doc]:
        sents = []  # per doc: (doc positions of the sentence's non-space tokens, their words)
        for doc in docs:
            # The non-space tokens' positions and words and the sentence starts once per doc, from the doc's
            # arrays (no Token or Span objects; doc.text would make a Token per token).
            at = doc.to_array([ORTH, IS_SPACE, SENT_START])
            keep = np.flatnonzero(at[:, 1] == 0)
            pos = keep.tolist()
            words = self._words(at[keep, 0].tolist(), doc.vocab.strings)
            if not doc.has_annotation("SENT_START"):
                spans = [0, len(doc)]
            elif "sents" in doc.user_hooks:
                spans = [x for s in doc.sents for x in (s.start, s.end)]
            else:
                # doc.sents' spans, each from its start to the next: a sentence starts at 0 and at every later
                # token whose sent_start is 1
                starts = [0, *(np.flatnonzero(at[1:, 2] == 1) + 1).tolist()]
                spans = [x for a, b in zip(starts, [*starts[1:], len(doc)]) for x in (a, b)]
            # each sentence's slice of the non-space tokens
            cut = np.searchsorted(keep, spans).tolist()
            sents.append([(pos[a:b], words[a:b]) for a, b in zip(cut[::2], cut[1::2]) if b > a])
        if self.viterbi is not None:
            return self._docs_fast(docs, sents)
        for doc, own in zip(docs, sents, strict=True):
            ents = [(e.start, e.end, e.label_) for e in doc.ents]
            crf, conf = [], []
            # Stacking: the entities on the doc now are the network's (this runs right after `ner`).
            net = doc_bio(doc) if self.network else None
            for toks, words in own:
                spans, c = self.tag(words, [net[i] for i in toks] if net else None)
                # Spans count the sentence's non-space tokens; back to doc positions.
                crf += [(toks[a], toks[b - 1] + 1, lab) for a, b, lab in spans]
                conf += c or []
            self._merge(doc, ents, crf, conf)
        return docs

    # a marginal this close to a threshold is asked of CRFsuite's tagger itself (ours equal it bit for bit on
    # this build, tests/test_ner_crf.py; the margin keeps the merge's decisions the tagger's on any other)
    _NEAR = 1e-9

    def _docs_fast(self, docs: list[Doc], sents: list) -> list[Doc]:
        """``_docs`` with our Viterbi: all sentences of the batch tagged at once, and the marginals the merge
        reads (sentences with a span that is not already an entity: a quarter of them) from our forward-backward
        on the same state sums (``Viterbi.marginals``), all at once after the tags."""
        flat = [w for own in sents for _, w in own]
        tags = self.viterbi.tags(flat)
        need_conf = self.mode == "override" or bool(self.fill_threshold)
        # per doc: (entities, CRF spans, [(sentence, its row in ask or None: the merge reads no marginal)]);
        # ask: the sentences whose marginals the merge reads
        per_doc, ask = [], []
        s_i = 0
        for doc, own in zip(docs, sents, strict=True):
            ents = [(e.start, e.end, e.label_) for e in doc.ents]
            known = set(ents)
            crf, todo = [], []
            for toks, _ in own:
                t = tags[s_i]
                spans = [(toks[a], toks[b - 1] + 1, lab) for a, b, lab in bio_spans(t)]
                crf += spans
                if spans and need_conf:
                    # merge never reads the marginals of a span that is already an entity
                    todo.append((s_i, None if all(x in known for x in spans) else len(ask)))
                    if todo[-1][1] is not None:
                        ask.append(s_i)
                s_i += 1
            per_doc.append((ents, crf, todo))
        margs = self.viterbi.marginals(ask)
        lab_id = {lab: j for j, lab in enumerate(self.viterbi.labels)}
        cuts = [x for x in (self.threshold, self.fill_threshold) if x]
        for doc, (ents, crf, todo) in zip(docs, per_doc, strict=True):
            conf: list[float | None] = []
            for s_i, at in todo:
                t = tags[s_i]
                spans = bio_spans(t)
                if at is None:
                    conf += [None] * len(spans)
                    continue
                m = margs[at]
                got = [min(float(m[i, lab_id[t[i]]]) for i in range(a, b)) for a, b, _ in spans]
                if any(abs(c - x) <= self._NEAR for c in got for x in cuts):
                    self.tagger.set(self.features.sentence(flat[s_i]))
                    got = [min(self.tagger.marginal(t[i], i) for i in range(a, b)) for a, b, _ in spans]
                conf += got
            self._merge(doc, ents, crf, conf)
        return docs

    def _merge(self, doc: Doc, ents: list, crf: list, conf: list) -> None:
        if not crf and self.mode != "replace":
            return
        new = merge(ents, crf, conf or None, self.mode, self.threshold, self.fill_threshold, self.keep_longer)
        if new != ents:
            doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in new]


def _build(path: Path, fast: bool) -> tuple[Features, Viterbi | None, bool]:
    """The component's features (``keep``: the attributes the model holds a state weight for); our Viterbi (bit
    for bit the tagger's; class Viterbi) for a model whose attributes are all the features name (no stacking, no
    dense vectors) and with ``fast``, else None (the tagger tags each sentence); whether the model stacks on the
    network's labels. The model file is read once for all; no vectors (the caller sets them)."""
    model = path / MODEL
    parts = _model_parts(model)
    features = load_features(path)
    features.keep = _state_attributes(*parts[1:])
    features.network_o = "n0=O" in features.keep
    viterbi = None
    network = uses_network(features.keep)
    if fast and not network and not features.dense:
        v = Viterbi(model, features, parts)
        if set(v.aid) == features.keep:
            viterbi = v
    return features, viterbi, network


def _built(path: Path, fast: bool) -> tuple[Features, Viterbi | None, bool]:
    """``_build``, for the shipped model read from its pickle when this code built it before from the same
    files (newsgraph/built_cache.py): ~0.28 CPU s to build in a Ray worker (0.44 in a fresh CLI), ~0.2 to read
    (bench/README.md, "Twenty-seventh round, late"). Other CRFs (training's folds) are built each time, never pickled."""
    from .. import built_cache
    from ..config import models_dir

    def build():
        return _build(path, fast)

    if not path.resolve().is_relative_to(models_dir().resolve()):
        return build()
    ner = path.parent
    inputs = [p for p in (path / MODEL, path / CENTROIDS, path / HANTA, path / CLUSTER_TABLE, path / CONTEXT_TABLE,
                          ner / "gazetteer.txt", ner / "first_names.txt", ner / "org_names.txt") if p.exists()]
    # the names of the inputs too: a table that appears or goes away is another key
    extra = f"fast={fast}|{'|'.join(p.name for p in inputs)}".encode()
    return built_cache.cached("ner-crf", inputs, [Path(__file__)], build, tuple, extra)


@Language.factory("newsgraph_ner_crf",
                  default_config={"path": "", "mode": "fill", "threshold": 0.9, "fill_threshold": 0.0,
                                  "keep_longer": False})
def make_ner_crf(nlp: Language, name: str, path: str, mode: str, threshold: float, fill_threshold: float,
                 keep_longer: bool) -> NerCrf:
    return NerCrf(nlp, path, mode, threshold, fill_threshold, keep_longer)
