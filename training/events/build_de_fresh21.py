"""Build tests/data/events_de_fresh21.jsonl: a BLIND German event set from 10kGNAD's last unused economy, media, web
and science rows (round 24, issue #5; h5).

**Blind**: made to measure round 24's German event switches (issue #5) on text nobody tuned on; the lead scores it
once at the round's end with each switch off and on (training/events/round24_ab.py), summary lines only; never read
for error analysis, and the annotator never ran newsgraph on it.

Drawn: quotes-de's dated articles are used up and so are 10kGNAD's International, Inland and Panorama test rows, and
fresh20 took 40 of the 47 Wirtschaft rows left; so this set draws, section by section, from the **Wirtschaft** rows
fresh20 left (7), then **Etat** (media, 18), **Web** (112) and **Wissenschaft** (36) test rows nothing else uses --
fresh20's exclusions (build_de_fresh20.order: fresh9's, the draws of fresh9-fresh12, fresh14 and fresh16, rows a
tests/data file names, timex articles, rows sharing a sentence of >= 40 characters with a file under tests/, the
"Volltext" stub) and fresh20's own draw. Each section ordered by SHA-1 of ``SEED:row`` (``--order`` prints the whole
order, ``--draw`` the rows taken). The first N_FULL (40: Wirtschaft 7, Etat 18, Web 15) taken in full gave 10 events
(< 15), so order positions 41-80 (all Web) were read and only the 7 articles with an event among their first three
sentences kept (N_READ = 40; the other 33 are in SKIPPED with that reason); Wissenschaft was not reached. Which
sections give events: Wirtschaft 2 of 7 articles, Etat 5 of 18 (a demand for prosecution, damages, an arrest abroad, a
parliament's vote), Web 1 of the first 15 and 7 of the next 40 (lawsuits, investigations, police acts); product news,
appointments and statistics are most of it. Sentences: the first three of each article by build_de_fresh9.SPLIT (a
regex; no newsgraph code runs here), the subtitle (sentence 0) kept.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h5, 2026-11-28, round 24; single annotator). Sentences ambiguous in type
or modality, repeating an event of an earlier sentence, a subtitle reporting the act of its fuller lead, or regex
split fragments are skipped (SKIPPED, with the reason), as in fresh9-fresh20. 10kGNAD has no publication date: no
event is dated, the scorer reads each sentence alone, and the date column is not scored for this set. **107
sentences from 47 articles, 19 events, 89 without, 133 skipped** (99 of them the 33 read articles without an
event). Types: ACCUSE 9, REQUEST 4, COERCE 4, AGREE 1, REJECT 1. Conventions written down here (the guide's
twenty-fifth pass): a government demanding prosecution in a diplomatic note REQUEST, the ministry it is sent to the
target; an investigation by a regulator or competition authority ("gemeinsame Untersuchung ... gestartet", "die
Wettbewerbshüter untersuchen") ACCUSE (as a police investigation), the target empty when the sentence names none; a
class action ("Sammelklage") and a lawsuit with an accusation ("wirft ... vor und hat Klage ... eingereicht") ACCUSE,
one event; demanding damages in a lawsuit REQUEST (as fresh20); a broadcaster intending to bring in prosecutors ("will
Staatsanwaltschaft befassen") ACCUSE, planned; criticism of a draft law or an agreement ("Kritik an", "auf Kritik
gestoßen") ACCUSE, no target (as fresh20's "kritisieren"); a parliament refusing to lift immunity ("Auslieferung ...
abgelehnt") REJECT; police stopping a concert ("schob dem Auftritt einen Riegel vor") COERCE (a ban on a gathering);
searches and arrests in one subtitle two COERCE events when the lead only sums them up; a collective agreement
reached in wage talks AGREE. A talk-show host leaving a broadcaster (as fresh20's CEO), a quarrel, an expert summit,
a book's criticism of a practice, regretting a court ruling, users complaining about an outage, a developer's plea,
price fixing, censorship of a politician online and blocking a page (as fresh15's website), a DDoS attack as a
protest (a hack), takeover talks, surveillance and a leak skipped as ambiguous; product launches, retirements,
appointments, ratings, votes in an editorial board, warnings of a security danger and statistics are no event.
Adding this file changes no earlier draw: it is in the ``LATER`` lists of build_de_fresh8.py, build_de_fresh10.py,
build_de_fresh15.py and trigger_ab.py (checked: ``--draw`` of fresh3-fresh20 byte-identical before and after).
10kGNAD: CC BY-NC-SA 4.0.

    python training/events/build_de_fresh21.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh21.py           # writes tests/data/events_de_fresh21.jsonl
    python training/events/build_de_fresh21.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh10 as fresh10  # noqa: E402  (the writer)
import build_de_fresh20 as fresh20  # noqa: E402  (its draw)
import gnad_blind  # noqa: E402  (the pool: earlier draws, exclusions, the SHA-1 order)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh21.jsonl"
SEED = 20261222
# Wirtschaft's rows fresh20 left first, then the sections with acts still in them; International, Inland and
# Panorama are used up, Sport and Kultur report matches and works rather than PLOVER acts
SECTIONS = ("Wirtschaft", "Etat", "Web", "Wissenschaft")
N_FULL = 40  # the first N_FULL of the order are taken in full
N_READ = 40  # of the order after N_FULL, the first N_READ rows were read: only those with an event are kept

E = fresh10.E


def order() -> list[int]:
    """Rows of SECTIONS nothing else uses, section by section, each ordered by SHA-1 of ``SEED:row``."""
    return gnad_blind.order(SEED, SECTIONS, OUT, set(fresh20.draw()))


def draw() -> list[int]:
    return order()[:N_FULL + N_READ]


# (10kGNAD test row, sentence index, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, int, str], list[dict]] = {
    (442, 0, 'Wegen der unsicheren Lage an zahlreichen Reisezielen könnten viele Deutsche heuer überhaupt auf Auslandsurlaube verzichten.'): [],
    (442, 1, 'Wien/Hamburg – Im Vorjahr haben die für den heimischen Tourismus wichtigsten Auslandsgäste, die Deutschen, weniger häufig in Österreich Urlaub gemacht.'): [],
    (442, 2, 'Zwar ist Österreich in der jüngsten Tourismusanalyse der BAT-Stiftung für Zukunftsfragen weiterhin viertliebstes Auslandsreiseziel der Deutschen – aber mit abnehmender Tendenz.'): [],
    (128, 0, 'Die Wirtschaft wuchs laut Wifo etwas stärker als erwartet, Privatkonsum, Investitionen und Tourismus stützen die Konjunktur.'): [],
    (128, 1, 'Wien – Österreichs Wirtschaft ist zu Jahresbeginn stärker gewachsen als angenommen.'): [],
    (128, 2, 'Das Bruttoinlandsprodukt legte gegenüber dem Vorquartal um 0,5 statt 0,4 Prozent zu, im Jahresabstand betrug der Anstieg 1,6 statt 1,3 Prozent, die noch vor einem Monat errechnet worden waren.'): [],
    (42, 2, 'Das teilte heute, Freitag, die Bundeswettbewerbsbehörde (BWB) auf ihrer Homepage mit.'): [],
    (24, 1, 'Wien – Schwere Kritik an der geplanten Reform des Eisenbahngesetzes in  Österreich übt Verwaltungsrechtler Andreas Hauer von der Uni Linz.'): [E('ACCUSE', 'Kritik', 'Verwaltungsrechtler Andreas Hauer', '', '')],
    (338, 1, 'Wien – Bei den Kollektivvertragsverhandlungen für die Fahrzeugindustrie wurde ein Abschluss von 1,5 Prozent Plus wie schon zuvor für die Maschinen- und Metallindustrie vereinbart.'): [E('AGREE', 'vereinbart', '', '', '')],
    (338, 2, 'Dies teilten die Gewerkschaften PRO-GE und GPA-djp Donnerstagabend mit.'): [],
    (316, 0, 'Holzspielzeug und Traditionsware: Der Straßburger Touristikchef erhofft sich mehr chinesische Besucher im Elsass.'): [],
    (316, 1, 'Peking/Straßburg – Der traditionelle Straßburger Weihnachtsmarkt wird dieses Jahr in Peking aufgebaut – nach Moskau und Tokio in den vergangenen Jahren.'): [],
    (316, 2, 'Wie die Veranstalter am Sonntag in Straßburg mitteilten, sollen zwischen dem 5. und 20. Dezember in einem großen Einkaufszentrum der chinesischen Hauptstadt ein gutes Dutzend Holzhütten stehen.'): [],
    (272, 0, 'Budgetdefizit, Inflation, Rubelverfall: 2015 war für Wladimir Putin ein Krisenjahr.'): [],
    (272, 1, 'Außenpolitisch konnte sich Moskau in Szene setzen.'): [],
    (272, 2, 'Er gilt zwar als Garant der Stabilität in Russland, doch stabil war dieses Jahr für Präsident Wladimir Putin mitnichten.'): [],
    (687, 2, 'Die ARD-Talksendung Günther Jauch läuft damit nach vier Jahren aus.'): [],
    (271, 1, 'Berlin/Ankara – Die türkische Regierung hat in einer Verbalnote an das deutsche Außenministerium die Strafverfolgung des Satirikers Jan Böhmermann wegen seines Erdogan-Gedichts gefordert.'): [E('REQUEST', 'gefordert', 'türkische Regierung', 'deutsche Außenministerium', '')],
    (271, 2, 'Regierungskreise bestätigten am Sonntag einen entsprechenden Bericht des Tagespiegel.'): [],
    (363, 0, 'ORF entschied für "2 im Gespräch" nach "Kriterien journalistischer Relevanz" gestützt auf Meinungsforschung.'): [],
    (363, 1, 'Wien – Sechs Kandidaten stehen am Stimmzettel für die Bundespräsidentenwahl am 24. April: Irmgard Griss, Norbert Hofer (FPÖ), Rudolf Hundstorfer (SPÖ), Andreas Khol (ÖVP), Richard Lugner und Alexander Van der Bellen (Grüne).'): [],
    (363, 2, 'Der ORF hat nun entschieden, dass alle sechs Kandidaten zur großen Elefantenrunde auf ORF 2 eingeladen werden, aber nur fünf zu den geplanten Kurzduellen 2 im Gespräch.'): [],
    (1019, 1, 'Mit dabei ist Spieleentwickler Marcus Bösch.'): [],
    (1019, 2, 'STANDARD: Was ist ein Newsgame?'): [],
    (411, 0, 'Des Kaisers ewige Armee, Rock am Ring 2015, Heute konkret: Urlaubsspezial, Hoagascht, Love and Other Drugs, Wildnis wider Willen, Glauben ist alles!.'): [],
    (411, 1, '17.30 DOKUMENTATIONDes Kaisers ewige Armee: Chinas Terrakotta-Krieger Die Nachricht von der Entdeckung der Terrakotta-Armee ging 1974 um die ganze Welt.'): [],
    (411, 2, 'Erste Ausgrabungen förderten jedoch nur einen Bruchteil dieses Schatzes zutage.'): [],
    (391, 0, 'Erhielt bei der Abstimmung, wer die Chefredaktion übernehmen soll, mehr als doppelt so viele Stimmen.'): [],
    (391, 1, 'Wien – Robert Ziegler, Favorit für den Posten des neuen Chefredakteurs im ORF-Landesstudio Niederösterreich, ist nicht der Wunschkandidat der dortigen Redakteure.'): [],
    (391, 2, 'Bei der laut Redaktionsstatut vorgesehenen Abstimmung am Freitagvormittag kam Ziegler nach APA-Informationen auf 7 Stimmen.'): [],
    (783, 0, 'Marktanteile von Ö3 und ORF-Regionalradios wurden raufgeschrieben, Private downgegradet.'): [],
    (783, 1, 'Die schlimmsten Verzerrungen gab es in der Steiermark und Vorarlberg, Privatsender fordern Schadenersatz.'): [E('REQUEST', 'fordern', 'Privatsender', '', '')],
    (783, 2, 'Wien – Die Radiotest-Manipulationen durch das Marktforschungsinstitut GfK könnten in den vergangenen fünf Jahren einen Schaden von bis zu 20 Millionen Euro verursacht haben.'): [],
    (876, 0, 'Neue Oberösterreich-Lizenz dürfte an Antenne/Ö24 gehen – Radio-Novelle erleichtert Sendern Zusammenschlüsse.'): [],
    (876, 1, 'Wien – Die Ö24/Antenne-Radios der Familie Fellner (Österreich) sammeln weiter munter Lizenzen: Nach Bregenz/Dornbirn 2014 und der Obersteiermark 2014 soll in diesen Tagen der Zuschlag für eine neue Lizenz in Linz (89,2 MHZ) rechtskräftig werden.'): [],
    (876, 2, 'Und schon ab Samstag erschließt sich Österreichs privaten Radiomachern insgesamt eine neue Dimension.'): [],
    (959, 1, 'Der TV-Journalist Wolfgang Herles geht in Pension.'): [],
    (959, 2, 'Zum Abschied vom ZDF hat er dem Sender ein stacheliges Stück Medienkritik überreicht: Die Gefallsüchtigen.'): [],
    (671, 0, 'Sohn des Medienmoguls Rupert Murdoch löst Nick Ferguson ab, der Ende April geht.'): [],
    (671, 1, 'London – Beim britischen Bezahlfernsehkonzern Sky nimmt der Einfluss der Murdoch-Familie wieder zu.'): [],
    (671, 2, 'James Murdoch, Sohn des Medienmoguls Rupert Murdoch, wird künftig wieder an der Spitze des Aufsichtsrats stehen, wie das Unternehmen am Freitag in London mitteilte.'): [],
    (151, 0, 'Bei Barbehebung für Wehrschütz – Revisionsbericht belastet Mitarbeiter – ORF will Staatsanwaltschaft befassen.'): [E('ACCUSE', 'befassen', 'ORF', '', '', mod='planned')],
    (151, 1, 'Wien – In Krisen- und Kriegsgebieten, aus denen Christian Wehrschütz für den ORF berichtet, hilft oft nur Bargeld weiter.'): [],
    (151, 2, 'Bei einer Behebung für Wehrschütz von einem ORF-Konto verschwanden nach STANDARD-Infos rund 30.000 Euro.'): [],
    (191, 0, 'In Berlin und Brandenburg erscheint am Mittwoch eine vierseitige Beilage in arabischer Sprache zur Orientierungshilfe für Flüchtlinge.'): [],
    (191, 1, 'Berlin – Gemeinsam bringen Bild und B.Z. in Berlin und Brandenburg eine  vierseitigen Beilage in arabischer Sprache heraus, die in erster Linie als Orientierungshilfe für Flüchtlinge dienen soll, berichtet das Branchenportal meedia.de.'): [],
    (191, 2, 'B.Z.-Chefredakteur Peter Huth hatte dazu die Idee.'): [],
    (336, 0, 'Anna Therese Day und ihrem Kamerateam wird vorgeworfen, bei der Einreise falsche Angaben gemacht zu haben.'): [E('ACCUSE', 'vorgeworfen', '', 'Anna Therese Day und ihrem Kamerateam', '')],
    (336, 1, 'Dubai/Washington – Die Menschenrechtsorganisation Reporter ohne Grenzen forderte am Montag die Regierung des Königreichs Bahrain auf, die US-Journalistin Anna Day (26) und drei Mitglieder ihrer Kamera-Crew wieder freizulasssen.'): [E('REQUEST', 'forderte', 'Menschenrechtsorganisation Reporter ohne Grenzen', 'Regierung des Königreichs Bahrain', '')],
    (336, 2, 'Day und ihre Mitarbeiter waren  am Sonntag festgenommen worden – laut der bahrainischen Zeitung Mira‘at al-Bahrain während sie das Vorgehen der Sicherheitsbehörden im von Schiiten bewohnten Dorf Sitra während Protesten dokumentierten.'): [E('COERCE', 'festgenommen', '', 'Day und ihre Mitarbeiter', 'Sitra')],
    (326, 0, '"Die Politiker-WG" ab Montag soll innerhalb einer Woche Veränderungen im Problemviertel Duisburg-Marxloh bewirken.'): [],
    (326, 1, 'Duisburg – Der deutsche WDR hat für eine Dokumentation sieben Politiker in eine Wohngemeinschaft gesteckt – im sozialen Brennpunkt Duisburg-Marxloh.'): [],
    (326, 2, 'Begleitet von der Kamera sollen sie für die drängendsten Probleme aus der Nachbarschaft nach Lösungen suchen.'): [],
    (852, 0, 'Sie übernimmt das Ruder von Gerald Reischl, der zum ORF wechseln dürfte.'): [],
    (852, 1, 'Wien – Claudia Zettel übernimmt ab 1. Jänner 2016 die Chefredaktion der Kurier-Technologieplattform Futurezone.'): [],
    (852, 2, 'Sie folgt damit auf Gerald Reischl, der sich beruflich neu orientieren wird, wie es in einer Aussendung heißt – wohl in Richtung Küniglberg.'): [],
    (937, 1, 'Hamburg/Wien – Eine Internetseite einer Tageszeitung mit Video-Material kann laut einem Urteil des Europäischen Gerichtshofs (EuGH) vom Herbst 2015 als anzeigepflichtiger audiovisueller Mediendienst eingestuft werden – der STANDARD berichtete.'): [],
    (33, 1, 'Wien – Obwohl die Abgeordneten im Parlament eine Auslieferung Heinz-Christian Straches einstimmig abgelehnt haben, ist die Fotocausa für den FPÖ-Chef juristisch noch lange nicht vom Tisch.'): [E('REJECT', 'abgelehnt', 'Abgeordneten im Parlament', '', '')],
    (799, 0, 'Als TV-Kommissariat genutztes Gebäude wird Flüchtlings-Unterkunft.'): [],
    (799, 1, 'Kiel – Der Kieler Tatort-Kommissar Axel Milberg (59) wird bei künftigen Dreharbeiten ein ungewöhnliches Publikum haben.'): [],
    (799, 2, 'Das Gebäude der ehemaligen Marinetechnikschule, in dem Szenen aus dem TV-Kommissariat gedreht werden, wird ab heute, Montag, zu einer Gemeinschaftsunterkunft für Flüchtlinge.'): [],
    (1018, 0, 'Valve gibt Richard Seabrooks "Prospekt" auf Steam zum Verkauf frei.'): [],
    (1018, 2, 'Was dies bewirkte, bleibt unklar.'): [],
    (426, 0, 'Fans des Sci-Fi-Shooters erwarten neue Abenteuer im Kampf gegen die Aliens.'): [],
    (426, 1, 'Der Nachfolger des Open-World-Shooters Destiny soll im Laufe des Jahres 2017 auf den Markt kommen.'): [],
    (426, 2, 'Dies bestätigte Hersteller Bungie Entertainment in einem Blogeintrag.'): [],
    (398, 0, 'Nach A1 und "3" hat nun auch T-Mobile seine Gebietsabfrage gestartet.'): [],
    (398, 1, 'Wo in Österreich die vierte Mobilfunkgeneration LTE verfügbar ist, können nun auch T-Mobile-Kunden seit kurzem online nachsehen.'): [],
    (398, 2, 'Der Anbieter hat seine LTE-Gebietsabfrage sowie die weiteren Ausbaupläne veröffentlicht.'): [],
    (18, 0, '"Premium"-Wertkartentarif mit Preisverringerung bei längerer Nutzung.'): [],
    (18, 1, 'Telekom-Betreiber A1 erweitert sein Angebot über die Wertkarten-Schiene B-free.'): [],
    (18, 2, 'Ab sofort können Kunden einen neuen LTE-Tarif namens B-free Premium in Anspruch nehmen.'): [],
    (773, 1, 'Ein Foto wurde vergangene Woche tausende Male von österreichischen Facebook- und Twitter-Nutzern geteilt: Es zeigt ein junges Flüchtlingsmädchen, das während der Sommerhitze ein kühles Wasserbad genießt.'): [],
    (922, 0, 'Probleme bei Online-Banking, BusinessNet und Mobile-Banking.'): [],
    (922, 1, 'Das Online-Banking-System der Bank Austria ist am Mittwochnachmittag vorübergehend ausgefallen.'): [],
    (778, 0, '"Adblocker zu nutzen bedeutet nicht, dass man clever ist oder über dem System steht".'): [],
    (778, 1, 'Die Ankündigung von Youtube Red, einem kostenpflichtigem Abo-Dienst für die Videoplattform, hat zu gemischten Reaktionen geführt.'): [],
    (778, 2, 'Nutzer, die bereit sind, zehn Euro pro Monat zu zahlen, ersparen sich künftig Werbepausen, bekommen Zugriff auf künftig exklusive Inhalte und können auch Googles Musikstreaming-Dienst Play Music vollumfänglich verwenden.'): [],
    (309, 0, 'Samt 1.200 Mitarbeitern – AOL wechselt dafür von Google auf Bing.'): [],
    (721, 2, 'Die Federal Communications Commission (FCC) und die Federal Trade Commission (FTC) haben eine gemeinsame Untersuchung zu diesem Thema gestartet, wie es in einer Aussendung heißt.'): [E('ACCUSE', 'Untersuchung', 'Federal Communications Commission (FCC) und die Federal Trade Commission (FTC)', '', '')],
    (812, 0, 'Erstmals werden die innovativen Wettrennen auch von TV-Sendern übertragen.'): [],
    (812, 1, 'Drohnenrennen wurde schon längere Zeit aufgrund des spannenden und sportlichen Charakters eine gewisse Attraktivität für Fernsehübertragungen attestiert.'): [],
    (812, 2, 'In den Vereinigten Staaten ist es nun so weit: 2016 wird das erste Drohnenrennen im amerikanischen Fernsehen zu sehen sein.'): [],
    (969, 0, 'Gebühren müssen bis 15. Juni 2017 komplett entfallen.'): [],
    (969, 1, 'Die Mobilfunkanbieter in Deutschland kommen den EU-Vorgaben in Sachen Roaming zuvor.'): [],
    (969, 2, 'Die DeutscheTelekom streicht die zusätzlichen Gebühren für Telefonate und mobile Internetnutzung im europäischen Ausland.'): [],
    (854, 0, 'Flash an der Vorderseite, eventuell Fingerabruck-Scanner – Kleiner Bezel und große Kamera.'): [],
    (854, 1, 'Die vor kurzem verschickte Einladung lässt wenig Zweifel: In wenigen Tagen wird Motorola seine neue Smartphone-Generation vorstellen.'): [],
    (854, 2, 'Neben dem kostengünstigen Moto G soll es auch ein neues Moto X geben – und von diesem sind nun vorab erste Fotos aufgetaucht.'): [],
    (11, 0, 'Trotz heftiger Reaktionen auf willkürliche Geschlechterzuteilung gab es Anstieg bei Verkaufszahlen.'): [],
    (11, 1, 'Seit kurzer Zeit können sich Spieler das Geschlecht in dem Survival-Game Rust nicht mehr selbst aussuchen.'): [],
    (11, 2, 'Bei der Charaktererstellung wird es ihnen ebenso wie Hautfarbe oder sogar Penislänge basierend auf ihrer Steam-ID zugeteilt, ohne dass sich Änderungen durch den Spieler vornehmen lassen können.'): [],
    (877, 1, 'Einmal mehr wird verschlüsselten Datenverbindungen eine Altlast zum Verhängnis.'): [],
    (877, 2, 'Über die DROWN-Attacke (Decrypting RSA with Obsolete and Weakend eNcryption) können die Verbindungen zu rund einem Drittel sämtlicher Server nachträglich entschlüsselt werden, warnen Sicherheitsforscher.'): [],
    (874, 0, 'Upgrade-Hinweis wird künftig auch auf Rechnern in Domäne angezeigt.'): [],
    (874, 1, 'Microsoft setzt auch weiterhin voll darauf, Windows-Nutzer zum Update auf Windows 10 zu bewegen.'): [],
    (874, 2, 'Wie Heise.de berichtet soll nun auch Kleinunternehmen der Umstieg schmackhaft gemacht werden.'): [],
    (26, 2, 'Die Wettbewerbshüter untersuchen den kräftigen Anstieg von Gebühren und Handytarife.'): [E('ACCUSE', 'untersuchen', 'Wettbewerbshüter', '', '')],
    (724, 1, 'Wegen Problemen mit iOS 9 auf ihrem iPhone 4s strengen über 100 Nutzer eine Sammelklage gegen den Gerätehersteller Apple an.'): [E('ACCUSE', 'Sammelklage', 'über 100 Nutzer', 'Gerätehersteller Apple', '')],
    (724, 2, 'Sie erklären, die neue Version der Software habe ihre Smartphones im Alltag praktisch unbenutzbar gemacht und fordern mehr als fünf Millionen Dollar Schadenersatz.'): [E('REQUEST', 'fordern', 'Sie', '', '')],
    (652, 0, 'Hausdurchsuchungen in Europa, in Nord- und Mittelamerika – Fünf Verdächtige festgenommen.'): [E('COERCE', 'Hausdurchsuchungen', '', '', 'Europa'), E('COERCE', 'festgenommen', '', 'Fünf Verdächtige', '')],
    (211, 1, 'Der Bundesverband Deutscher Versicherungskauflaute wirft dem Internetportal Check24 eine Irreführung der Verbraucher vor und hat Klage beim Landgericht München eingereicht.'): [E('ACCUSE', 'Klage', 'Bundesverband Deutscher Versicherungskauflaute', 'Internetportal Check24', 'Landgericht München')],
    (346, 1, 'Ein US-amerikanischer Rapper namens Chief Keef wollte die US-Behörden mit technologischen Neuerungen austricksen: Um seinen Auftritt bei einem Benefiz-Konzert wahrnehmen zu können, ohne festgenommen zu werden, setzte der Musiker auf Hologramme, die seine Performance live für das Publikum übertragen würden.'): [],
    (346, 2, 'Doch die Polizei schob dem Auftritt trotzdem einen Riegel vor, da sie Unruhen befürchtete.'): [E('COERCE', 'Riegel vor', 'Polizei', '', '')],
    (432, 0, 'Das soziale Netzwerk wirft der Seite vor, Hasspostings verbreitet zu haben.'): [E('ACCUSE', 'wirft', 'soziale Netzwerk', 'Seite', '')],
    (432, 2, 'Seit etwas mehr als einem Monat ist die Seite O5, die sich nach einer Gruppe österreichischer Widerstandskämpfer benannt hatte, nicht mehr abrufbar, bestätigt einer der Betreiber auf Anfrage des STANDARD.'): [],
    (816, 1, 'Das neu verhandelte Datenschutzabkommen zwischen der Europäischen Union und den USA ist bei einem unabhängigen Beratungsgremium der EU-Kommission auf Kritik gestoßen.'): [E('ACCUSE', 'Kritik', 'unabhängigen Beratungsgremium der EU-Kommission', '', '')],
}
SKIPPED: dict[tuple[int, int], str] = {
    (42, 0): "regex split fragment (subtitle and lead glued; the cartel court's fine in the lead)",
    (42, 1): "price fixing by companies ('Preise abgesprochen'): COOPERATE or the offence behind the fine",
    (24, 0): 'subtitle of the criticism of (24, 1)',
    (24, 2): 'the criticism of (24, 1) quoted',
    (338, 0): 'subtitle of the agreement of (338, 1)',
    (687, 0): "a quarrel over a talk show's guests ('Clinch'): ACCUSE or no event",
    (687, 1): "a talk-show host leaving a broadcaster ('hört ... auf'): RETREAT or business news (as fresh18's coach, fresh20's CEO)",
    (271, 0): "a headline of two fragments: a government examining a request ('will prüfen', considered) and a publisher's support",
    (1019, 0): "an expert summit ('GEN-Summit ... findet statt'): CONSULT or a trade fair (as fresh14's expert meeting)",
    (959, 0): "criticism of a practice in a book ('kritisiert ... den Quotenfetischismus'): ACCUSE or an opinion",
    (937, 0): "a headline of three fragments: a regulator's intervention threatening after a court ruling, COERCE/SANCTION possible or regulation",
    (937, 2): "regretting a court ruling and displeasure ('bedauert', 'Unmut'): ACCUSE (criticism) or a state (as fresh20's 'empören')",
    (33, 0): "a headline of two fragments: a private lawsuit still pending (ACCUSE or background) and a party's parliamentary question",
    (33, 2): "a photographer's resolve to use every legal means for a retraction: ACCUSE/REQUEST planned or no event",
    (1018, 1): "a developer's plea to a company founder ('mit der Bitte'): REQUEST or a business pitch",
    (773, 0): "users confronting employers with hate posts and an apprentice's hateful call: ACCUSE, THREATEN or no event",
    (773, 2): "a fire brigade's small action for a refugee girl: AID or no event",
    (922, 2): "users complaining about an outage ('beklagten sich'): ACCUSE (criticism) or customer feedback",
    (309, 1): 'a company handing a business to another: a takeover-like deal (fresh19) or COOPERATE',
    (309, 2): 'the deal of (309, 1) told',
    (721, 0): 'subtitle of the investigation of (721, 2)',
    (721, 1): "the investigation of (721, 2) announced ('ruft ... auf den Plan')",
    (877, 0): "a possible attack on encryption ('Angreifer können ... knacken'): a hack (skipped in fresh18, fresh19), possible",
    (26, 0): 'the investigation of (26, 2), its schedule',
    (26, 1): "the investigation of (26, 2) told as a state ('im Visier der')",
    (826, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (826, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (826, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (123, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (123, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (123, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (19, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (19, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (19, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (994, 0): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; deleting a politician from a network and blocking entries (censorship, as fresh15's blocked website) ambiguous)",
    (994, 1): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; deleting a politician from a network and blocking entries (censorship, as fresh15's blocked website) ambiguous)",
    (994, 2): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; deleting a politician from a network and blocking entries (censorship, as fresh15's blocked website) ambiguous)",
    (44, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (44, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (44, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (237, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (237, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (237, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (724, 0): 'subtitle of the demand of (724, 2)',
    (76, 0): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a DDoS attack on websites as a protest (a hack, skipped in fresh18, fresh19) ambiguous)',
    (76, 1): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a DDoS attack on websites as a protest (a hack, skipped in fresh18, fresh19) ambiguous)',
    (76, 2): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a DDoS attack on websites as a protest (a hack, skipped in fresh18, fresh19) ambiguous)',
    (918, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (918, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (918, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (34, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (34, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (34, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (474, 0): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; takeover talks (as fresh19's takeover) ambiguous)",
    (474, 1): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; takeover talks (as fresh19's takeover) ambiguous)",
    (474, 2): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; takeover talks (as fresh19's takeover) ambiguous)",
    (229, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (229, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (229, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (343, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (343, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (343, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (652, 1): "the searches and arrests of (652, 0) summed up ('ein Schlag gegen ... gelungen')",
    (652, 2): "the arrests of (652, 0) as a state ('in Haft')",
    (663, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (663, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (663, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (168, 0): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a dispute between a company and the FBI as background)',
    (168, 1): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a dispute between a company and the FBI as background)',
    (168, 2): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a dispute between a company and the FBI as background)',
    (211, 0): 'subtitle of the lawsuit of (211, 1)',
    (211, 2): 'the lawsuit of (211, 1), its aim quoted',
    (813, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (813, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (813, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (443, 0): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a takeover considered and talks about an offer (as fresh19's takeover) ambiguous)",
    (443, 1): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a takeover considered and talks about an offer (as fresh19's takeover) ambiguous)",
    (443, 2): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a takeover considered and talks about an offer (as fresh19's takeover) ambiguous)",
    (36, 0): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a commission's wish ('will, dass') and a package of measures (as fresh14's wishes) ambiguous)",
    (36, 1): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a commission's wish ('will, dass') and a package of measures (as fresh14's wishes) ambiguous)",
    (36, 2): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a commission's wish ('will, dass') and a package of measures (as fresh14's wishes) ambiguous)",
    (346, 0): "subtitle of the ban of (346, 2) and a wanted notice ('gesucht')",
    (869, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (869, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (869, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (692, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (692, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (692, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (333, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (333, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (333, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (882, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (882, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (882, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (258, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (258, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (258, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (892, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (892, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (892, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (1023, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (1023, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (1023, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (1007, 0): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; surveillance by an intelligence service and a leak published ambiguous)',
    (1007, 1): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; surveillance by an intelligence service and a leak published ambiguous)',
    (1007, 2): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; surveillance by an intelligence service and a leak published ambiguous)',
    (432, 1): "a page blocked by a platform ('gesperrt'): as fresh15's blocked website, ambiguous",
    (158, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (158, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (158, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (381, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (381, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (381, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (279, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (279, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (279, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (9, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (9, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (9, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (729, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (729, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (729, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (298, 0): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a secret operation of two intelligence services (COOPERATE or spying) ambiguous)',
    (298, 1): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a secret operation of two intelligence services (COOPERATE or spying) ambiguous)',
    (298, 2): 'no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a secret operation of two intelligence services (COOPERATE or spying) ambiguous)',
    (999, 0): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (999, 1): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (999, 2): 'no event in the first three sentences (of order positions 41-80 only articles with an event are kept)',
    (902, 0): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a shop stormed by asylum seekers, hearsay of a shared post ('sollen ... gestürmt haben') ambiguous)",
    (902, 1): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a shop stormed by asylum seekers, hearsay of a shared post ('sollen ... gestürmt haben') ambiguous)",
    (902, 2): "no clear event in the first three sentences (of order positions 41-80 only articles with an event are kept; a shop stormed by asylum seekers, hearsay of a shared post ('sollen ... gestürmt haben') ambiguous)",
    (816, 0): 'subtitle quoting the criticism of (816, 1)',
    (816, 2): 'the criticism of (816, 1) quoted',
}


def main(argv: list[str]) -> int:
    return fresh10.build(argv, draw, ANN, SKIPPED, OUT, order)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
