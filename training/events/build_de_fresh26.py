"""Build tests/data/events_de_fresh26.jsonl: a BLIND German event set from the unread part of CoNLL-2003 German's
deu.testa (Frankfurter Rundschau, 1992) (round 28, issue #5; e2).

**Blind**: like fresh24 and fresh25, made to measure the German event rules on text nobody tuned on; the lead scores it
once at round 28's end (summary lines only); never read for error analysis, and the annotator never ran newsgraph on
it (no extractor, no scorer, no A/B script: this script and conll_blind.py read the CoNLL file with plain Python).

Source: deu.testa, fresh24's file, in fresh24's order (SHA-1 of ``20261228:deu.testa:doc``, conll_blind.prose_order,
184 documents with prose), from order position START + 1 (81) on: fresh24 took positions 1-56 and its annotator
skimmed 57-80 by reading (no tool ever listed them), so positions 81-184 were never read by anyone working on events.
``--check`` prints the repository code that reads the CoNLL files (training material only: NER, word vectors and
sentence joins, the checks model) and finds none of the taken sentences in any other text file of the repository,
fresh24's and fresh25's included.

Drawn (``--draw`` prints it, with the documents read and not taken): of each taken document the first PER_DOC (4)
sentences of running prose (conll_blind.prose, as fresh24), text detokenised by conll_blind. Positions 81 to N_DOCS
(125) in full (45 documents, 173 sentences: 19 events); then, events being short of 25, fresh12's and fresh25's way of
reading on: of positions 126 to READ_TO (145) only the LATER documents, the 5 with an event among their four
sentences by reading, until 25 events were reached (position 145); the other 15 read there were not taken.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md (its thirtieth pass), before any
newsgraph code ran on these sentences or documents (annotator e2, 2026-11-28, round 28; single annotator). Ambiguous
sentences, repeats and breakdowns of an event told before, a headline quote the filter let through are skipped
(SKIPPED, with the reason), as in fresh9-fresh25. No dates (no publication date: "published" empty, sentences read
alone, the date column not scored). **153 sentences from 50 documents, 25 events (ASSAULT 5, COERCE 5, ACCUSE 4,
REQUEST 3, AGREE 3, REJECT 2, CONSULT 2, RETREAT) in 23 sentences, 130 without, 40 skipped.** Questions decided here by
the guide's existing rules: a president's decree calling on the population to hand in weapons ("per Dekret ...
aufgefordert") REQUEST, the population the target (fresh23's "ruft ... auf"); a lawsuit to come ("soll ... geklagt
werden") ACCUSE, planned (a lawsuit ACCUSE, "soll" of the future planned), continuing a legal fight skipped; groups
that "kamen ... überein" at a meeting AGREE (fresh17's management and works council agreeing); an air raid on a town
ASSAULT, the town the target (dev's "Luftangriff auf ein Flüchtlingslager"); a party rejecting another's proposed pact
or a state's legalisation initiative ("lehnt ... ab") REJECT (fresh10's opposing another body's plan); calling an
initiative "naiv" ACCUSE without target (fresh18's calling an act a coup, fresh21's criticism of a draft law);
"Heftige Angriffe gegen X gerichtet" ACCUSE (fresh22's verbal attack); a bomb going off during a service ASSAULT
(fresh5's car bomb); a child abused and murdered two ASSAULT events, an arrest and the warrant that followed two COERCE
(two distinct acts, as fresh18's two penalties; fresh15's detention order); expelling refugees COERCE (fresh23), the
breakdown of the expulsions skipped; the culprit's arrest in a relative clause COERCE (its act stated only there);
"seine Amtsgeschäfte ... niedergelegt" RETREAT (fresh22); a new foreign minister to appear at an international
conference CONSULT, planned (fresh7's meeting in a compound noun); negotiations continued CONSULT (fresh10); a
negotiator confident that a peace agreement will be signed AGREE, possible (fresh20's "Eine Einigung sei ...
möglich"); a faction's "Anfrage an den Magistrat" REQUEST, planned (fresh25); "'Die Politiker müssen aufhören ...',
meinte er" REQUEST (the guide's "X müsse" by a speaker). A planning workshop, suspected arson behind a bush fire,
killings and clashes summed up with their dead, a charity tour and donations, a commentary's history, wishes and
hopes, proposing a meeting, a town centre closed for a festival, honours, an economic package, criticism without a
verb of criticism, a plea for a policy and a council taking up an affair skipped as ambiguous; a poll's share
demanding a penalty (surveys), funding and arms-sales statistics, a fire, a road accident, finding a body, a club
releasing a player, sports results, courses, festivals and appointments are no event.

Caveat as fresh24's: the shipped NER model was trained on these files (names in-sample for NER; the core model's word
vectors and the checks model read the text too, unlabelled). CoNLL-2003: research use.

Adding this file changes no earlier draw: no earlier builder reads a "row" other than a 10kGNAD one or a quotes-de
"file" from tests/data; conll_blind's ``start`` defaults to 0, so fresh24's and fresh25's draws and files are
byte-identical (checked: ``--draw`` of fresh3-fresh25 and ``--order`` of fresh20-fresh23 before and after).

    python training/events/build_de_fresh26.py --check   # the CoNLL readers; no taken sentence anywhere else
    python training/events/build_de_fresh26.py --draw    # the drawn documents, the read ones not taken
    python training/events/build_de_fresh26.py           # writes tests/data/events_de_fresh26.jsonl
    python training/events/build_de_fresh26.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conll_blind  # noqa: E402  (the CoNLL reader, detokeniser, prose filter, draw and checks)
from conll_blind import E  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh26.jsonl"
FILE = "deu.testa"
SEED = 20261228  # fresh24's order: positions after its draw (1-56) and skimming (57-80) were never read
START = 80  # positions 1-START belong to fresh24
N_DOCS = 125  # positions 81-125 read in full: 19 events
PER_DOC = 4
READ_TO = 145  # positions 126-145 read for events; the 25th event came at position 145
# of positions 126-READ_TO, the documents with an event among their first four prose sentences (by reading)
LATER = (51, 12, 157, 152, 149)

# (document index in deu.testa, sentence index in the document, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, int, str], list[dict]] = {
    (174, 1, 'Gut vier Stunden nach Bernhard Langers geglückter Wiedergutmachung wurde Vijay Singh erstmals Internationaler Deutscher Golf-Meister.'): [],
    (174, 2, 'Der in der Nähe von London lebende 29jährige, der in Lautoka auf den Fidschi-Inseln geboren wurde, düpierte das Feld mit 262 Schlägen (66+68+64+64) und einem Rekordvorsprung für diese Konkurrenz und die diesjährige Tour von elf Schlägen auf den überraschend starken Spanier Jose Manuel Carriles 273 (69+69+67+68).'): [],
    (174, 4, 'Nach drei enttäuschenden Runden konnte der am Ende auf Rang 34 plazierte Anhausener Bernhard Langer doch noch einigermaßen zufrieden die Anlage verlassen.'): [],
    (174, 5, 'Mit einer abschließenden 68er Runde und insgesamt 283 Schlägen (72+71+72+68) war er am Ende doch noch zweitbester Deutscher eines Dutzends, von dem zum ersten Mal bei einer großen Tour gleich sieben den Cut nach zwei Runden geschafft hatten.'): [],
    (7, 2, 'Aufgrund der großen Nachfrage wird am Sonntag, 30. August, nochmals eine Radfahrprüfung für das Sportabzeichen vorgenommen.'): [],
    (7, 3, 'Treffpunkt sind die Tennisplätze des KSV Klein-Karben am Günter-Reutzel-Sportplatz um 8.45 Uhr.'): [],
    (7, 4, 'Der Startschuß zur 20 - KilometerStrecke an der Nidda entlang zur Burg Bad Vilbel fällt um 9 Uhr.'): [],
    (7, 5, 'An der Burg ist ein Kontrollpunkt eingerichtet.'): [],
    (44, 2, 'Neue Wege beschreitet die Stadt bei der Umgestaltung der Parkstraße.'): [],
    (44, 3, 'Die betroffenen Bürger sollen möglichst früh einbezogen werden, um "eine breite Akzeptanz für die vorgeschlagenen Maßnahmen" zu erreichen, so Bürgermeister Bernd Rohde (CDU).'): [],
    (44, 4, 'Die politischen Gremien hätten dann die Sicherheit, daß ihre Beschlüsse auf einen breiten Konsens stoßen werden.'): [],
    (69, 2, 'Angesichts der sich ständig vertiefenden Wirtschaftskrise wird in Rußland offenbar die Sympathie für die Putschisten größer, die vor einem Jahr mit dem Versuch gescheitert waren, Sowjetpräsident Michail Gorbatschow zu entmachten.'): [],
    (69, 3, 'Größeres Verständnis für die auf ihren Prozeß wartenden Putschführer signalisiert jedenfalls eine am Samstag von der den Reformern um Präsident Boris Jelzin nahestehende Zeitung Moskowski Komsomolez veröffentlichte Meinungsumfrage unter Moskauer Bürgern.'): [],
    (69, 4, 'Von den vom Meinungsforschungsinstitut Mnenije befragten Personen forderten nur noch 1,7 Prozent die Todesstrafe für die Putschisten, während 24,8 Prozent deren Freilassung befürworteten.'): [],
    (69, 5, 'Dies ist ein Umschwung der Meinung gegenüber dem letzten September.'): [],
    (89, 2, 'Große Teile eines der populärsten Nationalparks in Italien sind durch ein Buschfeuer zerstört worden.'): [],
    (89, 3, 'Der Direktor des auf halber Strecke zwischen Rom und Neapel an der Küste gelegenen Parks San Felice Circeo, Enrico Ortese, teilte am Samstag mit, durch das Feuer seien rund 300 Hektar Buschland vernichtet worden.'): [],
    (89, 4, 'Der Brand sei am Freitag ausgebrochen und am Sonntag morgen unter Kontrolle gewesen.'): [],
    (81, 4, 'Der Präsident der einseitig proklamierten Dnjestr-Republik, Igor Smirnow, hatte am Donnerstag per Dekret die Bevölkerung aufgefordert, alle Waffen abzugeben.'): [E('REQUEST', 'aufgefordert', 'Igor Smirnow', 'Bevölkerung')],
    (26, 3, '"Ich gebe gern, wenn ich weiß, wo es hinkommt."'): [],
    (26, 4, 'WALTER RÖHRL, Rallye-Weltmeister, ist Schirmherr der Tour, die das Gefühl vermittelt, auf unbürokratische Weise zu helfen.'): [],
    (10, 3, 'Prall gefüllt mit rund 1200 verschiedenen Kursen präsentiert sich das Programm der Kreisvolkshochschule für das Jahr 1992/93.'): [],
    (10, 4, 'Sprachkurse bilden, wie in den vergangenen Jahren, einen Schwerpunkt des Angebots:'): [],
    (10, 5, 'von Englisch, Französisch und Spanisch bis hin zu Türkisch und Chinesisch - über 400 Kurse wenden sich an sprachenbegeisterte Bürger / - innen.'): [],
    (10, 6, 'Dabei handelt es sich nicht nur um Kurse, die regelmäßig über längere Zeit ein- oder zweimal die Woche stattfinden, es werden auch Intensivkurse am Wochenende oder über mehrere Wochen mit täglichem Unterricht angeboten.'): [],
    (34, 1, 'Spezielle EDV-Lehrgänge für ausländische Bürgerinnen und Bürger bietet die Volkshochschule Frankfurt an.'): [],
    (34, 2, 'Das Arbeiten mit dem Computer wird am Beispiel des Programms WORD in türkischer Sprache vermittelt.'): [],
    (34, 3, 'Der türkische PC-Kurs ist eine Neuigkeit des diesjährigen Herbstprogramms der Volkshochschule.'): [],
    (34, 4, 'Für ausländische Hörer liegt wieder ein spezielles Angebot vor.'): [],
    (116, 2, 'Mit insgesamt rund 46 Millionen Mark haben die Bundesländer im vergangenen Jahr Literatur und Autoren gefördert.'): [],
    (116, 3, 'Das seien in den alten Ländern gut 44 Prozent (13,18 Millionen Mark) mehr gewesen als im Jahr 1985, heißt es in einer jetzt veröffentlichten Studie der Kultusministerkonferenz der Länder ("Ausgaben der Länder für Literatur- und Autorenförderung 1985-1991").'): [],
    (116, 4, 'Die alten Länder haben der Dokumentation zufolge Literatur und Autoren mit gut 43 Millionen Mark unterstützt.'): [],
    (116, 5, 'Davon gingen 3,39 Millionen über Maßnahmen wie Stipendien oder Auszeichnungen direkt an die Schriftsteller.'): [],
    (49, 1, 'Die FR informiert in ausgewogener Weise über den schrecklichen und menschenmordenden Bürgerkrieg im ehemaligen Jugoslawien.'): [],
    (49, 2, 'Es ist schwer zu begreifen, daß die verantwortlichen Politiker nicht in der Lage sind, den militärischen Kräften jede weitere Aktion zu untersagen.'): [],
    (49, 3, 'Mit gutem Willen ließe sich von der politischen Seite her der Krieg beenden, doch dies geschieht nicht.'): [],
    (49, 4, 'Aus diesem Grund wird in der "FR-Debatte" gefragt:'): [],
    (198, 2, 'Aus dem Ranzenbrunnen kam zwar kein Tröpfchen Wasser, der Notstand brach deshalb beim Brunnenfest im Ortskern noch lange nicht aus.'): [],
    (198, 3, 'Bier, Wein, Gespritzter und alkoholfreie Getränke flossen am Samstag in der Huthmacherstraße in Strömen.'): [],
    (198, 4, "Und an den Ständen der musiktreibenden Vereine gab's außer kühlen Getränken auch Gegrilltes und vor allem hausgebakkenen Kuchen."): [],
    (198, 5, 'Wer durch die Fest-Gasse flanierte, den zogen Caféhaus-Klänge in den Zehnthof an der Kirche.'): [],
    (125, 3, 'Neben der laufenden Verfassungsbeschwerde gegen die Entscheidung des Bundesverwaltungsgerichts über die Wiederinbetriebnahme vom Juni soll auch gegen die bevorstehenden Transporte von radioaktiven Stoffen nach Morsleben geklagt werden.'): [E('ACCUSE', 'geklagt', mod='planned')],
    (125, 4, 'Darin kamen Vertreter von Umweltverbänden, der Bürgerinitiative Morsleben, der Grünen Sachsen-Anhalts und der Landtagsfraktionen von SPD, PDS und Bündnis 90 / Grüne bei einem Treffen am Samstag in Magdeburg überein.'): [E('AGREE', 'kamen', 'Vertreter von Umweltverbänden, der Bürgerinitiative Morsleben, der Grünen Sachsen-Anhalts und der Landtagsfraktionen von SPD, PDS und Bündnis 90 / Grüne', '', 'Magdeburg')],
    (17, 2, 'Die Stadt lädt alle Seniorinnen und Senioren am Donnerstag, 10. September, zu einer Tagesfahrt nach Lahnstein ein.'): [],
    (17, 3, 'Um 9.30 Uhr werden die Teilnehmerinnen und Teilnehmer mit drei Bussen vom Marktplatz Ober-Rosbach, Marktplatz Rodheim und der Gaststätte Wehrheim in Nieder-Rosbach aus starten.'): [],
    (17, 4, 'Neben einer Stadtbesichtigung und einem Mittagessen bei musikalischer Unterhaltung ist auch eine gemeinsame Schiffsfahrt auf dem Rhein vorgesehen.'): [],
    (17, 5, 'Anmeldungen werden von der Stadtverwaltung bis zum 31. August entgegengenommen.'): [],
    (132, 2, 'Die aserbaidschanische Luftwaffe hat am Sonntag binnen 24 Stunden einen zweiten schweren Bombenangriff auf Stepanakert, die Hauptstadt der armenischen Kaukasus-Enklave Berg-Karabach, geflogen.'): [E('ASSAULT', 'Bombenangriff', 'aserbaidschanische Luftwaffe', 'Stepanakert', 'Stepanakert')],
    (132, 4, 'Unter den Trümmern werden weitere Tote vermutet.'): [],
    (155, 2, 'Eine 31jährige Frau ist mit ihrem Auto in der Nacht zum Sonntag bei Grünberg (Kreis Gießen) in eine Fußgängergruppe gerast und hat dabei eine 18jährige getötet und zwei andere Mädchen schwer verletzt.'): [],
    (155, 3, 'Die fünfköpfige Fußgängergruppe sei auf dem rechten Fahrbahnrand unterwegs gewesen, als sie von dem Wagen erfaßt wurde, teilte die Polizei in Grünberg am Sonntag mit.'): [],
    (155, 4, 'Zwei junge Männer kamen mit leichten Verletzungen davon.'): [],
    (155, 5, 'Die beiden 18jährigen Mädchen wurden mit inneren Blutungen und Knochenbrüchen ins Krankenhaus gebracht.'): [],
    (47, 1, '44 Jugendfußball-Mannschaften - vier weniger als vorgesehen tummelten sich auf dem Sportgelände des FC Germania Niederrodenbach, wobei das komplette Antrittsgeld der Hanauer Jugend-Kreisauswahl zur Verfügung gestellt wurde.'): [],
    (47, 2, 'Neben den Hausherren fungierten der SV Wolfgang und der VfR Kesselstadt als Ausrichter und die "Rasenspieler" holten sich sogar den Sieg bei der E-Jugend.'): [],
    (47, 3, 'Der Fairnesspokal ging an die SG Rodenbach / Wolfgang.'): [],
    (47, 4, 'Die Ausrichter teilten sich die Beute...'): [],
    (52, 1, 'Der Jubel ist verklungen.'): [],
    (52, 2, 'Vor einem Jahr kehrten die Balten in die internationale Staatengemeinschaft zurück, von einer Sympathiewelle des Westens getragen, der neben dem Mitgefühl für unterdrückte Kleinstaaten vor allem schlechtes Gewissen zugrunde lag:'): [],
    (52, 4, 'Dann freilich ging alles sehr schnell.'): [],
    (6, 4, 'Die SPD lehnt ein solches Abkommen ab (FR berichtete).'): [E('REJECT', 'lehnt', 'SPD')],
    (80, 2, 'Die Umweltschutzorganisation Greenpeace hat heftige Vorwürfe gegen die Hamburger Umweltbehörde wegen des Exports von Filterstäuben aus den Hamburger Stahlwerken erhoben.'): [E('ACCUSE', 'Vorwürfe', 'Umweltschutzorganisation Greenpeace', 'Hamburger Umweltbehörde')],
    (194, 1, '"Alles nur Theater" lautet das Motto der Bad Homburger Antwort auf das Frankfurter Museumsufer-Fest:'): [],
    (194, 2, 'Von Freitag bis Montag, 28. bis 31. August, feiert die Taunus-Kurstadt ihr traditionelles Laternenfest.'): [],
    (194, 3, 'Mehrere hunderttausend Besucher werden erwartet.'): [],
    (114, 2, 'Bei einer Bombenexplosion während eines katholischen Gottesdienstes sind auf den Philippinen vier Menschen getötet worden.'): [E('ASSAULT', 'Bombenexplosion', '', 'vier Menschen', 'Philippinen')],
    (74, 2, 'Ein dreijähriges Mädchen ist am Freitag in Peterslahr bei Altenkirchen im Westerwald sexuell mißbraucht und anschließend ermordet worden.'): [E('ASSAULT', 'mißbraucht', '', 'dreijähriges Mädchen', 'Peterslahr'), E('ASSAULT', 'ermordet', '', 'dreijähriges Mädchen', 'Peterslahr')],
    (74, 3, 'Wie die Staatsanwaltschaft in Koblenz am Samstag berichtete, entdeckte ein Feuerwehrmann das tote Kind in einem Koffer, der auf dem Dachboden einer Scheune abgestellt war.'): [],
    (74, 4, 'Ein 34jähriger Verdächtiger aus Peterslahr sei am Freitag festgenommen und am Samstag dem Haftrichter vorgeführt worden, der Haftbefehl erlassen habe.'): [E('COERCE', 'festgenommen', '', '34jähriger Verdächtiger'), E('COERCE', 'Haftbefehl', 'Haftrichter', '34jähriger Verdächtiger')],
    (193, 3, 'Die Umzugskisten sind ausgepackt, die Arbeit, auf die sich Gerhard Helbich freute, hat begonnen:'): [],
    (193, 4, 'Seit 1. August ist der gebürtige Coburger, der in Frankfurt aufwuchs, neben Karl Heinz Geil der zweite Pfarrer der evangelischen Kirchengemeinde Mörfelden.'): [],
    (193, 5, 'Für den 47 Jahre alten Helbich, der mit Frau Stephanie und drei Töchtern Rebekka (12), Rahel (18) und Esther (19) in die Wohnung im Gemeindezentrum in der Bürgermeister-Klingler-Straße einzog, erfüllte sich ein Wunsch:'): [],
    (193, 6, 'Nach rund zehn Jahren Abstinenz "wollte ich wieder als Gemeindepfarrer arbeiten".'): [],
    (39, 2, 'Über 90 Prozent der "geringfügig Beschäftigten", die den Arbeitgebern Sozialversicherungsbeiträge ersparen, sind Frauen, sei es im Einzelhandel, bei den Reinigungsdiensten oder in Hotels und Gaststätten.'): [],
    (39, 3, 'Die Konsequenzen werden den Frauen oft erst sehr spät deutlich:'): [],
    (39, 4, 'Trotz jahrelanger Beschäftigung fehlt ihnen eine soziale Sicherung.'): [],
    (39, 5, 'Sie haben weder Ansprüche auf Arbeitslosengeld noch sind sie im Alter finanziell abgesichert.'): [],
    (200, 2, 'Weil "der lautlose Auszug aus der Kirche in vollem Gange" ist und "die Weitergabe unseres Glaubens immer schwieriger wird", wird sich in der katholischen Pfarrgemeinde Christ König in Walldorf eine neue Gruppe bilden:'): [],
    (200, 3, 'Sie soll über den eigenen Glauben ins Gespräch kommen, überlegen und handeln, wie die Weitergabe des Glaubens "zeitgemäß bei Kindern, Jugendlichen und Erwachsenen neu ansetzen muß".'): [],
    (200, 4, 'Ein erstes Treffen für alle Interessierten gibt es heute, 27. August, 20 Uhr im kleinen Saal des Gemeindehauses in der Gartenstraße 37.'): [],
    (200, 5, 'Da der Besuch bei den Jugendgottesdiensten in Walldorf stark nachgelassen habe, gibt es einen neuen Modus:'): [],
    (199, 2, 'Der Rahmen war trefflich gewählt, sind die vier doch genauso lange Mitglied, wie das Naturfreundehaus besteht.'): [],
    (199, 3, "Zum 40. Jahrestag gab's am und im Vereinsheim kulturelles Programm und akademische Feierstunde."): [],
    (20, 2, 'Olympia ruft - unter diesem Motto sucht die Turngemeinde GroßKarben 1891 e.V. Nachwuchs für die Leichtathletikabteilung.'): [],
    (20, 3, 'Kinder, Jugendliche, aber auch Erwachsene können zu verschiedenen Trainingszeiten alle Disziplinen aus den Bereichen Lauf, Sprung und Wurf unter Anleitung erlernen und auch an Wettkämpfen teilnehmen.'): [],
    (85, 2, 'Die griechischem Behörden haben im Juli 22 300 albanische Flüchtlinge ausgewiesen, die illegal nach Griechenland gekommen waren.'): [E('COERCE', 'ausgewiesen', 'griechischem Behörden', '22 300 albanische Flüchtlinge')],
    (85, 3, 'Das teilte die griechische Polizei am Wochenende mit.'): [],
    (84, 3, 'Das teilte der türkische Innenminister Ismet Sezgin am Wochenende in der nordwesttürkischen Stadt Bursa mit.'): [],
    (84, 4, 'Den Angaben zufolge handelte es sich bei den Toten um sechs kurdische Aufständische, acht Zivilisten sowie vier Polizisten.'): [],
    (84, 5, 'Bis zum Samstag seien 443 Menschen in Sirnak festgenommen worden, hieß es.'): [E('COERCE', 'festgenommen', '', '443 Menschen', 'Sirnak')],
    (118, 2, 'Die Waffenverkäufe der USA, Rußlands und anderer Ländern an die Dritte Welt sind im vergangenen Jahr um 40 Prozent auf 24,7 Milliarden Dollar zurückgegangen.'): [],
    (118, 3, '1990 betrugen sie noch 41,1 Milliarden Dollar.'): [],
    (118, 4, 'Das geht aus dem jährlichen Bericht an den US-Kongreß hervor.'): [],
    (118, 5, 'Er erklärte den geschrumpften Markt mit den politischen Veränderungen nach dem Ende des Kalten Krieges.'): [],
    (25, 3, 'So kompliziert hat Manfred Sutter sich das nicht vorgestellt.'): [],
    (25, 5, 'bei den Müllverwertern vom "Dualen System" in Bonn arbeiten, wo auch sein früherer Frankfurter Oberbürgermeister Wolfram Brück entsorgt.'): [],
    (11, 3, 'Doch die Kursexplosion der vergangenen Woche verschlug vielen Kritikern die Sprache.'): [],
    (11, 4, 'Es ist sicher zu früh, den japanischen Kapitalmarkt schon wieder aus dem Schneider zu sehen.'): [],
    (190, 2, 'Nicht nur der Hamburger SV (bei den Amateuren von Bayer Leverkusen), sondern auch Ex-Oberligist FC Viktoria Sindlingen (beim SV 09 Hofheim) benötigte im (Kreis-) Pokalwettbewerb ein Penalty-Schießen, um mit 8:7 die Oberhand zu behalten.'): [],
    (190, 3, 'Es blieb das einzige Elfmeterschießen in der ersten Runde des Fußballkreises Main-Taunus.'): [],
    (190, 4, 'Verlängerungen gab es zwei, aber nur einmal mußte auch über 120 Minuten gespielt werden:'): [],
    (190, 5, 'Die DJKSportvereinigung Hochheim siegte nach zweistündigem Versuch mit 2:1 beim 1. FC Blau-Weiß Zeilsheim.'): [],
    (38, 3, 'Das Jahr 1994, von der UN zum Internationalen Jahr der Familie proklamiert, gibt Anlaß für den Vortrag bei der Monatsversammlung des Frauenrings am Mittwoch, 2. September, 15 Uhr, im Foyer der Stadthalle.'): [],
    (38, 4, 'Brigitte Pross, seit Jahren als Vertreterin der internationalen Arbeit des Frauenrings bei UNKonferenzen und Seminaren engagiert, macht sich Gedanken über die Frage:'): [],
    (38, 5, '"Was ist Familie heute?"'): [],
    (38, 6, 'Im vergangenen Jahr berichtete sie in Oberursel über ein Entwicklungshilfeprojekt in Burkina Faso (Westafrika).'): [],
    (183, 2, 'Während das von der japanischen Regierung verkündete Notprogramm den Nikkei-Aktienindex in der vergangenen Woche um über 13 Prozent nach oben katapultierte, erlebte die Wall Street am Freitag einen Kurseinbruch.'): [],
    (183, 5, 'Mit 1,40 Mark erreichte er am Freitag im New Yorker Späthandel einen historischen Tiefststand.'): [],
    (183, 6, 'Nicht einmal fünf Interventionen internationaler Zentralbanken konnten den Absturz verhindern.'): [],
    (183, 7, 'Der Sturz des Greenback brachte die Börse in Aufruhr.'): [],
    (56, 2, 'Die Elterninitiativen "Alte Schule Seulberg" und aus Köppern bereiten wieder Basare für gebrauchte Baby-, Umstands- oder Kinderkleidung vor.'): [],
    (56, 3, '"Rund um das Kind" heißt der Basar am Samstag, 5. September, 13 bis 16 Uhr in der Alten Schule Seulberg.'): [],
    (56, 4, 'Neben Kleidung können auch Spielzeug, Wippen oder Hochstühle angeboten werden.'): [],
    (56, 5, 'Auskunft gibt es unter 06172/44274.'): [],
    (111, 4, 'Ihr Geschäftsführer Klaus Prößdorf meinte in einem Interview der Düsseldorfer Zeitung Handelsblatt, eine entsprechende Ergänzung des geplanten Gesundheitsstrukturgesetzes wäre am ehesten geeignet, die stärkere Verzahnung des ambulanten und stationären Sektors zu verwirklichen sowie die von Bundesgesundheitsminister Horst Seehofer (CSU) angestrebten Einsparungen zu erzielen.'): [],
    (140, 2, 'Ein 24jähriger aus Lünen / Westfalen wurde auf der Heimfahrt vom Bundesliga-Nachbarschaftsduell zwischen Borussia Dortmund und Schalke 04 im Westfalenstadion von einem 19jährigen Fußballfan erstochen.'): [E('ASSAULT', 'erstochen', '19jährigen Fußballfan', '24jähriger')],
    (140, 3, 'Nach Angaben der Polizei, die den türkischen Täter an Ort und Stelle festnahm, ereignete sich der tragische Vorfall am Samstag um 19,05 Uhr auf dem Bahnhof in Dortmund-Derne, als der Zug anhielt.'): [E('COERCE', 'festnahm', 'Polizei', 'türkischen Täter', 'Dortmund-Derne')],
    (140, 4, 'Der Tod des Fußball-Anhängers ist ein weiterer schrecklicher Fall in der Chronologie der Unglücke und Gewalttaten, die seit Ende der 70er Jahre rasant gestiegen sind.'): [],
    (66, 2, 'Die CDU lehnt eine Freigabe weicher Drogen entschieden ab.'): [E('REJECT', 'lehnt', 'CDU')],
    (66, 3, 'Der stellvertretende Vorsitzende der Unionsfraktion im Bundestag, Johannes Gerster, bezeichnete eine Bundesratsinitiative des Landes Hessen für eine Legalisierung weicher Drogen am Samstag als "naiv" und "verantwortungslos".'): [E('ACCUSE', 'bezeichnete', 'Johannes Gerster')],
    (66, 5, 'Eine Legalisierung weicher Drogen wie Haschisch und Marihuana bedeute, daß der Polizei eine Möglichkeit genommen werde, "wirklich an die Drogenhändler, an die Bosse heranzukommen".'): [],
    (138, 1, 'Fußball-Bundesligist 1. FC Köln trennt sich vom ehemaligen DDRAuswahlspieler Rico Steinmann.'): [],
    (138, 2, 'Der Mittelfeldspieler, der vor einem Jahr für eine Ablösesumme von rund 3,5 Millionen Mark vom Chemnitzer FC verpflichtet worden war, konnte die hohen Erwartungen nicht erfüllen und soll möglichst bald an einen anderen Verein ausgeliehen werden.'): [],
    (138, 3, 'Damit ist der Karriereknick des 24 Jahre alten Akteurs, der 23 Länderspiele für die DDR bestritt und zu den besten ostdeutschen Fußballern gezählt wird, offenkundig geworden.'): [],
    (138, 4, '"Ich bin enttäuscht über die Entwicklung", erklärte Steinmann, der zuletzt nicht mehr zum Aufgebot der Kölner gehörte.'): [],
    (170, 1, 'Ganz im Zeichen der beiden derzeit erfolgreichsten deutschen Rennfahrer Michael Schumacher und Michael Bartels stand das 1. Formel-Festival am Sonntag auf dem Nürburgring.'): [],
    (170, 2, 'Erst fuhr Formel-1-Pilot Michael "I" aus Kerpen im Rahmen einiger Demonstrationsrunden mit seinem Benetton-Formel 1 die schnellste je gestoppte Runde auf dem Grand-Prix-Kurs.'): [],
    (170, 3, 'Anschließend stieg Michael "II" aus Plettenberg als Zweitplazierter zum dritten Mal bei der Formel-3000-EM auf das Siegertreppchen und fuhr auf Rang zwei der Gesamtwertung vor.'): [],
    (170, 4, 'Sehr zum Unbehagen von Bartels machte sein italienischer Crypton-Teamkollege Luca Badoer in der Eifel mit dem dritten Triumph in Folge einen lupenreinen Hattrick perfekt.'): [],
    (115, 2, 'Der Germanist Walther Killy wurde am Mittwoch 75 Jahre alt.'): [],
    (115, 3, 'Bis 1985 war Killy, der heute in Göttingen lebt, Leiter des Forschungsprogramms an der Herzog-August-Bibliothek in Wolfenbüttel.'): [],
    (115, 4, 'Der in Bonn geborene Germanist war seit 1959 als ordentlicher Professor für Deutsche Philologie an der Freien Universität Berlin tätig.'): [],
    (115, 5, '1960 wurde er Ordinarius für deutsche Literatur und Sprache an der Universität Göttingen.'): [],
    (50, 2, 'Bürgermeister Rolf Wenzel rechnet damit, daß im Herbst 1993 ein Brunnen auf dem Marktplatz sprudeln wird.'): [],
    (50, 3, 'Voraussichtlich am 10. Dezember wird eine Jury sich mit den Entwürfen von drei Künstlern aus dem Rhein-Main-Gebiet befassen und sich für ein Modell entscheiden.'): [],
    (50, 4, 'Die Kosten für den Bau des Brunnens sollen 280 000 Mark nicht überschreiten.'): [],
    (112, 2, 'USAußenminister James Baker hat am Sonntag offiziell seine Amtsgeschäfte im State Department niedergelegt.'): [E('RETREAT', 'niedergelegt', 'USAußenminister James Baker')],
    (112, 3, 'Baker leitet seit Montag als Stabschef des Weißen Hauses den Wahlkampf von Präsident George Bush.'): [],
    (112, 4, 'Bakers Nachfolger Lawrence Eagleburger wird auf der am Mittwoch in London beginnenden internationalen Jugoslawienkonferenz seinen ersten Auftritt als amtierender Außenminister haben.'): [E('CONSULT', 'Jugoslawienkonferenz', 'Lawrence Eagleburger', '', 'London', mod='planned')],
    (51, 2, 'Die CDUFraktion will in einer drei Punkte umfassenden Anfrage an den Magistrat wissen, warum es zu den Betriebsstörungen auf der U 7 kommt und mit welchen Maßnahmen die Einhaltung des Fahrplans garantiert werden kann.'): [E('REQUEST', 'Anfrage', 'CDUFraktion', 'Magistrat', mod='planned')],
    (51, 3, 'Die Bahnen fahren auf dem Weg von Hausen nach Enkheim häufig Verspätungen von bis zu 15 Minuten ein, weil an den Ampeln der U-Bahn kein elektronisch gesteuerter Vorrang vor dem Auto eingeräumt wird.'): [],
    (51, 4, 'Die entsprechende Technik wird vermutlich erst Ende des Jahres zur Verfügung stehen.'): [],
    (12, 5, 'Heftige Angriffe gegen Schuldezernent Werner Emde (FWG) hat der Vorsitzende der Kelkheimer CDU-Fraktion Wolfgang Männer gerichtet.'): [E('ACCUSE', 'Angriffe', 'Wolfgang Männer', 'Schuldezernent Werner Emde')],
    (12, 7, 'Hintergrund für den Vorstoß des Christdemokraten ist ein Schreiben seiner Parteikollegin Christiane Grandisch.'): [],
    (157, 3, 'Darauf haben sich am Sonntag in Friedewald (Kreis Hersfeld-Rotenburg) junge Umweltschützer aus elf Bundesländern geeinigt.'): [E('AGREE', 'geeinigt', 'junge Umweltschützer aus elf Bundesländern', '', 'Friedewald')],
    (157, 4, 'Der Sprecher der Bundeskoordinationsstelle von "Ökoaktiv" in Bad Hersfeld, Timo Schadt, erklärte, Kinder und Jugendliche im Alter zwischen acht und 14 Jahren sollen durch eine neue Umweltsendereihe des Zweiten Deutschen Fernsehens (ZDF), die am 31. August startet, "ökoaktiv" werden.'): [],
    (157, 5, 'Unter dem Titel "Ökowelt" will der Mainzer Sender zunächst wöchentlich, ab 1993 monatlich, mit unterschiedlichen Beiträgen junge Leute für Umweltthemen sensibilisieren und zu eigenem Tun vor Ort anregen.'): [],
    (152, 2, 'Vertreter der guatemaltekischen Regierung und der Guerilla haben am Wochenende in Mexiko-Stadt ihre Verhandlungen über eine Beendigung des Bürgerkrieges fortgesetzt.'): [E('CONSULT', 'Verhandlungen', 'Vertreter der guatemaltekischen Regierung und der Guerilla', '', 'Mexiko-Stadt')],
    (152, 4, 'Der Verhandlungsleiter der Regierung, Manual Conde, zeigte sich zuversichtlich, daß noch in diesem Jahr ein Friedensabkommen unterzeichnet wird.'): [E('AGREE', 'unterzeichnet', mod='possible')],
    (152, 5, 'Die Grundlagen dafür seien geschaffen, sagte Conde.'): [],
    (149, 2, 'Die Gewerkschaft der Polizei (GdP) befürchtet, daß die Mafia wie in Italien Einfluß auf Politik, Polizei, Staatsanwälte oder Richter zu bekommen versucht.'): [],
    (149, 3, 'Die Gefahr durch die Mafia werde in Deutschland immer größer, erklärte GdP-Chef Hermann Lutz im Kölner Express.'): [],
    (149, 4, '"Die Politiker müssen aufhören, das Thema schönzureden", meinte er.'): [E('REQUEST', 'müssen', 'er', 'Politiker')],
}
SKIPPED: dict[tuple[int, int], str] = {
    (44, 5): "a planning workshop discussing aims (as fresh14's expert meeting) ambiguous",
    (89, 5): "arson suspected behind a bush fire (fresh15's arson was an attack on a building; fires are no event) ambiguous",
    (81, 2): "killings summed up over a region with their dead (as fresh24's incidents summed up) ambiguous",
    (81, 3): "a commission's report blaming guards for most of (81, 2)'s killings: ACCUSE or a repeat, ambiguous",
    (81, 5): "a parliament's like call named as background in a concessive clause, weapons returned a statistic",
    (26, 1): "starting a charity bike tour (as fresh23's charity galas) ambiguous",
    (26, 2): "a donation (as fresh24's sponsoring) ambiguous",
    (125, 2): 'continuing a legal fight (a lawsuit, ACCUSE planned, or a stance; its step told in (125, 3)) ambiguous',
    (132, 3): "repeats (132, 2)'s air raid (its bombs and dead)",
    (132, 5): 'further dead in another town without the act (part of the raids or another attack) ambiguous',
    (52, 3): "a commentary's history (an annexation as an attribute, the West's neglect) told as background, ambiguous",
    (6, 2): "a party's wish for a fairness pact (as fresh14's wishes) ambiguous",
    (6, 3): "proposing a meeting, announced (as fresh24's planned invitation) ambiguous",
    (6, 5): "a hope to change another party's mind (as fresh14's wishes) ambiguous",
    (80, 3): "the content of (80, 2)'s accusation",
    (80, 4): "the content of (80, 2)'s accusation (a ministry's warning about the carrier)",
    (80, 5): "the content of (80, 2)'s accusation (the carrier's past)",
    (194, 4): "a town centre closed to traffic for a festival (as fresh24's closed roads) ambiguous",
    (114, 3): "repeats (114, 2)'s bomb attack (its suspected perpetrators, hearsay)",
    (199, 1): "honours (as fresh15's awards) ambiguous",
    (199, 4): "handing over play equipment a city financed (as fresh15's financing) ambiguous",
    (85, 4): "a breakdown of (85, 2)'s expulsions (where they were caught)",
    (85, 5): "a breakdown of (85, 2)'s expulsions (the rest caught at the border)",
    (84, 2): "two days of clashes summed up with their dead (as fresh24's incidents summed up) ambiguous",
    (25, 4): "having wanted to lay down a seat (a resignation wished, as fresh18's coach announcing he will leave) ambiguous",
    (25, 6): "an appointment beside a party's farewell praise (SUPPORT or no event) ambiguous",
    (11, 1): "an economic package 'aufschnürte' (as fresh20's package 'geschnürt') ambiguous",
    (11, 2): "criticism without a verb of criticism (as fresh23's 'sei falsch') ambiguous",
    (111, 2): "hospitals wanting a right (as fresh14's wishes) ambiguous",
    (111, 3): "a proposal made in a debate (as fresh19's proposal) ambiguous",
    (140, 1): "the lead summing up (140, 2)'s killing (the fuller sentence kept, as fresh9's)",
    (66, 4): "continues (66, 3)'s criticism (a warning of the law's effect)",
    (50, 5): "donations (as fresh24's sponsoring) ambiguous",
    (112, 5): "pleading for more effective diplomacy (as fresh22's plea for a policy) ambiguous",
    (51, 1): "a council taking up an affair (as fresh25's parliament taking up an affair) ambiguous",
    (12, 0): 'a headline quote the filter let through (CoNLL splits its dots into sentences of their own)',
    (12, 6): "the content of (12, 5)'s attacks",
    (157, 2): "what (157, 3)'s agreement decided (told before it)",
    (152, 3): "repeats (152, 2)'s talks (their topic)",
    (149, 5): "a quoted 'muß' without its speaker in the sentence (as fresh23's rhetorical 'müsse') ambiguous",
}


def main(argv: list[str]) -> int:
    return conll_blind.build(argv, FILE, SEED, N_DOCS, PER_DOC, ANN, SKIPPED, OUT,
                             own=(Path(__file__).name, OUT.name, "conll_blind.py"), later=LATER, read_to=READ_TO,
                             start=START)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
