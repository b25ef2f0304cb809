"""Build tests/data/events_de_heldout.jsonl: a second German event set, annotated after the
classifier, lexicon, actor and date work was done on events_de_dev.jsonl and never used to
tune anything (scored once per change, reported as the held-out figure).

Sentences: the first three sentences of 12 quotes-de train articles not in the dev set whose
file name has a politics word (random.seed(7)), plus the first sentences of 14 random
quotes-de dev articles (random.seed(20261125), mostly accidents/science/sport: a false-positive
check). Every sentence of those leads is kept, event or not; guide: tests/data/events_de_guide.md
(annotator: the events engineer, 2026-11-25; single annotator). Needs /work/shared.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_dev as dev  # noqa: E402

E = dev.E
OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "events_de_heldout.jsonl"

ANN = [
    # politics leads (quotes-de train)
    ("Nach Angaben der Polizeidirektion Hannover ist Fussballnationaltorwart Robert Enke", []),
    ("Enke sei bei Neustadt-Eilvese auf einem Bahnübergang", []),
    ("Erste Ermittlungen der Polizei deuten auf Suizid", [E("ACCUSE", "Ermittlungen", "Polizei")]),
    ("Das Massaker von Srebrenica 1995 wurde vom Internationalen Gerichtshof", [E("ACCUSE", "erklärt", "Internationalen Gerichtshof", "", "Den Haag")]),
    ("Das geht aus dem Urteil hervor, dessen Verkündung", []),
    ("Demnach ist die damalige Regierung Jugoslawiens zwar nicht direkt verantwortlich", [E("ACCUSE", "verantwortlich", "", "Regierung Jugoslawiens", "", "", "denied")]),
    ("Der deutsche Bundesrat hat die nordrhein-westfälische Ministerpräsidentin", []),
    ("Die Vorsitzende des Bundesrats steht protokollarisch", []),
    ("sie ist stellvertretendes Staatsoberhaupt im Falle", []),
    ("Zehn Soldaten der nepalesischen Armee sind bei einem Hubschrauberabsturz", [E("ASSAULT", "getötet", "", "Soldaten", "", "2006-04-05TNI")]),
    ("Die Verantwortung für den Absturz haben maoistische Rebellen übernommen", []),
    ("Die Soldaten waren auf dem Weg ins Rebellengebiet", [E("ASSAULT", "kämpfen", "Soldaten", "Rebellen", "", "", "planned")]),
    ("In Peru fand am Sonntag, den 4. Juni die Stichwahl", []),
    ("15,7 Millionen Peruaner waren wahlberechtigt", []),
    ("Die beiden Kandidaten waren der Linksnationalist Ollanta Humala", []),
    ("Im Mordfall um die Abgeordnete und Brexit-Gegnerin Jo Cox urteilte", [
        E("COERCE", "Haftstrafe", "Gericht", "53-Jährige"),
        E("ASSAULT", "tötete", "53-Jährige", "Frau", "", "2016-SU")]),
    ("Die Jury befand Thomas Mair", [
        E("ACCUSE", "schuldig", "Jury", "Thomas Mair"),
        E("ASSAULT", "ermordet", "Thomas Mair", "Labour-Politikerin", "", "2016-06-16")]),
    ("Vor Gericht hatten Augenzeugen berichtet, wie Mair die Parlamentarierin", [E("ASSAULT", "attackierte", "Mair", "Parlamentarierin")]),
    ("fordert UN-Generalsekretär Kofi Annan ein Ende der Rekrutierung", [E("REQUEST", "fordert", "Kofi Annan", "", "", "2006-08-22")]),
    ("Der Bericht enthält Details über Verletzungen der Rechte von Kindern", [E("AGREE", "Unterzeichnung", "", "", "", "2006-05")]),
    ("prangert der UN-Generalsekretär in seinem Bericht Morde", [E("ACCUSE", "prangert", "UN-Generalsekretär", "Konfliktparteien")]),
    ("Der Militärputsch am Donnerstag in Niger wurde am heutigen Samstag", [E("SUPPORT", "begrüßt", "Menschen", "", "", "2010-02-20")]),
    ("Oppositionspolitiker und Mitglieder der Militärjunta", []),
    ("Einer der Putschisten, Harouna Djibrilla Adamou, dankte", [E("SUPPORT", "dankte", "Harouna Djibrilla Adamou", "Menschen")]),
    ("Vor etwa vier Wochen hat die Gehaltsaffäre des CDU-Politikers Laurenz Meyer", [E("RETREAT", "Rücktritt", "Laurenz Meyer")]),
    ("Anschließend gerieten zahlreiche weitere Politiker", [E("ACCUSE", "Kritik", "", "Politiker")]),
    ("Verschiedene Länderparlamente fordern nun Konsequenzen", [E("REQUEST", "fordern", "Länderparlamente")]),
    ("Afghanischen Behörden zufolge wurden am vergangenen Sonntag 17 Teilnehmer", [E("ASSAULT", "enthauptet", "Taliban", "Teilnehmer", "Helmand", "2012-08-26")]),
    ("Der Distrikt-Gouverneur teilte mit, dass während der Feier Musik spielte", []),
    ("Es ist wahrscheinlich, dass die Taliban-Kämpfer die Menschen angriffen", [E("ASSAULT", "angriffen", "Taliban-Kämpfer", "Menschen", "", "", "possible")]),
    ("Jean-Pierre Bemba, der seit dem April 2007 im Exil in Portugal lebt", [E("COERCE", "verhaftet", "", "Jean-Pierre Bemba", "Brüssel", "2008-05-24TEV")]),
    ("Grundlage der Verhaftung ist ein Haftbefehl des Internationalen Strafgerichtshofs", [E("ACCUSE", "Haftbefehl", "Internationalen Strafgerichtshofs", "", "Den Haag", "2008-05-23")]),
    ("Bei dem Haftbefehl handelt es sich um den ersten Haftbefehl", []),
    ("Am gestrigen Samstag kam es in der thailändischen Hauptstadt erneut zu Massenprotesten", [E("PROTEST", "Massenprotesten", "", "Thaksin Shinawatra", "Hauptstadt", "2006-03-25")]),
    ("Während die Bangkok Post von 100.000 Demonstranten sprach", []),
    ("sprach die Nachrichtenagentur Reuters von 50.000 Menschen, die an den Protestmärschen", [E("PROTEST", "Protestmärschen", "Menschen")]),
    # random leads (quotes-de dev)
    ("Ganz aktuell von der Situation in Japan - fast drei Jahre nach der Katastrophe", []),
    ("Pflugbeil hatte bereits nach der Tschernobyl-Katastrophe 1986", []),
    ("In seinem gestrigen Vortrag beschrieb er die restrikte Informationspolitik", []),
    ("Auch auf mehrmalige Nachfrage aus dem Publikum musste er betonen", []),
    ("Am Mittwoch starben 22 Mädchen im Alter von 14 bis 17 Jahre", []),
    ("38 weitere Personen wurden verletzt, 16 davon lebensgefährlich", []),
    ("in dessen Verlauf sollen Matratzen angezündet worden sein", [E("ASSAULT", "angezündet", "", "", "", "", "possible")]),
    ("Das Feuer habe sich anschließend rasend schnell im Gebäude ausgebreitet", []),
    ("In Wasserproben aus dem Viktoriasee sind nach jüngsten Untersuchungen", []),
    ("Bis jetzt sind die verdächtigen Chemikalien noch nicht im Fisch aufgetaucht", []),
    ("Zu den Stoffen gehören neben DDT namentlich Dieldrin", []),
    ("Diese Stoffe wurden auch in der Luft festgestellt", []),
    ("hat die rechtsradikale Berliner Musikband Landser als kriminelle Vereinigung eingestuft", [
        E("ACCUSE", "eingestuft", "Bundesgerichtshof", "Landser"),
        E("COERCE", "Haftstrafe", "Bundesgerichtshof", "Bandleader")]),
    ("Der BGH begründete dies damit, dass sich mehrere Bandmitglieder", []),
    ("Damit wurde ein Urteil des Berliner Kammergerichtes größtenteils bestätigt", []),
    ("Der BGH widersprach allerdings der Ansicht", [E("REJECT", "widersprach", "BGH")]),
    ("nähert sich heute dem Saturnmond Enceladus bis auf wenige Kilometer", []),
    ("Ein 79-jähriger Autofahrer hat am Rande eines Schützenfestes", []),
    ("Anschließend prallte sein Mercedes auf ein unbesetztes Polizeiauto", []),
    ("Bei dem Vorfall sind zwei Menschen ums Leben gekommen", []),
    ("Der Fahrer hat das Unglück verletzt überlebt", []),
    ("Im Luftraum über Ratekau sind am Freitag", []),
    ("Eine der Maschinen stürzte dabei auf ein Feld nahe dem Ort Groß Parin ab", []),
    ("Die zweite Maschine konnte auf dem Flughafen Lübeck Blankensee", []),
    ("Eine Passagierin wurde leicht verletzt", []),
    ("Der drittgrößten Volkswirtschaft der Erde, Japan, droht eine erneute Rezession", []),
    ("Nachdem die japanische Wirtschaft bereits im ersten Quartal 2018", []),
    ("Die Konsumausgaben sind in dem asiatischen Land im April um 1,6 Prozent", []),
    ("Diese Zahlen sind deshalb besonders ernüchternd", []),
    ("Die Krise in der SPD nimmt immer größere Ausmaße an", []),
    ("Nun hat auch Heidemarie Wieczorek-Zeul das Handtuch geworfen", [E("RETREAT", "das Handtuch geworfen", "Heidemarie Wieczorek-Zeul")]),
    ("Sie wird auf dem nächsten Bundesparteitag der SPD nicht mehr", [E("RETREAT", "kandidieren", "Sie", "", "", "", "planned")]),
    ("Sie wird mit den Worten zitiert", []),
    ("Beim Mattenskispringen des Ladies-Continentalcups", []),
    ("Die für den VSC Klingenthal startende Ulrike Gräßler gewann", []),
    ("Die nach dem ersten Durchgang noch knapp in Führung liegende Norwegerin", []),
    ("Eine 87-jährige Frau ist auf einem Transport mit einem Krankentransportwagen", []),
    ("Grund hierfür war ein Verkehrsunfall, als das Rettungsfahrzeug", []),
    ("Nach Polizeiangaben kam der Kastenwagen auf einer Landstraße", []),
    ("Dabei wurden beide Fahrzeuge in den Straßengraben geschleudert", []),
    ("Am vergangenen Samstag ging in Klagenfurt der dreitägige Lesewettbewerb", []),
    ("Am Sonntag findet die Preisverleihung im Kärntner ORF-Theater statt", []),
    ("Gewinnerin der 30. Preisverleihung ist die Schriftstellerin Kathrin Passig", []),
    ("Der Preis ist mit 25.000 Euro dotiert", []),
    ("hat um 02:41 Uhr MESZ erfolgreich an der Internationalen Raumstation", []),
    ("Die Fracht hatte ein Gesamtgewicht von zweieinhalb Tonnen", []),
    ("Mit an Bord war auch eine Digitalkamera", []),
    ("Sie soll überprüfen, ob an der Raumfähre eventuell Hitzekacheln", []),
    ("Zwölf Todesopfer forderte ein Taifun", []),
    ("Wasserfluten und Erdrutsche wurden durch den tropischen Sturm ausgelöst", []),
    ("9.000 Häuser sollen beschädigt oder zerstört worden sein", []),
    ("Zeitweise befanden sich 34.000 Menschen auf der Flucht vor dem Unwetter", []),
]


def main() -> int:
    dev.ANN = ANN
    dev.OUT = OUT
    return dev.main()


if __name__ == "__main__":
    sys.exit(main())
