"""A/B of the round-15 German events switches (issue #5, h6), in one process.

``off`` switches every rule of this round off (the behaviour at the round's start); ``on`` is as configured; each
further mode switches off one rule only (``-adjective_suffixes``, ``-setting_preps``, ``-harm_words``,
``-aid_veto``, ``-request_content``, ``-dateline_appos``, ``-meeting_forms``, ``-numeral_heads``, ``-traf``: the
'trafen?' pattern fix and its vetoes). Prints one summary line per set (type / source / target / date with counts, typed-event
precision, no-event sentences with an event): nothing per sentence, so it may score a blind set without reading it.

    python training/events/round15_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh11, heldout

``gnad`` as a set runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py, path
in GNAD_CACHE, default /tmp/h6/gnad500.pkl) and writes every event with its actors to /tmp/h6/gnad_<mode>.jsonl for
reading the changes.
"""

import dataclasses
import os
import re
import sys
import tomllib
from pathlib import Path

from newsgraph.extract import event_parse_actors as m
from newsgraph.extract.events import EventExtractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gnad_events  # noqa: E402  (the shared 10kGNAD dump and set line)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
CLASSIFIER = ("adjective_suffixes", "setting_preps", "harm_words", "request_content", "meeting_forms")
PARSE = ("dateline_appos", "numeral_heads")
LEXICON = ("aid_veto", "traf")
ORIG = m.settings
GNAD_CACHE = Path(os.environ.get("GNAD_CACHE", "/tmp/h6/gnad500.pkl"))


def _gnad(ex: EventExtractor, mode: str) -> None:
    n, cpu = gnad_events.extract_and_write(ex, Path(f"/tmp/h6/gnad_{mode}.jsonl"), GNAD_CACHE)
    print(f"{mode:<10} gnad     {n} events, EventExtractor.run {cpu:.2f} CPU s", flush=True)


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    for mode in modes:
        off = set(CLASSIFIER + LEXICON + PARSE) if mode == "off" else ({mode[1:]} if mode.startswith("-") else set())
        m.settings = (lambda off=off: {**ORIG(), **{k: False for k in PARSE if k in off}})
        ex = EventExtractor("de")
        ex.settings = {k: v for k, v in ex.settings.items() if k not in off}
        if "aid_veto" in off:
            ex.lex = dataclasses.replace(ex.lex, vetoes={k: v for k, v in ex.lex.vetoes.items() if k != "AID"})
        if "traf" in off:
            # the CONSULT pattern as before the round ('trafen?', which never matched "traf"), its three vetoes out
            pats = {t: rx.pattern.replace("(?:traf(?:en)?)", "(?:trafen?)").replace("|(?:trifft)", "") for t, rx in ex.lex.triggers.items()}
            low = {t: rx.pattern.replace("(?:traf(?:en)?)", "(?:trafen?)").replace("|(?:trifft)", "") for t, rx in ex.lex.triggers_low.items()}
            cfg = tomllib.loads((Path(__file__).resolve().parents[2] / "newsgraph/config/events.toml").read_text("utf-8"))
            veto = re.compile("|".join(f"(?:{p})" for p in cfg["vetoes"]["CONSULT"]["de"] if "traf|trafen|trifft" not in p))
            ex.lex = dataclasses.replace(ex.lex, triggers={t: re.compile(p, re.IGNORECASE) for t, p in pats.items()},
                                         triggers_low={t: re.compile(p) for t, p in low.items()},
                                         vetoes={**ex.lex.vetoes, "CONSULT": veto})
        for name in names:
            if name == "gnad":
                _gnad(ex, mode)
                continue
            print(f"{mode:<10} {name:<8}", gnad_events.set_figures(ex, DATA / f"events_de_{name}.jsonl"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
