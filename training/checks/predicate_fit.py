"""Round 24 (checks_de card, "Round 24 … predicate fit (h11)"): does an inserted conjunct fit the word that governs the
coordination as an argument? "… für die Erreichung dauerhafter regionaler Stabilität und des Klimawandels": the
genitive slot of "Erreichung" takes "Stabilität", not "Klimawandel". Round 24's census (h7) found the same-domain
conjuncts to be the largest missed group and the topic / cohesion / partner features exhausted; the governor is a signal
outside the topic vectors.

The association is the floret skip-gram's own: log-sigmoid(input(noun) . output(governor)) with the fold's vectors (the
rows are cross-fitted like round 24's: ``topic.subword`` of the fold built without the article's fold). Features:

- ``pf_own``: the conjunct noun's fit to the governor;
- ``pf_gap``: the sibling noun's fit minus the conjunct's (coordination joins two fillers of one slot);
- ``pf_rank``: the share of the article's other nouns that fit the governor better than the conjunct noun does (what
  the article would put there);
- ``pf_known``: the governor has an output vector (else the three are unknown).

The governor is the head of the sibling's noun, climbing coordination chains (UD ``conj``); after a
preposition its head is tried too and the better-fitting of the two kept.

    OMP_NUM_THREADS=1 python training/checks/predicate_fit.py build --split train --seed 101 \
        --folds /tmp/h7/pf0 /tmp/h7/gfold1 --rows /tmp/h11/r24/ev_train.jsonl        # and --split gnad-side
    OMP_NUM_THREADS=1 python training/checks/predicate_fit.py fit --eval-rows /tmp/h11/r24/ev_train.jsonl \
        /tmp/h11/r24/ev_gnad.jsonl [--C 0.01]

Nothing is written to models/.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from training.checks.offtopic_appended import _auc, _cv_score  # noqa: E402
from training.checks.offtopic_conjuncts import (  # noqa: E402
    _budget_report,
    _more,
    conjunct_nouns,
    conjunct_rows,
    shipped_budgets,
)
from training.checks.train_offtopic import cached_rows  # noqa: E402

PF_FEATURES = ("pf_own", "pf_gap", "pf_rank", "pf_known")
_PREP = ("ADP",)
_COORD = ("conj", "cj", "cd")  # UD (the shipped parser) and TIGER names


def governors(doc, i: int) -> list[int]:
    """Doc indices of the words governing noun ``i`` as an argument: its head, climbing through coordination; after a
    preposition also the preposition's head."""
    t = doc[i]
    seen = 0
    while t.dep_ in _COORD and t.head.i != t.i and seen < 8:
        t = t.head
        seen += 1
    if t.head.i == t.i:
        return []
    g = t.head
    out = [g.i]
    if g.pos_ in _PREP and g.head.i != g.i:
        out.append(g.head.i)
    return out


def _fit_to(sub, words: list[str], gov: str) -> np.ndarray | None:
    key = gov.lower() if sub.lower else gov
    row = sub.context_index.get(key)
    if row is None:
        return None
    sub.batch(words)
    raw = np.stack([sub._raw[w.lower() if sub.lower else w] for w in words])
    return -np.logaddexp(0.0, -(raw @ sub.context[row]))


def predicate(topic, seg, doc) -> dict:
    out = {"pf_own": None, "pf_gap": None, "pf_rank": 0.5, "pf_known": 0.0}
    sub = topic.subword
    pair = conjunct_nouns(seg) if sub is not None and sub.context is not None else None
    if pair is None:
        return out
    sib, own, skip = pair
    nouns, _mat, _total, _loo = topic.sub_nouns()
    others = list(dict.fromkeys(t.text for t in nouns if t.i not in skip and t.key not in (sib.key, own.key)))[:80]
    best = None
    for g in governors(doc, sib.i):
        gw = doc[g]
        for form in dict.fromkeys((gw.text, gw.lemma_)):
            f = _fit_to(sub, [own.text, sib.text] + others, form)
            if f is not None and (best is None or f[1] > best[1]):
                best = f
            if f is not None:
                break
    if best is None:
        return out
    out.update(pf_own=float(best[0]), pf_gap=float(best[1] - best[0]), pf_known=1.0,
               pf_rank=float((best[2:] > best[0]).mean()) if len(best) > 2 else 0.5)
    return out


def _more_pf(topic, seg, doc) -> dict:
    return {**_more(topic, seg, doc), **predicate(topic, seg, doc)}


def build(args) -> None:
    from training.checks.offtopic_recall import rows as recall_rows

    data = cached_rows(args.rows, lambda: recall_rows(args.split, args.folds, [args.seed], more=_more_pf))
    c = [r for r in data if r.get("kind") == "conjunct"]
    print(f"{args.split}: {len(data)} rows, {len(c)} conjunct candidates, governor known "
          f"{sum(r['pf_known'] for r in c):.0f}")


def fit(args) -> None:
    ev_all = [r for f in args.eval_rows for r in cached_rows(f, None)]
    ev, un, evp = conjunct_rows(ev_all)
    model = json.loads(Path(args.model).read_text("utf-8"))
    ship = model["conjunct"]
    sn = list(ship["features"])
    shipped_p, p_un_ship, n0, flags = shipped_budgets(ship, un)
    print(f"E_c {len(evp)} inserted conjuncts, U {len(un)} untouched candidates; shipped lets {n0} U through; "
          f"budgets {flags}")
    for f in PF_FEATURES:
        a = np.array([np.nan if r.get(f) is None else r[f] for r in evp], dtype=float)
        b = np.array([np.nan if r.get(f) is None else r[f] for r in un], dtype=float)
        ok_a, ok_b = ~np.isnan(a), ~np.isnan(b)
        print(f"  {f:9s} inserted mean {np.nanmean(a):+.3f} (known {ok_a.mean():.2f}), untouched {np.nanmean(b):+.3f} "
              f"(known {ok_b.mean():.2f}), AUC on the known {_auc(a[ok_a], b[ok_b]):.3f}")
    _budget_report("(a) shipped model as is", shipped_p(evp), evp, p_un_ship, un, flags)
    variants = [("(b) shipped features", []), ("(b) + pf all", list(PF_FEATURES)),
                ("(b) + pf_gap pf_known", ["pf_gap", "pf_known"]), ("(b) + pf_rank pf_known", ["pf_rank", "pf_known"])]
    rows = ev + un
    for lab, add in variants:
        names = sn + add
        _budget_report(f"C {args.C} {lab}", _cv_score(rows, evp, names, args.C), evp,
                       _cv_score(rows, un, names, args.C), un, flags)


DANGLING_PF = ("pf_own", "pf_rank", "pf_known")


def dangling(argv: list[str], floret_dirs: list[str]) -> None:
    """The dangling pools (``dangling_pools.py``, its arguments in ``argv``) with the subject noun's fit to its head
    (the finite verb it is the subject of: "Der Abbruch war … deportiert worden") as three more features: ``pf_own``,
    ``pf_rank`` (the article's other nouns fitting the head better) and ``pf_known``, 0 / 0.5 when unknown. The
    pools' fold dirs carry no floret files, so the vectors come from ``floret_dirs`` (one per fold, built with
    ``build_floret.py --exclude-fold k --gnad-folds``); the topic features stay as the pools build them."""
    from types import SimpleNamespace

    from newsgraph.checks.dangling import predicate_fit as run_time_fit
    from newsgraph.checks.dangling_verbs import load_table
    from newsgraph.checks.vectors import load_subword
    from newsgraph.config import models_dir
    from training.checks import dangling_pools as dp

    table = load_table(str(models_dir() / "checks_de"))

    subs = [load_subword(d) for d in floret_dirs]
    by_vectors: dict[int, int] = {}
    state = {"sub": None, "made": 0}
    orig_wv, orig_topic, orig_features = dp.WordVectors, dp.article_topic, dp.features

    def word_vectors(directory):
        v = orig_wv(directory)
        # rows() builds one per fold dir, in order, for each pool (a counter: a freed pool's ids can be reused)
        by_vectors[id(v)] = state["made"] % len(subs)
        state["made"] += 1
        return v

    def article_topic(sents, vecs, cfg, sub=None):
        state["sub"] = subs[by_vectors[id(vecs)]]
        return orig_topic(sents, vecs, cfg, sub)

    def features(cand, counts, topic, n_sents, dc, toks):
        f = orig_features(cand, counts, topic, n_sents, dc, toks)
        # the run-time computation (dangling.predicate_fit) with the fold's leak-free floret in place of the pools' none
        f.update(run_time_fit(cand, SimpleNamespace(subword=state["sub"], _sents=topic._sents), toks))
        # round 25: the head's subject slot as the corpus counts it (verb_args.json), to choose a selectivity measure
        f.update(slot_entropy(cand.noun, toks, table))
        # round 26: the subword topic columns (sub_fit, sub_z, slot, slot_gap) are 0 in these pools (their fold dirs carry
        # no floret); with the fold's floret they are kept under ``fl_*`` so that every earlier column stays as built
        if topic is not None and state["sub"] is not None:
            own, topic.subword, topic._sub = topic.subword, state["sub"], None
            try:
                f.update({f"fl_{k}": v for k, v in topic.sub_features(cand.noun, None, {cand.noun.i}).items()})
            finally:
                topic.subword, topic._sub = own, None
        return f

    dp.WordVectors, dp.article_topic, dp.features = word_vectors, article_topic, features
    sys.argv = ["dangling_pools.py", *argv]
    dp.main()


def slot_entropy(noun, toks, table: dict | None) -> dict:
    """Round 25, for the pools only: the head's subject slot in the shipped verb-argument counts (verb_args.json) — the
    entropy of its subjects (nats), their type count and the slot's count (log1p), and the head's key (``pf_head``);
    the verb's selectivity, not the noun's fit, so the counts' donors do not leak into it."""
    from newsgraph.checks.dangling_verbs import candidate_slot

    out = {"va_ent": -1.0, "va_types": 0.0, "va_n": 0.0, "pf_head": ""}
    slot = candidate_slot(noun, toks)
    if slot is None or table is None:
        return out
    rel, verb = slot
    out["pf_head"] = f"{rel}:{verb}"
    subj = table["pairs"].get(rel, {}).get(verb)
    if not subj:
        return out
    c = np.array(list(subj.values()), dtype=np.float64)
    p = c / c.sum()
    return {**out, "va_ent": float(-(p * np.log(p)).sum()), "va_types": float(len(c)), "va_n": float(np.log1p(c.sum()))}


def gate(rows: list[dict], measure: str, cut: float, keep_above: bool) -> None:
    """``pf_rank_g`` / ``pf_own_g``: the fit only where the slot is selective by ``measure`` (``pf_spread`` at or above
    ``cut``, or ``va_ent`` known and at or below it), else the unknown head's 0.5 / 0."""
    for r in rows:
        v = r[measure]
        on = r["pf_known"] > 0 and ((v >= cut) if keep_above else (0.0 <= v <= cut))
        r["pf_rank_g"], r["pf_own_g"], r["pf_known_g"] = (r["pf_rank"], r["pf_own"], 1.0) if on else (0.5, 0.0, 0.0)


def fixed_spread(pools: dict, floret_dirs: list[str], n: int = 300) -> None:
    """``sel_fixed``: the spread (std) of the fits of one fixed noun set to the head — the quotes-de train pool's untouched
    candidate nouns, the ``n`` most frequent — a property of the verb alone (``pf_spread`` reads the article's own nouns).
    The head is the row's verb key (``pf_head``, "s:einräumen"; a copula's predicate without "="); 0 when it has no
    output vector. Also ``pf_rank_f`` = (pf_rank - 0.5) * sel_fixed."""
    from collections import Counter

    from newsgraph.checks.vectors import load_subword

    subs = [load_subword(d) for d in floret_dirs]
    nouns = [w for w, _ in Counter(r["noun"] for r in pools["quotes-de train"][0] if r["clean"]).most_common(n)]
    memo: dict[tuple[int, str], float] = {}
    for d, _n in pools.values():
        for r in d:
            verb = r["pf_head"].split(":", 1)[1].lstrip("=") if r["pf_head"] else ""
            key = (r["fold"], verb)
            if key not in memo:
                fit = subs[r["fold"]].fit_to(nouns, verb) if verb else None
                memo[key] = float(fit.std()) if fit is not None else 0.0
            r["sel_fixed"] = memo[key]
            r["pf_rank_f"] = (r["pf_rank"] - 0.5) * memo[key]


def select(args) -> None:
    """Round 25: the fit gated or weighted by the selectivity of the head's subject slot, scored on the pools' cached rows
    (``dangling`` above, ``--rows``) as dangling_pools.py scores them; the cuts are quantiles of the measure over the
    quotes-de train rows with a known head (train side only)."""
    from training.checks import dangling_pools as dp

    dp.FILTERS[:] = args.filter
    pools = {k: (v[0], v[1]) for k, v in json.loads(Path(args.rows).read_text("utf-8")).items()}
    if args.floret:
        fixed_spread(pools, args.floret)
    tr = [r for r in pools["quotes-de train"][0] if r["pf_known"] > 0]
    for name, (d, _n) in pools.items():
        for f in ("pf_own", "pf_rank", "pf_spread", "va_ent") + (("sel_fixed",) if args.floret else ()):
            a = np.array([r[f] for r in d if r["y"] and r["pf_known"] > 0 and (f != "va_ent" or r[f] >= 0)])
            b = np.array([r[f] for r in d if r["clean"] and r["pf_known"] > 0 and (f != "va_ent" or r[f] >= 0)])
            print(f"  {name}: {f} inserted {a.mean():+.3f} untouched {b.mean():+.3f} AUC {_auc(a, b):.3f} (n {len(a)}/{len(b)})")
    base = ["part_known"]
    variants: list[tuple[str, list[str], tuple | None]] = [
        ("C control", base, None), ("U ungated", base + list(DANGLING_PF), None),
        ("S1 continuous", base + list(DANGLING_PF) + ["pf_spread", "pf_rank_x", "pf_own_x"], None),
        ("S2 interactions", base + ["pf_rank_x", "pf_own_x", "pf_known"], None),
        ("W ungated + pf_rank_x", base + list(DANGLING_PF) + ["pf_rank_x"], None),
        ("W2 ungated + pf_rank_x pf_own_x", base + list(DANGLING_PF) + ["pf_rank_x", "pf_own_x"], None)]
    for q in args.quantiles:
        sp = float(np.quantile([r["pf_spread"] for r in tr], q))
        variants.append((f"G spread >= q{q} ({sp:.3f})", base + ["pf_own_g", "pf_rank_g", "pf_known_g"], ("pf_spread", sp, True)))
        en = float(np.quantile([r["va_ent"] for r in tr if r["va_ent"] >= 0], 1 - q))
        variants.append((f"E entropy <= q{1 - q:.2f} ({en:.3f})", base + ["pf_own_g", "pf_rank_g", "pf_known_g"], ("va_ent", en, False)))
    if args.floret:
        variants = variants[:2] + [("W3 ungated + pf_rank_f", base + list(DANGLING_PF) + ["pf_rank_f"], None)]
        for q in args.quantiles:
            sf = float(np.quantile([r["sel_fixed"] for r in tr], q))
            variants.append((f"G2 sel_fixed >= q{q} ({sf:.3f})", base + ["pf_own_g", "pf_rank_g", "pf_known_g"],
                             ("sel_fixed", sf, True)))
    for lab, names, g in variants:
        if g is not None:
            for d, _n in pools.values():
                gate(d, *g)
        print(lab)
        dp.score(pools, list(dp.BASE) + names, {}, names, False, args.C)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "dangling":
        # predicate_fit.py dangling --floret DIR0 DIR1 -- <dangling_pools.py arguments>
        i = sys.argv.index("--")
        dangling(sys.argv[i + 1:], sys.argv[sys.argv.index("--floret") + 1:i])
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sp = ap.add_subparsers(dest="cmd", required=True)
    b = sp.add_parser("build")
    b.add_argument("--split", default="train", choices=("train", "gnad-side"))
    b.add_argument("--seed", type=int, default=101)
    b.add_argument("--folds", nargs="+", required=True)
    b.add_argument("--rows", required=True)
    f = sp.add_parser("fit")
    f.add_argument("--eval-rows", nargs="+", required=True)
    f.add_argument("--model", default=str(ROOT / "models/checks_de/offtopic.json"))
    f.add_argument("--C", type=float, default=0.1)
    g = sp.add_parser("select")
    g.add_argument("--rows", required=True, help="the rows cache of predicate_fit.py dangling (round 25 columns)")
    g.add_argument("--filter", nargs="*", default=["runtime"])
    g.add_argument("--quantiles", nargs="*", type=float, default=[0.33, 0.5, 0.67])
    g.add_argument("--C", type=float, default=1.0)
    g.add_argument("--floret", nargs="*", default=None,
                   help="each fold's floret dir: score the fixed-noun spread variants (sel_fixed) instead")
    a = ap.parse_args()
    {"build": build, "fit": fit, "select": select}[a.cmd](a)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
