"""Build training/events/events_de_train.jsonl: extra German training sentences for the
event-type classifier, mostly from non-political news (a no-event class needs real negatives:
trials, sport, accidents, fires, where trigger words appear without a PLOVER event).

The first four sentences of 12 random quotes-de train articles (random.seed(99)) not in the
dev or held-out sets, every sentence kept, annotated with the guide in
tests/data/events_de_guide.md (the events engineer, 2026-11-25). Needs /work/shared.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_dev as dev  # noqa: E402

E = dev.E
OUT = Path(__file__).resolve().parent / "events_de_train.jsonl"

ANN = [
    ("Der mutmaßliche NS-Kriegsverbrecher John Demjanjuk ist verhandlungsfähig", []),
    ("Demjanjuk muss sich somit möglicherweise noch im Juli", [E("ACCUSE", "verantworten", "", "Demjanjuk", "", "2009-07", "possible")]),
    ("Er kann dann zweimal täglich 90 Minuten an einer Verhandlung teilnehmen", []),
    ("Als wichtigstes Beweismittel gilt ein SS-Dienstausweis", []),
    ("erneuern nach langem Tauziehen und einer Anzeige des Verkehrs-Arbeitsinspektorates", [E("ACCUSE", "Anzeige", "Verkehrs-Arbeitsinspektorates", "Wiener Linien")]),
    ("Monatelang haben die Wiener Linien abgestritten", [E("REJECT", "abgestritten", "Wiener Linien")]),
    ("Hieß es zunächst noch, dass die Fahrgäste an den Unfällen selber Schuld seien", []),
    ("Bis Ende 2009 sollen so rund 130 Triebwagen", []),
    ("Der Hamburger SV feierte am Mittwoch", []),
    ("Das Spiel wurde durch das Ausrasten Timothee Atoubas", []),
    ("Nachdem er von den eigenen Fans gnadenlos ausgepfiffen wurde", []),
    ("Daraufhin erhielt er die Rote Karte", [E("SANCTION", "Geldstrafe", "", "er")]),
    ("Der Antisemitismus ist eine Form des Rassismus", []),
    ("Die Feindseligkeiten richten sich gegen Juden, Araber", []),
    ("Dass es auch unter diesen genannten Völkern Diskriminierungen gibt", []),
    ("Aktuell bahnt sich jedoch ein religiöser Konflikt in Deutschland", []),
    ("hat die Auszeichnung „Commandeur de la Légion d'Honneur“", [E("REJECT", "zurückgegeben")]),
    ("Als Grund für die Rückgabe nannte Erdoğan Teziç", []),
    ("Im Brief, den Teziç an Jacques Chirac geschickt hat", []),
    ("In der Nacht auf Sonntag starben bei einem Brand in dem Nachtclub", []),
    ("Nach bisherigem Erkenntnisstand wird als Ursache eine außer Kontrolle geratene Show", []),
    ("Bei dieser zeigte er allabendlich eine Vorstellung mit brennendem Alkohol", []),
    ("Dabei geriet seine Kleidung in Brand", []),
    ("Das am Donnerstag Nachmittag nach einem Kurzschluss notabgeschaltete Kernkraftwerk", []),
    ("Die Betreiberfirma Vattenfall Europe teilte mit, dass das Kernkraftwerk am Sonntag", []),
    ("Sozialministerium grünes Licht für die Wiederaufnahme des Betriebs gegeben", [E("CONCEDE", "grünes Licht", "Sozialministerium")]),
    ("Dagegen bleibt das Kernkraftwerk Krümmel", []),
    ("Die Bärenhunde aus Finnland, die den zur Zeit bekanntesten Braunbären", []),
    ("Der Bär streift nunmehr seit Wochen durch das deutsch-österreichische Grenzgebiet", []),
    ("Von den finnischen Hunden verspricht man sich nun Erfolg", []),
    ("Die Hunde, die schon letzte Woche erwartet wurden", []),
    ("hatte ein Flugpassagier heute Nacht rund eineinhalb Stunden nach dem Start", [E("ASSAULT", "schlagen", "Flugpassagier", "", "", "2006-02-21TNI")]),
    ("Das Flugzeug befand sich zu diesem Zeitpunkt über der Ukraine", []),
    ("Der Passagier wurde extrem gewalttätig", [E("ASSAULT", "gewalttätig", "Passagier")]),
    ("Versuche, den Mann zu beruhigen, schlugen fehl", []),
    ("Baumaßnahmen sorgten am Wochenende für Behinderungen", []),
    ("Sie wurde in Fahrtrichtung München am Freitag, den 27. Juli 2007", []),
    ("Auch die Gegenrichtung nach Berlin war betroffen", []),
    ("Abgesperrt wurde das Teilstück zwischen der Anschlussstelle Halle", []),
    ("60 getötete Journalisten im Jahr 2008", [E("ASSAULT", "getötete", "", "Journalisten", "", "2008")]),
    ("das Internet gerät stärker ins Visier der Gegner", []),
    ("Das sind zwei Kernaussagen des Jahresberichts 2008", []),
    ("Im Laufe des Jahres 2008 wurden 673 Journalisten festgenommen", [
        E("COERCE", "festgenommen", "", "Journalisten", "", "2008"),
        E("ASSAULT", "Gewalt", "", "929")]),
    ("Nina Hagen (56) und ihre Tochter Cosma Shiva ziehen", []),
    ("Sie haben sich dort ein altes Bauernhaus mit 200 Quadratmetern", []),
    ("Punklady Nina Hagen zur neuen Heimat", []),
    ("Die meisten Sachen sind schon umgezogen", []),
]


def main() -> int:
    dev.ANN = ANN
    dev.OUT = OUT
    return dev.main()


if __name__ == "__main__":
    sys.exit(main())
