"""Mood and UPOS errors of the German pipeline on a CoNLL-U file, with the model's parses cached.

The fold model runs once up to the parser (segmenter included, no ``newsgraph_mood``) and its docs
are kept in a DocBin; every later run reloads them, applies the Konjunktiv rules as
newsgraph/config/mood.toml says now, and scores exactly as ``newsgraph eval ud`` does (the same
``evaluate`` on the same documents), so a rule change is measured in seconds instead of a parse.

    python -m training.ud.mood_errors ../shared/data/ud-de/de_gsd-ud-dev.conllu \\
        --model training/runs/foldA-vec/model-best --cache /tmp/h2/A.spacy --errors /tmp/h2/A_mood.tsv

``--errors`` writes one line per gold finite verb whose Mood is wrong (gold, predicted, tags,
the subject the rules read, the sentence); ``--upos`` prints the UPOS confusion pairs. Read the
errors of one fold only and score the other without reading them (the de_core card says which).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.ud import _mood, evaluate, predicted_words, read_conllu


class _Cached:
    """Stands in for ``nlp`` in ``evaluate``: yields the prepared docs in order."""

    def __init__(self, docs):
        self.docs = docs

    def pipe(self, texts, batch_size=16):
        texts = list(texts)
        assert len(texts) == len(self.docs)
        for text, doc in zip(texts, self.docs, strict=True):
            assert doc.text == text, "cache built from another file or --doc-sents"
            yield doc


def _texts(sents, doc_sents: int) -> list[str]:
    return [" ".join(s.text for s in sents[i : i + doc_sents]) for i in range(0, len(sents), doc_sents)]


def parse(model: Path, texts: list[str], cache: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    import newsgraph.nlp  # noqa: F401  (registers newsgraph_segmenter)

    nlp = spacy.load(model)
    nlp.add_pipe("newsgraph_segmenter", before="parser" if "parser" in nlp.pipe_names else None)
    db = DocBin(store_user_data=True)
    for doc in nlp.pipe(texts, batch_size=16):
        db.add(doc)
    cache.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(cache)


def load_docs(cache: Path, rules: bool):
    import spacy
    from spacy.tokens import DocBin

    from newsgraph.nlp.mood import MoodRules

    nlp = spacy.blank("de")
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    if rules:
        mood = MoodRules()
        docs = [mood(d) for d in docs]
    return docs


def _subject_text(tok) -> str:
    from newsgraph.nlp.mood import _subject

    s = _subject(tok)
    return s.text if s is not None else "-"


def errors(sents, docs, doc_sents: int, out: Path | None, upos: bool) -> None:
    rows = []
    conf: Counter = Counter()
    kinds: Counter = Counter()
    for k, doc in enumerate(docs):
        chunk = sents[k * doc_sents : (k + 1) * doc_sents]
        preds = predicted_words(doc)
        off = 0
        for s in chunk:
            for w in s.words:
                key = (w.start + off, w.end + off, w.sub)
                p = preds.get(key)
                if upos and p is not None and p.upos != w.upos:
                    conf[(w.upos, p.upos)] += 1
                gold = "VerbForm=Fin" in w.feats and _mood(w.feats)
                if not gold:
                    if p is not None and _mood(p.feats):
                        kinds["false finite"] += 1
                    continue
                pm = _mood(p.feats) if p is not None else "UNALIGNED"
                if pm == gold:
                    continue
                kind = f"{gold}->{pm or 'none'}"
                kinds[kind] += 1
                t = p.token if p is not None else None
                rows.append("\t".join([
                    kind, w.form, w.xpos, w.upos,
                    t.tag_ if t is not None else "", t.pos_ if t is not None else "",
                    str(t.morph) if t is not None else "", t.dep_ if t is not None else "",
                    _subject_text(t) if t is not None else "", s.text]))
            off += len(s.text) + 1
    print("mood errors by kind:", dict(kinds.most_common()))
    if out:
        out.write_text("kind\tform\tgold_xpos\tgold_upos\ttag\tpos\tmorph\tdep\tsubject\tsentence\n"
                       + "\n".join(rows) + "\n", "utf-8")
    if upos:
        print("UPOS confusions (gold -> predicted):")
        for (g, p), c in conf.most_common(25):
            print(f"  {g:>6} -> {p:<6} {c}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--model", type=Path, help="fold model (needed only to build the cache)")
    ap.add_argument("--cache", type=Path, required=True, help="DocBin of the model's parses, built if missing")
    ap.add_argument("--no-mood-rules", action="store_true")
    ap.add_argument("--errors", type=Path, help="TSV of the Mood errors")
    ap.add_argument("--upos", action="store_true", help="print UPOS confusion pairs")
    ap.add_argument("--doc-sents", type=int, default=10)
    args = ap.parse_args(argv)
    sents = read_conllu(args.file)
    if not args.cache.exists():
        if not args.model:
            ap.error("--model is needed to build the cache")
        parse(args.model, _texts(sents, args.doc_sents), args.cache)
    docs = load_docs(args.cache, not args.no_mood_rules)
    scores = evaluate(_Cached(docs), sents, args.doc_sents)
    print(f"words {scores['words']}  aligned {scores['aligned']:.4f}")
    for k in ("upos", "xpos", "feats", "lemma", "uas", "las"):
        print(f"{k:<12} {scores[k]:.4f}")
    print(f"mood (finite verbs, n={scores['mood_n']}) {scores['mood_finite']:.4f}")
    if args.errors or args.upos:
        errors(sents, docs, args.doc_sents, args.errors, args.upos)
    return 0


if __name__ == "__main__":
    sys.exit(main())
