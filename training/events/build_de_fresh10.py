"""Build tests/data/events_de_fresh10.jsonl: a blind German event set from 10kGNAD (project round 14, issue #5; h10).

**Blind**: made to measure round 14's German rules (h4, read off fresh7 and fresh9) on text nobody tuned on; scored
once at HEAD and once with round 14's German rules off (training/events/round14_ab.py), never read for error analysis.

Drawn: 10kGNAD test rows labelled International, Inland or Wirtschaft that nothing else uses --
- not a row build_de_fresh9 excludes (fresh7, the twelfth events round's sample of training/events/trigger_ab.py,
  rows 500-649 of gnad_events.py, the checks' held-out rows ``i % 5 == 0``, the linking sets, gnad_sample.csv and
  link_10kgnad_snippets.json) and not one of fresh9's 48 rows (build_de_fresh9.draw(), recomputed);
- not a row any other tests/data file names ("10kgnad-<row>-", "10kgnad test <row>", ``"row": <row>``), this
  set left out so the draw repeats after it exists;
- not an article holding the first 40 characters of a sentence of tests/data/timex_*.tml (as build_de_fresh8);
- not the "Volltext ... nicht mehr zur Verfügung" stub.
Shuffled by random.Random(SEED); the first N_ARTICLES (35) taken (``--draw`` prints them with their first three
sentences). Sentences: the first three of each article by build_de_fresh9.SPLIT (a regex; no newsgraph code runs
here), subtitle (sentence 0) kept, so event-bearing and plain sentences mix as in the earlier sets. No earlier
build script scans for 10kGNAD rows in tests/data (fresh-fresh8 and trigger_ab read the quotes-de "file" field,
empty here), so their draws are unchanged by this file (checked: ``--draw`` output of fresh4-fresh9 identical).

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h10, 2026-11-27, round 14; single annotator): blind at annotation time.
Sentences ambiguous in type, or a subtitle and lead reporting one act (the fuller sentence kept), are skipped
(SKIPPED, with the reason), as in fresh9. 10kGNAD has no publication date: no event is dated and the scorer reads
each sentence alone. 35 articles (the first 25 planned gave 49 kept sentences with only 10 events, most of them
Wirtschaft rows, so the next 10 of the same shuffled list were read too, before any output existed); 65 sentences,
15 events, 50 without, 40 skipped (4 articles wholly). Conventions written down here: mediating in talks ("vermitteln") and
negotiations beginning ("Detailverhandlungen ... begonnen") are CONSULT; a complaint to an authority ("Beschwerde
eingelegt") is ACCUSE, as a lawsuit; opposing another body's plan ("stemmt sich gegen Pläne") REJECT; sending
fighter planes to allies ("entsandt") MOBILIZE; "auf die Barrikaden gehen" PROTEST; "kann nicht mit der
Unterstützung ... rechnen" a denied SUPPORT; a court weighing a trial "wenn ... keine Einigung" ACCUSE,
conditional; an expert's "müssen ... reformiert werden, sagt X" REQUEST (guide: "X müsse" by a speaker); wishing
("wünscht sich") and pleading for a policy ("plädiert für") skipped as fresh9 did; a campaign event cancelled,
polls, prices, company news and statistics are no event; regex split fragments ("rund 58 Mio." | "Euro ...",
"St.") skipped. 10kGNAD: CC BY-NC-SA 4.0.

    python training/events/build_de_fresh10.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh10.py           # writes tests/data/events_de_fresh10.jsonl
    python training/events/build_de_fresh10.py --out F   # ... or F
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh9 as fresh9  # noqa: E402  (its exclusions, its draw, its sentence split)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh10.jsonl"
SEED = 20261206
N_ARTICLES = 35  # 25 planned; their 49 kept sentences held only 10 events, so the same draw was read on to 35
SECTIONS = ("International", "Inland", "Wirtschaft")
# event sets built after this one: not counted as users, so the draw repeats after they exist
LATER: tuple[str, ...] = ("events_de_fresh11.jsonl", "events_de_fresh12.jsonl", "events_de_fresh14.jsonl",
                         "events_de_fresh15.jsonl", "events_de_fresh16.jsonl",
                         "events_de_fresh17.jsonl", "events_de_fresh18.jsonl", "events_de_fresh19.jsonl",
                         "events_de_fresh20.jsonl",
                         "events_de_fresh21.jsonl", "events_de_fresh22.jsonl", "events_de_fresh23.jsonl",
                         "events_de_fresh24.jsonl", "events_de_fresh25.jsonl",
                         "events_de_fresh26.jsonl", "events_de_fresh27.jsonl",
                         "events_de_fresh28.jsonl", "events_de_fresh29.jsonl", "events_de_fresh30.jsonl")
ROW_REFS = re.compile(r'10kgnad-(\d+)-|10kgnad test (\d+)|"row": "?(\d+)')


def E(t: str, trig: str, src: str = "", tgt: str = "", loc: str = "", date: str = "", mod: str = "happened") -> dict:
    return dict(type=t, trigger=trig, source=src, target=tgt, location=loc, date=date, modality=mod)


# (10kGNAD test row, sentence index, sentence) -> events
ANN: dict[tuple[int, int, str], list[dict]] = {
    (119, 0, 'Unterschiedliche Preise für österreichische und deutsche Reisebüros seien "vor allem ein Binnenmarktproblem".'): [],
    (119, 1, 'Wien/Schwechat/Frankfurt – AUA und Lufthansa heben von Reisebüros für deren Buchungen eine Gebühr von 16 Euro ein.'): [],
    (119, 2, 'Diese haben dagegen Beschwerde bei der Wettbewerbsbehörde eingelegt – aber offenbar vergebens.'): [E('ACCUSE', 'Beschwerde', 'Diese')],
    (866, 0, 'Der OeNB-Gouverneur warnt vor einer möglichen Wettbewerbsverzerrung, die neuen EU-Abgaben seien "ein wesentlich hoher Betrag".'): [],
    (866, 1, 'Alpbach – OeNB-Gouverneur und EZB-Rat Ewald Nowotny warnt vor einer möglichen Wettbewerbsverzerrung durch die steigenden Abgaben für die heimischen Banken.'): [],
    (866, 2, 'Die Bankenabgabe, der Beitrag der Banken zum Abwicklungsfonds und zur gemeinsamen Einlagensicherung sei ein wesentlich hoher Betrag und eine Belastung für die österreichische Kreditwirtschaft.'): [],
    (419, 2, 'Der Plan der Bank Austria würde EU-Recht widersprechen, sagte der Arbeitsrechtsexperte Roland Gerlach am Donnerstag im Ö1-Mittagsjournal.'): [],
    (431, 1, 'Havanna – Am Rande des historischen Besuchs von US-Präsident Barack Obama in Kuba haben die Vereinigten Staaten versucht, in den festgefahrenen kolumbianischen Friedensverhandlungen vermitteln.'): [E('CONSULT', 'vermitteln', 'Vereinigten Staaten', '', 'Kuba')],
    (431, 2, 'Außenminister John Kerry traf am Montag die Unterhändler der kolumbianischen Regierung und der linken Guerillaorganisation FARC.'): [E('CONSULT', 'traf', 'Außenminister John Kerry', 'Unterhändler der kolumbianischen Regierung und der linken Guerillaorganisation FARC')],
    (174, 0, 'Chance auf vorzeitige Wiederveranlagung.'): [],
    (174, 1, 'Im Falle eines Zinsanstieges werden die Kurse von auf dem Markt befindlichen Anleihen fallen, da die Renditechancen der neuen Anleihen wegen der höheren Zinskupons attraktiver sein werden, als jene der alten Anleihen.'): [],
    (174, 2, 'Somit gehen Anleger, die derzeit mit den aktuell tief verzinsten Anleihen zumindest halbwegs wahrnehmbare Renditen erzielen wollen, das Risiko ein, im Falle des vorzeitigen Verkaufs der Anleihe beträchtliche Kursverluste zu erleiden, welche die erzielten Zinskupons bei weitem überschreiten können.'): [],
    (213, 0, 'In der zweiten Runde der französischen Regionalwahl ist der rechte FN doch noch leer ausgegangen.'): [],
    (213, 1, 'User stellten dazu Fragen, Stefan Brändle antwortete.'): [],
    (213, 2, 'Die sich anbahnende Umwälzung in der französischen Polit-Landschaft hat am Ende doch nicht stattgefunden.'): [],
    (252, 0, 'Besitzer hat bereits Angebote für Immobilie in Wien vorliegen.'): [],
    (291, 1, 'Seoul – Ein wegen feindlicher Aktivitäten in Nordkorea festgenommener US-Student ist zu 15 Jahren Arbeitslager verurteilt worden.'): [E('COERCE', 'verurteilt', '', 'US-Student', 'Nordkorea')],
    (89, 1, 'Belgrad – Vuk Jeremic, der ehemalige serbische Außenminister und frühere Vorsitzende der Uno-Vollversammlung, kann nicht mit der Unterstützung Belgrads für die von ihm angestrebte Kandidatur für den Posten des Uno-Generalsekretärs rechnen.'): [E('SUPPORT', 'Unterstützung', 'Belgrads', 'Vuk Jeremic', mod='denied')],
    (401, 1, 'Wien – Die Vorsitzende im Hauptverband der Sozialversicherungsträger, Ulrike Rabmer-Koller, fordert im Zuge des neuen Finanzausgleichs zusätzliche Finanzmittel für die niedergelassenen Ärzte, wenn diese mehr Leistungen von den Spitälern übernehmen.'): [E('REQUEST', 'fordert', 'Ulrike Rabmer-Koller')],
    (401, 2, 'Bei der Umsetzung der Gesundheitsreform wirft sie der Ärztekammer im APA-Interview eine Blockadehaltung vor.'): [E('ACCUSE', 'wirft', 'sie', 'Ärztekammer')],
    (281, 0, 'Soll für gleiche Bildungschancen an Problemschulen sorgen – Mehr Lehrer und Sozialarbeiter.'): [],
    (281, 2, 'Ein solcher Chancenindex setze punktgenau an den Standorten und somit in den Klassen an.'): [],
    (887, 0, 'Historische Fahrzeuge wiesen zuletzt stattliche Preissteigerungen auf.'): [],
    (887, 1, 'Jedoch erfordert der Kauf Expertise, und der Erhalt kostet Geld.'): [],
    (887, 2, 'Stuttgart – Glänzende Chromleisten, geschwungene Karossen, edle Stoffe im Innenraum – es sind solche Details, die Oldtimer-Fans zum Schwärmen bringen.'): [],
    (181, 0, 'Vorstand Thiele bezweifelt wirksame Terrorismus-Bekämpfung durch Abschaffung.'): [],
    (181, 1, 'Frankfurt – Die Deutsche Bundesbank stemmt sich gegen Pläne der Europäischen Zentralbank (EZB) zur Abschaffung des 500-Euro-Scheins.'): [E('REJECT', 'stemmt', 'Deutsche Bundesbank', 'Europäischen Zentralbank')],
    (181, 2, 'Bundesbank-Vorstand Carl-Ludwig Thiele äußerte am Donnerstag Zweifel, dass sich damit die Terrorismus-Finanzierung wirksam bekämpfen lasse.'): [],
    (412, 0, 'Markus Abwerzger: könnte freiheitliche Standpunkte besser kommunizieren als unabhängige Kandidatin wie Griss.'): [],
    (412, 2, 'Dies sagte Abwerzger am Mittwoch am Rande einer Landtagssitzung in Innsbruck.'): [],
    (172, 0, 'Damit die Elektro- und Elektronikindustrie wettbewerbsfähig bleibt, müssen externe Faktoren reformiert werden, sagt Brigitte Ederer.'): [E('REQUEST', 'müssen', 'Brigitte Ederer')],
    (172, 1, 'STANDARD: Die Elektro- und Elektronikindustrie (E&E) ist in hohem Maße exportorientiert.'): [],
    (172, 2, 'Ist die Branche von der Währungsabschwächung Chinas betroffen?'): [],
    (399, 0, 'Bei günstigster Variante nur mehr Handgepäck und keine Umbuchung.'): [],
    (399, 1, 'Frankfurt am Main- Die AUA-Mutter Lufthansa startet für Flüge in Deutschland und Europa ein neues Preismodell, das sich an den Billigflug-Airlines orientiert.'): [],
    (399, 2, 'Für die günstigsten Angebote ist dann zum Beispiel nur noch Handgepäck im Preis inbegriffen, Umbuchungen sind nicht mehr möglich.'): [],
    (113, 0, 'ÖVP-Kandidat Khol kommt hinter dem FPÖ-Politiker Hofer auf Platz fünf.'): [],
    (113, 1, 'Wien – Gut eine Woche vor der Bundespräsidentenwahl liegen im APA/OGM-Vertrauensindex drei Kandidaten deutlich im Plus: An der Spitze liegt mit zwölf Punkten die frühere OGH-Präsidentin Irmgard Griss vor dem Grünen Alexander Van der Bellen (elf Punkte) und SPÖ-Kandidat Rudolf Hundstorfer (zehn Punkte).'): [],
    (113, 2, 'Wie OGM-Chef Wolfgang Bachmayer betont, handelt es sich dabei allerdings nicht um eine Wahlprognose.'): [],
    (283, 0, 'Auf der Handalm im Bezirk Deutschlandsberg sollen 13 Windräder ab 2017 Strom liefern.'): [],
    (674, 1, 'Im Rahmen der Nato-Aufrüstung in Osteuropa haben die US-Streitkräfte zwei F-22-Kampfflugzeuge nach Rumänien und Litauen entsandt.'): [E('MOBILIZE', 'entsandt', 'US-Streitkräfte')],
    (656, 0, 'Der krebskranke Sultan Qabus ist zur Behandlung in Deutschland.'): [],
    (656, 1, 'Beobachter sorgen sich, dass die Nachfolge noch nicht geregelt ist.'): [],
    (656, 2, 'Maskat/Wien – Vor gut einem Jahr waren der Oman und seine Zukunft in den internationalen Medien plötzlich Thema: Sultan Qabus bin Said hatte erstmals den Nationalfeiertag und seinen Geburtstag im November 2014, den 75., im Ausland verbracht und in einer TV-Rede seinen Landsleuten mitgeteilt, er könne aus den Gründen, die Sie kennen, nicht nach Hause kommen.'): [],
    (847, 0, 'Die Arbeitsbedingungen für die Kleinparteien sind im niederösterreichischen Landtag oft schwierig.'): [],
    (847, 1, 'Alleine können sie nicht einmal Anträge stellen.'): [],
    (384, 0, 'Neue Studie zu langfristigen Folgen schlechter Ausbildung – die meisten Ausbildungsabbrecher gibt es in Wien.'): [],
    (384, 1, 'Wien – Sie zählen mittlerweile zur Hauptkundschaft bei den AMS-Stellen.'): [],
    (384, 2, 'Menschen, die maximal einen Pflichtschulabschluss vorweisen können, sind immer häufiger von Arbeitslosigkeit betroffen.'): [],
    (711, 0, 'Interessierte können sich bis Ende März entscheiden.'): [],
    (711, 1, 'Wien – Für die dritte Energieanbieterwechselaktion des Vereins für Konsumenteninformation stehen nun die Tarife fest.'): [],
    (711, 2, 'Beim diesjährigen Bestbieter Maxenergy aus Vorarlberg kostet eine Kilowattstunde Strom 3,17 Cent brutto, hinzu kommt eine jährliche Grundgebühr von 30 Euro.'): [],
    (208, 1, 'Athen – Mit leichter Verspätung haben die Detailverhandlungen über ein drittes Hilfspaket für Griechenland begonnen.'): [E('CONSULT', 'Detailverhandlungen')],
    (672, 2, 'Wenn bis zum 21. April zwischen VW, der US-Umweltbehörde EPA und dem US-amerikanischen Justizministerium keine Einigung über die Reparatur, den Rückkauf oder eine andere Lösung für die betroffenen rund 580.000 Dieselfahrzeuge erzielt sei, erwäge das Gericht im Sommer einen Prozess, sagte Bezirksrichter Charles Breyer am Donnerstag.'): [E('ACCUSE', 'Prozess', 'Gericht', mod='conditional')],
    (838, 1, 'Somit ist der Weg frei für den Vorhabensbericht der Staatsanwaltschaft.'): [],
    (339, 0, 'Die Mehrheit der Arbeitnehmer beantwortet in der Freizeit Arbeitsmails und ist für Kollegen und Vorgesetzte erreichbar.'): [],
    (339, 1, 'Wien – Den meisten Menschen ist es wichtig, Arbeit und Privatleben zu trennen.'): [],
    (339, 2, 'Zumindest gaben das drei von vier Teilnehmer einer Befragung der Arbeiterkammer Niederösterreich (AKNÖ) über flexibles Arbeiten an, deren Ergebnisse dem STANDARD vorliegen.'): [],
    (963, 0, 'Die französische Staatsführung will ihre umstrittene Arbeitsreform unter Umgehung des Parlamentes in Kraft setzen.'): [],
    (963, 1, 'Die Gewerkschaften gehen auf die Barrikaden.'): [E('PROTEST', 'auf die Barrikaden', 'Gewerkschaften')],
    (963, 2, 'Man nennt es in Paris den institutionellen Holzhammer: Paragraph 3 von Artikel 49 der französischen Verfassung ermächtigt die Regierung unter gewissen Vorbehalten, sich über den Willen der Nationalversammlung hinwegzusetzen und ein Gesetz ohne Abstimmung zu verabschieden.'): [],
    (833, 0, 'In Chile trat der Chef von Transparency International wegen Verbindungen zu Briefkastenfirmen zurück.'): [E('RETREAT', 'trat', 'Chef von Transparency International', '', 'Chile')],
    (833, 1, 'Berlin – Nach der Aufdeckung von 214.000 Briefkastenfirmen in Panama hat die Industrieländer-Organisation OECD dem Land schwere Versäumnisse vorgeworfen.'): [E('ACCUSE', 'vorgeworfen', 'Industrieländer-Organisation OECD', 'Land')],
    (176, 0, 'Gerasdorf kommt doch nach Korneuburg, Leopoldsdorf, Lanzendorf und Maria-Lanzendorf zu Bruck an der Leitha, Gablitz und Mauerbach zu St.'): [],
    (233, 1, 'Linz – Die SPÖ Oberösterreich hat ihre große Wahlabschlussveranstaltung am 25. September auf dem Linzer Hauptplatz abgesagt.'): [],
}
SKIPPED: dict[tuple[int, int], str] = {
    (419, 0): "an expert's 'müsste ... rechtfertigen' headline without a speaker: REQUEST or no event",
    (419, 1): 'a possible EU penalty named as a risk: SANCTION (possible) or no event',
    (431, 0): 'headline of the mediation of (431, 1)',
    (252, 1): 'vacating a villa after a legal dispute: CONCEDE, RETREAT or no event',
    (252, 2): 'a past legal dispute named: ACCUSE or background',
    (28, 0): "statistics of a parliament's year (laws passed): AGREE or no event",
    (28, 1): 'the same statistics',
    (28, 2): 'the same statistics (treaties approved)',
    (291, 0): 'a confession (hearsay): CONCEDE (admit wrongdoing) or no event',
    (291, 2): 'the sentence of (291, 1)',
    (89, 0): 'headline: hearsay support and criticism of (89, 2)',
    (89, 2): "hypothetical support and opposition ('würde sich einsetzen', 'Widerstand komme'): SUPPORT/REJECT possible or stance",
    (401, 0): 'headline of the accusation of (401, 2)',
    (281, 1): "wishing for a policy ('wünscht sich'): REQUEST or no event (as fresh9's (221, 1))",
    (952, 0): "advocating a policy ('plädiert für'): REQUEST or no event",
    (952, 1): 'wage talks going on: CONSULT or no event',
    (952, 2): "a contested package 'vom Tisch': AGREE, RETREAT or no event",
    (412, 1): "wishing for a party's own candidate: REQUEST or no event (as (281, 1))",
    (283, 1): "regex split fragment ('rund 58 Mio.')",
    (283, 2): 'regex split fragment (the rest of (283, 1))',
    (287, 0): 'a proposal to put suspects under house arrest: COERCE planned/considered or REQUEST',
    (287, 1): 'a coalition partner and lawyers unimpressed: REJECT or no event',
    (287, 2): 'the proposal of (287, 0) pushed for a debate: REQUEST or COERCE considered',
    (674, 0): 'headline of the deployment of (674, 1)',
    (674, 2): 'the deployed planes landing (the deployment of (674, 1)) and a welcome: CONSULT or no event',
    (847, 2): "regex split fragment ('St.')",
    (208, 0): 'headline of the talks of (208, 1)',
    (208, 2): 'the talks of (208, 1)',
    (672, 0): 'headline of the trial considered in (672, 2)',
    (672, 1): 'a court granting a delay for a settlement: CONCEDE or no event',
    (838, 0): 'a ruling that seized files may be used: no clear type (the seizure is background)',
    (838, 2): 'a standing accusation in a relative clause and a vague next round: ACCUSE or background',
    (833, 2): 'the accusation of (833, 1) quoted',
    (653, 0): 'an indictment described in a headline: ACCUSE or background',
    (653, 1): "a trial the prosecutors asked for, named as the subject of a forecast ('gewünschte Verfahren'): ACCUSE or background",
    (653, 2): 'the trial of (653, 1)',
    (176, 1): "regex split fragment ('Pölten.')",
    (176, 2): "regex split fragment ('St.')",
    (233, 0): 'headline of (233, 2)',
    (233, 2): "lending a stage to a rally ('zur Verfügung stellen'): SUPPORT or AID; the rally named as its beneficiary",
}


def named_rows(own: str, skip: tuple[str, ...] = ()) -> set[int]:
    """10kGNAD rows any tests/data file names, except the set ``own`` and the files in ``skip``
    (shared by the sets drawn after this one)."""
    used = set()
    for f in sorted((ROOT / "tests" / "data").iterdir()):
        if f.name == own or f.name in skip or f.suffix not in (".json", ".jsonl", ".csv", ".tml", ".tsv"):
            continue
        for m in ROW_REFS.finditer(f.read_text("utf-8", errors="replace")):
            used.add(int(next(g for g in m.groups() if g)))
    return used


def _named_rows() -> set[int]:
    return named_rows(OUT.name, LATER)


def _timex_heads() -> list[str]:
    heads = []
    for f in sorted((ROOT / "tests" / "data").glob("timex_*.tml")):
        for s in re.findall(r"<TEXT[^>]*>(.*?)</TEXT>", f.read_text("utf-8"), flags=re.S):
            s = re.sub(r"<[^>]+>", "", s).strip()
            if len(s) >= 40:
                heads.append(s[:40])
    return heads


def draw() -> list[int]:
    rows = fresh9._rows()
    used = fresh9._used(rows) | set(fresh9.draw()) | _named_rows()
    heads = _timex_heads()
    cand = [i for i, r in rows if r[0] in SECTIONS and i not in used and "Volltext dieses" not in r[1]
            and not any(h in r[1] for h in heads)]
    random.Random(SEED).shuffle(cand)
    return cand[:N_ARTICLES]


def sentences(text: str, window: range = range(3)) -> list[str]:
    """The sentences of ``window`` (by default the first three), by build_de_fresh9.SPLIT."""
    return [p.strip() for p in fresh9.SPLIT.split(text) if p.strip()][window.start:window.stop]


def print_draw(rows: list[int], windows: dict[int, range] | None = None) -> None:
    """The drawn rows' first three sentences (or the sentences of ``windows[row]``), as ``--draw`` prints them."""
    text = dict(fresh9._rows())
    for i in rows:
        w = (windows or {}).get(i, range(3))
        print(f"### {i} {text[i][0]}")
        for k, s in enumerate(sentences(text[i][1], w), start=w.start):
            print(f"  ({i}, {k}) {s}")


def gnad_rows(drawn: set[int], ann: dict, skipped, windows: dict[int, range] | None = None) -> tuple[list[dict], int, list]:
    """The set's rows for ``ann`` ((row, sentence index, sentence) -> events) of the ``drawn`` rows, checked
    against the draw (every drawn sentence annotated or skipped, every span inside its sentence): rows, spans
    not in their sentence, sentences neither annotated nor skipped. Shared by build and the mixed set fresh14.
    ``windows`` (row -> sentence indices; default the first three) lets a set take later sentences (fresh23)."""
    text = dict(fresh9._rows())
    win = lambda r: (windows or {}).get(r, range(3))  # noqa: E731
    out, bad = [], 0
    for (row, idx, sent), events in ann.items():
        assert row in drawn, row
        assert idx in win(row) and sentences(text[row][1], win(row))[idx - win(row).start] == sent, (row, idx)
        assert (row, idx) not in skipped, (row, idx)
        for e in events:
            for k in ("trigger", "source", "target", "location"):
                if e[k] and e[k] not in sent:
                    print(f"{k} {e[k]!r} not in {sent!r}", file=sys.stderr)
                    bad += 1
        # "file" and "published" empty: the scorer reads the sentence alone, no date (as fresh7/fresh9)
        out.append({"file": "", "published": "", "row": f"10kgnad test {row}", "sentence_index": idx, "lang": "de",
                    "sentence": sent, "events": events})
    covered = {(r, i) for r, i, _ in ann} | set(skipped)
    missing = [(r, k) for r in drawn for k in range(win(r).start, win(r).start + len(sentences(text[r][1], win(r))))
               if (r, k) not in covered]
    if missing:
        print(f"not annotated nor skipped: {missing}", file=sys.stderr)
    return out, bad, missing


def build(argv: list[str], draw, ann: dict, skipped: dict, out_default: Path, order=None,
          windows: dict[int, range] | None = None) -> int:
    """``--draw`` prints the drawn articles' first three sentences; otherwise checks the annotations
    against the draw (gnad_rows) and writes the set. Shared by the 10kGNAD sets drawn after this one
    (build_de_fresh11). ``order`` (the gnad_blind sets, fresh20 on) adds ``--order``, its whole order
    printed like the draw, so that a later set can show which rows an earlier one never reached. ``windows``
    (row -> sentence indices, default the first three) as in gnad_rows."""
    if order is not None and "--order" in argv:
        print_draw(order(), windows)
        return 0
    if "--draw" in argv:
        print_draw(draw(), windows)
        return 0
    out_path = Path(argv[argv.index("--out") + 1]) if "--out" in argv else out_default
    out, bad, missing = gnad_rows(set(draw()), ann, skipped, windows)
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    print(f"{len(out)} sentences from {len({r for r, _, _ in ann})} articles, {sum(len(r['events']) for r in out)} events, "
          f"{sum(not r['events'] for r in out)} without, {len(skipped)} skipped -> {out_path}")
    return 1 if bad or missing else 0


def main(argv: list[str]) -> int:
    return build(argv, draw, ANN, SKIPPED, OUT)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
