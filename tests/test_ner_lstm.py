"""The BiLSTM tagger beside the German NER (newsgraph/nlp/ner_lstm.py): the numpy forward pass
against torch's (where torch is installed), batching, decoding, and the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsgraph.nlp.ner_lstm import MAX_CHARS, N_FLAGS, TAGS, Tagger, decode

MODEL = Path(__file__).resolve().parents[1] / "models" / "de_ner"


def random_model(path: Path, H: int = 6, F: int = 5, C: int = 4, S: int = 3, seed: int = 0) -> Path:
    """An npz in the exported layout (torch's names and gate order) with random weights."""
    rng = np.random.default_rng(seed)
    D = 64 + N_FLAGS + F + S
    w = {"char_emb": rng.normal(size=(10, C)), "conv_w": rng.normal(size=(F, C, 3)), "conv_b": rng.normal(size=F),
         "shape_emb": rng.normal(size=(5, S)), "out_w": rng.normal(size=(len(TAGS), 2 * H)),
         "out_b": rng.normal(size=len(TAGS))}
    for pre in ("fw", "bw"):
        w[f"{pre}_ih"] = rng.normal(size=(4 * H, D)) * 0.3
        w[f"{pre}_hh"] = rng.normal(size=(4 * H, H)) * 0.3
        w[f"{pre}_bih"] = rng.normal(size=4 * H)
        w[f"{pre}_bhh"] = rng.normal(size=4 * H)
    np.savez(path, meta=np.array(json.dumps({"chars": [], "shapes": []})), **{k: v.astype("float32") for k, v in w.items()})
    return path


def inputs(n: int, rng) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    chars = rng.integers(1, 10, size=(n, MAX_CHARS))
    chars[:, rng.integers(2, MAX_CHARS):] = 0
    return (rng.normal(size=(n, 64 + N_FLAGS)).astype("float32"), chars.astype("int32"),
            rng.integers(0, 5, size=n).astype("int32"))


def reference(tagger_w: dict, x: np.ndarray) -> np.ndarray:
    """A plain per-token LSTM in torch's gate order (i, f, g, o), both directions."""
    def run(pre, seq):
        H = tagger_w[f"{pre}_hh"].shape[1]
        h, c, out = np.zeros(H), np.zeros(H), []
        for v in seq:
            g = tagger_w[f"{pre}_ih"] @ v + tagger_w[f"{pre}_hh"] @ h + tagger_w[f"{pre}_bih"] + tagger_w[f"{pre}_bhh"]
            i, f, gg, o = (g[k * H:(k + 1) * H] for k in range(4))
            sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
            c = sig(f) * c + sig(i) * np.tanh(gg)
            h = sig(o) * np.tanh(c)
            out.append(h)
        return np.array(out)

    hcat = np.concatenate([run("fw", x), run("bw", x[::-1])[::-1]], axis=1)
    logits = hcat @ tagger_w["out_w"].T + tagger_w["out_b"]
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def test_forward_matches_a_plain_lstm_and_batching_changes_nothing(tmp_path):
    path = random_model(tmp_path / "m.npz")
    tagger = Tagger(path)
    with np.load(path) as z:
        raw = {k: z[k] for k in z.files if k != "meta"}
    rng = np.random.default_rng(1)
    sents = [inputs(n, rng) for n in (7, 1, 12, 3)]
    batched = tagger.probs(sents)
    for s, p in zip(sents, batched, strict=True):
        assert p.shape == (len(s[0]), len(TAGS))
        np.testing.assert_allclose(p, tagger.probs([s])[0], atol=1e-5)
        x = np.concatenate([s[0], tagger.char_cnn(s[1]), raw["shape_emb"][s[2]]], axis=1)
        np.testing.assert_allclose(p, reference(raw, x), atol=1e-4)


def test_char_cnn_ignores_padding(tmp_path):
    tagger = Tagger(random_model(tmp_path / "m.npz"))
    row = np.zeros((1, MAX_CHARS), dtype="int32")
    row[0, :3] = [2, 3, 4]
    longer = row.copy()
    longer[0, 3] = 5
    a, b = tagger.char_cnn(row), tagger.char_cnn(longer)
    assert a.shape == (1, 5) and (a >= 0).all() and not np.allclose(a, b)


def test_decode_spans_and_confidence():
    p = np.full((4, len(TAGS)), 0.01)
    for i, t in enumerate(["B-PER", "I-PER", "O", "B-LOC"]):
        p[i, TAGS.index(t)] = [0.9, 0.7, 0.95, 0.6][i]
    spans, conf = decode(p)
    assert spans == [(0, 2, "PER"), (3, 4, "LOC")]
    assert conf == pytest.approx([0.7, 0.6])


def test_torch_export_matches_numpy(tmp_path):
    torch = pytest.importorskip("torch")
    from training.ner.train_lstm import build_net, export, tensors

    torch.manual_seed(0)
    net = build_net(10, 5, 6, 5)
    net.eval()
    rng = np.random.default_rng(2)
    sents = [inputs(n, rng) for n in (5, 9, 2)]
    dense, chars, shapes, _, lens = tensors([(*s, None) for s in sents])
    with torch.no_grad():
        ref = torch.softmax(net(dense, chars, shapes, lens), -1).numpy()
    export(net, [], [], tmp_path / "m.npz", {})
    got = Tagger(tmp_path / "m.npz").probs(sents)
    for i, p in enumerate(got):
        # Weights ship as float16.
        np.testing.assert_allclose(p, ref[i, :len(p)], atol=2e-3)
