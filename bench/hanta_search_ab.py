"""HanTa's morpheme searches of two versions of newsgraph/nlp/hanta_speed.py, side by side in one
process: the same answers, and CPU seconds of each, alternating.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/hanta_search_ab.py \
        OLD_TREE/newsgraph/nlp/hanta_speed.py newsgraph/nlp/hanta_speed.py [ROWS] [REPS]

The words are those of 10kGNAD test rows 0..ROWS-1 (default 300) that HanTa's frequent-word list
does not hold (the ones HanTa searches), lower-cased, plus a few short and odd forms. Each version
gets its own HanoverTagger; the forward search (``analyze_forward``: word classes and their log
probabilities, with the numpy float type of a summed class) is compared on every word, the Viterbi
search (``analyze_viterbi``: the morpheme sequence ``analyze`` reads) on each word's three best
classes. Then REPS rounds (default 2) time both searches of every word, old first in even rounds.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")


def _load(path: str, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    from HanTa import HanoverTagger

    old, new = _load(sys.argv[1], "hanta_speed_old"), _load(sys.argv[2], "hanta_speed_new")
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    reps = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    t_old, t_new = (HanoverTagger.HanoverTagger("morphmodel_ger.pgz") for _ in range(2))
    csv.field_size_limit(10**8)
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared"))
    words: dict[str, None] = {}
    with open(shared / "data/corpora/10kgnad/test.csv", encoding="utf-8") as f:
        for k, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if k >= rows:
                break
            for w in re.findall(r"\w+", row[1] if len(row) > 1 else ""):
                words.setdefault(w.lower(), None)
    todo = [w for w in words if w not in plain.cache] + ["a", "zu", "xy", "ß", "123", "abc", "abcd"]
    print(len(todo), "searched words")
    old._tables(t_old)  # the per-tagger tables, built before timing
    new._tables(t_new)
    f_old = [old._forward(t_old, w) for w in todo]
    f_new = [new._forward(t_new, w) for w in todo]
    differ = sum(a != b or [type(p) for _, p in a] != [type(p) for _, p in b] for a, b in zip(f_old, f_new))
    print("forward answers that differ:", differ)
    pairs = [(w, -c) for w, f in zip(todo, f_old) for c, _ in f[:3]]
    v_old = [old._viterbi(t_old, w, c) for w, c in pairs]
    v_new = [new._viterbi(t_new, w, c) for w, c in pairs]
    print(len(pairs), "Viterbi (word, class) pairs; answers that differ:", sum(a != b for a, b in zip(v_old, v_new)))
    for r in range(reps):
        order = (("old", old, t_old), ("new", new, t_new))
        for name, mod, tagger in order if r % 2 == 0 else order[::-1]:
            c0 = time.process_time()
            for w in todo:
                mod._forward(tagger, w)
            c1 = time.process_time()
            for w, c in pairs:
                mod._viterbi(tagger, w, c)
            c2 = time.process_time()
            print(f"round {r} {name}: forward {c1 - c0:.3f}  Viterbi {c2 - c1:.3f} CPU s")


if __name__ == "__main__":
    main()
