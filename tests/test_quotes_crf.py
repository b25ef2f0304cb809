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
