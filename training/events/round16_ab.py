"""A/B of the round-16 German event actor switches (issue #5, h6), in one process.

``off`` switches every rule of this round off (the behaviour at the round's start); ``on`` is as configured; each
further mode switches off one rule only (``-bracket_names`` ...). Prints one summary line per set (type / source /
target / date with counts, typed-event precision, no-event sentences with an event): nothing per sentence, so it may
score a blind set without reading it.

    python training/events/round16_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh12, heldout, gnad

``gnad`` as a set runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path
in GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to OUT_DIR/gnad_<mode>.jsonl
(OUT_DIR default /tmp/h6/r16) for reading the changes.
"""

import json
import os
import sys
import time
from pathlib import Path

from newsgraph.eval.events import score_german
from newsgraph.extract import event_parse_actors as m
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
PARSE = ("bracket_names", "place_phrases", "conj_subject")
ORIG = m.settings
GNAD_CACHE = Path(os.environ.get("GNAD_CACHE", "/tmp/h6/gnad500.pkl"))
OUT_DIR = Path(os.environ.get("OUT_DIR", "/tmp/h6/r16"))


def _gnad(ex: EventExtractor, mode: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import gnad_events

    out, cpu = [], 0.0
    for i, a, doc in gnad_events.prepared(500, 150, GNAD_CACHE):
        t0 = time.process_time()
        evs = ex.run(a, doc)
        cpu += time.process_time() - t0
        text = a.article.text
        out += [{"row": i, "start": e.trigger.start, "type": e.type, "trigger": e.trigger.text,
                 "source": e.source_actor.span.text if e.source_actor and e.source_actor.span else "",
                 "target": e.target_actor.span.text if e.target_actor and e.target_actor.span else "",
                 "sentence": text[e.span.start:e.span.end]} for e in evs]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / f"gnad_{mode}.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in out), "utf-8")
    print(f"{mode:<16} gnad     {len(out)} events, EventExtractor.run {cpu:.2f} CPU s", flush=True)


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    for mode in modes:
        off = set(PARSE) if mode == "off" else ({mode[1:]} if mode.startswith("-") else set())
        m.settings = (lambda off=off: {**ORIG(), **{k: False for k in PARSE if k in off}})
        ex = EventExtractor("de")
        ex.settings = {k: v for k, v in ex.settings.items() if k not in off}
        for name in names:
            if name == "gnad":
                _gnad(ex, mode)
                continue
            recs = [json.loads(line) for line in (DATA / f"events_de_{name}.jsonl").read_text("utf-8").splitlines()]
            res = score_german(recs, ex)
            acc = res["acc"]
            cells = [f"{acc[k][0] / max(1, acc[k][1]):.3f} ({acc[k][0]}/{acc[k][1]})" for k in ("type", "source", "target", "date")]
            tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
            print(f"{mode:<16} {name:<8}", " / ".join(cells), "none {}/{}".format(*res["none"]),
                  f"typed P {tp / max(1, tp + fp):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
