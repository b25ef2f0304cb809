"""Pool the German event errors of the read sets by class (issue #5, round 14).

For every gold event of each set: trigger missed (no predicted event aligned), wrong type, and on the events found
(any type) source / target missing (nothing predicted) or wrong (another actor); for every predicted event left
over: spurious, in a no-event sentence or beside gold events; dated gold events not found (date_unfound); and on the
events found, the date: missing (gold has one,
none predicted), wrong (another value) or extra (gold has none; the scorer's "dated, gold has no date"), each case
listed with the sentence's time expressions and their values. Uses the scorer's own alignment
(newsgraph.eval.events), so the counts add up to its figures. Read and spent sets only: never run it on a blind set
(the blind sets scored once at a round's end are spent and may be read, round 21).

    python training/events/error_pool.py fresh fresh2 fresh3 fresh7 fresh9 [--show CLASS[,CLASS]] [--off SWITCH[,SWITCH]] [--on SWITCH[,SWITCH]]

Prints a table of counts per set and class; ``--show`` lists the cases of the classes named
(missed, type, source_missing, source_wrong, target_missing, target_wrong, spurious, date_unfound, date_missing,
date_wrong, date_extra); ``--off`` patches
`[parse]` switches of event_actors.toml off (as training/events/round14_ab.py does), ``--on`` switches them on.
"""

import sys
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.eval.events import _align, _match_actor, read_jsonl, record_events
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
# unscored blind sets; heldout, fresh4-6, 8, 10, 13-15 and 17-27 were scored at their round's end and are spent
# (readable; fresh26 and fresh27 since round 28's end); a new blind set joins here until the lead's one scoring:
# fresh28 (round 29, e2, GermEval 2014 dev news sentences), fresh29 (round 29, w1, the same source from rest 301 on) and
# fresh30 (round 29, w4, its rest 711-912)
BLIND: set[str] = {"fresh28", "fresh29", "fresh30"}
CLASSES = ("missed", "type", "source_missing", "source_wrong", "target_missing", "target_wrong", "spurious",
           "date_unfound", "date_missing", "date_wrong", "date_extra")


def pool(name: str, ex: EventExtractor) -> tuple[Counter, dict]:
    counts, cases = Counter(), defaultdict(list)
    for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
        sent = r["sentence"]
        a, _, evs, text, s0, s1, _ = record_events(r, ex)
        # the sentence's time expressions as the normaliser gives them, for the date cases
        tx = "; ".join(f"{text[t.span.start:t.span.end]!r}={t.value}" for t in a.times if s0 <= t.span.start < s1)
        free = list(evs)
        for g in r["events"]:
            e = _align(g, text, s0, s1, free)
            if e is None:
                counts["missed"] += 1
                got = ", ".join(f"{x.type} {x.trigger.text!r}" for x in evs) or "nothing"
                cases["missed"].append(f"{g['type']} [{g['trigger']}] (sentence got {got}) {sent}")
                if g.get("date"):
                    # a dated event never found: the date column loses it with the trigger
                    counts["date_unfound"] += 1
                    cases["date_unfound"].append(f"{g['type']} [{g['trigger']}] gold {g['date']} (times: {tx or '-'}; "
                                                 f"sentence got {got}) :: {sent}")
                continue
            free.remove(e)
            if e.type != g["type"]:
                counts["type"] += 1
                cases["type"].append(f"{g['type']} -> {e.type} [{g['trigger']} / {e.trigger.text}] {sent}")
            for key, actor in (("source", e.source_actor), ("target", e.target_actor)):
                if not g.get(key) or _match_actor(actor, g[key]):
                    continue
                cls = f"{key}_missing" if actor is None else f"{key}_wrong"
                counts[cls] += 1
                got = "" if actor is None else f" got {actor.span.text if actor.span else actor.name!r}"
                cases[cls].append(f"{g['type']} [{e.trigger.text}] gold {g[key]!r}{got} :: {sent}")
            gd, pd = g.get("date") or None, e.date
            if gd != pd:
                cls = "date_extra" if gd is None else "date_missing" if pd is None else "date_wrong"
                counts[cls] += 1
                cases[cls].append(f"{g['type']} [{e.trigger.text}] gold {gd} got {pd} (pub {r.get('published')}; "
                                  f"times: {tx or '-'}) :: {sent}")
        for e in free:
            counts["spurious"] += 1
            where_ = "no-event sentence" if not r["events"] else "beside gold"
            cases["spurious"].append(f"{e.type} [{e.trigger.text}] ({where_}) src={e.source_actor.span.text if e.source_actor and e.source_actor.span else '-'} :: {sent}")
    return counts, cases


def show_cases(classes, show: set[str], cases: dict) -> None:
    for c in classes:
        if c in show:
            print(f"\n== {c} ({len(cases[c])})")
            for x in cases[c]:
                print("  " + x)


def main(argv: list[str]) -> int:
    show = set()
    if "--show" in argv:
        i = argv.index("--show")
        show = set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
    if "--off" in argv:
        i = argv.index("--off")
        off = set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
        from newsgraph.extract import event_parse_actors as m

        orig = m.settings()
        m.settings = lambda: {**orig, **{k: False for k in off}}
    if "--on" in argv:
        i = argv.index("--on")
        on = set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
        from newsgraph.extract import event_parse_actors as m

        orig_on = m.settings()
        m.settings = lambda: {**orig_on, **{k: True for k in on}}
    if BLIND & set(argv):
        print(f"blind sets are not pooled: {sorted(BLIND & set(argv))}", file=sys.stderr)
        return 2
    ex = EventExtractor("de")
    total, allcases = Counter(), defaultdict(list)
    print(f"{'set':<8}" + "".join(f"{c:>13}" for c in CLASSES))
    for name in argv:
        counts, cases = pool(name, ex)
        total += counts
        for c, v in cases.items():
            allcases[c] += [f"{name}: {x}" for x in v]
        print(f"{name:<8}" + "".join(f"{counts[c]:>13}" for c in CLASSES))
    print(f"{'all':<8}" + "".join(f"{total[c]:>13}" for c in CLASSES))
    show_cases(CLASSES, show, allcases)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
