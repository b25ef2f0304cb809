"""German event actors, round 27 (issue #5; models/events_type/MODEL_CARD.md, "Round 27 ... a1"): [parse]
receiver_frames of event_actors.toml -- a noun trigger that is the object of an active verb of receiving (or, for a
penalty, of paying it) happens to that verb's subject, its target and never its source; a custody noun in an in-phrase
has the passive's subject (else the active verb's object, else the subject) as target.

A sentence of a spent blind set (fresh18, German Wikinews, CC BY-NC-SA 4.0), sentences modelled on fresh23's (whose own
sentences must stay out of tests/) and constructed controls. The switch is set explicitly in each test, so the tests hold whether it ships on or off."""

from .german_events import off_on

KEYS = ("receiver_frames",)


def _off_on(monkeypatch, s, etype):
    return off_on(monkeypatch, s, etype, KEYS, "receiver_frames")


def test_who_pays_a_penalty_is_its_target(monkeypatch):
    # modelled on fresh23 (spent blind; its own sentences stay out of tests/, build_de_fresh23.py drops them): the payer
    # was the fine's source, and word order gave it a target
    s = "Ein Sozialarbeiter aus dem Waldviertel muss 1.100 Euro Strafe bezahlen, weil er einem Flüchtling Geld gegeben hatte."
    off, on = _off_on(monkeypatch, s, "SANCTION")
    assert off[0] == "Sozialarbeiter"
    assert on == (None, "Sozialarbeiter")


def test_who_receives_a_prison_sentence_is_its_target(monkeypatch):
    # fresh18 (spent blind): "erhalten" with the sentence as object; off, the subject was the source and "Jahres" the
    # target
    s = ("Der ehemalige Beamte Filep Karma hatte im Mai dieses Jahres eine 15-jährige Freiheitsstrafe erhalten, weil er "
         "bei einer Veranstaltung am 1. Dezember 2004 teilgenommen hatte.")
    off, on = _off_on(monkeypatch, s, "COERCE")
    assert off[1] != on[1]
    assert on[0] is None and on[1] is not None and "Beamte" in on[1]


def test_whoever_is_taken_into_custody_in_a_passive_is_the_target(monkeypatch):
    # modelled on fresh23 (spent blind): "in Haft genommen" with the passive's subject; off, the custody had no target
    s = "Zwölf Verantwortliche wurden am Freitag von der Polizei in Haft genommen."
    off, on = _off_on(monkeypatch, s, "COERCE")
    assert off[1] is None
    assert on == ("Polizei", "Zwölf Verantwortliche")


def test_the_active_verb_of_custody_keeps_its_subject_as_source(monkeypatch):
    # constructed control: active "hat ... in Gewahrsam genommen" -- the police act, the men are held
    s = "Die Polizei hat drei Männer in Gewahrsam genommen."
    _, on = _off_on(monkeypatch, s, "COERCE")
    assert on == ("Polizei", "drei Männer")


def test_paying_aid_is_not_receiving_it(monkeypatch):
    # constructed control: paying is a verb of receiving only for a penalty; whoever pays aid gives it
    s = "Die Bundesregierung zahlt der Ukraine weitere Hilfen in Höhe von 500 Millionen Euro."
    off, on = _off_on(monkeypatch, s, "AID")
    assert on == off
