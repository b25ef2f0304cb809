"""Train the dangling-reference classifier of the article checks (models/checks_de/dangling.json):
a logistic regression over the features of newsgraph/checks/dangling.py (``features``) of the
sentence-initial definite NPs without an antecedent.

Training data: perturbed quotes-de **train** articles (newsgraph/checks/perturb.py) with several
seeds; untouched copies give the negatives, the swapped-in nouns the positives. Corpus counts and
topic vectors for each half of the articles come from a model built without that half
(cross-fitting, see train_offtopic.py for the commands):

    OMP_NUM_THREADS=1 python training/checks/train_dangling.py --folds /tmp/checks_fold0 /tmp/checks_fold1

``--gen 4`` trains on generator v4's references (antecedents cut instead of nouns swapped; see
newsgraph/checks/perturb.py), ``--gen 5`` on v4's without those a reader could resolve, ``--gen 3 4`` on
both (the untouched articles once). ``--resolvers`` counts the reader's resolvers as antecedents.

The threshold is the lowest cross-validated probability that keeps the untouched train articles at
``--max-false-per-20`` dangling flags per 20 articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fold_set import RECIPE, fold_set  # noqa: E402
from train_offtopic import cached_rows, fit_kind  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks, _anaphoricity, _bridges  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.dangling import (  # noqa: E402
    DANGLING_FEATURES,
    RELATIONAL_FEATURES,
    bridge_features,
    bridge_part_features,
    features,
    load_relational,
    noun_counts,
    pf_slot,
    plural,
    predicate_fit,
    relational_features,
    synonym_index,
    unresolved,
)
from newsgraph.checks.dangling_verbs import VERB_FEATURES, load_table  # noqa: E402
from newsgraph.checks.dangling_verbs import features as verb_features  # noqa: E402
from newsgraph.checks.perturb import generate, load_quotes_de  # noqa: E402
from newsgraph.checks.resolve import event_noun_keys  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.checks.vectors import WordVectors, load_subword  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402

REAL_SET = ROOT / "tests/data/checks_dangling_real.jsonl"


def real_set_articles(path: Path = REAL_SET) -> set[str]:
    """Every article the hand-labelled real set (round 27, ``dangling_real.py``) names, cut or not. Its 14 dangling rows
    were made by hand the way generator v4 cuts, from quotes-de train articles: a v4 row of one of these articles would be
    the scored row itself (or its sibling) in training, so ``rows`` leaves their cut copies out (round 28)."""
    if not path.exists():
        return set()
    return {json.loads(x)["article"] for x in path.read_text("utf-8").splitlines() if x.strip()}


def check_cut_sources(sources: set[str], exclude: set[str]) -> None:
    """The cut copies train on must be quotes-de train articles only: never quotes-de dev (the ``--split quotes-dev``
    articles), never a 10kGNAD row (the held-out ``--split gnad`` rows, or the train-side rows the exclude-fold dirs
    hold uncross-fitted), never the real set's articles. Raises otherwise."""
    train = {n for n, _, _ in load_quotes_de("train")}
    dev = {n for n, _, _ in load_quotes_de("dev")}
    bad = {"not quotes-de train": sources - train, "quotes-de dev": sources & dev,
           "10kGNAD": {s for s in sources if s.startswith("10kgnad-")}, "real set": sources & exclude}
    bad = {k: v for k, v in bad.items() if v}
    if bad:
        raise ValueError(f"cut-antecedent rows from articles they must not come from: {bad}")


def rows(fold_dirs: list[str], seeds: list[int], limit: int | None, gen: int = 3, resolvers: bool = False,
         filters: bool = False, bridge_dirs: list[str] | None = None, overrides: dict | None = None,
         donor_folds: bool = False, exclude: set[str] | None = None) -> list[dict]:
    """``donor_folds``: each article's donors come from its own fold only (``perturb.generate(donor_folds=…)``, round
    15), so no swapped-in noun's donor is in the counts and vectors it is scored with; rows of swapped copies say
    whether their donor is (``donor_in``). ``exclude``: articles whose perturbed copies give no rows (round 28: the real
    set's articles, for the v4 cuts); their untouched copies stay. Every row says its generator (``gen``)."""
    exclude = exclude or set()
    names = [n for n, _, _ in load_quotes_de("train")]
    fold_of = {n: i % len(fold_dirs) for i, n in enumerate(names)}
    vecs = [WordVectors(Path(d)) for d in fold_dirs]
    subs = [load_subword(d) for d in fold_dirs]  # None where a fold has no floret.npy
    anas = [_anaphoricity(d) for d in fold_dirs]
    verbs = [load_table(d) for d in fold_dirs]  # round 19: each fold's verb-argument counts (dangling_verb_table.py)
    rels = [load_relational(d) for d in fold_dirs]  # round 21: each fold's relational-noun counts (dangling_relational.py)
    # the bridging associations of each fold (build_bridges.py --exclude-fold k); none where a fold has no table
    bridges = [_bridges(d) for d in (bridge_dirs or fold_dirs)]
    tcfg, dc = section("topic"), section("dangling")
    dc = {**dc, **(overrides or {})}
    syn = synonym_index(dc.get("synonyms", []))
    events = event_noun_keys(dc.get("event_nouns", [])) if resolvers else None
    persons = event_noun_keys(dc.get("person_nouns", [])) if resolvers else None
    event_keys = event_noun_keys(dc.get("event_nouns", []))
    nlp = _cached_nlp(nlp_stage.load("de"))
    # the run-time filters before the classifier (part nouns, the bridging table of config [dangling]): the
    # candidates they drop never reach the model, so they must not set its threshold either
    checks = ArticleChecks() if filters else None
    out: list[dict] = []
    seen_clean: set[str] = set()
    for seed in seeds:
        for smp in generate("train", seed, limit, gen, len(fold_dirs) if donor_folds else None):
            if smp.perturbation not in ("none", "dangling_reference"):
                continue
            if smp.perturbation != "none" and smp.source in exclude:
                continue
            if smp.perturbation == "none":
                if smp.source in seen_clean:
                    continue
                seen_clean.add(smp.source)
            fold = fold_of[smp.source]
            sents = tag_doc(nlp(smp.text))
            topic = article_topic(sents, vecs[fold], tcfg, subs[fold])
            gold = [(d.start, d.end) for d in smp.defects]
            if smp.perturbation == "none":
                out.append({"kind": "_article", "source": smp.source, "clean": True, "gen": gen})
            for cand, has in unresolved(sents, syn, dc.get("skip_first_sentences", 1), events, persons,
                                        dc.get("attribute_anchors", False), dc.get("modifier_antecedents", False),
                                        dc.get("relational_candidates", False)):
                if has or (dc.get("skip_plurals", True) and plural(cand, sents[cand.sent], dc.get("plural_by_verb", False))):
                    continue
                if checks is not None and (cand.noun.text.lower() in checks.part_nouns
                                           or checks._bridged(cand.noun, sents[:cand.sent])):
                    continue
                if dc.get("event_filter", False) and cand.sent > 0 and cand.noun.key in event_keys:
                    continue  # round 22: the run-time event filter drops them before the model (--set event_filter=true)
                counts = noun_counts(anas[fold], cand.noun.text, dc)
                f = features(cand, counts, topic, len(sents), dc, sents[cand.sent])
                f.update(bridge_features(cand.noun, sents[:cand.sent], bridges[fold]))
                f.update(bridge_part_features(cand.noun, sents[:cand.sent], bridges[fold]))  # round 29
                f.update(verb_features(cand.noun, sents[cand.sent], [t for ts in sents for t in ts if t.is_noun], verbs[fold], dc))
                f.update(relational_features(cand.noun.text, rels[fold]))
                if subs[fold] is not None:
                    f.update(predicate_fit(cand, topic, sents[cand.sent]))  # round 24: pf_* with the fold's floret
                    f.update(pf_slot(f))  # round 26
                y = any(cand.det.start < e and s < cand.noun.end for s, e in gold)
                out.append({"doc": f"{seed}:{smp.id}", "source": smp.source, "fold": fold, "kind": "dangling",
                            "clean": smp.perturbation == "none", "y": int(y), "gen": gen,
                            **({"donor_in": int(fold_of[smp.donor] != fold)} if smp.donor else {}),
                            "text": f"{cand.det.text} {cand.noun.text}", **f})
    return out


def donor_folds(seeds: list[int], n_folds: int = 2, gen: int = 3) -> dict[str, int]:
    """The fold of the donor article each dangling insertion of quotes-de train took its noun from ("seed:i" ->
    fold), replayed with the generator's own random streams (``perturb.generate``: up to three donors drawn from
    all train articles). A donor in the *other* fold is in the counts and topic vectors the insertion is scored
    with under cross-fitting (its "ein X" among the noun's counts); on quotes-dev the donors are dev articles,
    never in the model. So the honest train figure counts only insertions whose donor lies in the scored fold."""
    import random

    from newsgraph.checks.perturb import _sentences, dangling, load_articles

    arts = load_articles("train")
    pool = [t for _, t, _ in arts]
    out: dict[str, int] = {}
    for seed in seeds:
        for i, (name, text, spans) in enumerate(arts):
            sents = _sentences(text, spans)
            if len(sents) < 4:
                continue
            r = random.Random(f"{seed}:{name}:dangling")
            for _ in range(3):
                k = r.randrange(len(pool))
                if dangling(text, sents, r, pool[k], gen):
                    out[f"{seed}:{i}"] = k % n_folds
                    break
    return out


def _fold_probabilities(d: list[dict], names: tuple[str, ...], c: float):
    """Each row's probability from a model fitted on the other folds (as ``fit_kind``), with the rows' labels and
    whether each is an untouched copy's candidate."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[r[f] for f in names] for r in d], dtype=np.float64)
    y = np.array([r["y"] for r in d])
    fold = np.array([r["fold"] for r in d])
    clean = np.array([r["clean"] for r in d])
    sd = x.std(axis=0)
    z = (x - x.mean(axis=0)) / np.where(sd > 1e-6, sd, 1.0)
    cv = np.zeros(len(y))
    for k in sorted(set(fold.tolist())):
        m = LogisticRegression(C=c, max_iter=2000).fit(z[fold != k], y[fold != k])
        cv[fold == k] = m.predict_proba(z[fold == k])[:, 1]
    return y, cv, clean


def _found_per_20(scores, neg, n_clean: int) -> list[int]:
    """How many of ``scores`` reach the thresholds that flag 0.2…0.6 untouched articles per 20 (``neg`` the untouched
    candidates' probabilities, highest first)."""
    return [int((scores >= (neg[int(b * n_clean / 20)] + 1e-6 if len(neg) > int(b * n_clean / 20) else 0.0)).sum())
            for b in (0.2, 0.3, 0.4, 0.5, 0.6)]


def clean_donor_report(d: list[dict], names: tuple[str, ...], n_clean: int, c: float, seeds: list[int]) -> list[int]:
    """Cross-validated found counts (at 0.2…0.6 false flags per 20 untouched articles, as ``fit_kind``) among the
    insertions whose donor is in the scored fold (``donor_folds``), the ones like quotes-dev's."""
    import numpy as np

    y, cv, clean = _fold_probabilities(d, names, c)
    if any("donor_in" in r for r in d if r["y"]):
        own = np.array([bool(r["y"]) and r.get("donor_in") == 0 for r in d])
    else:  # rows cached before round 15: replay the donors
        folds_of = donor_folds(seeds)
        own = np.array([bool(r["y"]) and folds_of.get(":".join(r["doc"].split(":")[:2])) == r["fold"] for r in d])
    neg = np.sort(cv[clean])[::-1]
    found = _found_per_20(cv[own], neg, n_clean)
    print(f"   insertions whose donor is in the scored fold (like quotes-dev's): {int(own.sum())} of {int(y.sum())}; "
          f"found at 0.2/0.3/0.4/0.5/0.6 per 20: {found} (mean {np.mean(found):.0f})")
    return found


def gen_report(d: list[dict], names: tuple[str, ...], n_clean: int, c: float) -> dict[str, list[int]]:
    """Cross-validated found counts (at 0.2…0.6 untouched flags per 20, as ``fit_kind``) of each generator's references
    apart (round 28: v3's swapped nouns and v4's cut antecedents in one fit)."""
    import numpy as np

    y, cv, clean = _fold_probabilities(d, names, c)
    gen = np.array([r.get("gen", 3) for r in d])
    neg = np.sort(cv[clean])[::-1]
    out = {}
    for g in sorted(set(gen[y == 1].tolist())):
        sel = (y == 1) & (gen == g)
        found = _found_per_20(cv[sel], neg, n_clean)
        auc = float(np.mean([(p > q) + 0.5 * (p == q) for p in cv[sel] for q in cv[clean]]))
        print(f"   generator v{g}: {int(sel.sum())} references; found at 0.2/0.3/0.4/0.5/0.6 per 20: {found} "
              f"(mean {np.mean(found):.0f}); AUC over the untouched candidates {auc:.3f}")
        out[f"v{g}"] = found
    return out


def side_probabilities(model: dict, overrides: dict, residues: tuple[int, ...] = (1, 2, 3, 4)) -> list[float]:
    """The model's probability for every dangling candidate of the untouched **train-side** 10kGNAD rows (row index
    mod 5 in ``residues``; residue 0 is the held-out ``--split gnad``), judged as at run time (models/checks_de, the
    part-noun and bridging filters). Real news text nobody perturbed, from another outlet than quotes-de: a second
    pool of untouched articles for the threshold. These rows are in the corpus counts and topic vectors (not
    cross-fitted), so their flags are an undercount; the pool says where a threshold starts to flag real text."""
    import csv

    from newsgraph.checks.perturb import shared_dir
    from newsgraph.config import models_dir

    checks = ArticleChecks(dangling={**overrides, "min_prob": 0.0})
    checks.dangling_model = model
    checks.dangling_extended = any(f.startswith(("sub_", "slot", "prefix", "contained", "per_", "person")) for f in model["features"])
    if any(f in VERB_FEATURES for f in model["features"]):
        checks.verb_table = load_table(str(models_dir() / "checks_de"), checks.cfg["dangling"].get("verb_table", "verb_args.json"))
    if any(f in RELATIONAL_FEATURES for f in model["features"]):
        checks.relational = load_relational(str(models_dir() / "checks_de"))
    nlp = _cached_nlp(nlp_stage.load("de"))
    csv.field_size_limit(10**8)
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        texts = [r[1] for i, r in enumerate(csv.reader(fh, delimiter=";", quotechar="'")) if i % 5 in residues and len(r) >= 2]
    probs: list[float] = []
    for text in texts:
        sents = tag_doc(nlp(text))
        topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword)
        checks._dangling(sents, topic, lambda kind, s, e, reason, p: probs.append(p))
    return probs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", required=True)
    ap.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--max-false-per-20", type=float, default=0.4)
    ap.add_argument("--features", default=None)
    ap.add_argument("--gen", nargs="+", type=int, default=[3],
                    help="perturbation generator versions to train on (4: cut antecedents; see perturb.py)")
    ap.add_argument("--resolvers", action="store_true",
                    help="count the reader's resolvers (newsgraph/checks/resolve.py) as antecedents, as [dangling] resolvers")
    ap.add_argument("--drop", nargs="*", default=[], help="features to leave out (to measure what they add)")
    ap.add_argument("--add", nargs="*", default=[],
                    help="features of dangling.features outside DANGLING_FEATURES to add (round 17: person person_named)")
    ap.add_argument("--filters", action="store_true",
                    help="leave out the candidates the part-noun and bridging filters drop at run time (round 10: the same "
                         "threshold within noise; the shipped model was trained without)")
    ap.add_argument("--bridges", nargs="*", default=None,
                    help="directories of each fold's bridges.json (build_bridges.py --exclude-fold k), default --folds")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a [dangling] setting of config/checks.toml (JSON value), e.g. plural_by_verb=true head_backoff=true")
    ap.add_argument("--side-max-flags", type=int, default=None,
                    help="also keep the final model at most at this many dangling flags on the 822 untouched train-side "
                         "10kGNAD rows (side_probabilities; round 14: 15, the round-2 model's count there): the threshold "
                         "is the higher of the two")
    ap.add_argument("--donor-folds", action="store_true",
                    help="draw each article's donors from its own fold only (perturb.generate donor_folds): leak-free "
                         "cross-validated figures and training rows (round 15)")
    ap.add_argument("--real-set", default=str(REAL_SET),
                    help="the hand-labelled real set; its articles give no cut-antecedent (--gen 4/5) rows (round 28)")
    ap.add_argument("--out", default=str(ROOT / "models/checks_de/dangling.json"))
    args = ap.parse_args()
    t0 = time.time()
    overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    kind = fold_set(args.folds)
    if kind != RECIPE:
        # round 23: the shipped model is fitted on plain --exclude-fold dirs; one fitted on another set is not its control
        print(f"fold dirs are {kind}, not the retrain recipe's {RECIPE} (training/checks/fold_set.py)", flush=True)
    real = real_set_articles(Path(args.real_set))
    data = cached_rows(args.features, lambda: [r for g in args.gen for r in rows(args.folds, args.seeds, args.limit, g, args.resolvers,
                                                                                 args.filters, args.bridges, overrides, args.donor_folds,
                                                                                 real if g >= 4 else None)
                                               if g == args.gen[0] or not r["clean"]])  # untouched copies once
    # a cache may hold more generators than this run asks for (round 28: one v3 + v4 cache, the control fitted on its v3
    # rows); rows cached before round 28 carry no ``gen`` and are v3's
    data = [r for r in data if r["clean"] or r.get("gen", 3) in args.gen]  # the untouched copies are cached once
    cut = {r["source"] for r in data if r.get("gen", 3) >= 4 and not r["clean"]}
    if cut:
        check_cut_sources(cut, real)
        print(f"cut-antecedent rows from {len(cut)} quotes-de train articles (none of quotes-de dev, 10kGNAD or the "
              f"{len(real)} real-set articles)", flush=True)
    print(f"{len(data)} candidates in {time.time() - t0:.0f}s", flush=True)
    n_clean = sum(1 for r in data if r["kind"] == "_article")
    m, report = fit_kind([r for r in data if r["kind"] == "dangling"],
                         tuple(f for f in DANGLING_FEATURES if f not in args.drop) + tuple(f for f in args.add if f not in DANGLING_FEATURES),
                         n_clean, args.C, args.max_false_per_20, "dangling")
    if m is not None and len({r.get("gen", 3) for r in data if r["kind"] == "dangling" and r["y"]}) > 1:
        report["found_by_gen"] = gen_report([r for r in data if r["kind"] == "dangling"], tuple(m["features"]), n_clean, args.C)
    if m is not None and args.gen == [3]:
        report["own_fold_donors_found_at_0.2_to_0.6_per_20"] = clean_donor_report(
            [r for r in data if r["kind"] == "dangling"], tuple(m["features"]), n_clean, args.C, args.seeds)
    if m is not None and args.side_max_flags is not None:
        side = sorted(side_probabilities(m, overrides), reverse=True)
        t_side = side[args.side_max_flags] + 1e-4 if len(side) > args.side_max_flags else 0.0
        print(f"   train-side 10kGNAD: {len(side)} candidates, {sum(p >= m['threshold'] for p in side)} flagged at the train "
              f"threshold {m['threshold']:.4f}; at most {args.side_max_flags} from {t_side:.4f}")
        report["threshold_train"] = m["threshold"]
        report["side_flags_at_train_threshold"] = sum(p >= m["threshold"] for p in side)
        m["threshold"] = round(max(m["threshold"], t_side), 4)
        report["side_flags"] = sum(p >= m["threshold"] for p in side)
        print(f"   threshold {m['threshold']:.4f}: {report['side_flags']} side flags")
    Path(args.out).write_text(json.dumps({"trained": time.strftime("%Y-%m-%d"), "seeds": args.seeds, "fold_set": kind, "model": m,
                                          "report": report}, indent=1), "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
