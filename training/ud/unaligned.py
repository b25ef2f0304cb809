"""Classify the gold words of a UD CoNLL-U file that no predicted token reproduces.

End to end (raw text -> our tokenizer), a gold word whose character span no token has exactly
counts as wrong for UPOS, feats, Mood and LAS in ``newsgraph eval ud``. This lists them by kind
so the tokenizer fixes go where the words are:

    python -m training.ud.unaligned ../shared/data/ud-de/de_gsd-ud-test.conllu \
        --model training/runs/foldB-vec/model-best [--examples 5]

Kinds (first that applies): ``mwt`` (a multi-word token like "zum" whose UD words no token's
``._.ud_words`` reproduces), ``hyphen``, ``period`` (abbreviation, ordinal, initial), ``quote``,
``apostrophe``, ``url`` (contains "/" or "@" or "www"), ``digits``, ``other``; each split into
``merged`` (one of our tokens covers more than the gold word) and ``split`` (our tokens are finer).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.eval.ud import predicted_words, read_conllu

QUOTES = set("\"'„“”‚‘’«»‹›`")


def kind(text: str) -> str:
    if re.search(r"(www|https?:|/|@|\.(de|com|org|net)\b)", text):
        return "url"
    if "-" in text or "–" in text:
        return "hyphen"
    if "''" in text or "``" in text or any(c in QUOTES and c not in "'’" for c in text):
        return "quote"
    if "'" in text or "’" in text:
        return "apostrophe"
    if "." in text:
        return "period"
    if any(c.isdigit() for c in text):
        return "digits"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--doc-sents", type=int, default=10)
    ap.add_argument("--examples", type=int, default=6)
    args = ap.parse_args(argv)
    import spacy

    import newsgraph.nlp  # noqa: F401  (registers the newsgraph_* factories)

    nlp = spacy.load(args.model)
    nlp.add_pipe("newsgraph_segmenter", before="parser" if "parser" in nlp.pipe_names else None)
    sents = read_conllu(args.file)
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for i in range(0, len(sents), args.doc_sents):
        chunk = sents[i : i + args.doc_sents]
        text, offs, pos = [], [], 0
        for s in chunk:
            offs.append(pos)
            text.append(s.text)
            pos += len(s.text) + 1
        doc = nlp(" ".join(text))
        preds = predicted_words(doc)
        toks = [(t.idx, t.idx + len(t.text)) for t in doc]
        for s, off in zip(chunk, offs, strict=True):
            for w in s.words:
                total += 1
                if (w.start + off, w.end + off, w.sub) in preds:
                    continue
                a, b = w.start + off, w.end + off
                over = [(x, y) for x, y in toks if x < b and y > a]
                if w.sub is not None:
                    k = "mwt"
                else:
                    covering = any(x <= a and y >= b for x, y in over)
                    cover_text = doc.text[min(x for x, _ in over): max(y for _, y in over)] if over else w.form
                    k = kind(cover_text) + ("/merged" if covering else "/split")
                    if not over:
                        k = "nothing"
                counts[k] += 1
                if len(examples[k]) < args.examples:
                    ctx = doc.text[max(a - 25, 0): b + 25].replace("\n", " ")
                    ours = " | ".join(doc.text[x:y] for x, y in over)
                    examples[k].append(f"gold {w.form!r} ours [{ours}]  …{ctx}…")
    missed = sum(counts.values())
    print(f"gold words {total}, not reproduced {missed} ({missed / max(total, 1):.2%})")
    for k, n in counts.most_common():
        print(f"  {k:<18} {n:>5}  {n / max(total, 1):.2%}")
        for e in examples[k]:
            print(f"      {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
