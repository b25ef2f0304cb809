"""A/B of the round-15 and round-16 cue steps of quotes_cues.tidy_cues (de_cues card, Round 15): the extractor runs once per article
with the four steps off, then each variant applies the shipped step functions, in tidy_cues' order, to a copy of the
quotes, so one command gives every row of the card's table:

    OMP_NUM_THREADS=1 python training/quotes/cue_steps_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r12/qcache_dev.spacy --variant "" --variant noun --variant after --variant wie --variant prep \
        --variant noun,after,wie,prep
    (train: …/train --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        --acts-cv training/runs/h5/acts_cv.json)

Steps: noun (cue_tidy_noun_verb), after (cue_tidy_after_direct), wie (cue_tidy_wie_verb), prep (cue_tidy_source_prep),
als (cue_tidy_als_direct, round 16), comp (late_complements below: round 16, script only; shipped in round 22).
As they run last in extract_quotes, applying them after it is the same as switching the keys on.

Round 16 (de_cues card):

    OMP_NUM_THREADS=1 python training/quotes/cue_steps_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r12/qcache_dev.spacy --variant noun,after,wie,prep --variant noun,after,wie,prep,als \
        --variant noun,after,wie,prep,comp
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acts_cv  # noqa: E402
from cue_tidy_ab import groups  # noqa: E402
from error_analysis import _Cached, _docs, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups, read_dir, score_doc  # noqa: E402
from newsgraph.extract import quotes_cues  # noqa: E402
from newsgraph.extract.quotes import extract_quotes  # noqa: E402
from newsgraph.extract.quotes_features import config, tokens_from_doc  # noqa: E402


def late_complements(doc, toks, quotes, starts) -> None:
    """Round 16's comp step, tried and not shipped then (de_cues card); shipped in round 22 as
    quotes_cues.late_complements (claims.toml cue_late_complements, on), which runs last in extract_quotes, so for the
    A/B add ``--set cue_late_complements=false``. Takes ``starts`` like the other steps (cue_r22_ab.py imports it)."""
    quotes_cues.late_complements(doc, toks, quotes)


STEPS = (("noun", "cue_tidy_noun_verb", quotes_cues.noun_verbs), ("after", "cue_tidy_after_direct", quotes_cues.after_direct),
         ("wie", "cue_tidy_wie_verb", quotes_cues.wie_verbs), ("prep", "cue_tidy_source_prep", quotes_cues.source_preps),
         ("als", "cue_tidy_als_direct", quotes_cues.als_direct), ("comp", None, late_complements))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None, help="directory of fold taggers (train only)")
    ap.add_argument("--acts-cv", default=None, help="acts_cv.py models: the act classifier cross-fitted (train)")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (error_analysis.set_option)")
    ap.add_argument("--variant", action="append", default=None, help="comma-separated steps; '' = none")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    for _, key, _ in STEPS:
        if key:
            config()["model"][key] = False
    if args.acts_cv:
        acts_cv.use(args.acts_cv)
    variants = args.variant if args.variant is not None else [""]
    gold = read_dir(args.dir)
    nlp = _Cached(_docs(gold, args.cache))
    scores = {v: Scores() for v in variants}
    for i in cross_fitted(len(gold), args.folds, 2):
        acts_cv.set_article(i)
        doc = nlp(gold[i].text)
        quotes = extract_quotes(doc, "de")
        toks = tokens_from_doc(doc, "de")
        starts = [t.start for t in toks]
        for v in variants:
            qs = copy.deepcopy(quotes)
            on = set(v.split(",")) - {""}
            if doc.has_annotation("MORPH"):
                for name, _, step in STEPS:
                    if name in on:
                        step(doc, toks, qs, starts)
            score_doc(scores[v], groups(gold[i], qs), gold_groups(gold[i]))
    for v in variants:
        sc = scores[v]
        p, r, f = sc.overlap("cue")
        print(f"{v or '(none)':<24} message={sc.overlap('quote')[2]:.4f} cue={f:.4f} (P {p:.4f} R {r:.4f}) "
              f"speaker={sc.overlap('speaker')[2]:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
