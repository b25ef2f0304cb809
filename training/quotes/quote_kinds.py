"""Quote-level errors by kind: missed gold quotes by mode and context, spurious predictions by kind.

    python training/quotes/quote_kinds.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/qcache_train.spacy --folds training/runs/quote_folds [--examples 6] [--set KEY=VALUE] \
        [--acts-cv training/runs/h5/acts_cv.json]

``--acts-cv``: each train article's act classifier is a CV model that never saw it (message_errors.py).

Quotes are paired as the scorer pairs them (eval.quotes.assign). A gold quote (not nested) is
missed when its paired prediction shares no message token with it (or it has none). Each missed
quote is counted by its type and by what surrounds it in its first sentence (several flags per
quote): a gold cue (and whether that cue's verb lemma is in our speech-verb lists), a Konjunktiv
verb in the message, a colon right before it, a "dass"/"ob" clause, a source frame in the
sentence ("so", "laut", "zufolge", "nach Angaben"), a quotation mark in the message, a hearsay modal,
whether the sentence opens a paragraph, and whether the sentence before holds a found quote.

A prediction is spurious when no gold quote is paired with it sharing a message token. Its kind:
a short quoted span without a verb (a quoted name or title), another quoted fragment, a Reported
act, a cue-less Konjunktiv continuation (FreeIndirect / IndirectFreeIndirect), an Indirect quote
with or without a cue; each split by whether a gold quote lies in the same sentence. The message
tokens each kind costs are counted too (the overlap F1 is over tokens).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import analysis_args  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, score_doc  # noqa: E402

OPEN_MARKS = {"\u201e", "\u201c", "\"", "\u00bb", "\u00ab", "\u201a", "\u2039", "\u203a"}
FRAME_WORDS = {"so", "laut", "zufolge", "demnach", "wonach", "gemäß"}
HEARSAY = ("soll", "woll", "will")
FORMS = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")


def _lists():
    from newsgraph.extract.quotes_features import config

    de = config().get("de", {})
    lem = set(de.get("indirect_lemmas", [])) | set(de.get("reported_lemmas", [])) \
        | set(de.get("attitude_lemmas", [])) | set(de.get("wie_frame_lemmas", []))
    return lem, tuple(de.get("cue_stems", [])), tuple(de.get("indirect_zu_stems", []))


def _span(sdoc, g, ids):
    if not ids:
        return None
    return sdoc.char_span(g.tokens[ids[0]][0], g.tokens[ids[-1]][1], alignment_mode="expand")


def _verb_lemma(tok) -> str:
    prt = [c.text.lower() for c in tok.children if c.dep_ in ("svp", "compound:prt") or c.tag_ == "PTKVZ"]
    return (prt[0] if prt else "") + tok.lemma_.lower()


def context_flags(sdoc, g, gg, found_sents: set[int], lists) -> list[str]:
    """The flags of a gold quote's surroundings (its first sentence)."""
    lemmas, stems, zu = lists
    msg = _span(sdoc, g, gg.roles["quote"])
    if msg is None:
        return ["(unaligned)"]
    sent = msg[0].sent
    sents = list(sdoc.sents)
    si = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    flags = []
    cue = _span(sdoc, g, gg.roles["cue"])
    if cue is not None:
        verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
        lem = _verb_lemma(verbs[-1]) if verbs else ""
        low = {t.text.lower() for t in cue}
        if low & FRAME_WORDS or low & {"nach", "angaben"}:
            flags.append("gold cue: source frame (laut/so/zufolge/nach)")
        elif lem in lemmas or any(t.text.lower().startswith(stems) for t in cue):
            flags.append("gold cue: verb in our lists")
        elif verbs:
            flags.append("gold cue: verb not in our lists")
        else:
            flags.append("gold cue: other word (noun/adj)")
        if len([t for t in cue if not t.is_punct]) >= 2 and any(t.pos_ == "NOUN" for t in cue):
            flags.append("gold cue: light verb + noun")
    else:
        flags.append("no gold cue")
    if any("Sub" in t.morph.get("Mood") for t in msg):
        flags.append("Konjunktiv in message")
    k = msg.start - 1
    while k >= sent.start and sdoc[k].is_punct and sdoc[k].text in OPEN_MARKS:
        k -= 1
    if k >= sent.start and sdoc[k].text == ":":
        flags.append("colon before")
    if msg[0].text.lower() in ("dass", "ob") or (msg.start > 0 and sdoc[msg.start - 1].text.lower() in ("dass", "ob")):
        flags.append("dass/ob clause")
    if any(t.text == "zu" and t.tag_ == "PTKZU" for t in msg):
        flags.append("zu-infinitive")
    words = {t.text.lower() for t in sent}
    if words & FRAME_WORDS or ("nach" in words and "angaben" in words):
        flags.append("so/laut/zufolge/nach Angaben in sentence")
    if any(t.text in OPEN_MARKS for t in msg):
        flags.append("quotation mark in message")
    if any(t.text.lower().startswith(HEARSAY) and t.tag_ == "VMFIN" for t in sent):
        flags.append("hearsay modal (soll/will)")
    if sent.start == 0 or "\n" in sdoc[sent.start - 1].whitespace_ or sdoc[sent.start - 1].is_space:
        flags.append("paragraph-initial")
    if si - 1 in found_sents:
        flags.append("previous sentence holds a found quote")
    if msg.start == sent.start and msg.end >= sent.end - 1:
        flags.append("whole sentence")
    return flags


def spurious_kind(sdoc, g, sg, gold_sents: set[int]) -> str:
    msg = _span(sdoc, g, sg.roles["quote"])
    if msg is None:
        return "(unaligned)"
    words = [t for t in msg if not t.is_punct]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    quoted = msg[0].text in OPEN_MARKS or (msg.start > 0 and sdoc[msg.start - 1].text in OPEN_MARKS)
    if sg.form == "Direct" and quoted and not has_verb and len(words) <= 4:
        kind = "quoted name/title (<= 4 words, no verb)"
    elif sg.form == "Direct":
        kind = "Direct, other"
    elif sg.form == "Reported":
        kind = "Reported act"
    elif sg.form in ("FreeIndirect", "IndirectFreeIndirect") and not sg.roles["cue"]:
        kind = "free continuation (no cue)"
    elif sg.roles["cue"]:
        kind = f"{sg.form} with cue"
    else:
        kind = f"{sg.form} without cue"
    same = msg[0].sent.start in gold_sents
    return kind + (" | gold quote in sentence" if same else " | no gold quote in sentence")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    analysis_args(ap, examples=4)
    ap.add_argument("--out", default=None, help="write every missed / spurious quote with its sentence here")
    ap.add_argument("--acts-cv", default=None, help="CV act models (training/quotes/acts_cv.py) for train")
    args = ap.parse_args(argv)
    from crossfit import setup

    run = setup(args, args.limit)
    gold, nlp = run.gold, run.nlp
    lists = _lists()
    scores = Scores()
    miss_form: Counter = Counter()
    miss_flag: dict[str, Counter] = defaultdict(Counter)
    spur: Counter = Counter()
    spur_tok: Counter = Counter()
    nocue: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    lines = []
    for i in run.articles(args.folds, args.fold_count):
        g = gold[i]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)
        score_doc(scores, sys_g, gold_g)
        sdoc = nlp(g.text)
        pairs = assign(sys_g, gold_g)
        g2s = {gi: si for si, gi in pairs}
        s2g = {si: gi for si, gi in pairs}
        found_sents, gold_sents = set(), set()
        for gi, gg in enumerate(gold_g):
            sp = _span(sdoc, g, gg.roles["quote"])
            if sp is None:
                continue
            for t in sp:
                gold_sents.add(t.sent.start)
            si = g2s.get(gi)
            if si is not None and set(sys_g[si].roles["quote"]) & set(gg.roles["quote"]):
                sents = list(sdoc.sents)
                found_sents.update(k for k, s in enumerate(sents) if s.start <= sp.start < s.end or s.start < sp.end <= s.end)
                if gg.roles["cue"] and not sys_g[si].roles["cue"]:
                    nocue[f"{sys_g[si].form} -> gold {gg.form}"] += 1
        for gi, gg in enumerate(gold_g):
            if gg.nested or not gg.roles["quote"]:
                continue
            si = g2s.get(gi)
            if si is not None and set(sys_g[si].roles["quote"]) & set(gg.roles["quote"]):
                continue
            miss_form[gg.form] += 1
            flags = context_flags(sdoc, g, gg, found_sents, lists)
            for f in flags:
                miss_flag[f][gg.form] += 1
            sp = _span(sdoc, g, gg.roles["quote"])
            cue = " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in gg.roles["cue"])
            line = f"missed\t{gg.form}\tcue=[{cue}]\t{','.join(flags)}\t{sp.sent.text[:250] if sp is not None else ''}"
            lines.append(f"{g.name}\t{line}")
            key = f"missed {gg.form}"
            if len(examples[key]) < args.examples:
                examples[key].append(line)
        for si, sg in enumerate(sys_g):
            gi = s2g.get(si)
            if gi is not None and set(gold_g[gi].roles["quote"]) & set(sg.roles["quote"]):
                continue
            if sg.nested:
                kind = "nested Direct (ours)"
            else:
                kind = spurious_kind(sdoc, g, sg, gold_sents)
            spur[kind] += 1
            spur_tok[kind] += len(sg.roles["quote"])
            sp = _span(sdoc, g, sg.roles["quote"])
            line = f"spurious\t{kind}\t{sp.text[:120] if sp is not None else ''}\t{sp.sent.text[:250] if sp is not None else ''}"
            lines.append(f"{g.name}\t{line}")
            if len(examples[kind]) < args.examples:
                examples[kind].append(line)
    print("overlap P/R/F1 " + "; ".join(
        f"{'message' if r == 'quote' else r} " + "/".join(f"{x:.3f}" for x in scores.overlap(r))
        for r in ("quote", "cue", "speaker")))
    print(f"\nmissed gold quotes {sum(miss_form.values())}: " + ", ".join(f"{f} {miss_form[f]}" for f in FORMS))
    print(f"{'context (several per quote)':<46}{'all':>5} " + " ".join(f"{f[:8]:>8}" for f in FORMS))
    for flag, c in sorted(miss_flag.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{flag:<46}{sum(c.values()):5d} " + " ".join(f"{c[f]:8d}" for f in FORMS))
    print(f"\nspurious predictions {sum(spur.values())} ({sum(spur_tok.values())} message tokens)")
    for kind, n in spur.most_common():
        print(f"  {kind:<64}{n:5d} {spur_tok[kind]:6d} tok")
    print("\nfound quotes without a cue where gold has one (our mode -> gold type):")
    for k, n in nocue.most_common():
        print(f"  {k:<40}{n:5d}")
    for k, ex in examples.items():
        print(f"\n== {k}")
        for e in ex:
            print("  " + e)
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
