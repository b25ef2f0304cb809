"""Speaker precision census: every predicted speaker token the overlap scorer counts as a false positive, by why.

    OMP_NUM_THREADS=1 python training/quotes/speaker_precision.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r25/acts_cv_comp.json --dump DUMP.pkl [--set KEY=VALUE]
    python training/quotes/speaker_precision.py --load DUMP.pkl [--examples 3]

The extractor runs as usual (cross-fitted with --folds / --acts-cv, crossfit.setup) with every step of
extract_quotes wrapped: after each, every quote's speaker is recorded, so each final speaker carries the step that
last changed it ("named by": group = the taggers' roles, link_speakers = the first linker, settle_final_speakers =
the final linker, inherit_free_speakers, a late repair …) and the quote's origin (crf / rule / act / comp …).

FP tokens (pairs as the scorer makes them, eval.quotes.assign), first class that applies:

* (a) spurious quote: no gold message shares a token with ours (a "fragment" when some gold message does, but the
  scorer paired it elsewhere); by mode, cue or not, the step that named the speaker;
* (b) right quote, wrong candidate: ours shares no token with gold's speaker (or gold has none); by what ours is
  (gold none / a pronoun / an outlet / the cue verb's object / another subject / an earlier sentence / the other
  half of an apposition …);
* (c) span too long: ours overlaps gold's, the tokens outside it.

The dump keeps per article the gold doc, both group lists (ours with ``extra`` = origin, step, inherited) for
post-hoc rules over the same predictions.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402
from speaker_census import OUTLET, _chars, _sent, _text  # noqa: E402
from speaker_errors import add_dump_args, dumped_rows, print_examples  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, quote_groups, score_doc  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "ihm", "ihn", "ihnen", "uns", "mir", "du"}

# extract_quotes' steps, looked up at call time in these modules (module globals of quotes.py, or the modules the
# function imports them from inside extract_quotes)
STEPS = {
    "newsgraph.extract.quotes": ("group", "_add_rule_frames", "join_direct_runs", "nested_direct", "fill_missing_cues",
                                 "finish_cues", "inherit_free_speakers", "tidy_speakers", "message_after_speaker",
                                 "drop_bare_indirect", "inherit_direct_cues", "frame_clauses", "frame_sides",
                                 "anaphor_frames", "split_frames", "semicolon_carry", "konjunktiv_frame_heads",
                                 "drop_adjective_laut"),
    "newsgraph.extract.quotes_speakers": ("link_speakers", "hold_final_speakers", "settle_final_speakers",
                                          "fronted_subject_speakers", "pronoun_subject_speakers",
                                          "resolve_opening_pronouns", "join_title_apposition", "passive_agent_speakers",
                                          "frame_attribute_speakers", "frame_adverb_speakers",
                                          "passive_subject_speakers", "cue_subject_speakers",
                                          "local_speech_speakers", "open_carry_speakers"),
    "newsgraph.extract.quotes_acts": ("judge_quotes", "add_acts"),
    "newsgraph.extract.quotes_cues": ("choose_cues", "tidy_cues", "late_cues"),
    "newsgraph.extract.quotes_judge": ("judge",),
    "newsgraph.extract.quotes_rules": ("empty_frames", "close_final_mark"),
}


class Tracer:
    """Records, after every wrapped step, each quote's speaker; ``named(q)`` is the step that last changed it."""

    def __init__(self):
        self.keep: list = []  # holds every quote seen, so no id is reused within an article
        self.last: dict[int, tuple] = {}
        self.step: dict[int, str] = {}

    def reset(self):
        self.keep, self.last, self.step = [], {}, {}

    def see(self, name, objs):
        from newsgraph.extract.quotes import RawQuote

        for o in objs:
            if isinstance(o, list) and o and isinstance(o[0], RawQuote):
                for q in o:
                    k = id(q)
                    sp = tuple(q.speaker)
                    if k not in self.last:
                        self.keep.append(q)
                        self.last[k] = sp
                        self.step[k] = name if sp else ""
                    elif self.last[k] != sp:
                        self.last[k] = sp
                        self.step[k] = name if sp else ""

    def wrap(self, name, fn):
        @functools.wraps(fn)
        def w(*a, **kw):
            out = fn(*a, **kw)
            self.see(name, list(a) + list(kw.values()) + [out])
            return out

        return w

    def named(self, q) -> str:
        return self.step.get(id(q), "?")


def collect(args):
    import importlib

    from speaker_gate import features as gate_features

    from newsgraph.extract import quotes as qmod
    from newsgraph.extract.quotes_features import tokens_from_doc

    run = setup(args, args.limit)
    tr = Tracer()
    saved = []
    for mod, names in STEPS.items():
        m = importlib.import_module(mod)
        for n in names:
            f = getattr(m, n)
            saved.append((m, n, f))
            setattr(m, n, tr.wrap(n, f))
    out = []
    try:
        for i in run.articles(args.folds, args.fold_count):
            tr.reset()
            g = run.gold[i]
            sdoc = run.nlp(g.text)
            quotes = qmod.extract_quotes(sdoc, "de")
            tr.see("end", [quotes])
            # the speaker gate's features of each final quote (speaker_gate.py fits and A/Bs it on these rows)
            toks = tokens_from_doc(sdoc, "de")
            ctx: dict = {}
            feats = {id(q): gate_features(sdoc, toks, quotes, n, ctx) for n, q in enumerate(quotes)}
            sys_g = quote_groups(g, quotes, extra=lambda q, feats=feats: {
                "origin": q.origin, "step": tr.named(q), "inherited": q.inherited, "gate": feats.get(id(q))})
            out.append((i, g, sys_g, gold_groups(g)))
    finally:
        for m, n, f in saved:
            setattr(m, n, f)
    out.sort(key=lambda x: x[0])
    return out


def wrong_kind(doc, g, s, gs, sg) -> str:
    """What our wrong speaker is (no token shared with gold's)."""
    sp = doc.char_span(min(_chars(g, s)), max(_chars(g, s)) + 1, alignment_mode="expand") if s else None
    if sp is None:
        return "unaligned"
    low = sp.text.lower()
    if len(sp) == 1 and sp[0].lower_ in PRONOUNS:
        return "a pronoun"
    gch = _chars(g, gs)
    key = {w.lower() for w in sp.text.split() if w[:1].isupper() and len(w) > 2 and w.lower() not in PRONOUNS}
    if gch and key & {w.lower() for w in g.text[min(gch): max(gch) + 1].split()}:
        return "the same name, another mention"
    # an apposition's other half: ours and gold's are adjacent, one comma apart
    if gch:
        lo, hi = min(gch), max(gch)
        between = g.text[min(hi, sp.end_char): max(lo, sp.start_char)] if (hi < sp.start_char or sp.end_char <= lo) else ""
        if between.strip() in (",", "") and len(between) <= 3:
            return "an apposition's other half / adjacent"
    if any(w in low.split() or low.startswith(w) for w in OUTLET) or any(w in low for w in OUTLET[:10]):
        return "an outlet / report"
    msg = _chars(g, sg.roles["quote"])
    msents = {_sent(doc, min(msg)), _sent(doc, max(msg))}
    ssent = _sent(doc, sp.start_char)
    if ssent < min(msents):
        return "in an earlier sentence"
    if ssent > max(msents):
        return "in a later sentence"
    if msg and min(msg) <= sp.start_char and sp.end_char - 1 <= max(msg):
        return "inside the message"
    root = sp.root
    cue = _chars(g, sg.roles["cue"])
    cue_i = {t.i for t in doc if t.idx in cue}
    verbs = cue_i | {doc[k].head.i for k in cue_i}
    if root.head.i in verbs:
        if root.dep_ in ("obj", "iobj", "obl", "obl:arg", "nmod", "obl:agent", "dat"):
            return "the cue verb's object / oblique"
        if root.dep_ in ("nsubj", "nsubj:pass"):
            return "the cue verb's (other) subject"
    if root.dep_ in ("nsubj", "nsubj:pass"):
        return "another verb's subject"
    if root.dep_ in ("obj", "iobj", "obl", "obl:arg", "nmod"):
        return "another verb's object / oblique"
    return "other (" + root.dep_ + ")"


def census(rows, nex: int, cache: str | None):
    docs = {}
    if cache:
        from spacy.tokens import DocBin

        from newsgraph import nlp as nlp_stage

        vocab = nlp_stage.load("de").vocab
        docs = {d.text: d for d in DocBin().from_disk(cache).get_docs(vocab)}
    sc = Scores()
    tab: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)

    def add(cls, kind, fp, smp):
        if not fp:
            return
        tab[(cls, kind)]["n"] += 1
        tab[(cls, kind)]["fp"] += fp
        if len(ex[(cls, kind)]) < nex:
            ex[(cls, kind)].append(smp)

    for row in rows:
        _, g, sys_g, gold_g = row[:4]
        score_doc(sc, sys_g, gold_g)
        doc = docs.get(g.text)
        pairs = dict(assign(sys_g, gold_g))
        gold_msg = set()
        for gg in gold_g:
            gold_msg |= set(gg.roles["quote"])
        for si, sg in enumerate(sys_g):
            s = set(sg.roles["speaker"])
            if not s:
                continue
            x = sg.extra or {}
            cue = "cue" if sg.roles["cue"] else "no cue"
            gi = pairs.get(si)
            gg = gold_g[gi] if gi is not None else None
            gs = set(gg.roles["speaker"]) if gg is not None else set()
            smp = (f"{sg.form} {cue} [{x.get('origin')}/{x.get('step')}] ours=[{_text(g, s)}] gold=[{_text(g, gs)}] "
                   f"msg=[{_text(g, sg.roles['quote'])[:100]}]")
            fp = len(s - gs)
            if gg is None or not set(sg.roles["quote"]) & set(gg.roles["quote"]):
                sub = "spurious" if not set(sg.roles["quote"]) & gold_msg else "fragment (gold's quote paired elsewhere)"
                add("(a) " + sub, f"{sg.form}, {cue}, {x.get('origin')}, {x.get('step')}", fp, smp)
                continue
            if not s & gs:
                kind = "gold none" if not gs else (wrong_kind(doc, g, s, gs, sg) if doc is not None else "?")
                add("(b) right quote, wrong candidate", kind + f" [{x.get('step')}]" if nex < 0 else kind, fp, smp)
                continue
            add("(c) span too long", "before" if min(s - gs or {10 ** 9}) < min(gs) else "after", fp, smp)
    tp, fp, fn = sc.tp["speaker"], sc.fp["speaker"], sc.fn["speaker"]
    p, r, f = sc.overlap("speaker")
    print(f"message {sc.overlap('quote')[2]:.5f} cue {sc.overlap('cue')[2]:.5f} speaker TP {tp} FP {fp} FN {fn}: "
          f"P/R/F1 {p:.4f}/{r:.4f}/{f:.5f}; attribution {sc.spk_ok}/{sc.spk_total}")
    assert sum(c["fp"] for c in tab.values()) == fp, ("classes != scorer", sum(c["fp"] for c in tab.values()), fp)

    def fixed(c):
        return 2 * tp / (2 * tp + fp - c["fp"] + fn)

    heads: dict = defaultdict(Counter)
    for (cls, _), c in tab.items():
        heads[cls].update(c)
    print(f"{'class (F1 if its FP tokens were gone)':<70} {'quotes':>6} {'FP tok':>7} {'F1 fixed':>9}")
    for cls in sorted(heads, key=lambda k: -heads[k]["fp"]):
        c = heads[cls]
        print(f"{cls:<70} {c['n']:6d} {c['fp']:7d} {fixed(c):9.5f}")
        for (cl, kind), c2 in sorted(tab.items(), key=lambda kv: -kv[1]["fp"]):
            if cl == cls and c2["fp"] >= 5:
                print(f"   {kind:<67} {c2['n']:6d} {c2['fp']:7d} {fixed(c2):9.5f}")
    # the spurious quotes by each facet alone
    for facet, pos in (("mode", 0), ("cue", 1), ("origin", 2), ("named by", 3)):
        cnt: Counter = Counter()
        for (cls, kind), c in tab.items():
            if cls.startswith("(a)"):
                cnt[kind.split(", ")[pos]] += c["fp"]
        print(f"(a) by {facet}: " + ", ".join(f"{k} {v}" for k, v in cnt.most_common()))
    # token precision of every speaker (right or wrong) by the step that named it and by cue
    prec: dict = defaultdict(Counter)
    for row in rows:
        _, g, sys_g, gold_g = row[:4]
        pairs = dict(assign(sys_g, gold_g))
        for si, sg in enumerate(sys_g):
            s = set(sg.roles["speaker"])
            if not s:
                continue
            gs = set(gold_g[pairs[si]].roles["speaker"]) if si in pairs else set()
            for k in ("named by " + str((sg.extra or {}).get("step")), "cue" if sg.roles["cue"] else "no cue",
                      f"{sg.form}, {'cue' if sg.roles['cue'] else 'no cue'}, named by {(sg.extra or {}).get('step')}"):
                prec[k]["n"] += 1
                prec[k]["tp"] += len(s & gs)
                prec[k]["fp"] += len(s - gs)
    print(f"\n{'speakers (all, right or wrong)':<70} {'quotes':>6} {'TP tok':>7} {'FP tok':>7} {'prec':>6}")
    for k, c in sorted(prec.items(), key=lambda kv: -kv[1]["fp"]):
        if c["n"] >= 5:
            print(f"{k:<70} {c['n']:6d} {c['tp']:7d} {c['fp']:7d} {c['tp'] / (c['tp'] + c['fp']):6.3f}")
    if nex:
        print_examples(ex, sorted(ex, key=lambda k: -tab[k]["fp"])[:25], 300)
    return sc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    add_dump_args(ap)
    args = ap.parse_args(argv)
    census(dumped_rows(args, collect), args.examples, args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
