"""Second-stage cue chooser for German quotes (claims.toml [model] cue_chooser).

The taggers and rules give a found quote at most one cue from one path (tagged span, cue
back-off, frame rule, verb complex); where they pick the auxiliary instead of the verb, a verb
of the wrong sentence, or nothing, nothing else looks again. Here every path proposes a
candidate cue (a set of tokens), "no cue" is a candidate too, and a logistic regression over
the candidates' features (``models/de_cues/weights.json``, trained by
``training/quotes/train_cues.py`` on quotes-de train with cross-fitted taggers; the same
``Linker`` scoring and ``decide`` rule as the speaker linker) picks one. Candidates:

* the cue the extractor gave the quote (``cur``), and each of its tokens' verb complexes;
* the verbs the message's clause hangs on in the parse (``gov``: ccomp / parataxis / advcl …);
* speech verbs (lemma lists, learned cue words, curated stems) and cue nouns in the message's
  sentences and the one before and after (``lex``);
* source prepositions "laut", "zufolge", "nach (Angaben)", "gemäß", "so", "wie" (``prep``);
* each verb bare and with its complex (auxiliaries, particle, "sich"/"es": ``cue_complex``).

It runs after the speaker linker and ``drop_bare_indirect`` (the linker was trained on the
extractor's cues, and a quote left without a cue must not be dropped for it), and leaves
Reported quotes (their verb becomes ``act``) and nested fragments alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .quotes_features import Tok, config, featurizer, lexicon
from .quotes_speakers import DocView, Linker, _bucket, decide

PREPS = {"laut", "zufolge", "gemäß", "nach", "so", "wie", "demnach", "wonach"}
# first words of a message that tell its kind ("dass …": a complement clause, a quotation mark: Direct)
OPENERS = {"dass", "ob", "„", '"', "wie", "er", "sie", "es"}


@dataclass
class CueCand:
    ids: frozenset[int]
    head: int = -1  # the token that proposed it (-1: "no cue")
    src: set[str] = field(default_factory=set)


def _complex(doc, toks: list[Tok], k: int, pieces) -> frozenset[int]:
    from .quotes import TSpan, cue_complex

    got = cue_complex(doc, toks, [TSpan(k, k + 1, "CUE")], pieces)
    return frozenset(j for c in got for j in range(c.i, c.j))


def candidates(v: DocView, q, in_msg: set[int], cur: frozenset[int], inner: bool = False,
               act: frozenset[int] = frozenset()) -> list[CueCand]:
    """The candidate cues of one quote; the first is "no cue". ``inner`` (a Reported or free quote of
    a whole sentence, cue_chooser_acts): the speech verbs and cue words inside the message are
    candidates too (src ``inmsg``), and so is ``act``, a Reported quote's verb (src ``act``)."""
    from .quotes import TSpan

    toks, doc = v.toks, v.doc
    lex = lexicon("de")
    out: dict[frozenset[int], CueCand] = {frozenset(): CueCand(frozenset(), -1, {"none"})}

    def add(ids, head: int, src: str) -> None:
        # the extractor's own cue as it is (a frame word may sit inside the message), the others outside it
        ids = frozenset(ids) if src in ("cur", "act", "inmsg") else frozenset(ids) - in_msg
        if not ids:
            return
        c = out.setdefault(ids, CueCand(ids, head))
        c.src.add(src)

    pieces = [TSpan(k, k + 1, "M") for k in sorted(in_msg)]
    heads: dict[int, str] = {}
    if cur:
        add(cur, min(cur), "cur")
        for k in cur:
            heads.setdefault(k, "curpart")
    sents = {toks[k].sent for k in in_msg}
    lo, hi = min(sents) - 1, max(sents) + 1
    if v.parsed:
        by_i = v.by_i
        msg_i = {toks[k].i for k in in_msg if toks[k].i >= 0}
        for i in sorted(msg_i):
            h = v.head[i]
            if h in msg_i or h == i or h not in by_i:
                continue
            heads.setdefault(by_i[h], "gov")
            hh = v.head[h]
            # an auxiliary or particle head ("hat … erklärt"): the verb it belongs to
            if v.dep(h) in ("aux", "aux:pass", "compound:prt", "cop") and hh in by_i:
                heads.setdefault(by_i[hh], "gov")
    for k, t in enumerate(toks):
        if t.sent < lo or t.sent > hi or k in in_msg or v.inq[k]:
            continue
        low = t.text.lower()
        if t.speech == "V":
            heads.setdefault(k, "lex")
        elif low in PREPS:
            heads.setdefault(k, "prep")
        elif t.pos in ("VERB", "AUX", "NOUN") and lex.is_cue(low):
            heads.setdefault(k, "lex")
    if act:
        add(act, min(act), "act")
        for k in act:
            heads.setdefault(k, "act")
    if inner:
        for k in sorted(in_msg):
            t = toks[k]
            if v.inq[k]:
                continue
            low = t.text.lower()
            if t.speech == "V" or low in PREPS - {"so", "wie", "nach"} or \
                    t.pos in ("VERB", "AUX", "NOUN") and lex.is_cue(low) or \
                    low == "nach" and k + 1 < len(toks) and toks[k + 1].text.lower() in lex.angaben:
                heads.setdefault(k, "inmsg")
    for k, src in heads.items():
        if k in in_msg and src not in ("act", "inmsg"):
            continue
        if src in ("act", "inmsg"):
            if toks[k].pos not in ("VERB", "AUX", "NOUN") and toks[k].text.lower() not in PREPS:
                continue
            add({k}, k, src)
            if toks[k].text.lower() == "nach" and k + 1 < len(toks):
                add({k, k + 1}, k, src)
            if v.parsed and toks[k].i >= 0 and toks[k].pos in ("VERB", "AUX"):
                cx = _complex(doc, toks, k, [])
                if len(cx) > 1:
                    add(cx, k, src)
            continue
        # a cue token that is no verb, noun or source preposition ("bekannt", "hatte", "dazu") is a cue
        # only with its verb: it proposes nothing alone
        if src == "curpart" and toks[k].pos not in ("VERB", "NOUN", "PROPN") and toks[k].text.lower() not in PREPS:
            continue
        add({k}, k, src)
        low = toks[k].text.lower()
        if low == "nach" and k + 1 < len(toks) and toks[k + 1].text.lower() in lex.angaben:
            add({k, k + 1}, k, src)
        if v.parsed and toks[k].i >= 0 and toks[k].pos in ("VERB", "AUX"):
            cx = _complex(doc, toks, k, pieces)
            if len(cx) > 1:
                add(cx, k, src)
    return list(out.values())


def features(v: DocView, q, c: CueCand, msg: tuple[int, int], in_msg: set[int], cur: frozenset[int],
             spk: set[int], rank: int | None, pc: dict[int, float]) -> list[str]:
    toks = v.toks
    mode = q.mode
    has = "cur" if cur else "nocur"
    sp = "spk" if spk else "nospk"
    sub = any(toks[k].mood_sub for k in in_msg)
    colon = msg[0] > 0 and toks[msg[0] - 1].text == ":" or toks[msg[0]].text == ":"
    first = toks[msg[0]].text.lower()
    if not c.ids:
        sents = {toks[k].sent for k in in_msg}
        best = max((x for k, x in pc.items() if k not in in_msg and min(sents) - 1 <= toks[k].sent <= max(sents) + 1),
                   default=0.0)
        return [f"none|crfmax={_pb(best)}", f"none|crfmax={_pb(best)}|{mode}",
                f"none|crfmsg={_pb(max((pc.get(k, 0.0) for k in in_msg), default=0.0))}",f"none|len={_bucket(msg[1] - msg[0], (3, 8, 15, 30, 60))}|{mode}",
                f"none|first={first if first in OPENERS else '-'}|{mode}",
                "none", f"none|{mode}", f"none|{mode}|{has}", f"none|{sp}", f"none|{mode}|{sp}",
                f"none|inh={int(q.inherited)}", f"none|sub={int(sub)}|{mode}", f"none|colon={int(colon)}",
                f"none|quoted={int(bool(v.inq[msg[0]]))}|{mode}"]
    f = [f"mode={mode}", f"mode={mode}|{has}"]
    for s in sorted(c.src):
        f += [f"src={s}", f"src={s}|{mode}", f"src={s}|{has}"]
    if cur:
        rel = "same" if c.ids == cur else "sub" if c.ids < cur else "sup" if c.ids > cur else \
            "ovl" if c.ids & cur else "other"
        f += [f"cur={rel}", f"cur={rel}|{mode}"]
    k = c.head
    t = toks[k]
    low = t.text.lower()
    ps = [pc.get(j, 0.0) for j in c.ids]
    f += [f"crfmax={_pb(max(ps))}", f"crfmin={_pb(min(ps))}", f"crfhead={_pb(pc.get(k, 0.0))}",
          f"crfmax={_pb(max(ps))}|{mode}"]
    n = _bucket(len(c.ids), (1, 2, 3, 4))
    verbs = sum(1 for j in c.ids if toks[j].pos == "VERB")
    f += [f"pos={t.pos}", f"pos={t.pos}|{mode}", f"n={n}", f"pos={t.pos}|n={n}", f"w={low}",
          f"verbs={min(verbs, 2)}", f"verbs={min(verbs, 2)}|{mode}"]
    if "src=gov" in c.src:
        f.append(f"w={low}|gov")
    if t.speech == "V":
        f.append("speechV")
    lex = lexicon("de")
    if lex.is_rule_cue(low):
        f.append("rulecue")
    elif lex.is_cue(low):
        f.append("learncue")
    if low in PREPS:
        f.append(f"prep={low}")
    others = c.ids - {k}
    for j in others:
        if toks[j].i >= 0 and v.parsed:
            f.append("has=" + v.dep(toks[j].i))
        else:
            f.append("has=?")
    if v.parsed and t.i >= 0:
        f.append("dep=" + v.dep(t.i))
        msg_i = {toks[j].i for j in in_msg if toks[j].i >= 0}
        heads_here = {toks[j].i for j in c.ids if toks[j].i >= 0}
        gov = [v.dep(i) for i in msg_i if v.head[i] in heads_here and v.head[i] != i]
        if gov:
            f += ["gov", f"gov={gov[0]}", f"gov|{mode}"]
        # the quote's speaker is this verb's subject or object
        if spk and any(v.head[toks[j].i] in heads_here for j in spk if toks[j].i >= 0):
            f += ["spk_dep", f"spk_dep|{mode}"]
    sd = t.sent - toks[msg[0]].sent
    side = "before" if max(c.ids) < msg[0] else "after" if min(c.ids) >= msg[1] else "inside"
    if sd == 0 and ("speechV" in f or "rulecue" in f):
        f.append("lexsent")
    f += [f"sd={max(-2, min(sd, 2))}", f"sd={max(-2, min(sd, 2))}|{side}", f"side={side}",
          f"side={side}|{mode}", f"sd={max(-2, min(sd, 2))}|{has}"]
    d = msg[0] - max(c.ids) if side == "before" else min(c.ids) - msg[1] if side == "after" else 0
    f.append(f"dist={_bucket(d, (0, 1, 2, 4, 8, 16))}")
    if colon and side == "before":
        f.append("colon_before")
    if spk:
        ds = min(abs(j - k) for j in spk)
        f.append(f"spkd={_bucket(ds, (1, 2, 4, 8))}")
    if rank is not None:
        f += [f"rank={rank}", f"rank={rank}|{has}"]
    return f


CUE_LABELS = ("B-CUE", "I-CUE", "B-CS", "I-CS")


def _marginals(sc: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Marginals [token, label] of a linear-chain CRF by forward-backward (crfsuite's model: state
    scores ``sc``, transitions ``trans[from, to]``, no start or end weights), in exp space with each
    step rescaled: constant factors cancel in the marginals, and scipy's logsumexp per token cost
    ten times the rest of the chooser."""
    n = len(sc)
    tr = np.exp(trans - trans.max())
    em = np.exp(sc - sc.max(axis=1, keepdims=True))
    alpha = np.empty_like(em)
    beta = np.ones_like(em)
    a = em[0]
    alpha[0] = a / a.sum()
    for t in range(1, n):
        a = (alpha[t - 1] @ tr) * em[t]
        alpha[t] = a / a.sum()
    for t in range(n - 2, -1, -1):
        b = tr @ (em[t + 1] * beta[t + 1])
        beta[t] = b / b.sum()
    m = alpha * beta
    return m / m.sum(axis=1, keepdims=True)


def _marginals_many(scs: list[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """``_marginals`` of several sequences, the same numbers, in one recursion over the longest: per
    step the numpy calls cost far more than their few additions, and the cue chooser asks for one
    sequence per sentence (the marginals of a bench pass 0.18 -> 0.08 CPU s, replayed). The forward
    runs on the sequences left-aligned, the backward on them right-aligned (all end together); the
    padding (ones) is never read. A stacked ``matmul`` makes the same BLAS call per sequence as the
    single one (vector @ matrix, matrix @ vector), and each row is summed as ``ndarray.sum`` sums it."""
    tr = np.exp(trans - trans.max())
    ems = [np.exp(sc - sc.max(axis=1, keepdims=True)) for sc in scs]
    r, L = len(ems), tr.shape[0]
    ns = [len(e) for e in ems]
    T = max(ns)
    fwd_em = np.ones((T, r, 1, L))
    bwd_em = np.ones((T, r, L, 1))
    for q, e in enumerate(ems):
        fwd_em[:len(e), q, 0] = e
        bwd_em[T - len(e):, q, :, 0] = e
    alpha = np.empty((T, r, 1, L))
    beta = np.ones((T, r, L, 1))
    total, matmul = np.add.reduce, np.matmul
    a = fwd_em[0]
    alpha[0] = a / total(a, 2, None, None, True)
    for t in range(1, T):
        a = matmul(alpha[t - 1], tr) * fwd_em[t]
        alpha[t] = a / total(a, 2, None, None, True)
    for t in range(T - 2, -1, -1):
        b = matmul(tr, bwd_em[t + 1] * beta[t + 1])
        beta[t] = b / total(b, 1, None, None, True)
    out = []
    for q, n in enumerate(ns):
        m = alpha[:n, q, 0] * beta[T - n:, q, :, 0]
        out.append(m / m.sum(axis=1, keepdims=True))
    return out


def crf_cue_probs(toks: list[Tok], sents: set[int]) -> dict[int, float]:
    """The roles CRF's marginal probability of a cue label for each token of ``sents`` (each
    sentence a sequence of its own), so a word the Viterbi path left out still shows how close
    the tagger came to calling it a cue."""
    from .quotes import _taggers

    name = config().get("model", {}).get("de")
    taggers = _taggers(name) if name else None
    if taggers is None or not sents:
        return {}
    crf = taggers.roles
    cols = [crf.labels.index(x) for x in CUE_LABELS if x in crf.labels]
    fz = featurizer(toks, "de")
    out: dict[int, float] = {}
    # the marginals the speaker linker kept for the document (``Featurizer.marginals``: on the bench, every
    # sentence asked here), the others computed
    kept = fz.marginals
    spans, ms, todo, scs = [], [], [], []
    for s in sorted(sents):
        if s not in fz.s_first:
            continue
        a, e = fz.s_first[s], fz.s_last[s] + 1
        spans.append((a, e))
        m = kept.get((crf, s))
        ms.append(m)
        if m is not None:
            continue
        r, en = fz.rows(a, e, taggers.index)
        r = np.asarray(r, dtype=np.int64)
        starts = np.concatenate([[0], np.asarray(en[:-1], dtype=np.int64)])
        todo.append((len(ms) - 1, s))
        scs.append(np.add.reduceat(crf.state.take(r, 0), starts, axis=0))  # take: see DocView.crf_prepare
    # all the sentences' marginals in one recursion (each sentence still a sequence of its own)
    for (k, s), m in zip(todo, _marginals_many(scs, crf.trans) if scs else ()):
        ms[k] = kept[(crf, s)] = m
    for (a, e), m in zip(spans, ms):
        p = m[:, cols].sum(axis=1)
        for k, x in zip(range(a, e), p.tolist()):
            out[k] = x
    return out


def _pb(x: float) -> str:
    for e in (0.02, 0.1, 0.3, 0.5, 0.7, 0.9):
        if x <= e:
            return str(e)
    return "1"


# features whose holders among a quote's candidates ``context`` compares
CONTEXT_MARKERS = ("src=cur", "src=gov", "speechV", "rulecue", "gov", "spk_dep", "sd=0", "pos=VERB", "colon_before",
                   "lexsent", "verbs=1")


def context(feats: list[list[str]]) -> None:
    """What a candidate is among the others of its quote (in place): for each marker, whether it
    is the only one holding it, one of several, or lacks it while another has it ("no cue" learns
    from these whether a governing speech verb is there at all)."""
    sets = [set(f) for f in feats]
    count = {m: sum(1 for s in sets if m in s) for m in CONTEXT_MARKERS}
    for f, s in zip(feats, sets):
        for m in CONTEXT_MARKERS:
            if m in s:
                f.append(f"ctx={m}|" + ("only" if count[m] == 1 else "shared"))
            elif count[m]:
                f.append(f"ctx={m}|elsewhere" + ("|none" if "none" in s else ""))


@lru_cache(maxsize=2)
def load_chooser(name: str) -> Linker | None:
    """The chooser's weights (``Linker`` holds them and the two thresholds); ``softmax`` set when
    they were trained as a conditional logit over a quote's candidates."""
    from ..config import models_dir

    path = models_dir() / name / "weights.json"
    if not path.exists():
        return None
    ch = Linker.from_json(path)
    js = json.loads(path.read_text("utf-8"))
    ch.softmax = bool(js.get("softmax", False))
    # the threshold for Reported quotes (cue_chooser_acts), chosen apart: "no cue" is right for most of them
    ch.switch_reported = js.get("switch_reported", 2.0)
    return ch


def chooser_probs(ch: Linker, feats: list[list[str]]) -> list[float]:
    if not getattr(ch, "softmax", False):
        return ch.probs(feats)
    w = ch.w
    z = [sum(w.get(f, 0.0) for f in fs) for fs in feats]
    m = max(z)
    e = [math.exp(x - m) for x in z]
    tot = sum(e)
    return [x / tot for x in e]


def choose_cues(doc, toks: list[Tok], quotes: list, chooser, collect=None) -> None:
    """Re-choose each quote's cue among its candidates (in place). ``collect(q, cands, feats,
    cur_index)`` receives every decided quote's candidates (training); with ``chooser`` None the
    cues stay as they are."""
    from .quotes import _spans_of, _tok_ids

    if not quotes:
        return
    v = DocView(doc, toks, 0, frozenset())
    starts = v.starts
    # [model] cue_chooser_scope "nocue": only quotes the extractor left without a cue are decided (train CV:
    # re-choosing the others gains nothing on train and loses on dev); training collects all
    only_bare = collect is None and config().get("model", {}).get("cue_chooser_scope", "nocue") == "nocue"
    # [model] cue_chooser_acts: Reported quotes are decided too (their verb, still the cue here, is a candidate;
    # "no cue" leaves it to become their act), and a Reported or cue-less free quote may take a cue inside its
    # message (the act classifier's quotes span whole sentences: "X beeilte sich zu erklären, …")
    acts = bool(config().get("model", {}).get("cue_chooser_acts", False))
    todo = [q for q in quotes if not (q.nested or not q.message)
            and (acts and q.mode == "Reported" or q.mode != "Reported" and not (only_bare and q.cue))]
    if not todo:
        return
    near: set[int] = set()
    for q in todo:
        for k in _tok_ids(toks, q.message, starts):
            near.update((toks[k].sent - 1, toks[k].sent, toks[k].sent + 1))
    pc = crf_cue_probs(toks, near)
    for q in todo:
        in_msg = _tok_ids(toks, q.message, starts)
        if not in_msg:
            continue
        msg = (min(in_msg), max(in_msg) + 1)
        cur = frozenset(_tok_ids(toks, q.cue, starts))
        act = frozenset()
        if q.mode == "Reported":
            # its verb leaves the cue after the chooser (reported_act_cue): as the extractor leaves it, cue-less
            act, cur = cur, frozenset()
        inner = acts and (q.mode in ("Reported", "FreeIndirect") and not cur)
        spk = _tok_ids(toks, q.speaker, starts)
        cands = candidates(v, q, in_msg, cur, inner, act)

        def dist(c: CueCand, msg=msg) -> int:
            return min(abs(j - msg[0]) if j < msg[0] else abs(j - msg[1]) for j in c.ids)

        order = sorted(range(1, len(cands)), key=lambda n: dist(cands[n]))
        rank = {n: min(r, 3) for r, n in enumerate(order)}
        feats = [features(v, q, c, msg, in_msg, cur, spk, rank.get(n), pc) for n, c in enumerate(cands)]
        context(feats)
        cur_n = next((n for n, c in enumerate(cands) if c.ids == cur), 0)
        if collect is not None:
            collect(q, cands, feats, cur_n)
        if chooser is None:
            continue
        sw = getattr(chooser, "switch_reported", chooser.switch) if q.mode == "Reported" else chooser.switch
        pick = decide(chooser_probs(chooser, feats), cur_n, sw, chooser.keep)
        ids = cands[pick].ids if pick is not None else frozenset()
        if q.mode == "Reported":
            if ids:
                # a Reported quote with a frame is an Indirect one in quotes-de (its Reported quotes have no cue)
                q.cue, q.mode = _spans_of(toks, set(ids)), "Indirect"
            continue
        if ids != cur:
            q.cue = _spans_of(toks, set(ids))


def _is_phrase_at(doc, i: int, words: list[str]) -> bool:
    return i + len(words) <= len(doc) and all(doc[i + n].text.lower() == w for n, w in enumerate(words))


def tidy_cues(doc, toks: list[Tok], quotes: list) -> None:
    """Cue words quotes-de does not mark, taken out of every quote's cue (in place; claims.toml
    [model] cue_tidy, the last step of extract_quotes):

    * a cue whose verbs are all finite and Konjunktiv ("Er gehe davon aus, dass …", "die Organisation
      unterstütze „…“"): such a verb is itself reported speech, part of someone's message, not the frame
      that reports it; gold leaves these quotes cue-less or cues them elsewhere. A Konjunktiv auxiliary
      with its participle ("habe … geschrieben") is a reporting frame and stays. The words move to
      ``act``, which the claims stage reads when there is no cue (certainty: "bestreite" stays denied);
    * a cue that lies wholly inside the message of a free indirect quote (IndirectFreeIndirect /
      FreeIndirect: reported speech without a frame of its own) is part of that speech: "…, dass es
      darauf ankäme, zwischen „dem Guten“ und „dem Bösen“ zu unterscheiden" gives the quoted
      fragments no cue; it moves to ``act`` as above;
    * the words of a fixed adverbial phrase ([de] cue_not_phrases: "darüber hinaus", "moreover");
    * of two full verbs in the cue of a quote that is not Direct, when the message hangs on only one of them,
      the other leaves with its particle and auxiliaries ("Er war … Minister und sagte, …": "war sagte" ->
      "sagte"). For Direct quotes the parse links the quotation to either verb too often (train: -13).
    """
    from .quotes import _spans_of, _tok_ids

    if doc is None or not quotes or not doc.has_annotation("MORPH"):
        return
    phrases = [p.lower().split() for p in config().get("de", {}).get("cue_not_phrases", [])]
    starts = [t.start for t in toks]
    free = [(q, _tok_ids(toks, q.message, starts)) for q in quotes
            if not q.nested and q.mode in ("IndirectFreeIndirect", "FreeIndirect")]
    for q in quotes:
        if not q.cue:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        if cue and any(o is not q and cue <= m for o, m in free):
            if not q.act:
                q.act = list(q.cue)
            q.cue = []
            continue
        ids = sorted(toks[k].i for k in cue if toks[k].i >= 0)
        drop: set[int] = set()
        for p in phrases:
            for j in ids:
                for i in range(max(0, j - len(p) + 1), j + 1):
                    if _is_phrase_at(doc, i, p):
                        drop.update(k for k in cue if i <= toks[k].i < i + len(p))
        verbs = [doc[i] for i in ids if doc[i].pos_ in ("VERB", "AUX")]
        fin = [v for v in verbs if "Fin" in v.morph.get("VerbForm")]
        if fin and len(fin) == len(verbs) and all(_konjunktiv_i(v) for v in fin):
            if not q.act:
                q.act = list(q.cue)
            q.cue = []
            continue
        if q.mode != "Direct" and sum(1 for v in verbs if v.pos_ == "VERB") > 1:
            drop |= _other_verbs(doc, toks, cue, _tok_ids(toks, q.message, starts))
        if drop:
            q.cue = _spans_of(toks, cue - drop)
    model = config().get("model", {})
    if model.get("cue_tidy_free_frame", False):
        free_frames(doc, toks, quotes, starts)
    if model.get("cue_tidy_noun_verb", False):
        noun_verbs(doc, toks, quotes, starts)
    if model.get("cue_tidy_after_direct", False):
        after_direct(doc, toks, quotes, starts)
    if model.get("cue_tidy_wie_verb", False):
        wie_verbs(doc, toks, quotes, starts)
    if model.get("cue_tidy_source_prep", False):
        source_preps(doc, toks, quotes, starts)
    if model.get("cue_tidy_als_direct", False):
        als_direct(doc, toks, quotes, starts)
    if model.get("cue_tidy_adjunct_pp", False):
        adjunct_pps(doc, toks, quotes, starts)


def free_frames(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue-less free or Reported quote (FreeIndirect, IndirectFreeIndirect, Reported; not nested) takes the
    source frame of its sentences as cue ("Nach Angaben der Polizei sollen …", "Seiner Meinung nach hätte …",
    "…, wonach …"): quotes-de frames such a sentence as an Indirect quote with that cue. The extractor's frame
    back-off (quotes.fill_missing_cues) runs before the act classifier adds its quotes and only for Indirect ones.
    A frame that is another quote's cue stays that quote's."""
    from .quotes import TSpan, _frame_word, _spans_of, _tok_ids, cue_complex, rule_quote_depth

    todo = [q for q in quotes if not q.cue and not q.nested and q.message
            and q.mode in ("FreeIndirect", "IndirectFreeIndirect", "Reported")]
    if not todo or not doc.has_annotation("DEP"):
        return
    inq = rule_quote_depth(toks)
    speech = frozenset(config().get("de", {}).get("indirect_lemmas", []))
    lx = lexicon("de")
    for q in todo:
        ids = _tok_ids(toks, q.message, starts)
        if not ids:
            continue
        sents = {toks[k].sent for k in ids}
        used = {k for o in quotes if o is not q and o.cue for k in _tok_ids(toks, o.cue, starts)}
        cand = [k for k in range(len(toks)) if toks[k].sent in sents and k not in used]
        pick = _frame_word(doc, toks, cand, ids, inq, speech, lx)
        if pick is None:
            continue
        got = cue_complex(doc, toks, [TSpan(pick, pick + 1, "CUE")], [])
        q.cue = _spans_of(toks, {j for c in got for j in range(c.i, c.j)})


def _konjunktiv_i(v) -> bool:
    """A finite Konjunktiv I ("gehe", "unterstütze"). A past-tense Konjunktiv ("stellten", "betonte") is left
    out: for weak verbs it has the form of the indicative preterite, the ordinary speech-verb frame
    ("Beamte stellten fest, dass …"), and the tagger cannot tell the two apart."""
    return "Sub" in v.morph.get("Mood") and "Past" not in v.morph.get("Tense")


def governs(doc, msg_i, vi: int, steps: int = 6) -> bool:
    """Whether a message token (doc indices ``msg_i``) hangs on the token ``vi`` within ``steps`` head steps."""
    for i in msg_i:
        t = doc[i]
        for _ in range(steps):
            if t.head.i == vi:
                return True
            if t.head.i == t.i:
                break
            t = t.head
    return False


def _other_verbs(doc, toks: list[Tok], cue: set[int], msg: set[int]) -> set[int]:
    """The cue tokens of the full verbs the message does not hang on (with their particles and auxiliaries),
    when it hangs on exactly one full verb of the cue (within six head steps) and the others stand apart from it
    (coordinated, or neither the head of the other)."""
    msg_i = [toks[k].i for k in msg if toks[k].i >= 0]
    verbs = [k for k in cue if toks[k].i >= 0 and doc[toks[k].i].pos_ == "VERB"]
    gov = [k for k in verbs if governs(doc, msg_i, toks[k].i)]
    if len(gov) != 1:
        return set()
    kv = doc[toks[gov[0]].i]
    out: set[int] = set()
    for k in verbs:
        v = doc[toks[k].i]
        if k == gov[0] or not (v.dep_ == "conj" or kv.dep_ == "conj" or v.head.i != kv.i and kv.head.i != v.i):
            continue
        out |= {j for j in cue if toks[j].i >= 0 and (j == k or doc[toks[j].i].head.i == v.i
                                                       and doc[toks[j].i].dep_ in ("compound:prt", "aux", "aux:pass"))}
    return out


# the relations of a cue noun to the verb it hangs on that make that verb part of the cue ("widersprach der Ansicht")
NOUN_CUE_DEPS = ("obj", "obl", "obl:arg", "iobj", "nsubj")
# closing quotation marks a Direct quote's frame may follow
CLOSING_MARKS = frozenset({"“", '"', "”", "«", "»", "'"})


def _verb_complex(v) -> set[int]:
    """Doc indices of a verb with its particle and auxiliaries."""
    return {v.i} | {c.i for c in v.children if c.dep_ in ("compound:prt", "aux", "aux:pass")}


def _doc_ids(toks: list[Tok], ks) -> set[int]:
    return {toks[k].i for k in ks if toks[k].i >= 0}


def _set_cue(toks: list[Tok], q, doc_ids: set[int]) -> None:
    from .quotes import _spans_of

    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    q.cue = _spans_of(toks, {by_i[i] for i in doc_ids if i in by_i})


def noun_verbs(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue of nouns without a verb ("der Ansicht", "die These": the CRF tagged the light-verb noun, no path added
    its verb) takes the verb its first noun hangs on as object, oblique or subject, with the verb's particle and
    auxiliaries, outside the message: quotes-de cues the whole "widersprach der Ansicht", "vertritt die These"
    (claims.toml [model] cue_tidy_noun_verb)."""
    from .quotes import _tok_ids

    for q in quotes:
        if not q.cue:
            continue
        ids = sorted(_doc_ids(toks, _tok_ids(toks, q.cue, starts)))
        if not ids or any(doc[i].pos_ in ("VERB", "AUX") for i in ids):
            continue
        nouns = [doc[i] for i in ids if doc[i].pos_ == "NOUN"]
        if not nouns or nouns[0].dep_ not in NOUN_CUE_DEPS:
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        h = nouns[0].head
        if h.pos_ != "VERB" or h.i in msg:
            continue
        _set_cue(toks, q, set(ids) | (_verb_complex(h) - msg))


def after_direct(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A Direct quote (not nested) still without a cue takes the finite verb right after its closing mark and an
    optional comma, with its complex (and a "so" before it): the inverted frame "„…“, strich Romney heraus",
    "„…“ fragen sich Experten", "„…“, wird Panetta zitiert". An auxiliary or modal brings its main verb ("wollen
    … wissen") (claims.toml [model] cue_tidy_after_direct)."""
    from .quotes import _tok_ids

    for q in quotes:
        if q.cue or q.nested or q.mode != "Direct" or not q.message:
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not msg:
            continue
        j = max(msg) + 1
        while j < len(doc) and doc[j].text in CLOSING_MARKS:
            j += 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        so = None
        if j < len(doc) and doc[j].text.lower() == "so":
            so, j = j, j + 1
        if j >= len(doc):
            continue
        v = doc[j]
        if v.pos_ not in ("VERB", "AUX") or "Fin" not in v.morph.get("VerbForm"):
            continue
        main = v.head if v.pos_ == "AUX" and v.dep_ in ("aux", "aux:pass", "cop") else v
        ids = _verb_complex(main) | {v.i}
        if main.pos_ == "AUX":
            ids |= {c.i for c in main.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > main.i}
        if so is not None:
            ids.add(so)
        ids -= msg
        if ids:
            _set_cue(toks, q, ids)


def wie_verbs(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue that is a bare "wie" ("…, wie Alan Stern, Direktor …, betont.") takes the verb that closes its clause: the
    first full verb within 24 words that stands before punctuation (or before an auxiliary that does), with its
    complex and that auxiliary, stopping at the message or a colon/semicolon. The parse often hangs "wie" on the
    subject, so the frame rules that read the parse leave the verb out; quotes-de cues "wie … betont"
    (claims.toml [model] cue_tidy_wie_verb)."""
    from .quotes import _tok_ids

    for q in quotes:
        if not q.cue:
            continue
        ids = sorted(_doc_ids(toks, _tok_ids(toks, q.cue, starts)))
        if len(ids) != 1 or doc[ids[0]].text.lower() != "wie":
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        w = doc[ids[0]]
        verb = None
        for j in range(w.i + 1, min(w.sent.end, w.i + 25)):
            t = doc[j]
            if t.i in msg or t.text in (";", ":"):
                break
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if t.pos_ == "VERB" and (nxt is None or nxt.is_punct or nxt.pos_ == "AUX"
                                     and (j + 2 >= len(doc) or doc[j + 2].is_punct)):
                verb = t
                break
        if verb is None:
            continue
        got = _verb_complex(verb)
        if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "AUX":
            got.add(verb.i + 1)
        _set_cue(toks, q, ({w.i} | got) - msg)


SOURCE_PREPS = ("laut", "zufolge", "gemäß")


def source_preps(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue that holds a source preposition ("laut", "zufolge", "gemäß") and verbs none of which the message hangs on
    (within six head steps) keeps the preposition alone: in "Laut der Website … wird die „Hvalur 9“ … bereit sein" the
    auxiliary the taggers added belongs to the reported clause; quotes-de cues "Laut" (claims.toml [model]
    cue_tidy_source_prep)."""
    from .quotes import _tok_ids

    for q in quotes:
        if not q.cue:
            continue
        ids = sorted(_doc_ids(toks, _tok_ids(toks, q.cue, starts)))
        preps = {i for i in ids if doc[i].text.lower() in SOURCE_PREPS}
        verbs = [i for i in ids if doc[i].pos_ in ("VERB", "AUX")]
        if not preps or not verbs:
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if any(governs(doc, msg, i) for i in verbs if doc[i].pos_ == "VERB"):
            continue
        _set_cue(toks, q, preps)


OPENING_MARKS = frozenset({"„", '"', "«", "»", "‚", "'"})


def als_direct(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A Direct quote whose cue holds a verb and whose opening mark follows "als" ("bezeichnete die Pläne als „…“",
    "wies alle Vorwürfe als „haltlos“ zurück", "rechtfertigte den Einsatz als „defensiver Natur“") takes that "als"
    into its cue: quotes-de cues the naming frame with its "als". finish_cues adds it only for the verbs of
    [de] cue_als_lemmas; here the word order alone decides, so any verb the taggers cued qualifies, and a parse that
    hangs the "als" phrase elsewhere does not matter (claims.toml [model] cue_tidy_als_direct)."""
    from .quotes import _tok_ids

    for q in quotes:
        if not q.cue or q.mode != "Direct" or not q.message:
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not msg:
            continue
        j = min(msg) - 1
        while j >= 0 and doc[j].text in OPENING_MARKS:
            j -= 1
        if j < 0 or doc[j].text.lower() != "als":
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        if j in cue or not any(doc[i].pos_ in ("VERB", "AUX") for i in cue):
            continue
        _set_cue(toks, q, cue | {j})


def adjunct_pps(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """An adjunct prepositional phrase of a cue verb leaves the cue: "sagte zu den Anschuldigungen, dass …", "in denen
    es zu den Protesten vom Sonntag auch heißt, dass …", "Angesichts solcher Alternativen nannte …". The roles tagger
    labels contiguous spans, so a phrase between the verb and the message (or before a sentence-initial verb) joins
    the cue; quotes-de's cue is the verb complex without the topic, place or occasion ("sagte", "es heißt"). Only
    phrases opening with a preposition of [de] cue_adjunct_preps whose noun hangs on a verb of the cue (obl / nmod)
    go, and never a light-verb noun or a "mit den Worten" noun ([de] light_verb_nouns, cue_words_nouns: "kam zu dem
    Schluss", "zog mit der Begründung zurück"); a cue is never emptied (claims.toml [model] cue_tidy_adjunct_pp)."""
    from .quotes import _tok_ids

    de = config().get("de", {})
    preps = frozenset(w.lower() for w in de.get("cue_adjunct_preps", []))
    if not preps:
        return
    keep = frozenset(w.lower() for w in de.get("light_verb_nouns", [])) | \
        frozenset(w.lower() for w in de.get("cue_words_nouns", []))
    for q in quotes:
        if not q.cue:
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        drop: set[int] = set()
        for i in cue:
            p = doc[i]
            n = p.head
            if p.dep_ != "case" or p.pos_ != "ADP" or p.text.lower() not in preps or n.dep_ not in ("obl", "nmod"):
                continue
            if n.head.i not in cue or n.head.pos_ not in ("VERB", "AUX"):
                continue
            if n.lemma_.lower() in keep or n.text.lower() in keep:
                continue
            drop |= {x.i for x in n.subtree} & cue
        if drop and cue - drop:
            _set_cue(toks, q, cue - drop)


def late_cues(doc, toks: list[Tok], quotes: list) -> None:
    """Cue steps that run after the quote judge, last in extract_quotes (so the judge, which reads a cue's length,
    and every step before see the quotes as they were trained); each its own claims.toml [model] key."""
    model = config().get("model", {})
    if doc is None or not quotes or not doc.has_annotation("DEP"):
        return
    starts = [t.start for t in toks]
    if model.get("cue_chain_fragments", False):
        chain_fragments(toks, quotes, starts)
    if model.get("cue_late_complements", False):
        late_complements(doc, toks, quotes)
    if model.get("cue_drop_stop_adverbs", False):
        stop_adverbs(doc, toks, quotes, starts)
    if model.get("cue_late_own_frame", False):
        own_frames(doc, toks, quotes, starts)
    if model.get("cue_late_head", False):
        late_heads(doc, toks, quotes, starts)
    if model.get("cue_late_verb_prefix", False):
        verb_prefixes(doc, toks, quotes, starts)
    if model.get("cue_light_verb_noun", False):
        light_verb_nouns(doc, toks, quotes, starts)


def chain_fragments(toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue-less nested Direct fragment inside a cue-less IndirectFreeIndirect quote takes the cue of the nearest
    earlier cued Direct / Indirect quote when that quote starts at most one sentence before the enclosing one: the
    fragments of a frameless Konjunktiv continuation ("Die Geheimklauseln … seien „alamierend“.") carry the frame of
    the sentence that opened the report in quotes-de (train: 24 of 36 such gold fragments have a cue, mostly that
    quote's) (claims.toml [model] cue_chain_fragments)."""
    from bisect import bisect_right

    def sent(ch: int) -> int:
        return toks[max(0, bisect_right(starts, ch) - 1)].sent

    tops = [q for q in quotes if not q.nested and q.message]
    for q in quotes:
        if not (q.nested and q.mode == "Direct" and not q.cue and q.message):
            continue
        a, b = q.message[0][0], q.message[-1][1]
        outer = [o for o in tops if o.message[0][0] <= a and o.message[-1][1] >= b]
        if not outer or outer[0].mode != "IndirectFreeIndirect" or outer[0].cue:
            continue
        o = outer[0]
        prev = [p for p in tops if p.message[0][0] < o.message[0][0] and p.cue and p.mode in ("Indirect", "Direct")]
        if prev:
            p = max(prev, key=lambda p: p.message[0][0])
            if sent(o.message[0][0]) - sent(p.message[0][0]) <= 1:
                q.cue = list(p.cue)


def late_complements(doc, toks: list[Tok], quotes: list, *, max_gap: int = 12, **extensions) -> None:
    """A cue-less Reported / free quote (not nested; the act classifier's whole-sentence quotes among them: "Greenpeace
    fordert, die Firma … haftbar zu machen.", "räumte Jennifer Lopez ein, seit … davon geträumt zu haben") whose sentence
    holds "<speech verb> …, <complement>" becomes quotes-de's Indirect quote of that clause with the verb as cue
    (quotes_rules.reported_complements, which runs before the act classifier and on Reported quotes only; here last, on
    all three modes, with the learned cue words as further verbs and up to 12 words before the comma); finish_cues
    completes the cue (claims.toml [model] cue_late_complements). ``extensions``: reported_complements' unshipped
    keyword options, for cue_r23_ab.py."""
    from .quotes import finish_cues
    from .quotes_rules import reported_complements

    de = config().get("de", {})
    todo = [q for q in quotes if not q.cue and not q.nested and q.message
            and q.mode in ("Reported", "IndirectFreeIndirect", "FreeIndirect")]
    if not todo:
        return
    lemmas = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", []))
    stems = tuple(de.get("indirect_stems", [])) + tuple(de.get("reported_stems", [])) + \
        tuple(sorted(lexicon("de").cue_words))
    mode = {id(q): q.mode for q in todo}
    for q in todo:
        q.mode = "Reported"
    reported_complements(doc, toks, todo, lemmas, stems, tuple(de.get("indirect_zu_stems", [])), max_gap=max_gap,
                         **extensions)
    for q in todo:
        if q.mode == "Reported":
            q.mode = mode[id(q)]
        else:
            finish_cues(doc, toks, [q])


def stop_adverbs(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """Adverbs of [de] cue_stop_adverbs ("nun", "jedoch", "dagegen", "bereits" …) that the taggers' contiguous cue span
    took in leave the cue when they modify a verb (advmod) or the parse made them a head (ROOT, xcomp): quotes-de's cue is
    the verb complex without them. A cue is never emptied (claims.toml [model] cue_drop_stop_adverbs)."""
    from .quotes import _spans_of, _tok_ids

    stop = frozenset(w.lower() for w in config().get("de", {}).get("cue_stop_adverbs", []))
    if not stop:
        return
    for q in quotes:
        if not q.cue:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        drop = {k for k in cue if toks[k].i >= 0 and doc[toks[k].i].text.lower() in stop
                and doc[toks[k].i].dep_ in ("advmod", "ROOT", "xcomp")}
        if drop and set(cue) - drop:
            q.cue = _spans_of(toks, set(cue) - drop)


def _speech_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Speech-verb lemmas ([de] indirect / reported / direct lemmas) and stems (indirect / reported stems and the
    learned cue words) that the late frame steps accept."""
    de = config().get("de", {})
    lemmas = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", [])) | \
        frozenset(de.get("direct_lemmas", []))
    stems = tuple(de.get("indirect_stems", [])) + tuple(de.get("reported_stems", [])) + \
        tuple(sorted(lexicon("de").cue_words))
    return lemmas, stems


def _is_speech(v, lemmas: frozenset[str], stems: tuple[str, ...]) -> bool:
    from .quotes_rules import _stem_key, _verb_lemma

    return _verb_lemma(v) in lemmas or (bool(stems) and (_stem_key(v).startswith(stems)
                                                          or v.text.lower().startswith(stems)))


def own_frames(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue-less quote of one sentence (not nested; any mode but Direct) that reads "<clause with a Konjunktiv>,
    <speech verb> <subject> …" ("Alle libyschen Gebiete seien unter der Kontrolle des Nationalen Übergangsrates, sagte
    Charles Bouchard, …", "…, könnten keine Aussagen … gemacht werden, heißt es in dem Bericht") is quotes-de's Indirect
    quote of the clause: message = the clause before the comma, cue = the verb's complex, speaker = its subject. The
    taggers or the act classifier took the whole sentence as a frameless or Reported quote (claims.toml [model]
    cue_late_own_frame)."""
    from .quotes import _spans_of, _tok_ids, finish_cues
    from .quotes_rules import FINITE_TAGS, parse_subject

    lemmas, stems = _speech_words()
    for q in quotes:
        if q.cue or q.nested or not q.message or q.mode == "Direct":
            continue
        msg = sorted(_tok_ids(toks, q.message, starts))
        if not msg or len({toks[k].sent for k in msg}) != 1:
            continue
        a0 = msg[0]
        for k in msg[1:]:
            if toks[k - 1].text != "," or toks[k].i < 0:
                continue
            clause = range(a0, k - 1)
            # a clause of three words or more with a finite verb and a Konjunktiv: reported speech before its frame
            if sum(1 for j in clause if toks[j].text[:1].isalnum()) < 3 \
                    or not any(toks[j].i >= 0 and doc[toks[j].i].tag_ in FINITE_TAGS for j in clause) \
                    or not any(toks[j].mood_sub for j in clause):
                continue
            v = doc[toks[k].i]
            if v.pos_ != "VERB" or v.tag_ != "VVFIN" or not v.text[:1].islower() or not _is_speech(v, lemmas, stems):
                continue
            rng = parse_subject(doc, toks, k, set(range(a0, k)))
            if rng is None or rng[0] <= k:
                continue
            q.mode, q.inherited = "Indirect", False
            q.message, q.cue = _spans_of(toks, set(clause)), _spans_of(toks, {k})
            q.speaker = _spans_of(toks, set(range(rng[0], rng[1])))
            finish_cues(doc, toks, [q])
            break


def late_heads(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """A cue-less Indirect quote (not nested) whose message hangs on a speech verb outside it in its sentence (the
    first verb above the message's first top token, at most three head steps) takes that verb's complex as cue: "Ein
    Sprecher der Rettungsdienste erklärte, er gehe nicht davon aus, dass …" loses "erklärte" on the way (a rule frame
    takes the inner "gehe davon aus", tidy_cues moves that Konjunktiv to the act, konjunktiv_frame_heads gives the
    message its clause back), "Lorenzen spekuliert in seinen Aussagen, die Motivation … seien …" hangs on its verb
    with a relation fill_missing_cues does not read (claims.toml [model] cue_late_head)."""
    from .quotes import _tok_ids, finish_cues

    lemmas, stems = _speech_words()
    for q in quotes:
        if q.cue or q.nested or not q.message or q.mode != "Indirect":
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        tops = [doc[i] for i in sorted(msg) if doc[i].head.i not in msg]
        if not tops:
            continue
        t, sent, pick = tops[0], tops[0].sent, None
        for _ in range(3):
            h = t.head
            if h.i == t.i or h.i in msg or not (sent.start <= h.i < sent.end):
                break
            if h.pos_ == "VERB" and h.text[:1].islower():
                pick = h
                break
            t = h
        if pick is None or not _is_speech(pick, lemmas, stems):
            continue
        _set_cue(toks, q, _verb_complex(pick) - msg)
        finish_cues(doc, toks, [q])


# the tags the parser gives a separated verb part it does not call a particle (PTKVZ is finish_cues' case)
PREFIX_TAGS = frozenset({"ADJD", "ADV"})


def verb_prefixes(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """The separated first part of a speech verb that the parser does not call a particle joins the cue: "gab … bekannt",
    "Wie … bekannt gab" (de_core tags "bekannt" ADJD, so finish_cues' particle test misses it; quotes-de's cue is the
    whole verb complex). A word hanging on a cue verb (same sentence, outside the message and quotation marks) whose
    form joined to the verb's lemma is a lemma of the speech lists ([de] indirect / reported / direct lemmas:
    "bekannt" + "geben"), tagged ADJD or ADV (a preposition "aus" of "sagte … aus der Sicht" is no part), joins the cue (claims.toml [model] cue_late_verb_prefix)."""
    from .quotes_rules import rule_quote_depth

    lemmas, _ = _speech_words()
    inq = []

    def joins(v, w, j):
        if w.tag_ not in PREFIX_TAGS or w.text.lower() + v.lemma_.lower() not in lemmas:
            return False
        if not inq:
            inq.append(rule_quote_depth(toks))
        return not inq[0][j]

    join_to_cue_verbs(doc, toks, quotes, starts, joins)


# what comes with a light-verb noun into the cue: its article and adjectives before it ("eine deutliche Mahnung")
NOUN_LEFT_DEPS = frozenset({"det", "det:poss", "amod"})
LIGHT_NOUN_DEPS = frozenset({"obj", "nsubj", "nsubj:pass"})


def light_verb_nouns(doc, toks: list[Tok], quotes: list, starts: list[int]) -> None:
    """The noun of a light-verb frame joins the cue of its verb: quotes-de cues "stellten die Theorie auf", "wagte die
    Prognose", "bestätigte den Verdacht", "herrschte die Meinung vor", where the taggers and the cue steps keep the verb
    alone (noun_verbs does the converse, a noun cue without its verb). A noun that is the object or subject of a verb or
    auxiliary of the cue, whose lemma is in [de] light_verb_nouns, in the verb's sentence and outside the quote's message
    and speaker, joins with the article and adjectives before it. A nested quote carries its outer quote's cue, so both
    get the same words (claims.toml [model] cue_light_verb_noun; de_quotes card, Round 29, q1)."""
    from .quotes import _spans_of, _tok_ids

    nouns = frozenset(w.lower() for w in config().get("de", {}).get("light_verb_nouns", []))
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    for q in quotes:
        if not q.cue:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        off = _tok_ids(toks, q.message, starts) | _tok_ids(toks, q.speaker, starts)
        add: set[int] = set()
        for k in cue:
            if toks[k].i < 0 or doc[toks[k].i].pos_ not in ("VERB", "AUX"):
                continue
            for n in doc[toks[k].i].children:
                j = by_i.get(n.i)
                if j is None or j in cue or j in off or n.pos_ != "NOUN" or n.dep_ not in LIGHT_NOUN_DEPS \
                        or n.lemma_.lower() not in nouns or toks[j].sent != toks[k].sent:
                    continue
                group = {j}
                for w in n.children:
                    jw = by_i.get(w.i)
                    if w.i < n.i and w.dep_ in NOUN_LEFT_DEPS and jw is not None and jw not in off:
                        group.add(jw)
                add |= group
        if add:
            q.cue = _spans_of(toks, cue | add)


def join_to_cue_verbs(doc, toks: list[Tok], quotes: list, starts: list[int], joins) -> None:
    """A word hanging on a cue verb, or that the verb hangs on, in the verb's sentence and outside the cue and the
    message, joins the cue when ``joins(verb, word, tok_index)`` says so (verb_prefixes; cue_r25_ab.py's candidates
    use it too, so a measured variant offers the same words as the shipped rule)."""
    from .quotes import _spans_of, _tok_ids

    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    for q in quotes:
        if not q.cue:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        msg = _tok_ids(toks, q.message, starts)
        add = set()
        for k in cue:
            if toks[k].i < 0 or doc[toks[k].i].pos_ != "VERB":
                continue
            v = doc[toks[k].i]
            # the parser hangs the part on the verb or, as a predicative adjective, the verb on it
            for w in list(v.children) + [v.head]:
                j = by_i.get(w.i)
                if j is not None and j not in cue and j not in msg and toks[j].sent == toks[k].sent and joins(v, w, j):
                    add.add(j)
        if add:
            q.cue = _spans_of(toks, cue | add)


# the marks that may open a quoted name ("„Parchin“", "»Touareg«", "\"Starke Schulen\"")
NAME_MARKS = frozenset({"\u201e", "\u201c", "\"", "\u00bb", "\u00ab", "\u201a"})
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def quoted_names(doc, toks: list[Tok], quotes: list) -> list:
    """A Direct quote (nested or not) that is one quoted phrase of at most eight words without a finite verb, opening with
    a capital, whose opening mark stands right after a common noun, is a name or title in apposition to that noun ("die
    Anlagen „Parchin“", "unter dem Motto „Mut und Leidenschaft“", "der Wettbewerb „Starke Schulen“"), not a quote: it
    goes, with the quotes nested in it. Returns the quotes kept (claims.toml [model] quoted_name_apposition; last in
    extract_quotes)."""
    from .quotes import _tok_ids

    starts = [t.start for t in toks]
    gone = []
    for q in quotes:
        if q.mode != "Direct" or not q.message:
            continue
        ks = sorted(_tok_ids(toks, q.message, starts))
        words = [k for k in ks if toks[k].text[:1].isalnum()]
        if not words or len(words) > 8 or any(toks[k].i < 0 for k in words):
            continue
        first = ks[0]
        while first < len(toks) and toks[first].text in NAME_MARKS and first <= ks[-1]:
            first += 1
        # the mark opens the message (the taggers' span may start at it or just after it)
        mark = first - 1
        if mark < 0 or toks[mark].text not in NAME_MARKS or toks[mark].i < 1 or first != words[0]:
            continue
        if any(toks[k].text in NAME_MARKS for k in ks if k > mark and k < words[-1]):
            continue
        before = doc[toks[mark].i - 1]
        if before.pos_ != "NOUN" or not toks[words[0]].text[:1].isupper() \
                or any(doc[toks[k].i].tag_ in FINITE for k in words):
            continue
        gone.append(q)
    if not gone:
        return quotes
    spans = [(g.message[0][0], g.message[-1][1]) for g in gone]
    return [q for q in quotes if not any(q is g for g in gone)
            and not (q.nested and any(a <= q.message[0][0] and q.message[-1][1] <= b for a, b in spans))]
