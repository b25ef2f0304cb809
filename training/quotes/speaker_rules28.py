"""Round 28's post-hoc speaker rules over a speaker_precision.py dump (de_speakers card, Round 28, q2; a post-hoc rule
over the final quotes = a last speaker step). ``local_speech --guard none`` is the step switched on
(quotes_speakers.local_speech_speakers, speaker_local_speech); one_group, msg_subject and pp_subject were measured and
left off (their docstrings below).

    python training/quotes/speaker_rules28.py DUMP.pkl --cache QCACHE.spacy --rule RULE [--guard G ...] [--show N]

* one_group: a speaker span whose tokens hang on more than one head outside the span ("el-Baradei die Bearbeitung
  der Brennstäbe", "McClaren in einem Interview", "eine Sprecherin … gegenüber der Financial Times Deutschland": the
  tagger's or linker's span ran on over the verb's other arguments) keeps the subtree of one of those heads (its
  "main root") and drops the rest. The main root: the first root that is a subject of a verb (nsubj / nsubj:pass),
  else the first that names a person or body (quotes_speakers._names_source) or is a frame noun (NACH_SOURCE), else
  the first noun / proper noun / pronoun. Guards (--guard, any number): ``frame`` keep a genitive or "von" attribute
  right after a frame noun ("Angaben | der Polizei", which the parser hangs on the verb as often as on the noun);
  ``noverb`` no fire when a root is a verb (the span holds a clause); ``punct`` punctuation-only roots count (a
  trailing „ or : is cut though the span has one content root); ``first`` the main root is always the first nominal
  root; ``len2`` the dropped part is at least two tokens.

Prints the figure (TP FP FN, F1, attribution) before and after, and the fires: right / wrong / both wrong / same as in
speaker_rules27.py, with the token balance (d_tp, d_fp).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_rules27 import _carried, _fires, _gold_ids, _load, _print_figures, _spacy, _text  # noqa: E402

from newsgraph.eval.quotes import Scores  # noqa: E402

SUBJ = ("nsubj", "nsubj:pass")
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "X")
ATTR_OPENERS = ("der", "des", "eines", "einer", "von", "vom")


def one_group(doc, g, sg, guards, names_source, nach_source):
    ours = _spacy(doc, g, sg.roles["speaker"])
    if len(ours) < 2:
        return None
    lo, hi = ours[0].i, ours[-1].i
    span = doc[lo:hi + 1]
    roots = [t for t in span if not (lo <= t.head.i <= hi) or t.head.i == t.i]
    content = [r for r in roots if not r.is_punct]
    if not content:
        return None
    if len(content) == 1 and ("punct" not in guards or len(roots) == 1):
        return None
    if "noverb" in guards and any(r.pos_ in ("VERB", "AUX") for r in content):
        return None
    nominal = [r for r in content if r.pos_ in NOMINAL]
    if not nominal:
        return None
    main = None
    if "first" not in guards:
        main = next((r for r in nominal if r.dep_ in SUBJ), None) or next(
            (r for r in nominal if names_source(r) or r.lower_.startswith(nach_source)), None)
    main = main or nominal[0]
    keep = [t for t in span if t.i == main.i or any(a.i == main.i for a in t.ancestors)]
    a, b = keep[0].i, keep[-1].i
    allowed = {x[5:] for x in guards if x.startswith("drop=")}
    if allowed:
        for r in content:
            if a <= r.i <= b:
                continue
            if root_kind(doc, r, a, b) not in allowed:
                return None
    if "frame" in guards and main.lower_.startswith(nach_source):
        # a genitive / "von" attribute hung on the verb right after the frame noun stays with it
        for r in content:
            if r.i == b + 1 and doc[r.left_edge.i].lower_ in ATTR_OPENERS and r.left_edge.i == b + 1:
                b = max(b, max(t.i for t in span if t.i == r.i or any(x.i == r.i for x in t.ancestors)))
    while b > a and doc[b].is_punct:
        b -= 1
    while a < b and doc[a].is_punct:
        a += 1
    if (a, b) == (lo, hi):
        return None
    if "len2" in guards and (hi - lo) - (b - a) < 2:
        return None
    return _gold_ids(g, doc[a].idx, doc[b].idx + len(doc[b].text)) or None


def root_kind(doc, r, a, b) -> str:
    """What a root left out of the main group is: after a comma / before the group / a verb / an adverb / a
    prepositional phrase (its first word) / a name / a noun group."""
    if r.i > b and any(t.text == "," for t in doc[b + 1: r.i]):
        return "comma"
    side = "pre-" if r.i < a else ""
    if r.pos_ in ("VERB", "AUX"):
        return side + "verb"
    if r.pos_ in ("ADV", "ADJ", "PART", "SCONJ", "CCONJ", "ADP") and not any(c.dep_ == "case" for c in r.children):
        return side + "adv"
    case = next((c for c in r.children if c.dep_ == "case"), None)
    if case is not None:
        return side + "pp"
    if r.pos_ == "PROPN":
        return side + "name"
    return side + "np"


def msg_subject(doc, g, sg, guards, names_source, nach_source):
    """A quote whose message opens a main clause with its own subject ("PDS-Fraktionssprecher André Schollbach lehnt
    einen Verkauf … ab, …", "Der Wahlsieger erklärte indessen, …") and whose speaker is none or stands in an earlier
    sentence takes that subject. Guards: modes ``m=MODE``; ``nosoll`` not under a hearsay "sollen"; ``first`` the
    subject opens the message; ``have`` only quotes that have a speaker; ``none`` only quotes without one;
    ``speech`` the clause's verb is a speech verb of the cue lexicon (cue_stems)."""
    from newsgraph.extract.quotes_speakers import _subject_group

    if sg.nested:
        return None
    modes = {x[2:] for x in guards if x.startswith("m=")}
    if modes and sg.form not in modes:
        return None
    carried = _carried(doc, g, sg, True)
    if carried is None:
        return None
    msg, ours = carried
    if "have" in guards and not ours:
        return None
    if "none" in guards and ours:
        return None
    ids = {t.i for t in msg}
    root = msg[0].sent.root
    if root.i not in ids or root.pos_ not in ("VERB", "AUX"):
        return None
    subs = [c for c in root.children if c.dep_ in SUBJ and c.lower_ != "es"]
    if len(subs) != 1 or subs[0].i not in ids or subs[0].i > root.i:
        return None
    s = subs[0]
    if not names_source(s) or s.pos_ == "PRON":
        return None
    verbs = [root] + [c for c in root.children if c.dep_ in ("aux", "aux:pass")]
    if "nosoll" in guards and any(v.lemma_ == "sollen" for v in verbs):
        return None
    if "speech" in guards and not root.lower_.startswith(CUE_STEMS):
        return None
    a, b = _subject_group(doc, s)
    if "first" in guards and a != msg[0].i:
        return None
    if b < a or b - a >= 15:
        return None
    return _gold_ids(g, doc[a].idx, doc[b].idx + len(doc[b].text)) or None


try:
    import tomllib

    CUE_STEMS = tuple(tomllib.loads((Path(__file__).resolve().parents[2] / "newsgraph/config/claims.toml")
                                    .read_text())["de"]["cue_stems"])
except Exception:  # pragma: no cover
    CUE_STEMS = ()

FRAME_PREPS = ("laut", "nach", "zufolge", "gemäß", "so")


def pp_subject(doc, g, sg, guards, names_source, nach_source):
    """A speaker that is a prepositional phrase or a dative / accusative noun group hung on a verb ("in einer
    Stellungnahme", "Auf seiner Website", "den Worten") gives way to that verb's one subject when it names a person
    or body. Guards: ``noframe`` not for frame prepositions (laut, nach, zufolge, gemäß) and frame nouns (NACH_SOURCE);
    ``nosrcnoun`` not for a report noun (SOURCE_NOUNS: "Bericht", "Erklärung"); ``pponly`` only prepositional phrases;
    ``nopass`` no passive verb but "zitieren"; ``outside`` the subject stands outside the message; ``nonested``."""
    from newsgraph.extract.quotes_speakers import SOURCE_NOUNS, _subject_group

    if "nonested" in guards and sg.nested:
        return None
    ours = _spacy(doc, g, sg.roles["speaker"])
    if not ours:
        return None
    lo, hi = ours[0].i, ours[-1].i
    roots = [t for t in doc[lo:hi + 1] if not (lo <= t.head.i <= hi) or t.head.i == t.i]
    roots = [r for r in roots if not r.is_punct]
    if len(roots) != 1:
        return None
    r = roots[0]
    case = [c for c in r.children if c.dep_ == "case"]
    if case:
        kind = "pp"
    elif r.dep_ in ("obj", "iobj", "obl", "obl:arg") and doc[r.left_edge.i].lower_ in ("den", "dem", "einem", "einen"):
        kind = "obl"
    else:
        return None
    if "pponly" in guards and kind != "pp":
        return None
    if "noframe" in guards and (any(c.lower_ in FRAME_PREPS for c in case) or r.lower_.startswith(nach_source)):
        return None
    if "nosrcnoun" in guards and r.lower_.startswith(SOURCE_NOUNS):
        return None
    v = r.head
    if v.pos_ not in ("VERB", "AUX") or v.i == r.i:
        return None
    if v.dep_ in ("aux", "aux:pass", "cop"):
        v = v.head
    subs = [c for c in v.children if c.dep_ in SUBJ and c.lower_ != "es" and c.i != r.i]
    if len(subs) != 1:
        return None
    s = subs[0]
    if not names_source(s):
        return None
    if "nopass" in guards and v.lemma_ != "zitieren" and (s.dep_ == "nsubj:pass"
                                                          or any(c.dep_ == "aux:pass" for c in v.children)):
        return None
    a, b = _subject_group(doc, s)
    if b < a or b - a >= 15 or a <= lo <= b or lo <= a <= hi:
        return None
    if "outside" in guards:
        msg = _spacy(doc, g, sg.roles["quote"])
        if msg and msg[0].i <= s.i <= msg[-1].i:
            return None
    return _gold_ids(g, doc[a].idx, doc[b].idx + len(doc[b].text)) or None


def local_speech(doc, g, sg, guards, names_source, nach_source):
    """A quote whose speaker stands in a sentence before the message's (carried) while the message's own sentences
    hold a speech verb (cue_stems) with one subject that names a person or body ("…, verlautbarte Peter Sharp, …",
    "Der Wahlsieger erklärte indessen, …") takes that subject. Guards: ``nopron`` not a pronoun subject; ``none``
    also quotes without a speaker; ``onlyone`` exactly one such verb in the sentences; ``nonested``; ``m=MODE``."""
    from newsgraph.extract.quotes_speakers import _subject_group

    if "nonested" in guards and sg.nested:
        return None
    modes = {x[2:] for x in guards if x.startswith("m=")}
    if modes and sg.form not in modes:
        return None
    carried = _carried(doc, g, sg, "none" in guards)
    if carried is None:
        return None
    msg, _ = carried
    sents = sorted({t.sent.start for t in msg})
    found = []
    for st in sents:
        for v in doc[st].sent:
            if v.pos_ != "VERB" or not (v.lower_.startswith(CUE_STEMS)
                                         or ("lemma" in guards and v.lemma_.lower().startswith(CUE_STEMS))):
                continue
            if "outside" in guards and msg[0].i <= v.i <= msg[-1].i:
                continue
            subs = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ != "es"]
            if len(subs) != 1 or not names_source(subs[0]):
                continue
            if "nopron" in guards and subs[0].pos_ == "PRON":
                continue
            found.append(subs[0])
    if not found or ("onlyone" in guards and len(found) != 1):
        return None
    a, b = _subject_group(doc, found[0])
    if b < a or b - a >= 15:
        return None
    return _gold_ids(g, doc[a].idx, doc[b].idx + len(doc[b].text)) or None


RULES = {"one_group": one_group, "msg_subject": msg_subject, "pp_subject": pp_subject, "local_speech": local_speech}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--rule", default="one_group", choices=tuple(RULES))
    ap.add_argument("--guard", action="append", default=[])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    from newsgraph.extract.quotes_speakers import NACH_SOURCE, _names_source

    rows, docs = _load(args.dump, args.cache)
    before, after = Scores(), Scores()
    fires: Counter = Counter()
    shown: dict = {"right": [], "wrong": [], "both wrong": [], "better": [], "worse": [], "same": []}
    guards = set(args.guard)

    def rule(doc, g, sg):
        new = RULES[args.rule](doc, g, sg, guards, _names_source, NACH_SOURCE)
        # giving our own speaker back is no fire here (speaker_rules27.py counts it as one)
        return None if new == sg.roles["speaker"] else new

    for g, sg, old, new, gs in _fires(rows, docs, rule, before, after):
        d_tp, d_fp = len(new & gs) - len(old & gs), len(new - gs) - len(old - gs)
        kind = ("right" if new & gs and not old & gs else "wrong" if old & gs and not new & gs
                else "both wrong" if not new & gs else "better" if d_tp >= 0 and d_fp < 0 and not d_tp < 0
                else "worse" if d_tp < 0 else "same")
        fires[kind] += 1
        fires["d_tp"] += d_tp
        fires["d_fp"] += d_fp
        if len(shown[kind]) < args.show:
            shown[kind].append(f"{sg.form} ours=[{_text(g, old)}] -> [{_text(g, new)}] gold=[{_text(g, gs)}]")
    _print_figures(before, after, fires, shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
