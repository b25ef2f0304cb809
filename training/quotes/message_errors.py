"""Message token errors by kind: where the message overlap F1's false positives and false negatives come from.

    OMP_NUM_THREADS=1 python training/quotes/message_errors.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        [--acts-cv training/runs/h3/acts_cv.json] [--examples 4] [--set KEY=VALUE]

Quotes are paired as the scorer pairs them (eval.quotes.assign); a pair is "found" when the two messages share a
token. Every message FP / FN token of the overlap score is put in one class:

* missed gold quote (no found partner), by gold type; split by whether a prediction paired with another gold
  quote covers its tokens (two gold quotes merged into one prediction) or nothing does;
* spurious prediction (no found partner), by our mode and cue; split by whether its tokens lie in a gold message
  found by another prediction (a split or duplicate), in a gold cue / speaker, or outside every gold quote;
* boundary errors of found quotes, by gold type: FN tokens before / after / inside our span in the same sentence
  or in another sentence (a multi-sentence gold quote cut short); FP tokens over the gold cue, over the gold speaker,
  into another gold quote's message, into another sentence, or the rest of the sentence (before / after gold).

Round 21 (h4) adds a second table, the same tokens in the kinds of the whole error budget (``rollup``): missed quotes,
two gold quotes merged into one prediction, spurious quotes, and each boundary run (a contiguous stretch of FP or FN
tokens of one found pair in one sentence) by what it is — underruns: a multi-sentence gold quote cut short (the next
sentence in quotation marks, Konjunktiv, a hearsay modal, or indicative), the tail after a comma or the head before it
in the same sentence; overruns: into another sentence, a trailing / leading attribution (the run holds a speech verb
of our lists or the gold cue: "…, sagte er"), over the gold cue / speaker, into another gold quote, the clause after a
comma or before it; edge punctuation. Each row: tokens, and the message F1 if that kind alone were fixed.

``--acts-cv`` (a json of five act-classifier models keyed 0..4, article i taking model i % 5, as
``training/quotes/acts_cv.py`` writes it) keeps the cross-fitted train figure honest: the shipped
models/de_acts saw every train article (0.7564 in-sample against 0.7488 cross-fitted). Build it with acts_cv.py at
the round's caches so each CV model carries its complement model as the shipped one does (training/README.md, "Quotes").
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup, use_acts_cv  # noqa: E402,F401  (use_acts_cv: older imports)

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, score_doc  # noqa: E402
from newsgraph.extract.quotes_features import config, lexicon  # noqa: E402

PUNCT = set(".,;:!?-–()\"„“”»«'")
QMARKS = set("„“”»«\"")
RELATIVE = {"der", "die", "das", "dem", "den", "dessen", "deren", "denen", "welche", "welcher", "welches", "wo",
            "was", "wie", "womit", "wobei", "worauf"}


class Lex:
    """What a boundary run holds: speech verbs of our lists (the rule-cue stems, [de] indirect/reported lemmas),
    Konjunktiv (the parse's Mood=Sub), hearsay modals ([de] candidate_modals)."""

    def __init__(self):
        de = config().get("de", {})
        self.lx = lexicon("de")
        self.lemmas = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", []))
        self.modals = tuple(de.get("candidate_modals", []))

    def speech(self, t) -> bool:
        w = t.text
        return (w[:1].islower() and self.lx.is_rule_cue(w.lower())) or (
            t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lemmas)


def _ptoks(sdoc, g, ids):
    """Parse tokens under gold token ids."""
    out = []
    for k in sorted(ids):
        a, b = g.tokens[k]
        sp = sdoc.char_span(a, b, alignment_mode="expand")
        if sp is not None:
            out.extend(sp)
    return out


def _runs(ids, sent):
    """Contiguous runs of token ids, split at sentence changes."""
    runs, cur = [], []
    for k in sorted(ids):
        if cur and (k != cur[-1] + 1 or sent[k] != sent[cur[-1]]):
            runs.append(cur)
            cur = []
        cur.append(k)
    if cur:
        runs.append(cur)
    return runs


def rollup_boundaries(g, sdoc, gq, sq, gold_q, others, sent, lex, word, ours_else=frozenset()):
    """(side, kind, run) for each boundary run of one found pair (gold message gq, ours sq)."""
    out = []
    ssents = {sent[k] for k in sq}
    gsents = {sent[k] for k in gq}
    lo, hi, glo, ghi = min(sq), max(sq), min(gq), max(gq)
    allp = lambda run: all(word(k) in PUNCT for k in run)  # noqa: E731
    for run in _runs(gq - sq, sent):
        if allp(run):
            out.append(("fn", "underrun: edge punctuation", run))
        elif sent[run[0]] not in ssents:
            # the sentence's own tokens (not only the run) say what kind of continuation it is
            pt = _ptoks(sdoc, g, run)
            words = [word(k) for k in run]
            quoted = sum(w in QMARKS for w in words) >= 1 and (words[0] in QMARKS or word(run[0] - 1) in QMARKS)
            if gold_q.get("form") == "Direct" or quoted:
                kind = "underrun: next sentence cut short, Direct / in marks"
            elif any("Sub" in t.morph.get("Mood") for t in pt):
                kind = "underrun: next sentence cut short, Konjunktiv"
            elif any(t.text.lower().startswith(lex.modals) for t in pt):
                kind = "underrun: next sentence cut short, hearsay modal"
            else:
                kind = "underrun: next sentence cut short, indicative"
            # another quote of ours holds it (gold's one quote is two of ours) or none does
            kind += " (ours split)" if len(set(run) & ours_else) * 2 >= len(run) else ""
            out.append(("fn", kind, run))
        elif run[0] > hi:
            first = next((k for k in run if word(k) not in QMARKS), run[0])
            if word(run[0]) == "," or word(hi) == ",":
                nxt = word(run[1]).lower() if len(run) > 1 and word(run[0]) == "," else word(first).lower()
                sub = "dass/ob/zu-clause" if nxt in ("dass", "ob", "wonach", "zu") else "clause"
                out.append(("fn", f"underrun: tail after a comma ({sub})", run))
            else:
                out.append(("fn", "underrun: tail mid-clause", run))
        elif run[-1] < lo:
            if word(run[-1]) == "," or word(lo - 1) == ",":
                out.append(("fn", "underrun: head before a comma", run))
            else:
                out.append(("fn", "underrun: head mid-clause", run))
        else:
            out.append(("fn", "underrun: gap inside ours", run))
    cue, spk = set(gold_q["cue"]), set(gold_q["speaker"])
    for run in _runs(sq - gq, sent):
        if allp(run):
            out.append(("fp", "overrun: edge punctuation", run))
            continue
        pt = _ptoks(sdoc, g, run)
        speech = any(lex.speech(t) for t in pt)
        if set(run) & others and len(set(run) & others) * 2 >= len(run):
            kind = "overrun: into another gold quote"
        elif set(run) & (cue | spk):
            where = "before gold" if run[-1] < glo else "after gold" if run[0] > ghi else "inside gold"
            kind = f"overrun: over the gold cue / speaker ({where})"
        elif sent[run[0]] not in gsents:
            kind = "overrun: into another sentence" + (" (holds a speech verb)" if speech else "")
        elif run[0] > ghi:
            if speech:
                kind = "overrun: trailing attribution (…, sagte er)"
            elif word(run[0]) == "," or word(ghi) == ",":
                nxt = next((word(k).lower() for k in run if word(k) not in PUNCT), "")
                kind = "overrun: clause after a comma" + (" (relative)" if nxt in RELATIVE else "")
            else:
                kind = "overrun: tail mid-clause"
        elif run[-1] < glo:
            if speech:
                kind = "overrun: leading frame (speech verb)"
            elif word(run[-1]) == "," or word(glo - 1) == ",":
                kind = "overrun: clause before a comma"
            else:
                kind = "overrun: head mid-clause"
        else:
            kind = "overrun: gap inside gold"
        out.append(("fp", kind, run))
    return out


def sentence_of(sdoc, g):
    """Gold token id -> sentence number of the parse."""
    starts = [s.start_char for s in sdoc.sents]
    return [max(0, bisect.bisect_right(starts, a) - 1) for a, _ in g.tokens]


def classify(g, sdoc, sys_g, gold_g, tally, ex, nex, prec=None, roll=None, rex=None, lex=None):
    sent = sentence_of(sdoc, g)
    pairs = assign(sys_g, gold_g)
    found = {(si, gi) for si, gi in pairs if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}
    if prec is not None:
        partner = dict(found)
        for si, sg in enumerate(sys_g):
            sq = set(sg.roles["quote"])
            c = prec[f"{sg.form} {'cue' if sg.roles['cue'] else 'no cue'}"]
            c["n"] += 1
            if si in partner:
                c["found"] += 1
                c["tp"] += len(sq & set(gold_g[partner[si]].roles["quote"]))
                c["fp"] += len(sq - set(gold_g[partner[si]].roles["quote"]))
            else:
                c["fp"] += len(sq)
    fs = {si for si, _ in found}
    fg = {gi for _, gi in found}
    found_msg = set().union(*[set(gold_g[gi].roles["quote"]) for gi in fg]) if fg else set()
    found_pred = set().union(*[set(sys_g[si].roles["quote"]) for si in fs]) if fs else set()
    all_cue = set().union(*[set(x.roles["cue"]) for x in gold_g]) if gold_g else set()
    all_spk = set().union(*[set(x.roles["speaker"]) for x in gold_g]) if gold_g else set()
    any_gold = set().union(*[set(x.roles["quote"]) for x in gold_g]) if gold_g else set()

    def text(ids):
        ids = sorted(ids)
        return g.text[g.tokens[ids[0]][0]: g.tokens[ids[-1]][1]].replace("\n", " ") if ids else ""

    def add(kind, ids, side, sample=None):
        ids = set(ids)
        if not ids:
            return
        tally[kind][side] += len(ids)
        tally[kind]["n"] += 1
        if sample and len(ex[kind]) < nex:
            ex[kind].append(sample)

    for gi, gg in enumerate(gold_g):
        if gi in fg:
            continue
        ids = set(gg.roles["quote"])
        cov = ids & found_pred
        where = "merged into a found prediction" if len(cov) * 2 >= len(ids) else "nothing there"
        add(f"missed {gg.form or '?'} | {where}", ids, "fn", text(ids))
        if roll is not None:
            rk = "missed: two gold quotes merged into one prediction" if where.startswith("merged") else \
                f"missed: nothing there ({'Reported' if gg.form == 'Reported' else 'Direct' if gg.form == 'Direct' else 'other'})"
            roll[rk]["fn"] += len(ids)
            roll[rk]["n"] += 1
    for si, sg in enumerate(sys_g):
        if si in fs:
            continue
        ids = set(sg.roles["quote"])
        cue = "cue" if sg.roles["cue"] else "no cue"
        if len(ids & found_msg) * 2 >= len(ids):
            where = "in a found gold message (split/duplicate)"
        elif len(ids & any_gold) * 2 >= len(ids):
            where = "in a missed gold message (other mode?)"
        elif len(ids & (all_cue | all_spk)) * 2 >= len(ids):
            where = "on gold cue/speaker"
        else:
            where = "outside gold quotes"
        add(f"spurious {sg.form} {cue} | {where}", ids, "fp", text(ids))
        if roll is not None:
            rk = "spurious: split / duplicate of a found quote" if where.startswith("in a found") else \
                f"spurious: {sg.form if sg.form in ('Reported', 'FreeIndirect') else 'Indirect/IFI/Direct'}"
            roll[rk]["fp"] += len(ids)
            roll[rk]["n"] += 1
    for si, gi in found:
        gq, sq = set(gold_g[gi].roles["quote"]), set(sys_g[si].roles["quote"])
        form = gold_g[gi].form
        ssents = {sent[k] for k in sq}
        gsents = {sent[k] for k in gq}
        lo, hi = min(sq), max(sq)
        fn = gq - sq
        by = defaultdict(set)
        for k in fn:
            if g.text[g.tokens[k][0]:g.tokens[k][1]] in PUNCT:
                by["punct"].add(k)
            elif sent[k] not in ssents:
                by["another sentence (cut short)"].add(k)
            elif k < lo:
                by["same sentence, before ours"].add(k)
            elif k > hi:
                by["same sentence, after ours"].add(k)
            else:
                by["inside our span (gap)"].add(k)
        for w, ids in by.items():
            add(f"short {form} | {w}", ids, "fn", f"{text(ids)} || gold: {text(gq)[:160]}")
        fp = sq - gq
        glo, ghi = min(gq), max(gq)
        by = defaultdict(set)
        others = set().union(*[set(x.roles["quote"]) for j, x in enumerate(gold_g) if j != gi]) if len(gold_g) > 1 else set()
        for k in fp:
            if g.text[g.tokens[k][0]:g.tokens[k][1]] in PUNCT:
                by["punct"].add(k)
            elif k in gold_g[gi].roles["cue"]:
                by["over the gold cue"].add(k)
            elif k in gold_g[gi].roles["speaker"]:
                by["over the gold speaker"].add(k)
            elif k in others:
                by["into another gold quote"].add(k)
            elif sent[k] not in gsents:
                by["into another sentence"].add(k)
            elif k < glo:
                by["same sentence, before gold"].add(k)
            elif k > ghi:
                by["same sentence, after gold"].add(k)
            else:
                by["inside gold span (gap)"].add(k)
        for w, ids in by.items():
            add(f"long {form} (ours {sys_g[si].form}) | {w}", ids, "fp",
                f"{text(ids)} || gold: {text(gq)[:160]}")
        if roll is not None:
            word = lambda k: g.text[g.tokens[k][0]:g.tokens[k][1]] if 0 <= k < len(g.tokens) else ""  # noqa: E731
            gd = {"form": form, "cue": gold_g[gi].roles["cue"], "speaker": gold_g[gi].roles["speaker"]}
            ours_else = set().union(*[set(x.roles["quote"]) for j, x in enumerate(sys_g) if j != si]) \
                if len(sys_g) > 1 else set()
            for side, rk, run in rollup_boundaries(g, sdoc, gq, sq, gd, others, sent, lex, word, ours_else):
                roll[rk][side] += len(run)
                roll[rk]["n"] += 1
                if len(rex[rk]) < nex:
                    rex[rk].append(f"[{form}] {text(run)} || ours: {text(sq)[:140]} || gold: {text(gq)[:140]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args(argv)
    run = setup(args)
    gold, docs, nlp = run.gold, run.docs, run.nlp
    by_text = {d.text: d for d in docs}
    sc = Scores()
    tally: dict = defaultdict(Counter)
    prec: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    roll: dict = defaultdict(Counter)
    rex: dict = defaultdict(list)
    lex = Lex()
    for i in run.articles(args.folds):
        sys_g, gold_g = predict_groups(gold[i], nlp), gold_groups(gold[i])
        score_doc(sc, sys_g, gold_g)
        classify(gold[i], by_text[gold[i].text], sys_g, gold_g, tally, ex, args.examples, prec, roll, rex, lex)
    tp, fp, fn = sc.tp["quote"], sc.fp["quote"], sc.fn["quote"]
    p, r, f = sc.overlap("quote")
    print(f"message TP {tp} FP {fp} FN {fn}: P/R/F1 {p:.4f}/{r:.4f}/{f:.4f}; cue {sc.overlap('cue')[2]:.5f} "
          f"speaker {sc.overlap('speaker')[2]:.5f}")
    print("F1 if the class were fixed = the message F1 with its FP (or FN) tokens gone (FN ones turned TP)\n")
    print(f"{'kind of the whole error budget (round 21)':<66} {'n':>5} {'FP tok':>7} {'FN tok':>7} {'F1 if fixed':>11}")
    for kind, c in sorted(roll.items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"])):
        tp2, fp2, fn2 = tp + c["fn"], fp - c["fp"], fn - c["fn"]
        print(f"{kind:<66} {c['n']:5d} {c['fp']:7d} {c['fn']:7d} {2 * tp2 / (2 * tp2 + fp2 + fn2):11.4f}")
    groups = Counter()
    for kind, c in roll.items():
        groups[kind.split(":")[0]] += c["fp"] + c["fn"]
    print("by group (tokens):", dict(groups), f"= FP {fp} + FN {fn}\n")
    print(f"{'kind':<78} {'n':>5} {'FP tok':>7} {'FN tok':>7} {'F1 if fixed':>11}")
    tot = Counter()
    for kind, c in sorted(tally.items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"])):
        tp2, fp2, fn2 = tp + c["fn"], fp - c["fp"], fn - c["fn"]
        f2 = 2 * tp2 / (2 * tp2 + fp2 + fn2)
        print(f"{kind:<78} {c['n']:5d} {c['fp']:7d} {c['fn']:7d} {f2:11.4f}")
        head = kind.split(" ")[0]
        tot[head + " fp"] += c["fp"]
        tot[head + " fn"] += c["fn"]
    print("\nby head:", dict(tot))
    print(f"\n{'predicted (mode, cue)':<28} {'n':>5} {'found':>5} {'TP tok':>7} {'FP tok':>7} {'tok P':>6} {'F1 without':>10}")
    for k, c in sorted(prec.items(), key=lambda kv: -kv[1]["n"]):
        tp2, fp2, fn2 = tp - c["tp"], fp - c["fp"], fn + c["tp"]
        print(f"{k:<28} {c['n']:5d} {c['found']:5d} {c['tp']:7d} {c['fp']:7d} {c['tp'] / max(1, c['tp'] + c['fp']):6.3f} "
              f"{2 * tp2 / (2 * tp2 + fp2 + fn2):10.4f}")
    if args.examples:
        for kind in sorted(rex, key=lambda k: -(roll[k]["fp"] + roll[k]["fn"])):
            print(f"\n== {kind}")
            for x in rex[kind]:
                print("  ", x[:360])
        for kind in sorted(ex, key=lambda k: -(tally[k]["fp"] + tally[k]["fn"]))[:30]:
            print(f"\n== {kind}")
            for s in ex[kind]:
                print("  ", s[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
