"""Glued-sentence flags on untouched **train-side** 10kGNAD rows (rows i % 5 in {2, 3}: 411 articles, none of
them in the held-out `--split gnad` rows), for reading the detector's errors on real text without reading the
evaluation rows. With --base, the flags of another version of newsgraph/checks/glued.py on the same parses,
marked "-" (only the base), "+" (only the current code) or "=".

    git show df7c92c:newsgraph/checks/glued.py > /tmp/glued_base.py
    OMP_NUM_THREADS=1 python training/checks/glued_gnad_side.py --base /tmp/glued_base.py

Parses are cached like `newsgraph eval checks` (newsgraph/eval/checks.py, _cached_nlp). 10kGNAD lost its line
breaks, so most flags here are intertitles run into the body, which the labels guide (tests/data/README.md)
counts as real glued text; the rest are detector errors.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from newsgraph import nlp as nlp_stage  # noqa: E402
from newsgraph.checks import glued as current  # noqa: E402
from newsgraph.checks.config import section  # noqa: E402
from newsgraph.checks.perturb import shared_dir  # noqa: E402
from newsgraph.checks.tagging import tag_doc  # noqa: E402
from newsgraph.eval.checks import _cached_nlp  # noqa: E402


def _load(path: str):
    spec = importlib.util.spec_from_file_location("newsgraph.checks._glued_base", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default=None, help="another glued.py to compare with")
    ap.add_argument("--rows", default="2,3", help="row residues mod 5 to read (the gnad split holds residue 0)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a [glued] override (JSON value) for the current code only; without --base the base is the current "
                         "code without it (round 17: lexicon_verbs=true)")
    args = ap.parse_args()
    residues = {int(r) for r in args.rows.split(",")}
    if 0 in residues:
        raise SystemExit("residue 0 is the held-out gnad evaluation split")
    base = _load(args.base) if args.base else (current if args.set else None)
    cfg = section("glued")
    cfg_cur = {**cfg, **{k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}}
    nlp = _cached_nlp(nlp_stage.load("de"))
    csv.field_size_limit(10**8)
    rows = []
    with open(shared_dir() / "data/corpora/10kgnad/test.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if i % 5 in residues and len(row) >= 2:
                rows.append((i, row[1]))
    n_base = n_cur = 0
    for i, text in rows:
        sents = tag_doc(nlp(text))

        def flags(mod, cfg, sents=sents, text=text) -> dict[tuple[int, int], str]:
            merged = mod.merge_unpunctuated(sents, text)
            return {(g.left.start, g.right.end): g.reason for g in mod.find_glued(merged, cfg, text) + mod.find_camel(merged)}

        cur = flags(current, cfg_cur)
        old = flags(base, cfg) if base else cur
        n_base += len(old)
        n_cur += len(cur)
        for k in sorted(set(old) | set(cur)):
            mark = "=" if k in old and k in cur else ("-" if k in old else "+")
            ctx = (text[max(0, k[0] - 70):k[0]] + "[[" + text[k[0]:k[1]] + "]]" + text[k[1]:k[1] + 50]).replace("\n", " ")
            print(f"{mark} {i}: {ctx}  ({old.get(k) or cur.get(k)})")
    print(f"{len(rows)} rows; glued flags: {n_cur}" + (f" (base {n_base})" if base else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
