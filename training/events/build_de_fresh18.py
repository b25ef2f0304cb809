"""Build tests/data/events_de_fresh18.jsonl: a BLIND German event set, the next quotes-de articles of fresh17's draw
order (round 21, issue #5; h6).

**Blind**: made to measure how the German event extractor generalises (HEAD's honest figure at round 21's start,
2ce2f2f); never scored by the engineer who built it and never read for error analysis: the lead scores it once at the
round's end (summary lines only) (models/events_type/MODEL_CARD.md, round 21). fresh17, round 20's blind set, was
scored at that round's end and so can no longer measure a change chosen after reading that round's results.

Source: quotes-de articles (German Wikinews, train and dev, CC BY-NC-SA 4.0; dated, the scorer reads each sentence in
its article), build_de_fresh17.pool() in its order (fresh15's pool and SHA-1 order after fresh15's draw positions
1-100, without the articles another events set names) **from its position 101 on** (fresh17 drew from positions 1-100),
this set itself and fresh17 not counted as users (so the draw repeats now that both exist); the first N_ARTICLES taken
and their first three corpus sentences (the quotes-de "sentences" field; no newsgraph code runs here) annotated, and
of the next 100 only the articles with an event among their first three sentences by reading (EXTRA, EXTRA2, as
fresh15 and fresh17 did). 144 sentences from 56 articles, 16 events (ACCUSE 4, PROTEST 2, AGREE 2, SANCTION 2, COERCE,
CONCEDE, CONSULT, ASSAULT, REJECT, RETREAT), 128 without, 27 skipped.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h6, 2026-11-27, round 21; single annotator). Sentences ambiguous in type,
repeating an event of an earlier sentence, or corpus fragments are skipped (SKIPPED, with the reason), as in
fresh4-fresh17. Conventions written down here are in the guide's twenty-second pass.

    python training/events/build_de_fresh18.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh18.py           # writes tests/data/events_de_fresh18.jsonl
    python training/events/build_de_fresh18.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh8 as fresh8  # noqa: E402  (rows, command line)
import build_de_fresh13 as fresh13  # noqa: E402  (the event-set users)
import build_de_fresh15 as fresh15  # noqa: E402  (the quotes-de pool without a title filter, its order)
import build_de_fresh17 as fresh17  # noqa: E402  (its draw, positions 1-100 of the order this set continues)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh18.jsonl"
N_ARTICLES = 50
START = 100  # fresh17 drew from positions 1-100 of its pool
# draw positions 151-200 (51-100 of this set's order): the first 50 gave 8 events, so positions 51-100 were read too
# (before any system output) and only the articles with an event among their first three sentences taken, as fresh17 did
EXTRA: tuple[str, ...] = ("28736", "15794", "35600", "2124")
# with 12 events in 139 sentences, positions 101-150 were read too, the same way (before any system output)
EXTRA2: tuple[str, ...] = ("3002", "8014", "12814")

E = fresh8.E


def pool() -> list[Path]:
    """build_de_fresh17.pool() as it was before this set existed: fresh15's pool after its positions 1-100, without
    the articles any events set but fresh17 and this one names."""
    own = {fresh8._aid(f.name) for f in fresh17.draw()}
    used = fresh13._used(OUT.name) - own
    found = [f for f in fresh15.pool()[2 * fresh15.N_ARTICLES:] if fresh8._aid(f.name) not in used]
    # fresh17's draw lies in positions 1-100 of that order, so what follows position 100 is unread
    assert own <= {fresh8._aid(f.name) for f in found[:START]}, "fresh17's draw moved: the order changed"
    return found[START:]


def draw() -> list[Path]:
    return fresh8.draw_with_extras(pool(), N_ARTICLES, EXTRA, EXTRA2)


# (article id, sentence index) -> events, by reading (see the module doc)
ANN: dict[tuple[str, int], list[dict]] = {
    ("63107", 0): [],  # sports results are no event (fresh17)
    ("63107", 1): [],
    ("63107", 2): [],
    ("39074", 0): [],  # an accident
    ("39074", 1): [],
    ("39074", 2): [],
    # a prison sentence is COERCE (guide); the court is not named; "im Mai dieses Jahres" against the 2005-12-03 DCT
    ("16696", 2): [E("COERCE", "Freiheitsstrafe", "", "ehemalige Beamte Filep Karma", "", "2005-05")],
    ("27782", 0): [],  # informing the public on a world day
    ("27782", 1): [],
    ("27782", 2): [],
    ("33980", 0): [],  # health warnings over smoke
    ("33980", 1): [],
    ("33980", 2): [],
    ("79621", 0): [],
    ("79621", 1): [],
    ("79621", 2): [],
    ("4555", 0): [],
    ("4555", 1): [],
    ("4555", 2): [],
    ("60485", 0): [],
    # an investigation is ACCUSE; "kurz vor Weihnachten" is a vague span, no date
    ("60485", 1): [E("ACCUSE", "ermittelt", "Kartellbehörde", "drei führende deutsche Kaffeeröster")],
    ("60485", 2): [],
    ("1959", 0): [],  # sports
    ("1959", 1): [],
    ("25991", 0): [],
    ("25991", 1): [],
    ("25991", 2): [],
    ("71200", 0): [],
    ("71200", 1): [],
    ("71200", 2): [],
    # calls to demonstrate are PROTEST (fresh12: a union's call to strike); "an den Ostertagen" dates the
    # demonstrations called for, not the calls
    ("80888", 0): [E("PROTEST", "Aufrufe")],
    ("80888", 1): [],  # a definition
    ("80888", 2): [],
    ("75684", 0): [],
    ("75684", 1): [],
    # occupying a building as part of protests is PROTEST (fresh12: storming a meeting); Monday before the Friday DCT
    ("5203", 0): [E("PROTEST", "besetzt", "Studenten", "Rektorat der Uni Freiburg", "", "2005-05-02TMO")],
    ("33591", 0): [],  # a death
    ("33591", 1): [],
    ("33591", 2): [],
    ("69813", 0): [],
    ("69813", 1): [],
    ("69813", 2): [],
    ("45420", 0): [],
    ("45420", 1): [],
    ("45420", 2): [],
    ("40144", 1): [],
    ("40144", 2): [],
    ("5906", 0): [],  # opening an exhibition
    ("5906", 1): [],
    ("5906", 2): [],
    ("22959", 0): [],
    ("22959", 1): [],
    ("22959", 2): [],  # job cuts have no PLOVER type (fresh17)
    ("82374", 0): [],  # fuel dumping
    ("82374", 1): [],
    ("82374", 2): [],
    ("60162", 0): [],
    ("60162", 1): [],
    ("60162", 2): [],
    ("73970", 2): [],
    ("84711", 0): [],  # sports
    ("84711", 1): [],
    ("84711", 2): [],
    # an acquittal is CONCEDE (guide); the jury is named in (6196, 1), whose verdict this sentence gives
    ("6196", 2): [E("CONCEDE", "nicht schuldig", "", "Michael Jackson")],
    ("36491", 0): [],  # an accident
    ("36491", 1): [],
    ("36491", 2): [],
    ("51314", 0): [],  # a death
    ("51314", 1): [],
    ("51314", 2): [],
    # a criminal complaint is ACCUSE (fresh10: a complaint to an authority)
    ("49104", 0): [E("ACCUSE", "Strafanzeige", "erste Parlamentarische Geschäftsführer der grünen Bundestagsfraktion "
                     "Volker Beck als auch der Lesben- und Schwulenverband Deutschland (LSVD)",
                     "Dancehall-Musiker Bounty Killer")],
    ("49104", 1): [],
    ("70935", 1): [],  # data theft (burglary is no event, fresh14)
    ("70935", 2): [],
    ("46722", 0): [],
    ("46722", 1): [],
    ("46722", 2): [],
    ("49443", 0): [],
    ("49443", 1): [],
    ("49443", 2): [],
    ("49380", 0): [],  # waste exported: trade
    ("49380", 1): [],
    ("73273", 0): [],
    ("73273", 1): [],  # found dead; the rehabilitation is background in a "nachdem" clause
    ("73273", 2): [],
    ("37511", 0): [],  # an escape from custody is no event (fresh14)
    ("37511", 1): [],
    ("37511", 2): [],
    # a city council deciding a project is AGREE (fresh8: a cabinet approving a draft); "am Abend des 23.06.2011"
    ("68811", 0): [E("AGREE", "beschloss", "Dresdner Stadtrat", "", "", "2011-06-23TEV")],
    ("68811", 1): [],
    ("68811", 2): [],
    ("76253", 0): [],  # sports
    ("76253", 1): [],
    ("76253", 2): [],
    ("31906", 0): [],  # an evacuation after smoke
    ("31906", 1): [],
    ("31906", 2): [],
    ("10367", 0): [],  # sports
    ("10367", 1): [],
    ("10367", 2): [],
    ("3574", 0): [],  # financing planned
    ("3574", 1): [],
    ("3574", 2): [],
    ("48551", 0): [],  # a death
    ("48551", 1): [],
    ("48551", 2): [],
    # a formal objection ("Widerspruch eingelegt") to an authority's decision is ACCUSE (fresh12: a legal objection
    # to a contract award); the revocation of the title is background
    ("69106", 0): [E("ACCUSE", "Widerspruch", "FDP-Europaabgeordnete Silvana Koch-Mehrin", "Universität Heidelberg")],
    ("69106", 1): [],
    ("69106", 2): [],
    ("21932", 0): [],  # a child missing and found
    ("21932", 1): [],
    ("21932", 2): [],
    ("79138", 1): [],  # the reasons given
    ("79138", 2): [],  # the article's own comment
    ("3681", 0): [],
    ("3681", 1): [],
    ("3681", 2): [],
    ("925", 0): [],
    ("925", 1): [],
    ("925", 2): [],
    ("64095", 0): [],  # elections are no event (fresh5)
    ("64095", 1): [],
    ("64095", 2): [],
    ("12839", 0): [],  # job cuts
    ("12839", 1): [],
    ("12839", 2): [],
    ("76792", 0): [],
    ("76792", 1): [],
    ("76792", 2): [],
    ("5954", 0): [],
    ("5954", 1): [],
    ("5954", 2): [],
    # draw positions 51-100, articles with an event (EXTRA)
    # a ministers' conference is CONSULT (fresh7: "Nato-Außenministertreffen"), planned; the first of its two days
    ("28736", 0): [E("CONSULT", "Migrationskonferenz", "", "", "marokkanischen Hauptstadt Rabat", "2006-07-10",
                     "planned")],
    # setting fires is ASSAULT (dev's "Feuer gelegt", fresh16); no date ("in der dritten Nacht in Folge")
    ("15794", 0): [E("ASSAULT", "Feuer gelegt", "", "", "Bremen")],
    ("15794", 1): [],
    # signing an agreement is AGREE; Wednesday before the Thursday DCT
    ("35600", 0): [],  # a plan to build a plant
    ("35600", 1): [E("AGREE", "unterzeichnet", "", "", "Neu-Delhi", "2006-11-29")],
    # a league's point deduction and a fine are SANCTION (fresh12: a fine a company "muss zahlen"), two penalties
    ("2124", 0): [E("SANCTION", "Punkte Abzug", "", "bereits finanziell angeschlagene HSV Hamburg")],
    ("2124", 1): [E("SANCTION", "Strafe zahlen", "", "Verein")],
    # draw positions 101-150, articles with an event (EXTRA2)
    ("3002", 0): [],  # an appointment is no event (fresh13)
    # calling an act a coup is criticism, ACCUSE (fresh16); "dies" is the act, not an actor
    ("3002", 1): [E("ACCUSE", "nannte", "Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré")],
    ("8014", 1): [],  # chairing a session
    # a chamber voting bills down is REJECT (fresh8); the bills are the Bundestag's
    ("8014", 2): [E("REJECT", "abgelehnt", "CDU/FDP-Mehrheit im Bundesrat", "SPD/Grüne dominierten Bundestages")],
    # declaring oneself ready to give up an office is RETREAT, planned (fresh17: offering one's resignation)
    ("12814", 0): [E("RETREAT", "verzichten", "Wolfgang Gerhardt", mod="planned")],
}
SKIPPED: dict[tuple[str, int], str] = {
    ("16696", 0): "a prisoner hoisting a separatist flag: PROTEST (symbolic) or no event",
    ("16696", 1): "the flag of (16696, 0) told",
    ("1959", 2): "a coach announcing he will leave his club: RETREAT (planned) or no event",
    ("75684", 2): "supply chains to be monitored together with NGOs: COOPERATE (planned) or a product plan",
    ("5203", 1): "the occupation of (5203, 0) told",
    ("5203", 2): "talks at a standstill: CONSULT (a state) or no event",
    ("40144", 0): "a health organisation's recommendation: REQUEST or no event (fresh14 skipped a study's)",
    ("73970", 0): "a policy of making Roma return home: COERCE (expulsion) or no event",
    ("73970", 1): "camp evictions told as a trend ('häufen sich'; statistics of acts skipped, fresh7)",
    ("6196", 0): "the acquittal of (6196, 2) as a state ('ein freier Mann')",
    ("6196", 1): "the jury's verdict announced without its content, which (6196, 2) gives",
    ("49104", 2): "the content of the accusation of (49104, 0)",
    ("70935", 0): "a hack ('suchte heim'): ASSAULT (cyber attack) or no event",
    ("49380", 2): "towns taking in another region's waste: AID or trade",
    ("79138", 0): "a law against internet services: blocking skipped as ambiguous (fresh15)",
    ("47835", 0): "criticism without an actor: ACCUSE or no event (fresh17 skipped mockery of a product)",
    ("47835", 1): "pupils complaining of stress: ACCUSE or no event",
    ("47835", 2): "a reform announced after criticism: CONCEDE (planned, fresh6) or no event",
    ("28736", 1): "the conference of (28736, 0) with its participants",
    ("28736", 2): "a preparatory meeting named as where a goal was defined: CONSULT or background",
    ("15794", 2): "the earlier nights' arson told by its damage",
    ("35600", 2): "the parties to the agreement of (35600, 1)",
    ("2124", 2): "the penalties of (2124, 0) and (2124, 1) told with their reason",
    ("3002", 2): "suggesting a summit: REQUEST or CONSULT (planned)",
    ("8014", 0): "a chamber deliberating on bills: CONSULT or no event",
    ("12814", 1): "the resignation of (12814, 0) told with its timing",
    ("12814", 2): "a dispute reported the day before: no clear PLOVER type",
}


write, main = fresh8.drawn_entry_points(draw, ANN, SKIPPED, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
