"""The actor errors of German events found with the right type, each with a first class by form (round 27, a1; issue #5).

For every gold event the scorer aligns with a predicted event of the same type (newsgraph.eval.events' own alignment, as
training/events/error_pool.py) whose source or target is wrong or missing, a class read off the sentence and its parse:
``pronoun`` (gold names a pronoun), ``outside`` (the gold phrase is not in the sentence), ``other_role`` (we gave the role
the other role's gold phrase), ``head_artefact`` (our phrase overlaps the gold phrase but the head match fails), ``place``
/ ``place_name`` (the gold actor sits in a place phrase, or is a place name) and ``parse_elsewhere`` (the rest: the gold
phrase is in the sentence, hung elsewhere by the parse or read wrongly by a rule), and with each case the gold phrase's
head, relation and governor and the trigger's. The classes by why (models/events_type/MODEL_CARD.md, "Round 27 ... a1")
were read off this listing by hand. Read and spent sets only (error_pool.BLIND is refused).

    python training/events/actor_errors.py heldout fresh4 fresh5 fresh6 fresh8 fresh10 fresh13 fresh14 fresh15 fresh17 fresh18 fresh19 fresh20 fresh21 fresh22 fresh23 fresh24 fresh25
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from newsgraph.eval.events import _align, _match_actor, actor_match, read_jsonl, record_events
from newsgraph.extract.event_parse_actors import ParseRoles
from newsgraph.extract.events import EventExtractor

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
PRON = {"er", "sie", "es", "wir", "ich", "ihr", "ihm", "ihn", "ihnen", "man", "du", "uns", "mich", "mir", "dieser", "diese", "der", "die", "das", "denen", "dem", "den", "deren", "dessen", "welche", "welcher"}
POSS = re.compile(r"^(sein|ihr|unser|euer|mein|dein)\w*$", re.I)


def gold_tokens(doc, s0, s1, text, gold):
    # the gold phrase's tokens in the sentence, by its first occurrence
    sent = text[s0:s1]
    i = sent.find(gold)
    if i < 0:
        ws = gold.split()
        i = sent.find(ws[-1]) if ws else -1
        if i < 0:
            return []
        a, b = s0 + i, s0 + i + len(ws[-1])
    else:
        a, b = s0 + i, s0 + i + len(gold)
    return [t for t in doc if t.idx >= a and t.idx + len(t.text) <= b] if doc is not None else []


def cls_of(role, g, e, actor, other_gold, text, s0, s1, doc, parse):
    gold = g[role]
    sent = text[s0:s1]
    gw = gold.split()
    if gold.lower() in PRON or (len(gw) == 1 and POSS.match(gold)):
        return "pronoun", ""
    if POSS.match(gw[0]) and len(gw) == 1:
        return "possessive", ""
    if not any(w in sent for w in gw if len(w) > 2) and gold not in sent:
        return "outside", ""
    toks = gold_tokens(doc, s0, s1, text, gold)
    info = ""
    if toks:
        roots = [t for t in toks if t.head.i == t.i or t.head.i not in {x.i for x in toks}]
        h = roots[0] if roots else toks[-1]
        info = f"gold head {h.text}/{h.pos_}/{h.dep_}<-{h.head.text}/{h.head.pos_}; ents={[x.ent_type_ for x in toks if x.ent_type_]}"
    if actor is not None:
        atext = actor.span.text if actor.span else actor.name
        if other_gold and actor_match(atext, [other_gold]):
            return "other_role", info
        if actor.span is not None and toks and actor.span.start < toks[-1].idx + len(toks[-1].text) and toks[0].idx < actor.span.end:
            return "head_artefact", info
    if toks and parse is not None and parse.in_place_phrase(toks[0].idx, toks[-1].idx + len(toks[-1].text)):
        return "place", info
    if toks and any(t.ent_type_ in ("LOC", "GPE") for t in toks):
        return "place_name", info
    return "parse_elsewhere", info


def aligned_events(names, ex):
    """(set name, gold event, the predicted event the scorer aligns with it or None, text, s0, s1, doc, parse) for
    every gold event of the sets named, in order; an aligned event is taken from those the sentence's later gold
    events may align with, as the scorer does."""
    for name in names:
        for r in read_jsonl(DATA / f"events_de_{name}.jsonl"):
            _, doc, evs, text, s0, s1, _ = record_events(r, ex)
            parse = ParseRoles(doc) if doc is not None else None
            free = list(evs)
            for g in r["events"]:
                e = _align(g, text, s0, s1, free)
                if e is not None:
                    free.remove(e)
                yield name, g, e, text, s0, s1, doc, parse


def main(argv):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from error_pool import BLIND

    if BLIND & set(argv):
        print(f"blind sets are not read: {sorted(BLIND & set(argv))}", file=sys.stderr)
        return 2
    ex = EventExtractor("de")
    counts = Counter()
    cases = defaultdict(list)
    for name, g, e, text, s0, s1, doc, parse in aligned_events(argv, ex):
        if e is None or e.type != g["type"]:
            continue
        for role, actor, other in (("source", e.source_actor, "target"), ("target", e.target_actor, "source")):
            if not g.get(role) or _match_actor(actor, g[role]):
                continue
            c, info = cls_of(role, g, e, actor, g.get(other), text, s0, s1, doc, parse)
            got = "-" if actor is None else repr(actor.span.text if actor.span else actor.name)
            counts[(role, c)] += 1
            tt = parse.token_at(e.trigger.start, e.trigger.end) if parse else None
            tinfo = f"trig {tt.text}/{tt.pos_}/{tt.dep_}" if tt is not None else ""
            cases[c].append(f"{name}: {role} {g['type']} [{e.trigger.text}] gold {g[role]!r} got {got} ({info}; {tinfo}) :: {text[s0:s1]}")
    for (role, c), n in sorted(counts.items()):
        print(f"{role:7} {c:16} {n}")
    tot = Counter()
    for (_, c), n in counts.items():
        tot[c] += n
    print(tot)
    for c, xs in cases.items():
        print(f"\n== {c} ({len(xs)})")
        for x in xs:
            print("  " + x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
