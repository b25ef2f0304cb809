"""Build tests/data/events_de_fresh8.jsonl: an eighth blind German event set (twelfth pass, round 13).

Drawn from quotes-de articles (German Wikinews, train and dev, CC BY-NC-SA 4.0; every file name carries
the publication date) that nothing event- or time-related has used or read:
- no tests/data/events_de_*.jsonl set and no training/events/events_de_train.jsonl line names the file;
- no tests/data/timex_*.tml sentence comes from it (timex_de_heldout.tml names its articles in a comment
  "<!-- id:sentence kind -->"; timex_de_dev.tml does not, so an article is out when it holds the first 40
  characters of one of its sentences, as training/time/build_de_heldout.py checks);
- not one of the 20 quotes-de articles of the twelfth events round's sample (training/events/trigger_ab.py,
  read with the system's output), recomputed here as that script picks them, with the sets older than
  this one (the pick depends on which articles the event sets use, so this set is left out of it).
The pool is ordered politics/conflict titles first (build_de_fresh.POLITICS: only dev ones are left), then
the rest, each part shuffled by random.Random(SEED); the first N_ARTICLES are drawn and their first three
sentences annotated, so event-bearing and plain sentences mix as in the earlier fresh sets.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before the system was run on
these sentences or articles in any way (annotator h10, 2026-11-27, project round 13; single annotator):
blind at annotation time. Sentences ambiguous in type or repeating an event of an earlier sentence are
skipped (SKIPPED), as in fresh4-6.

    python training/events/build_de_fresh8.py --draw      # the drawn articles' first three sentences
    python training/events/build_de_fresh8.py             # writes tests/data/events_de_fresh8.jsonl
    python training/events/build_de_fresh8.py --out F     # ... or F

Needs /work/shared (NEWSGRAPH_SHARED). Prints nothing of the system's output (it never imports newsgraph).
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh as fresh  # noqa: E402  (POLITICS, the title filter of the earlier draws)

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared"))
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh8.jsonl"
QUOTES = SHARED / "data" / "quotes-de" / "data"
SEED = 20261202
N_ARTICLES = 20
SAMPLE_SEED = 20261127  # trigger_ab.py's seed for its 15 non-politics train articles


def E(t: str, trig: str, src: str = "", tgt: str = "", loc: str = "", date: str = "", mod: str = "happened") -> dict:
    return dict(type=t, trigger=trig, source=src, target=tgt, location=loc, date=date, modality=mod)


def _aid(name: str) -> str:
    return name.split(" - ")[0]


# event sets built after this one: not counted as users, so the draw can be repeated after they exist
LATER: tuple[str, ...] = ("events_de_fresh13.jsonl", "events_de_fresh14.jsonl", "events_de_fresh15.jsonl",
                         "events_de_fresh16.jsonl", "events_de_fresh17.jsonl", "events_de_fresh18.jsonl",
                         "events_de_fresh19.jsonl", "events_de_fresh20.jsonl",
                         "events_de_fresh21.jsonl", "events_de_fresh22.jsonl", "events_de_fresh23.jsonl",
                         "events_de_fresh24.jsonl", "events_de_fresh25.jsonl",
                         "events_de_fresh26.jsonl", "events_de_fresh27.jsonl",
                         "events_de_fresh28.jsonl", "events_de_fresh29.jsonl", "events_de_fresh30.jsonl")


def _event_set_files() -> list[Path]:
    return [f for f in sorted((ROOT / "tests" / "data").glob("events_de*.jsonl"))
            if f.name != OUT.name and f.name not in LATER] + [
        ROOT / "training" / "events" / "events_de_train.jsonl"]


def _event_set_ids() -> set[str]:
    used = set()
    for f in _event_set_files():
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                name = json.loads(line).get("file", "")
                if name:
                    used.add(_aid(name))
    return used


def _sample_ids(used: set[str]) -> set[str]:
    """The quotes-de articles of trigger_ab.py's sample (its _pick, given the older sets' articles)."""
    files = sorted((QUOTES / "train").glob("*.json"))
    unused = [f for f in files if _aid(f.name) not in used]
    rest = [f for f in unused if not fresh.POLITICS.search(f.name)]
    random.Random(SAMPLE_SEED).shuffle(rest)
    return {_aid(f.name) for f in [f for f in unused if fresh.POLITICS.search(f.name)] + rest[:15]}


def _timex_heldout_ids() -> set[str]:
    text = (ROOT / "tests" / "data" / "timex_de_heldout.tml").read_text("utf-8")
    return set(re.findall(r"<!-- (\d+):\d+", text))


def _timex_dev_heads() -> list[str]:
    text = (ROOT / "tests" / "data" / "timex_de_dev.tml").read_text("utf-8")
    return [re.sub(r"<[^>]+>", "", t)[:40] for t in re.findall(r"<TEXT>(.*?)</TEXT>", text)]


def articles() -> list[Path]:
    return sorted([*(QUOTES / "train").glob("*.json"), *(QUOTES / "dev").glob("*.json")])


def draw() -> list[Path]:
    used = _event_set_ids()
    out = used | _sample_ids(used) | _timex_heldout_ids()
    heads = _timex_dev_heads()
    pool = []
    for f in articles():
        if _aid(f.name) in out or not re.search(r"\((\d{4}-\d\d-\d\d)\)", f.name):
            continue
        text = json.loads(f.read_text("utf-8"))["originalText"]
        if any(h in text for h in heads):
            continue
        pool.append(f)
    pol = [f for f in pool if fresh.POLITICS.search(f.name)]
    rest = [f for f in pool if not fresh.POLITICS.search(f.name)]
    random.Random(SEED).shuffle(pol)
    random.Random(SEED).shuffle(rest)
    return (pol + rest)[:N_ARTICLES]


# (article id, sentence index) -> events, by reading (see the module doc)
ANN: dict[tuple[str, int], list[dict]] = {
    # the rally and its violent end are two acts (as fresh's "Proteste ... Niederschlagung"); a rally
    # stands for its holders; "Am Samstag" before the Sunday DCT
    ("9686", 0): [E("PROTEST", "Kundgebung", "Gegnern", "ägyptischen Präsidenten Muhammad Husni Mubarak",
                    "Innenstadt von Kairo", "2005-07-30"),
                  E("COERCE", "gewaltsam beendet", "", "Gegnern", "Innenstadt von Kairo", "2005-07-30")],
    # the corpus glues the next paragraph to this sentence: Sadat's murder (1981) and the state of emergency
    # are background, announcing a candidacy no event
    ("9686", 1): [E("ASSAULT", "schlugen", "Polizisten und Unterstützer der Regierung", "Demonstranten")],
    ("9686", 2): [],  # candidates admitted to an election
    ("76866", 0): [E("ASSAULT", "Massaker", "", "Menschen", "südsudanesischen Stadt Bentiu")],
    # the accusation (the next sentence calls it "Vorwurf"; dev codes criticism ACCUSE) and the rejection it
    # is about (a nominal event in context, as dev's "Amtsenthebungsverfahren des Parlaments")
    ("26888", 0): [E("ACCUSE", "politischer Einflussnahme", "Sprecher der EU-Medienkommissarin Viviane Reding",
                     "ICANN", "", "2006-05-12"),
                   E("REJECT", "Ablehnung", "ICANN")],
    ("26888", 1): [E("REJECT", "zurückgewiesen", "ICANN-Chef Paul Twomey")],
    ("52410", 1): [E("COERCE", "Geiseln genommen", "muslimische Rebellen", "Geiseln", "Jammu", "2008-08-27")],
    ("52410", 2): [],
    ("53717", 1): [],  # whether he can receive the prize
    # an attack on a house stands for its owner (dev: "Cyberattacken auf die Rechner deutscher Behörden");
    # "Am vergangenen Mittwoch" before the Thursday DCT
    ("69650", 0): [E("ASSAULT", "griffen", "zwei Selbstmordattentäter", "Grenztruppengenerals",
                     "pakistanischen Provinzhauptstadt Quetta", "2011-09-07")],
    ("69650", 2): [],  # "die Verletzten" is a state (guide)
    ("75792", 0): [E("ASSAULT", "getötet", "", "Personen", "chinesischen Uigurischen Autonomen Gebiet Xinjiang",
                     "2013-06-26")],
    # the attack on the buildings that began the unrest, a second act beside the killings of 75792/0
    ("75792", 1): [E("ASSAULT", "angriff", "Mob", "Polizeistationen, ein Regierungsgebäude und eine Baustelle",
                     "Großgemeinde Lukeqin", "2013-06-26TMO")],
    # the rioters' killings are those of 75792/0 again (not annotated again); the police shooting the
    # attackers is new and stated, not hearsay (indicative bevor-clause)
    ("75792", 2): [E("ASSAULT", "erschossen", "Polizei", "mutmaßliche Angreifer")],
    ("81491", 0): [],
    ("81491", 1): [],
    ("81491", 2): [],
    # the cabinet's approval of a draft is AGREE (dev: "vom Parlament ... abgesegnet"); "gestern, am 12.
    # Juli"; the 2001 attacks name a law's origin (background, as dev's Tiananmen massacre)
    ("30032", 1): [E("AGREE", "abgesegnet", "Bundeskabinett", "", "", "2006-07-12")],
    ("30032", 2): [],
    # criticism is ACCUSE (dev); criticism of a decision targets its maker
    ("64683", 0): [E("ACCUSE", "Kritik", "", "SWR")],
    ("64683", 1): [],  # a succession
    ("64683", 2): [],  # confirming a nomination
    # "Am Morgen" of the DCT; arrested and accused, as fresh's "festgenommen ... angeklagt"
    ("2745", 0): [E("COERCE", "festgenommen", "", "Personen", "Mainz und Bonn", "2005-01-23TMO"),
                  E("ACCUSE", "beschuldigt", "", "Personen")],
    ("75087", 0): [],
    ("75087", 1): [],
    ("17214", 0): [],  # a crash
    ("17214", 1): [],
    ("17214", 2): [],
    # a parliament voting a bill down is REJECT, as voting one through is AGREE (dev, fresh, fresh3)
    ("38693", 0): [E("REJECT", "abgelehnt", "kanadische Parlament")],
    ("38693", 1): [],  # a law's origin; the 2001 attacks are background
    ("38693", 2): [],
    ("65535", 0): [],  # a party congress that did not take place
    ("38981", 0): [],  # a memorial for victims
    # the attacks themselves; "vor drei Jahren" keeps the year (guide)
    ("38981", 1): [E("ASSAULT", "Terroranschlägen", "islamischer Extremisten", "", "Nahverkehrszügen", "2004")],
    ("36485", 0): [],  # a competing search engine
    ("36485", 1): [],
    ("36485", 2): [],
    ("12830", 0): [],  # a climbing accident
    ("12830", 1): [],
    ("12830", 2): [],  # first aid at an accident (no event, like the twelfth round's "Rettungseinsatz")
    ("71365", 0): [],
    ("71365", 1): [],
    ("71365", 2): [],
    ("80534", 1): [],  # an impression of the fans' behaviour
    ("80534", 2): [E("ACCUSE", "vorgeworfen", "", "Geschäftsführer des Vereins")],
}
# ambiguous in type: an ongoing civil war (76866/1, as fresh7's war), taking a city beside a massacre
# already reported (76866/2), unrest that "continues" (52410/0), awarding a prize (53717/0: SUPPORT or none),
# sitting in prison for a court's view of guilt (53717/2: a state), overreach "criticised" in a relative
# clause before a plan (30032/0), recruitment for an attack (2745/2), a formal warning by the EU Commission
# (75087/2: THREATEN, ACCUSE or SANCTION), cancelling a party's rental contracts (65535/1), violent riots
# around a football match without actors (80534/0: PROTEST or ASSAULT); repeating an event of an earlier
# sentence: the attack's dead and injured (69650/1, 38981/2), the proceedings behind the accusation of
# 2745/0 (2745/1), the school's reason for cancelling (65535/2)
SKIPPED: list[tuple[str, int]] = [("76866", 1), ("76866", 2), ("52410", 0), ("53717", 0), ("53717", 2),
                                  ("30032", 0), ("2745", 2), ("75087", 2), ("65535", 1), ("80534", 0),
                                  ("69650", 1), ("38981", 2), ("2745", 1), ("65535", 2)]


def quotes_rows(files: dict[str, Path], ann: dict) -> list[dict]:
    """The set's rows for the annotated sentences ``ann`` ((article id, sentence index) -> events) of the
    quotes-de articles ``files`` (article id -> file); warn on an annotated span the sentence lacks.
    Shared by write_set and the mixed set fresh14."""
    rows = []
    for (aid, idx), events in ann.items():
        f = files[aid]
        text = json.loads(f.read_text("utf-8"))["sentences"][idx]["text"].strip()
        for e in events:
            for k in ("trigger", "source", "target", "location"):
                if e[k] and e[k] not in text:
                    print(f"{k} {e[k]!r} not in {text!r}", file=sys.stderr)
        pub = re.search(r"\((\d{4}-\d\d-\d\d)\)", f.name).group(1)
        rows.append({"file": f.name, "published": pub, "lang": "de", "sentence": text, "events": events})
    return rows


def write_set(out_path: Path, files: dict[str, Path], ann: dict, skipped: list) -> int:
    """Write the annotated sentences ``ann`` of the quotes-de articles ``files`` as an events set
    (quotes_rows). Shared by the later quotes-de sets (fresh13)."""
    rows = quotes_rows(files, ann)
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} sentences, {sum(len(r['events']) for r in rows)} events, "
          f"{sum(not r['events'] for r in rows)} without, {len(skipped)} skipped -> {out_path}")
    return 0


def write_drawn(out_path: Path, drawn: dict[str, Path], ann: dict, skipped: dict) -> int:
    """Write a drawn set (fresh15, fresh17): every one of the first three sentences of each drawn article
    (article id -> file) must be annotated in ``ann`` or listed in ``skipped``, never both (else rc 1 and the
    sentences named); the rows are quotes_rows'."""
    n_sent = {a: len(json.loads(f.read_text("utf-8"))["sentences"][:3]) for a, f in drawn.items()}
    missing = [(a, i) for a in drawn for i in range(n_sent[a]) if (a, i) not in ann and (a, i) not in skipped]
    both = [k for k in ann if k in skipped]
    if missing or both:
        print(f"not annotated nor skipped: {missing}; both: {both}", file=sys.stderr)
    assert all(a in drawn for a, _ in ann), "an annotated article outside the draw"
    rows = quotes_rows(drawn, ann)
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} sentences from {len({a for a, _ in ann})} articles, {sum(len(r['events']) for r in rows)} events, "
          f"{sum(not r['events'] for r in rows)} without, {len(skipped)} skipped -> {out_path}")
    return 1 if missing or both else 0


def draw_with_extras(found: list[Path], n: int, *extras: tuple[str, ...]) -> list[Path]:
    """The first ``n`` of ``found``, then the articles each ``extras[k]`` names (in its order) from the next block of
    ``n`` positions: the drawn sets that read on past their first block (fresh15, fresh17, fresh18)."""
    drawn = found[:n]
    for k, extra in enumerate(extras, 1):
        block = {_aid(f.name): f for f in found[k * n:(k + 1) * n]}
        assert all(a in block for a in extra), f"an extra article outside draw positions {k * n + 1}-{(k + 1) * n}"
        drawn += [block[a] for a in extra]
    return drawn


def drawn_entry_points(draw_fn, ann: dict, skipped: dict, default_out: Path):
    """``write(out_path)`` and ``main(argv)`` of a drawn set (write_drawn over draw_fn's articles, run)."""
    def write(out_path: Path) -> int:
        return write_drawn(out_path, {_aid(f.name): f for f in draw_fn()}, ann, skipped)

    def main(argv: list[str]) -> int:
        return run(argv, draw_fn, write, default_out)

    return write, main


def write(out_path: Path) -> int:
    return write_set(out_path, {_aid(f.name): f for f in articles()}, ANN, SKIPPED)


def run(argv: list[str], draw_fn, write_fn, default_out: Path) -> int:
    """The set builders' command line: ``--draw`` lists the drawn articles' first sentences (to annotate from),
    otherwise the set is written to ``--out`` (default ``default_out``). Shared by the later quotes-de sets."""
    if "--draw" in argv:
        for f in draw_fn():
            print("##", f.parent.name, f.name)
            for i, s in enumerate(json.loads(f.read_text("utf-8"))["sentences"][:3]):
                print(i, s["text"].strip())
        return 0
    return write_fn(Path(argv[argv.index("--out") + 1]) if "--out" in argv else default_out)


def main(argv: list[str]) -> int:
    return run(argv, draw, write, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
