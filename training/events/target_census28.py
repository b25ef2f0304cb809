"""Census of every wrong or missing event TARGET (and, second, source) of German events, by cause (round 28, e3; issue #5).

For every gold event with a target (source) the census counts first whether the event is lost with its trigger (no
aligned event of the right type: the role cannot be right, whatever the actor rules do), then, for events found with the
right type whose role is wrong or missing, a first class read off the sentence and its parse:

``pronoun``        gold names a pronoun ("er", "sie", "dieser")
``outside``        the gold phrase is not in the sentence
``passive_swap``   we gave the role the other role's gold phrase, the trigger in the passive (agent / patient swapped)
``other_role``     the same in the active or with a noun trigger
``wrong_head``     our phrase overlaps the gold phrase but the scorer's head match fails (the right phrase, the wrong head)
``coordination``   the gold phrase is a conjunct, or ours is a conjunct of it (a coordination split)
``prep:X``         the gold head has the preposition X ("gegen X", "an X", "auf X"): a prepositional target
``object``         the gold head is a bare object / dative / subject of the trigger itself: the argument is in the parse
                   where a rule should look, but the role was not filled from it
``place``          the gold actor sits in a place phrase or is a place name (metonymy: "Washington" for the government)
``parse_elsewhere`` the rest: the gold phrase is in the sentence, hung elsewhere by the parse

With each case: the gold phrase's head, relation and governor, the trigger's, and what we chose. The classes are a first
cut by form; the card's table ("Round 28 ... e3") was read off this listing by hand. Unseen sets (error_pool.BLIND) are
refused; fresh24 and fresh25 were scored once at round 27's end and are readable.

    python training/events/target_census28.py heldout fresh4 fresh5 fresh6 fresh8 fresh10 fresh13 fresh14 fresh15 fresh17 fresh18 fresh19 fresh20 fresh21 fresh22 fresh23 fresh24 fresh25
    python training/events/target_census28.py dev fresh fresh2 fresh3 fresh7 fresh9 fresh11 fresh12 fresh16

``--off KEY`` (repeatable) turns a [parse] key of event_actors.toml off first: the census before round 28's fix is
``--off stray_targets``. ``--moves KEY`` lists instead every sentence whose events' types or roles change when that
[parse] key goes from off to on, with gold (right, wrong and gold-less roles alike):

    python training/events/target_census28.py --moves stray_targets dev fresh fresh2 ...
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actor_errors import DATA, POSS, PRON, aligned_events, gold_tokens  # noqa: E402

from newsgraph.eval.events import _match_actor, actor_match, read_jsonl, record_events  # noqa: E402
from newsgraph.extract.event_parse_actors import _is_passive  # noqa: E402
from newsgraph.extract.events import EventExtractor  # noqa: E402

AGENT_PREPS = {"von", "vom", "durch", "seitens"}


def _head(toks):
    ids = {x.i for x in toks}
    roots = [t for t in toks if t.head.i == t.i or t.head.i not in ids]
    return roots[0] if roots else toks[-1]


def classify(role, g, actor, text, s0, s1, doc, parse, trig):
    gold = g[role]
    other = g.get("target" if role == "source" else "source")
    sent = text[s0:s1]
    gw = gold.split()
    if gold.lower() in PRON or (len(gw) == 1 and POSS.match(gold)):
        return "pronoun", ""
    if not any(w in sent for w in gw if len(w) > 2) and gold not in sent:
        return "outside", ""
    toks = gold_tokens(doc, s0, s1, text, gold)
    if not toks:
        return "parse_elsewhere", "no tokens"
    h = _head(toks)
    preps = [c.text.lower() for c in h.children if c.dep_ == "case"]
    info = f"gold head {h.text}/{h.pos_}/{h.dep_}<-{h.head.text}/{h.head.pos_}{' prep ' + preps[0] if preps else ''}"
    passive = trig is not None and trig.pos_ in ("VERB", "AUX") and _is_passive(trig)
    if actor is not None:
        atext = actor.span.text if actor.span else actor.name
        if other and actor_match(atext, [other]):
            return ("passive_swap" if passive else "other_role"), info
        if actor.span is not None and actor.span.start < toks[-1].idx + len(toks[-1].text) and toks[0].idx < actor.span.end:
            return "wrong_head", info
        ours = parse.token_at(actor.span.start, actor.span.end) if (parse and actor.span) else None
        if ours is not None and (ours.head.i == h.i and ours.dep_ == "conj" or h.dep_ == "conj" and h.head.i == ours.i):
            return "coordination", info
    if h.dep_ == "conj":
        return "coordination", info
    if preps and preps[0] not in AGENT_PREPS:
        return f"prep:{preps[0]}", info
    if trig is not None and h.head.i == trig.i and h.dep_ in ("obj", "iobj", "nsubj", "nsubj:pass", "obl:arg"):
        return "object", info
    if parse is not None and parse.in_place_phrase(toks[0].idx, toks[-1].idx + len(toks[-1].text)):
        return "place", info
    if any(t.ent_type_ in ("LOC", "GPE") for t in toks):
        return "place", info
    return "parse_elsewhere", info


def main(argv: list[str]) -> int:
    from ab_score import parse_key, reset_parse
    from error_pool import BLIND

    if argv and argv[0] == "--moves":
        return moves(argv[1], argv[2:])
    while argv and argv[0] == "--off":
        parse_key(argv[1], False)({})
        argv = argv[2:]

    unseen = BLIND & set(argv)
    if unseen:
        print(f"blind sets are not read: {sorted(unseen)}", file=sys.stderr)
        return 2
    ex = EventExtractor("de")
    counts: Counter = Counter()
    gold_n: Counter = Counter()
    cases = defaultdict(list)
    for name, g, e, text, s0, s1, doc, parse in aligned_events(argv, ex):
        for role in ("target", "source"):
            if not g.get(role):
                continue
            gold_n[role] += 1
            if e is None or e.type != g["type"]:
                counts[(role, "lost_with_trigger")] += 1
                continue
            actor = e.target_actor if role == "target" else e.source_actor
            if _match_actor(actor, g[role]):
                counts[(role, "right")] += 1
                continue
            trig = parse.token_at(e.trigger.start, e.trigger.end) if parse else None
            c, info = classify(role, g, actor, text, s0, s1, doc, parse, trig)
            counts[(role, c)] += 1
            got = "-" if actor is None else repr(actor.span.text if actor.span else actor.name)
            tinfo = f"trig {trig.text}/{trig.pos_}/{trig.dep_}" if trig is not None else ""
            cases[(role, c)].append(f"{name}: {g['type']} [{e.trigger.text}] gold {g[role]!r} got {got} "
                                    f"({info}; {tinfo}) :: {text[s0:s1]}")
    for role in ("target", "source"):
        print(f"== {role}: {gold_n[role]} gold")
        for (r_, c), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            if r_ == role:
                print(f"   {c:18} {n}")
    for (role, c), xs in sorted(cases.items()):
        print(f"\n== {role} {c} ({len(xs)})")
        for x in xs:
            print("  " + x)
    reset_parse()
    return 0


def moves(key: str, names: list[str]) -> int:
    from ab_score import parse_key, reset_parse

    def text(a):
        return None if a is None else (a.span.text if a.span else a.name)

    ex = EventExtractor("de")
    n = 0
    for name in names:
        for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
            got = []
            for value in (False, True):
                reset_parse()
                parse_key(key, value)({})
                evs = record_events(r, ex).events
                got.append([(e.type, e.trigger.text, text(e.source_actor), text(e.target_actor)) for e in evs])
            reset_parse()
            if got[0] == got[1]:
                continue
            n += 1
            gold = [(g["type"], g.get("trigger"), g.get("source"), g.get("target")) for g in r["events"]]
            print(f"{name}: {r['sentence']}\n   gold {gold}\n   off  {got[0]}\n   on   {got[1]}")
    print(f"sentences that move: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
