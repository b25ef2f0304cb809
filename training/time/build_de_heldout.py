"""Build tests/data/timex_de_heldout.tml: held-out German TIMEX3 gold (issue #5, round 13, h9).

Sentences of quotes-de articles (train + dev, German Wikinews, CC BY-NC-SA 4.0) that no other time
or event set uses (tests/data/timex_de_dev.tml, tests/data/events_de_*.jsonl,
training/events/events_de_train.jsonl), drawn at random and stratified by a surface cue so that
each kind the issue names is present: weekdays, relative days/weeks/months, months without a year,
explicit dates, durations, sets and sentences with no time word at all. The cue regexes below only
choose sentences; they are not the system and the annotation covers every time expression of a
drawn sentence. random.Random(SEED) shuffles the unused articles, one sentence per article, the
first N_PER_KIND of each kind in shuffle order (an article serves the first kind it has a
sentence for, in KINDS order of the draw loop).

``--draw`` prints the drawn sentences (no system output). Without it the script writes the .tml
from ANN, the hand annotation (annotator h9, 2026-11-27, single annotator, by
tests/data/events_de_guide.md "Time"), done before the system was run on these sentences.
Needs /work/shared (NEWSGRAPH_SHARED).
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared"))
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "timex_de_heldout.tml"
SEED = 20261127
EVENT_SETS = ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7"]
N_PER_KIND = {"set": 6, "weekday": 10, "relative": 10, "month": 8, "duration": 10, "explicit": 6, "none": 8}

MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
WEEKDAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
CUES = {
    "set": re.compile(r"\b(jeden|jede|jedes|täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich)\b"),
    "weekday": re.compile(rf"\b({WEEKDAYS})"),
    "relative": re.compile(r"\b(gestern|heute|vorgestern|übermorgen|vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?"
                           r"|nächste[nmrs]?|kommende[nmrs]?)\b|\bvor \w+ (Tag|Woche|Monat|Jahr)", re.I),
    "month": re.compile(rf"\b({MONTHS})\b(?! \d{{4}})"),
    "duration": re.compile(r"\b(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehreren|einigen|vielen)"
                           r" (Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Stunden)\b"),
    "explicit": re.compile(rf"\b\d{{1,2}}\. ({MONTHS}) \d{{4}}\b"),
}
# no time word: no digit, none of the cues, no common time nouns
NONE_BAD = re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|heute|gestern|morgen|Jahr|Monat|Woche|Tag|Stunde|Zeit|seit|bald|"
                      r"damals|nun|jetzt|bisher|zuvor|später|früher|Abend|Nacht|Mittag|Sommer|Winter|Herbst|"
                      r"Frühjahr|Ostern|Weihnacht", re.I)


def used_articles() -> tuple[set[str], list[str]]:
    files: set[str] = set()
    # the event sets that existed at draw time (2026-11-27 02:05), fixed so that later sets do not
    # change the draw
    for f in [ROOT / "tests" / "data" / f"events_de_{n}.jsonl" for n in EVENT_SETS] + [
            ROOT / "training" / "events" / "events_de_train.jsonl"]:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                files.add(json.loads(line).get("file", ""))
    dev = (ROOT / "tests" / "data" / "timex_de_dev.tml").read_text(encoding="utf-8")
    dev_texts = [re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<TEXT>(.*?)</TEXT>", dev)]
    return files, dev_texts


def articles():
    for split in ("train", "dev"):
        for f in sorted((SHARED / "data" / "quotes-de" / "data" / split).glob("*.json")):
            yield f


def draw() -> list[dict]:
    used, dev_texts = used_articles()
    # a dev sentence may be shortened: its first 40 characters identify its article
    dev_heads = [t[:40] for t in dev_texts]
    pool = []
    for f in articles():
        if f.name in used:
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        if any(h in d["originalText"] for h in dev_heads):
            continue
        pool.append((f, d))
    random.Random(SEED).shuffle(pool)
    need = dict(N_PER_KIND)
    out = []
    for f, d in pool:
        dct = re.search(r"\((\d{4}-\d{2}-\d{2})\)\.pretty\.json$", f.name).group(1)
        sents = [(i, s["text"].strip()) for i, s in enumerate(d["sentences"])]
        sents = [(i, s) for i, s in sents if 40 <= len(s) <= 260 and s[-1:] in ".!?\"“"]
        for kind, n in need.items():
            if n <= 0:
                continue
            if kind == "none":
                hit = next(((i, s) for i, s in sents if not NONE_BAD.search(s)), None)
            else:
                hit = next(((i, s) for i, s in sents if CUES[kind].search(s)), None)
            if hit:
                need[kind] -= 1
                out.append({"id": f.name.split(" - ")[0], "sent": hit[0], "kind": kind, "dct": dct,
                            "text": hit[1]})
                break
        if all(n <= 0 for n in need.values()):
            break
    return out


# (article id, sentence index) -> [(surface, type, value[, occurrence])]; [] = no time expression
ANN: dict[tuple[str, int], list[tuple]] = {
    ("25575", 5): [("15. April", "DATE", "2006-04-15")],
    # "Eine Woche nach <Ereignis>" is a duration anchored on an event, not on a date
    ("23441", 1): [("Eine Woche", "DURATION", "P1W"), ("gestern abend", "TIME", "2006-03-08TEV")],
    # a range's first member is its own date; the DCT is in August, so November is ahead
    ("43684", 2): [("16.", "DATE", "2007-11-16"), ("18. November", "DATE", "2007-11-18")],
    ("45695", 1): [("heute", "DATE", "2007-11-17")],
    ("23071", 0): [("gestern", "DATE", "2006-03-03"), ("3. März 2006", "DATE", "2006-03-03")],
    ("67140", 0): [("1. März 2011", "DATE", "2011-03-01"), ("1977", "DATE", "1977")],
    ("60304", 1): [("heutigen", "DATE", "2010-01-05")],
    ("71480", 5): [],  # "Rente mit 67" is an age, "jede Arbeit" no set
    ("6659", 0): [("Dienstag", "DATE", "2005-06-21")],
    ("27206", 5): [("2. April des Jahres", "DATE", "2006-04-02"), ("60 Tagen", "DURATION", "P60D")],
    # "gut zwei Stunden später": the game's clock time is not given, so the shift stays a duration
    ("83753", 10): [("10. Januar", "DATE", "2020-01-10"), ("gut zwei Stunden", "DURATION", "PT2H")],
    ("35359", 0): [("Freitag", "DATE", "2006-11-24")],
    ("3659", 1): [("letzte Woche", "DATE", "2005-W08"), ("23.02.2005", "DATE", "2005-02-23")],
    # ages ("39 Jahre alter", "38-jährige") are no time expressions (guide)
    ("39049", 0): [("vergangenen Freitag, den 9. März 2007", "DATE", "2007-03-09"),
                   ("11:40 Uhr", "TIME", "2007-03-09T11:40")],
    ("56063", 2): [("gestern", "DATE", "2009-02-15")],  # "Rundschau am Sonntag" is a paper's name
    # a night is dated by the day it starts on; the clock time after midnight is Saturday's
    ("38177", 1): [("Nacht zum Samstag", "TIME", "2007-02-09TNI"), ("1:30 Uhr", "TIME", "2007-02-10T01:30")],
    ("33338", 0): [("29. September", "DATE", "2006-09-29"), ("25. September", "DATE", "2006-09-25")],
    ("59662", 1): [],
    ("40269", 10): [("heute", "DATE", "PRESENT_REF")],  # "nowadays", not this day
    ("5248", 0): [("heutigen Samstag", "DATE", "2005-05-07")],
    ("71677", 4): [],
    ("42503", 0): [],
    ("11059", 0): [("Gestern", "DATE", "2005-08-19")],
    ("82138", 11): [("jährlich", "SET", "P1Y")],
    ("80019", 3): [("2008", "DATE", "2008")],  # "16 Jahre alt" is an age
    ("82340", 1): [("Mittwoch", "DATE", "2018-03-14")],
    ("26203", 3): [("täglich", "SET", "P1D")],
    ("71492", 0): [],
    ("73035", 0): [("heute", "DATE", "PRESENT_REF"), ("1984", "DATE", "1984")],
    ("75575", 0): [],
    ("47623", 13): [("Juni", "DATE", "2008-06"), ("August 2008", "DATE", "2008-08"),
                    ("Herbst 2009", "DATE", "2009-FA")],
    ("48238", 3): [("Samstag", "DATE", "2008-02-23")],
    ("44953", 0): [("17. Oktober", "DATE", "2007-10-17"), ("20 Uhr", "TIME", "2007-10-17T20:00")],
    ("47821", 2): [("fünf Minuten", "DURATION", "PT5M")],
    ("2028", 4): [("11. Juni 2003", "DATE", "2003-06-11")],
    ("80806", 0): [],
    ("36593", 0): [("27. Dezember", "DATE", "2006-12-27"), ("15:23 Uhr", "TIME", "2006-12-27T15:23")],
    ("56334", 2): [("nächsten Zukunft", "DATE", "FUTURE_REF")],
    ("83332", 7): [],  # "jede Position" is no set
    ("27869", 0): [("Montagmorgen", "TIME", "2006-05-29TMO"), ("07:40 Uhr", "TIME", "2006-05-29T07:40")],
    ("82573", 0): [("Morgen des 20. August", "TIME", "2018-08-20TMO"),
                   ("zwei Jahren und zehn Monaten", "DURATION", "P2Y10M")],
    ("55730", 0): [("Samstagabend", "TIME", "2009-01-31TEV")],
    ("75225", 5): [("diesem Jahr", "DATE", "2013"), ("letzte Jahr", "DATE", "2012")],
    ("30456", 0): [("Über 60 Jahre", "DURATION", "P60Y"), ("nun", "DATE", "PRESENT_REF")],
    ("84747", 7): [("letzten Tage", "DURATION", "PXD")],
    ("23893", 0): [("nun", "DATE", "PRESENT_REF"), ("vor sieben Monaten", "DATE", "2005-08")],
    ("12706", 5): [("vor einigen Stunden", "DATE", "PAST_REF")],
    ("63711", 1): [("acht Jahre", "DURATION", "P8Y"), ("14 Jahre", "DURATION", "P14Y")],
    ("77153", 9): [("28. Mai 2008", "DATE", "2008-05-28"), ("30. September 2009", "DATE", "2009-09-30")],
    ("70915", 3): [("sieben Jahren", "DURATION", "P7Y")],
    ("49854", 1): [("vor knapp drei Wochen", "DATE", "2008-W15"), ("nun", "DATE", "PRESENT_REF")],
    ("61652", 6): [("20. Februar 2010", "DATE", "2010-02-20")],
    ("28391", 0): [],  # "jeden Zuschauer" is no set
    # "Nacht zum Mittwoch, dem 26. Mai" is one expression (guide), dated by the Tuesday it starts on;
    # a range of hours has no single number
    ("62691", 1): [("Nacht zum Mittwoch, dem 26. Mai", "TIME", "2010-05-25TNI"),
                   ("acht bis zehn Stunden", "DURATION", "PTXH")],
    ("60157", 0): [("Samstag, dem 26. Dezember 2009", "DATE", "2009-12-26")],
    ("68535", 2): [("31. Mai 2011", "DATE", "2011-05-31"), ("9 Uhr", "TIME", "2011-05-31T09:00")],
    ("52151", 6): [("bis zu drei Tagen", "DURATION", "P3D")],
    # "eine Weile" has no unit: not tagged
    ("49334", 6): [("jeden Tag", "SET", "P1D"), ("stundenlang", "DURATION", "PTXH")],
}


def build() -> str:
    drawn = {(d["id"], d["sent"]): d for d in draw()}
    missing = set(drawn) - set(ANN)
    if missing:
        raise SystemExit(f"not annotated: {sorted(missing)}")
    docs, tid = [], 1
    for key, d in drawn.items():
        text, spans = d["text"], []
        for ann in ANN[key]:
            surface, typ, value = ann[:3]
            occ = ann[3] if len(ann) > 3 else 0
            start = -1
            for _ in range(occ + 1):
                start = text.index(surface, start + 1)
            spans.append((start, start + len(surface), typ, value))
        spans.sort()
        body, pos = [], 0
        for s, e, typ, value in spans:
            body.append(escape(text[pos:s]))
            body.append(f'<TIMEX3 tid="t{tid}" type="{typ}" value="{value}">{escape(text[s:e])}</TIMEX3>')
            tid += 1
            pos = e
        body.append(escape(text[pos:]))
        docs.append(f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{d["dct"]}" '
                    f'functionInDocument="CREATION_TIME">{d["dct"]}</TIMEX3></DCT>'
                    f'<!-- {d["id"]}:{d["sent"]} {d["kind"]} --><TEXT>{"".join(body)}</TEXT></TimeML>')
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            "<!-- Held-out German TimeML-style time gold for `newsgraph eval time` (issue #5, round 13, h9).\n"
            "     Source: German Wikinews via quotes-de (train + dev articles), CC BY-NC-SA 4.0; DCT = the\n"
            "     publication date in the article's file name. Chosen at random by\n"
            "     training/time/build_de_heldout.py (seed 20261127, stratified by surface cue, articles used by\n"
            "     no other time or event set), annotated by reading (guide: tests/data/events_de_guide.md,\n"
            "     section Time). Blind at annotation time: no system output on these sentences was seen\n"
            "     before the annotation was finished. -->\n")
    return head + "<corpus>\n" + "\n".join(docs) + "\n</corpus>\n"


if __name__ == "__main__":
    if "--draw" in sys.argv:
        for d in draw():
            print(f'("{d["id"]}", {d["sent"]}): [],  # {d["kind"]} DCT {d["dct"]}\n    # {d["text"]}')
    else:
        OUT.write_text(build(), encoding="utf-8")
        print(f"wrote {OUT}")
