"""stories.cluster of two trees in one process, alternating, on one stored bench corpus: CPU s per run
and a digest of what it writes (stories, events), which must be equal.

    OMP_NUM_THREADS=1 NEWSGRAPH_SHARED=/work/shared PYTHONPATH=NEW python bench/stories_tail_ab.py DIR OLD [--pairs 4] [--parts]

DIR is a bench_merge_replay.py directory (its finished partitions); OLD a ``git archive`` of the other
tree. The partitions are merged once and link.corpus run once (stories.cluster reads its entity ids);
each run then clusters a fresh copy of that store. Both trees' stories modules are imported side by
side (the package is imported again from OLD under the same name, the first import kept by
reference), so one process, one warm-up and one machine state serve both; the order alternates.
``--parts``: instead, each tree's parts on the store read-only, ``gc.collect()`` before each: loading the
new analyses, the word index (search, then add, article by article, on the new tree's features) and
clustering with event merging; outputs compared as well.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _component(tree: str | None):
    """A fresh ``stories.cluster`` component from ``tree`` (None: the tree on PYTHONPATH)."""
    if tree:
        for name in [m for m in sys.modules if m == "newsgraph" or m.startswith("newsgraph.")]:
            del sys.modules[name]
        sys.path.insert(0, tree)
    try:
        from newsgraph.stories.cluster import StoryComponent
        return StoryComponent, sys.modules["newsgraph.stories.cluster"].__file__
    finally:
        if tree:
            sys.path.remove(tree)


def _digest(store) -> str:
    out = {}
    for tb in ("stories", "events"):
        cols = ",".join(f'"{r[0]}"' for r in store.con.execute(f"DESCRIBE {tb}").fetchall() if r[0] != "ingested_at")
        out[tb] = hashlib.sha1(repr(store.con.execute(f"SELECT {cols} FROM {tb} ORDER BY id").fetchall()).encode()).hexdigest()
    return hashlib.sha1(repr(sorted(out.items())).encode()).hexdigest()[:16]


def _parts(store, ids: list[str], old_tree: str, pairs: int) -> None:
    _component(None)
    mods = {"new": (sys.modules["newsgraph.stories.cluster"], sys.modules["newsgraph.stories.features"])}
    _component(old_tree)
    mods["old"] = (sys.modules["newsgraph.stories.cluster"], sys.modules["newsgraph.stories.features"])
    cl_new, f_new = mods["new"]
    cfg = cl_new.Clusterer().cfg
    feats = [f_new.features(a, cfg["background_idf"]) for a in sorted(cl_new._load(store, ids), key=cl_new._sort_key)]
    res = {lab: {"load": [], "index": [], "cluster+merge": []} for lab in mods}
    outs: dict[str, set] = {lab: set() for lab in mods}
    for k in range(pairs + 1):  # a warm-up round first, not counted
        for lab in (("old", "new") if k % 2 else ("new", "old")):
            cl, fm = mods[lab]
            gc.collect()
            c = time.process_time()
            an = cl._load(store, ids)
            t1 = time.process_time()
            gc.collect()
            t1b = time.process_time()
            ix, found = fm.WordIndex(), []
            for f in feats:
                found.append(ix.candidates(f, cfg))
                ix.add(f)
            t2 = time.process_time()
            gc.collect()
            t2b = time.process_time()
            c2 = cl.Clusterer()
            changed = c2.add(an)
            links = {sid: c2.merge_events(sid) for sid in sorted(changed)}
            t3 = time.process_time()
            if k:
                res[lab]["load"].append(t1 - c)
                res[lab]["index"].append(t2 - t1b)
                res[lab]["cluster+merge"].append(t3 - t2b)
            outs[lab].add(hashlib.sha1(repr((found, links, [c2.stories[s].story for s in sorted(changed)])).encode()).hexdigest()[:16])
    for lab in ("old", "new"):
        print(f"{lab}: " + "; ".join(f"{p} " + " / ".join(f"{x:.3f}" for x in v) for p, v in res[lab].items())
              + f"; output {', '.join(sorted(outs[lab]))}")
    print("output identical" if len(outs["old"] | outs["new"]) == 1 else "OUTPUT DIFFERS")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("old")
    ap.add_argument("--pairs", type=int, default=4)
    ap.add_argument("--parts", action="store_true")
    args = ap.parse_args()

    from newsgraph.config import load as load_config
    from newsgraph.pipeline import IngestReport
    from newsgraph.scale.engine import _CorpusWarmUp
    from newsgraph.scale.merge import Merger
    from newsgraph.scale.partitions import plan
    from newsgraph.store import DuckDBStore

    config = load_config()
    parts = plan([args.dir / "articles.jsonl"], 20, 64, 64)
    tmp = Path(tempfile.mkdtemp(prefix="stories-ab-"))
    try:
        base = tmp / "base.duckdb"
        store = DuckDBStore(base)
        rep = IngestReport()
        Merger(store, args.dir / "out", config, rep).merge_batch([p.id for p in parts])
        comps = dict(_CorpusWarmUp(config).pipeline().corpus_components)
        comps["link.corpus"](store, rep.new_ids)
        if args.parts:
            _parts(store, rep.new_ids, args.old, args.pairs)
            store.close()
            return
        store.close()
        new_cls, new_file = _component(None)
        old_cls, old_file = _component(args.old)
        print(f"new: {new_file}\nold: {old_file}")
        runs: dict[str, list] = {"old": [], "new": []}
        for k in range(args.pairs + 1):  # a warm-up run of each first, not counted
            for label, cls in ((("new", new_cls), ("old", old_cls)) if k % 2 else (("old", old_cls), ("new", new_cls))):
                path = tmp / f"{label}{k}.duckdb"
                shutil.copy(base, path)
                s = DuckDBStore(path)
                comp = cls()
                c = time.process_time()
                comp(s, rep.new_ids)
                cpu = time.process_time() - c
                d = _digest(s)
                s.close()
                path.unlink()
                if k:
                    runs[label].append((cpu, d))
        for label in ("old", "new"):
            print(f"{label}: stories.cluster CPU s " + " / ".join(f"{c:.3f}" for c, _ in runs[label])
                  + f"; digest {', '.join(sorted({d for _, d in runs[label]}))}")
        same = {d for r in runs.values() for _, d in r}
        print("output identical" if len(same) == 1 else f"OUTPUT DIFFERS: {same}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
