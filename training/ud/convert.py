"""CoNLL-U -> spaCy DocBin, plus the cross-validation splits used for the reported figures.

Only GSD dev + test are available offline (1,776 sentences), so figures come from two-fold
cross-validation (train on one file, evaluate on the other) and the shipped model is trained
on both.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[3] / "shared"))
UD_DIR = SHARED / "data" / "ud-de"
FILES = {"dev": "de_gsd-ud-dev.conllu", "test": "de_gsd-ud-test.conllu"}


def docs_from_conllu(path: Path, n_sents: int = 10):
    # Several sentences per Doc so the parser also learns where sentences end;
    # multi-word tokens (zum = zu dem) are merged because spaCy's tokenizer keeps them whole.
    text = path.read_text("utf-8")
    return list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=True, no_print=True))


def write(docs, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="training/corpus/ud", help="directory for the .spacy files")
    args = ap.parse_args(argv)
    out = Path(args.out)
    split = {name: docs_from_conllu(UD_DIR / f) for name, f in FILES.items()}
    # fold A: train on test, evaluate on dev; fold B: the reverse; all: everything.
    write(split["test"], out / "foldA-train.spacy")
    write(split["dev"], out / "foldA-dev.spacy")
    write(split["dev"], out / "foldB-train.spacy")
    write(split["test"], out / "foldB-dev.spacy")
    write(split["dev"] + split["test"], out / "all-train.spacy")
    for k, v in split.items():
        print(f"{k}: {len(v)} docs, {sum(len(d) for d in v)} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
