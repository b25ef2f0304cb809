"""Build tests/data/events_de_dev.jsonl from hand annotations of quotes-de sentences.

The annotations below were made by reading each sentence (guide: tests/data/events_de_guide.md);
this script only looks the sentence up in the quotes-de files (by a unique substring) to add
its text, file name and publication date. Needs /work/shared (NEWSGRAPH_SHARED).
Fields per event: type, trigger, source, target, location, date (TIMEX3), modality.
"""

import glob
import json
import os
import re
import sys
from pathlib import Path

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared"))
OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "events_de_dev.jsonl"

E = lambda t, trig, src="", tgt="", loc="", date="", mod="happened": dict(  # noqa: E731
    type=t, trigger=trig, source=src, target=tgt, location=loc, date=date, modality=mod)

ANN = [
    ("Die Polizei bedankte sich bei der Bevölkerung", [E("SUPPORT", "bedankte", "Polizei", "Bevölkerung")]),
    ("in mehreren Wohnblocks Feuer gelegt", [E("ASSAULT", "Feuer gelegt", "Brandstifter", "", "Lobeda-West")]),
    ("Der Mann wurde in ein Gefängnis in Thüringen überstellt", [E("COERCE", "überstellt", "", "Mann", "Thüringen")]),
    ("hat eine Gruppe von US-Marines massiv und grundlos Zivilisten erschossen", [E("ASSAULT", "erschossen", "US-Marines", "Zivilisten")]),
    ("John Murtha erhob schwere Vorwürfe gegen das US-Militär", [E("ACCUSE", "Vorwürfe", "John Murtha", "US-Militär")]),
    ("unschuldige Zivilisten kaltblütig getötet", [E("ASSAULT", "getötet", "Soldaten", "Zivilisten")]),
    ("Anklage wegen Mordes, fahrlässiger Tötung", [E("ACCUSE", "Anklage", "Naval Criminal Investigative Service", "", "", "", "possible")]),
    ("Die Untersuchungen konzentrieren sich auf ein Dutzend Marinesoldaten", [E("ACCUSE", "Untersuchungen", "", "Marinesoldaten")]),
    ("vom Parlament mit großer Mehrheit abgesegnet", [E("AGREE", "abgesegnet", "Parlament")]),
    ("Der Täter hatte im Beisein von fünf weiteren Männern", [E("ASSAULT", "niedergeschlagen", "Täter", "Opfer")]),
    ("Daneben werden sich die Regierungsvertreter", [E("CONSULT", "austauschen", "Regierungsvertreter", "", "", "", "planned")]),
    ("Zum Abschluss des Treffens sollen heute einige Erklärungen unterschrieben werden", [E("AGREE", "unterschrieben", "", "", "", "2007-04-17", "planned")]),
    ("liefen hunderte Mönche um die Shwedagon-Pagode", [E("PROTEST", "liefen", "Mönche", "", "Rangun")]),
    ("wurde den Geistlichen erlaubt, das Innere der Pagode zu betreten", [E("CONCEDE", "erlaubt", "", "Geistlichen")]),
    ("Die Proteste, die auch andere religiöse Stätten", [E("PROTEST", "Proteste")]),
    ("Zudem verlangen die Mönche, dass sich die Regierung", [E("REQUEST", "verlangen", "Mönche", "Regierung")]),
    ("Insbesondere geht es um eine Demonstration vor zwei Wochen", [E("ASSAULT", "geschlagen", "Soldaten", "Mönche", "", "2007-W36")]),
    ("Der Wahlkommission wird eine gezielte Verschleppungstaktik vorgeworfen", [E("ACCUSE", "vorgeworfen", "", "Wahlkommission")]),
    ("hatte die Opposition daher eine Klageschrift eingereicht", [E("ACCUSE", "Klageschrift", "Opposition")]),
    ("Diesen Einwand ließ das Gericht jedoch nicht gelten", [E("REJECT", "nicht gelten", "Gericht")]),
    ("wurde er auf serbischem Boden gefasst", [E("COERCE", "gefasst", "", "er")]),
    ("In der Nacht zu heute wurde der 63-Jährige", [E("ACCUSE", "vernommen", "Untersuchungsrichter", "63-Jährige", "", "2008-07-21TNI")]),
    ("Das Massaker wurde sowohl vom Internationalen Gerichtshof", [E("ACCUSE", "eingestuft", "Internationalen Gerichtshof")]),
    ("International wurde die Festnahme einhellig begrüßt", [E("SUPPORT", "begrüßt")]),
    ("Die Besetzung des Geländes um den Regierungssitz", [E("PROTEST", "Besetzung")]),
    ("dessen Rücktritt von den Demonstranten gefordert wird", [E("REQUEST", "gefordert", "Demonstranten", "Samak Sundaravej")]),
    ("Er verhängte den Ausnahmezustand unter Nutzung", [E("COERCE", "Ausnahmezustand", "Er")]),
    ("Der Ausnahmezustand untersagt Versammlungen", [E("COERCE", "untersagt")]),
    ("Dessen ungeachtet hält die Besetzung des Regierungssitzes an", [E("PROTEST", "Besetzung")]),
    ("verließ der seit 1991 amtierende Landesvorsitzende", [E("PROTEST", "verließ", "Landesvorsitzende")]),
    ("Die israelische Armee hatte heute mit dem Beschuss", [E("ASSAULT", "Beschuss", "israelische Armee", "Gazastreifens", "", "2009-01-03")]),
    ("Augenzeugen berichteten von Panzerbewegungen", [E("MOBILIZE", "Panzerbewegungen", "", "", "Gazastreifens")]),
    ("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt", [E("ASSAULT", "Bodenoffensive")]),
    ("Sie sagte, Ziel der Bodenoffensive sei es", [E("COERCE", "zerstören", "", "Hamas-Terror-Infrastruktur", "", "", "planned")]),
    ("Obama berichtet von Hackerangriffen", [E("ASSAULT", "Hackerangriffen", "", "Obama")]),
    ("Dabei sollen auch Maßnahmen zur Verhinderung des Schmuggels", [E("CONSULT", "erörtert", "", "", "", "", "planned")]),
    ("Die Konferenz soll im März 2010 in Washington", [E("CONSULT", "Konferenz", "", "", "Washington", "2010-03", "planned")]),
    ("An ihr sollen Staats- und Regierungschefs von bis zu 30 Staaten", [E("AGREE", "vereinbaren", "Staats- und Regierungschefs", "", "", "", "planned")]),
    ("zuletzt waren schärfere Sanktionen gegen Iran", [E("SANCTION", "Sanktionen", "", "Iran", "", "", "denied")]),
    ("hatte Obama bei seinem Treffen mit dem russischen Staatspräsidenten", [E("CONSULT", "Treffen", "Obama", "Dmitri Medwedew", "Moskau")]),
    ("die bei den Zusammenstößen verletzt wurden", [E("ASSAULT", "Zusammenstößen", "", "Menschen", "Addis Abeba")]),
    ("demonstrieren seit drei Tagen in Addis Abeba", [E("PROTEST", "demonstrieren", "Oppositionsanhänger", "", "Addis Abeba")]),
    ("Regierungsvertreter machen die größte Oppositionspartei", [E("ACCUSE", "verantwortlich", "Regierungsvertreter", "Oppositionspartei")]),
    ("werden die Fluglotsen mit dieser Maßnahme dem Militärrecht unterstellt", [E("COERCE", "unterstellt", "", "Fluglotsen")]),
    ("Die Angeklagten werden dann einem Schnellverfahren", [E("COERCE", "unterworfen", "", "Angeklagten", "", "", "conditional")]),
    ("Nicht erklärte Streiks der Fluglotsen haben gestern", [E("PROTEST", "Streiks", "Fluglotsen", "", "Spanien", "2010-12-03")]),
    ("durch eine wachsende Zahl von Cyberattacken", [E("ASSAULT", "Cyberattacken", "", "Behörden")]),
    ("Der Verfassungsschutz berichtete über allein 1600 Angriffe", [E("ASSAULT", "Angriffe", "Volksrepublik China")]),
    ("Täglich werden deutsche Regierungsnetze", [E("ASSAULT", "angegriffen", "Trojanern", "Regierungsnetze")]),
    ("Präsident Felipe Calderón will zwei Milliarden Euro", [E("AID", "ausgeben", "Felipe Calderón", "", "", "", "planned")]),
    ("werden insbesondere indigene Völker durch die Regierung", [E("AID", "versorgt", "Regierung", "indigene Völker")]),
    ("gelang es Beamten eines Sondereinsatzkommandos, die Frau zu befreien", [E("AID", "befreien", "Beamten", "Frau", "", "2013-03-29TNI")]),
    ("Die Angestellte und der Geiselnehmer wurden bei der Aktion nicht verletzt", [E("ASSAULT", "verletzt", "", "Geiselnehmer", "", "", "denied")]),
    ("Mit einem Messer hatte er sich der Gefängnisangestellten bemächtigt", [E("COERCE", "bemächtigt", "er", "Gefängnisangestellten")]),
    ("Es folgten stundenlange Verhandlungen der Polizei", [E("CONSULT", "Verhandlungen", "Polizei", "Straftäter")]),
    ("Am Ende wurde der Mann von einem Spezialeinsatzkommando überwältigt", [E("COERCE", "überwältigt", "Spezialeinsatzkommando", "Mann")]),
    ("geplante G8-Gipfel im russischen Sotschi", [E("CONSULT", "G8-Gipfel", "", "", "Sotschi", "2014-06", "denied")]),
    ("Als Ersatz wollen die G7-Staaten sich nun in Brüssel", [E("CONSULT", "treffen", "G7-Staaten", "", "Brüssel", "", "planned")]),
    ("nach einem von Präsident Putin unterstützten Referendum", [E("SUPPORT", "unterstützten", "Putin")]),
    ("wie sie von Demonstranten in Hongkong immer gefordert würde", [E("REQUEST", "gefordert", "Demonstranten", "", "Hongkong")]),
    ("Li erklärte auch, dass jeder künftige Chief Executive", [E("REQUEST", "müsse", "Li", "Chief Executive")]),
    ("Die SPD will so genannte Eliteuniversitäten", [E("AID", "fördern", "SPD", "Eliteuniversitäten", "", "", "planned")]),
    ("Die SPD fordert die Tarifvertragsparteien auf", [E("REQUEST", "fordert", "SPD", "Tarifvertragsparteien")]),
    ("wird sich die SPD für einen gesetzlichen Mindestlohn einsetzen", [E("SUPPORT", "einsetzen", "SPD", "", "", "", "conditional")]),
    ("Die Männer werden beschuldigt, Mitglieder", [E("ACCUSE", "beschuldigt", "", "Männer")]),
    ("soll den drei Irakern geholfen haben", [E("AID", "geholfen", "Mann", "Irakern", "", "", "possible")]),
    ("Dieser wurde in Berlin festgenommen", [E("COERCE", "festgenommen", "", "Dieser", "Berlin"), E("CONCEDE", "freigelassen", "Sicherheitsbehörden", "Dieser", "Berlin")]),
    ("war der Major degradiert worden", [E("SANCTION", "degradiert", "", "Major"), E("REJECT", "geweigert", "er")]),
    ("und weigerte sich Befehle dieser Art auszuführen", [E("REJECT", "weigerte", "Soldat")]),
    ("Berufung gegen das Urteil des Truppendienstgerichts eingelegt", [E("REQUEST", "Berufung", "Offizier", "Bundesverwaltungsgericht")]),
    ("hatte den Soldaten freigesprochen", [E("CONCEDE", "freigesprochen", "Bundesverwaltungsgericht", "Soldaten")]),
    ("Die IAEA hat am Freitag, dem 3. Dezember 2004, ebenfalls dementiert", [E("REJECT", "dementiert", "IAEA", "", "", "2004-12-03")]),
    ("dass sich keine US-amerikanischen Bürger in Geiselhaft befänden", [E("COERCE", "Geiselhaft", "", "Bürger", "", "", "denied")]),
    ("Vier saudische Sicherheitskräfte seien zudem getötet worden", [E("ASSAULT", "getötet", "", "Sicherheitskräfte")]),
    ("Der Angriff sei zunächst mit der Explosion einer Autobombe", [E("ASSAULT", "Angriff")]),
    ("Die Sperre sei aber inzwischen wieder aufgehoben worden", [E("CONCEDE", "aufgehoben")]),
    ("auch deren Verteilung wurde untersagt", [E("SANCTION", "untersagt")]),
    ("hatte Klagen zweier Abgeordneter abgewiesen", [E("REJECT", "abgewiesen", "Bundesverfassungsgericht", "Abgeordneter")]),
    ("Demnach erwartet Russland, dass Litauen", [E("REQUEST", "erwartet", "Russland", "Litauen")]),
    ("Gleiches gelte nach Meinung Russlands auch für das Flugzeug", [E("REQUEST", "müsse", "Russlands")]),
    ("Innerhalb weniger Stunden starben 150 Menschen durch Terroranschläge", [E("ASSAULT", "Terroranschläge", "", "Menschen")]),
    ("starben zwölf Menschen durch eine Bombe", [E("ASSAULT", "Bombe", "", "Menschen", "Hilla")]),
    ("explodierten bereits am Donnerstagabend vier Autobomben", [E("ASSAULT", "töteten", "Autobomben", "Menschen", "Balad", "2005-09-29TEV")]),
    ("Bei dem Außenministertreffen am Sonntag soll nun", [E("CONSULT", "Außenministertreffen", "", "", "", "2005-10-02", "planned")]),
    ("die ebenfalls einen Beitritt der Türkei ablehnen", [E("REJECT", "ablehnen", "Unionsparteien", "Türkei")]),
    ("Der österreichische Alleingang wurde daher auch ausdrücklich", [E("SUPPORT", "begrüßt", "Friedbert Pflüger")]),
    ("Stoiber begründete seinen Rückzug", [E("RETREAT", "Rückzug", "Stoiber")]),
    ("Köhler warb offensiv für eine Diskussion", [E("REQUEST", "warb", "Köhler")]),
    ("An die Gewerkschaften gewandt sagte Köhler", [E("REQUEST", "müssten", "Köhler", "Gewerkschaften")]),
    ("als Bundeskanzlerin lobte er einerseits", [E("SUPPORT", "lobte", "er", "Koalition")]),
    ("Eine Freilassung sei eventuell am heutigen Tag schon möglich", [E("CONCEDE", "Freilassung", "", "", "", "2005-12-29", "possible")]),
    ("Auch ein ARD-Korrespondent konnte", [E("CONSULT", "sprechen", "ARD-Korrespondent", "Entführten")]),
    ("Die Kidnapper wollen die Freilassung", [E("REQUEST", "erpressen", "Kidnapper", "", "", "", "planned")]),
    ("dass bereits zwei Verhandlungsrunden mit den Entführern gescheitert seien", [E("CONSULT", "Verhandlungsrunden", "", "Entführern")]),
    ("Eine dritte Verhandlungsrunde werde", [E("CONSULT", "Verhandlungsrunde", "", "", "", "", "planned")]),
    ("Sie verschafften sich mit Gewalt Zutritt", [E("ASSAULT", "mit Gewalt", "Sie", "", "Bedschi")]),
    ("Mit 27 von 35 Stimmen der in der IAEA", [E("AGREE", "beschlossen", "Länder")]),
    ("Dieser könnte möglicherweise Sanktionen gegen den Iran beschließen", [E("SANCTION", "Sanktionen", "Dieser", "Iran", "", "", "possible")]),
    ("Die IAEA wirft dem Iran vor", [E("ACCUSE", "wirft", "IAEA", "Iran")]),
    # sentences read and judged to report no PLOVER event (false-positive checks)
    ("Gewerkschaftschef Konrad Freiberg begründete dies", []),
    ("Bisher hatte der Ministerpräsident selbst beide Ministerien", []),
    ("Die Schwierigkeiten bei der Kabinettsbildung", []),
    ("Oben auf der Tagesordnung steht eine geplante Erdgaspipeline", []),
    ("Mc Cain konnte in Kansas aber nur 24 Prozent", []),
    ("Die New York Times behauptete, die IAEA habe Satellitenphotos", []),
    ("Die Wahllokale waren von 08:00 bis 18:00 Uhr geöffnet", []),
    ("Diese Immunitätsregelung entspricht dem allgemeinen Völkerrecht", []),
    ("Die Verleihung findet seit 1956 an europäische Fußballspieler statt", []),
    ("Das Wrack des Hubschraubers wurde in der Nähe von Tall Afar", []),
    ("Die beiden Entführten sind Mitarbeiter einer Reinigungsmittelfirma", []),
    ("Betroffen sind 1300 Gemeinden in 19 mexikanischen Bundesstaaten", []),
]


# Added 2026-11-25 (second pass, same guide and annotator): the first three sentences of 26
# quotes-de train articles not used before, every sentence kept, event or not. 14 drawn from
# file names matching a loose politics pattern (random.Random(20261125 + 2) shuffle; the
# pattern matched "un"/"eu" inside words, so most are accidents, business, sport, science),
# 12 from a strict one (random.Random(72026)). Resignations are RETREAT, as the PLOVER gold
# codes "resigned" and the earlier German sets code "Rückzug"/"Rücktritt".
ANN2 = [
    ("Bei einem Brand im ersten Stock eines Wohnheims in Koblenz", []),
    ("Ein weiterer erlitt eine lebensbedrohliche Rauchvergiftung", []),
    ("Das Feuer wurde von Anwohnern gemeldet", []),
    ("Phil Spector, muss sich wegen Mordes vor einem Gericht", [E("ACCUSE", "verantworten", "", "Phil Spector", "Los Angeles")]),
    ("Im Falle einer Verurteilung droht dem 66-Jährigen die Todesstrafe", [E("COERCE", "Todesstrafe", "", "66-Jährigen", "", "", "conditional")]),
    ("Der Prozess wurde live im Fernsehen der Vereinigten Staaten", []),
    ("In zwölf großen Städten Chinas begann Mitte Dezember 2008", []),
    ("Dabei handelt es sich um das Modell „F3 DM“", []),
    ("An der Firma ist auch der US-amerikanische Investor Warren Buffet", []),
    ("kam es auf der Autobahn 6 bei Kaiserslautern zu einem Verkehrsunfall", []),
    ("Der Unglücksfahrer gehörte einem Fahrzeugtransport", []),
    ("An der Auffahrt Einsiedlerhof mussten die Fahrzeuge", []),
    ("haben Hacker mit einer „virtuellen Bombe“ die Insel in die Luft gesprengt", [E("ASSAULT", "in die Luft gesprengt", "Hacker", "ABC")]),
    ("Die Second-Life-Betreiber von Linden Lab stellten die Insel", []),
    ("In Hongkong fand am vergangenen Freitag anlässlich des 16. Jahrestages", [E("PROTEST", "Gedenkveranstaltung", "", "", "Hongkong", "2005-06-03")]),
    ("Zehntausende Menschen nahmen an der Veranstaltung im Kulturzentrum", [E("PROTEST", "Veranstaltung", "Menschen", "", "Hongkongs")]),
    ("In China sind Gedenkfeiern anlässlich des Massakers", [E("COERCE", "verboten", "", "", "China")]),
    ("Von Januar bis Juni dieses Jahres starben im Irak", [E("ASSAULT", "Terroranschläge", "", "Menschen", "Irak")]),
    ("Diese Zahlen veröffentlichte am Donnerstag die irakische Regierung", []),
    ("ATTAC unterstützt vorbehaltlos den Lokführerstreik", [
        E("SUPPORT", "unterstützt", "ATTAC", "Gewerkschaft Deutscher Lokführer", "", "2007-11-13"),
        E("ACCUSE", "Kritik", "ATTAC", "DGB-Gewerkschaften")]),
    ("Inzwischen melden sich auch innerhalb von ATTAC kritische Stimmen", [E("ACCUSE", "kritische Stimmen")]),
    ("Vorwürfe werden laut, dass sich ATTAC nicht mit Fakten", [E("ACCUSE", "Vorwürfe", "", "ATTAC")]),
    ("Landesamt für Gesundheit und Lebensmittelsicherheit warnt vor der Schlankheitspille", []),
    ("Statt der beworbenen „100 Prozent Natur“", []),
    ("Deklariert ist der Stoff, der Bluthochdruck", []),
    ("Ein Erdbeben mit Epizentrum in der Nähe von Christchurch", []),
    ("Dies bestätigte der neuseeländische Premierminister John Key", []),
    ("Key hat sich vor Ort über die Situation informiert", []),
    ("Der britische Linux-Distributor Canonical hat Ubuntu", []),
    ("Damit wurde zugleich der Wechsel von der bisherigen Bedienoberfläche", []),
    ("Da diese teilweise noch Probleme macht", []),
    ("Peter Clever, hat in einem Interview mit der Süddeutschen Zeitung gefordert", [E("REQUEST", "gefordert", "Peter Clever")]),
    ("Derzeit sei der Abgleich von Daten mit dem Finanzamt", []),
    ("Umstritten ist, ob der Vorschlag etwas nutzt", []),
    ("Der FC Bayern München ist zum 19. Mal deutscher Fußball-Meister", []),
    ("Die Bayern siegten mit 4:0 beim 1. FC Kaiserslautern", []),
    ("Durch diesen Kantersieg ist ihnen der Titelgewinn", []),
    ("In Sibiren wird ein Hubschrauber mit einer dreiköpfigen Besatzung", []),
    ("Gestartet war der Hubschrauber am Samstag um 07:57", []),
    ("Er verschwand nach 09:20 Uhr Ortszeit von den Radarschirmen", []),
    # strict politics pattern
    ("Am vergangenen Sonntag fanden in Kolumbien Präsidentschaftswahlen statt", []),
    ("Für eine zweite Amtszeit hatte sich der bisherige Präsident", []),
    ("Nach Angaben der zentralen Wahlkommission gewann er die Wahl", []),
    ("Vor einigen Monaten hatte Tesla die Firma Grohmann Automation", []),
    ("Jetzt droht ein Streik.", [E("PROTEST", "Streik", "", "", "", "", "possible")]),
    ("Der Lohn der Arbeiter liege derzeit 25 bis 30 Prozent", []),
    ("Die Verhandlungen um den EU-Haushalt für 2011 sind vorerst gescheitert", [E("CONSULT", "Verhandlungen", "", "", "", "", "denied")]),
    ("Im Vermittlungsausschuss konnten sich der EU-Ministerrat", [E("AGREE", "einigen", "EU-Ministerrat", "Europäische Parlament", "", "", "denied")]),
    ("Bei den aktuellen Verhandlungen hatte das Europäische Parlament zum ersten Mal", []),
    ("hat am 19. August entschieden, einen Gesetzentwurf zur Änderung des Polizeigesetzes", [E("AGREE", "entschieden", "Kabinett", "", "", "2008-08-19")]),
    ("hatten die Pläne der Landesregierung kritisiert", [E("ACCUSE", "kritisiert", "Landesbeauftragte für Datenschutz", "Landesregierung")]),
    ("Nun beantwortete Reinhold Gall", []),
    ("Der 45-jährige Ferenc Bago ist der Chef", []),
    ("Am Freitag wurde er in der südungarischen Stadt Pécs", [E("COERCE", "festgenommen", "", "er", "Pécs", "2012-09-07")]),
    ("Als Grund für die Verhaftung wurde genannt", []),
    ("wird es künftig rund um die Mall", [E("MOBILIZE", "Polizeikontrollen", "Polizeipräsidium Westpfalz", "", "Kaiserslautern", "", "planned")]),
    ("Dort treffen sich dem Vernehmen nach zunehmend stark alkoholisierte Gruppen", []),
    ("Es sei wiederholt zur Straftaten insbesondere Diebstahl und Körperverletzung", [E("ASSAULT", "Körperverletzung")]),
    ("Bei einem Flugzeugabsturz in Alaska sind am Montag", []),
    ("Wie gestern bekannt wurde, befindet sich unter den Opfern", []),
    ("Zusammen mit dem früheren Leiter der NASA", []),
    ("Musharraf kündigte in einer Fernsehansprache an", [E("RETREAT", "Rücktrittsgesuch", "Pervez Musharraf", "", "", "", "planned")]),
    ("Pervez Musharraf war erst am 6. Oktober 2007", []),
    ("Als aktuellen Auslöser seines Rücktrittgesuches", [E("ACCUSE", "Amtsenthebungsverfahren", "Parlaments", "", "", "", "possible")]),
    ("Abschlussbericht des Büros für Demokratische Institutionen und Menschenrechte", [E("ACCUSE", "kritisiert", "OSZE", "Georgien", "", "2008-09-09")]),
    ("Die Abschlussbericht ist damit wesentlich kritischer", []),
    ("Das Fazit des Vorabberichts lautete", []),
    ("Antonio Fazio ist am Montag, den 19. Dezember", [E("RETREAT", "züruckgetreten", "Antonio Fazio", "", "", "2005-12-19")]),
    ("soll Fazio seine Entscheidung allein", []),
    ("Fazio überreichte sein Rücktrittsgesuch", [E("RETREAT", "Rücktrittsgesuch", "Fazio")]),
    ("Die 13-jährige Jennifer wurde an einem Sonnabend im Mai ermordet", [E("ASSAULT", "ermordet", "", "Jennifer", "", "2006-05")]),
    ("Als Täter ist ein zur Tatzeit (20. Mai 2006)", [E("ACCUSE", "verdächtig", "", "Bekannter")]),
    ("Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre alte Junge", [E("ACCUSE", "angeklagt", "", "Junge", "Chemnitz")]),
    ("Die EU-Außenminister wollen voraussichtlich Serbien am Freitag", [E("SUPPORT", "zusprechen", "EU-Außenminister", "Serbien", "", "2012-03-02", "planned")]),
    ("Vorausgegangen waren Einigungen in Fragen der Beziehung", [E("AGREE", "Einigungen", "Serbien", "Kosovo")]),
    ("Die Beratungen der EU-Außen- und Europaminister", [E("CONSULT", "Beratungen", "EU-Außen- und Europaminister", "", "", "2012-02-27", "planned")]),
]


# Added 2026-11-26 (third pass, same guide, another annotator of the same team): sentences
# of quotes-de train articles used by no other set, read before any system output on them was
# looked at. Drawn for actors and dates: sentences with an event trigger and a date phrase
# (random.Random(7) shuffle) and the first sentences with a trigger of others
# (random.Random(20261126)); sentences judged ambiguous in type were skipped, not forced.
ANN3 = [
    ("gegen das Ergebnis der Präsidentenwahl vom 12. Juni 2009 demonstriert", [
        E("PROTEST", "demonstriert", "Menschen", "", "Teheran"),
        E("COERCE", "untersagt", "Regierung")]),
    ("Die römische Staatsanwaltschaft beantragte am Dienstag", [E("ACCUSE", "beantragte", "Staatsanwaltschaft", "Soldaten", "", "2006-06-20")]),
    ("Gaddafi und sein Sohn Motassim waren am Donnerstag", [E("COERCE", "festgenommen", "Rebellen", "Gaddafi", "Sirte", "2011-10-20")]),
    ("haben am vergangenen Samstag in Berlin nach Angaben der Veranstalter", [E("PROTEST", "demonstriert", "Menschen", "", "Berlin", "2009-09-12")]),
    ("wurde am Dienstag von einer Anti-Terroreinheit Indonesiens gestellt und getötet", [E("ASSAULT", "getötet", "Anti-Terroreinheit", "Dulmatin", "", "2010-03-09")]),
    ("Charles Taylor, Ex-Präsident von Liberia, wurde am Dienstag", [E("COERCE", "überstellt", "", "Charles Taylor", "Den Haag", "2006-06-20")]),
    ("Kurz nach zwei Uhr nachts wurden am Mittwoch", [E("ASSAULT", "erschossen", "", "Menschen", "", "2007-08-15")]),
    ("José Pekerman gestern Abend nach dem Spiel zurückgetreten", [E("RETREAT", "zurückgetreten", "José Pekerman", "", "", "2006-06-30TEV")]),
    ("Die Tarifverhandlungen wurden am Donnerstag in der fünften Verhandlungsrunde", [E("REJECT", "abgebrochen", "Gewerkschaften", "", "", "2010-12-02")]),
    ("den Betrieb der peruanischen Fluggesellschaft TANS ausgesetzt", [E("SANCTION", "ausgesetzt", "Behörden", "TANS", "", "2005-01-07")]),
    ("Der erschreckendste Mord seit elf Jahren ereignete sich am Samstag", [E("ASSAULT", "erschossen", "", "Teenager", "", "2006-06-17")]),
    ("hat Lohfink am 22. August 2016 zu einer Geldstrafe", [E("SANCTION", "verurteilt", "Amtsgericht Berlin-Tiergarten", "Lohfink", "", "2016-08-22")]),
    ("Der Erste wurde schon am Mittwoch in Nairobi festgenommen", [E("COERCE", "festgenommen", "", "Erste", "Nairobi", "2012-06-20")]),
    ("ist am Dienstag ein Mitarbeiter der Deutschen Welthungerhilfe entführt worden", [E("COERCE", "entführt", "", "Mitarbeiter", "Somalia", "2008-02-12")]),
    ("die 16-jährige Schülerin Beatrix um kurz nach Mitternacht erstochen", [E("ASSAULT", "erstochen", "Er", "Schülerin Beatrix", "", "1981-12-11", "possible")]),
    ("geflohenen Schwerverbrecher Peter Paul Michalski", [E("COERCE", "gefasst", "", "Schwerverbrecher")]),
    ("mindestens vierzig Menschen getötet und mehr als 100 Autos zerstört", [E("ASSAULT", "getötet", "", "Menschen")]),
    ("Verteidigungsminister Guttenberg stattete am gestrigen Montag", [E("CONSULT", "Besuch", "Guttenberg", "Truppen", "Kunduz", "2010-12-13")]),
    ("hat Elizabeth Byrs vom UN-Büro zur Koordinierung von Hilfsmaßnahmen", []),
    ("ist aus der U-Haft entlassen worden", [E("CONCEDE", "entlassen", "", "Beifahrerin")]),
    ("Gegen ihn wird jetzt wegen versuchten Mordes ermittelt", [E("ACCUSE", "ermittelt", "", "ihn")]),
    ("beschloss am Donnerstagabend, über Libyen eine Flugverbotszone einzurichten", [E("SANCTION", "Flugverbotszone", "Sicherheitsrat", "Libyen", "", "2011-03-17TEV")]),
    ("Wegen Raubes sind fünf Norweger angeklagt", [E("ACCUSE", "angeklagt", "", "Norweger")]),
    ("setzt Glock weiterhin auf das waffenverherrlichende Plakat", [E("ACCUSE", "kritisiert", "Öffentlichkeit", "Glock")]),
    ("Eine entsprechende Beschwerde wurde auch diesmal wieder von Gemeinderat", [E("ACCUSE", "Beschwerde", "Sascha Jabali-Adeh")]),
    ("dort vom Henker stranguliert und anschließend verbrannt", [E("ASSAULT", "stranguliert", "Henker", "Diejenigen")]),
    ("Lammert würdigte die Bundeswehr als ein Kind des Kalten Krieges", [E("SUPPORT", "würdigte", "Lammert", "Bundeswehr")]),
    ("Auf der Hauptinsel Shikoku im Südwesten Japans starben 19 Menschen", []),
    ("Ute Bitter ist Sprecherin der Verbraucherzentrale Hessen", []),
    ("Geliefert wurde die Software von der Telekom-Tochter T-Systems", []),
    ("gegen den Formel-1-Pilot Christian Klien wurde eingestellt", [E("CONCEDE", "eingestellt", "", "Christian Klien")]),
]


# Added 2026-11-26 (fourth pass, same guide, the events engineer of this round): the first
# three sentences of 16 quotes-de train articles used by no other set, drawn from file names
# matching a politics/conflict word pattern (random.Random(20261131) shuffle of the 74
# matches), read and annotated before any system output on them was looked at. Unlike the
# third pass the draw does not ask for a lexicon trigger, so it measures the lexicon's recall.
# Skipped as ambiguous in type: the Kabul ceremony sentence, Juncker declaring the summit
# failed, the expected second charge of the Sölden pilot, Tadić's promise of protection,
# Karsai's "müsse das Recht haben"; "’" is a segmentation fragment.
ANN4 = [
    ("Christopher Paul N. wurde in Thailand festgenommen", [E("COERCE", "festgenommen", "", "Christopher Paul N.", "Thailand")]),
    ("Der Verdächtige wurde nach Angaben von Interpol in Korat", [E("COERCE", "gefasst", "", "Verdächtige", "Korat")]),
    ("Durch das Orten des Mobiltelefons eines thailändischen Freundes", []),
    ("als die beiden Bewerber um das Amt des afghanischen Präsidenten einen Kompromiss unterzeichneten",
     [E("AGREE", "unterzeichneten", "Bewerber", "", "", "2014-09-21")]),
    ("Selbst über scheinbar unwichtige Details der Übereinkunft war bis zuletzt hart gerungen worden", [E("CONSULT", "gerungen")]),
    ("US-Präsident Barack Obama will die Atomkraft stärker fördern", [E("AID", "fördern", "Barack Obama", "Atomkraft", "", "", "planned")]),
    ("Der Ausbau der Kernenergie soll einen Beitrag zum Klimaschutz leisten", []),
    ("Im Kongress warb Obama für die Annahme eines Klimaschutzgesetzes", [E("REQUEST", "warb", "Obama", "", "Kongress")]),
    ("begann die Polizei mit der Räumung eines Flüchtlingslagers", [E("COERCE", "Räumung", "Polizei", "Flüchtlingslagers", "Calais", "2009-09-22TMO")]),
    ("umstellten französische Sicherheitskräfte das als", [E("COERCE", "umstellten", "Sicherheitskräfte", "Flüchtlingslager")]),
    ("In der Vergangenheit lebten zeitweise nach Schätzungen französischer Behörden", []),
    ("hat die Staatsanwaltschaft Innsbruck Mitte März 2006 Anklage erhoben",
     [E("ACCUSE", "Anklage", "Staatsanwaltschaft Innsbruck", "Hubschrauberpiloten", "", "2006-03")]),
    ("Dem Mann wird von der Staatsanwaltschaft Innsbruck fahrlässige Tötung vorgeworfen", [E("ACCUSE", "vorgeworfen", "Staatsanwaltschaft Innsbruck", "Mann")]),
    ("sich auf einen Finanzrahmen für den EU-Haushalt für die Jahre 2007 bis 2013 zu einigen", [E("AGREE", "einigen", "", "", "", "", "denied")]),
    ("In Zweiergesprächen hatte der luxemburgische Ratspräsident am Abend versucht",
     [E("CONSULT", "Zweiergesprächen", "Ratspräsident", "", "", "2005-06-17TEV")]),
    ("hat die Anklage eine siebenjährige Haftstrafe gefordert", [E("REQUEST", "gefordert", "Anklage", "Julia Timoschenko")]),
    ("Die Politikerin sitzt seit Anfang August 2011 in Untersuchungshaft", [E("COERCE", "Untersuchungshaft", "", "Politikerin")]),
    ("Der Ex-Ministerpräsidentin wird vorgeworfen, Anfang 2009", [E("ACCUSE", "vorgeworfen", "", "Ex-Ministerpräsidentin"),
        E("AGREE", "geschlossen", "Ex-Ministerpräsidentin", "Russland", "", "2009", "possible")]),
    ("Spezialeinheiten der italienischen Polizei führten am Freitag",
     [E("COERCE", "Polizeiaktion", "Spezialeinheiten", "’Ndrangheta", "Reggio Calabria", "2008-05-09")]),
    ("Ndrangheta ist der Name des Mafiaclans", []),
    ("sind bei der Offensive in der Provinz Helmand mehrere Zivilpersonen durch NATO-Angriffe getötet worden",
     [E("ASSAULT", "getötet", "NATO", "Zivilpersonen", "Provinz Helmand")]),
    ("Demnach wurden bei Mardscha drei Zivilisten getötet", [E("ASSAULT", "getötet", "", "Zivilisten", "Mardscha")]),
    ("auf den Einsatz schwerer Artillerie verzichten und die Einsatzplanung",
     [E("RETREAT", "verzichten", "man", "", "", "", "planned"), E("CONSULT", "besprechen", "man", "Stammesältesten", "", "", "planned")]),
    ("Heute demonstrierten in Hamburg nach Angaben der Veranstalter", [E("PROTEST", "demonstrierten", "Menschen", "", "Hamburg", "2007-05-28")]),
    ("Die 8. ASEM-Außenministerkonferenz findet heute und morgen statt", [E("CONSULT", "ASEM-Außenministerkonferenz", "", "", "", "2007-05-28")]),
    ("Gastgeber ist die deutsche EU-Ratspräsidentschaft", []),
    ("geplante Demonstration von Schwulen, Lesben und Transgendern",
     [E("PROTEST", "Demonstration", "Schwulen, Lesben und Transgendern", "", "Belgrader Innenstatt", "2009-09-20", "denied")]),
    ("Schwulenfeindliche Gruppen hatten angekündigt, die Parade gewaltsam anzugreifen",
     [E("ASSAULT", "anzugreifen", "Gruppen", "Parade", "", "", "conditional")]),
    ("Der UN-Sicherheitsrat hat in seiner Sitzung am gestrigen Samstag einstimmig Sanktionen",
     [E("SANCTION", "Sanktionen", "UN-Sicherheitsrat", "Libyen", "", "2011-02-26")]),
    ("Die Sanktionen bestehen zum einem aus einem Waffenembargo", [E("SANCTION", "Reiseverbot", "", "Muammar al-Gaddafi")]),
    ("Der Sicherheitsrat rief die libysche Regierung zur Beendigung", [E("REQUEST", "rief", "Sicherheitsrat", "libysche Regierung"),
        E("ACCUSE", "weiterzuleiten", "Sicherheitsrat")]),
    ("nahmen Polizisten einen von zwei Tatverdächtigen fest", [E("COERCE", "nahmen", "Polizisten", "Tatverdächtigen"),
        E("ASSAULT", "Explosionen", "", "Marc Bartra")]),
    ("durchsuchte die Polizei zwei Wohnungen", [E("COERCE", "durchsuchte", "Polizei", "Wohnungen")]),
    ("Ein Tatverdächtiger aus der islamistischen Szene wurde dabei vorläufig festgenommen", [E("COERCE", "festgenommen", "", "Tatverdächtiger")]),
    ("für seine Verbrechen vor Gericht gestellt worden", [E("ACCUSE", "vor Gericht gestellt", "", "Saddam Hussein", "Irak")]),
    ("Nach dreistündiger Dauer wurde der Prozess auf den 28. November vertagt", []),
    ("erkannte die Autorität des Gerichtes nicht an und weigerte sich", [E("REJECT", "weigerte", "Saddam Hussein")]),
    ("In zunehmende Kritik wegen ihrer politischen Nähe zur PKK", [E("ACCUSE", "Kritik", "", "Linkspartei")]),
    ("angesichts der Entführung deutscher Bergsteiger durch Aktivisten der PKK",
     [E("COERCE", "Entführung", "Aktivisten der PKK", "Bergsteiger")]),
    ("In dem Antrag heißt es wörtlich", []),
    ("Nach der Kommandoaktion von Talibankämpfern am Freitag",
     [E("ASSAULT", "vorzugehen", "Hamid Karsai", "Taliban", "", "", "planned"),
      E("ASSAULT", "Kommandoaktion", "Talibankämpfern", "", "Kandahar", "2008-06-13")]),
    ("die Taliban würden auf afghanischem Gebiet afghanische und ausländische Soldaten töten",
     [E("ASSAULT", "töten", "Taliban", "Soldaten", "", "", "planned")]),
]


def main() -> int:
    sents = []
    for f in sorted(glob.glob(str(SHARED / "data/quotes-de/data/*/*.json"))):
        name = os.path.basename(f)
        m = re.search(r"\((\d{4}-\d\d-\d\d)\)", name)
        for s in json.load(open(f, encoding="utf-8"))["sentences"]:
            sents.append((name, m.group(1) if m else None, s["text"].strip()))
    out = []
    only = ANN4 if "--new" in sys.argv else ANN + ANN2 + ANN3 + ANN4
    for key, events in only:
        hits = [s for s in sents if key in s[2]]
        if len(hits) != 1:
            print(f"{len(hits)} matches for {key!r}", file=sys.stderr)
            if not hits:
                continue
        name, pub, text = hits[0]
        for e in events:
            if e["trigger"] not in text:
                print(f"trigger {e['trigger']!r} not in {text!r}", file=sys.stderr)
        out.append({"file": name, "published": pub, "lang": "de", "sentence": text, "events": events})
    out_path = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else OUT
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    print(f"{len(out)} sentences, {sum(len(r['events']) for r in out)} events -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
