"""Right quote, wrong speaker: how our speaker relates to gold's, over a speaker_precision.py dump.

    python training/quotes/speaker_wrong27.py DUMP.pkl --cache /tmp/r25/qcache_train.spacy [--examples 3]
    python training/quotes/speaker_wrong27.py DUMP.pkl --cache /tmp/r25/qcache_train.spacy \
        --gold-conventions /work/shared/data/quotes-de/data/train

Class (b) of speaker_precision.py (ours shares message tokens with the gold quote the scorer paired it with, but no
speaker token with gold's speaker), split by where gold's speaker is and what ours is, first class that applies:

* gold none: gold's quote has no speaker, we name one;
* pronoun: one of the two is a lone personal pronoun and the other a noun group (gold the pronoun and we took a noun
  group in an earlier sentence, its antecedent or another one, or in the same sentence; or ours the pronoun and gold
  a noun group), both pronouns;
* continuation: gold's speaker is in a sentence before the message's and ours is local (in the message's sentences),
  or ours is earlier too (another earlier noun group);
* same sentence: gold's speaker is in the message's sentences; ours there too and it is: the addressee (gold's
  addressee role), the same name another mention, a title vs the name (adjacent, a comma apart), an outlet / report,
  inside the message, the cue verb's object, a name inside a PP (a prepositional phrase's noun), the cue verb's other
  subject, another verb's subject, another verb's object, rest; or ours in another sentence (earlier / later);
* gold later: gold's speaker after the message's sentences.

Each class: quotes, FP tokens (ours), FN tokens (gold's lost), "F1 if fixed" (FP gone, FN turned TP), and the step
that named ours (speaker_precision.py's tracer).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_census import OUTLET, _chars, _sent, _text  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, score_doc  # noqa: E402

PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "ihr", "ihm", "ihn", "ihnen", "uns", "mir", "du", "jener",
            "dieser", "diese"}
OBJ = ("obj", "iobj", "obl:arg", "dat")


def span(doc, g, ids):
    ch = _chars(g, ids)
    return doc.char_span(min(ch), max(ch) + 1, alignment_mode="expand") if ch else None


def is_pron(sp) -> bool:
    return sp is not None and len(sp) == 1 and (sp[0].lower_ in PRONOUNS or sp[0].pos_ == "PRON")


def in_pp(sp) -> bool:
    """The span is (or holds as its root) the noun of a prepositional phrase."""
    r = sp.root
    return sp[0].pos_ == "ADP" or any(c.dep_ == "case" for c in r.children)


def classify(doc, g, sg, gg) -> tuple[str, str]:
    s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
    if not gs:
        return "gold none", f"{sg.form}, {'cue' if sg.roles['cue'] else 'no cue'}"
    ours, gold = span(doc, g, s), span(doc, g, gs)
    if ours is None or gold is None:
        return "unaligned", ""
    msg = _chars(g, sg.roles["quote"]) | _chars(g, gg.roles["quote"])
    ms = {_sent(doc, min(msg)), _sent(doc, max(msg))}
    lo, hi = min(ms), max(ms)
    os_, gs_ = _sent(doc, ours.start_char), _sent(doc, gold.start_char)
    where_o = "earlier" if os_ < lo else "later" if os_ > hi else "local"
    where_g = "earlier" if gs_ < lo else "later" if gs_ > hi else "local"
    po, pg = is_pron(ours), is_pron(gold)
    if po and pg:
        return "pronoun", "both pronouns"
    if pg:
        return "pronoun", f"gold the pronoun ({where_g}), ours a noun group ({where_o})"
    if po:
        return "pronoun", f"ours the pronoun ({where_o}), gold a noun group ({where_g})"
    if where_g == "earlier":
        return "continuation", f"gold earlier, ours {where_o}"
    if where_g == "later":
        return "gold later", f"ours {where_o}"
    if where_o != "local":
        return "same sentence", f"ours in an {where_o} sentence" if where_o == "earlier" else "ours in a later sentence"
    add = set(gg.roles.get("addressee") or [])
    if add and s & add:
        return "same sentence", "the addressee"
    key = {w.lower() for w in ours.text.split() if w[:1].isupper() and len(w) > 2 and w.lower() not in PRONOUNS}
    if key & {w.lower() for w in gold.text.split()}:
        return "same sentence", "the same name, another mention"
    a, b = (ours, gold) if ours.start < gold.start else (gold, ours)
    if doc[a.end: b.start].text.strip() in ("", ",", "(", "-", "–") and b.start - a.end <= 2:
        return "same sentence", "a title vs the name (adjacent)"
    low = ours.text.lower()
    if any(w in low.split() or low.startswith(w) for w in OUTLET) or any(w in low for w in OUTLET[:10]):
        return "same sentence", "an outlet / report"
    if msg and min(_chars(g, sg.roles["quote"])) <= ours.start_char and ours.end_char - 1 <= max(msg):
        return "same sentence", "inside the message"
    cue = _chars(g, sg.roles["cue"]) | _chars(g, gg.roles["cue"])
    cue_i = {t.i for t in doc if t.idx in cue}
    verbs = cue_i | {doc[k].head.i for k in cue_i}
    r = ours.root
    gr = gold.root
    if in_pp(ours):
        return "same sentence", "a name inside a PP" + (" (of gold's speaker)" if r.head.i in range(gold.start, gold.end)
                                                         else " (the cue verb's)" if r.head.i in verbs else "")
    if r.head.i in verbs or r.head.i == gr.head.i:
        if r.dep_ in OBJ:
            return "same sentence", "the cue verb's object"
        if r.dep_ in ("nsubj", "nsubj:pass"):
            return "same sentence", "the cue verb's other subject"
    if r.dep_ in ("nsubj", "nsubj:pass"):
        return "same sentence", "another verb's subject"
    if r.dep_ in OBJ:
        return "same sentence", "another verb's object"
    return "same sentence", f"rest ({r.dep_})"


def gold_conventions(split: str, docs: dict) -> None:
    """Two of gold's conventions the census leans on: (i) quotes whose cue or frame holds "laut" / "zufolge" / "Angaben" /
    "Berichten" / "Informationen": with a speaker or without; (ii) a gold cue whose verb's subject (parse) is a relative
    pronoun: what gold marks (the pronoun, a span holding it, the antecedent the relative clause hangs on, other, none)."""
    import json
    import re

    from newsgraph.eval.quotes import read_dir

    frames: Counter = Counter()
    for f in sorted(Path(split).glob("*.json")):
        for a in json.loads(f.read_text())["annotations"]:
            words = ((a.get("cue") or {}).get("text") or "") + " " + ((a.get("frame") or {}).get("text") or "")
            for k in ("laut", "zufolge", "Angaben", "Berichten", "Informationen"):
                if re.search(r"\b" + k + r"\b", words):
                    frames[(k, "speaker" if (a.get("speaker") or {}).get("text") else "none")] += 1
    print("frames in gold cues / frames:", ", ".join(f"{k} {v}" for k, v in sorted(frames.items())))
    rel: Counter = Counter()
    for g in read_dir(split):
        doc = docs.get(g.text)
        if doc is None:
            continue
        for q in g.quotes:
            if not q["cue"]:
                continue
            cch = _chars(g, q["cue"])
            cue = [t for t in doc if t.idx in cch]
            verbs = {t for t in cue if t.pos_ in ("VERB", "AUX")} | {t.head for t in cue}
            subj = [c for v in verbs for c in v.children
                    if c.dep_ in ("nsubj", "nsubj:pass") and ("Rel" in c.morph.get("PronType") or c.tag_ == "PRELS")]
            if not subj:
                continue
            r, sch = subj[0], _chars(g, q["speaker"])
            if not sch:
                k = "none"
            elif r.idx in sch:
                k = "the pronoun" if len(q["speaker"]) == 1 else "a span holding it"
            else:
                v = r.head
                while v.dep_ not in ("acl", "acl:relcl") and v.head.i != v.i:
                    v = v.head
                k = "the antecedent" if v.dep_ in ("acl", "acl:relcl") and v.head.idx in sch else "other"
            rel[k] += 1
    print("cue verb's subject a relative pronoun, gold marks:", ", ".join(f"{k} {v}" for k, v in rel.most_common()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--steps", action="store_true", help="also split each kind by the step that named ours")
    ap.add_argument("--gold-conventions", default=None, help="a quotes-de split dir: print gold_conventions() and stop")
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage

    rows = pickle.loads(Path(args.dump).read_bytes())
    vocab = nlp_stage.load("de").vocab
    docs = {d.text: d for d in DocBin().from_disk(args.cache).get_docs(vocab)}
    if args.gold_conventions:
        gold_conventions(args.gold_conventions, docs)
        return 0
    sc = Scores()
    tab: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    steps: dict = defaultdict(Counter)
    for row in rows:
        _, g, sys_g, gold_g = row[:4]
        score_doc(sc, sys_g, gold_g)
        doc = docs[g.text]
        for si, gi in assign(sys_g, gold_g):
            sg, gg = sys_g[si], gold_g[gi]
            s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
            if not s or s & gs or not set(sg.roles["quote"]) & set(gg.roles["quote"]):
                continue
            cls, kind = classify(doc, g, sg, gg)
            k = (cls, kind)
            tab[k]["n"] += 1
            tab[k]["fp"] += len(s)
            tab[k]["fn"] += len(gs)
            step = (sg.extra or {}).get("step")
            steps[k][step] += 1
            steps[(cls, "")][step] += 1
            if len(ex[k]) < args.examples:
                ex[k].append(f"{sg.form} [{step}] ours=[{_text(g, s)}] gold=[{_text(g, gs)}] "
                             f"msg=[{_text(g, sg.roles['quote'])[:90]}]")
    tp, fp, fn = sc.tp["speaker"], sc.fp["speaker"], sc.fn["speaker"]
    p, r, f = sc.overlap("speaker")
    print(f"message {sc.overlap('quote')[2]:.5f} cue {sc.overlap('cue')[2]:.5f} speaker TP {tp} FP {fp} FN {fn} "
          f"F1 {f:.5f}; attribution {sc.spk_ok}/{sc.spk_total}")

    def fixed(c):
        return 2 * (tp + c["fn"]) / (2 * (tp + c["fn"]) + fp - c["fp"] + fn - c["fn"])

    heads: dict = defaultdict(Counter)
    for (cls, _), c in tab.items():
        heads[cls].update(c)
    tot = sum(c["fp"] for c in heads.values())
    print(f"right quote, wrong speaker: {sum(c['n'] for c in heads.values())} quotes, {tot} FP tokens, "
          f"{sum(c['fn'] for c in heads.values())} FN tokens")
    print(f"{'class':<66} {'quotes':>6} {'FP':>5} {'FN':>5} {'F1 fixed':>8}")
    for cls in sorted(heads, key=lambda k: -heads[k]["fp"]):
        c = heads[cls]
        print(f"{cls:<66} {c['n']:6d} {c['fp']:5d} {c['fn']:5d} {fixed(c):8.5f}   "
              + ", ".join(f"{k} {v}" for k, v in steps[(cls, '')].most_common(4)))
        for (cl, kind), c2 in sorted(tab.items(), key=lambda kv: -kv[1]["fp"]):
            if cl == cls and kind:
                print(f"   {kind:<63} {c2['n']:6d} {c2['fp']:5d} {c2['fn']:5d} {fixed(c2):8.5f}"
                      + ("   " + ", ".join(f"{k} {v}" for k, v in steps[(cl, kind)].most_common(3)) if args.steps else ""))
    if args.examples:
        for k in sorted(ex, key=lambda k: (k[0], -tab[k]["fp"])):
            print(f"\n== {k[0]} | {k[1]}")
            for line in ex[k]:
                print("  ", line[:260])
    return 0


if __name__ == "__main__":
    sys.exit(main())
