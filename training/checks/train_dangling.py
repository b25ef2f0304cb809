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

from train_offtopic import cached_rows, fit_kind  # noqa: E402

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks, _anaphoricity, _bridges  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.dangling import (  # noqa: E402
    DANGLING_FEATURES,
    bridge_features,
    features,
    noun_counts,
    plural,
    synonym_index,
    unresolved,
)
from newsgraph.checks.perturb import generate, load_quotes_de  # noqa: E402
from newsgraph.checks.resolve import event_noun_keys  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.checks.vectors import WordVectors, load_subword  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def rows(fold_dirs: list[str], seeds: list[int], limit: int | None, gen: int = 3, resolvers: bool = False,
         filters: bool = False, bridge_dirs: list[str] | None = None, overrides: dict | None = None) -> list[dict]:
    names = [n for n, _, _ in load_quotes_de("train")]
    fold_of = {n: i % len(fold_dirs) for i, n in enumerate(names)}
    vecs = [WordVectors(Path(d)) for d in fold_dirs]
    subs = [load_subword(d) for d in fold_dirs]  # None where a fold has no floret.npy
    anas = [_anaphoricity(d) for d in fold_dirs]
    # the bridging associations of each fold (build_bridges.py --exclude-fold k); none where a fold has no table
    bridges = [_bridges(d) for d in (bridge_dirs or fold_dirs)]
    tcfg, dc = section("topic"), section("dangling")
    dc = {**dc, **(overrides or {})}
    syn = synonym_index(dc.get("synonyms", []))
    events = event_noun_keys(dc.get("event_nouns", [])) if resolvers else None
    persons = event_noun_keys(dc.get("person_nouns", [])) if resolvers else None
    nlp = _cached_nlp(nlp_stage.load("de"))
    # the run-time filters before the classifier (part nouns, the bridging table of config [dangling]): the
    # candidates they drop never reach the model, so they must not set its threshold either
    checks = ArticleChecks() if filters else None
    out: list[dict] = []
    seen_clean: set[str] = set()
    for seed in seeds:
        for smp in generate("train", seed, limit, gen):
            if smp.perturbation not in ("none", "dangling_reference"):
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
                out.append({"kind": "_article", "source": smp.source, "clean": True})
            for cand, has in unresolved(sents, syn, dc.get("skip_first_sentences", 1), events, persons):
                if has or (dc.get("skip_plurals", True) and plural(cand, sents[cand.sent], dc.get("plural_by_verb", False))):
                    continue
                if checks is not None and (cand.noun.text.lower() in checks.part_nouns
                                           or checks._bridged(cand.noun, sents[:cand.sent])):
                    continue
                counts = noun_counts(anas[fold], cand.noun.text, dc)
                f = features(cand, counts, topic, len(sents), dc, sents[cand.sent])
                f.update(bridge_features(cand.noun, sents[:cand.sent], bridges[fold]))
                y = any(cand.det.start < e and s < cand.noun.end for s, e in gold)
                out.append({"doc": f"{seed}:{smp.id}", "source": smp.source, "fold": fold, "kind": "dangling",
                            "clean": smp.perturbation == "none", "y": int(y),
                            "text": f"{cand.det.text} {cand.noun.text}", **f})
    return out


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
    ap.add_argument("--filters", action="store_true",
                    help="leave out the candidates the part-noun and bridging filters drop at run time (round 10: the same "
                         "threshold within noise; the shipped model was trained without)")
    ap.add_argument("--bridges", nargs="*", default=None,
                    help="directories of each fold's bridges.json (build_bridges.py --exclude-fold k), default --folds")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a [dangling] setting of config/checks.toml (JSON value), e.g. plural_by_verb=true head_backoff=true")
    ap.add_argument("--out", default=str(ROOT / "models/checks_de/dangling.json"))
    args = ap.parse_args()
    t0 = time.time()
    overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    data = cached_rows(args.features, lambda: [r for g in args.gen for r in rows(args.folds, args.seeds, args.limit, g, args.resolvers,
                                                                                 args.filters, args.bridges, overrides)
                                               if g == args.gen[0] or not r["clean"]])  # untouched copies once
    print(f"{len(data)} candidates in {time.time() - t0:.0f}s", flush=True)
    n_clean = sum(1 for r in data if r["kind"] == "_article")
    m, report = fit_kind([r for r in data if r["kind"] == "dangling"],
                         tuple(f for f in DANGLING_FEATURES if f not in args.drop), n_clean, args.C, args.max_false_per_20, "dangling")
    Path(args.out).write_text(json.dumps({"trained": time.strftime("%Y-%m-%d"), "seeds": args.seeds, "model": m,
                                          "report": report}, indent=1), "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
