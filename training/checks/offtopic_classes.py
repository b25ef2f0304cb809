"""Where the off-topic check loses the insertions of perturbed quotes-de train articles (checks_de card, round 13):
never a candidate (the inserted phrase is not on a candidate boundary, has no content word, repeats an article noun,
or its article is too small to judge) or a candidate scored too low; then the cross-validated found counts of the
shipped features, of the shipped features plus each extra feature measured in round 13, and of one false-flag
budget shared by both candidate kinds.

    OMP_NUM_THREADS=1 python training/checks/offtopic_classes.py --folds /tmp/checks_fold0 /tmp/checks_fold1 \
        --features /tmp/offtopic_rows.jsonl

Rows are cross-fitted as in train_offtopic.py (each article scored with vectors built without its fold) and cached
at --features; the models are fitted here by article fold (C = 0.1, the shipped features of
models/checks_de/offtopic.json), nothing is written to models/.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.perturb import generate, load_quotes_de  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import (  # noqa: E402
    ArticleTopic,
    Segment,
    article_topic,
    determiners,
    scored_candidates,
    segments,
)
from newsgraph.checks.vectors import WordVectors, load_subword  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402
from training.checks.train_offtopic import _auc, cached_rows  # noqa: E402

EXTRA = ("xs_best", "xs_gap", "new_names", "sub_mean", "verb_fit")


def extra_features(topic: ArticleTopic, seg: Segment, fits) -> dict[str, float]:
    """Round 13's candidates for the largest class (scored too low): the best fit against the article without the
    segment's own sentence (``xs_best``, its gap to the fit with it ``xs_gap``), names and entities the article never
    mentions elsewhere (``new_names``), the subword fit of all the segment's nouns (``sub_mean``) and of its verbs and
    adjectives to the article's (``verb_fit``)."""
    nan = float("nan")
    out = {"xs_best": nan, "xs_gap": nan}
    known = [t for t, _ in fits if t.i in topic.word]
    if known:
        si = topic.sent_of.get(known[0].i)
        rest = topic.total - (topic.sent_total.get(si, 0) if si is not None else 0)
        rn = float(np.linalg.norm(rest))
        if rn > 1e-6:
            xs = float((np.stack([topic.word[t.i][0] for t in known]) @ rest).max()) / rn
            out = {"xs_best": xs, "xs_gap": xs - max(f for _, f in fits)}
    own = {t.i for t in seg.toks}
    sents = topic._sents
    seen = {t.text.lower() for toks in sents for t in toks if t.i not in own}
    out["new_names"] = float(sum(1 for t in seg.toks if (t.tag == "NE" or t.ent) and not t.is_punct
                                 and t.text.lower() not in seen))
    out["sub_mean"] = out["verb_fit"] = 0.0
    if topic.subword is not None:
        nouns, mat, _total, _loo = topic.sub_nouns()
        keep = np.array([t.i not in own for t in nouns], dtype=bool)
        seg_nouns = [t.text for t in seg.toks if t.tag == "NN" and len(t.text) >= 3]
        if seg_nouns and keep.any():
            rest = mat[keep].sum(axis=0)
            rn = float(np.linalg.norm(rest))
            if rn > 0:
                out["sub_mean"] = float((topic.subword.batch(seg_nouns) @ rest).mean()) / rn
        seg_v = [t.text for t in seg.toks if t.tag[:2] in ("VV", "AD") and len(t.text) >= 4]
        art_v = [t.text for toks in sents for t in toks if t.i not in own and t.tag[:2] in ("VV", "AD") and len(t.text) >= 4]
        if seg_v and art_v:
            rest = topic.subword.batch(art_v).sum(axis=0)
            rn = float(np.linalg.norm(rest))
            if rn > 0:
                out["verb_fit"] = float((topic.subword.batch(seg_v) @ rest).mean()) / rn
    return out


def _covers(a0: int, a1: int, s: int, e: int) -> bool:
    return min(e, a1) - max(s, a0) >= 0.5 * max(e - s, a1 - a0)


def inserted_kind(smp) -> str:
    """The candidate kind an off-topic insertion was made as: a conjunct (``und``/``oder``/``sowie`` …) or an appended
    clause."""
    return "conjunct" if smp.defects[0].note.split()[0] in ("und", "oder", "sowie") else "appended"


def miss_class(hit: bool, small: bool, sents, topic, ik: str, d, dets, seg_args: tuple = ()) -> str:
    """Why an inserted phrase ``d`` of kind ``ik`` was or was not a judged candidate; the article's segments are cut
    (only when needed) by ``segments(sents, *seg_args)``. Shared with offtopic_recall, which passes its settings."""
    if hit:
        return "candidate"
    if small:
        return "article too small to judge"
    same = [s for s in segments(sents, *seg_args) if s.kind == ik and _covers(s.start, s.end, d.start, d.end)]
    if not same:
        return "no segment on the inserted phrase"
    if ik == "conjunct" and (len(same[0].toks) < 2 or same[0].toks[1].text not in dets):
        return "segment, not a definite conjunct"
    if not (topic.fit(same[0].toks) or topic.unknown_fits(same[0].toks)):
        return "segment, no content word"
    if topic.repeated(same[0].toks):
        return "segment, a noun the article repeats"
    return "segment, other"


def rows(fold_dirs: list[str], seeds: list[int], donor_folds: bool = False) -> list[dict]:
    """``donor_folds``: donors from the article's own fold only (round 15, ``perturb.generate``), leak-free rows."""
    names = [n for n, _, _ in load_quotes_de("train")]
    fold_of = {n: i % len(fold_dirs) for i, n in enumerate(names)}
    vecs = [WordVectors(Path(d)) for d in fold_dirs]
    subs = [load_subword(d) for d in fold_dirs]
    cfg = section("topic")
    dets = determiners(cfg)
    nlp = _cached_nlp(nlp_stage.load("de"))
    out: list[dict] = []
    seen_clean: set[str] = set()
    for seed in seeds:
        for smp in generate("train", seed, None, donor_folds=len(fold_dirs) if donor_folds else None):
            if smp.perturbation not in ("none", "off_topic"):
                continue
            if smp.perturbation == "none":
                if smp.source in seen_clean:
                    continue  # the untouched copies are the same for every seed
                seen_clean.add(smp.source)
                out.append({"kind": "_article", "source": smp.source, "clean": True})
            fold = fold_of[smp.source]
            sents = tag_doc(nlp(smp.text))
            topic = article_topic(sents, vecs[fold], cfg, subs[fold])
            doc = f"{seed}:{smp.id}"
            gold = [(d.start, d.end) for d in smp.defects]
            small = topic.n < cfg.get("min_article_words", 12)
            hit = False
            if not small:
                for seg, fits, f in scored_candidates(sents, topic, ("conjunct", "appended"), dets, extra=True):
                    y = any(_covers(seg.start, seg.end, s, e) for s, e in gold)
                    hit |= y
                    out.append({"doc": doc, "fold": fold, "kind": seg.kind, "clean": smp.perturbation == "none",
                                "y": int(y), "text": " ".join(t.text for t in seg.toks), **f,
                                **extra_features(topic, seg, fits)})
            if smp.perturbation != "off_topic":
                continue
            d = smp.defects[0]
            ik = inserted_kind(smp)
            cls = miss_class(hit, small, sents, topic, ik, d, dets)
            out.append({"kind": "_ins", "doc": doc, "ins_kind": ik, "cls": cls, "text": smp.text[d.start:d.end]})
    return out


def cv(d: list[dict], names: list[str], c: float) -> np.ndarray:
    """Probabilities of rows ``d``, each article fold scored by a model fitted on the other (as train_offtopic.fit_kind)."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([[np.nan if r[f] is None else r[f] for f in names] for r in d], dtype=np.float64)
    if np.isnan(x).any():
        x = np.where(np.isnan(x), np.nanmean(x, axis=0), x)
    y = np.array([r["y"] for r in d])
    folds = np.array([r["fold"] for r in d])
    sd = x.std(axis=0)
    z = (x - x.mean(axis=0)) / np.where(sd > 1e-6, sd, 1.0)
    p = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        m = LogisticRegression(C=c, max_iter=3000).fit(z[folds != k], y[folds != k])
        p[folds == k] = m.predict_proba(z[folds == k])[:, 1]
    return p


def found_at(p_pos: np.ndarray, p_clean: np.ndarray, flags: int) -> int:
    """Insertions found at the threshold that lets ``flags`` untouched candidates through."""
    neg = np.sort(p_clean)[::-1]
    t = float(neg[flags]) + 1e-6 if len(neg) > flags else 0.0
    return int((p_pos >= t).sum())


def main() -> int:
    import json

    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", required=True, help="vector directories built without fold 0, 1")
    ap.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103])
    ap.add_argument("--features", default=None, help="cache of the rows (jsonl)")
    ap.add_argument("--donor-folds", action="store_true",
                    help="insertions whose donors come from the article's own fold only (leak-free; round 15)")
    ap.add_argument("--extra", nargs="*", default=list(EXTRA),
                    help="features to add one at a time (and all together) to the shipped ones: round 13's (default) or "
                         "any key of the rows, e.g. round 17's topic.EXTRA_FEATURES (person_clash def_new …)")
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    args = ap.parse_args()
    data = cached_rows(args.features, lambda: rows(args.folds, args.seeds, args.donor_folds))
    n_clean = sum(1 for r in data if r["kind"] == "_article")
    ins = [r for r in data if r["kind"] == "_ins"]
    print(f"{len(ins)} insertions in {n_clean} untouched articles (seeds {args.seeds})")
    for (ik, cls), n in sorted(Counter((r["ins_kind"], r["cls"]) for r in ins).items()):
        print(f"  {ik:<9} {cls:<40} {n:5d}")
    shipped = json.loads(Path(args.model).read_text("utf-8"))
    budgets = {"conjunct": 0.3, "appended": 0.1}  # the shipped thresholds' budgets (config/checks.toml)
    pooled = {}
    for kind in ("conjunct", "appended"):
        d = [r for r in data if r["kind"] == kind]
        y = np.array([r["y"] for r in d]).astype(bool)
        clean = np.array([r["clean"] for r in d])
        base = list(shipped[kind]["features"])
        print(f"\n{kind}: {len(d)} candidates, {y.sum()} inserted; found at 0.1/0.2/0.3/0.4/0.5/0.6 false flags per 20 untouched")
        extra = list(args.extra)
        for label, names in [("shipped features", base)] + [(f"+ {e}", base + [e]) for e in extra] + [("+ all of them", base + extra)]:
            p = cv(d, names, args.C)
            found = [found_at(p[y], p[clean], int(b * n_clean / 20)) for b in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)]
            print(f"  {label:<18} AUC {_auc(p[y], p[~y]):.3f}  {found}  (mean 0.2-0.6: {np.mean(found[1:]):.0f})")
            if label == "shipped features":
                pooled[kind] = (p[y], p[clean])
                t_flags = int(budgets[kind] * n_clean / 20)
                neg = np.sort(p[clean])[::-1]
                t = float(neg[t_flags]) + 1e-6
                miss = [r for r, q in zip(d, p) if r["y"] and q < t]
                def _cls(r: dict) -> str:
                    if r["no_vector"]:
                        return "no topic vector"
                    if r["prefix"] >= 6 or r["contained"]:
                        return "shares a word form with the article"
                    return "fits the article above its mean" if r["z_best"] > 0 else "fits below the article's mean"
                print(f"    scored too low at {budgets[kind]} / 20 (threshold {t:.3f}): {len(miss)}, "
                      f"{dict(Counter(_cls(r) for r in miss).most_common())}; median p {np.median([q for r, q in zip(d, p) if r['y'] and q < t]):.2f}")
    # one budget for both kinds: how the untouched flags are split between them
    print("\none budget for both kinds (untouched flags: conjunct + appended -> found)")
    for total in (10, 13, 16, 20):
        best = max((found_at(*pooled["conjunct"], kc) + found_at(*pooled["appended"], total - kc), kc) for kc in range(total + 1))
        shipped_split = int(round(total * 0.75))
        print(f"  {total} flags ({20 * total / n_clean:.2f} per 20): best split {best[1]} + {total - best[1]} finds {best[0]}; "
              f"3:1 as shipped {shipped_split} + {total - shipped_split} finds "
              f"{found_at(*pooled['conjunct'], shipped_split) + found_at(*pooled['appended'], total - shipped_split)}")
        # one probability threshold for both kinds, lowered until the pooled untouched flags reach the budget
        neg = np.sort(np.concatenate([pooled["conjunct"][1], pooled["appended"][1]]))[::-1]
        t = float(neg[total]) + 1e-6
        print(f"     one common threshold {t:.3f}: conjunct {int((pooled['conjunct'][0] >= t).sum())} + appended "
              f"{int((pooled['appended'][0] >= t).sum())} (untouched flags {int((pooled['conjunct'][1] >= t).sum())} + "
              f"{int((pooled['appended'][1] >= t).sum())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
