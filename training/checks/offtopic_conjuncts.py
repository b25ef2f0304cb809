"""Round 24 (checks_de card, "Round 24, off-topic conjuncts from same-domain donors; h7"): the conjunct model trained
on many more conjuncts, half of them from same-domain donors.

``perturb.generate`` inserts one phrase per article from the donor of eight sharing the *fewest* nouns with it; round 22
found the conjunct model misses most of the insertions whose donor is close to the host (near third 0.46 against 0.77
far), and conjuncts are most of the held-out misses. ``perturb.generate_conjuncts`` (training only) makes ``--copies``
conjunct copies per train-side article, ``--near`` of them from the donor sharing the *most* nouns. ``build`` makes
their rows (leak-free: donors from the article's own fold; cross-fitted: each article scored with the fold vectors built
without its fold, ``--folds``; ``topic.features`` plus ``topic.cohesion`` and ``topic.extra_features``); ``build
--shipped`` the rows of the shipped generator's own conjuncts (``perturb.generate`` seed 101), the evaluation pool.
``fit`` compares conjunct models, each fold of the evaluation pool scored by a model fitted on the other fold only, at
the pooled untouched flag counts the shipped model lets through at its threshold and at half of them:

    OMP_NUM_THREADS=1 python training/checks/offtopic_conjuncts.py build --split train --copies 2 --near 0.5 --seed 301 \
        --folds /tmp/h7/pf0 /tmp/h7/gfold1 --rows /tmp/h7/r24/conj_train.jsonl
    OMP_NUM_THREADS=1 python training/checks/offtopic_conjuncts.py build --split train --shipped --seed 101 \
        --folds /tmp/h7/pf0 /tmp/h7/gfold1 --rows /tmp/h7/r24/ev_train.jsonl
    OMP_NUM_THREADS=1 python training/checks/offtopic_conjuncts.py fit --rows /tmp/h7/r24/conj_train.jsonl \
        /tmp/h7/r24/conj_gnad.jsonl --eval-rows /tmp/h7/r24/ev_train.jsonl /tmp/h7/r24/ev_gnad.jsonl

Nothing is written to models/ unless ``fit --out`` is given (a copy of offtopic.json with the new conjunct model).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph.checks.perturb import generate_conjuncts  # noqa: E402
from newsgraph.checks.topic import COHESION_FEATURES, EXTRA_FEATURES, cohesion, extra_features  # noqa: E402
from training.checks.offtopic_appended import _auc, _cv_score, _fit, _score  # noqa: E402
from training.checks.train_offtopic import cached_rows  # noqa: E402

PARTNER_FEATURES = ("sib_rank", "sub_sib_rank")


def conjunct_nouns(seg):
    """A conjunct's pair of nouns: its sibling phrase's last noun, its own first noun, and the token indices of both
    phrases (which a comparison with the article's other nouns leaves out); None when it is no conjunct or either
    phrase has no noun."""
    if seg.kind != "conjunct" or not seg.sibling:
        return None
    sib = next((t for t in reversed(seg.sibling) if t.is_noun), None)
    own = next((t for t in seg.toks if t.is_noun), None)
    if sib is None or own is None:
        return None
    return sib, own, {t.i for t in seg.toks} | {t.i for t in seg.sibling}


def partner(topic, seg) -> dict:
    """How the conjunct ranks among the article's nouns as a partner of its sibling (round 24, R6): coordination joins
    like with like ("der Polizei und der Staatsanwaltschaft"), so a noun pasted in from another article should be a worse
    partner of the sibling than most of the article's own nouns, even when it fits the topic. ``sib_rank``: the share
    of the article's other known nouns whose topic vector is closer to the sibling's noun than the conjunct's noun is;
    ``sub_sib_rank`` the same with the subword vectors. 0.5 when unknown."""
    out = {"sib_rank": 0.5, "sub_sib_rank": 0.5}
    pair = conjunct_nouns(seg)
    if pair is None:
        return out
    sib, own, skip = pair
    if sib.i in topic.word and own.i in topic.word:
        def unit(v):
            n = float(np.linalg.norm(v))
            return v / n if n > 0 else v
        vs, vo = unit(topic.word[sib.i][0]), unit(topic.word[own.i][0])
        others = [unit(topic.word[i][0]) for i in topic.word if i not in skip and topic._key_of.get(i) not in (sib.key, own.key)]
        if others:
            sims = np.stack(others) @ vs
            out["sib_rank"] = float((sims > float(vo @ vs)).mean())
    if topic.subword is not None:
        nouns, mat, _total, _loo = topic.sub_nouns()
        keep = [k for k, t in enumerate(nouns) if t.i not in skip and t.key not in (sib.key, own.key)]
        if keep:
            v = topic.subword.batch([sib.text, own.text])
            sims = mat[keep] @ v[0]
            out["sub_sib_rank"] = float((sims > float(v[1] @ v[0])).mean())
    return out


def _more(topic, seg, doc) -> dict:
    pair = conjunct_nouns(seg)
    # the pair's words, so that a pair feature can be computed from the rows without parsing again (round 25)
    nouns = {"sib_noun": pair[0].text, "own_noun": pair[1].text} if pair else {"sib_noun": None, "own_noun": None}
    return {**cohesion(topic, seg, doc), **extra_features(topic, seg), **partner(topic, seg), **nouns}


def build(args) -> None:
    from training.checks import offtopic_census
    from training.checks.offtopic_recall import rows as recall_rows

    def insertion(smp, d, sents, vecs, text_of):
        # how close the donor is to the host (offtopic_census: the cosine of the two articles' topic centroids)
        a = offtopic_census._centroid(vecs, offtopic_census._CAP.findall(smp.text[:d.start] + smp.text[d.end:]))
        b = offtopic_census._centroid(vecs, offtopic_census._CAP.findall(text_of[smp.donor]))
        ctx = smp.text[max(0, d.start - 80):d.start] + "[[" + smp.text[d.start:d.end] + "]]" + smp.text[d.end:d.end + 30]
        return {"donor_sim": float(a @ b) if a is not None and b is not None else None, "ctx": ctx.replace("\n", " "),
                "near": int(":conjunct" in smp.id and _is_near(args, smp))}

    samples = None
    if not args.shipped:
        def samples(seed: int):
            out = generate_conjuncts(args.split, seed, copies=args.copies, donor_folds=len(args.folds), near=args.near)
            return out[:args.limit] if args.limit else out
    data = cached_rows(args.rows, lambda: recall_rows(args.split, args.folds, [args.seed], more=_more,
                                                       insertion=insertion, samples=samples))
    ins = [r for r in data if r["kind"] == "_ins"]
    print(f"{args.split}: {len(data)} rows, {len(ins)} insertions, "
          f"{sum(1 for r in data if r['kind'] == 'conjunct' and r['y'])} inserted conjunct candidates")


def _is_near(args, smp) -> bool:
    # generate_appended draws is_near first from the copy's own stream
    import random

    c = smp.id.split(":conjunct")[1]
    return random.Random(f"{args.seed}:{smp.source}:conjunct{c}").random() < args.near


def _budget_report(label: str, p_ev: np.ndarray, ev: list[dict], p_un: np.ndarray, un: list[dict],
                   flags: list[int]) -> list[int]:
    """Found of the evaluation insertions by pool at the thresholds letting ``flags`` pooled untouched candidates
    through (untouched flags per pool in brackets)."""
    sets = np.array([r["set"] for r in ev])
    uset = np.array([r["set"] for r in un])
    neg = np.sort(p_un)[::-1]
    cells, totals = [], []
    for k in flags:
        t = float(neg[k]) + 1e-9 if len(neg) > k else 0.0
        fq = int((p_ev[sets == "train"] >= t).sum())
        fg = int((p_ev[sets == "gnad-side"] >= t).sum())
        uq = int((p_un[uset == "train"] >= t).sum())
        ug = int((p_un[uset == "gnad-side"] >= t).sum())
        totals.append(fq + fg)
        cells.append(f"{fq}+{fg}={fq + fg} ({uq}/{ug})")
    print(f"  {label:<40} AUC {_auc(p_ev, p_un):.3f}  " + " | ".join(cells), flush=True)
    return totals


def _thirds(label: str, p_ev: np.ndarray, ev: list[dict], t: float, sims: dict) -> None:
    s = np.array([np.nan if sims.get(r["doc"]) is None else sims[r["doc"]] for r in ev])
    ok = ~np.isnan(s)
    cut = np.quantile(s[ok], [1 / 3, 2 / 3])
    parts = []
    for name, sel in (("far", ok & (s < cut[0])), ("middle", ok & (s >= cut[0]) & (s < cut[1])), ("near", ok & (s >= cut[1]))):
        parts.append(f"{name} {int((p_ev[sel] >= t).sum())}/{int(sel.sum())}")
    print(f"    {label}: by donor closeness (cut {cut[0]:.2f} / {cut[1]:.2f}): " + ", ".join(parts))


def conjunct_rows(rows: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """The conjunct candidates of evaluation rows: those of perturbed copies (E_c), those of untouched articles (U)
    and the inserted ones of E_c, the three sets every conjunct comparison reads."""
    ev = [r for r in rows if r["kind"] == "conjunct" and not r["clean"]]
    un = [r for r in rows if r["kind"] == "conjunct" and r["clean"]]
    return ev, un, [r for r in ev if r["y"]]


def shipped_budgets(ship: dict, un: list[dict]):
    """The shipped conjunct model ``ship``'s probability of each row (a missing feature NaN), that probability of the
    untouched candidates ``un``, how many of them it flags, and the flag budgets a refit is compared at (that count
    and half of it)."""
    from newsgraph.checks.topic import probability

    sn = list(ship["features"])

    def shipped_p(d):
        return np.array([probability(ship, {n: (float("nan") if r.get(n) is None else r[n]) for n in sn}) for r in d])

    p_un_ship = shipped_p(un)
    n0 = int((p_un_ship >= ship["threshold"]).sum())
    return shipped_p, p_un_ship, n0, sorted({round(n0 / 2), n0})


def fit(args) -> None:
    rows_all = [r for f in args.rows for r in cached_rows(f, None)]
    near_of = {r["doc"]: r.get("near", 0) for r in rows_all if r["kind"] == "_ins"}
    # --donors far/near: only the copies of that donor kind (the untouched articles' rows stay)
    keep = {"all": (0, 1), "far": (0,), "near": (1,)}[args.donors]
    new = [r for r in rows_all if r["kind"] == "conjunct" and (r["clean"] or near_of.get(r["doc"], 0) in keep)]
    ev_all = [r for f in args.eval_rows for r in cached_rows(f, None)]
    ev, un, evp = conjunct_rows(ev_all)
    sims = {r["doc"]: r.get("donor_sim") for r in ev_all if r["kind"] == "_ins"}
    new_un_docs = {r["doc"] for r in new if r["clean"]}
    # the untouched articles are in both row sets (the same parses, the same candidates): count them once
    new_only = [r for r in new if not r["clean"]]
    print(f"training rows: {len(new)} conjunct candidates ({len(new_only)} of perturbed copies, "
          f"{sum(r['y'] for r in new)} inserted: train {sum(1 for r in new if r['y'] and r['set'] == 'train')}, "
          f"gnad-side {sum(1 for r in new if r['y'] and r['set'] == 'gnad-side')}; untouched articles {len(new_un_docs)})")
    print(f"evaluation ({', '.join(args.eval_rows)}): {len(evp)} inserted (train "
          f"{sum(1 for r in evp if r['set'] == 'train')}, gnad-side {sum(1 for r in evp if r['set'] == 'gnad-side')}); "
          f"untouched candidates train {sum(1 for r in un if r['set'] == 'train')}, gnad-side "
          f"{sum(1 for r in un if r['set'] == 'gnad-side')}")
    model = json.loads(Path(args.model).read_text("utf-8"))
    ship = model["conjunct"]
    sn = list(ship["features"])
    shipped_p, p_un_ship, n0, flags = shipped_budgets(ship, un)
    uset = np.array([r["set"] for r in un])
    print(f"the shipped model at its threshold {ship['threshold']}: {n0} pooled untouched flags (train "
          f"{int((p_un_ship[uset == 'train'] >= ship['threshold']).sum())}, gnad-side "
          f"{int((p_un_ship[uset == 'gnad-side'] >= ship['threshold']).sum())})")
    print(f"found of the evaluation conjuncts train+gnad-side=total (untouched flags train/gnad-side) at {flags} pooled "
          "untouched flags")
    p_ev_ship = shipped_p(evp)
    _budget_report("(a) shipped model as is", p_ev_ship, evp, p_un_ship, un, flags)
    _thirds("(a) at its threshold", p_ev_ship, evp, ship["threshold"], sims)
    variants = [("v0 shipped features", []), ("v1 + cohesion", list(COHESION_FEATURES)),
                ("v2 + extra", list(EXTRA_FEATURES)), ("v3 + both", list(COHESION_FEATURES) + list(EXTRA_FEATURES))]
    if all(f in (ev + un)[0] for f in PARTNER_FEATURES):
        variants.append(("v4 + partner", list(PARTNER_FEATURES)))
    results = {}
    for src in ("E_c rows (b)", "new rows", "new + E_c rows"):
        for lab, add in variants:
            if src.startswith("E_c") and add and add != list(PARTNER_FEATURES):
                continue
            names = sn + add
            train_rows = {"E_c rows (b)": ev + un, "new rows": new, "new + E_c rows": new_only + ev + un}[src]
            p_ev = _cv_score(train_rows, evp, names, args.C)
            p_un = _cv_score(train_rows, un, names, args.C)
            key = f"{src}: {lab}"
            results[key] = _budget_report(key, p_ev, evp, p_un, un, flags)
            t = float(np.sort(p_un)[::-1][n0]) + 1e-9
            _thirds(f"at {n0} flags", p_ev, evp, t, sims)
    if args.out:
        names = sn + list(args.add)
        train_rows = new_only + ev + un if args.with_eval else new
        p_un = _cv_score(train_rows, un, names, args.C)
        budget = args.flags if args.flags is not None else n0
        thr = float(np.sort(p_un)[::-1][budget]) + 1e-6
        m, mu, mean, scale = _fit(train_rows, names, args.C)
        model["conjunct"] = {"features": names, "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
                             "coef": m.coef_[0].round(6).tolist(), "intercept": round(float(m.intercept_[0]), 6),
                             "threshold": round(thr, 4)}
        model.setdefault("report", {})["conjunct_round24"] = {
            "rows": args.rows, "eval_rows": args.eval_rows, "with_eval": args.with_eval, "added": list(args.add),
            "C": args.C, "threshold": f"fold-CV: lets {budget} pooled untouched train-side candidates through",
            "untouched_candidates": len(un), "training_candidates": len(train_rows),
            "inserted": int(sum(r["y"] for r in train_rows))}
        Path(args.out).write_text(json.dumps(model, indent=1), "utf-8")
        fin = _score((m, mu, mean, scale), un, names)
        print(f"wrote {args.out}: threshold {thr:.4f} (fold-CV, {budget} pooled untouched flags); the final model's own "
              f"untouched flags at it {int((fin >= thr).sum())}")
        for f, c in sorted(zip(names, m.coef_[0]), key=lambda x: -abs(x[1]))[:12]:
            print(f"  {f:12s} {c:+.3f}")


def census(args) -> None:
    """The shipped generator's insertions of the evaluation rows by kind and, for conjuncts, by the donor's closeness,
    found or missed by the shipped models at their thresholds (what the misses are, before any model is refitted)."""
    from newsgraph.checks.topic import probability

    model = json.loads(Path(args.model).read_text("utf-8"))
    for f in args.eval_rows:
        data = cached_rows(f, None)
        ins = {r["doc"]: r for r in data if r["kind"] == "_ins"}
        found: dict[str, bool] = {}
        for r in data:
            if r["kind"] in ("conjunct", "appended") and r["y"]:
                m = model[r["kind"]]
                p = probability(m, {n: (float("nan") if r.get(n) is None else r[n]) for n in m["features"]})
                found[r["doc"]] = found.get(r["doc"], False) or p >= m["threshold"]
        sims = [r["donor_sim"] for r in ins.values() if r.get("donor_sim") is not None and r["ins_kind"] == "conjunct"]
        cut = np.quantile(sims, [1 / 3, 2 / 3]) if sims else (0, 0)
        cells: dict[str, list[int]] = {}
        for doc, r in ins.items():
            if r["ins_kind"] == "appended":
                key = "appended clause"
            elif r.get("donor_sim") is None:
                key = "conjunct, no donor closeness"
            else:
                key = "conjunct, " + ("far" if r["donor_sim"] < cut[0] else "middle" if r["donor_sim"] < cut[1] else "near")
            c = cells.setdefault(key, [0, 0, 0])
            c[0] += 1
            c[1] += int(found.get(doc, False))
            c[2] += int(doc not in found)  # never a candidate
        print(f"{f}: {len(ins)} insertions (conjunct closeness thirds cut at {cut[0]:.2f} / {cut[1]:.2f})")
        for key in sorted(cells):
            n, fd, nc = cells[key]
            print(f"  {key:<32} {n:4d} inserted, found {fd:4d} ({fd / n:.2f}), missed {n - fd:4d} (never a "
                  f"candidate {nc}, scored below the threshold {n - fd - nc})")
        # the generator makes no whole-sentence insertion; a kind it does not make is counted, not assumed
        other = sum(1 for r in ins.values() if r["ins_kind"] not in ("appended", "conjunct"))
        print(f"  {'other kinds (whole sentence)':<32} {other:4d} inserted")
        arts = sum(1 for r in data if r["kind"] == "_article")
        for kind in ("conjunct", "appended"):
            m = model[kind]
            un = [r for r in data if r["kind"] == kind and r["clean"]]
            fl = [r for r in un if probability(m, {n: (float("nan") if r.get(n) is None else r[n])
                                                   for n in m["features"]}) >= m["threshold"]]
            print(f"  false flags, {kind}: {len(fl)} of {len(un)} untouched candidates in {arts} untouched articles "
                  f"({20 * len(fl) / arts:.2f} per 20): " + "; ".join(r["text"] for r in fl[:40]))


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--split", default="train", choices=("train", "gnad-side"))
    b.add_argument("--copies", type=int, default=2)
    b.add_argument("--seed", type=int, default=301)
    b.add_argument("--near", type=float, default=0.5)
    b.add_argument("--shipped", action="store_true", help="the shipped generator's copies (perturb.generate), not "
                                                          "generate_conjuncts'")
    b.add_argument("--limit", type=int, default=None, help="the first N copies only (a quick run)")
    b.add_argument("--folds", nargs="+", required=True)
    b.add_argument("--rows", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--rows", nargs="+", required=True, help="build's row files (training rows)")
    f.add_argument("--eval-rows", nargs="+", required=True, help="build --shipped's row files (evaluation pool)")
    f.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    f.add_argument("--C", type=float, default=0.1)
    f.add_argument("--donors", default="all", choices=("all", "far", "near"),
                   help="train on the copies of these donors only (generate_conjuncts' near share or the rest)")
    f.add_argument("--add", nargs="*", default=[], help="features of the exported model beyond the shipped ones")
    f.add_argument("--with-eval", action="store_true", help="the exported model also fits the evaluation rows")
    f.add_argument("--flags", type=int, default=None, help="pooled untouched flags at the exported threshold "
                                                           "(default: the shipped model's count)")
    f.add_argument("--out", default=None, help="write a copy of offtopic.json with the new conjunct model")
    c = sub.add_parser("census")
    c.add_argument("--eval-rows", nargs="+", required=True)
    c.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    args = ap.parse_args()
    if args.cmd == "build":
        build(args)
    elif args.cmd == "census":
        census(args)
    else:
        fit(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
