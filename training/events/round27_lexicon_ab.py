"""Round 27 (h5, issue #5): the trigger-tail variants that patch the lexicon or the learned scorer, which
round27_ab.py's settings switches cannot reach; all measured and left off (events_type card, "Round 27 ... h5").

Modes (comma-separated; ``+`` joins several): ``off`` (as configured), ``on+particle_heads`` ([classifier]
particle_heads), ``on+parse_particles`` ([separable] parse_particles: the particle joins the nearest listed word),
``on+form_heads`` (compound heads also from the hand nouns with a short optional ending, "Klagen?", and the noun forms
of de_forms.tsv, "Durchsuchung": "Sammelklage", "Hausdurchsuchung"), ``on+learned_add`` ([learned] add with the shipped
triggers.json). Summary lines only (ab_score.score_modes).

    python training/events/round27_lexicon_ab.py off,on+form_heads heldout fresh4 ... fresh23
"""

from __future__ import annotations

import dataclasses
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ab_score import reset_parse, score_modes  # noqa: E402

from newsgraph.extract.event_lexicon import CONFIG_DIR, DATA_DIR, _with_more_triggers  # noqa: E402
from newsgraph.extract.event_learned import load_scorer  # noqa: E402
from newsgraph.extract.events import EventExtractor  # noqa: E402

# a capitalised hand pattern with at most a short optional ending ("Klagen?", "Anschl(?:es|e)?" is not one)
_NOUN_ENDING = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)(?:n\?|e\?|en\?|s\?|\(\?:es\|e\)\?|\(\?:e\|en\)\?)?")


def form_heads(lex) -> dict[str, str]:
    ev = _with_more_triggers(tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8")))
    heads = dict(lex.heads)
    for t, v in ev["triggers"].items():
        for p in v.get("de", []):
            m = _NOUN_ENDING.fullmatch(p)
            if m:
                heads.setdefault(m.group(1).lower(), t)
    for line in (DATA_DIR / "event_triggers/de_forms.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        t, w, pos = line.split("\t")[:3]
        if pos.startswith("n"):
            heads.setdefault(w.lower(), t)
    cfg = ev["dictionary"]["de"]
    skip = {w.lower() for w in cfg.get("not_heads", [])}
    return {h: t for h, t in heads.items() if len(h) >= cfg.get("head_min_len", 5) and h not in skip}


def extractor(mode: str) -> EventExtractor:
    reset_parse()
    ex = EventExtractor("de")
    if mode == "off":
        return ex
    if not mode.startswith("on+"):
        raise SystemExit(f"unknown mode {mode!r}")
    for part in mode.split("+")[1:]:
        if part == "particle_heads":
            ex.settings = {**ex.settings, "particle_heads": ["de"]}
        elif part == "parse_particles":
            ex.lex = dataclasses.replace(ex.lex, parse_particles=True)
        elif part == "form_heads":
            heads = form_heads(ex.lex)
            ex.lex = dataclasses.replace(ex.lex, heads=heads, head_tails=frozenset(h[-3:] for h in heads))
        elif part == "learned_add":
            ex.learned_cfg = {**ex.learned_cfg, "enabled": True, "add": True, "veto": None}
            ex.learned = load_scorer(ex.learned_cfg["model"], "de")
        else:
            raise SystemExit(f"unknown variant {part!r}")
    return ex


def main(argv: list[str]) -> int:
    score_modes(argv[0].split(","), argv[1:], extractor, 26)
    reset_parse()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
