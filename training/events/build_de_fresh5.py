"""Build tests/data/events_de_fresh5.jsonl: a fifth fresh German event set (ninth pass).

The first three sentences of 20 quotes-de train articles used by no other event set (dev,
held-out, fresh, fresh2, fresh3, fresh4, events_de_train), drawn at random: random.Random(20261130)
shuffle of the unused train articles whose file name matches fresh.POLITICS, the first 20 of the draw.
Annotated by reading each sentence, following tests/data/events_de_guide.md, before any system
output on them was seen (annotator: the events engineer, 2026-11-26; single annotator).
Sentences ambiguous in type or repeating an event of an earlier sentence are skipped (SKIPPED).

A second blind set beside fresh4 (issue #5, learned-trigger round): its figures are recorded once
at the end of that round and it is not read for error analysis.
``--draw`` prints the drawn articles' sentences (nothing of the system's output).
Needs /work/shared (NEWSGRAPH_SHARED).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh as fresh  # noqa: E402

E = fresh.E
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh5.jsonl"

# (article id, sentence index) -> events
ANN = {
    # elections and votes are no event (guide, as dev's election sentences)
    ("35318", 0): [],
    ("35318", 1): [],
    ("35318", 2): [],
    ("5381", 0): [],
    ("5381", 1): [],
    ("5381", 2): [],
    # occupying a building and pelting officials are two acts
    ("6385", 0): [E("PROTEST", "besetzt", "Demonstranten", "", "Bischkek"),
                  E("ASSAULT", "beworfen", "Demonstranten", "Beamten", "Bischkek")],
    ("6385", 1): [E("COERCE", "vertrieben", "Einsatztruppen", "Demonstranten")],
    # a death sentence is COERCE; "wie BBC berichtet" is the claim's source, not the event's
    ("60138", 0): [E("COERCE", "verurteilt", "chinesischen Gericht", "Personen", "", "2009-12-24")],
    ("60138", 1): [],
    ("33857", 0): [],
    ("33857", 1): [],
    ("33857", 2): [],
    ("31223", 1): [],
    ("31223", 2): [],
    ("40419", 0): [E("PROTEST", "demonstrierten", "Menschen", "", "", "2007-04-14")],
    ("40419", 1): [],
    ("40419", 2): [],
    ("5820", 0): [],
    ("5820", 1): [],
    # the night of New Year's Eve is dated by the day it starts on
    ("25051", 0): [E("ASSAULT", "Doppelmord", "", "", "Iserlohn", "2005-12-31TNI")],
    ("25051", 1): [E("COERCE", "verhaftet", "Polizei", "Mann", "", "2006-04-03")],
    ("25051", 2): [],  # being in custody is a state
    ("66791", 0): [E("ASSAULT", "erschossen", "", "Menschen", "Kairo")],
    # the date is the arson's, not the protest's
    ("66791", 1): [E("PROTEST", "protestierten", "christliche Ägypter"),
                   E("ASSAULT", "Brandanschlag", "", "Kairoer Kirche", "", "2011-03-05")],
    ("71936", 1): [E("ACCUSE", "vorgeworfen", "", "Kony")],
    ("71936", 2): [E("ASSAULT", "ermordet", "", "Menschen")],
    ("45074", 0): [E("ACCUSE", "Prozess", "Landgericht Bremen", "Ziehvater", "", "2007-10-24")],
    ("45074", 1): [],
    ("45074", 2): [E("REJECT", "verweigerte", "Ziehvater")],
    ("83739", 0): [E("ASSAULT", "getötet", "Streitkräfte der Vereinigten Staaten", "Qasem Soleimani", "", "2020-01-02")],
    ("83739", 1): [E("ASSAULT", "Anschlag", "", "US-Botschaft", "Baghdad", "2019-12-31")],
    ("12953", 0): [E("CONSULT", "Besuch", "Hans Küng", "Papst Benedikt XVI.", "Rom", "2005-09-24")],
    ("62831", 0): [E("ASSAULT", "erschossen", "Taxifahrer", "Menschen", "Nordengland", "2010-06-02TMO")],
    ("62831", 2): [],
    ("79859", 0): [],
    ("79859", 1): [],
    ("79859", 2): [],
    ("9019", 2): [],
    # a car bomb going off is a bombing (ASSAULT), unlike an accidental explosion
    ("58397", 0): [E("ASSAULT", "explodiert", "", "", "Palmanova", "2009-07-30")],
    ("58397", 2): [],
    ("6662", 0): [],  # an industrial accident
    ("6662", 1): [],
    ("6662", 2): [],
    ("56876", 1): [E("ASSAULT", "Amoklauf", "", "", "Vereinigten Staaten")],
}
# ambiguous in type: the published list of suspects of foiled attacks (31223/0), a coup's seizing
# of power (5820/2), a warrant in a film's description (71936/0), dissolving the Bundestag and its
# president accepting it (9019/0, 9019/1), closing an airport against the bombers' escape (58397/1),
# a series of rampages (56876/0); repeating an event of an earlier sentence: the eviction (6385/2),
# the sentenced (60138/2), the arson (66791/2), the attack on Soleimani (83739/2), the visit's talk
# (12953/1, 12953/2), the injured of the shooting (62831/1), the rampage's dead (56876/2)
SKIPPED = [("31223", 0), ("5820", 2), ("71936", 0), ("9019", 0), ("9019", 1), ("58397", 1), ("56876", 0),
           ("6385", 2), ("60138", 2), ("66791", 2), ("83739", 2), ("12953", 1), ("12953", 2), ("62831", 1),
           ("56876", 2)]


def main() -> int:
    return fresh.run(ANN, OUT, 20261130)


if __name__ == "__main__":
    sys.exit(main())
