"""Silver NER material for self-training the feature CRF: unlabelled German news tagged by our own chain.

    python -m training.ner.silver --pool                                  # the unlabelled sentences
    python -m training.ner.silver --cv training/runs/ner/h1d2 --folds 0 1 # fold k's own chain tags them
    python -m training.ner.silver --shipped                               # the shipped chain tags them

Unlabelled text (never GermEval): 10kGNAD test rows that no evaluation uses (not the checks' held-out
rows i % 5 == 0, not rows 500-699 that the event sets read, no row named in tests/, no article sharing a
sentence with any file under tests/), quotes-de *train* articles and SpkAtt *train* speeches (both
already tokenised and split into sentences; articles sharing a sentence with tests/ are left out too).
10kGNAD is tokenised by de_core's tokenizer after the checks' sentence splitter.

For CV fold k the tagger is fold k's chain exactly as training/ner/train_crf.py scores it: the fold's
spaCy model (training/runs/ner/<tag>/cv{k}), the fold's CRF (trained without GermEval fold k) merged in
as config/ner.toml [ner_crf] says, then the rule chain; so no silver label comes from a model that saw
the held-out fold. Each sentence keeps the chain's spans, the CRF's own spans, and the CRF's confidence
(the lowest marginal of its Viterbi tags over the sentence), so train_crf.py can select by agreement or
confidence (``--silver-select``). Output: training/runs/h1/silver/ (git-ignored), one JSON line a sentence.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

from .convert import REPO, shared_dir

OUT = REPO / "training" / "runs" / "h1" / "silver"
POOL = OUT / "pool.jsonl"
TESTS = REPO / "tests"
MIN_LEN, MAX_LEN = 4, 60
# Rows of 10kGNAD test.csv that evaluations read: the checks' held-out split (every fifth row) and
# the rows the German event sets were drawn from (tests/test_events_blind_sets.py, test_events.py).
HELD_EVERY = 5
EVENT_ROWS = range(500, 700)


def _test_text() -> str:
    """Every text file under tests/, raw and (for JSON) with its strings decoded, in one string."""
    parts = []
    for p in TESTS.rglob("*"):
        if not p.is_file() or p.suffix not in {".py", ".json", ".jsonl", ".csv", ".md", ".txt", ".tsv"}:
            continue
        raw = p.read_text("utf-8", errors="ignore")
        parts.append(raw)
        if p.suffix in {".json", ".jsonl"}:
            for line in raw.splitlines() if p.suffix == ".jsonl" else [raw]:
                try:
                    parts.append(json.dumps(json.loads(line), ensure_ascii=False))
                except ValueError:
                    pass
    return "\n".join(parts)


def _named_rows(blob: str) -> set[int]:
    rows = {int(m) for m in re.findall(r"10kgnad[- ](?:test )?(\d+)", blob, flags=re.I)}
    rows |= {int(m) for m in re.findall(r'"row":\s*(\d+)', blob)}
    return rows


def _shares_sentence(sentences: list[str], blob: str) -> bool:
    return any(len(s) >= 40 and s in blob for s in sentences)


def gnad_rows(blob: str) -> list[tuple[int, str]]:
    from newsgraph.checks.perturb import split_sentences

    csv.field_size_limit(10**8)
    named = _named_rows(blob)
    out = []
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if len(row) < 2 or i % HELD_EVERY == 0 or i in EVENT_ROWS or i in named:
                continue
            sents = [row[1][a:b].strip() for a, b in split_sentences(row[1])]
            if _shares_sentence(sents, blob):
                continue
            out.append((i, row[1]))
    return out


def build_pool(seed: int = 0) -> dict[str, int]:
    """pool.jsonl: {"src", "doc", "words"} per unlabelled sentence, deduplicated, in a seeded order."""
    import spacy

    from newsgraph.checks.perturb import split_sentences

    blob = _test_text()
    tok = spacy.load(REPO / "models" / "de_core", exclude=["tok2vec", "tagger", "morphologizer", "parser",
                                                           "lemmatizer", "attribute_ruler", "senter", "ner"]).tokenizer
    items = []
    for i, text in gnad_rows(blob):
        for a, b in split_sentences(text):
            words = [t.text for t in tok(text[a:b].strip()) if not t.is_space]
            items.append(("gnad", f"10kgnad-{i}", words))
    qdir = shared_dir() / "data" / "quotes-de" / "data" / "train"
    for p in sorted(qdir.glob("*.json")):
        d = json.loads(p.read_text("utf-8"))
        if _shares_sentence([s["text"].strip() for s in d["sentences"]], blob):
            continue
        items += [("quotes", p.name.split(" ")[0], list(s["tokens"])) for s in d["sentences"]]
    sdir = shared_dir() / "data" / "spkatt-de" / "data" / "train" / "task1"
    for p in sorted(sdir.glob("*.json")):
        d = json.loads(p.read_text("utf-8"))
        sents = [s["Tokens"] for s in d["Sentences"]]
        if _shares_sentence([" ".join(s) for s in sents], blob):
            continue
        items += [("spkatt", p.stem, list(s)) for s in sents]
    seen, pool = set(), []
    for src, doc, words in items:
        key = " ".join(words)
        if MIN_LEN <= len(words) <= MAX_LEN and key not in seen:
            seen.add(key)
            pool.append({"src": src, "doc": doc, "words": words})
    random.Random(seed).shuffle(pool)
    OUT.mkdir(parents=True, exist_ok=True)
    with POOL.open("w", encoding="utf-8") as f:
        for x in pool:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    counts = {s: sum(x["src"] == s for x in pool) for s in ("gnad", "quotes", "spkatt")}
    print(f"pool: {len(pool)} sentences {counts} -> {POOL}", file=sys.stderr)
    return counts


def read_pool(n: int | None = None, sources: tuple[str, ...] = ("gnad", "quotes", "spkatt")) -> list[dict]:
    out = []
    with POOL.open(encoding="utf-8") as f:
        for line in f:
            x = json.loads(line)
            if x["src"] in sources:
                out.append(x)
                if n and len(out) >= n:
                    break
    return out


class _Words:
    """What train_crf's helpers read of a sentence."""

    def __init__(self, words: list[str]):
        self.words = words


def crf_settings() -> dict:
    from newsgraph.nlp.noun_filter import settings

    return settings("ner_crf")


def tag(nlp, res: Path, crf_model: Path, pool: list[dict], out: Path) -> None:
    """The chain (spaCy model ``nlp`` + CRF merged as [ner_crf] says + the rules) over ``pool``."""
    import pycrfsuite
    from spacy.tokens import Doc

    from newsgraph.nlp.ner_crf import bio_spans, load_features, merge

    from .train_crf import FEAT_KW, _ents, _rules, run_chain, vectors

    cfg = crf_settings()
    t0 = time.process_time()
    feats = load_features(res, vectors(), **FEAT_KW)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_model))
    crf = []
    for x in pool:
        tags = tagger.tag(feats.sentence(x["words"]))
        marg = [tagger.marginal(t, i) for i, t in enumerate(tags)]
        sp = bio_spans(tags)
        crf.append((sp, [min(marg[a:b]) for a, b, _ in sp], min(marg)))
    docs = list(nlp.pipe((Doc(nlp.vocab, words=x["words"]) for x in pool), batch_size=256))
    model_ents = [_ents(d) for d in docs]
    before = {"newsgraph_noun_filter": "filter"}.get(cfg.get("before", "newsgraph_noun_filter"), "filter")

    def insert(k, ents):
        sp, conf, _ = crf[k]
        return merge(ents, sp, conf, cfg.get("mode", "override"), float(cfg.get("threshold", 0.85)),
                     float(cfg.get("fill_threshold", 0.8)), bool(cfg.get("keep_longer", True)))

    chain = run_chain(docs, _rules(), insert, before)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for x, m, c, (sp, _, conf) in zip(pool, model_ents, chain, crf, strict=True):
            f.write(json.dumps({**x, "chain": c, "model": m, "crf": sp, "crf_conf": round(conf, 4)},
                               ensure_ascii=False) + "\n")
    agree = sum(sorted(map(tuple, c)) == sorted(map(tuple, sp)) for c, (sp, _, _) in zip(chain, crf, strict=True))
    print(f"silver {out}: {len(pool)} sentences, chain = CRF in {agree}, "
          f"{time.process_time() - t0:.0f} CPU s", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pool", action="store_true", help="build the unlabelled pool")
    ap.add_argument("--cv", type=Path, help="a spaCy CV run directory (training/runs/ner/<tag>): tag with each fold's chain")
    ap.add_argument("--folds", type=int, nargs="*", default=[0, 1])
    ap.add_argument("--crf-runs", type=Path, default=REPO / "training" / "runs" / "ner" / "crf" / "base",
                    help="fold CRFs cv{k}.crfsuite (train_crf.py --cv)")
    ap.add_argument("--res", type=Path, default=REPO / "training" / "runs" / "ner" / "crf" / "res",
                    help="the fold CRFs' resources")
    ap.add_argument("--shipped", action="store_true", help="tag with the shipped chain (models/de_ner)")
    ap.add_argument("--n", type=int, default=0, help="only the first n pool sentences (0 = all)")
    args = ap.parse_args(argv)
    if args.pool:
        build_pool()
    pool = read_pool(args.n or None) if (args.cv or args.shipped) else []
    if args.cv:
        import spacy

        from .gazetteer import _fold_model

        for k in args.folds:
            tag(spacy.load(_fold_model(args.cv, k)), args.res, args.crf_runs / f"cv{k}.crfsuite", pool,
                OUT / f"cv{k}.jsonl")
    if args.shipped:
        import spacy

        ner = REPO / "models" / "de_ner"
        tag(spacy.load(ner), ner / "crf", ner / "crf" / "model.crfsuite", pool, OUT / "full.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
