"""Build tests/data/events_de_fresh30.jsonl: a third BLIND German event set from GermEval 2014 dev's news sentences, the
unread END of fresh28's order, rest positions 711-912 (round 29, issue #5; w4).

**Blind**: made to measure the German event rules on text nobody tuned on; the lead scores it once at round 29's end
with fresh28 and fresh29 (summary lines only); never read for error analysis, and the annotator never ran newsgraph on
it (no extractor, no scorer, no A/B script, no error pool: this script and germeval_blind.py read the GermEval file with
plain Python).

Source, reader, detokeniser, prose filter, pools and order are fresh28's (training/events/germeval_blind.py): the news
sentences of ``ner-de/germeval2014/NER-de-dev.tsv`` (research use), the **rest** pool (912 prose sentences) in the
order ``prose_order(20261229, "rest")``. fresh28 drew or read rest 1-300, fresh29 rest 301-710 (301-450 in full,
451-710 read for events; the guide's 32nd and 33rd passes), so this set takes what is left: **rest positions 711-912,
all of them, whatever their event count** (as fresh27 took the rest of its order), and shares no position with either.
With it the rest pool is used up (and the topical pool was fresh28's): a later GermEval set needs another file (GermEval
test, say; dev's de.wikipedia.org sentences are no news).

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md (its thirty-fourth pass lists the
questions the text raised and the existing rules that decided them, and the skipped list), before any newsgraph code
ran on these sentences (annotator w4, 2026-11-28, round 29; single annotator). Sentences ambiguous in type or modality
are skipped (SKIPPED, with the reason). No dates: the bracket date is a crawl date, so "published" and "file" are empty
(each sentence scored alone) and the URL is kept in "url". **202 sentences drawn: 175 annotated, 14 events (REQUEST 6,
ACCUSE 5, COERCE, REJECT, CONCEDE) in 14 sentences, 161 without, 27 skipped.**

Caveats as fresh28's: the shipped NER model was trained with GermEval dev and name lists were mined from it (names
in-sample for NER); the checks model read the sentences too (unlabelled). Sentences come without their article: actors
are what the sentence writes.

Adding this file changes no earlier draw: its rows have an empty "file" and a "row" of their own ("germeval2014 dev
sentence N"); it joins the ``LATER`` lists of build_de_fresh8/10/15, gnad_blind and trigger_ab as fresh28 and fresh29
did.

    python training/events/build_de_fresh30.py --check   # the GermEval readers; no taken sentence anywhere else
    python training/events/build_de_fresh30.py --draw    # the drawn sentences
    python training/events/build_de_fresh30.py           # writes tests/data/events_de_fresh30.jsonl
    python training/events/build_de_fresh30.py --out F   # ... or F
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import germeval_blind  # noqa: E402  (the GermEval reader, detokeniser, prose filter, order and checks)
from germeval_blind import E  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh30.jsonl"
SEED = 20261229  # fresh28's order
START = 710  # rest 1-300 fresh28's, 301-710 fresh29's (drawn, or read on for events)
END = 912  # the rest pool's last position: 711-912 all taken
PARTS = (("rest", START, END),)

# (GermEval sentence index, sentence) -> events, by reading (see the module doc); the comment gives the rest position
ANN: dict[tuple[int, str], list[dict]] = {
    (1745, 'Nur hat Hochhäusler nur NRW-Förderung, keinen bayerischen Weltvertrieb und ist überdies als Kritiker von Constantin Boss Eichinger bekannt - all das hat ihm offenkundig nicht gerade geholfen.'): [],  # rest 711
    (1883, 'Allerdings erwarten Händler keine nachhaltige Erholung der Ölpreise.'): [],  # rest 714
    (250, 'Ihm gehört auch der Friseursalon "Ponyclub".'): [],  # rest 716
    (1358, 'Mein Dank gilt an Manfred Pfister, den Literaturwissenschaftler mit Spezialgebiet Reiseberichte.'): [],  # rest 717
    (1902, 'Unternehmen entdecken die Familienfreundlichkeit als Wettbewerbsfaktor.'): [],  # rest 718
    (2135, 'Kreideweiss soll er gewesen sein.'): [],  # rest 720
    (548, 'Der Nettoverlust sei mit CHF 7 Mio. (-23,3 Mio.) ebenfalls geringer ausgefallen als erwartet.'): [],  # rest 721
    (1168, 'In dem festlichen Ambiente wurde ein verwaistes Chefbüro eingerichtet, im Mittelpunkt ein großes Schild: "Wegen Ruhestand geschlossen - Euer Chef.'): [],  # rest 722
    (2092, 'Das Genre der Massenliteratur ist für mich das interessantere und wichtigere.'): [],  # rest 723
    (1822, 'Die "Three Lions", die den 3:0-Endstand gegen den Vorletzten schon zur Pause durch Wright-Phillips (11.), Rooneys erstes Pflichspieltor seit 2004 (32.) und ein Eigentor des Esten Rahn (34.) sichergestellt hatten, landeten den Pflichtsieg.'): [],  # rest 724
    (1772, 'Der Kyoto-Preis wurde 1984 von Kazuo Inamori, dem Gründer des japanischen Technologie-Konzerns Kyocera, ins Leben gerufen.'): [],  # rest 725
    (1483, 'Der WM-Führende absolvierte in seinem McLaren-Mercedes 23 Runden und fuhr in 1:18,910 Minuten die Bestzeit in der ersten Trainingssession.'): [],  # rest 726
    (1917, 'Das passt in meinen Augen nicht zu den südafrikanischen Spielern.'): [],  # rest 727
    (114, 'In allen Staaten macht man sich so seine Gedanken, wie die Probleme am wirksamsten bekämpft werden können.'): [],  # rest 728
    (333, 'PKN Orlen gaben 1,6% nach und BZ WBK 1,4%.'): [],  # rest 729
    (28, 'Bei der Preisübergabe präsentierten sich die Gewinner fahnenschwenkend, nur die Nationalhymen fehlten.'): [],  # rest 730
    (317, 'Damit sind weiter rund 22 Milliarden Euro oder knapp ein Drittel des Gesamtvermögens der Branche eingefroren.'): [],  # rest 731
    (2039, 'Dann werden die mit Ihren Atomwaffen die Welt erobern und sich dann überall ausbreiten.'): [],  # rest 732
    (1335, 'Dieser Trick, um Lohnkosten zu sparen, ist eindeutig stärker verbreitet als früher - und die Wegwerfmentalität desgleichen.'): [],  # rest 733
    (1621, 'Den Leuten einen Fake unterzujubeln und sich dann uber die Leichtgläubigkeit von Medien und Öffentlichkeit lustig zu machen, ist etwa so uberzeugend, wie Feuer!'): [],  # rest 734
    (1148, 'Digital TV Script geht über den Funktionsumfang einer reinen Drehbuch-Software weit hinaus.'): [],  # rest 736
    (1384, 'Wenn es die großen Herausforderungen unserer Zeit nicht nur nennt, sondern Antworten formuliert.'): [],  # rest 737
    (1077, 'In einem Interview, in dem sie zufällig auch noch eine neue Show, ein neues Album oder ein neues Buch unterzubringen haben.'): [],  # rest 738
    (285, 'Die Ausgaben für die Aktion stehen in keinem Verhältnis zu den Kosten für einen Kauf", bekundet der Leiter der Kurgärtnerei und verweist auf dieselbe Vorgehensweise in den zurückliegenden Jahren.'): [],  # rest 740
    (124, 'Die jeweils aktuellen Bauabschnitte werden auch für sie gesperrt.'): [],  # rest 741
    (257, 'Denn seine Figuren sind spannend.'): [],  # rest 742
    (263, 'Man habe ja immerhin schon 500 (verunsicherte?) Kunden der HP-Oracle-Kooperation abwerben können, frohlockt IBM.'): [],  # rest 744
    (1026, 'Der Kristall selbst war einen Mikrometer groß.'): [],  # rest 745
    (1718, 'Walter war damals als Konjunkturchef quasi die Stimme des Instituts, war federführend an den Gemeinschaftsgutachten zur Konjunkturlage der führenden Wirtschaftsforscher Deutschlands beteiligt.'): [],  # rest 747
    (1828, 'Auf den vierten Platz kam Williams-Tester Nico Hülkenberg mit 1:20.953 Minuten.'): [],  # rest 748
    (1839, 'Es ist doch beruhigend, dass das malayische Gemeinwesen Zeit und Muße findet, sich um einen derartigen Mumpitz zu raufen.'): [],  # rest 749
    (1157, 'Auch Union Investment, die Fondsfirma der Volks- und Raiffeisenbanken, macht Schrempp in Berlin direkt für enttäuschende Kurse und Gewinne, für Qualitätsprobleme und das Smart-Desaster verantwortlich.'): [E('ACCUSE', 'verantwortlich', 'Union Investment', 'Schrempp', 'Berlin')],  # rest 750
    (1616, 'Der 41-Jährige war in Thailand festgenommen worden.'): [E('COERCE', 'festgenommen', '', '41-Jährige', 'Thailand')],  # rest 752
    (1535, 'Denn die bestreiten ihre Existenz durch die Ausweitung von Zukäufen.'): [],  # rest 753
    (1200, 'Santa Cruz/Madrid - So kalt wie im Münsterland ist es zwar nicht.'): [],  # rest 754
    (1864, 'Das Sportereignis sieht der Verband als Chance, wieder vermehrt Leute in Gaststätten zu locken.'): [],  # rest 755
    (935, '"Wir fühlen uns wie Forscher", erzählt Sullivan, "wir sind wie Bibliothekare, wir wollen die Vergangenheit bewahren".'): [],  # rest 756
    (630, 'Das Gesicht dreckverschmiert, die Augen blutunterlaufen, hing der Pulheimer auf der Via Roma in San Remo über den Lenker seines Rennrades gebeugt und atmete schwer.'): [],  # rest 758
    (2170, 'Bleibt uns davon etwas übrig oder überrollt uns wieder die übliche Alltagshektik?'): [],  # rest 759
    (76, 'Auch sie wiesen auf die dramatische Lage hin: Arbeitsplätze, Ersparnisse und Wohlstand der US-Bürger seien in Gefahr.'): [],  # rest 761
    (761, 'Ich werde mich dieser Verantwortung stellen sowohl als Ministerpräsident und als Landesvorsitzender", sagte Rüttgers.'): [],  # rest 762
    (1254, 'Bereitschaftsdienst, der zu ungünstigen Zeiten geleistet werde, sei danach voll zu berücksichtigen.'): [],  # rest 763
    (350, 'Über die Jahre werden weitere folgen, inklusive der Kunstfluglizenz.'): [],  # rest 764
    (193, 'Allerdings geht das Rätselraten weiter, was Vatas mit diesem Anteil vorhabe.'): [],  # rest 765
    (887, 'Darmstadt/Berlin - Die drohende Übernahme von Schering durch den Darmstädter Konkurrenten Merck beschäftigt jetzt auch die Politik.'): [],  # rest 766
    (2066, 'Bei der Diskussion um eine Ersatztrasse für die Steinerne Brücke in Regensburg fordert CSU-Fraktionsvorsitzender Christian Schlegl eine frühe Einbindung von ICOMOS.'): [E('REQUEST', 'fordert', 'CSU-Fraktionsvorsitzender Christian Schlegl')],  # rest 767
    (808, 'Was halten Sie eigentlich von Hans Krankl als Trainer?'): [],  # rest 768
    (1960, 'Das Elterngeld soll nach der Geburt eines Kindes wahlweise Müttern wie Vätern bis zu einem Jahr gezahlt werden und ist quasi als Lohnersatz während der Babypause gedacht.'): [],  # rest 770
    (1128, 'Der TecDax stieg um 1,33 Prozent auf 822 Zähler und notierte damit zu Börsenschluss ebenfalls so hoch wie noch nie im laufenden Jahr.'): [],  # rest 771
    (1151, 'Das Route66 Maxi ist der heutige „Kracher des Tages“ bei Discount24.'): [],  # rest 772
    (512, 'Warum ist nach mehr als vier Jahrzehnten noch immer nicht der Lückenschluss der A1 erfolgt?'): [],  # rest 773
    (642, 'Der Umsatz verdoppelte sich auf 7,401 Mio US-Dollar (5,845 Mio Euro).'): [],  # rest 774
    (1183, 'Kroatien wurde vom EU-Außenbeauftragten Javier Solana aufgefordert, endlich mit dem UN-Tribunal für Ex-Jugoslawien zu kooperieren.'): [E('REQUEST', 'aufgefordert', 'EU-Außenbeauftragten Javier Solana', 'Kroatien')],  # rest 775
    (173, 'Über die bislang von Agiv genannte Zahl von fünf Interessenten seien "vier bis fünf" weitere Angebote angekündigt worden.'): [],  # rest 776
    (1047, 'An dem Stück Ding sind mindestens 2/3 aus Plastik und Microfaser, der Rest ist ein aromatischer Mix aus Wellpappe oder Baumrinde.'): [],  # rest 777
    (417, 'Die PKV-Unternehmen können im modifizierten Standardtarif niemanden, der zur Aufnahme berechtigt ist, ablehnen.'): [],  # rest 778
    (229, 'Die Abteilung Behindertensport bietet zudem Herzsport, Faustball und die Kindergruppe "Happy Dinos" an.'): [],  # rest 779
    (1594, 'Der Zinssatz der ersten dieser Operationen werde der dann geltende Hauptrefinanzierungssatz sein, bei späteren längerfristigen Repotendern mit voller Zuteilung könne es je nach den dann herrschenden Rahmenbedingungen einen Zinsaufschlag geben.'): [],  # rest 780
    (1537, 'Herr Willemsen, wo wird mehr gelogen: beim Sex selbst? oder beim Reden über Sex?'): [],  # rest 781
    (701, 'Die Aktion zog sich dann bis gestern hin.'): [],  # rest 782
    (650, '"Uns geht es darum, für die kaufmännische Schule ordentliche Bedingungen zu schaffen", unterstrich Landrat Heinz Seiffert die bereits bewilligten Verbesserungsmaßnahmen.'): [],  # rest 783
    (846, 'Das Gesundheitsgespräch nimmt diesen Streit zum Anlass, um zu fragen, wie ein guter Heilpraktiker eigentlich ausgebildet sein muss.'): [],  # rest 784
    (1139, '"Ein Schüler ging nach vorn und machte eine Durchsage:" Wir haben euch etwas anzukündigen\', und deutete nach hinten.'): [],  # rest 785
    (1299, 'Im Archiv einer renommierten Anwaltskanzlei stößt der junge Anwalt Aron auf eine mysteriöse Akte. 20 Jahre zuvor ist ein Mann, Jesus Christus, unter äußerst fragwürdigen Umständen hingerichtet worden.'): [],  # rest 786
    (1365, 'Eine Aktion der St. Franziskuskirche begeistert Jugendliche und Erwachsene.'): [],  # rest 787
    (1431, 'Auch Hornissen haben keinen Pelz, sind aber doppelt so groß wie Wespen und gelten als friedfertiger, heißt es in der "Apotheken Umschau".'): [],  # rest 788
    (627, 'Aufgrund der deutlichen Korrektur der Energie- und Rohstoffpreise rechnen die Währungshüter mit sinkenden Inflationsraten, die sich auf einem Niveau der Preisstabilität einpendeln sollten.'): [],  # rest 789
    (239, 'Das Finanzgenie Wolfgang Wagner hat das Festival zu einem für die öffentliche Hand äußerst günstigen Tarif betrieben, das wird ihm keiner nachmachen.'): [],  # rest 790
    (1678, 'Ich habe den Bundestrainer nicht in eine Zwangslage gebracht.'): [],  # rest 791
    (1698, '«Die jungen, dynamischen Leute, die in den neuen Lokalen verkehren, wohnen heute auch in diesem Viertel», stellt er fest.'): [],  # rest 792
    (1693, 'Über 250 Rentner waren der Einladung der Stadt Gedern in die Festhalle gefolgt, um dort bei einem bunten Programm sowie bei Kaffee und Kuchen einen vorweihnachtlichen Nachmittag zu verbringen.'): [],  # rest 794
    (684, "Ob's nicht, wie früher, auch eine Nummer kleiner, poetischer gegangen wäre?"): [],  # rest 795
    (1300, 'Wie man sieht, konnte man beim ASUS auch 400 im Bios einstellen.'): [],  # rest 796
    (1161, 'Das kann nur schaden, wenn man in der Politik für mehr Entgegenkommen wirbt.'): [],  # rest 797
    (1257, 'Ab Q1/2010e sollte Silicon Sensor bereits wieder profitabel sein.'): [],  # rest 798
    (391, '@Paul Buchegger, hoch erfreut finde ich Sie, längst vermisst, seit der Schliessung des Arena Forum hier wieder.'): [],  # rest 799
    (1989, 'Aus den Büchern von Donna Leon weiß ich, dass Politik und Polizei in Italien noch korrupter sind als in anderen Ländern.'): [],  # rest 800
    (200, 'Durch Zufall habe der Beamte bei der Kontrolle eine Dose mit einem vermeintlich neuen Etikett gegriffen.'): [],  # rest 801
    (712, 'Diesmal ist neben der Nachbarschaft auch die Familie von Igor Anic, dem jüngsten Montpellier-Zuwachs des THW Kiel, zu Gast.'): [],  # rest 802
    (1419, 'Um die Quote ging es nicht.'): [],  # rest 803
    (1328, '"Es ist kurz vor zwölf", sagte Mibrag-Betriebsrat Mario Gierl vor der heutigen Betriebsversammlung mit der Vattenfall-Belegschaft im Kraftwerk Lippendorf.'): [],  # rest 804
    (165, 'Mehr will er öffentlich nicht sagen, er hofft noch darauf, dass seine Partei zur Vernunft kommt.'): [],  # rest 805
    (1219, 'Er hat immer ein Geniestreich auf Lager.'): [],  # rest 806
    (329, 'Dagegen war zum Beispiel Dick Advocaat für Borussia Mönchengladbach ein echter Fehlgriff.'): [],  # rest 807
    (1755, 'Der Facharzt für Neurologie fordert, dass endlich etwas getan wird: «Die Massnahmen, die solche Verletzungen verhindern könnten, müssen endlich verschärft werden.» Der momentae Zustand sei nicht akzeptierbar.'): [E('REQUEST', 'fordert', 'Facharzt für Neurologie')],  # rest 808
    (961, 'Es schien alles klar für ";Superminister"; Stoiber.'): [],  # rest 809
    (532, 'Als EU-Präsident könnte er in den nächsten sechs Monaten die Debatten der Union bestimmen.'): [],  # rest 810
    (1371, 'Trifft den HSV eigentlich gar nicht, der spielt doch eh nicht sogar ein Nichtsnutz wie Trochocwski wird eher eingewechselt als Mladen, der Arme.'): [],  # rest 811
    (711, 'Sie würde im Jahr 2050 bei 74 Millionen Einwohnern schon 20 800 Euro erreichen.'): [],  # rest 812
    (1473, 'Die Frage ist allerdings, ob er in der 3. Liga arbeiten will.'): [],  # rest 813
    (945, 'Vielleicht "nervt" das, was ich schreibe.'): [],  # rest 814
    (1459, 'Trotz meiner beiden Tore habe ich die größte Freude in der 85. Minute verspürt", sagte Bremens Stürmer Nelson Valdez nach dem 5:1 (3:0 )-Sieg über Panathinaikos Athen, der den Bremern am Mittwochabend den Einzug ins Champions-League-Achtelfinale bescherte.'): [],  # rest 815
    (1503, 'Vor allem Xamax sollte besser die Fehler auch bei sich suchen (12 Gegentore in 4 Spielen).'): [],  # rest 816
    (130, 'Zudem landete der entscheidende Pass allzu oft beim Gegner.'): [],  # rest 819
    (1987, 'Dann startete das Rennen der U 15 - dort rechnet sich Johannis Aehnlich den Gesamtsieg des Cups aus.'): [],  # rest 820
    (2043, 'Der Mann gehörte zu einer Sportgruppe von vier Fallschirmspringern.'): [],  # rest 821
    (69, 'Mehr aber die Angst, daß die ganze Scheiße wieder passiert."'): [],  # rest 822
    (438, 'Bei einem schnellen Gegenstoß bediente Lars Müller den durchstartenden Michael Thurk, der den Ball an Löwen-Keeper Hofmann vorbei zum 0:1 für die Gäste ins Tor lupfte.'): [],  # rest 824
    (749, 'Den Sprint der Verfolger sicherte sich der Cottbuser Heinrich Haussler, der gestern noch gewonnen hatte.'): [],  # rest 825
    (2191, 'FDP-Fraktionsvize Carl-Ludwig Thiele forderte jetzt die Bundesregierung auf, sich zu Becks Absichten zu äußern.'): [E('REQUEST', 'forderte', 'FDP-Fraktionsvize Carl-Ludwig Thiele', 'Bundesregierung')],  # rest 826
    (486, 'Diese hatte sie von Hand aufgezogen, weil sich die blinde Papageienmutter nicht um ihren Nachwuchs kümmern konnte.'): [],  # rest 827
    (914, 'Der Name flattr kommt einerseits vom englischen "to flatter", also schmeicheln, zum anderen von Flatrate.'): [],  # rest 828
    (953, '"Das Werk konnte aufgrund von Holzmangel in diesem Jahr nur wenige Wochen produzieren", sagte er.'): [],  # rest 829
    (513, 'Zudem verkündete er, dass der Konzern mindestens 15 Prozent am europäischen Luftfahrt- und Rüstungskonzern EADS halten wird.'): [],  # rest 830
    (756, 'Europas größte Billigfluggesellschaft verdreifacht die Zahl ihrer in Hahn stationierten Maschinen.'): [],  # rest 831
    (1859, 'Am kommenden Wochenende wird die DVV-Ausswahl eine Testspielserie gegen Serbien absolvieren.'): [],  # rest 832
    (1389, 'Der syrische US-Botschafter Imad Moustapha bestritt die Echtheit des CIA-Videos.'): [E('REJECT', 'bestritt', 'syrische US-Botschafter Imad Moustapha')],  # rest 833
    (1815, 'Die sagen sich einfach: Das bringt doch nichts", sagte Schönberg, der in diesem Zusammenhang heftig kritisierte, daß Gewalt gegen Polizisten inzwischen offenbar Alltag sei und vielfach klaglos hingenommen werde.'): [E('ACCUSE', 'kritisierte', 'Schönberg')],  # rest 834
    (1632, 'Der Ticketvorverkauf hat bereits begonnen, Vorbestellungen werden unter karten-dinnertheater@gmx.de entgegengenommen.'): [],  # rest 835
    (604, '"Die liegen uns", sagt deshalb auch Tina Theune-Meyer.'): [],  # rest 836
    (1324, 'Und sie zeigt den verkappten Hochmut des Kindes, das die Familienhaut nie ganz abstreifen kann.'): [],  # rest 837
    (1104, '"Man kann beispielsweise innerhalb kürzester Zeit feststellen, ob bei einem Mittel manipuliert wurde, das man beschlagnahmt hat.'): [],  # rest 838
    (727, 'Transocean (-1,8%), die am Vortag noch zu den klaren Gewinnern gehört hatten, notieren ebenfalls tiefer.'): [],  # rest 839
    (1681, 'Ihmels-Albe wird für die Frauenarbeit der Landeskirche mit einem Stellenumfang von 50 Prozent tätig sein, mit der zweiten Hälfte ihrer Arbeitszeit bleibt sie Pastorin der Kirchengemeinden Kirchborgum und Vellage.'): [],  # rest 840
    (2118, '"Wir haben zwar alle brav unsere Homepages, aber viele Diskussionen laufen ja eher in Foren, die wir alle kaum kennen."'): [],  # rest 841
    (1290, 'Der Verkaufpreis liege bei 8,70 Euro je Aktie, was dem Paket einen Wert von knapp 94 Millionen Euro gibt.'): [],  # rest 842
    (1643, 'Der Entführungs-Drama vor der Küste Somalias: Piraten haben jetzt eins von zwei entführten malaysischen Schiffen freigegeben.'): [E('CONCEDE', 'freigegeben', 'Piraten', 'entführten malaysischen Schiffen', 'Küste Somalias')],  # rest 844
    (882, 'Seine Mutter hat ihn immer verwöhnt, "und wahrscheinlich hat er gedacht, dass er mit mir auch so eine Frau geheiratet hat".'): [],  # rest 845
    (636, 'Ähnliche Info-Post sei an die 29 Verkaufsstellen von pyrotechnischen Erzeugnissen im Stadtgebiet verschickt worden.'): [],  # rest 846
    (1885, 'Berlin (Reuters) - Der Bundesverband deutscher Banken (BdB) hat die Tarifparteien zu einer moderaten Lohnpolitik aufgefordert.'): [E('REQUEST', 'aufgefordert', 'Bundesverband deutscher Banken', 'Tarifparteien')],  # rest 847
    (729, 'Das Unions-Personal für die Besetzung des Kabinetts ist komplett.'): [],  # rest 848
    (1282, 'Auch bei der Entwicklung energiesparender LED-Leuchten habe die Nanotechnologie einen wichtigen Beitrag geleistet .Die Grünen-Fraktion im Bundestag forderte, sowohl Chancen als auch Risiken der Nanotechnologie in den Blick zu nehmen.'): [E('REQUEST', 'forderte', 'Grünen-Fraktion im Bundestag')],  # rest 849
    (295, 'Die geplanten Entlassungen stellten keinen Sozialplan gemäss französischem Arbeitsrecht dar, heisst es am Montag in einer Medienmitteilung.'): [],  # rest 850
    (566, 'AMD hat sich offenbar mit der neuen Architektur etwas verhoben.'): [],  # rest 852
    (721, 'Aber ich bin zufrieden", sagte Anschütz-Thoms.'): [],  # rest 853
    (1982, 'Auch die stellvertretende Fraktionsvorsitzende der Union, Ilse Falk, übte Kritik.'): [E('ACCUSE', 'Kritik', 'Ilse Falk')],  # rest 854
    (750, 'Sichtlich gut gelaunt waren die beiden Herren in der Jury: Ex-Mister- Schweiz und Biobauer Renzo Blumenthal (30) und SVP-Nationalrat Toni Brunner.'): [],  # rest 857
    (885, 'Bis es so weit ist, wird Rabiye Kurnaz jeden Morgen und jeden Abend sein Foto im Handy küssen.'): [],  # rest 858
    (2145, 'Ein Modellversuch, den KV und TK in diesem Frühjahr starten, werde versuchen, "Licht rein zu bringen" und die Wartezeiten zu verkürzen.'): [],  # rest 859
    (1275, 'Bäderleiter Schmid kann sich das auch nicht so recht erklären.'): [],  # rest 860
    (1069, 'Die Preissenkungen kommen für Experten dennoch nicht überraschend.'): [],  # rest 861
    (2042, 'Anwohner müssen mit Sperrungen rechnen und werden von dieser Woche an per Flugblatt informiert, für die Zuschauer allerdings wird entlang der Strecke einiges geboten.'): [],  # rest 862
    (1625, 'In Dresden besteht die Gefahr, unter Denkmal nur mehr das Schöne zu verstehen.'): [],  # rest 863
    (1075, '"Mich interessiert das Biotop als Ganzes, nicht nur das einzelne schöne Bild", sagt der Fotograf.'): [],  # rest 864
    (1056, 'In der heutigen Gesellschaft gibt es nur drei Klassen .Die ganz Reichen, der Mittelstand und die ganz armen.'): [],  # rest 865
    (1843, 'Der Förderantrag wurde sehr zügig bearbeitet und umgesetzt, sagte Gosslar.'): [],  # rest 866
    (1893, 'Aber sie sieht auch den ungeheueren Erfolgszwang, unter den sich Obama damit setzt.'): [],  # rest 867
    (1452, 'Da habe ich automatisch angefangen zu singen.'): [],  # rest 868
    (695, 'Der erste Block flitzt durchs Ziel.'): [],  # rest 869
    (1036, 'Und der St. Galler CVP-Ständerat Eugen David lanciert die Debatte auf der politischen Bühne.'): [],  # rest 870
    (2046, 'Mag sein, aber die sind in fünf Jahren, wenn die Kinder schulpflichtig werden, alle wieder weg.'): [],  # rest 873
    (1979, 'Das Drehbuch für das leise daherkommende Drama schrieb der legendäre Wolfgang Kohlhaase ("Sommer vorm Balkon der dafür mit dem erstmals ausgelobten Drehbuchpreis bedacht wurde.'): [],  # rest 874
    (2072, 'Der 50-jährige Menschenrechtsaktivist Barghuti präsentierte sich im Wahlkampf als Reformer, Fürsprecher der Armen und Kämpfer gegen Korruption in der Autonomiebehörde.'): [],  # rest 875
    (1985, 'Der erlebte die nächsten Stunden wie in Trance, unfähig, mit den Flut von Gefühlen umzugehen, er funktionierte irgendwie.'): [],  # rest 876
    (2026, 'Neue Datenschnittstelle übermittelte Interessensprofile Facebook war in der Vergangenheit mehrfach vorgeworfen worden, Einstellungs-Optionen zum Löschen oder Deaktivieren von Accounts gut zu tarnen.'): [E('ACCUSE', 'vorgeworfen', '', 'Facebook')],  # rest 877
    (734, 'Bei den Paralympics in Peking sind 170 Sportler aus Deutschland am Start. Leichtathlet Heinrich Popow ist einer der Stars des Teams.'): [],  # rest 878
    (1425, 'So bricht die in einen Glasberg gefallene Königstochter eines Tages ihr Gefängnis auf, kann zu den Ihren und damit in die Welt zurückkehren.'): [],  # rest 879
    (1370, 'Hewadchan Jan, was hst du da für eine alte Flagge?'): [],  # rest 880
    (1117, 'Das Geschäft verlaufe ruhig und die Umsätze seien mäßig, sagen Händler.'): [],  # rest 882
    (1546, '"Darüber haben wir keine Unterlagen", sagt Sprecher Hans Dietzeld.'): [],  # rest 885
    (2147, 'Damit haben sich die Deutschen nun fünf Gold-, vier Silber- und drei Bronze-Medaillen erkämpft.'): [],  # rest 886
    (521, 'Trotzdem wiesen Forscher anhand des Schädels nach, dass es sich bei dem Fund um eine neu entdeckte Art handelte.'): [],  # rest 887
    (1274, 'Der Opernball war 2006 nach 67 Jahren Pause in neuer Form wiederbelebt worden.'): [],  # rest 888
    (1612, 'Bis 20 Uhr kann jeder eingekauft haben und muss nicht noch seine Bequemlichkeit gefördert bekommen.'): [],  # rest 889
    (587, 'Den zweiten Preis holten Auszubildende der Audi AG in Ingolstadt für die Entwicklung mobiler Rückleuchten für Zugmaschinen-Anhänger.'): [],  # rest 890
    (147, 'Ich würde es ganz klar auch so machen!'): [],  # rest 891
    (2182, 'Da er nicht im Telefonbuch zu fi nden ist, sind seine Fans auf der Suche nach Verwandten, um an ihr Idol heranzukommen.'): [],  # rest 892
    (1072, 'Mitsubishi UFJ lagen mit 2,6 Prozent im Minus und Mizuho gaben um 1,9 Prozent nach.'): [],  # rest 893
    (1407, 'Er möchte zunächst die Rahmenbedingungen für das "Hinlegen eines Hausbootes" festschreiben.'): [],  # rest 894
    (1697, 'Der 34-jährige Fahrer des Transporters, als auch seine 54 und 63-jährigen Insassen erlitten leichte Verletzungen.'): [],  # rest 895
    (2130, 'Das britische Label EMI hat das nicht akzeptiert und gegen Grooveshark geklagt.'): [E('ACCUSE', 'geklagt', 'britische Label EMI', 'Grooveshark')],  # rest 896
    (1939, 'Der Wirtschaftsminister hält eine Abwicklung des Fürther Versandhändlers noch mehr...'): [],  # rest 897
    (358, 'Und vielleicht gibt es ja Zuschauer, die mir zustimmen.'): [],  # rest 898
    (1953, 'Denn Holroyds Stimme ist brüchig geworden und vor allem in den hohen Stimmlagen nicht immer Herr der Lage.'): [],  # rest 899
    (336, '"Jetzt haben wir jungen Deutschen doch viel mehr Möglichkeiten, uns in Szene zu setzen."'): [],  # rest 900
    (1757, 'Das ist, wohlgemerkt, eine extreme Position, über die man wohl kein Wort mehr verlieren muß, da sie ihren Charakter ganz unverhohlen ankündigt.'): [],  # rest 901
    (387, 'Mit Renate Bassen habe man jetzt auch eine stellvertretende Landrätin.'): [],  # rest 902
    (0, 'Gleich darauf entwirft er seine Selbstdarstellung "Ecce homo" in enger Auseinandersetzung mit diesem Bild Jesu.'): [],  # rest 903
    (764, 'Der FC Carl Zeiss Jena liegt in der 20 Mannschaften umfassenden dritten Fußball-Liga mit fünf Punkten und 7:7 Toren auf dem zehnten Platz.'): [],  # rest 904
    (782, 'Mit AUDI (+22%), Volkswagen (+16%), BMW (+10,1%) und Porsche (+75%) legten vier von ihnen prozentual zweistellig zu.'): [],  # rest 905
    (1925, 'Sie unterstellen einfach jedem Halbstarken, dass er entsprechend renitent ist und auch nach mehrmaliger Aufforderung durch Bahnpersonal nicht sein Handygeplärre ausmacht bzw. seinen Müll aufhebt, wohlwissend, dass ihm nur die Polizei etwas anhaben kann.'): [],  # rest 906
    (1202, 'Kerstin Holm schreibt über einen höchst bedenklichen Anstieg der Aidsfälle im demografisch ohnehin schon ausgezehrten Russland.'): [],  # rest 908
    (1453, 'Gerade deshalb glaubt sie nicht an den "großen Schub", den Blair erreichen will.'): [],  # rest 909
    (262, 'Die Rolle der Burgstätte endet, es kommt zu einem Schnitt, und dann, Ende des 13. und zu Beginn des 14. Jahrhunderts beginnt das Kapitel der Burg, die eine wichtige Verwaltungsrolle in der Herrschaft von Karlstein spielt."'): [],  # rest 911
    (123, 'Am zweiten Weihnachtsfeiertag startet das SWR Fernsehen die erste Staffel der neuen Sendereihe „oper kompakt“.'): [],  # rest 912
}
SKIPPED: dict[int, str] = {
    1224: 'a party guest calling a politician arrogant (criticism without a verb of criticism, fresh23) ambiguous',  # rest 712
    910: "a thatched house 'hit', by what unknown (a fire, lightning or arson; fresh29's someone hit by something unnamed) ambiguous",  # rest 713
    456: "a coalition partner's demands named as what a motion's backing fends off (an act named as background, fresh28) ambiguous",  # rest 715
    738: "a politician's conditional 'stehen alle in der Verantwortung' to organise a funeral (fresh23's rhetorical 'müsse', no addressee) ambiguous",  # rest 719
    497: "'Es müsse gleiches Recht für alle gelten, sagte er' (fresh23's rhetorical 'müsse', no addressee) ambiguous",  # rest 735
    1524: "an employers' chief saying a wage deal 'wird ... sein müssen' below the last (a demand or a forecast, no addressee) ambiguous",  # rest 739
    1366: "'muss man Mut beweisen', said by the UEFA president (fresh23's rhetorical 'müsse', no addressee) ambiguous",  # rest 743
    1658: "a neighbour's threatening gestures named as what a state is affected by (an act named as background) ambiguous",  # rest 746
    1810: 'a mayor announcing home visits by social workers for children (a planned social measure: AID or no event) ambiguous',  # rest 751
    1915: "a manufacturer reporting a new aircraft order (fresh22's commercial deals) ambiguous",  # rest 757
    1502: "criticism named only as what a federation's measure answers (fresh27's charge named as what a statement answers) ambiguous",  # rest 760
    1714: "an employee going down, by what unknown (an attack or an accident; fresh29's someone hit by something unnamed) ambiguous",  # rest 769
    1272: "a defendant taking note of a verdict whose content is not said (fresh22's verdict without its content) ambiguous",  # rest 793
    1346: "a politician's lawsuit named as the matter of his statement (fresh27's charge named as what a statement answers) ambiguous",  # rest 817
    1937: "a demand to apologise with 'sonst werde er eine Klage prüfen' (one REQUEST, or a REQUEST and a conditional THREATEN) ambiguous",  # rest 818
    765: "'müssen nun einsehen' without a speaker (fresh23's 'muss' without a speaker) ambiguous",  # rest 823
    1590: "an EU commissioner who 'will ... per Verordnung zu Preissenkungen zwingen' (COERCE planned or a regulation, fresh19's ministry to amend a law) ambiguous",  # rest 843
    1813: "a policeman's suspicion of ticket selling told in a quotation (ACCUSE or a belief) ambiguous",  # rest 851
    1677: 'a counterfactual criticism of a government (criticism without a verb of criticism, fresh23) ambiguous',  # rest 855
    1255: 'a UN arms embargo named as the state of a time, and its expiry (SANCTION in force or no act) ambiguous',  # rest 856
    1972: "a headline the filter let through (a party 'bleibt hart' in a dispute, with the site's name)",  # rest 871
    1490: "UEFA not reducing a player's ban (CONCEDE denied, or REJECT of an appeal) ambiguous",  # rest 872
    717: "a defendant's confession (fresh23's admitted failings, fresh29's confession) ambiguous",  # rest 881
    1017: "a court's reasoning that a suit is unfounded (a verdict's content, the decision not stated as made) ambiguous",  # rest 883
    1295: 'experts and authorities confirming a product was safe (REJECT of an unnamed charge or no event) ambiguous',  # rest 884
    33: "asylum seekers 'nicht eingesperrt' but not allowed out, behind a scraped headline (COERCE denied, or a restriction) ambiguous",  # rest 907
    1016: "'müssten verknüpft ... werden' without a speaker (fresh23's 'muss' without a speaker) ambiguous",  # rest 910
}


def main(argv: list[str]) -> int:
    return germeval_blind.build(argv, SEED, PARTS, ANN, SKIPPED, OUT,
                                own=(Path(__file__).name, OUT.name, "germeval_blind.py"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
