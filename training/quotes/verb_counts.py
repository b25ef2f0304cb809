"""Which speech/attitude verbs outside the curated lists frame quotes in quotes-de (train only).

    python training/quotes/verb_counts.py /work/shared/data/quotes-de/data/train \
        --cache /tmp/qcache_train.spacy [--missed /tmp/missed_train.tsv] [--min 2]

For every verb lemma (separated particle joined) that is in none of claims.toml's
``indirect_lemmas`` / ``reported_lemmas`` and matches no ``indirect_zu_stems``, runs the
complement rule (``quotes_rules.parsed_indirect``, as it would run with the lemma added) and
counts how often its message lands on a gold quote: fires, hits (message overlaps a gold
non-nested quote), token precision (share of the fired message's tokens inside gold quote
messages) and the gold types hit. With ``--missed`` (the ``--out`` file of missed_quotes.py),
also how many of the quotes the extractor misses in sentences it never tags have that verb as
their gold cue. Lemmas are chosen on these train counts; dev is only scored afterwards.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_analysis import _docs  # noqa: E402

from newsgraph.eval.quotes import chars_to_tokens, read_dir  # noqa: E402
from newsgraph.extract.quotes_features import config, tokens_from_doc  # noqa: E402
from newsgraph.extract.quotes_rules import _stem_key, _verb_lemma, parsed_indirect  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--missed", default=None)
    ap.add_argument("--min", type=int, default=2, help="fires a lemma needs to be listed")
    ap.add_argument("--examples", default=None, help="write every fire with its sentence here")
    args = ap.parse_args(argv)
    de = config().get("de", {})
    known = frozenset(de.get("indirect_lemmas", [])) | frozenset(de.get("reported_lemmas", []))
    zu = tuple(de.get("indirect_zu_stems", []))
    gold = read_dir(args.dir, args.limit)
    docs = _docs(gold, args.cache)
    fires: Counter = Counter()
    hits: Counter = Counter()
    tok_in: Counter = Counter()
    tok_all: Counter = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    lines = []
    for g, doc in zip(gold, docs):
        toks = tokens_from_doc(doc, "de")
        lemmas = frozenset(_verb_lemma(t) for t in doc if t.pos_ == "VERB") - known
        if not lemmas:
            continue
        gq = [(set(q["quote"]), q["type"]) for q in g.quotes if not q["nested"] and q["quote"]]
        gold_toks = set().union(*[s for s, _ in gq]) if gq else set()
        for q in parsed_indirect(doc, toks, lemmas, zu):
            # the cue holds the verb with its auxiliaries and particle: the verb is the full verb
            cand = [doc[t.i] for t in toks if t.i >= 0 and any(a <= t.start < b for a, b in q.cue)]
            v = next((x for x in cand if x.pos_ == "VERB"), cand[0])
            lem = _verb_lemma(v)
            if lem in known or _stem_key(v).startswith(zu):
                continue  # fires already with the shipped lists
            ids = set(chars_to_tokens(q.message, g.tokens))
            if not ids:
                continue
            fires[lem] += 1
            tok_all[lem] += len(ids)
            tok_in[lem] += len(ids & gold_toks)
            hit = [ty for s, ty in gq if s & ids]
            if hit:
                hits[lem] += 1
                types[lem][hit[0]] += 1
            msg = " ".join(g.text[g.tokens[t][0]:g.tokens[t][1]] for t in sorted(ids))
            lines.append(f"{lem}\t{hit[0] if hit else '-'}\t{g.name}\t{v.text}\t{msg[:160]}")
    missed_cues: Counter = Counter()
    if args.missed:
        for ln in Path(args.missed).read_text("utf-8").splitlines():
            parts = ln.split("\t")
            if len(parts) > 3 and parts[1] == "not candidate":
                missed_cues[parts[3][5:-1].lower()] += 1
    print(f"{'lemma':<20}{'fires':>6}{'hits':>6}{'tokP':>7}  types")
    for lem, n in sorted(fires.items(), key=lambda x: (-x[1], x[0])):
        if n < args.min:
            continue
        p = tok_in[lem] / tok_all[lem] if tok_all[lem] else 0.0
        print(f"{lem:<20}{n:6d}{hits[lem]:6d}{p:7.2f}  {dict(types[lem])}")
    if missed_cues:
        print("\ngold cues of quotes in never-tagged sentences:", missed_cues.most_common(60))
    if args.examples:
        Path(args.examples).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
