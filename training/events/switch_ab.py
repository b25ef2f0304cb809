"""A/B of the eleventh events round's actor switches on German event sets, in one tree.

``off`` scores with the `[parse]` switches of that round (owner_genitive, adjd_subjects,
relative_before, relative_conjunct, report_attribute_case) patched off; ``on`` as configured (shipped).
Prints one summary line per set, type / source / target / date with counts and the no-event sentences
that got an event: nothing per sentence, so it can score a blind set without reading it.

    python training/events/switch_ab.py on|off SET [SET ...]    # SET: dev, fresh, …, fresh6, heldout

``apart_off`` scores as shipped but with the second wave's ``[classifier] same_type_apart`` (a
second verb trigger of one type as its own event) off; ``on`` has it as configured.
"""

import json
import sys
from pathlib import Path

from newsgraph.eval.events import score_german
from newsgraph.extract import event_parse_actors as m
from newsgraph.extract.events import EventExtractor

ROUND = ("owner_genitive", "adjd_subjects", "relative_before", "relative_conjunct", "report_attribute_case")
DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def main(argv: list[str]) -> int:
    mode, names = argv[0], argv[1:]
    if mode == "off":
        orig = m.settings

        def patched() -> dict:
            d = dict(orig())
            for k in ROUND:
                d[k] = False
            return d

        m.settings = patched
    ex = EventExtractor("de")
    if mode == "apart_off":
        ex.settings = {**ex.settings, "same_type_apart": []}
    for name in names:
        recs = [json.loads(line) for line in (DATA / f"events_de_{name}.jsonl").read_text("utf-8").splitlines()]
        res = score_german(recs, ex)
        acc = res["acc"]
        cells = [f"{acc[k][0] / max(1, acc[k][1]):.3f} ({acc[k][0]}/{acc[k][1]})" for k in ("type", "source", "target", "date")]
        tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
        print(mode, name, " / ".join(cells), "no-event sentences with an event {}/{}".format(*res["none"]),
              f"typed P {tp / max(1, tp + fp):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
