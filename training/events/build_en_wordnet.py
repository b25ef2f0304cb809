"""English PLOVER trigger words from WordNet 3.0, grown from seeds taken from the CAMEO category
descriptions (issue #5, round 13). Writes newsgraph/data/event_triggers/en_wordnet.tsv, read through
`thesaurus_file` of `[dictionary.en]` in config/events.toml.

Seeds: per PLOVER type, the verbs and nouns that name the act in the descriptions of the CAMEO
categories PLOVER maps to it (openeventdata/PLOVER cameo/CAMEO-PLOV.txt: "173 Arrest, detain, or
charge with legal action" -> COERCE arrest, detain; 2016 names by config/events.toml [legacy]:
INVESTIGATE and DISAPPROVE -> ACCUSE, DEMAND -> REQUEST, FIGHT -> ASSAULT). No PLOVER gold sentence
was read to choose them: SEEDS below is the descriptions' own vocabulary, written down per code.

Growth, per seed (lemma, part of speech), over its `--senses` most frequent WordNet senses (index
order, i.e. SemCor frequency): the other words of the sense's synset, the words of its direct
hyponyms (troponyms for verbs: "assassinate" under "kill"), and the words derivationally related to
the seed in that sense (nominalisations and their verbs: "arrest" v <-> "arrest" n, "deport" ->
"deportation"). A candidate word is kept when
- the sense it was reached through is among its own `--rank` most frequent senses of that part of
  speech (its everyday meaning is this one: "fire" reached from "dismiss" is dropped, since firing a
  gun comes first),
- exactly one type proposes it, and it is no seed of another type,
- no hand pattern of the English lexicon (config/events.toml) matches it already (the hand lexicon
  wins), it has 4 letters or more, and it is no word of STOP (light and function-like words written
  down before any measurement: "make", "take", "give", "hold" ...).
Forms: regular inflections plus WordNet's verb.exc / noun.exc exceptions.

    python training/events/build_en_wordnet.py    # the shipped list (--senses 2 --rank 1 --hyponyms 1)
    python training/events/build_en_wordnet.py --senses S --rank R --hyponyms H --out FILE   # variants

Needs Debian's `wordnet-base` (WordNet 3.0 database under /usr/share/wordnet; WordNet licence,
Princeton University: free use with the copyright notice kept, see the TSV header).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "newsgraph" / "data" / "event_triggers" / "en_wordnet.tsv"

# Seeds from the CAMEO descriptions (code: description words), per PLOVER 2016 type.
SEEDS: dict[str, list[tuple[str, str]]] = {
    # 03x Express intent to cooperate / settle dispute / accept mediation; intent is coded by modality
    "AGREE": [("agree", "v"), ("agreement", "n"), ("settle", "v"), ("settlement", "n"), ("accept", "v"),
              ("promise", "v"), ("pledge", "v")],
    # 040-046 Consult, discuss by telephone, make / host a visit, meet, mediation, negotiation
    "CONSULT": [("consult", "v"), ("discuss", "v"), ("telephone", "v"), ("visit", "v"), ("visit", "n"),
                ("host", "v"), ("meet", "v"), ("meeting", "n"), ("mediate", "v"), ("mediation", "n"),
                ("negotiate", "v"), ("negotiation", "n")],
    # 050-057 diplomatic cooperation, praise or endorse, defend verbally, rally support, grant
    # diplomatic recognition, apologize, forgive
    "SUPPORT": [("praise", "v"), ("endorse", "v"), ("defend", "v"), ("support", "v"), ("recognize", "v"),
                ("recognition", "n"), ("apologize", "v"), ("forgive", "v")],
    # 080-083 Yield, ease sanctions / restrictions / dissent, accede to demands
    "CONCEDE": [("yield", "v"), ("ease", "v"), ("accede", "v"), ("concede", "v"), ("concession", "n")],
    # 060-064 cooperate economically, militarily, judicially; share intelligence or information
    "COOPERATE": [("cooperate", "v"), ("cooperation", "n"), ("share", "v")],
    # 070-075 provide economic, military, humanitarian aid; protection or peacekeeping; grant asylum
    "AID": [("aid", "n"), ("aid", "v"), ("protect", "v"), ("protection", "n"), ("peacekeeping", "n"),
            ("asylum", "n")],
    # 084-087, 0813-0814: return, release persons or property; allow involvement, receive
    # peacekeepers or inspectors; de-escalate; declare truce, ceasefire; ease blockade; demobilize;
    # retreat or surrender; ease curfew, state of emergency
    "RETREAT": [("return", "v"), ("release", "v"), ("receive", "v"), ("truce", "n"), ("ceasefire", "n"),
                ("demobilize", "v"), ("retreat", "v"), ("retreat", "n"), ("surrender", "v"),
                ("surrender", "n")],
    # 090-094 Investigate crime, abuses, military action, war crimes; 110-116 disapprove, criticize or
    # denounce, accuse, rally opposition, complain officially, bring lawsuit, find guilty
    "ACCUSE": [("investigate", "v"), ("investigation", "n"), ("disapprove", "v"), ("criticize", "v"),
               ("denounce", "v"), ("accuse", "v"), ("accusation", "n"), ("complain", "v"),
               ("complaint", "n"), ("lawsuit", "n"), ("sue", "v"), ("convict", "v")],
    # 100-108 Demand (material cooperation, aid, reform, release, meeting, mediation); 02 appeal
    "REQUEST": [("demand", "v"), ("demand", "n"), ("appeal", "v"), ("appeal", "n"), ("request", "v"),
                ("request", "n")],
    # 120-129 Reject (cooperation, demands, proposals, mediation, plan), decline to yield, defy
    # norms, law; veto
    "REJECT": [("reject", "v"), ("rejection", "n"), ("decline", "v"), ("defy", "v"), ("veto", "v"),
               ("veto", "n"), ("refuse", "v")],
    # 130-139 Threaten (to reduce aid, to boycott, with sanctions, with force ...); give ultimatum
    "THREATEN": [("threaten", "v"), ("threat", "n"), ("ultimatum", "n")],
    # 140-145 political dissent, demonstrate or rally, hunger strike, strike or boycott, obstruct
    # passage, block, protest violently, riot
    "PROTEST": [("dissent", "n"), ("demonstrate", "v"), ("demonstration", "n"), ("rally", "n"),
                ("strike", "n"), ("obstruct", "v"), ("riot", "v"), ("riot", "n"), ("protest", "v"),
                ("protest", "n")],
    # 150-154 Demonstrate military or police power, increase alert status, mobilize or increase
    # police power or armed forces
    "MOBILIZE": [("mobilize", "v"), ("mobilization", "n"), ("alert", "n"), ("deploy", "v"),
                 ("deployment", "n")],
    # 160-166 Reduce or break relations, reduce or stop aid, impose embargo, boycott, or sanctions,
    # halt negotiations or mediation, expel or withdraw (peacekeepers, inspectors, aid agencies)
    "SANCTION": [("sanction", "n"), ("embargo", "n"), ("boycott", "v"), ("boycott", "n"), ("expel", "v"),
                 ("expulsion", "n"), ("withdraw", "v")],
    # 170-174, 191-192: coerce, seize or damage property, confiscate, destroy, impose administrative
    # sanctions, restrictions on freedoms, ban parties or politicians, impose curfew, state of
    # emergency or martial law; arrest, detain, or charge with legal action; expel or deport
    # individuals; impose blockade, restrict movement; occupy territory
    "COERCE": [("coerce", "v"), ("seize", "v"), ("confiscate", "v"), ("destroy", "v"), ("damage", "v"),
               ("restrict", "v"), ("restriction", "n"), ("ban", "v"), ("ban", "n"), ("curfew", "n"),
               ("arrest", "v"), ("arrest", "n"), ("detain", "v"), ("detention", "n"), ("deport", "v"),
               ("deportation", "n"), ("blockade", "n"), ("blockade", "v")],
    # 175, 180-186, 190-196, 200-204: violent repression, abduct, hijack, physically assault,
    # sexually assault, torture, kill, bombing, assassinate, conventional military force, fight with
    # small arms, artillery and tanks, aerial weapons, violate ceasefire, mass killings
    "ASSAULT": [("abduct", "v"), ("hijack", "v"), ("assault", "v"), ("assault", "n"), ("torture", "v"),
                ("torture", "n"), ("kill", "v"), ("killing", "n"), ("bomb", "v"), ("bombing", "n"),
                ("assassinate", "v"), ("assassination", "n"), ("fight", "v"), ("attack", "v"),
                ("attack", "n"), ("violate", "v")],
}

SEED_SET = {s for seeds in SEEDS.values() for s in seeds}

# light verbs, function-like and very general words: no trigger on their own (written before
# measuring anything; a candidate here is dropped whatever its type)
STOP = {"make", "take", "give", "have", "hold", "keep", "keeps", "kept", "hand", "turn", "come", "move", "help",
        "good", "well", "work", "play", "will", "want", "need", "know", "find", "show", "hear", "read", "note",
        "ask", "tell", "talk", "speak", "call", "name", "term", "mark", "meet", "sign", "date", "cover", "order",
        "process", "handle", "treat", "deal", "answer", "reply", "respond", "return", "issue", "state",
        "case", "action", "act", "event", "thing", "matter", "point", "part", "place", "time", "year", "rest",
        "stop", "check", "test", "pass", "view", "open", "close", "shut", "break", "hit", "strike", "touch",
        "charge", "carry", "bear", "stand", "fall", "rise", "raise", "lift", "drop", "save", "serve", "run",
        "catch", "pick", "bring", "lead", "head", "face", "host", "party", "body", "force", "power", "share",
        "leave", "stay", "remain", "live", "last", "hope", "wish", "like", "love", "mind", "look", "watch",
        "see", "get", "go", "put", "set", "let", "say", "use", "try", "meeting", "concern", "interest"}
# read off the generated list (never off PLOVER output): words whose everyday use in news is no act of
# one actor on another, though WordNet's most frequent sense of them is the seed's ("believe" from
# "accept", "receive" from the peacekeepers' description, "judge" from "settle", "research" from
# "investigate"), and words of another part of speech the adjective test below misses
STOP |= {"receive", "believe", "judge", "realize", "present", "explore", "experiment", "research", "encounter",
         "discourage", "deter", "graduate", "pool", "object", "analysis", "examination", "counting", "posture",
         "pressure", "revisit", "resubmit", "retrace", "intersect", "sightsee", "devour", "garnish", "bilge",
         "boomerang", "cocoon", "encore", "billing", "callback", "exhibition", "visa", "franchise", "wall",
         "sealing", "locking", "recourse", "ailment", "kinetosis", "causa", "imprimatur", "blunder", "goof",
         "boob", "flunk", "erase", "rubbish", "wage", "contract", "resolve", "promote", "advertize", "sonnet",
         "shew", "carouse", "roister", "clog", "congest", "worsen", "degenerate", "retrogress", "discount",
         "wail", "lament", "lamentation", "plain", "rail", "bleat", "bitch", "beef"}


def _read_data(pos: str) -> dict[str, tuple[str, list[str], list[tuple[str, str, str, str]]]]:
    """synset offset -> (lexicographer file number, words, pointers (symbol, offset, pos, src/tgt))."""
    out = {}
    for line in (WORDNET / f"data.{pos}").read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(n)]
        k = 4 + 2 * n
        p_cnt = int(f[k])
        ptrs = [tuple(f[k + 1 + 4 * j:k + 5 + 4 * j]) for j in range(p_cnt)]
        out[f[0]] = (f[1], words, ptrs)
    return out


def _read_index(pos: str) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent sense first."""
    out = {}
    for line in (WORDNET / f"index.{pos}").read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n_syn, n_ptr = int(f[2]), int(f[3])
        out[f[0]] = f[4 + n_ptr + 2:4 + n_ptr + 2 + n_syn]
    return out


POS = {"v": "verb", "n": "noun"}
# WordNet lexicographer files (lexnames(5WN)) of nouns that name an act, event or imposed state:
# noun.act (04), noun.communication (10), noun.event (11), noun.state (26: "detention", "truce",
# "alert", where most state seeds sit). A trigger noun is an act ("arrest", "demonstration"); the
# person, place, group or thing a synset or hyponym also reaches ("rebel", "village", "forum",
# "shield") is no event. The seeds themselves are exempt (they are the definitions' words).
NOUN_LEXFILES = {"04", "10", "11", "26"}


def grow(senses: int, rank: int, hyponyms: int, noun_acts: bool = True) -> dict[tuple[str, str], tuple[str, set[str]]]:
    data = {p: _read_data(POS[p]) for p in POS}
    index = {p: _read_index(POS[p]) for p in POS}
    seed_type = {}
    for t, seeds in SEEDS.items():
        for w, p in seeds:
            seed_type.setdefault((w, p), set()).add(t)

    def sense_rank(word: str, pos: str, offset: str) -> int:
        offs = index[pos].get(word.replace(" ", "_"), [])
        return offs.index(offset) + 1 if offset in offs else 99

    proposals: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for t, seeds in SEEDS.items():
        for w, p in seeds:
            for off in index[p].get(w, [])[:senses]:
                reached: list[tuple[str, str, str]] = []  # (word, pos, synset offset)
                lex, words, ptrs = data[p][off]
                reached += [(x, p, off) for x in words]
                frontier = [(p, off)]
                for _ in range(hyponyms):
                    nxt = []
                    for fp, fo in frontier:
                        for sym, o2, p2, _st in data[fp][fo][2]:
                            if sym == "~" and p2 == fp:
                                reached += [(x, p2, o2) for x in data[p2][o2][1]]
                                nxt.append((p2, o2))
                    frontier = nxt
                # derivationally related forms of the seed word itself in this sense
                me = words.index(w) + 1 if w in words else None
                for sym, o2, p2, st in ptrs:
                    if sym != "+" or p2 not in POS or me is None or int(st[:2], 16) != me:
                        continue
                    tgt = int(st[2:], 16)
                    x = data[p2][o2][1][tgt - 1]
                    reached.append((x, p2, o2))
                for x, xp, xo in reached:
                    x = re.sub(r"\(.*\)$", "", x)
                    if (x, xp) == (w, p) or not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", x):
                        continue
                    if sense_rank(x, xp, xo) > rank:
                        continue
                    if xp == "n" and noun_acts and data["n"][xo][0] not in NOUN_LEXFILES and (x, xp) not in seed_type:
                        continue
                    proposals[(x, xp)][t].add(w)
    out = {}
    for (x, xp), by_type in proposals.items():
        if len(by_type) != 1 or len(x) < 4 or x in STOP:
            continue
        (t, src), = by_type.items()
        if seed_type.get((x, xp), {t}) != {t} or any(x == w and seed_type[(w, q)] != {t} for (w, q) in seed_type):
            continue
        out[(x, xp)] = (t, src)
    # the seeds themselves (those the hand lexicon lacks are added too: they are the definitions' words)
    for (w, p), ts in seed_type.items():
        if len(ts) == 1 and w not in STOP:
            out.setdefault((w, p), (next(iter(ts)), {w}))
    return out


def _noun_lexfile(noun_exc: dict[str, list[str]]):
    """form -> lexicographer file of the most frequent noun sense of the form read as a noun
    (singular or plural), None when WordNet has no such noun."""
    data, index = _read_data("noun"), _read_index("noun")
    plural_of = {pl: sg for sg, pls in noun_exc.items() for pl in pls}

    def lexfile(form: str) -> str | None:
        for sg in (form, plural_of.get(form), form[:-1] if form.endswith("s") else None,
                   form[:-2] if form.endswith("es") else None, form[:-3] + "y" if form.endswith("ies") else None):
            if sg and sg in index:
                return data[index[sg][0]][0]
        return None
    return lexfile


def _exceptions(pos: str) -> dict[str, list[str]]:
    exc: dict[str, list[str]] = defaultdict(list)
    for line in (WORDNET / f"{POS[pos]}.exc").read_text("latin-1").splitlines():
        f = line.split()
        if len(f) >= 2:
            exc[f[1]].append(f[0])
    return exc


def forms(word: str, pos: str, exc: dict[str, dict[str, list[str]]]) -> set[str]:
    out = {word}
    if pos == "n":
        out.add(word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else
                word + "es" if re.search(r"(?:s|x|z|ch|sh)$", word) else word + "s")
        out.update(exc["n"].get(word, []))
        return out
    irregular = exc["v"].get(word, [])
    out.update(irregular)
    out.add(word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else
            word + "es" if re.search(r"(?:s|x|z|ch|sh|o)$", word) else word + "s")
    # doubling after a short closed syllable ("ban" -> "banned"), -e dropping ("seize" -> "seized")
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", word):
        past, ing = word + word[-1] + "ed", word + word[-1] + "ing"
    elif word.endswith("e"):
        past, ing = word + "d", (word if word.endswith("ee") else word[:-1]) + "ing"
    elif re.search(r"[^aeiou]y$", word):
        past, ing = word[:-1] + "ied", word + "ing"
    else:
        past, ing = word + "ed", word + "ing"
    out.add(ing)
    if not irregular:
        out.add(past)
    return out


def hand_lexicon() -> re.Pattern:
    ev = tomllib.loads((ROOT / "newsgraph" / "config" / "events.toml").read_text("utf-8"))
    pats = [p for v in ev["triggers"].values() for p in v.get("en", [])]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in pats) + r")\Z", re.IGNORECASE)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--senses", type=int, default=2, help="senses of a seed followed (most frequent first)")
    ap.add_argument("--rank", type=int, default=1, help="a candidate's sense must be among its N most frequent")
    ap.add_argument("--hyponyms", type=int, default=1, help="levels of hyponyms / troponyms followed")
    ap.add_argument("--all-nouns", action="store_true", help="keep nouns of every lexicographer file, not only acts and events")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if not (WORDNET / "data.verb").exists():
        print(f"WordNet 3.0 not found under {WORDNET}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    cand = grow(args.senses, args.rank, args.hyponyms, not args.all_nouns)
    exc = {p: _exceptions(p) for p in POS}
    known = hand_lexicon()
    noun_file = _noun_lexfile(exc["n"])
    adj_adv = set(_read_index("adj")) | set(_read_index("adv"))
    rows = []
    seen: dict[str, str] = {}
    for (w, p), (t, src) in sorted(cand.items(), key=lambda kv: (kv[1][0], kv[0])):
        for f in sorted(forms(w, p, exc)):
            # a form the hand lexicon matches is left to it; a form two types claim is nobody's
            if known.match(f) or f in STOP:
                continue
            # a form that is also a noun whose most frequent sense names no act or event reads as
            # that noun in news ("rebels", "patrol", "stones", "housing"): left out
            if not args.all_nouns and (w, p) not in SEED_SET and noun_file(f) not in (None, *NOUN_LEXFILES):
                continue
            # a base or -s form WordNet also lists as an adjective or adverb is mostly that ("second",
            # "moderate", "negative", "loose"): left out (participles stay: "beheaded", "devastated")
            if not args.all_nouns and (w, p) not in SEED_SET and f in adj_adv and not f.endswith(("ed", "ing")):
                continue
            if f in seen and seen[f] != t:
                seen[f] = "?"
                continue
            seen.setdefault(f, t)
            # pos "w": English forms are looked up as lower-case words whatever their part of speech
            # (event_lexicon keys German nouns by capitalisation, which English does not have);
            # the WordNet part of speech stays with the lemma ("attack.v")
            rows.append((t, f, "w", f"{w}.{p}", ",".join(sorted(src))))
    rows = [r for r in rows if seen[r[1]] == r[0]]
    dedup = {}
    for r in rows:
        dedup.setdefault(r[1], r)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        f.write("# English PLOVER trigger words grown from CAMEO-description seeds through WordNet 3.0 synonyms,\n"
                "# hyponyms and derivations; built by training/events/build_en_wordnet.py "
                f"(--senses {args.senses} --rank {args.rank} --hyponyms {args.hyponyms}{' --all-nouns' if args.all_nouns else ''}).\n"
                "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (WordNet licence: use,\n"
                "# copy, modify and distribute for any purpose with this notice kept).\n"
                "# type\tword\tpos (w: any lower-case word)\tlemma.wordnet-pos\tsource (the seeds it was reached from)\n")
        for r in sorted(dedup.values()):
            f.write("\t".join(r) + "\n")
    lemmas = {r[3] for r in dedup.values()}
    print(f"{len(lemmas)} lemmas, {len(dedup)} forms -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
