"""Mention-replacement augmentation for the NER fine-tuning rounds.

Each training sentence with a PER, LOC or ORG span is copied once with every such span replaced
by another name of the same label. The data is small (2,200 GermEval sentences), so the model
sees the same names in few contexts; swapping names makes it lean on the context and on the
word shape rather than on remembering a name list.

Replacement names come only from the training side of a run: spans of CoNLL-2003, Europarl and
the GermEval folds being trained on (never the held-out fold), plus, for LOC, the place-name
gazetteer's sources and, for PER, a given name of the first-name list with a surname taken from a
training PER span. MISC spans and the rest of the sentence stay as they are.

Parts written to the corpus directory: ``augment_cv{k}.spacy`` (copies of CoNLL + Europarl +
GermEval folds other than k, for CV fold k) and ``augment_full.spacy`` (everything, for the
shipped model). ``python -m training.ner.augment`` writes them; training/ner/train.py
``--augment`` links the one a run needs.
"""

from __future__ import annotations

import random
import sys

import spacy
from spacy.tokens import Doc, DocBin, Span

from newsgraph.eval.ner import Sentence, label_config, read

from .convert import N_FOLDS, corpus_dir, sources, spans

LABELS = ("PER", "LOC", "ORG")
OTHER = ("conll_testa", "conll_testb", "europarl")


def _parts(drop_demonyms: bool = False) -> dict[str, list[tuple[Sentence, list]]]:
    cfg = label_config()
    out = {}
    for name, path in sources().items():
        sents = read(path)
        if name == "germeval":
            for k in range(N_FOLDS):
                out[f"germeval_fold{k}"] = [(s, spans(s, cfg)) for i, s in enumerate(sents) if i % N_FOLDS == k]
        else:
            out[name] = [(s, spans(s, cfg, drop_demonyms)) for s in sents]
    return out


def _pool(parts: dict, names: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Distinct training names per label, in a fixed order (so a seed gives the same copies)."""
    pool: dict[str, dict[tuple[str, ...], None]] = {lab: {} for lab in LABELS}
    for name in names:
        for sent, sps in parts[name]:
            for a, b, lab in sps:
                if lab in pool:
                    pool[lab][tuple(sent.words[a:b])] = None
    return {lab: list(d) for lab, d in pool.items()}


def _lists() -> tuple[list[tuple[str, ...]], list[str]]:
    """Place names of the gazetteer's sources (as it ships) and the given names of the first-name list."""
    from .first_names import build as first_names
    from .gazetteer import build as places

    return [tuple(p.split()) for p in places()], list(first_names())


def _replacement(lab: str, pool: dict, places: list, given: list, rng: random.Random) -> tuple[str, ...]:
    # Half the time a name the corpora already tag, half a name from the lists: the lists add
    # unseen names, the training spans keep the corpora's mix of short and long names.
    if lab == "LOC" and places and rng.random() < 0.5:
        return rng.choice(places)
    if lab == "PER" and given and rng.random() < 0.5:
        surname = rng.choice(pool["PER"])[-1]
        return (rng.choice(given), surname)
    return rng.choice(pool[lab])


def _genitive(words: list[str], end: int) -> bool:
    """A name in -s right before a capitalised word is a pre-nominal genitive ("Christies Tod",
    "Deutschlands Zukunft"); its replacement takes the -s too, or the copy would read "Keller Tod"."""
    return (words[end - 1].endswith("s") and not words[end - 1].endswith("ss") and end < len(words)
            and words[end][:1].isupper())


def augment(sentences: list[tuple[Sentence, list]], pool: dict, places: list, given: list,
            rng: random.Random) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    out = []
    for sent, sps in sentences:
        if not any(lab in LABELS for _, _, lab in sps):
            continue
        words: list[str] = []
        ents = []
        pos = 0
        for a, b, lab in sorted(sps):
            words.extend(sent.words[pos:a])
            new = _replacement(lab, pool, places, given, rng) if lab in LABELS else tuple(sent.words[a:b])
            if lab in LABELS and _genitive(sent.words, b) and not new[-1].endswith(("s", "x", "z")):
                new = (*new[:-1], new[-1] + "s")
            ents.append((len(words), len(words) + len(new), lab))
            words.extend(new)
            pos = b
        words.extend(sent.words[pos:])
        out.append((words, ents))
    return out


def write_parts(seed: int = 0, drop_demonyms: bool = False, germeval_only: bool = False) -> dict[str, int]:
    parts = _parts(drop_demonyms)
    places, given = _lists()
    vocab = spacy.blank("de").vocab
    runs = {f"augment_cv{k}": [p for p in parts if p != f"germeval_fold{k}"] for k in range(N_FOLDS)}
    runs["augment_full"] = list(parts)
    counts = {}
    for out_name, names in runs.items():
        rng = random.Random(seed)
        pool = _pool(parts, names)
        docs = []
        # Copies of GermEval only (augment_ge_*) keep the fine-tuning rounds' share of
        # in-domain sentences; copies of everything dilute it.
        copied = [n for n in names if not germeval_only or n.startswith("germeval")]
        for name in copied:
            for words, ents in augment(parts[name], pool, places, given, rng):
                doc = Doc(vocab, words=words)
                doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
                docs.append(doc)
        path = corpus_dir(drop_demonyms) / f"{out_name.replace('augment_', 'augment_ge_') if germeval_only else out_name}.spacy"
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
        counts[out_name] = len(docs)
    return counts


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--drop-demonyms", action="store_true")
    ap.add_argument("--germeval-only", action="store_true", help="copy only GermEval sentences (augment_ge_*)")
    args = ap.parse_args(argv)
    for name, n in write_parts(args.seed, args.drop_demonyms, args.germeval_only).items():
        print(f"{name}: {n} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
