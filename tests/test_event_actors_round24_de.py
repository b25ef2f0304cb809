"""German event actors, round 24 (issue #5; models/events_type/MODEL_CARD.md, "Round 24 ... h4"): switches of [parse]
in event_actors.toml -- dative_frames (a verb whose dative object is the one it is aimed at: "vorwerfen", "danken",
"verbieten" ...), von_frames (a demanding verb's von-phrase is whom it is demanded of) and exposed_frames (criticism one
meets: "stieß auf Kritik", "gerät in die Kritik").

Real sentences of the read and spent blind sets (quotes-de, German Wikinews, CC BY-NC-SA 4.0; 10kGNAD, CC BY-NC-SA 4.0)
and constructed controls. The switches are set explicitly in each test, so they hold whether they ship on or off."""

from .german_events import german_events, off_on, parse_switches

# (round 29's passive_patient finds the impersonal passive's dative too; pinned off so these keys are what is measured)
KEYS = ("dative_frames", "von_frames", "exposed_frames", "passive_patient")


def _off_on(monkeypatch, s, etype, key):
    return off_on(monkeypatch, s, etype, KEYS, key)


def test_the_dative_of_vorwerfen_is_the_target(monkeypatch):
    # fresh10 (spent blind, 10kGNAD): case and order took "der Ärztekammer" for the nominative
    s = "Bei der Umsetzung der Gesundheitsreform wirft sie der Ärztekammer im APA-Interview eine Blockadehaltung vor."
    off, on = _off_on(monkeypatch, s, "ACCUSE", "dative_frames")
    assert off == ("Ärztekammer", "sie")
    assert on == ("sie", "Ärztekammer")


def test_an_impersonal_passive_of_vorwerfen_takes_its_dative(monkeypatch):
    # fresh8 (spent blind): "wird dem Geschäftsführer ... vorgeworfen" had no target
    s = "Inzwischen wird aber auch dem Geschäftsführer des Vereins vorgeworfen, er habe seine Anhänger nicht im Griff."
    off, on = _off_on(monkeypatch, s, "ACCUSE", "dative_frames")
    assert off[1] is None
    assert on[1] == "Geschäftsführer"


def test_a_verb_without_a_dative_frame_is_untouched(monkeypatch):
    # control: an accusative verb ("kritisieren") has no dative frame, so nothing moves
    s = "Der Minister hat die Gewerkschaft scharf kritisiert."
    off, on = _off_on(monkeypatch, s, "ACCUSE", "dative_frames")
    assert on == off


def test_the_von_phrase_of_fordern_is_the_target(monkeypatch):
    # fresh20 (spent blind, 10kGNAD Wirtschaft): the second conjunct of the subject was taken for the target
    s = ("Athen – Österreichische und deutsche Transportunternehmen fordern laut Medienberichten von ihren griechischen "
         "Vertragspartnern Schadenersatz wegen der Blockade an der nordgriechischen Grenze zu Mazedonien.")
    off, on = _off_on(monkeypatch, s, "REQUEST", "von_frames")
    assert off[1] != on[1]
    assert on[1].startswith("griechischen Vertragspartnern")


def test_a_passive_von_phrase_stays_the_source(monkeypatch):
    # control: in a werden-passive the von-phrase is the agent, not whom the demand is made of
    s = "Die Freilassung der Gefangenen wurde von der Opposition gefordert."
    parse_switches(monkeypatch, KEYS)
    off = [(e.type, e.source_actor and e.source_actor.name) for e in german_events(s)]
    parse_switches(monkeypatch, KEYS, von_frames=True)
    assert [(e.type, e.source_actor and e.source_actor.name) for e in german_events(s)] == off


def test_criticism_one_meets_is_aimed_at_the_subject(monkeypatch):
    # fresh4 (spent blind): "stieß das Vorhaben der Bildungsbehörde ... auf heftige Kritik"; with aimed_owner (on) the
    # plan hands the role to its owner
    s = ("Nicht nur in Polen, sondern auch in Deutschland stieß das Vorhaben der Bildungsbehörde im Nachbarland auf "
         "heftige Kritik.")
    off, on = _off_on(monkeypatch, s, "ACCUSE", "exposed_frames")
    assert off[1] is None
    assert on == (None, "Bildungsbehörde")
