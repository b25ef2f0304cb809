"""Score the German pipeline against a CoNLL-U file, end to end from raw text.

The sentences' raw texts (``# text``) are joined with single spaces into documents of
``--doc-sents`` sentences, so the segmenter sees no line-break hints, and the pipeline runs
on that text. Gold and predicted words are aligned by character span: a gold word whose
span no predicted token has exactly counts as wrong for every attribute. The words of a
multi-word token ("zum" = "zu" + "dem") share the token's span and are aligned one by one to
the predicted token's ``._.ud_words`` (newsgraph/nlp/contractions.py) when it has as many, as
the CoNLL 2018 scorer aligns words inside a multi-word token (``--no-ud-words``: count them as
unaligned, the figure before ``ud_words`` existed; ``--skip-mwt``: leave them out, the figures
of the model card's rounds 1-10).

Printed: UPOS, XPOS, feats (all features equal), Mood on gold finite verbs, lemma, UAS/LAS
(including punctuation, label subtypes compared in full), and sentence-boundary P/R/F1.

Mood on gold finite verbs counts a gold word with VerbForm=Fin and a Mood: a gold V*FIN word
without them (an annotation gap, 8 in GSD dev, 4 in test) is in neither side of it, and a word we
give a Mood that gold calls non-finite is not counted against it. The line after it does count
those: Mood precision (right Mood / aligned gold words we give a Mood) and the F1 of the two.

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
    sub: tuple[int, int] | None = None  # (k, n): k-th of the n words of a multi-word token


@dataclass
class GoldSentence:
    text: str
    words: list[Word] = field(default_factory=list)


def read_conllu(path: Path, skip_mwt: bool = False) -> list[GoldSentence]:
    """Sentences with their words; a multi-word token's words share its character span
    (left out with ``skip_mwt``)."""
    sents: list[GoldSentence] = []
    text: str | None = None
    rows: list[tuple] = []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.strip():
            if text is not None and rows:
                sents.append(_build(text, rows, skip_mwt))
            text, rows = None, []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = map(int, cols[0].split("-"))
                rows.append(("mwt", a, b, cols[1]))
            elif "." not in cols[0]:
                rows.append(("w", int(cols[0]), cols))
    return sents


def _build(text: str, rows: list[tuple], skip_mwt: bool = False) -> GoldSentence:
    sent = GoldSentence(text)
    pos = 0
    index_of: dict[int, int] = {}
    pending: list[list[str]] = []
    mwt: dict[int, tuple[int, int, int, int]] = {}  # word id -> (start, end, k, n)
    for r in rows:
        if r[0] == "mwt":
            _, a, b, form = r
            i = text.find(form, pos)
            if i >= 0:
                pos = i + len(form)
                for k, wid in enumerate(range(a, b + 1)):
                    mwt[wid] = (i, pos, k, b - a + 1)
            else:
                for wid in range(a, b + 1):
                    mwt[wid] = (-1, -1, 0, 0)
            continue
        _, wid, cols = r
        if wid in mwt:
            start, end, k, n = mwt[wid]
            if skip_mwt or start < 0:
                continue
            sub: tuple[int, int] | None = (k, n)
        else:
            i = text.find(cols[1], pos)
            if i < 0:
                continue
            start, end, sub = i, i + len(cols[1]), None
            pos = end
        index_of[wid] = len(sent.words)
        pending.append(cols)
        sent.words.append(Word(start, end, cols[1], cols[2], cols[3], cols[4],
                               "" if cols[5] == "_" else cols[5], -1, cols[7], sub))
    for w, cols in zip(sent.words, pending, strict=True):
        h = int(cols[6])
        w.head = index_of.get(h, -2) if h else -1  # -2: head not in the scored words
    return sent


@dataclass
class PredWord:
    upos: str
    xpos: str
    feats: str
    lemma: str
    head: tuple | None  # key of the head word, None for a root
    deprel: str
    token: object  # the spaCy token it comes from


def _word_keys(tok, ud_words: bool = True) -> list[tuple]:
    """Keys (start, end, sub) in document characters of a token's predicted words: its
    ``._.ud_words`` (sub = (k, n) for the k-th of the n words sharing a multi-word token's
    span, None for a word with characters of its own), or the token itself (sub None)."""
    words = tok._.ud_words if ud_words else []
    if not words:
        return [(tok.idx, tok.idx + len(tok.text), None)]
    n = sum(w.shared for w in words)
    keys, k = [], 0
    for w in words:
        keys.append((w.start, w.end, (k, n) if w.shared else None))
        k += w.shared
    return keys


def _main_key(tok, ud_words: bool) -> tuple:
    words = tok._.ud_words if ud_words else []
    keys = _word_keys(tok, ud_words)
    for w, key in zip(words, keys, strict=False):
        if w.main:
            return key
    return keys[0]


def predicted_words(doc, ud_words: bool = True) -> dict[tuple, PredWord]:
    """Every predicted word by key (see ``_word_keys``): a token, or each of its ``._.ud_words``."""
    from ..nlp import contractions  # noqa: F401  (registers Token._.ud_words, and _.upos / _.stts)

    # UPOS and STTS are scored on the corrected layer (newsgraph/nlp/corrected.py): with [hanta] on it
    # carries HanTa's second opinion, which the tagger's own pos_ / tag_ (read by every stage) do not.
    out: dict[tuple, PredWord] = {}
    for t in doc:
        words = t._.ud_words if ud_words else []
        if not words:
            head = None if t.head.i == t.i else _main_key(t.head, ud_words)
            out[(t.idx, t.idx + len(t.text), None)] = PredWord(
                t._.upos, t._.stts, _feats(str(t.morph)), t.lemma_, head, t.dep_, t)
            continue
        keys = _word_keys(t, ud_words)
        for w, key in zip(words, keys, strict=True):
            if w.head_word is not None:
                h = _word_keys(w.head, ud_words)[w.head_word]
            elif w.head.i == t.i:
                h = None  # the token's main word, and the token is the root
            else:
                h = _main_key(w.head, ud_words)
            out[key] = PredWord(w.upos, w.xpos, _feats(w.feats), w.lemma, h, w.deprel, t)
    return out


def _feats(morph: str) -> str:
    return "|".join(sorted(f for f in morph.split("|") if f))


def _mood(feats: str) -> str:
    for f in feats.split("|"):
        if f.startswith("Mood="):
            return f[5:]
    return ""


def evaluate(nlp, sents: list[GoldSentence], doc_sents: int = 10, ud_words: bool = True) -> dict[str, float]:
    n = dict.fromkeys(("words", "upos", "xpos", "feats", "lemma", "uas", "las", "aligned"), 0)
    mood_n = mood_ok = mood_pred = 0
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
        preds = predicted_words(doc, ud_words)
        gold_starts = set(offs)
        pred_starts = {s[0].idx for s in doc.sents if not s[0].is_space}
        tp += len(gold_starts & pred_starts)
        fp += len(pred_starts - gold_starts)
        fn += len(gold_starts - pred_starts)
        for s, off in zip(chunk, offs, strict=True):
            keys = [(w.start + off, w.end + off, w.sub) for w in s.words]
            for w, key in zip(s.words, keys, strict=True):
                n["words"] += 1
                finite = "VerbForm=Fin" in w.feats and _mood(w.feats)
                if finite:
                    mood_n += 1
                p = preds.get(key)
                if p is None:
                    continue
                n["aligned"] += 1
                n["upos"] += p.upos == w.upos
                n["xpos"] += p.xpos == w.xpos
                n["feats"] += p.feats == _feats(w.feats)
                n["lemma"] += p.lemma == w.lemma
                if finite:
                    mood_ok += _mood(p.feats) == _mood(w.feats)
                mood_pred += bool(_mood(p.feats))
                if w.head == -2:
                    continue
                gold_head = None if w.head == -1 else keys[w.head]
                if p.head == gold_head:
                    n["uas"] += 1
                    n["las"] += p.deprel.lower() == w.deprel.lower()
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
        "mood_p": mood_ok / max(mood_pred, 1),
        "mood_f": 2 * mood_ok / max(mood_n + mood_pred, 1),
        "mood_pred": mood_pred,
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
    ap.add_argument("--no-ud-words", action="store_true",
                    help="score contractions' UD words as unaligned (the figure without Token._.ud_words)")
    ap.add_argument("--skip-mwt", action="store_true",
                    help="leave multi-word tokens' words out (the rounds 1-10 figures)")
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
    scores = evaluate(nlp, read_conllu(args.file, args.skip_mwt), args.doc_sents, not args.no_ud_words)
    print(f"words {scores['words']}  aligned {scores['aligned']:.4f}")
    for k in ("upos", "xpos", "feats", "lemma", "uas", "las"):
        print(f"{k:<12} {scores[k]:.4f}")
    print(f"mood (finite verbs, n={scores['mood_n']}) {scores['mood_finite']:.4f}")
    # not ending in "F1 <number>": training/ud/score_snapshots.py reads the sentence F1 from the first such line
    print(f"mood precision {scores['mood_p']:.4f} (of {scores['mood_pred']} words given a Mood), F1 {scores['mood_f']:.4f} (precision counted)")
    print(f"sentences    precision {scores['sent_p']:.4f}  recall {scores['sent_r']:.4f}  F1 {scores['sent_f']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
