"""extract.claims of two or more whole trees in one process, alternating, on time_extract.py's cached parses of
the bench articles, with their claims and sources compared (or, with ``--differ-ok``, only reported).

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/claims_trees_ab.py \
        --cache C --trees OLD_TREE NEW_TREE [THIRD ...] [--passes 4] [--differ-ok]

Each tree's ``newsgraph`` package is imported in turn (the previous one's modules taken out of
``sys.modules`` first, so each tree's claims component keeps its own modules, memos and config), and
its claims component and ``Analysis`` / ``sentences`` kept; the nlp package is imported once, from the last
tree named (spaCy registers a factory name once), and shared, as is its ``newsgraph.model``. The parses are read once. Per pass, every
article runs in every tree one after the other on a fresh Analysis of that tree, the trees' order
rotated each pass, so none gains from running first or last. Prints CPU s (process_time) per pass and
tree and the sum over articles of each article's fastest (steadier on a loaded machine); the trees'
claims and sources (JSON, keys sorted) are compared per article. Twenty-eighth round (p1), bench/README.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

BENCH = Path(__file__).resolve().parent
_LOADED: set = set()  # the trees put on sys.path so far (each taken off when the next is loaded)


def _load_tree(tree: Path) -> dict:
    """One tree's claims component, Analysis class and sentence setter, its modules left loaded beside the others'."""
    # the nlp stage and the data model are loaded once, from the first tree loaded (spaCy's factory registry takes
    # each name once, and the nlp stage's Sentences must be the model's); the claims stage reads only the nlp
    # stage's token table and HanTa helpers
    for name in [m for m in sys.modules if m == "newsgraph" or (m.startswith("newsgraph.") and m != "newsgraph.model"
                                                                 and not m.startswith("newsgraph.nlp"))]:
        del sys.modules[name]
    sys.path[:] = [str(tree)] + [p for p in sys.path if p not in _LOADED]
    _LOADED.add(str(tree))
    import importlib

    cfg_mod = importlib.import_module("newsgraph.config")
    pipe_mod = importlib.import_module("newsgraph.pipeline")
    nlp_stage = importlib.import_module("newsgraph.nlp")
    model = importlib.import_module("newsgraph.model")
    assert Path(cfg_mod.__file__).is_relative_to(tree), cfg_mod.__file__
    cfg = cfg_mod.load()
    cfg["pipeline"] = dict(cfg.get("pipeline", {}), components=["extract.claims"], corpus_components=[])
    comps = dict(pipe_mod.Pipeline(cfg).components)
    # the functions import some modules when first called: import them all now, and put this tree's set back in
    # sys.modules before each of its runs (untimed), so a call-time import finds this tree's module
    for f in sorted((tree / "newsgraph" / "extract").glob("*.py")):
        if f.stem != "__init__":
            importlib.import_module(f"newsgraph.extract.{f.stem}")
    mods = {k: v for k, v in sys.modules.items() if k == "newsgraph" or k.startswith("newsgraph.")}
    return {"claims": comps["extract.claims"], "Analysis": model.Analysis, "sentences": nlp_stage.sentences,
            "nlp": nlp_stage, "modules": mods}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("--trees", nargs="+", required=True, type=lambda p: Path(p).resolve())
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--differ-ok", action="store_true", help="report differing articles instead of stopping")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(BENCH))
    trees = {}
    for t in reversed(args.trees):  # the last (newest) tree first: its nlp stage is the one shared
        trees[t.name] = _load_tree(t)
    trees = {t.name: trees[t.name] for t in args.trees}
    first = trees[args.trees[-1].name]
    # the bench's corpus and parses (bench_pipeline reads articles through whichever newsgraph is loaded: the last)
    from bench_pipeline import cached_parses, corpus_articles

    arts = corpus_articles(args.gnad, args.quotes, "time_extract")
    docs = cached_parses([a.text for a in arts], first["nlp"].load("de"), args.cache)

    def fresh(tr, k):
        an = tr["Analysis"](article=arts[k].model_copy(deep=True))
        tr["sentences"](an, docs[k])
        return an

    def dump(an) -> str:
        return json.dumps([[r.model_dump(mode="json") for r in an.claims], [r.model_dump(mode="json") for r in an.sources]],
                          sort_keys=True, ensure_ascii=False)

    names = list(trees)
    for n in names:  # warm each (models, memos)
        sys.modules.update(trees[n]["modules"])
        trees[n]["claims"](fresh(trees[n], 0), docs[0])
    fastest = {n: [float("inf")] * len(docs) for n in names}
    differ: set = set()
    for p in range(args.passes):
        order = names[p % len(names):] + names[:p % len(names)]
        spent = dict.fromkeys(names, 0.0)
        for k, d in enumerate(docs):
            out = {}
            for n in order:
                sys.modules.update(trees[n]["modules"])
                an = fresh(trees[n], k)
                t = time.process_time()
                trees[n]["claims"](an, d)
                t = time.process_time() - t
                spent[n] += t
                fastest[n][k] = min(fastest[n][k], t)
                out[n] = dump(an)
            if len(set(out.values())) > 1:
                if not args.differ_ok:
                    print(f"DIFFERENT claims/sources on article {k} ({arts[k].id})")
                    return 1
                differ.add(k)
        print(f"pass {p} (order {' > '.join(order)}): " + "  ".join(f"{n} {spent[n]:.3f}" for n in names) + " CPU s",
              flush=True)
    print("summing each article's fastest: " + "  ".join(f"{n} {sum(fastest[n]):.3f}" for n in names) + " CPU s; "
          + (f"claims and sources identical on all {len(docs)} articles" if not differ
             else f"claims or sources differ on {len(differ)} of {len(docs)} articles"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
