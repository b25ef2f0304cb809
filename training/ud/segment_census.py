"""Census of sentence-segmentation errors on a gold segment set, by kind (de_core card, "Round 18,
segmentation"), and a fast A/B of segmenter settings on cached parses.

The layers the segmenter reads (tagger, morphologizer, lemmatiser) are parsed once per set and
stored as a DocBin under ``--cache-dir``; each run applies the segmenter to copies, so a rule or
threshold change is scored in seconds. The boundary and glued figures equal ``newsgraph eval
segment FILE`` (same normalisation, newsgraph/eval/segment.py). Misses are split into quotes-de's
colon/semicolon convention, other untouched-text misses, and missed glued joins: scored by the join
scorer (with its probability) or never a candidate, and why (``_join_sides_ok``'s guards); false
boundaries by the decision that made them (glued rule, join scorer, period / line break).

    python -m training.ud.segment_census training/corpus/segment/quotes_glued.jsonl
    python -m training.ud.segment_census training/corpus/segment/quotes_train_glued.jsonl --set 'sie_openers=[]'
    python -m training.ud.segment_census training/corpus/segment/gnad_plain.jsonl --flags   # glued flags, to read
    python -m training.ud.segment_census training/corpus/segment/quotes_train_glued.jsonl --pairs   # by word pair
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from newsgraph.eval import segment as es
from newsgraph.nlp import load
from newsgraph.nlp import segment as sg


def cached_docs(path: Path, cache_dir: Path, texts: list[str]) -> list:
    cache = cache_dir / (path.stem + ".spacy")
    if not cache.exists():
        nlp = load("de")
        keep = nlp.pipe_names[: nlp.pipe_names.index("newsgraph_segmenter")]
        db = DocBin(attrs=["ORTH", "TAG", "POS", "MORPH", "LEMMA", "SPACY"])
        with nlp.select_pipes(enable=keep):
            for doc in nlp.pipe(texts, batch_size=16):
                db.add(doc)
        cache_dir.mkdir(parents=True, exist_ok=True)
        db.to_disk(cache)
    return list(DocBin().from_disk(cache).get_docs(spacy.blank("de").vocab))


def never_candidate(seg: sg.Segmenter, doc, a, b, fin_before: bool) -> str:
    """Why the join a|b is no candidate of the join scorer (its guards, in order)."""
    r = seg.rules
    if not (b.is_alpha and b.text[:1].isupper()):
        return "second word not a capitalised alphabetic word"
    if not a.text[-1:].isalpha():
        return "first word does not end in a letter"
    if b.lower_ in r.glue_exceptions:
        return "formal-address exception: " + b.lower_
    if seg._is_title(doc, b.i) or a.lower_.endswith(r.title_nouns):
        return "title"
    low = a.lower_
    if low in sg._JOIN_PREP_PARTICLES and not fin_before:
        return "particle with no finite verb before"
    if low not in sg._JOIN_PREP_PARTICLES and low not in r.particles and (
            a.pos_ not in r.glue_after_pos or a.tag_ in ("KOKOM", "KOUS", "KON", "APPR", "APPRART", "ART")):
        return f"left word cannot end a clause ({a.tag_})"
    if not fin_before and a.tag_ in sg._FIN:
        return "sentence's first finite verb"
    return "other"


def pair_kind(a, b) -> str:
    """The word pair at a join, by kind (round 19): what ends the first side and opens the second."""
    if not a.text[-1:].isalnum():
        left = "quote mark" if a.is_quote or a.text in "„“”»«'\"" else "punctuation"
    elif a.like_num or a.text[-1:].isdigit():
        left = "number"
    elif a.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
        left = "finite verb"
    elif a.tag_ in ("VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU", "PTKVZ"):
        left = "participle/infinitive/particle"
    elif a.text[:1].isupper():
        left = "capitalised word (noun/name)"
    else:
        # round 21: what HanTa's lexicon makes of a lower-case word our tagger calls neither a
        # finite verb nor a participle ("abfischen konnte" aside: "heimsuchte" ADJA, "teil" APPR)
        ha = sg._hanta_word_tag(a.lower_)
        left = ("lower-case word, HanTa: verb form" if ha.startswith("V")
                else "lower-case word, HanTa: adjective/adverb" if ha.startswith(("ADJ", "ADV"))
                else "lower-case word, HanTa: preposition/particle" if ha.startswith(("APP", "PTK"))
                else "other lower-case word")
    if not (b.is_alpha and b.text[:1].isupper()):
        right = "quote/number/hyphenated/lower-case"
    else:
        hb = sg.hanta_lexicon_class(b.text)  # the class as written, from HanTa's known-word list
        right = ("noun/name (or unknown to HanTa)" if hb in ("NN", "NE", "NNA", "NNI", "FM", "unk", "")
                 else "adverb (ADV/PROAV/ADJD)" if hb in ("ADV", "PROAV", "ADJ(D)")
                 else "adjective (ADJA)" if hb == "ADJ(A)"
                 else "verb form" if hb.startswith("V")
                 else "article/preposition/pronoun/conjunction" if hb[:1] in "AKP"
                 else "other (" + hb + ")")
    return f"{left} + {right}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--cache-dir", type=Path, default=Path("training/runs/segment_cache"))
    ap.add_argument("--set", action="append", default=[], help="Rules field=JSON value, e.g. join_threshold=0.85")
    ap.add_argument("--show", type=int, default=0, help="print this many errors")
    ap.add_argument("--flags", action="store_true", help="print every predicted glued boundary")
    ap.add_argument("--pairs", action="store_true",
                    help="count missed glued joins and false boundaries by word-pair kind (pair_kind)")
    args = ap.parse_args(argv)
    rows = es.read_gold(args.file)
    docs = cached_docs(args.file, args.cache_dir, [r["text"] for r in rows])
    rules = sg.rules_for("de")
    over = {}
    for kv in args.set:
        k, v = kv.split("=", 1)
        cur = getattr(rules, k)
        over[k] = frozenset(json.loads(v)) if isinstance(cur, frozenset) else type(cur)(json.loads(v))
    rules = dataclasses.replace(rules, **over)
    seg, seg_rules = sg.Segmenter("de"), sg.Segmenter("de")
    seg.rules, seg_rules.rules = rules, dataclasses.replace(rules, join_model="")
    model = sg._join_model(rules.join_model) if rules.join_model else None

    b_, g_, kinds, shown, pairs = Counter(), Counter(), Counter(), [], Counter()
    n_flags = 0
    for row, d0 in zip(rows, docs, strict=True):
        text = row["text"]
        dr = seg_rules(d0.copy())
        rule_starts = [bool(t.is_sent_start) for t in dr]
        rule_glued = {t.i for t in dr if t._.glued}
        cands = dict(seg.join_candidates(dr, rule_starts, model[2] if model else None))
        doc = seg(d0.copy())
        glued_toks = [s[0] for s in doc.sents if s[0]._.glued]
        n_flags += len(glued_toks)
        if args.flags:
            for t in glued_toks:
                o = t.idx
                src = "rule" if t.i in rule_glued else "scorer"
                print(f"  glued ({src}) {row['id'][:30]}: …{text[max(0, o - 50):o]!r} | {text[o:o + 30]!r}")
        if row.get("sentences") is None:
            continue
        gold = {es._norm(text, s["start"]) for s in row["sentences"]}
        gold -= {min(gold)}
        ggold = {es._norm(text, s["start"]) for s in row["sentences"] if s.get("glued")}
        pred = {es._norm(text, s[0].idx) for s in doc.sents if not all(t.is_space for t in s)}
        pred -= {min(pred, default=0)}
        gold.discard(len(text))
        pred.discard(len(text))
        glued = {es._norm(text, t.idx) for t in glued_toks}
        b_["tp"] += len(gold & pred)
        b_["fp"] += len(pred - gold)
        b_["fn"] += len(gold - pred)
        g_["tp"] += len(ggold & glued)
        g_["fp"] += len(glued - ggold)
        g_["fn"] += len(ggold - glued)
        toks = [t for t in doc if not t.is_space]
        at = {}
        fin, fs = [], False  # a finite verb since the last rule boundary, as join_candidates reads it
        for k, t in enumerate(toks):
            at.setdefault(es._norm(text, t.idx), k)
            if k and rule_starts[t.i]:
                fs = False
            fin.append(fs)
            fs = fs or t.tag_ in sg._FIN
        for o in gold - pred:
            k = at.get(o)
            if o in ggold and k:
                a, b = toks[k - 1], toks[k]
                if b.i in cands:
                    p = 0.0
                    if model is not None:
                        w, bias, _ = model
                        p = 1 / (1 + math.exp(-(bias + sum(w.get(f, 0.0) * v for f, v in cands[b.i].items()))))
                    kind = f"missed glued join: scored {'below 0.5' if p < 0.5 else '0.5 or more'}"
                else:
                    kind = "missed glued join, never a candidate: " + never_candidate(seg, doc, a, b, fin[k])
            elif es.optional_boundary(text, o, ":;"):
                kind = "missed: colon / semicolon (quotes-de convention)"
            else:
                kind = "missed: other gold boundary"
            kinds[kind] += 1
            if o in ggold and k:
                pairs["missed glued join: " + pair_kind(toks[k - 1], toks[k])] += 1
            shown.append((kind, text[max(0, o - 50):o], text[o:o + 30]))
        for o in pred - gold:
            k = at.get(o)
            t = toks[k] if k is not None else None
            if k:
                pairs["false boundary: " + pair_kind(toks[k - 1], toks[k])] += 1
            src = ("glued rule" if t is not None and t.i in rule_glued else
                   "join scorer" if o in glued else "period / line break")
            kinds["false boundary: " + src] += 1
            shown.append(("false boundary: " + src, text[max(0, o - 50):o], text[o:o + 30]))

    def prf(c: Counter) -> tuple[float, float, float]:
        return es._prf(c["tp"], c["fp"], c["fn"])
    if b_:
        print(f"{args.file.name} {over or ''}\nboundaries  P / R / F1 %.4f / %.4f / %.4f  {dict(b_)}" % prf(b_))
        print(f"glued       P / R / F1 %.4f / %.4f / %.4f  {dict(g_)}" % prf(g_))
    print(f"glued flags {n_flags}")
    for k, v in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {v:5d}  {k}")
    if args.pairs:
        print("by word pair:")
        for k, v in sorted(pairs.items(), key=lambda x: (x[0].split(":")[0], -x[1], x[0])):
            print(f"  {v:5d}  {k}")
    for kind, left, right in shown[: args.show]:
        print(f"  {kind}: …{left!r} | {right!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
