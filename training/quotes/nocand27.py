"""Round 27 (de_cues card, Round 27, h2): the missed quotes whose sentence no quote of ours touches, the taggers ran on,
and quotes_acts.complement offers no candidate for (cue_frames26.py census, "tagged, no comp candidate"), classed by the
shape that leaves them without one, with counts and examples.

Reads the census rows (cue_frames26.py census ``--dump``) and the articles (gold + cached parses) to look at the parse of
each row's cue and message:

    OMP_NUM_THREADS=1 python training/quotes/nocand27.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/r25/qcache_train.spacy --rows /tmp/h2/r27/census_tr.jsonl --examples 3

(rows: cue_frames26.py census … --load q_tr0.pkl --load q_tr1.pkl … --dump census_tr.jsonl, on cue_r23_ab.py ``--save``
extractions). ``--frames q_tr0.pkl --frames q_tr1.pkl``: the source-frame words in the sentences no quote of ours touches
and how often each is a gold cue, by article parity; ``--fragments …``: the same for quoted fragments without a finite
verb, by the verb they hang on.

Shapes, first that applies:

* ``other sentence`` — the gold cue lies outside the sentence that holds the message (the frame is in the next / previous
  sentence, or the segmenter cut the quote);
* ``source frame`` — the cue's top word is a source preposition / adverb ("nach dem Endergebnis", "laut X", "X zufolge",
  "gemäß X", "…, so X", "Danach", "demnach"): no clause hangs on it, so no complement candidate can exist;
* ``wie clause`` — the cue is a "wie"-clause ("…, wie X mitteilte", "Wie aus … hervorgeht"): the message is the main
  clause, the frame hangs on it;
* ``nominal message`` — the message holds no finite verb and no zu-infinitive (a quoted fragment or noun group: "als
  „falsch“ zurückgewiesen", "riet zu „Gelassenheit …“"), split by whether it sits in quotation marks;
* ``noun cue`` — the cue's top word is a noun ("Eine Forderung … nach …", "die Feststellung „…“");
* ``clause, verb after`` — a clausal message before its cue verb ("…, stellten die Wissenschaftler fest");
* ``clause, verb before`` — a clausal message after its cue verb that complement does not link ("sicherte zu, dass …",
  "hat angekündigt die Preise … zu erhöhen").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossfit import add_setup_args, setup  # noqa: E402
from cue_frames26 import cue_top, gold_cue_tokens  # noqa: E402

from newsgraph.eval.quotes import gold_groups  # noqa: E402

SOURCE_WORDS = {"nach", "laut", "gemäß", "zufolge", "folge", "so", "danach", "demnach", "wonach", "vernehmen"}
OPEN_MARKS = ("„", "»", '"', "“", "‚")


def finite(t) -> bool:
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")


def zu_inf(t) -> bool:
    """A zu-infinitive, however the tagger tags it ("beizutreten" VVINF, "zu erhöhen" with "zu" hung elsewhere)."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return t.tag_ == "VVIZU" or (prev is not None and prev.text.lower() == "zu" and prev.tag_ == "PTKZU") or \
        ("zu" in t.text.lower()[2:-3] and t.text.lower().endswith("en") and t.tag_ in ("VVINF", "VVIZU"))


def shape(doc, cue: set[int], msg: list[int]) -> str:
    msg_sents = Counter(doc[i].sent.start for i in msg)
    sent = doc[msg_sents.most_common(1)[0][0]].sent
    if any(not (sent.start <= i < sent.end) for i in cue):
        return "other sentence"
    top = cue_top(doc, cue)
    words = {doc[i].text.lower() for i in cue}
    if top.text.lower() in SOURCE_WORDS or (words & SOURCE_WORDS and not any(doc[i].pos_ == "VERB" for i in cue)):
        return "source frame"
    if ("wie" in words or any(c.text.lower() == "wie" and c.dep_ == "mark" for c in top.children)) and top.pos_ in (
            "VERB", "AUX", "ADJ", "ADV"):
        return "wie clause"
    toks = [doc[i] for i in msg]
    if not any((finite(t) and not t.tag_.endswith("INF")) or zu_inf(t) for t in toks):
        quoted = toks and (toks[0].text in OPEN_MARKS or (toks[0].i > 0 and doc[toks[0].i - 1].text in OPEN_MARKS))
        return "nominal message, quoted" if quoted else "nominal message, unquoted"
    if top.pos_ in ("NOUN", "PROPN"):
        return "noun cue"
    return "clause, verb after" if min(cue) > max(msg) else "clause, verb before"


def frame_pattern(doc, t) -> str | None:
    """The source-frame pattern of token ``t`` (None: not a frame word): where it stands and what it is read as."""
    w = t.text.lower()
    first = t.i == t.sent.start
    prev = doc[t.i - 1] if t.i > t.sent.start else None
    if w == "nach":
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and t.head.i == prev.i:
            return "nach, after its noun"
        if prev is not None and prev.pos_ in ("NOUN", "PROPN") and (t.i + 1 >= t.sent.end
                                                                   or doc[t.i + 1].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON")):
            return "nach, after its noun"
        return "Nach, sentence-initial" if first else "nach, inner"
    if w in ("danach", "demnach"):
        return f"{w}, {'sentence-initial' if first else 'inner'}"
    if w in ("gemäß", "zufolge", "laut", "wonach"):
        return f"{w} ({t.pos_})"
    if w == "folge" and prev is not None and prev.text.lower() == "zu":
        return "zu Folge"
    if w == "so" and prev is not None and prev.text == "," and t.i + 1 < t.sent.end and doc[t.i + 1].pos_ in (
            "DET", "NOUN", "PROPN", "ADJ"):
        return ", so + noun group"
    return None


def _articles(run, paths):
    """Per article of the saved final quotes (cue_r23_ab.py --save): its index, gold, parse, the sentences no quote of
    ours touches, each token's sentence and the gold cues -- the context both counts below need."""
    import pickle

    from newsgraph.extract.quotes_acts import free_sentences
    from newsgraph.extract.quotes_features import tokens_from_doc

    saved: dict = {}
    for p in paths:
        saved.update(pickle.loads(Path(p).read_bytes()))
    by_text = {d.text: d for d in run.docs}
    for i in sorted(saved):
        g = run.gold[i]
        doc = by_text[g.text]
        toks = tokens_from_doc(doc, "de")
        spans, mode_of = free_sentences(toks, saved[i])
        empty = {toks[a].sent for n, (a, _) in enumerate(spans) if not mode_of[n]}
        sent_of = {x.i: x.sent for x in toks if x.i >= 0}
        yield i, g, doc, empty, sent_of, gold_cue_tokens(g, doc)


def frame_counts(run, paths) -> None:
    occ, hit = Counter(), Counter()
    for i, _, doc, empty, sent_of, (cues, _) in _articles(run, paths):
        inside = set().union(*cues) if cues else set()
        for t in doc:
            pat = frame_pattern(doc, t)
            if pat is None:
                continue
            where = "empty" if sent_of.get(t.i) in empty else "ours"
            occ[(pat, where, i % 2)] += 1
            hit[(pat, where, i % 2)] += t.i in inside
    print("source-frame words: gold-cue hits / occurrences, parity 0 | parity 1, in sentences no quote of ours touches "
          "(empty) and in the others")
    for pat in sorted({k[0] for k in occ}):
        cells = []
        for where in ("empty", "ours"):
            cells.append(f"{where} " + " | ".join(f"{hit[(pat, where, r)]}/{occ[(pat, where, r)]}" for r in (0, 1)))
        print(f"   {pat:<28} " + "; ".join(cells))


def fragment_head(doc, a: int, b: int, steps: int = 3):
    """The verb a quoted fragment doc[a:b] (marks excluded) hangs on: up from its first top token (head outside the
    fragment) at most ``steps`` head steps inside the sentence; None if none is reached."""
    tops = [doc[i] for i in range(a, b) if not (a <= doc[i].head.i < b) and doc[i].text[:1].isalnum()]
    if not tops:
        return None
    t = tops[0]
    for _ in range(steps):
        h = t.head
        if h.i == t.i or not (t.sent.start <= h.i < t.sent.end):
            return None
        if h.pos_ == "VERB" or (h.pos_ == "AUX" and h.dep_ == "ROOT"):
            return h
        t = h
    return None


def quoted_spans(doc, sent) -> list[tuple[int, int]]:
    """(first, end) token indices of the words inside each „…“ / »…« / "…" pair of ``sent`` (marks excluded)."""
    out, open_at = [], None
    for t in sent:
        w = t.text
        if open_at is None and w in ("„", "»", '"'):
            open_at = (t.i, {"„": "“", "»": "«", '"': '"'}[w])
        elif open_at is not None and w == open_at[1]:
            if t.i > open_at[0] + 1:
                out.append((open_at[0] + 1, t.i))
            open_at = None
    return out


def fragment_counts(run, paths, examples: int) -> None:
    from newsgraph.eval.quotes import gold_groups as groups_of
    from newsgraph.extract.quotes_cues import _is_speech, _speech_words
    from newsgraph.extract.quotes_features import config

    lemmas, stems = _speech_words()
    als = frozenset(config().get("de", {}).get("cue_als_lemmas", []))
    occ, hit, cued = Counter(), Counter(), Counter()
    ex = defaultdict(list)
    for i, g, doc, empty, sent_of, (cues, stok) in _articles(run, paths):
        gmsg = [({stok(t) for t in gg.roles["quote"]}, cues[n], gg.form) for n, gg in enumerate(groups_of(g))]
        for sent in doc.sents:
            if sent_of.get(sent.start) not in empty:
                continue
            for a, b in quoted_spans(doc, sent):
                frag = [doc[x] for x in range(a, b)]
                if any(finite(t) for t in frag):
                    continue
                v = fragment_head(doc, a, b)
                before = doc[a - 2].text.lower() if a >= 2 else ""
                from newsgraph.extract.quotes_rules import _verb_lemma

                if v is None:
                    kind = "no verb"
                elif before == "als":
                    kind = "als + " + ("naming verb" if _verb_lemma(v) in als else "speech verb" if _is_speech(
                        v, lemmas, stems) else "other verb")
                else:
                    kind = "naming verb" if _verb_lemma(v) in als else "speech verb" if _is_speech(
                        v, lemmas, stems) else "other verb"
                key = (kind, i % 2)
                occ[key] += 1
                m = next((gm for gm in gmsg if gm[0] & set(range(a, b))), None)
                hit[key] += m is not None
                right = m is not None and bool(m[1]) and v is not None and v.i in m[1]
                cued[key] += right
                if len(ex[(kind, right)]) < examples:
                    ex[(kind, right)].append(f"{sent.text[:140]}  [frag {doc[a:b].text[:40]} | verb "
                                             f"{v.text if v is not None else '-'} | gold {m[2] if m else '-'}]")
    print("quoted fragments without a finite verb in sentences no quote of ours touches: gold quote / with the verb "
          "in its cue / occurrences, parity 0 | 1")
    for kind in sorted({k[0] for k in occ}):
        print(f"   {kind:<28} " + " | ".join(f"{hit[(kind, r)]} / {cued[(kind, r)]} / {occ[(kind, r)]}" for r in (0, 1)))
    for (kind, right), xs in sorted(ex.items()):
        print(f"\n== {kind}, {'verb in the gold cue' if right else 'not'}")
        for x in xs:
            print("   " + x)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_setup_args(ap)
    ap.add_argument("--rows", required=True, help="cue_frames26.py census --dump")
    ap.add_argument("--status", default="tagged, no comp candidate")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--dump", default=None, help="the rows with their shape, as JSON lines")
    ap.add_argument("--frames", action="append", default=[],
                    help="instead: saved final quotes (cue_r23_ab.py --save, repeatable); count the source-frame words in "
                         "sentences no quote of ours touches, and how often each is a gold cue, by article parity")
    ap.add_argument("--fragments", action="append", default=[],
                    help="instead: saved final quotes; count the quoted fragments without a finite verb in sentences no "
                         "quote of ours touches by the word they hang on, and how often each is a gold quote with a cue")
    args = ap.parse_args(argv)
    run = setup(args)
    if args.frames:
        frame_counts(run, args.frames)
        return 0
    if args.fragments:
        fragment_counts(run, args.fragments, args.examples)
        return 0
    by_text = {d.text: d for d in run.docs}
    idx = {g.name: i for i, g in enumerate(run.gold)}
    rows = [json.loads(x) for x in Path(args.rows).read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("status") == args.status]
    by = defaultdict(list)
    for r in rows:
        g = run.gold[idx[r["doc"]]]
        doc = by_text[g.text]
        cues, stok = gold_cue_tokens(g, doc)
        # the gold quote of the row: the one whose cue and message texts match
        for gi, gg in enumerate(gold_groups(g)):
            msg = sorted({stok(t) for t in gg.roles["quote"]})
            if cues[gi] and " ".join(doc[x].text for x in sorted(cues[gi])) == r["cue"] \
                    and " ".join(doc[x].text for x in msg)[:90] == r["msg"]:
                break
        else:
            print(f"row not found: {r['doc']} {r['cue']}", file=sys.stderr)
            continue
        r["shape"] = shape(doc, cues[gi], msg)
        by[r["shape"]].append(r)
    print(f"{args.status}: {sum(len(v) for v in by.values())} quotes, "
          f"{sum(r['ntok'] for v in by.values() for r in v)} cue tokens")
    for s, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        ty = Counter(r["type"] for r in rs)
        keys = Counter(r["key"] for r in rs)
        print(f"\n{s}: {len(rs)} quotes / {sum(r['ntok'] for r in rs)} cue tokens; "
              + ", ".join(f"{t} {c}" for t, c in ty.most_common()) + "; keys: "
              + ", ".join(f"{k} {c}" for k, c in keys.most_common(12)))
        for r in rs[:args.examples]:
            print(f"   [{r['type']}] cue=[{r['cue']}] msg=[{r['msg'][:70]}]\n      sent: {r['sent'][:150]}")
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for v in by.values() for r in v),
                                   "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
