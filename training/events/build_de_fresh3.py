"""Build tests/data/events_de_fresh3.jsonl: a third fresh German event set (seventh pass).

The first three sentences of 20 quotes-de train articles used by no other event set (dev,
held-out, fresh, fresh2, events_de_train), drawn at random: random.Random(20261128) shuffle of
the 85 unused train articles whose file name matches fresh.POLITICS, the first 20 of the draw.
Annotated by reading each sentence, following tests/data/events_de_guide.md, before any system
output on them was seen (annotator: the events engineer, 2026-11-26; single annotator).
Sentences ambiguous in type or repeating an event of an earlier sentence are skipped (SKIPPED).

Its untuned figure was recorded once (MODEL_CARD of models/events_type); after that it is train
side (its missed triggers were read for the trigger-recall analysis of issue #5).
``--draw`` prints the drawn articles' sentences (nothing of the system's output).
Needs /work/shared (NEWSGRAPH_SHARED).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh as fresh  # noqa: E402

E = fresh.E
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh3.jsonl"

# (article id, sentence index) -> events
ANN = {
    ("33276", 0): [],
    ("33276", 1): [],
    ("4430", 0): [],
    ("4430", 1): [],  # electing a president is no PLOVER event (as the dev set's elections)
    ("4430", 2): [E("SANCTION", "ausgeschlossen", "", "Al-Hassani", "", "2004")],
    ("60475", 0): [],
    ("60475", 1): [],
    ("60475", 2): [],
    ("77549", 0): [E("PROTEST", "Proteste"),
                   E("ASSAULT", "Auseinandersetzungen", "", "", "", "2014-10-13")],
    ("77549", 2): [E("COERCE", "geräumt", "Polizei", "Blockade", "Mong Kok", "2014-10-13TMO")],
    ("38180", 2): [E("REQUEST", "empfahl", "Colomer", "Gericht"),
                   E("ACCUSE", "Klage", "EU-Kommission", "Bundesrepublik Deutschland")],
    ("23333", 0): [E("AGREE", "geeinigt", "Verteidigungsminister", "", "Innsbruck", "2006-03-07", "denied"),
                   E("CONSULT", "Treffen", "Verteidigungsminister", "", "Innsbruck", "2006-03-07")],
    ("23333", 2): [E("REQUEST", "gebeten", "Vereinten Nationen", "Europäische Union", "", "2006-01")],
    ("18551", 0): [],
    ("18551", 1): [],
    ("18551", 2): [],
    ("75701", 0): [],
    ("75701", 1): [],
    ("75701", 2): [],
    ("25147", 0): [E("AGREE", "zugestimmt", "deutsche Parlament", "", "Bundestag", "2006-04-07")],
    ("25147", 1): [],
    ("25147", 2): [],
    ("9251", 0): [E("CONSULT", "bestellte", "König Rama IX.", "Premierminister Thaksin Shinawatra", "Palast"),
                  E("REQUEST", "drängen", "König Rama IX.", "Premierminister Thaksin Shinawatra")],
    ("9251", 1): [],
    ("48246", 0): [E("REQUEST", "aufgefordert", "Europäische Parlament", "Mitgliedsstaaten")],
    ("48246", 1): [E("AGREE", "abgesegnet", "Mitgliedsstaaten", "", "", "", "planned")],
    ("48246", 2): [],
    ("71448", 0): [],
    ("71448", 1): [],
    ("71448", 2): [],
    ("34728", 0): [],
    ("34728", 1): [],  # forms of violence in general, no act of one actor
    ("34728", 2): [],
    ("48348", 0): [],  # a televised debate of two candidates
    ("48348", 1): [],
    ("48348", 2): [],
    ("52153", 0): [E("PROTEST", "Aktion", "Tierrechtsorganisation PETA", "", "Gänsemarkt", "2008-08-14")],
    ("52153", 1): [],
    ("52153", 2): [],
    ("64897", 0): [],
    ("64897", 1): [],
    ("64897", 2): [],
    ("5943", 0): [],  # a government suspending its own bill: no act on another actor
    ("5943", 1): [E("CONSULT", "EU-Gipfel", "Premierminister Tony Blair", "", "Brüssel", "2005-W24", "planned")],
    ("5943", 2): [],
    # the guide's "droht ein Streik" (dev) is a possible strike; "ab heute" starts a period
    ("48687", 0): [E("PROTEST", "Streik", "", "Berliner Verkehrsbetrieben", "", "", "possible")],
    ("48687", 1): [E("AGREE", "beschloss", "Tarifkommission", "", "", "2008-03-03")],
    # a bare verdict is ACCUSE (guide), its prison terms the next sentence's COERCE; the failed
    # attack is the reason of the arrest ("wegen"), not a reported act
    ("61550", 0): [E("ACCUSE", "Urteil", "Strafsenat", "Mitglieder", "Düsseldorf", "2010-03-04"),
                   E("COERCE", "verhaftet", "", "Mitglieder", "", "2007-09")],
    ("61550", 1): [E("COERCE", "Haftstrafen", "", "Sie")],
    ("83439", 0): [],
    ("83439", 1): [],
    ("83439", 2): [],
}
# ambiguous in type: the unpublished results of the crash investigation (33276/2), the Advocate
# General's opinion that a law breaks EU law (38180/0, 38180/1), the cabinet having to confirm
# the decree (9251/2), the confession as a mitigating factor (61550/2); repeating an event of
# the sentence before: the clashes (77549/1), the meeting's talks (23333/1), the strike (48687/2)
SKIPPED = [("33276", 2), ("38180", 0), ("38180", 1), ("9251", 2), ("61550", 2), ("77549", 1), ("23333", 1), ("48687", 2)]


def main() -> int:
    return fresh.run(ANN, OUT, 20261128, later=("events_de_fresh4.jsonl", "events_de_fresh5.jsonl"))


if __name__ == "__main__":
    sys.exit(main())
