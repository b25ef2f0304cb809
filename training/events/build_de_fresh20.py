"""Build tests/data/events_de_fresh20.jsonl: a BLIND German event set from 10kGNAD's Wirtschaft rows (round 23, issue #5; h5).

**Blind**: made to measure round 23's German event switches (issue #5) on text nobody tuned on; the lead scores it
once at the round's end with each switch off and on (training/events/round23_ab.py), summary lines only; never read
for error analysis, and the annotator never ran newsgraph on it.

Drawn: quotes-de's dated articles are used up (fresh19 took the last 27) and so are 10kGNAD's International, Inland
(fresh11) and Panorama (fresh14, fresh16) test rows, so this set draws from **Wirtschaft** test rows that nothing
else uses (Etat, the section after it, only if Wirtschaft gave too few events: it did not, see below) --
- not a row build_de_fresh9 excludes (fresh7, the twelfth events round's trigger_ab sample, rows 500-649 of
  gnad_events.py, the checks' held-out rows ``i % 5 == 0``, the linking sets, gnad_sample.csv and
  link_10kgnad_snippets.json);
- not a row of fresh9's, fresh10's, fresh11's, fresh12's (all 80 read), fresh14's or fresh16's draws;
- not a row any tests/data file but this set names (build_de_fresh10.named_rows), nor an article holding a
  timex_*.tml sentence, nor one sharing a sentence of 40 characters or more with any text file under tests/
  (checked: no row of the pool was dropped by this last test; the 47 Wirtschaft rows left are the pool);
- not the "Volltext ... nicht mehr zur Verfügung" stub.
Ordered by SHA-1 of ``SEED:row`` (a row a later set takes does not reorder the others; ``--order`` prints the whole
order with Etat after Wirtschaft, ``--draw`` the rows taken). The first N_FULL (40) taken in full; they gave 19
events (>= 15), so no later rows were read for event articles (N_READ = 0) and Etat was not needed. Sentences: the
first three of each article by build_de_fresh9.SPLIT (a regex; no newsgraph code runs here), the subtitle (sentence
0) kept. (The NER CRF's unlabelled self-training pool, training/ner/silver.py, may hold some of these rows as raw
text: no event label was ever attached to it.)

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h5, 2026-11-28, round 23; single annotator). Sentences ambiguous in type
or modality, repeating an event of an earlier sentence, a subtitle reporting the act of its fuller lead, or regex
split fragments are skipped (SKIPPED, with the reason), as in fresh9-fresh19. 10kGNAD has no publication date: no
event is dated, the scorer reads each sentence alone, and the date column is not scored for this set. **82
sentences from 38 articles (two wholly skipped), 19 events, 63 without, 38 skipped.** Types: PROTEST 7, ACCUSE 6,
REQUEST 2, AGREE 2, CONSULT 1, COERCE 1. Conventions written down here (the guide's twenty-fourth pass): a ferry
strike "aus Protest gegen" a cut PROTEST (the government unnamed, so no target); a works council not ruling out
strikes PROTEST, possible (as quotes-de's "Jetzt droht ein Streik"); a consumer body's legal action against insurers
("gegen ... vorgegangen", in a sentence on lawsuits) ACCUSE; an arbitration case a state "am Hals" has ACCUSE, the
state the target (as fresh9's lawsuit); a request for administrative assistance to two states REQUEST; a parliament
agreeing to hold a referendum AGREE (as fresh8's bill voted through); a house search on a request for legal
assistance COERCE, the request background; demanding damages from contract partners ("fordern ...
Schadenersatz") REQUEST; refugees occupying a level crossing so that trains cannot pass PROTEST (CAMEO 144, obstruct
passage; as fresh18's occupation); mass demonstrations that brought down a government twenty years ago PROTEST (the
sentence's own predication, as fresh19's past attack), undated; a march to parliament and, in the next sentence, a
party's call to a protest rally two PROTEST events (fresh18: calls to demonstrate); "Eine Einigung sei ... möglich"
AGREE, possible, with no actors. Welcoming a proposal, pledging cooperation or transparency, outrage at statements,
a fiscal council's verdict on a budget, a works meeting, a takeover wish, a CEO leaving a company early (as fresh18's
coach), a bailiff's near-seizure of a plane, an energy package "geschnürt", insolvency administrators reaching for
assets, not ruling out a country's euro exit, and supervisory or tax scrutiny told as a trend skipped as ambiguous;
insolvencies, surveys, forecasts, slogans, appointments, lawsuits named as a fear in a list ("Klagen ... gegen
unliebsame Gesetze") and statistics are no event. Adding this file changes no earlier draw: it is in the ``LATER``
lists of build_de_fresh8.py, build_de_fresh10.py, build_de_fresh15.py and trigger_ab.py (checked: ``--draw`` of
fresh3-fresh19 byte-identical before and after). 10kGNAD: CC BY-NC-SA 4.0.

    python training/events/build_de_fresh20.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh20.py           # writes tests/data/events_de_fresh20.jsonl
    python training/events/build_de_fresh20.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh10 as fresh10  # noqa: E402  (the writer)
import gnad_blind  # noqa: E402  (the pool: earlier draws, exclusions, the SHA-1 order)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh20.jsonl"
SEED = 20261220
N_FULL = 40  # the first N_FULL of the Wirtschaft order are taken in full
SECTIONS = ("Wirtschaft", "Etat")  # Etat only after every Wirtschaft row (too few events in Wirtschaft alone)
N_READ = 0  # of the order after N_FULL, the first N_READ rows were read: only those with an event are kept

E = fresh10.E


def order() -> list[int]:
    """Wirtschaft then Etat rows nothing else uses, each section ordered by SHA-1 of ``SEED:row``."""
    return gnad_blind.order(SEED, SECTIONS, OUT)


def draw() -> list[int]:
    return order()[:N_FULL + N_READ]


# (10kGNAD test row, sentence index, sentence) -> events, by reading (see the module doc)
ANN: dict[tuple[int, int, str], list[dict]] = {
    (919, 0, 'Der Mitarbeitertransfer ins staatliche Pensionssystem wird die Bank wesentlich mehr kosten als geplant.'): [],
    (919, 1, 'Wien – Die Probleme, die die Bank Austria mit dem Transfer von 3300 Mitarbeitern ins staatliche Versicherungssystem hat, sollten demnächst ausgeräumt sein.'): [],
    (919, 2, 'Wie aus Verhandlerkreisen rund um Sozialministerium und Kreditinstitut zu hören ist, wird selbiges einen wesentlich höheren Betrag an die Pensionsversicherungsanstalt (PVA) überweisen als ursprünglich geplant.'): [],
    (286, 0, 'Zahlreiche Inseln von der Außenwelt abgeschnitten.'): [],
    (286, 1, 'Athen – Aus Protest gegen die Kürzung ihrer Pensionen haben die griechischen Seeleute am Montag um 06.00 Uhr Ortszeit (5.00 MEZ) einen zweitägigen Fährenstreik begonnen.'): [E('PROTEST', 'Fährenstreik', 'griechischen Seeleute', '', '')],
    (828, 2, 'Die Personenfreizügigkeit sei zwar integraler Bestandteil des EU-Rechts und eine Änderung sei völlig unrealistisch.'): [],
    (357, 0, 'Bestellungen sanken um 1,8 Prozent gegenüber dem Vormonat.'): [],
    (357, 1, 'Berlin – Die deutsche Industrie hat auch im August einen spürbaren Auftragsrückgang verzeichnet.'): [],
    (357, 2, 'Die Bestellungen sanken überraschend um 1,8 Prozent zum Vormonat, wie das Wirtschaftsministerium heute, Dienstag mitteilte.'): [],
    (1001, 0, 'Nicht der unzureichende Wille der Arbeitslosen, sondern die Arbeitsbedingungen und die schlechte Bezahlung bei vielen Jobs sei das wahre Problem, argumentieren Gewerkschafter.'): [],
    (1001, 2, 'Wenn der Wirtschaftskammerpräsident meint, dass etwas nicht stimmt, weil Wirtshäuser keine MitarbeiterInnen finden, die am Wochenende arbeiten wollen, hat er schon recht: Es stimmen nämlich die Arbeitsbedingungen nicht, so vida-Vorsitzender Gottfried Winkler.'): [],
    (99, 0, 'Der Betriebsrat des Instituts, das vor einer Schrumpfkur steht, schließt Streiks nicht aus.'): [E('PROTEST', 'Streiks', 'Betriebsrat des Instituts', '', '', mod='possible')],
    (486, 0, 'Jeder vierte will unpassende Geschenke weiterverkaufen.'): [],
    (486, 1, 'Berlin – Schon vor der Bescherung weiß jeder Vierte, dass er unpassende Weihnachtsgeschenke online weiterverkaufen will.'): [],
    (486, 2, 'In einer am Montag veröffentlichten Umfrage des deutschen Hightech-Verbandes Bitkom sagten 25 Prozent der Befragten, sie würden unliebsame Präsente zu Geld machen wollen.'): [],
    (408, 0, 'Der Verfassungsgerichtshof kann bei Beschränkungen der Erwerbsfreiheit prüfen, ob sie gerechtfertigt sind.'): [],
    (408, 1, 'Wien – Das neue Jahr hat mit der Registrierkassenpflicht, Belegkontrolle, Erweiterung der Register und der Aufzeichnungsvorschriften einen weiteren Regulierungs- und Abgabenschub gebracht.'): [],
    (408, 2, 'Die Pflicht, eine Registrierkasse zu führen und nach italienischem Vorbild für jeden Umsatz Belege auszustellen, sind wirtschaftlich-bürokratische Einschränkungen, die nicht nur viel Unmut auslösen, sondern auch rechtlich umstritten sind.'): [],
    (696, 2, 'Die Staatsanwaltschaft hat derweil Ermittlungen zu den Vorwürfen eingeleitet.'): [E('ACCUSE', 'Ermittlungen', 'Staatsanwaltschaft', '', '')],
    (428, 0, 'Finanzminister Osborne sieht "Jahre der Rezession" – Österreichs Wirtschaft geht nicht von Brexit aus.'): [],
    (428, 1, 'Wien/London – Knapp fünf Wochen vor der Volksabstimmung in Großbritannien über Verbleib in oder Ausscheiden aus der EU nehmen die warnenden Stimmen sowohl im Land selbst als auch international zu.'): [],
    (428, 2, 'Am Montag war es Finanzminister George Osborne, der seinen Landsleuten für den Fall eines Austritts aus der EU Jahre der Rezession vorausgesagt hat.'): [],
    (92, 1, 'Sofia/Wien – Bulgarien hat ein weiteres Verfahren beim Internationalen Schiedsgericht der Weltbank in Washington am Hals.'): [E('ACCUSE', 'Verfahren', '', 'Bulgarien', 'Washington')],
    (131, 2, 'Der Verein für Konsumenteninformation (VKI) ist auch gegen Rechtsschutzversicherer vorgegangen und hat mehrmals Recht bekommen.'): [E('ACCUSE', 'vorgegangen', 'Verein für Konsumenteninformation', 'Rechtsschutzversicherer', '')],
    (666, 0, 'Zwei große Zahlungsausfälle als Ursachen – 40 Dienstnehmer und 130 Gläubiger betroffen.'): [],
    (136, 0, 'Die Bank will auf den vertrauten Werbeslogan verzichten, einen Ersatz gibt es noch nicht.'): [],
    (136, 1, 'Frankfurt – Die krisengeplagte Deutsche Bank will ihren Markenauftritt offenbar in einem entscheiden Punkt erneuern: Künftig wolle sie nicht mehr mit dem Slogan Leistung aus Leidenschaft werben, berichtete die Süddeutsche Zeitung (Samstagsausgabe).'): [],
    (136, 2, 'Einen Ersatz für den Spruch gibt es demnach noch nicht.'): [],
    (459, 1, 'Dabei zeigen sich schon jetzt große Differenzen.'): [],
    (459, 2, 'Wien – In den kommenden Wochen und Monaten sollen die Verhandlungen zum Freihandelsabkommen TTIP (Transatlantische Handels- und Investitionspartnerschaft) in die Phase treten, wo über die Landwirtschaft verhandelt wird.'): [E('CONSULT', 'Verhandlungen', '', '', '', mod='planned')],
    (39, 0, 'Kosmetikchef Hans Van Bylen wird sein Nachfolger.'): [],
    (934, 2, 'Auch die österreichische Finanz will an die Daten über die Nächtigungsumsätze und hat deshalb ein Amtshilfeansuchen an die USA und Irland – dort hat Airbnb seinen Europasitz – gestellt.'): [E('REQUEST', 'Amtshilfeansuchen', 'österreichische Finanz', 'USA und Irland', '')],
    (889, 1, 'Wien – Was kosten Österreich die Flüchtlinge, oder bringen sie dem Land gar wirtschaftliche Vorteile ein?'): [],
    (889, 2, 'Diese Frage beschäftigt inzwischen auch den sogenannten Fiskalrat intensiv.'): [],
    (686, 0, 'Antrag auf Sanierungsverfahren, Geschäftsführung will Betrieb fortführen.'): [],
    (686, 1, 'Neudau – Der steirische Garnhersteller Borckenstein wird am Mittwoch beim Landesgericht für Zivilrechtssachen in Graz einen Insolvenzantrag einbringen.'): [],
    (686, 2, 'Ziel ist eine Sanierung mit 20-Prozent-Quote und eine Fortführung der Firma mit knapp 300 Dienstnehmern.'): [],
    (796, 1, 'Von der Pendlerpauschale würden vor allem Besserverdiener profitieren, kritisieren Arbeiterkammer und Grüne.'): [E('ACCUSE', 'kritisieren', 'Arbeiterkammer und Grüne', '', '')],
    (796, 2, 'Neue Zahlen des Finanzministeriums zeigen nun, dass sich dieser Trend zwischen 2008 und 2014 sogar verstärkt hat.'): [],
    (971, 1, 'Wien – Steaks von Hormonrindern als Hauptgericht und als Beilage genmanipuliertes Gemüse.'): [],
    (971, 2, 'Klagen von multinationalen Konzernen vor privaten Schiedsgerichten gegen unliebsame Gesetze.'): [],
    (804, 1, 'Athen – Der griechische Finanzminister Yanis Varoufakis hat die Gläubiger seines Landes ein Tag vor dem Referendum scharf kritisiert.'): [E('ACCUSE', 'kritisiert', 'griechische Finanzminister Yanis Varoufakis', 'Gläubiger seines Landes', '')],
    (1004, 0, 'Europäische Reiseversicherung bei schwierigen Rahmenbedingungen mehr nachgefragt.'): [],
    (1004, 1, 'Zeiten der Unsicherheit sind in der Regel gute Zeiten für Versicherungen.'): [],
    (1004, 2, 'Das trifft auch und gerade auf Reisespezialisten zu.'): [],
    (296, 1, 'Athen – Das griechische Parlament hat der Abhaltung eines Referendums über die Forderungen der Gläubiger des hoch verschuldeten Landes zugestimmt.'): [E('AGREE', 'zugestimmt', 'griechische Parlament', '', '')],
    (116, 0, 'Der ehemalige griechische Finanzminister will die EU transparenter gestalten.'): [],
    (116, 1, 'Mal was Neues: Yanis Varoufakis hat seine Lederjacke daheim gelassen.'): [],
    (116, 2, 'Stattdessen kommt er im Sakko in die Berliner Volksbühne.'): [],
    (437, 1, 'Wien/Kiew – An dem Fall um den ukrainischen Oligarchen Dmytro Firtasch ist offenbar auch Deutschland interessiert.'): [],
    (437, 2, 'Nach einem Rechtshilfeersuchen des nördlichen Nachbars sind am Mittwoch die österreichischen Behörden aktiv geworden und führten eine Hausdurchsuchung in Firtaschs Anwesen in Wien-Hietzing durch.'): [E('COERCE', 'Hausdurchsuchung', 'österreichischen Behörden', 'Firtaschs Anwesen', 'Wien-Hietzing')],
    (864, 0, 'Die Wirtschaft nimmt – ungeachtet der andauernden Schuldenkrise in Griechenland – deutlich Fahrt auf.'): [],
    (864, 1, 'Berlin – Die Konjunktur im Euro-Währungsraum zieht überraschend deutlich an.'): [],
    (864, 2, 'Der  Markit-Einkaufsmanagerindex kletterte im Juni um 0,5 auf 54,1 Punkte, wie am  Dienstag aus einer Umfrage des Markit-Instituts unter rund 4.000 Firmen  hervorgeht.'): [],
    (981, 0, '"Kein Standort soll auf der Strecke bleiben", sagt Gewerkschaftsschef Wolfgang Katzian.'): [],
    (981, 1, 'Eine Einigung sei schon am Mittwoch möglich.'): [E('AGREE', 'Einigung', '', '', '', mod='possible')],
    (713, 0, 'Volvo-Chef Hakan Samuelsson ist vor Apple und Google auf der Hut und schließt eine E-Version des SUV-Flagschiffs XC90 nicht aus.'): [],
    (713, 1, 'Stockholm – Volvo-Chef Hakan Samuelsson ist vor Apple und Google als neuen Konkurrenten für Autohersteller auf der Hut.'): [],
    (713, 2, 'Ich glaube, man sollte das nicht unterschätzen, sagte er im Gespräch mit der Finanz-Nachrichtenagentur dpa-AFX.'): [],
    (662, 0, 'In den 90ern kamen zehntausende Kriegsflüchtlinge aus Bosnien.'): [],
    (662, 1, 'Ihre Integration am Arbeitsmarkt ist gut geglückt.'): [],
    (662, 2, 'Wie kann ein Land zehntausende Menschen mit fremder Muttersprache und einem anderen kulturellen Hintergrund gut am Arbeitsmarkt integrieren?'): [],
    (764, 1, 'Athen – Österreichische und deutsche Transportunternehmen fordern laut Medienberichten von ihren griechischen Vertragspartnern Schadenersatz wegen der Blockade an der nordgriechischen Grenze zu Mazedonien.'): [E('REQUEST', 'fordern', 'Österreichische und deutsche Transportunternehmen', 'griechischen Vertragspartnern', '')],
    (764, 2, 'Dort besetzen Flüchtlinge seit 60 Tagen den Bahnübergang, Güterzüge können nicht mehr fahren.'): [E('PROTEST', 'besetzen', 'Flüchtlinge', '', '')],
    (188, 0, 'Ab 66.000 Euro ist man dabei.'): [],
    (188, 1, 'Hamburg – Neben Kaffee gibt es bei Tchibo nun auch ganze Inseln zu kaufen.'): [],
    (188, 2, 'Der Kaffeeröster bietet in einer auf fünf Wochen befristeten Aktion private Eilande an.'): [],
    (77, 0, 'In Italiens Banken schlummern faule Kredite im Volumen von 200 Milliarden Euro, davon 50 bei der Bank-Austria-Mutter Unicredit.'): [],
    (77, 1, 'Die EZB ist besorgt.'): [],
    (664, 0, 'Angeklagter Lustig erkrankt.'): [],
    (664, 1, 'Wien – Zwei frühere Meinl-Manager und zwei Steuerberater sind wegen Verdachts auf Steuerhinterziehung und Untreue angeklagt und müssen sich am Wiener Straflandesgericht verantworten.'): [E('ACCUSE', 'angeklagt', '', 'Zwei frühere Meinl-Manager und zwei Steuerberater', 'Wiener Straflandesgericht')],
    (787, 1, 'Es ist ein Déjà-vu-Erlebnis für Frankreich: Die Regierung schlägt eine Liberalisierung des rigiden Kündigungsschutzes vor, und Zehntausende gehen dagegen auf die Straße – darunter auch zahlreiche Jugendliche, zu deren Vorteil die Reform eigentlich gedacht ist.'): [E('PROTEST', 'auf die Straße', 'Zehntausende', '', '')],
    (787, 2, 'Vor 20 Jahren zwangen Massendemonstrationen und Streiks gegen eine moderate Arbeitsmarktliberalisierung die konservative Regierung von Alain Juppé in die Knie.'): [E('PROTEST', 'Massendemonstrationen', '', 'konservative Regierung von Alain Juppé', '')],
    (966, 0, 'Wirtschaftsforscher erwarten zusätzliches Wachstum von 0,25 Prozentpunkten nach drei Jahren.'): [],
    (966, 1, 'Wien – Rasend optimistisch waren die Wirtschaftsforscher schon bisher nicht: Das Wifo rechnete zuletzt für 2016 mit einem Wachstum von 1,4 Prozent, das IHS mit 1,6 Prozent.'): [],
    (966, 2, 'Jüngste Barometer deuten allerdings eher darauf hin, dass diese Schätzungen – wieder einmal – zu optimistisch sind.'): [],
    (498, 0, 'Die Gehälter werden nicht so rasch ausbezahlt werden können, Gutscheine nicht mehr eingelöst.'): [],
    (498, 1, 'Aufgelöste Mitarbeiter, nervöse Lieferanten, verärgerte Kunden: Die anstehende Zielpunkt-Pleite sorgt für Emotionen.'): [],
    (498, 2, 'Konsumenten echauffieren sich, dass ihre Gutscheine nicht mehr angenommen werden.'): [],
    (264, 0, 'Nach der Niederlage in der Runde der Eurozonenchefs muss Griechenlands Premier die Vereinbarungen zur Kredithilfe zu Hause durchs Parlament bringen.'): [],
    (264, 1, 'Raus aus diesem Europa, sagen die Enttäuschten, und wieder ziehen sie  vor das Parlament.'): [E('PROTEST', 'ziehen', 'Enttäuschten', '', 'Parlament')],
    (264, 2, 'Nach der langen Nacht von Brüssel ruft Griechenlands  geschlagene Linke am Montagabend zur Protestkundgebung auf.'): [E('PROTEST', 'Protestkundgebung', 'Griechenlands  geschlagene Linke', '', '')],
}
SKIPPED: dict[tuple[int, int], str] = {
    (286, 2): "the strike of (286, 1) told (ships in port, the union's statement)",
    (828, 0): "welcoming a proposal ('begrüßenswert'): speaking out for a policy, SUPPORT or no event (fresh13, fresh14)",
    (828, 1): "welcoming a proposal ('nennt ... als begrüßenswert'): speaking out for a policy, SUPPORT or no event (fresh13, fresh14)",
    (1001, 1): "statements that 'empören' a union: ACCUSE (criticism) or a state of outrage",
    (99, 1): "a takeover wish ('will das Filialnetz'): as fresh19's takeover, ambiguous",
    (99, 2): 'a works meeting called by the works council: CONSULT/MOBILIZE or no event',
    (696, 0): 'subtitle of the pledge of (696, 1)',
    (696, 1): "pledging cooperation in an inquiry ('Kooperation ... zugesagt'): COOPERATE planned or no event",
    (92, 0): "insolvency administrators reaching for a bank's companies: COERCE (seizure) or insolvency business",
    (92, 2): 'the arbitration case of (92, 1) with its claimant',
    (131, 0): "a consumer body winning insurers' cover for investors: the result of lawsuits, ACCUSE or no event",
    (131, 1): 'lawsuits against issuers and banks told as a trend',
    (666, 1): "regex split fragment ('St.')",
    (666, 2): "regex split fragment (after 'St.'; an insolvency)",
    (459, 0): 'subtitle of the talks of (459, 2)',
    (39, 1): "a company head leaving early ('kehrt ... den Rücken'): RETREAT as a resignation or business news (as fresh18's coach)",
    (39, 2): "a company head leaving early on his own wish: RETREAT as a resignation or business news (as fresh18's coach)",
    (934, 0): "subtitle of the request of (934, 2) and a firm's reluctance ('mag ... nicht herausrücken'), REJECT or a wish",
    (934, 1): "tax authorities' scrutiny of platforms told as a trend: ACCUSE (investigation) or no event",
    (889, 0): "a fiscal council's assessment ('viel zu optimistisch, meinen'): ACCUSE (criticism) or an opinion",
    (796, 0): "regex split fragment (subtitle and lead glued, 'Der Vorwurf steht ... im Raum' background)",
    (971, 0): "a commissioner's promise of transparency: a pledge, COOPERATE/AGREE planned or no event",
    (804, 0): "not ruling out a country's exit ('schließt ... nicht aus'): THREATEN or an opinion",
    (804, 2): 'the criticism of (804, 1) quoted',
    (794, 0): "a bailiff's near-seizure of a plane over unpaid compensation: COERCE (seizure), modality unclear, or a civil matter",
    (794, 1): "a bailiff's near-seizure ('Beinahepfändung'): COERCE denied or a civil matter",
    (794, 2): 'a bailiff setting out to seize a jet: COERCE planned or a civil matter',
    (296, 0): 'subtitle of the vote of (296, 1)',
    (296, 2): 'the vote of (296, 1) with its count',
    (437, 0): 'subtitle naming the request behind the search of (437, 2)',
    (359, 0): 'a winter gas and credit package put together: AGREE or AID',
    (359, 1): "an approval still needed ('muss ... noch zustimmen'): AGREE planned or no event",
    (359, 2): 'gas and credits hoped for: AID possible or no event',
    (981, 2): "a wish ('will, dass') for a social plan (fresh14: wishes skipped)",
    (764, 0): 'subtitle of the occupation of (764, 2)',
    (77, 2): "a central bank's supervisory scrutiny ('im Visier der EZB'): ACCUSE (investigation) or no event",
    (664, 2): "regex split fragment ('rund 15 Mio.')",
    (787, 0): "a government's policy wish ('will einen niedrigen Kündigungsschutz'): as fresh14's wishes",
}


def main(argv: list[str]) -> int:
    return fresh10.build(argv, draw, ANN, SKIPPED, OUT, order)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
