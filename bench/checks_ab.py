"""checks.article (or link.mentions) with some of this tree's modules against an older tree's, in one process,
alternating per article, with their output compared.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/checks_ab.py \
        --cache /tmp/extract_bench.spacy --old /tmp/old_tree --modules checks.glued checks.tagging [--passes 4] \
        [--component link.mentions]

The articles and the parse cache are time_extract.py's (the first 200 of 10kGNAD test, then 100 of quotes-de dev).
Each named module (``checks.glued``: newsgraph/checks/glued.py) is also loaded from the old tree's file beside this
tree's package (its relative imports resolve to this tree's modules); for the old side, every name in a loaded
newsgraph module that is bound to one of the new module's functions or classes is rebound to the old module's, and
restored after. Each pass runs the component over every article on a fresh analysis (sentences set, untimed), old and
new in turn per article, the order swapped each pass; the flags (or mentions and entities) of the two must be equal on
every article, else it stops. Figures: CPU seconds per pass, and the sum of each article's fastest time. The name
matcher's pair memo (``NameMatcher._memo``) is emptied before each pass, as a fresh run starts. The SHA-1 printed is
that of every article's output (the flags, or the mentions and entities; JSON, keys sorted), equal on both sides.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _old(tree: str, dotted: str):
    pkg, name = dotted.split(".")
    spec = importlib.util.spec_from_file_location(f"newsgraph.{pkg}.{name}_old", Path(tree) / "newsgraph" / pkg / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _bindings(new, old) -> list[tuple[object, str, object, object]]:
    """(module, name, new object, old object) for every newsgraph module's name bound to one of ``new``'s
    functions or classes that ``old`` defines too."""
    out = []
    objs = {id(v): (k, v) for k, v in vars(new).items()
            if callable(v) and getattr(v, "__module__", None) == new.__name__ and hasattr(old, k)}
    for m in list(sys.modules.values()):
        if not getattr(m, "__name__", "").startswith("newsgraph") or m.__name__.endswith("_old"):
            continue
        for k, v in list(vars(m).items()):
            hit = objs.get(id(v))
            if hit is not None:
                out.append((m, k, v, getattr(old, hit[0])))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gnad", type=int, default=200)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--cache", default=None)
    ap.add_argument("--old", required=True)
    ap.add_argument("--modules", nargs="+", required=True)
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--component", default="checks.article")
    args = ap.parse_args(argv)

    from bench_pipeline import cached_parses, corpus_articles, fresh_analyses

    from newsgraph import nlp as nlp_stage
    from newsgraph.pipeline import Pipeline

    arts = corpus_articles(args.gnad, args.quotes, "time_extract")
    docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), args.cache)
    pipeline = Pipeline()
    pipeline.analyse_text((REPO / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8"), language="de")
    comp = dict(pipeline.components)[args.component]
    pairs = []
    for dotted in args.modules:
        new = importlib.import_module(f"newsgraph.{dotted}")
        pairs += _bindings(new, _old(args.old, dotted))

    def output(an):
        if args.component.startswith("checks"):
            return [f.model_dump(mode="json") for f in an.flags]
        return [m.model_dump(mode="json") for m in an.mentions], [e.model_dump(mode="json") for e in an.entities]

    def one(label, an, d):
        if label == "old":
            for m, k, _, o in pairs:
                setattr(m, k, o)
        try:
            a = an.model_copy(deep=True)
            t = time.process_time()
            comp(a, d)
            return time.process_time() - t, output(a)
        finally:
            if label == "old":
                for m, k, n, _ in pairs:
                    setattr(m, k, n)

    base = fresh_analyses(arts, docs)
    for an, d in zip(base, docs):  # warm both sides' memos and model files
        for label in ("old", "new"):
            one(label, an, d)
    times = {"old": [], "new": []}
    outputs: list = [None] * len(docs)
    fastest = {"old": [float("inf")] * len(docs), "new": [float("inf")] * len(docs)}
    for rep in range(args.passes):
        # a pass starts from the memos a fresh run starts from (the name matcher's pairs; round 28)
        from newsgraph.link import names

        names.matcher().__dict__.get("_memo", {}).clear()
        spent = {"old": 0.0, "new": 0.0}
        order = ("old", "new") if rep % 2 == 0 else ("new", "old")
        for k, (an, d) in enumerate(zip(base, docs)):
            got = {}
            for label in order:
                t, got[label] = one(label, an, d)
                spent[label] += t
                fastest[label][k] = min(fastest[label][k], t)
            outputs[k] = got["new"]
            if got["old"] != got["new"]:
                print(f"{args.component}: output differs on article {k} ({arts[k].id})")
                return 1
        for label in spent:
            times[label].append(spent[label])
    print(f"{args.component} ({len(docs)} articles, {len(pairs)} names swapped), output equal; load {os.getloadavg()[0]:.1f}; "
          "CPU s per pass, old: " + " / ".join(f"{x:.3f}" for x in times["old"]) + "; new: "
          + " / ".join(f"{x:.3f}" for x in times["new"])
          + f"; summing each article's fastest: old {sum(fastest['old']):.3f}, new {sum(fastest['new']):.3f}"
          + f"; output SHA-1 {hashlib.sha1(json.dumps(outputs, sort_keys=True).encode()).hexdigest()[:12]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
