"""Cross-validated found counts of dangling-reference variants on two leak-free pools: perturbed quotes-de train
(seeds 101-103) and perturbed train-side 10kGNAD rows (``perturb.generate("gnad-side")``, seed 101), each with its own
untouched articles as the false-flag budget (checks_de card, round 16).

Donors come from the article's own fold (``donor_folds = 2``), and the fold vectors must leave out each fold's quotes-de
train articles **and** its train-side 10kGNAD rows (``build_model.py`` / ``build_floret.py --exclude-fold k --gnad-folds``),
so no swapped-in noun is in the counts and vectors it is scored with. A variant is a set of ``[dangling]`` overrides
(``--set``, e.g. ``modifier_antecedents=true``), added features (``--add``, of ``dangling.DANGLING_FEATURES``) and whether
the gnad-side rows are training data too (``--train-side``); each is retrained by article fold like train_dangling.py.

    OMP_NUM_THREADS=1 python training/checks/build_model.py --exclude-fold 0 --gnad-folds --out /tmp/gfold0   # and 1; and build_floret.py
    OMP_NUM_THREADS=1 python training/checks/dangling_pools.py --folds /tmp/gfold0 /tmp/gfold1 [--set modifier_antecedents=true] \
        [--add contained pp_after] [--train-side] [--seeds 104 105 106] [--side-seeds 101]

Round 17: ``--also-base`` scores the shipped eleven on the same rows first, ``--each`` each added feature alone, ``--rows``
caches the rows (JSON); ``--side-seeds`` with no value leaves the gnad-side pool out (then the ordinary fold vectors do).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fold_set import RECIPE, fold_set  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks, _anaphoricity  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.dangling import (  # noqa: E402
    features,
    load_relational,
    noun_counts,
    plural,
    relational_features,
    synonym_index,
    unresolved,
)
from newsgraph.checks.dangling_context import copula_clause, number_after, takes_up  # noqa: E402
from newsgraph.checks.dangling_verbs import features as verb_features  # noqa: E402
from newsgraph.checks.dangling_verbs import load_table  # noqa: E402
from newsgraph.checks.perturb import article_folds, generate, load_articles  # noqa: E402
from newsgraph.checks.resolve import event_noun_keys  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.checks.vectors import WordVectors, load_subword, stem  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402

# the shipped model's features (models/checks_de/dangling.json)
BASE = ("score", "ratio", "countable", "fit", "has_fit", "closest", "log_total", "log_def_first", "sent_pos", "n_adj",
        "compound_head")
BUDGETS = (0.2, 0.3, 0.4, 0.5, 0.6)
FILTERS: list[str] = []  # round 22: row flags whose candidates are dropped before fitting and scoring (``--filter``)


def rows(split: str, seeds: list[int], fold_dirs: list[str], overrides: dict, gen: int = 3,
         first: int | None = None) -> tuple[list[dict], int]:
    """Candidate rows (features, label, fold, untouched or not) of ``split`` and the number of untouched articles.
    ``gen`` 4 (round 18): only the references generator v4 made by cutting the sentence that introduced their noun (the
    author's own definite NP, fluent and on topic), no untouched rows; their candidates that are not the reference are
    left out too (the same NPs are the untouched articles' candidates of the v3 pool). ``first`` (round 22): only the
    split's first N articles are scored (the generator still runs on all, so every donor is the same)."""
    arts = load_articles(split)
    keep = {name for name, _, _ in arts[:first]} if first else None
    fold_of = article_folds(split, arts, len(fold_dirs))
    vecs = [WordVectors(Path(d)) for d in fold_dirs]
    subs = [load_subword(d) for d in fold_dirs]
    anas = [_anaphoricity(d) for d in fold_dirs]
    verbs = [load_table(d) for d in fold_dirs]  # round 19: the fold's verb-argument counts (None where not built)
    rels = [load_relational(d) for d in fold_dirs]  # round 21: the fold's relational-noun counts (None where not built)
    tcfg, dc = section("topic"), {**section("dangling"), **overrides}
    syn = synonym_index(dc.get("synonyms", []))
    events = event_noun_keys(dc.get("event_nouns", []))  # round 22: the event nouns alone as a filter (``event``)
    nlp = _cached_nlp(nlp_stage.load("de"))
    checks = ArticleChecks()  # its part-noun list and bridging table (config [dangling]), for the ``runtime`` row flag
    out, seen = [], set()
    for seed in seeds:
        for smp in generate(split, seed, None, gen, len(fold_dirs)):
            if smp.perturbation not in ("none", "dangling_reference") or (gen != 3 and smp.perturbation == "none"):
                continue
            if keep is not None and smp.source not in keep:
                continue
            if smp.perturbation == "none":
                if smp.source in seen:
                    continue  # the untouched copies are the same for every seed
                seen.add(smp.source)
            fold = fold_of[smp.source]
            sents = tag_doc(nlp(smp.text))
            topic = article_topic(sents, vecs[fold], tcfg, subs[fold])
            gold = [(d.start, d.end) for d in smp.defects]
            for cand, has in unresolved(sents, syn, dc.get("skip_first_sentences", 1), None, None,
                                        dc.get("attribute_anchors", False), dc.get("modifier_antecedents", False),
                                        dc.get("relational_candidates", False)):
                if has or (dc.get("skip_plurals", True) and plural(cand, sents[cand.sent], dc.get("plural_by_verb", False))):
                    continue
                f = features(cand, noun_counts(anas[fold], cand.noun.text, dc), topic, len(sents), dc, sents[cand.sent])
                f.update(verb_features(cand.noun, sents[cand.sent], [t for ts in sents for t in ts if t.is_noun], verbs[fold], dc))
                f.update(relational_features(cand.noun.text, rels[fold]))
                y = any(cand.det.start < e and s < cand.noun.end for s, e in gold)
                if gen != 3 and not y:
                    continue
                # round 22: the two filters of dangling_context.py, kept as row flags (``--filter``), and what to read
                toks = sents[cand.sent]
                j = next(k for k, t in enumerate(toks) if t.i == cand.noun.i)
                f["copula"] = float(copula_clause(toks, j))
                f["number"] = float(number_after(toks, j))
                f["takes_up"] = float(cand.sent > 0 and takes_up(cand.noun, sents[cand.sent - 1]))
                f["event"] = float(cand.sent > 0 and stem(cand.noun.text.replace("-", "")) in events)
                # round 23: the run-time filters before the model (part nouns, the bridging table): ``--filter runtime``
                # drops what never reaches the model at run time ("Der Großteil" was two of gnad-side's top untouched)
                f["runtime"] = float(cand.noun.text.lower() in checks.part_nouns or checks._bridged(cand.noun, sents[:cand.sent]))
                # round 24: what each plural rule would drop, so that rows built with ``--set plural_by_verb=true`` (the
                # widest) hold the control (``--filter plural_tag``: the morphologizer's number, the run-time default) and
                # the narrow rule (``--filter plural_adj``: ``plural_by_verb = "adjacent"``) too
                f["plural_tag"] = float(plural(cand, toks, False))
                f["plural_adj"] = float(plural(cand, toks, "adjacent"))
                f["np"] = " ".join(t.text for t in toks[:j + 3])
                f["noun"] = cand.noun.text
                out.append({"fold": fold, "clean": smp.perturbation == "none", "y": int(y), **f})
    return out, len(seen)


def found(p: np.ndarray, d: list[dict], n_clean: int) -> list[int]:
    """Insertions at or above the probability that keeps the untouched articles at each budget (flags per 20)."""
    y = np.array([r["y"] for r in d]).astype(bool)
    neg = np.sort(p[np.array([r["clean"] for r in d])])[::-1]
    out = []
    for b in BUDGETS:
        k = int(b * n_clean / 20)
        out.append(int((p[y] >= (neg[k] + 1e-9 if len(neg) > k else 0.0)).sum()))
    return out


def score(pools: dict, names: list[str], overrides: dict, add: list[str], train_side: bool, c: float,
          train_cut: bool = False) -> None:
    """Fit by article fold on the quotes-de train rows (and the gnad-side ones with ``train_side``, the v4 cut-antecedent
    ones with ``train_cut``) and print the found counts of each pool (the v4 pool against the quotes-de train untouched
    articles' budget)."""
    from sklearn.linear_model import LogisticRegression

    pools = {name: ([r for r in d if not any(r.get(f, 0.0) for f in FILTERS)], n) for name, (d, n) in pools.items()}
    fit_rows = (pools["quotes-de train"][0] + (pools["gnad-side"][0] if train_side else [])
                + (pools["v4 cut antecedents"][0] if train_cut and "v4 cut antecedents" in pools else []))
    x = np.array([[r[f] for f in names] for r in fit_rows], dtype=np.float64)
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd > 1e-6, sd, 1.0)
    yf, ff = np.array([r["y"] for r in fit_rows]), np.array([r["fold"] for r in fit_rows])
    models = {k: LogisticRegression(C=c, max_iter=3000).fit(((x - mu) / sd)[ff != k], yf[ff != k]) for k in (0, 1)}
    print(f"variant: set {overrides or '-'}, add {add or '-'}, filters {FILTERS or '-'}, train on gnad-side {train_side}, "
          f"on v4 cuts {train_cut}")
    for name, (d, n_clean) in pools.items():
        if name == "v4 cut antecedents":
            d = d + [r for r in pools["quotes-de train"][0] if r["clean"]]
            n_clean = pools["quotes-de train"][1]
        z = (np.array([[r[f] for f in names] for r in d], dtype=np.float64) - mu) / sd
        fold = np.array([r["fold"] for r in d])
        p = np.zeros(len(d))
        for k, m in models.items():  # each article fold scored by the model that never saw it
            p[fold == k] = m.predict_proba(z[fold == k])[:, 1]
        f = found(p, d, n_clean)
        print(f"  {name}: {sum(r['y'] for r in d)} insertions, {len(d)} candidates, {n_clean} untouched articles; found at "
              f"{'/'.join(map(str, BUDGETS))} false flags per 20: {f} (mean {np.mean(f):.0f})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs=2, required=True, help="fold vector dirs built with --exclude-fold k --gnad-folds")
    ap.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103])
    ap.add_argument("--side-seeds", nargs="*", type=int, default=[101])
    ap.add_argument("--side-first", type=int, default=None, help="only the first N gnad-side rows (round 22: parse time)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a [dangling] override (JSON value)")
    ap.add_argument("--add", nargs="*", default=[], help="features added to the shipped eleven")
    ap.add_argument("--train-side", action="store_true", help="train on the gnad-side rows too")
    ap.add_argument("--cut-seeds", nargs="*", type=int, default=[],
                    help="a pool of generator v4's cut-antecedent references of quotes-de train (round 18)")
    ap.add_argument("--train-cut", action="store_true", help="train on the v4 cut-antecedent rows too")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--also-base", action="store_true", help="score the shipped eleven features on the same rows first")
    ap.add_argument("--each", action="store_true", help="also each added feature alone")
    ap.add_argument("--filter", nargs="*", default=[], help="drop candidates with these row flags (round 22: copula number takes_up event; round 23: "
                    "runtime = the run-time part-noun and bridging filters, in rows built since round 23)")
    ap.add_argument("--rows", default=None, metavar="JSON", help="cache of the candidate rows of every pool (built when missing)")
    ap.add_argument("--product", nargs="*", default=[], metavar="A*B",
                    help="round 25: add the product of two row columns as a feature (ratio*fit: a unique-referent noun counts "
                         "as one only where it fits the article)")
    args = ap.parse_args()
    overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    FILTERS[:] = args.filter
    kind = fold_set(args.folds)
    print(f"fold dirs: {kind} (a variant chosen here is retrained on the {RECIPE} dirs before it is held out)")
    if kind == "exclude-fold" and args.side_seeds:
        # the gnad-side rows take donors from 10kGNAD rows that plain --exclude-fold dirs contain: a leak (round 14)
        raise SystemExit("the gnad-side pool needs --gnad-folds dirs (or --side-seeds with no value)")
    cache = Path(args.rows) if args.rows else None
    if cache is not None and cache.exists():
        pools = {k: (v[0], v[1]) for k, v in json.loads(cache.read_text("utf-8")).items()}
    else:
        pools = {"quotes-de train": rows("train", args.seeds, args.folds, overrides)}
        if args.side_seeds:
            pools["gnad-side"] = rows("gnad-side", args.side_seeds, args.folds, overrides, first=args.side_first)
        if args.cut_seeds:
            pools["v4 cut antecedents"] = rows("train", args.cut_seeds, args.folds, overrides, gen=4)
        if cache is not None:
            cache.write_text(json.dumps(pools), "utf-8")
    for prod in args.product:
        a, b = prod.split("*")
        for d, _n in pools.values():
            for r in d:
                r[prod] = r[a] * r[b]
        args.add.append(prod)
    variants = ([[]] if args.also_base else []) + ([[a] for a in args.add] if args.each else []) + [args.add]
    for add in variants:
        score(pools, list(BASE) + add, overrides, add, args.train_side and bool(args.side_seeds), args.C)
        if args.train_cut:
            score(pools, list(BASE) + add, overrides, add, args.train_side and bool(args.side_seeds), args.C, True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
