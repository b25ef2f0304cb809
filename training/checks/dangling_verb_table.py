"""Build models/checks_de/verb_args.json: how often parsed train-side text has a noun as the subject (or the patient)
of a verb, for the dangling check's verb-argument fit (newsgraph/checks/dangling_verbs.py; checks_de card, round 19).

Corpus: the documents of build_model.py (quotes-de train, the train-side 10kGNAD rows, SpkAtt, CoNLL-2003, Europarl,
GermEval dev, UD German-GSD; never quotes-de dev or the held-out 10kGNAD rows), parsed by the shipped nlp stage as
the check sees text (the eval's parse cache, so the train articles' parses are shared with the evals). Pairs are read
with ``dangling_verbs.pairs``; pruned to verbs seen ``--min-verb`` times and pairs seen at least once.

    OMP_NUM_THREADS=1 python training/checks/dangling_verb_table.py            # ~10 CPU min when nothing is cached

``--exclude-fold k [--gnad-folds]`` leaves out a fold of quotes-de train (and of the train-side 10kGNAD rows) like
build_model.py, for cross-fitted training rows (``--out`` a fold directory); ``--pairs`` caches every document's pairs
(JSON lines), so the fold tables are built without parsing again.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training/checks"))

from build_model import corpus, shared  # noqa: E402

from newsgraph.checks.dangling_verbs import count_table, pairs  # noqa: E402
from newsgraph.checks.perturb import gnad_heldout  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402


def documents() -> list[tuple[str, int, str]]:
    """(source, index within its source, text): quotes-de train articles by their index in the split, 10kGNAD rows by
    their row index (the folds of build_model.py and perturb.article_folds)."""
    docs = corpus()
    csv.field_size_limit(10**8)
    held = gnad_heldout()
    with open(shared() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        gnad_rows = [i for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")) if len(row) >= 2 and i not in held]
    out, seen = [], Counter()
    for source, text in docs:
        k = seen[source]
        seen[source] += 1
        out.append((source, gnad_rows[k] if source == "10kgnad" else k, text))
    return out


def doc_pairs(docs: list[tuple[str, int, str]], cache: Path | None) -> list[dict]:
    if cache is not None and cache.exists():
        return [json.loads(line) for line in cache.read_text("utf-8").splitlines()]
    from newsgraph import nlp as nlp_stage
    from newsgraph.eval.checks import _cached_nlp

    nlp = _cached_nlp(nlp_stage.load("de"))
    out = []
    t0 = time.process_time()
    for j, (source, idx, text) in enumerate(docs):
        out.append({"source": source, "idx": idx, "pairs": pairs(tag_doc(nlp(text)))})
        if j % 500 == 0:
            print(f"  {j} of {len(docs)} documents, {time.process_time() - t0:.0f} CPU s", flush=True)
    if cache is not None:
        cache.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), "utf-8")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "models/checks_de"))
    ap.add_argument("--exclude-fold", type=int, default=None, help="leave out this fold of quotes-de train")
    ap.add_argument("--gnad-folds", action="store_true", help="with --exclude-fold, also the 10kGNAD rows of that fold")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--min-verb", type=int, default=3, help="keep the pairs of verbs seen at least this often")
    ap.add_argument("--pairs", default=None, metavar="JSONL", help="cache of every document's pairs (built when missing)")
    args = ap.parse_args()
    docs = doc_pairs(documents(), Path(args.pairs) if args.pairs else None)
    if args.exclude_fold is not None:
        k, f = args.exclude_fold, args.folds
        docs = [d for d in docs if not ((d["source"] == "quotes-de" or (args.gnad_folds and d["source"] == "10kgnad"))
                                        and d["idx"] % f == k)]
    t = count_table([d["pairs"] for d in docs], args.min_verb)
    t["documents"] = dict(Counter(d["source"] for d in docs))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "verb_args.json").write_text(json.dumps(t, ensure_ascii=False, separators=(",", ":")), "utf-8")
    n_pairs = sum(len(x) for r in t["pairs"].values() for x in r.values())
    print(f"{len(docs)} documents {t['documents']}; subjects {t['total']['s']}, patients {t['total']['o']}; "
          f"{n_pairs} pairs of {sum(len(v) for v in t['verbs'].values())} verbs -> {out / 'verb_args.json'} "
          f"({(out / 'verb_args.json').stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
