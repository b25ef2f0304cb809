"""Round 20 (checks_de card, "Round 20, off-topic recall; h7"): the missed off-topic insertions of the train-side
sets split by kind, and the shape of the candidates that set the false-flag threshold.

    OMP_NUM_THREADS=1 python training/checks/offtopic_recall.py --folds /tmp/checks_fold0 /tmp/checks_fold1 \
        --gnad-folds /tmp/gfold0 /tmp/gfold1 --rows /tmp/orows20.jsonl

Rows: quotes-de train (seeds 101-103) and the train-side 10kGNAD rows (``perturb.generate("gnad-side")``, seed 101),
both leak-free (each insertion's donor from its article's own fold, round 15) and cross-fitted (each article scored
with vectors built without its fold: ``--folds`` from ``build_model.py`` / ``build_floret.py --exclude-fold k``,
``--gnad-folds`` the same with ``--gnad-folds``, which also leave out that fold's 10kGNAD rows). Each candidate row
carries ``offtopic_classes.rows``' features plus where it stands in its sentence (``shape``); each insertion a class:

- never judged: no conjunct segment on the inserted phrase (with the parse's tags there), a segment that is not a
  definite conjunct, no content word, a noun the article repeats, an article too small to judge;
- judged, scored under the threshold: no topic vector; a word form shared with the article; fits the article above
  its mean (the inserted text is on topic by chance: the topic features cannot see it); fits below the mean and
  still under the threshold (the features are weak there: which ones, by the gap of their means to the found ones).

The conjunct model is fitted by article fold on quotes-de train (C = 0.1, the shipped features), the threshold is the
one that lets 13 untouched train candidates through (the shipped budget, config ``topic.min_conjunct_prob``); the
train-side 10kGNAD rows are scored with the model fitted on all train rows at that threshold. Nothing is written to
models/.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.perturb import article_folds, generate, load_articles  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic, determiners, scored_candidates  # noqa: E402
from newsgraph.checks.vectors import WordVectors, load_subword  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402
from training.checks.offtopic_classes import _covers, cv, found_at, inserted_kind, miss_class  # noqa: E402
from training.checks.train_offtopic import cached_rows  # noqa: E402

BUDGET = 13  # untouched quotes-de train candidates let through (config topic.min_conjunct_prob, round 15)


def shape(sent: list, seg) -> dict:
    """Where a conjunct stands: the word after it, whether it closes a "zwischen A und B" pair, whether its "article"
    is a pronoun before a genitive ("oder das eines Konkurrenten"), whether its sibling ends a list."""
    idx = {t.i: k for k, t in enumerate(sent)}
    end = idx[seg.toks[-1].i] + 1
    nxt = sent[end] if end < len(sent) else None
    sib0 = idx[seg.sibling[0].i] if seg.sibling else idx[seg.toks[0].i]
    before = sent[max(0, sib0 - 6):sib0]
    return {"next_text": nxt.text if nxt is not None else "", "next_tag": nxt.tag if nxt is not None else "",
            "next_cap": float(nxt is not None and nxt.text[:1].isupper() and nxt.tag in ("NN", "NE")),
            "zwischen": float(any(t.text.lower() == "zwischen" for t in before)),
            "art_art": float(len(seg.toks) > 2 and seg.toks[2].tag == "ART"),
            "sib_list": float(sib0 > 0 and (sent[sib0 - 1].tag == "$," or sent[sib0 - 1].tag == "KON"))}


def _tags_ctx(smp, d, sents, _vecs, _text_of) -> dict:
    """This script's own fields of an insertion's row: the parse's tags on the inserted phrase, and its context."""
    inside = [t for toks in sents for t in toks if t.start < d.end and d.start < t.end]
    ctx = smp.text[max(0, d.start - 60):d.start] + "[[" + smp.text[d.start:d.end] + "]]" + smp.text[d.end:d.end + 40]
    return {"tags": " ".join(f"{t.text}/{t.tag}" for t in inside), "ctx": ctx.replace("\n", " ")}


def rows(split: str, fold_dirs: list[str], seeds: list[int], overrides: dict | None = None, keep=None, more=None,
         insertion=_tags_ctx, samples=None) -> list[dict]:
    """offtopic_census reads the same rows with its own additions, hence the hooks: ``keep(seed, smp)`` may drop a copy
    before it is parsed (the slow part), ``more(topic, seg, doc)`` adds to each candidate's row, and
    ``insertion(smp, d, sents, vecs, text_of)`` gives an insertion row's own fields (``vecs`` its article's fold vectors,
    ``text_of`` the split's texts by name); ``samples(seed)`` replaces ``perturb.generate`` (offtopic_appended's
    training-only clause copies, ``perturb.generate_appended``)."""
    arts = load_articles(split)
    text_of = {n: t for n, t, _ in arts}
    fold_of = article_folds(split, arts, len(fold_dirs))
    vecs = [WordVectors(Path(d)) for d in fold_dirs]
    subs = [load_subword(d) for d in fold_dirs]
    cfg = {**section("topic"), **(overrides or {})}
    dets = determiners(cfg)
    nlp = _cached_nlp(nlp_stage.load("de"))
    out: list[dict] = []
    seen_clean: set[str] = set()
    for seed in seeds:
        for smp in (samples(seed) if samples else generate(split, seed, None, donor_folds=len(fold_dirs))):
            if smp.perturbation not in ("none", "off_topic"):
                continue
            if keep is not None and not keep(seed, smp):
                continue
            if smp.perturbation == "none":
                if smp.source in seen_clean:
                    continue
                seen_clean.add(smp.source)
                out.append({"set": split, "kind": "_article", "source": smp.source, "clean": True})
            fold = fold_of[smp.source]
            doc = nlp(smp.text)
            sents = tag_doc(doc)
            topic = article_topic(sents, vecs[fold], cfg, subs[fold])
            key = f"{split}:{seed}:{smp.id}"
            gold = [(d.start, d.end) for d in smp.defects]
            small = topic.n < cfg.get("min_article_words", 12)
            hit = False
            if not small:
                for seg, _fits, f in scored_candidates(sents, topic, ("conjunct", "appended"), dets):
                    y = any(_covers(seg.start, seg.end, s, e) for s, e in gold)
                    hit |= y
                    row = {"set": split, "doc": key, "fold": fold, "kind": seg.kind, "clean": smp.perturbation == "none",
                           "y": int(y), "text": " ".join(t.text for t in seg.toks), **f}
                    if more is not None:
                        row.update(more(topic, seg, doc))
                    if seg.kind == "conjunct":
                        row.update(shape(sents[seg.toks[0].sent], seg))
                    out.append(row)
            if smp.perturbation != "off_topic":
                continue
            d = smp.defects[0]
            ik = inserted_kind(smp)
            cls = miss_class(hit, small, sents, topic, ik, d, dets, (topic.weak_heads, topic.name_runs_on))
            out.append({"set": split, "kind": "_ins", "doc": key, "ins_kind": ik, "cls": cls, "text": smp.text[d.start:d.end],
                        **insertion(smp, d, sents, vecs[fold], text_of)})
    return out


def _low_class(r: dict) -> str:
    if r["no_vector"]:
        return "judged, no topic vector (subword features only)"
    if r["prefix"] >= 6 or r["contained"]:
        return "judged, shares a word form with the article"
    if r["z_best"] > 0:
        return "judged, fits the article above its mean (on topic by chance)"
    return "judged, fits below the article's mean, still under the threshold"


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", required=True, help="quotes-de train fold vectors (--exclude-fold 0, 1)")
    ap.add_argument("--gnad-folds", nargs="+", default=None, help="fold vectors built with --gnad-folds, for gnad-side")
    ap.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103])
    ap.add_argument("--gnad-seeds", nargs="+", type=int, default=[101])
    ap.add_argument("--rows", default=None, help="cache of the rows (jsonl)")
    ap.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    ap.add_argument("--show", type=int, default=0, help="print this many missed insertions of each class")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                    help="a [topic] setting for the rows, e.g. name_runs_on=true (the rows cache is per setting: give --rows anew)")
    args = ap.parse_args()

    overrides = {k: json.loads(v) for k, v in (a.split("=", 1) for a in args.set)}

    def build() -> list[dict]:
        out = rows("train", args.folds, args.seeds, overrides)
        if args.gnad_folds:
            out += rows("gnad-side", args.gnad_folds, args.gnad_seeds, overrides)
        return out

    data = cached_rows(args.rows, build)
    names = json.loads(Path(args.model).read_text("utf-8"))["conjunct"]["features"]
    q = [r for r in data if r["set"] == "train" and r["kind"] == "conjunct"]
    p = cv(q, names, 0.1)
    yq = np.array([r["y"] for r in q]).astype(bool)
    cq = np.array([r["clean"] for r in q])
    neg = np.sort(p[cq])[::-1]
    thr = float(neg[BUDGET]) + 1e-6
    score = {(r["doc"], r["text"]): float(s) for r, s in zip(q, p)}
    print(f"train CV (seeds {args.seeds}): {yq.sum()} inserted conjunct candidates, {cq.sum()} untouched; threshold at "
          f"{BUDGET} untouched flags {thr:.3f}; found {found_at(p[yq], p[cq], BUDGET)}")
    # the model fitted on all train rows, for gnad-side
    g = [r for r in data if r["set"] == "gnad-side" and r["kind"] == "conjunct"]
    if g:
        x = np.array([[np.nan if r[f] is None else r[f] for f in names] for r in q], dtype=np.float64)
        mu = np.nanmean(x, axis=0)
        x = np.where(np.isnan(x), mu, x)
        sd = x.std(axis=0)
        sd = np.where(sd > 1e-6, sd, 1.0)
        m = LogisticRegression(C=0.1, max_iter=3000).fit((x - x.mean(axis=0)) / sd, yq)
        xg = np.array([[np.nan if r[f] is None else r[f] for f in names] for r in g], dtype=np.float64)
        xg = np.where(np.isnan(xg), mu, xg)
        pg = m.predict_proba((xg - x.mean(axis=0)) / sd)[:, 1]
        score.update({(r["doc"], r["text"]): float(s) for r, s in zip(g, pg)})
        cg = np.array([r["clean"] for r in g])
        print(f"gnad-side (seeds {args.gnad_seeds}): {int(np.array([r['y'] for r in g]).sum())} inserted conjunct "
              f"candidates, {cg.sum()} untouched; untouched flags at the train threshold {int((pg[cg] >= thr).sum())}")
    cand = {(r["doc"]): r for r in data if r["kind"] == "conjunct" and r["y"]}
    for split in ("train", "gnad-side"):
        ins = [r for r in data if r["set"] == split and r["kind"] == "_ins"]
        if not ins:
            continue
        n_art = sum(1 for r in data if r["set"] == split and r["kind"] == "_article")
        table: Counter = Counter()
        examples: dict[str, list[str]] = {}
        for r in ins:
            if r["ins_kind"] == "appended":
                table[("appended", r["cls"] if r["cls"] != "candidate" else "judged (appended clauses: budget 0, none found)")] += 1
                continue
            if r["cls"] != "candidate":
                k = r["cls"]
            else:
                row = cand.get(r["doc"])
                s = score.get((row["doc"], row["text"])) if row else None
                k = "found" if s is not None and s >= thr else _low_class(row) if row else "candidate"
            table[("conjunct", k)] += 1
            examples.setdefault(k, []).append(f"{r['ctx']}  <{r['tags']}>")
        print(f"\n{split}: {len(ins)} insertions in {n_art} untouched articles")
        for (ik, k), n in sorted(table.items()):
            print(f"  {ik:<9} {k:<68} {n:5d}")
        if args.show:
            for k, ex in examples.items():
                if k == "found":
                    continue
                print(f"\n  [{k}]")
                for e in ex[:args.show]:
                    print("   ", e)
    # which features are weak for the largest judged class: standardised gap of the means (missed - found)
    rs = [r for r in data if r["set"] == "train" and r["kind"] == "conjunct" and r["y"]]
    found = [r for r in rs if score[(r["doc"], r["text"])] >= thr]
    low = [r for r in rs if score[(r["doc"], r["text"])] < thr and not r["no_vector"] and r["z_best"] <= 0
           and not (r["prefix"] >= 6 or r["contained"])]
    clean = [r for r in q if r["clean"]]
    print(f"\nfeatures of the train conjuncts judged below the mean fit and missed ({len(low)}) against the found ({len(found)}) "
          f"and the untouched candidates ({len(clean)}): means, and the missed-found gap in untouched standard deviations")
    gaps = []
    for f in names:
        a = np.nanmean([r[f] for r in low if r[f] is not None])
        b = np.nanmean([r[f] for r in found if r[f] is not None])
        c = np.array([r[f] for r in clean if r[f] is not None], dtype=float)
        sd = float(np.nanstd(c)) or 1.0
        gaps.append((abs(a - b) / sd, f, a, b, float(np.nanmean(c))))
    for gap, f, a, b, c in sorted(gaps, reverse=True)[:12]:
        print(f"  {f:<10} missed {a:7.3f}  found {b:7.3f}  untouched {c:7.3f}  gap {gap:.2f} sd")
    # the shape of the untouched candidates that set the threshold
    print("\nuntouched train candidates at or above the threshold and near it, with their shape")
    top = sorted(clean, key=lambda r: -score[(r["doc"], r["text"])])[:BUDGET + 12]
    for r in top:
        print(f"  {score[(r['doc'], r['text'])]:.3f} {r['text']:<40} next {r.get('next_text', '')}/{r.get('next_tag', '')} "
              f"zwischen {r.get('zwischen', 0):.0f} art_art {r.get('art_art', 0):.0f} sib_list {r.get('sib_list', 0):.0f}")
    for key in ("next_cap", "zwischen", "art_art", "sib_list"):
        for split in ("train", "gnad-side"):
            rr = [r for r in data if r["set"] == split and r["kind"] == "conjunct"]
            if rr:
                ins_ = [r for r in rr if r["y"]]
                cl = [r for r in rr if r["clean"]]
                print(f"  {key:<9} {split:<10} inserted {sum(r[key] for r in ins_):4.0f} of {len(ins_)}, untouched "
                      f"{sum(r[key] for r in cl):4.0f} of {len(cl)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
