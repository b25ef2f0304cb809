"""German event actor check of round 18 (issue #5; models/events_type/MODEL_CARD.md, "Round 18 ... h6").

Real sentences: a 10kGNAD test row (events_de_fresh12.jsonl; CC BY-NC-SA 4.0) and constructed controls. The switch
[parse] case_order is set explicitly in each test, so they hold whether it ships on or off."""

from .german_events import german_events


def _case_order(monkeypatch, on):
    from newsgraph.extract import event_parse_actors

    orig = event_parse_actors.settings()
    monkeypatch.setattr(event_parse_actors, "settings", lambda: {**orig, "case_order": on})


def _roles(s, etype):
    e = next(e for e in german_events(s) if e.type == etype)
    return (e.source_actor.name if e.source_actor else None, e.target_actor.name if e.target_actor else None)


def test_a_nominative_by_its_article_is_the_source(monkeypatch):
    # fresh12: the parser makes the ambiguous pronoun "sie" the subject; "ihr Mann" (masculine after "ihr") can only
    # be nominative
    s = ("Celle – Eine 36 Jahre alte Frau aus dem Kreis Celle in Niedersachsen ist an schweren Brandverletzungen "
         "gestorben, nachdem ihr Mann sie mit Benzin übergossen und angezündet haben soll.")
    _case_order(monkeypatch, False)
    assert _roles(s, "ASSAULT")[0] == "sie"
    _case_order(monkeypatch, True)
    assert _roles(s, "ASSAULT") == ("Mann", "sie")


def test_a_dative_by_its_article_is_never_the_source(monkeypatch):
    # fresh12: "den angeblichen Findern" (dative plural) was taken for the source of the complaint
    s = ("Breslau (Wroclaw) – Noch wird in Polen über die Existenz eines angeblichen Nazizuges aus dem Zweiten Weltkrieg "
         "gerätselt, nun droht den angeblichen Findern juristischer Ärger: Die Leiterin der regionalen "
         "Denkmalschutzbehörde, Barbara Nowak-Obelinda, erstattete Anzeige bei der Staatsanwaltschaft, berichtete die "
         "Zeitung Gazeta Wyborcza am Mittwoch.")
    _case_order(monkeypatch, False)
    assert _roles(s, "ACCUSE")[0] == "angeblichen Findern"
    _case_order(monkeypatch, True)
    assert _roles(s, "ACCUSE")[0] != "angeblichen Findern"


def test_an_object_first_clause_the_parser_reads_right_stays(monkeypatch):
    # an accusative article before the verb: the object comes first and the parse already has it
    _case_order(monkeypatch, True)
    assert _roles("Den Minister kritisierte die Opposition scharf.", "ACCUSE") == ("Opposition", "Minister")
    assert _roles("Gestern hat die Polizei den Mann festgenommen.", "COERCE") == ("Polizei", "Mann")


def test_a_nominative_of_the_next_clause_or_a_later_conjunct_takes_no_role(monkeypatch):
    # 10kGNAD rows 500-649 (read for this check): the first version took "der Richter" of the clause after the comma
    # for the source of "verlangt", and "der palästinensische Präsident" (a second conjunct) for the one of "telefoniert"
    _case_order(monkeypatch, True)
    s = "Die Staatsanwaltschaft hatte die unverzügliche Inhaftierung verlangt, der Richter aber befand das nicht für notwendig."
    assert _roles(s, "REQUEST")[0] == "Staatsanwaltschaft"
    s = ("Jerusalem/Ramallah – Israels Ministerpräsident Benjamin Netanyahu und der palästinensische Präsident Mahmoud "
         "Abbas haben erstmals seit einem Jahr wieder miteinander telefoniert.")
    assert _roles(s, "CONSULT")[0] != "palästinensische Präsident Mahmoud Abbas"


def test_the_first_of_two_ambiguous_arguments_in_the_middle_field_is_the_source(monkeypatch):
    # fresh9: the parser gives the coordinated "festgenommen" the subject "mutmaßliche Kämpfer"
    s = ("Bamako – Nahe der Grenze zur Elfenbeinküste haben malische Soldaten nach Armeeangaben zwei Jihadistencamps "
         "zerstört und mutmaßliche Kämpfer festgenommen.")
    _case_order(monkeypatch, False)
    assert next(e for e in german_events(s) if e.trigger.text == "festgenommen").source_actor.name == "mutmaßliche Kämpfer"
    _case_order(monkeypatch, True)
    ev = next(e for e in german_events(s) if e.trigger.text == "festgenommen")
    assert (ev.source_actor.name, ev.target_actor.name) == ("malische Soldaten", "mutmaßliche Kämpfer")
