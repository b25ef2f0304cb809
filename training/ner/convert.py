"""Convert the public German NER corpora into spaCy DocBins under training/corpus/ner/.

Parts written (one sentence per Doc, entities mapped by newsgraph/config/ner.toml):
  conll_testa.spacy, conll_testb.spacy   CoNLL-2003 German (Frankfurter Rundschau)
  europarl.spacy                         Europarl German (Pado annotation)
  germeval_fold{0..4}.spacy              GermEval 2014 dev, sentence i in fold i % 5

``python -m training.ner.convert`` (reads NEWSGRAPH_SHARED or ../shared next to the repo).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from newsgraph.eval.ner import Sentence, gold_spans, label_config, read

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "training" / "corpus" / "ner"
N_FOLDS = 5


def shared_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def sources() -> dict[str, Path]:
    d = shared_dir() / "data" / "ner-de"
    return {
        "conll_testa": d / "conll2003" / "deu.testa",
        "conll_testb": d / "conll2003" / "deu.testb",
        "europarl": d / "europarl" / "ep-96-04-15_pado_annotated.tsv",
        "germeval": d / "germeval2014" / "NER-de-dev.tsv",
    }


def to_docs(vocab, sentences: list[Sentence], cfg: dict) -> list[Doc]:
    docs = []
    for s in sentences:
        doc = Doc(vocab, words=s.words)
        # Adjective-only spans are dropped from training data only; GermEval carries no POS.
        doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=lab)
                    for a, b, lab in gold_spans(s, cfg, drop_adjectival=True)]
        docs.append(doc)
    return docs


def write(name: str, docs: list[Doc]) -> Path:
    CORPUS.mkdir(parents=True, exist_ok=True)
    path = CORPUS / f"{name}.spacy"
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path


def convert() -> dict[str, int]:
    cfg = label_config()
    vocab = spacy.blank("de").vocab
    counts = {}
    for name, path in sources().items():
        sents = read(path)
        if name == "germeval":
            for k in range(N_FOLDS):
                part = [s for i, s in enumerate(sents) if i % N_FOLDS == k]
                write(f"germeval_fold{k}", to_docs(vocab, part, cfg))
                counts[f"germeval_fold{k}"] = len(part)
        else:
            write(name, to_docs(vocab, sents, cfg))
            counts[name] = len(sents)
    return counts


def main() -> int:
    for name, n in convert().items():
        print(f"{name}: {n} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
