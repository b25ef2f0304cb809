"""A/B of round 23's cue candidates (de_cues card, Round 23). The extractor runs once per article (HEAD's settings)
and its final quotes can be saved (``--save``); later runs ``--load`` them and apply each variant's rules, in the
order given, to a copy, so a variant costs seconds instead of an extraction:

    OMP_NUM_THREADS=1 python training/quotes/cue_r23_ab.py /work/shared/data/quotes-de/data/dev \
        --cache /tmp/r23/qcache_dev.spacy --save /tmp/h2/q_dev.pkl --variant ""
    OMP_NUM_THREADS=1 python training/quotes/cue_r23_ab.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r23/qcache_train.spacy --folds training/runs/quote_folds22 --acts-cv /tmp/r23/acts_cv.json \
        --fold-only 0|1 --save /tmp/h2/q_tr0.pkl|/tmp/h2/q_tr1.pkl --variant ""
    OMP_NUM_THREADS=1 python training/quotes/cue_r23_ab.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r23/qcache_train.spacy --load /tmp/h2/q_tr0.pkl --load /tmp/h2/q_tr1.pkl \
        --folds training/runs/quote_folds22 \
        --variant "" --variant RULE[,RULE…] [--fires FILE] [--census FILE]

A saved extraction is only valid for the settings and code it was made with: the rules below run on the final
quotes, which is what a last step of extract_quotes (quotes_cues.late_cues) sees. Variants: see RULES.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_tidy_ab import groups  # noqa: E402
from rule_ab import add_ab_args, changed, open_census, report, scored_variants, span_text  # noqa: E402

from newsgraph.eval.quotes import Scores, gold_groups  # noqa: E402
from newsgraph.extract.quotes import extract_quotes  # noqa: E402
from newsgraph.extract.quotes_cues import _is_speech, _speech_words  # noqa: E402
from newsgraph.extract.quotes_features import tokens_from_doc  # noqa: E402


def khead(doc, toks, qs, starts, speech_only=True, modes=("Indirect",), need_act=False, steps=3, clause=False, nested=False) -> None:
    """A cue-less top-level quote (Indirect by default) whose message hangs on a verb outside it in the same
    sentence (first verb above the message's top token, at most ``steps`` head steps) takes that verb's complex
    as cue ("Ein Sprecher … erklärte, er gehe nicht davon aus, dass …": the rule frame moved the cue to the
    inner Konjunktiv frame, tidy_cues moved that to the act, konjunktiv_frame_heads restored the message)."""
    from newsgraph.extract.quotes import _tok_ids, finish_cues
    from newsgraph.extract.quotes_cues import _doc_ids, _set_cue, _verb_complex

    lemmas, stems = _speech_words()
    for q in qs:
        if q.cue or q.nested != nested or not q.message or q.mode not in modes or (need_act and not q.act):
            continue
        msg = _doc_ids(toks, _tok_ids(toks, q.message, starts))
        if not msg:
            continue
        tops = [doc[i] for i in sorted(msg) if doc[i].head.i not in msg and doc[i].text[:1].isalnum()]
        if not tops:
            continue
        t = tops[0]
        sent = t.sent
        pick = None
        for _ in range(steps):
            h = t.head
            if h.i == t.i or h.i in msg or not (sent.start <= h.i < sent.end):
                break
            if h.pos_ == "VERB" and h.text[:1].islower():
                pick = h
                break
            t = h
        if pick is None:
            continue
        if speech_only and not _is_speech(pick, lemmas, stems):
            # clause: a dass / ob clause or a Konjunktiv message that the verb governs directly as its complement
            ids = sorted(msg)
            first = doc[ids[0]].text.lower()
            konj = any(toks[k].mood_sub for k in _tok_ids(toks, q.message, starts))
            if not (clause and tops[0].head.i == pick.i and tops[0].dep_ in ("ccomp", "parataxis", "dep")
                    and (first in ("dass", "ob") or konj)):
                continue
        _set_cue(toks, q, _verb_complex(pick) - msg)
        finish_cues(doc, toks, [q])


def ownframe(doc, toks, qs, starts, kinds=("verb", "so"), modes=("Reported", "IndirectFreeIndirect", "FreeIndirect"),
             need_konj=False, main=False) -> None:
    """A cue-less top-level free / Reported quote of one sentence whose sentence is "<clause>, <speech verb> <subject>
    …" ("Alle libyschen Gebiete seien unter der Kontrolle …, sagte Charles Bouchard, …") or "<clause>, so <noun
    group> …" ("Derzeit werde geprüft, …, so Wikimedia Deutschland weiter") is quotes-de's Indirect quote of the
    clause: message = the clause before the comma, cue = the verb (its complex) / "so", speaker = the verb's subject /
    the noun group (else the quote's speaker)."""
    from newsgraph.extract.quotes import _spans_of, _tok_ids, finish_cues
    from newsgraph.extract.quotes_rules import FINITE_TAGS, parse_subject

    lemmas, stems = _speech_words()
    for q in qs:
        if q.cue or q.nested or not q.message or q.mode not in modes:
            continue
        msg = sorted(_tok_ids(toks, q.message, starts))
        if not msg or len({toks[k].sent for k in msg}) != 1:
            continue
        a0 = msg[0]
        for k in msg[1:]:
            if toks[k - 1].text != "," or toks[k].i < 0:
                continue
            before = [j for j in range(a0, k - 1) if toks[j].text[:1].isalnum()]
            if len(before) < 3 or not any(toks[j].i >= 0 and doc[toks[j].i].tag_ in FINITE_TAGS for j in range(a0, k - 1)):
                continue
            if need_konj and not any(toks[j].mood_sub for j in range(a0, k - 1)):
                continue
            # a main clause: no subordinator opening it, no relative clause inside it
            tg = [doc[toks[j].i].tag_ if toks[j].i >= 0 else "" for j in range(a0, k - 1)]
            if main and (tg[0] in ("KOUS", "KOUI", "PWAV", "PRELS", "KON") or any(
                    toks[a0 + x - 1].text == "," and tg[x] in ("PRELS", "PRELAT", "KOUS", "PWAV") for x in range(1, len(tg)))):
                continue
            t = doc[toks[k].i]
            cue, spk = None, None
            if "verb" in kinds and t.pos_ == "VERB" and t.tag_ == "VVFIN" and t.text[:1].islower() \
                    and _is_speech(t, lemmas, stems):
                rng = parse_subject(doc, toks, k, set(range(a0, k)))
                if rng is None or rng[0] <= k:
                    continue
                cue, spk = {k}, set(range(rng[0], rng[1]))
            elif "so" in kinds and t.text.lower() == "so" and k + 1 < len(toks) and toks[k + 1].i >= 0 \
                    and doc[toks[k + 1].i].pos_ in ("DET", "NOUN", "PROPN"):
                j = k + 1
                while j < len(toks) and toks[j].sent == toks[k].sent and toks[j].text not in (",", ".", "!", "?", ";", ":", "–", "-") \
                        and toks[j].i >= 0 and doc[toks[j].i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PUNCT"):
                    j += 1
                if j == k + 1:
                    continue
                cue, spk = {k}, set(range(k + 1, j))
            if cue is None:
                continue
            q.mode, q.message, q.cue, q.inherited = "Indirect", _spans_of(toks, set(range(a0, k - 1))), \
                _spans_of(toks, cue), False
            q.speaker = _spans_of(toks, spk) if spk else q.speaker
            finish_cues(doc, toks, [q])
            break


def compx(doc, toks, qs, starts, qm=True, zuend=True, appr=True, max_gap=12, anyverb=False) -> None:
    """quotes_cues.late_complements with quotes_rules.reported_complements' round-23 extensions: a quoted name between
    the verb and the comma (qm), a zu-clause ending at a comma before a subordinate clause (zuend), a zu-clause opening
    with a preposition (appr), any verb with a dass / ob / Konjunktiv clause (anyverb)."""
    from newsgraph.extract.quotes_cues import late_complements

    late_complements(doc, toks, qs, max_gap=max_gap, quoted_names=qm, zu_cut=zuend, zu_prep=appr, any_verb=anyverb)


def own_shipped(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import own_frames

    own_frames(doc, toks, qs, starts)


def head_shipped(doc, toks, qs, starts) -> None:
    from newsgraph.extract.quotes_cues import late_heads

    late_heads(doc, toks, qs, starts)


def latefree(doc, toks, qs, starts, post=False) -> None:
    """quotes_cues.free_frames (a cue-less free / Reported quote takes its sentence's source frame as cue) run last;
    ``post``: a "nach" right after a source noun counts too whatever the parse hangs it on ("sei ihrer Meinung nach
    nicht mehr gewahrt": advmod of the verb)."""
    import newsgraph.extract.quotes as Q
    from newsgraph.extract.quotes_cues import free_frames

    if not post:
        free_frames(doc, toks, qs, starts)
        return
    orig = Q._frame_word

    def fw(doc, toks, cand, in_msg, inq, speech, lx):
        got = orig(doc, toks, cand, in_msg, inq, speech, lx)
        if got is not None:
            return got
        angaben = Q.SOURCE_NOUNS | frozenset(Q.config().get("de", {}).get("angaben", []))
        hits = [k for k in cand if not inq[k] and toks[k].i > 0 and toks[k].text.lower() == "nach"
                and doc[toks[k].i - 1].text.lower() in angaben and doc[toks[k].i - 1].pos_ == "NOUN"]
        hits.sort(key=lambda k: k in in_msg)
        return hits[0] if hits else None
    Q._frame_word = fw
    try:
        free_frames(doc, toks, qs, starts)
    finally:
        Q._frame_word = orig


def dinh(doc, toks, qs, starts, window=1, top=False) -> None:
    """quotes.inherit_direct_cues run last (``top``: top-level Direct quotes only)."""
    from newsgraph.extract.quotes import inherit_direct_cues

    sel = [q for q in qs if not (top and q.nested)] if top else qs
    inherit_direct_cues(toks, sel, window)


def nestcue(doc, toks, qs, starts, only_empty=False, modes=("Indirect",)) -> None:
    """A nested Direct fragment inside a cued top-level quote of ``modes`` takes that quote's cue (quotes-de: an
    Indirect quote and its quoted fragment share the frame, 134 of 156 train pairs); ``only_empty``: cue-less
    fragments only."""
    tops = [q for q in qs if not q.nested and q.message and q.cue and q.mode in modes]
    for q in qs:
        if not (q.nested and q.mode == "Direct" and q.message) or (only_empty and q.cue):
            continue
        a, b = q.message[0][0], q.message[-1][1]
        outer = [o for o in tops if o.message[0][0] <= a and o.message[-1][1] >= b]
        if outer and outer[0].cue != q.cue:
            q.cue = list(outer[0].cue)


RULES: dict = {
    "nestcue": nestcue,
    "nestcue0": lambda *a: nestcue(*a, only_empty=True),
    "nestcueD": lambda *a: nestcue(*a, modes=("Indirect", "Direct")),
    "dinh": dinh,
    "dinh2": lambda *a: dinh(*a, window=2),
    "dinhT": lambda *a: dinh(*a, top=True),
    "latefree": latefree,
    "latefreeP": lambda *a: latefree(*a, post=True),
    "ownS": own_shipped,
    "headS": head_shipped,
    "compx": compx,
    "compxQ": lambda *a: compx(*a, zuend=False, appr=False),
    "compxZ": lambda *a: compx(*a, qm=False, appr=False),
    "compxA": lambda *a: compx(*a, qm=False, zuend=False),
    "compL": lambda *a: compx(*a, qm=False, zuend=False, appr=False, anyverb=True),
    "compLd": lambda *a: compx(*a, qm=False, zuend=False, appr=False, anyverb=True, max_gap=5),
    "comp0": lambda *a: compx(*a, qm=False, zuend=False, appr=False),
    "ownframe": ownframe,
    "ownframeV": lambda *a: ownframe(*a, kinds=("verb",)),
    "ownframeS": lambda *a: ownframe(*a, kinds=("so",)),
    "ownframeM": lambda *a: ownframe(*a, main=True),
    "ownframeMI": lambda *a: ownframe(*a, main=True, modes=("Reported", "IndirectFreeIndirect", "FreeIndirect", "Indirect")),
    "ownframeKI": lambda *a: ownframe(*a, need_konj=True, modes=("Reported", "IndirectFreeIndirect", "FreeIndirect", "Indirect")),
    "ownframeK": lambda *a: ownframe(*a, need_konj=True),
    "ownframeI": lambda *a: ownframe(*a, modes=("Reported", "IndirectFreeIndirect", "FreeIndirect", "Indirect")),
    "khead": khead,
    "kheadA": lambda *a: khead(*a, speech_only=False),
    "kheadC": lambda *a: khead(*a, clause=True),
    "kheadN": lambda *a: khead(*a, modes=("Direct",), nested=True),
    "kheadD": lambda *a: khead(*a, modes=("Direct",)),
    "kheadN2": lambda *a: khead(*a, modes=("Direct",), nested=True, steps=2),
    "kheadK": lambda *a: khead(*a, need_act=True),
    "kheadF": lambda *a: khead(*a, modes=("Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported")),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    add_ab_args(ap)
    ap.add_argument("--save", default=None, help="pickle the extracted quotes per article here")
    ap.add_argument("--load", action="append", default=[], help="extracted quotes (--save) instead of extracting")
    args = ap.parse_args(argv)
    # with --load, --folds only sets each article's fold cue words (a rule reading the learned lexicon must not see
    # the words learnt from its own article)
    word_folds = args.folds if args.load else None
    if args.load:
        args.folds = None
        args.acts_cv = None
    run = setup(args, args.limit)
    variants = args.variant if args.variant is not None else [""]
    by_text = {d.text: d for d in run.docs}
    scores = {v: Scores() for v in variants}
    fires = open(args.fires, "w", encoding="utf-8") if args.fires else None
    census = open_census(args.census)
    saved: dict[int, list] = {}
    for p in args.load:
        saved.update(pickle.loads(Path(p).read_bytes()))
    order = sorted(saved) if args.load else run.articles(args.folds)
    out: dict[int, list] = {}
    cur_fold = None
    for i in order:
        if args.fold_only is not None and i % 2 != args.fold_only:
            continue
        if word_folds and i % 2 != cur_fold:
            from fold_taggers import fold_setup

            cur_fold = i % 2
            fold_setup(Path(word_folds) / f"fold{cur_fold}of2")
        g = run.gold[i]
        doc = by_text[g.text]
        quotes = saved[i] if args.load else extract_quotes(doc, "de")
        if args.save:
            out[i] = quotes
        toks = tokens_from_doc(doc, "de")
        starts = [t.start for t in toks]
        gg = gold_groups(g)
        base = groups(g, quotes)
        for v, sg in scored_variants(RULES, variants, scores, census, g, doc, toks, starts, quotes, gg):
            if not (fires and v and len(sg) == len(base)):
                continue
            for a, b, gold in changed(base, sg, gg):
                fires.write(json.dumps({"variant": v, "doc": g.name, "mode": b.form, "nested": b.nested,
                                        "before": span_text(g, a.roles["cue"]), "after": span_text(g, b.roles["cue"]),
                                        "gold": span_text(g, gold.roles["cue"]) if gold is not None else None,
                                        "gold_mode": gold.form if gold is not None else None,
                                        "msg": span_text(g, b.roles["quote"])[:160]}, ensure_ascii=False) + "\n")
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(out))
    if fires:
        fires.close()
    report(scores, variants, census, args.census)
    return 0


if __name__ == "__main__":
    sys.exit(main())
