"""Error analysis of the dangling-reference check on perturbed articles: for every recorded
dangling reference, is its NP a candidate, does the antecedent test find an antecedent anyway, is
it skipped as a plural, and what probability the classifier gives it; and the untouched articles'
most likely candidates (the false flags at a lower threshold).

    python training/checks/dangling_errors.py --split quotes-dev --gen 4
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks.article import ArticleChecks  # noqa: E402
from newsgraph.checks.dangling import definite_nps, features, noun_counts, plural, unresolved  # noqa: E402
from newsgraph.checks.perturb import generate  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.checks.topic import article_topic, probability  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="quotes-dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--gen", type=int, default=4)
    ap.add_argument("--top-clean", type=int, default=15)
    ap.add_argument("--resolvers", action="store_true", help="the reader's resolvers count as antecedents")
    args = ap.parse_args()
    checks = ArticleChecks(dangling={"resolvers": True}) if args.resolvers else ArticleChecks()
    dc = checks.cfg["dangling"]
    nlp = _cached_nlp(nlp_stage.load("de"))
    outcome: Counter = Counter()
    clean: list[tuple[float, str]] = []
    for smp in generate(args.split, args.seed, None, args.gen):
        if smp.perturbation not in ("none", "dangling_reference"):
            continue
        sents = tag_doc(nlp(smp.text))
        topic = article_topic(sents, checks.vectors, checks.cfg["topic"], checks.subword)
        gold = [(d.start, d.end, d.note) for d in smp.defects]
        res = {c.sent: (c, has) for c, has in unresolved(sents, checks.synonyms, dc.get("skip_first_sentences", 1), checks.event_nouns,
                                                       checks.person_nouns)}
        if smp.perturbation == "dangling_reference":
            gs, ge, note = gold[0]
            cand = next(((c, has) for c, has in res.values() if c.det.start < ge and gs < c.noun.end), None)
            if cand is None:
                inits = [c for c in definite_nps(sents) if c.det.start < ge and gs < c.noun.end]
                why = "not a candidate (first sentence)" if inits else "not a candidate (anchored, name or tag)"
                outcome[why] += 1
                print(f"{why:<34} {note[:110]}")
                continue
            c, has = cand
            if has:
                outcome["antecedent found"] += 1
                print(f"{'antecedent found':<34} {note[:110]}")
                continue
            if dc.get("skip_plurals", True) and plural(c, sents[c.sent], dc.get("plural_by_verb", False)):
                outcome["plural"] += 1
                print(f"{'plural':<34} {note[:110]}")
                continue
        for c, has in res.values():
            if has or (dc.get("skip_plurals", True) and plural(c, sents[c.sent], dc.get("plural_by_verb", False))):
                continue
            counts = noun_counts(checks.anaphoricity, c.noun.text, dc)
            f = features(c, counts, topic, len(sents), dc, sents[c.sent], checks.dangling_extended)
            p = probability(checks.dangling_model, f) if checks.dangling_model else float("nan")
            text = f"{c.det.text} {c.noun.text}"
            if smp.perturbation == "none":
                clean.append((p, f"{text} ratio={f['ratio']:.2f} countable={f['countable']:.2f} fit={f['fit']:.2f}"))
            elif any(c.det.start < ge and gs < c.noun.end for gs, ge, _ in gold):
                hit = p >= dc.get("min_prob", 0.5)
                outcome["flagged" if hit else "below threshold"] += 1
                print(f"{'flagged' if hit else 'below threshold':<18} p={p:.3f} ratio={f['ratio']:.2f} "
                      f"countable={f['countable']:.2f} fit={f['fit']:.2f} {gold[0][2][:90]}")
    print(dict(outcome))
    print("untouched articles' most likely candidates:")
    for p, t in sorted(clean, reverse=True)[: args.top_clean]:
        print(f"  {p:.3f} {t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
