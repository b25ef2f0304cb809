"""German event actors, round 29 (issue #5; models/events_type/MODEL_CARD.md, "Round 29 ... e3"): [parse]
passive_patient of event_actors.toml -- the one a werden-passive acts on is the bare phrase hung on its participle,
which the parser labels an object or oblique while a conjunct inside a place phrase or a clock time takes the target
-- and [parse] clock_targets -- a clock time or date is never a target.

Sentences of spent blind sets from quotes-de (German Wikinews: fresh8, fresh13) and constructed controls. Each switch
is set explicitly in each test, so the tests hold whether it ships on or off."""

from .german_events import off_on

KEYS = ("passive_patient", "clock_targets")


def _off_on(monkeypatch, s, etype, key):
    return off_on(monkeypatch, s, etype, KEYS, key)


def test_a_conjunct_in_a_place_phrase_yields_to_the_passive_patient(monkeypatch):
    # fresh8 (spent blind): "Personen" is parsed as the object; off, the conjunct "Bonn" of "in Mainz" was the target
    s = "Am Morgen wurden in Mainz und Bonn zwei Personen festgenommen, die beschuldigt werden, Mitglieder von „Al-Qaida“ zu sein."
    off, on = _off_on(monkeypatch, s, "COERCE", "passive_patient")
    assert off[1] == "Bonn"
    assert on[1] == "zwei Personen"


def test_a_clock_time_yields_to_the_passive_patient(monkeypatch):
    # fresh13 (spent blind): "18-Jährige" is parsed as an oblique; off, the impersonal passive's gegen-phrase (a time)
    # was the target
    s = ("Am Mittwochmorgen, den 8. April wurden drei 18-Jährige auf der Gastronomie-Meile an der Schlachte gegen 0:40 Uhr "
         "von zwei Männern überfallen und ausgeraubt.")
    off, on = _off_on(monkeypatch, s, "ASSAULT", "passive_patient")
    assert off == ("zwei Männern", "0:40 Uhr")
    assert on == ("zwei Männern", "drei 18-Jährige")


def test_a_clock_time_is_no_target(monkeypatch):
    # fresh13 (spent blind): a noun trigger's gegen-phrase is a time; off, "13 Uhr" was the shooting's target
    s = ("Bei einer Schießerei in einem Gymnasium in Grasse gegen 13 Uhr in Südostfrankreich sind nach Angaben von AFP und "
         "Reuters vier Menschen durch Schüsse verletzt worden, weitere zehn auf der Flucht.")
    off, on = _off_on(monkeypatch, s, "ASSAULT", "clock_targets")
    assert off[1] == "13 Uhr"
    assert on[1] != "13 Uhr" and (on[1] is None or "Uhr" not in on[1])


def test_the_parsers_own_passive_subject_stands(monkeypatch):
    # constructed controls: a passive subject the parser found, and an impersonal passive's gegen-phrase naming a person
    for s, etype, want in (("Der Journalist wurde am Montag in Istanbul von der Polizei festgenommen.", "COERCE",
                            ("Polizei", "Journalist")),
                           ("In Berlin wurden am Dienstag drei Demonstranten von Polizisten verletzt.", "ASSAULT",
                            ("Polizisten", "drei Demonstranten")),
                           ("Gegen ihn wird wegen Betrugs ermittelt.", "ACCUSE", (None, "ihn"))):
        for key in KEYS:
            off, on = _off_on(monkeypatch, s, etype, key)
            assert off == on == want


def test_an_active_clause_with_a_clock_time_keeps_its_object(monkeypatch):
    # constructed control: the time phrase is no argument, the object stays the target
    s = "Die Polizei hat am Montag um 14 Uhr zwei Männer festgenommen."
    for key in KEYS:
        off, on = _off_on(monkeypatch, s, "COERCE", key)
        assert off == on == ("Polizei", "zwei Männer")
