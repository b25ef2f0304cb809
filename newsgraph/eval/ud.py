"""Score the German pipeline against a CoNLL-U file, end to end from raw text.

The sentences' raw texts (``# text``) are joined with single spaces into documents of
``--doc-sents`` sentences, so the segmenter sees no line-break hints, and the pipeline runs
on that text. Gold and predicted tokens are aligned by character span: a gold word whose
span no predicted token has exactly counts as wrong for every attribute. Multi-word tokens
("zum" = "zu dem") are skipped because spaCy keeps them whole.

Printed: UPOS, XPOS, feats (all features equal), Mood on gold finite verbs, lemma, UAS/LAS
(including punctuation, label subtypes compared in full), and sentence-boundary P/R/F1.

    python -m newsgraph.eval.ud ../shared/data/ud-de/de_gsd-ud-dev.conllu [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Word:
    start: int
    end: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # index in the sentence's word list, -1 for root
    deprel: str


@dataclass
class GoldSentence:
    text: str
    words: list[Word] = field(default_factory=list)


def read_conllu(path: Path) -> list[GoldSentence]:
    """Sentences with their words; multi-word token surfaces are consumed but not scored."""
    sents: list[GoldSentence] = []
    text: str | None = None
    rows: list[tuple] = []
    covered: set[int] = set()
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.strip():
            if text is not None and rows:
                sents.append(_build(text, rows))
            text, rows, covered = None, [], set()
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = map(int, cols[0].split("-"))
                covered.update(range(a, b + 1))
                rows.append(("mwt", a, b, cols[1]))
            elif "." not in cols[0]:
                rows.append(("w", int(cols[0]), int(cols[0]) in covered, cols))
    return sents


def _build(text: str, rows: list[tuple]) -> GoldSentence:
    sent = GoldSentence(text)
    pos = 0
    index_of: dict[int, int] = {}
    pending: list[tuple[list[str], int, int]] = []
    for r in rows:
        if r[0] == "mwt":
            i = text.find(r[3], pos)
            pos = i + len(r[3]) if i >= 0 else pos
            continue
        cols = r[3]
        if r[2]:  # part of a multi-word token: no own characters
            continue
        i = text.find(cols[1], pos)
        if i < 0:
            continue
        pos = i + len(cols[1])
        index_of[r[1]] = len(sent.words)
        pending.append((cols, i, pos))
        sent.words.append(Word(i, pos, cols[1], cols[2], cols[3], cols[4],
                               "" if cols[5] == "_" else cols[5], -1, cols[7]))
    for w, (cols, _, _) in zip(sent.words, pending, strict=True):
        h = int(cols[6])
        w.head = index_of.get(h, -2) if h else -1  # -2: head inside a multi-word token
    return sent


def _feats(morph: str) -> str:
    return "|".join(sorted(f for f in morph.split("|") if f))


def _mood(feats: str) -> str:
    for f in feats.split("|"):
        if f.startswith("Mood="):
            return f[5:]
    return ""


def evaluate(nlp, sents: list[GoldSentence], doc_sents: int = 10) -> dict[str, float]:
    n = dict.fromkeys(("words", "upos", "xpos", "feats", "lemma", "uas", "las", "aligned"), 0)
    mood_n = mood_ok = 0
    tp = fp = fn = 0
    chunks = [sents[i : i + doc_sents] for i in range(0, len(sents), doc_sents)]
    texts, offsets = [], []
    for chunk in chunks:
        parts, offs, pos = [], [], 0
        for s in chunk:
            offs.append(pos)
            parts.append(s.text)
            pos += len(s.text) + 1
        texts.append(" ".join(parts))
        offsets.append(offs)
    for chunk, offs, doc in zip(chunks, offsets, nlp.pipe(texts, batch_size=16), strict=True):
        by_span = {(t.idx, t.idx + len(t.text)): t for t in doc}
        gold_starts = set(offs)
        pred_starts = {s[0].idx for s in doc.sents if not s[0].is_space}
        tp += len(gold_starts & pred_starts)
        fp += len(pred_starts - gold_starts)
        fn += len(gold_starts - pred_starts)
        for s, off in zip(chunk, offs, strict=True):
            toks = [by_span.get((w.start + off, w.end + off)) for w in s.words]
            for w, t in zip(s.words, toks, strict=True):
                n["words"] += 1
                finite = "VerbForm=Fin" in w.feats and _mood(w.feats)
                if finite:
                    mood_n += 1
                if t is None:
                    continue
                n["aligned"] += 1
                n["upos"] += t.pos_ == w.upos
                n["xpos"] += t.tag_ == w.xpos
                pf = _feats(str(t.morph))
                n["feats"] += pf == _feats(w.feats)
                n["lemma"] += t.lemma_ == w.lemma
                if finite:
                    mood_ok += _mood(pf) == _mood(w.feats)
                if w.head == -2:
                    continue
                gold_head = None if w.head == -1 else toks[w.head]
                pred_root = t.head.i == t.i
                head_ok = (gold_head is None and pred_root) or (
                    gold_head is not None and not pred_root and t.head.i == gold_head.i
                )
                if head_ok:
                    n["uas"] += 1
                    n["las"] += t.dep_.lower() == w.deprel.lower()
    words = max(n["words"], 1)
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return {
        "words": n["words"],
        "aligned": n["aligned"] / words,
        "upos": n["upos"] / words,
        "xpos": n["xpos"] / words,
        "feats": n["feats"] / words,
        "mood_finite": mood_ok / max(mood_n, 1),
        "mood_n": mood_n,
        "lemma": n["lemma"] / words,
        "uas": n["uas"] / words,
        "las": n["las"] / words,
        "sent_p": p,
        "sent_r": r,
        "sent_f": 2 * p * r / max(p + r, 1e-9),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval ud", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path, help="CoNLL-U gold file")
    ap.add_argument("--model", type=Path, help="spaCy pipeline directory (default: newsgraph.nlp.load('de'))")
    ap.add_argument("--no-mood-rules", action="store_true", help="without newsgraph/nlp/mood.py (--model only)")
    ap.add_argument("--hanta-table", type=Path,
                    help="HanTa second-opinion table (JSON of training/ud/hanta_second.py --out), switched on "
                         "whatever config/mood.toml says (--model only; the fold figures)")
    ap.add_argument("--no-hanta", action="store_true", help="without newsgraph/nlp/hanta_tags.py (--model only)")
    ap.add_argument("--doc-sents", type=int, default=10, help="sentences joined into one document")
    args = ap.parse_args(argv)
    if args.model:
        import spacy

        from ..nlp import add_mood_rules

        nlp = spacy.load(args.model)
        nlp.add_pipe("newsgraph_segmenter", before="parser" if "parser" in nlp.pipe_names else None)
        if not args.no_mood_rules:
            add_mood_rules(nlp)
        if not args.no_hanta:
            import json

            from ..nlp import hanta_tags

            table = {**json.loads(args.hanta_table.read_text("utf-8")), "enabled": True} if args.hanta_table else None
            hanta_tags.add(nlp, table)
    else:
        from ..nlp import load

        nlp = load("de")
    scores = evaluate(nlp, read_conllu(args.file), args.doc_sents)
    print(f"words {scores['words']}  aligned {scores['aligned']:.4f}")
    for k in ("upos", "xpos", "feats", "lemma", "uas", "las"):
        print(f"{k:<12} {scores[k]:.4f}")
    print(f"mood (finite verbs, n={scores['mood_n']}) {scores['mood_finite']:.4f}")
    print(f"sentences    precision {scores['sent_p']:.4f}  recall {scores['sent_r']:.4f}  F1 {scores['sent_f']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
