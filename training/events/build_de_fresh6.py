"""Build tests/data/events_de_fresh6.jsonl: a sixth fresh German event set (tenth pass).

The first three sentences of 20 quotes-de train articles used by no other event set (dev,
held-out, fresh, fresh2, fresh3, fresh4, fresh5, events_de_train), drawn at random:
random.Random(20261201) shuffle of the unused train articles whose file name matches fresh.POLITICS,
the first 20 of the draw. Annotated by reading each sentence, following tests/data/events_de_guide.md,
before any system output on them was seen (annotator: the events engineer h4, 2026-11-26, round 12;
single annotator). Sentences ambiguous in type or repeating an event of an earlier sentence are
skipped (SKIPPED).

A blind set for the eleventh events round (issue #5, generalisation of actors): scored once at
annotation time and once at the end of the round; not read for error analysis.
``--draw`` prints the drawn articles' sentences (nothing of the system's output).
Needs /work/shared (NEWSGRAPH_SHARED).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh as fresh  # noqa: E402

E = fresh.E
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh6.jsonl"

# (article id, sentence index) -> events
ANN = {
    # a policy change in answer to the teachers' protests is CONCEDE; announced, so planned and
    # without a date of its own (the date is the announcement's)
    ("50016", 1): [E("CONCEDE", "Modifizierung", "niedersächsische Kultusministerin Elisabeth Heister-Neumann",
                     "", "", "", "planned")],
    ("50016", 2): [],  # the draft's content
    ("43098", 0): [],
    ("43098", 1): [],  # an accidental explosion's dead are no event
    ("43098", 2): [],
    # declared readiness to enter talks: intent
    ("27811", 0): [E("CONSULT", "Gespräche", "US-amerikanische Außenministerin Condoleezza Rice", "Iran",
                     "", "", "planned")],
    ("47745", 0): [],  # presenting a budget
    ("47745", 1): [],
    ("47745", 2): [],
    ("51123", 0): [],  # renouncing public campaign money: no act on another actor
    ("51123", 1): [],
    ("51123", 2): [],
    # "am Samstag" before the Monday DCT
    ("38098", 0): [E("REQUEST", "aufgefordert", "deutsche Bundeskanzlerin Angela Merkel",
                     "einheimischen Autohersteller", "", "2007-02-10")],
    ("38098", 1): [],  # a regulatory decision
    ("38098", 2): [],
    ("69856", 2): [E("PROTEST", "Proteste", "Nationalisten", "Großfamilie")],
    ("46588", 0): [],
    ("46588", 1): [],
    ("46588", 2): [],
    ("52120", 0): [E("ASSAULT", "Bombenanschlag", "", "Menschen", "Tripoli")],
    ("14986", 0): [],  # a crash
    ("14986", 1): [],
    ("14986", 2): [],
    ("40973", 0): [],
    ("40973", 1): [],
    ("59510", 0): [],
    ("59510", 1): [],  # membership of a group, a state
    ("59510", 2): [],
    # "am fünften Tag nach ..." is not resolved by the guide's rules: no date
    ("54978", 0): [E("ASSAULT", "Angriffe", "Israelische Kampfflugzeuge", "Ziele", "Gazastreifen")],
    ("54978", 1): [E("REJECT", "lehnte", "israelische Sicherheitskabinett", "EU-Außenminister")],
    # the threat's own date is not given (the afternoon is the evacuation's)
    ("12438", 0): [E("THREATEN", "Bombendrohung", "", "", "München")],
    ("12438", 1): [E("COERCE", "unter Kontrolle gebracht", "Sondereinsatzkommando", "geistig verwirrte Täter")],
    ("12438", 2): [E("REQUEST", "verlangt", "Mann")],
    # two attacks at two places
    ("69231", 1): [E("ASSAULT", "Bombenexplosion", "", "Menschen", "Osloer Regierungsviertel"),
                   E("ASSAULT", "Massaker", "", "Menschen", "Insel Utøya")],
    # holding his family in the house is hostage taking (COERCE by the guide); Sunday evening before
    # the Monday DCT
    ("72414", 0): [E("COERCE", "verschanzt", "45-jähriger Mann",
                     "seiner 31-jährigen Ehefrau, seiner Schwiegermutter und seinen fünf und sieben Jahre alten Töchtern",
                     "Postbauer-Heng", "2012-04-15TEV")],
    ("71593", 0): [],
    ("71593", 1): [],
    ("71593", 2): [],
    ("62459", 1): [],  # the announcement of 62459/0 again
    # demonstrations and occupations as one campaign
    ("62459", 2): [E("PROTEST", "Massendemonstrationen", "Rothemden", "", "thailändische Hauptstadt", "2010-04")],
    ("15588", 0): [E("COERCE", "festgenommen", "",
                     "mutmaßliche Anführer der islamistischen Terrororganisation Abu Sayyaf (Schwert Gottes), Radulan Sahiron",
                     "Philippinen", "2005-11-05")],
    # the accusation and the kidnapping it is about (hearsay: possible)
    ("15588", 1): [E("ACCUSE", "beschuldigt", "", "Er"),
                   E("COERCE", "Entführung", "Er", "", "", "2000", "possible")],
    ("31627", 0): [],  # a flood
    ("31627", 1): [E("REQUEST", "gebeten", "Land", "internationale Gemeinschaft")],
    ("31627", 2): [],
}
# ambiguous in type: the teachers' outcry (50016/0: protest or criticism), setting preconditions
# for talks (27811/2), running a man over that the next sentence calls deliberate (69856/0), a
# committee sitting (40973/2), the correction of a death toll that names the attack (69231/0),
# dissolving parliament to open the way to elections (62459/0), the police failing to reach the
# hostage taker (72414/2); repeating an event of an earlier sentence: going along with Iran's demand
# (27811/1, the talks of 27811/0), the driver's intent (69856/1), the attack's injured and the bomb
# (52120/1, 52120/2), the count of air strikes (54978/2), having the family in his power (72414/1),
# the kidnapped (15588/2)
SKIPPED = [("50016", 0), ("27811", 2), ("69856", 0), ("40973", 2), ("69231", 0), ("62459", 0), ("72414", 2),
           ("27811", 1), ("69856", 1), ("52120", 1), ("52120", 2), ("54978", 2), ("72414", 1), ("15588", 2)]


def main() -> int:
    return fresh.run(ANN, OUT, 20261201)


if __name__ == "__main__":
    sys.exit(main())
