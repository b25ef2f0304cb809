"""Speaker census by the round-25 brief's classes, over a speaker_errors.py --dump and the cached parses.

    OMP_NUM_THREADS=1 python training/quotes/speaker_errors.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r25/acts_cv.json --examples 0 --dump DUMP.pkl
    python training/quotes/speaker_census.py DUMP.pkl --cache /tmp/r25/qcache_train.spacy [--examples 3]

Every gold speaker lost and every predicted speaker wrong, first class that applies (pairs as the scorer makes
them, eval.quotes.assign; "found" = the two messages share a token):

* missed quote: a gold quote with a speaker and no found partner; spurious quote: ours with a speaker, no found
  partner (the quote side, not the linker's);
* carried: the found quote's gold speaker lies in an earlier sentence than its message (the speaker of a chain of
  cue-less or Konjunktiv sentences), split by ours none / ours wrong, and whether the speaker of our previous
  quote overlaps gold's (carrying it would have been right);
* absent: gold's speaker in the message's sentences, ours none; by whether we have a cue;
* pronoun: gold a lone pronoun and ours a noun group, or ours a lone pronoun and gold a noun group;
* wrong candidate: ours shares no token with gold's, by what ours is in the parse: the cue verb's object
  (obj / iobj / obl), another subject, an outlet (a medium's name or word), a sentence opener, in another sentence;
* span: ours overlaps gold's and differs; by whether gold holds an apposition (a comma inside gold), a title
  before a name, a relative clause, or the rest;
* gold none: we name a speaker gold leaves out.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_errors import class_table, print_examples  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, score_doc  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "ihm", "ihn", "ihnen", "uns"}
OUTLET = ("zeitung", "agentur", "magazin", "blatt", "spiegel", "dpa", "afp", "reuters", "ap", "bild", "faz", "welt",
          "sender", "fernseh", "radio", "bericht", "meldung", "nachricht", "times", "post", "journal", "online", "tv",
          "ard", "zdf", "ndr", "wdr", "bbc", "cnn", "rundfunk", "presse", "focus", "stern")


def _chars(g, ids) -> set[int]:
    out: set[int] = set()
    for t in ids:
        out.update(range(*g.tokens[t]))
    return out


def _text(g, ids) -> str:
    ids = sorted(ids)
    return g.text[g.tokens[ids[0]][0]: g.tokens[ids[-1]][1]].replace("\n", " ") if ids else ""


def _span(doc, chars):
    if not chars:
        return None
    return doc.char_span(min(chars), max(chars) + 1, alignment_mode="expand")


def _sent(doc, c: int) -> int:
    for n, s in enumerate(doc.sents):
        if s.start_char <= c < s.end_char:
            return n
    return -1


def wrong_kind(doc, sp, cue_toks, msg_sents) -> str:
    """What our wrong speaker is in the parse."""
    low = sp.text.lower()
    if len(sp) == 1 and sp[0].lower_ in PRONOUNS:
        return "a pronoun"
    if any(w in low for w in OUTLET):
        return "an outlet / report"
    if _sent(doc, sp.start_char) not in msg_sents:
        return "in another sentence"
    root = sp.root
    verbs = {t.i for t in cue_toks} | {t.head.i for t in cue_toks}
    if root.head.i in verbs or root.head.i == root.i:
        if root.dep_ in ("obj", "iobj", "obl", "obl:arg", "nmod", "obl:agent"):
            return "the cue verb's object / oblique"
        if root.dep_ in ("nsubj", "nsubj:pass"):
            return "the cue verb's (other) subject"
    if sp.start == sp.sent.start or (sp.start == sp.sent.start + 1 and doc[sp.sent.start].is_punct):
        return "the sentence opener"
    if root.dep_ in ("nsubj", "nsubj:pass"):
        return "another verb's subject"
    return "other (" + root.dep_ + ")"


def span_kind(g, s, gs) -> str:
    extra, miss = _text(g, s - gs), _text(g, gs - s)
    gw = _text(g, gs)
    if "," in gw and "," in miss:
        return "gold has an apposition we lack"
    if "," in extra:
        return "ours has an apposition / clause gold lacks"
    if miss and (min(gs - s) < min(s)) and miss[:1].isupper():
        return "we lack a title / words before"
    if extra and min(s - gs) < min(gs):
        return "we have words before"
    if miss:
        return "we lack words after"
    return "we have words after"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage

    rows = pickle.loads(Path(args.dump).read_bytes())
    vocab = nlp_stage.load("de").vocab
    docs = {d.text: d for d in DocBin().from_disk(args.cache).get_docs(vocab)}
    tab: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    sc = Scores()

    def add(k, fp, fn, sample):
        tab[k]["n"] += 1
        tab[k]["fp"] += fp
        tab[k]["fn"] += fn
        if len(ex[k]) < args.examples:
            ex[k].append(sample)

    for _, g, sys_g, gold_g, _extra in rows:
        score_doc(sc, sys_g, gold_g)
        doc = docs[g.text]
        pairs = assign(sys_g, gold_g)
        us, ug = {s for s, _ in pairs}, {gi for _, gi in pairs}
        # our quotes in message order: the speaker of the quote before each one (what a carry would give)
        order = sorted(range(len(sys_g)), key=lambda k: min(sys_g[k].roles["quote"] or [10 ** 9]))
        prev_spk = {}
        last = set()
        for k in order:
            prev_spk[k] = last
            if sys_g[k].roles["speaker"] and set(sys_g[k].roles["quote"]):
                last = set(sys_g[k].roles["speaker"])
        for si, gi in pairs:
            sg, gg = sys_g[si], gold_g[gi]
            s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
            if not s and not gs or s == gs:
                continue
            smp = (f"{gg.form}/{sg.form} cue=[{_text(g, sg.roles['cue'])}] ours=[{_text(g, s)}] gold=[{_text(g, gs)}] "
                   f"msg=[{_text(g, gg.roles['quote'])[:90]}]")
            if not set(sg.roles["quote"]) & set(gg.roles["quote"]):
                add(("quote side", "paired, messages apart"), len(s - gs), len(gs - s), smp)
                continue
            if not gs:
                add(("gold none", f"{sg.form}, {'cue' if sg.roles['cue'] else 'no cue'}"), len(s), 0, smp)
                continue
            mch = _chars(g, gg.roles["quote"]) | _chars(g, sg.roles["quote"])
            msents = {_sent(doc, min(mch)), _sent(doc, max(mch))}
            msents = set(range(min(msents), max(msents) + 1))
            gsent = _sent(doc, min(_chars(g, gs)))
            if s & gs:
                add(("span", span_kind(g, s, gs)), len(s - gs), len(gs - s), smp)
                continue
            gw = _text(g, gs)
            if gsent < min(msents):
                carry = "our previous speaker is gold's" if prev_spk[si] & gs else "our previous speaker is not"
                add(("carried from an earlier sentence", f"ours {'none' if not s else 'wrong'}; {carry}"),
                    len(s), len(gs), smp)
                continue
            if not s:
                add(("absent (gold in the message's sentences)", f"{gg.form}, {'cue' if sg.roles['cue'] else 'no cue'}"),
                    0, len(gs), smp)
                continue
            sw = _text(g, s)
            if len(gs) == 1 and gw.lower() in PRONOUNS:
                add(("pronoun", "gold the pronoun, ours a noun group"), len(s), len(gs), smp)
                continue
            if len(s) == 1 and sw.lower() in PRONOUNS:
                add(("pronoun", "ours the pronoun, gold a noun group"), len(s), len(gs), smp)
                continue
            sp = _span(doc, _chars(g, s))
            cue = _span(doc, _chars(g, sg.roles["cue"]))
            kind = wrong_kind(doc, sp, list(cue) if cue is not None else [], msents) if sp is not None else "unaligned"
            if gsent > max(msents):
                kind = "gold in a later sentence"
            add(("wrong candidate", kind), len(s), len(gs), smp)
        for si, sg in enumerate(sys_g):
            if si not in us and sg.roles["speaker"]:
                add(("quote side", f"spurious {sg.form}"), len(sg.roles["speaker"]), 0, "")
        for gi, gg in enumerate(gold_g):
            if gi not in ug and gg.roles["speaker"]:
                add(("quote side", f"missed {gg.form}"), 0, len(gg.roles["speaker"]), "")
    tp, fp, fn = sc.tp["speaker"], sc.fp["speaker"], sc.fn["speaker"]
    print(f"speaker TP {tp} FP {fp} FN {fn}: F1 {sc.overlap('speaker')[2]:.5f}; message {sc.overlap('quote')[2]:.5f} "
          f"cue {sc.overlap('cue')[2]:.5f}; attribution {sc.spk_ok}/{sc.spk_total}")
    assert sum(c["fp"] for c in tab.values()) == fp and sum(c["fn"] for c in tab.values()) == fn, "classes != scorer"

    class_table(tab, tp, fp, fn, width=66, n_head="quotes", n_width=6, by_size=True)
    if args.examples:
        order = sorted(ex, key=lambda k: (k[0], -(tab[k]["fp"] + tab[k]["fn"])))
        print_examples(ex, [k for k in order if any(ex[k])], 330)
    return 0


if __name__ == "__main__":
    sys.exit(main())
