"""German event actors, round 23 (issue #5; models/events_type/MODEL_CARD.md, "Round 23 ... h4"): switches of [parse]
in event_actors.toml -- aimed_owner (criticism or a rejection aimed at a thing is aimed at the thing's owner) and
passive_order (a werden-passive read by word order where the parse lost it).

Real sentences of the read and spent blind sets (quotes-de, German Wikinews; CC BY-NC-SA 4.0) and constructed
controls. The switches are set explicitly in each test, so they hold whether they ship on or off."""

from .german_events import off_on

# (round 29's passive_patient reads the same passives; pinned off so these keys are what is measured)
KEYS = ("aimed_owner", "passive_order", "passive_patient")


def _off_on(monkeypatch, s, etype, key):
    return off_on(monkeypatch, s, etype, KEYS, key)


def test_a_rejected_report_is_aimed_at_its_author(monkeypatch):
    # fresh4 (spent blind): the newspaper, not its report, is whom the rejection answers
    s = "Die Bundesregierung hatte den Bericht der New York Times umgehend als „falsch“ zurückgewiesen."
    off, on = _off_on(monkeypatch, s, "REJECT", "aimed_owner")
    assert off == ("Bundesregierung", "Bericht")
    assert on == ("Bundesregierung", "New York Times")


def test_a_genitive_with_a_numeral_the_parser_makes_a_case_marker(monkeypatch):
    # dev (read): "zweier" is parsed as the case of "Abgeordneter", so the content noun kept the role
    s = ("Das Bundesverfassungsgericht hatte Klagen zweier Abgeordneter abgewiesen, die das Verfahren als nicht "
         "verfassungskonform angesehen hatten.")
    off, on = _off_on(monkeypatch, s, "REJECT", "aimed_owner")
    assert off[1] == "Klagen"
    assert on == ("Bundesverfassungsgericht", "Abgeordneter")


def test_criticism_takes_the_phrase_its_verb_has_after_it(monkeypatch):
    # fresh16 (read): "am Vorhaben der Koalition" hangs on "meldeten ... an", not on "Kritik"
    s = "Die Fraktion von Bündnis 90/Die Grünen, meldeten unterdessen Kritik am Vorhaben der Koalition an."
    off, on = _off_on(monkeypatch, s, "ACCUSE", "aimed_owner")
    assert off == ("Fraktion", None)
    assert on == ("Fraktion", "Koalition")


def test_an_owner_that_is_no_actor_leaves_the_target(monkeypatch):
    # control: the genitive of the rejected thing is a thing too ("des Gesetzes"), so the target stays
    s = "Die Opposition hat den Entwurf des Gesetzes zurückgewiesen."
    off, on = _off_on(monkeypatch, s, "REJECT", "aimed_owner")
    assert on == off


def test_a_passive_the_parse_lost_is_read_by_word_order(monkeypatch):
    # fresh14 (spent blind): "festgenommen" is parsed as an acl of "Tatort", so the restaurant passed for the subject
    s = "Ihr Freund wurde von der Polizei noch am Tatort, dem McDonald's-Restaurant in der Gräfenhäuser Straße, festgenommen."
    off, on = _off_on(monkeypatch, s, "COERCE", "passive_order")
    assert off == ("McDonald's-Restaurant", None)
    assert on == ("Polizei", "Freund")


def test_an_inverted_passive_takes_its_subject_after_wurden(monkeypatch):
    # fresh13 (spent blind): "gegen 0:40 Uhr" was the impersonal passive's gegen-target
    s = ("Am Mittwochmorgen, den 8. April wurden drei 18-Jährige auf der Gastronomie-Meile an der Schlachte gegen "
         "0:40 Uhr von zwei Männern überfallen und ausgeraubt.")
    off, on = _off_on(monkeypatch, s, "ASSAULT", "passive_order")
    assert off == ("zwei Männern", "0:40 Uhr")
    assert on == ("zwei Männern", "drei 18-Jährige")


def test_a_future_werden_is_no_passive(monkeypatch):
    # control: "werden ... verhaften" is the future, its subject acts
    s = "Die Polizisten werden den Verdächtigen am Montag verhaften."
    off, on = _off_on(monkeypatch, s, "COERCE", "passive_order")
    assert on == off
