"""The German gold events no predicted event aligns with, grouped by the kind of trigger the lists miss (issue #5,
round 27, h5; events_type card "Round 27 ... h5").

For each gold event of the sets named that gets no aligned prediction (the scorer's alignment, as error_pool.py):

- ``listed: lost later``  a lexicon hit overlaps the gold trigger, dropped by a filter, the sentence model or a merge
- ``listed: vetoed``  a trigger pattern matches it but a veto or compound filter removed it
- ``phrase / idiom``  the gold trigger is several words ("auf die Barrikaden", "das Handtuch geworfen")
- ``separated particle verb``  a verb the parse gives a separable particle (compound:prt, PTKVZ): "griff ... durch";
  ``[pair listed]`` when the lexicon knows verb and particle together
- ``light-verb noun``  a noun trigger whose clause holds a light verb (missed_triggers.LIGHT_VERBS: "Anzeige erstattet")
- ``noun``  another capitalised trigger
- ``verb``  a single verb form, with the parse's lemma and relation
- ``other word``  adjectives, adverbs ("schuldig", "frei")

Read and spent sets only (error_pool.BLIND is refused).

    python training/events/missed_kinds.py heldout fresh4 fresh5 ... fresh23
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_pool import BLIND, DATA  # noqa: E402
from missed_triggers import LIGHT_VERBS, raw_pattern_hit  # noqa: E402

from newsgraph.eval.events import _align, read_jsonl, record_events  # noqa: E402
from newsgraph.extract.event_lexicon import lexicon  # noqa: E402
from newsgraph.extract.events import EventExtractor, triggers  # noqa: E402


def kind(g: dict, sent: str, doc, s0: int, lex) -> tuple[str, str]:
    trig = g["trigger"]
    ts = sent.find(trig)
    te = ts + len(trig)
    if ts < 0:
        return "no trigger in the sentence", ""
    if any(h.start < te and ts < h.end for h in triggers(sent, lex)):
        return "listed: lost later", ""
    if raw_pattern_hit(sent, ts, te, lex):
        return "listed: vetoed", ""
    toks = [t for t in doc if s0 + ts <= t.idx < s0 + te]
    t0 = toks[0] if toks else None
    words = trig.split()
    if len(words) > 1 and not (len(words) == 2 and words[1] == "sich"):
        return "phrase / idiom", ""
    svp = [c for c in t0.children if c.tag_ == "PTKVZ"] if t0 is not None else []
    if svp:
        pair = f"{t0.text} {svp[0].text}"
        return "separated particle verb", pair + (" [pair listed]" if triggers(pair, lex) else "")
    if trig[:1].isupper():
        a = max(sent.rfind(c, 0, ts) for c in ",;:") + 1
        ends = [i for i in (sent.find(c, te) for c in ",;:") if i >= 0]
        m = LIGHT_VERBS.search(sent[a:min(ends) if ends else len(sent)])
        return ("light-verb noun", m.group(0)) if m else ("noun", "")
    if t0 is not None and t0.pos_ in ("VERB", "AUX"):
        return "verb", f"{t0.lemma_} {t0.dep_}"
    return "other word", t0.pos_ if t0 is not None else "?"


def main(argv: list[str]) -> int:
    if BLIND & set(argv):
        print(f"blind sets are not read: {sorted(BLIND & set(argv))}", file=sys.stderr)
        return 2
    lex, ex = lexicon("de"), EventExtractor("de")
    out: dict[str, list[str]] = defaultdict(list)
    for name in argv:
        for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
            if not r["events"]:
                continue
            a, doc, evs, text, s0, s1, _ = record_events(r, ex)
            free = list(evs)
            for g in r["events"]:
                e = _align(g, text, s0, s1, free)
                if e is not None:
                    free.remove(e)
                    continue
                k, info = kind(g, r["sentence"], doc, s0, lex)
                out[k].append(f"{name}: {g['type']} [{g['trigger']}] {info} :: {' '.join(r['sentence'].split())[:140]}")
    print(f"{sum(len(v) for v in out.values())} gold events without an aligned prediction")
    for k, v in sorted(out.items(), key=lambda kv: -len(kv[1])):
        print(f"\n== {k}: {len(v)}")
        for x in v:
            print("  " + x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
