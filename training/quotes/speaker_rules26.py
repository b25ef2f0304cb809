"""Round 26's post-hoc speaker rules over a speaker_precision.py dump (a post-hoc rule equals a last speaker step;
all measured and left off, de_speakers card, Round 26).

    python training/quotes/speaker_rules26.py DUMP.pkl --cache QCACHE.spacy --rule indicative|verb_trim|carry [--show]

* indicative: a non-nested Indirect quote left without a cue whose message holds no Konjunktiv verb (Mood=Sub or the
  [de] subjunctive lexicon) and no hearsay modal ([de] candidate_modals) names no speaker ("Die Zweige sind so stabil,
  dass sie …": a consecutive or object clause of a non-speech verb, whose subject is no source);
* verb_trim: a speaker span holding a lower-case finite verb (VERB/AUX, VerbForm=Fin, no "." in it) is cut to one
  verb-free run: the run after the last finite verb when the span opens with the verb ("heißt es in einer Erklärung
  …"), else the run before the first ("bildblog.de veröffentlichte …"); leading personal pronouns then dropped;
* carry (R5, over a dump made with --set speaker_final_cueless_indirect=false): a non-nested Indirect quote left without
  cue and speaker whose message holds a Konjunktiv verb takes the speaker of our previous non-nested quote (message
  order) when that one has a speaker and ends in the same sentence or the one before.
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from pathlib import Path

from newsgraph.eval.quotes import Scores, assign, score_doc

PRONOUNS = {"er", "sie", "es", "ihn", "ihm", "ihr", "ihnen", "man", "wir", "ich", "uns"}


def _text(g, ids) -> str:
    ids = sorted(ids)
    return g.text[g.tokens[ids[0]][0]: g.tokens[ids[-1]][1]].replace("\n", " ") if ids else ""


def _spacy(doc, g, t):
    a, b = g.tokens[t]
    return [x for x in doc if x.idx < b and a < x.idx + len(x.text)]


def indicative(doc, g, sg, subj, modals):
    if sg.form != "Indirect" or sg.nested or sg.roles["cue"]:
        return None
    toks = [x for t in sg.roles["quote"] for x in _spacy(doc, g, t)]
    if any("Sub" in x.morph.get("Mood") or x.lower_ in subj or x.lower_.startswith(modals) for x in toks):
        return None
    return []


def verb_trim(doc, g, sg, *_):
    s = sorted(sg.roles["speaker"])

    def finite(x):
        return (x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") and x.text[:1].islower()
                and "." not in x.text)

    flags = [any(finite(x) for x in _spacy(doc, g, t)) for t in s]
    if not any(flags) or all(flags):
        return None
    if flags[0]:
        keep = list(range(max(k for k, f in enumerate(flags) if f) + 1, len(s)))
    else:
        keep = list(range(flags.index(True)))
    while len(keep) > 1 and _text(g, [s[keep[0]]]).lower() in PRONOUNS:
        keep = keep[1:]
    out = [s[k] for k in keep]
    return out if out and out != s else None



def carry(doc, g, sys_g, subj):
    """R5 over one article's groups, in place; the indices it changed."""
    sents = list(doc.sents)

    def sent_of(c):
        for n, s in enumerate(sents):
            if s.start_char <= c < s.end_char:
                return n
        return -1

    order = sorted((k for k, x in enumerate(sys_g) if not x.nested and x.roles["quote"]),
                   key=lambda k: min(sys_g[k].roles["quote"]))
    changed = []
    prev = None
    for k in order:
        q = sys_g[k]
        if (q.form == "Indirect" and not q.roles["cue"] and not q.roles["speaker"] and prev is not None
                and prev.roles["speaker"]
                and sent_of(g.tokens[min(q.roles["quote"])][0]) - sent_of(g.tokens[max(prev.roles["quote"])][0]) <= 1):
            toks = [x for t in q.roles["quote"] for x in _spacy(doc, g, t)]
            if any("Sub" in x.morph.get("Mood") or x.lower_ in subj for x in toks):
                q.roles["speaker"] = list(prev.roles["speaker"])
                changed.append(k)
        prev = q
    return changed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--rule", required=True, choices=("indicative", "verb_trim", "carry"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage
    from newsgraph.extract.quotes_features import config, lexicon

    subj = frozenset(lexicon("de").subjunctive)
    modals = tuple(config().get("de", {}).get("candidate_modals", []))
    rule = {"indicative": indicative, "verb_trim": verb_trim, "carry": None}[args.rule]
    rows = pickle.loads(Path(args.dump).read_bytes())
    docs = {d.text: d for d in DocBin().from_disk(args.cache).get_docs(nlp_stage.load("de").vocab)}
    base, new = Scores(), Scores()
    fires = []
    for _, g, sys_g, gold_g in (r[:4] for r in rows):
        doc = docs[g.text]
        score_doc(base, sys_g, gold_g)
        pairs = dict(assign(sys_g, gold_g))
        edited = copy.deepcopy(sys_g)
        if rule is None:
            for si in carry(doc, g, edited, subj):
                gs = set(gold_g[pairs[si]].roles["speaker"]) if si in pairs else set()
                out = edited[si].roles["speaker"]
                fires.append(f"{edited[si].form} [] -> [{_text(g, out)}] tp {len(set(out) & gs)} fp "
                             f"{len(set(out) - gs)}; gold [{_text(g, gs)}]")
            score_doc(new, edited, gold_g)
            continue
        for si, sg in enumerate(edited):
            if not sg.roles["speaker"]:
                continue
            out = rule(doc, g, sg, subj, modals)
            if out is None:
                continue
            gs = set(gold_g[pairs[si]].roles["speaker"]) if si in pairs else set()
            s = set(sg.roles["speaker"])
            fires.append(f"{sg.form} [{_text(g, s)}] tp {len(s & gs)} fp {len(s - gs)} -> [{_text(g, out)}] tp "
                         f"{len(set(out) & gs)} fp {len(set(out) - gs)}; gold [{_text(g, gs)}]")
            sg.roles["speaker"] = out
        score_doc(new, edited, gold_g)
    for name, sc in (("base", base), (args.rule, new)):
        print(f"{name:<12} speaker {sc.overlap('speaker')[2]:.5f} (TP {sc.tp['speaker']} FP {sc.fp['speaker']} FN "
              f"{sc.fn['speaker']}), attribution {sc.spk_ok}/{sc.spk_total}")
    print(f"{len(fires)} fires")
    if args.show:
        print("\n".join(fires))
    return 0


if __name__ == "__main__":
    sys.exit(main())
