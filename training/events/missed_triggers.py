"""Where German gold events that get no predicted event at all are lost (issue #5).

For each gold event of the given sets (train side only: dev, fresh2, fresh3, events_de_train;
never the held-out file) that no predicted event aligns with (the scorer's alignment:
overlapping trigger, else same type), the class of the miss:

- ``filtered:classifier``  a lexicon hit on the trigger, dropped by the type classifier (NONE
  won, or a secondary hit under ``secondary_min`` that is not a German verb)
- ``filtered:veto`` / ``filtered:non_event_head`` / ``filtered:overlap``  a trigger pattern
  matches the word but a veto, a non-event compound head, or a longer overlapping hit of
  another type removed it
- ``multiword``  the gold trigger is several words
- ``light_verb``  a noun trigger carried by a light verb in its clause ("Anklage erhoben")
- ``noun``  another noun trigger not in the lexicon
- ``verb``  a verb or participle not in the lexicon

Gold events found with another type are counted apart (``wrong_type``).

    NEWSGRAPH_SHARED=/work/shared python training/events/missed_triggers.py tests/data/events_de_dev.jsonl ... [--list]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from newsgraph.eval.events import _align, _find, prepared_article, quotes_de_article
from newsgraph.extract.event_lexicon import lexicon
from newsgraph.extract.events import EventExtractor, triggers

LIGHT_VERBS = re.compile(
    r"\b(?:verüb\w*|durchgeführt|durchführ\w*|führt\w* .{0,40}?durch|erhob\w*|erhoben|erheb\w*|leist\w*|geleistet|"
    r"stellt\w*|gestellt|getroffen|trifft|traf\w*|üb\w*|geübt|ausgeübt|nahm\w*|genommen|nehm\w*|kam\w* es zu|"
    r"kommt es zu|gab\w*|gegeben|gibt|erteil\w*|hielt\w*|gehalten|halten|setzt\w*|gesetzt|verhängt\w*|ausgesprochen|"
    r"sprach\w*|aufgenommen|eingeleitet|leitet\w*|startet\w*|gestartet|begann|begonnen|fand\w* .{0,60}?statt|"
    r"stattgefunden|erfolgt\w*)\b", re.IGNORECASE)


def raw_pattern_hit(sent: str, ts: int, te: int, lex) -> str | None:
    """The type of a trigger pattern (vetoes and compound filters not applied) covering the word."""
    for etype, rx in lex.triggers.items():
        for m in rx.finditer(sent):
            if m.start() < te and ts < m.end():
                return etype
    return None


def classify(g: dict, sent: str, lex, extractor) -> tuple[str, str]:
    trig = g.get("trigger") or ""
    ts = sent.find(trig) if trig else -1
    if ts < 0:
        return "no_trigger", ""
    te = ts + len(trig)
    hits = triggers(sent, lex)
    on = [h for h in hits if h.start < te and ts < h.end]
    if on:
        return "filtered:classifier", on[0].type
    raw = raw_pattern_hit(sent, ts, te, lex)
    if raw is not None:
        word = sent[ts:te]
        if word[:1].isupper() and word.lower().endswith(lex.non_event_heads):
            return "filtered:non_event_head", raw
        if any(h.start < te + 40 and ts - 40 < h.end for h in hits):
            return "filtered:overlap_or_veto", raw
        return "filtered:veto", raw
    if " " in trig.strip():
        return "multiword", ""
    if trig[:1].isupper():
        a = max(sent.rfind(c, 0, ts) for c in ",;:") + 1
        ends = [i for i in (sent.find(c, te) for c in ",;:") if i >= 0]
        clause = sent[a:min(ends) if ends else len(sent)]
        m = LIGHT_VERBS.search(clause)
        if m:
            return "light_verb", m.group(0)
        return "noun", ""
    return "verb", ""


def main(argv: list[str]) -> int:
    show = "--list" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    lex = lexicon("de")
    extractor = EventExtractor("de")
    classes, wrong = Counter(), Counter()
    rows = []
    n_gold = 0
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            r = json.loads(line)
            if not r["events"]:
                continue
            text = quotes_de_article(r["file"])
            where = _find(text, r["sentence"]) if text else None
            if where is None:
                continue
            pub = date.fromisoformat(r["published"]) if r.get("published") else None
            a, doc = prepared_article(r["file"], text, "de", pub)
            s0, s1 = where
            evs = [e for e in extractor.run(a, doc) if e.trigger and s0 <= e.trigger.start < s1]
            free = list(evs)
            for g in r["events"]:
                n_gold += 1
                e = _align(g, text, s0, s1, free)
                if e is not None:
                    free.remove(e)
                    if e.type != g["type"]:
                        wrong[f"{g['type']}->{e.type}"] += 1
                    continue
                cls, info = classify(g, r["sentence"], lex, extractor)
                classes[cls] += 1
                rows.append((cls, info, g["type"], g["trigger"], path.stem, r["sentence"]))
    print(f"{n_gold} gold events, {sum(classes.values())} without any aligned prediction, "
          f"{sum(wrong.values())} found with another type")
    for c, n in classes.most_common():
        print(f"  {c:<26}{n}")
    if show:
        for cls, info, t, trig, stem, sent in sorted(rows):
            print(f"{cls:<24} {info:<10} {t:<9} [{trig}] ({stem}) {sent[:150]}")
    print("wrong type:", dict(wrong.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
