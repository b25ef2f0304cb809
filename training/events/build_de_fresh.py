"""Build tests/data/events_de_fresh.jsonl: a fresh German event check set (fifth pass).

The first three sentences of 16 quotes-de train articles used by no other set, drawn at random
(seed 20261126) from the 95 unused train articles whose file name holds a politics/conflict
word. Annotated by reading each sentence, following tests/data/events_de_guide.md, before any
system output on them was seen (annotator: the events engineer, 2026-11-26; single annotator).
Three sentences ambiguous in type or repeating an event were skipped (listed in SKIPPED).
Not for tuning: the set measures whether lexicon changes generalise beyond the dev set.
Needs /work/shared (NEWSGRAPH_SHARED).
"""

import json
import os
import random
import re
import sys
from pathlib import Path

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared"))
OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "events_de_fresh.jsonl"

E = lambda t, trig, src="", tgt="", loc="", date="", mod="happened": dict(  # noqa: E731
    type=t, trigger=trig, source=src, target=tgt, location=loc, date=date, modality=mod)

# (article id, sentence index) -> events
ANN = {
    ("2097", 0): [E("ACCUSE", "vor Gericht", "", "Topmanager"),
                  E("COERCE", "inhaftiert", "", "Führungsebene", "", "2004-09")],
    ("2097", 1): [E("COERCE", "verurteilt", "", "Chefs", "", "2004-12-20")],
    ("2097", 2): [],
    ("34379", 0): [E("THREATEN", "Schüsse", "Kampfflugzeuge", "Kriegsschiffen")],
    ("34379", 1): [E("THREATEN", "angepeilt", "Jagdflugzeuge", "Bordhubschrauber", "libanesischen Gewässern")],
    ("34379", 2): [],
    ("36350", 0): [],
    ("36350", 1): [],
    ("36350", 2): [E("REQUEST", "bat", "er", "Beamten")],
    ("48591", 0): [],
    ("48591", 1): [E("CONSULT", "Koalitionsgespräche", "Grünen", "CDU", "", "", "planned")],
    ("48591", 2): [E("AGREE", "zugestimmt", "CDU"),
                   E("CONSULT", "Gesprächen", "", "", "Hotel", "2008-03-05", "planned")],
    ("49024", 0): [],
    ("49024", 1): [E("PROTEST", "Proteste", "Bevölkerung", "Zentralregierung"),
                   E("COERCE", "Niederschlagung", "chinesische Regierung", "", "", "", "planned")],
    ("52330", 0): [E("RETREAT", "zurückzog", "Joseph Biden")],
    ("52330", 1): [],
    ("52330", 2): [E("ACCUSE", "werfen", "Kritiker", "Obama")],
    ("56533", 0): [],
    ("56533", 1): [],
    ("56533", 2): [],
    ("58846", 0): [E("ASSAULT", "Luftangriff", "", "Flüchtlingslager", "", "2009-09-16")],
    ("58846", 1): [],
    ("58846", 2): [],
    ("6062", 1): [E("CONSULT", "Verhandlungen", "Vertreter", "", "", "2005-06-09TEV", "planned")],
    ("6062", 2): [],
    ("61889", 0): [E("COERCE", "festgenommen", "", "Mitglieder", "Michigan"),
                   E("ACCUSE", "angeklagt", "", "Mitglieder", "Michigan")],
    ("61889", 1): [E("ASSAULT", "Sprengstoffattentate", "Männer", "Polizisten", "", "", "possible")],
    ("61889", 2): [],
    ("63732", 0): [E("PROTEST", "demonstriert", "Menschen", "", "Berlin", "2010-09-11")],
    ("63732", 1): [],
    ("63732", 2): [],
    ("66171", 0): [E("COERCE", "entführt", "", "Mädchen", "Kleinmachnow", "2011-02-10")],
    ("66171", 2): [E("REQUEST", "verlangte", "Mann")],
    ("72735", 0): [E("ACCUSE", "Kriegsverbrecherprozess", "Internationalen Strafgerichtshof für das ehemalige Jugoslawien",
                     "Ratko Mladić", "Den Haag", "2012-05-16")],
    ("72735", 1): [E("ACCUSE", "vorgeworfen", "", "Ex-Serbengeneral")],
    ("72735", 2): [E("ACCUSE", "Anklage")],
    ("72767", 0): [],
    ("72767", 1): [],
    ("72767", 2): [],
    ("74557", 0): [E("SANCTION", "verboten", "Wladimir Putin", "US-Bürgern", "", "2012-12-28")],
    ("74557", 1): [E("AGREE", "passiert", "Parlament")],
    ("74557", 2): [E("AID", "Unterstützung", "russische Präsident", "Kinder")],
    ("80622", 0): [E("RETREAT", "Rücktritt", "Günther Krause", "", "", "1993")],
    ("80622", 1): [E("ACCUSE", "angeklagt", "", "Er")],
    ("80622", 2): [],
}
# ambiguous in type (warning order to leave: COERCE or SANCTION; hoped-for joint list) or a
# repeated mention of an event already annotated (the abduction)
SKIPPED = [("49024", 2), ("6062", 0), ("66171", 1)]


def write(ann: dict, default_out: Path) -> int:
    """Write the annotated sentences of `ann` ((article id, sentence index) -> events) as JSONL,
    warning about any trigger or role that is not in its sentence."""
    files = {}
    for split in ("train",):
        for f in (SHARED / "data/quotes-de/data" / split).glob("*.json"):
            files[f.name.split(" - ")[0]] = f
    out = []
    for (aid, idx), events in ann.items():
        f = files[aid]
        text = json.loads(f.read_text("utf-8"))["sentences"][idx]["text"].strip()
        for e in events:
            if e["trigger"] not in text:
                print(f"trigger {e['trigger']!r} not in {text!r}", file=sys.stderr)
        pub = re.search(r"\((\d{4}-\d\d-\d\d)\)", f.name).group(1)
        out.append({"file": f.name, "published": pub, "lang": "de", "sentence": text, "events": events})
    out_path = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else default_out
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    print(f"{len(out)} sentences, {sum(len(r['events']) for r in out)} events, "
          f"{sum(not r['events'] for r in out)} without -> {out_path}")
    return 0


# the file-name filter of the later sets' draws (fresh3 on): a politics/conflict word
POLITICS = re.compile(
    r"(?i)\b(regierung|präsident|minister|krieg|angriff|anschlag|protest|demonstr|polizei|festnahme|festgenommen|"
    r"verhaft|streik|sanktion|wahl|partei|armee|soldaten|truppen|militär|gericht|urteil|verurteil|anklage|rücktritt|"
    r"tritt zurück|gipfel|verhandl|abkommen|terror|rebellen|taliban|nato|uno?\b|eu\b|bundestag|parlament|kanzler|"
    r"opposition|konflikt|gewalt|tote|getötet|hinrichtung|hingerichtet|flüchtling|botschaft|diplomat|besuch|kritik|"
    r"forder|droh|geisel|entführ|bomb|explosion|unruhen|putsch|staatsanwalt|ermittl|prozess|asyl|abschieb)")


def draw(out: Path, seed: int, later: tuple[str, ...] = ()) -> list[Path]:
    """The 20 articles a set drew: quotes-de train articles no other set uses, filtered by POLITICS and
    shuffled with `seed`. Sets built after this one (`later`) are not counted as users, so the draw
    can be repeated after they exist."""
    root = Path(__file__).resolve().parents[2]
    used = set()
    for f in [*(root / "tests" / "data").glob("events_de*.jsonl"), root / "training" / "events" / "events_de_train.jsonl"]:
        if f.name == out.name or f.name in later:
            continue
        for line in f.read_text("utf-8").splitlines():
            used.add(json.loads(line)["file"].split(" - ")[0])
    files = sorted((SHARED / "data/quotes-de/data/train").glob("*.json"))
    cand = [f for f in files if f.name.split(" - ")[0] not in used and POLITICS.search(f.name)]
    random.Random(seed).shuffle(cand)
    return cand[:20]


def run(ann: dict, out: Path, seed: int, later: tuple[str, ...] = ()) -> int:
    """A drawn set's command line: ``--draw`` prints the drawn articles' first three sentences
    (nothing of the system's output, for annotating); otherwise the set is written."""
    if "--draw" in sys.argv:
        for f in draw(out, seed, later):
            print("##", f.name)
            for i, s in enumerate(json.loads(f.read_text("utf-8"))["sentences"][:3]):
                print(i, s["text"].strip())
        return 0
    return write(ann, out)


def main() -> int:
    return write(ANN, OUT)

if __name__ == "__main__":
    sys.exit(main())
