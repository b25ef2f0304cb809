"""German event precision filters of round 28 (issue #5; models/events_type/MODEL_CARD.md, "Round 28", e1):
``[classifier.senses]`` stage_types (diplomatic types in sports and stage reports) and assembly_types (one body's
session named in a prepositional phrase or as another noun's attribute), extract/event_senses.py ``sense_filter``.

Real sentences of the read sets (dev, fresh11, fresh16; quotes-de: German Wikinews, CC BY-NC-SA 4.0; 10kGNAD, CC
BY-NC-SA 4.0). Each case runs with the keys forced on and forced off, so the tests hold whether they ship on or off."""

from .german_events import german_events

STAGE_TYPES = ["CONSULT", "AGREE", "SUPPORT", "REJECT", "CONCEDE", "COOPERATE", "AID", "MOBILIZE"]


def _events(text, stage=False, assembly=False):
    def settings(s):
        out = {k: v for k, v in s.items() if k != "accept"}
        senses = dict(out.get("senses") or {})
        senses["stage_types"] = {"de": STAGE_TYPES if stage else []}
        senses["assembly_types"] = {"de": ["CONSULT"] if assembly else []}
        out["senses"] = senses
        return out

    return [(e.type, e.trigger.text) for e in german_events(text, settings=settings)]


# fresh16 (read; no gold event): a player travelling is no visit
PLAYER = ("Der am Dienstag bei einem Vorbereitungsspiel der deutschen Fußball-Nationalmannschaft in Mannheim verletzte "
          "Abwehrspieler Philipp Lahm reist nun doch noch nach Sardinien.")
# dev (read; gold RETREAT "zurückgetreten"): a coach's resignation is an act sports news reports
COACH = ("Unmittelbar nach der Niederlage der argentinischen Nationalmannschaft bei der Fußball-Weltmeisterschaft in "
         "Deutschland ist der argentinische Nationaltrainer José Pekerman gestern Abend nach dem Spiel zurückgetreten.")
# fresh11 (read; gold CONSULT "Krisentreffen"): "Liga" alone is no sports word
LEAGUE = "Krisentreffen der Arabischen Liga am Dienstag in Kairo."
# dev (read; gold SANCTION "Sanktionen", no CONSULT): the session is where the sanctions were decided
SESSION = ("Der UN-Sicherheitsrat hat in seiner Sitzung am gestrigen Samstag einstimmig Sanktionen gegen Libyen wegen "
           "erheblicher und systematischer Verletzung von Menschenrechten beim Vorgehen gegen Demonstranten bei den "
           "Massenprotesten der vergangenen Wochen beschlossen.")
# dev (read; gold CONSULT "ASEM-Außenministerkonferenz"): the conference as the subject is the meeting reported
CONFERENCE = "Die 8. ASEM-Außenministerkonferenz findet heute und morgen statt."


def test_stage_types_drop_a_visit_in_a_sports_report():
    assert ("CONSULT", "reist") in _events(PLAYER)
    assert not [t for t, _ in _events(PLAYER, stage=True) if t in STAGE_TYPES]


def test_stage_types_keep_a_coach_resigning_and_a_league_of_states():
    assert ("RETREAT", "zurückgetreten") in _events(COACH, stage=True)
    assert _events(COACH, stage=True) == _events(COACH)
    assert ("CONSULT", "Krisentreffen") in _events(LEAGUE, stage=True)


def test_assembly_types_drop_the_session_a_decision_was_taken_in():
    off, on = _events(SESSION), _events(SESSION, assembly=True)
    assert ("CONSULT", "Sitzung") in off
    assert ("CONSULT", "Sitzung") not in on
    assert ("SANCTION", "Sanktionen") in on


def test_assembly_types_keep_a_conference_that_takes_place():
    assert ("CONSULT", "ASEM-Außenministerkonferenz") in _events(CONFERENCE, assembly=True)
