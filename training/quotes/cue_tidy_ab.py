"""A/B of cue clean-up rules after extract_quotes (round 13, de_cues card): the extractor runs once per article
(``[model] cue_tidy`` off), each variant's rules are applied to a copy of its quotes, and the overlap F1 of message /
cue / speaker is printed per variant, so every figure of the card's round-13 table (kept and not kept) comes from one
command:

    OMP_NUM_THREADS=1 python training/quotes/cue_tidy_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r12/qcache_dev.spacy --variant "" --variant konj1,hinaus --variant konj1,hinaus,free
    (train: DIR …/train --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds)

Rules (comma-separated in a variant; ``konj1``, ``free`` and ``hinaus`` are what quotes_cues.tidy_cues ships):

* konj1: a cue whose verbs are all finite Konjunktiv is emptied; konj: also with a participle/infinitive;
* free: a cue lying wholly inside the message of an IndirectFreeIndirect / FreeIndirect quote is emptied
  (+ freerep: also inside a Reported quote's message);
* inmsg: a cue inside any other quote's message is emptied (inmsgD: Direct quotes too);
* freecue: the cue of our IndirectFreeIndirect / FreeIndirect quotes is emptied;
* hinaus: "darüber hinaus" leaves the cue; wie: a sentence-initial "Wie" leaves it; dazu: "dazu" on a speech verb
  without a zu-infinitive leaves it; stopadv: non-cue adverbs (dagegen, nun, nicht, …) leave it;
* noun: a light-verb noun of [de] light_verb_nouns with its article/preposition joins the cue;
* ffF / ffI / ffR / ffD / ffN (round 14): a cue-less FreeIndirect / IndirectFreeIndirect / Reported / Direct / Indirect
  quote takes the source frame of its sentences (freeframe: the first three, shipped as cue_tidy_free_frame; ffx: not a
  word that is another quote's cue; actframe: the act classifier's quotes only);
* actverb (round 14, with --after-tidy): a Reported quote of the act classifier takes its root verb complex as cue
  (actverbI: and becomes Indirect); finish: quotes.finish_cues once more after the chooser and the tidy-up;
* twoverb: of two full verbs in the cue of a quote that is not Direct, the one the message hangs on stays when only one
  does (twoverbD: Direct quotes too).
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, set_option  # noqa: E402
from fold_taggers import cross_fitted  # noqa: E402

from newsgraph.eval.quotes import (  # noqa: E402
    Scores,
    gold_groups,
    read_dir,
    score_doc,
)
from newsgraph.eval.quotes import quote_groups as groups  # noqa: E402, F401 (cue_r23_ab.py and the other A/B scripts import it from here)
from newsgraph.extract.quotes import _spans_of, _tok_ids, extract_quotes  # noqa: E402
from newsgraph.extract.quotes_cues import governs  # noqa: E402
from newsgraph.extract.quotes_features import config, tokens_from_doc  # noqa: E402

FREE = ("IndirectFreeIndirect", "FreeIndirect")
SPEECH = ("sagen", "erklären", "meinen", "schreiben", "lauten", "mitteilen", "äußern", "bekanntgeben", "geben")
STOPADV = ("dagegen", "nun", "nicht", "vermutlich", "also", "jedoch", "auch", "zudem", "außerdem", "hingegen",
           "allerdings", "bereits", "noch", "schon", "zufrieden")


def apply_rules(doc, toks, quotes, rules: set[str]) -> None:
    nouns = set(config().get("de", {}).get("light_verb_nouns", []))
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks)}
    if "actverb" in rules or "actverbI" in rules:
        # round 14: the act classifier's Reported quotes take their sentence's root verb with its complex as cue
        from newsgraph.extract.quotes import TSpan, cue_complex

        for q in quotes:
            if getattr(q, "from_act", False) and q.mode == "Reported" and not q.cue:
                ids = _tok_ids(toks, q.message, starts)
                root = next((k for k in sorted(ids) if toks[k].i >= 0 and doc[toks[k].i].dep_ == "ROOT"
                             and doc[toks[k].i].pos_ in ("VERB", "AUX")), None)
                if root is not None:
                    got = cue_complex(doc, toks, [TSpan(root, root + 1, "CUE")], [])
                    q.cue = _spans_of(toks, {j for c in got for j in range(c.i, c.j)})
                    if "actverbI" in rules:
                        q.mode = "Indirect"
    ff_modes = {m for r, m in (("ffF", "FreeIndirect"), ("ffI", "IndirectFreeIndirect"), ("ffR", "Reported"),
                               ("ffD", "Direct"), ("ffN", "Indirect")) if r in rules}
    if ff_modes:
        rules = rules | {"freeframe"}
    if {"actframe", "actframeI", "freeframe", "freeframeI"} & rules:
        # round 14: a cue-less quote of the act classifier (actframe) or any cue-less free / Reported quote (freeframe)
        # takes the source frame of its sentence ("Nach Angaben der Polizei sollen …": quotes_rules' frame back-off,
        # which runs before the act classifier); …I: and becomes Indirect
        from newsgraph.extract.quotes import TSpan, _frame_word, cue_complex, quote_depth
        from newsgraph.extract.quotes_features import lexicon

        inq = quote_depth(toks)
        speech = frozenset(config().get("de", {}).get("indirect_lemmas", []))
        lx = lexicon("de")
        for q in quotes:
            if q.cue or q.nested or q.mode not in (ff_modes or ("Reported", "FreeIndirect", "IndirectFreeIndirect")):
                continue
            if not (getattr(q, "from_act", False) or {"freeframe", "freeframeI"} & rules):
                continue
            ids = _tok_ids(toks, q.message, starts)
            if not ids:
                continue
            sents = {toks[k].sent for k in ids}
            cand = [k for k in range(len(toks)) if toks[k].sent in sents]
            if "ffx" in rules:
                used = {k for o in quotes if o is not q and o.cue for k in _tok_ids(toks, o.cue, starts)}
                cand = [k for k in cand if k not in used]
            pick = _frame_word(doc, toks, cand, ids, inq, speech, lx)
            if pick is None:
                continue
            got = cue_complex(doc, toks, [TSpan(pick, pick + 1, "CUE")], [])
            q.cue = _spans_of(toks, {j for c in got for j in range(c.i, c.j)})
            if "actframeI" in rules or "freeframeI" in rules:
                q.mode = "Indirect"
    if "finish" in rules:
        # round 14: the verb complex once more, after the chooser and the tidy-up
        from newsgraph.extract.quotes import finish_cues

        finish_cues(doc, toks, quotes)
    msgs = [(q, set(_tok_ids(toks, q.message, starts))) for q in quotes if not q.nested]
    for q in quotes:
        if not q.cue:
            continue
        cue = set(_tok_ids(toks, q.cue, starts))
        msg = set(_tok_ids(toks, q.message, starts))
        new = set(cue)
        for k in cue:
            if toks[k].i < 0:
                continue
            v = doc[toks[k].i]
            low = v.text.lower()
            if "noun" in rules and v.pos_ in ("VERB", "AUX"):
                for ch in v.children:
                    if ch.dep_ in ("obj", "nsubj", "obl", "nsubj:pass") and ch.lemma_.lower() in nouns:
                        ids = [by_i.get(g.i) for g in [ch] + [g for g in ch.children if g.dep_ in ("det", "case")]]
                        if all(j is not None and j not in msg and toks[j].sent == toks[k].sent for j in ids):
                            new.update(ids)
            if "dazu" in rules and low == "dazu" and v.head.lemma_.lower() in SPEECH and \
                    not any(c.dep_ == "xcomp" for c in v.head.children):
                new.discard(k)
            if "hinaus" in rules and (low == "darüber" and v.i + 1 < len(doc) and doc[v.i + 1].text.lower() == "hinaus"
                                      or low == "hinaus" and v.i > 0 and doc[v.i - 1].text.lower() == "darüber"):
                new.discard(k)
            if "wie" in rules and low == "wie" and v.i == v.sent.start:
                new.discard(k)
            if "stopadv" in rules and low in STOPADV and v.dep_ in ("advmod", "ROOT", "xcomp"):
                new.discard(k)
        if "konj" in rules or "konj1" in rules:
            vs = [doc[toks[k].i] for k in cue if toks[k].i >= 0 and doc[toks[k].i].pos_ in ("VERB", "AUX")]
            fin = [v for v in vs if "Fin" in v.morph.get("VerbForm")]
            if fin and all("Sub" in v.morph.get("Mood") for v in fin) and ("konj" in rules or len(vs) == len(fin)):
                new = set()
        if "inmsg" in rules and (q.mode != "Direct" or "inmsgD" in rules) and \
                any(o is not q and cue <= m for o, m in msgs):
            new = set()
        if "free" in rules and any(o is not q and o.mode in FREE + (("Reported",) if "freerep" in rules else ())
                                   and cue <= m for o, m in msgs):
            new = set()
        if "freecue" in rules and q.mode in FREE:
            new = set()
        if "twoverb" in rules and len(new) > 1 and (q.mode != "Direct" or "twoverbD" in rules):
            vs = [k for k in new if toks[k].i >= 0 and doc[toks[k].i].pos_ == "VERB"]
            mi = {toks[k].i for k in msg if toks[k].i >= 0}
            gov = [k for k in vs if governs(doc, mi, toks[k].i)] if len(vs) >= 2 else []
            if len(gov) == 1:
                kv = doc[toks[gov[0]].i]
                for k in vs:
                    v = doc[toks[k].i]
                    if k != gov[0] and (v.dep_ == "conj" or kv.dep_ == "conj" or v.head.i != kv.i and kv.head.i != v.i):
                        new -= {j for j in new if toks[j].i >= 0 and (j == k or doc[toks[j].i].head.i == v.i
                                                                      and doc[toks[j].i].dep_ in ("compound:prt", "aux", "aux:pass"))}
        if new != cue:
            q.cue = _spans_of(toks, new)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None, help="directory of fold taggers (train only)")
    ap.add_argument("--set", action="append", default=[], help="model setting KEY=VALUE (error_analysis.set_option)")
    ap.add_argument("--variant", action="append", default=None, help="comma-separated rules; '' = none")
    ap.add_argument("--after-tidy", action="store_true", help="keep cue_tidy on: the variants' rules come after it")
    ap.add_argument("--acts-cv", default=None, help="acts_cv.py models: the act classifier cross-fitted (train)")
    ap.add_argument("--chooser-cv", default=None, help="train_cues.py --cv-out DIR: the cue chooser cross-fitted")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    import acts_cv
    from cue_misses import mark_act_quotes

    if args.acts_cv:
        acts_cv.use(args.acts_cv)
    if args.chooser_cv:
        acts_cv.use_chooser(args.chooser_cv)
    mark_act_quotes()
    if not args.after_tidy:
        config()["model"]["cue_tidy"] = False
    variants = args.variant if args.variant is not None else [""]
    gold = read_dir(args.dir)
    docs = _docs(gold, args.cache)
    nlp = _Cached(docs)
    scores = {v: Scores() for v in variants}
    for i in cross_fitted(len(gold), args.folds, 2):
        acts_cv.set_article(i)
        doc = nlp(gold[i].text)
        quotes = extract_quotes(doc, "de")
        toks = tokens_from_doc(doc, "de")
        for v in variants:
            qs = copy.deepcopy(quotes)
            apply_rules(doc, toks, qs, set(v.split(",")) - {""})
            score_doc(scores[v], groups(gold[i], qs), gold_groups(gold[i]))
    for v in variants:
        sc = scores[v]
        p, r, f = sc.overlap("cue")
        print(f"{v or '(none)':<28} message={sc.overlap('quote')[2]:.4f} cue={f:.4f} (P {p:.4f} R {r:.4f}) "
              f"speaker={sc.overlap('speaker')[2]:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
