"""Build tests/data/events_de_fresh14.jsonl: a BLIND German event set from the last unused sources (round 18, issue #5; h6).

**Blind**: made to measure how the German event extractor generalises (HEAD's honest figure at round 18's start,
a8587be), scored once untuned (summary lines only) and at the round's end with the round's switch off and on;
never read for error analysis (models/events_type/MODEL_CARD.md, round 18). fresh13, round 17's blind set, had been
scored at a round's end and so could no longer measure a change chosen after reading that round's results.

Two parts, from sources no event set has used or read:
- **quotes-de** (German Wikinews, train and dev, CC BY-NC-SA 4.0; dated, the scorer reads each sentence in its
  article): the unused articles whose title holds an act word of build_de_fresh13.TITLE that fresh13's draw left --
  build_de_fresh13.pool with every event set counted as a user (fresh13 included, this set left out so the draw
  repeats after it exists), minus fresh13's 60 drawn articles (three of them wholly skipped, so in no file): 29
  articles, all taken (``--draw`` prints them in the order of SHA-1 of ``SEED:article id``); the first three corpus
  sentences of each;
- **10kGNAD test rows** (CC BY-NC-SA 4.0; no date, the scorer reads each sentence alone): International and Inland
  are used up (fresh11), so Panorama rows that nothing else uses -- not a row fresh9's exclusions hold, not a row of
  fresh9-fresh12's draws (fresh12's 80 rows were all read), not a row any tests/data file but this one names
  (build_de_fresh10.named_rows), no timex sentence, no stub -- ordered by SHA-1 of ``SEED:row``; the first
  N_GNAD (25) taken, their first three sentences by build_de_fresh9.SPLIT (a regex; no newsgraph code runs here).

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h6, 2026-11-27, round 18; single annotator). Sentences ambiguous in type,
repeating an event of an earlier sentence, a subtitle reporting the act of its fuller lead, or corpus fragments are
skipped (SKIPPED_*, with the reason), as in fresh4-fresh13. Conventions written down here (beside the guide's and
fresh8-fresh13's): setting a train carriage on fire with people in it is ASSAULT (an attack by a person, not a fire);
a boycott of a project SANCTION (CAMEO 163); a complaint to an authority ACCUSE (fresh10); rejecting a claim
("wies ... zurück", "widersprochen") REJECT (fresh8, fresh11); a release on bail CONCEDE (guide: releases); an
arrest in an attributive participle with its own date is a second, dated act (fresh2, fresh13); an animal's attack,
an escape from custody, burglary (theft) and finding bodies are no event; wishes ("will, dass"), a study's
recommendation, an expert meeting, a promise to return goods, a dispute, border controls, an exclusion zone and
speaking out against something ("sich ... ausgesprochen") skipped as ambiguous. Adding this file changes no earlier
draw: it is in the ``LATER`` lists of build_de_fresh8.py, build_de_fresh10.py and trigger_ab.py (checked: ``--draw``
of fresh-fresh13 byte-identical before and after).

    python training/events/build_de_fresh14.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh14.py           # writes tests/data/events_de_fresh14.jsonl
    python training/events/build_de_fresh14.py --out F   # ... or F
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh8 as fresh8  # noqa: E402  (quotes-de rows, the command line)
import build_de_fresh9 as fresh9  # noqa: E402  (10kGNAD rows, their exclusions)
import build_de_fresh10 as fresh10  # noqa: E402  (10kGNAD rows named elsewhere, the rows' writer)
import build_de_fresh11 as fresh11  # noqa: E402  (its draw)
import build_de_fresh12 as fresh12  # noqa: E402  (its draw)
import build_de_fresh13 as fresh13  # noqa: E402  (the act-word title pool)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh14.jsonl"
SEED = 20261214
N_GNAD = 25
SECTIONS = ("Panorama",)

E = fresh8.E


def draw_quotes() -> list[Path]:
    taken = {fresh8._aid(f.name) for f in fresh13.draw()}
    return [f for f in fresh13.pool(OUT.name, SEED) if fresh8._aid(f.name) not in taken]


def draw_gnad() -> list[int]:
    rows = fresh9._rows()
    used = (fresh9._used(rows) | set(fresh9.draw()) | set(fresh10.draw()) | set(fresh11.draw()) | set(fresh12.draw())
            | fresh10.named_rows(OUT.name))
    heads = fresh10._timex_heads()
    cand = [i for i, r in rows if r[0] in SECTIONS and i not in used and "Volltext dieses" not in r[1]
            and not any(h in r[1] for h in heads)]
    cand.sort(key=lambda i: hashlib.sha1(f"{SEED}:{i}".encode()).hexdigest())
    return cand[:N_GNAD]


# quotes-de: (article id, sentence index) -> events, by reading (see the module doc)
ANN_QUOTES: dict[tuple[str, int], list[dict]] = {
    ("21815", 0): [],  # a record flight
    ("21815", 1): [],
    ("21815", 2): [],
    # a car hitting a cyclist is an accident (guide), though the title names the driver's sentence
    ("46350", 0): [],
    ("46350", 1): [],
    ("46350", 2): [],
    # setting a carriage on fire with people in it: an attack (ASSAULT), not a fire; "Am Freitagnachmittag"
    # before the Saturday DCT
    ("30088", 0): [E("ASSAULT", "setzte", "vermutlich geistig verwirrter Täter", "Waggon eines Nahverkehrszuges",
                     "Luxemburger Bahnhof", "2006-07-14TAF")],
    ("30088", 2): [],  # the carriage burning out
    ("68296", 0): [],  # a tense situation
    # marching into a town is the military force of ASSAULT
    ("68296", 1): [E("ASSAULT", "einmarschiert", "Sudanesische Soldaten", "", "Abyei")],
    ("34485", 1): [],  # a chess festival
    ("5114", 0): [],  # an auction
    ("5114", 1): [],
    ("5114", 2): [],
    ("17789", 0): [],  # a memorial plaque
    ("17789", 1): [],  # commemorating pilots killed in a crash
    ("74355", 0): [],
    ("74355", 2): [],  # pollution (no one's act named)
    # "Gestern Abend" before the Friday DCT
    ("15010", 0): [E("ASSAULT", "erstochen", "", "20 Jahre junge Frau", "Darmstadt", "2005-10-27TEV")],
    # "noch am Tatort" gives no date; the possessive goes as the article does ("ihr Mann" -> "Mann", fresh12)
    ("15010", 1): [E("COERCE", "festgenommen", "Polizei", "Freund", "McDonald's-Restaurant in der Gräfenhäuser Straße")],
    ("15010", 2): [],  # witnesses calling the emergency number
    ("68514", 0): [E("ACCUSE", "vorgeworfen", "Spaniens Regierungschef José Zapatero", "Deutschland", "", "2011-06-02")],
    ("68514", 1): [],  # the farmers' losses
    # whom the demand is addressed to is not in the sentence; "Nun" is no date
    ("68514", 2): [E("REQUEST", "fordert", "Zapatero")],
    # an anniversary and a commemoration; the 1944 attack and the executions are background
    ("9093", 0): [],
    ("9093", 1): [],
    ("9093", 2): [],
    ("22629", 1): [],  # topics of a meeting
    ("22629", 2): [],  # an opinion
    ("19835", 0): [],  # possible tensions
    ("19835", 1): [E("REQUEST", "fordert", "mexikanische Staat")],
    # criticism is ACCUSE (dev); criticism of aberrations targets who committed them
    ("78858", 0): [E("ACCUSE", "angeprangert", "Autor Christian Füller",
                     "Reformpädagogik und insbesondere der linken Ideologen")],
    ("78858", 2): [],  # a conversation
    # "am Mittwochabend" before the Saturday DCT
    ("43807", 0): [E("ASSAULT", "getroffen", "ca. 15 Jahre alten Teenie", "11-jährige Schüler Rhys Jones", "",
                     "2007-08-22TEV")],
    ("43807", 1): [],  # an escape
    # release on bail is CONCEDE ("gestern"); the arrest "am Donnerstag" is a second, dated act
    ("43807", 2): [E("CONCEDE", "entlassen", "", "beiden am Donnerstag verhafteten 14 und 18 Jahre alten dringend "
                     "tatverdächtigen Jugendlichen", "", "2007-08-24"),
                   E("COERCE", "verhafteten", "", "14 und 18 Jahre alten dringend tatverdächtigen Jugendlichen", "",
                     "2007-08-23")],
    # a police search is COERCE (dev, fresh13); "in der Nacht zum Sonntag" before the Tuesday DCT is Saturday night
    ("33932", 0): [E("COERCE", "durchsuchten", "Rund 280 Polizeibeamte", "Discothek in Wiesloch", "Wiesloch",
                     "2006-10-14TNI")],
    ("33932", 1): [],  # the reason for the raid (brawls and thefts as background)
    # seizing goods COERCE (fresh11) and arresting people COERCE: two acts
    ("33932", 2): [E("COERCE", "beschlagnahmten", "Beamten"),
                   E("COERCE", "nahmen", "Beamten", "Betreiber der Diskothek sowie die Türsteher")],
    ("82348", 0): [],  # fears
    # rejecting a claim is REJECT (fresh8: "Vorwurf zurückgewiesen"); who made it is not in the sentence
    ("82348", 2): [E("REJECT", "wies", "Kulturministerin Susanne Eisenmann")],
    # an investigation is ACCUSE; the date belongs to the quarrel, not the investigation
    ("73255", 0): [E("ACCUSE", "ermittelt", "Mordkommission der Polizei Dortmund")],
    # using weapons against each other, hearsay ("sollen ... haben"); the press release is the claim's source
    ("73255", 2): [E("ASSAULT", "eingesetzt", "verschiedene Beteiligte", "", "", "", "possible")],
    ("13389", 0): [],  # a body found
    ("13389", 1): [],  # an autopsy result announced
    ("13389", 2): [],  # a suicide
    ("67143", 0): [],
    ("67143", 1): [],  # bodies found
    ("67143", 2): [],  # a police assumption
    ("22510", 0): [],
    ("22510", 1): [E("ACCUSE", "Anzeige", "", "Klien")],
    # "am Sonntagabend" before the Monday DCT; the exchange of fire and the killing are one act
    ("47722", 0): [E("ASSAULT", "getötet", "", "Person", "Ortschaft Ghadschar", "2008-02-03TEV")],
    # contradicting a report is REJECT (fresh11: "dementierte")
    ("47722", 2): [E("REJECT", "widersprochen", "libanesischen Militärsprecher")],
    ("82834", 0): [],  # warnings by phone
    ("82834", 1): [],
    ("82834", 2): [],
    # a boycott is SANCTION (CAMEO 163); the order of its chairman is how it came about
    ("63691", 0): [E("SANCTION", "boykottiert", "Landtagsfraktion der CDU in Baden-Württemberg",
                     "Projekt Abgeordnetenwatch")],
    ("63691", 1): [],  # the reason given
    # a complaint to an authority is ACCUSE (fresh10), the authority its target
    ("63691", 2): [E("ACCUSE", "beschwerten", "einige CDU-Abgeordnete", "Landeszentrale für politische Bildung")],
    ("14955", 0): [],  # a suspicion not confirmed
    ("14955", 1): [],
    ("14955", 2): [],
    ("36600", 0): [],  # considering a listing
    ("36600", 1): [],
    ("36600", 2): [],
    ("51344", 0): [E("ACCUSE", "vor Gericht gestellt", "", "34-jähriger Mann aus der nordrhein-westfälischen Stadt Balve",
                     mod="planned")],
    ("51344", 1): [E("ASSAULT", "geschleudert", "Er", "unbeteiligten 19-jährigen Balver")],
    ("51344", 2): [],  # run over by a car (an accident's injury)
    ("4799", 0): [],  # an escape from custody (fresh's "geflohenen" is no event)
    # the attack is the charge's content (background)
    ("4799", 1): [E("ACCUSE", "beschuldigt", "", "beiden")],
    # "am Ostermontag" 2006 (16 April was Easter Sunday) before the Wednesday DCT
    ("25475", 0): [E("ASSAULT", "gesprengt", "palästinensischer Selbstmordattentäter", "", "Tel Aviv", "2006-04-17")],
    ("25475", 2): [],  # the station as an earlier target (background)
}
SKIPPED_QUOTES: dict[tuple[str, int], str] = {
    ("30088", 1): "the injured of the attack of (30088, 0)",
    ("68296", 2): "the conquest of (68296, 1) reported by television",
    ("34485", 0): "a corpus fragment ('thumb')",
    ("34485", 2): "a corpus fragment ('.')",
    ("17789", 2): "a definition naming the 1948 airlift: AID or background",
    ("74355", 1): "a dispute ('ein Streit ... geführt'): ACCUSE/REJECT or no event (fresh13 skips a dispute)",
    ("22629", 0): "an expert meeting ('Expertentreffen'): CONSULT or no event",
    ("19835", 2): "a promise to return goods ('in Aussicht gestellt'): AGREE/CONCEDE (planned) or no event",
    ("78858", 1): "the content of the critique of (78858, 0)",
    ("82348", 1): "speaking out against competition ('sich ... ausgesprochen') and a claim: REJECT/ACCUSE or opinion",
    ("73255", 1): "the injured of the quarrel behind (73255, 0)",
    ("22510", 2): "a brawl named as the reason for the complaint of (22510, 1): ASSAULT or background",
    ("47722", 1): "the exchange of fire of (47722, 0) told by the Israeli army",
    ("4799", 2): "the victims of the attack named in the charge of (4799, 1)",
    ("25475", 1): "the dead and injured of the attack of (25475, 0)",
}

# 10kGNAD: (test row, sentence index, sentence) -> events, by reading (see the module doc)
ANN_GNAD: dict[tuple[int, int, str], list[dict]] = {
    (29, 1, 'Mazedonien ist von der Balkanroute, auf der Zigtausende Flüchtlinge nach Europa kommen, direkt betroffen.'): [],
    (998, 0, 'Der Umzug der Asylwerber in ein winterfestes Quartier ist abgeschlossen.'): [],
    (998, 1, 'Auch die Bahnhofsgarage soll für den Winter adaptiert werden.'): [],
    (998, 2, 'Salzburg – Die rund 220 Asylwerber, die teilweise schon seit Monaten in der Zeltstadt bei der Polizeidirektion in der Salzburger Alpenstraße ausharren, sind Dienstagnachmittag übersiedelt.'): [],
    (827, 0, 'Muslime wollten Tiere zum Schlachter bringen.'): [],
    # a killing by a mob (the cause in the weil-clause is its background)
    (827, 1, 'Neu-Delhi – Weil er heilige Kühe angeblich zum Schlachter bringen wollte, ist ein Muslim in einem indischen Dorf von einem Mob zu Tode geprügelt worden.'): [E('ASSAULT', 'geprügelt', 'Mob', 'Muslim', 'indischen Dorf')],
    (54, 0, 'Problem der Verbindlichkeit angesichts ständig neuer Forderungen.'): [],
    (54, 1, 'Faymann, Mitterlehner und Co sehen sich in Flüchtlingskurs bestätigt.'): [],
    (54, 2, 'Wien – Angesichts des EU-Gipfels mit der Türkei, der kommende Woche fortgesetzt werden muss, sah sich die Regierungsspitze am Dienstag rund um den Ministerrat in ihrem Flüchtlingskurs bestätigt.'): [],
    (68, 0, 'Doskozil bestätigt Vorbereitungsarbeit und Leitsysteme.'): [],
    (68, 2, 'Verteidigungsminister Hans Peter Doskozil bestätigte am Montag am Rande der SPÖ-Nationalratsklubklausur entsprechende Vorbereitungsarbeiten.'): [],
    (706, 0, 'Zweiter Vorfall innerhalb weniger Tage.'): [],
    # an animal's attack is no event (no actor; as natural disasters)
    (706, 1, 'Trient - Ein Jogger ist am Monte Bondone westlich von Trient von einem Bären  angegriffen worden.'): [],
    (706, 2, 'Das Tier fügte dem 45-Jährigen, der mit seinem Hund  unterwegs war, eine Bisswunde am Kopf zu und verletzte ihn mit seinen Krallen,  berichtete die Lokalzeitung Trentino.'): [],
    # hearsay 'soll ... haben' is possible (guide)
    (7, 0, 'Ein 31-jähriger Polizist soll einer 42-Jährigen den Knöchel gebrochen haben, indem er sie wegstieß.'): [E('ASSAULT', 'gebrochen', '31-jähriger Polizist', '42-Jährigen', mod='possible')],
    (7, 1, 'Das Verfahren strotzt vor Widersprüchen.'): [],
    (7, 2, 'Wien – Eines steht fest: Elisabeth S. hat sich im Mai 2014 bei Tumulten im Umfeld einer Demonstration der rechten Identitären den Knöchel gebrochen, musste operiert werden und hatte monatelang Schmerzen.'): [],
    (319, 0, 'Einsatzkräfte bemühen sich um Abtransport und Unterbringung – Zwei aus Ungarn erwartete Züge sollen vorerst doch noch nicht eintreffen – A4 wieder freigegeben.'): [],
    (319, 1, 'Wien – In Nickelsdorf ist am Sonntagabend die Zahl der Flüchtlinge, die beim Grenzübergang auf ihre Weiterreise warteten, weiter zurückgegangen.'): [],
    (319, 2, 'Gegen 21.45 Uhr befanden sich noch schätzungsweise rund 1.000 Menschen auf dem Gelände, so Polizeisprecher Gerald Pangl.'): [],
    (212, 0, 'Die Taten zu Silvester wurden von der Angst vor einem möglichen Anschlag überschattet, sagt Polizeiwissenschafter Rafael Behr.'): [],
    (212, 1, 'Köln/Hamburg/Wien – Am Freitag wurden erste Details zu den bislang 31 ermittelten Tatverdächtigen der Übergriffe in der Kölner Silvesternacht bekannt.'): [],
    (212, 2, 'Laut deutschem Innenministerium befinden sich 18 Asylwerber darunter.'): [],
    # the lead, fuller than the subtitle (946, 0): the shooting and the police shooting the shooter, two acts
    (946, 1, 'Washington – Ein 18-Jähriger hat in den USA auf Teilnehmer eines Schulabschlussballs geschossen und zwei Schüler verletzt, bevor er von der Polizei erschossen wurde.'): [E('ASSAULT', 'geschossen', '18-Jähriger', 'Teilnehmer eines Schulabschlussballs', 'USA'),
                  E('ASSAULT', 'erschossen', 'Polizei', 'er', 'USA')],
    (763, 0, 'Leichen lagen mehrere Monate in der Wüste.'): [],
    (763, 1, 'Genf - In Niger sind die Leichen von 30 Menschen gefunden worden, die vermutlich auf  ihrem Weg nach Europa in der Sahara ums Leben gekommen sind.'): [],
    (763, 2, 'Die Internationale  Organisation für Migration (IOM) erklärte am Dienstag, die nahe der Stadt Agadez  tot aufgefundenen Flüchtlinge seien vermutlich verdurstet und lägen schon  mehrere Monate in der Wüste.'): [],
    (754, 0, 'Aktion soll künftig einmal im Monat stattfinden.'): [],
    (754, 1, 'Paris – Der Pariser Prachtboulevard Champs-Elysees hat sich am Sonntag zum ersten Mal in eine riesige Fußgängerzone verwandelt.'): [],
    (754, 2, 'Künftig ist er jeden ersten Sonntag im Monat autofrei.'): [],
    (124, 0, '"Urban Change in Time" zeigt Veränderungen in und um Wien seit 1870..'): [],
    (124, 1, 'Das urbane Wachstum in einer einfachen und benutzerfreundlichen Art zu sehen findet Burcu Akinci faszinierend.'): [],
    (124, 2, 'Im Rahmen ihrer Dissertation über visuelle Repräsentationen im Bereich der Stadtplanung hat sie ein Projekt angestoßen, das Vergleiche von Karten aus unterschiedlichen Zeitperioden ermöglicht.'): [],
    (324, 1, 'Wien – Klimawandel, demografische Veränderungen, zunehmende Spitzenverbräuche im privaten Bereich und steigende Konflikte durch landwirtschaftliche Nutzungen könnten einer Boku-Studie zufolge in Österreich in den kommenden Jahren zu Wasserversorgungsengpässen führen.'): [],
    (497, 0, 'Nach der Kollision eines Güterzugs mit einer Hilfslok am Dienstag wurde die Südbahn für drei Wochen gesperrt.'): [],
    (497, 1, 'Die Aufräumarbeiten gestalten sich schwierig.'): [],
    (497, 2, 'Semmering – Die Aufräumarbeiten nach der Entgleisung eines Güterzugs auf der Südbahnstrecke gestalten sich schwierig.'): [],
    (989, 0, '80 Prozent mehr Ankünfte in Süditalien seit Anfang 2016 als im ersten Quartal 2015. Rom – Nach der Schließung der Balkanroute fürchtet Italien eine Rekordzahl an Flüchtlingen über das Mittelmeer in diesem Jahr.'): [],
    (989, 1, 'Zwischen 1. Jänner und dem 30. März 2016 trafen 18.234 Migranten in Süditalien ein, das sind 80 Prozent mehr als im Vergleichszeitraum 2015, als 10.165 Menschen das Land erreicht hatten, berichtete das Innenministerium in Rom.'): [],
    (989, 2, 'Die meisten 2016 angekommenen Migranten starteten aus Libyen und zum Teil aus Ägypten, Tunesien und Algerien.'): [],
    (1017, 0, 'Sprecher: Jedes Lager besser als "Schande von Idomeni".'): [],
    (1017, 2, 'Jede Aufnahmeeinrichtung sei besser als die Schande von Idomeni, sagte ein Sprecher am Montag.'): [],
    (238, 0, 'Polizei berichtete ursprünglich von einer "friedlichen" Stimmung, ein interner Bericht beschreibt die Lage nun deutlich anders.'): [],
    (238, 1, 'Köln – Die Polizei war nach Angaben eines leitenden Beamten frühzeitig über Ausmaß und Dramatik der Übergriffe in der Kölner Silvesternacht informiert.'): [],
    (238, 2, 'Während der Ausschreitungen am Hauptbahnhof hätten Frauen Schutz bei der Polizei gesucht, heißt es in einem internen Einsatzbericht des Bundespolizisten, der am Donnerstag der Deutschen Presse-Agentur vorlag.'): [],
    (774, 0, 'Schiffe drohten abzutreiben – Von Polizeiboot ans Ufer zurückgedrückt.'): [],
    (774, 2, 'Nachdem die miteinander vertauten Schiffe nur noch an einem einzigen Stahlseil hingen, standen sie kurze Zeit später bereits schräg zum Ufer, berichtete die Polizei am Sonntag.'): [],
    # a confessed series of burglaries: theft has no PLOVER type
    (977, 0, '53-Jähriger gestand 67 Einbruchsdiebstähle in Innsbruck und Umgebung in den vergangenen eineinhalb Jahren.'): [],
    # an arrest is COERCE (guide)
    (977, 1, 'Innsbruck – Die Tiroler Polizei hat am Freitag einen Auto-Serieneinbrecher festgenommen.'): [E('COERCE', 'festgenommen', 'Tiroler Polizei', 'Auto-Serieneinbrecher', 'Innsbruck')],
    # burglaries (theft) have no PLOVER type
    (977, 2, 'Der 53-jährige Mann soll in den vergangenen rund eineinhalb Jahren 67 Einbruchsdiebstähle in Pkw in Innsbruck und Umgebung verübt haben, teilte die Exekutive am Samstag mit.'): [],
    (736, 0, 'Mike Vogl koordiniert in Salzburg die freiwilligen Helfer an der Grenze zu Deutschland.'): [],
    (736, 1, 'Salzburg – Der Salzburger Mike Vogl ist ansonsten als Pressefotograf unterwegs und kam durch seine Arbeit zu den Flüchtlingen am Grenzübergang Freilassing.'): [],
    (736, 2, 'Als der zweifache Vater sah, dass kleine Kinder auf dem Asphalt schlafen müssen, beschloss er selbst etwas zu tun, erzählt er im Gespräch mit dem STANDARD.'): [],
    (149, 0, '15 Menschen noch immer vermisst.'): [],
    (149, 1, 'Tianjin – Mehr als zwei Wochen nach den verheerenden Explosionen in der chinesischen Hafenstadt Tianjin ist die Zahl der Todesopfer auf 158 gestiegen.'): [],
    (149, 2, '15 Menschen werden noch immer vermisst, berichtete die staatliche Nachrichtenagentur Xinhua am Montag.'): [],
    # a mutilation in public (by IS, named in the next sentence only) is ASSAULT
    (836, 0, 'Husam M. wurde in Syrien öffentlich an der Hand verstümmelt, in Wien lebt er in einer WG für Kinderflüchtlinge.'): [E('ASSAULT', 'verstümmelt', '', 'Husam M.', 'Syrien')],
    (836, 1, 'Es ist das Jahr 2013, an einem frühen Abend in der syrischen Kleinstadt al-Bab, damals schon in der Gewalt der Terrororganisation Islamischer Staat (IS).'): [],
    (836, 2, 'Husam M., 13 Jahre alt, wartet auf der Straße auf einen Freund.'): [],
    # a cabinet approving a draft is AGREE (fresh8)
    (82, 1, 'Berlin – Nach jahrelangem Streit über das Prostitutionsgesetz hat die deutsche Regierung einen Gesetzesentwurf gebilligt.'): [E('AGREE', 'gebilligt', 'deutsche Regierung')],
    (82, 2, 'Er sieht eine Anmeldepflicht für Prostituierte vor, eine Erlaubnispflicht für Bordellbetreiber und eine Kondompflicht für Freier.'): [],
}
SKIPPED_GNAD: dict[tuple[int, int], str] = {
    (29, 0): "wanting hotspots enlarged and migrants deported ('will, dass'): REQUEST or opinion (fresh9/10 skip wishes)",
    (29, 2): 'countries wanting to send officers to help guard a border: AID, COOPERATE or MOBILIZE',
    (827, 2): 'the attack of (827, 1) told by the police',
    (68, 1): 'stricter border controls planned: SANCTION/COERCE or no event (fresh12 skips border limits)',
    (928, 0): "an exclusion zone around a meeting ('Platzverbot'): COERCE or a security measure",
    (928, 1): 'the Bilderberg meeting named as the setting of security measures: CONSULT (planned) or background',
    (928, 2): "an exclusion zone around a meeting ('Platzverbot'): COERCE or a security measure",
    (946, 0): 'a subtitle reporting the act of the fuller lead (946, 1)',
    (946, 2): 'the shooting of (946, 1) told in detail',
    (324, 0): "a study's recommendation ('müssen laut einer Boku-Studie'): REQUEST or opinion",
    (324, 2): "a study's recommendation in reported speech ('müssten'): REQUEST or opinion",
    (1017, 1): 'the Commission approving the clearing of a camp: SUPPORT or opinion (the clearing, COERCE, as its topic)',
    (774, 1): "unknown persons untying ships' ropes: ASSAULT (property) or mischief",
    (82, 0): 'a subtitle reporting the act of the fuller lead (82, 1)',
}


def write(out_path: Path) -> int:
    rows = fresh8.quotes_rows({fresh8._aid(f.name): f for f in draw_quotes()}, ANN_QUOTES)
    quoted = {fresh8._aid(r["file"]) for r in rows}
    gnad, bad, missing = fresh10.gnad_rows(set(draw_gnad()), ANN_GNAD, SKIPPED_GNAD)
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows + gnad), "utf-8")
    both = rows + gnad
    print(f"{len(both)} sentences ({len(rows)} quotes-de from {len(quoted)} articles, {len(gnad)} 10kGNAD from "
          f"{len({r for r, _, _ in ANN_GNAD})} rows), {sum(len(r['events']) for r in both)} events, "
          f"{sum(not r['events'] for r in both)} without, {len(SKIPPED_QUOTES) + len(SKIPPED_GNAD)} skipped -> {out_path}")
    return 1 if bad or missing else 0


def main(argv: list[str]) -> int:
    if "--draw" in argv:
        fresh8.run(argv, draw_quotes, write, OUT)
        fresh10.print_draw(draw_gnad())
        return 0
    return fresh8.run(argv, draw_quotes, write, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
