"""Static German word vectors (floret: hashed subword vectors) from the unlabelled text here.

    python -m training.ud.vectors            # -> training/corpus/vectors/de_floret (spaCy vectors)

With ~1k gold sentences per model the tok2vec never sees most words; subword vectors learnt
from ~1M words of news and debates give it something for them. floret stores only a small
hash table (rows x dim, no vocabulary), so the shipped model grows by rows*dim*4 bytes.

Text: 10kGNAD, quotes-de Wikinews articles (text only), SpkAtt Bundestag speeches (tokens),
CoNLL-2003 German and Europarl NER sentences (tokens). UD GSD and GermEval sentences are left
out: they are the scored sets of the UD and NER cross-validation.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "training" / "corpus" / "vectors"


def _token_files() -> list[list[str]]:
    from training.ner.convert import shared_dir

    data = shared_dir() / "data"
    sents: list[list[str]] = []
    for path in sorted((data / "spkatt-de" / "data").glob("*/task1/*.json")):
        for s in json.loads(path.read_text("utf-8"))["Sentences"]:
            sents.append(s["Tokens"])
    conll = data / "ner-de" / "conll2003"
    europarl = sorted((data / "ner-de" / "europarl").glob("*.tsv"))
    for path, enc, sep in [(conll / "deu.testa", "latin-1", " "), (conll / "deu.testb", "latin-1", " ")] + [
        (p, "utf-8", None) for p in europarl
    ]:
        cur: list[str] = []
        for line in path.read_text(enc).splitlines():
            cols = line.split(sep) if sep else line.split()
            if not line.strip() or line.startswith("-DOCSTART-"):
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(cols[0])
        if cur:
            sents.append(cur)
    return sents


def write_text(path: Path) -> int:
    """One tokenised text per line, tokens split like the pipeline's tokenizer splits them."""
    import spacy

    from training.ner.pretrain import raw_texts

    tok = spacy.blank("de").tokenizer
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for text in raw_texts():
            for line in text.splitlines():
                words = [t.text for t in tok(line) if not t.is_space]
                if words:
                    f.write(" ".join(words) + "\n")
                    n += len(words)
        for words in _token_files():
            f.write(" ".join(words) + "\n")
            n += len(words)
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--bucket", type=int, default=20000, help="hash rows (shipped size = rows*dim*4 B)")
    ap.add_argument("--epoch", type=int, default=10)
    ap.add_argument("--minn", type=int, default=3)
    ap.add_argument("--maxn", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT / "de_floret")
    args = ap.parse_args(argv)

    import floret

    OUT.mkdir(parents=True, exist_ok=True)
    text = OUT / "text.txt"
    n = write_text(text)
    print(f"{n} tokens -> {text}", flush=True)
    model = floret.train_unsupervised(
        str(text), model="skipgram", mode="floret", hashCount=2, bucket=args.bucket, dim=args.dim,
        minn=args.minn, maxn=args.maxn, minCount=2, epoch=args.epoch, thread=1,
    )
    vec = OUT / "de.floret"
    model.save_floret_vectors(str(vec))
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "de", str(vec), str(args.out), "--mode", "floret"]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
