"""German event actors, round 23 (issue #5; models/events_type/MODEL_CARD.md, "Round 23 ... h4"): switches of [parse]
in event_actors.toml -- aimed_owner (criticism or a rejection aimed at a thing is aimed at the thing's owner) and
passive_order (a werden-passive read by word order where the parse lost it).

Real sentences of the read and spent blind sets (quotes-de, German Wikinews; CC BY-NC-SA 4.0) and constructed
controls. The switches are set explicitly in each test, so they hold whether they ship on or off."""

from .german_events import german_events


def _switch(monkeypatch, **keys):
    from newsgraph.extract import event_parse_actors

    orig = event_parse_actors.settings()
    d = {**orig, "aimed_owner": False, "passive_order": False, **keys}
    monkeypatch.setattr(event_parse_actors, "settings", lambda: d)


def _roles(s, etype):
    e = next(e for e in german_events(s) if e.type == etype)
    return (e.source_actor.name if e.source_actor else None, e.target_actor.name if e.target_actor else None)


def test_a_rejected_report_is_aimed_at_its_author(monkeypatch):
    # fresh4 (spent blind): the newspaper, not its report, is whom the rejection answers
    s = "Die Bundesregierung hatte den Bericht der New York Times umgehend als „falsch“ zurückgewiesen."
    _switch(monkeypatch)
    assert _roles(s, "REJECT") == ("Bundesregierung", "Bericht")
    _switch(monkeypatch, aimed_owner=True)
    assert _roles(s, "REJECT") == ("Bundesregierung", "New York Times")


def test_a_genitive_with_a_numeral_the_parser_makes_a_case_marker(monkeypatch):
    # dev (read): "zweier" is parsed as the case of "Abgeordneter", so the content noun kept the role
    s = ("Das Bundesverfassungsgericht hatte Klagen zweier Abgeordneter abgewiesen, die das Verfahren als nicht "
         "verfassungskonform angesehen hatten.")
    _switch(monkeypatch)
    assert _roles(s, "REJECT")[1] == "Klagen"
    _switch(monkeypatch, aimed_owner=True)
    assert _roles(s, "REJECT") == ("Bundesverfassungsgericht", "Abgeordneter")


def test_criticism_takes_the_phrase_its_verb_has_after_it(monkeypatch):
    # fresh16 (read): "am Vorhaben der Koalition" hangs on "meldeten ... an", not on "Kritik"
    s = "Die Fraktion von Bündnis 90/Die Grünen, meldeten unterdessen Kritik am Vorhaben der Koalition an."
    _switch(monkeypatch)
    assert _roles(s, "ACCUSE") == ("Fraktion", None)
    _switch(monkeypatch, aimed_owner=True)
    assert _roles(s, "ACCUSE") == ("Fraktion", "Koalition")


def test_an_owner_that_is_no_actor_leaves_the_target(monkeypatch):
    # control: the genitive of the rejected thing is a thing too ("des Gesetzes"), so the target stays
    s = "Die Opposition hat den Entwurf des Gesetzes zurückgewiesen."
    _switch(monkeypatch)
    off = _roles(s, "REJECT")
    _switch(monkeypatch, aimed_owner=True)
    assert _roles(s, "REJECT") == off


def test_a_passive_the_parse_lost_is_read_by_word_order(monkeypatch):
    # fresh14 (spent blind): "festgenommen" is parsed as an acl of "Tatort", so the restaurant passed for the subject
    s = "Ihr Freund wurde von der Polizei noch am Tatort, dem McDonald's-Restaurant in der Gräfenhäuser Straße, festgenommen."
    _switch(monkeypatch)
    assert _roles(s, "COERCE") == ("McDonald's-Restaurant", None)
    _switch(monkeypatch, passive_order=True)
    assert _roles(s, "COERCE") == ("Polizei", "Freund")


def test_an_inverted_passive_takes_its_subject_after_wurden(monkeypatch):
    # fresh13 (spent blind): "gegen 0:40 Uhr" was the impersonal passive's gegen-target
    s = ("Am Mittwochmorgen, den 8. April wurden drei 18-Jährige auf der Gastronomie-Meile an der Schlachte gegen "
         "0:40 Uhr von zwei Männern überfallen und ausgeraubt.")
    _switch(monkeypatch)
    assert _roles(s, "ASSAULT") == ("zwei Männern", "0:40 Uhr")
    _switch(monkeypatch, passive_order=True)
    assert _roles(s, "ASSAULT") == ("zwei Männern", "drei 18-Jährige")


def test_a_future_werden_is_no_passive(monkeypatch):
    # control: "werden ... verhaften" is the future, its subject acts
    s = "Die Polizisten werden den Verdächtigen am Montag verhaften."
    _switch(monkeypatch)
    off = _roles(s, "COERCE")
    _switch(monkeypatch, passive_order=True)
    assert _roles(s, "COERCE") == off
