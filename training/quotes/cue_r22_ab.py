"""A/B of round 22's cue candidates (de_cues card, Round 22): the extractor runs once per article (HEAD's settings),
then each variant applies its rules, in the order given, to a copy of the final quotes, so one command gives every
row of the card's table:

    OMP_NUM_THREADS=1 python training/quotes/cue_r22_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r22/qcache_dev.spacy --variant "" --variant conjverb --variant stopadv …
    (train: …/train --cache /tmp/r22/qcache_train.spacy --folds training/runs/quote_folds22 \
        --acts-cv /tmp/r22/acts_cv.json)

Variants:

* conjverb: a cued quote whose message hangs (first verb above the message's head) on a speech verb coordinated with
  a cue verb but outside the cue takes that verb's complex as its cue ("bestätigte die Aussage nicht und nannte sie
  „reine Spekulation“": "bestätigte" -> "nannte"); when that verb is in the cue already, the coordinated verbs the
  message does not hang on leave it ("bezeichnete … als „…“ und kündigte an, …": -> "kündigte an");
  conjverb1 the first part alone, conjverb2 the second alone;
* stopadv (round 13's list, cue_tidy_ab.py): non-cue adverbs ("nun", "jedoch", "nicht", …) leave the cue;
* chain (round 19, cue_pp_ab.py): a cue-less nested Direct fragment of a cue-less IndirectFreeIndirect quote takes
  the cue of the previous cued quote one sentence back at most;
* comp (round 16, cue_steps_ab.py): a cue-less Reported / free quote becomes the Indirect quote of the complement
  clause after "<speech verb> …,";
* heisst (round 14): a cue-less free / Reported quote (not nested) whose sentence holds "heißt es" / "hieß es" outside
  the other quotes' cues takes those two words as cue.

* advdrop: an adverb / adverbial adjective on a cue verb (advmod; not "so", "wie", "wörtlich", source words) leaves
  the cue ("entgegnete empört" -> "entgegnete"): round 21's learned drops as one rule;
* nachverb: a "nach" whose noun is no source noun ([de] angaben) leaves a cue whose verb the message hangs on
  ("kommentierte in einem Interview nach dem Spiel, dass …");
* dgov (round 21, Direct only): a cued Direct quote none of whose cue verbs governs the message and whose cue has no
  source word takes the speech verb its message hangs on (three steps).

chainS / compS / stopadvS: the shipped functions of chain / comp / stopadv (quotes_cues.chain_fragments,
late_complements, stop_adverbs; claims.toml cue_chain_fragments, cue_late_complements, cue_drop_stop_adverbs), which
run last in extract_quotes, so applying them here equals switching them on: run with ``--set
cue_chain_fragments=false --set cue_late_complements=false --set cue_drop_stop_adverbs=false`` for the A/B. (Round 22's
dgovS, the shipped form of dgov, was removed with the step: no train fire.)

``--fires FILE`` writes one JSON line per quote a variant changed (cue before / after, gold cue of the paired quote).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_tidy_ab import apply_rules, groups  # noqa: E402
from rule_ab import add_ab_args, changed, open_census, report, scored_variants, span_text  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups  # noqa: E402
from newsgraph.extract.quotes import _tok_ids, extract_quotes  # noqa: E402
from newsgraph.extract.quotes_cues import _doc_ids, _set_cue, _verb_complex  # noqa: E402
from newsgraph.extract.quotes_features import config, tokens_from_doc  # noqa: E402


def _speech() -> frozenset[str]:
    de = config().get("de", {})
    return frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", [])) | \
        frozenset(de.get("direct_lemmas", []))


def _msg_verb(doc, msg: set[int]):
    """The first verb above the message's head (the first message token whose head lies outside it)."""
    heads = [doc[i] for i in sorted(msg) if doc[i].head.i not in msg or doc[i].head.i == i]
    if not heads:
        return None
    t = heads[0].head
    for _ in range(8):
        if t.i in msg:
            return None
        if t.pos_ == "VERB":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _coordinated(a, b) -> bool:
    return a.dep_ == "conj" and a.head.i == b.i or b.dep_ == "conj" and b.head.i == a.i


def conjverb(doc, toks, qs, starts, parts=(1, 2)) -> None:
    speech = _speech()
    for q in qs:
        if not q.cue or not q.message:
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not cue or not msg:
            continue
        verbs = [doc[i] for i in cue if doc[i].pos_ == "VERB"]
        if not verbs:
            continue
        h = _msg_verb(doc, msg)
        if h is None or h.lemma_.lower() not in speech and h.i not in cue:
            continue
        if h.i not in cue and 1 in parts:
            if any(_coordinated(h, v) for v in verbs):
                keep = {i for i in cue if doc[i].text.lower() in ("als",) and doc[i].head.i == h.i}
                _set_cue(toks, q, (_verb_complex(h) | keep) - msg)
        elif h.i in cue and 2 in parts:
            others = [v for v in verbs if v.i != h.i and _coordinated(h, v)]
            if others:
                drop = set()
                for v in others:
                    drop |= {i for i in cue if i == v.i or doc[i].head.i == v.i}
                if cue - drop:
                    _set_cue(toks, q, cue - drop)


def heisst(doc, toks, qs, starts) -> None:
    used = {i for o in qs if o.cue for i in _doc_ids(toks, _tok_ids(toks, o.cue, starts))}
    for q in qs:
        if q.cue or q.nested or not q.message or q.mode not in ("FreeIndirect", "IndirectFreeIndirect", "Reported"):
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not msg:
            continue
        sents = {doc[i].sent.start for i in msg}
        for s in sorted(sents):
            sent = doc[s].sent
            hit = None
            for t in sent:
                if t.text.lower() in ("heißt", "hieß", "hiess", "heisst") and t.i not in used:
                    es = [x for x in (t.i - 1, t.i + 1) if sent.start <= x < sent.end and doc[x].text.lower() == "es"]
                    if es:
                        hit = {t.i, es[0]}
                        break
            if hit:
                _set_cue(toks, q, hit)
                break


# adverbs gold keeps in a cue ("heißt es wörtlich", "so", "wie"); pronominal adverbs and particles are not ADV here
ADV_KEEP = frozenset({"so", "wie", "wörtlich", "laut", "zufolge", "demnach", "wonach", "ebenfalls"})


def advdrop(doc, toks, qs, starts) -> None:
    for q in qs:
        if not q.cue:
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        drop = {i for i in cue if doc[i].tag_ in ("ADV", "ADJD") and doc[i].dep_ == "advmod"
                and doc[i].head.i in cue and doc[i].head.pos_ in ("VERB", "AUX") and doc[i].text.lower() not in ADV_KEEP}
        if drop and cue - drop:
            _set_cue(toks, q, cue - drop)


def nachverb(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import governs

    src = frozenset(config().get("de", {}).get("angaben", []))
    for q in qs:
        if not q.cue:
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not any(doc[i].pos_ == "VERB" and governs(doc, msg, i) for i in cue):
            continue
        drop = {i for i in cue if doc[i].text.lower() == "nach" and doc[i].head.i != i
                and doc[i].head.text.lower() not in src and doc[i].head.pos_ == "NOUN"}
        if drop and cue - drop:
            _set_cue(toks, q, cue - drop)


SOURCE_WORDS = frozenset({"laut", "zufolge", "nach", "gemäß", "so", "wie", "demnach", "wonach"})


def dgov(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import governs

    speech = _speech()
    for q in qs:
        if not q.cue or q.mode != "Direct" or not q.message:
            continue
        cue = _doc_ids(toks, _tok_ids(toks, q.cue, starts))
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not cue or not msg or any(doc[i].text.lower() in SOURCE_WORDS for i in cue):
            continue
        if any(doc[i].pos_ == "VERB" and governs(doc, msg, i) for i in cue):
            continue
        heads = [doc[i] for i in sorted(msg) if doc[i].head.i not in msg]
        pick = None
        for h in heads[:1]:
            t = h.head
            for _ in range(3):
                if t.i in msg:
                    break
                if t.pos_ == "VERB" and t.lemma_.lower() in speech:
                    pick = t
                    break
                if t.head.i == t.i:
                    break
                t = t.head
        if pick is not None:
            # a naming frame's "als" the taggers cued stays ("bezeichnete er als „…“")
            als = {i for i in cue if doc[i].text.lower() == "als"}
            _set_cue(toks, q, (_verb_complex(pick) | als) - msg)


def stopadv(doc, toks, qs, starts) -> None:
    apply_rules(doc, toks, qs, {"stopadv"})


def chain(doc, toks, qs, starts) -> None:
    from cue_pp_ab import chain as ch

    ch(doc, toks, qs, starts)


def comp(doc, toks, qs, starts) -> None:
    from cue_steps_ab import late_complements

    late_complements(doc, toks, qs, starts)


def chain_shipped(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import chain_fragments

    chain_fragments(toks, qs, starts)


def comp_shipped(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import late_complements

    late_complements(doc, toks, qs)


def stopadv_shipped(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import stop_adverbs

    stop_adverbs(doc, toks, qs, starts)


RULES = {"conjverb": conjverb, "conjverb1": lambda *a: conjverb(*a, parts=(1,)),
         "conjverb2": lambda *a: conjverb(*a, parts=(2,)), "stopadv": stopadv, "chain": chain, "comp": comp,
         "heisst": heisst, "advdrop": advdrop, "nachverb": nachverb, "dgov": dgov, "chainS": chain_shipped,
         "compS": comp_shipped, "stopadvS": stopadv_shipped}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    add_ab_args(ap)
    ap.add_argument("--stop-after", type=int, default=None,
                    help="stop after this many articles in tagging order (a first look at one fold's articles)")
    args = ap.parse_args(argv)
    run = setup(args, args.limit)
    variants = args.variant if args.variant is not None else [""]
    by_text = {d.text: d for d in run.docs}
    scores = {v: Scores() for v in variants}
    fires = open(args.fires, "w", encoding="utf-8") if args.fires else None
    census = open_census(args.census)
    for n, i in enumerate(run.articles(args.folds)):
        if args.stop_after is not None and n >= args.stop_after:
            break
        if args.fold_only is not None and i % 2 != args.fold_only:
            continue
        g = run.gold[i]
        doc = by_text[g.text]
        quotes = extract_quotes(doc, "de")
        toks = tokens_from_doc(doc, "de")
        starts = [t.start for t in toks]
        gg = gold_groups(g)
        for v, sg in scored_variants(RULES, variants, scores, census, g, doc, toks, starts, quotes, gg):
            if not (fires and v):
                continue
            for a, b, gold in changed(groups(g, quotes), sg, gg):
                fires.write(json.dumps({"variant": v, "doc": g.name, "mode": b.form,
                                        "before": span_text(g, a.roles["cue"]), "after": span_text(g, b.roles["cue"]),
                                        "gold": span_text(g, gold.roles["cue"]) if gold is not None else None,
                                        "msg": span_text(g, b.roles["quote"])[:160]}, ensure_ascii=False) + "\n")
    if fires:
        fires.close()
    report(scores, variants, census, args.census)
    return 0


if __name__ == "__main__":
    sys.exit(main())
