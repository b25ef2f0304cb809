"""Mood and UPOS errors of the German pipeline on a CoNLL-U file, with the model's parses cached.

The fold model runs once up to the parser (segmenter included, no ``newsgraph_mood``) and its docs
are kept in a DocBin; every later run reloads them, applies the Konjunktiv rules as
newsgraph/config/mood.toml says now, and scores exactly as ``newsgraph eval ud`` does (the same
``evaluate`` on the same documents), so a rule change is measured in seconds instead of a parse.

    python -m training.ud.mood_errors ../shared/data/ud-de/de_gsd-ud-dev.conllu \\
        --model training/runs/foldA-vec/model-best --cache /tmp/h2/A.spacy --errors /tmp/h2/A_mood.tsv

``--errors`` writes one line per gold finite verb whose Mood is wrong (gold, predicted, tags,
the subject the rules read, the sentence); ``--upos`` prints the UPOS confusion pairs; ``--census``
sorts the errors into classes (``census_class``) that need no reading of the sentences, so the
blind fold can be counted by class without its errors being read, and prints what the Mood
figure leaves out: gold V*FIN words without Mood (not in its denominator) and words we give a
Mood that gold does not (not counted against it), with a precision and F1 that do count them. Read the
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


def _gold_has_ich(s, w) -> bool:
    """Gold says the verb's subject is "ich": an nsubj "ich" on it or, for an auxiliary, on its head;
    a conjunct without its own subject shares its first conjunct's ("war ich …, habe … gesehen")."""
    idx = s.words.index(w)
    for _ in range(4):
        heads = {idx} | ({s.words[idx].head} if s.words[idx].deprel.startswith(("aux", "cop")) and s.words[idx].head >= 0 else set())
        subj = [x for x in s.words if x.head in heads and x.deprel.startswith(("nsubj", "expl"))]
        if subj:
            return any(x.form.lower() == "ich" for x in subj)
        top = max(heads) if len(heads) > 1 else idx
        if s.words[top].deprel != "conj" or s.words[top].head < 0:
            return False
        idx = s.words[top].head
    return False


def census_class(s, w, pm: str, t) -> str:
    """The class of one Mood error on a gold finite verb, from forms, tags and gold features only.

    gold-side: a present -e form annotated Sub whose gold subject is "ich", or which opens its sentence
    with no subject (the subject-less 1st person of informal writing, "Habe schon dreimal bestellt"):
    "ich habe" has one form for Indikativ and Konjunktiv I, and UD German annotates such syncretic forms
    as indicative; GSD's Sub|Person=3 on them is the automatic annotation's error, not a Konjunktiv."""
    from newsgraph.nlp.mood import form_mood

    gold = _mood(w.feats)
    low = w.form.lower()
    if pm == "UNALIGNED":
        return "unaligned"
    if gold == "Imp" or pm == "Imp":
        return "imperative"
    if not pm:
        if t is None:
            return "not finite"
        if t.tag_ in ("VVINF", "VAINF", "VMINF", "VVIZU"):
            return "not finite: tagged infinitive"
        if t.tag_ in ("VVPP", "VAPP", "VMPP"):
            return "not finite: tagged participle"
        return "not finite: tagged " + ("adjective/adverb" if t.tag_ in ("ADJA", "ADJD", "ADV") else "other")
    first = s.words[0] if s.words else None
    # GSD's own Tense on these is unreliable ("Habe" Sub|Person=3|Tense=Past): the form decides
    if gold == "Sub" and pm == "Ind" and form_mood(w.form)[1] and (
            _gold_has_ich(s, w) or (first is w and not any(x.head == 0 and x.deprel.startswith("nsubj") for x in s.words))):
        return "gold-side: 1st person -e annotated Sub"
    if form_mood(w.form)[0] == "" and low.endswith(("te", "ten", "test", "tet")):
        return "Ind/Sub: -te(n) form (weak past = Konjunktiv II, modals sollte/wollte)"
    return f"Ind/Sub: other ({gold}->{pm})"


def _aligned(sents, docs, doc_sents: int):
    """(gold sentence, gold word, predicted word or None) over the cached docs, each doc ``doc_sents``
    sentences joined by one space (``_texts``)."""
    for k, doc in enumerate(docs):
        preds = predicted_words(doc)
        off = 0
        for s in sents[k * doc_sents : (k + 1) * doc_sents]:
            for w in s.words:
                yield s, w, preds.get((w.start + off, w.end + off, w.sub))
            off += len(s.text) + 1


def census(sents, docs, doc_sents: int) -> None:
    classes: Counter = Counter()
    extra: Counter = Counter()
    n_gold = n_pred = ok = 0
    for s, w, p in _aligned(sents, docs, doc_sents):
        gold = "VerbForm=Fin" in w.feats and _mood(w.feats)
        pm = _mood(p.feats) if p is not None else ""
        n_pred += bool(pm)
        if not gold:
            if w.xpos in ("VVFIN", "VAFIN", "VMFIN", "VVIMP"):
                extra["gold V*FIN without Mood (not scored)" + (", we give a Mood" if pm else "")] += 1
            elif pm:
                kind = "VVPP" if w.xpos.endswith("PP") else "V*INF" if w.xpos.endswith(("INF", "IZU")) else \
                    "ADJ*" if w.xpos.startswith("ADJ") else "other"
                extra[f"false finite: gold {kind}"] += 1
            continue
        n_gold += 1
        if pm == gold:
            ok += 1
            continue
        classes[census_class(s, w, pm if p is not None else "UNALIGNED", p.token if p is not None else None)] += 1
    print(f"census: {n_gold - ok} errors of {n_gold} gold finite verbs")
    for c, v in sorted(classes.items(), key=lambda kv: -kv[1]):
        print(f"  {v:4d}  {c}")
    for c, v in sorted(extra.items()):
        print(f"  {v:4d}  {c}")
    gs = classes["gold-side: 1st person -e annotated Sub"]
    print(f"Mood {ok / max(n_gold, 1):.4f}; without the gold-side class {ok / max(n_gold - gs, 1):.4f} (n={n_gold - gs})")
    prec = ok / max(n_pred, 1)
    rec = ok / max(n_gold, 1)
    print(f"Mood precision (right Mood / words given a Mood) {prec:.4f}  F1 {2 * prec * rec / max(prec + rec, 1e-9):.4f}")


def errors(sents, docs, doc_sents: int, out: Path | None, upos: bool) -> None:
    rows = []
    conf: Counter = Counter()
    kinds: Counter = Counter()
    for s, w, p in _aligned(sents, docs, doc_sents):
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
    ap.add_argument("--census", action="store_true", help="Mood errors by class, and what the Mood figure leaves out")
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
    print(f"mood precision {scores['mood_p']:.4f} (of {scores['mood_pred']} words given a Mood), F1 {scores['mood_f']:.4f} (precision counted)")
    if args.errors or args.upos:
        errors(sents, docs, args.doc_sents, args.errors, args.upos)
    if args.census:
        census(sents, docs, args.doc_sents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
