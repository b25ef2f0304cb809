"""A/B of the round-14 German events switches (issue #5, h4), in one process.

``off`` patches this round's switches off (the [parse] and [classifier] switches, [separable.de] final_reach and
the ban rule's organisation words, mode ``ban_orgs``) (reproduces the behaviour before the round, with the scorer's
round-14 parse of sentence-alone records); ``on`` is as configured. Each further mode switches off one
switch only (``-dateline`` ...). Prints one summary line per set (type / source / target / date with
counts, typed-event precision, no-event sentences with an event): nothing per sentence, so it may score a
blind set without reading it.

    python training/events/round14_ab.py MODE[,MODE...] SET [SET ...]   # SET: dev, fresh, ..., fresh9, heldout

``gnad`` as a set runs the extractor on 10kGNAD rows 500-649 (parses cached by training/events/gnad_events.py in
/tmp/h4/gnad500.pkl) and writes every event with its actors to /tmp/h4/gnad_<mode>.jsonl for reading the changes.
"""

import sys
from pathlib import Path

from newsgraph.extract import event_parse_actors as m
from newsgraph.extract.events import EventExtractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gnad_events  # noqa: E402  (the shared 10kGNAD dump and set line)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
PARSE = ("dateline", "adj_verbs", "collective_heads")
CLASSIFIER = ("background_preps",)
LEXICON = ("final_reach", "ban_orgs")
ORIG = m.settings
ORIG_FINAL = __import__("newsgraph.extract.event_lexicon", fromlist=["x"])._final_particles


def _patch(off: set[str]) -> None:
    def patched() -> dict:
        d = dict(ORIG())
        for k in PARSE:
            if k in off:
                d[k] = False
        return d

    m.settings = patched


ORIG_CONTEXT = __import__("newsgraph.extract.events", fromlist=["x"]).context_rules


def _without_ban_orgs(lang: str):
    """The [[context.de]] rules with the ban rule's round-14 organisation words taken out (mode ban_orgs)."""
    import re

    out = []
    for types, trig, ctx, new in ORIG_CONTEXT(lang):
        if "|vereinigung" in ctx.pattern:
            ctx = re.compile(ctx.pattern.split("|vereinigung")[0], ctx.flags)
        out.append((types, trig, ctx, new))
    return out


def _gnad(ex: EventExtractor, mode: str) -> None:
    n, cpu = gnad_events.extract_and_write(ex, Path(f"/tmp/h4/gnad_{mode}.jsonl"), Path("/tmp/h4/gnad500.pkl"))
    print(f"{mode:<10} gnad     {n} events, EventExtractor.run {cpu:.2f} CPU s", flush=True)


def main(argv: list[str]) -> int:
    modes, names = argv[0].split(","), argv[1:]
    for mode in modes:
        off = set(PARSE + CLASSIFIER + LEXICON) if mode == "off" else ({mode[1:]} if mode.startswith("-") else set())
        _patch(off)
        from newsgraph.extract import event_lexicon as lx

        lx._final_particles = (lambda p, s, far: (p, s)) if "final_reach" in off else ORIG_FINAL
        lx.lexicon.cache_clear()
        import newsgraph.extract.events as evmod

        evmod.context_rules = _without_ban_orgs if "ban_orgs" in off else ORIG_CONTEXT
        ex = EventExtractor("de")
        ex.settings = {k: v for k, v in ex.settings.items() if k not in off}
        for name in names:
            if name == "gnad":
                _gnad(ex, mode)
                continue
            print(f"{mode:<10} {name:<8}", gnad_events.set_figures(ex, DATA / f"events_de_{name}.jsonl"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
