"""Round 27's post-hoc speaker rules over a speaker_precision.py dump (a post-hoc rule over the final quotes equals a
last speaker step; de_speakers card, Round 27, h3).

    python training/quotes/speaker_rules27.py DUMP.pkl --cache QCACHE.spacy --rule cue_subject [--guard G ...] [--show N]

* cue_subject: a non-nested quote with a cue whose verb (a VERB/AUX of the cue, else the head of its first token) has
  exactly one subject (nsubj / nsubj:pass) in the parse that shares no token with our speaker takes that subject's
  noun group (quotes_speakers._subject_group: a pronoun alone; else its subtree up to a comma, a relative clause or
  a quotation mark).
  Guards (--guard, any number): ``source`` the subject names a person or body (quotes_speakers._names_source);
  ``notsubj`` ours is not itself a subject of that verb; ``outside`` the subject is not inside the message;
  ``have`` only quotes that have a speaker; ``onlypp`` ours (when we have one) is a prepositional phrase; ``norel`` the subject is no
  relative pronoun; ``active`` the verb has no passive auxiliary; ``nozit`` not for "zitieren"; ``oursnonsubj`` ours is no verb's subject; ``passzit`` no passive subject but of "zitieren"; ``verbcue`` the cue holds a VERB (not "laut", "demnach", an AUX alone).

The variant switched on as quotes_speakers.cue_subject_speakers (speaker_cue_subject): ``--guard verbcue --guard
oursnonsubj --guard source --guard passzit`` (over a dump made with the key false, the post-hoc step gives the same
TP / FP / FN as the live one). ``local_frame`` (measured, off): a quote whose speaker stands in an earlier sentence
takes the one "laut X" / "X zufolge" / "nach X" frame of its own sentences.

Prints the train/dev figure (TP FP FN, F1, attribution) before and after, and the fires: right (the new speaker
overlaps gold's, the old did not), wrong (the old overlapped gold's, the new does not), both wrong, and the token
balance.
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.quotes import Scores, assign, score_doc
from newsgraph.extract.quotes_speakers import _subject_group  # the live step's: the rule measures what runs

SUBJ = ("nsubj", "nsubj:pass")


def _text(g, ids) -> str:
    ids = sorted(ids)
    return g.text[g.tokens[ids[0]][0]: g.tokens[ids[-1]][1]].replace("\n", " ") if ids else ""


def _spacy(doc, g, ids):
    out = []
    for t in sorted(ids):
        a, b = g.tokens[t]
        out += [x for x in doc if x.idx < b and a < x.idx + len(x.text)]
    return sorted(set(out), key=lambda x: x.i)


def _gold_ids(g, a: int, b: int) -> list[int]:
    return [k for k, (s, e) in enumerate(g.tokens) if s < b and a < e]


def _carried(doc, g, sg, speakerless: bool):
    """(message tokens, speaker tokens) of a quote with a message whose speaker stands in a sentence before the
    message's (carried from an earlier report), or that has none when ``speakerless``; None for any other quote."""
    msg = _spacy(doc, g, sg.roles["quote"])
    if not msg:
        return None
    ours = _spacy(doc, g, sg.roles["speaker"])
    if ours:
        if ours[-1].i >= msg[0].sent.start:
            return None
    elif not speakerless:
        return None
    return msg, ours


def _load(dump: str, cache: str):
    """The dump's rows and the cached parses by text."""
    from spacy.tokens import DocBin

    from newsgraph import nlp as nlp_stage

    rows = pickle.loads(Path(dump).read_bytes())
    vocab = nlp_stage.load("de").vocab
    return rows, {d.text: d for d in DocBin().from_disk(cache).get_docs(vocab)}


def _fires(rows, docs, rule, before: Scores, after: Scores):
    """Scores each row's quotes into ``before``, and into ``after`` once ``rule(doc, g, sg)`` (a new speaker's gold
    token ids, or None) has run over them; yields (g, quote, old speaker, new speaker, gold's speaker) of each quote
    the rule changed, all as sets of gold token ids."""
    for row in rows:
        _, g, sys_g, gold_g = row[:4]
        score_doc(before, sys_g, gold_g)
        doc = docs[g.text]
        new_g = copy.deepcopy(sys_g)
        for sg in new_g:
            new = rule(doc, g, sg)
            if new is not None:
                sg.extra = dict(sg.extra or {}, old=list(sg.roles["speaker"]))
                sg.roles["speaker"] = new
        score_doc(after, new_g, gold_g)
        pairs = dict(assign(new_g, gold_g))
        for si, sg in enumerate(new_g):
            if "old" not in (sg.extra or {}):
                continue
            gs = set(gold_g[pairs[si]].roles["speaker"]) if si in pairs else set()
            yield g, sg, set(sg.extra["old"]), set(sg.roles["speaker"]), gs


def _print_figures(before, after, fires, shown, width: int = 240) -> None:
    for name, sc in (("before", before), ("after", after)):
        p, r, f = sc.overlap("speaker")
        print(f"{name}: message {sc.overlap('quote')[2]:.5f} cue {sc.overlap('cue')[2]:.5f} speaker TP "
              f"{sc.tp['speaker']} FP {sc.fp['speaker']} FN {sc.fn['speaker']} F1 {f:.5f}; attribution "
              f"{sc.spk_ok}/{sc.spk_total}")
    print("fires:", dict(fires))
    for k, v in shown.items():
        for line in v:
            print(f"  {k}: {line[:width]}")


def cue_subject(doc, g, sg, guards, names_source):
    if sg.nested or not sg.roles["cue"]:
        return None
    cue = _spacy(doc, g, sg.roles["cue"])
    if "verbcue" in guards and not any(t.pos_ == "VERB" for t in cue):
        return None
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")] or [cue[0].head]
    v = verbs[-1] if verbs[-1].pos_ == "VERB" else verbs[0]
    # an auxiliary's lexical verb holds the subject when the cue is the auxiliary alone
    if v.dep_ in ("aux", "aux:pass", "cop"):
        v = v.head
    subs = [c for c in v.children if c.dep_ in SUBJ and c.lower_ != "es"]
    if len(subs) != 1:
        return None
    s = subs[0]
    ours = _spacy(doc, g, sg.roles["speaker"])
    if "have" in guards and not ours:
        return None
    a, b = _subject_group(doc, s)
    if b < a or b - a >= 15:
        return None
    if any(a <= x.i <= b for x in ours):
        return None
    if "source" in guards and not names_source(s):
        return None
    if "norel" in guards and ("Rel" in s.morph.get("PronType") or s.tag_ == "PRELS"):
        return None
    if "active" in guards and any(c.dep_ == "aux:pass" for c in v.children):
        return None
    if "nozit" in guards and v.lemma_ == "zitieren":
        return None
    # a passive's subject is the one spoken to or about (passive_subject_speakers), but the one quoted of "zitieren"
    if "passzit" in guards and v.lemma_ != "zitieren" and (s.dep_ == "nsubj:pass"
                                                           or any(c.dep_ == "aux:pass" for c in v.children)):
        return None
    if ours:
        roots = [t for t in ours if not (ours[0].i <= t.head.i <= ours[-1].i) or t.head.i == t.i]
        if "notsubj" in guards and any(r.dep_ in SUBJ and r.head.i == v.i for r in roots):
            return None
        if "oursnonsubj" in guards and any(r.dep_ in SUBJ for r in roots):
            return None
        pp = ours[0].pos_ == "ADP" or any(c.dep_ == "case" for r in roots for c in r.children)
        if "onlypp" in guards and not pp:
            return None
    if "outside" in guards:
        msg = _spacy(doc, g, sg.roles["quote"])
        if msg and msg[0].i <= s.i <= msg[-1].i:
            return None
    new = _gold_ids(g, doc[a].idx, doc[b].idx + len(doc[b].text))
    return new or None


FRAME_CASES = ("laut", "gemäß", "zufolge", "nach")


def local_frame(doc, g, sg, guards, names_source):
    """A quote whose speaker stands in a sentence before the message's (or, with ``none``, that has none) takes the
    one source frame of the message's own sentences: "laut X", "gemäß X", "X zufolge", "nach X" with X a frame noun
    (NACH_SOURCE: "nach Angaben der Polizei", "seiner Meinung nach") or a PER/ORG name; the noun group without the
    preposition, as quotes-de marks it."""
    from newsgraph.extract.quotes_speakers import NACH_SOURCE

    if sg.nested and "nested" not in guards:
        return None
    carried = _carried(doc, g, sg, "none" in guards)
    if carried is None:
        return None
    msg, _ = carried
    sents = {t.sent.start for t in msg}
    frames = []
    for st in sorted(sents):
        for t in doc[st].sent:
            if t.lower_ not in FRAME_CASES or t.dep_ != "case":
                continue
            n = t.head
            if t.lower_ == "nach" and not (n.lower_.startswith(NACH_SOURCE) or n.ent_type_ in ("PER", "ORG")):
                continue
            a, b = n.left_edge.i, n.right_edge.i
            if t.i == a:
                a += 1
            if t.i == b:
                b -= 1
            if b < a or b - a >= 12 or any(x.text in ("„", "“", ",", ":", ";") or x.pos_ in ("VERB", "AUX")
                                           for x in doc[a:b + 1]):
                continue
            frames.append((a, b))
    if len(frames) != 1:
        return None
    a, b = frames[0]
    return _gold_ids(g, doc[a].idx, doc[b].idx + len(doc[b].text)) or None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--rule", default="cue_subject", choices=("cue_subject", "local_frame"))
    ap.add_argument("--guard", action="append", default=[])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    from newsgraph.extract.quotes_speakers import _names_source

    rows, docs = _load(args.dump, args.cache)
    before, after = Scores(), Scores()
    fires: Counter = Counter()
    shown: dict = {"right": [], "wrong": [], "both wrong": [], "same": []}
    guards = set(args.guard)

    def rule(doc, g, sg):
        return RULES[args.rule](doc, g, sg, guards, _names_source)

    for g, sg, old, new, gs in _fires(rows, docs, rule, before, after):
        kind = ("right" if new & gs and not old & gs else "wrong" if old & gs and not new & gs
                else "both wrong" if not new & gs else "same")
        fires[kind] += 1
        fires[f"{sg.form}:{kind}"] += 1
        fires[f"{sg.form}:d_tp"] += len(new & gs) - len(old & gs)
        fires[f"{sg.form}:d_fp"] += len(new - gs) - len(old - gs)
        fires["d_tp"] += len(new & gs) - len(old & gs)
        fires["d_fp"] += len(new - gs) - len(old - gs)
        if len(shown[kind]) < args.show:
            shown[kind].append(f"{sg.form} ours=[{_text(g, old)}] -> [{_text(g, new)}] gold=[{_text(g, gs)}] "
                               f"cue=[{_text(g, sg.roles['cue'])}]")
    _print_figures(before, after, fires, shown)
    return 0


RULES = {"cue_subject": cue_subject, "local_frame": local_frame}

if __name__ == "__main__":
    sys.exit(main())
