"""Error analysis of the dangling-reference check on perturbed quotes-de **train** (generator v3, cross-fitted
features as in train_dangling.py), in two stages (checks_de card, round 13):

1. candidate recall: for every inserted reference, whether it becomes a candidate of the classifier, and if not
   why (not sentence-initial for the parse, first sentence, tagged as a name or entity, relational adjective,
   anchored, an antecedent found and by which test, skipped as a plural, dropped by the part/bridging filters);
2. ranking: the candidates' probabilities cross-validated by article fold (the shipped model's features, C = 1,
   as train_dangling.py), the threshold at ``--max-false-per-20`` flags on the untouched articles, and the
   missed and found insertions and the untouched candidates by kind of noun; then the untouched flags.

    OMP_NUM_THREADS=1 python training/checks/dangling_train_errors.py --folds /tmp/checks_fold0 /tmp/checks_fold1 \
        [--seeds 101 102 103] [--set plural_by_verb=true] [--set head_backoff=true]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks, _anaphoricity  # noqa: E402
from newsgraph.checks.dangling import (  # noqa: E402
    _RELATIONAL,
    _SKIP_BETWEEN,
    MIN_KEY,
    Antecedents,
    _verb_root,
    anchored,
    definite_nps,
    features,
    noun_counts,
    plural,
    unresolved,
)
from newsgraph.checks.perturb import generate, load_quotes_de  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic  # noqa: E402
from newsgraph.checks.vectors import WordVectors, stem  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402

SHIPPED = ("score", "ratio", "countable", "fit", "has_fit", "closest", "log_total", "log_def_first", "sent_pos", "n_adj",
           "compound_head")


def antecedent_reason(ante: Antecedents, word: str) -> str:
    """Which of ``Antecedents.has``'s tests finds an antecedent for ``word`` (the same order)."""
    k = stem(word.replace("-", ""))
    if k in ante.keys:
        return "same stem"
    if len(k) >= MIN_KEY:
        if ante._words:
            ante._text += " " + " ".join(ante._words)
            ante._words = []
        if k in ante._text:
            return "inside an earlier word"
        if any(len(e) >= MIN_KEY and (e.endswith(k) or k.endswith(e)) for e in ante.keys):
            return "compound head or tail"
    if ante.synonyms.get(k, set()) & ante.keys:
        return "synonym"
    if len(k) >= 5 and _verb_root(k) in ante.verb_roots:
        return "verb root"
    return "?"


def not_a_candidate(sents, gold, skip_first: int) -> str | None:
    """Why the inserted NP is no sentence-initial definite candidate at all (None when it is one)."""
    toks = [(si, j, t) for si, s in enumerate(sents) for j, t in enumerate(s) if t.start < gold.end and gold.start < t.end]
    if not toks:
        return "no tokens"
    si, j, t = toks[0]
    if j != 0:
        return f"not sentence-initial (after '{sents[si][j - 1].text}')"
    if si < skip_first:
        return "first sentence"
    if t.tag != "ART":
        return f"article tagged {t.tag}"
    k = 1
    while k < len(sents[si]) and sents[si][k].tag in _SKIP_BETWEEN:
        k += 1
    n = sents[si][k] if k < len(sents[si]) else None
    if n is None or n.tag not in ("NN", "NE") or not n.text[:1].isupper():
        return f"noun tagged {n.tag if n else None}"
    if n.ent:
        return f"noun is an entity ({n.ent})"
    if any(x.tag == "ADJA" and x.text.lower().endswith(_RELATIONAL) for x in sents[si][1:k]):
        return "relational adjective"
    if anchored(sents[si], k):
        return "anchored"
    return None


def noun_kind(r: dict) -> str:
    c = r["counts"]
    if c[4] == 0:
        return "unseen noun (no corpus counts)"
    if c[4] < 5:
        return "rare noun (2-4 corpus mentions)"
    if r["ratio"] >= 0.55:
        return "unique-like (definite first >= 55 %)"
    if r["fit"] >= 0.30:
        return "fits the article's topic (fit >= 0.30)"
    if r["countable"] >= 0.25:
        return "introduced with ein/eine >= 25 %"
    return "other common noun"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", nargs="+", required=True, help="checks models built without fold 0, 1 (build_model.py)")
    ap.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103])
    ap.add_argument("--max-false-per-20", type=float, default=0.4)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a [dangling] setting")
    ap.add_argument("--rows", default=None, help="write the rows (JSONL) here")
    ap.add_argument("--show", type=int, default=40, help="untouched candidates to print, most likely first")
    args = ap.parse_args()
    from sklearn.linear_model import LogisticRegression

    overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    checks = ArticleChecks(dangling=overrides)
    dc, tcfg = checks.cfg["dangling"], checks.cfg["topic"]
    names = [n for n, _, _ in load_quotes_de("train")]
    fold_of = {n: i % len(args.folds) for i, n in enumerate(names)}
    vecs = [WordVectors(Path(d)) for d in args.folds]
    anas = [_anaphoricity(d) for d in args.folds]
    nlp = _cached_nlp(nlp_stage.load("de"))
    skip_first = dc.get("skip_first_sentences", 1)
    rows: list[dict] = []
    swapped: list[tuple[int, ...]] = []
    replaced: list[tuple[int, ...]] = []
    stages: Counter = Counter()
    seen: set[str] = set()
    n_clean = 0
    for seed in args.seeds:
        for smp in generate("train", seed):
            if smp.perturbation not in ("none", "dangling_reference"):
                continue
            if smp.perturbation == "none":
                if smp.source in seen:
                    continue
                seen.add(smp.source)
                n_clean += 1
            fold = fold_of[smp.source]
            sents = tag_doc(nlp(smp.text))
            gold = smp.defects[0] if smp.defects else None
            stage = not_a_candidate(sents, gold, skip_first) if gold is not None else None
            ante, reasons = Antecedents(checks.synonyms), {}
            initial = {c.sent: c for c in definite_nps(sents)}
            for si, s in enumerate(sents):
                if si in initial and si >= skip_first:
                    reasons[si] = antecedent_reason(ante, initial[si].noun.text)
                ante.add_sentence(s)
            topic = None
            for cand, has in unresolved(sents, checks.synonyms, skip_first):
                ins = gold is not None and cand.det.start < gold.end and gold.start < cand.noun.end
                why = None
                if has:
                    why = "antecedent found: " + reasons.get(cand.sent, "?")
                elif dc.get("skip_plurals", True) and plural(cand, sents[cand.sent], dc.get("plural_by_verb", False)):
                    why = "skipped as a plural"
                elif cand.noun.text.lower() in checks.part_nouns or checks._bridged(cand.noun, sents[:cand.sent]):
                    why = "part noun or bridging table"
                if ins:
                    stage = why or "candidate"
                if why is not None:
                    continue  # (the other candidates of a perturbed copy stay in as negatives, as in train_dangling.py)
                if topic is None:
                    topic = article_topic(sents, vecs[fold], tcfg, None)
                counts = noun_counts(anas[fold], cand.noun.text, dc)
                f = features(cand, counts, topic, len(sents), dc, sents[cand.sent], extended=False)
                rows.append({"doc": f"{seed}:{smp.id}", "fold": fold, "clean": gold is None, "y": int(ins),
                             "text": f"{cand.det.text} {cand.noun.text}", "counts": list(counts),
                             "sentence": " ".join(t.text for t in sents[cand.sent])[:160], **f})
            if gold is not None:
                stages[stage or "no candidate (?)"] += 1
                # v3's note: "Die Studie for Die allgemeine Haltung": the swapped-in noun and the one it replaced
                m = re.match(r"\w+ (\S+) for \w+ (?:[a-zäöüß]+ ){0,2}(\S+)", gold.note)
                if m:
                    swapped.append(noun_counts(anas[fold], m.group(1), {}))
                    replaced.append(noun_counts(anas[fold], m.group(2), {}))
    n_ins = sum(stages.values())
    print(f"seeds {args.seeds}: {n_ins} inserted references, {n_clean} untouched articles")
    print("1. candidate recall:")
    for k, v in stages.most_common():
        print(f"   {v:5d} {100 * v / n_ins:5.1f} %  {k}")
    untouched_counts = [tuple(r["counts"]) for r in rows if r["clean"]]
    print("the generator's nouns against real ones (corpus counts; seen nouns: smoothed definite-first ratio, share of "
          "mentions with ein/eine, median mentions):")
    for name, cs in (("swapped-in nouns", swapped), ("the nouns they replaced", replaced),
                     ("untouched candidates", untouched_counts)):
        seen_ = [c for c in cs if c[4]]
        print(f"   {name:24} n={len(cs):4d} unseen {np.mean([not c[4] for c in cs]):.2f}  definite-first "
              f"{np.mean([(c[0] + 1.6) / (c[0] + c[2] + 4) for c in seen_]):.2f}  with ein/eine "
              f"{np.mean([(c[3] + 0.6) / (c[4] + 4) for c in seen_]):.2f}  median mentions {np.median([c[4] for c in seen_]):.0f}")
    x = np.array([[r[f] for f in SHIPPED] for r in rows], dtype=np.float64)
    y = np.array([r["y"] for r in rows])
    folds = np.array([r["fold"] for r in rows])
    clean = np.array([r["clean"] for r in rows])
    z = (x - x.mean(axis=0)) / np.where(x.std(axis=0) > 1e-6, x.std(axis=0), 1.0)
    cv = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        m = LogisticRegression(C=1.0, max_iter=2000).fit(z[folds != k], y[folds != k])
        cv[folds == k] = m.predict_proba(z[folds == k])[:, 1]
    budget = int(args.max_false_per_20 * n_clean / 20)
    thr = float(np.sort(cv[clean])[::-1][budget]) + 1e-6
    for r, p in zip(rows, cv):
        r["p"] = float(p)
    groups = {"found": [r for r in rows if r["y"] and r["p"] >= thr], "missed": [r for r in rows if r["y"] and r["p"] < thr],
              "untouched candidates": [r for r in rows if r["clean"]],
              "untouched flagged": [r for r in rows if r["clean"] and r["p"] >= thr]}
    print(f"2. ranking (CV by article fold, threshold {thr:.3f} at {args.max_false_per_20} false flags per 20 untouched):")
    print("   | kind of noun | " + " | ".join(f"{g} ({len(v)})" for g, v in groups.items()) + " |")
    kinds = ["unseen noun (no corpus counts)", "rare noun (2-4 corpus mentions)", "unique-like (definite first >= 55 %)",
             "fits the article's topic (fit >= 0.30)", "introduced with ein/eine >= 25 %", "other common noun"]
    for kind in kinds:
        print(f"   | {kind} | " + " | ".join(str(sum(noun_kind(r) == kind for r in v)) for v in groups.values()) + " |")
    print("   most likely untouched candidates:")
    for r in sorted(groups["untouched candidates"], key=lambda r: -r["p"])[: args.show]:
        print(f"   {r['p']:.3f} {'FLAG' if r['p'] >= thr else '    '} {r['text']:28} counts={r['counts']} | {r['sentence'][:90]}")
    if args.rows:
        Path(args.rows).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
