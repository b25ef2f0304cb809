"""Train the segmenter's glued-join scorer (newsgraph/nlp/segment.py, ``join_candidates``).

Candidates are the joins the glued rules leave alone: a word directly followed by a capitalised
word, same line, no boundary there. Positives are gold sentence starts among them (in the
glued variants mostly the joins whose period was deleted), negatives every other candidate.
Logistic regression over the segmenter's own features (``Segmenter.join_candidates``; since round
19 they include HanTa's known-word class of the capitalised word; ``--lexicon`` adds a small lexicon, how
often a word opens or ends a sentence in SpkAtt-2023 and CoNLL-2003 German text, never
quotes-de, stored in the same file; not shipped, see the de_core card); a document-grouped cross-validation
prints how many joins it would add and how many of them are false at each threshold, for
choosing ``join_threshold`` in newsgraph/config/segment.toml on train. Writes plain JSON
(feature -> weight, bias); scikit-learn is needed only here ([train] extra).

    python -m training.ud.glued_data --quotes-train     # training/corpus/segment/quotes_train_glued.jsonl
    python -m training.ud.glue_joins                    # -> models/de_glue/joins.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import Counter
from pathlib import Path

import numpy as np

from newsgraph.eval import segment as es
from newsgraph.nlp import load
from newsgraph.nlp import segment as sg

from .convert import SHARED as _SHARED_ROOT

THRESHOLDS = (0.95, 0.9, 0.85, 0.8, 0.7, 0.5)
SHARED = _SHARED_ROOT / "data"


def _lexicon_sentences():
    """Tokenised German sentences that are not quotes-de: SpkAtt-2023 Bundestag speeches (train +
    dev) and CoNLL-2003 German (Frankfurter Rundschau, testa + testb)."""
    for f in sorted((SHARED / "spkatt-de" / "data").glob("*/task1/*.json")):
        for s in json.loads(f.read_text("utf-8"))["Sentences"]:
            yield s["Tokens"]
    for name in ("deu.testa", "deu.testb"):
        cur: list[str] = []
        for line in (SHARED / "ner-de" / "conll2003" / name).read_text("latin-1").splitlines() + [""]:
            line = line.strip()
            if not line or line.startswith("-DOCSTART-"):
                if cur:
                    yield cur
                cur = []
            else:
                cur.append(line.split()[0])


def build_lexicon() -> tuple[sg.JoinLexicon, int]:
    """Per word: share of its capitalised occurrences that open a sentence (first token after
    opening quotes/dashes), and share of its occurrences that end one (last word before the
    final punctuation); as ``sg.rate_bucket`` strings, words seen 3 times or more."""
    init, mid, fin, nonfin = Counter(), Counter(), Counter(), Counter()
    n = 0
    for toks in _lexicon_sentences():
        if not toks:
            continue
        n += 1
        first = next((k for k, t in enumerate(toks) if t not in ('"', "„", "'", "(", "-", "–")), None)
        last = len(toks) - 1
        while last >= 0 and not toks[last][-1:].isalnum():
            last -= 1
        for k, t in enumerate(toks):
            if t[:1].isupper():
                (init if k == first else mid)[t] += 1
            if t[-1:].isalpha():
                (fin if k == last else nonfin)[t.lower()] += 1
    start = {w: sg.rate_bucket(init[w], init[w] + mid[w]) for w in set(init) | set(mid)}
    end = {w: sg.rate_bucket(fin[w], fin[w] + nonfin[w]) for w in set(fin) | set(nonfin)}
    return sg.JoinLexicon({w: b for w, b in sorted(start.items()) if b != "unk"},
                          {w: b for w, b in sorted(end.items()) if b != "unk"}), n


def dataset(path: Path, lex: sg.JoinLexicon | None) -> tuple[list[dict], list[int], list[int], list[tuple[str, str]]]:
    nlp = load("de")
    seg = next(p for _, p in nlp.pipeline if isinstance(p, sg.Segmenter))
    seg.rules = dataclasses.replace(seg.rules, join_model="")  # the rules' boundaries only
    gold_docs = es.read_gold(path)
    X, y, groups, where = [], [], [], []
    with nlp.select_pipes(enable=["tok2vec", "tagger", "morphologizer"]):
        docs = nlp.pipe([g["text"] for g in gold_docs], batch_size=16)
        for gi, (g, doc) in enumerate(zip(gold_docs, docs, strict=True)):
            doc = seg(doc)
            text = g["text"]
            gold = {es._norm(text, s["start"]) for s in g["sentences"]}
            starts = [bool(t.is_sent_start) for t in doc]
            for j, feats in seg.join_candidates(doc, starts, lex):
                o = doc[j].idx
                X.append(feats)
                y.append(int(es._norm(text, o) in gold))
                groups.append(gi)
                where.append((text[max(0, o - 50) : o], text[o : o + 25]))
    return X, y, groups, where


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("training/corpus/segment/quotes_train_glued.jsonl"))
    ap.add_argument("--out", type=Path, default=Path("models/de_glue/joins.json"))
    ap.add_argument("--C", type=float, default=3.0, help="inverse L2 strength (chosen by the CV on train)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--lexicon", action="store_true",
                    help="add the opener/ender lexicon features (round 15: better train CV, worse on dev; not shipped)")
    ap.add_argument("--show", type=float, default=0.0, help="print the CV's false joins at or above this score")
    args = ap.parse_args(argv)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    lex, n_sents = build_lexicon() if args.lexicon else (None, 0)
    if lex is not None:
        print(f"lexicon: {n_sents} sentences, {len(lex.start)} openers, {len(lex.end)} enders")
    X, y, groups, where = dataset(args.data, lex)
    y_, g_ = np.array(y), np.array(groups)
    dv = DictVectorizer()
    M = dv.fit_transform(X)
    print(f"{len(y)} candidate joins, {int(y_.sum())} of them sentence starts, {len(set(groups))} documents")
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(args.folds).split(M, y_, g_):
        oof[te] = LogisticRegression(C=args.C, max_iter=5000).fit(M[tr], y_[tr]).predict_proba(M[te])[:, 1]
    cv = {}
    for th in THRESHOLDS:
        sel = oof >= th
        tp = int(y_[sel].sum())
        cv[str(th)] = {"fired": int(sel.sum()), "true": tp, "false": int(sel.sum()) - tp}
        print(f"  threshold {th}: {sel.sum()} joins added, {tp} true, {sel.sum() - tp} false")
    if args.show:
        for i in np.argsort(-oof):
            if oof[i] < args.show:
                break
            if not y_[i]:
                print(f"  false {oof[i]:.3f} …{where[i][0]!r} | {where[i][1]!r}")
    lr = LogisticRegression(C=args.C, max_iter=5000).fit(M, y_)
    weights = {f: round(float(w), 5) for f, w in zip(dv.get_feature_names_out(), lr.coef_[0], strict=True)
               if abs(w) >= 1e-5}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "about": "glued-join scorer of newsgraph/nlp/segment.py; python -m training.ud.glue_joins",
        "data": str(args.data), "C": args.C, "candidates": len(y), "positives": int(y_.sum()),
        f"cv_{args.folds}fold_by_document": cv,
        "bias": round(float(lr.intercept_[0]), 5), "weights": dict(sorted(weights.items())),
        **({"lexicon_source": f"SpkAtt-2023 train+dev, CoNLL-2003 German testa+testb ({n_sents} sentences)",
            "lexicon": {"start": lex.start, "end": lex.end}} if lex is not None else {}),
    }, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
