"""Build tests/data/events_de_fresh25.jsonl: a BLIND German event set from CoNLL-2003 German's other file, deu.testb
(Frankfurter Rundschau, 1992) (round 27, issue #5; h4).

**Blind**: like fresh24 (build_de_fresh24.py), made to measure the German event rules on text nobody tuned on; the lead
scores it once at the end (training/events/round27_ab.py), summary lines only; never read for error analysis, and the
annotator never ran newsgraph on it (this script and conll_blind.py read the CoNLL file with plain Python).

Source: deu.testb (155 documents), the file fresh24 did not use: mostly Rhein-Main local news (councils, police
reports, clubs, sport, culture), a few national and world stories. ``--check`` (as fresh24's) prints the repository
code that reads the CoNLL files (training material only: NER, word vectors and sentence joins, the checks model) and
finds none of the taken sentences in any text file of the repository, fresh24's included.

Drawn (``--draw`` prints it, with the documents read and not taken): documents with prose (conll_blind.prose_order)
ordered by SHA-1 of ``SEED:deu.testb:doc``; of each taken document the first PER_DOC (4) sentences of running prose
(conll_blind.prose, as fresh24). The local news being poor in events, the builders' way of reading on (fresh12,
fresh15, fresh17, fresh21, fresh22): the first N_DOCS (40) documents in full (they held 13 events), and of positions
41 to READ_TO (101) only the LATER documents, the 8 with an event among their four sentences by reading, until 25
events were reached (position 101); the other 53 read there were not taken. Text detokenised by conll_blind (quotes
paired over the document; a quote before a sentence's final punctuation closes).

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md (the twenty-eighth pass covers fresh24
and this set), before any newsgraph code ran on these sentences or documents (annotator h4, 2026-11-28, round 27;
single annotator). Ambiguous sentences, repeats, headlines the filter let through and CoNLL split fragments are
skipped (SKIPPED, with the reason). No dates (no publication date: "published" empty, sentences read alone, the
date column not scored). **155 sentences from 48 documents, 25 events (REQUEST 6, AGREE 4, COERCE 4, ACCUSE 3,
PROTEST 3, REJECT, COOPERATE, MOBILIZE, SANCTION, SUPPORT) in 24 sentences, 131 without, 35 skipped.** Questions decided here by the
guide's rules: a town council "hat sich dafür ausgesprochen" with its "Beschluß" named in the next sentence AGREE (a
decision, as fresh18's council; a person speaking out for a policy stays skipped, fresh13); a motion asking the
executive for information ("Auf Antrag ... soll der Magistrat ... Auskunft ... geben") and a council group's formal
question ("Anfrage an den Magistrat") REQUEST, the executive the target, and all parties voting it through AGREE;
"ging ... ins Netz" (caught by the police) COERCE; the police checking what else a suspect did ("prüft die Polizei,
ob er noch mehr auf dem Kerbholz hat") ACCUSE (a police investigation); a confiscation that failed ("konnte ... nicht
kassieren") COERCE, denied; "'Absolut unwahr' ... so kommentierte X Äußerungen" REJECT (as fresh14's contradicted
report); occupying an airline's office in protest PROTEST (fresh18's occupation); clubs agreeing to hold all events
together AGREE, their past joint work COOPERATE; announcing that all forces will be mobilised MOBILIZE, planned; a
no-fly zone ("wird es der ... Luftwaffe untersagt sein ... zu überfliegen") SANCTION, planned (fresh13's flight ban).

Caveat as fresh24's: the shipped NER model was trained on these files (names in-sample for NER).

    python training/events/build_de_fresh25.py --check   # the CoNLL readers; no taken sentence anywhere else
    python training/events/build_de_fresh25.py --draw    # the drawn documents, the read ones not taken
    python training/events/build_de_fresh25.py           # writes tests/data/events_de_fresh25.jsonl
    python training/events/build_de_fresh25.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conll_blind  # noqa: E402  (the CoNLL reader, detokeniser, prose filter, draw and checks)
from conll_blind import E  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh25.jsonl"
FILE = "deu.testb"
SEED = 20261230
N_DOCS = 40  # read in full: 13 events
PER_DOC = 4
READ_TO = 101  # positions 41-101 read for events; the 25th event came at position 101
# of positions 41-READ_TO, the documents with an event among their first four prose sentences (by reading)
LATER = (132, 46, 128, 138, 55, 102, 74, 18)

# (document index in deu.testb, sentence index in the document, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, int, str], list[dict]] = {
    (63, 5, 'Die Kürzungen wirkten sich auch auf die Sportlerehrung aus:'): [],
    (107, 2, 'Keine Entscheidung über die Sanierung des Schloßborner Sportplatzes hat die Gemeindevertretung am Freitag abend getroffen.'): [],
    (107, 3, 'Bevor ein Beschluß gefaßt wird, so die einstimmige Meinung, solle der jüngste Erlaß aus Wiesbaden geprüft werden.'): [],
    (107, 4, 'Ihm zufolge würde es ausreichen, den Platz abzudekken.'): [],
    (107, 5, 'Das Gemeindeparlament hatte sich bereits geeinigt, den Platz sanieren zu lassen.'): [E('AGREE', 'geeinigt', 'Gemeindeparlament')],
    (40, 1, 'Für Kassel war es kein Spaziergang.'): [],
    (40, 2, 'Der favorisierte KSV mußten auf seinen Spielmacher Zimmermann verzichten, der sich beim Abschlußtraining verletzt hatte.'): [],
    (40, 3, 'Auch Stammtorwart Kneuer stand nicht zur Verfügung, wurde von Kespers gut vertreten.'): [],
    (40, 4, 'Im Mittelfeld der Gäste konnte Liebers nicht die Rolle von Zimmermann übernehmen und auch Libero Dickhaut war - grippegeschwächt - nicht in Bestform.'): [],
    (146, 3, 'Ossietzkys Verurteilung war eine Ehre für ihn und eine Schande für Deutschland.'): [],
    (146, 4, 'Daran hat sich nichts geändert.'): [],
    (82, 1, 'Auch wenn man sich geographisch mal etwas entfernte:'): [],
    (82, 2, '"Bergen ist immer das Zentrum", sagt der noch amtierende Stadtschreiber von Bergen, Robert Gernhardt, bei seiner "Abtrittslesung".'): [],
    (82, 3, 'Zum Einstieg und als erster kleiner Höhepunkt eine Ballade auf Bergen, in der Gernhardt Historisches aufgreift - und auf die Stadtschreiberzunft ummünzt.'): [],
    (82, 4, 'Neu erzählt wird die Geschichte des "Franzensteins", der einst, eingemauert an der Unterpforte, das fahrende Volk, den "Gauch", von Bergen abhalten sollte.'): [],
    (77, 1, '"Kölner Teller" liegen in Frankfurt auf der Straße - nicht immer, aber immer öfter.'): [],
    (77, 2, 'Die silberfarbenen, nach außen gewölbten, mit Noppen gespickten Halbschalen sind das Mittel der Wahl, mit denen an den Einfahrten zu Tempo-30-Zonen und vor Schulen die Autofahrer zum Bremsen gezwungen werden sollen.'): [],
    (77, 3, 'Die Teller sind in Zweierreihen auf dem Asphalt befestigt, und wer zu schnell darüber hinwegrollt, riskiert im schlimmsten Fall Reifenschäden und Achsenbruch.'): [],
    (77, 4, 'Doch auch für Fahrradfahrer scheinen diese "geschwindigkeitshemmenden Maßnahmen, die wir statt Schwellen anbringen" (Igor Vogt, Leiter der Straßenverkehrsbehörde) nicht ganz problemlos.'): [],
    (95, 2, 'Seit genau einem Jahr treibt der "Lila Hexenkessel" sein Unwesen in Nieder-Eschbach - nach langem Hin und Her konnte der private Kindergarten endlich im September 1991 eröffnet werden.'): [],
    (95, 3, '45 Jungen und Mädchen werden im Urseler Weg 27 seither betreut.'): [],
    (95, 4, 'Das ist denn auch Grund genug für die Elterninitiative aus dem nördlichen Stadtteil, im "Hexenkessel" jetzt das erste Sommerfest zu feiern:'): [],
    (95, 5, 'Die turbulente Fete ist angesetzt für diesen Samstag, 29. August, und zwar ab 14 Uhr.'): [],
    (56, 1, 'Nach dem Schlußpfiff der Partie in Haiger war Kickers-Trainer Lothar Buchmann sichtlich erleichtert und begann zu dozieren:'): [],
    (56, 2, '"Wir hatten das kleine Quentchen Glück, das man zuweilen zum Sieg braucht.'): [],
    (56, 3, 'Haiger hat uns alles abverlangt."'): [],
    (56, 4, 'Und weiter sprach der Kickers-Coach von einer Partie "mit knallhartem Tempo, viel Einsatz und auch spielerischen Höhepunkten".'): [],
    (30, 3, '"Absolut unwahr" und "sachlich wie rechtlich falsch" - so kommentierte das Arbeitsamt Wiesbaden Äußerungen der Vorsitzenden der Air-Force-Betriebsvertretung, Vera Geralis, in punkto Umschulung von Zivilangestellten der US-Army.'): [E('REJECT', 'unwahr', 'Arbeitsamt Wiesbaden', 'Vera Geralis')],
    (30, 5, 'Vera Geralis hatte sich während einer Pressekonferenz der SPD-Bundestagsabgeordneten Heidemarie Wieczorek-Zeul am Donnerstag geäußert (siehe FR vom 21. August).'): [],
    (30, 6, 'Die Sozialdemokratin hatte vor Journalisten Programme gegen die Arbeitslosigkeit von rund 300 zivilen Angestellten gefordert, die im Oktober nächsten Jahres auf der Straße stünden.'): [E('REQUEST', 'gefordert', 'Sozialdemokratin')],
    (47, 2, 'Sie spielten schon vor der UNO und vor der königlichen Familie - am Freitag war die "Youth Brass Band" aus Cheshire County in der Stadthalle zu hören.'): [],
    (47, 3, 'Zwischen der englischen Grafschaft Chesire und dem Kreis Groß-Gerau bestehen seit 1979 Kontakte, die mittlerweile in 15 Patenschaften zwischen Schulen aus beiden Regionen mündeten.'): [],
    (47, 4, 'Der Auftritt der 15 bis 21 Jahre alten Briten in Walldorf war der letzte von vieren im Kreis und die einzige Abendveranstaltung, die zudem nicht in einer Schule über die Bühne ging.'): [],
    (47, 5, 'Rund 150 Zuhörer ließen sich von den Brass Band begeistern:'): [],
    (86, 2, 'Die Anwohner der Schwanthalerstraße sind beunruhigt.'): [],
    (86, 3, 'Sie fragen sich, ob Gerüchte zutreffen, nach denen in dem leerstehenden Hinterhaus der Schwanthalerstraße 50 ein exklusives vegetarisches Restaurant eingerichtet wird.'): [],
    (86, 4, 'Auf Antrag der SPD-Fraktion in der jüngsten Sitzung des Ortsbeirates 5 (Sachsenhausen, Niederrad, Oberrad) soll der Magistrat jetzt Auskunft darüber geben, welche Nutzung für die Liegenschaft vorgesehen ist.'): [E('REQUEST', 'Antrag', 'SPD-Fraktion', 'Magistrat')],
    (86, 5, 'Alle Parteien stimmten der Anfrage zu.'): [E('AGREE', 'stimmten', 'Alle Parteien')],
    (60, 1, 'Viktoria Aschaffenburgs Mittelfeldspieler Peter Löhr (33) muß seine Karriere vorzeitig beenden.'): [],
    (60, 2, 'Nach seiner im Juni während der Aufstiegsrunde zur Zweiten Liga erlittenen Verletzung, hält sein lädiertes Knie den Belastungen nicht mehr stand.'): [],
    (60, 3, 'Nachdem bleibende Schäden nicht ausgeschlossen werden konnten, beendete Löhr, der 102 Bundesligaspiele für Fortuna Düsseldorf bestritt, seine aktive Laufbahn und will ins Trainergeschäft einsteigen.'): [],
    (60, 4, 'Derzeit arbeitet er beim mainfränkischen Bezirksligisten FC Kleinwallstadt.'): [],
    (50, 2, 'Auf dem Parkplatz des Landratsamtes in der Ziegelstraße nahm die Polizei einen jungen Mann fest.'): [E('COERCE', 'nahm', 'Polizei', 'jungen Mann', 'Parkplatz des Landratsamtes')],
    (50, 3, 'Passanten hatten ihn am Freitag gegen 16 Uhr beim Aufbrechen mehrerer Autos beobachtet.'): [],
    (50, 4, 'Nun prüft die Polizi, ob er noch mehr auf dem Kerbholz hat.'): [E('ACCUSE', 'prüft', 'Polizi', 'er')],
    (149, 2, 'Der Stadt Königstein geht es finanziell glänzend.'): [],
    (149, 3, 'Sie erwirtschaftete 1991 einen Überschuß von 2,4 Millionen Mark, berichtete Bürgermeister Bertram Huke, mußte entsprechend weniger Kredite aufnehmen und legte sich bei der Abfallwirtschaft ein stattliches Polster zu, so daß den Königsteinern trotz neuen Müllkonzeptes vorerst keine Gebührenerhöhungen ins Haus stehen.'): [],
    (149, 4, 'Genauso positiv sieht der Nachtragshaushaltsplan aus, den der Bürgermeister "mit großer Freude", wie er betonte, dem Stadtparlament vorlegte.'): [],
    (149, 5, 'Es gibt keine Haushaltssperre wie in anderen Städten, keine Steuer- oder Gebührenerhöhungen, die Nettoneuverschuldung sinkt um 14,8 Prozent, die Personalkosten steigen nicht und bei den Vereinen und im sozialen Bereich "können wir sogar hier und da etwas mehr tun", so der Rathauschef.'): [],
    (20, 2, 'Seit Anfang Juli fuhr ein junger Mann mit einem Krad durch die Bundesrepublik, das er sich zu einer "Probefahrt" bei einem Motorradhaus in Baden-Württemberg ausgeliehen und nicht zurückgebracht hatte.'): [],
    (20, 3, 'Freitag ging er Beamten der Königsteiner Polizeistation bei einer Kontrolle ins Netz.'): [E('COERCE', 'ins Netz', 'Beamten der Königsteiner Polizeistation', 'er')],
    (20, 4, 'Bei den Vernehmungen stellte sich heraus, berichtete die Polizei, daß der wohnsitzlose junge Mann am Tag zuvor bei drei Autohäusern in Raum Bad Homburg und Hofheim nagelneue Autos im Gesamtwert von 170 000 Mark bestellt hatte, obwohl er kein Geld besitzt.'): [],
    (20, 6, 'Er habe sich nur die Kosten für sein Wunschauto vorrechnen lassen und sei nicht nach seinen finanziellen Möglichkeiten gefragt worden.'): [],
    (150, 4, 'Nicht die letzten Winter mit ihren geringen Niederschlägen seien Grund für die Wasserknappheit, erklärt ihr Sprecher Christoph von Eisenhart-Rothe:'): [],
    (150, 5, '"Erste Ursache für den Mangel ist das Handeln des Menschen."'): [],
    (150, 6, 'Die großflächige Versiegelung von Böden durch Großparkplätze, Straßen und Dachflächen verhindere, daß Wasser in den Boden gelange.'): [],
    (23, 2, 'Das Neubaugebiet Franz-Dietz-Straße in Weißkirchen, die dahinter liegende Anbindung der Ludwig-Erhard-Straße, Kurmainzer Straße und Urselbachstraße will sich die FDP am Dienstag, 25. August, gemeinsam mit interessierten Bürgern ansehen.'): [],
    (23, 3, 'Treffpunkt ist um 18 Uhr auf dem P & R-Platz an der U-Bahnhaltestelle Weißkirchen.'): [],
    (23, 4, 'Um 20 Uhr beginnt im Gasthaus Zum Hirsch in der Stierstädter Untergasse eine Mitgliederversammlung der Liberalen, bei der Familien-, Jugend- und Seniorenpolitik im Mittelpunkt stehen sollen.'): [],
    (23, 5, 'Nach einer Bestandsaufnahme durch die Fraktion sollen Wünsche und Forderungen zusammengetragen werden, die im Kommunalwahlprogramm ihren Niederschlag finden sollen, erklärte Ortsvorsitzende Dorothea Henzler.'): [],
    (69, 2, '"Ein neuer Stadtteil" soll zwischen Preungesheim und Bonames entstehen, wenn die letzten US-Soldaten die "Drake" - und die "Edwards" - Kaserne am Frankfurter Berg geräumt haben.'): [],
    (69, 4, 'Schon jetzt aber gibt es Pläne für den Frankfurter Berg:'): [],
    (69, 5, 'Die fünf Entwürfe aus dem städtebaulichen Ideenwettbewerb stellt die Stadtteil-Rundschau vor.'): [],
    (67, 1, 'Das Rheingau-Musik-Festival ging jetzt mit einer Aufführung von Gustav Mahlers zweiter Sinfonie, der sogenannten "Auferstehungssinfonie", zu Ende.'): [],
    (67, 2, 'Während eines Vierteljahres hatten 61 Veranstaltungen stattgefunden, Klavierabende mit prominenter Besetzung ebenso wie Riverboatshuffles auf dem Rhein.'): [],
    (67, 3, 'Das Schlußkonzert mit Mahler dürfte jedoch der bedeutendste Akzent des Festivals gewesen sein, zumal der einstige Chefdirigent des Frankfurter Radio-Sinfonie-Orchesters, Eliahu Inbal, dirigierte.'): [],
    (67, 4, 'Mahlers zweite Sinfonie, c-Moll, ein gigantisches Stück spätromantischer Sinfonik, deren Aufführung knapp eineinhalb Stunden dauert, ist in ihrer Besetzung - Orchester, Chor und Soli - eher als sinfonische Kantate anzusehen.'): [],
    (17, 2, 'Der Erlenbach ließ die Köpperner auch beim zehnten Bachfest nicht im Stich.'): [],
    (17, 3, 'Zwar strömte er der Jahreszeit und der langen Trockenheit entsprechend nur dünn.'): [],
    (17, 4, 'Doch das reichte aus, um auch in diesem Jahr wieder die Bachtaufe vollziehen zu können.'): [],
    (17, 5, 'Dazu hatten sich wieder etliche Neubürger und zahlreiches neugieriges Volk an der Dreieichstraße eingefunden.'): [],
    (54, 1, 'Gleich bei ihrem ersten Versuch, die internationale Presse mit Hilfe einer "offenen" Medienpolitik für ihre Zwecke einzuspannen, hat die irakische Propaganda ein Eigentor geschossen.'): [],
    (54, 2, 'Den etwa vierzig Journalisten, die am Wochenende zu einer ersten Bestandsaufnahme der "friedlichen Lage an Ort und Stelle" nach al-Adl in die ausgedehnten Marschen des mesopotamischen Südens geflogen worden waren, versuchten Bagdads Pressebeauftragte das in der Ferne deutlich vernehmbare Artillerie- und Maschinengewehr-Feuer als akustische Täuschung zu verkaufen.'): [],
    (54, 3, 'Nicht Kanonen und schwere MGs seien da in Aktion, nein - Lastwagen führen durch Schlaglöcher, und Sumpfaraber fischten mit Dynamit.'): [],
    (99, 1, 'Unter dem Motto "Clarinetango" spielen am Dienstag, 25. August, das Giora-Feidman-Trio und Roberto Pansera, Bandoneon, im Großen Saal der Alten Oper.'): [],
    (99, 2, 'Auf dem Programm stehen Tangos, brasilianische Kompositionen und Werke von George Gershwin.'): [],
    (147, 1, '"Mehrere tausend Gummiwulste", die Baudezernent Hanskarl Protzmann (SPD) "zur Sicherung von Radwegen auf Bordsteinkanten hat montieren lassen", alarmieren die CDU-Stadtverordnetenfraktion:'): [],
    (147, 3, 'Die Christdemokraten wissen außerdem "durch Augenschein, daß zahlreiche dieser Wülste bereits zerstört sind."'): [],
    (89, 3, 'Ab heutigem Dienstag präsentiert Oberliga-Aufsteiger SG 1862 Anspach ein Handball-Turnier mit lokalem Kolorit, aber auch internationalem Anstrich.'): [],
    (89, 4, 'Dafür soll die Mannschaft von Hajduk Split garantieren.'): [],
    (89, 5, 'Beim Auto-Jäger-Cup werden um 800 Mark Preisgelder sowie einen besonders wertvollen Wanderpokal gespielt.'): [],
    (21, 1, 'Rainer Scholz versuchte, die Dinge positiv zu sehen.'): [],
    (21, 2, '"Ich bin erst so kurz im Trainer-Geschäft und schon so tief unten.'): [],
    (21, 3, 'Diese Erfahrung wenigstens habe ich schon gemacht."'): [],
    (21, 5, 'Der 37 Jahre alte Coach hat stürmische, nervenaufreibende, bisweilen turbulente Wochen beim Zweitligisten SV Darmstadt 98 hinter sich, an deren Ende ein verdientes 0:0 gegen einen erschreckend schwachen FC Hansa Rostock stand.'): [],
    (141, 4, 'Ziel der Positionsänderung der Bonner SPD-Spitze sei es, das Asylrecht von "Massenverfahren" freizuhalten.'): [],
    (33, 2, 'Begeisterter, lang anhaltender Beifall für einen durchaus gelungenen ersten Konzertabend belohnte die Mitwirkenden der jüngst gegründeten Wetterauer Singakademie.'): [],
    (33, 3, 'Ein starkes Orchester, ein stimmgewaltiger Chor und fähige Solisten stellten am Freitag abend ein sinfonisches Chorkonzert auf die Beine, das überzeugte.'): [],
    (33, 4, 'Leider fanden nur wenige Musikinteressierte den Weg ins Kurhaus zum Auftakt der drei Konzerte des Wochenendes.'): [],
    (33, 5, 'Die Singakademie gastierte am Samstag und Sonntag in den Schloßhöfen von Nidda und Büdingen.'): [],
    (11, 2, 'So mag er es, so braucht er es.'): [],
    (11, 4, 'Keine Frage, der Mann war nach dem 1:0 (1:0) - Auswärtssieg der Eintracht in Köln gefragt.'): [],
    (11, 6, '"Wir haben den besten Torwart, den besten Libero, den besten Mittelfeldspieler und den besten Stürmer."'): [],
    (118, 2, 'wenn eine Jazzband ankündigt, sie wolle "The Great Music of the Modern Jazz Quartet" spielen, so wie es das Johannes-Goldbach-Quartett für seinen Autritt im Jazzkeller getan hat, ist Skepsis angebracht.'): [],
    (118, 3, 'Meistens kommt bei Kopisten ein müder Abklatsch heraus, und die Zuhörer können froh sein, wenn es wenigstens ein bißchen so klingt wie bei den großen Meistern.'): [],
    (118, 4, 'Um so größer die Freude, als die Gruppe loslegt:'): [],
    (118, 5, 'Es klingt nach Modern Jazz Quartet, aber die Band hat einen unverkennbaren eigenen Stil.'): [],
    (59, 1, 'Oliver Roth vom VC Frankfurt entwickelt sich immer mehr zum Rundstrecken-Spezialisten, der seine Siege mit mutigen Attacken herausfährt.'): [],
    (59, 2, 'Das ist ihm am Pfingstsamstag schon in Seligenstadt gelungen.'): [],
    (59, 3, 'Auf dem schweren Kurs in Königstein mit der Frankfurter, der Stresemann- und der Wiesbadener Straße setzte er sich nach der ersten Wertung ab, wobei ihm der Düsseldorfer Sydlik, der das Rennen in Königstein liebt und schon zum drittenmal aufs Treppchen kam, der Mainzer C-Fahrer Michael Blascyk und Dirk Rademacher vom Ausrichter MRW Frankfurt folgten.'): [],
    (59, 4, 'Roth beherrschte die Vierergruppe nach Belieben, gewann die ausstehenden vier Wertungen und kam auf 25 Punkte, während Sydlik und Blascyk jeweils zehn ergatterten.'): [],
    (66, 3, 'Der Vorsitzende des Ausschusses für Wissenschaft und Kunst, der osthessische Grünen-Abgeordnete Fritz Hertle, sagte in Fulda, die Vorwürfe gegen Dozenten, sie hätten "Studienbescheinigungen gegen Sex" ausgestellt, müßten restlos aufgeklärt werden.'): [E('REQUEST', 'müßten', 'Fritz Hertle', '', 'Fulda')],
    (66, 4, 'Alle Parteien im Landtag empfänden es als einen "untragbaren Zustand", daß über die gesamte Fachhochschule ein kolletiver anonymer Verdacht verhängt werde, sagte Hertle.'): [],
    (12, 2, 'Um 200 auf rund 1000 Flüchtlinge ist die Belegung der Coleman-Kaserne Gelnhausen (Main-Kinzig-Kreis) am Freitag - wie bereits angekündigt - erhöht worden.'): [],
    (12, 3, 'Die Landesregierung hat in diesem Erstaufnahmelager somit doppelt so viele Menschen untergebracht, wie ursprünglich vorgesehen und von ihr selbst immer wieder als sozialverträgliche Höchstgrenze bezeichnet.'): [],
    (12, 5, 'Gelnhausen müsse zusammen mit Butzbach (Wetteraukreis) und Korbach (Waldeck-Frankenberg) als "Notnagel" für die Erstaufnahme herhalten, weil derzeit keine anderen leeren Kasernen freigegeben seien.'): [],
    (32, 2, 'Unter der Schirmherrschaft von Oberbürgermeister Wolfgang Reuter eröffnet heute, Montag, um 20 Uhr im Rathaus-Foyer der "Geistige Rat der Bahá\'í" eine Ausstellung mit dem Thema "Die Erde ist unser Land".'): [],
    (32, 3, 'Dr. Ingo Hofmann spricht zum Thema "Zukunft mit neuen Werten."'): [],
    (32, 4, "Die Ausstellung, die bis Freitag, 28. August dauert, ist dem Stifter der Bahá'í-Religion, dem Religionsphilosophen Bahaá'u'lláh (1817 bis 1892) gewidmet."): [],
    (32, 5, 'Während der Ausstellung sind jeden Tag von 16 Uhr im Rathaus Diskussionen möglich.'): [],
    (29, 3, 'Wasserspareinsätze für WC-Spülkästen gibt es ab heute kostenlos.'): [],
    (29, 4, 'Die Regulatoren verteilt das Verkehrsbüro am Stadthof, geöffnet Montag bis Mittwoch von 9 bis 13 und von 13.45 bis 18 Uhr, donnerstags von 12 bis 18 Uhr und samstags von 10 bis 13 Uhr.'): [],
    (29, 5, 'Außerdem gibt es die Spareinsätze während der üblichen Dienstzeiten im Umweltamt im City Center, Berliner Straße 50 bis 52, und beim Rathaus-Pförter ab 15 Uhr.'): [],
    (29, 6, 'Jeder Haushalt erhält nur einen Spareinsatz.'): [],
    (85, 5, 'Sie will mit einer Anfrage an den Magistrat klären lassen, ob "Auf dem Mühlberg" versuchsweise zur Einbahnstraße erklärt werden kann und welche Möglichkeiten bestehen, die Anwohner bevorzugt mit Parkraum zu versorgen.'): [E('REQUEST', 'Anfrage', 'Sie', 'Magistrat', mod='planned')],
    (119, 1, 'Johannes hat schon "alles ausprobiert".'): [],
    (119, 2, 'Verschiedene Philosophien, "alle möglichen Gottheiten", doch nichts, berichtet der 21jährige mittags an der Hauptwache, nichts, was ihn letztlich so beeindruckt habe wie Jesus Christus.'): [],
    (119, 3, '"Er ist die Antwort, die Lösung", empfiehlt Johannes den Passanten.'): [],
    (119, 4, 'Schließlich will er "den Leuten zeigen, daß das der Weg ist".'): [],
    (73, 2, 'Beim Wenden in der Lauterbacher Straße stieß Polizeiangaben zufolge ein betrunkener Frankfurter am späten Freitag abend "seinen" Kleinlastwagen rückwärts in eine Schaufensterscheibe.'): [],
    (73, 3, 'Der Lastwagen war in Frankfurt gestohlen und mit einem ebenfalls gestohlenen Kennzeichen getarnt, meldet die Büdinger Polizei weiter.'): [],
    (73, 4, 'Der Fahrer lief nach dem Klirren davon.'): [],
    (73, 5, 'Die Polizei fing ihn bald ein, konnte seinen Führerschein aber nicht kassieren:'): [E('COERCE', 'fing', 'Polizei', 'ihn'), E('COERCE', 'kassieren', 'Polizei', mod='denied')],
    (31, 2, 'Geht der Umlandverband Frankfurt (UVF) wegen der geplanten Mülldeponie im Kreis Offenbach jetzt auf Konfrontationskurs?'): [],
    (31, 3, 'Das fragten sich jedenfalls einige der versammelten Langener Stadtverordneten, die sich am Samstagvormittag zum Ortstermin an der Pfaffenrod-Koppschneise eingefunden hatten, um hier von einem Vertreter des Umlandverbandes erläuternde Worte zu hören.'): [],
    (31, 4, 'Der Mann erschien nicht.'): [],
    (6, 3, 'In diese drei Forderungen mündete Samstag vormittag die Analyse des Frankfurter Kriminaldirektors und Dreieicher CDU-Politikers Peter Walter über die innere Sicherheit im Ballungsraum Rhein-Main.'): [E('REQUEST', 'Forderungen', 'Peter Walter')],
    (6, 4, 'Der Kreisverband Offenbach-Land hatte dem Thema eigens einen Kreisparteitag gewidmet und seine Mitglieder ins Bürgerhaus des Seligenstädter Stadtteils Klein-Welzheim "beordert".'): [],
    (6, 5, 'Es sollten nicht nur abstrakte Fragen der Sicherheit erörtert werden, hatte CDU-Kreisvorsitzender Dr. Klaus Lippold eingangs erläutert, vielmehr gehe es seiner Partei darum, den Menschen wieder ein Gefühl der Sicherheit zu vermitteln.'): [],
    (6, 6, 'Vor allem die Verunsicherung unter Frauen habe ein bedrohliches Ausmaß angenommen, und das bekräftigte wenig später auch Peter Walter:'): [],
    (7, 2, 'Die Resonanz auf zumindest einen der Dietzenbacher "Aktionstage Umwelt \'92", den Samstag, war ernüchternd.'): [],
    (7, 3, 'Da strömten Menschenmassen in den Einkaufsmarkt vor oder neben Rat- und Bürgerhaus, und die Stände, an denen von Energieeinsparung, Müllvermeidung und von besseren Radwegen die Rede war, blieben außen vor.'): [],
    (7, 4, 'Ob Dietzenbacher Stadtwerke, HEAG, Amt für Umwelt, Tiefbau und Abfallwirtschaft, Bund für Umwelt und Naturschutz (BUND) oder auch Umlandverband Frankfurt (UVF), die Mitarbeiter oder Betreuer, die den Tag opferten, können nicht darüber begeistert gewesen sein, wie sich die Dietzenbacher für Umweltschutz engagieren und interessieren.'): [],
    (7, 5, 'Mittags zumindest hatte der UVF noch reichlich viele Augustäpfel auf dem Tisch, deren Reste vorbildlich in einer Komposter-Tonne landen sollten, wenn Kinder oder deren Eltern sie nicht vollständig verzehren mochten.'): [],
    (132, 2, 'Ehemalige Häftlinge des Vernichtungslagers Auschwitz und NS-Verfolgte demonstrieren heute, 9 Uhr, vor dem "Frankfurter Hof".'): [E('PROTEST', 'demonstrieren', 'Ehemalige Häftlinge des Vernichtungslagers Auschwitz und NS-Verfolgte', '', 'Frankfurter Hof', mod='planned')],
    (132, 3, 'Grund für die Proteste, zu denen der "VVN - Bund der Antifaschisten" aufruft, ist die Aktionärsversammlung der "I.G. Farbenindustrie Aktiengesesellschaft in Abwicklung" um 10 Uhr.'): [E('PROTEST', 'aufruft', 'VVN - Bund der Antifaschisten')],
    (132, 4, 'Die vor 40 Jahren installierte Liquidationsgesellschaft für das Restvermögen des von den Allierten 1945 ob seiner NSVerstrickungen entflochtenen und zerlegten Chemiekonzerns wird von Antifaschisten kritisiert:'): [E('ACCUSE', 'kritisiert', 'Antifaschisten', 'Liquidationsgesellschaft')],
    (46, 2, '"Kriminelle Machenschaften" und eine "skandalbehaftete Amtsführung" wirft HansJürgen Stieringer der Treuhandanstalt in Berlin vor.'): [E('ACCUSE', 'wirft', 'HansJürgen Stieringer', 'Treuhandanstalt')],
    (46, 3, 'Der Bremer Rechtsanwalt vertritt die Interessen des Ende 1991 verstorbenen Kaufmanns Heinz Krahmer.'): [],
    (46, 4, 'Dessen Firma Karina landete nach der Wende ein spektakuläres Geschäft:'): [],
    (128, 2, 'Den Rücktritt des Bremer Regierungschefs Klaus Wedermeier (SPD) hat der Vorsitzende der CDU-Bürgerschaftsfraktion, Peter Kudella, gefordert.'): [E('REQUEST', 'gefordert', 'Peter Kudella')],
    (128, 4, 'Der Bürgermeister ist Aufsichtsratsvorsitzender der Stadtwerke.'): [],
    (138, 1, 'FRANKFURT A. M. Noch mehr Gemeinsamkeit für die Zukunft haben die geschäftsführenden Vorstände der Frankfurter Karnevalvereinigung Westend 1895/07 und die Frankfurter Karnevalgesellschaft Rot-Weiss vereinbart.'): [E('AGREE', 'vereinbart', 'geschäftsführenden Vorstände der Frankfurter Karnevalvereinigung Westend 1895/07 und die Frankfurter Karnevalgesellschaft Rot-Weiss')],
    (138, 2, 'Bisher hatten die Vereine schon bei karnevalistischen Sitzungen zusammengearbeitet.'): [E('COOPERATE', 'zusammengearbeitet', 'Vereine')],
    (138, 4, 'In einem Rundschreiben der "Westend" an ihre Mitglieder heißt es zur Begründung, daß der Verein mittlerweile zu wenig Mitglieder habe, um große Veranstaltungen allein organisieren zu können:'): [],
    (55, 1, 'Gleichzeitig kündigten Premierminister Mohammed Hamsa as-Subeidi sowie der als "Kurdenschlächter" berüchtigte Verteidigungsminister Ali Hassan al-Madschid an, daß "alle Kräfte für die Schlacht um Irak" mobilisiert würden.'): [E('MOBILIZE', 'mobilisiert', 'Premierminister Mohammed Hamsa as-Subeidi', mod='planned')],
    (55, 3, 'Vermutlich vom heutigen Dienstag (Ortszeit Washington) an wird es der irakischen Luftwaffe untersagt sein, den 32. Breitengrad zu überfliegen, wenn ihre Piloten nicht in Luftkämpfe mit US-Amerikanern, Briten und Franzosen verwickelt werden sollen und ihre Generalität nicht die Vernichtung ihrer letzten 150 einsatzfähigen Maschinen riskieren will.'): [E('SANCTION', 'untersagt', '', 'irakischen Luftwaffe', mod='planned')],
    (55, 4, 'Allein die US-Reserven in der erweiterten Region könnten ausreichen, die Luftwaffe Saddam Husseins das Fürchten zu lehren.'): [],
    (102, 1, 'Rund 100 Kurden, Männer und Frauen mit ihren Kindern, haben am Wochenende für etwa eine halbe Stunde das Büro der Fluggesellschaft "Turkish Airlines" in der Baseler Straße gegenüber dem Südeingang des Hauptbahnhofes besetzt.'): [E('PROTEST', 'besetzt', 'Kurden', 'Turkish Airlines')],
    (74, 2, 'Mit einem konkreten Ergebnis endete das Friedenshearing zum Thema "Fluchtpunkt Deutschland":'): [],
    (74, 3, 'Die von mehreren Seiten geforderte Gründung eines Flüchtlingsbeirats für den Main-Kinzig-Kreis will die SPD mit einem entsprechenden Antrag unterstützen.'): [E('SUPPORT', 'unterstützen', 'SPD', mod='planned')],
    (74, 5, 'Verschiedenste Initiativen sollen an diesem "runden Tisch" ihre Arbeit für die Flüchtlinge koordinieren, Vertreter der Kommunen in die Pflicht nehmen, nicht zuletzt Spenden sammeln und verteilen, wie Ferdi Hareter vom Friedensbeirat seine Vorstellungen kurz skizzierte.'): [],
    (18, 2, 'Frisches Obst und Gemüse, Blumen, Backwaren, Eier und Geflügel sollen die Bewohner von Schloßborn und Oberems künftig einkaufen können.'): [],
    (18, 3, 'Die Gemeindevertretung hat sich am Freitag dafür ausgesprochen, Wochenmärkte in den beiden Ortsteilen einzurichten.'): [E('AGREE', 'ausgesprochen', 'Gemeindevertretung')],
    (18, 4, 'Richtlinien für die Durchführung und die Standorte der Märkte liegen bereits vor.'): [],
}
SKIPPED: dict[tuple[int, int], str] = {
    (63, 2): "a jab at a district in a speech ('eine kleine Spitze gegen'): criticism (ACCUSE) or an aside, ambiguous",
    (63, 3): "a dispute named as the background ('Vorausgegangen war eine Auseinandersetzung', as fresh21's quarrel) ambiguous",
    (63, 4): "a district cutting sports clubs' subsidies: SANCTION (cutting aid) or a budget decision, ambiguous",
    (146, 1): 'CoNLL split fragment (the sentence ends inside a bracket, its close in the next)',
    (146, 2): "CoNLL split fragment (begins with the bracket's close)",
    (30, 4): "the claim (30, 3) rejects, told as its background ('Sie hatte behauptet'): ACCUSE or a statement, ambiguous",
    (150, 3): "blaming a water shortage on people ('hausgemacht'): criticism without a verb of criticism (as fresh23's 'sei falsch') ambiguous",
    (69, 3): "a city negotiating a land purchase with a federal office (as fresh21's takeover talks) ambiguous",
    (54, 4): "an accusation inside a hedge ('noch nicht bewiesen, daß ..., wie ... vorwerfen') beside an ongoing campaign against insurgents (as fresh7's ongoing war) ambiguous",
    (99, 4): "CoNLL split fragment (ends at 'Heute ..', the title runs on)",
    (147, 2): "a quoted 'müssen ... in Zweifel gezogen werden' without its speaker in the sentence: criticism or REQUEST, ambiguous",
    (147, 4): "'soll ... erklären' without its speaker in the sentence: a demand (REQUEST) or a report, ambiguous",
    (89, 1): "a headline run into its subhead ('Ab heute Handball-Turnier ... ?'), passed by the filter",
    (141, 2): "a wish ('will erreichen, daß', as fresh14's wishes) ambiguous",
    (141, 3): "blaming a party's blockade ('habe ... dazu geführt'): criticism without a verb of criticism (as fresh23's) ambiguous",
    (141, 5): "'sollten ... überzeugt werden' without its agent: a plan or a demand, ambiguous",
    (11, 0): "a headline ending in a colon ('Trainer Dragoslav Stepanovic wieder dort, ...:'), passed by the filter",
    (66, 2): "a parliament taking up an affair ('beschäftigt sich ... der Hessische Landtag'): an inquiry (ACCUSE) or deliberation, ambiguous",
    (66, 5): "the prosecutors' investigation named as a guarantee ('Die Ermittlungen ... seien ein Garant'): ACCUSE or background, ambiguous",
    (12, 4): "a promise that housing is temporary ('sicherte zu', as fresh20's pledges) ambiguous",
    (85, 3): "residents complaining about traffic ('klagen über', as fresh21's users' complaints) ambiguous",
    (85, 4): "a faction taking up residents' complaints (SUPPORT or no event) ambiguous",
    (85, 6): "continues (85, 5)'s inquiry",
    (31, 5): "a promised angry letter ('anständigen Brief ... hinpfeffern'): a complaint (ACCUSE, planned) or no act, ambiguous",
    (132, 0): "a headline run into its subhead ('Protest gegen IG-Farben-Treffen ... / DGB:'), passed by the filter",
    (46, 1): "a quarrel growing sharper (as fresh21's quarrel) ambiguous",
    (128, 3): "continues (128, 2)'s demand (its ground)",
    (128, 5): "trouble in a party over a rebate ('gibt es Ärger', as fresh21's quarrel) ambiguous",
    (138, 3): "repeats (138, 1)'s agreement (what was agreed)",
    (55, 2): 'not saying how a no-fly zone will be countered (a denied act or none), a meeting named in passing, ambiguous',
    (102, 2): "the aim of (102, 1)'s occupation",
    (102, 3): "an army's attack known only as the content of an aid group's report ('von einem ... Angriff ... informiert'): ASSAULT reported or background, ambiguous",
    (102, 4): "repeats (102, 1)'s occupation",
    (74, 4): "repeats (74, 3)'s promise ('Dies versprach ...')",
    (18, 5): "repeats (18, 3)'s decision ('Der Beschluß wurde gefaßt')",
}


def main(argv: list[str]) -> int:
    return conll_blind.build(argv, FILE, SEED, N_DOCS, PER_DOC, ANN, SKIPPED, OUT,
                             own=(Path(__file__).name, OUT.name, "conll_blind.py"), later=LATER, read_to=READ_TO)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
