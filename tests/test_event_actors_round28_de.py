"""German event actors, round 28 (issue #5; models/events_type/MODEL_CARD.md, "Round 28 ... e3"): [parse]
stray_targets of event_actors.toml -- a target phrase the parser hung one noun too low (on the verb's object or
oblique, or deep inside a noun trigger's phrase), or the target phrase of a verb whose direct object names an act or a
thing, is the event's target.

Sentences of spent blind sets from quotes-de (German Wikinews: fresh4, fresh18), of the read sets (dev, fresh16) and
constructed controls. The switch is set explicitly in each test,
so the tests hold whether it ships on or off."""

from .german_events import off_on

KEYS = ("stray_targets",)


def _off_on(monkeypatch, s, etype):
    return off_on(monkeypatch, s, etype, KEYS, "stray_targets")


def test_a_gegen_phrase_hung_on_the_object_is_the_target(monkeypatch):
    # fresh18 (spent blind): the parser made "die Kartellbehörde" the object and hung "gegen ... Kaffeeröster" on it;
    # off, the investigation had no target
    s = "Kurz vor Weihnachten (Wikinews berichtete) hatte die Kartellbehörde gegen drei führende deutsche Kaffeeröster ermittelt."
    off, on = _off_on(monkeypatch, s, "ACCUSE")
    assert off == ("Kartellbehörde", None)
    assert on == ("Kartellbehörde", "drei führende deutsche Kaffeeröster")


def test_a_threatened_act_is_aimed_at_its_phrase(monkeypatch):
    # fresh4 (spent blind): the object names the act threatened; whom it threatens is the auf-phrase
    s = ("Falls das neue Tonband, das Al-Qaida-Vizechef Aiman az-Zawahiri zugeschrieben wird, echt ist, hat dieser neue "
         "Terroranschläge auf Großbritannien angedroht.")
    off, on = _off_on(monkeypatch, s, "THREATEN")
    assert off[1] == "neue Terroranschläge"
    assert on[1] == "Großbritannien"


def test_an_auf_phrase_hung_on_the_instrument_is_the_target(monkeypatch):
    # fresh16 (read set): the parser hung "auf seine drei Töchter" on "Messer"; off, the attack had no target
    s = ("Ein 58jähriger Vater hat mit einem Messer auf seine drei Töchter (fünf, sechs und zehn Jahre) eingestochen, bevor "
         "er sich selbst mehrere Stiche zufügte und mit einer Gaspistole beschoß.")
    off, on = _off_on(monkeypatch, s, "ASSAULT")
    assert off[1] is None
    assert on[1] == "drei Töchter"


def test_a_demanded_penalty_is_aimed_at_the_defendant(monkeypatch):
    # dev (read set): the object names the penalty demanded; whom it is demanded for is the gegen-phrase of the trial
    s = ("Im Prozess gegen die frühere ukrainische Regierungschefin Julia Timoschenko hat die Anklage eine siebenjährige "
         "Haftstrafe gefordert.")
    off, on = _off_on(monkeypatch, s, "REQUEST")
    assert off[1] == "siebenjährige Haftstrafe"
    assert on[1] is not None and "Julia Timoschenko" in on[1]


def test_a_phrase_after_the_subject_stays_its_attribute(monkeypatch):
    # constructed control (the first draft's false actor, fresh4): "für Justiz" belongs to the minister, not the act
    s = "Die Ministerin für Justiz Maria Müller und der Innenminister sind am Freitag von ihren Ämtern zurückgetreten."
    off, on = _off_on(monkeypatch, s, "RETREAT")
    assert on == off


def test_a_person_object_is_not_replaced(monkeypatch):
    # constructed control: the object names a person (a role noun), so a für-phrase does not take its place
    s = "Der Außenminister kritisierte den Botschafter scharf für seine Äußerungen über die Regierung in Moskau."
    off, on = _off_on(monkeypatch, s, "ACCUSE")
    assert on == off
    assert on[1] is not None and "Botschafter" in on[1]
