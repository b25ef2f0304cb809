"""Quote-level judge: does a quote the extractor made exist in quotes-de's sense?

Every quote of ``extract_quotes`` (not nested) gets sparse features of what it is (mode, whether and
where its cue came from, the cue's verb, Konjunktiv / hearsay / complementiser / quotation marks in its
message, speaker, extent) and of its place (paragraph start, quotes before and after, position in the
article). A logistic regression trained on cross-fitted quotes-de train (training/quotes/judge_quotes.py;
each quote one row per label, weighted by its true and false message tokens) estimates the share of its
message tokens that are gold; below the threshold the quote goes, with the quotes nested in it. A quote of
token precision p raises the message overlap F1 iff p > F1 / 2, so the threshold sits near 0.35-0.4.
"""

from __future__ import annotations

import bisect
import json
import math
from functools import lru_cache

from .quotes_features import Tok, config, doc_text

HEARSAY = ("soll", "woll", "will")
OPEN_MARKS = {"\u201e", "\u201c", "\"", "\u00bb", "\u00ab", "\u201a", "\u2039", "\u203a"}
FRAME_WORDS = {"so", "laut", "zufolge", "demnach", "wonach", "gemäß", "nach", "danach"}
PUNCT = set(".,;:!?-–()\"„“”»«'")


def _ids(toks: list[Tok], spans, starts: list[int] | None = None) -> list[int]:
    starts = starts if starts is not None else [t.start for t in toks]
    out = set()
    for a, b in spans:
        k = bisect.bisect_left(starts, a)
        while k < len(toks) and toks[k].end <= b:
            out.add(k)
            k += 1
    return sorted(out)


def _bucket(n: int, edges=(1, 3, 6, 10, 16, 25, 40)) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return ">40"


@lru_cache(maxsize=1)
def _lists():
    de = config().get("de", {})
    lem = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", []))
    return lem, tuple(de.get("cue_stems", []))


def _verb_key(tok) -> str:
    prt = [c.text.lower() for c in tok.children if c.dep_ in ("svp", "compound:prt") or c.tag_ == "PTKVZ"]
    return (prt[0] if prt else "") + tok.lemma_.lower()


def features(doc, toks: list[Tok], quotes: list, n: int, origin: str = "", ctx: dict | None = None) -> list[str] | None:
    """``ctx``: per-document values shared by all quotes of ``quotes`` (token starts, the sentences each quote's
    message covers), filled on the first call."""
    q = quotes[n]
    if ctx is None:
        ctx = {}
    if "starts" not in ctx:
        ctx["starts"] = starts = [t.start for t in toks]
        spans = []
        for o in quotes:
            oi = _ids(toks, o.message, starts) if (o.message and not o.nested) else []
            spans.append((toks[oi[0]].sent, toks[oi[-1]].sent) if oi else None)
        ctx["sents"] = spans
        ctx["sent_first"] = {}
        for k, t in enumerate(toks):
            ctx["sent_first"].setdefault(t.sent, k)
            ctx.setdefault("sent_words", {}).setdefault(t.sent, 0)
            if t.text not in PUNCT:
                ctx["sent_words"][t.sent] += 1
    starts = ctx["starts"]
    ids = _ids(toks, q.message, starts)
    if not ids:
        return None
    lemmas, stems = _lists()
    m = q.mode
    f = ["bias", "mode=" + m, "origin=" + (origin or "?"), f"mode={m}|origin={origin or '?'}"]
    cue = _ids(toks, q.cue, starts) if q.cue else []
    ck = "nocue"
    if cue:
        low = {toks[k].text.lower() for k in cue}
        verbs = [doc[toks[k].i] for k in cue if toks[k].i >= 0 and toks[k].pos in ("VERB", "AUX")]
        if low & FRAME_WORDS or "angaben" in low:
            ck = "frame"
        elif verbs:
            lem = _verb_key(verbs[-1])
            f.append("cuelem=" + lem)
            ck = "listverb" if lem in lemmas or any(toks[k].text.lower().startswith(stems) for k in cue) else "verb"
        elif any(toks[k].pos == "NOUN" for k in cue):
            ck = "noun"
        else:
            ck = "other"
        if any(k > ids[-1] for k in cue):
            f.append(f"mode={m}|cue_after")
        if len(cue) >= 3:
            f.append("cue_long")
    f += ["cue=" + ck, f"mode={m}|cue={ck}"]
    words = [toks[k] for k in ids if toks[k].text not in PUNCT]
    nw = len(words)
    f.append(f"mode={m}|len{_bucket(nw)}")
    low = [t.text.lower() for t in words]
    konj = any(t.mood_sub for t in words)
    hear = any(w.startswith(HEARSAY) for w in low)
    f.append(f"mode={m}|konj={int(konj)}|hear={int(hear)}")
    if low and low[0] in ("dass", "ob"):
        f.append(f"mode={m}|dass")
    if "zu" in low:
        f.append(f"mode={m}|zu")
    if any(toks[k].text in OPEN_MARKS for k in ids) or (ids[0] > 0 and toks[ids[0] - 1].text in OPEN_MARKS):
        f.append(f"mode={m}|mark")
    if not any(t.pos in ("VERB", "AUX") for t in words):
        f.append(f"mode={m}|noverb")
    s0, s1 = toks[ids[0]].sent, toks[ids[-1]].sent
    f.append(f"mode={m}|sents={min(3, s1 - s0 + 1)}")
    sw = ctx["sent_words"].get(s0, 0)
    inside = sum(1 for k in ids if toks[k].sent == s0 and toks[k].text not in PUNCT)
    f.append(f"mode={m}|whole={int(inside >= 0.8 * max(1, sw))}")
    f.append(f"mode={m}|spk={int(bool(q.speaker))}|cue={int(bool(cue))}")
    if q.speaker:
        sp = _ids(toks, q.speaker, starts)
        pos = {toks[k].pos for k in sp}
        f.append(f"mode={m}|spk=" + ("pron" if pos <= {"PRON", "DET"} else "propn" if "PROPN" in pos else "noun"))
        if any(k in set(ids) for k in sp):
            f.append("spk_inside")
    # the root verb of the message's first sentence
    if toks[ids[0]].i >= 0 and doc.has_annotation("DEP"):
        root = doc[toks[ids[0]].i].sent.root
        if root.pos_ in ("VERB", "AUX"):
            rk = _verb_key(root)
            f.append(f"mode={m}|root=" + rk)
            f.append(f"mode={m}|rootlist={int(rk in lemmas)}")
    # place: paragraph start, the quotes around it
    first = ctx["sent_first"].get(s0, ids[0])
    # the text once per document (doc_text, equal to doc.text): spaCy joins doc.text from every token on each
    # access, and this read per quote was most of what the judge cost
    para = first == 0 or "\n" in doc_text(doc)[toks[first - 1].end:toks[first].start]
    f.append(f"mode={m}|para={int(para)}")
    others = [sp for j, sp in enumerate(ctx["sents"]) if j != n and sp is not None]
    osents = set()
    for a, b in others:
        osents.update(range(a, b + 1))
    f.append(f"mode={m}|prev={int(s0 - 1 in osents)}|next={int(s1 + 1 in osents)}")
    if s0 in osents or s1 in osents:
        f.append(f"mode={m}|shared_sent")
    f.append(f"mode={m}|pos={'first' if s0 == 0 else 'early' if s0 <= 3 else 'late'}")
    f.append(f"nq={_bucket(len(others), (0, 2, 5, 10))}")
    return f


@lru_cache(maxsize=4)
def load_judge(name: str):
    from ..config import models_dir

    path = models_dir() / name / "judge.json"
    if not path.exists():
        return None
    return json.loads(path.read_text("utf-8"))


def score(model: dict, feats: list[str]) -> float:
    w = model["weights"]
    z = model.get("intercept", 0.0) + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-z))


def judge(doc, toks: list[Tok], quotes: list, model: dict | None) -> list:
    """The quotes minus those of the model's modes (``model["modes"]``) whose estimated token precision is under
    its threshold, and the quotes nested in them."""
    if model is None:
        return quotes
    modes = set(model.get("modes", []))
    drop = []
    ctx: dict = {}
    for n, q in enumerate(quotes):
        if q.nested or q.mode not in modes:
            continue
        f = features(doc, toks, quotes, n, q.origin, ctx)
        if f is not None and score(model, f) < model["threshold"]:
            drop.append((q.message[0][0], q.message[-1][1]))
    if not drop:
        return quotes
    gone = set(drop)
    # the dropped quote and the quotes nested in it; another quote of ours inside its span stays
    return [q for q in quotes if (q.message[0][0], q.message[-1][1]) not in gone and not (
        q.nested and any(a <= q.message[0][0] and q.message[-1][1] <= b for a, b in drop))]
