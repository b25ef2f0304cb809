"""Viterbi decoding of the quotation CRFs in numpy, from their weights.

python-crfsuite looks every feature string up in the model's own string dictionary, once per
tagger and call (about 18 µs a token for each of the two taggers, plus 17 µs to build the item
sequence): that was a third of ``extract.claims``. Here both taggers share one Python dict from
feature string to row, and a token's label scores are a sum of rows of a weight matrix.

The weights are read from the ``.crfsuite`` files themselves (crfsuite's CRF1d model format:
a header, the feature table with double weights, and the label and attribute dictionaries as
CQDB chunks), so there is nothing to keep in step with them. Decoding is crfsuite's: no start
or end transitions, first maximum on ties, double precision; the tests compare the labels
with python-crfsuite's.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb_strings(buf: bytes, off: int) -> list[str]:
    """The strings of a CQDB chunk in id order (through its backward array)."""
    if buf[off:off + 4] != b"CQDB":
        raise ValueError("not a CQDB chunk")
    _size, _flag, _order, n, bwd = struct.unpack_from("<5I", buf, off + 4)
    ptrs = struct.unpack_from(f"<{n}I", buf, off + bwd)
    out = []
    for i, p in enumerate(ptrs):
        rid, ksize = struct.unpack_from("<2I", buf, off + p)
        if rid != i:
            raise ValueError("CQDB record out of order")
        out.append(buf[off + p + 8:off + p + 8 + ksize - 1].decode("utf-8"))
    return out


def read_crfsuite(path: Path) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """Labels, attributes, state weights [attribute, label] and transitions [from, to]."""
    buf = Path(path).read_bytes()
    if buf[:4] != b"lCRF" or buf[8:12] != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, _lr, _ar = struct.unpack_from("<9I", buf, 12)
    if buf[off_feat:off_feat + 4] != b"FEAT":
        raise ValueError(f"{path}: no feature chunk")
    n_feat = struct.unpack_from("<I", buf, off_feat + 8)[0]
    feats = np.frombuffer(buf, dtype=_FEATURE, count=n_feat, offset=off_feat + 12)
    labels = _cqdb_strings(buf, off_labels)
    attrs = _cqdb_strings(buf, off_attrs)
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ValueError(f"{path}: dictionary sizes disagree with the header")
    state = np.zeros((n_attrs, n_labels))
    trans = np.zeros((n_labels, n_labels))
    st = feats[feats["type"] == 0]
    tr = feats[feats["type"] == 1]
    np.add.at(state, (st["src"], st["dst"]), st["weight"])
    np.add.at(trans, (tr["src"], tr["dst"]), tr["weight"])
    return labels, attrs, state, trans


class LinearCRF:
    """One linear-chain CRF: ``state[attr_row, label]`` and ``trans[from, to]`` weights over the
    attribute rows of a shared ``FeatureIndex`` (row 0 = unknown feature, all zero)."""

    def __init__(self, labels: list[str], state: np.ndarray, trans: np.ndarray) -> None:
        self.labels = labels
        self.state = state
        self.trans = trans


# a label that does not exist (the shorter label set padded to the longer one) never wins
_NEVER = -1e30


def viterbi(scores: np.ndarray, trans: np.ndarray, lengths: list[int]) -> list[np.ndarray]:
    """Best label paths of several sequences and CRFs in one recursion (the Python loop runs
    over the positions of the longest sequence, not over all tokens). ``scores`` [position,
    sequence, crf, label] (zero-padded after a sequence's end), ``trans`` [crf, from, to];
    returns per sequence its [position, crf] label ids. crfsuite's recursion and tie-breaking:
    no start or end transitions, the first maximum wins."""
    fwd, back = _forward(scores, trans)
    m = scores.shape[2]
    return [_backtrack(back[1:ln, q], fwd[ln - 1, q], m)[0] for q, ln in enumerate(lengths)]


def _forward(scores: np.ndarray, trans: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The forward recursion of ``viterbi``: forward scores [position, sequence, crf, label]
    and back pointers (position 0's undefined). Position 0's forward scores are ``scores[0]``
    itself, so a sequence can be continued from the forward scores of a prefix decoded
    earlier: the same additions and maxima as decoding the whole sequence again."""
    n, r, m, L = scores.shape
    back = np.empty((n, r, m, L), dtype=np.intp)
    fwd = np.empty((n, r, m, L))
    fwd[0] = scores[0]
    # the candidates laid out [sequence, crf, to, from], so that the argmax over "from" runs along
    # the contiguous axis, and each maximum read back at its argmax (``take`` at a flat index)
    # instead of a second reduction: the max along a strided axis was the dearest call of a step
    # (per step ~9 µs of numpy call overhead in all; the replayed decodes of a bench pass 0.31 ->
    # 0.22 CPU s). The same additions, the first maximum, the same values: the path is unchanged.
    cand = np.empty((r, m, L, L))
    flat = cand.reshape(-1)
    trans_t = np.ascontiguousarray(trans.transpose(0, 2, 1))
    # flat index of [q, c, to, 0]; plus the argmax, that of the maximum
    base = np.arange(0, r * m * L * L, L, dtype=np.intp).reshape(r, m, L)
    at = np.empty((r, m, L), dtype=np.intp)
    # the array's own take: np.take goes through a Python wrapper (fromnumeric) on every call
    add, take = np.add, flat.take
    # positional arguments and views from zip: keyword parsing and fwd[t]-style indexing per step
    # were a measurable share of a ~6 µs step
    for p, b, f, s in zip(fwd[:-1, :, :, None, :], back[1:], fwd[1:], scores[1:]):
        add(p, trans_t, cand)
        cand.argmax(3, b)
        add(b, base, at)
        take(at, None, f)
        add(f, s, f)
    return fwd, back


def _backtrack(back: np.ndarray, last_fwd: np.ndarray, m: int) -> tuple[np.ndarray, "Lattice"]:
    """The [position, crf] label ids of one sequence from its back pointers [position 1..,
    crf, label] and its last forward scores [crf, label], and what a longer sequence with this
    prefix needs to be decoded from it."""
    # the walk back over a flat Python list of the pointers: a numpy fancy index per token cost more
    # than the list conversion of the whole sequence, and a nested list (one list per position and
    # CRF, as this was) made the cyclic collector run and walk every loaded object: in the extractor
    # its ``tolist`` cost ten times what it cost alone. A flat list is one object (the label ids are
    # small ints, which Python does not allocate).
    ln, L = len(back) + 1, back.shape[2]
    flat = back.reshape(-1).tolist()
    step = m * L
    last = last_fwd.argmax(1).tolist()
    cols = []
    for c in range(m):
        k = last[c]
        col = [k]
        for x in range((ln - 2) * step + c * L, -1, -step):
            k = flat[x + k]
            col.append(k)
        col.reverse()
        cols.append(col)
    path = np.array(cols, dtype=np.intp).T.copy() if m else np.empty((ln, 0), dtype=np.intp)
    return path, Lattice(last_fwd.copy(), back)


class Lattice:
    """A decoded sequence's last forward scores [crf, label] and back pointers [position 1..,
    crf, label]: a sequence that extends it is decoded from here (``CRFPair.tag_runs``)."""

    __slots__ = ("last", "back")

    def __init__(self, last: np.ndarray, back: np.ndarray) -> None:
        self.last = last
        self.back = back

    def __len__(self) -> int:
        return len(self.back) + 1


class FeatureIndex:
    """Feature string -> row, shared by the taggers of one model directory."""

    def __init__(self, attrs: list[str]) -> None:
        self.attrs = attrs
        self.row = {a: i + 1 for i, a in enumerate(attrs)}
        # feature-combination -> rows, filled by ``Featurizer.rows``
        self.cache: dict = {}

    def rows(self, feats: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """The rows of every token's features, flat, and where each token's rows end."""
        get = self.row.get
        rows: list[int] = []
        ends: list[int] = []
        for f in feats:
            rows.extend([get(a, 0) for a in f])
            ends.append(len(rows))
        return np.fromiter(rows, dtype=np.int32, count=len(rows)), np.array(ends, dtype=np.int64)


@lru_cache(maxsize=1)
def _csr_matvecs():
    """scipy's compiled ``csr_matvecs``, the routine ``csr_matrix @ array`` runs, loaded from its
    extension module without importing the ``scipy.sparse`` package around it: that import was
    0.13 CPU s of every process's first quotes, each Ray worker's first partition among them
    (bench/README.md, twenty-fourth round). Python registers it under its own name, so a later
    ``import scipy.sparse`` (the quotes eval) finds and uses the same module. None when it is not
    where scipy keeps it."""
    mod = None
    try:
        spec = importlib.util.find_spec("scipy")
        where = spec.submodule_search_locations if spec is not None else None
        if where:
            found = glob.glob(os.path.join(where[0], "sparse", "_sparsetools*"))
            ext = importlib.util.spec_from_file_location("scipy.sparse._sparsetools", found[0]) if found else None
            if ext is not None and ext.loader is not None:
                mod = importlib.util.module_from_spec(ext)
                ext.loader.exec_module(mod)
    except (ImportError, OSError):
        mod = None
    return getattr(mod, "csr_matvecs", None)


def row_sums(state: np.ndarray, rows: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Each token's sum of its feature rows of ``state`` (token ``i``'s rows are
    ``rows[indptr[i]:indptr[i + 1]]``): the product of a 0/1 CSR matrix with ``state``, added in
    scipy's order (numpy's ``reduceat`` adds in another and gives other last bits)."""
    n, (m, k) = len(indptr) - 1, state.shape
    fn = _csr_matvecs()
    if fn is not None:
        out = np.zeros((n, k))
        try:
            fn(n, m, k, np.asarray(indptr, dtype=np.int64), np.asarray(rows, dtype=np.int64), np.ones(len(rows)),
               np.ascontiguousarray(state, dtype=np.float64).ravel(), out.ravel())
            return out
        except (TypeError, ValueError):  # a private routine: another scipy may call it otherwise; the public product
            pass
    from scipy import sparse

    return np.asarray(sparse.csr_matrix((np.ones(len(rows)), rows, indptr), shape=(n, m)) @ state)


class CRFPair:
    """The message and roles taggers over one feature index, decoded together."""

    def __init__(self, index: FeatureIndex, message: LinearCRF, roles: LinearCRF) -> None:
        self.index = index
        self.message = message
        self.roles = roles
        L = max(len(message.labels), len(roles.labels))
        self.L = L
        # both state matrices side by side, each padded to L labels: one sparse product scores both
        state = np.full((len(index.attrs) + 1, 2 * L), 0.0)
        trans = np.full((2, L, L), _NEVER)
        for c, crf in enumerate((message, roles)):
            k = len(crf.labels)
            state[:, c * L:c * L + k] = crf.state
            state[:, c * L + k:(c + 1) * L] = _NEVER
            trans[c, :k, :k] = crf.trans
        self.state = state
        self.trans = trans

    def tag(self, feats: list[list[str]]) -> tuple[list[str], list[str]]:
        return self.tag_rows([self.index.rows(feats)])[0]

    def tag_rows(self, seqs: list[tuple[np.ndarray, np.ndarray]]) -> list[tuple[list[str], list[str]]]:
        """Message and role labels of each sequence, given as its tokens' feature rows
        (``FeatureIndex.rows``); all decoded in one recursion."""
        return [labels for labels, _ in self.tag_runs(seqs)]

    def tag_runs(self, seqs: list[tuple[np.ndarray, np.ndarray]],
                 prefixes: list[Lattice | None] | None = None) -> list[tuple[tuple[list[str], list[str]], Lattice]]:
        """As ``tag_rows``, with each sequence's ``Lattice``; a sequence with a prefix lattice
        (from an earlier call, for its first ``len(prefix)`` tokens) is given as the rows of its
        remaining tokens only and decoded on from the prefix: the labels are those of decoding
        it whole (the prefix's forward scores are the same numbers), for the remaining tokens'
        steps and feature rows alone. tag_candidates grows runs by a sentence at a time."""
        prefixes = prefixes or [None] * len(seqs)
        lengths = [len(ends) for _, ends in seqs]
        if not seqs or not all(lengths):
            raise ValueError("empty sequence")
        n = sum(lengths)
        rows = np.concatenate([r for r, _ in seqs])
        indptr = np.zeros(n + 1, dtype=np.int64)
        k = 0
        base = 0
        for (r, ends), ln in zip(seqs, lengths):
            indptr[k + 1:k + 1 + ln] = ends + base
            k += ln
            base += len(r)
        flat_scores = row_sums(self.state, rows, indptr).reshape(n, 2, self.L)
        # a continued sequence starts one position early, at its prefix's last forward scores
        steps = [ln + (p is not None) for ln, p in zip(lengths, prefixes)]
        scores = np.zeros((max(steps), len(seqs), 2, self.L))
        k = 0
        for q, (ln, p) in enumerate(zip(lengths, prefixes)):
            if p is None:
                scores[:ln, q] = flat_scores[k:k + ln]
            else:
                scores[0, q] = p.last
                scores[1:ln + 1, q] = flat_scores[k:k + ln]
            k += ln
        fwd, back = _forward(scores, self.trans)
        ml, rl = self.message.labels, self.roles.labels
        out = []
        for q, (st, p) in enumerate(zip(steps, prefixes)):
            bq = back[1:st, q] if p is None else np.concatenate((p.back, back[1:st, q]))
            path, lat = _backtrack(bq, fwd[st - 1, q], 2)
            out.append((([ml[k] for k in path[:, 0]], [rl[k] for k in path[:, 1]]), lat))
        return out

    @classmethod
    def from_crfsuite(cls, message_path: Path, roles_path: Path) -> "CRFPair":
        models = [read_crfsuite(p) for p in (message_path, roles_path)]
        attrs = sorted({a for _, attrs, _, _ in models for a in attrs})
        index = FeatureIndex(attrs)
        crfs = []
        for labels, own, state, trans in models:
            full = np.zeros((len(attrs) + 1, len(labels)))
            full[np.fromiter((index.row[a] for a in own), dtype=np.intp, count=len(own))] = state
            crfs.append(LinearCRF(labels, full, trans))
        return cls(index, *crfs)
