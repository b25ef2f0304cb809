"""A/B of extra join-scorer features on cached parses (issue #3, round 21, h8; de_core card "Round 21").

The glued-join scorer (models/de_glue, ``Segmenter.join_candidates``) misses most joins where the
second sentence opens on a noun or name ("… ums Leben gekommen | Polizisten sagten …"). This script
tries features for them without touching the shipped segmenter: each variant adds features to the
candidates' own, is re-fit as glue_joins.py does (logistic regression, C = 3) on quotes-de train
glued variants, and is scored by the same document-grouped 5-fold CV (joins added / true / false at
each threshold); the model fit on all of train is then applied to quotes-de dev glued variants and
to untouched text (quotes-de dev and train, 10kGNAD), printing the joins it adds (true ones where
gold exists). ``shipped`` is models/de_glue/joins.json itself (in-sample on train).

Feature groups (``--variants``, joined by "+"):

* ``open``: how often the capitalised word, as written, opens a sentence (after . ! ? or at a line
  start) against how often it stands capitalised mid-sentence, counted on quotes-de TRAIN's untouched
  text (unlabelled: punctuation, not gold); ``sg.rate_bucket`` strings. Cross-fitted: a train
  document's candidates read counts from the other CV folds' documents only (the glued variant's
  deleted period is in its own untouched text); dev and untouched sets read all of train.
* ``end``: the same for the lower-case left word ending a sentence (before . ! ?).
* ``lemma``: ``open`` and ``end`` by our lemmatiser's lemma.
* ``ext``: adds SpkAtt-2023 and CoNLL-2003 German counts (glue_joins.py's round-15 lexicon text).
* ``doc``: whether the capitalised word opens another sentence / stands mid-sentence elsewhere in
  the same document (read at run time from the document itself).
* ``name``: whether the two words stand side by side elsewhere in the article (a two-word name,
  "Joseph | Kabila") and whether the capitalised word stands after another capitalised word elsewhere
  (a surname introduced with its first name, "Kathrin Passig … in Berlin | Passig ist"), the latter
  with the left word's tag and whether a finite verb follows directly.
* ``rv``: the right side's finite verb (our tags), the token after it (end of sentence, comma, word)
  and HanTa's tag of the word when ours is VVFIN: a "finite verb" right before a period is mostly a
  participle ending the first side's clause ("… an | Bord vermisst.").

    python -m training.ud.segment_join_ab --cache-dir training/runs/segment_cache \
        --variants shipped base open open+end rv rv+open+end doc open+ext

The cache directory is segment_census.py's (pre-segmenter parses, built on first use).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from newsgraph.eval import segment as es
from newsgraph.nlp import segment as sg

from .segment_census import cached_docs

SEG = Path("training/corpus/segment")
APPLY = ("quotes_glued", "quotes_plain", "quotes_train_plain", "gnad_plain")
_TERM = frozenset([".", "!", "?", "…", "...", "?!", "!?"])
_OPENERS = frozenset(["„", "“", "”", '"', "«", "»", "(", "'", "‚", "‘", "–", "-"])
OVERRIDE: dict = {}  # --set: segmenter rules for every variant's candidates (round 25: join_clause_pair=true)


def doc_counts(doc) -> Counter:
    """Per document: ("wo"/"wm", word) a capitalised word opening a sentence / mid-sentence;
    ("we"/"wn", word) a lower-case word before . ! ? / before another word; "l…" the same by lemma."""
    c: Counter = Counter()
    toks = [t for t in doc if not t.is_space]
    text = doc.text
    for k, t in enumerate(toks):
        m = k - 1
        while m >= 0 and toks[m].text in _OPENERS:
            m -= 1
        if t.is_alpha and t.text[:1].isupper():
            newline = k == 0 or "\n" in text[toks[k - 1].idx + len(toks[k - 1].text) : t.idx]
            kind = ("o" if m < 0 or newline or toks[m].text in _TERM
                    else "m" if toks[m].text[-1:].isalnum() or toks[m].text == "," else None)
            if kind:
                c[("w" + kind, t.text)] += 1
                c[("l" + kind, t.lemma_)] += 1
        if t.is_alpha and t.is_lower and k + 1 < len(toks):
            n = toks[k + 1]
            if "\n" in text[t.idx + len(t.text) : n.idx]:
                continue
            kind = "e" if n.text in _TERM else "n" if n.text[:1].isalnum() else None
            if kind:
                c[("w" + kind, t.lower_)] += 1
                c[("l" + kind, t.lemma_.lower())] += 1
    return c


def ext_counts() -> Counter:
    from .glue_joins import _lexicon_sentences

    c: Counter = Counter()
    for toks in _lexicon_sentences():
        first = next((k for k, t in enumerate(toks) if t not in _OPENERS), None)
        for k, t in enumerate(toks):
            if t.isalpha() and t[:1].isupper():
                if k == first:
                    c[("wo", t)] += 1
                elif toks[k - 1][-1:].isalnum() or toks[k - 1] == ",":
                    c[("wm", t)] += 1
            if t.isalpha() and t.islower() and k + 1 < len(toks):
                if toks[k + 1] in (".", "!", "?"):
                    c[("we", t)] += 1
                elif toks[k + 1][:1].isalnum():
                    c[("wn", t)] += 1
    return c


def candidates(name: str, cache_dir: Path) -> tuple[list[dict], list[Counter]]:
    """The join scorer's candidates of a set (rules' boundaries only, as in training), with gold
    labels where the set has them, the words around the join and the right side's verb."""
    path = SEG / (name + ".jsonl")
    rows = es.read_gold(path)
    docs = cached_docs(path, cache_dir, [r["text"] for r in rows])
    seg = sg.Segmenter("de")
    seg.rules = dataclasses.replace(seg.rules, join_model="", **OVERRIDE)
    out, counts = [], []
    for gi, (row, d0) in enumerate(zip(rows, docs, strict=True)):
        counts.append(doc_counts(d0))
        doc = seg(d0.copy())
        text = row["text"]
        gold = ({es._norm(text, s["start"]) for s in row["sentences"]}
                if row.get("sentences") is not None else None)
        starts = [bool(t.is_sent_start) for t in doc]
        toks = [t for t in doc if not t.is_space]
        pos = {t.i: k for k, t in enumerate(toks)}
        pairs = Counter((toks[m - 1].text, toks[m].text) for m in range(1, len(toks)))
        after_cap = Counter(toks[m].text for m in range(1, len(toks))
                            if sg._capitalised_word(toks[m - 1]) and sg._capitalised_word(toks[m]))
        for j, f in seg.join_candidates(doc, starts, None):
            k, o = pos[j], doc[j].idx
            a, b = toks[k - 1], toks[k]
            rv = {}
            for m in range(k + 1, min(len(toks), k + 15)):  # join_candidates' right-side scan
                t = toks[m]
                if starts[t.i] or t.text in sg._JOIN_STOP or t.tag_ == "KON" or t.text in seg.rules.terminal:
                    break
                if t.tag_ in sg._FIN:
                    nx = toks[m + 1].text if m + 1 < len(toks) else ""
                    rv = {"next": ("term" if nx in seg.rules.terminal else "comma" if nx == ","
                                   else "word" if nx[:1].isalnum() else "other"),
                          "tag": sg._hanta_word_tag(t.lower_)[:5] if t.tag_ == "VVFIN" else t.tag_}
                    break
            out.append({"g": gi, "f": f, "y": int(gold is not None and es._norm(text, o) in gold),
                        "pair_seen": pairs[(a.text, b.text)] > 1,
                        "b_after_cap": after_cap[b.text] - int(sg._capitalised_word(a)) > 0, "at": a.tag_,
                        "a": a.lower_, "b": b.text, "al": a.lemma_.lower(), "bl": b.lemma_, "rv": rv,
                        "where": (text[max(0, o - 45) : o], text[o : o + 25])})
    return out, counts


def features(c: dict, lex: Counter, doc: Counter, opts: set[str]) -> dict[str, float]:
    f = dict(c["f"])

    def rate(name: str, pos: tuple, neg: tuple) -> None:
        k = lex[pos]
        f[name + "=" + sg.rate_bucket(k, k + lex[neg])] = 1.0

    if "open" in opts:
        rate("bstart", ("wo", c["b"]), ("wm", c["b"]))
    if "end" in opts:
        rate("aend", ("we", c["a"]), ("wn", c["a"]))
    if "lemma" in opts:
        rate("blstart", ("lo", c["bl"]), ("lm", c["bl"]))
        rate("alend", ("le", c["al"]), ("ln", c["al"]))
    if "doc" in opts:
        ko, km = doc[("wo", c["b"])], doc[("wm", c["b"])] - 1  # the candidate itself stands mid-sentence
        f["docb=" + ("o" if ko else "-") + ("m" if km > 0 else "-")] = 1.0
    if "name" in opts:
        f[f"pairseen={int(c['pair_seen'])}"] = 1.0
        f[f"bintro={int(c['b_after_cap'])}|{c['at'][:2]}|{int(c['f'].get('finrpos=1', 0))}"] = 1.0
    if "rv" in opts and c["rv"]:
        rv = c["rv"]
        f["rvnext=" + rv["next"]] = f["rvh=" + rv["tag"]] = f[f"rvhn={rv['tag']}|{rv['next']}"] = 1.0
    return f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache-dir", type=Path, default=Path("training/runs/segment_cache"))
    ap.add_argument("--variants", nargs="+", default=["shipped", "base", "open", "open+end", "rv", "rv+open+end"])
    ap.add_argument("--C", type=float, default=3.0)
    ap.add_argument("--show", default="", help="variant whose added joins on the apply sets are printed")
    ap.add_argument("--set", action="append", default=[], help="Rules field=JSON value for the candidates, e.g. join_clause_pair=true")
    args = ap.parse_args(argv)
    for kv in args.set:
        k, v = kv.split("=", 1)
        OVERRIDE[k] = json.loads(v)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    train, train_docs = candidates("quotes_train_glued", args.cache_dir)
    _, plain_counts = candidates("quotes_train_plain", args.cache_dir)
    sets = {name: candidates(name, args.cache_dir) for name in APPLY}
    y = np.array([c["y"] for c in train])
    groups = np.array([c["g"] for c in train])
    folds = list(GroupKFold(5).split(np.zeros(len(y)), y, groups))
    fold_of = {int(groups[i]): fi for fi, (_, te) in enumerate(folds) for i in te}
    total = sum(plain_counts, Counter())
    held = [Counter() for _ in folds]
    for d, c in enumerate(plain_counts):
        if d in fold_of:
            held[fold_of[d]].update(c)
    ext = ext_counts() if any("ext" in v.split("+") for v in args.variants) else Counter()
    shipped = json.loads((Path("models") / sg.rules_for("de").join_model).read_text("utf-8"))
    print(f"train: {len(y)} candidates, {int(y.sum())} sentence starts; threshold: added / true / false")
    for variant in args.variants:
        opts = set(variant.split("+")) - {"base"}
        if variant == "shipped":
            w, bias = shipped["weights"], shipped["bias"]

            def score(cs, _dcs, _lex, w=w, bias=bias):
                return np.array([1 / (1 + math.exp(-(bias + sum(w.get(k, 0.0) * v for k, v in c["f"].items()))))
                                 for c in cs])
            oof = score(train, None, None)
            line = "shipped (in-sample) "
        else:
            full = total + ext if "ext" in opts else total
            lex = [full - h for h in held]
            X = [features(c, lex[fold_of[c["g"]]], train_docs[c["g"]], opts) for c in train]
            dv = DictVectorizer()
            M = dv.fit_transform(X)
            oof = np.zeros(len(y))
            for tr, te in folds:
                oof[te] = LogisticRegression(C=args.C, max_iter=5000).fit(M[tr], y[tr]).predict_proba(M[te])[:, 1]
            lr = LogisticRegression(C=args.C, max_iter=5000).fit(M, y)

            def score(cs, dcs, _lex, dv=dv, lr=lr, full=full, opts=opts):
                return lr.predict_proba(dv.transform([features(c, full, dcs[c["g"]], opts) for c in cs]))[:, 1]
            line = "CV "
        line = f"{variant:14s} " + line + "  ".join(
            f"{th}: {int((oof >= th).sum())}/{int(y[oof >= th].sum())}/{int((oof >= th).sum() - y[oof >= th].sum())}"
            for th in (0.95, 0.9, 0.85))
        for name, (cs, dcs) in sets.items():
            p = score(cs, dcs, None)
            sel = p >= 0.95
            line += f" | {name} {int(sel.sum())}/{sum(c['y'] for c, s in zip(cs, sel, strict=True) if s)}"
            if variant == args.show:
                for c, s, pi in zip(cs, sel, p, strict=True):
                    if s:
                        print(f"    {name} {pi:.3f} y={c['y']} …{c['where'][0]!r} | {c['where'][1]!r}")
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
