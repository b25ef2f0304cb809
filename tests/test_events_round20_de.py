"""German event roles read through four parse failures, round 20 (issue #5; models/events_type/MODEL_CARD.md,
"Round 20 ... h6"): one switch, [parse] broken_parse of event_actors.toml.

Real sentences of the read sets (quotes-de, German Wikinews, and 10kGNAD test rows; CC BY-NC-SA 4.0) and constructed
controls. The switch is set explicitly in each test, so they hold whether it ships on or off."""

from .german_events import german_events


def _switch(monkeypatch, on):
    from newsgraph.extract import event_parse_actors

    orig = event_parse_actors.settings()
    monkeypatch.setattr(event_parse_actors, "settings", lambda: {**orig, "broken_parse": on})


def _roles(s, etype):
    e = next(e for e in german_events(s) if e.type == etype)
    return (e.source_actor.name if e.source_actor else None, e.target_actor.name if e.target_actor else None)


def test_a_coordinated_passive_the_parser_split_takes_its_von_phrase_and_the_first_subject(monkeypatch):
    # fresh9 (10kGNAD): "wurde" parsed as a conjunct of "traf", "empfangen" hung on "traf": read as active
    s = ("Der argentinische Pontifex traf am Sonntag in Quito ein und wurde von Präsident Rafael Correa auf dem "
         "Flughafen Mariscal Sucre empfangen.")
    _switch(monkeypatch, False)
    assert _roles(s, "CONSULT") == ("argentinische Pontifex", None)
    _switch(monkeypatch, True)
    src, tgt = _roles(s, "CONSULT")
    assert "Correa" in src and "Pontifex" in tgt


def test_a_coordinated_passive_without_agent_has_no_source(monkeypatch):
    # fresh (quotes-de): the one charged is the first conjunct's subject, and nobody is named as charging him
    s = ("Er musste im Jahr 2001 einen Offenbarungseid leisten und wurde im Zusammenhang mit der Insolvenz seiner Firma "
         "''Aufbau Invest'' wegen Insolvenzverschleppung, Untreue, Betrug und Steuerhinterziehung angeklagt.")
    _switch(monkeypatch, False)
    assert _roles(s, "ACCUSE") == ("Er", None)
    _switch(monkeypatch, True)
    assert _roles(s, "ACCUSE") == (None, "Er")


def test_an_accusative_the_parser_hung_on_the_subject_is_the_object(monkeypatch):
    # fresh9 (10kGNAD): "den Autor" parsed as an attribute of "Altkanzler"; "den" + singular is never a genitive
    s = ("Berlin – Im Rechtsstreit mit seinem einstigen Ghostwriter Heribert Schwan hat der deutsche Altkanzler Helmut "
         "Kohl (CDU) den Autor auf mindestens fünf Millionen Euro Schadenersatz geklagt.")
    _switch(monkeypatch, False)
    assert _roles(s, "ACCUSE")[1] is None
    _switch(monkeypatch, True)
    assert _roles(s, "ACCUSE")[1] == "Autor"


def test_an_adjective_with_a_subject_and_no_copula_is_a_verb(monkeypatch):
    # fresh16 (quotes-de): "belästigt" tagged ADJD, with "Sittenstrolch" as its subject
    s = ("Zwischen dem 18. Juli und 17. August soll ein Sittenstrolch in fünf Fällen junge Frauen sexuell belästigt "
         "oder genötigt haben.")
    _switch(monkeypatch, False)
    assert _roles(s, "ASSAULT")[0] == "junge Frauen"
    _switch(monkeypatch, True)
    assert _roles(s, "ASSAULT")[0] == "Sittenstrolch"


def test_a_von_phrase_after_a_direction_word_is_no_agent(monkeypatch):
    # fresh16 (quotes-de), and a constructed control of the same shape
    s = ("Am gestrigen Karfreitag wurde berichtet, dass in dem ungarischen Dorf Gyöngyöspata nordöstlich von Budapest "
         "Roma-Anwohner von rechtsextremen Gruppen angegriffen wurden.")
    _switch(monkeypatch, False)
    assert _roles(s, "ASSAULT")[0] is None
    _switch(monkeypatch, True)
    assert _roles(s, "ASSAULT")[0] == "rechtsextremen Gruppen"
    assert _roles("Der Mann wurde östlich von Berlin von Unbekannten angegriffen.", "ASSAULT") == ("Unbekannten", "Mann")


def test_passives_and_attributes_the_parser_reads_right_stay(monkeypatch):
    _switch(monkeypatch, True)
    assert _roles("Der Minister wurde am Montag von der Polizei festgenommen.", "COERCE") == ("Polizei", "Minister")
    # a genitive attribute ("des Ministers") stays the attribute of its noun
    assert _roles("Die Polizei hat den Sohn des Ministers festgenommen.", "COERCE") == ("Polizei", "Sohn")


def test_an_age_noun_the_tagger_made_a_number_or_adjective_is_a_noun(monkeypatch):
    # fresh12 and fresh16 (10kGNAD): "21-Jähriger" tagged ADJ with the article "Ein" as the subject; "25-Jährige" NUM
    s1 = "Ein maskierter 21-Jähriger hatte Ende Oktober die Schule überfallen."
    s2 = "25-Jährige wurde am Dienstag von der Polizei aufgegriffen."
    _switch(monkeypatch, False)
    assert _roles(s1, "ASSAULT")[0] == "Ein"
    assert _roles(s2, "COERCE") == ("Polizei", None)
    _switch(monkeypatch, True)
    assert _roles(s1, "ASSAULT") == ("21-Jähriger", "Schule")
    assert _roles(s2, "COERCE") == ("Polizei", "25-Jährige")
