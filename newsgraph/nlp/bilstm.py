"""The numpy forward pass of the small BiLSTM taggers (a character CNN, a short-shape embedding and a
dense per-token input, one bidirectional LSTM layer, a softmax per token), shared by the NER's third
opinion (ner_lstm.py) and the quotation taggers' span opinion (extract/quotes_lstm.py).

They are trained with torch (training/ner/train_lstm.py ``build_net``/``export``) and shipped as an
npz of weights, so the default install needs no torch. The width of the dense input and the tag set
come from the weights; what fills the dense input is each caller's encoder.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

MAX_CHARS = 16


def char_row(w: str, char_ids: dict[str, int]) -> np.ndarray:
    """The character ids of a word (0 = padding, 1 = unknown). Long words keep their first and last
    halves: prefixes and suffixes carry the signal."""
    if len(w) > MAX_CHARS:
        w = w[:MAX_CHARS // 2] + w[-MAX_CHARS // 2:]
    row = np.zeros(MAX_CHARS, dtype="int32")
    for i, c in enumerate(w):
        row[i] = char_ids.get(c, 1)
    return row


class Tagger:
    """The network's forward pass in numpy (weights as torch stores them: gates i, f, g, o)."""

    def __init__(self, path: Path):
        with np.load(path) as z:
            self.w = {k: z[k].astype("float32") for k in z.files if k != "meta"}
            self.meta = json.loads(str(z["meta"]))
        w = self.w
        self.H = H = w["fw_hh"].shape[1]
        # torch's gate order is i, f, g, o; i, f, o first lets one call take all three sigmoids.
        order = np.r_[0:2 * H, 3 * H:4 * H, 2 * H:3 * H]
        for pre in ("fw", "bw"):
            w[f"{pre}_b"] = (w.pop(f"{pre}_bih") + w.pop(f"{pre}_bhh"))[order]
            w[f"{pre}_ih"] = np.ascontiguousarray(w[f"{pre}_ih"][order].T)
            w[f"{pre}_hh"] = np.ascontiguousarray(w[f"{pre}_hh"][order].T)
        # Conv1d weight (F, C, K) -> one matmul over the K stacked, shifted character embeddings.
        F, C, K = w["conv_w"].shape
        self.K = K
        self.conv = w["conv_w"].transpose(2, 1, 0).reshape(K * C, F)

    def char_cnn(self, chars: np.ndarray) -> np.ndarray:
        """(N, L) char ids -> (N, F): max over positions of a width-K convolution (padding K//2)."""
        e = self.w["char_emb"][chars]  # (N, L, C)
        N, L, C = e.shape
        p = self.K // 2
        pad = np.zeros((N, L + 2 * p, C), dtype="float32")
        pad[:, p:p + L] = e
        stacked = np.concatenate([pad[:, k:k + L] for k in range(self.K)], axis=2)  # (N, L, K*C)
        out = stacked.reshape(N * L, -1) @ self.conv + self.w["conv_b"]
        out = out.reshape(N, L, -1)
        mask = (chars > 0)[:, :, None]
        out = np.where(mask, out, -1e4)
        return np.maximum(out.max(axis=1), 0.0)  # ReLU after the pool (monotone, same as before)

    def _lstm(self, x: np.ndarray, lengths: np.ndarray, pre: str) -> np.ndarray:
        """x (B, T, D) padded, rows sorted by length (longest first) -> (B, T, H). At step t only
        the first rows are still inside their sentence, so the batch shrinks instead of masking."""
        B, T, _ = x.shape
        H = self.H
        xi = x @ self.w[f"{pre}_ih"] + self.w[f"{pre}_b"]
        whh = self.w[f"{pre}_hh"]
        h = np.zeros((B, H), dtype="float32")
        c = np.zeros((B, H), dtype="float32")
        out = np.zeros((B, T, H), dtype="float32")
        for t in range(T):
            nb = int(np.searchsorted(-lengths, -t, side="left"))  # rows with length > t
            if nb == 0:
                break
            g = xi[:nb, t] + h[:nb] @ whh
            sig = 0.5 * (np.tanh(0.5 * g[:, :3 * H]) + 1.0)  # gates i, f, o (reordered at load)
            cn = sig[:, H:2 * H] * c[:nb] + sig[:, :H] * np.tanh(g[:, 3 * H:])
            hn = sig[:, 2 * H:] * np.tanh(cn)
            c[:nb] = cn
            h[:nb] = hn
            out[:nb, t] = hn
        return out

    def probs(self, sents: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """Per sentence (n, len(TAGS)) tag probabilities."""
        if not sents:
            return []
        order = sorted(range(len(sents)), key=lambda i: -len(sents[i][0]))
        back = np.argsort(order)
        sents = [sents[i] for i in order]
        lengths = np.array([len(s[0]) for s in sents])
        allc = np.concatenate([s[1] for s in sents])
        alls = np.concatenate([s[2] for s in sents])
        alld = np.concatenate([s[0] for s in sents])
        x = np.concatenate([alld, self.char_cnn(allc), self.w["shape_emb"][alls]], axis=1)
        B, T, D = len(sents), int(lengths.max()), x.shape[1]
        pad = np.zeros((B, T, D), dtype="float32")
        rev = np.zeros((B, T, D), dtype="float32")
        off = 0
        for b, n in enumerate(lengths):
            pad[b, :n] = x[off:off + n]
            rev[b, :n] = x[off:off + n][::-1]
            off += n
        fw = self._lstm(pad, lengths, "fw")
        bw_r = self._lstm(rev, lengths, "bw")
        out = []
        for b, n in enumerate(lengths):
            hcat = np.concatenate([fw[b, :n], bw_r[b, :n][::-1]], axis=1)
            logits = hcat @ self.w["out_w"].T + self.w["out_b"]
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            out.append(p / p.sum(axis=1, keepdims=True))
        return [out[i] for i in back]
