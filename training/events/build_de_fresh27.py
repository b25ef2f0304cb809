"""Build tests/data/events_de_fresh27.jsonl: a BLIND German event set from the last unread part of CoNLL-2003 German's
deu.testa (Frankfurter Rundschau, 1992) (round 28, issue #5; w3).

**Blind**: like fresh24-fresh26, made to measure the German event rules on text nobody tuned on; the lead scores it
once at round 28's end together with fresh26 (summary lines only); never read for error analysis, and the annotator
never ran newsgraph on it (no extractor, no scorer, no A/B script: this script and conll_blind.py read the CoNLL file
with plain Python).

Source: deu.testa, fresh24's file, in fresh24's order (SHA-1 of ``20261228:deu.testa:doc``, conll_blind.prose_order,
184 documents with prose), order positions START + 1 (146) to N_DOCS (184), the end of the order: fresh24 took
positions 1-56 and its annotator skimmed 57-80, fresh26 took 81-125 in full and read 126-145 (5 of them taken, 15 read
and not taken), so positions 146-184 were never read by anyone working on events. ``--check`` prints the repository
code that reads the CoNLL files (training material only: NER, word vectors and sentence joins, the checks model) and
finds none of the taken sentences in any other text file of the repository, fresh24's-fresh26's included.

Drawn (``--draw`` prints it): of each document the first PER_DOC (4) sentences of running prose (conll_blind.prose, as
fresh24), text detokenised by conll_blind; all 39 documents taken whatever their event count (no reading on, no
document read and left out): with them deu.testa's order is used up, and deu.testb was used up by fresh25, so the
CoNLL-2003 German test files are **spent as an event source**.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md (its thirty-first pass), before any
newsgraph code ran on these sentences or documents (annotator w3, 2026-11-28, round 28; single annotator). Ambiguous
sentences, repeats and breakdowns of an event told before, headlines the filter let through are skipped (SKIPPED, with
the reason), as in fresh9-fresh26. No dates (no publication date: "published" empty, sentences read alone, the date
column not scored). **153 sentences drawn from 39 documents: 101 annotated (from 37 documents: all four sentences of
two were skipped), 12 events (ASSAULT 5, REQUEST 3, ACCUSE 3, SANCTION) in 12 sentences, 89 without, 52 skipped** (the draw is event-poor: sports, local news
and announcements; no reading on to reach 25 events, as the brief asked for the whole rest). Questions decided here by
the guide's existing rules: a coach who "hat ... gefordert" more seats REQUEST without target (fresh22's demand whose
addressee is not its object); "müsse Deutschland ... verringern, sagte X" REQUEST (the guide's "X müsse"), the quoted
"wird ... sein müssen" after it skipped (fresh23's rhetorical "müsse"); an organisation claiming an attack ("hat sich
... zu dem Anschlag auf ... bekannt") ASSAULT, the claimant the source (the attack is stated, the claim says who); a
declaration that "klagt ... die Ressourcenverschwendung des Nordens ... an" ACCUSE without target (an act accused, as
fresh18's act called a coup); rioters attacking a refugee hostel ASSAULT (fresh24's, dev's attacks), its injured and
damage skipped as repeats; enforcing a flight ban ("mit der Durchsetzung eines Flugverbotes ... beginnen") SANCTION,
planned (fresh25's no-fly zone); police shooting suspects dead ("von der Polizei erschossen") ASSAULT, the police the
source; militias that "kämpfen ... weiter" ASSAULT (the sentence's own predication, not a sum of dead), their shelling
of the capital by one side a second ASSAULT in its own sentence, the UN chief's "zur Mäßigung aufgerufen" REQUEST
(fresh23's "ruft ... auf"); "schwere Vorwürfe in Richtung Fußball-Bund" ACCUSE and "kritisierte die Kontroll-Praxis
des DFB" ACCUSE, the federation the target (the practice's owner named in the genitive; fresh21's criticism of a draft
law names no owner). A person speaking out for a policy (fresh13, fresh25) or favouring one, admitting contacts
(fresh23), accusations named only as what a statement answers, a reader's letter's demands, proposals and criticism,
a transfer's talks and missing agreement (fresh22's commercial deals), fighting and clashes summed up with their dead
(fresh24), readiness to shoot down aircraft, a prediction, a police search meant and its warrant as background, a
charge without a verb of charging, a player leaving the national team (fresh18's coach), a club parting from its coach
by mutual consent, a minister seeing no reason to leave a government, a quoted pledge without its speaker, sheltering
a refugee family, a landlord's eviction, reactors receiving alarm systems, a proposal presented (fresh23) and a party
board discussing it (fresh14's expert meeting), criticism told as a trend skipped as ambiguous; sports results,
nominations, appointments, a retirement, condolences, a boat accident, courses, festivals, contests and a panel
discussion announced are no event.

Caveat as fresh24's: the shipped NER model was trained on these files (names in-sample for NER; the core model's word
vectors and the checks model read the text too, unlabelled). CoNLL-2003: research use.

Adding this file changes no earlier draw: conll_blind is unchanged, and no earlier builder reads a "row" other than a
10kGNAD one or a quotes-de "file" from tests/data.

    python training/events/build_de_fresh27.py --check   # the CoNLL readers; no taken sentence anywhere else
    python training/events/build_de_fresh27.py --draw    # the drawn documents
    python training/events/build_de_fresh27.py           # writes tests/data/events_de_fresh27.jsonl
    python training/events/build_de_fresh27.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conll_blind  # noqa: E402  (the CoNLL reader, detokeniser, prose filter, draw and checks)
from conll_blind import E  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh27.jsonl"
FILE = "deu.testa"
SEED = 20261228  # fresh24's order: positions 146-184 (its end) were never read
START = 145  # positions 1-56 fresh24's, 57-80 skimmed by its annotator, 81-145 fresh26's (drawn or read)
N_DOCS = 184  # the end of the order: all the rest taken, whatever the event count
PER_DOC = 4

# (document index in deu.testa, sentence index in the document, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, int, str], list[dict]] = {
    (181, 1, 'Am Tag des ersten Grand-Prix-Sieges von Dirk Raudies (Biberach) sind die Titelträume von Motorrad-Star Ralf Waldmann (Ennepetal) in der 125-ccm-Klasse auf den Nullpunkt gesunken.'): [],
    (181, 2, 'Honda-Fahrer Waldmann belegte beim Großen Preis von Brasilien, dem zwölften und vorletzten Lauf zur Weltmeisterschaft, nur einen enttäuschenden 15. Platz.'): [],
    (181, 3, '"Ich habe das falsche Fahrwerk gewählt.'): [],
    (181, 4, 'Die Vibrationen waren teilweise so stark, daß ich den Lenker kaum halten konnte", erklärte "Waldi" den Grund für sein schlechtes Abschneiden.'): [],
    (141, 1, 'Die Deutsche Mannschaft der Viererzugfahrer errang am Sonntag bei der Weltmeisterschaft im westfälischen Riesenbeck die Goldmedaille.'): [],
    (141, 2, 'Johann Böhler (Starnberg), Michael Freund (Neu-Isenburg) und Christoph Sandmann (Hüven / Niedersachsen) entrissen im abschließenden Wettbewerb, dem Parcourfahren, mit 227,3 Strafpunkten der Schweiz den Titel, verwiesen die Eidgenossen auf Rang zwei (230,4).'): [],
    (141, 3, 'Dritter wurden die Niederlande (238,4).'): [],
    (141, 4, 'Es war das erste Mal, daß die deutschen Viererzugfahrer eine Weltmeisterschaft gewonnen haben.'): [],
    (158, 3, 'Die Agentur meldete am Wochenende, mit Hilfe des Alarmsystems könnten die nordischen Länder sowie Deutschland im Fall einer Havarie sofort Informationen erhalten.'): [],
    (158, 5, 'Auch die atomgetriebenen Schiffe im Hafen Murmansk würden von dem System erfaßt.'): [],
    (129, 1, 'Mehr Plätze für Fans bei der FußballEuropameisterschaft hat Bundestrainer Berti Vogts gefordert.'): [E('REQUEST', 'gefordert', 'Bundestrainer Berti Vogts')],
    (129, 2, '"Die Stadien in Schweden waren viel zu klein.'): [],
    (76, 3, 'Nach dem Ende des West-Ost-Konflikts müsse Deutschland die Zahl seiner Soldaten auf unter 100 000 Mann verringern, sagte Lippelt dem Nachrichtenmagazin Der Spiegel.'): [E('REQUEST', 'müsse', 'Lippelt', 'Deutschland')],
    (71, 1, 'Dresdens Trainer Klaus Sammer war nach dem 1:1 am Freitag abend gegen den Hamburger SV geknickt.'): [],
    (71, 2, 'Nicht hauptsächlich wegen des verlorenen Punktes, sondern darüber, wie es dazu kam.'): [],
    (71, 3, 'Denn drei der vier eingewechselten Akteure waren daran beteiligt.'): [],
    (71, 4, 'Als HSV-Coach Egon Coordes den Ex-Rostokker Florian Weichert in der 74. Minute als zusätzlichen Stürmer aufs Feld schickte, reagierte auch Sammer.'): [],
    (68, 2, 'Die Untergrundorganisation Irisch-Republikanische Armee (IRA) hat sich am Samstag zu dem Anschlag auf eine gemischte Polizei- und Militärstreife bekannt, bei dem am Freitag in Belfast eine Frau ums Leben gekommen war.'): [E('ASSAULT', 'Anschlag', 'Irisch-Republikanische Armee', 'gemischte Polizei- und Militärstreife', 'Belfast')],
    (68, 3, 'In einer in der nordirischen Hauptstadt verbreiteten Erklärung übermittelte die IRA zugleich der Familie der 41jährigen Isobel Leyland ihr "tiefstes Mitgefühl".'): [],
    (131, 5, 'Dies berichten am heutigen Montag das Fernseh-Magazin "Panorama" sowie das Hamburger Nachrichtenmagazin Der Spiegel unter Hinweis auf Akten der Gauck-Behörde.'): [],
    (60, 2, 'Das gehört zum Tagesgeschäft.'): [],
    (135, 3, 'Während Franz Bekkenbauer, der Vizepräsident des FC Bayern München, die Rückkehr des 93fachen Nationalspielers von Inter Mailand zu den Bayern in einem Interview schon als so gut wie sicher hinstellte, stellte Manager Uli Hoeneß am Sonntag klar:'): [],
    (73, 2, 'Hinten half der Fußball-Gott und vorne traf Bittengel:'): [],
    (73, 3, 'Wie aus heiteren Himmel und mit dem einzig gefährlichen Schuß aufs Tor der SG Wattenscheid 09 rettete CSFR-Nationalspieler Günter Bittengel Bundesliga-Aufsteiger Bayer 05 Uerdingen das glückliche 1:1 im Lohrheidestadion.'): [],
    (73, 4, '"Für die Zuschauer war es mit Sicherheit kein Sahnespiel", gab Bayer-Mittelfeldakteur Dirk Bremser hinterher unumwunden zu und brachte den lange Zeit destruktiven Auftritt seiner Elf auf den Punkt.'): [],
    (1, 2, 'Seit 1740 wurde im Steinheimer Stadtwirtshaus Apfelwein ausgeschenkt.'): [],
    (1, 3, 'Aus dieser Tradition erwuchs 1952 das Bundesäppelwoifest.'): [],
    (1, 4, 'Ein Traditionsbruch tritt in diesem Jahr ausgerechnet zum 40. Geburtstag ein:'): [],
    (1, 5, 'Die einzige in Steinheim verbliebene Kelterei Jung ist auch nicht mehr.'): [],
    (188, 2, 'Bürgermeister Eberhard Bauner ist am Freitagabend in einer Mitgliederversammlung der Büdinger CDU einstimmig zum Kandidaten der Union für die Direktwahl des Bürgermeisters nominiert worden.'): [],
    (188, 3, 'Nur gut 40 der rund 300 Büdinger CDU-Mitglieder hatten sich an der Versammlung beteiligt.'): [],
    (188, 4, 'Bauner ist seit dem 1. April 1982 Rathauschef in Büdingen.'): [],
    (188, 5, 'Der 49jährige hatte lange mit einer Aussage hinsichtlich einer erneuten Kandidatur für das Amt gezögert.'): [],
    (5, 1, 'Der Südwestfunk-Redakteur Hansjörg N. Schultz (38) wird neuer stellvertretender Chefredakteur des "Deutschen Allgemeinen Sonntagsblattes" in Hamburg.'): [],
    (5, 2, 'Schultz werde seine neue Tätigkeit im Januar kommenden Jahres aufnehmen, teilte der Geschäftsführer der Wochenzeitung, Dietrich Sattler, in Hamburg mit.'): [],
    (5, 3, 'Schultz war von 1983 bis 1990 Korrespondent des Evangelischen Pressedienstes in Genf, bevor er als Redakteur im Kirchenfunk des Südwestfunks arbeitete.'): [],
    (5, 4, 'Zuvor war er unter anderem auch für die "Eßlinger Zeitung" und die "Stuttgarter Zeitung" tätig.'): [],
    (3, 3, 'Die im Juni auf dem UN-Erdgipfel verabschiedete RioDeklaration klagt die Ressourcenverschwendung des Nordens als Hauptursache für Umweltzerstörung, Über-Ausbeutung von Natur sowie Abfall- und Schadstoffproduktion an.'): [E('ACCUSE', 'klagt', 'RioDeklaration')],
    (3, 4, 'Es ist ein Erfolg der UN-Konferenz, den der Süden auf sein Konto verbuchen kann, daß der moralische Druck auf den Norden gewachsen ist, sein Konsumniveau zur Disposition zu stellen.'): [],
    (3, 5, 'Da spricht nun auch der Bonner Umweltminister Klaus Töpfer (CDU) davon, daß wir "über unsere ökologischen Verhältnisse leben" und einer "Wohlstandslüge" aufsitzen.'): [],
    (4, 2, 'Zu einem Wochenendseminar über Tarot und Bauchtanz lädt der Frauenzentrumsverein Friedberg für Samstag, 29. August, und Sonntag, 30. August, ein.'): [],
    (4, 3, 'Die Veranstaltung dauert jeweils von 11 bis 17 Uhr.'): [],
    (4, 4, 'Anmeldungen nimmt das Frauenzentrum unter Tel.'): [],
    (126, 1, 'Matchwinner Eric Wynalda genoß seine neue Popularität vor dem Millionenpublikum der Fußball-Bundesliga nach typisch amerikanischer Art.'): [],
    (126, 2, '"Ich bin very happy und die people sind very nett hier", sagte der US-Sonnyboy in Diensten des 1. FC Saarbrücken, der mit seinen beiden Toren den Karlsruher SC beim 2:0-Heimdebüt des Aufsteigers fast im Alleingang bezwungen hatte.'): [],
    (126, 3, 'Peter Neururer lobte seine Entdeckung aus den USA in den höchsten Tönen:'): [],
    (126, 4, '"Eric ist der beste Wildwest-Fußballer der Welt.'): [],
    (196, 2, 'Draußen im Hof spielten und tobten die Kinder, labten sich die Erwachsenen bei Essen und Trinken:'): [],
    (196, 3, 'die Karl-Treutel-Schule hatte am Freitag ihr Fest.'): [],
    (196, 4, 'Drinnen, in der Mehrzweckhalle Süd, zog Bürgermeister Fritz Treutel in der Parlamentssitzung Bilanz über vierzig Jahre Stadt Kelsterbach - und darin spielten die örtlichen Schulen eine ganz besondere Rolle.'): [],
    (196, 5, 'Stolz verkündete Treutel, was sich die Stadt "als kleinster Schulträger in Hessen" diese Aufgabe in 22 Jahren habe kosten lassen:'): [],
    (179, 1, 'Der Knüller der zweiten Runde (11. bis 13. September) im Vereinspokal des Deutschen Fußball-Bundes (DFB) wird im Leverkusener Ulrich-Haberland-Stadion zwischen Bayer Leverkusen und dem 1.FC Kaiserslautern, Pokalsieger von 1990 angepfiffen.'): [],
    (179, 2, 'Zu einer weiteren Begegnung zweier Erstligisten kommt es zwischen dem Karlsruher SC und dem Hamburger SV im Wildparkstadion.'): [],
    (179, 3, 'Pokalverteidiger Hannover 96 muß nach Bochum.'): [],
    (179, 4, 'Im letzten Jahr hatten die 96er den VfL in der zweiten Runde mit 3:2 aus dem Wettbewerb befördert.'): [],
    (107, 2, 'Mit Molotow-Cocktails, Schottersteinen und Brandsätzen haben etwa 200 zum Teil vermummte rechtsradikale Randalierer in der Nacht zum Sonntag das Zentrale Aufnahmelager für Asylbewerber in Rostock angegriffen.'): [E('ASSAULT', 'angegriffen', 'rechtsradikale Randalierer', 'Zentrale Aufnahmelager für Asylbewerber', 'Rostock')],
    (139, 3, 'Ganze 53 Tage lang konnte sich der 40jährige in seiner ersten Stelle als verantwortlicher Coach halten.'): [],
    (139, 4, 'Daß es angesichts der Niederlagenserie des Bundesliga-Absteigers überhaupt so lange ging, hing mit dem Langmut von Kickers-Präsident Axel Dünnwald-Metzler und der finanziell angespannten Lage der Degerlocher zusammen.'): [],
    (90, 2, 'Die USA, Großbritannien und Frankreich werden nach Angaben aus US-Regierungskreisen bereits am Dienstag mit der Durchsetzung eines Flugverbotes für irakische Flugzeuge im Süden Iraks beginnen.'): [E('SANCTION', 'Flugverbotes', 'USA, Großbritannien und Frankreich', 'irakische Flugzeuge', 'Süden Iraks', mod='planned')],
    (165, 2, 'Sieben mutmaßliche muslimische Fundamentalisten sind nach amtlichen Angaben in der oberägyptischen Stadt Mankabad von der Polizei erschossen worden.'): [E('ASSAULT', 'erschossen', 'Polizei', 'mutmaßliche muslimische Fundamentalisten', 'Mankabad')],
    (22, 4, 'Laut dem Landtagsabgeordneten Walter Korn sollte auf der Basis des Entwurfes der Verordnung über die Stundentafeln vom 15. Mai dieses Jahres eine Statistik von Schulleitern im Lahn-Dill-Kreis für das Staatliche Schulamt erstellt werden.'): [],
    (22, 6, 'Damit gilt nach Ansicht Korns die bisherige Stundentafel vom Schuljahr 1991/92 auch im Main-Kinzig-Kreis weiter.'): [],
    (124, 3, '"Über mein Abschiedsspiel habe ich mir noch keine Gedanken gemacht", sagte Brehme am Samstag in München am Rande des Bundesliga-Spiels zwischen seinen Ex-Klubs Bayern München und 1. FC Kaiserslautern (1:0).'): [],
    (124, 4, 'Brehme, der sich in einem Freundschaftsspiel für seinen neuen Verein Real Saragossa vor einer Woche einen Bänderriß im linken Sprunggelenk zugezogen hat, läßt sich derzeit in München von Bayern-Arzt Hans-Wilhelm Müller-Wohlfarth behandeln.'): [],
    (87, 3, 'Die genaue Zahl der Toten wurde nicht genannt.'): [],
    (87, 4, 'Es hieß aber, es handele sich bei ihnen um Gegner von Präsident Didier Ratsiraka.'): [],
    (87, 5, 'Anlaß der Kämpfe war dem Bericht zufolge offenbar ein Referendum über eine neue Verfassung, mit dem sich die Bevölkerung des Inselstaates vor der Ostküste Afrikas am Mittwoch für eine Einschränkung der Machtbefugnis des Präsidenten zugunsten des Parlaments entscheiden konnte.'): [],
    (14, 4, 'Schas ist die (bisher) einzige religiöse Partei, die sich an der Mitte-Links-Regierung unter Führung der Arbeitspartei beteiligt.'): [],
    (67, 2, 'Die Jungfernfahrt einer deutschen Yacht endete mit dem Tod zweier Frauen.'): [],
    (67, 3, 'Zwei Männer konnten sich mit einem Sprung von Deck retten.'): [],
    (67, 4, 'Wie die niederländische Polizei am Samstag berichtete, war das Schiff am Freitag abend auf der Maas unterwegs und steuerte eine Brücke an.'): [],
    (67, 5, 'Der Rudergänger habe in letzter Minute festgestellt, daß der Mast nicht unter der Brücke hindurchgehen würde und sei deshalb plötzlich nach backbord ausgeschert.'): [],
    (36, 3, 'Pfarrer Wolfgang Cuntz ist mit seinem Latein am Ende.'): [],
    (36, 5, 'Die Familie war mit anderen Flüchtlingen zunächst bei Verwandten in Sossenheim untergekommen.'): [],
    (117, 1, 'Sie trennten sich schiedlich-friedlich mit einem Unentschieden und taten zufrieden.'): [],
    (117, 2, 'Doch beim 1:1 (1:1) zwischen Borussia Mönchengladbach und dem VfL Bochum war nicht zu übersehen:'): [],
    (117, 3, 'Es ist noch viel Sand im Getriebe.'): [],
    (117, 4, 'So meinte denn Bochums Trainer Holger Osieck:'): [],
    (189, 1, 'Der langgediente Verfassungsschützer Josef Boinowitz, der es in seinem Beruf bis zum Dienstrang eines Leitenden Kriminaldirektors brachte, hat neuerdings viel Zeit für sein Engagement als CDU-Kommunalpolitiker in Ahlem am Stadtrand von Hannover und auch für neue Aktivitäten als selbständiger Sicherheitsberater.'): [],
    (189, 2, 'Nach Vollendung des 60. Lebensjahres wurde er vor wenigen Wochen von der niedersächsischen Verfassungsschutzbehörde in den Ruhestand verabschiedet.'): [],
    (189, 3, 'Er hat ereignisreiche Amtsjahre hinter sich, in denen sein Name auch schon bisweilen an die Öffentlichkeitdrang, was in diesem Metier eigentlich unerwünscht ist.'): [],
    (189, 4, 'Besonders umstritten war sein Wirken als Chef eines Geheimdienstes innerhalb des Geheimdienstes.'): [],
    (32, 2, '"Neue Grundschule - wie geht es weiter?"'): [],
    (32, 3, 'Diese Frage will die Freie Wählergemeinschaft Neu-Anspach (FWG) am Freitag, 28. August, um 20 Uhr im Bürgerhaus Neu-Anspach in der Gustav-Heinemann-Straße 3 mit Politikern, Lehrern und interessierten Bürgern diskutieren.'): [],
    (32, 4, 'Auf dem Podium werden Landrat Jürgen Banzer (CDU), der leitende Schulamtsdirektor Gerhard Liese, der Leiter der Grundschule Neu-Anspach Horst Eufinger, der Elternbeiratsvorsitzende der Grundschule Stefan Ziegele, Lehrerin Gabriele Wolf für die GEW, Sven Griemer für die Landesschülervertretung und Studienrat Wolfgang Hafemann von der FWG sitzen.'): [],
    (32, 5, 'Die Moderation hat Erzieherin Karin Birk-Lemper (FWG).'): [],
    (57, 2, 'Duette, Quartette und Klaviermusik sind am Freitag, 28. August, ab 20 Uhr im Rat- und Bürgerhaus zu hören.'): [],
    (57, 3, 'Tenor Dale Tracy, Sopranistin Carola Dettmar, Gerlinde Schmutzler (Alt), Dietmar Vollmer (Bariton) und Heidrun und Norbert Henß am Klavier tragen Werke von Rossini, Brahms und Dvorak vor.'): [],
    (0, 2, 'Einen Fotowettbewerb mit dem Thema "Leben und feiern im Nordend und mit den Nordendlern" hat der Vorstand des Karneval-Clubs ausgeschrieben.'): [],
    (0, 3, 'Teilnehmen können alle Mitglieder und Freunde der "Nordendler" sowie alle Bürger des Stadtteils.'): [],
    (0, 4, 'Für die schönsten und originellsten Motive jeder Preisgruppe gibt es einen Gutschein über jeweils 100 Mark zu gewinnen.'): [],
    (0, 5, 'Ausgeschrieben ist der Wettbewerb in drei Preisgruppen:'): [],
    (30, 3, 'Männer wollen sich in ihren Reden im Parlament selbst darstellen und es interessiert sie nicht, wenn die gleichen Argumente mehrfach wiederholt werden.'): [],
    (30, 4, 'Zeit und Raum einzunehmen ist für sie nicht selten Grund genug, sich zu Wort zu melden.'): [],
    (30, 5, 'Frauen dagegen lassen sich eher von der Redeliste streichen, wenn ihre Argumente schon vorgetragen wurden.'): [],
    (30, 6, 'Über den unterschiedlichen politischen Sprachstil von Männen und Frauen berichtete Dr. Ariane Benter in der dritten Veranstaltung der Seminarreihe "Kommunalpolitik ist Frauensache" des Wetterauer Frauenamtes.'): [],
    (162, 2, 'Trotz eines Friedensappells von UN-Generalsekretär Butros Ghali kämpfen die miteinander verfeindeten Mudschaheddin-Milizen in Afghanistan weiter um die Macht.'): [E('ASSAULT', 'kämpfen', 'verfeindeten Mudschaheddin-Milizen', '', 'Afghanistan')],
    (162, 4, 'Erneut schlugen in der Stadt Raketen und Artilleriegeschosse der Hesb-i-Islami ein.'): [E('ASSAULT', 'schlugen', 'Hesb-i-Islami')],
    (162, 5, 'Ghali hatte die Milizen am Samstag zur Mäßigung aufgerufen.'): [E('REQUEST', 'aufgerufen', 'Ghali', 'Milizen')],
    (91, 2, 'Manfred Ommer, ehemaliger Leichtathlet und Präsident des Fußball-Zweitligisten FC Homburg, erhob in der WELT am Sonntag schwere Vorwürfe in Richtung Fußball-Bund:'): [E('ACCUSE', 'Vorwürfe', 'Manfred Ommer', 'Fußball-Bund')],
    (91, 4, 'Auch Jürgen Barth, Doping-Beauftragter des Deutschen Sportbundes (DSB), kritisierte die Kontroll-Praxis des DFB, der auf eigene und durch unabhängige Unternehmen durchgeführte TrainingsKontrollen ganz verzichtet:'): [E('ACCUSE', 'kritisierte', 'Jürgen Barth', 'DFB')],
}
SKIPPED: dict[tuple[int, int], str] = {
    (158, 2): 'reactors receiving alarm systems from abroad (AID, COOPERATE or no event) ambiguous',
    (158, 4): "where (158, 2)'s alarm systems are to be installed",
    (129, 3): "repeats (129, 1)'s demand (its reason; the coaches' meeting with UEFA named as its setting)",
    (129, 5): "continues (129, 1)'s demand (a quoted wish)",
    (76, 2): "a person speaking out for a policy ('hat sich ... ausgesprochen', fresh13, fresh25) ambiguous",
    (76, 4): "a quoted 'müssen' without its speaker in the sentence (fresh23's rhetorical 'müsse') ambiguous",
    (76, 5): "favouring a policy ('befürwortete', as fresh22's plea for a policy) ambiguous",
    (68, 4): "repeats (68, 2)'s attack (who shot from where)",
    (68, 5): "repeats (68, 2)'s attack (how the woman was hit)",
    (131, 2): "admitting contacts ('eingeräumt', fresh23's admitted failings) ambiguous",
    (131, 3): "denying a commitment within (131, 2)'s statement (REJECT or a statement) ambiguous",
    (131, 4): 'accusations named only as what the statement answers (an act named as background, fresh23) ambiguous',
    (60, 1): "demands told as a habit in a reader's letter (no act, no time) ambiguous",
    (60, 3): "a proposal named in a reader's letter's condition (fresh19's proposal) ambiguous",
    (60, 4): "a reader's letter calling proposals short-sighted (criticism without a verb of criticism, fresh23) ambiguous",
    (135, 0): 'a headline the filter let through (CoNLL joins the headlines into one sentence)',
    (135, 4): "no agreement yet on a transfer (fresh22's commercial deals) ambiguous",
    (135, 5): "talks on a transfer planned (fresh22's commercial deals and takeover talks) ambiguous",
    (73, 0): 'a headline the filter let through',
    (3, 1): "'steht am Pranger' said of a way of life (a figure of speech, the charge told in (3, 3)) ambiguous",
    (75, 2): "fighting summed up with its dead (fresh24's incidents summed up) ambiguous",
    (75, 3): "repeats (75, 2)'s fighting (confirmed by one side)",
    (75, 4): "repeats (75, 2)'s fighting (its dead)",
    (75, 5): 'attacks named only inside a charge about uniforms used in them (ACCUSE hearsay or background) ambiguous',
    (107, 3): "repeats (107, 2)'s attack (its injured)",
    (107, 4): "a breakdown of (107, 2)'s attack (windows smashed)",
    (107, 5): "a breakdown of (107, 2)'s attack (police cars on fire)",
    (139, 1): "the lead to (139, 2)'s parting",
    (139, 2): "a club parting from its coach by mutual consent (fresh18's coach, fresh20's CEO leaving) ambiguous",
    (90, 3): "allies ready to shoot down aircraft ('seien bereit', THREATEN or a conditional ASSAULT, hearsay) ambiguous",
    (90, 4): 'a prediction that Baghdad will bow to the ban, its resistance named as background, ambiguous',
    (90, 5): "repeats (90, 2)'s ban (its announcement to come)",
    (165, 3): "the search the police meant to make, background to (165, 2)'s shooting, ambiguous",
    (165, 4): 'a search warrant held (a state, background to (165, 2)) ambiguous',
    (165, 5): "repeats (165, 2)'s shooting",
    (22, 3): 'a party believing it has found a deception (a charge without a verb of charging, fresh23) ambiguous',
    (22, 5): "the content of (22, 3)'s charge",
    (124, 0): 'a headline the filter let through',
    (124, 2): "a player wanting to leave the national team (fresh18's coach announcing he will leave; withdrawing from a team) ambiguous",
    (87, 2): "clashes summed up with their dead (fresh24's incidents summed up) ambiguous",
    (14, 1): 'a quoted pledge not to give back land, its speaker not in the sentence (REJECT or a policy) ambiguous',
    (14, 2): 'a minister seeing no reason to leave the government (a RETREAT denied or no event) ambiguous',
    (14, 3): "a sarcastic comment on (14, 2) ruling out a party's leaving, ambiguous",
    (36, 4): 'a parish sheltering a refugee family (AID or no event) ambiguous',
    (36, 6): 'a landlord putting a family on the street (a private eviction: COERCE or no event) ambiguous',
    (163, 2): "a proposal presented (fresh23's proposals presented) ambiguous",
    (163, 3): "the content of (163, 2)'s proposal",
    (163, 4): "a party board discussing a draft (fresh14's expert meeting, an internal deliberation) ambiguous",
    (163, 5): "the content of (163, 2)'s proposal",
    (162, 3): "repeats (162, 2)'s fighting (both sides reporting new clashes)",
    (91, 1): "criticism told as a trend ('Die Kritik ... verschärft sich', fresh20) ambiguous",
    (91, 3): "the content of (91, 2)'s charge",
}


def main(argv: list[str]) -> int:
    return conll_blind.build(argv, FILE, SEED, N_DOCS, PER_DOC, ANN, SKIPPED, OUT,
                             own=(Path(__file__).name, OUT.name, "conll_blind.py"), start=START)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
