"""Reported quotes by the shape of their sentence and where each is lost; spurious Reported / FreeIndirect quotes likewise.

    OMP_NUM_THREADS=1 python training/quotes/reported_census.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r24/qcache_train.spacy --folds /work/main/training/runs/quote_folds22 \
        --acts-cv /tmp/r24/acts_cv.json [--out F.jsonl] [--examples N] [--set KEY=VALUE]

Round 24 (h2). Every gold Reported quote (not nested) gets one *shape* of its main sentence, the first that matches of:
"laut X", "X zufolge" (a source noun: "Berichten zufolge"; a named X), "nach Angaben (von) X", "wie X mitteilte",
a noun or phrase cue ("geht davon aus", "ist die Rede von", "spricht von", a speech noun as subject or object),
a hearsay "soll", a reporting verb with a dass / ob / zu / Konjunktiv clause, a verb of our speech lists with a nominal object ("kritisierte
…", "nannte … einen …"), a passive ("wurde … kritisiert"), an intention ("will … erobern"), another verb, no verb —
and one *status*: found in its own mode, found in another mode, found with under half its tokens ("short"), or missed:
in a sentence the act classifier saw (by its CV P(Reported)), beside another quote of ours (by that quote's mode and
origin), or in a sentence no step looked at. Predictions of mode Reported / FreeIndirect with no gold partner sharing a
message token are "spurious", by origin (the extractor step that made them) and shape. Pairing as the scorer pairs
(eval.quotes.assign).
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

from crossfit import add_setup_args, setup  # noqa: E402
from missed_census import act_row, hook_act_rows  # noqa: E402

from newsgraph.eval.quotes import PRED_MEDIUM, Group, Scores, assign, chars_to_tokens, gold_groups, score_doc  # noqa: E402
from newsgraph.extract import quotes_acts  # noqa: E402
from newsgraph.extract.quotes import extract_quotes  # noqa: E402
from newsgraph.extract.quotes_features import config  # noqa: E402

LAUT = re.compile(r"\blaut\s+(?!werden|wird|wurde|geworden|worden)\w", re.I)
ZUFOLGE_NOUN = re.compile(r"\b(berichten|angaben|informationen|meldungen|mitteilung|erklärung|aussagen?|"
                          r"schätzungen|umfragen?|studie|untersuchung|\w*berichts?|\w*bericht(en)?)\s+(\w+\s+){0,3}zufolge\b", re.I)
ZUFOLGE = re.compile(r"\bzufolge\b", re.I)
NACH = re.compile(r"\bnach\s+(\w+\s+){0,3}(angaben|informationen|berichten|aussagen|darstellung|erkenntnissen|"
                  r"sch\w*tzung\w*|einsch\w*)\b|\bdem\s+vernehmen\s+nach\b", re.I)
WIE = re.compile(r"\bwie\s+(\w+\s+){0,6}(berichtet\w*|gemeldet|mitgeteilt|mitteilt\w*|bekannt\w*|verlaut\w*|"
                 r"sagt\w*|erkl\w*rt\w*|hie(ß|ss)|schrieb\w*|meldet\w*)\b", re.I)
NOUN_PHRASE = re.compile(r"\b(geh\w*|ging\w*|gegangen)\b.*\b(davon|von)\b.*\baus\b|\bausgegangen\b|\bdie\s+rede\b|"
                         r"\bsprich\w*\s+von\b|\bsprach\w*\s+von\b", re.I)
SPEECH_NOUNS = ("mitteilung", "erklärung", "bericht", "forderung", "angabe", "meldung", "aussage", "stellungnahme",
                "kritik", "warnung", "appell", "ankündigung", "vorwurf", "information", "presseerklärung")


def _lists():
    de = config().get("de", {})
    lem = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", []))
    stems = tuple(de.get("indirect_stems", [])) + tuple(de.get("reported_stems", [])) + tuple(de.get("cue_stems", []))
    return lem, stems


def shape(sent, lem, stems) -> str:
    """The first shape of the list in the module docstring that the spaCy sentence ``sent`` matches."""
    text = sent.text
    if LAUT.search(text):
        return "laut X"
    if ZUFOLGE.search(text):
        return "noun zufolge (Berichten zufolge)" if ZUFOLGE_NOUN.search(text) else "X zufolge"
    if NACH.search(text):
        return "nach Angaben (von) X"
    if WIE.search(text):
        return "wie X mitteilte"
    if NOUN_PHRASE.search(text):
        return "noun/phrase cue (geht davon aus, spricht von, die Rede)"
    if any(t.tag_ == "VMFIN" and t.text.lower().startswith("soll") and not t.text.lower().startswith("sollte")
           for t in sent):
        return "hearsay (soll)"
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return "no verbal root"
    if any(t.pos_ == "NOUN" and t.lemma_.lower().startswith(SPEECH_NOUNS) and t.head.i == root.i
           and t.dep_ in ("nsubj", "obj", "nsubj:pass", "obl") for t in sent):
        return "noun/phrase cue (geht davon aus, spricht von, die Rede)"
    vl = quotes_acts._verb_lemma(root)
    low = root.text.lower()
    speech = vl in lem or low.startswith(stems) or vl.startswith(stems)
    clause = any(c.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") for c in root.children) or \
        any(t.text.lower() in ("dass", "ob") for t in sent)
    passive = any(t.dep_ in ("nsubj:pass", "aux:pass") for t in sent)
    modal = any(t.tag_ == "VMFIN" and t.text.lower().startswith(("will", "woll")) for t in sent)
    if speech and clause:
        return "reporting verb + clause (teilte mit, dass)"
    if speech and passive:
        return "passive of a speech verb"
    if speech:
        return "speech verb + object (kritisierte X)"
    if modal:
        return "intention (will … V)"
    if passive:
        return "passive, other verb"
    return "other verb"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    add_setup_args(ap)
    ap.add_argument("--out", default=None)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args(argv)
    lem, stems = _lists()
    run = setup(args)
    gold, nlp = run.gold, run.nlp
    rows = hook_act_rows()
    sc = Scores()
    out = []
    for i in run.articles(args.folds):
        rows.clear()
        g = gold[i]
        sdoc = nlp(g.text)
        sys_g = []
        for q in extract_quotes(sdoc, "de"):
            roles = {r: chars_to_tokens(getattr(q, a), g.tokens) for r, a in
                     (("quote", "message"), ("cue", "cue"), ("speaker", "speaker"), ("addressee", "addressee"))}
            if roles["quote"]:
                sys_g.append(Group(roles, q.mode, q.nested, PRED_MEDIUM, {"origin": q.origin}))
        gold_g = gold_groups(g)
        score_doc(sc, sys_g, gold_g)
        model = quotes_acts.load_acts("x") if args.acts_cv else quotes_acts.load_acts("de_acts")
        sents = list(sdoc.sents)
        starts = [s.start_char for s in sents]

        def sent_of(k, g=g, starts=starts):
            return max(0, bisect.bisect_right(starts, g.tokens[k][0]) - 1)

        def text(ids, g=g):
            return " ".join(g.text[g.tokens[k][0]:g.tokens[k][1]] for k in sorted(ids))

        pairs = assign(sys_g, gold_g)
        found_s = {si: gi for si, gi in pairs if set(sys_g[si].roles["quote"]) & set(gold_g[gi].roles["quote"])}
        found_g = {gi: si for si, gi in found_s.items()}
        for gi, gg in enumerate(gold_g):
            if gg.nested or gg.form != "Reported" or not gg.roles["quote"]:
                continue
            ids = gg.roles["quote"]
            sn = Counter(sent_of(k) for k in ids).most_common(1)[0][0]
            s = sents[sn]
            p = None
            if gi in found_g:
                sg = sys_g[found_g[gi]]
                cov = len(set(ids) & set(sg.roles["quote"])) / len(ids)
                status = "found, Reported" if sg.form == "Reported" else "found as " + str(sg.form)
                if cov < 0.5:
                    status = "found, under half the tokens"
                status += " (" + sg.extra.get("origin", "") + ")"
            else:
                others = [sg for sg in sys_g if any(sent_of(k) == sn for k in sg.roles["quote"])]
                f = act_row(rows, s)
                if f is not None:
                    p = quotes_acts.probs(model, f)["Reported"] if model else None
                    status = "missed, act row P(Reported) " + ("<0.1" if p < 0.1 else "0.1-0.2" if p < 0.2 else ">=0.2")
                elif others:
                    status = "missed, beside our " + others[0].form + " (" + others[0].extra.get("origin", "") + ")"
                else:
                    status = "missed, sentence not seen"
            out.append({"kind": "gold", "art": g.name, "shape": shape(s, lem, stems), "status": status,
                        "ntok": len(ids), "p": p, "msg": text(ids), "sent": s.text, "root": quotes_acts._verb_lemma(s.root)})
        for si, sg in enumerate(sys_g):
            if sg.nested or sg.form not in ("Reported", "FreeIndirect") or si in found_s:
                continue
            ids = sg.roles["quote"]
            sn = Counter(sent_of(k) for k in ids).most_common(1)[0][0]
            s = sents[sn]
            gold_there = [gg.form for gg in gold_g if any(sent_of(k) == sn for k in gg.roles["quote"])]
            out.append({"kind": "spurious " + sg.form, "art": g.name, "shape": shape(s, lem, stems),
                        "status": sg.extra.get("origin", "") + (" (gold quote in sentence)" if gold_there else ""),
                        "ntok": len(ids), "p": None, "msg": text(ids), "sent": s.text,
                        "root": quotes_acts._verb_lemma(s.root)})
    quotes_acts.ROW_HOOK = None
    print("message / cue / speaker " + " / ".join(f"{sc.overlap(r)[2]:.4f}" for r in ("quote", "cue", "speaker")))
    for kind in ("gold", "spurious Reported", "spurious FreeIndirect"):
        sub = [r for r in out if r["kind"] == kind]
        if not sub:
            continue
        statuses = [s for s, _ in Counter(r["status"] for r in sub).most_common()]
        print(f"\n{kind}: {len(sub)} quotes / {sum(r['ntok'] for r in sub)} tokens; rows shape, columns status "
              "(quotes / tokens)")
        tab = defaultdict(lambda: [0, 0])
        for r in sub:
            tab[(r["shape"], r["status"])][0] += 1
            tab[(r["shape"], r["status"])][1] += r["ntok"]
        for sh, n in Counter(r["shape"] for r in sub).most_common():
            cells = [f"{st}: {tab[(sh, st)][0]}/{tab[(sh, st)][1]}" for st in statuses if tab[(sh, st)][0]]
            print(f"  {sh} [{n}] " + "; ".join(cells))
        print("  by status: " + "; ".join(f"{st} {sum(1 for r in sub if r['status'] == st)}" for st in statuses))
        if args.examples:
            for sh, _ in Counter(r["shape"] for r in sub).most_common():
                for r in [r for r in sub if r["shape"] == sh][:args.examples]:
                    print(f"    [{sh} | {r['status']}] {r['sent'][:160]!r}")
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
