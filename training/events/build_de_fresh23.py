"""Build tests/data/events_de_fresh23.jsonl: a BLIND German event set from 10kGNAD's last unread Panorama rows and
the later sentences of spent blind sets' articles (round 26, issue #5; h4).

**Blind**: made to measure round 26's German event switches (issue #5) on text nobody tuned on; the lead scores it
once at the round's end with each switch off and on (training/events/round26_ab.py), summary lines only; never read
for error analysis, and the annotator never ran newsgraph on it.

Drawn, in two parts (``--check`` prints what each exclusion removes):
- **Panorama's last 29 test rows** (order positions 1-29): gnad_blind's pool (fresh9's exclusions -- fresh7, the
  twelfth events round's trigger_ab sample, rows 500-649 of gnad_events.py, the checks' held-out rows ``i % 5 == 0``,
  the linking sets, gnad_sample.csv, link_10kgnad_snippets.json --, the draws of fresh9-fresh12, fresh14 and fresh16,
  rows a tests/data file names, timex articles, rows sharing a sentence of >= 40 characters with a file under tests/,
  the "Volltext" stub) in section Panorama, ordered by SHA-1 of ``SEED:row``. These are the 30 rows of fresh14's
  Panorama order (positions 26-59) that fresh16 read for crime (build_de_fresh16: "the others are refugee, traffic and
  science news") without annotating them or running any tool on them, less row 849 (a sentence shared with a file
  under tests/). 24 of them are in the NER CRF's unlabelled self-training pool (training/ner/silver.py, raw text, no event
  label; no shipped model was trained on it, de_ner card round 15), which this set takes them out of, as fresh20-22
  took theirs. They gave 5 events (< 15), so:
- **sentences 4-6 (indices 3-5) of the 10kGNAD articles whose first three sentences formed a SPENT blind set**
  (fresh10, fresh14's 10kGNAD part, fresh20, fresh21, fresh22: 184 rows with a sentence in their set; the quotes-de
  sets fresh13, fresh15, fresh17-19 need another writer and were not needed), ordered by SHA-1 of ``SEED:row``, the
  first N_LATER (50) in full (read before annotating: the first 50 then held 11 events, 16 with Panorama's). No tool ever listed these sentences: every event tool and scorer reads a set's own
  sentences (the scorer reads 10kGNAD sentences alone) and gnad_events.py reads rows 500-649 only. Each is checked
  here: not a row of a read set (dev, fresh-fresh3, fresh7, fresh9, fresh11, fresh12, fresh16, events_de_train), not a
  row 500-699, not a checks held-out row, not a row another tests file names, not a timex article, no taken sentence
  in a file under tests/, not in the NER pool (spent rows are named, so none is). Caveat: the same story as sentences
  that were scored and, since their sets are spent, read.
Sentences by build_de_fresh9.SPLIT (a regex; no newsgraph code runs here), the subtitle (sentence 0) kept.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h4, 2026-11-28, round 26; single annotator). Sentences ambiguous in type
or modality, repeating an event of an earlier sentence (also one of the spent set's first three), or regex split
fragments are skipped (SKIPPED, with the reason), as in fresh9-fresh22. 10kGNAD has no publication date: no event is
dated, the scorer reads each sentence alone, and the date column is not scored for this set. **178 sentences from 72
articles (79 drawn, 7 wholly skipped), 16 events, 162 without, 58 skipped.** Panorama's 29 rows: 62 sentences from 26
rows, 5 events (SANCTION, AGREE, ACCUSE, COERCE, REQUEST); the later sentences of 50 spent articles: 116 sentences
from 46 rows, 11 events (REQUEST 5, THREATEN, ACCUSE, COERCE, PROTEST, REJECT, COOPERATE). Row 29 (fresh14) is left
out by the checks: its fifth sentence is in tests/data/link_el_heldout.jsonl. Conventions written down here (the guide's twenty-seventh pass): a fine an individual "muss ...
bezahlen" SANCTION (as fresh12's company); a country sending migrants back across a border ("nach Griechenland
geschickt") COERCE (CAMEO 174, expel or deport); "ruft ... auf" and "appellierte an" a REQUEST with the addressee the
target; threatening to end a contract ("mit der Kündigung ... gedroht") THREATEN; "Dem gehöre ein Riegel vorgeschoben,
so X" and "sollten nicht ..., mahnte X" REQUEST (the guide's "X müsse"); "weisen die Vorwürfe zurück" REJECT (as
fresh8); a company cooperating with another for a campaign COOPERATE (as fresh15's companies); fans "auf die
Barrikaden gegangen" and pelting the team bus with eggs one PROTEST (fresh10's phrase). Honours, proposals presented,
border controls and quotas, welcoming an agreement, admitting failings ("zugegeben"), transfers of asylum seekers,
charity galas, a quarrel, a warning against unilateral moves, price fixing, supervisory letters, a bailiff, expert
opinions criticising a draft law and acts named as background skipped as ambiguous; accidents, statistics, refugee
arrivals, fires, sports results, reviews and studies are no event.
Adding this file changes no earlier draw: it is in the ``LATER`` lists of build_de_fresh8.py, build_de_fresh10.py,
build_de_fresh15.py, gnad_blind.py and trigger_ab.py (checked: ``--draw`` of fresh3-fresh22 and ``--order`` of
fresh20-fresh22 byte-identical before and after). 10kGNAD: CC BY-NC-SA 4.0.

    python training/events/build_de_fresh23.py --check   # what each exclusion removes
    python training/events/build_de_fresh23.py --draw    # the drawn sentences
    python training/events/build_de_fresh23.py           # writes tests/data/events_de_fresh23.jsonl
    python training/events/build_de_fresh23.py --out F   # ... or F
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh9 as fresh9  # noqa: E402  (10kGNAD rows, the sentence split)
import build_de_fresh10 as fresh10  # noqa: E402  (the writer, rows named elsewhere, timex articles)
import build_de_fresh11 as fresh11  # noqa: E402  (a read set's draw)
import build_de_fresh12 as fresh12  # noqa: E402  (a read set's draw: all 80 rows were read)
import gnad_blind  # noqa: E402  (the pool: earlier draws, exclusions)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OUT = DATA / "events_de_fresh23.jsonl"
SEED = 20261226
SECTIONS = ("Panorama",)
# the spent blind sets drawn from 10kGNAD (scored once at their round's end, now readable)
SPENT = ("fresh10", "fresh14", "fresh20", "fresh21", "fresh22")
# sets read for error analysis (never a source of later sentences)
READ = ("dev", "fresh", "fresh2", "fresh3", "fresh7", "fresh9", "fresh11", "fresh12", "fresh16")
LATER_SENTENCES = range(3, 6)  # sentences 4-6
N_LATER = 50  # the first N_LATER spent articles of the order are taken in full
# 10kGNAD rows gnad_events.py lists (the events "gnad" mode): never taken; the NER pool leaves out 500-699
EVENT_ROWS = range(500, 650)
ROW_RE = re.compile(r"10kgnad test (\d+)")

E = fresh10.E


def _set_rows(name: str) -> set[int]:
    path = ROOT / "training" / "events" / "events_de_train.jsonl" if name == "train" else DATA / f"events_de_{name}.jsonl"
    return {int(m) for m in ROW_RE.findall(path.read_text("utf-8"))}


def order() -> list[int]:
    """Panorama's rows nothing else uses, ordered by SHA-1 of ``SEED:row``."""
    return gnad_blind.order(SEED, SECTIONS, OUT)


def _later_checks() -> list[tuple[str, set[int]]]:
    """(what, rows it excludes) for the spent sets' rows: the exclusions of the later-sentence part."""
    rows = dict(fresh9._rows())
    spent = set().union(*(_set_rows(n) for n in SPENT))
    read = set().union(*(_set_rows(n) for n in (*READ, "train")))
    read |= set(fresh9.draw()) | set(fresh11.draw()) | set(fresh12.draw())  # read sets' whole draws, skipped rows too
    own = {f"events_de_{n}.jsonl" for n in SPENT}
    named = fresh10.named_rows(OUT.name, tuple(own))
    heads = fresh10._timex_heads()
    blob = gnad_blind.test_sentences(OUT)
    later = {i: fresh10.sentences(rows[i][1], LATER_SENTENCES) for i in spent}
    pool = _ner_pool(spent)
    return [("a read set's row (or a read set's draw)", spent & read),
            ("a row 500-649 (gnad_events.py lists them)", {i for i in spent if i in EVENT_ROWS}),
            ("a checks held-out row (i % 5 == 0)", {i for i in spent if i % 5 == 0}),
            ("a row another tests/data file names", spent & named),
            ("a timex article", {i for i in spent if any(h in rows[i][1] for h in heads)}),
            ("a taken sentence in a file under tests/", {i for i in spent if any(len(s) >= 40 and s in blob for s in later[i])}),
            ("in the NER silver pool", spent & pool),
            ("fewer than four sentences", {i for i in spent if not later[i]})]


def _ner_pool(rows: set[int]) -> set[int]:
    """Which of ``rows`` training/ner/silver.py's unlabelled pool holds, by its row tests (held-out rows, EVENT_ROWS,
    rows a tests file names, this set left out); its shared-sentence test needs the checks' splitter (newsgraph code, not run here), so
    this may keep a row the pool drops, never the reverse."""
    named = set()
    for p in (ROOT / "tests").rglob("*"):
        if p.is_file() and p != OUT and p.suffix in {".py", ".json", ".jsonl", ".csv", ".md", ".txt", ".tsv"}:
            raw = p.read_text("utf-8", errors="ignore")
            named |= {int(m) for m in re.findall(r"10kgnad[- ](?:test )?(\d+)", raw, flags=re.I)}
            named |= {int(m) for m in re.findall(r'"row":\s*(\d+)', raw)}
    return {i for i in rows if i % 5 and not 500 <= i < 700 and i not in named}


def later_order() -> list[int]:
    """The spent sets' 10kGNAD rows that pass every check of _later_checks, ordered by SHA-1 of ``SEED:row``."""
    spent = set().union(*(_set_rows(n) for n in SPENT))
    out = set().union(*(rows for _, rows in _later_checks()))
    return sorted(spent - out, key=lambda i: hashlib.sha1(f"{SEED}:{i}".encode()).hexdigest())


def draw() -> list[int]:
    return order() + later_order()[:N_LATER]


def windows() -> dict[int, range]:
    return {i: LATER_SENTENCES for i in later_order()[:N_LATER]}


def check() -> None:
    """Prints what each exclusion removes, for both parts."""
    pan = order()
    print(f"Panorama: {len(pan)} rows in gnad_blind's pool (its exclusions: fresh9's, earlier draws, named rows, timex, "
          f"shared sentences); in the NER silver pool by its row tests (unlabelled, no shipped model trained on it; not "
          f"excluded; 24 by its full test, 259 -> 235 rows): "
          f"{len(_ner_pool(set(pan)))}; rows 500-649: {sum(i in EVENT_ROWS for i in pan)}; held out: "
          f"{sum(i % 5 == 0 for i in pan)}")
    spent = set().union(*(_set_rows(n) for n in SPENT))
    print(f"later sentences: {len(spent)} rows of the spent sets {', '.join(SPENT)}")
    for what, rows in _later_checks():
        print(f"  excluded as {what}: {len(rows)} {sorted(rows)}")
    print(f"  left: {len(later_order())}; taken: the first {N_LATER}")


# (10kGNAD test row, sentence index, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, int, str], list[dict]] = {
    (438, 0, 'Polizei klagt über Riesenaufwand, den haltlose Gerüchte verursachen.'): [],
    (438, 1, 'Auch warne sie keineswegs die Bevölkerung davor, das Haus zu verlassen.'): [],
    (438, 2, 'Von diesen Leuten geht keine Gefahr aus.'): [],
    (154, 0, 'Das Kind war mit dem Fahrrad unterwegs und wurde an einer Kreuzung von einem Lkw erfasst.'): [],
    (154, 1, 'Wien – Ein zehnjähriges Mädchen ist Montagfrüh bei einem Verkehrsunfall in Wien-Simmering getötet worden.'): [],
    (154, 2, 'Sie war mit dem Fahrrad auf einem Radweg unterwegs, als sie auf einer Kreuzung von einem Lkw erfasst wurde.'): [],
    (144, 0, 'Rund 210.000 Menschen kamen binnen eines Monats laut Innenministerium ins Land, 10.000 von ihnen stellten Asylanträge.'): [],
    (144, 1, 'Wien – Im Zuge der aktuellen Fluchtbewegung passierten rund 200.000 Personen im vergangenen Monat Österreich.'): [],
    (144, 2, 'Diese Angabe kommt aus dem Innenministerium: Seit dem 31. August, an dem hunderte Flüchtlinge am Wiener Westbahnhof ankamen und großteils nach Deutschland weiterreisten, beobachte die Polizei nämlich, wie viele Menschen sich auf der Flucht durch das Land bewegen.'): [],
    (708, 1, '2015 wird nach ihren Berechnungen ein Rekordjahr in puncto illegale Migration: 1,5 Millionen Menschen werden erwartet – mehr als in den sechs Jahren davor.'): [],
    (708, 2, 'In den Jahren 2009 bis 2014 sind insgesamt 813.000 Menschen illegal in die Europäische Union gekommen bzw. haben die Grenze in ein Mitgliedsland illegal überschritten.'): [],
    (152, 0, 'Zwei nordkoreanische Ärzte sind in Kambodscha gestorben, die Umstände sind einmal mehr mysteriös.'): [],
    (152, 1, 'Nordkorea ist ein sicherer Lieferant für bizarre Geschichten – wahre und unwahre.'): [],
    (152, 2, 'Die jüngste Episode dieser Art ereignete sich Anfang Jänner, als zwei nordkoreanische Ärzte in Kambodschas Hauptstadt Phnom Penh starben – am selben Ort, zur selben Zeit, aufgrund derselben Ursache.'): [],
    (956, 0, 'Für die zweite Planungsstufe wurden aus sechzig Einreichungen sechs Vorschläge ausgewählt, die die Bürger ab Montag beurteilen können.'): [],
    (956, 1, 'Wien – Am großen Wettbewerb zur Gestaltung des Schwedenplatzes und des angrenzenden Morzinplatzes in der Wiener Innenstadt beteiligten sich 38 Architekten und Landschaftsplaner, manche mit visionären Vorschlägen.'): [],
    (956, 2, 'Kein einziger wurde angenommen.'): [],
    (776, 0, 'Ein Waldviertler Sozialarbeiter muss 1.100 Euro Strafe bezahlen, weil er einem befreundeten Flüchtling nach Hilfe im Garten 110 Euro zusteckte.'): [E('SANCTION', 'Strafe bezahlen', '', 'Waldviertler Sozialarbeiter', '')],
    (776, 1, 'Weitra/Wien – Heinz Spindlers Stimmungslage wechselt derzeit zwischen Zorn und Zuversicht.'): [],
    (219, 0, 'Laut Medienbericht nehmen fünf bis 20 Flüchtlinge jeden Monat diese Route.'): [],
    (219, 1, 'London/Oslo – Bürgerkriegsflüchtlinge aus Syrien benutzen laut einem britischen Zeitungsbericht auch eine Route von ihrer Heimat aus über den Polarkreis nach Europa.'): [],
    (219, 2, 'Vom hohen Norden Russlands aus ließen sie sich mit russischen Autos nach Norwegen bringen, berichtete der Guardian am Montag unter Berufung auf die norwegische Polizei.'): [],
    (1021, 0, 'Ein Künstler fotografiert 2011 für ein Wiener Hotel, gewährt für die Bilder drei Jahre Werknutzung.'): [],
    (1021, 1, '2016 entdeckt er: Die Bilder wurden hundertfach ohne Freigabe weltweit verwendet.'): [],
    (1021, 2, 'Wien – Klemens Horvath sitzt vor wenigen Wochen in einem Züricher Hotel und blättert durch eine Schweizer Sonntagszeitung.'): [],
    (881, 2, 'Wir sind zu einem Abkommen gelangt.'): [E('AGREE', 'zu einem Abkommen gelangt', 'Wir', '', '')],
    (973, 0, 'ORF-Gala im Zeichen der Flüchtlingskrise.'): [],
    (472, 1, '30 Jahre sind vergangen, aber viele Menschen der Ukraine haben noch immer ein schweres Erbe zu tragen: Hunderttausende wurden nach dem GAU im Atomkraft Tschernobyl für Aufräum- und Sicherheitsarbeiten eingesetzt.'): [],
    (472, 2, 'Anfang der 90er-Jahre stieg die Krebsrate sprunghaft an.'): [],
    (138, 0, 'Deutschland deswegen von EU-Kommission verklagt.'): [E('ACCUSE', 'verklagt', 'EU-Kommission', 'Deutschland', '')],
    (81, 0, '5.700 kamen am Mittwoch in Slowenien an – Ein Kind überlebte Bootsüberfahrt nach Griechenland nicht.'): [],
    (81, 1, 'Ljubljana/Spielfeld – Am Donnerstagvormittag hielten sich in der Spielfelder Sammelstelle an der Grenze zu Slowenien rund 2.100 Flüchtlinge auf.'): [],
    (81, 2, 'Man war bei den Einsatzkräften zuversichtlich, den Menschen mit 112 Bussen sowie drei ÖBB-Sonderzügen die Weiterreise zu ermöglichen.'): [],
    (746, 2, 'Wie der Krumpendorfer Grüne-Nationalrat Matthias Köchl mitteilte, sollen sie in der geplanten Flüchtlingsunterkunft in Gabcikovo untergebracht werden.'): [],
    (407, 0, 'Ermittler gehen von Fahrlässigkeit aus.'): [],
    (407, 1, 'Traiskirchen – Eine Zigarette gilt nach Polizeiangaben vom Donnerstag als mutmaßlicher Auslöser des Feuers im Spendenlager der Caritas in Traiskirchen (Bezirk Baden) am Dienstag.'): [],
    (407, 2, 'Vorsätzliche Brandstiftung hatten die Ermittler des Landeskriminalamtes Niederösterreich bereits am Mittwochabend ausgeschlossen.'): [],
    (171, 0, 'Viele Inselbewohner, allen voran Premierminister David Cameron, machen sich Sorgen über das schlechte Benehmen britischer Möwen.'): [],
    (171, 1, 'Wenn sogar der Premierminister sich öffentlich Sorgen macht, hat das Problem gewiss Substanz.'): [],
    (269, 0, 'Neues Flüchtlingsunglück vor Samos.'): [],
    (269, 1, 'Lesbos – Bei einem Flüchtlingsunglück in der türkischen Ägäis sind vier Menschen ums Leben gekommen, unter ihnen drei Kinder.'): [],
    (269, 2, 'Drei Boote seien bei schlechtem Wetter auf dem Weg zur griechischen Insel Lesbos gekentert, meldete die Nachrichtenagentur Anadolu unter Berufung auf Angaben aus Sicherheitskreisen vom Samstagabend.'): [],
    (378, 1, 'Athen – Mazedonien hat nach eigenen Angaben mehrere hundert Migranten nach Griechenland geschickt, die sich aus dem Flüchtlingslager Idomeni nach einem Fußmarsch über die Grenze durchgeschlagen haben.'): [E('COERCE', 'geschickt', 'Mazedonien', 'mehrere hundert Migranten', '')],
    (256, 0, 'Zeitung: Sechs Millionen Bürger betroffen.'): [],
    (256, 1, 'Washington – Der Skandal um mit Blei verseuchtes Trinkwasser in den USA weitet sich aus.'): [],
    (256, 2, 'Wie die Zeitung USA Today am Donnerstag unter Berufung auf eigene Recherchen berichtete, sind rund sechs Millionen US-Bürger betroffen.'): [],
    (222, 0, 'Mehr als 230 weitere  Personen sind verletzt.'): [],
    (222, 1, 'Riad – Wenige Tage vor der weltweit größten muslimischen Pilgerfahrt sind bei einem Unglück im saudi-arabischen Mekka mindestens 107 Menschen ums Leben gekommen.'): [],
    (222, 2, 'Laut einer vorläufigen amtlichen Opferbilanz vom Samstag wurden zudem 238 Menschen verletzt, als am Freitag, dem Gebetstag der Muslime, ein Baukran auf die Große Moschee der Millionenstadt stürzte.'): [],
    (318, 0, '21-Jähriger fuhr mit 100 km/h durch Saalfelden – Alkotest ergab rund zwei Promille.'): [],
    (318, 1, 'Saalfelden / Zell am See – Ein betrunkener Autofahrer ist in der Nacht auf Dienstag mit 100 km/h durch das Ortsgebiet von Saalfelden im Salzburger Pinzgau gerast.'): [],
    (318, 2, 'Der 21-jährige Niederländer brachte es auf der Freilandstraße gar auf 160 km/h.'): [],
    (871, 0, 'WWF ruft weitere Staaten zu Bestandserhebungen der Tiere auf.'): [E('REQUEST', 'ruft', 'WWF', 'weitere Staaten', '')],
    (871, 1, 'Kuala Lumpur/Wien – Im Himalayastaat Bhutan ist erstmals eine Tigerzählung durchgeführt worden.'): [],
    (871, 2, '103 Tiere leben laut den am Mittwoch von der Regierung präsentierten Zahlen in freier Wildbahn, berichtete die Naturschutzorganisation WWF in einer Aussendung.'): [],
    (247, 0, 'EU-Kommission: "Sind zu allen gleich streng".'): [],
    (337, 0, 'Mit einer neuen parlamentarischen Initiative könnte der Staat zum Dealer  werden.'): [],
    (337, 1, 'Millionen von Italienern rauchen Joints.'): [],
    (337, 2, 'Sie sind gezwungen, in der  Illegalität zu leben, sagt Benedetto Della Vedova.'): [],
    (141, 0, 'Erste erfolgreiche Transplantation von zwei Händen bei einem Kind.'): [],
    (141, 1, 'Philadelphia – Einem acht Jahre alten Burschen sind in Philadelphia zwei neue Hände transplantiert worden.'): [],
    (141, 2, 'Nach Angaben des Kinderkrankenhauses der US-Ostküstenstadt handelte es sich dabei um die weltweit erste erfolgreiche Transplantation von zwei Händen bei einem Kind.'): [],
    (391, 3, 'Judith Weissenböck, Chefin vom Dienst im ORF-NÖ, bekam mit 16 Stimmen mehr als doppelt so viel Unterstützung von der Redakteursversammlung.'): [],
    (391, 4, 'Ebenfalls noch vor Ziegler landete mit 9 Stimmen Redakteurssprecher Benedikt Fuchs.'): [],
    (391, 5, 'ORF-NÖ-Redakteurin Ursula Hofmeister wurde von 6 Redakteuren gewählt, Chef vom Dienst Robert Friess von 3. Das Ergebnis des Votums ist für die ORF-Geschäftsführung allerdings nicht bindend.'): [],
    (833, 4, 'Die Konsequenzen seien nun öffentlich sichtbar.'): [],
    (687, 3, 'Den Sendeplatz übernimmt Anne Will.'): [],
    (687, 4, 'Laut dem Spiegel hat Jauch der ARD bereits im April vergangenen Jahres mit der Kündigung seines Vertrages gedroht.'): [E('THREATEN', 'gedroht', 'Jauch', 'ARD', '')],
    (687, 5, 'In dem Schreiben beklagte er Eingriffe in seine journalistische  Unabhängigkeit und kritisiert das fehlende Vertrauen seitens der ARD.'): [E('ACCUSE', 'kritisiert', 'er', 'ARD', '')],
    (434, 3, 'Der Brite war 0,606 Sekunden langsamer.'): [],
    (434, 4, 'Hinter dem dreifachen Weltmeister landete WM-Spitzenreiter Nico Rosberg im zweiten Silberpfeil.'): [],
    (434, 5, 'Auf Rang vier schaffte es in der Einheit am Nachmittag der niederländische Spanien-Sieger Max Verstappen im zweiten Red Bull.'): [],
    (847, 3, 'Pölten / Wien – Die Grünen wollen im niederösterreichischen Landtag wieder Anträge stellen – was ihnen derzeit, mit nur vier Abgeordneten, nicht möglich ist.'): [],
    (998, 3, 'Der Großteil wurde in der adaptierten Sporthalle im Stadtteil Riedenburg untergebracht.'): [],
    (998, 4, 'Nach der Übersiedlung werden nun die Zelte an der Alpenstraße abgebaut, womit in Salzburg keine Asylwerbenden mehr in Zelten wohnen müssen.'): [],
    (998, 5, 'Für die Flüchtlinge in der Schwarzenbergkaserne in Wals-Siezenheim wurden bereits winterfeste Container aufgestellt.'): [],
    (908, 3, 'Cavendish will im Omnium starten.'): [],
    (908, 4, 'Ich würde es nicht einen verzweifelten Versuch nennen, aber wahrscheinlich ist es seine letzte Chance.'): [],
    (908, 5, 'Cavendish muss in Hongkong liefern.'): [],
    (736, 3, 'Seit eineinhalb Monaten koordiniert Vogl nun die freiwilligen Helfer bei der Saalachbrücke und in der ehemaligen Autobahnmeisterei Liefering.'): [],
    (736, 4, 'Dafür hat sich der Fotograf zunächst drei Wochen Urlaub genommen, nun hilft er nach der Arbeit so mit wie es geht.'): [],
    (736, 5, 'Er übernehme viele Koordinationsaufgaben und packt an, wo Not am Mann ist, ob in der Kinderbetreuung, der Bändervergabe oder beim Auslass.'): [],
    (398, 3, 'Bei A1 und 3 ist das schon länger möglich.'): [],
    (398, 4, 'Die T-Mobile-Karte zeigt in den noch nicht abgedeckten Gebieten, ob LTE voraussichtlich bis Jahresende oder in den nächsten acht Wochen verfügbar sein wird.'): [],
    (398, 5, 'Sofern es gar keine Auskunft gibt, kann man sich in eine Liste eintragen, um später Informationen zu erhalten.'): [],
    (336, 5, 'Days Familie appellierte an die Behörden, die Journalisten freizulassen.'): [E('REQUEST', 'appellierte', 'Days Familie', 'Behörden', '')],
    (399, 3, 'Das berichten die Süddeutsche Zeitung (Samstag) und das Magazin Focus.'): [],
    (399, 4, 'Wie der deutsche Konzern bereits mehrfach angedeutet hatte, werden dazu ab dem Herbst 2015 die drei Tarife Light, Classic und Flex in der Economy-Klasse eingeführt.'): [],
    (399, 5, 'Eine Sprecherin des Unternehmens sagte der Deutschen Presse-Agentur am Freitagabend, die Lufthansa wolle die neuen Preiskategorien am Montag (27.7.) offiziell vorstellen und am Dienstag den Verkauf für Flüge ab dem 1. Oktober beginnen.'): [],
    (787, 3, 'Heute ist es eine sozialistische Regierung, die von innen und von außen unter Druck gerät, weil sie das tun will, was auch andere europäische Länder – vor allem Spanien und Portugal – schon durchgezogen haben.'): [],
    (787, 4, 'Wenn es einen Punkt gibt, bei dem sich seriöse Ökonomen einig sind, dann sind es die Folgen eines zu hohen Kündigungsschutzes.'): [],
    (787, 5, 'Der hilft jenen, die bereits einen Job haben, führt aber dazu, dass Betriebe insgesamt weniger Menschen anstellen – und vor allem keine Jugendlichen, die erstmals in den Arbeitsmarkt eintreten.'): [],
    (817, 3, 'Diese Entscheidung habe sein  Berater den Verantwortlichen des italienischen Fußball-Meisters am Mittwoch  mitgeteilt, berichteten mehrere Medien, darunter die Turiner Zeitung  Tuttosport.'): [],
    (817, 4, 'Tevez spielt seit 2013 für Juve und erzielte in der vergangenen Saison in  Liga und Champions League 27 Tore.'): [],
    (817, 5, 'Der Stürmer hatte mehrmals erklärt,  irgendwann in seine Heimat zurückkehren zu wollen.'): [],
    (149, 3, 'Zuvor waren den Behörden 145 Tote bekannt gewesen.'): [],
    (149, 4, 'In einem Chemielager im Hafen der Millionenmetropole waren am 12. August gefährliche Chemikalien explodiert und hatten auf dem Gelände im Binhai Distrikt schwere Zerstörungen und selbst in einem kilometerweiten Umkreis noch Schäden angerichtet.'): [],
    (149, 5, '23 Verantwortliche wurden von der Polizei in Haft genommen oder festgesetzt.'): [E('COERCE', 'in Haft genommen', 'Polizei', '23 Verantwortliche', '')],
    (172, 3, 'Ederer: Derzeit gibt es von den Mitgliedsfirmen noch keine aktuellen Berichte, dass sich die Probleme des chinesischen Kapitalmarktes negativ auf ihre Geschäftstätigkeit auswirken.'): [],
    (172, 4, 'Die überwiegende Zahl unserer Mitgliedsfirmen berichtet über eine gute wirtschaftliche Entwicklung.'): [],
    (172, 5, 'Zwar über keine enorme Steigerung des Umsatzes, aber über ein Geradeausfahren auf hohem Niveau.'): [],
    (709, 3, 'Der frühere Bremen- und Frankfurt-Coach Thomas Schaaf gilt laut Berichten als Wunschkandidat.'): [],
    (709, 4, 'Geschlossenheit und Vertrauen sind gerade in unserer Situation die Grundvoraussetzung, um erfolgreich zu arbeiten.'): [],
    (709, 5, 'Ich habe aktuell im Umfeld von Hannover 96 nicht mehr dieses Vertrauen gespürt, erklärte Frontzeck in einer Mitteilung.'): [],
    (981, 4, 'Mit dem Sozialplan sollten sämtliche möglichen Betroffenen gut abgesichert werden, nicht nur bestimmte Gruppen, verlangt der Gewerkschaftschef.'): [E('REQUEST', 'verlangt', 'Gewerkschaftschef', '', '')],
    (887, 3, 'Begeisterung dürfte allerdings auch die Wertentwicklung dieser Autos hervorrufen.'): [],
    (887, 4, 'Im Schnitt legten die Oldtimerpreise in den vergangenen Jahren zwischen fünf und sechs Prozent zu.'): [],
    (887, 5, 'Der Deutsche Oldtimer-Index des Verbands der Automobilindustrie (VDA) stieg 2015 um 5,6 Prozent.'): [],
    (186, 3, 'Alessandro Florenzi (42.) und Sadiq Umar (89.) erzielten die Tore für die Römer, die am Mittwoch im Achtelfinale des italienischen Pokals gegen den Zweitligisten Spezia Calcio nach Elfmeterschießen ausgeschieden waren.'): [],
    (186, 4, 'Danach waren die Tifosi auf die Barrikaden gegangen und hatten den Teambus nach einer Weihnachtsfeier mit Eiern beworfen.'): [E('PROTEST', 'auf die Barrikaden gegangen', 'Tifosi', '', '')],
    (186, 5, 'In der Schlussphase ging Edin Dzeko nach einer Roten Karte (75.) ab.'): [],
    (77, 4, 'Italiens Geldhäuser weisen Problemkredite im Volumen von 200 Milliarden Euro aus, 50 davon entfallen auf Unicredit.'): [],
    (77, 5, 'Die Bank erklärte, die dubiosen Kredite seien zu 60 Prozent gedeckt – weit mehr als im italienischen Schnitt.'): [],
    (1018, 3, 'Einige Monate später jedenfalls und nach einer erfolgreichen Greenlight-Phase wurde Prospekt, Seabrooks Fortsetzung zu Half-Life: Opposing Force, nun bei Valves PC-Spieleplattform Steam veröffentlicht.'): [],
    (1018, 4, 'Inklusive des offiziellen Brandings des Kult-Shooters für rund 10 Euro.'): [],
    (1018, 5, 'Das Originalspiel wird nicht benötigt.'): [],
    (273, 3, 'Da schlägt dann beispielsweise eine Dose Limonade mit fast 30 Minuten Gehen schon ordentlich zu Buche.'): [],
    (273, 4, 'Dies würde nach Ansicht der Forscher viele vom Naschen abschrecken.'): [],
    (273, 5, 'Dank ihrer leichten Verständlichkeit und Vergleichbarkeit bietet eine Beschriftung mit dem Bewegungs-Äquivalent der enthaltenen Kalorien eine Referenz, mit der praktisch jeder etwas anfangen kann, meint Shirley Cramer von der Royal Society of Public Health. (tberg) AbstractThe BMJ: Food should be labelled with the equivalent exercise to expend its calories.'): [],
    (252, 4, 'Ich sehe jetzt kein Problem mehr, die Villa zu verkaufen, sagt Schuster zum  Kurier.'): [],
    (252, 5, 'Er habe eine Käuferin an der Hand und noch mehrere andere  Interessenten.'): [],
    (384, 3, 'Im Vorjahr kletterte die Arbeitslosenquote bei dieser Gruppe auf 26 Prozent.'): [],
    (384, 4, 'Die Perspektiven der Geringqualifizierten haben sich in den vergangenen Jahren dramatisch verschlechtert.'): [],
    (384, 5, 'Zur Orientierung: Im Jahr 1990 lag die Arbeitslosenquote von Menschen ohne weiterführende Ausbildung bei nur 9,5 Prozent, wie diese Grafik zeigt: Häftlinge nur mit Pflichtschulabschluss Aber auch ungewohnte Facetten beleuchtet die Studie: So hatten beispielsweise laut einer Erhebung des Justizministeriums drei Viertel der Gefängnisinsassen in Österreich nur Pflichtschulabschluss (die Datenlage wird hier aber insgesamt als lückenhaft bezeichnet).'): [],
    (3, 3, 'Damit dürfte Neymar bei der laufenden Regionalmeisterschaft Copa America in Chile nicht mehr zum Einsatz kommen.'): [],
    (93, 3, 'Die Frau stochert in ihrem Essen.) DIE FRAU: Saure Sulz vom Nockalmrind ...'): [],
    (93, 4, 'Genauso ordinär, wie’s klingt, schaut’s aus.'): [],
    (93, 5, 'Voriges Jahr das Tafelspitzsülzchen war zwar auch nicht mein’s, aber es hat wenigstens Niveau g’habt.'): [],
    (828, 3, 'Sie bringe aber dann Probleme, wenn sie als Grundlage für Lohn- und Sozialdumping missbraucht werde.'): [],
    (828, 4, 'Dem gehöre ein Riegel vorgeschoben, so Foglar Freitagabend via Aussendung.'): [E('REQUEST', 'gehöre ein Riegel vorgeschoben', 'Foglar', '', '')],
    (828, 5, 'AK-Direktor Werner Muhm forderte zuletzt eine Debatte in der EU über eine Einschränkung oder Befristung der Personenfreizügigkeit.'): [E('REQUEST', 'forderte', 'AK-Direktor Werner Muhm', '', '')],
    (686, 3, 'Das teilte das Unternehmen am Dienstag via Aussendung mit.'): [],
    (686, 4, 'Die Geschäftsführung plant die Fortführung am Standort im oststeirischen Neudau, da ausreichend Bestellungen vorhanden seien.'): [],
    (686, 5, 'Die Passiva belaufen sich laut Buchwert auf 30 Millionen Euro.'): [],
    (358, 3, 'Dieser Fall ist definitiv einer für Rico (Anton Petzold)  und Oskar (Juri Winkler), zumal es sich bei der Erpressten um Ricos  Mutter handelt.'): [],
    (358, 4, 'Weil Eltern in Kinderfilmen prinzipiell mit ihren  eigenen Problemen beschäftigt sind, müssen sich auch die Minidetektive  in Rico, Oskar und das Herzgebreche (Regie: Wolfgang Groos), der  Verfilmung des zweiten Teils der Buchtrilogie von Andreas Steinhöfel,  auf Eigenverantwortung und die Nachkriegsgeneration (Henry Hübchen)  verlassen.'): [],
    (358, 5, 'Erst dann landet Mama auch den richtigen Haupttreffer mit dem  Nachbarn.'): [],
    (717, 4, 'Arsenal kämpft am Dienstag in der Gruppe F der Champions League im Heimspiel gegen Zagreb um die letzte Chance für den Aufstieg ins Achtelfinale.'): [],
    (664, 4, 'Alle weisen die Vorwürfe zurück.'): [E('REJECT', 'weisen', 'Alle', '', '')],
    (664, 5, 'Der angeklagte Francis Lustig ist am Montag zur Verhandlung nicht erschienen.'): [],
    (889, 3, 'Der Rat, eine Expertengruppe unter Leitung des Ökonomen Bernhard Felderer, soll die Entwicklung des heimischen Staatshaushalts überwachen und Empfehlungen abgeben.'): [],
    (889, 4, 'Am Donnerstag hat Felderer die neueste Einschätzung des Gremiums präsentiert und dabei vor allem mit zwei Botschaften aufhorchen lassen.'): [],
    (889, 5, 'So werden die Flüchtlinge seiner Einschätzung nach Österreich deutlich mehr Geld kosten als bisher offiziell angenommen.'): [],
    (188, 3, 'Ab Dienstag stünden sieben verschiedene Inseln zu Preisen zwischen 60.000 und 999.000 Euro zur Auswahl, teilte Tchibo am Montag in Hamburg mit.'): [],
    (188, 4, 'Die günstigste Insel ist ungefähr zwei Fußballfelder groß und liegt vor der kanadischen Ostküste, die teuerste in der Südsee.'): [],
    (188, 5, 'Tchibo kooperiert für die Aktion mit einem Inselmakler.'): [E('COOPERATE', 'kooperiert', 'Tchibo', 'Inselmakler', '')],
    (191, 3, 'Natürlich brauchen die Menschen in erster Linie ein Dach über dem Kopf, Nahrung und Kleidung, sagt Huth zur aktuellen Lage.'): [],
    (191, 4, 'Aber Information darüber, was mit Ihnen geschieht, wo ihnen geholfen wird, aber auch über Berlin im allgemeinen ist fast genau so wichtig.'): [],
    (191, 5, 'Orientierung ist der erste Schritt zur Integration.'): [],
    (109, 3, 'Belgien führt das Ranking weiter vor Argentinien, Spanien und Deutschland an.'): [],
    (109, 4, 'Auch die Platzierungen von Österreichs EM-Gegnern Ungarn (19.), Portugal (7.) und Island (38.) sind unverändert.'): [],
    (68, 3, 'Details über Zäune und die Art der Kontrollen wollte Doskozil nicht nennen.'): [],
    (68, 4, 'Es dürfte aber auf jeden Fall auch zu baulichen Maßnahmen kommen.'): [],
    (68, 5, 'Doskozil nennt das Leitsystem.'): [],
    (181, 4, 'Die Bürger sollten nicht unter Generalverdacht gestellt werden, mahnte Thiele auf einer Veranstaltung in London.'): [E('REQUEST', 'mahnte', 'Thiele', '', '')],
    (181, 5, 'Bei der EZB laufen bereits technische Vorbereitungen für eine Abschaffung des 500-Euro-Scheins.'): [],
    (24, 5, 'Prioritätsfrage Wie ausführlich berichtet, sieht der Gesetzentwurf vor, dass bei der  Zuweisung von Fahrwegkapazität (Trassen, auf denen Züge zu  vorgegebenen Zeitpunkten die Gleise benützen dürfen, Anm.) jenes  Eisenbahnverkehrsunternehmen (EVU) Priorität haben soll, das  österreichweit einen ITF anbieten kann.'): [],
    (148, 3, 'Dort werden sie mittels GPS auf einer Karte verzeichnet.'): [],
    (148, 4, 'Auch eine spätere Eingabe am Computer sei möglich, wie auf der Internetseite mitgeteilt wird.'): [],
    (148, 5, 'Ist ein neues Echo gemeldet, wollen die Soundspezialisten von Idee und Klang dieses verifizieren, den Klang mit Spezialmikrophonen aufzeichnen und den Ort foto- und videografisch erfassen.'): [],
    (1004, 3, 'Die Europäische, eine Generali-Tochter und Marktführerin auf ihrem Gebiet in Österreich, registriert eine größere Bereitschaft der Reisenden, eine Versicherung abzuschließen, wenn gerade ein Anschlag oder eine andere Katastrophe passiert ist.'): [],
    (1004, 4, 'Das war in der Vergangenheit so, und das ist jetzt nicht anders, sagte Wolfgang Lackner, der Vorstandschef des Unternehmens, bei der Bilanzpräsentation am Mittwoch.'): [],
    (1004, 5, 'Insgesamt sei eine deutliche Buchungszurückhaltung der Reisenden für diesen Sommer zu beobachten.'): [],
    (793, 3, 'In seinem ersten ATP-500er-Finale und dem sechsten Tour-Endspiel rang er den als Nummer 5 gesetzten Australier Bernard Tomic mit 7:6(6),4:6,6:3 nieder.'): [],
    (793, 4, 'Thiem scheint damit ab Montag im Race 2016 hinter Novak Djokovic und Andy Murray sogar als drittbester Spieler des Jahres auf.'): [],
    (793, 5, 'Thieminho Es war sein bisher wertvollster Erfolg: Der Lichtenwörther gewann 500 ATP-Zähler, zusätzlich kassierte er brutto 321.625 US-Dollar (292.226,97 Euro).'): [],
    (119, 4, 'Die AUA gibt aus eigener Sicht mit der Gebühr nur die Kosten weiter, die sie selber von globalen Distributionssystemen verrechnet bekommen.'): [],
    (119, 5, 'Das ist für uns kein Gewinn sondern eine Kompensation unserer Kosten sagte ein AUA-Sprecher zur APA.'): [],
    (272, 3, 'Erst am Montag fiel der Rubel zum Dollar auf den tiefsten Stand seit einem Jahr.'): [],
    (272, 4, 'Und die angeschlagene Bank VEB dürfte eine Spritze von 18 Milliarden Dollar benötigen.'): [],
    (272, 5, 'Wirtschaftlich und sozial gesehen ist es für Russland ein schwarzes Jahr – bei tiefroten Zahlen: Erstmals seit Jahren sind die Reallöhne gefallen, die galoppierende Inflation und steigende Arbeitslosigkeit drücken auf das Lebensniveau der Russen.'): [],
    (706, 3, 'Der Italiener setzte sich mit Faustschlägen und Tritten zur Wehr.'): [],
    (706, 4, 'Der Bär  ließ schließlich von ihm ab.'): [],
    (706, 5, 'Ein Radfahrer leistete dem blutenden und  geschockten Jogger Erste Hilfe.'): [],
    (286, 3, 'Dies bestätigte die Küstenwache.'): [],
    (767, 3, 'Sydney/Wien – Andreas Hanakamp neigt nicht zur Mythenbildung.'): [],
    (767, 4, 'Wasser ist Wasser, sagt der Segler, so trocken, wie man diesen Satz nur aussprechen kann.'): [],
    (767, 5, 'Versuche, dem Niederösterreicher im Gespräch über die Hochseeregatta Sydney – Hobart Superlative zu entlocken, gestalten sich mühevoll.'): [],
}
SKIPPED: dict[tuple[int, int], str] = {
    (134, 0): "regex split fragment ('St.')",
    (134, 1): "regex split fragment (the rest of the order's name)",
    (134, 2): "an honour (the highest award of a diocese) ambiguous (as fresh15's awards)",
    (708, 0): "a commission presenting proposals ambiguous (as fresh22's researchers' proposals, fresh19's proposal)",
    (776, 2): "a suspicion named as a cause ('der ... auf ihm lastende Verdacht'): ACCUSE or background, ambiguous",
    (161, 0): "border controls (as fresh14's) beside a demonstration ban discussed: partly ambiguous",
    (161, 1): "border controls beginning ambiguous (as fresh14's)",
    (161, 2): "police scrutiny of smuggling told as a trend ambiguous (as fresh20's scrutiny)",
    (881, 0): "a minister pleased about an agreement: welcoming (as fresh20's) ambiguous",
    (881, 1): "welcoming an agreement ('die Einigung ... begrüßt') after a renunciation named as background: ambiguous",
    (973, 1): 'a charity gala collecting donations: AID or no event, ambiguous',
    (973, 2): 'soldiers helping at a charity gala: AID or no event, ambiguous',
    (461, 0): 'a headline without a verb (joint patrols: COOPERATE, planned or happened) ambiguous',
    (461, 1): "a quarrel over policy ambiguous (as fresh21's quarrel)",
    (461, 2): "defending one's course against criticism (REJECT of the criticism, or no event) ambiguous",
    (472, 0): "a war named as the cause of problems ambiguous (as fresh7's ongoing war)",
    (138, 1): "a government admitting failings ('Mängel ... zugegeben'): CONCEDE or no event, ambiguous",
    (138, 2): "repeats (138, 0)'s lawsuit inside an acknowledgement ('als berechtigt anerkannt'), ambiguous",
    (746, 0): 'asylum seekers transferred to another country: COERCE (expulsion) or no event, ambiguous',
    (746, 1): 'asylum seekers transferred to another country: COERCE (expulsion) or no event, ambiguous',
    (171, 2): "'Wir müssen ... eine Debatte führen, sagt X': a call for a debate including the speaker, REQUEST or no event, ambiguous",
    (378, 0): "a government calling a border breach an 'organised action' (ACCUSE or no event) ambiguous",
    (378, 2): "repeats (378, 1)'s sending back",
    (247, 1): 'the UN warning against unilateral moves: a warning or a demand, ambiguous',
    (247, 2): "a plea for a policy ('erforderten eine weltweite Teilung', as fresh22's plea) ambiguous",
    (833, 3): "repeats the OECD's accusation of (833, 1) (fresh10), told by its head",
    (833, 5): "a warning reported inside a warning ('gewarnt, dass Panama einen Rückzieher gemacht habe') ambiguous",
    (847, 4): "factions supporting each other's motions as a past practice ambiguous",
    (847, 5): "a faction supporting another's motion (SUPPORT or no event) with a demand in its relative clause, ambiguous",
    (937, 3): "a publisher's conditional criticism of a plan ambiguous",
    (937, 4): "calling a policy wrong ('sei falsch, so Schoo'): criticism without a verb of criticism, ambiguous",
    (937, 5): "'müssen ... getrennt werden' without its speaker in the sentence: REQUEST or opinion, ambiguous",
    (42, 3): "a cartel court's decision named as final (its act in an earlier sentence) ambiguous",
    (42, 4): "price fixing ambiguous (as fresh21's)",
    (42, 5): "price fixing ambiguous (as fresh21's)",
    (336, 3): "a ministry's charges against journalists given as its account ('Laut Angaben'): ACCUSE or background, ambiguous",
    (336, 4): "riots in the ministry's reported account (PROTEST, possible, or part of the charge) ambiguous",
    (672, 3): 'progress in talks reported at a hearing (CONSULT or no event) ambiguous',
    (672, 4): "an agreement's pending implementation ambiguous",
    (672, 5): "a company admitting wrongdoing ('hat zugegeben'): CONCEDE or no event, ambiguous",
    (981, 3): 'negotiations that could bring a solution (CONSULT, planned, or AGREE, possible) ambiguous',
    (981, 5): "continues (981, 4)'s demand",
    (77, 3): "a central bank's request for insight in letters (supervisory scrutiny, as fresh20's) ambiguous",
    (252, 3): "a bailiff finding a house empty ambiguous (as fresh20's bailiff)",
    (3, 4): "a ban that 'kann noch angefochten werden': an appeal possible (ACCUSE) or no event, ambiguous",
    (3, 5): 'a player hitting another with the ball and a scuffle on the pitch (ASSAULT or a sports incident) ambiguous',
    (717, 3): "continues Wenger's criticism of (717, 1) (fresh22)",
    (717, 5): "a ban named as background ('Hintergrund ist der Dopingfall ..., der ... gesperrt worden war') ambiguous",
    (664, 3): "regex split fragment ('... Mio.' | 'Euro ...')",
    (24, 3): "an expert opinion's conditional criticism of a draft law (as fresh21's book's criticism) ambiguous",
    (24, 4): "an expert opinion's criticism of a draft law ambiguous",
    (963, 3): 'a government deciding to pass a law without a vote ambiguous',
    (963, 4): "a prime minister obtaining his cabinet's permission (AGREE or no event) ambiguous",
    (963, 5): 'filing amendments to block a reform (no PLOVER act or obstruction) ambiguous',
    (119, 3): 'an authority seeing no reason to open an investigation (ACCUSE denied or no event) ambiguous',
    (286, 4): "repeats the strike of the article's first sentences ('Folge des Streiks')",
    (286, 5): "the strikers' further grievances: the same strike, repeated",
    (181, 3): "a rhetorical 'müsse' ('Die Frage müsse gestellt werden, welches Staatsverständnis ...'): REQUEST or criticism, ambiguous",
}


def main(argv: list[str]) -> int:
    if "--check" in argv:
        check()
        return 0
    return fresh10.build(argv, draw, ANN, SKIPPED, OUT, order, windows())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
