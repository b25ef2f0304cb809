"""extract.events on the seed article and the German dev set (Wikinews, CC BY-NC-SA 4.0)."""

from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from newsgraph import nlp
from newsgraph.eval.events import actor_match, analyse_sentence
from newsgraph.eval.events import main as eval_events
from newsgraph.extract.events import EventExtractor
from newsgraph.extract.time import times_for
from newsgraph.model import Analysis, Article, Modality

SEED = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "samples" / "seed_de.txt"


@lru_cache(maxsize=1)
def _seed_events():
    a = Analysis(article=Article(id="seed", text=SEED.read_text("utf-8"), language="de", published=date(2024, 12, 21)))
    nlp.sentences(a, nlp.load("de")(a.article.text))
    a.times = times_for(a)
    return EventExtractor("de").run(a)


def test_troop_deployment_is_considered_not_happened():
    evs = [e for e in _seed_events() if e.type == "MOBILIZE" and e.trigger.text == "entsenden"]
    assert evs and evs[0].modality == Modality.considered
    assert "Regierungschefs" in evs[0].source_actor.name
    assert evs[0].source_actor.actor_type == "government"
    assert all(not (e.type == "MOBILIZE" and e.modality == Modality.happened and e.trigger.text == "entsenden")
               for e in _seed_events())


def test_brussels_meeting_and_putin_intent():
    evs = _seed_events()
    meeting = [e for e in evs if e.type == "CONSULT" and e.date == "2024-12-18"]
    assert meeting and meeting[0].location.name == "Brüssel"
    assert "Rutte" in meeting[0].source_actor.name
    putin = [e for e in evs if e.type == "CONSULT" and e.source_actor and "Putin" in e.source_actor.name]
    assert putin and putin[0].modality == Modality.planned and putin[0].date == "2024-12-19"
    assert putin[0].location is not None and putin[0].location.name == "Moskau"


def test_selenskyj_support_takes_a_follow_up_sentence_date_only_where_sentences_do_not_date_alone():
    # "Selenskyj hat den Vorschlag öffentlich unterstützt ... Er bekräftigte am Donnerstag in Brüssel": the
    # follow-up sentence about the same actor lends its date, except in the languages of [classifier]
    # sentence_dates (German since round 21: the guide dates an event only by its own sentence; every date
    # so lent on the pooled read and spent sets was one the guide leaves empty)
    a = Analysis(article=Article(id="seed", text=SEED.read_text("utf-8"), language="de", published=date(2024, 12, 21)))
    nlp.sentences(a, nlp.load("de")(a.article.text))
    a.times = times_for(a)
    for lend in (True, False):
        ex = EventExtractor("de")
        ex.settings = {**ex.settings, "sentence_dates": [] if lend else ["de"]}
        sup = [e for e in ex.run(a) if e.type == "SUPPORT" and e.trigger.text == "unterstützt"]
        assert sup and "Selenskyj" in sup[0].source_actor.name
        assert sup[0].date == ("2024-12-19" if lend else None)


def test_metonymy_capital_as_actor():
    _, evs = analyse_sentence("Moskau droht Kiew mit neuen Angriffen.", "de", date(2024, 12, 21))
    ev = evs[0]
    assert ev.type == "THREATEN"
    assert ev.source_actor.name == "Moskau" and ev.source_actor.actor_type == "government"
    assert ev.source_actor.span.label == "RUS"


def test_english_event():
    _, evs = analyse_sentence("The United States on Wednesday vetoed a Security Council resolution.", "en", None)
    assert evs[0].type == "REJECT"
    assert actor_match(evs[0].source_actor.name, ["United States"])


def test_eval_on_german_dev(capsys):
    gold = Path(__file__).resolve().parent / "data" / "events_de_dev.jsonl"
    assert eval_events([str(gold)]) == 0
    out = capsys.readouterr().out
    assert float(out.split("event-type accuracy")[1].split()[0]) > 0.4


def test_classifier_drops_a_lexicon_false_alarm():
    # "Entführten" is a COERCE trigger word, but the sentence reports no event (dev set, no-event)
    s = "Die beiden Entführten sind Mitarbeiter einer Reinigungsmittelfirma aus Wurzen bei Leipzig."
    lexicon_only = EventExtractor("de", None)
    # without round 22's [classifier.senses], whose participant nouns drop the word before the classifier sees it
    lexicon_only.settings = {**lexicon_only.settings, "senses": {}}
    assert analyse_sentence(s, "de", None, lexicon_only)[1]  # lexicon alone fires
    assert analyse_sentence(s, "de", None)[1] == []


def test_classifier_picks_main_event_and_keeps_verbal_second():
    s = ("Westeuropäische Staats- und Regierungschefs prüfen die Möglichkeit, im Rahmen eines möglichen "
         "Waffenstillstandsabkommens mit Russland Truppen in die Ukraine zu entsenden.")
    _, evs = analyse_sentence(s, "de", date(2024, 12, 21))
    assert {e.type for e in evs} >= {"MOBILIZE"}
    assert all(0.0 < e.confidence <= 1.0 for e in evs)


def _parsed(text):
    a = Analysis(article=Article(id="t", text=text, language="de", published=date(2013, 3, 30)))
    doc = nlp.load("de")(text)
    nlp.sentences(a, doc)
    a.times = times_for(a, doc)
    return doc, EventExtractor("de").run(a, doc)


def test_passive_actors_from_the_parse():
    # dev-set sentences (Wikinews, CC BY-NC-SA 4.0): agent "von" is the source, subject the target
    doc, evs = _parsed("Am Ende wurde der Mann von einem Spezialeinsatzkommando überwältigt.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    ev = [e for e in evs if e.trigger.text == "überwältigt"][0]
    assert ev.type == "COERCE"
    assert ev.source_actor.name == "Spezialeinsatzkommando"
    assert ev.target_actor.name == "Mann"


def test_common_noun_subject_and_object_from_the_parse():
    doc, evs = _parsed("Die Polizei bedankte sich bei der Bevölkerung für die Unterstützung.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    ev = [e for e in evs if e.type == "SUPPORT"][0]
    assert actor_match(ev.source_actor.name, ["Polizei"])


def test_trigger_words_without_an_act_are_vetoed():
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import triggers

    lex = lexicon("de")

    def types(s):
        return {h.type for h in triggers(s, lex)}

    # a disaster "fordert" lives and an accident kills: no REQUEST, no ASSAULT
    assert "REQUEST" not in types("Ein Erdbeben hat mindestens 65 Menschenleben gefordert.")
    assert "ASSAULT" not in types("Bei einem Brand ist gestern ein Bewohner getötet worden.")
    assert "ASSAULT" in types("Rebellen haben gestern zehn Soldaten getötet.")
    # impersonal "droht" is no threat; "droht ... mit" is
    assert "THREATEN" not in types("Jetzt droht ein Streik.")
    assert "THREATEN" in types("Russland droht der Ukraine mit Sanktionen.")
    # a court's judge is a person, not an investigation
    assert "ACCUSE" not in types("Der Untersuchungsrichter schwieg.")


def test_resignation_is_retreat_and_failure_is_denied():
    _, evs = analyse_sentence("Der Notenbankchef Antonio Fazio ist am Montag von seinem Amt zurückgetreten.", "de",
                              date(2005, 12, 25))
    assert [e.type for e in evs] == ["RETREAT"]
    _, evs = analyse_sentence("Die Verhandlungen um den EU-Haushalt für 2011 sind vorerst gescheitert.", "de",
                              date(2010, 11, 16))
    assert evs and evs[0].type == "CONSULT" and evs[0].modality == Modality.denied


def test_who_dies_is_the_target_and_a_report_source_is_no_actor():
    doc, evs = _parsed("Innerhalb weniger Stunden starben 150 Menschen durch Terroranschläge.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    ev = [e for e in evs if e.type == "ASSAULT"][0]
    assert ev.source_actor is None and actor_match(ev.target_actor.name, ["Menschen"])
    doc, evs = _parsed("Die IAEA hat am Freitag, dem 3. Dezember 2004, ebenfalls dementiert.")
    ev = [e for e in evs if e.type == "REJECT"][0]
    assert ev.target_actor is None  # not "Dezember"


def test_location_from_a_place_name_after_in():
    doc, evs = _parsed("Der Produzent muss sich wegen Mordes vor einem Gericht in der kalifornischen Stadt Los Angeles verantworten.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    ev = [e for e in evs if e.type == "ACCUSE"][0]
    assert ev.location is not None and "Angeles" in ev.location.name


def _trigger_words(sentence):
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import triggers

    return [(h.type, h.text) for h in triggers(sentence, lexicon("de"))]


def test_trigger_stems_do_not_run_into_names_and_rescue_services():
    # real sentences (10kGNAD, quotes-de train): a city, rescue services and their vehicles
    assert _trigger_words("Am vergangenen Samstag ging in Klagenfurt der dreitägige Lesewettbewerb für den "
                          "diesjährigen Ingeborg-Bachmann-Preis zu Ende.") == []
    assert _trigger_words("Die Berufsfeuerwehren aus Köln und Düsseldorf sowie zahlreiche Rettungsfahrzeuge aus dem "
                          "Großraum Neuss waren im Einsatz.") == []
    assert _trigger_words("Viele Insassen konnten noch vor dem Eintreffen der Rettungskräfte den Bus eigenständig verlassen.") == []
    # the acts themselves still are events
    assert _trigger_words("Nach der spektakulären Rettungsaktion hat die Tegelbergbahn nun doch unerwartet rasch wieder "
                          "den Betrieb aufgenommen.") == [("AID", "Rettungsaktion")]
    assert ("ACCUSE", "Klagen") in _trigger_words("Das Bundesverfassungsgericht hatte Klagen zweier Abgeordneter abgewiesen.")


def test_accident_injuries_are_no_assault():
    # quotes-de train: "Ingolstadt: Ein Toter nach Busunfall", "105. Tour de France hat begonnen"
    for s in ("Bei dem Unfall kam ein Mensch ums Leben, 35 weitere wurden verletzt, darunter drei schwer.",
              "Die verletzten Menschen wurden teils mit Rettungshubschraubern in nahegelegene Kliniken gebracht.",
              "Vorjahressieger Chris Froome stürzte bei einer Kollision mit einem anderen Fahrer rund vier Kilometer vor "
              "dem Ziel, fiel ins Gras, wurde nur leicht verletzt und konnte die Fahrt fortsetzen."):
        assert not [e for e in analyse_sentence(s, "de", date(2018, 7, 8))[1] if e.type == "ASSAULT"], s
    # an attack's injuries are its own
    evs = analyse_sentence("Bei dem Anschlag wurden 35 Menschen verletzt.", "de", date(2018, 7, 8))[1]
    assert [e.type for e in evs] == ["ASSAULT"]


def test_event_in_a_night_is_dated_by_the_night_start():
    # quotes-de train ("Großrazzia in Wieslocher Discothek", 2006-10-17)
    s = ("Rund 280 Polizeibeamte, darunter auch Kräfte eines Sondereinsatzkommandos (SEK), durchsuchten in der Nacht "
         "zum Sonntag eine Discothek in Wiesloch.")
    evs = analyse_sentence(s, "de", date(2006, 10, 17))[1]
    assert evs and evs[0].date == "2006-10-14TNI"


def _roles(text, trigger):
    doc, evs = _parsed(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    ev = [e for e in evs if e.trigger.text == trigger]
    assert ev, [(e.trigger.text, e.type) for e in evs]
    return ev[0]


def test_parse_roles_of_this_round():
    # dev-set sentences (quotes-de, CC BY-NC-SA 4.0)
    # the parser hangs the subject on the auxiliary "hat", not on the participle
    ev = _roles("Laut der New York Times hat eine Gruppe von US-Marines massiv und grundlos Zivilisten erschossen, "
                "die Erschießungen seien systematisch gewesen.", "erschossen")
    assert actor_match(ev.source_actor.name, ["US-Marines"])
    # an age noun is a person
    ev = _roles("In der Nacht zu heute wurde der 63-Jährige von einem Untersuchungsrichter am Belgrader "
                "Kriegsverbrechergericht bereits zum ersten Mal vernommen.", "vernommen")
    assert ev.target_actor.name == "63-Jährige" and ev.date == "2013-03-29TNI"
    # the possessor of "sein Rücktrittsgesuch" is the subject of the verbs it hangs on
    ev = _roles("Der pakistanische Präsident Pervez Musharraf kündigte in einer Fernsehansprache an, sein "
                "Rücktrittsgesuch dem Parlament zukommen zu lassen.", "Rücktrittsgesuch")
    assert "Musharraf" in ev.source_actor.name
    # a relative "dessen" is the noun phrase before its comma
    ev = _roles("Ministerpräsident Samak Sundaravej, dessen Rücktritt von den Demonstranten gefordert wird, griff "
                "gestern zu einer drastischen Maßnahme, um den Protesten zu begegnen.", "gefordert")
    assert "Sundaravej" in ev.target_actor.name
    # sein-passive of an accusation: the subject is the accused
    ev = _roles("Wegen Raubes sind fünf Norweger angeklagt, ein sechster Mann wegen Hehlerei.", "angeklagt")
    assert actor_match(ev.target_actor.name, ["Norweger"]) and ev.source_actor is None


def test_dates_of_periods_and_noun_attributes_are_not_the_event_date():
    # quotes-de train sentences (dev set): the date of the election, not of the protest; "seit"
    _, evs = _parsed("Mehrere hunderttausend Menschen haben in Teheran gegen das Ergebnis der Präsidentenwahl vom "
                     "12. Juni 2009 demonstriert, obwohl die Regierung zuvor Versammlungen untersagt hatte.")
    assert evs and all(e.date is None for e in evs)
    _, evs = _parsed("Seit vergangenem Montag sind laut Medienberichten mindestens vierzig Menschen getötet und mehr "
                     "als 100 Autos zerstört worden.")
    assert evs and all(e.date is None for e in evs)


def test_apposed_name_after_a_role_noun():
    from newsgraph.extract.event_actors import ActorFinder
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import _apposed_name
    from newsgraph.model import Actor, Span

    text = "Der frühere Präsident des Irak, Saddam Hussein, ist vor Gericht gestellt worden."
    a = text.index("frühere")
    actor = Actor(span=Span(start=a, end=a + len("frühere Präsident"), text="frühere Präsident"), name="frühere Präsident")
    finder = ActorFinder(lexicon("de"))
    assert _apposed_name(actor, text, finder).name == "Saddam Hussein"
    # a list of institutions is no apposition of a person
    text2 = "Die Polizei, Feuerwehr und Rettungsdienst, waren vor Ort."
    police = Actor(span=Span(start=4, end=11, text="Polizei"), name="Polizei")
    assert _apposed_name(police, text2, finder).name == "Polizei"


def test_translated_trigger_words_and_compound_heads():
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import triggers

    lex = lexicon("de")

    def types(s):
        return [(h.type, h.text) for h in triggers(s, lex)]

    # a compound ending in a hand-lexicon noun, and a word only the dictionary list has
    assert ("ASSAULT", "Sprengstoffattentate") in types("Die Männer sollen Sprengstoffattentate geplant haben.")
    assert ("CONSULT", "tagte") in types("Am Freitag tagte der Rechtsausschuss des Parlaments.")
    assert ("REJECT", "verschmähte") in types("Die Regierung verschmähte das Angebot der Rebellen.")
    # spelling tells the verb from the noun ("Tagen" are days), and compounds that only end
    # in a head's letters are no trigger ("Gesellschaft", "Vereinigung", "Herausforderung")
    assert types("In den vergangenen Tagen stieg der Kurs.") == []
    assert types("Die Gesellschaft für Vereinigung sieht eine Herausforderung.") == []
    # drones are no threat
    assert all(t != "THREATEN" for t, _ in types("Drohnenangriffe auf die Stadt"))


def test_relabel_margin_lets_the_model_type_the_main_trigger():
    # the option is off in the shipped config; with it, a sentence whose words say another
    # type than any hit's gets that type on its main trigger, and only then
    from newsgraph.extract.events import Hit

    class Stub:
        def __init__(self, probs):
            self.probs = probs

        def proba(self, feats):
            return self.probs

    hits = [Hit("CONSULT", 4, 8, "held")]
    mods = [Modality.happened]
    ex = EventExtractor("en", Stub({"CONSULT": 0.2, "COERCE": 0.7, "NONE": 0.1}))
    ex.settings = {"secondary_min": 0.02}
    assert [h.type for h, _, _ in ex._typed("They held him.", hits, mods)] == ["CONSULT"]
    ex.settings = {"secondary_min": 0.02, "relabel_margin": {"en": 0.1}}
    assert [h.type for h, _, _ in ex._typed("They held him.", hits, mods)] == ["COERCE"]
    ex.model = Stub({"CONSULT": 0.35, "COERCE": 0.4, "NONE": 0.25})  # within the margin: the hit's type stays
    assert [h.type for h, _, _ in ex._typed("They held him.", hits, mods)] == ["CONSULT"]


def test_passive_roles_with_misparsed_subjects():
    # quotes-de train sentences (events dev set, CC BY-NC-SA 4.0), some shortened
    # the passive subject parsed as an object
    ev = _roles("Demnach wurden bei Mardscha drei Zivilisten getötet, die sich einer NATO-Stellung genähert hatten.",
                "getötet")
    assert actor_match(ev.target_actor.name, ["Zivilisten"]) and ev.source_actor is None
    # a participle coordinated with a passive shares its auxiliary and subject
    ev = _roles("Der Mann wurde in Berlin festgenommen und nach Verhör durch die Sicherheitsbehörden wieder "
                "freigelassen.", "freigelassen")
    assert actor_match(ev.target_actor.name, ["Mann"])
    ev = _roles("Diejenigen, die nach den Folterungen noch am Leben waren, wurden zu einem kleinen Hügel gebracht, "
                "dort vom Henker stranguliert und anschließend verbrannt.", "stranguliert")
    assert ev.source_actor.name == "Henker" and ev.target_actor.name == "Diejenigen"
    # "hätten ... getötet" is a perfect, not a passive, whatever the parser labels its object
    ev = _roles("Die „unter Druck stehenden Soldaten“ hätten „unschuldige Zivilisten kaltblütig getötet“, so Murtha.",
                "getötet")
    assert actor_match(ev.source_actor.name, ["Soldaten"]) and actor_match(ev.target_actor.name, ["Zivilisten"])
    # a von-agent is an actor whatever its ending ("-keit")
    ev = _roles("Trotz Rüge des österreichischen Werberates setzt Glock weiterhin auf das Plakat und wird daher "
                "heftig von der breiten Öffentlichkeit kritisiert.", "kritisiert")
    assert actor_match(ev.source_actor.name, ["Öffentlichkeit"]) and ev.target_actor.name == "Glock"
    # the parser hangs the subject on another word: the last nominative before the verb, with
    # its conjuncts as one joined actor
    ev = _roles("Gaddafi und sein Sohn Motassim waren am Donnerstag, dem 20. Oktober, von den Rebellen in Sirte "
                "festgenommen worden, der Geburtsstadt des ehemaligen libyschen Herrschers.", "festgenommen")
    assert ev.target_actor.name == "Gaddafi und sein Sohn Motassim" and actor_match(ev.source_actor.name, ["Rebellen"])
    # an ordinal noun is an actor
    ev = _roles("Der Erste wurde schon am Mittwoch in Nairobi festgenommen und der Zweite am Donnerstag in Mombasa.",
                "festgenommen")
    assert ev.target_actor.name == "Erste"


def test_context_rules_type_by_what_the_trigger_is_about():
    # events.toml [[context.de]]: the object decides the type, not the trigger word alone
    from newsgraph.extract.events import Hit

    ex = EventExtractor("de")

    def retyped(sent, trig, etype):
        i = sent.index(trig)
        return ex._retyped(Hit(etype, i, i + len(trig), trig), sent, 0, None).type

    assert retyped("Das Gericht hat ihn zu zehn Jahren Haft verurteilt.", "verurteilt", "ACCUSE") == "COERCE"
    assert retyped("Das Gericht hat ihn zu einer Geldstrafe verurteilt.", "verurteilt", "ACCUSE") == "SANCTION"
    assert retyped("Der Minister verurteilt den Anschlag.", "verurteilt", "ACCUSE") == "ACCUSE"
    assert retyped("Die Regierung hat alle Versammlungen verboten.", "verboten", "SANCTION") == "COERCE"
    assert retyped("Die Regierung hat die Einfuhr von Rindfleisch verboten.", "verboten", "SANCTION") == "SANCTION"
    assert retyped("Der IWF will keine finanzielle Hilfe mehr leisten.", "Hilfe", "AID") == "SANCTION"
    assert retyped("Der IWF will weiter finanzielle Hilfe leisten.", "Hilfe", "AID") == "AID"
    assert retyped("Die Staatsanwaltschaft beantragte die Eröffnung eines Prozesses.", "beantragte", "REQUEST") == "ACCUSE"
    # with the parse: the banned gatherings are where the parser hangs the participle
    doc, evs = _parsed("In China sind Gedenkfeiern anlässlich des Massakers auf dem Tiananmen, dem Platz des "
                       "Himmlischen Friedens in Peking, verboten.")
    assert [e.type for e in evs if e.trigger.text == "verboten"] == ["COERCE"]


def test_zu_infinitive_takes_its_governors_subject():
    # events dev sentence (quotes-de train, CC BY-NC-SA 4.0): the parser makes "Parade" the
    # subject of "anzugreifen"; a zu-infinitive has none of its own
    ev = _roles("Schwulenfeindliche Gruppen hatten angekündigt, die Parade gewaltsam anzugreifen, falls sie wie "
                "vorgesehen stattfinden würde.", "anzugreifen")
    assert actor_match(ev.source_actor.name, ["Gruppen"]) and actor_match(ev.target_actor.name, ["Parade"])
    from newsgraph.extract.event_parse_actors import ZU_INFIX
    assert ZU_INFIX.match("festzunehmen") and ZU_INFIX.match("zurückzuziehen") and not ZU_INFIX.match("benutzen")


def test_trigger_forms_the_patterns_missed():
    # issue #5, train-side misses (quotes-de train sentences, CC BY-NC-SA 4.0): a strong
    # preterite and an infinitive of lexicon verbs (data/event_triggers/de_forms.tsv), an
    # execution, a prison term, "mit X gesprochen", party expulsion, violent clashes
    assert ("AGREE", "beschloss") in _trigger_words("Das beschloss die große Tarifkommission der Gewerkschaft ver.di am Montag.")
    assert ("REQUEST", "drängen") in _trigger_words("Der König bestellte den Premierminister ein, um ihn zu drängen.")
    assert ("ASSAULT", "hingerichtet") in _trigger_words("Zwei Männer wurden heute hingerichtet.")
    assert ("COERCE", "Haftstrafen") in _trigger_words("Sie erhielten Haftstrafen zwischen fünf und zwölf Jahren.")
    assert [t for t, _ in _trigger_words("Er habe mit Milinkewitsch gesprochen.")] == ["CONSULT"]
    assert [t for t, _ in _trigger_words("Al-Hassani wurde im Jahr 2004 aus der Islamischen Partei ausgeschlossen.")] == ["SANCTION"]
    assert [t for t, _ in _trigger_words("Dann kam es zu gewalttätigen Auseinandersetzungen.")] == ["ASSAULT"]
    # forms that are another word stay out: present participles, "sprach" (said), a reflexive
    # "Auseinandersetzung" without violence, "nicht ausgeschlossen"
    assert _trigger_words("Er nickte zustimmend und sprach von einer Auseinandersetzung.") == []
    assert _trigger_words("Ein Rücktritt sei nicht ausgeschlossen, sagte er.") == [("RETREAT", "Rücktritt")]
    # a verdict against someone is ACCUSE (a bare verdict, guide), the verdict as a thing is none
    assert [t for t, _ in _trigger_words("Der Strafsenat verkündete heute das Urteil gegen die Mitglieder.")] == ["ACCUSE"]
    assert _trigger_words("Das Urteil ist noch nicht rechtskräftig.") == []


def test_thesaurus_triggers():
    # issue #5, tenth round: synonyms of lexicon words from OpenThesaurus synsets
    # (data/event_triggers/de_thesaurus.tsv, inflected through Ding): "umbringen" shares
    # synsets with "ermorden" and "töten", "Vorhaltung" with "Vorwurf" and "Anschuldigung".
    # Real sentences: quotes-de train (Saddam-Prozess in Bagdad begonnen, 2005-10-19) and
    # 10kGNAD rows 500-699 (both CC BY-NC-SA 4.0)
    assert ("ASSAULT", "umgebracht") in _trigger_words(
        "143 Bewohner wurden später umgebracht, die übrigen mussten das Dorf für vier Jahre verlassen.")
    assert ("ACCUSE", "Vorhaltungen") in _trigger_words(
        "Kanzler Werner Faymann und Vizekanzler Reinhold Mitterlehner machten einander am Donnerstag Vorhaltungen.")
    assert ("CONSULT", "Sitzung") in _trigger_words(
        "Das kündigte Vizekanzler Reinhold Mitterlehner Montagmittag nach einer Sitzung der Bundesparteileitung an.")
    # classes the 10kGNAD reading found mostly another sense stay out: talk about a topic,
    # checking and research (synonyms of "erörtern", "untersuchen")
    assert _trigger_words("Die Diskussion über die Abschaffung des Achtstundentags nimmt in Deutschland wieder Fahrt auf.") == []
    assert _trigger_words("So sind alle Normen künftig regelmäßig auf ihre Zweckmäßigkeit zu überprüfen.") == []


def test_separable_verb_forms_derived_from_the_lexicon():
    # issue #5, seventh round (quotes-de train sentences, CC BY-NC-SA 4.0): forms of the
    # lexicon's separable verbs that no pattern lists, derived by event_lexicon._separable:
    # the split order with the particle closing the clause (from "vorzuwerfen"), the joined
    # finite form of a subordinate clause (from "zog ... zurück"), the -ung noun of a particle
    # participle (from "niedergeschlagen")
    assert [t for t, _ in _trigger_words("Kritiker werfen Obama vor, er hätte die Entscheidung nur getroffen, "
                                         "um seine außenpolitische Unerfahrenheit wett zu machen.")] == ["ACCUSE"]
    assert ("RETREAT", "zurückzog") in _trigger_words(
        "Joseph Biden, der nach den demokratischen Vorwahlen in Iowa nur ein knappes Prozent der Stimmen erlangte "
        "und seine Präsidentschaftskandidatur zurückzog, sprach.")
    assert ("ASSAULT", "Niederschlagung") in _trigger_words(
        "Anlässlich des 16. Jahrestages der blutigen Niederschlagung der Demokratiebewegung in Peking.")
    # the particle must close the clause; a prefix verb's joined past is its participle
    # ("anerkannte" Regierung); "weist ... aus" of a statistic is not listed (not_split)
    assert _trigger_words("Sie werfen einen Blick vor die Tür.") == []
    assert _trigger_words("Die international anerkannte Regierung tagt in Tobruk.") == []
    assert _trigger_words("Die Statistik weist für das Jahr einen Anstieg aus.") == []
    # the derived split verb is written lower case: the noun "Klage" is no "klagt ... an"
    assert ("ACCUSE", "Klage") in _trigger_words("Das Gericht ließ den Einwand nicht gelten und nahm die Klage an.")
    # crushing a protest movement is COERCE (context rule), beating a person stays ASSAULT
    from newsgraph.extract.events import Hit

    ex = EventExtractor("de")
    sent = "Anlässlich des Jahrestages der blutigen Niederschlagung der Demokratiebewegung in Peking."
    i = sent.index("Niederschlagung")
    assert ex._retyped(Hit("ASSAULT", i, i + 15, "Niederschlagung"), sent, 0, None).type == "COERCE"
    sent = "Der Täter hatte den Kassierer niedergeschlagen."
    i = sent.index("niedergeschlagen")
    assert ex._retyped(Hit("ASSAULT", i, i + 16, "niedergeschlagen"), sent, 0, None).type == "ASSAULT"


def test_police_clearing_a_blockade_is_coerce():
    from newsgraph.extract.events import Hit

    ex = EventExtractor("de")
    sent = "Am Montagmorgen hatte die Polizei eine Blockade im Bezirk Mong Kok geräumt."
    i = sent.index("geräumt")
    assert ex._retyped(Hit("RETREAT", i, i + 7, "geräumt"), sent, 0, None).type == "COERCE"
    sent = "Die Armee hat ihre Stellungen im Norden geräumt."
    i = sent.index("geräumt")
    assert ex._retyped(Hit("RETREAT", i, i + 7, "geräumt"), sent, 0, None).type == "RETREAT"


def test_coordinated_actors_are_one_joined_actor():
    # guide: coordinated actors as written ("Schwulen, Lesben und Transgendern")
    ev = _roles("Gaddafi und sein Sohn Motassim waren am Donnerstag von den Rebellen festgenommen worden.", "festgenommen")
    assert ev.target_actor.name == "Gaddafi und sein Sohn Motassim"
    assert actor_match(ev.source_actor.name, ["Rebellen"])
    ev = _roles("Schüler und Lehrer protestierten gegen die Regierung.", "protestierten")
    assert ev.source_actor.name == "Schüler und Lehrer"
    assert actor_match(ev.target_actor.name, ["Regierung"])


def test_report_sources_are_never_event_actors():
    # "nach Angaben von X", "laut Informationen des X": X is whom the claim comes from
    from newsgraph.extract.events import ATTRIBUTION_BEFORE

    ev = _roles("Der Verdächtige wurde nach Angaben von Interpol in Korat im Nordosten Thailands gefasst.", "gefasst")
    assert ev.source_actor is None and actor_match(ev.target_actor.name, ["Verdächtige"])
    ev = _roles("Berichten der BBC zufolge wurden drei Soldaten getötet.", "getötet")
    assert ev.source_actor is None
    for before in ("nach Angaben von ", "Laut Informationen des ", "laut der ", "nach ersten Angaben der "):
        assert ATTRIBUTION_BEFORE.search(before), before
    # but an actor after a "laut X" phrase is one: "Laut Reuters hat die Regierung ..."
    for before in ("laut Reuters die ", "Laut X hat die "):
        assert not ATTRIBUTION_BEFORE.search(before), before


def _hand_parsed(rows):
    """A German Doc with a hand-written parse (word, POS, tag, dep, head, case): the rules
    below are pinned on the shapes the width-64 parser gives, whatever parser is shipped."""
    import spacy
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    doc = Doc(spacy.blank("de").vocab, words=words, spaces=[i + 1 < len(rows) and rows[i + 1][0] not in ".,"
                                            for i in range(len(rows))],
              pos=[r[1] for r in rows], tags=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[r[4] for r in rows], lemmas=[r[0].lower() for r in rows],
              morphs=["|".join(m for m in (f"Case={r[5]}" if r[5] else "", r[6] if len(r) > 6 else "") if m)
                      for r in rows], sent_starts=[i == 0 for i in range(len(rows))])
    return doc


def _hand_roles(rows, trigger, etype):
    from newsgraph.extract.event_parse_actors import ParseRoles

    doc = _hand_parsed(rows)
    i = doc.text.index(trigger)
    src, tgt, agentless = ParseRoles(doc).roles(i, i + len(trigger), etype)
    return (src.text if src else None), (tgt.text if tgt else None), agentless


def test_second_subject_after_a_modal_is_the_object():
    # dev sentence (quotes-de); the width-64 parse labels "Atomkraft" a second nsubj
    rows = [("US-Präsident", "PROPN", "NE", "nsubj", 7, "Gen"), ("Barack", "PROPN", "NE", "appos", 0, "Nom"),
            ("Obama", "PROPN", "NE", "flat", 1, "Nom"), ("will", "AUX", "VMFIN", "aux", 7, ""),
            ("die", "DET", "ART", "det", 5, "Nom"), ("Atomkraft", "NOUN", "NN", "nsubj", 7, "Nom"),
            ("stärker", "ADJ", "ADJD", "advmod", 7, ""), ("fördern", "VERB", "VVINF", "ROOT", 7, ""),
            (".", "PUNCT", "$.", "punct", 7, "")]
    src, tgt, _ = _hand_roles(rows, "fördern", "AID")
    assert "Obama" in src and tgt == "Atomkraft"
    # without the modal two subjects stay as they are: the first one acts, no object is made up
    rows[3] = ("will", "ADV", "ADV", "advmod", 7, "")
    src, tgt, _ = _hand_roles(rows, "fördern", "AID")
    assert tgt != "Atomkraft"


def test_impersonal_passive_targets_its_gegen_phrase():
    rows = [("Gegen", "ADP", "APPR", "case", 1, ""), ("ihn", "PRON", "PPER", "obl", 7, "Acc"),
            ("wird", "AUX", "VAFIN", "aux:pass", 7, ""), ("jetzt", "ADV", "ADV", "advmod", 7, ""),
            ("wegen", "ADP", "APPR", "case", 6, ""), ("versuchten", "ADJ", "ADJA", "amod", 6, "Dat"),
            ("Mordes", "NOUN", "NN", "obl", 7, "Gen"), ("ermittelt", "VERB", "VVFIN", "ROOT", 7, ""),
            (".", "PUNCT", "$.", "punct", 7, "")]
    src, tgt, agentless = _hand_roles(rows, "ermittelt", "ACCUSE")
    assert src is None and tgt == "ihn" and agentless
    # an "auf" phrase of a passive is no target ("wird auf die Ergebnisse gewartet")
    rows[0] = ("Auf", "ADP", "APPR", "case", 1, "")
    assert _hand_roles(rows, "ermittelt", "ACCUSE")[1] is None


def test_name_before_the_finite_verb_is_the_passive_subject(monkeypatch):
    # the width-64 parse makes "Charles" a genitive obl and "Juni" the subject
    rows = [("Charles", "PROPN", "NN", "obl", 13, "Gen"), ("Taylor", "PROPN", "NN", "flat", 0, "Nom"),
            (",", "PUNCT", "$,", "punct", 3, ""), ("Ex-Präsident", "NOUN", "NN", "appos", 0, "Nom"),
            (",", "PUNCT", "$,", "punct", 0, ""), ("wurde", "AUX", "VAFIN", "aux:pass", 13, ""),
            ("am", "ADP", "APPR_ART", "case", 7, "Dat"), ("Dienstag", "PROPN", "NN", "obl", 5, "Dat"),
            ("den", "DET", "ART", "det", 9, "Acc"), ("Juni", "PROPN", "NN", "nsubj", 13, "Dat"),
            ("nach", "ADP", "APPR", "case", 12, ""), ("Den", "DET", "ART", "det", 12, "Dat"),
            ("Haag", "NOUN", "NN", "obl", 13, "Dat"), ("überstellt", "VERB", "VVPP", "ROOT", 13, ""),
            (".", "PUNCT", "$.", "punct", 13, "")]
    src, tgt, _ = _hand_roles(rows, "überstellt", "COERCE")
    assert src is None and tgt.startswith("Charles Taylor")
    # a name after the finite verb is not counted so ("wurde Haag ..." as an obl)
    rows[0] = ("Charles", "NOUN", "NN", "obl", 13, "Gen")
    rows[10] = ("nach", "ADV", "ADV", "advmod", 13, "")
    rows[12] = ("Haag", "PROPN", "NE", "obl", 13, "Dat")
    from newsgraph.extract import event_parse_actors

    # ([parse] passive_patient, round 29, takes "Charles", a bare oblique of the participle, as the patient: pinned off,
    # this checks the word-order rule alone; on, the patient is Charles and still not "Haag")
    d = event_parse_actors.settings()
    monkeypatch.setattr(event_parse_actors, "settings", lambda: {**d, "passive_patient": False})
    assert _hand_roles(rows, "überstellt", "COERCE")[1] is None
    monkeypatch.setattr(event_parse_actors, "settings", lambda: {**d, "passive_patient": True})
    assert _hand_roles(rows, "überstellt", "COERCE")[1].startswith("Charles")


def test_prepositional_phrases_are_no_actors():
    from newsgraph.extract.event_parse_actors import _case_of

    # "Aufgrund" tagged a noun at the sentence start: its phrase is prepositional
    doc = _hand_parsed([("Aufgrund", "NOUN", "NN", "compound", 1, "Nom"), ("Sicherheitsbedenken", "PROPN", "NE", "nsubj", 2, "Nom"),
                        ("haben", "AUX", "VAFIN", "ROOT", 2, "")])
    assert _case_of(doc[1]) == "aufgrund" and _case_of(doc[0]) == "aufgrund" and _case_of(doc[2]) is None
    # word order: a possessive is an article, so "von seinem Amt" is governed by "von"
    from newsgraph.extract.event_actors import ActorFinder, tokenize
    from newsgraph.extract.event_lexicon import lexicon

    finder = ActorFinder(lexicon("de"))
    toks = tokenize("Der Notenbankchef Antonio Fazio ist am Montag von seinem Amt zurückgetreten.")
    amt = next(p for p in finder.phrases(toks) if p.text == "Amt")
    assert finder.governed(toks, amt) == "von"


def test_content_noun_hands_over_to_a_genitive_the_tagger_called_dative():
    # the shipped parse of "den Betrieb der peruanischen Fluggesellschaft TANS ausgesetzt"
    rows = [("Behörden", "NOUN", "NN", "nsubj", 7, "Nom"), ("haben", "AUX", "VAFIN", "aux", 7, ""),
            ("den", "DET", "ART", "det", 3, "Acc"), ("Betrieb", "NOUN", "NN", "obj", 7, "Acc"),
            ("der", "DET", "ART", "det", 5, "Gen"), ("Fluggesellschaft", "NOUN", "NN", "nmod", 3, "Dat"),
            ("TANS", "PROPN", "NE", "flat", 5, "Nom"), ("ausgesetzt", "VERB", "VVPP", "ROOT", 7, ""),
            (".", "PUNCT", "$.", "punct", 7, "")]
    src, tgt, _ = _hand_roles(rows, "ausgesetzt", "SANCTION")
    assert src == "Behörden" and tgt == "Fluggesellschaft TANS"


def test_custody_noun_on_a_time_phrase_and_a_name_before_the_finite_verb():
    # width-64 parse: "in Untersuchungshaft" hangs on "Anfang", not on "sitzt"
    rows = [("Die", "DET", "ART", "det", 1, "Nom"), ("Politikerin", "NOUN", "NN", "nsubj", 2, "Nom"),
            ("sitzt", "VERB", "VVFIN", "ROOT", 2, ""), ("seit", "ADP", "APPR", "case", 4, ""),
            ("Anfang", "NOUN", "NN", "obl", 2, "Dat"), ("August", "PROPN", "NE", "appos", 4, "Dat"),
            ("in", "ADP", "APPR", "case", 7, ""), ("Untersuchungshaft", "NOUN", "NE", "nmod", 4, "Dat"),
            (".", "PUNCT", "$.", "punct", 2, "")]
    assert _hand_roles(rows, "Untersuchungshaft", "COERCE")[1] == "Politikerin"
    # "Li" labelled advmod of "erklärte": the one who says someone must act is the source
    rows = [("Li", "PROPN", "NE", "advmod", 1, "Nom"), ("erklärte", "VERB", "VVFIN", "ROOT", 1, ""),
            (",", "PUNCT", "$,", "punct", 6, ""), ("dass", "SCONJ", "KOUS", "mark", 6, ""),
            ("Hongkong", "PROPN", "NE", "nsubj", 6, "Nom"), ("China", "PROPN", "NE", "obj", 6, "Acc"),
            ("lieben", "VERB", "VVINF", "ccomp", 1, ""), ("müsse", "AUX", "VMFIN", "aux", 6, ""),
            (".", "PUNCT", "$.", "punct", 1, "")]
    src, tgt, _ = _hand_roles(rows, "müsse", "REQUEST")
    assert src == "Li" and tgt == "Hongkong"


def test_english_actor_phrases_collectives_demonyms_countries():
    # issue #5 (PLOVER source actors): a collective or a count before "of" is not the actor, its
    # of-phrase is; a demonym with a plural noun the role list lacks is one; every ISO country is a place
    cases = [
        ("A group of Kenyan diplomats met President Obama on Monday.", "diplomats", "Obama"),
        ("Thousands of Iraqi Kurds protested in Kirkuk on Sunday.", "Kurds", None),
        ("Russian aircraft killed 12 civilians near Herat.", "aircraft", "civilians"),
        ("Yemen rejected the request on Tuesday.", "Yemen", None),
        ("Palestinian riots continued on Monday.", "Palestinian", None),
        # no named target: the country the act is directed at (PLOVER's convention)
        ("Serbia lifted a night curfew in Montenegro on Sunday.", "Serbia", "Montenegro"),
        ("The United States speeded up the withdrawal of its forces from Panama.", "States", "Panama"),
        # an English to-infinitive without a comma: the governing clause's subject
        ("The United States continued to send arms to Pakistan last year.", "States", "Pakistan"),
    ]
    for s, src, tgt in cases:
        evs = analyse_sentence(s, "en", None)[1]
        assert evs, s
        ev = evs[0]
        assert ev.source_actor is not None and ev.source_actor.name.split()[-1] == src, (s, ev.source_actor)
        if tgt:
            assert ev.target_actor is not None and ev.target_actor.name.split()[-1] == tgt, (s, ev.target_actor)


def test_english_demand_is_made_of_the_that_clause_subject():
    evs = analyse_sentence("Greece demanded that its European Community partners refuse to recognize the "
                           "Former Yugoslav Republic of Macedonia.", "en", None)[1]
    ev = [e for e in evs if e.type == "REQUEST"][0]
    assert ev.source_actor.name == "Greece"
    assert actor_match(ev.target_actor.name, ["European Community"]), ev.target_actor


def test_hit_ranker_picks_the_trigger_that_carries_the_main_event():
    # issue #5 job 1: PLOVER codes "urged ... to support" as REQUEST; the sentence model alone
    # would take the more probable SUPPORT hit, the English hit ranker moves the main event
    from newsgraph.extract.event_classifier import HitRanker
    from newsgraph.extract.events import Hit

    class Stub:
        ranker = None

        def proba(self, feats):
            return {"REQUEST": 0.4, "SUPPORT": 0.5, "NONE": 0.1}

    s = "Klibi urged the European Community to support the PLO."
    hits = [Hit("REQUEST", 6, 11, "urged"), Hit("SUPPORT", 38, 45, "support")]
    mods = [Modality.happened, Modality.happened]
    ex = EventExtractor("en", Stub())
    ex.settings = {"secondary_min": 0.02}

    def main(out):
        return max(out, key=lambda x: x[2])[0].type

    assert main(ex._typed(s, hits, mods)) == "SUPPORT"
    Stub.ranker = HitRanker({"langs": ["en"], "intercept": 0.0, "weights": {"prevto": -2.0}, "weight": 1.0})
    assert main(ex._typed(s, hits, mods)) == "REQUEST"
    Stub.ranker = HitRanker({"langs": ["de"], "intercept": 0.0, "weights": {"prevto": -2.0}, "weight": 1.0})
    assert main(ex._typed(s, hits, mods)) == "SUPPORT"  # a ranker for German only leaves English alone
    from newsgraph.extract.event_classifier import classifier
    shipped = classifier()
    assert shipped is not None and shipped.ranker is not None and shipped.ranker.langs == {"en"}


def test_relative_subject_agrees_with_its_verb_not_the_nearest_noun():
    # fresh3 sentence, shortened: the parser hangs the relative clause on the genitive "Sauerland-Gruppe";
    # the plural "waren" says the relative pronoun stands for "Mitglieder"
    rows = [("Das", "DET", "ART", "det", 1, "Nom"), ("Gericht", "NOUN", "NN", "nsubj", 2, "Nom", "Number=Sing"),
            ("verurteilte", "VERB", "VVFIN", "ROOT", 2, "", "Number=Sing|VerbForm=Fin"),
            ("die", "DET", "ART", "det", 4, "Acc"), ("Mitglieder", "NOUN", "NN", "obj", 2, "Acc", "Number=Plur"),
            ("der", "DET", "ART", "det", 6, "Gen"), ("Sauerland-Gruppe", "NOUN", "NN", "nmod", 4, "Gen", "Number=Sing"),
            (",", "PUNCT", "$,", "punct", 9, ""), ("die", "PRON", "PRELS", "nsubj:pass", 9, "Nom", "Number=Plur|PronType=Rel"),
            ("verhaftet", "VERB", "VVPP", "acl", 6, "", "VerbForm=Part"),
            ("worden", "AUX", "VAPP", "aux:pass", 9, "", "VerbForm=Part"),
            ("waren", "AUX", "VAFIN", "aux", 9, "", "Number=Plur|VerbForm=Fin"), (".", "PUNCT", "$.", "punct", 2, "")]
    _, tgt, _ = _hand_roles(rows, "verhaftet", "COERCE")
    assert tgt is not None and "Mitglieder" in tgt, tgt
    rows[11] = ("war", "AUX", "VAFIN", "aux", 9, "", "Number=Sing|VerbForm=Fin")
    rows[8] = ("die", "PRON", "PRELS", "nsubj:pass", 9, "Nom", "Number=Sing|PronType=Rel")
    _, tgt, _ = _hand_roles(rows, "verhaftet", "COERCE")
    assert tgt is not None and "Mitglieder" not in tgt and "Sauerland" in tgt, tgt


def test_passive_subject_hung_on_a_place_is_the_target():
    # fresh (quotes-de): the parse hangs "Mädchen" on "Kleinmachnow" as an accusative nmod
    rows = [("Gestern", "ADV", "ADV", "advmod", 7, ""), ("wurde", "AUX", "VAFIN", "aux:pass", 7, ""),
            ("in", "ADP", "APPR", "case", 3, ""), ("Kleinmachnow", "NOUN", "NN", "obl", 7, "Dat"),
            ("ein", "DET", "ART", "det", 6, "Acc"), ("vierjähriges", "ADJ", "ADJA", "amod", 6, "Acc"),
            ("Mädchen", "NOUN", "NN", "nmod", 3, "Acc"), ("entführt", "VERB", "VVFIN", "ROOT", 7, ""),
            (".", "PUNCT", "$.", "punct", 7, "")]
    src, tgt, agentless = _hand_roles(rows, "entführt", "COERCE")
    assert src is None and tgt.endswith("Mädchen") and agentless
    # a dative phrase there is no passive subject ("wurde dem Mädchen ... geholfen")
    rows[4] = ("dem", "DET", "ART", "det", 6, "Dat")
    assert _hand_roles(rows, "entführt", "COERCE")[1] is None


def test_noun_trigger_of_drohen_or_erhalten_targets_the_other_phrase():
    # fresh3: "Den Berliner Verkehrsbetrieben (BVG) droht ab heute ein neuer unbefristeter Streik."
    rows = [("Den", "DET", "ART", "det", 2, "Acc"), ("Berliner", "ADJ", "ADJA", "amod", 2, "Dat"),
            ("Verkehrsbetrieben", "NOUN", "NN", "nsubj", 3, "Gen"), ("droht", "VERB", "VVFIN", "ROOT", 3, ""),
            ("ein", "DET", "ART", "det", 6, "Nom"), ("neuer", "ADJ", "ADJA", "amod", 6, "Nom"),
            ("Streik", "NOUN", "NN", "obl", 3, "Gen"), (".", "PUNCT", "$.", "punct", 3, "")]
    src, tgt, _ = _hand_roles(rows, "Streik", "PROTEST")
    assert src is None and tgt.endswith("Verkehrsbetrieben")
    # another verb: no such reading
    rows[3] = ("beginnt", "VERB", "VVFIN", "ROOT", 3, "")
    assert _hand_roles(rows, "Streik", "PROTEST")[1] is None


def test_subject_after_the_finite_auxiliary_parsed_as_object():
    # dev: "Aufgrund ... haben peruanische Behörden ... den Betrieb ... ausgesetzt" ("Behörden" obj)
    rows = [("Deshalb", "ADV", "ADV", "advmod", 7, ""), ("haben", "AUX", "VAFIN", "aux", 7, ""),
            ("peruanische", "ADJ", "ADJA", "amod", 3, "Nom"), ("Behörden", "NOUN", "NN", "obj", 1, "Acc"),
            ("den", "DET", "ART", "det", 5, "Acc"), ("Betrieb", "NOUN", "NN", "obj", 7, "Acc"),
            ("sofort", "ADV", "ADV", "advmod", 7, ""), ("ausgesetzt", "VERB", "VVPP", "ROOT", 7, ""),
            (".", "PUNCT", "$.", "punct", 7, "")]
    src, tgt, _ = _hand_roles(rows, "ausgesetzt", "SANCTION")
    assert src.endswith("Behörden") and tgt != src
    # a dative article after the auxiliary marks no subject ("haben den Behörden ...")
    rows[2] = ("den", "DET", "ART", "det", 3, "Dat")
    rows[3] = ("Behörden", "NOUN", "NN", "iobj", 7, "Dat")
    assert _hand_roles(rows, "ausgesetzt", "SANCTION")[0] is None


def test_genitive_with_a_target_phrase_is_the_source():
    # fresh3: "Colomer empfahl dem Gericht, der ... Klage der EU-Kommission gegen die Bundesrepublik
    # Deutschland stattzugeben" -- the parser hangs the gegen-phrase on the genitive
    rows = [("Colomer", "PROPN", "NE", "nsubj", 1, "Nom"), ("empfahl", "VERB", "VVFIN", "ROOT", 1, ""),
            ("dem", "DET", "ART", "det", 3, "Dat"), ("Gericht", "NOUN", "NN", "obl:arg", 1, "Dat"),
            (",", "PUNCT", "$,", "punct", 11, ""), ("der", "DET", "ART", "det", 6, "Dat"),
            ("Klage", "NOUN", "NN", "obl", 11, "Dat"), ("der", "DET", "ART", "det", 8, "Gen"),
            ("EU-Kommission", "NOUN", "NN", "nmod", 6, "Gen"), ("gegen", "ADP", "APPR", "case", 10, ""),
            ("Bundesrepublik", "PROPN", "NN", "nmod", 8, "Acc"), ("stattzugeben", "VERB", "VVINF", "acl", 3, ""),
            (".", "PUNCT", "$.", "punct", 1, "")]
    assert _hand_roles(rows, "Klage", "ACCUSE")[:2] == ("EU-Kommission", "Bundesrepublik")
    # the same with the phrase on the trigger noun ("der Angriff Russlands auf die Ukraine")
    rows[10] = ("Bundesrepublik", "PROPN", "NN", "nmod", 6, "Acc")
    assert _hand_roles(rows, "Klage", "ACCUSE")[:2] == ("EU-Kommission", "Bundesrepublik")
    # support is for someone: "Unterstützung der Ukraine gegen Russland" keeps the genitive as target
    assert _hand_roles(rows, "Klage", "SUPPORT")[1] == "EU-Kommission"


def test_object_noun_trigger_takes_the_verbs_gegen_phrase():
    # dev: "Gegen den Hubschrauberpiloten, der ..., hat die Staatsanwaltschaft Innsbruck Mitte März
    # 2006 Anklage erhoben" -- the time phrase hung on the name as an apposition
    rows = [("Gegen", "ADP", "APPR", "case", 2, ""), ("den", "DET", "ART", "det", 2, "Dat"),
            ("Hubschrauberpiloten", "NOUN", "NN", "obl", 11, "Dat"), ("hat", "AUX", "VAFIN", "aux", 11, ""),
            ("die", "DET", "ART", "det", 5, "Nom"), ("Staatsanwaltschaft", "NOUN", "NN", "nsubj", 11, "Nom"),
            ("Innsbruck", "PROPN", "NN", "appos", 5, "Nom"), ("Mitte", "NOUN", "NN", "appos", 6, "Nom"),
            ("März", "PROPN", "NE", "flat", 7, "Nom"), ("2006", "NUM", "CARD", "nummod", 10, ""),
            ("Anklage", "NOUN", "NN", "obj", 11, "Acc"), ("erhoben", "VERB", "VVPP", "ROOT", 11, ""),
            (".", "PUNCT", "$.", "punct", 11, "")]
    assert _hand_roles(rows, "Anklage", "ACCUSE")[:2] == ("Staatsanwaltschaft Innsbruck", "Hubschrauberpiloten")
    # another preposition on the verb names no target ("Auf den Hinweis ... hat ... Anklage erhoben")
    rows[0] = ("Auf", "ADP", "APPR", "case", 2, "")
    assert _hand_roles(rows, "Anklage", "ACCUSE")[1] is None


def test_passive_of_a_thing_targets_the_person_in_the_dative():
    # fresh: "57 Verbrechen werden dem Ex-Serbengeneral vorgeworfen"
    rows = [("57", "NUM", "CARD", "nummod", 1, ""), ("Verbrechen", "NOUN", "NN", "nsubj:pass", 5, "Nom"),
            ("werden", "AUX", "VAFIN", "aux", 5, ""), ("dem", "DET", "ART", "det", 4, "Dat"),
            ("Ex-Serbengeneral", "NOUN", "NN", "obl:arg", 5, "Dat"), ("vorgeworfen", "VERB", "VVPP", "ROOT", 5, ""),
            (".", "PUNCT", "$.", "punct", 5, "")]
    assert _hand_roles(rows, "vorgeworfen", "ACCUSE")[1] == "Ex-Serbengeneral"
    # a person as the passive subject stays the target ("werden die Fluglotsen dem Militärrecht unterstellt")
    rows[1] = ("Fluglotsen", "NOUN", "NN", "nsubj:pass", 5, "Nom")
    rows[0] = ("die", "DET", "ART", "det", 1, "Nom")
    rows[4] = ("Militärrecht", "NOUN", "NN", "obl:arg", 5, "Dat")
    assert _hand_roles(rows, "vorgeworfen", "COERCE")[1] == "Fluglotsen"


def test_infinitive_borrows_the_source_its_governor_finds_by_word_order():
    # fresh2: "hat der IWF angekündigt, keine finanzielle Hilfe mehr leisten zu wollen" with "IWF"
    # parsed as the governor's obl:arg, not its subject
    rows = [("Deshalb", "ADV", "ADV", "advmod", 4, ""), ("hat", "AUX", "VAFIN", "aux", 4, ""),
            ("der", "DET", "ART", "det", 3, "Nom"), ("IWF", "PROPN", "NE", "obl:arg", 4, "Dat"),
            ("angekündigt", "VERB", "VVPP", "ROOT", 4, ""), (",", "PUNCT", "$,", "punct", 8, ""),
            ("keine", "DET", "PIAT", "det", 7, "Acc"), ("Hilfe", "NOUN", "NN", "obj", 8, "Acc"),
            ("leisten", "VERB", "VVINF", "xcomp", 4, ""), ("zu", "PART", "PTKZU", "mark", 9, ""),
            ("wollen", "AUX", "VVINF", "aux", 8, ""), (".", "PUNCT", "$.", "punct", 4, "")]
    assert _hand_roles(rows, "Hilfe", "SANCTION")[0] == "IWF"
    # a passive governor's phrases are not who acts ("wurde der IWF aufgefordert, ... zu leisten")
    rows[1] = ("wurde", "AUX", "VAFIN", "aux:pass", 4, "")
    assert _hand_roles(rows, "Hilfe", "SANCTION")[0] is None


def test_possessive_noun_trigger_in_a_copula_clause_takes_its_subject():
    # fresh: "Günther Krause (CDU) war ... bis zu seinem Rücktritt 1993 Bundesminister für Verkehr"
    rows = [("Günther", "PROPN", "NE", "nsubj", 10, "Nom"), ("Krause", "PROPN", "NE", "flat", 0, "Nom"),
            ("(", "PUNCT", "$(", "punct", 3, ""), ("CDU", "PROPN", "NE", "appos", 1, "Nom"),
            (")", "PUNCT", "$(", "punct", 3, ""), ("war", "AUX", "VAFIN", "cop", 10, ""),
            ("bis", "ADP", "APPR", "case", 9, ""), ("zu", "ADP", "APPR", "case", 9, ""),
            ("seinem", "DET", "PPOSAT", "det:poss", 9, "Dat"), ("Rücktritt", "NOUN", "NN", "nmod", 10, "Dat"),
            ("Bundesminister", "NOUN", "NN", "ROOT", 10, "Nom"), (".", "PUNCT", "$.", "punct", 10, "")]
    # the bracketed party is no part of the actor's name
    assert _hand_roles(rows, "Rücktritt", "RETREAT")[0] == "Günther Krause"
    # without the possessive no subject is borrowed ("bis zum Rücktritt")
    rows[8] = ("dem", "DET", "ART", "det", 9, "Dat")
    assert _hand_roles(rows, "Rücktritt", "RETREAT")[0] is None


def test_english_intent_cues_govern_only_the_verb_after_them():
    # issue #5, eleventh round (PLOVER sentences, shortened): a future or intent cue after the
    # trigger does not make it planned, "planes" is no "plan", a cue before the trigger still does
    from newsgraph.extract.event_actors import tokenize
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.event_modality import modality_for
    from newsgraph.extract.events import _tok_index, triggers

    lex = lexicon("en")

    def mod(sentence, word):
        toks = tokenize(sentence)
        h = [h for h in triggers(sentence, lex) if h.text == word][0]
        return modality_for(sentence, h.start, h.end, toks, _tok_index(toks, h.start), lex)

    s = "Georgian President Eduard Shevardnadze resigned Sunday as the opposition threatened to storm his residence."
    assert mod(s, "resigned") == Modality.happened
    s = "Croatia is investigating alleged war crimes by Croatian extremists and will bring suspects to trial."
    assert mod(s, "investigating") == Modality.happened
    s = "The UNITA militarist wing refused to allow United Nations planes to land."
    assert mod(s, "refused") == Modality.happened
    s = "U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw weapons inspectors from Iraq."
    assert mod(s, "withdraw") == Modality.planned
    # German cues may follow their verb ("kündigte ... an"): unchanged
    assert "planned" not in lexicon("de").modality_before


def test_english_stopping_aid_talks_or_visits_is_a_sanction():
    # CAMEO 16 "reduce relations" (PLOVER sentences, shortened); stopping a fight stays RETREAT
    cases = [("Japan said on Tuesday it had halted economic aid to Serbia.", "halted economic aid"),
             ("The United Nations on Tuesday reduced food supplies to the biggest Cambodian refugee camp.",
              "reduced food supplies"),
             ("Syrian officers today ended mediation efforts between rival militias in Tripoli.", "ended mediation"),
             ("A French minister has cancelled a planned visit to Haiti.", "cancelled a planned visit")]
    for s, phrase in cases:
        a = s.index(phrase)
        evs = analyse_sentence(s, "en", None)[1]
        assert any(e.type == "SANCTION" and a <= e.trigger.start < a + len(phrase) for e in evs), (s, evs)
    evs = analyse_sentence("The rebels halted their offensive on Sunday.", "en", None)[1]
    assert evs and all(e.type != "SANCTION" for e in evs)


def test_a_thing_attacked_or_opposed_stands_for_its_owner():
    # issue #5, eleventh round (events_type card). dev: "Das deutsche Innenministerium ist auch durch
    # eine wachsende Zahl von Cyberattacken auf die Rechner deutscher Behörden beunruhigt" (the
    # parse as given): the computers attacked are the authorities'
    rows = [("Das", "DET", "ART", "det", 2, "Nom"), ("deutsche", "ADJ", "ADJA", "amod", 2, "Nom"),
            ("Innenministerium", "NOUN", "NN", "nsubj", 8, "Nom"), ("ist", "AUX", "VAFIN", "cop", 8, ""),
            ("auch", "ADV", "ADV", "advmod", 8, ""), ("durch", "ADP", "APPR", "case", 8, ""),
            ("eine", "DET", "ART", "det", 8, "Acc"), ("wachsende", "ADJ", "ADJA", "amod", 8, "Acc"),
            ("Zahl", "NOUN", "NN", "obj", 16, "Acc"), ("von", "ADP", "APPR", "case", 10, ""),
            ("Cyberattacken", "NOUN", "NN", "nmod", 8, "Dat"), ("auf", "ADP", "APPR", "case", 13, ""),
            ("die", "DET", "ART", "det", 13, "Acc"), ("Rechner", "NOUN", "NN", "obl", 16, "Acc"),
            ("deutscher", "ADJ", "ADJA", "amod", 15, "Gen"), ("Behörden", "NOUN", "NN", "nmod", 13, "Gen"),
            ("beunruhigt", "VERB", "VVPP", "ROOT", 16, ""), (".", "PUNCT", "$.", "punct", 16, "")]
    assert _hand_roles(rows, "Cyberattacken", "ASSAULT")[1] == "deutscher Behörden"
    # a place in the genitive is where the thing is, not who owns it ("Rechner Hongkongs")
    rows[14] = ("in", "ADP", "APPR", "case", 15, "")
    rows[15] = ("Hongkong", "PROPN", "NE", "nmod", 13, "Dat")
    assert _hand_roles(rows, "Cyberattacken", "ASSAULT")[1] == "Rechner"


def test_a_possessed_thing_attacked_stands_for_the_clause_subject():
    # dev: "Obama berichtet von Hackerangriffen auf sein Computernetzwerk während des Wahlkampfes"
    from spacy.tokens import Span

    rows = [("Obama", "PROPN", "NE", "nsubj", 1, "Nom"), ("berichtet", "VERB", "VVFIN", "ROOT", 1, ""),
            ("von", "ADP", "APPR", "case", 3, ""), ("Hackerangriffen", "NOUN", "NN", "obl", 1, "Dat"),
            ("auf", "ADP", "APPR", "case", 6, ""), ("sein", "DET", "PPOSAT", "det:poss", 6, "Acc"),
            ("Computernetzwerk", "NOUN", "NN", "obl", 1, "Acc"), (".", "PUNCT", "$.", "punct", 1, "")]
    from newsgraph.extract.event_parse_actors import ParseRoles

    doc = _hand_parsed(rows)
    doc.ents = [Span(doc, 0, 1, label="PER")]
    i = doc.text.index("Hackerangriffen")
    assert ParseRoles(doc).roles(i, i + len("Hackerangriffen"), "ASSAULT")[1].text == "Obama"
    # the owner of a subject or object is not looked for: "die Führungsebene der Firma wurde
    # inhaftiert" keeps the management (events_de_fresh)
    rows = [("die", "DET", "ART", "det", 1, "Nom"), ("Führungsebene", "NOUN", "NN", "nsubj:pass", 4, "Nom"),
            ("der", "DET", "ART", "det", 3, "Gen"), ("Firma", "NOUN", "NN", "nmod", 1, "Gen"),
            ("inhaftiert", "VERB", "VVPP", "ROOT", 4, ""), ("wurde", "AUX", "VAFIN", "aux:pass", 4, ""),
            (".", "PUNCT", "$.", "punct", 4, "")]
    assert _hand_roles(rows, "inhaftiert", "COERCE")[1] == "Führungsebene"


def test_passive_von_phrase_on_the_verb_names_the_agent():
    # issue #5, eleventh round, dev: "Die von Ministerpräsident Dschawad al-Maliki eingebrachten
    # Personalvorschläge für die beiden Ministerposten wurden vom Parlament mit großer Mehrheit
    # abgesegnet" -- the first von-phrase belongs to the attributive participle (as HanTa's tags
    # let the parser hang it), the one on the verb is who approved
    rows = [("Die", "DET", "ART", "det", 6, "Nom"), ("von", "ADP", "APPR", "case", 2, ""),
            ("Ministerpräsident", "NOUN", "NN", "nmod", 5, "Dat"), ("Dschawad", "PROPN", "NE", "flat", 2, ""),
            ("al-Maliki", "PROPN", "NE", "flat", 3, ""), ("eingebrachten", "ADJ", "ADJA", "amod", 6, "Nom"),
            ("Personalvorschläge", "NOUN", "NN", "nsubj:pass", 17, "Nom"), ("für", "ADP", "APPR", "case", 10, ""),
            ("die", "DET", "ART", "det", 10, "Acc"), ("beiden", "ADJ", "PIAT", "amod", 10, "Acc"),
            ("Ministerposten", "NOUN", "NN", "nmod", 6, "Acc"), ("wurden", "AUX", "VAFIN", "aux:pass", 17, ""),
            ("vom", "ADP", "APPRART", "case", 13, ""), ("Parlament", "NOUN", "NN", "obl", 17, "Dat"),
            ("mit", "ADP", "APPR", "case", 16, ""), ("großer", "ADJ", "ADJA", "amod", 16, "Dat"),
            ("Mehrheit", "NOUN", "NN", "obl", 17, "Dat"), ("abgesegnet", "VERB", "VVPP", "ROOT", 17, ""),
            (".", "PUNCT", "$.", "punct", 17, "")]
    assert _hand_roles(rows, "abgesegnet", "AGREE")[0] == "Parlament"


def test_a_capitalised_adjd_parsed_as_subject_is_a_noun():
    # issue #5, eleventh round, fresh: "Kritiker werfen Obama vor, er hätte die Entscheidung nur
    # getroffen, ..." with "Kritiker" tagged ADJD and "Obama" given the nominative
    rows = [("Kritiker", "ADJ", "ADJD", "nsubj", 1, ""), ("werfen", "VERB", "VVFIN", "ROOT", 1, ""),
            ("Obama", "PROPN", "NE", "obj", 1, "Nom"), ("vor", "ADP", "PTKVZ", "compound:prt", 1, ""),
            (",", "PUNCT", "$,", "punct", 10, ""), ("er", "PRON", "PPER", "nsubj", 10, "Nom"),
            ("hätte", "AUX", "VAFIN", "aux", 10, ""), ("die", "DET", "ART", "det", 8, "Nom"),
            ("Entscheidung", "NOUN", "NN", "obj", 10, "Acc"), ("nur", "ADV", "ADV", "advmod", 10, ""),
            ("getroffen", "VERB", "VVPP", "ccomp", 1, ""), (".", "PUNCT", "$.", "punct", 1, "")]
    assert _hand_roles(rows, "werfen", "ACCUSE")[:2] == ("Kritiker", "Obama")


def test_relative_clause_hung_on_a_later_noun_takes_the_agreeing_noun_before_it():
    # issue #5, eleventh round, fresh2: "Zwei Männer, Mohammed Resa Ali Samani und Arasch Rahmani Pur
    # (19), die im Oktober von einem iranischen Gericht zum Tod durch den Strang verurteilt worden
    # waren, wurden heute als „Feinde Gottes“ ... hingerichtet" (shortened) with the relative clause
    # hung on "Gottes"; the plural verb skips the names
    rows = [("Zwei", "NUM", "CARD", "nummod", 1, ""), ("Männer", "NOUN", "NN", "nsubj:pass", 28, "Nom", "Number=Plur"),
            (",", "PUNCT", "$,", "punct", 3, ""), ("Mohammed", "PROPN", "NE", "appos", 1, "Nom"),
            ("Resa", "PROPN", "NE", "flat", 3, ""), ("Ali", "PROPN", "NE", "flat", 3, ""),
            ("Samani", "PROPN", "NE", "flat", 3, ""), ("und", "CCONJ", "KON", "cc", 8, ""),
            ("Arasch", "PROPN", "NE", "conj", 3, ""), ("Rahmani", "PROPN", "NE", "flat", 8, ""),
            ("Pur", "PROPN", "NE", "flat", 8, ""), ("(", "PUNCT", "$(", "punct", 12, ""),
            ("19", "NUM", "CARD", "appos", 8, ""), (")", "PUNCT", "$(", "punct", 12, ""),
            (",", "PUNCT", "$,", "punct", 20, ""), ("die", "PRON", "PRELS", "nsubj:pass", 20, "Nom"),
            ("im", "ADP", "APPRART", "case", 17, ""), ("Oktober", "PROPN", "NN", "obl", 20, "Dat"),
            ("von", "ADP", "APPR", "case", 19, ""), ("Gericht", "NOUN", "NN", "obl", 20, "Dat"),
            ("verurteilt", "VERB", "VVPP", "acl", 27, ""), ("worden", "AUX", "VAPP", "aux:pass", 20, ""),
            ("waren", "AUX", "VAFIN", "aux", 20, "", "Number=Plur|VerbForm=Fin"), (",", "PUNCT", "$,", "punct", 20, ""),
            ("wurden", "AUX", "VAFIN", "aux:pass", 28, ""), ("als", "ADP", "KOKOM", "case", 26, ""),
            ("Feinde", "NOUN", "NN", "obl", 28, "Nom"), ("Gottes", "NOUN", "NN", "nmod", 26, "Gen", "Number=Sing"),
            ("hingerichtet", "VERB", "VVPP", "ROOT", 28, ""), (".", "PUNCT", "$.", "punct", 28, "")]
    src, tgt, _ = _hand_roles(rows, "verurteilt", "COERCE")
    assert src == "Gericht" and tgt.startswith("Zwei Männer")


def test_second_verb_of_a_relative_clause_shares_the_relative_pronoun():
    # issue #5, eleventh round, fresh: "Joseph Biden, der nach den demokratischen Vorwahlen in Iowa nur
    # ein knappes Prozent der Stimmen erlangte und seine Präsidentschaftskandidatur zurückzog, ist nun
    # Vizepräsidenten-Kandidat von Barack Obama" with the object of the second verb parsed as its subject
    rows = [("Joseph", "PROPN", "NE", "dep", 1, ""), ("Biden", "NOUN", "NN", "nsubj", 24, "Nom"),
            (",", "PUNCT", "$,", "punct", 16, ""), ("der", "PRON", "PRELS", "nsubj", 16, "Nom"),
            ("nach", "ADP", "APPR", "case", 7, ""), ("den", "DET", "ART", "det", 7, "Dat"),
            ("demokratischen", "ADJ", "ADJA", "amod", 7, "Dat"), ("Vorwahlen", "NOUN", "NN", "obl", 16, "Dat"),
            ("in", "ADP", "APPR", "case", 9, ""), ("Iowa", "PROPN", "NE", "nmod", 7, "Dat"),
            ("nur", "ADV", "ADV", "advmod", 13, ""), ("ein", "DET", "ART", "det", 13, ""),
            ("knappes", "ADJ", "ADJA", "amod", 13, ""), ("Prozent", "NOUN", "NN", "obj", 16, ""),
            ("der", "DET", "ART", "det", 15, "Gen"), ("Stimmen", "NOUN", "NN", "nmod", 13, "Gen"),
            ("erlangte", "VERB", "VVFIN", "acl", 1, ""), ("und", "CCONJ", "KON", "cc", 20, ""),
            ("seine", "DET", "PPOSAT", "det:poss", 19, "Nom"), ("Präsidentschaftskandidatur", "NOUN", "NN", "nsubj", 20, "Acc"),
            ("zurückzog", "VERB", "VVFIN", "conj", 16, ""), (",", "PUNCT", "$,", "punct", 1, ""),
            ("ist", "AUX", "VAFIN", "cop", 24, ""), ("nun", "ADV", "ADV", "advmod", 24, ""),
            ("Vizepräsidenten-Kandidat", "NOUN", "NN", "ROOT", 24, "Nom"), ("von", "ADP", "APPR", "case", 26, ""),
            ("Barack", "PROPN", "NE", "nmod", 24, ""), ("Obama", "PROPN", "NE", "flat", 26, ""),
            (".", "PUNCT", "$.", "punct", 24, "")]
    src, tgt, _ = _hand_roles(rows, "zurückzog", "RETREAT")
    assert src == "Biden" and tgt == "Präsidentschaftskandidatur"


def test_a_bare_nominative_on_a_report_noun_is_no_reporter():
    # issue #5, eleventh round, fresh2: "Nach Polizeiangaben soll Oliver Jufer, der seit mehr als zehn
    # Jahren in Thailand lebt, nun so bald wie möglich in sein Heimatland abgeschoben werden"
    # (shortened), the name hung on "Polizeiangaben" as nmod
    rows = [("Nach", "ADP", "APPR", "case", 1, ""), ("Polizeiangaben", "NOUN", "NN", "ROOT", 1, "Dat"),
            ("soll", "AUX", "VMFIN", "aux", 3, ""), ("Oliver", "PROPN", "NE", "nmod", 1, "Nom"),
            ("Jufer", "PROPN", "NE", "flat", 3, "Nom"), (",", "PUNCT", "$,", "punct", 9, ""),
            ("der", "PRON", "PRELS", "nsubj", 9, "Nom"), ("in", "ADP", "APPR", "case", 8, ""),
            ("Thailand", "PROPN", "NE", "obl", 9, "Dat"), ("lebt", "VERB", "VVFIN", "acl", 1, ""),
            (",", "PUNCT", "$,", "punct", 15, ""), ("nun", "ADV", "ADV", "advmod", 15, ""),
            ("in", "ADP", "APPR", "case", 14, ""), ("sein", "DET", "PPOSAT", "det:poss", 14, "Acc"),
            ("Heimatland", "NOUN", "NN", "obl", 15, "Dat"), ("abgeschoben", "VERB", "VVPP", "xcomp", 9, ""),
            ("werden", "AUX", "VAINF", "aux:pass", 15, ""), (".", "PUNCT", "$.", "punct", 1, "")]
    assert _hand_roles(rows, "abgeschoben", "COERCE")[1] == "Oliver Jufer"
    # (genitive and von-phrase reporters stay out: test_report_sources_are_never_event_actors)


def test_two_coordinated_acts_of_one_type_are_two_events():
    # issue #5, round 12 second wave; quotes-de train 33932 (Wikinews, CC BY-NC-SA 4.0), in no
    # event set: seizing and arresting are two acts of one type, the second verb right after "und"
    # shares the first one's subject ("Beamten"), not the "Türsteher" the parser makes its subject
    text = ("Die Beamten beschlagnahmten sieben Baseball- und fünf Totschläger und nahmen den Betreiber "
            "der Diskothek sowie die Türsteher vorläufig fest.")
    doc, evs = _parsed(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    coerce = [e for e in evs if e.type == "COERCE"]
    assert [e.trigger.text.split()[0] for e in coerce] == ["beschlagnahmten", "nahmen"]
    assert all(e.source_actor and e.source_actor.name == "Beamten" for e in coerce)
    assert actor_match(coerce[1].target_actor.name, ["Betreiber der Diskothek sowie die Türsteher"])
    # with the switch off the second act is merged into the first, as before
    a = Analysis(article=Article(id="t", text=text, language="de", published=date(2013, 3, 30)))
    nlp.sentences(a, doc)
    a.times = times_for(a, doc)
    ex = EventExtractor("de")
    ex.settings = {**ex.settings, "same_type_apart": []}
    assert [e.type for e in ex.run(a, doc)].count("COERCE") == 1


def test_killed_and_injured_by_one_attack_stay_one_event():
    # quotes-de train 66791, in no event set: the guide counts the outcomes of one attack once
    doc, evs = _parsed("Dabei wurden 23 Gläubige getötet und 97 weitere verletzt.")
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_english_passive_subject_is_the_target():
    # issue #5, round 13 (events_type card, twelfth round, English): PLOVER sentences. The subject of a
    # passive trigger undergoes the act; "is opposed to" is a state, not a passive
    evs = analyse_sentence("Three US servicemen were killed by an improvised explosive device outside of "
                           "the Iraqi city of Basra.", "en", None)[1]
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.target_actor is not None and actor_match(ev.target_actor.name, ["US servicemen"])
    evs = analyse_sentence("Montenegro's prime minister has been indicted by the U.N. war crimes court for his "
                           "alleged part in atrocities.", "en", None)[1]
    ev = next(e for e in evs if e.type == "ACCUSE")
    assert ev.target_actor is not None and actor_match(ev.target_actor.name, ["Montenegro's prime minister"])
    evs = analyse_sentence("Israel is opposed to French mediation in peace negotiations with Syria, a close aide "
                           "to Prime Minister Ehud Barak said Wednesday.", "en", None)[1]
    ev = next(e for e in evs if e.type == "REJECT")
    assert ev.source_actor is not None and ev.source_actor.name == "Israel"
    assert ev.target_actor is None or ev.target_actor.name != "Israel"


def test_english_wordnet_triggers():
    # issue #5, round 13: trigger words grown from the CAMEO descriptions' seeds through WordNet
    # (newsgraph/data/event_triggers/en_wordnet.tsv); PLOVER sentences the hand lexicon typed wrong or
    # not at all, and the sentence's main event as the pipeline gives it
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import triggers

    lex = lexicon("en")
    cases = [("A Saudi businessman is suing the United States for damages to his pharmaceutical plant.",
              "ACCUSE", "suing"),
             ("Israeli troops remained on alert in the occupied West Bank today to forestall more violence.",
              "MOBILIZE", "alert"),
             ("The military government of President Prosper Avril declared a 30-day state of siege in Haiti "
              "on Saturday.", "COERCE", "siege")]
    for s, etype, word in cases:
        assert any(h.type == etype and h.text == word for h in triggers(s, lex)), s
        evs = analyse_sentence(s, "en", None)[1]
        main = max(evs, key=lambda e: (e.confidence, -e.trigger.start))
        assert (main.type, main.trigger.text) == (etype, word), (s, evs)
    # inflected forms of a list verb; an adjective reading and a word read off the list as no act stay out
    assert [(h.type, h.text) for h in triggers("Rebels beheaded two men.", lex)] == [("ASSAULT", "beheaded")]
    for s in ("The second and more moderate draft was published.", "Most analysts believe the figures."):
        assert triggers(s, lex) == [], s


def test_english_wordnet_list_is_reproducible(tmp_path):
    # the committed list is what the committed script builds (needs Debian's wordnet-base)
    import subprocess
    import sys

    if not Path("/usr/share/wordnet/data.verb").exists():
        pytest.skip("WordNet 3.0 (Debian wordnet-base) not installed")
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "en_wordnet.tsv"
    subprocess.run([sys.executable, str(root / "training/events/build_en_wordnet.py"), "--out", str(out)], check=True,
                   capture_output=True)
    shipped = root / "newsgraph/data/event_triggers/en_wordnet.tsv"
    rows = [line for line in out.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert rows == [line for line in shipped.read_text("utf-8").splitlines() if not line.startswith("#")]


def test_english_trigger_noun_takes_the_object_of_its_verb():
    # issue #5, round 13 (PLOVER sentences): the act a subject noun names ("bombing", "explosion") is
    # stated by a later verb of its type, whose object is the target, not the place before it
    for s, gold in (("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier and wounded "
                     "two others, the military said.", "U.S. soldier"),
                    ("A minefield explosion near the town of Samarra killed two Iraqi youths and wounded five "
                     "others on Sunday.", "Iraqi youths")):
        ev = next(e for e in analyse_sentence(s, "en", None)[1] if e.type == "ASSAULT")
        assert ev.target_actor is not None and actor_match(ev.target_actor.name, [gold]), (s, ev.target_actor)


def test_a_news_dateline_is_no_actor(monkeypatch):
    # issue #5, round 14, fresh9 (10kGNAD): "Paris – Vor dem Hintergrund der Anschläge in Paris hat die
    # französische Regierung drei radikale islamische Vereinigungen verboten." (shortened) with the
    # dateline "Paris" parsed as the subject, as the shipped parser does for derStandard leads
    rows = [("Paris", "PROPN", "NE", "nsubj", 13, "Nom"), ("–", "PUNCT", "$(", "flat", 0, ""),
            ("Vor", "ADP", "APPR", "case", 4, ""), ("dem", "DET", "ART", "det", 4, "Dat"),
            ("Hintergrund", "NOUN", "NN", "obl", 13, "Dat"), ("der", "DET", "ART", "det", 6, "Gen"),
            ("Anschläge", "NOUN", "NN", "nmod", 4, "Gen"), ("hat", "AUX", "VAFIN", "aux", 13, ""),
            ("die", "DET", "ART", "det", 10, "Nom"), ("französische", "ADJ", "ADJA", "amod", 10, ""),
            ("Regierung", "NOUN", "NN", "nsubj", 13, "Acc"), ("drei", "NUM", "CARD", "nummod", 12, ""),
            ("Vereinigungen", "NOUN", "NN", "obj", 13, "Acc"), ("verboten", "VERB", "VVPP", "ROOT", 13, ""),
            (".", "PUNCT", "$.", "punct", 13, "")]
    from spacy.tokens import Span

    from newsgraph.extract import event_parse_actors as m

    def source():
        doc = _hand_parsed(rows)
        doc.ents = [Span(doc, 0, 1, label="LOC")]  # the NER's place: as actor-like as the role noun
        i = doc.text.index("verboten")
        src = m.ParseRoles(doc).roles(i, i + len("verboten"), "COERCE")[0]
        return src.text if src else None

    assert source() == "französische Regierung"
    orig = m.settings()
    monkeypatch.setattr(m, "settings", lambda: {**orig, "dateline": False})
    assert source() == "Paris"


def test_a_dash_after_an_article_phrase_starts_no_dateline():
    from newsgraph.extract.event_parse_actors import ParseRoles

    # "Die Regierung – so heißt es – hat ..." : an article starts a noun phrase, not a dateline
    rows = [("Die", "DET", "ART", "det", 1, "Nom"), ("Regierung", "NOUN", "NN", "nsubj", 9, "Nom"),
            ("–", "PUNCT", "$(", "punct", 4, ""), ("So", "ADV", "ADV", "advmod", 4, ""),
            ("heißt", "VERB", "VVFIN", "parataxis", 9, ""), ("es", "PRON", "PPER", "nsubj", 4, "Nom"),
            ("–", "PUNCT", "$(", "punct", 4, ""), ("hat", "AUX", "VAFIN", "aux", 9, ""),
            ("protestiert", "ADV", "ADV", "advmod", 9, ""), ("geklagt", "VERB", "VVPP", "ROOT", 9, ""),
            (".", "PUNCT", "$.", "punct", 9, "")]
    assert ParseRoles(_hand_parsed(rows)).dateline == set()
    # "Prag/Wien – Tschechiens Außenminister ...": names and slashes before the dash are one dateline
    rows = [("Prag/Wien", "PROPN", "NE", "nsubj", 5, "Nom"), ("–", "PUNCT", "$(", "punct", 0, ""),
            ("Tschechiens", "PROPN", "NE", "nmod", 3, "Gen"), ("Außenminister", "NOUN", "NN", "nsubj", 5, "Nom"),
            ("Zaorálek", "PROPN", "NE", "appos", 3, ""), ("protestierte", "VERB", "VVFIN", "ROOT", 5, ""),
            (".", "PUNCT", "$.", "punct", 5, "")]
    assert ParseRoles(_hand_parsed(rows)).dateline == {0, 1}
    assert _hand_roles(rows, "protestierte", "PROTEST")[0].endswith("Außenminister Zaorálek") or \
        "Außenminister" in _hand_roles(rows, "protestierte", "PROTEST")[0]


def test_a_participle_tagged_adjective_with_an_auxiliary_takes_verb_roles(monkeypatch):
    # issue #5, round 14, fresh3: "Am Montagmorgen hatte die Polizei ... eine Blockade im Bezirk Mong Kok
    # soweit geräumt, ..." (shortened) with "geräumt" tagged ADJ; the noun path found no roles
    rows = [("Am", "ADP", "APPRART", "case", 1, ""), ("Montagmorgen", "NOUN", "NN", "obl", 7, "Dat"),
            ("hatte", "AUX", "VAFIN", "aux", 7, ""), ("die", "DET", "ART", "det", 4, "Nom"),
            ("Polizei", "NOUN", "NN", "nsubj", 7, "Nom"), ("eine", "DET", "ART", "det", 6, "Acc"),
            ("Blockade", "NOUN", "NN", "obj", 7, "Acc"), ("geräumt", "ADJ", "ADJD", "ROOT", 7, ""),
            (".", "PUNCT", "$.", "punct", 7, "")]
    assert _hand_roles(rows, "geräumt", "COERCE")[:2] == ("Polizei", "Blockade")
    from newsgraph.extract import event_parse_actors as m

    orig = m.settings()
    # round 20's broken_parse reads any ADJD with a subject and no copula as a verb, so it is switched off too
    monkeypatch.setattr(m, "settings", lambda: {**orig, "adj_verbs": False, "broken_parse": False})
    assert _hand_roles(rows, "geräumt", "COERCE")[:2] != ("Polizei", "Blockade")
