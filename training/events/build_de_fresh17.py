"""Build tests/data/events_de_fresh17.jsonl: a BLIND German event set, the next quotes-de articles of fresh15's draw
order (round 20, issue #5; h6).

**Blind**: made to measure how the German event extractor generalises (HEAD's honest figure at round 20's start,
47945ae); never scored by the engineer who built it and never read for error analysis: the lead scores it once at the
round's end (summary lines only) (models/events_type/MODEL_CARD.md, round 20). fresh15, round 19's blind set, was
scored at that round's end and so can no longer measure a change chosen after reading that round's results.

Source: quotes-de articles (German Wikinews, train and dev, CC BY-NC-SA 4.0; dated, the scorer reads each sentence in
its article), the pool of build_de_fresh15 (no event or time set uses them, no title filter, a real publication date)
in its order (SHA-1 of "20261216:article id"), **after its draw positions 1-100** (fresh15 read those), leaving out
every article another events set names -- fresh16's 25, which are in that part of the order (build_de_fresh13._used,
which reads every tests/data/events_de_*.jsonl but this one, and training/events/events_de_train.jsonl); the first
N_ARTICLES taken and their first three corpus sentences (the quotes-de "sentences" field; no newsgraph code runs here)
annotated, and of the next 50 only the articles with an event among their first three sentences by reading (EXTRA,
as fresh15 did). 143 sentences from 56 articles, 21 events, 122 without, 28 skipped.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h6, 2026-11-27, round 20; single annotator). Sentences ambiguous in type,
repeating an event of an earlier sentence, or corpus fragments are skipped (SKIPPED, with the reason), as in
fresh4-fresh16. Conventions written down here are in the guide's twenty-first pass.

    python training/events/build_de_fresh17.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh17.py           # writes tests/data/events_de_fresh17.jsonl
    python training/events/build_de_fresh17.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh8 as fresh8  # noqa: E402  (rows, command line)
import build_de_fresh13 as fresh13  # noqa: E402  (the event-set users)
import build_de_fresh15 as fresh15  # noqa: E402  (the quotes-de pool without a title filter, its order)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh17.jsonl"
N_ARTICLES = 50
# draw positions 51-100: the first 50 gave 12 events in 121 kept sentences, so positions 51-100 were read too (before
# any system output) and only the articles with an event among their first three sentences taken, as fresh15 did
EXTRA: tuple[str, ...] = ("58138", "46316", "66614", "83502", "63989", "81799", "12291")

E = fresh8.E


def pool() -> list[Path]:
    """fresh15's pool after its draw positions 1-100, without the articles any other events set names."""
    used = fresh13._used(OUT.name)
    return [f for f in fresh15.pool()[2 * fresh15.N_ARTICLES:] if fresh8._aid(f.name) not in used]


def draw() -> list[Path]:
    return fresh8.draw_with_extras(pool(), N_ARTICLES, EXTRA)


# (article id, sentence index) -> events, by reading (see the module doc)
ANN: dict[tuple[str, int], list[dict]] = {
    ("79030", 0): [],
    ("79030", 2): [],
    ("4174", 0): [],
    ("4174", 1): [],
    ("4174", 2): [],
    ("81518", 0): [],
    ("81518", 1): [],
    ("81518", 2): [],
    ("60617", 0): [],
    ("60617", 2): [],
    ("61440", 0): [],
    ("61440", 1): [],
    ("61440", 2): [],
    ("48563", 0): [],  # a match called off
    ("48563", 1): [],
    ("48563", 2): [],
    ("38971", 0): [],
    ("38971", 1): [],
    ("38971", 2): [],
    ("17705", 0): [],
    ("17705", 1): [],
    ("17705", 2): [],
    ("15980", 0): [],
    ("15980", 1): [],
    ("15980", 2): [],
    ("13443", 0): [],
    # a resignation is RETREAT; "heute" is the DCT
    ("42185", 0): [E("RETREAT", "legte heute sein Landtagsmandat nieder", "niedersächsische Landtagsabgeordnete Günter Lenz", "", "", "2007-06-15")],
    ("42185", 2): [E("ACCUSE", "ermittelt", "Staatsanwaltschaft Braunschweig", "Lenz")],
    ("5014", 0): [],
    ("5014", 1): [],
    ("5014", 2): [],
    # management and works council agreeing on cuts is AGREE; the layoffs themselves have no PLOVER type
    ("35012", 0): [E("AGREE", "geeinigt", "Betriebsrat und die Geschäftsleitung des Kaiserslauterer Nähmaschinenherstellers Pfaff")],
    ("35012", 1): [],
    ("35012", 2): [],
    ("83783", 0): [],  # sports results ("besiegt", "geschlagen") are no event
    ("83783", 1): [],
    ("83783", 2): [],
    ("5882", 0): [],
    ("5882", 1): [],
    ("9006", 0): [],
    ("9006", 1): [],
    ("9006", 2): [],
    ("35769", 0): [],
    ("35769", 1): [],
    ("35769", 2): [],
    ("26835", 0): [],
    ("26835", 1): [],
    ("26835", 2): [],
    # closing the airspace to a plane is SANCTION (fresh13: a flight ban on an airline)
    ("4566", 0): [E("SANCTION", "Luftraum gesperrt", "USA", "anfliegenden Flugzeug aus den Niederlanden", "", "2005-04-09")],
    ("4566", 1): [],
    ("4566", 2): [],
    ("39256", 0): [],
    ("39256", 1): [],
    ("39256", 2): [],
    # offering one's resignation: RETREAT, planned (the offer made, the resignation not yet); "am gestrigen Mittwoch"
    ("68713", 0): [E("RETREAT", "Rücktritt", "Ministerpräsident Giorgos Papandreou", "Opposition", "", "2011-06-15", "planned")],
    ("68713", 1): [],
    ("81706", 0): [],
    ("81706", 1): [],  # a tattoo "gestochen" is no event
    ("81706", 2): [],
    ("21319", 0): [],
    ("21319", 1): [],
    ("21319", 2): [],
    ("13100", 0): [],
    # criticism is ACCUSE (fresh16); the study stands for its authors
    ("13100", 1): [E("ACCUSE", "Kritik", "Deutschen Zentralverein homöopathischer Ärzte und vom Bundesverband der Pharmazeutischen Industrie", "Studie")],
    ("30253", 0): [],
    ("30253", 1): [],
    ("30253", 2): [],
    # campaigns of NGOs against a decision are PROTEST
    ("23657", 0): [E("PROTEST", "Aktionen", "Organisationen Transparency International, Campact und LobbyControl", "Bundestagspräsident Norbert Lammert")],
    # a lawsuit is ACCUSE (fresh9); against a law, so no target
    ("23657", 2): [E("ACCUSE", "Klagen", "Abgeordneten Friedrich Merz (CDU), Max Straubinger (CSU), Heinrich Kolb, Sibylle Laurisch, Hans-Joachim Otto (alle FDP) und Peter Danckert (SPD)")],
    ("13837", 0): [],
    ("13837", 1): [],
    ("13837", 2): [],
    ("80703", 0): [],
    ("80703", 1): [],
    ("80703", 2): [],
    ("54390", 0): [],
    ("54390", 1): [],
    ("54390", 2): [],
    ("18979", 0): [],  # an appointment is no event (fresh13)
    ("18979", 1): [],
    ("63838", 0): [],
    ("33988", 0): [],  # lighting a festival fire
    ("33988", 1): [],
    ("33988", 2): [],
    ("17869", 0): [],
    ("17869", 1): [],
    ("17869", 2): [],
    ("6620", 0): [],
    ("6620", 1): [],
    ("6620", 2): [],
    ("4792", 0): [],
    ("4792", 1): [],
    ("4792", 2): [],
    # an announced resignation: RETREAT, planned ("diesen Samstag" dates the announcement, not the resignation)
    ("82713", 0): [E("RETREAT", "zurückzutreten", "64-jährige deutsche Bundeskanzlerin Angela Merkel", mod="planned")],
    ("82713", 2): [],
    ("61850", 0): [],
    ("61850", 1): [],
    ("61850", 2): [],
    ("81786", 0): [],
    # police custody is COERCE (arrests); "Am Dienstagnachmittag" is in (81786, 0)
    ("81786", 1): [E("COERCE", "Schutzgewahrsam", "", "Person")],
    ("81786", 2): [],
    ("12120", 0): [],
    ("12120", 1): [],
    ("12120", 2): [],
    # a parliament passing a bill is AGREE (fresh8)
    ("46026", 0): [E("AGREE", "angenommen", "Parlamentes")],
    ("46026", 1): [],
    ("46026", 2): [],
    ("3148", 0): [],
    ("3148", 1): [],
    ("3148", 2): [],
    ("33173", 0): [],
    ("33173", 1): [],  # shooting competitions ("Schießwettbewerbe")
    ("33173", 2): [],
    ("20929", 0): [],
    ("20929", 1): [],
    ("20929", 2): [],
    ("70718", 1): [],
    ("44966", 0): [],
    ("44966", 1): [],
    ("44966", 2): [],
    ("67339", 0): [],
    ("67339", 1): [],
    ("67339", 2): [],
    ("55796", 2): [],
    ("80023", 0): [],
    ("80023", 2): [],
    # a resignation in an attributive participle with its date is the event (fresh2's "den am 29. März ... verurteilten");
    # "am Montag" before the Tuesday DCT; job cuts have no PLOVER type
    ("33687", 0): [E("RETREAT", "zurückgetretenen", "Airbus-Chefs Christian Streiff", "", "", "2006-10-09")],
    ("33687", 1): [],
    ("33687", 2): [],
    # draw positions 51-100, articles with an event (EXTRA)
    # chaining a plant's gate and "announcing" its closure on a banner is PROTEST; "heute" is the DCT
    ("58138", 0): [E("PROTEST", "mit Ketten vor dem Werktor versehen", "Aktivisten der Umweltorganisation Greenpeace",
                     "schleswig-holsteinische Atomkraftwerk Krümmel", "", "2009-07-06")],
    ("58138", 1): [E("REQUEST", "fordern", "sie", "Betreiber Vattenfall")],
    ("58138", 2): [],  # a technical incident
    ("46316", 0): [],
    # a pardon is CONCEDE (releases); the kidnapping, rapes and sentence in the relative clause are background
    ("46316", 1): [E("CONCEDE", "begnadigte", "saudi-arabische König", "Frau")],
    # a constitutional complaint is ACCUSE (a lawsuit, fresh9); filed in Karlsruhe "heute"
    ("66614", 0): [E("ACCUSE", "Klage", "SPD-regierten Bundesländer Nordrhein-Westfalen, Rheinland-Pfalz, Berlin, Brandenburg und "
                     "Bremen sowie Bundestagsabgeordnete von SPD und Bündnis 90/Die Grünen", "", "Karlsruhe", "2011-02-28")],
    ("66614", 1): [],  # an opinion on the law
    # parties agreeing on a coalition is AGREE
    ("83502", 0): [E("AGREE", "geeinigt", "italienischen Sozialdemokraten (PD) und die Fünf-Sterne-Bewegung")],
    ("83502", 2): [],
    # rejecting criticism is REJECT (fresh8: "Vorwurf zurückgewiesen")
    ("63989", 0): [E("REJECT", "zurückgewiesen", "Vorsitzende der Linken Gesine Lötzsch",
                     "Fraktionsvorsitzenden der Partei im Deutschen Bundestag, Gregor Gysi")],
    # an investigation is ACCUSE; the suicide is no event; the date is the suicide's
    ("81799", 0): [E("ACCUSE", "Ermittlungen", "Staatsanwaltschaft in Kaiserslautern",
                     "Leiter der Dienststelle des Landesbetriebs Mobilität Rheinland-Pfalz (LBM) in Speyer, Kurt Ertel")],
    ("81799", 1): [],
    ("81799", 2): [E("ACCUSE", "Ermittlungen", "", "weiteren Mitarbeiter")],  # "Nach Angaben des SWR" is the claim's source
    # a demand to force petrol stations by law is REQUEST
    ("12291", 0): [E("REQUEST", "gefordert", "Verbraucher-Staatssekretär Matthias Berninger", "größere Tankstellen")],
}
SKIPPED: dict[tuple[str, int], str] = {
    ("79030", 1): "a corpus fragment: calendar entries and a caption run together",
    ("60617", 1): "a state of emergency over storms: COERCE (guide) or disaster relief",
    ("37764", 0): "lights switched off as a sign against climate change: PROTEST (symbolic) or no event",
    ("37764", 1): "organisations calling for the lights-out: PROTEST (a call, fresh12) or REQUEST",
    ("37764", 2): "the lights-out of (37764, 0) told at landmarks",
    ("13443", 1): "a corpus fragment: a results heading",
    ("13443", 2): "a corpus fragment: a results table",
    ("42185", 1): "the resignation of (42185, 0) named ('Diese Entscheidung')",
    ("5882", 2): "a legal dispute named as the cause of a change: ACCUSE or background",
    ("68713", 2): "the government's attempt at talks, named as the offer's context: CONSULT (planned) or background",
    ("13100", 2): "the criticism of (13100, 1) told in detail",
    ("23657", 1): "the delay protested in (23657, 0) announced by its author (no clear PLOVER type)",
    ("18979", 2): "a coach's dismissal in a relative clause (dismissing one's own staff skipped, fresh13)",
    ("63838", 1): "a corpus fragment: a poll table",
    ("63838", 2): "a corpus fragment: a poll table",
    ("82713", 1): "not standing again: the resignation of (82713, 0) told",
    ("70718", 0): "not standing for re-election: RETREAT or no event (elections)",
    ("70718", 2): "parents passing a chat log to the party: ACCUSE (a complaint) or background",
    ("55796", 0): "an employer not paying a salary despite a judgment: REJECT (defying a court) or no event",
    ("55796", 1): "workplace bullying and a dismissal: no clear PLOVER type",
    ("80023", 1): "mockery of a product: ACCUSE (criticism) without actors, or no event",
    ("46316", 2): "the court's earlier finding behind (46316, 1)'s sentence, as background",
    ("66614", 2): "the lawsuit of (66614, 0) argued ('bemängeln die Kläger')",
    ("83502", 1): "thwarting a rival's plans: no clear PLOVER type; his resignation is background",
    ("63989", 1): "the criticism rejected in (63989, 0) told",
    ("63989", 2): "the criticism of (63989, 1) told in detail",
    ("12291", 1): "the demand of (12291, 0) repeated",
    ("12291", 2): "the demand's reason",
}


write, main = fresh8.drawn_entry_points(draw, ANN, SKIPPED, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
