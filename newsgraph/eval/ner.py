"""Score the shipped German NER against a gold file.

``newsgraph eval ner FILE`` / ``python -m newsgraph.eval.ner FILE``

FILE is CoNLL-2003 (``word ... NER`` per line, blank line between sentences, UTF-8 or
Latin-1, IOB1/IOB2/bare labels) or GermEval 2014 TSV (``#`` header, ``idx word outer
inner``); the format is detected. Gold labels are mapped with ``config/ner.toml`` (OTH ->
MISC; -deriv/-part dropped; in CoNLL, adjective-only and one-token hyphenated MISC spans
dropped unless --raw-labels). Scores are exact span matches (conlleval semantics):
a prediction counts only with the same start, end and label.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / "config" / "ner.toml"


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]  # raw source tags, one per word
    pos: list[str] = field(default_factory=list)  # empty when the format has none


def label_config() -> dict:
    return tomllib.loads(CONFIG.read_text("utf-8"))


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # CoNLL-2003 German is distributed in Latin-1.
        return raw.decode("latin-1")


def detect_format(text: str) -> str:
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("#\t") or line.startswith("# "):
            return "germeval"
        cols = line.split("\t")
        if len(cols) >= 3 and cols[0].isdigit():
            return "germeval"
        return "conll"
    return "conll"


def read_germeval(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in text.splitlines() + [""]:
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if not line.strip():
            if words:
                out.append(Sentence(words, tags))
            words, tags = [], []
            continue
        words.append(cols[1])
        tags.append(cols[2] if len(cols) > 2 else "O")
    return out


def read_conll(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    cur = Sentence([], [], [])
    for line in text.splitlines() + [""]:
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if cur.words:
                out.append(cur)
            cur = Sentence([], [], [])
            continue
        cur.words.append(cols[0])
        cur.tags.append(cols[-1])
        # word lemma POS chunk NER (CoNLL-2003 German, Europarl); POS absent in 2-column files
        cur.pos.append(cols[2] if len(cols) >= 5 else (cols[1] if len(cols) == 4 else ""))
    return out


def read(path: str | Path) -> list[Sentence]:
    text = _read_text(Path(path))
    return read_germeval(text) if detect_format(text) == "germeval" else read_conll(text)


def raw_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans from IOB1, IOB2 or bare labels: ``B-`` or a change of type starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or not tag:
            prefix, typ = "O", None
        elif tag[:2] in ("B-", "I-", "E-", "S-"):
            prefix, typ = tag[0], tag[2:]
        else:
            prefix, typ = "I", tag
        if kind is not None and (typ != kind or prefix in ("B", "S")):
            spans.append((start, i, kind))
            start, kind = None, None
        if typ is not None and kind is None:
            start, kind = i, typ
    return spans


def map_label(raw: str, cfg: dict) -> str | None:
    lab = cfg["labels"]
    if any(raw.endswith(s) for s in lab["drop_suffixes"]):
        return None
    return lab["map"].get(raw)


def gold_spans(sent: Sentence, cfg: dict, drop_adjectival: bool = False) -> list[tuple[int, int, str]]:
    """Mapped gold spans. ``drop_adjectival`` (training data with POS only) also removes the
    adjective-only and name-compound spans that GermEval would call -deriv / -part."""
    tr = cfg["train"]
    adj, comp_labels, comp_pos = set(tr["adjectival_pos"]), set(tr["compound_labels"]), set(tr["compound_pos"])
    out = []
    for s, e, raw in raw_spans(sent.tags):
        label = map_label(raw, cfg)
        if label is None:
            continue
        if drop_adjectival and sent.pos:
            if all(p in adj for p in sent.pos[s:e]):
                continue
            if e - s == 1 and label in comp_labels and "-" in sent.words[s] and sent.pos[s] in comp_pos:
                continue
        out.append((s, e, label))
    return out


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set, pred: set) -> None:
        for *_, lab in gold & pred:
            self.tp[lab] += 1
        for *_, lab in pred - gold:
            self.fp[lab] += 1
        for *_, lab in gold - pred:
            self.fn[lab] += 1

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def label(self, lab: str) -> tuple[float, float, float]:
        return self._prf(self.tp[lab], self.fp[lab], self.fn[lab])

    def micro(self) -> tuple[float, float, float]:
        return self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def report(self) -> str:
        lines = [f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
        for lab in self.labels():
            p, r, f = self.label(lab)
            gold, pred = self.tp[lab] + self.fn[lab], self.tp[lab] + self.fp[lab]
            lines.append(f"{lab:<8}{p:>8.4f}{r:>8.4f}{f:>8.4f}{gold:>7}{pred:>7}")
        p, r, f = self.micro()
        gold, pred = sum(self.tp.values()) + sum(self.fn.values()), sum(self.tp.values()) + sum(self.fp.values())
        lines.append(f"{'micro':<8}{p:>8.4f}{r:>8.4f}{f:>8.4f}{gold:>7}{pred:>7}")
        return "\n".join(lines)


def score(nlp, sentences: list[Sentence], cfg: dict | None = None, batch_size: int = 256,
          raw_labels: bool = False) -> Scores:
    """Run ``nlp`` on the gold tokenisation and compare entity spans.

    Unless ``raw_labels``, files with a POS column (CoNLL) are scored under our entity
    definition, i.e. without the adjective and name-compound spans that training drops."""
    from spacy.tokens import Doc

    cfg = cfg or label_config()
    docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
    scores = Scores()
    for sent, doc in zip(sentences, nlp.pipe(docs, batch_size=batch_size), strict=True):
        gold = set(gold_spans(sent, cfg, drop_adjectival=not raw_labels))
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        scores.add(gold, pred)
    return scores


def load_model(model: str | None = None):
    import spacy

    from ..nlp import add_ner, load

    if model:
        if (Path(model) / "ner").is_dir() and len(spacy.load(model).pipe_names) == 1:
            # A NER-only pipeline (models/de_ner, a training run): as newsgraph runs it, with
            # the place-name gazetteer that ships beside it, if any.
            nlp = spacy.blank("de")
            add_ner(nlp, model)
            return nlp
        return spacy.load(model)
    from ..config import models_dir

    nlp = load("de")
    if "ner" in nlp.pipe_names:
        return nlp
    return spacy.load(models_dir() / "de_ner")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval ner", description=__doc__.split("\n\n")[0])
    ap.add_argument("file", help="CoNLL-2003 or GermEval 2014 TSV gold file")
    ap.add_argument("--model", help="spaCy pipeline directory (default: the shipped German pipeline)")
    ap.add_argument("--raw-labels", action="store_true",
                    help="CoNLL: keep adjective-only and name-compound MISC spans in the gold")
    args = ap.parse_args(argv)
    sentences = read(args.file)
    nlp = load_model(args.model)
    scores = score(nlp, sentences, raw_labels=args.raw_labels)
    print(f"{args.file}: {len(sentences)} sentences, {sum(len(s.words) for s in sentences)} tokens"
          + (" (raw CoNLL labels)" if args.raw_labels else ""))
    print(scores.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
