"""Build tests/data/events_de_fresh19.jsonl: a BLIND German event set, the next quotes-de articles of fresh18's draw
order (round 22, issue #5; h4).

**Blind**: made to measure how the German event extractor generalises (HEAD's honest figure at round 22's start,
b4e6b80); never scored by the engineer who built it and never read for error analysis: the lead scores it once at the
round's end (summary lines only) (models/events_type/MODEL_CARD.md, round 22). fresh18, round 21's blind set, was
scored at that round's end and so can no longer measure a change chosen after reading that round's results.

Source: quotes-de articles (German Wikinews, train and dev, CC BY-NC-SA 4.0; dated, the scorer reads each sentence in
its article), build_de_fresh18.pool() in its order **from its position 151 on** (fresh18 drew positions 1-50 and read
51-150 for its extras), fresh17, fresh18 and this set itself not counted as users (so the draw repeats now that all
three exist); the first N_ARTICLES taken and their first three corpus sentences (the quotes-de "sentences" field; no
newsgraph code runs here) annotated, and of the next positions only the articles with an event among their first
three sentences by reading (EXTRA, as fresh15, fresh17 and fresh18 did) -- but the pool holds only 27 articles after
position 150, so all 27 are taken and none are left to read for extras. 68 sentences from 27 articles, 6 events
(ACCUSE 2, ASSAULT, SUPPORT, THREATEN, RETREAT), 62 without, 13 skipped: a small set, so its figures are coarse (one
event is 17 points of a column).

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h4, 2026-11-27, round 22; single annotator). Sentences ambiguous in type,
repeating an event of an earlier sentence, or corpus fragments are skipped (SKIPPED, with the reason), as in
fresh4-fresh18. Conventions written down here are in the guide's twenty-third pass.

    python training/events/build_de_fresh19.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh19.py           # writes tests/data/events_de_fresh19.jsonl
    python training/events/build_de_fresh19.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh8 as fresh8  # noqa: E402  (rows, command line)
import build_de_fresh13 as fresh13  # noqa: E402  (the event-set users)
import build_de_fresh15 as fresh15  # noqa: E402  (the quotes-de pool without a title filter, its order)
import build_de_fresh17 as fresh17  # noqa: E402  (its draw, positions 1-100 of the order fresh18 continues)
import build_de_fresh18 as fresh18  # noqa: E402  (its draw, positions 1-150 of the order this set continues)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh19.jsonl"
N_ARTICLES = 50
START = 150  # fresh18 drew positions 1-50 of its pool and read 51-150 for its extras
# the pool after position 150 holds only 27 articles (quotes-de's dated articles without an events set are used up):
# all 27 are taken in full, and no later positions are left to read for event articles, so there is no EXTRA
EXTRA: tuple[str, ...] = ()

E = fresh8.E


def pool() -> list[Path]:
    """build_de_fresh18.pool() as it was before this set existed, from its position 151 on: fresh15's pool after its
    positions 1-100, without the articles any events set but fresh17, fresh18 and this one names, after fresh17's
    positions 1-100 and fresh18's 1-150."""
    own17 = {fresh8._aid(f.name) for f in fresh17.draw()}
    own18 = {fresh8._aid(f.name) for f in fresh18.draw()}
    used = fresh13._used(OUT.name) - own17 - own18
    found = [f for f in fresh15.pool()[2 * fresh15.N_ARTICLES:] if fresh8._aid(f.name) not in used]
    assert own17 <= {fresh8._aid(f.name) for f in found[:fresh18.START]}, "fresh17's draw moved: the order changed"
    rest = found[fresh18.START:]
    # fresh18's draw lies in positions 1-150 of its pool, so what follows position 150 is unread
    assert own18 <= {fresh8._aid(f.name) for f in rest[:START]}, "fresh18's draw moved: the order changed"
    return rest[START:]


def draw() -> list[Path]:
    return fresh8.draw_with_extras(pool(), N_ARTICLES, EXTRA)


# (article id, sentence index) -> events, by reading (see the module doc)
ANN: dict[tuple[str, int], list[dict]] = {
    ("29022", 0): [],  # a camera failure
    ("29022", 1): [],
    ("29022", 2): [],
    # an investigation is ACCUSE (guide), also without a suspect (dev: "hatte die Polizei Ermittlungen eingeleitet");
    # the burglary itself is no event (fresh14) and "am Dienstagmorgen" is its date, not the investigation's
    ("48539", 0): [E("ACCUSE", "untersucht", "Ermittlungsabteilung der Gendarmerie aus Rodez")],
    ("48539", 1): [],
    ("48539", 2): [],
    ("25900", 0): [],  # construction begun
    # the attacks are the sentence's own statement with their date, not a background clause (fresh8's "als Reaktion
    # auf die Terroranschläge"); no perpetrator named
    ("25900", 1): [E("ASSAULT", "Anschläge", "", "beiden Bürotürme", "", "2001-09-11")],
    ("25900", 2): [],
    # endorsing is SUPPORT (fresh11: endorsing a candidate); "er" is all the sentence has for the senator
    ("64227", 1): [E("SUPPORT", "Unterstützung",
                     "Gallionsfigur der konservativen „Tea Party“-Bewegung Sarah Palin und dem "
                     "Präsidentschaftskandidaten in den republikanischen Vorwahlen 2008, Mike Huckabee", "er")],
    ("34005", 0): [],  # resuming whaling: a policy
    ("34005", 2): [],
    ("3434", 0): [],  # toxic waste found
    ("3434", 1): [],
    ("3434", 2): [],
    ("30019", 0): [],  # a death
    ("30019", 1): [],
    ("30019", 2): [],
    ("36639", 1): [],  # a report about the claims
    ("36639", 2): [],  # details published
    ("14990", 0): [],
    ("14990", 1): [],
    ("14990", 2): [],
    ("72867", 0): [],  # thoughts made public
    ("59921", 0): [],  # an accident
    ("59921", 1): [],
    ("59921", 2): [],
    # a criminal complaint is ACCUSE (fresh18: "Strafanzeige"); the fraudsters are not named; Friday afternoon before
    # the Monday DCT (TAF as fresh14's "Am Freitagnachmittag"); the complaint was made at the police station
    ("69844", 0): [E("ACCUSE", "Anzeige", "40-jähriger Nordrhein-Westfale aus Borchen, ein 37-jähriger Hesse aus "
                     "Stadtallendorf und ein ebenfalls 37-jähriger Bayer aus Roggenburg", "", "Wiesenwache",
                     "2011-09-23TAF")],
    ("69844", 1): [],  # the fraud's victims told
    ("69844", 2): [],
    # threatening to take a mother's children into care is THREATEN; the letter dated 11 August 2008 is the threat
    ("52532", 0): [E("THREATEN", "angedroht",
                     "Arbeitsgemeinschaft Grundsicherung für Arbeitssuchende im Kreis Euskirchen",
                     "Mutter zweier Kinder im Alter von sieben Monaten und zweieinhalb Jahren", "", "2008-08-11")],
    ("69598", 0): [],  # price rises; an EU product rule
    ("69598", 1): [],
    ("69598", 2): [],
    ("52082", 0): [],  # a ceremony manipulated
    ("52082", 1): [],
    ("52082", 2): [],
    ("55189", 0): [],  # the hijacking as a state in a relative clause, background
    ("55189", 1): [],  # a boat capsized: an accident
    ("55189", 2): [],  # drowned in that accident
    # a resignation in an attributive participle with its date is the event (fresh17); "vor fünf Tagen" from "heute",
    # the Tuesday DCT; the appointment is no event (fresh13)
    ("3212", 0): [E("RETREAT", "zurückgetretenen", "Dr. Gerd Niebaum", "", "", "2005-02-10")],
    ("3212", 1): [],  # a contract and a salary waived
    ("3212", 2): [],
    ("20384", 0): [],  # a website offline
    ("20384", 1): [],
    ("74342", 0): [],  # a company taking over bus services: business
    ("74342", 1): [],
    ("74342", 2): [],
    ("48839", 0): [],
    ("48839", 1): [],
    ("48839", 2): [],
    ("12809", 0): [],  # a study
    ("12809", 1): [],
    ("12809", 2): [],
    ("72093", 0): [],  # an earthquake
    ("72093", 1): [],
    ("72093", 2): [],
    ("9837", 2): [],  # the price paid
    ("82125", 0): [],  # an accident
    ("82125", 1): [],
    ("82125", 2): [],
    ("58800", 0): [],  # criticism of a product as the background of a launch
    ("58800", 1): [],
    ("58800", 2): [],
    ("39672", 0): [],
    ("39672", 1): [],
    ("39672", 2): [],
    ("59262", 2): [],
}
SKIPPED: dict[tuple[str, int], str] = {
    ("64227", 0): "a bill announced to end subsidies to broadcasters: SANCTION (planned, as cutting aid) or a "
                  "policy proposal",
    ("64227", 2): "a journalist's dismissal named as background: SANCTION or no event (dismissing ministers "
                  "skipped, fresh13)",
    ("34005", 1): "allowing whaling despite an international moratorium: REJECT (defiance) or a domestic policy",
    ("36639", 0): "a hacker's claimed crack of a copy protection: a hack is skipped as ambiguous (fresh18)",
    ("72867", 1): "a proposal made at a joint press conference: REQUEST, CONSULT or no event (fresh10: pleading "
                  "for a policy)",
    ("72867", 2): "no agreement on details at an earlier talk: AGREE (denied) or CONSULT",
    ("52532", 1): "the letter of (52532, 0) quoted",
    ("52532", 2): "the mother turning to an advocacy group: REQUEST (an appeal for help) or no event",
    ("20384", 2): "a corpus fragment ('Wikimedia')",
    ("9837", 0): "a takeover announced: AGREE / COOPERATE (a deal) or business news",
    ("9837", 1): "shareholders and cartel authorities still to approve the deal: AGREE (planned) or a condition",
    ("59262", 0): "a Nobel prize: awards and honours are skipped as ambiguous (fresh15)",
    ("59262", 1): "the award of (59262, 0) announced",
}


write, main = fresh8.drawn_entry_points(draw, ANN, SKIPPED, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
