"""Signals of missed quotes in the sentences the extractor leaves empty, and the token precision of acting on them.

    OMP_NUM_THREADS=1 python training/quotes/empty_signals.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r18/qcache_train.spacy --folds training/runs/quote_folds18 --acts-cv training/runs/h5/acts_cv.json
    OMP_NUM_THREADS=1 python training/quotes/empty_signals.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r18/qcache_dev.spacy

The rows are the sentences no quote touches when the act classifier is asked (quotes_acts.ROW_HOOK, as in
missed_census.py / train_acts.py). Two families of the round-20 missed census (de_quotes card, "Round 20, missed
quotes; h4"), each scored as the quote a rule would add (the whole sentence, or the clause before a frame):

- Konjunktiv by the morphologizer (Mood=Sub, finite; Tense=Pres is Konjunktiv I, else II), in the main clause or
  below it, with or without a quote of ours in the sentence before;
- frames after the content: "<clause>, <speech verb> <subject> …" (the verb right after the comma, in our lists or
  learnt cue words, the clause before hanging on it, its subject after it: "…, stellten die Wissenschaftler fest"),
  "…, wie X <speech verb>." and "…, so <noun phrase>.".

For each: fires, fires whose span an unfound gold quote holds at least half of, tokens, token precision (adding
quotes pays only above about F1 / 2) and the message F1 if every fire were added (from the run's own TP / FP / FN).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, score_doc  # noqa: E402
from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes_features import config, lexicon, quote_depth  # noqa: E402

OPENERS = ("KOUS", "PRELS", "PWAV", "PWS", "KOUI")
LINK_DEPS = ("ccomp", "parataxis", "dep", "obj", "xcomp")


def speech_lemma(t, lem, stems, lex) -> str:
    if t.pos_ not in ("VERB", "AUX"):
        return ""
    vl = quotes_acts._verb_lemma(t)
    low = t.text.lower()
    return vl if (vl in lem or lex.is_cue(low) or low.startswith(stems) or vl.startswith(stems)) else ""


def konj_kind(sdoc, s0: int, s1: int, quoted: set) -> str:
    k1 = [t for t in sdoc[s0:s1] if t.i not in quoted and "Sub" in t.morph.get("Mood") and "Fin" in t.morph.get("VerbForm")]
    pres = [t for t in k1 if "Pres" in t.morph.get("Tense")]
    if any(t.dep_ == "ROOT" or (t.dep_.startswith("aux") and t.head.dep_ == "ROOT") for t in pres):
        return "Konjunktiv I, main clause"
    if pres:
        return "Konjunktiv I, clause below"
    return "Konjunktiv II only" if k1 else ""


def frames(sdoc, s0: int, s1: int, lem, stems, lex) -> dict:
    """Frame name -> (content start, end) as spaCy token indices."""
    out = {}
    for t in sdoc[s0:s1]:
        if t.text != "," or t.i + 1 >= s1:
            continue
        v = sdoc[t.i + 1]
        if v.text.lower() in ("wie", "so") or not speech_lemma(v, lem, stems, lex) or "Fin" not in v.morph.get("VerbForm"):
            continue
        pre = sdoc[s0:t.i]
        tops = [x for x in pre if x.head.i == x.i or not (s0 <= x.head.i < t.i)]
        linked = any(x.head.i == v.i and x.dep_ in LINK_DEPS for x in tops) or \
            (v.dep_ in ("parataxis", "ccomp", "conj") and s0 <= v.head.i < t.i)
        subj_after = any(c.dep_ in ("nsubj", "nsubj:pass", "expl") and c.i > v.i for c in v.children)
        if linked and subj_after and sdoc[s0].tag_ not in OPENERS and any("Fin" in x.morph.get("VerbForm") for x in pre):
            out["<clause>, <speech verb> <subject>"] = (s0, t.i)
            break
    for t in sdoc[s0:s1]:
        if t.text.lower() == "wie" and t.i > s0 and sdoc[t.i - 1].text == ",":
            fin = [x for x in sdoc[t.i:s1] if speech_lemma(x, lem, stems, lex)]
            if fin and all(x.text != "," for x in sdoc[t.i + 1:fin[-1].i]):
                out["…, wie X <speech verb>."] = (s0, t.i - 1)
                break
    for t in sdoc[s0:s1]:
        if t.text.lower() == "so" and t.i > s0 and sdoc[t.i - 1].text in (",", "–", "-") and t.i + 1 < s1 \
                and sdoc[t.i + 1].pos_ in ("DET", "PROPN", "NOUN", "PRON", "ADJ"):
            out["…, so <noun phrase>."] = (s0, t.i - 1)
            break
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args(argv)
    run = setup(args)
    gold, docs, nlp = run.gold, run.docs, run.nlp
    by_text = {d.text: d for d in docs}
    de = config()["de"]
    lem = frozenset(de["indirect_lemmas"]) | frozenset(de["reported_lemmas"]) | frozenset(de["wie_frame_lemmas"])
    stems = tuple(de["indirect_stems"]) + tuple(de["indirect_zu_stems"])
    lex = lexicon("de")
    cap: list = []
    quotes_acts.ROW_HOOK = lambda toks, a, b, f: cap.append((toks, a, b, f))
    sc = Scores()
    agg: dict = defaultdict(lambda: [0, 0, 0, 0])  # fires, half-gold, tokens, true tokens
    examples: dict = defaultdict(list)
    for i in run.articles(args.folds):
        cap.clear()
        g = gold[i]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        sdoc = by_text[g.text]
        found = {gi for si, gi in assign(sys_g, gold_g) if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}

        def score(c0: int, c1: int, g=g, gold_g=gold_g, found=found, sdoc=sdoc):
            ch0, ch1 = sdoc[c0].idx, sdoc[c1 - 1].idx + len(sdoc[c1 - 1])
            ids = {j for j, (x, y) in enumerate(g.tokens) if x >= ch0 and y <= ch1 and g.text[x:y] not in ".,;:!?-–()"}
            cover = max((len(set(gg.roles["quote"]) & ids) for gi, gg in enumerate(gold_g)
                         if not gg.nested and gi not in found), default=0)
            return len(ids), cover

        for toks, a, b, f in cap:
            if toks[a].i < 0 or toks[b - 1].i < 0:
                continue
            s0, s1 = toks[a].i, toks[b - 1].i + 1
            inq = quote_depth(toks)
            quoted = {toks[k].i for k in range(a, b) if inq[k]}
            prev = next((x[6:] for x in f if x.startswith("prevq=")), "none")
            found_here = {}
            kk = konj_kind(sdoc, s0, s1, quoted)
            if kk:
                found_here[kk + (", quote of ours before" if prev not in ("none", "start") else ", nothing before")] = (s0, s1)
            found_here.update(frames(sdoc, s0, s1, lem, stems, lex))
            for name, (c0, c1) in found_here.items():
                n, cover = score(c0, c1)
                if not n:
                    continue
                x = agg[name]
                x[0] += 1
                x[1] += cover * 2 >= n
                x[2] += n
                x[3] += cover
                examples[name].append((cover, n, sdoc[s0:s1].text[:140]))
    quotes_acts.ROW_HOOK = None
    tp, fp, fn = sc.tp["quote"], sc.fp["quote"], sc.fn["quote"]
    print(f"message TP / FP / FN {tp} / {fp} / {fn}, F1 {sc.overlap('quote')[2]:.4f}")
    print("| signal in an empty sentence | fires | half a gold quote | tokens | token P | F1 if all added |")
    print("|---|---|---|---|---|---|")
    for name, (n, half, tok, true) in sorted(agg.items()):
        f1 = 2 * (tp + true) / (2 * (tp + true) + fp + tok - true + fn - true)
        print(f"| {name} | {n} | {half} | {tok} | {true / max(1, tok):.3f} | {f1:.4f} |")
    for name, ex in sorted(examples.items()):
        if name.startswith(("<", "…")):
            print(name)
            for cover, n, text in ex:
                print(f"   {cover}/{n} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
