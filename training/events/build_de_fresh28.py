"""Build tests/data/events_de_fresh28.jsonl: a BLIND German event set from a source never used for events, time or checks
gold: the news sentences of GermEval 2014's NER dev file (round 29, issue #5; e2).

**Blind**: made to measure the German event rules on text nobody tuned on; the lead scores it once at round 29's end
(summary lines only); never read for error analysis, and the annotator never ran newsgraph on it (no extractor, no
scorer, no A/B script, no error pool: this script and germeval_blind.py read the GermEval file with plain Python).

Source: ``ner-de/germeval2014/NER-de-dev.tsv`` (research use), 2,200 single sentences each under ``#<TAB>URL<TAB>[date]``;
the 1,081 not from de.wikipedia.org are news (and some blogs and forums) from 2005-2011. The reader, detokeniser, prose
filter (final punctuation, six tokens or more, a finite verb by a simple test, not a results list), the topical/rest
split by URL path and the order (SHA-1 of ``20261229:germeval-dev:INDEX``) are germeval_blind's; the three sentences
tests/data/link_germeval_sentences.json copies are never drawn. ``--check`` prints the repository code that reads
GermEval (NER training and evaluation and name lists, the checks model's training material, a reader test; no gold set)
and finds none of the taken sentences in any other text file of the repository.

Drawn (``--draw`` prints it): (1) the whole **topical** pool -- news sentences whose URL path names politics, the
economy or the world -- positions 1-116, all taken (9 events); (2) the topical pool being event-poor, the **rest** pool's
positions 1-100, all taken (3 events); (3) rest positions 101-300 read, and only the 6 sentences with an event taken
(LATER; the 194 others read and not taken, ``--draw`` marks them "--"), fresh25's way of reading on, sentence by sentence.
Rest positions 301-912 were never read: fresh29 draws from there.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md (its thirty-second pass), before any
newsgraph code ran on these sentences (annotator e2, 2026-11-28, round 29; single annotator). Sentences ambiguous in
type or modality are skipped (SKIPPED, with the reason), as in fresh9-fresh27. No dates: the bracket date is a crawl
date, not a publication date, so "published" is empty, "file" is empty (the scorer reads each sentence alone, without
article context) and the URL is kept in "url". **222 sentences drawn: 177 annotated, 18 events (ASSAULT 4, COERCE 3,
REJECT 2, AGREE 2, REQUEST 2, CONSULT, RETREAT, ACCUSE, SANCTION, COOPERATE) in 17 sentences, 160 without, 45 skipped.**
Fewer than the ~25 aimed at: single sentences of a mixed news crawl are event-poor (economy, sports, blogs), and the
read-on stopped at position 300, the bound germeval_blind's doc set before reading it.

Caveat: the shipped NER model was trained with GermEval dev (its dev set in the 5-fold CV, then fine-tuned on all of
it) and name lists were mined from it, so the names here are in-sample for NER and actor detection may look better
than on unseen text; the checks model read the sentences too (unlabelled). Many sentences are taken out of their
article (a pronoun or "Das" where the article names the actor): the guide's rule, the actor as the sentence writes it.

Adding this file changes no earlier draw: its rows have an empty "file" and a "row" of their own ("germeval2014 dev
sentence N"), which no earlier builder reads.

    python training/events/build_de_fresh28.py --check   # the GermEval readers; no taken sentence anywhere else
    python training/events/build_de_fresh28.py --draw    # the drawn sentences (read-on ones not taken marked --)
    python training/events/build_de_fresh28.py           # writes tests/data/events_de_fresh28.jsonl
    python training/events/build_de_fresh28.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import germeval_blind  # noqa: E402  (the GermEval reader, detokeniser, prose filter, order and checks)
from germeval_blind import E  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh28.jsonl"
SEED = 20261229
# rest positions 101-300 read; only these sentences (GermEval indices) held an event and are taken
LATER = (1145, 271, 868, 2000, 1196, 1803)
PARTS = (("topical", 0, 116), ("rest", 0, 100), ("rest", 100, 300, LATER))

# (GermEval sentence index, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, str], list[dict]] = {
    (195, 'Spekulationen um den Anteil des Landes Niedersachen am VW-Konzern sorgten bei den Vorzugsaktien der Wolfsburger für hektische Kursbewegungen.'): [],
    (1141, 'Liegen die Kosten eher bei null, weil es den Klimawandel gar nicht gibt, war die ganze Aufwand umsonst.'): [],
    (1999, 'Die 31-jährige Entwicklungshelferin und ihr Mann kamen an Bord eines Airbus der Luftwaffe in Köln-Wahn an.'): [],
    (142, 'Das war es Merkel aber nicht wert.'): [],
    (1125, 'Das Land mit den europaweit geringsten Unterschieden war im Jahr 2008 Italien (4,9 Prozent).'): [],
    (1583, 'Auch das Eingangstor werde von Kameras gefilmt, aber die Bilder seien nur live im Internet zu sehen und würden nicht aufgezeichnet.'): [],
    (1855, '"Derartige Gerüchte sind absurd", sagte der bayerische Europaminister Markus Söder der "Passauer Neuen Presse" einen Tag vor Beginn der CSU-Vorstandsklausur in Wildbad Kreuth.'): [E('REJECT', 'absurd', 'Europaminister Markus Söder')],
    (1640, 'All die Frauen, die sich die Haare künstlich rot färbten, wirkten daher unnatürlich.'): [],
    (866, 'Auf dem zweiten Konto liegt das eigene Geld, mit dem der Immobilienbesitzer die eigene Wohnung bezahlt.'): [],
    (2017, 'Das heißt Gitarre und Sitar, Tabla und Schlagzeug gewürzt mit Violine und Bansuri-Flöte zu Hindi-Songs und Peter Gabriels "Blood of Eden".'): [],
    (265, 'Der Rückhalt für die Reformen von Präsident Nicolas Sarkozy schwindet, seiner UMP bleibt wohl nur das Elsass.'): [],
    (1981, 'Der Preis für EMI soll nach Branchenangaben zwischen einer und 1,4 Mrd. Euro liegen.'): [],
    (3, 'Bis 2013 steigen die Mittel aus dem EU-Budget auf rund 120 Millionen Euro.'): [],
    (143, 'In Iowa war am vergangenen Wochenende, beim "straw poll" genannten ersten Meinungsbild unter den Republikanern im Jahr vor den Präsidentenwahlen, viel von "change "", von Wechsel, die Rede.'): [],
    (2014, 'Der MDax gab fünf Prozent auf 4927 Zähler nach und der TecDax fiel um 7,6 Prozent auf 457 Punkte.'): [],
    (2112, 'Das Regierungskabinett in Peking fällte laut der Mitteilung seine Entscheidung auf Basis einer Studie über den Aufbau eigener Herstellungskapazitäten. Dabei sei auch beschlossen worden, ein Unternehmen zur Umsetzung der Pläne zu gründen.'): [E('AGREE', 'beschlossen', 'Regierungskabinett', '', 'Peking')],
    (746, 'Das Berufsbild Märtyrer sieht anders aus.'): [],
    (349, 'Wer gerade kein Textprogramm mit Rechtschreibhilfe zur Hand hat, kann sich auch im Web helfen lassen.'): [],
    (1002, 'Sich für eine Erholungsreise zu verschulden, komme für die Menschen in Deutschland nicht in Betracht - so das Fazit der Deutschen Vermögensberatung (DVAG) nach einer repräsentativen Umfrage.'): [],
    (1363, 'Umfragen, die die CSU wieder über 50 Prozent sehen, lassen die Zeit günstig erscheinen für das parteiinterne Ramadama.'): [],
    (2153, 'Aber Russland ist durchaus offen für.'): [],
    (854, 'Der Nachsteuergewinn lag mit 28,9 Mio. Euro über dem Vorjahreswert von 27,1 Mio. Euro.'): [],
    (1841, 'Das Eigenkapital wird erhöht, um die Verschuldung zurückzufahren.'): [],
    (408, 'Nach EZB-Daten legte die Summe der Ausleihungen im Monatsvergleich um 13 Mrd. Euro zu.'): [],
    (1318, '«Die längere Öffnungszeit lohnt sich», heißt es.'): [],
    (488, 'Wenn der Staat nicht mit aller Härte und Entschlossenheit die nötigen Konsequenzen zieht, wird die logische Fortsetzung folgen - die Geschichte verzeiht keine Schwäche!'): [],
    (1807, 'Das Gerät solle künftig zu Trainingszwecken eingesetzt werden.'): [],
    (94, '"Einige Anleger spekulieren auf ein Bietergefecht um Pro Sieben", sagte ein Händler.'): [],
    (578, 'Das Ergebnis soll im Laufe des späteren Abends bekanntgegeben werden.'): [],
    (179, 'Genau so viel legte der Dax seit seinem Tief im März vergangenen Jahres in der Spitze zu.'): [],
    (2021, 'Er hat viel Erfahrung darin, große staatliche Strukturen zu optimieren." Weise soll dem Bericht zufolge die Aufgabe neben seinem Posten als BA-Chef übernehmen.'): [],
    (374, 'Für US-Präsident Barack Obama wird es ein schweres Jahr.'): [],
    (759, 'Das Spitzentreffen soll am Montag zuendegehen.'): [E('CONSULT', 'Spitzentreffen')],
    (1957, 'Ben Bernanke besorgt (mehr Er gehe derzeit zwar nicht von einer Rezession in den USA aus, aber von einer Verlangsamung des Wirtschaftswachstums.'): [],
    (1089, 'Der Mittelwert war 12 Prozent.'): [],
    (1729, 'Besonders überraschend ist das gute Abschneiden vom „Bündnis Zukunft Österreich“ von Jörg Haider.'): [],
    (2193, 'Bis dato werden die Bilanzierungsregeln ganz im Gegenteil enger als weiter.'): [],
    (1838, 'Jet Airways wird von Wolfgang Prock-Schauer gesteuert, einem Österreicher, und von Werner Borchert, einem Deutschen.'): [],
    (2128, 'Daraus dürften ihnen aber keine rechtlichen Nachteile entstehen.'): [],
    (1726, 'Sie eroberten das urbane Zentrum, verloren es vorübergehend, nahmen die Stadt dann jedoch wieder ein und hielten sie bis zum Einmarsch der Amerikaner und ihrer afghanischen Verbündeten im November 2001.'): [E('ASSAULT', 'eroberten', 'Sie', 'urbane Zentrum'), E('ASSAULT', 'nahmen', 'Sie', 'Stadt')],
    (1206, 'Zirka 70 bis 80 Prozent seiner Aufträge bekommt Jochum aus der Wirtschaft - von Versicherungen, Banken, Rechtsanwälten oder auch der Industrie.'): [],
    (1434, 'Details des Deals wurden nicht genannt.'): [],
    (1388, 'Dass die Finanzbranche den Fortschritt antreibt, glaubt man hier, anders als in den USA, nicht.'): [],
    (353, 'Das Aus in der "Königsklasse" des europäischen Fußballs ist besiegelt, Werder hat vor dem letzten Gruppenspiel am 9. Dezember gegen Inter Mailand nur noch Chancen auf den Uefa-Cup.'): [],
    (883, 'Die jungen Leute klatschen begeistert angesichts der Logik des Eigentümers, fegen später die Konfetti-Schnipsel fein säuberlich zusammen.'): [],
    (807, 'Mulally kann die beiden Marken so leicht zum Verkauf stellen, weil er noch keinerlei Verpflichtungen in den Netzwerken des Konzernes hat.'): [],
    (2103, 'Michael Buhl, Zapotockys Kollege im Börse-Vorstand Wien, rechnet damit, dass die Marktkapitalisierung im kommenden Jahr um zwanzig Milliarden Euro steigt.'): [],
    (1582, 'Güllner: "Solidarität mit Schotterern wollen diese Neuwähler nicht." An der Umfrage nahmen 2503 repräsentativ ausgesuchte Bundesbürger vom 8. bis 12. November 2010 teil.'): [],
    (1782, 'Düsseldorf - Trotz der schweren Rezession schütten die 30 Dax-Unternehmen nach Berechnungen des "Handelsblatts" in diesem Jahr 22,4 Milliarden Euro an Dividenden an ihre Aktionäre aus.'): [],
    (1540, 'Mehr als "ein kleiner Durchhänger" sei das aber nicht.'): [],
    (359, 'Schuld Darin erläutert er - wie immer höchst fachkundig -, was im Zusammenhang mit der Duisburger Katastrophe fahrlässige Tötung und Schuld bedeuten.'): [],
    (2061, 'Maschmeyer wiederum war Gast bei Wulffs Hochzeitsfeier.'): [],
    (1992, 'FDP und Linksfraktion stimmten dagegen, die Grünen enthielten sich.'): [E('REJECT', 'stimmten dagegen', 'FDP und Linksfraktion')],
    (222, 'Denn die Tochter der Schweizer Versicherung Swiss Life arbeitet nach wie vor mit Verlust.'): [],
    (1444, 'Atomkraft ist zum jetzigen Zeitpunkt, und so wie es aussieht die nächsten 25 Jahre, alternativlos!'): [],
    (2034, 'Der weltgrößte Spielzeughersteller Mattel liegt im zweiten Quartal dank rigider Sparmaßnahmen deutlich über den Markterwartungen.'): [],
    (1705, 'Das sind fatale Vorzeichen für die amerikanische Wirtschaft: Die Entwicklung am Arbeitsmarkt ist entscheidend für die Konsumausgaben, die wiederum gut zwei Drittel der Wirtschaftsleistung in den USA ausmachen.'): [],
    (243, 'Die großen deutschen und französischen Autokonzerne haben vorgerechnet, was das kosten würde.'): [],
    (159, 'Das Hauptthema des bevorstehenden turnusmäßigen St. Petersburger Wirtschaftsforums ist die Modernisierung in Russland und anderen Ländern nach der Krise.'): [],
    (59, 'Das überrascht nicht bei einem, der fast 50 Jahre alt war, als er Politiker werden sollte.'): [],
    (612, 'Das können Sie doch unmöglich aus dem laufenden Geschäft bezahlen?'): [],
    (1244, 'Berlin, 13.01.2009: Der WWF fordert Konsequenzen aus dem aktuellen Gasstreit zwischen Russland und der Ukraine.'): [E('REQUEST', 'fordert', 'WWF')],
    (2056, 'Zu gut 80 Prozent ist der Rückbau des Atomkraftwerkes erledigt.'): [],
    (2047, '(Dein Manöver erinnert mich ein bisschen an die Positionänderung der Iraner!)'): [],
    (431, 'Am vergangenen Donnerstag hat Athen dazu den zweiten Schritt in diesem Jahr gemacht mit vermutlich 5 Mrd. EUR, im Januar waren es 8 Mrd. EUR.'): [],
    (2049, 'Ansonsten habe sie mit Transparenz kein Problem.'): [],
    (1351, 'Gibt es eine neue Art des Umgangs in der SPD?'): [],
    (1968, 'Im Leistungskurs im ersten Jahr der Oberstufe, in der sogenannten Einführungsphase, wird im Englischunterricht vorwiegend Englisch geredet.'): [],
    (2173, 'Der König lässt ja nur eine begrenzte Gewaltenteilung zu.'): [],
    (780, 'Nein, ich bin davon überzeugt - und dies belegen alle unsere Erfahrungen - dass man Facebook und Co. auf Dauer nicht stoppen kann.'): [],
    (492, "Allein das Bankhaus Credito Emiliano hat nach eigenen Angaben 400'000 Parmesan-Laibe ihrer Kunden eingelagert."): [],
    (509, 'Autowerte dürften kaum zu den Favoriten gehören.'): [],
    (632, 'Denn dem Bericht zufolge besuchten im Jahr 2007 mit 73,5 Prozent deutlich weniger Migrantenkinder im Alter von drei bis sechs Jahren den Kindergarten als Kinder in der Gesamtbevölkerung (88,7 Prozent).'): [],
    (965, 'Claudia B.: Wir wohnen in NÖ und beziehen Strom und Gas von der EVN.'): [],
    (113, 'Die öffentlichen Ausgaben für das Gebäude der Schweizer Architekten Herzog & de Meuron steigen um 209 Millionen Euro auf insgesamt 323 Millionen Euro.'): [],
    (435, 'Bhuttos in London lebende Schwester wollte auf keinen Fall in die Politik, und ihre zwei Brüder sind bereits tot.'): [],
    (1517, 'Wenn Sie auf den Artikel »Experte: WM-Gewinner sind Bundesliga und Fanmeilen« verlinken möchten, können Sie einfach und kostenfrei den unten stehenden Link verwenden.'): [],
    (1060, 'JFE Holdings rückten etwa 3,5 Prozent vor.'): [],
    (500, 'AFP/SID/Miguel Riopa Grund für den Rücktritt von Portugals Liga-Präsident: Hulk Der Präsident der portugiesischen Liga (LPFP) hat seinen Rücktritt eingereicht.'): [E('RETREAT', 'Rücktritt eingereicht', 'Präsident der portugiesischen Liga')],
    (835, 'Das Auswärtige Amt in Berlin erklärte, es habe keine eigenen Erkenntnisse über den Fall.'): [],
    (1311, 'Nach Angaben des ADAC können 90 Prozent aller Fahrzeuge mit Ottomotor die neue Spritsorte ohne Probleme tanken.'): [],
    (482, 'Am Sonntagmorgen seien 14 Flüchtige in Kandahar und umliegenden Gebieten gefangen genommen worden, sagte der Polizeichef von Kandahar, Sajed Agha Sakeb, der Nachrichtenagentur AFP.'): [E('COERCE', 'gefangen genommen', '', '14 Flüchtige', 'Kandahar')],
    (628, 'Damit gewinnt der Kreml noch stärkeren Einfluss auf das Unternehmen, das zu den weltweit grössten Nickelherstellern gehört.'): [],
    (1553, 'Das heißt, wir haben schon eine 20-prozentige Reduzierung der Emissionen erzielt.“'): [],
    (1450, 'Die Angestellten der Post erhalten laut Sprecher Gert Hilger wie gewohnt Anfang November ein volles 13. Monatsgehalt - so wie es der Tarifvertrag vorsieht.'): [],
    (1683, 'Für seine Parteifreunde hingegen ist Wolf als Senator ein voller Erfolg und als Spitzenkandidat „die natürliche Wahl“, wie viele Genossen sagen.'): [],
    (666, 'Finanzminister Wolfgang Schäuble muss sich an den Finanzmärkten 80,2 Milliarden Euro pumpen. Das sind 5,6 Milliarden Euro weniger als ursprünglich geplant.'): [],
    (1063, 'Das hat mit wirklicher Feinschmeckerei zu tun, mit langer Kultur, würde aber heute an deutschen Tischen das reine Grausen hervorrufen.'): [],
    (203, 'Rund 2000 Personen hatten sich am Morgen an dem von der deutschen Botschaft genannten Sammelplatz eingefunden.'): [],
    (1766, '"Diese Nominierung im Zuge der Fairplay-Wertung ist eine Auszeichnung für Mainz 05, vor allem aber ein Verdienst aller, von Mannschaft, Verein und Fans", sagte Präsident Harald Strutz.'): [],
    (1951, 'Ja, noch scheint es nicht Viele zu berühren.'): [],
    (2052, 'Warum sollte er da bei sich eine Ausnahme machen.'): [],
    (108, 'Das alles kann den Grundpreis von 11 490 Euro schon nach oben treiben.'): [],
    (1967, 'Da saß ich in Indien hinter Stacheldraht", erzählte der weit gereiste Senior, der im Kopf so fit ist wie mancher Junge nicht.'): [],
    (2171, 'Sie meinen nur Gott hat das Recht den Juden einen eigenen Staat geben.'): [],
    (1862, 'Lebenslang !Warum holt uns keiner aus dem Tierheim?'): [],
    (1522, 'Er gewann unter Moggis unrühmlicher Ägide mit Juventus Turin fünf Meistertitel, ehe er die Nationalmannschaft übernahm.'): [],
    (1644, 'Alle drei hatten von der Ehrung im Vorfeld nichts geahnt und zeigten sich dementsprechend überrascht und hocherfreut.'): [],
    (483, 'Aber auch wenn ich deine Erfahrung nehme - was machen die Leute (Anbieter) die das nicht halten können?'): [],
    (1143, 'Auch in den Osterferien ist für Programm gesorgt.'): [],
    (673, 'Darunter fällt auch das Sackmesser der Schweizer Armee, das sich einhändig öffnen lässt, dessen Klinge aber nur 8,5 Zentimeter misst.'): [],
    (941, 'Derzeit gäbe es aber noch rechtliche Probleme, welche erst ausgeräumt werden müssten.'): [],
    (1533, 'Somit können bei Schulbesuchen ganze Klassen hautnah miterleben, wie der Präparator Millimeter um Millimeter einen Knochen oder eine Pflanzenwurzel aus dem Jurastein freilegt.'): [],
    (226, 'Aber es ist ja nun nicht so dass der Remix diese ersetzen soll, das ist ein cooles Gimmick und nicht mehr.'): [],
    (1467, 'Vermutlich wäre auch der liebenswerte runde Mini-Flokati auf dem Armaturenbrett auf der Strecke geblieben.'): [],
    (1172, 'Dann sind die Saponine aus der Kastanie gelöst.'): [],
    (402, 'Damit sollen täglich rund 2.000 Fahrgäste eine bessere Verbindung in die Stadt bekommen.'): [],
    (1481, 'Das hat was mit Bildung zu tun.'): [],
    (27, 'Gesetze und Vorschriften, die niemand kennt, deren Sinn sich nicht erschließt, gefährden das friedliche Miteinander.'): [],
    (1088, 'Auch die Bittprozessionen weisen eine lange Geschichte auf.'): [],
    (1109, 'Über den Aktivitäts-Menüpunkt können Sie die Games auswählen und mit einem aktuellen Chat-Partner zocken.'): [],
    (1203, 'Dabei spielen der Einfluss Chinas und Indiens sowie Russlands auf Afghanistan-Lösungen eine zunehmende Rolle.'): [],
    (1184, 'Nach Minderheiten lag der Reingewinn bei 3,9 (1,5) Mio CHF, wie die Gesellschaft am Donnerstagabend mitteilte.'): [],
    (78, 'Irgendwann muss es doch einmal reichen mit diesen hirnlosen, populistischen Initiativen geistiger Tiefflieger.'): [],
    (499, 'Ausschlaggebend für die Wirkung des Dreipunktgurtes ist der Umstand, dass dieser den Passagier in seinem Sitz fixiert. 75 Prozent der Personen, die bei einem Unfall aus dem Fahrzeug geschleudert werden, überleben nicht (2).'): [],
    (220, 'Mehr sogar: Mit seinem Ableben steigt die Gefahr, daß sich die militanten gegen die gemäßigten Kräfte im Kosovo durchsetzen.'): [],
    (1996, 'Bilfinger Berger erh öhten sich nach einem Gewinnsprung im Geschäftsjahr 2006 um 6,8 Prozent auf 65,47 Euro.'): [],
    (51, 'Dabei ist das Potenzial bei mehreren Millionen allein in Deutschland angemeldeten Marken und Patenten enorm.'): [],
    (1581, 'Hanse jedenfalls erwies sich beim Probeschwimmen als wahres Tauchtalent; jetzt musste nur noch gezielt an der Wettkampf-Tauglichkeit gefeilt werden.'): [],
    (886, 'Bald allerdings hat er sich nur noch GNU gewidmet und 1985 zur Unterstützung des Projekts die FSF gegründet. 1989 erschien mit der Urversion der GNU General Public License (GPL) ein bedeutender Meilenstein des Projekts.'): [],
    (9, 'Nach den schwächeren Vorgaben der Wall Street vom Vortag setzten die deutschen Standardwerte ihren Konsolidierungskurs fort.'): [],
    (1501, 'Auch seine Frau und die beiden Kinder waren dabei.'): [],
    (1869, '"Unser HBX Analytics 4.0-Service bietet die umfassendsten Web-Analytics-Schnittstellen, die heute auf dem Markt verfügbar sind", erklärt Jim MacIntyre, Chief Executive Officer, Visual Sciences.'): [],
    (996, 'Außer einem Kopfball Tonis bekam der neue Schlussmann allerdings bis zur Pause nichts zu halten.'): [],
    (427, 'Am Wochenende, wenn ich den ganzen Tag frei habe, dann muss er von morgens an arbeiten.'): [],
    (461, 'Am Sonntag werden aber Zuschauer-Massen erwartet - denn Deutschland spielt.'): [],
    (1788, 'Volker Dietz traf nach 14 Minuten zum 1:0.'): [],
    (678, 'Die Statistik des Jahres 2003 führt 39 325 Erschossene auf, ein Jahr später sind es 36 119.'): [],
    (491, 'Der Schütze soll den Schüler genau zwischen den Augen mit einem Geschoss getroffen haben.'): [E('ASSAULT', 'getroffen', 'Schütze', 'Schüler', mod='possible')],
    (1630, 'Die Strategie der Veilchen, Bremerhavens Guards mit aggressiver, routierender Verteidigung müde zu spielen, ging vollkommen auf.'): [],
    (465, 'Bochum - Mit der geplanten Schließung des Nokia-Werkes in Bochum stehen etwa 2000 der 2300 Beschäftigten vor der Arbeitslosigkeit.'): [],
    (1646, 'Zum Auftakt der mit insgesamt 5,2 Millionen Euro dotierten Veranstaltung setzte sich der Fußball- Bundesligist aus Bremen in Düsseldorf mit 1:0 gegen Bayer Leverkusen durch und trifft nun am Mittwoch in Gelsenkirchen auf den FC Schalke 04.'): [],
    (1716, 'Das Landratsamt prüft noch einmal.'): [],
    (310, 'Der 68-Jährige benannte die Ziele, die durch die Regierungsumbildung erreicht werden sollen, sagte jedoch nichts zu konkreten Maßnahmen.'): [],
    (814, 'Als Vorgeschmack auf das Konzert in der Arena Wien gibt es einen ihrer Klassiker in Solid Gold zu hören.'): [],
    (2068, 'Dass sich die Popularität von Twitter nicht eins zu eins auf die Blogosphäre ummünzen lässt, zeigen auch die Sysomos-Zahlen.'): [],
    (418, 'Gestern war das Spiel gegen die Wikinger, wir waren zum Grillen eingeladen und auch ne halbe Stunde vor Anpfiff da.'): [],
    (1093, 'Teilchenbeschleuniger Video: Volltreffer im Urknall-Kanal Eine neue Ära der Wissenschaft: Mit nie dagewesener Energie haben Forscher im weltgrößten Teilchenbeschleuniger Large Hadron Collider bei Genf Atomkerne zusammenstoßen lassen.'): [],
    (1509, 'Von seinem "Tor nach Europa" profitiert auch die VG Kirchberg.'): [],
    (936, 'Auf Air Jordan folgte bei Nike die Air Zoom Generation .So heißt die eigene Schuh-Kollektion von LeBron James.'): [],
    (1674, 'Die Europäische Fußball-Union (UEFA) hat am Donnerstag eine eingehende Untersuchung der Krawalle am Rande des Champions-League-Spiels zwischen dem AS Rom und Manchester United angekündigt.'): [E('ACCUSE', 'Untersuchung', 'Europäische Fußball-Union', mod='planned')],
    (1039, 'Bis zur DLV-Gala am 2. August können weitere Sportler auf den WM-Zug springen.'): [],
    (355, 'Die Charta enthält die Parkstrategie.'): [],
    (889, 'In Tuzla, in der Universitätsklinik, wo Ärzte und Pfleger die 20-jährige Bosnierin inzwischen schon kennen.'): [],
    (371, 'Das jahrhundertealte Wissen um die sagenreichen Tänze ging in den Massengräbern fast mit unter.'): [],
    (1381, 'Vor allem Fangruppen aus Deutschland, Polen, der Elfenbeinküste und vor allem aus Dänemark saßen auf den Tribünen.'): [],
    (1648, 'In sechs der neun österreichischen Bundesländer hatte bis zum Jahr 2004 seit Kriegsende stets die selbe Partei an erster Stelle gestanden.'): [],
    (115, 'Wurde in der Spitze zu selten angespielt, stand dort oft allein auf weiter Flur.'): [],
    (340, 'Damit ändert sich in der Gesamtwertung vorerst nichts.'): [],
    (217, 'Die Eltern müssen lernen, daß es immer um beides geht, daß man das Kind tröstet, aber auch frustriert.'): [],
    (1887, 'Am Montag hatte sich GM mit der Gewerkschaft auf eine Senkung der Gesundheitsleistungen für die Belegschaft von jährlich rund drei Milliarden Dollar geeinigt.'): [E('AGREE', 'geeinigt', 'GM', 'Gewerkschaft')],
    (1305, 'Das spiegelte sich jetzt in der neusten Ausgabe des Programmhefts wider, das eine Rubrik "Ihre Vorschläge" hat.'): [],
    (89, 'Insofern handelt die Wirtschaft nur nach ihrem ureigensten Prinzip: Nachfrage und Angebot bestimmen den Markt.'): [],
    (2167, 'CHICAGO - Die Chicago Bulls haben sich die Chancen auf eine Playoff-Teilnahme weiter erhalten.'): [],
    (1398, 'Vorstandschef Karl-Heinz Rummenigge sagt deutlich: "Bis 2006 bleibt Roque sicher bei uns."'): [],
    (999, 'Hierzu schrieb sie die Geburtsdaten von sich und ihrem Sohn auf ein Stück Papier, musste danach in einen Faden fünf Knoten machen und sich bei jedem etwas wünschen.'): [],
    (676, 'Inschriften tragen ihren Namen Der Berenike gewidmete Tempel in Alexandria war nach Angaben der Archäologen 60 Meter lang und 15 Meter breit.'): [],
    (490, 'Der 27-Jährige ist bei den Knappen wieder ins Mannschaftstraining eingestiegen.'): [],
    (31, 'Der Hintergrund von Scheidungen kurz nach der (Früh-) Pensionierung, sagt ein Vereinsmitglied, sei nicht selten eine junge, heiratswillige und meist ausländische Frau.'): [],
    (1442, 'Die BA muss demnach 4,3 Mrd. Euro aus ihrer Rücklage heranziehen, die sie dieses Jahr zum ersten Mal seit fast 20 Jahren erzielt.'): [],
    (80, 'Der größte Kunde von Spezstroi ist das russische Verteidigungsministerium, dessen Aufträge 21,5 Prozent des Gesamtumfangs ausmachen.'): [],
    (1866, 'Abonnenten können Tickets fürs WM-Finale gewinnen!'): [],
    (1575, 'Am saubersten in Berlin ist der Tegeler See.'): [],
    (104, 'Wenn man gegen so eine Mannschaft trifft, hat man das Gefühl, im Finale der Champions League zu stehen", erklärt van der Vaart, "da müssen wir alle über uns hinauswachsen, um sie zu packen."'): [],
    (494, 'Heath Miller fing das "Lederne Ei" nach 87 Yards und legte ihn hinter die Linie zum Punkterfolg für Pittsburgh.'): [],
    (2121, 'Air Berlin sehe dieses Engagement als Finanzbeteiligung an.'): [],
    (1901, 'Gerade mit der konventionellen Sechsgang-Handschaltung arbeitet der Vierzylinder prächtig zusammen.'): [],
    (2136, 'Die Branche geht davon aus, dass das Unternehmen auch sein Netz im Süden flächendeckend aufrüsten wird.'): [],
    (1692, 'Besonders in puncto Zweikampfverhalten kaufte Füchtorf der WSU den Schneid ab.'): [],
    (1699, 'BILD erklärt, wie Sie Ihre Miete richtig mindern, nennt die wichtigsten Urteile.'): [],
    (55, 'Das Doppelte wäre normal gewesen.'): [],
    (1145, 'Außerdem erhielt der 21-Jährige ein Stadionverbot für zwei Jahre.'): [E('SANCTION', 'Stadionverbot', '', '21-Jährige')],
    (271, 'Bei einem bewaffneten Raubüberfall auf die Post im aargauischen Riniken ist am Mittwochabend ein 22-jähriger Täter durch den Schuss eines Polizisten in Zivil verletzt worden.'): [E('ASSAULT', 'Schuss', 'Polizisten', '22-jähriger Täter', 'Riniken')],
    (868, 'Dabei kooperieren die Lindener mit dem TSV Odenhausen/Lahn, der selbst Erfahrungen in der Jugendliga gesammelt hat.'): [E('COOPERATE', 'kooperieren', 'Lindener', 'TSV Odenhausen/Lahn')],
    (2000, 'Fast drei Wochen nach dem israelischen Abzug aus dem Gazastreifen hat die palästinensische Polizei mit der Durchsetzung eines Waffenverbots in der Öffentlichkeit begonnen.'): [E('COERCE', 'Waffenverbots', 'palästinensische Polizei')],
    (1196, 'In einem mehrseitigen Schreiben verlangt die Arge, dass die Betroffene ihre Unterkunftskosten senkt.'): [E('REQUEST', 'verlangt', 'Arge', 'Betroffene')],
    (1803, 'Das war im März in einer spektakulären international koordinierten Aktion ausgehoben worden.'): [E('COERCE', 'ausgehoben', '', 'Das')],
}
SKIPPED: dict[int, str] = {
    930: "the range of measures a plan provides ('Das gehe hin bis zu ... Sperre'), the plan and its author told before the sentence: a plan's content, ambiguous",
    479: "a party leadership's meeting (an internal deliberation: fresh27's party board, fresh14's expert meeting) ambiguous",
    1019: 'fighting named as the cause of a flight (an act named as background, fresh23); flights and returns are no event',
    1092: "a wish for a more open discussion (fresh14's wishes) ambiguous",
    1364: "a party wanting to examine a policy (fresh23's proposals presented) ambiguous",
    833: "a minister's expectation (a prediction, fresh27) ambiguous",
    894: "a plea for a policy and a premier agreeing with it (fresh22's plea, fresh13's speaking out for a policy) ambiguous",
    1800: "a promised output increase (an economic pledge, fresh27's quoted pledge) made in a talk named as its setting, reported by media, ambiguous",
    471: 'coalition negotiations named as the setting of a comment on their outcome, ambiguous',
    869: "an offensive and rocket fire named as background of a statement about its aim (fresh23's acts named as background) ambiguous",
    1929: "a 'sollte' without a speaker (fresh23's rhetorical 'müsse') ambiguous",
    892: "a parliamentary group's proposal (fresh23's proposals presented) ambiguous",
    2106: "a state resisting a liberalisation in general (fresh13's speaking out against a policy; no other body's plan named) ambiguous",
    1857: "state aid named in a characterisation of its amount (fresh15's financing) ambiguous",
    2158: "a spokesman saying no request for support was received (a denial, REJECT as fresh11's denied report, or a REQUEST denied) ambiguous",
    659: "a quoted 'müssen' without its speaker in the sentence (fresh23) ambiguous",
    615: "shipowners wanting soldiers on board (fresh14's wishes; the demand is the URL's headline only) ambiguous",
    1403: "a charge named only as what a statement answers (fresh27), the statement's speaker not in the sentence, ambiguous",
    1264: "a bidder dropping out of a takeover (fresh15's withdrawn bid, fresh22's commercial deals) ambiguous",
    1418: "an alliance in a poll's hypothesis ('wenn ... verbünden würden'; surveys are no event) ambiguous",
    140: "a consultant's advice to customers ('sollten ... überlegen, sagt X': REQUEST or no event) ambiguous",
    571: "an operation ('Zugriff') named as background of speculation about its approval, ambiguous",
    2091: "a verdict's content without its court (fresh22's restitution board's verdict) ambiguous",
    1944: "a mayor's expectation that a party lifts its ban on coalitions (a prediction, fresh27) ambiguous",
    375: "a cartel office's letter naming a fee guideline (fresh23's supervisory letters) ambiguous",
    1416: "a quoted 'muss' without its speaker in the sentence (fresh23) ambiguous",
    1603: 'a rejected protest named only as what is not yet explained (a rejection as background) ambiguous',
    680: "declining to stand as a party's lead candidate (fresh17's not standing for re-election) ambiguous",
    786: "a railway agreeing with manufacturers on replacing axles (fresh22's commercial deals) ambiguous",
    1130: "a president's short visit named as background, its host not named, ambiguous",
    356: "criticism without a verb of criticism ('Das reicht nicht', fresh23) ambiguous",
    1764: "angry e-mails (outrage, fresh20's 'empören'; PROTEST or no event) ambiguous",
    788: "a policy's content without its author ('wird ... abgelehnt': REJECT or a rule) ambiguous",
    608: 'a past intention to decide restrictions, its outcome not said, ambiguous',
    141: "a ministry to amend a law (fresh19's bill announced) ambiguous",
    598: "a killing told in a story's plot (fiction or history, not said in the sentence) ambiguous",
    1998: "criticism without a verb of criticism ('ist offenbar in Stein gemeißelt', fresh23) ambiguous",
    2009: "an attack named as background of an unsolved inquiry (fresh23's acts named as background) ambiguous",
    415: "spying on journalists named as what a newspaper reported (fresh21's surveillance) ambiguous",
    897: "failing to agree on speaking times (fresh19's failing to agree at a talk) ambiguous",
    296: 'members put under pressure, in a quotation without its speaker, ambiguous',
    342: 'a call named only as how words were understood (history) ambiguous',
    301: "a group staying away from a summit in a 'wenn' clause (a boycott: SANCTION or PROTEST) ambiguous",
    2186: "ports closed over a hurricane (fresh17's and fresh24's state of emergency over a storm) ambiguous",
    862: "an operator admitting failures ('räumt ... ein', fresh23's admitted failings) ambiguous",
}


def main(argv: list[str]) -> int:
    return germeval_blind.build(argv, SEED, PARTS, ANN, SKIPPED, OUT,
                                own=(Path(__file__).name, OUT.name, "germeval_blind.py"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
