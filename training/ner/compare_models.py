"""Entities that differ between two German NER model directories on unlabelled 10kGNAD articles, one line a
changed sentence, for judging by eye (de_ner card, Round 16).

    python -m training.ner.compare_models OLD_DIR NEW_DIR --n 40
    python -m training.ner.compare_models models/de_ner models/de_ner --set label_votes.document=true   # a config change

Articles: 10kGNAD test.csv rows i with i % 7 == 3 (``--residue``) that no evaluation reads (not the checks' held-out rows
i % 5 == 0, not rows 500-699 of the event sets) and that gave no sentence to the first ``--silver-n``
sentences of the silver pool (training/ner/silver.py), so a self-trained model is not judged on its own
training text. Each model runs as the nlp stage adds it (blank German + sentencizer + ``add_ner``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from .convert import shared_dir
from .rule_ab import parse_sets
from .silver import EVENT_ROWS, HELD_EVERY, POOL


def rows(n: int, silver_n: int, residue: int = 3) -> list[tuple[int, str]]:
    used = set()
    if POOL.exists():
        with POOL.open(encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k >= silver_n:
                    break
                used.add(json.loads(line)["doc"])
    csv.field_size_limit(10**8)
    out = []
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if (len(row) > 1 and i % HELD_EVERY and i % 7 == residue and i not in EVENT_ROWS
                    and f"10kgnad-{i}" not in used):
                out.append((i, row[1]))
                if len(out) >= n:
                    break
    return out


def main(argv: list[str] | None = None) -> int:
    import spacy

    from newsgraph.nlp import add_ner

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--n", type=int, default=40, help="at most this many articles")
    ap.add_argument("--silver-n", type=int, default=6000, help="pool sentences the silver models were tagged on")
    ap.add_argument("--set", dest="sets", action="append", default=[],
                    help="section.key=TOML value of config/ner.toml, for NEW only")
    ap.add_argument("--residue", type=int, default=3, help="articles are test.csv rows i with i %% 7 == RESIDUE")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first SKIP articles (a second, unseen batch)")
    args = ap.parse_args(argv)

    def build(path: Path, sets: dict | None = None):
        from newsgraph.nlp import noun_filter

        real = noun_filter.settings
        if sets:
            noun_filter.settings = lambda section="noun_filter": {**real(section), **sets.get(section, {})}
        try:
            nlp = spacy.blank("de")
            nlp.add_pipe("sentencizer")
            add_ner(nlp, path)
        finally:
            noun_filter.settings = real
        return nlp

    old, new = build(args.old), build(args.new, parse_sets(args.sets))
    arts = rows(args.n + args.skip, args.silver_n, args.residue)[args.skip:]
    changed = 0
    for i, text in arts:
        do, dn = old(text), new(text)
        eo = {(e.start, e.end, e.label_) for e in do.ents}
        en = {(e.start, e.end, e.label_) for e in dn.ents}
        for s in do.sents:
            a = sorted(x for x in eo - en if s.start <= x[0] < s.end)
            b = sorted(x for x in en - eo if s.start <= x[0] < s.end)
            if a or b:
                changed += 1
                lo, hi = min(x[0] for x in a + b), max(x[1] for x in a + b)
                print(f"{i} OLD {[(do[x:y].text, lab) for x, y, lab in a]} NEW {[(dn[x:y].text, lab) for x, y, lab in b]}"
                      f" || {do[max(s.start, lo - 6):min(s.end, hi + 4)].text}")
    print(f"{changed} sentences changed in {len(arts)} articles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
