"""Build tests/data/events_de_fresh13.jsonl: a BLIND German event set from unused quotes-de articles (round 17, issue #5; h6).

**Blind**: made to measure how the German event extractor generalises (HEAD's honest figure at round 17's start),
scored once untuned (summary lines only) and once more at the round's end with the round's rules off and on; never
read for error analysis (models/events_type/MODEL_CARD.md, round 17).

Drawn from quotes-de articles (German Wikinews, train and dev, CC BY-NC-SA 4.0; the publication date is in every
file name, so events are dated and the scorer reads each sentence with its article) that nothing event- or
time-related has used or read:
- no tests/data/events_de_*.jsonl set (this one left out, so the draw repeats after it exists) and no
  training/events/events_de_train.jsonl line names the article;
- not one of the twelfth events round's sample (training/events/trigger_ab.py) and no timex_*.tml article
  (build_de_fresh8's exclusions, recomputed by its functions);
- a file name with a publication date.
The politics/conflict titles (build_de_fresh.POLITICS) are used up, so the pool is filtered by ``TITLE``, a wider
list of act words of this set's own (crime, courts, police, disputes, meetings, resignations, aid ...), which keeps
89 of the 492 unused articles; these are ordered by SHA-1 of ``SEED:article id`` (a set drawn later that takes
articles out of the pool does not reorder this draw) and the first N_ARTICLES are taken (``--draw`` prints their
first three corpus sentences, the sentence split of the quotes-de "sentences" field; no newsgraph code runs here).

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h6, 2026-11-27, round 17; single annotator). Sentences ambiguous in type
or repeating an event of an earlier sentence are skipped (SKIPPED, with the reason), as in fresh4-fresh12. The
first 50 drawn articles gave 109 kept sentences, short of the 120-150 planned, so draw positions 51-60 were read
too (N_ARTICLES = 60), still before any system output existed. **130 sentences from 57 articles, 36 events, 95
without, 49 skipped.** Types: ASSAULT 7, CONSULT 6, COERCE 6, ACCUSE 5, REQUEST 4, RETREAT 4, SANCTION 2, AGREE 2.
Conventions written down here (beside the guide's and fresh8-fresh12's): a search or raid by police or judiciary
COERCE (dev's "durchsuchte"); seizing goods COERCE (fresh11); a flight ban on an airline SANCTION; expelling
inspectors SANCTION (CAMEO 166); a visit to a company CONSULT (fresh9's visit); a mediator bringing two sides together
CONSULT (fresh10); a prosecutor demanding a penalty REQUEST; an open letter saying policy "müsse" change REQUEST; a
resignation announced "mit Wirkung zum" a date takes that date; a clock time with no day takes the DCT's. Skipped as
ambiguous: a release at the end of a prison term, ordering a killing that did not happen, dismissing one's own
ministers, a lawsuit failing in court, a court overturning acquittals, speaking out for or against a policy ("sprach
sich für ... aus", "machte Front gegen"), praise; culling animals, accidents, fires, sports injuries, an election and
an appointment are no event. Adding this file changes no earlier draw: it is in the ``LATER`` lists of
build_de_fresh8.py and trigger_ab.py (the only draws that read every event set's quotes-de articles without a title
filter; checked: ``--draw`` of fresh3-fresh12 and trigger_ab's sample byte-identical before and after).

    python training/events/build_de_fresh13.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh13.py           # writes tests/data/events_de_fresh13.jsonl
    python training/events/build_de_fresh13.py --out F   # ... or F
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh8 as fresh8  # noqa: E402  (its exclusions, its article list)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh13.jsonl"
SEED = 20261212
N_ARTICLES = 60
# act words in a title (the POLITICS titles being used up); a title filter only, no sentence is chosen by it
TITLE = re.compile(
    r"(?i)(vorw[uü]rf|ermittl|klage|klagt|mord|töt|getötet|tote|überfall|entführ|geisel|bomb|explo|schieß|schüss|"
    r"schuss|kritik|kritisier|forder|boykott|verbot|verbiet|haft|prozess|anklag|beschuldig|droh|warn|treff|besuch|"
    r"einig|vertrag|abkommen|hilfe|spende|unterstütz|zurück|entlass|freigelass|freilass|razzia|durchsuch|"
    r"beschlagnahm|kämpf|gewalt|unruhe|krawall|attent|konflikt|streit|ablehn|lehnt|sanktion|verhandl|plün|raub|"
    r"verletz|kontroll|ermordet|angeklagt|polizist|richter|staatsanwalt|flücht|soldat|kirche|papst|gewerkschaft)")

E = fresh8.E


def _used(own: str = OUT.name) -> set[str]:
    """Articles any event set but ``own`` (and training/events/events_de_train.jsonl) names."""
    used = set()
    files = [f for f in sorted((ROOT / "tests" / "data").glob("events_de*.jsonl")) if f.name != own]
    for f in files + [ROOT / "training" / "events" / "events_de_train.jsonl"]:
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                name = json.loads(line).get("file", "")
                if name:
                    used.add(fresh8._aid(name))
    return used


def pool(own: str = OUT.name, seed: int = SEED) -> list[Path]:
    """The unused act-word-title articles (see the module doc; the set ``own`` not counted as a user), ordered by
    SHA-1 of ``seed:article id``. Shared by fresh14, which takes what this set's draw left."""
    out = _used(own) | fresh8._sample_ids(fresh8._event_set_ids()) | fresh8._timex_heldout_ids()
    heads = fresh8._timex_dev_heads()
    found = []
    for f in fresh8.articles():
        if fresh8._aid(f.name) in out or not re.search(r"\((\d{4}-\d\d-\d\d)\)", f.name) or not TITLE.search(f.name):
            continue
        if any(h in json.loads(f.read_text("utf-8"))["originalText"] for h in heads):
            continue
        found.append(f)
    found.sort(key=lambda f: hashlib.sha1(f"{seed}:{fresh8._aid(f.name)}".encode()).hexdigest())
    return found


def draw() -> list[Path]:
    return pool()[:N_ARTICLES]


# (article id, sentence index) -> events, by reading (see the module doc)
ANN: dict[tuple[str, int], list[dict]] = {
    # a trial ahead ("muss sich demnächst ... verantworten"): ACCUSE, planned (guide: a trial / charges ACCUSE)
    ("15720", 0): [E("ACCUSE", "vor Gericht verantworten", "", "Jäger", mod="planned")],
    ("15720", 1): [],  # a hunt
    ("15720", 2): [],  # hunting a fox
    # "Am Ostersonntag" before the Monday DCT
    ("80950", 0): [E("ASSAULT", "getötet", "", "74-jähriger Mann", "", "2017-04-16")],
    ("80950", 2): [],  # uploading a video
    # a meeting reported by the media ("Berichten ... zufolge": the claim's source, not the event's)
    ("50736", 0): [E("CONSULT", "Treffen", "Barack Obama", "knapp unterlegenen Rivalin Hillary Clinton", "",
                     "2008-06-05")],
    # a search by the judiciary is COERCE (dev: "durchsuchte die Polizei zwei Wohnungen"); the raided offices
    # stand for their firms; "Anfang letzter Woche" keeps the week (guide: "vor drei Wochen")
    ("25158", 0): [E("COERCE", "Razzien", "französische Justiz",
                     "europäischen Luft- und Raumfahrtkonzerne EADS und Airbus", "Paris und Toulouse", "2006-W14")],
    ("53153", 0): [],  # publishing a document
    ("53153", 1): [],
    ("53153", 2): [],
    ("75229", 0): [],
    # "sagte ..., dass die Priester ... sollten": a demand by a speaker (guide: "X müsse" REQUEST)
    ("75229", 1): [E("REQUEST", "sollten", "Papst", "Priester")],
    # the custody decision (the arrest in the relative clause is a second, dated act)
    ("68176", 0): [E("COERCE", "Untersuchungshaft", "", "Dominique Strauss-Kahn"),
                   E("COERCE", "festgenommen", "", "Dominique Strauss-Kahn", "", "2011-05-14")],
    ("68176", 2): [E("ACCUSE", "vorgeworfen", "", "Strauss-Kahn")],
    ("15430", 0): [],  # a plane crash
    ("15430", 1): [],
    ("15430", 2): [],
    ("64689", 0): [],  # a dummy bomb announced as such
    ("64689", 1): [],
    ("64689", 2): [],
    # seizing goods is COERCE (fresh11: "beschlagnahmt")
    ("52789", 0): [E("COERCE", "sichergestellt", "", "", "Grenze der Ukraine zu Polen")],
    ("52789", 1): [],  # culling chickens (animals; background)
    ("52789", 2): [],
    ("5178", 0): [],
    ("5178", 1): [],
    ("5178", 2): [],
    ("69725", 0): [E("ACCUSE", "Anklage", "Staatsanwaltschaft Nürnberg-Fürth", "Mittelfranken")],
    ("69725", 2): [],  # fathering children (content of the charge, no act of a PLOVER type)
    ("26056", 0): [E("ASSAULT", "ermordet", "", "Frau")],  # the Thursday is the disappearance's date
    ("26056", 1): [],  # a body found
    ("26056", 2): [],  # an autopsy
    ("35026", 0): [],  # a collision of aircraft
    ("35026", 1): [],
    ("35026", 2): [],
    ("13587", 0): [],  # an emergency landing
    ("13587", 1): [],
    ("50777", 0): [E("ASSAULT", "Messerattacken", "25-jährigen Mannes", "Menschen", "Akihabara", "2008-06-08")],
    # a flight ban on an airline is SANCTION (as fresh's "verboten" by Putin; CAMEO 16)
    ("12554", 0): [E("SANCTION", "Flugverbot", "Frankreich", "afrikanischen Fluglinie Cameroon Airlines")],
    ("12554", 2): [],  # the reason given
    ("81848", 1): [E("COERCE", "festgenommen", "", "er")],
    ("40205", 0): [],  # a test broken off
    ("40205", 1): [],
    ("40205", 2): [],
    ("20136", 0): [],  # a film
    ("20136", 1): [],
    ("20136", 2): [],
    # a resignation is RETREAT (guide); its own date is the day it takes effect
    ("45626", 0): [E("RETREAT", "Rücktritt", "deutsche Vizekanzler und Arbeitsminister Franz Müntefering", "", "",
                     "2007-11-21")],
    ("45626", 1): [],
    # "Am Mittwochmorgen, den 8. April ... gegen 0:40 Uhr" (clock times take their value: fresh4)
    ("57026", 0): [E("ASSAULT", "überfallen", "zwei Männern", "drei 18-Jährige", "Gastronomie-Meile an der Schlachte",
                     "2009-04-08T00:40")],
    ("57026", 2): [E("ASSAULT", "gewürgt", "", "Eines der Opfer")],  # a further act against one victim
    ("49378", 0): [],  # a financial crisis
    ("49378", 1): [],
    ("49378", 2): [],
    ("47258", 0): [],  # a death
    ("47258", 1): [],  # an election (guide: no event)
    ("47258", 2): [],  # an illness
    ("1265", 0): [],  # an assessment in an interview
    ("1265", 1): [],
    # expelling inspectors is CAMEO 166 (reduce relations): SANCTION; "vor knapp zwei Jahren" keeps the year
    ("1265", 2): [E("SANCTION", "verwiesen", "Regime in Pjöngjang", "internationalen Kernwaffeninspekteure", "", "2002")],
    ("48618", 0): [],  # back home after military service
    ("48618", 2): [],  # a fear
    ("45213", 0): [],  # hosting a sports event awarded
    ("45213", 1): [],
    ("45213", 2): [],
    # a visit is CONSULT (fresh9: a visit received), a company as its host
    ("50935", 0): [E("CONSULT", "besucht", "Brandenburgs Wirtschaftsminister Ulrich Junghanns",
                     "US-amerikanischen Hersteller von Elektroautos, Tesla Motors")],
    ("50935", 1): [],
    ("50935", 2): [],
    ("36202", 0): [],  # an affair going on
    ("36202", 1): [E("COERCE", "verhaftet", "", "ehemalige Siemens-Vorstand Thomas Ganswindt", "", "2006-12-12")],
    ("36202", 2): [],  # a risk of flight assumed
    ("83346", 0): [],  # an appointment
    ("83346", 1): [],  # a press statement
    ("29336", 0): [E("RETREAT", "Rücktritt", "niederländische Ministerpräsident Jan Peter Balkenende", "", "",
                     "2006-06-29TEV")],
    ("29336", 2): [],  # a consequence announced, not named
    ("13380", 0): [],  # a plane crash
    ("13380", 1): [],
    ("13380", 2): [],
    # the media report is the claim's source ("Nach Informationen des ..."), the accuser is Hoyzer
    ("3354", 0): [E("ACCUSE", "Anschuldigungen", "ehemalige Fußballschiedsrichter Robert Hoyzer", "ehemaligen Kollegen")],
    ("3354", 1): [],  # the content of the accusations
    ("3354", 2): [],
    # a cabinet approving a contract is AGREE (fresh8: a cabinet approving a draft); "Am Dienstag" before the Wednesday DCT
    ("8561", 0): [E("AGREE", "beschlossen", "niedersächsische Landeskabinett", "", "", "2005-07-12")],
    ("8561", 1): [],  # what the contract says
    ("8561", 2): [],
    # mediation is CONSULT (fresh10: "vermitteln")
    ("43924", 0): [E("CONSULT", "zueinander zu führen", "Mediatoren Kurt Biedenkopf und Heiner Geißler",
                     "Bahn und die Gewerkschaft Deutscher Lokomotivführer")],
    ("43924", 1): [E("AGREE", "einigen", "Sie")],
    # "gegen 13 Uhr" with no day: the DCT (guide); the news agencies are the claim's source
    ("80698", 0): [E("ASSAULT", "Schießerei", "", "Menschen", "Gymnasium in Grasse", "2017-03-17T13:00")],
    ("80698", 1): [],  # people in shock (a state)
    ("72173", 0): [E("CONSULT", "Auslandsbesuch", "Joachim Gauck", "", "Polen")],
    ("72173", 1): [E("CONSULT", "traf", "Er", "polnischen Amtskollegen, Bronisław Komorowski, dem Ministerpräsidenten "
                     "Donald Tusk und der Parlamentspräsidentin Ewa Kopacz")],
    ("47908", 0): [],  # a saying
    ("47908", 1): [],
    ("59410", 0): [E("RETREAT", "Rücktritt", "niedersächsische SPD-Landtagsabgeordnete und Delmenhorster "
                     "Bürgermeisterin Swantje Hartmann", "", "", "2008-07-08")],
    ("13761", 2): [],  # statements (of the dispute of 13761/0)
    ("37751", 0): [],  # a handball match
    ("37751", 1): [],
    ("37751", 2): [],
    ("73463", 0): [],  # a climbing contest
    ("73463", 1): [],
    # the players kicking the linesman (the sentence names them, so not the pronoun "sie")
    ("74419", 0): [E("ASSAULT", "eintraten", "drei jugendliche Fußballspieler", "Linienrichter", "Almere")],
    ("74419", 2): [],  # people shocked
    ("59120", 0): [],  # a week of events
    ("59120", 1): [],
    ("59120", 2): [],  # a list published (attempts at bans as its background)
    # criticism is ACCUSE (dev); the parties it arose in are its source, the message's sender is not named
    ("4561", 2): [E("ACCUSE", "Kritik", "Oppositionsparteien")],
    ("35051", 0): [],  # voices on a plan
    ("35051", 1): [],  # initiatives founded
    # a state visit beginning with a reception by the head of state: CONSULT; "Am gestrigen Mittwochvormittag"
    ("49225", 0): [E("CONSULT", "Staatsbesuch", "französischen Staatspräsidenten Nicolas Sarkozy", "Königin Elisabeth II.",
                     "Vereinigten Königreich Großbritannien und Nordirland", "2008-03-26TMO")],
    ("49225", 1): [],  # a speech
    # a prosecutor demanding a penalty for the clubs: REQUEST (guide: demands), the clubs its target
    ("29688", 1): [E("REQUEST", "fordert", "Er", "amtierenden Meister Juventus Turin")],
    ("80548", 0): [],  # a farmer learning to defend himself
    ("80548", 1): [],  # pollution (no one's act named)
    ("80548", 2): [],
    ("68853", 0): [],  # private relations
    ("68853", 1): [],
    ("68853", 2): [],
    ("48520", 1): [],
    ("48520", 2): [],
    ("24349", 0): [E("RETREAT", "zurückgetreten", "Spitzenkandidat der CDU in Rheinland-Pfalz, Christoph Böhr", "", "",
                     "2006-03-26TEV")],
    ("24349", 2): [],  # an election result
    # an open letter saying policy "müsse" change: REQUEST (guide: "X müsse" by a speaker)
    ("31283", 0): [E("REQUEST", "müsse", "einflussreichsten britischen Moslems", "Premierminister Tony Blair", "",
                     "2006-08-12")],
    ("31283", 2): [E("REQUEST", "drängten", "Sie", "Premierminister")],
    ("21661", 0): [],  # a sports injury
    ("21661", 1): [],
    ("21661", 2): [],
    ("18058", 2): [],  # money paid in a takeover
    ("33668", 0): [],  # a prize
    ("33668", 1): [],
    ("27258", 0): [],  # a fire
    ("27258", 1): [],
    ("27258", 2): [],
}
SKIPPED: dict[tuple[str, int], str] = {
    ("80950", 1): "a suspect named ('Tatverdächtig ist'): ACCUSE or a state",
    ("50736", 1): "the meeting of (50736, 0) again, where it took place",
    ("50736", 2): "the meeting of (50736, 0) weighed by observers",
    ("25158", 1): "the raids of (25158, 0) told in detail",
    ("25158", 2): "the warrant of the raids of (25158, 0)",
    ("75229", 2): "the demand of (75229, 1) continued",
    ("68176", 1): "the custody decision of (68176, 0) again, its court and date",
    ("69725", 1): "the content of the charge of (69725, 0)",
    ("13587", 2): "a helicopter crew having helped fight forest fires abroad: AID or no event",
    ("50777", 1): "the knife attacks of (50777, 0) told by a witness",
    ("50777", 2): "the knife attacks of (50777, 0) told by a witness",
    ("12554", 1): "the flight ban of (12554, 0) again",
    ("81848", 0): "a release at the end of a prison term: CONCEDE or no event",
    ("81848", 2): "ordering a killing that did not happen: ASSAULT (planned) or THREATEN",
    ("27237", 0): "a minister approving the shooting of a bear: AGREE or no event",
    ("27237", 1): "the minister's reason for (27237, 0), quoted",
    ("27237", 2): "the minister's reason for (27237, 0), quoted",
    ("45626", 2): "the reason for the resignation of (45626, 0)",
    ("57026", 1): "robbers demanding cash: REQUEST or part of the robbery of (57026, 0)",
    ("48618", 1): "an army bringing a soldier home and his fighting: RETREAT/ASSAULT or background",
    ("83346", 2): "a prime minister dismissing ministers: SANCTION/COERCE or no event",
    ("29336", 1): "an admission and a no-confidence motion: CONCEDE/ACCUSE or background of (29336, 0)",
    ("80698", 2): "the shooting of (80698, 0) again, its aim",
    ("72173", 2): "praise for the hosts: SUPPORT or opinion",
    ("47908", 2): "a lawsuit failing in court: ACCUSE (denied) or the court's REJECT",
    ("59410", 1): "a motion to remove her from office: ACCUSE/REQUEST or background of (59410, 0)",
    ("59410", 2): "the resignation of (59410, 0) acknowledged",
    ("13761", 0): "a dispute breaking out: ACCUSE/REJECT or no event",
    ("13761", 1): "voices wanting to limit a chancellor's power: REJECT or opinion",
    ("73463", 2): "a heading fragment ('Nationalkadermitglieder')",
    ("74419", 1): "the victim of (74419, 0) dying of his injuries",
    ("13440", 0): "a party reacting 'mit Befremden' to a demand: ACCUSE, or the demand (REQUEST) as background",
    ("13440", 1): "speaking out for a compromise ('sprach sich für ... aus'): SUPPORT or opinion (fresh9/10 skip 'plädiert für')",
    ("13440", 2): "'machte Front gegen' a decision: REJECT or ACCUSE",
    ("4561", 0): "speaking out for a school subject ('sich ... ausgesprochen'): SUPPORT or opinion",
    ("4561", 1): "'Signale gegen' a school subject: REJECT or opinion",
    ("35051", 2): "initiatives opposing and supporting a proposal and demanding a flag: REJECT/SUPPORT/REQUEST, advocacy",
    ("49225", 2): "the visit of (49225, 0) weighed",
    ("29688", 0): "a prosecutor speaking on the penalty he demands (the trial as setting): REQUEST or ACCUSE",
    ("29688", 2): "the demand of (29688, 1) in detail (a heading and a list)",
    ("43924", 2): "the content of the agreement of (43924, 1) ('Keine Streiks bis ...')",
    ("48520", 0): "a constitutional court's ruling on a law: REJECT/CONCEDE or no event",
    ("24349", 1): "the reason for the resignation of (24349, 0)",
    ("31283", 1): "the letter of (31283, 0) continued (a critique as its content): ACCUSE or content",
    ("39835", 0): "an infobox fragment ('Zur Person')",
    ("39835", 1): "an infobox fragment ('Petra Pau')",
    ("39835", 2): "an infobox fragment ('195px')",
    ("18058", 0): "a federal court overturning acquittals and sending a trial back: ACCUSE/REJECT or CONCEDE",
    ("18058", 1): "the trial of (18058, 0) named as background",
}


def write(out_path: Path) -> int:
    return fresh8.write_set(out_path, {fresh8._aid(f.name): f for f in draw()}, ANN, SKIPPED)


def main(argv: list[str]) -> int:
    return fresh8.run(argv, draw, write, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
