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
