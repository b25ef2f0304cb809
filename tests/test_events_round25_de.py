"""German events of round 25 (issue #5; models/events_type/MODEL_CARD.md, "Round 25 ... h3"): the act a reaction is
about (``[classifier.reaction_objects]``, on) and nouns of verbal acts named as a topic (``[classifier.verbal_nouns]``,
measured and left off), extract/event_senses.py ``reacted_object`` and ``verbal_noun``.

Sentences from the read sets (dev, fresh, fresh2, fresh7, fresh11), parsed; each case is checked with the filter off
and on, so the tests hold whether it ships on or off."""

import pytest

from .german_events import german_events

VN = {"types": ["REQUEST", "AGREE", "SUPPORT", "CONCEDE", "REJECT", "COOPERATE"], "deps": ["obl", "conj"],
      "case_deps": ["nmod"], "langs": ["de"]}


def _found(text, etype, cfg):
    def settings(s):
        out = {k: v for k, v in s.items() if k not in ("accept", "verbal_nouns")}
        if cfg is not None:
            out["verbal_nouns"] = cfg
        return out

    return [e.trigger.text for e in german_events(text, settings=settings) if e.type == etype]


@pytest.mark.parametrize("text, etype, trigger", [
    # dev: a rejection named as the time of another failure ("nach der ..."), gold has only "gescheitert"
    ("Nach der Ablehnung der EU-Verfassung in den Referenden in Frankreich und den Niederlanden ist nun auch der "
     "Versuch, sich auf einen Finanzrahmen für den EU-Haushalt für die Jahre 2007 bis 2013 zu einigen, gescheitert.",
     "REJECT", "Ablehnung"),
    # fresh11: consent a mission depends on ("abhängig von"), no act
    ("Friedensmission abhängig von Einwilligung der Regierung.", "AGREE", "Einwilligung"),
    # fresh11: cooperation as a policy area, a conjunct of another noun
    ("Der Redimensionierung liege eine Analyse zugrunde, wonach  in diesen Ländern die Bereiche konsularische Tätigkeit "
     "oder wirtschaftliche  Zusammenarbeit weit abgeschlagen gewesen seien, erläuterte der Außenminister  vor "
     "Journalisten.", "COOPERATE", "Zusammenarbeit"),
])
def test_a_verbal_act_noun_named_as_a_topic_is_dropped(text, etype, trigger):
    assert trigger in _found(text, etype, None)
    assert trigger in _found(text, etype, {**VN, "types": []})
    assert trigger not in _found(text, etype, VN)


@pytest.mark.parametrize("text, etype, trigger", [
    # dev (gold CONCEDE, possible): a release as the subject
    ("Eine Freilassung sei eventuell am heutigen Tag schon möglich.", "CONCEDE", "Freilassung"),
    # a demand by its verb: never a noun, never dropped
    ("Die Opposition fordert von der Regierung den Rücktritt des Innenministers.", "REQUEST", "fordert"),
])
def test_a_reported_verbal_act_stays(text, etype, trigger):
    assert trigger in _found(text, etype, None)
    assert trigger in _found(text, etype, VN)


RO = {"types": ["REJECT", "ACCUSE", "SUPPORT"], "deps": ["obj", "nsubj:pass"], "langs": ["de"]}


def _all(text, cfg):
    def settings(s):
        out = {k: v for k, v in s.items() if k not in ("accept", "reaction_objects")}
        if cfg is not None:
            out["reaction_objects"] = cfg
        return out

    return sorted((e.type, e.trigger.text) for e in german_events(text, settings=settings))


@pytest.mark.parametrize("text, reaction, act", [
    # fresh2 (gold: REJECT only): a denied arrest
    ("Ein Berater des weißrussischen Oppositionspolitikers dementierte die Festnahme von Milinkewitsch durch die "
     "weißrussische Polizei.", ("REJECT", "dementierte"), ("COERCE", "Festnahme")),
    # dev: a welcomed arrest, in the passive
    ("International wurde die Festnahme einhellig begrüßt.", ("SUPPORT", "begrüßt"), ("COERCE", "Festnahme")),
    # fresh11 (gold: ACCUSE only): a condemned attack
    ("Aleppo – UNO-Generalsekretär Ban Ki Moon hat den Angriff auf ein Krankenhaus in der syrischen Stadt Aleppo "
     "scharf verurteilt.", ("ACCUSE", "verurteilt"), ("ASSAULT", "Angriff")),
    # dev (gold: REJECT only): lawsuits a court dismissed
    ("Das Bundesverfassungsgericht hatte Klagen zweier Abgeordneter abgewiesen, die das Verfahren als nicht "
     "verfassungskonform angesehen hatten.", ("REJECT", "abgewiesen"), ("ACCUSE", "Klagen")),
])
def test_the_act_a_reaction_is_about_is_dropped(text, reaction, act):
    off = _all(text, {**RO, "types": []})
    assert reaction in off and act in off
    on = _all(text, RO)
    assert reaction in on and act not in on


@pytest.mark.parametrize("text, event", [
    # fresh7 (gold RETREAT): the object of a verb that is no event
    ("Seine Partei hatte einen Rücktritt schon angekündigt.", ("RETREAT", "Rücktritt")),
    # a verb event alone
    ("Die Polizei hat am Montag in Berlin drei Demonstranten festgenommen.", ("COERCE", "festgenommen")),
])
def test_an_act_no_reaction_is_about_stays(text, event):
    assert event in _all(text, RO)
