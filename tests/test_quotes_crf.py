"""The numpy CRF decoder and the row featurizer of extract.claims, checked against
python-crfsuite's tagger and the string features the CRFs were trained on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.config import models_dir
from newsgraph.extract.quotes import _runs, _taggers, model_available, tag_candidates
from newsgraph.extract.quotes_crf import CRFPair, viterbi
from newsgraph.extract.quotes_features import Featurizer, config, featurize, tokens_from_doc

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "newsgraph" / "data" / "samples" / "seed_de.txt"

needs_model = pytest.mark.skipif(not model_available("de"), reason="models/de_quotes not trained")


def _brute_force(scores: np.ndarray, trans: np.ndarray) -> list[int]:
    import itertools

    n, L = scores.shape
    best, arg = -np.inf, None
    for path in itertools.product(range(L), repeat=n):
        s = scores[0, path[0]] + sum(trans[path[t - 1], path[t]] + scores[t, path[t]] for t in range(1, n))
        if s > best:
            best, arg = s, list(path)
    return arg


def test_viterbi_is_exact_on_random_chains_of_several_lengths():
    rng = np.random.default_rng(7)
    L = 3
    trans = rng.normal(size=(2, L, L))
    lengths = [1, 4, 2, 5]
    seqs = [rng.normal(size=(n, 2, L)) for n in lengths]
    scores = np.zeros((max(lengths), len(seqs), 2, L))
    for q, s in enumerate(seqs):
        scores[:len(s), q] = s
    paths = viterbi(scores, trans, lengths)
    for q, s in enumerate(seqs):
        for c in range(2):
            assert list(paths[q][:, c]) == _brute_force(s[:, c], trans[c])



def test_a_run_decoded_on_from_its_prefix_gets_the_labels_of_decoding_it_whole():
    """tag_candidates grows a run by a sentence and decodes it on from the lattice of the run it
    extends: the labels must be those of decoding the grown run from scratch, at every cut."""
    from newsgraph.extract.quotes_crf import FeatureIndex, LinearCRF

    rng = np.random.default_rng(11)
    n_attrs, L = 40, 5
    index = FeatureIndex([f"a{k}" for k in range(n_attrs)])
    # weights in whole quarters make ties likely: the first maximum must win the same way
    msg = LinearCRF([f"m{k}" for k in range(L)], rng.integers(-4, 5, (n_attrs + 1, L)) / 4.0,
                    rng.integers(-4, 5, (L, L)) / 4.0)
    roles = LinearCRF([f"r{k}" for k in range(L - 1)], rng.normal(size=(n_attrs + 1, L - 1)), rng.normal(size=(L - 1, L - 1)))
    pair = CRFPair(index, msg, roles)

    def rows(n):
        feats = [[f"a{k}" for k in rng.choice(n_attrs, 3, replace=False)] for _ in range(n)]
        return index.rows(feats)

    for n in (2, 5, 17):
        r, ends = rows(n)
        (whole, _), = pair.tag_runs([(r, ends)])
        for cut in range(1, n):
            head = (r[:ends[cut - 1]], ends[:cut])
            tail = (r[ends[cut - 1]:], ends[cut:] - ends[cut - 1])
            (_, lat), = pair.tag_runs([head])
            # decoded with a fresh sequence in the same batch, as tag_candidates does
            (on, _), (fresh, _) = pair.tag_runs([tail, (r, ends)], [lat, None])
            assert on == whole and fresh == whole
            assert on == pair.tag_rows([(r, ends)])[0]


def _docs():
    nlp = nlp_stage.load("de")
    texts = [SEED.read_text("utf-8")]
    texts += [it["text"] for it in json.loads((DATA / "quotes_de_dev_sample.json").read_text("utf-8"))["items"]]
    return [nlp(t) for t in texts]


@needs_model
def test_numpy_decoder_gives_crfsuites_labels():
    import pycrfsuite

    d = models_dir() / config()["model"]["de"]
    taggers = []
    for name in ("message.crfsuite", "roles.crfsuite"):
        t = pycrfsuite.Tagger()
        t.open(str(d / name))
        taggers.append(t)
    pair = CRFPair.from_crfsuite(d / "message.crfsuite", d / "roles.crfsuite")
    labelled = 0
    for doc in _docs():
        feats = featurize(tokens_from_doc(doc, "de"), "de")
        want = (taggers[0].tag(feats), taggers[1].tag(feats))
        assert pair.tag(feats) == want
        labelled += sum(x != "O" for x in want[0])
    assert labelled > 50  # the texts hold quotes: the comparison is not all "O"


@needs_model
def test_rows_are_the_rows_of_the_string_features():
    pair = _taggers(config()["model"]["de"])
    for doc in _docs():
        toks = tokens_from_doc(doc, "de")
        fz = Featurizer(toks, "de")
        want, want_ends = pair.index.rows(fz.features(0, len(toks)))
        got, ends = fz.rows(0, len(toks), pair.index)
        assert list(ends) == list(want_ends)
        starts = [0] + list(ends)
        for k in range(len(toks)):
            assert sorted(got[starts[k]:starts[k + 1]]) == sorted(want[starts[k]:starts[k + 1]].tolist())


@needs_model
def test_candidate_sentences_keep_the_quotes_of_the_seed():
    pair = _taggers(config()["model"]["de"])
    toks = tokens_from_doc(_docs()[0], "de")
    msg, _roles = tag_candidates(toks, "de", pair)
    full, _ = pair.tag(featurize(toks, "de"))
    # every message span of the full tagging keeps at least part of it
    for a, b in _runs(toks, {t.sent for t, lab in zip(toks, full) if lab != "O"}):
        assert any(msg[k] != "O" for k in range(a, b)), " ".join(t.text for t in toks[a:b])



@needs_model
def test_the_shared_featurizer_gives_the_rows_of_a_new_one():
    """The taggers, the cue chooser and the speaker linker share one Featurizer per token list
    (``featurizer``) and its kept rows: after tagging, every sentence's rows are a new one's."""
    from newsgraph.extract.quotes_features import featurizer

    pair = _taggers(config()["model"]["de"])
    doc = _docs()[0]
    toks = tokens_from_doc(doc, "de")
    tag_candidates(toks, "de", pair)
    fz = featurizer(toks, "de")
    assert featurizer(toks, "de") is fz
    assert featurizer(tokens_from_doc(doc, "de"), "de") is not fz  # another list, another document
    new = Featurizer(toks, "de")
    for s in sorted(fz.s_first):
        a, e = fz.s_first[s], fz.s_last[s] + 1
        assert fz.rows(a, e, pair.index) == new.rows(a, e, pair.index)


def _tokens_by_attribute(doc, lang="de"):
    """tokens_from_doc written plainly, one Token attribute at a time (as it was before the
    column reads): the fast version must give the same tokens."""
    from newsgraph.extract.quotes_features import SPEECH_ARG_DEPTH, Tok, _clause_mood, _speech_lemmas

    m = config().get("model", {})
    level = int(m.get("parse_features", 0)) if m.get(lang) and doc.has_annotation("DEP") else 0
    rel = {}
    if level:
        lemmas = _speech_lemmas(lang)
        heads = [t.head.i for t in doc]
        prt = {}
        for t in doc:
            if t.dep_ in ("compound:prt", "svp"):
                prt.setdefault(t.head.i, t.text.lower())
        speech = {t.i for t in doc if t.pos_ in ("VERB", "AUX") and prt.get(t.i, "") + t.lemma_.lower() in lemmas}
        for t in doc:
            rel[t.i] = "V" if t.i in speech else "-"
            cur = t.i
            for _ in range(SPEECH_ARG_DEPTH):
                if t.i in speech or heads[cur] == cur:
                    break
                if heads[cur] in speech:
                    rel[t.i] = doc[cur].dep_.split(":")[0]
                    break
                cur = heads[cur]
    csub = _clause_mood(doc) if level >= 2 else {}
    out = []
    for si, s in enumerate(doc.sents):
        for t in s:
            if not t.is_space:
                out.append(Tok(t.text, t.idx, t.idx + len(t.text), si, t.i == s.start,
                               doc.has_annotation("MORPH") and "Sub" in t.morph.get("Mood"), t.i,
                               t.pos_ if doc.has_annotation("POS") else "", rel.get(t.i, ""),
                               t.lemma_.lower() if level >= 2 and rel.get(t.i) == "V" else "", csub.get(t.i, False)))
    return out


def test_tokens_from_doc_reads_the_same_tokens_as_the_token_attributes():
    nlp = nlp_stage.load("de")
    docs = _docs() + [nlp("Er sagte:  „Das ist gut.“\n\nDann ging er nach Hause, teilte die Polizei mit.")]
    bare = nlp.make_doc("Er sagte, das sei gut. Dann ging er.")
    for t in bare:
        t.is_sent_start = t.i in (0, 7)
    for doc in docs + [bare]:
        assert tokens_from_doc(doc, "de") == _tokens_by_attribute(doc)
    level = config()["model"].get("parse_features", 0)
    try:
        config()["model"]["parse_features"] = 2
        for doc in docs[:3]:
            assert tokens_from_doc(doc, "de") == _tokens_by_attribute(doc)
    finally:
        config()["model"]["parse_features"] = level


def test_covered_tokens_is_every_token_starting_in_a_span():
    from newsgraph.extract.quotes_rules import covered_tokens

    toks = tokens_from_doc(_docs()[0], "de")
    text_end = toks[-1].end
    for spans in ([(0, 40)], [(toks[5].start, toks[9].start), (toks[20].start + 1, text_end)], [], [(3, 3)]):
        want = {k for k, t in enumerate(toks) if any(s <= t.start < e for s, e in spans)}
        assert covered_tokens(toks, spans) == want


def test_row_sums_are_scipys_csr_product_to_the_bit_without_importing_scipy_sparse():
    import subprocess
    import sys

    from scipy import sparse

    from newsgraph.extract import quotes_crf

    rng = np.random.default_rng(7)
    state = rng.normal(size=(500, 12)) * 10.0 ** rng.integers(-3, 4, size=(500, 1))
    state[:, 9:] = -1e9  # padding labels, as CRFPair lays out the two taggers
    counts = rng.integers(0, 40, size=60)
    counts[[0, 17, 59]] = 0  # tokens without rows, first, inside and last
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    rows = rng.integers(0, 500, size=int(indptr[-1])).astype(np.int32)
    want = np.asarray(sparse.csr_matrix((np.ones(len(rows)), rows, indptr), shape=(60, 500)) @ state)
    assert quotes_crf._csr_matvecs() is not None
    got = quotes_crf.row_sums(state, rows, indptr)
    assert got.dtype == want.dtype and got.shape == want.shape and got.tobytes() == want.tobytes()
    # numpy's reduceat adds in another order: the test would see that
    assert np.add.reduceat(state[rows], indptr[:-1][counts > 0], axis=0).tobytes() != want[counts > 0].tobytes()
    # a fresh process decodes with the shipped taggers and never imports scipy.sparse
    code = ("import sys; from newsgraph.extract import quotes; t = quotes._taggers(quotes.config()['model']['de']);"
            "t.tag_rows([t.index.rows([['bias'], ['bias']])]); print('scipy.sparse' in sys.modules)")
    if model_available("de"):
        import os

        env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this tree, not whichever one is installed
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                             cwd=ROOT).stdout
        assert out.strip() == "False"


def test_row_sums_fall_back_to_scipy_sparse(monkeypatch):
    from newsgraph.extract import quotes_crf

    rng = np.random.default_rng(3)
    state = rng.normal(size=(50, 4))
    indptr = np.array([0, 3, 3, 8], dtype=np.int64)
    rows = rng.integers(0, 50, size=8).astype(np.int32)
    direct = quotes_crf.row_sums(state, rows, indptr)
    monkeypatch.setattr(quotes_crf, "_csr_matvecs", lambda: None)
    assert quotes_crf.row_sums(state, rows, indptr).tobytes() == direct.tobytes()
    assert not direct[1].any()
