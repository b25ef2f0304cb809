"""Census of the German false events by cause (issue #5, round 28, e1).

A false event is one the scorer counts as a false positive (newsgraph.eval.events ``score_german``): a predicted event
no gold event of its sentence aligns with (spurious), or one aligned with a gold event of another type (the wrong
trigger or type). Each is put in the FIRST class whose test it meets, in this order (a first sorting by form and parse,
read by hand afterwards; models/events_type/MODEL_CARD.md, "Round 28", e1, has the reading):

- ``type``: aligned with a gold event, another type;
- ``beside_same``: spurious beside a gold event of its own type in the sentence (a second trigger of one act, or the
  alignment took another of our events);
- ``sport_culture``: the sentence is a sports, concert or club report (``SPORT`` words): "Spielmacher", "Bundesliga",
  "Orchester", "Besetzung" there are results, line-ups and performances;
- ``accident``: the sentence is about an accident, a disaster or a technical failure (``ACCIDENT`` words);
- ``noun_pp``: a noun trigger in a prepositional phrase (the parse gives its head a case child): the setting of another
  act ("auf einer Versammlung ... gewählt"), a topic or a reason;
- ``noun``: another noun trigger (subject, object, genitive);
- ``irrealis``: a verb trigger negated, under a modal, in a conditional or relative clause or in the subjunctive
  (reported speech);
- ``verb``: the rest, a verb in another sense or an act the guide does not code.

    python training/events/false_census28.py heldout fresh4 ... fresh25 [--show CLASS[,CLASS] | --show all] [--dump F]

Prints the counts per set and class, then the cases of the classes named; ``--dump`` writes every found event (right or
false) with its parse as JSON lines, for sizing a filter before it is built. Read and spent sets only (error_pool.BLIND is
refused).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from error_pool import BLIND, DATA, show_cases  # noqa: E402

from newsgraph.eval.events import _align, _match_actor, read_jsonl, record_events  # noqa: E402
from newsgraph.extract.events import EventExtractor  # noqa: E402

CLASSES = ("type", "beside_same", "sport_culture", "accident", "noun_pp", "noun", "irrealis", "verb")
# words of sports, concert and club reports (compounds too: "Bundesligaspiele", "Mittelfeldspieler")
SPORT = re.compile(r"(?i:\w*(?:liga|spiel|spieler|spielerin|trainer|trainerin|training|saison|pokal|meister\w*|"
                   r"turnier|finale|etappe|rennen|sprint|spurt|tabelle|stürmer|torwart|elf|fußball|handball|"
                   r"eishockey|tennis|sportler\w*|olympi\w*|weltcup|länderspiel\w*|orchester|konzert\w*|chor|"
                   r"sinfoni\w*|solisten|oper|theater|ausstellung|verein|vereine|karneval\w*|festival))\b"
                   r"|\b\d{1,2}:\d{1,2}\b(?!\s*Uhr)")
ACCIDENT = re.compile(r"(?i:\w*(?:unfall|unfälle|unglück|explosion\w*|absturz|abgestürzt|brand|feuer|erdbeben|"
                      r"bergwerk|grubenunglück|rakete\w*|satellit\w*|überschwemmung\w*|hochwasser|unwetter))\b")


def _root(doc, e):
    # an event's trigger span is in the coordinates of the text the extractor ran on (the whole article when the set
    # has it), the doc's own
    if doc is None:
        return None
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _irrealis(tok) -> bool:
    """A negated verb, one under a modal or in a conditional or relative clause, or a subjunctive one."""
    if any(c.lower_ in ("nicht", "kein", "keine", "nie", "niemals") for c in tok.children):
        return True
    if any(c.pos_ == "AUX" and c.lemma_ in ("sollen", "wollen", "müssen", "können", "dürfen", "mögen")
           for c in tok.children):
        return True
    if any(c.lower_ in ("wenn", "falls", "ob", "sofern") for c in tok.children):
        return True
    if tok.dep_ in ("acl", "acl:relcl"):
        return True
    return "Sub" in tok.morph.get("Mood") or any("Sub" in c.morph.get("Mood") for c in tok.children if c.pos_ == "AUX")


def classify(e, r: dict, doc, aligned_gold: dict | None) -> str:
    sent = r["sentence"]
    if aligned_gold is not None:
        return "type"
    if any(g["type"] == e.type for g in r["events"]):
        return "beside_same"
    if SPORT.search(sent):
        return "sport_culture"
    if ACCIDENT.search(sent):
        return "accident"
    tok = _root(doc, e)
    noun = " " not in e.trigger.text and e.trigger.text[:1].isupper() and (tok is None or tok.pos_ in ("NOUN", "PROPN"))
    if noun:
        if tok is not None and any(c.dep_ == "case" for c in tok.children):
            return "noun_pp"
        return "noun"
    if tok is not None and _irrealis(tok):
        return "irrealis"
    return "verb"


def _row(name: str, r: dict, e, g: dict | None, tok) -> dict:
    """One found event for ``--dump``: whether it is right (aligned with a gold event of its type) and its parse."""
    ok = g is not None and g["type"] == e.type
    return {"set": name, "sentence": r["sentence"], "type": e.type, "trigger": e.trigger.text, "ok": ok,
            "gold": [x["type"] for x in r["events"]], "pos": tok.pos_ if tok is not None else None,
            "dep": tok.dep_ if tok is not None else None, "head": tok.head.lemma_ if tok is not None else None,
            "lemma": tok.lemma_ if tok is not None else None,
            "case": [c.lower_ for c in tok.children if c.dep_ == "case"] if tok is not None else [],
            "source_ok": bool(ok and g.get("source") and _match_actor(e.source_actor, g["source"])),
            "target_ok": bool(ok and g.get("target") and _match_actor(e.target_actor, g["target"]))}


def census(name: str, ex: EventExtractor, dump: list | None = None) -> list[tuple[str, str]]:
    """(class, case line) of every false event of set ``name``; with ``dump`` every found event's row (``_row``)."""
    out = []
    for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
        got = record_events(r, ex)
        free = list(got.events)
        wrong = []
        for g in r["events"]:
            e = _align(g, got.text, got.start, got.end, free)
            if e is None:
                continue
            free.remove(e)
            if e.type != g["type"]:
                wrong.append((e, g))
            elif dump is not None:
                dump.append(_row(name, r, e, g, _root(got.doc, e)))
        for e, g in wrong + [(e, None) for e in free]:
            if dump is not None:
                dump.append(_row(name, r, e, g, _root(got.doc, e)))
            cls = classify(e, r, got.doc, g)
            tok = _root(got.doc, e)
            parse = f"{tok.pos_}/{tok.dep_}<{tok.head.lemma_}" if tok is not None else "-"
            gold = f" gold {g['type']} [{g['trigger']}]" if g else ""
            out.append((cls, f"{e.type} [{e.trigger.text}] ({parse}){gold} :: {r['sentence']}"))
    return out


def main(argv: list[str]) -> int:
    show: set[str] = set()
    if "--show" in argv:
        i = argv.index("--show")
        show = set(CLASSES) if argv[i + 1] == "all" else set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
    dump_to = None
    if "--dump" in argv:
        i = argv.index("--dump")
        dump_to = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if BLIND & set(argv):
        print(f"blind sets are not read: {sorted(BLIND & set(argv))}", file=sys.stderr)
        return 2
    ex = EventExtractor("de")
    total, cases, dump = Counter(), defaultdict(list), []
    print(f"{'set':<8}" + "".join(f"{c:>14}" for c in CLASSES) + f"{'all':>6}")
    for name in argv:
        counts = Counter()
        for cls, case in census(name, ex, dump):
            counts[cls] += 1
            cases[cls].append(f"{name}: {case}")
        total += counts
        print(f"{name:<8}" + "".join(f"{counts[c]:>14}" for c in CLASSES) + f"{sum(counts.values()):>6}", flush=True)
    print(f"{'all':<8}" + "".join(f"{total[c]:>14}" for c in CLASSES) + f"{sum(total.values()):>6}")
    if dump_to is not None:
        dump_to.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in dump), "utf-8")
    show_cases(CLASSES, show, cases)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
