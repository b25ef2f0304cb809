"""A/B of the round-19 cue clean-ups (de_cues card, Round 19): the extractor runs once per article with
``cue_tidy_adjunct_pp`` off, then each variant applies its rules, in the order given, to a copy of the quotes, so one
command gives every row of the card's table:

    OMP_NUM_THREADS=1 python training/quotes/cue_pp_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r18/qcache_dev.spacy --variant "" --variant adjunct --variant topic --variant vprep \
        --variant adjunct,vprep --variant inmsg --variant chain
    (train: …/train --cache /tmp/r18/qcache_train.spacy --folds training/runs/quote_folds18 \
        --acts-cv training/runs/h5/acts_cv.json)

Variants:

* adjunct: the shipped step (quotes_cues.adjunct_pps, [model] cue_tidy_adjunct_pp): an adjunct phrase of a cue verb
  opening with a preposition of [de] cue_adjunct_preps leaves the cue. It runs inside tidy_cues, before the quote
  judge; applied here after the judge it gives the same figures (the judge's cue features did not move: dev and
  cross-fitted train identical to switching the key, checked);
* topic: the same with "zu" / "zum" / "zur" only;
* vprep (script only, not shipped): the preposition of a prepositional object of a cue verb joins the cue for the
  pairs of VERB_PREPS ("sprach von", "warnte vor", "appellierte an");
* inmsg (script only): a cue holding a source preposition (laut, zufolge, nach, gemäß) outside the message drops its
  words inside the message ("warf Medienberichten zufolge … das Handtuch": "warf zufolge" -> "zufolge");
* chain (script only in round 19, shipped in round 22 as quotes_cues.chain_fragments, which this variant calls): a
  cue-less nested Direct fragment inside a cue-less IndirectFreeIndirect quote takes the cue of the nearest earlier
  cued Direct / Indirect quote at most one sentence before (gold: 24 of 36 such train fragments have a cue, mostly
  that quote's). It runs last in extract_quotes when claims.toml cue_chain_fragments is on (as shipped), so for the
  A/B add ``--set cue_chain_fragments=false``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402
from cue_tidy_ab import groups  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups, score_doc  # noqa: E402
from newsgraph.extract import quotes_cues  # noqa: E402
from newsgraph.extract.quotes import _spans_of, _tok_ids, extract_quotes, quote_depth  # noqa: E402
from newsgraph.extract.quotes_features import config, tokens_from_doc  # noqa: E402

VERB_PREPS = {("sprechen", "von"), ("warnen", "vor"), ("appellieren", "an"), ("rechnen", "mit"),
              ("protestieren", "gegen"), ("kommen", "zu"), ("kommen", "zum"), ("raten", "zu"), ("beschweren", "über"),
              ("einlassen", "auf"), ("wenden", "an")}
SOURCE = {"laut", "zufolge", "nach", "gemäß"}


def adjunct(doc, toks, qs, starts) -> None:
    quotes_cues.adjunct_pps(doc, toks, qs, starts)


def topic(doc, toks, qs, starts) -> None:
    de = config().setdefault("de", {})
    old = de.get("cue_adjunct_preps", [])
    de["cue_adjunct_preps"] = ["zu", "zum", "zur"]
    try:
        quotes_cues.adjunct_pps(doc, toks, qs, starts)
    finally:
        de["cue_adjunct_preps"] = old


def vprep(doc, toks, qs, starts) -> None:
    by_i = {t.i: k for k, t in enumerate(toks)}
    inq = quote_depth(toks)
    for q in qs:
        if not q.cue:
            continue
        cue, msg = _tok_ids(toks, q.cue, starts), _tok_ids(toks, q.message, starts)
        add = set()
        for k in cue:
            if toks[k].i < 0 or doc[toks[k].i].pos_ != "VERB":
                continue
            v = doc[toks[k].i]
            for ch in v.children:
                if ch.dep_ not in ("obl", "obj", "iobj", "nmod", "obl:arg"):
                    continue
                for p in ch.children:
                    j = by_i.get(p.i)
                    if p.dep_ == "case" and (v.lemma_.lower(), p.text.lower()) in VERB_PREPS and j is not None \
                            and j not in msg and j not in cue and not inq[j] and toks[j].sent == toks[k].sent:
                        add.add(j)
        if add:
            q.cue = _spans_of(toks, cue | add)


def inmsg(doc, toks, qs, starts) -> None:
    for q in qs:
        if not q.cue:
            continue
        cue, msg = _tok_ids(toks, q.cue, starts), _tok_ids(toks, q.message, starts)
        if cue & msg and any(toks[k].text.lower() in SOURCE for k in cue - msg):
            q.cue = _spans_of(toks, cue - msg)


def chain(doc, toks, qs, starts) -> None:
    # shipped since round 22 (claims.toml cue_chain_fragments, on): the script keeps its name for the card's commands
    quotes_cues.chain_fragments(toks, qs, starts)


RULES = {"adjunct": adjunct, "topic": topic, "vprep": vprep, "inmsg": inmsg, "chain": chain}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None, help="directory of fold taggers (train only)")
    ap.add_argument("--acts-cv", default=None, help="acts_cv.py models: the act classifier cross-fitted (train)")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (error_analysis.set_option)")
    ap.add_argument("--variant", action="append", default=None, help="comma-separated rules; '' = none")
    args = ap.parse_args(argv)
    run = setup(args)
    config()["model"]["cue_tidy_adjunct_pp"] = False
    variants = args.variant if args.variant is not None else [""]
    by_text = {d.text: d for d in run.docs}
    scores = {v: Scores() for v in variants}
    for i in run.articles(args.folds):
        g = run.gold[i]
        doc = by_text[g.text]
        quotes = extract_quotes(doc, "de")
        toks = tokens_from_doc(doc, "de")
        starts = [t.start for t in toks]
        for v in variants:
            qs = copy.deepcopy(quotes)
            if doc.has_annotation("DEP"):
                for name in [x for x in v.split(",") if x]:
                    RULES[name](doc, toks, qs, starts)
            score_doc(scores[v], groups(g, qs), gold_groups(g))
    for v in variants:
        sc = scores[v]
        p, r, f = sc.overlap("cue")
        print(f"{v or '(none)':<20} message={sc.overlap('quote')[2]:.4f} cue={f:.4f} (P {p:.4f} R {r:.4f}) "
              f"speaker={sc.overlap('speaker')[2]:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
