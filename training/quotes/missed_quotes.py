"""Why gold quotes are never found: each missed quote of quotes-de by where it was lost.

    python training/quotes/missed_quotes.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/qcache_dev.spacy [--folds training/runs/quote_folds] [--examples 10]

A gold quote (not nested) is missed when the scorer pairs no prediction overlapping its
message with it. Each missed quote falls in the first class that applies:

* not candidate: none of its sentences was tagged (``tag_candidates`` gates the CRFs; the
  sentence had no cue word, Konjunktiv, quotation mark, source preposition, speech verb or
  hearsay modal, and no tagged message ran into it);
* CRF O, nothing there: the CRFs saw it, labelled all its tokens O, and no prediction lies
  in its sentences;
* other quote in sentence: labelled O, but a prediction lies in its sentences without
  touching its message (found the wrong part, or a span too short to overlap);
* tagged, lost: the message CRF labelled some of its tokens, the rules dropped or moved them;
* paired elsewhere: a prediction overlaps it, but the scorer paired that prediction with
  another gold quote (two gold quotes merged into one of ours).

With ``--folds`` (train only) each article is tagged by the fold taggers that did not see it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _Cached, _docs, analysis_args, set_option  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, read_dir, score_doc  # noqa: E402
from newsgraph.extract import quotes as qmod  # noqa: E402

CLASSES = ("not candidate", "CRF O, nothing there", "other quote in sentence", "tagged, lost", "paired elsewhere")


class _Trace:
    """Wraps ``tag_candidates`` and keeps what it saw of the last document."""

    def __init__(self) -> None:
        self.orig = qmod.tag_candidates
        self.last: dict = {}

    def __call__(self, toks, lang, taggers, trace=None, extra=frozenset()):
        tr: dict = {}
        msg, roles = self.orig(toks, lang, taggers, tr, extra=extra)
        self.last = {"toks": toks, "first": tr["first"], "final": tr["final"], "msg": msg}
        return msg, roles


def classify_doc(g, sys_g, gold_g, last):
    """Yield (class, gold quote, detail) for each missed gold quote of one article."""
    toks = last.get("toks", [])
    pairs = assign(sys_g, gold_g)
    paired = {gi: si for si, gi in pairs}
    sys_tok_sets = [set(s.roles["quote"]) for s in sys_g]
    for gi, gg in enumerate(gold_g):
        if gg.nested or not gg.roles["quote"]:
            continue
        gq = set(gg.roles["quote"])
        si = paired.get(gi)
        if si is not None and sys_tok_sets[si] & gq:
            continue
        spans = [g.tokens[t] for t in gg.roles["quote"]]
        ks = [k for k, t in enumerate(toks) if any(t.start < e and s < t.end for s, e in spans)]
        sents = {toks[k].sent for k in ks}
        grown = bool(sents & last["final"]) and not sents & last["first"]
        # the gold tokens of the sentences the quote lies in
        sent_gold = {i for i, (s, e) in enumerate(g.tokens)
                     if any(t.start < e and s < t.end for t in toks if t.sent in sents)}
        if not sents & last["final"]:
            yield "not candidate", gg, {"sents": sents}
        elif any(o & gq for o in sys_tok_sets):
            yield "paired elsewhere", gg, {"sents": sents, "grown": grown}
        elif any(last["msg"][k] != "O" for k in ks):
            yield "tagged, lost", gg, {"sents": sents, "grown": grown}
        elif any(o & sent_gold for o in sys_tok_sets):
            yield "other quote in sentence", gg, {"sents": sents, "grown": grown}
        else:
            yield "CRF O, nothing there", gg, {"sents": sents, "grown": grown}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    analysis_args(ap, examples=8)
    ap.add_argument("--out", default=None, help="write every missed quote with its sentence here")
    args = ap.parse_args(argv)
    for kv in args.set:
        set_option(kv)
    tr = _Trace()
    qmod.tag_candidates = tr
    gold = read_dir(args.dir, args.limit)
    nlp = _Cached(_docs(gold, args.cache))
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    lines = []
    total = Counter()
    scores = Scores()
    from fold_taggers import cross_fitted

    for i in cross_fitted(len(gold), args.folds, args.fold_count):
        g = gold[i]
        tr.last = {}
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)
        score_doc(scores, sys_g, gold_g)
        for gg in gold_g:
            if not gg.nested and gg.roles["quote"]:
                total[gg.form] += 1
        if not tr.last:
            continue
        sdoc = nlp(g.text)
        sents = list(sdoc.sents)
        for kind, gg, det in classify_doc(g, sys_g, gold_g, tr.last):
            counts[kind][gg.form] += 1
            counts[kind]["(grown)"] += bool(det.get("grown"))
            msg = " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in gg.roles["quote"])
            stext = " | ".join(sents[s].text for s in sorted(det["sents"]) if s < len(sents))
            cue = " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in gg.roles["cue"])
            line = f"{kind}\t{gg.form}\tcue=[{cue}]\tmsg=[{msg[:120]}]\t{stext[:300]}"
            lines.append(f"{g.name}\t{line}")
            if len(examples[kind]) < args.examples:
                examples[kind].append(line)
    missed = sum(sum(v for t, v in c.items() if t != "(grown)") for c in counts.values())
    print(f"gold quotes {sum(total.values())} {dict(total)}; missed {missed}")
    # the scorer's overlap F1 of the same run, so an A/B of a setting reads both off one command
    print("overlap P/R/F1 " + "; ".join(
        f"{'message' if r == 'quote' else r} " + "/".join(f"{x:.3f}" for x in scores.overlap(r))
        for r in ("quote", "cue", "speaker")))
    forms = [t for t in ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")]
    print(f"{'class':<26}{'all':>5} " + " ".join(f"{f[:8]:>8}" for f in forms) + "  (in a grown run)")
    for kind in CLASSES:
        c = counts[kind]
        n = sum(v for t, v in c.items() if t != "(grown)")
        print(f"{kind:<26}{n:5d} " + " ".join(f"{c[f]:8d}" for f in forms) + f"  {c['(grown)']}")
    for kind in CLASSES:
        print(f"\n== {kind}")
        for e in examples[kind]:
            print("  " + e)
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
