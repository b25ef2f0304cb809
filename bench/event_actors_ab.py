"""extract.events with this tree's ``event_actors.ActorFinder`` against an older tree's, in one process (alternating),
with their events compared.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/event_actors_ab.py \
        --cache /tmp/extract_bench.spacy --old /tmp/old_tree [--passes 4]

The articles and parse cache are time_extract.py's (the first 200 of 10kGNAD test, then 100 of quotes-de dev).
extract.claims and extract.time run once per article (untimed); then each pass times extract.events over every
article, on a fresh copy of that analysis, with ``events.ActorFinder`` set to this tree's class or to the old
tree's (its module loaded from its file beside this tree's package), the two alternating per article (the order
swapped each pass). Both modules' word memos are emptied before each pass, so a pass is what a 300-article run
costs from a cold start. The events of both must be equal on every article, else it stops. Figures are CPU seconds
per pass (the whole events component, of which the actor finder is a part) and the sum over articles of each
article's fastest time (steadier on a loaded machine).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main(argv=None) -> int:
    from bench_pipeline import fresh_analyses
    from extract_replay_ab import _old_module, alternate_passes, replay_setup
    from time_extract import components

    from newsgraph.extract import event_actors, events

    args, arts, docs = replay_setup(argv)
    comps = dict(components())
    done = fresh_analyses(arts, docs)
    for an, d in zip(done, docs):
        comps["extract.claims"](an, d)
        comps["extract.time"](an, d)
    old = _old_module(args.old, "event_actors")
    run = comps["extract.events"]

    def one(mod, item):
        an, d = item
        events.ActorFinder = mod.ActorFinder
        try:
            a = an.model_copy(deep=True)
            t = time.process_time()
            run(a, d)
            return time.process_time() - t, [e.model_dump(mode="json") for e in a.events]
        finally:
            events.ActorFinder = event_actors.ActorFinder

    trees = {"old": old, "new": event_actors}
    ran = alternate_passes(trees, list(zip(done, docs)), one, args.passes, "extract.events: events")
    if ran is None:
        return 1
    times, fastest, _ = ran
    print(f"extract.events ({len(docs)} articles), events equal; CPU s per pass, old: "
          + " / ".join(f"{x:.3f}" for x in times["old"]) + "; new: " + " / ".join(f"{x:.3f}" for x in times["new"])
          + f"; summing each article's fastest: old {sum(fastest['old']):.3f}, new {sum(fastest['new']):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
