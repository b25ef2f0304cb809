"""Convert the public German NER corpora into spaCy DocBins under training/corpus/ner/.

Parts written (one sentence per Doc, entities mapped by newsgraph/config/ner.toml):
  conll_testa.spacy, conll_testb.spacy   CoNLL-2003 German (Frankfurter Rundschau)
  europarl.spacy                         Europarl German (Pado annotation)
  germeval_fold{0..4}.spacy              GermEval 2014 dev, sentence i in fold i % 5

``python -m training.ner.convert`` (reads NEWSGRAPH_SHARED or ../shared next to the repo).
``--drop-demonyms`` writes the same parts to training/corpus/ner/nodemonym/ with CoNLL's and
Europarl's demonym MISC spans made O (see ``is_demonym``): GermEval calls "Palästinenser" LOCderiv,
which we map to O, so training on them as MISC teaches the model a false MISC.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from newsgraph.eval.ner import Sentence, gold_spans, label_config, read

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "training" / "corpus" / "ner"
NO_DEMONYM = CORPUS / "nodemonym"
N_FOLDS = 5

# A demonym is a place name with its ending replaced: Armenien -> Armenier, Palästina ->
# Palästinenser, Kelkheim -> Kelkheimer, Deutschland -> Deutsche, Europa -> Europäer.
# Endings stripped from the place name (longest first, "" = none) ...
PLACE_ENDINGS = ("reich", "istan", "land", "ien", "en", "ei", "a", "e", "")
# ... and the demonym's own endings, inflected forms included (Palästinensern, Deutschen).
DEMONYM_ENDINGS = ("ensern", "enser", "anern", "aner", "erinnen", "erin", "iern", "ier",
                   "ern", "ers", "er", "en", "e")
# Demonyms no ending rule reaches (Palästina has no one-word entry in the sources; Kurdistan,
# Großbritannien and Frankreich change their stems).
IRREGULAR_STEMS = ("palastin", "kurd", "brit", "franzos")


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


def _fold(word: str) -> str:
    # Engländer / England, Europäer / Europa: the demonym may carry an umlaut its place lacks.
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def place_stems() -> frozenset[str]:
    """Stems of every gazetteer source name (countries, territories, subdivisions, cities), before
    the gazetteer's own filtering, each with every ending of PLACE_ENDINGS tried."""
    from .gazetteer import _settings, city_names, country_names, subdivision_names, territory_names

    st = _settings()
    names = country_names() | territory_names() | subdivision_names(["*"])
    names |= city_names(int(st.get("min_population", 15000)), int(st.get("alt_population", 1_000_000)))
    stems = set(IRREGULAR_STEMS)
    for name in names:
        # "Frankfurt am Main", "Baden-Württemberg": the first word is the stem people derive from.
        name = name.replace("-", " ").split()[0] if name.split() else ""
        if len(name) < 4:
            continue
        f = _fold(name)
        for end in PLACE_ENDINGS:
            if f.endswith(end) and len(f) - len(end) >= 3:
                stems.add(f[: len(f) - len(end)])
    return frozenset(stems)


def is_demonym(sent: Sentence, start: int, end: int, label: str) -> bool:
    """A one-token MISC span tagged as a noun (NN/NE), not all capitals, whose word less a
    demonym ending is a place stem. The rule reads only word forms and the gazetteer's sources, never GermEval."""
    if label != "MISC" or end - start != 1 or not sent.pos or sent.pos[start] not in ("NN", "NE"):
        return False
    if sent.words[start].isupper():
        # Acronyms of programmes ("SAVE", "ALTENER") are not demonyms.
        return False
    f = _fold(sent.words[start])
    stems = place_stems()
    return any(f.endswith(e) and f[: len(f) - len(e)] in stems for e in DEMONYM_ENDINGS)


def spans(sent: Sentence, cfg: dict, drop_demonyms: bool = False) -> list[tuple[int, int, str]]:
    # Adjective-only spans are dropped from training data only; GermEval carries no POS.
    out = gold_spans(sent, cfg, drop_adjectival=True)
    if drop_demonyms:
        out = [sp for sp in out if not is_demonym(sent, *sp)]
    return out


def to_docs(vocab, sentences: list[Sentence], cfg: dict, drop_demonyms: bool = False) -> list[Doc]:
    docs = []
    for s in sentences:
        doc = Doc(vocab, words=s.words)
        doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=lab)
                    for a, b, lab in spans(s, cfg, drop_demonyms)]
        docs.append(doc)
    return docs


def corpus_dir(drop_demonyms: bool = False) -> Path:
    return NO_DEMONYM if drop_demonyms else CORPUS


def write(name: str, docs: list[Doc], drop_demonyms: bool = False) -> Path:
    out = corpus_dir(drop_demonyms)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.spacy"
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path


def convert(drop_demonyms: bool = False) -> dict[str, int]:
    cfg = label_config()
    vocab = spacy.blank("de").vocab
    counts = {}
    for name, path in sources().items():
        sents = read(path)
        if name == "germeval":
            # GermEval has no POS column, so the demonym rule never applies to it.
            for k in range(N_FOLDS):
                part = [s for i, s in enumerate(sents) if i % N_FOLDS == k]
                write(f"germeval_fold{k}", to_docs(vocab, part, cfg), drop_demonyms)
                counts[f"germeval_fold{k}"] = len(part)
        else:
            write(name, to_docs(vocab, sents, cfg, drop_demonyms), drop_demonyms)
            counts[name] = len(sents)
    return counts


def demonym_report() -> None:
    """Which spans the demonym rule turns to O, per part (to check the rule by eye)."""
    from collections import Counter

    cfg = label_config()
    for name, path in sources().items():
        if name == "germeval":
            continue
        dropped, misc = Counter(), 0
        for s in read(path):
            for sp in gold_spans(s, cfg, drop_adjectival=True):
                misc += sp[2] == "MISC"
                if is_demonym(s, *sp):
                    dropped[s.words[sp[0]]] += 1
        print(f"{name}: {sum(dropped.values())} of {misc} MISC spans dropped: "
              + ", ".join(f"{w} {n}" for w, n in dropped.most_common()))


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drop-demonyms", action="store_true", help="make CoNLL/Europarl demonym MISC spans O")
    ap.add_argument("--report", action="store_true", help="only list the spans the demonym rule drops")
    args = ap.parse_args(argv)
    if args.report:
        demonym_report()
        return 0
    for name, n in convert(args.drop_demonyms).items():
        print(f"{name}: {n} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
