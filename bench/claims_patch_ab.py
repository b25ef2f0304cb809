"""In one process, alternating: extract.claims of this tree against this tree with one or more of its
functions put back to another tree's versions (their modules loaded beside these as siblings), on
time_extract.py's cached parses of the bench articles. Per document, old and new run one after the other
(the order swapped every pass), each on a fresh Analysis, and their claims and sources are compared (JSON): the script stops at the first difference. Prints CPU s (process_time) per pass and variant, and the
sum over documents of each document's fastest (steadier on a loaded machine). Twenty-fourth round, bench/README.
A patched function is also put in place of this tree's where another module imported it by name. ``--timed``
(twenty-eighth round) wraps the patched functions of both variants in one CPU timer (outermost calls only) and prints
their own CPU s per pass too: the part of the stage the patch changes, far less noisy than the whole stage.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/claims_patch_ab.py --cache C --passes 4 \
        --old OLD_TREE --patch quotes_speakers:_one_span_speakers [quotes_acts:complement ...] [--timed]
        [--component extract.events --patch event_senses:stage_or_setting event_senses:sense_filter]

``--component extract.events`` (twenty-ninth round) times the events stage instead, each fresh analysis given its
claims and times first (untimed); claims, sources and events are compared.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    from extract_replay_ab import _old_module, bench_input, bench_parser

    ap = bench_parser(old_help="the other tree (e.g. a git archive of the base commit)")
    ap.add_argument("--patch", nargs="+", required=True,
                    help="MODULE:FUNCTION or MODULE:Class.method of newsgraph.extract, e.g. "
                         "quotes_speakers:_one_span_speakers, quotes_speakers:DocView.crf_prepare")
    ap.add_argument("--timed", action="store_true", help="also the patched functions' own CPU s per pass")
    ap.add_argument("--component", default="extract.claims", choices=("extract.claims", "extract.events"),
                    help="the stage timed (extract.events: after extract.claims and extract.time, untimed)")
    args = ap.parse_args(argv)

    from bench_pipeline import fresh_analyses
    from time_extract import components

    arts, docs = bench_input(args, "claims_patch_ab")
    comps = dict(components())
    claims = comps[args.component]
    # the stages before the one timed, run once per fresh analysis, untimed (extract.events reads claims and times)
    before = [comps["extract.claims"], comps["extract.time"]] if args.component == "extract.events" else []

    ready: dict = {}

    def fresh(a, d):
        if not before:
            return fresh_analyses(a, d)
        key = len(a)
        if key not in ready:
            ready[key] = fresh_analyses(a, d)
            for an, doc in zip(ready[key], d):
                for comp in before:
                    comp(an, doc)
        return [an.model_copy(deep=True) for an in ready[key]]
    targets = []
    olds: dict = {}
    for p in args.patch:
        # MODULE:NAME or MODULE:Class.method (the old tree's method put on this tree's class)
        name, attr = p.split(":")
        if name not in olds:
            olds[name] = _old_module(args.old, name)
        *path, attr = attr.split(".")
        owner = functools.reduce(getattr, path, importlib.import_module(f"newsgraph.extract.{name}"))
        targets.append((owner, attr, functools.reduce(getattr, [*path, attr], olds[name])))
    new_fns = [getattr(mod, attr) for mod, attr, _ in targets]
    # where another module of this tree imported a patched function by name, it is patched there too
    for (owner, attr, o), n in list(zip(targets, new_fns)):
        for m in list(sys.modules.values()):
            if m is not owner and getattr(m, "__name__", "").startswith("newsgraph.") and getattr(m, attr, None) is n:
                targets.append((m, attr, o))
                new_fns.append(n)
    timed = {"old": 0.0, "new": 0.0}
    if args.timed:
        depth = [0]

        def clocked(fn, label):
            # the outermost call's CPU time only (a patched function may call itself or another patched one)
            @functools.wraps(fn)
            def run(*a, **k):
                if depth[0]:
                    return fn(*a, **k)
                depth[0] = 1
                t = time.process_time()
                try:
                    return fn(*a, **k)
                finally:
                    timed[label] += time.process_time() - t
                    depth[0] = 0
            return run

        wrapped = {}
        targets = [(m, attr, wrapped.setdefault(id(o), clocked(o, "old"))) for m, attr, o in targets]
        new_fns = [wrapped.setdefault(id(n), clocked(n, "new")) for n in new_fns]

    def use(old: bool) -> None:
        for (mod, attr, o), n in zip(targets, new_fns):
            setattr(mod, attr, o if old else n)

    def dump(an) -> str:
        return json.dumps([[r.model_dump(mode="json") for r in x] for x in (an.claims, an.sources, an.events)],
                          sort_keys=True, ensure_ascii=False)

    # warm both (memos, models)
    for old in (True, False):
        use(old)
        an = fresh(arts[:1], docs[:1])[0]
        claims(an, docs[0])
    fastest = {v: [float("inf")] * len(docs) for v in ("old", "new")}
    for p in range(args.passes):
        spent = {"old": 0.0, "new": 0.0}
        timed.update(old=0.0, new=0.0)
        order = ("old", "new") if p % 2 == 0 else ("new", "old")
        a_old, a_new = fresh(arts, docs), fresh(arts, docs)
        for k, d in enumerate(docs):
            for v in order:
                use(v == "old")
                an = (a_old if v == "old" else a_new)[k]
                t = time.process_time()
                claims(an, d)
                t = time.process_time() - t
                spent[v] += t
                fastest[v][k] = min(fastest[v][k], t)
            if dump(a_old[k]) != dump(a_new[k]):
                print(f"DIFFERENT output on article {k} ({arts[k].id})")
                return 1
        print(f"pass {p} ({order[0]} first): old {spent['old']:.3f}  new {spent['new']:.3f} CPU s"
              + (f"; the patched functions: old {timed['old']:.3f}  new {timed['new']:.3f}" if args.timed else ""),
              flush=True)
    use(False)
    print(f"summing each article's fastest: old {sum(fastest['old']):.3f}  new {sum(fastest['new']):.3f} CPU s; "
          f"claims, sources and events identical on all {len(docs)} articles ({', '.join(args.patch)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
