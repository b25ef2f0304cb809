"""Every missed gold quote of one type on cross-fitted train (or dev), with what the extractor saw in its sentence.

    OMP_NUM_THREADS=1 python training/quotes/missed_census.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r12/qcache_train.spacy --folds training/runs/quote_folds \
        --acts-cv training/runs/h3/acts_cv.json --out /tmp/h5/missed_train.jsonl

A gold quote (not nested) is missed when no prediction paired with it by the scorer shares a message token
(eval.quotes.assign). Each missed quote becomes one JSON line: article, gold type, message / cue / speaker text,
the parse sentence holding most of its tokens, that sentence's root verb (lemma with particle), the modes of our
predictions in the sentence, and, when the act classifier saw the sentence (no quote touched it), its features
and the probabilities of the article's act model (with ``--acts-cv``, the CV model that never saw the article).
The summary counts missed quotes and tokens by type and by where they were lost, then (round 20) puts each
missed quote in exactly one class of what its sentence holds (``signal_kind``, first match of: quoted text the
extractor did not pair, gold cue in another sentence, a continuation of the gold quote before, a source frame
("…, so X", "hieß es", "X zufolge", "laut", "nach Angaben", "wie berichtet"), a speech verb of our lists or
learnt cue words, Konjunktiv with no cue, a colon, a hearsay modal, nothing) with the gold cue's kind, split
by whether a quote of ours touches the sentence. ``--summary FILE`` prints the tables of a written census again.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import setup  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, gold_groups, predict_groups, score_doc  # noqa: E402
from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes_features import config, lexicon, quote_depth, tokens_from_doc  # noqa: E402

# source-frame words and phrases, as a reader would spot them in the sentence (not our rules' conditions)
FRAMES = (
    ("so", re.compile(r"[,–-]\s+so\s+(?!dass\b|wie\b|viel|weit\b|lange\b|genannt|gut\b|schnell|sehr\b)\w", re.I)),
    ("hieß es", re.compile(r"\b(hie(ß|ss)|hei(ß|ss)t|hei(ß|ss)e)\s+es\b|\bes\s+hie(ß|ss)\b", re.I)),
    ("zufolge", re.compile(r"\bzufolge\b", re.I)),
    ("laut", re.compile(r"\blaut\s+(?!werden|wird|wurde|geworden|worden)\w", re.I)),
    ("nach Angaben", re.compile(r"\bnach\s+(\w+\s+){0,3}(angaben|informationen|berichten|aussagen|meinung|ansicht|"
                                r"einsch\w*|sch\w*tzung\w*|darstellung|auffassung|erkenntnissen)\b|\bdem\s+vernehmen\s+nach\b", re.I)),
    ("wie berichtet", re.compile(r"\bwie\s+(\w+\s+){0,6}(berichtet\w*|gemeldet|mitgeteilt|bekannt\w*|angek\w*ndigt|"
                                 r"verlaut\w*|mitteilt\w*|sagt\w*|erkl\w*rt\w*|hie(ß|ss)|schrieb\w*|meldet\w*)\b", re.I)),
    ("gemäß/wonach/demnach", re.compile(r"\b(gemäß|wonach|demnach|danach)\b", re.I)),
)
# dependency labels of a clause hanging on a word (the complement model's candidates, quotes_acts.complement)
CLAUSE_DEPS = {"ccomp", "xcomp", "csubj", "advcl", "acl", "parataxis", "obj", "obl", "nmod", "dep"}
QUOTE_MARKS = set("„“”»«\"")


def _lists():
    de = config().get("de", {})
    lem = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", []))
    stems = tuple(de.get("indirect_stems", [])) + tuple(de.get("indirect_zu_stems", [])) + tuple(de.get("reported_stems", []))
    return lem, stems


def _speech_verb(tok, lem, stems, lex) -> str:
    """The lemma (particle joined) of ``tok`` when it is a verb of our speech lists or learnt cue words, else ""."""
    if tok.pos_ not in ("VERB", "AUX"):
        return ""
    vl = quotes_acts._verb_lemma(tok)
    low = tok.text.lower()
    if vl in lem or lex.is_cue(low) or low.startswith(stems) or vl.startswith(stems):
        return vl
    return ""


def cue_kind(sdoc, cue_tok: list, lem, stems, lex) -> str:
    """What the gold cue is: none, a frame word, a verb of our lists, another verb, a noun, other."""
    if not cue_tok:
        return "none"
    words = [sdoc[i] for i in cue_tok]
    low = " ".join(t.text.lower() for t in words)
    if any(t.text.lower() in lex.prepositions or t.text.lower() in ("zufolge", "hieß", "heißt", "danach") for t in words):
        return "frame word"
    if any(_speech_verb(t, lem, stems, lex) for t in words):
        return "verb in lists"
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return "verb outside lists:" + quotes_acts._verb_lemma(next(t for t in words if t.pos_ in ("VERB", "AUX")))
    if any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return "noun:" + low
    return "other:" + low


def signals(sdoc, sents, sn: int, msg_tok: list, cue_tok: list, gold_prev: bool, inq: list, lem, stems, lex,
            reported: bool = False) -> dict:
    """Flags of what the message's main sentence holds (spaCy tokens ``msg_tok`` / ``cue_tok`` of the gold
    quote; ``gold_prev``: a gold quote's message ends in the sentence before; ``inq``: quotation-mark depth per
    spaCy token; ``reported``: a Reported quote, a speech act that continues nothing and has no cue in quotes-de)
    and the one class (``kind``) the census counts the quote under."""
    s = sents[sn]
    msg = set(msg_tok)
    fl: dict = {}
    quoted = sum(inq[i] for i in msg_tok) / max(1, len(msg_tok))
    fl["quoted"] = round(quoted, 2)
    cue_sents = {bisect.bisect_right([x.start for x in sents], i) - 1 for i in cue_tok}
    msg_sents = {bisect.bisect_right([x.start for x in sents], i) - 1 for i in msg_tok}
    fl["cue_elsewhere"] = bool(cue_tok) and not (cue_sents & msg_sents)
    fl["continuation"] = not cue_tok and gold_prev and not reported
    text = s.text
    fl["frames"] = [name for name, rx in FRAMES if rx.search(text)]
    verbs = [(t.i, _speech_verb(t, lem, stems, lex)) for t in s]
    fl["speech_verbs"] = [v for i, v in verbs if v]
    fl["speech_verb_in_msg"] = [v for i, v in verbs if v and i in msg]
    fl["konj"] = any("Sub" in t.morph.get("Mood") for t in s if t.i in msg)
    first = min(msg_tok) if msg_tok else s.start
    fl["colon"] = any(t.text == ":" for t in s if t.i < first) or (first > 0 and sdoc[first - 1].text == ":")
    fl["hearsay"] = any(t.tag_ == "VMFIN" and t.text.lower().startswith(("soll", "will", "woll")) and
                        not t.text.lower().startswith("sollte") for t in s)
    fl["dass/ob/zu"] = any(t.text.lower() in ("dass", "ob") for t in s if t.i in msg) or \
        any(t.text.lower() == "zu" and t.tag_ == "PTKZU" for t in s if t.i in msg)
    if quoted >= 0.5:
        kind = "quoted, not paired"
    elif fl["cue_elsewhere"]:
        kind = "gold cue in another sentence"
    elif fl["continuation"]:
        kind = "continuation (no cue, gold quote before)"
    elif fl["frames"]:
        kind = "frame: " + fl["frames"][0]
    elif fl["speech_verbs"]:
        kind = "speech verb of our lists"
    elif fl["konj"]:
        kind = "Konjunktiv, no cue"
    elif fl["colon"]:
        kind = "colon"
    elif fl["hearsay"]:
        kind = "hearsay soll/will"
    else:
        kind = "nothing"
    fl["kind"] = kind
    # the word a clausal message hangs on ("plant, … zu erweitern", "legte fest, dass …", "ist zuversichtlich, …")
    tops = [sdoc[i] for i in msg_tok if sdoc[i].head.i not in msg and sdoc[i].head.i != i]
    top = next((t for t in tops if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")), None)
    fl["head_word"] = quotes_acts._verb_lemma(top.head) if top is not None and top.head.pos_ in ("VERB", "AUX") else \
        (top.head.lemma_.lower() if top is not None else "")
    if kind in ("Konjunktiv, no cue", "colon", "hearsay soll/will", "nothing") and top is not None \
            and fl["dass/ob/zu"] | fl["konj"]:
        fl["kind"] = "clause of a word outside our lists"
    return fl


def hook_act_rows() -> dict:
    """The act classifier's feature row of each sentence it scores, by the sentence's first character, filled through
    quotes_acts.ROW_HOOK (the caller clears it per article and unhooks at the end)."""
    rows: dict = {}

    def hook(toks, a, b, f):
        rows[toks[a].start] = f

    quotes_acts.ROW_HOOK = hook
    return rows


def act_row(rows: dict, s):
    """The act row of sentence ``s``, or None if the classifier did not score it."""
    f = rows.get(s.start_char)
    if f is None:
        # the extractor's toks may start the sentence a character later (whitespace)
        f = next((v for k, v in rows.items() if s.start_char <= k < s.start_char + 3), None)
    return f


def summary(out: list) -> None:
    """Missed quotes / FN tokens by class (rows) and type, empty sentence vs beside a quote of ours."""
    types = ["Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect", "Direct"]
    kinds = Counter()
    for r in out:
        kinds[r["sig"]["kind"]] += r["ntok"]
    print("\n| class | all: quotes / tokens | empty sentence | beside a quote of ours | " +
          " | ".join(t.replace("IndirectFreeIndirect", "IFI") for t in types) + " |")
    print("|---|---|---|---|" + "---|" * len(types))
    for k, _ in kinds.most_common():
        sub = [r for r in out if r["sig"]["kind"] == k]

        def cell(rs):
            return f"{len(rs)} / {sum(r['ntok'] for r in rs)}"
        print(f"| {k} | {cell(sub)} | {cell([r for r in sub if not r['preds']])} | {cell([r for r in sub if r['preds']])} | "
              + " | ".join(cell([r for r in sub if r["type"] == t]) for t in types) + " |")
    print(f"| all | {len(out)} / {sum(r['ntok'] for r in out)} | | | |")
    print("\ngold cue kind by class (quotes):")
    for k, _ in kinds.most_common():
        sub = [r for r in out if r["sig"]["kind"] == k]
        c = Counter(r["cue_kind"].split(":")[0] for r in sub)
        det = Counter(r["cue_kind"].split(":", 1)[1] for r in sub if ":" in r["cue_kind"])
        print(f"  {k}: " + ", ".join(f"{a} {b}" for a, b in c.most_common()) +
              ("; " + ", ".join(f"{a} {b}" for a, b in det.most_common(12)) if det else ""))
    cl = [r for r in out if r["sig"]["kind"] == "clause of a word outside our lists"]
    print("\nwords the clauses hang on (class 'clause of a word outside our lists'), quotes:",
          ", ".join(f"{a} {b}" for a, b in Counter(r["sig"]["head_word"] for r in cl).most_common(30)))
    sv = [r for r in out if r["sig"]["kind"] == "speech verb of our lists"]
    print("\nspeech verbs (class 'speech verb of our lists'), quotes:",
          ", ".join(f"{a} {b}" for a, b in Counter(v for r in sv for v in set(r["sig"]["speech_verbs"])).most_common(30)))
    print("flags over all missed (several per quote; quotes / tokens):")
    fc, ft = Counter(), Counter()
    for r in out:
        g = r["sig"]
        for name in ("cue_elsewhere", "continuation", "konj", "colon", "hearsay", "dass/ob/zu"):
            if g[name]:
                fc[name] += 1
                ft[name] += r["ntok"]
        if g["quoted"] >= 0.5:
            fc["quoted"] += 1
            ft["quoted"] += r["ntok"]
        for f in g["frames"]:
            fc["frame: " + f] += 1
            ft["frame: " + f] += r["ntok"]
        if g["speech_verbs"]:
            fc["speech verb"] += 1
            ft["speech verb"] += r["ntok"]
    print("  " + ", ".join(f"{k} {v} / {ft[k]}" for k, v in fc.most_common()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--folds", default=None)
    ap.add_argument("--acts-cv", default=None)
    ap.add_argument("--types", default="Indirect,Reported")
    ap.add_argument("--out", default=None)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--summary", default=None, help="print the tables of a census written by --out, run nothing")
    args = ap.parse_args(argv)
    if args.summary:
        summary([json.loads(x) for x in open(args.summary, encoding="utf-8")])
        return 0
    lem, stems = _lists()
    lex = lexicon("de")
    run = setup(args)
    types = set(args.types.split(","))
    gold, docs, nlp = run.gold, run.docs, run.nlp
    by_text = {d.text: d for d in docs}
    rows = hook_act_rows()
    sc = Scores()
    out = []
    for i in run.articles(args.folds):
        rows.clear()
        g = gold[i]
        sys_g, gold_g = predict_groups(g, nlp), gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        model = quotes_acts.load_acts("x") if args.acts_cv else quotes_acts.load_acts("de_acts")
        sdoc = by_text[g.text]
        sents = list(sdoc.sents)
        starts = [s.start_char for s in sents]
        tstarts = [t.idx for t in sdoc]
        ttoks = tokens_from_doc(sdoc, "de")
        inq = [0] * len(sdoc)
        for t, d in zip(ttoks, quote_depth(ttoks)):
            if t.i >= 0:
                inq[t.i] = d
        gold_ends = {sent_end for gg2 in gold_g if gg2.roles["quote"] and not gg2.nested
                     for sent_end in [max(0, bisect.bisect_right(starts, g.tokens[max(gg2.roles["quote"])][0]) - 1)]}

        def stoks(ids, g=g, tstarts=tstarts):
            return sorted({max(0, bisect.bisect_right(tstarts, g.tokens[k][0]) - 1) for k in ids})
        pairs = assign(sys_g, gold_g)
        found = {gi for si, gi in pairs if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}

        def sent_of(k, g=g, starts=starts):
            return max(0, bisect.bisect_right(starts, g.tokens[k][0]) - 1)

        def text(ids, g=g):
            return " ".join(g.text[g.tokens[k][0]:g.tokens[k][1]] for k in sorted(ids))

        for gi, gg in enumerate(gold_g):
            if gg.nested or gi in found or gg.form not in types or not gg.roles["quote"]:
                continue
            ids = gg.roles["quote"]
            sc_ = Counter(sent_of(k) for k in ids)
            sn = sc_.most_common(1)[0][0]
            s = sents[sn]
            preds = []
            for sg in sys_g:
                if any(sent_of(k) == sn for k in sg.roles["quote"]):
                    preds.append(sg.form + ("+cue" if sg.roles["cue"] else ""))
            root = s.root
            prt = [c.text.lower() for c in root.children if c.dep_ in ("compound:prt", "svp")]
            f = act_row(rows, s)
            p = quotes_acts.probs(model, f) if (f is not None and model) else None
            ctok = stoks(gg.roles["cue"])
            sig = signals(sdoc, sents, sn, stoks(ids), ctok, (sn - 1) in gold_ends, inq, lem, stems, lex,
                          gg.form == "Reported")
            out.append({"art": g.name, "i": i, "type": gg.form, "ntok": len(ids), "nsents": len(sc_),
                        "msg": text(ids), "cue": text(gg.roles["cue"]),
                        "msg_chars": [g.tokens[k] for k in sorted(ids)], "cue_chars": [g.tokens[k] for k in sorted(gg.roles["cue"])], "speaker": text(gg.roles["speaker"]),
                        "sent": s.text, "root": (prt[0] if prt else "") + root.lemma_.lower(), "root_pos": root.pos_,
                        "preds": preds, "act_row": f is not None, "feats": f, "sig": sig,
                        "cue_kind": cue_kind(sdoc, ctok, lem, stems, lex),
                        "p": {k: round(v, 3) for k, v in p.items()} if p else None})
    quotes_acts.ROW_HOOK = None
    print("message / cue / speaker " + " / ".join(f"{sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker")))
    tally: dict = defaultdict(Counter)
    for r in out:
        where = "act row" if r["act_row"] else ("other quote in sentence" if r["preds"] else "no act row, nothing there")
        tally[r["type"]][where] += 1
        tally[r["type"]][where + " tok"] += r["ntok"]
    for t, c in tally.items():
        print(t, dict(c))
    summary(out)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
