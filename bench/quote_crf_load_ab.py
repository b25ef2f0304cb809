"""CPU seconds until the quote CRFs have decoded their first sentence (or the KB has its name
indices: ``--what kb``), in a fresh process.

    OMP_NUM_THREADS=1 python bench/quote_crf_load_ab.py [--what kb]           # one run: one JSON line
    python bench/quote_crf_load_ab.py --ab A=/tree/a B=/tree/b --runs 3 [--what kb]   # A B A B ..., PYTHONPATH set to each

What a Ray worker's first partition pays for them: ``quotes._taggers`` (both ``.crfsuite`` files
read and joined) and the first ``tag_rows`` call, after the worker's own imports (numpy, spaCy
and newsgraph's worker module, not timed). Also whether ``scipy.sparse`` got imported.
bench/README.md, twenty-fourth round (h8).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def kb_ready() -> dict:
    import importlib

    import newsgraph.scale.worker  # noqa: F401  (what a worker has imported before its first lookup)

    kb_mod = importlib.import_module("newsgraph.link.kb")
    c = time.process_time()
    base = kb_mod.kb()
    base._build()
    return {"taggers": round(time.process_time() - c, 4), "taggers + first decode": round(time.process_time() - c, 4),
            "scipy.sparse imported": "scipy.sparse" in sys.modules, "labels": base.exact("Olaf Scholz"),
            "load": os.getloadavg()[0]}


def one() -> dict:
    import newsgraph.scale.worker  # noqa: F401  (what a worker has imported before its first quotes)
    from newsgraph.extract import quotes

    name = quotes.config()["model"]["de"]
    c = time.process_time()
    taggers = quotes._taggers(name)
    loaded = time.process_time() - c
    labels = taggers.tag_rows([taggers.index.rows([["bias"], ["bias"]])])
    return {"taggers": round(loaded, 4), "taggers + first decode": round(time.process_time() - c, 4),
            "scipy.sparse imported": "scipy.sparse" in sys.modules, "labels": labels, "load": os.getloadavg()[0]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ab", nargs="*", default=None, help="NAME=TREE ...")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--what", choices=["quotes", "kb"], default="quotes", help="kb: the KB with its name indices")
    args = ap.parse_args()
    if args.ab is None:
        print(json.dumps(kb_ready() if args.what == "kb" else one()))
        return
    trees = [kv.split("=", 1) for kv in args.ab]
    got: dict[str, list] = {n: [] for n, _ in trees}
    for _ in range(args.runs):
        for name, tree in trees:
            env = {**os.environ, "PYTHONPATH": tree}
            out = subprocess.run([sys.executable, os.path.abspath(__file__), "--what", args.what], env=env, cwd=tree, check=True,
                                 capture_output=True, text=True).stdout
            got[name].append(json.loads(out.strip().splitlines()[-1]))
    for name, rs in got.items():
        what = "taggers + first decode" if args.what == "quotes" else "KB with its name indices"
        print(f"{name}: {what} " + ", ".join(str(r["taggers + first decode"]) for r in rs)
              + f" CPU s (loading alone {', '.join(str(r['taggers']) for r in rs)}); scipy.sparse imported "
              + f"{sorted({r['scipy.sparse imported'] for r in rs})}; load " + ", ".join(f"{r['load']:.1f}" for r in rs))
    first = {json.dumps(r["labels"]) for rs in got.values() for r in rs}
    print(("labels" if args.what == "quotes" else "exact('Olaf Scholz')") + (" identical" if len(first) == 1 else " DIFFER"))


if __name__ == "__main__":
    main()
