"""A/B of round 27's cue-precision steps (de_cues card, Round 27, h1) on saved final quotes (cue_r23_ab.py ``--save``,
HEAD's settings with the steps off): each runs last in extract_quotes, so applying it to a copy of the saved quotes
gives what the live step gives.

    OMP_NUM_THREADS=1 python training/quotes/cue_r27_ab.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --load q_tr0.pkl --load q_tr1.pkl --variant "" --variant names \
        [--variant nach --variant nachB] [--fires FILE]

Variants: ``names`` quotes_cues.quoted_names as shipped ([model] quoted_name_apposition; give the saved quotes of a run
with it off: ``--set quoted_name_apposition=false`` at ``--save``); ``nach`` the first rule of the round, measured and left
off (nonsource_nach below: a quote it leaves cue-less, not Direct and not nested, goes); ``nachB`` the same cue edit, no
quote goes.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_tidy_ab import groups  # noqa: E402
from rule_ab import add_ab_args, report, scored_variants, span_text  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups  # noqa: E402
from newsgraph.extract.quotes_cues import quoted_names  # noqa: E402
from newsgraph.extract.quotes_features import Tok, config, tokens_from_doc  # noqa: E402


def _source_nouns() -> tuple[str, ...]:
    """The nouns that make "nach X" a source frame: the lists the frame rules read (quotes.SOURCE_NOUNS,
    quotes_rules.DE_SOURCE_NOUNS, [de] angaben)."""
    from newsgraph.extract.quotes import SOURCE_NOUNS
    from newsgraph.extract.quotes_rules import DE_SOURCE_NOUNS

    return tuple(sorted(SOURCE_NOUNS | DE_SOURCE_NOUNS | frozenset(config().get("de", {}).get("angaben", []))))


def nonsource_nach(doc, toks: list[Tok], quotes: list) -> list:
    """A cue word "nach" that the parse hangs, as its case marker, on a common noun outside the source-noun lists (nor a
    compound ending in one: "Polizeiangaben") is a time or manner "nach", no frame ("Nach den Wahlen im März …", "nach
    Abschluss der Ermittlungen", "nach einem „Gesetz …“"): it leaves the cue with the cue words of its noun group. A quote
    whose cue it empties that is neither Direct nor nested was a quote only by that frame and goes, with the quotes nested
    in its message; a Direct or nested quote stays without a cue. Returns the quotes kept (measured as a last
    step of extract_quotes in round 27 and left off: the code lives here only)."""
    from newsgraph.extract.quotes import _spans_of, _tok_ids

    nouns = _source_nouns()
    starts = [t.start for t in toks]
    gone = []
    for q in quotes:
        if not q.cue:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        drop: set[int] = set()
        for k in cue:
            if toks[k].i < 0 or toks[k].text.lower() != "nach":
                continue
            t = doc[toks[k].i]
            n = t.head
            if t.dep_ != "case" or n.i == t.i or n.pos_ != "NOUN" or n.text.lower().endswith(nouns):
                continue
            sub = {w.i for w in n.subtree}
            drop |= {j for j in cue if toks[j].i in sub or j == k}
        if not drop:
            continue
        rest = cue - drop
        q.cue = _spans_of(toks, rest)
        if not rest and not q.nested and q.mode != "Direct":
            gone.append(q)
    if not gone:
        return quotes
    spans = [(g.message[0][0], g.message[-1][1]) for g in gone if g.message]
    return [q for q in quotes if not any(q is g for g in gone)
            and not (q.nested and q.message and any(a <= q.message[0][0] and q.message[-1][1] <= b for a, b in spans))]


def nach(doc, toks, qs, starts) -> None:
    qs[:] = nonsource_nach(doc, toks, qs)


def nach_b(doc, toks, qs, starts) -> None:
    nonsource_nach(doc, toks, qs)


def names(doc, toks, qs, starts) -> None:
    qs[:] = quoted_names(doc, toks, qs)


RULES = {"nach": nach, "nachB": nach_b, "names": names}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    add_ab_args(ap)
    ap.add_argument("--load", action="append", default=[])
    args = ap.parse_args(argv)
    args.folds = args.acts_cv = None
    run = setup(args)
    variants = args.variant if args.variant is not None else [""]
    by_text = {d.text: d for d in run.docs}
    scores = {v: Scores() for v in variants}
    fires = open(args.fires, "w", encoding="utf-8") if args.fires else None
    saved: dict = {}
    for p in args.load:
        saved.update(pickle.loads(Path(p).read_bytes()))
    for i in sorted(saved):
        g = run.gold[i]
        doc = by_text[g.text]
        toks = tokens_from_doc(doc, "de")
        starts = [t.start for t in toks]
        gg = gold_groups(g)
        base = groups(g, saved[i])
        bpairs = dict(assign(base, gg))
        for v, sg in scored_variants(RULES, variants, scores, None, g, doc, toks, starts, saved[i], gg):
            if not (fires and v):
                continue
            after = {(tuple(s.roles["quote"]), tuple(s.roles["cue"])) for s in sg}
            kept = {tuple(s.roles["quote"]) for s in sg}
            for si, b in enumerate(base):
                if (tuple(b.roles["quote"]), tuple(b.roles["cue"])) in after:
                    continue
                gold = gg[bpairs[si]] if si in bpairs else None
                fires.write(json.dumps({
                    "variant": v, "art": i, "what": "quote dropped" if tuple(b.roles["quote"]) not in kept else "cue cut",
                    "mode": b.form, "nested": b.nested, "cue": span_text(g, b.roles["cue"]),
                    "gold_cue": span_text(g, gold.roles["cue"]) if gold else None,
                    "msg_tp_fp": [len(set(b.roles["quote"]) & set(gold.roles["quote"])) if gold else 0,
                                  len(set(b.roles["quote"]) - (set(gold.roles["quote"]) if gold else set()))],
                    "msg": span_text(g, b.roles["quote"])[:150]}, ensure_ascii=False) + "\n")
    if fires:
        fires.close()
    report(scores, variants, None, None)
    for v in variants:
        sc = scores[v]
        print(f"{v or '(none)':<24} message {sc.overlap('quote')[2]:.5f} (TP {sc.tp['quote']} FP {sc.fp['quote']} "
              f"FN {sc.fn['quote']}) cue {sc.overlap('cue')[2]:.5f} speaker {sc.overlap('speaker')[2]:.5f} (TP "
              f"{sc.tp['speaker']} FP {sc.fp['speaker']} FN {sc.fn['speaker']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
