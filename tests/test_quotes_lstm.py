"""The BiLSTM opinion features of the quotation CRFs (claims.toml [model] lstm_opinion,
newsgraph/extract/quotes_lstm.py): inputs from a real parse, the features and their fast rows."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.config import models_dir
from newsgraph.extract import quotes_lstm as ql
from newsgraph.extract.quotes_features import Featurizer, tokens_from_doc

from .quote_rows import assert_rows_match_features

TEXT = ("Der Minister monierte, die Regierung habe zu spät gehandelt. Das sei „ein Skandal“, sagte er. "
        "Am Abend regnete es.")


def random_model(path: Path, H: int = 5, F: int = 4, C: int = 3, S: int = 2, seed: int = 0) -> str:
    """An npz in the exported layout (torch's names and gate order) with random weights."""
    rng = np.random.default_rng(seed)
    D = 64 + ql.N_FLAGS + F + S
    w = {"char_emb": rng.normal(size=(10, C)), "conv_w": rng.normal(size=(F, C, 3)), "conv_b": rng.normal(size=F),
         "shape_emb": rng.normal(size=(5, S)), "out_w": rng.normal(size=(len(ql.TAGS), 2 * H)) * 3,
         "out_b": rng.normal(size=len(ql.TAGS))}
    for pre in ("fw", "bw"):
        w[f"{pre}_ih"] = rng.normal(size=(4 * H, D))
        w[f"{pre}_hh"] = rng.normal(size=(4 * H, H))
        w[f"{pre}_bih"] = rng.normal(size=4 * H)
        w[f"{pre}_bhh"] = rng.normal(size=4 * H)
    meta = {"chars": ["<pad>", "<unk>", *"aeinrst"], "shapes": ["<pad>", "<unk>", "Xx", "x"]}
    np.savez(path, meta=np.array(json.dumps(meta)), **{k: v.astype("float32") for k, v in w.items()})
    return str(path)


@pytest.fixture(scope="module")
def doc():
    return nlp_stage.load("de")(TEXT)


def test_inputs_carry_the_parse_and_lexicon_flags(doc):
    toks = tokens_from_doc(doc, "de")
    enc = ql.Encoder(["<pad>", "<unk>"], ["<pad>", "<unk>"])
    idx, inputs = ql.sentence_inputs(doc, toks, enc, {t.sent for t in toks})
    assert [len(ks) for ks in idx] == [sum(t.sent == s for t in toks) for s in sorted({t.sent for t in toks})]
    dense = np.concatenate([x[0] for x in inputs])
    assert dense.shape == (len(toks), 64 + ql.N_FLAGS)
    words = [t.text for t in toks]
    flags = dense[:, 64:]
    o3 = len(ql.UPOS) + len(ql.DEPS) + 1 + len(ql.SPEECH) + 1
    # Mood=Sub of "habe"/"sei", inside quotation marks, cue word "monierte"/"sagte"
    assert flags[words.index("habe"), o3] == 1 and flags[words.index("regnete"), o3] == 0
    assert flags[words.index("Skandal"), o3 + 1] == 1 and flags[words.index("Abend"), o3 + 1] == 0
    assert flags[words.index("sagte"), o3 + 2] == 1 and flags[words.index("Minister"), o3 + 2] == 0
    # one UPOS and one dependency label per token, floret vectors of unit length
    assert (flags[:, :len(ql.UPOS)].sum(1) == 1).all()
    assert (flags[:, len(ql.UPOS):len(ql.UPOS) + len(ql.DEPS) + 1].sum(1) == 1).all()
    assert np.allclose(np.linalg.norm(dense[:, :64], axis=1), 1, atol=1e-4)


def test_opinion_features_and_rows_match_strings(doc, tmp_path):
    path = random_model(tmp_path / "lstm.npz")
    toks = tokens_from_doc(doc, "de")
    assert all(t.nn is None for t in toks)
    before = Featurizer(toks, "de").features(0, len(toks))
    ql.add_opinion(doc, toks, path)
    assert all(t.nn is not None and len(t.nn) == 4 and all(0 <= b <= len(ql.EDGES) for b in t.nn) for t in toks)
    p = ql.doc_probs(doc, toks, path)
    assert np.allclose(p.sum(1), 1, atol=1e-5)
    assert [t.nn for t in toks] == [tuple(b) for b in ql.buckets(p).tolist()]
    feats = Featurizer(toks, "de").features(0, len(toks))
    for f0, f1, t in zip(before, feats, toks, strict=True):
        extra = [f for f in f1 if f not in f0]
        assert extra[:4] == [f"nm={t.nn[0]}", f"nb={t.nn[1]}", f"nc={t.nn[2]}", f"ns={t.nn[3]}"] and len(extra) == 6
    # the sentence edges of the neighbour features
    assert f"nm[-1]=E|{toks[0].nn[0]}" in feats[0]
    assert_rows_match_features(toks, feats)


def test_training_labels_put_message_before_roles():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "quotes"))
    pytest.importorskip("torch")
    from train_lstm import token_tags

    msg = ["O", "B-Indirect", "I-Indirect", "O", "O", "O"]
    role = ["B-SPK", "O", "O", "B-CUE", "B-CS", "B-ADR"]
    assert [ql.TAGS[k] for k in token_tags(msg, role)] == ["SPK", "B-MSG", "I-MSG", "CUE", "CUE", "O"]


SHIPPED = models_dir() / "de_quotes" / "lstm.npz"


@pytest.mark.skipif(not SHIPPED.exists(), reason="no BiLSTM opinion shipped in models/de_quotes")
def test_shipped_model_sees_the_reported_clause(doc):
    toks = tokens_from_doc(doc, "de")
    p = ql.doc_probs(doc, toks, str(SHIPPED))
    words = [t.text for t in toks]
    msg = p[:, 1] + p[:, 2]
    assert msg[words.index("Regierung")] > 0.5 > msg[words.index("regnete")]
    assert p[words.index("monierte"), 3] > 0.5 and p[words.index("Minister"), 4] > 0.5
